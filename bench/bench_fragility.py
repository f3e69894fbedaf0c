"""How far grouping moves statements of articles that nothing changed in.

Runs `extract --dry-run` on a folder of source files, then again without a
few articles drawn at random, and counts the statements of the OTHER articles
whose claim changed: filed or not filed, or moved out of the claim that most of
its fellows of the kept articles went to (claims are compared as groups, as
their ids follow their texts); and of those, the rows of other stories
(articles that shared no claim with a left-out one), whose claims nothing
but grouping's state ties to the left-out articles. A rule that files,
unfiles or adds a claim anywhere moves rows of unrelated stories by grouping
alone in the same way.

    PYTHONPATH=. python bench/bench_fragility.py SOURCES [--drop 20] [--seeds 1,2,3]
        [--whole ROWS.jsonl] [--save DIR]

`--whole` reads the rows of the whole folder from a dry run made already
(`extract SOURCES --dry-run --format jsonl`, by the same code); `--save`
writes each draw's rows there, as `part-SEED.jsonl`, to read the moves.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

# The command run on a folder named "sources", after `python -m claimtrack`.
EXTRACT = ("extract", "sources", "--dry-run", "--format", "jsonl")
# A statement's identity across runs: its source and spans, and its ordinal among equals.
RowKey = tuple[str, ...]


def dry_run(files: Sequence[Path]) -> list[dict[str, object]]:
    """The rows `extract --dry-run --format jsonl` gives for `files`, in a folder of their own."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "sources"
        folder.mkdir()
        # Copied: `extract` does not follow a link out of its folder.
        for path in files:
            shutil.copyfile(path, folder / path.name)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(os.path.abspath, sys.path))}
        done = subprocess.run(
            [sys.executable, "-m", "claimtrack", *EXTRACT],
            cwd=scratch,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def keyed(rows: Sequence[dict[str, object]]) -> dict[RowKey, dict[str, object]]:
    """Rows by identity (as `bench/fnc1.py` names sources, spans as written)."""
    seen: dict[RowKey, int] = defaultdict(int)
    out: dict[RowKey, dict[str, object]] = {}
    for row in rows:
        spans = tuple(json.dumps(row.get(f)) for f in ("span", "speaker_span", "content_span"))
        key = (str(row.get("source")), *spans)
        seen[key] += 1
        out[(*key, str(seen[key]))] = row
    return out


def unrelated(whole: dict[RowKey, dict[str, object]], left_out: set[str]) -> set[str]:
    """The sources of `whole` none of whose rows shared a claim with a row of
    the sources `left_out`: articles of other stories."""
    sources_of: dict[object, set[str]] = defaultdict(set)
    for key, row in whole.items():
        if row.get("claim"):
            sources_of[row["claim"]].add(key[0])
    touched = set(left_out)
    for sources in sources_of.values():
        if sources & left_out:
            touched |= sources
    return {key[0] for key in whole} - touched


def moved(
    whole: dict[RowKey, dict[str, object]], part: dict[RowKey, dict[str, object]]
) -> list[RowKey]:
    """The rows `part` shares with `whole` that changed claim.

    Claims are matched as groups: each claim of `whole` stands for the claim of
    `part` that holds most of its kept rows (ids follow texts, which change when
    a claim's first statement is left out). A row changed claim when it is
    filed in one run only, or its claim in `part` is not the one its claim of
    `whole` stands for: one row leaving a claim moves that row, not the claim.
    """
    kept = {key: row for key, row in whole.items() if key in part}
    votes: dict[object, Counter[object]] = defaultdict(Counter)
    for key, row in kept.items():
        if row.get("claim") and part[key].get("claim"):
            votes[row["claim"]][part[key]["claim"]] += 1
    # Most rows first, then the id, so a tie goes the same way every run.
    standing = {
        claim: min(counted, key=lambda other: (-counted[other], str(other)))
        for claim, counted in votes.items()
    }
    return [
        key
        for key, row in kept.items()
        if (row.get("claim") is None) != (part[key].get("claim") is None)
        or (row.get("claim") and standing.get(row["claim"]) != part[key]["claim"])
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder of source files")
    parser.add_argument("--drop", type=int, default=20, help="articles left out per draw")
    parser.add_argument("--seeds", default="1,2,3", help="one draw per seed")
    parser.add_argument("--whole", type=Path, help="the whole folder's dry-run rows, made already")
    parser.add_argument("--save", type=Path, help="a folder for each draw's rows")
    args = parser.parse_args()
    files = sorted(args.sources.glob("*.txt"))
    if args.whole:
        with args.whole.open(encoding="utf-8") as handle:
            whole = keyed([json.loads(line) for line in handle if line.strip()])
    else:
        whole = keyed(dry_run(files))
    sums = [0, 0, 0, 0]
    for seed in (int(s) for s in args.seeds.split(",")):
        dropped = set(random.Random(seed).sample(range(len(files)), args.drop))
        rows_of_part = dry_run([f for n, f in enumerate(files) if n not in dropped])
        if args.save:
            lines = "".join(json.dumps(row) + "\n" for row in rows_of_part)
            (args.save / f"part-{seed}.jsonl").write_text(lines, encoding="utf-8")
        part = keyed(rows_of_part)
        others = unrelated(whole, {files[n].stem for n in dropped})
        changed = moved(whole, part)
        counts = [
            sum(1 for key in whole if key in part),
            len(changed),
            sum(1 for key in whole if key[0] in others),
            sum(1 for key in changed if key[0] in others),
        ]
        sums = [total + count for total, count in zip(sums, counts, strict=True)]
        print(f"seed {seed}: {args.drop} of {len(files)} articles left out")
        print(f"  rows of the others that changed claim: {counts[1]} of {counts[0]}")
        print(f"  of those of other stories (no claim shared): {counts[3]} of {counts[2]}")
    print(f"all draws: {sums[1]} of {sums[0]} rows changed claim; of other stories, ", end="")
    print(f"{sums[3]} of {sums[2]}")


if __name__ == "__main__":
    main()
