"""Every data command on a ledger extracted from real articles, in every format.

The example ledger is small and checked by hand; a ledger made from FNC-1
training bodies has what real extraction gives: hundreds of parties, claims
with no party at all, long ids, quotes with tabs and curly quotes, sources
with no title. Each command must run cleanly on it, and its machine formats
must parse and agree with each other. Skipped without ../shared/data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bench.fnc1 import BODIES, load_bodies, write_articles
from claimtrack.cli import main

BODY_COUNT = 30
FORMATS = ["table", "json", "jsonl", "tsv", "csv", "yaml"]
WIDTH = 100

pytestmark = pytest.mark.skipif(not BODIES.is_file(), reason="FNC-1 data (../shared/data) absent")


@pytest.fixture(scope="module")
def fnc1_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fnc1")
    write_articles(folder / "sources", list(load_bodies())[:BODY_COUNT])
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        with pytest.raises(SystemExit) as exited:
            main(["--ledger", str(folder / "claims.yaml"), "extract"])
    assert exited.value.code == 0
    yield folder / "claims.yaml"


@pytest.fixture
def on_fnc1(run, fnc1_ledger: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run a command on the FNC-1 ledger at a fixed width."""
    monkeypatch.chdir(fnc1_ledger.parent)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    return run


def records(output_format: str, text: str) -> list[dict[str, object]] | dict[str, object]:
    """What a machine format holds: its records, or the one document."""
    if output_format == "json":
        return json.loads(text)  # type: ignore[no-any-return]
    if output_format == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    if output_format == "yaml":
        return yaml.safe_load(text)  # type: ignore[no-any-return]
    dialect = {"tsv": {"delimiter": "\t", "quoting": csv.QUOTE_NONE}, "csv": {}}[output_format]
    return list(csv.DictReader(io.StringIO(text, newline=""), **dialect))  # type: ignore[arg-type]


def assert_clean(result, output_format: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip()
    if output_format == "table":
        too_wide = [line for line in result.stdout.splitlines() if len(line) > WIDTH]
        assert not too_wide, too_wide[:3]


def _busiest_claim(run) -> str:  # type: ignore[no-untyped-def]
    rows = json.loads(run("list", "-f", "json").stdout)
    return str(max(rows, key=lambda row: (row["statements"], row["id"]))["id"])


def _busiest_party(run) -> str:  # type: ignore[no-untyped-def]
    rows = json.loads(run("parties", "-f", "json").stdout)
    return str(max(rows, key=lambda row: (row["statements"], row["party"]))["party"])


@pytest.mark.parametrize("command", ["list", "statements", "parties", "sources"])
def test_listings_agree_in_every_format(on_fnc1, command: str) -> None:  # type: ignore[no-untyped-def]
    counts = {}
    for output_format in FORMATS:
        result = on_fnc1(command, "--format", output_format)
        assert_clean(result, output_format)
        if output_format != "table":
            found = records(output_format, result.stdout)
            assert isinstance(found, list)
            counts[output_format] = len(found)
    assert len(set(counts.values())) == 1, counts
    assert counts["json"] > 0


@pytest.mark.parametrize("command", ["show", "timeline"])
def test_one_claim_reads_in_every_format(on_fnc1, command: str) -> None:  # type: ignore[no-untyped-def]
    claim = _busiest_claim(on_fnc1)
    for output_format in FORMATS:
        result = on_fnc1(command, claim, "--format", output_format)
        assert_clean(result, output_format)
    shown = json.loads(on_fnc1(command, claim, "-f", "json").stdout)
    assert shown["id"] == claim


def test_one_party_reads_in_every_format(on_fnc1) -> None:  # type: ignore[no-untyped-def]
    party = _busiest_party(on_fnc1)
    for output_format in FORMATS:
        result = on_fnc1("party", party, "--format", output_format)
        assert_clean(result, output_format)
    rows = [json.loads(line) for line in on_fnc1("party", party, "-f", "jsonl").stdout.splitlines()]
    assert rows and {row["party"] for row in rows} == {party}


def test_the_html_report_holds_every_claim(on_fnc1, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    claims = json.loads(on_fnc1("list", "-f", "json").stdout)

    result = on_fnc1("report", "--html", page)

    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"Wrote {page}: {len(claims)} claims by ")
    html = page.read_text(encoding="utf-8")
    assert all(f'id="claim-{claim["id"]}"' in html for claim in claims)
