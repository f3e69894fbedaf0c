"""Shared helpers for the extraction benchmarks: gold loading and scoring."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SEED_GOLD = REPO / "tests" / "gold" / "seeds.yaml"
SEED_SOURCES = REPO / "sources"


@dataclass(frozen=True)
class GoldStatement:
    source: str
    line: int
    speaker: str | None
    party: str | None
    cue: str | None
    stance: str


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label}: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.true_positives} predicted={self.predicted} gold={self.gold})"
        )


def load_seed_gold(path: Path = SEED_GOLD) -> list[GoldStatement]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        GoldStatement(
            source=str(row["source"]),
            line=int(row["line"]),
            speaker=row.get("speaker"),
            party=row.get("party"),
            cue=row.get("cue"),
            stance=str(row["stance"]),
        )
        for row in data["statements"]
    ]


def seed_key(
    source: str, line: int, party: str | None, speaker: str | None
) -> tuple[str, int, str]:
    """What a prediction must share with a gold statement: place and party (or speaker)."""
    who = party if party is not None else f"speaker:{(speaker or '').strip().lower()}"
    return source, line, who


def match_multiset(
    predicted: Iterable[tuple[tuple[str, int, str], object]],
    gold: Iterable[tuple[tuple[str, int, str], object]],
) -> tuple[list[tuple[object, object]], list[object], list[object]]:
    """Pair predictions with gold by key, each gold used once.

    Returns (pairs, unmatched predictions, missed gold).
    """
    remaining: dict[tuple[str, int, str], list[object]] = {}
    for key, item in gold:
        remaining.setdefault(key, []).append(item)
    pairs: list[tuple[object, object]] = []
    extra: list[object] = []
    for key, item in predicted:
        bucket = remaining.get(key)
        if bucket:
            pairs.append((item, bucket.pop(0)))
        else:
            extra.append(item)
    missed = [item for bucket in remaining.values() for item in bucket]
    return pairs, extra, missed
