"""A cache of validated ledgers, so reading a big ledger costs milliseconds, not seconds.

One file per ledger (named after its absolute path) under
`$XDG_CACHE_HOME/claimtrack/` when that is set, else the platform's cache folder
(`~/.cache/claimtrack` on Linux, `~/Library/Caches/claimtrack` on macOS,
`%LOCALAPPDATA%\\claimtrack\\Cache` on Windows), never beside the ledger.
Each file records the sha256 of the ledger bytes it was built from, so a hand
edit -- even one that keeps the size and modification time -- is never
missed. A cache that is missing, unreadable, corrupt or of an older format is
ignored (and rebuilt by the caller); one that cannot be written is skipped.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import io
import marshal
import operator
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

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
_FORMAT = (
    f"claimtrack-ledger-cache 6 marshal {marshal.version} "
    f"{hashlib.sha256(_MODEL.encode()).hexdigest()[:16]}\n"
).encode()
_STANCES = {stance.value: stance for stance in Stance}
# Statements are stored in runs of this many claims, each run decoded only when
# one of its claims is read: `show` decodes one run, `list` all of them.
_CLAIMS_PER_RUN = 128


def digest_of(data: bytes) -> str:
    """The content key of a ledger's bytes."""
    return hashlib.sha256(data).hexdigest()


def digest_of_file(file: io.BufferedIOBase) -> str:
    """The content key of the bytes left in `file`, read a block at a time."""
    return hashlib.file_digest(file, "sha256").hexdigest()


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/claimtrack` when set (on any system), else the platform's own place."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "claimtrack"
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimtrack", appauthor=False))


def _cache_file(ledger_path: Path) -> Path:
    name = hashlib.sha256(os.fsencode(ledger_path.absolute())).hexdigest()[:32]
    return cache_dir() / f"{name}.ledger"


def load_cached(ledger_path: Path, digest: str) -> Ledger | None:
    """The cached ledger for these exact bytes, or None."""
    try:
        data = _cache_file(ledger_path).read_bytes()
    except OSError:
        return None
    header = _FORMAT + digest.encode("ascii") + b"\n"
    if not data.startswith(header):
        return None
    try:
        with _no_collection():
            index, runs = _unseal(memoryview(data)[len(header) :])
            return _ledger_from_plain(index, runs, ledger_path)
    except Exception:  # any corruption means: rebuild
        return None


def store_cached(ledger_path: Path, digest: str, ledger: Ledger) -> None:
    """Remember a validated ledger; failing to is not an error."""
    target = _cache_file(ledger_path)
    header = _FORMAT + digest.encode("ascii") + b"\n"
    index, runs = _plain_from_ledger(ledger)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header + _seal(marshal.dumps(index), runs))
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return


# After the header: the checksum of the rest and the size of the index, then the
# index (everything but the statements) and the runs of statements, back to back,
# each run as two parts: its statements without their texts, then their texts.
# Runs are decoded long after loading, so a damaged file must be caught up front.


def _seal(index: bytes, runs: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join([index, *(part for run in runs for part in run)])
    return f"{zlib.crc32(body):08x} {len(index)}\n".encode("ascii") + body


def _unseal(sealed: memoryview) -> tuple[Any, list[tuple[memoryview, memoryview]]]:
    """The decoded index and the runs of a sealed payload; raises ValueError if damaged."""
    newline = bytes(sealed[:32]).index(b"\n")
    checksum, index_size = bytes(sealed[:newline]).split()
    body = sealed[newline + 1 :]
    if zlib.crc32(body) != int(checksum, 16):
        raise ValueError("damaged cache")
    start = int(index_size)
    index = marshal.loads(body[:start])
    runs = []
    for heads, texts in index[3]:
        middle, end = start + heads, start + heads + texts
        runs.append((body[start:middle], body[middle:end]))
        start = end
    if start != len(body):
        raise ValueError("damaged cache")
    return index, runs


@contextmanager
def _no_collection() -> Iterator[None]:
    # Building many objects that all stay alive: the cyclic collector would only
    # rescan them again and again. Afterwards they go straight to the oldest
    # generation (freeze, then unfreeze), where only a full collection looks at them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _position(position: Position | None) -> tuple[int, int] | None:
    return (position.line, position.column) if position is not None else None


def _plain_from_ledger(ledger: Ledger) -> tuple[tuple[Any, ...], list[tuple[bytes, bytes]]]:
    """The index (all but the statements, plus the sizes of each run) and the runs."""
    claims = ledger.claims
    runs = [
        _plain_run(claims[start : start + _CLAIMS_PER_RUN])
        for start in range(0, len(claims), _CLAIMS_PER_RUN)
    ]
    index = (
        [(party.name, party.aliases, party.kind) for party in ledger.parties],
        [dict(vars(source)) for source in ledger.sources],
        [(claim.id, claim.text, _position(claim.position)) for claim in claims],
        [(len(heads), len(texts)) for heads, texts in runs],
        ledger.settings.threshold,
        (ledger.cues.asserts, ledger.cues.denies, ledger.cues.disputes),
    )
    return index, runs


def _plain_run(claims: Sequence[Claim]) -> tuple[bytes, bytes]:
    """The statements of some claims, their texts (most of the bytes) kept apart."""
    heads: list[list[tuple[Any, ...]]] = []
    texts: list[tuple[str, str]] = []
    for claim in claims:
        rows = []
        for statement in claim.statements:
            # Only what the ledger keeps: spans are known after extraction, never stored.
            rows.append(
                (
                    statement.stance.value,
                    _shared(statement.source),
                    statement.line,
                    _shared(statement.party),
                    _shared(statement.speaker),
                    _shared(statement.cue),
                    _position(statement.position),
                    len(texts),
                )
            )
            texts.append((statement.quote, statement.content))
        heads.append(rows)
    return marshal.dumps(heads), marshal.dumps(texts)


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
    """The stored statements of a run of claims, built the first time one is read."""

    __slots__ = ("_built", "_data", "_texts")

    def __init__(self, data: memoryview, texts: _Texts) -> None:
        self._data = data
        self._texts = texts
        self._built: list[tuple[Statement, ...]] | None = None

    def statements(self, offset: int) -> tuple[Statement, ...]:
        """The statements of the run's claim at `offset`."""
        if self._built is None:
            with _no_collection():
                texts = self._texts
                self._built = [
                    _statements_from_rows(rows, texts) for rows in marshal.loads(self._data)
                ]
            self._data = memoryview(b"")
        return self._built[offset]

    def __reduce__(self) -> tuple[Any, ...]:
        # A view of the cache file cannot be pickled (say, for another process): its bytes can.
        return (_restored_run, (bytes(self._data), self._texts, self._built))


def _restored_run(data: bytes, texts: _Texts, built: list[tuple[Statement, ...]] | None) -> _Run:
    run = _Run(memoryview(data), texts)
    run._built = built
    return run


class _Texts:
    """The quotes and contents of a run's statements, read the first time one is."""

    __slots__ = ("_data", "_read")

    def __init__(self, data: memoryview) -> None:
        self._data = data
        self._read: list[tuple[str, str]] | None = None

    def get(self, number: int) -> tuple[str, str]:
        """The quote and content of the run's statement `number`."""
        if self._read is None:
            self._read = marshal.loads(self._data)
            self._data = memoryview(b"")
        return self._read[number]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restored_texts, (bytes(self._data), self._read))


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
        run, offset = self.__dict__.pop("_stored")
        statements: tuple[Statement, ...] = run.statements(offset)
        return statements

    @functools.cached_property
    def position(self) -> Position | None:
        return _make_position(self.__dict__.pop("_place"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Claim):
            return NotImplemented
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


def _statements_from_rows(rows: list[tuple[Any, ...]], texts: _Texts) -> tuple[Statement, ...]:
    # Runs once per statement: everything it calls is a local name. The fields go
    # into the instance's own dict one by one, always in this order, so every
    # statement shares one table of keys: a third less memory than a dict each.
    stances, new = _STANCES, object.__new__
    built = []
    for stance, source, line, party, speaker, cue, place, number in rows:
        statement = new(_StoredStatement)
        attributes = statement.__dict__
        attributes["stance"] = stances[stance]
        attributes["source"] = source
        attributes["line"] = line
        attributes["party"] = party
        attributes["speaker"] = speaker
        attributes["cue"] = cue
        attributes["_place"] = place
        attributes["_texts_of"] = texts
        attributes["_text_at"] = number
        built.append(statement)
    return tuple(built)


def _claims_from_plain(claims: list[tuple[Any, ...]], runs: list[_Run]) -> tuple[Claim, ...]:
    # As statements are built: one shared table of keys.
    new = object.__new__
    built = []
    for number, (claim_id, text, place) in enumerate(claims):
        claim = new(_StoredClaim)
        attributes = claim.__dict__
        attributes["id"] = claim_id
        attributes["text"] = text
        attributes["_place"] = place
        attributes["_stored"] = (runs[number // _CLAIMS_PER_RUN], number % _CLAIMS_PER_RUN)
        built.append(claim)
    return tuple(built)


def _ledger_from_plain(
    index: Any, runs: list[tuple[memoryview, memoryview]], ledger_path: Path
) -> Ledger:
    parties, sources, claims, _, threshold, cues = index
    stored = [_Run(heads, _Texts(texts)) for heads, texts in runs]
    return Ledger(
        path=str(ledger_path),
        parties=tuple(Party(name, aliases, kind) for name, aliases, kind in parties),
        sources=tuple(_make(Source, attributes) for attributes in sources),
        claims=_claims_from_plain(claims, stored),
        settings=Settings(threshold),
        cues=Cues(*cues),
    )
