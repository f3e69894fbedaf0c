"""Reading a ledger block by block: after any hand edit, exactly the whole parse's answer."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from claimtrack import _blocks, _yaml
from claimtrack.errors import LedgerInvalid
from claimtrack.ledger import _ledger_text, check_ledger, read_ledger
from claimtrack.model import Ledger

# A ledger with what people write by hand: comments everywhere (one above a
# claim), blank lines, block scalars of both kinds, a flow list, quoted and
# YAML-ambiguous ids, a multi-line quoted text and a plain text over two lines.
LEDGER = """\
# claimtrack ledger: edit freely; `claimtrack check` validates it.
version: 1
parties:
  United States:
    # named in the seeds without a country
    aliases: [Jake Sullivan, National Security Adviser Jake Sullivan]
  Russia:
    kind: state
sources:
  '1121_784e924015583485':
    path: sources/a.txt
    title: >-
      A folded title that runs over
      two lines of the file
    sha256: abc
    extracted: [7cc4bdb6:fa6b, 173b47f7:bcff]
  b-source:   # a comment after a key
    path: sources/b.txt
    sha256: 'def'
    copy_of: '1121_784e924015583485'

claims:
  # checked by hand against all five articles
  nk-troops:
    text: North Korea has deployed troops to Russia
    statements:
    - party: United States
      stance: asserts
      speaker: The US State Department
      cue: accused
      source: '1121_784e924015583485'
      line: 3
      content: North Korea has deployed troops
      quote: |
        The US State Department accused Pyongyang:
          North Korea has deployed troops.
    - party: Russia
      stance: denies
      source: b-source
      line: 7
      content: "a text in double quotes,
        over two lines"
      quote: a plain quote that goes on
        over a second line

  '1e5':
    text: An id that reads as a number when written plain
    statements: []
  nk-shells:
    text: 'North Korea supplies shells: # not a comment'
    statements:
    - {party: Russia, stance: disputes, source: b-source, line: 9, content: shells, quote: Q}
settings:
  threshold: 70
"""


def _fresh(text: str, path: Path) -> tuple[Ledger | None, list[str]]:
    ledger, problems = _yaml.parse_ledger(text, str(path))
    return ledger, [str(problem) for problem in problems]


def _read(path: Path) -> tuple[Ledger | None, list[str]]:
    try:
        return read_ledger(path), []
    except LedgerInvalid as error:
        return None, [str(problem) for problem in error.problems]


def _positions(ledger: Ledger) -> list[object]:
    return [
        (claim.id, claim.position, [statement.position for statement in claim.statements])
        for claim in ledger.claims
    ]


def _same_as_fresh(path: Path) -> None:
    """What the cached read gives equals a fresh, uncached parse of the file, positions too."""
    text = _ledger_text(path.read_bytes())  # as the whole parse reads it: no BOM, LF
    expected, expected_problems = _fresh(text, path)
    got, problems = _read(path)
    assert problems == expected_problems
    assert got == expected
    if expected is not None and got is not None:
        assert _positions(got) == _positions(expected)
        assert got.sources == expected.sources and got.parties == expected.parties
        assert got.settings == expected.settings and got.cues == expected.cues


def _write_keeping_stat(path: Path, text: str) -> None:
    """Write as an editor might within the same second: same mtime, maybe the same size."""
    before = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _after_claims(rng: random.Random, lines: list[str]) -> int:
    """The line after `claims:`, or any line once an edit has broken that one."""
    return lines.index("claims:") + 1 if "claims:" in lines else rng.randrange(len(lines))


def _edit(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    kind = rng.choice(
        [
            "retext",
            "comment",
            "delete-statement",
            "insert-claim",
            "duplicate-claim",
            "break",
            "tab",
            "anchor",
            "unknown-source",
            "indent",
            "blank",
        ]
    )
    if kind == "retext":  # same size: one character changed inside a text
        candidates = [i for i, line in enumerate(lines) if "text: " in line or "content: " in line]
        i = rng.choice(candidates)
        at = len(lines[i]) - 1
        lines[i] = lines[i][:at] + rng.choice("xyz") + lines[i][at + 1 :]
    elif kind == "comment":
        i = rng.randrange(len(lines))
        lines.insert(i, " " * rng.choice([0, 2, 4]) + "# a comment added by hand")
    elif kind == "delete-statement":
        starts = [i for i, line in enumerate(lines) if line.startswith("    - ")]
        if starts:
            i = rng.choice(starts)
            end = i + 1
            while end < len(lines) and lines[end].startswith("      "):
                end += 1
            del lines[i:end]
    elif kind == "insert-claim":
        i = _after_claims(rng, lines)
        number = rng.randrange(10_000)
        lines[i:i] = [f"  added-{number}:", f"    text: Claim number {number}"]
    elif kind == "duplicate-claim":
        i = _after_claims(rng, lines)
        lines[i:i] = ["  nk-shells:", "    text: the same id twice"]
    elif kind == "break":
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + " : [unclosed"
    elif kind == "tab":
        i = rng.randrange(len(lines))
        lines[i] = "\t" + lines[i]
    elif kind == "anchor":
        i = _after_claims(rng, lines)
        lines[i:i] = ["  anchored:", "    text: &shared a text", "  aliased:", "    text: *shared"]
    elif kind == "unknown-source":
        candidates = [i for i, line in enumerate(lines) if "source: b-source" in line]
        if candidates:
            i = rng.choice(candidates)
            lines[i] = lines[i].replace("b-source", "nowhere")
    elif kind == "indent":  # the claims section at another indentation
        try:
            start = lines.index("claims:") + 1
        except ValueError:
            return "\n".join(lines)
        end = start
        while end < len(lines) and (not lines[end] or lines[end][0] in " #"):
            lines[end] = "  " + lines[end] if lines[end] else lines[end]
            end += 1
    else:
        lines.insert(rng.randrange(len(lines)), "")
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(12))
def test_random_hand_edits_read_as_a_fresh_parse(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    _same_as_fresh(path)
    text = LEDGER
    for _ in range(25):
        if rng.random() < 0.3:
            text = LEDGER  # back to a valid ledger: a broken one fixed
        edited = _edit(rng, text)
        _write_keeping_stat(path, edited)
        _same_as_fresh(path)
        text = edited
    assert check_ledger(path) == list(_yaml.parse_ledger(text, str(path), notes=True)[1])


def test_a_same_size_edit_with_the_same_mtime_is_never_missed(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    assert read_ledger(path).claims[0].text == "North Korea has deployed troops to Russia"
    for replacement in ("Norta", "Nortb", "North"):
        _write_keeping_stat(path, LEDGER.replace("North Korea has", f"{replacement} Korea has", 1))
        assert read_ledger(path).claims[0].text.startswith(f"{replacement} Korea has")
        _same_as_fresh(path)


def test_only_the_edited_block_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = "".join(
        f"  claim-{n}:\n    text: Claim number {n}\n    statements: []\n" for n in range(200)
    )
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER.replace("claims:\n", "claims:\n" + claims, 1), encoding="utf-8")
    read_ledger(path)  # cold: one whole parse, each block remembered
    parsed: list[str] = []
    real = _blocks.read_entry

    def counting(section: str, block: str) -> object:
        parsed.append(block)
        return real(section, block)

    monkeypatch.setattr(_blocks, "read_entry", counting)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "# a comment on top moves every line\n"
        + text.replace("Claim number 17\n", "Claim number 17, edited\n"),
        encoding="utf-8",
    )
    ledger = read_ledger(path)
    assert parsed == ["  claim-17:\n    text: Claim number 17, edited\n    statements: []\n"]
    assert ledger.claim("claim-17") is not None
    _same_as_fresh(path)


def test_a_write_after_a_hand_edit_composes_no_node_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import ledger as ledger_module
    from claimtrack.ledger import update_ledger

    claims = "".join(
        f"  claim-{n}:\n    text: Claim number {n}\n    statements: []\n" for n in range(200)
    )
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER.replace("claims:\n", "claims:\n" + claims, 1), encoding="utf-8")
    read_ledger(path)  # cold: one whole parse, each block remembered
    edited = "# a comment on top moves every line\n" + path.read_text(encoding="utf-8").replace(
        "Claim number 17\n", "Claim number 17, edited by hand\n"
    )
    path.write_text(edited, encoding="utf-8")

    def whole_parse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the whole text was parsed")

    # Only the edited block is read again, and only the renamed claim is composed.
    monkeypatch.setattr(ledger_module, "_parse_nodes", whole_parse)
    update_ledger(path, lambda editor: editor.rename_claim("claim-40", "claim-forty"))
    assert path.read_text(encoding="utf-8") == edited.replace("  claim-40:\n", "  claim-forty:\n")
    monkeypatch.undo()
    _same_as_fresh(path)


def _writes_after_a_hand_edit(tmp_path: Path, name: str, *, listed: bool) -> list[str]:
    """The texts left by writes each made right after a hand edit (or after the `list`
    that follows one, in a new process), on a ledger with comments, a quoted id and
    a comment above a claim."""
    from claimtrack import cache
    from claimtrack.ledger import update_ledger
    from claimtrack.model import Stance, Statement

    claims = "".join(
        f"  claim-{n}:\n    text: Claim number {n}\n    statements: []\n" for n in range(60)
    )
    path = tmp_path / name
    path.write_text(LEDGER.replace("claims:\n", "claims:\n" + claims, 1), encoding="utf-8")
    read_ledger(path)  # cold: one whole parse, each block remembered
    said = Statement(
        stance=Stance.ASSERTS, quote="Q", content="c", source="b-source", line=2, party="Russia"
    )
    writes = [
        lambda editor: editor.rename_claim("claim-40", "claim-forty"),
        lambda editor: editor.add_claim("claim-new", "A claim added after an edit"),
        lambda editor: editor.merge_claims("claim-3", ["claim-50"]),
        lambda editor: editor.drop_claim("nk-troops"),
        lambda editor: editor.retext_claim("1e5", "A new text for a quoted id"),
        lambda editor: editor.add_statement("claim-7", said),
    ]
    texts = []
    for number, write in enumerate(writes):
        text = path.read_text(encoding="utf-8")
        edited = text.replace(f"Claim number {number + 10}\n", f"Claim number {number + 10}!\n")
        path.write_text("# edited by hand\n" + edited, encoding="utf-8")
        if listed:
            read_ledger(path)
            cache._loaded.clear()  # then a new process writes, from the cache
            cache._parts_read.clear()
            cache._layouts.clear()
        update_ledger(path, write)
        texts.append(path.read_text(encoding="utf-8"))
        _same_as_fresh(path)
    return texts


@pytest.mark.parametrize("listed", [False, True])
def test_a_write_after_a_hand_edit_finds_the_claims_where_the_read_found_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listed: bool
) -> None:
    from claimtrack import _splice, cache

    # Without the places the read found, each claim's key line is searched for.
    with monkeypatch.context() as searched:
        searched.setattr(cache, "remember_layout", lambda ledger, layout: None)
        expected = _writes_after_a_hand_edit(tmp_path, "searched.yaml", listed=listed)

    def search(*args: object) -> object:
        raise AssertionError("the claims' key lines were searched for")

    monkeypatch.setattr(_splice, "_key_lines", search)
    assert _writes_after_a_hand_edit(tmp_path, "claims.yaml", listed=listed) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a double-quoted text whose second line looks like the next claim
        'version: 1\nclaims:\n  a:\n    text: "one\n  b: two"\n',
        # a flow list cut by what looks like a key
        "version: 1\nclaims:\n  a:\n    text: x\n    statements: [\n  b: 1]\n",
        # a complex key at the entries' indentation
        "version: 1\nclaims:\n  ? a\n  : text: x\n",
        # two documents
        "version: 1\nclaims:\n  a:\n    text: x\n---\nversion: 1\n",
        # a section twice
        "version: 1\nclaims:\n  a:\n    text: x\nclaims:\n  b:\n    text: y\n",
        # entries less indented than the first
        "version: 1\nclaims:\n    a:\n      text: x\n  b:\n    text: y\n",
        # a comment glued to a block scalar's header
        "version: 1\nclaims:\n  a:\n    text: >-#c\n      x\n",
        # characters YAML 1.1 counts as line breaks, in a text and in a dropped comment
        "version: 1\nclaims:\n  a:\n    text: x\u2028y\n  b:\n    text: z\n",
        "version: 1\nclaims:\n  # a\x85comment\n  a:\n    text: x\n",
        "version: 1\nclaims:\n  a:\n    text: x\ufeff\n",
        # document markers and a directive
        "version: 1\nclaims:\n  a:\n    text: x\n...\n",
        "%YAML 1.1\n---\nversion: 1\nclaims:\n  a:\n    text: x\n",
        "version: 1\nclaims:\n  a:\n    text: x\n...\n---\nclaims:\n  b:\n    text: y\n",
        # a tab, a vertical tab or a form feed at column 0, in a section and before one
        "version: 1\nclaims:\n  a:\n    text: x\n\t\n  b:\n    text: y\n",
        "version: 1\n\x0b\nclaims:\n  a:\n    text: x\n",
        "version: 1\nclaims:\n  a:\n    text: x\n\x0c  b:\n    text: y\n",
        # line ends of another kind, and a BOM
        "version: 1\r\nclaims:\r\n  a:\r\n    text: x\r\n",
        "\ufeffversion: 1\nclaims:\n  a:\n    text: x\n",
    ],
)
def test_uncertain_splits_give_the_whole_parse(tmp_path: Path, text: str) -> None:
    path = tmp_path / "claims.yaml"
    for _ in range(2):  # cold, then with whatever the first read remembered
        path.write_text(text, encoding="utf-8")
        _same_as_fresh(path)


def test_the_split_keeps_every_line_where_it_was() -> None:
    cut = _blocks.split(LEDGER.encode())
    assert cut is not None
    lines = LEDGER.split("\n")
    assert len(cut.skeleton.split(b"\n")) == len(lines)
    for blocks in cut.blocks.values():
        for block in blocks:
            first = block.text.split("\n")[0]
            assert lines[block.line] == first
    assert [b.text.split(":")[0].strip() for b in cut.blocks["claims"]] == [
        "nk-troops",
        "'1e5'",
        "nk-shells",
    ]
    assert _blocks.split(LEDGER.replace("text: An id", "text: &a An id").encode()) is None
    assert _blocks.split(LEDGER.replace("\n", "\r\n").encode()) is None


def test_entries_are_cut_only_at_lines_at_their_indentation() -> None:
    text = (
        "version: 1\nclaims:\n  first:\n    text: one line\n   and a deeper one\n"
        "  # a comment at the entries' indentation\n  second:\n    text: two\n"
    )
    cut = _blocks.split(text.encode())
    assert cut is not None
    assert [bytes(block.data) for block in cut.blocks["claims"]] == [
        b"  first:\n    text: one line\n   and a deeper one\n"
        b"  # a comment at the entries' indentation\n",
        b"  second:\n    text: two\n",
    ]
    assert [block.line for block in cut.blocks["claims"]] == [2, 6]
    # A line indented less than the entries (but not at the top) is no cut the
    # split is certain of: the whole parse reads the ledger.
    assert _blocks.split(text.replace("   and a", " and a").encode()) is None


def test_sections_indented_by_two_or_four_spaces_are_cut_at_their_own_entries() -> None:
    # The lines indented by two spaces or fewer are found once for the whole text;
    # a section indented otherwise is cut at its own indentation.
    text = (
        "version: 1\nparties:\n    Russia:\n      kind: state\n  # a comment\n"
        "    Ukraine: {}\nsources:\n  s:\n    path: a.txt\n    sha256: x\n"
        "claims:\n  first:\n    text: one\n  second:\n    text: two\n   and more\n"
    )
    cut = _blocks.split(text.encode())
    assert cut is not None
    assert {section: [bytes(b.data) for b in blocks] for section, blocks in cut.blocks.items()} == {
        "parties": [b"    Russia:\n      kind: state\n  # a comment\n", b"    Ukraine: {}\n"],
        "sources": [b"  s:\n    path: a.txt\n    sha256: x\n"],
        "claims": [b"  first:\n    text: one\n", b"  second:\n    text: two\n   and more\n"],
    }
    assert [b.line for blocks in cut.blocks.values() for b in blocks] == [2, 5, 7, 11, 13]
    assert cut.tops == [0, 11, 80, 124]
    # A line of a section indented by two less than its entries is no cut: not certain.
    assert _blocks.split(text.replace("    Ukraine", "  Ukraine").encode()) is None
