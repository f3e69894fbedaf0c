"""Reading articles as they come: web pages by their main text, Markdown as plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.markup import plain_markdown, read_html
from claimtrack.sources import find_sources, read_document

HERE = Path(__file__).resolve().parent
WEB = HERE / "fixtures" / "web"
SHARED_HTML = HERE.parent.parent / "shared" / "data" / "html"

# Words only the page around an article holds: menus, ads, related links, cookie
# banners, comments, footers.
BOILERPLATE = (
    "cookie",
    "advertisement",
    "subscribe",
    "newsletter",
    "related stories",
    "sign up",
    "all rights reserved",
    "privacy policy",
    "reader42",
)


# -- web pages ---------------------------------------------------------------------


def test_a_web_page_is_read_as_its_article_with_the_pages_metadata() -> None:
    document = read_document(WEB / "article.html")
    source = document.source

    assert source.title == "Pyongyang rejects troop claims"  # " | Example Daily" left off
    assert source.url == "https://daily.example.org/world/pyongyang-rejects"
    assert source.published == "2024-11-18"
    assert source.outlet == "Example Daily"
    text = document.text.casefold()
    assert "north korea on monday rejected accusations" in text
    assert "sergey lavrov said" in text
    for word in (*BOILERPLATE, "home", "mortgage", "analysts say", "police said"):
        assert word not in text


def test_extract_reads_html_pages_and_not_the_page_around_them(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "--ledger", tmp_path / "claims.yaml", "extract", WEB / "article.html", "-n", "-f", "jsonl"
    )

    assert result.exit_code == 0, result.stderr
    statements = [json.loads(line) for line in result.stdout.splitlines()]
    speakers = {s["speaker"] for s in statements}
    assert {"The Pentagon", "Russian Foreign Minister Sergey Lavrov"} <= speakers
    quotes = " ".join(s["quote"] for s in statements).casefold()
    assert not any(word in quotes for word in ("mortgage", "analysts", "suspect", "reader42"))
    assert {s["title"] for s in statements} == {"Pyongyang rejects troop claims"}


def test_folders_hold_html_articles_too(tmp_path: Path) -> None:
    for name in ("a.html", "b.htm", "c.md", "d.txt", "e.css"):
        (tmp_path / name).write_text("x", encoding="utf-8")

    assert [path.name for path in find_sources([tmp_path])] == ["a.html", "b.htm", "c.md", "d.txt"]


def test_a_page_without_an_article_is_a_clear_error() -> None:
    from claimtrack.errors import SourceError

    with pytest.raises(SourceError, match="no article text"):
        read_html(b"<html><head><title>Nothing</title></head><body></body></html>", "empty.html")


# -- Markdown ------------------------------------------------------------------------


def test_markdown_is_read_without_its_markup_and_offsets_point_into_the_file(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = WEB / "emphasis.md"
    original = path.read_text(encoding="utf-8")

    result = run("--ledger", tmp_path / "claims.yaml", "extract", path, "-n", "-f", "jsonl")

    assert result.exit_code == 0, result.stderr
    statements = [json.loads(line) for line in result.stdout.splitlines()]
    denied = next(s for s in statements if s["speaker"] == "Pyongyang")
    # The cue is seen through the emphasis, the link's URL is not quoted.
    assert denied["cue"] == "denied reports"
    assert denied["stance"] == "denies"
    assert denied["quote"] == (
        "Pyongyang has denied reports that it sent troops, according to the Korean Central "
        "News Agency."
    )
    # Spans and lines are those of the file.
    start, end = denied["span"]
    assert original[start:end].startswith("Pyongyang has **denied** reports")
    assert original[start:end].endswith('"KCNA").')
    assert original.splitlines()[denied["line"] - 1].startswith("Pyongyang has **denied**")
    speaker = denied["speaker_span"]
    assert original[speaker[0] : speaker[1]] == "Pyongyang"
    pentagon = next(s for s in statements if s["speaker"] == "The Pentagon")
    assert "_about" not in pentagon["quote"] and "> " not in pentagon["quote"]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("He **denied** it.", "He denied it."),
        ("She *said* so, __twice__, ~~once~~.", "She said so, twice, once."),
        ('See [the report](https://x.org/a_(b) "T") now.', "See the report now."),
        ("See [the report][1] now.\n\n[1]: https://x.org", "See the report now.\n\n"),
        ("![a chart](chart.png)Text.", "Text."),
        ("# Heading #\n> quoted\n- item\n1. first", "Heading\nquoted\nitem\nfirst"),
        ("Mail <https://x.org/a> or `code`.", "Mail https://x.org/a or code."),
        ("snake_case_name and 2 * 3 * 4 stay", "snake_case_name and 2 * 3 * 4 stay"),
        ("A \\*literal\\* star.", "A *literal* star."),
        ("Line<br>break <em>here</em>.", "Linebreak here."),
        ("```\n**kept** in code\n```\n", "```\n**kept** in code\n```\n"),
    ],
)
def test_plain_markdown(markdown: str, plain: str) -> None:
    assert plain_markdown(markdown)[0] == plain


def test_plain_markdown_leaves_front_matter_alone() -> None:
    text = "---\ntitle: '*x*'\n---\n**Bold** body."
    start = text.index("**Bold")

    assert plain_markdown(text, start)[0] == "---\ntitle: '*x*'\n---\nBold body."


@given(st.text(alphabet="ab *_[]()!#>`~\\-\n<>:/.", max_size=80))
def test_plain_markdown_keeps_lines_and_maps_every_character_back(text: str) -> None:
    plain, origin = plain_markdown(text)

    assert plain.count("\n") == text.count("\n")
    assert len(origin) == len(plain) + 1
    assert all(text[origin[i]] == plain[i] for i in range(len(plain)))
    assert list(origin) == sorted(set(origin))


# -- the real saved pages -----------------------------------------------------------

needs_pages = pytest.mark.skipif(not SHARED_HTML.is_dir(), reason="needs ../shared/data/html")


@needs_pages
def test_real_pages_give_title_date_and_outlet() -> None:
    pages = sorted(SHARED_HTML.glob("*.html"))
    assert len(pages) == 18
    for page in pages:
        source = read_document(page).source
        assert source.title and source.published and source.outlet, page.name
        assert source.url and source.url.startswith("http"), page.name
    # A date in the page's own title wins over dates of related articles.
    assert read_document(SHARED_HTML / "dw.com.uncork.html").source.published == "2013-06-10"


@needs_pages
def test_real_pages_give_statements_from_the_article_only(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("--ledger", tmp_path / "claims.yaml", "extract", SHARED_HTML, "-n", "-f", "jsonl")

    assert result.exit_code == 0, result.stderr
    statements = [json.loads(line) for line in result.stdout.splitlines()]
    # 128 when this was written, every one checked by hand to come from the article.
    assert len(statements) > 100
    assert len({s["source"] for s in statements}) >= 15
    for statement in statements:
        quote = statement["quote"].casefold()
        assert not any(word in quote for word in BOILERPLATE), statement["quote"]


def _page(body: str) -> str:
    lead = (
        "<p>The harbour authority said on Monday that the old ferry terminal would close "
        "in March, after an inspection found cracks in its main pier and rusted beams.</p>"
        "<p>Engineers told the council that repairs would cost more than a new terminal, "
        "and the mayor said the city would ask the province to share the bill.</p>"
    )
    rest = (
        "<p>Ferry passengers will use a temporary dock on the north shore until a new "
        "terminal opens, which the authority expects to happen within two years.</p>"
    )
    return (
        "<html><head><title>Ferry terminal to close</title></head><body><article>"
        f"<h1>Ferry terminal to close</h1>{lead}{body}{rest}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("clutter", "gone"),
    [
        (
            "<h4>Staff picks:</h4><ul><li><a href='/a'>Ten bridges worth a detour</a></li>"
            "<li><a href='/b'>The best ferry rides of the summer</a></li></ul>",
            ("Staff picks", "Ten bridges", "ferry rides of the summer"),
        ),
        (
            "<p><em>See also</em>: <a href='/c'>Why the old pier rusted so fast</a></p>",
            ("See also", "Why the old pier"),
        ),
        (
            "<p><strong><em>Send us your view of the closure with <a href='/f'>this "
            "form</a>.</em></strong></p>",
            ("Send us your view",),
        ),
    ],
)
def test_link_lists_and_signposts_are_left_out_by_their_markup(
    clutter: str, gone: tuple[str, ...]
) -> None:
    text = read_html(_page(clutter)).text
    assert "harbour authority said" in text and "temporary dock" in text
    assert not any(words in text for words in gone)


def test_a_sentence_with_a_link_or_in_a_list_of_more_than_links_stays() -> None:
    # Links inside the article's own sentences, and a list whose items say more
    # than their links, are its text.
    kept = (
        "<p>The <a href='/r'>inspection report</a> said the pier could fail in a storm.</p>"
        "<ul><li>The <a href='/p'>north dock</a> opens on Friday, the authority said.</li>"
        "<li>Fares stay the same until <a href='/j'>June</a>.</li></ul>"
    )
    text = read_html(_page(kept)).text
    assert "the pier could fail in a storm" in text
    assert "opens on Friday, the authority said" in text
