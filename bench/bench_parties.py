"""Speed and sanity figures for speaker-to-party resolution.

Prints build time (first and later builds in this process), resolve speed on
speaker phrases (cold and memoised), mention throughput over the FNC-1 bodies,
and the speakers annotated in PolNeAR with the party each resolves to, so the
most frequent resolutions (and any wrong ones) can be read at a glance.

Run: PYTHONPATH=. python bench/bench_parties.py
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from pathlib import Path

from claimtrack.parties import PartyResolver

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

SPEAKERS = [
    "The US State Department",
    "White House National Security Advisor Jake Sullivan",
    "spokesperson for the Chinese Embassy in Washington",
    "The U.S. senior official for North Korea, Jung Pak",
    "Russian Foreign Minister Sergey Lavrov",
    "the leaders of Japan and South Korea",
    "Seoul and Washington",
    "experts",
    "Phyongyang",
]


def _timed(action: object, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        action()  # type: ignore[operator]
    return (time.perf_counter() - start) / repeat


def _polnear_speakers() -> list[str]:
    speakers = []
    for ann in sorted((DATA / "polnear-train" / "attributions").glob("*.ann")):
        text_path = DATA / "polnear-train" / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if not text_path.exists():
            text_path = DATA / "polnear-train" / "text" / (ann.stem + ".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].startswith("Source "):
                spans = parts[1].split(" ", 1)[1]
                pieces = [text[int(a) : int(b)] for a, b in (s.split() for s in spans.split(";"))]
                speakers.append(" ".join(pieces))
    return speakers


def main() -> None:
    first = _timed(PartyResolver.build)
    later = _timed(PartyResolver.build, repeat=20)
    print(f"build: first {first * 1000:.1f} ms, later {later * 1000:.2f} ms")
    resolver = PartyResolver.build()

    cold = 0.0
    for speaker in SPEAKERS:
        fresh = PartyResolver.build()
        cold += _timed(lambda s=speaker, r=fresh: r.resolve(s))
    warm = _timed(lambda: [resolver.resolve(s) for s in SPEAKERS], repeat=2000) / len(SPEAKERS)
    print(f"resolve: cold {cold / len(SPEAKERS) * 1e6:.1f} us/phrase, memoised {warm * 1e6:.2f} us")

    bodies = DATA / "fnc1" / "train_bodies.csv"
    if bodies.exists():
        csv.field_size_limit(sys.maxsize)
        with bodies.open(encoding="utf-8") as handle:
            texts = [row["articleBody"] for row in csv.DictReader(handle)]
        size = sum(len(t) for t in texts)
        fresh = PartyResolver.build()
        start = time.perf_counter()
        found = Counter(p for t in texts for _, p in fresh.mentions(t))
        spent = time.perf_counter() - start
        print(
            f"mentions: {len(texts)} bodies, {size / 1e6:.1f} MB in {spent:.2f} s "
            f"({size / 1e6 / spent:.1f} MB/s); top: {found.most_common(8)}"
        )

    if (DATA / "polnear-train").exists():
        speakers = _polnear_speakers()
        start = time.perf_counter()
        resolved = Counter((s, resolver.resolve(s)) for s in speakers)
        spent = time.perf_counter() - start
        hits = Counter(p for (_, p), n in resolved.items() for _ in range(n) if p)
        print(
            f"polnear: {len(speakers)} speakers in {spent * 1000:.0f} ms, "
            f"{sum(hits.values())} resolved; by party: {hits.most_common(10)}"
        )
        for (speaker, party), count in resolved.most_common():
            if party:
                print(f"  {count:4d}  {speaker[:70]!r} -> {party}")


if __name__ == "__main__":
    main()
