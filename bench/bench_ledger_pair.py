"""Two codes side by side on a big ledger: each command of one right after the other's.

`bench/bench_ledger.py` times one code; a change of a few hundredths of a CPU
second on a shared machine needs the code before timed in the same run, each
command of the two alternating on copies of the same ledger, the order of the
two swapped every run. Give the code before as a folder holding a `claimtrack`
package (for example `git archive main claimtrack | tar -x -C /tmp/before`);
the code after is this checkout's unless `--after` says otherwise.

Every process runs from a working folder of its own that holds neither code:
`python -m claimtrack` imports the package of the current folder whatever
`PYTHONPATH` says, so timing from the package's own folder times one code
twice. Both packages are compiled to bytecode first, as pip installs them.

For each size it generates the ledger as `bench/bench_ledger.py` does (real
FNC-1 sentences, five statements a claim), warms both caches with `list` and
one `add` (the first write that wants the claim index builds it), then times
`list` cold (`--cold`), `list` and `show` warm, each after a hand edit of one
claim, `add` and `extract` right after a hand edit of one claim
(`--no-edited-writes` leaves those out), and each write (`--ops`) with `list`
and `show` right after it (`--no-reads` leaves those out). It prints, per figure, the median and the
least CPU seconds of each code over `--runs`, every run, the peak memory, and
whether the two ledgers ended byte for byte the same.

    PYTHONPATH=. python bench/bench_ledger_pair.py --before /tmp/before --sizes 1k,20k
"""

from __future__ import annotations

import argparse
import compileall
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
    _hand_edit,
    _sizes,
    generate_ledger,
    write_command,
)

_MEASURE = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime)
"""

Run = tuple[int, int, float]  # exit code, peak MB, CPU seconds


class Pair:
    """The two codes' copies of one ledger, and their figures."""

    def __init__(self, codes: dict[str, Path], ledger: Path, folder: Path) -> None:
        self.codes = codes
        self.folder = folder
        self.homes: dict[str, Path] = {}
        for name in codes:
            home = folder / name
            home.mkdir()
            shutil.copy(ledger, home / "claims.yaml")
            self.homes[name] = home
        self.figures: dict[str, dict[str, list[Run]]] = {}

    def run(self, name: str, args: list[str]) -> Run:
        home = self.homes[name]
        env = {
            **os.environ,
            "PYTHONPATH": str(self.codes[name]),
            "NO_COLOR": "1",
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        command = [sys.executable, "-m", "claimtrack", "--ledger", str(home / "claims.yaml")]
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command, *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=self.folder,  # holds neither code
        )
        code, peak, cpu = done.stdout.split()
        return int(code), int(peak), float(cpu)

    def each(self, number: int) -> list[str]:
        """The codes in this run's order: swapped every run."""
        names = list(self.codes)
        return names if number % 2 == 0 else names[::-1]

    def record(self, label: str, name: str, result: Run) -> None:
        self.figures.setdefault(label, {}).setdefault(name, []).append(result)

    def report(self) -> None:
        ledgers = [(home / "claims.yaml").read_bytes() for home in self.homes.values()]
        print(f"  ledgers byte for byte the same: {all(d == ledgers[0] for d in ledgers)}")
        for label, by_code in self.figures.items():
            cells = []
            for name, results in by_code.items():
                cpu = [result[2] for result in results]
                bad = "" if all(result[0] == 0 for result in results) else " EXIT"
                cells.append(
                    f"{name} {statistics.median(cpu):.2f} least {min(cpu):.2f} "
                    f"({' '.join(f'{c:.2f}' for c in cpu)}) {max(r[1] for r in results)} MB{bad}"
                )
            print(f"  {label:<24} " + " | ".join(cells), flush=True)


def bench_size(claims: int, options: argparse.Namespace, codes: dict[str, Path]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ledger = folder / "generated.yaml"
        claim_ids = generate_ledger(ledger, claims, options.per_claim)
        spare = sorted(fnc1.load_bodies(), key=int)[-SPARE_BODIES:]
        articles = fnc1.write_articles(folder / "articles", spare)
        pair = Pair(codes, ledger, folder)
        print(f"\n{claims} claims, CPU seconds over {options.runs} runs", flush=True)
        json_list = ["list", "--format", "json"]
        if options.cold:
            for number in range(options.runs):
                for name in pair.each(number):
                    shutil.rmtree(pair.homes[name] / "cache", ignore_errors=True)
                    pair.record("list cold", name, pair.run(name, json_list))
        middle = claim_ids[len(claim_ids) // 2]
        for name in codes:
            pair.run(name, json_list)
            pair.run(name, ["add", "A claim added first, to build the index", "--id", "first"])
        for number in range(options.runs):
            for name in pair.each(number):
                pair.record("list warm", name, pair.run(name, json_list))
                pair.record("show warm", name, pair.run(name, ["show", middle]))
        for number in range(options.runs):
            for command in ("list", "show"):
                edited = claim_ids[(number * 7 + 3 + (command == "show")) % len(claim_ids)]
                args = json_list if command == "list" else ["show", middle]
                for name in pair.each(number):
                    _hand_edit(pair.homes[name] / "claims.yaml", edited, number)
                    pair.record(f"{command} after a hand edit", name, pair.run(name, args))
        ids = iter(claim_ids[::-1])
        for op in ("add", "extract") if options.edited_writes else ():
            for number in range(options.runs):
                args, _ = write_command(op, number + options.runs, ids, articles)
                edited = claim_ids[(number * 11 + 5 + (op == "extract")) % len(claim_ids)]
                for name in pair.each(number):
                    _hand_edit(pair.homes[name] / "claims.yaml", edited, number)
                    pair.record(f"{op} after a hand edit", name, pair.run(name, args))
        for op in options.ops:
            for number in range(options.runs):
                args, target = write_command(op, number, ids, articles)
                for name in pair.each(number):
                    pair.record(op, name, pair.run(name, args))
                    if options.reads:
                        pair.record(f"list after {op}", name, pair.run(name, json_list))
                        pair.record(f"show after {op}", name, pair.run(name, ["show", target]))
        pair.report()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before", type=Path, required=True, help="a folder holding the claimtrack of before"
    )
    parser.add_argument(
        "--after",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="a folder holding the claimtrack of after (default: this checkout)",
    )
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1k,10k,20k"))
    parser.add_argument("--per-claim", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--ops",
        type=lambda text: [op for op in text.split(",") if op],
        default=["add", "merge", "rename", "drop", "extract"],
        help="writes to time, comma-separated, of add,merge,rename,drop,extract",
    )
    parser.add_argument("--cold", action="store_true", help="time `list` with no cache too")
    parser.add_argument("--no-reads", dest="reads", action="store_false")
    parser.add_argument(
        "--no-edited-writes",
        dest="edited_writes",
        action="store_false",
        help="leave out `add` and `extract` right after a hand edit of one claim",
    )
    options = parser.parse_args()
    codes = {"before": options.before.resolve(), "after": options.after.resolve()}
    for name, folder in codes.items():
        if not (folder / "claimtrack" / "__init__.py").is_file():
            parser.error(f"no claimtrack package in {folder} ({name})")
        compileall.compile_dir(folder / "claimtrack", quiet=1)
    for claims in options.sizes:
        bench_size(claims, options, codes)


if __name__ == "__main__":
    main()
