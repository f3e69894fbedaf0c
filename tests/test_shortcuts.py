"""Work saved on the way to an answer gives the answer the long way gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import describe, extraction

# Pieces of text a name is made of, and what may stand around it.
_BITS = [
    "Okafor",
    "Lena Okafor",
    "Mr Okafor",
    "O'Hare",
    "Ruiz-Vega",
    "Li",
    " ",
    "  ",
    "-",
    "'",
    "\u2019",
    "_",
    "\u00e9",
    "7",
    "\u0663",
    ".",
    "\n",
    "said",
    "Ab ",
]


def _head_pattern(head: str) -> re.Pattern[str]:
    """The pattern the forms of a head noun were once found with."""
    if head.endswith("ies"):
        forms = rf"{re.escape(head[:-3])}(?:y|ies)"
    elif head.endswith(("ses", "xes", "ches", "shes")):
        forms = rf"{re.escape(head[:-2])}(?:es)?"
    elif head.endswith("s") and not head.endswith("ss"):
        forms = rf"{re.escape(head[:-1])}s?"
    else:
        forms = rf"{re.escape(head)}(?:s|es)?"
    return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")


def _alone_by_pattern(text: str, last: str) -> int:
    return len(re.findall(rf"(?<![\w'\u2019-])(?<![A-Z][a-z] ){re.escape(last)}\b", text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BITS), max_size=14), st.sampled_from(["Okafor", "O'Hare", "Li"]))
def test_a_last_name_written_alone_is_counted_as_the_pattern_counts_it(
    bits: list[str], last: str
) -> None:
    text = "".join(bits)
    assert describe._alone(text, last) == _alone_by_pattern(text, last)


def test_a_last_name_after_a_short_title_or_inside_a_word_is_not_alone() -> None:
    text = "Okafor spoke. Dr Okafor left; Okafors stayed, Mr Okafor said, as Okafor did."
    assert describe._alone(text, "Okafor") == 2 == _alone_by_pattern(text, "Okafor")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *["man", "men", "woman", "-", " ", "_", "7", "s", "es", "é", ".", "boxes", "x"],
                "cit",
                "y",
                "ies",
                "start-up",
                "church",
                "ches",
                "gas",
                "ss",
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(
        ["man", "box", "boxes", "start-up", "city", "cities", "x7", "churches", "gas", "mass"]
    ),
)
def test_a_head_is_found_where_its_pattern_finds_it(bits: list[str], head: str) -> None:
    text = "".join(bits)
    assert list(describe._heads_in(text, head)) == [
        m.span() for m in _head_pattern(head).finditer(text)
    ]


def test_a_head_inside_a_longer_word_or_after_a_hyphen_is_not_one() -> None:
    text = "The man, a fireman, a he-man and the man's mans; manly woman_man."
    found = list(describe._heads_in(text, "man"))
    assert [text[start:end] for start, end in found] == ["man", "man", "mans"]
    assert found == [m.span() for m in _head_pattern("man").finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *[
                    "the",
                    "The",
                    "robotics",
                    "company",
                    "Knightscope",
                    "x",
                    "&",
                    ".",
                    "'",
                    "a",
                    "_",
                    "7",
                ],
                *["Li Wei", ",", " ", "  ", "-", "\u2019", "\u00c9mile"],
            ]
        ),
        max_size=14,
    )
)
def test_a_pattern_with_its_look_behind_tested_after_finds_what_it_finds(bits: list[str]) -> None:
    text = "".join(bits)
    described = r"robotics\s+company"
    name = r"((?-i:[A-Z])[\w&.'\u2019-]*(?: (?-i:[A-Z])[\w&.'\u2019-]*){0,2})"
    for pattern, also in (
        (rf"{described}(,?) +{name}", "-"),
        (rf"(?i:{described}) +{name}\b", "-"),
        (rf"{name}, +(?:a|an|the) +(?:[a-z][\w-]* +){{0,3}}{described}\b", "'\u2019&.-"),
        (r"company(?: company)*", "-"),
    ):
        behind = rf"(?<![\w{re.escape(also)}])"
        assert [m.span() for m in describe._not_after(pattern, text, also)] == [
            m.span() for m in re.finditer(behind + pattern, text)
        ]


def test_a_name_beside_a_description_is_found_after_no_letter() -> None:
    article = (
        "Patrols by robotics company Knightscope began in May. Knightscope said its "
        "robots were safe, and Knightscope, a robotics company, said more would follow."
    )
    assert describe._named(article, "company", ["robotics"]) == "Knightscope"
    assert (
        describe._named(article.replace(" robotics", " xrobotics"), "company", ["robotics"]) is None
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *["Okafor", "Lena", "lena", "Jo", "Mc", "x", "_", "1", ".", "Jr.", "Okafors"],
                *[" ", "  ", "\n", "\u00a0", "\u00c9", "\u00e9", "-", "A", "a"],
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(["Okafor", "Jr.", "A", "\u00c9m"]),
)
def test_forenames_before_a_surname_are_those_its_pattern_finds(
    bits: list[str], surname: str
) -> None:
    text = "".join(bits)
    pattern = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b")
    assert extraction._forenames(text, surname) == pattern.findall(text)


def test_a_forename_is_a_capitalised_word_right_before_the_surname() -> None:
    text = "Lena Okafor and Tomas  Okafor met; McLena Okafor, lena Okafor and Dr Okafors did not."
    assert extraction._forenames(text, "Okafor") == ["Lena", "Tomas"]
