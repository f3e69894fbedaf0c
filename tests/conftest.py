"""Shared fixtures: every test gets its own cache directory and a plain environment."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimtrack.cli import main

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
EXAMPLE = REPO / "tests" / "example" / "claims.yaml"


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("CLAIMTRACK_LEDGER", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")


@dataclass(frozen=True)
class Run:
    """What one claimtrack run gave: exit code, stdout and stderr apart."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run claimtrack in-process with the given arguments, as `main` does for the shell."""

    def invoke(*args: str | Path) -> Run:
        with pytest.raises(SystemExit) as exited:
            main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        code = exited.value.code
        return Run(code if isinstance(code, int) else 1, out, err)

    return invoke


@pytest.fixture
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies of the example ledger and its articles in the current folder."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    shutil.copytree(REPO / "sources", tmp_path / "sources")
    return path


def assert_same_matches(pairs: Iterable[tuple[re.Pattern[str], str]], text: str) -> None:
    """Each fast pattern (opening on its first letter, looking behind it for what
    may not come before) finds in `text`, from any start, what its plain form
    (with the look-behind or word boundary first) finds."""
    for fast, plain in pairs:
        assert fast.pattern != plain
        reference = re.compile(plain, fast.flags)
        for start in (0, 1, 3):
            found = [m.regs for m in fast.finditer(text, start)]
            assert found == [m.regs for m in reference.finditer(text, start)]
