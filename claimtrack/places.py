"""Where a text says its event happened, for grouping's test of one proposition.

"Ebola was ruled out in Kansas City" and "the militants in Mosul showed
symptoms of Ebola" share their words, but tell of events in two places: two
propositions. A place is read only where a text gives an event its location: a
name after a locative word ("in Mosul", "near Fallujah", "north of Baghdad"),
before "-area" ("a Kansas City-area hospital"), or naming an event ("in the
Duluiyah attack"). A state named as an actor ("Russia denied ...") or by its
nationality word ("Iraqi soldiers") is no location, nor a speaker's body
("the Kansas City Health Department said ...": the speaker is not the text).

What the gazetteer knows (`claimtrack.parties`) says which state a place lies
in: a state's own name, its capital, a U.S. state. Any other name is a town
whose state nobody here knows. Two places are apart (`apart`) when neither can
lie in the other: two states, two towns, a town or region of one state and
another state; a town of unknown state may lie in any state or region.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import gazetteer
from claimtrack.parties import PartyResolver


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(text.split(sep))


COUNTRY = "country"
REGION = "region"
TOWN = "town"

_US = "United States"
# How alike two names must be (`rapidfuzz.fuzz.ratio`) to be read as one place.
SAME_NAME_RATIO = 80

# A name: capitalised words, with "of" or a hyphen inside ("Bosnia and
# Herzegovina" is read as two names, which both lie in one state).
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
# A locative word before a name, and the compass words that may stand between.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|throughout|inside|into)"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    r"|\b(?P<noun>town|city|village|province|region|district|suburb|capital|county)\s+of)"
    r"\s+(?:(?:the\s+)?(?:neighbou?ring|nearby|northern|southern|eastern|western|central|northeastern|"
    r"northwestern|southeastern|southwestern)\s+)?(?P<the>the\s+)?"
    rf"(?P<name>{_NAME})"
)
# Where a person lives, was born or works: "born in Liverpool", "based in Texas".
_RESIDENCE = re.compile(
    r"\b(?:born|based|raised|grew\s+up|lives?|lived|living|resident|headquartered|native)"
    r"\s+$"
)
_RESIDENCE_REACH = 30
# A capitalised word right before the locative word, not opening the text: the
# locative is inside a name.
_IN_A_NAME = re.compile(r"\S\s+[A-Z][\w-]*\s+$")
# The continents and the world's regions: they hold states nobody here lists.
_WORLD_REGIONS = _words(
    "africa, asia, europe, america, americas, oceania, antarctica, arctic, middle east, "
    "west africa, east africa, north africa, south asia, southeast asia, central asia, "
    "latin america, south america, north america, central america, eastern europe, "
    "western europe, caribbean, balkans, sahel, levant, gulf",
    ", ",
)
# An aside or a relative clause describing an actor, whose places are not its
# event's: "Godane, a co-founder of a network blamed for attacks in Somalia,
# was killed", "the leader — behind the siege on a mall in Kenya — was killed",
# "a bomber who had been on death row in Jordan".
_ASIDE = re.compile(
    r",\s+(?:a|an|the)\s[^,;—–()]*,|\s[—–][^—–]*[—–]|\([^()]*\)"
    r"|\b(?:who|whom|whose|which)\s[^,;—–()]*"
)
_AREA = re.compile(r"-area\b")
# The name right before "-area", read in a window of `_AREA_REACH` characters
# before it: a search from every start of a long run of capitalised words would
# take time in the square of its length.
_AREA_NAME = re.compile(rf"(?P<name>{_NAME})\Z")
_AREA_REACH = 80
# How far before a locative word a name or a residence may start, and how much
# after a place's name is read for the word that follows it.
_NAME_REACH = 60
_AFTER_REACH = 80
# What may follow a place's name: the end of a phrase, a word for a place, or
# a word that opens another phrase. Any other word makes the name a modifier
# of a thing ("in Congress hearings", "in Facebook posts").
_PLACE_NOUNS = _words(
    "area region province city town village district county state governorate "
    "countryside suburbs outskirts"
)
# The words for a place that make its name a region's ("the Anbar province").
_REGION_NOUNS = _words("region province state county governorate district")
# The events "in the X attack" locates.
_EVENTS = _words(
    "attack attacks bombing bombings strike strikes blast explosion massacre shooting "
    "shootings raid raids offensive assault battle fighting outbreak"
)
_OPENERS = _words(
    "and or but on in at by for to from with since after before during until when where "
    "while which who that as last this next earlier later over amid back early late "
    "yesterday today tomorrow overnight recently now then again"
)
_ARTICLES = frozenset(("a", "an", "the"))
# Capitalised words after "in" that name no place.
_NOT_PLACES = frozenset(
    word.casefold().rstrip(".")
    for word in (
        *P.MONTHS,
        *_words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        *_words("God Christ Islam English Arabic French Spanish Congress Parliament"),
        *_words("Senate Twitter Facebook YouTube Instagram Reddit Internet Web"),
        *_words("The A An It He She They We I This That These Those"),
    )
)


@dataclass(frozen=True)
class Place:
    """A place a text locates its event in: its name as written (folded), its
    level (`COUNTRY`, `REGION`, `TOWN`) and its state when the gazetteer says."""

    name: str
    level: str
    state: str | None


# Grouping reads the places of each claim's texts again for every article whose
# statements meet the claim: the same texts, many times over a run.
@lru_cache(maxsize=1 << 14)
def places_in(text: str, resolver: PartyResolver) -> frozenset[Place]:
    """The places `text` locates its event in."""
    found: set[Place] = set()
    text = _ASIDE.sub(" ", text)
    for match in _LOCATIVE.finditer(text):
        before = text[max(0, match.start() - _NAME_REACH) : match.start()]
        if not match["noun"] and _IN_A_NAME.search(before):
            continue  # "the Islamic State in Iraq and Syria", "al-Qaeda in Yemen": a body's name
        if _RESIDENCE.search(text[max(0, match.start() - _RESIDENCE_REACH) : match.start()]):
            continue  # where someone lives or comes from, not where the event is
        after = text[match.end() : match.end() + _AFTER_REACH]
        place = _place(match.group("name"), after, resolver, bool(match["the"]))
        if place is not None:
            found.add(place)
    for match in _AREA.finditer(text):
        named = _AREA_NAME.search(text, max(0, match.start() - _AREA_REACH), match.start())
        if named is None:
            continue
        place = _place(named.group("name"), "", resolver, False)
        if place is not None:
            found.add(place)
    return frozenset(found)


def apart(mine: Iterable[Place], theirs: Iterable[Place]) -> bool:
    """Whether two texts locate their events in places of which none can lie in
    another: both name places, and every pair is apart (`_apart`)."""
    mine, theirs = set(mine), set(theirs)
    return bool(mine and theirs) and all(_apart(a, b) for a in mine for b in theirs)


def _apart(a: Place, b: Place) -> bool:
    if a.name == b.name:
        return False
    if a.state is not None and b.state is not None:
        if a.state != b.state:
            return True
        # One state: its own name holds its towns and regions; a town may lie in a region.
        return a.level == b.level and a.level != COUNTRY
    # A town of unknown state lies apart only from another such town, spelt
    # otherwise: it may be a suburb of a capital ("the London suburb of Watford").
    return (
        a.level == TOWN
        and b.level == TOWN
        and a.state is None
        and b.state is None
        and not _same_name(a.name, b.name)
    )


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one place's spelt two ways ("Kobani", "Kobane";
    "Duluiya", "Duluiyah"): one a shortening of the other, or all but a letter
    or two alike."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    return fuzz.ratio(a, b) >= SAME_NAME_RATIO


def _place(name: str, after: str, resolver: PartyResolver, the: bool) -> Place | None:
    """The place a name after a locative word (or before "-area") is, if any.
    A state's name owning the name ("Iraq's Anbar province") is the state it
    lies in."""
    words = name.split()
    owner: Place | None = None
    for at, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")):
            owner = _known(" ".join([*words[:at], word[:-2]]), resolver)
            if owner is None or owner.level != COUNTRY:
                return None
            words = words[at + 1 :]
            break
    while words and words[-1].casefold().rstrip(".") in _NOT_PLACES:
        words.pop()
    possessive = bool(words) and words[-1].endswith(("'s", "’s"))
    if possessive:
        words[-1] = words[-1][:-2]
    while words and words[0].casefold() in _ARTICLES:
        words.pop(0)  # "A Kansas City-area hospital"
    if not words or words[0].casefold().rstrip(".") in _NOT_PLACES:
        return None
    name = " ".join(words).rstrip(",")
    if _known(name, resolver) is None:
        name = name.rstrip(".")  # a sentence's full stop, not an initial's ("U.S.")
    following = after.split(maxsplit=1)
    next_word = following[0].strip(".,;:!?\"'”’)").lower() if following else ""
    known = _known(name, resolver)
    if known is not None:
        return known
    if name.casefold() in _demonyms() or name.casefold() in _WORLD_REGIONS:
        # "the Syrian city of Aleppo": its city is the place; "Africa" holds states.
        return Place(name.casefold(), REGION, None) if name.casefold() in _WORLD_REGIONS else None
    if possessive or resolver.resolve(name) is not None:
        # An unknown name owning a thing ("in Obama's speech"), or a body.
        return None
    if the or owner is not None:
        # "in the Duluiyah attack", "in the Anbar province": a name before an
        # event or a word for a place; "in the Pentagon" names a building or body.
        if next_word not in _EVENTS | _PLACE_NOUNS:
            return None
    elif next_word and following[0][:1].islower() and next_word not in _PLACE_NOUNS | _OPENERS:
        return None
    # "the Anbar province"; "New York City", which holds boroughs and suburbs
    # ("Manhattan") as a region holds towns.
    level = REGION if next_word in _REGION_NOUNS or words[-1] == "City" else TOWN
    return Place(name.casefold(), level, owner.state if owner is not None else None)


def _known(name: str, resolver: PartyResolver) -> Place | None:
    """A place the gazetteer knows: a state (by a name for its territory, never
    its nationality word), its capital, or a U.S. state."""
    if name in gazetteer.US_STATE_NAMES:
        return Place(name.casefold(), REGION, _US)
    state = resolver.resolve(name)
    if state is None or name.casefold() in _demonyms():
        return None
    if not (resolver.is_place(name) or name.casefold() == state.casefold()):
        return None  # a body ("the Pentagon"), or a capital that names its government
    level = TOWN if resolver.is_capital(name) else COUNTRY
    return Place(name.casefold() if level == TOWN else state.casefold(), level, state)


@cache
def _demonyms() -> frozenset[str]:
    from claimtrack.parties import _demonyms as demonyms

    return frozenset(d.casefold() for d in demonyms()) | frozenset(
        d.casefold() + "s" for d in demonyms()
    )
