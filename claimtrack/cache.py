"""A cache of validated ledgers, so reading a big ledger costs milliseconds, not seconds.

One file per ledger (named after its absolute path) under
`$XDG_CACHE_HOME/claimtrack/` (default `~/.cache/claimtrack/`), never beside the
ledger. Each file records the sha256 of the ledger bytes it was built from, so a
hand edit -- even one that keeps the size and modification time -- is never
missed. A cache that is missing, unreadable, corrupt or of an older format is
ignored (and rebuilt by the caller); one that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path

from claimtrack.model import Ledger

# Bump when the model or the cache layout changes, so old files are never read.
_FORMAT = b"claimtrack-ledger-cache 1\n"


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
    header = _FORMAT + digest.encode("ascii")
    if not data.startswith(header):
        return None
    try:
        ledger = pickle.loads(memoryview(data)[len(header) :])
    except Exception:  # any corruption means: rebuild
        return None
    if not isinstance(ledger, Ledger):
        return None
    return replace(ledger, path=str(ledger_path))


def store_cached(ledger_path: Path, digest: str, ledger: Ledger) -> None:
    """Remember a validated ledger; failing to is not an error."""
    target = _cache_file(ledger_path)
    payload = pickle.dumps(ledger, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_FORMAT + digest.encode("ascii") + payload)
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return
