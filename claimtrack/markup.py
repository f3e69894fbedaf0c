"""Articles as they come: a web page's main text, Markdown read as plain text.

`read_html` takes the article out of a saved web page with trafilatura (its
navigation, ads, related links, cookie banners and comments left behind, and
what it marks off from search engines with `googleoff` comments), and its
title, URL, date and outlet from the page's metadata; a page that shows a
reader far less than the article it declares in its JSON-LD `articleBody` (a
paywall, a script-built page) is read by that. trafilatura
is a well-kept extractor that scores among the best on article-extraction
benchmarks, needs no model or network, and reads the metadata (OpenGraph,
JSON-LD, `<meta>` tags) too; it comes with the optional `web` extra.

`plain_markdown` reads Markdown as the text a person sees: emphasis, link
and image syntax, heading and quote marks taken out, so `**denied**` is a
cue and a link's URL is not part of a quote. It keeps every line break, so
line numbers stay those of the file, and `origin` maps each character of
the plain text back to its offset in the file.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from typing import Any

from claimtrack.errors import SourceError

HTML_SUFFIXES = (".html", ".htm")
WEB_EXTRA = "pip install 'claimtrack[web]'"


@dataclass(frozen=True)
class WebArticle:
    """The article in a web page: its main text, paragraphs apart, and what the page says of it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def read_html(page: bytes | str, shown: str = "the page", url: str | None = None) -> WebArticle:
    """The article in a web page; `SourceError` when the web extra is missing or no text is found.

    `url` is where the page came from, when known; the page's own canonical
    URL wins over it.
    """
    try:
        import trafilatura
    except ImportError:
        raise SourceError(f"{shown}: reading web pages needs the web extra: {WEB_EXTRA}") from None
    from trafilatura.utils import load_html

    tree = load_html(_unmarked(page))
    if tree is not None:
        _drop_link_clutter(tree)
    found = trafilatura.bare_extraction(
        tree if tree is not None else _unmarked(page),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    fields = (found.as_dict() if found is not None and not isinstance(found, dict) else found) or {}
    paragraphs = [
        line.strip() for line in str(fields.get("text") or "").splitlines() if line.strip()
    ]
    whole = _declared_body(page)
    if len(" ".join(whole).split()) >= max(_BODY_MIN_WORDS, 2 * len(" ".join(paragraphs).split())):
        paragraphs = whole
    outlet = _clean(fields.get("sitename"))
    title, dated = _title(_clean(fields.get("title")), outlet)
    if title and paragraphs and _same_words(paragraphs[0], title):
        # The page's headline, kept by the extractor as its first paragraph:
        # the title says it already, and it is no sentence of the article.
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise SourceError(f"{shown}: no article text found in the page")
    return WebArticle(
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        url=_clean(fields.get("url")) or url,
        published=dated or _clean(fields.get("date")),
        outlet=outlet,
    )


# What a page marks as no part of its text for search engines (the other
# posts, ads and sign-up forms many blogs put after an article), between
# <!--googleoff: all--> (or index) and <!--googleon: ...--> or the page's end.
_GOOGLEOFF = re.compile(
    rb"<!--\s*googleoff:\s*(?:all|index)\s*-->.*?(?:<!--\s*googleon:\s*\w+\s*-->|\Z)", re.I | re.S
)


def _unmarked(page: bytes | str) -> bytes | str:
    """`page` without what it marks as not its text (`_GOOGLEOFF`)."""
    if isinstance(page, str):
        return _GOOGLEOFF.sub(b"", page.encode("utf-8", "surrogatepass")).decode(
            "utf-8", "surrogatepass"
        )
    return _GOOGLEOFF.sub(b"", page)


# A page's link clutter, told by its markup and not by its words: a list whose
# items are links and nothing else ("Editors' Recommendations", "Related"),
# with the heading or short label that introduces it; and a short paragraph
# holding a link whose other words are all set in emphasis ("*Read more*:
# <link>", "***Submit your letter to the editor via <link>.***"), a
# publisher's signpost, not the article's sentences.
_EMPHASIS = frozenset({"em", "i", "strong", "b"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SIGNPOST_MAX_WORDS = 30
_LABEL_MAX_WORDS = 4


def _drop_link_clutter(tree: Any) -> None:
    """Take link lists and signposts (the note above) out of a page's tree."""
    doomed = []
    for element in tree.iter("ul", "ol"):
        items = [child for child in element if child.tag == "li"]
        if len(items) >= 2 and all(_only_links(item) for item in items):
            doomed.append(element)
            label = element.getprevious()
            if label is not None and (
                label.tag in _HEADINGS
                or (
                    len(label.text_content().split()) <= _LABEL_MAX_WORDS
                    and label.text_content().strip().endswith(":")
                )
            ):
                doomed.append(label)
    for element in tree.iter("p"):
        if _is_signpost(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _words_outside_links(element: Any, emphasised: bool = False) -> tuple[int, int]:
    """(words outside any link and outside emphasis, words inside links) in an element."""
    plain = 0 if emphasised else len(_WORDS_RE.findall(element.text or ""))
    linked = 0
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "a":
            linked += len(_WORDS_RE.findall(child.text_content()))
        else:
            inner_plain, inner_linked = _words_outside_links(
                child, emphasised or child.tag in _EMPHASIS
            )
            plain += inner_plain
            linked += inner_linked
        if not emphasised:
            plain += len(_WORDS_RE.findall(child.tail or ""))
    return plain, linked


_WORDS_RE = re.compile(r"\w+")


def _only_links(item: Any) -> bool:
    """Whether an element's words are all a link's, or set in emphasis."""
    plain, linked = _words_outside_links(item)
    return linked > 0 and plain == 0


def _is_signpost(paragraph: Any) -> bool:
    """A short paragraph with a link, its other words all emphasised."""
    words = len(_WORDS_RE.findall(paragraph.text_content()))
    return words <= _SIGNPOST_MAX_WORDS and _only_links(paragraph)


# A paywalled or script-built page often shows a reader only a photo caption or
# a teaser, yet declares the whole article to search engines in its JSON-LD
# `articleBody`. When that text is at least twice as long as what the page
# shows (and long enough to be an article), it is the article.
_BODY_MIN_WORDS = 120
_LD_JSON = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S
)
_TAG = re.compile(r"<[^<>]+>")


def _declared_body(page: bytes | str) -> list[str]:
    """The paragraphs of the longest `articleBody` in the page's JSON-LD, or none."""
    import html
    import json

    text = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    bodies: list[str] = []
    for block in _LD_JSON.finditer(text):
        try:
            data = json.loads(block.group(1), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str):
                    bodies.append(body)
                stack.extend(value for value in item.values() if isinstance(value, dict | list))
    if not bodies:
        return []
    body = html.unescape(_TAG.sub("\n", max(bodies, key=len)))
    return [" ".join(line.split()) for line in body.splitlines() if line.strip()]


def _same_words(text: str, other: str) -> bool:
    """Whether two texts are the same words, case and punctuation aside."""
    return re.findall(r"\w+", text.casefold()) == re.findall(r"\w+", other.casefold())


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


_TITLE_SEPARATOR = re.compile(r"\s+[|\N{EN DASH}\N{EM DASH}]\s+|\s+-\s+(?=[^-]*$)")
_DOTTED_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")


def _title(title: str | None, outlet: str | None) -> tuple[str | None, str | None]:
    """The headline without what many pages append ("... | DW | 10.06.2013"), and that date.

    A date in the title is the article's own: the page's other dates may be
    those of related articles.
    """
    if title is None:
        return None, None
    date = None
    cuts = [match.span() for match in _TITLE_SEPARATOR.finditer(title)]
    end = len(title)
    for cut_start, cut_end in reversed(cuts):
        last = title[cut_end:end].strip()
        dotted = _DOTTED_DATE.fullmatch(last)
        if dotted is not None:
            date = date or _iso(dotted)
        elif not (outlet and _same_site(last, outlet)):
            break
        end = cut_start
    return title[:end].strip(), date


def _same_site(name: str, outlet: str) -> bool:
    site, named = name.casefold(), outlet.casefold()
    return site == named or named.startswith(site) or site.startswith(named)


def _iso(match: re.Match[str]) -> str | None:
    import datetime as dt

    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return day.isoformat()


# -- Markdown ---------------------------------------------------------------------

_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.M | re.S)
# Each pattern names the parts to keep; everything else it matches is markup.
_INLINE = (
    # \* and friends: the character stays.
    re.compile(r"\\(?P<keep>[\\`*_{}\[\]()#+\-.!<>~|])"),
    # ![alt](src): an image is not prose.
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),
    # [text](url "title") and [text][ref]: the text stays.
    re.compile(r"\[(?P<keep>[^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)"),
    re.compile(r"\[(?P<keep>[^\]\n]+)\]\[[^\]\n]*\]"),
    # <https://...>: the address stays, the brackets go.
    re.compile(r"<(?P<keep>(?:https?|mailto):[^>\s]+)>"),
    # Inline HTML tags (<br>, <em>, </span>).
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"),
    # `code`: the text stays.
    re.compile(r"(?<!`)`(?P<keep>[^`\n]+)`(?!`)"),
    # **strong**, __strong__, *em*, _em_ (never inside a word), ~~struck~~.
    # A delimiter escaped with a backslash is a plain character.
    re.compile(r"(?<!\\)\*\*(?P<keep>(?=\S)[^\n]+?(?<=[^\s\\]))\*\*"),
    re.compile(r"(?<![\w\\])__(?P<keep>(?=\S)[^\n]+?(?<=[^\s\\]))__(?!\w)"),
    re.compile(r"(?<![*\w\\])\*(?P<keep>(?=[^\s*])[^*\n]*?(?<=[^\s*\\]))\*(?![*\w])"),
    re.compile(r"(?<![_\w\\])_(?P<keep>(?=[^\s_])[^_\n]*?(?<=[^\s_\\]))_(?![_\w])"),
    re.compile(r"(?<!\\)~~(?P<keep>(?=\S)[^\n]+?(?<=[^\s\\]))~~"),
)
_LINE_MARKS = (
    # [ref]: https://... on a line of its own.
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", re.M),
    # > quote marks, # heading marks (and closing #s), list bullets, rules.
    re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M),
    re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", re.M),
    re.compile(r"[ \t]+#+[ \t]*$", re.M),
    re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.M),
    re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M),
)


def plain_markdown(text: str, start: int = 0) -> tuple[str, array[int]]:
    """`text` with Markdown markup taken out from offset `start` on, and where each character was.

    Returns the plain text and `origin`, one file offset per character of
    it plus one past the end. Line breaks are never taken out; fenced code
    blocks are left as they are.
    """
    drop = bytearray(len(text))
    fences = [(m.start(), m.end()) for m in _FENCE.finditer(text, start)]

    def in_fence(at: int) -> bool:
        return any(begin <= at < end for begin, end in fences)

    for pattern in _LINE_MARKS:
        for match in pattern.finditer(text, start):
            if not in_fence(match.start()):
                drop[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for pattern in _INLINE:
        for match in pattern.finditer(text, start):
            if in_fence(match.start()) or drop[match.start()]:
                continue
            begin, end = match.span()
            if "keep" in pattern.groupindex and match.group("keep") is not None:
                keep_start, keep_end = match.span("keep")
                drop[begin:keep_start] = b"\x01" * (keep_start - begin)
                drop[keep_end:end] = b"\x01" * (end - keep_end)
            else:
                drop[begin:end] = b"\x01" * (end - begin)
    origin = array("q", (at for at in range(len(text)) if not drop[at] or text[at] == "\n"))
    plain = "".join(text[at] for at in origin)
    origin.append(len(text))
    return plain, origin
