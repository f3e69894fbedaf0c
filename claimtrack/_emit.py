"""The ledger's text for new pieces: a claim, a statement, a source, one value.

A write never re-emits the whole ledger: it splices the text of what it adds or
changes into the file (`claimtrack._splice`). This module writes that text, in
the layout the ledger has always had: fixed key order, two-space indentation,
long text as a folded block (`>-`) wrapped at words, `null` for a statement's
missing field, and every text and id plain where no YAML 1.1 or 1.2 reader
could type it otherwise (`claimtrack._scalars`), else quoted: in single quotes,
or in double quotes when it holds a quote mark, a line break or a character
only an escape carries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack._scalars import typed_as
from claimtrack.model import Source, Statement

STATEMENT_KEYS = ("party", "stance", "speaker", "cue", "source", "line", "content", "quote")
SOURCE_KEYS = ("path", "title", "url", "published", "outlet", "sha256", "copy_of", "extracted")

# Text longer than this is written as a folded block (`>-`), folded at words so
# no line of text runs past _WRAP characters.
_FOLD_OVER = 72
_WRAP = 80

# Characters that only double quotes can carry (as \N, \L, \P, \uFEFF) so that
# every YAML reader reads them back: raw, some readers take them for line breaks.
NEEDS_ESCAPES = re.compile("[\x85\u2028\u2029\ufeff]")
# What YAML lets stand unescaped in a scalar (a tab only in block scalars and quotes).
_SPECIAL = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|\ufeff")
_SPECIAL_IN_BLOCK = re.compile("[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|\ufeff")
# What keeps a text from being written plain, in block and in flow context
# (line breaks and special characters are checked apart).
_NOT_PLAIN = re.compile(
    r"""^(?:[#,\[\]{}&*!|>'"%@`]|[-?:](?:[\0 \t\r\n\x85\u2028\u2029]|$)|---|\.\.\.)
      |:(?:[\0 \t\r\n\x85\u2028\u2029]|$)
      |[\0 \t\r\n\x85\u2028\u2029]\#
      |^[ \n]|[ \n]$""",
    re.X,
)
_NOT_FLOW_PLAIN = re.compile(r"[,\[\]{}]|^[?:]$")
_LINE_BREAKS = re.compile("[\n\x85\u2028\u2029]")
_ESCAPES = {
    "\0": "0",
    "\x07": "a",
    "\x08": "b",
    "\x09": "t",
    "\x0a": "n",
    "\x0b": "v",
    "\x0c": "f",
    "\x0d": "r",
    "\x1b": "e",
    '"': '"',
    "\\": "\\",
    "\x85": "N",
    "\u2028": "L",
    "\u2029": "P",
}
_ESCAPED = re.compile('["\\\\\x85\u2028\u2029\ufeff]|' + _SPECIAL.pattern)


def plain_allowed(text: str, *, flow: bool = False) -> bool:
    """Whether `text` can be written without quotes and read back as this text by any reader."""
    if not text or typed_as(text) is not None:
        return False
    if _NOT_PLAIN.search(text) or _LINE_BREAKS.search(text) or _SPECIAL.search(text):
        return False
    return not (flow and _NOT_FLOW_PLAIN.search(text))


def double_quoted(text: str) -> str:
    """`text` in double quotes, every character only an escape carries escaped."""
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    short = _ESCAPES.get(char)
    if short is not None:
        return "\\" + short
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02X}"
    if code <= 0xFFFF:
        return f"\\u{code:04X}"
    return f"\\U{code:08X}"


def scalar(text: str | None, *, flow: bool = False) -> str:
    """One text on one line: plain where it can be, else quoted; None as `null`."""
    if text is None:
        return "null"
    if NEEDS_ESCAPES.search(text) is None and plain_allowed(text, flow=flow):
        return text
    if "'" in text or "\n" in text or _SPECIAL.search(text) or NEEDS_ESCAPES.search(text):
        return double_quoted(text)
    if _LINE_BREAKS.search(text):
        return double_quoted(text)
    return "'" + text + "'"


def key(text: str) -> str:
    """An id as a mapping key."""
    return scalar(text) if text else "''"


def _foldable(text: str) -> bool:
    return (
        len(text) > _FOLD_OVER
        and text == text.strip()
        and "\n" not in text
        and NEEDS_ESCAPES.search(text) is None
        and _SPECIAL_IN_BLOCK.search(text) is None
        and "\x07" not in text
    )


def fold_positions(text: str, width: int = _WRAP) -> list[int]:
    """Where to fold `text` into lines of at most `width` characters, at single spaces.

    A fold stands for one space, so it can only replace a space with a
    non-space character on each side; a word longer than `width` gets a line
    of its own.
    """

    def foldable(i: int) -> bool:
        return 0 < i < len(text) - 1 and text[i - 1] not in " \t" and text[i + 1] not in " \t"

    positions: list[int] = []
    start = 0
    while len(text) - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        while cut > start and not foldable(cut):
            cut = text.rfind(" ", start, cut)
        if cut <= start:
            cut = text.find(" ", start + width)
            while cut != -1 and not foldable(cut):
                cut = text.find(" ", cut + 1)
            if cut == -1:
                break
        positions.append(cut)
        start = cut + 1
    return positions


def styled(text: str | None, indent: int) -> tuple[str, str]:
    """A value as it follows `key: `, and the lines of a block that follow that line.

    Long text is a folded block whose lines are indented by `indent`; anything
    else fits on the key's line and the second part is empty.
    """
    if text is None or not _foldable(text):
        return scalar(text), ""
    pad = " " * indent
    lines = []
    start = 0
    for cut in fold_positions(text):
        lines.append(pad + text[start:cut] + "\n")
        start = cut + 1
    lines.append(pad + text[start:] + "\n")
    return ">-", "".join(lines)


def field(name: str, value: str | None, column: int, indent: int = 2) -> str:
    """`name: value` at `column`, with its block lines when the value is long text."""
    head, block = styled(value, column + indent)
    return f"{' ' * column}{name}: {head}\n{block}"


def short_field(name: str, value: str | None, column: int) -> str:
    """`name: value` at `column` on one line: a name, a cue, an id."""
    return f"{' ' * column}{name}: {scalar(value)}\n"


def flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


def statement_text(statement: Statement, dash: int, column: int, indent: int = 2) -> str:
    """A statement as an item of a claim's `statements` list: `- ` at `dash`, keys at `column`."""
    values = (
        statement.party,
        statement.stance.value,
        statement.speaker,
        statement.cue,
        statement.source,
    )
    parts = [" " * dash, "-", " " * (column - dash - 1)]
    for name, value in zip(STATEMENT_KEYS, values, strict=False):
        parts.append(short_field(name, value, column))
    parts[3] = parts[3][column:]
    parts.append(f"{' ' * column}line: {statement.line}\n")
    parts.append(field("content", statement.content, column, indent))
    parts.append(field("quote", statement.quote, column, indent))
    return "".join(parts)


def statement_values(statement: Statement) -> dict[str, object]:
    """A statement's fields by key, as the ledger keeps them."""
    return {
        "party": statement.party,
        "stance": statement.stance.value,
        "speaker": statement.speaker,
        "cue": statement.cue,
        "source": statement.source,
        "line": statement.line,
        "content": statement.content,
        "quote": statement.quote,
    }


def statements_text(
    statements: Sequence[Statement], dash: int, column: int, indent: int = 2
) -> str:
    return "".join(statement_text(s, dash, column, indent) for s in statements)


def claim_text(
    claim_id: str,
    text: str,
    statements: Sequence[Statement],
    column: int,
    indent: int = 2,
    offset: int = 0,
) -> str:
    """A claim as an entry of `claims:`, its key at `column`.

    `indent` is how much deeper its fields are; `offset` how much deeper than
    `statements:` the `- ` of its statements stands.
    """
    inner = column + indent
    parts = [f"{' ' * column}{key(claim_id)}:\n", field("text", text, inner, indent)]
    if statements:
        parts.append(f"{' ' * inner}statements:\n")
        parts.append(statements_text(statements, inner + offset, inner + offset + 2, indent))
    return "".join(parts)


def source_values(source: Source) -> dict[str, str | tuple[str, ...] | None]:
    """A source's fields by key, None for the ones it does not have (left out)."""
    return {
        "path": source.path,
        "title": source.title or None,
        "url": source.url,
        "published": source.published,
        "outlet": source.outlet,
        "sha256": source.sha256,
        "copy_of": source.copy_of,
        "extracted": source.extracted or None,
    }


def source_field(name: str, value: str | tuple[str, ...], column: int, indent: int = 2) -> str:
    if isinstance(value, tuple):
        return f"{' ' * column}{name}: {flow_list(value)}\n"
    if name == "title":
        return field(name, value, column, indent)
    return short_field(name, value, column)


def source_text(source: Source, column: int, indent: int = 2) -> str:
    """A source as an entry of `sources:`, its key at `column`."""
    inner = column + indent
    parts = [f"{' ' * column}{key(source.id)}:\n"]
    for name, value in source_values(source).items():
        if value is not None:
            parts.append(source_field(name, value, inner, indent))
    return "".join(parts)
