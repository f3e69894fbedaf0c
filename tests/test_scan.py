"""`claimtrack scan` on a local Dask cluster of two worker processes.

The seed articles are scanned as files and as a JSON Lines archive; each
statement must be the one `extract --dry-run` gives for the same article,
matched to the claim `match` gives for it, and `--ingest` must leave the
ledger `extract` would, for the statements about tracked claims.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from distributed import LocalCluster  # noqa: E402

from claimtrack import scan  # noqa: E402
from claimtrack.ledger import read_ledger, update_ledger  # noqa: E402
from claimtrack.model import Ledger  # noqa: E402
from claimtrack.pipeline import fingerprints, match_texts  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "sources"
TRACKED = {
    "nk-troops-in-russia": "North Korea has deployed troops to Russia to fight Ukraine",
    "nk-shells-for-russia": "North Korea supplies Russia with artillery shells and missiles "
    "used in Ukraine",
    "us-military-intimidation-of-nk": "The United States and its allies are using military "
    "intimidation against North Korea",
}
# What extraction gives a statement, before any claim is chosen for it.
EXTRACTED = (
    "party",
    "speaker",
    "cue",
    "content",
    "quote",
    "line",
    "kind",
    "span",
    "speaker_span",
    "cue_span",
    "content_span",
)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Dask cluster with two worker processes, shared by the tests here."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield str(local.scheduler_address)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> Path:  # type: ignore[no-untyped-def]
    """A ledger tracking three claims and nothing else, and the seeds in archive/."""
    monkeypatch.chdir(tmp_path)
    assert run("init", ".").exit_code == 0
    for claim_id, text in TRACKED.items():
        assert run("add", text, "--id", claim_id).exit_code == 0
    shutil.copytree(SEEDS, tmp_path / "archive")
    return tmp_path


def rows_of(out: Path) -> list[dict[str, Any]]:
    """Every row of a scan's dataset, in part order."""
    rows: list[dict[str, Any]] = []
    for part in sorted(out.glob("part.*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows


def dry_run(run, *paths: str | Path) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    done = run("extract", *paths, "--dry-run", "--format", "jsonl")
    assert done.exit_code == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def by_place(records: list[dict[str, Any]]) -> dict[tuple[str, int, int, int], dict[str, Any]]:
    """Records keyed by source and span, which scan and extract agree on, and by order
    among those of one span (joint speakers share their sentence)."""
    keyed: dict[tuple[str, int, int, int], dict[str, Any]] = {}
    for record in records:
        place = (Path(record["source"]).name, record["span"][0], record["span"][1])
        ordinal = sum(key[:3] == place for key in keyed)
        keyed[(*place, ordinal)] = record
    return keyed


def test_files_give_the_statements_of_extract_matched_as_match_does(  # type: ignore[no-untyped-def]
    run, desk: Path, cluster: str
) -> None:
    done = run("scan", "archive", "--out", "out", "--scheduler", cluster)
    assert done.exit_code == 0, done.stderr
    assert done.stdout == ""
    rows = rows_of(desk / "out")
    expected = dry_run(run, "archive")
    assert len(rows) == len(expected) > 40
    scanned, extracted = by_place(rows), by_place(expected)
    assert scanned.keys() == extracted.keys()
    for place, row in scanned.items():
        want = extracted[place]
        assert {k: row[k] for k in EXTRACTED} == {k: want[k] for k in EXTRACTED}, place
        assert (row["path"], row["title"], row["url"]) == (want["path"], want["title"], want["url"])
    # Claim, score and stance are what `match` gives the statement's content.
    ledger = read_ledger(desk / "claims.yaml")
    texts = [row["content"] or row["quote"] for row in rows]
    for row, found in zip(rows, match_texts(ledger, texts), strict=True):
        assert (row["claim"], row["score"]) == (found.claim, found.score)
    about = [row for row in rows if row["claim"]]
    assert {row["claim"] for row in about} == set(TRACKED)
    assert "Scanned 5 articles with 2 workers" in done.stderr
    assert "nk-troops-in-russia: " in done.stderr


def test_matched_only_keeps_the_statements_about_tracked_claims(  # type: ignore[no-untyped-def]
    run, desk: Path, cluster: str
) -> None:
    everything = run("scan", "archive", "--out", "all", "--scheduler", cluster)
    matched = run("scan", "archive", "--out", "some", "--scheduler", cluster, "--matched-only")
    assert everything.exit_code == matched.exit_code == 0
    kept = rows_of(desk / "some")
    assert kept == [row for row in rows_of(desk / "all") if row["claim"]]
    assert 0 < len(kept) < len(rows_of(desk / "all"))


def write_archive(path: Path, articles: list[tuple[str, str]], extra: list[str] = ()) -> None:  # type: ignore[assignment]
    lines = [json.dumps({"id": name, "text": text}) for name, text in articles]
    lines[1:1] = extra
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def seed_articles() -> list[tuple[str, str]]:
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]


def test_a_json_lines_archive_gives_the_statements_of_its_texts(  # type: ignore[no-untyped-def]
    run, desk: Path, cluster: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small parts, so records straddle the byte ranges that workers read.
    monkeypatch.setattr(scan, "MIN_PART_BYTES", 3000)
    articles = seed_articles()
    broken = ['{"id": "no-text", "title": "A record without text"}', "{not json"]
    write_archive(desk / "crawl.jsonl", articles, broken)
    done = run("scan", "crawl.jsonl", "--out", "out", "--scheduler", cluster)
    assert done.exit_code == 1  # two records failed; the others are all there
    assert "no-text: crawl.jsonl: the record has no `text`" in done.stderr
    assert "crawl-" in done.stderr  # the broken line is named by its byte offset
    assert "Scanned 7 articles (2 failed)" in done.stderr
    rows = rows_of(desk / "out")
    assert len(list((desk / "out").glob("part.*.parquet"))) > 3
    expected = dry_run(run, "archive")
    assert len(rows) == len(expected)
    scanned = by_place(rows)
    for place, want in by_place(expected).items():
        row = scanned[place]
        assert {k: row[k] for k in EXTRACTED} == {k: want[k] for k in EXTRACTED}
        assert row["path"] == "crawl.jsonl"


def test_record_metadata_wins_over_what_the_text_suggests(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    text = (
        'Headline here\n\nPyongyang rejected the accusations, KCNA said.\n"No troops," he said.\n'
    )
    record = {"text": text, "title": "Given title", "published": "2024-11-20", "url": "u"}
    archive.write_text(json.dumps(record) + "\n", encoding="utf-8")
    ledger = Ledger(path=str(tmp_path / "claims.yaml"))
    found = scan.plan_parts([archive], ledger)
    out = tmp_path / "out"
    out.mkdir()
    result = scan.scan_part(found.parts[0], scan.ScanSettings(ledger, str(out)))
    assert (result.articles, result.failed) == (1, [])
    rows = rows_of(out)
    assert rows
    assert {(r["source"], r["title"], r["published"], r["url"]) for r in rows} == {
        ("a-0", "Given title", "2024-11-20", "u")
    }


@pytest.mark.parametrize("part_bytes", [1, 7, 64, 1 << 20])
def test_every_record_is_read_once_whatever_the_parts(tmp_path: Path, part_bytes: int) -> None:
    archive = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": "x" * (n % 13)}) for n in range(40)]
    archive.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    size = archive.stat().st_size
    slices = list(scan._slices(archive, size, part_bytes))
    names = [
        name
        for start, stop in slices
        for name, _, _ in scan._records(scan.Part(0, archive=str(archive), start=start, stop=stop))
    ]
    assert names == [f"r{n}" for n in range(40)]


def test_record_ids_become_safe_file_names() -> None:
    assert scan.record_id("reuters/2024-11-20 #3", "x-0") == "reuters-2024-11-20-3"
    assert scan.record_id("../..", "x-0") == "x-0"
    assert scan.record_id(17, "x-0") == "17"
    assert scan.record_id(None, "x-0") == "x-0"


def ledger_statements(path: Path) -> dict[tuple[str, str], tuple[str, Any]]:
    """(source, fingerprint) -> (claim, statement) for every statement of a ledger."""
    ledger = read_ledger(path)
    by_source: dict[str, list[tuple[str, Any]]] = {}
    for claim in ledger.claims:
        for statement in claim.statements:
            by_source.setdefault(statement.source, []).append((claim.id, statement))
    found = {}
    for source, placed in by_source.items():
        placed.sort(key=lambda pair: (pair[1].line, pair[1].quote))
        for (claim, statement), fp in zip(placed, fingerprints(s for _, s in placed), strict=True):
            found[source, fp] = (claim, statement)
    return found


def test_ingest_gives_the_ledger_extract_gives_for_the_matched_statements(  # type: ignore[no-untyped-def]
    run, desk: Path, cluster: str
) -> None:
    shutil.copy(desk / "claims.yaml", desk / "extracted.yaml")
    done = run("scan", "archive", "--out", "out", "--scheduler", cluster, "--ingest")
    assert done.exit_code == 0, done.stderr
    assert run("--ledger", "extracted.yaml", "extract", "archive").exit_code == 0
    scanned = ledger_statements(desk / "claims.yaml")
    extracted = ledger_statements(desk / "extracted.yaml")
    # Every statement about a tracked claim that scan found is in the ledger ...
    matched = {(row["source"], row["quote"]) for row in rows_of(desk / "out") if row["claim"]}
    in_ledger = {(s.source, " ".join(s.quote.split())) for _, s in scanned.values()}
    assert {(source, " ".join(quote.split())) for source, quote in matched} <= in_ledger
    # ... exactly as extract files it, and no other statement is.
    assert scanned
    for key, placed in scanned.items():
        assert extracted[key] == placed, key
    mine, theirs = read_ledger(desk / "claims.yaml"), read_ledger(desk / "extracted.yaml")
    cited = {statement.source for _, statement in scanned.values()}
    assert {s.id for s in mine.sources} == cited
    for source in mine.sources:
        other = theirs.source(source.id)
        assert other is not None
        assert (source.path, source.sha256, source.title) == (other.path, other.sha256, other.title)
    # A second scan adds nothing: the ledger stays byte for byte as it was.
    before = (desk / "claims.yaml").read_bytes()
    again = run("scan", "archive", "--out", "out2", "--scheduler", cluster, "--ingest")
    assert again.exit_code == 0, again.stderr
    assert (desk / "claims.yaml").read_bytes() == before


def test_ingest_saves_records_as_sources_and_keeps_hand_edits(  # type: ignore[no-untyped-def]
    run, desk: Path, cluster: str
) -> None:
    write_archive(desk / "crawl.jsonl", seed_articles()[:2])
    done = run("scan", "crawl.jsonl", "--out", "out", "--scheduler", cluster, "--ingest")
    assert done.exit_code == 0, done.stderr
    saved = sorted(path.name for path in (desk / "sources").iterdir())
    ledger = read_ledger(desk / "claims.yaml")
    assert saved == sorted(f"{source.id}.txt" for source in ledger.sources)
    assert saved
    # A statement deleted (as by hand) does not come back when the archive is scanned again.
    gone = ledger.claims[0].statements[0]
    update_ledger(
        desk / "claims.yaml",
        lambda editor: editor.remove_statements(gone.source, lambda s: s != gone),
    )
    edited = (desk / "claims.yaml").read_bytes()
    again = run("scan", "crawl.jsonl", "--out", "out2", "--scheduler", cluster, "--ingest")
    assert again.exit_code == 0, again.stderr
    assert (desk / "claims.yaml").read_bytes() == edited
    # And with a new text for one record, its new statements come in, the deleted one does not.
    name, text = seed_articles()[0]
    write_archive(
        desk / "crawl.jsonl",
        [(name, text + "\nKim Yo Jong denied that North Korea has deployed troops to Russia.\n")],
    )
    third = run("scan", "crawl.jsonl", "--out", "out3", "--scheduler", cluster, "--ingest")
    assert third.exit_code == 1  # the saved source of that id now holds another text
    assert "already holds another article" in third.stderr


def test_a_used_out_folder_is_refused(run, desk: Path) -> None:  # type: ignore[no-untyped-def]
    (desk / "out").mkdir()
    (desk / "out" / "part.00000.parquet").write_bytes(b"old")
    done = run("scan", "archive", "--out", "out")
    assert done.exit_code == 2
    assert "--out out is not empty" in done.stderr


def test_a_local_cluster_of_the_size_asked(run, desk: Path) -> None:  # type: ignore[no-untyped-def]
    done = run("scan", "archive/000_66f99498a4238889.txt", "--out", "out", "--workers", "2")
    assert done.exit_code == 0, done.stderr
    assert "Scanned 1 article with 2 workers" in done.stderr
    assert rows_of(desk / "out")


def test_the_summary_counts_one_of_a_kind_in_the_singular() -> None:
    one = scan.ScanSummary(articles=1, statements=1, rows=1, parts=1, workers=1, seconds=0.4)
    many = scan.ScanSummary(articles=2400, statements=3, rows=2, parts=2, workers=4, seconds=9.0)

    first = scan.summary_lines(one, Ledger("claims.yaml"), Path("out"))[0]
    second = scan.summary_lines(many, Ledger("claims.yaml"), Path("out"))[0]

    assert first == (
        "Scanned 1 article with 1 worker in 0.4 s: 1 statement, 0 about tracked claims. "
        "Wrote 1 row to out/ (1 Parquet file)."
    )
    assert second.startswith("Scanned 2,400 articles with 4 workers in 9.0 s: 3 statements,")
    assert second.endswith("Wrote 2 rows to out/ (2 Parquet files).")
