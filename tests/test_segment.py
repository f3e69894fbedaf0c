"""Sentence and quotation spans over news text: the hard cases news copy throws at a splitter."""

# News copy uses curly apostrophes; they are the point of several tests.

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.segment import (
    MAX_QUOTE_CHARS,
    find_quotations,
    split_sentences,
    without_credits,
)


def sentences(text: str, **options: bool) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, **options)]


def quotations(text: str) -> list[str]:
    return [text[start:end] for start, end in find_quotations(text)]


def test_plain_sentences_split_at_full_stops() -> None:
    text = (
        "The US State Department accused 10,000 North Korean soldiers of participating in "
        "combat operations alongside the Russian army in Kursk province. Meanwhile, Moscow "
        "pointed out that Washington has no evidence."
    )
    assert sentences(text) == [
        "The US State Department accused 10,000 North Korean soldiers of participating in "
        "combat operations alongside the Russian army in Kursk province.",
        "Meanwhile, Moscow pointed out that Washington has no evidence.",
    ]


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = (
        "Mr. Sullivan met Gen. Park and Sen. J. Smith at St. Mary's. "
        "Dr. Lee, Gov. Hochul and Rep. Jones Jr. said so. Mrs. Kim agreed."
    )
    assert sentences(text) == [
        "Mr. Sullivan met Gen. Park and Sen. J. Smith at St. Mary's.",
        "Dr. Lee, Gov. Hochul and Rep. Jones Jr. said so.",
        "Mrs. Kim agreed.",
    ]


def test_acronyms_end_a_sentence_only_before_a_sentence_opening_word() -> None:
    text = (
        "U.S. officials urged China to act against the U.N. Security Council's critics. "
        "Russia has stepped up ties with the U.S. The talks resume at 9 a.m. Friday in Washington."
    )
    assert sentences(text) == [
        "U.S. officials urged China to act against the U.N. Security Council's critics.",
        "Russia has stepped up ties with the U.S.",
        "The talks resume at 9 a.m. Friday in Washington.",
    ]


def test_dates_numbers_and_versus() -> None:
    text = (
        "The call followed a Feb. 16 meeting. Nov. 17, 2024 saw 3.5 percent growth and "
        "No. 2 on the list, 10,000 troops, Russia vs. Ukraine. It ended in 2022. 10,000 more came."
    )
    assert sentences(text) == [
        "The call followed a Feb. 16 meeting.",
        "Nov. 17, 2024 saw 3.5 percent growth and No. 2 on the list, 10,000 troops, "
        "Russia vs. Ukraine.",
        "It ended in 2022.",
        "10,000 more came.",
    ]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    text = (
        "The ferry will carry two hundred cars and several buses.Harbour's director Ann Vole "
        "said the crossing opens in May. It was late.O'Neill agreed.Then the board voted."
    )
    assert sentences(text) == [
        "The ferry will carry two hundred cars and several buses.",
        "Harbour's director Ann Vole said the crossing opens in May.",
        "It was late.",
        "O'Neill agreed.",
        "Then the board voted.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tickets went on sale at the U.S.Embassy in town.",
        "The vote closes at 8 p.m.Friday in most states.",
        "Details are on example.co.uk and on Shopmart.com for everyone.",
        "The index rose 3.5 percent after the St.Louis branch reported.",
        "Orders go through www.Shopmart.com or mail.Shopmart.org only.",
        "The filing is at https://files.example.org/reports/annual.Report2024 online.",
        "Write to press@news.Example.org with questions.",
        "The file sits at /home/docs/notes.Draft for now.",
        "A rod of steel.A new one came.",
    ],
)
def test_a_glued_full_stop_in_a_name_address_or_number_ends_nothing(text: str) -> None:
    assert sentences(text) == [text]


def test_headlines_without_punctuation_end_at_the_line_break() -> None:
    text = (
        "10,000 North Korean soldiers deployed to Russia\n"
        "The U.S. reports it.\nWhat Blinken Is Saying\n"
    )
    assert sentences(text) == [
        "10,000 North Korean soldiers deployed to Russia",
        "The U.S. reports it.",
        "What Blinken Is Saying",
    ]


def test_numbered_list_items_keep_their_number() -> None:
    text = "1. The Nobel Committee doesn’t “regret” the prize. It said so."
    assert sentences(text) == ["1. The Nobel Committee doesn’t “regret” the prize.", "It said so."]


def test_question_inside_a_quotation_followed_by_attribution_is_one_sentence() -> None:
    text = '"Why now?" he asked. "Because," she said.'
    assert sentences(text) == ['"Why now?" he asked.', '"Because," she said.']


def test_a_named_speaker_after_a_closed_quotation_stays_with_it() -> None:
    text = (
        "“Russia, if you’re listening, I hope you’re able to find the emails.” Trump said. "
        "“Why?” Senator Ted Cruz asked on Tuesday. “Why not?” The crowd cheered."
    )
    assert sentences(text) == [
        "“Russia, if you’re listening, I hope you’re able to find the emails.” Trump said.",
        "“Why?” Senator Ted Cruz asked on Tuesday.",
        "“Why not?”",
        "The crowd cheered.",
    ]


def test_a_quotation_of_several_sentences_stays_in_one_sentence() -> None:
    text = (
        '"In an age of a new round of flourishing sci-tech revolution, neither decoupling nor '
        "supply-chain disruption is the solution. Only mutually beneficial cooperation can lead "
        'to common development," Xi was quoted as saying. But he cautioned against it.'
    )
    assert sentences(text) == [
        text[: text.index(" But")],
        "But he cautioned against it.",
    ]
    assert len(sentences(text, keep_quotes=False)) == 3


def test_brackets_and_apostrophes_inside_curly_quotes() -> None:
    text = (
        "“We believe that the DPRK [Democratic People’s Republic of Korea] has sent around "
        "10,000 soldiers in total to train in eastern Russia,” Deputy Pentagon press "
        "secretary Sabrina Singh told reporters. China’s embassy said nothing."
    )
    assert quotations(text) == [
        "“We believe that the DPRK [Democratic People’s Republic of Korea] has sent around "
        "10,000 soldiers in total to train in eastern Russia,”"
    ]
    assert sentences(text)[1] == "China’s embassy said nothing."


def test_straight_curly_and_angle_quotes_pair() -> None:
    text = 'Xi said "small yard, high fences" fails; Liu said “no limits”; Le Monde wrote « non ».'
    assert quotations(text) == ['"small yard, high fences"', "“no limits”", "« non »"]


def test_a_quotation_closed_on_the_next_line_spans_both_lines() -> None:
    text = (
        'Mr. Sullivan stated: "The two leaders discussed areas of difference.\n'
        'In this context, President Biden once again expressed concern."\n'
        "Earlier, Russian Foreign Minister Sergey Lavrov affirmed it.\n"
    )
    first_two = text[: text.index("\nEarlier")]
    assert quotations(text) == [first_two[first_two.index('"') :]]
    assert sentences(text) == [
        first_two,
        "Earlier, Russian Foreign Minister Sergey Lavrov affirmed it.",
    ]


def test_a_quotation_reopened_in_the_next_paragraph_continues() -> None:
    text = textwrap.dedent(
        """\
        “We will not stand by. We have warned them.

        “The answer will be firm,” the minister said.

        Talks resume on Monday.
        """
    )
    quote = text[: text.index(" the minister")]
    assert quotations(text) == [quote]
    assert sentences(text) == [quote + " the minister said.", "Talks resume on Monday."]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = textwrap.dedent(
        """\
        He called it "a deeply dangerous development. The North denied it.

        Seoul said the troops have begun combat. Moscow disagreed.
        """
    )
    assert quotations(text) == ['"a deeply dangerous development. The North denied it.']
    assert sentences(text)[-2:] == ["Seoul said the troops have begun combat.", "Moscow disagreed."]


def test_a_runaway_quote_on_one_long_line_does_not_swallow_it() -> None:
    text = 'He said "never. ' + "The talks went on. " * (MAX_QUOTE_CHARS // 10)
    spans = split_sentences(text)
    assert len(spans) > MAX_QUOTE_CHARS // 20
    assert find_quotations(text) == []


def test_a_stray_closing_mark_opens_nothing() -> None:
    text = 'He is 5\'10" tall. Officials said "no" twice.'
    assert quotations(text) == ['"no"']


def test_crlf_line_endings_and_ranges() -> None:
    text = "Headline here\r\nFirst sentence. Second one.\r\n"
    assert sentences(text) == ["Headline here", "First sentence.", "Second one."]
    body = text.index("First")
    assert split_sentences(text, body, len(text) - 2) == [(body, body + 15), (body + 16, body + 27)]


def test_seed_layouts_split_where_a_reader_would() -> None:
    text = (
        "US President Joe Biden and Chinese President Xi Jinping during talks in Lima, Peru, "
        "on November 16. (Source: The New York Times) |\n"
        "By YonhapPublished : Nov. 17, 2024 - 09:41\n"
        "The presidents met in California a year ago. (Yonhap)"
    )
    assert sentences(text)[2:] == [
        "By YonhapPublished : Nov. 17, 2024 - 09:41",
        "The presidents met in California a year ago.",
        "(Yonhap)",
    ]


def test_empty_and_blank_ranges() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\r\n\t ") == []
    assert find_quotations('"') == []
    assert split_sentences("abc", 5, 2) == []


_NEWS_ALPHABET = st.sampled_from(
    [*"aZ .,!?\"“”«»'’()[]\n\r\t-", "U.S.", "Mr.", " The ", "3.5", "...", "\r\n", "\n\n", "…"]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(_NEWS_ALPHABET, max_size=80),
    bounds=st.tuples(st.integers(-5, 400), st.integers(-5, 400)),
)
def test_sentence_spans_cover_the_range_in_order(parts: list[str], bounds: tuple[int, int]) -> None:
    text = "".join(parts)
    start = max(0, min(bounds[0], len(text)))
    end = max(start, min(bounds[1], len(text)))
    for keep_quotes in (True, False):
        spans = split_sentences(text, start, end, keep_quotes=keep_quotes)
        covered = set()
        previous_end = start
        for span_start, span_end in spans:
            assert previous_end <= span_start < span_end <= end
            assert not text[span_start].isspace() and not text[span_end - 1].isspace()
            covered.update(range(span_start, span_end))
            previous_end = span_end
        visible = {i for i in range(start, end) if not text[i].isspace()}
        assert visible <= covered
    previous_end = start
    for quote_start, quote_end in find_quotations(text, start, end):
        assert previous_end <= quote_start < quote_end <= end
        previous_end = quote_end


def test_a_ten_megabyte_line_finishes() -> None:
    sentence = 'Officials said "the talks (in Lima) went well" on Nov. 17. '
    text = sentence * (10_000_000 // len(sentence)) + '"unclosed ' + "x" * 1000
    spans = split_sentences(text)
    assert len(spans) == 10_000_000 // len(sentence) + 1
    assert spans[0] == (0, len(sentence) - 1)


def test_an_introduced_quotation_over_paragraphs_has_a_sentence_per_paragraph() -> None:
    text = textwrap.dedent(
        """\
        The mayor said: "The bridge will reopen in May.

        "Repairs to the deck are nearly done.

        "We thank residents for their patience."
        """
    )
    assert sentences(text) == [
        'The mayor said: "The bridge will reopen in May.',
        '"Repairs to the deck are nearly done.',
        '"We thank residents for their patience."',
    ]


def test_a_picture_credit_is_blanked_and_offsets_hold() -> None:
    text = (
        "Alamy   Lost kite: The red kite drifted over the bay\n"
        "Marta Kell found the kite on the shore.   Instagram\n"
        "The pier (Image: Reuters) was closed. AP Photo/Lina Ortz\n"
        "Post by Marta Kell.\n"
    )
    blanked = without_credits(text)
    assert len(blanked) == len(text)
    for credit in ("Alamy", "Instagram", "(Image: Reuters)", "AP Photo/Lina Ortz", "Post by"):
        assert credit not in blanked
    assert "Lost kite: The red kite drifted over the bay" in blanked
    assert "Marta Kell found the kite on the shore." in blanked
    # A line with no credit keeps every word, a wide gap or not.
    plain = "Ferries sail at noon.\nLike Us On Facebook   Follow Us On Twitter\n"
    assert without_credits(plain) == plain


def test_a_credit_of_an_agency_and_a_slash_alone_is_blanked() -> None:
    # No "Photo", "Image" or "Post" anywhere: the slash is all that gives it away.
    text = "The ferry left at dawn. Reuters/Tomas Vell\nIt docked at noon.\n"
    blanked = without_credits(text)
    assert len(blanked) == len(text)
    assert "Reuters/Tomas Vell" not in blanked
    assert "The ferry left at dawn." in blanked
