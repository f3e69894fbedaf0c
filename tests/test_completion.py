"""Shell completion: commands, options and claim ids, as the shell asks for them."""

from __future__ import annotations

from pathlib import Path

import pytest


def complete(run, monkeypatch: pytest.MonkeyPatch, words: str, shell: str = "bash") -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("_CLAIMTRACK_COMPLETE", f"complete_{shell}")
    monkeypatch.setenv("COMP_WORDS", words)
    monkeypatch.setenv("COMP_CWORD", str(len(words.split()) - (0 if words.endswith(" ") else 1)))
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", words)
    result = run()
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()


def test_commands_complete(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert complete(run, monkeypatch, "claimtrack ti") == ["timeline"]
    assert set(complete(run, monkeypatch, "claimtrack s")) == {
        "scan",
        "statements",
        "show",
        "sources",
    }


def test_options_complete(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert complete(run, monkeypatch, "claimtrack list --con") == ["--contested"]
    assert complete(run, monkeypatch, "claimtrack report --h") == ["--html", "--help"]


def test_claim_ids_complete_from_the_ledger(
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    assert complete(run, monkeypatch, "claimtrack show nk-s") == ["nk-shells-for-russia"]
    assert complete(run, monkeypatch, "claimtrack timeline nk-tr") == ["nk-troops-in-russia"]
    assert complete(run, monkeypatch, "claimtrack statements --claim nk-sh") == [
        "nk-shells-for-russia"
    ]
    assert "nk-troops-in-russia" in complete(
        run, monkeypatch, "claimtrack merge nk-shells-for-russia nk"
    )
    assert complete(run, monkeypatch, "claimtrack rename nk-sh") == ["nk-shells-for-russia"]
    assert complete(run, monkeypatch, "claimtrack drop nk-tr") == ["nk-troops-in-russia"]
    assert complete(run, monkeypatch, "claimtrack rename nk-shells-for-russia nk-sh") == []


def test_claim_ids_follow_the_ledger_option(
    run, ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.yaml"
    other.write_text(
        "version: 1\nclaims:\n  nk-sanctions:\n    text: Sanctions on North Korea work\n",
        encoding="utf-8",
    )

    assert complete(run, monkeypatch, f"claimtrack --ledger {other} show nk-") == ["nk-sanctions"]


def test_no_ledger_completes_no_ids_and_prints_no_error(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)

    assert complete(run, monkeypatch, "claimtrack show nk") == []


def test_the_completion_script_names_the_program(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("_CLAIMTRACK_COMPLETE", "source_zsh")
    result = run()

    assert result.exit_code == 0
    assert "#compdef claimtrack" in result.stdout
