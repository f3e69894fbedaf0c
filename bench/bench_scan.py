"""Throughput of `claimtrack scan` on Dask, against `extract --dry-run` in one process.

The FNC-1 training bodies (1,683 articles, 3.7 MB) are written as a JSON Lines
archive, repeated (each copy with its own ids) until it holds at least --mb
megabytes. A ledger of tracked claims is made first by `extract` on the first
--tracked bodies. Then, in the same run:

- baseline: `claimtrack extract --dry-run` as one process (the command people
  run) on one copy of the bodies as .txt files, in articles per second;
- `scan` of the whole archive on a local Dask cluster of 1 worker, then of 2;
  articles per second, the ratio to the baseline, the scaling ratio (2
  workers over 1) and the peak memory (resident set) of each worker.

Wall-clock rates depend on what else the machine runs, so each line also
gives articles per CPU-second (of the baseline process, or of the workers
together), and the load average is printed before and after.

    PYTHONPATH=. python bench/bench_scan.py [--mb 100] [--tracked 40] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fnc1 import BODIES, article_text, load_bodies, source_name, write_articles

from claimtrack.ledger import read_ledger
from claimtrack.scan import scan_archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100, help="archive size (default 100 MB)")
    parser.add_argument("--tracked", type=int, default=40, help="bodies that make the ledger")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--work", type=Path, help="folder for the archive (default: a temp one)")
    options = parser.parse_args()
    if not BODIES.is_file():
        sys.exit(f"{BODIES}: not found")
    work = options.work or Path(tempfile.mkdtemp(prefix="claimtrack-bench-scan-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        run(options, work)
    finally:
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def run(options: argparse.Namespace, work: Path) -> None:
    ids = sorted(load_bodies(), key=int)
    ledger_path = work / "claims.yaml"
    ledger_path.unlink(missing_ok=True)
    tracked = write_articles(work / "tracked", ids[: options.tracked])
    _claimtrack("--ledger", ledger_path, "extract", *tracked)
    ledger = read_ledger(ledger_path)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"ledger: {len(ledger.claims)} tracked claims from {len(tracked)} FNC-1 bodies")

    archive = work / "fnc1.jsonl"
    articles, size = _write_archive(archive, ids, options.mb)
    print(f"archive: {articles:,} articles, {size / 1e6:.1f} MB of JSON Lines ({archive})")

    once = work / "once"
    shutil.rmtree(once, ignore_errors=True)
    write_articles(once, ids)
    started, cpu = time.perf_counter(), _children_cpu()
    _claimtrack("--ledger", ledger_path, "extract", once, "--dry-run", "--format", "jsonl")
    baseline = len(ids) / (time.perf_counter() - started)
    print(
        f"baseline: extract --dry-run, 1 process, {len(ids):,} articles: "
        f"{baseline:,.1f} articles/s ({len(ids) / (_children_cpu() - cpu):,.1f} per CPU-second)"
    )

    rates: dict[int, float] = {}
    for workers in options.workers:
        out = work / f"scan-{workers}"
        shutil.rmtree(out, ignore_errors=True)
        rate, peaks, cpu, summary = _scan(ledger, archive, out, workers)
        rates[workers] = rate
        print(
            f"scan, {workers} worker{'s' if workers > 1 else ''}: {rate:,.1f} articles/s "
            f"({rate / baseline:.2f}x baseline; {summary.articles / cpu:,.1f} per CPU-second; "
            f"{summary.articles:,} articles, "
            f"{summary.statements:,} statements, {summary.about_claims:,} about tracked "
            f"claims, {summary.seconds:.1f} s); peak memory per worker: "
            + ", ".join(f"{peak / 1e6:,.0f} MB" for peak in peaks)
        )
    if 1 in rates and len(rates) > 1:
        most = max(rates)
        print(f"scaling: {most} workers / 1 worker = {rates[most] / rates[1]:.2f}x")
    print(f"load average: {os.getloadavg()[0]:.1f}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _claimtrack(*args: str | Path) -> None:
    command = [sys.executable, "-m", "claimtrack", *map(str, args)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _write_archive(path: Path, ids: list[str], megabytes: float) -> tuple[int, int]:
    """Copies of every body, with ids of their own, until the file holds `megabytes`."""
    written = count = 0
    copy = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < megabytes * 1e6:
            for body_id in ids:
                line = json.dumps(
                    {"id": f"{source_name(body_id)}-{copy}", "text": article_text(body_id)}
                )
                handle.write(line + "\n")
                written += len(line.encode("utf-8")) + 1
                count += 1
            copy += 1
    return count, written


def _scan(ledger, archive: Path, out: Path, workers: int):  # type: ignore[no-untyped-def]
    """Articles per second of one scan on its own local cluster, and each worker's peak RSS."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        summary = scan_archive(ledger, [archive], out, scheduler=cluster.scheduler_address)
        peaks = sorted(client.run(_peak_rss).values())
        cpu = sum(client.run(_cpu_seconds).values())
    return summary.articles / summary.seconds, peaks, cpu, summary


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss() -> int:
    """This process's peak resident set in bytes (Linux gives kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak * 1024 if sys.platform != "darwin" else peak


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
