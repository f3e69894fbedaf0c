"""The split trace's own rules: which pairs of gold statements it traces, and how it files them."""

from __future__ import annotations

from bench._gold import LedgerGoldStatement
from bench.bench_ledger_quality import Pair, Prediction
from bench.trace_splits import Target, _stage, split_pairs


def pair(line: int, gold_claim: str, claim: str) -> Pair:
    return Pair(
        Prediction("fnc1-1", line, "he", "said", None, None, "asserts", claim, "", f"said {line}"),
        LedgerGoldStatement(
            "s", "fnc1-1", line, "he", "said", None, (), None, "asserts", gold_claim
        ),
    )


def test_pairs_are_those_a_gold_claim_holds_and_no_predicted_one_earlier_first() -> None:
    order = [("sources/fnc1-1.txt", line, f"said {line}") for line in (5, 2, 9)]
    pairs = [pair(2, "s/a", "x"), pair(5, "s/a", "y"), pair(9, "s/a", "y")]
    assert split_pairs(pairs, order) == [(order[0], order[1]), (order[1], order[2])]


def test_a_statement_filed_under_no_claim_makes_no_pair() -> None:
    order = [("sources/fnc1-1.txt", line, f"said {line}") for line in (1, 2)]
    pairs = [pair(1, "s/a", "x"), pair(2, "s/a", "(not filed) elsewhere")]
    assert split_pairs(pairs, order) == []


def test_a_claim_is_filed_by_the_stage_it_stopped_at() -> None:
    gates = (True, True, True, True)
    assert _stage(None).startswith("never asked")
    assert _stage(Target(5.0, False, None, gates)) == "not blocked"
    assert _stage(Target(25.6, True, None, gates)) == "blocked, cut before the fuzzy ratio"
    assert _stage(Target(26.0, True, 0, gates)) == "ranked, 20 to 30, every gate passed"
    refused = (True, True, True, False)
    assert _stage(Target(31.5, True, 3, refused)) == "ranked, 30 or more, a gate refusing it"
