"""Measure stance classification on Emergent headlines (for / against / observing).

Usage: PYTHONPATH=. python bench/bench_emergent_stance.py [CSV] [--errors N] [--all]

Each headline goes through the real pipeline as one short text:
`describe_text(headline, PartyResolver.build(), Lexicon.build())` gives its
speaker, cue and content; its stance is then decided against the claim it is
filed under, Emergent's claim headline, as the ledger decides it after
grouping (`classify_stance(cue, content, lexicon, claim=claim_headline)`).
Emergent's labels are then predicted by a fixed mapping:

- no position ("declined to comment")                          -> observing
- denies or disputes                                          -> against
- asserts with a factive cue ("confirms", "proves", "reveals") -> for
- asserts by the speaker whose saying the claim reports        -> for
- asserts with a named speaker, a cue or a hedge               -> observing
- asserts, nobody named, no hedge                              -> for

A factive cue presupposes that its content is true: "White House confirms X"
reports X as established, which Emergent labels `for`; "X says", "reportedly"
and "may" keep their distance. A claim can itself be a report of what someone
said ("A Saudi cleric declared that snowmen are anti-Islamic"): a headline in
which that speaker says it ("Saudi cleric says snowmen are anti-Islamic")
states the claim's proposition, that the speaker said so, and Emergent labels
it `for`. The statement's stance is right as it is (its speaker asserts what it
says, SPEC's meaning of stance); what differs is only how it maps to
Emergent's label for the headline. The hedge is the cue `describe_text` returns,
or, when it returns none, the lexicon's hedge in the headline ("may", "?"),
since `describe_text` records only hedges that attribute ("reportedly").

The baseline in the same run is a single negation regex: against when the
headline has a negation or a "fake/hoax" word, for otherwise.

Emergent's claims fall in two halves, by the order of their ids: claims at
even places of the sorted ids, and those at odd places. Every figure is given
for all headlines and for each half, so that a rule that lifts one half only
(one fitted to examples) shows up. A claim's half is its place among all the
file's claim ids, so it stays the same whichever claims are measured.

The stories held back for independent checks (`bench_match.KEPT_BACK`, by
their claims' wording) are left out, as in every other benchmark: rules are
tuned on the rest only. `--all` scores them too.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_match import KEPT_BACK
from claimtrack.extraction import describe_text
from claimtrack.model import Stance, Statement
from claimtrack.parties import PartyResolver
from claimtrack.stance import Lexicon, classify_stance

LABELS = ("for", "against", "observing")
KINDS = ("speaker", "cue/hedge", "none")
DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/emergent/emergent-train.csv"
_FACTIVE = re.compile(
    r"(?i)\b(?:confirm(?:s|ed)?|prov(?:e|es|ed|en)|reveal(?:s|ed)?|admit(?:s|ted)?"
    r"|acknowledg(?:e|es|ed))\b"
)


class Row(NamedTuple):
    headline: str
    gold: str
    claim: str  # the claim headline
    half: int  # 0 or 1: the claim's place among the sorted claim ids, even or odd


def _read(path: Path, *, held_out: bool = False) -> list[Row]:
    """The file's headlines; those of the held-out stories only with `held_out`."""
    with path.open(encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    ids = sorted({r["claimId"] for r in records})
    half = {claim_id: place % 2 for place, claim_id in enumerate(ids)}
    return [
        Row(
            r["articleHeadline"], r["articleHeadlineStance"], r["claimHeadline"], half[r["claimId"]]
        )
        for r in records
        if held_out or not KEPT_BACK.search(r["claimHeadline"])
    ]


# A claim that reports a saying: who said it, then the verb of saying.
_SAYING_CLAIM = re.compile(
    r"(?i)^(?P<sayer>.{1,80}?)\b(?:says|said|told|tells|declared|declares|claims|claimed"
    r"|announced|announces|wrote|writes|tweeted)\b"
)


def _claim_reports_saying_of(speaker: str | None, claim: str) -> bool:
    """Whether `claim` reports something `speaker` said: the speaker's head noun
    ("Catholic Priest", "Pope") names the one who says it in the claim ("A Catholic
    priest who was declared clinically dead says ...", "Pope Francis told ...")."""
    found = _SAYING_CLAIM.match(claim)
    heads = re.findall(r"[A-Za-z]+", speaker or "")
    if found is None or not heads:
        return False
    return heads[-1].lower() in re.findall(r"[a-z]+", found.group("sayer").lower())


def label(statement: Statement, hedge: str | None, claim: str = "") -> str:
    """Emergent's label for a headline's main statement (stance toward the claim),
    its hedge, and the claim's headline."""
    if statement.stance is not Stance.ASSERTS:
        return "against"
    if statement.cue and _FACTIVE.search(statement.cue):
        return "for"
    if _claim_reports_saying_of(statement.speaker, claim):
        return "for"
    if statement.speaker or statement.cue or hedge:
        return "observing"
    return "for"


def analyse(
    text: str, claim: str, resolver: PartyResolver, lexicon: Lexicon
) -> tuple[Statement | None, str | None]:
    """The headline's main statement with its stance toward `claim` (None when it takes
    no position), and its hedge when `describe_text` gives no cue."""
    statement = describe_text(text, resolver, lexicon)
    found = lexicon.hedge_in(text) if statement.cue is None else None
    hedge = found[1] if found else None
    if not lexicon.takes_position(statement.cue, statement.content):
        return None, hedge
    stance = classify_stance(statement.cue, statement.content, lexicon, claim=claim)
    return replace(statement, stance=stance), hedge


def predict(text: str, claim: str, resolver: PartyResolver, lexicon: Lexicon) -> str:
    statement, hedge = analyse(text, claim, resolver, lexicon)
    return "observing" if statement is None else label(statement, hedge, claim)


def _coverage(rows: Sequence[Row], resolver: PartyResolver, lexicon: Lexicon) -> None:
    """What the analysis found, per gold label: a speaker, only a cue or hedge, nothing."""
    found: Counter[tuple[str, str]] = Counter()
    for text, gold, claim, _ in rows:
        statement, hedge = analyse(text, claim, resolver, lexicon)
        if statement is None:
            found[gold, "cue/hedge"] += 1
            continue
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


def _summary(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """Accuracy and macro-F1."""
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    scores = _scores(gold, pred)
    return accuracy, sum(f for _, _, f in scores.values()) / len(scores)


def _report(name: str, gold: Sequence[str], pred: Sequence[str], halves: Sequence[int]) -> None:
    accuracy, macro = _summary(gold, pred)
    scores = _scores(gold, pred)
    print(f"\n{name}: accuracy {accuracy:.3f}  macro-F1 {macro:.3f}")
    for half in (0, 1):
        kept = [i for i, h in enumerate(halves) if h == half]
        a, m = _summary([gold[i] for i in kept], [pred[i] for i in kept])
        print(f"  claims at {('even', 'odd')[half]} places ({len(kept)} headlines): "
              f"accuracy {a:.3f}  macro-F1 {m:.3f}")  # fmt: skip
    for label_name, (p, r, f) in scores.items():
        print(f"  {label_name:10} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    confusion = Counter(zip(gold, pred, strict=True))
    print("  confusion (rows gold, columns predicted):")
    print("  " + " " * 10 + "".join(f"{label_name:>11}" for label_name in LABELS))
    for g in LABELS:
        print(f"  {g:10}" + "".join(f"{confusion[g, p]:>11}" for p in LABELS))


def _errors(rows: Sequence[Row], pred: Sequence[str], limit: int) -> None:
    cells: dict[tuple[str, str], Counter[str]] = {}
    for (text, gold, claim, _), guess in zip(rows, pred, strict=True):
        text = f"{text}  <- {claim}"
        if gold != guess:
            cells.setdefault((gold, guess), Counter())[text] += 1
    for (gold, guess), texts in sorted(cells.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n  gold {gold}, predicted {guess}: {sum(texts.values())}")
        for text, count in texts.most_common(limit):
            print(f"    {count}x {text[:140]}")


def _timed(fn: Callable[[Row], str], rows: Sequence[Row]) -> tuple[list[str], float]:
    start = time.perf_counter()
    result = [fn(row) for row in rows]
    return result, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--errors", type=int, default=8, help="headlines shown per error cell")
    parser.add_argument(
        "--all", action="store_true", help="score the held-out stories too (never tune on them)"
    )
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"no data at {args.csv}", file=sys.stderr)
        return 1
    rows = _read(args.csv, held_out=args.all)
    gold = [row.gold for row in rows]
    halves = [row.half for row in rows]
    resolver, lexicon = PartyResolver.build(), Lexicon.build()
    kept = "with" if args.all else "without"
    counts = ", ".join(f"{k} {v}" for k, v in Counter(gold).items())
    print(f"{len(rows)} headlines, {kept} the held-out stories: {counts}")
    baseline, base_time = _timed(lambda row: predict_baseline(row.headline), rows)
    pred, our_time = _timed(lambda row: predict(row.headline, row.claim, resolver, lexicon), rows)
    _report("baseline (one negation regex)", gold, baseline, halves)
    _report("claimtrack (describe_text + stance toward the claim)", gold, pred, halves)
    print(f"\n  time: {our_time * 1e6 / len(rows):.0f} us per headline, analysis and stance "
          f"({our_time / base_time:.1f}x the baseline regex)")  # fmt: skip
    _coverage(rows, resolver, lexicon)
    print("\nmost common errors per cell:")
    _errors(rows, pred, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
