"""Where each write's CPU goes on a big ledger, against the least an atomic save must do.

For each size (`--sizes`, default 1k,20k claims) it generates the ledger of
`bench/bench_ledger.py`, warms the cache with `list` and one `add`, then runs
each write (`--writes`) `--runs` times, each as a whole `claimtrack` process
whose named parts are timed (CPU seconds of the process, each part without the
parts it calls: `_PARTS`; no profiler, whose cost per call would swamp small
parts). Right after each write it times, in a process of its own, the floor:
what replacing a file of the same bytes atomically must do with them in plain
Python (read the file once, write the new bytes to a temporary file, fsync it,
rename it over the file, fsync the folder).

It prints, per size and write, the medians of the process, of the floor, of
the rest (the process less the floor) and of the process less the parts that
do the floor's work in the write itself (reading the file, writing and renaming
the new one, fsync), then each part; and at the end how each
grew from the first size to the last. A part that grows with the file and is
none of the floor's is what keeps a write's cost from following what it
changes.

    PYTHONPATH=. python bench/bench_write_parts.py --sizes 1k,20k --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import fnc1
from bench.bench_ledger import (
    SPARE_BODIES,
    WRITES,
    _sizes,
    compile_package,
    generate_ledger,
    write_command,
)

# The parts timed: (module, owner in it or "", function, name). Each is timed without
# the parts it calls, so the names add up to the process less what no part holds.
_PARTS = (
    ("claimtrack.ledger", "", "_read_keyed", "read the file"),
    ("claimtrack.ledger", "", "_read_again", "read again under the lock"),
    ("claimtrack.ledger", "", "_holds", "compared with what was read"),
    ("claimtrack.ledger", "", "_replace_unless_changed", "new file written, renamed"),
    ("os", "", "fsync", "fsync"),
    ("claimtrack.cache", "", "digest_of", "content key"),
    ("claimtrack.cache", "", "digest_of_file", "content key"),
    ("claimtrack._splice", "Splices", "apply", "the splice's join"),
    ("claimtrack._spliced", "Spliced", "joined", "the splice's join"),
    ("claimtrack.ledger", "LedgerEditor", "dump_bytes", "the splice, less its join"),
    ("claimtrack.ledger", "LedgerEditor", "dump_spliced", "the splice, less its join"),
    ("claimtrack.ledger", "LedgerEditor", "checked", "the changed claims read"),
    ("claimtrack.ledger", "", "_parse", "the ledger parsed"),
    ("claimtrack.ledger", "", "_parse_for_writing", "the ledger parsed"),
    ("claimtrack.cache", "", "load_cached", "the cache loaded"),
    ("claimtrack.cache", "", "store_cached", "the cache stored"),
    ("claimtrack._index_store", "Store", "loaded", "the claim index's head loaded"),
    ("claimtrack._index_store", "Store", "save", "the claim index stored"),
    ("claimtrack._index_store", "Store", "index", "the claim index over its head"),
    ("claimtrack._index_store", "Store", "follow", "the claim index following the ledger"),
)
# The parts that are the floor's own work, as the write does it.
_FLOOR_PARTS = ("read the file", "new file written, renamed", "fsync")

# Runs `claimtrack` with the parts timed; prints the times as JSON on stderr, last.
_TIMED = """
import importlib, json, sys, time
start = time.process_time()
from claimtrack import cli
times = {"start-up and imports": time.process_time() - start}
open_frames = []

def timed(function, name):
    def run(*args, **kwargs):
        began = time.process_time()
        open_frames.append(0.0)
        try:
            return function(*args, **kwargs)
        finally:
            spent = time.process_time() - began
            inner = open_frames.pop()
            times[name] = times.get(name, 0.0) + spent - inner
            if open_frames:
                open_frames[-1] += spent
    return run

for module, owner, function, name in json.loads(sys.argv[1]):
    # A part the code timed does not have is left out (the code before a change).
    try:
        holder = importlib.import_module(module)
    except ImportError:
        continue
    holder = getattr(holder, owner, None) if owner else holder
    if hasattr(holder, function):
        setattr(holder, function, timed(getattr(holder, function), name))
sys.argv = ["claimtrack", *sys.argv[2:]]
try:
    cli.main()
except SystemExit:
    pass
times["other"] = time.process_time() - sum(times.values())
sys.stderr.write("\\n" + json.dumps(times) + "\\n")
"""

# The floor: the file read once, its bytes with one line more (or less) written to a
# new file, synced, renamed over it, the folder synced; its CPU seconds on stdout.
_FLOOR = """
import os, sys, tempfile, time
from pathlib import Path
path = Path(sys.argv[1])
line = b"# a write\\n"
start = time.process_time()
data = path.read_bytes()
data = data[: -len(line)] if data.endswith(line) else data + line
fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
with os.fdopen(fd, "wb") as out:
    out.write(data)
    out.flush()
    os.fsync(out.fileno())
os.replace(temp, path)
folder = os.open(path.parent, os.O_RDONLY)
os.fsync(folder)
os.close(folder)
print(time.process_time() - start)
"""

# CPU seconds of one child process, as `bench/bench_ledger.py` measures them.
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime, done.returncode)
print(done.stderr.rstrip().rsplit("\\n", 1)[-1])
"""

Times = dict[str, float]


def _timed_write(ledger: Path, args: list[str], env: dict[str, str], cwd: Path) -> Times:
    """The process's CPU seconds ("process") and its parts', for one command."""
    parts = json.dumps(_PARTS)
    command = [sys.executable, "-c", _TIMED, parts, "--ledger", str(ledger), *args]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    head, parts_line = done.stdout.splitlines()[:2]
    cpu, code = head.split()
    if code != "0":
        raise SystemExit(f"{' '.join(args)} failed: {parts_line}")
    return {"process": float(cpu), **json.loads(parts_line)}


def _floor(path: Path, env: dict[str, str], cwd: Path) -> float:
    """CPU seconds of the bare atomic replacement of the file at `path`."""
    done = subprocess.run(
        [sys.executable, "-c", _FLOOR, str(path)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


def bench_size(claims: int, options: argparse.Namespace, folder: Path) -> dict[str, Times]:
    """Each write's median process, floor and parts on a generated ledger of `claims`."""
    home = folder / str(claims)
    home.mkdir()
    ledger = home / "claims.yaml"
    claim_ids = generate_ledger(ledger, claims, 5)
    spare = sorted(fnc1.load_bodies(), key=int)[-SPARE_BODIES:]
    articles = fnc1.write_articles(home / "sources", spare)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "NO_COLOR": "1",
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    cwd = home / "run"  # no `claimtrack` package of its own to import
    cwd.mkdir()
    copy = home / "floor" / "claims.yaml"
    copy.parent.mkdir()
    _timed_write(ledger, ["list", "--format", "json"], env, cwd)
    _timed_write(ledger, ["add", "A claim to warm the index", "--id", "warm-up"], env, cwd)
    ids = iter(claim_ids[::-1])
    runs: dict[str, list[Times]] = {write: [] for write in options.writes}
    for number in range(options.runs):
        for write in options.writes:
            args, _ = write_command(write, number, ids, articles)
            times = _timed_write(ledger, args, env, cwd)
            shutil.copyfile(ledger, copy)
            times["floor"] = _floor(copy, env, cwd)
            runs[write].append(times)
            _timed_write(ledger, ["list", "--format", "json"], env, cwd)
    size = ledger.stat().st_size / 1e6
    print(f"\n{claims} claims, {size:.1f} MB: medians of {options.runs}, CPU ms", flush=True)
    medians = {write: _medians(times) for write, times in runs.items()}
    for write, figures in medians.items():
        _print_write(write, figures)
    return medians


def _medians(runs: list[Times]) -> Times:
    names = {name for times in runs for name in times}
    figures = {name: statistics.median(times.get(name, 0.0) for times in runs) for name in names}
    figures["rest"] = statistics.median(times["process"] - times["floor"] for times in runs)
    figures["beyond"] = statistics.median(
        times["process"] - sum(times.get(name, 0.0) for name in _FLOOR_PARTS) for times in runs
    )
    return figures


def _print_write(write: str, figures: Times) -> None:
    own_floor = sum(figures.get(name, 0.0) for name in _FLOOR_PARTS)
    process, floor, rest, beyond = (1000 * figures[name] for name in _SUMMARY)
    print(
        f"  {write:<8} process {process:6.1f}  floor {floor:5.1f}  rest {rest:6.1f};"
        f" the write's own floor steps {1000 * own_floor:5.1f}, all but them {beyond:6.1f}"
    )
    parts = sorted(
        ((name, value) for name, value in figures.items() if name not in _SUMMARY),
        key=lambda item: -item[1],
    )
    print(
        "    " + "; ".join(f"{name} {1000 * value:.1f}" for name, value in parts if value >= 5e-4)
    )


# The process, the floor, the process less the floor, the process less the parts that
# do the floor's work in the write itself (`_FLOOR_PARTS`), each a median of its own.
_SUMMARY = ("process", "floor", "rest", "beyond")


def _growth(first: int, last: int, before: dict[str, Times], after: dict[str, Times]) -> None:
    """How each write's figures grew from the first size to the last, in CPU ms."""
    print(f"\ngrowth {first} -> {last} claims, CPU ms (parts that grew by 1 ms or more)")
    for write, small in before.items():
        big = after[write]
        grown = sorted(
            (
                (name, small.get(name, 0.0), big.get(name, 0.0))
                for name in {*small, *big} - {*_SUMMARY, "start-up and imports"}
            ),
            key=lambda item: item[1] - item[2],
        )
        summary = ", ".join(
            f"{name} {1000 * small[name]:.0f} -> {1000 * big[name]:.0f}" for name in _SUMMARY
        )
        print(f"  {write:<8} {summary}")
        print("    " + _growth_split(small, big))
        print(
            "    "
            + "; ".join(
                f"{name} {1000 * was:.1f} -> {1000 * now:.1f}"
                for name, was, now in grown
                if now - was >= 1e-3
            )
        )


def _growth_split(small: Times, big: Times) -> str:
    """A write's growth in CPU ms split in two: what its atomic replacement of the
    file does with the bytes (its own floor steps, `_FLOOR_PARTS`), and the rest
    (the process less those steps), which is what should follow the change."""
    grown = {name: 1000 * (big[name] - small[name]) for name in ("process", "beyond")}
    replacement = sum(1000 * (big.get(name, 0.0) - small.get(name, 0.0)) for name in _FLOOR_PARTS)
    return (
        f"grew {grown['process']:.0f}: the atomic replacement {replacement:.0f},"
        f" the rest {grown['beyond']:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1k,20k"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--writes",
        type=lambda text: [write for write in text.split(",") if write],
        default=list(WRITES),
    )
    options = parser.parse_args()
    compile_package()  # each process starts as an installed claimtrack does
    with tempfile.TemporaryDirectory(prefix="claimtrack-parts-") as folder:
        medians = [bench_size(claims, options, Path(folder)) for claims in options.sizes]
    if len(medians) > 1:
        _growth(options.sizes[0], options.sizes[-1], medians[0], medians[-1])


if __name__ == "__main__":
    main()
