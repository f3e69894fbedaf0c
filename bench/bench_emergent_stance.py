"""Measure stance classification on Emergent headlines (for / against / observing).

Usage: PYTHONPATH=. python bench/bench_emergent_stance.py [CSV] [--errors N]

Each headline goes through the real pipeline as one short text:
`describe_text(headline, PartyResolver.build(), Lexicon.build())` gives its
speaker, cue and stance. Emergent's labels are then predicted by a fixed mapping:

- denies or disputes                                          -> against
- asserts with a factive cue ("confirms", "proves", "reveals") -> for
- asserts with a named speaker, a cue or a hedge               -> observing
- asserts, nobody named, no hedge                              -> for

A factive cue presupposes that its content is true: "White House confirms X"
reports X as established, which Emergent labels `for`; "X says", "reportedly"
and "may" keep their distance. The hedge is the cue `describe_text` returns,
or, when it returns none, the lexicon's hedge in the headline ("may", "?"),
since `describe_text` records only hedges that attribute ("reportedly").

The baseline in the same run is a single negation regex: against when the
headline has a negation or a "fake/hoax" word, for otherwise.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from claimtrack.extraction import describe_text
from claimtrack.model import Stance, Statement
from claimtrack.parties import PartyResolver
from claimtrack.stance import Lexicon

LABELS = ("for", "against", "observing")
KINDS = ("speaker", "cue/hedge", "none")
DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/emergent/emergent-train.csv"
_FACTIVE = re.compile(
    r"(?i)\b(?:confirm(?:s|ed)?|prov(?:e|es|ed|en)|reveal(?:s|ed)?|admit(?:s|ted)?"
    r"|acknowledg(?:e|es|ed))\b"
)


def _read(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(r["articleHeadline"], r["articleHeadlineStance"]) for r in csv.DictReader(handle)]


def label(statement: Statement, hedge: str | None) -> str:
    """Emergent's label for a headline's main statement and its hedge."""
    if statement.stance is not Stance.ASSERTS:
        return "against"
    if statement.cue and _FACTIVE.search(statement.cue):
        return "for"
    if statement.speaker or statement.cue or hedge:
        return "observing"
    return "for"


def analyse(text: str, resolver: PartyResolver, lexicon: Lexicon) -> tuple[Statement, str | None]:
    """The headline's main statement, and its hedge when `describe_text` gives no cue."""
    statement = describe_text(text, resolver, lexicon)
    found = lexicon.hedge_in(text) if statement.cue is None else None
    return statement, found[1] if found else None


def predict(text: str, resolver: PartyResolver, lexicon: Lexicon) -> str:
    return label(*analyse(text, resolver, lexicon))


def _coverage(rows: Sequence[tuple[str, str]], resolver: PartyResolver, lexicon: Lexicon) -> None:
    """What the analysis found, per gold label: a speaker, only a cue or hedge, nothing."""
    found: Counter[tuple[str, str]] = Counter()
    for text, gold in rows:
        statement, hedge = analyse(text, resolver, lexicon)
        kind = "speaker" if statement.speaker else "cue/hedge" if statement.cue or hedge else "none"
        found[gold, kind] += 1
    print("\n  analysis found (rows gold):" + "".join(f"{k:>11}" for k in KINDS))
    for gold in LABELS:
        print(f"  {gold:27}" + "".join(f"{found[gold, k]:>11}" for k in KINDS))


_BASELINE = re.compile(r"(?i)\b(?:not|no|never|fake|hoax|false|denies|denied)\b|n't\b")


def predict_baseline(text: str) -> str:
    return "against" if _BASELINE.search(text) else "for"


# --- Scores --------------------------------------------------------------------


def _scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, tuple[float, float, float]]:
    result = {}
    for name in LABELS:
        tp = sum(g == p == name for g, p in zip(gold, pred, strict=True))
        predicted = sum(p == name for p in pred)
        actual = sum(g == name for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[name] = (precision, recall, f1)
    return result


def _report(name: str, gold: Sequence[str], pred: Sequence[str]) -> None:
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    scores = _scores(gold, pred)
    macro = sum(f for _, _, f in scores.values()) / len(scores)
    print(f"\n{name}: accuracy {accuracy:.3f}  macro-F1 {macro:.3f}")
    for label_name, (p, r, f) in scores.items():
        print(f"  {label_name:10} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    confusion = Counter(zip(gold, pred, strict=True))
    print("  confusion (rows gold, columns predicted):")
    print("  " + " " * 10 + "".join(f"{label_name:>11}" for label_name in LABELS))
    for g in LABELS:
        print(f"  {g:10}" + "".join(f"{confusion[g, p]:>11}" for p in LABELS))


def _errors(rows: Sequence[tuple[str, str]], pred: Sequence[str], limit: int) -> None:
    cells: dict[tuple[str, str], Counter[str]] = {}
    for (text, gold), guess in zip(rows, pred, strict=True):
        if gold != guess:
            cells.setdefault((gold, guess), Counter())[text] += 1
    for (gold, guess), texts in sorted(cells.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n  gold {gold}, predicted {guess}: {sum(texts.values())}")
        for text, count in texts.most_common(limit):
            print(f"    {count}x {text[:140]}")


def _timed(fn: Callable[[str], str], texts: Sequence[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    result = [fn(t) for t in texts]
    return result, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--errors", type=int, default=8, help="headlines shown per error cell")
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"no data at {args.csv}", file=sys.stderr)
        return 1
    rows = _read(args.csv)
    texts = [t for t, _ in rows]
    gold = [g for _, g in rows]
    resolver, lexicon = PartyResolver.build(), Lexicon.build()
    print(f"{len(rows)} headlines: " + ", ".join(f"{k} {v}" for k, v in Counter(gold).items()))
    baseline, base_time = _timed(predict_baseline, texts)
    pred, our_time = _timed(lambda t: predict(t, resolver, lexicon), texts)
    _report("baseline (one negation regex)", gold, baseline)
    _report("claimtrack (describe_text + stance)", gold, pred)
    print(f"\n  time: {our_time * 1e6 / len(texts):.0f} us per headline, analysis and stance "
          f"({our_time / base_time:.1f}x the baseline regex)")  # fmt: skip
    _coverage(rows, resolver, lexicon)
    print("\nmost common errors per cell:")
    _errors(rows, pred, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
