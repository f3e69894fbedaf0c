"""Where a text locates its event (`claimtrack.places`)."""

from __future__ import annotations

from claimtrack.parties import PartyResolver
from claimtrack.places import COUNTRY, REGION, TOWN, Place, apart, places_in

RESOLVER = PartyResolver.build()


def names(text: str) -> set[str]:
    return {place.name for place in places_in(text, RESOLVER)}


def test_a_name_after_a_locative_word_is_where_the_event_happened() -> None:
    assert names("Flooding closed the main bridge in Tarvoka on Sunday") == {"tarvoka"}
    assert names("Shells landed near Melindor, north of Ostrava Vale") == {
        "melindor",
        "ostrava vale",
    }
    assert names("A Tarvoka-area clinic turned patients away") == {"tarvoka"}
    assert names("Two guards were hurt in the Melindor attack") == {"melindor"}


def test_a_state_is_known_by_its_name_its_capital_and_its_regions() -> None:
    [peru] = places_in("The dam burst in Peru", RESOLVER)
    assert (peru.level, peru.state) == (COUNTRY, "Peru")
    [lima] = places_in("The dam burst near Lima", RESOLVER)
    assert (lima.level, lima.state) == (TOWN, "Peru")
    [ohio] = places_in("Storms hit towns in Ohio", RESOLVER)
    assert (ohio.level, ohio.state) == (REGION, "United States")
    assert names("Troops gathered in Peru's Tarvoka province") == {"tarvoka"}


def test_actors_nationalities_months_and_homes_are_no_location() -> None:
    assert names("Peru denied that its troops crossed the border") == set()
    assert names("Peruvian officials met in March") == set()
    assert names("The engineer, born in Melindor, fixed the dam") == set()
    assert names("Analysts at the Institute in Tarvoka said so") == set()
    assert names("He spoke about the Liberation Front in Tarvoka and its aims") == set()


def test_places_are_apart_when_neither_can_lie_in_the_other() -> None:
    tarvoka = Place("tarvoka", TOWN, None)
    melindor = Place("melindor", TOWN, None)
    peru = Place("peru", COUNTRY, "Peru")
    chile = Place("chile", COUNTRY, "Chile")
    lima = Place("lima", TOWN, "Peru")
    assert apart({tarvoka}, {melindor})
    assert apart({peru}, {chile})
    assert apart({lima}, {chile})
    # A town nobody places may lie in any state, or be a capital's suburb.
    assert not apart({tarvoka}, {peru})
    assert not apart({tarvoka}, {lima})
    assert not apart({lima}, {peru})
    # One place spelt two ways, and a text naming no place, are never apart.
    assert not apart({Place("tarvoka", TOWN, None)}, {Place("tarvokah", TOWN, None)})
    assert not apart(set(), {melindor})
    # Texts naming several places are apart only when every pair is.
    assert not apart({tarvoka, melindor}, {melindor})


def test_an_aside_about_an_actor_locates_nothing() -> None:
    assert names("Ravel, a banker once jailed in Melindor, was freed in Tarvoka") == {"tarvoka"}
    assert names("The pilot, who trained in Peru, was found in Tarvoka") == {"tarvoka"}
    assert names("The envoy — stationed in Chile for years — spoke in Tarvoka") == {"tarvoka"}


def test_a_city_holds_its_boroughs() -> None:
    [city] = places_in("The shop opens in Tarvoka City next week", RESOLVER)
    [borough] = places_in("The shop opens in Melindor next week", RESOLVER)
    assert not apart({city}, {borough})


def test_places_are_remembered_per_resolver() -> None:
    # A text's places are kept between calls, but each resolver reads them
    # its own way: a name one ledger gives a body is no place there.
    from claimtrack.model import Party

    text = "Two guards were hurt in the Melindor attack"
    body = PartyResolver.build([Party("Melindor Group", ("Melindor",))])
    assert names(text) == {"melindor"}
    assert places_in(text, body) == frozenset()
    assert names(text) == {"melindor"}
    assert places_in(text, body) == frozenset()
