"""Patterns written blind to case, rewritten case-sensitive (`cased_pattern`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack._patterns import cased_pattern

# A pattern of the kinds of pieces a rule's wording holds: letters, classes,
# groups, lookarounds, case-neutral escapes and a group kept case-sensitive.
_WORDING = (
    r"\b(?:sign(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?(?:deal|pact)"
    r"|kn[eo]w\w*|(?P<verb>walk(?:s|ed)?)(?!\s+in)\s+out|(?<=the\s)keys?|[h-t]+['\u2019]s"
    r"|play(?:s|ed)?(?=\s+(?-i:[A-Z]))|[^,.;:\s]ask)\b"
)


def test_letters_become_their_cases_and_the_rest_stays() -> None:
    k = "[kK\u212a]"
    assert cased_pattern(r"\bta(?:ke|ok)\s+off\b") == (
        rf"\b[tT][aA](?:{k}[eE]|[oO]{k})\s+[oO][fF][fF]\b"
    )
    assert cased_pattern("g[eo]t") == "[gG][eEoO][tT]"
    assert cased_pattern("[^,.;]") == "[^,.;]"
    assert cased_pattern("[]a]") == "[]aA]"
    assert cased_pattern("[h-m0-9]") == "[h-mH-M\u0130\u0131\u212a0-9]"
    assert cased_pattern(r"(?P<verb>x)\u2019") == r"(?P<verb>[xX])\u2019"
    # A group already case-sensitive is copied as it is.
    assert (
        cased_pattern("plays(?=\\s(?-i:[A-Z]))") == "[pP][lL][aA][yY][sS\u017f](?=\\s(?-i:[A-Z]))"
    )


@pytest.mark.parametrize(
    "text",
    [
        "They SIGNED the DEAL",
        "the union Signed a new pact",
        "nobody kNeW it",
        "the players walked out",
        "they walked in",
        "the Keys and the KEY",
        "Rhea plays Juliet",
        "Rhea plays juliet",
        "Ask, then xASK",
        "the Kiosk's roof and SIX\u2019S",
    ],
)
def test_the_cased_pattern_finds_what_the_blind_one_finds(text: str) -> None:
    cased = re.compile(cased_pattern(_WORDING))
    blind = re.compile(_WORDING, re.IGNORECASE)
    assert [m.span() for m in cased.finditer(text)] == [m.span() for m in blind.finditer(text)]


@given(
    st.text(alphabet="signedalpactkowSIGNEDPACTKOW '\u2019\u0130\u0131\u212a\u017f,x", max_size=30)
)
def test_other_forms_of_a_letter_match_as_blind_to_case(text: str) -> None:
    """Dotted and dotless i, the Kelvin sign and the long s, which the engine takes
    for i, k and s blind to case, are matched by the cased pattern as well."""
    cased = re.compile(cased_pattern(_WORDING))
    blind = re.compile(_WORDING, re.IGNORECASE)
    assert [m.span() for m in cased.finditer(text)] == [m.span() for m in blind.finditer(text)]


@pytest.mark.parametrize(
    "source",
    ["[A-z]+", r"\x41", "(?P=verb)", "(?x)say", r"\1", r"[\u00e0]", "caf\u00e9", "[]\u00e9]"],
)
def test_a_piece_it_cannot_rewrite_exactly_is_an_error(source: str) -> None:
    with pytest.raises(ValueError, match="cased_pattern"):
        cased_pattern(source)
