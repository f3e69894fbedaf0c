"""Measure stance classification on Emergent headlines (for / against / observing).

Usage: PYTHONPATH=. python bench/bench_emergent_stance.py [CSV] [--errors N]

Each headline is analysed as one short text: who says it, with what cue, and
with what stance. Emergent's labels are then predicted by a fixed mapping:

- denies or disputes                                    -> against
- asserts with a confirming cue ("confirms", "proves")   -> for
- asserts with a named speaker or a hedge cue            -> observing
- asserts, nobody named, no hedge                        -> for

A confirmation presents the content as established, which is how Emergent
labels "White House confirms ..."; other attributions keep their distance.

The baseline in the same run is a single negation regex: against when the
headline has a negation or a "fake/hoax" word, for otherwise.
"""

from __future__ import annotations

import argparse
import csv
import functools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from claimtrack.model import Stance
from claimtrack.stance import Lexicon, classify_stance

LABELS = ("for", "against", "observing")
DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/emergent/emergent-train.csv"
_CONFIRMING = re.compile(r"(?i)\b(?:confirm|confirms|confirmed|proves?|proven|proved)\b")


def _read(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(r["articleHeadline"], r["articleHeadlineStance"]) for r in csv.DictReader(handle)]


# --- Headline analysis -------------------------------------------------------
# describe_text (extraction) is the real analysis; until it is available this
# small fallback finds a headline's speaker and cue with a few patterns.

_SAY = (
    r"(?i:says?|said|claims?|claimed|confirms?|confirmed|denies|denied|deny|insists?"
    r"|warns?|tells?|told|reports?|reported|suggests?|admits?|rejects?|rejected"
    r"|dismisses|dismissed|questions?|doubts?|accuses|accused|sees|forecasts?|predicts?"
    r"|expects?|estimates?|pegs|believes?|thinks?)"
)
_SPEAKER = r"(?P<speaker>[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,5}?)"

_SPEAKER_ANY_CASE = _SPEAKER.replace("[A-Z]", r"\w")


@functools.cache
def _speaker_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "X says ..." / "..., X says": reporting verbs plus the lexicon's stance cues."""
    cue = f"(?P<cue>{_SAY}|(?i:{lexicon.cue_pattern().pattern}))"
    first = re.compile(rf"^(?:[^:]{{2,40}}:\s+)?{_SPEAKER}\s+{cue}\b")
    last = re.compile(rf",\s*{_SPEAKER_ANY_CASE}\s+{cue}\.?$")
    return first, last


_SPEAKER_COLON = re.compile(r"^(?P<speaker>[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,4}):\s+")
_SOURCE_COLON = re.compile(
    r"(?:\s[:\u2013\u2014-]{1,2}\s*|:\s*)(?P<speaker>[A-Za-z][\w.'&-]*(?:\s+[\w.'&-]+){0,2})\s*$"
)
_SAYS_LAST = re.compile(
    r"(?i),\s*(?P<cue>says|said)\s+(?P<speaker>[\w.'&-]+(?:\s+[\w.'&-]+){0,3})\s*$"
)
_ACCORDING = re.compile(r"(?i)\baccording to (?P<speaker>[\w.'&-]+(?:\s+[\w.'&-]+){0,3})")
_NOT_SPEAKERS = re.compile(
    r"(?i)^(?:report|reports|rumou?rs?|update|updated|watch|video|exclusive|breaking|pictured"
    r"|see it|photos?|it|this|that|there|he|she|they|we|i|new|the papers|revealed|lol"
    r"|it's official|it's confirmed|debunk|confirmed|unconfirmed|live|latest|details|video"
    r"|.*(?:www|http|read more).*)$"
)


# A "Speaker: ..." prefix names a speaker only when it looks like one; headlines
# also use the colon for a topic ("Syria: ...", "Apple Watch: ...").
_ROLE = re.compile(
    r"(?i)\b(?:analysts?|sources?|officials?|senator|congressman|rep|judge|spokes(?:man|woman|person)"
    r"|experts?|police|cops|family|minister|president|prosecutor|eyewitness|witness|group|insiders?"
    r"|lawmaker|intel|intelligence|parent|rep\.?|service|media|paper|newspaper|agency"
    r"|hackers|pentagon|white house|state department|kremlin|government|army|military|ministry)$"
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no)\b|n't\b")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|we|our|my|us|i'm|we're|we'll|i've)\b")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _speaks(prefix: str, rest: str) -> bool:
    prefix = prefix.strip()
    return bool(_ROLE.search(prefix) or _ACRONYM.match(prefix) or _FIRST_PERSON.search(rest))


def _loaded(speaker: str, lexicon: Lexicon) -> bool:
    """Whether a would-be speaker carries a stance word or hedge itself ("Hoax report")."""
    return bool(
        lexicon.marker_stance(speaker) or lexicon.find_cue(speaker) or lexicon.hedge_in(speaker)
    )


def describe_fallback(text: str, lexicon: Lexicon) -> tuple[str | None, str | None, Stance]:
    """(speaker, cue, stance) of a headline, from simple attribution patterns."""
    first, last = _speaker_patterns(lexicon)
    for pattern in (first, last, _SAYS_LAST, _ACCORDING, _SPEAKER_COLON, _SOURCE_COLON):
        match = pattern.search(text)
        if not match:
            continue
        speaker = match.group("speaker").strip()
        if _NOT_SPEAKERS.match(speaker) or _NEGATED.search(speaker) or _loaded(speaker, lexicon):
            continue
        if pattern is _SPEAKER_COLON and not _speaks(speaker, text[match.end() :]):
            continue
        cue = match.groupdict().get("cue") or ("according to" if pattern is _ACCORDING else ":")
        # The headline's other words, a "Topic:" prefix included ("Banksy arrest hoax: ...").
        start = match.start("speaker") if pattern in (first, last) else match.start()
        content = (text[:start] + " " + text[match.end() :]).strip()
        return speaker, cue, classify_stance(cue, content, lexicon)
    hedge = lexicon.hedge_in(text)
    return None, hedge[1] if hedge else None, classify_stance(None, text, lexicon)


def predict(text: str, lexicon: Lexicon) -> str:
    speaker, cue, stance = describe_fallback(text, lexicon)
    if stance is not Stance.ASSERTS:
        return "against"
    if cue and _CONFIRMING.search(cue):
        return "for"
    if speaker or cue:
        return "observing"
    hedge = lexicon.hedge_in(text)
    return "observing" if hedge else "for"


_BASELINE = re.compile(r"(?i)\b(?:not|no|never|fake|hoax|false|denies|denied)\b|n't\b")


def predict_baseline(text: str) -> str:
    return "against" if _BASELINE.search(text) else "for"


# --- Scores --------------------------------------------------------------------


def _scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, tuple[float, float, float]]:
    result = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        predicted = sum(p == label for p in pred)
        actual = sum(g == label for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = (precision, recall, f1)
    return result


def _report(name: str, gold: Sequence[str], pred: Sequence[str]) -> None:
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    scores = _scores(gold, pred)
    macro = sum(f for _, _, f in scores.values()) / len(scores)
    print(f"\n{name}: accuracy {accuracy:.3f}  macro-F1 {macro:.3f}")
    for label, (p, r, f) in scores.items():
        print(f"  {label:10} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    confusion = Counter(zip(gold, pred, strict=True))
    print("  confusion (rows gold, columns predicted):")
    print("  " + " " * 10 + "".join(f"{label:>11}" for label in LABELS))
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
    lexicon = Lexicon.build()
    print(f"{len(rows)} headlines: " + ", ".join(f"{k} {v}" for k, v in Counter(gold).items()))
    baseline, base_time = _timed(predict_baseline, texts)
    pred, our_time = _timed(lambda t: predict(t, lexicon), texts)
    _report("baseline (one negation regex)", gold, baseline)
    _report("claimtrack stance", gold, pred)
    print(f"\n  time: {our_time * 1e6 / len(texts):.0f} us per headline, analysis and stance "
          f"({our_time / base_time:.1f}x the baseline regex)")  # fmt: skip
    print("\nmost common errors per cell:")
    _errors(rows, pred, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
