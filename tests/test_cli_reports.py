"""The reports a journalist reaches for: one party, a timeline, every statement.

Golden files in tests/golden/ hold their exact output on the example ledger
in every format; `UPDATE_GOLDEN=1 pytest tests/test_cli_reports.py` rewrites
them after a deliberate change.
"""

from __future__ import annotations

import csv
import io
import json
import os
import textwrap
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"

FORMATS = ["table", "json", "jsonl", "tsv", "csv", "yaml"]


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    # Bytes, not text: CSV ends its lines with CRLF, as RFC 4180 and spreadsheets want.
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"no golden file {name}; run with UPDATE_GOLDEN=1 to create it"
    assert text == path.read_bytes().decode("utf-8")


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
    assert "Russia (state) asserts  (changed: was denies)" in table.stdout
    assert [(r["date"], r["stance"], r["changed_from"]) for r in records] == [
        ("2024-10-20", "denies", None),
        ("2024-11-17", "asserts", ["denies"]),
    ]


def test_timeline_of_an_unknown_claim_exits_3(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("timeline", "nk-troops-in-kursk")

    assert result.exit_code == 3
    assert "No such claim" in result.stderr


# -- statements and csv -----------------------------------------------------------


@pytest.mark.parametrize("output_format", FORMATS)
def test_statements_output_is_stable(run, ledger: Path, output_format: str) -> None:  # type: ignore[no-untyped-def]
    result = run("statements", "--claim", "nk-shells-for-russia", "--format", output_format)

    assert result.exit_code == 0
    assert result.stderr == ""
    assert_golden(f"statements.{output_format}", result.stdout)


@pytest.mark.parametrize("command", [("list",), ("show", "nk-troops-in-russia")])
def test_list_and_show_as_csv_are_stable(run, ledger: Path, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run(*command, "--format", "csv")

    assert result.exit_code == 0
    assert_golden(f"{command[0]}.csv", result.stdout)


def test_csv_reads_back_as_the_tsv_columns(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    as_csv = run("statements", "--format", "csv").stdout
    as_json = json.loads(run("statements", "--format", "json").stdout)

    rows = list(csv.DictReader(io.StringIO(as_csv, newline="")))
    assert len(rows) == len(as_json) > 10
    # Commas, quotes and line breaks in quotes survive; lists read as "a, b"; None as "".
    for row, record in zip(rows, as_json, strict=True):
        assert row["quote"] == record["quote"]
        assert row["url"] == (record["url"] or "")
        assert row["line"] == str(record["line"])


def test_statements_filters_apply_to_each_statement(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    def rows(*args: str) -> list[dict[str, object]]:
        result = run("statements", *args, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return list(json.loads(result.stdout))

    russia = rows("--party", "Kremlin")
    assert russia and {row["party"] for row in russia} == {"Russia"}
    denials = rows("--stance", "denies")
    assert denials and {row["stance"] for row in denials} == {"denies"}
    assert {row["claim"] for row in rows("--claim", "artillery shells")} == {"nk-shells-for-russia"}
    kursk = rows("--search", "kursk")
    assert kursk and all("kursk" in str(row["quote"]).casefold() for row in kursk)
    source = rows("--source", "001_ff3e6cace46791f7")
    assert source and {row["source"] for row in source} == {"001_ff3e6cace46791f7"}
    contested = {row["claim"] for row in rows("--contested")}
    assert "nk-troops-in-russia" in contested
    assert "us-military-intimidation-of-nk" not in contested
    both = rows("--party", "Russia", "--stance", "denies")
    assert [(row["claim"], row["speaker"]) for row in both] == [
        ("nk-shells-for-russia", "Moscow and Pyongyang")
    ]


def test_statements_of_an_unknown_source_or_claim(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("statements", "--source", "009_x").exit_code == 3
    assert run("statements", "--claim", "nk-troops-in-kursk").exit_code == 3
    assert run("statements", "--format", "xml").exit_code == 2


@pytest.mark.parametrize(
    "filters",
    [("--search", "zzzz"), ("--party", "Nobody"), ("--party", "Russia", "--stance", "asserts")],
)
def test_statements_that_match_nothing_exit_3_as_list_does(  # type: ignore[no-untyped-def]
    run, ledger: Path, filters: tuple[str, ...]
) -> None:
    # A script tells "nothing found" from an answer by the status, whichever command it asks.
    statements = run("statements", *filters, "--format", "json")
    claims = run("list", *filters, "--format", "json")

    assert statements.exit_code == claims.exit_code == 3
    assert json.loads(statements.stdout) == []
    assert statements.stderr.startswith("Error: ")


def test_statements_of_a_claim_with_none_yet_exit_3_and_say_so(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("add", "The ferry to the island runs twice a day", "--id", "ferry").exit_code == 0

    result = run("statements", "--claim", "ferry", "--format", "json")

    assert result.exit_code == 3
    assert json.loads(result.stdout) == []
    assert "ferry has no statements" in result.stderr


def test_statements_without_filters_on_an_empty_ledger_exit_0(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0

    result = run("statements", "--format", "json")

    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_party_that_holds_no_position_exits_3(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(
        textwrap.dedent(
            """\
            version: 1
            parties:
              Harbour Board:
                aliases: [the board]
            sources: {}
            claims:
              ferry-runs-twice:
                text: The ferry to the island runs twice a day
            """
        ),
        encoding="utf-8",
    )

    result = run("party", "the board", "--format", "json")

    assert result.exit_code == 3
    assert json.loads(result.stdout) == {
        "party": "Harbour Board",
        "kind": "organisation",
        "claims": [],
    }
    assert "Harbour Board holds no position" in result.stderr
    assert run("list", "--party", "the board").exit_code == 3


# -- report --html ------------------------------------------------------------------


def test_statements_show_and_timeline_give_each_partys_kind(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [json.loads(line) for line in run("statements", "--format", "jsonl").stdout.splitlines()]
    shown = json.loads(run("show", "nk-shells-for-russia", "--format", "json").stdout)
    timeline = json.loads(run("timeline", "nk-shells-for-russia", "--format", "json").stdout)

    kinds = {row["party"]: row["kind"] for row in rows}
    assert kinds["United States"] == "state"
    assert kinds.get(None) is None  # a speaker with no party has no kind either
    assert {s["party"]: s["kind"] for s in shown["statements"]}["Russia"] == "state"
    assert {t["party"]: t["kind"] for t in timeline["timeline"]}["North Korea"] == "state"
    assert run("statements", "--format", "tsv").stdout.splitlines()[0].endswith("\tkind")


def test_report_without_a_page_says_how_to_ask_for_one(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("report")

    assert result.exit_code == 2
    assert "claimtrack report --html report.html" in result.stderr
    assert "Missing option" not in result.stderr
    assert list(ledger.parent.glob("*.html")) == []


def test_report_to_a_dash_prints_the_page_and_makes_no_file(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("report", "--html", "-")

    assert result.exit_code == 0
    assert result.stdout.lower().startswith("<!doctype html>")
    assert result.stdout.rstrip().endswith("</html>")
    assert 'href="sources/' in result.stdout  # files linked from where the command ran
    assert "stdout" in result.stderr
    assert sorted(path.name for path in ledger.parent.iterdir()) == ["claims.yaml", "sources"]


def test_report_into_a_missing_folder_names_the_folder_and_exits_2(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    page = ledger.parent / "drafts" / "week-12" / "report.html"

    result = run("report", "--html", page)

    assert result.exit_code == 2
    assert str(page) in result.stderr
    assert "no folder" in result.stderr
    assert ".tmp" not in result.stderr
    assert "Errno" not in result.stderr
    assert not page.parent.exists()


def test_report_that_cannot_be_written_says_why_and_leaves_nothing(  # type: ignore[no-untyped-def]
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def full_disk(self: Path, *args: object, **kwargs: object) -> int:
        self.open("w").close()  # the start of a file, as a full disk leaves it
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(Path, "write_text", full_disk)
    page = ledger.parent / "report.html"

    result = run("report", "--html", page)

    assert result.exit_code == 1
    assert f"Cannot write {page}: No space left on device" in result.stderr
    assert ".tmp" not in result.stderr
    assert sorted(path.name for path in ledger.parent.iterdir()) == ["claims.yaml", "sources"]


@pytest.mark.parametrize(
    "command",
    [
        ("list",),
        ("show", "nk-troops-in-russia"),
        ("timeline", "nk-troops-in-russia"),
        ("statements",),
        ("party", "Russia"),
        ("parties",),
        ("sources",),
    ],
)
def test_csv_and_tsv_name_each_column_once(run, ledger: Path, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    # A spreadsheet or DictReader keeps only one of two columns of the same name.
    for output_format, delimiter in (("csv", ","), ("tsv", "\t")):
        result = run(*command, "--format", output_format)
        assert result.exit_code == 0, result.stderr
        header = next(csv.reader(io.StringIO(result.stdout), delimiter=delimiter))
        assert len(header) == len(set(header)), header


def test_report_counts_one_claim_as_one(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    assert run("add", "The ferry to the island runs twice a day").exit_code == 0

    result = run("report", "--html", "report.html")

    assert result.exit_code == 0
    assert result.stderr.strip() == "Wrote report.html: 1 claim by 0 parties."


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("Rusia", "Russia"),
        ("Chinese", "China"),
        ("State", "United States"),
    ],
)
def test_an_unknown_party_suggests_the_party_meant(
    run, ledger: Path, asked: str, meant: str
) -> None:  # type: ignore[no-untyped-def]
    result = run("party", asked)

    assert result.exit_code == 3
    assert f"Did you mean '{meant}'?" in result.stderr


@pytest.mark.parametrize("asked", ["UN", "EU", "AP", "the", "Bob"])
def test_an_unknown_party_suggests_none_that_only_holds_its_letters(  # type: ignore[no-untyped-def]
    run, ledger: Path, asked: str
) -> None:
    # The UN is not the United States, nor AP Japan: no hint beats a wrong one.
    for args in (("party", asked), ("list", "--party", asked)):
        result = run(*args)

        assert result.exit_code == 3
        assert f"No party '{asked}' in the ledger." in result.stderr
        assert "Did you mean" not in result.stderr
