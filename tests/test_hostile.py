"""A corpus of broken ledgers and broken or hostile sources, each run as a user would run it.

Every case runs `claimtrack` in a process of its own and must end with no
traceback, within 10 CPU-seconds and 500 MB, with every problem named with its
file. A broken ledger is never written over; a hostile source never costs the
good source beside it its place in the ledger. The cases are generated here
rather than kept as files: the bombs are big, and a FIFO or a link cannot be
committed anyway.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimtrack.ledger import read_ledger
from claimtrack.sources import MAX_SOURCE_BYTES

SECONDS = 10
MEGABYTES = 500
GOOD_ARTICLE = (
    "Pyongyang rejected the accusations on Monday.\n\n"
    "The US State Department accused North Korea of sending troops to Russia.\n"
)


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str
    cpu_seconds: float
    megabytes: float


# Runs a command and writes its own peak memory and CPU time to a file. A child
# forked from the test process itself would count, until it execs, the pages of
# that process, which a long suite grows past any bound; forked from this small
# process, the command's peak is its own.
_MEASURED = """
import json, os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump([usage.ru_maxrss, usage.ru_utime + usage.ru_stime], out)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def claimtrack(folder: Path, *args: str) -> Ran:
    """Run claimtrack in `folder`.

    Its time is CPU time, which other work on a shared machine barely changes (the
    wall clock there can be several times longer); a hang is still cut off by the
    timeout. Its peak memory is the command's own (`_MEASURED`).
    """
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "XDG_CACHE_HOME": str(folder / ".cache"),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("CLAIMTRACK_LEDGER", None)
    handle, name = tempfile.mkstemp(suffix=".json")  # outside the project it runs in
    os.close(handle)
    measured = Path(name)
    command = [sys.executable, "-m", "claimtrack", *args]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, str(measured), *command],
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=SECONDS * 6,
        check=False,
    )
    try:
        peak, cpu = json.loads(measured.read_text(encoding="utf-8"))
    finally:
        measured.unlink()
    megabytes = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return Ran(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
        cpu,
        megabytes,
    )


def assert_well_behaved(ran: Ran) -> None:
    assert "Traceback" not in ran.stderr, ran.stderr
    assert ran.cpu_seconds < SECONDS, f"took {ran.cpu_seconds:.1f} CPU-seconds"
    assert ran.megabytes < MEGABYTES, f"took {ran.megabytes:.0f} MB"


# -- broken ledgers -------------------------------------------------------------------

VALID = """\
version: 1
settings:
  threshold: 70
cues:
  denies: [brushed off]
parties:
  United States:
    aliases: [Jake Sullivan]
sources:
  s1:
    path: sources/s1.txt
    sha256: 3b1f
claims:
  nk-troops:
    text: North Korea has deployed troops to Russia
    statements:
    - party: United States
      stance: asserts
      speaker: The US State Department
      cue: accused
      source: s1
      line: 3
      content: North Korea is sending troops to Russia
      quote: The US State Department accused North Korea of sending troops to Russia.
"""


def _swap(old: str, new: str) -> Callable[[], bytes]:
    def make() -> bytes:
        assert old in VALID, old
        return VALID.replace(old, new, 1).encode("utf-8")

    return make


def _text(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


def _bytes(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _alias_bomb(levels: int, extra: str = "") -> Callable[[], bytes]:
    def make() -> bytes:
        lines = ["version: 1", "anchors:", '  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol"]']
        for level in range(1, levels):
            lines.append(f"  a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]")
        lines += ["parties:", "  Lulz:", f"    aliases: *a{levels - 1}", extra, "claims: {}", ""]
        return "\n".join(lines).encode("utf-8")

    return make


def _many_claims(count: int, broken_at: int) -> Callable[[], bytes]:
    def make() -> bytes:
        claims = [
            f"  claim-{n}:\n    text: {'Claim' if n != broken_at else ''} {n} about the war\n"
            f"    {'statements: []' if n != broken_at else 'statments: []'}\n"
            for n in range(count)
        ]
        return ("version: 1\nclaims:\n" + "".join(claims)).encode("utf-8")

    return make


BROKEN_LEDGERS: dict[str, Callable[[], bytes]] = {
    "empty": _text(""),
    "only-spaces": _text("   \n\n  \n"),
    "only-a-comment": _text("# nothing here\n"),
    "nul-bytes": _bytes(b"version: 1\x00\x00\nclaims: {}\n"),
    "binary": _bytes(bytes(range(256)) * 8),
    "latin-1": _bytes(VALID.replace("Russia", "Rußland").encode("latin-1")),
    "utf-16": _bytes(VALID.replace("version: 1", "version: 9").encode("utf-16")),
    "control-character": _swap("text: North Korea", "text: North\x07Korea"),
    "top-level-list": _text("- version: 1\n- claims: {}\n"),
    "top-level-scalar": _text("just some words\n"),
    "missing-version": _swap("version: 1\n", ""),
    "version-2": _swap("version: 1", "version: 2"),
    "version-text": _swap("version: 1", "version: one"),
    "unknown-top-key": _swap("claims:", "claimz: {}\nclaims:"),
    "duplicate-top-key": _swap("claims:", "parties: {}\nclaims:"),
    "claims-a-list": _swap("claims:\n  nk-troops:", "claims:\n- nk-troops:"),
    "claim-a-scalar": _text("version: 1\nclaims:\n  nk-troops: North Korea did it\n"),
    "claim-missing-text": _swap("    text: North Korea has deployed troops to Russia\n", ""),
    "claim-text-empty": _swap("text: North Korea has deployed troops to Russia", 'text: ""'),
    "claim-text-blank": _swap("text: North Korea has deployed troops to Russia", "text: '   '"),
    "claim-text-a-mapping": _swap(
        "text: North Korea has deployed troops to Russia", "text: {a: b}"
    ),
    "statements-a-mapping": _swap("    - party: United States", "      party: United States"),
    "statement-a-scalar": _text(
        "version: 1\nclaims:\n  nk:\n    text: Something\n    statements:\n    - just words\n"
    ),
    "unknown-stance": _swap("stance: asserts", "stance: deny"),
    "missing-stance": _swap("      stance: asserts\n", ""),
    "line-zero": _swap("line: 3", "line: 0"),
    "line-negative": _swap("line: 3", "line: -3"),
    "line-text": _swap("line: 3", "line: three"),
    "line-float": _swap("line: 3", "line: 1.5"),
    "line-huge": _swap("line: 3", "line: 1" + "0" * 400),
    "unknown-source": _swap("source: s1", "source: s9"),
    "missing-source": _swap("      source: s1\n", ""),
    "missing-quote": _swap(
        "      quote: The US State Department accused North Korea of sending troops to Russia.\n",
        "",
    ),
    "quote-a-list": _swap("quote: The US", "quote:\n      - The US"),
    "party-a-list": _swap("party: United States", "party: [United States, Russia]"),
    "source-missing-sha256": _swap("    sha256: 3b1f\n", ""),
    "source-path-a-mapping": _swap("path: sources/s1.txt", "path: {file: s1.txt}"),
    "copy-of-unknown": _swap("    sha256: 3b1f\n", "    sha256: 3b1f\n    copy_of: s7\n"),
    "extracted-a-mapping": _swap("    sha256: 3b1f\n", "    sha256: 3b1f\n    extracted: {a: 1}\n"),
    "threshold-too-high": _swap("threshold: 70", "threshold: 150"),
    "threshold-text": _swap("threshold: 70", "threshold: high"),
    "cues-unknown-stance": _swap("denies: [brushed off]", "denys: [brushed off]"),
    "cues-a-scalar": _swap("denies: [brushed off]", "denies: brushed off"),
    "alias-bomb": _alias_bomb(9),
    "small-alias-bomb-and-unknown-key": _alias_bomb(5, "nonsense: 1"),
    "deep-flow-nesting": _text("version: 1\nclaims: " + "[" * 20000 + "]" * 20000 + "\n"),
    "deep-block-nesting": _text(
        "version: 1\nclaims:\n"
        + "".join(f"{'  ' * (n + 1)}k{n}:\n" for n in range(3000))
        + "  " * 3001
        + "end: 1\n"
    ),
    "tab-indent": _swap("    text: North Korea", "\ttext: North Korea"),
    "under-indented": _swap("      quote: The US State", "      quote: The US State\n    broken"),
    "unclosed-quote": _swap("text: North Korea has", 'text: "North Korea has'),
    "unclosed-flow": _swap("aliases: [Jake Sullivan]", "aliases: [Jake Sullivan"),
    "duplicate-claim-id": _text(VALID + "  nk-troops:\n    text: Another claim with the same id\n"),
    "python-tag": _swap(
        "text: North Korea has deployed troops to Russia",
        "text: !!python/object/apply:os.system ['echo hacked']",
    ),
    "undefined-alias": _swap("text: North Korea has deployed troops to Russia", "text: *nope"),
    "two-documents": _text(VALID + "---\nversion: 1\n"),
    "huge-key": _text("version: 1\nclaims:\n  " + "k" * 2_000_000 + ":\n    text: x\n"),
    "many-claims-one-typo": _many_claims(5000, 4321),
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with one good article in sources/; cases copy it."""
    folder = tmp_path_factory.mktemp("seed")
    (folder / "sources").mkdir()
    (folder / "sources" / "s1.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    return folder


def test_the_corpus_is_large_enough() -> None:
    assert len(BROKEN_LEDGERS) >= 40
    assert len(HOSTILE_SOURCES) >= 20


@pytest.mark.parametrize("name", sorted(BROKEN_LEDGERS))
def test_a_broken_ledger_is_named_and_left_alone(name: str, tmp_path: Path, seeded: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s1.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    ledger = tmp_path / "claims.yaml"
    data = BROKEN_LEDGERS[name]()
    ledger.write_bytes(data)

    checked = claimtrack(tmp_path, "check")

    assert_well_behaved(checked)
    assert checked.code == 1, checked.stdout + checked.stderr
    problems = checked.stdout.splitlines()
    assert problems
    assert all(line.startswith("claims.yaml:") for line in problems), problems

    added = claimtrack(tmp_path, "add", "Something new happened")

    assert_well_behaved(added)
    if all(any(what in line for what in AGAINST_ARTICLES) for line in problems):
        return  # valid on its own, only at odds with its articles: editing it is fine
    assert added.code == 1
    assert "claims.yaml:" in added.stderr
    assert ledger.read_bytes() == data


# What `check` finds comparing a ledger with its articles (see claimtrack.verify).
AGAINST_ARTICLES = ("past the end of source", "not in source", "no file at")


# -- broken and hostile sources ------------------------------------------------------


def _write(name: str, data: bytes) -> Callable[[Path], str]:
    def make(sources: Path) -> str:
        (sources / name).write_bytes(data)
        return name

    return make


def _front(name: str, block: str) -> Callable[[Path], str]:
    return _write(name, f"---\n{block}---\nKyiv rejected the report on Tuesday.\n".encode())


def _fifo(sources: Path) -> str:
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    os.mkfifo(sources / "pipe.txt")
    return "pipe.txt"


def _link(name: str, target: str) -> Callable[[Path], str]:
    def make(sources: Path) -> str:
        (sources / name).symlink_to(target)
        return name

    return make


def _link_loop(sources: Path) -> str:
    (sources / "loop-a.txt").symlink_to(sources / "loop-b.txt")
    (sources / "loop-b.txt").symlink_to(sources / "loop-a.txt")
    return "loop-a.txt"


def _sparse(sources: Path) -> str:
    with (sources / "huge.txt").open("wb") as huge:
        huge.truncate(MAX_SOURCE_BYTES + 1)
    return "huge.txt"


def _folder(sources: Path) -> str:
    (sources / "folder.txt").mkdir()
    (sources / "folder.txt" / "inside.md").write_text("Kyiv said so.\n", encoding="utf-8")
    return "inside.md"


def _bad_name(sources: Path) -> str:
    if os.name == "nt":
        pytest.skip("Windows file names are always Unicode")
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (sources / name).write_text("Kyiv denied it.\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return "caf\\xe9.txt"


def _front_bomb() -> str:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    return "\n".join(lines) + "\ntitle: *a9\n"


HOSTILE_SOURCES: dict[str, Callable[[Path], str]] = {
    "fifo": _fifo,
    "link-to-dev-zero": _link("zero.txt", "/dev/zero"),
    "link-to-passwd": _link("passwd.txt", "/etc/passwd"),
    "dangling-link": _link("dangling.txt", "nowhere/at/all.txt"),
    "link-loop": _link_loop,
    "sparse-too-large": _sparse,
    "folder-named-txt": _folder,
    "file-name-not-utf8": _bad_name,
    "nul-bytes": _write("binary.txt", b"\x00\x01\x02 not text \x00" * 300),
    "pdf": _write("report.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "png": _write("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    "empty": _write("empty.txt", b""),
    "whitespace-only": _write("blank.txt", b" \n\t\n   \n"),
    "front-matter-alias-bomb": _front("bomb.md", _front_bomb()),
    "front-matter-bad-date": _front("bad-date.md", "published: 2024-13-45\n"),
    "front-matter-deep": _front("deep.md", "title: " + "[" * 5000 + "]" * 5000 + "\n"),
    "front-matter-python-tag": _front(
        "tag.md", "title: !!python/object/apply:os.system ['echo hacked']\n"
    ),
    "front-matter-not-a-mapping": _front("list.md", "- one\n- two\n"),
    "front-matter-unclosed": _write("unclosed.md", b"---\ntitle: x\n" + b"more: y\n" * 20000),
    "front-matter-invalid": _front("invalid.md", 'title: "unclosed\nurl: [x\n'),
    "one-long-line": _write("long.txt", b"The minister said so. " * 12000),
    "latin-1": _write("latin.txt", "Le ministre a déclaré que Kyiv a nié.\n".encode("latin-1")),
    "utf-16-without-bom": _write("utf16.txt", "Kyiv rejected the report.\n".encode("utf-16-le")),
    "broken-utf-16": _write("broken16.txt", b"\xff\xfe" + b"K\x00y\x00\x00\xd8" + b"i\x00"),
    "carriage-returns-only": _write("mac.txt", b"Kyiv said the report was false.\r" * 500),
    "unbalanced-quotes": _write("quotes.txt", b'"He said ' * 20000 + b"\n"),
    "said-storm": _write("said.txt", b"said that " * 30000 + b"\n"),
    "many-short-lines": _write("lines.txt", b"Kyiv said so.\n" * 60_000),
    "too-large": _write("big.txt", b"Kyiv said so.\n" * 100_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SOURCES))
def test_a_hostile_source_is_named_and_the_good_one_recorded(name: str, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "s1.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    shown = HOSTILE_SOURCES[name](sources)

    ran = claimtrack(tmp_path, "extract")

    assert_well_behaved(ran)
    assert ran.code in (0, 1), ran.stderr
    ledger = read_ledger(tmp_path / "claims.yaml")
    assert "s1" in {source.id for source in ledger.sources}, ran.stderr
    if ran.code == 1 or "Warning" in ran.stderr or "Error" in ran.stderr:
        assert shown in ran.stderr, ran.stderr
    assert "root:" not in (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert "hacked" not in ran.stdout
