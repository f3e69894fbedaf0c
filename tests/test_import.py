"""`claimtrack import`: pages, files and feeds saved as Markdown, from a server on localhost."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from claimtrack.sources import read_document

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
ARTICLE = (WEB / "article.html").read_bytes()


def _page(title: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article>"
        "<footer>Copyright. All rights reserved.</footer></body></html>"
    ).encode()


class _Site:
    """A tiny web site on localhost; `base` is its address."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[str, bytes]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/moved":
                    self.send_response(301)
                    self.send_header("Location", "/news/pyongyang")
                    self.end_headers()
                    return
                if self.path not in routes:
                    self.send_error(404, "Not Found")
                    return
                kind, data = routes[self.path]
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def site() -> Iterator[_Site]:
    served = _Site()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served.server.shutdown()
        served.server.server_close()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _front_matter(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return dict(yaml.safe_load(text.split("---\n")[1]))


def test_import_a_url_saves_markdown_with_front_matter(run, site: _Site, folder: Path) -> None:  # type: ignore[no-untyped-def]
    site.routes["/news/pyongyang"] = ("text/html; charset=utf-8", ARTICLE)

    result = run("import", f"{site.base}/news/pyongyang", "--format", "tsv")

    assert result.exit_code == 0, result.stderr
    saved = folder / "sources" / "2024-11-18-pyongyang-rejects-troop-claims.md"
    assert result.stdout.splitlines()[1].startswith(
        "sources/2024-11-18-pyongyang-rejects-troop-claims.md\tsaved\t"
    )
    assert _front_matter(saved) == {
        "title": "Pyongyang rejects troop claims",
        "url": "https://daily.example.org/world/pyongyang-rejects",  # the page's canonical URL
        "published": "2024-11-18",
        "outlet": "Example Daily",
    }
    body = saved.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "Sergey Lavrov said" in body
    assert "cookies" not in body and "Reader42" not in body
    assert "Run `claimtrack extract`" in result.stderr

    # What import saved, extract reads with the same metadata.
    source = read_document(saved).source
    assert (source.title, source.published, source.outlet) == (
        "Pyongyang rejects troop claims",
        "2024-11-18",
        "Example Daily",
    )
    extracted = run("extract")
    assert extracted.exit_code == 0, extracted.stderr
    assert "Lavrov" in (folder / "claims.yaml").read_text(encoding="utf-8")


def test_import_again_changes_nothing(run, site: _Site, folder: Path) -> None:  # type: ignore[no-untyped-def]
    site.routes["/news/pyongyang"] = ("text/html", ARTICLE)
    run("import", f"{site.base}/moved")  # redirects are followed

    again = run("import", f"{site.base}/news/pyongyang", "-f", "tsv")

    assert again.exit_code == 0
    assert "\tunchanged\t" in again.stdout
    assert len(list((folder / "sources").iterdir())) == 1


def test_import_a_local_html_file_into_a_folder(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("import", WEB / "article.html", "--into", "inbox", "-f", "json")

    assert result.exit_code == 0, result.stderr
    assert [path.name for path in (folder / "inbox").iterdir()] == [
        "2024-11-18-pyongyang-rejects-troop-claims.md"
    ]
    # The hint reads the folder it saved into, as `extract` would not on its own.
    assert "Saved 1 article into inbox/. Run `claimtrack extract inbox` to read it." in (
        result.stderr
    )


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link>
<item><title>Seoul says troops are fighting</title><link>{base}/seoul</link>
<pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate></item>
<item><title>Moscow is silent</title><link>{base}/gone</link>
<pubDate>Wed, 20 Nov 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The Kremlin declined to comment on the reports on Wednesday,
a spokesman said.&lt;/p&gt;</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom story</title><link href="{base}/atom-story"/>
<updated>2024-11-21T09:00:00Z</updated><id>urn:1</id></entry>
</feed>
"""


def test_import_an_rss_feed_saves_each_article(run, site: _Site, folder: Path) -> None:  # type: ignore[no-untyped-def]
    site.routes["/feed.xml"] = ("application/rss+xml", RSS.format(base=site.base).encode())
    site.routes["/seoul"] = (
        "text/html",
        _page(
            "Seoul says troops are fighting",
            "South Korea's spy agency said on Tuesday that "
            "North Korean troops had begun fighting in the Kursk region, officials said.",
        ),
    )

    result = run("import", f"{site.base}/feed.xml", "-f", "tsv")

    assert result.exit_code == 0, result.stderr
    files = sorted(path.name for path in (folder / "sources").iterdir())
    assert files == [
        "2024-11-19-seoul-says-troops-are-fighting.md",
        "2024-11-20-moscow-is-silent.md",
    ]
    fetched = _front_matter(folder / "sources" / files[0])
    assert fetched["url"] == f"{site.base}/seoul"
    assert fetched["outlet"] == "Example Wire"  # the page names none; the feed does
    # The second entry's page is gone (404): the text the feed carries is saved instead.
    carried = (folder / "sources" / files[1]).read_text(encoding="utf-8")
    assert "The Kremlin declined to comment" in carried
    assert _front_matter(folder / "sources" / files[1])["published"] == "2024-11-20"


def test_import_an_atom_feed_from_a_file(run, site: _Site, folder: Path) -> None:  # type: ignore[no-untyped-def]
    (folder / "desk.atom").write_text(ATOM.format(base=site.base), encoding="utf-8")
    site.routes["/atom-story"] = (
        "text/html",
        _page("Atom story", "The ministry said on Thursday that the talks would resume."),
    )

    result = run("import", "desk.atom", "-f", "tsv")

    assert result.exit_code == 0, result.stderr
    saved = folder / "sources" / "2024-11-21-atom-story.md"
    assert _front_matter(saved)["outlet"] == "Atom Desk"
    assert "talks would resume" in saved.read_text(encoding="utf-8")


def test_import_failures_are_named_and_the_rest_is_saved(run, site: _Site, folder: Path) -> None:  # type: ignore[no-untyped-def]
    site.routes["/news/pyongyang"] = ("text/html", ARTICLE)

    result = run(
        "import", f"{site.base}/missing", "no-such-file.html", f"{site.base}/news/pyongyang"
    )

    assert result.exit_code == 1
    assert "404" in result.stderr
    assert "no-such-file.html: no such file" in result.stderr
    assert len(list((folder / "sources").iterdir())) == 1


@pytest.mark.parametrize("module", ["trafilatura", "feedparser"])
def test_without_the_web_extra_import_says_what_to_install_before_fetching(  # type: ignore[no-untyped-def]
    run, site: _Site, folder: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # the web extra is not installed
    missing = f"{site.base}/news/gone"  # fetched, it would fail first: 404 (or offline, DNS)

    result = run("import", missing, WEB / "article.html")

    assert result.exit_code == 1
    hint = "reading web pages and feeds needs the web extra: pip install 'claimtrack[web]'"
    assert f"{missing}: {hint}" in result.stderr
    assert f"article.html: {hint}" in result.stderr
    assert "server answered" not in result.stderr
    assert not (folder / "sources").exists() or not any((folder / "sources").iterdir())


_DECLARED = (
    "The harbour authority said on Monday that the new ferry terminal would open in spring. "
    "Local fishermen disputed that the dredging had been finished, and the mayor denied "
    "claims that the budget had doubled. "
)


def _paywalled(body: str, caption: str, shown: str = "Subscribe to read the full story.") -> bytes:
    declared = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    return (
        "<html><head><title>Ferry terminal to open in spring</title>"
        f'<script type="application/ld+json">{json.dumps(declared)}</script></head>'
        "<body><nav>Home | Harbour | Weather</nav>"
        "<article><h1>Ferry terminal to open in spring</h1>"
        f"<figure><figcaption>{caption}</figcaption></figure>"
        f"<p>{shown}</p></article></body></html>"
    ).encode()


def test_import_takes_the_article_a_paywalled_page_declares_in_json_ld(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    page = folder / "ferry.html"
    page.write_bytes(
        _paywalled(_DECLARED * 8, "The ferry terminal seen from the harbour wall. Photo: pool")
    )

    result = run("import", page, "--into", "inbox", "-f", "json")

    assert result.exit_code == 0, result.stderr
    (saved,) = (folder / "inbox").iterdir()
    text = saved.read_text(encoding="utf-8")
    assert "the mayor denied claims that the budget had doubled" in text
    assert "Subscribe to read" not in text
    assert _front_matter(saved)["title"] == "Ferry terminal to open in spring"


def test_import_keeps_the_shown_article_when_the_declared_one_is_no_longer(  # type: ignore[no-untyped-def]
    run, folder: Path
) -> None:
    shown = "</p><p>".join(
        f"Paragraph {n} of the article as the reader sees it on the page." for n in range(60)
    )
    page = folder / "ferry.html"
    page.write_bytes(
        _paywalled("The harbour authority said the terminal would open.", "A photo.", shown)
    )

    result = run("import", page, "--into", "inbox", "-f", "json")

    assert result.exit_code == 0, result.stderr
    (saved,) = (folder / "inbox").iterdir()
    text = saved.read_text(encoding="utf-8")
    assert "Paragraph 59 of the article as the reader sees it" in text
    assert "The harbour authority said the terminal would open." not in text


def test_import_leaves_out_what_a_page_marks_as_not_its_text(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # A short blog post followed by teasers of other posts, marked off for
    # search engines as many blogs do.
    others = "".join(
        f'<div class="nextstory"><h2><a href="/post-{n}">Another post {n}</a></h2>'
        "<p>The festival organisers denied that ticket prices had risen again this year, "
        f"and the council said post {n} was unrelated to it.</p></div>"
        for n in range(1, 6)
    )
    page = folder / "harbour.html"
    page.write_text(
        "<html><head><title>Berths to reopen</title></head><body><div class=post>"
        "<h1>Berths to reopen</h1><p>The harbour authority said on Monday that the berth "
        "would reopen in the spring, after repairs to the sea wall that began last year.</p>"
        f"</div><!--googleoff: all--><div id=next-posts>{others}</div><!--googleon: all-->"
        "<footer>About us</footer></body></html>",
        encoding="utf-8",
    )

    imported = run("import", page, "--into", "inbox", "-f", "json")
    extracted = run("extract", page, "--dry-run", "--format", "jsonl")

    assert imported.exit_code == 0, imported.stderr
    (saved,) = (folder / "inbox").iterdir()
    text = saved.read_text(encoding="utf-8")
    assert "the berth would reopen in the spring" in text
    assert "festival organisers" not in text
    assert "festival organisers" not in extracted.stdout
    assert "harbour authority" in extracted.stdout


def test_import_saves_the_headline_once_as_the_title_not_again_as_text(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    page = folder / "bridge.html"
    page.write_bytes(
        _page(
            "Council delays vote on the new bridge",
            "The council said on Tuesday that it would vote on the bridge in March, "
            "and the mayor denied that the budget had been cut.",
        )
    )

    result = run("import", page, "--into", "inbox", "-f", "json")

    assert result.exit_code == 0, result.stderr
    (saved,) = (folder / "inbox").iterdir()
    body = saved.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.strip().startswith("The council said on Tuesday")
    assert "Council delays vote" not in body
    assert _front_matter(saved)["title"] == "Council delays vote on the new bridge"
