"""What ships: the license the metadata names, and no test or tool droppings in the sdist."""

from __future__ import annotations

import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_license_file_ships_and_matches_the_metadata() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert "LICENSE" in project.get("license-files", ["LICENSE"])
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")


def test_the_sdist_holds_no_tool_droppings(tmp_path: Path) -> None:
    builders = pytest.importorskip("hatchling.builders.sdist")
    droppings = ROOT / ".hypothesis" / "examples"
    droppings.mkdir(parents=True, exist_ok=True)
    marker = droppings / "sdist-check"
    marker.write_text("x", encoding="utf-8")
    try:
        built = next(builders.SdistBuilder(str(ROOT)).build(directory=str(tmp_path)))
    finally:
        marker.unlink()
    with tarfile.open(built) as sdist:
        names = [name.split("/", 1)[1] for name in sdist.getnames() if "/" in name]
    assert "LICENSE" in names
    assert not [name for name in names if name.startswith((".hypothesis", ".venv", ".ci/venv"))]
    assert "claimtrack/cli.py" in names
