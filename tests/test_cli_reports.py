"""The reports a journalist reaches for: one party, a timeline, every statement.

Golden files in tests/golden/ hold their exact output on the example ledger
in every format; `UPDATE_GOLDEN=1 pytest tests/test_cli_reports.py` rewrites
them after a deliberate change.
"""

from __future__ import annotations

import json
import os
import textwrap
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


# -- timeline -------------------------------------------------------------------


@pytest.mark.parametrize("output_format", FORMATS)
def test_timeline_output_is_stable(run, ledger: Path, output_format: str) -> None:  # type: ignore[no-untyped-def]
    result = run("timeline", "nk-troops-in-russia", "--format", output_format)

    assert result.exit_code == 0
    assert result.stderr == ""
    assert_golden(f"timeline.{output_format}", result.stdout)


def test_timeline_marks_a_change_of_stance(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text(
        textwrap.dedent(
            """\
            version: 1
            sources:
              a:
                path: sources/a.md
                published: '2024-10-20'
                outlet: Yonhap
                sha256: aa
              b:
                path: sources/b.md
                published: '2024-11-17'
                sha256: bb
            claims:
              nk-troops-in-russia:
                text: North Korea has deployed troops to Russia
                statements:
                - party: Russia
                  stance: asserts
                  speaker: Moscow
                  cue: confirmed
                  source: b
                  line: 3
                  content: the troops are there
                  quote: Moscow confirmed the troops are there.
                - party: Russia
                  stance: denies
                  speaker: Moscow
                  cue: denied
                  source: a
                  line: 2
                  content: the reports
                  quote: Moscow denied the reports.
            """
        ),
        encoding="utf-8",
    )

    table = run("timeline", "nk-troops-in-russia", "--format", "table")
    records = [
        json.loads(line)
        for line in run("timeline", "troops", "-f", "jsonl").stdout.split("\n")
        if line
    ]

    assert table.exit_code == 0
    assert table.stdout.index("2024-10-20") < table.stdout.index("2024-11-17")
    assert "Russia asserts  (changed: was denies)" in table.stdout
    assert [(r["date"], r["stance"], r["changed_from"]) for r in records] == [
        ("2024-10-20", "denies", None),
        ("2024-11-17", "asserts", ["denies"]),
    ]


def test_timeline_of_an_unknown_claim_exits_3(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("timeline", "nk-troops-in-kursk")

    assert result.exit_code == 3
    assert "No such claim" in result.stderr
