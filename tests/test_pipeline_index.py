"""The claim index kept between runs: always the index a fresh build gives."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from claimtrack import cache, pipeline
from claimtrack._index_store import Store, index_state
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
    monkeypatch.setattr(pipeline, "_NORMALS_READ_FROM", 0)
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    return path


def _state(index: ClaimIndex) -> dict[str, Any]:
    return index_state(index)


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


def test_the_index_kept_for_a_ledger_serves_it_under_another_name(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_ledger(ledger_path)
    first = _built(read_ledger(ledger_path))  # from the cache, as a command reads it
    link = ledger_path.parent.parent / f"{ledger_path.parent.name}-link"
    link.symlink_to(ledger_path.parent, target_is_directory=True)
    monkeypatch.chdir(link)
    stored = _stored_notes(monkeypatch)
    for name in (Path("claims.yaml"), Path("..") / link.name / "claims.yaml"):
        again = _built(read_ledger(name))
        assert _state(again) == _state(first)
    assert "index" not in stored and len(_notes("index")) == 1


def test_a_claim_added_takes_the_stored_index_on_without_building_it_again(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add(text: str, claim_id: str) -> None:
        update_ledger(ledger_path, lambda editor: pipeline.add_claim(editor, text, claim_id))

    read_ledger(ledger_path)
    _built(read_ledger(ledger_path))  # from the cache, as a command reads it
    add("Night trains to Porto are cancelled", "night-trains")
    add("The metro opens a station at the airport", "airport-metro")
    ledger = read_ledger(ledger_path)
    assert [c.id for c in ledger.claims][-2:] == ["night-trains", "airport-metro"]
    followed: list[int] = []
    follow = Store.follow

    def spy(store: Store, *args: Any) -> int:
        followed.append(follow(store, *args))
        return followed[-1]

    monkeypatch.setattr(Store, "follow", spy)
    index = _built(ledger)
    # Neither `add` stored the index again: it takes on just the two claims.
    assert followed == [2]
    monkeypatch.undo()
    assert _state(index) == _state(_fresh(ledger))


def test_adds_store_the_index_again_only_once_it_lags_some_claims_behind(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_UNKEPT_AT_MOST", 2)
    stored = _stored_notes(monkeypatch)
    read_ledger(ledger_path)
    _built(read_ledger(ledger_path))
    texts = [
        "Night trains to Porto are cancelled",
        "The metro opens a station at the airport",
        "Cork oaks are felled for a new motorway",
        "Sardine quotas are halved for next summer",
    ]
    for number, text in enumerate(texts):
        stored.clear()
        update_ledger(ledger_path, lambda e, t=text, n=number: pipeline.add_claim(e, t, f"c{n}"))
        # The fourth add finds the index three claims behind: it stores it again.
        assert stored.count("index") == (1 if number == 3 else 0)
    ledger = read_ledger(ledger_path)
    assert _state(_built(ledger)) == _state(_fresh(ledger))


def _stored_notes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kind of each note stored from now on."""
    stored: list[str] = []
    store_note = cache.store_note

    def spy(kind: str, name: str, blob: bytes) -> None:
        stored.append(kind)
        store_note(kind, name, blob)

    monkeypatch.setattr(cache, "store_note", spy)
    return stored


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts normalised from now on."""
    normalised: list[str] = []
    normal = ClaimIndex.normal

    def counted(index: ClaimIndex, text: str) -> Any:
        normalised.append(text)
        return normal(index, text)

    monkeypatch.setattr(ClaimIndex, "normal", counted)
    return normalised


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
    assert len(_notes("index")) == 2  # one for each set of parties


def test_a_damaged_or_foreign_index_is_built_again(ledger_path: Path) -> None:
    ledger = read_ledger(ledger_path)
    _built(ledger)
    (note,) = _notes("index")
    data = bytearray(note.read_bytes())
    data[-5] ^= 1
    note.write_bytes(bytes(data))
    assert _state(_built(ledger)) == _state(_fresh(ledger))
    assert cache.load_note("index", note.stem) is not None  # stored again, sealed


def test_an_index_kept_with_its_letters_as_tables_is_built_again(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    from claimtrack import _index_store

    # Format 5 kept `heads` and `tails` as marshalled tables, not as columns.
    with monkeypatch.context() as before:
        before.setattr(_index_store, "_FORMAT", "claimtrack-claim-index 5")
        before.setattr(_index_store, "_letters_written", marshal.dumps)
        _built(read_ledger(ledger_path))
    ledger = read_ledger(ledger_path)
    assert _state(_built(ledger)) == _state(_fresh(ledger))
    (note,) = _notes("index")
    kept = cache.load_appended_note("index", note.stem)
    assert kept is not None
    store = Store.loaded(*kept[:2])
    assert store is not None and store.heads == _fresh(ledger)._heads  # stored again, as now


def test_an_index_kept_in_the_format_before_is_built_again(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import _index_store

    # The format before kept the linked words' tables as tables, not as bytes.
    with monkeypatch.context() as before:
        before.setattr(_index_store, "_FORMAT", "claimtrack-claim-index 4")
        before.setattr(Store, "_packed_table", lambda store, name: getattr(store, name))
        _built(read_ledger(ledger_path))
    ledger = read_ledger(ledger_path)
    assert _state(_built(ledger)) == _state(_fresh(ledger))
    (note,) = _notes("index")
    kept = cache.load_appended_note("index", note.stem)
    assert kept is not None and Store.loaded(*kept[:2]) is not None  # stored again, as now


def _entries() -> list[Path]:
    return sorted((cache.cache_dir() / "notes").glob("*.indexdata"))


def _kept_built(ledger_path: Path) -> ClaimIndex:
    """The index built as a command builds it: the claims read from the cache."""
    read_ledger(ledger_path)
    return _built(read_ledger(ledger_path))


def _add_claims(ledger_path: Path, texts: dict[str, str]) -> Ledger:
    for claim_id, text in texts.items():
        update_ledger(ledger_path, lambda e, t=text, c=claim_id: pipeline.add_claim(e, t, c))
    return read_ledger(ledger_path)


def test_a_store_of_the_index_appends_what_changed_to_its_entries(ledger_path: Path) -> None:
    _kept_built(ledger_path)
    (entries,) = _entries()
    size = entries.stat().st_size
    before = entries.read_bytes()
    ledger = _add_claims(ledger_path, {"night-trains": "Night trains to Porto are cancelled"})
    index = pipeline.build_index(ledger, pipeline._resolver(ledger.parties), keep=True)
    # The same file, its bytes as they were, the new claim's entries after them.
    assert _entries() == [entries]
    assert entries.stat().st_size > size
    assert entries.read_bytes()[:size] == before
    again = _built(read_ledger(ledger_path))
    assert _state(again) == _state(index) == _state(_fresh(ledger))


def test_entries_mostly_left_over_are_written_afresh(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimtrack._index_store as index_store

    monkeypatch.setattr(index_store, "_SLACK", 0)
    _kept_built(ledger_path)
    (first,) = _entries()
    # Every claim's text rewritten by hand: its entries are left over.
    text = ledger_path.read_text(encoding="utf-8")
    for old, new in (("will strike", "may strike"), ("rises by", "climbs by")):
        text = text.replace(old, new)
    ledger_path.write_text(text, encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    (second,) = _entries()
    assert second != first
    assert _state(index) == _state(_built(read_ledger(ledger_path))) == _state(_fresh(ledger))


def _damage_every_stretch(entries: Path) -> None:
    data = bytearray(entries.read_bytes())
    for at in range(0, len(data), cache._NOTE_STRETCH):
        data[at + min(7, len(data) - at - 1)] ^= 1
    entries.write_bytes(bytes(data))


def test_damaged_entries_of_a_kept_index_are_never_used(ledger_path: Path) -> None:
    _kept_built(ledger_path)
    ledger = read_ledger(ledger_path)
    (entries,) = _entries()
    _damage_every_stretch(entries)
    # Nothing changed: the entries are first read as grouping asks for them.
    index = _built(read_ledger(ledger_path))
    assert _state(index) == _state(_fresh(ledger))
    assert index.best("ferry crews stop work in Lisbon") == _fresh(ledger).best(
        "ferry crews stop work in Lisbon"
    )


def test_damaged_entries_met_while_following_the_ledger_build_the_index_again(
    ledger_path: Path,
) -> None:
    _kept_built(ledger_path)
    (entries,) = _entries()
    _damage_every_stretch(entries)
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(text.replace("in spring", "in June"), encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    assert _state(index) == _state(_fresh(ledger))
    # Stored again afresh: the damaged file is gone.
    assert entries not in _entries()
    assert _state(_built(read_ledger(ledger_path))) == _state(_fresh(ledger))


def test_entries_appended_by_another_write_meanwhile_are_not_appended_after(
    ledger_path: Path,
) -> None:
    _kept_built(ledger_path)
    kept = cache.load_appended_note("index", pipeline._index_name(read_ledger(ledger_path)))
    assert kept is not None
    (entries,) = _entries()
    with entries.open("ab") as out:
        out.write(b"written by another run")
    ledger = _add_claims(ledger_path, {"airport-metro": "The metro opens a station at the airport"})
    index = pipeline.build_index(ledger, pipeline._resolver(ledger.parties), keep=True)
    assert entries not in _entries()  # written afresh instead
    assert _state(_built(read_ledger(ledger_path))) == _state(index) == _state(_fresh(ledger))


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
    new_texts = {t for c in after.claims[len(before.claims) :] for t in pipeline._texts_of(c)}
    normalised = _counted(monkeypatch)
    index = _built(after)
    assert set(normalised) == new_texts
    monkeypatch.undo()
    assert _state(index) == _state(_fresh(after))


def test_an_index_built_again_normalises_only_the_texts_of_the_claims_that_changed(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_NORMALS_READ_FROM", 10_000)
    read_ledger(ledger_path)  # claims read from the cache from now on, as after any command
    _built(read_ledger(ledger_path))
    normalised = _counted(monkeypatch)
    # A statement rewritten by hand: only its claim is taken out and put in again.
    text = ledger_path.read_text(encoding="utf-8")
    text = text.replace("stop work on Monday morning\n", "stop work on Tuesday morning\n")
    ledger_path.write_text(text, encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    assert sorted(normalised) == [
        "The ferry crews of Lisbon will strike on Monday",
        "ferry crews will stop work on Tuesday morning",
    ]
    monkeypatch.undo()
    assert _state(index) == _state(_fresh(ledger))


def test_an_index_built_again_reads_the_texts_normalised_before(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _built(read_ledger(ledger_path))
    assert len(_notes("normals")) == 1
    (note,) = _notes("index")
    note.unlink()
    normalised = _counted(monkeypatch)
    text = ledger_path.read_text(encoding="utf-8")
    ledger_path.write_text(text.replace("in spring", "next April"), encoding="utf-8")
    ledger = read_ledger(ledger_path)
    index = _built(ledger)
    assert normalised == ["The bridge toll rises by ten cents next April"]
    monkeypatch.undo()
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


# Sentences of claims and statements for the index to follow: words that are
# related forms of each other ("watch", "smartwatch"; "jihadi", "jihadist"),
# party names, and words a later text brings in first.
_SENTENCES = [
    "Lisbon said the ferry crews will strike on Monday",
    "The union denied that the ferry strike was called off",
    "Smartwatch sales fell as the watchmakers cut prices",
    "The watch company recalled its smartwatches in Portugal",
    "A jihadi group claimed the attack on the harbour",
    "Police said the jihadists were arrested near the harbour",
    "The photojournalist who took the picture was detained",
    "A journalist reported that the bridge toll will rise",
    "Portugal raised the bridge toll by ten cents",
    "The ministry called the toll report unfounded",
    "Night trains to Porto were cancelled after the storm",
    "The storm closed the harbour and the airport",
    "Showers and showerproof jackets sold out in Porto",
    "The metro opens a station at the airport in spring",
]


def _store_follows(store: Store, claims: list[tuple[str, list[str]]]) -> int:
    index = ClaimIndex(pipeline._resolver(()))

    def normalised(claim_ids: Any) -> list[list[Any]]:
        texts = dict(claims)
        found = []
        for claim_id in claim_ids:
            row = []
            for text in texts[claim_id]:
                normal = index.normal(text)
                terms = normal.terms
                row.append((text, terms.words, terms.parties, tuple(sorted(normal.actors))))
            found.append(row)
        return found

    digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in claims]
    return store.follow(digests, normalised)


@pytest.mark.parametrize("seed", range(4))
def test_a_kept_index_follows_any_change_of_claims_as_a_fresh_build_has_it(seed: int) -> None:
    import random

    rng = random.Random(seed)

    def texts() -> list[str]:
        return [rng.choice(_SENTENCES) for _ in range(rng.randint(1, 14))]

    claims = [(f"claim-{n}", texts()) for n in range(12)]
    store = Store()
    _store_follows(store, claims)
    for step in range(10):
        store = Store.load(store.dump()) or Store()
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(claims))
            claim_id, claim_texts = claims[at]
            change = rng.choice(["statement", "text", "drop", "rename", "fewer", "append"])
            if change == "statement":
                claims[at] = (claim_id, [*claim_texts, rng.choice(_SENTENCES)])
            elif change == "text":
                claims[at] = (claim_id, [rng.choice(_SENTENCES), *claim_texts[1:]])
            elif change == "drop" and len(claims) > 2:
                del claims[at]
            elif change == "rename":
                claims[at] = (f"renamed-{step}-{at}", claim_texts)
            elif change == "fewer":
                claims[at] = (claim_id, claim_texts[:1])
            else:
                claims.append((f"added-{step}", texts()))
        _store_follows(store, claims)
        lazy = store.index(pipeline._resolver(()))
        fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
        assert _state(lazy) == _state(fresh)
        # And as grouping adds to both, they stay alike.
        for sentence in rng.sample(_SENTENCES, 3):
            assert lazy.candidates(sentence, 5) == fresh.candidates(sentence, 5)
            lazy.add("claim-0", sentence + " overnight")
            fresh.add("claim-0", sentence + " overnight")
        assert _state(lazy) == _state(fresh)


def test_claims_put_between_others_make_the_kept_index_build_again() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n]]) for n in range(6)]
    store = Store()
    _store_follows(store, claims)
    claims.insert(2, ("between", [_SENTENCES[9]]))
    claims[4], claims[5] = claims[5], claims[4]
    assert _store_follows(store, claims)
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(store.index(pipeline._resolver(()))) == _state(fresh)


def test_the_last_index_of_a_store_takes_its_linked_words_and_scores_as_a_fresh_one() -> None:
    # A run's own store, saved before its index is made, hands its linked words to
    # the index instead of copying them; grouping adding to it still scores alike.
    claims = [
        ("harbour", ["The harbour authority said the ferry timetable would change."]),
        ("ferries", ["Ferry operators denied that timetables were changing."]),
        ("bridge", ["The council said the bridge repairs would finish in spring."]),
    ]
    store = Store()
    _store_follows(store, claims)
    heads, tails = store.heads, store.tails
    lazy = store.index(pipeline._resolver(()), last=True)
    assert lazy._heads is heads and lazy._tails is tails
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    for sentence in ("A timetabled ferry changed harbours.", "Bridges repaired by councils."):
        assert lazy.candidates(sentence, 5) == fresh.candidates(sentence, 5)
        lazy.add("bridge", sentence)
        fresh.add("bridge", sentence)
    assert _state(lazy) == _state(fresh)


def test_an_index_not_given_last_leaves_the_store_to_follow_as_before() -> None:
    claims = [("harbour", ["The harbour authority said the ferry timetable would change."])]
    store = Store()
    _store_follows(store, claims)
    heads = {part: list(words) for part, words in store.heads.items()}
    index = store.index(pipeline._resolver(()))
    index.add("harbour", "Harbourside ferrymen timetabled changes.")
    assert store.heads == heads


def test_a_kept_index_makes_only_the_entries_grouping_asks_for(ledger_path: Path) -> None:
    _built(read_ledger(ledger_path))
    index = _built(read_ledger(ledger_path))
    assert not dict.keys(index._postings) and not dict.keys(index._profiles)
    index.best("ferry crews stop work")
    assert "toll" not in dict.keys(index._postings)
    assert "bridge-toll" not in dict.keys(index._profiles)


def test_a_kept_index_reads_a_claim_text_from_its_record_when_asked() -> None:
    claims = [
        ("orchard-frost", ["The apple orchards of the valley lost half their blossom to frost"]),
        ("canal-reopens", ["The old canal reopens to barges after ten years"]),
    ]
    store = Store()
    _store_follows(store, claims)
    head, data = store.save(None)
    assert data is not None
    # The head, read whole by every run, holds no claim's text (only its words, and
    # here the digests `_store_follows` makes of the texts, which it holds once).
    assert all(head.count(texts[0].encode()) == 1 for _, texts in claims)
    loaded = Store.loaded(head, data)
    assert loaded is not None
    index = loaded.index(pipeline._resolver(()))
    assert "canal-reopens" in index and len(index) == 2 and not loaded._records
    assert index.claim_text("canal-reopens") == "The old canal reopens to barges after ten years"
    assert list(loaded._records) == ["canal-reopens"]  # the one record asked for
    index.add("ferry-fares", "Ferry fares rise in the spring")
    assert list(index.claim_ids()) == ["orchard-frost", "canal-reopens", "ferry-fares"]
    assert index.claim_text("ferry-fares") == "Ferry fares rise in the spring"
    assert index.claim_text("orchard-frost") == claims[0][1][0]


def test_whether_an_index_is_kept_is_told_without_counting_every_claim(
    tmp_path: Path,
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    ledger = read_ledger(path)  # two claims of one statement each: four texts
    assert pipeline._holds_texts(ledger, 4)
    assert pipeline._holds_texts(ledger, 3)
    assert not pipeline._holds_texts(ledger, 5)
    # Enough claims alone: no claim's statements are looked at.
    seen: list[Any] = []
    original = cache.claim_summary

    def counted(claim: Any) -> Any:
        seen.append(claim)
        return original(claim)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache, "claim_summary", counted)
        assert pipeline._holds_texts(ledger, 2)
        assert seen == []
        assert pipeline._holds_texts(ledger, 3)
        assert len(seen) == 1


def test_grouping_stores_the_index_again_only_once_it_lags_some_claims_behind(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_UNKEPT_AT_MOST", 2)
    stored = _stored_notes(monkeypatch)
    _built(read_ledger(ledger_path))
    assert stored.count("index") == 1
    texts = ["Cork oaks are felled for a new motorway", "Sardine quotas are halved"]
    for number, text in enumerate(texts):
        update_ledger(ledger_path, lambda e, t=text, n=number: pipeline.add_claim(e, t, f"c{n}"))
        stored.clear()
        pipeline.plan_ingest(read_ledger(ledger_path), [])
        assert stored.count("index") == 0  # one, then two claims behind: followed
    update_ledger(ledger_path, lambda e: pipeline.add_claim(e, "Trams run all night", "c9"))
    stored.clear()
    pipeline.plan_ingest(read_ledger(ledger_path), [])
    assert stored.count("index") == 1
    ledger = read_ledger(ledger_path)
    assert _state(_built(ledger)) == _state(_fresh(ledger))


def test_stored_bytes_that_fail_their_seal_are_never_written_again() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(6)]
    store = Store()
    _store_follows(store, claims)
    head, data = store.save(None)
    assert data is not None
    # Every stored byte fails its seal; nothing changed, so nothing was read.
    damaged = Store.loaded(head, data, lambda start, end: False)
    assert damaged is not None
    assert _store_follows(damaged, claims) == 0
    head, again = damaged.save(None)  # written afresh: made again from the texts
    assert again is not None
    restored = Store.loaded(head, again)
    assert restored is not None
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(restored.index(pipeline._resolver(()))) == _state(fresh)


def _walked_whole(store: Store, digests: list[tuple[str, bytes]]) -> Any:
    """The plan of a walk over every claim one by one, as `_plan` made it before it
    passed over runs of claims kept in place in C."""
    old = list(store.slots.items())
    new_ids = {claim_id for claim_id, _ in digests}
    removed: list[str] = []
    added: list[tuple[str, int, int]] = []
    at = 0
    next_slot = max(store.claim_at, default=-1) + 1
    for place, (claim_id, digest) in enumerate(digests):
        while at < len(old) and old[at][0] not in new_ids:
            removed.append(old[at][0])
            at += 1
            if claim_id not in store.slots:
                added.append((claim_id, old[at - 1][1][0], place))
                break
        else:
            if at < len(old) and old[at][0] == claim_id:
                slot, stored = old[at][1]
                if stored != digest:
                    removed.append(claim_id)
                    added.append((claim_id, slot, place))
                at += 1
            elif at == len(old) and claim_id not in store.slots:
                added.append((claim_id, next_slot, place))
                next_slot += 1
            else:
                return None
    removed += [claim_id for claim_id, _ in old[at:]]
    if len(removed) + len(added) > len(digests) // 2 + 16:
        return None
    return removed, added


@pytest.mark.parametrize("seed", range(4))
def test_claims_renamed_dropped_merged_or_moved_are_planned_as_a_walk_over_all_plans_them(
    seed: int,
) -> None:
    import random

    rng = random.Random(seed)
    claims = [(f"claim-{n}", [rng.choice(_SENTENCES)]) for n in range(60)]
    store = Store()
    _store_follows(store, claims)
    planned = 0
    for step in range(12):
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(claims))
            kind = rng.choice(["rename", "drop", "merge", "change", "insert", "move", "append"])
            claim_id, texts = claims[at]
            if kind == "rename":
                claims[at] = (f"{claim_id}-r{step}", texts)
            elif kind == "drop" and len(claims) > 20:
                del claims[at]
            elif kind == "merge" and len(claims) > 20:
                other = (at + rng.randint(1, 5)) % len(claims)
                kept_id, kept_texts = claims[other]
                claims[other] = (kept_id, [*kept_texts, *texts])
                del claims[at]
            elif kind == "change":
                claims[at] = (claim_id, [*texts, rng.choice(_SENTENCES)])
            elif kind == "insert":
                claims.insert(at, (f"put-{step}-{at}", [rng.choice(_SENTENCES)]))
            elif kind == "move":
                claims.insert(rng.randrange(len(claims)), claims.pop(at))
            else:
                claims.append((f"added-{step}-{at}", [rng.choice(_SENTENCES)]))
        digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in claims]
        plan = store._plan(digests)
        assert plan == _walked_whole(store, digests)
        planned += plan is not None
        _store_follows(store, claims)
        assert list(store.slots) == [claim_id for claim_id, _ in claims]
        fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
        assert _state(store.index(pipeline._resolver(()))) == _state(fresh)
    assert planned  # not every step built anew


def test_a_rename_and_a_drop_are_planned_from_the_runs_of_claims_kept_in_place() -> None:
    from claimtrack import _index_store

    claims = [(f"claim-{n}", [_SENTENCES[n % len(_SENTENCES)]]) for n in range(200)]
    store = Store()
    _store_follows(store, claims)
    after = [*claims[:50], ("claim-50-renamed", claims[50][1]), *claims[51:150], *claims[151:]]
    after[3] = (after[3][0], [*after[3][1], _SENTENCES[0]])  # changed in place
    after[190] = (after[190][0], [*after[190][1], _SENTENCES[1]])
    digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in after]
    slot_of = {claim_id: entry[0] for claim_id, entry in store.slots.items()}
    runs: list[int] = []
    original = _index_store._same_run

    def counted(*args: Any) -> int:
        runs.append(original(*args))
        return runs[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_index_store, "_same_run", counted)
        plan = store._plan(digests)
    assert runs == [50, 99, 49]  # three runs kept in place, each passed over whole
    assert plan == _walked_whole(store, digests)
    assert plan == (
        ["claim-3", "claim-50", "claim-150", "claim-191"],
        [
            ("claim-3", slot_of["claim-3"], 3),
            ("claim-50-renamed", slot_of["claim-50"], 50),
            ("claim-191", slot_of["claim-191"], 190),
        ],
    )
    _store_follows(store, after)
    assert list(store.slots) == [claim_id for claim_id, _ in after]
    fresh = pipeline._fresh_index(after, pipeline._resolver(()))
    assert _state(store.index(pipeline._resolver(()))) == _state(fresh)


def test_claims_put_in_are_planned_at_their_places_and_take_the_digests_there() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n % len(_SENTENCES)]]) for n in range(12)]
    store = Store()
    _store_follows(store, claims)
    claims[4] = ("claim-4", [*claims[4][1], _SENTENCES[0]])  # changed in place
    claims += [("claim-new", [_SENTENCES[1]]), ("claim-newer", [_SENTENCES[2]])]
    digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in claims]
    slot_of = {claim_id: entry[0] for claim_id, entry in store.slots.items()}
    assert store._plan(digests) == (
        ["claim-4"],
        [("claim-4", slot_of["claim-4"], 4), ("claim-new", 12, 12), ("claim-newer", 13, 13)],
    )
    _store_follows(store, claims)
    assert [store.slots[claim_id][1] for claim_id, _ in claims] == [digest for _, digest in digests]


@pytest.mark.parametrize("seed", range(3))
def test_claims_changed_in_place_or_added_at_the_end_are_planned_as_a_walk_plans_them(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    rng = random.Random(seed)
    claims = [(f"claim-{n}", [rng.choice(_SENTENCES)]) for n in range(40)]
    store = Store()
    _store_follows(store, claims)
    for step in range(6):
        for _ in range(rng.randint(0, 4)):
            at = rng.randrange(len(claims))
            claims[at] = (claims[at][0], [*claims[at][1], rng.choice(_SENTENCES)])
        claims += [
            (f"added-{step}-{n}", [rng.choice(_SENTENCES)]) for n in range(rng.randint(0, 3))
        ]
        digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in claims]
        quick = store._plan(digests)
        with monkeypatch.context() as patched:
            patched.setattr(Store, "_plan_appended", lambda self, claims: (False, None))
            walked = store._plan(digests)
        assert quick == walked
        _store_follows(store, claims)
        assert list(store.slots) == [claim_id for claim_id, _ in claims]
        fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
        assert _state(store.index(pipeline._resolver(()))) == _state(fresh)
    # Most claims changed at once: built anew, by either plan.
    claims = [(claim_id, [*texts, _SENTENCES[0]]) for claim_id, texts in claims]
    digests = [(claim_id, "\0".join(texts).encode()) for claim_id, texts in claims]
    assert store._plan(digests) is None


def _kept(claims: list[tuple[str, list[str]]]) -> tuple[bytes, bytes]:
    store = Store()
    _store_follows(store, claims)
    head, data = store.save(None)
    assert data is not None
    return head, data


def _head_with(head: bytes, **parts: Any) -> bytes:
    """`head` with some of its columns replaced (ids, slots, digests, ends, starts, sizes,
    and the terms' runs: terms, run_starts, run_lengths)."""
    import marshal

    names = ["format", "ids", "slots", "digests", "ends", "starts", "sizes", "count"]
    names += ["ranks", "heads", "tails", "terms", "run_starts", "run_lengths"]
    items = list(marshal.loads(head))
    for name, value in parts.items():
        items[names.index(name)] = value
    return marshal.dumps(tuple(items))


def test_a_kept_index_makes_the_words_of_only_the_letters_grouping_looks_up() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(8)]
    loaded = Store.loaded(*_kept(claims))
    assert loaded is not None
    index = loaded.index(pipeline._resolver(()), last=True)
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    sentence = "Smartwatches recalled by the harbour police"
    assert index.candidates(sentence, 5) == fresh.candidates(sentence, 5)
    looked_up = set(dict.keys(index._heads))
    assert looked_up and looked_up < set(fresh._heads)  # the parts asked for, no more
    index.add("claim-1", "Recalled smartwatches reached the harbourmaster")
    fresh.add("claim-1", "Recalled smartwatches reached the harbourmaster")
    assert _state(index) == _state(fresh)


def test_a_store_that_places_words_again_keeps_its_letters_as_a_fresh_build() -> None:
    # Dropping the first claims moves the first examples of their words: each is
    # taken out of its letters' list and put in again, and the store saved.
    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(8)]
    loaded = Store.loaded(*_kept(claims))
    assert loaded is not None
    del claims[:3]
    assert _store_follows(loaded, claims)
    again, rewritten = loaded.save(None)
    restored = Store.loaded(again, rewritten or b"")
    assert restored is not None
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert restored.heads == fresh._heads and restored.tails == fresh._tails
    assert _state(restored.index(pipeline._resolver(()))) == _state(fresh)


def test_claims_added_at_the_end_are_followed_with_nothing_made_for_each_stored_claim() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(8)]
    loaded = Store.loaded(*_kept(claims))
    assert loaded is not None
    claims.append(("night-trams", ["Trams run all night through the summer"]))
    assert _store_follows(loaded, claims) == 1
    index = loaded.index(pipeline._resolver(()))
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(index) == _state(fresh)
    assert index.candidates(_SENTENCES[3], 5) == fresh.candidates(_SENTENCES[3], 5)
    # Every stored claim read, found by id and by slot, from the head's columns:
    # only the claim added has an entry of its own.
    assert loaded._columns is not None and list(loaded._slots) == ["night-trams"]
    assert list(loaded.slots) == [claim_id for claim_id, _ in claims]  # made when asked


def test_claims_renamed_or_dropped_leave_the_linked_words_unread_and_stored_as_read() -> None:
    # "watch" and "jihadi" are linked words of the first claims; the claims renamed
    # and dropped after them hold them too, but hold no word's first example.
    claims = [
        ("watches", [_SENTENCES[2], _SENTENCES[3]]),
        ("jihadis", [_SENTENCES[4], _SENTENCES[5]]),
        ("recall", [_SENTENCES[3]]),
        ("arrests", [_SENTENCES[5], _SENTENCES[4]]),
    ]
    head, data = _kept(claims)
    loaded = Store.loaded(head, data)
    assert loaded is not None
    claims[2] = ("smartwatch-recall", claims[2][1])
    del claims[3]
    assert _store_follows(loaded, claims) == 3
    assert set(loaded._packed) == {"heads", "tails"}  # the words by letters left unread
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    again, rewritten = loaded.save(None)
    restored = Store.loaded(again, rewritten or b"")
    assert restored is not None
    assert _state(restored.index(pipeline._resolver(()))) == _state(fresh)
    # A claim dropped that held words' first examples places them again.
    del claims[0]
    assert _store_follows(restored, claims) == 1
    assert "heads" not in restored._packed
    assert _state(restored.index(pipeline._resolver(()))) == _state(
        pipeline._fresh_index(claims, pipeline._resolver(()))
    )


def test_a_kept_head_whose_columns_do_not_tell_as_many_claims_is_not_read() -> None:
    from array import array

    claims = [(f"claim-{n}", [_SENTENCES[n]]) for n in range(5)]
    head, data = _kept(claims)
    assert Store.loaded(head, data) is not None
    ids = [claim_id for claim_id, _ in claims]
    four = array("q", range(4)).tobytes()
    for damaged in [
        _head_with(head, ids=ids[:4]),
        _head_with(head, slots=four),
        _head_with(head, starts=four),
        _head_with(head, sizes=four),
        _head_with(head, digests=b""),
        _head_with(head, ends=array("q", [1, 2, 3, 4, 500]).tobytes()),
        _head_with(head, slots=b"\0" * 7),
        _head_with(head, run_starts=four),
        _head_with(head, terms=["bridge"]),
        _head_with(head, format="claimtrack-claim-index 4"),  # the format before
    ]:
        assert Store.loaded(damaged, data) is None


def test_a_claim_whose_record_lies_outside_the_kept_bytes_is_made_again_when_read() -> None:
    from array import array

    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(6)]
    import marshal

    head, data = _kept(claims)
    starts = array("q", marshal.loads(head)[5])
    starts[2] = len(data) + 64
    loaded = Store.loaded(_head_with(head, starts=starts.tobytes()), data)
    assert loaded is not None  # a place is checked as its record is read
    assert _store_follows(loaded, claims) == 0
    index = loaded.index(pipeline._resolver(()))
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(index) == _state(fresh)
    again, rewritten = loaded.save(None)
    restored = Store.loaded(again, rewritten or b"")
    assert restored is not None and _store_follows(restored, claims) == 0
    assert _state(restored.index(pipeline._resolver(()))) == _state(fresh)


def test_digests_of_the_same_bytes_cut_elsewhere_are_claims_changed() -> None:
    # Digests of ten bytes each, then of nine and eleven: joined, they are alike.
    first = [("pier", ["Pier works"]), ("dock", ["Dock works"])]
    loaded = Store.loaded(*_kept(first))
    assert loaded is not None
    after = [("pier", ["Pier work"]), ("dock", ["sDock works"])]
    assert _store_follows(loaded, after) == 4  # both taken out and put in again
    fresh = pipeline._fresh_index(after, pipeline._resolver(()))
    assert _state(loaded.index(pipeline._resolver(()))) == _state(fresh)


def test_claims_changed_in_place_are_followed_with_nothing_made_for_each_stored_claim() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n], _SENTENCES[n + 1]]) for n in range(8)]
    loaded = Store.loaded(*_kept(claims))
    assert loaded is not None
    claims[2] = ("claim-2", [*claims[2][1], "Night ferries are cancelled until the spring"])
    claims[5] = ("claim-5", claims[5][1][:1])
    claims.append(("night-trams", ["Trams run all night through the summer"]))
    assert _store_follows(loaded, claims) == 5  # two taken out and put in, one put in
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(loaded.index(pipeline._resolver(()))) == _state(fresh)
    assert loaded._columns is not None and list(loaded._slots) == ["night-trams"]
    # Stored, the changed claims' records are the new ones, and a load follows none.
    head, data = loaded.save(None)
    again = Store.loaded(head, data or b"")
    assert again is not None and _store_follows(again, claims) == 0
    assert _state(again.index(pipeline._resolver(()))) == _state(fresh)


def test_stored_digests_of_one_size_differ_from_digests_joined_alike_cut_elsewhere() -> None:
    from array import array

    from claimtrack._index_store import _Columns

    ids = ["harbour-toll", "ferry-strike", "dune-fence"]
    stored = [b"aaaa", b"bbbb", b"cccc"]
    columns = _Columns(
        ids, array("q", [0, 1, 2]), (b"".join(stored), array("q")), (array("q"), array("q"))
    )
    assert list(columns.differing(list(stored))) == []
    # The same bytes joined, cut at other places: the first two claims changed.
    assert list(columns.differing([b"aaa", b"abbbb", b"cccc"])) == [0, 1]
    assert list(columns.differing([b"aaaa", b"bbbb", b"ccc"])) == [2]
    assert list(columns.differing([b"aaaa", b"bbbx", b"cccc"])) == [1]


def _hashed(claims: list[tuple[str, list[str]]]) -> list[tuple[str, bytes]]:
    """Each claim's id and a digest of its texts of one size, as a ledger's are."""
    import hashlib

    return [
        (claim_id, hashlib.blake2b("\0".join(texts).encode(), digest_size=16).digest())
        for claim_id, texts in claims
    ]


def _follows_hashed(store: Store, claims: list[tuple[str, list[str]]]) -> int:
    index = ClaimIndex(pipeline._resolver(()))
    texts = dict(claims)

    def normalised(claim_ids: Any) -> list[list[Any]]:
        found = []
        for claim_id in claim_ids:
            row = []
            for text in texts[claim_id]:
                normal = index.normal(text)
                terms = normal.terms
                row.append((text, terms.words, terms.parties, tuple(sorted(normal.actors))))
            found.append(row)
        return found

    return store.follow(_hashed(claims), normalised)


def _loaded_store(claims: list[tuple[str, list[str]]]) -> Store:
    built = Store()
    _follows_hashed(built, claims)
    head, data = built.save(None)
    loaded = Store.loaded(head, data or b"")
    assert loaded is not None
    return loaded


@pytest.mark.parametrize("seed", range(6))
def test_a_merge_rename_or_drop_is_followed_in_the_columns_as_a_fresh_build_has_it(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    rng = random.Random(seed)
    claims = [
        (f"claim-{n}", [rng.choice(_SENTENCES) for _ in range(rng.randint(1, 4))])
        for n in range(80)
    ]
    for step in range(8):
        store, twin = _loaded_store(claims), _loaded_store(claims)
        # A few claims near one another, as a `merge`, `rename` or `drop` touch them.
        near = rng.randrange(len(claims) - 6)
        for _ in range(rng.randint(1, 3)):
            at = near + rng.randrange(6)
            kind = rng.choice(["rename", "drop", "merge", "change", "append"])
            claim_id, texts = claims[at]
            if kind == "rename":
                claims[at] = (f"{claim_id}-r{step}", texts)
            elif kind == "drop":
                del claims[at]
            elif kind == "merge":
                other = at + rng.choice([-2, -1, 1, 2])
                if 0 <= other < len(claims):
                    kept_id, kept_texts = claims[other]
                    claims[other] = (kept_id, [*kept_texts, *texts])
                    del claims[at]
            elif kind == "change":
                claims[at] = (claim_id, [*texts, rng.choice(_SENTENCES)])
            else:
                claims.append((f"added-{step}-{len(claims)}", [rng.choice(_SENTENCES)]))
        digests = _hashed(claims)
        planned = store._plan(digests)
        with monkeypatch.context() as patched:  # the walk over the tables by claim
            patched.setattr(Store, "_walk_columns", lambda self, claims: (False, None))
            assert planned == twin._plan(digests)
        _follows_hashed(store, claims)
        if planned is not None:
            assert store._columns is not None  # no tables by claim made
        fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
        assert _state(store.index(pipeline._resolver(()))) == _state(fresh)
        assert list(store.slots) == [claim_id for claim_id, _ in claims]
        # Stored and loaded again, it follows nothing more and is still the fresh one.
        head, data = store.save(None)
        again = Store.loaded(head, data or b"")
        assert again is not None and _follows_hashed(again, claims) == 0
        assert _state(again.index(pipeline._resolver(()))) == _state(fresh)


def test_a_rename_and_a_drop_take_out_and_put_in_only_their_claims_in_the_columns() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n % len(_SENTENCES)]]) for n in range(300)]
    store = _loaded_store(claims)
    slot_of = dict(zip([claim_id for claim_id, _ in claims], range(300), strict=True))
    after = [*claims[:120], ("claim-120-renamed", claims[120][1]), *claims[121:125]]
    after += [*claims[126:], ("claim-new", [_SENTENCES[2]])]
    after[40] = ("claim-40", [*claims[40][1], _SENTENCES[5]])  # a merge's kept claim
    assert store._plan(_hashed(after)) == (
        ["claim-40", "claim-120", "claim-125"],
        [
            ("claim-40", slot_of["claim-40"], 40),
            ("claim-120-renamed", slot_of["claim-120"], 120),
            ("claim-new", 300, 299),
        ],
    )
    assert _follows_hashed(store, after) == 6
    assert store._columns is not None and store._columns.ids == [c for c, _ in after]
    # The slots keep rising in ledger order: a claim is found by its slot.
    assert store._claim_in(slot_of["claim-200"]) == "claim-200"
    assert store._claim_in(300) == "claim-new"
    fresh = pipeline._fresh_index(after, pipeline._resolver(()))
    assert _state(store.index(pipeline._resolver(()))) == _state(fresh)


def test_an_id_the_ledger_repeats_is_not_followed_in_the_columns() -> None:
    claims = [(f"claim-{n}", [_SENTENCES[n % len(_SENTENCES)]]) for n in range(40)]
    store = _loaded_store(claims)
    after = [*claims[:20], ("claim-3", [_SENTENCES[1]]), *claims[21:]]
    assert store._walk_columns(_hashed(after)) == (False, None)


def test_digests_differing_in_a_stretch_are_found_by_halving_it() -> None:
    from array import array

    from claimtrack._index_store import _Columns

    stored = [bytes([n]) * 4 for n in range(10)]
    columns = _Columns(
        [f"c{n}" for n in range(10)],
        array("q", range(10)),
        (b"".join(stored), array("q")),
        (array("q", [0] * 10), array("q", [0] * 10)),
    )
    assert columns.differing_from(3, stored[3:8]) == []
    changed = [*stored[3:5], b"xxxx", stored[6], b"yyyy"]
    assert columns.differing_from(3, changed) == [5, 7]
    assert columns.differing_from(0, [b"zzzz", *stored[1:]]) == [0]


def test_the_postings_a_write_follows_are_arrays_stored_as_a_build_stores_them() -> None:
    from array import array

    claims = [(f"claim-{n}", [_SENTENCES[n % 6], _SENTENCES[(n + 1) % 6]]) for n in range(30)]
    store = _loaded_store(claims)
    del claims[12]  # a drop: the postings of each of its terms lose its keys
    claims[20] = ("claim-21", [*claims[20][1], _SENTENCES[7]])
    assert _follows_hashed(store, claims) == 3
    assert store._postings and all(type(keys) is array for keys in store._postings.values())
    fresh = pipeline._fresh_index(claims, pipeline._resolver(()))
    assert _state(store.index(pipeline._resolver(()))) == _state(fresh)
    head, data = store.save(None)
    again = Store.loaded(head, data or b"")
    assert again is not None and _follows_hashed(again, claims) == 0
    assert _state(again.index(pipeline._resolver(()))) == _state(fresh)
