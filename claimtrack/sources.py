"""Read articles: find the files, decode them, and take what metadata the text gives.

A source's metadata comes from a YAML front matter block when there is one
(`title`, `url`, `published`, `outlet`); whatever it leaves out is taken from
the text itself: a headline on the first line, a `Source: URL` line, a
dateline, a byline or a wire agency's sign-off. Offsets everywhere index the
decoded text exactly as it is (line endings are kept), so a `Document` maps
any offset back to its line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, partial
from itertools import accumulate, chain, repeat
from operator import add
from pathlib import Path
from typing import Any

import yaml

from claimtrack.errors import SourceError
from claimtrack.model import Source, Span
from claimtrack.segment import positions, split_sentences

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SOURCES_FOLDER = "sources"

# Metadata is looked for near the top and the bottom of an article only, so a
# huge file costs no more than a small one.
_HEAD_CHARS = 4000
_TAIL_CHARS = 2000
_HEAD_LINES = 12
_TAIL_LINES = 8
_MAX_TITLE_CHARS = 250
_MAX_METADATA_LINE = 120
_FRONT_MATTER_LIMIT = 64_000


@dataclass(frozen=True)
class Document:
    """One decoded article; `body` is where the article itself lies in `text`."""

    source: Source
    text: str
    body: Span
    warnings: tuple[str, ...] = ()
    # For a text read out of markup (Markdown): each character's offset in the
    # file, and one past the end; None when `text` is the file as it is.
    origin: array[int] | None = field(default=None, repr=False, compare=False)

    def in_file(self, span: Span) -> Span:
        """`span` of `text` as offsets into the file it was read from."""
        if self.origin is None:
            return span
        start, end = span
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])

    def line_at(self, offset: int) -> int:
        """The 1-based line holding `offset` (a `\\r\\n` pair belongs to its line)."""
        return max(1, bisect_right(self._line_starts, offset))

    @cached_property
    def _line_starts(self) -> array[int]:
        if "\r" not in self.text:
            # Only "\n" breaks lines: each line starts one past the end of the last.
            lines = self.text.split("\n")
            lines.pop()
            return array("q", accumulate(map(add, map(len, lines), repeat(1)), initial=0))
        starts = array("q", [0])
        starts.extend(match.end() for match in _LINE_BREAK.finditer(self.text))
        return starts


@dataclass
class Found:
    """The articles under some paths, and the files that were passed over and why."""

    files: list[Path] = field(default_factory=list)
    # (path as shown, message): files that cannot be articles; a run reports them.
    refused: list[tuple[str, str]] = field(default_factory=list)
    # (path as shown, message): files left out by choice, such as links out of the folder.
    warnings: list[tuple[str, str]] = field(default_factory=list)


def find_sources(paths: Sequence[Path]) -> list[Path]:
    """The files to read: files as given, folders expanded to their articles, sorted.

    Folders are searched recursively for `.txt` and `.md` files, skipping
    hidden files and folders. Raises `SourceError` for the first path that
    cannot be read as an article (see `gather_sources` to collect them all).
    """
    found = gather_sources(paths)
    if found.refused:
        raise SourceError(found.refused[0][1])
    return found.files


def gather_sources(paths: Sequence[Path], root: Path | None = None) -> Found:
    """The articles under `paths`, sorted, and every file passed over, with the reason.

    Only regular files are read: a FIFO, a device or a socket is refused by
    name. A file name that is not valid UTF-8 is refused (the ledger could not
    record it). In a folder, a symbolic link is followed only when it points
    at a file inside `root` (the ledger's folder; default: the folder being
    searched); links to anything else, and links to folders, are left out with
    a warning. A file named on the command line is read as given.
    """
    found = Found()
    files: set[Path] = set()
    for path in paths:
        if path.is_dir():
            files.update(_articles_under(path, root or path, found))
        elif not path.exists():
            shown = display_path(path)
            found.refused.append((shown, f"{shown}: no such file or folder"))
        elif _acceptable(path, found):
            files.add(path)
    found.files = sorted(files)
    return found


def _acceptable(path: Path, found: Found) -> bool:
    shown = display_path(path)
    if not _valid_name(path):
        found.refused.append(
            (shown, f"{shown}: the file name is not valid UTF-8; rename it to read it")
        )
        return False
    kind = _file_kind(path)
    if kind is not None:
        found.refused.append((shown, f"{shown}: not a regular file ({kind}); not read"))
        return False
    return True


def _valid_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _file_kind(path: Path) -> str | None:
    """None for a regular file, else what it is ("a FIFO", "a device", ...)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot see it: {error.strerror or error}"
    return _kind_of(mode)


def _kind_of(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


# An article is tens of kilobytes; a file far past this is not one, and reading
# it would only take memory and time: extraction costs about 70 µs a sentence,
# so even a megabyte of one-line sentences takes some seconds.
MAX_SOURCE_BYTES = 1024 * 1024


def read_source_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most `MAX_SOURCE_BYTES`; `SourceError` otherwise.

    Opened without blocking, so a FIFO that slipped in is refused, not waited on.
    """
    shown = display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise SourceError(f"{shown}: cannot read it ({error.strerror or error})") from None
    try:
        info = os.fstat(fd)
        kind = _kind_of(info.st_mode)
        if kind is not None:
            raise SourceError(f"{shown}: not a regular file ({kind}); not read")
        if info.st_size > MAX_SOURCE_BYTES:
            raise SourceError(_too_large(shown, info.st_size))
        data = _read_at_most(fd, min(info.st_size, MAX_SOURCE_BYTES) + 1)
    except OSError as error:
        raise SourceError(f"{shown}: cannot read it ({error.strerror or error})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(_too_large(shown, len(data)))
    return data


def _read_at_most(fd: int, expected: int) -> bytes:
    """What file `fd` holds, read to its end or to just past `MAX_SOURCE_BYTES`.

    Asked for `expected` bytes first (its size, and one more to see its end):
    a buffered read of `MAX_SOURCE_BYTES` would make a buffer of that size for
    every article, most of them a few kilobytes. A file that grew since it was
    measured is read on in chunks.
    """
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_SOURCE_BYTES:
        wanted = expected - size if expected > size else _READ_CHUNK
        chunk = os.read(fd, min(wanted, MAX_SOURCE_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


_READ_CHUNK = 1 << 16


def _too_large(shown: str, size: int) -> str:
    return (
        f"{shown}: {size / 2**20:,.1f} MiB, larger than an article can be "
        f"(at most {MAX_SOURCE_BYTES / 2**20:g} MiB); split it into articles to read it"
    )


def read_document(
    path: Path, source_id: str | None = None, recorded: str | None = None
) -> Document:
    """Read one article. Raises `SourceError` for a missing, unreadable or binary file.

    The source's id is `source_id` (default: the file's stem) and its path as
    the ledger records it is `recorded` (default: the path as given).
    """
    display = display_path(path)
    raw = read_source_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        document = _web_page_document(raw, source_id or path.stem, display, digest)
    else:
        text, warnings = _decode(raw, display)
        document = _build_document(text, source_id or path.stem, display, digest, warnings)
        if suffix == ".md":
            document = _plain_markdown(document)
    if recorded is not None and recorded != document.source.path:
        document = replace(document, source=replace(document.source, path=recorded))
    return document


def _web_page_document(raw: bytes, source_id: str, display: str, digest: str) -> Document:
    """The article in a web page: its main text, with the page's own metadata."""
    from claimtrack.markup import read_html

    article = read_html(raw, display)
    document = _build_document(article.text, source_id, display, digest, [])
    found = document.source
    source = replace(
        found,
        title=article.title or found.title,
        url=article.url or found.url,
        published=(article.published and find_date(article.published)) or found.published,
        outlet=article.outlet or found.outlet,
    )
    return replace(document, source=source)


def _plain_markdown(document: Document) -> Document:
    """Markdown read as text: markup out of the body, offsets kept for the file."""
    from claimtrack.markup import plain_markdown

    plain, origin = plain_markdown(document.text, document.body[0])
    if len(plain) == len(document.text):
        return document
    return replace(document, text=plain, body=(document.body[0], len(plain)), origin=origin)


def document_from_text(text: str, source_id: str, path: str = "") -> Document:
    """A `Document` for text already in memory; its hash is that of the UTF-8 encoding."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _build_document(text, source_id, path or source_id, digest, [])


def _build_document(
    text: str, source_id: str, display: str, digest: str, warnings: list[str]
) -> Document:
    if not text or text.isspace():
        warnings.append(f"{display}: the file is empty")
        source = Source(id=source_id, path=display, sha256=digest)
        return Document(source, text, (0, len(text)), tuple(warnings))
    front, body_start = _split_front_matter(text, display, warnings)
    body = (body_start, len(text))
    # The front matter wins; the text fills in what it leaves out, and a date
    # in the file's name ("2024-11-18-pyongyang-rejects.txt", as `import`
    # names files) what neither gives.
    found = {**_metadata_from_text(text, body_start), **front}
    if not found.get("published"):
        named = _date_in_name(source_id)
        if named is not None:
            found["published"] = named
    source = Source(
        id=source_id,
        path=display,
        sha256=digest,
        title=found.get("title"),
        url=found.get("url"),
        published=found.get("published"),
        outlet=found.get("outlet"),
    )
    return Document(source, text, body, tuple(warnings))


# -- naming files ----------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    """An article file as one ledger knows it: its id and the path the ledger records."""

    path: Path
    id: str
    recorded: str


def recorded_path(path: Path, root: Path) -> str:
    """`path` as a ledger in folder `root` records it: relative to `root`, with `/`."""
    return _recorded_under(path, _absolute(root))


def _recorded_under(path: Path, folder: Path) -> str:
    """`recorded_path` of `path`, `folder` the ledger's folder made `_absolute`."""
    whole = _absolute(path)
    try:
        relative = os.path.relpath(whole, folder)
    except ValueError:  # another drive on Windows: only an absolute path reaches it
        return whole.as_posix()
    return Path(relative).as_posix()


def _absolute(path: Path) -> Path:
    """`path` made absolute and normal (`..` taken out), links not followed."""
    return Path(os.path.normpath(path.absolute()))


def resolve_recorded(recorded: str, root: Path) -> Path:
    """The file a ledger in folder `root` means by the path it records."""
    return root / recorded


def readable_id(path: Path, root: Path) -> str:
    """The id an article would like: its path under `root`'s sources/ (or `root`) without suffix.

    `sources/000_abc.txt` -> `000_abc`, `sources/reuters/2024-11-20.txt` ->
    `reuters/2024-11-20`, `archive/x.md` -> `archive/x`; a file outside `root`
    has only its stem to go by.
    """
    return _readable(path, recorded_path(path, root))


def _readable(path: Path, recorded: str) -> str:
    """`readable_id` of `path`, recorded as `recorded`."""
    parts = recorded.split("/")
    if parts[0] == SOURCES_FOLDER and len(parts) > 1:
        parts = parts[1:]
    elif parts[0] == ".." or Path(recorded).is_absolute():
        parts = [path.name]
    parts[-1] = Path(parts[-1]).stem or parts[-1]
    return "/".join(parts)


def name_sources(
    paths: Sequence[Path], root: Path, recorded_ids: Mapping[str, str]
) -> list[SourceFile]:
    """Give each file its source id, unique and the same on every run.

    `recorded_ids` maps the recorded path of each source in the ledger to its
    id. A file the ledger has recorded keeps its id. Any other file gets its
    readable id when no other file has it (a `.txt` before others of its
    name); else the id with the file's
    suffix, else with a hash of its path: two files are never one source. An
    id whose recorded file no longer exists is free again (the file moved).
    """
    # Each recorded path's key made once: a path's key costs more than the rest
    # of naming it, and every file's is asked for twice.
    same_file = cache(partial(_same_file, root))
    owners = {source_id: same_file(path) for path, source_id in recorded_ids.items()}
    by_file = {same_file(path): source_id for path, source_id in recorded_ids.items()}
    named: dict[Path, SourceFile] = {}
    unnamed = []
    folder = _absolute(root)
    for path in paths:
        recorded = _recorded_under(path, folder)
        known = by_file.get(same_file(recorded))
        if known is not None:
            named[path] = SourceFile(path, known, recorded)
        else:
            unnamed.append((path, recorded))
    claimed = {file.id: same_file(file.recorded) for file in named.values()}
    # Of `x.txt` and `x.md`, the `.txt` (the older kind of source) is plain `x`.
    unnamed.sort(key=lambda item: (str(item[0].with_suffix("")), item[0].suffix.lower() != ".txt"))
    for path, recorded in unnamed:
        source_id = _free_id(path, recorded, owners, claimed)
        claimed[source_id] = same_file(recorded)
        named[path] = SourceFile(path, source_id, recorded)
    return [named[path] for path in paths]


def _free_id(
    path: Path, recorded: str, owners: Mapping[str, str], claimed: Mapping[str, str]
) -> str:
    base = _readable(path, recorded)
    digest = hashlib.sha1(recorded.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    # Made one at a time: nearly every file takes the first.
    candidates = chain(
        (base, base + path.suffix, f"{base}-{digest}"),
        (f"{base}-{digest}-{n}" for n in range(2, 100)),
    )
    for candidate in candidates:
        if candidate in claimed:
            continue
        owner = owners.get(candidate)
        if owner is None or not Path(owner).exists():
            return candidate
    raise SourceError(f"{display_path(path)}: no free source id; rename the file")


def _same_file(root: Path, recorded: str) -> str:
    """A key equal for two recorded paths of one file (relative or absolute; case on Windows)."""
    return os.path.normcase(_absolute(resolve_recorded(recorded, root)))


# -- finding files -------------------------------------------------------------


def _articles_under(folder: Path, root: Path, found: Found) -> Iterator[Path]:
    inside = _absolute(root)

    def unreadable(error: OSError) -> None:
        shown = display_path(Path(error.filename or folder))
        found.refused.append((shown, f"{shown}: cannot open it ({error.strerror or error})"))

    for top, folders, names in os.walk(folder, onerror=unreadable):
        here = Path(top)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in list(folders):
            if (here / name).is_symlink():
                shown = display_path(here / name)
                found.warnings.append((shown, f"{shown}: a link to a folder; not followed"))
        for name in sorted(names):
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in SOURCE_SUFFIXES:
                continue
            if path.is_symlink() and not path.exists():
                shown = display_path(path)
                target = display_path(path.readlink())
                found.warnings.append(
                    (shown, f"{shown}: a link to {target}, which is not there; not read")
                )
                continue
            if path.is_symlink() and not _links_inside(path, inside):
                shown = display_path(path)
                found.warnings.append(
                    (shown, f"{shown}: a link to a file outside {display_path(root)}/; not read")
                )
                continue
            if _acceptable(path, found):
                yield path


def _links_inside(link: Path, folder: Path) -> bool:
    """True when the link's final target lies inside `folder` (links are followed to the end)."""
    try:
        target = link.resolve(strict=True)
        target.relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return False
    return True


def display_path(path: Path) -> str:
    """The path as given, made relative to the working folder when it lies inside it.

    Bytes of a file name that are not UTF-8 show as escapes (`caf\\xe9.txt`),
    so the name can always be printed.
    """
    shown = path.as_posix()
    if path.is_absolute() and path.is_relative_to(Path.cwd()):
        shown = path.relative_to(Path.cwd()).as_posix()
    if not _valid_name(path):
        shown = os.fsencode(shown).decode("utf-8", "backslashreplace")
    return shown


# -- decoding --------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
)
_SAMPLE_BYTES = 8192
# Bytes that plain text does not contain (tab, line breaks, form feed and escape aside).
_CONTROL_BYTES = frozenset(range(0x20)) - frozenset(b"\t\n\v\f\r\x1b")
# The same bytes as a string `bytes.translate` deletes, to count them in C.
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))
_MAX_CONTROL_RATIO = 0.05


def _decode(raw: bytes, display: str) -> tuple[str, list[str]]:
    """Decode `raw` as text or raise `SourceError`; return the text and any warnings."""
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(encoding, errors="replace")
            if "\ufffd" in text:
                warnings.append(f"{display}: some bytes are not valid {encoding}; replaced")
            return text.removeprefix("\ufeff"), warnings
    _refuse_binary(raw, display)
    bomless = _guess_bomless_utf16(raw)
    if bomless is not None:
        warnings.append(f"{display}: read as {bomless} (the file has no byte order mark)")
        return raw.decode(bomless, errors="replace"), warnings
    try:
        return raw.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, encoding = raw.decode("latin-1"), "Latin-1"
    warnings.append(f"{display}: not UTF-8; read as {encoding}, so some characters may be wrong")
    return text, warnings


def _refuse_binary(raw: bytes, display: str) -> None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise SourceError(
                f"{display}: looks binary ({kind}), not text; save the article as .txt or .md"
            )
    sample = raw[:_SAMPLE_BYTES]
    if _guess_bomless_utf16(raw) is not None:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_DELETE))
    if b"\x00" in sample or controls > _MAX_CONTROL_RATIO * len(sample):
        raise SourceError(
            f"{display}: looks binary (it contains control bytes that text does not), "
            "not text; save the article as .txt or .md"
        )


def _guess_bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a byte order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = raw[: _SAMPLE_BYTES - _SAMPLE_BYTES % 2]
    if len(sample) < 4 or len(raw) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.7 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.7 and odd_nuls == 0:
        return "utf-16-be"
    return None


# -- front matter ----------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)", re.MULTILINE)
_FRONT_MATTER_FIELDS = {
    "title": "title",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "outlet": "outlet",
    "publisher": "outlet",
}


def _split_front_matter(text: str, display: str, warnings: list[str]) -> tuple[dict[str, str], int]:
    """Metadata from a leading `---` block and the offset where the body starts."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if opening is None:
        return {}, 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end(), opening.end() + _FRONT_MATTER_LIMIT)
    if closing is None:
        warnings.append(
            f"{display}:1: front matter starts with '---' but never ends (no closing '---' "
            "line); the whole file is read as the article"
        )
        return {}, 0
    block = text[opening.end() : closing.start()]
    try:
        root = _compose_front_matter(block)
    except yaml.YAMLError as error:
        line = _yaml_error_line(error)
        warnings.append(f"{display}:{line}: front matter is not valid YAML; ignored")
        return {}, closing.end()
    except _FrontMatterTooBig as error:
        warnings.append(f"{display}:2: front matter {error}; ignored")
        return {}, closing.end()
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG):
        return {}, closing.end()
    if not isinstance(root, yaml.MappingNode):
        warnings.append(f"{display}:2: front matter is not a mapping of fields; ignored")
        return {}, closing.end()
    return _front_matter_fields(root, display, warnings), closing.end()


# Front matter is a handful of fields: anything deeper or with many aliases is
# not metadata, and an alias bomb would otherwise expand into gigabytes.
_FRONT_MATTER_MAX_DEPTH = 8
_FRONT_MATTER_MAX_ALIASES = 16
_FRONT_MATTER_MAX_EVENTS = 4000
_NULL_TAG = "tag:yaml.org,2002:null"
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterTooBig(Exception):
    """Front matter beyond what metadata needs."""


def _compose_front_matter(block: str) -> yaml.Node | None:
    """The block's YAML nodes, refused beyond small bounds; values are never constructed.

    Constructing would turn `2024-13-45` into an error and an alias bomb into
    a huge structure; nodes keep every value as the text it was written.
    """
    depth = aliases = 0
    for count, event in enumerate(yaml.parse(block, Loader=_SafeLoader)):
        if count > _FRONT_MATTER_MAX_EVENTS:
            raise _FrontMatterTooBig(f"has over {_FRONT_MATTER_MAX_EVENTS:,} values")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > _FRONT_MATTER_MAX_DEPTH:
                raise _FrontMatterTooBig(f"is nested over {_FRONT_MATTER_MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > _FRONT_MATTER_MAX_ALIASES:
                raise _FrontMatterTooBig(f"uses over {_FRONT_MATTER_MAX_ALIASES} aliases")
    node: yaml.Node | None = yaml.compose(block, Loader=_SafeLoader)
    return node


def _yaml_error_line(error: yaml.YAMLError) -> int:
    mark = getattr(error, "problem_mark", None)
    # +2: the block starts on the line after the opening '---', and marks are 0-based.
    return int(mark.line) + 2 if mark is not None else 1


def _front_matter_fields(
    root: yaml.MappingNode, display: str, warnings: list[str]
) -> dict[str, str]:
    """The metadata fields, each a plain value; lists, mappings and other keys are passed over."""
    fields: dict[str, str] = {}
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or not isinstance(value_node, yaml.ScalarNode):
            continue
        name = _FRONT_MATTER_FIELDS.get(str(key_node.value).lower())
        if name is None or value_node.tag == _NULL_TAG or name in fields:
            continue
        value = str(value_node.value).strip()
        if name == "published" and value:
            published = find_date(value)
            if published is None:
                warnings.append(f"{display}: front matter date {value!r} is not a date; kept as is")
                published = value
            value = published
        fields[name] = value
    return {key: value for key, value in fields.items() if value}


# -- metadata from the text ------------------------------------------------------

_URL_LINE = re.compile(
    r"(?:(?:source|url|link|original(?:ly published)?(?: at)?|read more(?: at)?)\s*:\s*)?"
    r"<?(?P<url>https?://[^\s<>\"']+?)>?[.,;]?",
    re.IGNORECASE,
)
_SITE_LINE = re.compile(
    r"(?:source|via|from)\s*:\s*(?P<site>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?\.?",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"(?i:by|from)[ \t]+(?P<name>[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|and|de|van|von|al))*?)"
    r"(?=$|[ \t]*[|,;:•(\N{EN DASH}\N{EM DASH}-]|[ \t]+(?i:published|updated|posted|on)\b"
    r"|(?i:published|updated|posted))"
)
# Wire copy ends "... a year ago. (Yonhap)"; broadcast copy "Shin Se-byuck, Arirang News."
_SIGN_OFF = re.compile(r"\((?P<name>[A-Z][\w -]{1,40})\)\s*$")
_REPORTER_SIGN_OFF = re.compile(
    r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3},[ \t]+"
    r"(?P<name>[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,4})\.?"
)
_OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "herald",
        "journal",
        "daily",
        "tribune",
        "telegraph",
        "gazette",
        "press",
        "agency",
        "tv",
        "television",
        "radio",
        "network",
        "broadcasting",
        "monitor",
        "chronicle",
        "observer",
        "guardian",
        "express",
        "mail",
        "star",
    ]
)
_DATE_LABEL = re.compile(r"\b(?:published|updated|posted|date|dated)\b", re.IGNORECASE)
_DATE_LABEL_WORDS = ("published", "updated", "posted", "date")
# Characters outside ASCII that a case-blind regex takes for an ASCII letter
# (dotted and dotless i, long s, the Kelvin sign): a lowercased copy of a text
# holding one does not show every match.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT = re.compile(r"\d")
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(_MONTH + r"[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<year>\d{4})\b", re.I),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+" + _MONTH + r",?[ \t]+(?P<year>\d{4})\b", re.I
    ),
)

# News agencies that sign wire copy; a byline naming one gives the outlet.
_AGENCIES = {
    name.lower(): name
    for name in (
        "Yonhap",
        "Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Xinhua",
        "TASS",
        "Kyodo",
        "Kyodo News",
        "Bloomberg",
        "UPI",
        "dpa",
        "ANI",
        "PTI",
        "IANS",
        "KCNA",
        "Interfax",
        "RIA Novosti",
        "Anadolu",
        "Anadolu Agency",
        "EFE",
        "ANSA",
        "CNA",
        "Ukrinform",
        "Sputnik",
        "NHK",
    )
}


def find_date(text: str) -> str | None:
    """The first calendar date in `text` as ISO YYYY-MM-DD ("Nov. 17, 2024" -> "2024-11-17")."""
    if not _DIGIT.search(text):
        return None  # every date has a year in digits; most lines have no digit at all
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso_date(match)
            if iso is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), iso)
                break
    return None if best is None else best[1]


_NAMED_DATE = re.compile(
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})(?![0-9])"
)


def _date_in_name(name: str) -> str | None:
    """The one ISO date (YYYY-MM-DD) a file's name holds, if it holds exactly one."""
    dates = {_iso_date(match) for match in _NAMED_DATE.finditer(name)}
    dates.discard(None)
    return dates.pop() if len(dates) == 1 else None


def _iso_date(match: re.Match[str]) -> str | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return dt.date(int(match.group("year")), number, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def _metadata_from_text(text: str, body_start: int) -> dict[str, str]:
    head = _head_lines(text, body_start)
    tail = _tail_lines(text, body_start)
    found: dict[str, str] = {}
    title = _title(head)
    if title:
        found["title"] = title
    url, site = _url_and_site(tail + head)
    if url:
        found["url"] = url
    published = _published(head + tail)
    if published:
        found["published"] = published
    outlet = _outlet(head, tail, site or _domain(url), text, body_start)
    if outlet:
        found["outlet"] = outlet
    return found


def _head_lines(text: str, start: int) -> list[str]:
    head = text[start : start + _HEAD_CHARS]
    lines = [line.strip() for line in _split_lines(head)]
    if start + _HEAD_CHARS < len(text):
        lines.pop()  # cut short: not a whole line
    return [line for line in lines if line][:_HEAD_LINES]


def _tail_lines(text: str, start: int) -> list[str]:
    tail_start = max(start, len(text) - _TAIL_CHARS)
    lines = [line.strip() for line in _split_lines(text[tail_start:])]
    if tail_start > start:
        lines.pop(0)
    return [line for line in lines if line][-_TAIL_LINES:]


def _labelled_lines(lines: list[str]) -> list[str]:
    """The lines that hold a date label ("Published", "updated"), in order.

    The lines are mostly paragraphs without a label, so the label words are
    looked for as plain text in all of them at once, and the case-blind regex
    only confirms each place found.
    """
    text = "\n".join(lines)
    if not text.isascii() and _ODD_CASE.search(text):
        return [line for line in lines if _DATE_LABEL.search(line)]
    lowered = text.lower()
    found = [
        at
        for word in _DATE_LABEL_WORDS
        for at in positions(lowered, word)
        if _DATE_LABEL.match(text, at)
    ]
    if not found:
        return []
    line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    held = sorted({bisect_right(line_starts, at) - 1 for at in found})
    return [lines[index] for index in held]


def _split_lines(text: str) -> list[str]:
    # Splitting at "\n" alone is much quicker, and enough without a "\r".
    return _LINE_BREAK.split(text) if "\r" in text else text.split("\n")


def _title(head: list[str]) -> str | None:
    """The first line, when it reads as a headline: short, one sentence, not metadata.

    A line of no words (a rule such as `---` or `***`, the opening of front
    matter that never closes) is no headline.
    """
    if not head:
        return None
    line = _HEADING_MARK.sub("", head[0], count=1).strip()
    if not line or len(line) > _MAX_TITLE_CHARS or _is_metadata_line(line):
        return None
    if not any(char.isalnum() for char in line):
        return None
    if len(split_sentences(line)) > 1:
        return None
    return line


def _is_metadata_line(line: str) -> bool:
    return bool(
        _URL_LINE.fullmatch(line)
        or _SITE_LINE.fullmatch(line)
        or _BYLINE.match(line)
        or (len(line) <= _MAX_METADATA_LINE and find_date(line) and _mostly_date(line))
    )


def _mostly_date(line: str) -> bool:
    words = re.findall(r"[A-Za-z]{3,}", line)
    return len(words) <= 3


def _url_and_site(lines: list[str]) -> tuple[str | None, str | None]:
    """An article URL on a line of its own ("Source: https://..."), else a bare site name."""
    for line in lines:
        match = _URL_LINE.fullmatch(line)
        if match:
            return match.group("url"), None
    for line in lines:
        site = _SITE_LINE.fullmatch(line)
        if site:
            return None, site.group("site").lower()
    return None, None


def _published(lines: list[str]) -> str | None:
    """A date from a dateline: a labelled or short line, never a date inside a sentence."""
    lines = [line for line in lines if _DIGIT.search(line)]  # a date has a year in digits
    labelled = _labelled_lines(lines)
    short = [line for line in lines if len(line) <= _MAX_METADATA_LINE and _mostly_date(line)]
    for line in labelled + short:
        date = find_date(line)
        if date:
            return date
    return None


def _outlet(
    head: list[str], tail: list[str], domain: str | None, text: str, body_start: int
) -> str | None:
    for line in head[:4]:
        byline = _BYLINE.match(line)
        if byline:
            agency = _AGENCIES.get(byline.group("name").strip().lower())
            if agency:
                return agency
    for line in reversed(tail):
        outlet = _signed_outlet(line)
        if outlet:
            return outlet
    if domain:
        return _name_for_domain(domain, text, body_start) or domain
    return None


def _signed_outlet(line: str) -> str | None:
    sign_off = _SIGN_OFF.search(line)
    if sign_off and sign_off.group("name").lower() in _AGENCIES:
        return _AGENCIES[sign_off.group("name").lower()]
    reporter = _REPORTER_SIGN_OFF.fullmatch(line)
    if reporter:
        name = reporter.group("name")
        if name.lower() in _AGENCIES or name.split()[-1].lower() in _OUTLET_WORDS:
            return name
    return None


def _domain(url: str | None) -> str | None:
    if url is None:
        return None
    host = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).split("/", 1)[0]
    return host.lower().split(":", 1)[0] or None


def _name_for_domain(domain: str, text: str, body_start: int) -> str | None:
    """The outlet's name as the article writes it: "hindustantimes.com" -> "Hindustan Times".

    The name is the registered domain's own label, found through the public
    suffix list: "news.bbc.co.uk" is the BBC's ("bbc.co.uk"), not "News".
    """
    label = _registered_label(domain)
    if label is None or len(label) < 3 or not label.isalpha():
        return None
    spaced = r"[ \t]?".join(re.escape(letter) for letter in label)
    window = text[body_start : body_start + _HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:]
    pattern = re.compile(r"\b(?:The[ \t]+)?" + spaced + r"\b", re.IGNORECASE)
    return next((m.group() for m in pattern.finditer(window) if m.group()[0].isupper()), None)


def _registered_label(domain: str) -> str | None:
    """The label a domain was registered under: "news.bbc.co.uk" -> "bbc"."""
    registered = _public_suffixes().privatesuffix(domain.lower())
    return None if registered is None else str(registered).split(".", 1)[0]


@cache
def _public_suffixes() -> Any:
    # publicsuffixlist ships the list with the package: no network at run time.
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()
