"""Scan a news archive on Dask for statements about the tracked claims.

`extract` files every statement of a few hundred articles into the ledger;
`scan` reads archives of millions, where only the statements about claims the
desk already tracks matter, and writes every statement to a Parquet dataset:

1. `plan_parts` (on the client): the inputs as units of work, a batch of
   article files, a byte range of a JSON Lines file, or a row group of a
   Parquet file. Only paths and offsets travel; workers read the articles.
2. `scan_part` (on a worker): each article's statements, extracted as
   `extract` does (`pipeline.extract_files`, `pipeline.extract_document`);
   each statement matched against the tracked claims as `match` does
   (`pipeline.match_texts`), its stance decided toward the claim it matches;
   the rows written as one Parquet file of the dataset. A failing article is
   recorded with its id and the others go on.
3. `scan_archive` (on the client): start a local cluster or join one, send
   the ledger to every worker once, run the parts, add up what they found.
4. `ingest_matched` (on the client): the matched statements and their
   sources into the ledger through `pipeline.ingest`, so every rule for hand
   edits holds. Grouping, like the ledger, stays on this one machine.

Dask and pyarrow come with the `scale` extra and are imported only here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack import __version__
from claimtrack.errors import ClaimtrackError, UsageError
from claimtrack.model import Ledger, Stance, Statement
from claimtrack.pipeline import extract_document, extract_files, fingerprints, match_texts
from claimtrack.reports import scan_record

if TYPE_CHECKING:
    from distributed import Client

    from claimtrack.pipeline import Extraction, ExtractSummary, ProgressFn
    from claimtrack.sources import SourceFile

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
# What a record of an archive may give besides its `text`.
RECORD_FIELDS = ("id", "title", "url", "published", "outlet")
# A part holds about this much text: big enough that starting it costs little,
# small enough that the workers finish together (at least PARTS_PER_WORKER each).
PART_BYTES = 32 * 1024 * 1024
MIN_PART_BYTES = 256 * 1024
PARTS_PER_WORKER = 4
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

INSTALL_HINT = "Install it with `pip install 'claimtrack[scale]'` (Dask and pyarrow)."


# -- the units of work ----------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One unit of work: some article files, or one slice of one archive file."""

    number: int
    files: tuple[SourceFile, ...] = ()
    # An archive file as sources name it, and its absolute path for workers,
    # whose working folder is not ours.
    archive: str | None = None
    location: str = ""
    # JSON Lines: the records starting in bytes [start, stop); Parquet: row
    # group `start`, whose first row is row `stop` of the file.
    start: int = 0
    stop: int = 0

    def describe(self) -> str:
        if self.archive is None:
            first = self.files[0].id if self.files else "-"
            return f"{len(self.files)} files from {first}"
        if self.archive.endswith(PARQUET_SUFFIXES):
            return f"{self.archive}, row group {self.start}"
        return f"{self.archive}, bytes {self.start:,}-{self.stop:,}"


@dataclass(frozen=True)
class Found:
    """The parts of a scan, and the files passed over with the reason why."""

    parts: list[Part]
    articles_bytes: int
    refused: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def plan_parts(inputs: Sequence[Path], ledger: Ledger, workers: int = 1) -> Found:
    """Split the inputs into parts: article files are named as `extract` names them."""
    from claimtrack.pipeline import ledger_folder, name_files
    from claimtrack.sources import display_path, gather_sources

    archives = _archives_in(inputs)
    articles = [path for path in inputs if path not in archives]
    found = gather_sources(articles, ledger_folder(ledger)) if articles else None
    files = [
        replace(file, path=file.path.absolute())
        for file in (name_files(found.files, ledger) if found else [])
    ]
    sizes = [_size(file.path) for file in files]
    archive_sizes = {path: _size(path) for path in archives}
    total = sum(sizes) + sum(archive_sizes.values())
    target = max(MIN_PART_BYTES, min(PART_BYTES, total // max(1, workers * PARTS_PER_WORKER)))
    parts: list[Part] = []
    batch: list[SourceFile] = []
    held = 0
    for file, size in zip(files, sizes, strict=True):
        batch.append(file)
        held += size
        if held >= target:
            parts.append(Part(len(parts), tuple(batch)))
            batch, held = [], 0
    if batch:
        parts.append(Part(len(parts), tuple(batch)))
    for path, size in archive_sizes.items():
        shown = display_path(path)
        for start, stop in _slices(path, size, target):
            location = str(path.absolute())
            parts.append(Part(len(parts), archive=shown, location=location, start=start, stop=stop))
    refused = list(found.refused) if found else []
    warnings = list(found.warnings) if found else []
    return Found(parts, total, refused, warnings)


def _archives_in(inputs: Sequence[Path]) -> list[Path]:
    """The JSON Lines and Parquet files named, or found (not hidden) in folders named."""
    archives = []
    for path in inputs:
        if path.is_dir():
            archives.extend(
                sorted(
                    found
                    for found in path.rglob("*")
                    if _is_archive(found)
                    and not any(part.startswith(".") for part in found.relative_to(path).parts)
                    and found.is_file()
                )
            )
        elif _is_archive(path):
            archives.append(path)
    return archives


def _is_archive(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when the worker reads it


def _slices(path: Path, size: int, target: int) -> Iterator[tuple[int, int]]:
    name = path.name.lower()
    if name.endswith(PARQUET_SUFFIXES):
        yield from _row_groups(path)
    elif name.endswith(".gz"):
        yield 0, size  # a compressed stream is read from its start
    else:
        for start in range(0, max(size, 1), target):
            yield start, min(size, start + target)


def _row_groups(path: Path) -> Iterator[tuple[int, int]]:
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception as error:
        raise UsageError(f"{path}: not a Parquet file this can read ({error}).") from None
    first_row = 0
    for group in range(metadata.num_row_groups):
        yield group, first_row
        first_row += metadata.row_group(group).num_rows


# -- what a worker does -----------------------------------------------------------------


@dataclass(frozen=True)
class ScanSettings:
    """What every worker needs, sent to each once: the ledger and the options."""

    ledger: Ledger
    out: str
    threshold: float | None = None
    matched_only: bool = False
    # Return what `--ingest` needs: the matched articles and their statements.
    keep_matched: bool = False


@dataclass(frozen=True)
class Matched:
    """An article with statements about tracked claims, as `--ingest` needs it."""

    source: str
    fingerprints: tuple[str, ...]
    # An article file, or a record's text and metadata to save as a source file.
    path: str | None = None
    record: Mapping[str, str] | None = None


@dataclass
class PartResult:
    """What one part gave: counts for the summary, failures, the matched articles."""

    articles: int = 0
    statements: int = 0
    rows: int = 0
    positions: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    matched: list[Matched] = field(default_factory=list)


@dataclass(frozen=True)
class _Read:
    """One article of a part, ready to match, with the record it came from."""

    extraction: Extraction
    record: Mapping[str, str] | None


def scan_part(part: Part, settings: ScanSettings) -> PartResult:
    """Extract, match and write one part; runs on a worker."""
    result = PartResult()
    read = list(_extract_part(part, settings.ledger, result))
    statements = [s for article in read for s in article.extraction.statements]
    result.statements = len(statements)
    matches = iter(_match(statements, settings))
    rows: list[dict[str, Any]] = []
    for article in read:
        extraction = article.extraction
        assert extraction.source is not None
        chosen = []
        for fp in fingerprints(extraction.statements):
            claim, claim_text, score, placed = next(matches)
            if claim is not None:
                result.positions[claim, placed.stance.value] += 1
                chosen.append(fp)
            elif settings.matched_only:
                continue
            rows.append(scan_record(placed, extraction.source, claim, claim_text, score))
        if chosen and settings.keep_matched:
            path = None if article.record else str(extraction.path)
            result.matched.append(
                Matched(extraction.source.id, tuple(chosen), path, article.record)
            )
    result.rows = len(rows)
    write_part(rows, Path(settings.out), part.number)
    return result


def _extract_part(part: Part, ledger: Ledger, result: PartResult) -> Iterator[_Read]:
    if part.archive is None:
        extractions: Iterator[tuple[str, Extraction | str, Mapping[str, str] | None]] = (
            (file.id, extraction, None)
            for file, extraction in zip(
                part.files, extract_files(part.files, ledger.parties, ledger.cues), strict=True
            )
        )
    else:
        extractions = (
            (name, extract_document(doc, ledger.parties, ledger.cues, part.archive), record)
            if not isinstance(doc, str)
            else (name, doc, None)
            for name, doc, record in _records(part)
        )
    for name, extraction, record in extractions:
        result.articles += 1
        if isinstance(extraction, str):
            result.failed.append((name, extraction))
            continue
        if extraction.error is not None:
            result.failed.append((name, extraction.error))
            continue
        result.warnings.extend((name, warning) for warning in extraction.warnings)
        yield _Read(extraction, record)


def _match(
    statements: Sequence[Statement], settings: ScanSettings
) -> Iterator[tuple[str | None, str | None, float, Statement]]:
    """For each statement: its tracked claim (or None), the claim's text, the score, and
    the statement with its stance toward that claim, as `claimtrack match` gives them."""
    from claimtrack.stance import classify_stance

    if not settings.ledger.claims:
        for statement in statements:
            yield None, None, 0.0, statement
        return
    texts = [statement.content or statement.quote for statement in statements]
    lexicon = _lexicon(settings.ledger)
    for statement, found in zip(
        statements, match_texts(settings.ledger, texts, settings.threshold), strict=True
    ):
        if found.claim is None or found.claim_text is None:
            yield None, None, found.score, statement
            continue
        stance = classify_stance(
            statement.cue, statement.content, lexicon, claim=found.claim_text, grouped=True
        )
        if stance is not statement.stance:
            statement = replace(statement, stance=stance)
        yield found.claim, found.claim_text, found.score, statement


_LEXICONS: dict[object, Any] = {}


def _lexicon(ledger: Ledger) -> Any:
    """The ledger's lexicon, built once per worker process."""
    from claimtrack.stance import Lexicon

    if ledger.cues not in _LEXICONS:
        _LEXICONS.clear()
        _LEXICONS[ledger.cues] = Lexicon.build(ledger.cues)
    return _LEXICONS[ledger.cues]


# -- reading records of JSON Lines and Parquet archives ---------------------------------


def _records(part: Part) -> Iterator[tuple[str, Any, Mapping[str, str] | None]]:
    """Each record of the part: its source id, and its `Document` or why it is unreadable."""
    assert part.archive is not None
    path = Path(part.location or part.archive)
    stem = _stem(path)
    try:
        if part.archive.endswith(PARQUET_SUFFIXES):
            raw: Iterator[tuple[str, object]] = _parquet_rows(path, part.start, part.stop, stem)
        else:
            raw = _jsonl_lines(path, part.start, part.stop, stem)
        for fallback, value in raw:
            yield _article(value, fallback, part.archive)
    except OSError as error:
        yield f"{stem}-{part.start}", f"{part.archive}: cannot read: {error}", None


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, *PARQUET_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem


def _jsonl_lines(path: Path, start: int, stop: int, stem: str) -> Iterator[tuple[str, object]]:
    """The records starting in bytes [start, stop), named `stem-OFFSET` until their id is read."""
    import gzip

    opener = gzip.open if path.name.lower().endswith(".gz") else Path.open
    with opener(path, "rb") as handle:
        if start:
            handle.seek(start - 1)
            handle.readline()  # the line holding byte start-1 belongs to the part before
        while True:
            offset = handle.tell()
            if offset >= stop and not path.name.lower().endswith(".gz"):
                return
            line = handle.readline()
            if not line:
                return
            if line.strip():
                yield f"{stem}-{offset}", line


def _parquet_rows(path: Path, group: int, first: int, stem: str) -> Iterator[tuple[str, object]]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = set(parquet.schema_arrow.names)
    columns = [name for name in ("text", *RECORD_FIELDS) if name in names]
    for number, row in enumerate(parquet.read_row_group(group, columns=columns).to_pylist()):
        yield f"{stem}-{first + number}", row


def _article(
    value: object, fallback: str, archive: str
) -> tuple[str, Any, Mapping[str, str] | None]:
    from claimtrack.sources import document_from_text

    if isinstance(value, bytes):
        try:
            value = json.loads(value)
        except ValueError as error:  # a JSONDecodeError or a UnicodeDecodeError
            return fallback, f"{archive}: not a JSON object ({error})", None
    if not isinstance(value, dict):
        return fallback, f"{archive}: a record must be a JSON object with a `text`", None
    name = record_id(value.get("id"), fallback)
    text = value.get("text")
    if not isinstance(text, str):
        return name, f"{archive}: the record has no `text` (a string)", None
    given = {key: _metadata(value.get(key)) for key in RECORD_FIELDS[1:]}
    doc = document_from_text(text, name, archive)
    # What the record gives wins, as front matter does; the text fills in the rest.
    source = doc.source
    doc = replace(
        doc,
        source=replace(
            source,
            title=given["title"] or source.title,
            url=given["url"] or source.url,
            published=given["published"] or source.published,
            outlet=given["outlet"] or source.outlet,
        ),
    )
    record = {"text": text} | {key: value for key, value in given.items() if value}
    return name, doc, record


def record_id(given: object, fallback: str) -> str:
    """A record's source id: its `id` as a file name can hold it, or `fallback`.

    Ids become file names when `--ingest` saves the record under sources/, so
    anything but letters, digits, `.`, `_` and `-` becomes `-`.
    """
    if given is None:
        return fallback
    safe = _ID_UNSAFE.sub("-", str(given)).strip("-.")
    return safe or fallback


def _metadata(value: object) -> str | None:
    """A metadata field as text: a date or time as its ISO date."""
    import datetime as dt

    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


# -- the dataset ----------------------------------------------------------------------------


def dataset_schema() -> Any:
    """The Parquet schema of a scan's rows: `reports.SCAN_COLUMNS`, typed."""
    import pyarrow as pa

    from claimtrack.reports import SCAN_COLUMNS, SPAN_COLUMNS

    types = {"score": pa.float64(), "line": pa.int32()} | {
        name: pa.list_(pa.int32()) for name in SPAN_COLUMNS
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in SCAN_COLUMNS])


def part_name(number: int) -> str:
    return f"part.{number:05d}.parquet"


def write_part(rows: Sequence[Mapping[str, Any]], out: Path, number: int) -> Path:
    """Write one part's rows, whole or not at all (renamed into place when complete)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(list(rows), schema=dataset_schema())
    path = out / part_name(number)
    partial = out / f".{path.name}.{os.getpid()}.partial"
    pq.write_table(table, partial, compression="zstd")
    partial.replace(path)
    return path


# -- running it on a cluster -------------------------------------------------------------------


@dataclass
class ScanSummary(PartResult):
    """What a whole scan found, added up from its parts."""

    parts: int = 0
    workers: int = 0
    seconds: float = 0.0

    def add(self, result: PartResult) -> None:
        self.parts += 1
        self.articles += result.articles
        self.statements += result.statements
        self.rows += result.rows
        self.positions.update(result.positions)
        self.failed.extend(result.failed)
        self.warnings.extend(result.warnings)
        self.matched.extend(result.matched)

    @property
    def about_claims(self) -> int:
        return sum(self.positions.values())


def scan_archive(
    ledger: Ledger,
    inputs: Sequence[Path],
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    threshold: float | None = None,
    matched_only: bool = False,
    keep_matched: bool = False,
    progress: ProgressFn | None = None,
) -> ScanSummary:
    """Scan `inputs` on Dask into a Parquet dataset under `out`.

    On the cluster at `scheduler`, or on a local one of `workers` processes
    (default: one per core). The ledger is sent to each worker once.
    """
    _prepare_out(out)
    started = time.perf_counter()
    with _client(scheduler, workers) as client:
        _check_workers(client, scheduler)
        count = len(client.scheduler_info()["workers"])
        found = plan_parts(inputs, ledger, count)
        summary = ScanSummary(failed=list(found.refused), warnings=list(found.warnings))
        summary.workers = count
        settings = ScanSettings(ledger, str(out.resolve()), threshold, matched_only, keep_matched)
        _run(client, found.parts, settings, summary, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; give a folder for the Parquet dataset.")
    if out.is_dir() and any(out.iterdir()):
        raise UsageError(
            f"--out {out} is not empty; give a new folder for the dataset, "
            "or remove the old one first."
        )
    out.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClaimtrackError(f"`claimtrack scan` needs Dask. {INSTALL_HINT}") from None
    with contextlib.ExitStack() as stack:
        if scheduler is not None:
            try:
                client = stack.enter_context(Client(scheduler, timeout="20s"))
            except (OSError, TimeoutError) as error:
                raise ClaimtrackError(
                    f"Cannot reach the Dask scheduler at {scheduler} ({error}). Is it running, "
                    "and is the address the one `dask scheduler` printed?"
                ) from None
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,  # extraction is pure Python: one per process
                    processes=True,
                    dashboard_address=":0",  # any free port: never clash with another cluster
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
        yield client


def _check_workers(client: Client, scheduler: str | None) -> None:
    """Every worker must run this claimtrack: a scan must mean the same on each."""
    where = f"at {scheduler}" if scheduler else "here"
    try:
        versions = client.run(_claimtrack_version)
    except Exception as error:
        raise ClaimtrackError(
            f"The Dask workers {where} cannot run claimtrack ({error}). Install "
            f"claimtrack {__version__} with its scale extra on every worker."
        ) from None
    if not versions:
        raise ClaimtrackError(f"The Dask cluster {where} has no workers; start some first.")
    other = sorted(
        {f"{worker}: {version}" for worker, version in versions.items() if version != __version__}
    )
    if other:
        raise ClaimtrackError(
            f"Some Dask workers run another claimtrack than this one ({__version__}): "
            f"{', '.join(other)}. Install the same version everywhere."
        )


def _claimtrack_version() -> str:
    return __version__


def _run(
    client: Client,
    parts: Sequence[Part],
    settings: ScanSettings,
    summary: ScanSummary,
    progress: ProgressFn | None,
) -> None:
    from distributed import as_completed

    if not parts:
        return
    shared = client.scatter(settings, broadcast=True)
    futures = {
        client.submit(
            scan_part,
            part,
            shared,
            pure=False,
            key=f"claimtrack-scan-{part.number}-{os.getpid()}-{id(settings)}",
        ): part
        for part in parts
    }
    for done, future in enumerate(as_completed(futures), 1):
        part = futures[future]
        try:
            summary.add(future.result())
        except Exception as error:  # a lost worker or a part that could not be written
            summary.parts += 1
            summary.failed.append(
                (part.describe(), f"the part failed: {error or type(error).__name__}")
            )
        future.release()
        if progress:
            progress(done, len(parts), part.describe())


def periodic_progress(say: Callable[[str], None], seconds: float = 30.0) -> ProgressFn:
    """Progress as a line every `seconds`, for a log where no bar is drawn."""
    last = time.monotonic()

    def tell(done: int, total: int, label: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= seconds or done == total:
            last = now
            say(f"Scanned {done}/{total} parts ({label}).")

    return tell


def _counted(count: int, noun: str) -> str:
    """`1 article`, `2,400 articles`: a count with its noun in the number it takes."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def summary_lines(summary: ScanSummary, ledger: Ledger, out: Path) -> list[str]:
    """What the scan found, for stderr: counts, then each tracked claim by stance."""
    about = summary.about_claims
    failed = f" ({len(summary.failed)} failed)" if summary.failed else ""
    lines = [
        f"Scanned {_counted(summary.articles, 'article')}{failed} with "
        f"{_counted(summary.workers, 'worker')} in {summary.seconds:.1f} s: "
        f"{_counted(summary.statements, 'statement')}, {about:,} about tracked claims. "
        f"Wrote {_counted(summary.rows, 'row')} to {out}/ "
        f"({_counted(summary.parts, 'Parquet file')})."
    ]
    by_claim: dict[str, Counter[str]] = {}
    for (claim, stance), count in summary.positions.items():
        by_claim.setdefault(claim, Counter())[stance] += count
    texts = {claim.id: claim.text for claim in ledger.claims}
    for claim, stances in sorted(by_claim.items(), key=lambda item: (-item[1].total(), item[0])):
        counts = ", ".join(f"{stances[s]:,} {s}" for s in Stance if stances[s])
        lines.append(f"  {claim}: {stances.total():,} ({counts})  {texts.get(claim, '')}")
    return lines


# -- adding the matched statements to the ledger -------------------------------------------


def ingest_matched(
    ledger_path: Path,
    summary: ScanSummary,
    *,
    threshold: float | None = None,
    progress: ProgressFn | None = None,
    notify: Callable[[str], None] | None = None,
) -> ExtractSummary:
    """Add the statements about tracked claims, and their sources, through `pipeline.ingest`.

    An article file is ingested where it is; a record of an archive is first
    saved as `sources/ID.txt` beside the ledger (its metadata as front matter),
    since a source in the ledger is a file. Only the matched statements of
    each source are added, with any other statement of the same sentence.
    """
    from claimtrack.pipeline import ExtractSummary, ingest

    folder = ledger_path.parent / "sources"
    paths: list[Path] = []
    only: dict[str, set[str]] = {}
    failed: list[tuple[str, str]] = []
    for article in summary.matched:
        if article.record is not None:
            saved = save_record(folder, article.source, article.record)
            if isinstance(saved, str):
                failed.append((article.source, saved))
                continue
            paths.append(saved)
        else:
            assert article.path is not None
            paths.append(Path(article.path))
        only.setdefault(article.source, set()).update(article.fingerprints)
    if not paths:
        result = ExtractSummary()
    else:
        result = ingest(
            ledger_path, paths, threshold=threshold, progress=progress, notify=notify, only=only
        )
    result.failed.extend(failed)
    return result


def save_record(folder: Path, source_id: str, record: Mapping[str, str]) -> Path | str:
    """Save a record as `folder/ID.txt`, its metadata as front matter; or why it cannot be.

    Plain text, not Markdown, so the article reads exactly as the scan read it.
    A file already there with the same content is reused; one with other
    content is never overwritten.
    """
    from claimtrack.importer import article_markdown
    from claimtrack.markup import WebArticle

    fields = {key: record.get(key) for key in RECORD_FIELDS[1:]}
    content = article_markdown(WebArticle(record["text"], **fields)).encode("utf-8")
    path = folder / f"{source_id}.txt"
    if path.exists():
        if path.read_bytes() == content:
            return path
        return (
            f"{path} already holds another article; give the record another id, "
            "or move that file away"
        )
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{path.name}.partial"
    partial.write_bytes(content)
    partial.replace(path)
    return path
