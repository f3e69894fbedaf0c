"""How the ledger reads a scalar: one rule, for the reader that validates and the writer.

YAML readers disagree about plain (unquoted) scalars. YAML 1.1 readers such as
PyYAML take `yes` for true, `1:30` for 90 and `2024-11-20` for a date;
ruamel.yaml in its YAML 1.2 mode takes `1121_784e924015583485` for infinity;
every reader takes `1e5`, `0x1F` or `.inf` for a number. The ledger does not
let any of them decide. Its rule:

- A value the ledger reads as text (an id, a name, a text, a quote, a path, a
  date, ...) is the scalar's text exactly as written, quoted or not:
  `source: 1e5` cites the source `1e5`.
- A plain `null`, `Null`, `NULL`, `~` or nothing at all is no value. As a key
  (a claim, source or party id) no value is not an id: the ledger is invalid
  until it is quoted (`'null':`).
- The few numbers (`version`, a statement's `line`, `settings.threshold`) are
  plain decimal numbers: `7`, `82.5`.

The writer emits every text so that any YAML 1.1 or 1.2 reader reads it as
text: plain when no reader could type it otherwise, quoted when one could.
`typed_as` says which texts those are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})

# What some YAML 1.1 or 1.2 reader gives a plain scalar other than text, as the
# YAML tag it resolves to. The patterns are the union of the YAML 1.1 type
# repository, the YAML 1.2 core schema and what PyYAML and ruamel.yaml (in both
# modes) actually accept, erring on the side of quoting: a needless quote costs
# two characters, a missing one a renamed id.
_TYPED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("null", re.compile(r"~|null|Null|NULL|")),
    (
        "bool",
        re.compile(
            r"y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        ),
    ),
    (
        "int",
        re.compile(
            r"""[-+]?(?:
                0b[01_]+
              | 0o?[0-7_]+
              | [0-9_]+
              | 0x[0-9a-fA-F_]+
              | [0-9][0-9_]*(?::[0-5]?[0-9])+   # sexagesimal: 1:30 is 90 in YAML 1.1
            )""",
            re.X,
        ),
    ),
    (
        "float",
        re.compile(
            r"""[-+]?(?:
                (?:[0-9][0-9_]*)?\.[0-9._]*(?:[eE][-+]?[0-9]+)?   # YAML 1.1 even reads 1.2.3
              | [0-9][0-9_]*[eE][-+]?[0-9]+                       # ruamel.yaml: 1_2e3
              | [0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*            # sexagesimal
              | \.(?:inf|Inf|INF|nan|NaN|NAN)
            )""",
            re.X,
        ),
    ),
    (
        "timestamp",
        re.compile(
            r"""[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}
                (?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
                   (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?""",
            re.X,
        ),
    ),
    ("merge", re.compile(r"<<")),
    ("value", re.compile(r"=")),
    ("yaml", re.compile(r"[!&*]")),
)
# Only these can start a typed scalar; most text is ruled out by its first character.
_TYPED_STARTS = frozenset("0123456789+-.~<=!&*yYnNtTfFoO")

_KINDS = {
    "null": "null (no value)",
    "bool": "true or false",
    "int": "a number",
    "float": "a number",
    "timestamp": "a date",
    "merge": "a merge key",
    "value": "a value key",
    "yaml": "a YAML indicator",
}

_WHOLE_NUMBER = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def is_null(text: str) -> bool:
    """Whether a plain scalar with this text is no value."""
    return text in NULL_WORDS


def typed_as(text: str) -> str | None:
    """The YAML tag suffix (`int`, `bool`, ...) some reader gives this text written plain.

    None when every YAML 1.1 or 1.2 reader reads it as text.
    """
    if text and text[0] not in _TYPED_STARTS:
        return None
    if " " in text and not text[0].isdigit():
        return None  # of the typed, only a date with a time has a space, and it starts with one
    for tag, pattern in _TYPED:
        if pattern.fullmatch(text):
            return tag
    return None


# Every typed plain scalar, as whole lines: texts are looked through a line each,
# all at once (none of the patterns reaches past a line's end).
_ANY_TYPED_LINE = re.compile(
    "|".join(
        f"^(?{'x' if pattern.flags & re.X else ''}:{pattern.pattern})$" for _, pattern in _TYPED
    ),
    re.M,
)


def typed_among(texts: Iterable[str]) -> set[str]:
    """Those of `texts` that `typed_as` types: one look through them all, then each found."""
    lines = []
    found = set()
    for text in texts:
        if "\n" in text:
            if typed_as(text) is not None:
                found.add(text)
        else:
            lines.append(text)
    joined = "\n".join(lines)
    for match in _ANY_TYPED_LINE.finditer(joined) if lines else ():
        start = joined.rfind("\n", 0, match.start()) + 1
        end = joined.find("\n", match.start())
        text = joined[start : end if end != -1 else len(joined)]
        if typed_as(text) is not None:
            found.add(text)
    return found


def kind_of(tag: str) -> str:
    """How a message names what a tag from `typed_as` reads as."""
    return _KINDS[tag]


def quoted(text: str) -> str:
    """`text` in single quotes, as YAML spells it."""
    return "'" + text.replace("'", "''") + "'"


def whole_number(text: str) -> int | None:
    """A plain scalar's value as a whole number (a line, the version), or None."""
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None


def decimal_number(text: str) -> float | None:
    """A plain scalar's value as a decimal number (the threshold), or None."""
    return float(text) if _DECIMAL.fullmatch(text) else None
