"""The property of the ledger's form: for random mutations of real ledgers (byte, token
and line level), whenever `check` accepts the ledger, `add` and `extract` write it and
keep its line endings, BOM, mode and links; whenever it is invalid, no command writes.

The cases are drawn from a seeded generator, so a failure names the case that
reproduces it (`_case(seed)`). Library calls keep the 1,000 cases within tens of
seconds; a few run through the real command line too.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimtrack import ledger as ledger_module
from claimtrack.errors import ClaimtrackError, LedgerInvalid
from claimtrack.ledger import LedgerEditor, check_ledger, read_ledger, update_ledger
from claimtrack.model import Source, Stance, Statement
from claimtrack.parties import PartyResolver, party_name_problems
from claimtrack.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent
SEEDS = (REPO / "claims.yaml", REPO / "tests" / "example" / "claims.yaml")
CASES = int(os.environ.get("CLAIMTRACK_MUTATION_CASES", "1000"))
# Each case must finish well within this; a ledger under 1 MB never takes longer.
CASE_SECONDS = 10.0

# What a person (or a bad paste) puts into a ledger: YAML's own signs, tags,
# anchors, lookalike values, and the characters two YAML readers disagree on.
TOKENS = [
    "\t",
    " ",
    "  ",
    "\n",
    "\r",
    "\r\n",
    ":",
    ": ",
    "- ",
    "-",
    "#",
    " # note",
    "'",
    '"',
    "|",
    ">-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "?",
    "&a ",
    "*a",
    "&b",
    "*b",
    "!!float ",
    "!!int ",
    "!!str ",
    "!!null ",
    "!!set ",
    "!!omap ",
    "!!merge ",
    "!foo ",
    "<<: ",
    "null",
    "~",
    "1e5",
    "yes",
    "No",
    "2024-11-20",
    "0x1F",
    ".inf",
    "1:30",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\x00",
    "\x07",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "@",
    "`",
    "é",
    "“quoted”",
    "\\",
    "stance: denies",
    "line: 0",
    "line: 7",
    "party: Russia",
    "source: nosuch",
    "text: ",
]
BYTES = [b"\t", b"\r", b"\n", b"\x00", b"\xff", b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf",
         b":", b"#", b"'", b'"', b"&", b"*", b"!", b" ", b"-", b"\xc3", b"\x80"]  # fmt: skip
NEWLINES = ("\n", "\r\n", "\r")
MODES = (0o600, 0o640, 0o644, 0o664)
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Case:
    seed: int
    data: bytes
    newline: str
    bom: bool
    mode: int
    link: str  # "", "symlink" or "hardlink"


def _seed_texts() -> list[str]:
    """The example ledger, and pieces of the bundled one (its head and a few claims)."""
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    big = texts[0]
    head, _, claims = big.partition("\nclaims:\n")
    blocks = re.split(r"\n(?=  \S)", claims)
    rng = random.Random(0)
    pieces = []
    for _ in range(6):
        start = rng.randrange(len(blocks))
        pieces.append(head + "\nclaims:\n" + "\n".join(blocks[start : start + 2]) + "\n")
    return [texts[1], *pieces]


SEED_TEXTS = _seed_texts()


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    choice = rng.random()
    if choice < 0.4:
        return data[:at] + rng.choice(BYTES) + data[at:]
    if choice < 0.7:
        return data[:at] + data[at + rng.randint(1, 3) :]
    return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]


def _mutate_tokens(rng: random.Random, text: str) -> str:
    tokens = _TOKEN.findall(text)
    at = rng.randrange(len(tokens))
    choice = rng.random()
    if choice < 0.35:
        tokens.insert(at, rng.choice(TOKENS))
    elif choice < 0.55:
        del tokens[at]
    elif choice < 0.75:
        tokens[at] = rng.choice(TOKENS)
    elif choice < 0.9:
        other = rng.randrange(len(tokens))
        tokens[at], tokens[other] = tokens[other], tokens[at]
    else:
        tokens.insert(at, tokens[rng.randrange(len(tokens))])
    return "".join(tokens)


def _mutate_lines(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    at = rng.randrange(len(lines))
    choice = rng.random()
    if choice < 0.25:
        del lines[at]
    elif choice < 0.45:
        lines.insert(at, lines[rng.randrange(len(lines))])
    elif choice < 0.6:
        other = rng.randrange(len(lines))
        lines[at], lines[other] = lines[other], lines[at]
    elif choice < 0.75:
        lines[at] = "  " + lines[at]
    elif choice < 0.9:
        lines[at] = lines[at][2:] if lines[at].startswith("  ") else lines[at].lstrip()
    else:
        lines.insert(at, rng.choice(TOKENS).strip() or "# note")
    return "\n".join(lines)


def _case(seed: int) -> Case:
    rng = random.Random(seed)
    text = rng.choice(SEED_TEXTS)
    newline, bom = rng.choice(NEWLINES), rng.random() < 0.2
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        level = rng.random()
        if level < 0.4:
            text = _mutate_tokens(rng, text)
        elif level < 0.7:
            text = _mutate_lines(rng, text)
    data = (("\ufeff" if bom else "") + text.replace("\n", newline)).encode("utf-8", "replace")
    if rng.random() < 0.3:
        data = _mutate_bytes(rng, data)
    link = rng.choice(("", "", "", "symlink", "hardlink"))
    return Case(seed, data, newline, bom, rng.choice(MODES), link)


# -- running one case ----------------------------------------------------------------


@dataclass
class Place:
    """Where a case's ledger is: the path commands get, and the file behind it."""

    path: Path
    target: Path
    other: Path | None  # the hard link's other name


def _place(root: Path, case: Case) -> Place:
    folder = root / f"case{case.seed}"
    (folder / "sources").mkdir(parents=True)
    if case.link == "symlink":
        (folder / "notes").mkdir()
        target = folder / "notes" / "claims.yaml"
        target.write_bytes(case.data)
        path = folder / "claims.yaml"
        path.symlink_to(target)
        other = None
    else:
        path = target = folder / "claims.yaml"
        target.write_bytes(case.data)
        other = folder / "again.yaml" if case.link == "hardlink" else None
        if other is not None:
            os.link(target, other)
    target.chmod(case.mode)
    return Place(path, target, other)


def _check_exit(path: Path) -> int:
    """What `claimtrack check` exits with, by the library calls it makes."""
    if check_ledger(path):
        return 1
    ledger = read_ledger(path)
    return 1 if party_name_problems(PartyResolver.build(ledger.parties), ledger) else 0


def _validates(path: Path) -> bool:
    try:
        read_ledger(path)
    except LedgerInvalid:
        return False
    return True


def _add(path: Path, seed: int) -> None:
    def change(editor: LedgerEditor) -> None:
        editor.add_claim(f"added-{seed}", f"North Korea sends workers{chr(0x85)} to Russia {seed}")

    update_ledger(path, change)


STATEMENT = Statement(
    stance=Stance.DENIES,
    quote="Lavrov said that North Korean troops are not in Russia.",
    content="North Korean troops are not in Russia",
    source="new-source",
    line=1,
    party="Russia",
    speaker="Lavrov",
    cue="said",
)


def _extract_writes(path: Path, seed: int) -> None:
    """What `extract` writes for a new source: the source, a claim, its statement."""

    def change(editor: LedgerEditor) -> None:
        editor.put_source(Source(id="new-source", path="sources/new.txt", sha256=f"{seed:064x}"))
        editor.add_claim(f"extracted-{seed}", "North Korean troops are in Russia")
        editor.add_statement(f"extracted-{seed}", STATEMENT)
        editor.update_statements("new-source", lambda s: None)

    update_ledger(path, change)


def _ingest(place: Place) -> None:
    source = place.path.parent / "sources" / "new.txt"
    source.write_text("Lavrov said that North Korean troops are not in Russia.\n", "utf-8")
    ingest(place.path, [source])


def _state(place: Place) -> tuple[bytes, int, bool, int | None]:
    info = place.target.stat()
    return (
        place.target.read_bytes(),
        stat.S_IMODE(info.st_mode),
        place.path.is_symlink(),
        place.other.stat().st_ino if place.other is not None else None,
    )


def _assert_form_kept(case: Case, place: Place) -> None:
    data, mode, is_link, other_inode = _state(place)
    assert mode == case.mode
    assert is_link == (case.link == "symlink")
    if place.other is not None:
        assert other_inode == place.target.stat().st_ino and place.other.read_bytes() == data
    assert data.startswith(b"\xef\xbb\xbf") == case.bom
    body = data[3:] if case.bom else data
    others = body.replace(case.newline.encode(), b"")
    assert b"\r" not in others and b"\n" not in others, "line endings changed"
    assert not list(place.target.parent.glob(".*.tmp")), "temporary files left"


def _run_case(root: Path, case: Case, *, with_ingest: bool) -> str:
    """Run the case; what happened, for the tally."""
    place = _place(root, case)
    started = time.monotonic()
    exit_code = _check_exit(place.path)
    valid = _validates(place.path)
    assert exit_code == 1 or valid, "check accepts a ledger that commands refuse"
    before = _state(place)
    if not valid:
        for write in (_add, _extract_writes):
            with pytest.raises(ClaimtrackError):
                write(place.path, case.seed)
        if with_ingest:
            with pytest.raises(ClaimtrackError):
                _ingest(place)
        assert _state(place) == before, "an invalid ledger was written"
        assert not list(place.target.parent.glob(".*.tmp"))
        outcome = "refused"
    else:
        # check exits 0, or names only what other YAML readers would take
        # for another type (advisory: the ledger reads, so commands write).
        _add(place.path, case.seed)
        _extract_writes(place.path, case.seed)
        if with_ingest:
            _ingest(place)
        _assert_form_kept(case, place)
        ledger = read_ledger(place.path)
        ids = {claim.id for claim in ledger.claims}
        assert {f"added-{case.seed}", f"extracted-{case.seed}"} <= ids
        assert any(
            claim.text.endswith(f"workers\x85 to Russia {case.seed}") for claim in ledger.claims
        )
        outcome = "written" if exit_code == 0 else "written (advisory notes)"
    assert time.monotonic() - started < CASE_SECONDS
    return outcome


@pytest.fixture
def quick_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    # An invalid ledger is given a moment in case a save is under way; these are not.
    monkeypatch.setattr(ledger_module, "_QUIET_SECONDS", 0.0)
    monkeypatch.setattr(ledger_module, "_SETTLE_SECONDS", 0.0)
    # Durability is not the subject here, and syncing 2,000 small files is slow.
    monkeypatch.setattr(os, "fsync", lambda fd: None)


@pytest.mark.usefixtures("quick_settle")
def test_whenever_check_accepts_commands_write_and_keep_the_form(tmp_path: Path) -> None:
    tally: dict[str, int] = {}
    for seed in range(CASES):
        case = _case(seed)
        try:
            outcome = _run_case(tmp_path, case, with_ingest=seed % 100 == 0)
        except Exception as error:
            raise AssertionError(f"case {seed} ({case.link or 'plain'} file): {error}") from error
        tally[outcome] = tally.get(outcome, 0) + 1
        shutil.rmtree(tmp_path / f"case{seed}")
    # The mutations reach both sides of the property, in earnest.
    assert tally.get("written", 0) >= CASES // 5, tally
    assert tally.get("refused", 0) >= CASES // 5, tally


# -- a sample through the real command line -----------------------------------------------


def _claimtrack(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=CASE_SECONDS,
        check=False,
    )


@pytest.mark.parametrize("seed", [3, 7, 11, 19, 23, 42])
def test_the_command_line_agrees(tmp_path: Path, seed: int) -> None:
    case = _case(10_000 + seed)
    place = _place(tmp_path, case)
    before = _state(place)
    checked = _claimtrack(place.path.parent, "check")
    assert checked.returncode in (0, 1) and b"Traceback" not in checked.stderr
    added = _claimtrack(place.path.parent, "add", "North Korea sends workers", "--id", "added")
    assert b"Traceback" not in added.stderr and added.stderr.strip()
    if _validates(place.path):
        assert added.returncode == 0, added.stderr
        _assert_form_kept(case, place)
    else:
        assert checked.returncode == 1 and b"claims.yaml:" in checked.stdout
        assert added.returncode == 1
        assert _state(place) == before
