"""Every command explains itself: `--help` works and says something useful."""

from __future__ import annotations

import json

import pytest
import typer

from claimtrack.cli import app, main

COMMANDS = sorted(typer.main.get_group(app).commands)


def test_the_commands_of_the_spec_exist() -> None:
    expected = {"init", "list", "show", "add", "merge", "parties", "sources", "check"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])

    out = capsys.readouterr().out
    assert exited.value.code == 0
    assert out.startswith(f"Usage: claimtrack {command} ")
    summary = typer.main.get_group(app).commands[command].get_short_help_str(limit=200)
    assert len(summary) > 20, f"`{command}` needs a docstring that says what it does"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_has_help(command: str) -> None:
    click_command = typer.main.get_group(app).commands[command]
    undocumented = [
        param.name
        for param in click_command.params
        if not getattr(param, "help", None) and param.name != "help"
    ]
    assert undocumented == []


def test_data_commands_take_format() -> None:
    group = typer.main.get_group(app)
    for command in ("list", "show", "parties", "sources", "check"):
        assert "output_format" in {param.name for param in group.commands[command].params}


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])

    out = capsys.readouterr().out
    assert "--ledger" in out
    for command in COMMANDS:
        assert f"  {command} " in out


def test_the_readme_states_the_python_the_package_requires() -> None:
    import re
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    required = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "requires-python"
    ]
    version = re.fullmatch(r">=(\d+\.\d+)", required)
    assert version is not None
    assert f"Python {version.group(1)} or newer" in (root / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_values_as_words(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])

    out = capsys.readouterr().out
    for leak in ("<str>", "<int>", "<float>", "<Path>", "list[", "{"):
        assert leak not in out, f"`{command} --help` shows {leak!r}"


def test_the_match_example_in_its_help_matches_on_the_bundled_ledger(
    run, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import shlex
    import shutil
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    shutil.copyfile(Path(__file__).resolve().parent.parent / "claims.yaml", "claims.yaml")
    help_text = run("match", "--help").stdout
    example = next(
        line.strip()
        for line in help_text.splitlines()
        if line.strip().startswith("claimtrack match ")
    )
    result = run(*shlex.split(example)[1:], "--format", "json")
    assert result.exit_code == 0, example
    assert json.loads(result.stdout)[0]["claim"] is not None


def test_the_readme_states_the_limits_of_what_it_reads() -> None:
    from pathlib import Path

    from claimtrack.pipeline import MAX_LINE_CHARS
    from claimtrack.sources import MAX_SOURCE_BYTES

    readme = " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text().split())
    reads = readme[readme.index("What it reads:") :][:800]
    assert f"at most {MAX_SOURCE_BYTES // 2**20} MiB" in reads
    assert f"longer than {MAX_LINE_CHARS:,} characters" in reads
