"""Measure claim matching, grouping and grouping speed on real news text.

    PYTHONPATH=. python bench/bench_grouping.py [--quick | --scale-only] [--sizes 10000,30000]
        [--digest]

1. Matching: the Emergent claim headlines go into a ClaimIndex; every article
   headline is matched with `best()`, and as the `match` command does it (the
   headline's content and the whole headline, the better score); top-1
   accuracy, next to a bare rapidfuzz token_set_ratio over the raw headlines in
   the same run; then on two disjoint halves of the claims.
2. Grouping from scratch: the article headlines are grouped with
   `group_statements` (no claims known in advance); B-cubed precision, recall
   and F1 against the Emergent claim ids, at the default threshold and a sweep;
   then both measures on two disjoint halves of the claims, to see that the
   default threshold carries over rather than fitting one sample.
3. Scale: 10k, 30k and 100k statements made of real sentences from FNC-1
   article bodies, timed, with the ratios between sizes next to n log n's;
   `--digest` prints one digest of all their output, for speed work that must change none.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import math
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bench._gold import b_cubed
from claimtrack.extraction import describe_text
from claimtrack.grouping import DEFAULT_THRESHOLD, Assignment, ClaimIndex, group_statements
from claimtrack.model import Stance, Statement
from claimtrack.stance import Lexicon

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EMERGENT = DATA / "emergent" / "emergent-train.csv"
FNC_BODIES = DATA / "fnc1" / "train_bodies.csv"


def read_emergent() -> list[dict[str, str]]:
    with EMERGENT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def claim_headlines(rows: Sequence[dict[str, str]]) -> dict[str, str]:
    return {row["claimId"]: row["claimHeadline"] for row in rows}


def baseline_hits(rows: Sequence[dict[str, str]]) -> int:
    """Headlines whose claim a bare token_set_ratio over the raw texts ranks first."""
    claims = claim_headlines(rows)
    ids, texts = list(claims), list(claims.values())
    hits = 0
    for row in rows:
        found = process.extractOne(
            row["articleHeadline"],
            texts,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
        )
        hits += found is not None and ids[found[2]] == row["claimId"]
    return hits


def claim_index(rows: Sequence[dict[str, str]]) -> ClaimIndex:
    index = ClaimIndex()
    for claim_id, text in claim_headlines(rows).items():
        index.add(claim_id, text)
    return index


def best_hits(index: ClaimIndex, rows: Sequence[dict[str, str]]) -> int:
    """Headlines whose claim `ClaimIndex.best` ranks first, the whole headline as query."""
    return sum(index.best(row["articleHeadline"])[0] == row["claimId"] for row in rows)


class _Matcher:
    """What the `match` command does with one text: its content and the whole text, the better."""

    def __init__(self) -> None:
        self._lexicon = Lexicon.build()
        self._contents: dict[str, str] = {}

    def hits(self, index: ClaimIndex, rows: Sequence[dict[str, str]]) -> int:
        return sum(self.match(index, row["articleHeadline"]) == row["claimId"] for row in rows)

    def match(self, index: ClaimIndex, text: str) -> str | None:
        content = self._contents.get(text)
        if content is None:
            content = describe_text(text, index.resolver, self._lexicon).content
            self._contents[text] = content
        claim_id, score = index.best(content or text)
        if content and content != text:
            whole_id, whole_score = index.best(text)
            if whole_score > score:
                claim_id = whole_id
        return claim_id


def bench_matching(rows: Sequence[dict[str, str]], matcher: _Matcher) -> None:
    claims = claim_headlines(rows)
    start = time.perf_counter()
    baseline = baseline_hits(rows)
    baseline_time = time.perf_counter() - start

    index = claim_index(rows)
    start = time.perf_counter()
    hits = best_hits(index, rows)
    elapsed = time.perf_counter() - start
    matched = matcher.hits(index, rows)

    n = len(rows)
    print(f"matching: {n} headlines against {len(claims)} claims")
    print(f"  baseline token_set_ratio  top-1 {baseline / n:.3f}  ({baseline_time:.2f} s)")
    print(
        f"  ClaimIndex.best           top-1 {hits / n:.3f}  ({elapsed:.2f} s,"
        f" {1000 * elapsed / n:.2f} ms a query)"
    )
    print(f"  as the match command      top-1 {matched / n:.3f}")


def headline_statements(rows: Sequence[dict[str, str]]) -> list[Statement]:
    # Each headline is its own source: nothing links headlines but their words.
    return [
        Statement(
            stance=Stance.ASSERTS,
            quote=row["articleHeadline"],
            content=row["articleHeadline"],
            source=f"emergent-{number}",
            line=1,
        )
        for number, row in enumerate(rows)
    ]


def bench_halves(rows: Sequence[dict[str, str]], matcher: _Matcher) -> None:
    """Matching and grouping on two disjoint halves of the claims: do the figures carry over?"""
    claim_ids = sorted({row["claimId"] for row in rows})
    halves = (set(claim_ids[::2]), set(claim_ids[1::2]))
    for name, half in zip(("even", "odd"), halves, strict=True):
        subset = [row for row in rows if row["claimId"] in half]
        index = claim_index(subset)
        n = len(subset)
        hits, matched, baseline = (
            best_hits(index, subset),
            matcher.hits(index, subset),
            baseline_hits(subset),
        )
        assignments = group_statements(headline_statements(subset), ClaimIndex())
        gold = [row["claimId"] for row in subset]
        precision, recall, f1 = b_cubed(_claims_of(assignments), gold)
        print(
            f"  {name} half ({len(index)} claims, {n} headlines): top-1 best {hits / n:.3f}"
            f" match {matched / n:.3f} baseline {baseline / n:.3f}"
            f"  B3 P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
        )


def _claims_of(assignments: Sequence[Assignment]) -> list[str]:
    """Each statement's claim; one filed under none stands alone."""
    return [a.claim_id or f"(not filed) {n}" for n, a in enumerate(assignments)]


def bench_grouping(rows: Sequence[dict[str, str]], thresholds: Sequence[float]) -> None:
    statements = headline_statements(rows)
    gold = [row["claimId"] for row in rows]
    print(f"grouping from scratch: {len(rows)} headlines, {len(set(gold))} gold claims")
    for threshold in thresholds:
        start = time.perf_counter()
        assignments = group_statements(statements, ClaimIndex(), threshold)
        elapsed = time.perf_counter() - start
        precision, recall, f1 = b_cubed(_claims_of(assignments), gold)
        claims = len({a.claim_id for a in assignments})
        mark = "  <- default" if threshold == DEFAULT_THRESHOLD else ""
        print(
            f"  threshold {threshold:5.1f}: B3 P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
            f"  claims {claims:4d}  ({elapsed:.2f} s){mark}"
        )


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def fnc_sentences() -> list[str]:
    csv.field_size_limit(sys.maxsize)
    seen: set[str] = set()
    sentences: list[str] = []
    with FNC_BODIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for paragraph in row["articleBody"].splitlines():
                for sentence in split_sentences(paragraph):
                    words = len(sentence.split())
                    if 6 <= words <= 60 and sentence not in seen:
                        seen.add(sentence)
                        sentences.append(sentence)
    return sentences


def scale_statements(sentences: Sequence[str], size: int) -> list[Statement]:
    """`size` statements: the real sentences, then splices of two real sentences.

    The corpus has fewer distinct sentences than the largest size, and plain
    repeats would all join existing claims at once; a splice (first half of
    one sentence, second half of another) reads like news text but is new.
    Each is an article's statement, with a cue as `extract` finds one: a text
    said by no one is a headline, grouped by its words alone.
    """
    return [
        Statement(
            stance=Stance.ASSERTS,
            quote=text,
            content=text,
            source=f"fnc-{n // 20}",
            line=1 + n % 20,
            cue="said",
        )
        for n, text in zip(range(size), _sentence_stream(sentences), strict=False)
    ]


def _sentence_stream(sentences: Sequence[str]) -> Iterator[str]:
    yield from sentences
    count = len(sentences)
    for shift in range(1, count):
        for i, first in enumerate(sentences):
            second = sentences[(i + shift * 7919) % count]
            head, tail = first.split(), second.split()
            yield " ".join(head[: len(head) // 2] + tail[len(tail) // 2 :])


def grouping_digest(assignments: Sequence[Assignment], index: ClaimIndex) -> str:
    """SHA-256 of every assignment (claim, text, new or not, score, reason not
    filed, own text) and every claim's id, text and shown text: equal digests
    mean a change to grouping's speed changed none of its output."""
    digest = hashlib.sha256()
    for a in assignments:
        fields = (a.claim_id, a.claim_text, a.is_new, a.score, a.not_filed, a.own_text)
        digest.update(repr(fields).encode())
    for claim_id in index.claim_ids():
        fields = (claim_id, index.claim_text(claim_id), index.shown_text(claim_id))
        digest.update(repr(fields).encode())
    return digest.hexdigest()


def bench_scale(sizes: Sequence[int], digest: bool = False) -> None:
    sentences = fnc_sentences()
    print(f"scale: {len(sentences)} distinct FNC-1 sentences (splices beyond that)")
    walls: dict[int, float] = {}
    cpus: dict[int, float] = {}
    for size in sizes:
        statements = scale_statements(sentences, size)
        index = ClaimIndex()
        start, cpu_start = time.perf_counter(), time.process_time()
        assignments = group_statements(statements, index, DEFAULT_THRESHOLD)
        walls[size] = time.perf_counter() - start
        cpus[size] = time.process_time() - cpu_start
        claims = len({a.claim_id for a in assignments})
        print(
            f"  {size:7d} statements: {walls[size]:6.1f} s wall, {cpus[size]:6.1f} s cpu"
            f"  {size / walls[size]:7.0f}/s  {claims} claims"
        )
        if digest:
            print(f"  {size:7d} statements: digest {grouping_digest(assignments, index)}")
    # CPU time, not wall time: other processes on the machine skew the latter.
    for small, large in itertools.pairwise(sorted(cpus)):
        nlogn = (large * math.log(large)) / (small * math.log(small))
        print(
            f"  {large} / {small}: cpu time x{cpus[large] / cpus[small]:.2f}"
            f" (wall x{walls[large] / walls[small]:.2f})"
            f"  n x{large / small:.2f}, n log n x{nlogn:.2f}, n^2 x{(large / small) ** 2:.1f}"
        )


def _timed(label: str, run: Callable[[], None]) -> None:
    start = time.perf_counter()
    run()
    print(f"[{label}: {time.perf_counter() - start:.1f} s]\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the scale benchmark")
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--scale-only", action="store_true", help="run only the scale benchmark")
    parser.add_argument(
        "--digest", action="store_true", help="print a digest of all the scale part's output"
    )
    args = parser.parse_args()
    if args.scale_only:
        if not FNC_BODIES.exists():
            sys.exit(f"no data at {DATA}")
        sizes = [int(s) for s in args.sizes.split(",")]
        _timed("scale", lambda: bench_scale(sizes, args.digest))
        return
    if not EMERGENT.exists():
        sys.exit(f"no data at {DATA}")
    rows = read_emergent()
    matcher = _Matcher()
    _timed("matching", lambda: bench_matching(rows, matcher))
    sweep = sorted({20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 60.0, 70.0, DEFAULT_THRESHOLD})
    _timed("grouping", lambda: bench_grouping(rows, sweep))
    print(f"halves of the claims, default threshold {DEFAULT_THRESHOLD}:")
    _timed("halves", lambda: bench_halves(rows, matcher))
    if not args.quick:
        sizes = [int(s) for s in args.sizes.split(",")]
        _timed("scale", lambda: bench_scale(sizes, args.digest))


if __name__ == "__main__":
    main()
