"""`claimtrack extract` as people and scripts use it: real articles, bad files, dry runs.

Each test works in its own folder with copies of the seed articles from the
repository's sources/; exit code, stdout and stderr are checked apart.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from claimtrack.ledger import read_ledger
from claimtrack.sources import MAX_SOURCE_BYTES

SEEDS = Path(__file__).resolve().parent.parent / "sources"
FIRST_SEED = "000_66f99498a4238889"
WEB_PAGE = Path(__file__).resolve().parent / "fixtures" / "web" / "article.html"


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with sources/ holding copies of the seed articles, as the working folder."""
    shutil.copytree(SEEDS, tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def one_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose sources/ holds only the first seed article: quick to extract."""
    (tmp_path / "sources").mkdir()
    shutil.copy(SEEDS / f"{FIRST_SEED}.txt", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def statements_in(ledger: Path) -> list[tuple[str, str, str | None, str]]:
    """(claim, source, party, stance) of every statement, in ledger order."""
    return [
        (claim.id, statement.source, statement.party, statement.stance.value)
        for claim in read_ledger(ledger).claims
        for statement in claim.statements
    ]


# -- a first run and a second one ------------------------------------------------


def test_extract_fills_the_ledger_and_summarises(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("init").exit_code == 0

    result = run("extract")

    assert result.exit_code == 0
    assert result.stdout == ""
    ledger = read_ledger(story / "claims.yaml")
    assert sorted(source.id for source in ledger.sources) == sorted(
        path.stem for path in SEEDS.glob("*.txt")
    )
    count = sum(len(claim.statements) for claim in ledger.claims)
    assert f"Read 5 sources. Added {count} statements, {len(ledger.claims)} new claims, " in (
        result.stderr
    )
    assert "with no proposition of their own left unfiled." in result.stderr
    assert run("check").exit_code == 0
    # The State Department's accusation is on record, with its party and stance.
    accused = [
        s
        for claim in ledger.claims
        for s in claim.statements
        if s.speaker == "The US State Department"
    ]
    assert [(s.party, s.stance.value, s.cue) for s in accused] == [
        ("United States", "asserts", "accused")
    ]


def test_a_second_run_skips_everything_and_changes_no_byte(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    run("extract")
    before = (story / "claims.yaml").read_bytes()

    again = run("extract")

    assert again.exit_code == 0
    assert again.stdout == ""
    assert "Nothing to do: 5 sources unchanged" in again.stderr
    assert (story / "claims.yaml").read_bytes() == before


def test_a_forced_run_does_not_call_unfiled_statements_deleted(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "council.txt").write_text(
        "The harbour board said it is false.\n",
        encoding="utf-8",
    )
    first = run("extract")
    assert "1 with no proposition of their own left unfiled" in first.stderr
    before = (tmp_path / "claims.yaml").read_bytes()

    forced = run("extract", "--force")

    assert forced.exit_code == 0, forced.stderr
    assert "deleted by hand left out" not in forced.stderr
    assert "1 left out as before (deleted by hand, or filed under no claim)" in forced.stderr
    assert (tmp_path / "claims.yaml").read_bytes() == before


def test_extract_creates_a_missing_ledger(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract")

    assert result.exit_code == 0
    assert result.stderr.startswith("Created claims.yaml.\n")
    assert statements_in(one_seed / "claims.yaml")


def test_only_new_and_changed_sources_are_read(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    run("extract")
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", one_seed / "sources")

    result = run("extract")

    assert result.exit_code == 0
    assert "Read 1 source, skipped 1 unchanged." in result.stderr
    sources = {s for _, s, _, _ in statements_in(one_seed / "claims.yaml")}
    assert sources == {FIRST_SEED, "003_b484f37d2071fccc"}


def test_hand_edits_survive_force(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    ledger = one_seed / "claims.yaml"
    run("extract")
    text = ledger.read_text(encoding="utf-8")
    # A reader decides Moscow denies rather than disputes, and says why in a comment.
    edited = text.replace(
        "stance: disputes\n      speaker: Moscow\n",
        "stance: denies  # Moscow says there is no evidence\n      speaker: Moscow\n",
    )
    assert edited != text
    ledger.write_text(edited, encoding="utf-8")

    result = run("extract", "--force")

    assert result.exit_code == 0
    after = ledger.read_text(encoding="utf-8")
    assert "stance: denies  # Moscow says there is no evidence\n      speaker: Moscow\n" in after
    assert after == edited


def test_jobs_give_the_same_ledger(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    serial = run("--ledger", "serial.yaml", "extract", "--jobs", "1")
    parallel = run("--ledger", "parallel.yaml", "extract", "--jobs", "2")

    assert serial.exit_code == parallel.exit_code == 0
    assert (story / "serial.yaml").read_bytes() == (story / "parallel.yaml").read_bytes()


def test_a_higher_threshold_makes_more_claims(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    def claims(threshold: str) -> set[str]:
        result = run("extract", "--dry-run", "--format", "jsonl", "--threshold", threshold)
        return {json.loads(line)["claim"] for line in result.stdout.splitlines()}

    assert len(claims("95")) > len(claims("20"))


# -- dry run ------------------------------------------------------------------


SPAN_FIELDS = ("span", "speaker_span", "cue_span", "content_span")
DRY_RUN_FIELDS = {
    *("party", "speaker", "stance", "cue", "content", "quote"),
    *("source", "path", "title", "url", "line"),
    *("claim", "claim_text", *SPAN_FIELDS),
}


def test_dry_run_prints_statements_with_spans_and_writes_nothing(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "--dry-run", "--format", "jsonl")

    assert result.exit_code == 0
    assert not (story / "claims.yaml").exists()
    assert "Dry run: nothing was written." in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 20
    for record in records:
        assert set(record) >= DRY_RUN_FIELDS
        text = (story / record["path"]).read_text(encoding="utf-8")
        start, end = record["span"]
        assert text[start:end] == record["quote"]
        assert text.count("\n", 0, start) + 1 == record["line"]
        for name in ("speaker_span", "cue_span", "content_span"):
            if record[name] is not None:
                inner_start, inner_end = record[name]
                assert start <= inner_start < inner_end <= end, name
        if record["speaker_span"] is not None:
            assert text[slice(*record["speaker_span"])] == record["speaker"]
        if record["cue_span"] is not None:
            assert text[slice(*record["cue_span"])].casefold() == record["cue"].casefold()
    moscow = next(r for r in records if r["speaker"] == "Moscow")
    assert (moscow["party"], moscow["stance"], moscow["cue"]) == (
        "Russia",
        "disputes",
        "pointed out",
    )
    assert moscow["source"] == FIRST_SEED
    assert moscow["path"] == f"sources/{FIRST_SEED}.txt"


def test_dry_run_agrees_with_the_real_run(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    planned = run("extract", "--dry-run", "--format", "jsonl").stdout.splitlines()
    run("extract")

    stored = statements_in(story / "claims.yaml")
    predicted = []
    for line in planned:
        record = json.loads(line)
        if record["claim"] is None:
            assert record["not_filed"]  # listed with the reason, never stored
            continue
        predicted.append((record["claim"], record["source"], record["party"], record["stance"]))
    assert Counter(predicted) == Counter(stored)


def test_dry_run_over_a_ledger_shows_only_what_is_new(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    run("extract")
    ledger = one_seed / "claims.yaml"
    before = ledger.read_bytes()
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", one_seed / "sources")

    result = run("extract", "--dry-run", "--format", "json")

    assert result.exit_code == 0
    assert ledger.read_bytes() == before
    records = json.loads(result.stdout)
    assert records
    assert {record["source"] for record in records} == {"003_b484f37d2071fccc"}
    assert "skipped 1 unchanged" in result.stderr


def test_dry_run_table_reads_as_who_says_what(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "--dry-run", "--format", "table")

    assert result.exit_code == 0
    out = result.stdout
    assert out.splitlines()[0].split() == ["who", "says", "claim"]
    assert "Moscow" in out
    assert "disputes (pointed out)" in out
    assert f"{FIRST_SEED}, line 8" in out
    assert "(new claim)" in out


def test_dry_run_tsv_in_a_pipe(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "--dry-run")

    header, *rows = result.stdout.splitlines()
    assert header.split("\t")[:4] == ["claim", "claim_text", "new_claim", "party"]
    assert header.split("\t")[-6:] == [*SPAN_FIELDS, "not_filed", "kind"]
    assert rows and all(row.count("\t") == header.count("\t") for row in rows)


def test_dry_run_tsv_and_csv_carry_the_party_kind_as_json_does(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    # A spreadsheet of the statements tells a state's voice from a person's,
    # as `statements` and the JSON of the same run do.
    as_json = [json.loads(line) for line in run("extract", "-n", "-f", "jsonl").stdout.splitlines()]
    for output_format in ("tsv", "csv"):
        out = run("extract", "-n", "-f", output_format).stdout
        reader = csv.DictReader(io.StringIO(out), delimiter="\t" if output_format == "tsv" else ",")
        kinds = [row["kind"] for row in reader]
        assert kinds == [record["kind"] or "" for record in as_json]
        assert "state" in kinds


# -- bad input ------------------------------------------------------------------

LONG_LINE = ("Officials said the troops moved. " * 4_000).encode()  # 132,000 characters, one line


@pytest.mark.parametrize(
    ("name", "content", "exit_code", "message"),
    [
        ("binary.txt", b"\x00\x01\x02\x03 not text \x00" * 200, 1, "looks binary"),
        ("report.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", 1, "a PDF document"),
        ("long.txt", LONG_LINE, 1, "long.txt:1: a line of 132,000 characters"),
        ("empty.txt", b"", 0, "the file is empty"),
        (
            "latin.txt",
            "Le ministre a déclaré: Moscow denied that it received shells.\n".encode("cp1252"),
            0,
            "not UTF-8; read as Windows-1252",
        ),
    ],
)
def test_a_bad_file_is_reported_and_the_others_recorded(  # type: ignore[no-untyped-def]
    run, one_seed: Path, name: str, content: bytes, exit_code: int, message: str
) -> None:
    (one_seed / "sources" / name).write_bytes(content)

    result = run("extract")

    assert result.exit_code == exit_code
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    ledger = read_ledger(one_seed / "claims.yaml")
    assert FIRST_SEED in {source.id for source in ledger.sources}
    assert run("check").exit_code == 0
    if exit_code:
        assert "1 failed" in result.stderr
        assert "1 source could not be read; the others were recorded." in result.stderr
        assert Path(name).stem not in {source.id for source in ledger.sources}
        # It is tried again next time, and nothing else changes.
        before = (one_seed / "claims.yaml").read_bytes()
        again = run("extract")
        assert again.exit_code == 1
        assert message in again.stderr
        assert (one_seed / "claims.yaml").read_bytes() == before


def test_a_web_page_in_a_folder_without_the_web_extra_is_named_and_the_others_recorded(  # type: ignore[no-untyped-def]
    run, one_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(WEB_PAGE, one_seed / "sources" / "page.html")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # the web extra is not installed

    result = run("extract")

    assert result.exit_code == 1  # a source that could not be read
    assert "page.html: reading web pages needs the web extra: pip install" in result.stderr
    assert "1 source could not be read; the others were recorded." in result.stderr
    assert "Traceback" not in result.stderr
    assert {source.id for source in read_ledger(one_seed / "claims.yaml").sources} == {FIRST_SEED}


def test_help_says_which_files_a_folder_gives(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "--help")

    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert ".txt, .md, .html and .htm files" in said
    assert "web extra" in said


def test_a_non_utf8_file_keeps_its_statements(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a déclaré: «non».\n\nMoscow denied that it received shells.\n"
    (one_seed / "sources" / "latin.txt").write_bytes(text.encode("cp1252"))

    result = run("extract", "sources/latin.txt")

    assert result.exit_code == 0
    assert ("latin", "Russia", "denies") in {
        (source, party, stance) for _, source, party, stance in statements_in(Path("claims.yaml"))
    }


def test_an_unbalanced_quote_loses_nothing_after_it(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    (one_seed / "sources" / "quote.txt").write_text(
        'Pyongyang said "the accusations are groundless.\n\n'
        "Russian Foreign Minister Sergey Lavrov denied that Moscow received shells.\n",
        encoding="utf-8",
    )

    result = run("extract", "--dry-run", "--format", "jsonl")

    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    found = {(Path(r["path"]).stem, r["party"]) for r in records}
    assert ("quote", "North Korea") in found
    assert ("quote", "Russia") in found
    # "the accusations are groundless" points back at nothing its article
    # states: it is listed, and why it would not be filed.
    [pointer] = [r for r in records if r["party"] == "North Korea" and r["source"] == "quote"]
    assert pointer["claim"] is None
    assert pointer["not_filed"]


def test_front_matter_that_never_closes_is_the_article_with_a_warning(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    (one_seed / "sources" / "unclosed.md").write_text(
        "---\ntitle: Ferry timetable\n\n"
        "The harbour master said the ferry would run twice a day from June.\n",
        encoding="utf-8",
    )

    result = run("extract", "sources/unclosed.md")

    assert result.exit_code == 0
    assert "sources/unclosed.md:1: front matter starts with '---' but never ends" in result.stderr
    [source] = json.loads(run("sources", "--format", "json").stdout)
    assert source["id"] == "unclosed"
    assert source["title"] is None  # not the '---' that opened it
    [statement] = json.loads(run("statements", "--format", "json").stdout)
    assert statement["speaker"] == "The harbour master"
    assert statement["line"] == 4


@pytest.mark.parametrize("output_format", ["json", "jsonl", "tsv"])
def test_format_without_dry_run_is_a_usage_error_that_writes_nothing(  # type: ignore[no-untyped-def]
    run, one_seed: Path, output_format: str
) -> None:
    # A script asking for JSON must not get an empty stdout and status 0.
    result = run("extract", "--format", output_format)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--dry-run" in result.stderr
    assert not Path("claims.yaml").exists()


def test_extract_help_says_format_is_for_dry_run(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "--help")

    assert "Output format of --dry-run, and only with it." in " ".join(result.stdout.split())


def test_a_missing_path_is_a_usage_error(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "sources", "nowhere.txt")

    assert result.exit_code == 2
    assert "No such file or folder: nowhere.txt" in result.stderr
    assert not (one_seed / "claims.yaml").exists()


def test_without_sources_it_says_how_to_start(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = run("extract")

    assert result.exit_code == 2
    assert "No sources/ folder beside the ledger (claims.yaml)" in result.stderr
    assert "claimtrack init" in result.stderr


def test_beside_a_ledger_without_sources_it_says_to_make_the_folder(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    (tmp_path / "sources").rmdir()

    result = run("extract")

    assert result.exit_code == 2
    # Not `claimtrack init`, which leaves an existing ledger alone and would refuse.
    assert "claimtrack init" not in result.stderr
    assert "make a sources/ folder there and put articles in it" in result.stderr
    (tmp_path / "sources").mkdir()
    assert run("extract").exit_code == 0


def test_an_empty_folder_is_not_an_error(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()

    (tmp_path / "sources" / "minutes.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "sources" / "minutes.docx").write_bytes(b"PK\x03\x04")

    result = run("extract", "--dry-run")

    assert result.exit_code == 0
    # Every kind of file it would have read, so a folder of PDFs says what to save them as.
    assert "No articles found (.txt, .md, .html or .htm files)." in result.stderr


def test_an_invalid_ledger_is_left_alone(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    ledger = one_seed / "claims.yaml"
    ledger.write_text("version: 1\nclaims:\n  - not: a mapping\n", encoding="utf-8")
    before = ledger.read_bytes()

    result = run("extract")

    assert result.exit_code == 1
    assert "claims.yaml:" in result.stderr
    assert ledger.read_bytes() == before


def test_paths_are_relative_to_the_ledger_from_any_folder(  # type: ignore[no-untyped-def]
    run, one_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", one_seed / "sources")
    ledger = one_seed / "claims.yaml"
    assert run("extract", "sources/000_66f99498a4238889.txt").exit_code == 0
    elsewhere = one_seed / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    # Without paths, the sources/ beside the ledger are read, not ./sources.
    result = run("--ledger", ledger, "extract")

    assert result.exit_code == 0, result.stderr
    assert "Read 1 source, skipped 1 unchanged." in result.stderr
    paths = {source.id: source.path for source in read_ledger(ledger).sources}
    assert paths == {
        FIRST_SEED: f"sources/{FIRST_SEED}.txt",
        "003_b484f37d2071fccc": "sources/003_b484f37d2071fccc.txt",
    }
    before = ledger.read_bytes()

    forced = run("--ledger", "../claims.yaml", "extract", "--force", "../sources")

    assert forced.exit_code == 0, forced.stderr
    assert ledger.read_bytes() == before


def test_copies_are_found_from_any_folder(  # type: ignore[no-untyped-def]
    run, one_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = one_seed / "claims.yaml"
    assert run("extract").exit_code == 0
    text = (one_seed / "sources" / f"{FIRST_SEED}.txt").read_text(encoding="utf-8")
    (one_seed / "sources" / "wire-copy.txt").write_text(text + "\nMore.\n", encoding="utf-8")
    monkeypatch.chdir(one_seed.parent)

    assert run("--ledger", ledger, "extract").exit_code == 0

    copy = next(s for s in read_ledger(ledger).sources if s.id == "wire-copy")
    assert copy.copy_of == FIRST_SEED


def test_each_source_is_read_on_its_own(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    sources = one_seed / "sources"
    (sources / "bad-date.md").write_text(
        "---\npublished: 2024-13-45\n---\nMoscow denied that it received shells.\n",
        encoding="utf-8",
    )
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
    )
    (sources / "bomb.md").write_text(
        f"---\n{bomb}title: *i\n---\nKyiv rejected the report.\n", encoding="utf-8"
    )

    result = run("extract")

    assert result.exit_code == 0, result.stderr
    assert "bad-date.md" in result.stderr and "is not a date" in result.stderr
    assert "bomb.md" in result.stderr and "aliases" in result.stderr
    ids = {source.id for source in read_ledger(one_seed / "claims.yaml").sources}
    assert ids == {FIRST_SEED, "bad-date", "bomb"}


def test_a_source_that_breaks_the_reader_is_reported_and_the_others_recorded(  # type: ignore[no-untyped-def]
    run, one_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import sources

    (one_seed / "sources" / "odd.txt").write_text("Kyiv rejected the report.\n", encoding="utf-8")
    real = sources._metadata_from_text

    def breaks_on_kyiv(text: str, body_start: int) -> dict[str, str]:
        if text.startswith("Kyiv"):
            raise ValueError("month must be in 1..12")
        return real(text, body_start)

    monkeypatch.setattr(sources, "_metadata_from_text", breaks_on_kyiv)

    result = run("extract")

    assert result.exit_code == 1
    assert "odd.txt" in result.stderr and "month must be in 1..12" in result.stderr
    ids = {source.id for source in read_ledger(one_seed / "claims.yaml").sources}
    assert ids == {FIRST_SEED}


# -- files that are not articles -----------------------------------------------------


@pytest.fixture
def deadline():  # type: ignore[no-untyped-def]
    """Fail a test that hangs (a FIFO read with no writer) instead of waiting forever."""
    import signal

    def expire(*_: object) -> None:
        raise TimeoutError("the run hung")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_only_regular_files_are_read(run, one_seed: Path, deadline) -> None:  # type: ignore[no-untyped-def]
    sources = one_seed / "sources"
    os.mkfifo(sources / "pipe.txt")
    with (sources / "huge.txt").open("wb") as huge:
        huge.truncate(MAX_SOURCE_BYTES + 1)  # sparse: big without taking the disk
    start = time.perf_counter()

    result = run("extract", "sources", "/dev/zero")

    assert time.perf_counter() - start < 10
    assert result.exit_code == 1
    assert "sources/pipe.txt: not a regular file" in result.stderr
    assert "/dev/zero: not a regular file" in result.stderr
    assert "sources/huge.txt: " in result.stderr and "larger than" in result.stderr
    # The limit in the words the README gives it.
    assert "(at most 1 MiB)" in result.stderr
    assert "at most 1 MiB" in (Path(__file__).resolve().parent.parent / "README.md").read_text()
    ids = {source.id for source in read_ledger(one_seed / "claims.yaml").sources}
    assert ids == {FIRST_SEED}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_ledger_path_that_is_a_fifo_does_not_hang(run, one_seed: Path, deadline) -> None:  # type: ignore[no-untyped-def]
    assert run("extract").exit_code == 0
    ledger = one_seed / "claims.yaml"
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace(f"sources/{FIRST_SEED}.txt", "fifo.txt"), encoding="utf-8")
    os.mkfifo(one_seed / "fifo.txt")
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", one_seed / "sources")

    result = run("extract")

    assert result.exit_code == 0, result.stderr
    assert "003_b484f37d2071fccc" in {s.id for s in read_ledger(ledger).sources}


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always Unicode")
def test_a_file_name_that_is_not_utf8_is_reported_and_the_run_goes_on(  # type: ignore[no-untyped-def]
    run, one_seed: Path
) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (one_seed / "sources" / name).write_text("Kyiv denied the report.\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")

    result = run("extract")

    assert result.exit_code == 1
    assert "caf\\xe9.txt: the file name is not valid UTF-8" in result.stderr
    ids = {source.id for source in read_ledger(one_seed / "claims.yaml").sources}
    assert ids == {FIRST_SEED}


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_links_are_followed_only_inside_the_ledger_folder(  # type: ignore[no-untyped-def]
    run, one_seed: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    secret = outside / "secret.txt"
    secret.write_text("The minister said the password is swordfish.\n", encoding="utf-8")
    sources = one_seed / "sources"
    (sources / "passwd.txt").symlink_to(secret)
    (sources / "folder-link").symlink_to(outside, target_is_directory=True)
    archive = one_seed / "archive"
    archive.mkdir()
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", archive / "kept.txt")
    (sources / "kept.txt").symlink_to(archive / "kept.txt")

    result = run("extract")

    assert result.exit_code == 0, result.stderr
    assert "sources/passwd.txt: a link to a file outside" in result.stderr
    assert "sources/folder-link: a link to a folder; not followed" in result.stderr
    ledger = one_seed / "claims.yaml"
    assert {s.id for s in read_ledger(ledger).sources} == {FIRST_SEED, "kept"}
    assert "swordfish" not in ledger.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_whose_article_was_moved_away_says_so(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    sources = one_seed / "sources"
    (sources / "moved.txt").symlink_to(one_seed / "archive" / "moved.txt")

    result = run("extract")

    assert result.exit_code == 0, result.stderr
    assert "sources/moved.txt: a link to " in result.stderr
    assert "archive/moved.txt, which is not there; not read" in result.stderr
    assert "outside" not in result.stderr


def test_a_trimmed_wire_copy_is_a_copy_whatever_its_front_matter(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    story = (
        "North Korea has sent about ten thousand soldiers to eastern Russia for training, "
        "the Pentagon said on Monday. A spokeswoman said some of the troops had already "
        "moved closer to Ukraine and were expected to join the fighting in the Kursk region "
        "within weeks, according to officials in Washington and Seoul. South Korea's spy "
        "agency said the soldiers were issued Russian uniforms and forged identity papers "
        "from a remote region of Siberia. Moscow and Pyongyang have denied the reports, "
        "calling them a smear campaign by the West and its allies in Asia."
    )
    trimmed = story.rsplit(" Moscow and", 1)[0]
    (tmp_path / "sources" / "a-wire.md").write_text(
        "---\ntitle: Pentagon says North Korean troops in Russia\n"
        "summary: The Pentagon gave its first public estimate of the deployment on Monday "
        "as allies weighed their answer to the crisis in Europe\n"
        "url: https://wire.example/world/asia/2024/10/28/pentagon-north-korea-troops-russia\n"
        "outlet: The Wire Agency International News Service\npublished: 2024-10-28\n---\n"
        f"{story}\n",
        encoding="utf-8",
    )
    (tmp_path / "sources" / "b-paper.md").write_text(
        "---\ntitle: Soldiers from the North head west, officials say\n"
        "summary: Our correspondent in Seoul explains what the latest intelligence means "
        "for the peninsula and for the war in Ukraine this winter\n"
        "url: https://paper.example/news/international/korea-soldiers-head-west-officials\n"
        "outlet: The Morning Paper of Record and Evening Digest\npublished: 2024-10-29\n---\n"
        f"{trimmed}\n",
        encoding="utf-8",
    )

    assert run("extract").exit_code == 0

    copies = {s.id: s.copy_of for s in read_ledger(tmp_path / "claims.yaml").sources}
    assert copies == {"a-wire": None, "b-paper": "a-wire"}

    # Compared with a source already in the ledger, too.
    (tmp_path / "sources" / "b-paper.md").rename(tmp_path / "sources" / "c-later.md")
    assert run("extract").exit_code == 0
    copies = {s.id: s.copy_of for s in read_ledger(tmp_path / "claims.yaml").sources}
    assert copies["c-later"] == "a-wire"


def test_a_statement_that_names_no_subject_joins_the_claim_a_later_source_words_again(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first source read calls him "the actor", which makes no claim of its
    # own; the second names him. The order the sources are read in must not
    # decide whether the first is filed.
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a_first.txt").write_text(
        "Quist leaves the Marlowe film\n\nThe actor came to the conclusion he was not right "
        "for the part and decided to withdraw, sources told the Harbour Gazette.\n",
        encoding="utf-8",
    )
    (sources / "b_second.txt").write_text(
        "Harland Quist drops out of Marlowe biopic\n\nHarland Quist came to the conclusion "
        "he was not right for the part and decided to withdraw, his agent Dana Pell said "
        "on Friday.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)

    planned = [
        json.loads(line)
        for line in run("extract", "--dry-run", "--format", "jsonl").stdout.splitlines()
    ]
    run("extract")

    assert {r["source"]: r["claim"] for r in planned} == {
        "a_first": "harland-quist-came-conclusion",
        "b_second": "harland-quist-came-conclusion",
    }
    stored = statements_in(tmp_path / "claims.yaml")
    assert [(claim, source) for claim, source, _, _ in stored] == [
        ("harland-quist-came-conclusion", "a_first"),
        ("harland-quist-came-conclusion", "b_second"),
    ]
    before = (tmp_path / "claims.yaml").read_bytes()
    run("extract", "--force")
    assert (tmp_path / "claims.yaml").read_bytes() == before


def test_a_wording_read_before_the_claim_it_words_again_is_filed_with_it(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first source read gives a short wording, which starts a claim; the
    # report after it does not join it (it tells the catch, not the crossing),
    # and a third source tells both. Once every source is grouped the first
    # joins them: the order the sources are read in must not keep it apart.
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a_first.txt").write_text(
        "Border fears\n\nCarl Brandt said Red Hand agents crossed the border.\n",
        encoding="utf-8",
    )
    (sources / "b_second.txt").write_text(
        "Fighters caught at the border\n\nOla Lind said patrols near Tarvoka caught 12 gunmen "
        "of the Red Hand carrying rifles and night-vision goggles on Sunday night.\n",
        encoding="utf-8",
    )
    (sources / "c_third.txt").write_text(
        "Patrols catch fighters\n\nPer Eklund said Red Hand agents crossed the northern border "
        "near Tarvoka, where patrols caught 12 gunmen carrying rifles and night-vision "
        "goggles.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)

    planned = [
        json.loads(line)
        for line in run("extract", "--dry-run", "--format", "jsonl").stdout.splitlines()
    ]
    run("extract")

    claims = {r["source"]: r["claim"] for r in planned}
    assert set(claims) == {"a_first", "b_second", "c_third"}
    assert len(set(claims.values())) == 1
    stored = statements_in(tmp_path / "claims.yaml")
    assert {claim for claim, _, _, _ in stored} == set(claims.values())
    assert len(read_ledger(tmp_path / "claims.yaml").claims) == 1
    before = (tmp_path / "claims.yaml").read_bytes()
    run("extract", "--force")
    assert (tmp_path / "claims.yaml").read_bytes() == before


def test_a_statement_that_names_no_subject_joins_no_loose_match(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "The actor" shares words with the later claim, but says another thing of
    # him: only a close rewording is filed under a claim made after it.
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a_first.txt").write_text(
        "Quist news\n\nThe actor was seen at the Marlowe premiere in Leeds, sources told "
        "the Harbour Gazette.\n",
        encoding="utf-8",
    )
    (sources / "b_second.txt").write_text(
        "Harland Quist drops out of Marlowe biopic\n\nHarland Quist decided to withdraw from "
        "the Marlowe biopic, his agent Dana Pell said on Friday.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)

    planned = [
        json.loads(line)
        for line in run("extract", "--dry-run", "--format", "jsonl").stdout.splitlines()
    ]

    first = [r for r in planned if r["source"] == "a_first"]
    assert first
    assert all(r["claim"] is None and r["not_filed"] for r in first)


def test_the_summary_tells_what_a_corrected_article_did_to_its_claims(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "sources" / "library.txt"
    article.parent.mkdir()
    article.write_text(
        "Library hours cut\n\n"
        "The Eastgate Library will close on Sundays from June, the council said on Friday.\n",
        encoding="utf-8",
    )
    assert run("extract").exit_code == 0
    article.write_text(article.read_text(encoding="utf-8").replace("June", "July"))

    result = run("extract")

    assert result.exit_code == 0
    assert "Corrected articles: 1 claim text now read as corrected." in result.stderr
    (claim,) = read_ledger(Path("claims.yaml")).claims
    assert "July" in claim.text and "June" not in claim.text
    article.write_text(
        'Library hours cut\n\n"Why would anyone come on a Sunday?" asked the council.\n'
    )

    result = run("extract")

    assert "1 claim left with no statement removed" in result.stderr
    assert read_ledger(Path("claims.yaml")).claims == ()


def test_force_reads_again_the_articles_recorded_from_outside_sources(run, one_seed: Path) -> None:  # type: ignore[no-untyped-def]
    (one_seed / "archive").mkdir()
    kept = one_seed / "archive" / "harbour.txt"
    kept.write_text(
        "The port authority denied that the harbour had been closed to fishing boats.\n",
        encoding="utf-8",
    )
    gone = one_seed / "archive" / "ferry.txt"
    gone.write_text(
        "A council spokesman said the ferry would run again from Monday.\n", encoding="utf-8"
    )
    assert run("extract").exit_code == 0
    assert run("extract", "archive/harbour.txt", "archive/ferry.txt").exit_code == 0
    gone.unlink()  # a recorded article whose file is gone is not read, nor an error

    result = run("extract", "--force")

    assert result.exit_code == 0
    assert result.stderr.startswith("Read 2 sources.")
    assert "--force" in run("extract", "--help").stdout
    assert "every other article the ledger recorded" in " ".join(
        run("extract", "--help").stdout.split()
    )


FERRY_WITNESS = "\n\n".join(
    (
        "Harbour captain Dora Evans faces questions after she admitted that her account"
        " of the ferry sinking was wrong.",
        '"She has the full backing of the Porthaven Ferry Company," said a company source.',
        "Evans admitted she wasn't aboard the ferry that sank, but had been travelling on"
        " a second boat an hour behind.",
        "In a long post on Friday, Evans admitted her mistake and blamed the fog of memory.",
        "Another sailor on the sunken ferry, Piet Vos, said he had long been bothered by"
        " Evans' false claims.\n",
    )
)


def test_false_claims_named_by_whose_they_are_deny_no_claim_their_teller_only_named_a_thing_in(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Evans' false claims" are what Evans told; her admitting "her mistake"
    # tells nothing, so the company's backing she was filed beside is no claim
    # of hers that the sailor could call false.
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "ferry.txt").write_text(FERRY_WITNESS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("extract", "--dry-run", "--format", "jsonl")
    rows = {row["line"]: row for row in map(json.loads, result.stdout.splitlines())}
    backing, sailor = rows[3], rows[9]
    assert backing["claim"] is not None
    assert sailor["claim"] != backing["claim"]
