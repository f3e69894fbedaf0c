"""Renderers: every format prints the same records; machine output stays plain."""

from __future__ import annotations

import io
import json

import pytest
import yaml

from claimtrack.model import Claim, Ledger, Problem, Source, Stance, Statement
from claimtrack.render import RENDERERS, Format, Terminal, render, tsv_field
from claimtrack.reports import list_report, problems_report, show_report, statements_report

QUOTE = (
    "“We believe that the DPRK [Democratic People’s Republic of Korea] has sent around 10,000 "
    "soldiers in total to train in eastern Russia,” Deputy Pentagon press secretary Sabrina "
    "Singh told journalists."
)


def fake_terminal(*, interactive: bool = False, color: bool = False, width: int = 100) -> Terminal:
    return Terminal(io.StringIO(), io.StringIO(), interactive=interactive, color=color, width=width)


def printed(terminal: Terminal) -> str:
    assert isinstance(terminal.stdout, io.StringIO)
    return terminal.stdout.getvalue()


@pytest.fixture
def ledger() -> Ledger:
    statement = Statement(
        stance=Stance.ASSERTS,
        quote=QUOTE,
        content="the DPRK has sent around 10,000 soldiers",
        source="004_newsweek",
        line=6,
        party="United States",
        speaker="Deputy Pentagon press secretary Sabrina Singh",
        cue="told journalists",
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote="Pyongyang has also rejected accusations\tby the US.",
        content="the Northeast Asian nation is sending troops to Russia",
        source="004_newsweek",
        line=9,
        party="North Korea",
        speaker="Pyongyang",
        cue="rejected accusations",
    )
    return Ledger(
        path="claims.yaml",
        sources=(
            Source("004_newsweek", "sources/004_newsweek.txt", "ff", title="[bold]Troops[/]"),
        ),
        claims=(Claim("nk-troops", "North Korea sent [troops] to Russia", (statement, denial)),),
    )


def test_without_format_a_terminal_gets_a_table_and_a_pipe_gets_tsv(ledger: Ledger) -> None:
    piped, interactive = fake_terminal(), fake_terminal(interactive=True)

    render(list_report(ledger), None, piped)
    render(list_report(ledger), None, interactive)

    assert printed(piped).startswith("id\ttext\tasserts\tdenies\tdisputes\tstatements\tsources\t")
    assert "nk-troops" in printed(interactive)
    assert "\t" not in printed(interactive)


def test_json_and_yaml_print_the_same_document(ledger: Ledger) -> None:
    as_json, as_yaml = fake_terminal(), fake_terminal()

    render(show_report(ledger, ledger.claims[0]), Format.JSON, as_json)
    render(show_report(ledger, ledger.claims[0]), Format.YAML, as_yaml)

    document = json.loads(printed(as_json))
    assert yaml.safe_load(printed(as_yaml)) == document
    assert document["statements"][0]["quote"] == QUOTE
    assert "\u2019" in printed(as_json)  # readable text, not \\u escapes


def test_jsonl_prints_one_record_per_line(ledger: Ledger) -> None:
    terminal = fake_terminal()

    render(show_report(ledger, ledger.claims[0]), Format.JSONL, terminal)

    lines = printed(terminal).splitlines()
    assert [json.loads(line)["stance"] for line in lines] == ["asserts", "denies"]
    assert json.loads(lines[0])["claim"] == "nk-troops"


def test_tsv_escapes_tabs_and_newlines_and_joins_lists() -> None:
    assert tsv_field("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert tsv_field(["Russia", "North Korea"]) == "Russia, North Korea"
    assert tsv_field(None) == ""
    assert tsv_field(3) == "3"


def test_tsv_rows_have_as_many_cells_as_the_header(ledger: Ledger) -> None:
    terminal = fake_terminal()

    render(show_report(ledger, ledger.claims[0]), Format.TSV, terminal)

    header, *rows = printed(terminal).splitlines()
    assert len(rows) == 2
    assert all(row.count("\t") == header.count("\t") for row in rows)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stdout_tty", [True, False])
def test_messages_are_coloured_only_when_stderr_is_a_terminal(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch, stdout_tty: bool
) -> None:
    import sys

    # `claimtrack show CLAIM 2>log` on a terminal: the table in colour, the log plain;
    # `claimtrack list | less` with stderr on the terminal: the warning in colour.
    monkeypatch.delenv("NO_COLOR", raising=False)
    stdout, stderr = (_Tty(), io.StringIO()) if stdout_tty else (io.StringIO(), _Tty())
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    terminal = Terminal.from_process()

    render(show_report(ledger, ledger.claims[0]), Format.TABLE, terminal)
    terminal.warn("Warning: a source could not be read")

    assert ("\x1b[" in stdout.getvalue()) is stdout_tty
    assert ("\x1b[" in stderr.getvalue()) is not stdout_tty
    assert "Warning: a source could not be read" in stderr.getvalue()


@pytest.mark.parametrize("output_format", list(Format))
def test_no_colour_or_markup_reaches_a_pipe(ledger: Ledger, output_format: Format) -> None:
    terminal = fake_terminal(color=False)

    render(show_report(ledger, ledger.claims[0]), output_format, terminal)

    out = printed(terminal)
    assert "\x1b[" not in out
    # Square brackets in quotes and titles are text, never rich markup.
    assert "[Democratic People\u2019s Republic of Korea]" in out or output_format is Format.TSV
    if output_format is Format.TABLE:
        assert "[bold]Troops[/]" in out
        assert "[troops]" in out


def test_colour_reaches_only_the_human_table(ledger: Ledger) -> None:
    table, as_json = fake_terminal(color=True), fake_terminal(color=True)

    render(show_report(ledger, ledger.claims[0]), Format.TABLE, table)
    render(show_report(ledger, ledger.claims[0]), Format.JSON, as_json)

    assert "\x1b[" in printed(table)
    assert "\x1b[" not in printed(as_json)


def test_show_table_groups_statements_by_stance_then_party(ledger: Ledger) -> None:
    terminal = fake_terminal(width=200)

    render(show_report(ledger, ledger.claims[0]), Format.TABLE, terminal)

    out = printed(terminal)
    assert out.index("ASSERTS") < out.index("United States") < out.index("DENIES")
    assert out.index("DENIES") < out.index("  North Korea\n") < out.index("- Pyongyang (rejected")
    assert "[bold]Troops[/], line 6" in out
    assert "DISPUTES" not in out


def test_problems_print_as_file_line_column_lines_however_long() -> None:
    message = "unknown stance 'deny' (expected asserts, denies or disputes) " * 3
    terminal = fake_terminal(width=40)

    render(problems_report([Problem("claims.yaml", 42, 5, message)]), Format.TABLE, terminal)

    assert printed(terminal) == f"claims.yaml:42:5: {message}\n"


def test_an_empty_table_says_so_on_stderr() -> None:
    terminal = fake_terminal()

    render(list_report(Ledger(path="claims.yaml")), Format.TABLE, terminal)

    assert printed(terminal) == ""
    assert isinstance(terminal.stderr, io.StringIO)
    assert "No claims yet." in terminal.stderr.getvalue()


def test_every_format_has_a_renderer() -> None:
    assert set(RENDERERS) == set(Format)


def test_list_on_a_narrow_terminal_keeps_each_claim_id_whole(ledger: Ledger) -> None:
    long_id = "city-council-approved-new-harbour-bridge-budget"
    claim = Claim(long_id, "The city council approved the budget", ledger.claims[0].statements)
    narrow = Ledger(path="claims.yaml", sources=ledger.sources, claims=(claim,))
    terminal = fake_terminal(width=80)

    render(list_report(narrow), Format.TABLE, terminal)

    out = printed(terminal)
    assert long_id in out
    assert "asserts: United States" in out and "denies: North Korea" in out
    assert out.index(long_id) < out.index("The city council") < out.index("asserts:")


def test_list_on_a_wide_terminal_keeps_positions_in_their_own_column(ledger: Ledger) -> None:
    terminal = fake_terminal(width=100)

    render(list_report(ledger), Format.TABLE, terminal)

    header = printed(terminal).splitlines()[0].split()
    assert header == ["claim", "positions", "stmts", "srcs"]


def test_statements_on_a_narrow_terminal_keep_each_claim_id_whole(ledger: Ledger) -> None:
    long_id = "city-council-approved-new-harbour-bridge-budget"
    claim = Claim(long_id, "The city council approved the budget", ledger.claims[0].statements)
    narrow = Ledger(path="claims.yaml", sources=ledger.sources, claims=(claim,))
    terminal = fake_terminal(width=80)

    render(statements_report(narrow), Format.TABLE, terminal)

    out = printed(terminal)
    assert out.count(long_id) == 2
    assert out.index("Sabrina Singh told") < out.index(long_id)


def test_statements_on_a_wide_terminal_keep_the_claim_column(ledger: Ledger) -> None:
    terminal = fake_terminal(width=100)

    render(statements_report(ledger), Format.TABLE, terminal)

    assert printed(terminal).splitlines()[0].split() == ["who", "says", "claim"]


def test_match_on_a_narrow_terminal_keeps_each_claim_id_whole() -> None:
    from claimtrack.pipeline import MatchResult
    from claimtrack.reports import match_report

    long_id = "city-council-approved-new-harbour-bridge-budget"
    said = Statement(
        stance=Stance.DENIES,
        quote="The mayor denied the council approved the budget",
        content="the council approved the budget",
        source="",
        line=1,
        speaker="The mayor",
        cue="denied",
    )
    result = MatchResult(
        said.quote,
        long_id,
        "The city council approved the budget",
        81.0,
        said,
        ((long_id, "The city council approved the budget", 81.0),),
    )
    for width in (80, 100):
        terminal = fake_terminal(width=width)

        render(match_report([result], top=1), Format.TABLE, terminal)

        out = printed(terminal)
        assert out.count(long_id) == 2, width
        assert "The mayor" in out and "81" in out
    # Too narrow for the id: it folds, and the score column is still there.
    terminal = fake_terminal(width=60)
    render(match_report([result], top=1), Format.TABLE, terminal)
    assert printed(terminal).splitlines()[0].split()[-1] == "score"


def test_show_on_80_columns_keeps_a_long_title_and_its_line_on_one_line(ledger: Ledger) -> None:
    title = "Biden calls on Xi to use China's clout to prevent NK troop dispatch to Russia, warns"
    titled = Ledger(
        path="claims.yaml",
        sources=(Source("004_newsweek", "sources/004_newsweek.txt", "ff", title=title),),
        claims=ledger.claims,
    )
    terminal = fake_terminal(width=80)

    render(show_report(titled, titled.claims[0]), Format.TABLE, terminal)

    places = [line for line in printed(terminal).splitlines() if "Biden calls" in line]
    assert len(places) == 2  # one per statement
    assert all(line.rstrip().endswith((", line 6", ", line 9")) for line in places)
