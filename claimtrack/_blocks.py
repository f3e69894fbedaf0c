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

import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrack import cache
from claimtrack._yaml import has_anchor, parse_ledger, plain_source, read_entry
from claimtrack.model import Ledger, Stance

SECTIONS = ("parties", "sources", "claims")
# A section header that the split understands: the name, a colon, nothing but
# a comment after it.
_HEADER = re.compile(r"(parties|sources|claims):(?:[ ]+#[^\n]*)?[ ]*")
# Lines at the top level: anything at column 0 but a comment or a blank line.
# (Patterns here start at a line's newline, which a search skips to quickly.)
_TOP_LINE = re.compile(r"\n[^\s#]")
# What makes the split uncertain anywhere in the file: a document marker or a
# directive, a BOM inside the text, and the characters YAML 1.1 counts as line
# breaks (they would shift every line number after them). Anchors are looked
# for as the whole parse looks for them (`_yaml._ANCHOR`): an alias may name an
# anchor in another block, and expansions add up across blocks. (An alias with
# no anchor is an error, in a block as in the whole file.)
_MARKER = re.compile(r"\n(?:---|\.\.\.|%)")
_ODD_BREAKS = ("\x85", "\u2028", "\u2029", "\ufeff")
# Blocks read one by one cost more than their share of a whole parse: past this
# many new blocks (and a quarter of all), the whole text is parsed instead.
_MOST_NEW = 50
_STANCES = {stance.value: stance for stance in Stance}


@dataclass(frozen=True)
class Block:
    """One entry of a section: its text, from its key's line, and that line (0-based)."""

    section: str
    line: int
    text: str

    def key(self) -> str:
        digest = hashlib.blake2b(self.text.encode("utf-8"), digest_size=16).hexdigest()
        return f"{self.section}:{digest}"


@dataclass(frozen=True)
class Split:
    """A ledger text cut into the entries of its sections and the rest (the skeleton).

    The skeleton is the text with each section's entries replaced by as many
    empty lines, so everything in it keeps its line and column.
    """

    skeleton: str
    blocks: dict[str, list[Block]]


def split(text: str) -> Split | None:
    """The text cut into blocks; None where the cut would not be certain."""
    if (
        _MARKER.search("\n" + text[:4])
        or _MARKER.search(text)
        or any(c in text for c in _ODD_BREAKS)
    ):
        return None
    if has_anchor(text):
        return None
    tops = [0] if re.match(r"[^\s#]", text) else []
    tops += [found.start() + 1 for found in _TOP_LINE.finditer(text)]
    tops.append(len(text))
    skeleton: list[str] = [text[: tops[0]]]
    blocks: dict[str, list[Block]] = {}
    line = text.count("\n", 0, tops[0])
    for start, end in itertools.pairwise(tops):
        header_end = text.find("\n", start, end)
        header = _HEADER.fullmatch(text, start, header_end if header_end != -1 else end)
        part_lines = text.count("\n", start, end)
        if header is None or header_end == -1:
            skeleton.append(text[start:end])
            line += part_lines
            continue
        section = header.group(1)
        if section in blocks:
            return None  # a section twice: the whole parse says so
        skeleton.append(text[start : header_end + 1])
        body_start = header_end + 1
        entries = _entries(text, body_start, end, section, line + 1)
        if entries is None:
            return None
        blocks[section] = entries
        skeleton.append("\n" * (part_lines - 1))
        line += part_lines
    return Split("".join(skeleton), blocks)


def _entries(text: str, start: int, end: int, section: str, line: int) -> list[Block] | None:
    """The blocks of a section's body `text[start:end]`, whose first line is `line`."""
    indent = _first_indent(text, start, end)
    if indent is None:
        return [] if _only_comments(text, start, end) else None
    # Every line that is not blank, not a comment and indented less than the
    # entries would end the section or break it: not a case for splitting.
    shallow = re.compile(rf"\n {{0,{indent - 1}}}[^ \n#]")
    if shallow.search(text, start - 1, end):
        return None
    key_line = re.compile(rf"\n {{{indent}}}[^ \n#]")
    starts = [found.start() + 1 for found in key_line.finditer(text, start - 1, end)]
    if not starts or not _only_comments(text, start, starts[0]):
        return None
    starts.append(end)
    result = []
    line += text.count("\n", start, starts[0])
    for begin, finish in itertools.pairwise(starts):
        result.append(Block(section, line, text[begin:finish]))
        line += text.count("\n", begin, finish)
    return result


_LINE_START = re.compile(r"^( *)([^ \n])", re.MULTILINE)


def _first_indent(text: str, start: int, end: int) -> int | None:
    """The indentation of the first line that is not blank or a comment; None if none or 0."""
    for found in _LINE_START.finditer(text, start, end):
        if found.group(2) != "#":
            return len(found.group(1)) or None
    return None


def _only_comments(text: str, start: int, end: int) -> bool:
    """Whether the lines are all empty, spaces or comments (a tab elsewhere is a problem)."""
    return all(
        not line.strip(" ") or line.lstrip(" ").startswith("#")
        for line in text[start:end].split("\n")
    )


# -- reading one block ----------------------------------------------------------


# -- the whole ledger -------------------------------------------------------------


def read_from_blocks(text: str, path: Path) -> Ledger | None:
    """The ledger read block by block, cached blocks reused; None to parse it whole.

    None as well when there is no block cache, or most blocks are new (another
    ledger at this path): one whole parse is then quicker than many small ones.
    """
    cut = split(text)
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
                plain = read_entry(block.section, block.text)
                if plain is None:
                    return None
            fresh[key] = plain
            found.append((block, plain))
        entries[section] = found
    skeleton, _ = parse_ledger(cut.skeleton, str(path))
    if skeleton is None:
        return None
    parties = [plain for _, plain in entries["parties"]] if "parties" in entries else None
    sources = [plain for _, plain in entries["sources"]] if "sources" in entries else None
    claims = [(plain, block.line - 1) for block, plain in entries.get("claims", ())]
    if not _consistent(skeleton, parties, sources, claims if "claims" in entries else None):
        return None
    if known.keys() != fresh.keys():
        cache.store_blocks(path, fresh)
    return cache.ledger_from_entries(
        skeleton.path,
        parties if parties is not None else _plain_parties(skeleton),
        sources if sources is not None else [plain_source(s) for s in skeleton.sources],
        claims if "claims" in entries else [(cache.claim_entry(c), 0) for c in skeleton.claims],
        skeleton.settings,
        skeleton.cues,
    )


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
    return all(cited in known for entry, _ in claims for cited in entry[3])


def _unique(values: list[str]) -> bool:
    return len(set(values)) == len(values)


def remember_blocks(text: str, path: Path, ledger: Ledger) -> None:
    """After a whole parse: remember each block's entry, when the blocks match the entries.

    A block is remembered only when the split is certain for the text and each
    section has exactly as many blocks as entries, each claim's key on its
    block's first line: the blocks are then exactly the entries' texts.
    """
    cut = split(text)
    if cut is None:
        return
    found: dict[str, Any] = {}
    claims: list[tuple[cache.ClaimEntry, int]] = []
    for section, blocks in cut.blocks.items():
        if section == "claims":
            if len(ledger.claims) != len(blocks):
                return
            for block, claim in zip(blocks, ledger.claims, strict=True):
                if claim.position is None or claim.position.line != block.line + 1:
                    return
                # `read_entry` reads a block below a one-line header.
                entry = cache.claim_entry(claim, block.line - 1)
                found[block.key()] = entry
                claims.append((entry, block.line - 1))
        elif section == "sources":
            if len(ledger.sources) != len(blocks):
                return
            for block, source in zip(blocks, ledger.sources, strict=True):
                found[block.key()] = plain_source(source)
        else:
            if len(ledger.parties) != len(blocks):
                return
            for block, party in zip(blocks, ledger.parties, strict=True):
                found[block.key()] = (party.name, party.aliases, party.kind)
    cache.store_blocks(path, found)
    if "claims" in cut.blocks:
        # The cache file of this ledger is then written from these same entries.
        cache.entries_of(
            ledger,
            _plain_parties(ledger),
            [plain_source(source) for source in ledger.sources],
            claims,
        )
