"""Answers that never mislead: no empty error message, no 'no claims yet' for a
ledger full of claims, no silent skip of a folder, no unbounded `match`."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack import reports
from claimtrack.pipeline import MAX_LINE_CHARS

SEED = Path(__file__).resolve().parent.parent / "sources" / "000_66f99498a4238889.txt"


def _many_claims(path: Path, count: int) -> None:
    claims = "".join(
        f"  claim-{n}:\n    text: Claim number {n} about troops in region {n}\n"
        for n in range(count)
    )
    path.write_text(f"version: 1\nclaims:\n{claims}", encoding="utf-8")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (MemoryError(), "Out of memory"),
        (KeyError(), "Internal error (KeyError)"),
        (RuntimeError(""), "Internal error (RuntimeError)"),
        (OSError(), "A system call failed (OSError)"),
        (ValueError("bad value"), "Internal error (ValueError: bad value)"),
    ],
)
def test_an_unexpected_error_never_prints_an_empty_message(
    ledger: Path, run, monkeypatch: pytest.MonkeyPatch, error: Exception, expected: str
) -> None:  # type: ignore[no-untyped-def]
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(reports, "list_report", fail)
    result = run("list")
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert expected in message and message not in ("Error:", "Error: ", "")


@pytest.mark.parametrize("query", ["x", "?", "a b", "x-"])
def test_show_of_a_wordless_query_on_a_big_ledger_names_the_claims_not_an_empty_ledger(
    ledger: Path, run, query: str
) -> None:  # type: ignore[no-untyped-def]
    _many_claims(ledger, 2000)
    result = run("show", query)
    assert result.exit_code == 3
    assert "no claims yet" not in result.stderr
    assert "No such claim" in result.stderr and "2,000 claims" in result.stderr


def test_show_on_an_empty_ledger_still_says_so(ledger: Path, run) -> None:  # type: ignore[no-untyped-def]
    ledger.write_text("version: 1\nclaims: {}\n", encoding="utf-8")
    result = run("show", "x")
    assert result.exit_code == 3 and "no claims yet" in result.stderr


def test_match_caps_a_long_line_as_extract_does(ledger: Path, run) -> None:  # type: ignore[no-untyped-def]
    article = SEED.read_text(encoding="utf-8").replace("\n", " ")
    text = (article * (1_000_000 // len(article) + 1))[:1_000_000]
    started = time.monotonic()
    result = run("match", "--format", "jsonl", text)
    assert time.monotonic() - started < 10
    assert result.exit_code in (0, 3)
    assert f"only its first {MAX_LINE_CHARS:,}" in result.stderr


@pytest.fixture
def locked_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Folders that cannot be listed, as for a user without permission (root reads all)."""
    locked: list[Path] = []
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)).resolve() in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    yield locked


def test_an_unreadable_subfolder_of_sources_is_reported(
    ledger: Path, run, locked_folder: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    sources = ledger.parent / "sources"
    (sources / "wire").mkdir(parents=True)
    (sources / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (sources / "wire" / "b.txt").write_text("Lavrov said it.\n", encoding="utf-8")
    locked_folder.append((sources / "wire").resolve())
    result = run("extract", "--dry-run", "--format", "jsonl")
    assert "wire" in result.stderr and "Permission denied" in result.stderr
    assert result.exit_code == 1


def _ascii_stdout(monkeypatch: pytest.MonkeyPatch) -> io.BytesIO:
    """stdout as `PYTHONIOENCODING=ascii` or an old locale gives it: it refuses other letters."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", write_through=True)
    monkeypatch.setattr("sys.stdout", stream)
    return raw


@pytest.mark.parametrize("output_format", ["json", "jsonl", "yaml"])
def test_a_narrow_stdout_gets_escaped_json_and_yaml_that_read_back_whole(  # type: ignore[no-untyped-def]
    ledger: Path, run, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    import json

    import yaml

    wide = run("show", "nk-troops-in-russia", "--format", output_format).stdout
    assert not wide.isascii()  # the example has curly quotes and an ellipsis
    raw = _ascii_stdout(monkeypatch)

    result = run("show", "nk-troops-in-russia", "--format", output_format)

    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    narrow = raw.getvalue().decode("ascii")
    if output_format == "jsonl":
        assert [json.loads(line) for line in narrow.splitlines()] == [
            json.loads(line) for line in wide.splitlines()
        ]
    elif output_format == "json":
        assert json.loads(narrow) == json.loads(wide)
    else:
        assert yaml.safe_load(narrow) == yaml.safe_load(wide)


@pytest.mark.parametrize("output_format", ["table", "tsv", "csv"])
def test_a_narrow_stdout_gets_the_rest_with_question_marks_and_a_warning(  # type: ignore[no-untyped-def]
    ledger: Path, run, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    raw = _ascii_stdout(monkeypatch)

    result = run("show", "nk-troops-in-russia", "--format", output_format)

    assert result.exit_code == 0, result.stderr
    printed = raw.getvalue().decode("ascii")
    assert "nk-troops-in-russia" in printed
    assert "?" in printed
    assert "Internal error" not in result.stderr
    assert "cannot show some characters" in result.stderr
