"""Extraction against PolNeAR's hand-annotated attributions (brat standoff).

One annotator's file per article (the first in sorted order). A predicted
statement is right when its cue span overlaps a gold Cue and its speaker span
overlaps the Source of that same attribution.

- Precision is over every prediction that has both a speaker and a cue span
  (quote continuations and unattributed hedges have neither and are counted
  apart), against all gold attributions: PolNeAR annotates beliefs and
  non-speech sources too, and a prediction matching any of them is right.
- Recall is over gold attributions that have a Source and whose Cue contains a
  speech or reporting verb from SPEECH_LEMMAS (or is "according to"); the set
  is fixed here, independent of the extractor's own lists.
- Per-role figures: of the predictions, how many have a speaker span
  overlapping some gold Source, a cue overlapping some Cue, a content
  overlapping some Content; and, on matched pairs, character precision of
  each role's span against the matched attribution's span.

Errors follow, grouped so the next rule is obvious: missed gold by cue lemma,
false positives by predicted cue (with "cue ok, speaker wrong" apart).

    PYTHONPATH=. python bench/bench_polnear.py [--limit N] [--show N] [--fnc1]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._gold import SHARED_DATA, Score
from claimtrack.extraction import extract_statements
from claimtrack.model import Span, Statement
from claimtrack.parties import PartyResolver
from claimtrack.sources import document_from_text
from claimtrack.stance import Lexicon

POLNEAR = SHARED_DATA / "polnear-train"

# Speech and reporting verbs (lemmas) that define the recall set.
SPEECH_LEMMAS = frozenset(
    """
    say tell add state claim deny accuse report announce explain insist note argue write
    ask tweet suggest warn acknowledge admit declare respond reply confirm stress
    emphasize emphasise point mention repeat reiterate assert allege predict concede
    complain remark recall testify vow promise caution reveal disclose affirm underscore
    contend maintain charge counter retort quip joke boast conclude continue describe
    criticize criticise condemn reject dismiss refute dispute blame praise urge call post
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write"}


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.fullmatch(r"\w*[^aeiou][aeiou][bdgmnprt]", lemma):  # admit -> admitted
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


SPEECH_FORMS = {form: lemma for lemma in SPEECH_LEMMAS for form in _forms(lemma)} | _IRREGULAR


@dataclass
class Attribution:
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)
    cue_text: str = ""

    @property
    def lemma(self) -> str | None:
        """The speech lemma the cue holds, "according to", or None."""
        words = re.findall(r"[a-z]+", self.cue_text.lower())
        if "according" in words:
            return "according to"
        return next((SPEECH_FORMS[w] for w in words if w in SPEECH_FORMS), None)


def read_annotations(path: Path) -> list[Attribution]:
    spans: dict[str, tuple[str, list[Span], str]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, text = [*line.split("\t"), "", ""][:3]
            kind, _, offsets = middle.partition(" ")
            pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[ident] = (kind, [(p[0], p[1]) for p in pieces if len(p) == 2], text)
        elif line.startswith("E"):
            events.append(line.split("\t")[1])
    attributions = []
    for event in events:
        attribution = Attribution()
        for role_ref in event.split()[1:]:
            role, _, ident = role_ref.partition(":")
            if ident not in spans:
                continue
            _, role_spans, text = spans[ident]
            if role.startswith("Cue"):
                attribution.cue += role_spans
                attribution.cue_text += " " + text
            elif role.startswith("Source"):
                attribution.source += role_spans
            elif role.startswith("Content"):
                attribution.content += role_spans
        if attribution.cue:
            attributions.append(attribution)
    return attributions


def articles(limit: int | None) -> list[tuple[str, Path, Path]]:
    chosen: dict[str, Path] = {}
    for ann in sorted((POLNEAR / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, ann)
    found = [
        (article, POLNEAR / "text" / f"{article}.txt", ann)
        for article, ann in sorted(chosen.items())
        if (POLNEAR / "text" / f"{article}.txt").exists()
    ]
    if limit is not None and limit < len(found):
        found = sorted(random.Random(0).sample(found, limit))
    return found


def overlaps(span: Span | None, spans: list[Span]) -> bool:
    return span is not None and any(span[0] < end and start < span[1] for start, end in spans)


def char_precision(span: Span | None, spans: list[Span]) -> float:
    if span is None or span[1] <= span[0]:
        return 0.0
    inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)
    return inside / (span[1] - span[0])


@dataclass
class Tally:
    predicted: int = 0
    correct: int = 0
    unscored: int = 0
    recall_gold: int = 0
    recall_hit: int = 0
    role_overlap: Counter[str] = field(default_factory=Counter)
    role_chars: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    missed: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_cue: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_speaker: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    out_of_set: Counter[str] = field(default_factory=Counter)
    chars: int = 0
    seconds: float = 0.0


def score_article(text: str, gold: list[Attribution], tally: Tally) -> None:
    resolver, lexicon = _TOOLS
    began = time.perf_counter()
    predicted = extract_statements(document_from_text(text, "article"), resolver, lexicon)
    tally.seconds += time.perf_counter() - began
    tally.chars += len(text)
    scored = [s for s in predicted if s.cue_span is not None and s.speaker_span is not None]
    tally.unscored += len(predicted) - len(scored)
    matched_gold: set[int] = set()
    for statement in scored:
        _score_prediction(text, statement, gold, tally, matched_gold)
    for index, attribution in enumerate(gold):
        lemma = attribution.lemma
        if lemma is None or not attribution.source:
            tally.out_of_set[attribution.cue_text.strip().lower()[:30]] += 1
            continue
        tally.recall_gold += 1
        if index in matched_gold:
            tally.recall_hit += 1
        else:
            start = attribution.cue[0][0]
            tally.missed[lemma].append(_snippet(text, start))


def _score_prediction(
    text: str, statement: Statement, gold: list[Attribution], tally: Tally, matched: set[int]
) -> None:
    tally.predicted += 1
    for role, span, attr in (
        ("speaker", statement.speaker_span, "source"),
        ("cue", statement.cue_span, "cue"),
        ("content", statement.content_span, "content"),
    ):
        if any(overlaps(span, getattr(g, attr)) for g in gold):
            tally.role_overlap[role] += 1
    hits = [
        i
        for i, g in enumerate(gold)
        if overlaps(statement.cue_span, g.cue) and overlaps(statement.speaker_span, g.source)
    ]
    cue = statement.cue or ""
    if hits:
        tally.correct += 1
        matched.update(hits)
        best = gold[hits[0]]
        tally.role_chars["speaker"].append(char_precision(statement.speaker_span, best.source))
        tally.role_chars["cue"].append(char_precision(statement.cue_span, best.cue))
        tally.role_chars["content"].append(char_precision(statement.content_span, best.content))
        return
    assert statement.cue_span is not None
    example = _snippet(text, statement.cue_span[0]) + f"  [speaker={statement.speaker!r}]"
    if any(overlaps(statement.cue_span, g.cue) for g in gold):
        tally.false_speaker[cue].append(example)
    else:
        tally.false_cue[cue].append(example)


def _snippet(text: str, at: int) -> str:
    return " ".join(text[max(0, at - 70) : at + 50].split())


def report(tally: Tally, show: int) -> None:
    precision_score = Score(tally.correct, tally.predicted, tally.predicted)
    recall_score = Score(tally.recall_hit, tally.recall_gold, tally.recall_gold)
    p, r = precision_score.precision, recall_score.recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"precision {p:.3f} ({tally.correct}/{tally.predicted} predictions)")
    print(f"recall    {r:.3f} ({tally.recall_hit}/{tally.recall_gold} speech-cue attributions)")
    print(f"F1        {f1:.3f}")
    print(f"unscored predictions (no speaker or cue span: continuations, hedges): {tally.unscored}")
    for role in ("speaker", "cue", "content"):
        chars = tally.role_chars[role]
        mean = sum(chars) / len(chars) if chars else 0.0
        share = tally.role_overlap[role] / max(1, tally.predicted)
        print(
            f"  {role:8s} overlaps some gold {role}: {share:.3f}"
            f"   char precision on matches: {mean:.3f}"
        )
    megabytes = tally.chars / 1e6
    print(f"throughput {megabytes / max(tally.seconds, 1e-9):.2f} MB/s ({megabytes:.2f} MB)")
    if show:
        _print_groups("missed gold by cue lemma", tally.missed, show)
        _print_groups("false positives: no gold cue there, by cue", tally.false_cue, show)
        _print_groups(
            "false positives: cue right, speaker wrong, by cue", tally.false_speaker, show
        )
        top = ", ".join(f"{cue!r}:{n}" for cue, n in tally.out_of_set.most_common(12))
        print(f"\noutside the recall set (top cues): {top}")


def _print_groups(title: str, groups: dict[str, list[str]], show: int) -> None:
    total = sum(len(v) for v in groups.values())
    print(f"\n{title} ({total}):")
    for key, examples in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:show]:
        print(f"  {len(examples):4d}  {key}")
        for example in examples[:2]:
            print(f"          {example}")


def throughput_fnc1() -> None:
    path = SHARED_DATA / "fnc1" / "train_bodies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        bodies = [row["articleBody"] for row in csv.DictReader(handle)]
    resolver, lexicon = _TOOLS
    began = time.perf_counter()
    count = 0
    for index, body in enumerate(bodies):
        count += len(extract_statements(document_from_text(body, str(index)), resolver, lexicon))
    seconds = time.perf_counter() - began
    megabytes = sum(len(b) for b in bodies) / 1e6
    print(
        f"fnc1: {megabytes:.2f} MB in {seconds:.2f} s = {megabytes / seconds:.2f} MB/s, "
        f"{count} statements"
    )


_TOOLS = (PartyResolver.build(), Lexicon.build())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="a fixed random sample of N articles")
    parser.add_argument("--show", type=int, default=12, help="error groups to print (0: none)")
    parser.add_argument("--fnc1", action="store_true", help="also measure speed on FNC-1 bodies")
    options = parser.parse_args()
    if not POLNEAR.exists():
        sys.exit(f"PolNeAR not found at {POLNEAR}")
    tally = Tally()
    for _, text_path, ann_path in articles(options.limit):
        text = text_path.read_text(encoding="utf-8")
        score_article(text, read_annotations(ann_path), tally)
    report(tally, options.show)
    if options.fnc1:
        throughput_fnc1()


if __name__ == "__main__":
    main()
