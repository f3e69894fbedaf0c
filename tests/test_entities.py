"""Parties of every kind: states, organisations, outlets and persons, and the false friends."""

from __future__ import annotations

import random
import re

import pytest

from claimtrack import entities
from claimtrack.entities import UNKNOWN, guess_kind, name_in
from claimtrack.extraction import extract_statements
from claimtrack.parties import PartyResolver
from claimtrack.sources import document_from_text
from claimtrack.stance import Lexicon

RESOLVER = PartyResolver.build()
LEXICON = Lexicon.build()


def parties(text: str) -> list[tuple[str | None, str | None, str | None]]:
    document = document_from_text(text, "test")
    return [(s.speaker, s.party, s.kind) for s in extract_statements(document, RESOLVER, LEXICON)]


@pytest.mark.parametrize(
    "speaker",
    ["A Russian fisherman", "an Argentine historian", "British media reports", "BGR"],
)
def test_a_nationality_or_code_on_a_private_speaker_is_no_state(speaker: str) -> None:
    assert RESOLVER.resolve(speaker) is None


@pytest.mark.parametrize(
    ("speaker", "party"),
    [
        ("Russian Foreign Minister Sergey Lavrov", "Russia"),
        ("Cuban officials", "Cuba"),
        ("a Ukrainian MP", "Ukraine"),
        ("Nigerian troops", "Nigeria"),
    ],
)
def test_a_nationality_before_a_state_voice_is_the_state(speaker: str, party: str) -> None:
    assert RESOLVER.resolve(speaker) == party


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("the Austrian Times", "Austrian Times", "media"),
        ("The Nicaragua Dispatch", "Nicaragua Dispatch", "media"),
        ("Italian newspaper Corriere della Sera", "Corriere della Sera", "media"),
        ("the group Judicial Watch", "Judicial Watch", "organisation"),
        ("Apple CEO Tim Cook", "Apple", "organisation"),
        ("Harbour Trust inspector Ian Moss", "Harbour Trust", "organisation"),
        ("Marlow Gazette Editor-in-Chief Ann Lowe", "Marlow Gazette", "media"),
        ("a spokesman for FIFA", "FIFA", "organisation"),
        ("Victor Cha of CSIS", "CSIS", "organisation"),
        (
            "Brookfield Transit Authority general secretary Nia Hart",
            "Brookfield Transit Authority",
            "organisation",
        ),
        ("the Tamsin Corp senior vice president", "Tamsin Corp", "organisation"),
        ("Kestrel Airways press officer Dev Rao", "Kestrel Airways", "organisation"),
        ("the Coastal Rainfall Database", "Coastal Rainfall Database", "organisation"),
        ("Detroit police spokesman Sgt. Michael Woody", "Detroit Police", "organisation"),
        ("The Daily Beast's Jamie Dettmer", "Daily Beast", "media"),
        ("THR", "The Hollywood Reporter", "media"),
        ("Robert Plant", "Robert Plant", "person"),
    ],
)
def test_names_by_their_structure(phrase: str, name: str, kind: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


@pytest.mark.parametrize(
    "phrase", ["Local residents", "Sources", "Wang", "a source close to the group"]
)
def test_no_name_is_guessed(phrase: str) -> None:
    found = name_in(phrase)
    # A lone ordinary word is left for the article to settle, never a party by itself.
    assert found is None or found.kind == UNKNOWN


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Institute for the Study of Tides", "Institute for the Study of Tides"),
        ("The Committee to Protect Lighthouses", "Committee to Protect Lighthouses"),
        (
            "the Centre for Strategic and Harbour Studies",
            "Centre for Strategic and Harbour Studies",
        ),
        ("The Royal Society for the Care of Owls", "Royal Society for the Care of Owls"),
        ("The Oslo-based Union of Concerned Bakers", "Union of Concerned Bakers"),
    ],
)
def test_a_body_named_by_its_head_and_what_it_is_for_is_an_organisation(
    phrase: str, name: str
) -> None:
    assert name_in(phrase) == entities.Named(name, entities.ORGANISATION)


def test_an_outlets_report_is_the_outlets_own_voice() -> None:
    assert parties("According to a Harbour Gazette report, the pier will close.") == [
        ("a Harbour Gazette report", "Harbour Gazette", "media")
    ]
    # a body's report is left to whoever the article says issued it
    assert name_in("a Kestrel Trust report") is None


def test_a_states_own_department_named_so_keeps_its_state() -> None:
    assert parties("The Department of Homeland Security said the claims were false.") == [
        ("The Department of Homeland Security", "United States", "state")
    ]


def test_an_outlet_speaking_in_its_own_voice_is_a_media_party() -> None:
    assert parties("The Austrian Times reported that the deal was off.") == [
        ("The Austrian Times", "Austrian Times", "media")
    ]


def test_a_person_keeps_the_organisation_the_article_gave_them() -> None:
    found = parties(
        "Samsung chairman Lee Jae-yong said the phone would ship in May.\n"
        "Lee added that prices would not rise."
    )
    assert [party for _, party, _ in found] == ["Samsung", "Samsung"]


def test_a_named_person_for_no_organisation_is_a_person_party_by_full_name() -> None:
    found = parties(
        "Singer Robert Plant said he had never seen a contract.\nPlant said the story was invented."
    )
    assert [(party, kind) for _, party, kind in found] == [
        ("Robert Plant", "person"),
        ("Robert Plant", "person"),
    ]


def test_a_government_title_without_a_state_is_the_state_the_article_is_about() -> None:
    found = parties(
        "Nigeria agreed a truce with the rebels, officials in Abuja said.\n"
        "Government spokesman Mike Omeri said talks would go on in Chad."
    )
    assert found[-1][1:] == ("Nigeria", "state")


def test_a_lone_surname_takes_the_full_name_the_article_gave() -> None:
    found = parties(
        "The film was written by screenwriter Aaron Sorkin.\n"
        "Sorkin said the actor was the best on the board."
    )
    assert found[-1][1:] == ("Aaron Sorkin", "person")


def test_a_lone_surname_nobody_introduced_is_no_party() -> None:
    assert parties("Page said a reunion was not very likely.") == [("Page", None, None)]


def test_a_former_official_speaks_for_himself() -> None:
    assert parties("Former CIA agent Bob Baer said there were cells in the city.")[0][1:] == (
        "Bob Baer",
        "person",
    )


def test_a_source_close_to_someone_speaks_for_nobody() -> None:
    found = parties(
        "Rep. Duncan Hunter said fighters were caught.\n"
        "One source close to Hunter said the tip came from the Border Patrol."
    )
    assert found[-1][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A second-year student at Brackwell College said the library would close.",
            "A second-year student at Brackwell College",
        ),
        (
            "Relatives with patients in the east wing at Halden General Hospital said "
            "the lifts were broken.",
            "Relatives with patients in the east wing at Halden General Hospital",
        ),
        (
            "A customer of Pell Hardware Company said the shop had shut.",
            "A customer of Pell Hardware Company",
        ),
    ],
)
def test_a_student_patient_or_customer_of_a_body_speaks_for_nobody(text: str, speaker: str) -> None:
    found = parties(text)
    assert speaker.endswith(found[-1][0] or "?")
    assert found[-1][1] is None


def test_a_spokesman_or_member_of_a_body_still_speaks_for_it() -> None:
    assert not entities.speaks_for_nobody("a spokesman for Brackwell College")
    assert not entities.speaks_for_nobody("Members of the Save Our Library campaign")


_THE_COMMITTEE = (
    "U.S. officials said the river was closed.\n\n"
    "The Vienna-based Committee for Safe Rivers estimated that 20 beaches were shut. "
    "In its yearly report, the committee concluded that the beaches were unsafe."
)


def test_the_committee_is_the_one_body_named_committee_before() -> None:
    assert parties(_THE_COMMITTEE)[-1][:2] == ("the committee", "Committee for Safe Rivers")


def test_the_committee_after_two_bodies_named_committee_has_no_party_not_the_last_body() -> None:
    text = (
        "The Vienna-based Committee for Safe Rivers estimated that 20 beaches were shut.\n\n"
        "The Geneva-based Committee for Clean Lakes said the lakes were clear.\n\n"
        "The French environment ministry said the lakes were clear.\n\n"
        "In its yearly report, the committee concluded that the beaches were unsafe."
    )
    assert parties(text)[-1][:2] == ("the committee", None)


def test_guess_kind_from_a_name() -> None:
    assert guess_kind("Judicial Watch") == "organisation"
    assert guess_kind("Washington Post") == "media"
    assert guess_kind("Robert Plant") == "person"


@pytest.mark.parametrize("name", ["Ian McAllister", "Sean O'Malley", "Ann LeBlanc", "Rory MacKay"])
def test_a_surnames_second_capital_is_no_initials(name: str) -> None:
    # "Mc", "Mac", "O'", "Le" before a capital: a person, not a body by its initials.
    assert guess_kind(name) == "person"
    found = name_in(f"Justice Minister {name}")
    assert found is not None
    assert (found.name, found.kind) == (name, "person")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harbour Equities Research", "organisation"),
        ("Marlow Palace", "organisation"),
        ("Kestrel Gardens", "organisation"),
        ("Tollway Podcast", "media"),
        ("Valley Chronicles", "media"),
        ("Tencent Technology", "organisation"),
    ],
)
def test_a_research_firm_a_palace_or_a_podcast_is_no_person(name: str, kind: str) -> None:
    assert guess_kind(name) == kind


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("On Sunday Kestrel scientist Ann Lee", "Kestrel"),
        ("Monday Harbour Trust inspector Ian Moss", "Harbour Trust"),
        ("The Sunday Times", "Sunday Times"),
    ],
)
def test_a_day_before_a_name_is_when_not_part_of_it(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize("name", ["PwC Advisory", "NRK Nyheter", "YouGov Panel"])
def test_initials_or_inner_capitals_still_name_a_body(name: str) -> None:
    assert guess_kind(name) != "person"


@pytest.mark.parametrize("portfolio", ["Veterans Affairs", "Immigration", "Fisheries"])
def test_a_ministers_portfolio_is_no_name(portfolio: str) -> None:
    found = name_in(f"{portfolio} Minister Julia Fenton")
    assert found is not None
    assert (found.name, found.kind) == ("Julia Fenton", "person")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Estonian Institute for Marine Studies", "Estonian Institute for Marine Studies"),
        ("Oslo-based Centre for Coastal Research", "Centre for Coastal Research"),
        ("the Geneva-based Council of Mountain Villages", "Council of Mountain Villages"),
    ],
)
def test_a_body_named_by_its_head_before_of_or_for(phrase: str, name: str) -> None:
    # Where a body is based says where it works, not whom it speaks for.
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "organisation")


def test_a_body_named_again_by_its_head_word_is_the_body_not_a_place() -> None:
    found = parties(
        "The Norway-based Institute for Fjord Ecology counted the seals.\n\n"
        "The Institute said the colony had doubled since spring."
    )
    assert found[-1][1:] == ("Institute for Fjord Ecology", "organisation")


def test_a_name_first_given_as_it_speaks_holds_the_role_just_described() -> None:
    found = parties(
        "The Interior Ministry of Estonia answered on Friday. "
        "The Estonian Interior Ministry spokeswoman rejected the report the next morning.\n\n"
        '"The report is wrong in every detail," said Liis Kask. "Nobody was detained."'
    )
    assert [party for speaker, party, _ in found if speaker == "Liis Kask"] == ["Estonia"] * 2


def test_a_group_leader_described_before_he_is_named_speaks_for_the_group() -> None:
    found = parties(
        "Hezbollah fighters took the ridge in May, and Hezbollah holds it still.\n\n"
        "In a message sent on Sunday, the group's elusive leader taunted the army.\n\n"
        '"We will never leave," Arvo Tamm said.'
    )
    assert found[-1][:2] == ("Arvo Tamm", "Hezbollah")


def test_a_name_after_someone_else_is_named_keeps_its_own_party() -> None:
    found = parties(
        "The ministry spokeswoman rejected the report on Friday. "
        "Her deputy Mart Saar was away.\n\n"
        '"I saw it myself," said Kadri Lepp, a farmer.'
    )
    assert found[-1][:2] == ("Kadri Lepp", "Kadri Lepp")


def test_a_private_trade_named_after_an_official_is_not_the_official() -> None:
    found = parties(
        "The Interior Ministry of Estonia said the bridge was safe.\n\n"
        "Mari Kuusk, an 80-year-old from Tartu, was said to be the painter.\n\n"
        'The pensioner said: "I only paint on Sundays."'
    )
    assert found[-1][:2] == ("The pensioner", None)


def test_the_writer_is_the_writer_just_heard() -> None:
    found = parties(
        "On Monday, Jaan Kross told a radio station that the film was finished.\n\n"
        '"It took four years," the writer said.'
    )
    assert found[-1][1:] == ("Jaan Kross", "person")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Minister of Defense Lauri Saar", "Lauri Saar"),
        ("Secretary of Health Anna Berg", "Anna Berg"),
    ],
)
def test_an_office_after_of_is_no_forename(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "person")


def test_a_title_does_not_reach_back_over_a_sentence_end() -> None:
    found = parties(
        "Its capture was never confirmed by Hezbollah. Minister of Defense Lauri Saar told "
        "a radio station that he had no news of her.\n\n"
        "Estonia has sent no troops. Estonia will not, Estonia says."
    )
    assert ("Minister of Defense Lauri Saar", "Estonia") in [f[:2] for f in found]


def test_a_body_every_state_has_speaks_for_the_state_the_sentence_names() -> None:
    found = parties(
        "Fighting went on near the border with Chad.\n\n"
        "In Estonia, the Foreign Ministry said it was looking into the reports."
    )
    assert found[-1][1:] == ("Estonia", "state")


def test_the_leader_of_a_countrys_group_speaks_for_the_group() -> None:
    found = parties(
        "Hezbollah took the ridge. Hezbollah holds it.\n\n"
        "The leader of Lebanon's militant group said the ridge would be kept."
    )
    assert found[-1][:2] == ("The leader of Lebanon's militant group", "Hezbollah")


@pytest.mark.parametrize(
    "speaker", ["Sources in the Kurdish underground in Syria", "witnesses from the village"]
)
def test_where_unnamed_sources_are_is_not_whom_they_speak_for(speaker: str) -> None:
    assert entities.speaks_for_nobody(speaker)
    assert not entities.speaks_for_nobody("sources in the Estonian government")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Harju County Gov. Mart Kask said the roads were open.", "Harju County"),
        ("Tartu Mayor Urmas Klaas said the city was ready. Klaas added that it was cold.", "Tartu"),
        ("Quebec state Governor Anne Roy said the bridge was safe.", "Quebec"),
        ("Ohio Lieutenant Governor Tom Gray said the bridge was safe.", "Ohio"),
        ("St. Clair County Prosecutor Ann Bell said the charges stood.", "St. Clair County"),
    ],
)
def test_a_governor_or_mayor_speaks_for_the_region_or_city(text: str, party: str) -> None:
    assert {(p, kind) for _, p, kind in parties(text)} == {(party, "organisation")}


def test_a_mayor_of_a_capital_speaks_for_the_city_not_the_state() -> None:
    found = parties("Tallinn Mayor Mihhail Kõlvart said the tram would run. He said it was free.")
    assert [p for _, p, _ in found] == ["Tallinn", "Tallinn"]


def test_a_former_governor_speaks_for_himself() -> None:
    assert parties("Former Tartu Mayor Urmas Klaas said the roads were open.")[0][1] == (
        "Urmas Klaas"
    )


def test_a_title_is_read_without_the_verb_before_it() -> None:
    # "reported" and what came before it are the writer's, not Lauri Saar's title.
    found = parties(
        "The Estonian radio reported Hezbollah commander Lauri Saar had spoken.\n\n"
        '"We will stay," Mr. Saar said.'
    )
    assert found[-1][:2] == ("Mr. Saar", "Hezbollah")


@pytest.mark.parametrize(
    "text",
    [
        "Kask spoke to Vokal. Vokal said its reporters had seen the tape.",
        "Users wrote to Vokal. Vokal told them the company would fix the fault.",
    ],
)
def test_a_one_word_name_that_speaks_of_itself_as_its_is_a_body(text: str) -> None:
    assert parties(text)[-1][1:] == ("Vokal", "organisation")


def test_a_surname_with_a_dummy_it_is_no_body() -> None:
    assert parties("Tamm said it was late.")[0][1] is None


def test_a_relative_clause_in_an_apposition_is_no_affiliation() -> None:
    found = parties(
        "The video shows a hostage, Jaan Tamm, an aid worker who was seized after he "
        "arrived in Syria.\n\n"
        'Tamm, who served in the navy, reads a statement, saying: "I was treated well."'
    )
    assert found[-1][1:] == ("Jaan Tamm", "person")


def test_a_legislator_described_by_party_and_state_is_the_one_met_before() -> None:
    found = parties(
        "Sen. Mari Kask said the bill was dead. The Ohio Democrat claims the vote was rigged."
    )
    assert [party for _, party, _ in found] == ["United States", "United States"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Investigator Jaan Tamm", "Jaan Tamm"),
        ("Grandmother Mari Kask", "Mari Kask"),
        ("Widower Jaan Tamm", "Jaan Tamm"),
        ("Girlfriend Mari Kask", "Mari Kask"),
        ("Nineteen-year-old Karl Saar", "Karl Saar"),
        ("Boy George", "Boy George"),
    ],
)
def test_a_word_saying_what_someone_is_is_not_their_name(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "person")


def test_a_role_for_a_field_names_no_body() -> None:
    found = parties(
        "Mari Kask, the National Coordinator for Reproductive Health, said the clinics were full."
    )
    assert found[0][1:] == ("Mari Kask", "person")


def test_a_body_whose_name_goes_on_after_for_is_no_titled_person() -> None:
    found = parties(
        "The Tallinn-based Estonian Institute for Marine Studies said the seals had left."
    )
    assert found[0][1:] == ("Estonian Institute for Marine Studies", "organisation")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("National Security Adviser Maria Holt", "Maria Holt"),
        ("Home Affairs Minister Peter Olsen", "Peter Olsen"),
        ("Treasury Secretary Dana Brook", "Dana Brook"),
    ],
)
def test_a_title_of_office_is_no_body(phrase: str, name: str) -> None:
    assert name_in(phrase) == entities.Named(name, entities.PERSON)
    assert name_in(phrase.rsplit(" ", 2)[0]) is None  # the office alone names nobody


def test_an_office_met_before_gives_no_party_of_its_own_and_a_named_state_stands() -> None:
    found = parties(
        "Talks end\n\nNational Security Adviser Maria Holt met reporters on Friday.\n\n"
        '"We expect the talks to go on for a week," Holt said.\n\n'
        "In Peru, Finance Minister Peter Olsen said the budget would be cut."
    )
    assert found == [
        ("Holt", "Maria Holt", "person"),
        ("Finance Minister Peter Olsen", "Peru", "state"),
    ]


@pytest.mark.parametrize(
    ("speaker", "body"),
    [
        ("The National Dairy Producers Association", "National Dairy Producers Association"),
        ("Regional Transit Workers Union spokesman Ivo Marsh", "Regional Transit Workers Union"),
    ],
)
def test_a_role_word_inside_a_body_name_does_not_cut_it(speaker: str, body: str) -> None:
    found = parties(f"Prices\n\n{speaker} said fares would rise next month.")
    assert [party for _, party, _ in found] == [body]


def test_a_role_before_a_person_name_still_ends_the_body_name() -> None:
    found = parties("Sales\n\nGlobex CEO Hana Ruiz said sales rose sharply in the spring.")
    assert [party for _, party, _ in found] == ["Globex"]


@pytest.mark.parametrize(
    "speaker",
    ["Assistant manager Nora Quill", "Senior analyst Nora Quill", "Press officer Nora Quill"],
)
def test_a_capitalised_qualifier_of_a_role_is_no_body(speaker: str) -> None:
    found = parties(
        f"Shelter\n\n{speaker} said: 'We've had calls from all over the country and "
        "we're working through them.'"
    )
    assert [(party, kind) for _, party, kind in found] == [("Nora Quill", "person")]


def test_a_body_before_a_qualified_role_still_speaks() -> None:
    found = parties("Sales\n\nGlobex senior analyst Nora Quill said sales rose in the spring.")
    assert [party for _, party, _ in found] == ["Globex"]


def test_a_capital_city_s_police_are_the_city_s_force_not_the_state() -> None:
    found = parties(
        "Shooting\n\nLima police confirmed that two men had been detained overnight.\n\n"
        "Peruvian police said the border crossing had been closed."
    )
    assert [(party, kind) for _, party, kind in found] == [
        ("Lima Police", "organisation"),
        ("Peru", "state"),
    ]


def test_a_city_force_after_the_is_still_named_by_its_city() -> None:
    found = parties("Arrest\n\nThe Leeds police and the coastguard said the boat had sunk.")
    # two speakers, the coastguard standing for no party named: one statement each
    assert ("The Leeds police", "Leeds Police") in [(speaker, party) for speaker, party, _ in found]


def test_a_word_saying_what_a_body_is_is_not_part_of_its_name() -> None:
    found = parties("Hoax\n\nWebsite TruthDaily said the singer had been arrested in Rome.")
    assert [(party, kind) for _, party, kind in found] == [("TruthDaily", "media")]


@pytest.mark.parametrize("name", ["Garden Design Today", "Kenya Today"])
def test_an_outlet_named_today_keeps_its_last_word(name: str) -> None:
    assert name_in(name) == entities.Named(name, entities.MEDIA)


def test_where_an_outlet_is_based_is_not_its_name() -> None:
    named = name_in("the Lisbon-based Evening Courier newspaper")
    assert named == entities.Named("Evening Courier", entities.MEDIA)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The report by the University and College Union", "University and College Union"),
        ("the Department of Health and Human Services", "Department of Health and Human Services"),
        ("the Bill and Melinda Gates Foundation", "Bill and Melinda Gates Foundation"),
    ],
)
def test_an_and_inside_a_bodys_name_is_part_of_it(phrase: str, name: str) -> None:
    named = name_in(phrase)
    assert named is not None and named.name == name


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("Alameda County District Attorney Pamela Price", "Alameda County"),
        ("Maricopa County Sheriff Joe Arpaio", "Maricopa County"),
        ("Lima Mayor Rosa Quispe", "Lima"),
    ],
)
def test_a_local_office_holder_speaks_for_the_place_they_serve(phrase: str, place: str) -> None:
    assert entities.regional_office(phrase) == place


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ('"We are safe," said Ann Roe, Estonia\'s foreign minister.', "Estonia"),
        ('"Sales rose," said Ann Roe, Kestrel Airways\' head of sales.', "Kestrel Airways"),
    ],
)
def test_a_state_or_bodys_role_after_the_name_gives_the_party(text: str, party: str) -> None:
    assert parties(text)[0][1] == party


def test_a_persons_aide_after_the_name_is_not_that_persons() -> None:
    text = 'President Kask met the press. "Talks went well," said Ann Roe, Kask\'s deputy adviser.'
    assert parties(text)[-1][1] != "Kask"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # A department's or an office's field before a role names no body.
        ("Media Relations Officer Dana Whitlow", ("Dana Whitlow", "person")),
        ("Customer Service Manager Dana Whitlow", ("Dana Whitlow", "person")),
        ("Marketing Director Dana Whitlow", ("Dana Whitlow", "person")),
        ("Public Affairs Officer", None),
        # The body before the role's field is named without it.
        ("Tarrow Mills Investor Relations Officer Dana Whitlow", ("Tarrow Mills", "person")),
        (
            "Amnesty International Media Relations Officer Dana Whitlow",
            ("Amnesty International", "organisation"),
        ),
        # One field word may be the name's own; a name with "of" goes on to its end.
        (
            "Charter Communications spokesman Dana Whitlow",
            ("Charter Communications", "organisation"),
        ),
        (
            "Ministry of Public Safety spokesman Dana Whitlow",
            ("Ministry of Public Safety", "organisation"),
        ),
        (
            "Kansas City Health Department spokesman Dana Whitlow",
            ("Kansas City Health Department", "organisation"),
        ),
    ],
)
def test_a_roles_field_is_no_body(phrase: str, expected: tuple[str, str] | None) -> None:
    named = name_in(phrase)
    found = (named.name, named.kind) if named is not None else None
    assert found == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("New Democrat Dana Whitlow", "Dana Whitlow"),
        ("Republican Dana Whitlow", "Dana Whitlow"),
        ("Liberal Democrat Dana Whitlow", "Dana Whitlow"),
        ("Canadian Dana Whitlow", "Dana Whitlow"),
        ("Democrat Dana Marie Whitlow", "Dana Marie Whitlow"),
        # Two words are a name, whatever the first would say alone.
        ("Conservative Whitlow", "Conservative Whitlow"),
    ],
)
def test_a_persons_name_without_their_party_or_nationality_word(phrase: str, name: str) -> None:
    named = name_in(phrase)
    assert named is not None
    assert (named.name, named.kind) == (name, "person")


def test_a_city_or_regions_name_is_guessed_its_government() -> None:
    assert guess_kind("Harlow City") == "organisation"
    assert guess_kind("Navarra County") == "organisation"
    assert guess_kind("Dana Whitlow") == "person"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Boston Globe", ("Boston Globe", "media")),
        ("the Lakeside Free Beacon", ("Lakeside Free Beacon", "media")),
        ("the Herald of Karachi", ("Herald of Karachi", "media")),
        ("The Times of Malta", ("Times of Malta", "media")),
        ("Rap Daily Wired.com", ("Rap Daily Wired.com", "media")),
        ("ABCD.website", ("ABCD.website", "media")),
        # A head noun of a body before "of" still names the body.
        ("the Bank of Lagos", ("Bank of Lagos", "organisation")),
        ("Golden Globe winner Dana Whitlow", ("Dana Whitlow", "person")),
        ("the Lakeside Elders Forum", ("Lakeside Elders Forum", "organisation")),
        ("The Lakeside Citizen", ("Lakeside Citizen", "media")),
    ],
)
def test_an_outlet_by_its_head_word_or_its_web_address(
    phrase: str, expected: tuple[str, str]
) -> None:
    named = name_in(phrase)
    assert named is not None
    assert (named.name, named.kind) == expected


def test_defense_lawyers_speak_for_no_ministry() -> None:
    text = "Mali is at war. Defense lawyers argued the statute is far too broad."
    assert parties(text) == [("Defense lawyers", None, None)]
    text = "Mali is at war. The Defence Ministry said the strike was lawful."
    assert parties(text)[0][1] == "Mali"


def test_a_retired_rank_speaks_for_no_state() -> None:
    text = "Mali is at war. Retired Brig. Gen. Dana Whitlow told reporters the town is calm."
    assert [p[1:] for p in parties(text)] == [("Dana Whitlow", "person")]
    text = "Mali is at war. Brig. Gen. Dana Whitlow told reporters the town is calm."
    assert [p[1:] for p in parties(text)] == [("Mali", "state")]


def test_a_name_the_article_calls_a_site_is_an_outlet() -> None:
    text = (
        "The site Rumor Patrol was the first to expose the hoax. "
        '"The story is totally fake," reported Rumor Patrol.'
    )
    assert parties(text)[-1] == ("Rumor Patrol", "Rumor Patrol", "media")
    text = (
        "Outlets like Caped Courier ran the rumor.\n\n"
        "Caped Courier said the car had been stolen from the set."
    )
    assert parties(text)[-1] == ("Caped Courier", "Caped Courier", "media")
    text = "Dana Whitlow said the car had been stolen from the set."
    assert parties(text) == [("Dana Whitlow", "Dana Whitlow", "person")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Daveed Gartenstein-Ross", ("Daveed Gartenstein-Ross", "person")),
        ("Tommy Chatman-Bey", ("Tommy Chatman-Bey", "person")),
        ("Ann McKay-Smith", ("Ann McKay-Smith", "person")),
        # a hyphen that opens a name, or an outlet's head after one, is no surname's
        ("Inter-American Dialogue", ("Inter-American Dialogue", "organisation")),
        ("Lakeside Free-Beacon", ("Lakeside Free-Beacon", "organisation")),
        ("Hewlett-Packard", ("Hewlett-Packard", "organisation")),
    ],
)
def test_a_double_barrelled_surname_is_no_initials(phrase: str, expected: tuple[str, str]) -> None:
    named = name_in(phrase)
    assert named is not None
    assert (named.name, named.kind) == expected


@pytest.mark.parametrize(
    ("phrase", "name"), [("music site Tune/Wire", "Tune/Wire"), ("ON/OFF", "ON/OFF")]
)
def test_a_slash_between_letters_is_part_of_one_name(phrase: str, name: str) -> None:
    # "Re/code", "AC/DC": the slash joins the name's halves; the first half
    # alone names nobody.
    named = name_in(phrase)
    assert named is not None and named.name == name


def test_a_hyphenated_title_is_no_part_of_the_name() -> None:
    from claimtrack.claimtext import person_name

    named = name_in("Sergeant-at-Arms Kevin Vickers")
    assert named is not None and (named.name, named.kind) == ("Kevin Vickers", entities.PERSON)
    assert person_name("Sergeant-at-Arms Kevin Vickers") == "Kevin Vickers"


def test_a_peoples_word_between_a_body_and_its_forces_is_no_part_of_the_name() -> None:
    named = name_in("the head of the YPG Kurdish forces in Kobane")
    assert named is not None and named.name == "YPG"
    named = name_in("the head of the Syrian Observatory for Human Rights")
    assert named is not None and named.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    "name", ["War Memorial", "Union Station", "Freedom Square", "Tower Bridge"]
)
def test_a_landmark_is_no_person(name: str) -> None:
    assert guess_kind(name) != "person"
    found = name_in(f"the guard at the {name}")
    assert found is None or found.kind != "person"


@pytest.mark.parametrize(
    "phrase", ["Britain's Daily Mail", "the U.K.'s Daily Mail", "Estonia's Daily Post"]
)
def test_a_capitalised_daily_is_part_of_the_outlets_name(phrase: str) -> None:
    # Not a daily called "Britain": the outlet the country's name is put before.
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (phrase.split()[-2] + " " + phrase.split()[-1], "media")


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("County Coroner Frank Shultz", "Frank Shultz", "person"),
        ("Sheriff Tom Lee", "Tom Lee", "person"),
        ("Councillor Ann Berg", "Ann Berg", "person"),
        ("Harris County Sheriff Tom Lee", "Harris County", "organisation"),
        ("Navarro County officials", "Navarro County", "organisation"),
        ("Texas City", "Texas City", "organisation"),
    ],
)
def test_a_local_office_is_a_title_and_a_county_or_city_a_body(
    phrase: str, name: str, kind: str
) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Sarah Withrow King", "Sarah Withrow King"),
        ("Stephen King", "Stephen King"),
        ("Tim Judge", "Tim Judge"),
        ("Arachnologist Dr Volker Framenau", "Volker Framenau"),
        ("Attorney General Eric Holder", "Eric Holder"),
    ],
)
def test_a_title_last_in_a_name_is_a_surname(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "person")


def test_an_offices_title_last_names_no_person() -> None:
    # "Collin County Judge" is an office, no one called "Judge".
    assert name_in("Collin County Judge") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Manitoba Conservative MP Steven Fletcher", "Steven Fletcher"),
        ("Republican State Senator Doug Perlman", "Doug Perlman"),
        ("Navarro County Judge Ann Davenport", "Ann Davenport"),
    ],
)
def test_a_long_run_of_words_before_a_title_leaves_the_persons_name(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "person")


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Hamish de Bretton-Gordon", "Hamish de Bretton-Gordon", "person"),
        ("Charles de Gaulle", "Charles de Gaulle", "person"),
        ("Mayor Bill de Blasio", "Bill de Blasio", "person"),
        ("The U.K. Mirror", "Daily Mirror", "media"),
        ("Coca-Cola", "Coca-Cola", "organisation"),
    ],
)
def test_a_surnames_particle_and_an_outlets_country_belong_to_the_name(
    phrase: str, name: str, kind: str
) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


def test_a_peoples_word_before_an_outlets_noun_names_no_outlet() -> None:
    assert name_in("European tabloid lore") is None
    assert name_in("a Russian website") is None
    # Nor a kind of outlet: "a local TV station" is no outlet called "TV".
    assert name_in("a local TV station") is None
    telegraph = name_in("Britain's Telegraph newspaper")
    assert telegraph is not None and telegraph.kind == "media"


def test_an_acronym_spelt_like_an_outlets_noun_is_part_of_the_name() -> None:
    # "SITE" is the group's acronym, not the noun "site" before a name.
    found = name_in("the SITE Intelligence Group")
    assert found is not None and found.name == "SITE Intelligence Group"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a plural for people with its "'s" inside a body's name
        ("a nurse at Leeds Children's Hospital", "Leeds Children's Hospital"),
        ("Dr Ana Ruiz, of the Tarrow People's Clinic", "Tarrow People's Clinic"),
        # a number after "No." inside a name
        ("Dr Lin, of Harbin No. 3 Hospital", "Harbin No. 3 Hospital"),
        # a possessive of one owner still ends a name
        ("The Daily Beast's Ann Roe", "Daily Beast"),
    ],
)
def test_a_peoples_possessive_and_a_number_inside_a_bodys_name(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None and found.name == name


def test_a_peoples_possessive_before_a_common_noun_names_nothing() -> None:
    assert name_in("the children's parents") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a place of several words before "-based" says where, not who
        ("the Portland-based Harbour Watch", "Harbour Watch"),
        ("the Salt Lake City-based Harbour Watch", "Harbour Watch"),
        ("a San Diego-based author, Ann Quist", "Ann Quist"),
    ],
)
def test_a_place_before_based_is_no_part_of_the_name(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None and found.name == name


def test_a_place_before_based_alone_names_nobody() -> None:
    assert name_in("a Salt Lake City-based activist") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harwick Securities", "organisation"),
        ("Belden Holdings", "organisation"),
        ("Lakeshore Hospitals", "organisation"),
        ("Gossip Online", "media"),
        ("Daily Lantern", "media"),
        ("Weekly Courant", "media"),
    ],
)
def test_a_firms_plural_head_or_an_outlets_online_or_daily_is_no_person(
    name: str, kind: str
) -> None:
    assert guess_kind(name) == kind
    found = name_in(f"the {name}")
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Governor of the Bank of England Mark Carney", "Bank of England"),
        ("Director of the Museum of Leeds Ann Lee", "Museum of Leeds"),
        # an aside after a name keeps the body's last words: no name follows the title
        ("head of the University of Texas Medical Branch", "University of Texas Medical Branch"),
        ("Chairman of the Harbour Equities Research", "Harbour Equities Research"),
    ],
)
def test_a_title_of_a_body_before_a_name_leaves_the_name_out_of_the_body(
    phrase: str, name: str
) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "organisation")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Jihadist group the Wagner Front", "Wagner Front"),
        ("Militant outfit group the Harbour Brigade", "Harbour Brigade"),
    ],
)
def test_a_describing_noun_then_the_and_a_name_describes_that_name(phrase: str, name: str) -> None:
    found = name_in(phrase)
    assert found is not None
    assert (found.name, found.kind) == (name, "organisation")


@pytest.mark.parametrize("name", ["The Wrapup", "The Daybook"])
def test_the_and_one_name_is_an_outlet_never_a_person(name: str) -> None:
    assert guess_kind(name) == "media"


def test_a_he_after_narration_of_another_person_is_not_the_last_speaker() -> None:
    text = (
        'Commander Tom Reed said: "We will not comment on the inquiry."\n\n'
        "From Leeds to Kenya\n\n"
        "It was on a trip to Kenya in 2009 that Malik's life began to change. "
        "On landing in Nairobi with two friends, he alleged he was held by police overnight.\n"
    )
    found = {
        s.content: s.party
        for s in extract_statements(document_from_text(text, "t"), RESOLVER, LEXICON)
    }
    assert found["he was held by police overnight"] is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her tour of Chile ended in March. Back in Leeds, she said the guides had "
            "cheated her.\n",
            "the guides had cheated her",
        ),
        (
            "The trip to Kenya lasted a week. In Nairobi, he insisted the hotel had lost his "
            "passport.\n",
            "the hotel had lost his passport",
        ),
    ],
)
def test_a_he_or_she_is_never_the_place_the_sentence_before_tells_of(
    text: str, content: str
) -> None:
    found = {
        s.content: s.party
        for s in extract_statements(document_from_text(text, "t"), RESOLVER, LEXICON)
    }
    assert found[content] is None


def test_a_she_after_a_named_person_who_travelled_is_that_person() -> None:
    text = (
        'Ana Ruiz, the mayor, said: "We will not comment."\n\n'
        "Ana Ruiz flew to Chile in May. Once in Santiago, she said the council would appeal.\n"
    )
    found = {
        s.content: s.party
        for s in extract_statements(document_from_text(text, "t"), RESOLVER, LEXICON)
    }
    assert found["the council would appeal"] == "Ana Ruiz"


def test_a_he_after_narration_of_no_one_else_is_the_last_speaker() -> None:
    text = (
        'Commander Tom Reed said: "We will not comment on the inquiry."\n\n'
        "The inquiry began in May. After a pause, he said the force would appeal the ruling.\n"
    )
    found = {
        s.content: s.party
        for s in extract_statements(document_from_text(text, "t"), RESOLVER, LEXICON)
    }
    assert found["the force would appeal the ruling"] == "Tom Reed"


@pytest.mark.parametrize(
    ("article", "name", "pronoun"),
    [
        # the sentence after one that names her alone opens on "She"
        (
            "The clip was never shown, Ines Varga said on Monday. She first heard of it in May.",
            "Ines Varga",
            "she",
        ),
        ("Mr Dorn sold the farm.", "Dorn", "he"),
        ("Ms. Pike Dorn sold the farm.", "Pike Dorn", "she"),
        # two people in the sentence: the "He" may be either
        ("Ines Varga met Paul Dorn in May. He was late.", "Ines Varga", None),
        # her own "she" in the sentence: the "He" is someone else
        ("Varga said she met him in May. He was late.", "Varga", None),
        # the two sexes told: neither
        ("Dorn left. He was late. Dorn came back. She was early.", "Dorn", None),
        # two forenames before the surname: the title may be either's
        ("Luke Varga was taken. Ana Varga spoke. Mr Varga is ill.", "Ana Varga", None),
        ("Nothing is told of Dorn.", "Dorn", None),
    ],
)
def test_pronoun_told_reads_a_persons_sex_from_the_article(
    article: str, name: str, pronoun: str | None
) -> None:
    assert entities.pronoun_told(article, name) == pronoun


def test_titles_before_a_surname_read_as_the_pattern_of_title_and_surname() -> None:
    # What a courtesy title tells of a surname, read from the article's titles
    # once, is what `_TITLE_SEX` and the surname find, match after match
    # (a title inside one match is no match of its own: "Mrs Lord Dorn" is hers).
    pieces = ["Mr", "Mrs", "Ms.", "Lord", "Dorn", "Dorn-Lee", "Ann", "ann", " ", "\n", "-", "é"]
    chosen = random.Random(7)
    for _ in range(3000):
        article = "".join(
            chosen.choice(pieces) + chosen.choice(["", " "]) for _ in range(chosen.randrange(1, 10))
        )
        for surname in ("Dorn", "Ann", "Lord", "Dorn-Lee"):
            titled = re.compile(rf"{entities._TITLE_SEX}{re.escape(surname)}(?![\w-])")
            expected = {
                entities._PRONOUN_OF_TITLE[found["title"].lower()]
                for found in titled.finditer(article)
            }
            assert entities._titled_pronouns(article, surname) == expected, (article, surname)
            written = re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", article)
            assert entities._holds_word(article, surname) is (written is not None)
    assert entities._titled_pronouns("Mrs Lord Dorn left.", "Dorn") == {"she"}
    assert entities._titled_pronouns("Mr. Ann Dorn left. Ms Dorn-Lee too.", "Dorn") == {"he"}
