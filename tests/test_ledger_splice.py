"""Writes splice: random commands interleaved with hand edits keep every hand edit and
comment, change nothing else, and what they report is what a fresh read of the file gives."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

import pytest
import yaml

from claimtrack import ledger as ledger_module
from claimtrack import pipeline
from claimtrack._index_store import index_state
from claimtrack.errors import NotFoundError
from claimtrack.ledger import (
    ClaimIdTaken,
    LedgerEditor,
    edit_ledger,
    read_ledger,
    update_ledger,
)
from claimtrack.model import Claim, Ledger, Stance, Statement

EXAMPLE = Path(__file__).resolve().parent / "example" / "claims.yaml"
SOURCE = "000_66f99498a4238889"
SPEAKERS = ["The Kremlin", "Jake Sullivan", "Pyongyang", "Beijing", "Seoul", "Kyiv"]
CUES = ["said", "denied", "claimed", "rejected reports", "confirmed"]
TOPICS = [
    "North Korea has sent troops to Russia",
    "China supplies drones to Russia",
    "Ukraine struck a depot in Kursk",
    "Russia pays North Korea in oil",
    "Seoul will send weapons to Kyiv",
    "1e5",
    "yes",
]


def _layout_checked(path: Path) -> bool:
    """Whether the cache holds a layout of the ledger's bytes, which is then the one
    found by searching them (its lines at column 0, each claim's key line)."""
    from claimtrack import _splice, cache

    data = path.read_bytes()
    warm = cache.load_cached(path, cache.digest_of(data))
    layout = cache.layout_of(warm) if warm is not None else None
    if warm is None or layout is None:
        return False
    tops = _splice._tops_of(data)
    assert layout[0] == tops
    spots = [(c.position.line, c.position.column) for c in warm.claims if c.position]
    start = next(at for at, _, name in tops if name == "claims")
    assert layout[1] == _splice._key_lines(data, warm.claims, spots, start)
    return True


def _fresh(path: Path) -> Ledger:
    """The ledger as the strict reader reads the file, no cache involved."""
    ledger, problems = ledger_module._parse(path.read_bytes(), path)
    assert ledger is not None, problems
    return ledger


def _assert_settled_as_marked(path: Path) -> None:
    """What the cache says is settled, a fresh read finds settled: every statement a
    fresh read would decide again is in a claim the settled mark names. Else the
    next `extract` would write one ledger with this cache and another without it."""
    from claimtrack import cache

    unsettled = cache.known_settled(path, cache.digest_of(path.read_bytes()))
    if unsettled is None:
        return  # not known: the next settling reads the whole ledger
    ledger = _fresh(path)
    settled = pipeline.settle_stances(ledger)
    moved = {
        claim.id
        for claim in ledger.claims
        for statement in claim.statements
        if statement in settled.get(statement.source, {})
    }
    assert moved <= unsettled


def _comments(text: str) -> list[str]:
    return re.findall(r"# (?:hand|above|eol)-\d+", text)


def _claim_lines(text: str) -> dict[str, int]:
    """Each claim's key line (0-based), from the parser's marks."""
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    claims = {k.value: v for k, v in root.value}["claims"]
    if not isinstance(claims, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line for k, _ in claims.value}


def _statement(rng: random.Random, n: int) -> Statement:
    topic = rng.choice(TOPICS)
    speaker = rng.choice(SPEAKERS)
    cue = rng.choice(CUES)
    quote = f"{speaker} {cue} that {topic}, according to report {n}." + (
        " It added more words so that the quote runs past the fold width." * rng.randint(0, 2)
    )
    return Statement(
        stance=rng.choice(list(Stance)),
        quote=quote,
        content=topic,
        source=SOURCE,
        line=rng.randint(1, 20),
        party=rng.choice([None, "Russia", "United States", "1e5"]),
        speaker=speaker,
        cue=cue,
    )


class _Hand:
    """Hand edits and what each must still look like after every command."""

    def __init__(self) -> None:
        self.count = 0
        # comment -> the claim it belongs to (None: the file's own, never goes)
        self.owners: dict[str, str | None] = {}
        # claim -> the hand-formatted line of its text
        self.texts: dict[str, str] = {}

    def edit(self, rng: random.Random, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        claims = _claim_lines(text)
        self.count += 1
        n = self.count
        kind = rng.choice(["closing", "above", "eol", "reformat", "blank"])
        if not claims or kind == "closing":
            lines.append(f"# hand-{n}\n")
            self.owners[f"# hand-{n}"] = None
        elif kind == "above":
            claim, at = rng.choice(sorted(claims.items()))
            column = len(lines[at]) - len(lines[at].lstrip(" "))
            lines.insert(at, " " * column + f"# above-{n}\n")
            self.owners[f"# above-{n}"] = claim
        elif kind == "eol":
            claim, at = rng.choice(sorted(claims.items()))
            if "#" in lines[at]:
                return
            lines[at] = lines[at].rstrip("\n") + f"   # eol-{n}\n"
            self.owners[f"# eol-{n}"] = claim
        elif kind == "reformat":
            claim = rng.choice(sorted(claims))
            found = read_ledger(path).claim(claim)
            assert found is not None
            root = yaml.compose(text, Loader=yaml.CSafeLoader)
            section = {k.value: v for k, v in root.value}["claims"]
            node = next(v for k, v in section.value if k.value == claim)
            value = next(v for k, v in node.value if k.value == "text")
            written = json.dumps(found.text, ensure_ascii=False)
            text = text[: value.start_mark.index] + written + text[value.end_mark.index :]
            if value.style in (">", "|"):
                text = (
                    text[: value.start_mark.index + len(written)]
                    + "\n"
                    + text[value.start_mark.index + len(written) :].lstrip(" ")
                )
            path.write_text(text, encoding="utf-8")
            self.texts[claim] = f"text: {written}"
            return
        else:
            claim, at = rng.choice(sorted(claims.items()))
            lines.insert(at + 1, "\n")
        path.write_text("".join(lines), encoding="utf-8")

    def renamed(self, old: str, new: str) -> None:
        self.owners = {c: (new if o == old else o) for c, o in self.owners.items()}
        if old in self.texts:
            self.texts[new] = self.texts.pop(old)

    def merged(self, other: str, target: str) -> None:
        """The whole-line comments above a claim merged away move with its statements;
        one at the end of its key's line goes with the key."""
        self.owners = {
            c: (target if o == other and c.startswith("# above-") else o)
            for c, o in self.owners.items()
        }

    def gone(self, claim: str) -> None:
        self.owners = {c: o for c, o in self.owners.items() if o != claim}
        self.texts.pop(claim, None)

    def check(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        assert sorted(_comments(text)) == sorted(self.owners), "a comment was lost or repeated"
        for line in self.texts.values():
            assert line in text, f"a hand-formatted text was rewritten: {line}"


def _run(rng: random.Random, path: Path, hand: _Hand, folder: Path, step: int) -> None:
    before = _fresh(path)
    ids = [claim.id for claim in before.claims]
    command = rng.choice(["add", "add", "extract", "merge", "rename", "drop", "stance"])
    if command == "add" or len(ids) < 3:
        new_id = f"claim-{step}" if rng.random() < 0.8 else f"{step}e5"
        statements = [_statement(rng, step * 10 + i) for i in range(rng.randint(0, 3))]
        target = rng.choice([None, *ids])

        def add(editor: LedgerEditor) -> None:
            if target is None:
                editor.add_claim(new_id, rng.choice(TOPICS) + f" ({step})")
            for statement in statements:
                editor.add_statement(target or new_id, statement)

        update_ledger(path, add)
        after = _fresh(path)
        claim = after.claim(target or new_id)
        assert claim is not None
        assert claim.statements[len(claim.statements) - len(statements) :] == tuple(statements)
        assert len(after.claims) == len(before.claims) + (target is None)
    elif command == "extract":
        article = folder / f"article-{step}.txt"
        article.write_text(
            "\n".join(
                f"{rng.choice(SPEAKERS)} {rng.choice(CUES)} that {rng.choice(TOPICS[:5])}."
                for _ in range(rng.randint(1, 3))
            )
            + f"\nReport number {step}.\n",
            encoding="utf-8",
        )
        summary = pipeline.ingest(path, [article])
        after = _fresh(path)
        count = sum(len(c.statements) for c in after.claims)
        assert count == sum(len(c.statements) for c in before.claims) + summary.statements_added
        assert len(after.claims) == len(before.claims) + summary.claims_created
    elif command == "merge":
        target, *others = rng.sample(ids, rng.randint(2, 3))
        settle = rng.random() < 0.5  # as `claimtrack merge` does
        with edit_ledger(path) as editor:
            moved = editor.merge_claims(target, others)
            if settle:
                pipeline.settle_moved(editor, {target})
        after = _fresh(path)
        kept = [c for c in before.claims if c.id not in others]
        assert [c.id for c in after.claims] == [c.id for c in kept]
        claim = after.claim(target)
        merged = [s for i in (target, *others) for s in before.claim(i).statements]  # type: ignore[union-attr]
        assert claim is not None
        if settle:  # stances decided again against the claim kept, nothing else
            pairs = zip(merged, claim.statements, strict=True)
            merged = [dataclasses.replace(s, stance=t.stance) for s, t in pairs]
        assert list(claim.statements) == merged
        assert moved == len(merged) - len(before.claim(target).statements)  # type: ignore[union-attr]
        for other in others:
            if before.claim(other).statements:  # type: ignore[union-attr]
                hand.merged(other, target)  # its notes go with its statements
            hand.gone(other)
    elif command == "rename":
        old = rng.choice(ids)
        new = f"renamed-{step}"
        update_ledger(path, lambda editor: pipeline.rename_claim(editor, old, new))
        after = _fresh(path)
        assert [c.id for c in after.claims] == [new if i == old else i for i in ids]
        hand.renamed(old, new)
    elif command == "drop":
        victim = rng.choice(ids)
        removed = update_ledger(path, lambda editor: pipeline.drop_claim(editor, victim))
        after = _fresh(path)
        assert [c.id for c in after.claims] == [i for i in ids if i != victim]
        assert removed == len(before.claim(victim).statements)  # type: ignore[union-attr]
        hand.gone(victim)
    else:
        statements = [s for c in before.claims for s in c.statements]
        if not statements:
            return
        chosen = rng.choice(statements)
        stance = rng.choice([s for s in Stance if s is not chosen.stance])
        fixed = dataclasses.replace(chosen, stance=stance)
        if rng.random() < 0.5:  # as re-extraction does when an article's wording changed
            quote = chosen.quote + " It went on, at length, to say much the same again." * 2
            fixed = dataclasses.replace(fixed, quote=quote, party=None, line=chosen.line + 1)

        def fix(editor: LedgerEditor) -> int:
            return editor.update_statements(chosen.source, lambda s: fixed if s == chosen else None)

        changed = update_ledger(path, fix)
        after = _fresh(path)
        assert changed == sum(s == chosen for s in statements)
        assert sum(s == fixed for c in after.claims for s in c.statements) >= changed
    # The writer left the cache warm with exactly what a fresh read gives.
    _layout_checked(path)
    assert read_ledger(path) == after == _fresh(path)
    _assert_settled_as_marked(path)
    # And the claim index taken from the cache is the one built afresh.
    resolver = pipeline._resolver(after.parties)
    fresh = pipeline._fresh_index([(c.id, pipeline._texts_of(c)) for c in after.claims], resolver)
    kept = pipeline.build_index(read_ledger(path), resolver)
    assert index_state(kept) == index_state(fresh)


@pytest.mark.parametrize("seed", range(6))
def test_random_commands_and_hand_edits_keep_every_hand_edit(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_INDEX_KEPT_FROM", 0)  # the claim index kept, however small
    rng = random.Random(seed)
    path = tmp_path / "claims.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    hand = _Hand()
    # The title an older writer wrapped over two lines stays as it was.
    wrapped = "    title: US President Joe Biden expressed concern about reports that North"
    for step in range(24):
        if rng.random() < 0.5:
            hand.edit(rng, path)
        _run(rng, path, hand, sources, step)
        hand.check(path)
        assert wrapped in path.read_text(encoding="utf-8")


def test_a_write_changes_only_the_lines_it_must(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    statement = _statement(random.Random(3), 1)

    update_ledger(path, lambda editor: editor.add_statement("nk-shells-for-russia", statement))

    after = path.read_text(encoding="utf-8")
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    head = next(i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    assert old[:head] == new[:head] and old[head:] == new[len(new) - (len(old) - head) :]
    added = "".join(new[head : len(new) - (len(old) - head)])
    assert added.startswith("    - party: ") and statement.quote[:40] in added


def test_a_write_leaves_the_cache_warm_for_what_it_wrote(tmp_path: Path) -> None:
    from claimtrack import cache

    path = tmp_path / "claims.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    update_ledger(path, lambda editor: editor.add_claim("nk-workers", "North Korea sends workers"))
    warm = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert warm is not None and warm == _fresh(path)
    assert warm.claims[-1].position == _fresh(path).claims[-1].position


def test_a_claim_written_in_flow_style_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(
        "version: 1\nsources:\n  s1: {path: sources/s1.txt, sha256: 3b1f}\n"
        "claims:\n  a: {text: One, statements: []}\n",
        encoding="utf-8",
    )
    before = path.read_bytes()
    statement = dataclasses.replace(_statement(random.Random(1), 1), source="s1")
    with pytest.raises(ledger_module.LedgerInvalid) as raised:
        update_ledger(path, lambda editor: editor.add_statement("a", statement))
    (problem,) = raised.value.problems
    assert (problem.line, problem.column) == (5, 6) and "block style" in problem.message
    assert path.read_bytes() == before
    # What needs no change there is written as usual.
    update_ledger(path, lambda editor: editor.add_claim("b", "Two"))
    assert [c.id for c in _fresh(path).claims] == ["a", "b"]


WIDE_LEDGER = """\
# Un registre écrit à la main — “avec des guillemets” 😀
version: 1
parties:
  Türkiye:
    aliases: [Ankara, Außenministerium]
sources:
  s-café:
    path: sources/s-café.txt
    title: Ein Bericht über Größe und Maß — 北京 says 😀 nothing
    sha256: 3b1f
claims:
  # Über diesen Anspruch: ✓
  déjà-vu:
    text: Ankara a démenti l’accord 🙂 signé à Genève
    statements:
    - party: Türkiye
      stance: denies
      speaker: Außenministerium
      cue: démenti
      source: s-café
      line: 2
      content: l’accord n’a jamais été signé
      quote: « L’accord n’a jamais été signé », a démenti Außenministerium. 🙃
  plain-one:
    text: A plain claim in plain words
    statements:
    - party: Türkiye
      stance: asserts
      speaker: Ankara
      cue: said
      source: s-café
      line: 3
      content: the talks went well
      quote: Ankara said the talks went well.   # ein Kommentar ✓
  中文-claim:
    text: 北京否认了这份报告 and a long tail of words that runs past the fold of the line, 🎻🎺
"""


def _wide_statement(n: int) -> Statement:
    return Statement(
        stance=Stance.DISPUTES,
        quote=f"Ankara a mis en doute « le rapport n°{n} » 😬, qui reste à vérifier — dit-on.",
        content=f"le rapport n°{n} est exact",
        source="s-café",
        line=n,
        party="Türkiye",
        speaker="Ankara",
        cue="a mis en doute",
    )


def test_writes_by_parts_on_the_bytes_give_what_the_whole_text_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import _splice

    by_bytes, whole = tmp_path / "a" / "claims.yaml", tmp_path / "b" / "claims.yaml"
    for path in (by_bytes, whole):
        path.parent.mkdir()
        path.write_text(WIDE_LEDGER, encoding="utf-8")
        read_ledger(path)  # the cache knows it: a write composes only its parts
    by_parts = _splice.Index.by_parts

    def spy(text: bytes, ledger: Ledger, **rest: object) -> _splice.Index | None:
        index = by_parts(text, ledger, **rest)  # type: ignore[arg-type]
        spied.append(index is not None and isinstance(index.text, bytes))
        return index

    spied: list[bool] = []
    laid_out: list[bool] = []
    edits = [
        lambda e: e.add_statement("déjà-vu", _wide_statement(1)),
        lambda e: e.rename_claim("déjà-vu", "déjà-vu-😀"),
        lambda e: e.add_claim("ça-va", "Ça va « très bien » à Zürich 😎"),
        lambda e: e.add_statement("中文-claim", _wide_statement(2)),
        lambda e: e.merge_claims("中文-claim", ["déjà-vu-😀"]),
        lambda e: e.update_statements(
            "s-café", lambda s: dataclasses.replace(s, stance=Stance.ASSERTS)
        ),
        lambda e: pipeline.drop_claim(e, "plain-one"),
    ]
    for edit in edits:
        monkeypatch.setattr(_splice.Index, "by_parts", staticmethod(spy))
        update_ledger(by_bytes, edit)
        monkeypatch.setattr(_splice.Index, "by_parts", staticmethod(lambda *a, **k: None))
        update_ledger(whole, edit)
        assert by_bytes.read_bytes() == whole.read_bytes()
        laid_out.append(_layout_checked(by_bytes))
        assert read_ledger(by_bytes) == _fresh(by_bytes)
        assert _fresh(by_bytes).claims == _fresh(whole).claims
    assert spied and all(spied), "every write went by the bytes"
    assert sum(laid_out) >= 4, "most writes left the layout of what they wrote"
    text = by_bytes.read_text(encoding="utf-8")
    assert text.startswith("# Un registre écrit à la main — “avec des guillemets” 😀\n")
    assert "déjà-vu-😀:" not in text and "Ça va « très bien » à Zürich 😎" in text
    assert text.count("« L’accord n’a jamais été signé »") == 1  # moved, not copied


def _places(ledger: Ledger) -> list[object]:
    return [
        (claim.id, claim.position, [statement.position for statement in claim.statements])
        for claim in ledger.claims
    ]


def test_a_write_by_parts_places_every_claim_on_the_line_a_fresh_read_gives(
    tmp_path: Path,
) -> None:
    from claimtrack import cache

    path = tmp_path / "claims.yaml"
    head = "version: 1\nsources:\n" + "".join(
        f"  harbour-{n}:\n    path: sources/harbour-{n}.txt\n    sha256: a{n}\n"
        "    # a note kept by hand\n"
        for n in range(40)
    )
    claims = "".join(
        f"  # about the ferry, number {n}\n  ferry-{n}:\n"
        f"    text: The ferry number {n} sailed late\n"
        "    statements:\n    - party: Harbour board\n      stance: asserts\n"
        "      speaker: the harbour master\n      cue: said\n"
        f"      source: harbour-{n}\n      line: {n + 1}\n"
        f"      content: ferry number {n} sailed late\n"
        f"      quote: The harbour master said ferry number {n} sailed late.\n"
        for n in range(40)
    )
    path.write_text(head + "claims:\n" + claims, encoding="utf-8")
    read_ledger(path)  # the cache knows it: writes go by parts
    statement = Statement(
        stance=Stance.DENIES,
        quote="The ferry company said\nnothing was late at all.",
        content="nothing was late",
        source="harbour-3",
        line=7,
        party="Ferry company",
        speaker="The ferry company",
        cue="said",
    )
    laid_out: list[bool] = []
    edits = [
        lambda e: e.add_statement("ferry-5", statement),
        lambda e: e.add_statement("ferry-0", statement),
        lambda e: e.merge_claims("ferry-30", ["ferry-2", "ferry-31"]),
        lambda e: pipeline.drop_claim(e, "ferry-12"),
        lambda e: e.rename_claim("ferry-20", "the-late-ferry"),
        lambda e: e.add_claim("ferry-new", "A new ferry sails at dawn"),
        lambda e: e.update_statements(
            "harbour-3", lambda s: dataclasses.replace(s, stance=Stance.DISPUTES)
        ),
    ]
    for edit in edits:
        update_ledger(path, edit)
        laid_out.append(_layout_checked(path))
        warm = cache.load_cached(path, cache.digest_of(path.read_bytes()))
        assert warm is not None
        assert _places(warm) == _places(_fresh(path))
    # Each write read again by its parts (not whole) stored the layout of its bytes.
    assert sum(laid_out) >= 5


def _harbour_ledger(path: Path, claims: int) -> None:
    head = "version: 1\nsources:\n" + "".join(
        f"  harbour-{n}:\n    path: sources/harbour-{n}.txt\n    sha256: a{n}\n"
        for n in range(claims)
    )
    body = "".join(
        f"  ferry-{n}:\n    text: The ferry number {n} sailed late\n"
        "    statements:\n    - party: Harbour board\n      stance: asserts\n"
        "      speaker: the harbour master\n      cue: said\n"
        f"      source: harbour-{n}\n      line: {n + 1}\n"
        f"      content: ferry number {n} sailed late\n"
        f"      quote: The harbour master said ferry number {n} sailed late.\n"
        for n in range(claims)
    )
    path.write_text(head + "claims:\n" + body, encoding="utf-8")


def test_a_write_adding_sources_reads_them_alone_and_builds_no_other_claim(
    tmp_path: Path,
) -> None:
    from claimtrack.model import Source

    path = tmp_path / "claims.yaml"
    _harbour_ledger(path, 30)
    read_ledger(path)  # the cache knows it: writes go by parts
    pier = Source(id="pier-log", path="sources/pier.txt", sha256="b1", title="Pier: a log")
    copy = Source(id="pier-copy", path="sources/pier-2.txt", sha256="b2", copy_of="pier-log")
    statement = Statement(
        stance=Stance.DENIES,
        quote="The pier master said no ferry was late.",
        content="no ferry was late",
        source="pier-log",
        line=1,
        party="Pier",
        speaker="The pier master",
        cue="said",
    )
    built: list[str] = []
    read_by_parts: list[bool] = []

    def add(editor: LedgerEditor) -> None:
        editor.put_source(pier)
        editor.put_source(copy)
        editor.add_statement("ferry-4", statement)
        base = editor._base
        update = editor.checked

        def checked() -> Ledger | None:
            found = update()
            built.extend(c.id for c in base.claims if "statements" in c.__dict__)
            read_by_parts.append(found is not None)
            return found

        editor.checked = checked  # type: ignore[method-assign]

    update_ledger(path, add)
    fresh = _fresh(path)
    assert read_ledger(path) == fresh
    assert [s.id for s in fresh.sources][-2:] == ["pier-log", "pier-copy"]
    # Read again by its parts, building no claim's stored statements to look
    # for the sources they cite: the sources were only added to.
    assert read_by_parts == [True] and built == []
    assert _layout_checked(path)


def test_a_write_adding_a_source_of_an_id_taken_is_refused_as_a_whole_read_finds(
    tmp_path: Path,
) -> None:
    from claimtrack.errors import LedgerInvalid
    from claimtrack.model import Source

    path = tmp_path / "claims.yaml"
    _harbour_ledger(path, 30)
    read_ledger(path)
    before = path.read_bytes()
    wrong = Source(id="pier-copy", path="sources/pier-2.txt", sha256="b2", copy_of="no-such")
    with pytest.raises(LedgerInvalid):
        update_ledger(path, lambda editor: editor.put_source(wrong))
    assert path.read_bytes() == before


def _lighthouse_ledger(path: Path, claims: int) -> None:
    head = "version: 1\nsources:\n" + "".join(
        f"  beacon-{n}:\n    path: sources/beacon-{n}.txt\n    sha256: b{n}\n"
        for n in range(claims)
    )
    body = "".join(
        f"  # kept by hand above lamp {n}\n  lamp-{n}:\n"
        f"    text: The lamp on rock {n} went dark at midnight\n"
        "    statements:\n    - party: Coast guard\n      stance: asserts\n"
        "      speaker: the lighthouse keeper\n      cue: reported\n"
        f"      source: beacon-{n % 4}\n      line: {n + 2}\n"
        f"      content: the lamp on rock {n} went dark at midnight\n"
        f"      quote: The lighthouse keeper reported the lamp on rock {n} went dark.\n"
        for n in range(claims)
    )
    path.write_text(head + "claims:\n" + body, encoding="utf-8")


def test_one_write_of_many_changes_plans_only_the_claims_it_touches(tmp_path: Path) -> None:
    # A write by parts makes a plan for a claim only when a change asks for it; claims
    # whose statements a source's update rewrote without one are written all the same.
    path = tmp_path / "claims.yaml"
    _lighthouse_ledger(path, 30)
    read_ledger(path)  # the cache knows it: the write goes by parts
    planned: list[int] = []

    def change(editor: LedgerEditor) -> None:
        editor.update_statements(
            "beacon-1", lambda s: dataclasses.replace(s, stance=Stance.DISPUTES)
        )
        editor.rename_claim("lamp-9", "the-dark-lamp")
        editor.merge_claims("lamp-20", ["lamp-5"])  # lamp-5 cites beacon-1: changed first
        pipeline.drop_claim(editor, "lamp-13")  # beacon-1 as well
        editor.add_claim("lamp-new", "A new lamp was lit on the breakwater")
        planned.append(len(editor._plans))

    update_ledger(path, change)
    assert planned == [3]  # the renamed, the merged into, the new; no other
    fresh = _fresh(path)
    assert read_ledger(path) == fresh
    by_id = {claim.id: claim for claim in fresh.claims}
    assert "lamp-13" not in by_id and "lamp-5" not in by_id and "lamp-9" not in by_id
    assert [s.stance for s in by_id["lamp-17"].statements] == [Stance.DISPUTES]
    assert [s.stance for s in by_id["lamp-20"].statements] == [Stance.ASSERTS, Stance.DISPUTES]
    assert [s.stance for s in by_id["lamp-2"].statements] == [Stance.ASSERTS]
    assert [claim.id for claim in fresh.claims][-1] == "lamp-new"
    text = path.read_text(encoding="utf-8")
    assert "# kept by hand above lamp 9\n  the-dark-lamp:\n" in text
    assert "# kept by hand above lamp 17\n  lamp-17:\n" in text


@pytest.mark.parametrize("cached", [True, False])
def test_renames_drops_and_additions_in_one_write_keep_each_claim_in_its_place(
    tmp_path: Path, cached: bool
) -> None:
    # The editor holds plans for the claims a write touches only: a claim renamed to
    # the id of one dropped before it, renamed again, renamed back to its own id, and
    # claims added, renamed and merged away in the same write each stand where the
    # ledger as edited has them, and the untouched claims between them stay.
    path = tmp_path / "claims.yaml"
    _lighthouse_ledger(path, 12)
    if cached:
        read_ledger(path)  # the write goes by parts
    seen: list[list[str]] = []

    def change(editor: LedgerEditor) -> None:
        pipeline.drop_claim(editor, "lamp-3")
        assert not editor.has_claim("lamp-3")
        editor.rename_claim("lamp-4", "lamp-3")  # the id dropped, free again
        editor.rename_claim("lamp-3", "lamp-x")  # the same claim, renamed again
        editor.rename_claim("lamp-7", "lamp-70")
        editor.rename_claim("lamp-70", "lamp-7")  # back under its own id
        editor.retext_claim("lamp-7", "The lamp on rock 7 was lit again")
        editor.add_claim("new-a", "A new lamp was lit on the breakwater")
        editor.add_claim("new-b", "A second lamp was lit on the pier")
        editor.add_claim("new-d", "A third lamp was lit on the quay")
        editor.rename_claim("new-a", "new-c")
        editor.merge_claims("lamp-1", ["new-b"])
        with pytest.raises(ClaimIdTaken):
            editor.rename_claim("lamp-8", "lamp-9")
        with pytest.raises(ClaimIdTaken):
            editor.rename_claim("lamp-8", "new-c")
        with pytest.raises(NotFoundError):
            editor.rename_claim("lamp-4", "lamp-44")  # renamed away: no longer its id
        for gone in ("lamp-3", "lamp-4", "lamp-70", "new-a", "new-b"):
            assert not editor.has_claim(gone)
        for there in ("lamp-x", "lamp-7", "lamp-8", "new-c", "new-d"):
            assert editor.has_claim(there)
        seen.append(editor.claim_ids())
        assert [claim.id for claim in editor.ledger.claims] == seen[0]

    update_ledger(path, change)
    wanted = [f"lamp-{n}" for n in (0, 1, 2)] + ["lamp-x"]
    wanted += [f"lamp-{n}" for n in (5, 6, 7, 8, 9, 10, 11)] + ["new-c", "new-d"]
    assert seen == [wanted]
    fresh = _fresh(path)
    assert [claim.id for claim in fresh.claims] == wanted
    assert read_ledger(path) == fresh
    by_id = {claim.id: claim for claim in fresh.claims}
    assert by_id["lamp-x"].text == "The lamp on rock 4 went dark at midnight"
    assert by_id["lamp-7"].text == "The lamp on rock 7 was lit again"
    assert by_id["new-c"].text == "A new lamp was lit on the breakwater"
    text = path.read_text(encoding="utf-8")
    assert "# kept by hand above lamp 4\n  lamp-x:\n" in text
    assert "# kept by hand above lamp 3" not in text


def test_claims_moved_by_a_write_are_stored_moved_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import cache

    path = tmp_path / "claims.yaml"
    _harbour_ledger(path, 700)  # several batches of the cache
    read_ledger(path)  # the cache knows it: writes go by parts
    told: list[int] = []  # how many runs of moved claims each store was told of
    made: list[str] = []  # the claims made again, moved
    store, moved_claim = cache.store_cached, cache.moved_claim

    def store_spy(*args: object, **rest: object) -> None:
        moves = args[4] if len(args) > 4 else rest.get("moves", ())
        told.append(len(moves))  # type: ignore[arg-type]
        store(*args, **rest)  # type: ignore[arg-type]

    def moved_spy(claim: Claim, lines: int) -> Claim | None:
        made.append(claim.id)
        return moved_claim(claim, lines)

    monkeypatch.setattr(cache, "store_cached", store_spy)
    monkeypatch.setattr(cache, "moved_claim", moved_spy)
    statement = Statement(
        stance=Stance.DENIES,
        quote="The ferry company said\nnothing was late,\nnot once.",
        content="nothing was late",
        source="harbour-3",
        line=7,
        party="Ferry company",
        speaker="The ferry company",
        cue="said",
    )
    edits = [
        lambda e: e.add_statement("ferry-1", statement),  # every claim after it moves down
        lambda e: pipeline.drop_claim(e, "ferry-2"),  # and up
        lambda e: e.merge_claims("ferry-400", ["ferry-3"]),  # up before ferry-400, not after
        lambda e: e.add_statement("ferry-650", statement),
    ]
    for edit in edits:
        update_ledger(path, edit)
        warm = cache.load_cached(path, cache.digest_of(path.read_bytes()))
        assert warm is not None
        assert _places(warm) == _places(_fresh(path))
    assert all(told), "each write told the cache of the claims it moved"
    assert not made, "no claim was made again to move it"


TWO_SCRIPTS_LEDGER = """\
# Grootboek — bijgehouden met de hand ✍
version: 1
sources:
  s-rådhus:
    path: sources/s-rådhus.txt
    title: Bürgermeisterin bestreitet Pläne für eine Seilbahn über den Fjord ⛰
    sha256: 9c0e
claims:
  # Die Seilbahn: noch offen ✗
  seilbahn:
    text: Die Stadt plant eine Seilbahn über den Fjord
    statements:
    - party: Rådhuset
      stance: denies
      speaker: die Bürgermeisterin
      cue: bestreitet
      source: s-rådhus
      line: 3
      content: die Stadt plant keine Seilbahn
      quote: „Es gibt keine Pläne für eine Seilbahn“, sagte die Bürgermeisterin. 🚡
"""


def _cable_car_statement(n: int) -> Statement:
    return Statement(
        stance=Stance.ASSERTS,
        quote=f"Ein Sprecher bestätigte die Pläne Nr. {n} für die Seilbahn — „bald“ ✓",
        content=f"die Stadt plant die Seilbahn Nr. {n}",
        source="s-rådhus",
        line=10 + n,
        party="Rådhuset",
        speaker="ein Sprecher",
        cue="bestätigte",
    )


def test_a_ledger_composed_whole_is_spliced_as_bytes_again_after_a_second_edit(
    tmp_path: Path,
) -> None:
    # The nodes composed from the decoded text have their marks moved to byte
    # offsets once: the text made after a second edit on the same editor is the
    # one a fresh editor makes for both edits.
    path = tmp_path / "claims.yaml"
    path.write_text(TWO_SCRIPTS_LEDGER, encoding="utf-8")
    data = path.read_bytes()

    def editor() -> LedgerEditor:
        ledger, problems, root = ledger_module._parse_nodes(data, path)
        assert ledger is not None and root is not None, problems
        return LedgerEditor(path, data, ledger, root)

    twice = editor()
    twice.add_statement("seilbahn", _cable_car_statement(1))
    first = twice.dump_bytes()
    assert isinstance(first, bytes) and first.startswith(data.split(b"  seilbahn:")[0])
    for one in (twice, once := editor()):
        if one is once:
            one.add_statement("seilbahn", _cable_car_statement(1))
        # Changes placed exactly at what was read: a key and one value rewritten.
        one.rename_claim("seilbahn", "seilbahn-über-den-fjord")
        one.update_statements("s-rådhus", lambda s: dataclasses.replace(s, speaker="Ole"))
        one.add_claim("fähre", "Die Fähre über den Fjord fährt öfter 🚢")
        one.add_statement("fähre", _cable_car_statement(2))
    assert twice.dump_bytes() == once.dump_bytes()
    assert twice.dump() == once.dump_bytes().decode("utf-8")
    written = twice.dump()
    assert written.startswith(TWO_SCRIPTS_LEDGER.split("  seilbahn:")[0])
    assert "# Die Seilbahn: noch offen ✗\n  seilbahn-über-den-fjord:\n" in written
    read = yaml.safe_load(written)
    statements = read["claims"]["seilbahn-über-den-fjord"]["statements"]
    assert [s["speaker"] for s in statements] == ["Ole", "Ole"]
    assert read["claims"]["fähre"]["statements"][0]["line"] == 12


def test_splices_join_the_bytes_once_and_keep_what_is_between_them() -> None:
    from claimtrack._splice import Splices

    data = "één — twee\ndrie ✓\n".encode()
    splices = Splices(data)
    at = data.index(b"drie")
    splices.insert(at, "vier 🙂 ")
    splices.replace(0, len("één".encode()), "nul")
    assert splices.apply() == "nul — twee\nvier 🙂 drie ✓\n".encode()
    assert splices.apply_text(at, len(data)) == "vier 🙂 drie ✓\n"


def test_spliced_bytes_read_as_the_bytes_they_join_without_joining_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a write asks of the bytes it made (a stretch, a count of line ends, a look
    # for a CR, a comparison with the bytes read) is answered from the pieces.
    from claimtrack._splice import Splices
    from claimtrack._spliced import Spliced

    rng = random.Random(12)
    for _ in range(40):
        data = "".join(rng.choice(["kade ", "sluis\n", "brug ✓ ", "\r\n", "ü"]) for _ in range(60))
        text = data.encode()
        splices = Splices(text)
        at = 0
        while (at := at + rng.randrange(1, 40)) < len(text):
            end = min(len(text), at + rng.randrange(0, 6))
            splices.replace(at, end, rng.choice(["", "veer\n", "pont 🙂", "\r"]))
            at = end
        whole = Splices(text, list(splices.edits)).apply()
        made = splices.spliced()
        monkeypatch.setattr(Spliced, "joined", lambda self: pytest.fail("joined whole"))
        assert len(made) == len(whole)
        for _ in range(30):
            start, stop = sorted(rng.randrange(len(whole) + 2) for _ in range(2))
            assert made[start:stop] == whole[start:stop]
            assert made.count(b"\n", start, stop) == whole.count(b"\n", start, stop)
        assert (b"\r" in made) == (b"\r" in whole)
        assert made.startswith(whole[:7]) and made == whole and made != whole + b"\n"
        if whole:
            assert made != bytes([whole[0] ^ 1]) + whole[1:]
        assert b"".join(made.views()) == whole
        monkeypatch.undo()
        assert made.joined() == whole


def test_ids_read_again_are_checked_against_the_claims_no_edit_reached(tmp_path: Path) -> None:
    # Only the ids of the claims read again are looked at: a repeat among them, or
    # one met among the claims the write left alone, sends the ledger to a whole read.
    path = tmp_path / "claims.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    ledger = read_ledger(path)
    editor = LedgerEditor(path, path.read_bytes(), ledger)
    first, second = ledger.claims[0].id, ledger.claims[1].id
    claims = list(ledger.claims)
    assert editor._ids_stay_apart([first], {0}, claims)
    assert editor._ids_stay_apart([first, "a-claim-split-off"], {0}, claims)
    assert not editor._ids_stay_apart([second], {0}, claims)
    assert not editor._ids_stay_apart(["twice", "twice"], {0}, claims)
    assert editor._ids_stay_apart([first, second], {0, 1}, claims)


def test_claims_read_again_alone_far_down_have_the_places_and_problems_of_a_whole_read(
    tmp_path: Path,
) -> None:
    from claimtrack._yaml import parse_ledger, read_claims_part

    path = tmp_path / "claims.yaml"
    _harbour_ledger(path, 30)
    extra = (
        "  # the night ferry, noted by hand\n"
        "  night-ferry:\n"
        "    text: &told The night ferry was cancelled\n"
        "    statements:\n    - party: Harbour board\n      stance: denies\n"
        "      speaker: the harbour master\n      cue: denied\n"
        "      source: harbour-2\n      line: 3\n"
        "      content: *told\n"
        "      quote: |-\n        The harbour master denied\n        it was cancelled.\n"
    )
    text = path.read_text(encoding="utf-8") + extra
    whole, problems = parse_ledger(text, str(path))
    assert whole is not None and not problems
    start = text.index("  ferry-27:\n")
    part = text[start:]
    line = text.count("\n", 0, start)
    sources = {source.id for source in whole.sources}
    claims = read_claims_part(part, line, str(path), sources)
    assert claims is not None
    assert _places(dataclasses.replace(whole, claims=tuple(claims))) == _places(whole)[-4:]
    assert list(claims) == list(whole.claims[-4:])
    # What a whole read refuses, the part read alone refuses too.
    for wrong in (
        part.replace("cue: denied", "cue:\tdenied"),  # a tab outside quotes
        part.replace("      cue: denied\n", "      cue: denied\n      cue: said\n"),
        part.replace("source: harbour-2", "source: harbour-99"),  # a source not known
        part.replace("quote: |-", "quote: |-#glued"),
    ):
        assert parse_ledger(text[:start] + wrong, str(path))[0] is None
        assert read_claims_part(wrong, line, str(path), sources) is None
