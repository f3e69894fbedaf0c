"""Edits of ledger text that change only what they must.

A write does not load and re-emit the whole ledger: each change becomes a few
splices of the text, placed by the marks of the YAML nodes PyYAML composes
(the reader that validates), and the text of anything new is written by
`claimtrack._emit` in the ledger's layout, indented as its neighbours are. So
every comment, blank line, quoting and line wrap outside what changed stays as
it was, byte for byte.

A statement goes after the last line of its claim, a new claim after the last
claim, a new source after the last source: comment lines that follow (say,
the heading of the next claim) stay where they are. What a splice cannot
place (a claim or a list written in flow style, say) raises `CannotSplice`,
and the write is refused with the place in the file.

A ledger is spliced as its bytes: the text an `Index` and its `Splices` work
on is the file's UTF-8 bytes, positions are byte offsets, and nothing of a big
ledger is decoded or copied whole but the parts a write composes; the new
bytes are kept as views of the old ones and the new pieces (`Splices.spliced`,
`claimtrack._spliced`), never joined whole by a write. Only
the parts composed are decoded, for PyYAML, and their marks put back as byte
offsets; what is new is encoded as it is spliced in. Everything the index looks for in the text by
itself (line breaks, colons, spaces, `#`, `-`) is one byte in UTF-8, and ids
are searched for as their bytes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from claimtrack import _emit
from claimtrack._scalars import is_null, typed_as
from claimtrack._spliced import Spliced
from claimtrack.cache import (
    all_placed,
    claim_ids,
    claim_spots,
    claim_spots_between,
    layout_tops,
    note_copies,
)
from claimtrack.model import Claim, Ledger, Source, Statement

_NUMBERS = frozenset({"version", "threshold", "line"})
_SMALL = ("version", "settings", "cues", "parties")
# The text of new entries, given the column of their keys and the indentation of their fields.
_Entry = Callable[[int, int], str]


class CannotSplice(Exception):
    """This change cannot be placed in the text by splicing: `reason`, at `node` if known."""

    def __init__(self, reason: str, node: yaml.Node | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.place = (node.start_mark.line + 1, node.start_mark.column + 1) if node else None


@dataclass(frozen=True)
class Moved:
    """The statements of a claim of the base text, moved with their text and comments.

    `changes` are statements of it rewritten (or, as None, removed) on the way,
    by number, with what each was: a merge decides the stances of the
    statements it moves again.
    """

    claim_id: str
    changes: tuple[tuple[int, Statement, Statement | None], ...] = ()


def encoded(text: str) -> bytes:
    """`text` as its UTF-8 bytes."""
    return text.encode("utf-8")


def decoded(data: bytes) -> str:
    """The text of UTF-8 bytes (`encoded` undone)."""
    return data.decode("utf-8")


@dataclass
class Splices:
    """Replacements of spans of one text (its UTF-8 bytes), applied together: the new
    text of each change is given as text, and kept as its UTF-8 bytes."""

    text: bytes
    edits: list[tuple[int, int, int, int, bytes]] = field(default_factory=list)

    def replace(self, start: int, end: int, new: str, rank: int = 0) -> None:
        self.edits.append((start, end, rank, len(self.edits), new.encode("utf-8")))

    def insert(self, at: int, new: str, rank: int = 0) -> None:
        self.replace(at, at, new, rank)

    def overlaps(self, start: int, end: int) -> bool:
        return any((s < end and start < e) or s == start == e for s, e, *_ in self.edits)

    def apply(self, begin: int = 0, stop: int | None = None) -> bytes:
        """The bytes (or the part from `begin` to `stop`) with every change made, joined
        once from views of the text: no other copy of it is made."""
        view = memoryview(self.text)
        whole = begin == 0 and stop is None
        stop = len(self.text) if stop is None else stop
        parts: list[bytes | memoryview] = []
        # The stretches of the text the bytes made copy: where in them, where in the
        # text, how many (the content key of the bytes made is worked out from them).
        copies: list[tuple[int, int, int]] = []
        made = 0
        done = begin
        for start, end, _, _, new in sorted(self.edits):
            if start < begin or end > stop:
                continue
            if start < done:
                raise CannotSplice("two changes overlap")
            parts.append(view[done:start])
            parts.append(new)
            copies.append((made, done, start - done))
            made += start - done + len(new)
            done = end
        parts.append(view[done:stop])
        copies.append((made, done, stop - done))
        joined = b"".join(parts)
        if whole:
            note_copies(joined, self.text, copies)
        return joined

    def spliced(self) -> Spliced:
        """The bytes with every change made, held as the pieces they join (`Spliced`):
        a big ledger's write writes them and keys them without joining them."""
        pieces: list[tuple[int, int] | bytes] = []
        done = 0
        for start, end, _, _, new in sorted(self.edits):
            if start < done:
                raise CannotSplice("two changes overlap")
            pieces += [(done, start), new]
            done = end
        pieces.append((done, len(self.text)))
        return Spliced(self.text, pieces)

    def apply_text(self, begin: int = 0, stop: int | None = None) -> str:
        """As `apply`, decoded."""
        return self.apply(begin, stop).decode("utf-8")


def _is_null(node: yaml.Node) -> bool:
    """Whether nothing at all is written for a value (`key:` and the line ends)."""
    return isinstance(node, yaml.ScalarNode) and not node.style and not node.value


def line_end(text: bytes, index: int) -> int:
    """The index just past the line break that ends the line holding `index`."""
    at = text.find(b"\n", index)
    return len(text) if at == -1 else at + 1


def line_start(text: bytes, index: int) -> int:
    return text.rfind(b"\n", 0, index) + 1


def content_end(text: bytes, node: yaml.Node) -> int:
    """Where the last thing written of `node` ends (comments and blank lines after it not)."""
    while True:
        if isinstance(node, yaml.MappingNode) and node.flow_style is not True and node.value:
            last_key, last_value = node.value[-1]
            node = last_key if _is_null(last_value) else last_value
            if node is last_key:
                # `key:` with nothing after it ends with its colon.
                return text.index(b":", last_key.end_mark.index) + 1
            continue
        if isinstance(node, yaml.SequenceNode) and node.flow_style is not True and node.value:
            node = node.value[-1]
            continue
        break
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        start, end = node.start_mark.index, node.end_mark.index
        header = text[start : line_end(text, start)]
        if b"+" in header.split(b"#", 1)[0]:
            return end  # kept trailing lines are its text
        return start + len(text[start:end].rstrip(b" \n"))
    return int(node.end_mark.index)


def after_line(text: bytes, index: int) -> tuple[int, str]:
    """Where text goes on the lines after `index`, and a line break it needs first (at EOF)."""
    end = line_end(text, index)
    if end == len(text) and not text.endswith(b"\n"):
        return end, "\n"
    return end, ""


@dataclass
class Index:
    """The nodes of one ledger text that splices are placed by."""

    text: bytes
    root: yaml.MappingNode
    top: Mapping[str, tuple[yaml.Node, yaml.Node]]
    claims: Mapping[str, tuple[yaml.Node, yaml.Node]]
    sources: Mapping[str, tuple[yaml.Node, yaml.Node]]
    # Claims whose own nodes are composed (all of them, unless composed one by one).
    lazy: bool = False

    def splices(self) -> Splices:
        """No changes yet to this index's text."""
        return Splices(self.text)

    @classmethod
    def of(cls, data: bytes, root: yaml.Node | None = None, text: str | None = None) -> Index:
        """The index of a ledger's bytes composed whole. `root`, if given, has marks
        at byte offsets, unless `text` (the decoded bytes it was composed from) is
        given: its marks are then moved to byte offsets, in place."""
        if root is None:
            text = data.decode("utf-8")
            root = compose(text)
        if root is not None and text is not None and not data.isascii():
            _shift(root, 0, 0, text)
        if not isinstance(root, yaml.MappingNode):
            raise CannotSplice("not a mapping")
        top = {str(k.value): (k, v) for k, v in root.value}
        return cls(data, root, top, _entries(top.get("claims")), _entries(top.get("sources")))

    # -- layout ----------------------------------------------------------------

    def section_layout(self, name: str) -> tuple[int, int]:
        """The column of a section's keys and how much deeper their fields are."""
        found = self.top.get(name)
        section = found[1] if found else None
        if isinstance(section, yaml.MappingNode) and section.value and not section.flow_style:
            first_key, first_value = section.value[0]
            column = first_key.start_mark.column
            if isinstance(first_value, yaml.MappingNode) and not first_value.flow_style:
                return column, max(1, first_value.start_mark.column - column)
            return column, 2
        return 2, 2

    @classmethod
    def by_parts(
        cls,
        text: bytes,
        ledger: Ledger,
        *,
        layout: tuple[list[tuple[int, int, str | None]], list[int]] | None = None,
        ids: tuple[list[str], Mapping[str, int]] | None = None,
    ) -> Index | None:
        """The index of a big ledger, composing only what a write reads: each section
        but the claims, and each claim when first asked for, by the lines the
        ledger's positions give. None when the text is laid out otherwise.
        `text` is the ledger's UTF-8 bytes.

        `layout`, where the sections and each claim's key line start in `text`
        as the write that saved it placed them, saves searching the text for them;
        each claim a write composes is still found where it says, or none is used.
        `ids`, the claims' ids in order and the number of each (the last of an id
        repeated), saves reading them from the claims again.

        With a layout, nothing is made for every claim: the claims' places are the
        layout's, and the line of a claim's key is asked of its position only
        where a write composes (`_line_of`)."""
        from claimtrack.ledger import TOP_KEYS

        if ledger.claims and ids is None:
            every = claim_ids(ledger.claims)
            ids = (every, {claim_id: n for n, claim_id in enumerate(every)})
        if layout is not None and ids is not None and not _fits(text, ids[0], layout):
            layout = None
        if layout is not None:
            _TOPS[:] = [(text, layout[0])]
        tops = _tops_of(text)
        found = [(start, name) for start, _, name in tops if name is not None]
        if [name for _, name in found] != [n for n in TOP_KEYS if n in {x for _, x in found}]:
            return None
        if len(tops) != len(found):
            return None  # a line at column 0 that is no section: not a layout to guess at
        bounds = [at for at, _ in found] + [len(text)]
        top = _Sections(text)
        claims_part: tuple[int, int] | None = None
        for (start, name), end in zip(found, bounds[1:], strict=True):
            if name == "claims":
                claims_part = (start, end)
                first = line_end(text, start)
                pair = _compose_part(text, start, first)
                if pair is None:
                    return None
                if text[pair[1].start_mark.index : first].strip() not in (b"", b"{}"):
                    return None  # `claims: {...}` in flow style
                dict.__setitem__(top, name, pair)
            else:
                top.parts[name] = (start, end)
        root = _LazyRoot(top)
        claims: Mapping[str, tuple[yaml.Node, yaml.Node]] = {}
        if claims_part is not None and ledger.claims and ids is not None:
            key_starts: list[int] | None
            if layout is not None:
                # Places as the layout gives them (`_fits` found them in order).
                if not all_placed(ledger.claims):
                    return None
                key_starts = layout[1]
                _ANCHORS[:] = [(text, [0, *key_starts], _KeyLines(ledger.claims))]
                if key_starts[0] < claims_part[0]:
                    return None
            else:
                spots = claim_spots(ledger.claims)
                if any(spot is None for spot in spots):
                    return None
                known = [spot for spot in spots if spot is not None]
                key_starts = _key_lines(text, ledger.claims, known, claims_part[0])
                if key_starts is None:
                    lines = _starts_of(text)
                    key_starts = [lines[line - 1] for line, _ in known]
                if key_starts != sorted(key_starts) or key_starts[0] < claims_part[0]:
                    return None
            lazy = _Claims(text, ids[0], key_starts, claims_part[1], ids[1])
            key_node = top["claims"][0]
            first_id, last_id = ids[0][0], ids[0][-1]
            section = yaml.MappingNode(
                "tag:yaml.org,2002:map", [lazy[first_id], lazy[last_id]], flow_style=False
            )
            dict.__setitem__(top, "claims", (key_node, section))
            claims = lazy
        return cls(text, root, top, claims, _LazySources(top), lazy=True)

    def quote_touched(
        self,
        splices: Splices,
        claims: Sequence[str],
        sources: Sequence[str],
        all_sources: bool,
    ) -> None:
        """Quote plain texts other readers would type in the small sections, the
        sources named (all of them with `all_sources`), and the claims named."""
        for name, (_, value) in ((n, self.top[n]) for n in _SMALL if n in self.top):
            if name == "version":
                continue
            self.quote_typed(splices, value)
        if all_sources:
            top = self.top
            whole = top.whole("sources") if isinstance(top, _Sections) else top["sources"]
            self.quote_typed(splices, whole[1])
        else:
            for source_id in sources:
                if source_id in self.sources:
                    for node in self.sources[source_id]:
                        self.quote_typed(splices, node)
        for claim_id in claims:
            for node in self.claims[claim_id]:
                self.quote_typed(splices, node)

    def written_plain_in(self, section: str, texts: set[str]) -> bool:
        """Whether any of `texts` may stand unquoted in a section (a quick look)."""
        found = [(start, after) for start, after, name in _tops_of(self.text) if name == section]
        if not found:
            return False
        start, after = found[0]
        later = [at for at, _, name in _tops_of(self.text) if name is not None and at > start]
        end = later[0] if later else len(self.text)
        return self._plain_pattern(texts).search(self.text, after, end) is not None

    def written_plain_between(self, texts: set[str], start: int, end: int) -> bool:
        """Whether any of `texts` may stand unquoted from `start` to `end` (a quick look)."""
        return self._plain_pattern(texts).search(self.text, start, end) is not None

    def written_plain(self, claim_id: str, texts: set[str]) -> bool:
        """Whether any of `texts` may stand unquoted in the lines of a claim (a quick look)."""
        claims = self.claims
        if not isinstance(claims, _Claims):
            return True
        n = claims.order[claim_id]
        end = claims.places[n + 1] if n + 1 < len(claims.places) else claims.end
        return self._plain_pattern(texts).search(self.text, claims.places[n], end) is not None

    def _plain_pattern(self, texts: set[str]) -> re.Pattern[bytes]:
        return _plain_pattern({encoded(t) for t in texts})

    def source_places(self) -> tuple[list[int], int] | None:
        """Where each source's key line starts, in the ledger's order of `ids`, and where
        the sources end (composed by parts); None when not plainly so laid out."""
        sources = self.sources
        if not isinstance(sources, _LazySources):
            return None
        part = sources.part()
        starts = sources.entry_starts()
        return (starts, part[1]) if part is not None and starts else None

    def claim_places(self) -> tuple[list[int], int]:
        """Where each claim's key line starts, and where the claims end (composed by parts)."""
        claims = self.claims
        if not isinstance(claims, _Claims):
            raise CannotSplice("claims composed whole")
        return claims.places, claims.end

    def quote_typed(self, splices: Splices, top: yaml.Node | None = None) -> None:
        """Quote every text written plain that some YAML reader would type otherwise.

        The ledger reads `1e5` as text wherever it stands, but another tool
        reading the file would not: a write quotes such values (and nothing
        else of what it leaves alone). The numbers (`version`, `threshold`, a
        statement's `line`) stay plain.
        """
        todo: list[tuple[yaml.Node, bool]] = [(top or self.root, False)]
        while todo:
            node, number = todo.pop()
            if isinstance(node, yaml.ScalarNode):
                if number or node.style or is_null(str(node.value)):
                    continue
                value = str(node.value)
                if typed_as(value) is None:
                    continue
                start, end = node.start_mark.index, node.end_mark.index
                if not splices.overlaps(start, end):
                    splices.replace(start, end, _emit.scalar(value))
            elif isinstance(node, yaml.SequenceNode):
                todo.extend((item, False) for item in node.value)
            elif isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    name = str(k.value) if isinstance(k, yaml.ScalarNode) else ""
                    todo.append((k, False))
                    todo.append((v, name in _NUMBERS and self._numbered(node, name)))

    def _numbered(self, mapping: yaml.MappingNode, name: str) -> bool:
        """Whether `name` under this mapping is one of the ledger's numbers."""
        if name == "version":
            return mapping is self.root
        if name == "threshold":
            settings = self.top.get("settings")
            return settings is not None and settings[1] is mapping
        return True  # a `line`: only statements have one

    def statement_offset(self) -> int:
        """How much deeper than `statements:` the `- ` of statements stands in this ledger."""
        for claim_id in itertools.islice(self.claims, 50):
            claim = self.claims[claim_id][1]
            if not isinstance(claim, yaml.MappingNode):
                continue
            for k, v in claim.value:
                seq = isinstance(v, yaml.SequenceNode) and v.value and not v.flow_style
                if str(k.value) == "statements" and seq:
                    return max(0, int(v.start_mark.column) - int(k.start_mark.column))
        return 0

    # -- statements ------------------------------------------------------------

    def entries_text(
        self, entries: Sequence[Statement | Moved], dash: int, inner: int, indent: int
    ) -> str:
        """New statements, and the text of moved ones, as list items with `- ` at `dash`."""
        parts = []
        for entry in entries:
            if isinstance(entry, Moved):
                parts.append(self.moved_text(entry.claim_id, dash, entry.changes))
            else:
                parts.append(_emit.statement_text(entry, dash, inner, indent))
        return "".join(parts)

    def add_statements(
        self, splices: Splices, claim_id: str, entries: Sequence[Statement | Moved]
    ) -> None:
        """Put statements (new ones, and moved ones) after a claim's last line."""
        claim = self.claims[claim_id][1]
        if not isinstance(claim, yaml.MappingNode) or claim.flow_style:
            raise CannotSplice("a claim in flow style", claim)
        _, indent = self.section_layout("claims")
        fields = {str(k.value): (k, v) for k, v in claim.value}
        column = claim.start_mark.column
        found = fields.get("statements")
        if found is not None and isinstance(found[1], yaml.SequenceNode) and found[1].value:
            seq = found[1]
            if seq.flow_style:
                raise CannotSplice("statements in flow style", seq)
            dash = seq.start_mark.column
            first = seq.value[0]
            inner = first.start_mark.column if isinstance(first, yaml.MappingNode) else dash + 2
            at, lead = after_line(self.text, content_end(self.text, claim))
            splices.insert(at, lead + self.entries_text(entries, dash, inner, indent), rank=0)
            return
        dash = column + self.statement_offset()
        body = self.entries_text(entries, dash, dash + 2, indent)
        if found is None:
            at, lead = after_line(self.text, content_end(self.text, claim))
            splices.insert(at, f"{lead}{' ' * column}statements:\n{body}", rank=0)
            return
        statements_key, value = found
        if not self._fill_empty(splices, statements_key, value, yaml.SequenceNode, body, rank=0):
            raise CannotSplice("statements that are not a list", value)

    def rename_claim(self, splices: Splices, old: str, new: str) -> None:
        """Rewrite a claim's key, and nothing else."""
        if old == new:
            return
        key_node = self.claims[old][0]
        splices.replace(key_node.start_mark.index, key_node.end_mark.index, _emit.key(new))

    def retext_claim(self, splices: Splices, claim_id: str, old: str, new: str) -> None:
        """Rewrite the value of a claim's `text:` key, and nothing else."""
        _, node = self.claims[claim_id]
        _, indent = self.section_layout("claims")

        def render(name: str, value: object, column: int) -> str:
            assert isinstance(value, str)
            return _emit.field(name, value, column, indent)

        self._set_fields(
            splices, node, {"text": old}, {"text": new}, ("text",), render, keep_null=True
        )

    # -- new entries at the end of a section -------------------------------------

    def add_entries(self, splices: Splices, name: str, text_of: _Entry) -> None:
        """Put entries after the last one of section `name` (created if missing)."""
        column, indent = self.section_layout(name)
        body = text_of(column, indent)
        found = self.top.get(name)
        if found is None:
            from claimtrack.ledger import TOP_KEYS

            # Sections made at one place go in the ledger's order.
            at, lead = self._new_section_place(name)
            splices.insert(at, f"{lead}{name}:\n{body}", rank=10 + TOP_KEYS.index(name))
            return
        key_node, section = found
        if isinstance(section, yaml.MappingNode) and not section.flow_style and section.value:
            at, lead = after_line(self.text, content_end(self.text, section))
            splices.insert(at, lead + body, rank=1)
            return
        if not self._fill_empty(splices, key_node, section, yaml.MappingNode, body, rank=1):
            raise CannotSplice(f"{name} in flow style", section)

    def _fill_empty(
        self,
        splices: Splices,
        key_node: yaml.Node,
        value: yaml.Node,
        kind: type[yaml.CollectionNode],
        body: str,
        *,
        rank: int,
    ) -> bool:
        """Put `body` as the items of an empty value, `key:` or `key: []` / `key: {}`
        (the brackets go, the items follow the line); False if the value is not empty."""
        if _is_null(value):
            at, lead = after_line(self.text, key_node.end_mark.index)
        elif isinstance(value, kind) and value.flow_style and not value.value:
            start, end = value.start_mark.index, value.end_mark.index
            while start > 0 and self.text[start - 1 : start] == b" ":
                start -= 1
            splices.replace(start, end, "")
            at, lead = after_line(self.text, end)
        else:
            return False
        splices.insert(at, lead + body, rank=rank)
        return True

    def _new_section_place(self, name: str) -> tuple[int, str]:
        from claimtrack.ledger import TOP_KEYS

        rank = TOP_KEYS.index(name)
        before = [
            (k, v) for k, v in self.root.value if str(k.value) in TOP_KEYS[:rank]
        ] or self.root.value[:1]
        last_key, last_value = before[-1]
        end = content_end(self.text, last_value) if not _is_null(last_value) else None
        index = end if end is not None else last_key.end_mark.index
        return after_line(self.text, index)

    # -- sources ---------------------------------------------------------------

    def update_source(self, splices: Splices, old: Source, new: Source) -> None:
        """Change the fields of a listed source that differ, each where it stands."""
        _, node = self.sources[old.id]
        _, indent = self.section_layout("sources")

        def render(name: str, value: object, column: int) -> str:
            assert isinstance(value, str | tuple)
            return _emit.source_field(name, value, column, indent)

        before, after = _emit.source_values(old), _emit.source_values(new)
        self._set_fields(splices, node, before, after, _emit.SOURCE_KEYS, render, keep_null=False)

    def _set_fields(
        self,
        splices: Splices,
        node: yaml.Node,
        before: Mapping[str, object],
        after: Mapping[str, object],
        order: Sequence[str],
        render: Callable[[str, object, int], str],
        *,
        keep_null: bool,
    ) -> None:
        """Write the fields of a block mapping whose values differ, each where it stands.

        A missing key goes in its place in `order`; a key whose value becomes
        None is removed, or with `keep_null` written as `null`.
        """
        if not isinstance(node, yaml.MappingNode) or node.flow_style or not node.value:
            raise CannotSplice("a mapping in flow style", node)
        column = node.start_mark.column
        fields = {str(k.value): (k, v) for k, v in node.value}
        for name in order:
            value = after[name]
            found = fields.get(name)
            if value == before[name] and (found is not None or value is None):
                continue
            if found is None:
                if value is None:
                    continue
                line = render(name, value, column)
                rank = order.index(name)
                earlier = [fields[k] for k in order[:rank] if k in fields]
                if earlier:
                    k, v = earlier[-1]
                    end = content_end(self.text, v) if not _is_null(v) else k.end_mark.index
                    at, lead = after_line(self.text, end)
                    splices.insert(at, lead + line, rank=rank)
                else:
                    # Before the first key, on its line: `- stance:` becomes `- party: ..`.
                    splices.insert(node.start_mark.index, line[column:] + " " * column, rank=rank)
                continue
            key_node, value_node = found
            end = content_end(self.text, value_node) if not _is_null(value_node) else None
            if value is None and not keep_null:
                start = line_start(self.text, key_node.start_mark.index)
                stop = end if end is not None else key_node.end_mark.index
                if self.text[start : key_node.start_mark.index].strip():
                    raise CannotSplice("a key that shares its line")
                splices.replace(start, line_end(self.text, stop), "")
                continue
            line = render(name, value, key_node.start_mark.column)
            head, _, block = line.partition("\n")
            head = head[key_node.start_mark.column + len(name) + 2 :]
            value_start = value_node.start_mark.index
            if end is None:
                value_start = end = text_after_colon(self.text, key_node.end_mark.index)
                head = " " + head
            splices.replace(value_start, end, head)
            if block:
                at, lead = after_line(self.text, end)
                splices.insert(at, lead + block, rank=len(order))

    # -- statements of the base text ----------------------------------------------

    def _statement_items(self, claim_id: str) -> tuple[yaml.Node, yaml.SequenceNode] | None:
        """The `statements` key and its block list of a claim; None when it has none."""
        claim = self.claims[claim_id][1]
        if not isinstance(claim, yaml.MappingNode) or claim.flow_style:
            raise CannotSplice("a claim in flow style", claim)
        for k, v in claim.value:
            if str(k.value) != "statements":
                continue
            if isinstance(v, yaml.SequenceNode) and v.value:
                if v.flow_style:
                    raise CannotSplice("statements in flow style", v)
                return k, v
        return None

    def moved_text(
        self,
        claim_id: str,
        dash: int,
        changes: Sequence[tuple[int, Statement, Statement | None]] = (),
    ) -> str:
        """The text of a claim's statements, with the comments among them, `- ` at `dash`;
        `changes` (number, old, new or None) made in it."""
        found = self._statement_items(claim_id)
        if found is None:
            return ""
        key_node, seq = found
        start = line_end(self.text, key_node.end_mark.index)
        end = line_end(self.text, content_end(self.text, seq))
        # The comments above the claim's key and over its statements go with them:
        # the claim is merged away, a note a person wrote on it is not.
        notes = "".join(
            " " * dash + decoded(line).lstrip(" ")
            for line in self._claim_notes(
                claim_id, line_start(self.text, key_node.start_mark.index)
            )
        )
        edits = self.splices()
        for number, old, new in changes:
            if new is None:
                self.remove_statement(edits, claim_id, number)
            else:
                self.update_statement(edits, claim_id, number, old, new)
        quoting = self.splices()
        self.quote_typed(quoting, seq)
        for edit in quoting.edits:
            # A field rewritten is written quoted where it needs to be already.
            if not edits.overlaps(edit[0], edit[1]):
                edits.edits.append(edit)
        raw = edits.apply_text(start, end)
        if not raw.endswith("\n"):
            raw += "\n"
        return notes + _reindent(raw, dash - seq.start_mark.column)

    def _claim_notes(self, claim_id: str, statements_line: int) -> list[bytes]:
        """The whole-line comments just above a claim's key, and those between its
        key and the line `statements_line` starts, in order."""
        key_node = self.claims[claim_id][0]
        key_line = line_start(self.text, key_node.start_mark.index)
        above = re.findall(rb"[^\n]*\n", self.text[self._comments_above(key_node) : key_line])
        header = self.text[line_end(self.text, key_node.end_mark.index) : statements_line]
        depth = 0  # the column of the `statements` key
        while self.text[statements_line + depth : statements_line + depth + 1] == b" ":
            depth += 1
        inside = [
            line + b"\n"
            for line in header.split(b"\n")
            # Deeper, a `#` line is a line of a block scalar's text, not a comment.
            if line.lstrip(b" ").startswith(b"#") and len(line) - len(line.lstrip(b" ")) <= depth
        ]
        return above + inside

    def _comments_above(self, key_node: yaml.Node) -> int:
        """Where the run of whole-line comments just above a key starts (the key's
        own line when none is there); a comment deeper than the key belongs to
        what stands before it."""
        column = key_node.start_mark.column
        start = line_start(self.text, key_node.start_mark.index)
        while start > 0:
            above = line_start(self.text, start - 1)
            line = self.text[above:start]
            body = line.lstrip(b" ")
            if not body.startswith(b"#") or len(line) - len(body) > column:
                break
            start = above
        return start

    def remove_statement(self, splices: Splices, claim_id: str, number: int) -> None:
        """Remove one statement's lines; the comments around it stay."""
        found = self._statement_items(claim_id)
        if found is None or number >= len(found[1].value):
            raise CannotSplice("no such statement")
        item = found[1].value[number]
        start = line_start(self.text, item.start_mark.index)
        if self.text[start : item.start_mark.index].strip() != b"-":
            raise CannotSplice("a statement that does not start its line")
        splices.replace(start, line_end(self.text, content_end(self.text, item)), "")

    def update_statement(
        self, splices: Splices, claim_id: str, number: int, old: Statement, new: Statement
    ) -> None:
        """Write the fields of one statement that differ, each where it stands."""
        found = self._statement_items(claim_id)
        if found is None or number >= len(found[1].value):
            raise CannotSplice("no such statement")
        _, indent = self.section_layout("claims")

        def render(name: str, value: object, column: int) -> str:
            if name == "line":
                return f"{' ' * column}line: {value}\n"
            assert value is None or isinstance(value, str)
            if name in ("content", "quote"):
                return _emit.field(name, value, column, indent)
            return _emit.short_field(name, value, column)

        self._set_fields(
            splices,
            found[1].value[number],
            _emit.statement_values(old),
            _emit.statement_values(new),
            _emit.STATEMENT_KEYS,
            render,
            keep_null=True,
        )

    def drop_claim(self, splices: Splices, claim_id: str) -> None:
        """Remove a claim's lines and the comment lines just above its key."""
        key_node, value = self.claims[claim_id]
        start = line_start(self.text, key_node.start_mark.index)
        if self.text[start : key_node.start_mark.index].strip():
            raise CannotSplice("a claim that does not start its line")
        start = self._comments_above(key_node)
        end = content_end(self.text, value) if not _is_null(value) else key_node.end_mark.index
        splices.replace(start, line_end(self.text, end), "")

    def claim_commented(self, claim_id: str) -> bool:
        """Whether a comment stands among a claim's lines or just above its key
        (what `drop_claim` would remove with it). A `#` after a space anywhere
        in its lines counts: a quote holding one is taken for a comment too."""
        key_node, value = self.claims[claim_id]
        column = key_node.start_mark.column
        start = line_start(self.text, key_node.start_mark.index)
        if start > 0:
            above = self.text[line_start(self.text, start - 1) : start]
            body = above.lstrip(b" ")
            if body.startswith(b"#") and len(above) - len(body) <= column:
                return True
        end = content_end(self.text, value) if not _is_null(value) else key_node.end_mark.index
        lines = self.text[start : line_end(self.text, end)]
        return b" #" in lines or any(
            line.lstrip(b" ").startswith(b"#") for line in lines.split(b"\n")
        )

    def empty_claims(self, splices: Splices) -> None:
        """Every claim gone: `claims: {}`, and the comments after the last claim stay."""
        key_node, section = self.top["claims"]
        end = line_end(self.text, content_end(self.text, section))
        splices.replace(text_after_colon(self.text, key_node.end_mark.index), end, " {}\n")


def text_after_colon(text: bytes, index: int) -> int:
    return text.index(b":", index) + 1


def _entries(found: tuple[yaml.Node, yaml.Node] | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if found is None or not isinstance(found[1], yaml.MappingNode):
        return {}
    return {str(k.value): (k, v) for k, v in found[1].value if isinstance(k, yaml.ScalarNode)}


# A line at column 0, found by its newline (which a search skips to quickly).
_COLUMN_ZERO = re.compile(rb"\n[^\s#]")
# The lines at column 0 of the last text asked about: a write asks about one text.
_TOPS: list[tuple[bytes, list[tuple[int, int, str | None]]]] = []


def _tops_of(text: bytes) -> list[tuple[int, int, str | None]]:
    """Each line of `text` at column 0 (not a comment): where it starts, where its
    section key ends, and the section it opens (None for any other line)."""
    if _TOPS and _TOPS[0][0] is text:
        return _TOPS[0][1]
    starts = [0] if text[:1] and not text[:1].isspace() and text[:1] != b"#" else []
    starts += [found.start() + 1 for found in _COLUMN_ZERO.finditer(text)]
    tops = layout_tops(text, starts)
    _TOPS[:] = [(text, tops)]
    return tops


def _plain_pattern(texts: set[bytes]) -> re.Pattern[bytes]:
    """Any of `texts` standing unquoted: after a key, a dash or in a flow list."""
    return re.compile(rb"(?:^|[\s:\[,])" + _trie(sorted(texts)) + rb"(?:$|[\s,:\]#])", re.M)


def _trie(texts: list[bytes]) -> bytes:
    """A regular expression for any of `texts` (sorted), shared prefixes matched once:
    far faster than an alternation of thousands of ids."""
    if not texts:
        return b"(?!)"
    if len(texts) == 1:
        return re.escape(texts[0])
    ended = texts[0] == b""
    branches = []
    for first, group in itertools.groupby((t for t in texts if t), key=lambda t: t[:1]):
        branches.append(re.escape(first) + _trie([t[1:] for t in group]))
    pattern = b"(?:" + b"|".join(branches) + b")"
    return pattern + b"?" if ended else pattern


def compose(text: str) -> yaml.Node | None:
    """The nodes of ledger text, for their marks: every scalar left untyped, which is faster."""
    loader: type[yaml.BaseLoader] = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    return yaml.compose(text, Loader=loader)


def _line_starts(text: bytes) -> list[int]:
    # Each line's length plus its newline, summed: no Python code runs per line.
    lengths = map((1).__add__, map(len, text.split(b"\n")[:-1]))
    return list(itertools.accumulate(lengths, initial=0))


# The line starts of the last text asked about: a write asks about one text.
_LINES: list[tuple[bytes, list[int]]] = []


def _starts_of(text: bytes) -> list[int]:
    """The line starts of `text`, counted once per text."""
    if not _LINES or _LINES[0][0] is not text:
        _LINES[:] = [(text, _line_starts(text))]
    return _LINES[0][1]


def _line_of(text: bytes, index: int) -> int:
    """The 0-based line of `text[index]`: counted from the nearest line known before it."""
    if _LINES and _LINES[0][0] is text:
        return bisect.bisect_right(_LINES[0][1], index) - 1
    if not _ANCHORS or _ANCHORS[0][0] is not text:
        _ANCHORS[:] = [(text, [0], [0])]
    _, offsets, lines = _ANCHORS[0]
    n = bisect.bisect_right(offsets, index) - 1
    return lines[n] + text.count(b"\n", offsets[n], index)


class _KeyLines:
    """The (0-based) lines of the anchors of a ledger laid out as stored (`by_parts`):
    the text's start, then each claim's key line, as the claim's position says,
    read only for the claims a write asks about."""

    __slots__ = ("_claims", "_known")

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._known: dict[int, int] = {0: 0}

    def __getitem__(self, n: int) -> int:
        line = self._known.get(n)
        if line is None:
            spot = claim_spots_between(self._claims, n - 1, n)[0]
            if spot is None:
                raise CannotSplice("a claim with no place")
            line = self._known[n] = spot[0] - 1
        return line


# Line starts known in the last text asked about, with their (0-based) lines:
# the claims' key lines, found by `_key_lines` (or as a stored layout gives them).
_ANCHORS: list[tuple[bytes, list[int], list[int] | _KeyLines]] = []


def _key_lines(
    text: bytes,
    claims: Sequence[Claim],
    spots: Sequence[tuple[int, int]],
    start: int,
) -> list[int] | None:
    """Where each claim's key line starts in the ledger's bytes, found by its key at
    the line and column its spot (line, column) gives, from `start` (a line start)
    on; None if one is not found there.

    A few searches through the text instead of splitting all of it into lines.
    """
    places = []
    at, line = start, text.count(b"\n", 0, start)
    for claim_id, (key_line, column) in zip(claim_ids(claims), spots, strict=True):
        indent = " " * (column - 1)
        found = _key_at(text, encoded(f"{indent}{claim_id}:"), at)
        if found == -1:
            # Only an id not found as it is is spelled as the writer quotes it.
            spelled = _emit.key(claim_id)
            if spelled != claim_id:
                found = _key_at(text, encoded(f"{indent}{spelled}:"), at)
        if found == -1:
            return None
        line += text.count(b"\n", at, found)
        if line != key_line - 1:
            return None
        places.append(found)
        at = found
    _ANCHORS[:] = [(text, [0, *places], [0, *(line - 1 for line, _ in spots)])]
    return places


def _fits(
    text: bytes, claims: list[str], layout: tuple[list[tuple[int, int, str | None]], list[int]]
) -> bool:
    """Whether a stored layout is one of `text`, whose claims have the ids `claims`, as
    far as a quick look tells: a line starts at each place, the first and last
    claims' keys and the sections' stand where it says (each claim composed is
    checked as it is, `_Claims`)."""
    tops, places = layout
    if len(places) != len(claims) or any(
        not (0 <= start <= len(text) and (start == 0 or text[start - 1] == 10))
        or (name is not None and not text.startswith(name.encode(), start))
        for start, _, name in tops
    ):
        return False
    if not claims:
        return True
    if places != sorted(places) or places[0] < 1 or places[-1] >= len(text):
        return False
    for n in (0, len(claims) - 1):
        line = text[places[n] : text.find(b"\n", places[n])].lstrip(b" ")
        if text[places[n] - 1] != 10 or not (
            line.startswith(encoded(claims[n] + ":"))
            or line.startswith(encoded(_emit.key(claims[n]) + ":"))
        ):
            return False
    return True


def _key_at(text: bytes, key: bytes, at: int) -> int:
    """Where the first line from `at` (a line start) on starting with `key` starts; -1 if none."""
    if text.startswith(key, at):
        return at
    found = text.find(b"\n" + key, at)
    return found + 1 if found != -1 else -1


def _compose_part(text: bytes, start: int, end: int) -> tuple[yaml.Node, yaml.Node] | None:
    """The one entry of a mapping written from `start` to `end` of the ledger's bytes,
    marks as in the whole text: the part is decoded to be composed, and its marks'
    indexes are given back as byte offsets."""
    raw = text[start:end]
    wide = not raw.isascii()
    try:
        part = raw.decode("utf-8")
        node = compose(part)
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return None
    _shift(node, start, _line_of(text, start), part if wide else None)
    key, value = node.value[0]
    return key, value


def _nodes_of(root: yaml.Node) -> list[yaml.Node]:
    nodes = []
    todo = [root]
    while todo:
        node = todo.pop()
        nodes.append(node)
        if isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                todo.extend((key, value))
    return nodes


def _byte_offsets(part: str, indexes: set[int]) -> dict[int, int]:
    """The UTF-8 byte offset in `part` of each character index, encoding it once."""
    offsets = {}
    done = size = 0
    for index in sorted(indexes):
        size += len(part[done:index].encode("utf-8"))
        offsets[index] = size
        done = index
    return offsets


def _shift(root: yaml.Node, index: int, line: int, wide: str | None = None) -> None:
    """Move the marks of a part's nodes to where the part stands in the whole text;
    with `wide` (the part, decoded), their indexes counted in its UTF-8 bytes."""
    nodes = _nodes_of(root)
    offsets = None
    if wide is not None:
        indexes = {n.start_mark.index for n in nodes} | {n.end_mark.index for n in nodes}
        offsets = _byte_offsets(wide, indexes)
    moved: dict[int, yaml.Mark] = {}

    def move(mark: yaml.Mark) -> yaml.Mark:
        done = moved.get(id(mark))
        if done is None:
            at = mark.index if offsets is None else offsets[mark.index]
            done = yaml.Mark(mark.name, at + index, mark.line + line, mark.column, "", 0)
            moved[id(mark)] = done
        return done

    for node in nodes:
        node.start_mark = move(node.start_mark)
        node.end_mark = move(node.end_mark)


class _Sections(dict[str, tuple[yaml.Node, yaml.Node]]):
    """The top-level sections of a big ledger, each composed when first asked for."""

    def __init__(self, text: bytes) -> None:
        super().__init__()
        self.text = text
        self.parts: dict[str, tuple[int, int]] = {}
        self._whole: dict[str, tuple[yaml.Node, yaml.Node]] = {}

    def _make(self, name: str) -> None:
        part = self.parts.get(name)
        if part is not None and not dict.__contains__(self, name):
            # Its first and last entries are what placing a new one asks for.
            pair = _ends_of(self.text, *part) if name == "sources" else None
            dict.__setitem__(self, name, pair or self.whole(name))

    def whole(self, name: str) -> tuple[yaml.Node, yaml.Node]:
        """A section composed whole."""
        made = self._whole.get(name)
        if made is None:
            part = self.parts.get(name)
            pair = _compose_part(self.text, *part) if part is not None else None
            if pair is None:
                raise CannotSplice(f"the section {name} not where it seems")
            made = self._whole[name] = pair
            dict.__setitem__(self, name, pair)
        return made

    def __getitem__(self, name: str) -> tuple[yaml.Node, yaml.Node]:
        self._make(name)
        return dict.__getitem__(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        self._make(name)
        return dict.get(self, name, default)

    def __contains__(self, name: object) -> bool:
        return name in self.parts or dict.__contains__(self, name)

    def pairs(self) -> list[tuple[yaml.Node, yaml.Node]]:
        for name in list(self.parts):
            self._make(name)
        return sorted(dict.values(self), key=lambda pair: pair[0].start_mark.index)


def _ends_of(text: bytes, start: int, end: int) -> tuple[yaml.Node, yaml.Node] | None:
    """A section (`name:` and entries, from `start` to `end`) with only its first and last
    entries composed; None when it is not plainly a block of entries."""
    head_end = line_end(text, start)
    head = _compose_part(text, start, head_end)
    lines = _entry_lines(text, head_end, end)
    if head is None or lines is None or not _is_null(head[1]):
        return None
    column, keys, _ = lines
    if column == 0 or len(keys) < 2:
        return None
    first = _compose_part(text, keys[0], keys[1])
    last = _compose_part(text, keys[-1], end)
    if first is None or last is None:
        return None
    return head[0], yaml.MappingNode("tag:yaml.org,2002:map", [first, last], flow_style=False)


# A line with something written on it that is no comment, after its line break (a
# pattern that starts with a line break is searched for by it, not tried at every
# character): the spaces it starts with, and which of them give its column.
_WRITTEN = r"( *)[^\S\n]*[^\s#]"


@functools.lru_cache(maxsize=64)
def _written(spaces: str) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """A line written on (no comment) that starts with `spaces` (a pattern of spaces and
    no more): after a line break, and at the start of the text."""
    line = rf"({spaces})(?! )[^\S\n]*[^\s#]".encode()
    return re.compile(b"\n" + line), re.compile(line)


def _written_lines(text: bytes, start: int, end: int, spaces: str) -> Iterator[re.Match[bytes]]:
    """The lines from `start` (a line start) to `end` written on that start with `spaces`;
    each match's first group is the spaces."""
    after_break, at_start = _written(spaces)
    if start == 0:
        first = at_start.match(text, 0, end)
        if first is not None:
            yield first
        start = 1
    yield from after_break.finditer(text, start - 1, end)


def _entry_lines(text: bytes, start: int, end: int) -> tuple[int, list[int], bool] | None:
    """Of the lines from `start` (a line start) to `end` that are neither blank nor a
    comment: how many spaces the first starts with, where each line starting with
    as many starts, and whether any starts with fewer; None when there is none.
    Only those lines are looked at one by one, and no line is copied (a source's
    `extracted` list on a big ledger is a line of a thousand characters or more)."""
    first = next(_written_lines(text, start, end, " *"), None)
    if first is None:
        return None
    column = len(first.group(1))
    keys = [found.start(1) for found in _written_lines(text, start, end, f" {{{column}}}")]
    fewer = column > 0 and any(_written_lines(text, start, end, f" {{0,{column - 1}}}"))
    return column, keys, fewer


class _LazyRoot(yaml.MappingNode):
    """The root of a big ledger: its entries composed only when walked."""

    def __init__(self, sections: _Sections) -> None:
        super().__init__("tag:yaml.org,2002:map", [])
        self._sections = sections

    @property
    def value(self) -> list[tuple[yaml.Node, yaml.Node]]:
        return self._sections.pairs()

    @value.setter
    def value(self, _: Any) -> None:
        pass


class _LazySources(Mapping[str, tuple[yaml.Node, yaml.Node]]):
    """The sources of a big ledger, each composed from its own lines when first asked
    for (all of them, when they are not plainly a block of entries)."""

    def __init__(self, sections: _Sections) -> None:
        self._sections = sections
        self._made: dict[str, tuple[yaml.Node, yaml.Node]] | None = None
        self._one: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        self._starts: list[int] | None = None

    def _all(self) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if self._made is None:
            found = self._sections.whole("sources") if "sources" in self._sections else None
            self._made = _entries(found)
        return self._made

    def part(self) -> tuple[int, int] | None:
        """Where the section is in the text (its header line first)."""
        return self._sections.parts.get("sources")

    def entry_starts(self) -> list[int]:
        """Where each entry's key line starts; none when the section is laid out otherwise."""
        if self._starts is None:
            self._starts = []
            part = self._sections.parts.get("sources")
            if part is not None:
                text = self._sections.text
                lines = _entry_lines(text, line_end(text, part[0]), part[1])
                if lines is not None and lines[0] > 0 and not lines[2]:
                    self._starts = lines[1]
        return self._starts

    def __getitem__(self, source_id: str) -> tuple[yaml.Node, yaml.Node]:
        if self._made is not None:
            return self._made[source_id]
        found = self._one.get(source_id)
        if found is not None:
            return found
        text, starts = self._sections.text, self.entry_starts()
        spelled = encoded(source_id)
        for n, start in enumerate(starts):
            # Only a key line that spells the id is composed (one with escapes is not found).
            if spelled not in text[start : line_end(text, start)]:
                continue
            end = starts[n + 1] if n + 1 < len(starts) else self._sections.parts["sources"][1]
            pair = _compose_part(text, start, end)
            if pair is not None and str(pair[0].value) == source_id:
                self._one[source_id] = pair
                return pair
        return self._all()[source_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


class _Claims(Mapping[str, tuple[yaml.Node, yaml.Node]]):
    """The claims of a big ledger, each composed from its own lines when first asked for."""

    def __init__(
        self, text: bytes, ids: list[str], places: list[int], end: int, order: Mapping[str, int]
    ) -> None:
        self._text = text
        self.order = order  # each id's number (the last of an id repeated)
        self._ids = ids
        self.places = places
        self.end = end
        self._made: dict[str, tuple[yaml.Node, yaml.Node]] = {}

    def __getitem__(self, claim_id: str) -> tuple[yaml.Node, yaml.Node]:
        made = self._made.get(claim_id)
        if made is None:
            n = self.order[claim_id]
            start = self.places[n]
            end = self.places[n + 1] if n + 1 < len(self.places) else self.end
            pair = _compose_part(self._text, start, end)
            if pair is None or str(pair[0].value) != claim_id:
                raise CannotSplice("a claim not where the ledger's positions say")
            made = self._made[claim_id] = pair
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _reindent(raw: str, shift: int) -> str:
    """Moved lines, `shift` columns further right (or left, when negative)."""
    if shift == 0:
        return raw
    lines = raw.splitlines(keepends=True)
    out = []
    for line in lines:
        if shift > 0:
            out.append(" " * shift + line if line.strip() else line)
        else:
            cut = min(-shift, len(line) - len(line.lstrip(" ")))
            out.append(line[cut:])
    return "".join(out)
