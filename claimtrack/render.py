"""Print reports: one renderer per format, found through one registry.

Machine formats (`json`, `jsonl`, `tsv`, `yaml`) write plain text straight to
stdout and never import rich, so piping a large ledger stays fast and no
markup can leak into them. `table` is for people: rich tables and the
per-stance view of one claim. Messages go to stderr through a second console.
"""

from __future__ import annotations

import enum
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from claimtrack.model import Stance
from claimtrack.reports import Layout, Record, Report

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text


class Format(enum.StrEnum):
    """Output formats every data command accepts."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    TSV = "tsv"
    YAML = "yaml"


@dataclass
class Terminal:
    """Where output goes and how it may look; tests build one to fake a terminal."""

    stdout: TextIO
    stderr: TextIO
    interactive: bool
    color: bool
    width: int | None = None
    _consoles: dict[str, Console] = field(default_factory=dict, repr=False)

    @classmethod
    def from_process(cls) -> Terminal:
        """The real streams: colour only on a terminal and only without NO_COLOR."""
        interactive = sys.stdout.isatty()
        return cls(
            stdout=sys.stdout,
            stderr=sys.stderr,
            interactive=interactive,
            color=interactive and not os.environ.get("NO_COLOR"),
        )

    @property
    def out(self) -> Console:
        """The console for data (stdout)."""
        return self._console("out", self.stdout)

    @property
    def err(self) -> Console:
        """The console for messages (stderr)."""
        return self._console("err", self.stderr)

    def _console(self, name: str, file: TextIO) -> Console:
        if name not in self._consoles:
            from rich.console import Console

            self._consoles[name] = Console(
                file=file,
                width=self.width,
                no_color=not self.color,
                color_system="auto" if self.color else None,
                highlight=False,
                emoji=False,
            )
        return self._consoles[name]

    def say(self, message: str) -> None:
        """A message for the person at the keyboard, on stderr."""
        self._tell(message, "")

    def warn(self, message: str) -> None:
        self._tell(message, "yellow")

    def fail(self, message: str) -> None:
        self._tell(f"Error: {message}", "bold red")

    def _tell(self, message: str, style: str) -> None:
        from rich.text import Text

        self.err.print(Text(message, style=style), soft_wrap=True)


def render(report: Report, output_format: Format | None, terminal: Terminal) -> None:
    """Print `report` in `output_format`; without one, a table on a terminal and TSV in a pipe."""
    if output_format is None:
        output_format = Format.TABLE if terminal.interactive else Format.TSV
    RENDERERS[output_format](report, terminal)


# -- machine formats --------------------------------------------------------


def render_json(report: Report, terminal: Terminal) -> None:
    json.dump(report.document, terminal.stdout, ensure_ascii=False, indent=2)
    terminal.stdout.write("\n")


def render_jsonl(report: Report, terminal: Terminal) -> None:
    write = terminal.stdout.write
    for record in report.records:
        write(json.dumps(record, ensure_ascii=False))
        write("\n")


def render_tsv(report: Report, terminal: Terminal) -> None:
    write = terminal.stdout.write
    write("\t".join(report.columns) + "\n")
    for record in report.records:
        write("\t".join(tsv_field(record.get(column)) for column in report.columns) + "\n")


def render_yaml(report: Report, terminal: Terminal) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml.dump(
        report.document,
        terminal.stdout,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
    )


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def tsv_field(value: Any) -> str:
    """One TSV cell: lists joined by ", ", None empty, tabs and newlines escaped."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(tsv_field(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).translate(_TSV_ESCAPES)


# -- tables for people ------------------------------------------------------


def render_table(report: Report, terminal: Terminal) -> None:
    LAYOUTS[report.layout](report, terminal)


def _claims_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("id", "id", {"no_wrap": True, "style": "cyan"}),
            ("claim", "text", {"ratio": 3}),
            ("asserts", "asserts", {"ratio": 1, "style": "green"}),
            ("denies", "denies", {"ratio": 1, "style": "red"}),
            ("disputes", "disputes", {"ratio": 1, "style": "yellow"}),
            ("stmts", "statements", {"justify": "right"}),
            ("sources", "sources", {"justify": "right"}),
        ],
        empty="No claims match.",
    )


def _parties_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("party", "party", {"no_wrap": True, "style": "bold"}),
            ("aliases", "aliases", {"ratio": 1}),
            ("asserts", "asserts", {"justify": "right", "style": "green"}),
            ("denies", "denies", {"justify": "right", "style": "red"}),
            ("disputes", "disputes", {"justify": "right", "style": "yellow"}),
            ("stmts", "statements", {"justify": "right"}),
        ],
        empty="No parties yet.",
    )


def _sources_table(report: Report, terminal: Terminal) -> None:
    rows = [{**record, "note": _copy_note(record)} for record in report.records]
    _print_table(
        terminal,
        rows,
        [
            ("id", "id", {"no_wrap": True, "style": "cyan"}),
            ("published", "published", {"no_wrap": True}),
            ("outlet", "outlet", {}),
            ("title", "title", {"ratio": 2}),
            ("stmts", "statements", {"justify": "right"}),
            ("claims", "claims", {"justify": "right"}),
            ("note", "note", {"style": "yellow"}),
        ],
        empty="No sources yet.",
    )


def _copy_note(record: Record) -> str | None:
    return f"copy of {record['copy_of']}" if record.get("copy_of") else None


def _problems_lines(report: Report, terminal: Terminal) -> None:
    # Plain unwrapped lines, so editors and grep can jump to file:line:column.
    for record in report.records:
        terminal.stdout.write(
            f"{record['path']}:{record['line']}:{record['column']}: {record['message']}\n"
        )


def _print_table(
    terminal: Terminal,
    records: Sequence[Record],
    columns: Sequence[tuple[str, str, dict[str, Any]]],
    empty: str,
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if not records:
        terminal.say(empty)
        return
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for header, _, options in columns:
        table.add_column(header, **options)
    for record in records:
        table.add_row(*(Text(tsv_cell(record.get(key))) for _, key, _ in columns))
    terminal.out.print(table)


def tsv_cell(value: Any) -> str:
    """A table cell: lists joined by ", ", None empty; text kept as it is."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


# -- one claim, for a person ------------------------------------------------

_STANCE_STYLES = {
    Stance.ASSERTS: "bold green",
    Stance.DENIES: "bold red",
    Stance.DISPUTES: "bold yellow",
}
_NO_PARTY = "(no party)"


def _claim_view(report: Report, terminal: Terminal) -> None:
    from rich.padding import Padding
    from rich.text import Text

    claim = report.document
    console = terminal.out
    console.print(Text(claim["id"], style="bold cyan"))
    console.print(Text(claim["text"], style="bold"))
    console.print(
        Text(
            f"{_plural(claim['statements'], 'statement')} from {_plural(claim['sources'], 'source')}"
        )
    )
    for stance in Stance:
        groups = _statements_by_party(s for s in claim["statements"] if s["stance"] == stance)
        if not groups:
            continue
        console.print()
        console.print(Text(stance.value.upper(), style=_STANCE_STYLES[stance]))
        for party, statements in groups:
            console.print(Padding(Text(party, style="bold"), (0, 0, 0, 2)))
            for statement in statements:
                console.print(Padding(_statement_text(statement), (0, 0, 0, 4)))
    if not claim["statements"]:
        console.print()
        console.print(Text("No statements yet."))


def _statements_by_party(statements: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    groups: dict[str, list[Record]] = {}
    for statement in statements:
        groups.setdefault(statement["party"] or _NO_PARTY, []).append(statement)
    # Named parties alphabetically, then speakers that resolve to none.
    return sorted(groups.items(), key=lambda item: (item[0] == _NO_PARTY, item[0].casefold()))


def _statement_text(statement: Record) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    who = Text()
    who.append(statement["speaker"] or "(no speaker named)", style="italic")
    if statement["cue"]:
        who.append(" — ")
        who.append(statement["cue"], style="bold")
    quote = Text(f"“{statement['quote']}”")
    _mark_cue(quote, statement["cue"], offset=1)
    where = Text(_place(statement), style="dim")
    return Group(who, quote, where, Text())


def _mark_cue(quote: Text, cue: str | None, offset: int) -> None:
    """Underline the cue inside the quoted sentence, so the eye finds the verb."""
    if not cue:
        return
    start = quote.plain.casefold().find(cue.casefold(), offset)
    if start >= 0:
        quote.stylize("bold underline", start, start + len(cue))


def _place(statement: Record) -> str:
    where = statement["title"] or statement["url"] or statement["path"] or statement["source"]
    return f"{where}, line {statement['line']}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


LAYOUTS: dict[Layout, Callable[[Report, Terminal], None]] = {
    Layout.CLAIMS: _claims_table,
    Layout.CLAIM: _claim_view,
    Layout.PARTIES: _parties_table,
    Layout.SOURCES: _sources_table,
    Layout.PROBLEMS: _problems_lines,
}

RENDERERS: dict[Format, Callable[[Report, Terminal], None]] = {
    Format.TABLE: render_table,
    Format.JSON: render_json,
    Format.JSONL: render_jsonl,
    Format.TSV: render_tsv,
    Format.YAML: render_yaml,
}
