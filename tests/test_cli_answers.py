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


@pytest.mark.parametrize(
    ("article", "parties"),
    [
        # Outlets whose names open with a common word before a state's name, or
        # come a letter or two from a known group's: extract names them as the
        # article writes them.
        (
            "The Today Bolivia site reported that the bridge over the river had collapsed "
            "on Sunday.\n\nAl-Sabab, a daily newspaper, reported that the election would be "
            "held in June.\n",
            ["Today Bolivia", "Al-Sabab"],
        ),
        # A capital's mayor speaks for the city, not the state the capital names;
        # "Nasa", as British papers write it, is the agency and so its state.
        (
            "Lima Mayor Rosa Quispe said the river would be safe to swim in by June.\n\n"
            "Nasa scientists said the comet would pass far from the Earth.\n",
            ["Lima", "United States"],
        ),
    ],
    ids=["outlets", "mayor-and-agency"],
)
def test_check_accepts_the_parties_extract_has_just_written(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: str, parties: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    (tmp_path / "sources" / "article.txt").write_text(article, encoding="utf-8")
    assert run("extract").exit_code == 0
    ledger = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    for party in parties:
        assert f"party: {party}\n" in ledger

    result = run("check")

    assert result.exit_code == 0, result.stdout
    assert "no problems" in result.stderr


@pytest.mark.parametrize(
    ("party", "speaker", "meant"),
    [
        ("Lima", "Lima police", "Peru"),
        ("Today Bolivia", "Bolivian officials", "Bolivia"),
        ("Al-Sabab", "the group's spokesman", "al-Shabab"),
        ("Kremlin", "The Kremlin", "Russia"),
        ("Russian Navy", "The Russian Navy", "Russia"),
        ("Rusia", "Russian Foreign Minister Sergey Lavrov", "Russia"),
    ],
)
def test_check_still_reports_a_party_its_speaker_does_not_name_as_a_body(  # type: ignore[no-untyped-def]
    run, ledger: Path, party: str, speaker: str, meant: str
) -> None:
    # The same names typed by hand for a speaker that does not write them, and a
    # state's alias or body even where its speaker does.
    text = ledger.read_text(encoding="utf-8")
    text = text.replace("party: Russia\n", f"party: {party}\n", 1)
    start = text.index(f"party: {party}\n")
    speaker_at = text.index("speaker: ", start)
    line_end = text.index("\n", speaker_at)
    ledger.write_text(text[:speaker_at] + f"speaker: {speaker}" + text[line_end:], encoding="utf-8")

    result = run("check")

    assert result.exit_code == 1
    assert f"'{party}' is" in result.stdout and f"write `party: {meant}`" in result.stdout


def test_ctrl_c_during_extract_says_the_ledger_was_not_changed(  # type: ignore[no-untyped-def]
    ledger: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "ingest", interrupted)
    before = ledger.read_bytes()

    result = run("extract", "--force")

    assert result.exit_code == 130
    assert result.stdout == ""
    assert result.stderr.strip() == "Error: Interrupted; claims.yaml was not changed."
    assert ledger.read_bytes() == before


def test_ctrl_c_after_the_save_says_the_ledger_was_saved(  # type: ignore[no-untyped-def]
    tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import render

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    (tmp_path / "sources" / "port.txt").write_text(
        "The harbour master said the ferry would resume sailing on Monday.\n", encoding="utf-8"
    )
    monkeypatch.setattr(render, "tell_extract_summary", interrupted)

    result = run("extract")

    assert result.exit_code == 130
    assert "Interrupted after claims.yaml was saved" in result.stderr
    assert "ferry" in (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert run("check").exit_code == 0
