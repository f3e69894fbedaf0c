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
    # Each word encoded once: a shingle's bytes are its words' bytes joined by spaces.
    words = [word.encode("utf-8") for word in _WORD.findall(text.lower())]
    crc32, join = zlib.crc32, b" ".join
    sample = set()
    # Each run of five words: the shifted lists end together with the last word.
    for gram in zip(*(words[k:] for k in range(_SHINGLE)), strict=False):
        h = crc32(join(gram))
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

    def add(self, source_id: str, text: str, sample: frozenset[int] | None = None) -> str | None:
        """The original of the earlier source `text` copies most, or None.

        `sample` is `shingles(text)` when worked out already (where the text was read).
        """
        if sample is None:
            sample = shingles(text)
        index = self._index
        # Counted in one go, in the order the postings are met.
        taken: list[int] = []
        for postings in map(index.get, sample):
            if postings:
                taken += postings
        hits = Counter(taken)
        # A source's hits are the shingles its sample shares with this one, so
        # its containment is its hits over the smaller sample's size. The most
        # hits wins; among equal hits, the first hit (as `most_common` orders).
        best: int | None = None
        most = 0
        size = len(sample)
        samples = self._samples
        for other, shared in hits.items():
            if best is not None and shared <= most:
                continue
            smaller = min(size, len(samples[other]))
            # As `containment`: nothing is a copy of, or copied by, a tiny text.
            share = shared / smaller if smaller >= _MIN_SHINGLES else 0.0
            if share >= self._threshold:
                most, best = shared, other
        found = None
        if best is not None:
            original = self._ids[best]
            found = self._copies[source_id] = self._copies.get(original, original)
        position = len(self._ids)
        self._ids.append(source_id)
        self._samples.append(sample)
        for h in sample:
            index[h].append(position)
        return found
