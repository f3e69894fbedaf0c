"""A cache of validated ledgers, so reading a big ledger costs milliseconds, not seconds.

One file per ledger (named after its absolute path) under
`$XDG_CACHE_HOME/claimtrack/` when that is set, else the platform's cache folder
(`~/.cache/claimtrack` on Linux, `~/Library/Caches/claimtrack` on macOS,
`%LOCALAPPDATA%\\claimtrack\\Cache` on Windows), never beside the ledger.
Each file records the sha256 of the ledger bytes it was built from, so a hand
edit -- even one that keeps the size and modification time -- is never
missed. A cache that is missing, unreadable, corrupt or of an older format is
ignored (and rebuilt by the caller); one that cannot be written is skipped.

The cache is only ever a shortcut: its files are sealed with a keyed hash
(HMAC-SHA256) under a random key kept in the same folder, readable by its owner
alone. A file claimtrack did not write itself -- copied from elsewhere, or
made with a valid-looking checksum -- fails the seal and is rebuilt from the
ledger, so it can never decide an answer the ledger contradicts.

The statements of each claim are kept apart from the rest, in a file of their
own that writes only ever append to (`<name>.<token>.parts`), and so are the
claims' batches and the sources, in stretches of their own: a write that
changes a few claims appends their statements and batches and writes the
small index anew, instead of the whole file. The index names the stretches
of the parts file it uses, each sealed on its own, and where each batch and
the sources are; when more of the file is left over from earlier writes than
is in use, it is written afresh under a new token.

A second file per ledger keeps each party, source and claim under the hash of
its own block of lines (`claimtrack._blocks`), sealed the same way: after a
hand edit, the blocks it did not touch are not parsed again, and their claims'
parts go into the new cache file as they are.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import hmac
import io
import itertools
import json
import marshal
import mmap
import operator
import os
import re
import secrets
import struct
import sys
import tempfile
import typing
import zlib
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from claimtrack._collector import no_collection
from claimtrack._spliced import Spliced
from claimtrack.errors import ClaimtrackError
from claimtrack.model import (
    Claim,
    Cues,
    Ledger,
    Party,
    Position,
    Settings,
    Source,
    Stance,
    Statement,
)

# Plain tuples and dicts through `marshal` load several times faster than
# pickled dataclasses; the model's field names are part of the format, so a
# changed model never reads an old file.
_MODEL = ";".join(
    ",".join(field.name for field in fields(kind))
    for kind in (Statement, Claim, Source, Party, Position, Settings, Cues, Ledger)
)
# The version of what a cached claim entry holds (`ClaimEntry`, `Summary`): both the
# ledger's cache and its blocks' cache carry it, so a changed entry reads neither.
_ENTRY_VERSION = 18
# The version of how the index names the batches (`_batched`): each batch's ids,
# whether any of its claims has no place, the sieve of its texts' last words
# (`_sieve`), its claims' `texts_digest`s (`_digests_of`), the parties its claims'
# statements name, the sieve of the sources they cite (`_summaries_told`) and the
# sieve of the quotes they hold (`_quotes_sieve`) are kept in the index, beside its
# bytes. From version 5 each batch's record (its ids, what the index tells of it
# besides, its claims' part sizes) is marshalled on its own and kept after the
# index's head (`_records_placed`): a write makes again only the records of the
# batches it changed. From version 6 the sources are marshalled in groups of
# `_SOURCES_GROUP`, side by side, their sizes in the index: a command reading a few
# sources decodes their groups alone (`_StoredSources`). From version 7 what each
# source copies (its `copy_of`) is kept in the index beside the ids: `list` decodes
# no source group (`source_copies`).
_BATCHES_VERSION = 7
_FORMAT = (
    f"claimtrack-ledger-cache {_ENTRY_VERSION} batches {_BATCHES_VERSION} "
    f"marshal {marshal.version} "
    f"{hashlib.sha256(_MODEL.encode()).hexdigest()[:16]}\n"
).encode()
_STANCES = {stance.value: stance for stance in Stance}
_STANCE_NAMES = tuple(_STANCES)
_STANCE_NUMBERS = {stance: number for number, stance in enumerate(Stance)}
# Each claim's statements are stored as two marshalled parts of their own (the
# statements without their texts, then the texts), decoded only when the claim
# is read: `show` decodes one claim, `list` the first part of each. The parts
# keep positions relative to the claim's block (`claimtrack._blocks`), with the
# block's shift in the index, so the parts of a claim a hand edit did not touch
# are copied, bytes as they are, from the block cache into the new file.
#
# Beside them each claim keeps its summary (`Summary`), what `list` shows and
# filters on, so that listing a big ledger builds no statement at all.
Summary = tuple[tuple[str, ...], tuple[int, ...], tuple[tuple[str, ...], ...], tuple[int, ...]]
"""What a claim's statements come to: the sources they cite (sorted), how many
take each stance, the parties (sorted, none missing) that take each stance, and
how many statements of each stance have no party ("an official", "sources");
stances in `Stance` order."""
ClaimEntry = tuple[str, str, Any, list[str], bytes, bytes, Summary]
"""A claim as cached: id, text, (line, column) or None, the sources it cites, the two
parts, its summary.

In a batch of the cache file a claim is (id, text, place, shift, its summary
marshalled on its own by `_summary_blob`, its `texts_digest` or None): a batch
loads as one string a claim for the summary, and a batch's summaries are
decoded together when one of them is first asked for (`_Raw.summary`). `list`
and the writes that look for the claims citing a source read every claim's;
`add`, `rename` and `extract` read a few."""


def _summary_blob(summary: Summary) -> bytes:
    """A summary as a batch entry keeps it: marshalled without references (format 2),
    so that the blobs of a batch joined are one marshalled list (`_Summaries`). Its
    names, interned by `summary_of`, are marked so: read back, each is the one
    string, not a copy a claim."""
    return marshal.dumps(summary, 2)


def digest_of(data: bytes | Spliced) -> str:
    """The content key of a ledger's bytes: worked out once for the same bytes, and
    for bytes much like the last ones digested, by hashing only the pieces of them
    that differ.

    The bytes are cut into pieces where their content says (`_piece_end`: the first
    line indented two spaces, a source's or a claim's key, at least `_PIECE_LEAST`
    bytes into the piece, of those the text chooses by their first bytes), each
    piece is hashed on its own, and the key is the hash of the pieces' hashes. A
    change leaves the cuts after it on the same lines, or brings them back there
    within a piece or two (an insertion longer than the space between two lines
    the text chooses, about `_CUT_ONE_IN` claims): a write hashes again the few
    pieces it changed, and finds every other piece, byte for byte the same, in the
    bytes digested before it (the bytes it read), compared, not hashed, or, for
    bytes a splice made of them, known from what it copied (`note_copies`, or the
    `Spliced` bytes' own copies: those are never joined, only the pieces not copied
    whole are). The same bytes are known by identity: looking up 50 MB of bytes by
    value would hash them all once more.
    """
    for known, digest, _ in _DIGESTED:
        if known is data:
            return digest
    # The pieces of the bytes digested last, by their size: where each starts, its hash.
    before: dict[int, list[tuple[int, bytes]]] = {}
    old = _sliced(_DIGESTED[-1][0]) if _DIGESTED else None
    if _DIGESTED:
        for start, end, known_hash in _DIGESTED[-1][2]:
            before.setdefault(end - start, []).append((start, known_hash))
    # Made by a splice of the bytes digested last: the pieces inside a stretch it
    # copied, cut where a piece of those bytes was, are known without a comparison.
    if isinstance(data, Spliced):
        copied: tuple[object, bytes | Spliced, list[tuple[int, int, int]]] | None = (
            data,
            data.text,
            data.copies,
        )
    else:
        copied = _COPIED[0] if _COPIED and _COPIED[0][0] is data else None
    if copied is None or not _DIGESTED or copied[1] is not _DIGESTED[-1][0]:
        copied = None
    copies = copied[2] if copied is not None else []
    copy_starts = [copy[0] for copy in copies]
    old_pieces = {start: (end, known) for start, end, known in _DIGESTED[-1][2]} if copies else {}
    view = _sliced(data)
    pieces: list[tuple[int, int, bytes]] = []
    start = 0
    while start < len(data):
        in_copy = _copied_piece(start, copies, copy_starts, old_pieces) if copies else None
        hashed: bytes | None = None
        if in_copy is not None:
            end, hashed = in_copy
        else:
            end = _piece_end(data, start) if isinstance(data, bytes) else _spliced_end(data, start)
            n = bisect.bisect_right(copy_starts, start) - 1
            if n >= 0 and end <= copies[n][0] + copies[n][2]:
                was = copies[n][1] + start - copies[n][0]
                piece = old_pieces.get(was)
                if piece is not None and piece[0] == was + end - start:
                    hashed = piece[1]
        for at, known_hash in before.get(end - start, ()) if hashed is None else ():
            assert old is not None
            if _holds_at(data, old[at : at + end - start], start):
                hashed = known_hash
                break
        if hashed is None:
            hashed = hashlib.sha256(view[start:end]).digest()
        pieces.append((start, end, hashed))
        start = end
    digest = _key_of(piece[2] for piece in pieces)
    _remember_digested(data, digest, pieces)
    return digest


def _sliced(data: bytes | Spliced) -> memoryview | Spliced:
    """What stretches of `data` are taken from: a view of bytes (no copy), or spliced
    bytes themselves (a stretch of them joined alone)."""
    return memoryview(data) if isinstance(data, bytes) else data


def _holds_at(data: bytes | Spliced, part: bytes | memoryview, start: int) -> bool:
    """Whether `data` holds `part` from `start` on (compared in C, bytes or not)."""
    if isinstance(data, bytes):
        return data.startswith(part, start)
    return data[start : start + len(part)] == part


def _spliced_end(data: Spliced, start: int) -> int:
    """`_piece_end` of spliced bytes: looked for in a stretch of them from `start`, as
    long as the piece's least size and `_PIECE_REACH` (a piece ends within it but
    after an insertion of many claims), twice as long until an end is found whose
    choosing bytes lie in it, or the stretch reaches the end."""
    reach = _PIECE_LEAST + _PIECE_REACH
    while True:
        stretch = data[start : start + reach]
        end = _piece_end(stretch, 0)
        if end + _CUT_WINDOW <= len(stretch) or start + len(stretch) == len(data):
            return start + end
        reach *= 2


def _copied_piece(
    start: int,
    copies: list[tuple[int, int, int]],
    copy_starts: list[int],
    old_pieces: dict[int, tuple[int, bytes]],
) -> tuple[int, bytes] | None:
    """Where the piece starting at `start` of bytes a splice made ends, and its hash,
    when a stretch the splice copied holds a piece of the bytes before from there to
    past its end: where a piece ends is decided by the bytes from its least size to
    the chosen line's first `_CUT_WINDOW` bytes (`_piece_end`), the same bytes in
    both, so the end is not searched for again in the 50 MB a big ledger's write
    makes. None when no such piece is known."""
    n = bisect.bisect_right(copy_starts, start) - 1
    if n < 0:
        return None
    made_at, was_at, size = copies[n]
    was = was_at + start - made_at
    piece = old_pieces.get(was)
    if piece is None or piece[0] + _CUT_WINDOW > was_at + size:
        return None
    return start + piece[0] - was, piece[1]


def _remember_digested(
    data: bytes | Spliced, digest: str, pieces: list[tuple[int, int, bytes]]
) -> None:
    """Keep `data` as digested last, with its key and pieces (see `_DIGESTED`)."""
    if _DIGESTED and _DIGESTED[-1][1] == digest:
        # The bytes digested last, read again: these stand for them (not both kept).
        _DIGESTED[-1] = (data, digest, pieces)
    else:
        _DIGESTED[:] = [*_DIGESTED[-1:], (data, digest, pieces)]


# The last bytes a splice made whole (`_splice.Splices.apply`): those bytes, the bytes
# they were made from, and the stretches of these they copy (where in the bytes made,
# where in the bytes before, how many).
_COPIED: list[tuple[bytes, bytes, list[tuple[int, int, int]]]] = []


def note_copies(made: bytes, text: bytes, copies: list[tuple[int, int, int]]) -> None:
    """Remember that `made` copies these stretches of `text` (see `_COPIED`)."""
    _COPIED[:] = [(made, text, copies)]


# The last bytes digested (two at most: a write's old and new), with their digests and
# their pieces (where each starts and ends, its hash; see `digest_of`).
_DIGESTED: list[tuple[bytes | Spliced, str, list[tuple[int, int, bytes]]]] = []
# A piece of the bytes hashed on its own is at least this long (`_piece_end`).
_PIECE_LEAST = 1 << 18
# How far past its least size a piece of spliced bytes is first looked for its end
# (`_spliced_end`): one line in about `_CUT_ONE_IN` claims' ends one.
_PIECE_REACH = 1 << 16
# Where a piece may end: after a line end followed by a line indented two spaces (the
# key of a source, a party or a claim, in the layout claimtrack writes).
_PIECE_END = re.compile(rb"\n  [^ \n]")
# Of the lines where a piece may end, about one in this many ends one (`_cuts_here`):
# lines the text chooses, so that the cuts after an insertion longer than a claim
# come back to the lines they were on (when every such line could end a piece, the
# first past the least size was always another line after such an insertion).
_CUT_ONE_IN = 16
# How many bytes of a line (from its start) choose it (`_cuts_here`).
_CUT_WINDOW = 32
_KEY_HEAD = b"claimtrack-content 4\n"
_FILE_BLOCK = 1 << 20  # read at a time by `digest_of_file`


def _piece_end(data: bytes, start: int) -> int:
    """Where the piece of `data` starting at `start` ends (see `digest_of`): after the
    line end of the first `_PIECE_END` at least `_PIECE_LEAST` bytes after `start`
    whose line the text chooses (`_cuts_here`), else at the end of the bytes."""
    at = start + _PIECE_LEAST
    while (found := _PIECE_END.search(data, at)) is not None:
        end = found.start() + 1
        if _cuts_here(data, end):
            return end
        at = end
    return len(data)


def _cuts_here(data: bytes | memoryview, at: int) -> bool:
    """Whether a piece may end before the line starting at `at` (one `_PIECE_END` is
    found at): chosen by a checksum of its first `_CUT_WINDOW` bytes (those there
    are, at the end of the bytes), one line in about `_CUT_ONE_IN`."""
    return zlib.crc32(data[at : at + _CUT_WINDOW]) % _CUT_ONE_IN == 0


def _key_of(hashes: Iterable[bytes]) -> str:
    """The content key of bytes whose pieces hash as `hashes`, in order."""
    return hashlib.sha256(_KEY_HEAD + b"".join(hashes)).hexdigest()


def digest_of_file(file: io.BufferedIOBase) -> str:
    """The content key of the bytes left in `file`, read a block at a time (as
    `digest_of` gives it for the same bytes): each piece hashed as it streams by."""
    hashes: list[bytes] = []
    hasher = hashlib.sha256()
    size = 0  # of the piece being read, hashed so far
    # Bytes read and not hashed yet: a line that may end a piece, or the start of one,
    # whose bytes that tell (`_cuts_here`) the next block completes.
    pending = b""
    while True:
        block = file.read(_FILE_BLOCK)
        ended = not block
        data = pending + block if pending else block
        at = 0  # where the bytes not hashed start
        look = max(0, _PIECE_LEAST - size)  # where a piece's end may be first
        while True:
            found = _PIECE_END.search(data, look)
            end = found.start() + 1 if found is not None else len(data)
            if found is None or (end + _CUT_WINDOW > len(data) and not ended):
                # Hashed up to what the next block may yet make a piece's end.
                kept = len(data) if ended else min(max(look, len(data) - 3), end - 1)
                kept = max(kept, at)
                hasher.update(data[at:kept])
                size += kept - at
                pending = data[kept:]
                break
            if _cuts_here(data, end):
                hasher.update(data[at:end])
                hashes.append(hasher.digest())
                hasher, size, at = hashlib.sha256(), 0, end
                look = end + _PIECE_LEAST
            else:
                look = end
        if ended:
            break
    if size:
        hashes.append(hasher.digest())
    return _key_of(hashes)


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/claimtrack` when set (on any system), else the platform's own place."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "claimtrack"
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimtrack", appauthor=False))


def ledger_file(ledger_path: Path) -> Path:
    """The file a path names, however it is spelled (relative, through `..` or a symbolic
    link): what is kept for a ledger is kept for the file, not for one of its names."""
    return Path(os.path.realpath(ledger_path))


def _cache_file(ledger_path: Path) -> Path:
    name = hashlib.sha256(os.fsencode(ledger_file(ledger_path))).hexdigest()[:32]
    return cache_dir() / f"{name}.ledger"


def load_cached(ledger_path: Path, digest: str) -> Ledger | None:
    """The cached ledger for these exact bytes, or None."""
    key = _key(create=False)
    if key is None:
        return None
    target = _cache_file(ledger_path)
    seen = _stat_of(target)
    if seen is None:
        return None
    if _loaded and _loaded[0][:3] == (target, digest, seen):
        # The same bytes as the last load here, its cache file untouched since: the
        # ledger read then is the ledger now (`extract` reads before it writes).
        _, _, _, ledger, read, layout, cr = _loaded[0]
        if _parts_read.get(target) is read and _parts_file(target, read.token).exists():
            if ledger.path != str(ledger_path):
                # The same file read under another name: the ledger bears the name it is
                # read by now, as one read afresh would.
                ledger = replace(ledger, path=str(ledger_path))
                _loaded[0] = (target, digest, seen, ledger, read, layout, cr)
            _layouts[:] = [(ledger, layout)] if layout is not None else []
            _crs[:] = [(ledger, cr)] if cr is not None else []
            return ledger
    _loaded.clear()
    try:
        data = target.read_bytes()
    except OSError:
        return None
    header = _FORMAT + digest.encode("ascii") + b"\n"
    if not data.startswith(header):
        return None
    try:
        with no_collection():
            token, chunks, offsets, index, records = _unsealed_index(
                memoryview(data)[len(header) :], key + header
            )
            parts = _mapped(_parts_file(target, token))
            seals = _seals(parts, token, chunks, key)
            origin = _Origin(ledger_file(ledger_path), digest, target)
            claims, batches, loaded = _stored_claims(
                index[2], parts, offsets, index[3], seals, origin
            )
            sources_blob, seal = _placed_piece(parts, seals, *index[1][:2])
            ids, sizes, copies = _stored_source_groups(index[1])
            sources = _StoredSources(sources_blob, ids, sizes, copies, (seal, origin, index[1][0]))
            ledger = _ledger_of((index[0], sources, *index[2:]), claims, ledger_path)
    except Exception:  # any corruption means: rebuild
        return None
    _batches_known.clear()
    _batches_known[target] = batches
    _told_known.clear()
    _told_known[target] = {
        stored[1][0]: (stored[0][1], stored[2]) for stored in claims.stored_batches()
    }
    _remember_records(target, records)
    _loaded_batches[:] = [loaded]
    _sources_known.clear()
    _sources_known[target] = (ledger.sources, sources_blob, index[1][0], sizes)
    known = {seal.start: seal for seal in seals}
    read = _remember_parts(target, _Parts(token, parts, chunks, len(parts), known))
    layout = index[6] if len(index) > 6 else None
    _layouts[:] = [(ledger, layout)] if layout is not None else []
    cr = index[7] if len(index) > 7 and isinstance(index[7], bool) else None
    _crs[:] = [(ledger, cr)] if cr is not None else []
    if seen == _stat_of(target):  # not written meanwhile by another process
        _loaded[:] = [(target, digest, seen, ledger, read, layout, cr)]
    return ledger


def _stat_of(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


# The last ledger `load_cached` read here: its cache file, the digest of its bytes, that
# file's inode, size and modification time then, the ledger, its parts file, layout and
# whether its bytes hold a CR (None: not known). Served again only while both files
# are still there and the cache file unchanged.
_loaded: list[tuple[Path, str, tuple[int, int, int], Ledger, _Parts, Any, bool | None]] = []


Layout = tuple[list[tuple[int, int, str | None]], list[int]]
"""Where things stand in a ledger's bytes: each line at column 0 (where it starts, where
its section key ends, the section it opens or None), and where each claim's key line
starts; as a write that spliced those bytes placed them."""

_TOP_KEY = re.compile(rb"(version|settings|cues|parties|sources|claims)[ \t]*:")


def layout_tops(text: bytes, starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The first part of a layout: for each line at column 0 (not a comment) of `text`,
    found to start at `starts`, where it starts, where its section key ends, and the
    section it opens (None for any other line)."""
    tops: list[tuple[int, int, str | None]] = []
    for start in starts:
        key = _TOP_KEY.match(text, start)
        tops.append((start, key.end(), key.group(1).decode()) if key else (start, start, None))
    return tops


# The layout stored with the ledger `load_cached` gave last, if any.
_layouts: list[tuple[Ledger, Layout]] = []


def layout_of(ledger: Ledger) -> Layout | None:
    """The layout of the bytes `ledger` was read from the cache for, when the write that
    saved them stored it: a write then finds no line by searching the bytes."""
    if _layouts and _layouts[0][0] is ledger:
        tops, places = _layouts[0][1]
        return list(map(tuple, tops)), list(places)  # type: ignore[arg-type]
    return None


# Whether the bytes of the ledger `load_cached` gave last hold a CR, when the write
# that saved them stored it.
_crs: list[tuple[Ledger, bool]] = []


def holds_cr(ledger: Ledger) -> bool | None:
    """Whether the bytes `ledger` was read from the cache for hold a CR, when the write
    that saved them stored it (it knew from what it wrote); None when not known. A
    write then makes no pass through a big file to look for one."""
    if _crs and _crs[0][0] is ledger:
        return _crs[0][1]
    return None


def remember_layout(ledger: Ledger, layout: Layout) -> None:
    """Keep the layout of the bytes `ledger` was just read from, found as they were
    read (`claimtrack._blocks`), for `layout_of` (and a store of it) to give."""
    _layouts[:] = [(ledger, layout)]


def store_cached(
    ledger_path: Path,
    digest: str,
    ledger: Ledger,
    layout: Layout | None = None,
    moves: Sequence[tuple[int, int, int]] = (),
    cr: bool | None = None,
) -> None:
    """Remember a validated ledger; failing to is not an error.

    The statements of claims that came from the parts file this process read
    stay where they are in it; only the others are appended. `layout`, the
    layout of the ledger's bytes, is kept with it (see `layout_of`), and so is `cr`,
    whether those bytes hold a CR, when known (see `holds_cr`). `moves`
    are runs of claims from the cache (first, past the last, lines), each
    stored that many lines further down than its claims' positions say.
    """
    key = _key(create=True)
    if key is None:
        return
    target = _cache_file(ledger_path)
    header = _FORMAT + digest.encode("ascii") + b"\n"
    built = _last_built
    read = _parts_read.get(target)
    pieces: list[int | bytes]
    if built is not None and built[0] is ledger and not moves:
        index, parts = built[1], built[2]
        if read is None:
            # Read block by block (after a hand edit): the claims the edit left alone
            # have their parts in the parts file stored before, where they stay.
            read = _parts_before(target, key)
        found, pieces = _pieces_kept(parts, read)
        if read is not None and any(k is not None for k in found):
            index = (index[0], index[1], _digests_kept(index[2], found, read), *index[3:])
        index = (index[0], index[1], _digests_made(index[2], parts), *index[3:])
    else:
        before = _parts_before(target, key) if read is None else None
        try:
            index, pieces = _plain_for_store(ledger, read, moves)
        except CacheDamaged:
            return
        if before is not None:
            # Read whole or block by block, not from the cache (a write after a hand
            # edit): the claims' parts stored before, where the bytes are the same.
            read = before
            found, pieces = _whole_pieces_kept(pieces, index[3], read)
            if any(k is not None for k in found):
                index = (index[0], index[1], _digests_kept(index[2], found, read), *index[3:])
    claims = index[2]
    bases = index[6] if len(index) > 6 else [0] * len(claims)
    # The sources and the batches go in the parts file after the claims' parts: the
    # sources unchanged and a batch kept stay where they are, sealed as they were;
    # only what was made anew is appended.
    sources, sizes = _sources_piece(target, ledger, read)
    try:
        batches = _batched(target, claims, bases, read, _texts_parts(pieces, index[3], read))
    except CacheDamaged:
        return  # a batch kept unread failed its seal: its bytes are never sealed anew

    stored = _store_parts(
        target, read, [*pieces, sources, *(batch[1] for batch in batches)], key, index[3]
    )
    if stored is None:
        return
    token, chunks, offsets = stored
    records = _records_of(target, batches, index[3])
    placed = [
        (base, at, _size(piece), len(record[3]), record[4])
        for (base, piece, _, _), at, record in zip(
            batches, offsets[len(claims) + 1 :], records, strict=True
        )
    ]
    where = (
        offsets[len(claims)],
        _size(sources),
        source_ids(ledger.sources),
        sizes,
        source_copies(ledger.sources),
    )
    # The head: the sizes of the claims' parts are in the batches' records.
    index = (index[0], where, placed, None, *index[4:6], layout, cr)
    body = marshal.dumps((token, chunks, offsets[: len(claims)], index))
    seal = f"{_mac(key + header, body)} {len(body)}\n".encode("ascii")
    # The records joined: one write of them is quicker than one a record.
    _write_atomically(target, [header, seal, body, b"".join(record[3] for record in records)])


def _texts_parts(
    pieces: Sequence[int | bytes], sizes: Sequence[tuple[int, int]], read: _Parts | None
) -> Callable[[int], memoryview | None]:
    """The texts part of the claim at a number, of the pieces a store writes (each
    claim's heads then texts, as bytes or where they start in the parts file `read`):
    None for bytes in the parts file whose seal fails (never a sieve of them)."""

    starts = sorted(read.seals) if read is not None else []

    def texts(number: int) -> memoryview | None:
        piece, (heads, texts_size) = pieces[number], sizes[number]
        if isinstance(piece, bytes):
            return memoryview(piece)[heads:]
        start, size = piece, heads + texts_size
        if read is None or not _read_holds(read, starts, start, start + size):
            return None
        return memoryview(read.data)[start + heads : start + size]

    return texts


def _read_holds(read: _Parts, starts: list[int], start: int, end: int) -> bool:
    """Whether the bytes from `start` to `end` of the parts file `read` (its stretches
    starting at `starts`) lie inside one stretch whose pieces holding them hold their
    seals; bytes this process wrote do."""
    if not read.seals:
        return end <= read.size
    n = bisect.bisect_right(starts, start) - 1
    if n < 0:
        return False
    seal = read.seals[starts[n]]
    return end <= seal.start + len(seal.view) and seal.holds_between(start, end)


def _parts_before(target: Path, key: bytes) -> _Parts | None:
    """The parts file the cache file of `target` names, whatever bytes it was stored
    for, with where each claim's parts start in it and their sizes (`_Parts.spots`);
    None when there is none, or it is not ours (its seal fails).

    The stretches are sealed as stored; a piece kept in one is kept only when its
    bytes are the very bytes that would be written (`_pieces_kept`), and each
    stretch's seal is checked again when a later command reads it."""
    try:
        data = target.read_bytes()
        newline = data.index(b"\n", len(_FORMAT), len(_FORMAT) + 200)
        if not data.startswith(_FORMAT):
            return None
        header = data[: newline + 1]
        with no_collection():
            token, chunks, offsets, index, records = _unsealed_index(
                memoryview(data)[len(header) :], key + header
            )
            parts = _mapped(_parts_file(target, token))
            seals = _seals(parts, token, chunks, key)
            spots = list(zip(offsets, index[3], strict=True))
            sources = (index[1][0], index[1][1])
            # The batches stored, each in a stretch whose seal holds, by their first
            # claim: a batch whose claims the edit left as they were stays (`_batched`).
            starts = [seal.start for seal in seals]
            view = memoryview(parts)
            known: dict[str, Batch] = {}
            told_by_first: dict[str, tuple[Any, Told]] = {}
            entries: list[Any] = []
            for _, start, size, *record in index[2]:
                n = bisect.bisect_right(starts, start) - 1
                seal = seals[n] if n >= 0 else None
                if (
                    seal is None
                    or start + size > seal.start + len(seal.view)
                    or not seal.holds_between(start, start + size)
                ):
                    return None
                blob = view[start : start + size]
                batch = marshal.loads(blob)
                if batch:
                    known[batch[0][0]] = (batch, blob, start)
                    told = tuple(record[1:])
                    if _told_fits(told, len(batch)):
                        told_by_first[batch[0][0]] = (blob, told)
                    entries += batch
    except Exception:  # none, or damaged: the parts are written afresh
        return None
    _batches_known.clear()
    _batches_known[target] = known
    _told_known.clear()
    _told_known[target] = told_by_first
    _remember_records(target, records)
    read = _Parts(token, parts, chunks, len(parts), {seal.start: seal for seal in seals})
    read.spots = spots
    read.sources = sources
    read.entries = entries
    return read


def _pieces_kept(
    parts: list[bytes], read: _Parts | None
) -> tuple[list[int | None], list[int | bytes]]:
    """Each claim's parts (`parts`: heads, texts, claim by claim) as a piece to store:
    where they already start in the parts file `read` when the bytes there are these
    very bytes (`_spots_kept`), else these bytes; and which claim stored each
    claim's parts are (`_spots_kept`)."""
    if read is None or not read.spots:
        pieces: list[int | bytes] = [parts[n] + parts[n + 1] for n in range(0, len(parts), 2)]
        return [None] * len(pieces), pieces
    data = read.data

    def same(n: int, at: int, size: tuple[int, int]) -> bool:
        middle = at + size[0]
        return (
            data[at:middle] == parts[2 * n] and data[middle : middle + size[1]] == parts[2 * n + 1]
        )

    sizes = [(len(parts[n]), len(parts[n + 1])) for n in range(0, len(parts), 2)]
    found = _spots_kept(read, sizes, same)
    spots = read.spots
    return found, [
        spots[k][0] if k is not None else parts[2 * n] + parts[2 * n + 1]
        for n, k in enumerate(found)
    ]


def _whole_pieces_kept(
    pieces: list[int | bytes], sizes: list[tuple[int, int]], read: _Parts | None
) -> tuple[list[int | None], list[int | bytes]]:
    """As `_pieces_kept`, for pieces each a claim's heads and texts as one (or where
    they are already): a claim's bytes kept where the parts file `read` holds them."""
    if read is None or not read.spots:
        return [None] * len(pieces), pieces
    data = read.data

    def same(n: int, at: int, size: tuple[int, int]) -> bool:
        piece = pieces[n]
        return piece.__class__ is bytes and data[at : at + size[0] + size[1]] == piece

    found = _spots_kept(read, sizes, same)
    spots = read.spots
    return found, [
        spots[k][0] if k is not None else piece for piece, k in zip(pieces, found, strict=True)
    ]


def _spots_kept(
    read: _Parts,
    sizes: list[tuple[int, int]],
    same: Callable[[int, int, tuple[int, int]], bool],
) -> list[int | None]:
    """Which claim stored in the parts file `read` (its number among the claims
    stored) has each claim's parts (of these sizes) already, or None: where
    `same(n, at, size)` finds the very bytes the claim's would be.

    A claim's stored parts are looked for at the same place among the claims
    (claims a hand edit left alone keep their order), then among those of the
    same sizes; only equal bytes count, so no stored piece is ever trusted
    for what it claims to be."""
    spots = read.spots or []
    limit = len(read.data)
    by_size: dict[tuple[int, int], list[int]] | None = None
    found: list[int | None] = []
    add = found.append
    for n, size in enumerate(sizes):
        whole = size[0] + size[1]
        if n < len(spots):
            at, stored = spots[n]
            if tuple(stored) == size and at + whole <= limit and same(n, at, size):
                add(n)
                continue
        if by_size is None:
            by_size = {}
            for k, (_, (heads_size, texts_size)) in enumerate(spots):
                by_size.setdefault((heads_size, texts_size), []).append(k)
        for k in by_size.get(size, ())[:_SAME_SIZE_TRIED]:
            at = spots[k][0]
            if at + whole <= limit and same(n, at, size):
                add(k)
                break
        else:
            add(None)
    return found


def _digests_kept(claims: list[Any], found: list[int | None], read: _Parts) -> list[Any]:
    """The index's claims, each claim with no digest given the digest stored with the
    claim whose parts it kept (`_spots_kept`) when that claim had its id and text:
    a digest is of a claim's text and its statements' texts, so it is that claim's,
    and the batches stored with it compare equal (`_batched`)."""
    stored = read.entries
    if not stored or len(stored) != len(read.spots or ()):
        return claims
    kept = list(claims)
    for n, k in enumerate(found):
        if k is None:
            continue
        claim, before = kept[n], stored[k]
        if (
            claim[5] is None
            and before[5] is not None
            and claim[0] == before[0]
            and claim[1] == before[1]
        ):
            kept[n] = (*claim[:5], before[5])
    return kept


def _digests_made(claims: list[Any], parts: list[bytes]) -> list[Any]:
    """The index's claims, each claim still with no digest given the one a load of its
    stored texts part (in `parts`: heads, texts, claim by claim) works out. A ledger
    read whole or block by block is stored with every claim's digest, so the next
    write that asks for them (the claim index) reads them from the index and keeps
    every batch, instead of working them out and making every batch again."""
    if all(claim[5] is not None for claim in claims):
        return claims
    return [
        claim if claim[5] is not None else (*claim[:5], _stored_digest(claim[1], parts[2 * n + 1]))
        for n, claim in enumerate(claims)
    ]


# Claims whose parts have one size looked at, at most, for a claim's stored parts.
_SAME_SIZE_TRIED = 4


def _size(piece: tuple[int, int] | bytes) -> int:
    return piece[1] if isinstance(piece, tuple) else len(piece)


# By cache file (the one last read here): the sources of the ledger read, their bytes
# in the parts file (a view of it), where those start and the sizes of their groups.
_sources_known: dict[Path, tuple[Sequence[Source], memoryview, int, tuple[int, ...]]] = {}

# Sources marshalled together: a command reading one decodes its group alone (about
# 100 kB at 20,000 claims), and the index keeps one size a group.
_SOURCES_GROUP = 64


def _sources_piece(
    target: Path, ledger: Ledger, read: _Parts | None
) -> tuple[tuple[int, int] | bytes, tuple[int, ...]]:
    """The ledger's sources as the parts file is to hold them, with the sizes of their
    groups: where they are in the parts file `read` when they are the sources read
    from it (never made), else their bytes; a group whose sources are the very ones
    loaded keeps its bytes, unmarshalled never."""
    known = _sources_known.get(target)
    if known is not None and read is not None and known[1].obj is read.data:
        if known[0] is ledger.sources:
            return (known[2], len(known[1])), known[3]
        groups = _source_groups(ledger.sources, known[0])
    else:
        groups = _source_groups(ledger.sources, None)
    made = b"".join(groups)
    sizes = tuple(map(len, groups))
    stored = read.sources if read is not None else None
    if stored is not None and stored[1] == len(made) and read is not None:
        start = stored[0]
        if start + len(made) <= len(read.data) and read.data[start : start + len(made)] == made:
            return (start, len(made)), sizes  # the very bytes stored: kept where they are
    return made, sizes


def _source_groups(
    sources: Sequence[Source], loaded: Sequence[Source] | None
) -> list[bytes | memoryview]:
    """The sources marshalled a group (`_SOURCES_GROUP`) at a time; a group whose
    sources are the very objects of the same group `loaded` (`_StoredSources.kept`)
    keeps its bytes."""
    groups: list[bytes | memoryview] = []
    for at in range(0, max(len(sources), 1), _SOURCES_GROUP):  # no sources: one group
        group = sources[at : at + _SOURCES_GROUP]
        kept = (
            loaded.kept(at // _SOURCES_GROUP, group) if isinstance(loaded, _StoredSources) else None
        )
        groups.append(kept if kept is not None else marshal.dumps(_plain_sources(group)))
    return groups


class _StoredSources(Sequence[Source]):
    """The sources of a cache load, unmarshalled and made a group at a time when first
    asked for: a write that changes no source stores them where they are
    (`_sources_piece`) and checks the claims it reads again against their ids alone
    (`source_ids`), so it never makes the fingerprints of every statement; a command
    reading a claim's few sources (`Ledger.sources_of`) makes their groups alone. Its
    length, order, items, iteration and comparisons are those of the tuple of every
    source."""

    __slots__ = ("_blob", "_copies", "_groups", "_guard", "_ids", "_made", "_starts")

    def __init__(
        self,
        blob: memoryview,
        ids: tuple[str, ...],
        sizes: tuple[int, ...],
        copies: dict[str, str],
        guard: tuple[_Seal, _Origin, int],
    ) -> None:
        self._blob = blob  # its bytes in the parts file, the groups side by side
        self._ids = ids  # every source's id, in order, as the cache index holds them
        self._copies = copies  # what each source that copies another copies, by id
        self._starts = (0, *itertools.accumulate(sizes))  # each group's, in the blob
        # The stretch holding the bytes, whose seal is checked where a group is first
        # decoded (2 MB hashed at 20,000 claims for them all, which a write reading no
        # source never asks), the ledger they are read from instead if it fails, and
        # where they start in the parts file.
        self._guard = guard
        self._groups: list[tuple[Source, ...] | None] = [None] * len(sizes)
        self._made: tuple[Source, ...] | None = None

    def _group(self, number: int) -> tuple[Source, ...]:
        """The sources of group `number`, made once; every source from the ledger
        (`_Origin`) if their bytes fail their seal."""
        group = self._groups[number]
        if group is not None:
            return group
        seal, origin, start = self._guard
        begin, end = self._starts[number], self._starts[number + 1]
        first = number * _SOURCES_GROUP
        if seal.holds_between(start + begin, start + end):
            with no_collection():
                plain = marshal.loads(self._blob[begin:end])
                group = tuple(_make(Source, attributes) for attributes in plain)
            if len(group) == len(self._ids[first : first + _SOURCES_GROUP]):
                self._groups[number] = group
                return group
        self._made = origin.sources()
        return self._made[first : first + _SOURCES_GROUP]

    def made(self) -> tuple[Source, ...]:
        """Every source, made once: from the ledger (`_Origin`) if their bytes fail
        their seal."""
        if self._made is None:
            made: list[Source] = []
            for number in range(len(self._groups)):
                made += self._group(number)
                if self._made is not None:  # a seal failed: every source read afresh
                    return self._made
            self._made = tuple(made)
        return self._made

    def kept(self, number: int, group: Sequence[Source]) -> memoryview | None:
        """The bytes of group `number` when it was made and `group` holds its very
        sources, else None."""
        made = self._groups[number] if number < len(self._groups) else None
        if made is None or len(made) != len(group):
            return None
        if not all(a is b for a, b in zip(made, group, strict=True)):
            return None
        return self._blob[self._starts[number] : self._starts[number + 1]]

    def ids(self) -> tuple[str, ...]:
        """Every source's id, in order, as the index told."""
        return self._ids

    def copies(self) -> dict[str, str]:
        """What each source that copies another copies, by id, as the index told."""
        return dict(self._copies)

    def picked(self, source_ids: Collection[str]) -> dict[str, Source]:
        """The sources with these ids, by id, making their groups alone."""
        wanted = set(source_ids)
        return {i: self[n] for n, i in enumerate(self._ids) if i in wanted}

    def __len__(self) -> int:
        return len(self._ids)

    @typing.overload
    def __getitem__(self, at: int) -> Source: ...

    @typing.overload
    def __getitem__(self, at: slice) -> tuple[Source, ...]: ...

    def __getitem__(self, at: int | slice) -> Source | tuple[Source, ...]:
        if isinstance(at, slice) or self._made is not None:
            return self.made()[at]
        number, place = divmod(range(len(self._ids))[at], _SOURCES_GROUP)
        group = self._group(number)
        if self._made is not None:
            return self._made[at]
        return group[place]

    def __iter__(self) -> Iterator[Source]:
        return iter(self.made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _StoredSources):
            other = other.made()
        return self.made() == other

    def __hash__(self) -> int:
        return hash(self.made())

    def __repr__(self) -> str:
        return repr(self.made())

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to another process as the tuple it stands for (a view pickles not).
        return (tuple, (self.made(),))


def source_ids(sources: Sequence[Source]) -> tuple[str, ...]:
    """The sources' ids, in order; a cache load's without making its sources."""
    if isinstance(sources, _StoredSources):
        return sources.ids()
    return tuple(source.id for source in sources)


def source_copies(sources: Iterable[Source]) -> dict[str, str]:
    """What each of these sources that copies another (a wire story run again)
    copies, by id; a cache load's without making its sources, so `list` decodes
    none."""
    if isinstance(sources, _StoredSources):
        return sources.copies()
    return {source.id: source.copy_of for source in sources if source.copy_of}


def _stored_source_groups(
    where: Any,
) -> tuple[tuple[str, ...], tuple[int, ...], dict[str, str]]:
    """The sources' ids, the sizes of their groups and what each source that copies
    another copies, as the cache index keeps them beside where their bytes are;
    ValueError if malformed."""
    _, size, ids, sizes, copies = where
    if ids.__class__ is not tuple or not all(i.__class__ is str for i in ids):
        raise ValueError("damaged cache")
    if copies.__class__ is not dict or not all(
        i.__class__ is str and c.__class__ is str for i, c in copies.items()
    ):
        raise ValueError("damaged cache")
    if (
        sizes.__class__ is not tuple
        or not all(n.__class__ is int and n > 0 for n in sizes)
        or sum(sizes) != size
        or len(sizes) != max(-(-len(ids) // _SOURCES_GROUP), 1)
    ):
        raise ValueError("damaged cache")
    return (
        typing.cast("tuple[str, ...]", ids),
        typing.cast("tuple[int, ...]", sizes),
        typing.cast("dict[str, str]", copies),
    )


def _placed_piece(
    parts: bytes | mmap.mmap, seals: list[_Seal], start: int, size: int
) -> tuple[memoryview, _Seal]:
    """The bytes of a piece of the parts file and the stretch in use holding them all,
    whose seal is checked when they are first decoded; raises ValueError if none
    holds them."""
    starts = [seal.start for seal in seals]
    n = bisect.bisect_right(starts, start) - 1
    if n < 0 or start + size > seals[n].start + len(seals[n].view):
        raise ValueError("damaged cache")
    return memoryview(parts)[start : start + size], seals[n]


# The claims of the index are stored in batches, each marshalled on its own with the
# shift of its first claim beside it and the others' shifts less that one: a write
# keeps the bytes of every batch whose claims it left as they were (or moved up or
# down together, as lines it put above them move them), instead of serialising
# every claim of a big ledger again. A batch a write did change is marshalled anew,
# with the claims around it while it is small. The batches' bytes are kept in the
# parts file, in its sealed stretches, the index naming where each is: a batch
# kept is neither written nor sealed again, only the batches made anew are
# appended, and the index written is small.
_BATCH_MOST = 256
_BATCH_LEAST = 64

Batch = tuple[list[tuple[Any, ...]] | None, bytes | memoryview, int | None]
"""A batch of claims as stored: the claims (shifts less the first's; None for a batch
loaded and not unmarshalled yet), their bytes, and where those start in the parts
file they were read from (None: made here)."""


class _Whole(tuple[Any, ...]):
    """In the claims `_plain_for_store` gives, the first of a batch loaded whose claims
    a write left alone and never unmarshalled: an entry standing for the batch (its
    first id, shift 0 as a batch's first entry has), the batch as loaded, its ids,
    and what the index tells of it besides (`Told`). The batch's other claims are
    `_UNREAD`; `_batched` keeps the batch whole, its bytes where they are."""

    batch: Batch
    ids: tuple[str, ...]
    told: Told


_UNREAD: tuple[Any, ...] = ("", "", None, 0, b"", None)


Told = tuple[bool, bytes, bytes, tuple[str, ...], bytes, bytes]
"""What the index tells of a batch besides its ids, read without its entries: whether
any of its claims has no place, the sieve of its texts' last words (`_sieve`),
their digests (`_digests_of`), the parties their statements name, the sieve of
the sources they cite (`_summaries_told`) and the sieve of the quotes they hold
(`_quotes_sieve`; b"" when not known)."""


def _whole(batch: Batch, ids: tuple[str, ...], told: Told) -> _Whole:
    made = _Whole((ids[0], "", None, 0, b"", None))
    made.batch, made.ids, made.told = batch, ids, told
    return made


def _told_of(
    entries: Sequence[tuple[Any, ...]],
    texts: Callable[[int], memoryview | None] | None = None,
    loaded: _Loaded | None = None,
) -> Told:
    """What the index tells of a batch of these entries (see `Told`); `texts` gives
    the texts part of the entry at a number, or None when not to be had; `loaded`,
    the last cache load of the same cache file, if one, whose batches' sieves of
    quotes hold those of the claims they kept (`_quotes_loaded`)."""
    parties, sources = _summaries_told(entries)
    digests = _digests_of(entries)
    return (
        None in map(_ENTRY_SPOT, entries),
        _sieve(map(last_word, map(_ENTRY_TEXT, entries)), _WORDS_SIEVE),
        digests,
        parties,
        sources,
        _quotes_sieve(entries, texts, loaded) if digests and texts is not None else b"",
    )


def _told_fits(told: object, count: int) -> bool:
    """Whether a batch record's rest is what `_told_of` gives of `count` claims."""
    if told.__class__ is not tuple or len(told) != 6:
        return False
    unplaced, words, digests, parties, sources, quotes = told
    return (
        unplaced.__class__ is bool
        and _sieve_fits(words, _WORDS_SIEVE)
        and _sieve_fits(sources, _SOURCES_SIEVE)
        and _digests_fit(digests, count)
        and parties.__class__ is tuple
        and all(name.__class__ is str for name in parties)
        and (quotes == b"" or (_sieve_fits(quotes, _QUOTES_SIEVE) and digests != b""))
    )


def quote_key(quote: str) -> str:
    """A quote as a statement's fingerprint numbers it (`pipeline.fingerprints`): its
    words, one space between each."""
    return " ".join(quote.split())


def _quotes_sieve(
    entries: Sequence[tuple[Any, ...]],
    texts: Callable[[int], memoryview | None],
    loaded: _Loaded | None = None,
) -> bytes:
    """The sieve of the quotes (`quote_key`) of the statements of a batch's claims
    (`entries`), given each claim's texts part by `texts`; b"" when one is not to be
    had.

    Made only for a batch whose claims' `texts_digest`s are all in its entries (the
    caller's test): a batch is kept, record and all, when its entries are the same,
    and a claim's digest is of its texts, so the same entries hold the same quotes.
    A quote names no source: entries the same may cite their sources otherwise.

    The sieves of the batches of the cache load `loaded` that this batch holds whole
    (`_quotes_loaded`) are joined to the sieve of the quotes of its other claims: a
    write that adds statements to a few claims of a batch reads the texts of those
    claims, not of its 256. The sieve is the one made from every claim's texts, bit
    for bit."""
    read: dict[int, list[str] | None] = {}

    def quotes(number: int) -> list[str] | None:
        if number not in read:
            part = texts(number)
            read[number] = None if part is None else _quotes_of(part)
        return read[number]

    sieves, covered = _quotes_loaded(entries, quotes, loaded) if loaded is not None else ([], ())
    keys: list[str] = []
    for number in range(len(entries)):
        if number in covered:
            continue
        found = quotes(number)
        if found is None:
            return b""
        keys += found
    sieve = _sieve(keys, _QUOTES_SIEVE)
    if not sieves:
        return sieve
    joined = functools.reduce(operator.or_, map(_sieve_number, sieves), _sieve_number(sieve))
    return joined.to_bytes(len(sieve), "little")


def _sieve_number(sieve: bytes) -> int:
    """A sieve's bits as one number, for sieves to be joined with `|`."""
    return int.from_bytes(sieve, "little")


def _quotes_of(part: bytes | memoryview) -> list[str] | None:
    """The quotes (`quote_key`) of a claim's texts part; None if it is none."""
    try:
        return [quote_key(pair[0]) for pair in marshal.loads(part)]
    except Exception:  # not a texts part: no sieve, never a wrong one
        return None


def _quotes_loaded(
    entries: Sequence[tuple[Any, ...]],
    quotes: Callable[[int], list[str] | None],
    loaded: _Loaded,
) -> tuple[list[bytes], set[int]]:
    """The sieves of quotes of the batches of the cache load `loaded` whose claims'
    quotes are all among those of `entries`, and the numbers in `entries` of the
    claims whose quotes they hold (those of a `texts_digest` of theirs).

    A batch's sieve is of its claims' quotes as loaded. A claim loaded is among
    `entries` with the same quotes when one of them has its digest (whatever its
    id: a claim renamed); one with another digest now is taken only when its
    quotes as loaded are all among its quotes now (by `quotes`, given its number
    in `entries`): a claim an `extract` added statements to. Then the sieve sets
    no bit the batch's quotes now would not, and joined to the sieve of the
    other claims' quotes it holds no others, so a batch is never told to hold a
    quote it lost. A claim's quotes as loaded are read from the parts file of the
    load, where they hold its seal, or the batch is not taken."""
    claims = loaded.claims
    if not isinstance(claims, _LazyClaims):
        return [], set()
    numbers = {entry[0]: number for number, entry in enumerate(entries)}
    by_digest: dict[bytes, list[int]] = {}
    for number, entry in enumerate(entries):
        by_digest.setdefault(entry[5], []).append(number)
    batches = claims.numbers_by_first()
    sieves: list[bytes] = []
    covered: set[int] = set()
    for entry in entries:
        batch = batches.get(entry[0])
        if batch is None:
            continue
        first, _, _ = claims.batch_span(batch)
        _, ids, told = claims.stored_batches()[batch]
        held = _loaded_held(ids, told, (numbers, by_digest), first, quotes, loaded)
        if held is not None:
            sieves.append(told[5])
            covered.update(held)
    return sieves, covered


def _loaded_held(
    ids: tuple[str, ...],
    told: Told,
    found: tuple[dict[str, int], dict[bytes, list[int]]],
    first: int,
    quotes: Callable[[int], list[str] | None],
    loaded: _Loaded,
) -> list[int] | None:
    """The numbers of the claims of a batch made anew (`found`: by id and by digest)
    whose quotes the sieve of a batch loaded holds (`ids`, what the index told of
    it, its first claim's number `first`), when that sieve holds no quote the
    batch made anew lacks (see `_quotes_loaded`); else None."""
    if not told[5]:
        return None
    numbers, by_digest = found
    held: list[int] = []
    for at, claim_id in enumerate(ids):
        same = by_digest.get(told[2][at * _DIGEST_SIZE : (at + 1) * _DIGEST_SIZE])
        if same is not None:
            held += same
            continue
        number = numbers.get(claim_id)
        if number is None:
            return None  # a claim gone from the batch: its quotes may be gone too
        before = _texts_loaded(loaded, first + at)
        now = quotes(number)
        if before is None or now is None or not set(before) <= set(now):
            return None
    return held


def _texts_loaded(loaded: _Loaded, number: int) -> list[str] | None:
    """The quotes of the claim `number` of a cache load as loaded, from the parts file
    it was loaded from; None unless its texts part holds its seal."""
    heads, size = loaded.sizes[number]
    start = loaded.offsets[number] + heads
    if not loaded.place.holds(start, start + size):
        return None
    return _quotes_of(loaded.place.view[start : start + size])


def _summaries_told(entries: Sequence[tuple[Any, ...]]) -> tuple[tuple[str, ...], bytes]:
    """What the summaries of a batch's claims tell: the parties they name, each once,
    in the order met (claim by claim, stance by stance, as `filed_parties` reads
    them), and the sieve of the sources they cite (`claims_citing`)."""
    head = b"[" + struct.pack("<I", len(entries))
    names: dict[str, None] = {}
    cited: set[str] = set()
    for summary in marshal.loads(head + b"".join(map(_ENTRY_SUMMARY, entries))):
        cited.update(summary[0])
        for stance_names in summary[2]:
            names.update(dict.fromkeys(stance_names))
    return tuple(names), _sieve(cited, _SOURCES_SIEVE)


_DIGEST_SIZE = 16  # of `texts_digest`


def _digests_of(entries: Sequence[tuple[Any, ...]]) -> bytes:
    """The `texts_digest`s of a batch's claims, back to back, as the index keeps them
    (a write that follows the claim index reads them without the batch's entries);
    b"" when a claim's is not worked out yet."""
    digests = list(map(_ENTRY_DIGEST, entries))
    if None in digests:
        return b""
    return b"".join(digests)


# A claim's text, by its words as `add` compares texts: runs of word characters of
# the text casefolded (`pipeline._words_of`). Two texts of the same words have the
# same last word; the index keeps, for each batch, a sieve of its texts' last words.
_WORD = re.compile(r"\w+")
# The sizes of a batch's sieves in bits: of its texts' last words (256 a batch at
# most), of the sources its claims cite (about 1,000 in 1,280 statements), of the
# quotes its statements hold (about 1,280): a key not in the batch passes the first
# about 1 time in 250, the second 1 in 70, the third 1 in 180.
_WORDS_SIEVE = 1 << 13
_SOURCES_SIEVE = 1 << 14
_QUOTES_SIEVE = 1 << 15


def last_word(text: str) -> str:
    """The last word of `text` as `add` splits it, casefolded; "" for a text of none.

    Found as the first run of word characters of the casefolded text reversed, then
    turned back: a run is the same run read either way, and a search stops at it
    where `findall` would make every word of the text (a store makes the sieve of
    every text of each batch it writes, 256 a batch). The whole text is casefolded
    first, as `add` does: casefolding may make a character two, one not a word's."""
    found = _WORD.search(text.casefold()[::-1])
    return found.group()[::-1] if found is not None else ""


def _sieve_bits(key: str, bits: int) -> tuple[int, int]:
    """The two bits of `key` in a sieve of `bits` bits: two 14-bit pieces of its CRC
    (15-bit pieces for a sieve of more than 16,384 bits)."""
    crc = zlib.crc32(key.encode("utf-8", "surrogatepass"))
    if bits > 1 << 14:
        return (crc & 0x7FFF) % bits, (crc >> 15 & 0x7FFF) % bits
    return (crc & 0x3FFF) % bits, (crc >> 14 & 0x3FFF) % bits


def _sieve(keys: Iterable[str], bits: int) -> bytes:
    """A sieve (a Bloom filter, two bits a key) of `keys`: a key one of whose bits is
    clear is none of them; one whose bits are set may be."""
    sieve = bytearray(bits >> 3)
    for key in keys:
        for bit in _sieve_bits(key, bits):
            sieve[bit >> 3] |= 1 << (bit & 7)
    return bytes(sieve)


def _sieve_holds(sieve: bytes, key: str) -> bool:
    """Whether `key` may be one of the keys the sieve was made of."""
    return all(sieve[bit >> 3] & 1 << (bit & 7) for bit in _sieve_bits(key, len(sieve) << 3))


def _sieve_fits(sieve: object, bits: int) -> bool:
    """Whether a batch record's sieve is one of `bits` bits."""
    return sieve.__class__ is bytes and len(sieve) << 3 == bits


def _digests_fit(digests: object, count: int) -> bool:
    """Whether a batch record's digests are none or one for each of its `count` claims."""
    return digests.__class__ is bytes and len(digests) in (0, count * _DIGEST_SIZE)


def _batch_entries(batch: Batch, ids: tuple[str, ...] | None = None) -> list[tuple[Any, ...]]:
    """The entries of a batch, unmarshalled from its bytes if not yet; raises
    CacheDamaged if they are not a batch of these ids."""
    if batch[0] is not None:
        return batch[0]
    entries = marshal.loads(batch[1])
    if not isinstance(entries, list) or not entries:
        raise CacheDamaged("a damaged batch")
    if ids is not None and tuple(map(_ENTRY_ID, entries)) != ids:
        raise CacheDamaged("a damaged batch")
    return entries


# By cache file (the one last read or stored here): its batches, by their first claim.
_batches_known: dict[Path, dict[str, Batch]] = {}
# By cache file, as `_batches_known`: each batch's bytes (the object) and what the
# index tells of it (`Told`), by its first claim: a batch kept keeps its record.
_told_known: dict[Path, dict[str, tuple[Any, Told]]] = {}

Record = tuple[tuple[str, ...], Told, list[tuple[int, int]], bytes | memoryview, bytes]
"""A batch's record as the cache file keeps it after the index's head: its ids, what
the index tells of it (`Told`), the sizes of its claims' parts, and its bytes (the
three marshalled on their own) with the digest the head names them by."""

# By cache file, as `_told_known`: the batches' records last read or stored here, by
# their first claim; a batch whose record says the same again keeps its bytes.
_records_known: dict[Path, dict[str, Record]] = {}


def _record_digest(blob: bytes | memoryview) -> bytes:
    """The digest the index's head names a batch's record by: the head is sealed, so a
    record whose bytes give it is the one stored. SHA-256 cut to 128 bits, as an
    HMAC under a fixed label: `hmac.digest` hashes in one call, as `_mac` does."""
    return hmac.digest(b"claimtrack-batch-record", blob, "sha256")[:16]


def _records_of(
    target: Path,
    batches: Sequence[tuple[int, Any, tuple[str, ...], Told]],
    sizes: list[tuple[int, int]],
) -> list[Record]:
    """The record of each batch `_batched` gives, the sizes of its claims' parts taken
    from `sizes` (every claim's, in order): a record known here that says the same
    (`_records_known`) keeps its bytes, the others are marshalled anew. A write
    that changes one batch of a big ledger marshals one record, not the index's
    every id and size (`marshal` keeps a table of each object something else
    refers to as well, and in a write every id and size is also a claim's)."""
    known = _records_known.get(target, {})
    records: list[Record] = []
    first = 0
    for _, _, ids, told in batches:
        spans = sizes[first : first + len(ids)]
        first += len(ids)
        found = known.get(ids[0])
        if found is not None and found[0] == ids and found[1] == told and found[2] == spans:
            records.append(found)
            continue
        blob = marshal.dumps((ids, told, spans))
        records.append((ids, told, spans, blob, _record_digest(blob)))
    _remember_records(target, records)
    return records


def _remember_records(target: Path, records: list[Record]) -> None:
    _records_known.clear()
    _records_known[target] = {record[0][0]: record for record in records}


def _records_placed(placed: Sequence[tuple[Any, ...]], data: memoryview) -> list[Record]:
    """The batches' records in `data`, back to back as the head places them (each
    batch's last two: its record's size and digest), each holding its digest;
    raises ValueError if one does not, or is not a record of one size a claim."""
    records: list[Record] = []
    at = 0
    for *_, size, digest in placed:
        blob = data[at : at + size]
        at += size
        if len(blob) != size or _record_digest(blob) != digest:
            raise ValueError("damaged cache")
        ids, told, spans = marshal.loads(blob)
        if ids.__class__ is not tuple or not ids or len(spans) != len(ids):
            raise ValueError("damaged cache")
        records.append((ids, told, spans, blob, digest))
    if at != len(data):
        raise ValueError("damaged cache")
    return records


def _batched(
    target: Path,
    claims: list[tuple[Any, ...]],
    bases: list[int] | None = None,
    read: _Parts | None = None,
    texts: Callable[[int], memoryview | None] | None = None,
) -> list[tuple[int, tuple[int, int] | bytes, tuple[str, ...], Told]]:
    """The claims of an index in batches, each batch known here as it was kept: its
    shift and its bytes, or, for a batch kept in the parts file `read`, where they
    are in it (start, size); its claims' ids and what the index tells of it besides
    (`Told`: a load reads them without the batch's bytes).
    A batch loaded and left unread (`_Whole`) is kept as it is, never unmarshalled.

    A claim's shift is its entry's plus its base in `bases` (none: all 0): a claim
    read from a batch keeps that batch's entry, its shift relative to the batch,
    and a batch whose claims all keep their entries, with one base, is known at
    once by comparing the entries, without making any claim's entry again.
    `texts` gives the texts part of the claim at a number (see `_told_of`)."""
    if bases is None:
        bases = [0] * len(claims)
    known = _batches_known.get(target, {})
    spans: list[tuple[int, int, Batch | None]] = []  # start, end, the batch kept or None
    wholes: dict[int, _Whole] = {}  # by where they start, the batches kept unread
    opened: int | None = None  # where the batch made anew starts, if one is open
    at = 0
    while at < len(claims):
        entry = claims[at]
        if entry.__class__ is _Whole:
            assert isinstance(entry, _Whole)
            if opened is not None:
                spans.append((opened, at, None))
                opened = None
            end = at + len(entry.ids)
            spans.append((at, end, entry.batch))
            wholes[at] = entry
            at = end
            continue
        found = known.get(entry[0]) if known else None
        if found is not None and found[0] is None:
            # A batch loaded and never read: its bytes checked before they are compared.
            found = (_batch_entries(found), found[1], found[2]) if _sealed(found, read) else None
        if found is not None and found[0] is not None and at + len(found[0]) <= len(claims):
            end = at + len(found[0])
            if _kept(claims, bases, at, end, found[0]):
                if opened is not None:
                    spans.append((opened, at, None))
                    opened = None
                spans.append((at, end, found))
                at = end
                continue
        # This claim goes in a batch made anew: the one open, or a small one before it.
        if opened is None:
            small = bool(spans) and spans[-1][1] - spans[-1][0] < _BATCH_LEAST
            opened = spans.pop()[0] if small else at
            if small and opened in wholes:
                # A small batch kept unread goes in the one made anew: its entries read,
                # never unless its bytes hold their seal (not stored, else).
                whole = wholes.pop(opened)
                if not _sealed(whole.batch, read):
                    raise CacheDamaged("a damaged batch")
                claims[opened : opened + len(whole.ids)] = _batch_entries(whole.batch, whole.ids)
        elif at - opened >= _BATCH_MOST:
            spans.append((opened, at, None))
            opened = at
        if not known:  # none to find: whole batches at a time
            at = min(len(claims), opened + _BATCH_MOST)
        else:
            at += 1
    if opened is not None:
        spans.append((opened, len(claims), None))
    batches: list[tuple[int, tuple[int, int] | bytes, tuple[str, ...], Told]] = []
    kept: dict[str, Batch] = {}
    told_known = _told_known.get(target, {})
    told_kept: dict[str, tuple[Any, Told]] = {}
    data = read.data if read is not None else None
    for start, end, batch in spans:
        ids: tuple[str, ...]
        told: Told
        if batch is None:
            relative = _relative(claims, bases, start, end)
            batch = (relative, marshal.dumps(relative), None)
            ids = tuple(map(_ENTRY_ID, relative))
            told = _told_of(relative, _from(texts, start), _load_of(target))
        elif (unread := wholes.get(start)) is not None:
            ids, told = unread.ids, unread.told
        else:
            ids = tuple(map(_ENTRY_ID, claims[start:end]))
            known_told = told_known.get(ids[0])
            # What the index told of these very bytes, else made from the claims.
            if known_told is not None and known_told[0] is batch[1]:
                told = known_told[1]
            else:
                told = _told_of(claims[start:end], _from(texts, start))
        kept[claims[start][0]] = batch
        told_kept[claims[start][0]] = (batch[1], told)
        blob, found_at = batch[1], batch[2]
        piece: tuple[int, int] | bytes
        if found_at is not None and isinstance(blob, memoryview) and blob.obj is data:
            piece = (found_at, len(blob))  # where it is, its stretch sealed
        else:
            piece = bytes(blob)
        batches.append((claims[start][3] + bases[start], piece, ids, told))
    _batches_known.clear()
    _batches_known[target] = kept
    _told_known.clear()
    _told_known[target] = told_kept
    return batches


def _load_of(target: Path) -> _Loaded | None:
    """The last cache load here, if it was of the cache file `target`."""
    loaded = _loaded_batches[0] if _loaded_batches else None
    if loaded is None or loaded.place.origin.target != target:
        return None
    return loaded


def _sealed(batch: Batch, read: _Parts | None) -> bool:
    """Whether a batch loaded and not unmarshalled holds the seal of the stretch holding
    it, in the parts file of the last load here or `read` (a load leaves a batch's
    seal unchecked until it is read); a batch made here does, one of another parts
    file is not known to."""
    start, view = batch[2], batch[1]
    if batch[0] is not None or start is None:
        return True
    if not isinstance(view, memoryview):
        return False
    if _loaded_batches and view.obj is _loaded_batches[0].place.view.obj:
        # Of the last load here, inside a stretch in use (checked when loaded).
        return _loaded_batches[0].place.holds(start, start + len(view))
    if read is None or view.obj is not read.data:
        return False
    starts = sorted(read.seals)
    n = bisect.bisect_right(starts, start) - 1
    if n < 0:
        return False
    seal = read.seals[starts[n]]
    end = start + len(view)
    return end <= seal.start + len(seal.view) and seal.holds_between(start, end)


def _from(
    texts: Callable[[int], memoryview | None] | None, start: int
) -> Callable[[int], memoryview | None] | None:
    """`texts` numbering from `start`: the texts parts of a batch's claims by their
    number in it."""
    if texts is None:
        return None
    return lambda number: texts(start + number)


def _kept(
    claims: list[tuple[Any, ...]], bases: list[int], start: int, end: int, batch: list[Any]
) -> bool:
    """Whether these claims are the claims of a batch kept, shifted alike."""
    base = bases[start]
    if claims[start:end] == batch and bases[start:end].count(base) == end - start:
        return True  # its very entries (or equal ones), moved together: no entry made
    return _relative(claims, bases, start, end) == batch


def _relative(
    claims: list[tuple[Any, ...]], bases: list[int], start: int, end: int
) -> list[tuple[Any, ...]]:
    """These claims, their shifts less the first's."""
    first = claims[start][3] + bases[start]
    return [
        (c[0], c[1], c[2], c[3] + base - first, c[4], c[5])
        for c, base in zip(claims[start:end], bases[start:end], strict=True)
    ]


# The last ledger `ledger_from_entries` built, with what the cache file holds of
# it: storing that ledger then writes these bytes instead of serialising again.
_last_built: tuple[Ledger, tuple[Any, ...], list[bytes]] | None = None


def claim_entry(claim: Claim, shift: int = 0) -> ClaimEntry:
    """A claim as the cache keeps it, positions less `shift` lines."""
    heads = []
    texts = []
    for statement in claim.statements:
        # Only what the ledger keeps: spans are known after extraction, never stored.
        heads.append(
            (
                statement.stance.value,
                _shared(statement.source),
                statement.line,
                _shared(statement.party),
                _shared(statement.speaker),
                _shared(statement.cue),
                _position(statement.position, shift),
            )
        )
        texts.append((statement.quote, statement.content))
    summary = summary_of(claim.statements)
    place = _position(claim.position, shift)
    return (
        claim.id,
        claim.text,
        place,
        list(summary[0]),
        marshal.dumps(heads),
        marshal.dumps(texts),
        summary,
    )


def summary_of(statements: tuple[Statement, ...]) -> Summary:
    """The summary of these statements (see `Summary`)."""
    cited: set[str] = set()
    counts = [0] * len(_STANCE_NAMES)
    parties: tuple[set[str], ...] = tuple(set() for _ in _STANCE_NAMES)
    no_party = [0] * len(_STANCE_NAMES)
    for statement in statements:
        number = _STANCE_NUMBERS[statement.stance]
        counts[number] += 1
        cited.add(statement.source)
        if statement.party is not None:
            parties[number].add(statement.party)
        else:
            no_party[number] += 1
    return (
        tuple(sorted(map(sys.intern, cited))),
        tuple(counts),
        tuple(tuple(sorted(map(sys.intern, names))) for names in parties),
        tuple(no_party),
    )


def claim_summary(claim: Claim) -> Summary:
    """The summary of a claim's statements; a claim from the cache gives the stored one
    without building its statements."""
    raw = claim.__dict__.get("_raw")
    if isinstance(raw, _Raw):
        return raw.summary
    return summary_of(claim.statements)


def ledger_from_entries(
    path: str,
    parties: list[Any],
    sources: list[Any],
    claims: list[tuple[ClaimEntry, int]],
    settings: Settings,
    cues: Cues,
) -> Ledger:
    """The ledger of cached entries (claims with the shift of their block's lines).

    Its claims build their statements when first read, as from the cache file;
    `store_cached` of this ledger writes the entries' bytes as they are.
    """
    global _last_built
    index, parts = _index_and_parts(parties, sources, claims, settings, cues)
    with no_collection():
        built = tuple(
            _stored_claim(
                entry[0],
                entry[1],
                _Raw(memoryview(entry[4]), memoryview(entry[5]), entry[2], shift, entry[6]),
            )
            for entry, shift in claims
        )
        ledger = _ledger_of(index, built, Path(path))
    _last_built = (ledger, index, parts)
    return ledger


def entries_of(
    ledger: Ledger,
    parties: list[Any],
    sources: list[Any],
    claims: list[tuple[ClaimEntry, int]],
) -> None:
    """Say that `ledger` has these entries: `store_cached` of it then writes their bytes."""
    global _last_built
    _last_built = (
        ledger,
        *_index_and_parts(parties, sources, claims, ledger.settings, ledger.cues),
    )


def _index_and_parts(
    parties: list[Any],
    sources: list[Any],
    claims: list[tuple[ClaimEntry, int]],
    settings: Settings,
    cues: Cues,
) -> tuple[tuple[Any, ...], list[bytes]]:
    index = (
        [(name, tuple(aliases), kind) for name, aliases, kind in parties],
        [dict(zip(_SOURCE_FIELDS, source, strict=True)) for source in sources],
        [
            (entry[0], entry[1], entry[2], shift, _summary_blob(entry[6]), None)
            for entry, shift in claims
        ],
        [(len(entry[4]), len(entry[5])) for entry, _ in claims],
        settings.threshold,
        (cues.asserts, cues.denies, cues.disputes),
    )
    return index, [part for entry, _ in claims for part in (entry[4], entry[5])]


# The entries of a ledger's blocks, each under a hash of its block's own text
# (see `claimtrack._blocks`), in a second file beside the ledger's: after a hand
# edit the entries of the blocks it did not touch are taken from here.
_BLOCKS_FORMAT = (
    f"claimtrack-block-cache 6.{_ENTRY_VERSION} marshal {marshal.version} "
    f"{hashlib.sha256(_MODEL.encode()).hexdigest()[:16]}\n"
).encode()


def _blocks_file(ledger_path: Path) -> Path:
    return _cache_file(ledger_path).with_suffix(".blocks")


def load_blocks(ledger_path: Path) -> dict[str, Any] | None:
    """The remembered entries of the ledger's blocks, by block key; None if none."""
    key = _key(create=False)
    if key is None:
        return None
    try:
        data = _blocks_file(ledger_path).read_bytes()
    except OSError:
        return None
    if not data.startswith(_BLOCKS_FORMAT):
        return None
    try:
        body = memoryview(data)[len(_BLOCKS_FORMAT) :]
        newline = bytes(body[:64]).index(b"\n")
        checksum = bytes(body[:newline]).decode("ascii")
        if not hmac.compare_digest(_mac(key + _BLOCKS_FORMAT, body[newline + 1 :]), checksum):
            return None
        with no_collection():
            entries = marshal.loads(body[newline + 1 :])
    except Exception:  # any corruption means: read the blocks again
        return None
    return entries if isinstance(entries, dict) else None


def store_blocks(ledger_path: Path, entries: dict[str, Any]) -> None:
    """Remember the entries of the ledger's current blocks (only those); failing to is fine."""
    key = _key(create=True)
    if key is None:
        return
    body = marshal.dumps(entries)
    _write_atomically(
        _blocks_file(ledger_path),
        [_BLOCKS_FORMAT, f"{_mac(key + _BLOCKS_FORMAT, body)}\n".encode("ascii"), body],
    )


# That a ledger's claims hold no plain text another YAML reader would type: a
# write quotes every such text in the whole ledger, so the bytes it saved are
# known to hold none, and the next write on those same bytes need not look
# through every claim for them again. Kept under the digest of those bytes:
# a hand edit makes other bytes, which are looked through again.
_QUOTED_FORMAT = b"claimtrack-quoted 2\n"


def known_quoted(ledger_path: Path, digest: str) -> bool:
    """Whether this tool saved these exact bytes, every lookalike text in them quoted."""
    return _known_mark(ledger_path, ".quoted", _QUOTED_FORMAT, digest.encode("ascii"))


def remember_quoted(ledger_path: Path, digest: str) -> None:
    """Say that these bytes, just saved by a write, hold no plain lookalike text."""
    _remember_mark(ledger_path, ".quoted", _QUOTED_FORMAT, digest.encode("ascii"))


# The file a write saved, as that write left it: its stat (`Seen`), the content key of
# the bytes written and their pieces' hashes (see `digest_of`). A command that finds
# the ledger with exactly this stat takes the key kept instead of hashing the file,
# as git trusts the stat its index recorded of a file. Kept only when no edit can
# share that stat (`ledger._saved_stat`): one made since has a later change time.
_SAVED_FORMAT = b"claimtrack-saved 1\n"
_SAVED_SUFFIX = ".saved"
# After a mark's body: a space, its seal (32 hex digits) and a line end.
_MARK_TAIL = 34

Seen = tuple[int, int, int, int, int]
"""What a file's stat tells of its version: device, inode, size, modification and
change times (ns)."""


def seen_of(result: os.stat_result) -> Seen:
    """The version a file's stat tells (see `Seen`)."""
    return (result.st_dev, result.st_ino, result.st_size, result.st_mtime_ns, result.st_ctime_ns)


# The key and pieces `saved_key` gave last: `digested_as` takes them for the bytes read.
_vouched: list[tuple[str, list[tuple[int, int, bytes]]]] = []


def remember_saved(ledger_path: Path, seen: Seen, digest: str) -> None:
    """Keep `seen`, the stat of the file a write just saved, with the content key of
    the bytes it saved (digested last, so their pieces are known)."""
    pieces = next((pieces for _, known, pieces in _DIGESTED if known == digest), None)
    key = _key(create=True)
    if key is None or pieces is None:
        forget_saved(ledger_path)
        return
    body = marshal.dumps((seen, digest, pieces))
    target = _cache_file(ledger_path).with_suffix(_SAVED_SUFFIX)
    _write_atomically(target, [_mark_record(key, _SAVED_FORMAT, body)])


def forget_saved(ledger_path: Path) -> None:
    """Keep no stat of the ledger's file: the next command hashes its bytes."""
    with contextlib.suppress(OSError):
        _cache_file(ledger_path).with_suffix(_SAVED_SUFFIX).unlink(missing_ok=True)


def saved_key(ledger_path: Path, seen: Seen) -> str | None:
    """The content key of the ledger's bytes when its file, by its stat `seen`, is the
    very file a write saved and kept (`remember_saved`); None otherwise."""
    read = _mark_read(ledger_path, _SAVED_SUFFIX)
    if read is None:
        return None
    key, data = read
    body = data[len(_SAVED_FORMAT) : -_MARK_TAIL]
    if not hmac.compare_digest(data, _mark_record(key, _SAVED_FORMAT, body)):
        return None
    try:
        kept, digest, pieces = marshal.loads(body)
    except Exception:  # sealed, so never: but a record not read is no key
        return None
    if tuple(kept) != seen or not isinstance(digest, str):
        return None
    _vouched[:] = [(digest, pieces)]
    return digest


def digested_as(data: bytes, digest: str) -> None:
    """Say that `data`, read from the file `saved_key` just vouched for, has its key:
    `digest_of` then gives it without hashing them, and finds their pieces, unhashed,
    in the bytes a write makes of them."""
    if not _vouched or _vouched[0][0] != digest:
        raise ValueError("no file vouched for with this key")
    _remember_digested(data, digest, _vouched.pop()[1])


def _mark_record(key: bytes, header: bytes, body: bytes) -> bytes:
    return header + body + f" {_mac(key + header, body)}\n".encode("ascii")


def _known_mark(ledger_path: Path, suffix: str, header: bytes, body: bytes) -> bool:
    """Whether the mark beside the ledger with this suffix says exactly `body`."""
    read = _mark_read(ledger_path, suffix)
    if read is None:
        return False
    key, data = read
    return hmac.compare_digest(data, _mark_record(key, header, body))


def _mark_read(ledger_path: Path, suffix: str) -> tuple[bytes, bytes] | None:
    """The cache's key and the bytes of the mark beside the ledger with this suffix,
    or None when there is no key or no mark to read."""
    key = _key(create=False)
    if key is None:
        return None
    try:
        return key, _cache_file(ledger_path).with_suffix(suffix).read_bytes()
    except OSError:
        return None


def _remember_mark(ledger_path: Path, suffix: str, header: bytes, body: bytes) -> None:
    key = _key(create=True)
    if key is None:
        return
    path = _cache_file(ledger_path).with_suffix(suffix)
    _write_atomically(path, [_mark_record(key, header, body)])


# Named blobs kept by content key, sealed like the rest (`pipeline.build_index`
# keeps the claim index of a big ledger here, and each text's terms). Only the
# newest few of each kind are kept.
_NOTES_FORMAT = b"claimtrack-notes 2\n"
_NOTES_KEPT = {"index": 3, "normals": 2, "typed": 4}


def _notes_file(kind: str, name: str) -> Path:
    return cache_dir() / "notes" / f"{name}.{kind}"


def load_note(kind: str, name: str) -> memoryview | None:
    """The blob stored under `name`, if this user's cache holds it unchanged (a view of
    the bytes read: a claim index of tens of MB is not copied again)."""
    key = _key(create=False)
    if key is None:
        return None
    try:
        data = _notes_file(kind, name).read_bytes()
    except OSError:
        return None
    header = _NOTES_FORMAT + f"{kind} {name}\n".encode()
    if not data.startswith(header):
        return None
    body = memoryview(data)[len(header) :]
    try:
        newline = bytes(body[:64]).index(b"\n")
        checksum = bytes(body[:newline]).decode("ascii")
    except ValueError:
        return None
    if not hmac.compare_digest(_mac(key + header, body[newline + 1 :]), checksum):
        return None
    return body[newline + 1 :]


def store_note(kind: str, name: str, blob: bytes) -> None:
    """Keep `blob` under `name`, and only the newest few of its kind; failing to is fine."""
    key = _key(create=True)
    if key is None:
        return
    header = _NOTES_FORMAT + f"{kind} {name}\n".encode()
    target = _notes_file(kind, name)
    _write_atomically(target, [header, f"{_mac(key + header, blob)}\n".encode("ascii"), blob])
    with contextlib.suppress(OSError):
        kept = sorted(
            target.parent.glob(f"*.{kind}"), key=lambda file: file.stat().st_mtime_ns, reverse=True
        )
        for old in kept[_NOTES_KEPT[kind] :]:
            old.unlink(missing_ok=True)


# A note of two files (`pipeline.build_index` keeps the claim index of a big ledger
# so): the head, a note as above written anew by each store, and the entries'
# bytes, in a file of their own (`<name>.<token>.<kind>data`) that a store only
# appends the entries it changed to, each stretch appended sealed on its own and
# named, with its seal, in the head. When most of that file would be left over
# (`_index_store.Store.save` decides), it is written afresh under a new token.
# The file is mapped, not read: only the pages of the stretches checked are read.


class NoteEntries:
    """The entries' file of a note as read: its token, its bytes (mapped), and the
    stretches of it the head names, back to back from its first byte, each with
    its seal, checked when bytes in it are first read (`holds`)."""

    def __init__(
        self, token: str, data: bytes | mmap.mmap, chunks: list[tuple[int, int, str]], key: bytes
    ) -> None:
        self.token = token
        self.data = data
        self.chunks = chunks
        self._key = key
        self._starts = [start for start, _, _ in chunks]
        self._held: list[bool | None] = [None] * len(chunks)

    def holds(self, start: int, end: int) -> bool:
        """Whether the bytes from `start` to `end` lie in stretches that hold their seals."""
        if not self.chunks or not 0 <= start <= end <= self.chunks[-1][1]:
            return False
        view = memoryview(self.data)
        n = max(0, bisect.bisect_right(self._starts, start) - 1)
        while True:
            held = self._held[n]
            if held is None:
                first, stop, checksum = self.chunks[n]
                held = self._held[n] = hmac.compare_digest(
                    _mac(self._key, view[first:stop]), checksum
                )
            if not held:
                return False
            n += 1
            if n == len(self.chunks) or self._starts[n] >= end:
                return True


def _entries_file(kind: str, name: str, token: str) -> Path:
    if not token.isalnum():
        raise ValueError("not a token")
    return _notes_file(kind, name).with_name(f"{name}.{token}.{kind}data")


def _entries_key(key: bytes, kind: str, name: str, token: str) -> bytes:
    return key + f"claimtrack-note-entries {kind} {name} {token}".encode("ascii")


def load_appended_note(kind: str, name: str) -> tuple[memoryview, memoryview, NoteEntries] | None:
    """The head stored under `name` (holding its seal) and its entries' bytes, each
    stretch of which is checked when first read (`NoteEntries.holds`), or None."""
    key = _key(create=False)
    blob = load_note(kind, name)
    if blob is None or key is None:
        return None
    try:
        (size,) = struct.unpack_from("<Q", blob)
        token, chunks = marshal.loads(blob[8 : 8 + size])
        data = _mapped(_entries_file(kind, name, token))
        end = 0
        for start, stop, _ in chunks:
            # Back to back from the first byte: no byte the head names is unsealed.
            if start != end or not start <= stop <= len(data):
                return None
            end = stop
    except (OSError, ValueError, EOFError, TypeError, struct.error):
        return None
    entries = NoteEntries(token, data, list(chunks), _entries_key(key, kind, name, token))
    return blob[8 + size :], memoryview(data)[:end], entries


def _sealed_stretches(key: bytes, data: bytes, at: int) -> list[tuple[int, int, str]]:
    """`data`, to stand at `at` in an entries' file, in stretches each with its seal."""
    view = memoryview(data)
    bounds = [*range(0, len(data), _NOTE_STRETCH), len(data)]
    return [
        (at + start, at + stop, _mac(key, view[start:stop]))
        for start, stop in itertools.pairwise(bounds)
    ]


def store_appended_note(
    kind: str,
    name: str,
    save: Callable[[Callable[[bytes], int | None] | None], tuple[bytes, bytes | None]],
    read: NoteEntries | None,
) -> None:
    """Keep a note of two files (see above); failing to is fine.

    `save(append)` gives the head and, when the entries are written afresh,
    their bytes; `append` adds bytes to the entries' file `read` and gives
    where they start, or None if it cannot (no file read, a write failed, or
    another write appended meanwhile: the stretches stay back to back).
    """
    key = _key(create=True)
    if key is None:
        return
    chunks = list(read.chunks) if read is not None else []
    token = read.token if read is not None else None

    def append(data: bytes) -> int | None:
        if token is None:
            return None
        end = chunks[-1][1] if chunks else 0
        path = _entries_file(kind, name, token)
        try:
            if path.stat().st_size != end:
                return None  # written to meanwhile
        except OSError:
            return None
        if _append(path, data) != end:
            return None
        chunks.extend(_sealed_stretches(_entries_key(key, kind, name, token), data, end))
        return end

    head, data = save(append)
    if data is not None:
        token = secrets.token_hex(8)
        if not _write_atomically(_entries_file(kind, name, token), [data]):
            return
        chunks = _sealed_stretches(_entries_key(key, kind, name, token), data, 0)
    assert token is not None
    meta = marshal.dumps((token, chunks))
    store_note(kind, name, struct.pack("<Q", len(meta)) + meta + head)
    with contextlib.suppress(OSError):
        heads = {path.stem for path in _notes_file(kind, name).parent.glob(f"*.{kind}")}
        for old in _notes_file(kind, name).parent.glob(f"*.{kind}data"):
            owner, _, used = old.name.partition(".")
            if owner not in heads or (owner == name and used != f"{token}.{kind}data"):
                old.unlink(missing_ok=True)


# The bytes of a note's entries sealed together, at most: a run checks the
# stretches holding the entries it reads.
_NOTE_STRETCH = 1 << 13


# Whether the lines of a claim or a source may hold, plain, a text some YAML
# reader would type (`LedgerEditor` quotes such texts): a finding of those lines
# alone, kept under a hash of them, in a note for the ledger, the section and the
# program. A write after a hand edit then looks again only at the entries whose
# lines changed.
def _typed_name(ledger_path: Path, section: str) -> str:
    key = b"typed\0" + code_digest() + os.fsencode(ledger_file(ledger_path))
    return hashlib.sha256(key + b"\0" + section.encode()).hexdigest()


def block_digest(data: bytes | memoryview) -> bytes:
    """The key of a block of a ledger's lines: SHA-256, cut to 128 bits (where the
    processor hashes SHA-256 itself, as most made since 2017 do, about 1.7 times as
    quick as BLAKE2b over a big ledger's blocks, each of a few kB)."""
    return hashlib.sha256(data).digest()[:16]


def load_typed(ledger_path: Path, section: str) -> dict[bytes, bool]:
    """The findings of a section's entries kept for this ledger, by `block_digest` of
    their lines."""
    return load_mapping_note("typed", _typed_name(ledger_path, section))


def load_mapping_note(kind: str, name: str) -> dict[Any, Any]:
    """A mapping stored with `store_note` as `marshal` data, or {} if none is usable."""
    blob = load_note(kind, name)
    if blob is None:
        return {}
    try:
        # Sealed with this user's key: only what this program stored is read.
        found = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def store_typed(ledger_path: Path, section: str, found: dict[bytes, bool]) -> None:
    """Keep the findings of a section's entries as they are now; failing to is fine."""
    store_note("typed", _typed_name(ledger_path, section), marshal.dumps(found))


# That every statement of a ledger nobody edited by hand holds the stance it takes
# toward its claim (`pipeline.settle_stances` would change none), but for the
# statements of a few claims named with it: kept, like the note above, under the
# digest of the bytes it holds for, and of the program that decided the stances.
# A write of this tool records it for the bytes it saved; a read of bytes edited by
# hand carries it over from the bytes last marked (`carry_settled`), naming the
# claims whose stances the edit may have changed.
_SETTLED_FORMAT = b"claimtrack-settled 3\n"
# Past this many claims to settle again, the mark is not carried: a hand edit that
# touches that many is settled whole.
_UNSETTLED_MOST = 2000


def _settled_body(digest: str, unsettled: Collection[str] = ()) -> bytes:
    ids = json.dumps(sorted(unsettled), ensure_ascii=True).encode("ascii")
    return digest.encode("ascii") + b" " + code_digest().hex().encode("ascii") + b" " + ids


def _settled_mark(ledger_path: Path) -> tuple[str, set[str]] | None:
    """The digest the settled mark holds for, and the claims it names; None if none."""
    read = _mark_read(ledger_path, ".settled")
    if read is None:
        return None
    key, data = read
    if not data.startswith(_SETTLED_FORMAT) or not data.endswith(b"\n"):
        return None
    body, _, _ = data[len(_SETTLED_FORMAT) : -1].rpartition(b" ")
    if not hmac.compare_digest(data, _mark_record(key, _SETTLED_FORMAT, body)):
        return None
    digest, code, ids = body.split(b" ", 2)
    if code != code_digest().hex().encode("ascii"):
        return None
    try:
        unsettled = json.loads(ids)
    except ValueError:
        return None
    if not isinstance(unsettled, list) or not all(isinstance(i, str) for i in unsettled):
        return None
    return digest.decode("ascii"), set(unsettled)


def known_settled(ledger_path: Path, digest: str) -> set[str] | None:
    """The claims whose statements may not hold their settled stances in these exact
    bytes (none: every stance settled), by this program; None when not known."""
    mark = _settled_mark(ledger_path)
    if mark is None or mark[0] != digest:
        return None
    return mark[1]


def remember_settled(ledger_path: Path, digest: str, unsettled: Collection[str] = ()) -> None:
    """Say that these bytes, just saved (or left as they were), have every stance settled
    but perhaps those of the statements of the claims `unsettled`."""
    _remember_mark(ledger_path, ".settled", _SETTLED_FORMAT, _settled_body(digest, unsettled))


def carry_settled(ledger_path: Path, digest: str, ledger: Ledger) -> None:
    """Before `ledger` (of the bytes `digest`, edited by hand) is stored in the cache:
    when the cache holds the bytes the settled mark holds for, mark these bytes settled
    but for the claims whose stances the edit may have changed (`_unsettled_after`).

    Only the stances of statements nobody edited are settled, by their fields, their
    fingerprint (numbered among the statements of their source, in line order, claims
    in the ledger's order), their source's `extracted` entries, their claim's id and
    text and the ledger's cues: each unchanged in a claim the edit left as it was,
    citing no source the edit touched, with the cues and the claims' order as they
    were. Anything else, or anything not certain, leaves no mark: `extract` then
    settles the whole ledger.
    """
    mark = _settled_mark(ledger_path)
    if mark is None or mark[0] == digest or not ledger.claims:
        return
    if not isinstance(ledger.claims[0].__dict__.get("_raw"), _Raw):
        return  # parsed whole: no claim could be told unchanged without its statements
    # What a load leaves for the next store to build on, kept as it was: the store
    # that follows writes the ledger read now, not one of the bytes marked.
    with _load_state_kept(_cache_file(ledger_path)):
        try:
            before = load_cached(ledger_path, mark[0])
            unsettled = None if before is None else _unsettled_after(before, ledger, mark[1])
        except Exception:  # a damaged cache: nothing carried, the whole ledger settled
            unsettled = None
    if unsettled is not None and len(unsettled) <= _UNSETTLED_MOST:
        remember_settled(ledger_path, digest, unsettled)


@contextlib.contextmanager
def _load_state_kept(target: Path) -> Iterator[None]:
    """Every state a load of the cache `target` leaves behind, as it was before the
    block: the loads remembered, the layouts, and the parts, batches and sources read."""
    lists: tuple[list[Any], ...] = (_loaded, _loaded_batches, _layouts)
    tables: tuple[dict[Path, Any], ...] = (
        _parts_read,
        _batches_known,
        _told_known,
        _records_known,
        _sources_known,
    )
    listed = [list(items) for items in lists]
    held = [table.get(target) for table in tables]
    try:
        yield
    finally:
        for items, was in zip(lists, listed, strict=True):
            items[:] = was
        for table, value in zip(tables, held, strict=True):
            table.pop(target, None)
            if value is not None:
                table[target] = value


def _unsettled_after(before: Ledger, after: Ledger, unsettled: set[str]) -> set[str] | None:
    """The claims of `after` whose statements' settled stances may differ from those
    they hold in `before` (settled but for the claims `unsettled`); None if unknown."""
    if before.cues != after.cues:
        return None
    # Each claim before told by its id, text and stored parts, read from the cache
    # load's batches and parts file: a claim is made only to be compared when its
    # parts are not to be had so, and a claim the edit left alone is never made.
    texts = claim_texts(before.claims)
    numbers = {claim_id: n for n, (claim_id, _) in enumerate(texts)}
    if len(numbers) != len(texts):
        return None
    changed: list[Claim] = []
    kept: list[int] = []  # where each claim kept stood before, in the order after
    now = bytearray(len(texts))  # by claim before: whether a claim after has its id
    # Views and pairs of them for every claim, none kept: no collector pass meanwhile.
    with no_collection():
        stored = _stored_parts(before.claims)
        for claim in after.claims:
            n = numbers.get(claim.id)
            if n is None:
                changed.append(claim)
                continue
            now[n] = 1
            if _same_as_stored(before.claims, n, texts[n][1], stored[n], claim):
                kept.append(n)
            else:
                changed.append(claim)
    if len(changed) > _UNSETTLED_MOST or len(changed) > len(after.claims) // 4 + 50:
        return None  # settled whole, as quickly
    if not all(map(operator.lt, kept, itertools.islice(kept, 1, None))):
        return None  # claims moved past each other: fingerprints may number anew
    # A statement's fingerprint numbers it among the statements of its source that
    # quote the same words: those of the claims edited, before and after, and of
    # the claims taken out may number others anew.
    edited = [*changed, *(before.claims[numbers[c.id]] for c in changed if c.id in numbers)]
    gone = now.find(0)
    while gone >= 0:
        edited.append(before.claims[gone])
        gone = now.find(0, gone + 1)
    quoted = {_quote_key(statement) for claim in edited for statement in claim.statements}
    touched: set[str] = set()  # sources whose entries changed
    sources_before = {source.id: source for source in before.sources}
    sources_after = {source.id: source for source in after.sources}
    for source_id in sources_before.keys() | sources_after.keys():
        if sources_before.get(source_id) != sources_after.get(source_id):
            touched.add(source_id)
    # The claims marked that are still there: a claim after of an id not found before
    # is one of those changed.
    result = {claim.id for claim in changed}
    result |= {
        claim_id
        for claim_id in unsettled
        if claim_id in result or (claim_id in numbers and now[numbers[claim_id]])
    }
    if touched:
        result.update(claim.id for claim in claims_citing(after.claims, touched))
    if quoted:
        for claim in claims_citing(after.claims, {source for source, _ in quoted}):
            if claim.id not in result and any(
                _quote_key(statement) in quoted for statement in claim.statements
            ):
                result.add(claim.id)
    return result


def _quote_key(statement: Statement) -> tuple[str, str]:
    """What a statement's fingerprint numbers it among (`pipeline.fingerprints`)."""
    return statement.source, " ".join(statement.quote.split())


def _stored_parts(claims: Sequence[Claim]) -> list[tuple[memoryview, memoryview] | None]:
    """Each claim's two parts as stored, in order, once they hold their seal: for a
    cache load's claims read from its parts file without making a claim; None for
    a claim whose parts are not to be had so (see `_LazyClaims.parts_between`)."""
    return _read_by_stretch(claims, _LazyClaims.parts_between, lambda some: [None] * len(some))


def _same_as_stored(
    claims: Sequence[Claim],
    number: int,
    text: str,
    parts: tuple[memoryview, memoryview] | None,
    after: Claim,
) -> bool:
    """Whether the claim `number` of `claims`, of the same id as `after`, with this
    text and these stored parts (None: not to be had without making the claim), is
    `after` as `_same_claim` tells."""
    if parts is None:
        return _same_claim(claims[number], after)
    theirs = after.__dict__.get("_raw")
    return text == after.text and isinstance(theirs, _Raw) and _same_parts(parts, theirs.checked())


def _same_claim(before: Claim, after: Claim) -> bool:
    """Whether two claims from the cache have the same id, text and stored statements,
    their places in the file aside; False when either is not from the cache."""
    if before.id != after.id or before.text != after.text:
        return False
    mine, theirs = before.__dict__.get("_raw"), after.__dict__.get("_raw")
    if not (isinstance(mine, _Raw) and isinstance(theirs, _Raw)):
        return False
    return _same_parts(mine.checked(), theirs.checked())


def _same_parts(parts: tuple[memoryview, memoryview], other: tuple[memoryview, memoryview]) -> bool:
    """Whether two claims' stored parts (heads, texts) hold the same statements, their
    places in the file aside."""
    (heads, texts), (other_heads, other_texts) = parts, other
    # (As bytes: two memoryviews compare item by item.)
    if bytes(texts) != bytes(other_texts):
        return False
    if bytes(heads) == bytes(other_heads):
        return True
    # Places kept relative to the claim's block, or to the file (a claim a write
    # stored): the rows without their place.
    return [row[:6] for row in marshal.loads(heads)] == [
        row[:6] for row in marshal.loads(other_heads)
    ]


@functools.cache
def code_digest() -> bytes:
    """A digest of the program's own files: what it worked out with other code is not used."""
    digest = hashlib.sha256()
    for file in sorted(Path(__file__).parent.rglob("*")):
        if file.is_file() and file.suffix != ".pyc":
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.digest()


def _write_atomically(target: Path, parts: list[bytes]) -> bool:
    """Whether `target` now holds `parts`, written whole under another name first."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.writelines(parts)
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


_KEY_BYTES = 32


def _key(*, create: bool) -> bytes | None:
    """The secret that seals this user's cache files; None when there is none to use."""
    folder = cache_dir()
    path = folder / "key"
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
        key = _new_key(folder, path)
    except OSError:
        return None
    return key if len(key) == _KEY_BYTES else None


def _new_key(folder: Path, path: Path) -> bytes:
    """Make the key, readable by its owner alone; another process's key wins a race."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = folder / f".key.{secrets.token_hex(4)}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(secrets.token_bytes(_KEY_BYTES))
            with contextlib.suppress(FileExistsError):
                os.link(temp, path)
        finally:
            temp.unlink(missing_ok=True)
        return path.read_bytes()
    except OSError:
        return b""


def _mac(key: bytes, body: bytes | memoryview) -> str:
    # HMAC-SHA256, cut to 128 bits: where the processor hashes SHA-256 itself (most
    # made since 2017 do), about twice as quick as a keyed BLAKE2b, and a write on
    # a big ledger seals and checks tens of MB (its cache, its claim index).
    return hmac.digest(key, body, "sha256")[:16].hex()


# A stretch of the parts file is sealed in pieces of this many bytes, each on its own
# (`_sub_seals`): a claim's parts are checked by the pieces holding them, not by the
# whole stretch (reading the statements of 300 claims spread over a big ledger,
# as `drop` and `merge` do, checked 300 stretches of 64 kB: 19 MB hashed at 20,000
# claims, for 0.7 MB read).
_SUB_SEAL = 1 << 13


def _sub_seals(key: bytes, body: bytes | memoryview) -> bytes:
    """The seal of each `_SUB_SEAL` bytes of `body` (the last piece may be shorter),
    16 bytes each, back to back (HMAC-SHA256 cut to 128 bits, as `_mac`)."""
    view = memoryview(body)
    digest = hmac.digest
    return b"".join(
        [
            digest(key, view[at : at + _SUB_SEAL], "sha256")[:16]
            for at in range(0, len(view), _SUB_SEAL)
        ]
    )


# After the header: the seal (a keyed hash, under the key and the header, of the
# index's head) and the head's size, then the head (the parts file's token, its
# stretches in use, where each claim's parts start, and the index but the batches'
# records: for each batch its shift, where its bytes are, and the size and digest
# of its record), then the batches' records back to back (`_records_of`). The
# claims' parts and the batches are in the parts file, decoded long after
# loading, so a damaged or foreign file must be caught up front.


def _unseal(sealed: memoryview, key: bytes) -> tuple[str, list[Any], list[int], Any]:
    """The parts file's token, its stretches in use (start, end, seal), where each
    claim's parts start in it, and the index, each batch's record in its place
    (`_unsealed_index`); raises ValueError if not ours."""
    return _unsealed_index(sealed, key)[:4]


def _unsealed_index(
    sealed: memoryview, key: bytes
) -> tuple[str, list[Any], list[int], Any, list[Record]]:
    """As `_unseal`, and the batches' records as read. In the index each batch is (its
    shift, where its bytes are, their size, its ids, what the index tells of it
    besides), and the sizes of every claim's parts follow the batches, as the
    records hold them; raises ValueError if not ours."""
    newline = bytes(sealed[:80]).index(b"\n")
    checksum, size = bytes(sealed[:newline]).decode("ascii").split(" ")
    start, end = newline + 1, newline + 1 + int(size)
    body = sealed[start:end]
    if len(body) != int(size) or not hmac.compare_digest(_mac(key, body), checksum):
        raise ValueError("damaged or foreign cache")
    token, chunks, offsets, head = marshal.loads(body)
    records = _records_placed(head[2], sealed[end:])
    batches = [
        (base, at, size, record[0], *record[1])
        for (base, at, size, _, _), record in zip(head[2], records, strict=True)
    ]
    sizes = list(itertools.chain.from_iterable(record[2] for record in records))
    return token, chunks, offsets, (head[0], head[1], batches, sizes, *head[4:]), records


# A parts file as this process read (or wrote) it: its token, its bytes as read,
# the stretches of it in use, each with its seal, its size as known, and the
# seals of the stretches read, by where they start (none: all written here).
@dataclass
class _Parts:
    token: str
    data: bytes | mmap.mmap
    chunks: list[Any]
    size: int
    seals: dict[int, _Seal] = field(default_factory=dict)
    # Where each claim's parts start and their sizes, and where the sources are (start,
    # size), when read for that (`_parts_before`).
    spots: list[tuple[int, tuple[int, int]]] | None = None
    sources: tuple[int, int] | None = None
    entries: list[Any] | None = None  # the claims' entries stored, in order


# By cache file: the parts file its claims were last read from here, for the few
# ledgers read last (each mapped file holds a file descriptor while it is kept).
_parts_read: dict[Path, _Parts] = {}
_PARTS_KEPT = 8


def _remember_parts(target: Path, parts: _Parts) -> _Parts:
    _parts_read.pop(target, None)
    _parts_read[target] = parts
    while len(_parts_read) > _PARTS_KEPT:
        del _parts_read[next(iter(_parts_read))]
    return parts


def _parts_file(target: Path, token: str) -> Path:
    if not token.isalnum():
        raise ValueError("not a token")
    return target.with_name(f"{target.stem}.{token}.parts")


def _mapped(path: Path) -> bytes | mmap.mmap:
    """The bytes of a parts file, mapped: only the pages of the claims a command reads
    are read from the disk (a write on 20,000 claims reads a few of 34 MB or more).

    A parts file is only ever appended to or written afresh under another name,
    never changed in place, so what a seal was checked on stays as checked.
    """
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        if not size:
            return b""
        try:
            return mmap.mmap(file.fileno(), size, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a file system that maps no files
            return file.read()


def _parts_key(key: bytes, token: str) -> bytes:
    return key + b"claimtrack-parts " + token.encode("ascii")


def _seals(parts: bytes | mmap.mmap, token: str, chunks: list[Any], key: bytes) -> list[_Seal]:
    """The stretches of a parts file in use, by where they start, each with its seal
    (checked when a claim's parts in it are first decoded); raises ValueError if a
    stretch is not inside the file."""
    view = memoryview(parts)
    sealed = _parts_key(key, token)
    seals = []
    for start, end, checksum in sorted(chunks):
        if not 0 <= start <= end <= len(parts) or not isinstance(checksum, bytes):
            raise ValueError("damaged cache")
        if len(checksum) != 16 * -(-(end - start) // _SUB_SEAL):
            raise ValueError("damaged cache")
        seals.append(_Seal(start, view[start:end], sealed, checksum))
    return seals


def _stored_claims(
    batches: list[tuple[Any, ...]],
    parts: bytes | mmap.mmap,
    offsets: list[int],
    sizes: list[tuple[int, int]],
    seals: list[_Seal],
    origin: _Origin,
) -> tuple[_LazyClaims, dict[str, Batch], _Loaded]:
    """The claims of the cache's batches (each its shift, where it is in the parts file
    and its size), their parts in the parts file, and the batches by their first
    claim; raises ValueError if a batch or a claim's parts are not inside one
    stretch in use. Each batch's claims are made when one of them is first asked
    for (`_LazyClaims`): a write that reads a few claims makes their batches'
    objects, not every claim's. A batch's bytes are checked against the seal of
    their stretch when first unmarshalled, not here: a write that reads a few
    batches checks those (a batch that fails its seal is read from the ledger).

    A claim's parts are views of the parts file made when first asked for
    (`_Raw.__getattr__`): a write reads the parts of the few claims it changes,
    and stores the others' by where they are (`_plain_for_store`), a batch whose
    claims it left alone taken whole (`_Loaded`)."""
    view = memoryview(parts)
    place = _Place(view, seals, origin)
    # Whether a claim's parts lie inside one stretch in use is asked when they are
    # first read (`_Place.stretch`), not here for every claim: a write reads the parts
    # of a few claims, and the pass over 20,000 was 3 to 4 ms of each load.
    if len(offsets) != len(sizes):
        raise ValueError("damaged cache")
    starts, ends = place.starts, place.limits
    where = bisect.bisect_right
    known: dict[str, Batch] = {}
    plan: list[tuple[int, list[tuple[Any, ...]] | None, int]] = []
    stored: list[tuple[Batch, tuple[str, ...], Told]] = []
    at_claim = 0
    for base, start, size, ids, *rest in batches:
        n = where(starts, start)
        if n < 1 or start + size > ends[n]:
            raise ValueError("damaged cache")
        told = tuple(rest)
        if ids.__class__ is not tuple or not ids or not _told_fits(told, len(ids)):
            raise ValueError("damaged cache")
        # Its bytes checked and unmarshalled only when one of its claims is read.
        batch: Batch = (None, view[start : start + size], start)
        known[ids[0]] = batch
        plan.append((at_claim, None, base))
        stored.append((batch, ids, told))
        at_claim += len(ids)
    if at_claim != len(offsets):
        raise ValueError("damaged cache")
    claims = _LazyClaims(plan, at_claim, place, offsets, sizes, stored, known)
    return claims, known, _Loaded(place, claims, claims.firsts, offsets, sizes)


class _ClaimRuns(Sequence[Claim]):
    """Claims held as stretches of a cache load's claims (`_LazyClaims`) and tuples
    of claims made, standing for the tuple of them all: equal to it (and to one
    another: stretches of the same claims in the same places are equal without
    making a claim), sliced (a slice is a tuple), iterated, hashed, added to and
    pickled as it is."""

    __slots__ = ()

    def stretches(self) -> list[tuple[Sequence[Claim], int, int]]:
        """The claims as stretches: each a `_LazyClaims` or a tuple, from, to."""
        raise NotImplementedError

    def find(self, claim_id: str) -> Claim | None:
        """The first claim with this id, or None (`Ledger.claim`): a cache load's are
        looked for by their batches' ids, only the batch of the one found made."""
        for seq, start, stop in self.stretches():
            if isinstance(seq, _LazyClaims):
                number = seq.number_of(claim_id, start, stop)
                if number is not None:
                    return seq[number]
            else:
                for claim in seq[start:stop]:
                    if claim.id == claim_id:
                        return claim
        return None

    def __reversed__(self) -> Iterator[Claim]:
        return reversed(tuple(self))

    def __contains__(self, claim: object) -> bool:
        return claim in tuple(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ClaimRuns | tuple):
            return len(self) == len(other) and _same_stretches(
                self.stretches(), _stretches_of(other)
            )
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: tuple[Claim, ...]) -> tuple[Claim, ...]:
        return tuple(self) + tuple(other)

    def __radd__(self, other: tuple[Claim, ...]) -> tuple[Claim, ...]:
        return tuple(other) + tuple(self)

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))


def _stretches_of(claims: Sequence[Claim]) -> list[tuple[Sequence[Claim], int, int]]:
    if isinstance(claims, _ClaimRuns):
        return claims.stretches()
    kept = claims if isinstance(claims, tuple) else tuple(claims)
    return [(kept, 0, len(kept))]


def _same_stretches(
    mine: list[tuple[Sequence[Claim], int, int]], theirs: list[tuple[Sequence[Claim], int, int]]
) -> bool:
    """Whether two lists of stretches (of the same length in all) hold the same
    claims: where both hold the same claims' same places, without looking at them;
    elsewhere claim by claim (`==`, as tuples compare)."""
    i = j = 0
    at_mine = mine[0][1] if mine else 0
    at_theirs = theirs[0][1] if theirs else 0
    while i < len(mine) and j < len(theirs):
        seq, _, stop = mine[i]
        other, _, other_stop = theirs[j]
        n = min(stop - at_mine, other_stop - at_theirs)
        if not (seq is other and at_mine == at_theirs) and (
            seq[at_mine : at_mine + n] != other[at_theirs : at_theirs + n]
        ):
            return False
        at_mine += n
        at_theirs += n
        if at_mine == stop:
            i += 1
            at_mine = mine[i][1] if i < len(mine) else 0
        if at_theirs == other_stop:
            j += 1
            at_theirs = theirs[j][1] if j < len(theirs) else 0
    return True


class _Joined(_ClaimRuns):
    """Claims given as stretches (see `_ClaimRuns`), none empty."""

    __slots__ = ("_count", "_ends", "_parts")

    def __init__(self, parts: list[tuple[Sequence[Claim], int, int]]) -> None:
        self._parts = parts
        self._ends = list(itertools.accumulate(stop - start for _, start, stop in parts))
        self._count = self._ends[-1] if parts else 0

    def stretches(self) -> list[tuple[Sequence[Claim], int, int]]:
        return self._parts

    def __len__(self) -> int:
        return self._count

    @typing.overload
    def __getitem__(self, at: int) -> Claim: ...

    @typing.overload
    def __getitem__(self, at: slice) -> tuple[Claim, ...]: ...

    def __getitem__(self, at: int | slice) -> Claim | tuple[Claim, ...]:
        if isinstance(at, slice):
            low, high, step = at.indices(self._count)
            if step != 1:
                return tuple(self)[at]
            got: list[Claim] = []
            before = 0
            for (seq, start, _), end in zip(self._parts, self._ends, strict=True):
                if end > low and before < high:
                    got += seq[start + max(low, before) - before : start + min(high, end) - before]
                before = end
            return tuple(got)
        if at < 0:
            at += self._count
        if not 0 <= at < self._count:
            raise IndexError("claim index out of range")
        n = bisect.bisect_right(self._ends, at)
        seq, start, _ = self._parts[n]
        return seq[start + at - (self._ends[n - 1] if n else 0)]

    def __iter__(self) -> Iterator[Claim]:
        for seq, start, stop in self._parts:
            yield from seq[start:stop]


class ClaimsBuilder:
    """Claims put together in order, claim by claim or as stretches of other claims;
    `built` gives them as a tuple, or, where stretches of a cache load's claims are
    among them, as those stretches (made claims none)."""

    __slots__ = ("_loose", "_parts", "count")

    def __init__(self) -> None:
        self._parts: list[tuple[Sequence[Claim], int, int]] = []
        self._loose: list[Claim] = []
        self.count = 0

    def add(self, claim: Claim) -> None:
        self._loose.append(claim)
        self.count += 1

    def extend(self, claims: Sequence[Claim]) -> None:
        self._loose += claims
        self.count += len(claims)

    def add_stretch(self, claims: Sequence[Claim], start: int, stop: int) -> None:
        """Claims `start` to `stop` of `claims`, a cache load's not made."""
        if stop <= start:
            return
        self.count += stop - start
        if not isinstance(claims, _ClaimRuns):
            self._loose += claims[start:stop]
            return
        before = 0
        for seq, first, last in claims.stretches():
            end = before + last - first
            if end > start and before < stop:
                low, high = first + max(start, before) - before, first + min(stop, end) - before
                if not isinstance(seq, _LazyClaims):
                    self._loose += seq[low:high]
                else:
                    self._flush()
                    parts = self._parts
                    if parts and parts[-1][0] is seq and parts[-1][2] == low:
                        parts[-1] = (seq, parts[-1][1], high)
                    else:
                        parts.append((seq, low, high))
            before = end

    def _flush(self) -> None:
        if self._loose:
            self._parts.append((tuple(self._loose), 0, len(self._loose)))
            self._loose = []

    def built(self) -> tuple[Claim, ...]:
        """The claims (see `_ClaimRuns`: stretches of a cache load's claims stand for
        the tuple of them all)."""
        if not any(isinstance(seq, _LazyClaims) for seq, _, _ in self._parts):
            return tuple(
                itertools.chain.from_iterable(seq[start:stop] for seq, start, stop in self._parts)
            ) + tuple(self._loose)
        self._flush()
        parts = self._parts
        if len(parts) == 1 and parts[0][1] == 0 and parts[0][2] == len(parts[0][0]):
            return typing.cast("tuple[Claim, ...]", parts[0][0])
        return typing.cast("tuple[Claim, ...]", _Joined(parts))


class _LazyClaims(_ClaimRuns):
    """The claims of a cache load, each batch's made when one of them is first asked
    for: a write that reads a few claims makes the objects of their batches, not of
    every claim. Its length, order, slices, iteration and comparisons are those of
    the tuple of every claim; a slice is a tuple."""

    __slots__ = (
        "_count",
        "_ends",
        "_fresh",
        "_ids",
        "_known",
        "_left",
        "_made",
        "_offsets",
        "_place",
        "_plan",
        "_sizes",
        "_stored",
        "firsts",
    )

    def __init__(
        self,
        plan: list[tuple[int, list[tuple[Any, ...]] | None, int]],
        count: int,
        place: _Place,
        offsets: list[int],
        sizes: list[tuple[int, int]],
        stored: list[tuple[Batch, tuple[str, ...], Told]],
        known: dict[str, Batch],
    ) -> None:
        # Each batch: its first claim's number, its entries (None until unmarshalled),
        # its shift; and as stored: the batch, its ids, what the index tells of it.
        self._plan = plan
        self._stored = stored
        self._known = known  # the batches known to `_batched`, told of entries read
        self._ends = list(itertools.accumulate(len(batch[1]) for batch in stored))
        self._count = count
        self._made: list[Any] = [None] * count  # each claim, once its batch is made
        self._left = len(plan)  # batches not made yet
        self._ids: list[str] | None = None  # every claim's id, once asked for
        self._place = place
        self._offsets = offsets
        self._sizes = sizes
        # By batch: its claims' parts from the ledger, for a batch whose bytes failed
        # their seal (`_recovered`).
        self._fresh: dict[int, list[tuple[bytes, bytes]]] = {}
        # Each batch made so far, by its first claim's `id` (see `_Loaded`).
        self.firsts: dict[int, tuple[int, list[tuple[Any, ...]], int]] = {}

    def _entries(self, number: int) -> list[tuple[Any, ...]]:
        """The entries of the batch `number`, unmarshalled when first asked for, once
        their bytes hold the seal of their stretch (else read from the ledger)."""
        first, entries, base = self._plan[number]
        if entries is None:
            batch, ids = self._stored[number][:2]
            assert batch[2] is not None
            if self._place.holds(batch[2], batch[2] + len(batch[1])):
                entries = _batch_entries(batch, ids)
                if self._known.get(ids[0]) is batch:
                    self._known[ids[0]] = (entries, batch[1], batch[2])
            else:
                entries = self._recovered(number)
            self._plan[number] = (first, entries, base)
        return entries

    def _recovered(self, number: int) -> list[tuple[Any, ...]]:
        """The entries of the batch `number`, whose bytes fail their seal, made from the
        ledger the cache was read for (parsed afresh, the cache file removed, as for a
        claim's damaged parts: `_Origin`), with their claims' parts: a claim's parts in
        the parts file are stored under the shift its damaged entry held, so they are
        taken from the ledger too. Every claim's shift is the batch's; raises
        CacheDamaged if the ledger has changed since, or its claims there are not the
        batch's."""
        first, _, base = self._plan[number]
        ids = self._stored[number][1]
        every = self._place.origin.claims()
        if len(every) != self._count:
            raise CacheDamaged()
        entries: list[tuple[Any, ...]] = []
        parts: list[tuple[bytes, bytes]] = []
        for claim_id, claim in zip(ids, every[first : first + len(ids)], strict=True):
            if claim.id != claim_id:
                raise CacheDamaged()
            made = claim_entry(claim, base)
            entries.append((made[0], made[1], made[2], 0, _summary_blob(made[6]), None))
            parts.append((made[4], made[5]))
        self._fresh[number] = parts
        # Never kept as loaded: a write makes the batch anew from these entries.
        self._known.pop(ids[0], None)
        return entries

    def _make(self, number: int) -> None:
        """Make the claims of the batch `number`."""
        first, _, base = self._plan[number]
        made = self._made
        if made[first] is not None:
            return
        batch = self._entries(number)
        place = self._place
        new = object.__new__
        summaries = _Summaries(made, first, batch)
        places = self._offsets[first : first + len(batch)]
        spans = self._sizes[first : first + len(batch)]
        at_claim = first
        fresh = self._fresh.get(number)
        with no_collection():
            for entry, at, span in zip(batch, places, spans, strict=True):
                claim_id, text, spot, shift, _, digest = entry
                # `_Raw(...)` and `_stored_claim(...)` written out: no call a claim.
                raw = new(_Raw)
                raw.place = spot
                raw.shift = shift + base
                raw.batch = summaries  # `summary` left unset: decoded when asked for
                raw.at = at
                raw.digest = digest
                raw.entry = entry
                raw.lazy = place
                raw.size = span
                if fresh is not None:  # its parts from the ledger (`_recovered`)
                    heads, texts = fresh[at_claim - first]
                    raw.heads, raw.texts = memoryview(heads), memoryview(texts)
                    raw.lazy = raw.size = raw.at = raw.guard = None
                claim = new(_StoredClaim)
                attributes = claim.__dict__
                attributes["id"] = claim_id
                attributes["text"] = text
                attributes["_raw"] = raw
                made[at_claim] = claim
                at_claim += 1
        self.firsts[id(made[first])] = (first, batch, base)
        self._left -= 1

    def _make_between(self, low: int, high: int) -> None:
        """Make every batch holding a claim numbered from `low` to `high` (both in)."""
        ends = self._ends
        for number in range(bisect.bisect_right(ends, low), bisect.bisect_right(ends, high) + 1):
            if number < len(ends):
                self._make(number)

    def __len__(self) -> int:
        return self._count

    @typing.overload
    def __getitem__(self, at: int) -> Claim: ...

    @typing.overload
    def __getitem__(self, at: slice) -> tuple[Claim, ...]: ...

    def __getitem__(self, at: int | slice) -> Claim | tuple[Claim, ...]:
        made = self._made
        if isinstance(at, slice):
            numbers = range(self._count)[at]
            if numbers:
                self._make_between(min(numbers[0], numbers[-1]), max(numbers[0], numbers[-1]))
            return tuple(made[at])
        claim = made[at]  # raises IndexError past the end, as a tuple does
        if claim is None:
            self._make(bisect.bisect_right(self._ends, at % self._count))
            claim = made[at]
        return claim  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Claim]:
        if not self._left:
            return iter(self._made)  # every batch made: the list's own iterator
        return self._making()

    def _making(self) -> Iterator[Claim]:
        made = self._made
        for number, (first, _, _) in enumerate(list(self._plan)):
            if made[first] is None:
                self._make(number)
            yield from made[first : self._ends[number]]

    def stretches(self) -> list[tuple[Sequence[Claim], int, int]]:
        return [(self, 0, self._count)]

    def is_made(self, number: int) -> bool:
        """Whether the claims of the batch `number` are made."""
        return self._made[self._plan[number][0]] is not None

    def batch_at(self, at: int) -> int:
        """The number of the batch holding claim `at`."""
        return bisect.bisect_right(self._ends, at)

    def batch(self, number: int) -> tuple[int, list[tuple[Any, ...]], int]:
        """The batch `number`: its first claim's number, its entries, its shift."""
        entries = self._entries(number)
        first, _, base = self._plan[number]
        return first, entries, base

    def batch_span(self, number: int) -> tuple[int, int, int]:
        """The batch `number`: its first claim's number, how many, its shift (its
        entries left unread)."""
        first, _, base = self._plan[number]
        return first, len(self._stored[number][1]), base

    def whole(self, number: int) -> _Whole:
        """The batch `number` as `_plain_for_store` keeps a batch left unread."""
        return _whole(*self._stored[number])

    def all_placed_between(self, start: int, stop: int) -> bool:
        """Whether every claim from `start` to `stop` has a place: a batch none of whose
        claims lacks one told by the index, the others by their entries."""
        number = self.batch_at(start)
        while number < len(self._plan) and self._plan[number][0] < stop:
            first = self._plan[number][0]
            if self._stored[number][2][0]:
                entries = self._entries(number)[max(0, start - first) : stop - first]
                if None in map(_ENTRY_SPOT, entries):
                    return False
            number += 1
        return True

    def number_of(self, claim_id: str, start: int = 0, stop: int | None = None) -> int | None:
        """The number of the first claim from `start` to `stop` with this id, read
        from the batches' entries; None if none."""
        stop = self._count if stop is None else stop
        if self._ids is None:
            self.ids_between(0, 0)
        assert self._ids is not None
        try:
            return self._ids.index(claim_id, start, stop)
        except ValueError:
            return None

    def entries_between(
        self, start: int, stop: int
    ) -> Iterator[tuple[int, int, list[tuple[Any, ...]], int]]:
        """Each batch holding claims `start` to `stop`: its number, the number of its
        first claim among them, their entries and the batch's shift."""
        number = self.batch_at(start)
        while number < len(self._plan):
            first, _, base = self._plan[number]
            if first >= stop:
                break
            entries = self._entries(number)
            low = max(0, start - first)
            yield number, first + low, entries[low : stop - first], base
            number += 1

    def parts_between(self, start: int, stop: int) -> list[tuple[memoryview, memoryview] | None]:
        """The two parts (heads, texts) of claims `start` to `stop` as stored: views of
        the parts file once the pieces holding them hold their seals, no claim made.
        None for a claim whose parts fail their seal, or whose batch was read from the
        ledger instead (`_recovered`): the claim made then holds its parts."""
        found: list[tuple[memoryview, memoryview] | None] = []
        holds, view = self._place.holds, self._place.view
        for number, first, entries, _ in self.entries_between(start, stop):
            if number in self._fresh:
                found += itertools.repeat(None, len(entries))
                continue
            last = first + len(entries)
            for at, (heads, texts) in zip(
                self._offsets[first:last], self._sizes[first:last], strict=True
            ):
                middle, end = at + heads, at + heads + texts
                found.append((view[at:middle], view[middle:end]) if holds(at, end) else None)
        return found

    def ids_between(self, start: int, stop: int) -> list[str]:
        """The ids of claims `start` to `stop`, read from the batches' entries."""
        if self._ids is None:
            # Read from the index, no batch unmarshalled; kept: the ids never change.
            self._ids = list(itertools.chain.from_iterable(batch[1] for batch in self._stored))
        return self._ids[start:stop]

    def told(self, number: int) -> Told:
        """What the index tells of the batch `number` (see `Told`)."""
        return self._stored[number][2]

    def stored_batches(self) -> list[tuple[Batch, tuple[str, ...], Told]]:
        """Each batch as loaded: the batch, its ids, what the index tells of it."""
        return self._stored

    def numbers_by_first(self) -> dict[str, int]:
        """Each batch's number, by its first claim's id."""
        return {batch[1][0]: number for number, batch in enumerate(self._stored)}

    def parties_between(self, start: int, stop: int) -> Iterator[tuple[str, ...]]:
        """The parties the statements of claims `start` to `stop` name, each batch's
        once in the order met: a batch wholly among them as the index tells, a
        batch in part from its claims' summaries."""
        number = self.batch_at(start)
        while number < len(self._plan):
            first = self._plan[number][0]
            if first >= stop:
                break
            ids, told = self._stored[number][1:]
            if start <= first and first + len(ids) <= stop:
                yield told[3]
            else:
                low, high = max(start, first), min(stop, first + len(ids))
                yield tuple(
                    {
                        name: None
                        for claim in self[low:high]
                        for stance_names in claim_summary(claim)[2]
                        for name in stance_names
                    }
                )
            number += 1

    def texts_ending_between(self, start: int, stop: int, word: str) -> list[tuple[str, str]]:
        """The ids and texts of claims `start` to `stop` whose text's last word is
        `word`: a batch whose sieve tells that none of its texts ends so is left
        unread, the others read from their entries."""
        texts: list[tuple[str, str]] = []
        number = self.batch_at(start)
        while number < len(self._plan):
            first, _, _ = self._plan[number]
            if first >= stop:
                break
            if _sieve_holds(self._stored[number][2][1], word):
                entries = self._entries(number)[max(0, start - first) : stop - first]
                texts += [(entry[0], entry[1]) for entry in entries if last_word(entry[1]) == word]
            number += 1
        return texts

    def texts_between(self, start: int, stop: int) -> list[tuple[str, str]]:
        """The ids and texts of claims `start` to `stop`, read from the entries."""
        texts: list[tuple[str, str]] = []
        for _, _, entries, _ in self.entries_between(start, stop):
            texts += map(_ENTRY_ID_TEXT, entries)
        return texts

    def digests_between(self, start: int, stop: int) -> list[tuple[str, bytes]]:
        """The ids and `texts_digest` of claims `start` to `stop`: a batch not made whose
        record in the index keeps its claims' digests read from there (its entries
        left unread), one whose entries all keep their digest from them, any other
        claim asked."""
        digests: list[tuple[str, bytes]] = []
        number = self.batch_at(start)
        size = _DIGEST_SIZE
        while number < len(self._plan):
            first = self._plan[number][0]
            if first >= stop:
                break
            _, ids, (_, _, kept, _, _, _) = self._stored[number]
            low, high = max(0, start - first), min(len(ids), stop - first)
            if kept and not self.is_made(number):
                digests += zip(
                    ids[low:high],
                    [kept[at : at + size] for at in range(low * size, high * size, size)],
                    strict=True,
                )
            else:
                entries = self._entries(number)[low:high]
                if not self.is_made(number) and None not in map(_ENTRY_DIGEST, entries):
                    digests += map(_ENTRY_ID_DIGEST, entries)
                else:
                    at = first + low
                    digests += [
                        (claim.id, texts_digest(claim)) for claim in self[at : at + len(entries)]
                    ]
            number += 1
        return digests

    def spots_between(self, start: int, stop: int) -> list[tuple[int, int] | None]:
        """The line and column of claims `start` to `stop` as `claim_spots` gives
        them, read from the batches' entries: a made claim's are its entry's."""
        spots: list[tuple[int, int] | None] = []
        for _, _, entries, base in self.entries_between(start, stop):
            # Entries indexed, not unpacked: half the time of unpacking six fields.
            spots += [
                None if (spot := entry[2]) is None else (spot[0] + entry[3] + base, spot[1])
                for entry in entries
            ]
        return spots

    def made_batches(self) -> int:
        """How many batches are made (for measuring)."""
        return sum(self._made[first] is not None for first, _, _ in self._plan)


class _Loaded:
    """The claims a cache load made, batch by batch, for storing the cache again with
    each batch whose claims a write left alone taken whole (`_plain_for_store`):
    the parts file's place, the claims, each batch by its first claim's `id` (where
    it starts among the claims, its entries, its shift), and each claim's parts
    (where they start, their sizes)."""

    __slots__ = ("claims", "firsts", "offsets", "place", "sizes")

    def __init__(
        self,
        place: _Place,
        claims: Sequence[Claim],
        firsts: dict[int, tuple[int, list[tuple[Any, ...]], int]],
        offsets: list[int],
        sizes: list[tuple[int, int]],
    ) -> None:
        self.place = place
        self.claims = claims  # kept alive: the ids in `firsts` stay theirs
        self.firsts = firsts
        self.offsets = offsets
        self.sizes = sizes

    def untouched(self, every: Sequence[Claim], at: int, found: tuple[int, list[Any], int]) -> bool:
        """Whether the claims of `every` from `at` on are the batch `found`'s claims as
        loaded: the same objects, their digests and entries as stored, their parts
        where they were loaded from (`_Raw.at` is None once read from the ledger
        instead; asked for, they are views of the same bytes). Checked in C: a
        batch is 256 claims."""
        first, entries, _ = found
        n = len(entries)
        if at + n > len(every):
            return False
        if not all(map(operator.is_, every[at : at + n], self.claims[first : first + n])):
            return False
        raws = list(map(operator.itemgetter("_raw"), map(vars, every[at : at + n])))
        return all(map(operator.is_not, map(_RAW_AT, raws), itertools.repeat(None))) and all(
            map(operator.is_, map(_RAW_DIGEST, raws), map(_ENTRY_DIGEST, entries))
        )


_RAW_AT = operator.attrgetter("at")
_RAW_DIGEST = operator.attrgetter("digest")
_ENTRY_DIGEST = operator.itemgetter(5)

# The claims the last cache load here made, batch by batch (see `_Loaded`).
_loaded_batches: list[_Loaded] = []


class _Place:
    """The parts file a cache's claims were loaded from, for their parts to be found
    in when first asked for: a view of it, its stretches in use (where each starts,
    their seals) and the ledger they were read for."""

    __slots__ = ("limits", "origin", "seals", "starts", "view")

    def __init__(self, view: memoryview, seals: list[_Seal], origin: _Origin) -> None:
        self.view = view
        self.seals = seals
        self.origin = origin
        self.starts = [seal.start for seal in seals]
        # By `bisect_right(starts, at)`: the end of the stretch holding `at`, -1 for none.
        self.limits = [-1, *(seal.start + len(seal.view) for seal in seals)]

    def stretch(self, start: int, end: int) -> _Seal | None:
        """The stretch in use holding the bytes from `start` to `end`; None when none
        holds them all (a claim's parts are asked this when first read: the index
        that places them is sealed, but never trusted to place them inside one)."""
        n = bisect.bisect_right(self.starts, start)
        return self.seals[n - 1] if n and end <= self.limits[n] else None

    def holds(self, start: int, end: int) -> bool:
        """Whether the bytes from `start` to `end` lie inside one stretch in use and
        hold the seals of the pieces of it holding them."""
        seal = self.stretch(start, end)
        return seal is not None and seal.holds_between(start, end)


class _Seal:
    """A stretch of a parts file and its seals, one for each `_SUB_SEAL` bytes of it
    (`_sub_seals`), checked when bytes in them are first decoded: a command checks
    only the pieces holding the claims it reads, not the whole file (`show` one
    claim of 20,000 checks 8 or 16 kB of 34 MB)."""

    __slots__ = ("checksum", "held", "key", "ok", "start", "view")

    def __init__(self, start: int, view: memoryview, key: bytes, checksum: bytes) -> None:
        self.start = start
        self.view = view
        self.key = key
        self.checksum = checksum
        self.ok: bool | None = None
        # By piece: None until checked, then whether its seal holds.
        self.held: list[bool | None] | None = None

    def holds(self) -> bool:
        """Whether the whole stretch holds its seals."""
        if self.ok is None:
            self.ok = self.holds_between(self.start, self.start + len(self.view))
        return self.ok

    def holds_between(self, start: int, end: int) -> bool:
        """Whether the pieces of the stretch holding its bytes from `start` to `end` (places
        in the parts file, inside the stretch) hold their seals."""
        if self.ok is not None:
            return self.ok
        held = self.held
        if held is None:
            held = self.held = [None] * (len(self.checksum) // 16)
        first = max(0, (start - self.start) // _SUB_SEAL)
        last = min(len(held), -(-(end - self.start) // _SUB_SEAL))
        view, key, checksum = self.view, self.key, self.checksum
        for n in range(first, last):
            if held[n] is None:
                at = n * _SUB_SEAL
                held[n] = hmac.compare_digest(
                    hmac.digest(key, view[at : at + _SUB_SEAL], "sha256")[:16],
                    checksum[16 * n : 16 * n + 16],
                )
            if not held[n]:
                self.ok = False
                return False
        if first == 0 and last == len(held):
            self.ok = True
        return True


class CacheDamaged(ClaimtrackError):
    """The cache of the ledger was damaged and the ledger has changed since it was
    read; the cache was removed. Run the command again."""


class _Origin:
    """The ledger bytes a cache file was read for: a claim whose stored parts fail
    their seal, or sources that do, are read from them instead, parsed afresh, and
    the cache file is removed (the next read writes it again)."""

    __slots__ = ("digest", "fresh", "fresh_sources", "path", "target")

    def __init__(self, path: Path, digest: str, target: Path) -> None:
        self.path = path
        self.digest = digest
        self.target = target
        self.fresh: dict[str, Claim] | None = None
        self.fresh_sources: tuple[Source, ...] | None = None

    def parts(self, claim_id: str, shift: int) -> tuple[bytes, bytes]:
        """The claim's two parts as the ledger gives them, positions less `shift` lines."""
        entry = claim_entry(self._read()[claim_id], shift)
        return entry[4], entry[5]

    def claims(self) -> tuple[Claim, ...]:
        """The ledger's claims, in order, as a fresh parse of its bytes gives them
        (their ids are unique: the ledger the cache was made from was valid)."""
        return tuple(self._read().values())

    def sources(self) -> tuple[Source, ...]:
        """The ledger's sources, as a fresh parse of its bytes gives them."""
        self._read()
        assert self.fresh_sources is not None
        return self.fresh_sources

    def _read(self) -> dict[str, Claim]:
        """The ledger's claims by id, parsed afresh when first asked for (the cache file
        removed: the next read writes it again), its sources kept too; raises
        CacheDamaged if the ledger's bytes are not the ones the cache was read for."""
        if self.fresh is None:
            from claimtrack._yaml import parse_ledger
            from claimtrack.ledger import _ledger_text

            with contextlib.suppress(OSError):
                self.target.unlink()
            _parts_read.pop(self.target, None)
            try:
                data = self.path.read_bytes()
            except OSError:
                raise CacheDamaged() from None
            if digest_of(data) != self.digest:
                raise CacheDamaged()
            ledger, _ = parse_ledger(_ledger_text(data), str(self.path))
            if ledger is None:
                raise CacheDamaged()
            self.fresh = {claim.id: claim for claim in ledger.claims}
            self.fresh_sources = ledger.sources
        return self.fresh


# A stored claim's parts, until their seal is known to hold: the stretch's seal, the
# ledger they were read for, the claim's id and shift as stored, and where its parts
# start and end in the parts file.
_Guard = tuple[_Seal, _Origin, str, int, int, int]


def _unsealed(guard: _Guard) -> tuple[bytes, bytes] | None:
    """None when the guarded parts hold their seal, else the claim's parts from the ledger."""
    seal, origin, claim_id, shift, start, end = guard
    return None if seal.holds_between(start, end) else origin.parts(claim_id, shift)


def _plain_for_store(
    ledger: Ledger, read: _Parts | None, moves: Sequence[tuple[int, int, int]] = ()
) -> tuple[tuple[Any, ...], list[int | bytes]]:
    """The index (all but the statements, plus the sizes of each claim's parts, and last
    each claim's base: its shift less its entry's) and each claim's parts: where they
    start in the parts file `read`, for a claim read from it (their sizes are in the
    index), else as bytes, heads then texts. A batch kept whole takes its claims'
    starts as the load has them, one slice, no piece made a claim.

    A claim that came from the cache keeps its stored parts: they are written
    back as they are, under the claim's shift, not built and serialised again.
    A claim in a run of `moves` (see `store_cached`) is stored moved.
    """
    claims: list[tuple[str, str, Any, int, bytes, bytes | None]] = []
    bases: list[int] = []  # each claim's shift less its entry's
    pieces: list[int | bytes] = []
    sizes: list[tuple[int, int]] = []
    # Runs once per claim of a big ledger: everything it calls is a local name.
    add_claim, add_base = claims.append, bases.append
    add_piece, add_size = pieces.append, sizes.append
    data = read.data if read is not None else None
    every = ledger.claims
    # Runs of claims, each with the lines its claims move (`moves`; none between them).
    runs: list[tuple[int, int, int]] = []
    at = 0
    for start, end, lines in moves:
        runs += [(at, start, 0), (start, end, lines)]
        at = end
    runs.append((at, len(every), 0))
    loaded = _loaded_batches[0] if _loaded_batches else None
    if loaded is not None and (data is None or loaded.place.view.obj is not data):
        loaded = None
    firsts = loaded.firsts if loaded is not None else {}
    lazy = loaded.claims if loaded is not None else None
    # The runs as stretches of the claims they are in: a stretch of the cache load's
    # claims is gone through batch by batch, a batch not made taken whole unseen.
    segments: list[tuple[Sequence[Claim], int, int, int]] = []
    before = 0
    for seq, first, last in _stretches_of(every):
        end_of = before + last - first
        for start, end, extra in runs:
            low, high = max(start, before), min(end, end_of)
            if low < high:
                segments.append((seq, first + low - before, first + high - before, extra))
        before = end_of
    for seq, start, end, extra in segments:
        n = start
        load = seq if seq is lazy and isinstance(seq, _LazyClaims) else None
        while n < end:
            found: tuple[int, list[tuple[Any, ...]], int] | None
            claim: Claim | None
            if load is not None and loaded is not None:
                number = load.batch_at(n)
                first, count, base = load.batch_span(number)
                if first == n and n + count <= end and not load.is_made(number):
                    # A batch loaded, none of its claims made: kept whole and unread,
                    # its claims' parts where they are.
                    add_claim(load.whole(number))
                    claims += itertools.repeat(_UNREAD, count - 1)
                    bases += itertools.repeat(base + extra, count)
                    pieces += loaded.offsets[first : first + count]
                    sizes += loaded.sizes[first : first + count]
                    n += count
                    continue
                claim = seq[n]
                found = firsts.get(id(claim)) if firsts else None
            else:
                claim = seq[n]
                found = firsts.get(id(claim)) if firsts else None
            if (
                found is not None
                and n + len(found[1]) <= end
                and loaded is not None
                and loaded.untouched(seq, n, found)
            ):
                # A batch loaded whose claims the write left alone: taken whole, its
                # entries and its claims' parts where they are (no pass a claim).
                first, entries, base = found
                count = len(entries)
                claims += entries
                bases += itertools.repeat(base + extra, count)
                pieces += loaded.offsets[first : first + count]
                sizes += loaded.sizes[first : first + count]
                n += count
                continue
            if claim is None:
                claim = seq[n]
            n += 1
            attributes = claim.__dict__
            raw = attributes.get("_raw")
            if raw.__class__ is _Raw:
                entry = raw.entry
                if (
                    entry is not None
                    and attributes["id"] is entry[0]
                    and attributes["text"] is entry[1]
                    and raw.digest == entry[5]
                ):
                    add_claim(entry)  # as its batch holds it: no entry made again
                    add_base(raw.shift + extra - entry[3])
                else:
                    shift = raw.shift + extra
                    add_claim(
                        (claim.id, claim.text, raw.place, shift, raw.stored_summary(), raw.digest)
                    )
                    add_base(0)
                place, span, stored_at = raw.lazy, raw.size, raw.at
                if (
                    place is not None
                    and span is not None
                    and stored_at is not None
                    and place.view.obj is data
                ):
                    # Its parts not asked for: stored where they are, its stretch
                    # keeping its seal.
                    add_piece(stored_at)
                    add_size(span)
                    continue
                heads, texts = raw.heads, raw.texts
                if data is not None and raw.at is not None and heads.obj is data:
                    size = (len(heads), len(texts))
                    add_piece(raw.at)  # its stretch keeps its seal
                else:
                    heads, texts = raw.checked()
                    size = (len(heads), len(texts))
                    add_piece(bytes(heads) + bytes(texts))
            else:
                made = claim_entry(claim, -extra)  # its positions moved, if in a run moved
                # Its digest as a load of these parts would work it out: the next write
                # that asks for every claim's reads it here and makes its batch again
                # only when the claim changes.
                digest = _stored_digest(made[1], made[5])
                add_claim((made[0], made[1], made[2], 0, _summary_blob(made[6]), digest))
                add_base(0)
                size = (len(made[4]), len(made[5]))
                add_piece(made[4] + made[5])
            add_size(size)
    index = (
        [(party.name, party.aliases, party.kind) for party in ledger.parties],
        ledger.sources,  # made plain only when stored anew (`_sources_piece`)
        claims,
        sizes,
        ledger.settings.threshold,
        (ledger.cues.asserts, ledger.cues.denies, ledger.cues.disputes),
        bases,
    )
    return index, pieces


def _store_parts(
    target: Path,
    read: _Parts | None,
    pieces: Sequence[int | tuple[int, int] | bytes],
    key: bytes,
    sizes: Sequence[tuple[int, int]],
) -> tuple[str, list[Any], list[int]] | None:
    """Put the parts of every claim in a parts file: appended to the one `read`, or in a
    new one when there is none or most of it would be left over; its token, the
    stretches in use and where each piece starts. None if it cannot be written.

    The first pieces are the claims' parts, one a claim of `sizes` (their heads' and
    texts' sizes): each where it starts in `read` or as bytes. The others (the
    sources, the batches), each where it is in `read` (start, size) or as bytes, are
    sealed in stretches of their own: a damaged claim's parts, or a damaged batch,
    are read again from the ledger when first read."""
    apart = len(sizes)
    if read is not None:
        # Most pieces of a big ledger's write are kept where they are: they are gone
        # through in C, and only the new ones one by one (`fresh`).
        is_new = list(map(isinstance, pieces, itertools.repeat(bytes)))
        fresh = list(itertools.compress(range(len(pieces)), is_new))
        made = typing.cast("list[bytes]", [pieces[n] for n in fresh])
        parted = bisect.bisect_left(fresh, apart)  # the new claims' parts, then batches
        new_parts, new_batches = b"".join(made[:parted]), b"".join(made[parted:])
        new = b"".join([new_parts, new_batches])
        placed: list[Any] = list(pieces)
        for n, piece in enumerate(placed[apart:], apart):
            if piece.__class__ is tuple:
                placed[n] = piece[0]
        used = _stretches_used(read.chunks, itertools.compress(placed, map(operator.not_, is_new)))
        kept = sum(end - start for start, end, _ in used.values())
        start = None
        if read.size + len(new) <= 2 * (kept + len(new)) + _PARTS_SLACK:
            start = _append(_parts_file(target, read.token), new) if new else read.size
        if start is not None:
            chunks = [used[n] for n in sorted(used)]
            sealed = _parts_key(key, read.token)
            middle = start + len(new_parts)
            if new_parts:
                chunks.append((start, middle, _sub_seals(sealed, new_parts)))
            if new_batches:
                chunks.append((middle, middle + len(new_batches), _sub_seals(sealed, new_batches)))
            at = start
            for n, made_piece in zip(fresh, made, strict=True):
                placed[n] = at
                at += len(made_piece)
            read.chunks = sorted({*read.chunks, *chunks})
            read.size = max(read.size, start + len(new))
            return read.token, chunks, placed
    # A parts file of its own, written whole, sealed in stretches of about
    # `_STRETCH` bytes, each holding whole claims.
    whole: list[bytes | memoryview] = []
    offsets = []
    bounds = [0]
    at = 0
    for number, piece in enumerate(pieces):
        if number == apart and bounds[-1] != at:
            bounds.append(at)  # the batches start a stretch of their own
        if isinstance(piece, bytes):
            whole.append(piece)
            at += len(piece)
        else:
            assert read is not None
            begin, size = (piece, sum(sizes[number])) if isinstance(piece, int) else piece
            if not _read_stretch_holds(read, begin, begin + size):
                return None  # bytes that fail their seal are never sealed anew
            whole.append(memoryview(read.data)[begin : begin + size])
            at += size
        offsets.append(at - len(whole[-1]))
        if at - bounds[-1] >= _STRETCH:
            bounds.append(at)
    body = b"".join(whole)
    if bounds[-1] != len(body) or len(bounds) == 1:
        bounds.append(len(body))
    token = secrets.token_hex(8)
    path = _parts_file(target, token)
    if not _write_atomically(path, [body]):
        return None
    with contextlib.suppress(OSError):
        for old in target.parent.glob(f"{target.stem}.*.parts"):
            if old != path:
                old.unlink(missing_ok=True)
    sealed = _parts_key(key, token)
    view = memoryview(body)
    chunks = [
        (start, end, _sub_seals(sealed, view[start:end]))
        for start, end in itertools.pairwise(bounds)
    ]
    _remember_parts(target, _Parts(token, body, chunks, len(body)))
    return token, chunks, offsets


def _stretches_used(
    chunks: list[tuple[int, int, Any]], starts: Iterable[int]
) -> dict[int, tuple[int, int, Any]]:
    """The stretches of a parts file (`chunks`, in order) that hold pieces starting at
    `starts`, by number: each the last stretch starting at or before a piece.

    The starts sorted, one search a stretch used instead of one a piece: a write
    keeping 20,000 claims' parts where they are looks at each stretch it keeps once.
    """
    firsts = [first for first, _, _ in chunks]
    ordered = sorted(starts)
    used = {}
    at = 0
    while at < len(ordered):
        n = bisect.bisect_right(firsts, ordered[at]) - 1
        used[n] = chunks[n]
        # The next piece past this stretch (one before the first: the first stretch).
        at = bisect.bisect_left(ordered, firsts[n + 1]) if n + 1 < len(firsts) else len(ordered)
    return used


def _read_stretch_holds(read: _Parts, start: int, end: int) -> bool:
    """Whether the bytes from `start` to `end` of the parts file `read` lie inside one
    stretch that holds its seal (a stretch this process wrote does)."""
    if not read.seals:
        return True
    starts = sorted(read.seals)
    n = bisect.bisect_right(starts, start) - 1
    if n < 0:
        return False
    seal = read.seals[starts[n]]
    return end <= seal.start + len(seal.view) and seal.holds()


# The bytes of claims' parts sealed together, at least: a command checks the
# seals of the stretches holding the claims it reads.
_STRETCH = 1 << 16


# Bytes a parts file may hold beyond twice what is in use before it is written afresh.
_PARTS_SLACK = 1 << 20


def _append(path: Path, data: bytes) -> int | None:
    """Append `data` to an existing file in one go; where it starts, or None."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        return os.lseek(fd, 0, os.SEEK_CUR) - len(data)
    except OSError:
        return None
    finally:
        os.close(fd)


def _position(position: Position | None, shift: int = 0) -> tuple[int, int] | None:
    return (position.line - shift, position.column) if position is not None else None


_SOURCE_FIELDS = tuple(field.name for field in fields(Source))


def _plain_from_ledger(ledger: Ledger) -> tuple[tuple[Any, ...], list[bytes]]:
    """The index and each claim's two parts, as bytes (see `_plain_for_store`)."""
    index, pieces = _plain_for_store(ledger, None)
    parts: list[bytes] = []
    for piece, (heads, _) in zip(pieces, index[3], strict=True):
        assert isinstance(piece, bytes)
        parts += (piece[:heads], piece[heads:])
    claims = [
        (c[0], c[1], c[2], c[3] + base, c[4], c[5])
        for c, base in zip(index[2], index[6], strict=True)
    ]
    return (index[0], _plain_sources(index[1]), claims, *index[3:6]), parts


def _plain_sources(sources: Sequence[Source]) -> list[dict[str, Any]]:
    """The sources as the parts file holds them: each one's fields by name."""
    return [dict(vars(source)) for source in sources]


def _shared(text: str | None) -> str | None:
    # Values that repeat across statements: one object, which marshal writes once
    # per run and later reads back as one.
    return sys.intern(text) if text is not None else None


def _make(kind: type[Any], attributes: dict[str, Any]) -> Any:
    # The dict becomes the instance's own: no __init__, no per-field setattr.
    instance = object.__new__(kind)
    object.__setattr__(instance, "__dict__", attributes)
    return instance


def _make_position(plain: Any) -> Position | None:
    return _make(Position, {"line": plain[0], "column": plain[1]}) if plain is not None else None


class _Run:
    """The stored statements of one claim, built the first time they are read."""

    __slots__ = ("_data", "_guard", "_shift", "_texts")

    def __init__(
        self, data: memoryview, texts: _Texts, shift: int, guard: _Guard | None = None
    ) -> None:
        self._data = data
        self._texts = texts
        self._shift = shift
        self._guard = guard

    def _rows(self) -> Any:
        """The statements' rows, decoded once their bytes are known to be ours."""
        return marshal.loads(self._heads())

    def _heads(self) -> memoryview:
        if self._guard is not None:
            fresh = _unsealed(self._guard)
            if fresh is not None:
                self._data = memoryview(fresh[0])
            self._guard = None
        return self._data

    def statements(self) -> tuple[Statement, ...]:
        with no_collection():
            return _statements_from_rows(self._rows(), self._texts, self._shift)

    def sources(self) -> list[str]:
        """The statements' sources, in order, without building the statements."""
        return [row[1] for row in self._rows()]

    def texts(self) -> list[str | None]:
        """Every text of the statements, without building them: see `statement_texts`."""
        found: list[str | None] = []
        for _, source, _, party, speaker, cue, _ in self._rows():
            found += (source, party, speaker, cue)
        for quote_and_content in self._texts.all():
            found += quote_and_content
        return found

    def contents(self) -> list[str]:
        """The statements' contents, in order, without building the statements."""
        return [content for _, content in self._texts.all()]

    def __reduce__(self) -> tuple[Any, ...]:
        # A view of the cache file cannot be pickled (say, for another process): its bytes can.
        return (_restored_run, (bytes(self._heads()), self._texts, self._shift))


def statement_contents(claim: Claim) -> list[str]:
    """The contents of a claim's statements, in order.

    A claim from the cache whose statements were not built yet gives them
    from its stored texts alone: the claim index of a big ledger wants every
    claim's contents, and building every statement for them took longer
    than the rest of the index's key.
    """
    stored = _run_of(claim)
    if stored is not None:
        return stored.contents()
    return [statement.content for statement in claim.statements]


def statement_texts(claim: Claim) -> list[str | None]:
    """Every text of a claim's statements (source, party, speaker, cue, quote, content;
    None for one missing), in no set order; from the cache as `statement_contents`."""
    stored = _run_of(claim)
    if stored is not None:
        return stored.texts()
    found: list[str | None] = []
    for s in claim.statements:
        found += (s.source, s.party, s.speaker, s.cue, s.quote, s.content)
    return found


def cited_sources(claim: Claim) -> Collection[str]:
    """The sources a claim's statements cite, each once; a claim from the cache gives
    those of its stored summary, without reading its statements."""
    raw = claim.__dict__.get("_raw")
    if isinstance(raw, _Raw):
        return raw.summary[0]
    return statement_sources(claim)


# Beyond this many source ids, `claims_citing` decodes a batch's summaries instead
# of searching them for each id's bytes (a search costs about a thirtieth of a
# decode of the same bytes).
_NEEDLES_SEARCHED = 24


def claims_citing(
    claims: Sequence[Claim], source_ids: Collection[str], quotes: Collection[str] | None = None
) -> list[Claim]:
    """The claims, in their order, whose statements cite one of `source_ids`; with
    `quotes` (`quote_key`s), at least those of them with a statement of one of
    those quotes (a caller wanting only those tells them by their statements).

    A batch of a cache load whose sieve of the quotes held tells that it holds
    none of `quotes` is passed over, as one whose sieve of the sources cited holds
    none of the sources: `drop` and `merge` number the statements of a few quotes.

    A claim loaded from the cache whose summary is not decoded yet is looked
    for by the bytes of those ids in its batch's marshalled summaries, one
    search of the batch: only a claim in whose summary one of them is found has
    its summary decoded and tested (a party named like a source is found too,
    and tested out), so that `drop` and `merge` decode a few claims' summaries
    instead of every one."""
    wanted = frozenset(source_ids)
    needles = [source_id.encode("utf-8", "surrogatepass") for source_id in wanted]

    def decode_all(entries: Sequence[Any]) -> bytes | None:
        # Many ids: one decode of the batch's summaries costs less than a
        # search for each (kept as they were: nothing is stored).
        if len(needles) > _NEEDLES_SEARCHED:
            return b"".join(map(_ENTRY_SUMMARY, entries))
        return None

    quoted = frozenset(quotes) if quotes is not None else None

    def may_cite(told: Told) -> bool:
        # A batch whose sieve of the sources cited holds none of them cites none;
        # one whose sieve of the quotes holds none of them holds none.
        if (
            quoted is not None
            and told[5]
            and not any(_sieve_holds(told[5], quote) for quote in quoted)
        ):
            return False
        return any(_sieve_holds(told[4], source_id) for source_id in wanted)

    return [
        claim
        for claim, summary in _summaries_holding(claims, needles, decode_all, may_cite)
        if not wanted.isdisjoint(cited_sources(claim) if summary is None else summary[0])
    ]


def claims_among(claims: Sequence[Claim], ids: Container[str]) -> list[Claim]:
    """The claims, in their order, whose ids are among `ids`: a cache load's found by
    their batches' ids in the index, only their batches made (`settle_stances` asked
    about the claim a `merge` keeps)."""
    if not isinstance(claims, _ClaimRuns):
        return [claim for claim in claims if claim.id in ids]
    found: list[Claim] = []
    for seq, start, stop in claims.stretches():
        if isinstance(seq, _LazyClaims):
            found += [
                seq[number]
                for number, claim_id in enumerate(seq.ids_between(start, stop), start)
                if claim_id in ids
            ]
        else:
            found += [claim for claim in seq[start:stop] if claim.id in ids]
    return found


def parties_holding(claims: Sequence[Claim], part: str) -> set[str]:
    """The names of the parties the claims' statements are of that hold `part` (a
    name, a surname), each once.

    A claim loaded from the cache whose summary is not decoded yet is looked
    for by the bytes of `part` in its batch's marshalled summaries, one search
    of the batch, as `claims_citing` looks for a source: only a claim in whose
    summary they are found has its summary decoded, so that `add` asking
    whether the ledger tracks one speaker decodes a few claims' summaries
    instead of every one."""
    needle = part.encode("utf-8", "surrogatepass")

    def decode_all(entries: Sequence[Any]) -> bytes | None:
        # The bytes in many of them: one decode of the batch's summaries costs
        # less than one a claim.
        joined = b"".join(map(_ENTRY_SUMMARY, entries))
        return joined if joined.count(needle) > len(entries) >> 2 else None

    names: set[str] = set()  # every party of the summaries looked at
    for claim, summary in _summaries_holding(claims, [needle], decode_all):
        names.update(*(claim_summary(claim) if summary is None else summary)[2])
    return {name for name in names if part in name}


def _summaries_holding(
    claims: Sequence[Claim],
    needles: Sequence[bytes],
    decode_all: Callable[[Sequence[Any]], bytes | None],
    may_hold: Callable[[Told], bool] | None = None,
) -> Iterator[tuple[Claim, Summary | None]]:
    """Each claim, in order, with its summary, that may hold one of `needles`.

    A claim not from the cache comes with None: the caller asks it for what it
    wants (its sources alone cost less than its summary). The claims of a
    batch met whole as loaded are looked at by their batch's entries: all of
    them when `decode_all` gives the batch's summaries joined (one decode),
    else only those whose marshalled summary holds a needle; a claim of a
    batch met otherwise, only if its entry holds one."""
    if isinstance(claims, _ClaimRuns):
        yield from _lazy_summaries_holding(claims, needles, decode_all, may_hold)
        return
    searched: dict[_Summaries, set[int]] = {}  # by batch: its entries a needle is in
    at, count = 0, len(claims)
    while at < count:  # once per claim, or once per batch met whole as loaded
        claim = claims[at]
        at += 1
        raw: Any = claim.__dict__.get("_raw")
        batch = raw.batch if raw.__class__ is _Raw else None
        if batch is None or not batch.entries:
            yield claim, None
            continue
        hits = searched.get(batch)
        if hits is None:
            entries = batch.entries
            whole = batch.run_from(claim, claims, at)
            if whole:
                joined = decode_all(entries)
                if joined is not None:
                    head = b"[" + struct.pack("<I", len(entries))
                    for number, summary in enumerate(marshal.loads(head + joined)):
                        yield claims[at - 1 + number], summary
                    at += whole
                    continue
            numbers = batch.holding(needles)
            if whole:
                # The batch's claims as loaded, none decoded: only those whose
                # summary holds a needle are looked at, by their number in it.
                for number in numbers:
                    yield claims[at - 1 + number], marshal.loads(entries[number][4])
                at += whole
                continue
            hits = searched[batch] = {id(entries[number]) for number in numbers}
        if id(raw.entry) in hits:
            yield claim, _known_summary(raw) or marshal.loads(raw.entry[4])


def _lazy_summaries_holding(
    claims: _ClaimRuns,
    needles: Sequence[bytes],
    decode_all: Callable[[Sequence[Any]], bytes | None],
    may_hold: Callable[[Told], bool] | None = None,
) -> Iterator[tuple[Claim, Summary | None]]:
    """`_summaries_holding` of claims held as stretches: a batch of a cache load of
    which `may_hold` tells by the index that none of its claims holds what is looked
    for is passed over unread; one none of whose claims is made yet is looked at
    by its entries alone, and only its claims that may hold a needle are made (with
    the rest of their batch); the claims of other batches as `_summaries_holding`
    looks at them."""
    for seq, start, stop in claims.stretches():
        if not isinstance(seq, _LazyClaims):
            yield from _summaries_holding(seq[start:stop], needles, decode_all)
            continue
        at = start
        while at < stop:
            number = seq.batch_at(at)
            if may_hold is not None and not may_hold(seq.told(number)):
                first, count, _ = seq.batch_span(number)
                at = min(stop, first + count)
                continue
            first, entries, _ = seq.batch(number)
            end = min(stop, first + len(entries))
            if first < at or end < first + len(entries) or seq.is_made(number):
                yield from _summaries_holding(seq[at:end], needles, decode_all)
                at = end
                continue
            joined = decode_all(entries)
            if joined is not None:
                head = b"[" + struct.pack("<I", len(entries))
                for n, summary in enumerate(marshal.loads(head + joined)):
                    yield seq[first + n], summary
            else:
                for n in _entries_holding(entries, needles):
                    yield seq[first + n], marshal.loads(entries[n][4])
            at = end


def statement_sources(claim: Claim) -> list[str]:
    """The sources of a claim's statements, in order; from the cache as `statement_contents`.

    A write that wants the statements of a few sources (`drop`, `merge`)
    builds those of the claims citing them alone.
    """
    stored = _run_of(claim)
    if stored is not None:
        return stored.sources()
    return [statement.source for statement in claim.statements]


_Read = typing.TypeVar("_Read")


def _read_by_stretch(
    claims: Sequence[Claim],
    from_entries: Callable[[_LazyClaims, int, int], list[_Read]],
    from_claims: Callable[[Sequence[Claim]], list[_Read]],
) -> list[_Read]:
    """What `from_claims` reads of every claim, in order; a stretch of a cache load's
    claims read by `from_entries` from its batches' entries, no claim made."""
    if not isinstance(claims, _ClaimRuns):
        return from_claims(claims)
    found: list[_Read] = []
    for seq, start, stop in claims.stretches():
        if isinstance(seq, _LazyClaims):
            found += from_entries(seq, start, stop)
        else:
            found += from_claims(seq[start:stop])
    return found


def claim_ids(claims: Sequence[Claim]) -> list[str]:
    """Every claim's id, in order; for a cache load's claims, read from its batches'
    entries without making a claim."""
    return _read_by_stretch(
        claims, _LazyClaims.ids_between, lambda some: [claim.id for claim in some]
    )


def filed_parties(claims: Sequence[Claim]) -> dict[str, None]:
    """The parties the claims' statements name, each once, in the order first met
    (claim by claim, stance by stance, as each claim's summary names them); a
    stretch of a cache load's claims read from the index, batch by batch, no batch
    unmarshalled."""
    names: dict[str, None] = {}
    for seq, start, stop in _stretches_of(claims):
        if isinstance(seq, _LazyClaims):
            for parties in seq.parties_between(start, stop):
                names.update(dict.fromkeys(parties))
            continue
        for claim in seq[start:stop]:
            for stance_names in claim_summary(claim)[2]:
                names.update(dict.fromkeys(stance_names))
    return names


class TextsById(Mapping[str, str]):
    """Each claim's text by its id, as `{claim.id: claim.text for claim in claims}`
    (the last claim of an id repeated), a text read when asked for: of a cache
    load's claims, only the batches of the claims asked about are read."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._numbers = dict(zip(claim_ids(claims), itertools.count()))

    def __getitem__(self, claim_id: str) -> str:
        return self._claims[self._numbers[claim_id]].text

    def __iter__(self) -> Iterator[str]:
        return iter(self._numbers)

    def __len__(self) -> int:
        return len(self._numbers)


def claim_texts(claims: Sequence[Claim]) -> list[tuple[str, str]]:
    """Every claim's id and text, in order; for a cache load's claims, read from its
    batches' entries without making a claim."""
    return _read_by_stretch(
        claims, _LazyClaims.texts_between, lambda some: [(c.id, c.text) for c in some]
    )


def claim_texts_ending(claims: Sequence[Claim], word: str) -> list[tuple[str, str]]:
    """The id and text, in order, of each claim whose text's last word (`last_word`)
    is `word`: every claim whose text is of the same words as a text ending so. For
    a cache load's claims, only the batches whose sieve in the index holds the word
    are read (`add` looks for a text of the same words in a few of 79 batches)."""
    return _read_by_stretch(
        claims,
        lambda seq, start, stop: seq.texts_ending_between(start, stop, word),
        lambda some: [(c.id, c.text) for c in some if last_word(c.text) == word],
    )


def claim_digests(claims: Sequence[Claim]) -> list[tuple[str, bytes]]:
    """Every claim's id and `texts_digest`, in order; for a cache load's claims whose
    batch keeps their digests, read from its entries without making a claim."""
    return _read_by_stretch(
        claims, _LazyClaims.digests_between, lambda some: [(c.id, texts_digest(c)) for c in some]
    )


def stored_between(claims: Sequence[Claim], start: int, stop: int) -> bool:
    """Whether claims `start` to `stop` are all from the cache (see `all_stored`); a
    stretch of a cache load's claims is, none made to tell."""
    if not isinstance(claims, _ClaimRuns):
        return all_stored(claims[start:stop])
    before = 0
    for seq, first, last in claims.stretches():
        end = before + last - first
        if end > start and before < stop and not isinstance(seq, _LazyClaims):
            low, high = first + max(start, before) - before, first + min(stop, end) - before
            if not all_stored(seq[low:high]):
                return False
        before = end
    return True


def all_stored(claims: Sequence[Claim]) -> bool:
    """Whether every claim is from the cache, its statements in their stored parts."""
    return all(claim.__dict__.get("_raw").__class__ is _Raw for claim in claims)


def claim_spots(claims: Sequence[Claim]) -> list[tuple[int, int] | None]:
    """Each claim's line and column, as its position gives them (None for none); a
    claim from the cache gives its stored place, building no position (a write by
    parts asks for every claim's)."""
    if isinstance(claims, _ClaimRuns):
        return _read_by_stretch(claims, _LazyClaims.spots_between, claim_spots)
    spots: list[tuple[int, int] | None] = []
    add = spots.append  # runs once per claim of a big ledger
    for claim in claims:
        raw = claim.__dict__.get("_raw")
        if isinstance(raw, _Raw) and (place := raw.place) is not None:
            add((place[0] + raw.shift, place[1]))
            continue
        position = claim.position
        add(None if position is None else (position.line, position.column))
    return spots


def claim_spots_between(
    claims: Sequence[Claim], start: int, stop: int
) -> list[tuple[int, int] | None]:
    """`claim_spots` of claims `start` to `stop` alone; a stretch of a cache load's
    claims read from its batches' entries, no claim made."""
    if not isinstance(claims, _ClaimRuns):
        return claim_spots(claims[start:stop])
    spots: list[tuple[int, int] | None] = []
    before = 0
    for seq, first, last in claims.stretches():
        end = before + last - first
        if end > start and before < stop:
            low, high = first + max(start, before) - before, first + min(stop, end) - before
            if isinstance(seq, _LazyClaims):
                spots += seq.spots_between(low, high)
            else:
                spots += claim_spots(seq[low:high])
        before = end
    return spots


def all_placed(claims: Sequence[Claim]) -> bool:
    """Whether every claim has a place (`claim_spots` gives none as None); a cache
    load's claims told by their batches' entries, in C, no claim made."""
    if not isinstance(claims, _ClaimRuns):
        return None not in claim_spots(claims)
    for seq, start, stop in claims.stretches():
        if isinstance(seq, _LazyClaims):
            if not seq.all_placed_between(start, stop):
                return False
        elif None in claim_spots(seq[start:stop]):
            return False
    return True


def texts_digest(claim: Claim) -> bytes:
    """A digest of a claim's text and its statements' quotes and contents: equal
    digests, equal texts. A claim from the cache is digested as stored, without
    building or decoding its statements (the claim index of a big ledger asks
    for every claim's, to tell which changed), and the digest is kept in the
    cache with the claim: a later run reads it instead of hashing again."""
    raw = claim.__dict__.get("_raw")
    if isinstance(raw, _Raw) and raw.digest is not None:
        return raw.digest  # as the cache kept it, worked out when the claim was
    if isinstance(raw, _Raw):
        raw.digest = _stored_digest(claim.text, raw.texts)
        return raw.digest
    digest = hashlib.blake2b(digest_size=16)
    digest.update(claim.text.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(b"built\0")
    for statement in claim.statements:
        for text in (statement.quote, statement.content):
            data = text.encode("utf-8", "surrogatepass")
            digest.update(b"%d:" % len(data) + data)
    return digest.digest()


_blake2b = hashlib.blake2b  # of the claims' texts; `hashlib` itself is of the ledger's bytes


def _stored_digest(text: str, texts: bytes | memoryview) -> bytes:
    """The `texts_digest` of a claim of this text stored with this texts part (its
    statements' quotes and contents, marshalled): what a load of it works out, and
    what a store of a claim built anew keeps with it."""
    digest = _blake2b(digest_size=16)
    digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(b"stored\0")
    digest.update(texts)
    return digest.digest()


def _restored_run(data: bytes, texts: _Texts, shift: int) -> _Run:
    return _Run(memoryview(data), texts, shift)


class _Raw:
    """A cached claim's parts as stored, its position as stored, the shift of its block
    and its summary."""

    __slots__ = (
        "at",
        "batch",
        "digest",
        "entry",
        "guard",
        "heads",
        "lazy",
        "place",
        "shift",
        "size",
        "summary",
        "texts",
    )

    def __init__(
        self,
        heads: memoryview,
        texts: memoryview,
        place: Any,
        shift: int,
        summary: Summary | None,
        at: int | None = None,
        guard: _Guard | None = None,
        digest: bytes | None = None,
        entry: tuple[Any, ...] | None = None,
    ) -> None:
        self.heads = heads
        self.texts = texts
        self.place = place
        self.shift = shift
        if summary is not None:
            self.summary = summary
        # A claim loaded from a batch, its summary not asked for yet: the batch's
        # summaries, decoded together (`summary` is unset until then).
        self.batch: _Summaries | None = None
        # Where the parts start in the parts file they are views of, if one.
        self.at = at
        # Until the parts are known to hold their seal (see `_Seal`).
        self.guard = guard
        # The claim's `texts_digest`, once worked out (kept in the cache with it).
        self.digest = digest
        # The claim as its batch of the cache holds it (its shift less the batch's), if
        # read from one: a write stores it again as it is (`_batched`).
        self.entry = entry
        # For a claim loaded from the cache, until its parts are first asked for: the
        # parts file they are in, and their sizes (heads, texts) from `at`.
        self.lazy: _Place | None = None
        self.size: tuple[int, int] | None = None

    def __getattr__(self, name: str) -> Any:
        """The parts (`heads`, `texts`) and their `guard` of a claim loaded from the
        cache, made when first asked for: views of the parts file where `at` says,
        guarded by the seal of the stretch holding them; and its `summary`, with
        those of the claims loaded from the same batch."""
        if name == "summary":
            return self._decoded_summary()
        place = self.lazy
        if place is None or name not in ("heads", "texts", "guard"):
            raise AttributeError(name)
        at, size, entry = self.at, self.size, self.entry
        assert at is not None and size is not None and entry is not None
        heads, texts = size
        self.lazy = None
        seal = place.stretch(at, at + heads + texts)
        if seal is None:
            # Not inside one stretch in use: read from the ledger, as parts failing
            # their seal are (`checked`).
            fresh = place.origin.parts(entry[0], self.shift)
            self.heads, self.texts = memoryview(fresh[0]), memoryview(fresh[1])
            self.guard = self.at = None
            return getattr(self, name)
        self.heads = place.view[at : at + heads]
        self.texts = place.view[at + heads : at + heads + texts]
        self.guard = (seal, place.origin, entry[0], self.shift, at, at + heads + texts)
        return getattr(self, name)

    def _decoded_summary(self) -> Summary:
        batch, entry = self.batch, self.entry
        if batch is None or entry is None:
            raise AttributeError("summary")
        self.batch = None
        batch.decode()  # sets the summary of each claim loaded from the batch
        try:
            summary: Summary = _SUMMARY.__get__(self)
        except AttributeError:  # a claim moved since (`moved_claim`): its own entry
            summary = self.summary = marshal.loads(entry[4])
        return summary

    def stored_summary(self) -> bytes:
        """The summary as a batch keeps it, marshalled (not decoded again)."""
        if self.entry is not None:
            stored: bytes = self.entry[4]
            return stored
        return _summary_blob(self.summary)

    def checked(self) -> tuple[memoryview, memoryview]:
        """The two parts, once known to be ours (from the ledger if they fail their seal)."""
        if self.guard is not None:
            fresh = _unsealed(self.guard)
            if fresh is not None:
                self.heads, self.texts = memoryview(fresh[0]), memoryview(fresh[1])
                self.at = None
            self.guard = None
        return self.heads, self.texts

    def __reduce__(self) -> tuple[Any, ...]:
        heads, texts = self.checked()
        return (
            _restored_raw,
            (bytes(heads), bytes(texts), self.place, self.shift, self.summary),
        )


_SUMMARY = _Raw.__dict__["summary"]  # the slot, read without `__getattr__`


class _Summaries:
    """The summaries of the claims loaded from one batch of the cache, decoded together
    when the first of them is asked for: one `marshal.loads` a batch, not a claim."""

    __slots__ = ("claims", "entries", "first")

    def __init__(self, claims: list[Claim], first: int, entries: list[tuple[Any, ...]]) -> None:
        self.claims = claims  # the claims loaded, the batch's from `first` on
        self.first = first
        self.entries = entries

    def decode(self) -> None:
        entries = self.entries
        if not entries:
            return
        self.entries = []
        joined = b"[" + struct.pack("<I", len(entries)) + b"".join(map(_ENTRY_SUMMARY, entries))
        claims = self.claims[self.first : self.first + len(entries)]
        with no_collection():  # as the claims they belong to were loaded
            for claim, summary in zip(claims, marshal.loads(joined), strict=True):
                raw = claim.__dict__["_raw"]
                if raw.batch is self or raw.batch is None:
                    raw.summary = summary
                    raw.batch = None

    def run_from(self, claim: Claim, claims: Sequence[Claim], at: int) -> int:
        """How many of `claims` from `at` on are, with `claim` just before them, this
        batch's claims as loaded, its first one first (checked in C); 0 if they are
        not. While no summary of the batch is decoded, none of those claims has its
        summary decoded either: its entries answer for them all."""
        n = len(self.entries) - 1
        first = self.first
        if n < 0 or self.claims[first] is not claim or at + n > len(claims):
            return 0
        mine = self.claims[first + 1 : first + 1 + n]
        return n if all(map(operator.is_, claims[at : at + n], mine)) else 0

    def holding(self, needles: Sequence[bytes]) -> list[int]:
        """The entries (by their number in the batch, in order) not yet decoded whose
        marshalled summary holds one of `needles`: a search of the batch's summaries
        joined, none decoded."""
        return _entries_holding(self.entries, needles)


def _entries_holding(entries: Sequence[tuple[Any, ...]], needles: Sequence[bytes]) -> list[int]:
    """The entries (by their number, in order) whose marshalled summary holds one of
    `needles`: a search of their summaries joined, none decoded."""
    if not entries or not needles:
        return []
    blobs = list(map(_ENTRY_SUMMARY, entries))
    joined = b"".join(blobs)
    ends = list(itertools.accumulate(map(len, blobs)))
    hits: set[int] = set()
    for needle in needles:
        at = joined.find(needle)
        while at >= 0:
            hits.add(bisect.bisect_right(ends, at))
            at = joined.find(needle, at + 1)
    return sorted(hits)


_ENTRY_SUMMARY = operator.itemgetter(4)
_ENTRY_ID = operator.itemgetter(0)
_ENTRY_SPOT = operator.itemgetter(2)
_ENTRY_ID_TEXT = operator.itemgetter(0, 1)
_ENTRY_TEXT = operator.itemgetter(1)
_ENTRY_ID_DIGEST = operator.itemgetter(0, 5)


def _restored_raw(heads: bytes, texts: bytes, place: Any, shift: int, summary: Summary) -> _Raw:
    return _Raw(memoryview(heads), memoryview(texts), place, shift, summary)


def moved_claim(claim: Claim, lines: int) -> Claim | None:
    """A claim from the cache, `lines` further down, still lazy; None if not from the cache."""
    raw = claim.__dict__.get("_raw")
    if not isinstance(raw, _Raw):
        return None
    moved = _Raw(
        raw.heads,
        raw.texts,
        raw.place,
        raw.shift + lines,
        _known_summary(raw),
        raw.at,
        raw.guard,
        raw.digest,
        raw.entry,
    )
    moved.batch = raw.batch
    return _stored_claim(claim.id, claim.text, moved)


def _known_summary(raw: _Raw) -> Summary | None:
    """A claim's summary if decoded, else None (not decoded here)."""
    try:
        summary: Summary = _SUMMARY.__get__(raw)
    except AttributeError:
        return None
    return summary


def _stored_claim(claim_id: str, text: str, raw: _Raw) -> Claim:
    # Only what every claim needs: its statements' reader (`_run_of`) and its position
    # are made when first asked for, so loading 20,000 claims makes 20,000 objects.
    claim = object.__new__(_StoredClaim)
    attributes = claim.__dict__
    attributes["id"] = claim_id
    attributes["text"] = text
    attributes["_raw"] = raw
    return claim


def _run_of(claim: Claim) -> _Run | None:
    """The reader of a cached claim's stored statements, made when first asked for;
    None for a claim not from the cache or whose statements are built."""
    attributes = claim.__dict__
    stored = attributes.get("_stored")
    if stored is None and "statements" not in attributes:
        raw = attributes.get("_raw")
        if isinstance(raw, _Raw):
            texts = _Texts(raw.texts, raw.guard)
            stored = attributes["_stored"] = _Run(raw.heads, texts, raw.shift, raw.guard)
    return stored if isinstance(stored, _Run) else None


class _Texts:
    """The quotes and contents of a claim's statements, read the first time one is."""

    __slots__ = ("_data", "_guard", "_read")

    def __init__(self, data: memoryview, guard: _Guard | None = None) -> None:
        self._data = data
        self._guard = guard
        self._read: list[tuple[str, str]] | None = None

    def _bytes(self) -> memoryview:
        if self._guard is not None:
            fresh = _unsealed(self._guard)
            if fresh is not None:
                self._data = memoryview(fresh[1])
            self._guard = None
        return self._data

    def get(self, number: int) -> tuple[str, str]:
        """The quote and content of the claim's statement `number`."""
        return self.all()[number]

    def all(self) -> list[tuple[str, str]]:
        """The quote and content of each of the claim's statements, in order."""
        if self._read is None:
            self._read = marshal.loads(self._bytes())
            self._data = memoryview(b"")
        return self._read

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restored_texts, (bytes(self._bytes()), self._read))


def _restored_texts(data: bytes, read: list[tuple[str, str]] | None) -> _Texts:
    texts = _Texts(memoryview(data))
    texts._read = read
    return texts


# Objects from the cache are built lazily: a claim's statements when first read,
# a position (wanted only to point at the file) when first asked for. The two
# kinds below add just that to `Claim` and `Statement`, and equal and hash like
# them, whichever side of `==` they are on.


class _StoredClaim(Claim):
    """A claim from the cache; its statements and position are built on first use."""

    @functools.cached_property
    def statements(self) -> tuple[Statement, ...]:
        run = _run_of(self)
        assert run is not None  # a claim from the cache, its statements not built yet
        del self.__dict__["_stored"]
        return run.statements()

    @functools.cached_property
    def position(self) -> Position | None:
        raw: _Raw = self.__dict__["_raw"]
        return _make_position(_shifted(raw.place, raw.shift))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Claim):
            return NotImplemented
        mine, theirs = self.__dict__.get("_raw"), other.__dict__.get("_raw")
        if (
            isinstance(mine, _Raw)
            and isinstance(theirs, _Raw)
            and mine.heads is theirs.heads
            and mine.texts is theirs.texts
        ):
            # The same stored statements (only their shift, which no comparison
            # sees, may differ): equal without building them.
            return self.id == other.id and self.text == other.text
        return _compared_claim(self) == _compared_claim(other)

    __hash__ = Claim.__hash__

    def __repr__(self) -> str:
        return _model_repr(self, Claim)


class _StoredStatement(Statement):
    """A statement from the cache; its texts and position are read on first use."""

    @functools.cached_property
    def quote(self) -> str:
        return self._texts()[0]

    @functools.cached_property
    def content(self) -> str:
        return self._texts()[1]

    def _texts(self) -> tuple[str, str]:
        attributes = self.__dict__
        read: tuple[str, str] = attributes["_texts_of"].get(attributes["_text_at"])
        return read

    @functools.cached_property
    def position(self) -> Position | None:
        return _make_position(self.__dict__.pop("_place"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Statement):
            return NotImplemented
        return _compared_statement(self) == _compared_statement(other)

    __hash__ = Statement.__hash__

    def __repr__(self) -> str:
        return _model_repr(self, Statement)


def _compared_fields(kind: type[Any]) -> operator.attrgetter[tuple[Any, ...]]:
    return operator.attrgetter(*(field.name for field in fields(kind) if field.compare))


def _model_repr(instance: Any, kind: type[Any]) -> str:
    shown = ", ".join(f"{f.name}={getattr(instance, f.name)!r}" for f in fields(kind) if f.repr)
    return f"{kind.__qualname__}({shown})"


_compared_claim = _compared_fields(Claim)
_compared_statement = _compared_fields(Statement)


def _statements_from_rows(
    rows: list[tuple[Any, ...]], texts: _Texts, shift: int
) -> tuple[Statement, ...]:
    # Runs once per statement: everything it calls is a local name. The fields go
    # into the instance's own dict one by one, always in this order, so every
    # statement shares one table of keys: a third less memory than a dict each.
    stances, new = _STANCES, object.__new__
    built = []
    for number, (stance, source, line, party, speaker, cue, place) in enumerate(rows):
        statement = new(_StoredStatement)
        attributes = statement.__dict__
        attributes["stance"] = stances[stance]
        attributes["source"] = source
        attributes["line"] = line
        attributes["party"] = party
        attributes["speaker"] = speaker
        attributes["cue"] = cue
        attributes["_place"] = _shifted(place, shift)
        attributes["_texts_of"] = texts
        attributes["_text_at"] = number
        built.append(statement)
    return tuple(built)


def _shifted(place: Any, shift: int) -> Any:
    return (place[0] + shift, place[1]) if shift and place is not None else place


def _ledger_of(index: Any, claims: Sequence[Claim], ledger_path: Path) -> Ledger:
    parties, sources, _, _, threshold, cues = index[:6]
    return Ledger(
        path=str(ledger_path),
        parties=tuple(Party(name, aliases, kind) for name, aliases, kind in parties),
        # A cache load's `_StoredSources` stands for the tuple as `_LazyClaims` does.
        sources=typing.cast(
            "tuple[Source, ...]",
            sources
            if isinstance(sources, _StoredSources)
            else tuple(_make(Source, attributes) for attributes in sources),
        ),
        # A cache load's `_LazyClaims` stands for the tuple: equal to it, sliced,
        # iterated and added to as it is.
        claims=typing.cast("tuple[Claim, ...]", claims),
        settings=Settings(threshold),
        cues=Cues(*cues),
    )
