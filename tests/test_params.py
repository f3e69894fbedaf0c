"""Command-line values converted without pydantic give what typer gives, errors included."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack import cli

EXAMPLE = Path(__file__).resolve().parent / "example" / "claims.yaml"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as exited:
        cli.main(args)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--format", "json"],
        ["list", "--stance", "denies", "--party", "Russia", "-f", "tsv"],
        ["list", "--stance", "Denies"],
        ["list", "--format", "xml"],
        ["list", "--search", ""],
        ["show", "nk-troops-in-russia", "--format", "yaml"],
        ["show"],
        ["--ledger", "./claims.yaml", "sources", "-f", "jsonl"],
        ["--ledger", ".", "list"],
        ["--ledger", "", "list"],
        ["list", "--help"],
    ],
)
def test_plain_conversion_gives_what_typer_gives(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(EXAMPLE, tmp_path / "claims.yaml")
    plain = _run(args, capsys)
    monkeypatch.setattr(cli, "convert_plainly", lambda command: None)
    code, out, err = _run(args, capsys)
    # Only pydantic's "Value error, " prefix on a bad choice is left out.
    assert plain == (code, out, err.replace("Value error, ", ""))


@pytest.mark.parametrize(
    "args",
    [
        ["merge", "nk-troops-in-russia", "china-ukraine-stance-unchanged"],
        ["merge", "nk-shells-for-russia", "china-objects-to-russia-nk-ties", "nk-troops-in-russia"],
        ["merge", "nk-troops-in-russia"],
        ["merge", "nk-troops-in-russia", "no-such-claim"],
        ["merge", "nk-troops-in-russia", "nk-troops-in-russia"],
        ["merge", "nk-troops-in-russia", ""],
        ["merge"],
        ["import"],
        ["match", "Pyongyang sent soldiers to Kursk", "Seoul denies it"],
        ["match", "Pyongyang sent soldiers", "--top", "2"],
        ["match", "Pyongyang sent soldiers", "--top", "-1"],
        ["match", "Pyongyang sent soldiers", "--top", "+2"],
        ["match", "Pyongyang sent soldiers", "--top", "two"],
        ["extract", "--dry-run", "--jobs", "1", "missing.txt", "gone/also.md"],
        ["extract", "--dry-run", "--jobs", "-1", "missing.txt"],
        ["extract", "--dry-run", "--jobs", "x"],
        ["extract", "--dry-run", ""],
    ],
)
def test_several_texts_converted_plainly_give_what_typer_gives(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A write changes the ledger: each conversion gets a fresh copy, and leaves the same file.
    written = []
    for plainly in (True, False):
        folder = tmp_path / str(plainly)
        folder.mkdir()
        monkeypatch.chdir(folder)
        shutil.copyfile(EXAMPLE, folder / "claims.yaml")
        if not plainly:
            monkeypatch.setattr(cli, "convert_plainly", lambda command: None)
        written.append((_run(args, capsys), (folder / "claims.yaml").read_bytes()))
    assert written[0] == written[1]


def _pydantic_modules_after(folder: Path, commands: list[list[str]]) -> list[str]:
    """Run the commands one after the other in a fresh interpreter; name the
    pydantic modules they imported."""
    script = (
        "import sys\n"
        "from claimtrack.cli import main\n"
        f"for args in {commands!r}:\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as stop:\n"
        "        assert not stop.code, (args, stop.code)\n"
        "print(sorted(name for name in sys.modules if name.startswith('pydantic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=folder,
        env={
            **os.environ,
            "PYTHONPATH": str(Path(cli.__file__).parents[1]),
            "XDG_CACHE_HOME": str(folder / "cache"),
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return ast.literal_eval(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "commands",
    [
        [["merge", "nk-troops-in-russia", "china-ukraine-stance-unchanged"]],
        [
            ["extract", "article.txt", "--jobs", "1", "--dry-run", "-f", "tsv"],
            ["extract", "article.txt", "--jobs", "1"],
            ["match", "The bridge reopens", "--top", "2"],
        ],
        [["list", "-f", "json"], ["show", "nk-troops-in-russia"], ["--help"]],
    ],
    ids=["merge", "extract-and-match", "reading"],
)
def test_commands_never_import_pydantic(tmp_path: Path, commands: list[list[str]]) -> None:
    # Typer's own parameter conversion imports pydantic, a tenth of a second
    # that a command converting its few arguments plainly does not need.
    shutil.copyfile(EXAMPLE, tmp_path / "claims.yaml")
    (tmp_path / "article.txt").write_text(
        "The mayor said on Monday that the bridge would reopen in May.\n", encoding="utf-8"
    )
    assert _pydantic_modules_after(tmp_path, commands) == []


@pytest.mark.parametrize(
    "missing",
    [
        ("typer._param_types", "coerce_cli_path"),
        ("typer._coercion", "build_runtime_param"),
    ],
)
def test_a_typer_without_the_internals_keeps_its_own_conversion(
    missing: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typer release that renames a private name must not break any command."""
    import importlib

    monkeypatch.chdir(tmp_path)
    shutil.copyfile(EXAMPLE, tmp_path / "claims.yaml")
    args = ["--ledger", "./claims.yaml", "list", "--stance", "denies", "-f", "json"]
    expected = _run(args, capsys)
    try:
        module = importlib.import_module(missing[0])
    except ImportError:
        pytest.skip(f"this typer has no {missing[0]}: plain conversion is off anyway")
    monkeypatch.delattr(module, missing[1])

    assert _run(args, capsys) == expected
