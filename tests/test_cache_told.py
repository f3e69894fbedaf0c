"""What the cache's index tells of each batch of claims without its entries: the
sieves of its texts' last words and of the sources cited, its claims' digests and
the parties named; each answer the same as reading every batch gives."""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimtrack import cache
from claimtrack.ledger import read_ledger, update_ledger
from claimtrack.model import Ledger, Statement

_SOURCES = 9


def _varied_claims(path: Path, count: int) -> None:
    """A ledger of `count` claims, each text ending in a word of its own, each citing a
    source shared by ten claims in a row and a party of thirteen."""
    lines = ["version: 1", "sources:"]
    for number in range(_SOURCES):
        lines += [f"  news-{number}:", f"    path: sources/news-{number}.txt"]
        lines.append(f"    sha256: {f'{number:02d}' * 32}")
    lines.append("claims:")
    for number in range(count):
        lines += [
            f"  pier-{number}:",
            f"    text: Pier {number} of the harbour closes for works{number}",
            "    statements:",
            "    - stance: asserts",
            f"      party: Union {number % 13}",
            "      speaker: the harbour master",
            "      cue: said",
            f"      source: news-{number // 10 % _SOURCES}",
            f"      line: {number + 1}",
            f"      content: pier {number} closes for works",
            f"      quote: The harbour master said pier {number} closes for works.",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def varied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Ledger]]:
    """60 varied claims cached in batches of 3 to 8, read back from the cache files."""
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _varied_claims(path, 60)
    read_ledger(path)
    _forget()
    yield path, read_ledger(path)


@pytest.fixture
def digests_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ledgers read whole or block by block stored with no claim's digest (as in a
    cache stored before a read kept them): a digest is first worked out after a read.
    Asked for before `varied`."""
    monkeypatch.setattr(cache, "_digests_made", lambda claims, parts: claims)


def _forget() -> None:
    cache._loaded.clear()
    cache._parts_read.clear()


def _fresh(path: Path) -> Ledger:
    from claimtrack._yaml import parse_ledger

    ledger, problems = parse_ledger(path.read_text(encoding="utf-8"), str(path))
    assert ledger is not None and not list(problems)
    return ledger


@pytest.fixture
def unmarshalled(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The first ids of the batches whose entries are unmarshalled from here on."""
    seen: list[tuple[str, ...]] = []
    entries_of = cache._batch_entries

    def counted(batch: Any, ids: tuple[str, ...] | None = None) -> list[tuple[Any, ...]]:
        if batch[0] is None:
            seen.append(ids or ())
        return entries_of(batch, ids)

    monkeypatch.setattr(cache, "_batch_entries", counted)
    return seen


def _batch_holding(ledger: Ledger, claim_id: str) -> tuple[str, ...]:
    claims = ledger.claims
    assert isinstance(claims, cache._LazyClaims)
    for _, ids, _ in claims.stored_batches():
        if claim_id in ids:
            return ids
    raise AssertionError(claim_id)


@pytest.mark.parametrize(
    "text",
    [
        "Pier 4 closes",
        "STRASSE and Straße",
        "İstanbul mayor says",
        "the ﬁnal",
        "under_score",
        "ends in punctuation...!",
        "42",
        "...",
        "",
        "Ünïcödé wörds, then a quote'",
        "the talks end in İ",
        "a street called Hauptstraße",
        "two words",
        "one",
        "  spaces round a word  ",
    ],
)
def test_the_last_word_is_the_last_of_the_words_add_compares(text: str) -> None:
    from claimtrack.pipeline import _words_of

    assert cache.last_word(text) == (_words_of(text) or ("",))[-1]


def test_a_look_for_a_last_word_reads_only_the_batch_holding_it(
    varied: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = varied
    found = cache.claim_texts_ending(ledger.claims, "works17")
    assert found == [("pier-17", "Pier 17 of the harbour closes for works17")]
    # The batch that holds it is read, and no other.
    assert unmarshalled == [_batch_holding(ledger, "pier-17")]
    assert cache.claim_texts_ending(ledger.claims, "nowhere") == []
    assert len(unmarshalled) == 1
    # Every word: what reading every claim's text gives.
    fresh = _fresh(path)
    for word in ("works0", "works59", "harbour", ""):
        assert cache.claim_texts_ending(read_ledger(path).claims, word) == [
            (c.id, c.text) for c in fresh.claims if cache.last_word(c.text) == word
        ]


def test_add_finds_the_claim_of_the_same_words_in_a_batch_its_sieve_names(
    varied: tuple[Path, Ledger],
) -> None:
    from claimtrack.pipeline import add_claim

    path, _ = varied
    said: list[Any] = []
    update_ledger(
        path,
        lambda editor: said.append(add_claim(editor, "pier 33 of the HARBOUR closes for works33!")),
    )
    assert said[0].claim_id == "pier-33" and not said[0].created


def test_a_hand_edit_of_a_texts_last_word_is_seen_by_the_next_look(
    varied: tuple[Path, Ledger],
) -> None:
    path, _ = varied
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("closes for works21\n", "closes for floods\n"), encoding="utf-8")
    ledger = read_ledger(path)
    assert cache.claim_texts_ending(ledger.claims, "works21") == []
    assert cache.claim_texts_ending(ledger.claims, "floods") == [
        ("pier-21", "Pier 21 of the harbour closes for floods")
    ]
    _forget()
    again = read_ledger(path)
    assert cache.claim_texts_ending(again.claims, "floods") == [
        ("pier-21", "Pier 21 of the harbour closes for floods")
    ]


def test_the_claims_citing_a_source_are_read_from_the_batches_whose_sieve_names_it(
    varied: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = varied
    citing = cache.claims_citing(ledger.claims, {"news-3"})
    fresh = _fresh(path)
    expected = [c.id for c in fresh.claims if "news-3" in cache.summary_of(c.statements)[0]]
    assert [c.id for c in citing] == expected == [f"pier-{n}" for n in range(30, 40)]
    # The batches holding pier-30 to pier-39 are read (each must be), no other.
    holding = {_batch_holding(ledger, claim_id) for claim_id in expected}
    assert set(unmarshalled) == holding
    assert cache.claims_citing(ledger.claims, {"news-nowhere"}) == []
    assert set(unmarshalled) == holding


def test_the_claims_digests_are_read_from_the_index_once_stored(
    digests_left_out: None, varied: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = varied
    # Before any digest is worked out, a batch's record holds none: its entries tell.
    digests = cache.claim_digests(ledger.claims)
    assert len(unmarshalled) == len(ledger.claims.stored_batches())  # type: ignore[attr-defined]
    assert digests == [(c.id, cache.texts_digest(c)) for c in read_ledger(path).claims]
    cache.store_cached(path, cache.digest_of(path.read_bytes()), ledger, cache.layout_of(ledger))
    _forget()
    unmarshalled.clear()
    again = read_ledger(path)
    assert cache.claim_digests(again.claims) == digests
    assert unmarshalled == []
    # A claim made is asked (its batch's digests as the index gives them too).
    assert again.claims[12].id == "pier-12"
    assert cache.claim_digests(again.claims) == digests


def test_the_parties_named_are_read_from_the_index_in_the_order_met(
    varied: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = varied
    named = cache.filed_parties(ledger.claims)
    assert unmarshalled == []
    expected: dict[str, None] = {}
    for claim in _fresh(path).claims:
        for names in cache.summary_of(claim.statements)[2]:
            expected.update(dict.fromkeys(names))
    assert list(named) == list(expected) == [f"Union {n}" for n in range(13)]
    # Claims joined from a stretch of the load and claims made: the same answer.
    joined = (*ledger.claims[5:], *ledger.claims[:5])
    assert list(cache.filed_parties(joined)) == [
        *[f"Union {n}" for n in range(5, 13)],
        *[f"Union {n}" for n in range(5)],
    ]


def test_the_texts_by_id_read_only_the_batches_of_the_claims_asked_for(
    varied: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    _, ledger = varied
    texts = cache.TextsById(ledger.claims)
    assert texts["pier-51"] == "Pier 51 of the harbour closes for works51"
    assert texts["pier-2"] == "Pier 2 of the harbour closes for works2"
    assert set(unmarshalled) == {
        _batch_holding(ledger, "pier-2"),
        _batch_holding(ledger, "pier-51"),
    }
    assert len(texts) == 60 and list(texts)[:2] == ["pier-0", "pier-1"]
    assert "nowhere" not in texts
    assert len(unmarshalled) == 2
    assert dict(texts) == {c.id: c.text for c in ledger.claims}


def test_a_write_stores_what_the_index_tells_of_every_batch_as_its_entries_give_it(
    varied: tuple[Path, Ledger],
) -> None:
    from claimtrack.pipeline import drop_claim

    path, _ = varied
    update_ledger(path, lambda editor: editor.rename_claim("pier-25", "pier-twenty-five"))
    update_ledger(path, lambda editor: drop_claim(editor, "pier-44"))
    update_ledger(path, lambda editor: editor.add_claim("pier-new", "A new pier opens for ferries"))
    for keep in (True, False):
        if not keep:
            _forget()
        ledger = read_ledger(path)
        claims = ledger.claims
        assert isinstance(claims, cache._LazyClaims)
        for number, (_, ids, told) in enumerate(claims.stored_batches()):
            first, entries, _ = claims.batch(number)
            assert tuple(entry[0] for entry in entries) == ids
            batch = claims[first : first + len(entries)]
            texts = [claim.__dict__["_raw"].texts for claim in batch]
            assert told == cache._told_of(entries, texts.__getitem__)
        assert cache.claim_texts_ending(claims, "ferries") == [
            ("pier-new", "A new pier opens for ferries")
        ]
        assert [c.id for c in cache.claims_citing(claims, {"news-4"})] == [
            f"pier-{n}" for n in range(40, 50) if n != 44
        ]


def test_a_batch_record_whose_told_is_not_of_its_batch_fails_the_load(
    digests_left_out: None, varied: tuple[Path, Ledger]
) -> None:
    path, _ = varied
    header = cache._FORMAT + cache.digest_of(path.read_bytes()).encode("ascii") + b"\n"
    body = memoryview(cache._cache_file(path).read_bytes())[len(header) :]
    key = (cache.cache_dir() / "key").read_bytes()
    token, chunks, offsets, index = cache._unseal(body, key + header)
    parts = cache._parts_file(cache._cache_file(path), token).read_bytes()
    seals = cache._seals(parts, token, chunks, key)
    origin = cache._Origin(path, cache.digest_of(path.read_bytes()), cache._cache_file(path))
    claims, _, _ = cache._stored_claims(index[2], parts, offsets, index[3], seals, origin)
    assert len(claims) == 60
    record = index[2][1]
    damaged = [
        (*record[:5], record[5][:-1], *record[6:]),  # a sieve cut short
        (*record[:6], b"\0" * 15, *record[7:]),  # digests of no claim count
        (*record[:7], ("Union 1", 3), *record[8:]),  # a party that is no name
        (*record[:5], record[5], record[6], record[7]),  # a field left out
        (*record[:4], "no", *record[5:]),  # no flag
        (*record[:9], b"\0" * 5),  # a sieve of the quotes of no size it has
        (*record[:9], b"\0" * (cache._QUOTES_SIEVE >> 3)),  # one of claims with no digest
    ]
    for bad in damaged:
        batches = [*index[2][:1], bad, *index[2][2:]]
        with pytest.raises(ValueError, match="damaged cache"):
            cache._stored_claims(batches, parts, offsets, index[3], seals, origin)


def _quoted_claims(path: Path, count: int) -> None:
    """A ledger of `count` claims, each citing one of three sources in turn; every
    twelfth claim (all citing news-0) quotes the same words, the others words of
    their own."""
    lines = ["version: 1", "sources:"]
    for number in range(3):
        lines += [f"  news-{number}:", f"    path: sources/news-{number}.txt"]
        lines.append(f"    sha256: {f'{number:02d}' * 32}")
    lines.append("claims:")
    for number in range(count):
        quote = (
            "The harbour master said  the piers close."
            if number % 12 == 0
            else f"The harbour master said pier {number} closes."
        )
        lines += [
            f"  pier-{number}:",
            f"    text: Pier {number} of the harbour closes for works",
            "    statements:",
            "    - stance: asserts",
            "      party: Union",
            "      speaker: the harbour master",
            "      cue: said",
            f"      source: news-{number % 3}",
            "      line: 1",
            f"      content: pier {number} closes",
            f"      quote: {quote}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def quoted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Ledger]]:
    """60 claims cached in batches of 3 to 8 with their digests worked out (as a write
    that follows the claim index leaves them), read back from the cache files."""
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _quoted_claims(path, 60)
    read_ledger(path)
    _forget()
    ledger = read_ledger(path)
    cache.claim_digests(ledger.claims)
    cache.store_cached(path, cache.digest_of(path.read_bytes()), ledger, cache.layout_of(ledger))
    _forget()
    yield path, read_ledger(path)


_SAME = "The harbour master said the piers close."  # as `quote_key` gives it
_SAME_QUOTED = [f"pier-{n}" for n in range(0, 60, 12)]


def test_each_batch_record_holds_the_sieve_of_its_quotes_once_digests_are_stored(
    quoted: tuple[Path, Ledger],
) -> None:
    path, ledger = quoted
    claims = ledger.claims
    assert isinstance(claims, cache._LazyClaims)
    fresh = {claim.id: claim for claim in _fresh(path).claims}
    for _, ids, told in claims.stored_batches():
        keys = [cache.quote_key(s.quote) for claim_id in ids for s in fresh[claim_id].statements]
        assert told[5] == cache._sieve(keys, cache._QUOTES_SIEVE)
        assert all(cache._sieve_holds(told[5], key) for key in keys)
    # Without digests in its entries, a batch's record holds no sieve of its quotes:
    # the same entries could hold other quotes.
    entries = claims.batch(0)[1]
    assert cache._told_of(entries)[5] == b""
    assert cache._told_of([(*e[:5], None) for e in entries], lambda n: None)[5] == b""


def test_the_claims_holding_a_quote_are_read_from_the_batches_whose_sieve_names_it(
    quoted: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = quoted
    found = cache.claims_citing(ledger.claims, {"news-0"}, {_SAME})
    expected = [
        c.id
        for c in _fresh(path).claims
        if any(s.source == "news-0" and cache.quote_key(s.quote) == _SAME for s in c.statements)
    ]
    assert expected == _SAME_QUOTED
    assert set(expected) <= {c.id for c in found}
    # The batches holding the quote are read (each must be), no other.
    holding = {_batch_holding(ledger, claim_id) for claim_id in expected}
    assert set(unmarshalled) == holding
    assert len(holding) < len(ledger.claims.stored_batches())  # type: ignore[attr-defined]
    # Without the quotes, every batch citing the source is read.
    assert len(cache.claims_citing(ledger.claims, {"news-0"})) == 20


def test_the_claims_among_ids_are_made_from_their_batches_alone(
    quoted: tuple[Path, Ledger], unmarshalled: list[tuple[str, ...]]
) -> None:
    path, ledger = quoted
    asked = {"pier-41", "pier-7", "nowhere"}
    assert [c.id for c in cache.claims_among(ledger.claims, asked)] == ["pier-7", "pier-41"]
    assert set(unmarshalled) == {
        _batch_holding(ledger, "pier-7"),
        _batch_holding(ledger, "pier-41"),
    }
    assert cache.claims_among(_fresh(path).claims, asked) == list(
        cache.claims_among(read_ledger(path).claims, asked)
    )


@pytest.mark.parametrize("edit", [False, True])
def test_a_drop_numbers_its_statements_among_those_of_the_same_quote_as_a_fresh_read(
    quoted: tuple[Path, Ledger],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unmarshalled: list[tuple[str, ...]],
    edit: bool,
) -> None:
    from claimtrack.pipeline import drop_claim

    path, ledger = quoted
    if edit:
        # A hand edit gives pier-3 (news-0) the quote the dropped claim shares.
        text = path.read_text(encoding="utf-8")
        text = text.replace("said pier 3 closes.", "said the piers close.")
        path.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain" / "claims.yaml"
    plain.parent.mkdir()
    plain.write_bytes(path.read_bytes())
    unmarshalled.clear()
    update_ledger(path, lambda editor: drop_claim(editor, "pier-36"))
    if not edit:
        # Each batch holding the quote is read (which batches else are read is the
        # test of `claims_citing` above: the write reads the first and last claims').
        holding = {_batch_holding(ledger, claim_id) for claim_id in _SAME_QUOTED}
        assert holding <= set(unmarshalled)
    with monkeypatch.context() as patched:
        patched.setattr(cache, "_key", lambda create: None)
        _forget()
        update_ledger(plain, lambda editor: drop_claim(editor, "pier-36"))
    assert path.read_bytes() == plain.read_bytes()
    recorded = _fresh(path).source("news-0")
    assert recorded is not None
    from claimtrack.pipeline import _fingerprint

    # pier-36 is the fourth of its source's statements of the quote (fifth after the
    # hand edit): numbered 3 (4) from 0.
    ordinal = 4 if edit else 3
    assert [entry.split(":")[0] for entry in recorded.extracted] == [
        _fingerprint("news-0", _SAME, ordinal)
    ]


def _cache_body(path: Path) -> tuple[bytes, memoryview, bytes]:
    """The header of the cache of `path`, the rest of its file, and the key sealing it."""
    header = cache._FORMAT + cache.digest_of(path.read_bytes()).encode("ascii") + b"\n"
    data = cache._cache_file(path).read_bytes()
    assert data.startswith(header)
    return header, memoryview(data)[len(header) :], (cache.cache_dir() / "key").read_bytes()


def test_a_cache_stored_as_the_format_before_kept_it_is_rebuilt_never_read(
    varied: tuple[Path, Ledger],
) -> None:
    path, _ = varied
    truth = _fresh(path)
    header, rest, key = _cache_body(path)
    token, chunks, offsets, index = cache._unseal(rest, key + header)
    # Sealed under the header of the format before, which kept no source's
    # `copy_of` beside its id.
    assert b" batches 7 " in cache._FORMAT
    before = header.replace(b" batches 7 ", b" batches 6 ")
    body = marshal.dumps((token, chunks, offsets, index))
    seal = f"{cache._mac(key + before, body)}\n".encode("ascii")
    cache._cache_file(path).write_bytes(before + seal + body)
    _forget()
    digest = cache.digest_of(path.read_bytes())
    assert cache.load_cached(path, digest) is None
    assert read_ledger(path) == truth  # parsed afresh, and the cache stored again
    assert cache._cache_file(path).read_bytes().startswith(header)
    _forget()
    again = cache.load_cached(path, digest)
    assert again is not None and again == truth


def test_a_damaged_batch_record_fails_the_load_and_the_ledger_is_read_afresh(
    varied: tuple[Path, Ledger],
) -> None:
    path, _ = varied
    truth = _fresh(path)
    target = cache._cache_file(path)
    data = bytearray(target.read_bytes())
    data[-40] ^= 0x01  # in the last batch's record, after the sealed head
    target.write_bytes(bytes(data))
    _forget()
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None
    assert read_ledger(path) == truth


def test_a_write_keeps_the_records_of_the_batches_it_left_alone(
    varied: tuple[Path, Ledger],
) -> None:
    path, ledger = varied
    target = cache._cache_file(path)
    before = dict(cache._records_known[target])
    assert len(before) > 5
    update_ledger(path, lambda editor: editor.rename_claim("pier-25", "pier-twenty-five"))
    after = cache._records_known[target]
    made = [first for first, record in after.items() if record is not before.get(first)]
    assert made == [_batch_holding(ledger, "pier-25")[0]]
    _forget()
    assert read_ledger(path) == _fresh(path)


def test_a_write_after_a_hand_edit_of_one_claim_reads_as_a_fresh_parse(
    varied: tuple[Path, Ledger],
) -> None:
    path, _ = varied
    text = path.read_text(encoding="utf-8")
    # Its text, and its statement's content one word longer: its parts' sizes change.
    text = text.replace("closes for works30\n", "closes for repairs30\n")
    text = text.replace(
        "content: pier 30 closes for works\n", "content: pier 30 shuts for works now\n"
    )
    path.write_text(text, encoding="utf-8")
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    truth = _fresh(path)
    for keep in (True, False):
        if not keep:
            _forget()
        ledger = read_ledger(path)
        assert isinstance(ledger.claims, cache._LazyClaims)
        assert ledger == truth
        edited = ledger.claim("pier-30")
        assert edited is not None and edited.statements == truth.claims[30].statements
    header, rest, key = _cache_body(path)
    index = cache._unseal(rest, key + header)[3]
    parts = [cache.claim_entry(claim) for claim in truth.claims]
    assert index[3] == [(len(entry[4]), len(entry[5])) for entry in parts]


_NEW_QUOTE = "The ferry captain said the pier reopens in spring."


def _quote_added(editor: Any) -> None:
    """Pier 13 gets a second statement, of a quote no claim held."""
    first = editor.ledger.claims[13].statements[0]
    editor.add_statement("pier-13", replace(first, quote=_NEW_QUOTE, content="the pier reopens"))


def _quote_changed(editor: Any) -> None:
    """Pier 13's one statement gets another quote: the one it held is gone."""

    def changed(statement: Statement) -> Statement | None:
        return replace(statement, quote=_NEW_QUOTE) if "pier 13 " in statement.quote else None

    editor.update_statements("news-1", changed)


def _claim_dropped(editor: Any) -> None:
    from claimtrack.pipeline import drop_claim

    drop_claim(editor, "pier-13")


def _sieves_fresh(path: Path) -> None:
    """Every batch's sieve of quotes, read back, is the one made from its claims' quotes."""
    _forget()
    claims = read_ledger(path).claims
    assert isinstance(claims, cache._LazyClaims)
    fresh = {claim.id: claim for claim in _fresh(path).claims}
    for _, ids, told in claims.stored_batches():
        keys = [cache.quote_key(s.quote) for claim_id in ids for s in fresh[claim_id].statements]
        assert told[5] == cache._sieve(keys, cache._QUOTES_SIEVE)


def test_a_statement_added_to_a_claim_reads_the_quotes_of_that_claim_alone(
    quoted: tuple[Path, Ledger], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = quoted
    read: list[list[str] | None] = []
    quotes_of = cache._quotes_of

    def counted(part: bytes | memoryview) -> list[str] | None:
        read.append(quotes_of(part))
        return read[-1]

    monkeypatch.setattr(cache, "_quotes_of", counted)
    update_ledger(path, _quote_added)
    # Pier 13's quotes as loaded, then as stored: of its batch's other claims, none.
    assert read == [[_SAME.replace("the piers close", "pier 13 closes")], read[1]]
    assert _NEW_QUOTE in (read[1] or [])
    _sieves_fresh(path)
    found = cache.claims_citing(read_ledger(path).claims, {"news-1"}, {_NEW_QUOTE})
    assert "pier-13" in [claim.id for claim in found]


def test_a_claim_renamed_reads_no_claims_quotes(
    quoted: tuple[Path, Ledger], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ledger = quoted
    ids = _batch_holding(ledger, "pier-13")
    renamed = ids[1]  # not the first of its batch, by which the batch is found
    read: list[bytes | memoryview] = []
    quotes_of = cache._quotes_of

    def counted(part: bytes | memoryview) -> list[str] | None:
        read.append(part)
        return quotes_of(part)

    monkeypatch.setattr(cache, "_quotes_of", counted)
    update_ledger(path, lambda editor: editor.rename_claim(renamed, "pier-renamed"))
    assert read == []  # its quotes are known by its digest, under whatever id
    _sieves_fresh(path)


@pytest.mark.parametrize("edit", [_quote_added, _quote_changed, _claim_dropped])
def test_a_write_keeps_each_batch_sieve_of_quotes_the_one_its_claims_give(
    quoted: tuple[Path, Ledger], edit: Callable[[Any], None]
) -> None:
    path, _ = quoted
    update_ledger(path, edit)
    _sieves_fresh(path)
    update_ledger(path, lambda editor: editor.add_claim("pier-new", "A new pier opens"))
    _sieves_fresh(path)
