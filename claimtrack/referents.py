"""Who a statement speaks of, as its article says: the named actors grouping compares.

Two outlets word one proposition differently: one names the actor ("Plant
rejected the deal"), the other leaves it to its article ("he rejected the
deal", "the singer ripped up the contract", "there was an enormous sense of
shock"). Grouping tells stories apart by the named actors statements share
(`grouping.same_story`), so the second would stand apart from the first. Read
with its article, a statement speaks of more actors than its words name:

1. its speaker's party, when extraction resolved one ("he" speaking for Boko
   Haram; "the congressman" who is Duncan Hunter);
2. a name that opens its content ("Banksy was arrested"): an opening capital
   may be any word, so it counts when the article writes the word with a
   capital inside a sentence too;
3. the rest of a full name the article gives: "Robert" and "Plant" both
   stand for "Robert Plant", unless another full name shares the word;
4. the article's main actors, for a content that names no one of its own but
   speaks of someone ("he", "they", "the band", "the militants"): of the names
   the article's lead gives, those it names in the most paragraphs;
5. the person a description it opens on names again ("the Dark Knight star
   will play Jobs" a paragraph after "Christian Bale didn't have to
   audition"): the one person the article named just before
   (`_person_described`), kept in `Statement.described` too, so that a claim
   the statement starts says whom;
6. what a "such" in it points at, the names and parties its own sentence gives
   before it ("Boko Haram laughed off Nigeria's announcement of a ceasefire
   agreement, saying there is no such deal" denies Nigeria's deal);
7. the party a description in it stands for, as the article resolved it
   (`describe`: "the militant sect" of an article telling of Boko Haram), and
   that of such a description inside what another was made ("the deal" as
   "the deal with the militant sect").

Per-article work, done where the article is extracted (in a `--jobs`
worker): `referents_in` gives each statement these actors as grouping's terms
write them (`normalise.actors_of`), in `Statement.refers`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from claimtrack import entities
from claimtrack.model import Statement, changed
from claimtrack.normalise import PARTY_ACTOR, UNKNOWN_ACTORS, MentionFinder, actors_of, mark_parties

# Put before a phrase so that its first word does not open a sentence.
_INSIDE = "of "


def referents_in(
    article: str, statements: Sequence[Statement], finder: MentionFinder, body: int = 0
) -> list[Statement]:
    """`statements` of `article`, each with the actors it speaks of beyond its words
    (`Statement.refers`): its speaker's party, a name opening its content, the
    rest of a full name it gives part of, the article's main actors when its
    content speaks of someone it does not name. `body` is where the article
    itself starts in `article` (after any title and byline)."""
    if not statements:
        return []
    text = article[body:]
    # Worked out when first needed: names written inside a sentence (a capital
    # there opens none), the full names, the main actors.
    known: set[str] | None = None
    fuller: dict[str, frozenset[str]] | None = None
    main: frozenset[str] | None = None
    parties: dict[str, frozenset[str]] = {}
    told = _parties_described(statements, finder)
    out = []
    for statement in statements:
        person = None
        if statement.about is None and DESCRIBED_PERSON.match(statement.content):
            person = _person_described(article, body, statement)
            if person is not None:
                statement = changed(statement, described=(*statement.described, person))
        content = statement.about or statement.content
        named = _named(content)
        if person is not None:
            named |= {_key(word) for word in person[1].split()} - {""}
        opening = _OPENING_CAPITAL.match(content)
        if opening is not None and _key(opening.group(1)):
            if known is None:
                known = {_key(word) for word in _MID_CAPITAL.findall(text)}
            if _key(opening.group(1)) not in known:
                named.discard(_key(opening.group(1)))  # "Officials", "Commitment": no name
        refers = set(named)
        if named and fuller is None:
            fuller = _full_names(text)
        for actor in named:
            refers |= fuller.get(actor, frozenset()) if fuller else frozenset()
        if statement.party:
            party = parties.get(statement.party)
            if party is None:
                party = parties[statement.party] = _names(
                    actors_of(mark_parties(_INSIDE + statement.party, finder))
                )
            refers |= party
        if _SUCH.search(content):
            refers |= _named_before(statement, finder)
        refers |= _described_actors(statement, finder, told)
        if not named and _REFERRING.search(content):
            # "he", "the band": of nobody it names, so of whom its article is about.
            if main is None:
                main = main_actors(text, finder)
            refers |= main
        if refers:
            statement = changed(statement, refers=tuple(sorted(refers)))
        out.append(statement)
    return out


def main_actors(article: str, finder: MentionFinder) -> frozenset[str]:
    """Whom an article is about: of the names its lead (its first paragraph)
    gives, those the most paragraphs name, when a later one names them again.
    Parties aside: the states and bodies a story involves are named across
    many stories."""
    paragraphs = [line for line in article.splitlines() if line.strip()]
    if len(paragraphs) < 2:
        return frozenset()
    lead = actors_of(mark_parties(paragraphs[0], finder))
    # Each of the lead's names by the words that write it ("Plant" for "plant").
    written: dict[str, set[str]] = {}
    for word in _CAPITAL.findall(paragraphs[0]):
        key = _key(word)
        if key in lead and not key.startswith(PARTY_ACTOR):
            written.setdefault(key, set()).add(word)
    counts = Counter(
        key
        for paragraph in paragraphs
        for key, words in written.items()
        if any(word in paragraph for word in words)
    )
    most = max(counts.values(), default=0)
    if most < 2:
        return frozenset()
    return frozenset(actor for actor, count in counts.items() if count == most)


# A capitalised word; one after a lower-case word or a comma, inside a sentence;
# one that opens a text.
# (Each opens on its capital and looks behind it: the regex engine then skips
# to the next capital instead of trying a lookbehind at every character.)
_CAPITAL = re.compile(r"[A-Z](?<![\w'\u2019-].)[\w'\u2019-]*")
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9,] .)[\w'\u2019-]*")
_OPENING_CAPITAL = re.compile(r"^\W*([A-Z][\w'\u2019-]*)")
# Two or three capitalised words in a row: a full name ("Robert Plant", "Abubakar Shekau").
_FULL_NAME = re.compile(
    r"[A-Z](?<![\w'\u2019.-].)[a-z][\w'\u2019-]* (?:[A-Z][a-z][\w'\u2019-]* )?"
    r"[A-Z][a-z][\w'\u2019-]*(?![\w-])"
)


def _named(content: str) -> set[str]:
    """The names a content gives, its first word too, as `normalise.actors_of`
    reads names: a capital after the opening of a sentence or quotation is none."""
    named = set()
    for match in _CAPITAL.finditer(content):
        before = content[: match.start()].rstrip()
        if match.start() and before and before[-1] in _OPENERS:
            continue
        key = _key(match.group())
        if key:
            named.add(key)
    return named


_OPENERS = frozenset('.!?:;"\u201c\u201d([\u2014')


@functools.lru_cache(maxsize=1 << 14)
def _key(word: str) -> str:
    """A capitalised word as a named actor (`normalise.actors_of`): "Plant" -> "plant"."""
    found = actors_of([(_INSIDE + word, None)])
    return min(found) if found else ""


def _full_names(article: str) -> dict[str, frozenset[str]]:
    """Per name word, the other words of the one full name the article gives with it:
    "Robert" and "Plant" stand for "Robert Plant". A word of two different full
    names ("John" of "John Bonham" and "John Paul Jones") stands for neither."""
    found: dict[str, set[frozenset[str]]] = {}
    for match in set(_FULL_NAME.findall(article)):
        words = frozenset(_key(word) for word in match.split()) - {""}
        if len(words) > 1:
            for word in words:
                found.setdefault(word, set()).add(words)
    return {word: next(iter(names)) - {word} for word, names in found.items() if len(names) == 1}


# Who a content speaks of without naming: a pronoun of the third person, or a
# description of a person or a body ("the band", "the artist", "the militants").
_REFERRING_NOUNS = (
    "man woman boy girl person star actor actress singer rapper artist musician band "
    "frontman guitarist player director congressman congresswoman lawmaker senator leader "
    "militant militants fighter fighters jihadist group organisation organization movement "
    "sect militia company firm team club agency"
)
# "No such deal", "any such plan": a thing of the kind named before ("such as" lists).
_SUCH = re.compile(r"(?i)\bsuch\s+(?!as\b)[a-z]")
_REFERRING = re.compile(
    r"(?i:\b(?:he|she|him|his|her|they|them|their)\b)|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(_REFERRING_NOUNS.split())
    + r")s?\b"
)


def _named_before(statement: Statement, finder: MentionFinder) -> frozenset[str]:
    """The named actors and parties its sentence gives before its content, which a
    "such" in the content points at: "laughed off Nigeria's announcement of a
    truce, saying there is no such deal" speaks of Nigeria's deal."""
    head = statement.quote.partition(statement.content)[0]
    if not head.strip():
        return frozenset()
    return _names(actors_of(mark_parties(head, finder)))


def _parties_described(
    statements: Sequence[Statement], finder: MentionFinder
) -> dict[str, frozenset[str]]:
    """Per description an article's statements hold, lower-cased, the parties the
    article resolved it to (`_named_parties`): "the militant sect" -> Boko Haram's."""
    told: dict[str, frozenset[str]] = {}
    for statement in statements:
        for description, named in _named_parties(statement, finder):
            told.setdefault(description.lower(), named)
    return told


def _named_parties(
    statement: Statement, finder: MentionFinder
) -> Iterator[tuple[str, frozenset[str]]]:
    """Each definite description in its content that the article made a party's
    name and nothing more (`Statement.described`, `describe.descriptions_in`),
    with that party: "the militant group" of an article telling of one armed
    group is that group ("Boko Haram"), "the agency" beside "the Secret Service"
    the United States. A person ("the woman" who is Li Zhenghua) names someone
    besides any party of their name."""
    for description, instead in statement.described:
        if _DEFINITE.match(description) and not _DEFINITE.match(instead):
            named = _party_named(description, instead, finder)
            if named:
                yield description, named


def _described_actors(
    statement: Statement, finder: MentionFinder, told: dict[str, frozenset[str]]
) -> frozenset[str]:
    """The parties the descriptions in its content stand for, as the article
    resolved them (`_named_parties`). A description names no actor of its own,
    so without them a content that tells of a party by what it is stays apart
    from one that names it. A description made longer ("the deal" -> "the deal
    with the militant group") stands for the parties of a description it then
    holds that the article resolved (`told`)."""
    found = {party for _, named in _named_parties(statement, finder) for party in named}
    for description, instead in statement.described:
        if _DEFINITE.match(description) and _DEFINITE.match(instead):
            found.update(
                party
                for held, named in told.items()
                if held in instead.lower() and held not in description.lower()
                for party in named
            )
    return frozenset(found)


# A definite description: "the militant sect", "this group".
_DEFINITE = re.compile(r"(?i:the|this|these|those)\s")


def _party_named(description: str, instead: str, finder: MentionFinder) -> frozenset[str]:
    """The party `instead` names when it names nothing else that `description`
    does not: "Boko Haram", "Nigeria's government" (not "Li Zhenghua")."""
    mine = actors_of(mark_parties(_INSIDE + description, finder))
    named = _names(actors_of(mark_parties(_INSIDE + instead, finder)) - mine)
    if not named or any(not actor.startswith(PARTY_ACTOR) for actor in named):
        return frozenset()
    return named


def _names(actors: frozenset[str]) -> frozenset[str]:
    return actors - {UNKNOWN_ACTORS}


# A person named by what they do or are known for, as the subject a content
# opens on: "the actor has fallen off the biopic", "the Dark Knight star will
# play Jobs" (a work's title before the noun), "the singer". Not followed by
# what says which one it is ("the actor who", "the star of"): that is read in
# the claim text (`describe`).
DESCRIBED_PERSON = re.compile(
    r"(?P<description>[Tt]he\s+(?:(?:[A-Z][\w'\u2019-]*\s+){1,3}|(?:(?!turned\b)[a-z][\w-]*\s+){0,2})"
    r"(?P<noun>star|actor|actress|singer|rapper|musician|guitarist|drummer|frontman|"
    r"comedian|tycoon|billionaire|screenwriter|filmmaker|novelist))"
    r"\s+(?!of\b|and\b|or\b|who\b|whose\b|turned\b)(?=[a-z])"
)
_SPEAKS_FOR = re.compile(r"\b(?:for|of)\b|['\u2019]s?(?!\w)")
# How far back a description reaches for the person it names: its own
# paragraph and the one before it.
_DESCRIBED_PARAGRAPHS = 2


def _person_described(article: str, body: int, statement: Statement) -> tuple[str, str] | None:
    """The description of a person `statement`'s content opens on ("the Dark
    Knight star will play Jobs") and the person's name, when the article named
    just one person just before it (its paragraph and the one before):
    "Christian Bale didn't have to audition ... says screenwriter Aaron Sorkin.
    ... Sorkin told ... that the Dark Knight star will play Jobs" -> ("the Dark
    Knight star", "Christian Bale"). Neither the speaker nor anyone the rest of
    the content names ("Jobs") is who it describes; two persons left, or none,
    leave it as written. A description is how English names again someone
    just named, without repeating the name."""
    found = DESCRIBED_PERSON.match(statement.content)
    if found is None or statement.content_span is None:
        return None
    start = statement.content_span[0]
    if not body <= start <= len(article):
        return None
    before = article[body:start]
    paragraphs = [p for p in before.split("\n") if p.strip()]
    window = "\n".join(paragraphs[-_DESCRIBED_PARAGRAPHS:])
    speaker = {_key(word) for word in (statement.speaker or "").split()} - {""}
    # A speaker named for someone else ("a spokesman for Hunter", "Bale's
    # publicist") may speak of that one by the description: no one is excluded
    # for it, and the description is left as written.
    speaks_for = _SPEAKS_FOR.search(statement.speaker or "") is not None
    named = _named(statement.content[found.end() :])
    people: dict[str, str] = {}
    for match in _FULL_NAME.finditer(window):
        name = match.group()
        seen = entities.name_in(name)
        if seen is None or seen.kind != entities.PERSON or seen.name != name:
            continue
        keys = {_key(word) for word in name.split()} - {""}
        if keys & speaker and speaks_for:
            return None
        if not keys or keys & speaker or keys & named:
            continue
        people.setdefault(_key(name.split()[-1]), name)
    if len(people) != 1:
        return None
    ((surname, name),) = people.items()
    # The name as the article writes it most ("Macaulay Culkin", not the page
    # "Rip Macaulay Culkin" of the paragraph before); as written just before, of
    # two written as often.
    forms = {name} | {
        match.group()
        for match in _FULL_NAME.finditer(before)
        if _key(match.group().split()[-1]) == surname
    }
    return found.group("description"), max(
        forms, key=lambda form: (before.count(form), form == name, -len(form))
    )
