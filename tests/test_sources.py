"""Reading articles: finding files, decoding, front matter and metadata found in the text."""

# News copy uses curly quotes and apostrophes; several tests are about them.

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import SourceError
from claimtrack.sources import (
    MAX_SOURCE_BYTES,
    document_from_text,
    find_date,
    find_sources,
    name_sources,
    read_document,
    read_source_bytes,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_find_sources_expands_folders_sorted_and_keeps_files_as_given(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("x: 1", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("c", encoding="utf-8")
    extra = tmp_path / "article.text"
    extra.write_text("given explicitly", encoding="utf-8")
    assert find_sources([extra, tmp_path]) == [
        tmp_path / "a.md",
        extra,
        tmp_path / "b.txt",
    ]


def test_find_sources_names_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"nowhere\.txt: no such file or folder"):
        find_sources([tmp_path / "nowhere.txt"])


def test_front_matter_gives_metadata_and_is_not_body() -> None:
    document = read_document(FIXTURES / "front-matter.md")
    source = document.source
    assert source.id == "front-matter"
    assert source.title == "Xi and Putin oppose U.S. 'military intimidation' toward North Korea"
    assert source.url == "https://example.org/world/xi-putin-summit"
    assert source.published == "2024-05-17"
    assert source.outlet == "Arirang News"
    # Markdown is read as text: the heading mark is not part of it.
    assert document.text[document.body[0] :].startswith("Leaders of Russia")
    assert document.warnings == ()


def test_broken_front_matter_is_a_warning_and_stays_out_of_the_body() -> None:
    document = read_document(FIXTURES / "broken-front-matter.md")
    assert len(document.warnings) == 1
    assert "front matter is not valid YAML" in document.warnings[0]
    assert document.text[document.body[0] :].startswith("Moscow pointed out")
    assert document.source.title is not None and document.source.title.startswith("Moscow")


def test_unclosed_front_matter_is_read_as_text() -> None:
    document = document_from_text("---\ntitle: x\nNo end here.\n", "x")
    assert document.body == (0, len(document.text))
    assert "never ends" in document.warnings[0]


def test_wire_story_gives_title_date_and_agency() -> None:
    source = read_document(FIXTURES / "wire-story.txt").source
    assert source.title == (
        "Biden calls on Xi to use China's clout to prevent troop dispatch to Russia"
    )
    assert source.published == "2024-11-17"
    assert source.outlet == "Yonhap"
    assert source.url is None


def test_source_line_gives_url_and_outlet_from_its_domain() -> None:
    source = read_document(FIXTURES / "source-line.txt").source
    assert source.url == "https://news.example.com/world/korea-troops-2024.html"
    assert source.outlet == "news.example.com"


def test_site_line_gives_the_outlet_as_the_article_names_it() -> None:
    source = read_document(FIXTURES / "site-line.txt").source
    assert source.url is None
    assert source.outlet == "Hindustan Times"
    assert source.published is None  # "Feb. 16" has no year and sits in a sentence


def test_sha256_is_of_the_raw_bytes_and_path_is_posix() -> None:
    path = FIXTURES / "wire-story.txt"
    source = read_document(path).source
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "\\" not in source.path and source.path.endswith("fixtures/sources/wire-story.txt")


def test_path_is_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    article = tmp_path / "sources" / "one.txt"
    article.write_text("Moscow denied it.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert read_document(article).source.path == "sources/one.txt"
    assert read_document(Path("sources/one.txt")).source.path == "sources/one.txt"


def test_legacy_encoding_is_read_with_a_warning() -> None:
    document = read_document(FIXTURES / "windows-1252.txt")
    assert "The North’s envoy called it “baseless.”" in document.text
    assert "not UTF-8; read as Windows-1252" in document.warnings[0]


def test_utf16_with_bom_keeps_crlf_and_maps_lines() -> None:
    document = read_document(FIXTURES / "utf-16.txt")
    assert document.text == "Title line\r\nPyongyang rejected the “accusations”.\r\n"
    assert document.warnings == ()
    assert document.line_at(document.text.index("\r\n")) == 1
    assert document.line_at(document.text.index("\n")) == 1
    assert document.line_at(document.text.index("Pyongyang")) == 2
    assert document.line_at(len(document.text)) == 3


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKyiv said so.\n".encode())
    assert read_document(path).text == "Kyiv said so.\n"


def test_binary_files_are_refused_by_name() -> None:
    with pytest.raises(SourceError, match=r"scan\.txt: looks binary \(a PDF document\)"):
        read_document(FIXTURES / "scan.txt")


def test_control_bytes_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError, match=r"blob\.txt: looks binary"):
        read_document(path)


def test_control_bytes_are_counted_to_the_limit(tmp_path: Path) -> None:
    # 5% of the sample may be control bytes (a stray bell, a form feed); tabs,
    # line ends and escapes are not counted at all.
    line = b"The harbour master said the ferry would sail at noon.\t\r\n\x1b\x0c"
    body = line * 40
    allowed = int(0.05 * len(body))
    path = tmp_path / "bells.txt"
    path.write_bytes(body[: len(body) - allowed] + b"\x07" * allowed)
    assert read_document(path).text.startswith("The harbour master")
    path.write_bytes(body[: len(body) - allowed - 1] + b"\x07" * (allowed + 1))
    with pytest.raises(SourceError, match=r"bells\.txt: looks binary"):
        read_document(path)


def test_empty_file_is_an_empty_document_with_a_warning() -> None:
    document = read_document(FIXTURES / "empty.txt")
    assert document.text == ""
    assert document.body == (0, 0)
    assert "empty" in document.warnings[0]
    assert document.line_at(0) == 1


def test_unreadable_path_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"not a regular file \(a folder\)"):
        read_document(tmp_path)
    with pytest.raises(SourceError, match="cannot read it"):
        read_document(tmp_path / "gone.txt")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("By YonhapPublished : Nov. 17, 2024 - 09:41", "2024-11-17"),
        ("November 16, 2024", "2024-11-16"),
        ("2024-05-17, 09:00 (KST)", "2024-05-17"),
        ("Updated 3 Sept 2023", "2023-09-03"),
        ("Posted on March 1st, 2022", "2022-03-01"),
        ("2024-13-45 is not a date", None),
        ("no date here", None),
    ],
)
def test_find_date_normalises_to_iso(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


def test_line_at_is_one_based_across_line_endings() -> None:
    document = document_from_text("a\nb\r\nc\rd", "mixed")
    assert [document.line_at(document.text.index(char)) for char in "abcd"] == [1, 2, 3, 4]
    assert document.line_at(-3) == 1


def test_a_single_line_as_large_as_allowed_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "Moscow pointed out that Washington has no evidence. "
    path.write_text(sentence * (MAX_SOURCE_BYTES // len(sentence)), encoding="utf-8")
    document = read_document(path)
    assert document.body == (0, len(document.text))
    assert document.line_at(len(document.text) - 1) == 1
    assert document.source.title is None


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
def test_a_file_is_read_whole_whatever_its_size(tmp_path: Path) -> None:
    # Small, empty, and one larger than a read's first chunk: each read to its end.
    for size in (0, 1, 4_000, 300_000):
        path = tmp_path / f"a{size}.txt"
        data = (b"The mayor said the bridge will open in May. " * (size // 44 + 1))[:size]
        path.write_bytes(data)
        assert read_source_bytes(path) == data


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_SOURCE_BYTES + 1))
    with pytest.raises(SourceError, match="larger than an article can be"):
        read_source_bytes(path)
    path.write_bytes(b"a" * MAX_SOURCE_BYTES)
    assert len(read_source_bytes(path)) == MAX_SOURCE_BYTES


def test_seed_articles_give_their_metadata() -> None:
    documents = {path.stem[:3]: read_document(path) for path in find_sources([SEEDS])}
    assert documents["000"].source.url is not None
    assert documents["000"].source.url.startswith("https://baoquocte.vn/")
    assert documents["001"].source.published == "2024-11-17"
    assert documents["001"].source.outlet == "Yonhap"
    assert documents["002"].source.published == "2024-05-17"
    assert documents["003"].source.outlet == "Hindustan Times"
    assert all(not document.warnings for document in documents.values())


def test_front_matter_with_crlf_line_endings() -> None:
    text = "---\r\ntitle: Kremlin denies report\r\npublished: Nov. 17, 2024\r\n---\r\nBody.\r\n"
    document = document_from_text(text, "crlf")
    assert document.source.title == "Kremlin denies report"
    assert document.source.published == "2024-11-17"
    assert document.text[document.body[0] :] == "Body.\r\n"
    assert document.line_at(document.body[0]) == 5


def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "no-bom.txt"
    path.write_bytes("Beijing said the claims were baseless.\n".encode("utf-16-le"))
    document = read_document(path)
    assert document.text == "Beijing said the claims were baseless.\n"
    assert "utf-16-le" in document.warnings[0]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from([*'ab -:\r\n"“”.', "---\n", "title: [x\n"]), max_size=40))
def test_any_text_makes_a_document_whose_lines_match_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    document = document_from_text(text, "any")
    start, end = document.body
    assert 0 <= start <= end == len(text)
    for offset in range(len(text) + 1):
        before = text[:offset]
        expected = 1 + before.count("\n") + before.count("\r") - before.count("\r\n")
        if before.endswith("\r") and text[offset : offset + 1] == "\n":
            expected -= 1  # the \n of a \r\n pair is on the line it ends
        assert document.line_at(offset) == expected


def test_a_labelled_date_line_wins_over_a_date_in_a_paragraph() -> None:
    text = (
        "Kremlin denies report\n\n"
        "The outdated figures from 2023-04-05 were revised, officials said in a long "
        "statement about the troop report and where its figures came from.\n\n"
        "UPDATED: March 3, 2024\n\nMoscow said the report was false.\n"
    )
    assert document_from_text(text, "labelled").source.published == "2024-03-03"


# -- front matter that is wrong or hostile --------------------------------------

BODY = "Moscow pointed out that Washington has no evidence.\n"


def _front(tmp_path: Path, block: str, name: str = "article.md") -> Path:
    path = tmp_path / name
    path.write_text(f"---\n{block}---\n{BODY}", encoding="utf-8")
    return path


def test_an_impossible_front_matter_date_is_a_warning_with_the_path(tmp_path: Path) -> None:
    document = read_document(_front(tmp_path, "title: A title\npublished: 2024-13-45\n"))

    assert document.source.title == "A title"
    assert document.source.published == "2024-13-45"
    [warning] = document.warnings
    assert "article.md" in warning
    assert "'2024-13-45' is not a date" in warning


def _alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        items = ", ".join(f"*a{level - 1}" for _ in range(9))
        lines.append(f"a{level}: &a{level} [{items}]")
    return "title: Bomb\n" + "\n".join(lines) + f"\noutlet: *a{levels - 1}\n"


def test_a_front_matter_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    start = time.perf_counter()

    document = read_document(_front(tmp_path, _alias_bomb()))

    assert time.perf_counter() - start < 2
    assert document.source.outlet is None
    assert document.source.title != "Bomb"
    [warning] = document.warnings
    assert "article.md" in warning and "aliases" in warning
    assert document.text[document.body[0] :] == BODY


def test_deeply_nested_front_matter_is_refused(tmp_path: Path) -> None:
    document = read_document(_front(tmp_path, "title: " + "[" * 5000 + "]" * 5000 + "\n"))

    [warning] = document.warnings
    assert "nested" in warning
    assert document.text[document.body[0] :] == BODY


def test_front_matter_fields_take_plain_values_only(tmp_path: Path) -> None:
    block = "title: &t Plain title\nurl: [not, a, url]\noutlet: *t\npublished: 2024-11-17 10:00\n"
    source = read_document(_front(tmp_path, block)).source

    assert (source.title, source.url, source.outlet) == ("Plain title", None, "Plain title")
    assert source.published == "2024-11-17"


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        ("https://news.bbc.co.uk/2/hi/asia/123.stm", "BBC News reported it.", "BBC"),
        ("https://news.bbc.co.uk/2/hi/asia/123.stm", "Someone reported it.", "news.bbc.co.uk"),
        ("https://www.hindustantimes.com/world/x", "Hindustan Times says so.", "Hindustan Times"),
        ("https://edition.cnn.com/2024/x", "CNN said so.", "CNN"),
        (
            "https://www.smh.com.au/world/x",
            "News from the Sydney Morning Herald.",
            "www.smh.com.au",
        ),
    ],
)
def test_the_outlet_comes_from_the_registered_domain(url: str, text: str, outlet: str) -> None:
    """`news.bbc.co.uk` is the BBC's, not an outlet called "News" (the public suffix list says)."""
    document = document_from_text(f"Troops moved on Monday.\n\n{text}\n\nSource: {url}\n", "x")
    assert document.source.outlet == outlet


def test_a_date_in_a_file_name_dates_a_source_that_gives_none(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    said = "The harbour board said the night ferry would run again from May.\n"
    (tmp_path / "sources" / "2025-03-04-harbour-ferry.txt").write_text(said, encoding="utf-8")
    (tmp_path / "sources" / "notes_2025-03-04_to_2025-03-09.txt").write_text(said, encoding="utf-8")
    (tmp_path / "sources" / "2025-03-04-board.md").write_text(
        f"---\npublished: 2025-02-28\n---\n\n{said}", encoding="utf-8"
    )
    assert run("extract").exit_code == 0

    listed = run("sources", "--format", "json")

    published = {source["id"]: source["published"] for source in json.loads(listed.stdout)}
    assert published == {
        "2025-03-04-harbour-ferry": "2025-03-04",
        # Two dates in the name: which is the article's is not guessed.
        "notes_2025-03-04_to_2025-03-09": None,
        # The front matter's date wins over the name's.
        "2025-03-04-board": "2025-02-28",
    }


def test_files_of_one_name_get_ids_that_tell_them_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for folder in ("sources/wire", "elsewhere", "old"):
        (tmp_path / folder).mkdir(parents=True)
    paths = [
        Path("sources/harbour.md"),
        Path("sources/harbour.txt"),
        Path("sources/wire/harbour.txt"),
        tmp_path / "sources" / "ferry.txt",
        Path("elsewhere/harbour.txt"),
        Path("sources/../sources/bridge.txt"),
        Path("harbour.txt"),
    ]
    for path in [*paths, Path("old/harbour.txt")]:
        path.write_text("The mayor said the harbour would reopen.\n", encoding="utf-8")
    # The ledger recorded the ferry story under an id of its own, and an older
    # harbour story, still there, as "harbour.txt".
    recorded = {"sources/ferry.txt": "ferry-2024", "old/harbour.txt": "harbour.txt"}
    named = name_sources(paths, Path(), recorded)
    # The one at the top comes first (`harbour` before `sources/harbour`); the
    # other then finds both its id and the id with its suffix taken.
    digest = hashlib.sha1(b"sources/harbour.txt").hexdigest()[:8]
    assert [file.id for file in named] == [
        "harbour.md",
        f"harbour-{digest}",
        "wire/harbour",
        "ferry-2024",
        "elsewhere/harbour",
        "bridge",
        "harbour",
    ]
    assert [file.recorded for file in named] == [
        "sources/harbour.md",
        "sources/harbour.txt",
        "sources/wire/harbour.txt",
        "sources/ferry.txt",
        "elsewhere/harbour.txt",
        "sources/bridge.txt",
        "harbour.txt",
    ]
    # Named again, each file gets its id again.
    assert name_sources(paths, Path(), recorded) == named
