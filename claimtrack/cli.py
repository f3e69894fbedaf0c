"""The `claimtrack` command: a thin adapter from the command line to the library.

Each command parses its options, calls one library function and hands the
result to a renderer. Errors travel up as `ClaimtrackError`s to `main`, the
one place that turns them into messages and exit codes.

Heavy modules (the ledger reader and writer, rapidfuzz, rich, YAML) are
imported inside commands so that `claimtrack --help` starts at once.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack import __version__, reports
from claimtrack._params import convert_plainly, name_plainly
from claimtrack.errors import (
    ClaimtrackError,
    ExitCode,
    Interrupted,
    NotFoundError,
    OutputClosed,
    UsageError,
)
from claimtrack.matching import (
    EVIDENCE_BAR,
    MATCH_FLOOR,
    MATCH_MARGIN,
    MATCH_THRESHOLD,
    PLAIN_BAR,
    PLAIN_TERM_POINTS,
    TERM_POINTS,
    TERMS_COUNTED,
)
from claimtrack.model import Stance
from claimtrack.render import Format, Terminal, counted, render

if TYPE_CHECKING:
    from claimtrack.model import Ledger
    from claimtrack.pipeline import ExtractSummary

app = typer.Typer(
    name="claimtrack",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class Session:
    """The global options of one run, and where its output goes."""

    ledger: Path = Path("claims.yaml")
    debug: bool = False
    terminal: Terminal = field(default_factory=Terminal.from_process)


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv when piped.",
        show_default=False,
    ),
]


def _complete_claim_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Claim ids for shell completion, each with its text as help; nothing when no ledger reads."""
    from claimtrack.ledger import read_ledger

    root = ctx.find_root()
    path = root.params.get("ledger") or Path("claims.yaml")
    try:
        ledger = read_ledger(Path(path))
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [(claim.id, claim.text) for claim in ledger.claims if claim.id.startswith(incomplete)]


# Words given without quotes (`claimtrack show artillery shells`) are one query.
ClaimArgument = Annotated[
    list[str],
    typer.Argument(
        help="A claim id, or words from the claim's text.",
        metavar="CLAIM",
        autocompletion=_complete_claim_ids,
    ),
]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    ctx: typer.Context,
    ledger: Annotated[
        Path,
        typer.Option(
            "--ledger",
            metavar="FILE",
            envvar="CLAIMTRACK_LEDGER",
            help="The ledger file to use.",
            dir_okay=False,
        ),
    ] = Path("claims.yaml"),
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback when something fails.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Track who asserts, denies and disputes each claim across news articles.

    The claims live in a YAML ledger, claims.yaml, that you can read, diff and
    edit by hand; `claimtrack check` tells you if an edit broke it.
    """
    session = ctx.ensure_object(Session)
    session.ledger = ledger
    session.debug = debug


# -- setting up -------------------------------------------------------------


@app.command()
def init(
    ctx: typer.Context,
    directory: Annotated[
        Path | None,
        typer.Argument(
            help="Folder for the ledger and sources/ (default: beside --ledger).", file_okay=False
        ),
    ] = None,
) -> None:
    """Start a ledger: create claims.yaml and a sources/ folder.

    Put the articles you follow in sources/ (.txt, .md, or saved web pages
    with the web extra; `claimtrack import` saves pages and feeds there), then
    run `claimtrack extract`. An existing ledger is never overwritten. For
    example:

    \b
        claimtrack init
        claimtrack import https://example.org/news/article.html
        claimtrack extract && claimtrack list
    """
    from claimtrack.ledger import init_ledger

    session = _session(ctx)
    path = directory / "claims.yaml" if directory is not None else session.ledger
    sources = path.parent / "sources"
    if sources.exists() and not sources.is_dir():
        raise ClaimtrackError(
            f"Cannot create the folder {sources}/: a file has that name. "
            "Move the file away, or start the ledger in another folder; nothing was created."
        )
    _make_folder(path.parent)
    init_ledger(path)
    _make_folder(sources)
    session.terminal.say(f"Created {path} and {sources}/. {_init_next_step(path, sources)}")


def _init_next_step(path: Path, sources: Path) -> str:
    """What to do after `init`: a ledger made elsewhere than here is named, or
    `claimtrack extract` run here would look for another ledger."""
    if path.resolve() == Path(os.environ.get("CLAIMTRACK_LEDGER") or "claims.yaml").resolve():
        return "Put articles in sources/, then run `claimtrack extract`."
    return (
        f"Put articles in {sources}/, then run "
        f"`claimtrack --ledger {shlex.quote(str(path))} extract`."
    )


def _make_folder(folder: Path) -> None:
    """Make `folder` and the folders above it, or say plainly why it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ClaimtrackError(f"Cannot create the folder {folder}: {reason}.") from None


# -- reading articles ---------------------------------------------------------


def _threshold_option(help_text: str) -> Any:
    """`--threshold SCORE`, a bar of 0 to 100, as each command reads it."""
    return typer.Option(
        "--threshold", "-t", min=0, max=100, metavar="SCORE", help=help_text, show_default=False
    )


ThresholdOption = Annotated[
    float | None,
    _threshold_option(
        "How alike (0-100) a statement and a claim must be to go together. "
        "Default: the ledger's settings.threshold."
    ),
]

SOURCES_FOLDER = "sources"


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files, or folders to search for .txt, .md, .html and .htm files "
            "(web pages need the web extra). Default: the sources/ folder beside the ledger.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", "-n", help="Print the statements it would add, and write nothing."
        ),
    ] = False,
    threshold: ThresholdOption = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, metavar="N", help="Read with N processes (0: one per core)."
        ),
    ] = 1,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Read unchanged sources again: without PATHs, sources/ and every other "
            "article the ledger recorded whose file is still there. Your edits to the ledger "
            "still stand.",
        ),
    ] = False,
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format of --dry-run, and only with it. Default: table on a terminal, "
            "tsv when piped.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read articles and record who asserts, denies or disputes what.

    Finds the attributed statements in each new or changed article, works
    out each speaker's party and stance, and files each statement under the
    claim it is about (a tracked claim, or a new one). Unchanged articles
    are skipped, so running it again is cheap and changes nothing. Creates
    the ledger if there is none. Exits with status 1 if some article could
    not be read, such as a web page without the web extra installed
    (pip install 'claimtrack[web]'); the others are still recorded.

    With --dry-run it prints the statements instead (--format applies, and
    only then: without --dry-run, --format is a usage error, since a real run
    prints only its summary, on stderr), for example one JSON object per line
    with character offsets:

    \b
        claimtrack extract sources/new-article.txt --dry-run --format jsonl
    """
    from claimtrack._collector import fewer_collections
    from claimtrack.render import tell_extract_summary

    session = _session(ctx)
    if output_format is not None and not dry_run:
        raise UsageError(
            f"--format {output_format.value} applies to --dry-run only: extract prints no "
            "statements, only its summary on stderr. Add --dry-run to print what it would add, "
            "or run it without --format and then `claimtrack statements --source ID` to see "
            "what one source gave."
        )
    chosen = _source_paths(paths, session.ledger, recorded_too=force)
    options = _ExtractOptions(chosen, threshold, force, jobs)
    with fewer_collections():
        summary = _preview(ctx, options, output_format) if dry_run else _ingest(session, options)
    tell_extract_summary(session.terminal, summary, dry_run=dry_run)
    if summary.failed:
        raise typer.Exit(ExitCode.PROBLEMS)


@dataclass(frozen=True)
class _ExtractOptions:
    paths: list[Path]
    threshold: float | None
    force: bool
    jobs: int


def _preview(
    ctx: typer.Context, options: _ExtractOptions, output_format: Format | None
) -> ExtractSummary:
    """Print what extract would add; works without a ledger (then nothing is known yet)."""
    from claimtrack.pipeline import preview

    session = _session(ctx)
    ledger = _read_or_empty(session.ledger)
    with session.terminal.progress("Reading") as progress:
        planned, summary = preview(
            ledger,
            options.paths,
            threshold=options.threshold,
            force=options.force,
            jobs=options.jobs,
            progress=progress,
        )
    known = {claim.id for claim in ledger.claims}
    _render(ctx, reports.planned_report(planned, known), output_format)
    return summary


def _ingest(session: Session, options: _ExtractOptions) -> ExtractSummary:
    from claimtrack.ledger import init_ledger
    from claimtrack.pipeline import ingest

    if not session.ledger.exists():
        init_ledger(session.ledger)
        session.terminal.say(f"Created {session.ledger}.")
    with session.terminal.progress("Reading") as progress:
        return ingest(
            session.ledger,
            options.paths,
            threshold=options.threshold,
            force=options.force,
            jobs=options.jobs,
            progress=progress,
            notify=session.terminal.say,
        )


@app.command("import")
def import_articles(
    ctx: typer.Context,
    targets: Annotated[
        list[str],
        typer.Argument(
            metavar="URL|FILE...",
            help="Web pages (URLs), saved .html files, or RSS/Atom feeds (URLs or files).",
        ),
    ],
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="DIR",
            file_okay=False,
            help="Folder to save into. Default: the sources/ folder beside the ledger.",
            show_default=False,
        ),
    ] = None,
    output_format: FormatOption = None,
) -> None:
    """Save articles from the web into sources/, as Markdown with front matter.

    Each page's article (not its menus, ads or comments) is saved with its
    title, URL, date and outlet; a feed saves every article it lists. Run
    `claimtrack extract` afterwards to read them. Needs the web extra
    (pip install 'claimtrack[web]'). Exits with status 1 if some could not
    be saved; the others are. For example:

    \b
        claimtrack import https://example.org/news/article.html
        claimtrack import https://example.org/world/rss.xml saved-page.html
    """
    from claimtrack.importer import import_articles as save_articles

    session = _session(ctx)
    folder = into if into is not None else session.ledger.parent / SOURCES_FOLDER
    results = list(save_articles(targets, folder))
    _render(ctx, reports.import_report(results), output_format)
    failed = [item for item in results if item.error]
    for item in failed:
        session.terminal.fail(str(item.error))
    saved = sum(1 for item in results if item.saved)
    had = sum(1 for item in results if item.path is not None and not item.saved)
    summary = f"Saved {saved} {'article' if saved == 1 else 'articles'} into {folder}/"
    summary += f" ({had} already there)" if had else ""
    if saved:
        # `extract` without paths reads the sources/ beside the ledger only.
        default = folder.resolve() == (session.ledger.parent / SOURCES_FOLDER).resolve()
        command = "claimtrack extract" if default else f"claimtrack extract {folder}"
        summary += f". Run `{command}` to read {'it' if saved == 1 else 'them'}"
    session.terminal.say(summary + ".")
    if failed:
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command()
def match(
    ctx: typer.Context,
    texts: Annotated[
        list[str] | None,
        typer.Argument(
            help="Texts to match, such as headlines or sentences; - reads texts from stdin, "
            "one per line, in its place. Default: one per line on stdin.",
            show_default=False,
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        _threshold_option(
            "How alike (0-100) a text and a claim must be for the text to be about it. "
            "Default: match's own rule, calibrated on news headlines. A claim holding "
            "statements: its score, plus its lead over the runner-up, plus "
            f"{TERM_POINTS:g} for each term of the text its statements use ({TERMS_COUNTED} "
            "at most), more for words few other claims use and for the claim's main words, "
            f"less for its main actors left out, reaching {EVIDENCE_BAR:g} (or, for a text "
            "using half the claim's main words, "
            f"{PLAIN_TERM_POINTS:g} a term reaching {PLAIN_BAR:g}). A claim holding "
            "only its text: a score "
            f"of {MATCH_THRESHOLD:g}, or {MATCH_FLOOR:g} and {MATCH_MARGIN:g} above the "
            "runner-up."
        ),
    ] = None,
    top: Annotated[
        int,
        typer.Option(
            "--top",
            "-k",
            min=0,
            metavar="K",
            help="Also list the K best claims for each text, with their scores.",
        ),
    ] = 0,
    output_format: FormatOption = None,
) -> None:
    """Find the tracked claim each text speaks about, and its stance.

    For each text, in order: the best matching claim and its score (0-100),
    and who the text quotes (speaker, party), the cue and the stance (none for
    a text that takes no position, such as "declined to comment"). A text
    whose best claim does not pass the threshold is about no tracked claim
    (its score is then the best seen); --top shows the candidates anyway, in
    the order match ranks them: two that score close are told apart by the
    words only one of them shares with the text, so a lower score may come
    first. Writes nothing. Exits with status 3 when no text matches any
    claim. For example:

    \b
        claimtrack match "Pyongyang denied sending troops to Russia"
        cat headlines.txt | claimtrack match --format jsonl --top 3
        cat headlines.txt | claimtrack match "Seoul says troops crossed" -
    """
    from claimtrack.pipeline import MAX_LINE_CHARS, match_texts

    session = _session(ctx)
    ledger = _read(ctx)
    wanted = _texts_or_stdin(texts, session)
    if not wanted:
        raise UsageError("No text to match: give texts as arguments, or one per line on stdin.")
    for number, text in enumerate(wanted, 1):
        if len(text) > MAX_LINE_CHARS:
            session.terminal.warn(
                f"Text {number} has {len(text):,} characters; only its first "
                f"{MAX_LINE_CHARS:,} are matched (a headline or a sentence is far shorter)."
            )
    results = list(match_texts(ledger, wanted, threshold, top))
    _render(ctx, reports.match_report(results, top), output_format)
    if not any(result.claim for result in results):
        raise NotFoundError(_no_match_message(ledger, len(results)))


@app.command()
def scan(
    ctx: typer.Context,
    archives: Annotated[
        list[Path],
        typer.Argument(
            help="Folders of .txt, .md and .html articles, and JSON Lines (.jsonl, .ndjson, "
            "either gzipped) or "
            "Parquet files of records with a `text` (and `id`, `title`, `url`, `published`, "
            "`outlet` when present).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="A new folder for the Parquet dataset.",
            file_okay=False,
        ),
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on this Dask cluster (tcp://host:8786). Default: a local cluster.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            metavar="N",
            help="Local cluster size (default: one per core).",
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        _threshold_option(
            "How alike (0-100) a statement and a claim must be for the statement to be "
            "about it. Default: match's own rule (see `claimtrack match --help`); with "
            "--ingest, they are grouped as `extract` groups them, at this bar or else the "
            "ledger's settings.threshold."
        ),
    ] = None,
    matched_only: Annotated[
        bool,
        typer.Option("--matched-only", help="Keep only statements about tracked claims."),
    ] = False,
    ingest: Annotated[
        bool,
        typer.Option(
            "--ingest",
            help="Then add the statements about tracked claims, and their sources, to the ledger.",
        ),
    ] = False,
) -> None:
    """Scan a news archive for statements about the tracked claims, on Dask.

    Every article is read as `extract` reads it, and each statement is
    matched against the ledger's claims as `match` does. One row per
    statement goes to a Parquet dataset under --out (claim and score, then the
    fields of `extract --dry-run`); a summary goes to stderr. Needs the scale
    extra: pip install 'claimtrack[scale]'. Exits with status 1 if some
    article failed; the others are still scanned. For example:

    \b
        claimtrack scan archive/ crawl.jsonl --out scan/ --matched-only
        claimtrack scan /shared/news --out /shared/scan --scheduler tcp://10.0.0.5:8786
    """
    from claimtrack.render import tell_extract_summary
    from claimtrack.scan import ingest_matched, periodic_progress, scan_archive, summary_lines

    session = _session(ctx)
    ledger = _read(ctx, report=False) if ingest else _read_or_empty(session.ledger)
    if not ledger.claims:
        session.terminal.warn(
            "The ledger tracks no claims, so no statement can match one; "
            "track claims with `claimtrack add` or `claimtrack extract` first."
        )
    with session.terminal.progress("Scanning") as progress:
        summary = scan_archive(
            ledger,
            _source_paths(archives, session.ledger),
            out,
            scheduler=scheduler,
            workers=workers,
            threshold=threshold,
            matched_only=matched_only,
            keep_matched=ingest,
            progress=progress or periodic_progress(session.terminal.say),
        )
    for article, error in summary.failed:
        session.terminal.fail(f"{article}: {error}")
    for line in summary_lines(summary, ledger, out):
        session.terminal.say(line)
    failed = bool(summary.failed)
    if ingest:
        with session.terminal.progress("Adding") as progress:
            added = ingest_matched(
                session.ledger,
                summary,
                threshold=threshold,
                progress=progress,
                notify=session.terminal.say,
            )
        tell_extract_summary(session.terminal, added, dry_run=False)
        failed = failed or bool(added.failed)
    if failed:
        raise typer.Exit(ExitCode.PROBLEMS)


def _source_paths(paths: list[Path] | None, ledger: Path, recorded_too: bool = False) -> list[Path]:
    """The paths to read; each must exist, and without any, the sources/ beside the ledger must.

    Without paths and with `recorded_too` (`--force`), also every article the
    ledger recorded from outside sources/ whose file is still there.
    """
    if not paths:
        folder = ledger.parent / SOURCES_FOLDER
        elsewhere = _recorded_elsewhere(ledger, folder) if recorded_too else []
        if elsewhere:
            return [folder, *elsewhere] if folder.is_dir() else elsewhere
        if not folder.is_dir():
            # init starts no ledger where one is, so beside one the folder is made by hand.
            start = (
                f"make a {SOURCES_FOLDER}/ folder there and put articles in it"
                if ledger.exists()
                else f"run `claimtrack init` and put articles in {SOURCES_FOLDER}/"
            )
            raise UsageError(
                f"No {folder.as_posix()}/ folder beside the ledger ({ledger}). Name the articles "
                f"or folders to read (`claimtrack extract PATH ...`), or {start}."
            )
        return [folder]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise UsageError(f"No such file or folder: {', '.join(missing)}.")
    return paths


def _recorded_elsewhere(ledger: Path, folder: Path) -> list[Path]:
    """The ledger's sources outside `folder` whose files still exist, in ledger order."""
    import os

    from claimtrack.ledger import read_ledger
    from claimtrack.sources import resolve_recorded

    if not ledger.exists():
        return []
    inside = os.path.normcase(os.path.normpath(folder.absolute())) + os.sep
    found: dict[str, Path] = {}
    for source in read_ledger(ledger).sources:
        path = resolve_recorded(source.path, ledger.parent)
        key = os.path.normcase(os.path.normpath(path.absolute()))
        if not key.startswith(inside) and path.is_file():
            found.setdefault(key, path)
    return list(found.values())


def _read_or_empty(path: Path) -> Ledger:
    """The ledger, or an empty one when there is none yet (nothing is known)."""
    from claimtrack.ledger import read_ledger
    from claimtrack.model import Ledger

    if not path.exists():
        return Ledger(path=str(path))
    return read_ledger(path)


def _texts_or_stdin(texts: list[str] | None, session: Session) -> list[str]:
    """The texts as given, with the lines of stdin in place of `-`; stdin alone without any."""
    if not texts:
        return _stdin_lines(session)
    if texts.count("-") > 1:
        raise UsageError("Give - (the texts on stdin) only once: stdin can be read only once.")
    if "-" not in texts:
        return texts
    at = texts.index("-")
    return [*texts[:at], *_stdin_lines(session), *texts[at + 1 :]]


def _stdin_lines(session: Session) -> list[str]:
    import re
    import sys

    if sys.stdin.isatty():
        session.terminal.say("Type or paste texts, one per line; end with Ctrl-D.")
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream with no bytes beneath (as in tests)
        return [line.strip() for line in sys.stdin if line.strip()]
    # Bytes, decoded here: the locale's decoder stops at the first byte that is not
    # UTF-8, or hides it, where a file of headlines saved by an old editor is common.
    data = raw.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        session.terminal.warn(
            "The texts on stdin are not UTF-8; read as Windows-1252, so some characters "
            "may be wrong. Save them as UTF-8 to be sure."
        )
    # Lines as a text file gives them (\n, \r\n or \r), not every break str.splitlines knows.
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text) if line.strip()]


def _no_match_message(ledger: Ledger, count: int) -> str:
    if not ledger.claims:
        return "The ledger has no claims yet; run `claimtrack extract` or `claimtrack add` first."
    which = "The text does not match" if count == 1 else f"None of the {count} texts matches"
    return (
        f"{which} any tracked claim well enough. --top 3 shows the nearest claims and their "
        "scores, --threshold SCORE sets a lower bar, and `claimtrack add` tracks a new claim."
    )


# -- reading the ledger -----------------------------------------------------


@app.command("list")
def list_claims(
    ctx: typer.Context,
    party: Annotated[
        str | None,
        typer.Option(
            "--party", "-p", help="Only claims this party takes a stance on (name or alias)."
        ),
    ] = None,
    stance: Annotated[
        Stance | None,
        typer.Option(
            "--stance",
            "-s",
            help="Only claims someone takes this stance on (with --party: that party).",
        ),
    ] = None,
    contested: Annotated[
        bool,
        typer.Option(
            "--contested",
            help="Only claims that some party denies or disputes; a denial or doubt from a "
            "speaker with no party counts too, shown as 'N with no party'.",
        ),
    ] = False,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="ID", help="Only claims cited in this source (its id)."),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            metavar="WORDS",
            help="Only claims whose id, text or quotes contain all these words.",
        ),
    ] = None,
    output_format: FormatOption = None,
) -> None:
    """List claims and who asserts, denies, disputes each.

    One row per claim, with the number of statements and sources that cite
    it. A statement whose speaker resolves to no party ("an official",
    "sources") is counted beside its stance as "N with no party" (in JSON,
    no_party: statements by stance). Filters combine; when they match no
    claim, it exits with status 3, its message on stderr, and prints no rows
    (TSV and CSV still their header line, JSON `[]`).
    For example, the claims Russia denies:

    \b
        claimtrack list --party Russia --stance denies
    """
    ledger = _read(ctx)
    claim_filter = reports.ClaimFilter(party, stance, contested, source, search)
    report = reports.list_report(ledger, claim_filter)
    filtered_out = not report.records and claim_filter != reports.ClaimFilter()
    _render_rows(ctx, report, output_format, filtered_out)
    if filtered_out:
        raise NotFoundError(
            reports.unknown_filter(ledger, claim_filter)
            or "No claim matches these filters. Loosen them, or see `claimtrack list` for all."
        )


PartyFilter = Annotated[
    str | None,
    typer.Option("--party", "-p", help="Only this party's positions (its name or any alias)."),
]
StanceFilter = Annotated[
    Stance | None,
    typer.Option("--stance", "-s", help="Only this stance (with --party: that party's stance)."),
]
ContestedFilter = Annotated[
    bool,
    typer.Option(
        "--contested",
        help="Only claims that some party denies or disputes; a denial or doubt from a "
        "speaker with no party counts too.",
    ),
]
SourceFilter = Annotated[
    str | None, typer.Option("--source", metavar="ID", help="Only what this source says (its id).")
]


@app.command()
def statements(
    ctx: typer.Context,
    party: PartyFilter = None,
    stance: StanceFilter = None,
    contested: ContestedFilter = False,
    source: SourceFilter = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            metavar="WORDS",
            help="Only statements whose quote or claim contains all these words.",
        ),
    ] = None,
    claim: Annotated[
        str | None,
        typer.Option(
            "--claim",
            "-c",
            help="Only this claim's statements (an id or its words).",
            autocompletion=_complete_claim_ids,
        ),
    ] = None,
    output_format: FormatOption = None,
) -> None:
    """List every statement, one row each, with the claim it is filed under.

    The filters of `claimtrack list` apply to each statement, plus --claim;
    when they match no statement, it exits with status 3 and prints no rows
    (TSV and CSV still their header line, JSON `[]`). For a spreadsheet
    of everything Russia denies:

    \b
        claimtrack statements --party Russia --stance denies --format csv > russia.csv
    """
    ledger = _read(ctx)
    chosen = reports.find_claim(ledger, claim, "statements --claim") if claim is not None else None
    claim_filter = reports.ClaimFilter(party, stance, contested, source, search)
    report = reports.statements_report(ledger, claim_filter, chosen, _kind_of(ledger))
    filtered_out = not report.records and (
        chosen is not None or claim_filter != reports.ClaimFilter()
    )
    _render_rows(ctx, report, output_format, filtered_out)
    if filtered_out:
        raise NotFoundError(
            reports.unknown_filter(ledger, claim_filter)
            or (
                f"The claim {chosen.id} has no statements yet."
                if chosen is not None and claim_filter == reports.ClaimFilter()
                else "No statement matches these filters. Loosen them, or see "
                "`claimtrack statements` for all."
            )
        )


@app.command()
def show(
    ctx: typer.Context,
    claim: ClaimArgument,
    output_format: FormatOption = None,
) -> None:
    """Show who asserts, denies, disputes a claim, and where.

    CLAIM is an id from `claimtrack list` or any words from the claim; when
    several claims fit the words equally well, they are listed so you can
    pick one by its id. For example:

    \b
        claimtrack show nk-troops-in-russia
        claimtrack show "artillery shells" --format json
    """
    ledger = _read(ctx)
    found = reports.find_claim(ledger, " ".join(claim))
    _render(ctx, reports.show_report(ledger, found, _kind_of(ledger)), output_format)


def _kind_of(ledger: Ledger) -> Callable[[str], str]:
    """Each party's kind, as `parties` gives it: parties are shown with their kind."""
    from claimtrack.parties import PartyResolver, ledger_kinds

    return ledger_kinds(PartyResolver.build(ledger.parties), ledger)


@app.command()
def timeline(
    ctx: typer.Context,
    claim: ClaimArgument,
    output_format: FormatOption = None,
) -> None:
    """Show a claim's statements in date order, and where a party changed its stance.

    Statements are grouped by the day their source was published (undated
    sources last); a party whose stance differs from the last day it spoke
    is marked as changed. Dates come from each source's front matter or
    dateline, or else a date in the file's name (see `claimtrack sources`).
    For example:

    \b
        claimtrack timeline nk-troops-in-russia
    """
    ledger = _read(ctx)
    _render(
        ctx,
        reports.timeline_report(
            ledger,
            reports.find_claim(ledger, " ".join(claim), "timeline"),
            _kind_of(ledger),
        ),
        output_format,
    )


@app.command()
def report(
    ctx: typer.Context,
    html_file: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help=(
                "Write the report as one self-contained HTML page to FILE (required; - for stdout)."
            ),
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write a page to read the ledger in a browser: claims by parties.

    One self-contained HTML file (it loads nothing from the network): each
    claim a row, each party a column, each cell coloured by the party's
    stance; click a cell for the quotes, with links to their sources. A
    filter box narrows the claims, and each claim has its timeline. For
    example:

    \b
        claimtrack report --html report.html
    """
    from claimtrack.page import page_text, write_report
    from claimtrack.parties import PartyResolver, ledger_kinds

    if html_file is None:
        # The page is the one report there is; say how to ask for it, rather
        # than only that an option is missing.
        raise UsageError(
            "Name the page to write: `claimtrack report --html report.html` writes the "
            "ledger as one HTML page to open in a browser. For the ledger in a terminal or "
            "a script, see `claimtrack list`, `show`, `statements` and `parties`."
        )
    session = _session(ctx)
    ledger = _read(ctx)
    resolver = PartyResolver.build(ledger.parties)
    matrix = reports.matrix_report(ledger, ledger_kinds(resolver, ledger))
    written = str(html_file)
    if written == "-":
        # As other tools read `-`: the page to stdout, its files linked from here.
        _write_page_out(session, page_text(matrix, session.ledger.parent, Path.cwd()))
        written = "the page to stdout"
    else:
        write_report(html_file, matrix, session.ledger.parent)
    session.terminal.say(
        f"Wrote {written}: {counted(len(matrix['claims']), 'claim')} "
        f"by {counted(len(matrix['parties']), 'party', 'parties')}."
    )


def _write_page_out(session: Session, text: str) -> None:
    """The page on stdout in UTF-8, as its <meta charset> says, whatever the locale."""
    stdout = session.terminal.stdout
    try:
        if hasattr(stdout, "buffer"):
            stdout.flush()
            stdout.buffer.write(text.encode("utf-8"))
            stdout.buffer.flush()
        else:
            stdout.write(text)
            stdout.flush()
    except BrokenPipeError:
        raise OutputClosed() from None


# -- editing the ledger -----------------------------------------------------


@app.command()
def add(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            help="The claim, as a short sentence (quoted, or its words one after another).",
            metavar="TEXT",
        ),
    ],
    claim_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="The claim's id (default: made from the claim's subject, verb and object, "
            "such as nk-supplies-shells-russia).",
        ),
    ] = None,
) -> None:
    """Track a claim by hand.

    Later extractions attach the statements about it. Prints the new
    claim's id. A text tracked already (case, spacing and punctuation aside)
    adds nothing and prints that claim's id; a text that reads like a
    tracked claim is added with a warning naming that claim, to merge if
    they are one. For example:

    \b
        claimtrack add "North Korea supplies artillery shells to Russia" --id nk-shells
    """
    from claimtrack.ledger import BadClaimId, LedgerEditor, claim_id_problem, update_ledger
    from claimtrack.pipeline import Added, add_claim

    session = _session(ctx)
    text = " ".join(words)
    problem = claim_id_problem(claim_id) if claim_id is not None else None
    if problem is not None:
        raise BadClaimId(f"Cannot use {claim_id!r} as a claim id: {problem}.")
    text = text.strip()
    if not text:
        raise UsageError(
            'A claim needs a text: a short sentence, e.g. `claimtrack add "North Korea '
            'supplies artillery shells to Russia"`.'
        )
    if any("\ud800" <= char <= "\udfff" for char in text):
        # Bytes the shell passed that are not UTF-8 arrive as lone surrogates, which
        # no UTF-8 file can hold.
        raise UsageError(
            "The claim's text is not UTF-8 (the terminal sent some letters in another "
            "encoding); set the terminal to UTF-8 and type it again. Nothing was added."
        )

    def track(editor: LedgerEditor) -> Added:
        return add_claim(editor, text, claim_id)

    added = update_ledger(session.ledger, track, notify=session.terminal.say)
    typer.echo(added.claim_id)
    if not added.created:
        session.terminal.say(f"Already tracking {added.claim_id}: {text}. Nothing added.")
        return
    session.terminal.say(f"Tracking {added.claim_id}: {text}")
    if added.like is not None:
        like_id, like_text, score = added.like
        session.terminal.warn(
            f"Warning: it reads like the tracked claim {like_id} (score {score:.0f}): "
            f"{like_text}. If they are one claim, run "
            f"`claimtrack merge {like_id} {added.claim_id}`."
        )


@app.command()
def merge(
    ctx: typer.Context,
    claim: Annotated[
        str, typer.Argument(help="The claim to keep (its id).", autocompletion=_complete_claim_ids)
    ],
    others: Annotated[
        list[str],
        typer.Argument(
            help="Claims to fold into it (their ids).", autocompletion=_complete_claim_ids
        ),
    ],
) -> None:
    """Fold claims that say the same thing into one.

    The statements of OTHERS move to CLAIM, which keeps its id and text; the
    others are removed. Comments in the ledger are kept. A moved statement's
    stance is decided again against CLAIM, unless it was set by hand. For
    example, to fold two claims into the first:

    \b
        claimtrack merge nk-troops-in-russia nk-troops-in-kursk nk-soldiers-deployed
    """
    from claimtrack.ledger import LedgerEditor, update_ledger
    from claimtrack.pipeline import settle_moved

    session = _session(ctx)
    if claim in others:
        raise UsageError(f"Cannot merge {claim!r} into itself; name it only once.")
    others = list(dict.fromkeys(others))  # a claim named twice is folded, and told, once

    def merge_claims(editor: LedgerEditor) -> None:
        for claim_id in (claim, *others):
            reports.find_claim_id(editor.ledger, claim_id)
        editor.merge_claims(claim, others)
        # Only the statements now under CLAIM have a new claim to take a stance toward.
        settle_moved(editor, {claim})

    update_ledger(session.ledger, merge_claims, notify=session.terminal.say)
    session.terminal.say(f"Merged {', '.join(others)} into {claim}.")


@app.command()
def rename(
    ctx: typer.Context,
    old: Annotated[
        str, typer.Argument(help="The claim's id now.", autocompletion=_complete_claim_ids)
    ],
    new: Annotated[str, typer.Argument(help="The id it gets: one word, like nk-troops.")],
) -> None:
    """Give a claim a new id, keeping everything else.

    Only the id changes: the claim keeps its text, its statements, its place
    in the ledger and its comments. An id another claim has is refused. For
    example:

    \b
        claimtrack rename north-korea-soldiers-fight nk-troops-in-kursk
    """
    from claimtrack.ledger import LedgerEditor, update_ledger
    from claimtrack.model import holds_its_mark

    session = _session(ctx)
    if new == old:
        raise UsageError(f"{old!r} is the claim's id already; give the new id second.")

    def rename_claim(editor: LedgerEditor) -> None:
        if holds_its_mark(editor.ledger, reports.find_claim_id(editor.ledger, old)):
            # The mark made again for the new id (only then is the pipeline loaded).
            from claimtrack.pipeline import rename_claim as carrying_its_mark

            carrying_its_mark(editor, old, new)
        else:
            editor.rename_claim(old, new)

    update_ledger(session.ledger, rename_claim, notify=session.terminal.say)
    session.terminal.say(f"Renamed {old} to {new}.")


@app.command()
def drop(
    ctx: typer.Context,
    claim: Annotated[
        str,
        typer.Argument(help="The claim to remove (its id).", autocompletion=_complete_claim_ids),
    ],
) -> None:
    """Remove a claim and its statements for good.

    Later extractions do not bring them back, not with --force and not when
    an article changes: each statement stays recorded in its source as one
    deleted by hand. To keep the statements under another claim instead, use
    `claimtrack merge`. When no claim has the id, as when it was dropped
    already, it changes nothing and exits with status 3. For example:

    \b
        claimtrack drop it-also-reported-tuesday
    """
    from claimtrack.ledger import LedgerEditor, update_ledger
    from claimtrack.pipeline import drop_claim

    session = _session(ctx)

    def drop_it(editor: LedgerEditor) -> int:
        reports.find_claim_id(editor.ledger, claim, absent=_NOTHING_TO_DROP)
        return drop_claim(editor, claim)

    removed = update_ledger(session.ledger, drop_it, notify=session.terminal.say)
    statements = "1 statement" if removed == 1 else f"{removed} statements"
    session.terminal.say(f"Dropped {claim} and its {statements}.")


# What `drop` can say of an id the ledger lacks: a dropped claim leaves no id behind
# (only its statements, recorded in their sources so that they stay out).
_NOTHING_TO_DROP = (
    "Nothing was dropped; if it was dropped before, it is gone for good: the ledger "
    "keeps no id of a dropped claim, and its statements stay out of later extractions."
)


# -- what the ledger holds ---------------------------------------------------


@app.command()
def parties(ctx: typer.Context, output_format: FormatOption = None) -> None:
    """List parties and their stances.

    Every party in the ledger (its parties: block and its statements), the
    names it is recognised by (yours from the ledger first, then the built-in
    ones), and how many claims it asserts, denies and disputes. A speaker that
    resolves to no party is no party here: the table ends with how many
    claims such speakers take each stance on, `list` counts their statements
    beside each claim's parties, and `show` gives them under "(no party)".
    For example, then one party's positions:

    \b
        claimtrack parties
        claimtrack party Kremlin
    """
    from claimtrack.parties import PartyResolver, ledger_kinds

    ledger = _read(ctx)
    resolver = PartyResolver.build(ledger.parties)
    kind_of = ledger_kinds(resolver, ledger)
    _render(ctx, reports.parties_report(ledger, resolver.parties(), kind_of), output_format)


@app.command()
def party(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="The party: its name or any alias (US, Pyongyang, Kremlin).")
    ],
    output_format: FormatOption = None,
) -> None:
    """Show every claim one party takes a position on.

    For each claim: its stance(s), how many of its statements and sources,
    and the first and last date it said so. NAME is the party's name or any
    name it is known by; a party the ledger does not know, or one that holds
    no position yet, exits with status 3. For example:

    \b
        claimtrack party Pyongyang
    """
    from claimtrack.parties import PartyResolver, ledger_kinds

    ledger = _read(ctx)
    resolver = PartyResolver.build(ledger.parties)
    report = reports.party_report(ledger, name, ledger_kinds(resolver, ledger))
    _render(ctx, report, output_format)
    if not report.records:
        party_name = report.document["party"]
        raise NotFoundError(
            f"{party_name} holds no position on any claim in the ledger. "
            "`claimtrack list` shows the claims and who holds which."
        )


@app.command()
def sources(ctx: typer.Context, output_format: FormatOption = None) -> None:
    """List the articles read so far.

    Each with its title, date, outlet and how many statements it gave.

    A source that carries the same story as an earlier one (a wire copy) is
    marked as a copy of it. For example, then one source's statements:

    \b
        claimtrack sources
        claimtrack statements --source 000_66f99498a4238889
    """
    _render(ctx, reports.sources_report(_read(ctx)), output_format)


@app.command()
def check(ctx: typer.Context, output_format: FormatOption = None) -> None:
    """Check the ledger for mistakes after a hand edit.

    Prints each problem as file:line:column: message. Once the ledger itself
    is valid, it is checked against its articles too: each source's file must
    be there, and each statement's quote in its article, on a line it has.
    A party written as an alias or misspelt ("Kremlin", "Rusia") and a claim
    id that is not one word are reported too.

    Exits with status 1 when there are problems, so it fits in scripts and
    hooks. For example, after editing the ledger:

    \b
        claimtrack check && git commit -m "Fix a stance" claims.yaml
    """
    from claimtrack._collector import no_collection
    from claimtrack.ledger import check_ledger, claim_id_problems, read_ledger, read_partial_ledger
    from claimtrack.parties import PartyResolver, party_name_problems
    from claimtrack.verify import check_against_sources

    session = _session(ctx)
    ctx.with_resource(no_collection())  # as for the reports of `_read`
    problems = check_ledger(session.ledger)
    valid = not problems
    if valid:
        text = session.ledger.read_text(encoding="utf-8-sig")
        problems = check_against_sources(session.ledger, text)
    # The checks of names go on past schema errors, so one run shows every problem.
    ledger = read_ledger(session.ledger) if valid else read_partial_ledger(session.ledger)
    if ledger is not None:
        problems += claim_id_problems(ledger)
        problems += party_name_problems(PartyResolver.build(ledger.parties), ledger)
    problems.sort(key=lambda problem: (problem.line, problem.column))
    render(reports.problems_report(problems), output_format or Format.TABLE, session.terminal)
    if problems:
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        them = "it" if len(problems) == 1 else "them"
        session.terminal.warn(
            f"{count} in {session.ledger}. Fix {them}, then run `claimtrack check` again."
        )
        raise typer.Exit(ExitCode.PROBLEMS) from None
    session.terminal.say(f"{session.ledger}: no problems.")


# -- plumbing ---------------------------------------------------------------


def _session(ctx: typer.Context) -> Session:
    # main() passes one in; typer's own runner (as in tests) gets a fresh one.
    return ctx.ensure_object(Session)


def _read(ctx: typer.Context, *, report: bool = True) -> Ledger:
    """The session's ledger; with `report` (a command that only reads it and reports),
    the cyclic collector is off from here to the command's end.

    What reading a ledger builds lives as long as the command, and so does most of
    what a report makes of it: after a hand edit or on a cold read, that is millions
    of objects, and the collector, which last counted the objects that live on before
    the read, rescans them all (0.1 CPU-s a pass at 20,000 claims) once or twice
    before the command ends, finding nothing to free. Objects still go away as their
    last reference goes; the collector is on again when the command ends (its
    context closes), with what it made in the oldest generation.
    """
    from claimtrack._collector import no_collection
    from claimtrack.ledger import read_ledger

    if report:
        ctx.with_resource(no_collection())
    return read_ledger(_session(ctx).ledger)


def _render(ctx: typer.Context, report: reports.Report, output_format: Format | None) -> None:
    render(report, output_format, _session(ctx).terminal)


def _render_rows(
    ctx: typer.Context, report: reports.Report, output_format: Format | None, filtered_out: bool
) -> None:
    """Print the rows of `list` or `statements`; with none, what a script can still read.

    Filters that match nothing leave an empty document on stdout in every
    format (TSV and CSV their header line, JSON and YAML `[]`, JSON Lines
    nothing), so a reader of stdout sees the columns and no rows, never an
    error text; the message goes to stderr and the exit status is 3. The
    table, for people, is left out then: the message on stderr says it all.
    """
    if filtered_out and _chosen_format(ctx, output_format) is Format.TABLE:
        return
    _render(ctx, report, output_format)


def _chosen_format(ctx: typer.Context, output_format: Format | None) -> Format:
    if output_format is not None:
        return output_format
    return Format.TABLE if _session(ctx).terminal.interactive else Format.TSV


def main(argv: Sequence[str] | None = None) -> None:
    """Run claimtrack; the one place where errors become messages and exit codes."""
    import atexit
    import sys

    from claimtrack._collector import no_collection_at_exit

    # Registered once, however often `main` runs in one process (as in tests).
    atexit.unregister(no_collection_at_exit)
    atexit.register(no_collection_at_exit)
    _streams_for_closed_descriptors()
    session = Session()
    command = typer.main.get_command(app)
    convert_plainly(command)
    name_plainly(command)
    _telling_interrupts(command, session)
    names = set(getattr(command, "commands", {}))
    args = _global_options_first(list(sys.argv[1:] if argv is None else argv), names)
    try:
        command.main(args=args, prog_name="claimtrack", obj=session)
    except OutputClosed:
        _drop_stdout()
        raise SystemExit(int(ExitCode.OK)) from None
    except ClaimtrackError as error:
        if session.debug:
            raise
        _tell_error(session.terminal, error)
        raise SystemExit(int(error.exit_code)) from None
    except Exception as error:
        if session.debug:
            raise
        session.terminal.fail(describe_failure(error))
        raise SystemExit(int(ExitCode.PROBLEMS)) from None


def _telling_interrupts(group: Any, session: Session) -> None:
    """Make Ctrl-C during any command say whether the ledger was written (exit 130).

    Every save is atomic, so an interrupted run leaves the ledger as it was or
    with the whole of the run's changes; which of the two is what a person
    needs to know, and a silent exit does not tell.
    """
    import functools

    def telling(callback: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(callback)
        def run(*args: Any, **kwargs: Any) -> Any:
            before = _file_state(session.ledger)
            try:
                return callback(*args, **kwargs)
            except KeyboardInterrupt:
                if _file_state(session.ledger) == before:
                    raise Interrupted(f"Interrupted; {session.ledger} was not changed.") from None
                raise Interrupted(
                    f"Interrupted after {session.ledger} was saved: it holds this run's "
                    "changes whole (`claimtrack check` validates it)."
                ) from None

        return run

    for command in getattr(group, "commands", {}).values():
        if command.callback is not None:
            command.callback = telling(command.callback)


def _file_state(path: Path) -> tuple[int, int, int] | None:
    """What tells a file saved again: its inode (a save renames a new file into
    place), size and modification time; None when there is no file."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


def describe_failure(error: Exception) -> str:
    """A message for an error claimtrack did not expect; never empty, whatever the error says."""
    if isinstance(error, MemoryError):
        return (
            "Out of memory. Close other programs or read fewer sources at once "
            "(`claimtrack extract PATH ...`), then run the command again."
        )
    said = str(error).strip()
    if isinstance(error, OSError):
        return said or f"A system call failed ({type(error).__name__})."
    what = f"{type(error).__name__}: {said}" if said else type(error).__name__
    return f"Internal error ({what}). Run again with --debug for the details."


# Options of the whole program, which people also write after the command
# (`claimtrack list --ledger x.yaml`); with the number of values each takes.
_GLOBAL_OPTIONS = {"--ledger": 1, "--debug": 0}


def _global_options_first(args: list[str], commands: set[str]) -> list[str]:
    """Move global options given after the command to before it, where click reads them."""
    position = 0
    while position < len(args) and args[position] not in commands:
        if args[position] == "--":
            return args
        position += 1 + _GLOBAL_OPTIONS.get(args[position], 0)
    if position >= len(args):
        return args
    before, after = args[: position + 1], args[position + 1 :]
    moved: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(after):
        arg = after[index]
        if arg == "--":
            rest.extend(after[index:])
            break
        name = arg.split("=", 1)[0]
        if name in _GLOBAL_OPTIONS:
            takes = 0 if "=" in arg else _GLOBAL_OPTIONS[name]
            moved.extend(after[index : index + 1 + takes])
            index += 1 + takes
            continue
        rest.append(arg)
        index += 1
    return [*before[:-1], *moved, before[-1], *rest]


def _streams_for_closed_descriptors() -> None:
    """Started with stdout or stderr closed (`claimtrack list >&-`), Python has no
    stream for it: what would go there goes nowhere, as into a closed pipe."""
    import os
    import sys

    if sys.stdout is None:
        sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 -- for the run
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 -- for the run


def _drop_stdout() -> None:
    """Point stdout at nothing, so the flush at exit does not fail on the closed pipe."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (a test's capture): nothing is flushed at exit


def _tell_error(terminal: Terminal, error: ClaimtrackError) -> None:
    terminal.fail(str(error))
    for problem in getattr(error, "problems", ()):
        terminal.say(f"  {problem}")
