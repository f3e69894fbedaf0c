"""Strict reading of ledger text: YAML nodes in, a `Ledger` and every problem out.

PyYAML's C composer gives nodes that keep their marks, so every problem points
at `file:line:column`. The nodes are walked by hand rather than constructed,
because construction silently keeps the last of two duplicate keys and forgets
where values came from, and because PyYAML would type scalars by YAML 1.1's
rules: each scalar is read by the ledger's own rule instead (`claimtrack._scalars`),
the one the writer follows too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import yaml

from claimtrack._collector import no_collection
from claimtrack._scalars import (
    NULL_WORDS,
    decimal_number,
    kind_of,
    quoted,
    typed_as,
    whole_number,
)
from claimtrack.cache import claim_entry
from claimtrack.ledger import (
    CLAIM_KEYS,
    FORMAT_VERSION,
    PARTY_KEYS,
    SETTINGS_KEYS,
    SOURCE_KEYS,
    STANCES,
    STATEMENT_KEYS,
    TOP_KEYS,
)
from claimtrack.model import (
    Claim,
    Cues,
    Ledger,
    Party,
    Position,
    Problem,
    Settings,
    Source,
    Stance,
    Statement,
)

# What a missing required key should hold, so the message says what to add.
_REQUIRED_HINTS = {
    "version": "add `version: 1` at the top",
    "path": "the article's file, e.g. sources/000_abc.txt",
    "sha256": "the sha256 of the article's bytes",
    "text": "the claim's wording",
    "stance": "asserts, denies or disputes",
    "source": "the id of a source under `sources:`",
    "line": "the 1-based line of the statement in its source",
    "content": "what is claimed, without the attribution",
    "quote": "the sentence as the source has it",
}

# A value that an alias repeats counts once per alias; people do not write
# aliases into a ledger by hand, so a few are tolerated and a bomb is refused.
_MAX_ALIAS_EXPANSION = 1000
# Where an anchor may stand: after a space, a line start or a flow bracket
# ("AT&T" and "Q & A" are text, not anchors). Written to start at the `&`, which
# the search then skips to.
_ANCHOR = re.compile(r"&(?<![^ \t\[{,\n]&)[^\s,\[\]{}]")
_SIMPLE_KEY = "while scanning a simple key"
# A plain scalar is null by the ledger's rule exactly when PyYAML tags it null
# (an explicit `!!null` counts too, for the writer as for the reader).
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
# Sections whose keys are ids that statements and people refer to.
_ID_SECTIONS = {"claims": "claim id", "sources": "source id", "parties": "party name"}

_T = TypeVar("_T")

# Characters YAML 1.1 and 1.2 readers take differently, what to call them and
# how to write them instead. (A BOM is fine at the very start, and is dropped
# before parsing.) At most this many of each are reported.
_AMBIGUOUS = re.compile("[\x85\u2028\u2029\ufeff]")
_ENDS_A_LINE = "YAML readers disagree about whether it ends a line"
_AMBIGUOUS_NAMES = {
    "\x85": ("NEL (U+0085, next line)", _ENDS_A_LINE),
    "\u2028": ("line separator (U+2028)", _ENDS_A_LINE),
    "\u2029": ("paragraph separator (U+2029)", _ENDS_A_LINE),
    "\ufeff": ("byte order mark (U+FEFF)", "YAML readers disagree about one past the start"),
}
_AMBIGUOUS_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}
_AMBIGUOUS_REPORTED = 20
# A block scalar's header: its indicator, then `#` with no space before it, if any.
_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*(#)?")
# What may stand between a block scalar's `|` or `>` and a comment glued to it.
_HEADER_MODIFIERS = frozenset("-+0123456789")
_COMMENT_START = re.compile(r"(?:^|[ \t])#")
_Entries = list[tuple[str, yaml.Node, yaml.Node]]


@dataclass(frozen=True)
class _Field:
    key: yaml.Node
    value: yaml.Node


def parse_ledger(
    text: str, path: str, *, notes: bool = False, partial: bool = False
) -> tuple[Ledger | None, list[Problem]]:
    """Validate ledger text: the ledger (None if any problem) and every problem, in file order.

    With `notes`, the problems also name every id or text written plain that
    other YAML readers would take for something else (claimtrack reads it as
    text, so the ledger is still returned). With `partial`, the ledger is
    returned as far as it reads whatever its problems, for checks that go on
    past them; None only when the text is no ledger-shaped YAML at all.
    """
    ledger, problems, _ = parse_ledger_nodes(text, path, notes=notes, partial=partial)
    return ledger, problems


def parse_ledger_nodes(
    text: str, path: str, *, notes: bool = False, partial: bool = False
) -> tuple[Ledger | None, list[Problem], yaml.Node | None]:
    """As `parse_ledger`, with the root node, whose marks place a writer's splices."""
    reader = _Reader(path, notes=notes)
    reader.check_ambiguous_characters(text)
    with no_collection():
        root = reader.compose(text)
        if root is not None:
            reader.check_unwritable_layout(text, root)
        ledger = reader.read_ledger(root) if root is not None else None
    problems = reader.problems + (reader.notes if notes else [])
    problems.sort(key=lambda p: (p.line, p.column))
    return (ledger if partial or not reader.problems else None), problems, root


def read_claims_part(
    part: str, line: int, path: str, source_ids: set[str]
) -> tuple[Claim, ...] | None:
    """The claims written in `part` of ledger text (entries of `claims:`), which starts
    `line` lines (0-based) into the text, validated as a whole read would; None if
    they have any problem."""
    reader = _Reader(path)
    reader.check_ambiguous_characters(part)
    if reader.problems:
        return None
    node = reader.compose(part)
    if node is None:
        return () if not part.strip() or _only_comments(part) else None
    reader.check_unwritable_layout(part, node)
    if reader.problems:
        return None
    # Every mark moved down to where it is in the whole text: the part is composed
    # alone, not after as many blank lines (a claim at the end of 20,000 is on line
    # 1,300,000 or so, and each part read so would be parsed that much longer).
    _move_down(node, line)
    claims = reader.claims(node, source_ids)
    return None if reader.problems else claims


def _move_down(root: yaml.Node, lines: int) -> None:
    """Move the marks of a part's nodes `lines` lines further down, as if that many
    line breaks came before it (their indexes as many characters further on)."""
    moved: dict[int, tuple[yaml.Mark, yaml.Mark]] = {}  # the mark kept: its id stays its

    def move(mark: yaml.Mark) -> yaml.Mark:
        done = moved.get(id(mark))
        if done is None:
            shifted = yaml.Mark(
                mark.name, mark.index + lines, mark.line + lines, mark.column, "", 0
            )
            done = moved[id(mark)] = (mark, shifted)
        return done[1]

    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue  # a node an alias names again: moved once
        seen.add(id(node))
        node.start_mark = move(node.start_mark)
        node.end_mark = move(node.end_mark)
        if isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                todo.extend((key, value))


def _only_comments(part: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in part.splitlines())


def has_anchor(text: str) -> bool:
    """Whether the text may define an anchor (where the alias count is checked)."""
    return _ANCHOR.search(text) is not None


class _AnySource(set[str]):
    """Every source id: a block read alone cites sources checked once all are known."""

    def __contains__(self, item: object) -> bool:
        return True


def read_entry(section: str, block: str) -> Any:
    """One entry of `section` (a claim, a source or a party) read from its block alone.

    As plain data (`claimtrack._blocks` keeps it in the cache), with lines
    counted from a one-line header put above the block; None when the block
    is not exactly one clean entry on its own.
    """
    plain = read_entries(section, block)
    return plain[0] if plain is not None and len(plain) == 1 else None


def read_entries(section: str, block: str) -> list[Any] | None:
    """The entries of `section` read from their block alone, as `read_entry` reads
    one; None when the block is not clean entries on its own (or holds none)."""
    text = "x:\n" + block
    reader = _Reader("")
    reader.check_ambiguous_characters(text)
    with no_collection():
        root = reader.compose(text)
        if root is None or reader.problems:
            return None
        reader.check_unwritable_layout(text, root)
        if not isinstance(root, yaml.MappingNode) or len(root.value) != 1:
            return None
        node = root.value[0][1]
        if not isinstance(node, yaml.MappingNode) or not node.value:
            return None
        plain: list[Any]
        if section == "claims":
            plain = [claim_entry(claim) for claim in reader.claims(node, _AnySource())]
        elif section == "sources":
            plain = [plain_source(source) for source in reader.sources(node)]
        else:
            plain = [(party.name, party.aliases, party.kind) for party in reader.parties(node)]
    return plain if len(plain) == len(node.value) and not reader.problems else None


def plain_source(source: Source) -> Any:
    """A source as the cache keeps it."""
    return (
        source.id,
        source.path,
        source.sha256,
        source.title,
        source.url,
        source.published,
        source.outlet,
        source.extracted,
        source.copy_of,
    )


def _place_of(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of `text[index]`, lines ended as the file ends them."""
    before = text[:index]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    lines = before.count("\n") + before.count("\r") - before.count("\r\n")
    return lines + 1, index - line_start + 1


def _open_quote_hint(text: str, problem: yaml.Mark) -> str:
    """Where a quoted text that runs on to a syntax error started, when it spans
    lines; "" otherwise.

    A quote left open ("path: "sources/a.txt) runs on until some later quote
    mark closes it, and the parser stumbles only there, lines below the edit.
    """
    last: yaml.Token | None = None
    try:
        for token in yaml.scan(text, Loader=_loader()):
            if token.start_mark.index >= problem.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if not isinstance(last, yaml.ScalarToken) or last.style not in ('"', "'"):
        return ""
    start, end = last.start_mark, last.end_mark
    if start.line == end.line:
        return ""
    return (
        f"a quoted text opens on line {start.line + 1}, column {start.column + 1} and runs "
        f"on to here: close its quote on line {start.line + 1}"
    )


def _scalar_spans(root: yaml.Node) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of block scalars (header included) and of quoted scalars.

    Each node is visited once, however many aliases name it.
    """
    blocks: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            start, end = node.start_mark.index, node.end_mark.index
            if node.style in ("|", ">"):
                blocks.append((start, end))
            elif node.style in ("'", '"'):
                spans.append((start, end))
        elif isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                todo.extend((key, value))
    return blocks, spans


def _in_comment(
    text: str, line_start: int, index: int, spans: list[tuple[int, int]], starts: list[int]
) -> bool:
    """Whether `text[index]` is in a comment: a `#` before it on its line, outside quotes."""
    before = text[line_start:index]
    if "#" not in before:
        return False
    # Mask the quoted text on the line, whose `#` starts no comment.
    masked = list(before)
    at = bisect.bisect_right(starts, index) - 1
    while at >= 0 and spans[at][1] > line_start:
        begin, end = spans[at]
        for position in range(max(begin, line_start), min(end, index)):
            masked[position - line_start] = "x"
        at -= 1
    return _COMMENT_START.search("".join(masked)) is not None


def _may_glue_comment(text: str) -> bool:
    """Whether some `#` follows a `|` or `>` with only a header's modifiers between them."""
    at = text.find("#")
    while at != -1:
        before = at
        while before > 0 and text[before - 1] in _HEADER_MODIFIERS:
            before -= 1
        if before > 0 and text[before - 1] in "|>":
            return True
        at = text.find("#", at + 1)
    return False


def _is_plain(node: yaml.ScalarNode) -> bool:
    return not node.style  # '' from the C composer, None from the Python one


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL_TAG:
        return "nothing"
    return repr(_shorten(str(node.value)))


def _shorten(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


def _one_of(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


class _PlainResolver:
    """Tags as the ledger needs them: null for a plain null word, else the kind's own.

    The ledger reads every scalar by its own rule (`claimtrack._scalars`) and
    asks a tag only whether a plain scalar is null, exactly as PyYAML's resolver
    would say. Skipping PyYAML's other patterns (called once per scalar, in
    Python, from the C composer) roughly halves the time to compose.
    """

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _NULL_TAG if implicit[0] and value in NULL_WORDS else _STR_TAG
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None  # no path resolvers to follow

    def ascend_resolver(self) -> None:
        return None


class _CLoader(_PlainResolver, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's fast loader, or PyYAML's own where PyYAML was built without libyaml."""


def _loader() -> type[yaml.SafeLoader]:
    loader: type[yaml.SafeLoader] = _CLoader
    return loader


def _kinds() -> tuple[str, ...]:
    """The kinds a party may have; imported when a ledger names one (their module is big)."""
    from claimtrack.entities import KINDS

    return KINDS


def _is_text(found: _Field | None) -> bool:
    """True for a field given as text, even empty (`text: ""`); not for nothing (`text:`)."""
    return (
        found is not None
        and isinstance(found.value, yaml.ScalarNode)
        and found.value.tag != _NULL_TAG
    )


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _plain_value(node: yaml.Node, read: Callable[[str], _T | None]) -> _T | None:
    """A number written plain, read by the ledger's rule; None if it is not one."""
    if isinstance(node, yaml.ScalarNode) and _is_plain(node):
        return read(str(node.value))
    return None


class _Reader:
    """Walks the node tree of one ledger, collecting problems as it goes."""

    def __init__(self, path: str, *, notes: bool = False) -> None:
        self.path = path
        self._noting = notes
        self.problems: list[Problem] = []
        # Not wrong for claimtrack, but a trap for other YAML tools; see `parse_ledger`.
        self.notes: list[Problem] = []
        self._copy_of_nodes: dict[str, yaml.Node] = {}

    def report(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def report_at(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message))

    def note_typed(self, node: yaml.ScalarNode, where: str, what: str = "") -> None:
        """Note a plain scalar read as text that some YAML reader would type otherwise."""
        if not self._noting or not _is_plain(node):
            return
        text = str(node.value)
        tag = typed_as(text)
        if tag is None or tag == "null":
            return
        mark = node.start_mark
        message = (
            f"{where}: {what + ' ' if what else ''}{text} is text to claimtrack, "
            "but other YAML readers take it "
            f"for {kind_of(tag)}; quote it: {quoted(text)}"
        )
        self.notes.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    # -- syntax ---------------------------------------------------------------

    def compose(self, text: str) -> yaml.Node | None:
        try:
            if has_anchor(text) and not self._aliases_bounded(text):
                return None
            root = yaml.compose(text, Loader=_loader())
        except yaml.MarkedYAMLError as error:
            self._report_syntax(error, text)
            return None
        except yaml.YAMLError as error:  # a reader error: a character YAML does not allow
            self._report_reader_error(error, text)
            return None
        except RecursionError:
            self.report_at(1, 1, "the YAML is nested too deeply to be a ledger")
            return None
        if root is None:
            # init never writes over a file, so the empty one has to go first.
            self.report_at(
                1,
                1,
                "the ledger is empty; delete the file, then run `claimtrack init` to start one",
            )
        return root

    def _aliases_bounded(self, text: str) -> bool:
        """False (and a problem reported) when aliases expand past `_MAX_ALIAS_EXPANSION`.

        Nodes are shared, not copied, when composed, but every check walks a
        shared node once per alias: a few lines of aliases make billions of
        values. Counted from parser events, before anything is built.
        """
        sizes: dict[str, int] = {}
        open_anchors: list[tuple[str | None, int]] = []
        values = expanded = 0
        for event in yaml.parse(text, Loader=_loader()):
            if isinstance(event, yaml.AliasEvent):
                added = sizes.get(str(event.anchor), 1)
                values += added
                expanded += added
                if expanded > _MAX_ALIAS_EXPANSION:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    self.report_at(
                        line,
                        column,
                        f"YAML aliases expand to over {_MAX_ALIAS_EXPANSION:,} values; a ledger "
                        "holds plain values: write them out instead of `&anchor` and `*alias`",
                    )
                    return False
            elif isinstance(event, yaml.ScalarEvent):
                values += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                values += 1
                open_anchors.append((event.anchor, values - 1))
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, start = open_anchors.pop()
                if anchor is not None:
                    sizes[anchor] = values - start
        return True

    def _report_syntax(self, error: yaml.MarkedYAMLError, text: str = "") -> None:
        mark = error.problem_mark or error.context_mark
        if error.context == _SIMPLE_KEY and error.context_mark is not None:
            # The parser notices a line that is not `key: value` only on the
            # line after it; the line itself is where the key started.
            mark = error.context_mark
            line, column = mark.line + 1, mark.column + 1
            self.report_at(
                line,
                column,
                "YAML syntax error: this line is not `key: value`; if it continues the "
                "text above, indent it further than that text's key",
            )
            return
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = error.problem or "invalid YAML"
        if mark is not None and (text[mark.index : mark.index + 1] == "\t" or "tab" in what):
            self.report_at(
                line,
                column,
                "a tab outside quotes: YAML does not allow one here (tabs cannot indent); "
                "use spaces, or quote the text",
            )
            return
        context = f" ({error.context})" if error.context else ""
        fix = (_open_quote_hint(text, mark) if mark is not None else "") or "fix the YAML here"
        self.report_at(line, column, f"YAML syntax error: {what}{context}; {fix}")

    def _report_reader_error(self, error: yaml.YAMLError, text: str) -> None:
        offset = getattr(error, "position", 0)
        reason = getattr(error, "reason", "unreadable character")
        before = text.encode("utf-8", "surrogatepass")[:offset].decode("utf-8", "replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        self.report_at(line, column, f"YAML syntax error: {reason}; remove or replace it")

    # -- what other readers would read otherwise ----------------------------------
    #
    # This reader (libyaml) reads YAML 1.1, and more leniently than YAML 1.2
    # readers. Where the two would read one text differently, or a strict reader
    # not at all, the text is a problem here, so that `check`, every command and
    # other tools agree on what the ledger says.

    def check_ambiguous_characters(self, text: str) -> None:
        """NEL, LS and PS end a line for YAML 1.1 readers and are text for YAML 1.2 ones."""
        if not _AMBIGUOUS.search(text):
            return
        counts: dict[str, int] = {}
        for found in _AMBIGUOUS.finditer(text):
            character = found.group()
            counts[character] = counts.get(character, 0) + 1
            if counts[character] > _AMBIGUOUS_REPORTED:
                continue
            line, column = _place_of(text, found.start())
            name, why = _AMBIGUOUS_NAMES[character]
            escape = _AMBIGUOUS_ESCAPES[character]
            more = (
                counts[character] == _AMBIGUOUS_REPORTED
                and text.count(character) > counts[character]
            )
            self.report_at(
                line,
                column,
                f"a {name} character here: {why}; remove it, or write it as {escape} inside "
                "double quotes" + (" (and so on for the others like it)" if more else ""),
            )

    def check_unwritable_layout(self, text: str, root: yaml.Node) -> None:
        """Tabs outside quotes and comments, and a comment glued to a block scalar's header."""
        if "\t" not in text and not _may_glue_comment(text):
            return  # nothing either could be: no need to walk the nodes
        blocks, spans = _scalar_spans(root)
        for start, end in blocks:
            # A block's text starts on the line after its header.
            breaks = (text.find("\n", start, end), text.find("\r", start, end))
            body = min((at for at in breaks if at != -1), default=end)
            spans.append((body, end))
            header = _BLOCK_HEADER.match(text, start)
            if header is not None and header.group(1):
                line, column = _place_of(text, header.end(1) - 1)
                self.report_at(
                    line,
                    column,
                    "a comment right after a block scalar's `|` or `>`: put a space before the `#`",
                )
        if "\t" not in text:
            return
        spans.sort()
        starts = [span[0] for span in spans]
        reported: set[int] = set()
        for index in (found.start() for found in re.finditer("\t", text)):
            at = bisect.bisect_right(starts, index) - 1
            if at >= 0 and spans[at][0] <= index < spans[at][1]:
                continue
            line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
            if _in_comment(text, line_start, index, spans, starts):
                continue
            line, column = _place_of(text, index)
            if line in reported:
                continue
            if len(reported) == _AMBIGUOUS_REPORTED:
                break  # enough to show what to fix; each place costs a pass over the text
            reported.add(line)
            self.report_at(
                line,
                column,
                "a tab outside quotes: YAML readers disagree about tabs there "
                "(claimtrack could not rewrite the ledger); use spaces, or quote the text",
            )

    # -- shapes ---------------------------------------------------------------

    def entries(self, node: yaml.Node, where: str) -> _Entries:
        """The (key, key node, value node) pairs of a mapping; duplicates and odd keys reported.

        An empty value (`parties:` with nothing after it) reads as no entries.
        """
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
            return []
        if not isinstance(node, yaml.MappingNode):
            found = _describe(node)
            self.report(node, f"{where or 'top level'}: expected a mapping, found {found}")
            return []
        seen: dict[str, yaml.Node] = {}
        result: _Entries = []
        what = _ID_SECTIONS.get(where)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, f"{where or 'top level'}: keys must be plain text")
                continue
            if key_node.tag == _NULL_TAG:
                self._report_null_key(key_node, where, what or "key")
                continue
            key = str(key_node.value)
            if what is not None:
                self.note_typed(key_node, where, what)
            first = seen.get(key)
            if first is not None:
                self._report_duplicate(key_node, where, key, first.start_mark.line + 1)
                continue
            seen[key] = key_node
            result.append((key, key_node, value_node))
        return result

    def _report_null_key(self, node: yaml.ScalarNode, where: str, what: str) -> None:
        text = str(node.value)
        fix = f"quote it ({quoted(text)}) if that is the {what}" if text else f"give the {what}"
        self.report(node, f"{where or 'top level'}: a {what} that YAML reads as no value; {fix}")

    def _report_duplicate(self, node: yaml.Node, where: str, key: str, first_line: int) -> None:
        if where == "claims":
            # No command reads a ledger with two claims of one id, so the fix is by hand.
            what, fix = (
                "claim id",
                "give one of them another id here; then, if they are one claim, "
                "`claimtrack merge` folds them",
            )
        else:
            what, fix = "key", "keep one of them"
        self.report(
            node,
            f"{where or 'top level'}: duplicate {what} '{key}' (first at line {first_line}); {fix}",
        )

    def fields(
        self,
        node: yaml.Node,
        where: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> dict[str, _Field]:
        """A mapping with a fixed set of keys: unknown and missing keys reported."""
        is_mapping = isinstance(node, yaml.MappingNode)
        result: dict[str, _Field] = {}
        for key, key_node, value_node in self.entries(node, where):
            if key in allowed:
                result[key] = _Field(key_node, value_node)
            else:
                expected = ", ".join(allowed)
                self.report(
                    key_node,
                    f"{where or 'top level'}: unknown key '{key}' (expected one of {expected})",
                )
        if is_mapping or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG):
            for key in required:
                if key not in result:
                    hint = _REQUIRED_HINTS.get(key, "add it")
                    self.report(
                        node, f"{where or 'top level'}: missing required key '{key}' ({hint})"
                    )
        return result

    # -- scalars --------------------------------------------------------------

    def text(self, node: yaml.Node, where: str) -> str:
        """A required piece of text; any scalar's text counts (`published: 2024-11-17`)."""
        value = self.optional_text(node, where)
        if value is None and isinstance(node, yaml.ScalarNode):
            written = str(node.value)
            hint = (
                f" (a plain {written} is no value; quote it, {quoted(written)}, if it is the text)"
            )
            self.report(node, f"{where}: must not be empty{hint if written else ''}")
        return value or ""

    def optional_text(self, node: yaml.Node, where: str) -> str | None:
        """The scalar's text as written, quoted or not; None for a null."""
        if not isinstance(node, yaml.ScalarNode):
            self.report(node, f"{where}: expected text, found {_describe(node)}")
            return None
        if node.tag == _NULL_TAG:
            return None
        self.note_typed(node, where)
        return str(node.value)

    def positive_number(self, node: yaml.Node, where: str) -> int:
        value = _plain_value(node, whole_number)
        if value is not None and value >= 1:
            return value
        # `-3` is a whole number too, only not a line's: say what is wrong with it.
        negative = _plain_value(node, lambda text: text[:1] == "-" and whole_number(text[1:]))
        if value is not None or negative:
            self.report(node, f"{where}: must be 1 or more")
        else:
            self.report(node, f"{where}: expected a whole number, found {_describe(node)}")
        return 1

    def number(self, node: yaml.Node, where: str) -> float:
        value = _plain_value(node, decimal_number)
        if value is not None:
            return value
        self.report(node, f"{where}: expected a number, found {_describe(node)}")
        return 0.0

    def text_list(self, node: yaml.Node, where: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{where}: expected a list, found {_describe(node)}")
            return ()
        items = (self.text(item, f"{where}[{i}]") for i, item in enumerate(node.value))
        return tuple(items)

    def stance(self, node: yaml.Node, where: str) -> Stance:
        value = self.optional_text(node, where)
        if value in STANCES:
            return Stance(value)
        if value is not None:
            self.report(node, f"{where}: unknown stance '{value}' (expected {_one_of(STANCES)})")
        elif isinstance(node, yaml.ScalarNode):
            self.report(node, f"{where}: must not be empty (expected {_one_of(STANCES)})")
        return Stance.ASSERTS

    # -- the ledger -----------------------------------------------------------

    def read_ledger(self, root: yaml.Node) -> Ledger | None:
        if not isinstance(root, yaml.MappingNode):
            self.report(
                root,
                "the ledger must be a mapping with version, parties, sources and claims; "
                "run `claimtrack init` in an empty folder to see one",
            )
            return None
        top = self.fields(root, "", TOP_KEYS, required=("version",))
        self._check_version(top.get("version"))
        no_sources: tuple[Source, ...] = ()
        sources = self._optional(top, "sources", self.sources, no_sources)
        source_ids = {source.id for source in sources}
        self._check_copies(sources, source_ids)
        return Ledger(
            path=self.path,
            parties=self._optional(top, "parties", self.parties, ()),
            sources=sources,
            claims=self._optional(top, "claims", lambda n: self.claims(n, source_ids), ()),
            settings=self._optional(top, "settings", self._settings, Settings()),
            cues=self._optional(top, "cues", self._cues, Cues()),
        )

    def _optional(
        self, top: dict[str, _Field], key: str, read: Callable[[yaml.Node], _T], default: _T
    ) -> _T:
        found = top.get(key)
        return read(found.value) if found is not None else default

    def _check_version(self, found: _Field | None) -> None:
        if found is None:
            return
        node = found.value
        if _plain_value(node, whole_number) == FORMAT_VERSION:
            return
        found_text = node.value if isinstance(node, yaml.ScalarNode) else _describe(node)
        self.report(
            node,
            f"version: unsupported version {found_text} (expected {FORMAT_VERSION}); "
            "this claimtrack reads `version: 1` ledgers",
        )

    def _settings(self, node: yaml.Node) -> Settings:
        found = self.fields(node, "settings", SETTINGS_KEYS)
        if "threshold" not in found:
            return Settings()
        value_node = found["threshold"].value
        threshold = self.number(value_node, "settings.threshold")
        if not 0 <= threshold <= 100:
            self.report(value_node, "settings.threshold: must be between 0 and 100")
        return Settings(threshold=threshold)

    def _cues(self, node: yaml.Node) -> Cues:
        lists: dict[str, tuple[str, ...]] = {}
        for key, key_node, value_node in self.entries(node, "cues"):
            if key not in STANCES:
                self.report(key_node, f"cues: unknown stance '{key}' (expected {_one_of(STANCES)})")
                continue
            lists[key] = self.text_list(value_node, f"cues.{key}")
        return Cues(**lists)

    def parties(self, node: yaml.Node) -> tuple[Party, ...]:
        parties = []
        for name, _, value_node in self.entries(node, "parties"):
            found = self.fields(value_node, f"parties.{name}", PARTY_KEYS)
            aliases = found.get("aliases")
            where = f"parties.{name}.aliases"
            names = self.text_list(aliases.value, where) if aliases is not None else ()
            kind = found.get("kind")
            party_kind = self.optional_text(kind.value, f"parties.{name}.kind") if kind else None
            if kind is not None and party_kind is not None and party_kind not in _kinds():
                self.report(
                    kind.value,
                    f"parties.{name}.kind: unknown kind '{party_kind}' "
                    f"(expected {_one_of(_kinds())})",
                )
                party_kind = None
            parties.append(Party(name=name, aliases=names, kind=party_kind))
        return tuple(parties)

    def sources(self, node: yaml.Node) -> tuple[Source, ...]:
        return tuple(
            self._source(source_id, value_node)
            for source_id, _, value_node in self.entries(node, "sources")
        )

    def _source(self, source_id: str, node: yaml.Node) -> Source:
        where = f"sources.{source_id}"
        found = self.fields(node, where, SOURCE_KEYS, required=("path", "sha256"))

        def text(key: str) -> str:
            return self.text(found[key].value, f"{where}.{key}") if key in found else ""

        def optional(key: str) -> str | None:
            return self.optional_text(found[key].value, f"{where}.{key}") if key in found else None

        extracted = found.get("extracted")
        if "copy_of" in found:
            self._copy_of_nodes[source_id] = found["copy_of"].value
        return Source(
            id=source_id,
            path=text("path"),
            sha256=text("sha256"),
            title=optional("title"),
            url=optional("url"),
            published=optional("published"),
            outlet=optional("outlet"),
            extracted=self.text_list(extracted.value, f"{where}.extracted") if extracted else (),
            copy_of=optional("copy_of"),
        )

    def _check_copies(self, sources: tuple[Source, ...], source_ids: set[str]) -> None:
        for source in sources:
            node = self._copy_of_nodes.get(source.id)
            if node is not None and source.copy_of not in source_ids:
                self.report(
                    node,
                    f"sources.{source.id}.copy_of: unknown source '{source.copy_of}' "
                    "(use the id of another source under `sources:`)",
                )

    def claims(self, node: yaml.Node, source_ids: set[str]) -> tuple[Claim, ...]:
        claims = []
        for claim_id, key_node, value_node in self.entries(node, "claims"):
            where = f"claims.{claim_id}"
            found = self.fields(value_node, where, CLAIM_KEYS, required=("text",))
            text = self.text(found["text"].value, f"{where}.text") if "text" in found else ""
            if text.isspace() or (text == "" and _is_text(found.get("text"))):
                self.report(found["text"].value, f"{where}.text: must not be empty")
            statements = found.get("statements")
            claims.append(
                Claim(
                    id=claim_id,
                    text=text,
                    statements=(
                        self._statements(statements.value, where, source_ids) if statements else ()
                    ),
                    position=_position(key_node),
                )
            )
        return tuple(claims)

    def _statements(
        self, node: yaml.Node, where: str, source_ids: set[str]
    ) -> tuple[Statement, ...]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{where}.statements: expected a list, found {_describe(node)}")
            return ()
        return tuple(
            self._statement(item, f"{where}.statements[{i}]", source_ids)
            for i, item in enumerate(node.value)
        )

    def _statement(self, node: yaml.Node, where: str, source_ids: set[str]) -> Statement:
        if not self._noting:
            fast = _clean_statement(node, source_ids)
            if fast is not None:
                return fast
        required = ("stance", "source", "line", "content", "quote")
        found = self.fields(node, where, STATEMENT_KEYS, required=required)

        def text(key: str) -> str:
            return self.text(found[key].value, f"{where}.{key}") if key in found else ""

        def optional(key: str) -> str | None:
            return self.optional_text(found[key].value, f"{where}.{key}") if key in found else None

        source = text("source")
        if "source" in found and source and source not in source_ids:
            self.report(
                found["source"].value,
                f"{where}.source: unknown source '{source}' "
                "(add it under `sources:` or use the id of a listed source)",
            )
        line = self.positive_number(found["line"].value, f"{where}.line") if "line" in found else 1
        stance = found.get("stance")
        return Statement(
            stance=self.stance(stance.value, f"{where}.stance") if stance else Stance.ASSERTS,
            quote=text("quote"),
            content=text("content"),
            source=source,
            line=line,
            party=optional("party"),
            speaker=optional("speaker"),
            cue=optional("cue"),
            position=_position(node),
        )


_STATEMENT_KEYS = frozenset(STATEMENT_KEYS)
_STANCE_OF = {stance.value: stance for stance in Stance}


def _clean_statement(node: yaml.Node, source_ids: set[str]) -> Statement | None:
    """The statement of a node with nothing to report, read in one pass; None otherwise.

    Most statements are clean, and reading them through `_Reader.fields` costs
    a third of a cold read. Anything unusual (a key unknown, missing or twice,
    a value not plain text where text is due, an odd line or stance, an
    unknown source) returns None: the careful path then reads the node again
    and reports what it finds, exactly as before.
    """
    if type(node) is not yaml.MappingNode:
        return None
    values: dict[str, str | None] = {}
    for key_node, value_node in node.value:
        if type(key_node) is not yaml.ScalarNode or type(value_node) is not yaml.ScalarNode:
            return None
        key = key_node.value
        if key_node.tag == _NULL_TAG or key not in _STATEMENT_KEYS or key in values:
            return None
        values[key] = None if value_node.tag == _NULL_TAG else str(value_node.value)
        if key == "line" and value_node.style:
            return None  # a quoted line is reported as not a number
    stance, source, line = values.get("stance"), values.get("source"), values.get("line")
    quote, content = values.get("quote"), values.get("content")
    if stance is None or source is None or line is None or quote is None or content is None:
        return None
    number = whole_number(line)
    if number is None or number < 1 or not source or source not in source_ids:
        return None
    if stance not in _STANCE_OF:
        return None
    return Statement(
        stance=_STANCE_OF[stance],
        quote=quote,
        content=content,
        source=source,
        line=number,
        party=values.get("party"),
        speaker=values.get("speaker"),
        cue=values.get("cue"),
        position=_position(node),
    )
