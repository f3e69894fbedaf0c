"""The ledger: strict reading with file:line:column problems, a cache that never
misses a hand edit, and edits that keep comments and write the same bytes every time."""

from __future__ import annotations

import dataclasses
import operator
import os
import pickle
import shutil
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import cache
from claimtrack import ledger as ledger_module
from claimtrack.errors import ExitCode, LedgerInvalid, LedgerMissing, NotFoundError
from claimtrack.ledger import (
    BadClaimId,
    ClaimExists,
    ClaimIdTaken,
    LedgerExists,
    check_ledger,
    edit_ledger,
    init_ledger,
    read_ledger,
    read_ledger_and_digest,
)
from claimtrack.model import Claim, Source, Stance, Statement

BAD = Path(__file__).resolve().parent / "ledgers" / "bad"
SOURCE_ID = "000_66f99498a4238889"

US_ACCUSES = Statement(
    stance=Stance.ASSERTS,
    quote=(
        "The US State Department accused 10,000 North Korean soldiers of participating in "
        "combat operations alongside the Russian army in Kursk province."
    ),
    content=(
        "10,000 North Korean soldiers are participating in combat operations alongside the "
        "Russian army in Kursk province"
    ),
    source=SOURCE_ID,
    line=7,
    party="United States",
    speaker="The US State Department",
    cue="accused",
)
PYONGYANG_DENIES = Statement(
    stance=Stance.DENIES,
    quote="Pyongyang has rejected accusations that it sent troops to Russia.",
    content="it sent troops to Russia",
    source=SOURCE_ID,
    line=9,
    party="North Korea",
    speaker="Pyongyang",
    cue="rejected accusations",
)
MOSCOW_DISPUTES = Statement(
    stance=Stance.DISPUTES,
    quote="Moscow pointed out that Washington has no evidence.",
    content="Washington has no evidence",
    source=SOURCE_ID,
    line=8,
    party=None,
    speaker="Moscow",
    cue="pointed out",
)
ARTICLE = Source(
    id=SOURCE_ID,
    path=f"sources/{SOURCE_ID}.txt",
    sha256="3b1f" * 16,
    title="US President Joe Biden expressed concern about reports",
    url="https://baoquocte.vn/example",
    published="2024-11-17",
    extracted=("9f2c1a0b", "01234567"),
)


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    with edit_ledger(path) as editor:
        editor.put_source(ARTICLE)
        editor.add_claim("nk-troops-in-russia", "North Korea has deployed troops to Russia")
        editor.add_statement("nk-troops-in-russia", US_ACCUSES)
        editor.add_statement("nk-troops-in-russia", PYONGYANG_DENIES)
    return path


# -- init ---------------------------------------------------------------------


def test_init_writes_an_empty_valid_ledger(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    assert path.read_text(encoding="utf-8") == (
        "# claimtrack ledger: edit freely; `claimtrack check` validates it.\n"
        "version: 1\nparties: {}\nsources: {}\nclaims: {}\n"
    )
    assert check_ledger(path) == []
    assert read_ledger(path).claims == ()


def test_init_refuses_to_overwrite(ledger_path: Path) -> None:
    before = ledger_path.read_bytes()
    with pytest.raises(LedgerExists):
        init_ledger(ledger_path)
    assert ledger_path.read_bytes() == before


def test_a_missing_ledger_says_how_to_start_one(tmp_path: Path) -> None:
    with pytest.raises(LedgerMissing, match="claimtrack init"):
        read_ledger(tmp_path / "claims.yaml")


# -- reading ------------------------------------------------------------------


def test_read_gives_the_model_with_positions(ledger_path: Path) -> None:
    ledger = read_ledger(ledger_path)
    claim = ledger.claim("nk-troops-in-russia")
    assert claim is not None
    assert claim.text == "North Korea has deployed troops to Russia"
    assert claim.statements == (US_ACCUSES, PYONGYANG_DENIES)
    assert ledger.source(SOURCE_ID) == ARTICLE
    lines = ledger_path.read_text(encoding="utf-8").splitlines()
    assert claim.position is not None
    assert lines[claim.position.line - 1].strip() == "nk-troops-in-russia:"
    position = claim.statements[1].position
    assert position is not None
    assert lines[position.line - 1].strip() == "- party: North Korea"


def test_warm_read_equals_cold_read(ledger_path: Path) -> None:
    cold = read_ledger(ledger_path)
    assert cache.load_cached(ledger_path, cache.digest_of(ledger_path.read_bytes())) is not None
    warm = read_ledger(ledger_path)
    assert warm == cold
    assert warm.claims[0].position == cold.claims[0].position
    assert warm.claims[0].statements[0].position == cold.claims[0].statements[0].position


def test_cached_claims_and_statements_behave_as_the_model(ledger_path: Path) -> None:
    read_ledger(ledger_path)
    warm = read_ledger(ledger_path).claims[0]
    claim = Claim("nk-troops-in-russia", "North Korea has deployed troops to Russia")
    claim = dataclasses.replace(claim, statements=(US_ACCUSES, PYONGYANG_DENIES))
    # Equal whichever side of == they are on, and alike in sets.
    assert operator.eq(claim, warm) and operator.eq(warm, claim)
    assert not operator.ne(claim, warm) and not operator.ne(warm, claim)
    assert operator.eq(US_ACCUSES, warm.statements[0]) and operator.eq(
        warm.statements[0], US_ACCUSES
    )
    assert {claim, warm} == {claim} and {US_ACCUSES, *warm.statements} == set(warm.statements)
    assert repr(warm.statements[1]) == repr(PYONGYANG_DENIES).replace(
        "position=None", f"position={warm.statements[1].position!r}"
    )
    moved = dataclasses.replace(warm.statements[1], line=12)
    assert moved == dataclasses.replace(PYONGYANG_DENIES, line=12)
    assert moved.position == warm.statements[1].position


def test_a_ledger_read_with_its_digest_gives_the_key_of_the_bytes_it_was_read_from(
    ledger_path: Path,
) -> None:
    import hashlib

    def key() -> str:
        # A small ledger is one piece (see `cache.digest_of`): its hash, then hashed.
        data = ledger_path.read_bytes()
        assert len(data) < cache._PIECE_LEAST
        piece = hashlib.sha256(data).digest()
        return hashlib.sha256(b"claimtrack-content 4\n" + piece).hexdigest()

    shutil.rmtree(cache.cache_dir(), ignore_errors=True)
    cold, cold_key = read_ledger_and_digest(ledger_path)  # parsed: no cache at all
    warm, warm_key = read_ledger_and_digest(ledger_path)  # from the cache
    assert cold == warm == read_ledger(ledger_path)
    assert cold_key == warm_key == key()
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(text.replace("deployed troops", "sent troops"), encoding="utf-8")
    edited, edited_key = read_ledger_and_digest(ledger_path)
    assert edited.claims[0].text == "North Korea has sent troops to Russia"
    assert edited_key == key() != cold_key


def test_a_cached_ledger_can_be_sent_to_another_process(ledger_path: Path) -> None:
    read_ledger(ledger_path)
    warm = read_ledger(ledger_path)  # nothing built yet
    assert pickle.loads(pickle.dumps(warm)) == warm
    assert pickle.loads(pickle.dumps(warm)).claims[0].statements[1].position is not None


def test_hand_written_values_read_as_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "claims.yaml",
        """\
        version: 1
        settings:
          threshold: 82.5
        cues:
          denies: [brushed off]
        parties:
          United States:
            aliases: [Jake Sullivan]
          Vatican:
        sources:
          s1:
            path: sources/s1.txt
            sha256: 0123
            published: 2024-11-17
            title: yes
        claims:
          '1234':
            text: 1234
            statements:
        """,
    )
    ledger = read_ledger(path)
    assert ledger.settings.threshold == 82.5
    assert ledger.cues.denies == ("brushed off",)
    assert [p.name for p in ledger.parties] == ["United States", "Vatican"]
    source = ledger.source("s1")
    assert source is not None
    assert (source.sha256, source.published, source.title) == ("0123", "2024-11-17", "yes")
    assert ledger.claims[0].id == "1234" and ledger.claims[0].text == "1234"


def test_read_refuses_an_invalid_ledger_with_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes((BAD / "unknown_stance.yaml").read_bytes())
    with pytest.raises(LedgerInvalid) as raised:
        read_ledger(path)
    assert [p.message for p in raised.value.problems] == [
        "claims.nk-troops.statements[0].stance: unknown stance 'deny' "
        "(expected asserts, denies or disputes)"
    ]


# -- the malformed corpus -------------------------------------------------------

BAD_FILES = sorted(BAD.glob("*.yaml"))


def test_the_corpus_is_large_enough() -> None:
    assert len(BAD_FILES) >= 10


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda p: p.stem)
def test_check_reports_every_problem_at_its_place(bad: Path) -> None:
    expected = bad.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    found = [str(p).replace(f"{bad.parent}{os.sep}", "") for p in check_ledger(bad)]
    assert found == expected
    assert found  # every file in the corpus is broken


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda p: p.stem)
def test_an_invalid_ledger_is_never_written(bad: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(bad.read_bytes())
    with pytest.raises(LedgerInvalid), edit_ledger(path) as editor:
        editor.add_claim("new-claim", "Something new")
    assert path.read_bytes() == bad.read_bytes()


def _party_alias_bomb(levels: int) -> str:
    lines = ["version: 1", "anchors:", '  a0: &a0 ["Kim", "Kim", "Kim", "Kim", "Kim", "Kim"]']
    for level in range(1, levels):
        lines.append(f"  a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 6)}]")
    lines += ["parties:", "  North Korea:", f"    aliases: *a{levels - 1}", "claims: {}", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("levels", [4, 8])
def test_a_ledger_alias_bomb_is_refused_quickly_and_clearly(tmp_path: Path, levels: int) -> None:
    path = write(tmp_path / "claims.yaml", _party_alias_bomb(levels))
    start = time.perf_counter()

    problems = check_ledger(path)

    assert time.perf_counter() - start < 2
    assert any(
        p.line == 6 and "YAML aliases expand to over 1,000 values" in p.message for p in problems
    ), problems
    with pytest.raises(LedgerInvalid):
        read_ledger(path)


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    text = (
        "version: 1\nparties:\n  North Korea:\n    aliases: &nk [Pyongyang, DPRK]\n"
        "  DPRK:\n    aliases: *nk\nclaims: {}\n"
    )
    assert check_ledger(write(tmp_path / "claims.yaml", text)) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "version: 1\nclaims:\n  a:\n    text: One\n    statements:\n    - party: X\n"
            "      stance: asserts\n      quote: The minister said\n    it was so.\n"
            "    - party: Y\n",
            "9:5",
        ),
        (
            "version: 1\nclaims:\n  a:\n    text: North Korea has deployed\n"
            "  troops to Russia\n  b:\n    text: Two\n",
            "5:3",
        ),
    ],
)
def test_an_under_indented_line_is_reported_on_its_own_line(
    tmp_path: Path, text: str, where: str
) -> None:
    path = write(tmp_path / "claims.yaml", text)
    [problem] = check_ledger(path)
    assert f"{problem.line}:{problem.column}" == where
    assert "indent" in problem.message


def test_an_unclosed_quote_names_the_line_it_opens_on(tmp_path: Path) -> None:
    text = (
        'version: 1\nsources:\n  a:\n    path: "sources/a.txt\n    title: A\n'
        '  b:\n    path: sources/b.txt\n    title: Leaders oppose "military intimidation"\n'
    )
    path = write(tmp_path / "claims.yaml", text)

    [problem] = check_ledger(path)

    assert problem.line == 8  # where the parser stumbles: the next quote closed it
    assert "a quoted text opens on line 4, column 11" in problem.message
    assert "close its quote on line 4" in problem.message


def test_a_quoted_text_over_several_lines_is_no_unclosed_quote(tmp_path: Path) -> None:
    text = 'version: 1\nclaims:\n  a:\n    text: "One\n      two"\n    oops\n'
    path = write(tmp_path / "claims.yaml", text)

    problems = check_ledger(path)

    assert problems and all("quoted text opens" not in p.message for p in problems)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("version: 1\nclaims:\n  a:\n\ttext: One\n", "4:1"),
        ("version: 1\nclaims:\n  a:\n  \ttext: One\n", "4:3"),
    ],
)
def test_a_tab_that_indents_is_a_tab_outside_quotes(tmp_path: Path, text: str, where: str) -> None:
    path = write(tmp_path / "claims.yaml", text)

    [problem] = check_ledger(path)

    assert f"{problem.line}:{problem.column}" == where
    assert problem.message.startswith("a tab outside quotes:")
    assert "use spaces" in problem.message


def test_a_write_works_without_os_fchmod(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has os.fchmod only from Python 3.13; the write must not need it."""
    path = write(tmp_path / "claims.yaml", "version: 1\nclaims: {}\n")
    path.chmod(0o640)
    monkeypatch.delattr(os, "fchmod", raising=False)

    with edit_ledger(path) as editor:
        editor.add_claim("new-claim", "Something new")

    assert read_ledger(path).claims[0].id == "new-claim"
    if os.name != "nt":
        assert path.stat().st_mode & 0o777 == 0o640


def test_the_ledger_is_read_without_libyaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyYAML built without libyaml has no CSafeLoader; the pure-Python one reads the same."""
    import yaml

    good = write(tmp_path / "claims.yaml", COMMENTED)
    bad = write(tmp_path / "bad.yaml", "version: 1\nclaims:\n  a:\n    txt: x\n")
    with_libyaml = (check_ledger(good), check_ledger(bad))
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)

    assert (check_ledger(good), check_ledger(bad)) == with_libyaml
    assert check_ledger(write(tmp_path / "bomb.yaml", _party_alias_bomb(8)))


# -- writing ------------------------------------------------------------------


def test_layout_is_fixed_and_readable(ledger_path: Path) -> None:
    assert ledger_path.read_text(encoding="utf-8") == textwrap.dedent(
        """\
        # claimtrack ledger: edit freely; `claimtrack check` validates it.
        version: 1
        parties: {}
        sources:
          000_66f99498a4238889:
            path: sources/000_66f99498a4238889.txt
            title: US President Joe Biden expressed concern about reports
            url: https://baoquocte.vn/example
            published: '2024-11-17'
            sha256: 3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f3b1f
            extracted: [9f2c1a0b, '01234567']
        claims:
          nk-troops-in-russia:
            text: North Korea has deployed troops to Russia
            statements:
            - party: United States
              stance: asserts
              speaker: The US State Department
              cue: accused
              source: 000_66f99498a4238889
              line: 7
              content: >-
                10,000 North Korean soldiers are participating in combat operations alongside
                the Russian army in Kursk province
              quote: >-
                The US State Department accused 10,000 North Korean soldiers of participating in
                combat operations alongside the Russian army in Kursk province.
            - party: North Korea
              stance: denies
              speaker: Pyongyang
              cue: rejected accusations
              source: 000_66f99498a4238889
              line: 9
              content: it sent troops to Russia
              quote: Pyongyang has rejected accusations that it sent troops to Russia.
        """
    )


def test_round_trip_of_a_written_ledger_is_byte_identical(ledger_path: Path) -> None:
    with edit_ledger(ledger_path) as editor:
        editor.add_statement("nk-troops-in-russia", MOSCOW_DISPUTES)
    written = ledger_path.read_bytes()
    with edit_ledger(ledger_path) as editor:
        editor.changed = True  # force a load, dump and save
        assert editor.dump().encode("utf-8") == written
    assert ledger_path.read_bytes() == written


def test_wrapped_lines_carry_no_trailing_spaces(ledger_path: Path) -> None:
    long_url = "https://example.org/" + "a-very-long-article-slug-" * 6
    with edit_ledger(ledger_path) as editor:
        editor.put_source(dataclasses.replace(ARTICLE, url=long_url, extracted=("9f2c1a0b",) * 30))
        editor.add_statement("nk-troops-in-russia", MOSCOW_DISPUTES)
    text = ledger_path.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line != line.rstrip()] == []
    assert read_ledger(ledger_path).source(SOURCE_ID).url == long_url  # type: ignore[union-attr]


def test_a_long_line_typed_by_hand_is_not_rewrapped(ledger_path: Path) -> None:
    typed = (
        "    text: North Korea has deployed troops to Russia, and they are fighting in Kursk "
        "alongside Russian forces against Ukraine\n"
    )
    text = ledger_path.read_text(encoding="utf-8").replace(
        "    text: North Korea has deployed troops to Russia\n", typed
    )
    ledger_path.write_text(text, encoding="utf-8")
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("other", "Another claim")
    assert typed in ledger_path.read_text(encoding="utf-8")


def test_trailing_spaces_a_person_wrote_in_a_literal_block_are_kept(ledger_path: Path) -> None:
    text = ledger_path.read_text(encoding="utf-8").replace(
        "text: North Korea has deployed troops to Russia",
        "text: |-\n      North Korea has deployed troops  \n      to Russia",
    )
    ledger_path.write_text(text, encoding="utf-8")
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("other", "Another claim")
    claim = read_ledger(ledger_path).claim("nk-troops-in-russia")
    assert claim is not None and claim.text == "North Korea has deployed troops  \nto Russia"


def test_null_fields_are_written_as_null(ledger_path: Path) -> None:
    with edit_ledger(ledger_path) as editor:
        editor.add_statement("nk-troops-in-russia", MOSCOW_DISPUTES)
    assert "    - party: null\n      stance: disputes\n" in ledger_path.read_text(encoding="utf-8")
    assert read_ledger(ledger_path).claims[0].statements[2] == MOSCOW_DISPUTES


@pytest.mark.parametrize(
    "quote",
    [
        'He said: "we reject it" -- and #nothing more, {really}? 100% [sure]',
        "Seoul's spy agency said: - North Korea has sent 1,500 special forces to Russia's Far East",
        "  leading and trailing spaces  ",
        "A line\nand another line, as the source wrapped it",
        "Ким Чен Ын заявил, что Северная Корея не отправляла войска в Россию для участия",
        "null",
        "yes",
        "2024-11-17",
    ],
)
def test_any_text_reads_back_as_written(ledger_path: Path, quote: str) -> None:
    statement = Statement(
        stance=Stance.ASSERTS, quote=quote, content=quote, source=SOURCE_ID, line=3
    )
    with edit_ledger(ledger_path) as editor:
        editor.add_statement("nk-troops-in-russia", statement)
        assert editor.ledger.claims[0].statements[-1] == statement
    assert read_ledger(ledger_path).claims[0].statements[-1] == statement


def test_unchanged_edit_leaves_the_file_alone(ledger_path: Path) -> None:
    text = ledger_path.read_text(encoding="utf-8").replace(
        "published: '2024-11-17'", "published: 2024-11-17"
    )
    ledger_path.write_text(text + "# closing note\n", encoding="utf-8")
    before = ledger_path.read_bytes()
    stat = ledger_path.stat()
    with edit_ledger(ledger_path) as editor:
        editor.put_source(ARTICLE)  # the same source again, as re-extraction does
    assert ledger_path.read_bytes() == before
    assert ledger_path.stat().st_mtime_ns == stat.st_mtime_ns


def test_an_exception_in_the_edit_writes_nothing(ledger_path: Path) -> None:
    before = ledger_path.read_bytes()
    with pytest.raises(RuntimeError), edit_ledger(ledger_path) as editor:
        editor.add_claim("kursk", "North Korean soldiers fight in Kursk")
        raise RuntimeError("interrupted")
    assert ledger_path.read_bytes() == before


def test_an_edit_that_breaks_the_ledger_is_refused(ledger_path: Path) -> None:
    before = ledger_path.read_bytes()
    orphan = Statement(stance=Stance.ASSERTS, quote="q", content="c", source="nowhere", line=1)
    with pytest.raises(LedgerInvalid) as raised, edit_ledger(ledger_path) as editor:
        editor.add_statement("nk-troops-in-russia", orphan)
    assert "unknown source 'nowhere'" in raised.value.problems[0].message
    assert ledger_path.read_bytes() == before


def test_file_mode_is_kept(ledger_path: Path) -> None:
    ledger_path.chmod(0o640)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("kursk", "North Korean soldiers fight in Kursk")
    assert ledger_path.stat().st_mode & 0o777 == 0o640


def test_add_claim_refuses_a_taken_id(ledger_path: Path) -> None:
    with pytest.raises(ClaimExists), edit_ledger(ledger_path) as editor:
        editor.add_claim("nk-troops-in-russia", "Again")


def test_add_statement_to_unknown_claim(ledger_path: Path) -> None:
    with pytest.raises(NotFoundError), edit_ledger(ledger_path) as editor:
        editor.add_statement("no-such-claim", US_ACCUSES)


def test_put_source_updates_in_place(ledger_path: Path) -> None:
    changed = Source(
        id=SOURCE_ID,
        path=ARTICLE.path,
        sha256=ARTICLE.sha256,
        outlet="Bao Quoc Te",
        extracted=("9f2c1a0b",),
    )
    with edit_ledger(ledger_path) as editor:
        editor.put_source(changed)
    text = ledger_path.read_text(encoding="utf-8")
    assert f"  {SOURCE_ID}:\n    path: {ARTICLE.path}\n    outlet: Bao Quoc Te\n" in text
    assert "    extracted: [9f2c1a0b]\n" in text
    assert read_ledger(ledger_path).sources == (changed,)


def test_merge_moves_statements_and_keeps_the_target(ledger_path: Path) -> None:
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("moscow-no-evidence", "Washington has no evidence of troops")
        editor.add_statement("moscow-no-evidence", MOSCOW_DISPUTES)
        moved = editor.merge_claims("nk-troops-in-russia", ["moscow-no-evidence"])
        assert editor.claim_ids() == ["nk-troops-in-russia"]
    assert moved == 1
    claim = read_ledger(ledger_path).claims[0]
    assert (claim.id, claim.text) == (
        "nk-troops-in-russia",
        "North Korea has deployed troops to Russia",
    )
    assert claim.statements == (US_ACCUSES, PYONGYANG_DENIES, MOSCOW_DISPUTES)


def test_remove_statements_keeps_what_keep_accepts(ledger_path: Path) -> None:
    with edit_ledger(ledger_path) as editor:
        removed = editor.remove_statements(SOURCE_ID, lambda s: s.stance is Stance.DENIES)
    assert removed == 1
    assert read_ledger(ledger_path).claims[0].statements == (PYONGYANG_DENIES,)


# -- comments -----------------------------------------------------------------

COMMENTED = """\
# claimtrack ledger: edit freely; `claimtrack check` validates it.
version: 1
parties:
  United States:
    aliases: [Jake Sullivan]   # the national security adviser
sources:
  000_66f99498a4238889:
    path: sources/000_66f99498a4238889.txt
    sha256: 3b1f
claims:
  # the main story
  nk-troops-in-russia:
    text: North Korea has deployed troops to Russia  # checked by hand
    statements:
    - party: United States
      stance: asserts
      speaker: The US State Department
      cue: accused
      source: 000_66f99498a4238889
      line: 7
      content: North Korean soldiers fight alongside the Russian army
      quote: The US State Department accused North Korean soldiers.
  # Moscow's side, kept apart until we know more
  moscow-no-evidence:
    text: Washington has no evidence
    statements:
    # the only Russian reaction so far
    - party: Russia
      stance: disputes
      speaker: Moscow
      cue: pointed out
      source: 000_66f99498a4238889
      line: 8
      content: Washington has no evidence
      quote: Moscow pointed out that Washington has no evidence.   # verbatim
  # the South Korean angle
  seoul-intel:
    text: Seoul's spies say troops arrived
# end of ledger
"""


def _comments(text: str) -> list[str]:
    return [line.split("#", 1)[1].strip() for line in text.splitlines() if "# " in line]


def test_comments_survive_adding(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        editor.add_statement("nk-troops-in-russia", PYONGYANG_DENIES)
        editor.add_claim("kursk", "North Korean soldiers fight in Kursk")
    text = path.read_text(encoding="utf-8")
    assert _comments(text) == _comments(COMMENTED)
    # Comments stay above what they were written above; the closing one stays last.
    assert (
        "      quote: Pyongyang has rejected accusations that it sent troops to Russia.\n"
        "  # Moscow's side" in text
    )
    _assert_stable(path)
    assert text.endswith(
        "  kursk:\n    text: North Korean soldiers fight in Kursk\n# end of ledger\n"
    )


def test_a_comment_above_a_claim_stays_there_when_the_claim_before_gets_statements(
    tmp_path: Path,
) -> None:
    text = COMMENTED.replace(
        "  # the South Korean angle\n  seoul-intel:",
        "  # Seoul's view, unconfirmed\n  seoul-view:\n    text: Seoul says troops arrived\n"
        "  # the South Korean angle\n  seoul-intel:",
    )
    path = write(tmp_path / "claims.yaml", text)
    with edit_ledger(path) as editor:
        editor.add_statement("seoul-view", PYONGYANG_DENIES)
        editor.add_statement("seoul-intel", MOSCOW_DISPUTES)
    saved = path.read_text(encoding="utf-8")
    assert _comments(saved) == _comments(text)
    assert (
        "      quote: Pyongyang has rejected accusations that it sent troops to Russia.\n"
        "  # the South Korean angle\n  seoul-intel:\n    text: Seoul's spies say troops arrived\n"
        "    statements:\n" in saved
    )
    assert saved.endswith(
        "      quote: Moscow pointed out that Washington has no evidence.\n# end of ledger\n"
    )
    _assert_stable(path)


def test_comments_survive_merging(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        assert editor.merge_claims("nk-troops-in-russia", ["moscow-no-evidence"]) == 1
    text = path.read_text(encoding="utf-8")
    # Every comment stays, the note on the claim merged away with its statements.
    assert _comments(text) == _comments(COMMENTED)
    assert (
        "    # Moscow's side, kept apart until we know more\n"
        "    # the only Russian reaction so far\n    - party: Russia"
    ) in text
    assert "verbatim\n  # the South Korean angle\n  seoul-intel:" in text
    assert check_ledger(path) == []
    _assert_stable(path)


def test_a_merged_statement_rewritten_in_the_same_edit_keeps_its_comments(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)

    def denies(statement: Statement) -> Statement | None:
        return (
            dataclasses.replace(statement, stance=Stance.DENIES)
            if statement.party == "Russia"
            else None
        )

    with edit_ledger(path) as editor:
        editor.merge_claims("nk-troops-in-russia", ["moscow-no-evidence"])
        assert editor.update_statements("000_66f99498a4238889", denies) == 1
    text = path.read_text(encoding="utf-8")
    moved = (
        "    # the only Russian reaction so far\n    - party: Russia\n      stance: denies\n"
        "      speaker: Moscow\n"
    )
    assert moved in text
    assert "verbatim\n  # the South Korean angle\n  seoul-intel:" in text
    # Only the stance differs from a merge alone.
    alone = write(tmp_path / "alone.yaml", COMMENTED)
    with edit_ledger(alone) as editor:
        editor.merge_claims("nk-troops-in-russia", ["moscow-no-evidence"])
    assert text == alone.read_text(encoding="utf-8").replace(
        "- party: Russia\n      stance: disputes", "- party: Russia\n      stance: denies"
    )
    _assert_stable(path)


def test_renaming_changes_the_key_and_nothing_else(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        editor.rename_claim("moscow-no-evidence", "moscow-denies-evidence")
        editor.rename_claim("nk-troops-in-russia", "nk-troops")  # the first, under a comment
    expected = COMMENTED.replace("  moscow-no-evidence:\n", "  moscow-denies-evidence:\n").replace(
        "  nk-troops-in-russia:\n", "  nk-troops:\n"
    )
    assert path.read_text(encoding="utf-8") == expected
    assert [claim.id for claim in read_ledger(path).claims] == [
        "nk-troops",
        "moscow-denies-evidence",
        "seoul-intel",
    ]
    _assert_stable(path)


def test_a_new_claim_text_rewrites_that_value_and_nothing_else(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    old = read_ledger(path).claim("seoul-intel")
    assert old is not None
    with edit_ledger(path) as editor:
        editor.retext_claim("seoul-intel", "Pyongyang sent 1e5 soldiers: so Seoul says")
    after = path.read_text(encoding="utf-8")
    new = read_ledger(path).claim("seoul-intel")
    assert new is not None and new.text == "Pyongyang sent 1e5 soldiers: so Seoul says"
    assert new.statements == old.statements
    assert [line for line in after.splitlines() if line not in COMMENTED.splitlines()] == [
        "    text: 'Pyongyang sent 1e5 soldiers: so Seoul says'"
    ]
    _assert_stable(path)


def test_renaming_keeps_the_comment_on_the_key_line_and_quotes_what_needs_it(
    tmp_path: Path,
) -> None:
    text = COMMENTED.replace("  seoul-intel:\n", "  seoul-intel:   # ask Yonhap\n")
    path = write(tmp_path / "claims.yaml", text)
    with edit_ledger(path) as editor:
        editor.rename_claim("seoul-intel", "1e5")
    saved = path.read_text(encoding="utf-8")
    assert "  # the South Korean angle\n  '1e5':" in saved
    assert "# ask Yonhap\n    text: Seoul's spies" in saved
    assert saved.endswith("    text: Seoul's spies say troops arrived\n# end of ledger\n")
    assert read_ledger(path).claims[-1] == Claim(id="1e5", text="Seoul's spies say troops arrived")


def test_renaming_refuses_a_taken_or_unusable_id_and_an_unknown_claim(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with pytest.raises(ClaimIdTaken) as taken, edit_ledger(path) as editor:
        editor.rename_claim("seoul-intel", "nk-troops-in-russia")
    assert isinstance(taken.value, ClaimExists) and taken.value.exit_code is ExitCode.USAGE
    assert "claimtrack merge nk-troops-in-russia seoul-intel" in str(taken.value)
    for bad in ("", "seoul intel", "seoul\tintel", "-seoul", "seoul\x00"):
        with pytest.raises(BadClaimId) as refused, edit_ledger(path) as editor:
            editor.rename_claim("seoul-intel", bad)
        assert refused.value.exit_code is ExitCode.USAGE
    with pytest.raises(NotFoundError), edit_ledger(path) as editor:
        editor.rename_claim("no-such-claim", "anything")
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_dropping_a_claim_removes_it_its_statements_and_its_heading(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        assert editor.drop_claim("moscow-no-evidence") == 1
    start = COMMENTED.index("  # Moscow's side")
    end = COMMENTED.index("  # the South Korean angle")
    assert path.read_text(encoding="utf-8") == COMMENTED[:start] + COMMENTED[end:]
    assert check_ledger(path) == []
    _assert_stable(path)


def test_dropping_the_last_claim_keeps_the_closing_comment(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        assert editor.drop_claim("seoul-intel") == 0
    assert path.read_text(encoding="utf-8") == (
        COMMENTED[: COMMENTED.index("  # the South Korean angle")] + "# end of ledger\n"
    )
    _assert_stable(path)


def test_dropping_every_claim_leaves_a_valid_ledger(tmp_path: Path) -> None:
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        for claim_id in editor.claim_ids():
            editor.drop_claim(claim_id)
    assert check_ledger(path) == []
    assert read_ledger(path).claims == ()
    assert path.read_text(encoding="utf-8").endswith(
        "    sha256: 3b1f\nclaims: {}\n# end of ledger\n"
    )
    _assert_stable(path)


def test_update_statements_rewrites_only_the_fields_that_differ(tmp_path: Path) -> None:
    # The source's text changed: its statements moved down ten lines.
    path = write(tmp_path / "claims.yaml", COMMENTED)
    with edit_ledger(path) as editor:
        changed = editor.update_statements(
            SOURCE_ID, lambda s: dataclasses.replace(s, line=s.line + 10)
        )
    assert changed == 2
    expected = COMMENTED.replace("line: 7\n", "line: 17\n").replace("line: 8\n", "line: 18\n")
    assert path.read_text(encoding="utf-8") == expected
    ledger = read_ledger(path)
    assert [s.line for c in ledger.claims for s in c.statements] == [17, 18]


def test_update_statements_writes_new_text_in_the_ledger_layout(ledger_path: Path) -> None:
    longer = (
        "Pyongyang has rejected accusations that it sent troops to Russia, calling them "
        "a smear campaign by Washington and Seoul."
    )

    def reword(statement: Statement) -> Statement | None:
        if statement.speaker != "Pyongyang":
            return None
        return dataclasses.replace(statement, quote=longer, party=None)

    with edit_ledger(ledger_path) as editor:
        assert editor.update_statements(SOURCE_ID, reword) == 1
    text = ledger_path.read_text(encoding="utf-8")
    assert "    - party: null\n      stance: denies\n" in text
    assert (
        "      quote: >-\n"
        "        Pyongyang has rejected accusations that it sent troops to Russia, calling them a\n"
        "        smear campaign by Washington and Seoul.\n"
    ) in text
    statements = read_ledger(ledger_path).claims[0].statements
    assert statements == (
        US_ACCUSES,
        dataclasses.replace(PYONGYANG_DENIES, quote=longer, party=None),
    )


def test_update_statements_puts_a_missing_field_in_its_place(tmp_path: Path) -> None:
    # Written by hand without party or cue; the update names both.
    path = write(
        tmp_path / "claims.yaml",
        f"""\
        version: 1
        sources:
          {SOURCE_ID}:
            path: sources/{SOURCE_ID}.txt
            sha256: 3b1f
        claims:
          moscow-no-evidence:
            text: Washington has no evidence
            statements:
            - stance: disputes
              speaker: Moscow
              source: {SOURCE_ID}
              line: 8
              content: Washington has no evidence
              quote: Moscow pointed out that Washington has no evidence.
        """,
    )
    with edit_ledger(path) as editor:
        named = editor.update_statements(
            SOURCE_ID, lambda s: dataclasses.replace(s, party="Russia", cue="pointed out")
        )
    assert named == 1
    assert (
        "    - party: Russia\n      stance: disputes\n      speaker: Moscow\n"
        "      cue: pointed out\n      source: "
    ) in path.read_text(encoding="utf-8")


def test_update_statements_that_changes_nothing_writes_nothing(ledger_path: Path) -> None:
    before, stat = ledger_path.read_bytes(), ledger_path.stat()
    with edit_ledger(ledger_path) as editor:
        assert editor.update_statements(SOURCE_ID, lambda s: s) == 0
        assert editor.update_statements(SOURCE_ID, lambda s: None) == 0
        # Another source's statements are not even offered.
        assert editor.update_statements("001_other", lambda s: pytest.fail("not this source")) == 0
    assert ledger_path.read_bytes() == before
    assert ledger_path.stat().st_mtime_ns == stat.st_mtime_ns


def _assert_stable(path: Path) -> None:
    with edit_ledger(path) as editor:
        assert editor.dump() == path.read_text(encoding="utf-8")


# -- the cache ----------------------------------------------------------------


def test_a_hand_edit_of_the_same_size_and_time_is_seen(ledger_path: Path) -> None:
    assert read_ledger(ledger_path).claims[0].statements[1].line == 9
    stat = ledger_path.stat()
    text = ledger_path.read_text(encoding="utf-8")
    edited = text.replace("line: 9", "line: 4")
    assert len(edited) == len(text)
    ledger_path.write_text(edited, encoding="utf-8")
    os.utime(ledger_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ledger_path.stat().st_mtime_ns == stat.st_mtime_ns
    assert read_ledger(ledger_path).claims[0].statements[1].line == 4


def _hashed(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[int]:
    """The sizes of the bytes hashed into content keys from here on (not the name of
    the ledger's cache files, a hash of its path)."""
    sizes: list[int] = []
    sha256 = cache.hashlib.sha256
    name = os.fsencode(cache.ledger_file(path))

    def counted(data: bytes | memoryview = b"") -> Any:
        if data != name:
            sizes.append(len(data))
        hasher = sha256(data)
        update = hasher.update

        class Counted:
            def update(self, more: bytes | memoryview) -> None:
                sizes.append(len(more))
                update(more)

            def digest(self) -> bytes:
                return hasher.digest()

            def hexdigest(self) -> str:
                return hasher.hexdigest()

        return Counted()

    monkeypatch.setattr(cache, "hashlib", type("Hashes", (), {"sha256": staticmethod(counted)}))
    return sizes


def _saves_take_a_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Have each save's last bytes a clock tick before its rename, as a ledger's save
    takes them (a small file on a quick disk may share one: then no stat is kept)."""
    fsync = os.fsync

    def slow(fd: int) -> None:
        fsync(fd)
        time.sleep(0.011)

    monkeypatch.setattr(ledger_module.os, "fsync", slow)


def _grown(path: Path, claims: int) -> None:
    """Give the ledger `claims` more claims, each of a few hundred bytes."""
    with edit_ledger(path) as editor:
        for number in range(claims):
            editor.add_claim(f"pier-{number}", f"Pier {number} of the harbour closes {'!' * 300}")


def test_the_command_after_a_write_takes_the_key_it_kept_instead_of_hashing_the_file(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write keeps the stat of the file it saved with the key of its bytes: the
    # commands after it find the file with that very stat and take the key, and a
    # write hashes only what it changes, whatever the size of the file.
    monkeypatch.setattr(cache, "_PIECE_LEAST", 1 << 10)
    _saves_take_a_tick(monkeypatch)
    _grown(ledger_path, 300)
    size = ledger_path.stat().st_size
    hashed = _hashed(monkeypatch, ledger_path)
    assert len(read_ledger(ledger_path).claims) == 301
    assert hashed == []
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("ferry-late", "The ferry is late")
    assert 0 < sum(hashed) < size / 4
    hashed.clear()
    ledger, digest = read_ledger_and_digest(ledger_path, settle=True)
    assert hashed == [] and ledger.claim("ferry-late") is not None
    with ledger_path.open("rb") as file:
        assert digest == cache.digest_of_file(file)  # the key of the bytes, hashed afresh
    monkeypatch.undo()
    from claimtrack._yaml import parse_ledger

    cache._loaded.clear()
    fresh, _ = parse_ledger(ledger_path.read_text(encoding="utf-8"), str(ledger_path))
    assert read_ledger(ledger_path) == fresh


def test_a_same_size_edit_right_after_a_write_with_its_time_put_back_is_read(
    ledger_path: Path,
) -> None:
    # An edit changes the file's change time, which no one can put back, and the
    # stat kept is kept only once the file system's clock is past the write's.
    for number in range(3):
        with edit_ledger(ledger_path) as editor:
            editor.add_claim(f"ferry-{number}", "The ferry is late")
        stat = ledger_path.stat()
        text = ledger_path.read_text(encoding="utf-8")
        edited = text.replace("The ferry is late", "The ferry is lost")
        ledger_path.write_text(edited, encoding="utf-8")
        os.utime(ledger_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert ledger_path.stat().st_size == stat.st_size
        assert read_ledger(ledger_path).claim(f"ferry-{number}").text == "The ferry is lost"
    assert ledger_path.read_text(encoding="utf-8").count("The ferry is lost") == 3


def test_no_stat_is_kept_while_the_clock_is_not_seen_past_the_write(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a file system whose times are coarser than the wait (or a lock file that
    # cannot be touched), an edit could share the stat of the file saved: none is
    # kept, and the command after the write hashes the file, as before any write.
    _saves_take_a_tick(monkeypatch)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("ferry-late", "The ferry is late")
    saved = cache._cache_file(ledger_path).with_suffix(cache._SAVED_SUFFIX)
    assert saved.exists()
    monkeypatch.setattr(ledger_module.os, "utime", lambda path: None)  # the clock stands still
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("ferry-early", "The ferry is early")
    assert not saved.exists()
    hashed = _hashed(monkeypatch, ledger_path)
    assert read_ledger(ledger_path).claim("ferry-early") is not None
    assert sum(hashed) > ledger_path.stat().st_size  # the file hashed whole, and the key


def test_a_save_whose_modification_time_is_not_before_its_change_time_keeps_no_stat(
    tmp_path: Path,
) -> None:
    # A write to the file after the rename, in the rename's clock tick too, would
    # leave the modification time as the save left it only if the save's last bytes
    # were written in that same tick: such a save keeps no stat.
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"version: 1\n")
    ctime = path.stat().st_ctime_ns
    os.utime(path, ns=(ctime, ctime - 10**9))  # written a second before the rename
    made = path.stat()
    assert ledger_module._stat_after(path, made) == cache.seen_of(made)
    os.utime(path, ns=(ctime, made.st_ctime_ns + 10**9))  # not before it
    made = path.stat()
    assert ledger_module._stat_after(path, made) is None
    # Nor a file written since, its inode, size or modification time not the save's.
    os.utime(path, ns=(ctime, ctime - 10**9))
    made = path.stat()
    path.write_bytes(b"version: 2\n")
    assert ledger_module._stat_after(path, made) is None


def test_a_kept_stat_not_of_the_file_or_not_sealed_gives_no_key(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _saves_take_a_tick(monkeypatch)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("ferry-late", "The ferry is late")
    seen = cache.seen_of(ledger_path.stat())
    digest = cache.digest_of(ledger_path.read_bytes())
    assert cache.saved_key(ledger_path, seen) == digest
    assert cache.saved_key(ledger_path, (*seen[:4], seen[4] + 1)) is None
    saved = cache._cache_file(ledger_path).with_suffix(cache._SAVED_SUFFIX)
    record = bytearray(saved.read_bytes())
    record[len(record) // 2] ^= 0x01
    saved.write_bytes(bytes(record))
    assert cache.saved_key(ledger_path, seen) is None


def test_a_hand_edit_that_breaks_the_ledger_is_not_hidden_by_the_cache(ledger_path: Path) -> None:
    read_ledger(ledger_path)
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(text.replace("stance: denies", "stance: denied"), encoding="utf-8")
    with pytest.raises(LedgerInvalid):
        read_ledger(ledger_path)


@pytest.mark.parametrize(
    "damage",
    [b"", b"garbage", b"claimtrack-ledger-cache 0\n", None],
    ids=["empty", "garbage", "old-format", "truncated"],
)
def test_a_broken_cache_is_rebuilt_silently(ledger_path: Path, damage: bytes | None) -> None:
    expected = read_ledger(ledger_path)
    [cache_file] = cache.cache_dir().glob("*.ledger")
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 2] if damage is None else damage)
    assert read_ledger(ledger_path) == expected
    # Written again: the next read is served from it.
    assert cache.load_cached(ledger_path, cache.digest_of(ledger_path.read_bytes())) == expected


def test_a_damaged_byte_in_the_cache_is_caught_before_any_use(ledger_path: Path) -> None:
    expected = read_ledger(ledger_path)
    [cache_file] = cache.cache_dir().glob("*.parts")  # where the statements are
    data = bytearray(cache_file.read_bytes())
    # A byte inside a quote: still well-formed, but not what was written.
    at = data.index(b"Pyongyang has rejected")
    data[at] = ord("X")
    cache_file.write_bytes(bytes(data))
    assert read_ledger(ledger_path).claims[0].statements == expected.claims[0].statements


def test_a_cache_that_cannot_be_written_is_no_error(
    ledger_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert read_ledger(ledger_path).claims[0].id == "nk-troops-in-russia"


def test_the_cache_lives_outside_the_ledger_folder(ledger_path: Path) -> None:
    before = set(ledger_path.parent.iterdir())
    read_ledger(ledger_path)
    assert set(ledger_path.parent.iterdir()) == before
    assert list(cache.cache_dir().glob("*.ledger"))


# -- arbitrary text -------------------------------------------------------------


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(
            st.sampled_from(
                [
                    "version: 1\n",
                    "claims:\n",
                    "  a:\n",
                    "    text: x\n",
                    "    statements:\n",
                    "    - stance: denies\n",
                    "      line: 2\n",
                    "sources:\n",
                    "  s:\n",
                    "    path: p\n",
                    "- ",
                    ": ",
                    "[",
                    "{",
                    "&a ",
                    "*a\n",
                    "!!int ",
                    "\t",
                    "'",
                    "\n",
                ]
            ),
            max_size=30,
        ).map("".join),
    )
)
def test_any_text_gives_problems_or_a_ledger(tmp_path: Path, text: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    problems = check_ledger(path)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message
    if problems:
        with pytest.raises(LedgerInvalid):
            read_ledger(path)
    else:
        read_ledger(path)


def test_the_cache_follows_the_platform_convention(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(
        platformdirs, "user_cache_dir", lambda name, appauthor: f"/platform/cache/{name}"
    )
    assert cache.cache_dir() == Path("/platform/cache/claimtrack")

    monkeypatch.setenv("XDG_CACHE_HOME", "/chosen")
    assert cache.cache_dir() == Path("/chosen/claimtrack")


def test_a_write_after_a_settling_read_takes_the_bytes_read_while_the_file_holds_them(
    ledger_path: Path,
) -> None:
    """`extract` reads the ledger, extracts, then reads it again to write: the second
    read compares the file with the bytes of the first and takes them, unless a
    byte differs, however the file's size and times say otherwise."""
    from claimtrack import ledger as ledger_module
    from claimtrack.ledger import update_ledger

    read_ledger_and_digest(ledger_path, settle=True)
    held = ledger_module._held[0][1]
    seen: list[bytes] = []

    def change(editor: Any) -> None:
        seen.append(editor._data)
        editor.add_claim("pier", "The pier will close")

    update_ledger(ledger_path, change)
    assert seen[0] is held and not ledger_module._held
    assert read_ledger(ledger_path).claim("pier") is not None
    # Edited by hand in between, the same size, its modification time put back: the
    # file is read afresh, and the edit kept.
    read_ledger_and_digest(ledger_path, settle=True)
    stat = ledger_path.stat()
    text = ledger_path.read_bytes()
    ledger_path.write_bytes(text.replace(b"deployed troops", b"deployed tanks!"))
    os.utime(ledger_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ledger_path.stat().st_size == stat.st_size
    seen.clear()
    update_ledger(ledger_path, lambda editor: seen.append(editor._data))
    assert b"deployed tanks!" in seen[0]
    assert read_ledger(ledger_path).claims[0].text == "North Korea has deployed tanks! to Russia"
