"""Patterns compiled on first use behave as compiled ones."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from claimtrack import _lazyre


def test_a_pattern_is_compiled_only_when_first_used() -> None:
    pattern = _lazyre.compile(r"\bferr(y|ies)\b", _lazyre.IGNORECASE)
    assert pattern._compiled is None  # type: ignore[attr-defined]
    assert pattern.pattern == r"\bferr(y|ies)\b"
    assert pattern.search("Two Ferries left") is not None
    assert pattern._compiled is not None  # type: ignore[attr-defined]


def test_every_method_gives_what_the_compiled_pattern_gives() -> None:
    text = "The minister said 12 boats, then 7 more, had sailed."
    lazy = _lazyre.compile(r"(\d+) (boats|more)")
    eager = re.compile(r"(\d+) (boats|more)")
    for name in ("search", "match", "fullmatch", "findall", "split"):
        assert repr(getattr(lazy, name)(text)) == repr(getattr(eager, name)(text))
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub(r"<\2>", text) == eager.sub(r"<\2>", text)
    assert lazy.subn("x", text, count=1) == eager.subn("x", text, count=1)
    assert lazy.search(text, 20) is not None and eager.search(text, 20) is not None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        eager.flags,
        eager.groups,
        dict(eager.groupindex),
    )


def test_the_module_functions_take_a_lazy_pattern_or_a_text() -> None:
    lazy = _lazyre.compile(r"no+")
    text = "nooo, said the mayor; no"
    assert _lazyre.findall(lazy, text) == re.findall(r"no+", text)
    assert _lazyre.sub(lazy, "yes", text) == "yes, said the mayor; yes"
    assert _lazyre.subn(r"no+", "yes", text, count=1) == ("yes, said the mayor; no", 1)
    assert _lazyre.split(lazy, text) == re.split(r"no+", text)
    assert _lazyre.fullmatch(lazy, "noo") is not None
    assert _lazyre.match(r"NO", text, _lazyre.I) is not None
    assert _lazyre.search(lazy, text) is not None
    assert [m.group() for m in _lazyre.finditer(lazy, text)] == ["nooo", "no"]
    assert _lazyre.compile(lazy).search(text) is not None
    assert _lazyre.escape("a.b") == re.escape("a.b")


def test_equal_patterns_are_equal_whether_compiled_or_not() -> None:
    one = _lazyre.compile(r"said|told", _lazyre.I)
    two = _lazyre.compile(r"said|told", re.IGNORECASE)
    eager = re.compile(r"said|told", re.IGNORECASE)
    assert one == two and one == eager and eager == one
    assert len({one, two, eager}) == 1
    assert one != _lazyre.compile(r"said|told")


def test_a_lazy_pattern_hashes_as_its_compiled_pattern_every_time() -> None:
    lazy = _lazyre.compile(r"\b(?:denied|disputed|rejected)\b", _lazyre.I)
    eager = re.compile(r"\b(?:denied|disputed|rejected)\b", re.IGNORECASE)
    first = hash(lazy)
    assert first == hash(eager) == hash(lazy)
    assert {lazy: "cue"}[eager] == "cue" and {eager: "cue"}[lazy] == "cue"
    again = pickle.loads(pickle.dumps(lazy))
    assert hash(again) == first and copy.copy(lazy) == lazy


def test_a_lazy_pattern_survives_pickling_and_copying() -> None:
    pattern = _lazyre.compile(r"(?P<who>\w+) denied")
    for again in (pickle.loads(pickle.dumps(pattern)), copy.deepcopy(pattern), copy.copy(pattern)):
        found = again.search("Moscow denied it")
        assert found is not None and found.group("who") == "Moscow"


def test_a_bad_pattern_fails_when_first_used() -> None:
    pattern = _lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_a_pattern_made_as_a_text_is_read_is_compiled_once_for_the_run() -> None:
    # More patterns than `re` keeps: each is still compiled only the first time.
    words = [f"envoy{n}" for n in range(700)]
    for word in words:
        assert _lazyre.search(rf"\b{word}\b", f"the {word} said") is not None
    before = _lazyre._compiled.cache_info().misses  # type: ignore[attr-defined]
    for word in words:
        assert _lazyre.compile(rf"\b{word}\b").search(f"an {word}") is not None
        assert _lazyre.match(rf"\b{word}\b", f"{word} spoke") is not None
    assert _lazyre._compiled.cache_info().misses == before  # type: ignore[attr-defined]


def test_flags_go_with_a_text_and_are_refused_with_a_compiled_pattern() -> None:
    assert _lazyre.search(r"truce", "The TRUCE held", _lazyre.I) is not None
    assert _lazyre.search(r"truce", "The TRUCE held") is None
    with pytest.raises(ValueError, match="flags"):
        _lazyre.search(_lazyre.compile(r"truce"), "The TRUCE held", _lazyre.I)
    with pytest.raises(ValueError, match="flags"):
        re.search(re.compile(r"truce"), "The TRUCE held", re.I)


def test_the_module_functions_on_a_text_pattern_give_what_re_gives_with_any_flag_form() -> None:
    text = "Ferries sailed; the FERRY left at 9, a ferry at 10."
    pattern = r"\bferr(y|ies)\b"
    for flags in (0, re.IGNORECASE, int(re.IGNORECASE), _lazyre.I | _lazyre.M):
        assert repr(_lazyre.search(pattern, text, flags)) == repr(re.search(pattern, text, flags))
        assert repr(_lazyre.match(pattern, text, flags)) == repr(re.match(pattern, text, flags))
        assert repr(_lazyre.fullmatch(pattern, "ferry", flags)) == repr(
            re.fullmatch(pattern, "ferry", flags)
        )
        assert _lazyre.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert [m.span() for m in _lazyre.finditer(pattern, text, flags)] == [
            m.span() for m in re.finditer(pattern, text, flags)
        ]
        assert _lazyre.split(pattern, text, maxsplit=1, flags=flags) == re.split(
            pattern, text, maxsplit=1, flags=flags
        )
        assert _lazyre.sub(pattern, "boat", text, 2, flags) == re.sub(
            pattern, "boat", text, count=2, flags=flags
        )
        assert _lazyre.subn(pattern, "boat", text, 0, flags) == re.subn(
            pattern, "boat", text, flags=flags
        )
    # A byte pattern and a compiled one take the way they took before.
    assert _lazyre.findall(rb"\d+", b"9 and 10") == [b"9", b"10"]
    with pytest.raises(ValueError):
        _lazyre.search(re.compile("x"), "x", re.IGNORECASE)
