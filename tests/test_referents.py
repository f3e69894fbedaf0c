"""Who a statement speaks of as its article says: the actors grouping compares."""

from __future__ import annotations

from dataclasses import replace

from claimtrack.grouping import ClaimIndex, group_statements
from claimtrack.model import Stance, Statement
from claimtrack.parties import PartyResolver
from claimtrack.referents import main_actors, referents_in

RESOLVER = PartyResolver.build()

SINGER = (
    "Singer Marta Quell has turned down a deal to rejoin the Velvet Orchard for a farewell tour.\n"
    "The offer came from promoter Dion Hale, who had booked twelve arenas in the spring.\n"
    "Friends of Quell say she was tired of touring, the Daily Lantern reported.\n"
    '"She said no and tore up the contract," a source told the paper.\n'
)
REGATTA = (
    "Sailor Ines Varga has abandoned her attempt to cross the Tasman in a rowing boat.\n"
    "The boat was built by shipwright Colm Reedy over two winters in Hobart.\n"
    "Varga was picked up by a fishing trawler on Friday, the coastguard said.\n"
)


def statement(content: str, source: str, **fields: object) -> Statement:
    return replace(
        Statement(stance=Stance.ASSERTS, quote=content, content=content, source=source, line=1),
        **fields,
    )


def refers(article: str, content: str, **fields: object) -> set[str]:
    (found,) = referents_in(article, [statement(content, "s", **fields)], RESOLVER)
    return set(found.refers)


def test_main_actors_are_the_leads_names_the_most_paragraphs_give() -> None:
    assert main_actors(SINGER, RESOLVER) == {"quell"}
    # A name the lead gives once and nothing else repeats tells nothing.
    assert main_actors("Rain fell on Tuesday in Arlow.\nThe river rose a metre.\n", RESOLVER) == (
        frozenset()
    )


def test_a_pronoun_or_description_that_names_nobody_speaks_of_the_main_actor() -> None:
    assert "quell" in refers(SINGER, "She said no and tore up the contract")
    assert "quell" in refers(SINGER, "the singer tore up the contract in front of promoters")
    # A content that names someone speaks of that one, and one that speaks of
    # nobody ("the weather was fine") of no main actor.
    assert "quell" not in refers(SINGER, "he said Hale had booked twelve arenas")
    assert "quell" not in refers(SINGER, "the weather was fine that week")


def test_a_name_opening_the_content_counts_when_the_article_writes_it_inside_a_sentence() -> None:
    assert "quell" in refers(SINGER, "Quell was tired of touring")
    # "Officials" opens a sentence: the article never writes it as a name.
    assert not refers(SINGER, "Officials booked twelve arenas")


def test_a_part_of_a_full_name_stands_for_the_whole_name() -> None:
    assert {"marta", "quell"} <= refers(SINGER, "only Marta hesitated")
    article = (
        "The band John Paul Jones and John Bonham started was booked again.\n"
        "Jones and Bonham were said to be ready.\n"
    )
    # "John" is a word of two full names: it stands for neither.
    assert refers(article, "he said John was ready") == {"john"}


def test_the_speakers_party_is_one_of_the_actors() -> None:
    assert {"marta", "quell"} <= refers(SINGER, "I was tired of touring", party="Marta Quell")


def test_different_wordings_of_one_proposition_join_and_another_story_stays_apart() -> None:
    # Article statements, each with the cue extract finds it by: a text said by
    # no one is a headline, whose story its words alone decide.
    named = statement(
        "Marta Quell tore up the farewell tour contract in front of promoters", "a", cue="said"
    )
    other = (
        "There will be no farewell tour for Marta Quell, her promoter said on Monday.\n"
        "Promoter Dion Hale had hoped Quell would sign for twelve arenas.\n"
        "Quell said no, the Daily Lantern reported.\n"
    )
    unnamed = statement(
        "the singer tore up the contract, ending hopes of a farewell tour", "b", cue="said"
    )
    sailing = statement(
        "she tore up the contract for the boat, ending hopes of a farewell crossing",
        "c",
        cue="said",
    )
    index = ClaimIndex(RESOLVER)
    (a,) = referents_in(SINGER, [named], RESOLVER)
    (b,) = referents_in(other, [unnamed], RESOLVER)
    (c,) = referents_in(REGATTA, [sailing], RESOLVER)
    assert "quell" in b.refers and "varga" in c.refers
    first, second, third = group_statements([a, b, c], index)
    assert second.claim_id == first.claim_id
    assert third.claim_id != first.claim_id
    # Without what its article says, the description shares no name with the
    # claim: only a close rewording would join it.
    first, second = group_statements([a, unnamed], ClaimIndex(RESOLVER))
    assert second.claim_id != first.claim_id


def test_a_negative_sentence_rewording_a_claim_joins_it_not_its_articles_last_claim() -> None:
    # One outlet quotes the spokesman's second sentence alone; another quotes it
    # after a first one. Read as a negative sentence, the second contradicts the
    # first ("doesn't know" against "knows") and would answer it, its article's
    # last claim; it rewords the first outlet's claim far more closely, and that
    # is the proposition it states.
    alone = statement(
        "the Velden harbour board does not know what the ferry office is doing", "a", cue="said"
    )
    first = statement(
        "Mayor Alda Renn was only repeating what she knows about the ferry office", "b", cue="said"
    )
    second = statement(
        "It makes sense that the Velden harbour board doesn't know what the ferry office is doing",
        "b",
        stance=Stance.DENIES,
        cue="said",
    )
    made = group_statements([alone, first, second], ClaimIndex(RESOLVER))
    assert made[1].claim_id != made[0].claim_id
    assert made[2].claim_id == made[0].claim_id


def test_capitalised_words_and_full_names_are_read_by_what_stands_before_them() -> None:
    from claimtrack.referents import _CAPITAL, _FULL_NAME, _MID_CAPITAL

    assert _CAPITAL.findall("Ines met O'Hara and the re-Elected mayor") == ["Ines", "O'Hara"]
    # Two or three words, opening the text or after a space; not after a dot or hyphen.
    assert _FULL_NAME.findall("Colm Reedy met Ines Maria Varga") == [
        "Colm Reedy",
        "Ines Maria Varga",
    ]
    assert _FULL_NAME.findall("see x.Colm Reedy and pre-Ines Varga") == []
    # Inside a sentence: after a lower-case word, a number or a comma and a space.
    assert _MID_CAPITAL.findall("Ines met Colm, Varga and 3 Reedy; x.Olm and a Brand\nKeel") == [
        "Colm",
        "Varga",
        "Reedy",
        "Brand",
    ]


LIGHTHOUSE = (
    "Vera Lindqvist will not have to audition for the lighthouse film, says director Otto Brand.\n"
    "\n"
    "Brand told the Harbour Gazette that the Northern Lights star will play the keeper.\n"
    "\n"
    "Hugo Marr and Ida Sand were also in talks. Brand said the actor would start in May.\n"
)


def described(article: str, content: str, speaker: str = "Brand") -> Statement:
    start = article.index(content)
    made = statement(content, "s", speaker=speaker, content_span=(start, start + len(content)))
    (found,) = referents_in(article, [made], RESOLVER)
    return found


def test_a_person_described_is_the_one_person_the_article_named_just_before() -> None:
    found = described(LIGHTHOUSE, "the Northern Lights star will play the keeper")
    assert ("the Northern Lights star", "Vera Lindqvist") in found.described
    assert {"vera", "lindqvist"} <= set(found.refers)
    # Its claim says whom: a claim's text is read without the article.
    (made,) = group_statements([found], ClaimIndex(RESOLVER))
    assert made.claim_text.startswith("Vera Lindqvist will play the keeper")


def test_a_description_names_nobody_when_two_were_named_or_it_is_no_description() -> None:
    # Two persons named just before (the speaker aside): which one is not said.
    assert described(LIGHTHOUSE, "the actor would start in May").described == ()
    # "actor turned musician": the description goes on past "actor".
    article = "Vera Lindqvist sang on Friday.\nThe actor turned musician was cheered, Brand said.\n"
    assert described(article, "The actor turned musician was cheered").described == ()
    # A statement read from a ledger has no span into its article.
    plain = statement("the Northern Lights star will play the keeper", "s", speaker="Brand")
    (found,) = referents_in(LIGHTHOUSE, [plain], RESOLVER)
    assert found.described == ()


def test_who_the_rest_of_the_content_names_is_not_who_the_description_is() -> None:
    article = (
        "Vera Lindqvist and Hugo Marr met on Friday.\n"
        "The star will play Marr in the film, Brand said.\n"
    )
    found = described(article, "The star will play Marr in the film")
    assert ("The star", "Vera Lindqvist") in found.described


def test_a_speaker_for_the_one_named_leaves_the_description_as_written() -> None:
    article = (
        "Vera Lindqvist met director Hugo Marr on Friday.\n"
        "A spokesman for Lindqvist said the actor would start in May.\n"
    )
    # Lindqvist's spokesman speaks of Lindqvist: not read as Marr.
    found = described(article, "the actor would start in May", "A spokesman for Lindqvist")
    assert found.described == ()
    # The one named speaking speaks of the other.
    found = described(article, "the actor would start in May", "Lindqvist")
    assert ("the actor", "Hugo Marr") in found.described


TRUCE_DENIED = (
    "The Tarsk rebels laughed off Norway's announcement of a truce, saying there was no such deal."
)


def test_such_in_the_content_speaks_of_what_its_sentence_named_before_it() -> None:
    assert {"@norway", "tarsk"} <= refers(
        TRUCE_DENIED, "there was no such deal", quote=TRUCE_DENIED
    )
    # Without "such", the content points at nothing its sentence named; "such as"
    # only gives examples.
    assert not refers(TRUCE_DENIED, "there was no deal", quote=TRUCE_DENIED.replace("such ", ""))
    listed = "Norway said other states, such as Tarsk, would mediate."
    assert "@norway" not in refers(
        listed, "other states, such as Tarsk, would mediate", quote=listed
    )


def test_a_denial_of_such_a_thing_joins_the_claim_its_sentence_named() -> None:
    truce = statement(
        "Norway has agreed a truce with the Tarsk rebels", "a", speaker="the army", party="Norway"
    )
    denial = statement(
        "there was no such deal",
        "b",
        quote=TRUCE_DENIED,
        speaker="The Tarsk rebels",
        stance=Stance.DENIES,
    )
    (truce,) = referents_in(
        "Norway has agreed a truce with the Tarsk rebels, its army said.\n", [truce], RESOLVER
    )
    (denial,) = referents_in(TRUCE_DENIED + "\n", [denial], RESOLVER)
    made, answer = group_statements([truce, denial], ClaimIndex(RESOLVER))
    assert made.claim_id is not None
    assert answer.claim_id == made.claim_id


# An article that names one armed group, then tells of it by what it is.
HOSTAGES = (
    "Al-Shabab has agreed to free the three aid workers it seized near the coast in June.\n"
    "Elders who met the militant group said the deal was struck after weeks of talks.\n"
    "The deal covers the release of the workers before the rains, an elder said.\n"
)


def test_a_description_the_article_resolves_to_a_party_speaks_of_that_party() -> None:
    said = "the militant group would free the workers before the rains"
    group = (("the militant group", "al-Shabab"),)
    assert "@al_shabab" in refers(HOSTAGES, said, described=group)
    # "Kenya's government" names the party and nothing else besides.
    government = (("the government", "Kenya\u2019s government"),)
    assert "@kenya" in refers(HOSTAGES, "the government paid nothing", described=government)


def test_a_description_made_a_person_or_a_place_phrase_adds_no_party() -> None:
    # A person's name names the person, whatever party a word of it may mark;
    # a subject given where it was ("Elders in Kenya said") is no description.
    person = (("the envoy", "Tamsin Orrell of Kenya"),)
    assert "@kenya" not in refers(HOSTAGES, "the envoy flew home", described=person)
    placed = (("Elders said", "Elders in Kenya said"),)
    assert "@kenya" not in refers(HOSTAGES, "Elders said the talks went well", described=placed)


def test_a_description_made_longer_speaks_of_the_party_it_then_holds() -> None:
    # "The deal" is "the deal with the militant group", which the article's other
    # statement resolved: its content speaks of al-Shabab though it names nobody.
    told = statement(
        "the militant group agreed after weeks of talks",
        "s",
        described=(("the militant group", "al-Shabab"),),
    )
    deal = statement(
        "The deal covers the release of the workers before the rains",
        "s",
        described=(("The deal", "the deal with the militant group"),),
    )
    _, found = referents_in(HOSTAGES, [told, deal], RESOLVER)
    assert "@al_shabab" in found.refers
    (alone,) = referents_in(HOSTAGES, [deal], RESOLVER)
    assert "@al_shabab" not in alone.refers
