"""The claim index kept between runs: always the index a fresh build gives."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from claimtrack import cache, pipeline
from claimtrack.grouping import ClaimIndex
from claimtrack.ledger import read_ledger, update_ledger
from claimtrack.model import Ledger

LEDGER = textwrap.dedent(
    """\
    version: 1
    parties:
      Portugal:
        aliases: [Lisbon]
    sources:
      harbour-news:
        path: sources/harbour.txt
        sha256: abababababababababababababababababababababababababababababababab
    claims:
      ferry-strike:
        text: The ferry crews of Lisbon will strike on Monday
        statements:
        - party: Portugal
          stance: asserts
          speaker: the union
          cue: said
          source: harbour-news
          line: 1
          content: ferry crews will stop work on Monday morning
          quote: The union said ferry crews will stop work on Monday morning.
      bridge-toll:
        text: The bridge toll rises by ten cents in spring
        statements:
        - party: Portugal
          stance: denies
          speaker: the ministry
          cue: denied
          source: harbour-news
          line: 2
          content: the toll on the bridge will rise this spring
          quote: The ministry denied that the toll on the bridge will rise this spring.
    """
)


@pytest.fixture
def ledger_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Every ledger is big enough to keep its index here.
    monkeypatch.setattr(pipeline, "_INDEX_KEPT_FROM", 0)
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    return path


def _state(index: ClaimIndex) -> dict[str, Any]:
    return {k: v for k, v in vars(index).items() if k not in pipeline._INDEX_SCRATCH}


def _fresh(ledger: Ledger) -> ClaimIndex:
    texts = [(claim.id, pipeline._texts_of(claim)) for claim in ledger.claims]
    return pipeline._fresh_index(texts, pipeline._resolver(ledger.parties))


def _built(ledger: Ledger) -> ClaimIndex:
    return pipeline.build_index(ledger, pipeline._resolver(ledger.parties))


def _notes(kind: str) -> list[Path]:
    return sorted((cache.cache_dir() / "notes").glob(f"*.{kind}"))


def test_a_stored_index_is_the_index_built_afresh(ledger_path: Path) -> None:
    ledger = read_ledger(ledger_path)
    first = _built(ledger)
    assert len(_notes("index")) == 1
    again = _built(read_ledger(ledger_path))
    assert again is not first
    assert _state(again) == _state(first) == _state(_fresh(ledger))
    assert again.best("ferry crews stop work in Lisbon") == first.best(
        "ferry crews stop work in Lisbon"
    )


def test_a_claim_added_takes_the_stored_index_on_without_building_it_again(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add(text: str, claim_id: str) -> None:
        update_ledger(ledger_path, lambda editor: pipeline.add_claim(editor, text, claim_id))

    add("Night trains to Porto are cancelled", "night-trains")
    add("The metro opens a station at the airport", "airport-metro")
    assert len(_notes("added")) == 2
    ledger = read_ledger(ledger_path)
    assert [c.id for c in ledger.claims][-2:] == ["night-trains", "airport-metro"]
    fresh = _fresh(ledger)
    built = []
    monkeypatch.setattr(pipeline, "_index_kept_normalised", lambda *a: built.append(a) or fresh)
    index = _built(ledger)
    assert not built  # the stored index and two notes made it
    assert _state(index) == _state(fresh)


def test_an_index_of_other_claims_or_parties_is_never_used(ledger_path: Path) -> None:
    _built(read_ledger(ledger_path))
    text = ledger_path.read_text(encoding="utf-8")
    for old, new in (
        ("in spring", "in autumn"),  # a claim's text
        ("this spring", "next spring"),  # a statement's content
        ("[Lisbon]", "[Lisbon, Porto]"),  # the parties
    ):
        text = text.replace(old, new)
        ledger_path.write_text(text, encoding="utf-8")
        ledger = read_ledger(ledger_path)
        assert _state(_built(ledger)) == _state(_fresh(ledger))
    assert len(_notes("index")) == 3  # the newest kept


def test_a_damaged_or_foreign_index_is_built_again(ledger_path: Path) -> None:
    ledger = read_ledger(ledger_path)
    _built(ledger)
    (note,) = _notes("index")
    data = bytearray(note.read_bytes())
    data[-5] ^= 1
    note.write_bytes(bytes(data))
    assert _state(_built(ledger)) == _state(_fresh(ledger))
    assert cache.load_note("index", note.stem) is not None  # stored again, sealed


def test_an_extract_that_adds_only_new_claims_takes_the_index_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import init_ledger
    from claimtrack.pipeline import ingest

    monkeypatch.setattr(pipeline, "_INDEX_KEPT_FROM", 0)
    seeds = Path(__file__).resolve().parent.parent / "sources"
    ledger_path = tmp_path / "claims.yaml"
    init_ledger(ledger_path)
    ingest(ledger_path, sorted(seeds.glob("*.txt")))
    before = read_ledger(ledger_path)
    _built(before)  # as `match` leaves it
    article = tmp_path / "ferries.txt"
    article.write_text(
        "Lisbon ferry strike\n\n"
        "The union said on Monday that ferry crews in Lisbon would stop work for two days.\n",
        encoding="utf-8",
    )
    ingest(ledger_path, [article])
    after = read_ledger(ledger_path)
    assert len(after.claims) > len(before.claims)
    assert [c.id for c in after.claims[: len(before.claims)]] == [c.id for c in before.claims]
    fresh = _fresh(after)
    built = []
    monkeypatch.setattr(pipeline, "_index_kept_normalised", lambda *a: built.append(a) or fresh)
    assert _state(_built(after)) == _state(fresh)
    assert not built


def test_an_index_built_again_normalises_only_the_texts_it_has_not_seen(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _built(read_ledger(ledger_path))
    assert len(_notes("normals")) == 1
    normalised: list[str] = []
    normal = ClaimIndex.normal

    def counted(index: ClaimIndex, text: str) -> Any:
        normalised.append(text)
        return normal(index, text)

    monkeypatch.setattr(ClaimIndex, "normal", counted)
    # A statement rewritten by hand and a claim's text: the index is built again.
    text = ledger_path.read_text(encoding="utf-8")
    text = text.replace("stop work on Monday morning\n", "stop work on Tuesday morning\n")
    ledger_path.write_text(text.replace("in spring", "next April"), encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    assert sorted(normalised) == [
        "The bridge toll rises by ten cents next April",
        "ferry crews will stop work on Tuesday morning",
    ]
    monkeypatch.setattr(ClaimIndex, "normal", normal)
    assert _state(index) == _state(_fresh(ledger))


def test_texts_normalised_under_other_parties_are_not_taken(ledger_path: Path) -> None:
    _built(read_ledger(ledger_path))
    text = ledger_path.read_text(encoding="utf-8")
    # Lisbon is no longer Portugal: its texts' party terms change.
    ledger_path.write_text(text.replace("[Lisbon]", "[Porto]"), encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    assert _state(index) == _state(_fresh(ledger))
    assert len(_notes("normals")) == 2


def test_damaged_normalised_texts_are_worked_out_again(ledger_path: Path) -> None:
    _built(read_ledger(ledger_path))
    (note,) = _notes("normals")
    data = bytearray(note.read_bytes())
    data[-5] ^= 1
    note.write_bytes(bytes(data))
    ledger_path.write_text(
        ledger_path.read_text(encoding="utf-8").replace("in spring", "in May"), encoding="utf-8"
    )
    ledger = read_ledger(ledger_path)
    assert _state(_built(ledger)) == _state(_fresh(ledger))
