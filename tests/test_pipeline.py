"""Ingesting sources into the ledger: idempotent, and no hand edit is ever lost."""

from __future__ import annotations

import dataclasses
import multiprocessing
import re
import shutil
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest

from claimtrack.ledger import LedgerEditor, edit_ledger, init_ledger, read_ledger
from claimtrack.model import Ledger, Stance, Statement
from claimtrack.pipeline import (
    claim_mark,
    fields_hash,
    fingerprints,
    held_fingerprints,
    ingest,
    match_texts,
    preview,
)

SEEDS = Path(__file__).resolve().parent.parent / "sources"
STATE_DEPT = "The US State Department accused"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    init_ledger(tmp_path / "claims.yaml")
    return tmp_path


def _ingest(project: Path, *paths: str) -> None:
    summary = ingest(project / "claims.yaml", [project / p for p in (paths or ("sources",))])
    assert not summary.failed


def _all_statements(ledger: Ledger) -> list[tuple[str, Statement]]:
    return [(claim.id, s) for claim in ledger.claims for s in claim.statements]


def _claim_of(ledger: Ledger, quote_start: str) -> str:
    return next(cid for cid, s in _all_statements(ledger) if s.quote.startswith(quote_start))


def _edit_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_second_run_leaves_the_ledger_byte_identical(project: Path) -> None:
    _ingest(project)
    first = (project / "claims.yaml").read_bytes()
    summary = ingest(project / "claims.yaml", [project / "sources"])
    assert summary.skipped == 5 and summary.statements_added == 0
    assert (project / "claims.yaml").read_bytes() == first


def test_seed_claims_read_as_the_story_does(project: Path) -> None:
    _ingest(project)
    ledger = read_ledger(project / "claims.yaml")
    troops = ledger.claim(_claim_of(ledger, STATE_DEPT))
    assert troops is not None
    positions = {(s.party, s.stance) for s in troops.statements}
    assert ("United States", Stance.ASSERTS) in positions
    assert ("Russia", Stance.DISPUTES) in positions
    assert ("North Korea", Stance.DENIES) in positions
    shells = ledger.claim(_claim_of(ledger, "The United States has accused North Korea"))
    assert shells is not None and shells.id != troops.id
    positions = {(s.party, s.stance) for s in shells.statements}
    assert {("Russia", Stance.DENIES), ("North Korea", Stance.DENIES)} <= positions


def test_hand_edits_survive_a_changed_source(project: Path) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    text = ledger_path.read_text(encoding="utf-8")
    troops = _claim_of(read_ledger(ledger_path), STATE_DEPT)
    # A person corrects a stance and a party, renames a claim, comments, deletes one.
    text = text.replace(f"  {troops}:\n", "  # checked by hand\n  nk-troops:\n", 1)
    ledger_path.write_text(text, encoding="utf-8")
    with edit_ledger(ledger_path) as editor:
        removed = editor.remove_statements(
            "000_66f99498a4238889", lambda s: not s.quote.startswith("Meanwhile, Moscow")
        )
    assert removed == 1
    before = read_ledger(ledger_path)
    # The article changes: a sentence is added at the end.
    _edit_text(
        project / "sources/000_66f99498a4238889.txt",
        "Comment (0)",
        "Seoul said the troops had reached the front.\nComment (0)",
    )
    _ingest(project)
    after = read_ledger(ledger_path)
    assert "# checked by hand\n  nk-troops:\n" in ledger_path.read_text(encoding="utf-8")
    assert after.claim("nk-troops") is not None
    quotes = [s.quote for _, s in _all_statements(after)]
    assert not any(q.startswith("Meanwhile, Moscow") for q in quotes), "deleted one came back"
    assert any(q.startswith("Seoul said the troops") for q in quotes), "new sentence missed"
    kept = {(cid, s.quote, s.stance, s.party) for cid, s in _all_statements(before)}
    now = {(cid, s.quote, s.stance, s.party) for cid, s in _all_statements(after)}
    assert kept <= now


def test_corrected_stance_and_moved_statement_survive_forced_reextraction(project: Path) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("my-claim", "A claim I track by hand")
    text = ledger_path.read_text(encoding="utf-8")
    # Correct the stance of the State Department statement by hand.
    head, _, tail = text.partition("speaker: The US State Department")
    head = (
        head[: head.rindex("stance: asserts")]
        + "stance: disputes"
        + head[head.rindex("stance: asserts") + len("stance: asserts") :]
    )
    ledger_path.write_text(head + "speaker: The US State Department" + tail, encoding="utf-8")
    statements_before = len(_all_statements(read_ledger(ledger_path)))
    summary = ingest(ledger_path, [project / "sources"], force=True)
    assert summary.statements_added == 0
    after = read_ledger(ledger_path)
    assert len(_all_statements(after)) == statements_before
    state = next(s for _, s in _all_statements(after) if s.quote.startswith(STATE_DEPT))
    assert state.stance is Stance.DISPUTES
    assert after.claim("my-claim") is not None


def test_a_claim_added_by_hand_attracts_matching_statements(project: Path) -> None:
    with edit_ledger(project / "claims.yaml") as editor:
        editor.add_claim("nk-shells", "North Korea supplies Russia with artillery shells")
    _ingest(project, "sources/003_b484f37d2071fccc.txt")
    ledger = read_ledger(project / "claims.yaml")
    assert _claim_of(ledger, "The United States has accused North Korea") == "nk-shells"


def _extract_rejection_and_tearing_up(project: Path, after_tearing_up: str = "") -> None:
    """Extract into a fresh ledger in `project` one article telling that a
    singer rejected an offer and another telling that he ripped up the papers
    (with `after_tearing_up` as its next paragraphs)."""
    init_ledger(project / "claims.yaml")
    sources = project / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Vasko turns down reunion\n\nOren Vasko has rejected a forty million pound offer for a "
        "Talmor reunion tour, his manager Lena Hart said on Monday.\n",
        encoding="utf-8",
    )
    (sources / "b.txt").write_text(
        "A dinner in Brenwick\n\nOren Vasko ripped up the papers he had been handed at a "
        "dinner, a friend of the singer told reporters.\n" + after_tearing_up,
        encoding="utf-8",
    )
    _ingest(project)


def test_a_claim_saying_an_earlier_claims_act_in_other_words_goes_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _extract_rejection_and_tearing_up(tmp_path)
    ledger = read_ledger(tmp_path / "claims.yaml")
    # Grouped one by one, the tearing up shares too few words with the
    # rejection to join it; once the run is grouped, the two claims tell one act.
    rejected = _claim_of(ledger, "Oren Vasko has rejected")
    assert (
        _claim_of(ledger, "Oren Vasko ripped up") == rejected == "oren-vasko-rejected-pound-offer"
    )
    assert [claim.id for claim in ledger.claims] == [rejected]


def test_a_statement_of_a_claim_merged_into_an_earlier_one_keeps_its_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _extract_rejection_and_tearing_up(
        tmp_path,
        "\nThe promoter Tom Bell denied that anyone ripped up any papers at the dinner.\n",
    )
    rejected = read_ledger(tmp_path / "claims.yaml").claim("oren-vasko-rejected-pound-offer")
    assert rejected is not None
    # The denial of the tearing up denies the rejection it went into, though
    # its words answer only the tearing up.
    stances = {statement.speaker: statement.stance for statement in rejected.statements}
    assert stances["The promoter Tom Bell"] is Stance.DENIES
    assert stances["a friend of the singer"] is Stance.ASSERTS


def _ingest_one(args: tuple[str, str]) -> None:
    ledger, path = args
    ingest(Path(ledger), [Path(path)])


def test_concurrent_extract_runs_lose_nothing(project: Path) -> None:
    paths = sorted(str(p) for p in (project / "sources").glob("*.txt"))
    with multiprocessing.get_context("spawn").Pool(len(paths)) as pool:
        pool.map(_ingest_one, [(str(project / "claims.yaml"), p) for p in paths])
    ledger = read_ledger(project / "claims.yaml")
    assert len(ledger.sources) == len(paths)
    one_by_one = project / "serial.yaml"
    init_ledger(one_by_one)
    ingest(one_by_one, [Path(p) for p in paths])
    # Every statement is accounted for, filed or not: which ones a claim
    # takes in may hang on the order the runs took, what was read may not.
    assert _extracted(ledger) == _extracted(read_ledger(one_by_one))


def _extracted(ledger: Ledger) -> set[str]:
    return {entry.partition(":")[0] for source in ledger.sources for entry in source.extracted}


def test_match_names_the_claim_and_the_texts_own_stance(project: Path) -> None:
    _ingest(project)
    ledger = read_ledger(project / "claims.yaml")
    troops = _claim_of(ledger, STATE_DEPT)
    texts = [
        "Pyongyang denied sending troops to Russia",
        "The price of rice rose in Tokyo",
        "North Korea has not deployed troops to Russia, Pyongyang said",
    ]
    denial, unrelated, negative = match_texts(ledger, texts)
    troop_claims = {
        claim.id
        for claim in ledger.claims
        if re.search(r"North Korea", claim.text) and re.search(r"troops|soldiers|force", claim.text)
    }
    assert troops in troop_claims
    assert denial.claim in troop_claims
    assert denial.statement.party == "North Korea"
    assert denial.statement.stance is Stance.DENIES
    assert unrelated.claim is None
    # A negative sentence denies the claim it contradicts.
    assert negative.claim in troop_claims
    assert negative.statement.stance is Stance.DENIES


def _ferry_ledger(path: Path) -> None:
    """A ledger whose statements are of people named in full and of a ferry company."""
    speakers = [
        ("Tomas Brandvik", "asserts", "said"),
        ("Ingrid Brandvik", "asserts", "said"),
        ("Selma Haugland", "denies", "denied"),
        ("Orla Penhallow", "asserts", "said"),
        ("Ferrolux", "asserts", "announced"),
    ]
    lines = ["version: 1", "sources:", "  quay:", "    path: sources/quay.md", "    sha256: aa"]
    lines.append("claims:")
    for number in range(12):
        lines += [
            f"  ferry-route-{number}:",
            f"    text: The night ferry to island {number} will stop running in winter",
            "    statements:",
        ]
        party, stance, cue = speakers[number % len(speakers)]
        lines += [
            f"    - party: {party}",
            f"      stance: {stance}",
            f"      speaker: {party}",
            f"      cue: {cue}",
            "      source: quay",
            f"      line: {number + 1}",
            f"      content: the night ferry to island {number} will stop running in winter",
            f"      quote: {party} {cue} the night ferry to island {number} will stop in winter.",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_text_named_by_surname_or_a_tracked_name_reads_the_same_however_many_are_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `match` names a speaker given by last name alone as the one tracked person
    # of that name, and a speaker written as a tracked party's name as that
    # party: the first few names are looked for one by one in the ledger, the
    # rest in every party at once, with the same answers either way.
    path = tmp_path / "claims.yaml"
    _ferry_ledger(path)
    texts = [
        "Penhallow said the night ferry to island 3 will stop running in winter",
        "Haugland denied that the night ferry to island 2 will stop running in winter",
        "Brandvik said the night ferry to island 0 will stop running in winter",
        "Ferrolux said the night ferry to island 4 will stop running in winter",
        "Okafor said the night ferry to island 5 will stop running in winter",
        "Mr. Penhallow said the night ferry to island 8 will stop running in winter",
        "Ms. Haugland said the night ferry to island 7 will stop running in winter",
    ]
    answers = []
    for searched in (0, 2, 100):
        monkeypatch.setattr("claimtrack.pipeline._NAMES_SEARCHED", searched)
        ledger = read_ledger(path)
        answers.append(
            [(r.statement.speaker, r.statement.party) for r in match_texts(ledger, texts)]
        )
    assert answers[0] == answers[1] == answers[2]
    parties = [party for _, party in answers[0]]
    assert parties[0] == parties[5] == "Orla Penhallow"
    assert parties[1] == parties[6] == "Selma Haugland"
    # Two tracked people are called Brandvik: which one spoke is not guessed.
    assert parties[2] not in ("Tomas Brandvik", "Ingrid Brandvik")
    assert parties[3] == "Ferrolux"
    assert parties[4] in (None, "Okafor")


def test_kept_statements_follow_their_sentence_when_lines_move(project: Path) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    state = next(
        s for _, s in _all_statements(read_ledger(ledger_path)) if s.quote.startswith(STATE_DEPT)
    )
    _edit_text(
        project / "sources/000_66f99498a4238889.txt",
        "Earlier, Russian Foreign Minister",
        "An editor's note added later.\nEarlier, Russian Foreign Minister",
    )
    _ingest(project)
    after = read_ledger(ledger_path)
    moved = next(s for _, s in _all_statements(after) if s.quote.startswith(STATE_DEPT))
    assert moved.line == state.line + 1
    assert (moved.party, moved.stance) == (state.party, state.stance)


def _statement_block(text: str, quote_start: str) -> tuple[int, int]:
    """Where the statement whose quote starts with `quote_start` sits in the ledger text."""
    at = text.index(quote_start)
    start = text.rindex("\n    - ", 0, at) + 1
    ends = [text.find(mark, at) for mark in ("\n    - ", "\n  ", "\n#")]
    end = min(e for e in ends if e != -1) + 1
    return start, end


def test_every_kind_of_hand_edit_survives_reextraction(project: Path) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    ledger = read_ledger(ledger_path)
    troops = _claim_of(ledger, STATE_DEPT)
    shells = _claim_of(ledger, "The United States has accused North Korea")
    text = ledger_path.read_text(encoding="utf-8")
    # Change a party and a stance in place.
    start, end = _statement_block(text, "Meanwhile, Moscow pointed out")
    block = text[start:end].replace("party: Russia", "party: Russian Federation")
    block = block.replace("stance: disputes", "stance: denies")
    text = text[:start] + block + text[end:]
    # Move a statement under the shells claim, as a person would cut and paste:
    # one of a claim that keeps others, so that no claim is left empty.
    sizes = Counter(claim_id for claim_id, _ in _all_statements(ledger))
    mover = next(
        s.quote[:30]
        for claim_id, s in _all_statements(ledger)
        if sizes[claim_id] > 1
        and claim_id not in {troops, shells}
        and not s.quote.startswith("Meanwhile, Moscow")
        and text.count(s.quote[:30]) == 1
    )
    start, end = _statement_block(text, mover)
    moved = text[start:end]
    text = text[:start] + text[end:]
    shells_at = text.index(f"\n  {shells}:\n")
    next_claim = re.compile(r"\n  [a-z0-9-]+:\n").search(text, shells_at + 1)
    insert_at = next_claim.start() + 1 if next_claim else len(text)
    text = text[:insert_at] + moved + text[insert_at:]
    # Reword a claim's text.
    text = re.sub(
        rf"(\n  {troops}:\n    text: )(?:>-\n(?:      .*\n)+|.*\n)",
        lambda m: m.group(1) + "North Korean troops are fighting for Russia\n",
        text,
        count=1,
    )
    ledger_path.write_text(text, encoding="utf-8")
    edited = read_ledger(ledger_path)

    summary = ingest(ledger_path, [project / "sources"], force=True)

    assert summary.statements_added == 0
    assert ledger_path.read_text(encoding="utf-8") == text
    after = read_ledger(ledger_path)
    assert after == edited
    assert after.claim(troops).text == "North Korean troops are fighting for Russia"  # type: ignore[union-attr]
    assert _claim_of(after, mover) == shells
    moscow = next(s for _, s in _all_statements(after) if s.quote.startswith("Meanwhile, Moscow"))
    assert (moscow.party, moscow.stance) == ("Russian Federation", Stance.DENIES)


def _write_source(project: Path, name: str, text: str) -> None:
    (project / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")


def test_stance_is_decided_against_the_claim_a_statement_joins(project: Path) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "a_sale",
        "Harbour Lines plans to sell its three oldest ferries to a Greek operator, "
        "the port authority said on Monday.\n",
    )
    _write_source(
        project,
        "b_denial",
        "Harbour Lines said it has no plans to sell its three oldest ferries to a Greek "
        "operator.\nThe ferries were not built for the open sea, a captain said.\n",
    )
    _ingest(project, "sources/a_sale.txt")
    _ingest(project, "sources/b_denial.txt")
    ledger = read_ledger(project / "claims.yaml")
    sale = _claim_of(ledger, "Harbour Lines plans")
    assert _claim_of(ledger, "Harbour Lines said it has no plans") == sale
    stances = {s.quote[:20]: (cid, s.stance) for cid, s in _all_statements(ledger)}
    assert stances["Harbour Lines plans "] == (sale, Stance.ASSERTS)
    assert stances["Harbour Lines said i"] == (sale, Stance.DENIES)
    # A negative sentence that is a claim of its own asserts it.
    own, stance = stances["The ferries were not"]
    assert own != sale and stance is Stance.ASSERTS
    # What `extracted` records is the stance toward the claim: the run is stable.
    first = (project / "claims.yaml").read_bytes()
    _ingest(project)
    assert (project / "claims.yaml").read_bytes() == first


def test_moved_statements_take_a_stance_toward_their_new_claim(project: Path) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    troops = _claim_of(read_ledger(ledger_path), STATE_DEPT)
    # A person sets one stance by hand ...
    text = ledger_path.read_text(encoding="utf-8")
    head, _, tail = text.partition("speaker: The US State Department")
    at = head.rindex("stance: asserts")
    head = head[:at] + "stance: disputes" + head[at + len("stance: asserts") :]
    ledger_path.write_text(head + "speaker: The US State Department" + tail, encoding="utf-8")
    # ... then moves the troop statements under a claim that says the opposite.
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("no-nk-troops", "No North Korean troops have been deployed to Russia")
        editor.merge_claims("no-nk-troops", [troops])
    summary = ingest(ledger_path, [project / "sources"])
    assert summary.statements_added == 0 and summary.stances_settled > 0
    moved = read_ledger(ledger_path).claim("no-nk-troops")
    assert moved is not None
    stances = {(s.party, s.cue, s.stance) for s in moved.statements}
    assert ("United States", "accused", Stance.DISPUTES) in stances, "a hand-set stance stays"
    assert ("North Korea", "rejected accusations", Stance.ASSERTS) in stances
    assert any(p == "United States" and st is Stance.DENIES for p, _, st in stances)
    # The settled stances count as extraction's own: a second run changes nothing.
    first = ledger_path.read_bytes()
    ingest(ledger_path, [project / "sources"])
    assert ledger_path.read_bytes() == first


# -- source ids --------------------------------------------------------------


def _two_outlets(project: Path) -> None:
    """The same file name from two outlets, in folders of their own."""
    for outlet, seed in (("reuters", "000_66f99498a4238889"), ("ap", "003_b484f37d2071fccc")):
        folder = project / "sources" / outlet
        folder.mkdir()
        shutil.copy(SEEDS / f"{seed}.txt", folder / "2024-11-20.txt")


def test_same_named_files_in_two_folders_are_two_sources(project: Path) -> None:
    _two_outlets(project)
    _ingest(project)
    first = (project / "claims.yaml").read_bytes()
    ledger = read_ledger(project / "claims.yaml")
    ids = {source.id: source.path for source in ledger.sources}
    # Files directly in sources/ keep the ids they always had.
    assert ids["000_66f99498a4238889"] == "sources/000_66f99498a4238889.txt"
    assert ids["reuters/2024-11-20"] == "sources/reuters/2024-11-20.txt"
    assert ids["ap/2024-11-20"] == "sources/ap/2024-11-20.txt"
    cited = {s.source for _, s in _all_statements(ledger)}
    assert {"reuters/2024-11-20", "ap/2024-11-20"} <= cited

    summary = ingest(project / "claims.yaml", [project / "sources"])

    assert summary.read == 0
    assert (project / "claims.yaml").read_bytes() == first


def test_an_id_collision_never_merges_two_files(project: Path) -> None:
    """`x.txt` and `x.md`, or same-named files in two folders, get ids of their own."""
    shutil.copy(SEEDS / "000_66f99498a4238889.txt", project / "sources" / "000_66f99498a4238889.md")
    outside = project / "elsewhere"
    outside.mkdir()
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", outside / "000_66f99498a4238889.txt")
    _ingest(project, "sources", "elsewhere")
    first = (project / "claims.yaml").read_bytes()
    ledger = read_ledger(project / "claims.yaml")
    paths = {source.path: source.id for source in ledger.sources}

    assert paths["sources/000_66f99498a4238889.txt"] == "000_66f99498a4238889"
    assert paths["sources/000_66f99498a4238889.md"] == "000_66f99498a4238889.md"
    assert paths["elsewhere/000_66f99498a4238889.txt"] == "elsewhere/000_66f99498a4238889"
    assert len(set(paths.values())) == len(paths)

    # Read again one at a time, in another order: every file keeps its id.
    for path in ("elsewhere", "sources/000_66f99498a4238889.md", "sources"):
        assert ingest(project / "claims.yaml", [project / path]).read == 0
    assert (project / "claims.yaml").read_bytes() == first


def test_a_new_file_never_takes_the_id_of_a_recorded_one(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _ingest(project, "sources/000_66f99498a4238889.txt")
    other = tmp_path_factory.mktemp("outside")
    shutil.copy(SEEDS / "003_b484f37d2071fccc.txt", other / "000_66f99498a4238889.txt")

    summary = ingest(project / "claims.yaml", [other / "000_66f99498a4238889.txt"])

    assert summary.read == 1 and not summary.failed
    ledger = read_ledger(project / "claims.yaml")
    ids = {s.id: s.path for s in ledger.sources}
    assert ids.pop("000_66f99498a4238889") == "sources/000_66f99498a4238889.txt"
    [(new_id, path)] = ids.items()
    assert new_id == "000_66f99498a4238889.txt"
    assert path.endswith(f"{other.name}/000_66f99498a4238889.txt")
    assert ingest(project / "claims.yaml", [other / "000_66f99498a4238889.txt"]).read == 0


# -- dropping a claim ---------------------------------------------------------


def _drop(ledger_path: Path, claim_id: str) -> int:
    from claimtrack.ledger import update_ledger
    from claimtrack.pipeline import drop_claim

    return update_ledger(ledger_path, lambda editor: drop_claim(editor, claim_id))


def _quotes(ledger_path: Path) -> list[str]:
    return [s.quote for _, s in _all_statements(read_ledger(ledger_path))]


def test_a_dropped_claim_stays_dropped_through_forced_and_changed_extractions(
    project: Path,
) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    troops = _claim_of(read_ledger(ledger_path), STATE_DEPT)
    dropped = read_ledger(ledger_path).claim(troops)
    assert dropped is not None
    gone = {s.quote for s in dropped.statements}

    assert _drop(ledger_path, troops) == len(dropped.statements)
    assert read_ledger(ledger_path).claim(troops) is None

    summary = ingest(ledger_path, [project / "sources"], force=True)
    assert summary.statements_added == 0
    assert not gone & set(_quotes(ledger_path))

    # The article changes around the dropped sentences; they stay out.
    _edit_text(
        project / "sources/000_66f99498a4238889.txt",
        "Comment (0)",
        "Seoul said the troops had reached the front.\nComment (0)",
    )
    _ingest(project)
    assert not gone & set(_quotes(ledger_path))
    assert any(q.startswith("Seoul said the troops") for q in _quotes(ledger_path))


def test_a_dropped_sentence_that_leaves_the_article_and_comes_back_stays_dropped(
    project: Path,
) -> None:
    _ingest(project)
    ledger_path = project / "claims.yaml"
    article = project / "sources/000_66f99498a4238889.txt"
    original = article.read_text(encoding="utf-8")
    sentence = next(line for line in original.splitlines() if line.startswith(STATE_DEPT))
    _drop(ledger_path, _claim_of(read_ledger(ledger_path), STATE_DEPT))

    article.write_text(original.replace(sentence, ""), encoding="utf-8")
    _ingest(project)
    article.write_text(original, encoding="utf-8")
    _ingest(project)

    assert not any(q.startswith(STATE_DEPT) for q in _quotes(ledger_path))


def test_dropping_a_claim_written_by_hand_records_its_statements(project: Path) -> None:
    # A ledger whose statements were typed in, with no `extracted` lists.
    _ingest(project)
    ledger_path = project / "claims.yaml"
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(re.sub(r"\n    extracted: \[[^\]]*\]", "", text), encoding="utf-8")
    assert all(not source.extracted for source in read_ledger(ledger_path).sources)

    _drop(ledger_path, _claim_of(read_ledger(ledger_path), STATE_DEPT))
    ingest(ledger_path, [project / "sources"], force=True)

    assert not any(q.startswith(STATE_DEPT) for q in _quotes(ledger_path))


def test_a_person_on_both_sides_of_a_claim_speaks_of_another_proposition(
    project: Path,
) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "a_first",
        "Engineer Jane Roe said the new bridge over the Tamar will open to traffic in May.\n",
    )
    _write_source(
        project,
        "b_second",
        "Jane Roe said the old Tamar crossing, built in 1961, will never open to traffic again.\n",
    )
    _ingest(project)
    ledger = read_ledger(project / "claims.yaml")
    new = _claim_of(ledger, "Engineer Jane Roe")
    old = _claim_of(ledger, "Jane Roe said the old")
    # Joined loosely, the second would have her deny what she asserted; it is
    # about another bridge, and she asserts it.
    assert old != new
    stances = {s.quote[:12]: s.stance for _, s in _all_statements(ledger)}
    assert set(stances.values()) == {Stance.ASSERTS}


def test_a_person_turning_on_a_claim_with_no_proposition_of_their_own_is_not_filed(
    project: Path,
) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "a_first",
        "Engineer Jane Roe said the new Tamar bridge will open to traffic in May.\n",
    )
    _write_source(
        project, "b_second", "Jane Roe said it was not clear whether it would open this year.\n"
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    ledger = read_ledger(project / "claims.yaml")
    # Joined loosely, she would doubt what she asserted; her "it" names nothing,
    # so it makes no claim of its own either: it is not filed.
    assert summary.statements_not_filed == 1
    quotes = [s.quote for _, s in _all_statements(ledger)]
    assert quotes == ["Engineer Jane Roe said the new Tamar bridge will open to traffic in May."]
    assert {s.stance for _, s in _all_statements(ledger)} == {Stance.ASSERTS}


def test_a_stance_toward_a_claim_is_read_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack import pipeline, stance
    from claimtrack.stance import Lexicon

    lexicon = Lexicon.build()
    calls: list[tuple[str | None, str]] = []
    real = stance.classify_stance

    def counted(
        cue: str | None,
        content: str,
        lexicon: Lexicon,
        claim: str | None = None,
        *,
        grouped: bool = False,
    ):  # type: ignore[no-untyped-def]
        calls.append((cue, content))
        return real(cue, content, lexicon, claim=claim, grouped=grouped)

    monkeypatch.setattr(stance, "classify_stance", counted)
    said = Statement(
        Stance.ASSERTS, "q", "the ferry was never sold", "a", 1, speaker="the mayor", cue="said"
    )
    claim = "The ferry was sold to a shipping firm"
    known: dict[tuple[str | None, str, str], Stance] = {}
    asked = pipeline._stance_toward(said, claim, lexicon, known)
    first = pipeline._toward(said, claim, lexicon, known)
    again = pipeline._toward(replace(said, source="b"), claim, lexicon, known)
    assert asked is Stance.DENIES
    assert first.stance is again.stance is Stance.DENIES
    assert calls == [("said", "the ferry was never sold")]
    # Without a place to keep them, each is read afresh, to the same stance.
    assert pipeline._toward(said, claim, lexicon).stance is Stance.DENIES
    assert len(calls) == 2


def test_extraction_collects_garbage_less_often_and_then_as_before() -> None:
    import gc

    from claimtrack._collector import fewer_collections

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            assert gc.get_threshold() == (100_000, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0, 10, 10)  # collection turned off stays off
        with fewer_collections():
            assert gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_merge_decides_the_moved_statements_stances_against_the_claim_kept(
    project: Path,
) -> None:
    from claimtrack.ledger import update_ledger
    from claimtrack.pipeline import settle_moved

    _ingest(project)
    ledger_path = project / "claims.yaml"
    troops = _claim_of(read_ledger(ledger_path), STATE_DEPT)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("no-nk-troops", "No North Korean troops have been deployed to Russia")

    def merge(editor: LedgerEditor) -> int:
        editor.merge_claims("no-nk-troops", [troops])
        return settle_moved(editor, {"no-nk-troops"})

    assert update_ledger(ledger_path, merge) > 0
    moved = read_ledger(ledger_path).claim("no-nk-troops")
    assert moved is not None
    stances = {(s.party, s.cue, s.stance) for s in moved.statements}
    assert ("North Korea", "rejected accusations", Stance.ASSERTS) in stances
    assert any(p == "United States" and st is Stance.DENIES for p, _, st in stances)
    # Decided as extraction decides: a forced run changes nothing.
    first = ledger_path.read_bytes()
    ingest(ledger_path, [project / "sources"], force=True)
    assert ledger_path.read_bytes() == first


def test_a_ledger_saved_settled_is_not_settled_again_until_a_hand_edit(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import pipeline

    _ingest(project)
    ledger_path = project / "claims.yaml"
    looked: list[object] = []
    settle = pipeline.settle_stances

    def counted(ledger: Ledger, claims: object = None) -> object:
        looked.append(claims)
        return settle(ledger, claims)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "settle_stances", counted)
    _write_source(project, "late", "Seoul said on Friday that more troops arrived.\n")
    _ingest(project, "sources/late.txt")
    assert None not in looked  # the ledger extract saved was settled: not looked through
    # Statements moved without their stances settled: the whole ledger is looked through.
    troops = _claim_of(read_ledger(ledger_path), STATE_DEPT)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("no-nk-troops", "No North Korean troops have been deployed to Russia")
        editor.merge_claims("no-nk-troops", [troops])
    looked.clear()
    summary = ingest(ledger_path, [project / "sources"])
    assert None in looked and summary.stances_settled > 0


def test_a_hand_edit_elsewhere_leaves_the_stance_of_a_claims_own_statement(
    project: Path,
) -> None:
    # A claim made from a statement that calls it false: the statement denies it.
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "permits",
        "Street trade\n\nReports that the council will deny permits to street vendors "
        "are false, the city says in a new statement.\n",
    )
    _ingest(project)
    ledger_path = project / "claims.yaml"

    def stance_of(claim_id: str) -> list[Stance]:
        claim = read_ledger(ledger_path).claim(claim_id)
        assert claim is not None
        return [statement.stance for statement in claim.statements]

    assert stance_of("council-deny-permits") == [Stance.DENIES]
    # A note added by hand, far from that claim, then another article extracted:
    # nobody moved the statement or rewrote its claim, so its stance stays.
    with ledger_path.open("a", encoding="utf-8") as file:
        file.write("# read on Tuesday\n")
    _write_source(
        project, "storm", "Weather\n\nForecasters said the storm would reach the coast.\n"
    )
    summary = ingest(ledger_path, [project / "sources" / "storm.txt"])
    assert summary.stances_settled == 0
    assert stance_of("council-deny-permits") == [Stance.DENIES]
    # Its claim rewritten by hand to say the reports are false: the statement is
    # read again against the new text, and asserts it.
    _edit_text(
        ledger_path,
        "text: The council will deny permits to street vendors",
        "text: Reports about the council are false",
    )
    summary = ingest(ledger_path, [project / "sources"])
    assert summary.stances_settled == 1
    assert stance_of("council-deny-permits") == [Stance.ASSERTS]


def _two_stories(project: Path) -> Path:
    """A ledger of two unrelated stories, extracted and so settled."""
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "permits",
        "Street trade\n\nReports that the council will deny permits to street vendors "
        "are false, the city says in a new statement.\nMarket traders said the fees "
        "had doubled since March.\n",
    )
    _write_source(
        project,
        "bridge",
        "Transport\n\nThe mayor said the old bridge would close for repairs in May.\n",
    )
    _ingest(project)
    return project / "claims.yaml"


def _settling_watched(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each call of `pipeline.settle_stances` from now on, as the set of claims it
    was asked to settle (None: the whole ledger)."""
    from claimtrack import pipeline

    looked: list[object] = []
    settle = pipeline.settle_stances

    def counted(ledger: Ledger, claims: object = None) -> object:
        looked.append(None if claims is None else set(claims))  # type: ignore[call-overload]
        return settle(ledger, claims)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "settle_stances", counted)
    return looked


@pytest.mark.parametrize("between", ["nothing", "list", "rename", "drop"])
def test_a_hand_edit_of_one_claim_settles_that_claim_alone(
    project: Path, monkeypatch: pytest.MonkeyPatch, between: str
) -> None:
    from claimtrack import cache, pipeline

    ledger_path = _two_stories(project)
    bridge = _claim_of(read_ledger(ledger_path), "The mayor said")
    looked = _settling_watched(monkeypatch)
    # The permits claim rewritten by hand to say the reports are false.
    _edit_text(
        ledger_path,
        "text: The council will deny permits to street vendors",
        "text: Reports about the council are false",
    )
    # Another command first, which reads the edit before `extract` does: the edited
    # bytes are then the ones cached, and it carries the settled mark over to them.
    if between == "list":
        read_ledger(ledger_path)
    elif between == "rename":
        with edit_ledger(ledger_path) as editor:
            pipeline.rename_claim(editor, bridge, "bridge-closing")
        bridge = "bridge-closing"
    elif between == "drop":
        with edit_ledger(ledger_path) as editor:
            pipeline.drop_claim(editor, bridge)
    _write_source(project, "storm", "Weather\n\nForecasters said the storm would grow.\n")
    # The same ledger elsewhere, unknown to the cache: settled whole.
    elsewhere = project / "elsewhere"
    (elsewhere / "sources").mkdir(parents=True)
    for path in (project / "sources").glob("*.txt"):
        shutil.copy(path, elsewhere / "sources")
    shutil.copy(ledger_path, elsewhere / "claims.yaml")
    summary = ingest(ledger_path, [project / "sources" / "storm.txt"])
    ingest(elsewhere / "claims.yaml", [elsewhere / "sources" / "storm.txt"])
    assert looked[-1] is None
    del looked[-1]
    assert ledger_path.read_bytes() == (elsewhere / "claims.yaml").read_bytes()
    # Only the claims holding a statement of the edited claim's words are read again
    # (their fingerprints number them among those words), and its statement is
    # settled against the new text; neither a claim of another sentence of the same
    # article nor the other story's claim is.
    ledger = read_ledger(ledger_path)
    same_words = {
        claim.id
        for claim in ledger.claims
        if any(s.quote.startswith("Reports that the council") for s in claim.statements)
    }
    fees = _claim_of(ledger, "Market traders said")
    assert "council-deny-permits" in same_words and fees in {
        c.id for c in ledger.claims if "permits" in cache.cited_sources(c)
    }
    assert looked == [same_words]
    assert fees not in same_words and bridge not in same_words
    assert summary.stances_settled == 1
    permits = ledger.claim("council-deny-permits")
    assert permits is not None and [s.stance for s in permits.statements] == [Stance.ASSERTS]
    # Settled now: the next article settles nothing.
    looked.clear()
    _write_source(project, "rain", "Weather\n\nForecasters said the rain would stop.\n")
    assert ingest(ledger_path, [project / "sources" / "rain.txt"]).stances_settled == 0
    assert looked == []


def test_a_hand_edit_settles_the_claims_citing_a_source_it_touched(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    ledger_path = _two_stories(project)
    looked = _settling_watched(monkeypatch)
    ledger = read_ledger(ledger_path)
    bridge = _claim_of(ledger, "The mayor said")
    # A comment added to a source's entry changes no stance: nothing is read again.
    _edit_text(ledger_path, "  bridge:\n", "  bridge:  # checked by hand\n")
    _write_source(project, "storm", "Weather\n\nForecasters said the storm would grow.\n")
    ingest(ledger_path, [project / "sources" / "storm.txt"])
    assert looked == []
    # The source's entry changed: the claims citing it are read again, the other
    # story's are not.
    _edit_text(ledger_path, "title: Transport\n", "title: Transport news\n")
    _write_source(project, "rain", "Weather\n\nForecasters said the rain would stop.\n")
    ingest(ledger_path, [project / "sources" / "rain.txt"])
    assert looked == [{bridge}]
    # Two claims swapped by hand: the whole ledger is settled again.
    looked.clear()
    text = ledger_path.read_text(encoding="utf-8")
    head, claims_key, body = text.partition("\nclaims:\n")
    blocks = re.split(r"(?m)^(?=  [^\s#-])", body)
    assert len(blocks) >= 3 and blocks[0] == ""
    blocks[1], blocks[2] = blocks[2], blocks[1]
    ledger_path.write_text(head + claims_key + "".join(blocks), encoding="utf-8")
    _write_source(project, "hail", "Weather\n\nForecasters said the hail would end.\n")
    ingest(ledger_path, [project / "sources" / "hail.txt"])
    assert looked == [None]


def test_a_write_to_sources_reads_again_only_the_sources_it_changes(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import _yaml
    from claimtrack.ledger import LedgerEditor

    _ingest(project)
    ledger_path = project / "claims.yaml"
    ledger = read_ledger(ledger_path)  # the cache is warm, as after any command
    claim = ledger.claims[0]
    seen: list[object] = []
    checked = LedgerEditor.checked
    whole = _yaml.parse_ledger

    def spy(self: LedgerEditor) -> object:
        found = checked(self)
        seen.append(found)
        return found

    monkeypatch.setattr(LedgerEditor, "checked", spy)
    monkeypatch.setattr(
        _yaml, "parse_ledger", lambda *a, **k: seen.append("whole") or whole(*a, **k)
    )
    with edit_ledger(ledger_path) as editor:
        first = next(s for s in ledger.sources if any(t.source == s.id for t in claim.statements))
        editor.put_source(dataclasses.replace(first, extracted=(*first.extracted, "0badcafe:1234")))
        editor.drop_claim(claim.id)
    assert seen and seen[0] is not None and "whole" not in seen
    fresh, problems = _yaml.parse_ledger(ledger_path.read_text(encoding="utf-8"), str(ledger_path))
    assert not problems and seen[0] == fresh
    assert fresh is not None and fresh.source(first.id).extracted[-1] == "0badcafe:1234"


def test_the_statements_of_a_few_sources_build_only_the_claims_citing_them(
    project: Path,
) -> None:
    from claimtrack.pipeline import _by_source, _statements_from

    _ingest(project)
    ledger_path = project / "claims.yaml"
    read_ledger(ledger_path)
    warm = read_ledger(ledger_path)  # from the cache: statements built on first read
    wanted = {warm.claims[-1].statements[0].source}
    warm = read_ledger(ledger_path)
    found = _statements_from(warm, wanted)
    built = [claim for claim in warm.claims if "statements" in vars(claim)]
    assert built and len(built) < len(warm.claims)
    assert all(any(s.source in wanted for s in claim.statements) for claim in built)
    every = _by_source(read_ledger(ledger_path))
    assert found == {source_id: every[source_id] for source_id in every if source_id in wanted}


def test_the_statements_of_one_source_build_only_the_claims_citing_it(project: Path) -> None:
    from claimtrack import pipeline

    _ingest(project)
    read_ledger(project / "claims.yaml")  # leaves the cache warm
    ledger = read_ledger(project / "claims.yaml")
    source_id = ledger.sources[0].id
    found = pipeline._statements_of_source(ledger, source_id)
    claim_of = pipeline._claims_of_statements(ledger, source_id)
    built = [claim for claim in ledger.claims if "statements" in claim.__dict__]
    assert built and len(built) < len(ledger.claims)
    assert all(any(s.source == source_id for s in claim.statements) for claim in built)
    everyone = [(claim.id, s) for claim in ledger.claims for s in claim.statements]
    assert found == sorted((s for _, s in everyone if s.source == source_id), key=lambda s: s.line)
    assert claim_of == {s: claim_id for claim_id, s in everyone if s.source == source_id}


def _warm_ledger_read_afresh(project: Path) -> tuple[list[tuple[str, Statement]], list[str]]:
    """Ingest the project with its cache left warm; every statement with its claim's id,
    and every source's id and one no statement cites, as a fresh read of the YAML gives."""
    _ingest(project)
    read_ledger(project / "claims.yaml")  # leaves the cache warm
    fresh, _ = _yaml_ledger(project / "claims.yaml")
    everyone = [(claim.id, s) for claim in fresh.claims for s in claim.statements]
    return everyone, [source.id for source in fresh.sources] + ["never-cited"]


def test_the_first_sources_asked_about_are_looked_for_alone_and_agree_with_every_claims_map(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import cache, pipeline

    everyone, source_ids = _warm_ledger_read_afresh(project)

    def expected(source_id: str) -> list[Statement]:
        return sorted((s for _, s in everyone if s.source == source_id), key=lambda s: s.line)

    mapped: list[object] = []
    whole = pipeline._citing
    monkeypatch.setattr(pipeline, "_citing", lambda ledger: mapped.append(ledger) or whole(ledger))
    monkeypatch.setattr(pipeline, "_CITING_ONE_BY_ONE", 2)
    ledger = read_ledger(project / "claims.yaml")
    for number, source_id in enumerate(source_ids):
        assert pipeline._statements_of_source(ledger, source_id) == expected(source_id)
        claim_of = pipeline._claims_of_statements(ledger, source_id)
        assert claim_of == {s: cid for cid, s in everyone if s.source == source_id}
        # Each of the first two is looked for alone, asked twice; then every source's claims.
        assert len(mapped) == (0 if number < 2 else 1)
        if number == 0:
            citing = [c for c in ledger.claims if source_id in cache.cited_sources(c)]
            built = [c for c in ledger.claims if "statements" in c.__dict__]
            assert built == citing and len(built) < len(ledger.claims)


def test_the_sources_a_write_settles_are_looked_for_together_in_one_search(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import cache, pipeline

    everyone, source_ids = _warm_ledger_read_afresh(project)
    searches: list[object] = []
    search = cache.claims_citing
    monkeypatch.setattr(
        cache, "claims_citing", lambda claims, ids: searches.append(ids) or search(claims, ids)
    )
    monkeypatch.setattr(pipeline, "_citing", lambda ledger: pytest.fail("every claim's map"))
    ledger = read_ledger(project / "claims.yaml")
    pipeline._find_citing(ledger, source_ids)
    for source_id in reversed(source_ids):
        found = pipeline._statements_of_source(ledger, source_id)
        assert found == sorted(
            (s for _, s in everyone if s.source == source_id), key=lambda s: s.line
        )
        claim_of = pipeline._claims_of_statements(ledger, source_id)
        assert claim_of == {s: cid for cid, s in everyone if s.source == source_id}
    assert len(searches) == 1


def _yaml_ledger(path: Path) -> tuple[Ledger, list[object]]:
    from claimtrack import _yaml

    ledger, problems = _yaml.parse_ledger(path.read_text(encoding="utf-8"), str(path))
    assert ledger is not None
    return ledger, list(problems)


@pytest.mark.parametrize(
    ("tracked", "again"),
    [
        ("Die Straße nach Kiel ist gesperrt", "DIE STRASSE NACH KIEL IST GESPERRT!"),
        ("The ferry to Kiel is cancelled.", "the  ferry to kiel, is cancelled"),
        ("!!!", "?"),  # no words at all: the same (empty) words
    ],
)
def test_a_text_tracked_already_in_other_case_spacing_or_punctuation_adds_nothing(
    tmp_path: Path, tracked: str, again: str
) -> None:
    from claimtrack.pipeline import add_claim

    path = tmp_path / "claims.yaml"
    init_ledger(path)
    with edit_ledger(path) as editor:
        add_claim(editor, "Ferries to Oslo run again in May", "oslo-ferries")
        first = add_claim(editor, tracked, "tracked")
    with edit_ledger(path) as editor:
        added = add_claim(editor, again)
        other = add_claim(editor, "The road to Kiel is closed", "kiel-road")
    assert first.created and not added.created and added.claim_id == "tracked"
    assert other.created
    assert [c.id for c in read_ledger(path).claims] == ["oslo-ferries", "tracked", "kiel-road"]


def _count_plans(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each `plan_ingest` call was given the articles all at once."""
    import claimtrack.pipeline as pipeline

    calls: list[bool] = []
    real = pipeline.plan_ingest

    def counted(ledger: Ledger, extractions: object, *args: object, **kwargs: object) -> object:
        calls.append(isinstance(extractions, list))
        return real(ledger, extractions, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "plan_ingest", counted)
    return calls


_RESIGNED = (
    "The town of Eastbrook held a council meeting on Monday.\n\n"
    'A spokeswoman for the council said: "The treasurer of Eastbrook has resigned '
    'after the audit."\n'
)


def test_statements_are_grouped_as_articles_come_and_that_plan_is_written(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_plans(monkeypatch)
    (project / "news").mkdir()
    (project / "news" / "eastbrook.txt").write_text(_RESIGNED, encoding="utf-8")
    assert not ingest(project / "claims.yaml", [project / "news"], jobs=2).failed
    # Planned once, while the articles were read, not again at write time.
    assert calls == [False]
    planned = read_ledger(project / "claims.yaml")

    # The same articles into a second ledger, planned at write time: the same ledger.
    calls.clear()
    monkeypatch.setattr("claimtrack.pipeline._extract_stream", _failing_stream(monkeypatch))
    init_ledger(project / "again.yaml")
    assert not ingest(project / "again.yaml", [project / "news"], jobs=2).failed
    assert calls == [False, True]
    again = read_ledger(project / "again.yaml")
    assert again.claims == planned.claims
    assert _extracted(again) == _extracted(planned)


def _failing_stream(monkeypatch: pytest.MonkeyPatch) -> object:
    """`_extract_stream` as if one more file were being read that never came (it failed)."""
    import claimtrack.pipeline as pipeline

    real = pipeline._extract_stream

    def stream(*args: object) -> object:
        being_read, extractions, summary = real(*args)  # type: ignore[arg-type]
        return being_read | {"a-file-that-failed"}, extractions, summary

    return stream


def test_a_ledger_changed_while_articles_are_read_is_planned_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_plans(monkeypatch)
    (project / "news").mkdir()
    (project / "news" / "eastbrook.txt").write_text(_RESIGNED, encoding="utf-8")
    edited: list[bool] = []

    def edit_by_hand(done: int, total: int, path: str) -> None:
        if not edited:
            with edit_ledger(project / "claims.yaml") as editor:
                editor.add_claim("treasurer", "The treasurer of Eastbrook has resigned")
            edited.append(True)

    ingest(project / "claims.yaml", [project / "news"], jobs=2, progress=edit_by_hand)
    # The plan made as the articles came knew nothing of the claim added meanwhile.
    assert calls == [False, True]
    ledger = read_ledger(project / "claims.yaml")
    assert [cid for cid, s in _all_statements(ledger) if "treasurer" in s.content] == ["treasurer"]


def test_in_one_process_statements_are_grouped_after_the_articles_are_read(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_plans(monkeypatch)
    (project / "news").mkdir()
    (project / "news" / "eastbrook.txt").write_text(_RESIGNED, encoding="utf-8")
    _ingest(project, "news")
    assert calls == [True]


def test_a_ledger_saved_while_articles_are_read_is_planned_again_whatever_changed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_plans(monkeypatch)
    (project / "news").mkdir()
    (project / "news" / "eastbrook.txt").write_text(_RESIGNED, encoding="utf-8")
    ledger_path = project / "claims.yaml"

    def save_a_comment(done: int, total: int, path: str) -> None:
        # A change no field of the ledger shows: the bytes tell it.
        with ledger_path.open("a", encoding="utf-8") as file:
            file.write("# checked by the night editor\n")

    assert not ingest(ledger_path, [project / "news"], jobs=2, progress=save_a_comment).failed
    assert calls == [False, True]
    assert [s.content for _, s in _all_statements(read_ledger(ledger_path))] == [
        "The treasurer of Eastbrook has resigned after the audit"
    ]


def test_extract_hashes_the_ledger_file_once_before_its_write(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A big ledger costs each extract a pass over the whole file per hash: the
    # ledger is read and hashed once before the articles; read again under the lock,
    # it is compared with the bytes read first, not hashed again.
    import hashlib

    from claimtrack import cache

    (project / "news").mkdir()
    (project / "news" / "eastbrook.txt").write_text(_RESIGNED, encoding="utf-8")
    _ingest(project)
    read_ledger(project / "claims.yaml")
    hashed: list[int] = []

    class Hashing:
        @staticmethod
        def sha256(data: bytes = b"") -> object:
            hashed.append(len(data))
            return hashlib.sha256(data)

    monkeypatch.setattr(cache, "hashlib", Hashing)
    for jobs in (1, 2):
        hashed.clear()
        monkeypatch.setattr(cache, "_DIGESTED", [])  # as in a process of its own
        # No stat of the file saved kept (a hand edit since, or a clock not seen to
        # move past the save): the file must be hashed to be known.
        cache.forget_saved(project / "claims.yaml")
        size = (project / "claims.yaml").stat().st_size
        article = project / "news" / f"again-{jobs}.txt"
        article.write_text(_RESIGNED.replace("Eastbrook", f"Westbrook {jobs}"), encoding="utf-8")
        assert not ingest(project / "claims.yaml", [article], jobs=jobs).failed
        # The bytes read, then the bytes written (one piece, a ledger this small).
        assert size + (project / "claims.yaml").stat().st_size <= sum(hashed) < 2.5 * size
    assert any(
        "Westbrook 2" in s.content for _, s in _all_statements(read_ledger(project / "claims.yaml"))
    )


_TREASURER_A = (
    "Audit row in Brackley\n\n"
    "Police said the treasurer had resigned on Monday after the audit of the town accounts.\n"
)
_TREASURER_B = (
    "Brackley council\n\n"
    "Officials said Brackley treasurer Owen Marsh had resigned on Monday after the audit "
    "of the town accounts.\n"
)


@pytest.fixture
def empty_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    init_ledger(tmp_path / "claims.yaml")
    return tmp_path


def test_a_new_claim_is_shown_with_the_clearest_text_its_statements_give(
    empty_project: Path,
) -> None:
    _write_source(empty_project, "a", _TREASURER_A)
    _write_source(empty_project, "b", _TREASURER_B)
    planned, _ = preview(read_ledger(empty_project / "claims.yaml"), [empty_project / "sources"])
    _ingest(empty_project)
    ledger = read_ledger(empty_project / "claims.yaml")
    [claim] = ledger.claims
    # The description "the treasurer" gives way to the statement naming him.
    assert claim.text.startswith("Brackley treasurer Owen Marsh had resigned on Monday")
    assert claim.id == "owen-marsh-resigned-monday"
    assert [s.stance for s in claim.statements] == [Stance.ASSERTS, Stance.ASSERTS]
    # What a dry run shows is what extract writes.
    assert {(p.assignment.claim_id, p.assignment.claim_text) for p in planned} == {
        (claim.id, claim.text)
    }
    before = (empty_project / "claims.yaml").read_bytes()
    assert not ingest(empty_project / "claims.yaml", [empty_project / "sources"], force=True).failed
    assert (empty_project / "claims.yaml").read_bytes() == before


def test_a_claim_the_ledger_has_keeps_its_text_and_id(empty_project: Path) -> None:
    _write_source(empty_project, "a", _TREASURER_A)
    _ingest(empty_project)
    [claim] = read_ledger(empty_project / "claims.yaml").claims
    _write_source(empty_project, "b", _TREASURER_B)
    _ingest(empty_project)
    [after] = read_ledger(empty_project / "claims.yaml").claims
    assert (after.id, after.text) == (claim.id, claim.text)
    assert after.text.startswith("The treasurer had resigned")
    assert len(after.statements) == 2


def test_a_claim_keeps_its_first_text_when_no_other_is_clearer(empty_project: Path) -> None:
    _write_source(
        empty_project,
        "a",
        "Harbour news\n\nThe coastguard said Owen Marsh had sailed from Leith on Friday.\n",
    )
    _write_source(
        empty_project,
        "b",
        "Harbour notes\n\nHis family said he had sailed from Leith on Friday.\n",
    )
    _ingest(empty_project)
    claims = read_ledger(empty_project / "claims.yaml").claims
    texts = {c.text for c in claims}
    assert "Owen Marsh had sailed from Leith on Friday" in texts


def test_a_new_claim_is_shown_as_another_article_wrote_its_text_standalone(
    empty_project: Path,
) -> None:
    _write_source(
        empty_project,
        "a",
        "Harbour news\n\nThe coastguard said Marsh had sailed from Leith before he vanished.\n",
    )
    _write_source(
        empty_project,
        "b",
        "Harbour notes\n\nOwen Marsh, 52, skippers the trawler Kittiwake. Marsh had sailed "
        "from Leith before he vanished, his crew said.\n",
    )
    _ingest(empty_project)
    texts = {c.text for c in read_ledger(empty_project / "claims.yaml").claims}
    # No text is clearer by the tests of clarity; the second says the same
    # with the name its article gives.
    assert texts == {"Owen Marsh had sailed from Leith before he vanished"}


def test_a_text_says_more_only_by_words_put_in_that_name_something() -> None:
    from claimtrack.pipeline import _says_more

    assert _says_more("the government closed the port", "the Nigerian government closed the port")
    assert _says_more("The family is grieving", "James Foley's family is grieving")
    # Words taken away or changed, or only lower-case words put in: not the same text.
    assert not _says_more("the government closed the port", "Nigeria closed the port")
    assert not _says_more("the government closed the port", "the new government closed the port")
    assert not _says_more("the port closed", "the port closed")
    long = "the government of the Federal Republic of Nigeria under its new President closed it"
    assert not _says_more("the government closed it", long)


def test_a_statement_calling_what_it_says_false_denies_the_matter_it_judged(
    empty_project: Path,
) -> None:
    _write_source(
        empty_project,
        "a",
        "Harbour news\n\nThe harbour master said that Owen Marsh had sunk his trawler off "
        "Leith is categorically false and not supported by any record.\n",
    )
    _ingest(empty_project)
    [claim] = read_ledger(empty_project / "claims.yaml").claims
    # The claim is the matter judged; the verdict is the statement's stance.
    assert claim.text == "Owen Marsh had sunk his trawler off Leith"
    assert [s.stance for s in claim.statements] == [Stance.DENIES]


def test_a_verdict_on_a_telling_is_its_reporters_not_the_tellings(empty_project: Path) -> None:
    _write_source(
        empty_project,
        "a",
        "Harbour news\n\nA photograph suggesting that Owen Marsh had sunk his trawler off "
        "Leith is false, the harbour master said.\n",
    )
    _ingest(empty_project)
    [claim] = read_ledger(empty_project / "claims.yaml").claims
    stances = {s.speaker: s.stance for s in claim.statements}
    # The photograph shows the sinking; the harbour master calls it false.
    assert stances == {"A photograph": Stance.ASSERTS, "the harbour master": Stance.DENIES}


def test_a_clearer_text_must_keep_what_a_filed_doubt_answers() -> None:
    from claimtrack import pipeline
    from claimtrack.grouping import Assignment, ClaimIndex
    from claimtrack.model import Source

    index = ClaimIndex()
    first = "Rebels hold two seized jets and the jets flew over Varna"
    source = Source(id="a", path="sources/a.txt", sha256="0")

    def planned(stance: Stance, content: str) -> pipeline.Planned:
        statement = Statement(stance, content, content, "a", 1, speaker="Ana Petrov", cue="said")
        return pipeline.Planned(statement, Assignment("c", first, False, 80.0), source)

    items = [
        planned(Stance.ASSERTS, "rebels hold two seized jets and the jets flew over Varna"),
        planned(Stance.DISPUTES, "it is not clear the jets flew over Varna"),
    ]
    said = frozenset(index.terms(first).all)
    answered = pipeline._answered(items, [0, 1], said, index)
    # The doubt answers the flight over Varna: a text dropping it may not be shown.
    assert answered
    assert not answered <= frozenset(index.terms("Rebels hold two seized jets").all)
    assert answered <= said
    # With no denial or doubt filed, nothing need be kept.
    assert not pipeline._answered(items[:1], [0], said, index)


_FERRY = (
    "Ferry service to Brindle Island to end\n\n"
    "The Harbour Ferry Company will stop running its island service in March, "
    "the company said on Tuesday.\n\n"
    '"I will stop running the island route in March," said Dana Pell, a skipper '
    "for the Harbour Ferry Company.\n"
)


@pytest.fixture
def ferry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one article, extracted once."""
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    init_ledger(tmp_path / "claims.yaml")
    (tmp_path / "sources/ferry.txt").write_text(_FERRY, encoding="utf-8")
    _ingest(tmp_path)
    return tmp_path


def _texts(ledger_path: Path) -> dict[str, str]:
    return {claim.id: claim.text for claim in read_ledger(ledger_path).claims}


def _correct(project: Path, old: str, new: str) -> bytes:
    """Correct the article, extract again; the ledger's bytes after."""
    path = project / "sources/ferry.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    _ingest(project)
    return (project / "claims.yaml").read_bytes()


def test_a_corrected_article_carries_its_correction_into_the_claim_texts(ferry: Path) -> None:
    ledger_path = ferry / "claims.yaml"
    before = _texts(ledger_path)
    assert len(before) == 2 and all("March" in text for text in before.values())
    after = _correct(ferry, "March", "April")
    texts = _texts(ledger_path)
    assert list(texts) == list(before), "ids and order stay"
    assert all(text == before[cid].replace("March", "April") for cid, text in texts.items())
    ledger = read_ledger(ledger_path)
    assert all("April" in s.content for _, s in _all_statements(ledger))
    _ingest(ferry)
    assert ledger_path.read_bytes() == after, "a second run changes nothing"
    # Corrected again: the texts follow again.
    _correct(ferry, "April", "May")
    assert all("May" in text for text in _texts(ledger_path).values())


def test_a_claim_text_or_id_changed_by_hand_stays_through_a_correction(ferry: Path) -> None:
    ledger_path = ferry / "claims.yaml"
    first, second = _texts(ledger_path)
    with edit_ledger(ledger_path) as editor:
        editor.retext_claim(first, "Island ferries end in March")
        editor.rename_claim(second, "pell-route")
    _correct(ferry, "March", "April")
    texts = _texts(ledger_path)
    assert texts[first] == "Island ferries end in March"
    assert "March" in texts["pell-route"]
    statements = read_ledger(ledger_path).claim("pell-route").statements  # type: ignore[union-attr]
    assert [s.content for s in statements] == ["I will stop running the island route in April"]


def test_a_claim_whose_only_statement_a_correction_unfiles_goes(ferry: Path) -> None:
    ledger_path = ferry / "claims.yaml"
    kept, _ = _texts(ledger_path)
    after = _correct(
        ferry,
        '"I will stop running the island route in March," said',
        '"Why would anyone ride it now?" asked',
    )
    assert list(_texts(ledger_path)) == [kept]
    assert b"- party:" in after and b"Why would anyone" not in after
    _ingest(ferry)
    assert ledger_path.read_bytes() == after
    ingest(ledger_path, [ferry / "sources"], force=True)
    assert list(_texts(ledger_path)) == [kept], "a forced run does not bring it back"


def test_an_emptied_claim_a_person_added_or_commented_on_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    ledger_path = tmp_path / "claims.yaml"
    init_ledger(ledger_path)
    with edit_ledger(ledger_path) as editor:
        editor.add_claim("ferry-ends", "The Harbour Ferry Company will stop its island service")
    (tmp_path / "sources/ferry.txt").write_text(_FERRY, encoding="utf-8")
    _ingest(tmp_path)
    texts = _texts(ledger_path)
    made = next(cid for cid in texts if cid != "ferry-ends")
    assert read_ledger(ledger_path).claim("ferry-ends").statements  # type: ignore[union-attr]
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(text.replace(f"  {made}:\n", f"  # ask the company\n  {made}:\n"))
    _correct(
        tmp_path,
        "The Harbour Ferry Company will stop running its island service in March, the company",
        "Who will run the boats? the company",
    )
    _correct(
        tmp_path,
        '"I will stop running the island route in March," said',
        '"Why would anyone ride it now?" asked',
    )
    ledger = read_ledger(ledger_path)
    assert ledger.claim("ferry-ends") is not None, "a claim added by hand stays"
    assert ledger.claim(made) is not None, "a claim commented on stays"
    assert "# ask the company\n" in ledger_path.read_text(encoding="utf-8")


def test_a_dry_run_plans_what_extract_writes_without_the_records_only_a_write_keeps(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimtrack.pipeline as pipeline

    _write_source(
        empty_project,
        "a_closure",
        "The county council will close the Millbrook library in March, "
        "a council spokeswoman said on Tuesday.\n",
    )
    _write_source(
        empty_project,
        "b_answer",
        "The council denied that it will close the Millbrook library in March.\n"
        "The reading room was not heated last winter, a librarian said.\n",
    )
    recorded: list[str] = []
    final = pipeline._with_final_stances

    def counted(plan: pipeline.SourcePlan, *args: object, **kwargs: object) -> object:
        recorded.append(plan.source.id)
        return final(plan, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_with_final_stances", counted)
    ledger_path = empty_project / "claims.yaml"
    planned, summary = preview(read_ledger(ledger_path), [empty_project / "sources"])
    # Nothing is written, so no source's `extracted` list is worked out again.
    assert recorded == []
    assert not ingest(ledger_path, [empty_project / "sources"]).failed
    assert sorted(recorded) == ["a_closure", "b_answer"]
    ledger = read_ledger(ledger_path)
    written = sorted((s.source, s.quote, cid, s.stance) for cid, s in _all_statements(ledger))
    shown = sorted(
        (p.statement.source, p.statement.quote, p.assignment.claim_id, p.statement.stance)
        for p in planned
        if p.assignment.claim_id is not None
    )
    assert shown == written
    assert summary.statements_added == len(written)
    # The denial is filed against the closure, with the stance toward it.
    closure = _claim_of(ledger, "The county council will close")
    assert (closure, Stance.DENIES) in {
        (cid, s.stance) for cid, s in _all_statements(ledger) if s.quote.startswith("The council")
    }
    # What the write recorded, read again, adds nothing and changes nothing.
    before = ledger_path.read_bytes()
    assert not ingest(ledger_path, [empty_project / "sources"], force=True).failed
    assert ledger_path.read_bytes() == before


def _towns(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    towns = []
    for number in range(count):
        town = f"Town{chr(ord('a') + number)}ville"
        path = folder / f"{town.lower()}.txt"
        path.write_text(
            f"The mayor of {town} said the bridge over the river would close in May.\n\n"
            f'"We have no money left for repairs," the treasurer of {town} said on Friday.\n',
            encoding="utf-8",
        )
        towns.append(path)
    return towns


def test_workers_give_what_one_process_gives_in_the_same_order(tmp_path: Path) -> None:
    from claimtrack.pipeline import extract_files, name_files

    towns = _towns(tmp_path / "news", 11)
    files = name_files(towns, Ledger(path=str(tmp_path / "claims.yaml")))
    seen: list[tuple[int, int]] = []
    serial = list(extract_files(files, jobs=1))
    parallel = list(extract_files(files, jobs=2, progress=lambda d, t, _: seen.append((d, t))))
    assert all(e.statements for e in serial)
    assert [e.path for e in parallel] == towns
    assert [e.statements for e in parallel] == [e.statements for e in serial]
    assert [e.normals.keys() for e in parallel] == [e.normals.keys() for e in serial]
    assert seen == [(done, 11) for done in range(1, 12)]


def test_a_run_of_a_few_files_with_workers_reads_them_all(tmp_path: Path) -> None:
    from claimtrack.pipeline import extract_files, name_files

    # As many files as this process reads before starting any worker: none is started.
    towns = _towns(tmp_path / "news", 3)
    (tmp_path / "news" / "broken.txt").write_bytes(b"\x00\x01 not a text")
    files = name_files([*towns, tmp_path / "news" / "broken.txt"], Ledger(path="claims.yaml"))
    found = list(extract_files(files, jobs=2))
    assert [e.error is None for e in found] == [True, True, True, False]
    assert all(e.statements for e in found[:3])


def test_two_jobs_are_this_process_and_one_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from claimtrack import pipeline

    started: list[int | None] = []

    def recorded(max_workers: int | None = None, **options: object) -> ProcessPoolExecutor:
        started.append(max_workers)
        return ProcessPoolExecutor(max_workers=max_workers, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", recorded)
    towns = _towns(tmp_path / "news", 20)
    files = pipeline.name_files(towns, Ledger(path=str(tmp_path / "claims.yaml")))
    serial = list(pipeline.extract_files(files, jobs=1))
    parallel = list(pipeline.extract_files(files, jobs=2))
    # A second worker would only share the two cores with this process, which
    # extracts whenever it would wait.
    assert started == [1]
    assert [e.statements for e in parallel] == [e.statements for e in serial]


class _Idle(Future):  # type: ignore[type-arg]
    """A chunk handed to a pool whose workers have not begun it: asking for its
    result makes it here, and says so."""

    def __init__(self, made: Callable[[], object], waited: list[int]) -> None:
        super().__init__()
        self._made = made
        self._waited = waited

    def result(self, timeout: float | None = None) -> object:
        self._waited.append(1)
        return self._made()


class _IdlePool:
    """A pool whose workers are all busy elsewhere: nothing it is given begins."""

    def __init__(self) -> None:
        self.waited: list[int] = []

    def submit(self, fn: Callable[..., object], *args: object) -> _Idle:
        return _Idle(lambda: fn(*args), self.waited)


def test_this_process_extracts_what_no_worker_has_begun_in_order(tmp_path: Path) -> None:
    from claimtrack.pipeline import _in_order, extract_files, name_files

    towns = _towns(tmp_path / "news", 9)
    files = name_files(towns, Ledger(path=str(tmp_path / "claims.yaml")))
    serial = list(extract_files(files, jobs=1))
    pool = _IdlePool()
    chunks = iter([files[at : at + 2] for at in range(0, 9, 2)])
    found = list(_in_order(pool, chunks, 2))  # type: ignore[arg-type]
    # It never waits for a worker that has not begun: it takes the chunks
    # back and reads them itself, each where it belongs.
    assert pool.waited == []
    assert [e.path for e in found] == towns
    assert [e.statements for e in found] == [e.statements for e in serial]


def test_progress_says_when_reading_is_done_and_filing_goes_on(project: Path) -> None:
    # On a big run the bar would sit at its end while statements are filed
    # and the ledger written; the last call says that is what is going on.
    from claimtrack.pipeline import FILING

    calls: list[tuple[int, int, str]] = []
    ingest(project / "claims.yaml", [project / "sources"], progress=lambda *c: calls.append(c))

    *reading, last = calls
    assert reading and reading[-1][:2] == (5, 5)
    assert last == (5, 5, FILING)

    calls.clear()
    ingest(project / "claims.yaml", [project / "sources"], progress=lambda *c: calls.append(c))
    assert all(item != FILING for *_, item in calls)  # nothing read, nothing to file


# One sentence, two statements: the mayor's greeting is no proposition and is
# filed under no claim, the council's is; both are extracted, in that order.
_TWO_IN_ONE = (
    "Transport\n\n"
    'The mayor said "What a day," while the city council said on Monday that the '
    "old river bridge will close for repairs in May.\n\n"
    "Engineers found cracks in two of the piers last year.\n"
)


def test_a_statement_after_an_unfiled_one_of_its_sentence_is_known_as_untouched(
    project: Path,
) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(project, "bridge", _TWO_IN_ONE)
    _ingest(project)
    ledger_path = project / "claims.yaml"
    ledger = read_ledger(ledger_path)
    assert [s.speaker for _, s in _all_statements(ledger)] == ["the city council"]
    source = ledger.source("bridge")
    assert source is not None and len(source.extracted) == 2
    written = ledger_path.read_bytes()
    ingest(ledger_path, [project / "sources"], force=True)
    assert ledger_path.read_bytes() == written
    # Nobody touched the council's statement: when its sentence leaves the
    # corrected article, it leaves the ledger, and the claim it made with it.
    _edit_text(project / "sources" / "bridge.txt", _TWO_IN_ONE.split("\n")[2], "")
    _ingest(project)
    ledger = read_ledger(ledger_path)
    assert not any("river bridge" in s.quote for _, s in _all_statements(ledger))
    assert not any("river bridge" in claim.text for claim in ledger.claims)


def test_statements_of_one_quote_are_known_by_their_recorded_fields() -> None:
    first = Statement(Stance.ASSERTS, "Q.", "what a day", "s", 3, speaker="the mayor")
    second = Statement(Stance.ASSERTS, "Q.", "the bridge will close", "s", 3, speaker="council")
    fps = fingerprints([first, second])
    # What the source's `extracted` entries record: each fingerprint's fields.
    extracted = {fp: fields_hash(s) for s, fp in zip((first, second), fps, strict=True)}
    # The first not in the ledger (unfiled or deleted), or the two in claims
    # written in the other order: each keeps its own identity.
    assert held_fingerprints([second], extracted) == [fps[1]]
    assert held_fingerprints([second, first], extracted) == [fps[1], fps[0]]
    # One corrected by hand takes the identity its untouched twin leaves.
    corrected = replace(first, stance=Stance.DENIES)
    assert held_fingerprints([corrected, second], extracted) == fps
    assert held_fingerprints([second, corrected], extracted) == [fps[1], fps[0]]
    # A ledger with no record (statements added by hand) numbers them in order.
    assert held_fingerprints([second, first], {}) == fps


def test_a_forced_run_keeps_the_record_of_a_statement_its_claim_was_made_from(
    project: Path,
) -> None:
    # The council's denial made the claim "The city will deny permits ...";
    # read again toward that text alone, the sentence would seem to assert it.
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    sentence = (
        "Reports that the city will deny permits to street vendors are false, "
        "the council says in a new statement."
    )
    _write_source(project, "vendors", f"Vendors\n\n{sentence}\n\nThe market grew last year.\n")
    _ingest(project)
    ledger_path = project / "claims.yaml"
    written = ledger_path.read_bytes()
    ingest(ledger_path, [project / "sources"], force=True)
    assert ledger_path.read_bytes() == written
    # Still untouched, so it leaves with its sentence.
    _edit_text(project / "sources" / "vendors.txt", sentence, "")
    _ingest(project)
    assert not any("permits" in s.quote for _, s in _all_statements(read_ledger(ledger_path)))


def test_a_remark_quoting_a_filed_one_whole_joins_its_claim(project: Path) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    # Read first, the longer quote names no one it speaks of ("It", "them",
    # "he"); the second outlet carries one sentence of it, which names the
    # singer and makes a claim.
    _write_source(
        project,
        "a_first",
        '"It was an easy choice for them, but he asked for two days to think it over. '
        "The singer said no and tore up the contract he had been given. Nobody could "
        'believe it," a source told the Mirror.\n',
    )
    _write_source(
        project,
        "b_second",
        "The singer Tom Hale has turned down a reunion tour, the Courier reported.\n\n"
        '"The singer said no and tore up the contract he had been given," a source told '
        "the Courier.\n",
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    assert summary.statements_not_filed == 0
    ledger = read_ledger(project / "claims.yaml")
    assert _claim_of(ledger, '"It was an easy choice') == _claim_of(ledger, '"The singer said no')
    assert {s.stance for _, s in _all_statements(ledger)} == {Stance.ASSERTS}


def test_a_remark_quoting_only_part_of_a_filed_one_stays_unfiled(project: Path) -> None:
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "a_first",
        '"It was an easy choice for them, but he asked for two days to think it over. '
        'The singer said no and tore up the contract," a source told the Mirror.\n',
    )
    _write_source(
        project,
        "b_second",
        '"The singer said no and tore up the contract he had been given," a source told '
        "the Courier.\n",
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    # Most of the filed remark, but not all of it: not the same words.
    assert summary.statements_not_filed == 1


def test_a_party_spelled_otherwise_in_another_article_keeps_the_name_it_has(
    empty_project: Path,
) -> None:
    _write_source(
        empty_project,
        "a",
        "Road works\n\nThe O’Hare Harbour Authority said the bypass would close in May.\n",
    )
    _ingest(empty_project)
    _write_source(
        empty_project,
        "b",
        "Road notes\n\nThe O'Hare Harbour Authority said the ring road would reopen in June.\n",
    )
    _write_source(
        empty_project,
        "c",
        "Crash\n\nThe Toledo Police Department said two cars had collided on the bridge.\n",
    )
    _write_source(
        empty_project,
        "d",
        "Bridge\n\nThe Toledo Police said the bridge would stay shut until Friday.\n",
    )
    _ingest(empty_project)
    parties = {
        s.source: s.party
        for claim in read_ledger(empty_project / "claims.yaml").claims
        for s in claim.statements
    }
    assert parties == {
        "a": "O\u2019Hare Harbour Authority",
        "b": "O\u2019Hare Harbour Authority",
        "c": "Toledo Police Department",
        "d": "Toledo Police Department",
    }


def test_a_town_retaken_as_it_is_filed_under_the_town_just_named(empty_project: Path) -> None:
    _write_source(
        empty_project,
        "a",
        "Fighting in the north\n\n"
        "Rebels attacked the river town of Kelvara last week, residents said.\n\n"
        "The rebels took over Kelvara, which lies 40 miles from the town of Osk, in May. "
        "The Chadian army said they recaptured it in June.\n",
    )
    _ingest(empty_project)
    texts = [claim.text for claim in read_ledger(empty_project / "claims.yaml").claims]
    assert "Chad recaptured Kelvara in June" in texts


def test_an_office_given_once_names_the_us_of_the_holder_called_by_name_or_pronoun_after(
    empty_project: Path,
) -> None:
    _write_source(
        empty_project,
        "a",
        "Flood defences\n\n"
        "Dutch Interior Minister Lena Okafor said on Monday that the dikes had held.\n\n"
        'Mrs Okafor said the storm was "a warning to us that the sea is rising faster '
        'than planners expected".\n\n'
        'Later she said the floods "will not stop us from rebuilding the harbour in Rotterdam".\n',
    )
    _ingest(empty_project)
    texts = {claim.text for claim in read_ledger(empty_project / "claims.yaml").claims}
    assert (
        "The floods will not stop the Netherlands from rebuilding the harbour in Rotterdam" in texts
    )
    assert any(text.startswith("The storm was a warning to the Netherlands") for text in texts)


def test_a_person_named_by_surname_alone_is_the_one_person_of_that_name_named_in_full(
    empty_project: Path,
) -> None:
    _write_source(
        empty_project,
        "a",
        "Ferry talks\n\nHarriet Quenby said the ferry port would reopen on Monday.\n",
    )
    _ingest(empty_project)
    _write_source(
        empty_project,
        "b",
        "Ferry strike\n\nMrs. Quenby said the strike at the ferry port was over.\n",
    )
    _write_source(
        empty_project,
        "c",
        "Mill\n\nTom Varga said the mill would close in March.\n\n"
        "Anna Varga said the mill would stay open.\n",
    )
    _write_source(
        empty_project,
        "d",
        "Mill notes\n\nMr. Varga said the mill had lost its biggest buyer.\n",
    )
    _ingest(empty_project)
    parties = {
        (s.source, s.party)
        for claim in read_ledger(empty_project / "claims.yaml").claims
        for s in claim.statements
    }
    assert ("b", "Harriet Quenby") in parties
    # two people share the surname: which one is unsaid
    assert ("d", "Varga") in parties


@pytest.mark.parametrize(
    "introduced",
    [
        # given one name, and only that
        "The man, who was identified only as Thomas, met the mayor.",
        # given an age or a description beside the one name
        "Thomas, the homeless man, met the mayor.",
    ],
)
def test_a_person_given_one_name_is_no_namesake_of_another_article(
    project: Path, introduced: str
) -> None:
    _write_source(
        project,
        "a-spider",
        "Spider found in tourist\n\nDylan Thomas said a tropical spider had lived under the"
        " skin of a tourist in Bali.\n",
    )
    _write_source(
        project,
        "b-shelter",
        f"Shelter opens\n\n{introduced}\n\nThomas said the city shelter would open on Monday.\n",
    )
    _ingest(project, "sources/a-spider.txt", "sources/b-shelter.txt")
    parties = {
        s.quote[:6]: s.party for _, s in _all_statements(read_ledger(project / "claims.yaml"))
    }
    assert parties["Dylan "] == "Dylan Thomas"
    assert parties["Thomas"] == "Thomas"


_TRUCE_DOUBTED = (
    "Doubts over port truce\n\n"
    "Dock union officials raised doubts on Monday about the validity of a truce with the "
    "Kestrel Port Company, with reports of fresh walkouts at the harbour.\n\n"
)


def test_a_doubt_opening_an_article_joins_the_claim_its_lead_tells_after(project: Path) -> None:
    # The doubt names the truce before the article tells it: grouped first, it
    # found no claim; the claim the lead makes next is what it doubts.
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "truce",
        _TRUCE_DOUBTED + "The Kestrel Port Company has agreed a truce with the dock union, "
        "a ministry spokesman said.\n",
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    assert summary.statements_not_filed == 0
    ledger = read_ledger(project / "claims.yaml")
    assert _claim_of(ledger, "Dock union") == _claim_of(ledger, "The Kestrel Port")
    stances = {s.quote.split()[0]: s.stance for _, s in _all_statements(ledger)}
    assert stances == {"Dock": Stance.DISPUTES, "The": Stance.ASSERTS}


def test_a_doubt_stays_unfiled_when_its_article_tells_the_thing_only_in_passing(
    project: Path,
) -> None:
    # The lead tells the harbour reopening, which the doubt names only in its
    # adjunct ("walkouts at the harbour"); the truce comes up later, in a
    # circumstance of another claim ("before the supposed truce").
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "truce",
        _TRUCE_DOUBTED + "The harbour reopened to shipping on Tuesday, the harbour master said.\n\n"
        "Pickets blocked the north gate of the Kestrel Port Company on Sunday, before the "
        "supposed truce, a driver said.\n",
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    assert summary.statements_not_filed == 1
    ledger = read_ledger(project / "claims.yaml")
    assert not any(s.quote.startswith("Dock union") for _, s in _all_statements(ledger))


def _settled_here_and_elsewhere(project: Path, ledger_path: Path) -> tuple[int, int]:
    """Extract a new article into the ledger, whose cache knows it, and into a copy
    the cache knows nothing of (settled whole); the statements each settled."""
    elsewhere = project / "elsewhere"
    (elsewhere / "sources").mkdir(parents=True)
    _write_source(project, "storm", "Weather\n\nForecasters said the storm would grow.\n")
    for path in (project / "sources").glob("*.txt"):
        shutil.copy(path, elsewhere / "sources")
    shutil.copy(ledger_path, elsewhere / "claims.yaml")
    here = ingest(ledger_path, [project / "sources" / "storm.txt"])
    there = ingest(elsewhere / "claims.yaml", [elsewhere / "sources" / "storm.txt"])
    assert ledger_path.read_bytes() == (elsewhere / "claims.yaml").read_bytes()
    return here.stances_settled, there.stances_settled


def _settle_with_an_article(project: Path, ledger_path: Path) -> int:
    """Extract a new article, which settles a ledger edited by hand; how many settled."""
    _write_source(project, "rain", "Weather\n\nForecasters said the rain would stop.\n")
    return ingest(ledger_path, [project / "sources" / "rain.txt"]).stances_settled


_PERMITS_QUOTE = """\
    - party: null
      stance: denies
      speaker: the city
      cue: says
      source: permits
      line: 3
      content: Reports that the council will deny permits to street vendors are false
      quote: >-
        Reports that the council will deny permits to street vendors are false, the city
        says in a new statement.
"""


def test_dropping_a_claim_settles_its_statements_twin_as_a_fresh_read_does(
    project: Path,
) -> None:
    from claimtrack.ledger import update_ledger
    from claimtrack.pipeline import drop_claim

    ledger_path = _two_stories(project)
    # The city's statement copied by hand under a claim of what it says: while the
    # original is there, the copy is a person's, and keeps the stance they gave it.
    assert _PERMITS_QUOTE in ledger_path.read_text(encoding="utf-8")
    with ledger_path.open("a", encoding="utf-8") as file:
        file.write("  reports-false:\n    text: Reports about the council are false\n")
        file.write("    statements:\n" + _PERMITS_QUOTE)
    assert _settle_with_an_article(project, ledger_path) == 0
    # The original dropped: the copy now reads as the statement extraction found,
    # moved to another claim, with the cache as without it.
    update_ledger(ledger_path, lambda editor: drop_claim(editor, "council-deny-permits"))
    assert _settled_here_and_elsewhere(project, ledger_path) == (1, 1)
    copy = read_ledger(ledger_path).claim("reports-false")
    assert copy is not None and [s.stance for s in copy.statements] == [Stance.ASSERTS]


def _extraction_read_more_than_the_sentence(project: Path) -> tuple[Path, str]:
    """A settled ledger whose claim's text was made from a statement with the stance
    extraction gave it, which the sentence read against the claim alone does not give
    (extraction reads more than the sentence); the ledger and that claim's id."""
    ledger_path = _two_stories(project)
    source = read_ledger(ledger_path).source("permits")
    claim = read_ledger(ledger_path).claim("council-deny-permits")
    assert source is not None and claim is not None
    statement = claim.statements[0]
    (entry,) = [e for e in source.extracted if e.endswith(":" + claim_mark(claim.id, claim.text))]
    fp, _, mark = entry.split(":")
    asserted = fields_hash(replace(statement, stance=Stance.ASSERTS))
    _edit_text(ledger_path, entry, f"{fp}:{asserted}:{mark}")
    _edit_text(
        ledger_path,
        "      stance: denies\n      speaker: the city",
        "      stance: asserts\n      speaker: the city",
    )
    assert _settle_with_an_article(project, ledger_path) == 0
    return ledger_path, claim.id


def _copied(project: Path, ledger_path: Path, folder: str) -> Path:
    """A copy of the ledger and its sources in a folder of its own (no cache knows it)."""
    (project / folder / "sources").mkdir(parents=True)
    for path in (project / "sources").glob("*.txt"):
        shutil.copy(path, project / folder / "sources")
    return Path(shutil.copy(ledger_path, project / folder / "claims.yaml"))


def _extract_storm(ledger_path: Path) -> None:
    """Extract a new article next to the ledger, which settles the ledger."""
    (ledger_path.parent / "sources" / "storm.txt").write_text(
        "Weather\n\nForecasters said the storm would grow.\n", encoding="utf-8"
    )
    ingest(ledger_path, [ledger_path.parent / "sources" / "storm.txt"])


def _renamed_back(ledger_path: Path, old: str, new: str, text: str) -> bytes:
    """The ledger's bytes with the claim `new` given its id `old` again, and the claim
    mark of its text with it (`claim_mark`)."""
    written = ledger_path.read_text(encoding="utf-8")
    written = written.replace(f"  {new}:\n", f"  {old}:\n")
    return written.replace(claim_mark(new, text), claim_mark(old, text)).encode("utf-8")


@pytest.mark.parametrize("cache", ["warm", "none"])
def test_a_rename_changes_nothing_a_later_extract_decides(run, project: Path, cache: str) -> None:  # type: ignore[no-untyped-def]
    ledger_path, claim_id = _extraction_read_more_than_the_sentence(project)
    text = read_ledger(ledger_path).claim(claim_id).text  # type: ignore[union-attr]
    alone = _copied(project, ledger_path, "alone")
    assert run("rename", claim_id, "vendor-permits").exit_code == 0
    if cache == "none":
        ledger_path = _copied(project, ledger_path, "elsewhere")
    _extract_storm(ledger_path)
    _extract_storm(alone)
    renamed = read_ledger(ledger_path).claim("vendor-permits")
    assert renamed is not None and [s.stance for s in renamed.statements] == [Stance.ASSERTS]
    assert _renamed_back(ledger_path, claim_id, "vendor-permits", text) == alone.read_bytes()


def test_a_renamed_claims_stances_are_left_as_a_fresh_read_leaves_them(
    project: Path,
) -> None:
    from claimtrack.ledger import update_ledger
    from claimtrack.pipeline import rename_claim

    ledger_path, claim_id = _extraction_read_more_than_the_sentence(project)
    # Renamed: the mark is made again for the new id, so neither a fresh read nor the
    # cache takes the statement as moved, and its stance stands.
    update_ledger(ledger_path, lambda editor: rename_claim(editor, claim_id, "vendor-permits"))
    assert _settled_here_and_elsewhere(project, ledger_path) == (0, 0)


@pytest.mark.parametrize(
    "conceded",
    ["It's not out of the question", "It is entirely possible", "That can't be ruled out"],
)
def test_a_possibility_conceded_of_what_was_reported_disputes_it(
    project: Path, conceded: str
) -> None:
    # The idiom says that the coastguard's account, told just before, may be
    # so: filed under that account, as a doubt, neither asserting nor denying it.
    for path in (project / "sources").glob("*.txt"):
        path.unlink()
    _write_source(
        project,
        "ferry",
        "Harbour ferry may have hit a reef\n\n"
        "The regional coastguard said the ferry had struck a reef near the harbour mouth "
        "on Tuesday night.\n\n"
        f'"{conceded}," the operator\'s chief executive, Dana Reyes, said.\n',
    )
    summary = ingest(project / "claims.yaml", [project / "sources"])
    assert summary.statements_not_filed == 0
    ledger = read_ledger(project / "claims.yaml")
    assert _claim_of(ledger, '"') == _claim_of(ledger, "The regional coastguard")
    stances = {s.quote[0]: s.stance for _, s in _all_statements(ledger)}
    assert stances == {'"': Stance.DISPUTES, "T": Stance.ASSERTS}
