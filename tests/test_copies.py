"""Near-duplicate sources: a wire story in two outlets is a copy; related stories are not."""

from __future__ import annotations

from pathlib import Path

from claimtrack.copies import find_copies

SOURCES = Path(__file__).resolve().parent.parent / "sources"


def _seed(stem: str) -> str:
    return (SOURCES / f"{stem}.txt").read_text(encoding="utf-8")


def test_trimmed_and_retitled_wire_copy_is_found() -> None:
    original = _seed("004_60fe18ded0a385c3")
    trimmed = "WASHINGTON (Wire) - " + original[150:-200] + "\nCopyright the outlet."
    copies = find_copies([("004", original), ("copy", trimmed)])
    assert copies == {"copy": "004"}


def test_articles_on_the_same_event_are_not_copies() -> None:
    # The seeds all cover North Korean troops and the Biden-Xi meeting, in
    # different words: related, but independent reporting.
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SOURCES.glob("*.txt"))]
    assert find_copies(texts) == {}


def test_copy_of_a_copy_points_at_the_original() -> None:
    original = _seed("001_ff3e6cace46791f7")
    copies = find_copies(
        [("a", original), ("b", original + " (Yonhap)"), ("c", "Update: " + original)]
    )
    assert copies == {"b": "a", "c": "a"}


def test_short_texts_are_never_copies() -> None:
    assert find_copies([("a", "Moscow denies it."), ("b", "Moscow denies it.")]) == {}


def test_a_copy_goes_to_the_earlier_source_that_shares_most_whatever_order_hits_come_in() -> None:
    from claimtrack.copies import CopyFinder

    base = " ".join(f"word{n} filler{n % 7}" for n in range(200))
    trimmed = " ".join(base.split()[:300])
    finder = CopyFinder()
    assert finder.add("first", trimmed) is None
    assert finder.add("second", base) == "first"
    assert finder.add("third", base + " one more closing line of the wire story") == "first"
    assert finder.add("other", "an unrelated story " * 40) is None


def test_a_shingle_is_the_hash_of_five_words_joined_whatever_their_script() -> None:
    import zlib

    from claimtrack.copies import shingles

    text = "Le ministre a déclaré que la trêve à Görlitz tiendra jusqu'à l'été, selon l'agence."
    words = text.lower().replace(",", " ").replace(".", " ").replace("'", " ").split()
    hashes = {zlib.crc32(" ".join(words[i : i + 5]).encode()) for i in range(len(words) - 4)}
    assert shingles(text) == frozenset(h for h in hashes if h % 4 == 0)
    assert shingles("four words only here") == frozenset()
