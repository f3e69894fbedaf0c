"""Regression floor: extraction on the five seed articles against their hand-made gold.

The gold (tests/gold/seeds.yaml) was annotated before looking at the output;
bench/bench_seeds.py prints the details. Floors sit a little below what the
extractor reaches, so a change that loses statements fails here.
"""

from __future__ import annotations

from bench._gold import load_seed_gold
from bench.bench_seeds import evaluate


def test_seed_gold_is_well_formed() -> None:
    gold = load_seed_gold()
    assert len(gold) >= 60
    assert {g.stance for g in gold} <= {"asserts", "denies", "disputes"}
    assert all(g.line >= 1 for g in gold)


def test_seed_precision_recall_and_stance_floors() -> None:
    score, stance_accuracy, _, extra, missed = evaluate()
    assert score.precision >= 0.93, extra
    assert score.recall >= 0.89, missed
    assert stance_accuracy >= 0.85
