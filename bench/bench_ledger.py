"""How fast the ledger reads, against plain PyYAML on the same file in the same run.

Generates a ledger of 10,000 claims and 50,000 statements (about 14 MB) in a
temporary folder and prints:

- the baseline: `yaml.load` with PyYAML's C loader;
- `read_ledger` cold (full validation, cache written) and warm (from the cache;
  statements are built when first read, so also warm with every one built);
- if the CLI is present: wall time (median and best of five runs) and peak
  memory of `claimtrack list --format json`, `show ID`, `show ID --format json`
  and `--help` as subprocesses, with ratios to the baseline.

Run: PYTHONPATH=. python bench/bench_ledger.py [--claims N] [--per-claim K]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import yaml

from claimtrack._scalars import quoted, typed_as
from claimtrack.ledger import HEADER, read_ledger
from claimtrack.model import Ledger

PARTIES = [
    ("United States", ["The US State Department", "Jake Sullivan", "Washington"]),
    ("Russia", ["Moscow", "Kremlin spokesman Dmitry Peskov", "Sergey Lavrov"]),
    ("North Korea", ["Pyongyang", "KCNA", "Kim Yo Jong"]),
    ("South Korea", ["Seoul", "the National Intelligence Service"]),
    ("China", ["Beijing", "Foreign Ministry spokesperson Lin Jian"]),
    ("Ukraine", ["Kyiv", "President Volodymyr Zelensky"]),
    ("Japan", ["Tokyo", "Chief Cabinet Secretary Yoshimasa Hayashi"]),
]
CUES = {"asserts": ["said", "accused", "confirmed"], "denies": ["rejected", "denied"]}
CUES["disputes"] = ["questioned", "pointed out"]
WORDS = [
    "troops",
    "soldiers",
    "deployment",
    "border",
    "combat",
    "operations",
    "alongside",
    "army",
    "province",
    "evidence",
    "reports",
    "intelligence",
    "sanctions",
    "missile",
    "launch",
    "weapons",
    "shipment",
    "ammunition",
    "talks",
    "ceasefire",
    "agreement",
    "violation",
    "territory",
    "region",
    "forces",
    "military",
    "officials",
    "government",
    "minister",
    "spokesman",
    "statement",
    "accusations",
    "claims",
    "allegations",
    "support",
    "cooperation",
    "exercises",
    "drills",
    "security",
    "council",
    "resolution",
    "frontline",
    "attack",
    "strike",
]


def _sentence(rng: random.Random, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return body[0].upper() + body[1:]


def _id(text: str) -> str:
    """`text` as the ledger writer puts an id or a hash: quoted if a YAML reader could type it.

    Source ids such as 1121_784e924015583485, hashes such as 12345e67 or 00012345:
    written plain, YAML 1.1 or 1.2 readers take them for numbers.
    """
    return quoted(text) if typed_as(text) else text


def _scalar(text: str, indent: int) -> str:
    """`text` as the ledger writer puts it: plain, or a folded block when long."""
    if len(text) <= 72:
        return text + "\n"
    pad = " " * indent
    lines = textwrap.wrap(text, width=80 - indent, break_long_words=False, break_on_hyphens=False)
    return ">-\n" + "".join(f"{pad}{line}\n" for line in lines)


def generate_ledger(path: Path, claims: int, per_claim: int, seed: int = 7) -> list[str]:
    """Write a realistic ledger in the layout claimtrack writes; return its claim ids."""
    rng = random.Random(seed)
    source_ids = [f"{i:03d}_{hashlib.sha1(str(i).encode()).hexdigest()[:16]}" for i in range(2000)]
    out = [HEADER, "version: 1\nparties:\n"]
    for name, aliases in PARTIES:
        out.append(f"  {name}:\n    aliases: [{', '.join(aliases[1:])}]\n")
    out.append("sources:\n")
    for source_id in source_ids:
        fingerprints = ", ".join(
            _id(f"{rng.getrandbits(32):08x}") for _ in range(claims * per_claim // 2000)
        )
        out.append(
            f"  {_id(source_id)}:\n    path: sources/{source_id}.txt\n"
            f"    title: {_sentence(rng, 9)}\n    url: https://news.example.org/{source_id}\n"
            f"    published: '2024-11-{rng.randint(1, 28):02d}'\n    outlet: Example News\n"
            f"    sha256: {_id(hashlib.sha256(source_id.encode()).hexdigest())}\n"
            f"    extracted: [{fingerprints}]\n"
        )
    out.append("claims:\n")
    claim_ids = []
    for number in range(claims):
        claim_id = f"claim-{number}-{rng.choice(WORDS)}-{rng.choice(WORDS)}"
        claim_ids.append(claim_id)
        out.append(f"  {claim_id}:\n    text: {_sentence(rng, 6)}\n    statements:\n")
        for _ in range(per_claim):
            party, speakers = rng.choice(PARTIES)
            stance = rng.choice(list(CUES))
            speaker, cue = rng.choice(speakers), rng.choice(CUES[stance])
            content = _sentence(rng, 2).lower()
            quote = f"{speaker} {cue} {content}."
            out.append(
                f"    - party: {party}\n      stance: {stance}\n      speaker: {speaker}\n"
                f"      cue: {cue}\n      source: {_id(rng.choice(source_ids))}\n"
                f"      line: {rng.randint(1, 80)}\n      content: {content}\n"
                f"      quote: {_scalar(quote, 8)}"
            )
    path.write_text("".join(out), encoding="utf-8")
    return claim_ids


def _build_all(ledger: Ledger) -> None:
    # What `list` needs: every statement, though not its texts or position.
    for claim in ledger.claims:
        _ = claim.statements


def _timed(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


# Runs one command and reports its wall time and peak RSS. Measured from a small
# process of its own: a child forked from this big one would count our pages.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False).returncode
wall = time.perf_counter() - start
print(wall, code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _run_cli(ledger: Path, args: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (MB) of one CLI run."""
    command = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger), *args]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall, code, peak_kb = done.stdout.split()
    return float(wall), int(code), int(peak_kb) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--per-claim", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
        ledger = Path(folder) / "claims.yaml"
        claim_ids = generate_ledger(ledger, options.claims, options.per_claim)
        size = ledger.stat().st_size / 1e6
        print(
            f"ledger: {options.claims} claims, {options.claims * options.per_claim} statements, "
            f"{size:.1f} MB"
        )
        text = ledger.read_text(encoding="utf-8")
        baseline = _timed(lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        print(f"baseline yaml.load CSafeLoader: {baseline:7.3f} s")
        cold = _timed(lambda: read_ledger(ledger))
        print(f"read_ledger cold:               {cold:7.3f} s  ({cold / baseline:.2f}x baseline)")
        warm = min(_timed(lambda: read_ledger(ledger)) for _ in range(3))
        print(f"read_ledger warm:               {warm:7.3f} s  ({warm / baseline:.3f}x baseline)")
        built = min(_timed(lambda: _build_all(read_ledger(ledger))) for _ in range(3))
        print(f"read_ledger warm, all built:    {built:7.3f} s  ({built / baseline:.3f}x baseline)")
        if importlib.util.find_spec("claimtrack.cli") is None:
            print("claimtrack.cli not present: CLI timings skipped")
            return
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "NO_COLOR": "1"}
        if env.get("PYTHONDONTWRITEBYTECODE"):
            print("PYTHONDONTWRITEBYTECODE is set: each run compiles claimtrack's modules anew")
        claim_id = claim_ids[len(claim_ids) // 2]
        for args in (
            ["list", "--format", "json"],
            ["show", claim_id],
            ["show", claim_id, "--format", "json"],
            ["--help"],
        ):
            runs = [_run_cli(ledger, args, env) for _ in range(5)]
            wall = statistics.median(run[0] for run in runs)
            best = min(run[0] for run in runs)
            codes = {run[1] for run in runs}
            peak = max(run[2] for run in runs)
            name = " ".join(["ID" if arg == claim_id else arg for arg in args])
            print(
                f"claimtrack {name:<26} {wall:6.3f} s wall (best {best:.3f})  exit {codes}  "
                f"peak RSS {peak} MB  ({wall / baseline:.3f}x baseline)"
            )


if __name__ == "__main__":
    main()
