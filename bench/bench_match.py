"""Measure `claimtrack match` through the command line on Emergent train headlines.

    PYTHONPATH=. python bench/bench_match.py

The Emergent claims are split in two halves (by a hash of their id). For each
half, a ledger tracks that half's claims only, and `claimtrack match --format
jsonl` reads every article headline on stdin:

- top-1: a headline about a tracked claim must get that claim (null counts wrong);
- null: a headline about a claim of the other half is about no tracked claim,
  and must get null.

Then top-1 once more with every claim tracked. Each figure is printed for
match's own rule (its bar, or a lower score well clear of the runner-up), for
its bar alone, and for the grouping threshold, the bar `match` used before it
had its own.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from claimtrack.grouping import DEFAULT_THRESHOLD, MATCH_FLOOR, MATCH_MARGIN, MATCH_THRESHOLD
from claimtrack.ledger import edit_ledger, init_ledger

REPO = Path(__file__).resolve().parents[1]
EMERGENT = REPO.parent / "shared" / "data" / "emergent" / "emergent-train.csv"


def read_rows() -> list[dict[str, str]]:
    with EMERGENT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def half_of(claim_id: str) -> int:
    return int(hashlib.sha1(claim_id.encode()).hexdigest(), 16) % 2


def run_match(
    claims: dict[str, str], headlines: Sequence[str], threshold: float | None
) -> list[dict]:  # type: ignore[type-arg]
    """`claimtrack match` over `headlines` against a ledger tracking `claims`;
    with no `threshold`, match's own bar decides."""
    with tempfile.TemporaryDirectory(prefix="claimtrack-match-") as folder:
        ledger = Path(folder) / "claims.yaml"
        init_ledger(ledger)
        with edit_ledger(ledger) as editor:
            for claim_id, text in claims.items():
                editor.add_claim(f"c-{claim_id}", text)
        env = dict(os.environ, NO_COLOR="1", XDG_CACHE_HOME=str(Path(folder) / ".cache"))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger), "match"]
        command += ["--format", "jsonl"]
        if threshold is not None:
            command += ["--threshold", str(threshold)]
        done = subprocess.run(
            command,
            input="\n".join(headlines) + "\n",
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode not in (0, 3):
            sys.exit(f"claimtrack match failed ({done.returncode}):\n{done.stderr}")
        return [json.loads(line) for line in done.stdout.splitlines()]


def main() -> None:
    rows = [row for row in read_rows() if row["articleHeadline"].strip()]
    claims = {row["claimId"]: row["claimHeadline"] for row in rows}
    headlines = [" ".join(row["articleHeadline"].split()) for row in rows]
    print(f"Emergent train: {len(rows)} headlines about {len(claims)} claims")
    own = (
        f"match's own: {MATCH_THRESHOLD:g}, or {MATCH_FLOOR:g} and {MATCH_MARGIN:g} over the"
        " runner-up"
    )
    settings: tuple[tuple[float | None, str], ...] = (
        (None, own),
        (MATCH_THRESHOLD, "match's bar alone"),
        (DEFAULT_THRESHOLD, "the grouping threshold"),
    )
    for threshold, label in settings:
        print(f"\n{label}")
        for half in (0, 1):
            tracked = {c: t for c, t in claims.items() if half_of(c) == half}
            found = run_match(tracked, headlines, threshold)
            about = [row["claimId"] in tracked for row in rows]
            hits = sum(
                1
                for row, record, inside in zip(rows, found, about, strict=True)
                if inside and record["claim"] == f"c-{row['claimId']}"
            )
            nulls = sum(
                1
                for record, inside in zip(found, about, strict=True)
                if not inside and record["claim"] is None
            )
            inside_count = sum(about)
            print(
                f"  half {'AB'[half]} tracked: top-1 {hits / inside_count:.3f} "
                f"({hits}/{inside_count}), null on the other half's "
                f"{nulls / (len(rows) - inside_count):.3f} ({nulls}/{len(rows) - inside_count})"
            )
        found = run_match(claims, headlines, threshold)
        hits = sum(
            1
            for row, record in zip(rows, found, strict=True)
            if record["claim"] == f"c-{row['claimId']}"
        )
        print(f"  all claims tracked: top-1 {hits / len(rows):.3f} ({hits}/{len(rows)})")


if __name__ == "__main__":
    main()
