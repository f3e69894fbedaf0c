"""The same articles give the same ledger, whatever order Python's sets take that run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FNC1 = REPO.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"


def _dry_run(workspace: Path, seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--ledger", str(workspace / "claims.yaml"), "extract",
         str(workspace / "sources"), "--dry-run", "--format", "jsonl"],
        capture_output=True, text=True, env=environment, cwd=workspace, check=True,
    )  # fmt: skip
    return result.stdout


@pytest.mark.skipif(not FNC1.exists(), reason="needs ../shared/data/fnc1")
def test_extract_gives_the_same_statements_and_claims_under_any_hash_seed(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from fnc1 import load_bodies, write_articles
    finally:
        sys.path.pop(0)
    # Enough articles for grouping to meet ties between equally good claims.
    write_articles(tmp_path / "sources", list(load_bodies(FNC1))[:900])
    first = _dry_run(tmp_path, "1")
    assert first
    assert _dry_run(tmp_path, "2") == first
