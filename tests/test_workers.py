"""Worker processes of `extract --jobs N` end with the claimtrack that started them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "sources"
PROC = Path("/proc")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="needs /proc")
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for copy in range(60):
        for seed in SEEDS.glob("*.txt"):
            text = seed.read_text(encoding="utf-8")
            (sources / f"{copy:02d}-{seed.name}").write_text(f"Copy {copy}.\n{text}", "utf-8")
    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    parent = subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "extract", "--jobs", "2"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 30
        # With `--jobs 2`, the command's own process and one worker.
        while not workers and time.monotonic() < deadline and parent.poll() is None:
            workers = _children(parent.pid)
            time.sleep(0.05)
        assert workers, "no worker started"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)]
    finally:
        parent.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(sources)
