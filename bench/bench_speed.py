"""Throughput of reading and extraction over real news bodies (FNC-1, about 3.7 MB).

Prints MB/s for a baseline that only decodes and sentence-splits the text,
and, when the extraction stage is present, for full extraction in one process
and over a process pool, with the ratio to the baseline. The target is at
least 2 MB/s per process.

With --command it also times the whole `claimtrack extract` command, as a
process of its own, on the articles written as source files (as
`bench/fnc1.py` writes them): `--dry-run` and a real extract into a fresh
ledger, in one process and with `--jobs N`. Each is timed in wall-clock and
CPU seconds (the command's and its workers'), next to a plain regex sentence
split of the same files in the same run, since a machine busy with other work
slows the wall clock and not the CPU time.

    PYTHONPATH=. python bench/bench_speed.py [--jobs N] [--data PATH] [--limit N] [--line-mb N]
        [--command] [--no-library]

With --line-mb N it also times one document that is a single N MB line (the
articles joined with spaces): extraction must stay linear without line breaks.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
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

    if options.command:
        _time_command(articles, megabytes, options.jobs)
    if not options.library:
        return 0
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
    parser.add_argument(
        "--command", action="store_true", help="also time the whole `claimtrack extract` command"
    )
    parser.add_argument(
        "--no-library", dest="library", action="store_false", help="skip the library timings"
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
    """Time `work` on the wall clock; print its CPU seconds too (workers' included).

    The wall clock is the rate a user waits for on a free machine; on a busy
    one only the CPU seconds say what the work itself costs.
    """
    started = time.perf_counter()
    cpu = time.process_time() + _children_cpu()
    count = work()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() + _children_cpu() - cpu
    print(
        f"  ({count} items in {elapsed:.2f} s, {cpu:.2f} CPU-s: "
        f"{megabytes / cpu:.2f} MB per CPU-second)"
    )
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


# -- the whole command, as a process of its own ---------------------------------------

# The plain baseline the command is compared with: read each file, split it at
# sentence ends with one regular expression.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _regex_split(paths: Sequence[Path]) -> int:
    return sum(len(_SENTENCE_END.split(path.read_text(encoding="utf-8"))) for path in paths)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# Runs the command in this Python, then writes the CPU seconds of its own
# process (not its workers') to the file named by CLAIMTRACK_BENCH_CPU.
_OWN_CPU = """
import atexit, os, resource, runpy, sys
def _own():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["CLAIMTRACK_BENCH_CPU"], "w") as handle:
        handle.write(str(usage.ru_utime + usage.ru_stime))
atexit.register(_own)
sys.argv = ["claimtrack", *sys.argv[1:]]
runpy.run_module("claimtrack", run_name="__main__")
"""


def _run(args: Sequence[str], cwd: Path) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds (with its workers), CPU seconds of the command's
    own process (where grouping runs) and peak memory (MB) of one command."""
    own = cwd / "own-cpu.txt"
    own.unlink(missing_ok=True)
    # The command's own arguments, run by this Python's claimtrack.
    args = [sys.executable, "-c", _OWN_CPU, *args[1:]]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *args] if Path("/usr/bin/time").exists() else list(args),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=dict(os.environ, CLAIMTRACK_BENCH_CPU=str(own)),
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr}")
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    peak = int(last) / 1024 if last.isdigit() else float("nan")
    own_cpu = float(own.read_text()) if own.exists() else float("nan")
    return wall, _children_cpu() - cpu, own_cpu, peak


def _time_command(articles: Sequence[Article], megabytes: float, jobs: int) -> None:
    command = shutil.which("claimtrack") or str(Path(sys.executable).parent / "claimtrack")
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as folder:
        root = Path(folder)
        sources = root / "sources"
        sources.mkdir()
        paths = []
        for article_id, raw in articles:  # as bench/fnc1.py writes them
            path = sources / f"fnc1-{article_id}.txt"
            path.write_text(raw.decode("utf-8").rstrip("\n") + "\n", encoding="utf-8")
            paths.append(path)
        size = sum(path.stat().st_size for path in paths) / 1e6
        print(f"whole `claimtrack extract` on {len(paths)} files, {size:.2f} MB:")
        started, cpu = time.perf_counter(), time.process_time()
        count = _regex_split(paths)
        split_wall = time.perf_counter() - started
        split_cpu = time.process_time() - cpu
        print(
            f"  regex sentence split: {count} sentences in {split_wall:.2f} s "
            f"({split_cpu:.2f} s CPU), {size / split_wall:.1f} MB/s"
        )
        runs = [("--dry-run, 1 process", 1, True), ("real, fresh ledger, 1 process", 1, False)]
        if jobs > 1:
            runs.insert(1, (f"--dry-run, --jobs {jobs}", jobs, True))
            runs.append((f"real, fresh ledger, --jobs {jobs}", jobs, False))
        for label, count_jobs, dry in runs:
            ledger = root / "claims.yaml"
            ledger.unlink(missing_ok=True)
            args = [command, "--ledger", str(ledger), "extract", str(sources), "--jobs"]
            args += [str(count_jobs), *(["--dry-run", "--format", "jsonl"] if dry else [])]
            wall, used, own, peak = _run(args, root)
            # On n free cores a run takes at least its CPU time over n, and at
            # least its own process's share, which no worker can take over.
            bound = max(own, used / count_jobs)
            print(
                f"  {label}: {wall:.2f} s ({used:.2f} s CPU, {own:.2f} s in the command's "
                f"own process; at least {bound:.2f} s on {count_jobs} free core(s), "
                f"{size / bound:.2f} MB/s), {size / wall:.2f} MB/s "
                f"({size / used:.2f} MB per CPU-second), {wall / split_wall:.0f}x the split, "
                f"peak {peak:.0f} MB"
            )


if __name__ == "__main__":
    raise SystemExit(main())
