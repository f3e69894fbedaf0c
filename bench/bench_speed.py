"""Throughput of reading and extraction over real news bodies (FNC-1, about 3.7 MB).

Prints MB/s for a baseline that only decodes and sentence-splits the text,
and, when the extraction stage is present, for full extraction in one process
and over a process pool, with the ratio to the baseline. The target is at
least 2 MB/s per process.

    PYTHONPATH=. python bench/bench_speed.py [--jobs N] [--data PATH] [--limit N] [--line-mb N]

With --line-mb N it also times one document that is a single N MB line (the
articles joined with spaces): extraction must stay linear without line breaks.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from claimtrack.segment import find_quotations, split_sentences
from claimtrack.sources import document_from_text

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fnc1" / "train_bodies.csv"
TARGET_MB_PER_SECOND = 2.0

Article = tuple[str, bytes]  # (id, UTF-8 bytes)


def main(argv: Sequence[str] | None = None) -> int:
    options = _parse(argv)
    articles = _load(options.data, options.limit)
    megabytes = sum(len(raw) for _, raw in articles) / 1e6
    print(f"{len(articles)} articles, {megabytes:.2f} MB from {options.data}")

    baseline = _rate(megabytes, lambda: _split_all(articles))
    _report("baseline: decode + split sentences + quotations, 1 process", baseline, None)

    extract = _load_extractor()
    if extract is None:
        print("full extraction: claimtrack.extraction.extract_statements not available; skipped")
        return 0
    _prepare_stage()  # the gazetteer and lexicon are built once per process, not timed
    single = _rate(megabytes, lambda: _extract_all(articles))
    _report("full extraction, 1 process", single, baseline)
    if options.jobs > 1:
        pooled = _rate(megabytes, lambda: _extract_pooled(articles, options.jobs))
        _report(f"full extraction, {options.jobs} processes (total)", pooled, baseline)
        _report(
            f"full extraction, {options.jobs} processes (per process)",
            pooled / options.jobs,
            baseline,
        )
    if options.line_mb:
        _time_one_line(articles, options.line_mb)
    return 0


def _time_one_line(articles: Sequence[Article], megabytes: float) -> None:
    text = " ".join(" ".join(raw.decode("utf-8").split()) for _, raw in articles)
    size = int(megabytes * 1e6)
    text = (text * (size // max(1, len(text)) + 1))[:size]
    extract, resolver, lexicon = _prepare_stage()
    started = time.perf_counter()
    count = len(extract(document_from_text(text, "one-line"), resolver, lexicon))
    elapsed = time.perf_counter() - started
    print(
        f"one line of {len(text) / 1e6:.1f} MB: {count} statements in {elapsed:.2f} s "
        f"({len(text) / 1e6 / elapsed:.2f} MB/s)"
    )


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FNC-1 train_bodies.csv")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)"
    )
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    parser.add_argument(
        "--line-mb", type=float, default=0, help="also time one single-line document of N MB"
    )
    return parser.parse_args(argv)


def _load(path: Path, limit: int) -> list[Article]:
    if not path.is_file():
        sys.exit(f"{path}: not found; pass --data PATH to FNC-1 train_bodies.csv")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            (row["Body ID"], row["articleBody"].encode("utf-8")) for row in csv.DictReader(handle)
        ]
    return rows[:limit] if limit else rows


def _rate(megabytes: float, work: Callable[[], int]) -> float:
    started = time.perf_counter()
    count = work()
    elapsed = time.perf_counter() - started
    print(f"  ({count} items in {elapsed:.2f} s)")
    return megabytes / elapsed


def _report(label: str, rate: float, baseline: float | None) -> None:
    verdict = "meets" if rate >= TARGET_MB_PER_SECOND else "BELOW"
    ratio = "" if baseline is None else f", {rate / baseline:.2f}x baseline"
    print(f"{label}: {rate:.2f} MB/s ({verdict} target {TARGET_MB_PER_SECOND} MB/s{ratio})")


def _split_all(articles: Sequence[Article]) -> int:
    count = 0
    for _, raw in articles:
        text = raw.decode("utf-8")
        count += len(split_sentences(text)) + len(find_quotations(text))
    return count


# -- extraction, loaded lazily so the baseline runs without it -----------------

_stage: tuple[Callable[..., list[Any]], Any, Any] | None = None


def _load_extractor() -> Callable[..., list[Any]] | None:
    try:
        extraction = importlib.import_module("claimtrack.extraction")
    except ImportError:
        return None
    extract: Callable[..., list[Any]] | None = getattr(extraction, "extract_statements", None)
    return extract


def _prepare_stage() -> tuple[Callable[..., list[Any]], Any, Any]:
    global _stage
    if _stage is None:
        extract = _load_extractor()
        assert extract is not None
        resolver = importlib.import_module("claimtrack.parties").PartyResolver.build()
        lexicon = importlib.import_module("claimtrack.stance").Lexicon.build()
        _stage = (extract, resolver, lexicon)
    return _stage


def _extract_all(articles: Sequence[Article]) -> int:
    extract, resolver, lexicon = _prepare_stage()
    count = 0
    for article_id, raw in articles:
        document = document_from_text(raw.decode("utf-8"), f"fnc1-{article_id}")
        count += len(extract(document, resolver, lexicon))
    return count


def _extract_pooled(articles: Sequence[Article], jobs: int) -> int:
    chunks = [list(articles[index::jobs]) for index in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_prepare_stage) as pool:
        return sum(pool.map(_extract_all, chunks))


if __name__ == "__main__":
    raise SystemExit(main())
