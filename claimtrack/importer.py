"""Bring articles in: web pages, saved HTML files and RSS/Atom feeds, saved as Markdown.

Each article becomes one Markdown file in `sources/` with a front matter
block (`title`, `url`, `published`, `outlet`) and the article's main text,
paragraph by paragraph: a file a person can read and correct, and that
`extract` reads like any other. A feed brings in every article it lists:
the page each entry links to when it can be fetched, else the text the feed
carries. Fetching uses the standard library; reading pages and feeds needs
the `web` extra (trafilatura, feedparser).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claimtrack import __version__
from claimtrack.errors import SourceError
from claimtrack.markup import WEB_EXTRA, WebArticle, read_html
from claimtrack.sources import MAX_SOURCE_BYTES, display_path, find_date, read_source_bytes

FETCH_TIMEOUT = 20.0
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_MAX_NAME_WORDS = 8


@dataclass(frozen=True)
class Fetched:
    """A resource as the web served it."""

    url: str
    data: bytes
    content_type: str = ""


Fetcher = Callable[[str], Fetched]


@dataclass(frozen=True)
class Imported:
    """One article brought in: where it was saved, or why it could not be."""

    target: str
    article: WebArticle | None = None
    path: Path | None = None
    saved: bool = False  # False: an identical file was there already
    error: str | None = None


def fetch_url(url: str) -> Fetched:
    """GET `url`, following redirects, refusing more than an article's size."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": f"claimtrack/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read(MAX_SOURCE_BYTES + 1)
            final = response.geturl()
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        raise SourceError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise SourceError(f"{url}: cannot fetch it ({reason})") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(f"{url}: larger than an article can be; not saved")
    return Fetched(final, data, content_type)


def import_articles(
    targets: Sequence[str], folder: Path, fetch: Fetcher = fetch_url
) -> Iterator[Imported]:
    """Save each target's articles into `folder`: a URL, an HTML file or a feed (URL or file).

    Yields one `Imported` per article (a feed gives several), in order; a
    target that fails yields one with its `error`, and the others go on.
    """
    folder.mkdir(parents=True, exist_ok=True)
    missing = _missing_web_modules()
    for target in targets:
        try:
            if missing:
                # Checked before fetching: offline, a download would fail first
                # and hide what to install; online, it would be wasted.
                raise SourceError(
                    f"{target}: reading web pages and feeds needs the web extra: {WEB_EXTRA}"
                )
            fetched = _load(target, fetch)
            if _is_feed(fetched):
                yield from _import_feed(target, fetched, folder, fetch)
            else:
                article = read_html(fetched.data, target, fetched.url or None)
                yield _save(target, article, folder)
        except SourceError as error:
            yield Imported(target, error=str(error))


def _missing_web_modules() -> list[str]:
    """The modules of the web extra that cannot be imported (without importing them)."""
    import importlib.util

    modules = ("trafilatura", "feedparser")
    return [name for name in modules if importlib.util.find_spec(name) is None]


def _load(target: str, fetch: Fetcher) -> Fetched:
    if re.match(r"https?://", target, re.IGNORECASE):
        return fetch(target)
    path = Path(target)
    if not path.is_file():
        raise SourceError(f"{target}: no such file, and not an http(s) URL")
    return Fetched("", read_source_bytes(path))


def _is_feed(fetched: Fetched) -> bool:
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return bool(_FEED_START.search(fetched.data[:2000]))


def _import_feed(target: str, fetched: Fetched, folder: Path, fetch: Fetcher) -> Iterator[Imported]:
    try:
        import feedparser
    except ImportError:
        raise SourceError(f"{target}: reading feeds needs the web extra: {WEB_EXTRA}") from None
    feed = feedparser.parse(fetched.data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise SourceError(f"{target}: a feed with no entries{reason}")
    outlet = _text(feed.feed.get("title"))
    for entry in feed.entries:
        link = _text(entry.get("link"))
        try:
            article = _entry_article(target, entry, link, fetch)
        except SourceError as error:
            yield Imported(link or target, error=str(error))
            continue
        article = WebArticle(
            text=article.text,
            title=article.title or _text(entry.get("title")),
            url=article.url or link,
            published=article.published or _entry_date(entry),
            outlet=_outlet(article.outlet, outlet),
        )
        yield _save(link or target, article, folder)


def _outlet(page: str | None, feed: str | None) -> str | None:
    """The page's outlet, unless it is a bare host name and the feed names one."""
    if page and feed and re.fullmatch(r"[\w.-]+(?::\d+)?", page) and ("." in page or ":" in page):
        return feed
    return page or feed


def _entry_article(target: str, entry: Any, link: str | None, fetch: Fetcher) -> WebArticle:
    """The page an entry links to; when it cannot be had, the text the feed carries."""
    failure = None
    if link and re.match(r"https?://", link, re.IGNORECASE):
        try:
            page = fetch(link)
            return read_html(page.data, link, page.url or link)
        except SourceError as error:
            failure = error
    carried = [part.get("value", "") for part in entry.get("content", [])]
    carried.append(entry.get("summary", ""))
    for html in carried:
        if html and html.strip():
            try:
                return read_html(
                    f"<html><body><article>{html}</article></body></html>", link or target
                )
            except SourceError:
                continue
    raise failure or SourceError(f"{link or target}: the feed entry carries no text")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _text(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


# -- saving ---------------------------------------------------------------------------


def article_markdown(article: WebArticle) -> str:
    """The Markdown file for `article`: front matter, a blank line, the text."""
    published = article.published and (find_date(article.published) or article.published)
    fields = {
        "title": article.title,
        "url": article.url,
        "published": published,
        "outlet": article.outlet,
    }
    front = yaml.safe_dump(
        {key: value for key, value in fields.items() if value},
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
    )
    return f"---\n{front}---\n\n{article.text.strip()}\n"


def _save(target: str, article: WebArticle, folder: Path) -> Imported:
    text = article_markdown(article)
    stem = _file_stem(article)
    for number in range(1, 1000):
        path = folder / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
        if path.exists():
            if path.read_bytes() == text.encode("utf-8"):
                return Imported(target, article, path, saved=False)
            continue
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        return Imported(target, article, path, saved=True)
    raise SourceError(f"{target}: no free file name in {display_path(folder)}")


def _file_stem(article: WebArticle) -> str:
    """`2024-11-18-pyongyang-rejects-troop-claims`: the date, then the title's first words."""
    words = re.findall(r"[^\W_]+", (article.title or article.url or "article").casefold())
    date = article.published and find_date(article.published)
    stem = "-".join(words[:_MAX_NAME_WORDS]) or "article"
    return f"{date}-{stem}" if date else stem
