"""How many statements get a party, on news nobody annotated: the FNC-1 bodies.

Extracts every body in one process and prints the share of statements with no
party, the parties by kind, and a fixed random sample of statements with no
party (speaker and sentence) to judge by hand: should each have had one?

    PYTHONPATH=. python bench/bench_party_coverage.py [--sample 30] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fnc1 import article_text, load_bodies, source_name

from claimtrack.extraction import extract_statements
from claimtrack.parties import PartyResolver
from claimtrack.sources import document_from_text
from claimtrack.stance import Lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    resolver, lexicon = PartyResolver.build(), Lexicon.build()
    statements = []
    for body_id in load_bodies():
        document = document_from_text(article_text(body_id), source_name(body_id))
        statements.extend(extract_statements(document, resolver, lexicon))
    named = [s for s in statements if s.speaker is not None]
    no_party = [s for s in named if s.party is None]
    print(f"statements: {len(statements)}, with a named speaker: {len(named)}")
    print(
        f"no party: {len(no_party)} of {len(named)} named speakers "
        f"({len(no_party) / max(1, len(named)):.1%})"
    )
    kinds = Counter(getattr(s, "kind", None) or "-" for s in named if s.party is not None)
    print("parties by kind:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(f"\na random sample of {options.sample} statements with no party (seed {options.seed}):")
    for statement in random.Random(options.seed).sample(
        no_party, min(options.sample, len(no_party))
    ):
        quote = " ".join(statement.quote.split())
        print(f"  {statement.source}:{statement.line}  {statement.speaker!r}  | {quote[:150]}")


if __name__ == "__main__":
    main()
