"""Load, validate, edit and atomically save the ledger, `claims.yaml`.

Reading is fast and strict: `read_ledger` serves a validated `Ledger` from a
cache keyed by the sha256 of the ledger's bytes (see `claimtrack.cache`), and
falls back to `check_ledger`'s full validation when the bytes are new.

Writing keeps hand edits: `update_ledger` locks the ledger, lets the caller
change it through a `LedgerEditor`, which splices what changes into the text
(every comment and hand layout elsewhere stays byte for byte), validates the
result once and replaces the file atomically, leaving the cache warm for the
new content. An invalid ledger is never written over.

People save the ledger from their editors, which take no lock, while a command
works. So a write never replaces content it has not read: just before the
atomic replace, the file on disk is compared with the bytes the change was made
on. If they differ, the change is made again on the new content; if the new
content does not validate (a save still under way, a half-finished edit), it is
given a moment to settle, and then left alone.

Reader and writer read every scalar by one rule (`claimtrack._scalars`): ids
and texts are text as written, whatever they look like; the writer emits them
quoted wherever another YAML reader could take them for a number, a date or
true/false.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import dataclasses
import io
import itertools
import operator
import os
import re
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, overload

from claimtrack import _scalars, cache
from claimtrack._collector import fewer_collections
from claimtrack._splice import CannotSplice
from claimtrack._splice import Moved as _Moved
from claimtrack._spliced import Spliced
from claimtrack.errors import (
    ClaimtrackError,
    ExitCode,
    LedgerInvalid,
    LedgerMissing,
    NotFoundError,
)
from claimtrack.model import (
    Claim,
    Ledger,
    Position,
    Problem,
    Source,
    Stance,
    Statement,
)

if TYPE_CHECKING:
    import yaml

    from claimtrack._splice import Index, Splices

# The layout: key order is fixed, and what is not listed is an unknown key.
FORMAT_VERSION = 1
TOP_KEYS = ("version", "settings", "cues", "parties", "sources", "claims")
SETTINGS_KEYS = ("threshold",)
PARTY_KEYS = ("aliases", "kind")
SOURCE_KEYS = ("path", "title", "url", "published", "outlet", "sha256", "copy_of", "extracted")
CLAIM_KEYS = ("text", "statements")
STATEMENT_KEYS = ("party", "stance", "speaker", "cue", "source", "line", "content", "quote")
STANCES = tuple(stance.value for stance in Stance)

HEADER = "# claimtrack ledger: edit freely; `claimtrack check` validates it.\n"
STARTING_LEDGER = f"{HEADER}version: {FORMAT_VERSION}\nparties: {{}}\nsources: {{}}\nclaims: {{}}\n"

_LOCK_TIMEOUT_SECONDS = 120.0
# How often a change is made again on a ledger saved by someone else meanwhile.
_ATTEMPTS = 5
# A ledger that does not validate may be a save under way: it is read again until
# it has been still for _QUIET_SECONDS, for at most _SETTLE_SECONDS.
_QUIET_SECONDS = 0.25
_SETTLE_SECONDS = 2.0
_POLL_SECONDS = 0.02

# A seam for tests: when set, called with the ledger's path once a change is
# ready to be written, just before the check that the file is still the one read.
_before_final_check: Callable[[Path], None] | None = None

_T = TypeVar("_T")


class LedgerExists(ClaimtrackError):
    """A ledger already exists here; it was left as it is."""


class LedgerBusy(ClaimtrackError):
    """Another claimtrack is writing the ledger; try again when it has finished."""


class LedgerReadOnly(ClaimtrackError):
    """The ledger is read-only; nothing was written.

    Make it writable to let claimtrack change it.
    """


class ClaimExists(ClaimtrackError):
    """A claim with this id already exists; choose another id or merge the claims."""


class ClaimIdTaken(ClaimExists):
    """Another claim has this id already; choose another, or merge the two claims."""

    exit_code = ExitCode.USAGE


class BadClaimId(ClaimtrackError):
    """A claim id is one word of letters, digits and hyphens, like nk-troops-in-russia."""

    exit_code = ExitCode.USAGE


class LedgerChanged(ClaimtrackError):
    """The ledger kept changing on disk while claimtrack tried to write it.

    Nothing was written. Run the command again once the edits are saved.
    """


def claim_id_problem(claim_id: str) -> str | None:
    """What keeps `claim_id` from being a claim id people can type, or None.

    The ledger reads any text as an id; the commands that choose one ask for a
    word that a shell passes whole and `show`, `merge` and completion find.
    """
    if not claim_id:
        return "an id cannot be empty"
    if any(char.isspace() or not char.isprintable() for char in claim_id):
        return "an id is one word, with no spaces or control characters (nk-troops-in-russia)"
    if claim_id.startswith("-"):
        return "an id cannot start with '-', which reads as an option"
    return None


def claim_id_problems(ledger: Ledger) -> list[Problem]:
    """The claims whose ids break the rule `claim_id_problem` states (a hand edit)."""
    problems = []
    for claim in ledger.claims:
        problem = claim_id_problem(claim.id)
        if problem is not None:
            line, column = (
                (claim.position.line, claim.position.column) if claim.position else (1, 1)
            )
            problems.append(
                Problem(
                    ledger.path,
                    line,
                    column,
                    f"claims.{claim.id}: {problem}; rename it with "
                    f"`claimtrack rename '{claim.id}' NEW-ID`",
                )
            )
    return problems


# -- reading ------------------------------------------------------------------


def read_ledger(path: Path, *, settle: bool = False) -> Ledger:
    """The validated ledger at `path`; raises `LedgerMissing` or `LedgerInvalid`.

    With `settle`, a ledger that reads as invalid is given a moment, in case it
    was caught in the middle of a save (as a command that writes it later wants).
    Bytes edited by hand since the last write carry the settled mark over
    (`_store_read`).
    """
    return read_ledger_and_digest(path, settle=settle)[0]


def read_ledger_and_digest(path: Path, *, settle: bool = False) -> tuple[Ledger, str]:
    """As `read_ledger`, with the content key (`cache.digest_of`) of the very bytes the
    ledger was read from: a command that must know later whether the file is still
    the one it read compares keys, and does not hash the file again around the read."""
    if settle:
        # A command that writes later reads the bytes again before its write: held now,
        # they are found again there piece by piece, compared, not hashed once more.
        data, digest = _read_keyed(path)
        _held[:] = [(path, data)]
        cached = cache.load_cached(path, digest)
        if cached is not None:
            return cached, digest
    else:
        # Hashed as it streams by: a warm read never holds the whole text.
        with _open(path) as file:
            seen = cache.seen_of(os.fstat(file.fileno()))
            digest = cache.saved_key(path, seen) or cache.digest_of_file(file)
            cached = cache.load_cached(path, digest)
        if cached is not None:
            return cached, digest
        data = _read_bytes(path)
    ledger, problems = _parse(data, path)
    if ledger is None:
        if not settle:
            raise LedgerInvalid(problems)
        data, ledger, _ = _read_settled(path, changed=False, data=data)
    else:
        _store_read(path, data, ledger)
    return ledger, cache.digest_of(data)  # worked out for these bytes already


# The bytes a command that writes later read first (`read_ledger_and_digest` with
# `settle`), with the path they were read from: its read before the write compares
# the file with them, a block at a time, instead of reading a second copy of the
# whole file and hashing it (`_read_again`).
_held: list[tuple[Path, bytes]] = []


def _read_again(path: Path) -> bytes:
    """The ledger's bytes: those held from the first read (`_held`) when the file still
    holds them (its stat still the one they were vouched for by, or byte for byte),
    else read afresh."""
    if _held and _held[0][0] == path:
        held = _held.pop()[1]
        with _open(path) as file:
            if _vouched_for(os.fstat(file.fileno()), held) or _holds(file, held):
                return held
    return _read_keyed(path)[0]


# The bytes last read from a file whose stat a write kept (`_read_keyed`), with that
# stat: while the file has that stat, it holds these bytes.
_vouched: list[tuple[bytes, cache.Seen]] = []


def _read_keyed(path: Path) -> tuple[bytes, str]:
    """The ledger's bytes and their content key. When the file's stat, before the read
    and after it, is the one the write that saved it kept (`cache.saved_key`), the key
    kept is theirs and they are not hashed; else they are."""
    with _open(path) as file:
        seen = cache.seen_of(os.fstat(file.fileno()))
        digest = cache.saved_key(path, seen)
        data = file.read()
        if digest is not None and cache.seen_of(os.fstat(file.fileno())) == seen:
            cache.digested_as(data, digest)
            _vouched[:] = [(data, seen)]
            return data, digest
    return data, cache.digest_of(data)


def _vouched_for(seen: os.stat_result, data: bytes) -> bool:
    """Whether a file of this stat holds `data`: read under this very stat, one kept by
    the write that saved the file (see `_read_keyed`)."""
    return bool(_vouched) and _vouched[0][0] is data and _vouched[0][1] == cache.seen_of(seen)


def check_ledger(path: Path) -> list[Problem]:
    """Every problem in the ledger at `path`, in file order; raises `LedgerMissing`.

    Besides what makes the ledger invalid, the problems name ids and texts
    written plain that other YAML readers would take for numbers, dates or
    true/false: claimtrack reads them as text (and quotes them when it next
    writes the ledger), but a script reading the ledger with PyYAML would not.
    """
    data = _read_bytes(path)
    ledger, problems = _parse(data, path, notes=True)
    if ledger is not None:
        _store_read(path, data, ledger)
    return problems


def _store_read(path: Path, data: bytes, ledger: Ledger) -> None:
    """Store in the cache the ledger of bytes it did not know (edited by hand since the
    last write), first marking which stances the edit may have unsettled, while the
    cache still holds the bytes last settled (`cache.carry_settled`).

    Whatever command reads the edit first carries the mark: once these bytes are
    stored, those it held for are gone from the cache, and an `extract` after a
    `list`, `merge` or `drop` of the edited ledger would settle every stance."""
    digest = cache.digest_of(data)
    cache.carry_settled(path, digest, ledger)
    # The layout the read found, when its places are the file's (no BOM before them):
    # a later write of these bytes from the cache need not search for the claims.
    layout = None if data.startswith(codecs.BOM_UTF8) else cache.layout_of(ledger)
    cache.store_cached(path, digest, ledger, layout)


def read_partial_ledger(path: Path) -> Ledger | None:
    """The ledger at `path` as far as it reads, problems or not (never cached),
    so `check` can look past a schema error; None when it is not a YAML mapping."""
    from claimtrack._yaml import parse_ledger

    try:
        text = _ledger_text(_read_bytes(path))
    except UnicodeDecodeError:
        return None
    return parse_ledger(text, str(path), partial=True)[0]


def _read_bytes(path: Path) -> bytes:
    with _open(path) as file:
        return file.read()


@contextlib.contextmanager
def _open(path: Path) -> Iterator[io.BufferedReader]:
    """The ledger file, open for reading; its errors told as claimtrack's."""
    try:
        with path.open("rb") as file:
            yield file
    except FileNotFoundError:
        raise LedgerMissing(
            f"No ledger at {path}. Run `claimtrack init` to create one, "
            "or point --ledger / CLAIMTRACK_LEDGER at it."
        ) from None
    except IsADirectoryError:
        raise LedgerMissing(f"{path} is a folder; point --ledger at a claims.yaml file.") from None
    except OSError as error:
        raise ClaimtrackError(f"Cannot read {path}: {error.strerror}.") from None


def _parse(data: bytes, path: Path, *, notes: bool = False) -> tuple[Ledger | None, list[Problem]]:
    """Validate the ledger's bytes; without `notes`, the blocks read before are reused.

    Either way the result is the whole parse's (`claimtrack._blocks`): whatever
    is wrong is found, and reported, by parsing the whole text.
    """
    from claimtrack._blocks import read_from_blocks

    if not notes:
        ledger = read_from_blocks(data.removeprefix(codecs.BOM_UTF8), path)
        if ledger is not None:
            return ledger, []
    ledger, problems, _ = _parse_nodes(data, path, notes=notes)
    return ledger, problems


def _parse_for_writing(
    data: bytes, path: Path
) -> tuple[Ledger | None, list[Problem], yaml.Node | None]:
    """As `_parse`, with the root node when the text is parsed whole.

    A ledger edited by hand since its last write is read block by block when
    the cache holds most of its blocks: then no node tree is composed, and
    the writer composes only the parts it touches, as for a ledger the cache
    knew whole (a whole parse of a big ledger costs more than the write).
    """
    from claimtrack._blocks import read_from_blocks

    ledger = read_from_blocks(data.removeprefix(codecs.BOM_UTF8), path)
    if ledger is not None:
        return ledger, [], None
    return _parse_nodes(data, path)


def _parse_nodes(
    data: bytes, path: Path, *, notes: bool = False
) -> tuple[Ledger | None, list[Problem], yaml.Node | None]:
    """The whole parse, with the root node; a valid ledger's blocks are remembered."""
    from claimtrack._blocks import remember_blocks
    from claimtrack._yaml import parse_ledger_nodes

    try:
        text = _ledger_text(data)
    except UnicodeDecodeError as error:
        return None, [_decode_problem(data, error, str(path))], None
    ledger, problems, root = parse_ledger_nodes(text, str(path), notes=notes)
    if ledger is not None:
        remember_blocks(data.removeprefix(codecs.BOM_UTF8), path, ledger)
    return ledger, problems, root


def _ledger_text(data: bytes) -> str:
    """The ledger as YAML reads it: UTF-8 text without its BOM, every line ended by LF.

    YAML reads a CR, a CRLF and an LF alike, so this changes no meaning; the
    writer gives the file back its own line endings (`_Form`).
    """
    text = data.decode("utf-8-sig")
    if b"\r" in data:  # (the same question, a quicker look: a CR is one byte in UTF-8)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _ledger_lines(data: bytes, *, cr: bool | None = None) -> bytes:
    """The bytes of `_ledger_text(data)`, without decoding them: no BOM, LF line ends.

    A CR, an LF and the BOM's bytes are never part of another character in UTF-8.
    `cr` says whether `data` holds a CR, when that is known already.
    """
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\r" in data if cr is None else cr:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


@dataclasses.dataclass(frozen=True)
class _Form:
    """What a ledger file spells its own way that YAML does not mind: a BOM, line endings."""

    bom: bool = False
    newline: str = "\n"

    @classmethod
    def of(cls, data: bytes, *, cr: bool | None = None) -> _Form:
        """The form of the file's bytes; mixed line endings follow the most common one.

        `cr` says whether `data` holds a CR, when that is known already.
        """
        bom = data.startswith(codecs.BOM_UTF8)
        if not (b"\r" in data if cr is None else cr):
            return cls(bom)  # no CR at all: one quick look, not three counts of a big file
        crlf = data.count(b"\r\n")
        counts = {"\n": data.count(b"\n") - crlf, "\r\n": crlf, "\r": data.count(b"\r") - crlf}
        return cls(bom, max(counts, key=counts.__getitem__))

    def encode(self, text: str) -> bytes:
        """LF-ended ledger text as bytes of this form."""
        return self.spell(text.encode("utf-8"))

    @overload
    def spell(self, data: bytes) -> bytes: ...

    @overload
    def spell(self, data: bytes | Spliced) -> bytes | Spliced: ...

    def spell(self, data: bytes | Spliced) -> bytes | Spliced:
        """The UTF-8 bytes of LF-ended ledger text, in this form (spliced bytes kept
        so when the form is the text's own)."""
        if self.newline == "\n" and not self.bom:
            return data
        if isinstance(data, Spliced):
            data = data.joined()
        if self.newline != "\n":
            data = data.replace(b"\n", self.newline.encode("ascii"))
        return codecs.BOM_UTF8 + data if self.bom else data


def _decode_problem(data: bytes, error: UnicodeDecodeError, path: str) -> Problem:
    before = data[: error.start].decode("utf-8", "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return Problem(path, line, column, "not UTF-8 text; save the ledger as UTF-8")


# -- creating -----------------------------------------------------------------


def init_ledger(path: Path) -> None:
    """Write the starting ledger at `path`; raises `LedgerExists` if there is one.

    Atomic like every write: the text is written and synced under a temporary
    name first, so a full disk leaves no empty ledger behind.
    """
    if path.exists() or path.is_symlink():
        raise LedgerExists(f"{path} already exists; it was left as it is.")
    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        # Made as `open` makes files, so the umask decides the mode.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            _write_all(fd, STARTING_LEDGER.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        _put_new_file(temp, path)
        _sync_folder(path.parent)
    except FileExistsError:
        raise LedgerExists(f"{path} already exists; it was left as it is.") from None
    except OSError as error:
        raise ClaimtrackError(f"Cannot create {path}: {error.strerror}.") from None
    finally:
        temp.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _put_new_file(temp: Path, path: Path) -> None:
    """Give `temp` the name `path`, never replacing a file that took the name meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if path.exists():
            raise FileExistsError(str(path)) from None
        temp.replace(path)


# -- editing ------------------------------------------------------------------


def update_ledger(
    path: Path,
    change: Callable[[LedgerEditor], _T],
    *,
    notify: Callable[[str], None] | None = None,
) -> _T:
    """Lock the ledger, make `change` through an editor, validate and save atomically.

    Returns what `change` returns. If the file is saved by someone else (an
    editor takes no lock) while `change` runs, `change` is made again on the
    new content, and `notify` is told; the content on disk is never replaced
    unseen. Raises `LedgerInvalid` (writing nothing) if the ledger is invalid,
    before or after the change, and `LedgerChanged` if it keeps changing. A
    ledger whose meaning would not change is not rewritten at all. A ledger
    edited by hand since the last write carries the settled mark over (see
    `read_ledger`).
    """
    target = _target_of(path)
    # A write makes many objects that live to its end (the ledger, the claim
    # index): the collector would only look through them again and again.
    with fewer_collections(), _locked(target):
        data, ledger, root = _read_settled(path, changed=False, nodes=True)
        _prepare_to_write(path, target)
        for _ in range(_ATTEMPTS):
            editor = LedgerEditor(path, data, ledger, root)
            editor.quoted = cache.known_quoted(path, cache.digest_of(data))
            editor.unsettled = cache.known_settled(path, cache.digest_of(data))
            result = change(editor)
            saved = _save(path, target, data, ledger, editor)
            if saved is None:
                return result
            if notify is not None:
                notify(
                    f"{path} was saved by someone else meanwhile; "
                    "making the changes again on the new content."
                )
            data, ledger, root = _read_settled(path, changed=True, data=saved, nodes=True)
        raise LedgerChanged()


@contextlib.contextmanager
def edit_ledger(path: Path) -> Iterator[LedgerEditor]:
    """Lock the ledger, yield an editor, then validate and save atomically.

    As `update_ledger`, but the body cannot be run again: if the file changed
    on disk meanwhile, nothing is written and `LedgerChanged` is raised. If
    the body raises, nothing is written.
    """
    target = _target_of(path)
    with fewer_collections(), _locked(target):
        data, ledger, root = _read_settled(path, changed=False, nodes=True)
        _prepare_to_write(path, target)
        editor = LedgerEditor(path, data, ledger, root)
        editor.quoted = cache.known_quoted(path, cache.digest_of(data))
        editor.unsettled = cache.known_settled(path, cache.digest_of(data))
        yield editor
        if _save(path, target, data, ledger, editor) is not None:
            raise LedgerChanged(
                f"{path} was saved by someone else meanwhile; nothing was written. "
                "Run the command again."
            )


def _target_of(path: Path) -> Path:
    """The file a write goes to: a symbolic link's target, so the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _prepare_to_write(path: Path, target: Path) -> None:
    """Refuse a ledger the user may not change; clear what a killed write left behind.

    Called under the lock, on a ledger that validates: any temporary file of
    this ledger's writes is then a leftover (its content is in the ledger or
    was never meant to be).
    """
    try:
        mode = target.stat().st_mode
    except OSError as error:
        raise ClaimtrackError(f"Cannot read {path}: {error.strerror}.") from None
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise LedgerReadOnly(
            f"{path} is read-only (mode {mode & 0o7777:04o}); nothing was written. "
            f"Make it writable (`chmod u+w {path}`) to let claimtrack change it."
        )
    pattern = re.compile(re.escape(f".{target.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
    with contextlib.suppress(OSError):
        for leftover in target.parent.iterdir():
            if pattern.fullmatch(leftover.name):
                leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lock that serialises claimtrack's writers of this ledger."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=_LOCK_TIMEOUT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise LedgerBusy() from None
    try:
        yield
    finally:
        _remove_lock_file(lock.lock_file)
        lock.release()


def _remove_lock_file(lock_file: str) -> None:
    """Remove the lock file while it is still held, so none is left beside the ledger.

    Safe only while held: a run waiting for the lock then finds the file it
    locked gone and starts again on a new one (filelock 4 checks). Windows
    removes its lock files on release and cannot remove an open one.
    """
    if os.name != "nt":
        with contextlib.suppress(OSError):
            Path(lock_file).unlink()


def _read_settled(
    path: Path,
    *,
    changed: bool,
    data: bytes | None = None,
    nodes: bool = False,
) -> tuple[bytes, Ledger, yaml.Node | None]:
    """The ledger's bytes, the ledger and (when parsed) its root node; an invalid one is
    given a moment to settle.

    A ledger caught in the middle of a save reads as invalid; it is read again
    until valid, or until it has been still for a while. `changed` says the
    file changed while a command worked on it, which the error then says. A
    ledger the cache knows is not parsed again; with `nodes`, one that is
    parsed keeps its node tree, for the writer to place its splices by.
    """
    if data is None:
        data = _read_again(path)
    cached = cache.load_cached(path, cache.digest_of(data))
    if cached is not None:
        return data, cached, None
    ledger, problems, root = (
        _parse_for_writing(data, path) if nodes else (*_parse(data, path), None)
    )
    start = still_since = time.monotonic()
    while ledger is None:
        now = time.monotonic()
        if now - still_since >= _QUIET_SECONDS or now - start >= _SETTLE_SECONDS:
            if changed:
                raise LedgerInvalid(
                    problems,
                    f"{path} was saved by someone else meanwhile, and it does not validate "
                    "now (an edit not finished?). It was left as it is and nothing was "
                    "written. Finish the edit (see `claimtrack check`), then run the "
                    "command again.",
                )
            raise LedgerInvalid(problems)
        time.sleep(_POLL_SECONDS)
        current = _read_while_saving(path)
        if current != data:
            data, still_since = current, time.monotonic()
            ledger, problems, root = (
                _parse_for_writing(data, path) if nodes else (*_parse(data, path), None)
            )
    if not nodes:
        root = None  # not kept alive for nothing
    _store_read(path, data, ledger)
    if root is None and nodes:
        # Read block by block (a hand edit of a big ledger): the write goes on with
        # the ledger as the cache now holds it, as after a write of its own, so
        # that storing what it saves keeps the parts and batches just stored where
        # they are instead of making and comparing every claim's again.
        stored = _as_stored(path, data)
        if stored is not None:
            return data, stored, None
    return data, ledger, root


def _as_stored(path: Path, data: bytes) -> Ledger | None:
    """The ledger of `data` as the cache holds it, or None (not stored)."""
    return cache.load_cached(path, cache.digest_of(data))


def _save(
    path: Path, target: Path, old: bytes, before: Ledger, editor: LedgerEditor
) -> bytes | None:
    """Write the edited ledger over `old`; the file's new content if it is no longer `old`.

    Returns None when the edit is written, or when there is nothing to write.
    The file keeps its BOM and line endings.
    """
    # Held as the pieces the splice joins: written and keyed without joining them.
    dumped = editor.dump_spliced() if editor.changed else None
    # The form the editor found in these very bytes, or found again.
    form = editor.form if editor.read_from is old else _Form.of(old)
    if dumped is None or (new := form.spell(dumped)) == old:
        if editor.unsettled is not None:
            cache.remember_settled(path, cache.digest_of(old), editor.unsettled)
        return None
    # The text as YAML reads the bytes written: the dump itself, unless a BOM or a
    # CR in it would read otherwise; then it is read whole.
    # (No CR in the bytes written, none in the dump: the quicker look first.)
    # The editor knows it of a dump spliced from bytes with no CR: no pass over them.
    spliced_plain = editor.dump_has_no_cr()
    # Whether the bytes written hold no CR (the cache keeps it for the next write).
    new_plain = (spliced_plain and form.newline == "\n") or b"\r" not in new
    plain = spliced_plain or new_plain or b"\r" not in dumped
    read = plain and not dumped.startswith(codecs.BOM_UTF8)
    ledger = editor.checked() if read else None
    # Runs of claims the ledger `checked` gives with the positions they had before
    # the edit moved them (see `LedgerEditor.moves`): only the cache is told.
    moves = editor.moves if ledger is not None else []
    if ledger is None:
        ledger, problems = _parse(new.joined() if isinstance(new, Spliced) else new, path)
    if ledger is None:
        raise LedgerInvalid(problems, "The edit would make the ledger invalid; it was not changed.")
    if ledger != editor.ledger:  # what `expected()` gives, made once per edit
        # A guard: the text written must say exactly what the edits mean.
        raise ClaimtrackError(
            f"claimtrack could not write this change into {path} without changing "
            "something else; nothing was written. Please report this, with the ledger."
        )
    if ledger == before:
        # Only the writing would differ (an id quoted, `~` spelled `null`): the
        # person's file stays as it is until there is something to write.
        if editor.unsettled is not None:
            cache.remember_settled(path, cache.digest_of(old), editor.unsettled)
        return None
    if _before_final_check is not None:
        _before_final_check(path)
    current = _replace_unless_changed(target, old, new)
    if current is None:
        digest = cache.digest_of(new)
        # The layout `checked` found holds for the bytes written when their form
        # (BOM, line ends) left every place where it was in the dump.
        layout = editor.layout if read and len(new) == len(dumped) else None
        cache.store_cached(path, digest, ledger, layout, moves, cr=not new_plain)
        # This write quoted every plain lookalike text (see `LedgerEditor.quoted`).
        cache.remember_quoted(path, digest)
        if editor.unsettled is not None:
            cache.remember_settled(path, digest, editor.unsettled)
        _keep_saved_stat(path, target, new, digest)
    return current


def _keep_saved_stat(path: Path, target: Path, data: bytes | Spliced, digest: str) -> None:
    """Keep the stat of the file just saved with `data`, and their key, for the next
    command to take instead of hashing the file (`cache.remember_saved`), when no later
    edit can share that stat (`_saved_stat`); else keep none."""
    seen = _saved_stat(target, data)
    if seen is None:
        cache.forget_saved(path)
    else:
        cache.remember_saved(path, seen, digest)


# The stat of the file the last replace saved, with the bytes saved (`_stat_after`).
_saved_file: list[tuple[bytes | Spliced, cache.Seen]] = []
# How often, and how long apart, the lock file is touched to see the file system's
# clock pass the change time of the file saved (`_saved_stat`).
_CLOCK_TRIES = 10
_CLOCK_WAIT = 0.001


def _saved_stat(target: Path, data: bytes | Spliced) -> cache.Seen | None:
    """The stat of the file the last replace saved with `data` at `target` (see
    `_stat_after`), when no edit can share it: the file system's clock is seen past
    the file's change time, by the change time of the lock file beside it, touched
    now (same folder, same clock). An edit from then on, even one that puts the
    modification time back, has a later change time, so another stat; one that
    puts it back within the rename's clock tick (a few ms at most) is the window
    left. None when the clock is not seen to pass within a few ms (a file system of
    coarse times) or the lock file cannot be touched: the next command hashes the
    file."""
    if not _saved_file or _saved_file[0][0] is not data:
        return None
    seen = _saved_file.pop()[1]
    lock = Path(f"{target}.lock")
    for _ in range(_CLOCK_TRIES):
        try:
            os.utime(lock)
            ticked = lock.stat().st_ctime_ns
        except OSError:
            return None
        if ticked > seen[4]:
            return seen
        time.sleep(_CLOCK_WAIT)
    return None


def _stat_after(path: Path, made: os.stat_result) -> cache.Seen | None:
    """The stat of the file just renamed to `path` from the one `made` describes, when
    a write to it since would show: its inode, size and modification time still
    those the write left (no one wrote it since), and that modification time
    before its change time (the rename's), so any write from the rename on, in
    the rename's clock tick too, gives it a later modification time. A write whose
    last bytes and rename share a clock tick (a small file on a quick disk) keeps
    none: the next command hashes the file."""
    try:
        now = cache.seen_of(path.stat())
    except OSError:
        return None
    if now[:4] != cache.seen_of(made)[:4] or now[3] >= now[4]:
        return None
    return now


def _replace_unless_changed(path: Path, expected: bytes, data: bytes | Spliced) -> bytes | None:
    """Replace `path` with `data` atomically, if it still holds `expected`.

    Returns None once replaced, or the file's content when it is no longer
    `expected` (and then leaves it alone). A crash leaves the old file or the
    new one. The slow part (writing and syncing the new file) comes first; then
    the file is read and compared, and a last `stat` just before the rename
    catches a save made since that read: what remains unguarded is a save
    landing between that `stat` and the rename, two system calls apart.
    """
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    in_place = False
    try:
        with os.fdopen(fd, "wb") as out:
            _write_out(out, data)
            out.flush()
            _keep_owner_and_mode(out.fileno(), Path(temp), path.stat())
            os.fsync(out.fileno())
            made = os.fstat(out.fileno())
        _saved_file.clear()
        try:
            with path.open("rb") as file:
                seen = os.fstat(file.fileno())
                same = _vouched_for(seen, expected) or _holds(file, expected)
        except FileNotFoundError:  # an editor moved it aside to save it
            same = False
        if same and _same_version(seen, path):
            if seen.st_nlink > 1:
                # Other names share this file: a rename would leave them the old
                # text, so the file is written where it is. Until that is done,
                # the complete new text waits in `temp`.
                in_place = True
                _write_in_place(path, data, Path(temp))
                Path(temp).unlink(missing_ok=True)
            else:
                Path(temp).replace(path)
                after = _stat_after(path, made)
                if after is not None:
                    _saved_file[:] = [(data, after)]
            _sync_folder(path.parent)
            return None
    except BaseException:
        if not in_place:
            Path(temp).unlink(missing_ok=True)
        raise
    Path(temp).unlink(missing_ok=True)
    return _read_while_saving(path)


def _holds(file: io.BufferedIOBase, expected: bytes) -> bool:
    """Whether the rest of `file` is `expected`: read and compared a stretch at a time,
    so that a big ledger's bytes are not read into a second copy of the whole file
    only to be compared (about 0.02 CPU-s a write at 50 MB)."""
    at = 0
    while chunk := file.read(_COMPARED):
        if not expected.startswith(chunk, at):
            return False
        at += len(chunk)
    return at == len(expected)


# Bytes of the ledger read at a time to be compared with what a write expects there.
_COMPARED = 1 << 20


def _keep_owner_and_mode(fd: int, temp: Path, original: os.stat_result) -> None:
    """Give the new file the ledger's permissions and, where allowed, its owner and group."""
    fchmod = getattr(os, "fchmod", None)  # Windows has it only from Python 3.13
    if fchmod is not None:
        fchmod(fd, original.st_mode & 0o7777)
    else:
        temp.chmod(original.st_mode & 0o7777)
    fchown = getattr(os, "fchown", None)
    if fchown is None:
        return
    for owner in (original.st_uid, -1):  # only root may give a file away; a group, its members
        try:
            fchown(fd, owner, original.st_gid)
            return
        except OSError:
            continue


def _write_out(out: io.BufferedIOBase, data: bytes | Spliced) -> None:
    """Write `data` to `out`: spliced bytes piece by piece, never joined."""
    for piece in data.views() if isinstance(data, Spliced) else (data,):
        out.write(piece)


def _write_in_place(path: Path, data: bytes | Spliced, pending: Path) -> None:
    try:
        with path.open("r+b") as out:
            _write_out(out, data)
            out.truncate()
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        raise ClaimtrackError(
            f"Could not write {path} ({error.strerror}); its new content is in {pending}."
        ) from None


def _read_while_saving(path: Path) -> bytes:
    """The ledger's bytes; none while an editor has moved it aside to save it."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def _same_version(seen: os.stat_result, path: Path) -> bool:
    """Whether `path` is still the very file `seen` described: not replaced, not written."""
    try:
        now = path.stat()
    except OSError:
        return False
    return (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns, now.st_ctime_ns) == (
        seen.st_dev,
        seen.st_ino,
        seen.st_size,
        seen.st_mtime_ns,
        seen.st_ctime_ns,
    )


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclasses.dataclass
class _Plan:
    """What becomes of one claim: the claim of the base text it was, its text, what it gains."""

    base_id: str | None
    text: str
    tail: list[Statement | _Moved] = dataclasses.field(default_factory=list)


class _ClaimsById(Mapping[str, Claim]):
    """A ledger's claims by id (the last of an id repeated), each claim asked for only
    when looked up: a cache load's claims are made a batch at a time."""

    def __init__(self, ids: list[str], claims: Sequence[Claim]) -> None:
        self.numbers = dict(zip(ids, range(len(ids)), strict=True))  # the last of an id
        self._claims = claims

    def __getitem__(self, claim_id: str) -> Claim:
        return self._claims[self.numbers[claim_id]]

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self.numbers

    def __iter__(self) -> Iterator[str]:
        return iter(self.numbers)

    def __len__(self) -> int:
        return len(self.numbers)


class LedgerEditor:
    """Changes to one ledger's text, made as splices; comments and hand layout survive.

    Each change is recorded against the ledger as read; the text is made once,
    when it is asked for: what is new (claims, statements, sources) is written
    by a text emitter in the ledger's layout and spliced in where it belongs,
    what changes is rewritten where it stands, and everything else stays byte
    for byte (`claimtrack._splice`). What cannot be placed that way (a claim
    written by hand in flow style, say) is refused with its place in the file.
    """

    def __init__(
        self, path: Path, data: bytes, ledger: Ledger, root: yaml.Node | None = None
    ) -> None:
        self._path = path
        # One look for a CR through the file's bytes (a big file's is a pass over
        # megabytes), for both what YAML reads and the form the file is written in;
        # none when the write that saved the bytes the cache read them for told.
        known = cache.holds_cr(ledger)
        cr = b"\r" in data if known is None else known
        # The bytes read and their form (BOM, line ends), which a save writes back.
        self.read_from = data
        self.form = _Form.of(data, cr=cr)
        # The file's bytes as YAML reads them (no BOM, LF line ends), decoded only
        # when the text is composed whole: a write by parts splices the bytes.
        self._data = _ledger_lines(data, cr=cr)
        self._data_has_cr = cr
        # Places in the file's bytes are places in these (no BOM was taken off, no
        # CRLF made LF): a layout stored for the bytes holds for them.
        self._same_places = len(self._data) == len(data)
        # The layout of the bytes written, as `checked` finds it (`cache.layout_of`).
        self.layout: cache.Layout | None = None
        # The runs of claims `checked` left as read though lines put in or taken out
        # above them moved them: (first, past the last, lines further down). Their
        # claims keep the positions read; the cache stores them moved (`store_cached`).
        self.moves: list[tuple[int, int, int]] = []
        self._decoded: str | None = None
        self._base = ledger
        self._root = root
        self._root_in_bytes = False  # whether its marks are byte offsets yet
        # What becomes of the claims a write touches, by their id now: a claim of the
        # base text has a plan once first asked for, a new claim from its start; the
        # others keep their id, their place and everything in them, and have none (a
        # write on a big ledger holds and goes through the claims it touches, not all:
        # `_order` puts them among the runs of those it left alone).
        ids = cache.claim_ids(ledger.claims)
        self._base_ids = ids
        self._base_claims = _ClaimsById(ids, ledger.claims)
        self._plans: dict[str, _Plan] = {}
        # Claims of the base text no longer under their own id: the id each has now
        # (renamed), or None (dropped or merged away).
        self._away: dict[str, str | None] = {}
        self._new: dict[str, None] = {}  # the ids of the claims added, in order
        # Statements of the base text rewritten (or, as None, removed), by claim and number.
        self._changed_items: dict[str, dict[int, Statement | None]] = {}
        self._gone: list[str] = []  # claims of the base text dropped or merged away
        self._sources: dict[str, Source] = {}
        self._log: list[str] = []  # what was done, in order
        self._ledger: Ledger | None = ledger
        # The bytes of the text with the edits made, as the pieces a splice joins.
        self._dumped: Spliced | None = None
        self._splices: tuple[Index, Splices] | None = None
        self.changed = False
        # The claims of `text` are known to hold no plain text another YAML reader
        # would type (a write of this tool saved it so): they are not looked through.
        self.quoted = False
        # The claims whose statements' stances may not be the ones they take toward
        # them (`pipeline.settle_stances`); None for any claim. Empty when the text
        # was saved settled by this program: then only a merge unsettles a claim,
        # the one it keeps, until its statements are settled.
        self.unsettled: set[str] | None = None

    @property
    def settled(self) -> bool:
        """Whether every stance a person did not set is the one its statement takes."""
        return self.unsettled == set()

    @property
    def ledger(self) -> Ledger:
        """The ledger as it stands, edits included.

        It is the ledger the edits mean, as the file will read once saved
        (saving checks that it does); new claims and statements have no
        position in the file yet.
        """
        if self._ledger is None:
            self._ledger = self.expected()
        return self._ledger

    def claim_ids(self) -> list[str]:
        ids: list[str] = []
        for claim_id, _, low, high in self._order():
            if claim_id is None:
                ids += self._base_ids[low:high]
            else:
                ids.append(claim_id)
        return ids

    def has_claim(self, claim_id: str) -> bool:
        """Whether the ledger as edited has a claim of this id."""
        return claim_id in self._plans or (
            claim_id in self._base_claims and claim_id not in self._away
        )

    def add_claim(self, claim_id: str, text: str) -> None:
        """Track a new claim with no statements yet; raises `ClaimExists`."""
        if self.has_claim(claim_id):
            raise ClaimExists(f"A claim '{claim_id}' already exists; choose another id.")
        else:
            self._plans[claim_id] = _Plan(None, text)
            self._new[claim_id] = None
            self._log.append("add_claim")
        self._touch()

    def add_statement(self, claim_id: str, statement: Statement) -> None:
        """Append a statement to a claim; raises `NotFoundError` for an unknown claim."""
        # As the ledger keeps it: spans are known only right after extraction.
        statement = dataclasses.replace(
            statement, span=None, speaker_span=None, cue_span=None, content_span=None
        )
        self._plan(claim_id).tail.append(statement)
        self._log.append("add_statement")
        self._touch()

    def put_source(self, source: Source) -> None:
        """Insert a source or update it in place, keeping its keys where they are."""
        self._sources[source.id] = source
        self._log.append("put_source")
        self._touch()

    def merge_claims(self, target: str, others: Sequence[str]) -> int:
        """Move the statements of `others` into `target` and drop them; the number moved.

        The moved statements keep their text, and the comments among them.
        """
        into = self._plan(target)
        for claim_id in others:
            self._plan(claim_id)
        moved = 0
        for other in dict.fromkeys(others):
            if other == target:
                continue
            plan = self._plan(other)
            self._remove(other, plan)
            if plan.base_id is not None:
                moved += len(self._kept_statements(plan.base_id))
                into.tail.append(_Moved(plan.base_id))
                self._gone.append(plan.base_id)
            moved += sum(
                len(self._kept_statements(e.claim_id)) if isinstance(e, _Moved) else 1
                for e in plan.tail
            )
            into.tail.extend(plan.tail)
        if self.unsettled is not None:
            self.unsettled.add(target)
        self._log.append("merge_claims")
        self._touch()
        return moved

    def rename_claim(self, old: str, new: str) -> None:
        """Give the claim `old` the id `new`; raises `NotFoundError` or `ClaimExists`.

        Only the key changes: the claim keeps its place among the claims, its
        text, its statements and every comment, the one on its key's line too.
        """
        self._plan(old)
        problem = claim_id_problem(new)
        if problem is not None:
            raise BadClaimId(f"Cannot rename {old!r} to {new!r}: {problem}.")
        if self.has_claim(new):
            raise ClaimIdTaken(
                f"Another claim has the id {new!r} already; choose another id, "
                f"or fold the two with `claimtrack merge {new} {old}`."
            )
        plan = self._plans.pop(old)
        self._plans[new] = plan
        if plan.base_id is None:  # a claim added: it keeps its place among those added
            self._new = {(new if i == old else i): None for i in self._new}
        elif new == plan.base_id:
            del self._away[new]  # back under its own id
        else:
            self._away[plan.base_id] = new
        if self.unsettled is not None and old in self.unsettled:
            self.unsettled = (self.unsettled - {old}) | {new}
        self._log.append("rename_claim")
        self._touch()

    def retext_claim(self, claim_id: str, text: str) -> None:
        """Give a claim a new text; raises `NotFoundError` for an unknown claim.

        Only the value of its `text:` key is rewritten: its id, its place, its
        statements and every comment stay.
        """
        plan = self._plan(claim_id)
        if plan.text == text:
            return
        plan.text = text
        self._log.append("retext_claim")
        self._touch()

    def commented(self, claim_id: str) -> bool:
        """Whether a person wrote a comment into a claim of the text as read, or just
        above it (`drop_claim` would remove it); False for a claim added since."""
        from claimtrack._splice import Index

        if claim_id not in self._base_claims:
            return False
        return Index.of(self._data).claim_commented(claim_id)

    def drop_claim(self, claim_id: str) -> int:
        """Remove a claim and its statements; the number of statements removed.

        Comment lines above the claim go with it; those after it stay. That
        extraction does not bring the statements back is `pipeline.drop_claim`'s
        part: it records them in their sources' `extracted` lists first.
        """
        plan = self._plan(claim_id)
        removed = len(self._statements_of(plan))
        self._remove(claim_id, plan)
        if self.unsettled is not None:
            self.unsettled.discard(claim_id)
        if plan.base_id is not None:
            self._gone.append(plan.base_id)
        for entry in plan.tail:
            if isinstance(entry, _Moved):
                self._gone.append(entry.claim_id)
        self._log.append("drop_claim")
        self._touch()
        return removed

    def remove_statements(self, source_id: str, keep: Callable[[Statement], bool]) -> int:
        """Drop the statements of `source_id` that `keep` rejects; the number removed."""
        return self._change_statements(source_id, lambda s: s if keep(s) else None, "remove")

    def update_statements(
        self, source_id: str, update: Callable[[Statement], Statement | None]
    ) -> int:
        """Rewrite the statements of `source_id` that `update` changes; the number changed.

        `update` gets each statement of the source and returns it changed, or
        None to leave it alone. Only the fields that differ are written, each
        where it stands: comments, quoting and the layout of the rest stay as
        they were.
        """
        return self._change_statements(source_id, lambda s: update(s) or s, "update")

    @property
    def _text(self) -> str:
        """The ledger's text as read, decoded when first asked for."""
        if self._decoded is None:
            self._decoded = self._data.decode("utf-8")
        return self._decoded

    def dump(self) -> str:
        """The ledger's text, edits included."""
        if not self._log:
            return self._text
        return self._spliced_text().joined().decode("utf-8")

    def dump_bytes(self) -> bytes:
        """The UTF-8 bytes of `dump()`, made without decoding the text a write left alone."""
        return self._data if not self._log else self._spliced_text().joined()

    def dump_spliced(self) -> bytes | Spliced:
        """The bytes of `dump_bytes`, as the pieces a splice joins (`Spliced`): a write
        writes them to its file and keys them without joining them."""
        return self._data if not self._log else self._spliced_text()

    def _spliced_text(self) -> Spliced:
        if self._dumped is None:
            try:
                try:
                    self._dumped = self._spliced(by_parts=self._root is None)
                except CannotSplice:
                    if self._root is not None:
                        raise
                    # The text is not laid out as its parts seemed: it is composed whole.
                    self._dumped = self._spliced(by_parts=False)
            except CannotSplice as error:
                raise self._refusal(error) from None
        return self._dumped

    def dump_has_no_cr(self) -> bool:
        """Whether the bytes `dump_bytes` gave are known to hold no CR without looking
        through them: made by splices from bytes that held none, no piece put in
        holding one (only what the write changed is looked at)."""
        if self._data_has_cr or not self._log or self._splices is None:
            return not self._data_has_cr and not self._log
        splices = self._splices[1]
        return (
            self._dumped is not None
            and splices.text is self._data
            and not any(b"\r" in new for *_, new in splices.edits)
        )

    def _refusal(self, error: CannotSplice) -> LedgerInvalid:
        line, column = error.place or (1, 1)
        problem = Problem(
            str(self._path),
            line,
            column,
            f"claimtrack cannot write this change here ({error.reason}); write this part "
            "in block style (one key per line, lists as `- ` items) and run the command again",
        )
        return LedgerInvalid([problem], "The ledger could not be written; it was not changed.")

    def expected(self) -> Ledger:
        """The ledger the edited text must read as."""
        claims = cache.ClaimsBuilder()
        base_claims = self._base.claims
        for claim_id, plan, low, high in self._order():
            if claim_id is None:
                claims.add_stretch(base_claims, low, high)  # untouched, not built
                continue
            if plan is None:
                plan = _Plan(claim_id, self._base_claims[claim_id].text)
            base = self._base_claims.get(plan.base_id) if plan.base_id is not None else None
            if (
                base is not None
                and base.id == claim_id
                and base.text == plan.text
                and not plan.tail
                and base.id not in self._changed_items
            ):
                claims.add(base)  # untouched: its statements are not even built
                continue
            statements = tuple(self._statements_of(plan))
            if (
                base is not None
                and base.id == claim_id
                and base.text == plan.text
                and base.statements == statements
            ):
                claims.add(base)
            else:
                claims.add(Claim(id=claim_id, text=plan.text, statements=statements))
        return dataclasses.replace(self._base, sources=self._sources_now(), claims=claims.built())

    def _sources_now(self) -> tuple[Source, ...]:
        """The sources after the edits: the very ones read when no edit changed or added
        one (a cache load's are then never made, nor compared one by one)."""
        if not self._sources:
            return self._base.sources
        sources = {source.id: source for source in self._base.sources}
        sources.update(self._sources)
        return tuple(sources.values())

    # -- helpers --

    def _touch(self) -> None:
        self.changed = True
        self._ledger = None
        self._dumped = None

    def _plan(self, claim_id: str) -> _Plan:
        plan = self._plans.get(claim_id)
        if plan is None:
            if claim_id not in self._base_claims or claim_id in self._away:
                raise NotFoundError(f"No claim '{claim_id}'. See `claimtrack list`.")
            # A claim of the base text, first asked for.
            plan = self._plans[claim_id] = _Plan(claim_id, self._base_claims[claim_id].text)
        return plan

    def _remove(self, claim_id: str, plan: _Plan) -> None:
        """Take the claim `claim_id` (whose plan is `plan`) out of the ledger."""
        del self._plans[claim_id]
        if plan.base_id is None:
            del self._new[claim_id]
        else:
            self._away[plan.base_id] = None

    def _order(self) -> list[tuple[str | None, _Plan | None, int, int]]:
        """The claims of the ledger as edited, in order: a run of claims of the base
        text a write left as they were as (None, None, first, past the last), any
        other claim as (its id, its plan or None, its number in the base or -1, 0).
        None is the plan of a claim of the base text only its statements' rewrites
        (`_changed_items`) touch. Made from the claims touched, not by going through
        every claim."""
        numbers = self._base_claims.numbers
        count = len(self._base_ids)
        if len(numbers) != count:  # ids repeated in the base: gone through whole
            return self._order_whole()
        marks: dict[int, tuple[str, _Plan | None] | None] = {}
        for base_id, now in self._away.items():
            marks[numbers[base_id]] = None if now is None else (now, self._plans[now])
        for claim_id, plan in self._plans.items():
            if plan.base_id is not None and plan.base_id not in self._away:
                marks[numbers[plan.base_id]] = (claim_id, plan)
        for base_id in self._changed_items:
            marks.setdefault(numbers[base_id], (base_id, None))
        order: list[tuple[str | None, _Plan | None, int, int]] = []
        low = 0
        for n in sorted(marks):
            if n > low:
                order.append((None, None, low, n))
            mark = marks[n]
            if mark is not None:
                order.append((mark[0], mark[1], n, n + 1))
            low = n + 1
        if low < count:
            order.append((None, None, low, count))
        order += [(claim_id, self._plans[claim_id], -1, 0) for claim_id in self._new]
        return order

    def _order_whole(self) -> list[tuple[str | None, _Plan | None, int, int]]:
        """`_order` of a base text whose ids repeat: each id once, where it first stands,
        as the claim of its last (as `_ClaimsById` finds it)."""
        numbers = self._base_claims.numbers
        order: list[tuple[str | None, _Plan | None, int, int]] = []
        for base_id in dict.fromkeys(self._base_ids):
            now = self._away.get(base_id, base_id)
            if now is None:
                continue
            plan = self._plans.get(now)
            n = numbers[base_id]
            if plan is None and base_id not in self._changed_items:
                order.append((None, None, n, n + 1))
            else:
                order.append((now, plan, n, n + 1))
        order += [(claim_id, self._plans[claim_id], -1, 0) for claim_id in self._new]
        return order

    def _kept_statements(self, base_id: str) -> list[Statement]:
        """The statements of a claim of the base text, as rewritten, without those removed."""
        changed = self._changed_items.get(base_id, {})
        kept = []
        for number, statement in enumerate(self._base_claims[base_id].statements):
            now = changed.get(number, statement)
            if now is not None:
                kept.append(now)
        return kept

    def _statements_of(self, plan: _Plan) -> list[Statement]:
        statements = self._kept_statements(plan.base_id) if plan.base_id is not None else []
        for entry in plan.tail:
            if isinstance(entry, _Moved):
                statements += self._kept_statements(entry.claim_id)
            else:
                statements.append(entry)
        return statements

    def _change_statements(
        self, source_id: str, change: Callable[[Statement], Statement | None], name: str
    ) -> int:
        """Apply `change` to every statement of a source; how many it changed or removed."""
        count = 0
        # Found from the cached claims' stored summaries: the others' statements are
        # not built, nor their summaries decoded.
        for claim in cache.claims_citing(list(self._base_claims.values()), (source_id,)):
            changed = self._changed_items.setdefault(claim.id, {})
            for number, statement in enumerate(claim.statements):
                current = changed.get(number, statement)
                if current is None or current.source != source_id:
                    continue
                now = change(current)
                if now == current:
                    continue
                changed[number] = now
                count += 1
        for plan in self._plans.values():
            tail: list[Statement | _Moved] = []
            for entry in plan.tail:
                if isinstance(entry, _Moved) or entry.source != source_id:
                    tail.append(entry)
                    continue
                now = change(entry)
                if now != entry:
                    count += 1
                if now is not None:
                    tail.append(now)
            plan.tail = tail
        if count:
            self._log.append(f"{name}_statements")
            self._touch()
        return count

    def _spliced(self, *, by_parts: bool) -> Spliced:
        from claimtrack import _emit
        from claimtrack._splice import Index

        index = None
        if by_parts:
            # A ledger the cache knew: only the parts a write reads are composed.
            layout = cache.layout_of(self._base) if self._same_places else None
            index = Index.by_parts(
                self._data,
                self._base,
                layout=layout,
                ids=(self._base_ids, self._base_claims.numbers),
            )
        if index is None:
            # Composed whole; the nodes composed from the decoded text have their
            # marks moved to byte offsets once (`Index.of`).
            if self._root is not None and not self._root_in_bytes:
                Index.of(self._data, self._root, self._text)
                self._root_in_bytes = True
            index = Index.of(self._data, self._root)
        splices = index.splices()
        self._splices = (index, splices)
        for base_id, changed in self._changed_items.items():
            if base_id in self._gone:
                continue
            statements = self._base_claims[base_id].statements
            for number, now in sorted(changed.items()):
                if now is None:
                    index.remove_statement(splices, base_id, number)
                else:
                    index.update_statement(splices, base_id, number, statements[number], now)
        gone = sum(now is None for now in self._away.values())
        if self._base.claims and gone == len(self._base_claims):  # no claim of it left
            if not self._new:
                index.empty_claims(splices)
            else:
                for base_id in dict.fromkeys(self._gone):
                    index.drop_claim(splices, base_id)
        else:
            for base_id in dict.fromkeys(self._gone):
                index.drop_claim(splices, base_id)
        offset = index.statement_offset()
        new_claims = []
        order = self._order()
        for claim_id, plan, _, _ in order:
            if claim_id is None or plan is None:
                continue  # claims of the base text as they were (their statements aside)
            if plan.base_id is None:
                new_claims.append((claim_id, plan))
                continue
            if claim_id != plan.base_id:
                index.rename_claim(splices, plan.base_id, claim_id)
            made = self._base_claims[plan.base_id].text
            if plan.text != made:
                index.retext_claim(splices, plan.base_id, made, plan.text)
            if plan.tail:
                index.add_statements(splices, plan.base_id, self._with_changes(plan.tail))
        if new_claims:

            def claims_text(column: int, indent: int) -> str:
                parts = []
                for claim_id, plan in new_claims:
                    dash = column + indent + offset
                    parts.append(_emit.claim_text(claim_id, plan.text, [], column, indent))
                    if plan.tail:
                        parts.append(f"{' ' * (column + indent)}statements:\n")
                        tail = self._with_changes(plan.tail)
                        parts.append(index.entries_text(tail, dash, dash + 2, indent))
                return "".join(parts)

            index.add_entries(splices, "claims", claims_text)
        new_sources = []
        for source in self._sources.values():
            old = self._base.source(source.id)
            if old is None:
                new_sources.append(source)
            elif old != source:
                index.update_source(splices, old, source)
        if new_sources:

            def sources_text(column: int, indent: int) -> str:
                return "".join(_emit.source_text(s, column, indent) for s in new_sources)

            index.add_entries(splices, "sources", sources_text)
        # Plain texts other YAML readers would type are quoted where the write goes:
        # in the small sections, and in the sources and claims it changes.
        touched: list[str] = []
        for claim_id, plan, _, _ in order:
            if claim_id is None:
                continue
            if plan is None:
                if claim_id in self._changed_items:
                    touched.append(claim_id)
            elif plan.base_id is not None and (
                plan.tail
                or claim_id != plan.base_id
                or plan.base_id in self._changed_items
                or plan.text != self._base_claims[plan.base_id].text
            ):
                touched.append(plan.base_id)
        changed_sources = [
            source.id for source in self._sources.values() if self._base.source(source.id)
        ]
        all_sources = not self.quoted and self._typed_plain_sources(index)
        if not self.quoted:
            touched += self._typed_plain(index, {*self._gone, *touched})
        index.quote_touched(splices, touched, changed_sources, all_sources)
        return splices.spliced()

    def _typed_plain_sources(self, index: Index, *, by_blocks: bool = True) -> bool:
        """Whether the lines of some source may hold plain a text that other YAML
        readers would type; found for each source as for claims (`_typed_plain`)."""
        sources = self._base.sources
        places = index.source_places() if index.lazy and by_blocks else None
        if places is None or len(places[0]) != len(sources):
            typed = _scalars.typed_among(t for s in sources for t in _source_texts(s))
            return bool(typed) and index.written_plain_in("sources", typed)
        bounds = [*places[0], places[1]]
        data = self._data
        known = cache.load_typed(self._path, "sources")
        found: dict[bytes, bool] = {}
        # By id: a block whose finding is kept needs no source made (nor a cache load's
        # sources unmarshalled).
        for n, source_id in enumerate(cache.source_ids(sources)):
            block = data[bounds[n] : bounds[n + 1]]
            if source_id.encode("utf-8") not in block[: block.find(b"\n")]:
                return self._typed_plain_sources(index, by_blocks=False)
            key = cache.block_digest(block)
            plain = known.get(key)
            if plain is None:
                texts = _scalars.typed_among(_source_texts(sources[n]))
                plain = bool(texts) and index.written_plain_between(texts, *bounds[n : n + 2])
            found[key] = plain
        if found.keys() != known.keys():
            cache.store_typed(self._path, "sources", found)
        return any(found.values())

    def _typed_plain(self, index: Index, skip: set[str]) -> list[str]:
        """The claims, but those in `skip`, whose lines may hold plain a text that
        other YAML readers would type.

        Whether they do depends on a claim's lines alone: the finding is kept
        in the cache under a hash of them, so a write after a hand edit looks
        again only at the claims whose lines changed.
        """
        if not self._base.claims:
            return []
        if not index.lazy:
            some = [c for c in _typed_claims(self._base) or () if c not in skip]
            if not some:
                return []
            # Only where they may stand plain: a quick look at the text first.
            texts = {t for c in some for t in _typed_texts(self._base_claims[c])}
            if not index.written_plain_in("claims", texts):
                return []
            return [c for c in some if index.written_plain(c, _typed_texts(self._base_claims[c]))]
        places, end = index.claim_places()
        bounds = [*places, end]
        data = memoryview(self._data)  # each claim's lines hashed where they are, not copied
        known = cache.load_typed(self._path, "claims")
        found: dict[bytes, bool] = {}
        plain = []
        for n, claim in enumerate(self._base.claims):
            key = cache.block_digest(data[bounds[n] : bounds[n + 1]])
            typed = known.get(key)
            if typed is None:
                if claim.id in skip:
                    continue
                texts = _typed_texts(claim)
                typed = bool(texts) and index.written_plain(claim.id, texts)
            found[key] = typed
            if typed and claim.id not in skip:
                plain.append(claim.id)
        if found.keys() != known.keys():
            cache.store_typed(self._path, "claims", found)
        return plain

    def _with_changes(self, tail: list[Statement | _Moved]) -> list[Statement | _Moved]:
        """A claim's tail, each moved claim with the changes made to its statements since."""
        out: list[Statement | _Moved] = []
        for entry in tail:
            changed = self._changed_items.get(entry.claim_id) if isinstance(entry, _Moved) else None
            if isinstance(entry, _Moved) and changed:
                base = self._base_claims[entry.claim_id].statements
                changes = tuple((n, base[n], now) for n, now in sorted(changed.items()))
                entry = _Moved(entry.claim_id, changes)
            out.append(entry)
        return out

    def checked(self) -> Ledger | None:
        """The ledger this editor's result reads as, read by the parts that changed.

        What a write left alone was read and validated before: only the claims
        around what changed, and the sections other than `claims`, are read
        again, by the same reader. None when the whole text is to be read (a
        small ledger, an unusual layout, or any problem, which a whole read
        then reports at its place).

        Claims from the cache that the edit moved down or up together are given
        as read, their runs in `moves`: only their positions differ, which no
        comparison of claims sees, and `cache.store_cached` stores them moved.
        """
        from claimtrack._yaml import parse_ledger, read_claims_part

        text = self._dumped
        if self._splices is None or not self._splices[0].lazy or text is None:
            return None
        index, splices = self._splices
        old = self._data
        claims_key = index.top.get("claims")
        if claims_key is None or not self._base.claims:
            return None
        places, section_end = index.claim_places()
        edits = sorted(splices.edits)
        # Where each old place is in the new text: an insert at a claim's first line
        # belongs to the claim before it.
        deltas = [0]
        for start, end, _, _, new in edits:
            deltas.append(deltas[-1] + len(new) - (end - start))
        starts = [(start if start < end else start - 1) for start, end, *_ in edits]

        def moved(at: int) -> int:
            return at + deltas[bisect.bisect_right(starts, at - 1)]

        # The lines each edit adds, summed in order: a line of the old text is found
        # in the new one from these, not by counting through the file.
        gained = [0]
        for start, end, _, _, new in edits:
            gained.append(gained[-1] + new.count(b"\n") - old.count(b"\n", start, end))

        def new_line(at: int, line: int) -> int:
            """The line in the new text of `at`, a line start on the old one's `line`."""
            if any(start < at < end for start, end, *_ in edits):
                return text.count(b"\n", 0, moved(at))  # inside an edit: counted
            return line + gained[bisect.bisect_right(starts, at - 1)]

        touched: set[int] = set()
        elsewhere = False  # an edit outside the claims: the other sections are read again
        outside: list[tuple[int, int]] = []
        for start, end, *_ in edits:
            key = start if start < end else start - 1
            if key < places[0] - 1 and end > places[0]:
                return None  # an edit across the start of the claims
            if places[0] - 1 <= key < section_end:
                # Every claim whose lines the edit reaches into is read again.
                first = max(0, bisect.bisect_right(places, key) - 1)
                last = max(first, bisect.bisect_right(places, max(key, end - 1)) - 1)
                touched.update(range(first, last + 1))
            else:
                elsewhere = True
                outside.append((key, end))
        new_start, new_end = moved(places[0]), moved(section_end)
        head = dataclasses.replace(self._base, claims=())
        sources = self._sources_read_again(text, outside, moved) if elsewhere else None
        if sources is not None:
            # Only fields of sources changed, each read again: the rest stands.
            head = dataclasses.replace(head, sources=sources)
            elsewhere = False
        elif elsewhere:
            rest = text[:new_start] + text[new_end:]
            read, _ = parse_ledger(rest.decode("utf-8"), str(self._path))
            if read is None:
                return None
            head = read
        source_ids = set(cache.source_ids(head.sources))
        claims = cache.ClaimsBuilder()
        bounds = [*places, section_end]
        # How many lines further down a claim is now: changes only past an edited part.
        first_line = self._base.claims[0].position
        assert first_line is not None  # known, as `places` are
        lines = new_line(places[0], first_line.line - 1) - (first_line.line - 1)
        check_sources = elsewhere
        # Where each claim's key line starts in the new text (None: not known).
        new_places: list[int] | None = []
        indent = b" " * index.section_layout("claims")[0]
        base_claims = self._base.claims
        moves: list[tuple[int, int, int]] = []
        read_ids: list[str] = []  # the ids of the claims read again, in order
        n = 0  # the first claim not placed yet
        for stop in [*sorted(touched), len(base_claims)]:
            if n < stop:
                # Claims no edit reached, as read, moved down together: between two
                # touched claims, the lines and bytes before them change by the same.
                if check_sources and not all(
                    s.source in source_ids
                    for claim in base_claims[n:stop]
                    for s in claim.statements
                ):
                    return None  # a source it cites is gone
                if not lines or cache.stored_between(base_claims, n, stop):
                    # Claims from the cache moved down together: recorded once for
                    # the run, not made again one by one with their new positions
                    # (nor made at all, if not yet: `cache.ClaimsBuilder`).
                    if lines:
                        moves.append((claims.count, claims.count + stop - n, lines))
                    claims.add_stretch(base_claims, n, stop)
                else:
                    claims.extend([_shifted(claim, lines) for claim in base_claims[n:stop]])
                if new_places is not None:
                    low = bisect.bisect_right(starts, bounds[n] - 1)
                    if low == bisect.bisect_right(starts, bounds[stop - 1] - 1):
                        new_places.extend([at + deltas[low] for at in bounds[n:stop]])
                    else:
                        new_places.extend([moved(at) for at in bounds[n:stop]])
            if stop == len(base_claims):
                break
            n, claim = stop, base_claims[stop]
            start, end = moved(bounds[n]), moved(bounds[n + 1])
            block = text[start:end]  # joined alone from the splice's pieces
            try:
                written = block.decode("utf-8")
            except UnicodeDecodeError:
                return None
            # Its key line as read: `places` are where the positions say.
            assert claim.position is not None
            line = new_line(bounds[n], claim.position.line - 1)
            part = read_claims_part(written, line, str(self._path), source_ids)
            if part is None:
                return None
            claims.extend(part)
            read_ids.extend(read_claim.id for read_claim in part)
            at = start
            for read_claim in part:
                if new_places is not None:
                    found = _key_line(block, indent, read_claim.id, at - start)
                    if found is None:
                        new_places = None
                    else:
                        new_places.append(start + found)
                    at = end if found is None else start + found + 1
            lines += text.count(b"\n", start, end) - old.count(b"\n", bounds[n], bounds[n + 1])
            n += 1
        made = claims.built()
        if not self._ids_stay_apart(read_ids, touched, made):
            return None
        self.layout = _layout_after(index, edits, moved, text, made, new_places)
        self.moves = moves
        return dataclasses.replace(head, claims=made)

    def _ids_stay_apart(self, read: list[str], touched: set[int], claims: Sequence[Claim]) -> bool:
        """Whether no two of `claims` (the claims `checked` gives) share an id.

        The claims no edit reached are the base text's, each once, and the base
        text's ids are each once (a ledger read): only the ids read again (`read`)
        can meet another, each other's or an id of a claim no edit reached.
        Looked at that way the check takes the claims the write changed, not all.
        """
        base = self._base.claims
        if len(self._base_claims) != len(base):  # ids repeated in the base: counted whole
            return len({claim.id for claim in claims}) == len(claims)
        if len(set(read)) != len(read):
            return False
        read_again = {base[n].id for n in touched}
        return all(id_ not in self._base_claims or id_ in read_again for id_ in read)

    def _sources_read_again(
        self, text: Spliced, edits: list[tuple[int, int]], moved: Callable[[int], int]
    ) -> tuple[Source, ...] | None:
        """The sources, when `edits` (outside the claims, each as where it starts, or
        the character before an insert, and where it ends) all fall inside sources
        read one by one, and change only their fields: those read again from the
        new `text`. None otherwise (the sections are then read whole)."""
        from claimtrack._splice import _LazySources, decoded
        from claimtrack._yaml import read_entries, read_entry

        assert self._splices is not None
        index, splices = self._splices
        lazy = index.sources
        if not isinstance(lazy, _LazySources) or not edits:
            return None
        starts = lazy.entry_starts()
        part = lazy.part()
        if not starts or part is None:
            return None
        bounds = [*starts, part[1]]
        # New sources put after the last one, at a line start: read on their own.
        edits = list(edits)
        added: list[Source] = []
        names = [field.name for field in dataclasses.fields(Source)]
        for start, end, _, _, new in splices.edits:
            if start != end or not bounds[-2] < start <= part[1] or new[:1] != b" ":
                continue
            if self._data[start - 1 : start] != b"\n" or (start - 1, start) not in edits:
                continue
            plain = read_entries("sources", decoded(new))
            if plain is None:
                return None
            added += [Source(**dict(zip(names, p, strict=True))) for p in plain]
            edits.remove((start - 1, start))
        if added:
            known = {source.id for source in self._base.sources}
            ids = [source.id for source in added]
            if len(set(ids)) != len(ids) or known.intersection(ids):
                return None
            if any(s.copy_of is not None and s.copy_of not in known | set(ids) for s in added):
                return None
        if not edits:
            return (*self._base.sources, *added) if added else None
        touched = set()
        for key, end in edits:
            n = bisect.bisect_right(starts, key) - 1
            if n < 0 or key >= part[1] or end > bounds[n + 1]:
                return None
            touched.add(n)
        by_id = {source.id: source for source in self._base.sources}
        found: dict[str, Source] = {}
        for n in sorted(touched):
            block = text[moved(bounds[n]) : moved(bounds[n + 1])].decode("utf-8")
            plain = read_entry("sources", block)
            if plain is None:
                return None
            source = Source(**dict(zip(names, plain, strict=True)))
            old = by_id.get(source.id)
            if old is None or old.copy_of != source.copy_of or source.id in found:
                return None  # an id or a copy changed: checks across sources are made again
            found[source.id] = source
        if len(found) != len(touched):
            return None
        return (*(found.get(source.id, source) for source in self._base.sources), *added)


def _typed_texts(claim: Claim) -> set[str]:
    """The texts of a claim a YAML reader would type otherwise, if plain."""
    values = [claim.id, claim.text, *cache.statement_texts(claim)]
    return {v for v in values if v is not None and _scalars.typed_as(v) is not None}


def _source_texts(source: Source) -> Iterator[str]:
    """The texts of a source, as written in the ledger."""
    for text in (
        *(source.id, source.path, source.title, source.url, source.published),
        *(source.outlet, source.sha256, source.copy_of, *source.extracted),
    ):
        if text is not None:
            yield text


def _typed_claims(ledger: Ledger) -> list[str] | None:
    """The claims with some text a YAML reader would type otherwise, if plain; None when
    no text of the ledger is such (the common case, known without reading the file)."""
    typed = _scalars.typed_as
    texts: list[str | None] = []
    for party in ledger.parties:
        texts += (party.name, party.kind, *party.aliases)
    for source in ledger.sources:
        texts += (source.id, source.path, source.title, source.url, source.published)
        texts += (source.outlet, source.sha256, source.copy_of, *source.extracted)
    texts += (*ledger.cues.asserts, *ledger.cues.denies, *ledger.cues.disputes)
    found = bool(_scalars.typed_among(text for text in texts if text is not None))
    claims = []
    for claim in ledger.claims:
        # From the cache without building the statements: a first write after a
        # hand edit looks through every text of a big ledger.
        values = [claim.id, claim.text, *cache.statement_texts(claim)]
        if any(text is not None and typed(text) is not None for text in values):
            claims.append(claim.id)
    return claims if found or claims else None


def _key_line(text: bytes, indent: bytes, claim_id: str, start: int) -> int | None:
    """Where the key line of `claim_id` first starts in `text` from `start` (a line
    start) on."""
    from claimtrack import _emit

    for spelled in dict.fromkeys((claim_id, _emit.key(claim_id))):
        key = indent + spelled.encode("utf-8") + b":"
        if text.startswith(key, start):
            return start
        found = text.find(b"\n" + key, start)
        if found != -1:
            return found + 1
    return None


# A line at column 0 in a piece of text a write puts in: a section, or a line that
# is not one (either way the sections' layout is found again).
_COLUMN_ZERO_IN = re.compile(rb"\n[^\s#]")


def _layout_after(
    index: Index,
    edits: list[tuple[int, int, int, int, bytes]],
    moved: Callable[[int], int],
    text: Spliced,
    claims: Sequence[Claim],
    places: list[int] | None,
) -> cache.Layout | None:
    """The layout of the text a write made (see `cache.Layout`): the old one's lines at
    column 0 where the edits moved them, and the claims' key lines as found (`places`).
    None when an edit reaches into a line at column 0 or writes one."""
    from claimtrack._splice import _tops_of

    if places is None or len(places) != len(claims):
        return None
    tops = _tops_of(index.text)
    for start, end, _, _, new in edits:
        at_line_start = start == 0 or index.text[start - 1] == 10
        if _COLUMN_ZERO_IN.search(new) or (
            at_line_start and new[:1] not in (b"", b" ", b"#", b"\n")
        ):
            return None
        for top, after, _ in tops:
            if start < end and (
                (start < after and top < end) or (end == top and not at_line_start)
            ):
                return None  # the line itself changed, or joined the one before
            if start == end and top < start <= after:
                return None  # something put into the line (one put before it moves it)
    new_tops = [(moved(top), moved(top) + after - top, name) for top, after, name in tops]
    # Each key line after the one before (pairs compared in C: a pass over every claim).
    if not all(map(operator.lt, places, itertools.islice(places, 1, None))):
        return None
    return new_tops, places


def _shifted(claim: Claim, lines: int) -> Claim:
    """A claim read before, its positions `lines` further down."""
    if not lines:
        return claim
    moved = cache.moved_claim(claim, lines)
    if moved is not None:
        return moved
    statements = tuple(_moved_statement(s, lines) for s in claim.statements)
    position = _moved_down(claim.position, lines)
    return Claim(id=claim.id, text=claim.text, statements=statements, position=position)


_STATEMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Statement))


def _moved_statement(statement: Statement, lines: int) -> Statement:
    # Built field by field: `dataclasses.replace` on tens of thousands costs seconds.
    fields = {name: getattr(statement, name) for name in _STATEMENT_FIELDS}
    fields["position"] = _moved_down(fields["position"], lines)
    moved = object.__new__(Statement)
    object.__setattr__(moved, "__dict__", fields)
    return moved


def _moved_down(position: Position | None, lines: int) -> Position | None:
    return None if position is None else Position(position.line + lines, position.column)
