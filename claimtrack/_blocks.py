"""Reading a ledger in proportion to what changed: one top-level entry at a time.

A ledger is mostly three sections of entries, `parties:`, `sources:` and
`claims:`, each entry (a party, a source, a claim) a block of lines that starts
with its key at the section's indentation. Each block is read on its own and
remembered under a hash of its own text (`claimtrack.cache`), so after a hand
edit of one claim only that claim's block is parsed again; every other block,
wherever it moved in the file, is taken from the cache.

The split is textual, so it is trusted only where it is certain. It is not
used, and the whole file is parsed as before, when the text has anchors,
document markers or directives, characters that YAML readers count as line
breaks differently, or when any piece fails to read cleanly on its own: a
block cut inside a quoted or flow scalar, a key that is not where the split
put it, a block with two keys. Whatever is wrong with a ledger is therefore
always reported by the whole parse, with its usual lines and columns, and a
ledger read from blocks equals the whole parse of the same text, positions
included. Checks between entries (a duplicate id, a statement citing an
unknown source, a `copy_of` naming none) are made again on the assembled
ledger, and any failure there falls back to the whole parse as well.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrack import cache
from claimtrack._collector import no_collection
from claimtrack._yaml import parse_ledger, plain_source, read_entry
from claimtrack.model import Ledger, Stance

SECTIONS = ("parties", "sources", "claims")
# A section header that the split understands: the name, a colon, nothing but
# a comment after it.
_HEADER = re.compile(rb"(parties|sources|claims):(?:[ ]+#[^\n]*)?[ ]*")
# Lines at the top level: anything at column 0 but a comment or a blank line.
# (Patterns here start at a line's newline, which a search skips to quickly.)
_TOP_LINE = re.compile(rb"\n[^\s#]")
_TOP_START = re.compile(rb"[^\s#]")
# What makes the split uncertain anywhere in the file: a CR (the whole parse
# reads the file with its line ends made LF), and an anchor, looked for as the
# whole parse looks for one (`_yaml.has_anchor`): an alias may name an anchor
# in another block, and expansions add up across blocks. (An alias with no
# anchor is an error, in a block as in the whole file.) A document marker or a
# directive stands at column 0, in the skeleton, whose parse then fails as the
# whole one does. A BOM inside the text or a character that YAML 1.1 counts as
# a line break is reported by the parse of the block or skeleton it is in; a
# block read before had none (it was clean), and the lines the split drops
# (comments before a section's first entry) are looked at here.
# Where an anchor may stand, as `_yaml.has_anchor` looks for one (on bytes, a
# little more often: only ASCII spaces count as space here).
_ANCHOR = re.compile(rb"&(?<![^ \t\[{,\n]&)[^\s,\[\]{}]")
# Characters that YAML takes as space but `_TOP_LINE` does not take for a top line.
_ODD_TOPS = b"\t\x0b\x0c"
_ODD_BREAKS = tuple(character.encode("utf-8") for character in "\x85\u2028\u2029\ufeff")
# Blocks read one by one cost more than their share of a whole parse: past this
# many new blocks (and a quarter of all), the whole text is parsed instead.
_MOST_NEW = 50
# The block cache is written again (holding only the current blocks) once this
# many blocks are new to it; fewer are parsed again on each read meanwhile,
# which costs less than writing the whole block cache after every small edit.
_STORE_AFTER = 16
_STANCES = {stance.value: stance for stance in Stance}


@dataclass(frozen=True)
class Block:
    """One entry of a section: its bytes, from its key's line, and that line (0-based).

    The bytes are a view of the ledger's: most blocks are only hashed, never
    decoded, and copying each out of a big ledger cost as much as hashing it.
    """

    section: str
    line: int
    data: memoryview
    start: int  # where its key's line starts in the ledger's bytes

    def key(self) -> str:
        return f"{self.section}:{cache.block_digest(self.data).hex()}"

    @property
    def text(self) -> str:
        return str(self.data, "utf-8")


@dataclass(frozen=True)
class Split:
    """A ledger cut into the entries of its sections and the rest (the skeleton).

    The skeleton is the ledger with each section's entries replaced by as many
    empty lines, so everything in it keeps its line and column.
    """

    skeleton: bytes
    blocks: dict[str, list[Block]]
    tops: list[int]  # where each line at column 0 (not a comment) starts


def split(data: bytes) -> Split | None:
    """The ledger's bytes (UTF-8, LF line ends) cut into blocks; None unless certain.

    The cut is made on bytes: a block is decoded only when it must be parsed.
    """
    if b"\r" in data:
        return None
    if b"&" in data and _ANCHOR.search(data):
        return None
    # One pass finds the lines at column 0 and those that start the entries of a
    # section indented by two spaces, as the ledgers claimtrack writes are: each
    # line indented by at most two spaces (not blank, not a comment) and its width.
    shallow = [(found.start(), found.end()) for found in _entry_start(2).finditer(data)]
    if any(end - start == 2 and data[end - 1] in _ODD_TOPS for start, end in shallow):
        shallow = []  # a tab, form feed or vertical tab at column 0: no top line
        tops = [found.start() + 1 for found in _TOP_LINE.finditer(data)]
    else:
        tops = [start + 1 for start, end in shallow if end - start == 2]
    if _TOP_START.match(data):
        tops.insert(0, 0)
    column_zero = list(tops)
    tops.append(len(data))
    skeleton: list[bytes] = [data[: tops[0]]]
    blocks: dict[str, list[Block]] = {}
    line = data.count(b"\n", 0, tops[0])
    for start, end in itertools.pairwise(tops):
        header_end = data.find(b"\n", start, end)
        header = _HEADER.fullmatch(data, start, header_end if header_end != -1 else end)
        part_lines = data.count(b"\n", start, end)
        if header is None or header_end == -1:
            skeleton.append(data[start:end])
            line += part_lines
            continue
        section = header.group(1).decode("ascii")
        if section in blocks:
            return None  # a section twice: the whole parse says so
        skeleton.append(data[start : header_end + 1])
        entries = _entries(data, header_end + 1, end, section, line + 1, shallow)
        if entries is None:
            return None
        blocks[section] = entries
        skeleton.append(b"\n" * (part_lines - 1))
        line += part_lines
    return Split(b"".join(skeleton), blocks, column_zero)


def _entries(
    data: bytes,
    start: int,
    end: int,
    section: str,
    line: int,
    shallow: Sequence[tuple[int, int]] = (),
) -> list[Block] | None:
    """The blocks of a section's body `data[start:end]`, whose first line is `line`.

    `shallow`, if not empty, is where each line of the whole text indented by at
    most two spaces starts and ends (`_entry_start(2)`), in order."""
    indent = _first_indent(data, start, end)
    if indent is None:
        return [] if _only_comments(data, start, end) else None
    # Each line that is not blank or a comment and is indented no more than the
    # entries: a key at the entries' indentation starts a block; one indented
    # less would end the section or break it, not a case for splitting.
    if indent == 2 and shallow:
        # Those lines of the body, found already: each starting at or after the
        # header's newline and before the newline that ends the body.
        first = bisect.bisect_left(shallow, (start - 1,))
        last = bisect.bisect_left(shallow, (end - 1,), first)
        found = shallow[first:last]
    else:
        found = [(f.start(), f.end()) for f in _entry_start(indent).finditer(data, start - 1, end)]
    starts = []
    for begin, finish in found:
        if finish - begin != indent + 2:
            return None
        starts.append(begin + 1)
    if not starts or not _only_comments(data, start, starts[0]):
        return None
    starts.append(end)
    result: list[Block] = []
    append, count, view = result.append, data.count, memoryview(data)
    line += count(b"\n", start, starts[0])
    for begin, finish in itertools.pairwise(starts):
        append(Block(section, line, view[begin:finish], begin))
        line += count(b"\n", begin, finish)
    return result


@functools.cache
def _entry_start(indent: int) -> re.Pattern[bytes]:
    """A line's start indented no more than `indent` (then not blank, not a comment):
    the newline, the spaces and the first character. The spaces are taken without
    giving any back (a deeper line fails at once, most lines of a big ledger)."""
    return re.compile(rb"\n {0,%d}+[^ \n#]" % indent)


_LINE_START = re.compile(rb"^( *)([^ \n])", re.MULTILINE)


def _first_indent(data: bytes, start: int, end: int) -> int | None:
    """The indentation of the first line that is not blank or a comment; None if none or 0."""
    for found in _LINE_START.finditer(data, start, end):
        if found.group(2) != b"#":
            return len(found.group(1)) or None
    return None


def _only_comments(data: bytes, start: int, end: int) -> bool:
    """Whether the lines are all empty, spaces or comments with no odd line break in them.

    (A tab outside a comment is a problem, and so is an odd line break anywhere.)
    """
    region = data[start:end]
    if any(character in region for character in _ODD_BREAKS):
        return False
    return all(
        not line.strip(b" ") or line.lstrip(b" ").startswith(b"#") for line in region.split(b"\n")
    )


# -- reading one block ----------------------------------------------------------


# -- the whole ledger -------------------------------------------------------------


def read_from_blocks(data: bytes, path: Path) -> Ledger | None:
    """The ledger's bytes read block by block, cached blocks reused; None to parse it whole.

    `data` is the file without a BOM; blocks are decoded only when parsed.

    None as well when there is no block cache, or most blocks are new (another
    ledger at this path): one whole parse is then quicker than many small ones.
    """
    cut = split(data)
    if cut is None:
        return None
    known = cache.load_blocks(path)
    if known is None:
        return None  # nothing remembered: a cold read, one whole parse
    keyed = {
        section: [(block, block.key()) for block in blocks]
        for section, blocks in cut.blocks.items()
    }
    missing = sum(key not in known for pairs in keyed.values() for _, key in pairs)
    if missing > _MOST_NEW + sum(len(pairs) for pairs in keyed.values()) // 4:
        return None
    fresh: dict[str, Any] = {}
    entries: dict[str, list[tuple[Block, Any]]] = {}
    for section, pairs in keyed.items():
        found = []
        for block, key in pairs:
            plain = known.get(key)
            if plain is None:
                plain = fresh.get(key)
            if plain is None:
                try:
                    plain = read_entry(block.section, block.text)
                except UnicodeDecodeError:
                    return None
                if plain is None:
                    return None
            fresh[key] = plain
            found.append((block, plain))
        entries[section] = found
    try:
        skeleton, _ = parse_ledger(cut.skeleton.decode("utf-8"), str(path))
    except UnicodeDecodeError:
        return None
    if skeleton is None:
        return None
    parties = [plain for _, plain in entries["parties"]] if "parties" in entries else None
    sources = [plain for _, plain in entries["sources"]] if "sources" in entries else None
    claims = [(plain, block.line - 1) for block, plain in entries.get("claims", ())]
    if not _consistent(skeleton, parties, sources, claims if "claims" in entries else None):
        return None
    if len(fresh.keys() - known.keys()) >= _STORE_AFTER:
        cache.store_blocks(path, fresh)
    ledger = cache.ledger_from_entries(
        skeleton.path,
        parties if parties is not None else _plain_parties(skeleton),
        sources if sources is not None else [plain_source(s) for s in skeleton.sources],
        claims if "claims" in entries else [(cache.claim_entry(c), 0) for c in skeleton.claims],
        skeleton.settings,
        skeleton.cues,
    )
    if "claims" in entries:
        # Where the sections and each claim's key line start, as the cut found them:
        # a write of these bytes (right after a hand edit) need not search for them.
        places = [block.start for block, _ in entries["claims"]]
        cache.remember_layout(ledger, (cache.layout_tops(data, cut.tops), places))
    return ledger


def _plain_parties(ledger: Ledger) -> list[Any]:
    return [(party.name, party.aliases, party.kind) for party in ledger.parties]


def _consistent(
    skeleton: Ledger,
    parties: list[Any] | None,
    sources: list[Any] | None,
    claims: list[tuple[cache.ClaimEntry, int]] | None,
) -> bool:
    """Whether the checks between entries pass: ids unique, every source cited known.

    A section not split into blocks comes from the skeleton, which checked itself.
    """
    party_names = [p[0] for p in parties] if parties is not None else []
    source_ids = (
        [s[0] for s in sources] if sources is not None else [s.id for s in skeleton.sources]
    )
    claim_ids = [c[0][0] for c in claims] if claims is not None else []
    known = set(source_ids)
    if not (_unique(party_names) and _unique(claim_ids) and len(known) == len(source_ids)):
        return False
    if sources is not None and any(s[8] is not None and s[8] not in known for s in sources):
        return False
    if claims is None:
        return sources is None or all(
            st.source in known for claim in skeleton.claims for st in claim.statements
        )
    return known.issuperset(itertools.chain.from_iterable(entry[3] for entry, _ in claims))


def _unique(values: list[str]) -> bool:
    return len(set(values)) == len(values)


def remember_blocks(data: bytes, path: Path, ledger: Ledger) -> None:
    """After a whole parse: remember each block's entry, when the blocks match the entries.

    A block is remembered only when the split is certain for the text and each
    section has exactly as many blocks as entries, each claim's key on its
    block's first line: the blocks are then exactly the entries' texts.
    `data` is the file without a BOM.
    """
    cut = split(data)
    if cut is None:
        return
    # Many small objects, all kept: no collector passes over the big parse meanwhile.
    with no_collection():
        entries = _entries_of_blocks(cut, ledger)
    if entries is None:
        return
    found, claims = entries
    cache.store_blocks(path, found)
    if "claims" in cut.blocks:
        # The cache file of this ledger is then written from these same entries.
        cache.entries_of(
            ledger,
            _plain_parties(ledger),
            [plain_source(source) for source in ledger.sources],
            claims,
        )


def _entries_of_blocks(
    cut: Split, ledger: Ledger
) -> tuple[dict[str, Any], list[tuple[cache.ClaimEntry, int]]] | None:
    """Each block's entry, and the claims' entries with their shifts; None when the
    blocks are not exactly the entries (see `remember_blocks`)."""
    found: dict[str, Any] = {}
    claims: list[tuple[cache.ClaimEntry, int]] = []
    for section, blocks in cut.blocks.items():
        if section == "claims":
            if len(ledger.claims) != len(blocks):
                return None
            for block, claim in zip(blocks, ledger.claims, strict=True):
                if claim.position is None or claim.position.line != block.line + 1:
                    return None
                # `read_entry` reads a block below a one-line header.
                entry = cache.claim_entry(claim, block.line - 1)
                found[block.key()] = entry
                claims.append((entry, block.line - 1))
        elif section == "sources":
            if len(ledger.sources) != len(blocks):
                return None
            for block, source in zip(blocks, ledger.sources, strict=True):
                found[block.key()] = plain_source(source)
        else:
            if len(ledger.parties) != len(blocks):
                return None
            for block, party in zip(blocks, ledger.parties, strict=True):
                found[block.key()] = (party.name, party.aliases, party.kind)
    return found, claims
