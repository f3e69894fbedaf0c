"""A cache of validated ledgers, so reading a big ledger costs milliseconds, not seconds.

One file per ledger (named after its absolute path) under
`$XDG_CACHE_HOME/claimtrack/` (default `~/.cache/claimtrack/`), never beside the
ledger. Each file records the sha256 of the ledger bytes it was built from, so a
hand edit -- even one that keeps the size and modification time -- is never
missed. A cache that is missing, unreadable, corrupt or of an older format is
ignored (and rebuilt by the caller); one that cannot be written is skipped.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterator
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
    f"claimtrack-ledger-cache 3 marshal {marshal.version} "
    f"{hashlib.sha256(_MODEL.encode()).hexdigest()[:16]}\n"
).encode()
_STANCES = {stance.value: stance for stance in Stance}
# Values that repeat across statements; interned, marshal writes each once.
_SHARED_FIELDS = ("source", "party", "speaker", "cue")


def digest_of(data: bytes) -> str:
    """The content key of a ledger's bytes."""
    return hashlib.sha256(data).hexdigest()


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimtrack"


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
            return _ledger_from_plain(marshal.loads(memoryview(data)[len(header) :]), ledger_path)
    except Exception:  # any corruption means: rebuild
        return None


def store_cached(ledger_path: Path, digest: str, ledger: Ledger) -> None:
    """Remember a validated ledger; failing to is not an error."""
    target = _cache_file(ledger_path)
    header = _FORMAT + digest.encode("ascii") + b"\n"
    payload = marshal.dumps(_plain_from_ledger(ledger))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header + payload)
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return


@contextmanager
def _no_collection() -> Iterator[None]:
    # Building ~10^5 objects that all stay alive: the cyclic collector would only
    # rescan them again and again (it doubles the load time).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _position(position: Position | None) -> tuple[int, int] | None:
    return (position.line, position.column) if position is not None else None


def _plain_from_ledger(ledger: Ledger) -> tuple[Any, ...]:
    return (
        [(party.name, party.aliases) for party in ledger.parties],
        [dict(vars(source)) for source in ledger.sources],
        [
            (
                claim.id,
                claim.text,
                _position(claim.position),
                [_plain_statement(s) for s in claim.statements],
            )
            for claim in ledger.claims
        ],
        ledger.settings.threshold,
        (ledger.cues.asserts, ledger.cues.denies, ledger.cues.disputes),
    )


def _plain_statement(statement: Statement) -> dict[str, Any]:
    plain = dict(vars(statement))
    plain["stance"] = sys.intern(statement.stance.value)
    position = statement.position
    plain["position"] = vars(position).copy() if position is not None else None
    for key in _SHARED_FIELDS:
        if plain[key] is not None:
            plain[key] = sys.intern(plain[key])
    return plain


def _make(kind: type[Any], attributes: dict[str, Any]) -> Any:
    # The dict becomes the instance's own: no __init__, no per-field setattr.
    instance = object.__new__(kind)
    object.__setattr__(instance, "__dict__", attributes)
    return instance


def _make_position(plain: Any) -> Position | None:
    return Position(plain[0], plain[1]) if plain is not None else None


def _ledger_from_plain(plain: Any, ledger_path: Path) -> Ledger:
    parties, sources, claims, threshold, cues = plain
    # The hot loop runs once per statement: everything it calls is a local name.
    stances, new, set_attribute = _STANCES, object.__new__, object.__setattr__
    claim_list = []
    for claim_id, text, position, statements in claims:
        built = []
        for attributes in statements:
            attributes["stance"] = stances[attributes["stance"]]
            if attributes["position"] is not None:
                place = new(Position)
                set_attribute(place, "__dict__", attributes["position"])
                attributes["position"] = place
            statement = new(Statement)
            set_attribute(statement, "__dict__", attributes)
            built.append(statement)
        claim_list.append(Claim(claim_id, text, tuple(built), _make_position(position)))
    return Ledger(
        path=str(ledger_path),
        parties=tuple(Party(name, aliases) for name, aliases in parties),
        sources=tuple(_make(Source, attributes) for attributes in sources),
        claims=tuple(claim_list),
        settings=Settings(threshold),
        cues=Cues(*cues),
    )
