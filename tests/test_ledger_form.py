"""The ledger file is the user's: `check` and every write agree on what it says, and
a write keeps the file's form (line endings, BOM), its links, mode and owner."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from claimtrack import ledger as ledger_module
from claimtrack.errors import ClaimtrackError, LedgerInvalid
from claimtrack.ledger import (
    LedgerReadOnly,
    check_ledger,
    edit_ledger,
    init_ledger,
    read_ledger,
    update_ledger,
)

EXAMPLE = Path(__file__).resolve().parent / "example" / "claims.yaml"


def _example(tmp_path: Path, edit: tuple[str, str] | None = None) -> Path:
    path = tmp_path / "claims.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    if edit is not None:
        assert edit[0] in text
        text = text.replace(edit[0], edit[1], 1)
    path.write_bytes(text.encode("utf-8"))
    return path


def _add(path: Path, claim_id: str = "nk-workers", text: str = "North Korea sends workers") -> str:
    def change(editor: ledger_module.LedgerEditor) -> str:
        editor.add_claim(claim_id, text)
        return claim_id

    return update_ledger(path, change)


# -- one reader's verdict for every command --------------------------------------------

# Each of these validated, and then every write failed with a raw parser message.
DISAGREEING = {
    "tab after a value": ("    outlet: Yonhap\n", "    outlet: Yonhap\t\n"),
    "tab before a comment": ("    outlet: Yonhap\n", "    outlet: Yonhap\t# the agency\n"),
    "tab inside a plain value": ("    outlet: Yonhap\n", "    outlet: Yon\thap\n"),
    "tab after the colon": ("    outlet: Yonhap\n", "    outlet:\t Yonhap\n"),
    "tab in a flow list": ("[Liu Pengyu]", "[Liu\tPengyu]"),
    "NEL at the start of a line": ("parties:\n", "parties:\n\x85"),
    "line separator at the start of a line": ("parties:\n", "parties:\n\u2028"),
    "paragraph separator at the start of a line": ("parties:\n", "parties:\n\u2029"),
    "byte order mark at the start of a line": ("parties:\n", "parties:\n\ufeff"),
    "comment glued to a block header": ("quote: >-\n", "quote: >-#\n"),
}


@pytest.mark.parametrize("name", DISAGREEING)
def test_what_a_write_cannot_read_is_a_problem_check_names(tmp_path: Path, name: str) -> None:
    path = _example(tmp_path, DISAGREEING[name])
    before = path.read_bytes()
    problems = check_ledger(path)
    assert problems, f"check accepts a ledger with a {name}"
    first = problems[0]
    assert first.path == str(path) and first.line > 1 and first.column >= 1
    assert any(word in first.message for word in ("remove", "use spaces", "put a space"))
    with pytest.raises(LedgerInvalid) as raised:
        _add(path)
    assert raised.value.problems == [p for p in problems if p in raised.value.problems]
    assert path.read_bytes() == before


def test_tabs_in_quotes_blocks_and_comments_are_text_and_can_be_written(tmp_path: Path) -> None:
    path = _example(tmp_path, ("    outlet: Yonhap\n", "    outlet: 'Yon\thap'  # a\ttab\n"))
    text = path.read_text(encoding="utf-8").replace(
        "quote: >-\n        The US State", "quote: >-\n        The\tUS State", 1
    )
    path.write_text(text, encoding="utf-8")
    assert check_ledger(path) == []
    _add(path)
    assert check_ledger(path) == []
    ledger = read_ledger(path)
    assert ledger.sources[1].outlet == "Yon\thap"
    assert ledger.claims[0].statements[0].quote.startswith("The\tUS State")
    assert "# a\ttab" in path.read_text(encoding="utf-8")


TAGGED = {
    "!!float on text": ("    outlet: Yonhap\n", "    outlet: !!float Yonhap\n"),
    "!!int on text": ("    outlet: Yonhap\n", "    outlet: !!int Yonhap\n"),
    "!!binary": ("    outlet: Yonhap\n", "    outlet: !!binary Yonhap\n"),
    "a local tag": ("    outlet: Yonhap\n", "    outlet: !agency Yonhap\n"),
    "!!set on a mapping": ("parties:\n", "parties: !!set\n"),
    "!!omap on a mapping": ("parties:\n", "parties: !!omap\n"),
    "!!merge on a key": ("    outlet: Yonhap\n", "    !!merge outlet: Yonhap\n"),
    "!!str on a line": ("      line: 7\n", "      line: !!str 7\n"),
}


@pytest.mark.parametrize("name", TAGGED)
def test_a_tag_changes_nothing_and_a_write_reads_it_as_check_does(
    tmp_path: Path, name: str
) -> None:
    """The ledger goes by a value's place, not its tag: `!!float Yonhap` is the text Yonhap."""
    path = _example(tmp_path, TAGGED[name])
    assert check_ledger(path) == []
    before = read_ledger(path)
    _add(path)
    after = read_ledger(path)
    assert after.parties == before.parties and after.sources == before.sources
    assert after.claims[:-1] == before.claims
    assert check_ledger(path) == []


@pytest.mark.parametrize("character", ["\x85", "\u2028", "\u2029", "\ufeff"])
def test_a_line_break_character_in_added_text_reads_back_as_itself(
    tmp_path: Path, character: str
) -> None:
    path = _example(tmp_path)
    short = f"North Korea{character}sends workers"
    long = f"North Korea sends workers{character} to Russian factories, " + "and more " * 8
    _add(path, "short" + character, short)
    _add(path, "long", long)
    texts = {claim.id: claim.text for claim in read_ledger(path).claims}
    assert texts["short" + character] == short and texts["long"] == long
    assert check_ledger(path) == []
    assert character not in path.read_text(encoding="utf-8")


# -- the file's form ------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_write_keeps_line_endings_and_bom(tmp_path: Path, newline: str, bom: bytes) -> None:
    path = tmp_path / "claims.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    path.write_bytes(bom + text.replace("\n", newline).encode("utf-8"))
    assert check_ledger(path) == []
    _add(path, text="North Korea sends workers\nto Russian factories")
    data = path.read_bytes()
    assert data.startswith(bom) and not data[len(bom) :].startswith(b"\xef\xbb\xbf")
    body = data[len(bom) :].decode("utf-8")
    assert body.count(newline) > 200
    assert "\r" not in body.replace(newline, "") and "\n" not in body.replace(newline, "")
    assert read_ledger(path).claims[-1].text == "North Korea sends workers\nto Russian factories"


def test_mixed_line_endings_follow_the_most_common(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(text.replace("\r\n", "\n", 3).encode("utf-8"))
    _add(path)
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")


@pytest.mark.parametrize(
    ("data", "bom", "newline"),
    [
        (b"", False, "\n"),
        (b"one: 1\ntwo: 2\n", False, "\n"),
        (b"\xef\xbb\xbfone: 1\ntwo: 2\n", True, "\n"),
        (b"one: 1\r\ntwo: 2\r\nthree: 3\n", False, "\r\n"),
        (b"one: 1\rtwo: 2\rthree: 3\n", False, "\r"),
        (b"\xef\xbb\xbfone: 1\r\n", True, "\r\n"),
    ],
)
def test_the_form_of_a_file_is_its_bom_and_most_common_line_end(
    data: bytes, bom: bool, newline: str
) -> None:
    assert ledger_module._Form.of(data) == ledger_module._Form(bom, newline)


def test_a_write_goes_to_a_symbolic_links_target(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    target = _example(notes)
    project = tmp_path / "project"
    project.mkdir()
    link = project / "claims.yaml"
    link.symlink_to(target)
    _add(link)
    assert link.is_symlink() and link.readlink() == target
    assert read_ledger(target).claims[-1].id == "nk-workers"
    assert [p.name for p in project.iterdir()] == ["claims.yaml"]


def test_a_write_keeps_hard_links(tmp_path: Path) -> None:
    path = _example(tmp_path)
    other = tmp_path / "copy.yaml"
    os.link(path, other)
    _add(path)
    assert path.stat().st_ino == other.stat().st_ino and path.stat().st_nlink == 2
    assert read_ledger(other).claims[-1].id == "nk-workers"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_a_write_keeps_the_mode(tmp_path: Path, mode: int) -> None:
    path = _example(tmp_path)
    path.chmod(mode)
    _add(path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_a_write_as_root_keeps_the_owner(tmp_path: Path) -> None:
    path = _example(tmp_path)
    path.chmod(0o600)
    os.chown(path, 4321, 4321)
    _add(path)
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 4321, 0o600)


def test_a_read_only_ledger_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = _example(tmp_path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(LedgerReadOnly) as raised:
        _add(path)
    assert "read-only" in str(raised.value) and "chmod u+w" in str(raised.value)
    with pytest.raises(LedgerReadOnly), edit_ledger(path) as editor:
        editor.add_claim("nk-workers", "North Korea sends workers")
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_the_write_path_works_without_fchmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _example(tmp_path)
    path.chmod(0o640)
    monkeypatch.delattr(os, "fchmod")
    _add(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# -- leftovers ------------------------------------------------------------------------


def test_a_killed_writes_temporary_files_go_with_the_next_write(tmp_path: Path) -> None:
    path = _example(tmp_path)
    leftovers = [tmp_path / ".claims.yaml.a1b2c3d4.tmp", tmp_path / ".claims.yaml.zz_9yy8x.tmp"]
    for leftover in leftovers:
        leftover.write_text("half a ledger", encoding="utf-8")
    unrelated = [tmp_path / ".claims.yaml.notes.txt", tmp_path / ".other.yaml.a1b2c3d4.tmp"]
    for other in unrelated:
        other.write_text("mine", encoding="utf-8")
    _add(path)
    assert not any(leftover.exists() for leftover in leftovers)
    assert all(other.exists() for other in unrelated)


def test_leftovers_stay_while_the_ledger_is_invalid(tmp_path: Path) -> None:
    """A torn ledger's new text may be all there is: it is not cleared until the ledger reads."""
    path = _example(tmp_path, ("version: 1\n", "version: 1\n  broken: [\n"))
    leftover = tmp_path / ".claims.yaml.a1b2c3d4.tmp"
    leftover.write_text("the new text", encoding="utf-8")
    with pytest.raises(LedgerInvalid):
        _add(path)
    assert leftover.exists()


def test_init_on_a_full_disk_leaves_no_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.yaml"

    def full_disk(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(ClaimtrackError) as raised:
        init_ledger(path)
    monkeypatch.undo()
    assert "No space left on device" in str(raised.value)
    assert list(tmp_path.iterdir()) == []
    init_ledger(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()
    assert check_ledger(path) == []


def test_init_never_replaces_a_ledger(tmp_path: Path) -> None:
    path = _example(tmp_path)
    before = path.read_bytes()
    with pytest.raises(ledger_module.LedgerExists):
        init_ledger(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("character", ["\t", "\x85"])
def test_a_megabyte_of_unreadable_characters_is_reported_quickly(
    tmp_path: Path, character: str
) -> None:
    """Every line of a 1 MB ledger with a trailing tab (or NEL): a few places, in a moment."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    claims = lines.index("claims:")
    block = "".join(
        f"  claim-{n}:\n    text: Claim {n}{character}\n    statements: []{character}\n"
        for n in range(17_000)
    )
    path = tmp_path / "claims.yaml"
    path.write_text("\n".join(lines[: claims + 1]) + "\n" + block, encoding="utf-8")
    assert 900_000 < path.stat().st_size < 1_100_000
    started = time.monotonic()
    problems = check_ledger(path)
    assert time.monotonic() - started < 5
    assert 0 < len(problems) <= 21


# -- one look for a CR through a write's bytes -------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"one: 1\n", b"\xef\xbb\xbfone: 1\r\ntwo: 2\n", b"one: 1\rtwo: 2\r"]
)
def test_the_form_told_whether_a_cr_is_there_is_the_form_found(data: bytes) -> None:
    cr = b"\r" in data
    assert ledger_module._Form.of(data, cr=cr) == ledger_module._Form.of(data)
    assert ledger_module._ledger_lines(data, cr=cr) == ledger_module._ledger_lines(data)


def test_an_editor_knows_a_dump_spliced_from_lf_bytes_holds_no_cr(tmp_path: Path) -> None:
    path = _example(tmp_path)
    data = path.read_bytes()
    ledger = read_ledger(path)
    editor = ledger_module.LedgerEditor(path, data, ledger)
    assert editor.form == ledger_module._Form() and editor.dump_has_no_cr()
    editor.add_claim("a-new-claim", "A town council says the bridge\nwill reopen in May")
    dumped = editor.dump_bytes()
    assert b"\r" not in dumped and editor.dump_has_no_cr()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_an_editor_never_claims_no_cr_for_a_file_that_had_one(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(EXAMPLE.read_text(encoding="utf-8").replace("\n", newline).encode())
    editor = ledger_module.LedgerEditor(path, path.read_bytes(), read_ledger(path))
    editor.add_claim("a-new-claim", "A town council says the bridge will reopen")
    editor.dump_bytes()
    assert editor.form.newline == newline and not editor.dump_has_no_cr()


def test_a_cr_put_in_by_a_splice_is_seen(tmp_path: Path) -> None:
    path = _example(tmp_path)
    editor = ledger_module.LedgerEditor(path, path.read_bytes(), read_ledger(path))
    editor.add_claim("a-new-claim", "A town council says the bridge will reopen")
    editor.dump_bytes()
    assert editor._splices is not None
    splices = editor._splices[1]
    splices.insert(len(splices.text), "# a comment\r\n")
    assert not editor.dump_has_no_cr()


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_the_next_write_knows_from_the_cache_whether_the_bytes_hold_a_cr(
    tmp_path: Path, newline: str
) -> None:
    # A write tells the cache whether the bytes it saved hold a CR: the next write
    # from the cache makes no pass through the file for one, and keeps its form.
    from claimtrack import cache

    path = tmp_path / "claims.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    _add(path, "nk-workers", "North Korea sends workers")
    cache._loaded.clear()
    cache._parts_read.clear()
    ledger = read_ledger(path)
    assert cache.holds_cr(ledger) is (newline != "\n")
    data = path.read_bytes()
    editor = ledger_module.LedgerEditor(path, data, ledger)
    assert editor.form.newline == newline and editor._data_has_cr is (newline != "\n")
    _add(path, "nk-drills", "North Korea holds drills\nnear the border")
    body = path.read_bytes().decode("utf-8")
    assert "\r" not in body.replace(newline, "") and "\n" not in body.replace(newline, "")
    assert read_ledger(path).claims[-1].text == "North Korea holds drills\nnear the border"
    assert read_ledger(path) == ledger_module._parse(path.read_bytes(), path)[0]


def test_a_cr_put_in_by_hand_after_a_write_is_looked_for_again(tmp_path: Path) -> None:
    # The cache says whether a CR is there only for the very bytes a write saved: a
    # hand edit that brings CRs in leaves it unknown, and the write after it finds them.
    from claimtrack import cache

    path = _example(tmp_path)
    _add(path, "nk-workers", "North Korea sends workers")
    assert cache.holds_cr(read_ledger(path)) is False
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    ledger = read_ledger(path)
    assert cache.holds_cr(ledger) is None
    _add(path, "nk-drills", "North Korea holds drills")
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") and b"nk-drills" in data
    cache._loaded.clear()
    cache._parts_read.clear()
    assert cache.holds_cr(read_ledger(path)) is True
