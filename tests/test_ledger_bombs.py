"""A ledger of a few kilobytes that aliases expand into millions of values (or that
nests without end) is refused at once, in `check` and in every command, with the
place and the reason."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimtrack.errors import LedgerInvalid
from claimtrack.ledger import check_ledger, read_ledger, update_ledger

HEAD = """\
version: 1
sources:
  s1:
    path: sources/s1.txt
    sha256: abc
"""
STATEMENT = "{stance: asserts, source: s1, line: 1, content: c, quote: q}"


def _statements_bomb(width: int = 1000) -> str:
    """Claims sharing one list of a thousand aliased statements: a million statements."""
    lines = [HEAD, "claims:\n", "  c0:\n    text: t\n", f"    statements: &l [&s {STATEMENT}"]
    lines.append(", *s" * (width - 1) + "]\n")
    lines.extend(f"  c{n}:\n    text: t\n    statements: *l\n" for n in range(1, width))
    return "".join(lines)


def _parties_bomb(width: int = 1000) -> str:
    names = ", ".join(f"n{n}" for n in range(width))
    parties = "".join(f"  p{n}:\n    aliases: *a\n" for n in range(1, width))
    return f"{HEAD}parties:\n  p0:\n    aliases: &a [{names}]\n{parties}claims: {{}}\n"


def _laughs(levels: int = 9) -> str:
    """The classic: each level a list of ten aliases of the one before."""
    rows = ["  l0: &l0 [lol]\n"]
    for level in range(1, levels):
        rows.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]\n")
    return f"version: 1\nsettings:\n  extra:\n{''.join(rows)}claims: {{}}\n"


BOMBS = {
    "statements": (_statements_bomb, "aliases"),
    "parties": (_parties_bomb, "aliases"),
    "billion laughs": (_laughs, "aliases"),
    "an alias in its own anchor": (
        lambda: HEAD + "claims: &c\n  c1:\n    text: t\n    more: *c\n",
        "unknown key 'more'",
    ),
    # libyaml 0.2.5 and later stop at their nesting depth; earlier builds read it
    # whole, and then the text is no text: either way a problem at its place.
    "deep nesting": (
        lambda: HEAD + "claims:\n  c1:\n    text: " + "[" * 5000 + "]" * 5000,
        ("nesting depth", "expected text, found a list"),
    ),
}


@pytest.mark.parametrize("name", BOMBS)
def test_a_bomb_is_refused_quickly_with_its_place_and_reason(tmp_path: Path, name: str) -> None:
    make, reasons = BOMBS[name]
    path = tmp_path / "claims.yaml"
    path.write_text(make(), encoding="utf-8")
    assert path.stat().st_size < 50_000
    before = path.read_bytes()
    started = time.monotonic()
    problems = check_ledger(path)
    wanted = (reasons,) if isinstance(reasons, str) else reasons
    placed = next((p for p in problems if any(r in p.message for r in wanted)), None)
    assert placed is not None, problems
    assert placed.path == str(path) and placed.line > 1
    with pytest.raises(LedgerInvalid):
        read_ledger(path)
    with pytest.raises(LedgerInvalid):
        update_ledger(path, lambda editor: editor.add_claim("new", "A new claim"))
    assert time.monotonic() - started < 5
    assert path.read_bytes() == before


def test_a_bomb_is_refused_by_every_command(tmp_path: Path, run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(_statements_bomb(), encoding="utf-8")
    for args in (["check"], ["list"], ["show", "c1"], ["add", "A claim"], ["match", "t"]):
        started = time.monotonic()
        result = run(*args)
        assert result.exit_code == 1, args
        assert "aliases" in result.stderr + result.stdout and "claims.yaml:" in (
            result.stderr + result.stdout
        )
        assert time.monotonic() - started < 5, args


def test_a_few_aliases_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(
        HEAD + "parties:\n  A:\n    aliases: &names [Ay, Aye]\n  B:\n    aliases: *names\n",
        encoding="utf-8",
    )
    assert check_ledger(path) == []
    assert [party.aliases for party in read_ledger(path).parties] == [("Ay", "Aye")] * 2
