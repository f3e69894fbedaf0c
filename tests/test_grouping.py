"""Grouping statements into claims: normalisation, matching, denials, slugs, blocking."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import cast

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack.claimtext import FEELING_ALONE, REQUEST
from claimtrack.extraction import extract_statements
from claimtrack.grouping import (
    _ANY_PREDICATE_CLASS,
    _FEELING_AT_TELLING_REASON,
    _GENERAL_PREDICATE_CLASSES,
    _PREDICATE_CLASS_AT,
    _PREDICATE_CLASSES,
    DEFAULT_THRESHOLD,
    PREDICATE_FREE_FACTOR,
    TOPIC_ONLY_FACTOR,
    Assignment,
    ClaimIndex,
    QuotedAgain,
    Toward,
    _as_written,
    _denied_thing,
    _doubted_thing,
    _existent,
    _first_proposition,
    _Grouper,
    _identity_names,
    _joined_predicates,
    _main_clause,
    _main_predicate,
    _plural_group,
    _predicate_classes,
    _predicate_read,
    _reaction_cause,
    _slug,
    _supported_event,
    _unheeded_attempt,
    clean_claim_text,
    group_statements,
    join_again,
    join_late,
    join_pointing,
    make_slug,
    merged_claims,
    points_back,
    rare_names,
    referent,
    same_act,
    unframed,
    without_dashed_asides,
)
from claimtrack.model import Stance, Statement
from claimtrack.normalise import PARTY_ACTOR, MentionFinder, normalise, stem
from claimtrack.parties import PartyResolver
from claimtrack.pipeline import _as_grouped, _stance_toward
from claimtrack.sources import document_from_text
from claimtrack.stance import Lexicon

RESOLVER = PartyResolver.build()


def statement(
    content: str, source: str, stance: Stance = Stance.ASSERTS, quote: str | None = None
) -> Statement:
    return Statement(stance=stance, quote=quote or content, content=content, source=source, line=1)


def words(text: str) -> tuple[str, ...]:
    return normalise(text, RESOLVER).words


def parties(text: str) -> tuple[str, ...]:
    return normalise(text, RESOLVER).parties


# Statements as extraction gives them for the seed articles, in source order.
STATE_DEPARTMENT = replace(
    statement(
        "10,000 North Korean soldiers of participating in combat operations alongside the "
        "Russian army in Kursk province",
        "000",
        quote="The US State Department accused 10,000 North Korean soldiers of participating in "
        "combat operations alongside the Russian army in Kursk province.",
    ),
    cue="accused",
)
MOSCOW_NO_EVIDENCE = statement(
    "Washington has no evidence to confirm the presence of North Korean soldiers in the "
    "special military operation",
    "000",
    Stance.DISPUTES,
)
PYONGYANG_REJECTS = replace(
    statement(
        "accusations by the US and its allies that the Northeast Asian nation is sending troops "
        "to Russia",
        "000",
        Stance.DENIES,
        quote="Pyongyang has also rejected accusations by the US and its allies that the "
        "Northeast Asian nation is sending troops to Russia.",
    ),
    cue="rejected",
)
SEOUL_AND_WASHINGTON = statement(
    "North Korean troops, dispatched to Russia's western front-line Kursk region, have begun "
    "engaging in combat operations against Ukrainian forces",
    "001",
)
US_SUPPLIES = statement(
    "North Korea of supplying Russia with artillery shells and missiles utilized in Ukraine",
    "003",
)
MOSCOW_PYONGYANG_DENY = statement(
    "the accusations",
    "003",
    Stance.DENIES,
    quote="Moscow and Pyongyang deny the accusations however vowed final yr to deepen army "
    "relations.",
)


def test_seed_statements_about_troops_form_one_claim_and_supplies_another() -> None:
    seeds = [
        STATE_DEPARTMENT,
        MOSCOW_NO_EVIDENCE,
        PYONGYANG_REJECTS,
        SEOUL_AND_WASHINGTON,
        US_SUPPLIES,
        MOSCOW_PYONGYANG_DENY,
    ]
    assignments = group_statements(seeds, ClaimIndex(), DEFAULT_THRESHOLD)
    troops = {a.claim_id for a in assignments[:4]}
    supplies = {a.claim_id for a in assignments[4:]}
    assert len(troops) == 1
    assert len(supplies) == 1
    assert troops != supplies
    assert [a.is_new for a in assignments] == [True, False, False, False, True, False]


def test_new_claim_text_is_the_proposition_the_statement_states() -> None:
    [first] = group_statements([STATE_DEPARTMENT], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_text.startswith("10,000 North Korean soldiers have been participating")
    assert not first.claim_text.endswith(".")
    assert first.claim_id == "north-korea-soldiers-participating-combat"


def test_a_statement_with_no_proposition_of_its_own_is_not_filed() -> None:
    fragment = statement("For help", "a")
    [assignment] = group_statements([fragment], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_id is None
    assert assignment.not_filed is not None and "fragment" in assignment.not_filed


def test_headlines_in_a_headlines_grammar_start_claims_and_one_in_other_words_joins() -> None:
    # A text given whole, said by no one, is a headline: its verb comes without
    # its article ("escapes Harlow zoo"), which the article rules read as no verb.
    first = statement("Giant tortoise escapes Harlow zoo through a broken fence", "a")
    second = statement("Runaway tortoise slipped out of Essex zoo through a broken fence", "b")
    made = group_statements([first, second], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_text == "Giant tortoise escapes Harlow zoo through a broken fence"
    assert made[1].claim_id == made[0].claim_id
    # The same words an article's speaker said are a fragment, as before.
    [said] = group_statements([replace(first, cue="said")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert said.claim_id is None
    # A headline of a word or two names a thing and says nothing of it.
    for short in ("Crabzilla", "Meet crabzilla"):
        [alone] = group_statements([statement(short, "c")], ClaimIndex(), DEFAULT_THRESHOLD)
        assert alone.claim_id is None


def test_a_headline_naming_its_story_otherwise_joins_by_its_words_a_said_one_does_not() -> None:
    # Two headlines name the zoo's place differently ("Harlow", "Essex"): no
    # named actor in common, so the story gate would have only a close rewording
    # join; a headline's words decide. Said by speakers in two articles, the same
    # sentences stay apart.
    texts = (
        "A giant tortoise has escaped from Harlow zoo through a broken fence",
        "Keepers at an Essex wildlife park are searching for a giant tortoise that escaped"
        " through a fence",
    )
    headlines = [statement(text, source) for text, source in zip(texts, "ab", strict=True)]
    made = group_statements(headlines, ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_id == made[0].claim_id
    said = [replace(headline, cue="said") for headline in headlines]
    made = group_statements(said, ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None and made[1].claim_id not in (None, made[0].claim_id)


def test_an_assertion_joining_a_new_claim_makes_its_own_text_only_when_the_claim_is_unclear() -> (
    None
):
    # Named, with a finite verb: as clear as a text can be, so no restatement
    # will be shown in its place and the one joining it makes no text of its own.
    clear = [
        statement("Mayor Alice Brandt approved the new harbour budget on Monday", "one"),
        statement("Mayor Alice Brandt approved the new harbour budget on Monday night", "two"),
    ]
    started, joined = group_statements(clear, ClaimIndex(), DEFAULT_THRESHOLD)
    assert started.is_new and joined.claim_id == started.claim_id
    assert joined.own_text is None
    # "The committee" names no one: a joining assertion gives the text it would
    # have made, shown and as its id reads, for the claim to be shown with.
    unclear = [
        statement("the committee quietly approved the new harbour budget on Monday", "one"),
        statement("the committee approved the new harbour budget on Monday night", "two"),
    ]
    index = ClaimIndex()
    started, joined, again = group_statements(
        [*unclear, statement("the committee approved the new harbour budget on Monday", "three")],
        index,
        DEFAULT_THRESHOLD,
    )
    assert joined.claim_id == again.claim_id == started.claim_id
    own = "The committee approved the new harbour budget on Monday night"
    assert joined.own_text == (own, own)
    assert again.own_text is not None and again.own_text[0].endswith("on Monday")
    # The claim itself is still matched on the text it was started with.
    assert index.claim_text(started.claim_id or "").startswith("The committee quietly")


def test_a_doubt_between_two_alternatives_makes_no_claim_of_its_own() -> None:
    which = statement(
        "it was unclear whether the ferry capsized in the storm or was towed to port",
        "a",
        Stance.DISPUTES,
    )
    [assignment] = group_statements([which], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_id is None
    assert assignment.not_filed is not None and "alternative" in assignment.not_filed
    # A doubt of one proposition still makes the claim it doubts.
    one = statement("it was unclear whether the ferry capsized in the storm", "b", Stance.DISPUTES)
    [assignment] = group_statements([one], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_text == "The ferry capsized in the storm"


def test_a_claim_text_is_shown_without_an_aside_in_brackets_and_matched_on_all_words() -> None:
    # "(left, ...)" directs the reader to a picture: the claim reads whole without it.
    pictured = statement(
        "the ferry capsized near the harbour on May 3 (left, divers search the wreck)", "a"
    )
    # The same proposition told elsewhere with the aside's words joins the claim.
    again = statement("the ferry capsized near the harbour on May 3 as divers searched", "b")
    made = group_statements([pictured, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_text == "The ferry capsized near the harbour on May 3"
    assert made[1].claim_id == made[0].claim_id
    # Another name for a name keeps its brackets.
    [glossed] = group_statements(
        [statement("the Tamil Tigers (LTTE) laid down their weapons in May", "c")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert glossed.claim_text == "The Tamil Tigers (LTTE) laid down their weapons in May"


def test_a_claim_is_not_matched_on_the_words_of_an_aside_between_dashes() -> None:
    closed = statement(
        "the harbour bridge \u2013 which engineers from Norway designed last spring \u2013 "
        "was closed to traffic on Monday",
        "a",
    )
    # What the aside names, told of something else, is another proposition.
    aside = statement("engineers from Norway designed the stadium roof last spring", "b")
    # The proposition itself, told again, still joins.
    again = statement("the harbour bridge was closed to all traffic on Monday", "c")
    made = group_statements([closed, aside, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_id != made[0].claim_id
    assert made[2].claim_id == made[0].claim_id


def test_an_aside_is_two_dashes_apart_not_a_hyphenated_word_or_a_lone_dash() -> None:
    assert (
        without_dashed_asides("Bashar al-Assad \u2014 in power since 2000 \u2014 is the president")
        == "Bashar al-Assad is the president"
    )
    assert (
        without_dashed_asides("The firm -- a bank -- collapsed in May")
        == "The firm collapsed in May"
    )
    assert (
        without_dashed_asides("The ship sank - and the crew swam")
        == "The ship sank - and the crew swam"
    )
    # What is left must still read as a sentence.
    assert without_dashed_asides("\u2013 this \u2013 ok") == "\u2013 this \u2013 ok"


def test_a_pronoun_becomes_the_speakers_name() -> None:
    first = replace(
        statement("he learned the information from the Border Patrol", "a"),
        speaker="Rep. Duncan Hunter",
    )
    later = replace(statement("they were stopped at the border by agents", "a"), speaker="Hunter")
    made = group_statements([first, later], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_text == "Duncan Hunter learned the information from the Border Patrol"
    # "they" is not Hunter, and nothing in the sentence says who it is: a claim
    # text must name its subject, so the statement starts no claim.
    assert made[1].claim_id is None
    assert made[1].not_filed is not None and "'they'" in made[1].not_filed


def test_a_he_far_from_the_person_who_spoke_last_is_not_named_for_them() -> None:
    first = replace(
        statement("the gallery would reopen in May", "a"), speaker="curator Lena Hartwig"
    )
    near = replace(statement("she had chosen the paintings herself", "a"), speaker="she", line=3)
    far = replace(statement("she had never seen the paintings", "a"), speaker="she", line=25)
    made = group_statements([first, near, far], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_text == "Lena Hartwig had chosen the paintings herself"
    # Eleven paragraphs on, "she" is mostly someone else: no name is given.
    assert "Lena Hartwig" not in (made[2].claim_text or "")


def test_a_he_after_another_named_speaker_is_not_the_one_before() -> None:
    first = replace(
        statement("the bridge would close for repairs", "a"), speaker="engineer Omar Feld"
    )
    other = replace(statement("the repairs were overdue", "a"), speaker="Pruitt", line=3)
    later = replace(statement("he was worried about the cost", "a"), speaker="he", line=5)
    made = group_statements([first, other, later], ClaimIndex(), DEFAULT_THRESHOLD)
    # "he" is Pruitt, whose full name the article did not give: not Omar Feld.
    assert "Omar Feld" not in (made[2].claim_text or "")


def test_a_he_extraction_leaves_for_no_one_is_not_named_for_the_last_speaker() -> None:
    # The paragraph tells of Kovac before its "he": extraction gives the "he"
    # no party, and its claim text does not name the last speaker either.
    told_of = (
        "Inspector Dana Hollis said the case was closed.\n\n"
        "A Quiet Start\n\n"
        "It was during a visit to Peru in 2011 that Kovac's outlook began to shift. "
        "Once in Lima, he claimed he was questioned by border guards for hours.\n"
    )
    said = extract_statements(document_from_text(told_of, "a"), RESOLVER, Lexicon.build())
    made = group_statements(said, ClaimIndex(), DEFAULT_THRESHOLD)
    [(he, pronoun)] = [(s, m) for s, m in zip(said, made, strict=True) if s.speaker == "he"]
    assert he.party is None
    assert "Dana Hollis" not in (pronoun.claim_text or "")
    assert pronoun.claim_id is None and "'he'" in (pronoun.not_filed or "")
    # ... nor in the quoted paragraphs that go on with that "he".
    quoting = told_of.replace(
        "he claimed he was questioned by border guards for hours.",
        'he said: "I was questioned by border guards for hours."\n\n'
        '"I was then sent back to Madrid on the first flight."',
    )
    said = extract_statements(document_from_text(quoting, "c"), RESOLVER, Lexicon.build())
    made = group_statements(said, ClaimIndex(), DEFAULT_THRESHOLD)
    assert len([s for s in said if s.speaker == "he"]) == 2
    assert not any("Dana Hollis" in (m.claim_text or "") for m in made)
    # Narration telling of no one else: the "he" is the last speaker still.
    no_one_else = told_of.replace(
        "It was during a visit to Peru in 2011 that Kovac's outlook began to shift. Once in Lima,",
        "The hearing began in May. After a pause,",
    )
    said = extract_statements(document_from_text(no_one_else, "b"), RESOLVER, Lexicon.build())
    made = group_statements(said, ClaimIndex(), DEFAULT_THRESHOLD)
    [pronoun] = [m for s, m in zip(said, made, strict=True) if s.speaker == "he"]
    assert pronoun.claim_text == "Dana Hollis was questioned by border guards for hours"


def test_a_she_after_a_man_who_spoke_is_not_named_for_him() -> None:
    first = replace(statement("the council would not raise taxes", "a"), speaker="Mr. Tom Jones")
    later = replace(statement("she had voted against the budget", "a"), speaker="she", line=3)
    made = group_statements([first, later], ClaimIndex(), DEFAULT_THRESHOLD)
    assert "Jones" not in (made[1].claim_text or "")
    # "the Prime Minister's Official Spokesman ... she said": a title in -man
    # says nothing of who holds it
    first = replace(first, speaker="Official Spokesman Tom Jones")
    made = group_statements([first, later], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_text == "Tom Jones had voted against the budget"


def test_a_he_in_the_speakers_own_quoted_words_is_someone_else() -> None:
    # In indirect speech "he" is the speaker; in the speaker's own words in
    # quotation marks the speaker is "I", and "he" is whoever the speaker talks of.
    indirect = replace(
        statement("he hoped to return to the summit next year", "a"), speaker="Tomas Varga"
    )
    [made] = group_statements([indirect], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_text == "Tomas Varga hoped to return to the summit next year"
    quoted = replace(
        statement("He hoped to return to the summit next year", "b"),
        speaker="Tomas Varga",
        quoted=True,
    )
    [made] = group_statements([quoted], ClaimIndex(), DEFAULT_THRESHOLD)
    assert "Tomas Varga" not in made.claim_text
    assert made.claim_id is None and made.not_filed is not None and "'He'" in made.not_filed


def test_a_speaker_that_is_a_person_names_its_own_pronouns() -> None:
    # Extraction resolved "she" to the person; her "I" is that person.
    said = replace(
        statement("I hadn't planned on staying long, I just wanted some chicken wings", "a"),
        speaker="she",
        party="Tan Shen",
        kind="person",
    )
    [made] = group_statements([said], ClaimIndex(), DEFAULT_THRESHOLD)
    # Named once, then "she": the speaker is called "she".
    assert made.claim_text == (
        "Tan Shen hadn't planned on staying long, she just wanted some chicken wings"
    )
    # A dummy "it" stands for nobody, person or not.
    dummy = replace(
        statement("It's very unlikely the crew will be exposed to the virus", "b"),
        speaker="Dr. Jeff Hershberger",
        party="Jeff Hershberger",
        kind="person",
    )
    [made] = group_statements([dummy], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_text.startswith("It's very unlikely")


def test_generic_denial_joins_the_assertion_it_shares_words_with() -> None:
    supplies = statement(
        "North Korea of supplying Russia with artillery shells", "x", quote="The US accused ..."
    )
    unrelated = statement("China's economy grew faster than expected in the third quarter", "x")
    denial = statement(
        "the claims", "x", Stance.DENIES, quote="Pyongyang dismissed the claims about shells."
    )
    assignments = group_statements([supplies, unrelated, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignments[2].claim_id == assignments[0].claim_id
    assert assignments[1].claim_id != assignments[0].claim_id


def test_generic_denial_defaults_to_the_nearest_assertion_of_its_own_source() -> None:
    other_source = statement("North Korea of supplying Russia with artillery shells", "a")
    nearest = statement("Japan will raise its defence budget next year", "b")
    denial = statement("the allegations are baseless", "b", Stance.DENIES)
    assignments = group_statements([other_source, nearest, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignments[2].claim_id == assignments[1].claim_id


def test_a_denial_of_accusations_answers_the_accusation_not_a_nearer_assertion() -> None:
    accusation = Statement(
        stance=Stance.ASSERTS,
        quote="The United States has accused North Korea of supplying Russia with shells.",
        content="North Korea of supplying Russia with shells",
        source="x",
        line=1,
        cue="has accused",
    )
    nearer = statement(
        "army cooperation between Russia and North Korea violates UN resolutions", "x"
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote="Moscow and Pyongyang deny the accusations but vowed to deepen army relations.",
        content="the accusations",
        source="x",
        line=3,
        cue="deny",
    )
    first, second, third = group_statements(
        [accusation, nearer, denial], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_pointing_denial_never_reaches_into_another_source() -> None:
    assertion = statement("North Korea of supplying Russia with artillery shells", "a")
    denial = statement(
        "the accusations", "b", Stance.DENIES, quote="Moscow and Pyongyang deny the accusations."
    )
    first, second = group_statements([assertion, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id is None


def test_a_claim_added_by_hand_attracts_matching_statements() -> None:
    index = ClaimIndex()
    index.add("nk-troops-in-russia", "North Korea has deployed troops to Russia to fight Ukraine")
    assignments = group_statements(
        [STATE_DEPARTMENT, SEOUL_AND_WASHINGTON], index, DEFAULT_THRESHOLD
    )
    assert [a.claim_id for a in assignments] == ["nk-troops-in-russia"] * 2
    assert not any(a.is_new for a in assignments)
    assert assignments[0].claim_text == "North Korea has deployed troops to Russia to fight Ukraine"


def test_unrelated_statements_start_separate_claims_with_unique_slugs() -> None:
    texts = [
        "The central bank will cut interest rates in March",
        "Heavy snow closed the airport for two days",
        "The central bank will cut interest rates in March again",
    ]
    assignments = group_statements(
        [statement(t, str(i)) for i, t in enumerate(texts)], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert assignments[0].claim_id != assignments[1].claim_id
    assert assignments[2].claim_id == assignments[0].claim_id


@pytest.mark.parametrize("written", ["10,000", "10000", "ten thousand", "10k", "10 thousand"])
def test_number_forms_normalise_to_digits(written: str) -> None:
    assert words(f"{written} soldiers") == ("10000", "troops")


def test_larger_numbers_and_ordinals() -> None:
    assert words("1.5 million") == ("1500000",)
    assert words("twenty five") == ("25",)
    assert words("3 Afghan soldiers") == words("three Afghan soldiers")
    assert words("on the 9th") == ("9",)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("troops", "soldiers"),
        ("soldiers", "forces"),
        ("deployed", "sent"),
        ("deploy", "dispatching"),
        ("weapons", "arms"),
        ("deployed", "deploying"),
        ("arrested", "arrests"),
    ],
)
def test_near_synonyms_and_inflections_share_a_term(left: str, right: str) -> None:
    assert words(left) == words(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Islamic State fighters", "ISIS fighters"),
        ("ISIL fighters", "ISIS fighters"),
        ("a launch in Feb", "a launch in February"),
        ("photographed", "photo"),
        ("footage", "video"),
    ],
)
def test_names_abbreviations_and_near_synonyms_share_terms(left: str, right: str) -> None:
    assert words(left) == words(right)


def test_an_islamic_state_is_isis_but_anything_else_islamic_is_not() -> None:
    assert words("an anti-Islamic snowman") == ("anti", "islamic", "snowman")


def test_the_arabic_article_in_names_is_no_shared_word() -> None:
    assert words("al-Shabaab leader") == ("shabaab", "leader")
    index = ClaimIndex()
    index.add("baghdadi", "Abu Bakr al-Baghdadi was wounded")
    assert index.best("al-Shabaab commander arrested") == (None, 0.0)


def test_stemming_keeps_unrelated_words_apart() -> None:
    assert stem("watches") == stem("watch")
    assert stem("planned") == stem("plan")
    assert stem("arrived") == stem("arriving") == stem("arrive")
    assert stem("business") == "business"
    assert stem("nation") != stem("national")
    # A past in -ied is the verb in -y, as its -ies form is.
    assert stem("identified") == stem("identifies") == stem("identify")
    assert stem("carried") == stem("carry")
    assert stem("tied") == "tied"


def test_party_names_demonyms_capitals_and_abbreviations_become_one_term() -> None:
    for text in ["North Korea", "North Korean soldiers", "Pyongyang", "DPRK"]:
        assert parties(text) == ("north_korea",)
    assert words("North Korean soldiers") == ("troops",)
    assert parties("the U.S. and Washington") == ("united_states",)
    assert parties("let us go") == ()


def test_statement_words_not_about_content_are_dropped() -> None:
    assert words("reportedly the accusations that they said") == ()


def test_a_doubt_of_intelligence_suggesting_a_thing_frames_the_thing_without_its_any() -> None:
    assert (
        referent(
            "there is no credible intelligence suggesting any smugglers are using the tunnel",
            against=True,
        )
        == "smugglers are using the tunnel"
    )
    assert (
        referent("there was no evidence that any patients had been infected")
        == "patients had been infected"
    )
    # "anyone" is a subject of its own, not the doubt's "any".
    assert referent("there is no sign that anyone left the building") == "anyone left the building"


def test_referent_strips_the_pointer_to_what_was_denied() -> None:
    assert referent(PYONGYANG_REJECTS.content) == (
        "the Northeast Asian nation is sending troops to Russia"
    )
    assert referent("the accusations") == ""
    assert referent("these reports are baseless") == ""
    assert referent("claims about a secret deal") == "a secret deal"
    # In any case, and in letters a case-blind match takes for ASCII ones (a long s).
    assert referent("THE ACCUSATIONS") == ""
    assert referent("the \u017ftories that the minister took bribes") == "the minister took bribes"
    # "Too early to tell" names what it doubts, as "too early to say" does.
    assert (
        referent("it was too early to tell whether the graft would take", against=True)
        == "the graft would take"
    )
    assert referent("it is too soon to know if the dam will hold") == "the dam will hold"
    # "There's (been) no ..." frames what it doubts as "there is no ..." does.
    assert (
        referent("there's been no confirmation that the barges had sunk", against=True)
        == "the barges had sunk"
    )
    assert referent("there\u2019s no truth to the claim that the mill shut") == "the mill shut"
    # A telling its verb calls false frames what it denies.
    assert (
        referent("That is their usual spin. They lied that the envoy was freed", against=True)
        == "the envoy was freed"
    )
    assert referent("the paper falsely reported that the mill had shut", against=True) == (
        "the mill had shut"
    )
    # A doubt opening a later clause frames what it doubts as one at the start does.
    assert referent(
        "The tablet is said to be in production, although it is unclear whether Lumo will"
        " ship it in May or wait until autumn",
        against=True,
    ) == ("Lumo will ship it in May or wait until autumn")
    assert referent("The bridge reopened; it remains unclear if the tolls will return",
                    against=True) == "the tolls will return"  # fmt: skip
    assert referent("North Korea sent troops") == "North Korea sent troops"
    assert referent("the US accusations") == ""
    assert referent("Russia claims Crimea") == "Russia claims Crimea"


def test_clean_claim_text() -> None:
    assert clean_claim_text(' that  north Korea sent troops. "') == "North Korea sent troops"


def test_slug_is_a_few_content_words_and_unique() -> None:
    text = "North Korean soldiers were sent to Russia"
    assert make_slug(text, set()) == "north-korea-soldiers-sent-russia"
    assert make_slug(text, {"north-korea-soldiers-sent-russia"}).endswith("-2")
    taken = {"north-korea-soldiers-sent-russia", "north-korea-soldiers-sent-russia-2"}
    assert make_slug(text, taken) == "north-korea-soldiers-sent-russia-3"
    assert make_slug("The Apple Watch will cost 550 USD", set()) == "apple-watch-cost-usd"
    assert make_slug("China urges peace talks on Ukraine", set()) == "china-urges-peace-talks"
    assert make_slug("The vehicle has not been stolen", set()) == "vehicle-not-stolen"
    assert make_slug("...", set()) == "claim"


def test_slug_reads_as_subject_verb_object() -> None:
    # A copula gives way to what it says; a possessive is not a verb.
    assert (
        make_slug("North Korea's troop deployment is a deeply dangerous development", set())
        == "north-korea-deployment-dangerous-development"
    )
    # A verb in -s before a party; a party is never cut in half to keep it short.
    assert (
        make_slug("Military cooperation between Russia and North Korea violates UN rules", set())
        == "russia-north-korea-cooperation-violates"
    )
    # A negation stays, however it is contracted.
    assert (
        make_slug("The Biden administration doesn't see anything new in it", set())
        == "biden-administration-not-see-anything-new"
    )
    # An opening clause, an aside and a wrapping belief are not the proposition.
    assert (
        make_slug(
            "In an age of rapid change, neither decoupling nor disruption is the solution", set()
        )
        == "decoupling-not-solution"
    )
    assert (
        make_slug("She believed North Korea, which borders China, is eager to buy jets", set())
        == "north-korea-eager-buy-jets"
    )
    assert (
        make_slug(
            "His belief that a stable relationship between the US and China is critical", set()
        )
        == "united-states-china-relationship-critical"
    )


def test_best_finds_the_claim_among_thousands_of_distractors() -> None:
    rng = random.Random(7)
    vocabulary = [f"{a}{b}" for a in ("bar", "cor", "dun", "fel", "gar", "hol") for b in range(60)]
    index = ClaimIndex()
    # Every distractor shares the common words of the query; only the target
    # shares its rare ones.
    for number in range(2000):
        filler = " ".join(rng.sample(vocabulary, 6))
        index.add(f"distractor-{number}", f"Russia troops {filler}")
    index.add("kursk", "North Korean troops fight alongside Russia in Kursk province")
    claim_id, score = index.best("DPRK soldiers are fighting in Russia's Kursk province")
    assert claim_id == "kursk"
    assert score >= DEFAULT_THRESHOLD
    assert index.candidates("DPRK soldiers are fighting in Kursk", 3)[0][0] == "kursk"


def headline_index(*claims: str) -> ClaimIndex:
    index = ClaimIndex()
    for number, text in enumerate(claims):
        index.add(f"claim-{number}", text)
    return index


def test_a_longer_form_or_compound_of_a_claim_word_counts_as_evidence() -> None:
    index = headline_index(
        "Jihadist Khalil al-Britani was killed",
        "ISIS beheaded journalist James Wright Foley",
        "ISIS beheaded aid worker David Haines",
    )
    # Each pair differs in one word: a related form of the claim's word, or another word.
    assert index.score("Teenage jihadi killed", "claim-0") > 5 + index.score(
        "Teenage tourist killed", "claim-0"
    )
    assert index.score("ISIS beheads photojournalist", "claim-1") > 5 + index.score(
        "ISIS beheads philanthropist", "claim-1"
    )
    assert index.best("Islamic State beheads American photojournalist")[0] == "claim-1"


def test_words_that_only_look_alike_are_not_related_forms() -> None:
    index = headline_index("Police closed the border overnight", "The order came from the top")
    claim_id, _ = index.best("An order was given")
    assert claim_id == "claim-1"
    assert index.score("An order was given", "claim-0") == 0.0


def test_best_on_an_empty_index_or_empty_text() -> None:
    assert ClaimIndex().best("North Korea sent troops") == (None, 0.0)
    index = ClaimIndex()
    index.add("a", "North Korea sent troops")
    assert index.best("the") == (None, 0.0)
    assert "a" in index
    assert len(index) == 1


def test_sharing_only_parties_is_not_sharing_a_claim() -> None:
    index = ClaimIndex()
    index.add("troops", "North Korea sent troops to Russia")
    _, score = index.best("North Korea sells coal to Russia")
    assert score < DEFAULT_THRESHOLD


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=60), min_size=1, max_size=8))
def test_any_text_gets_exactly_one_claim_and_new_claims_get_fresh_ids(texts: list[str]) -> None:
    statements = [statement(text, str(i % 2)) for i, text in enumerate(texts)]
    assignments = group_statements(statements, ClaimIndex(), DEFAULT_THRESHOLD)
    assert len(assignments) == len(statements)
    new_ids = [a.claim_id for a in assignments if a.is_new]
    assert len(new_ids) == len(set(new_ids))
    assert all(
        re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", a.claim_id)
        for a in assignments
        if a.claim_id is not None
    )
    assert all((a.claim_id is None) == (a.not_filed is not None) for a in assignments)
    assert all(0.0 <= a.score <= 100.0 for a in assignments)


def test_referent_drops_the_verdict_on_what_it_points_at() -> None:
    assert referent("the suggestion that the ferries were sold is categorically false") == (
        "the ferries were sold"
    )
    assert referent("reports that the mayor resigned were not true") == "the mayor resigned"
    # A possessive points as a determiner does.
    assert referent("the senator's claim was unfounded") == ""
    assert referent("Russia claims Crimea") == "Russia claims Crimea"


def test_referent_drops_a_frame_of_verdict_or_doubt() -> None:
    assert referent("it wasn't true that the ferry had been sold") == "the ferry had been sold"
    assert referent("there is no evidence that any ferry was sold") == "ferry was sold"
    assert referent("it is too early to say whether the ferry was sold") == "the ferry was sold"
    assert referent("it was highly unlikely that the ferry had been sold") == (
        "the ferry had been sold"
    )


@pytest.mark.parametrize(
    ("content", "about"),
    [
        # The speaker's own doubt frames what is doubted.
        ("we don't know whether the ferry was sold", "the ferry was sold"),
        ("the coastguard has no credible evidence to suggest the ferry sank",
         "the ferry sank"),
        ("the port continues to have no information that the ferry was sold",
         "the ferry was sold"),
        ("it remained unclear whether the ferry had been sold", "the ferry had been sold"),
        # Of a thing, it keeps its whole sentence, unless the thing only points back.
        ("the harbour master had not received word about the sinking",
         "the harbour master had not received word about the sinking"),
        # A negation inside a reported clause: the clause is what is denied.
        ("the owners confirmed with the insurers that the ferry had not been sold",
         "the ferry had not been sold"),
        # Unless its subject is a pronoun, which only the whole sentence can tell.
        ("the owners confirmed that it had not been sold",
         "the owners confirmed that it had not been sold"),
        # A verdict on what the content names.
        ("the ferry sale is a hoax", "the ferry sale"),
        # Unless someone knew it so: what they knew is the proposition.
        ("both captains were aware that the logbook was fake",
         "both captains were aware that the logbook was fake"),
        ("the owners had known the sale was a hoax", "the owners had known the sale was a hoax"),
        ("talk of a ferry sale was not supported by the port's records", "talk of a ferry sale"),
        ("the boat was never sold, a rumour that spread online", "the boat was never sold"),
        # What only points back names nothing.
        ("there is no such sale", ""),
        ("the port had no information of such a sale and would not guess", ""),
        ("we have no credible, specific evidence to that effect", ""),
        ("the story - which spread fast online - was fake", ""),
    ],
)  # fmt: skip
def test_referent_of_a_denial_or_doubt_is_what_it_denies(content: str, about: str) -> None:
    assert referent(content, against=True) == about


def test_only_a_denial_or_doubt_loses_its_frame() -> None:
    text = "the owners confirmed that the ferry had not been sold"
    assert referent(text) == text


def test_a_doubt_that_points_back_joins_what_its_article_denied_before() -> None:
    denial = Statement(
        stance=Stance.DENIES,
        quote="The harbour police denied reports that the Aurora's captain had been arrested.",
        content="the Aurora's captain had been arrested",
        source="p",
        line=1,
        cue="denied reports",
    )
    other = statement("fuel prices on the island rose for a third month", "p")
    doubt = statement(
        "the force had no information of such an arrest",
        "p",
        Stance.DISPUTES,
        quote="A spokesman said the force had no information of such an arrest.",
    )
    first, second, third = group_statements([denial, other, doubt], ClaimIndex(), 30.0)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_verdict_on_something_named_joins_the_claim_it_judges() -> None:
    report = statement("the painter Lund was arrested in Oslo on Monday", "q")
    verdict = statement(
        "the arrest of Lund is a hoax",
        "q",
        Stance.DENIES,
        quote="His agent said the arrest of Lund is a hoax.",
    )
    lone = statement("the Lund exhibition is a hoax", "r", Stance.DENIES)
    first, second, third = group_statements([report, verdict, lone], ClaimIndex(), 30.0)
    assert second.claim_id == first.claim_id
    # With nothing to join, the whole content makes the claim.
    assert third.claim_id is not None
    assert third.claim_text.startswith("The Lund exhibition is a hoax")


def test_a_definite_description_joins_what_its_article_said_before() -> None:
    # "Badeh announced the truce": the thing the article's lead spoke of.
    lead = statement("Nigeria has agreed a ceasefire with Boko Haram", "a")
    truce = statement("the truce", "a")
    clause = statement("the piece defends it", "a")
    made = group_statements([lead, truce, clause], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_id == made[0].claim_id
    # A clause is no description: it states something, or nothing, of its own.
    assert made[2].claim_id != made[0].claim_id
    # With nothing said before in its article, a description is not filed.
    [alone] = group_statements([statement("the truce", "b")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert alone.claim_id is None


def test_initials_are_one_word_of_a_slug() -> None:
    text = "J.J. Abrams, the director of the film, wants an early release date"
    assert make_slug(text, set()) == "jj-abrams-wants-release-date"


def test_a_negative_sentence_joins_the_claim_of_its_article_it_contradicts() -> None:
    # Grouped as a denial (a negative sentence), it shares one predicate with the
    # report: it answers it rather than making a claim of its own negative words.
    report = statement("the golden clock of the Varga museum was stolen during the night", "m")
    answer = statement(
        "the heirloom has not been stolen",
        "m",
        Stance.DENIES,
        quote="The curator said the heirloom has not been stolen.",
    )
    first, second = group_statements([report, answer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id
    assert not second.is_new


def test_a_state_that_excludes_the_claim_joins_it_across_articles() -> None:
    # "is safe" says it was not stolen: another article of the same story (a
    # name in common) answers the report, however few words they share.
    report = statement("the Varga museum's golden clock was stolen during the night", "m")
    other = statement("the Varga heirloom is safe where it belongs", "n", Stance.DENIES)
    first, second = group_statements([report, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_a_denial_answers_another_articles_claim_loosely_only_if_an_article_opens_with_it() -> None:
    # The theft is told deep inside its article, after two other matters: a
    # denial elsewhere that shares only a name and little else with it, under
    # the bar, makes a claim of its own rather than answering it.
    article = [
        statement("the Varga museum reopened its east wing after a two-year renovation", "m"),
        statement("visitor numbers at the Varga museum doubled in the spring", "m"),
        statement("the Varga museum's golden clock was stolen during the night", "m"),
    ]
    other = statement("the Varga heirloom is safe where it belongs", "n", Stance.DENIES)
    *_, theft, answer = group_statements([*article, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert answer.claim_id != theft.claim_id
    assert answer.is_new


def test_a_denial_still_answers_a_claim_the_ledger_tracks_loosely() -> None:
    # A claim given to the index (a ledger's) was no article's inner detail to
    # this run: a denial in a new article answers it as before.
    index = ClaimIndex()
    index.add("clock-stolen", "The Varga museum's golden clock was stolen during the night")
    other = statement("the Varga heirloom is safe where it belongs", "n", Stance.DENIES)
    (answer,) = group_statements([other], index, DEFAULT_THRESHOLD)
    assert answer.claim_id == "clock-stolen"


def test_a_short_doubt_with_nothing_of_its_own_joins_what_its_article_reported() -> None:
    report = statement("the Orsini bridge collapsed because of a design fault", "o")
    doubt = statement(
        "we just don't know yet, we are still looking at it",
        "o",
        Stance.DISPUTES,
        quote="A spokesman said: we just don't know yet, we are still looking at it.",
    )
    first, second = group_statements([report, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_a_negative_sentence_of_its_own_proposition_still_makes_a_claim() -> None:
    # "will not raise fares" contradicts nothing its article said: its own claim.
    report = statement("the Orsini ferry company cut twelve routes this winter", "f")
    own = statement("Orsini will not raise fares this year", "f", Stance.DENIES)
    first, second = group_statements([report, own], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id is not None
    assert second.claim_id != first.claim_id
    assert second.is_new


def test_a_negative_sentence_under_the_bar_joins_its_articles_claim_only_if_it_denies_it() -> None:
    # "not short of fighters" shares words with what its article reported, under
    # the bar, but denies none of it: a proposition of its own.
    report = statement(
        "the Orsini rebels were given heavier weapons and armoured cars to defend the "
        "mountain town",
        "r",
    )
    own = statement("the rebels are not short of fighters in the mountains", "r", Stance.DENIES)
    first, second = group_statements([report, own], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert second.is_new


def test_a_denial_joins_another_articles_claim_loosely_only_on_a_name_in_common() -> None:
    # Two parties in common ("ISIS", "the United States") tell of many stories:
    # a loose match by contradiction does not cross articles on them alone.
    strikes = statement(
        "the United States has carried out forty air strikes against ISIS near the dam", "s"
    )
    harbour = [
        statement("the Varga ferry company cut twelve routes this winter", "t"),
        statement("the Varga harbour will reopen in the spring", "t"),
    ]
    other = statement(
        "ISIS has no navy and no air force to threaten the United States from the sea",
        "t",
        Stance.DENIES,
    )
    made = group_statements([strikes, *harbour, other], ClaimIndex(), threshold=60.0)
    assert made[-1].claim_id != made[0].claim_id
    assert made[-1].is_new


def test_a_long_negative_sentence_naming_nothing_of_the_claim_is_not_filed_under_it() -> None:
    # A negation inside a sentence of its own words ("she is not a pupil, she is
    # a girl we are helping") shares one word with what its article reported
    # and names nothing the report names: it answers no claim there.
    report = statement("the pupil arrived at the boarding school in the spring", "p")
    own = statement(
        "the young woman is not a pupil, she is a guest we are helping while her "
        "family finds lodging",
        "p",
        Stance.DENIES,
    )
    first, second = group_statements([report, own], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


def test_a_negative_sentence_naming_what_the_claim_names_still_answers_it() -> None:
    # The same length, but it names the Varga clock: it tells of the same thing.
    # No denial word frames the clause, so the stance rules alone read it against the claim.
    report = statement("the golden clock of the Varga museum was stolen during the night", "v")
    answer = statement(
        "the Varga clock was not stolen, it sits in the restorers' workshop where it "
        "belongs until the spring",
        "v",
        Stance.DENIES,
    )
    first, second = group_statements([report, answer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_a_short_denial_with_a_proposition_of_its_own_does_not_point_back() -> None:
    # "a guard stole the keys, which is false" says who did what: no pointer at
    # what its article reported last, however few its words.
    report = statement("the Orsini bridge collapsed because of a design fault", "o")
    own = statement("a guard stole the keys, which is false", "o", Stance.DENIES)
    first, second = group_statements([report, own], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    # "that is simply false" states nothing of its own: it answers the report.
    pointer = statement("that is simply false", "o", Stance.DENIES)
    again = group_statements([report, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert again[1].claim_id == again[0].claim_id


def test_a_denied_fragment_is_not_filed_under_its_articles_claim() -> None:
    # "(denied) knowing": too little to tell which claim it answers.
    report = statement("the Orsini bridge collapsed because of a design fault", "o")
    fragment = statement("knowing", "o", Stance.DENIES, quote="He denied knowing.")
    first, second = group_statements([report, fragment], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


# What opens a sentence before a capitalised word, as the regular expression
# `normalise._opening` reads without: it must read the same everywhere.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"\u201c\u201d(\[]|--|\u2014)\W*$")
_OPENING_TEXT = st.text(
    alphabet=st.sampled_from(list("aZ9_ .!?:;\"\u201c\u201d([-\u2014\u00e9\u00a0\t,'"))
)


@settings(max_examples=500, deadline=None)
@given(_OPENING_TEXT, _OPENING_TEXT, st.integers(min_value=0, max_value=40))
@example("a -", "- ", 2)
@example("a", " --", 3)
@example("", " ", 1)
@example("x", "y\u2014\u00a0", 3)
@example("x (", "", 0)
def test_a_sentence_opening_is_read_as_the_expression_reads_it(
    before: str, text: str, end: int
) -> None:
    from claimtrack.normalise import _opening

    end = min(end, len(text))
    expected = _SENTENCE_OPENING.search(before + text[:end]) is not None
    assert _opening(before, text, end) is expected


def _denial(content: str, source: str, cue: str = "denied") -> Statement:
    return replace(statement(content, source, Stance.DENIES), cue=cue)


def test_a_denial_of_another_predicate_does_not_join_a_claim_on_shared_words() -> None:
    # "denied that the caretaker was questioned" shares the caretaker, the
    # Orsini gallery and the Varga police with "the caretaker was arrested",
    # but denies another thing of him: a claim of its own.
    report = statement("the Orsini gallery caretaker was arrested by the Varga police", "a")
    other = _denial("the Orsini gallery caretaker was questioned by the Varga police", "b")
    first, second = group_statements([report, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert second.is_new
    # Denying the arrest itself, or his detention (the same predicate in other
    # words), answers the claim.
    for denied in (
        "the Orsini gallery caretaker was arrested by the Varga police",
        "the Orsini gallery caretaker was detained by the Varga police",
    ):
        made = group_statements([report, _denial(denied, "b")], ClaimIndex(), DEFAULT_THRESHOLD)
        assert made[1].claim_id == made[0].claim_id


def test_a_denial_joins_the_claim_whose_predicate_it_denies() -> None:
    index = ClaimIndex()
    arrested = statement("the Orsini gallery caretaker was arrested by the Varga police", "a")
    questioned = statement(
        "Varga detectives questioned the Orsini gallery caretaker about a missing ledger", "b"
    )
    (first,) = group_statements([arrested], index, DEFAULT_THRESHOLD)
    # Grouped apart, at a bar the two assertions do not meet.
    (second,) = group_statements([questioned], index, threshold=60.0)
    assert second.is_new
    denial = _denial("the Orsini gallery caretaker was questioned by the Varga police", "c")
    # The denial is worded most like the arrest, but denies the questioning.
    text = denial.content
    assert index.score(text, first.claim_id or "") > index.score(text, second.claim_id or "")
    (third,) = group_statements([denial], index, DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == second.claim_id


def _report_called_false(content: str) -> Statement:
    return replace(statement(f"a report that {content} is false", "b", Stance.DENIES), cue="said")


def test_a_denial_joins_a_claim_whose_statements_told_what_it_denies() -> None:
    # The claim's text tells the band's dismay; one of its statements tells the
    # singer cancelling the contract, which a later report calls false.
    index = ClaimIndex()
    index.add("band-dismayed", "The drummers were dismayed by Mara Quill's refusal of the tour")
    denial = _report_called_false("Mara Quill cancelled a contract for the tour")
    (alone,) = group_statements([denial], index, DEFAULT_THRESHOLD)
    assert alone.claim_id != "band-dismayed"
    index = ClaimIndex()
    index.add("band-dismayed", "The drummers were dismayed by Mara Quill's refusal of the tour")
    index.add("band-dismayed", "Mara Quill cancelled the contract for the tour before her band")
    (made,) = group_statements([denial], index, DEFAULT_THRESHOLD)
    assert made.claim_id == "band-dismayed"


def test_a_denial_answers_a_claim_statement_only_of_what_it_names() -> None:
    # Joining by a statement's text takes the same named subject, said as so: a
    # statement denying it, or one of someone else, tells no such thing.
    for other in (
        "Mara Quill never cancelled the contract for the tour before her band",
        "Tomas Vell cancelled the contract for the tour before his band",
    ):
        index = ClaimIndex()
        index.add("band-dismayed", "The drummers were dismayed by Mara Quill's refusal of the tour")
        index.add("band-dismayed", other)
        denial = _report_called_false("Mara Quill cancelled a contract for the tour")
        (made,) = group_statements([denial], index, DEFAULT_THRESHOLD)
        assert made.claim_id != "band-dismayed"


def test_grouping_runs_without_the_cyclic_collector_and_leaves_it_as_found() -> None:
    import gc

    seen: list[bool] = []

    def statements() -> Iterator[Statement]:
        for number, text in enumerate(
            ["The ferry was sold to a Danish firm", "Snow shut the pass"]
        ):
            seen.append(gc.isenabled())
            yield statement(text, f"s{number}")

    before = gc.get_threshold()
    enabled = gc.isenabled()
    try:
        gc.enable()
        gc.set_threshold(700, 10, 10)
        assignments = group_statements(statements(), ClaimIndex(), DEFAULT_THRESHOLD)
        assert len(assignments) == 2
        assert seen == [False, False]
        assert gc.isenabled()
        assert gc.get_threshold() == (700, 10, 10)
        # A caller that turned the collector off finds it still off.
        gc.disable()
        group_statements(statements(), ClaimIndex(), DEFAULT_THRESHOLD)
        assert not gc.isenabled()
    finally:
        gc.set_threshold(*before)
        if enabled:
            gc.enable()


CRATER_IF = "If the Tarn crater was made by a meteorite, fragments would lie around the Tarn crater"


def test_a_denial_or_doubt_does_not_join_a_claim_that_only_supposes() -> None:
    # What follows a supposition is said only under it: a denial of the
    # fragments, or a doubt of them, is no position on "if X, there would be
    # fragments". An assertion in other words still joins it.
    supposed = statement(CRATER_IF, "a")
    for stance in (Stance.DENIES, Stance.DISPUTES):
        other = replace(statement("fragments lie around the Tarn crater", "b", stance), cue="said")
        first, second = group_statements([supposed, other], ClaimIndex(), DEFAULT_THRESHOLD)
        assert first.is_new
        assert second.claim_id != first.claim_id
    again = statement("if a meteorite made the Tarn crater, fragments would lie around it", "b")
    first, second = group_statements([supposed, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_a_claim_that_does_not_suppose_is_denied_as_before() -> None:
    plain = statement("Fragments of a meteorite lie around the Tarn crater", "a")
    denial = replace(
        statement("no fragments of a meteorite lie around the Tarn crater", "b", Stance.DENIES),
        cue="said",
    )
    first, second = group_statements([plain, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def _said_by_ferrand(content: str, stance: Stance) -> Statement:
    return replace(
        statement(content, "a", stance, quote=f'"{content}," Dr Ana Ferrand said.'),
        speaker="Dr Ana Ferrand",
        cue="said",
    )


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("So I'm very sceptical", Stance.DISPUTES),
        ("We categorically deny these allegations", Stance.DENIES),
    ],
)
def test_a_bare_denial_or_doubt_starts_no_claim(content: str, stance: Stance) -> None:
    # It answers something said before: "Ana Ferrand is very sceptical" would be
    # no proposition of the story.
    (made,) = group_statements([_said_by_ferrand(content, stance)], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_id is None
    assert not made.is_new
    assert made.not_filed is not None and "does not name" in made.not_filed


def test_a_denial_that_points_back_answers_what_others_said() -> None:
    # The wardens' own account is not "the story" they call a hoax: the story is
    # the one the island's paper told.
    told = replace(
        statement("a lynx was seen on the ferry to Skarv", "isle"),
        speaker="The Skarv Gazette",
        cue="reported",
    )
    own = replace(
        statement("their spring census counted only deer and hares", "isle"),
        speaker="The park wardens",
        cue="said",
    )
    pointer = replace(
        statement('the story "a plain hoax', "isle", Stance.DENIES),
        speaker="They",
        cue="called",
    )
    first, second, third = group_statements([told, own, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert third.claim_id == first.claim_id != second.claim_id
    # What they denied before, they may deny again.
    denied = replace(
        statement("no lynx was seen on the ferry to Skarv", "isle", Stance.DENIES),
        speaker="The park wardens",
        cue="said",
    )
    again = group_statements([told, denied, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert again[1].claim_id == again[2].claim_id == first.claim_id
    # A person is one speaker however the article names them.
    sighted = replace(
        statement("a lynx was seen near the Skarv ferry pier", "pier"),
        speaker="Warden Ola Brekke",
        cue="said",
    )
    doubt = replace(
        statement("We don't know what it was yet", "pier", Stance.DISPUTES),
        speaker="Brekke",
        cue="said",
    )
    _, unsure = group_statements([sighted, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert unsure.claim_id is None
    # With nothing but their own words before it, it answers none of them.
    _alone, answer = group_statements([own, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert answer.claim_id is None


def test_a_doubt_that_names_something_of_its_own_still_starts_a_claim() -> None:
    doubt = "the quarry blast at Tarn was caused by a meteorite, though that is doubtful"
    (made,) = group_statements(
        [_said_by_ferrand(doubt, Stance.DISPUTES)], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert made.is_new


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abcz_09 é\u00fc\u00df", max_size=8), max_size=8),
    st.lists(st.text(alphabet="abcz_09 é\u00fc\u00df", max_size=8), max_size=8),
)
@example(["north_korea", "fire", "missile"], ["missile", "fire", "north_korea"])
def test_the_fuzzy_ratio_of_sorted_words_is_the_token_sort_ratio(
    one: list[str], other: list[str]
) -> None:
    from rapidfuzz import fuzz

    from claimtrack.grouping import _sorted_words

    first, second = " ".join(one), " ".join(other)
    assert fuzz.ratio(_sorted_words(first), _sorted_words(second)) == fuzz.token_sort_ratio(
        first, second
    )


def test_an_index_makes_its_words_of_denial_once_and_from_its_own_parties() -> None:
    index = ClaimIndex(RESOLVER)
    words = index.answering_words()
    assert index.answering_words() is words
    assert {"doubt", "fake", "bogus"} <= words
    assert ClaimIndex(RESOLVER).answering_words() == words


def test_a_ranking_asked_again_is_the_same_until_a_text_is_added() -> None:
    index = ClaimIndex(RESOLVER)
    index.add("ferry-sank", "A ferry sank off the coast of Norway")
    index.add("bridge-closed", "The old bridge was closed after the storm")
    first = index.candidates("the ferry sank near Bergen")
    assert first[0][0] == "ferry-sank"
    again = index.candidates("the ferry sank near Bergen")
    assert again == first and again is not first
    index.add("ferry-rescue", "Divers searched the ferry that sank near Bergen")
    after = index.candidates("the ferry sank near Bergen")
    assert "ferry-rescue" in dict(after)
    assert after != first


def test_a_ranking_for_a_smaller_limit_is_read_from_one_made_for_a_larger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def ferries() -> ClaimIndex:
        index = ClaimIndex(RESOLVER)
        index.add("ferry-sank", "A ferry sank off the coast of Norway")
        index.add("ferry-rescue", "Divers searched the ferry that sank near Bergen")
        index.add("ferry-late", "The ferry to Bergen was late again")
        return index

    text = "the ferry sank near Bergen"
    alone = ferries().candidates(text, 1)
    index = ferries()
    ranked: list[int] = []
    rank = ClaimIndex._rank

    def counted(self: ClaimIndex, terms: object, limit: int) -> list[tuple[str, float]]:
        ranked.append(limit)
        return rank(self, terms, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(ClaimIndex, "_rank", counted)
    three = index.candidates(text, 3)
    assert len(three) == 3
    assert index.candidates(text, 1) == three[:1] == alone
    assert index.candidates(text, 2) == three[:2]
    assert ranked == [3]
    # A larger limit than any made ranks again, and so does any once a text is added.
    assert index.candidates(text, 5) == three
    assert ranked == [3, 5]
    index.add("ferry-found", "The ferry that sank near Bergen was found")
    index.candidates(text, 1)
    assert ranked == [3, 5, 1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "ferry",
                "sank",
                "ten",
                "thousand",
                "10k",
                "2.5",
                "million",
                "twenty",
                "five",
                "1,200",
                "Mr",
                "denied",
                "reports",
                "said",
                "officials",
                "were",
                "deploying",
                "deployed",
                "troops",
                "cafés",
                "rumours",
                "it's",
                "3rd",
            ]
        ),
        max_size=14,
    )
)
@example(["twenty", "five", "ferries", "sank"])
def test_a_texts_terms_are_its_content_words_stemmed(words_of_text: list[str]) -> None:
    from claimtrack.normalise import _SYNONYM_GROUPS, content_words

    text = " ".join(words_of_text)
    expected = tuple(
        w if w in _SYNONYM_GROUPS or w[:1].isdigit() else stem(w) for w in content_words(text)
    )
    assert words(text) == expected
    assert words(text) == expected  # and again, from the stems kept


def test_a_denials_clause_is_a_reported_one_not_a_nouns_relative_clause() -> None:
    # "that" after a noun opens its relative clause; the whole sentence is denied.
    text = "The electric bus that the city first ordered is not the one it will run this year"
    assert referent(text, against=True) == text
    assert referent("Officials confirmed that the bridge had not been closed", against=True) == (
        "the bridge had not been closed"
    )


def test_a_denial_answers_the_act_it_names_only_where_it_denies_its_predicate() -> None:
    # "the risk ... because he did not want a report about it to scare his
    # mother" names a report, but what it plays down is the risk, not what the
    # magazine reported of the station's managers.
    reported = replace(
        statement("managers at the station had told Orlo to drop the anecdote", "tv"),
        speaker="The Weekly Ledger",
        cue="reported",
    )
    played_down = replace(
        statement(
            "the risk because he did not want a news report about it to scare his mother",
            "tv",
            Stance.DENIES,
        ),
        speaker="he",
        cue="played down",
    )
    first, second = group_statements([reported, played_down], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    # Denying "the reports" still answers what was reported.
    pointer = replace(
        statement("the reports", "tv", Stance.DENIES), speaker="The station", cue="denied"
    )
    first, answer = group_statements([reported, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert answer.claim_id == first.claim_id


def test_a_pointer_to_a_telling_answers_what_was_told_not_a_remark_sharing_its_words() -> None:
    told = Statement(
        stance=Stance.ASSERTS,
        quote="A tabloid reported that Dana Vell had married in secret.",
        content="Dana Vell had married in secret",
        speaker="A tabloid",
        source="x",
        line=1,
        cue="reported",
    )
    remark = Statement(
        stance=Stance.ASSERTS,
        quote="The promoter said the tour of Brazil will begin in June.",
        content="the tour of Brazil will begin in June",
        speaker="The promoter",
        source="x",
        line=2,
        cue="said",
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote="The label dismissed these rumours on the eve of the tour.",
        content="these rumours",
        speaker="The label",
        source="x",
        line=3,
        cue="dismissed",
    )
    first, second, third = group_statements([told, remark, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_pointer_to_reports_does_not_answer_its_article_saying_what_is_not_so() -> None:
    negative = Statement(
        stance=Stance.ASSERTS,
        quote="Harbour Council said the ferry Marta Bell did not sink off Dover on Friday.",
        content="the ferry Marta Bell did not sink off Dover on Friday",
        speaker="Harbour Council",
        source="x",
        line=1,
        cue="said",
    )
    pointer = Statement(
        stance=Stance.DENIES,
        quote='"These reports are wrong," a council spokesman said.',
        content="These reports are wrong",
        speaker="a council spokesman",
        source="x",
        line=2,
        cue="said",
    )
    first, second = group_statements([negative, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id is None
    assert second.not_filed


def test_a_denial_with_intensifiers_pointing_back_makes_no_claim_of_its_own() -> None:
    # In an article that said nothing before it, "no truth whatsoever to these
    # claims" points at nothing: it is left unfiled, not made a claim of its words.
    told = Statement(
        stance=Stance.ASSERTS,
        quote="A former caddie said that Rafe Dunmore failed a doping test.",
        content="Rafe Dunmore failed a doping test",
        speaker="A former caddie",
        source="x",
        line=1,
        cue="said",
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote='"There is no truth whatsoever to these claims," the tour said.',
        content="There is no truth whatsoever to these claims",
        speaker="the tour",
        source="y",
        line=3,
        cue="said",
    )
    first, second = group_statements([told, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id is None
    assert second.not_filed


def test_a_short_pointer_doubt_answers_what_was_told_before_a_remark_in_passing() -> None:
    told = Statement(
        stance=Stance.ASSERTS,
        quote="A tabloid reported that Dana Vell had married in secret.",
        content="Dana Vell had married in secret",
        speaker="A tabloid",
        source="x",
        line=1,
        cue="reported",
    )
    remark = Statement(
        stance=Stance.ASSERTS,
        quote="The studio said Lumo Pictures is reviewing all of its contracts with actors.",
        content="Lumo Pictures is reviewing all of its contracts with actors",
        speaker="The studio",
        source="x",
        line=3,
        cue="said",
    )
    doubt = Statement(
        stance=Stance.DISPUTES,
        quote='"I cannot confirm that and I hope it is not true," her agent said.',
        content="I cannot confirm that and I hope it is not true",
        speaker="her agent",
        source="x",
        line=5,
        cue="said",
    )
    first, second, third = group_statements([told, remark, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_pointer_doubt_asked_about_the_reports_answers_what_was_told_not_later_remarks() -> None:
    told = Statement(
        stance=Stance.ASSERTS,
        quote="A fan site reported that the singer Mira Tolle had been arrested in Oslo.",
        content="the singer Mira Tolle had been arrested in Oslo",
        speaker="A fan site",
        source="x",
        line=1,
        cue="reported",
    )
    remark = Statement(
        stance=Stance.ASSERTS,
        quote="The label said the spring tour across Norway is going ahead with every date.",
        content="the spring tour across Norway is going ahead with every date",
        speaker="The label",
        source="x",
        line=3,
        cue="said",
    )
    another = Statement(
        stance=Stance.ASSERTS,
        quote="A promoter said the Bergen venue has sold out its tickets for both nights.",
        content="the Bergen venue has sold out its tickets for both nights",
        speaker="A promoter",
        source="x",
        line=5,
        cue="said",
    )
    doubt = Statement(
        stance=Stance.DISPUTES,
        quote=(
            "Asked by a radio host about the reports, her manager said: "
            '"I cannot confirm that and I hope it is not true."'
        ),
        content="I cannot confirm that and I hope it is not true",
        speaker="her manager",
        source="x",
        line=7,
        cue="said",
    )
    first, second, third, fourth = group_statements(
        [told, remark, another, doubt], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert len({first.claim_id, second.claim_id, third.claim_id}) == 3
    assert fourth.claim_id == first.claim_id


# Read by itself, a negative sentence may come to grouping as an assertion or as a denial.
@pytest.mark.parametrize("own", [Stance.ASSERTS, Stance.DENIES])
def test_a_short_doubt_pointing_back_does_not_answer_a_statement_saying_what_is_not_so(
    own: Stance,
) -> None:
    negative = Statement(
        stance=own,
        quote='"Hillside School does not have a teacher called Orla Penn," he told the paper.',
        content="Hillside School does not have a teacher called Orla Penn",
        speaker="he",
        source="x",
        line=1,
        cue="told",
    )
    doubt = Statement(
        stance=Stance.DISPUTES,
        quote='"I believe this could be a hoax story," he added.',
        content="I believe this could be a hoax story",
        speaker="he",
        source="x",
        line=2,
        cue="added",
    )
    first, second = group_statements([negative, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def _said(content: str, line: int, speaker: str, stance: Stance = Stance.ASSERTS) -> Statement:
    return Statement(
        stance=stance,
        quote=f"{content}, {speaker} said.",
        content=content,
        speaker=speaker,
        source="x",
        line=line,
        cue="said",
    )


def test_this_or_that_after_a_statement_of_no_claim_answers_no_claim_either() -> None:
    lead = _said("the mayor of Porthaven sold the harbour to a shipping firm", 1, "A council clerk")
    unnamed = _said("He's hiding the money somewhere", 2, "Her cousin")
    pointer = _said("But this is a scam", 2, "Her cousin", Stance.DENIES)
    first, second, third = group_statements(
        [lead, unnamed, pointer], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert first.claim_id is not None
    assert second.claim_id is None
    assert third.claim_id is None
    assert third.not_filed is not None and "just before" in third.not_filed


def test_this_or_that_right_after_a_claim_still_answers_it() -> None:
    told = replace(
        _said("the mayor of Porthaven sold the harbour to a shipping firm", 1, "A tabloid"),
        cue="reported",
    )
    pointer = _said("That is simply not true", 2, "The mayor's office", Stance.DENIES)
    first, second = group_statements([told, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def _pointing_doubt_after_own_remark(remark: str) -> list[str | None]:
    told = replace(
        _said("smugglers stole four lorries of grain from the depot at Varna", 1, "A local paper"),
        cue="reported",
    )
    own = _said(remark, 3, "Colonel Ruth Abara")
    doubt = _said(
        "We are still looking into it and checking the authenticity of it",
        3,
        "she",
        Stance.DISPUTES,
    )
    made = group_statements([told, own, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    return [m.claim_id for m in made]


def test_a_pointing_doubt_after_its_own_speakers_remark_doubts_what_that_remark_named() -> None:
    # Her "it" is the photograph her own sentence just named, not the theft the
    # paper reported further back.
    told, own, doubt = _pointing_doubt_after_own_remark(
        "investigators at the border post were studying a photograph of the lorries"
    )
    assert told is not None and own is not None
    assert doubt is None


def test_a_pointing_doubt_after_its_own_speaker_names_a_telling_still_answers_it() -> None:
    # "the reports" are the paper's: her "it" is what they told.
    told, _own, doubt = _pointing_doubt_after_own_remark(
        "investigators at the border post had read the reports of the lorries"
    )
    assert told is not None
    assert doubt == told


def test_a_pointing_doubt_after_another_speakers_remark_still_answers_the_telling() -> None:
    told = replace(
        _said("smugglers stole four lorries of grain from the depot at Varna", 1, "A local paper"),
        cue="reported",
    )
    other = _said("the depot reopened on Monday morning after the holiday", 2, "A depot worker")
    doubt = _said(
        "We are still looking into it and checking the authenticity of it",
        3,
        "Colonel Ruth Abara",
        Stance.DISPUTES,
    )
    first, _, third = group_statements([told, other, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert third.claim_id == first.claim_id


def _denial_after_opening_clause(opening: str, speaker: str) -> Statement:
    content = "there had been no fires at these buildings"
    quote = f"{opening}{speaker} later said {content}"
    start = 500
    speaker_at = start + len(opening)
    content_at = start + quote.index(content)
    return Statement(
        stance=Stance.DENIES,
        quote=quote,
        content=content,
        speaker=speaker,
        source="x",
        line=9,
        cue="said",
        span=(start, start + len(quote)),
        speaker_span=(speaker_at, speaker_at + len(speaker)),
        cue_span=(speaker_at + len(speaker) + 7, speaker_at + len(speaker) + 11),
        content_span=(content_at, content_at + len(content)),
    )


def _meeting_told() -> Statement:
    return replace(
        _said(
            "the councillors were holding their weekly meeting when the fire broke out",
            3,
            "The Gazette",
        ),
        cue="reported",
    )


def test_a_denial_of_these_things_its_own_sentence_named_answers_no_claim_further_back() -> None:
    # "these buildings" are the library and the school its own opening clause
    # names, a report no statement carries: not the councillors' meeting.
    denial = _denial_after_opening_clause(
        "Reports of a fire at the library and a nearby school - although ", "officials"
    )
    told, denied = group_statements([_meeting_told(), denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert told.claim_id is not None
    assert denied.claim_id is None
    assert denied.not_filed is not None and "its own sentence" in denied.not_filed


def test_a_denial_of_these_things_with_no_opening_clause_is_read_as_before() -> None:
    denial = _denial_after_opening_clause("At noon ", "officials")
    # Nothing before its speaker names what "these buildings" are: it may still
    # answer what the article told before.
    told, denied = group_statements([_meeting_told(), denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert denied.claim_id == told.claim_id


def test_a_telling_named_by_whose_it_is_answers_what_that_speaker_said() -> None:
    first_said = _said("the Velmar dam collapsed on Tuesday night", 1, "Senator Okafor")
    second_said = _said("the river rose by two metres in the valley", 2, "A resident")
    pointer = _said("Okafor's claim is baseless", 3, "The water board", Stance.DENIES)
    one, two, three = group_statements(
        [first_said, second_said, pointer], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert one.claim_id != two.claim_id
    assert three.claim_id == one.claim_id


@pytest.mark.parametrize("whose", ["Evans'", "Evans's"])
def test_a_telling_called_false_by_whose_it_is_answers_no_other_witness(whose: str) -> None:
    # The ferryman's "Evans' false claims" are what Evans told, not the
    # harbour master's account of the radio call, however many words they share.
    evans = _said("the ferry sank after striking the harbour wall", 1, "Senator Dora Evans")
    witness = _said(
        "the ferry captain radioed the harbour master about the wall before midnight",
        2,
        "Harbour master Tom Reyes",
    )
    denial = _said(
        f"he had long been troubled by {whose} false claims about the harbour",
        3,
        "Another ferryman, Piet Vos",
        Stance.DENIES,
    )
    one, two, three = group_statements([evans, witness, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id != two.claim_id


def test_a_denial_naming_nobody_answers_no_claim_of_another_article() -> None:
    other = Statement(
        stance=Stance.ASSERTS,
        quote="The bakery said the old oven is still alive and well after forty years.",
        content="the old oven is still alive and well after forty years",
        speaker="The bakery",
        source="y",
        line=1,
        cue="said",
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote="'It is a hoax. He is still alive and well,' his agent said.",
        content="It is a hoax. He is still alive and well",
        speaker="his agent",
        source="x",
        line=4,
        cue="said",
    )
    first, second = group_statements([other, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


def test_an_assertion_that_only_reports_a_denial_makes_no_claim() -> None:
    report = _said("officials are denying the reports", 1, "The Gazette")
    (only,) = group_statements([report], ClaimIndex(), DEFAULT_THRESHOLD)
    assert only.claim_id is None
    assert only.not_filed is not None and "reports a denial" in only.not_filed


def test_an_assertion_of_talk_going_around_makes_no_claim_and_the_next_one_does() -> None:
    # "reports of X's arrest surfaced Monday": the claim is not that the arrest
    # surfaced; the statement that says the arrest happened starts the claim.
    talk = _said(
        "reports of the senator's arrest surfaced Monday on several forums", 1, "The Gazette"
    )
    said = _said("the senator was arrested in Lisbon on Sunday night", 2, "A police source")
    first, second = group_statements([talk, said], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is None
    assert first.not_filed is not None and "talk of a matter" in first.not_filed
    assert second.claim_id is not None and "arrested in Lisbon" in second.claim_text


def test_a_doubt_of_which_of_two_candidates_makes_no_claim() -> None:
    doubt = _said(
        "it was unclear whether the army was talking with the rebel commander Tarek Oz, "
        "or another faction of the movement",
        1,
        "A security source",
        Stance.DISPUTES,
    )
    (only,) = group_statements([doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert only.claim_id is None


def test_a_doubt_met_at_the_lower_bar_must_say_the_claims_predicate() -> None:
    seen = _said("Militants drove three tanks near Harrow Bridge, the video shows", 1, "A witness")
    doubt = _said(
        "We are still taking a look at it and assessing whether the video is real",
        2,
        "An army spokesman",
        Stance.DISPUTES,
    )
    first, second = group_statements([seen, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_claim_texts_clause_of_circumstance_is_not_its_main_clause() -> None:
    assert (
        _main_clause(
            "As rivals accuse the mayor of faking his war record, it is reported that "
            "his aides had known of the tale"
        )
        == "it is reported that his aides had known of the tale"
    )
    assert (
        _main_clause("Buyers may try the bracelets on, while small stands are built for the clasp")
        == "Buyers may try the bracelets on"
    )
    assert _main_clause("The ferry had docked at noon") == "The ferry had docked at noon"


def test_a_denial_at_the_lower_bar_shares_a_word_with_the_claims_main_clause() -> None:
    # The denial shares "faking" with the claim's clause of circumstance only,
    # not with what the claim puts forward (the aides had known the tale).
    reported = _said(
        "As veterans accuse Mayor Kessel of faking his war record, aides at the Harlow "
        "city hall had known the tale for years",
        1,
        "The Courier",
    )
    denial = replace(
        _said(
            "the mayor was faking anyone's honour in a long letter he posted to friends, "
            "neighbours and donors on a quiet Monday evening after church",
            2,
            "Kessel",
            Stance.DENIES,
        ),
        cue="denied",
    )
    first, second = group_statements([reported, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_text_leads_with_the_clause_before_its_first_joined_proposition() -> None:
    # A verb phrase said of the same subject, or a clause of its own, after "and" or "but".
    assert (
        _first_proposition("The dock workers have ended their strike and will return on Monday")
        == "The dock workers have ended their strike"
    )
    assert (
        _first_proposition("The mayor met the builders, but the talks broke down at noon")
        == "The mayor met the builders"
    )
    # "and" inside the subject joins no proposition: the text is one.
    assert (
        _first_proposition("The mayor and the builders have signed the contract")
        == "The mayor and the builders have signed the contract"
    )


def _truce_story(denial: str, cue: str = "said") -> list[Assignment]:
    """An article telling a truce and a release in the text it opens with, and
    a denial by the rebels' leader naming a telling further on."""
    lead = replace(
        _said(
            "the Ostrel Front has agreed to a truce and will free the forty miners it holds",
            1,
            "A government spokesman",
        ),
        cue=cue,
    )
    denial_said = replace(
        _said(denial, 5, "Ostrel Front commander Ivo Brask", Stance.DENIES), cue="mocked"
    )
    return group_statements([lead, denial_said], ClaimIndex(), DEFAULT_THRESHOLD)


@pytest.mark.parametrize("cue", ["said", "reported"])
def test_a_denial_naming_only_what_a_text_tells_past_its_lead_answers_another_claim(
    cue: str,
) -> None:
    # The freeing is the lead text's second proposition: the denial of it is no
    # answer to the truce the text puts forward, whether the lead was said or
    # reported (a telling the denial's "reports" may name).
    lead, denial = _truce_story("reports of their planned freeing", cue)
    assert lead.claim_id is not None
    assert denial.claim_id != lead.claim_id


@pytest.mark.parametrize("cue", ["said", "reported"])
def test_a_denial_naming_what_a_text_leads_with_answers_its_claim(cue: str) -> None:
    lead, denial = _truce_story("reports of their agreed truce", cue)
    assert denial.claim_id == lead.claim_id


def _after_talks(later: str) -> tuple[Assignment, Assignment]:
    """A text granting talks and putting forward, after "but", that no contract
    came of them; then a statement of another article."""
    granted = _said(
        "Mara Quill held talks with the Orbis studio about the lead part, but the contract "
        "was never signed",
        1,
        "A trade paper",
    )
    first, second = group_statements(
        [granted, replace(_said(later, 2, "A studio insider"), source="y")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    return first, second


def test_an_assertion_telling_only_what_a_text_grants_before_its_but_is_another_claim() -> None:
    first, second = _after_talks(
        "Mara Quill is now in talks with the Orbis studio for the lead part"
    )
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_an_assertion_telling_what_a_text_puts_forward_after_its_but_joins_it() -> None:
    first, second = _after_talks(
        "Mara Quill never signed the contract with the Orbis studio for the lead part"
    )
    assert second.claim_id == first.claim_id


def _after_cartel_plot(later: str) -> tuple[Assignment, Assignment]:
    """A claim of what a cartel is doing at a port; then a statement of
    another article sharing the cartel, the port and the crossing."""
    plot = _said(
        "The Vorn cartel is actively planning to smuggle rifles through the port",
        1,
        "A police report",
    )
    first, second = group_statements(
        [plot, replace(_said(later, 2, "A harbour official"), source="y")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    return first, second


@pytest.mark.parametrize(
    "later",
    [
        "three men linked to the Vorn cartel tried to smuggle rifles through the port",
        "two sailors with suspected ties to the Vorn cartel tried to smuggle rifles "
        "through the port",
    ],
)
def test_people_linked_to_what_a_claim_tells_of_are_another_subject(later: str) -> None:
    first, second = _after_cartel_plot(later)
    assert first.claim_id is not None
    assert second.claim_id is not None
    assert second.claim_id != first.claim_id


def test_the_same_group_named_again_joins_its_claim() -> None:
    first, second = _after_cartel_plot(
        "the Vorn cartel is planning to smuggle rifles through the port"
    )
    assert second.claim_id == first.claim_id


def test_people_of_a_group_said_of_the_group_by_their_link_join_its_claim() -> None:
    # The claim is said of the men too ("Vorn gunmen"), not of the cartel itself.
    caught = _said(
        "Five Vorn cartel gunmen were caught smuggling rifles through the port",
        1,
        "A police report",
    )
    first, second = group_statements(
        [
            caught,
            replace(
                _said(
                    "five gunmen linked to the Vorn cartel were caught smuggling rifles "
                    "through the port",
                    2,
                    "A harbour official",
                ),
                source="y",
            ),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert second.claim_id == first.claim_id


def _after_smugglers_caught(later: str) -> tuple[Assignment, Assignment]:
    """A claim that guards caught smugglers at a river crossing; then a
    statement of another article sharing the capture, the river and the guards."""
    caught = _said(
        "Dunmore border guards caught six smugglers crossing the river at night",
        1,
        "A police report",
    )
    first, second = group_statements(
        [caught, replace(_said(later, 2, "A harbour official"), source="y")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    return first, second


@pytest.mark.parametrize(
    "later",
    [
        "information regarding the capture of smugglers crossing the river comes directly "
        "from the Dunmore border guards",
        "reports of the capture of six smugglers at the river surfaced on a Dunmore "
        "border guards forum",
    ],
)
def test_what_is_said_of_a_telling_is_not_the_thing_told(later: str) -> None:
    first, second = _after_smugglers_caught(later)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_the_thing_told_again_joins_its_claim() -> None:
    first, second = _after_smugglers_caught(
        "the Dunmore border guards caught six smugglers as they crossed the river at night"
    )
    assert second.claim_id == first.claim_id


def test_the_same_thing_said_of_a_telling_joins_its_claim() -> None:
    came = _said(
        "The information about the Dunmore raid came from a police informant", 1, "A report"
    )
    first, second = group_statements(
        [
            came,
            replace(
                _said(
                    "the information about the raid at Dunmore came from an informant",
                    2,
                    "A harbour official",
                ),
                source="y",
            ),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    "later",
    [
        "they were looking into reports that six smugglers had been caught crossing the "
        "river by the Dunmore border guards",
        "officials are checking whether Dunmore border guards caught six smugglers crossing "
        "the river",
    ],
)
def test_an_inquiry_into_the_thing_told_is_not_the_thing_told(later: str) -> None:
    first, second = _after_smugglers_caught(later)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_the_thing_inquired_into_does_not_join_the_inquiry() -> None:
    checking = _said(
        "Dunmore officials are checking whether border guards caught six smugglers at the river",
        1,
        "A police report",
    )
    caught = _said(
        "Dunmore border guards caught six smugglers crossing the river at night",
        2,
        "A harbour official",
    )
    first, second = group_statements(
        [checking, replace(caught, source="y")], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_an_inquiry_joins_the_claim_of_the_same_inquiry() -> None:
    working = _said(
        "The Dunmore guards are working as quickly as they can to determine whether the "
        "smugglers crossed the river",
        1,
        "A police report",
    )
    first, second = group_statements(
        [
            working,
            replace(
                _said(
                    "the Dunmore guards were trying to determine whether the smugglers crossed "
                    "the river",
                    2,
                    "A harbour official",
                ),
                source="y",
            ),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert second.claim_id == first.claim_id


def test_no_information_on_whether_frames_the_clause_it_doubts() -> None:
    assert (
        referent("there is no information on whether the pilots were trained abroad", against=True)
        == "the pilots were trained abroad"
    )
    assert (
        referent("there was no information as to whether the ferry had docked", against=True)
        == "the ferry had docked"
    )


def test_slug_takes_the_propositions_own_subject_and_object() -> None:
    # A person named after a title is the subject, not the party of the title.
    assert (
        make_slug("Lisbon Fire Chief Marta Duarte had closed the old bridge", set())
        == "marta-duarte-closed-old-bridge"
    )
    # "One of", "some of", "the bulk of": what is counted is the subject.
    assert make_slug("One of the ferries had run aground", set()) == "ferries-run-aground"
    assert (
        make_slug("The vast majority of the parcels arrived late", set()) == "parcels-arrived-late"
    )
    # A party where the subject is, not who it is.
    assert (
        make_slug("Engineers at a depot in Spain were inspecting the trains", set())
        == "engineers-inspecting-trains"
    )
    # "at least" places nothing.
    assert (
        make_slug("At least 12 Chinese tourists were stranded in the snow", set())
        == "china-tourists-stranded-snow"
    )
    # What someone is confident of is the proposition.
    assert (
        make_slug("The ministry is confident that the new dam will hold the floods", set())
        == "new-dam-hold-floods"
    )
    # What they were trying to do is the object.
    assert (
        make_slug("Six smugglers were caught trying to cross the river at night", set())
        == "six-smugglers-caught-cross-river"
    )


def test_an_id_reads_with_the_name_a_description_stands_for() -> None:
    # "the prime minister" the article names: the id names him too.
    named = replace(
        statement("the prime minister was not ruling anything out", "m"),
        described=(("the prime minister", "Tomas Varga"),),
    )
    # A description spelt out at length keeps the statement's own words in its id.
    spelt = replace(
        statement("the dam collapsed after the storm", "n"),
        described=(("the dam", "the old dam that the county built on the Ouse in 1931"),),
    )
    first, second = group_statements([named, spelt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_text == "Tomas Varga was not ruling anything out"
    assert first.claim_id == "tomas-varga-not-ruling-anything-out"
    assert second.claim_text.startswith("The old dam that the county built")
    assert second.claim_id == "dam-collapsed-storm"


def test_an_existential_naming_nothing_makes_a_claim_with_what_the_article_names() -> None:
    # "the harbour" the article says is Dover's: what there is is then somewhere.
    placed = replace(
        statement("there are several hundred boats in the harbour", "m"),
        described=(("the harbour", "the harbour at Dover"),),
    )
    # Nothing described, nothing named: no claim of its own.
    vague = statement("there are several hundred boats in the harbour", "n")
    first, second = group_statements([placed, vague], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_text == "There are several hundred boats in the harbour at Dover"
    assert second.claim_id in {None, first.claim_id}
    (alone,) = group_statements([vague], ClaimIndex(), DEFAULT_THRESHOLD)
    assert alone.claim_id is None


def test_a_claim_text_shows_the_full_name_of_a_surname_alone_and_groups_as_before() -> None:
    # "Olsary" the article calls "Benedikt Olsary": the text and the id name him
    # in full; grouping compares the statement's own words.
    named = replace(
        statement("Olsary had approved the harbour plan in March", "m"),
        described=(("Olsary", "Benedikt Olsary"),),
    )
    plain = statement("Olsary had approved the harbour plan in March", "n")
    (first,) = group_statements([named], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_text == "Benedikt Olsary had approved the harbour plan in March"
    assert first.claim_id.startswith("benedikt-olsary-approved")
    index = ClaimIndex()
    both = group_statements([named, plain], index, DEFAULT_THRESHOLD)
    alone = group_statements([plain, plain], ClaimIndex(), DEFAULT_THRESHOLD)
    assert (both[0].claim_id == both[1].claim_id) == (alone[0].claim_id == alone[1].claim_id)
    assert both[1].claim_text == "Benedikt Olsary had approved the harbour plan in March"


def test_slug_skips_when_a_text_opens_and_a_participle_after_its_subject() -> None:
    assert make_slug("Later, the mayor signed the budget", set()) == "mayor-signed-budget"
    assert (
        make_slug("Within a day of the vote, Peru had recalled its envoy", set())
        == "peru-recalled-envoy"
    )
    assert make_slug("Last week the council closed the pool", set()) == "council-closed-pool"
    assert make_slug("Friday, a retired judge opened the inquiry", set()) == (
        "retired-judge-opened-inquiry"
    )
    # A time that is the subject stays.
    assert make_slug("Last year was the wettest on record", set()) == "last-year-wettest"
    assert (
        make_slug("The vaccine being tested in Lagos has yet to be approved", set())
        == "vaccine-yet-approved"
    )
    # A noun in -ing is no participle.
    assert make_slug("The town meeting was cancelled", set()) == "town-meeting-cancelled"


SMUGGLERS_CAUGHT = (
    "At least five Zorvan smugglers were caught crossing the Delmar river into Kestria last spring"
)


@pytest.mark.parametrize(
    "later",
    [
        "Seven smugglers from Zorvan were caught near a ford by the guards",
        # What a frame reports is what is said of the actors.
        "I know that smugglers from Zorvan were caught near a ford by the guards on Sunday",
        "Smugglers from Zorvan are believed to have been caught near a ford by guards",
    ],
)
def test_a_loose_match_joins_when_it_says_the_claims_predicate(later: str) -> None:
    first, second = _loose_match_after_smugglers_caught(later)
    assert second.claim_id == first.claim_id


def test_a_loose_match_telling_another_thing_of_the_same_actors_starts_its_own_claim() -> None:
    later = "The smugglers from Zorvan are sneaking across the Delmar every night"
    first, second = _loose_match_after_smugglers_caught(later)
    assert second.is_new and second.claim_id != first.claim_id


def _loose_match_after_smugglers_caught(later: str) -> tuple[Assignment, Assignment]:
    """Group the smugglers' capture, then `later`, a loose match of its claim."""
    return _loose_match_after(SMUGGLERS_CAUGHT, later)


@pytest.mark.parametrize(
    "later",
    [
        "The smugglers from Zorvan were named on Sunday and they were caught near a ford by guards",
        "Names of the Zorvan smugglers were leaked, and they were caught at a ford by the guards",
    ],
)
def test_a_loose_match_joins_when_a_coordinated_clause_says_the_claims_predicate(
    later: str,
) -> None:
    first, second = _loose_match_after_smugglers_caught(later)
    assert second.claim_id == first.claim_id


def test_a_coordinated_clause_telling_another_thing_starts_its_own_claim() -> None:
    later = "Names of the Zorvan smugglers were leaked, and they are sneaking across the Delmar"
    index = ClaimIndex()
    first = group_statements([statement(SMUGGLERS_CAUGHT, "s1")], index, DEFAULT_THRESHOLD)[0]
    assert index.score(later, first.claim_id or "") >= DEFAULT_THRESHOLD
    second = group_statements([statement(later, "s2")], index, DEFAULT_THRESHOLD)[0]
    assert second.claim_id != first.claim_id


SINGER_ARRESTED = "The singer Oren Vasko had been arrested by the Talmor police after a concert"


def _after_singer_arrested(later: str, source: str) -> tuple[Assignment, Assignment]:
    """Group the singer's arrest (in source s1), then `later` from `source`,
    after checking that `later` alone scores under the bar for the claim."""
    index = ClaimIndex()
    first = group_statements([statement(SINGER_ARRESTED, "s1")], index, DEFAULT_THRESHOLD)[0]
    assert index.score(later, first.claim_id or "") < DEFAULT_THRESHOLD
    index = ClaimIndex()
    told = [statement(SINGER_ARRESTED, "s1"), replace(statement(later, source), line=3)]
    first, second = group_statements(told, index, DEFAULT_THRESHOLD)
    return first, second


@pytest.mark.parametrize(
    "later",
    [
        "Vasko was detained outside a nightclub in the old harbour on Friday night",
        "Oren Vasko was nicked outside a nightclub in the old harbour on Friday night",
    ],
)
def test_an_act_its_article_told_before_in_another_verb_joins_that_claim_under_the_bar(
    later: str,
) -> None:
    first, second = _after_singer_arrested(later, "s1")
    assert second.claim_id == first.claim_id


def test_an_act_told_in_another_verb_by_another_article_starts_its_own_claim() -> None:
    later = "Vasko was detained outside a nightclub in the old harbour on Friday night"
    first, second = _after_singer_arrested(later, "s2")
    assert second.claim_id != first.claim_id


def test_an_act_in_another_verb_said_only_conditionally_starts_its_own_claim() -> None:
    later = (
        "If Vasko was detained outside a nightclub in the old harbour on Friday night, "
        "the tour will be cancelled"
    )
    first, second = _after_singer_arrested(later, "s1")
    assert second.claim_id != first.claim_id


def test_an_act_in_another_verb_done_to_others_starts_its_own_claim() -> None:
    index = ClaimIndex()
    told = [
        statement("Guards arrested four smugglers at the Delmar crossing on Sunday", "s1"),
        replace(
            statement(
                "Guards detained two other smugglers in the wooded hills during a moonless and "
                "freezing night after a long chase through the valley",
                "s1",
            ),
            line=3,
        ),
    ]
    first, second = group_statements(told, index, DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


SMUGGLERS_ARRESTED = (
    "At least five Zorvan smugglers were arrested at the Delmar river crossing into Kestria last "
    "spring by the border guards"
)


@pytest.mark.parametrize(
    ("later", "joins"),
    [
        # What there is, is what an existential tells of: cells, not arrests ...
        ("There are cells of Zorvan smugglers in the towns of Kestria", False),
        # ... and arrests said as a thing there were tell the claim's predicate.
        ("There have been two arrests of smugglers from Zorvan in the towns", True),
    ],
)
def test_an_existential_matched_loosely_tells_of_the_thing_it_says_there_is(
    later: str, joins: bool
) -> None:
    first, second = _loose_match_after(SMUGGLERS_ARRESTED, later)
    assert (second.claim_id == first.claim_id) is joins


STRANGLER_KNOWN = "Kestrian officials believed they know the identity of the Harbour Strangler"


@pytest.mark.parametrize(
    ("later", "joins"),
    [
        # Nothing but the telling and its tellers in common ("official",
        # "believed"): another thing told, a claim of its own ...
        (
            "a senior official also confirmed that Varga is believed to be the dockside killer",
            False,
        ),
        # ... where a word of what was told in common ("harbour") still joins.
        (
            "a senior official also confirmed the name of the harbour strangler suspect, "
            "but police declined to comment on the arrest",
            True,
        ),
    ],
)
def test_a_loose_match_with_no_predicate_sharing_only_words_of_telling_starts_its_own(
    later: str, joins: bool
) -> None:
    first, second = _loose_match_after(STRANGLER_KNOWN, later)
    assert (second.claim_id == first.claim_id) is joins


def test_the_thing_an_existential_says_there_is() -> None:
    assert _existent("there are already Zorvan cells in the towns") == {stem("cells")}
    assert _existent("There is an ongoing inquiry. It is right") == {stem("inquiry")}
    assert _existent("there are around 500 volunteers fighting for the militia") == {
        stem("volunteers")
    }
    assert _existent("There\u2019s a new video of the raid") == {stem("video")}
    # One saying there is none answers a claim of the thing; any other text tells none.
    assert _existent("there are no suspected cases in the province") == frozenset()
    assert _existent("There's nobody talking about the raid") == frozenset()
    assert _existent("the guards say there are cells") == frozenset()


@pytest.mark.parametrize(
    ("later", "joins"),
    [
        # A first sentence with no verb to read: the next one tells another
        # thing of the smugglers (swimming), not their capture ...
        ("We are not in need of boats. The Zorvan smugglers swam across the Delmar", False),
        # ... or the capture itself.
        ("We are not in need of boats. Smugglers from Zorvan were caught at a ford", True),
    ],
)
def test_a_content_of_sentences_matched_loosely_says_the_predicate_of_its_next_sentence(
    later: str, joins: bool
) -> None:
    first, second = _loose_match_after(SMUGGLERS_CAUGHT, later)
    assert (second.claim_id == first.claim_id) is joins


def test_what_a_content_of_sentences_predicates() -> None:
    # One sentence, or several whose whole is read: as before.
    assert _predicate_read("The guards caught the smugglers") == {"catch"}
    assert _predicate_read("There are cells of smugglers in the towns") == {stem("cells")}
    # A first sentence with nothing read: the next sentence that has a predicate.
    assert _predicate_read(
        "We are not in need of boats. We can cross the river if we have rope"
    ) == {"cross"}
    assert _predicate_read("Not a word. Nothing at all") == frozenset()


def _as_pipeline_groups(content: str, source: str, line: int = 1) -> Statement:
    """An assertion as the pipeline hands it to grouping: a negative sentence
    grouped as a denial (`pipeline._as_grouped`)."""
    said = replace(statement(content, source), line=line, speaker="Vera Holt")
    return _as_grouped(said, Lexicon.build())


def _pipeline_toward() -> Toward:
    return partial(_stance_toward, lexicon=Lexicon.build())


@pytest.mark.parametrize(
    ("later", "joins"),
    [
        # Above the bar, short of a close rewording: another predicate ("flying",
        # "bombing") of the actors is a proposition of its own ...
        (
            "The smugglers from Zorvan aren't flying planes over Kestria, they are bombing towns",
            False,
        ),
        # ... and a clause saying the claim's predicate joins it.
        ("The smugglers from Zorvan weren't armed, but they were caught by guards", True),
    ],
)
def test_a_negative_sentence_matched_loosely_must_say_the_claims_predicate(
    later: str, joins: bool
) -> None:
    index = ClaimIndex()
    toward = _pipeline_toward()
    [first] = group_statements(
        [_as_pipeline_groups(SMUGGLERS_CAUGHT, "s1")], index, DEFAULT_THRESHOLD, toward
    )
    negative = _as_pipeline_groups(later, "s2")
    assert negative.stance is Stance.DENIES
    assert (
        DEFAULT_THRESHOLD
        <= index.score(later, first.claim_id or "")
        < PREDICATE_FREE_FACTOR * DEFAULT_THRESHOLD
    )
    [second] = group_statements([negative], index, DEFAULT_THRESHOLD, toward)
    assert (second.claim_id == first.claim_id) is joins


def test_a_negative_sentence_of_another_predicate_does_not_join_its_articles_claim() -> None:
    # Under the bar, the article links it to the capture its speaker told just
    # before; but what it says of the smugglers is another thing, not the capture.
    said = [
        _as_pipeline_groups(SMUGGLERS_CAUGHT, "s1", 1),
        _as_pipeline_groups(
            "The smugglers aren't flying planes, but they will be bombing towns in Kestria", "s1", 3
        ),
    ]
    first, second = group_statements(said, ClaimIndex(), DEFAULT_THRESHOLD, _pipeline_toward())
    assert second.claim_id != first.claim_id


VERDAN_TRUCE = (
    "The Verdan government has agreed to a truce with the Oskari rebels after weeks of fighting in "
    "the northern hills around Tarsk"
)
LIND_CAST = (
    "Marta Lind has won the role of the ageing queen in the Harlow stage drama that opens at the "
    "Royal Dunmore theatre in May"
)


@pytest.mark.parametrize(
    ("first_text", "later"),
    [
        (
            VERDAN_TRUCE,
            "the Verdan government struck a truce with Oskari fighters late on Friday after a "
            "mediation by elders of the lowland clans",
        ),
        (
            VERDAN_TRUCE,
            "the Verdan government reached a truce with Oskari fighters on Friday after a long "
            "mediation by clan elders from the coast",
        ),
        (
            LIND_CAST,
            "Marta Lind will fill the demanding role, the producer of the drama told reporters on "
            "Tuesday evening",
        ),
    ],
)
def test_a_loose_match_joins_when_its_support_verb_brings_about_the_claims_event(
    first_text: str, later: str
) -> None:
    first, second = _loose_match_after(first_text, later)
    assert second.claim_id == first.claim_id


def test_a_support_verb_bringing_about_another_event_starts_its_own_claim() -> None:
    later = (
        "the Verdan government signed a trade deal with Oskari rebels late on Friday after "
        "mediation by elders"
    )
    first, second = _loose_match_after(VERDAN_TRUCE, later)
    assert second.is_new and second.claim_id != first.claim_id


def test_the_event_a_support_verb_brings_about() -> None:
    assert _supported_event("they had struck a deal with the rebels") == {"deal"}
    assert _supported_event("the army has reached a cease-fire with them") == {"ceasefir"}
    assert _supported_event("Lind will fill the challenging role") == {"role"}
    # In the passive the event comes first.
    assert _supported_event("a ceasefire agreement has been concluded") == {"agre"}
    # A verb that says what was done, or an object that is no agreement or part.
    assert not _supported_event("the rebels agreed to a truce")
    assert not _supported_event("the army reached the city")
    assert not _supported_event("Plant took part in the tour")


def test_the_class_of_meaning_a_main_predicate_is_of() -> None:
    assert _predicate_classes("Oren Vasko rejected the offer") == {"refusing"}
    assert _predicate_classes("Oren Vasko tore the old contract to pieces") == {"refusing"}
    assert _predicate_classes("Vasko ripped up the contract") == {"refusing"}
    assert _predicate_classes("the rebels have captured the rifles") == {"capturing"}
    assert _predicate_classes("the rebels took possession of the rifles") == {"capturing"}
    assert _predicate_classes("Marta Lind will play Queen Edda") == {"casting"}
    # A support verb bringing about a part casts too.
    assert _predicate_classes("Marta Lind will fill the demanding role") == {"casting"}
    assert _predicate_classes("Lind has pulled out of the drama") == {"withdrawing"}
    # A support verb bringing about a truce or a deal agrees to it.
    assert _predicate_classes("the Oskari rebels have agreed to a truce") == {"agreeing"}
    assert _predicate_classes("the Oskari rebels announced a unilateral truce") == {"agreeing"}
    assert _predicate_classes("the Oskari rebels struck a deal") == {"agreeing"}
    assert _predicate_classes("the Verdan army was investigating the claim") == {"investigating"}
    assert _predicate_classes("analysts were examining the footage") == {"investigating"}
    assert _predicate_classes("the ministry is looking into the reports") == {"investigating"}
    assert _predicate_classes("the smugglers are sneaking into Kestria") == {"entering"}
    assert _predicate_classes("the smugglers crossed the river into Kestria") == {"entering"}
    assert _predicate_classes("the police entered the house by the back door") == {"entering"}
    assert _predicate_classes("the Harrow gang stormed the depot") == {"attacking"}
    assert _predicate_classes("the depot was raided by the Harrow gang") == {"attacking"}
    # A verb of the class that is not the main predicate, or another sense of it.
    assert not _predicate_classes("the band that rejected him is touring again")
    assert not _predicate_classes("Lind had talks about taking on the role")
    assert not _predicate_classes("the team played well on Sunday")
    assert not _predicate_classes("Vasko tore a muscle in his leg")
    # A crossing that says where from, not where into, enters nothing.
    assert not _predicate_classes("the smugglers crossed the river at night")
    assert not _predicate_classes("the runner slipped on the wet track in the rain")


def test_the_one_scan_for_a_class_wording_misses_none_a_class_finds() -> None:
    """`_predicate_classes` reads a predicate only where one scan finds a wording of
    some class: every text a class's own pattern matches, that scan matches too."""
    texts = [
        "Oren Vasko turned it down flat",
        "the militia has taken possession of the port",
        "Marta Lind will star as the duchess",
        "the Ferren family walked away from the talks",
        "the couriers were tipped off by a clerk",
        "Brandt had quit at the end of the season",
        "the guards were taken into custody on Friday",
        "the crew slew the dragon in the last act",
        "the committee will scrutinise the accounts",
    ]
    for text in texts:
        assert any(pattern.search(text) for pattern in _PREDICATE_CLASS_AT.values())
        assert _ANY_PREDICATE_CLASS.search(text)
    # A text with no wording of any class holds no class.
    assert not _ANY_PREDICATE_CLASS.search("the minister spoke at length on Tuesday")
    assert not _predicate_classes("the minister spoke at length on Tuesday")


# Words of the class wordings, words holding their stems, and other words.
_CLASS_SCAN_WORDS = (
    "rejected turned it down tore up into pieces played the Hamlet portrays a role starred as "
    "was cast seized took possession of arrested taken custody withdrew pulled out quit exit "
    "polls fell through walked away kidnapped missed its target drifted off course gone astray "
    "identified learned identity from received tip tipped stole robbed looting probed examined "
    "looked entered snuck slipped crossed in attacked shot dead killing office problem England "
    "stars player including covered involves agreed landed , . ' -"
)
# Characters the engine takes for a letter blind to case: dotless and dotted i,
# the Kelvin sign, the long s.
_OTHER_CASES = {"i": "\u0131\u0130", "k": "\u212a", "s": "\u017f"}


@st.composite
def _cased_class_text(draw: st.DrawFn) -> str:
    """Class wordings and other words, each letter in either case or another of its forms."""
    words = draw(st.lists(st.sampled_from(_CLASS_SCAN_WORDS.split()), max_size=12))
    text = draw(st.sampled_from([" ", "  ", "\n", "-"])).join(words)
    return "".join(
        draw(st.sampled_from([char, char.upper(), char.lower(), *_OTHER_CASES.get(char, "")]))
        for char in text
    )


@settings(max_examples=300, deadline=None)
@given(st.one_of(_cased_class_text(), st.text(max_size=40)))
@example("Oren Vasko REJECTED the offer and TORE it Up")
@example("the Kid\u0131 st\u0131ll pLaYs Duke Orsino")
@example("\u017fei\u212aed the port, then e\u0130ITED")
def test_the_one_scan_for_a_class_wording_is_case_blind(text: str) -> None:
    """The scan is case-sensitive, for speed, and finds what the classes' wordings
    find blind to case: the same matches in a headline's capitals, in any mix of
    cases, and in the other forms of i, k and s the engine takes for a letter."""
    wordings = "|".join((_PREDICATE_CLASSES | _GENERAL_PREDICATE_CLASSES).values())
    blind = re.compile(rf"(?i)\b(?:{wordings})\b")
    assert not _ANY_PREDICATE_CLASS.flags & re.IGNORECASE
    found = [match.span() for match in _ANY_PREDICATE_CLASS.finditer(text)]
    assert found == [match.span() for match in blind.finditer(text)]


def test_one_act_of_one_named_actor_in_other_words() -> None:
    index = ClaimIndex()
    rejected = "Oren Vasko has rejected a forty million pound offer for a Talmor reunion tour"
    assert same_act(rejected, "Oren Vasko ripped up the contract", index)
    # The same act done by someone else to him, or another act of his.
    assert not same_act(rejected, "the promoters rejected Oren Vasko and his demands", index)
    assert not same_act(rejected, "Oren Vasko signed the Talmor contract", index)
    # An object named in each, another in each: other acts.
    assert not same_act(
        "the Dorvan rebels seized the Askel bridge", "the Dorvan rebels captured Fort Kemmer", index
    )


def test_a_thing_not_reaching_where_it_was_sent_is_one_act_in_other_words() -> None:
    index = ClaimIndex()
    missed = "one parachuted crate had missed its target"
    assert _predicate_classes(missed) == {"straying"}
    assert _predicate_classes("the second crate had gone astray") == {"straying"}
    # "Its target" and "course" belong to the wording: both name only a crate.
    assert same_act(missed, "one of the crates drifted off course", index)
    # Missing something else, or another thing going astray, is another act.
    assert not _predicate_classes("the Orla minister missed the meeting")
    assert not same_act(missed, "one of the trucks drifted off course", index)


def test_a_general_act_is_one_act_only_when_done_to_one_thing() -> None:
    index = ClaimIndex()
    attacked = "The Harrow gang attacked the Velden depot on Friday"
    assert same_act(attacked, "The Velden depot was raided by the Harrow gang", index)
    assert same_act(attacked, "The Harrow gang stormed the depot at Velden", index)
    # Another thing attacked, by its head noun or by its name: another attack.
    assert not same_act(attacked, "The Harrow gang attacked two farms near Osk", index)
    assert not same_act(attacked, "The Harrow gang ambushed a convoy", index)
    assert not same_act(attacked, "The Harrow gang raided the Kessel depot", index)
    # Where one text names nothing it is done to, the act's actor decides.
    assert same_act(attacked, "The Harrow gang attacked it again", index)


def _started_apart(first: str, later: str) -> tuple[ClaimIndex, str, str]:
    """Group `first` (source s1) and `later` (source s2), which start two claims."""
    index = ClaimIndex()
    one, other = group_statements(
        [statement(first, "s1"), statement(later, "s2")], index, DEFAULT_THRESHOLD
    )
    assert one.is_new and other.is_new and one.claim_id and other.claim_id
    return index, one.claim_id, other.claim_id


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Oren Vasko has rejected a forty million pound offer for a Talmor reunion tour",
            "Oren Vasko ripped up the papers he had been handed at a dinner",
        ),
        (
            "The Oskari rebels have agreed to a truce with the Verdan government",
            "The Oskari rebels announced a unilateral ceasefire on Thursday and the army responded",
        ),
        (
            "The Verdan army was investigating the claim",
            "Analysts at Verdan army headquarters in Port Selm were examining the footage",
        ),
        (
            "Red Hand militants are sneaking into Kestria through the mountain passes",
            "Red Hand fighters slipped across the border into Kestria by boat",
        ),
    ],
)
def test_a_claim_saying_an_earlier_ones_act_in_other_words_goes_into_it(
    first: str, later: str
) -> None:
    index, earlier, other = _started_apart(first, later)
    sources = {earlier: {"s1"}, other: {"s2"}}
    assert merged_claims([earlier, other], sources, index) == {other: earlier}


def test_an_act_told_in_a_verb_phrase_joined_to_a_claims_text_is_its_act() -> None:
    # The main clause frames a negated clause; the joined phrase tells the act.
    index, earlier, other = _started_apart(
        "Oren Vasko, after weeks of doubt, came to the conclusion he was not ready for the"
        " Talmor tour and decided to withdraw",
        "Singer Oren Vasko has quit, his agent confirmed",
    )
    sources = {earlier: {"s1"}, other: {"s2"}}
    assert merged_claims([earlier, other], sources, index) == {other: earlier}
    # A joined phrase of another act is no wording of it.
    index, earlier, other = _started_apart(
        "Oren Vasko, after weeks of doubt, came to the conclusion he was not ready for the"
        " Talmor tour and signed a solo record deal",
        "Singer Oren Vasko has quit, his agent confirmed",
    )
    assert merged_claims([earlier, other], {earlier: {"s1"}, other: {"s2"}}, index) == {}


@pytest.mark.parametrize(
    ("opening", "merges"),
    [
        ("One of the Tarn relief crates had gone missing", True),
        # A claim saying the act was not done is not the act its statements tell.
        ("Not one of the Tarn relief crates had gone missing", False),
    ],
)
def test_an_earlier_claim_naming_no_act_stands_by_its_statements_act(
    opening: str, merges: bool
) -> None:
    index = ClaimIndex()
    first, _, later = group_statements(
        [
            statement(opening, "s1"),
            statement("one Tarn relief crate had missed its target", "s1"),
            statement("a Tarn crate drifted off course", "s2"),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id and later.is_new and later.claim_id
    sources = {first.claim_id: {"s1"}, later.claim_id: {"s2"}}
    merged = merged_claims([first.claim_id, later.claim_id], sources, index)
    assert merged == ({later.claim_id: first.claim_id} if merges else {})


def test_a_killing_is_one_act_only_of_one_victim() -> None:
    index = ClaimIndex()
    killed = "The Verdan army has killed an impostor posing as the Red Hand leader"
    assert not same_act(killed, "The Verdan army has killed hundreds of Red Hand militants", index)
    assert same_act(killed, "The Verdan army shot dead the impostor", index)


def test_claims_of_one_act_that_share_only_a_party_stay_apart() -> None:
    # Parties act in many stories: their names alone do not make them one.
    index, seized, captured = _started_apart(
        "The Islamic State seized a cache of rifles in Syria",
        "The Islamic State captured an oil field in eastern Syria",
    )
    assert merged_claims([seized, captured], {seized: {"s1"}, captured: {"s2"}}, index) == {}
    # Told in one article, they are of one story.
    assert merged_claims([seized, captured], {seized: {"s1"}, captured: {"s1"}}, index) == {
        captured: seized
    }


VARGA_TRAVELLED = (
    "Kuwaiti-born Teodor Varga travelled to Ostrava in 2012 before joining the Red Hand militia"
)


def test_claims_sharing_only_a_party_merge_when_their_articles_share_rare_names() -> None:
    # Told in two articles that both name the besieged town and its defenders'
    # commander, the seizure and the capture are one story's act.
    index, seized, captured = _started_apart(
        "The Islamic State seized a cache of rifles",
        "The Islamic State captured weapons dropped for the defenders",
    )
    sources = {seized: {"s1"}, captured: {"s2"}}
    one_story = {seized: {"varnholt", "deskov"}, captured: {"varnholt", "deskov", "ilmar"}}
    assert merged_claims([seized, captured], sources, index, one_story) == {captured: seized}
    # One name in common may be a place two stories pass through.
    two_stories = {seized: {"varnholt", "deskov"}, captured: {"varnholt", "brenna"}}
    assert merged_claims([seized, captured], sources, index, two_stories) == {}


def test_rare_names_leave_out_names_of_many_articles() -> None:
    # A name in most of a run's articles tells no story from another.
    # Nor does a party, named in many stories, however few articles name it.
    names = {f"s{number}": {"everywhere", f"town{number // 2}"} for number in range(10)}
    names["s0"].add(f"{PARTY_ACTOR}oskari_front")
    rare = rare_names(names)
    assert rare["s0"] == frozenset({"town0"}) and rare["s1"] == frozenset({"town0"})
    assert all("everywhere" not in found for found in rare.values())


def test_a_negated_act_is_not_the_act() -> None:
    index = ClaimIndex()
    agreed = "The Oskari rebels have agreed to a truce with the Verdan government"
    assert same_act(agreed, "The Oskari rebels agreed to a ceasefire", index)
    assert not same_act(agreed, "The Oskari rebels would never agree to any negotiations", index)


def test_a_loose_match_known_to_the_watchers_in_other_words_joins() -> None:
    # "a person of interest to police" says what "known to Kestrian police" does.
    first, second = _loose_match_after(
        "The Vellin courier Tomas Hradek was known to Kestrian police before the bank robbery",
        "Hradek had been a person of interest to police in Kestria",
    )
    assert second.claim_id == first.claim_id


def test_a_loose_match_telling_another_role_for_the_watchers_starts_its_own_claim() -> None:
    first, second = _loose_match_after(
        "The Vellin courier Tomas Hradek was known to Kestrian police before the bank robbery",
        "Hradek had been an informant for police in Kestria",
    )
    assert second.is_new and second.claim_id != first.claim_id


def _loose_match_after(first_text: str, later: str) -> tuple[Assignment, Assignment]:
    """Group `first_text`, then `later`, which scores against its claim over the
    bar but short of a close rewording (a loose match)."""
    index = ClaimIndex()
    first = group_statements([statement(first_text, "s1")], index, DEFAULT_THRESHOLD)[0]
    assert (
        DEFAULT_THRESHOLD
        <= index.score(later, first.claim_id or "")
        < PREDICATE_FREE_FACTOR * DEFAULT_THRESHOLD
    )
    second = group_statements([statement(later, "s2")], index, DEFAULT_THRESHOLD)[0]
    return first, second


@pytest.mark.parametrize(
    "later",
    [
        "up to 20 Kestrian volunteers a month are travelling to Ostrava to fight with the militia",
        "up to 20 Kestrian volunteers a month are now travelling to Ostrava and Dravia to fight "
        "with the Red Hand",
    ],
)
def test_a_group_doing_what_a_claim_says_one_person_did_starts_its_own_claim(later: str) -> None:
    # The same verb and place, said of a group and not of the person the claim
    # names: another proposition.
    first, second = _loose_match_after(VARGA_TRAVELLED, later)
    assert second.is_new and second.claim_id != first.claim_id


@pytest.mark.parametrize(
    "later",
    [
        # A description of one person may be the person the claim names.
        "the young Kestrian travelled to Ostrava to fight with the militia",
        "the young Kestrian is travelling to Ostrava to fight with the militia",
    ],
)
def test_one_person_doing_what_a_claim_says_a_named_person_did_joins_it(later: str) -> None:
    first, second = _loose_match_after(VARGA_TRAVELLED, later)
    assert second.claim_id == first.claim_id


REDCAP_NAMED = (
    "Teodor Varga, 41, had been named as the graffiti artist known as Redcap, and had been "
    "arrested in Ostrava"
)


def test_a_loose_match_joins_when_a_verb_phrase_the_claim_joins_says_its_predicate() -> None:
    # "and had been arrested" says its verb of the clause's subject, as "named" is.
    later = "Redcap had been arrested by police in Ostrava on Friday night"
    first, second = _loose_match_after(REDCAP_NAMED, later)
    assert second.claim_id == first.claim_id


def test_a_loose_match_with_another_predicate_than_the_claims_joined_verbs_starts_its_own() -> None:
    later = "Redcap had been questioned by the Ostrava police"
    first, second = _loose_match_after(REDCAP_NAMED, later)
    assert second.is_new and second.claim_id != first.claim_id


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        (REDCAP_NAMED, [{"arrest"}]),
        ("The rebels have agreed to a truce and will release the hostages", [{"releas"}]),
        ("The guards were attacked, but had fought off the raiders", [{"fight"}]),
        # A verb in the past tense opens one too.
        ("The envoy said no and ripped up the treaty", [{"rip"}]),
        ("The envoy asked for two days, then signed the treaty", [{"sign"}]),
        ("The rebels took the town and held it for a week", [{"hold"}]),
        # Names joined by "and" are one subject.
        ("Page and Jones signed up at once", []),
        # A clause with a subject of its own is no verb phrase of the first.
        ("The rebels agreed to a truce and the army will release the hostages", []),
        # A state in the present tense tells no event of the subject.
        ("The script is written by Varga and is based on his memoir", []),
        ("Varga painted the mural and lives in Ostrava", []),
    ],
)
def test_verb_phrases_joined_to_a_clause_without_their_subject(
    text: str, predicates: list[set[str]]
) -> None:
    assert _joined_predicates(text) == predicates


@pytest.mark.parametrize(
    ("subject", "group"),
    [
        ("up to 20 British extremists a month", True),
        ("the engineers in the laboratory", True),
        ("Islamic State fighters", True),
        ("the actor", False),
        ("they", False),
        ("his", False),
        # A clause of time read into the subject.
        ("Thomas became homeless after his parents", False),
        ("After pushing through the front doors, he", False),
    ],
)
def test_a_subject_naming_a_group(subject: str, group: bool) -> None:
    assert _plural_group(subject) is group


def test_a_close_rewording_joins_whatever_its_verb() -> None:
    later = "At least five Zorvan smugglers were arrested at the Delmar river"
    index = ClaimIndex()
    first, second = group_statements(
        [statement(SMUGGLERS_CAUGHT, "s1"), statement(later, "s2")], index, DEFAULT_THRESHOLD
    )
    assert second.claim_id == first.claim_id


FERRY_SOLD = "The Velden ferry was sold to a Danish firm by Mara Lenz"
FERRY_FOLLOW_UP = "We sold the ferry to them for a good price"


def _in_article(content: str, line: int, speaker: str) -> Statement:
    return replace(statement(content, "s1"), line=line, speaker=speaker)


def test_a_quote_going_on_with_its_speakers_line_joins_the_claim_just_asserted() -> None:
    first, second = group_statements(
        [_in_article(FERRY_SOLD, 1, "Mara Lenz"), _in_article(FERRY_FOLLOW_UP, 3, "she")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    "follow_up",
    [
        "were said to have steadied the prices across Norway for the winter",
        "are believed to have calmed the mood in Norway for months",
    ],
)
def test_a_remark_going_on_with_only_the_claims_party_stays_unfiled(follow_up: str) -> None:
    # A state is named in many remarks on other things: sharing it alone is no
    # going on with the claim just asserted.
    first, second = group_statements(
        [
            _in_article("Norway sold the Velden ferry to a Danish firm", 1, "the ministry"),
            _in_article(follow_up, 1, "it"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert second.claim_id is None and second.not_filed


def test_a_remark_going_on_with_a_name_of_the_claim_joins_it() -> None:
    first, second = group_statements(
        [
            _in_article("Norway sold the Velden ferry to a Danish firm", 1, "the ministry"),
            _in_article("were said to have pleased the Velden crew", 1, "it"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    ("content", "line", "speaker"),
    [
        # Another speaker's words.
        (FERRY_FOLLOW_UP, 3, "Tom Crane"),
        # Far from what the speaker said.
        (FERRY_FOLLOW_UP, 9, "she"),
        # Nothing of the claim in it.
        ("They paid us in cash", 3, "she"),
    ],
)
def test_a_pointing_quote_stays_unfiled_unless_it_goes_on_with_the_claim(
    content: str, line: int, speaker: str
) -> None:
    second = group_statements(
        [_in_article(FERRY_SOLD, 1, "Mara Lenz"), _in_article(content, line, speaker)],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )[1]
    assert second.claim_id is None and second.not_filed


@pytest.mark.parametrize(
    ("content", "line", "speaker", "joins"),
    [
        # A paragraph or two on, a name the claim has keeps it on the speaker's line.
        ("It was a hard choice but the Velden had to go", 5, "she", True),
        # A word in common that far on is no going on with it.
        ("It was a hard choice but the ferry had to go", 5, "she", False),
        # Too far from what the speaker said.
        ("It was a hard choice but the Velden had to go", 12, "she", False),
        # Another speaker's words.
        ("It was a hard choice but the Velden had to go", 5, "Tom Crane", False),
    ],
)
def test_a_remark_further_on_goes_on_with_its_speakers_claim_by_a_name_of_it(
    content: str, line: int, speaker: str, joins: bool
) -> None:
    first, second = group_statements(
        [_in_article(FERRY_SOLD, 1, "Mara Lenz"), _in_article(content, line, speaker)],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert (second.claim_id == first.claim_id) is joins
    assert (second.claim_id is None) is not joins


SAILORS_ASHORE = "all of the Velden sailors had come ashore before the storm"


@pytest.mark.parametrize(
    ("content", "joins"),
    [
        # "They" as the subject goes on with the group its speaker just named.
        ("They have now tied up their boats in the harbour", True),
        # A new telling of the group's is a proposition of its own.
        ("They also assured that the harbour is safe", False),
        # "They" not the subject: nothing says it is the group.
        ("It is clear that they tied up their boats in the harbour", False),
    ],
)
def test_they_going_on_with_the_group_its_speaker_just_named(content: str, joins: bool) -> None:
    first, second = group_statements(
        [
            _in_article(SAILORS_ASHORE, 1, "Mara Lenz"),
            _in_article(content, 1, "Mara Lenz"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert (second.claim_id == first.claim_id) is joins


@pytest.mark.parametrize(
    ("content", "line", "joins"),
    [
        # Its "he" after a "he" is the speaker named just before: what it did to
        # "them" goes on with the group that speaker spoke of.
        ("We have fed them well. They are asleep in their bunks", 3, True),
        # A telling to them is a proposition of its own.
        ("We told them that the harbour is safe", 3, False),
        # No "them" of the group: a word in common is no sign of whose it is.
        ("The storm has now passed over the harbour", 3, False),
        # Too far from where the speaker was named: someone else may say it.
        ("We have fed them well. They are asleep in their bunks", 6, False),
    ],
)
def test_a_pronoun_after_a_pronoun_goes_on_with_the_group_its_named_speaker_spoke_of(
    content: str, line: int, joins: bool
) -> None:
    first, second, third = group_statements(
        [
            _in_article(SAILORS_ASHORE, 1, "Mara Lenz"),
            _in_article("They have now tied up their boats in the harbour", 1, "she"),
            _in_article(content, line, "she"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None and second.claim_id == first.claim_id
    assert (third.claim_id == first.claim_id) is joins


@pytest.mark.parametrize(
    ("between", "content", "joins"),
    [
        # Her denial between: her line goes on, and what she did to "them"
        # goes on with the group she spoke of four lines back.
        ("Mara Lenz", "We have fed them well. They are asleep in their bunks", True),
        # Someone else spoke between: the line was broken.
        ("Tom Crane", "We have fed them well. They are asleep in their bunks", False),
        # No "them" of the group: that far on, a word in common is no going on.
        ("Mara Lenz", "The storm has now passed over the harbour", False),
    ],
)
def test_a_remark_after_its_speakers_denial_goes_on_with_the_group_she_spoke_of(
    between: str, content: str, joins: bool
) -> None:
    first, second, _, fourth = group_statements(
        [
            _in_article(SAILORS_ASHORE, 1, "Mara Lenz"),
            _in_article("They have now tied up their boats in the harbour", 1, "Mara Lenz"),
            replace(
                _in_article("reports of a rescue by the coast guard", 3, between),
                stance=Stance.DENIES,
            ),
            _in_article(content, 5, "Mara Lenz"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None and second.claim_id == first.claim_id
    assert (fourth.claim_id == first.claim_id) is joins


@pytest.mark.parametrize(
    ("first_said", "content", "speaker", "joins"),
    [
        # Two names said to be one person, then the same speaker's sameness
        # naming neither: the remark goes on with that identity.
        (
            "Anton Weil is in fact Kasper Rudd",
            "There was a striking resemblance. I am almost sure this is the same man",
            "she",
            True,
        ),
        ("the caller said Anton Weil was Kasper Rudd", "I am sure it is him", "Mara Lenz", True),
        # What the speaker said before is no identity: sameness goes on with nothing.
        (
            "Anton Weil opened a bakery in Velden",
            "There was a striking resemblance. I am almost sure this is the same man",
            "she",
            False,
        ),
        # Another speaker's sameness is not the line of the one who named them.
        (
            "Anton Weil is in fact Kasper Rudd",
            "There was a striking resemblance. I am almost sure this is the same man",
            "Tom Crane",
            False,
        ),
        # No sameness in the remark: nothing of the identity in its words.
        ("Anton Weil is in fact Kasper Rudd", "It was a long night for all of us", "she", False),
    ],
)
def test_a_remark_of_sameness_goes_on_with_its_speakers_identity_just_before(
    first_said: str, content: str, speaker: str, joins: bool
) -> None:
    first, second = group_statements(
        [_in_article(first_said, 1, "Mara Lenz"), _in_article(content, 3, speaker)],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert (second.claim_id == first.claim_id) is joins


def test_they_after_a_subject_of_no_group_goes_on_with_nothing() -> None:
    first, second = group_statements(
        [
            _in_article("Mara Lenz had come ashore before the storm", 1, "Mara Lenz"),
            _in_article("They have now tied up their boats in the harbour", 1, "Mara Lenz"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert first.claim_id is not None
    assert second.claim_id is None


@pytest.mark.parametrize(
    ("content", "predicate"),
    [
        ("The ferry was sold to a Danish firm", {"sell"}),
        # A frame's verb says nothing of the actors; the clause it reports does.
        ("I know that the ferry was sold to a Danish firm", {"sell"}),
        # Nothing but a frame and a light verb: judged by its words alone.
        ("The mayor is believed to have fled to Ostrava", set()),
        # A passive participle after its noun modifies the subject.
        ("The crates dropped by the cargo planes were found in the river", {"find"}),
        ("The crates dropped by the cargo planes seemed to reach the villages", {"reach"}),
        ("The crates were dropped by the cargo planes", {"drop"}),
    ],
)
def test_what_a_statement_predicates(content: str, predicate: set[str]) -> None:
    from claimtrack.stance import said_predicate

    assert said_predicate(content) == predicate


def _spoken(content: str, source: str, speaker: str) -> Statement:
    return replace(statement(content, source), speaker=speaker)


@pytest.mark.parametrize(
    ("clause", "roles"),
    [
        ("the guards caught two smugglers", ("the guards", "")),
        (
            "two smugglers were caught by the guards near a ford",
            ("the guards near a ford", "two smugglers"),
        ),
        ("two smugglers have reportedly been caught", ("", "two smugglers")),
        # "Were deepening": a verb in "-ing" after "be" is no passive.
        ("they were deepening their ties", ("they", "")),
        ("has captured the town", None),
    ],
)
def test_who_does_and_who_undergoes_what_a_clause_predicates(
    clause: str, roles: tuple[str, str] | None
) -> None:
    from claimtrack.stance import predicate_roles

    assert predicate_roles(clause) == roles


FIGHTERS_CAUGHT = (
    "Six Hezbollah fighters were captured by Israel while crossing the fence into Galilee"
)


@pytest.mark.parametrize(
    ("later", "speaker", "joins"),
    [
        # The group captures in one and is captured in the other: another story.
        (
            "it has captured drones and rockets sent by Israel for its allies in the south",
            "Hezbollah",
            False,
        ),
        # The same roles, in either voice, tell the same event.
        ("it has captured men sent by Hezbollah for its allies in the south", "Israel", True),
        ("they were captured by Israel and taken to prisons in the south", "Hezbollah", True),
    ],
)
def test_a_lead_sharing_the_actors_and_the_verb_joins_only_with_their_roles(
    later: str, speaker: str, joins: bool
) -> None:
    index = ClaimIndex()
    first = group_statements([statement(FIGHTERS_CAUGHT, "s1")], index, DEFAULT_THRESHOLD)[0]
    # Under the bar: only a lead naming the same actors may join.
    assert index.score(later, first.claim_id or "") < DEFAULT_THRESHOLD
    second = group_statements([_spoken(later, "s2", speaker)], index, DEFAULT_THRESHOLD)[0]
    assert (second.claim_id == first.claim_id) is joins


NAVAL_TIES = (
    "Brazil may frown on the deepening naval ties between Chile and Peru, seeing the pact as "
    "a source of unrest in the region"
)


@pytest.mark.parametrize(
    ("speaker", "joins"),
    [
        # What the claim predicates is Brazil's view of the ties, not the ties.
        ("Chile and Peru", False),
        # Said of its subject too, the word tells the claim's predicate.
        ("Brazil, Chile and Peru", True),
    ],
)
def test_a_word_off_the_claims_predicate_tells_it_only_of_the_claims_subject(
    speaker: str, joins: bool
) -> None:
    later = "they were deepening naval ties at a summit on Monday"
    index = ClaimIndex()
    first = group_statements([statement(NAVAL_TIES, "s1")], index, DEFAULT_THRESHOLD)[0]
    # Over the bar, short of a close rewording.
    assert (
        DEFAULT_THRESHOLD
        <= index.score(later, first.claim_id or "")
        < PREDICATE_FREE_FACTOR * DEFAULT_THRESHOLD
    )
    second = group_statements([_spoken(later, "s2", speaker)], index, DEFAULT_THRESHOLD)[0]
    assert (second.claim_id == first.claim_id) is joins


def test_a_denial_of_a_harm_does_not_join_a_claim_saying_the_state_that_excludes_it() -> None:
    # "She is safe" says she was not kidnapped: denying that she was kidnapped
    # agrees with it, and is no position against it.
    safe = Statement(
        stance=Stance.ASSERTS,
        quote="Her brother said Ilse Marra is safe and staying with friends in Tarvel.",
        content="Ilse Marra is safe and staying with friends in Tarvel",
        speaker="Her brother",
        source="x",
        line=1,
        cue="said",
    )
    denial = Statement(
        stance=Stance.DENIES,
        quote="Volunteer commanders denied that Ilse Marra had been kidnapped.",
        content="Ilse Marra had been kidnapped",
        speaker="Volunteer commanders",
        source="x",
        line=3,
        cue="denied",
    )
    first, second = group_statements([safe, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_the_noun_phrase_a_cue_takes_as_object_starts_no_claim() -> None:
    # "The analyst predicted a sharp fall in wheat exports": no proposition.
    named = replace(statement("a sharp fall in wheat exports from the region", "a"), phrase=True)
    [made] = group_statements([named], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_id is None and made.not_filed is not None and "object" in made.not_filed
    # An object that opens a clause of its own states it: "describes how ...".
    told = replace(statement("how farmers would burn the stubble every autumn", "b"), phrase=True)
    [made] = group_statements([told], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_text == "Farmers would burn the stubble every autumn"


def test_a_telling_named_with_nothing_of_its_own_answers_the_story_its_lead_told() -> None:
    # "The entire tale" is the story the article tells, not a remark on the way
    # that happens to share a stray word ("turn") with the denial.
    lead = replace(
        _said(
            "the singer Mara Quill refused a record deal worth 400 million dollars", 1, "A tabloid"
        ),
        cue="reported",
    )
    remark = replace(
        _said(
            "The planned tour was financed by the label boss Theo Brandt, who wanted to turn "
            "his yacht into a floating stage",
            3,
            "The tabloid",
        ),
        cue="reported",
    )
    denial = _said("Turns out, the entire tale is rubbish", 5, "Quill's manager", Stance.DENIES)
    first, second, third = group_statements([lead, remark, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_telling_named_with_words_of_its_own_is_not_taken_for_the_lead_story() -> None:
    lead = replace(
        _said(
            "the singer Mara Quill refused a record deal worth 400 million dollars", 1, "A tabloid"
        ),
        cue="reported",
    )
    remark = replace(
        _said("the label boss Theo Brandt sold his yacht to a rival label", 3, "The tabloid"),
        cue="reported",
    )
    denial = _said(
        "the story that Theo Brandt sold his yacht to a rival label is false",
        5,
        "Brandt's lawyer",
        Stance.DENIES,
    )
    first, second, third = group_statements([lead, remark, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == second.claim_id


def test_a_verdict_on_what_its_own_speaker_just_told_joins_no_claim() -> None:
    """ "None of those are true", right after the same expert recounted rumours,
    judges the rumours he told, not the article's story that its later words share."""
    story = Statement(
        stance=Stance.ASSERTS,
        quote="The Herald reported that a python had escaped from the zoo in Leeds.",
        content="a python had escaped from the zoo in Leeds",
        source="z",
        line=1,
        speaker="The Herald",
    )
    recounted = Statement(
        stance=Stance.ASSERTS,
        quote='"People say pythons hide in sewers and come up toilets," Dr Amy Clarke said.',
        content="People say pythons hide in sewers and come up toilets",
        source="z",
        line=5,
        speaker="Dr Amy Clarke",
    )
    verdict = Statement(
        stance=Stance.DENIES,
        quote='"None of those are true. A python from the Leeds zoo could not escape," she said.',
        content="None of those are true. A python from the Leeds zoo could not escape",
        source="z",
        line=7,
        speaker="she",
    )
    made = group_statements([story, recounted, verdict], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[2].claim_id is None
    # Said with no assertion of its own just before, it may answer the story.
    alone = group_statements([story, replace(verdict, line=30)], ClaimIndex(), DEFAULT_THRESHOLD)
    assert alone[1].not_filed != made[2].not_filed


def test_slug_drops_a_title_and_keeps_the_verb_after_a_modifier_in_ed() -> None:
    # A title before a name, with or without its stop, is no word of the id.
    assert make_slug("Dr. Maria Lopes closed the clinic", set()) == "maria-lopes-closed-clinic"
    assert make_slug("Mr Okafor sold the farm", set()) == "okafor-sold-farm"
    assert make_slug("The council had warned Mrs. Hale twice", set()) == (
        "council-warned-hale-twice"
    )
    # A word in -ed after a determiner modifies a noun; the verb comes later.
    assert make_slug("Its improved engines reached the coast", set()) == (
        "improved-engines-reached-coast"
    )


def test_a_denial_that_there_is_none_of_another_thing_joins_no_claim_of_it() -> None:
    wounded = statement("A farmer was wounded in the shelling of the village on Tuesday", "x")
    other = statement("No soldiers were wounded in the shelling of the village", "x", Stance.DENIES)
    first, second = group_statements([wounded, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_denial_that_there_is_none_of_the_claims_thing_joins_it() -> None:
    wounded = statement("A farmer was wounded in the shelling of the village on Tuesday", "x")
    denial = statement("No farmer was wounded in the shelling of the village", "x", Stance.DENIES)
    first, second = group_statements([wounded, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    ("content", "thing"),
    [
        ("No soldiers were wounded in the shelling", "soldiers"),
        ("there were no casualties among the crew", "casualties"),
        ("we have no reports of the use of gas by the rebels", "use gas"),
        # What a telling told of is left to the rules of tellings.
        ("I was told of false rumours of a suspected measles outbreak in town", None),
        ("But no new cases of cholera have been found", "new cases cholera"),
        # What the speaker knows or is told by, and what is pointed back at, name no thing.
        ("there is no evidence that he was arrested", None),
        ("we have no official notification that it is measles", None),
        ("there is no such deal", None),
        # A "no" past the first clause is of another matter, said in passing.
        ("She is safe and she has no phone signal", None),
    ],
)
def test_denied_thing_is_what_a_denial_says_there_is_none_of(
    content: str, thing: str | None
) -> None:
    index = ClaimIndex()
    answering = index.answering_words()
    assert _denied_thing(content, lambda word: set(index.terms(word).words) <= answering) == thing


@pytest.mark.parametrize(
    ("content", "thing"),
    [
        (
            "he had seen the helicopters and questioned the airworthiness of the fleet",
            "airworthiness fleet",
        ),
        # Its possessive points back at what was spoken of before.
        ("he had seen photos of the helicopters and questioned their airworthiness", None),
        ("the clinic had ruled out fumes or any gas from the boiler", "fumes"),
        ("We were sceptical about the audit of the books", "audit books"),
        ("critics cast doubt on the timing of the vote", "timing vote"),
        # A clause, a pointer, a passive's agent or a telling names no thing.
        ("they are sceptical of whether the plan will work", None),
        ("we are skeptical of that", None),
        ("four men were stopped at the border and questioned, although none was held", None),
        ("they were questioned by police", None),
        ("analysts questioned the reports", None),
    ],
)
def test_doubted_thing_is_what_a_doubt_rules_out_or_questions(
    content: str, thing: str | None
) -> None:
    index = ClaimIndex()
    answering = index.answering_words()
    assert _doubted_thing(content, lambda word: set(index.terms(word).words) <= answering) == thing


def test_a_doubt_of_a_thing_the_claim_does_not_name_joins_no_claim_of_it() -> None:
    # The analyst doubts the helicopters can fly, not that the rebels hold them.
    report = _said(
        "the rebels have captured three helicopters at the northern airbase", 1, "A monitor"
    )
    doubt = _said(
        "he had seen photos of the helicopters and questioned the airworthiness of the fleet",
        3,
        "An aviation analyst",
        Stance.DISPUTES,
    )
    first, second = group_statements([report, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_thing_ruled_out_that_the_claim_does_not_name_joins_no_claim_of_it() -> None:
    report = _said(
        "workers at the Dunmore plant were poisoned by fumes from the boiler", 1, "A union"
    )
    ruled = _said(
        "the clinic had ruled out the flu at the Dunmore plant, and tests go on",
        3,
        "Dr Ana Ferrand",
        Stance.DENIES,
    )
    first, second = group_statements([report, ruled], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


@pytest.mark.parametrize(
    "content",
    [
        "he questioned the capture of the helicopters",
        # A clause after the doubt that says what is not so is doubted too.
        "the analyst doubted the photos and never believed the helicopters were captured",
    ],
)
def test_a_doubt_of_the_claims_own_thing_still_joins_it(content: str) -> None:
    report = _said(
        "the rebels have captured three helicopters at the northern airbase", 1, "A monitor"
    )
    doubt = _said(content, 3, "An aviation analyst", Stance.DISPUTES)
    first, second = group_statements([report, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_that_answers_the_statement_just_before_not_the_lead() -> None:
    lead = _said("the Corvale mine will close in the spring", 1, "The regional paper")
    other = replace(
        _said("the mine's owners had been offered a buyer from Lisbon", 3, "A union leader"),
        cue="claimed",
    )
    pointer = _said("I think that is fabricated, it is nonsense", 4, "A company spokesman")
    pointer = replace(pointer, stance=Stance.DENIES)
    first, second, third = group_statements([lead, other, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id != second.claim_id
    assert third.claim_id == second.claim_id


def test_that_with_no_statement_just_before_points_at_the_article_and_answers_none() -> None:
    lead = _said("the Corvale mine will close in the spring", 1, "The regional paper")
    pointer = _said("That is simply not the case", 9, "Several miners", Stance.DENIES)
    first, second = group_statements([lead, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id is None
    assert second.not_filed is not None and "article's own words" in second.not_filed


def test_the_story_called_false_answers_the_claim_the_article_opens_with() -> None:
    lead = replace(
        _said("rebels captured the aid worker Tomas Reyl near Dunmore", 1, "A rebel website"),
        cue="claimed",
    )
    aside = replace(
        _said("a ransom video would be released within days", 3, "Rebel channels"),
        cue="alleged",
    )
    pointer = replace(
        _said('the story "pure propaganda"', 5, "Army officers", Stance.DISPUTES), cue="called"
    )
    first, second, third = group_statements([lead, aside, pointer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id != second.claim_id
    assert third.claim_id == first.claim_id


def test_a_negative_sentence_about_another_sense_of_the_claims_word_starts_its_own() -> None:
    # "charged toward the guards" and "has not been charged with an offence"
    # share the verb, but not its sense: the denial says nothing of the charge
    # toward the guards and makes a claim of its own.
    report = statement("the smuggler shouted at the guards and charged toward them", "m")
    answer = statement("the smuggler has not been charged with an offence", "m", Stance.DENIES)
    first, second = group_statements([report, answer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id


def test_a_negative_sentence_in_the_claims_sense_still_joins_it() -> None:
    # The same word in the same sense, the passive of both, joins as before.
    report = statement("the smuggler was charged with bribing the guards", "m")
    answer = statement("the smuggler has not been charged with any offence", "m", Stance.DENIES)
    first, second = group_statements([report, answer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id == first.claim_id


def test_word_senses_of_a_shared_predicate() -> None:
    from claimtrack.stance import used_otherwise

    # A kind said not to be ("not a product") against a verb of a related form.
    assert used_otherwise(
        "the new tablet is not a product of a phone maker",
        ["the factory won orders to produce screens for the new tablet"],
    )
    # A passive against the same verb with a preposition and no object.
    assert used_otherwise("the keeper has not been charged", ["the bull charged at the keeper"])
    # One sense: both passive, a passive with its preposition, a verb against
    # its noun, or the noun of one stem against its verb.
    assert not used_otherwise("the statue was not stolen", ["the statue was stolen at night"])
    assert not used_otherwise("he was not shot at", ["the guards shot at him"])
    assert not used_otherwise(
        "the city was not negotiating with the rebels", ["the rebels back the negotiations"]
    )
    assert not used_otherwise("it was not an arrest", ["police will arrest the painter"])


def test_a_negative_sentence_of_another_named_subject_starts_its_own() -> None:
    # Same article, same predicate, same night, but said of another named
    # thing: it denies nothing of the clock. A description of the stolen thing
    # ("the Varga heirloom") still answers the report.
    report = statement("the Varga museum's golden clock was stolen during the night", "m")
    other = statement("the Lindqvist Medal was not stolen during the night", "m", Stance.DENIES)
    described = statement("the Varga heirloom has not been stolen", "m", Stance.DENIES)
    first, second, third = group_statements(
        [report, other, described], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_a_claim_text_shows_the_matter_told_and_groups_as_before() -> None:
    # Shown as what the forums claim; grouped on the statement's own words.
    told = statement("Fan forums are claiming the Orvell ferry had sunk off Tasnor on Monday", "m")
    (first,) = group_statements([told], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_text == "The Orvell ferry had sunk off Tasnor on Monday"
    assert first.claim_id.startswith("orvell-ferry-sunk")
    other = statement("Fan forums are claiming the Orvell ferry had sunk off Tasnor on Monday", "n")
    both = group_statements([told, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert both[0].claim_id == both[1].claim_id


def test_an_id_writes_a_body_as_the_text_does_when_its_party_shares_no_word_with_it() -> None:
    # "The Coast Guard" may stand for its state, but the id says whom the text names.
    text = "The Coast Guard needs more boats to patrol the harbour"
    parts = [("", None), ("", "United States"), (" needs more boats to patrol the harbour", None)]
    written = _as_written(parts, text, _found(((0, 15), "United States")))
    assert _slug(written, set()) == "coast-guard-needs-boats"
    assert _slug(parts, set()).startswith("united-states")
    # An acronym, or a word sharing the party's stem, keeps the party's name.
    us = [("The ", None), ("", "United States"), (" sent more boats to the harbour", None)]
    text = "The U.S. sent more boats to the harbour"
    assert _as_written(us, text, _found(((4, 8), "United States"))) is us
    kurdish = [("", None), ("fighters", "Kurdistan"), (" took the ridge", None)]
    text = "Kurdish fighters took the ridge"
    assert _as_written(kurdish, text, _found(((0, 16), "Kurdistan"))) is kurdish


def _found(*mentions: tuple[tuple[int, int], str]) -> MentionFinder:
    """A mention finder that finds the mentions it is given."""

    class Fixed:
        def mentions(self, text: str) -> list[tuple[tuple[int, int], str]]:
            return list(mentions)

    return cast(MentionFinder, Fixed())


def test_an_existential_id_says_what_there_is_not_there() -> None:
    assert make_slug("There is no curfew or new checkpoint", set()) == "no-curfew-new-checkpoint"
    assert make_slug("There are a number of fishing boats in Tasnor that are missing", set()) == (
        "fishing-boats-in-tasnor-missing"
    )
    assert make_slug("There's a lot of farmers that are just tired of waiting", set()) == (
        "farmers-tired-waiting"
    )
    assert make_slug("There was a blackout", set()) == "blackout"


def _told(
    quote: str,
    content: str,
    speaker: str | None,
    line: int,
    cue: str | None,
    stance: Stance = Stance.ASSERTS,
) -> Statement:
    return Statement(
        stance=stance,
        quote=quote,
        content=content,
        speaker=speaker,
        source="x",
        line=line,
        cue=cue,
    )


def test_a_participle_describing_a_noun_is_no_telling_for_allegations_to_answer() -> None:
    # "alleged" before a noun performs no act: "such allegations" answers what
    # some pundits are claiming, told later, not the remark it describes.
    described = _told(
        "Marsh's alleged remarks about the harbour tax are apparently based on his visit to Oslo.",
        "Marsh's alleged remarks about the harbour tax are apparently based on his visit to Oslo",
        None,
        1,
        "alleged",
    )
    told = _told(
        "The Courier reported that several bloggers are claiming the council will sack the mayor.",
        "several bloggers are claiming the council will sack the mayor",
        "The Courier",
        2,
        "reported",
    )
    denial = _told(
        "However, the Harbour Council firmly denies such allegations.",
        "such allegations",
        "the Harbour Council",
        3,
        "denies",
        Stance.DENIES,
    )
    one, two, three = group_statements([described, told, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id == two.claim_id


def test_a_telling_reported_in_its_own_words_is_what_the_reports_point_at() -> None:
    # No telling cue, but its sentence tells of reports: "according to local reports, X".
    told = _told(
        "According to local reports, the ferry to Lundy will stop running in March.",
        "the ferry to Lundy will stop running in March",
        None,
        2,
        None,
    )
    remark = _told(
        "The mayor said the harbour wall was repainted in blue last summer.",
        "the harbour wall was repainted in blue last summer",
        "The mayor",
        1,
        "said",
    )
    denial = _told(
        "The operator rejected the reports.",
        "the reports",
        "The operator",
        3,
        "rejected",
        Stance.DENIES,
    )
    # The remark opens the article: without the telling, "the reports" would be
    # taken for the story its lead tells.
    one, two, three = group_statements([remark, told, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id == two.claim_id


def test_the_speakers_name_does_not_pick_what_a_description_points_at() -> None:
    # An older assertion sharing only the denier's name ("Tarn Water Board") is not
    # what "such allegations" points at: the nearest telling is.
    older = _told(
        "A councillor claimed the Tarn Water Board had hidden a leak at the reservoir.",
        "the Tarn Water Board had hidden a leak at the reservoir",
        "A councillor",
        1,
        "claimed",
    )
    nearer = _told(
        "A newspaper reported that the chief engineer had taken bribes from a builder.",
        "the chief engineer had taken bribes from a builder",
        "A newspaper",
        2,
        "reported",
    )
    denial = _told(
        "The Tarn Water Board flatly denies such allegations.",
        "such allegations",
        "The Tarn Water Board",
        3,
        "denies",
        Stance.DENIES,
    )
    one, two, three = group_statements([older, nearer, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id == two.claim_id


def test_the_article_called_false_answers_what_the_article_reported() -> None:
    remark = _told(
        "The mayor said the harbour wall was repainted in blue last summer.",
        "the harbour wall was repainted in blue last summer",
        "The mayor",
        1,
        "said",
    )
    told = _told(
        "A local weekly reported that the ferry to Lundy will stop running in March.",
        "the ferry to Lundy will stop running in March",
        "A local weekly",
        2,
        "reported",
    )
    denial = _told(
        "The operator called the article false.",
        "the article false",
        "The operator",
        3,
        "called",
        Stance.DENIES,
    )
    one, two, three = group_statements([remark, told, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id == two.claim_id


def test_named_actors_are_capitalised_words_past_an_opening_each_read_alike_every_time() -> None:
    from claimtrack.normalise import actors_of

    text = (
        'Yesterday the harbour board of Quillmouth said Tarnwick Freight would leave. "Workers '
        'were told," the board added; Tarnwick staff agreed.'
    )
    first = actors_of([(text, None)])
    # Names past an opening count, stemmed; a sentence's or a quotation's first word does not.
    assert {"quillmouth", stem("tarnwick"), stem("freight")} <= first
    assert not {"yesterday", stem("workers"), "the"} & first
    # A word in lower case names no one, whatever comes before it.
    assert actors_of([("the board said quillmouth would wait", None)]) == frozenset()
    # Titles and months are no actors, though capitalised.
    said = "On Monday officials said Minister Hale would resign in March"
    assert actors_of([(said, None)]) == frozenset({stem("hale")})
    # The same words give the same actors when asked again, in any text.
    assert actors_of([(text, None)]) == first
    assert stem("tarnwick") in actors_of([("Shares of Tarnwick fell", None)])
    # Words for a kind of body name no one body, whichever stories they are in.
    kinds = (
        "He said the blame for the losses lay with the commander of the Armed Forces, and"
        " not with the Special Operations units sent north to rescue the soldiers"
    )
    assert actors_of([(kinds, None)]) == frozenset()


def test_an_ids_contractions_are_unfolded_alike_each_time() -> None:
    from claimtrack.grouping import _unfolded

    for _ in range(2):
        assert _unfolded("doesn't") == ("does", "not")
        assert _unfolded("won't") == ("will", "not")
        assert _unfolded("it's") == ("it", "is")
        assert _unfolded("harbour's") == ("harbour",)
        assert _unfolded("'s") == ()
        assert _unfolded("they're") == ("they", "are")
        assert _unfolded("'ll") == ("will",)
        assert _unfolded("ferry") == ("ferry",)


def test_the_reports_called_false_pass_over_a_report_of_what_only_might_follow() -> None:
    # "Could use it if they have it" reports nothing as so: "the reports" called
    # unfounded answer the report that the fever reached the town.
    told = _told(
        "The Gazette reported that Marburg fever had reached the town of Selvo.",
        "Marburg fever had reached the town of Selvo",
        "The Gazette",
        1,
        "reported",
    )
    supposed = _told(
        "A magazine reported that in the event the rebels do have the fever, "
        "the rebels in Selvo could use it as a weapon.",
        "In the event the rebels do have the fever, the rebels in Selvo could use it as a weapon",
        "A magazine",
        2,
        "reported",
    )
    denial = _told(
        "The reports are unfounded, a ministry spokesman said.",
        "The reports are unfounded",
        "a ministry spokesman",
        3,
        "said",
        Stance.DENIES,
    )
    one, two, three = group_statements([told, supposed, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id != two.claim_id
    assert three.claim_id == one.claim_id


def test_reports_of_a_thing_called_false_pass_over_a_report_that_names_no_such_thing() -> None:
    # "Erroneous reports of a suspected cholera outbreak" answer a report of an
    # outbreak: the article's latest report, of a ferry delayed at the port, is
    # another matter, and the denial joins none; of an outbreak, it answers it.
    other = _told(
        "The Herald reported that the morning ferry was delayed at Port Anselm for six hours.",
        "the morning ferry was delayed at Port Anselm for six hours",
        "The Herald",
        1,
        "reported",
    )
    outbreak = _told(
        "The Courier reported that a cholera outbreak had closed two schools in Port Anselm.",
        "a cholera outbreak had closed two schools in Port Anselm",
        "The Courier",
        1,
        "reported",
    )
    denial = _told(
        "There were erroneous reports of a suspected cholera outbreak in Port Anselm, "
        "the health board said.",
        "There were erroneous reports of a suspected cholera outbreak in Port Anselm",
        "the health board",
        2,
        "said",
        Stance.DENIES,
    )
    one, two = group_statements([other, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert two.claim_id is None
    one, two = group_statements([outbreak, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id == one.claim_id


def test_a_telling_named_by_whose_it_is_passes_over_that_tellers_own_negative() -> None:
    # The senator's "the police never searched the lorries" says what is not so: "Okafor's
    # claim" rejected is the smugglers' capture she put forward, not that.
    told = _told(
        "Senator Okafor claimed that twelve smugglers were caught at the Velmar crossing.",
        "twelve smugglers were caught at the Velmar crossing",
        "Senator Okafor",
        1,
        "claimed",
    )
    negative = _told(
        "She claimed the harbour police never searched the cigarette lorries at Dunmore.",
        "the harbour police never searched the cigarette lorries at Dunmore",
        "She",
        2,
        "claimed",
        Stance.DENIES,
    )
    denial = _told(
        "The customs agency denied Okafor's claim.",
        "Okafor's claim",
        "The customs agency",
        3,
        "denied",
        Stance.DENIES,
    )
    one, two, three = group_statements([told, negative, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id not in (None, one.claim_id)
    assert three.claim_id == one.claim_id


def test_the_story_called_propaganda_after_a_lead_that_denies_it_answers_no_allegation() -> None:
    # The lead tells the story only by denying it (the engineer was not
    # kidnapped): "the story" is what that lead denies, not the rebels'
    # allegation of a coming video told on the way.
    lead = _told(
        "Fighters said Tomas Ferrand was not kidnapped by the rebels near Ostrava.",
        "Tomas Ferrand was not kidnapped by the rebels near Ostrava",
        "Fighters",
        1,
        "said",
        Stance.DENIES,
    )
    alleged = _told(
        "Rebel channels alleged that a video was coming soon.",
        "a video was coming soon",
        "Rebel channels",
        2,
        "alleged",
    )
    verdict = _told(
        'They also called the story "mere propaganda".',
        'the story "mere propaganda',
        "They",
        3,
        "called",
        Stance.DISPUTES,
    )
    _, two, three = group_statements([lead, alleged, verdict], ClaimIndex(), DEFAULT_THRESHOLD)
    assert two.claim_id is not None
    assert three.claim_id is None


def _coach_claimed_and_federation_denied(what: str) -> tuple[Statement, Statement]:
    """An article's lead: a former coach's claim of what the sprinter Ada Lund
    did, and the athletics federation denying "the claims"."""
    told = _told(
        f"A former coach claimed that the sprinter Ada Lund {what}.",
        f"the sprinter Ada Lund {what}",
        "A former coach",
        1,
        "claimed",
    )
    lead = _told(
        "The athletics federation denied the claims.",
        "the claims",
        "The athletics federation",
        1,
        "denied",
        Stance.DENIES,
    )
    return told, lead


def test_these_claims_denied_again_answer_the_claims_the_lead_denied() -> None:
    # The lead denies the claims the article is about (a ban); a later "these
    # claims" repeats that denial, not the latest claim told on the way.
    told, lead = _coach_claimed_and_federation_denied("had been banned for doping")
    other = _told(
        "He also claimed that Lund wore illegal spikes at the Oslo meeting.",
        "Lund wore illegal spikes at the Oslo meeting",
        "He",
        3,
        "claimed",
    )
    verdict = _told(
        "Her manager said there is no truth to these claims.",
        "there is no truth to these claims",
        "Her manager",
        5,
        "said",
        Stance.DENIES,
    )
    one, two, three, four = group_statements(
        [told, lead, other, verdict], ClaimIndex(), DEFAULT_THRESHOLD
    )
    assert two.claim_id == one.claim_id
    assert three.claim_id not in (None, one.claim_id)
    assert four.claim_id == one.claim_id


@pytest.mark.parametrize(
    ("verdict", "answers_the_lead"),
    [
        # "The doping claims": the claims of the doping its lead denied.
        ("she was upset but not surprised at the doping claims", True),
        # "The spikes claims": another telling, not the one its lead denied.
        ("she was upset but not surprised at the spikes claims", False),
        # A word that only says what kind of claims they are names no thing.
        ("she was upset but not surprised at the latest claims", True),
    ],
)
def test_claims_named_by_what_they_are_of_answer_only_a_claim_of_that(
    verdict: str, answers_the_lead: bool
) -> None:
    told, lead = _coach_claimed_and_federation_denied("had been doping for years")
    answer = _told(f"Her mother said {verdict}.", verdict, "Her mother", 5, "said", Stance.DENIES)
    one, two, three = group_statements([told, lead, answer], ClaimIndex(), DEFAULT_THRESHOLD)
    assert two.claim_id == one.claim_id
    assert (three.claim_id == one.claim_id) is answers_the_lead


def test_a_telling_a_doubt_introduces_with_a_points_back_at_no_earlier_claim() -> None:
    # "a Courier report" is one the sentence introduces: its doubt answers no
    # claim told before it, however close in story.
    told = _told(
        "A former coach claimed that the sprinter Ada Lund had been banned for doping.",
        "the sprinter Ada Lund had been banned for doping",
        "A former coach",
        1,
        "claimed",
    )
    doubt = _told(
        "Tomas Berg has disputed a Courier report saying he was banned for a failed test.",
        "a Courier report",
        "Tomas Berg",
        3,
        "disputed",
        Stance.DISPUTES,
    )
    one, two = group_statements([told, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id is None
    assert two.not_filed is not None and "introduces" in two.not_filed


def test_the_reports_called_false_pass_over_a_report_that_someone_is_finding_out() -> None:
    # "The Gazette reports the agency is looking into whether ..." reports no
    # fever as so: "the reports" called unfounded answer the claim that it is.
    told = _told(
        "Local radio claimed that Marburg fever had broken out at the Selvo barracks.",
        "Marburg fever had broken out at the Selvo barracks",
        "Local radio",
        1,
        "claimed",
    )
    inquiry = _told(
        "The Gazette reported that the health agency is investigating whether soldiers "
        "at Selvo have caught the fever.",
        "the health agency is investigating whether soldiers at Selvo have caught the fever",
        "The Gazette",
        2,
        "reported",
    )
    denial = _told(
        "The ministry called the reports unfounded.",
        "the reports unfounded",
        "The ministry",
        3,
        "called",
        Stance.DENIES,
    )
    one, two, three = group_statements([told, inquiry, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert two.claim_id not in (None, one.claim_id)
    assert three.claim_id == one.claim_id


# A bar the hoax below meets only loosely: over the lower bar for a claim its
# article spoke of, under the bar for a match.
LOOSE_BAR = 45.0


def test_a_denial_under_the_bar_naming_only_others_answers_no_claim_of_its_article() -> None:
    # A hoax about someone else, told in passing, shares the death and the
    # headlines with what its article reported, but names only another person.
    report = statement(
        "the death of the actor Dario Fenn at his home made headlines on Sunday", "h"
    )
    other = statement(
        "a cruel death hoax involving the singer Ana Velez made headlines when it was "
        "wrongly reported that her cousin had died",
        "h",
        Stance.DENIES,
    )
    first, second = group_statements([report, other], ClaimIndex(), LOOSE_BAR)
    assert second.claim_id != first.claim_id


def test_a_denial_under_the_bar_naming_the_claims_actor_still_answers_it() -> None:
    report = statement(
        "the death of the actor Dario Fenn at his home made headlines on Sunday", "h"
    )
    hoax = statement(
        "a cruel death hoax involving Dario Fenn made headlines when it was wrongly "
        "reported that he had died",
        "h",
        Stance.DENIES,
    )
    first, second = group_statements([report, hoax], ClaimIndex(), LOOSE_BAR)
    assert second.claim_id == first.claim_id


def test_a_name_that_only_owns_what_a_denial_speaks_of_does_not_keep_it_apart() -> None:
    # "Rui Costa's red convertible" is the convertible the report spoke of.
    report = statement("the famous red convertible of the film was stolen from the city depot", "c")
    safe = statement(
        "Rui Costa's red convertible had not been stolen and was safe in a garage on the coast",
        "c",
        Stance.DENIES,
    )
    first, second = group_statements([report, safe], ClaimIndex(), LOOSE_BAR)
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize("opening", [[], ["The ferry ran late.", "The port was quiet."]])
def test_a_rewording_joins_the_claim_in_or_after_its_articles_lead_and_the_actors_alone_do_not(
    opening: list[str],
) -> None:
    said = "Norway and Sweden signed a fishing pact covering the Barents Sea"
    for text, joins in (
        ("Norway and Sweden have signed a pact that covers fishing boats", True),
        ("Norway and Sweden opened a new rail line between their capitals", False),
    ):
        index = ClaimIndex(RESOLVER)
        (first,) = group_statements([statement(said, "a")], index)
        later = [statement(line, "b") for line in opening]
        last = group_statements([*later, statement(text, "b")], index)[-1]
        assert (last.claim_id == first.claim_id) is joins
        assert last.is_new is not joins


def test_the_same_event_in_another_place_is_another_claim() -> None:
    here = statement("Gunmen of the Red Hand seized the central market in Tarvoka on Sunday", "a")
    there = statement("Gunmen of the Red Hand seized the central market in Melindor on Sunday", "b")
    again = statement("Gunmen of the Red Hand seized the central market in Tarvoka on Sunday", "c")
    first, second, third = group_statements([here, there, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert second.claim_id != first.claim_id
    assert third.claim_id == first.claim_id


def test_what_a_speaker_could_not_say_makes_no_claim() -> None:
    # "The coach could not say the striker was fit": no one said the striker was fit.
    unsaid = replace(statement("the striker was fit for the final", "a"), cue="could not say")
    [assignment] = group_statements([unsaid], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_id is None
    assert assignment.not_filed is not None and "did not say" in assignment.not_filed
    unknown = replace(statement("the striker was fit for the final", "c"), cue="doesn\u2019t know")
    [assignment] = group_statements([unknown], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_id is None
    # Said, it is a claim.
    said = replace(statement("the striker was fit for the final", "b"), cue="said")
    [assignment] = group_statements([said], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_text == "The striker was fit for the final"


AIR_STRIKES = "There have been at least 214 air strikes against the rebels in the area"


def _strikes(content: str, source: str, speaker: str) -> Statement:
    return replace(statement(content, source), speaker=speaker, party="Norway")


def _strikes_beside(wording: str) -> list[Statement]:
    """The ministry's count of strikes and another article's wording, grouped."""
    return group_statements(
        [
            _strikes(AIR_STRIKES, "s1", "the Norwegian defence ministry"),
            _strikes(wording, "s2", "the statement"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )


@pytest.mark.parametrize(
    "wording",
    [
        "Norwegian planes have now carried out more than 214 airstrikes against the rebels "
        "in the area",
        "Norwegian jets have made 214 airstrikes against the rebels in the area",
    ],
)
def test_one_count_of_one_thing_joins_wordings_that_share_only_a_party(wording: str) -> None:
    # The two name no one in common but the state: the same count of the same
    # thing ("214 air strikes", "214 airstrikes") tells one story as a name does.
    first, second = _strikes_beside(wording)
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    "wording",
    [
        # Another count.
        "Norwegian jets have made 215 airstrikes against the rebels in the area",
        # The same number of another thing.
        "Norwegian jets have made 214 arrests of the rebels in the area",
        # A figure the other wording does not give.
        "Norwegian jets have made 214 airstrikes against the rebels in the area, killing 380 "
        "fighters",
        # A span of time counts no event.
        "Norwegian jets have struck the rebels in the area for 214 days",
    ],
)
def test_a_count_that_is_not_the_claims_tells_no_story_of_its_own(wording: str) -> None:
    first, second = _strikes_beside(wording)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


STRANDED = "The coastguard took 480 stranded passengers off the ferry near the harbour"


def _passengers_beside(wording: str) -> list[Statement]:
    """The coastguard's count of passengers and another article's wording, grouped."""
    return group_statements(
        [
            _strikes(STRANDED, "s1", "the Norwegian coastguard"),
            _strikes(wording, "s2", "the statement"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )


@pytest.mark.parametrize(
    "wording",
    [
        # Another participle before what it counts.
        "Norwegian crews took 480 marooned passengers off the stricken ferry",
        # The participle after it.
        "Norwegian crews took 480 passengers stranded on the stricken ferry off it",
    ],
)
def test_a_count_tells_one_story_whichever_side_its_participle_stands(wording: str) -> None:
    # "480 stranded passengers", "480 passengers stranded", "480 marooned
    # passengers": the passengers are what is counted, however described.
    first, second = _passengers_beside(wording)
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


@pytest.mark.parametrize(
    "wording",
    [
        # Another count of them.
        "Norwegian crews took 481 marooned passengers off the stricken ferry",
        # The same number of another thing.
        "Norwegian crews took 480 marooned vehicles off the stricken ferry",
    ],
)
def test_a_participle_beside_a_count_makes_no_other_count_the_same(wording: str) -> None:
    first, second = _passengers_beside(wording)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_text_normalised_in_a_worker_reads_the_same_in_the_grouping_process() -> None:
    import pickle

    from claimtrack.grouping import ClaimIndex, Normal

    text = "Officials in Ottawa said the new pipeline would carry oil to the coast by 2030"
    index = ClaimIndex(PartyResolver.build())
    normal = index.normal(text)
    _ = normal.actors
    sent = pickle.loads(pickle.dumps(normal, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(sent, Normal)
    assert sent.terms == normal.terms and hash(sent.terms) == hash(normal.terms)
    assert sent.pieces == normal.pieces and sent.actors == normal.actors
    # Taken as its own by another index, it matches as the text does.
    other = ClaimIndex(PartyResolver.build())
    other.learn({text: sent})
    other.add("pipeline-oil-coast", "The pipeline will carry oil to the coast")
    index.add("pipeline-oil-coast", "The pipeline will carry oil to the coast")
    assert other.best(text) == index.best(text)


def test_an_assertion_reporting_a_denial_in_capitals_makes_no_claim() -> None:
    report = _said("Club officials are DENYING the reports", 1, "The Courier")
    (only,) = group_statements([report], ClaimIndex(), DEFAULT_THRESHOLD)
    assert only.claim_id is None
    assert only.not_filed is not None and "reports a denial" in only.not_filed


def test_a_remark_is_found_by_the_filed_remark_it_quotes_whole() -> None:
    quoted = QuotedAgain()
    quoted.add("The ferry was sold to a shipping firm in Oslo last spring", "ferry-sold")
    quoted.add("The ferry was sold to a shipping firm in Oslo", "ferry-sold-short")
    quoted.add("We are looking into it", "short-remark")
    # Case and punctuation aside, run on into the next sentence: the longest
    # filed remark it quotes decides.
    assert (
        quoted.claim_of(
            "It was a shock. The ferry was SOLD to a shipping firm, in Oslo last spring!"
        )
        == "ferry-sold"
    )
    assert quoted.claim_of("the ferry was sold to a shipping firm in Oslo") == "ferry-sold-short"
    # Part of a remark is not the remark; nor are a few common words.
    assert quoted.claim_of("The ferry was sold to a shipping firm") is None
    assert quoted.claim_of("We are looking into it") is None
    assert QuotedAgain().claim_of("The ferry was sold to a shipping firm in Oslo") is None


def _crossing(content: str, source: str, speaker: str) -> Statement:
    return replace(statement(content, source), speaker=speaker)


BORDER_CAUGHT = (
    "at least 12 fighters of the Red Hand were caught by patrols near Tarvoka as they "
    "tried to cross the northern border at night with rifles"
)


def test_a_statement_alone_in_its_claim_joins_the_claim_made_after_it_that_it_words_again() -> None:
    # Read first, the short wording starts a claim; the long report after it
    # does not join it (most of its words are not there), and its rewording
    # joins the report. Once the run is grouped, the short one matches them.
    index = ClaimIndex(RESOLVER)
    first = _crossing("Red Hand agents crossed the border", "a", "Carl Brandt")
    short, report, again = group_statements(
        [
            first,
            _crossing(BORDER_CAUGHT, "b", "Ola Lind"),
            _crossing(
                "Red Hand fighters crossed the border near Tarvoka and were caught by patrols",
                "c",
                "Per Eklund",
            ),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert short.is_new and report.is_new and again.claim_id == report.claim_id
    assert short.claim_id is not None and short.claim_id != report.claim_id
    found = join_again(first, short.claim_id, index, DEFAULT_THRESHOLD)
    assert found is not None and found.claim_id == report.claim_id and not found.is_new
    # A claim whose only statement left it is not joined instead.
    assert join_again(first, short.claim_id, index, DEFAULT_THRESHOLD, {report.claim_id}) is None
    # Nor a claim it would deny, read against its text.
    assert (
        join_again(
            first, short.claim_id, index, DEFAULT_THRESHOLD, (), lambda _s, _t: Stance.DENIES
        )
        is None
    )


def test_a_statement_alone_in_its_claim_stays_when_it_says_another_thing_of_the_actors() -> None:
    index = ClaimIndex(RESOLVER)
    first = _crossing("Red Hand agents opened a school in the capital", "a", "Carl Brandt")
    school, report, _ = group_statements(
        [
            first,
            _crossing(BORDER_CAUGHT, "b", "Ola Lind"),
            _crossing(
                "Red Hand fighters crossed the border near Tarvoka and were caught by patrols",
                "c",
                "Per Eklund",
            ),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert school.claim_id is not None and school.claim_id != report.claim_id
    assert join_again(first, school.claim_id, index, DEFAULT_THRESHOLD) is None
    # A denial is left where it was grouped: what it answers is decided there.
    denial = replace(first, stance=Stance.DENIES)
    assert join_again(denial, school.claim_id, index, DEFAULT_THRESHOLD) is None


def test_a_statement_alone_in_its_claim_joins_its_articles_lead_claim_though_it_names_less() -> (
    None
):
    # The army chief's wording names only his country: by its names alone it
    # tells no story, and it started a claim of its own. Its article opened on
    # the claim it words again, so once the run is grouped it joins that claim.
    index = ClaimIndex(RESOLVER)
    lead = replace(
        statement("Norway has agreed a ceasefire with the rebels and will free the hostages", "a"),
        speaker="the government",
    )
    later = replace(
        statement("a ceasefire agreement has been concluded with the rebels", "a"),
        speaker="the head of Norway's army",
        line=5,
    )
    opened, own = group_statements([lead, later], index, DEFAULT_THRESHOLD)
    assert opened.claim_id is not None and own.claim_id is not None
    assert own.is_new and own.claim_id != opened.claim_id
    assert join_again(later, own.claim_id, index, DEFAULT_THRESHOLD) is None
    # A lead filed under another claim is no such sign.
    assert join_again(later, own.claim_id, index, DEFAULT_THRESHOLD, its_lead={"other"}) is None
    found = join_again(later, own.claim_id, index, DEFAULT_THRESHOLD, its_lead={opened.claim_id})
    assert found is not None and found.claim_id == opened.claim_id and not found.is_new


CRATE_DESTROYED = (
    "Norway's air force destroyed the stray supply crate with an airstrike on Monday "
    "to keep it from the rebels"
)


def _pointing_after(claim: str, content: str) -> tuple[ClaimIndex, Statement]:
    index = ClaimIndex(RESOLVER)
    group_statements(
        [replace(statement(claim, "a"), speaker="the ministry")], index, DEFAULT_THRESHOLD
    )
    return index, replace(statement(content, "b"), speaker="a spokesman")


def test_a_statement_pointing_at_what_it_does_not_name_joins_the_claim_saying_the_same_of_it() -> (
    None
):
    # "it" names nothing, so only a close rewording would pass the story gate;
    # the same predicate over the claim it matches best tells what "it" is.
    index, pointing = _pointing_after(
        CRATE_DESTROYED, "it had been destroyed by an airstrike on the crate"
    )
    assert join_late(pointing, index, DEFAULT_THRESHOLD) is None
    asserts: Toward = lambda _s, _t: Stance.ASSERTS  # noqa: E731
    denies: Toward = lambda _s, _t: Stance.DENIES  # noqa: E731
    # Not a claim it would deny, read against its text.
    assert join_pointing(pointing, index, DEFAULT_THRESHOLD, denies) is None
    found = join_pointing(pointing, index, DEFAULT_THRESHOLD, asserts)
    assert found is not None and not found.is_new
    assert found.claim_text.startswith("Norway's air force destroyed")
    # Another predicate of the same thing is another proposition.
    index, other = _pointing_after(
        CRATE_DESTROYED, "it had been dropped as a supply crate on Monday"
    )
    assert join_pointing(other, index, DEFAULT_THRESHOLD, asserts) is None
    # A verb of aspect alone is no predicate in common.
    index, going_on = _pointing_after(
        "The ministry would continue to pursue the smugglers across the northern border "
        "until they ran out of fuel",
        "we will continue to do what is necessary at the northern border "
        "until they run out of fuel",
    )
    assert join_pointing(going_on, index, DEFAULT_THRESHOLD, asserts) is None


def test_a_pointing_statement_joins_a_claim_saying_its_predicate_in_a_joined_verb_phrase() -> None:
    # "and had destroyed it" says "destroyed" of the air force as "tracked" is.
    asserts: Toward = lambda _s, _t: Stance.ASSERTS  # noqa: E731
    for joined in (
        "tracked the stray supply crate on Monday and",
        "lost the stray supply crate on Monday, but",
    ):
        index, pointing = _pointing_after(
            f"Norway's air force {joined} had destroyed it with an airstrike to keep it from "
            "the rebels",
            "it had been destroyed by an airstrike on the crate",
        )
        found = join_pointing(pointing, index, DEFAULT_THRESHOLD, asserts)
        assert found is not None and not found.is_new


def test_only_a_content_pointing_at_what_it_does_not_name_is_asked_to_join_so() -> None:
    assert points_back("its subject 'it' is not named")
    assert points_back("its 'them' points into the article")
    assert points_back("its subject 'the issues' points into the article")
    assert points_back("its 'us' is someone it does not name")
    assert not points_back("a fragment with no verb, not a proposition")
    assert not points_back("a clause with no subject")
    assert not points_back(None)


def test_a_late_match_asks_no_gate_of_candidates_ranked_under_its_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Candidates come best first: when the best scores under the bar, whichever
    # passes the gates scores too little, so none is asked.
    index = ClaimIndex(RESOLVER)
    school, report = group_statements(
        [
            _crossing("Red Hand agents opened a school in the capital", "a", "Carl Brandt"),
            _crossing(BORDER_CAUGHT, "b", "Ola Lind"),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert school.claim_id is not None and report.claim_id is not None
    late = _crossing("a school in the border town had its roof repaired", "c", "Per Eklund")
    ranked = index.candidates(late.content, 8)
    assert ranked and ranked[0][1] < DEFAULT_THRESHOLD

    def gate(*_args: object) -> bool:
        raise AssertionError("a gate was asked")

    monkeypatch.setattr(_Grouper, "_same_story", gate)
    assert join_late(late, index, DEFAULT_THRESHOLD) is None
    assert join_again(late, school.claim_id, index, DEFAULT_THRESHOLD) is None
    # At the bar, the gates are asked.
    again = _crossing(
        "Red Hand fighters were caught by patrols near Tarvoka at the northern border",
        "d",
        "Per Eklund",
    )
    with pytest.raises(AssertionError, match="a gate was asked"):
        join_late(again, index, DEFAULT_THRESHOLD)


def test_a_frame_of_the_speakers_own_belief_or_telling_is_taken_off_an_assertion() -> None:
    assert unframed("we believe that the ferry left Tallinn late") == "the ferry left Tallinn late"
    assert unframed("he believed Rask was the driver") == "Rask was the driver"
    # In any case, and in letters a case-blind match takes for ASCII ones.
    assert unframed("HE BELIEVED Rask was the driver") == "Rask was the driver"
    assert unframed("he bel\u0131eved Rask was the driver") == "Rask was the driver"
    assert unframed("it is widely understood Rask was the driver") == "Rask was the driver"
    assert (
        unframed("I wish to inform this audience that a truce has been concluded")
        == "a truce has been concluded"
    )
    assert (
        unframed("What I can assure people is that, when we deliver aid, it arrives")
        == "when we deliver aid, it arrives"
    )
    assert unframed("Don't you know the miners have left the valley?") == (
        "the miners have left the valley"
    )
    assert unframed("It is believed that the mill burned down") == "the mill burned down"
    # Not a frame: "it" the subject of the hearsay, a belief with no clause
    # after it, a feeling.
    assert unframed("It is believed to be the oldest bridge in the state") == (
        "It is believed to be the oldest bridge in the state"
    )
    assert unframed("I know him") == "I know him"
    assert unframed("We feel very confident that the bundles landed") == (
        "We feel very confident that the bundles landed"
    )


# Claims of other stories, so that a frame's words weigh as they do in a ledger.
_OTHER_CLAIMS = [
    "The Ostrava council banned night buses in the old town",
    "Floods cut the railway between Brno and Zlin",
    "The Halden club sold its stadium to a developer",
    "A fire destroyed the Tarnow paper mill on Sunday",
    "Teachers in Gdansk went on strike over pay",
    "The Vellmar bakery won a national prize for its rye bread",
]


def _signing(said: str) -> list[Assignment]:
    seq = [replace(statement(text, f"o{n}"), speaker="AP") for n, text in enumerate(_OTHER_CLAIMS)]
    seq.append(
        replace(
            statement(
                "Lindqvist signed a two-year contract with the Halden club after talks in Oslo",
                "a",
            ),
            speaker="Reuters",
        )
    )
    seq.append(replace(statement(said, "b"), speaker="the coach"))
    return group_statements(seq, ClaimIndex(), DEFAULT_THRESHOLD)


@pytest.mark.parametrize(
    "frame",
    [
        "I wish to inform this audience that ",
        "What I can assure people is that ",
        "we believe that ",
        "It is believed that ",
    ],
)
def test_an_assertion_is_matched_by_its_proposition_not_its_frame(frame: str) -> None:
    plain = _signing("Lindqvist signed a deal with Halden in Bergen")
    framed = _signing(frame + "Lindqvist signed a deal with Halden in Bergen")
    assert framed[-1].claim_id == framed[-2].claim_id
    assert framed[-1].score == pytest.approx(plain[-1].score)


def test_a_claim_a_framed_assertion_starts_keeps_its_frame_in_its_text() -> None:
    # What its speaker believed is not shown as what its speaker knows.
    said = replace(
        statement(
            "they believed they had found the missing trawler",
            "a",
            quote="Norwegian and Danish officials said they believed they had found the "
            "missing trawler.",
        ),
        speaker="Norwegian and Danish officials",
        cue="said",
        party="Norway",
    )
    [assignment] = group_statements([said], ClaimIndex(), DEFAULT_THRESHOLD)
    assert assignment.claim_text == (
        "Norwegian and Danish officials believed they had found the missing trawler"
    )


def test_the_words_an_organisations_name_puts_before_its_kind_are_the_name() -> None:
    # "Workers'" in a party's name names the party; "workers" in lower case are people.
    assert "worker" not in words("members of the Zorvan Workers' Party crossed the river")
    assert "worker" in words("aid workers crossed the river")
    named = set(words("members of the Zorvan Workers' Party crossed the river"))
    assert named & set(words("the Zorvan Worker's Party crossed the river")) >= {"Worker"}
    # The noun of its kind stays a common word: "the party" may be the party named.
    assert "party" in named & set(words("the party crossed the river"))
    # Only a possessive inside the name: its first word, other words inside it,
    # a name without a noun of its kind, and a headline's Title Case are read
    # as before.
    assert {"delmar", "worker"} <= set(words("the Delmar Workers Union crossed the river"))
    assert "delmar" in words("the Delmar Women's Union crossed the river")
    assert "women" in words("Women's Union members crossed the river")
    assert "worker" in words("the Workers crossed the river")
    assert "worker" in words("Zorvan Workers crossed the river")
    assert "worker" in words("Zorvan Workers Party Crosses The River Again")


def test_a_statement_about_workers_does_not_join_a_claim_naming_a_workers_party() -> None:
    party = (
        "the Zorvan Workers' Party is fighting the militias "
        "and holds territory in the Delmar valley"
    )
    index = ClaimIndex()
    first = group_statements([statement(party, "s1")], index, DEFAULT_THRESHOLD)[0]
    later = [
        statement(
            "aid workers have been barred from entering territory in the Delmar valley", "s2"
        ),
        statement("the Zorvan Worker's Party fighters hold the Delmar valley", "s3"),
    ]
    workers, fighters = group_statements(later, index, DEFAULT_THRESHOLD)
    assert workers.claim_id != first.claim_id
    assert fighters.claim_id == first.claim_id


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Night Owl is in fact Zorvan-born Valdis", ("Night Owl", "Zorvan-born Valdis")),
        ("Valdis was Night Owl", ("Valdis", "Night Owl")),
        (
            'a baker named Oren Valdis is the person known as "Night Owl" in the videos',
            ("Oren Valdis", "Night Owl"),
        ),
        ("Night Owl has been identified as Oren Valdis", ("Night Owl", "Oren Valdis")),
        # Another thing said of a name, a negation, a possessive: no identity.
        ("Oren Valdis is a baker born in Zorvan", None),
        ("Oren Valdis was not in Zorvan", None),
        ("Valdis is believed to be Marek's killer", None),
        ("Oren Valdis was Delmar Front\u2019s envoy in the talks", None),
    ],
)
def test_two_names_said_to_be_one_person(text: str, names: tuple[str, str] | None) -> None:
    assert _identity_names(text) == names


def test_an_identity_joins_the_claim_saying_the_same_two_names_are_one() -> None:
    # "Night Owl is in fact Zorvan-born Valdis" scores best against what else is
    # said of Valdis (his birth in Zorvan), but says who Night Owl is.
    index = ClaimIndex()
    identity, birth = group_statements(
        [
            statement(
                'a baker named Oren Valdis is the person known as "Night Owl" in the videos', "s1"
            ),
            statement("Oren Valdis is a Delmarian born in Zorvan who is known to the police", "s2"),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    said = "Night Owl is in fact Zorvan-born Valdis"
    assert index.score(said, birth.claim_id or "") > index.score(said, identity.claim_id or "")
    assert index.score(said, identity.claim_id or "") >= DEFAULT_THRESHOLD
    joined = group_statements([statement(said, "s3")], index, DEFAULT_THRESHOLD)[0]
    assert joined.claim_id == identity.claim_id


def test_words_saying_only_when_join_no_other_story() -> None:
    # A speaker named in capitals leaves the statement's actors unknown; words
    # that only say when ("last Friday") are no reason to join another story.
    dog = replace(
        statement("the wrinkly-faced crossbreed was found last Friday at Ayr station", "dog"),
        speaker="The Scottish Society for Prevention of Cruelty to Animals",
    )
    deal = replace(
        statement("the deal last Friday", "truce"),
        speaker="the Nigeria's Air Chief Marshal Alex Badeh",
        cue="announced",
    )
    first, second = group_statements([dog, deal], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("refused", "refusal"),
        ("denied", "denials"),
        ("rejected", "rejection"),
        ("decided", "decision"),
        ("suspended", "suspension"),
        ("abducted", "abduction"),
    ],
)
def test_a_verb_and_the_noun_english_makes_of_it_share_a_term(verb: str, noun: str) -> None:
    assert words(verb) == words(noun)


def test_a_noun_ending_like_a_nominalisation_keeps_its_own_stem() -> None:
    assert stem("general") != stem("gene")
    assert stem("section") != stem("sect")
    assert stem("trial") != stem("try")


def test_the_thing_named_again_by_the_same_speaker_joins_the_claim_that_brought_it_in() -> None:
    first = _said("there had been another attack in neighbouring Kaduna state", 31, "Tomas Reyl")
    again = _said(
        "the attack, in the village of Dunmore on Saturday, saw some 40 women abducted",
        33,
        "Tomas Reyl",
    )
    one, two = group_statements([first, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id == one.claim_id
    assert not two.is_new


@pytest.mark.parametrize(
    ("before", "speaker", "line"),
    [
        # What the earlier statement tells of is its speaker, not the shooter it saw.
        ("Tomas Reyl looked out the window and saw a shooter near the gate", "Tomas Reyl", 33),
        # Another speaker's remark tells its own account.
        ("there had been another attack in neighbouring Kaduna state", "A police officer", 33),
        # Too far from it to be what "the" points back at.
        ("there had been another attack in neighbouring Kaduna state", "Tomas Reyl", 41),
    ],
)
def test_a_definite_description_starts_its_own_claim_when_nothing_just_before_brought_it_in(
    before: str, speaker: str, line: int
) -> None:
    first = _said(before, 31, "Tomas Reyl")
    again = _said("the shooter, in a black coat, fired twice at the guards", line, speaker)
    if "attack" in before:
        again = _said(
            "the attack, in the village of Dunmore on Saturday, saw some 40 women abducted",
            line,
            speaker,
        )
    one, two = group_statements([first, again], ClaimIndex(), DEFAULT_THRESHOLD)
    assert two.claim_id != one.claim_id
    assert two.is_new


def test_a_doubt_of_what_this_person_has_answers_no_claim_of_another_article() -> None:
    # "This person" is whom its own article spoke of: the disease it names
    # does not make it an answer to another article's patients.
    other = replace(
        _said(
            "two patients in Dunmore showed symptoms similar to those of Lassa fever",
            1,
            "A ward nurse",
        ),
        source="y",
    )
    doubt = _said(
        "it is extremely unlikely that this person has Lassa fever because of their travel "
        "history and lack of symptoms",
        3,
        "County spokesman Ivo Brandt",
        Stance.DISPUTES,
    )
    first, second = group_statements([other, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_doubt_of_what_this_person_has_still_answers_its_own_articles_claim() -> None:
    told = _said(
        "a traveller admitted to the Dunmore clinic may have Lassa fever", 1, "A local paper"
    )
    doubt = _said(
        "it is extremely unlikely that this person has Lassa fever",
        3,
        "County spokesman Ivo Brandt",
        Stance.DISPUTES,
    )
    first, second = group_statements([told, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


def test_a_record_called_fake_answers_no_claim_that_does_not_speak_of_it() -> None:
    # The viewer doubts the video, not what the filmmaker said of his hair.
    told = _said("he was upset at how thin his hair had become", 1, "Filmmaker Oren Pike")
    doubt = _said("the video would soon be exposed as fake", 5, "One viewer", Stance.DENIES)
    first, second = group_statements([told, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


@pytest.mark.parametrize(
    "told",
    [
        "a passer-by filmed the clip of the rescue at Harlow pier",
        "every part of the rescue at Harlow pier was staged",
    ],
)
def test_a_record_called_fake_answers_a_claim_of_the_record_or_its_faking(told: str) -> None:
    claim = _said(told, 1, "A Harlow resident")
    doubt = _said(
        "the clip of the rescue at Harlow pier is a hoax", 3, "Filmmaker Oren Pike", Stance.DENIES
    )
    first, second = group_statements([claim, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


def test_a_clause_nor_opens_after_a_negative_frame_is_no_part_of_what_it_frames() -> None:
    """ "There is no evidence that X, nor was there Y": the frame's negation goes on
    over Y, a second thing said not to be so, not part of X."""
    assert (
        referent(
            "There is no evidence that the mayor signed the order on Monday, as was "
            "reported, nor was there a second order for the harbour",
            against=True,
        )
        == "the mayor signed the order on Monday, as was reported"
    )
    assert (
        referent("there was no sign that the ferry sank; nor did anyone see it go down")
        == "the ferry sank"
    )
    # No "nor": the framed clause whole. Nor one with too little before it.
    assert referent("there is no evidence that the dam cracked") == "the dam cracked"
    assert referent("there is no proof that Hale nor Okafor signed it") == (
        "Hale nor Okafor signed it"
    )
    # A "nor" that answers the clause's own "neither" or "not" stays in it.
    assert referent("there is no proof that neither the mayor's deputy nor the clerk signed") == (
        "neither the mayor's deputy nor the clerk signed"
    )
    assert referent("there is no proof that the deputy did not sign, nor the clerk") == (
        "the deputy did not sign, nor the clerk"
    )


def test_a_doubt_with_nor_after_its_frame_starts_a_claim_it_doubts() -> None:
    doubt = replace(
        statement(
            "There is no evidence that the mayor signed the order on Monday, as has been "
            "widely reported, nor was there a second order for the harbour",
            "f",
            Stance.DISPUTES,
        ),
        cue="reported",
    )
    (made,) = group_statements([doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_text is not None
    assert "nor" not in made.claim_text
    assert made.claim_text.startswith("The mayor signed the order on Monday")


@pytest.mark.parametrize(
    "content",
    [
        "All I can do is pray for them, because I don't know",
        "I just keep calling the station (because, again, we do not know.",
        "He said he will wait by the phone, since he doesn't really know",
    ],
)
def test_a_not_knowing_given_as_a_reason_answers_no_claim(content: str) -> None:
    """A doubt whose only doubt is not knowing, given as the reason for what the
    rest says, with nothing named as unknown: it doubts no claim told before."""
    told = _said("the climber reached the summit of the peak on Friday", 1, "The club")
    doubt = _said(content, 3, "her mother", Stance.DISPUTES)
    made = group_statements([told, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id is None
    assert made[1].not_filed == "a not knowing given as a reason, naming nothing it doubts"


@pytest.mark.parametrize(
    "content",
    [
        # Not knowing with something named after it is a doubt of that.
        "We can only wait, because we don't know whether the climber reached the summit",
        # The rest doubts or negates by itself.
        "We are sceptical the climber reached the summit, because we don't know",
        "We cannot confirm the climber reached the summit, because we don't know",
        # Not knowing as the whole content, with no reason to give.
        "We just don't know",
    ],
)
def test_a_not_knowing_that_names_or_doubts_something_may_answer_a_claim(content: str) -> None:
    told = _said("the climber reached the summit of the peak on Friday", 1, "The club")
    doubt = _said(content, 3, "the guide", Stance.DISPUTES)
    made = group_statements([told, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].not_filed != "a not knowing given as a reason, naming nothing it doubts"


@pytest.mark.parametrize(
    "verdict",
    [
        "the whole thing was a hoax, but a hoax for a cause",
        "the entire thing had been a stunt",
        "all of it was a joke",
    ],
)
def test_a_verdict_on_the_whole_thing_its_speaker_just_told_joins_no_claim(verdict: str) -> None:
    """ "(admitting) the whole thing was a hoax", right after the same speaker's own
    assertion: all of what that speaker put out, not the article's earlier story."""
    story = replace(
        _said("the singer died in a car accident in Lima last week", 1, "A hoax e-mail"),
        cue="claimed",
    )
    own = replace(
        _said("the cartoon pig is haram and must go off the air", 3, "Sheikh"), cue="claimed"
    )
    admitted = replace(_said(verdict, 3, "Sheikh", Stance.DENIES), cue="admitting")
    made = group_statements([story, own, admitted], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[2].claim_id is None
    assert (
        made[2].not_filed == "a verdict on what its own speaker told just before, which is no claim"
    )
    # Said by someone who told nothing just before, it is left to the other rules.
    other = replace(admitted, speaker="The newspaper")
    alone = group_statements([story, other], ClaimIndex(), DEFAULT_THRESHOLD)
    assert alone[1].not_filed != made[2].not_filed


def test_a_doubt_that_agrees_with_a_claim_of_its_article_does_not_join_it() -> None:
    """ "he had not received word about the purported truce" says what "we are yet
    to receive any order on the truce" says: it doubts the truce, not that claim."""
    said = _said(
        "the garrison is yet to receive any operational order on the truce", 3, "a colonel"
    )
    doubt = replace(
        _said("the major had not received word about the purported truce", 5, "An official"),
        stance=Stance.DISPUTES,
    )
    made = group_statements([said, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id != made[0].claim_id
    # Against a claim of fact it still doubts, and joins it.
    fact = _said("the army agreed to a truce with the rebels in the north", 3, "a colonel")
    doubt_of_fact = replace(
        _said(
            "the major had not received word about the purported truce with the rebels",
            5,
            "An official",
        ),
        stance=Stance.DISPUTES,
    )
    made = group_statements([fact, doubt_of_fact], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_id == made[0].claim_id


def test_a_doubt_joins_a_claim_whose_text_holds_the_same_doubt() -> None:
    """A claim made of the same sentence's doubt ("..., which was not backed by any
    evidence") is what the doubt says, not something else it answers."""
    said = _said(
        "the ministry is investigating the claim, which was not backed by any evidence",
        3,
        "The ministry",
    )
    doubt = replace(
        _said(
            "The ministry said it is investigating the claim, which was not backed by any evidence",
            3,
            "the Post",
        ),
        stance=Stance.DISPUTES,
    )
    made = group_statements([said, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id == made[0].claim_id


def test_a_doubt_asking_of_that_right_after_a_statement_of_no_claim_joins_none() -> None:
    """ "I honestly don't know if that was one of the ones dropped", right after
    "We're still taking a look at it": "that" is what was just spoken of."""
    admitted = replace(
        _said("one of the army's airdrops had gone missing", 7, "The ministry"), cue="admitted"
    )
    looking = replace(
        _said("We're still taking a look at it and assessing the validity of it", 11, "he"),
        stance=Stance.DISPUTES,
    )
    doubt = replace(
        _said("So I honestly don't know if that was one of the ones dropped", 11, "he"),
        stance=Stance.DISPUTES,
    )
    made = group_statements([admitted, looking, doubt], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id is None
    assert made[2].claim_id is None
    assert made[2].not_filed == (
        "points back at what was said just before it, which states no claim of its own"
    )


def _near_tie(index: ClaimIndex, about: str, ranked: list[tuple[str, float]]) -> object:
    grouper = _Grouper(index, DEFAULT_THRESHOLD)
    grouper.statement = statement(about, "x")
    best, score = ranked[0]
    return grouper._near_tie_saying_it(about, best, score, ranked)


def test_a_near_tie_goes_to_the_claim_that_predicates_what_the_statement_does() -> None:
    index = ClaimIndex()
    index.add("video-seen", "Officials have seen a video of the murder of reporter Tomas Verl")
    index.add("man-identified", "The intelligence agencies had identified the masked militant")
    about = (
        "The intelligence agencies have identified the man suspected of the murder of Tomas Verl"
    )
    ranked = [("video-seen", 70.0), ("man-identified", 69.0)]
    assert _near_tie(index, about, ranked) == ("man-identified", 69.0)
    # Scores a tenth apart are no tie: the words decide.
    assert _near_tie(index, about, [("video-seen", 70.0), ("man-identified", 63.0)]) is None
    # The best claim saying the predicate itself keeps the statement.
    assert _near_tie(index, about, [("man-identified", 70.0), ("video-seen", 69.5)]) is None


def test_a_near_tie_is_not_broken_by_the_predicate_of_another_subject() -> None:
    index = ClaimIndex()
    index.add("shooter-named", "The man behind the Ottawa shootings was named by the police")
    index.add("girls-converted", "The Chibok schoolgirls had converted to Islam")
    about = "The man behind the Ottawa shootings had converted to Islam"
    ranked = [("shooter-named", 70.0), ("girls-converted", 69.5)]
    assert _near_tie(index, about, ranked) is None


def test_the_main_predicate_sets_aside_what_only_modifies_a_noun() -> None:
    # A participle aside between commas says something of the troops.
    assert _main_predicate(
        "Northern troops, dispatched to the western front, have begun combat operations"
    ) == frozenset({"begin"})
    # A word in "-ing" right after a noun modifies it; no auxiliary makes it a verb.
    assert not _main_predicate("the capture of rebel fighters crossing the river")
    assert _main_predicate("rebel fighters are crossing the river") == frozenset({"cross"})
    assert _main_predicate("we know the rebels are coming across the river") == frozenset(
        {stem("coming")}
    )


def test_a_near_tie_is_not_broken_by_a_participle_after_a_noun() -> None:
    index = ClaimIndex()
    index.add("fighters-caught", "Ten rebel fighters were caught at the river crossing point")
    index.add("fighters-cross", "Rebel fighters have been crossing the river every night")
    about = "the report of rebel fighters crossing the river came from the border guards"
    ranked = [("fighters-caught", 70.0), ("fighters-cross", 69.5)]
    assert _near_tie(index, about, ranked) is None
    # Said as what the clause predicates, the same words break the tie.
    about = "rebel fighters have been crossing the river from the north"
    assert _near_tie(index, about, ranked) == ("fighters-cross", 69.5)


def test_reports_of_a_thing_named_as_someones_answer_only_a_claim_naming_the_thing() -> None:
    # "Reports of the duke's sea voyage" are of a voyage, whose the duke's is: a
    # claim that names the duke and no voyage is another matter, and the denial
    # joins none; a claim of his voyage it answers.
    other = _told(
        "The Herald reported that Duke Ravel is leading the recovery with calm resolve.",
        "Duke Ravel is leading the recovery with calm resolve",
        "The Herald",
        1,
        "reported",
    )
    voyage = _told(
        "The Courier reported that Duke Ravel had set out on a sea voyage to Orlan.",
        "Duke Ravel had set out on a sea voyage to Orlan",
        "The Courier",
        1,
        "reported",
    )
    denial = _told(
        "Press reports of Duke Ravel's sea voyage have been denied by a palace spokesman.",
        "Press reports of Duke Ravel's sea voyage",
        "a palace spokesman",
        2,
        "denied",
        Stance.DENIES,
    )
    one, two = group_statements([other, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id is None
    one, two = group_statements([voyage, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    assert two.claim_id == one.claim_id


KIDNAPPED_CONVERTED = (
    "The kidnapped Dapchi schoolgirls have converted to Islam and been married off"
)


def _converted_beside(wording: str, speaker: str) -> list[Statement]:
    """The group leader's claim of the schoolgirls' conversion and another
    article's wording, grouped."""
    return group_statements(
        [
            replace(statement(KIDNAPPED_CONVERTED, "s1"), speaker="the group's leader"),
            replace(statement(wording, "s2"), speaker=speaker),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )


@pytest.mark.parametrize(
    "wording",
    [
        "The Toronto gunman had recently converted to Islam",
        "The man behind the Toronto shootings had converted to Islam and married",
    ],
)
def test_a_faith_named_alone_tells_no_story_of_its_own(wording: str) -> None:
    # "Islam" is capitalised like a name, but a convert in one city and
    # kidnapped schoolgirls in another share no story by it.
    first, second = _converted_beside(wording, "officials")
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_faith_beside_a_name_both_give_tells_one_story() -> None:
    # The name they share tells the story; the faith neither adds nor takes away.
    first, second = _converted_beside(
        "The Dapchi schoolgirls have all converted to Islam", "the leader"
    )
    assert first.claim_id is not None
    assert second.claim_id == first.claim_id


def test_an_accusation_of_an_unnamed_him_joins_no_claim_of_its_words() -> None:
    """An accusation that names whom it accuses only by "him" tells that person's
    act: it joins no claim of another's act in the same words, and a denial of
    "the accusation" right after it is filed under none with it."""
    raid = _said(
        "The army was trying to kill Odera in Monday's raid on a Mai-Mai camp in northern Kivu",
        1,
        "Army officials",
    )
    accused = replace(
        _said(
            "him trying to reach Kivu, where the Mai-Mai militia operates", 5, "a border officer"
        ),
        cue="accused",
        source=raid.source,
    )
    denial = replace(
        _said("the accusation", 6, "He", Stance.DENIES), cue="denied", source=raid.source
    )
    made = group_statements([raid, accused, denial], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id is None
    assert (
        made[1].not_filed == "accuses someone it names only by a pronoun, no proposition of its own"
    )
    assert made[2].claim_id is None


@pytest.mark.parametrize(
    "supposed",
    [
        "It would not surprise me at all if the club opened a shop in Lisbon",
        "I wouldn't be surprised if the club opened a shop in Lisbon.",
        "it would be no surprise if the club opened a shop in Lisbon",
    ],
)
def test_what_would_not_surprise_the_speaker_joins_no_claim(supposed: str) -> None:
    """A proposition supposed under an "if" of what would not surprise its
    speaker is not said to be so: it neither joins the claim its words match
    nor starts one."""
    denial = _said("the club is planning to open a shop in Lisbon", 1, "The club", Stance.DENIES)
    denial = replace(denial, cue="denied")
    guess = replace(_said(supposed, 3, "an analyst"), source=denial.source)
    made = group_statements([denial, guess], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id is None
    assert made[1].not_filed == (
        "a supposition that would not surprise its speaker, no proposition put forward"
    )
    alone = group_statements([replace(guess, source="other")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert alone[0].claim_id is None


@pytest.mark.parametrize(
    "said",
    [
        "The club would not be surprised by the result and opened a shop in Lisbon",
        "It would not surprise me if the club opened a shop. It has opened one in Lisbon",
    ],
)
def test_a_sentence_beyond_what_would_not_surprise_is_read_as_before(said: str) -> None:
    made = group_statements([_said(said, 1, "an analyst")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].not_filed != (
        "a supposition that would not surprise its speaker, no proposition put forward"
    )


def test_a_shop_opened_is_a_claim_of_its_own() -> None:
    said = "The club would not be surprised by the result and opened a shop in Lisbon"
    made = group_statements([_said(said, 1, "an analyst")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None


def test_a_claim_of_a_telling_is_joined_only_by_a_telling() -> None:
    """A claim that someone reveals the facts about a thing is about the telling:
    an assertion of the thing itself ("agencies caught smugglers") says
    nothing of whether the facts are revealed, and does not join it; a
    statement that speaks of the telling does."""
    doubt = replace(
        _said(
            "the border agencies are revealing the facts about smugglers getting caught",
            3,
            "the spokesman",
            Stance.DISPUTES,
        ),
        cue="expressed doubt",
    )
    caught = replace(
        _said("border agencies caught smugglers getting across", 5, "the mayor"),
        source=doubt.source,
    )
    told = replace(
        _said(
            "the border agencies are not revealing the facts about smugglers getting caught",
            7,
            "the senator",
        ),
        source=doubt.source,
    )
    made = group_statements([doubt, caught, told], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id != made[0].claim_id
    assert made[2].claim_id == made[0].claim_id


def test_an_accusation_that_names_whom_it_accuses_still_joins() -> None:
    raid = _said("the commander was trying to reach the northern port", 1, "Army officials")
    accused = replace(
        _said("the commander trying to reach the northern port", 5, "a border officer"),
        cue="accused",
        source=raid.source,
    )
    made = group_statements([raid, accused], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[1].claim_id == made[0].claim_id


@pytest.mark.parametrize(
    "guess",
    [
        "He runs the whole scheme, probably",
        "the mayor signed it - sort of",
        "she will win, I think",
    ],
)
def test_a_guess_starts_no_claim(guess: str) -> None:
    """A proposition with a hedge set off after it is offered as a guess: it
    starts no claim to be shown as what anyone put forward."""
    (made,) = group_statements([_said(guess, 1, "a reader")], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_id is None
    assert made.not_filed == "a guess, its hedge after the proposition, no proposition put forward"


def test_a_guess_still_joins_the_claim_it_matches() -> None:
    told = _said("the mayor signed the harbour order on Monday", 1, "The council")
    guess = _said("the mayor signed the harbour order on Monday, probably", 3, "a reader")
    made = group_statements([told, guess], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is not None
    assert made[1].claim_id == made[0].claim_id


def test_term_weights_are_the_smoothed_idf_of_each_term_as_the_index_grows() -> None:
    import math

    index = ClaimIndex()
    index.add("troops", "North Korea has deployed troops to Russia")
    index.add("summit", "North Korea and Russia held a summit in Moscow")

    def expected(terms: list[str]) -> dict[str, float]:
        total = len(index._examples) + 1
        return {t: math.log(1.0 + total / (len(index._postings.get(t, ())) + 1)) for t in terms}

    terms = [*sorted(index._postings)[:5], "never-written"]
    assert index._idf(terms) == expected(terms)
    assert index._idf_sum(terms) == math.fsum(expected(terms).values())
    # An example added weighs every term again (the total changed).
    index.add("talks", "Russia and Ukraine held talks")
    assert index._idf(terms) == expected(terms)
    assert index._idf_sum(frozenset(terms)) == math.fsum(expected(terms).values())


def test_word_senses_kept_are_those_read_afresh() -> None:
    from claimtrack.stance import _kept_word_uses, _word_uses, clause_predicate

    predicate = clause_predicate("the keeper has not been charged")
    for text in ("the bull charged at the keeper", "he was charged with theft", "no charge"):
        assert _kept_word_uses(text, predicate) == tuple(_word_uses(text, predicate))
        assert _kept_word_uses(text, predicate) == tuple(_word_uses(text, predicate))


def test_a_feeling_with_nothing_it_is_about_starts_no_claim_and_joins_none_by_its_words() -> None:
    index = ClaimIndex(RESOLVER)
    talks, feeling = group_statements(
        [
            # Its words are most of the claim's: a feeling would match it by them.
            _crossing("Unions were cautiously optimistic about Harwick talks", "a", "Carl Brandt"),
            _crossing("I am cautiously optimistic", "b", "Ola Lind"),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert talks.claim_id is not None
    assert feeling.claim_id is None and feeling.not_filed == FEELING_ALONE
    late = _crossing("I am cautiously optimistic", "c", "Per Eklund")
    assert join_late(late, index, DEFAULT_THRESHOLD) is None


def test_a_request_starts_no_claim_and_joins_none_by_its_words() -> None:
    index = ClaimIndex(RESOLVER)
    prayers, asked = group_statements(
        [
            _crossing("The town's prayers are with the Harwick ferry crew", "a", "Carl Brandt"),
            # Its words are most of the claim's: what it asks would match it by them.
            _crossing("Please keep the Harwick ferry crew in your prayers", "b", "Ola Lind"),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert prayers.claim_id is not None
    assert asked.claim_id is None and asked.not_filed == REQUEST


def test_a_feeling_about_a_telling_joins_no_claim_of_what_was_told() -> None:
    index = ClaimIndex(RESOLVER)
    told, feeling = group_statements(
        [
            _crossing("The Harwick mill will close its doors in the spring", "a", "Carl Brandt"),
            # Its words are the claim's, but it says how the workers took the rumours.
            _crossing(
                "Harwick mill workers were saddened but not surprised at the closure rumours",
                "a",
                "Ola Lind",
            ),
        ],
        index,
        DEFAULT_THRESHOLD,
    )
    assert told.claim_id is not None
    assert feeling.claim_id is None and feeling.not_filed == _FEELING_AT_TELLING_REASON


def _reported(
    content: str, source: str, line: int, speaker: str, cue: str, stance: Stance = Stance.ASSERTS
) -> Statement:
    return replace(statement(content, source), line=line, speaker=speaker, cue=cue, stance=stance)


@pytest.mark.parametrize(
    ("speaker", "answers_the_sale"),
    [
        # The spokesman denied the sale before: "the report" is that one again.
        ("her spokesman", True),
        # Another's denial of "the report" answers the latest report.
        ("a harbour official", False),
    ],
)
def test_the_report_denied_again_by_its_speaker_is_what_that_speaker_denied_before(
    speaker: str, answers_the_sale: bool
) -> None:
    sale = "Dana Vell sold her ferry company to a Danish firm"
    reported, denied, crew, again = group_statements(
        [
            _reported(sale, "s0", 1, "the Daily Lantern", "reported"),
            _reported(sale, "s1", 1, "her spokesman", "called nonsense", Stance.DENIES),
            _reported(
                "the crew of the Velden were stunned by the sale and walked off the ship",
                "s1",
                3,
                "the Daily Lantern",
                "reported",
            ),
            _reported("the report", "s1", 3, speaker, "later dismissed", Stance.DENIES),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert denied.claim_id == reported.claim_id != crew.claim_id
    assert again.claim_id == (reported.claim_id if answers_the_sale else crew.claim_id)


@pytest.mark.parametrize(
    ("verdict", "upholds"),
    [
        # What a named teller told, called accurate: that telling again.
        ("the name published by the Harbour Gazette is accurate and correct", True),
        # A teller the article gave no statement of upholds nothing.
        ("the name published by the Velden Courier is accurate and correct", False),
        # What the telling did, not a verdict on it.
        ("the name published by the Harbour Gazette drew calls from readers", False),
    ],
)
def test_a_tellers_account_called_accurate_joins_what_that_teller_told(
    verdict: str, upholds: bool
) -> None:
    told, other, upheld = group_statements(
        [
            _reported(
                "the owner of the sunken ferry is Tomas Reyl, a shipping agent from Velden",
                "s1",
                1,
                "the Harbour Gazette",
                "reported",
            ),
            _reported(
                "the storm closed the port for two days", "s1", 3, "the harbour master", "said"
            ),
            _reported(verdict, "s1", 5, "a maritime institute", "said"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    assert told.claim_id is not None and other.claim_id not in (None, told.claim_id)
    assert (upheld.claim_id == told.claim_id) is upholds


def test_an_outlets_report_of_anothers_we_starts_no_claim_in_the_outlets_name() -> None:
    # "'We will rebuild the bridge by May,' the Harbour Gazette reported": the
    # mayor's words, not the paper's; "The Harbour Gazette will rebuild ..." would
    # be a wrong name.
    reported = replace(
        statement("We will rebuild the bridge by May", "a"),
        speaker="the Harbour Gazette",
        party="Harbour Gazette",
        kind="media",
        cue="reported",
        quoted=True,
    )
    [made] = group_statements([reported], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_id is None
    assert made.not_filed is not None and "another's words" in made.not_filed
    # A spokesperson of the outlet speaks for it.
    said = replace(reported, speaker="a Harbour Gazette spokesman", cue="said")
    [made] = group_statements([said], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made.claim_text == "Harbour Gazette will rebuild the bridge by May"


def test_a_thing_a_verb_takes_as_its_object_starts_no_claim() -> None:
    """What "pointed to" or "announced" takes as its object is a thing, not a
    proposition: no claim is made of "A crack in the beam that was ...", and
    the clause "announced the depot would close" still makes one."""
    article = (
        "The inspector pointed to a crack in the beam that was painted over and hidden behind a"
        " panel.\nThe council announced the depot would close in May."
    )
    statements = extract_statements(
        document_from_text(article, "article"), RESOLVER, Lexicon.build()
    )
    made = group_statements(statements, ClaimIndex(), DEFAULT_THRESHOLD)
    assert [m.claim_id is None for m in made] == [True, False]
    assert made[0].not_filed == "the noun phrase its cue takes as object, not a proposition"


# Claims of one story that all name the Zorvan smugglers and the Delmar: past
# three claims, those words are the story's, not one proposition's.
DELMAR_STORY = (
    "The mayor of Kestria promised new funding for schools in the northern province",
    "Farmers near the Delmar say Zorvan smugglers pay them well to store tobacco in their "
    "barns every winter",
    "A court in Ostrava fined a Zorvan trucking firm that moved goods over the Delmar for "
    "the smugglers",
    "Kestrian fishermen complain that Zorvan smugglers frighten the fish of the Delmar with "
    "their motorboats",
)
SMUGGLERS_CAUGHT_AT_DELMAR = "Ten Zorvan smugglers were caught crossing the Delmar river"


def _strong_match_after_delmar_story(later: str) -> tuple[Assignment, Assignment]:
    """Group the Delmar story's claims and the smugglers' capture, then `later`,
    which scores against the capture over the bar of a rewording that needs no
    predicate in common, and short of `TOPIC_ONLY_FACTOR`."""
    index = ClaimIndex()
    for number, text in enumerate(DELMAR_STORY):
        group_statements([statement(text, f"t{number}")], index, DEFAULT_THRESHOLD)
    first = group_statements(
        [statement(SMUGGLERS_CAUGHT_AT_DELMAR, "s1")], index, DEFAULT_THRESHOLD
    )[0]
    assert (
        PREDICATE_FREE_FACTOR * DEFAULT_THRESHOLD
        <= index.score(later, first.claim_id or "")
        < TOPIC_ONLY_FACTOR * DEFAULT_THRESHOLD
    )
    second = group_statements([statement(later, "s2")], index, DEFAULT_THRESHOLD)[0]
    return first, second


def test_a_strong_match_sharing_only_the_storys_words_must_say_the_claims_predicate() -> None:
    # The smugglers and the river are every claim's words: sneaking across it
    # is another proposition than being caught crossing it.
    first, second = _strong_match_after_delmar_story(
        "Zorvan smugglers are sneaking over the Delmar"
    )
    assert second.claim_id != first.claim_id


def test_a_strong_match_sharing_a_word_of_the_claims_own_joins_in_other_verbs() -> None:
    # "Crossing" is the capture's word alone: a close rewording, "detained" or not.
    first, second = _strong_match_after_delmar_story(
        "Kestrian guards say they detained Zorvan smugglers crossing the Delmar at dawn"
    )
    assert second.claim_id == first.claim_id


def test_one_act_of_things_named_by_the_same_common_nouns() -> None:
    # Where neither names anyone, the same head nouns for who does it and for
    # what it is done to tell one act of one thing.
    index = ClaimIndex()
    included = "The accord with the rebel council included the handover of forty prisoners"
    assert same_act(
        included, "The accord for the ceasefire covered the handover of the captives", index
    )
    # Another thing done to, or another doer, by its head noun: another act.
    assert not same_act(included, "The accord covered the withdrawal of the garrison", index)
    assert not same_act(included, "The inquiry covered the handover of the prisoners", index)


def test_a_subject_saying_none_did_it_is_not_the_act() -> None:
    index = ClaimIndex()
    killed = "Six Harrow gang members were killed in the raid on Velden"
    assert same_act(killed, "Harrow gang members were slain in the raid on Velden", index)
    assert not same_act(killed, "No Harrow gang members were killed in the raid on Velden", index)


def test_a_claim_of_a_few_statements_is_read_by_their_acts_when_its_text_names_none() -> None:
    # "a lock for the part" is no act of a class; "was playing Vey" is casting.
    index = ClaimIndex()
    index.add("won", "Mira Lind had won the role of Oskar Vey in the Talmor biopic")
    index.add("lock", "Mira Lind was a lock for the part of Oskar Vey")
    index.add("lock", "Mira Lind was playing Oskar Vey")
    sources = {"won": {"s1"}, "lock": {"s2"}}
    assert merged_claims(["won", "lock"], sources, index) == {"lock": "won"}


def test_a_feeling_stirred_when_an_act_was_done_is_read_by_that_act() -> None:
    # The feeling is said of the promoter; the "when" clause tells what Vasko did.
    index = ClaimIndex()
    index.add("rejected", "Oren Vasko rejected a forty million pound offer for a Talmor tour")
    index.add("stunned", "The promoter was left stunned when Oren Vasko ripped up the contract")
    index.add("angered", "The promoter was angered when Oren Vasko signed with a rival label")
    sources = {"rejected": {"s1"}, "stunned": {"s2"}, "angered": {"s3"}}
    assert merged_claims(["rejected", "stunned", "angered"], sources, index) == {
        "stunned": "rejected"
    }
    assert _reaction_cause("fans were shocked after the band cancelled the tour") == (
        "the band cancelled the tour",
    )
    # No feeling: the "when" clause is only the time of what is told.
    assert _reaction_cause("Vasko left the studio when the police arrived") == ()
    assert _reaction_cause("fans were shocked by the news") == ()


def test_a_feeling_at_an_act_its_owners_noun_names_is_read_by_that_act() -> None:
    # "Vasko's refusal" names what Vasko did; the feeling is said of the band.
    index = ClaimIndex()
    index.add("rejected", "Oren Vasko rejected a forty million pound offer for a Talmor tour")
    index.add("stunned", "The other members were stunned by Vasko's refusal to join the tour")
    index.add("news", "The other members were stunned by the news of the tour")
    sources = {"rejected": {"s1"}, "stunned": {"s2"}, "news": {"s3"}}
    assert merged_claims(["rejected", "stunned", "news"], sources, index) == {"stunned": "rejected"}
    assert _reaction_cause("The label was angry at Vasko's sudden rejection of the offer") == (
        "Vasko rejected the offer",
    )
    # An arrest is done to its owner.
    assert _reaction_cause("Fans were saddened by Dalby's arrest in Hull") == (
        "Dalby was arrested in Hull",
    )
    # A noun naming no act of its owner tells none.
    assert _reaction_cause("Fans were saddened by Dalby's new album") == ()


def test_an_attempt_to_get_someone_to_act_that_fell_short_is_their_refusal() -> None:
    # The predicate is said of the money; what it tells is Vasko not signing.
    index = ClaimIndex()
    index.add("rejected", "Oren Vasko rejected a forty million pound offer for a Talmor tour")
    index.add("short", "Even the promoter's money was not enough to get Vasko to sign up")
    index.add("got", "The promoter's money was enough to get Vasko to sign up")
    sources = {"rejected": {"s1"}, "short": {"s2"}, "got": {"s3"}}
    assert merged_claims(["rejected", "short", "got"], sources, index) == {"short": "rejected"}
    assert _unheeded_attempt("the label failed to persuade the drummer to return") == (
        "the drummer refused to return",
    )
    assert _unheeded_attempt("they could not talk Lind into resigning") == (
        "Lind refused resigning",
    )
    assert _unheeded_attempt("they tried to get Lind to resign") == ()


def test_a_claim_of_many_statements_or_an_act_of_its_own_is_read_by_its_text() -> None:
    index = ClaimIndex()
    index.add("won", "Mira Lind had won the role of Oskar Vey in the Talmor biopic")
    index.add("many", "Mira Lind was a lock for the part of Oskar Vey")
    for text in ("Mira Lind was playing Oskar Vey", "Lind thanked the crew", "Lind is tall"):
        index.add("many", text)
    index.add("own", "Mira Lind rejected an offer from the Talmor studio")
    index.add("own", "Mira Lind will portray Oskar Vey")
    sources = {"won": {"s1"}, "many": {"s2"}, "own": {"s3"}}
    assert merged_claims(["won", "many", "own"], sources, index) == {}


def test_a_claim_of_many_statements_is_read_by_the_clearer_text_it_is_shown_with() -> None:
    # Its first text names no act of a class; the text it will be shown with does.
    index = ClaimIndex()
    index.add("learned", "Mira Lind learned the figures from the Talmor treasury")
    index.add("many", "The figures came from a senior source at the Talmor treasury")
    for text in ("Lind was told the figures", "Lind thanked the staff", "Lind is tall"):
        index.add("many", text)
    sources = {"learned": {"s1"}, "many": {"s1"}}
    clearer = {"many": "Mira Lind received a tip from a senior source at the Talmor treasury"}
    assert merged_claims(["learned", "many"], sources, index) == {}
    assert merged_claims(["learned", "many"], sources, index, None, clearer) == {"many": "learned"}


def test_being_told_by_a_source_is_one_class() -> None:
    for text in (
        "Mira Lind learned the figures from the treasury",
        "Mira Lind received a tip from an official",
        "Mira Lind received information from the police",
        "Mira Lind was tipped off by an aide",
    ):
        assert _predicate_classes(text) == {"learning"}, text
    # Learning a skill is no telling received.
    assert _predicate_classes("Mira Lind learned to sing") == frozenset()


def test_claims_sharing_two_parties_merge_when_their_articles_share_a_rare_name() -> None:
    # Two parties in common and one rare name of their articles tell one story;
    # one party and one rare name do not (above).
    index = ClaimIndex()
    index.add("included", "The deal between Turkey and the Islamic State included the release")
    index.add("covered", "The deal for Turkey and the Islamic State covered the release")
    sources = {"included": {"s1"}, "covered": {"s2"}}
    one_story = {"included": {"varnholt"}, "covered": {"varnholt", "brenna"}}
    assert merged_claims(["included", "covered"], sources, index, one_story) == {
        "covered": "included"
    }
    assert merged_claims(["included", "covered"], sources, index, {}) == {}


def test_telling_who_someone_is_is_one_class() -> None:
    assert _predicate_classes("the agencies have identified the masked gunman") == {"identifying"}
    assert _predicate_classes("officials had ascertained his identity") == {"identifying"}
    assert not _predicate_classes("officials asked about his identity")


def test_an_opening_it_its_speaker_named_just_before_makes_a_claim_of_that_thing() -> None:
    """ "It was first lit in 1872" makes no claim alone; after its speaker's
    "The old lighthouse lamp was repaired", it is the lamp's. By another
    speaker, the "it" is left unnamed and the statement unfiled."""
    from claimtrack.describe import described_in

    def made(second_speaker: str) -> list[str]:
        article = (
            "The old lighthouse lamp was repaired last spring, Mara Voss said.\n\n"
            f"It was first lit in 1872, {second_speaker} said.\n"
        )
        said = extract_statements(document_from_text(article, "a"), RESOLVER, Lexicon.build())
        grouped = group_statements(described_in(article, said), ClaimIndex(), DEFAULT_THRESHOLD)
        return [g.claim_text for g in grouped]

    assert made("Voss")[1] == "The old lighthouse lamp was first lit in 1872"
    assert made("Ivo Lund")[1] == ""


def _event_then(told: str, later: str, line: int = 5) -> tuple[Assignment, Assignment]:
    """Group an act told in an article, then a remark `line` lines on that names
    an act of its class by a definite description alone."""
    first = _said(told, 1, "the mayor of Oranmore")
    second = _said(later, line, "an aide to the governor")
    one, two = group_statements([first, second], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None
    return one, two


@pytest.mark.parametrize(
    ("told", "later"),
    [
        (
            "the Vennor rebels and the Tarsk government agreed a truce on Sunday",
            "the agreement was signed after six weeks of secret meetings",
        ),
        (
            "gunmen attacked a police station in the town of Kilbeg overnight",
            "the raid was planned for weeks by a small cell",
        ),
    ],
)
def test_a_definite_act_joins_the_claim_of_the_act_its_article_told_just_before(
    told: str, later: str
) -> None:
    # "The agreement" is the truce the paragraph before told ("agreed"): the remark
    # names no one, and would otherwise be filed under no claim.
    one, two = _event_then(told, later)
    assert two.claim_id == one.claim_id
    assert not two.is_new


@pytest.mark.parametrize(
    ("told", "later", "line"),
    [
        # Too far back for "the" to point at.
        (
            "the Vennor rebels and the Tarsk government agreed a truce on Sunday",
            "the agreement was signed after six weeks of secret meetings",
            12,
        ),
        # An act of another class: the agreement is not the attack.
        (
            "gunmen attacked a police station in the town of Kilbeg overnight",
            "the agreement was signed after six weeks of secret meetings",
            5,
        ),
        # An owner makes it an act of its own.
        (
            "gunmen attacked a police station in the town of Kilbeg overnight",
            "the Garrow raid was planned for weeks by a small cell",
            5,
        ),
    ],
)
def test_a_definite_act_joins_no_claim_its_article_did_not_just_tell(
    told: str, later: str, line: int
) -> None:
    one, two = _event_then(told, later, line)
    assert two.claim_id != one.claim_id


def test_a_definite_act_joins_none_when_two_acts_of_its_class_were_told() -> None:
    # Two truces told in the paragraph before: the reader cannot tell which one
    # "the agreement" is.
    first = _said("the Vennor rebels and the Tarsk government agreed a truce", 1, "the mayor")
    second = _said("the Oslin militia agreed a pact with farmers in Kelm", 3, "a farmer")
    later = _said("the agreement was signed after six weeks of secret meetings", 5, "an aide")
    one, two, three = group_statements([first, second, later], ClaimIndex(), DEFAULT_THRESHOLD)
    assert one.claim_id is not None and two.claim_id is not None
    assert one.claim_id != two.claim_id
    assert three.claim_id not in {one.claim_id, two.claim_id}


def test_a_definite_act_speaks_of_the_actors_its_article_told_it_of() -> None:
    # "The truce" is the truce Mali reached with Niger: its speaker names one
    # party, the truce two, so it may join the claim another article made of
    # that truce, which a statement of one party alone may not.
    statements = [
        _in("Niger has agreed to a truce and will free more than 40 captured Malian soldiers", 1),
        _in("Niger's deal with Mali included the release of the 40 captured Malian soldiers", 3),
        replace(
            _said(
                "it reached a truce agreement with Niger, which holds 40 Malian soldiers", 3, "Mali"
            ),
            source="y",
        ),
        replace(
            _said(
                "the truce would include provisions for the release of the captured soldiers",
                5,
                "a second Malian official",
            ),
            source="y",
        ),
    ]
    claims = [a.claim_id for a in group_statements(statements, ClaimIndex(), DEFAULT_THRESHOLD)]
    assert claims[0] is not None
    assert claims == [claims[0]] * 4


def _in(content: str, line: int) -> Statement:
    return _said(content, line, "a Nigerien minister")


def test_an_own_act_its_speaker_is_not_named_for_files_no_subjectless_phrase() -> None:
    """ "She admits skipping the rehearsal but won't sing": what she did is told as
    "she skipped the rehearsal ..."; with no one "she" is named for, no claim, not
    the phrase without its subject ("Skipping the rehearsal ...") by its whole
    content."""
    admitted = replace(
        _said("skipping the rehearsal but won't sing at the gala", 4, "She", Stance.DENIES),
        cue="admits",
        about="She skipped the rehearsal but won't sing at the gala",
    )
    made = group_statements([admitted], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_id is None
    assert made[0].not_filed == "its subject 'She' is not named"


def test_one_praised_for_an_act_is_said_to_have_done_it() -> None:
    praised = replace(
        statement("the ferry company for stopping the night crossings to the islands", "a"),
        cue="praised",
    )
    # The same words after a verb of no praise or blame are left as they are.
    explained = replace(
        statement("the harbour master for stopping the night crossings", "b"), cue="explained"
    )
    made = group_statements([praised, explained], ClaimIndex(), DEFAULT_THRESHOLD)
    assert made[0].claim_text == "The ferry company stopped the night crossings to the islands"
    assert made[1].claim_text != "The harbour master stopped the night crossings"


def _after_ferry_rescue(
    later: str, stance: Stance = Stance.ASSERTS
) -> tuple[Assignment, Assignment]:
    """A claim that at least twelve passengers were rescued from a ferry off
    Kellport; then a statement of another article sharing the ferry, the
    rescue and the town."""
    rescued = _said(
        "At least twelve passengers were rescued from the Kellport ferry after it capsized",
        1,
        "A coastguard statement",
    )
    first, second = group_statements(
        [rescued, replace(_said(later, 2, "A harbour official", stance), source="y")],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    return first, second


@pytest.mark.parametrize(
    "later",
    [
        "three passengers were rescued from the Kellport ferry after it capsized",
        "up to five passengers were rescued from the Kellport ferry after it capsized",
    ],
)
def test_a_count_no_number_of_the_claims_fits_tells_of_other_people(later: str) -> None:
    first, second = _after_ferry_rescue(later)
    assert first.claim_id is not None
    assert second.claim_id is not None
    assert second.claim_id != first.claim_id


@pytest.mark.parametrize(
    "later",
    [
        "fifteen passengers were rescued from the Kellport ferry after it capsized",
        "passengers were rescued from the Kellport ferry after it capsized",
        "about ten passengers were rescued from the Kellport ferry after it capsized",
    ],
)
def test_a_count_the_claims_fits_or_none_joins_its_claim(later: str) -> None:
    first, second = _after_ferry_rescue(later)
    assert second.claim_id == first.claim_id


def _after_setting(claimed: str, later: str) -> tuple[Assignment, Assignment]:
    """A claim whose text sets its act in time or by an attempt; then a
    statement of another article."""
    first, second = group_statements(
        [
            _said(claimed, 1, "A court filing"),
            replace(_said(later, 2, "A former classmate"), source="y"),
        ],
        ClaimIndex(),
        DEFAULT_THRESHOLD,
    )
    return first, second


_GRADUATED = (
    "Tomas Ferrin grew up in Lisbon and graduated from the Porto engineering school "
    "before travelling to Brazil in 2019"
)


@pytest.mark.parametrize(
    "later",
    [
        "Tomas Ferrin travelled to Brazil in 2019 after the Porto engineering school",
        "Tomas Ferrin is believed to have travelled to Brazil in 2019 after the Porto "
        "engineering school",
    ],
)
def test_what_a_claim_tells_only_as_its_setting_is_another_claim(later: str) -> None:
    first, second = _after_setting(_GRADUATED, later)
    assert first.claim_id is not None
    assert second.claim_id is not None
    assert second.claim_id != first.claim_id


def test_the_act_a_claim_sets_in_time_joins_it() -> None:
    first, second = _after_setting(
        _GRADUATED, "Tomas Ferrin graduated from the Porto engineering school in Lisbon"
    )
    assert second.claim_id == first.claim_id


def test_what_was_attempted_is_not_the_act_told_of_the_attempt() -> None:
    first, second = _after_setting(
        "Twelve Vorn cartel smugglers were caught trying to cross the Tarsa river at night",
        "the Vorn cartel smugglers have crossed the Tarsa river at night",
    )
    assert first.claim_id is not None
    assert second.claim_id != first.claim_id


def test_a_setting_of_a_relative_clause_is_not_the_main_clause_setting() -> None:
    first, second = _after_setting(
        "Lena Vahr, 31, is a pilot who enlisted in the navy before being arrested in 2009 "
        "and extradited to Portugal",
        "Lena Vahr, the pilot, was arrested in 2009 and extradited to Portugal",
    )
    assert second.claim_id == first.claim_id


def test_a_raised_subject_predicates_what_follows_its_frame() -> None:
    # The verb of belief frames the act; the act is what the content predicates.
    assert "travell" in _predicate_read("He is believed to have travelled to Brazil")
    assert "impregnat" in _predicate_read("The sister is said to have been impregnated")


def test_a_verb_said_only_in_a_relative_clause_is_not_what_a_claim_tells() -> None:
    # The claim tells an arrest; the journey describes those arrested.
    index = ClaimIndex()
    index.add(
        "arrested",
        "Vorn smugglers and even engineers who travelled to Brazil to work on the Tarsa dam "
        "\u2013 were arrested at the border",
    )
    index.add("travelled", "the engineers travelled to Brazil to work on the Tarsa dam")
    about = "up to 20 Vorn engineers a month are now travelling to Brazil"
    grouper = _Grouper(index, DEFAULT_THRESHOLD)
    grouper.statement = statement(about, "x")
    predicate = _predicate_read(about)
    assert not grouper._says_of_its_subject(about, predicate, "arrested", relative_clauses=False)
    assert grouper._says_of_its_subject(about, predicate, "travelled", relative_clauses=False)
    # Over the bar the words of a relative clause count, as everywhere else.
    assert grouper._says_of_its_subject(about, predicate, "arrested")
