"""Near-duplicate sources: the same wire story carried by two outlets.

Two texts are copies when most of the shorter one's word 5-grams (shingles)
also occur in the other. Containment rather than Jaccard, because an outlet
often trims or extends a wire story: a trimmed copy is still a copy. Shingles
are hashed and only a sample is kept (the ones whose hash falls in a fixed
bucket), so comparing a new article with thousands of ingested ones stays cheap,
and candidates are found through an inverted index instead of pairwise.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
_SHINGLE = 5
_SAMPLE_MOD = 4  # keep about one shingle in four
_MIN_SHINGLES = 8  # texts shorter than this are never called copies
COPY_CONTAINMENT = 0.6


def shingles(text: str) -> frozenset[int]:
    """A sample of hashed word 5-grams of `text`, case- and punctuation-insensitive."""
    words = _WORD.findall(text.lower())
    sample = set()
    for i in range(len(words) - _SHINGLE + 1):
        h = zlib.crc32(" ".join(words[i : i + _SHINGLE]).encode("utf-8"))
        if h % _SAMPLE_MOD == 0:
            sample.add(h)
    return frozenset(sample)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller sample found in the larger one (0 when either is tiny)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < _MIN_SHINGLES:
        return 0.0
    return len(small & large) / len(small)


def find_copies(
    texts: Iterable[tuple[str, str]], threshold: float = COPY_CONTAINMENT
) -> dict[str, str]:
    """Map each source id to the original of the earlier source it copies most.

    `texts` are `(source_id, text)` in the order sources were ingested; a source
    is only ever a copy of one that came before it, so the first outlet to carry a
    story stays the original.
    """
    finder = CopyFinder(threshold)
    copies: dict[str, str] = {}
    for source_id, text in texts:
        original = finder.add(source_id, text)
        if original is not None:
            copies[source_id] = original
    return copies


class CopyFinder:
    """`find_copies` one source at a time, as sources come in."""

    def __init__(self, threshold: float = COPY_CONTAINMENT) -> None:
        self._threshold = threshold
        self._index: dict[int, list[int]] = defaultdict(list)
        self._ids: list[str] = []
        self._samples: list[frozenset[int]] = []
        self._copies: dict[str, str] = {}

    def add(self, source_id: str, text: str) -> str | None:
        """The original of the earlier source `text` copies most, or None."""
        sample = shingles(text)
        hits: Counter[int] = Counter()
        for h in sample:
            hits.update(self._index.get(h, ()))
        found = None
        for other, _ in hits.most_common():
            if containment(sample, self._samples[other]) >= self._threshold:
                original = self._ids[other]
                found = self._copies[source_id] = self._copies.get(original, original)
                break
        position = len(self._ids)
        self._ids.append(source_id)
        self._samples.append(sample)
        for h in sample:
            self._index[h].append(position)
        return found
