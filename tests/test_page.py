"""The HTML report as text: self-contained, escaped, with the right cells and links."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from claimtrack.model import Claim, Ledger, Source, Stance, Statement
from claimtrack.page import write_report
from claimtrack.reports import matrix_report


def said(party: str | None, stance: Stance, source: str, quote: str) -> Statement:
    return Statement(stance, quote, quote, source, 3, party=party, speaker=party, cue="said")


LEDGER = Ledger(
    path="folder/claims.yaml",
    sources=(
        Source("web", "sources/web.md", "aa", url="https://example.org/a?x=1&y=2", outlet="Wire"),
        Source("local", "sources/my article.txt", "bb", published="2024-11-17"),
        Source("evil", "sources/evil.md", "cc", url="javascript:alert(1)"),
    ),
    claims=(
        Claim(
            "troops",
            "Troops <b>are</b> there & fighting",
            (
                said("Russia", Stance.DENIES, "web", 'Moscow said "<script>alert(1)</script>".'),
                said("Russia", Stance.DISPUTES, "local", "Moscow doubts it."),
                said("Iraq", Stance.ASSERTS, "evil", "Baghdad said so."),
                said(None, Stance.ASSERTS, "local", "Witnesses said so."),
            ),
        ),
        Claim("quiet", "Nobody speaks of this", ()),
    ),
)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _page(tmp_path: Path) -> tuple[str, _Elements]:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "report.html"
    write_report(path, matrix_report(LEDGER), tmp_path / "folder")
    text = path.read_text(encoding="utf-8")
    elements = _Elements()
    elements.feed(text)
    return text, elements


def test_matrix_orders_parties_by_claims_and_keeps_speakers_without_party() -> None:
    matrix = matrix_report(LEDGER, lambda name: "state")

    assert [p["party"] for p in matrix["parties"]] == ["Iraq", "Russia", None]
    assert matrix["parties"][-1]["kind"] is None
    cells = {cell["party"]: cell["stances"] for cell in matrix["claims"][0]["cells"]}
    assert cells == {"Russia": ["denies", "disputes"], "Iraq": ["asserts"], None: ["asserts"]}
    assert matrix["claims"][1]["cells"] == []
    assert [r["date"] for r in matrix["claims"][0]["timeline"]] == [
        "2024-11-17",
        "2024-11-17",
        None,
        None,
    ]


def test_page_loads_nothing_from_the_network(tmp_path: Path) -> None:
    text, elements = _page(tmp_path)

    assert "default-src 'none'" in text
    fetching = [
        (tag, attrs)
        for tag, attrs in elements.tags
        if attrs.get("src") or (tag == "link" and attrs.get("href"))
    ]
    assert fetching == []
    assert "@import" not in text and "url(" not in text


def test_page_escapes_the_ledgers_text(tmp_path: Path) -> None:
    text, elements = _page(tmp_path)

    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Troops &lt;b&gt;are&lt;/b&gt; there &amp; fighting" in text
    assert sum(1 for tag, _ in elements.tags if tag == "script") == 1


def test_cells_are_coloured_by_stance_and_link_to_sources(tmp_path: Path) -> None:
    text, elements = _page(tmp_path)

    cells = {
        attrs["data-party"]: attrs["class"]
        for tag, attrs in elements.tags
        if tag == "td" and attrs.get("data-party")
    }
    assert cells == {"Russia": "cell mixed", "Iraq": "cell asserts", "(no party)": "cell asserts"}
    links = [attrs["href"] for tag, attrs in elements.tags if tag == "a"]
    # A URL as it is; a file by its path from the page; never a javascript: URL.
    assert "https://example.org/a?x=1&y=2" in links
    assert "../folder/sources/my%20article.txt" in links
    assert "../folder/sources/evil.md" in links
    assert not any(link and link.startswith("javascript") for link in links)
    assert re.search(r"<td class=\"cell mixed\"[^>]*><button[^>]*>denies / disputes", text)
