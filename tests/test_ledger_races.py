"""A hand edit saved while a command runs is never lost (issue 14).

An editor takes no lock: it saves whenever the person says so, in place or by
writing a temporary file and renaming it over the ledger. Each command checks,
just before it replaces the ledger, that the file is still the one it read,
and otherwise makes its change again on the new content.

Each test saves a hand edit during `extract`, `add`, `merge`, `rename` and
`drop`, 50 times each. Half the saves land exactly in the window that used to
lose them -- after the command has read and changed the ledger, before it
writes -- through the library's seam, so the test cannot pass by luck; the
other half land at random moments of the run.
"""

from __future__ import annotations

import random
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimtrack import ledger as ledger_module
from claimtrack.cli import main
from claimtrack.errors import LedgerInvalid
from claimtrack.ledger import (
    LedgerChanged,
    check_ledger,
    edit_ledger,
    read_ledger,
    update_ledger,
)
from claimtrack.model import Ledger

ROUNDS = 50
ARTICLE = (
    "Jake Sullivan said that North Korea has sent troops to Russia.\n\n"
    "The Kremlin denied that North Korea has sent troops to Russia.\n"
)
SOURCE_ID = "000_66f99498a4238889"
START = textwrap.dedent(
    f"""\
    # claimtrack ledger: edit freely; `claimtrack check` validates it.
    version: 1
    parties: {{}}
    sources:
      {SOURCE_ID}:
        path: sources/{SOURCE_ID}.txt
        sha256: 3b1f
    claims:
      keep-me:
        text: A claim a person is about to edit
        statements:
        - party: North Korea
          stance: denies
          speaker: Pyongyang
          cue: rejected
          source: {SOURCE_ID}
          line: 2
          content: it sent troops to Russia
          quote: Pyongyang rejected reports that it sent troops to Russia.
      fold-a:
        text: North Korea sent troops to Russia
        statements:
        - stance: asserts
          source: {SOURCE_ID}
          line: 3
          content: North Korea sent troops to Russia
          quote: Seoul said North Korea sent troops to Russia.
      fold-b:
        text: North Korean troops are in Russia
        statements:
        - stance: asserts
          source: {SOURCE_ID}
          line: 4
          content: North Korean troops are in Russia
          quote: Kyiv said North Korean troops are in Russia.
    """
)


def hand_edited(number: int) -> bytes:
    """The ledger as a person saves it: a claim's text changed and a note added.

    Made from the ledger as it was before the command started, as an editor
    holding it open would.
    """
    text = START.replace("A claim a person is about to edit", f"Edited by hand {number}")
    return f"{text}# hand note {number}\n".encode()


def save_in_place(path: Path, data: bytes) -> None:
    """Truncate and rewrite the file itself, in two writes with a pause between."""
    with path.open("r+b") as out:
        out.truncate(0)
        out.write(data[: len(data) // 2])
        out.flush()
        time.sleep(0.002)  # a reader now sees half a ledger
        out.write(data[len(data) // 2 :])


def save_by_rename(path: Path, data: bytes) -> None:
    """Write a new file beside the ledger and rename it over, as most editors do."""
    temp = path.with_name(f".{path.name}.swp")
    temp.write_bytes(data)
    temp.replace(path)


SAVES = (save_in_place, save_by_rename)


@dataclass(frozen=True)
class Command:
    args: Callable[[int], list[str]]
    done: Callable[[Ledger, int], bool]


COMMANDS = {
    "extract": Command(
        args=lambda _: ["extract", "sources/article.txt"],
        done=lambda ledger, _: (
            ledger.source("article") is not None
            and any(s.source == "article" for c in ledger.claims for s in c.statements)
        ),
    ),
    "add": Command(
        args=lambda n: ["add", f"--id=added-{n}", "--", f"Claim {n} added while editing"],
        done=lambda ledger, n: ledger.claim(f"added-{n}") is not None,
    ),
    "merge": Command(
        args=lambda _: ["merge", "fold-a", "fold-b"],
        done=lambda ledger, _: (
            ledger.claim("fold-b") is None and len(ledger.claim("fold-a").statements) == 2
        ),  # type: ignore[union-attr]
    ),
    "rename": Command(
        args=lambda n: ["rename", "fold-b", f"renamed-{n}"],
        done=lambda ledger, n: (
            ledger.claim("fold-b") is None and ledger.claim(f"renamed-{n}") is not None
        ),
    ),
    "drop": Command(
        args=lambda _: ["drop", "fold-b"],
        done=lambda ledger, _: ledger.claim("fold-b") is None and len(ledger.claims) == 2,
    ),
}


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "claims.yaml"


def run_in_thread(args: list[str]) -> tuple[threading.Thread, list[int]]:
    codes: list[int] = []

    def run() -> None:
        try:
            main(args)
        except SystemExit as exited:
            codes.append(exited.code if isinstance(exited.code, int) else 1)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, codes


def saving(
    save: Callable[[Path, bytes], None], edit: bytes, saved: threading.Event
) -> Callable[[Path], None]:
    """A hook that saves `edit` the first time it is called."""

    def hook(path: Path) -> None:
        if not saved.is_set():
            save(path, edit)
            saved.set()

    return hook


def waiting_for(saved: threading.Event) -> Callable[[Path], None]:
    """A hook that holds the command's write until the edit is saved."""

    def hook(_: Path) -> None:
        saved.wait(timeout=10)

    return hook


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_hand_edits_saved_during_a_command_survive_it(
    name: str,
    story: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    command = COMMANDS[name]
    rng = random.Random(name)
    reapplied = 0
    for number in range(ROUNDS):
        story.write_text(START, encoding="utf-8")
        save = SAVES[number % 2]
        edit = hand_edited(number)
        saved = threading.Event()

        if number % 4 < 2:
            # In the window: after the command read and changed the ledger, before it writes.
            monkeypatch.setattr(ledger_module, "_before_final_check", saving(save, edit, saved))
            thread, codes = run_in_thread(["--ledger", str(story), *command.args(number)])
        else:
            # At a random moment of the run; the command writes only once it is saved.
            monkeypatch.setattr(ledger_module, "_before_final_check", waiting_for(saved))
            thread, codes = run_in_thread(["--ledger", str(story), *command.args(number)])
            time.sleep(rng.uniform(0.0, 0.03))
            save(story, edit)
            saved.set()
        thread.join(timeout=60)

        assert codes == [0], capsys.readouterr().err
        ledger = read_ledger(story)
        keep = ledger.claim("keep-me")
        assert keep is not None and keep.text == f"Edited by hand {number}"
        assert story.read_text(encoding="utf-8").endswith(f"# hand note {number}\n")
        assert command.done(ledger, number), story.read_text(encoding="utf-8")
        assert check_ledger(story) == []
        reapplied += "making the changes again" in capsys.readouterr().err
    # Every save in the window was caught, and made the command start over.
    assert reapplied >= ROUNDS // 2


def test_a_half_finished_edit_is_left_alone_and_said_so(
    run, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    story.write_text(START, encoding="utf-8")
    unfinished = START.replace("    text: North Korea sent troops to Russia", "    text: [half")

    def save_unfinished(path: Path) -> None:
        path.write_text(unfinished, encoding="utf-8")

    monkeypatch.setattr(ledger_module, "_before_final_check", save_unfinished)
    started = time.monotonic()
    result = run("--ledger", story, "add", "Another claim")

    assert result.exit_code == 1
    assert "was saved by someone else meanwhile, and it does not validate now" in result.stderr
    assert "It was left as it is and nothing was written." in result.stderr
    assert f"{story}:22:15: YAML syntax error" in result.stderr  # where the edit stops
    assert story.read_text(encoding="utf-8") == unfinished
    assert time.monotonic() - started < 5  # a brief wait, not a hang


def test_a_half_finished_edit_that_is_finished_soon_is_waited_for(
    run, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    story.write_text(START, encoding="utf-8")

    def save_slowly(path: Path) -> None:
        monkeypatch.setattr(ledger_module, "_before_final_check", None)
        path.write_text(START[:300], encoding="utf-8")
        finish = threading.Timer(0.1, lambda: save_by_rename(path, hand_edited(1)))
        finish.start()

    monkeypatch.setattr(ledger_module, "_before_final_check", save_slowly)
    result = run("--ledger", story, "add", "--id=added", "Another claim")

    assert result.exit_code == 0, result.stderr
    ledger = read_ledger(story)
    assert ledger.claim("added") is not None
    assert ledger.claim("keep-me").text == "Edited by hand 1"  # type: ignore[union-attr]


def test_a_ledger_that_keeps_changing_is_not_written(
    run, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    story.write_text(START, encoding="utf-8")
    saves = iter(range(100))

    def save_again(path: Path) -> None:
        save_by_rename(path, hand_edited(next(saves)))

    monkeypatch.setattr(ledger_module, "_before_final_check", save_again)
    result = run("--ledger", story, "add", "--id=added", "Another claim")

    assert result.exit_code == 1
    assert "kept changing on disk" in result.stderr
    assert story.read_bytes() == hand_edited(ledger_module._ATTEMPTS - 1)


def test_edit_ledger_refuses_to_write_over_a_save_it_did_not_see(story: Path) -> None:
    story.write_text(START, encoding="utf-8")
    with pytest.raises(LedgerChanged), edit_ledger(story) as editor:
        editor.add_claim("added", "Another claim")
        save_by_rename(story, hand_edited(7))
    assert story.read_bytes() == hand_edited(7)


def test_update_ledger_makes_the_change_again_on_the_saved_content(story: Path) -> None:
    story.write_text(START, encoding="utf-8")
    seen: list[str] = []
    told: list[str] = []

    def change(editor: ledger_module.LedgerEditor) -> int:
        seen.append(editor.ledger.claim("keep-me").text)  # type: ignore[union-attr]
        editor.add_claim("added", "Another claim")
        if len(seen) == 1:
            save_in_place(story, hand_edited(3))
        return len(seen)

    assert update_ledger(story, change, notify=told.append) == 2
    assert seen == ["A claim a person is about to edit", "Edited by hand 3"]
    assert len(told) == 1 and "making the changes again on the new content" in told[0]
    ledger = read_ledger(story)
    assert ledger.claim("added") is not None
    assert ledger.claim("keep-me").text == "Edited by hand 3"  # type: ignore[union-attr]


def test_an_invalid_ledger_from_the_start_is_refused_at_once(story: Path) -> None:
    story.write_text("version: 1\nclaims: [\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(LedgerInvalid) as raised:
        update_ledger(story, lambda editor: editor.add_claim("a", "b"))
    assert "saved by someone else" not in str(raised.value)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("where", ["first", "middle", "last", "longer", "shorter"])
def test_a_save_is_caught_however_far_into_the_file_it_changed(
    story: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is compared with what the command read a stretch at a time: a
    # change in any stretch, or a file grown or cut short, is a save to keep.
    monkeypatch.setattr(ledger_module, "_COMPARED", 16)
    claims = "".join(f"  filler-{n}:\n    text: A filler claim number {n}\n" for n in range(40))
    story.write_text(f"version: 1\nclaims:\n{claims}", encoding="utf-8")
    read = story.read_bytes()
    saved = {
        "first": read.replace(b"version: 1", b"version: 1 ", 1),
        "middle": read.replace(b"number 20\n", b"number 2O\n"),
        "last": read[:-2] + b"X\n",
        "longer": read + b"  filler-new:\n    text: Saved by hand\n",
        "shorter": read[: read.index(b"  filler-39:")],
    }[where]

    def change(editor: ledger_module.LedgerEditor) -> None:
        editor.add_claim("added", "Another claim")
        if editor.ledger.claim("added-by-hand") is None and story.read_bytes() == read:
            save_in_place(story, saved)

    update_ledger(story, change)
    written = story.read_bytes()
    assert written.startswith(saved) or saved.rstrip(b"\n") in written
    assert read_ledger(story).claim("added") is not None
