"""Print reports: one renderer per format, found through one registry.

Machine formats (`json`, `jsonl`, `tsv`, `yaml`) write plain text straight to
stdout and never import rich, so piping a large ledger stays fast and no
markup can leak into them. `table` is for people: rich tables and the
per-stance view of one claim. Messages go to stderr through a second console.
"""

from __future__ import annotations

import enum
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TextIO, cast

from claimtrack.errors import OutputClosed
from claimtrack.model import Stance
from claimtrack.reports import Layout, Record, Report

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from claimtrack.pipeline import ExtractSummary, ProgressFn


class Format(enum.StrEnum):
    """Output formats every data command accepts."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    TSV = "tsv"
    CSV = "csv"
    YAML = "yaml"


@dataclass
class Terminal:
    """Where output goes and how it may look; tests build one to fake a terminal."""

    stdout: TextIO
    stderr: TextIO
    interactive: bool
    color: bool
    width: int | None = None
    # A progress bar only when a person watches stderr: in a pipe or a log it is noise.
    live: bool = False
    # Colour for messages on stderr, which may be a file while stdout is a
    # terminal (`2>log`) or the other way round; None: as `color` says.
    err_color: bool | None = None
    _consoles: dict[str, Console] = field(default_factory=dict, repr=False)

    @classmethod
    def from_process(cls) -> Terminal:
        """The real streams: colour only on a terminal and only without NO_COLOR,
        each stream by whether it is one."""
        interactive = sys.stdout.isatty()
        plain = bool(os.environ.get("NO_COLOR"))
        return cls(
            stdout=sys.stdout,
            stderr=sys.stderr,
            interactive=interactive,
            color=interactive and not plain,
            live=sys.stderr.isatty(),
            err_color=sys.stderr.isatty() and not plain,
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

            color = self.color if name == "out" or self.err_color is None else self.err_color
            self._consoles[name] = Console(
                file=file,
                width=self.width,
                no_color=not color,
                color_system="auto" if color else None,
                force_terminal=color or None,
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

    @contextmanager
    def progress(self, description: str) -> Iterator[ProgressFn | None]:
        """A progress bar on stderr while the block runs, or None when nobody watches.

        The bar disappears when done, so only the summary after it stays.
        """
        if not self.live:
            yield None
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("[dim]{task.fields[item]}"),
            console=self.err,
            transient=True,
        ) as bar:
            task = bar.add_task(description, total=None, item="")
            from claimtrack.pipeline import FILING

            def advance(done: int, total: int, item: str) -> None:
                if item == FILING:
                    # Every article read: the bar says what the run waits for now.
                    bar.update(task, completed=done, total=total, description="Filing", item="")
                    return
                bar.update(task, completed=done, total=total, item=item)

            yield advance

    def _tell(self, message: str, style: str) -> None:
        from rich.text import Text

        self.err.print(Text(message, style=style), soft_wrap=True)


def render(report: Report, output_format: Format | None, terminal: Terminal) -> None:
    """Print `report` in `output_format`; without one, a table on a terminal and TSV in a pipe.

    On a stdout whose encoding cannot hold every character (`PYTHONIOENCODING=ascii`,
    a Latin-1 locale), JSON and YAML escape what it cannot hold, losing nothing; the
    other formats print it as `?`, with a warning on stderr.
    """
    if output_format is None:
        output_format = Format.TABLE if terminal.interactive else Format.TSV
    narrow = None if holds_unicode(terminal.stdout) else _Replacing(terminal.stdout)
    if narrow is not None:
        terminal = replace(terminal, stdout=cast("TextIO", narrow), _consoles={})
    try:
        RENDERERS[output_format](report, terminal)
        terminal.stdout.flush()
    except BrokenPipeError:
        # The reader has all it wanted (`claimtrack list | head -1`): not a failure.
        raise OutputClosed() from None
    if narrow is not None and narrow.replaced:
        terminal.warn(
            f"Warning: the output's encoding ({narrow.encoding}) cannot show some "
            "characters; they are printed as ?. Use a UTF-8 locale or set "
            "PYTHONIOENCODING=utf-8 to see them, or --format json, which escapes them."
        )


def holds_unicode(stream: TextIO) -> bool:
    """Whether `stream`'s encoding can write every character (UTF-8 and its kin)."""
    import codecs

    try:
        name = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
    except LookupError:
        return False
    return name.startswith("utf") or name == "gb18030"


class _Replacing:
    """A text stream that writes `?` for what its encoding cannot hold, and notes it did."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "ascii"
        self.replaced = False

    def write(self, text: str) -> int:
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            text = text.encode(self.encoding, errors="replace").decode(self.encoding)
            self.replaced = True
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


# -- machine formats --------------------------------------------------------


def render_json(report: Report, terminal: Terminal) -> None:
    document = report.document
    wide = holds_unicode(terminal.stdout)
    if not isinstance(document, list):
        terminal.stdout.write(json.dumps(document, ensure_ascii=not wide, indent=2) + "\n")
        return
    # A list prints one record per line: still readable and greppable, and
    # encoded by json's C encoder, which indent= would switch off.
    if not document:
        terminal.stdout.write("[]\n")
        return
    lines = map((_JSON_LINE if wide else _JSON_ASCII_LINE).encode, document)
    terminal.stdout.write("[\n")
    _write_lines(terminal, lines, separator=",\n", end="\n]\n")


def render_jsonl(report: Report, terminal: Terminal) -> None:
    encoder = _JSON_LINE if holds_unicode(terminal.stdout) else _JSON_ASCII_LINE
    _write_lines(terminal, map(encoder.encode, report.records))


# One encoder for every line: `json.dumps` with options builds a new one per call.
_JSON_LINE = json.JSONEncoder(ensure_ascii=False)
# For a stdout that cannot hold every character: \u escapes, which JSON readers undo.
_JSON_ASCII_LINE = json.JSONEncoder(ensure_ascii=True)


# Columns whose items may contain ", " themselves ("Korea, Democratic People's
# Republic of", "Washington, D.C."): TSV and CSV join them with this instead,
# which no built-in alias contains, so a script can split the cell.
ALIAS_SEPARATOR = "; "
_ALIAS_COLUMNS = frozenset({"aliases"})


def _separator(column: str) -> str:
    return ALIAS_SEPARATOR if column in _ALIAS_COLUMNS else ", "


def column_value(record: Record, column: str) -> Any:
    """A record's value for a TSV/CSV column: `no_party.denies` is `denies` of its `no_party`."""
    if "." in column and column not in record:
        outer, _, inner = column.partition(".")
        nested = record.get(outer)
        return nested.get(inner) if isinstance(nested, dict) else None
    return record.get(column)


def render_tsv(report: Report, terminal: Terminal) -> None:
    columns = report.columns
    separators = [_separator(column) for column in columns]
    rows = (
        "\t".join(
            tsv_field(column_value(record, column), separator)
            for column, separator in zip(columns, separators, strict=True)
        )
        for record in report.records
    )
    _write_lines(terminal, itertools.chain(["\t".join(columns)], rows))


def render_csv(report: Report, terminal: Terminal) -> None:
    """Comma-separated values for spreadsheets: the TSV columns, quoted as RFC 4180 wants."""
    import csv
    import io

    columns = report.columns
    separators = [_separator(column) for column in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for number, record in enumerate(report.records, 1):
        writer.writerow(
            [
                csv_field(column_value(record, column), separator)
                for column, separator in zip(columns, separators, strict=True)
            ]
        )
        if number % 1000 == 0:  # memory bounded however long the list
            terminal.stdout.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
    terminal.stdout.write(buffer.getvalue())


def csv_field(value: Any, separator: str = ", ") -> str:
    """One CSV cell: lists joined by `separator`, None empty, text as it is (csv quotes it).

    A `match` candidate is its claim id and score, as in TSV: "nk-troops-in-russia (64.2)".
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return separator.join(csv_field(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict) and "claim" in value and "score" in value:
        return f"{value['claim']} ({value['score']})"  # a `match` candidate
    return str(value)


def _write_lines(
    terminal: Terminal,
    lines: Iterable[str],
    separator: str = "\n",
    end: str = "\n",
    batch: int = 1000,
) -> None:
    """Stream lines in batches: few writes, and memory bounded however long the list."""
    iterator = iter(lines)
    chunk = list(itertools.islice(iterator, batch))
    while chunk:
        following = list(itertools.islice(iterator, batch))
        terminal.stdout.write(separator.join(chunk) + (separator if following else end))
        chunk = following


def render_yaml(report: Report, terminal: Terminal) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml.dump(
        report.document,
        terminal.stdout,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=holds_unicode(terminal.stdout),  # else escaped, as JSON is
        default_flow_style=False,
    )


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def tsv_field(value: Any, separator: str = ", ") -> str:
    """One TSV cell: lists joined by `separator`, None empty, tabs and newlines escaped.

    A `match` candidate is its claim id and score: "nk-troops-in-russia (64.2)".
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return separator.join(tsv_field(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict) and "claim" in value and "score" in value:
        return f"{value['claim']} ({value['score']})"  # a `match` candidate
    return str(value).translate(_TSV_ESCAPES)


# -- tables for people ------------------------------------------------------

_STANCE_STYLES = {
    Stance.ASSERTS: "bold green",
    Stance.DENIES: "bold red",
    Stance.DISPUTES: "bold yellow",
}


def render_table(report: Report, terminal: Terminal) -> None:
    LAYOUTS[report.layout](report, terminal)


def _claims_table(report: Report, terminal: Terminal) -> None:
    counts = [("stmts", _field("statements")), ("srcs", _sources_count)]
    if _ids_would_break(report.records, terminal, counts):
        # A narrow terminal: the positions go under the claim's text, so its
        # id keeps a line of its own rather than being cut mid-word.
        claim_columns = [("claim", _claim_and_positions_cell, {"ratio": 1, "overflow": "fold"})]
    else:
        claim_columns = [
            ("claim", _claim_cell, {"ratio": 3, "overflow": "fold"}),
            ("positions", _positions_cell, {"ratio": 2}),
        ]
    _print_table(
        terminal,
        report.records,
        [
            *claim_columns,
            *((header, cell, {"justify": "right", "no_wrap": True}) for header, cell in counts),
        ],
        empty="No claims yet.",
    )


def _ids_would_break(
    records: Sequence[Record], terminal: Terminal, counts: Sequence[tuple[str, Cell]]
) -> bool:
    """Whether the claim column, at three fifths of what the count columns
    leave, is narrower than the longest claim id."""
    if not records:
        return False
    counts_width = sum(
        max(len(header), *(len(cell(record).plain) for record in records))
        for header, cell in counts
    )
    # Two spaces between each pair of the four columns, and some slack.
    room = terminal.out.width - counts_width - 8
    return max(len(record["id"]) for record in records) > room * 3 // 5


def _claim_and_positions_cell(record: Record) -> Text:
    cell = _claim_cell(record)
    positions = _positions_cell(record)
    if positions:
        cell.append("\n")
        cell.append_text(positions)
    return cell


def _sources_count(record: Record) -> Text:
    """Sources citing the claim; wire copies make it more than the independent ones."""
    from rich.text import Text

    independent = record["independent_sources"]
    if independent == record["sources"]:
        return Text(str(record["sources"]))
    return Text(f"{record['sources']} ({independent} indep.)")


def _claim_cell(record: Record) -> Text:
    from rich.text import Text

    return Text.assemble((record["id"], "bold cyan"), "\n", record["text"])


def _positions_cell(record: Record) -> Text:
    from rich.text import Text

    cell = Text()
    no_party = record.get("no_party") or {}
    for stance in Stance:
        parties, others = record[stance.value], no_party.get(stance.value, 0)
        if parties or others:
            cell.append("\n" if cell else "")
            cell.append(f"{stance.value}:", style=_STANCE_STYLES[stance])
            cell.append(" " + ", ".join(parties))
            if others:
                # Speakers with no party ("an official", "sources"): counted, never dropped.
                cell.append(", " if parties else "")
                cell.append(f"{others} with no party", style="dim")
    return cell


def _parties_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("party", _field("party", "bold"), {}),
            ("kind", _field("kind", "dim"), {}),
            ("aliases", _aliases_cell, {"ratio": 1}),
            ("asserts", _field("asserts", "green"), {"justify": "right"}),
            ("denies", _field("denies", "red"), {"justify": "right"}),
            ("disputes", _field("disputes", "yellow"), {"justify": "right"}),
            ("stmts", _field("statements"), {"justify": "right"}),
        ],
        empty="No parties yet.",
    )
    if report.records and report.note:
        from rich.text import Text

        _print(terminal, Text(), Text(report.note, style="dim"))


_ALIASES_SHOWN = 8


def _aliases_cell(record: Record) -> Text:
    """The first few aliases; the rest are in the machine formats."""
    from rich.text import Text

    aliases = record["aliases"]
    cell = Text(", ".join(aliases[:_ALIASES_SHOWN]))
    if len(aliases) > _ALIASES_SHOWN:
        cell.append(f" and {len(aliases) - _ALIASES_SHOWN} more", style="dim")
    return cell


def _sources_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("source", _source_cell, {"ratio": 1, "overflow": "fold"}),
            ("stmts", _field("statements"), {"justify": "right", "no_wrap": True}),
            ("claims", _field("claims"), {"justify": "right", "no_wrap": True}),
        ],
        empty="No sources yet.",
    )


def _source_cell(record: Record) -> Text:
    from rich.text import Text

    cell = Text(record["id"], style="bold cyan")
    for line in (record["title"] or record["url"] or record["path"], _byline(record)):
        if line:
            cell.append("\n" + line)
    if record["copy_of"]:
        cell.append(f"\ncopy of {record['copy_of']}", style="yellow")
    return cell


def _byline(record: Record) -> str:
    return ", ".join(part for part in (record["outlet"], record["published"]) if part)


def _problems_lines(report: Report, terminal: Terminal) -> None:
    # Plain unwrapped lines, so editors and grep can jump to file:line:column.
    for record in report.records:
        terminal.stdout.write(
            f"{record['path']}:{record['line']}:{record['column']}: {record['message']}\n"
        )


def _planned_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("who", _who_cell, {"ratio": 2}),
            ("says", _content_cell, {"ratio": 4}),
            ("claim", _planned_claim_cell, {"ratio": 2, "overflow": "fold"}),
        ],
        empty="No new statements.",
    )


def _who_cell(record: Record, with_kind: bool = False) -> Text:
    """Party (with its kind when `with_kind`), the speaker as written, the stance, its cue."""
    from rich.text import Text

    party, speaker = record["party"], record["speaker"]
    if party:
        cell = Text(party, style="bold")
        if with_kind:
            _append_kind(cell, record)
        if speaker and speaker != party:
            cell.append("\n" + speaker, style="italic")
    elif speaker:
        cell = Text.assemble((speaker, "italic"), ("\n(no party)", "dim"))
    else:
        cell = Text("(no speaker named)", style="dim")
    cell.append("\n")
    if record["stance"] is None:
        cell.append("no position", style="dim")
    else:
        cell.append(record["stance"], style=_STANCE_STYLES[Stance(record["stance"])])
    if record["cue"]:
        cell.append(f" ({record['cue']})")
    return cell


def _content_cell(record: Record) -> Text:
    from rich.text import Text

    return Text.assemble(
        record["content"] or record["quote"],
        "\n",
        (f"{record['source']}, line {record['line']}", "dim"),
    )


def _planned_claim_cell(record: Record) -> Text:
    from rich.text import Text

    if record["claim"] is None:
        return Text(f"(not filed: {record['not_filed']})", style="dim")
    cell = Text(record["claim"], style="bold cyan")
    if record["new_claim"]:
        cell.append("\n(new claim)", style="yellow")
    return cell


def _matches_table(report: Report, terminal: Terminal) -> None:
    records = report.records
    longest_id = max(
        (
            len(claim)
            for record in records
            for claim in (
                record["claim"] or "",
                *("  " + candidate["claim"] for candidate in record.get("candidates", ())),
            )
        ),
        default=0,
    )
    # The claim column gets three eighths of what the score column leaves.
    if longest_id > (terminal.out.width - 12) * 3 // 8:
        # A narrow terminal: who says it goes under the text, so the claim
        # column has room for its ids rather than cutting them mid-word.
        # Widths fixed here, as rich versions share a table's width out
        # differently: the text held narrow enough for the ids, the claim
        # column the rest but the score's 5 and the padding of three columns.
        text_width = max(20, terminal.out.width - longest_id - 14)
        score_width = {"width": 5}
        columns: list[tuple[str, Cell, dict[str, Any]]] = [
            ("text, says", _text_and_who_cell, {"width": text_width}),
            (
                "claim",
                _matched_claim_cell,
                {"width": max(10, terminal.out.width - text_width - 11), "overflow": "fold"},
            ),
        ]
    else:
        columns = [
            ("text", _field("text"), {"ratio": 3}),
            ("says", _who_cell, {"ratio": 2}),
            ("claim", _matched_claim_cell, {"ratio": 3, "overflow": "fold"}),
        ]
        score_width = {}
    _print_table(
        terminal,
        records,
        [*columns, ("score", _score_cell, {"justify": "right", "no_wrap": True, **score_width})],
        empty="No texts to match.",
    )


def _text_and_who_cell(record: Record) -> Text:
    cell = _field("text")(record)
    cell.append("\n")
    cell.append_text(_who_cell(record))
    return cell


def _matched_claim_cell(record: Record) -> Text:
    from rich.text import Text

    if record["claim"] is None:
        cell = Text("no tracked claim", style="dim italic")
    else:
        cell = Text.assemble((record["claim"], "bold cyan"), "\n", record["claim_text"] or "")
    for candidate in record.get("candidates", ()):
        cell.append(f"\n  {candidate['claim']} ({candidate['score']:.0f})", style="dim")
    return cell


def _score_cell(record: Record) -> Text:
    from rich.text import Text

    return Text(f"{record['score']:.0f}", style="" if record["claim"] else "dim")


Cell = Callable[[Record], "Text"]


def _field(key: str, style: str = "") -> Cell:
    def cell(record: Record) -> Text:
        from rich.text import Text

        return Text(table_cell(record.get(key)), style=style)

    return cell


def _print_table(
    terminal: Terminal,
    records: Sequence[Record],
    columns: Sequence[tuple[str, Cell, dict[str, Any]]],
    empty: str,
) -> None:
    from rich import box
    from rich.table import Table

    if not records:
        terminal.say(empty)
        return
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", show_lines=True
    )
    for header, _, options in columns:
        table.add_column(header, **options)
    for record in records:
        table.add_row(*(cell(record) for _, cell, _ in columns))
    _print(terminal, table)


def table_cell(value: Any) -> str:
    """A table cell: lists joined by ", ", None empty; text kept as it is."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _print(terminal: Terminal, *renderables: RenderableType) -> None:
    """Print to stdout without the trailing blanks rich pads lines with."""
    console = terminal.out
    with console.capture() as captured:
        for renderable in renderables:
            console.print(renderable)
    lines = captured.get().split("\n")
    terminal.stdout.write("\n".join(line.rstrip(" ") for line in lines))


# -- one claim, for a person ------------------------------------------------

_NO_PARTY = "(no party)"


def _claim_view(report: Report, terminal: Terminal) -> None:
    """The claim, then each stance, each party under it, each statement under that."""
    from rich.padding import Padding
    from rich.text import Text

    claim = report.document
    count = len(claim["statements"])
    cited = f"{counted(count, 'statement')} from {counted(claim['sources'], 'source')}"
    parts: list[RenderableType] = [
        Text(claim["id"], style="bold cyan"),
        Text(claim["text"], style="bold"),
        Text(cited, style="dim"),
    ]
    for stance in Stance:
        groups = _statements_by_party(s for s in claim["statements"] if s["stance"] == stance)
        if groups:
            parts += [Text(), Text(stance.value.upper(), style=_STANCE_STYLES[stance])]
        for party, statements in groups:
            heading = Text(party, style="bold")
            _append_kind(heading, statements[0])
            parts.append(Padding(heading, (0, 0, 0, 2), expand=False))
            for statement in statements:
                parts += _statement_parts(statement)
    _print(terminal, *parts)


def _statements_by_party(statements: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    groups: dict[str, list[Record]] = {}
    for statement in statements:
        groups.setdefault(statement["party"] or _NO_PARTY, []).append(statement)
    # Named parties alphabetically, then speakers that resolve to none.
    return sorted(groups.items(), key=lambda item: (item[0] == _NO_PARTY, item[0].casefold()))


def _statement_parts(statement: Record) -> list[RenderableType]:
    from rich.padding import Padding
    from rich.text import Text

    who = Text("- ")
    who.append(statement["speaker"] or "(no speaker named)", style="italic")
    if statement["cue"]:
        who.append(f" ({statement['cue']})")
    quote = Text(statement["quote"])
    _mark_cue(quote, statement["cue"])
    where = Text(_place(statement), style="dim")
    return [
        Padding(who, (0, 0, 0, 4), expand=False),
        Padding(quote, (0, 0, 0, 6), expand=False),
        Padding(where, (0, 0, 0, 6), expand=False),
    ]


def _mark_cue(quote: Text, cue: str | None) -> None:
    """Underline the cue inside the quoted sentence, so the eye finds the verb."""
    if not cue:
        return
    start = quote.plain.casefold().find(cue.casefold())
    if start >= 0:
        quote.stylize("bold underline", start, start + len(cue))


_PLACE_CHARS = 70


def _place(statement: Record) -> str:
    where = statement["title"] or statement["url"] or statement["path"] or statement["source"]
    where = where.rstrip(".")
    byline = ", ".join(
        part
        for part in (statement.get("outlet"), statement.get("published"))
        if part and part != where
    )
    if byline:
        where = f"{byline}: {where}"
    copy = f" (copy of {statement['copy_of']})" if statement.get("copy_of") else ""
    after = f", line {statement['line']}{copy}"
    # The whole place, its line with it, fits beside the indent on 80 columns.
    room = max(_PLACE_CHARS - len(after), 20)
    if len(where) > room:
        where = where[:room].rsplit(" ", 1)[0].rstrip(",;:") + "\N{HORIZONTAL ELLIPSIS}"
    return f"{where}{after}"


def counted(count: int, noun: str, plural: str = "") -> str:
    """`1 claim`, `2 claims`: a count with its noun in the number it takes."""
    return f"{count} {noun}" if count == 1 else f"{count} {plural or noun + 's'}"


# -- what extract did, for a person (on stderr) ------------------------------


def tell_extract_summary(terminal: Terminal, summary: ExtractSummary, *, dry_run: bool) -> None:
    """Warnings, failures, then one line of counts: what was read, skipped, added."""
    for _, warning in summary.warnings:
        terminal.warn(f"Warning: {warning}")
    for _, error in summary.failed:
        terminal.fail(error)
    terminal.say(extract_summary_line(summary, dry_run=dry_run))
    if summary.failed:
        terminal.warn(
            f"{counted(len(summary.failed), 'source')} could not be read; the others were "
            + ("checked." if dry_run else "recorded. Fix them and run `claimtrack extract` again.")
        )


def extract_summary_line(summary: ExtractSummary, *, dry_run: bool) -> str:
    """One sentence of counts, worded for a dry run or a real one."""
    settled = (
        f" Decided again the stance of {counted(summary.stances_settled, 'statement')} "
        "moved to another claim."
        if summary.stances_settled
        else ""
    )
    if summary.read == 0:
        if summary.skipped:
            return (
                f"Nothing to do: {counted(summary.skipped, 'source')} unchanged since the last "
                f"extract (--force reads them again).{settled}"
            )
        return "No articles found (.txt, .md, .html or .htm files)."
    read = counted(summary.read - len(summary.failed), "source")
    skipped = f", skipped {summary.skipped} unchanged" if summary.skipped else ""
    failed = f", {len(summary.failed)} failed" if summary.failed else ""
    counts = [
        counted(summary.statements_added, "statement"),
        f"{summary.claims_created} new {'claim' if summary.claims_created == 1 else 'claims'}",
    ]
    if summary.copies:
        counts.append(f"{counted(summary.copies, 'copy', 'copies')} of other sources")
    if summary.statements_kept_deleted:
        # The source's `extracted` list does not say which of the two it was.
        counts.append(
            f"{summary.statements_kept_deleted} left out as before "
            "(deleted by hand, or filed under no claim)"
        )
    if summary.statements_not_filed:
        counts.append(
            f"{summary.statements_not_filed} with no proposition of their own left unfiled"
        )
    added = ", ".join(counts)
    corrected = [
        f"{counted(summary.claims_retexted, 'claim text')} now read as corrected"
        if summary.claims_retexted
        else "",
        f"{counted(summary.claims_emptied, 'claim')} left with no statement removed"
        if summary.claims_emptied
        else "",
    ]
    if any(corrected):
        settled = f" Corrected articles: {'; '.join(c for c in corrected if c)}.{settled}"
    if dry_run:
        return f"Read {read}{skipped}{failed}. Would add {added}. Dry run: nothing was written."
    return f"Read {read}{skipped}{failed}. Added {added}.{settled}"


# -- one party, for a person ---------------------------------------------------


def _party_view(report: Report, terminal: Terminal) -> None:
    """The party and its kind, then one row per claim it takes a position on."""
    from rich.text import Text

    party = report.document
    heading = Text(party["party"], style="bold")
    if party["kind"]:
        heading.append(f" ({party['kind']})", style="dim")
    _print(terminal, heading)
    _print_table(
        terminal,
        report.records,
        [
            ("claim", _party_claim_cell, {"ratio": 3, "overflow": "fold"}),
            ("stance", _stances_cell, {"no_wrap": True}),
            ("stmts", _field("statements"), {"justify": "right", "no_wrap": True}),
            ("srcs", _field("sources"), {"justify": "right", "no_wrap": True}),
            ("dates", _dates_cell, {"no_wrap": True}),
        ],
        empty="It takes no position on any claim.",
    )


def _party_claim_cell(record: Record) -> Text:
    from rich.text import Text

    return Text.assemble((record["claim"], "bold cyan"), "\n", record["claim_text"])


def _stances_cell(record: Record) -> Text:
    from rich.text import Text

    cell = Text()
    for stance in record["stances"]:
        cell.append("\n" if cell else "")
        cell.append(stance, style=_STANCE_STYLES[Stance(stance)])
    return cell


def _dates_cell(record: Record) -> Text:
    from rich.text import Text

    first, last = record["first"], record["last"]
    if first is None:
        return Text("undated", style="dim")
    return Text(first if first == last else f"{first}\nto {last}")


# -- one claim over time, for a person --------------------------------------------

_UNDATED = "undated"


def _timeline_view(report: Report, terminal: Terminal) -> None:
    """The claim, then each day (undated last) with who said what that day."""
    from rich.padding import Padding
    from rich.text import Text

    claim = report.document
    parts: list[RenderableType] = [
        Text(claim["id"], style="bold cyan"),
        Text(claim["text"], style="bold"),
    ]
    if not claim["timeline"]:
        parts.append(Text("No statements yet.", style="dim"))
    day: object = object()
    for record in claim["timeline"]:
        if record["date"] != day:
            day = record["date"]
            parts += [Text(), Text(record["date"] or _UNDATED, style="bold")]
        who = Text("- ")
        who.append(record["party"] or _NO_PARTY, style="bold")
        _append_kind(who, record)
        who.append(" ")
        who.append(record["stance"], style=_STANCE_STYLES[Stance(record["stance"])])
        if record["changed_from"]:
            who.append(f"  (changed: was {', '.join(record['changed_from'])})", style="bold yellow")
        speaker = record["speaker"] or "(no speaker named)"
        cue = f" ({record['cue']})" if record["cue"] else ""
        who.append(f"  {speaker}{cue}", style="italic")
        quote = Text(record["quote"])
        _mark_cue(quote, record["cue"])
        where = Text(_place({**record, "published": None}), style="dim")
        parts += [
            Padding(who, (0, 0, 0, 2), expand=False),
            Padding(quote, (0, 0, 0, 4), expand=False),
            Padding(where, (0, 0, 0, 4), expand=False),
        ]
    _print(terminal, *parts)


# -- every statement, for a person -----------------------------------------------


def _statements_table(report: Report, terminal: Terminal) -> None:
    records = report.records
    longest_id = max((len(record["claim"] or "") for record in records), default=0)
    # The claim column gets a quarter of the width, less the gaps between columns.
    if longest_id > (terminal.out.width - 4) // 4:
        # A narrow terminal: the claim id goes under the quote, on a line of
        # its own, rather than being cut mid-word in a column of its own.
        columns: list[tuple[str, Cell, dict[str, Any]]] = [
            ("who", _who_and_kind_cell, {"ratio": 2, "max_width": 26}),
            ("says, claim", _said_and_claim_cell, {"ratio": 5, "overflow": "fold"}),
        ]
    else:
        columns = [
            ("who", _who_and_kind_cell, {"ratio": 2}),
            ("says", _said_cell, {"ratio": 4}),
            ("claim", _field("claim", "bold cyan"), {"ratio": 2, "overflow": "fold"}),
        ]
    _print_table(terminal, records, columns, empty="No statements yet.")


def _said_and_claim_cell(record: Record) -> Text:
    cell = _said_cell(record)
    cell.append("\n" + table_cell(record.get("claim")), style="bold cyan")
    return cell


def _append_kind(text: Text, record: Record) -> None:
    """The party's kind after its name, dimmed ("Russia (state)"), when the record has one."""
    if record.get("kind"):
        text.append(f" ({record['kind']})", style="dim")


def _who_and_kind_cell(record: Record) -> Text:
    """As `_who_cell`, the party followed by its kind, as `party` and `show` give it."""
    return _who_cell(record, with_kind=True)


def _said_cell(record: Record) -> Text:
    from rich.text import Text

    quote = Text(record["quote"])
    _mark_cue(quote, record["cue"])
    quote.append("\n" + _place(record), style="dim")
    return quote


def _imported_table(report: Report, terminal: Terminal) -> None:
    _print_table(
        terminal,
        report.records,
        [
            ("file", _imported_cell, {"ratio": 1, "overflow": "fold"}),
            ("status", _field("status"), {"no_wrap": True}),
        ],
        empty="No articles saved.",
    )


def _imported_cell(record: Record) -> Text:
    from rich.text import Text

    cell = Text(record["path"], style="bold cyan")
    for line in (record["title"], _byline(record), record["url"]):
        if line:
            cell.append("\n" + line)
    return cell


LAYOUTS: dict[Layout, Callable[[Report, Terminal], None]] = {
    Layout.CLAIMS: _claims_table,
    Layout.CLAIM: _claim_view,
    Layout.PARTIES: _parties_table,
    Layout.SOURCES: _sources_table,
    Layout.PROBLEMS: _problems_lines,
    Layout.PLANNED: _planned_table,
    Layout.MATCHES: _matches_table,
    Layout.PARTY: _party_view,
    Layout.TIMELINE: _timeline_view,
    Layout.STATEMENTS: _statements_table,
    Layout.IMPORTED: _imported_table,
}

RENDERERS: dict[Format, Callable[[Report, Terminal], None]] = {
    Format.TABLE: render_table,
    Format.JSON: render_json,
    Format.JSONL: render_jsonl,
    Format.TSV: render_tsv,
    Format.CSV: render_csv,
    Format.YAML: render_yaml,
}
