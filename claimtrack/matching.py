"""Which tracked claim a text, such as a headline, speaks about: `claimtrack match`.

`match` ranks the ledger's claims for a text with the grouping index
(`grouping.ClaimIndex`), then decides on its own whether the best of them is
what the text is about. Grouping asks whether two statements share a
proposition, and its threshold is tuned for that; `match` asks whether a text
speaks about one of a known set of claims, and must say "none" for a text about
something else, however close a claim of the same story comes. So it has its
own rule (`accepts`). A claim that holds nothing but its own text (one tracked
by hand, with no statements yet) is taken when

- it scores `MATCH_THRESHOLD` or more; or
- it scores at least `MATCH_FLOOR` and stands `MATCH_MARGIN` or more above the
  runner-up.

A claim that holds statements besides its text, as every claim `extract`
makes does, is scored on all of them, and weighed on more than its score
(`Evidence`): its lead over the runner-up; `TERM_POINTS` for each term of the
text (a content word or a party) that its texts use, up to `TERMS_COUNTED` of
them; `DISTINCT_POINTS` for each of those terms that at most
`DISTINCT_CLAIMS` claims of the ledger use (a story's names are in all its
claims, the words of one proposition in one or two); `PREDICATE_POINTS` times
the share of the claim's main words (the content words at least half of its
texts use) that the text uses, less `NO_PREDICATE_POINTS` when it uses none
of them (the same actors doing something else); and less `MISSING_POINTS` for
each main named actor of the claim (a name at least half of its texts give)
that the text does not name, `MISSING_COUNTED` at most; and less
`SAME_STORY_POINTS` when the runner-up names an actor the claim names, or
two of its parties (a claim of the same story comes close). It is taken when
the whole reaches `EVIDENCE_BAR`; or when the text uses at least
`AGREEING_SHARE` of the claim's main words and its score, lead and
`PLAIN_TERM_POINTS` for each shared term, less `SAME_STORY_POINTS` as
above, reach `PLAIN_BAR`. That
second way keeps a text on a proposition the ledger holds in several claims
(grouping did not join them): it ties with the runner-up, a claim saying the
same, so its lead is no evidence, but it says what the claim says. A word
counts in any related form the index knows ("jihadi", "jihadist"), and the
claim's texts use a word as often as they use it in any of its inflected
forms (`INFLECTION_LETTERS`): "castrated" in one text and "castration" in
another make a main word, where neither form alone would. A noun in
"-ation" is the word of its verb in "-ate", their stems differing by "at"
("urin" of "urination", "urinat" of "urinating"), too short a stem for the
index to relate; a word in "-man" is the word of its plural in "-men"
("woman", "women"), which no suffix makes; and an irregular verb's past or
participle is the word of its plain form ("shot", "shoot"; "caught",
"catch"), which no suffix makes either (`_forms_apart`). A word a
statement shouts in capitals of `SHOUTED_LETTERS` or more ("undergoing BRAIN
SURGERY") is no named actor the text must give, unless another of the
claim's texts writes it as a name: the capitals are emphasis.

A text is matched without its web addresses and the "Read more:" before
them, and without a list of other stories' titles that its page ran into its
end, each glued to the last word of the one before ("... in IraqRunning
ScaredVikings Star ..."; `without_addresses`): where it was found is not what
it says.

Two claims of one story often score within a few points of each other for a
text about one of them: their statements share the story's names and most of
its words, and what tells them apart is a word or two ("second", "shower").
So when the two best claims both hold statements and score within
`TIE_POINTS`, they are ranked by the text's terms that one of them uses and
the other does not, each weighing the share of its claim's texts that use
it: a word most of a claim's statements use is its proposition's, a word of
one statement is by the way ("second" in two of three statements of one
claim outweighs "video" in one of five of the other's; `tell_apart`). That
share is divided among the claims of the ledger that use the word (up to
`TELLING_CLAIMS`): a word of the whole story ("launch", "Cook") tells two of
its claims apart less than a word only one claim uses ("shower"); and a
name of several words ("Kim Jong-un") counts once, not once a word. When
the statements' words weigh the same for both (they use every term of the
text alike), two claims of one story are ranked by the terms of the text
that one claim's own text states and the other's does not: "ISIS beheads
American journalist" is the claim whose text says "journalist", not the
one naming only the hostage. A claim
ranked first so scores less than the runner-up, and its lead counts against
it: it is taken only on strong evidence. A plain `--threshold` keeps the
scores' order.

A number counts as one of a claim's when it is within `NEAR_NUMBER_SHARE` of
it: a price or a count is often given rounded ("5,000" for "4,999", "499"
for "500"). A measure of weight or length given in another unit than the
claim's counts as the claim's number and unit when, converted, it is near one
of its numbers and the claim's texts name the unit (`UNITS`): "127 kg" is the
claim's "280-pound" and "20-stone" catfish.

An acronym of the text stands for a name of the claim's texts whose
capitalised words it gives the initials of ("FSU", "Florida State
University"), and a name the claim's texts spell two ways one letter apart
(`MISSPELT_LETTERS`: "Floria", "Florida") is one name, given when the text
gives either: neither is a named actor the text leaves out. So is a person
the claim's texts name with a title ("Sergeant-at-Arms Kevin Vickers",
"Kevin Vickers, the Sergeant-at-Arms") when the text gives the title alone
("Emotional sergeant-at-arms is greeted back to parliament ...";
`_named_by_title`).

A text about an untracked claim of a tracked story (a wife's arrest, against a
leader's death) scores fairly well against several of the story's claims at
once, and shares with the best of them little beyond the story's names; a
rewording of a tracked claim stands out from the rest even when its words
differ, and uses many terms the claim's statements use. The numbers are
calibrated by `bench/bench_match.py --calibrate` on Emergent train headlines
(stories kept back for independent checks left out), against a ledger holding
half of the claims: on one half, for the best worse of two figures (a headline
about a tracked claim gets that claim, a headline about a claim of the other
half gets none), then checked on the other half. A bar alone could only trade
one figure for the other.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line reads the numbers below without loading grouping
    from collections.abc import Iterable, Mapping, Sequence

    from claimtrack.grouping import ClaimIndex
    from claimtrack.normalise import Terms

# See the module docstring: the best claim's score that is enough on its own,
# and the lower score that will do when it stands this far above the runner-up.
MATCH_THRESHOLD = 44.0
MATCH_FLOOR = 26.0
MATCH_MARGIN = 6.0
# For a claim that holds statements (see the module docstring): the evidence it
# must reach, the points each term of the text its texts use adds, and the
# most terms counted, as a long text shares many words with any claim.
EVIDENCE_BAR = 78.0
TERM_POINTS = 4.0
TERMS_COUNTED = 6
# A shared term that this many claims of the ledger use at most is the
# proposition's own, not its story's, and adds these points.
DISTINCT_CLAIMS = 2
DISTINCT_POINTS = 10.0
# The claim's main words and names: those at least half of its texts use.
MAIN_SHARE = 0.5
# Points for the share of the claim's main content words the text uses, and
# taken off when it uses none of them.
PREDICATE_POINTS = 20.0
NO_PREDICATE_POINTS = 10.0
# Taken off for each main named actor of the claim the text leaves out.
MISSING_POINTS = 5.0
MISSING_COUNTED = 2
# Taken off both ways when the runner-up names one of the claim's named
# actors, or two of its parties: a text about another claim of a tracked story
# comes close to several of its claims, a rewording of one stands out.
SAME_STORY_POINTS = 2.0
# The second way to take a claim holding statements: a text that uses this
# share of its main words, with its score, lead and these points per shared
# term reaching this bar.
AGREEING_SHARE = 0.5
PLAIN_TERM_POINTS = 6.0
PLAIN_BAR = 70.0
# Claims ranked for a text even when fewer are shown: the rule needs the runner-up.
RANKED_AT_LEAST = 2
# Two best claims, both holding statements, this close in score are ranked by
# the terms of the text that one of them uses and the other does not.
TIE_POINTS = 10.0
# The claims that use a word, counted up to this many, among which its weight
# for telling two claims apart is shared.
TELLING_CLAIMS = 10
# A number of the text within this share of one of a claim's numbers is taken
# for it, as a rounded figure (three digits or more, so a day or an age is not).
NEAR_NUMBER_SHARE = 0.01
NEAR_NUMBER_DIGITS = 3
# A measure of the text in another unit than the claim's (a number, then a unit
# of weight or length) is the claim's when, converted, it is a number near one
# of the claim's (`NEAR_NUMBER_SHARE`) and the claim's texts name that unit:
# "127 kg" is a "280-pound" catfish. Each unit is the index's word for it
# (stemmed), with its size in kilograms or metres.
_MASS, _LENGTH = "mass", "length"
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("kg", "kilo", "kilogram", "kilogramm"), (_MASS, 1.0)),
    **dict.fromkeys(("gram", "gramm"), (_MASS, 0.001)),
    **dict.fromkeys(("lb", "lbs", "pound"), (_MASS, 0.45359237)),
    **dict.fromkeys(("oz", "ounc"), (_MASS, 0.028349523125)),
    "ston": (_MASS, 6.35029318),
    "tonn": (_MASS, 1000.0),
    **dict.fromkeys(("km", "kilometr", "kilometer"), (_LENGTH, 1000.0)),
    **dict.fromkeys(("metr", "meter"), (_LENGTH, 1.0)),
    **dict.fromkeys(("cm", "centimetr", "centimeter"), (_LENGTH, 0.01)),
    **dict.fromkeys(("mm", "millimetr", "millimeter"), (_LENGTH, 0.001)),
    "mile": (_LENGTH, 1609.344),
    **dict.fromkeys(("yard", "yd"), (_LENGTH, 0.9144)),
    **dict.fromkeys(("foot", "feet", "ft"), (_LENGTH, 0.3048)),
    "inch": (_LENGTH, 0.0254),
}
# A related form of a claim's word that starts with it (or it with the form)
# and is at most this many letters longer is the same word inflected
# ("castrated", "castration"): the claim's texts using either use the word.
INFLECTION_LETTERS = 3
# A word written in capitals of this many letters or more is shouted, not a
# name's: acronyms are shorter ("NSA", "NATO"), "SURGERY" is a word.
SHOUTED_LETTERS = 6
# Claims sharing a text's rarest terms that are scored for it: enough to find
# the best and the true runner-up, few enough that a long `scan` stays fast.
SHARING_CLAIMS = 8


@dataclass(frozen=True)
class Evidence:
    """What a text shares with a claim that holds statements, beyond its score.

    `shared`: the text's terms that the claim's texts use; `distinct`: those
    of them that at most `DISTINCT_CLAIMS` claims use; `predicate`: the share
    of the claim's main content words the text uses (None when the claim has
    none); `missing`: the claim's main named actors the text does not name;
    `same_story`: whether the runner-up tells of the claim's story (names one
    of its named actors, or two of its parties).
    """

    shared: int
    distinct: int = 0
    predicate: float | None = None
    missing: int = 0
    same_story: bool = False

    def points(self) -> float:
        """The evidence added to a claim's score and lead (see the module docstring)."""
        total = TERM_POINTS * min(self.shared, TERMS_COUNTED) + DISTINCT_POINTS * self.distinct
        if self.predicate is not None:
            total += PREDICATE_POINTS * self.predicate
            if not self.predicate:
                total -= NO_PREDICATE_POINTS
        else:
            total += PREDICATE_POINTS * MAIN_SHARE  # nothing to agree with: neither way
        return total - MISSING_POINTS * min(self.missing, MISSING_COUNTED) - self.rival()

    def rival(self) -> float:
        """What a runner-up of the same story takes off (`SAME_STORY_POINTS`)."""
        return SAME_STORY_POINTS if self.same_story else 0.0


def accepts(best: float, runner_up: float, shared: int | Evidence | None = None) -> bool:
    """Whether `match` takes a text to speak about the claim that scores `best` for it.

    `runner_up` is the score of the second-best claim (0 when there is none).
    `shared` is what the text shares with the claim when it holds statements
    besides its text (`weigh`; a bare number is the shared terms alone); None
    for a claim that holds only its own text.
    """
    if shared is not None:
        if best <= 0:
            return False
        evidence = shared if isinstance(shared, Evidence) else Evidence(shared)
        if best + (best - runner_up) + evidence.points() >= EVIDENCE_BAR:
            return True
        agrees = evidence.predicate is None or evidence.predicate >= AGREEING_SHARE
        plain = PLAIN_TERM_POINTS * min(evidence.shared, TERMS_COUNTED) - evidence.rival()
        return agrees and best + (best - runner_up) + plain >= PLAIN_BAR
    if best >= MATCH_THRESHOLD:
        return True
    return best >= MATCH_FLOOR and best - runner_up >= MATCH_MARGIN


def terms_shared(index: ClaimIndex, claim_id: str, text: str, content: str) -> int | None:
    """How many terms of the text (its content, or the whole text, the more kept)
    the claim's texts use; None when the claim holds only its own text."""
    if index.members(claim_id) < 2:
        return None
    return max(index.shared_terms(query, claim_id) for query in dict.fromkeys((content, text)))


def weigh(
    index: ClaimIndex, claim_id: str, text: str, content: str, runner_up: str | None = None
) -> Evidence | None:
    """What a text shares with a claim beyond its score (`Evidence`); None when the
    claim holds only its own text. The shared terms are counted on the text's
    content or the whole text, the more kept (`terms_shared`); the rest on the
    whole text, each word in any related form the index knows and each number
    as any of the claim's near it (`_near_numbers`). `runner_up` is
    the second-best claim for the text, if any: whether it tells of the
    claim's story, naming one of its named actors or two of its parties (its
    statements' or its text's)."""
    from claimtrack.grouping import same_story as same_story_of
    from claimtrack.normalise import PARTY_ACTOR

    shared = terms_shared(index, claim_id, text, content)
    if shared is None:
        return None
    members = index.members(claim_id)
    profile = index.profile(claim_id)
    terms = index.terms(text)
    said = set(terms.all)
    used = {term for term in said if term in profile}
    apart = _forms_apart(index, claim_id, text, terms.words)
    for word in terms.words:
        forms = [*index.forms(word), *_near_numbers(word, profile), *apart.get(word, ())]
        said.update(forms)
        if word not in profile:
            form = next((form for form in forms if form in profile), None)
            if form is not None:
                used.add(form)
    converted = _converted(terms.words, profile)
    said.update(converted)
    used.update(converted)
    said.update(_spelled_out(index, claim_id, text))
    said.update(_named_by_title(index, claim_id, set(terms.words)))
    distinct = sum(
        1 for term in used if index.claims_using(term, DISTINCT_CLAIMS) <= DISTINCT_CLAIMS
    )
    actors = _named(index, claim_id)
    named = {actor.removeprefix(PARTY_ACTOR) for actor in actors} - _shouted(index, claim_id)
    least = MAIN_SHARE * members
    main = [
        term
        for term, count in profile.items()
        if count >= least or _texts_using(index, profile, term) >= least
    ]
    words = [term for term in main if term not in named]
    predicate = sum(1 for term in words if term in said) / len(words) if words else None
    missing = _names_missing([term for term in main if term in named], named, said)
    same_story = runner_up is not None and same_story_of(actors, _named(index, runner_up))
    return Evidence(shared, distinct, predicate, missing, same_story)


# A person the claim's texts name with a title, before the name or set beside
# it ("Sergeant-at-Arms Kevin Vickers", "Kevin Vickers, the Sergeant-at-Arms",
# "King Abdullah"), is named by a text that gives the title alone: "Emotional
# sergeant-at-arms is greeted back ..." speaks of Kevin Vickers. A name is
# read as up to `TITLED_NAME_WORDS` capitalised words.
_TITLE_TOKEN = re.compile(r"[A-Za-z][\w.'-]*|,")
TITLED_NAME_WORDS = 3


def _named_by_title(index: ClaimIndex, claim_id: str, words: set[str]) -> set[str]:
    """The terms of the names a claim's first texts give with a title
    (`entities.TITLE_WORDS`, one word or several) whose terms the text's
    `words` (the index's) all give: titles before a name of capitalised
    words, or after one, set off by a comma and "the" (`_titles_of`)."""
    found: set[str] = set()
    for title, name in _titles_of(index, claim_id):
        if all(term in words for term in title):
            found.update(name)
    return found


# Each index's claims' titled names (`_titles_of`), by claim and the number of
# first texts read: a claim's first texts only grow.
_TITLES: weakref.WeakKeyDictionary[ClaimIndex, dict[tuple[str, int], list[_Titled]]] = (
    weakref.WeakKeyDictionary()
)
_Titled = tuple[tuple[str, ...], tuple[str, ...]]


def _titles_of(index: ClaimIndex, claim_id: str) -> list[_Titled]:
    """The terms of each title and of the name it is given with in a claim's
    first texts (`_titled_names`), worked out once per claim."""
    from claimtrack.entities import TITLE_WORDS

    said = index.said(claim_id)
    known = _TITLES.setdefault(index, {})
    key = (claim_id, len(said))
    found = known.get(key)
    if found is None:
        found = []
        for text in said:
            for title, name in _titled_names(_TITLE_TOKEN.findall(text), TITLE_WORDS):
                title_terms = index.terms(" ".join(title).lower()).words
                if title_terms:
                    found.append((title_terms, index.terms(" ".join(name)).words))
        known[key] = found
    return found


def _titled_names(
    tokens: Sequence[str], titles: frozenset[str]
) -> Iterable[tuple[Sequence[str], Sequence[str]]]:
    """(title, name) of each name `tokens` give with a run of `titles` before it
    ("Chief Warden Alma Brevik": "Chief", "Warden Alma Brevik") or after it
    ("Alma Brevik, the chief warden": "chief")."""

    def title_at(at: int) -> int:
        end = at
        while end < len(tokens) and tokens[end].lower() in titles:
            end += 1
        return end

    def name_at(at: int) -> int:
        end = at
        while (
            end < len(tokens)
            and end - at < TITLED_NAME_WORDS
            and tokens[end][:1].isupper()
            and tokens[end].lower() not in titles
        ):
            end += 1
        return end

    at = 0
    while at < len(tokens):
        end = title_at(at)
        if end > at:
            name_end = name_at(end)
            if name_end > end:
                yield tokens[at:end], tokens[end:name_end]
            at = max(end, name_end)
            continue
        name_end = name_at(at)
        if name_end > at:
            if tokens[name_end : name_end + 2] in (
                [",", "the"],
                [",", "The"],
            ):
                after = title_at(name_end + 2)
                if after > name_end + 2:
                    yield tokens[name_end + 2 : after], tokens[at:name_end]
            at = name_end
            continue
        at += 1


def _texts_using(index: ClaimIndex, profile: Mapping[str, int], term: str) -> int:
    """How many of a claim's texts use a word, in any of its inflected forms the
    claim's texts use (`INFLECTION_LETTERS`): "castration" beside "castrated".
    A text using two of its forms counts once for each."""
    count = profile[term]
    for form in index.forms(term):
        inflected = form.startswith(term) or term.startswith(form)
        if inflected and form in profile and abs(len(form) - len(term)) <= INFLECTION_LETTERS:
            count += profile[form]
    return count


_SHOUTED = re.compile(rf"\b[A-Z]{{{SHOUTED_LETTERS},}}\b")
_NAME_WORD = re.compile(r"(?<=\s)[A-Z][a-z]+\b")


def _shouted(index: ClaimIndex, claim_id: str) -> set[str]:
    """Words a claim's first texts write in capitals of `SHOUTED_LETTERS` or more
    ("undergoing BRAIN SURGERY"), as the index's terms, that none of them
    writes as a name ("Surgery" after a text's first word, not in a headline's
    Title Case): ordinary words, though `normalise.actors_of` reads every
    capitalised word as a name."""
    from claimtrack.normalise import UNKNOWN_ACTORS

    said = index.said(claim_id)
    shouted = set(_SHOUTED.findall("\n".join(said)))
    if not shouted:
        return set()
    # A headline's Title Case capitalises every word: it writes no name as such.
    names = {
        word.upper()
        for text in said
        if UNKNOWN_ACTORS not in index.normal(text).actors
        for word in _NAME_WORD.findall(text)
    }
    return {term for word in shouted - names for term in index.terms(word.lower()).words}


# A word of the text in capitals of two to five letters may be an acronym; a
# name of the claim's texts is what it stands for when the initials of its
# capitalised words spell it ("FSU", "Florida State University"), the small
# words between them left out ("Islamic State of Iraq").
_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][a-z]+)+")
_SMALL_WORDS = frozenset({"of", "and", "the", "for"})


def _spelled_out(index: ClaimIndex, claim_id: str, text: str) -> set[str]:
    """The terms of the names in a claim's first texts that an acronym of the text
    stands for: "FSU" gives the terms of "Floria State University". Only a
    text's capitals that name no party, in a text not written in capitals
    throughout, and names of a text not in a headline's Title Case (where
    every word is capitalised, names or not)."""
    from claimtrack.normalise import UNKNOWN_ACTORS

    if text.isupper():
        return set()
    acronyms = {word for word in _ACRONYM.findall(text) if not index.terms(word).parties}
    if not acronyms:
        return set()
    found: set[str] = set()
    for said in index.said(claim_id):
        if UNKNOWN_ACTORS in index.normal(said).actors:
            continue
        for run in _CAPITALISED_RUN.finditer(said):
            words = [word for word in run[0].split() if word not in _SMALL_WORDS]
            initials = "".join(word[0] for word in words)
            for acronym in acronyms:
                at = initials.find(acronym)
                if at >= 0:
                    found.update(index.terms(" ".join(words[at : at + len(acronym)])).all)
    return found


# A name of this many letters or more that the claim's texts also spell one
# letter apart (one letter added, left out, changed or two swapped) is one name
# misspelt: "Floria" and "Florida", "Daivd" and "David".
MISSPELT_LETTERS = 5


def _names_missing(names: Iterable[str], named: set[str], said: set[str]) -> int:
    """How many of a claim's main names (as terms) the text does not give: a name
    is given when the text gives it in another spelling of it that the claim's
    texts use (`named`, one letter apart: `MISSPELT_LETTERS`), and two names
    left out that are one spelt two ways count once."""
    missing: list[str] = []
    for name in names:
        if name in said or any(o in said and _misspelt(name, o) for o in named if o != name):
            continue
        if not any(_misspelt(name, other) for other in missing):
            missing.append(name)
    return len(missing)


def _misspelt(name: str, other: str) -> bool:
    """Whether two names are one spelt one letter apart (`MISSPELT_LETTERS`)."""
    from rapidfuzz.distance import OSA

    return (
        min(len(name), len(other)) >= MISSPELT_LETTERS
        and name[0] == other[0]
        and OSA.distance(name, other, score_cutoff=1) <= 1
    )


def _named(index: ClaimIndex, claim_id: str) -> set[str]:
    """The named actors and parties of a claim's statements and of its text."""
    return index.actors(claim_id) | index.normal(index.claim_text(claim_id)).actors


# A web address, with the "Read more:" or "Read more at <site>:" that points
# to it: where a text was found, not what it says ("... NSA Project Read
# more: http://www.example.com/2014/12/...").
_ADDRESS = re.compile(
    r"(?:\s*\bread\s+more\b[^:\n]{0,40}:)?\s*(?:\bhttps?:\S*|\bwww\.\S+)", re.IGNORECASE
)


# Where a word of four letters or more runs into a capitalised one inside a
# token ("IraqRunning", "AbuseWhy"): a page's list of other stories' titles,
# copied with the text, glues each title to the end of the one before ("... in
# IraqRunning ScaredVikings Star ... AbuseWhy the Military ..."). A name is
# seldom written so, and seldom in threes ("LinkedIn", "HairGate"; "PayPal",
# "MacBook" and "McDonald" glue a shorter word): `GLUED_TITLES` such tokens,
# each another, are titles run together, and the text ends where the first
# one begins.
_GLUED = re.compile(r"\b[A-Za-z][a-z]{3,}(?=([A-Z][a-z]*)\b)")
GLUED_TITLES = 3


def without_addresses(text: str) -> str:
    """`text` without its web addresses and the "Read more:" before them, and
    without a list of other stories' titles glued to its end (`GLUED_TITLES`);
    the text itself when nothing else is left."""
    glued = list(_GLUED.finditer(text))
    if len({found[0] + found[1] for found in glued}) >= GLUED_TITLES:
        text = text[: glued[0].end()].rstrip()
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:
        return text
    return _ADDRESS.sub("", text).strip() or text


def rank_claims(index: ClaimIndex, text: str, content: str, limit: int) -> list[tuple[str, float]]:
    """Claims for a text, best first, with scores (0-100), at most `limit` of them.

    Each claim is scored on the text's content (what its speaker says) and on
    the whole text, the better kept: a headline's attribution ("Analyst: ...")
    is no part of what it says, but a content cut too short loses its subject.
    The claims scored are those sharing most of the text's rarest terms
    (`SHARING_CLAIMS`, or `limit` if more), each counted once and scored on
    all of its examples: a claim with many examples must not hide the
    runner-up the rule compares it with, nor the other claims `--top` lists.
    A claim that shares nothing with the text (score 0) is no candidate. Ties
    go by claim id, so the order is the same on every run.
    """
    scores: dict[str, float] = {}
    for query in dict.fromkeys(filter(None, (content, text))):
        for claim_id, score in index.sharing(query, max(limit, SHARING_CLAIMS)).items():
            scores[claim_id] = max(score, scores.get(claim_id, 0.0))
    ranked = sorted(
        ((claim_id, score) for claim_id, score in scores.items() if score > 0),
        key=lambda item: (-item[1], item[0]),
    )
    return ranked[:limit]


def tell_apart(
    index: ClaimIndex, ranked: list[tuple[str, float]], text: str
) -> list[tuple[str, float]]:
    """`ranked` (`rank_claims`) with the two best claims swapped when the text's
    terms tell them apart the other way from their scores (`_told_apart`): match's
    own rule ranks so, a plain bar keeps the scores' order."""
    if len(ranked) < 2 or not _told_apart(index, text, ranked[0], ranked[1]):
        return ranked
    return [ranked[1], ranked[0], *ranked[2:]]


def _told_apart(
    index: ClaimIndex, text: str, best: tuple[str, float], second: tuple[str, float]
) -> bool:
    """Whether the second-best claim is the text's rather than the best: both hold
    statements, score within `TIE_POINTS`, and the text's terms that the second's
    texts use and the best's do not weigh more than those the other way round,
    each weighing the share of its claim's texts that use it, divided among the
    claims that use it (`_weight`; a word in any related form the index knows,
    a number as one near it). When those weigh the same (most often both
    claims' statements use every term of the text alike) and the two claims
    tell of one story, their own texts decide: the one whose text states more
    of the text's terms that the other's text does not (`_stated`), as a
    claim's text is its proposition put plainly."""
    if best[1] - second[1] > TIE_POINTS:
        return False
    if index.members(best[0]) < 2 or index.members(second[0]) < 2:
        return False
    terms = index.terms(text)
    first_uses = _terms_used(index, best[0], text, terms)
    second_uses = _terms_used(index, second[0], text, terms)
    second_own = {term: form for term, form in second_uses.items() if term not in first_uses}
    first_own = {term: form for term, form in first_uses.items() if term not in second_uses}
    second_weight = _weight(index, second[0], terms, second_own)
    first_weight = _weight(index, best[0], terms, first_own)
    if second_weight != first_weight:
        return second_weight > first_weight
    if _stated(index, second[0], best[0], terms) <= _stated(index, best[0], second[0], terms):
        return False
    from claimtrack.grouping import same_story

    return same_story(_named(index, best[0]), _named(index, second[0]))


def _stated(index: ClaimIndex, claim_id: str, other: str, terms: Terms) -> int:
    """How many of the text's terms a claim's own text uses that the other claim's
    own text does not (each word in any related form the index knows, a number
    as one near it: "5,000" is stated by "4,999" as much as by "5,000")."""
    own = set(index.terms(index.claim_text(claim_id)).all)
    theirs = set(index.terms(index.claim_text(other)).all)
    count = 0
    for term in terms.all:
        forms = {term}
        if term in terms.words:
            forms.update(index.forms(term))
            forms.update(_near_numbers(term, own | theirs))
        count += bool(forms & own) and not forms & theirs
    return count


def _terms_used(index: ClaimIndex, claim_id: str, text: str, terms: Terms) -> dict[str, str]:
    """The text's terms (its words and parties) that a claim's texts use, each with
    the form they use it in (a word in any related form the index knows, a
    number as one of the claim's near it)."""
    profile = index.profile(claim_id)
    used = {term: term for term in terms.all if term in profile}
    apart = _forms_apart(index, claim_id, text, terms.words)
    for word in terms.words:
        if word not in used:
            forms = [*index.forms(word), *_near_numbers(word, profile), *apart.get(word, ())]
            form = next((form for form in forms if form in profile), None)
            if form is not None:
                used[word] = form
    return used


# Forms of one word that the stemmer leaves apart and the index's related forms
# (a stem of five letters or more that starts the other) do not join:
# - a noun in "-ation" and the verb in "-ate" it names the act of ("urination",
#   "urinating"; "donations", "donated"): the stems differ by "at" ("urin",
#   "urinat"), too short a stem for the index;
# - a word in "-man" and its plural in "-men" ("woman", "women"; "gunman",
#   "gunmen"), which no suffix makes.
_ACTION_NOUN = re.compile(r"\b([a-z]{3,})ations?\b")
_MAN_OR_MEN = ("man", "men")
# - an irregular verb's plain form, past and past participle ("shoot", "shot";
#   "catch", "caught"; "eat", "eaten"; `verbforms.IRREGULAR`): a past or a
#   participle of `IRREGULAR_LETTERS` or more only, as a shorter one is as
#   often another word ("fed", "won", "led", "saw").
IRREGULAR_LETTERS = 4
_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {}


def _irregular_forms() -> dict[str, tuple[str, ...]]:
    """Each term of an irregular verb's form with the terms of its other forms
    (`IRREGULAR_LETTERS`): "shot" with "shoot", "caught" with "catch". Made on
    first asking."""
    if _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS
    from claimtrack.normalise import token_stem
    from claimtrack.verbforms import IRREGULAR

    found: dict[str, dict[str, None]] = {}
    for plain, (past, done) in IRREGULAR.items():
        forms = [plain, *(form for form in (*past, *done) if len(form) >= IRREGULAR_LETTERS)]
        terms = set(filter(None, map(token_stem, forms)))
        for term in terms:
            found.setdefault(term, {}).update(dict.fromkeys(sorted(terms - {term})))
    _IRREGULAR_FORMS.update((term, tuple(others)) for term, others in found.items() if others)
    return _IRREGULAR_FORMS


def _forms_apart(
    index: ClaimIndex, claim_id: str, text: str, words: Sequence[str]
) -> dict[str, list[str]]:
    """Each stem of a text's word (`words`, the index's) with the stems of the same
    word in another form that the stemmer leaves apart (`_ACTION_NOUN`,
    `_MAN_OR_MEN`, `_irregular_forms`): the text's "urination" is the claim's
    "urinating", its "urinated" the claim's "urination" (the claim's texts
    giving the noun), its "women" the claim's "woman", its "shot" the claim's
    "shoot"."""
    from claimtrack.normalise import stem

    pairs: dict[str, str] = {}
    lowered = text.lower()
    if "ation" in lowered:
        found = _ACTION_NOUN.findall(lowered)
        pairs = {stem(f"{base}ation"): stem(f"{base}ate") for base in found}
    if any(len(word) > 4 and word.endswith("at") for word in words):
        # A verb in "-ate" ("urinated" is "urinat"), whose noun the claim's texts may give.
        theirs = "\n".join(index.said(claim_id)).lower()
        for base in dict.fromkeys(_ACTION_NOUN.findall(theirs)):
            pairs.setdefault(stem(f"{base}ate"), stem(f"{base}ation"))
    apart = {word: [form] for word, form in pairs.items() if form != word}
    irregular = _irregular_forms()
    for word in words:
        if word.endswith(_MAN_OR_MEN):
            apart.setdefault(word, []).append(word[:-2] + ("en" if word.endswith("an") else "an"))
        others = irregular.get(word)
        if others:
            apart.setdefault(word, []).extend(others)
    return apart


def _near_numbers(word: str, terms: Iterable[str]) -> list[str]:
    """The numbers among `terms` that a number `word` may stand for, rounded: other
    numbers within `NEAR_NUMBER_SHARE` of it ("5000" for "4999"). Nothing for a
    word that is no number, or one of fewer than `NEAR_NUMBER_DIGITS` digits."""
    if len(word) < NEAR_NUMBER_DIGITS or not word.isdigit():
        return []
    value = int(word)
    return [term for term in terms if term != word and term.isdigit() and _near(int(term), value)]


def _near(one: float, other: float) -> bool:
    """Whether two numbers are one given rounded: within `NEAR_NUMBER_SHARE`."""
    return abs(one - other) <= NEAR_NUMBER_SHARE * max(one, other)


_MEASURE = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")


def _measures(words: Sequence[str]) -> list[tuple[float, str]]:
    """The measures among a text's words (the index's terms, in text order): a number
    followed by a unit of `UNITS` ("127", "kg"), or the two written as one word
    ("127kg"), each as its number and its unit."""
    found = []
    for at, word in enumerate(words):
        glued = _MEASURE.fullmatch(word)
        if glued is not None and glued[2] in UNITS:
            found.append((float(glued[1]), glued[2]))
        elif at + 1 < len(words) and words[at + 1] in UNITS and _is_number(word):
            found.append((float(word), words[at + 1]))
    return found


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def _converted(words: Sequence[str], profile: Mapping[str, int]) -> set[str]:
    """The claim's terms that a measure of the text gives in another unit
    (`UNITS`, `NEAR_NUMBER_SHARE`): for "127 kg", a claim's "280" and "pound" (the number and
    the unit's word, as its texts write them); nothing for a measure whose unit
    the claim's texts never name, or whose number, converted, none of theirs is
    near."""
    measures = _measures(words)
    if not measures:
        return set()
    theirs = [(term, UNITS[term]) for term in profile if term in UNITS]
    if not theirs:
        return set()
    numbers = [(term, float(term)) for term in profile if _is_number(term)]
    found: set[str] = set()
    for value, unit in measures:
        kind, size = UNITS[unit]
        for term, (its_kind, its_size) in theirs:
            if its_kind != kind or its_size == size:
                continue
            wanted = value * size / its_size
            near = [n for n, v in numbers if _near(v, wanted)]
            if near:
                found.update(near)
                found.add(term)
    return found


def _weight(index: ClaimIndex, claim_id: str, terms: Terms, own: Mapping[str, str]) -> float:
    """What the text's terms in `own` (each with the form the claim uses it in) tell
    for a claim: the share of its texts that use each, divided by the claims of
    the ledger that use it (`TELLING_CLAIMS` at most), summed. Words next to each
    other in the text that the claim's texts use equally often are one name or
    phrase ("Tim Cook", "Kim Jong-un") and count once, as their weightiest."""
    profile = index.profile(claim_id)

    def weight(form: str) -> float:
        return profile[form] / max(index.claims_using(form, TELLING_CLAIMS), 1)

    words = set(terms.words)
    total = sum(weight(form) for term, form in own.items() if term not in words)
    seen: set[str] = set()
    phrase, last_at, last_count = 0.0, -2, -1
    for at, word in enumerate(terms.words):
        form = own.get(word)
        if form is None or form in seen:
            continue
        seen.add(form)
        count = profile[form]
        if at == last_at + 1 and count == last_count:
            phrase = max(phrase, weight(form))
        else:
            total += phrase
            phrase = weight(form)
        last_at, last_count = at, count
    return (total + phrase) / max(index.members(claim_id), 1)


def decide(
    ranked: list[tuple[str, float]],
    threshold: float | None = None,
    shared: int | Evidence | None = None,
) -> tuple[str | None, float]:
    """The claim a text speaks about, or None, and the best score seen.

    With a `threshold`, the best claim is taken when it scores that much (a
    plain bar, as the user asked for); without one, by `accepts`, with what
    the best claim `shared` with the text (`weigh`).
    """
    if not ranked:
        return None, 0.0
    claim_id, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    taken = accepts(score, runner_up, shared) if threshold is None else score >= threshold
    if not taken:
        # `tell_apart` may rank a claim above one that scores more: with no
        # claim taken, the score is still the best seen.
        return None, max(seen for _, seen in ranked)
    return claim_id, score
