"""Extraction on the five seed articles against the hand-annotated gold.

A prediction matches a gold statement when source, line and party agree (the
speaker, case-insensitively, when the gold party is null); each gold statement
matches at most once. Prints precision, recall, F1 and stance accuracy on the
matches, then every miss and every extra prediction.

    PYTHONPATH=. python bench/bench_seeds.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._gold import (
    SEED_SOURCES,
    GoldStatement,
    Score,
    load_seed_gold,
    match_multiset,
    seed_key,
)
from claimtrack.extraction import extract_statements
from claimtrack.model import Statement
from claimtrack.parties import PartyResolver
from claimtrack.sources import read_document
from claimtrack.stance import Lexicon


def seed_predictions() -> list[Statement]:
    resolver, lexicon = PartyResolver.build(), Lexicon.build()
    statements: list[Statement] = []
    for path in sorted(SEED_SOURCES.glob("*.txt")):
        statements.extend(extract_statements(read_document(path), resolver, lexicon))
    return statements


def evaluate() -> tuple[
    Score, float, list[tuple[Statement, GoldStatement]], list[Statement], list[GoldStatement]
]:
    gold = load_seed_gold()
    predicted = seed_predictions()
    pairs, extra, missed = match_multiset(
        ((seed_key(s.source, s.line, s.party, s.speaker), s) for s in predicted),
        ((seed_key(g.source, g.line, g.party, g.speaker), g) for g in gold),
    )
    typed_pairs = [
        (p, g) for p, g in pairs if isinstance(p, Statement) and isinstance(g, GoldStatement)
    ]
    stance_right = sum(1 for p, g in typed_pairs if p.stance.value == g.stance)
    accuracy = stance_right / len(typed_pairs) if typed_pairs else 0.0
    score = Score(len(pairs), len(predicted), len(gold))
    return (
        score,
        accuracy,
        typed_pairs,
        [s for s in extra if isinstance(s, Statement)],
        [g for g in missed if isinstance(g, GoldStatement)],
    )


def main() -> None:
    score, accuracy, pairs, extra, missed = evaluate()
    print(score.line("seeds"))
    print(f"stance accuracy on matches: {accuracy:.3f} ({len(pairs)} matches)")
    for predicted, gold in pairs:
        if predicted.stance.value != gold.stance:
            print(
                f"  stance {gold.source[:3]}:{gold.line} {gold.party}: "
                f"gold {gold.stance}, got {predicted.stance.value} (cue {predicted.cue!r})"
            )
    for gold in missed:
        print(f"  missed {gold.source[:3]}:{gold.line} {gold.party or gold.speaker} ({gold.cue})")
    for statement in extra:
        print(
            f"  extra  {statement.source[:3]}:{statement.line} {statement.party} "
            f"speaker={statement.speaker!r} cue={statement.cue!r}"
        )


if __name__ == "__main__":
    main()
