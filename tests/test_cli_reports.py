"""The reports a journalist reaches for: one party, a timeline, every statement.

Golden files in tests/golden/ hold their exact output on the example ledger
in every format; `UPDATE_GOLDEN=1 pytest tests/test_cli_reports.py` rewrites
them after a deliberate change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"

FORMATS = ["table", "json", "jsonl", "tsv", "yaml"]


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}; run with UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _fixed_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")


# -- party ----------------------------------------------------------------------


@pytest.mark.parametrize("output_format", FORMATS)
def test_party_output_is_stable(run, ledger: Path, output_format: str) -> None:  # type: ignore[no-untyped-def]
    result = run("party", "US", "--format", output_format)

    assert result.exit_code == 0
    assert result.stderr == ""
    assert_golden(f"party.{output_format}", result.stdout)


def test_party_takes_any_alias(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    by_alias = run("party", "Pyongyang", "--format", "json")
    by_name = run("party", "north korea", "--format", "json")

    assert by_alias.exit_code == 0
    assert json.loads(by_alias.stdout) == json.loads(by_name.stdout)
    document = json.loads(by_alias.stdout)
    assert document["party"] == "North Korea"
    assert document["kind"] == "state"
    assert {claim["claim"]: claim["stances"] for claim in document["claims"]} == {
        "nk-troops-in-russia": ["denies"],
        "nk-shells-for-russia": ["denies"],
    }


def test_party_unknown_exits_3_with_a_hint(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("party", "Rusia")

    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Russia" in result.stderr
    assert "claimtrack parties" in result.stderr
