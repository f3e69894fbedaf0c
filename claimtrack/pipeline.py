"""Wire the stages together for `claimtrack extract` and `claimtrack match`.

Extraction into the ledger follows SPEC.md's rules for hand edits:

1. A source whose content hash is already in the ledger is skipped, so a
   second run over unchanged sources writes nothing (the file stays
   byte-identical) and every hand edit of its statements stands.
2. Each extracted statement has a fingerprint (source, quote, ordinal; see
   ARCHITECTURE.md) recorded in the source's `extracted` list together with a
   short hash of the fields extraction gave it. A fingerprint that was
   extracted before but is no longer in the ledger was deleted by hand and is
   not added back.
3. When a source's text changes, statements whose fingerprint is extracted
   again are kept as they are (corrections included; only `line` follows the
   text). Statements whose sentence is gone are dropped if nobody touched
   them, and kept if a person edited them.
4. A statement's stance is its party's position toward the claim it is filed
   under, so it is decided after grouping, against the claim it joins. A
   statement a person moved to another claim (or whose claim's text a person
   rewrote) has its stance decided again against that claim, unless a person
   set the stance, or any other field, by hand: such a statement is left as it
   is. `extracted` tells the two apart, and is updated along with the stance.
5. The statement a claim's text was made from carries a mark of the claim's
   id and text in its `extracted` entry (`claim_mark`). When a changed source
   drops that statement and the mark still holds (nobody changed the text, or
   the id by hand: `rename` makes the mark again for the new id), the claim's
   text follows the statement of the same source that joins it, and a claim
   left with no statement and no comment goes.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import marshal
import os
import re
import weakref
from collections import Counter, deque
from collections.abc import (
    Callable,
    Collection,
    Container,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack._collector import collect_less, no_collection
from claimtrack.errors import ClaimtrackError
from claimtrack.model import (
    Claim,
    Cues,
    Ledger,
    Party,
    Source,
    Stance,
    Statement,
    changed,
    claim_mark,
)
from claimtrack.parties import THE_OPENING, NameBook

if TYPE_CHECKING:
    from claimtrack._index_store import Normalised
    from claimtrack.claimtext import Proposition
    from claimtrack.grouping import Assignment, ClaimIndex, Normal, PropositionKey, QuotedAgain
    from claimtrack.ledger import LedgerEditor
    from claimtrack.parties import PartyResolver
    from claimtrack.sources import Document, SourceFile
    from claimtrack.stance import Lexicon, Prepared

ProgressFn = Callable[[int, int, str], None]
_NO_CUES = Cues()


@dataclass(frozen=True)
class Extraction:
    """What extraction made of one source file: its statements, or why it failed."""

    path: Path
    source: Source | None = None
    text: str = ""
    # Where the article itself starts in `text`, after any front matter.
    body_start: int = 0
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    # Per-article work for grouping, done where the article was extracted:
    # which statements are grouped as denials though they assert (negative
    # sentences), and the texts grouping normalises, normalised.
    negative: tuple[bool, ...] = ()
    normals: Mapping[str, Normal] = field(default_factory=dict)
    # What each statement says by itself, read by the lexicon (`Lexicon.prepared`).
    readings: tuple[Prepared, ...] = ()
    # Made in a `--jobs` worker, so the process that groups only looks them up:
    # the claim text each statement would start a claim with, should it join
    # none (`ClaimIndex.learn`); each such text read by the lexicon; and each
    # statement's stance toward it (by cue, content and claim text).
    propositions: Mapping[PropositionKey, Proposition] = field(default_factory=dict)
    claim_readings: Mapping[str, Prepared] = field(default_factory=dict)
    towards: Mapping[tuple[str | None, str, str], Stance] = field(default_factory=dict)
    # The body's shingles, for copy detection (`copies.shingles`).
    shingles: frozenset[int] | None = None


@dataclass
class ExtractSummary:
    """Counts for the end-of-run summary line."""

    read: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    statements_added: int = 0
    statements_kept_deleted: int = 0
    claims_created: int = 0
    copies: int = 0
    # Statements whose stance was decided again after a person moved them.
    stances_settled: int = 0
    # Statements whose content is no proposition and matches no claim.
    statements_not_filed: int = 0
    # Claims whose text followed a corrected article, and claims a corrected
    # article left with no statement, removed.
    claims_retexted: int = 0
    claims_emptied: int = 0


def _fingerprint(source_id: str, quote: str, ordinal: int) -> str:
    """Identity of an extracted statement that survives edits to its fields."""
    key = f"{source_id}\n{quote}\n{ordinal}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def fields_hash(statement: Statement) -> str:
    """A short hash of the fields a person may correct, to tell touched from untouched."""
    key = "\x1f".join(
        str(v)
        for v in (
            statement.party,
            statement.stance.value,
            statement.speaker,
            statement.cue,
            " ".join(statement.content.split()),
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:4]


def fingerprints(statements: Iterable[Statement]) -> list[str]:
    """Fingerprints of statements of one source, in order (ordinal per equal quote)."""
    seen: Counter[tuple[str, str]] = Counter()
    result = []
    for statement in statements:
        key = (statement.source, " ".join(statement.quote.split()))
        result.append(_fingerprint(*key, seen[key]))
        seen[key] += 1
    return result


def held_fingerprints(held: Sequence[Statement], recorded: Mapping[str, str]) -> list[str]:
    """Fingerprints of the ledger's statements of one source (`held`, in line order),
    given what the source's `extracted` entries record (`_parse_extracted`).

    An ordinal counts every statement extraction found with the same quote, but
    the ledger holds only some of them: one not filed, deleted by hand, or in a
    claim further down may leave a gap. So a statement nobody touched takes the
    ordinal whose recorded fields are its own; the others (corrected by hand,
    or added by hand) take their place among the held ones when it is free, and
    else the first ordinal left.
    """
    result = fingerprints(held)
    if not recorded:
        return result
    groups: dict[tuple[str, str], list[int]] = {}
    for at, statement in enumerate(held):
        groups.setdefault((statement.source, " ".join(statement.quote.split())), []).append(at)
    for key, places in groups.items():
        if all(recorded.get(result[at]) == fields_hash(held[at]) for at in places):
            continue  # each where its place puts it, the common case
        # Every ordinal this quote was recorded with, and one more for each held.
        ordinals: dict[int, str] = {}
        ordinal = 0
        while ordinal < len(places) or _fingerprint(*key, ordinal) in recorded:
            ordinals[ordinal] = _fingerprint(*key, ordinal)
            ordinal += 1
        taken: set[int] = set()
        left = set()
        for at in places:
            own = fields_hash(held[at])
            found = next(
                (o for o, fp in ordinals.items() if o not in taken and recorded.get(fp) == own),
                None,
            )
            if found is None:
                left.add(at)
            else:
                taken.add(found)
                result[at] = ordinals[found]
        for rank, at in enumerate(places):
            if at not in left:
                continue
            found = rank if rank not in taken else min(o for o in ordinals if o not in taken)
            taken.add(found)
            result[at] = ordinals[found]
    return result


# --- reading and extracting, in worker processes when asked -------------------------

_WORKER: dict[str, object] = {}


def _init_worker(parties: tuple[Party, ...], cues: Cues) -> None:
    from claimtrack.parties import PartyResolver
    from claimtrack.stance import Lexicon

    # A long-lived worker (a Dask worker scanning an archive) is asked again and
    # again with the same ledger: build the resolver and lexicon only once.
    if _WORKER.get("made_for") == (parties, cues):
        return
    _WORKER["resolver"] = PartyResolver.build(parties)
    _WORKER["lexicon"] = Lexicon.build(cues)
    _WORKER["made_for"] = (parties, cues)
    # Speakers normalised by this resolver, from one article to the next.
    _WORKER["speakers"] = {}


def _init_pool_worker(parties: tuple[Party, ...], cues: Cues, eager: bool) -> None:
    _end_with_parent()
    collect_less()
    _init_worker(parties, cues)
    _WORKER["eager"] = eager


# How often a worker looks whether the process that started it is still there.
_PARENT_CHECK_SECONDS = 0.5


def _end_with_parent() -> None:
    """End this worker process as soon as its parent is gone, however the parent ended.

    A parent killed outright (`kill -9`) cannot stop its pool, and a worker
    waiting for work would wait forever; so a daemon thread watches the
    parent's id, which changes when the worker is orphaned (on POSIX; on
    Windows the pool's pipes break instead).
    """
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


# Articles break lines at least between paragraphs; a line this long is a data
# dump or an encoded file, and would only make extraction crawl.
MAX_LINE_CHARS = 100_000


def _extract_one(file: SourceFile) -> Extraction:
    from claimtrack.sources import display_path, read_document

    path = file.path
    shown = display_path(path)
    try:
        doc = read_document(path, file.id, file.recorded)
    except ClaimtrackError as err:
        return Extraction(path=path, error=str(err))
    except OSError as err:
        return Extraction(path=path, error=f"{shown}: cannot read: {err.strerror or err}")
    except Exception as err:  # one article must not stop the others
        return Extraction(path=path, error=f"{shown}: cannot read it ({_reason(err)})")
    return _extract_read(doc, path, shown, prepare=True)


def extract_document(
    doc: Document, parties: tuple[Party, ...] = (), cues: Cues = _NO_CUES, name: str | None = None
) -> Extraction:
    """Extract one article already read (a record of an archive), as `extract` would a file.

    `name` is how messages call the article (default: its path). The
    resolver and lexicon are built once per process for the same `parties`
    and `cues`.
    """
    _init_worker(parties, cues)
    return _extract_read(doc, Path(doc.source.path), name or doc.source.path)


def _extract_read(doc: Document, path: Path, shown: str, prepare: bool = False) -> Extraction:
    from claimtrack.copies import shingles
    from claimtrack.describe import described_in
    from claimtrack.extraction import extract_statements
    from claimtrack.grouping import prepare_statements
    from claimtrack.referents import referents_in

    too_long = _overlong_line(doc.text)
    if too_long is not None:
        line, length = too_long
        return Extraction(
            path=path,
            error=f"{shown}:{line}: a line of {length:,} characters; an article's "
            f"lines are far shorter (at most {MAX_LINE_CHARS:,}). Is it really an article? "
            "Break it into paragraphs to read it.",
        )
    try:
        statements = extract_statements(doc, _WORKER["resolver"], _WORKER["lexicon"])  # type: ignore[arg-type]
        statements = described_in(doc.text, statements, doc.source.title)
        statements = referents_in(doc.text, statements, _WORKER["resolver"], doc.body[0])  # type: ignore[arg-type]
        if doc.origin is not None:  # spans into the file, not the text read out of it
            statements = [_in_file(doc, statement) for statement in statements]
        negative: tuple[bool, ...] = ()
        normals: Mapping[str, Normal] = {}
        readings: tuple[Prepared, ...] = ()
        started: list[tuple[Statement, PropositionKey, Proposition]] = []
        claim_readings: dict[str, Prepared] = {}
        towards: dict[tuple[str | None, str, str], Stance] = {}
        sample = None
        if prepare:
            lexicon: Lexicon = _WORKER["lexicon"]  # type: ignore[assignment]
            readings = tuple(lexicon.prepared(s.cue, s.content) for s in statements)
            negative = tuple(_negative(s, lexicon) for s in statements)
            against = (
                s.stance is not Stance.ASSERTS or n
                for s, n in zip(statements, negative, strict=True)
            )
            eager = bool(_WORKER.get("eager"))
            normals = prepare_statements(
                zip(statements, against, strict=True),
                _WORKER["resolver"],  # type: ignore[arg-type]
                started if eager else None,
                _WORKER["speakers"],  # type: ignore[arg-type]
            )
            if eager:
                claim_readings, towards = _read_claims(started, lexicon)
            sample = shingles(doc.text[doc.body[0] :])
    except Exception as err:  # one article must not stop the others
        return Extraction(
            path=path,
            error=f"{shown}: extraction failed ({_reason(err)}); please report this with the file",
        )
    return Extraction(
        path=path,
        source=doc.source,
        text=doc.text,
        body_start=doc.body[0],
        statements=tuple(statements),
        warnings=doc.warnings,
        negative=negative,
        normals=normals,
        readings=readings,
        propositions={key: made for _, key, made in started},
        claim_readings=claim_readings,
        towards=towards,
        shingles=sample,
    )


def _read_claims(
    started: Sequence[tuple[Statement, PropositionKey, Proposition]], lexicon: Lexicon
) -> tuple[dict[str, Prepared], dict[tuple[str | None, str, str], Stance]]:
    """The claim texts one article's statements would start, read by the lexicon,
    and each statement's stance toward the claim texts it would start."""
    from claimtrack.stance import classify_stance

    readings: dict[str, Prepared] = {}
    towards: dict[tuple[str | None, str, str], Stance] = {}
    for statement, _, made in started:
        text = made.text
        if text is None:
            continue
        if text not in readings:
            readings[text] = lexicon.prepared(None, text)
        key = (statement.cue, statement.content, text)
        if key not in towards:
            towards[key] = classify_stance(
                statement.cue, statement.content, lexicon, claim=text, grouped=True
            )
    return readings, towards


def _in_file(doc: Document, statement: Statement) -> Statement:
    def moved(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else doc.in_file(span)

    return replace(
        statement,
        span=moved(statement.span),
        speaker_span=moved(statement.speaker_span),
        cue_span=moved(statement.cue_span),
        content_span=moved(statement.content_span),
    )


def _reason(error: BaseException) -> str:
    """An exception as a reason a person can read, even one raised with no message."""
    return str(error) or type(error).__name__


def _overlong_line(text: str) -> tuple[int, int] | None:
    """The first line over `MAX_LINE_CHARS` (1-based number and length), if any."""
    if len(text) <= MAX_LINE_CHARS:
        return None
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > MAX_LINE_CHARS:
            return number, len(line)
    return None


def extract_files(
    paths: Sequence[SourceFile],
    parties: tuple[Party, ...] = (),
    cues: Cues = _NO_CUES,
    jobs: int = 1,
    progress: ProgressFn | None = None,
) -> Iterator[Extraction]:
    """Read and extract each file, in order, using `jobs` processes (0 = every core)."""
    total = len(paths)
    with contextlib.closing(_extracted(paths, parties, cues, jobs)) as results:
        for done, result in enumerate(results, 1):
            if progress:
                progress(done, total, str(result.path))
            yield result


def _extracted(
    paths: Sequence[SourceFile], parties: tuple[Party, ...], cues: Cues, jobs: int
) -> Generator[Extraction, None, None]:
    jobs = jobs or os.cpu_count() or 1
    total = len(paths)
    if jobs == 1 or total < 2:
        _init_worker(parties, cues)
        yield from map(_extract_one, paths)
        return
    # With a few processes the workers' share of the work is the larger one;
    # with more, the grouping that follows in this process: then the workers
    # do beforehand all they can of its work, even what it may not need.
    eager = jobs >= _EAGER_JOBS
    # This process is one of the `jobs`: it extracts whenever it would wait for
    # a worker. A worker more would only warm its own caches and compile its own
    # patterns on a core this process needs, and hand back through a pipe what
    # this process would otherwise have made itself, caches warmed for grouping.
    workers = min(jobs - 1, total // _CHUNK - 1)
    # The first chunk is extracted here, before any worker starts: a worker forked
    # from this process (as on Linux) begins with the resolver and lexicon built,
    # the patterns compiled and the caches warm, where each would otherwise spend
    # its first articles warming its own; this process would only wait for them.
    _init_worker(parties, cues)
    first = [_extract_one(file) for file in paths[:_CHUNK]]
    chunks = iter([paths[i : i + _CHUNK] for i in range(_CHUNK, total, _CHUNK)])
    if workers < 1:
        yield from first
        yield from map(_extract_one, paths[_CHUNK:])
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_pool_worker, initargs=(parties, cues, eager)
    ) as pool:
        yield from first
        yield from _in_order(pool, chunks, _AHEAD * workers)


def _in_order(
    pool: ProcessPoolExecutor, chunks: Iterator[Sequence[SourceFile]], most: int
) -> Iterator[Extraction]:
    """The extractions of `chunks`, in order: each given to `pool`, at most `most`
    at a time, or extracted here whenever the one due is not ready yet and this
    process would only wait for it (the next chunk, or the last one given and
    not yet taken up by a worker)."""
    # Only a few chunks ahead of the one taken: workers far ahead of the
    # process that groups their articles would only hold memory; and at the
    # end this process takes back what no worker has begun.
    ahead: deque[tuple[Sequence[SourceFile], Future[list[Extraction]] | list[Extraction]]]
    ahead = deque(
        (chunk, pool.submit(_extract_chunk, chunk)) for chunk in itertools.islice(chunks, most)
    )
    try:
        while ahead:
            _, due = ahead[0]
            if isinstance(due, Future) and not due.done() and _extract_instead(ahead, chunks):
                continue
            ahead.popleft()
            if isinstance(due, Future):
                chunk = next(chunks, None)
                if chunk is not None:
                    ahead.append((chunk, pool.submit(_extract_chunk, chunk)))
                due = due.result()
            yield from due
    finally:
        for _, pending in ahead:
            if isinstance(pending, Future):
                pending.cancel()


def _extract_instead(
    ahead: deque[tuple[Sequence[SourceFile], Future[list[Extraction]] | list[Extraction]]],
    chunks: Iterator[Sequence[SourceFile]],
) -> bool:
    """Extract here a chunk no worker has begun, rather than wait: the next one,
    or else the last one given to the pool that can still be taken back."""
    chunk = next(chunks, None)
    if chunk is not None:
        ahead.append((chunk, _extract_chunk(chunk)))
        return True
    for at in range(len(ahead) - 1, -1, -1):
        chunk, given = ahead[at]
        if isinstance(given, Future) and given.cancel():
            ahead[at] = (chunk, _extract_chunk(chunk))
            return True
    return False


# Files a worker is given at a time, and the number of processes from which
# workers do grouping's work beforehand (`_init_pool_worker`).
_CHUNK = 4
_EAGER_JOBS = 3
# Chunks given to the pool at a time, for each worker.
_AHEAD = 4


def _extract_chunk(files: Sequence[SourceFile]) -> list[Extraction]:
    return [_extract_one(file) for file in files]


def pending_paths(files: Sequence[SourceFile], ledger: Ledger) -> tuple[list[SourceFile], int]:
    """The files whose content is not yet in the ledger, and how many were skipped."""
    known = {s.id: s.sha256 for s in ledger.sources}
    pending = []
    for file in files:
        sha = known.get(file.id)
        if sha is not None and _sha256_file(file.path) == sha:
            continue
        pending.append(file)
    return pending, len(files) - len(pending)


def name_files(paths: Sequence[Path], ledger: Ledger) -> list[SourceFile]:
    """The source id of each file, as `ledger` knows it or new and unique."""
    from claimtrack.sources import name_sources

    recorded = {source.path: source.id for source in ledger.sources}
    return name_sources(paths, ledger_folder(ledger), recorded)


def ledger_folder(ledger: Ledger) -> Path:
    """The folder that the ledger's source paths are relative to: the ledger's own."""
    return Path(ledger.path).parent


def _sha256_file(path: Path) -> str | None:
    from claimtrack.sources import read_source_bytes

    try:
        return hashlib.sha256(read_source_bytes(path)).hexdigest()
    except ClaimtrackError:
        return None


# --- planning what a changed or new source contributes ------------------------------


@dataclass(frozen=True)
class SourcePlan:
    """What ingesting one extraction does to the ledger."""

    source: Source
    add: tuple[Statement, ...]
    drop: frozenset[Statement]
    kept_deleted: int
    # Ledger statements whose sentence moved in a changed text, and their new line.
    moved: Mapping[Statement, int] = field(default_factory=dict)
    # Claims whose text extraction made (and nobody changed) from a statement
    # this plan drops: the text follows the statement of the corrected sentence
    # that joins the claim, and a claim left with no statement goes.
    follow: frozenset[str] = frozenset()
    # The fingerprint of each statement in `add`.
    added_fps: tuple[str, ...] = ()
    # The fingerprint of each statement extracted, in order: `_with_final_stances`
    # records them again with their final stances.
    fresh_fps: tuple[str, ...] = ()


def _parse_extracted(entries: Iterable[str]) -> dict[str, str]:
    """`fingerprint:fields` entries as a mapping (a claim's mark after them left out)."""
    result = {}
    for entry in entries:
        fp, _, fields = entry.partition(":")
        result[fp] = fields.partition(":")[0]
    return result


def _marks(entries: Iterable[str]) -> dict[str, str]:
    """The claim marks of `fingerprint:fields:mark` entries (`claim_mark`), by fingerprint."""
    result = {}
    for entry in entries:
        fp, _, fields = entry.partition(":")
        mark = fields.partition(":")[2]
        if mark:
            result[fp] = mark
    return result


def _entry(fp: str, fields: str, mark: str | None) -> str:
    return f"{fp}:{fields}:{mark}" if mark else f"{fp}:{fields}"


def plan_source(extraction: Extraction, ledger: Ledger, copy_of: str | None) -> SourcePlan:
    """Decide which extracted statements to add and which ledger statements to drop.

    An extracted statement is added unless the ledger has it already (perhaps
    corrected) or had it and a person deleted it. A ledger statement of the
    source is dropped only when its sentence is no longer extracted and nobody
    touched it; statements a person added or edited always stay.
    """
    assert extraction.source is not None
    new = extraction.source
    old = ledger.source(new.id)
    previously = _parse_extracted(old.extracted if old else ())
    marks = _marks(old.extracted if old else ())
    present = _statements_of_source(ledger, new.id)
    present_fps = held_fingerprints(present, previously)
    present_set = set(present_fps)
    fresh = fingerprints(extraction.statements)
    fresh_set = set(fresh)
    add = []
    added_fps = []
    kept_deleted = 0
    for statement, fp in zip(extraction.statements, fresh, strict=True):
        if fp in present_set:
            continue
        if fp in previously:
            kept_deleted += 1
            continue
        add.append(statement)
        added_fps.append(fp)
    drop = frozenset(
        statement
        for statement, fp in zip(present, present_fps, strict=True)
        if fp not in fresh_set and previously.get(fp) == fields_hash(statement)
    )
    follow = _followed(ledger, new.id, drop, present, present_fps, marks)
    new_lines = {fp: s.line for s, fp in zip(extraction.statements, fresh, strict=True)}
    moved = {
        statement: new_lines[fp]
        for statement, fp in zip(present, present_fps, strict=True)
        if fp in new_lines and new_lines[fp] != statement.line
    }
    # A fingerprint deleted by hand (or with its claim, by `drop`) is remembered
    # even while its sentence is out of the text, so a later version of the
    # article that puts the sentence back does not bring the statement back.
    deleted = tuple(
        f"{fp}:{fields}"
        for fp, fields in previously.items()
        if fp not in present_set and fp not in fresh_set
    )
    # An entry keeps its claim's mark; one added gets a mark when its statement
    # starts a claim (`_apply`).
    extracted = (
        *(
            _entry(fp, fields_hash(s), marks.get(fp))
            for s, fp in zip(extraction.statements, fresh, strict=True)
        ),
        *deleted,
    )
    source = replace(new, extracted=extracted, copy_of=copy_of)
    if old is not None:
        # A person may have corrected the metadata: keep what the ledger has.
        source = replace(
            source,
            title=old.title or new.title,
            url=old.url or new.url,
            published=old.published or new.published,
            outlet=old.outlet or new.outlet,
            copy_of=old.copy_of or copy_of,
        )
    return SourcePlan(
        source, tuple(add), drop, kept_deleted, moved, follow, tuple(added_fps), tuple(fresh)
    )


def _followed(
    ledger: Ledger,
    source_id: str,
    drop: Collection[Statement],
    present: Sequence[Statement],
    present_fps: Sequence[str],
    marks: Mapping[str, str],
) -> frozenset[str]:
    """The claims whose text extraction made from a statement in `drop`, and whose
    id and text nobody changed since: their mark (`claim_mark`) still holds."""
    marked = [
        statement
        for statement, fp in zip(present, present_fps, strict=True)
        if fp in marks and statement in drop
    ]
    if not marked:
        return frozenset()
    claim_of = _claims_of_statements(ledger, source_id)
    fps = dict(zip(present, present_fps, strict=True))
    found = set()
    for statement in marked:
        claim_id = claim_of.get(statement)
        claim = ledger.claim(claim_id) if claim_id is not None else None
        if claim is not None and claim_mark(claim.id, claim.text) == marks[fps[statement]]:
            found.add(claim.id)
    return frozenset(found)


def _statements_of_source(ledger: Ledger, source_id: str) -> list[Statement]:
    """The ledger's statements of one source, by line (in claim order where lines tie).

    Only the claims citing the source build their statements: extracting one
    article into a big ledger has no need of the others, and building every
    statement cost more than grouping the article.
    """
    if _BY_SOURCE and _BY_SOURCE[0][0]() is ledger:
        return list(_BY_SOURCE[0][1].get(source_id, ()))
    found = [
        statement
        for claim in _citing_one(ledger, source_id)
        for statement in claim.statements
        if statement.source == source_id
    ]
    found.sort(key=lambda s: s.line)
    return found


def _claims_of_statements(ledger: Ledger, source_id: str) -> dict[Statement, str]:
    """The claim each of the ledger's statements of one source is in (the last one,
    for equal statements in two claims)."""
    return {
        statement: claim.id
        for claim in _citing_one(ledger, source_id)
        for statement in claim.statements
        if statement.source == source_id
    }


# The claims citing each source, of the ledger last asked about: taken from each
# claim's summary, which a claim read from the cache has without its statements.
_CITING: list[tuple[weakref.ref[Ledger], dict[str, list[Claim]]]] = []
# The claims citing each of the few sources asked about first, of the ledger last
# asked about (`_citing_one`).
_CITING_FEW: list[tuple[weakref.ref[Ledger], dict[str, list[Claim]]]] = []
# How many sources of one ledger are looked for one by one before the claims citing
# every source are found at once: a search costs about a sixth of the whole map.
_CITING_ONE_BY_ONE = 4


def _citing_few(ledger: Ledger) -> dict[str, list[Claim]]:
    """The claims citing each source found alone so far, for `ledger` (a new map when
    the ledger is another than last asked about)."""
    if not (_CITING_FEW and _CITING_FEW[0][0]() is ledger):
        _CITING_FEW[:] = [(weakref.ref(ledger), {})]
    return _CITING_FEW[0][1]


def _citing_one(ledger: Ledger, source_id: str) -> Sequence[Claim]:
    """The claims citing one source, in ledger order. For the first few sources asked
    about, each is looked for alone (`cache.claims_citing`: a search of the cached
    claims' summaries, the claims it finds alone decoded); after that, and once the
    claims citing every source are known, from those (`_citing`). Extracting one
    article into a big ledger has no need of every claim's summary."""
    if _CITING and _CITING[0][0]() is ledger:
        return _CITING[0][1].get(source_id, ())
    few = _citing_few(ledger)
    found = few.get(source_id)
    if found is None:
        if len(few) >= _CITING_ONE_BY_ONE:
            return _citing(ledger).get(source_id, ())
        from claimtrack.cache import claims_citing

        found = few[source_id] = claims_citing(ledger.claims, (source_id,))
    return found


def _find_citing(ledger: Ledger, source_ids: Collection[str]) -> None:
    """Find the claims citing each of `source_ids` in one search of the cached claims'
    summaries, for `_citing_one` to give: a write that settles the stances of a
    few sources asks about each (unless every source's claims are known)."""
    if _CITING and _CITING[0][0]() is ledger:
        return
    few = _citing_few(ledger)
    wanted = {source_id for source_id in source_ids if source_id not in few}
    if not wanted:
        return
    from claimtrack.cache import cited_sources, claims_citing

    for source_id in wanted:
        few[source_id] = []
    for claim in claims_citing(ledger.claims, wanted):
        for source_id in wanted.intersection(cited_sources(claim)):
            few[source_id].append(claim)


def _citing(ledger: Ledger) -> dict[str, list[Claim]]:
    from claimtrack.cache import claim_summary

    if _CITING and _CITING[0][0]() is ledger:
        return _CITING[0][1]
    found: dict[str, list[Claim]] = {}
    for claim in ledger.claims:
        for source_id in claim_summary(claim)[0]:
            found.setdefault(source_id, []).append(claim)
    _CITING[:] = [(weakref.ref(ledger), found)]
    return found


# The statements of the ledger last asked about, by source: asked once per
# source, a scan of every claim each time would make ingest quadratic.
_BY_SOURCE: list[tuple[weakref.ref[Ledger], dict[str, list[Statement]]]] = []


def _by_source(ledger: Ledger) -> dict[str, list[Statement]]:
    if _BY_SOURCE and _BY_SOURCE[0][0]() is ledger:
        return _BY_SOURCE[0][1]
    found: dict[str, list[Statement]] = {}
    for claim in ledger.claims:
        for statement in claim.statements:
            found.setdefault(statement.source, []).append(statement)
    for statements in found.values():
        statements.sort(key=lambda s: s.line)
    _BY_SOURCE[:] = [(weakref.ref(ledger), found)]
    return found


# --- ingest: extract new and changed sources into the ledger ------------------------


def _resolver(parties: Sequence[Party]) -> PartyResolver:
    from claimtrack.parties import PartyResolver

    return PartyResolver.build(parties)


def build_index(ledger: Ledger, resolver: PartyResolver, *, keep: bool = True) -> ClaimIndex:
    """A claim index over the ledger: each claim's text, then its statements' contents.

    `resolver` finds the ledger's own parties. The index of a big ledger is
    kept in the cache in a compact form (`claimtrack._index_store`), for this
    ledger, the code and the parties, and read lazily: grouping an article
    makes Python objects of only the entries it looks at. The kept index
    follows the ledger claim by claim: only the claims whose texts changed,
    that are gone or that were added at the end are taken out and put in
    again, so a run after a write or a hand edit costs what changed. Either
    way the index equals one built afresh. Without `keep`, an index that had
    to change is stored again only once it has fallen `_UNKEPT_AT_MOST`
    claims behind the ledger: storing a big index costs more than following
    a few claims again (`add`, which changes one claim, passes it).
    """
    if not _holds_texts(ledger, _INDEX_KEPT_FROM):
        return _fresh_index([(claim.id, _texts_of(claim)) for claim in ledger.claims], resolver)

    from claimtrack import cache
    from claimtrack._index_store import Store

    name = _index_name(ledger)
    # Each claim's number by its id (the last of an id repeated): a claim is asked
    # for only when the index follows it (the cache's are made a batch at a time).
    numbers = dict(zip(cache.claim_ids(ledger.claims), itertools.count()))

    def normalised(claim_ids: Sequence[str]) -> list[list[Normalised]]:
        wanted = [ledger.claims[numbers[claim_id]] for claim_id in claim_ids]
        return _normalised(wanted, resolver, ledger.parties)

    # Many small objects that all live on: the cyclic collector would only scan
    # them again and again as they are made.
    with no_collection():
        kept = cache.load_appended_note("index", name)
        store = (Store.loaded(*kept[:2], kept[2].holds) if kept is not None else None) or Store()
        digests = cache.claim_digests(ledger.claims)
        followed = store.follow(digests, normalised)
        if followed > (0 if keep else _UNKEPT_AT_MOST):
            cache.store_appended_note("index", name, store.save, kept and kept[2])
        return store.index(resolver, last=True)  # saved above, followed no more


# How many claims a kept index may lag behind the ledger when a command that
# changes one claim does not store it again.
_UNKEPT_AT_MOST = 20
# Below this many texts, an index is built quicker than it is loaded.
_INDEX_KEPT_FROM = 2_000
# Texts to normalise from which those normalised for the last index built are
# read first (fewer are quicker to normalise again).
_NORMALS_READ_FROM = 500


def _holds_texts(ledger: Ledger, many: int) -> bool:
    """Whether the index of the ledger may hold `many` texts (claims and statements):
    counted only until there are that many, not through a big ledger's every claim."""
    from claimtrack.cache import claim_summary

    count = len(ledger.claims)
    for claim in ledger.claims:
        if count >= many:
            break
        count += sum(claim_summary(claim)[1])
    return count >= many


def _index_name(ledger: Ledger) -> str:
    """The name of a ledger's kept index: its path, the code and the parties."""
    from claimtrack.cache import code_digest, ledger_file

    key = b"claim-index\0" + code_digest()
    key += _encoded([repr(tuple(ledger.parties)), str(ledger_file(Path(ledger.path)))])
    return hashlib.sha256(key).hexdigest()


def _texts_of(claim: Claim) -> tuple[str, ...]:
    """What the index holds of a claim, in order: its text, its statements' contents."""
    from claimtrack.cache import statement_contents

    return (claim.text, *(content for content in statement_contents(claim) if content))


def _fresh_index(texts: Iterable[tuple[str, Sequence[str]]], resolver: PartyResolver) -> ClaimIndex:
    from claimtrack.grouping import ClaimIndex

    index = ClaimIndex(resolver)
    for claim_id, claim_texts in texts:
        for text in claim_texts:
            index.add(claim_id, text)
    return index


# Each text's terms and actors as the ledger's parties make them: working them
# out is most of what building an index costs (about three quarters of it), so
# those of the texts of the last index built whole are kept, under a key of the
# code and the parties (`_normalised`).
_Normalised = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _normalised(
    claims: Sequence[Claim], resolver: PartyResolver, parties: Sequence[Party]
) -> list[list[Normalised]]:
    """Each claim's texts with their words, party terms and actors.

    A text's terms and actors depend only on the text, the parties and the
    code, which the key of those kept stands for.
    """
    from claimtrack import cache
    from claimtrack.grouping import ClaimIndex

    texts = [_texts_of(claim) for claim in claims]
    many = sum(map(len, texts)) >= _NORMALS_READ_FROM
    name = _normalised_name(parties)
    known = _stored_normalised(name) if many else {}
    used: dict[str, _Normalised] = {}
    normalised_now = 0
    scratch = ClaimIndex(resolver)
    found: list[list[Normalised]] = []
    for claim_texts in texts:
        row: list[Normalised] = []
        for text in claim_texts:
            terms = used.get(text) or known.get(text)
            if terms is None:
                normal = scratch.normal(text)
                terms = (normal.terms.words, normal.terms.parties, tuple(sorted(normal.actors)))
                normalised_now += 1
            used[text] = terms
            row.append((text, *terms))
        found.append(row)
    if normalised_now and many:
        cache.store_note("normals", name, marshal.dumps(used))
    return found


def _normalised_name(parties: Sequence[Party]) -> str:
    from claimtrack.cache import code_digest

    key = b"normalised\0" + code_digest() + _encoded([repr(tuple(parties))])
    return hashlib.sha256(key).hexdigest()


def _stored_normalised(name: str) -> dict[str, _Normalised]:
    from claimtrack import cache

    return cache.load_mapping_note("normals", name)


def _encoded(texts: Sequence[str]) -> bytes:
    """Texts as bytes that no other texts give (`marshal` may write equal ones apart)."""
    fields = [text.encode("utf-8", "surrogatepass") for text in texts]
    return b"".join(b"%d:%d:" % (len(fields), len(f)) + f for f in fields)


def _threshold(ledger: Ledger, threshold: float | None) -> float:
    from claimtrack.grouping import DEFAULT_THRESHOLD

    if threshold is not None:
        return threshold
    return ledger.settings.threshold if ledger.settings.threshold is not None else DEFAULT_THRESHOLD


def extract_pending(
    ledger: Ledger,
    paths: Sequence[Path],
    *,
    force: bool = False,
    jobs: int = 1,
    progress: ProgressFn | None = None,
) -> tuple[list[Extraction], ExtractSummary]:
    """Extract the sources under `paths` that are new or changed (all of them with `force`)."""
    _, extractions, summary = _extract_stream(ledger, paths, force, jobs, progress)
    return list(extractions), summary


def _extract_stream(
    ledger: Ledger, paths: Sequence[Path], force: bool, jobs: int, progress: ProgressFn | None
) -> tuple[frozenset[str], Iterator[Extraction], ExtractSummary]:
    """The ids of the sources to read, their extractions as they come, and the
    summary, complete once they have all come."""
    from claimtrack.sources import gather_sources

    found = gather_sources(paths, ledger_folder(ledger))
    files = name_files(found.files, ledger)
    pending, skipped = (files, 0) if force else pending_paths(files, ledger)
    summary = ExtractSummary(read=len(pending) + len(found.refused), skipped=skipped)
    summary.failed.extend(found.refused)
    summary.warnings.extend(found.warnings)

    def extracted() -> Iterator[Extraction]:
        for extraction in extract_files(pending, ledger.parties, ledger.cues, jobs, progress):
            if extraction.error is not None:
                summary.failed.append((str(extraction.path), extraction.error))
                continue
            summary.warnings.extend((str(extraction.path), w) for w in extraction.warnings)
            yield extraction

    return frozenset(file.id for file in pending), extracted(), summary


def _existing_texts(ledger: Ledger, skip: Container[str]) -> Iterator[tuple[str, str]]:
    from claimtrack.sources import read_document, resolve_recorded

    root = ledger_folder(ledger)
    for source in ledger.sources:
        if source.id in skip:
            continue
        try:
            document = read_document(resolve_recorded(source.path, root))
        except ClaimtrackError:
            continue  # moved, deleted or replaced since: it can no longer be compared
        yield source.id, document.text[document.body[0] :]


def copies_among(ledger: Ledger, extractions: Sequence[Extraction]) -> dict[str, str]:
    """Which new sources copy an ingested one, or an earlier new one."""
    new_ids = frozenset(e.source.id for e in extractions if e.source is not None)
    copy_of = _copy_finder(ledger, new_ids)
    found = {e.source.id: copy_of(e) for e in extractions if e.source is not None}
    return {k: v for k, v in found.items() if v is not None}


def _copy_finder(ledger: Ledger, new_ids: frozenset[str]) -> Callable[[Extraction], str | None]:
    """Which ingested source, or earlier new one, each new source copies, as they come.

    The ledger's sources other than `new_ids` (those read again) are taken first.
    """
    from claimtrack.copies import CopyFinder

    finder = CopyFinder()
    for source_id, text in _existing_texts(ledger, new_ids):
        finder.add(source_id, text)

    def copy_of(extraction: Extraction) -> str | None:
        assert extraction.source is not None
        # Bodies only: two outlets' front matter differs even when their story is one.
        body = extraction.text[extraction.body_start :]
        return finder.add(extraction.source.id, body, extraction.shingles)

    return copy_of


@dataclass(frozen=True)
class Planned:
    """One statement to add and the claim it goes to."""

    statement: Statement
    assignment: Assignment
    source: Source
    # Its fingerprint in its source (`fingerprints`).
    fingerprint: str = ""


def _party_names(ledger: Ledger) -> NameBook:
    """The names the ledger files parties under: its `parties:` block's, then its
    statements' (each claim's cached summary; no statement built)."""
    from claimtrack.cache import filed_parties

    resolver = _resolver(ledger.parties)
    book = NameBook()
    for party in ledger.parties:
        book.add(party.name, party.kind == "person")
    # Each name once, in the order first met: a big ledger names a few
    # parties tens of thousands of times (the cache's index tells each batch's).
    for name in filed_parties(ledger.claims):
        book.add(name, resolver.kind(name) == "person")
    return book


def _one_name_per_party(extraction: Extraction, names: NameBook) -> Extraction:
    """An article's parties under the names the ledger and this run's earlier
    articles gave them: a name that only spells one of those otherwise, or adds
    or drops a second head word ("St Louis County" after "St. Louis County",
    "Detroit Police Department" after "Detroit Police"), takes that name
    (`parties.NameBook`); a new name is kept for the articles after it. A state's
    name is the resolver's already."""
    statements = tuple(
        replace(s, party=to)
        if s.party and s.kind != "state" and (to := _filed_as(s, names, extraction.text)) != s.party
        else s
        for s in extraction.statements
    )
    if statements == extraction.statements:
        return extraction
    return replace(extraction, statements=statements)


def _filed_as(statement: Statement, names: NameBook, text: str = "") -> str:
    """The name a statement's party is filed under (`_one_name_per_party`): a person
    named by the surname alone ("Mr. Obama said"; the article gives no forename)
    is the one person named in full before with that last name, if only one is;
    not a person the article gives that one name alone ("a man identified only
    as Thomas", "Thomas, the homeless man," is no "Dylan Thomas" of another
    article)."""
    from claimtrack.extraction import gives_one_name, written_as_a_person

    assert statement.party is not None
    person = statement.kind == "person"
    if (
        person
        and " " not in statement.party
        and not gives_one_name(text, statement.party)
        and not written_as_a_person(text, statement.party)
    ):
        full = names.person_named(statement.party)
        if full is not None:
            return full
    return names.name_of(statement.party, person)


def plan_ingest(
    ledger: Ledger,
    extractions: Iterable[Extraction],
    threshold: float | None = None,
    being_read: frozenset[str] | None = None,
    *,
    records: bool = True,
) -> tuple[list[SourcePlan], list[Planned]]:
    """What ingesting `extractions` into `ledger` would do, without doing it.

    `extractions` may come as they are made (then `being_read` are the ids of
    all the sources being read), so that grouping keeps up with `--jobs`
    workers rather than waiting for the last of them.

    Statements are grouped with the stance they take by themselves; then each
    one's stance is decided against the claim it joins, and that is the stance
    the ledger keeps and `extracted` records. Once every source is grouped, an
    assertion filed under no claim is matched again (`grouping.join_late`): the
    claim it words again may have been made after it, by a later sentence or
    source; one still filed under none that quotes the whole of a statement
    filed in this run, word for word, joins that statement's claim
    (`grouping.QuotedAgain`).

    Without `records` (a dry run, which writes nothing), each source's
    `extracted` list is left as `plan_source` made it, with the stances the
    statements take by themselves: the final stances are recorded only for a
    write (`_with_final_stances`).
    """
    from claimtrack.cache import TextsById
    from claimtrack.grouping import (
        QuotedAgain,
        answers_by_its_words,
        group_statements,
        join_again,
        join_doubting,
        join_late,
        join_pointing,
        points_back,
    )
    from claimtrack.stance import Lexicon

    lexicon = Lexicon.build(ledger.cues)
    # An extract changes a few claims: storing a big index again after each costs
    # more than following those claims again in the runs after it.
    index = build_index(ledger, _resolver(ledger.parties), keep=False)
    if isinstance(extractions, Sequence):
        new_ids = frozenset(e.source.id for e in extractions if e.source is not None)
    else:
        assert being_read is not None, "extractions as they come need the ids being read"
        new_ids = being_read
    copy_of = _copy_finder(ledger, new_ids)
    # Read when asked for: a few claims' batches of a big ledger's cache.
    claim_texts = TextsById(ledger.claims)
    plans: list[SourcePlan] = []
    planned: list[Planned] = []
    towards: dict[tuple[str | None, str, str], Stance] = {}
    # Per claim, the sides each party has taken on it in this run.
    sides: dict[str, dict[str, set[Stance]]] = {}
    # Statements filed under no claim, each with its place in `planned`, the
    # statement as grouped and its plan's number; per such plan, what its
    # stances are worked out from and where its statements are in `planned`.
    unfiled: list[tuple[int, Statement, int]] = []
    # Each statement that started a claim of this run, as grouped, with its place
    # in `planned` and its plan's number (`grouping.join_again`).
    starters: list[tuple[int, Statement, int]] = []
    stanced: dict[int, _Stanced] = {}
    # Each planned statement as grouped, and its plan's number (`_merge_claims`).
    grouped_as: list[tuple[Statement, int]] = []
    names = _party_names(ledger)
    for extraction in extractions:
        assert extraction.source is not None
        extraction = _one_name_per_party(extraction, names)
        index.learn(extraction.normals, extraction.propositions)
        # An extraction made elsewhere may come without them (strict=False):
        # then they are worked out here.
        for statement, reading in zip(extraction.statements, extraction.readings, strict=False):
            lexicon.learn(statement.cue, statement.content, reading)
        for text, reading in extraction.claim_readings.items():
            lexicon.learn(None, text, reading)
        if len(towards) >= _TOWARDS_KEPT:
            towards.clear()
        towards.update(extraction.towards)
        plan = plan_source(extraction, ledger, copy_of(extraction))
        negative = dict(zip(extraction.statements, extraction.negative, strict=False))
        grouped = [_as_grouped(s, lexicon, negative.get(s)) for s in plan.add]
        index.following = set(plan.follow)
        try:
            assignments = group_statements(
                grouped,
                index,
                _threshold(ledger, threshold),
                partial(_stance_toward, lexicon=lexicon, known=towards),
            )
        finally:
            index.following = set()
        # A statement filed under no claim keeps the stance it takes by itself,
        # and stays in the source's `extracted` list as one deleted by hand
        # does: a forced re-run leaves it out again, whatever was grouped first.
        added = [
            _placed(
                s, g, a, plan.source, index, sides, lexicon, _threshold(ledger, threshold), towards
            )
            for s, g, a in zip(plan.add, grouped, assignments, strict=True)
        ]
        decided = {s: item.statement for s, item in zip(plan.add, added, strict=True)}
        for at, (g, item) in enumerate(zip(grouped, added, strict=True), len(planned)):
            if item.assignment.claim_id is None and item.assignment.not_filed != _TURNED:
                unfiled.append((at, g, len(plans)))
            elif item.assignment.is_new:
                starters.append((at, g, len(plans)))
        grouped_as.extend((g, len(plans)) for g in grouped)
        if added:
            stanced[len(plans)] = _Stanced(
                extraction.statements, decided, len(planned), len(planned) + len(added)
            )
        if records:
            plan = _with_final_stances(
                plan, extraction.statements, ledger, decided, claim_texts, lexicon
            )
        plans.append(plan)
        planned.extend(
            replace(item, source=plan.source, fingerprint=fp)
            for item, fp in zip(added, plan.added_fps, strict=True)
        )
    bar = _threshold(ledger, threshold)
    refiled: set[int] = set()

    def refile(
        at: int,
        grouped_statement: Statement,
        number: int,
        found: Assignment,
        stance: Stance | None = None,
    ) -> bool:
        item = planned[at]
        placed = _placed(
            item.statement,
            grouped_statement,
            found,
            item.source,
            index,
            sides,
            lexicon,
            bar,
            towards,
        )
        if placed.assignment.claim_id is None:
            return False
        if stance is not None:
            placed = replace(placed, statement=replace(placed.statement, stance=stance))
        planned[at] = placed
        stanced[number].decided[item.statement] = placed.statement
        refiled.add(number)
        return True

    left = []
    for at, grouped_statement, number in unfiled:
        # A negative sentence is grouped as a denial is, to find what it denies;
        # one that asserts by itself is matched here on what it says.
        found = join_late(planned[at].statement, index, bar)
        if found is None and points_back(planned[at].assignment.not_filed):
            found = join_pointing(
                planned[at].statement,
                index,
                bar,
                partial(_stance_toward, lexicon=lexicon, known=towards),
            )
        if found is None or not refile(at, grouped_statement, number, found):
            left.append((at, grouped_statement, number))
    # Then an assertion still filed under none that quotes a filed statement
    # whole; what it joins may be quoted in turn by another, read before it.
    if left:
        quoted = QuotedAgain()
        for item in planned:
            if item.assignment.claim_id is not None:
                quoted.add(item.statement.content, item.assignment.claim_id)
        while left:
            still = []
            for at, grouped_statement, number in left:
                found = _quoting(planned[at].statement, quoted, index)
                if found is not None and refile(at, grouped_statement, number, found):
                    claim_id = planned[at].assignment.claim_id
                    assert claim_id is not None
                    quoted.add(planned[at].statement.content, claim_id)
                else:
                    still.append((at, grouped_statement, number))
            if len(still) == len(left):
                break
            left = still
    # Then a statement alone in the claim it started that matches another claim
    # now, which was made, or named its story's actors, after it was grouped.
    # Not the claim of another statement of its own sentence: reading the
    # sentence, grouping filed the two apart ("Reports that the council will deny
    # permits are false": what is reported, and the denial of it).
    if starters:
        held = Counter(item.assignment.claim_id for item in planned)
        in_sentence: dict[tuple[str, str], set[str]] = {}
        for item in planned:
            if item.assignment.claim_id is not None:
                key = (item.statement.source, item.statement.quote)
                in_sentence.setdefault(key, set()).add(item.assignment.claim_id)
        in_lead = _lead_claims(planned)
        left_empty: set[str] = set()
        for at, grouped_statement, number in starters:
            statement = planned[at].statement
            claim_id = planned[at].assignment.claim_id
            if claim_id is None or held[claim_id] != 1:
                continue
            beside = in_sentence.get((statement.source, statement.quote), set())
            found = join_again(
                statement,
                claim_id,
                index,
                bar,
                left_empty | beside,
                partial(_stance_toward, lexicon=lexicon, known=towards),
                in_lead.get(statement.source, set()),
            )
            if found is not None and refile(at, grouped_statement, number, found):
                left_empty.add(claim_id)
                held[claim_id] -= 1
                held[planned[at].assignment.claim_id] += 1
    # Last, a denial or doubt still filed under none that names the claim its
    # article opens with, made (or given the words it names) after it was grouped.
    doubts = [
        (at, grouped_statement, number)
        for at, grouped_statement, number in unfiled
        if planned[at].assignment.claim_id is None
        and planned[at].statement.stance is not Stance.ASSERTS
        and answers_by_its_words(planned[at].assignment.not_filed)
    ]
    if doubts:
        leads = _lead_claims(planned)
        for at, grouped_statement, number in doubts:
            statement = planned[at].statement
            found = join_doubting(
                statement,
                sorted(leads.get(statement.source, ())),
                index,
                bar,
                partial(_stance_toward, lexicon=lexicon, known=towards),
            )
            if found is not None:
                refile(at, grouped_statement, number, found)
    # Last of all, a claim made in this run that says in other words what one
    # made before it says goes into that one.
    # The two claims say one act: each statement keeps the side of it it took.
    clearest = _clearest_texts(planned, index, ledger, lexicon, towards)
    shown = {claim_id: text for claim_id, (_, (text, _)) in clearest.items()}
    for at, found in _merge_claims(planned, index, shown):
        refile(at, *grouped_as[at], found, planned[at].statement.stance)
    for number in sorted(refiled) if records else ():
        found_in = stanced[number]
        plan = _with_final_stances(
            plans[number], found_in.statements, ledger, found_in.decided, claim_texts, lexicon
        )
        plans[number] = plan
        for at in range(found_in.start, found_in.end):
            planned[at] = replace(planned[at], source=plan.source)
    _show_clearest(planned, index, ledger, lexicon, towards)
    return plans, planned


def _merge_claims(
    planned: Sequence[Planned], index: ClaimIndex, shown: Mapping[str, str]
) -> list[tuple[int, Assignment]]:
    """Where each statement of a claim made in this run goes when that claim
    says in other words what a claim made before it in the run says
    (`grouping.merged_claims`): the earlier claim, with its id and text. Each
    claim's story is told by the rare names its articles' statements name
    (`grouping.rare_names`); each claim is read by the clearer text it is to be
    shown with too (`shown`, `_clearest_texts`)."""
    from claimtrack.grouping import merged_claims, rare_names

    made: dict[str, None] = {}
    sources: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    for item in planned:
        named.setdefault(item.statement.source, set()).update(
            index.normal(item.statement.content).actors
        )
        claim_id = item.assignment.claim_id
        if claim_id is None:
            continue
        if item.assignment.is_new:
            made.setdefault(claim_id)
        sources.setdefault(claim_id, set()).add(item.statement.source)
    rare = rare_names(named)
    story_names = {
        claim_id: frozenset().union(*(rare[source] for source in sources[claim_id]))
        for claim_id in made
    }
    into = merged_claims(list(made), sources, index, story_names, shown)
    return [
        (
            at,
            replace(
                item.assignment, claim_id=target, claim_text=index.shown_text(target), is_new=False
            ),
        )
        for at, item in enumerate(planned)
        if (target := into.get(item.assignment.claim_id or "")) is not None
    ]


def _lead_claims(planned: Sequence[Planned]) -> dict[str, set[str]]:
    """The claims each article's lead is filed under: its first `LEAD_STATEMENTS`
    statements (`planned` is in source and text order)."""
    from claimtrack.grouping import LEAD_STATEMENTS

    found: dict[str, set[str]] = {}
    seen: Counter[str] = Counter()
    for item in planned:
        source = item.statement.source
        seen[source] += 1
        if item.assignment.claim_id is not None and seen[source] <= LEAD_STATEMENTS:
            found.setdefault(source, set()).add(item.assignment.claim_id)
    return found


def _quoting(statement: Statement, quoted: QuotedAgain, index: ClaimIndex) -> Assignment | None:
    """The claim of a statement filed in this run that an assertion filed under
    none quotes whole, word for word (`grouping.QuotedAgain`): the same remark,
    so the same proposition, however little it names by itself."""
    from claimtrack.grouping import Assignment

    if statement.stance is not Stance.ASSERTS:
        return None
    claim_id = quoted.claim_of(statement.content)
    if claim_id is None:
        return None
    # The words of a statement of the claim: as close as a rewording can be.
    return Assignment(claim_id, index.shown_text(claim_id), False, 100.0)


# How much of a claim's first text another statement's text must share to be
# shown in its place (`_show_clearest`): words in all, a share of the shorter
# text's words, and a share of both texts' words (Dice).
_RESTATED_LEAST = 2
_RESTATED_OF_SHORTER = 0.5
_RESTATED_OF_BOTH = 0.5


def _show_clearest(
    planned: list[Planned],
    index: ClaimIndex,
    ledger: Ledger,
    lexicon: Lexicon,
    towards: dict[tuple[str | None, str, str], Stance],
) -> None:
    """Each claim made in this run with two or more statements shown with the
    clearest text its assertions give (`_clearest_texts`), and its id read from
    that text; the first statement's text when none is clearer."""
    from claimtrack.cache import claim_ids
    from claimtrack.grouping import claim_id_for

    taken = set(index.claim_ids()) | set(claim_ids(ledger.claims))
    for claim_id, (places, (shown, written)) in _clearest_texts(
        planned, index, ledger, lexicon, towards
    ).items():
        taken.discard(claim_id)
        new_id = claim_id_for(written, index, taken)
        taken.add(new_id)
        for at in places:
            item = planned[at]
            assignment = replace(item.assignment, claim_id=new_id, claim_text=shown)
            planned[at] = replace(item, assignment=assignment)


def _clearest_texts(
    planned: list[Planned],
    index: ClaimIndex,
    ledger: Ledger,
    lexicon: Lexicon,
    towards: dict[tuple[str | None, str, str], Stance],
) -> dict[str, tuple[list[int], tuple[str, str]]]:
    """Each claim made in this run with two or more statements whose assertions
    give a clearer text than its first (`claimtext.clarity`): the places of its
    statements, and that text as shown and as written.

    A claim the ledger has keeps its text and id: they are the user's. A text is
    taken only when every statement of the claim keeps its stance toward it, so
    what is filed, and on which side, is the same with either text.
    """
    from claimtrack.cache import claim_ids
    from claimtrack.claimtext import clarity, subject_of

    clearest: dict[str, tuple[list[int], tuple[str, str]]] = {}
    known = set(claim_ids(ledger.claims))  # of the cache's claims, read from its index
    where: dict[str, list[int]] = {}
    for at, item in enumerate(planned):
        claim_id = item.assignment.claim_id
        if claim_id is not None and claim_id not in known:
            where.setdefault(claim_id, []).append(at)

    def clear(text: str) -> int:
        return clarity(text, named=bool(index.normal(text).actors))

    for claim_id, places in where.items():
        if len(places) < 2:
            continue
        first = planned[places[0]].assignment.claim_text
        said = frozenset(index.terms(first).all)
        # What a denial or doubt filed under the claim answers in the first text
        # stays in any text shown instead ("X and Y" is not cut to "X" when a
        # doubt speaks of Y).
        answered = _answered(planned, places, said, index)

        best, best_clarity = None, clear(first)
        for at in places[1:]:
            item = planned[at]
            own = item.assignment.own_text
            if own is None or item.statement.stance is not Stance.ASSERTS:
                continue
            if (
                own[0] != first
                and clear(own[0]) > best_clarity
                and _restates(said, index.terms(own[0]).all)
                and answered <= frozenset(index.terms(own[0]).all)
                # Of the same subject: one the first text names or describes.
                and said.intersection(index.terms(subject_of(own[0])).all)
            ):
                best, best_clarity = own, clear(own[0])
        if best is None:
            # None clearer: the first text as another article wrote it standalone,
            # a description in it said by the name its article gives.
            best = next(
                (
                    own
                    for at in places[1:]
                    if (own := planned[at].assignment.own_text) is not None
                    and planned[at].statement.stance is Stance.ASSERTS
                    and _says_more(first, own[0])
                    and clear(own[0]) >= best_clarity
                ),
                None,
            )
        if best is None:
            continue
        if any(
            _toward(planned[at].statement, best[0], lexicon, towards).stance
            is not planned[at].statement.stance
            for at in places
        ):
            continue
        clearest[claim_id] = (places, best)
    return clearest


def _says_more(first: str, other: str) -> bool:
    """Whether `other` is the text `first` with words put in that name something
    ("the government" -> "the Nigerian government", "The family" -> "James
    Foley's family"): every word of `first` but "the" in the same order in
    `other`, at most `_MOST_PUT_IN` words more, a capitalised word among them."""
    words = [w for w in first.lower().split() if w != "the"]
    others = other.split()
    if not 0 < len(others) - len(first.split()) <= _MOST_PUT_IN:
        return False
    rest = iter(w.lower() for w in others)
    if not all(any(w == o for o in rest) for w in words):
        return False
    capitals = Counter(w for w in first.split()[1:] if w[:1].isupper())
    return bool(Counter(w for w in others[1:] if w[:1].isupper()) - capitals)


# The most words a text shown for a claim's first text may put in (`_says_more`).
_MOST_PUT_IN = 8


def _answered(
    planned: list[Planned], places: list[int], said: frozenset[str], index: ClaimIndex
) -> frozenset[str]:
    """The terms of a claim's first text (`said`) that its denials and doubts share
    with it: what they answer, which a text shown in its place must keep."""
    out: set[str] = set()
    for at in places:
        statement = planned[at].statement
        if statement.stance is not Stance.ASSERTS:
            out |= said & frozenset(index.terms(statement.about or statement.content).all)
    return frozenset(out)


def _restates(said: frozenset[str], terms: Iterable[str]) -> bool:
    """Whether a text of `terms` says in other words the proposition of a text of
    the terms `said` (stems and parties, as grouping compares them): they share
    most of the shorter text's terms, and a good part of both texts' terms."""
    own = frozenset(terms)
    shared = len(own & said)
    return (
        shared >= _RESTATED_LEAST
        and shared >= _RESTATED_OF_SHORTER * min(len(own), len(said))
        and 2 * shared >= _RESTATED_OF_BOTH * (len(own) + len(said))
    )


@dataclass(frozen=True)
class _Stanced:
    """What one source's stances were worked out from (`_with_final_stances`), and
    where its statements are among all those planned: kept for a statement of it
    filed late (`grouping.join_late`)."""

    statements: Sequence[Statement]
    decided: dict[Statement, Statement]
    start: int
    end: int


def _placed(
    statement: Statement,
    grouped: Statement,
    assignment: Assignment,
    source: Source,
    index: ClaimIndex,
    sides: dict[str, dict[str, set[Stance]]],
    lexicon: Lexicon,
    threshold: float,
    towards: dict[tuple[str | None, str, str], Stance] | None = None,
) -> Planned:
    """`statement` with its stance toward the claim it joins. A party found on the
    other side of a claim it already took a side on is a signal: unless the
    statement is a close rewording of the claim, or points back at it, it speaks
    of another proposition and starts a claim of its own; when it states none
    ("I was no longer nauseous", "it's not clear if they will stay together"),
    it is not filed, rather than put on both sides of a claim it only came near."""
    from claimtrack.grouping import Assignment, on_other_side, start_claim

    if assignment.claim_id is None:
        return Planned(statement, assignment, source)
    toward = _own_verdict(_toward(statement, assignment.claim_text, lexicon, towards), assignment)
    # One person, unlike a state or a body of many voices, holds one position.
    party = statement.party if statement.kind == "person" else None
    held = sides.get(assignment.claim_id, {}).get(party or "", set())
    turned = held and _side(toward.stance) not in {_side(s) for s in held}
    if party is not None and turned and on_other_side(assignment, threshold):
        again = start_claim(grouped, index, threshold)
        if again is None or again.claim_id is None:
            unfiled = Assignment(None, "", False, assignment.score, _TURNED)
            return Planned(statement, unfiled, source)
        assignment = again
        toward = _own_verdict(_toward(statement, again.claim_text, lexicon, towards), again)
    if party is not None and assignment.claim_id is not None:
        sides.setdefault(assignment.claim_id, {}).setdefault(party, set()).add(toward.stance)
    return Planned(toward, assignment, source)


def _own_verdict(statement: Statement, assignment: Assignment) -> Statement:
    """`statement`, denying the claim it starts when its content says that what it
    states is false ("X is nothing but a lie") and the claim is shown as the matter
    judged (`claimtext.matter_judged`): the verdict is its stance, not the claim's.
    A verdict on a telling that the statement is ("a story suggesting that X is
    false") is its reporter's: the telling asserts X."""
    from claimtrack.claimtext import carries_verdict
    from claimtrack.stance import verdict_on_telling

    if (
        assignment.is_new
        and statement.stance is Stance.ASSERTS
        and carries_verdict(statement.content)
        and not carries_verdict(assignment.claim_text)
        and not verdict_on_telling(statement.cue, statement.content)
    ):
        return replace(statement, stance=Stance.DENIES)
    return statement


_TURNED = (
    "its speaker holds the other side of the claim it came near, "
    "and it states no proposition of its own"
)


def _side(stance: Stance) -> bool:
    """Which side of a claim a stance takes: for it (False), or against it (True)."""
    return stance is not Stance.ASSERTS


def _as_grouped(statement: Statement, lexicon: Lexicon, negative: bool | None = None) -> Statement:
    """`statement` as grouping should see it: a negative sentence is grouped the way
    a denial is ("it did not send troops" looks for the claim that it did, in its
    own article first), though its stance is decided only against the claim it joins.
    `negative` is `_negative(statement, lexicon)` when known already.
    """
    if negative is None:
        negative = _negative(statement, lexicon)
    if negative:
        return changed(statement, stance=Stance.DENIES)
    return statement


def _negative(statement: Statement, lexicon: Lexicon) -> bool:
    """Whether an assertion is a negative sentence, grouped as a denial (`_as_grouped`)."""
    return statement.stance is Stance.ASSERTS and lexicon.negates(statement.cue, statement.content)


def _stance_toward(
    statement: Statement,
    claim_text: str | None,
    lexicon: Lexicon,
    known: dict[tuple[str | None, str, str], Stance] | None = None,
) -> Stance:
    """A statement's stance toward the claim whose text is `claim_text`, or by
    itself (None), as grouping asks for it.

    A stance toward a claim text is kept in `known`, where `_toward` finds it
    when the statement joins that claim: grouping often asks first.
    """
    from claimtrack.stance import classify_stance

    if claim_text is None or known is None:
        return classify_stance(
            statement.cue, statement.content, lexicon, claim=claim_text, grouped=True
        )
    key = (statement.cue, statement.content, claim_text)
    stance = known.get(key)
    if stance is None:
        stance = known[key] = classify_stance(
            statement.cue, statement.content, lexicon, claim=claim_text, grouped=True
        )
    return stance


# Stances toward a claim text read in workers that a grouping process keeps at once.
_TOWARDS_KEPT = 200_000


def _toward(
    statement: Statement,
    claim_text: str,
    lexicon: Lexicon,
    known: dict[tuple[str | None, str, str], Stance] | None = None,
) -> Statement:
    """`statement` with its stance toward the claim whose text is `claim_text`.

    `known` holds stances read already (`Extraction.towards`, or asked by
    grouping), by cue, content and claim text; one read now is kept there too:
    a statement that copies carry, or that several speakers make, is read once.
    """
    from claimtrack.stance import classify_stance

    key = (statement.cue, statement.content, claim_text)
    stance = known.get(key) if known is not None else None
    if stance is None:
        stance = classify_stance(
            statement.cue, statement.content, lexicon, claim=claim_text, grouped=True
        )
        if known is not None:
            known[key] = stance
    return statement if stance is statement.stance else replace(statement, stance=stance)


def _with_final_stances(
    plan: SourcePlan,
    statements: Sequence[Statement],
    ledger: Ledger,
    decided: Mapping[Statement, Statement],
    claim_texts: Mapping[str, str],
    lexicon: Lexicon,
) -> SourcePlan:
    """`plan` with `extracted` recording each statement's stance toward its claim.

    A statement added now (`decided`) is read against the claim it joins; one
    the ledger has already, against the claim it is in there; one deleted by
    hand keeps the stance it takes by itself (only its fingerprint matters).
    """
    present = _statements_of_source(ledger, plan.source.id)
    old = ledger.source(plan.source.id)
    recorded = _parse_extracted(old.extracted if old else ())
    where = dict(zip(held_fingerprints(present, recorded), present, strict=True))
    claim_of = _claims_of_statements(ledger, plan.source.id) if where else {}
    entries = []
    # Those of the statements planned from, as `plan_source` found them: `statements`
    # are always the extraction the plan was made of (`zip` below holds to it).
    fresh = plan.fresh_fps
    marks = _marks(plan.source.extracted)
    for statement, fp in zip(statements, fresh, strict=True):
        if statement in decided:
            statement = decided[statement]
        elif fp in where:
            claim_id = claim_of[where[fp]]
            if fp in recorded and marks.get(fp) == claim_mark(claim_id, claim_texts[claim_id]):
                # In the claim made from it, as extraction wrote the claim: its
                # stance is the one extraction gave it then (`settle_stances`
                # leaves it so), and so is what `extracted` records of it.
                entries.append(_entry(fp, recorded[fp], marks[fp]))
                continue
            statement = _toward(statement, claim_texts[claim_id], lexicon)
        entries.append(_entry(fp, fields_hash(statement), marks.get(fp)))
    extracted_now = set(fresh)
    deleted = [e for e in plan.source.extracted if e.partition(":")[0] not in extracted_now]
    return replace(plan, source=replace(plan.source, extracted=(*entries, *deleted)))


# --- stances after a person moved statements --------------------------------------


def settle_stances(
    ledger: Ledger, claims: Container[str] | None = None
) -> dict[str, dict[Statement, Statement]]:
    """Statements whose stance toward their claim is not the one they hold, by source.

    Only statements nobody edited by hand are read again: those whose fields
    are still the ones `extracted` records. A person may have moved one to
    another claim, or rewritten its claim's text; a stance a person set, like
    any field a person set, is left alone. So is a statement in the claim that
    was made from it, while the claim's id and text still give the mark its
    `extracted` entry records (`claim_mark`): nobody moved it, nobody rewrote
    the claim, and the stance extraction gave it stands (read again, a
    statement that denies what its own claim says would be read as asserting
    it). Each is mapped to itself with the stance it takes toward the claim
    it is in. With `claims`, only the statements of those claims are read (a
    merge moves statements into one).
    """
    from claimtrack.cache import claims_among, quote_key
    from claimtrack.stance import Lexicon

    lexicon: Lexicon | None = None
    # By the statement object: equal ones may be in two claims.
    claim_of: dict[int, tuple[str, str]] = {}
    cited: dict[str, None] = {}
    quotes: set[str] = set()
    for claim in ledger.claims if claims is None else claims_among(ledger.claims, claims):
        for statement in claim.statements:
            claim_of[id(statement)] = (claim.id, claim.text)
            cited[statement.source] = None
            if claims is not None:
                quotes.add(quote_key(statement.quote))
    # A statement's fingerprint numbers it among the statements of its source that
    # quote the same words: those alone are wanted of the claims asked about.
    by_source = _by_source(ledger) if claims is None else _statements_from(ledger, cited, quotes)
    sources = {source.id: source for source in ledger.sources}
    settled: dict[str, dict[Statement, Statement]] = {}
    for source_id, placed in by_source.items():
        source = sources.get(source_id)
        if source is None or not source.extracted:
            continue  # added by hand: nothing was extracted
        if claims is not None and not any(id(s) in claim_of for s in placed):
            continue
        fields = _parse_extracted(source.extracted)
        marks: dict[str, str] | None = None
        for statement, fp in zip(placed, held_fingerprints(placed, fields), strict=True):
            held_in = claim_of.get(id(statement))
            if held_in is None:
                continue  # not asked about
            recorded = fields.get(fp)
            if recorded is None or recorded != fields_hash(statement):
                continue  # a person edited it, or it was never extracted
            marks = _marks(source.extracted) if marks is None else marks
            if marks.get(fp) == claim_mark(*held_in):
                continue  # in the claim made from it, as extraction wrote the claim
            lexicon = lexicon or Lexicon.build(ledger.cues)
            decided = _toward(statement, held_in[1], lexicon)
            if decided.stance is not statement.stance:
                settled.setdefault(source_id, {})[statement] = decided
    return settled


def drop_claim(editor: LedgerEditor, claim_id: str) -> int:
    """Remove a claim and its statements for good, in an open edit; how many statements.

    Extraction leaves out a statement its source's `extracted` list records
    but the ledger no longer holds (a statement deleted by hand). So each
    statement of the claim is recorded there first, if it is not already (one
    written into the ledger by hand, or before `extracted` existed): then
    neither `extract --force` nor a new version of the article brings it back.

    A statement of another claim quoting the same words of the same source
    may take, once these are gone, a fingerprint whose recorded fields are its
    own (`held_fingerprints`): it then reads as extraction's, and its stance is
    to be settled against its claim. Those claims are marked unsettled, so
    that the next `extract` settles them as it would a ledger it knew nothing
    of (`_sharing_quotes`).
    """
    ledger = editor.ledger
    claim = ledger.claim(claim_id)
    statements = claim.statements if claim is not None else ()  # unknown: the editor says so
    cited = dict.fromkeys(s.source for s in statements)
    # A fingerprint numbers a statement among its source's of the same quote: those
    # alone are wanted (`_statements_from`).
    from claimtrack.cache import quote_key

    quotes = {quote_key(s.quote) for s in statements}
    held = _statements_from(ledger, cited, quotes) if cited else {}
    for source_id in cited:
        source = ledger.source(source_id)
        assert source is not None  # the ledger validates: every statement's source is there
        missing = _unrecorded(source, held[source_id], set(map(id, statements)))
        if missing:
            editor.put_source(replace(source, extracted=(*source.extracted, *missing)))
    if editor.unsettled is not None and cited:
        editor.unsettled.update(_sharing_quotes(ledger, claim_id, cited, quotes))
    return editor.drop_claim(claim_id)


def rename_claim(editor: LedgerEditor, old: str, new: str) -> None:
    """Give the claim `old` the id `new` in an open edit, its claim mark carried over.

    The statement a claim's text was made from keeps its stance, and the text
    may follow it, while its `extracted` entry's mark (`claim_mark`) gives the
    claim's id and text. A rename changes the id and nothing more, so that
    mark is made again for the new id and the same text, in the same write:
    the next `extract` then reads the claim as it read it before the rename,
    with a warm cache, a copied one or none (left with the old id, a fresh
    read would take the statement as moved and decide its stance again).
    """
    ledger = editor.ledger
    claim = ledger.claim(old)
    editor.rename_claim(old, new)  # an unknown or taken id refused before any change
    assert claim is not None  # the editor knew it
    before, after = claim_mark(old, claim.text), claim_mark(new, claim.text)
    cited = dict.fromkeys(s.source for s in claim.statements)
    from claimtrack.cache import quote_key

    held = _statements_from(ledger, cited, {quote_key(s.quote) for s in claim.statements})
    mine = set(map(id, claim.statements))
    for source_id, placed in held.items():
        source = ledger.source(source_id)
        assert source is not None  # the ledger validates: every statement's source is there
        recorded = _parse_extracted(source.extracted)
        fps = {
            fp
            for statement, fp in zip(placed, held_fingerprints(placed, recorded), strict=True)
            if id(statement) in mine
        }
        entries = tuple(_remarked(entry, fps, before, after) for entry in source.extracted)
        if entries != source.extracted:
            editor.put_source(replace(source, extracted=entries))


def _remarked(entry: str, fps: Container[str], before: str, after: str) -> str:
    """An `extracted` entry of one of `fps` with the claim mark `before` given `after`."""
    fp, _, rest = entry.partition(":")
    fields, _, mark = rest.partition(":")
    return _entry(fp, fields, after) if fp in fps and mark == before else entry


def _sharing_quotes(
    ledger: Ledger, claim_id: str, source_ids: Collection[str], quotes: Collection[str]
) -> set[str]:
    """The claims but `claim_id` holding a statement of one of `source_ids` that quotes
    one of `quotes` (`cache.quote_key`s): those whose fingerprints a drop renumbers."""
    from claimtrack.cache import claims_citing, quote_key

    return {
        claim.id
        for claim in claims_citing(ledger.claims, source_ids, quotes)
        if claim.id != claim_id
        and any(s.source in source_ids and quote_key(s.quote) in quotes for s in claim.statements)
    }


def _unrecorded(source: Source, held: Sequence[Statement], dropped: Container[int]) -> list[str]:
    """`extracted` entries `source` lacks for those of its statements (`held`, in line
    order) that are `dropped` (by the statement object: equal ones may be in two claims)."""
    recorded = _parse_extracted(source.extracted)
    return [
        f"{fp}:{fields_hash(statement)}"
        for statement, fp in zip(held, held_fingerprints(held, recorded), strict=True)
        if id(statement) in dropped and fp not in recorded
    ]


def _statements_from(
    ledger: Ledger, source_ids: Collection[str], quotes: Collection[str] | None = None
) -> dict[str, list[Statement]]:
    """The statements from each of `source_ids`, in line order, as `_by_source` has them;
    with `quotes` (`cache.quote_key`s), only those of these quotes, a source that has
    none left out (what a fingerprint numbers a statement among: `fingerprints`).

    Only the claims citing one of them build their statements: on a big
    ledger, building every statement was most of what a `drop` or `merge` cost;
    with `quotes`, only the claims holding one of those quotes, found by the
    cache index's sieves batch by batch.
    """
    from claimtrack.cache import claims_citing, quote_key

    def wanted(statement: Statement) -> bool:
        return statement.source in source_ids and (
            quotes is None or quote_key(statement.quote) in quotes
        )

    if _BY_SOURCE and _BY_SOURCE[0][0]() is ledger:
        every = _BY_SOURCE[0][1]
        chosen = {
            source_id: [statement for statement in every[source_id] if wanted(statement)]
            for source_id in every
            if source_id in source_ids
        }
        return {source_id: held for source_id, held in chosen.items() if held}
    found: dict[str, list[Statement]] = {}
    for claim in claims_citing(ledger.claims, source_ids, quotes):
        for statement in claim.statements:
            if wanted(statement):
                found.setdefault(statement.source, []).append(statement)
    for statements in found.values():
        statements.sort(key=lambda s: s.line)
    return found


def settle_moved(editor: LedgerEditor, claims: Collection[str] | None = None) -> int:
    """Decide again, in an open edit, the stances of statements a person moved; how many.

    With `claims`, only the statements of those claims are looked at. A
    ledger this program saved with every stance settled is not looked through
    again (`LedgerEditor.settled`).
    """
    if claims is None and editor.settled:
        return 0
    if claims is None and editor.unsettled:
        # Settled but for these claims (a hand edit of them, see `cache.carry_settled`).
        claims = set(editor.unsettled)
    ledger = editor.ledger
    changed = _apply_settled(editor, ledger, settle_stances(ledger, claims))
    if claims is None:
        editor.unsettled = set()
    elif editor.unsettled is not None:
        editor.unsettled.difference_update(claims)
    return changed


def _apply_settled(
    editor: LedgerEditor, ledger: Ledger, settled: Mapping[str, Mapping[Statement, Statement]]
) -> int:
    """Write settled stances, and record them in `extracted` as extraction's own."""
    _find_citing(ledger, settled)
    changed = 0
    for source_id, decided in settled.items():
        changed += editor.update_statements(source_id, decided.get)
        source = ledger.source(source_id)
        assert source is not None
        present = _statements_of_source(ledger, source_id)
        recorded = _parse_extracted(source.extracted)
        rehashed = {
            fp: fields_hash(decided[s])
            for s, fp in zip(present, held_fingerprints(present, recorded), strict=True)
            if s in decided
        }
        marks = _marks(source.extracted)
        entries = tuple(
            _entry(fp, rehashed.get(fp, fields), marks.get(fp)) for fp, fields in recorded.items()
        )
        editor.put_source(replace(source, extracted=entries))
    return changed


# What the progress bar says once every article is read.
FILING = "filing the statements under claims, writing the ledger"


def ingest(
    ledger_path: Path,
    paths: Sequence[Path],
    *,
    threshold: float | None = None,
    force: bool = False,
    jobs: int = 1,
    progress: ProgressFn | None = None,
    notify: Callable[[str], None] | None = None,
    only: Mapping[str, Container[str]] | None = None,
) -> ExtractSummary:
    """Extract new and changed sources and merge their statements into the ledger.

    Everything is planned against the ledger as it is when written: if someone
    saves it while this runs, the plan is made again on their version
    (`notify` is told), so every hand edit and every rule about them holds.

    With `only` (source id -> fingerprints), each source is planned and
    grouped whole, as `extract` would, but only those statements (with the
    rest of their sentence) are added: `scan --ingest` adds the statements
    about tracked claims. The others are not recorded as extracted, so a
    later `extract --force` adds them rather than taking them for deleted.
    """
    from claimtrack.ledger import read_ledger_and_digest, update_ledger

    # The key of the bytes the ledger was read from: whether the ledger written to is
    # still that one is told by comparing keys, without hashing the file again.
    ledger, digest = read_ledger_and_digest(ledger_path, settle=True)
    # Where reading got to, so that the bar can say what the rest of the run does.
    reached: list[int] = []

    def reading(done: int, total: int, item: str) -> None:
        reached[:] = [done, total]
        assert progress is not None
        progress(done, total, item)

    being_read, stream, summary = _extract_stream(
        ledger, paths, force, jobs, reading if progress else None
    )
    extractions: list[Extraction] = []

    def kept_as_they_come() -> Iterator[Extraction]:
        for extraction in stream:
            extractions.append(extraction)
            yield extraction

    # With `--jobs` workers, grouping keeps up with them rather than waiting for
    # the last article: planned now against the ledger as read, and used at
    # write time if that ledger is still the one to change. In one process it
    # would only take turns with extraction (and cost about 3% more CPU).
    early: tuple[list[SourcePlan], list[Planned]] | None = None
    if being_read and (jobs or os.cpu_count() or 1) > 1:
        early = plan_ingest(ledger, kept_as_they_come(), threshold, being_read)
    else:
        extractions.extend(stream)
    if {e.source.id for e in extractions if e.source is not None} != being_read:
        early = None  # a file that failed: the plan must not count it as being read
    if not extractions and not settle_stances(ledger):
        return summary
    if progress and reached:
        # Filing and writing take a while on a big run: not a bar stuck at the end.
        progress(reached[0], reached[1], FILING)
    # Planned against the ledger as it is when written, read again then: this
    # one, a second copy of a big ledger, need not stay while that is saved,
    # unless it is the one an early plan was made against.
    read: Ledger | None = ledger if early is not None else None
    del ledger

    settled = 0
    followed = (0, 0)

    def plan_and_apply(
        editor: LedgerEditor,
    ) -> tuple[list[Extraction], list[tuple[str, str]], list[SourcePlan], list[Planned], Ledger]:
        nonlocal settled, followed
        # Statements a person moved first, so that what is planned sees them settled.
        settled = settle_moved(editor)
        current = editor.ledger
        fresh = list(extractions)
        if not force:
            # Another run may have ingested some of these while we extracted.
            known = {s.id: s.sha256 for s in current.sources}
            fresh = [e for e in fresh if e.source and known.get(e.source.id) != e.source.sha256]
        taken = ExtractSummary()  # made anew on every attempt, so nothing counts twice
        kept = _without_taken_ids(fresh, current, taken)
        if (
            early is not None
            and settled == 0
            and len(kept) == len(extractions)
            and _same_ledger(read, current, editor.read_from, digest)
        ):
            plans, planned = early  # the same ledger and the same articles: the same plan
        else:
            plans, planned = plan_ingest(current, kept, threshold)
        if only is not None:
            plans, planned = _only_chosen(plans, planned, kept, only, current)
        followed = _apply(editor, plans, planned)
        return fresh, taken.failed, plans, planned, current

    fresh, failed, plans, planned, current = update_ledger(
        ledger_path, plan_and_apply, notify=notify
    )
    summary.stances_settled = settled
    summary.claims_retexted, summary.claims_emptied = followed
    summary.skipped += len(extractions) - len(fresh)
    summary.failed.extend(failed)
    _tally(summary, plans, planned, current)
    return summary


def _same_ledger(read: Ledger | None, current: Ledger, data: bytes, digest: str) -> bool:
    """Whether `current`, the ledger to change (read from `data`, the bytes the write
    read under its lock), is the one `read` at first, whose bytes had the key `digest`:
    the same bytes and the same content (the bytes also tell fields that take no part
    in equality, such as a statement's kind)."""
    from claimtrack import cache

    # The write worked out the key of its bytes already (`cache.digest_of` keeps it).
    return read is not None and cache.digest_of(data) == digest and read == current


def _only_chosen(
    plans: Sequence[SourcePlan],
    planned: Sequence[Planned],
    extractions: Sequence[Extraction],
    only: Mapping[str, Container[str]],
    ledger: Ledger,
) -> tuple[list[SourcePlan], list[Planned]]:
    """Of a plan made for whole sources, only the chosen statements' sentences.

    Everything was grouped as `extract` groups it, so a chosen statement goes
    where `extract` would put it. A sentence stays whole (fingerprints count
    the statements of one sentence), and so does what the source's ledger
    entry accounts for already. The others are not recorded as extracted.
    """
    wanted: dict[str, set[str]] = {}
    for extraction in extractions:
        assert extraction.source is not None
        old = ledger.source(extraction.source.id)
        known = _parse_extracted(old.extracted if old else ())
        chosen = only.get(extraction.source.id, ())
        wanted[extraction.source.id] = {
            _sentence(statement)
            for statement, fp in zip(
                extraction.statements, fingerprints(extraction.statements), strict=True
            )
            if fp in chosen or fp in known
        }
    kept_plans = [
        replace(
            plan,
            source=replace(
                plan.source,
                extracted=tuple(
                    entry
                    for entry, statement in zip(
                        plan.source.extracted, extraction.statements, strict=True
                    )
                    if _sentence(statement) in wanted[plan.source.id]
                ),
            ),
        )
        for plan, extraction in zip(plans, extractions, strict=True)
    ]
    kept = [p for p in planned if _sentence(p.statement) in wanted[p.statement.source]]
    return kept_plans, kept


def _sentence(statement: Statement) -> str:
    return " ".join(statement.quote.split())


def _without_taken_ids(
    extractions: Sequence[Extraction], ledger: Ledger, summary: ExtractSummary
) -> list[Extraction]:
    """Leave out a file whose id another run gave to another file meanwhile: never merge two."""
    recorded = {source.id: source.path for source in ledger.sources}
    kept = []
    for extraction in extractions:
        assert extraction.source is not None
        path = recorded.get(extraction.source.id)
        if path is None or path == extraction.source.path:
            kept.append(extraction)
            continue
        summary.failed.append(
            (
                str(extraction.path),
                f"{extraction.path}: another run recorded {path} as source "
                f"{extraction.source.id!r} meanwhile; run `claimtrack extract` again",
            )
        )
    return kept


def preview(
    ledger: Ledger,
    paths: Sequence[Path],
    *,
    threshold: float | None = None,
    force: bool = False,
    jobs: int = 1,
    progress: ProgressFn | None = None,
) -> tuple[list[Planned], ExtractSummary]:
    """What `ingest` would add to `ledger`, and its summary, without writing anything."""
    being_read, extractions, summary = _extract_stream(ledger, paths, force, jobs, progress)
    # Nothing is written: the `extracted` lists a write records are not made.
    plans, planned = plan_ingest(ledger, extractions, threshold, being_read, records=False)
    _tally(summary, plans, planned, ledger)
    return planned, summary


def _tally(
    summary: ExtractSummary, plans: Sequence[SourcePlan], planned: Sequence[Planned], ledger: Ledger
) -> None:
    """Count what a plan adds to `ledger`, for the summary line."""
    from claimtrack.cache import claim_ids

    known = set(claim_ids(ledger.claims))  # of the cache's claims, read from its index
    filed = [p for p in planned if p.assignment.claim_id is not None]
    summary.statements_added = len(filed)
    summary.statements_not_filed = len(planned) - len(filed)
    summary.claims_created = len({p.assignment.claim_id for p in filed} - known)
    summary.statements_kept_deleted = sum(plan.kept_deleted for plan in plans)
    summary.copies = sum(plan.source.copy_of is not None for plan in plans)


def _apply(
    editor: LedgerEditor, plans: Sequence[SourcePlan], planned: Sequence[Planned]
) -> tuple[int, int]:
    """Write a plan; how many claims' texts followed a correction, and how many
    claims a correction emptied were removed."""
    for plan in plans:
        if plan.drop:
            editor.remove_statements(plan.source.id, _keeper(plan.drop))
        if plan.moved:
            editor.update_statements(plan.source.id, _mover(plan.moved))
    claims = set(editor.claim_ids())
    following = {claim_id: plan.source.id for plan in plans for claim_id in plan.follow}
    started: dict[str, str] = {}
    joining: dict[str, list[Planned]] = {}
    for item in planned:
        claim_id = item.assignment.claim_id
        if claim_id is None:
            continue  # no proposition of its own and no claim it matches: not filed
        if claim_id not in claims:
            editor.add_claim(claim_id, item.assignment.claim_text)
            claims.add(claim_id)
            started[claim_id] = item.assignment.claim_text
        if claim_id in started or claim_id in following:
            joining.setdefault(claim_id, []).append(item)
        editor.add_statement(claim_id, _tidy(item.statement))
    marks: dict[tuple[str, str], str] = {}
    retexted = emptied = 0
    for claim_id, text in started.items():
        made_from = _made_from(joining[claim_id], text)
        if made_from is not None:
            marks[made_from.source.id, made_from.fingerprint] = claim_mark(claim_id, text)
    for claim_id, source_id in following.items():
        made_from = _made_from(joining.get(claim_id, ()), None, source_id)
        if made_from is not None:
            assert made_from.assignment.own_text is not None
            text = made_from.assignment.own_text[0]
            claim = editor.ledger.claim(claim_id)
            retexted += claim is not None and claim.text != text
            editor.retext_claim(claim_id, text)
            marks[source_id, made_from.fingerprint] = claim_mark(claim_id, text)
            continue
        # Left with no statement: the claim goes, unless a person commented on it.
        claim = editor.ledger.claim(claim_id)
        if claim is not None and not claim.statements and not editor.commented(claim_id):
            editor.drop_claim(claim_id)
            emptied += 1
    for plan in plans:
        source = plan.source
        if marks:
            source = replace(source, extracted=_marked(source, marks))
        editor.put_source(source)
    return retexted, emptied


def _made_from(
    items: Iterable[Planned], text: str | None, source_id: str | None = None
) -> Planned | None:
    """The first of `items` whose own claim text is `text` (any, with None), of
    `source_id` when given: the statement a claim's text is made from."""
    for item in items:
        own = item.assignment.own_text
        if (
            own is not None
            and item.fingerprint
            and (text is None or own[0] == text)
            and (source_id is None or item.source.id == source_id)
        ):
            return item
    return None


def _marked(source: Source, marks: Mapping[tuple[str, str], str]) -> tuple[str, ...]:
    """`source.extracted` with the claim marks `marks` gives for its fingerprints."""
    entries = []
    for entry in source.extracted:
        fp, _, fields = entry.partition(":")
        mark = marks.get((source.id, fp))
        entries.append(_entry(fp, fields.partition(":")[0], mark) if mark else entry)
    return tuple(entries)


def _tidy(statement: Statement) -> Statement:
    """A statement as the ledger keeps it: quote and content on one line each.

    A quotation that ran over a line break reads better, and stays in a plain
    folded block, with the break as a space; fingerprints ignore whitespace.
    """
    return replace(
        statement,
        quote=" ".join(statement.quote.split()),
        content=" ".join(statement.content.split()),
    )


def _keeper(drop: frozenset[Statement]) -> Callable[[Statement], bool]:
    return lambda statement: statement not in drop


def _mover(moved: Mapping[Statement, int]) -> Callable[[Statement], Statement | None]:
    def move(statement: Statement) -> Statement | None:
        line = moved.get(statement)
        return None if line is None else replace(statement, line=line)

    return move


# --- match: which tracked claim does a text speak about ----------------------------


@dataclass(frozen=True)
class MatchResult:
    """The best tracked claim for one text, and what the text itself says.

    `candidates` are the best claims whatever their score, best first, with
    their texts and scores (as many as asked for). `takes_position` is False
    for a text that takes none ("could not confirm", "declined to comment"):
    its statement's stance then means nothing.
    """

    text: str
    claim: str | None
    claim_text: str | None
    score: float
    statement: Statement
    candidates: tuple[tuple[str, str, float], ...] = ()
    takes_position: bool = True


def match_texts(
    ledger: Ledger,
    texts: Iterable[str],
    threshold: float | None = None,
    top: int = 0,
    *,
    keep: bool = True,
) -> Iterator[MatchResult]:
    """For each text, in order: the best claim at or above the threshold, or None.

    The bar is `match`'s own, not the grouping threshold: the best claim's
    score, or a lower one that stands out from the runner-up's, and for a
    claim holding statements what else the text shares with them: its terms,
    the claim's own words and main actors (`matching.weigh`, `accepts`), the
    two best told apart by the words only one of them uses when they score
    close (`matching.tell_apart`); a `threshold` given is a plain bar instead,
    on the scores' order.
    A text is scored on its content and as a whole, the better kept.
    The text's stance is its stance toward that claim, as in the ledger ("North
    Korea did not send troops" denies that it did); with no claim, toward what
    the text itself says. A text that takes no position ("declined to
    comment", "could not confirm") has none, by the rules `extract` leaves
    such statements out with. `keep` is `build_index`'s.
    """
    from claimtrack.extraction import read_text
    from claimtrack.matching import (
        RANKED_AT_LEAST,
        Evidence,
        decide,
        rank_claims,
        tell_apart,
        weigh,
        without_addresses,
    )
    from claimtrack.stance import Lexicon

    resolver = _resolver(ledger.parties)
    lexicon = Lexicon.build(ledger.cues)
    index = build_index(ledger, resolver, keep=keep)
    tracked = _Tracked(ledger, resolver)
    for text in texts:
        # As extract caps a source's lines: a text is matched on its first
        # MAX_LINE_CHARS characters, so no input makes a run slow.
        # A web address is where the text was found, not what it says.
        read = without_addresses(text[:MAX_LINE_CHARS])
        statement, positioned = read_text(read, resolver, lexicon)
        ranked = rank_claims(index, read, statement.content, max(top, RANKED_AT_LEAST))
        evidence: Evidence | None = None
        if ranked and threshold is None:
            ranked = tell_apart(index, ranked, read)
            runner_up = ranked[1][0] if len(ranked) > 1 else None
            evidence = weigh(index, ranked[0][0], read, statement.content, runner_up)
        claim_id, score = decide(ranked, threshold, evidence)
        candidates = tuple((c, index.claim_text(c), s) for c, s in ranked[:top])
        claim_text = None if claim_id is None else index.claim_text(claim_id)
        if claim_text is not None and positioned:
            statement = _toward(statement, claim_text, lexicon)
        surname = _surname_alone(statement)
        if surname is not None:
            statement = _as_tracked_person(statement, surname, tracked.people(surname))
        if statement.party is None and statement.speaker:
            statement = _as_tracked_party(statement, tracked, resolver)
        yield MatchResult(
            text, claim_id, claim_text, round(score, 1), statement, candidates, positioned
        )


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+")
_SURNAME = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+")


# Beyond this many names asked about, `_Tracked` takes every party of the ledger at
# once: a search of the summaries for a name few claims hold costs about a fifth of
# decoding them all, one most claims hold about as much. `add` asks about one text's
# speaker (its last name, its name); `match` of many texts soon takes them all.
_NAMES_SEARCHED = 2


class _Tracked:
    """The parties a ledger's claims have statements of, asked about by name: the
    parties of each claim's cached summary, no statement built. The first few names
    are looked for alone (`cache.parties_holding`: a few summaries decoded, not
    every one), then every party is taken at once."""

    def __init__(self, ledger: Ledger, resolver: PartyResolver) -> None:
        self._ledger = ledger
        self._resolver = resolver
        self._found: dict[str, set[str]] = {}
        self._all: set[str] | None = None

    def _holding(self, part: str) -> set[str]:
        from claimtrack.cache import claim_summary, parties_holding

        found = self._found.get(part)
        if found is not None:
            return found
        if self._all is None and len(self._found) >= _NAMES_SEARCHED:
            self._all = {
                name
                for claim in self._ledger.claims
                for names in claim_summary(claim)[2]
                for name in names
            }
        if self._all is not None:
            found = {name for name in self._all if part in name}
        else:
            found = parties_holding(self._ledger.claims, part)
        self._found[part] = found
        return found

    def __contains__(self, name: str) -> bool:
        """Whether some claim has a statement of the party `name`."""
        return bool(name) and name in self._holding(name)

    def people(self, surname: str) -> set[str]:
        """The people with a full name ("Donald Trump") whose last name is `surname`."""
        return {
            name
            for name in self._holding(surname)
            if " " in name and name.split()[-1] == surname and self._resolver.kind(name) == "person"
        }


def _as_tracked_party(
    statement: Statement, tracked: _Tracked, resolver: PartyResolver
) -> Statement:
    """A text's speaker that resolves to no party but is written as the name of a
    party the ledger tracks ("Amazon said", "The Wall Street Journal reported"),
    as that party: extract named it so in an article, from the article's own
    words, which a one-line text does not have."""
    name = THE_OPENING.sub("", statement.speaker or "")
    if name not in tracked:
        return statement
    return replace(statement, party=name, kind=resolver.kind(name))


def _surname_alone(statement: Statement) -> str | None:
    """The last name a text's speaker is named by alone ("Trump said", "Mr. Trump
    said"), with no full name or other party resolved for it; else None."""
    if statement.party is not None and (statement.kind != "person" or " " in statement.party):
        return None
    named = _HONORIFIC.sub("", statement.party or statement.speaker or "")
    return named if _SURNAME.fullmatch(named) else None


def _as_tracked_person(statement: Statement, surname: str, people: set[str]) -> Statement:
    """A text's speaker named by `surname` alone as the one person of that name the
    ledger tracks (`people`: the people tracked whose last name it is), as extract
    names them by the full name an article first gives; a name two tracked people
    share is left as it is."""
    if len(people) != 1:
        return statement
    return replace(statement, party=next(iter(people)), kind="person")


# --- add: a claim tracked by hand ---------------------------------------------------


@dataclass(frozen=True)
class Added:
    """What `add_claim` did: the claim that tracks the text, whether it is new, and
    a tracked claim the new one reads like (id, text, score), if any."""

    claim_id: str
    created: bool
    like: tuple[str, str, float] | None = None


def add_claim(editor: LedgerEditor, text: str, claim_id: str | None = None) -> Added:
    """Track `text` as a claim, in an open edit, unless a claim tracks it already.

    A claim whose text is the same (case, spacing and punctuation aside) is
    that claim: nothing is added, and asking for another id for it raises
    `ClaimExists` (renaming is what gives it one); an id another claim has
    raises `ClaimIdTaken`, as `rename` does. A new claim that `match`
    would take for a tracked one, at its own bar of `MATCH_THRESHOLD`, is
    added, with that claim in `like`: only a person can tell a rewording from
    a new proposition, and statements about both would be split between them.
    """
    from claimtrack import cache
    from claimtrack.grouping import make_slug
    from claimtrack.ledger import ClaimExists, ClaimIdTaken
    from claimtrack.matching import MATCH_THRESHOLD

    ledger = editor.ledger
    words = _words_of(text)
    # A text of the same words ends in the same word (`cache.last_word`).
    last = words[-1] if words else ""
    # Only the claims whose text ends in that word: from the cache, only the batches
    # whose sieve holds it are read, and none of their claims is made.
    same = next(
        (
            known
            for known, known_text in cache.claim_texts_ending(ledger.claims, last)
            if _words_of(known_text) == words
        ),
        None,
    )
    if same is not None:
        if claim_id is not None and claim_id != same:
            raise ClaimExists(
                f"'{same}' tracks this text already; to call it {claim_id}, run "
                f"`claimtrack rename {same} {claim_id}`."
            )
        return Added(same, created=False)
    if claim_id is not None and editor.has_claim(claim_id):
        # As `rename` refuses it: the id asked for is the mistake, a usage error.
        raise ClaimIdTaken(
            f"Another claim has the id {claim_id!r} already; choose another id, or "
            "leave out --id for one made from the text."
        )
    # One claim more is no reason to store a big claim index again.
    found = next(match_texts(ledger, [text], threshold=MATCH_THRESHOLD, keep=False), None)
    like = None
    if found is not None and found.claim is not None and found.claim_text is not None:
        like = (found.claim, found.claim_text, found.score)
    new_id = claim_id or make_slug(text, set(editor.claim_ids()))
    editor.add_claim(new_id, text)
    return Added(new_id, created=True, like=like)


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))
