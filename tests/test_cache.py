"""The cache is a shortcut, never a source of answers: a file claimtrack did not
seal itself is rebuilt from the ledger, whatever checksum it carries."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import marshal
import random
import shutil
import stat
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from claimtrack import cache, reports
from claimtrack.ledger import read_ledger
from claimtrack.model import Claim, Ledger, Stance, Statement

EXAMPLE = Path(__file__).resolve().parent / "example" / "claims.yaml"


def _forge(path: Path, body_of: Path, seal: str) -> None:
    """Write the cache file of `path` as one who knows the format, but not the key, would."""
    data = path.read_bytes()
    forged = dataclasses.replace(
        read_ledger(body_of), claims=(Claim(id="forged-claim", text="Nobody said this"),)
    )
    plain, parts = cache._plain_from_ledger(forged)
    index = marshal.dumps(plain)
    body = b"".join([index, *parts])
    checksum = f"{zlib.crc32(body):08x}" if seal == "crc32" else cache._mac(b"k" * 32, body)
    header = cache._FORMAT + cache.digest_of(data).encode("ascii") + b"\n"
    cache._cache_file(path).write_bytes(header + f"{checksum} {len(index)}\n".encode() + body)


@pytest.mark.parametrize("seal", ["crc32", "another key"])
def test_a_forged_cache_never_decides_an_answer(
    tmp_path: Path, seal: str, run, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth = [claim.id for claim in read_ledger(path).claims]  # makes the cache and its key
    _forge(path, path, seal)
    assert [claim.id for claim in read_ledger(path).claims] == truth
    listed = run("list", "--format", "tsv")
    assert listed.exit_code == 0 and "forged-claim" not in listed.stdout
    assert all(claim_id in listed.stdout for claim_id in truth)


def test_a_forged_cache_of_broken_shape_is_rebuilt_not_a_crash(
    tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    read_ledger(path)
    data = path.read_bytes()
    index = marshal.dumps(([], [], [("c", "t", None, 0)], [(5, 5)], 70.0, ((), (), ())))
    body = index + b"\x00" * 10
    header = cache._FORMAT + cache.digest_of(data).encode("ascii") + b"\n"
    sealed = f"{zlib.crc32(body):08x} {len(index)}\n".encode() + body
    cache._cache_file(path).write_bytes(header + sealed)
    listed = run("list", "--format", "tsv")
    assert listed.exit_code == 0 and "nk-troops-in-russia" in listed.stdout


def _read_twice(tmp_path: Path) -> tuple[Path, Ledger, Ledger]:
    """A copy of the example ledger, read with no cache (built) and then from the cache."""
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    return path, read_ledger(path), read_ledger(path)


def test_the_genuine_cache_serves_reads_and_its_key_is_private(tmp_path: Path) -> None:
    _, cold, warm = _read_twice(tmp_path)
    assert type(warm.claims[0]).__name__ == "_StoredClaim" and warm == cold
    key = cache.cache_dir() / "key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == 32


def test_no_key_no_cache(tmp_path: Path) -> None:
    """A key that is not claimtrack's (wrong size) turns the cache off rather than trusting it."""
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    read_ledger(path)
    (cache.cache_dir() / "key").write_bytes(b"short")
    assert type(read_ledger(path).claims[0]).__name__ == "Claim"


@pytest.mark.parametrize("seal", ["crc32", "another key"])
def test_a_forged_block_cache_never_decides_an_answer(tmp_path: Path, seal: str) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth = read_ledger(path)  # makes the block cache and its key
    blocks = cache.load_blocks(path)
    assert blocks
    forged = {
        key: (("forged-claim", *entry[1:]) if key.startswith("claims:") else entry)
        for key, entry in blocks.items()
    }
    body = marshal.dumps(forged)
    checksum = f"{zlib.crc32(body):08x}" if seal == "crc32" else cache._mac(b"k" * 32, body)
    cache._blocks_file(path).write_bytes(cache._BLOCKS_FORMAT + f"{checksum}\n".encode() + body)
    assert cache.load_blocks(path) is None
    path.write_text(path.read_text(encoding="utf-8") + "# an edit\n", encoding="utf-8")
    assert [claim.id for claim in read_ledger(path).claims] == [c.id for c in truth.claims]


def test_statement_contents_come_from_the_cache_without_building_statements(
    tmp_path: Path,
) -> None:
    _, cold, warm = _read_twice(tmp_path)
    expected = [[s.content for s in claim.statements] for claim in cold.claims]
    assert any(expected)
    assert [cache.statement_contents(claim) for claim in warm.claims] == expected
    assert all("statements" not in vars(claim) for claim in warm.claims)
    # Built afterwards, the statements read the texts already decoded, and agree.
    assert [[s.content for s in claim.statements] for claim in warm.claims] == expected
    assert [cache.statement_contents(claim) for claim in warm.claims] == expected


def test_statement_texts_come_from_the_cache_as_the_statements_have_them(
    tmp_path: Path,
) -> None:
    _, cold, warm = _read_twice(tmp_path)
    for built, stored in zip(cold.claims, warm.claims, strict=True):
        expected = [
            text
            for s in built.statements
            for text in (s.source, s.party, s.speaker, s.cue, s.quote, s.content)
        ]
        assert sorted(map(str, cache.statement_texts(stored))) == sorted(map(str, expected))
        assert "statements" not in vars(stored)


def test_cited_sources_come_from_the_cache_and_an_edit_builds_only_claims_citing_them(
    tmp_path: Path,
) -> None:
    from claimtrack.ledger import edit_ledger

    path, cold, warm = _read_twice(tmp_path)
    for built, stored in zip(cold.claims, warm.claims, strict=True):
        assert sorted(cache.cited_sources(stored)) == sorted({s.source for s in built.statements})
        assert sorted(set(cache.cited_sources(built))) == sorted(cache.cited_sources(stored))
    assert all("statements" not in vars(claim) for claim in warm.claims)
    source = cold.claims[-1].statements[0].source
    citing = {c.id for c in cold.claims if any(s.source == source for s in c.statements)}
    assert citing and len(citing) < len(cold.claims)
    with edit_ledger(path) as editor:
        # A stance rewritten wherever a source is cited, as a merge settles them.
        changed = editor.update_statements(
            source, lambda s: dataclasses.replace(s, stance=Stance.DISPUTES)
        )
        built = {c.id for c in editor.ledger.claims if "statements" in vars(c)}
    assert changed and built == citing
    after = read_ledger(path)
    assert {s.stance for c in after.claims for s in c.statements if s.source == source} == {
        Stance.DISPUTES
    }


def test_a_summary_counts_stances_and_leaves_out_a_missing_party() -> None:
    said = [
        Statement(Stance.ASSERTS, "Q", "C", "src-b", 3, party="Atlantis"),
        Statement(Stance.ASSERTS, "Q", "C", "src-a", 4, party="Atlantis"),
        Statement(Stance.DISPUTES, "Q", "C", "src-b", 9, party=None),
        Statement(Stance.DENIES, "Q", "C", "src-c", 1, party="Lemuria"),
        Statement(Stance.DENIES, "Q", "C", "src-c", 2, party="El Dorado"),
    ]
    cited, counts, parties, unnamed = cache.summary_of(tuple(said))
    assert cited == ("src-a", "src-b", "src-c")
    assert dict(zip([s.value for s in Stance], counts, strict=True)) == {
        "asserts": 2,
        "denies": 2,
        "disputes": 1,
    }
    assert dict(zip([s.value for s in Stance], parties, strict=True)) == {
        "asserts": ("Atlantis",),
        "denies": ("El Dorado", "Lemuria"),
        "disputes": (),
    }
    # The statement with no party is counted apart, by its stance.
    assert unnamed == (0, 0, 1)


def _uncached(path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Ledger:
    """The ledger as a read with no cache at all gives it."""
    with monkeypatch.context() as patched:
        shutil.rmtree(folder, ignore_errors=True)
        patched.setenv("XDG_CACHE_HOME", str(folder))
        return read_ledger(path)


def test_list_reads_each_summary_from_the_cache_without_building_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    read_ledger(path)
    cold = _uncached(path, tmp_path / "elsewhere", monkeypatch)
    expected = [cache.summary_of(claim.statements) for claim in cold.claims]
    fresh = reports.list_report(cold)
    # Warm; then after a hand edit of one claim (its block read again, the others kept).
    for _ in range(2):
        warm = read_ledger(path)
        assert [cache.claim_summary(claim) for claim in warm.claims] == expected
        assert reports.list_report(warm) == fresh
        assert reports.list_report(warm, reports.ClaimFilter(contested=True)) == (
            reports.list_report(cold, reports.ClaimFilter(contested=True))
        )
        assert all("statements" not in vars(claim) for claim in warm.claims)
        # (a party filter reads statements to know the party's names)
        for filters in (
            reports.ClaimFilter(party="Russia", stance=Stance.DENIES),
            reports.ClaimFilter(stance=Stance.DISPUTES),
            reports.ClaimFilter(party="China"),
            reports.ClaimFilter(source="002_ca35d3188e938ebe"),
        ):
            assert reports.list_report(warm, filters) == reports.list_report(cold, filters)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("to fight Ukraine", "to fight against Ukraine", 1), "utf-8")
        cold = _uncached(path, tmp_path / "elsewhere", monkeypatch)
        expected = [cache.summary_of(claim.statements) for claim in cold.claims]
        fresh = reports.list_report(cold)


def _parts_files(path: Path) -> list[Path]:
    target = cache._cache_file(path)
    return sorted(target.parent.glob(f"{target.stem}.*.parts"))


def _a_statement(n: int) -> Statement:
    return Statement(
        stance=Stance.DISPUTES,
        quote=f"A spokesman questioned the figure in the report numbered {n}.",
        content=f"the figure in report {n} is right",
        source="000_66f99498a4238889",
        line=3,
        party="China",
        speaker="A spokesman",
        cue="questioned",
    )


def test_a_write_appends_only_the_statements_it_changes_to_the_cache(tmp_path: Path) -> None:
    from claimtrack.ledger import update_ledger

    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    read_ledger(path)
    [parts] = _parts_files(path)
    before = parts.read_bytes()
    smallest = min(read_ledger(path).claims, key=lambda claim: len(claim.statements))
    update_ledger(path, lambda editor: editor.add_statement(smallest.id, _a_statement(1)))
    assert _parts_files(path) == [parts]
    after = parts.read_bytes()
    # Only that claim's statements were appended: the file was not written again.
    assert after.startswith(before) and len(after) - len(before) < len(before) / 3
    warm = read_ledger(path)
    assert type(warm.claims[0]).__name__ == "_StoredClaim"
    fresh, problems = _parse_fresh(path)
    assert not problems and warm == fresh
    changed = warm.claim(smallest.id)
    assert changed is not None and changed.statements[-1].quote == _a_statement(1).quote


def _parse_fresh(path: Path) -> tuple[Ledger | None, list[object]]:
    from claimtrack._yaml import parse_ledger

    ledger, problems = parse_ledger(path.read_text(encoding="utf-8"), str(path))
    return ledger, list(problems)


def test_a_damaged_or_missing_parts_file_is_read_again_from_the_ledger(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth = read_ledger(path)
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_batches_start(path) // 2] ^= 0x01  # in a claim's parts
    parts.write_bytes(bytes(data))
    cache._parts_read.clear()
    # The seal of a stretch is checked when a claim in it is first read: the
    # damaged claims are read from the ledger instead, and the cache is removed.
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) == truth
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None
    assert read_ledger(path) == truth  # and the cache is written again
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) == truth
    for parts in _parts_files(path):
        parts.unlink()
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None
    assert read_ledger(path) == truth


def _in_stretches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Ledger]:
    """A copy of the example ledger whose cached parts are sealed in many small stretches,
    and the ledger as a fresh parse gives it."""
    monkeypatch.setattr(cache, "_STRETCH", 300)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth, problems = _parse_fresh(path)
    assert truth is not None and not problems
    read_ledger(path)
    cache._parts_read.clear()
    return path, truth


def _seals(ledger: Ledger) -> list[cache._Seal]:
    found = {id(g[0]): g[0] for c in ledger.claims if (g := c.__dict__["_raw"].guard) is not None}
    return list(found.values())


def test_a_read_checks_only_the_seals_of_the_stretches_holding_what_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_stretches(tmp_path, monkeypatch)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    seals = _seals(ledger)
    assert len(seals) > 3 and all(seal.ok is None for seal in seals)
    claim = ledger.claims[len(ledger.claims) // 2]
    assert claim.statements == truth.claims[len(ledger.claims) // 2].statements
    assert [seal.ok for seal in seals].count(True) == 1
    assert [seal.ok for seal in seals].count(None) == len(seals) - 1
    assert ledger == truth


def test_a_damaged_stretch_is_read_again_from_the_ledger_and_the_cache_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_stretches(tmp_path, monkeypatch)
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_batches_start(path) // 2] ^= 0x01  # in a claim's parts
    parts.write_bytes(bytes(data))
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None and cache._cache_file(path).exists()
    assert [claim.statements for claim in ledger.claims] == [c.statements for c in truth.claims]
    assert [seal.ok for seal in _seals(ledger)].count(False) == 1
    assert not cache._cache_file(path).exists()  # written again by the next read
    assert read_ledger(path) == truth
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) == truth


def _in_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Ledger]:
    """As `_in_stretches`, each stretch sealed in pieces of 64 bytes (`cache._SUB_SEAL`)."""
    monkeypatch.setattr(cache, "_SUB_SEAL", 64)
    monkeypatch.setattr(cache, "_STRETCH", 4096)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth, problems = _parse_fresh(path)
    assert truth is not None and not problems
    read_ledger(path)
    cache._parts_read.clear()
    return path, truth


def _guarded(ledger: Ledger, claim: Claim) -> tuple[cache._Seal, int, int]:
    """The seal guarding a cached claim's parts, and where they start and end."""
    raw = claim.__dict__["_raw"]
    assert raw.guard is not None
    seal, _, _, _, start, end = raw.guard
    return seal, start, end


def test_a_read_checks_only_the_pieces_of_a_stretch_holding_the_claims_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_pieces(tmp_path, monkeypatch)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    middle = len(ledger.claims) // 2
    seal, start, end = _guarded(ledger, ledger.claims[middle])
    assert len(seal.view) > 4 * 64  # a stretch of many pieces
    assert ledger.claims[middle].statements == truth.claims[middle].statements
    assert seal.held is not None and seal.ok is None  # the stretch not checked whole
    checked = [n for n, held in enumerate(seal.held) if held is not None]
    assert all(held for n, held in enumerate(seal.held) if n in checked)
    # Only the pieces holding the claim's parts: from the one holding its first byte
    # to the one holding its last.
    assert checked == list(range((start - seal.start) // 64, (end - 1 - seal.start) // 64 + 1))
    assert ledger == truth
    assert seal.holds() and seal.ok and all(seal.held)


def test_a_damaged_piece_is_caught_by_the_claim_in_it_not_by_its_neighbours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_pieces(tmp_path, monkeypatch)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    # Two claims of one stretch, apart by more than a piece: the first one's parts
    # damaged, the second one's read first, from the cache.
    spans = [(n, *_guarded(ledger, claim)) for n, claim in enumerate(ledger.claims)]
    damaged, other = next(
        (a, b)
        for a in spans
        for b in spans
        if a[1] is b[1] and a[3] + 64 <= b[2] and a[3] - a[2] > 8
    )
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[(damaged[2] + damaged[3]) // 2] ^= 0x01
    parts.write_bytes(bytes(data))
    cache._parts_read.clear()
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None and cache._cache_file(path).exists()
    assert ledger.claims[other[0]].statements == truth.claims[other[0]].statements
    assert cache._cache_file(path).exists()  # nothing damaged read yet
    assert ledger.claims[damaged[0]].statements == truth.claims[damaged[0]].statements
    assert not cache._cache_file(path).exists()  # read from the ledger, the cache removed
    assert ledger == truth
    assert read_ledger(path) == truth
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) == truth


def test_a_stretch_whose_seals_do_not_fit_it_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_pieces(tmp_path, monkeypatch)
    # The same stored files, read as if sealed in pieces of another size: the seals
    # stored are too few or too many for the stretches, and the cache is not used.
    monkeypatch.setattr(cache, "_SUB_SEAL", 128)
    cache._parts_read.clear()
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None
    assert read_ledger(path) == truth


def test_a_damaged_stretch_of_a_ledger_changed_since_is_an_error_never_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _in_stretches(tmp_path, monkeypatch)
    [parts] = _parts_files(path)
    data = parts.read_bytes()
    claims_end = _batches_start(path)  # every claim's parts, not the batches after them
    parts.write_bytes(bytes(byte ^ 0x01 for byte in data[:claims_end]) + data[claims_end:])
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    path.write_text(path.read_text(encoding="utf-8") + "# an edit\n", encoding="utf-8")
    with pytest.raises(cache.CacheDamaged):
        _ = ledger.claims[0].statements


def _batches_start(path: Path) -> int:
    """Where the cached sources and claims' batches start in the parts file (the
    claims' parts lie before them)."""
    index = _cache_index(path)
    return min([index[1][0], *(batch[1] for batch in index[2])])


def _cache_index(path: Path) -> Any:
    return _unsealed(path)[3]


def _unsealed(path: Path) -> Any:
    header = cache._FORMAT + cache.digest_of(path.read_bytes()).encode("ascii") + b"\n"
    body = memoryview(cache._cache_file(path).read_bytes())[len(header) :]
    key = (cache.cache_dir() / "key").read_bytes()
    return cache._unseal(body, key + header)


def _last_claims_parts(path: Path) -> int:
    """Where the last claim's parts start in the parts file."""
    return int(_unsealed(path)[2][-1])


def _small_batches_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Ledger, list[Any]]:
    """A ledger of 60 claims cached in batches of 3 to 8, its stretches sealed in pieces
    of 64 bytes, nothing of it kept in memory: its path, the ledger as a fresh parse
    gives it, and the batches' records in the index."""
    monkeypatch.setattr(cache, "_SUB_SEAL", 64)
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    cache._loaded.clear()
    cache._parts_read.clear()
    truth, problems = _parse_fresh(path)
    assert truth is not None and not problems
    return path, truth, _cache_index(path)[2]


def _record_of(records: list[Any], claim_id: str) -> Any:
    return next(record for record in records if claim_id in record[3])


def _damage(path: Path, record: Any) -> None:
    """Change one byte in the middle of a batch's bytes in the parts file."""
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[record[1] + record[2] // 2] ^= 0x01
    parts.write_bytes(bytes(data))


def _checked_spans(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Each span of the parts file whose seals are checked from here on."""
    spans: list[tuple[int, int]] = []
    holds_between = cache._Seal.holds_between

    def checked(seal: cache._Seal, start: int, end: int) -> bool:
        spans.append((start, end))
        return holds_between(seal, start, end)

    monkeypatch.setattr(cache._Seal, "holds_between", checked)
    return spans


def test_a_load_checks_no_batch_and_a_batch_read_checks_its_own_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    spans = _checked_spans(monkeypatch)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None and isinstance(ledger.claims, cache._LazyClaims)

    def batches_checked() -> list[Any]:
        return [r for r in records if any(s < r[1] + r[2] and r[1] < e for s, e in spans)]

    assert batches_checked() == []
    claim = ledger.claim("pier-41")
    assert claim is not None and claim == truth.claims[41]
    # The batch read, its bytes checked: it and no other.
    assert batches_checked() == [_record_of(records, "pier-41")]
    record = _record_of(records, "pier-41")
    assert (record[1], record[1] + record[2]) in spans
    assert ledger == truth


def test_a_damaged_batch_is_read_from_the_ledger_when_read_and_the_cache_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    damaged = records[-1]  # the last batch
    _damage(path, damaged)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None and cache._cache_file(path).exists()
    assert ledger.claim("pier-0") == truth.claims[0]
    assert cache._cache_file(path).exists()  # nothing damaged read yet
    for claim_id in damaged[3]:
        number = int(claim_id.split("-")[1])
        claim = ledger.claim(claim_id)
        assert claim is not None and claim == truth.claims[number]
        assert claim.position == truth.claims[number].position
        assert [s.position for s in claim.statements] == [
            s.position for s in truth.claims[number].statements
        ]
        assert cache.claim_summary(claim) == cache.summary_of(truth.claims[number].statements)
    assert not cache._cache_file(path).exists()  # read from the ledger, the cache removed
    assert ledger == truth
    assert read_ledger(path) == truth  # and the cache written again
    _assert_cache_reads_as_fresh(path)


def test_a_damaged_batch_of_a_ledger_changed_since_is_an_error_never_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    _damage(path, _record_of(records, "pier-30"))
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    path.write_text(path.read_text(encoding="utf-8") + "# an edit\n", encoding="utf-8")
    with pytest.raises(cache.CacheDamaged):
        ledger.claim("pier-30")


def test_a_write_that_must_read_a_damaged_batch_reads_it_from_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    _damage(path, _record_of(records, "pier-30"))
    update_ledger(path, lambda editor: editor.rename_claim("pier-30", "pier-thirty"))
    text = path.read_text(encoding="utf-8")
    assert "  pier-thirty:\n    text: Pier 30 of the harbour" in text and "pier-30:" not in text
    ledger = read_ledger(path)
    renamed = ledger.claim("pier-thirty")
    assert renamed is not None and renamed.statements == truth.claims[30].statements
    _assert_cache_reads_as_fresh(path)


def test_a_write_leaving_a_damaged_batch_unread_never_seals_it_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    # A first write stores the layout of the bytes it wrote: the next reads no place.
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    cache._loaded.clear()
    cache._parts_read.clear()
    records = _cache_index(path)[2]
    damaged = _record_of(records, "pier-50")
    _damage(path, damaged)
    [parts] = _parts_files(path)
    damaged_bytes = parts.read_bytes()[damaged[1] : damaged[1] + damaged[2]]
    seen = _unmarshalled_batches(monkeypatch)
    update_ledger(path, lambda editor: editor.rename_claim("pier-10", "pier-ten"))
    assert not any(ids is not None and "pier-50" in ids for ids in seen)
    # Kept where it was, its bytes (damaged) and its record as they were: its seal is
    # the one stored before, which the damaged bytes fail.
    kept = _record_of(_cache_index(path)[2], "pier-50")
    assert kept == damaged
    [parts] = _parts_files(path)
    assert parts.read_bytes()[kept[1] : kept[1] + kept[2]] == damaged_bytes
    ledger = read_ledger(path)
    assert ledger.claim("pier-50") is not None
    assert ledger.claim("pier-50").text == "Pier 50 of the harbour closes for repairs"
    assert ledger.claim("pier-ten") is not None and ledger.claim("pier-10") is None
    _assert_cache_reads_as_fresh(path)


def test_a_batch_loaded_unread_is_compared_or_kept_only_while_its_bytes_hold_their_seal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, records = _small_batches_in_pieces(tmp_path, monkeypatch)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    known = cache._batches_known[cache._cache_file(path)]
    intact, damaged = known["pier-0"], known[_record_of(records, "pier-50")[3][0]]
    assert intact[0] is None and damaged[0] is None  # loaded, not unmarshalled
    _damage(path, _record_of(records, "pier-50"))  # the mapped bytes change with the file
    assert cache._sealed(intact, None)
    assert not cache._sealed(damaged, None)
    # Made here, or unmarshalled (so checked): nothing to check.
    assert cache._sealed(([("a", "b", None, 0, b"", None)], b"", None), None)
    # Of a parts file neither loaded here nor given: not known to hold.
    assert not cache._sealed((None, memoryview(bytes(intact[1])), intact[2]), None)


def _damage_sources(path: Path) -> None:
    """Flip one bit inside the cached sources of the ledger at `path`."""
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_cache_index(path)[1][0] + 2] ^= 0x01
    parts.write_bytes(bytes(data))


def test_damaged_sources_in_the_cache_are_never_read_the_ledger_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_stretches(tmp_path, monkeypatch)
    _damage_sources(path)
    # Loaded: the sources' seal is checked when they are first read, not before, so a
    # write that reads no source never hashes them.
    loaded = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert loaded is not None and cache._cache_file(path).exists()
    assert cache.source_ids(loaded.sources) == tuple(source.id for source in truth.sources)
    assert cache._cache_file(path).exists()
    # Read, they fail it: the ledger's sources are read instead, the cache file removed.
    assert tuple(loaded.sources) == truth.sources
    assert not cache._cache_file(path).exists()
    assert loaded == truth
    assert read_ledger(path) == truth


def test_a_write_over_damaged_sources_never_seals_them_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _in_stretches(tmp_path, monkeypatch)
    _damage_sources(path)
    monkeypatch.setattr(cache, "_PARTS_SLACK", -(1 << 30))  # the parts file written afresh
    update_ledger(path, lambda editor: editor.add_claim("a-new-claim", "A claim added by hand"))
    cache._loaded.clear()
    # Whatever the write read, no cache after it gives the damaged bytes as sources.
    loaded = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert loaded is None or tuple(loaded.sources) == truth.sources
    cache._parts_read.clear()
    assert read_ledger(path).sources == truth.sources


def test_the_sources_in_the_cache_are_checked_when_first_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _in_stretches(tmp_path, monkeypatch)
    checked: list[int] = []
    holds = cache._Seal.holds_between

    def counted(seal: cache._Seal, start: int, end: int) -> bool:
        checked.append(start)
        return holds(seal, start, end)

    monkeypatch.setattr(cache._Seal, "holds_between", counted)
    start = _cache_index(path)[1][0]
    loaded = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert loaded is not None
    assert start not in checked
    assert tuple(loaded.sources) == truth.sources
    assert start in checked


def test_a_write_stores_only_the_batches_it_made_anew_and_a_small_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    [parts] = _parts_files(path)
    before = parts.read_bytes()
    batches = _cache_index(path)[2]
    middle = truth.claims[30]
    said = dataclasses.replace(_a_statement(4), source="harbour-news", party=None)
    update_ledger(path, lambda editor: editor.add_statement(middle.id, said))
    assert _parts_files(path) == [parts]
    after = parts.read_bytes()
    assert after.startswith(before)
    kept = [batch for batch in _cache_index(path)[2] if batch[1:] in {b[1:] for b in batches}]
    # Every batch but the changed claim's (and small ones beside it) stays where it was.
    assert len(kept) >= len(batches) - 3
    appended = after[len(before) :]
    batch_bytes = sum(size for _, at, size, *_ in _cache_index(path)[2] if at >= len(before))
    assert batch_bytes < len(appended) and batch_bytes < sum(b[2] for b in batches) / 2
    # The sources, unchanged, stay where they were.
    assert _cache_index(path)[1][0] < len(before)
    # The index names where each batch is; it holds none of their bytes.
    index_bytes = cache._cache_file(path).read_bytes()
    assert not any(
        after[at : at + size] in index_bytes for _, at, size, *_ in _cache_index(path)[2]
    )
    fresh, problems = _parse_fresh(path)
    assert not problems and read_ledger(path) == fresh


def test_a_write_never_seals_again_the_bytes_of_a_damaged_stretch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _ = _in_stretches(tmp_path, monkeypatch)
    first = read_ledger(path).claims[0]
    update_ledger(path, lambda editor: editor.add_statement(first.id, _a_statement(2)))
    cache._parts_read.clear()
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_last_claims_parts(path) + 2] ^= 0x01  # in a claim the next write does not read
    parts.write_bytes(bytes(data))
    monkeypatch.setattr(cache, "_PARTS_SLACK", -(1 << 30))  # the parts file written afresh
    update_ledger(path, lambda editor: editor.add_statement(first.id, _a_statement(3)))
    # Not stored: the parts file would have been written afresh with the damaged bytes.
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None
    fresh, problems = _parse_fresh(path)
    assert not problems and fresh is not None
    cache._parts_read.clear()
    assert read_ledger(path) == fresh
    assert read_ledger(path) == fresh


def test_a_parts_file_mostly_left_over_is_written_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    monkeypatch.setattr(cache, "_PARTS_SLACK", 0)
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    read_ledger(path)
    first = _parts_files(path)
    size = first[0].stat().st_size
    claim_id = read_ledger(path).claims[0].id
    seen = set(first)
    for n in range(8):  # the same claim changed again and again: its old parts pile up
        update_ledger(path, lambda editor, n=n: editor.add_statement(claim_id, _a_statement(n)))
        seen.update(_parts_files(path))
        assert len(_parts_files(path)) == 1
        assert read_ledger(path) == _parse_fresh(path)[0]
    assert len(seen) > 1, "written afresh under a new name at least once"
    assert _parts_files(path)[0].stat().st_size < 3 * size


def test_a_digest_from_bytes_much_like_the_last_ones_is_the_digest_of_the_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import random

    from claimtrack import cache

    monkeypatch.setattr(cache, "_PIECE_LEAST", 64)
    monkeypatch.setattr(cache, "_DIGESTED", [])
    rng = random.Random(11)
    words = [b"harbour", b"ferry", b"late\n", b"said", b"  - stance: denies\n", b"\xc3\xa9"]
    # Lines indented two spaces, where pieces may end, come and go with the edits.
    words += [b"\n  pier:", b"\n  ", b"\n   x", b"\n  \n"]
    data = b"".join(rng.choice(words) for _ in range(400))
    for _ in range(60):
        at = rng.randrange(len(data) + 1)
        cut = rng.randrange(at, min(len(data), at + 90) + 1)
        data = data[:at] + b"".join(rng.choice(words) for _ in range(rng.randrange(4))) + data[cut:]
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data) + 1)]
        copy = bytes(bytearray(data))  # equal bytes, another object
        assert cache.digest_of(data) == _content_key(data, 64)
        assert cache.digest_of(copy) == _content_key(data, 64)
        assert cache.digest_of(data) == _content_key(data, 64)
        assert cache.digest_of_file(io.BytesIO(data)) == _content_key(data, 64)
    assert cache.digest_of(b"") == _content_key(b"", 64)
    assert cache.digest_of_file(io.BytesIO(b"")) == _content_key(b"", 64)


def _content_key(data: bytes, least: int = 1 << 18) -> str:
    """The content key of `data` worked out afresh: its pieces, each ending after the
    line end of the first line indented two spaces at least `least` bytes into it
    whose first 32 bytes have a CRC-32 that `cache._CUT_ONE_IN` divides, hashed
    apart, then their hashes."""
    import hashlib
    import re
    import zlib

    hashes = []
    start = 0
    while start < len(data):
        ends = [
            found.start() + 1
            for found in re.finditer(rb"(?=\n  [^ \n])", data[start + least :])
            if zlib.crc32(data[start + least + found.start() + 1 :][:32]) % cache._CUT_ONE_IN == 0
        ]
        end = start + least + ends[0] if ends else len(data)
        hashes.append(hashlib.sha256(data[start:end]).digest())
        start = end
    return hashlib.sha256(b"claimtrack-content 4\n" + b"".join(hashes)).hexdigest()


def test_a_content_key_tells_apart_bytes_whose_pieces_hash_alike_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import cache

    monkeypatch.setattr(cache, "_PIECE_LEAST", 8)
    one = b"version: 1\nsources:\n  a: {path: a.txt}\nclaims:\n  b:\n    text: x\n"
    # The same pieces in another order, or one of them alone: other keys.
    first, second = one[: one.index(b"  b:")], one[one.index(b"  b:") :]
    assert cache.digest_of(one) == _content_key(one, 8)
    assert len({cache.digest_of(one), cache.digest_of(second + first), cache.digest_of(first)}) == 3
    assert cache.digest_of(b"") != cache.digest_of(b"\n")


def test_a_file_is_keyed_as_its_bytes_whatever_block_a_piece_ends_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import cache

    data = b"version: 1\nsources:\n  s: {path: a.txt}\nclaims:\n  c:\n    text: x\n  d:\n  e:\n"
    data += b"".join(b"  c%d:\n    text: pier %d of the harbour\n" % (n, n) for n in range(12))
    # Every line indented two spaces a piece's end, one in two or in three chosen by
    # its first bytes (those a block may cut), or one in sixteen as in a ledger.
    for one_in in (1, 2, 3, 16):
        monkeypatch.setattr(cache, "_CUT_ONE_IN", one_in)
        for least in (1, 5, 13):
            monkeypatch.setattr(cache, "_PIECE_LEAST", least)
            for block in (*range(1, 12), 33, 40):
                monkeypatch.setattr(cache, "_FILE_BLOCK", block)
                for end in range(0, len(data) + 1, 1 if block < 4 else 3):
                    expected = _content_key(data[:end], least)
                    assert cache.digest_of(data[:end]) == expected
                    assert cache.digest_of_file(io.BytesIO(data[:end])) == expected


def test_the_same_bytes_read_again_give_the_ledger_read_before(tmp_path: Path) -> None:
    """A write that reads the ledger first does not load the whole cache twice: while
    the ledger's bytes, its cache file and the parts file are as they were, the second
    read is the first read's ledger; once any of them changes, it is read afresh."""
    from claimtrack.ledger import update_ledger

    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth = read_ledger(path)  # writes the cache
    first = read_ledger(path)
    assert read_ledger(path) is first and first == truth
    digest = cache.digest_of(path.read_bytes())
    assert cache.load_cached(path, digest) is first
    # Another process writes the cache file again (for the same bytes).
    cache.store_cached(path, digest, truth)
    again = cache.load_cached(path, digest)
    assert again is not None and again is not first and again == truth
    # A write: other bytes, another ledger.
    smallest = min(truth.claims, key=lambda claim: len(claim.statements))
    update_ledger(path, lambda editor: editor.add_statement(smallest.id, _a_statement(7)))
    written = read_ledger(path)
    assert written is not again and written != truth
    fresh, problems = _parse_fresh(path)
    assert not problems and written == fresh
    # The parts file gone: not served from memory.
    assert read_ledger(path) is written
    for parts in _parts_files(path):
        parts.unlink()
    assert cache.load_cached(path, cache.digest_of(path.read_bytes())) is None


def test_a_seal_made_under_another_key_does_not_hold() -> None:
    body = b"the index of a ledger"
    assert cache._mac(b"k" * 32, body) == cache._mac(b"k" * 32, body)
    assert cache._mac(b"k" * 32, body) != cache._mac(b"j" * 32, body)
    assert cache._mac(b"k" * 32, body) != cache._mac(b"k" * 32, body + b" ")
    assert len(cache._mac(b"k" * 32, body)) == 32  # fits before the newline looked for


def test_the_seals_of_a_stretch_are_one_a_piece_and_change_with_its_key_and_bytes() -> None:
    body = bytes(range(256)) * 100  # 25,600 bytes: three whole pieces and a short one
    seals = cache._sub_seals(b"k" * 32, body)
    assert len(seals) == 16 * 4
    assert seals == cache._sub_seals(b"k" * 32, body)
    assert seals != cache._sub_seals(b"j" * 32, body)
    changed = cache._sub_seals(b"k" * 32, body[:9000] + b"x" + body[9001:])
    # Only the seal of the piece holding the changed byte differs.
    assert [seals[n : n + 16] != changed[n : n + 16] for n in range(0, 64, 16)] == [
        False,
        True,
        False,
        False,
    ]


def test_only_the_parts_files_of_the_last_few_ledgers_read_are_kept(tmp_path: Path) -> None:
    paths = []
    for number in range(cache._PARTS_KEPT + 3):
        path = tmp_path / f"ledger-{number}.yaml"
        shutil.copyfile(EXAMPLE, path)
        read_ledger(path)
        paths.append(path)
    truths = [read_ledger(path) for path in paths]
    assert len(cache._parts_read) <= cache._PARTS_KEPT
    assert cache._cache_file(paths[-1]) in cache._parts_read
    # A ledger whose parts file was let go reads and writes as ever.
    from claimtrack.ledger import update_ledger

    first = paths[0]
    smallest = min(truths[0].claims, key=lambda claim: len(claim.statements))
    update_ledger(first, lambda editor: editor.add_statement(smallest.id, _a_statement(3)))
    fresh, problems = _parse_fresh(first)
    assert not problems and read_ledger(first) == fresh
    for path, truth in zip(paths[1:], truths[1:], strict=True):
        assert read_ledger(path) == truth


def test_a_parts_file_is_mapped_and_only_the_claims_read_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(EXAMPLE, path)
    truth = read_ledger(path)
    cache._parts_read.clear()
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    read = cache._parts_read[cache._cache_file(path)]
    assert not isinstance(read.data, bytes)  # mapped, not read whole
    assert ledger == truth


def _many_claims(path: Path, count: int) -> None:
    """A ledger of `count` small claims, each with one statement."""
    lines = [
        "version: 1",
        "sources:",
        "  harbour-news:",
        "    path: sources/harbour.txt",
        f"    sha256: {'ab' * 32}",
        "claims:",
    ]
    for number in range(count):
        lines += [
            f"  pier-{number}:",
            f"    text: Pier {number} of the harbour closes for repairs",
            "    statements:",
            "    - stance: asserts",
            "      speaker: the harbour master",
            "      cue: said",
            "      source: harbour-news",
            f"      line: {number + 1}",
            f"      content: pier {number} closes for repairs",
            f"      quote: The harbour master said pier {number} closes for repairs.",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cached_in_small_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> tuple[Path, Ledger]:
    """A ledger of `count` claims cached in batches of 3 to 8, read back from its
    cache files (nothing kept in memory): its path and the ledger read."""
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _many_claims(path, count)
    read_ledger(path)
    cache._loaded.clear()
    return path, read_ledger(path)


def _digests_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store ledgers read whole or block by block with no claim's digest (as in a
    cache stored before a read kept them): a digest is first worked out after a read."""
    monkeypatch.setattr(cache, "_digests_made", lambda claims, parts: claims)


def _assert_cache_reads_as_fresh(path: Path) -> None:
    """The ledger read from its cache files (nothing kept in memory) is the ledger a
    fresh parse gives, claims, positions and what `list` shows of each claim."""
    cache._loaded.clear()
    cache._parts_read.clear()
    warm = read_ledger(path)
    fresh, problems = _parse_fresh(path)
    assert not problems and warm == fresh
    assert [claim.position for claim in warm.claims] == [claim.position for claim in fresh.claims]
    assert [cache.claim_summary(claim) for claim in warm.claims] == [
        cache.summary_of(claim.statements) for claim in fresh.claims
    ]


def test_a_write_keeps_each_unchanged_claims_parts_by_where_they_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    stored_at = dict(zip((c.id for c in truth.claims), _unsealed(path)[2], strict=True))
    given: list[list[Any]] = []
    store_parts = cache._store_parts

    def seen(target: Path, read: Any, pieces: list[Any], key: bytes, sizes: Any) -> Any:
        given.append(pieces[: len(sizes)])
        return store_parts(target, read, pieces, key, sizes)

    monkeypatch.setattr(cache, "_store_parts", seen)
    update_ledger(path, lambda editor: editor.rename_claim(truth.claims[30].id, "pier-thirty"))
    [pieces] = given
    # Every claim but the renamed one's batch handed over as where its parts start, as
    # loaded: no piece made a claim for the batches kept whole.
    kept = [
        (piece, stored_at[claim.id])
        for piece, claim in zip(pieces, truth.claims, strict=True)
        if piece.__class__ is int
    ]
    assert len(kept) >= 60 - 8 and all(piece == at for piece, at in kept)
    assert all(piece.__class__ in (int, bytes) for piece in pieces)
    _assert_cache_reads_as_fresh(path)
    # Written afresh, the parts file takes each kept claim's bytes from where it starts.
    monkeypatch.setattr(cache, "_PARTS_SLACK", -(1 << 30))
    update_ledger(path, lambda editor: editor.rename_claim(truth.claims[10].id, "pier-ten"))
    assert len(_parts_files(path)) == 1
    _assert_cache_reads_as_fresh(path)


def test_the_stretches_a_write_keeps_are_those_holding_the_pieces_it_keeps() -> None:
    chance = random.Random(12)
    for _ in range(200):
        firsts = sorted(chance.sample(range(10, 2000), chance.randint(1, 12)))
        chunks = [(first, first + chance.randint(1, 80), b"seal") for first in firsts]
        starts = [chance.randrange(0, 2100) for _ in range(chance.randint(0, 40))]
        # A piece belongs to the last stretch starting at or before it (before the first
        # one: the last stretch, as a search from the end finds).
        searched = {
            n: chunks[n]
            for n in (
                max(k for k, first in enumerate([-1, *firsts]) if first <= start) - 1
                for start in starts
            )
        }
        assert cache._stretches_used(chunks, iter(starts)) == searched


def test_a_write_marshals_again_only_the_batches_of_claims_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    target = cache._cache_file(path)
    before = dict(cache._batches_known[target])
    assert len(before) == 60 // 8 + 1
    made: list[int] = []
    relative = cache._relative

    def counted(claims: list[Any], bases: list[int], start: int, end: int) -> list[Any]:
        made.append(end - start)
        return relative(claims, bases, start, end)

    monkeypatch.setattr(cache, "_relative", counted)
    # A statement added to a claim in the middle: the lines below it move down,
    # their batches' bytes are kept; only the batch of the changed claim is made anew.
    middle = truth.claims[30]
    said = dataclasses.replace(
        _a_statement(5), source="harbour-news", party=None, speaker="A ferry captain"
    )
    update_ledger(path, lambda editor: editor.add_statement(middle.id, said))
    after = cache._batches_known[target]
    # (A batch's bytes as loaded: its entries, unmarshalled only when read, beside them.)
    kept = [
        first for first, batch in after.items() if first in before and before[first][1] is batch[1]
    ]
    assert len(kept) == len(before) - 1
    # The batches kept are told by their claims' entries as read, none made again;
    # only the changed claim's batch (with small ones beside it) is made anew.
    assert 0 < sum(made) <= 3 * 8, made
    _assert_cache_reads_as_fresh(path)
    # Claims dropped and added at the end: still read back as a fresh parse gives them.
    update_ledger(path, lambda editor: editor.drop_claim(truth.claims[5].id))
    for number in range(4):
        update_ledger(
            path,
            lambda editor, n=number: editor.add_claim(f"ferry-{n}", f"Ferry {n} is late"),
        )
    _assert_cache_reads_as_fresh(path)
    # The claims added one by one went into one batch, not one batch each.
    assert len(cache._batches_known[target]) <= len(before) + 1


def _unmarshalled_batches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...] | None]:
    """The ids of each batch whose bytes are unmarshalled from here on."""
    seen: list[tuple[str, ...] | None] = []
    entries_of = cache._batch_entries

    def counted(batch: cache.Batch, ids: tuple[str, ...] | None = None) -> list[Any]:
        if batch[0] is None:
            seen.append(ids)
        return entries_of(batch, ids)

    monkeypatch.setattr(cache, "_batch_entries", counted)
    return seen


def test_a_load_reads_the_batches_ids_from_the_index_and_unmarshals_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    seen = _unmarshalled_batches(monkeypatch)
    cache._loaded.clear()
    ledger = read_ledger(path)
    assert isinstance(ledger.claims, cache._LazyClaims)
    # Every id, the claim looked for, whether every claim has a place: from the index.
    assert cache.claim_ids(ledger.claims) == [f"pier-{n}" for n in range(60)]
    assert ledger.claims.number_of("pier-41") == 41
    assert cache.all_placed(ledger.claims)
    assert seen == []
    # A claim read unmarshals its batch alone, checked against the ids the index gives.
    assert ledger.claim("pier-41") is not None
    assert ledger.claim("pier-41").text == "Pier 41 of the harbour closes for repairs"
    assert len(seen) == 1 and seen[0] is not None and "pier-41" in seen[0]


def test_a_batch_a_write_never_reads_stays_byte_for_byte_in_the_parts_file_and_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    # A first write stores the layout of the bytes it wrote: the next reads no place.
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    [parts] = _parts_files(path)
    before_bytes = parts.read_bytes()
    before = {batch[3][0]: batch for batch in _cache_index(path)[2]}
    seen = _unmarshalled_batches(monkeypatch)
    update_ledger(path, lambda editor: editor.rename_claim("pier-30", "pier-thirty"))
    read = [ids for ids in seen if ids is not None]
    assert read and len(read) <= 4, read  # the renamed claim's, the first's, the last's
    after = {batch[3][0]: batch for batch in _cache_index(path)[2]}
    after_bytes = _parts_files(path)[0].read_bytes()
    untouched = [first for first in before if not any(first == ids[0] for ids in read)]
    assert len(untouched) >= len(before) - 4
    for first in untouched:
        # Where it was, its size, its ids, its flag, its bytes: all as they were.
        assert after[first] == before[first]
        at, size = before[first][1], before[first][2]
        assert after_bytes[at : at + size] == before_bytes[at : at + size]
    _assert_cache_reads_as_fresh(path)
    assert read_ledger(path).claim("pier-thirty") is not None


def test_a_hand_edit_in_a_batch_a_write_leaves_unread_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    update_ledger(path, lambda editor: editor.rename_claim("pier-30", "pier-thirty"))
    # A hand edit in a batch the write above never unmarshalled, then another write.
    text = path.read_text(encoding="utf-8")
    edited = text.replace("Pier 50 of the harbour", "Pier 50 of the old harbour")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    update_ledger(path, lambda editor: editor.rename_claim("pier-10", "pier-ten"))
    assert "Pier 50 of the old harbour" in path.read_text(encoding="utf-8")
    for _ in range(2):  # right after the write, and read afresh from the cache files
        ledger = read_ledger(path)
        assert ledger.claim("pier-50").text == "Pier 50 of the old harbour closes for repairs"
        assert ledger.claim("pier-ten") is not None and ledger.claim("pier-10") is None
        _assert_cache_reads_as_fresh(path)


def test_a_damaged_truncated_or_foreign_batch_record_is_never_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    target = cache._cache_file(path)
    digest = cache.digest_of(path.read_bytes())
    good = target.read_bytes()
    # The cache file cut short, or a byte of its index changed: not ours, rebuilt.
    for damaged in (good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 1])):
        target.write_bytes(damaged)
        cache._loaded.clear()
        assert cache.load_cached(path, digest) is None
        assert read_ledger(path) == truth  # read from the file, the cache stored again
        assert cache.load_cached(path, digest) is not None
    # A batch's bytes damaged in the parts file: the load leaves them unchecked, and
    # reading them fails their seal: read from the ledger, the cache rebuilt.
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    batch = _cache_index(path)[2][3]
    data[batch[1] + batch[2] // 2] ^= 0x01
    parts.write_bytes(bytes(data))
    cache._loaded.clear()
    cache._parts_read.clear()
    loaded = cache.load_cached(path, digest)
    assert loaded is not None and loaded == truth
    assert not target.exists()
    assert read_ledger(path) == truth
    assert cache.load_cached(path, digest) == truth
    # Entries that are not the batch the index names (its ids): never taken.
    entries = [(f"c{n}", "text", (1, 2), 0, b"", None) for n in range(3)]
    blob = marshal.dumps(entries)
    assert cache._batch_entries((None, blob, 0), ("c0", "c1", "c2")) == entries
    for ids in (("c0", "c1"), ("c0", "c2", "c1"), ("c0", "c1", "c2", "c3")):
        with pytest.raises(cache.CacheDamaged):
            cache._batch_entries((None, blob, 0), ids)
    with pytest.raises(cache.CacheDamaged):
        cache._batch_entries((None, marshal.dumps({"c0": 1}), 0), ("c0",))


def test_claims_with_no_batches_known_are_batched_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "_BATCH_MOST", 4)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 2)
    summary = cache._summary_blob(cache.summary_of(()))
    claims = [(f"c{n}", f"text {n}", (1, 2), 10 * n, summary, None) for n in range(10)]
    target = Path("nowhere.ledger")
    cache._batches_known.clear()
    batches = cache._batched(target, claims)
    assert [batch[0] for batch in batches] == [0, 40, 80]
    assert [len(marshal.loads(batch[1])) for batch in batches] == [4, 4, 2]
    again = [(c[0], c[3] + b[0]) for b in batches for c in marshal.loads(b[1])]
    assert again == [(c[0], c[3]) for c in claims]
    # Known now: the same claims keep every batch's bytes; one changed, only its batch.
    assert cache._batched(target, claims) == batches
    changed = [*claims[:5], (*claims[5][:1], "other text", *claims[5][2:]), *claims[6:]]
    made = cache._batched(target, changed)
    assert made[0] == batches[0] and made[2] == batches[2] and made[1] != batches[1]


def test_a_claim_whose_digest_was_worked_out_after_reading_is_stored_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A claim read from a batch is stored again as the batch held it only while
    # nothing of it changed; a digest worked out since is kept, its batch made anew.
    _digests_left_out(monkeypatch)
    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 30)
    digests = [cache.texts_digest(claim) for claim in ledger.claims[10:12]]
    data = path.read_bytes()
    cache.store_cached(path, cache.digest_of(data), ledger, cache.layout_of(ledger))
    cache._loaded.clear()
    cache._parts_read.clear()
    again = read_ledger(path)
    stored = [claim.__dict__["_raw"].digest for claim in again.claims]
    assert stored[10:12] == digests
    assert stored[:10] == [None] * 10 and stored[12:] == [None] * 18
    _assert_cache_reads_as_fresh(path)


@contextlib.contextmanager
def _batches_made_and_digests_worked_out() -> Iterator[tuple[list[tuple[str, ...]], list[str]]]:
    """While inside: the batches a store makes (each its claims' ids) and the claims
    whose digest is worked out rather than read from the index."""
    made: list[tuple[str, ...]] = []
    worked_out: list[str] = []
    relative, digest_of_claim = cache._relative, cache.texts_digest

    def counted(claims: list[Any], bases: list[int], start: int, end: int) -> list[Any]:
        made.append(tuple(claim[0] for claim in claims[start:end]))
        return relative(claims, bases, start, end)

    def digested(claim: Claim) -> bytes:
        worked_out.append(claim.id)
        return digest_of_claim(claim)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache, "_relative", counted)
        patch.setattr(cache, "texts_digest", digested)
        yield made, worked_out


def test_a_claim_a_write_builds_is_stored_with_its_digest_so_the_next_write_keeps_its_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write that files a statement under a claim (as `extract` does) builds that
    # claim anew; its digest is stored with it, the one a load of it works out, so
    # the next write that asks for every claim's digest (`add`, `extract`) reads it
    # from the index and makes no batch again but the one of the claim it changes.
    from claimtrack.ledger import update_ledger

    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    cache.claim_digests(ledger.claims)  # every claim's digest stored, as after a write
    cache.store_cached(path, cache.digest_of(path.read_bytes()), ledger, cache.layout_of(ledger))
    middle = ledger.claims[30]
    said = dataclasses.replace(_a_statement(6), source="harbour-news", party=None)
    cache._loaded.clear()
    cache._parts_read.clear()
    update_ledger(path, lambda editor: editor.add_statement(middle.id, said))

    cache._loaded.clear()
    cache._parts_read.clear()
    again = read_ledger(path)
    with _batches_made_and_digests_worked_out() as (made, worked_out):
        digests = cache.claim_digests(again.claims)
        assert worked_out == []  # every digest read from the index, none worked out
        update_ledger(path, lambda editor: editor.add_claim("ferry-late", "The ferry is late"))
    # Only the batch the new claim goes in (small ones beside it) is made anew.
    assert made and all(middle.id not in ids for ids in made), made
    assert sum(map(len, made)) <= 2 * 8, made

    # The digests stored are those a load works out from the claims' stored texts.
    cache._loaded.clear()
    cache._parts_read.clear()
    fresh = read_ledger(path)
    assert digests == [
        (claim.id, cache._stored_digest(claim.text, claim.__dict__["_raw"].texts))
        for claim in fresh.claims
        if claim.id != "ferry-late"
    ]
    changed = next(claim for claim in fresh.claims if claim.id == middle.id)
    assert said.quote in {statement.quote for statement in changed.statements}
    _assert_cache_reads_as_fresh(path)


@pytest.mark.parametrize("edited", [False, True])
def test_a_ledger_read_from_its_file_is_stored_with_every_digest_so_a_write_keeps_its_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: bool
) -> None:
    # A ledger read from the file (with no cache, or after a hand edit) is stored
    # with each claim's digest, the one a load of its stored texts works out: the
    # first write after it that asks for every claim's digest (`add`, `extract`: the
    # claim index) works none out and makes no batch but the one it changes.
    from claimtrack.ledger import update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    if edited:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Pier 17 of", "Pier 71 of"), encoding="utf-8")
        cache._loaded.clear()
        cache._parts_read.clear()
        read_ledger(path)  # read block by block, and stored
    cache._loaded.clear()
    cache._parts_read.clear()
    again = read_ledger(path)
    with _batches_made_and_digests_worked_out() as (made, worked_out):
        digests = cache.claim_digests(again.claims)
        assert worked_out == []  # every digest read from the index
        update_ledger(path, lambda editor: editor.add_claim("ferry-late", "The ferry is late"))
    assert made and sum(map(len, made)) <= 2 * 8, made  # the new claim's batch alone
    # The digests stored are those a load works out from the claims' stored texts.
    cache._loaded.clear()
    cache._parts_read.clear()
    assert digests == [
        (claim.id, cache._stored_digest(claim.text, claim.__dict__["_raw"].texts))
        for claim in read_ledger(path).claims
        if claim.id != "ferry-late"
    ]
    _assert_cache_reads_as_fresh(path)


def test_a_write_decodes_no_summary_of_a_claim_it_leaves_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What `list` shows of each claim is decoded when first asked for, a batch at a
    # time: a write that changes one claim of many decodes none, and the summaries
    # read back afterwards, of changed and unchanged claims, are a fresh parse's.
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    said = dataclasses.replace(
        _a_statement(4), source="harbour-news", party="Ferry Union", speaker="A deckhand"
    )
    decoded: list[int] = []
    decode = cache._Summaries.decode

    def counted(batch: Any) -> None:
        decoded.append(len(batch.entries))
        decode(batch)

    with monkeypatch.context() as patched:
        patched.setattr(cache._Summaries, "decode", counted)
        update_ledger(path, lambda editor: editor.add_statement(truth.claims[25].id, said))
        assert not any(decoded)
        # Asked for, one claim's summary decodes its batch's (3 to 8 claims), once.
        warm = read_ledger(path)
        assert cache.claim_summary(warm.claims[3]) == cache.summary_of(warm.claims[3].statements)
        assert cache.claim_summary(warm.claims[4]) == cache.summary_of(warm.claims[4].statements)
        assert [n for n in decoded if n] in ([n] for n in range(3, 9))
    _assert_cache_reads_as_fresh(path)
    changed = read_ledger(path).claim(truth.claims[25].id)
    assert changed is not None and "Ferry Union" in cache.claim_summary(changed)[2][2]


def test_a_write_reads_the_stored_parts_of_only_the_claims_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    said = dataclasses.replace(
        _a_statement(6), source="harbour-news", party=None, speaker="A lock keeper"
    )
    # The first write looks once through every claim's texts for values a YAML
    # reader would type (kept in the cache by each claim's bytes).
    update_ledger(path, lambda editor: editor.add_statement(truth.claims[10].id, said))
    cache._loaded.clear()
    cache._parts_read.clear()
    opened: list[str] = []
    found = cache._Raw.__getattr__

    def counted(raw: Any, name: str) -> Any:
        if raw.lazy is not None:
            opened.append(raw.entry[0])
        return found(raw, name)

    monkeypatch.setattr(cache._Raw, "__getattr__", counted)
    middle = truth.claims[30]
    update_ledger(path, lambda editor: editor.add_statement(middle.id, said))
    # The claims the write left alone are stored again by where their parts are,
    # without a view of them made: only the changed claim's parts were read.
    assert set(opened) <= {middle.id}, opened
    _assert_cache_reads_as_fresh(path)
    changed = read_ledger(path).claim(middle.id)
    assert changed is not None and changed.statements[-1].speaker == "A lock keeper"


def test_a_write_stores_each_batch_it_left_alone_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _digests_left_out(monkeypatch)
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    said = dataclasses.replace(
        _a_statement(7), source="harbour-news", party=None, speaker="A pilot boat skipper"
    )
    update_ledger(path, lambda editor: editor.add_statement(truth.claims[3].id, said))
    cache._loaded.clear()
    cache._parts_read.clear()
    ledger = read_ledger(path)
    # Before the write: one claim's statements read (its parts viewed, as stored),
    # another's digest worked out (its entry no longer as its batch holds it).
    assert ledger.claims[20].statements
    cache.texts_digest(ledger.claims[45])
    taken: list[tuple[str, bool]] = []
    untouched = cache._Loaded.untouched

    def seen(loaded: Any, every: Any, at: int, found: Any) -> bool:
        whole = untouched(loaded, every, at, found)
        taken.append((every[at].id, whole))
        return whole

    monkeypatch.setattr(cache._Loaded, "untouched", seen)
    # Every batch's claims made (a batch none of whose claims is made is taken
    # whole unseen: see the test after this one).
    assert len(tuple(ledger.claims)) == len(truth.claims)
    members = {
        ledger.claims[first].id: {claim.id for claim in ledger.claims[first : first + len(batch)]}
        for first, batch, _ in cache._loaded_batches[0].firsts.values()
    }

    def batch_of(n: int) -> str:
        return next(first for first, ids in members.items() if ledger.claims[n].id in ids)

    middle = truth.claims[30]
    update_ledger(path, lambda editor: editor.add_statement(middle.id, said))
    # Each batch but those of the claim changed and of the claim whose digest is
    # new was taken whole, its claims' entries and parts as loaded, the one whose
    # statements were read too.
    whole = {first for first, kept in taken if kept}
    assert whole == set(members) - {batch_of(30), batch_of(45)}
    assert batch_of(20) in whole
    _assert_cache_reads_as_fresh(path)
    again = read_ledger(path)
    assert again.claim(middle.id) is not None
    assert [c.id for c in again.claims] == [c.id for c in ledger.claims]
    assert cache.texts_digest(again.claims[45]) == cache.texts_digest(ledger.claims[45])


def test_a_write_of_a_cached_ledger_writes_and_keys_its_bytes_from_the_splice_s_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The new bytes are never joined whole: written to the file piece by piece, keyed
    # from what the splice copied, the claims it changed read back alone.
    from claimtrack._spliced import Spliced
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    before = path.read_bytes()
    said = dataclasses.replace(_a_statement(7), source="harbour-news", speaker="A lock keeper")
    with monkeypatch.context() as patched:
        patched.setattr(Spliced, "joined", lambda self: pytest.fail("joined whole"))
        update_ledger(path, lambda editor: editor.rename_claim("pier-30", "pier-thirty"))
        update_ledger(path, lambda editor: editor.add_statement("pier-50", said))
    after = path.read_bytes()
    assert after.count(b"A lock keeper") == 1
    assert after.startswith(before[: before.index(b"  pier-30:")] + b"  pier-thirty:\n")
    assert cache.digest_of_file(io.BytesIO(after)) == cache._DIGESTED[-1][1]
    _assert_cache_reads_as_fresh(path)
    again = read_ledger(path)
    assert [claim.id for claim in again.claims] == [
        "pier-thirty" if claim.id == "pier-30" else claim.id for claim in truth.claims
    ]
    assert again.claim("pier-50").statements[-1].speaker == "A lock keeper"


def test_a_claim_stored_across_the_end_of_its_stretch_is_read_from_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A claim's parts are read only from inside one stretch in use: one the index
    # places across a stretch's end is read from the ledger when first read, as one
    # whose parts fail their seal; the load itself asks no claim's place.
    path, truth = _in_stretches(tmp_path, monkeypatch)
    token, chunks, offsets, index = _unsealed(path)
    parts = cache._parts_file(cache._cache_file(path), token).read_bytes()
    key = cache._key(create=False)
    assert key is not None
    seals = cache._seals(parts, token, chunks, key)
    origin = cache._Origin(path, cache.digest_of(path.read_bytes()), cache._cache_file(path))
    last = max(range(len(offsets)), key=lambda n: offsets[n])
    for end in {seal.start + len(seal.view) for seal in seals}:
        moved = [*offsets]
        moved[last] = end - 1  # its parts start in one stretch and end past it
        claims, _, _ = cache._stored_claims(index[2], parts, moved, index[3], seals, origin)
        assert len(claims) == len(offsets)
        assert claims.parts_between(last, last + 1) == [None]
        assert claims[last].statements == truth.claims[last].statements
        before = last - 1
        assert claims.parts_between(before, before + 1) != [None]
        assert claims[before].statements == truth.claims[before].statements


def test_claim_spots_of_stored_claims_are_their_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write asks every claim's line and column; claims from the cache give their
    # stored places, moved by their shifts, as a fresh parse places them.
    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    fresh, problems = _parse_fresh(path)
    assert not problems
    wanted = [(c.position.line, c.position.column) for c in fresh.claims if c.position]
    assert cache.all_stored(ledger.claims)
    assert cache.claim_spots(ledger.claims) == wanted
    # One claim not from the cache among them: the same answers, claim by claim.
    mixed = [fresh.claims[0], *ledger.claims[1:]]
    assert not cache.all_stored(mixed)
    assert cache.claim_spots(mixed) == wanted
    assert cache.claim_spots([]) == [] and cache.all_stored([])


def _claims_of_three_sources(path: Path, count: int) -> None:
    """A ledger of `count` claims, each citing one or two of three sources; some
    claims' party is named with a source's id inside it (`harbour-news-desk`)."""
    names = ("harbour-news", "river-post", "canal-times")
    lines = ["version: 1", "sources:"]
    for name in names:
        lines += [f"  {name}:", f"    path: sources/{name}.txt", f"    sha256: {'cd' * 32}"]
    lines.append("claims:")
    for number in range(count):
        cited = [names[number % 3]] + ([names[(number + 1) % 3]] if number % 4 == 0 else [])
        lines += [
            f"  lock-{number}:",
            f"    text: Lock {number} on the canal reopens in spring",
            "    statements:",
        ]
        for at, source in enumerate(cited):
            party = "harbour-news-desk" if number % 5 == 0 else "Canal Trust"
            lines += [
                "    - stance: asserts",
                "      speaker: a lock keeper",
                f"      party: {party}",
                "      cue: said",
                f"      source: {source}",
                f"      line: {number + at + 1}",
                f"      content: lock {number} reopens in spring",
                f"      quote: A lock keeper said lock {number} reopens in spring.",
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _written_warm_and_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Any], object]
) -> list[str]:
    """The file `change` writes on a ledger of small cache batches, first read
    through the cache (warm), then with no cache at all (fresh)."""
    from claimtrack.ledger import update_ledger

    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    written = []
    for warm in (True, False):
        path = tmp_path / ("warm" if warm else "fresh") / "claims.yaml"
        path.parent.mkdir()
        _claims_of_three_sources(path, 40)
        if warm:
            read_ledger(path)
            cache._loaded.clear()
        else:
            monkeypatch.setattr(cache, "load_cached", lambda *_: None)
        update_ledger(path, change)
        written.append(path.read_text(encoding="utf-8"))
    return written


def test_the_claims_citing_a_source_are_found_without_decoding_every_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `drop` and `merge` want the claims citing a few sources: a claim from the
    # cache is passed over when its stored summary does not hold the source's
    # bytes, so no batch's summaries are decoded, and the claims found are the
    # ones a fresh parse cites them in, in the ledger's order.
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _claims_of_three_sources(path, 50)
    read_ledger(path)
    cache._loaded.clear()
    warm = read_ledger(path)
    fresh, problems = _parse_fresh(path)
    assert not problems and fresh is not None

    def citing(ledger: Ledger, wanted: set[str]) -> list[str]:
        return [claim.id for claim in cache.claims_citing(ledger.claims, wanted)]

    decoded: list[int] = []
    decode = cache._Summaries.decode

    def counted(batch: Any) -> None:
        decoded.append(len(batch.entries))
        decode(batch)

    with monkeypatch.context() as patched:
        patched.setattr(cache._Summaries, "decode", counted)
        for wanted in ({"harbour-news"}, {"river-post", "canal-times"}, {"no-such-source"}):
            expected = [
                claim.id
                for claim in fresh.claims
                if wanted & {statement.source for statement in claim.statements}
            ]
            assert citing(warm, wanted) == citing(fresh, wanted) == expected
        assert not any(decoded)
    # Claims whose summaries were decoded since, and a claim moved down, are found alike.
    cache.claim_summary(warm.claims[9])
    moved = cache.moved_claim(warm.claims[20], 3)
    assert moved is not None
    claims = [*warm.claims[:20], moved, *warm.claims[21:]]
    assert [claim.id for claim in cache.claims_citing(claims, {"harbour-news"})] == citing(
        fresh, {"harbour-news"}
    )


def test_the_claims_citing_a_rare_source_are_those_a_fresh_read_gives_whatever_claims_are_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A source only one claim cites, and a party named like it on another claim:
    # asked of the claims as loaded, of the claims with one taken out of the middle
    # of a batch, and of them in another order, the claims citing it are the
    # ones a fresh parse gives, in the order asked, and no batch is decoded.
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _claims_of_three_sources(path, 30)
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "sources:\n",
        f"sources:\n  quay-gazette:\n    path: sources/quay-gazette.txt\n    sha256: {'ef' * 32}\n",
        1,
    )
    at = text.index("  lock-19:\n")
    at = text.index("source: river-post", at)
    text = text[:at] + "source: quay-gazette" + text[at + len("source: river-post") :]
    at = text.index("party: Canal Trust", text.index("  lock-7:\n"))
    text = text[:at] + "party: quay-gazette-desk" + text[at + len("party: Canal Trust") :]
    path.write_text(text, encoding="utf-8")
    read_ledger(path)
    cache._loaded.clear()
    warm = read_ledger(path)
    fresh, problems = _parse_fresh(path)
    assert not problems and fresh is not None
    assert [
        claim.id for claim in fresh.claims if "quay-gazette" in {s.source for s in claim.statements}
    ] == ["lock-19"]
    decoded: list[int] = []
    decode = cache._Summaries.decode

    def counted(batch: Any) -> None:
        decoded.append(len(batch.entries))
        decode(batch)

    def citing(claims: Sequence[Claim]) -> list[str]:
        return [claim.id for claim in cache.claims_citing(claims, {"quay-gazette"})]

    with monkeypatch.context() as patched:
        patched.setattr(cache._Summaries, "decode", counted)
        assert citing(warm.claims) == citing(fresh.claims) == ["lock-19"]
        both = {"quay-gazette", "canal-times"}
        expected = [c.id for c in fresh.claims if both & {s.source for s in c.statements}]
        assert [c.id for c in cache.claims_citing(warm.claims, both)] == expected
        gapped = [*warm.claims[:12], *warm.claims[13:]]
        assert citing(gapped) == ["lock-19"]
        turned = list(reversed(warm.claims))
        assert citing(turned) == ["lock-19"]
        assert citing([*warm.claims[:19], *warm.claims[20:]]) == []
        assert not any(decoded)


def test_the_claims_citing_many_sources_are_those_a_fresh_read_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Settling the claims a hand edit named asks for the claims citing many
    # sources at once: past a few ids, each batch's summaries are read in one go
    # rather than searched id by id. The claims found are the same, in the order
    # asked, and the claims keep their summaries as loaded (no batch decoded).
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _claims_of_three_sources(path, 40)
    read_ledger(path)
    cache._loaded.clear()
    fresh, problems = _parse_fresh(path)
    assert not problems and fresh is not None
    decoded: list[int] = []
    decode = cache._Summaries.decode

    def counted(batch: Any) -> None:
        decoded.append(len(batch.entries))
        decode(batch)

    def cited(claim: Claim) -> set[str]:
        return {statement.source for statement in claim.statements}

    for searched in (0, 1, 24):  # every id set decoded, beyond one id, as shipped
        monkeypatch.setattr(cache, "_NEEDLES_SEARCHED", searched)
        cache._loaded.clear()
        warm = read_ledger(path)
        with monkeypatch.context() as patched:
            patched.setattr(cache._Summaries, "decode", counted)
            for wanted in (
                {"harbour-news"},
                {"river-post", "canal-times"},
                {"harbour-news", "no-such-source", *(f"other-{n}" for n in range(30))},
            ):
                expected = [claim.id for claim in fresh.claims if wanted & cited(claim)]
                found = [claim.id for claim in cache.claims_citing(warm.claims, wanted)]
                assert found == expected
            gapped = [*warm.claims[:12], *warm.claims[13:]]
            wanted = {"river-post", "canal-times"}
            expected = [claim.id for claim in gapped if wanted & cited(claim)]
            assert [claim.id for claim in cache.claims_citing(gapped, wanted)] == expected
        assert not any(decoded)


def test_the_parties_holding_a_name_are_those_a_fresh_read_gives_without_decoding_every_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `add` and `match` ask whether the ledger tracks one speaker ("Okonkwo said
    # ...") by name: a claim from the cache whose summary does not hold the
    # name's bytes is passed over. The names found are those a fresh parse gives,
    # for a name in a few claims (no batch decoded), in most of them, in none,
    # and for claims out of their loaded order or with summaries decoded since.
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _claims_of_three_sources(path, 40)
    text = path.read_text(encoding="utf-8")
    for claim, party in ((6, "Ada Okonkwo"), (17, "Ben Okonkwo"), (33, "Åsa Lindgren")):
        at = text.index("party: Canal Trust", text.index(f"  lock-{claim}:\n"))
        text = text[:at] + f"party: {party}" + text[at + len("party: Canal Trust") :]
    path.write_text(text, encoding="utf-8")
    read_ledger(path)
    cache._loaded.clear()
    warm = read_ledger(path)
    fresh, problems = _parse_fresh(path)
    assert not problems and fresh is not None

    def holding(claims: Sequence[Claim], part: str) -> set[str]:
        return {
            statement.party
            for claim in claims
            for statement in claim.statements
            if statement.party is not None and part in statement.party
        }

    decoded: list[int] = []
    decode = cache._Summaries.decode

    def counted(batch: Any) -> None:
        decoded.append(len(batch.entries))
        decode(batch)

    with monkeypatch.context() as patched:
        patched.setattr(cache._Summaries, "decode", counted)
        for part in ("Okonkwo", "Åsa Lindgren", "Lindgren", "Nobody", "harbour-news-desk"):
            found = cache.parties_holding(warm.claims, part)
            assert found == cache.parties_holding(fresh.claims, part) == holding(fresh.claims, part)
        assert cache.parties_holding(warm.claims, "Okonkwo") == {"Ada Okonkwo", "Ben Okonkwo"}
        assert not any(decoded)
        # A name in most claims: found the same, whichever way each batch is read.
        assert cache.parties_holding(warm.claims, "Canal Trust") == {"Canal Trust"}
        turned = list(reversed(warm.claims))
        assert cache.parties_holding(turned, "Okonkwo") == {"Ada Okonkwo", "Ben Okonkwo"}
        gapped = [*warm.claims[:17], *warm.claims[18:]]
        assert cache.parties_holding(gapped, "Okonkwo") == {"Ada Okonkwo"}
    cache.claim_summary(warm.claims[6])
    assert cache.parties_holding(warm.claims, "Okonkwo") == {"Ada Okonkwo", "Ben Okonkwo"}


def test_a_write_right_after_a_hand_edit_makes_again_only_what_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write right after a hand edit reads the ledger block by block and stores
    # that read; it then goes on with the ledger as the cache holds it, as after a
    # write of its own: storing what it saves keeps every claim it left alone
    # where the read's store put it. The texts written are those of a write that
    # goes on with the ledger the read made, and each reads as a fresh parse.
    from claimtrack import ledger as ledger_module
    from claimtrack.ledger import update_ledger

    said = Statement(
        stance=Stance.DENIES,
        quote="Q",
        content="c",
        source="river-post",
        line=3,
        party="Canal Trust",
    )
    writes: list[Callable[[Any], object]] = [
        lambda editor: editor.rename_claim("lock-40", "lock-forty"),
        lambda editor: editor.add_claim("lock-new", "A lock added after an edit"),
        lambda editor: editor.merge_claims("lock-3", ["lock-50"]),
        lambda editor: editor.drop_claim("lock-21"),
        lambda editor: editor.add_statement("lock-7", said),
    ]
    made: list[int] = []  # each store's summaries marshalled again

    def written(name: str) -> list[str]:
        path = tmp_path / name / "claims.yaml"
        path.parent.mkdir()
        _claims_of_three_sources(path, 60)
        read_ledger(path)
        texts = []
        for number, write in enumerate(writes):
            text = path.read_text(encoding="utf-8")
            edited = text.replace(f"Lock {number + 10} on", f"Lock {number + 10} on the old", 1)
            path.write_text(f"# edited by hand {number}\n" + edited, encoding="utf-8")
            made.clear()
            update_ledger(path, write)
            texts.append(path.read_text(encoding="utf-8"))
            fresh, problems = _parse_fresh(path)
            assert not problems and read_ledger(path) == fresh
        return texts

    with monkeypatch.context() as as_read:
        as_read.setattr(ledger_module, "_as_stored", lambda path, data: None)
        expected = written("as-read")
    store, blob = cache.store_cached, cache._summary_blob
    counting: list[bool] = []

    def counted_store(*args: Any, **kwargs: Any) -> None:
        counting.append(True)
        made.append(0)
        try:
            store(*args, **kwargs)
        finally:
            counting.pop()

    def counted_blob(summary: Any) -> bytes:
        if counting:
            made[-1] += 1
        return blob(summary)

    monkeypatch.setattr(cache, "store_cached", counted_store)
    monkeypatch.setattr(cache, "_summary_blob", counted_blob)
    monkeypatch.setattr(ledger_module.cache, "store_cached", counted_store)
    assert written("as-stored") == expected
    # The last write's stores: the read's, then the write's (of 60 claims, the one it changed).
    assert len(made) == 2 and made[1] <= 2


def test_dropping_a_claim_of_a_cached_ledger_records_its_statements_as_a_fresh_read_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The statements a drop records as deleted by hand are found from the cache's
    # summaries as from a fresh parse: the ledger written is the same either way.
    from claimtrack.pipeline import drop_claim

    written = _written_warm_and_fresh(
        tmp_path, monkeypatch, lambda editor: drop_claim(editor, "lock-12")
    )
    assert written[0] == written[1]
    assert "lock-12:" not in written[0] and written[0].count("extracted:") == 2
    _assert_cache_reads_as_fresh(tmp_path / "warm" / "claims.yaml")


def test_rewriting_one_sources_statements_of_a_cached_ledger_writes_what_a_fresh_read_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Re-extraction and settling stances rewrite or remove the statements of one
    # source: the claims citing it are found from the cache's summaries, and the
    # file written is the one a ledger parsed afresh gives, every statement of the
    # source changed and no other.

    counts: list[tuple[int, int]] = []

    def rewrite(editor: Any) -> None:
        changed = editor.update_statements(
            "river-post",
            lambda s: dataclasses.replace(s, stance=Stance.DISPUTES) if s.line % 2 else None,
        )
        counts.append((changed, editor.remove_statements("canal-times", lambda s: s.line > 20)))

    written = _written_warm_and_fresh(tmp_path, monkeypatch, rewrite)
    assert written[0] == written[1] and counts[0] == counts[1] == (6, 8)
    assert written[0].count("stance: disputes") == 6
    assert written[0].count("source: canal-times") == 16 - 8
    _assert_cache_reads_as_fresh(tmp_path / "warm" / "claims.yaml")


# -- one ledger, whatever path names it -----------------------------------------

_FERRY_LEDGER = """\
version: 1
parties:
  Harbour Board:
    aliases: [Ines Moro]
sources:
  ferry-notice:
    path: sources/ferry-notice.txt
    title: The night ferry stops for the winter
    sha256: {sha}
claims:
  night-ferry-stops:
    text: The night ferry stops running in November
    statements:
    - party: Harbour Board
      stance: asserts
      speaker: Ines Moro
      cue: said
      source: ferry-notice
      line: 1
      quote: Ines Moro said the night ferry stops running in November.
      content: the night ferry stops running in November
  fares-go-up:
    text: Ferry fares go up next year
    statements:
    - party: Harbour Board
      stance: denies
      speaker: Ines Moro
      cue: denied
      source: ferry-notice
      line: 2
      quote: Ines Moro denied that fares go up next year.
      content: fares go up next year
"""


def _ferry_folder(folder: Path) -> Path:
    """A small ledger of two claims from one article, in `folder`."""
    import hashlib

    (folder / "sources").mkdir(parents=True)
    article = (
        b"Ines Moro said the night ferry stops running in November.\n"
        b"Ines Moro denied that fares go up next year.\n"
    )
    (folder / "sources" / "ferry-notice.txt").write_bytes(article)
    path = folder / "claims.yaml"
    path.write_text(_FERRY_LEDGER.format(sha=hashlib.sha256(article).hexdigest()))
    return path


def _names_of(path: Path) -> dict[str, Path]:
    """The ledger at `path` (in the current folder) as relative, absolute, through `..`
    and through a symbolic link to its folder."""
    link = path.parent.parent / f"{path.parent.name}-link"
    link.symlink_to(path.parent, target_is_directory=True)
    return {
        "relative": Path(path.name),
        "absolute": path,
        "dotted": Path("..") / path.parent.name / path.name,
        "linked": link / path.name,
    }


@pytest.mark.parametrize("source", ["ferry", "example"])
def test_a_ledger_read_by_one_name_is_written_by_another(
    tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    fresh_path = _ferry_folder(tmp_path / "fresh")
    here = _ferry_folder(tmp_path / "here")
    if source == "example":
        shutil.copyfile(EXAMPLE, fresh_path)
        shutil.copyfile(EXAMPLE, here)
    monkeypatch.chdir(here.parent)
    names = _names_of(here)
    # Read by one name (twice: the second read is served from memory), then the last
    # claim dropped by another; twice over.
    for read_as, write_as in (("absolute", "relative"), ("linked", "dotted")):
        last = read_ledger(fresh_path).claims[-1].id
        # The same drop made by a process that read nothing before: the bytes to match.
        dropped = subprocess.run(
            [sys.executable, "-m", "claimtrack", "--ledger", str(fresh_path), "drop", last],
            capture_output=True,
            check=False,
        )
        assert dropped.returncode == 0, dropped.stderr
        read_ledger(names[read_as])
        read_ledger(names[read_as])
        result = run("--ledger", names[write_as], "drop", last)
        assert result.exit_code == 0, result.stderr
        assert here.read_bytes() == fresh_path.read_bytes()


def test_every_name_of_a_ledger_reads_the_same_ledger_under_that_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _ferry_folder(tmp_path / "harbour")
    monkeypatch.chdir(path.parent)
    names = _names_of(path)
    fresh, problems = _parse_fresh(path)
    assert fresh is not None and not problems
    for _ in range(2):  # built, then from the cache file and from memory
        for name in names.values():
            ledger = read_ledger(name)
            assert ledger.path == str(name)
            assert dataclasses.replace(ledger, path=fresh.path) == fresh
    # One file, one cache: each name finds what another stored.
    assert len({cache._cache_file(name) for name in names.values()}) == 1
    assert len({cache._typed_name(name, "claims") for name in names.values()}) == 1


def test_a_ledger_named_through_a_link_to_its_file_shares_its_cache(tmp_path: Path) -> None:
    path = _ferry_folder(tmp_path / "harbour")
    link = tmp_path / "ledger.yaml"
    link.symlink_to(path)
    assert cache._cache_file(link) == cache._cache_file(path)
    read_ledger(path)
    ledger = cache.load_cached(link, cache.digest_of(link.read_bytes()))
    assert ledger is not None and ledger.path == str(link)


def test_a_damaged_claim_read_by_a_relative_name_is_read_again_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "harbour" / "claims.yaml"
    path.parent.mkdir()
    shutil.copyfile(EXAMPLE, path)
    truth, _ = _parse_fresh(path)
    read_ledger(path)
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_batches_start(path) // 2] ^= 0x01  # in a claim's parts
    parts.write_bytes(bytes(data))
    cache._parts_read.clear()
    monkeypatch.chdir(path.parent)
    ledger = read_ledger(Path("claims.yaml"))
    # The claims are first read once the command has gone on to another folder.
    monkeypatch.chdir(tmp_path)
    assert truth is not None and ledger.claims == truth.claims


def test_a_load_made_aside_leaves_the_cache_states_as_they_were(tmp_path: Path) -> None:
    """Reading another version of a ledger's cache (to compare it with a hand edit)
    must not leave that version as what the next store builds on, even on an error."""
    ledger_path = tmp_path / "claims.yaml"
    target = cache._cache_file(ledger_path)
    states = (cache._loaded, cache._loaded_batches, cache._layouts)
    tables = (cache._parts_read, cache._batches_known, cache._sources_known)
    before_lists = [list(items) for items in states]
    before_tables = [dict(table) for table in tables]
    with pytest.raises(RuntimeError), cache._load_state_kept(target):
        for items in states:
            items.append(object())
        for table in tables:
            table[target] = object()
        raise RuntimeError("a damaged cache")
    assert [list(items) for items in states] == before_lists
    assert [dict(table) for table in tables] == before_tables


def _edit_claim_text(path: Path, number: int, words: str) -> None:
    """Change the text of claim `pier-{number}` by hand, as in an editor."""
    text = path.read_text(encoding="utf-8")
    old = f"text: Pier {number} of the harbour closes for repairs\n"
    assert old in text
    path.write_text(text.replace(old, f"text: Pier {number} of the harbour {words}\n"), "utf-8")


def test_a_read_after_a_hand_edit_appends_only_what_the_edit_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    [parts] = _parts_files(path)
    before = parts.read_bytes()
    _edit_claim_text(path, 31, "stays open all winter")
    cache._loaded.clear()
    cache._parts_read.clear()
    read = read_ledger(path)
    assert read.claim("pier-31").text == "Pier 31 of the harbour stays open all winter"  # type: ignore[union-attr]
    # The parts of the 59 claims left alone stay where they were, and so do the
    # sources and the batches of claims left alone: one batch and nothing else new.
    assert _parts_files(path) == [parts]
    after = parts.read_bytes()
    assert after.startswith(before) and len(after) - len(before) < len(before) / 8
    _assert_cache_reads_as_fresh(path)


def test_stored_parts_are_kept_after_a_hand_edit_only_when_they_are_the_bytes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[_last_claims_parts(path) + 3] ^= 0x01  # the last claim's stored parts
    parts.write_bytes(bytes(data))
    _edit_claim_text(path, 5, "opens again in May")
    cache._loaded.clear()
    cache._parts_read.clear()
    read_ledger(path)
    # The damaged parts were not kept for the claim read from its block: what the
    # cache gives now is what a fresh parse gives, and so it does after another edit.
    _assert_cache_reads_as_fresh(path)
    _edit_claim_text(path, 6, "opens again in June")
    _assert_cache_reads_as_fresh(path)
    _assert_cache_reads_as_fresh(path)


def test_hand_edits_one_after_another_keep_the_parts_file_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_PARTS_SLACK", 0)
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    [parts] = _parts_files(path)
    first = parts.stat().st_size
    sizes = []
    for number in range(30):
        text = path.read_text(encoding="utf-8")
        claim = (3, 17)[number % 2]
        start = text.index(f"text: Pier {claim} of the harbour")
        end = text.index("\n", start)
        path.write_text(
            f"{text[:start]}text: Pier {claim} of the harbour shuts on day {number}{text[end:]}",
            "utf-8",
        )
        cache._loaded.clear()
        cache._parts_read.clear()
        read_ledger(path)
        sizes += [sum(found.stat().st_size for found in _parts_files(path))]
    # Each read appends what the edit changed (here one batch of claims' texts); once
    # most of the file is left over it is written afresh: it grows no further than
    # about twice the stretches in use, whatever the number of edits.
    assert max(sizes) <= 3 * first, sizes
    assert sizes[-1] < max(sizes), sizes
    _assert_cache_reads_as_fresh(path)


def test_a_write_right_after_a_hand_edit_appends_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    [parts] = _parts_files(path)
    before = parts.read_bytes()
    _edit_claim_text(path, 12, "closes in the spring")
    cache._loaded.clear()
    cache._parts_read.clear()
    statement = dataclasses.replace(_a_statement(4), source="harbour-news", party=None)
    update_ledger(path, lambda editor: editor.add_statement("pier-40", statement))
    assert _parts_files(path) == [parts]
    after = parts.read_bytes()
    assert after.startswith(before) and len(after) - len(before) < len(before) / 4
    _assert_cache_reads_as_fresh(path)
    warm = read_ledger(path)
    assert warm.claim("pier-40").statements[-1].quote == statement.quote  # type: ignore[union-attr]
    assert warm.claim("pier-12").text == "Pier 12 of the harbour closes in the spring"  # type: ignore[union-attr]


def test_a_hand_edit_after_a_write_keeps_the_batches_the_edit_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, warm = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    # Digests of the claims' texts are kept with the claims a write stores.
    [cache.texts_digest(claim) for claim in warm.claims]
    update_ledger(path, lambda editor: editor.add_claim("ferry-1", "The ferry is late"))
    [parts] = _parts_files(path)
    before = parts.read_bytes()
    _edit_claim_text(path, 44, "reopens after the storm")
    cache._loaded.clear()
    cache._parts_read.clear()
    read_ledger(path)
    # One batch is made anew (the edited claim's) and the sources: nothing else.
    assert _parts_files(path) == [parts]
    after = parts.read_bytes()
    assert after.startswith(before) and len(after) - len(before) < len(before) / 8
    _assert_cache_reads_as_fresh(path)
    assert len(_cache_index(path)[2]) > 5  # in several batches


def test_a_damaged_batch_stored_before_a_hand_edit_is_never_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[-5] ^= 0x01  # in the last batch of claims
    parts.write_bytes(bytes(data))
    _edit_claim_text(path, 2, "closes at noon")
    # A new process: nothing read before the damage kept in memory.
    cache._loaded.clear()
    cache._parts_read.clear()
    cache._batches_known.clear()
    assert read_ledger(path).claim("pier-39").text == "Pier 39 of the harbour closes for repairs"  # type: ignore[union-attr]
    # Nothing of the damaged file was kept: the parts were written afresh.
    assert parts not in _parts_files(path)
    _assert_cache_reads_as_fresh(path)


def test_the_claims_of_a_cache_load_read_as_the_tuple_of_every_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, lazy_ledger = _cached_in_small_batches(tmp_path, monkeypatch, 50)
    fresh, problems = _parse_fresh(path)
    assert fresh is not None and not problems
    eager = fresh.claims
    claims = lazy_ledger.claims
    assert isinstance(claims, cache._LazyClaims)
    # Nothing made by the load; one claim asked for makes its batch alone.
    assert claims.made_batches() == 0
    assert len(claims) == len(eager) == 50
    assert claims[17].id == "pier-17" and claims.made_batches() == 1
    assert claims[-1].id == eager[-1].id and claims[-50].id == eager[0].id
    with pytest.raises(IndexError):
        claims[50]
    for cut in (slice(3, 30), slice(None, None, -3), slice(-7, None), slice(40, 10), slice(0, 50)):
        assert isinstance(claims[cut], tuple)
        assert [c.id for c in claims[cut]] == [c.id for c in eager[cut]]
    assert cache.claim_ids(claims) == [c.id for c in eager]
    assert cache.claim_spots(claims) == cache.claim_spots(eager)
    assert [c.id for c in claims] == [c.id for c in eager]
    assert [c.id for c in reversed(claims)] == [c.id for c in reversed(eager)]
    assert claims == eager and eager == claims
    assert claims.__ne__(eager) is False and claims != eager[:-1]
    assert claims + eager[:1] == (*eager, eager[0]) and eager[:1] + claims == (eager[0], *eager)
    assert hash(claims) == hash(tuple(claims)) and eager[3] in claims
    assert claims.index(claims[9]) == 9
    assert dataclasses.replace(lazy_ledger, claims=tuple(claims)) == lazy_ledger
    assert lazy_ledger == fresh
    assert cache.claim_spots(claims) == cache.claim_spots(eager)


def test_claims_put_together_as_stretches_read_as_their_tuple(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    claims = ledger.claims
    made = Claim(id="made-here", text="A claim made here")
    built = cache.ClaimsBuilder()
    built.add_stretch(claims, 0, 11)
    built.add_stretch(claims, 11, 20)  # joined to the stretch before
    built.add(made)
    built.add_stretch(claims, 21, 40)
    joined = built.built()
    assert isinstance(joined, cache._Joined) and built.count == 40
    assert len(joined.stretches()) == 3 and claims.made_batches() == 0
    plain = (*tuple(claims)[:20], made, *tuple(claims)[21:])
    assert joined == plain and plain == joined and joined != tuple(claims)
    assert [c.id for c in joined] == [c.id for c in plain]
    assert joined[20] is made and joined[-1] is plain[-1] and joined[5:25] == plain[5:25]
    assert joined[::-2] == plain[::-2]
    assert cache.claim_ids(joined) == [c.id for c in plain]
    assert cache.claim_spots(joined) == cache.claim_spots(plain)
    # A stretch of stretches, and claims made throughout, put together as a tuple.
    again = cache.ClaimsBuilder()
    again.add_stretch(joined, 15, 30)
    assert again.built() == plain[15:30]
    loose = cache.ClaimsBuilder()
    loose.add_stretch(plain, 2, 5)
    loose.add(made)
    assert loose.built() == (*plain[2:5], made)
    # Two ways to the same claims compare equal without making them.
    cache._loaded.clear()
    cache._parts_read.clear()
    claims = read_ledger(path).claims
    assert isinstance(claims, cache._LazyClaims)
    whole = cache.ClaimsBuilder()
    whole.add_stretch(claims, 0, 25)
    whole.add_stretch(claims, 25, 40)
    assert whole.built() is claims
    first, second = cache.ClaimsBuilder(), cache.ClaimsBuilder()
    first.add_stretch(claims, 0, 20)
    first.add(made)
    first.add_stretch(claims, 21, 40)
    second.add_stretch(claims, 0, 7)
    second.add_stretch(claims, 7, 20)
    second.add(made)
    second.add_stretch(claims, 21, 33)
    second.add_stretch(claims, 33, 40)
    assert first.built() == second.built() and claims.made_batches() == 0
    assert first.built() != claims and claims.made_batches() == 1  # pier-20's batch


def test_a_write_makes_only_the_claims_it_reads_and_keeps_the_others_as_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import edit_ledger, update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    # A first write quotes what another reader would type: the next looks through
    # only the claims it changes for that (`LedgerEditor.quoted`).
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    cache._loaded.clear()
    cache._parts_read.clear()
    read_ledger(path)
    before = path.read_bytes()
    stored_before = _cache_index(path)[2]
    update_ledger(path, lambda editor: editor.rename_claim("pier-30", "pier-thirty"))
    made = cache._loaded_batches[0].claims
    # The write's ledger held the claims of the load; the renamed claim's batch and
    # those of the first and last claim (the layout's check) were made, no other.
    assert made.made_batches() <= 3
    after = path.read_bytes()
    assert after == before.replace(b"  pier-30:\n", b"  pier-thirty:\n")
    _assert_cache_reads_as_fresh(path)
    # The batches the write did not make are stored entry for entry as they were.
    stored_after = _cache_index(path)[2]
    assert len(stored_after) == len(stored_before)
    kept = [old == new for old, new in zip(stored_before, stored_after, strict=True)]
    assert kept.count(False) == 1
    with edit_ledger(path) as editor:
        assert "pier-thirty" in editor.claim_ids() and "pier-30" not in editor.claim_ids()


def test_a_write_on_a_laid_out_ledger_reads_the_places_of_the_claims_it_composes_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the layout a write stored, the splice's index reads no claim's place but
    # those of the claims a write composes (their key lines, for their statements'
    # lines), and the ids of the write's editor: what it writes is what a write
    # composing the whole text writes.
    from claimtrack import _splice
    from claimtrack.ledger import LedgerEditor, update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    whole = tmp_path / "whole" / "claims.yaml"
    whole.parent.mkdir()
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    whole.write_bytes(path.read_bytes())
    cache._loaded.clear()
    cache._parts_read.clear()
    read_ledger(path)
    read: list[int] = []
    spots_between = cache._LazyClaims.spots_between

    def spy(self: Any, start: int, stop: int) -> list[tuple[int, int] | None]:
        read.append(stop - start)
        return spots_between(self, start, stop)

    monkeypatch.setattr(cache._LazyClaims, "spots_between", spy)

    def change(editor: LedgerEditor) -> None:
        said = Statement(
            Stance.DENIES,
            "The harbour master denied pier 31 stays shut.",
            "pier 31 stays shut",
            "harbour-news",
            3,
            speaker="the harbour master",
            cue="denied",
        )
        editor.add_statement("pier-31", said)
        editor.rename_claim("pier-44", "pier-forty-four")

    update_ledger(path, change)
    assert 0 < sum(read) <= 4, read
    assert cache._loaded_batches[0].claims.made_batches() <= 3
    _assert_cache_reads_as_fresh(path)
    monkeypatch.setattr(_splice.Index, "by_parts", staticmethod(lambda *a, **k: None))
    update_ledger(whole, change)
    assert path.read_bytes() == whole.read_bytes()


def test_a_hand_edit_in_a_batch_a_write_leaves_alone_is_still_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, _ = _cached_in_small_batches(tmp_path, monkeypatch, 60)
    _edit_claim_text(path, 52, "stays open all summer")
    update_ledger(path, lambda editor: editor.rename_claim("pier-3", "pier-three"))
    text = path.read_text(encoding="utf-8")
    assert "Pier 52 of the harbour stays open all summer\n" in text
    assert "  pier-three:\n" in text
    _assert_cache_reads_as_fresh(path)
    again = read_ledger(path)
    edited = again.claim("pier-52")
    assert edited is not None and edited.text == "Pier 52 of the harbour stays open all summer"


def test_the_claims_citing_a_source_are_the_same_from_a_cache_load_not_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_BATCH_MOST", 8)
    monkeypatch.setattr(cache, "_BATCH_LEAST", 3)
    path = tmp_path / "claims.yaml"
    _claims_of_three_sources(path, 40)
    read_ledger(path)
    cache._loaded.clear()
    cache._parts_read.clear()
    lazy = read_ledger(path).claims
    fresh, _ = _parse_fresh(path)
    assert fresh is not None and isinstance(lazy, cache._LazyClaims)
    for wanted in (["river-post"], ["canal-times", "harbour-news"], ["no-such-source"]):
        found = [claim.id for claim in cache.claims_citing(lazy, wanted)]
        assert found == [claim.id for claim in cache.claims_citing(fresh.claims, wanted)]
    assert cache.parties_holding(lazy, "desk") == cache.parties_holding(fresh.claims, "desk")


def test_the_ids_texts_and_digests_of_claims_not_made_are_those_of_the_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    fresh, _ = _parse_fresh(path)
    assert fresh is not None
    claims = ledger.claims
    assert cache.claim_texts(claims) == [(c.id, c.text) for c in fresh.claims]
    assert claims.made_batches() == 0
    # Digests the cache does not keep yet are worked out from the claims, made.
    made = [(c.id, cache.texts_digest(c)) for c in claims]
    cache._loaded.clear()
    cache._parts_read.clear()
    again = read_ledger(path).claims
    assert isinstance(again, cache._LazyClaims)
    assert cache.claim_digests(again) == made
    # Once a write stored them, they are read from the batches, the digest of the
    # claim the write built anew with them: no batch is made.
    update_ledger(path, lambda editor: editor.rename_claim("pier-2", "pier-two"))
    cache._loaded.clear()
    cache._parts_read.clear()
    stored = read_ledger(path).claims
    assert isinstance(stored, cache._LazyClaims)
    digests = cache.claim_digests(stored)
    assert stored.made_batches() == 0
    assert stored[2].__dict__["_raw"].digest is not None
    assert digests == [(c.id, cache.texts_digest(c)) for c in tuple(stored)]
    assert [claim_id for claim_id, _ in digests] == cache.claim_ids(stored)
    built = cache.ClaimsBuilder()
    built.add_stretch(stored, 0, 10)
    built.add(fresh.claims[0])
    built.add_stretch(stored, 11, 40)
    joined = built.built()
    assert cache.claim_texts(joined) == [(c.id, c.text) for c in joined]
    assert cache.claim_digests(joined) == [(c.id, cache.texts_digest(c)) for c in joined]


def test_a_claim_is_found_by_id_making_its_batch_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, 40)
    fresh, _ = _parse_fresh(path)
    assert fresh is not None and isinstance(ledger.claims, cache._LazyClaims)
    found = ledger.claim("pier-33")
    assert found is not None and found.id == "pier-33" and found == fresh.claim("pier-33")
    assert ledger.claims.made_batches() == 1
    assert ledger.claim("pier-40") is None and ledger.claims.made_batches() == 1
    built = cache.ClaimsBuilder()
    built.add_stretch(ledger.claims, 0, 20)
    built.add(dataclasses.replace(fresh.claims[5], id="pier-33"))
    built.add_stretch(ledger.claims, 20, 40)
    joined = dataclasses.replace(ledger, claims=built.built())
    first = joined.claim("pier-33")
    assert first is not None and first.position == fresh.claims[5].position
    assert joined.claim("pier-39") is ledger.claims[39]


def _counting_hashes(monkeypatch: pytest.MonkeyPatch, hashed: list[int]) -> None:
    """Have the cache's SHA-256 count the bytes it hashes into `hashed`."""
    import hashlib

    from claimtrack import cache

    class Hashing:
        @staticmethod
        def sha256(data: Any = b"") -> Any:
            hashed.append(len(data))
            return hashlib.sha256(data)

    monkeypatch.setattr(cache, "hashlib", Hashing)


def test_a_change_hashes_again_only_the_pieces_it_is_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import cache

    monkeypatch.setattr(cache, "_PIECE_LEAST", 64)
    monkeypatch.setattr(cache, "_CUT_ONE_IN", 1)  # pieces of a line or two past 64 bytes
    monkeypatch.setattr(cache, "_DIGESTED", [])
    monkeypatch.setattr(cache, "_COPIED", [])
    hashed: list[int] = []
    sources = b"version: 1\nsources:\n  news:\n    extracted: [a1]\n"
    sources += b"".join(b"  s%d:\n    path: s%d.txt\n" % (n, n) for n in range(20))
    claims = b"claims:\n" + b"".join(b"  c%d:\n    text: pier %d\n" % (n, n) for n in range(400))
    old = sources + claims
    assert cache.digest_of(old) == _content_key(old, 64)
    _counting_hashes(monkeypatch, hashed)
    # A source's entry grows: the pieces after it are found again, not hashed.
    new = old.replace(b"[a1]", b"[a1, b2]")
    assert cache.digest_of(new) == _content_key(new, 64)
    assert 0 < sum(hashed[:-1]) < 2 * 64 + 40  # the last: the key of the hashes
    # A claim changed in the middle and another at the end: their pieces alone.
    hashed.clear()
    newer = new.replace(b"pier 200\n", b"pier two hundred\n").replace(b"pier 399", b"pier 3999")
    assert cache.digest_of(newer) == _content_key(newer, 64)
    assert 0 < sum(hashed[:-1]) < 4 * (64 + 40)


def test_bytes_a_splice_made_find_the_ends_of_copied_pieces_without_searching_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A write of a big ledger changes one claim near the end: the pieces before it lie
    # in the stretch the splice copied, so where each ends is where it ended in the
    # bytes read, shifted, and only the pieces from the change on are cut by looking.
    from claimtrack import cache
    from claimtrack._splice import Splices

    monkeypatch.setattr(cache, "_PIECE_LEAST", 128)
    monkeypatch.setattr(cache, "_DIGESTED", [])
    monkeypatch.setattr(cache, "_COPIED", [])
    lines = (b"  harbour-%d:\n    text: the tug %d docked at noon\n" % (n, n) for n in range(900))
    old = b"claims:\n" + b"".join(lines)
    assert cache.digest_of(old) == _content_key(old, 128)
    pieces = len(cache._DIGESTED[-1][2])
    searched: list[int] = []
    piece_end = cache._piece_end

    def counted(data: bytes, start: int) -> int:
        searched.append(start)
        return piece_end(data, start)

    monkeypatch.setattr(cache, "_piece_end", counted)
    splices = Splices(old)
    at = old.index(b"the tug 850 docked")
    splices.replace(at, at + len(b"the tug 850"), "the tugboat 850")
    made = splices.apply()
    assert cache.digest_of(made) == _content_key(made, 128)
    assert pieces > 20 and 0 < len(searched) <= 4, (pieces, searched)
    assert min(searched) > old.index(b"harbour-800:")


def test_spliced_bytes_are_keyed_as_the_bytes_they_join_without_joining_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The bytes a write makes are keyed from their pieces: a piece a change is in is
    # cut by looking through a stretch of them, longer as needed (an insertion of
    # many claims' lines), and hashed; the others are known from the copied pieces.
    from claimtrack._splice import Splices
    from claimtrack._spliced import Spliced

    monkeypatch.setattr(cache, "_PIECE_LEAST", 128)
    monkeypatch.setattr(cache, "_PIECE_REACH", 16)
    monkeypatch.setattr(cache, "_DIGESTED", [])
    monkeypatch.setattr(cache, "_COPIED", [])
    rng = random.Random(5)
    old = b"claims:\n" + b"".join(
        b"  lock-%d:\n    text: the barge %d waits at the lock\n" % (n, n) for n in range(700)
    )
    for _ in range(12):
        assert cache.digest_of(old) == _content_key(old, 128)
        splices = Splices(old)
        for at in sorted(rng.sample(range(len(old)), 3)):
            inserted = "".join(
                f"  quay-{n}:\n    text: moored\n" for n in range(rng.choice([0, 1, 40]))
            )
            splices.insert(old.index(b"\n  ", at) + 1, inserted)
        whole = Splices(old, list(splices.edits)).apply()
        made = splices.spliced()
        with monkeypatch.context() as patched:
            patched.setattr(Spliced, "joined", lambda self: pytest.fail("joined whole"))
            assert cache.digest_of(made) == _content_key(whole, 128)
            # The same bytes read back from the file: their pieces found in the spliced
            # ones, compared a stretch at a time.
            assert cache.digest_of(bytes(bytearray(whole))) == _content_key(whole, 128)
        old = whole


@pytest.mark.parametrize("made_by_splice", [False, True])
def test_the_cuts_after_an_insertion_longer_than_a_claim_come_back_to_their_lines(
    monkeypatch: pytest.MonkeyPatch, made_by_splice: bool
) -> None:
    # An insertion of many claims' lines near the top (an `extract` filing statements
    # under the first claims) moves what follows further than the space between two
    # claims: the lines the text chooses to end pieces are still the same lines, and
    # the pieces after the first one or two past the insertion are found again.
    from claimtrack import cache
    from claimtrack._splice import Splices

    monkeypatch.setattr(cache, "_PIECE_LEAST", 256)
    monkeypatch.setattr(cache, "_DIGESTED", [])
    monkeypatch.setattr(cache, "_COPIED", [])
    old = b"claims:\n" + b"".join(b"  c%d:\n    text: pier %d\n" % (n, n) for n in range(3000))
    assert cache.digest_of(old) == _content_key(old, 256)
    pieces = len(cache._DIGESTED[-1][2])
    at = old.index(b"  c40:")
    inserted = b"".join(b"    - quote: the ferry %d is late\n" % n for n in range(12))
    new = old[:at] + inserted + old[at:]
    if made_by_splice:
        splices = Splices(old)
        splices.replace(at, at, inserted.decode())
        new = splices.apply()
    hashed: list[int] = []
    _counting_hashes(monkeypatch, hashed)
    assert cache.digest_of(new) == _content_key(new, 256)
    assert len(inserted) > 10 * len(b"  c40:\n    text: pier 40\n")
    assert 0 < len(hashed[:-1]) <= 4 < pieces // 10, (hashed, pieces)
    # Were every line indented two spaces a piece's end, each piece after the
    # insertion would end on another line, and be hashed again.
    monkeypatch.setattr(cache, "_CUT_ONE_IN", 1)
    monkeypatch.setattr(cache, "_DIGESTED", [])
    cache.digest_of(bytes(bytearray(old)))
    hashed.clear()
    cache.digest_of(bytes(bytearray(new)))
    assert len(hashed[:-1]) > pieces // 2


def test_bytes_a_splice_made_hash_only_their_changed_pieces_without_comparing_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import cache
    from claimtrack._splice import Splices

    monkeypatch.setattr(cache, "_PIECE_LEAST", 64)
    monkeypatch.setattr(cache, "_CUT_ONE_IN", 1)  # pieces of a line or two past 64 bytes
    monkeypatch.setattr(cache, "_DIGESTED", [])
    monkeypatch.setattr(cache, "_COPIED", [])
    old = b"claims:\n" + b"".join(b"  c%d:\n    text: pier %d\n" % (n, n) for n in range(400))
    text = bytes(bytearray(old))
    assert cache.digest_of(text) == _content_key(text, 64)
    pieces = cache._DIGESTED[-1][2]
    hashed: list[int] = []
    _counting_hashes(monkeypatch, hashed)
    compared: list[int] = []

    class Counted(bytes):
        def startswith(self, *args: Any) -> bool:  # type: ignore[override]
            compared.append(1)
            return super().startswith(*args)

    # The bytes a splice makes of the bytes digested last: the piece changed hashed,
    # the others known from the stretches the splice copied, none compared.
    splices = Splices(text)
    at = text.index(b"pier 399")
    splices.replace(at, at + 8, "pier 3999")
    made = splices.apply()
    assert made == old.replace(b"pier 399", b"pier 3999")
    monkeypatch.setattr(cache, "_COPIED", [(Counted(made), *cache._COPIED[0][1:])])
    made = cache._COPIED[0][0]
    assert cache.digest_of(made) == _content_key(made, 64)
    assert 0 < sum(hashed[:-1]) < 64 + 40 and not compared
    # Equal bytes, another object: compared piece by piece, not taken for the splice's.
    hashed.clear()
    again = Counted(made)
    assert cache.digest_of(again) == _content_key(made, 64)
    assert not sum(hashed[:-1]) and compared
    # The stretches a splice copied are believed only of the bytes digested last.
    copies = [(0, 0, len(made))]
    monkeypatch.setattr(cache, "_DIGESTED", [(text, "", pieces)])
    cache.note_copies(made, bytes(bytearray(text)), copies)
    compared.clear()
    assert cache.digest_of(made) == _content_key(made, 64)
    assert compared
    # (Believed, what they say is taken: told that every piece of the bytes before is
    # in them, the hashes of those pieces are taken, wrong ones too.)
    wrong = [(start, end, b"wrong") for start, end, _ in pieces]
    monkeypatch.setattr(cache, "_DIGESTED", [(text, "", wrong)])
    cache.note_copies(made, text, copies)
    assert cache.digest_of(made) != _content_key(made, 64)


def _sources_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts each time a cache load's sources are made (unmarshalled, built)."""
    made: list[int] = []
    build = cache._StoredSources.made

    def counted(self: cache._StoredSources) -> tuple[Any, ...]:
        if self._made is None:
            made.append(1)
        return build(self)

    monkeypatch.setattr(cache._StoredSources, "made", counted)
    return made


def test_a_write_that_changes_no_source_never_makes_the_cached_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 30)
    sources = tuple(truth.sources)
    # A first write keeps what it found of each source's lines; the next need not.
    update_ledger(path, lambda editor: editor.rename_claim("pier-1", "pier-one"))
    made = _sources_made(monkeypatch)
    cache._loaded.clear()
    cache._parts_read.clear()
    update_ledger(path, lambda editor: editor.rename_claim("pier-5", "pier-five"))
    said = dataclasses.replace(_a_statement(4), source="harbour-news", party=None)
    update_ledger(path, lambda editor: editor.add_statement("pier-20", said))
    assert made == []
    # The ids the index keeps are the sources' own, told without making them.
    cache._loaded.clear()
    cache._parts_read.clear()
    ledger = read_ledger(path)
    assert cache.source_ids(ledger.sources) == tuple(s.id for s in sources)
    assert made == [] and len(ledger.sources) == len(sources)
    assert ledger.sources == sources and made == [1]
    _assert_cache_reads_as_fresh(path)


def test_a_write_that_changes_a_source_stores_it_and_reads_back_as_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ledger import update_ledger

    path, truth = _cached_in_small_batches(tmp_path, monkeypatch, 30)
    cache._loaded.clear()
    cache._parts_read.clear()
    source = dataclasses.replace(truth.sources[0], title="A title given later")
    update_ledger(path, lambda editor: editor.put_source(source))
    cache._loaded.clear()
    cache._parts_read.clear()
    ledger = read_ledger(path)
    assert ledger.sources[0].title == "A title given later"
    assert cache.source_ids(ledger.sources) == tuple(s.id for s in truth.sources)
    _assert_cache_reads_as_fresh(path)


def _settled_in_small_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> tuple[Path, Ledger]:
    """As `_cached_in_small_batches`, its bytes marked settled as an `extract` leaves them."""
    path, ledger = _cached_in_small_batches(tmp_path, monkeypatch, count)
    cache.remember_settled(path, cache.digest_of(path.read_bytes()))
    return path, ledger


def _edited_by_hand(path: Path) -> None:
    """Edits a person makes in an editor: one statement's stance, one claim's text, a
    comment above a claim (the lines below move), a claim taken out."""
    text = path.read_text(encoding="utf-8")
    head = "  pier-10:\n"
    at = text.index(head)
    text = text[:at] + text[at:].replace("stance: asserts", "stance: denies", 1)
    text = text.replace("text: Pier 20 of the harbour closes", "text: Pier 20 of the harbour opens")
    text = text.replace("  pier-40:\n", "  # the pier the council owns\n  pier-40:\n")
    start = text.index("  pier-50:\n")
    text = text[:start] + text[text.index("  pier-51:\n") :]
    path.write_text(text, encoding="utf-8")


def _carried(path: Path) -> set[str] | None:
    """What the settled mark names once the edited ledger is first read, the cache
    load of the bytes marked read afresh from its files (nothing kept in memory)."""
    cache._loaded.clear()
    cache._parts_read.clear()
    read_ledger(path)
    return cache.known_settled(path, cache.digest_of(path.read_bytes()))


def test_a_hand_edit_carries_the_settled_mark_making_only_the_claims_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _settled_in_small_batches(tmp_path, monkeypatch, 80)
    loads: list[Ledger] = []
    unsettled_after = cache._unsettled_after

    def watched(before: Ledger, after: Ledger, unsettled: set[str]) -> set[str] | None:
        loads.append(before)
        return unsettled_after(before, after, unsettled)

    monkeypatch.setattr(cache, "_unsettled_after", watched)
    _edited_by_hand(path)
    # The stance edited is told although the claim's texts are as they were; the
    # claims below the comment are as they were, in new lines.
    assert _carried(path) == {"pier-10", "pier-20"}
    # The claims before are compared by their stored parts, read from the parts file:
    # only the batches of the claims edited or taken out are made.
    [before] = loads
    assert isinstance(before.claims, cache._LazyClaims)
    assert before.claims.made_batches() <= 3 < len(before.claims.stored_batches())


def test_the_mark_carried_from_the_stored_parts_is_the_one_claim_by_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast_folder, slow_folder = tmp_path / "parts", tmp_path / "claims"
    fast_folder.mkdir()
    slow_folder.mkdir()
    fast, _ = _settled_in_small_batches(fast_folder, monkeypatch, 60)
    _edited_by_hand(fast)
    carried = _carried(fast)
    # The same, every claim before made and compared with the claim after it.
    slow, _ = _settled_in_small_batches(slow_folder, monkeypatch, 60)
    _edited_by_hand(slow)
    monkeypatch.setattr(cache, "_stored_parts", lambda claims: [None] * len(claims))
    assert carried == _carried(slow) == {"pier-10", "pier-20"}


def test_a_claim_whose_stored_parts_fail_their_seal_carries_no_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _settled_in_small_batches(tmp_path, monkeypatch, 60)
    ledger = cache.load_cached(path, cache.digest_of(path.read_bytes()))
    assert ledger is not None
    # The parts of a claim no edit touches damaged: the claim it was cannot be told,
    # as the bytes the mark holds for are gone from the file (edited since).
    _, start, end = _guarded(ledger, ledger.claims[5])
    [parts] = _parts_files(path)
    data = bytearray(parts.read_bytes())
    data[(start + end) // 2] ^= 0x01
    parts.write_bytes(bytes(data))
    _edited_by_hand(path)
    assert _carried(path) is None
    fresh, problems = _parse_fresh(path)
    assert not problems and read_ledger(path) == fresh


def _claims_citing_sources_of_their_own(path: Path, count: int) -> None:
    """A ledger of `count` sources, each cited by one claim of its own."""
    lines = ["version: 1", "sources:"]
    for number in range(count):
        lines += [
            f"  gazette-{number}:",
            f"    path: sources/gazette-{number}.txt",
            f"    sha256: {f'{number:02x}' * 32}",
        ]
    lines.append("claims:")
    for number in range(count):
        lines += [
            f"  ferry-{number}:",
            f"    text: Ferry {number} sails at dawn from the north quay",
            "    statements:",
            "    - stance: asserts",
            "      speaker: the port authority",
            "      cue: announced",
            f"      source: gazette-{number}",
            "      line: 1",
            f"      content: ferry {number} sails at dawn",
            f"      quote: The port authority announced ferry {number} sails at dawn.",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cached_sources_in_groups_of_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Ledger]:
    """A ledger of 9 sources cached two sources to a group (five groups), read back
    from its cache files: its path and the ledger a fresh parse gives."""
    monkeypatch.setattr(cache, "_SOURCES_GROUP", 2)
    path = tmp_path / "claims.yaml"
    _claims_citing_sources_of_their_own(path, 9)
    fresh, problems = _parse_fresh(path)
    assert not problems
    read_ledger(path)
    cache._loaded.clear()
    cache._parts_read.clear()
    return path, fresh


def _groups_made(sources: Sequence[Any]) -> int:
    """How many groups of a cache load's sources were unmarshalled."""
    assert isinstance(sources, cache._StoredSources)
    return sum(group is not None for group in sources._groups)


def test_show_decodes_only_the_sources_the_claim_cites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, fresh = _cached_sources_in_groups_of_two(tmp_path, monkeypatch)
    ledger = read_ledger(path)
    claim = ledger.claim("ferry-6")
    assert claim is not None and _groups_made(ledger.sources) == 0
    shown = reports.show_report(ledger, claim)
    fresh_claim = fresh.claim("ferry-6")
    assert fresh_claim is not None and shown == reports.show_report(fresh, fresh_claim)
    assert _groups_made(ledger.sources) == 1  # gazette-6's group, of five
    assert ledger.source("gazette-6") == fresh.source("gazette-6")
    assert ledger.source("gazette-9") is None
    assert ledger.sources[-1] == fresh.sources[-1] and _groups_made(ledger.sources) == 2
    assert list(ledger.sources) == list(fresh.sources)


def test_list_decodes_no_source_and_counts_a_copy_as_its_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_SOURCES_GROUP", 2)
    path = tmp_path / "claims.yaml"
    _claims_citing_sources_of_their_own(path, 9)
    text = path.read_text(encoding="utf-8")
    # gazette-7 runs gazette-2 again, and one more claim cites them both.
    text = text.replace(
        "    path: sources/gazette-7.txt\n",
        "    path: sources/gazette-7.txt\n    copy_of: gazette-2\n",
    )
    text += "".join(
        [
            "  tolls:\n",
            "    text: Bridge tolls rise in the spring\n",
            "    statements:\n",
            *(
                "    - stance: asserts\n"
                "      speaker: the mayor\n"
                "      cue: said\n"
                f"      source: gazette-{number}\n"
                "      line: 2\n"
                "      content: bridge tolls rise in the spring\n"
                "      quote: The mayor said bridge tolls rise in the spring.\n"
                for number in (2, 7)
            ),
        ]
    )
    path.write_text(text, encoding="utf-8")
    fresh, problems = _parse_fresh(path)
    assert not problems
    read_ledger(path)
    cache._loaded.clear()
    cache._parts_read.clear()
    ledger = read_ledger(path)
    listed = reports.list_report(ledger)
    assert _groups_made(ledger.sources) == 0
    assert listed == reports.list_report(fresh)
    tolls = [record for record in listed.records if record["id"] == "tolls"]
    assert tolls[0]["sources"] == 2 and tolls[0]["independent_sources"] == 1


def test_a_damaged_group_of_sources_is_read_from_the_ledger_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, fresh = _cached_sources_in_groups_of_two(tmp_path, monkeypatch)
    read_ledger(path)
    target = cache._cache_file(path)
    _, _, start, sizes = cache._sources_known[target]
    parts = cache._parts_file(target, cache._parts_read[target].token)
    cache._loaded.clear()
    cache._parts_read.clear()
    cache._sources_known.clear()
    data = bytearray(parts.read_bytes())
    data[start + sizes[0] + sizes[1] + 3] ^= 0x01  # in the third group: gazette-4, -5
    parts.write_bytes(bytes(data))
    ledger = read_ledger(path)
    assert ledger.sources_of({"gazette-5", "gazette-0"}) == fresh.sources_of(
        {"gazette-5", "gazette-0"}
    )
    assert tuple(ledger.sources) == tuple(fresh.sources)


def test_a_write_adding_a_source_keeps_the_bytes_of_the_groups_it_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _cached_sources_in_groups_of_two(tmp_path, monkeypatch)
    ledger = read_ledger(path)
    ledger.source("gazette-0")
    made: list[int] = []
    dumps = marshal.dumps

    def counted(value: Any, *args: Any) -> bytes:
        if isinstance(value, list) and value and isinstance(value[0], dict):
            made.append(len(value))
        return dumps(value, *args)

    monkeypatch.setattr(cache.marshal, "dumps", counted)
    sources = (*ledger.sources[:8], dataclasses.replace(ledger.sources[8], title="Evening"))
    cache.store_cached(path, "0" * 64, dataclasses.replace(ledger, sources=sources))
    assert made == [1]  # the last group alone, whose source changed
    monkeypatch.setattr(cache.marshal, "dumps", dumps)
