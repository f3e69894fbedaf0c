"""Find attributed statements: who spoke, the cue, the content, with exact spans.

How it works, per article:

1. One compiled, case-sensitive pattern scans the whole body once for cue
   candidates (`said`, `according to`, `was quoted as saying`, `accused`,
   `called`, ...) and hedges (`reportedly`). Only paragraphs holding a cue
   or a quote mark are split into sentences; most of a long text is never
   read further.
2. Sentences inside one quotation (a quote that runs over several sentences
   or lines) are merged into one *unit*, so that a speaker named after a long
   quote gets all of it. Units longer than `MAX_UNIT` characters are cut into
   windows, and at most `_MAX_CUES` cues are read in one unit: the work per
   unit is bounded and a document of any shape takes linear time. Only units
   holding a cue, or opening a quotation, are tokenised (once per unit).
   Cues inside quotation marks are skipped: the quoted speaker's own reports
   belong to the quote, not to the article. Cue words used as nouns ("the AP
   report is"), in compounds ("self-described") or passives without an agent
   ("Sanders was asked") are not cues.
3. For each cue, the speaker is the minimal noun phrase next to it (before
   it: "Moscow pointed out"; after it when inverted: '"...," said Xi'; after
   "according to"); the content is the that-clause, quotation or object after
   the cue, or, for a trailing attribution ('"...," Sullivan said'; "...,
   the official said"), everything before the speaker. A negation belongs to
   the cue ("did not deny"); a coordinated or participle cue ("... and said",
   ", saying") takes the subject of the clause it continues.
4. Speakers are resolved to parties through the `PartyResolver`, then
   through the article's own memory: people introduced with a title keep
   their party in later mentions ("Singh", "Mr. Sullivan"); pronouns and bare
   titles ("he", "the official", "the leader") go to the last fitting
   speaker. Joint speakers give one statement per party.
5. Nested attribution ("Biden stressed ..., the official said") gives one
   statement per party in the chain: the innermost one, whose content is the
   claim itself. A statement never repeats a party within one unit, except
   when one speaker goes on to a second report of its own ("Graham called
   Trump “crazy” and said the party is bound to lose").
6. A quoted paragraph with no attribution of its own, right after an
   attributed quote, continues that speaker (cue None). A unit with no speaker
   but a hedge ("reportedly", "is believed to") becomes a statement with
   speaker None and the hedge as cue.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple
from weakref import WeakKeyDictionary

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import entities, gazetteer, verbforms
from claimtrack.claimtext import (
    last_seen,
    matter_judged,
    may_be,
    may_hold,
    names_a_thing,
    person_name,
    proposition,
    verb_word,
)
from claimtrack.model import Span, Stance, Statement, changed
from claimtrack.parties import (
    NAME_GLUE,
    THE_OPENING,
    NameBook,
    PartyResolver,
    builtin_kind,
    names_more_than_a_state,
    spelling_key,
)
from claimtrack.places import places_in
from claimtrack.segment import carries_on, in_headline, split_sentences, without_credits
from claimtrack.sources import Document
from claimtrack.stance import (
    DOUBT_ADJECTIVES,
    Lexicon,
    classify_stance,
    cue_denies_or_doubts,
    finite_clause,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_UNIT = 2000  # characters a pattern ever looks at in one go
_WINDOW = 130  # characters scanned on each side of a cue
_MAX_MERGED = 8  # sentences one quotation may span
_MAX_NP_TOKENS = 14
_MAX_SOURCE_TOKENS = 20
_MAX_CUES = 12  # cues read in one unit (nesting checks are quadratic in them)


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True)
class _Attribution:
    """One cue with its speaker and content, before parties are resolved."""

    speaker: Span | None
    resolve_text: str | None  # the fuller phrase used to find the party
    cue: Span | None
    cue_text: str | None
    content: Span
    content_text: str
    # The content is the noun phrase a judging cue takes as its object
    # ("condemned the attack as cowardly"), not a clause (`_JUDGING_LEMMAS`).
    phrase: bool = False
    # The noun a relative clause's content is said of, outside the content's
    # span: "the planes, which witnesses said appeared to be MiG 21s".
    said_of: str = ""
    # What the content's text leaves out of its span: the attribution set off
    # by commas inside the clause it interrupts (`_interrupted`).
    left_out: Span | None = None


@dataclass
class _Mention:
    text: str
    parties: tuple[str | None, ...]
    kind: str  # "person", "organisation" or "group"
    head: str


@dataclass
class _Memory:
    """What the article has said so far about who is who."""

    names: dict[str, str | None] = field(default_factory=dict)
    mentions: list[_Mention] = field(default_factory=list)

    def remember_name(self, name_tokens: list[str], party: str, *, by_first: bool = True) -> None:
        keys = {" ".join(name_tokens).lower(), name_tokens[-1].lower()}
        if len(name_tokens) > 1 and by_first:
            keys.add(name_tokens[0].lower())
        for key in keys:
            if key in self.names and self.names[key] != party:
                self.names[key] = None  # two people share it: never guess
            else:
                self.names[key] = party

    def last(self, accept: Callable[[_Mention], bool]) -> _Mention | None:
        for mention in reversed(self.mentions[-12:]):
            if accept(mention):
                return mention
        return None


def _without_role_topic(phrase: str) -> str:
    """A role phrase without what the role speaks on: "a government spokesman
    on Boko Haram" is its subject, not whom it speaks for ("on behalf of" is;
    "a subcommittee on Homeland Security" is a body's name)."""
    for found in _ROLE_TOPIC_RE.finditer(phrase):
        if found.group(1).lower() in entities.ROLES:
            return phrase[: found.end(1)]
    return phrase


def _names_a_body(speaker: str) -> bool:
    """Whether a speaker's own words name an outlet or an organisation, which no
    "his" or "her" stands for ("Press TV", "Sky News")."""
    named = entities.name_in(speaker)
    return named is not None and named.kind in (entities.MEDIA, entities.ORGANISATION)


def _names_an_outlet(speaker: str) -> bool:
    """Whether a speaker's own words name an outlet ("the Daily Star", "Sky News")."""
    named = entities.name_in(speaker)
    return named is not None and named.kind == entities.MEDIA


# A person given one name alone: "the woman, who is known only as Lana".
_GIVEN_ONE_NAME = (
    r"(?:(?:known|identified|named|referred\s+to)\s+(?:only\s+|simply\s+|just\s+)?as"
    r"|named|called)"
)


# Each run of lower-case ASCII letters: the words an occupation after a name may be.
_LOWER_LETTERS_RE = re.compile(r"[a-z]+")
# The words one of which `_GIVEN_ONE_NAME` holds wherever it matches.
_GIVING_ONE_NAME = ("named", "called", "known", "identified", "referred")

# Occupations a person holds in a place, speaking for no body there: "a Florida
# attorney" practises in Florida ("a Florida official" speaks for it).
_PRIVATE_OCCUPATIONS = _words(
    """
    attorney attorneys lawyer lawyers doctor doctors physician surgeon professor
    researcher researchers scientist scientists economist analyst analysts expert experts
    resident residents businessman businesswoman activist activists journalist journalists
    reporter reporters writer blogger student students teacher pastor priest imam rabbi
    """
)


# A private occupation right before a person's name ("military expert Ann Roe").
_OCCUPATION_BEFORE_NAME = re.compile(
    r"\b(?:"
    + "|".join(sorted(_PRIVATE_OCCUPATIONS - {"resident", "residents", "student", "students"}))
    + r")\s+$"
)
# A name right after a place and an occupation: "St. Louis attorney [Lopa Blumenthal]".
_NAME_RIGHT_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w'\u2019.-]*)(?:\s+[A-Z][\w'\u2019.-]*){0,3})")


# A phrase opening a sentence with a person's thing, then the pronoun that
# speaks: "On Lin's multiple social media pages, [he says]".
_OPENING_OWNER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:On|In|Through|Via|From)\s+"
    r"(?P<owner>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2})['\u2019]s?\s+"
    r"[^,.;:!?]{1,60},\s*$"
)


# A name in capitals, its glue words between, right before its initials in
# brackets: "the Royal Newfoundland Constabulary (RNC)".
_SPELLED_OUT_RE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019&.-]*(?:[ \t]+(?:(?:of|for|the|and|to|on|in)[ \t]+)*"
    r"[A-Z][\w'\u2019&.-]*){1,9})[ \t]+\((?P<initials>[A-Z]{3,8})\)"
)


def _initials_key(name: str) -> str:
    """The initials a body's name gives: each capitalised word's first letter,
    and initials written in it as they are ("Scottish SPCA", "Scottish Society
    for the Prevention of Cruelty to Animals" and "SSPCA" all give "SSPCA")."""
    letters = []
    for word in name.split():
        if word.isupper() and word.isalpha():
            letters.append(word)
        elif word[:1].isupper():
            letters.append(word[0])
    return "".join(letters)


def _bodies_spelled_out(text: str) -> dict[str, str]:
    """The bodies an article names in full with their initials in brackets
    after the name, by those initials and by the initials of the full name
    (which may have a letter the written ones leave out: "the Scottish Society
    for Prevention of Cruelty to Animals (SPCA)"). Of a longer run of capitals
    the name is the longest tail whose initials open with the bracketed
    initials' first letter and hold them all, in order, with at most one more:
    "BuzzFeed News to the Department of Homeland Security (DHS)" names the
    department."""
    spelled: dict[str, str] = {}
    for found in _SPELLED_OUT_RE.finditer(text):
        initials = found.group("initials")
        words = found.group("name").split()
        for start in range(len(words)):
            if not words[start][:1].isupper():
                continue
            name = " ".join(words[start:]).removeprefix("The ")
            key = _initials_key(name)
            if (
                key[:1] == initials[0]
                and len(key) <= len(initials) + 1
                and _in_order(initials, key)
            ):
                spelled.setdefault(initials, name)
                spelled.setdefault(key, name)
                break
    return spelled


def _in_order(letters: str, within: str) -> bool:
    """Whether every one of `letters` stands in `within`, in the same order."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


class _Resolver:
    """Party lookups for one article: memoised, with within-article coreference."""

    def __init__(self, resolver: PartyResolver, text: str = "") -> None:
        self._resolver = resolver
        self._cache: dict[str, list[str]] = {}
        self._single: dict[str, str | None] = {}
        self.memory = _Memory()
        self.text = text  # the article, for full names and the state it is about
        self.kinds: dict[str, str] = {}
        self._bodies_by_itself: set[str] = set()  # one-word names read as bodies by "its"
        self._lone_bodies: set[str] = set()  # one-word names the article calls bodies
        self._most: dict[str, str | None] = {}  # the party of each kind the article names most
        self._introducing: set[str] = set()  # names whose introduction is being read
        self._guessed_home = False  # the last person's party was the article's state, by title
        self.at = 0  # where in the text the speaker being resolved stands
        # Where a "he" or "she" speaker was left for no one (`_other_person_told_of`).
        self.left_open: set[int] = set()
        self._before: dict[str, list[tuple[str, ...]]] | None = None
        self._opening: dict[str, set[str]] | None = None
        self._mentions: list[str] | None = None
        self._named_people: dict[str, str] | None = None
        self._capital_counts: Counter[str] | None = None
        self._spelled_out: dict[str, str] | None = None  # bodies by their initials

    def kind(self, party: str | None) -> str | None:
        if party is None:
            return None
        return self.kinds.get(party) or self._resolver.kind(party)

    def resolve_all(self, phrase: str) -> list[str]:
        found = self._cache.get(phrase)
        if found is None:
            found = self._resolver.resolve_all(phrase) if phrase.strip() else []
            self._cache[phrase] = found
        return found

    def remember_titled_names(self, text: str, start: int, end: int) -> None:
        """People introduced with a title ("Chinese President Xi Jinping") keep its party;
        a picture's credit is no title ("Facebook   Taylor Chandler")."""
        text = without_credits(text)
        for match in _TITLED_NAME_RE.finditer(text, start, end):
            titled = _title_and_name(match.group(), match.start("name") - match.start())
            if titled is None:
                continue
            title, name = titled
            joined = _NAME_AND_RE.search(text, max(start, match.start() - 80), match.start())
            if joined is not None:
                # "House Oversight and Government Reform Committee Chairman Darrell
                # Issa": the body's name began before its "and"
                title = joined.group() + title
            if title.split()[-1].lower() in NAME_GLUE:
                continue  # "Estonian Institute for Marine Studies": a body's name goes on
            if self._expert_of_a_country(title):
                continue  # "Moroccan military expert Ann Roe": speaks for herself
            office = entities.regional_office(f"{title} {' '.join(name)}")
            if office is not None:
                self.kinds.setdefault(office, entities.ORGANISATION)
                self.memory.remember_name(list(name), office)
                continue
            parties = set(self.resolve_all(title))
            # The name is looked up only when the title gives exactly one party.
            if len(parties) == 1 and set(self.resolve_all(" ".join(name))) <= parties:
                self.memory.remember_name(list(name), parties.pop())
            elif not parties and not self.resolve_all(" ".join(name)):
                # "Detroit police spokesman Sgt. Michael Woody", "Apple CEO Tim Cook"
                named = entities.name_in(title)
                person = entities.name_in(" ".join(name))
                # A one-word organisation may be a surname ("Hunter spokesman Joe
                # Kasper"): that is settled when the person speaks.
                if (
                    named is not None
                    and named.kind in _SPEAKS_FOR
                    and (" " in named.name or named.kind == entities.MEDIA)
                    and (person is None or person.kind == entities.PERSON or len(name) == 1)
                ):
                    self.kinds.setdefault(named.name, named.kind)
                    self.memory.remember_name(list(name), named.name)

    def resolve(self, phrase: str) -> str | None:
        found = self._single.get(phrase, "")
        if found == "":
            found = self._resolver.resolve(phrase) if phrase.strip() else None
            self._single[phrase] = found
        return found

    def parties_of(
        self, speaker: str, description: str | None, content: str = ""
    ) -> tuple[tuple[str | None, ...], str]:
        """The parties a speaker stands for, and its kind (person/organisation/group).

        The speaker's own words come first; a description beside it ("Liu
        Pengyu, spokesperson for the Chinese Embassy") only when they say nothing;
        then the words it says about itself ("Vocativ said its reporters ...").
        A body the article names two ways, in full and by its initials, is one
        party (`_one_body`).
        """
        parties, kind = self._parties_of(speaker, description, content)
        return tuple(self._one_body(party) for party in parties), kind

    def _one_body(self, party: str | None) -> str | None:
        """The name a body has in this article when it is also named by its
        initials: "the Scottish Society for the Prevention of Cruelty to Animals
        (SSPCA)" and "the SSPCA" are one body, and so are "the Scottish SPCA"
        and "the SSPCA" (initials alone take up a body met before whose name
        gives them, but a full name met later does not take up initials heard
        first); the full name stands for both. A body the parties list knows
        ("the World Health Organisation (WHO)") keeps the name the list gives
        it, the same in every article."""
        if party is None or self.kind(party) != entities.ORGANISATION:
            return party
        key = _initials_key(party)
        if len(key) < 3:
            return party
        if self._spelled_out is None:
            self._spelled_out = _bodies_spelled_out(self.text)
        full = self._spelled_out.get(key)
        if full is None and party == key:
            # "the SSPCA" after "the Scottish SPCA": the body met before with
            # those initials
            full = next(
                (
                    named
                    for mention in self.memory.mentions
                    for named in mention.parties
                    if named is not None
                    and " " in named
                    and self.kind(named) == entities.ORGANISATION
                    and _initials_key(named) == key
                ),
                None,
            )
        if full is None or full == party or self.resolve_all(party) or self.resolve_all(full):
            return party
        self.kinds.setdefault(full, entities.ORGANISATION)
        return full

    def _parties_of(
        self, speaker: str, description: str | None, content: str = ""
    ) -> tuple[tuple[str | None, ...], str]:
        lower = [w.lower() for w in speaker.split()]
        if lower in (["who"], ["which"]) and description:
            return self.parties_of(description, None)  # the relative pronoun's antecedent
        agent = _BY_AGENT.search(speaker)
        if agent is not None and agent.start() > 0:
            # "Kurdish sources approached by Israel Radio reporter Eran Cicorel":
            # the sources speak, for whoever they stand for, not the reporter.
            return self.parties_of(speaker[: agent.start()], description, content)
        kind = self._kind_of(lower, speaker)
        referent = self._antecedent(lower)
        if referent is not None:
            return referent.parties, referent.kind
        parties = None
        if _is_joint(speaker) and not self._and_in_a_name(speaker):
            parties = (
                self._by_conjuncts(speaker)
                or tuple(dict.fromkeys(self.resolve_all(speaker)))
                or None
            )
        if entities.speaks_for_nobody(speaker):
            return (None,), kind  # "a source close to Hunter", "friends of Bary"
        if _CAPITALS_NOUN_RE.fullmatch(speaker) and not self.resolve_all(speaker):
            # "A SCHOOLBOY who was almost killed ... claims": a lead set in
            # capitals; "a" or "an" and a word alone is a common noun, no name
            return (None,), "person"
        if parties is None and _is_definite_generic(lower) and lower[-1] in _PARTY_MEMBERS:
            # "The California Republican", "the Ohio Democrat": a person met
            # before, described by party and home state, not a body by that name
            member = self.memory.last(lambda m: m.kind == "person" and any(m.parties))
            if member is not None:
                return member.parties, "person"
        if parties is None and _MEMBERS_OF_PARTY_RE.fullmatch(speaker):
            # "Many Republicans say", "House Democrats said": the members of a
            # political party speak as the party, a body, not as people
            name = _PARTY_OF_MEMBERS[speaker.split()[-1].lower()]
            self.kinds.setdefault(name, entities.ORGANISATION)
            return (name,), "group"  # "they" takes them up
        if (
            parties is None
            and len(lower) == 2
            and lower[0] == "the"
            and lower[1] in _GROUP_NOUNS | entities.MEDIA_NOUNS | _BODY_NOUNS
        ):
            # "Judicial Watch claimed ... The group said ...", "ESPN is not
            # holding it. The network has called the story false": a body's
            # description opening its sentence takes up the body the sentence
            # before has as its subject, not the one named last in it; "When
            # Acme unveiled its phone, the company said": the body a clause
            # before it in its own sentence has as subject. A company or a
            # charity is taken up only from its own name, not from one of its
            # people ("Acme spokesman Al Dunn said ...").
            alone = lower[1] not in _GROUP_NOUNS | entities.MEDIA_NOUNS
            body = self._body_of_leading_clause(alone) or self._subject_body(alone)
            if body is not None:
                return (body,), "organisation"
            site = self._site_named_as_subject() if lower[1] in _SITE_NOUNS else None
            if site is not None:
                return (site,), "organisation"
            if lower[1] in _GROUP_NOUNS | _BODY_NOUNS and self._unknown_named_subject():
                return (None,), "organisation"
        if parties is None and len(lower) == 2 and lower[0] == "the" and lower[1] in _BODY_NOUNS:
            # "The Scottish SPCA is keen to trace ... The charity said": the one
            # body the article has heard from so far, when it is only one
            bodies = {
                party
                for mention in self.memory.mentions
                for party in mention.parties
                if party is not None
                and self.kind(party) == entities.ORGANISATION
                # a city's government or a public office is no company or group
                and not _PUBLIC_BODY_WORDS & set(party.lower().split())
            }
            if len(bodies) == 1:
                return (bodies.pop(),), "organisation"
        if (
            parties is None
            and len(lower) == 2
            and lower[0] == "the"
            and lower[1] in _ISSUED
            and speaker.split()[1].islower()  # "the Post" is a newspaper
        ):
            # '"I am safe," the post continued', 'the statement said': the
            # document speaks for the one the article says issued it
            issuer = self._issuer_named_before()
            if issuer is not None:
                return issuer
        if parties is None and _is_named_document(lower, speaker):
            # "The UN released a report ... The report said", "a statement from
            # the ministry ... the statement added": the document speaks for the
            # one body the article says issued it
            body = self._issuer_of_document(lower[-1])
            if body is not None:
                return (body,), "organisation"
        if parties is None and _A_REPORT_RE.fullmatch(speaker):
            # "..., a report said. ..., according to the UK's Mirror": the report
            # is the outlet the next sentence cites
            cited = self._outlet_cited_next()
            if cited is not None:
                return (cited,), "organisation"
        if parties is None and _LEADER_OF_GROUP_RE.search(speaker):
            # "The leader of Nigeria's Islamist group": the place only says
            # where the group is; the group is the body the article is about.
            body = self._home_body()
            parties = (body,) if body else None
        if parties is None:
            housed = _HOUSED_BODY_RE.search(speaker)
            if housed is not None:
                # "the International Centre for ... at King's College London":
                # the centre speaks; the college (or its city) only houses it
                name = housed.group("body")
                self.kinds.setdefault(name, entities.ORGANISATION)
                return (name,), "organisation"
        if parties is None:
            head = _FOR_HEAD_OF_STATE_RE.search(speaker)
            if head is not None and _HEAD_OF_STATE_RE.fullmatch(head.group("head")):
                # "A spokesman for Prime Minister Stephen Harper", no state named:
                # the head's aide speaks for the head's state, as the head does
                home = self._head_heard_before(head.group("head")) or self._head_of_state_home()
                if home is not None:
                    return (home,), "person"
        if parties is None:
            parties = self._by_name(speaker)
        if parties is None:
            party = self._party_in(speaker, description)
            parties = (party,) if party else None
        if parties is None and _HEAD_OF_STATE_RE.fullmatch(speaker):
            # "President Obama", "Prime Minister Abe", no state named: the head of
            # the state the article is about, when it clearly is about one
            home = self._head_heard_before(speaker) or self._head_of_state_home()
            if home is not None:
                return (home,), "person"
        if parties is None and _GENERIC_OWNER_RE.search(speaker):
            # "The group's leader": the body the article is about.
            body = self._company_spoken_of(speaker, self.at) or self._home_body()
            parties = (body,) if body else None
        if (
            parties is None
            and len(lower) >= 2
            and lower[0] in _DEFINITE
            and lower[-1] in _OUTLET_NOUNS
        ):
            # "the newspaper", "the site", "the story": the outlet last heard from,
            # or one whose sources or report the sentence before spoke of ("the
            # Post's sources now say ... the report suggests")
            owner = self._outlet_owning_before()
            if owner is not None:
                return (owner,), "organisation"
            # the last outlet heard, or the last speaker of the same noun, whatever
            # its party ("Libya's official news agency said ... the agency said")
            outlet = self.memory.last(
                lambda m: any(
                    p is not None and (self.kind(p) == entities.MEDIA or m.head == lower[-1])
                    for p in m.parties
                )
            )
            if outlet is not None:
                return outlet.parties, "organisation"
            last_outlet = self._last_outlet() if lower[-1] not in _STORY_NOUNS else None
            if last_outlet is not None:
                return (last_outlet,), "organisation"
            site = self._site_by_address() if lower[-1] in _SITE_NOUNS else None
            if site is not None:
                # "A report filed by website hoaxnews.net ... The website said"
                return (site,), "organisation"
        if (
            parties is None
            and len(lower) >= 2
            and lower[0] in ("his", "her")
            and (lower[-1] in entities.ROLES or lower[-1] in _OWN_PEOPLE)
        ):
            # "his office", "her lawyer": whoever the last person speaks for.
            person = self.memory.last(lambda m: m.kind == "person" and any(m.parties))
            if person is not None:
                return person.parties, "person"
        if parties is None and len(lower) == 2 and lower[0] in ("a", "an") and lower[1] in _SPOKES:
            # "Scotland Yard said ... A spokesman said": the body just heard from.
            heard = self.memory.last(
                lambda m: any(p is not None and self.kind(p) != entities.PERSON for p in m.parties)
            )
            if heard is not None and not self._past_the_article(heard.text):
                return heard.parties, heard.kind
        if (
            parties is None
            and lower[0] == "the"
            and speaker[0:1].isalpha()
            and speaker[1:].islower()
        ):
            # "the grim-faced premier" after "UK Prime Minister David Cameron":
            # a head of state or government met before, by the title alone
            titled = self._titled_before(lower)
            if titled is not None:
                return titled.parties, "person"
        if parties is None and len(lower) == 2 and lower[0] == "the" and lower[1] in _NAMING_HEADS:
            # "The New York-based Committee to Protect Journalists estimated ...
            # the committee concluded": the one body heard from whose name has
            # the noun, not whoever spoke last
            bodies = self._bodies_named_with(speaker.split()[1])
            if len(bodies) == 1:
                return (bodies.pop(),), "organisation"
            if bodies:
                return (None,), "organisation"  # two committees heard: never guess
        if parties is None and _is_definite_generic(lower):
            referent = self._generic_antecedent(lower[-1], kind)
            if (
                referent is not None
                and lower[-1] in _PRIVATE_PEOPLE
                and referent.head != lower[-1]
                and any(p is not None and self.kind(p) != entities.PERSON for p in referent.parties)
            ):
                referent = None  # "the pensioner" is no official heard last
            if referent is not None and (any(referent.parties) or referent.head == lower[-1]):
                # "the source" after "a source close to Hunter" is that unnamed source.
                return referent.parties, referent.kind
        if parties is None:
            body = self._body_of_spokesperson(speaker)
            if body is not None:
                return (body,), "person"
        if parties is None and lower[-1:] == ["police"] and len(lower) <= 2:
            force = self._police_force()
            if force is not None:
                return (force,), "organisation"
        if parties is None and lower == ["the", "force"]:
            # "Cumbria Police ... The force said": the force the article names;
            # no state stands for a force left unnamed
            force = self._named_police_force()
            if force is not None:
                return (force,), "organisation"
        if parties is None and [w.replace("\u2019", "'") for w in lower[:2]] in (
            ["the", "country's"],
            ["the", "nation's"],
        ):
            # "..., Cameroon soldiers were killed, the country's defence ministry
            # said": the country is the one named last, not the one the article is about
            named = self._state_named_before()
            parties = (named,) if named else None
        if (
            parties is None
            and _STATE_INSTITUTION_RE.search(speaker)
            and lower[-1] not in _FIELD_HEADS
            and "western" not in lower
        ):
            # "the government", "the military", "Government spokesman Mike
            # Omeri": the state the article is about. "A Western intelligence
            # official" is of one of a bloc's states, which one unsaid.
            home = self._territory_of_body(speaker) or self._home_state()
            parties = (home,) if home else None
        if parties is None and _ITSELF_RE.match(content):
            body = self._body_by_itself(speaker)
            if body is not None:
                return (body,), "organisation"
        if parties is None and _writes_its(self.text, speaker):
            # "Apple unveiled its watch ... Apple revealed that ...": a one-word
            # name the article gives "its" to is a body wherever it speaks
            body = self._body_by_itself(speaker)
            if body is not None:
                return (body,), "organisation"
        if parties is None and self._body_before(speaker):
            # "Apple announced its plans, saying that ...": a one-word name the
            # article has shown to be a body stays that body
            return (speaker,), "organisation"
        if parties is None:
            owned = _TELLING_OWNER_RE.fullmatch(speaker)
            if owned is not None and owned.group("owner").lower() not in _NOT_OWNERS:
                # "Gertz's report noted ...", "9 to 5 Mac's report": the owner's
                # telling speaks for the owner
                owners, _ = self.parties_of(owned.group("owner"), None)
                if len(owners) == 1 and owners[0] is not None:
                    return owners, kind
        if parties is not None and len(lower) <= 2 and parties[0] in self._lone_bodies:
            return parties, "organisation"  # "Gawker reported": no "she" takes it up
        return parties or (None,), kind

    def is_body_by_itself(self, name: str) -> bool:
        """Whether the article speaks of a one-word name as a body of its own
        ("Apple unveiled its ...": `_body_by_itself`)."""
        return name in self._bodies_by_itself

    def _body_before(self, speaker: str) -> bool:
        """Whether a one-word name was read earlier in the article as a body
        speaking of itself as "its" (`_body_by_itself`)."""
        return speaker in self._bodies_by_itself

    def _past_the_article(self, heard: str) -> bool:
        """Whether a line with a web address ("Source: https://...") stands between
        the speaker and where `heard` last spoke: the article ended there, and
        what follows is another text's."""
        at = self.text.rfind(heard, 0, self.at)
        return at >= 0 and _WEB_ADDRESS_RE.search(self.text, at, self.at) is not None

    def _issuer_named_before(self) -> tuple[tuple[str | None, ...], str] | None:
        """The parties of whoever the article last says posted, issued or
        wrote something ("Jane Roe posted on Facebook that ...", "The ministry
        issued a statement"), in the few sentences before the speaker."""
        issuers = list(_ISSUER_RE.finditer(self.text, max(0, self.at - _ISSUER_REACH), self.at))
        if not issuers:
            return None
        found = issuers[-1]
        name = found.group("issuer")
        words = name.lower().split()
        if words[0] in _NOT_ISSUERS or words[-1] in _DOCUMENT_NOUNS | _ISSUED:
            return None  # a pronoun, or a document ("the statement issued by ...")
        parties, kind = self.parties_of(name, None)
        return (parties, kind) if any(parties) else None

    def _issuer_of_document(self, noun: str) -> str | None:
        """The one party the article says issued a document of this noun, in the
        few sentences before the speaker ("Acme released a report", "a study by
        the Rowan Institute", "In a statement, Acme said", "a report in the
        Post" when the Post is an outlet); None when it names no issuer, or
        issuers of more than one party."""
        window = self.text[max(0, self.at - _ISSUER_REACH) : self.at]
        found: set[str | None] = set()
        for match in _DOCUMENT_ISSUER_RE.finditer(window):
            doc = match.group("did_doc", "by_doc", "run_doc", "in_doc")
            if _document_noun(next(d for d in doc if d).lower()) != noun:
                continue
            name = (
                match.group("by") or match.group("run") or match.group("in") or match.group("did")
            )
            if name.split()[0].lower() in _NOT_ISSUERS:
                found.add(None)  # "It released a report": whose, the pattern does not say
                continue
            parties, _ = self.parties_of(name, None)
            party = parties[0] if len(parties) == 1 else None
            if match.group("run") and (party is None or self.kind(party) != entities.MEDIA):
                continue  # "a study in Nature", "a report in Arabic": no outlet ran it
            found.add(party)
        return found.pop() if len(found) == 1 else None

    def _body_by_itself(self, speaker: str) -> str | None:
        """A one-word name nobody said is a person, that speaks of itself as "its"."""
        words = speaker.split()
        if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in P.PRONOUNS:
            return None
        named = entities.name_in(speaker)
        if named is None or named.kind != entities.UNKNOWN or " " in named.name:
            return None
        if self._full_name(named.name) is not None or self.resolve_all(named.name):
            return None  # a surname the article gave a forename, or a place
        self.kinds.setdefault(named.name, entities.ORGANISATION)
        self._bodies_by_itself.add(named.name)
        return named.name

    def _party_in(self, speaker: str, description: str | None) -> str | None:
        """The party a speaker's own words name: a state or listed body, then an
        organisation, outlet or person by the structure of the name. A bare
        person's name defers to the affiliation a description beside it gives
        ("Hassan Tukur, an aide to Nigerian President Goodluck Jonathan")."""
        # "a doctor from Sarajevo": where a private person comes from is no voice
        speaker = _without_origin(speaker)
        self._guessed_home = False
        own = self._named_party(speaker) if speaker.strip() else None
        guessed, self._guessed_home = self._guessed_home, False
        if own is not None and self.kind(own) != entities.PERSON and not guessed:
            return own
        if description:
            description = _held_now(_without_origin(description))
        if description:
            # "General Ann Roe, head of the US Central Command": the body the
            # description names, before the state a bare rank guesses
            described = self._named_party(description)
            if described is not None and self.kind(described) != entities.PERSON:
                return described
        return own

    def _named_party(self, phrase: str) -> str | None:
        alone = phrase.strip()
        if alone.isalpha() and alone[:1].isupper() and self._one_name_of_a_person(alone):
            # "the man, whom he identified only as Thomas": this article's Thomas,
            # whatever full names with "Thomas" other articles gave.
            self.kinds.setdefault(alone, entities.PERSON)
            return alone
        outlet = _PLACES_OUTLET_RE.search(phrase)
        if outlet is not None and self._resolver.is_place(outlet.group("place")):
            # "Britain's Daily Mirror newspaper": the outlet, not where it is
            phrase = phrase[outlet.start("name") :]
        office = entities.regional_office(phrase)
        if office is not None:
            # "California Gov. Jerry Brown", "Ottawa Mayor Jim Watson": a
            # region's or city's government, not the person, not the country.
            self.kinds.setdefault(office, entities.ORGANISATION)
            return office
        known = self.resolve(phrase)
        named = entities.name_in(phrase)
        placed = self._place_and_occupation(phrase, named.name) if named is not None else None
        if placed is not None:
            # "the Florida attorney", "St. Louis attorney Ann Roe": where, not whom;
            # the person named right after, if any, speaks for themselves
            right_after = _NAME_RIGHT_AFTER_RE.match(placed.string, placed.end())
            return self._person_named_in(right_after.group(1) if right_after else "", phrase)
        if named is not None and named.name in _ROLE_ABBREVIATIONS:
            named = None  # "the singer's PR", "the artist's PR representative": a role
        if (
            known is None
            and named is not None
            and named.kind in (entities.ORGANISATION, entities.MEDIA)
            and self._resolver.is_place(named.name)
        ):
            # "French website iGen", "a South Korean newspaper", "Moroccan
            # reporter Ann Roe": a nationality before a describing noun says where
            # an outlet or person is from, not what they are called; the rest of
            # the phrase may say that
            spaced = " ".join(phrase.split())
            rest = spaced.replace(named.name, " ", 1)
            named = entities.name_in(rest) if rest != spaced else None
            if named is not None and self._resolver.is_place(named.name):
                named = None  # "an Iraqi Kurdish newspaper": no name either
        if (
            known is not None
            and named is not None
            and named.name.endswith(" Police")
            and self._resolver.is_capital(named.name.removesuffix(" Police"))
        ):
            # "Ottawa police": a capital's own force, not the state it stands for
            self.kinds.setdefault(named.name, entities.ORGANISATION)
            return named.name
        if named is None:
            return known
        if (
            known is not None
            and entities.FORMER_RE.search(phrase)
            and named.kind == entities.PERSON
        ):
            # "former CIA agent Bob Baer" speaks for himself.
            self.kinds.setdefault(named.name, entities.PERSON)
            return named.name
        if (
            known is not None
            and named.kind == entities.PERSON
            and self._is_forename(named.name, known)
        ):
            # "Jordan Spieth", "Chad Coleman": a state's name as a forename
            self.kinds.setdefault(named.name, entities.PERSON)
            return self._person(named.name, phrase)
        if (
            known is not None
            and named.kind == entities.PERSON
            and self._expert_of_a_country(phrase[: phrase.rfind(named.name.split()[0])])
        ):
            # "Moroccan military expert Abderrahmane Mekkaoui", "Iraqi security analyst
            # Ann Roe": an expert of a field in a country speaks for themselves
            self.kinds.setdefault(named.name, entities.PERSON)
            return self._person(named.name, phrase)
        if known is not None and (
            # A person named with a state's or body's title speaks for it.
            named.kind in (entities.PERSON, entities.UNKNOWN)
            or not self._names_more_than(named.name, known)
        ):
            return known
        if (
            " " not in named.name
            and not named.name.isupper()
            and named.name.lower() not in entities.ORGANISATION_HEADS
        ):
            # A single word: a surname met earlier in the article ("a
            # spokesman for Hunter") is that person, and their party.
            person = self._by_name(named.name)
            if person is not None:
                return person[0]
            full = self._full_name(named.name)
            if full is not None:
                name, affiliation = full
                listed = self.resolve(name)
                if listed is not None:
                    return listed
                if affiliation is not None:
                    party = self._named_party(affiliation)
                    if party is not None:
                        self.memory.remember_name(name.split(), party)
                        return party
                return self._person(name, name)
        if (
            " " not in named.name
            and named.kind in (entities.UNKNOWN, entities.ORGANISATION)
            and not named.name.isupper()
            and named.name.lower() not in entities.ORGANISATION_HEADS
            and _stands_for_a_body(phrase, named.name)
            and not _describes_a_person_after(self.text, self.at, named.name)
        ):
            # "Rhodium estimates", "Rhodium analyst Jane Roe" after "the Rhodium
            # Group": a body's first word alone, once its full name was given
            body = self._body_named_in_full(named.name)
            if body is not None:
                return body
        if named.kind == entities.UNKNOWN and (
            self._one_name_of_a_person(named.name)
            # "Jabbouri, 35, ... Jabbouri recalled": the name alone, no title
            or (phrase.strip() == named.name and written_as_a_person(self.text, named.name))
        ):
            self.kinds.setdefault(named.name, entities.PERSON)
            return named.name  # "The woman, who is known only as Lana"
        if named.kind == entities.UNKNOWN and " " not in named.name:
            # "Gawker, the media outlet that broke the story", "condom maker
            # Durex", "as the Inquisitr reported": a lone name the article says
            # is an outlet or a body, or that reports as outlets do
            called = _lone_name_called(self.text, self.at, phrase, named.name)
            if called is not None:
                self.kinds.setdefault(called[0], called[1])
                self._lone_bodies.add(called[0])
                return called[0]
        if named.kind == entities.UNKNOWN and " " not in named.name:
            # "Taylor" alone after "Taylor Lianne Chandler": the one person of that forename
            full = self._forename_full(named.name)
            if full is not None:
                return self._person(full[0], full[0])
        if named.kind == entities.UNKNOWN:
            return None  # nobody said who this is: shown, not guessed
        if named.kind == entities.ORGANISATION and " " not in named.name:
            # "The LCC" for the Local Coordination Committees, "the Observatory"
            # for the Syrian Observatory for Human Rights, as the article names them.
            full_name = self._full_organisation(named.name)
            if full_name is not None:
                # "NSC" for the "US National Security Council": a body listed
                # as a state's own speaks for the state, as its full name would
                listed = self.resolve(full_name)
                initials = "".join(w[0] for w in full_name.split() if w[:1].isupper())
                if (
                    listed is not None
                    and initials == named.name
                    and not self._names_more_than(full_name, listed)
                ):
                    return listed
                return full_name
            if self._common_noun_opening(phrase, named.name):
                # "Plant manager Mitch Osborne", "Hospital staff" beside "the
                # plant", "the hospital": people of a body left unnamed, not a
                # body called "Plant" or "Hospital".
                return self._person_named_in(phrase.split(None, 1)[1], phrase)
        if named.kind == entities.PERSON:
            return self._person(named.name, phrase)
        if (
            known is not None
            and named.kind == entities.ORGANISATION
            and self._resolver.kind(known) in (entities.STATE, entities.ORGANISATION)
        ):
            # "coordinator of Nigeria's National Information Centre": the state's own
            # body; "Scotland Yard's Counter Terrorism Command": the force's own unit.
            owner = _POSSESSOR_RE.match(named.name) or _POSSESSOR_RE.search(phrase)
            if (
                owner is not None
                and self.resolve(owner.group(1)) == known
                # "Lego UK's Emma Owen": a company's arm in the state, not the state
                and not self._names_more_than(owner.group(1), known)
            ):
                return known
        if (
            known is None
            and named.kind == entities.ORGANISATION
            and named.name.split()[-1].lower() != "police"
            and named.name.split()[-1].lower() in gazetteer.STATE_VOICE_WORDS | _STATE_BODIES
            and not self._names_more_than(named.name, "")
        ):
            # "In Israel, the Foreign Ministry said": a body every state has
            # speaks for the state the sentence names, else the article's.
            state = self._state_in_sentence() or self._home_state()
            if state is not None:
                return state
        name = (
            _without_legal_form(named.name) if named.kind == entities.ORGANISATION else named.name
        )
        self.kinds.setdefault(name, named.kind)
        return name

    def _one_name_of_a_person(self, name: str) -> bool:
        """Whether the article gives a person one name alone: "the woman, who is
        known only as Lana", "a boy named Nikolai", "a nurse called Dana"."""
        return gives_one_name(self.text[: self.at] if self.at else self.text, name)

    def _place_and_occupation(self, phrase: str, name: str) -> re.Match[str] | None:
        """Where a phrase puts a place before a private occupation ("the Florida
        attorney", "St. Louis attorney Lopa Blumenthal", "a Texas doctor"): it
        says where the person works, and speaks for no body. None elsewhere."""
        joined = " ".join(phrase.split())
        # The occupation is a whole run of lower-case letters: a phrase that
        # holds none of them has none after the name (and no pattern is made
        # for the name, one per name an article's speakers give).
        if _PRIVATE_OCCUPATIONS.isdisjoint(_LOWER_LETTERS_RE.findall(joined)):
            return None
        found = re.search(rf"(?:\bSt\.?\s+)?{re.escape(name)}\s+(?P<job>[a-z]+)\b", joined)
        if found is None or found.group("job") not in _PRIVATE_OCCUPATIONS:
            return None
        if self._resolver.is_nationality(name):
            return None  # "Moroccan reporter Youssef Lakhdar": read with the rest of the phrase
        bare = name.removeprefix("St ").removeprefix("St. ")
        placed = (
            name in gazetteer.US_STATE_NAMES
            or bare != name
            or found.group().startswith("St")
            # "St. Louis attorney": the saint's abbreviation ends no sentence
            or re.search(rf"\bSt\.?\s+{re.escape(name)}\s+{found.group('job')}\b", self.text)
            is not None
            or self._resolver.is_place(name)
        )
        return found if placed else None

    def _person_named_in(self, words: str, phrase: str) -> str | None:
        """The party of the person `words` name, or None when they name no person:
        the words after a description that names no body ("St. Louis attorney
        [Ann Roe]", "Plant manager [Mitch Osborne]")."""
        someone = entities.name_in(words) if words else None
        if someone is None or someone.kind != entities.PERSON:
            return None
        return self._person(someone.name, phrase)

    def _expert_of_a_country(self, title: str) -> bool:
        """Whether a title before a name is a private occupation of a country
        ("Moroccan military expert"): its holder speaks for themselves."""
        return _OCCUPATION_BEFORE_NAME.search(
            title.rstrip() + " "
        ) is not None and self._only_a_country_named(title)

    def _only_a_country_named(self, phrase: str) -> bool:
        """Whether every capitalised word of a phrase names a country or its people
        ("Moroccan military expert", "UK-based terror expert"), not a body of the
        state ("Nasa asteroid expert", "a Border Patrol tunneling expert")."""
        names = [
            word.removesuffix("-based")
            for word in re.findall(r"[A-Z][\w.'\u2019-]*", phrase)
            if word.lower() not in P.DETERMINERS
        ]
        return bool(names) and all(self._resolver.is_place(name) for name in names)

    def _common_noun_opening(self, phrase: str, body: str) -> bool:
        """Whether a one-word "body" opening a phrase of more words is a common
        noun capitalised only to open it: the article writes it in lower case
        elsewhere."""
        words = phrase.split()
        if " " in body or len(words) < 2 or words[0] != body or not body[1:].islower():
            return False
        if words[1].lower() in entities.MEDIA_NOUNS | entities.ORGANISATION_NOUNS:
            return False  # "Time magazine": the outlet's name before what it is
        return re.search(rf"(?<![\w-]){re.escape(body.lower())}(?![\w-])", self.text) is not None

    def _body_named_in_full(self, word: str) -> str | None:
        """The one body whose full name, given before, opens with the word and
        ends in a word that names a kind of body ("the Rhodium Group", "Google
        Inc."), without its legal form: "Rhodium" after "the Rhodium Group"
        is the Rhodium Group, and "Apple" after "Apple Inc." is Apple, as
        "Apple Inc." is."""
        found: set[str] = set()
        for match in _NAME_RUN_RE.finditer(self.text, 0, self.at):
            words = match.group().split()
            if words[0] in ("The", "A", "An"):
                words = words[1:]
            if len(words) < 2 or words[0] != word:
                continue
            if words[-1].lower().rstrip(".") not in _FULL_NAME_HEADS:
                continue
            named = entities.name_in(" ".join(words))
            if named is None or named.kind != entities.ORGANISATION or named.name == word:
                continue
            found.add(_without_legal_form(named.name))
        if len(found) != 1:
            return None
        body = found.pop()
        self.kinds.setdefault(body, entities.ORGANISATION)
        return body

    def _head_heard_before(self, speaker: str) -> str | None:
        """The state a head of state spoke for when the article last gave the
        same title and name, with the state or a regnal number ("Jordan's King
        Abdullah II vowed ... King Abdullah said"): later mentions keep it."""
        words = speaker.split()
        for mention in reversed(self.memory.mentions):
            said = mention.text.split()
            if len(mention.parties) != 1 or self.kind(mention.parties[0]) != entities.STATE:
                continue
            for at in range(len(said) - len(words) + 1):
                rest = said[at + len(words) :]
                if said[at : at + len(words)] == words and (
                    not rest or (len(rest) == 1 and _REGNAL_RE.fullmatch(rest[0]))
                ):
                    return mention.parties[0]
        return None

    def _head_of_state_home(self) -> str | None:
        """Whose head a title with no state names ("President Barack Obama"): the
        state the speaker's sentence names before the speaker ("In Washington,
        President Barack Obama condemned ..." in an article about Canada); none
        when it names states only after the speaker (they may be what the head
        acts on: "told Congress of airstrikes in Syria"); else the state the
        article clearly is about."""
        start = self._sentence_start(self.at)
        found = _SENTENCE_BREAK_RE.search(self.text, self.at, self.at + 400)
        end = found.start() if found else min(len(self.text), self.at + 400)
        line_end = self.text.find("\n", self.at)
        end = min(end, line_end) if line_end >= 0 else end
        states = [
            (start + a, party)
            for (a, _), party in self._resolver.mentions(self.text[start:end])
            if self._resolver.kind(party) == entities.STATE
        ]
        before = [party for at, party in states if at < self.at]
        if before:
            return before[-1]
        return None if states else self._clear_home_state()

    def _state_in_sentence(self) -> str | None:
        """The one state named in the sentence before the speaker being resolved."""
        before = self.text[max(0, self.at - 300) : self.at]
        before = re.split(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])|\n", before)[-1]
        states = {
            party
            for _, party in self._resolver.mentions(before)
            if self._resolver.kind(party) == entities.STATE
        }
        return states.pop() if len(states) == 1 else None

    def _is_forename(self, name: str, party: str) -> bool:
        """Whether the only mention of `party` in a person's name is its first word,
        followed by more of the name ("Jordan Spieth"), not a title before it."""
        words = name.split()
        if len(words) < 2 or words[0] != party or not words[1][:1].isupper():
            # "Chinese Embassy": a state's adjective is no forename; a state's
            # name between two names is a middle name ("Bulama Mali Gubio")
            return self._is_middle_name(name, party)
        found = self._resolver.mentions(name)
        return bool(found) and all(
            start == 0 and end == len(words[0]) and found_party == party
            for (start, end), found_party in found
        )

    def _is_middle_name(self, name: str, party: str) -> bool:
        words = name.split()
        if len(words) < 3 or party not in words[1:-1] or not all(w[:1].isupper() for w in words):
            return False
        at = name.find(f" {party} ") + 1
        found = self._resolver.mentions(name)
        return bool(found) and all(
            start == at and end == at + len(party) and found_party == party
            for (start, end), found_party in found
        )

    def _names_more_than(self, name: str, party: str) -> bool:
        """Whether an organisation's or outlet's name says more than the state in it:
        "Syrian Observatory for Human Rights" is not Syria, "Nigerian Army" is Nigeria."""
        return names_more_than_a_state(self._resolver, name)

    def _person(self, name: str, phrase: str) -> str | None:
        """A named person's party: the one the article gave them, or their own name.

        A state's title without the state ("Government spokesman Mike Omeri",
        "Air Marshal Alex Badeh") is the state the article is about; the words
        that introduced the person ("The Pentagon spokesman, Rear Admiral John
        Kirby") give their organisation.
        """
        known = self._by_name(name)
        if known is not None and known[0] is not None:
            return known[0]
        if not phrase[: phrase.find(name)].strip(" ,") and _called_an_outlet(self.text, name):
            # "The site Gossip Cop ... reported Gossip Cop": a name the article
            # calls a site or a paper is an outlet, though it reads as a person's
            self.kinds.setdefault(name, entities.MEDIA)
            return name
        title = phrase[: phrase.find(name)] if name in phrase else ""
        title_words = {w.lower().strip(",.") for w in title.split()}
        if _SPOKES & title_words and title_words <= _SPOKES | _RANK_WORDS | P.DETERMINERS | {
            "mr",
            "ms",
            "mrs",
        }:
            # "The Central Command sought to play the report down. '...,' said
            # spokesman Col. Ann Lee": a spokesperson of no body named (not a
            # "campaign spokesman"), first heard right after a body's act,
            # speaks for that body.
            body = self._territory_of_body(self._lead_of_speaker() + title.strip())
            body = body or self._body_just_before(name)
            if body is not None:
                return body
        if entities.FORMER_RE.search(title) or _ONCE_HELD_BEFORE_RE.search(
            self.text, max(0, self.at - 40), self.at
        ):
            # "Retired Brig. Gen. Mark Kimmitt", "former Col. Ann Roe": a rank
            # once held speaks for no state now, as "former CIA agent" does not
            self.kinds.setdefault(name, entities.PERSON)
            return name
        if _HEAD_OF_STATE_TITLE_RE.fullmatch(title.strip(" ,")):
            # "President Barack Obama", no state named: as `_HEAD_OF_STATE_RE`
            home = self._head_of_state_home()
            if home is not None:
                return home
        if (
            _STATE_INSTITUTION_RE.search(title) and title.split()[-1].lower() not in _FIELD_HEADS
        ) or _MILITARY_RANK_RE.search(title):
            home = self._territory_of_body(self._lead_of_speaker() + title) or self._home_state()
            if home is not None:
                self._guessed_home = True
                return home
        force = self._force_of_rank(title)
        if force is not None:
            return force
        if entities.is_office(title.split()) or (not title and self._office_before(name)):
            # "Finance Minister Ann Lee", "National Security Adviser Jake
            # Sullivan ... Sullivan said": an office, no body; the state the
            # sentence names before the speaker, else the person (an article
            # naming several states does not say whose office it is).
            state = self._state_in_sentence()
            if state is not None:
                return state
        introduced = self._introduction(name) or self._apposition(name)
        if introduced is not None and self._expert_of_a_country(introduced):
            # "Moroccan military expert Abderrahmane Mekkaoui": an expert of a field
            # in a country speaks for themselves, not for the state ("Rhodium analyst
            # Ann Roe" speaks for Rhodium)
            self.kinds.setdefault(name, entities.PERSON)
            return name
        if introduced is None:
            # "The ministry's spokeswoman disputed the claim. '...,' said Ann
            # Lee": a name first given as it speaks, right after a role held by
            # one, is the holder of that role.
            described = self._described_before(name)
            if described is not None:
                return described
        if introduced is not None and _CORPORATE_TITLE.fullmatch(introduced):
            # "Chief Executive Satya Nadella", no company named: the body the article is about
            body = self._home_body()
            if body is not None:
                return body
        if introduced is not None and _GENERIC_OWNER_RE.search(introduced):
            # "the militant group's leader, Abubakar Shekau": the body the article is about.
            body = self._company_spoken_of(introduced, self.text.find(name)) or self._home_body()
            if body is not None:
                return body
        introduced = _held_now(introduced)
        if introduced is not None and name not in self._introducing:
            self._introducing.add(name)
            try:
                party = self._named_party(introduced)
            finally:
                self._introducing.discard(name)
            if party is not None and party != name:
                return party
            if self._state_voice(introduced):
                home = self._clear_home_state()
                if home is not None:
                    self._guessed_home = True
                    return home
        self.kinds.setdefault(name, entities.PERSON)
        return name

    def _state_voice(self, role: str) -> bool:
        """Whether a role phrase that names no body is a spokesperson's or an
        official's of the state ("Doyin Okupe, a government spokesman", "a
        defence ministry official"), as the same words before a name are (a
        post once held is no longer in the phrase: `_held_now`)."""
        words = {w.lower() for w in re.findall(r"[\w-]+", role)}
        return (
            bool(words & (_SPOKES | {"official"}))
            and _STATE_INSTITUTION_RE.search(role) is not None
        )

    def _body_just_before(self, name: str) -> str | None:
        """The party of the body (an organisation, outlet or a state's body,
        named, never a person) that the sentence before the speaker's has as
        its subject, when the speaker's name is not met before."""
        sentence = self._sentence_start(self.at)
        if sentence <= 0 or self.text.find(name) < sentence:
            return None
        end = sentence
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        start = self._sentence_start(end)
        lead = _LEADING_CONNECTIVE_RE.match(self.text, start, end)
        subject = self._subject_of(lead.end() if lead is not None else start, end)
        if subject is None:
            return None
        if not _name_tokens(subject.split()):
            return None
        parties = self.resolve_all(subject)
        if len(parties) != 1 or self.kind(parties[0]) == entities.PERSON:
            return None
        return parties[0]

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding the text's position `at` starts."""
        line_start = self.text.rfind("\n", 0, at) + 1
        # Searched to the position after `at`: a break's look-ahead must see the
        # capital that a sentence starting at `at` opens with.
        breaks = [
            found
            for found in _SENTENCE_BREAK_RE.finditer(self.text, line_start, at + 1)
            if found.end() <= at
        ]
        return breaks[-1].end() if breaks else line_start

    def _office_before(self, name: str) -> bool:
        """Whether the article first gives a name after a title of office
        ("National Security Adviser Jake Sullivan ... Sullivan said")."""
        at = self.text.find(name)
        if at <= 0:
            return False
        words = self.text[max(0, at - 80) : at].split("\n")[-1].split()
        return any(entities.is_office(words[i:]) for i in range(max(0, len(words) - 4), len(words)))

    def _apposition(self, name: str) -> str | None:
        """The role phrase right after a name's first mention ("Hassan Tukur, an aide
        to Nigerian President Goodluck Jonathan"), if it has a role."""
        at = self.text.find(name)
        found = _APPOSITION_RE.match(self.text, at + len(name)) if at >= 0 else None
        if found is None:
            return None
        # "an aid worker who was captured after he arrived in Syria": what
        # happened to a person is not whom they speak for ("who runs a think
        # tank called ..." may be)
        phrase = _RELATIVE_TAIL_RE.split(found.group(1), maxsplit=1)[0]
        phrase = _without_role_topic(phrase)
        # "spokesman", "secretary": only a possessive's ending comes off a word
        words = {_POSSESSIVE_END_RE.sub("", w.lower()).strip("'\u2019") for w in phrase.split()}
        if not words & entities.ROLES:
            return None
        owner = _OWNER_OPENING.match(phrase)
        if owner is not None:
            # "Canada's foreign minister", "Twitter's head of ad sales": a state's
            # or a body's; "Obama's deputy adviser" is no person's own party
            owners = self.resolve_all(owner.group(1))
            named = entities.name_in(owner.group(1))
            if (
                (owners and self.kind(owners[0]) == entities.PERSON)
                or (named is not None and named.kind == entities.PERSON)
                or self._by_name(owner.group(1)) is not None
                or self._full_name(owner.group(1)) is not None
                or self._titled_anywhere(owner.group(1))
            ):
                return None
        return phrase

    def _titled_anywhere(self, name: str) -> bool:
        """Whether the article gives a name a person's title anywhere ("President
        Obama", "Mr. Lee"), not only at its first mention."""
        for found in re.finditer(rf"([\w.]+)\s+{re.escape(name)}\b", self.text):
            if found.group(1).lower().rstrip(".") in entities.TITLE_WORDS:
                return True
        return False

    def _described_before(self, name: str) -> str | None:
        """The party of the role the sentences just before a name's first mention
        speak of as their subject ("The group's leader fired off denials.
        '...,' Abu Bakr said"), when no other person is named in between."""
        at = self.at
        if at <= 0 or self.text.find(name.split()[-1]) < at:
            return None  # named before: its first mention says who it is
        window = self.text[max(0, at - _ROLE_LOOKBACK) : at]
        found = next(reversed(list(_ROLE_SUBJECT_RE.finditer(window))), None)
        if found is None or window.count("\n\n", found.end()) > 1:
            return None
        between = window[found.end() :]
        if any(m.group() != name for m in _FULL_NAME_RE.finditer(between)):
            return None  # someone else named on the way
        parties, _ = self.parties_of(found.group("role"), None)
        if len(parties) != 1 or parties[0] is None or self.kind(parties[0]) == entities.PERSON:
            return None
        return parties[0]

    def _party_named_in(self, name: str, text: str) -> bool:
        """Whether `text` names the party of `name` by any of its names ("ISIS-held"
        of the Islamic State): a description a sentence opens with is someone
        other than one its own words go on to name."""
        party = self.resolve(name)
        return party is not None and any(
            found == party for _, found in self._resolver.mentions(text)
        )

    def _home_body(self) -> str | None:
        """The organisation the article names most (not a state, not an outlet)."""
        return self._most_mentioned(entities.ORGANISATION)

    def _introduction(self, name: str) -> str | None:
        """The title or role words right before a name's first mention, if any."""
        at = self.text.find(name)
        if at <= 0:
            return None
        before = self.text[max(0, at - 80) : at]
        before = re.split(r"[.!?\"“”]\s|\n", before)[-1]
        corporate = _CORPORATE_TITLE_AFTER_COMMA.search(before)
        if corporate is not None:
            # "Speaking in Paris, Chief Executive Satya Nadella": the place the
            # clause before names is where, not whose; a company's office
            # holder speaks for the company
            return corporate.group("title")
        words = before.replace(",", " ").split()[-7:]
        # Only the title: "A video showed Boko Haram leader": not "showed" and before.
        for at_word in range(len(words) - 1, -1, -1):
            word = words[at_word]
            lower = word.lower()
            if (
                not any(c.isalpha() for c in word)
                or word.startswith("(")
                or word.endswith(":")
                or (word[:1].isupper() and (lower in P.PREPOSITIONS or lower in NAME_GLUE))
            ):
                # "WASHINGTON (AP) — For three years, President": a dateline,
                # a colon or a sentence-opening preposition ends the title
                words = words[at_word + 1 :]
                break
            if word.islower() and (
                lower in P.FINITE_WORDS
                or lower in P.ALL_CUES
                or lower in P.IRREGULAR_PAST
                or lower in P.SUBORDINATORS
                or (lower in P.PREPOSITIONS and lower not in NAME_GLUE)
                or (len(lower) > 4 and lower.endswith("ed"))
            ):
                words = words[at_word + 1 :]
                break
        # A day is when, no part of a title: "On Sunday, President ...", "At
        # the White House Monday, President ..."
        words = [w for w in words if w.lower().rstrip(",.") not in entities.WHEN_WORDS]
        if not words:
            return None
        last = words[-1].lower().rstrip(".")
        if (
            last in entities.ROLES
            or last in _RANK_WORDS
            or last in entities.TITLE_WORDS
            or words[-1].endswith(("'s", "\u2019s"))
        ):
            return " ".join(words)
        return None

    def _full_name(self, surname: str) -> tuple[str, str | None] | None:
        """The full name a surname stands for, as the article first gave it, and the
        organisation a possessive before it names ("NASA's Bill Cooke")."""
        if surname.lower() in entities.GENERIC_WORDS:
            return None
        for before in self._names_before().get(surname, ()):
            forenames, affiliation = self._forenames_in(before)
            if forenames and len(forenames) <= 2:
                return " ".join([*forenames, surname]), affiliation
        return None

    def _forename_full(self, forename: str) -> tuple[str, None] | None:
        """The full name a forename alone stands for ("Taylor was born ..." after
        "Taylor Lianne Chandler"): the one name of two or three capitalised
        words the article opens with it, when no other does and both read as a
        person's, no body's ("Amazon", "Amazon Instant Video"). Asked only when
        no name ends in the word (`_full_name`: then it is a surname)."""
        if forename.lower() in entities.GENERIC_WORDS or not self._personal_name(forename):
            return None
        if self._opening is None:
            self._opening = {}
            lower = set(_LOWER_CASE_WORD_RE.findall(self.text))
            text = without_credits(self.text)
            for run in _CAPITALISED_RUN_RE.finditer(text):
                words = run.group().split()
                # "Amazon Instant Video", "Update A": a word the article also
                # writes in lower case is no name's; nor is a headline's run
                # ("Obama Pledges to ...")
                if (
                    len(words) <= 3
                    and not any(w.lower() in lower for w in words)
                    and not in_headline(text, run.start(), run.end())
                ):
                    self._opening.setdefault(words[0], set()).add(" ".join(words))
        names = self._opening.get(forename, set())
        if len(names) != 1:
            return None
        name = next(iter(names))
        return (name, None) if self._personal_name(name) else None

    def _personal_name(self, name: str) -> bool:
        """Whether capitalised words may be a person's name: no listed party, no
        body's or outlet's name by its words, no possessive."""
        named = entities.name_in(name)
        return (
            not self.resolve_all(name)
            and (named is None or named.kind in (entities.PERSON, entities.UNKNOWN))
            and not name.endswith(("'s", "\u2019s", "'", "\u2019"))
        )

    def _forenames_in(self, before: tuple[str, ...]) -> tuple[list[str], str | None]:
        """Of the capitalised words before a surname, the forenames right before
        it, and the organisation a possessive before them names."""
        forenames: list[str] = []
        for at in range(len(before) - 1, -1, -1):
            word = before[at]
            if word.endswith(("'s", "\u2019s")):
                return forenames, word[:-2]
            lower = word.lower()
            if lower in _TITLE_CASE_VERBS and forenames and at > 0:
                # "A Former Employee Is Suing Amazon": a headline in title
                # case, whose capitals after a verb are words, not forenames
                # (a question's opening verb, "Has Kanye West ...", is not).
                return [], None
            if (
                lower in _NOT_FORENAMES
                or _gerund(lower)  # "Taking Thomas to eat ...": a verb, no forename
                or lower in entities.ROLES
                or lower in entities.TITLE_WORDS
                or lower in entities.OCCUPATIONS
                # "Website NationalReport": a word saying what a body is
                or lower in entities.MEDIA_NOUNS
                or lower in entities.ORGANISATION_NOUNS
                # "a French Apple website": a people's word, no forename
                or self._resolver.is_nationality(word)
                # "Hopefully Apple will ...": an adverb opening a sentence
                or _ADVERB_ENDING_RE.search(lower) is not None
            ):
                break
            forenames.insert(0, word)
        return forenames, None

    def _names_before(self) -> dict[str, list[tuple[str, ...]]]:
        """For each capitalised word, the capitalised words (up to three) before it on
        its line, at each place in the article, in text order: one pass, then looked up."""
        if self._before is None:
            self._before = {}
            # A picture's credit names no one ("Facebook   Taylor Chandler").
            for run in _CAPITALISED_RUN_RE.finditer(without_credits(self.text)):
                words = run.group().split()
                if any(word.lower() in _TITLE_CASE_SMALL_WORDS for word in words[1:]):
                    # "Go With the Flow Make Amazon Your Android App Store": a
                    # line in title case, whose capitals are words, not names
                    continue
                for at in range(1, len(words)):
                    surname = words[at]
                    if surname.endswith(("'s", "\u2019s")):
                        surname = surname[:-2]
                    self._before.setdefault(surname, []).append(tuple(words[max(0, at - 3) : at]))
        return self._before

    def _outlet_owning_before(self) -> str | None:
        """The outlet the sentence just before the speaker's, in its paragraph,
        names as the owner of sources or a report ("the Post's sources")."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        sentence = self._sentence_start(self.at)
        found = None
        for match in _OUTLETS_OWN_RE.finditer(self.text, line_start, sentence):
            found = match
        if found is None:
            return None
        parties, _ = self.parties_of(found.group("owner"), None)
        if len(parties) != 1 or parties[0] is None or self.kind(parties[0]) != entities.MEDIA:
            return None
        return parties[0]

    def _last_outlet(self) -> str | None:
        """The outlet the text named last before the speaker ("... The Washington
        Post said ...; ..., the paper reported")."""
        found = None
        for match in _OUTLET_RE.finditer(self.text, max(0, self.at - 3000), self.at):
            named = entities.name_in(match.group())
            if named is not None and named.kind == entities.MEDIA:
                found = named.name
        if found is not None:
            self.kinds.setdefault(found, entities.MEDIA)
        return found

    def _outlet_cited_next(self) -> str | None:
        """The outlet the sentence after the speaker's cites first as its source
        ("according to the UK's Mirror", "revealed on CNN", "the Mirror
        reported", "the Mirror's report"), that sentence perhaps opening the
        next paragraph."""
        line_end = self.text.find("\n", self.at)
        line_end = len(self.text) if line_end < 0 else line_end
        ended = _SENTENCE_BREAK_RE.search(self.text, self.at, line_end)
        start = ended.end() if ended is not None else line_end
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        following = _SENTENCE_BREAK_RE.search(self.text, start, line_end)
        end = following.start() + 1 if following is not None else line_end
        cited = [
            (match.start(), match.group("name"))
            for match in _CITED_NAME_RE.finditer(self.text, start, end)
        ] + [
            (match.start(), match.group())
            for match in _OUTLET_RE.finditer(self.text, start, end)
            if _CITING_AFTER_RE.match(self.text, match.end())
        ]
        for _, name in sorted(cited):
            named = entities.name_in(name)
            if named is not None and named.kind == entities.MEDIA:
                self.kinds.setdefault(named.name, entities.MEDIA)
                return named.name
        return None

    def _site_by_address(self) -> str | None:
        """The one site the article names by its web address before the speaker
        ("Huzlers.com, a website known for ...", "the website NationalReport.net"),
        as written first; None when it names none or more than one. An address
        inside a link ("http://...", "pic.twitter.com/...") names no site."""
        sites: dict[str, str] = {}
        for found in _SITE_ADDRESS_RE.finditer(self.text, 0, self.at):
            sites.setdefault(found.group().lower(), found.group())
        if len(sites) != 1:
            return None
        site = next(iter(sites.values()))
        self.kinds.setdefault(site, entities.MEDIA)
        return site

    def _full_organisation(self, word: str) -> str | None:
        """The full name of a body the article names by initials or head word."""
        if word.isupper() and 2 <= len(word) <= 8 and word.isalpha():
            spelled = r"\s+(?:(?:of|for|and|on|the)\s+)*".join(rf"{c}[\w'-]*" for c in word)
            match = re.search(rf"\b{spelled}\b", self.text)
            if match is not None:
                named = entities.name_in(match.group())
                if named is not None and named.kind in _SPEAKS_FOR:
                    self.kinds.setdefault(named.name, named.kind)
                    return named.name
            return None
        if word.lower() not in entities.ORGANISATION_HEADS:
            return None
        for match in _NAME_RUN_RE.finditer(self.text):
            if word in match.group().split() and match.group() != word:
                named = entities.name_in(match.group())
                if named is not None and named.kind == entities.ORGANISATION and named.name != word:
                    self.kinds.setdefault(named.name, named.kind)
                    return named.name
        return None

    def _force_of_rank(self, title: str) -> str | None:
        """The force a police rank right before a name speaks for ("Sgt. Ann Lee",
        "Det. Ann Lee", "Cumbria Inspector Ann Lee"): the one the article names,
        as its spokesman would; None when it names none."""
        words = title.replace(",", " ").split()
        if not words or words[-1].lower().rstrip(".") not in _POLICE_RANKS:
            return None
        if entities.FORMER_RE.search(title) or any(
            w[:1].islower() and w.lower() not in _POLICE_TITLE_WORDS for w in words
        ):
            return None  # "a health inspector", "former Det.": no force's rank
        # "Cumbria Sgt.": the place before the rank is the force's ("Cumbrian Police")
        places = [w[:5].lower() for w in words[:-1] if w[:1].isupper()]
        for match in _PLACE_POLICE_RE.finditer(self.text):
            if match.group().split()[0].lower() in _NOT_PLACE_WORDS:
                continue
            named = entities.name_in(match.group())
            if named is None or named.kind != entities.ORGANISATION:
                continue
            if all(any(w.lower().startswith(p) for w in named.name.split()) for p in places):
                self.kinds.setdefault(named.name, named.kind)
                return named.name
        return None

    def _body_of_spokesperson(self, speaker: str) -> str | None:
        """The body a spokesperson named by a description speaks for: "a
        college spokesman" or "a spokeswoman for the charity" speaks for
        whatever "the college" or "the charity" stands for here ("Bramble
        Vocational College", named before). Never a person, and never the
        state for "a police spokesman" when no force is named."""
        described = _SPOKESPERSON_OF_DESCRIBED_RE.fullmatch(" ".join(speaker.split()))
        if described is None:
            return None
        noun = described.group("noun") or described.group("of")
        if noun not in _DESCRIBED_BODIES:
            return None  # "a family spokesperson": no body's voice
        parties, _ = self.parties_of(f"the {noun}", None)
        if not any(parties):
            parties = (self._full_organisation(noun.capitalize()),)
        if len(parties) != 1 or parties[0] is None:
            return None
        return parties[0] if self.kind(parties[0]) != entities.PERSON else None

    def _police_force(self) -> str | None:
        """The force plain "police" means: the one the article names ("Detroit
        police"), else the police of the state the article is about."""
        return self._named_police_force() or self._home_state()

    def _named_police_force(self) -> str | None:
        """The police force the article names first ("Detroit police", "Cumbria
        Police"), if any."""
        for match in _PLACE_POLICE_RE.finditer(self.text):
            if match.group().split()[0].lower() in _NOT_PLACE_WORDS:
                continue  # "Although police say", "But police": no place's force
            named = entities.name_in(match.group())
            if named is not None and named.kind == entities.ORGANISATION:
                self.kinds.setdefault(named.name, named.kind)
                return named.name
        return None

    def _mentioned(self) -> list[str]:
        """The parties the article names, in order: read once, when first needed."""
        if self._mentions is None:
            self._mentions = [party for _, party in self._resolver.mentions(self.text[:20_000])]
        return self._mentions

    def _state_named_before(self) -> str | None:
        """The state named last in the sentence before the speaker, or in the one before it."""
        start = self.at
        for _ in range(2):
            stop = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start))
            start = max(0, stop)
            if stop < 0:
                break
        states = [
            party
            for _, party in self._resolver.mentions(self.text[start : self.at])
            if self._resolver.kind(party) == entities.STATE
        ]
        return states[-1] if states else None

    def _territory_of_body(self, phrase: str) -> str | None:
        """The territory a body named by common nouns is placed in by its own
        modifier ("Gaza civil defence services", "Gaza's civil defence"), when
        the gazetteer knows it as no state's and the article locates events in
        it ("in Gaza"): a territory speaks as itself, not as the state the
        article names most, which may be the one that controls or fights over it.
        """
        placed = _PLACED_BODY_RE.search(" ".join(phrase.split()))
        place = placed["place"] if placed is not None else self._place_given_before(phrase)
        if place is None or self._resolver.resolve(place) is not None:
            return None
        if place.casefold() not in {p.name for p in places_in(self.text, self._resolver)}:
            return None
        self.kinds.setdefault(place, entities.STATE)
        return place

    def _place_given_before(self, phrase: str) -> str | None:
        """The place written before the same body's nouns earlier in the
        article: "civil defence services" told after "Gaza civil defence
        services spokesman Ann Roe" are Gaza's."""
        nouns = " ".join(w for w in phrase.split() if w.lower() not in _DEFINITE)
        if not nouns or not nouns[:1].islower():
            return None
        before = re.compile(
            r"\b(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*)(?:['\u2019]s)?\s+"
            + re.escape(nouns)
            + r"\b"
        )
        found = [m["place"] for m in before.finditer(self.text, 0, self.at)]
        return found[-1] if found else None

    def _lead_of_speaker(self) -> str:
        """The words of the speaker's sentence before the speaker: "Gaza civil
        defence services" before "spokesman Ann Roe"."""
        start = max(self.text.rfind(". ", 0, self.at) + 1, self.text.rfind("\n", 0, self.at) + 1)
        return self.text[start : self.at].strip() + " "

    def _home_state(self) -> str | None:
        """The state the article names most."""
        return self._most_mentioned(entities.STATE)

    def _clear_home_state(self) -> str | None:
        """The state the article names most, when it names it at least twice as
        often as any other: an article about Jordan's strikes that names the
        United States as often says not whose ministry "the information
        ministry" is."""
        counts = Counter(p for p in self._mentioned() if self._resolver.kind(p) == entities.STATE)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self._home_state()

    def _most_mentioned(self, kind: str) -> str | None:
        """The party of `kind` the article names most (the first named, on a tie)."""
        if kind not in self._most:
            counts = Counter(p for p in self._mentioned() if self._resolver.kind(p) == kind)
            self._most[kind] = max(counts, key=counts.__getitem__) if counts else None
        return self._most[kind]

    def _kind_of(self, lower: list[str], speaker: str) -> str:
        head = lower[-1] if lower else ""
        if len(lower) == 1 and head in P.PRONOUNS:
            if head in P.PERSON_PRONOUNS:
                return "person"
            return "group" if head == "they" else "organisation"
        if (_is_joint(speaker) and not self._and_in_a_name(speaker)) or (
            head.endswith("s") and head in P.SPEAKER_NOUNS
        ):
            return "group"
        if head in P.PERSON_HEADS or (lower[0] == "the" and head in _DESCRIBED_PEOPLE):
            return "person"  # "the guitarist", "the writer": a person named before
        if _TELLING_PLACED.search(speaker):
            return "organisation"  # "a report in the Sun": no "his" takes it up
        linked = next((i for i, word in enumerate(lower) if word in _ROLE_LINKS), 0)
        if 0 < linked <= 3 and lower[linked - 1] in P.PERSON_HEADS:
            return "person"  # "a spokesperson for the Teachers' Association": one who speaks for it
        if head in P.ORGANISATION_HEADS:
            return "organisation"
        words = speaker.split()
        name = _name_tokens(words)
        if not name:
            return "organisation"
        if len(name) >= 2 or len(name) < len(words) or name[-1].lower() in self.memory.names:
            return "person"
        return "organisation" if self.resolve(speaker) else "person"

    def note(self, speaker: str, parties: tuple[str | None, ...], kind: str) -> None:
        words = speaker.split()
        head = _head_noun(words).lower()
        if head in P.PRONOUNS:
            return
        self.memory.mentions.append(_Mention(speaker, parties, kind, head))
        if kind == "person" and len(parties) == 1 and parties[0] is not None:
            name = _name_tokens(words)
            if name:
                # "according to Apple Insider": a body under its own name, whose
                # first word alone ("Apple said") is no forename of it
                own = " ".join(name) == parties[0] and self.kind(parties[0]) != "person"
                self.memory.remember_name(name, parties[0], by_first=not own)

    def read_content(
        self,
        content: str,
        start: int,
        speaker: str,
        kind: str,
        quoted: bool,
        cue: str = "",
        *,
        unknown: bool = False,
    ) -> str:
        """`content` as the article reads it (`_read_opening`); a person or body that
        is its subject, described ("the officer", "the robotics company"), named when
        the article introduced exactly one by that description ("Officer Darren
        Wilson", "robotics company Knightscope")."""
        own = _own_act_told(content, speaker, cue)
        if own is not None:
            return own
        read = self._read_opening(content, start, speaker, kind, quoted, cue, unknown=unknown)
        if not quoted:
            read = self._them_named_before(read, start, speaker)
        if read != content:
            return read
        # Only a subject: a name put in further on makes statements about other
        # things share an actor, and so a claim.
        described = _DESCRIBED_RE.match(read)
        if described is not None:
            name = self._introduced_as(described.group("noun"), start, speaker)
            if name is not None:
                return name + read[described.end() :]
        body = _DESCRIBED_BODY_RE.match(read)
        if body is not None:
            # "the search company" was introduced with its modifiers ("search company Google").
            introduced = r"\s+".join(map(re.escape, body.group().split()[1:]))
            name = self._body_introduced_as(introduced, start)
            if name is not None:
                return name + read[body.end() :]
        return read

    def _them_named_before(self, content: str, start: int, speaker: str) -> str:
        """`content` with its one "them" as the one plural noun phrase the
        sentence's own words name before it, in the clause the content ends:
        "Riquelme tells his parents and sister that he has a gift for them" is
        a gift for his parents and sister; "the army knew the location of the
        girls but said it would not act to recover them" would not act to
        recover the girls. A plural speaker, or a "they" or a second plural
        before, leaves it as it is: which one is meant is not said."""
        pronouns = _THEM_RE.findall(content)
        if len(pronouns) != 1 or _plural_speaker(speaker) or _opens_on_verb(content):
            return content  # a clause with no subject is read whole where its subject is found
        opened = _CLAUSE_OPENED_RE.match(self.text, max(0, start - 200), start)
        before = self.text[opened.end() if opened else max(0, start - 200) : start]
        if _PLURAL_PRONOUN_RE.search(before):
            return content
        candidates = _plural_phrases(before)
        if len(candidates) != 1:
            return content
        return _THEM_RE.sub(lambda _: candidates[0], content, count=1)

    def _body_introduced_as(self, noun: str, before: int) -> str | None:
        """The one body the article introduced before `before` by `noun` (a pattern)
        and its name ("robotics company Knightscope", "Knightscope, a robotics company")."""
        text = self.text[:before]
        name = r"((?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){0,3})"
        found = set()
        for match in re.finditer(rf"(?i:(?<![A-Z])\b{noun})\s+{name}", text):
            if not re.match(r"\s+(?-i:[A-Z])", text[match.end() :]):
                found.add(match.group(1))
        apposition = rf"{name},\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,3}}{noun}\b"
        found.update(match.group(1) for match in re.finditer(apposition, text))
        found = {
            f
            for f in found
            if f.split()[0].lower() not in _NO_NAME_PART and not self.resolve_all(f)
        }
        return found.pop() if len(found) == 1 else None

    def _read_opening(
        self,
        content: str,
        start: int,
        speaker: str,
        kind: str,
        quoted: bool,
        cue: str = "",
        *,
        unknown: bool = False,
    ) -> str:
        """`content` with the pronoun or description it opens with named, when the article says who.

        "[He] asked for 48 hours", said by "the source", is about the person
        the article named last ("Robert Plant asked ..."); "the militant group
        said ..." about the body the article names most. A pronoun in a
        person's own indirect speech ("Hunter said he ...") stands for the
        speaker, which the claim text settles; only one in a quotation, or in
        what someone else reports, is looked up here. Two the claim text cannot
        settle are named here: "they" said by people described, not named
        ("Witnesses say they saw ..." -> "Witnesses saw ..."), and "his" or
        "her" said by a person named before the words ("Oberholtzer said his
        business ..." -> "Mark Oberholtzer's business ...").
        A person named by a name no party
        is known by (`unknown`) means itself by "he" or "she" in its own
        indirect speech ("Nikolai said he can ..." -> "Nikolai can ...").
        """
        if not quoted:
            group = _plural_speaker(speaker)
            if group and self.resolve_all(group):
                group = None  # "Turkish officials": the claim text names the party they speak for
            plural = _OPENING_THEY_RE.match(content) if group else None
            if (
                group
                and plural is not None
                and not last_seen(content)
                and not self._others_subject_before(group)
            ):
                # "Witnesses say they saw Bibeau": the witnesses saw him.
                said = group + ("'" if plural.group("ref").lower() == "their" else "")
                return content[: plural.start("ref")] + said + content[plural.end("ref") :]
            owner = _OPENING_HIS_RE.match(content)
            named = self._named_speaker(speaker) if kind == "person" and self.at < start else None
            if named is not None and _names_a_body(speaker):
                named = None  # "Press TV claimed, adding that her parents ...": an outlet has none
            if cue.split()[-1:] and cue.split()[-1].lower() in _TELLING:
                named = None  # "Mueller told her town's newspaper ...": whom she told
            if owner is not None and named is not None:
                # "Oberholtzer said his business has ...": a person named before
                # the words means itself by "his"; one named after them ("...,
                # noted journalist X") or called "he" may mean someone else.
                said = named + ("'" if named.endswith("s") else "'s")
                return content[: owner.start("ref")] + said + content[owner.end("ref") :]
            itself = _OPENING_PERSONAL_RE.match(content) if unknown and kind == "person" else None
            if itself is not None and self.at < start and may_be(speaker, itself.group("ref")):
                own = self._own_name(speaker)
                if own is not None:
                    return content[: itself.start("ref")] + own + content[itself.end("ref") :]
        match = _OPENING_REFERENCE_RE.match(content)
        if match is None:
            return content
        words = match.group("ref").lower().split()
        name: str | None = None
        if words[-1] in _GROUP_NOUNS:
            name = self._home_body()
        elif words[-1] in _PERSON_NOUNS or words[0] in ("he", "she"):
            if words[0] in ("he", "she") and not quoted and kind == "person":
                kin = self._kin_of(words[0], content[match.end("ref") :], speaker)
                if kin is None:
                    return content  # the speaker, in its own indirect speech
                # "His brother, Mike Haines, said he had worked ...": the one the
                # speaker is introduced as kin of, of whom the sentence speaks.
                return content[: match.start("ref")] + kin + content[match.end("ref") :]
            told = bool(cue.split()[-1:]) and cue.split()[-1].lower() in _TELLING
            if (
                words[0] in ("he", "she")
                and not quoted
                and _described_person(speaker)
                and may_be(speaker, words[0])
                and (not told or _of_the_sex_of(speaker, words[0]))
            ):
                # "The elderly man claims that he has ...": a person the article
                # describes and names no party for means itself by "he" in its own
                # indirect speech, as a named one does; not someone named before.
                # Not when told to someone: "The nurse told Mr Kask he had ..." may
                # be about the one told; but "the boy told his teacher he had ..."
                # may be the boy as much, and the person named most is neither.
                return content
            noun = words[-1] if words[0] == "the" else None
            relative = (
                _RELATIVE_SPEAKER_BEFORE_RE.search(self.text, max(0, start - 120), start)
                if words[0] in ("he", "she") and match.start("ref") == 0
                else None
            )
            if relative is not None:
                # "Ann Lee, who said that she had ...": the one the "who" follows.
                return self._as_relative_antecedent(content, match, relative.group("name"))
            name = (
                self._subject_of_sentence_before(start, words[0], speaker)
                if words[0] in ("he", "she") and match.start("ref") == 0
                else None
            ) or self._person_before(
                start, exclude=speaker, noun=noun, pronoun=words[0] if noun is None else None
            )
        rest = content[match.end("ref") :]
        if name is None or re.search(rf"\b{re.escape(name.split()[-1])}\b", rest):
            # "He called 911 ... to find Nelson dead": someone other than Nelson.
            return content
        if words[-1] in _GROUP_NOUNS and self._party_named_in(name, rest):
            # "the group is reaching out to officials in ISIS-held areas": not ISIS.
            return content
        return content[: match.start("ref")] + name + content[match.end("ref") :]

    def _as_relative_antecedent(self, content: str, match: re.Match[str], named: str) -> str:
        """`content`, a clause said in a relative "who" clause ("Ann Lee, who said
        that she had heard ..."), with its opening "he" or "she" (`match`) as the
        person the "who" follows (`named`): the relative names its speaker, of
        whom the pronoun speaks, not the person the article names most. The
        content is left as it is when the pronoun does not fit the name (an
        "Mr" is no "she") or `named` is no person's name ("The agency, who
        said ...")."""
        pronoun = match.group("ref").lower()
        full = person_name(named)
        if full is None or not may_be(named, pronoun) or self._titled_as_other_sex(full, pronoun):
            return content
        return content[: match.start("ref")] + full + content[match.end("ref") :]

    def _subject_of_sentence_before(self, at: int, pronoun: str, speaker: str) -> str | None:
        """For a "he" or "she" at `at` opening a sentence inside its paragraph, the
        person the sentence before names as its subject: "'Brokaw wants Williams'
        head on a platter. He is making a lot of noise ...'" is Brokaw's noise,
        though the article names Williams more. The subject of the sentence just
        before is the one a pronoun opening the next takes up; the speaker, who
        would say "I", is no candidate."""
        line_start = self.text.rfind("\n", 0, at) + 1
        before = self.text[line_start:at]
        ended = _SENTENCE_ENDED_BEFORE_RE.search(before)
        if ended is None:
            return None
        breaks = list(_SENTENCE_BREAK_RE.finditer(before, 0, ended.start() + 1))
        sentence = before[breaks[-1].end() if breaks else 0 : ended.start()]
        found = _NAMED_SUBJECT_RE.match(sentence.lstrip(" '\u2018" + P.OPEN_QUOTES))
        if found is None:
            return None
        if not _finite_verb(found.group("verb")):
            return None
        full = self._people().get(found.group("name"))
        if full is None or full.split()[-1] in speaker.split() or not may_be(full, pronoun):
            return None
        return full

    def _others_subject_before(self, group: str) -> bool:
        """Whether the sentence before the speaker's has for a subject other
        people or things in the plural, at its start or after a comma ("...,
        the producers are paid. Industry experts say they get ..."): the
        "they" of the group's words may be those, of whom the group speaks,
        as much as the group itself. A plural inside a "that" clause is no
        subject the next sentence goes on about."""
        start = self._sentence_start(self.at)
        end = len(self.text[:start].rstrip())
        if end == 0:
            return False
        sentence = self.text[self._sentence_start(end - 1) : end]
        head = group.split()[-1].lower()
        for phrase in _plural_phrases(sentence):
            at = sentence.find(phrase)
            opens = not sentence[:at].strip() or sentence[:at].rstrip().endswith(",")
            after = sentence[at + len(phrase) :].split()[:1]
            verb = after[0].lower() if after else ""
            if (
                opens
                and phrase.split()[-1].lower() != head
                and (verb in P.FINITE_WORDS or _past_verb(verb))
            ):
                return True
        return False

    def _named_speaker(self, speaker: str) -> str | None:
        """The full name of a speaker written as a person's name ("Oberholtzer")."""
        words = speaker.split()
        if not words or not words[-1][:1].isupper() or words[-1].lower() in P.PRONOUNS:
            return None
        named = person_name(speaker)
        if named is not None:
            return named  # "Lucy Somers" is not the "Luke Somers" the article names more
        surname = words[-1]
        # A surname two people in the article share ("Luke Somers", "Lucy Somers") is no one's.
        forenames = {
            found
            for found in _forenames(self.text, surname)
            if found.lower() not in _NOT_FORENAMES and found.lower() not in _PLAIN_TITLE_WORDS
        }
        return self._people().get(surname) if len(forenames) == 1 else None

    def _introduced_as(self, noun: str, before: int, speaker: str) -> str | None:
        """The one person the article introduced before `before` by `noun` and a
        full name ("Officer Darren Wilson", "the actor, Christian Bale"), the speaker aside."""
        found = set()
        pattern = (
            rf"(?i:\b{re.escape(noun)}),?\s+((?:[A-Z][\w'\u2019.-]*\s+){{1,2}}[A-Z][\w'\u2019-]+)"
        )
        text = self.text[:before]
        for match in re.finditer(pattern, text):
            if re.match(r"\s+[A-Z]", text[match.end() :]) or re.search(
                r"[A-Z][\w'\u2019-]*\s+$", text[: match.start()]
            ):
                continue  # a headline in title case ("Pregnant Nun Gives Birth To ...")
            named = entities.name_in(match.group(1))
            if named is None or named.kind != entities.PERSON or " " not in named.name:
                continue
            if any(w.lower() in _NOT_FORENAMES for w in named.name.split()):
                continue
            found.add(named.name)
        name = found.pop() if len(found) == 1 else None
        if name is None or name.split()[-1] in speaker.split():
            return None
        return name

    def _own_name(self, speaker: str) -> str | None:
        """A speaker written as a bare name the article does not also use as a word
        ("Nikolai", "Ms Blumenthal"; not "Testing" opening sentences, not "Rod" beside
        "a fishing rod", not a place or a state's people): the full name the article
        gives it, else the name as written."""
        words = [w for w in speaker.split() if w.lower() not in P.HONORIFICS]
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return None
        lower = [w.lower() for w in words]
        if any(
            w in _NOT_FORENAMES or w in _NOT_NAME_WORDS or w in entities.ROLES or w in _PERSON_NOUNS
            for w in lower
        ):
            return None
        if re.search(rf"(?<![\w'\u2019-]){re.escape(lower[-1])}(?![\w'\u2019-])", self.text):
            return None  # a common word in capitals, not a name
        name = " ".join(words)
        if not re.search(rf"[\w,]\s+{re.escape(words[-1])}\b", self.text):
            return None  # capitalised only where a sentence opens ("Testing says ...")
        if _PLACE_BEFORE_RE.search(self.text.replace(name, "\x00")) or self.resolve(
            name + " officials"
        ):
            return None  # a place ("in Arizona") or a state's people ("British")
        if len(words) == 1:
            # A forename: the one full name the article gives it ("Conal O'Rourke").
            fulls = {f for f in self._people().values() if f.split()[0] == name}
            if len(fulls) == 1:
                return fulls.pop()
        return self._named_speaker(name) or name

    def _person_before(
        self,
        at: int,
        exclude: str,
        noun: str | None = None,
        other_than: str | None = None,
        pronoun: str | None = None,
    ) -> str | None:
        """The person a pronoun or description at `at` most likely stands for, the speaker aside.

        For a description, the one the article introduced by its noun ("actor
        Christian Bale" for "the actor"); for a pronoun, of those mentioned in
        the paragraphs before, the one the article mentions most (the latest
        on a tie), and no one when the article titles that one as of the
        other sex ("Mr Lund" is no "she": the next most named may be a place).
        """
        people = self._people()
        if not people:
            return None
        fulls = sorted(set(people.values()))
        others = [
            f
            for f in fulls
            if f.split()[-1] not in exclude.split()
            and f != other_than
            and not self._named_as_place(f)
        ]
        if noun is not None:
            introduced = [
                f
                for f in others
                if re.search(rf"\b{re.escape(noun)},?\s+{re.escape(f)}\b", self.text, re.I)
            ]
            # Only one the article introduced so: a description is no pronoun,
            # and the person last named is often someone else.
            return introduced[0] if len(introduced) == 1 else None
        pattern = _people_re(tuple(sorted(people, key=len, reverse=True)))
        recent: dict[str, int] = {}
        last_at: dict[str, int] = {}
        for order, found in enumerate(pattern.finditer(self.text, max(0, at - 1500), at)):
            full = people[found.group()]
            if full in others:
                recent[full] = order
                last_at[full] = found.end()
        if not recent:
            return None
        counts = {f: self._surname_count(f) for f in recent}
        likeliest = max(recent, key=lambda f: (counts[f], recent[f]))
        if pronoun is not None and self._titled_as_other_sex(likeliest, pronoun):
            return None  # the one the article says most is of the other sex: someone else
        if pronoun is not None and _described_subject_of_sex(
            self.text, last_at[likeliest], at, pronoun
        ):
            return None  # "The man ... asked": the one the article went on about since
        return likeliest

    def _titled_as_other_sex(self, full: str, pronoun: str) -> bool:
        """Whether the article tells of `full`, by its surname, as of the sex "he"
        or "she" is not: by courtesy titles ("Mrs Reyes" is no "he"; a surname
        both "Mr" and "Mrs" stand before is either) or by the pronoun a
        sentence after one naming it opens on (`entities.pronoun_told`)."""
        told = entities.pronoun_told(self.text, full.split()[-1])
        return told is not None and told != pronoun.lower()

    def _kin_of(self, pronoun: str, rest: str, speaker: str) -> str | None:
        """The person a speaker introduced as someone's kin ("His brother, Mike
        Haines, said he ...", "Mike Haines, his brother, said he ...") means by
        "he" or "she" in its own indirect speech, when the article names them: the
        one "his" or "her" stands for, of the same gender as the pronoun, when
        the words say no "him" or "her" of their own (which would be that one)."""
        possessive = "his" if pronoun == "he" else "her"
        if _OBJECT_PRONOUN_RE[pronoun].search(rest):
            return None
        before = self.text[max(0, self.at - 80) : self.at]
        after = self.text[self.at : self.at + len(speaker) + 80]
        first = speaker.split()[0]
        introduced = _KIN_BEFORE[possessive].search(before) or (
            after.startswith(first) and _KIN_AFTER[possessive].match(after, len(first))
        )
        if introduced is None:
            return None
        own = self._named_speaker(speaker) or speaker
        return self._person_before(self.at, exclude="", other_than=own)

    def _named_as_place(self, full: str) -> bool:
        """Whether the article writes a name as a place's, after a preposition of
        place ("his former parish in South Boston"): no person a "he" stands for."""
        marked = self.text.replace(full, "\x00")
        # The pattern can match only at a NUL: it is tried at the place words
        # right before each, not scanned for over the whole article.
        at = marked.find("\x00")
        while at >= 0:
            gap = at
            while gap > 0 and marked[gap - 1].isspace():
                gap -= 1
            for word in _PLACE_WORDS:
                opens = gap - len(word)
                if (
                    opens >= 0
                    and marked.startswith(word, opens)
                    and _PLACE_NAMED_RE.match(marked, opens)
                ):
                    return True
            at = marked.find("\x00", at + 1)
        return False

    def _surname_count(self, full: str) -> int:
        """How often the article writes the last word of `full`, alone or in a name."""
        surname = full.split()[-1]
        if surname.isalpha():
            return self._capitalised()[surname]
        # "Zehaf-Bibeau", "O'Brien": a word the capitalised words' count splits.
        return len(re.findall(rf"(?<![\w'\u2019-]){re.escape(surname)}(?![\w-])", self.text))

    def _capitalised(self) -> Counter[str]:
        """How often each capitalised word occurs in the article, counted in one pass."""
        if self._capital_counts is None:
            self._capital_counts = Counter(_CAPITALISED_RE.findall(self.text))
        return self._capital_counts

    @property
    def resolver(self) -> PartyResolver:
        return self._resolver

    def full_name_of(self, word: str) -> str | None:
        """The one full name the article gives a forename or a surname."""
        said_alone = {
            full
            for full in self._people().values()
            if " " in full and word in (full.split()[0], full.split()[-1])
        }
        if len(said_alone) == 1:
            return said_alone.pop()  # the one the article also calls by that word
        fulls = set()
        for match in _FULL_NAME_RE.finditer(self.text[:20_000]):
            if word not in match.group().split():
                continue
            named = entities.name_in(match.group())
            if named is not None and named.kind == entities.PERSON and " " in named.name:
                parts = named.name.split()
                if word in (parts[0], parts[-1]) and not self.resolve_all(named.name):
                    fulls.add(named.name)
        return fulls.pop() if len(fulls) == 1 else None

    def _people(self) -> dict[str, str]:
        """Persons named in full and then by surname: surname or full name -> full name."""
        if self._named_people is None:
            found: dict[str, str] = {}
            # Each test asks only of the name, so the cheap ones go first: most
            # runs of capitals fail them, and need no party or name rules read.
            for match in _FULL_NAME_RE.finditer(self.text[:20_000]):
                full = match.group()
                surname = full.split()[-1]
                if surname in found and not self._namesake(full, found):
                    continue
                lower = [w.lower() for w in full.split()]
                if any(w in _NOT_FORENAMES for w in lower[:-1]) or any(
                    w in _NOT_NAME_WORDS or w in _NO_NAME_PART for w in lower
                ):
                    continue  # "Through Border", "Fox News Tuesday", "Confirms Earth"
                # Said by surname alone elsewhere: a person, not a body ("Led Zeppelin").
                if self._surname_count(full) <= self.text.count(full):
                    continue
                if self.resolve(full) is not None or self.resolve(surname) is not None:
                    continue
                named = entities.name_in(full)
                if named is not None and named.kind == entities.PERSON and named.name == full:
                    # A surname two people share ("Paul Horner", his mother "Adeline
                    # Horner") stays the first one's; the second's full name is hers.
                    found.setdefault(surname, full)
                    found[full] = full
            self._named_people = found
        return self._named_people

    def _namesake(self, full: str, found: dict[str, str]) -> bool:
        """Whether `full` is a second person with the surname of one found first: a
        forename and a surname, neither forename short for the other ("Chris
        Bale" is "Christian Bale"), written in full more than once ("Paul
        Horner" and his mother "Adeline Horner"), not a title taken once for a
        forename ("Corpl Cirillo")."""
        if full in found:
            return False
        words = full.split()
        first = found[words[-1]].split()
        if len(words) != 2 or len(first) != 2:
            return False
        forename = words[0]
        if forename.startswith(first[0]) or first[0].startswith(forename):
            return False
        return self.text.count(full) > 1

    def _antecedent(self, lower: list[str]) -> _Mention | None:
        if len(lower) != 1 or lower[0] not in P.PRONOUNS:
            return None
        word = lower[0]
        memory = self.memory
        if word in P.PERSON_PRONOUNS:
            opening = self._subject_of_opening_clause()
            if opening is not None and entities.may_be(word, opening):
                parties, kind = self.parties_of(opening, None)
                if kind == "person" and any(parties):
                    return _Mention(opening, parties, kind, opening.split()[-1].lower())
        if word in P.PERSON_PRONOUNS:
            leading = self._subject_of_leading_clause()
            if leading is not None and entities.may_be(word, leading):
                parties, kind = self.parties_of(leading, None)
                if kind == "person" and any(parties):
                    return _Mention(leading, parties, kind, leading.split()[-1].lower())
        if word in P.PERSON_PRONOUNS:
            owner = self._owner_in_opening_phrase()
            if owner is not None and entities.may_be(word, owner) and not _names_a_body(owner):
                parties, kind = self.parties_of(owner, None)
                if kind == "person" and any(parties):
                    return _Mention(owner, parties, kind, owner.split()[-1].lower())
        if word in P.PERSON_PRONOUNS or word == "it":
            # A pronoun opening its sentence takes up the subject of the sentence
            # before, when that fits it: "The Turkish government has refused ...
            # However, it announced ..."; "Ann Lee declined. She said ...".
            subject = self._previous_subject()
            if subject is not None:
                parties, kind = self.parties_of(subject, None)
                person = (kind == "person" and self._ends_in_a_persons_name(subject)) or (
                    word in _SINGULAR_PERSON_PRONOUNS and _one_role_holder(subject)
                )
                if (
                    any(parties)
                    and (person if word != "it" else kind == "organisation")
                    and entities.may_be(word, subject)
                ):
                    return _Mention(subject, parties, kind, subject.split()[-1].lower())
        if word in P.PERSON_PRONOUNS:
            # '"...," he said' opening a paragraph, after a paragraph whose last
            # sentence has a named person as its subject ("Chibok resident Ann Roe
            # is deeply critical of ..."): that person, not the last speaker
            subject = self._subject_before_quotation() or self._subject_before_paragraph()
            named = entities.name_in(subject) if subject is not None else None
            if (
                subject is not None
                and named is not None
                and named.kind in (entities.PERSON, entities.UNKNOWN)
                and entities.may_be(word, subject)
                and not self._last_person_in_paragraph_before()
            ):
                parties, kind = self.parties_of(subject, None)
                if (
                    kind == "person"
                    and len(parties) == 1
                    and self.kind(parties[0]) == entities.PERSON
                ):
                    found = _Mention(subject, parties, kind, subject.split()[-1].lower())
                    # the pronouns after it go on with that person
                    memory.mentions.append(found)
                    return found
        if word in P.PERSON_PRONOUNS:
            # "Williams, on Wednesday, recanted a war story in which he claimed
            # ...": a pronoun inside its sentence, after the sentence's named
            # subject, is that person, whether or not they spoke before
            subject = self._subject_of_own_sentence()
            if subject is not None and entities.may_be(word, subject):
                parties, kind = self.parties_of(subject, None)
                if (
                    kind == "person"
                    and len(parties) == 1
                    and parties[0] is not None
                    and self.kind(parties[0]) == entities.PERSON
                ):
                    return _Mention(subject, parties, kind, subject.split()[-1].lower())
        if word in P.PERSON_PRONOUNS:
            told_of = self._one_person_in_paragraph_before()
            if told_of is not None and entities.may_be(word, told_of):
                parties, kind = self.parties_of(told_of, None)
                if kind == "person" and len(parties) == 1 and parties[0] is not None:
                    return _Mention(told_of, parties, kind, told_of.split()[-1].lower())
        if word in P.PERSON_PRONOUNS:
            last = memory.last(lambda m: m.kind == "person")
            if last is None:
                return self._only_person_told_of(word)
            # "Mr. Jones said ... she said": someone else, whom the article
            # may not have named as a speaker; no one further back is guessed.
            # An outlet or body named by its own name ("..., The Sun reported")
            # is no "he" or "she" either.
            if self._body_by_own_name(last):
                return None
            if self._other_person_told_of(last, word):
                self.left_open.add(self.at)
                return None
            if not entities.may_be(word, last.text) or (
                last.text[-1:].isalpha()
                and last.text.split()[-1][:1].isupper()
                and self._titled_as_other_sex(last.text, word)
            ):
                return None  # "Shekau denied it. He said ..." is no "she" after
            return last
        if word == "it":
            return self._body_heard_before_paragraph() or memory.last(
                lambda m: m.kind == "organisation"
            )
        if word == "they":
            return memory.last(lambda m: m.kind == "group") or memory.last(lambda m: True)
        return None

    def _subject_of_own_sentence(self) -> str | None:
        """The named subject of the sentence a pronoun stands inside (not at its
        opening), when the sentence opens with it and quotes no one."""
        start = self._sentence_start(self.at)
        opening = self.text[start : self.at].lstrip()
        if (
            not opening
            or opening[0] in "'\u2018" + P.QUOTE_CHARS
            or _QUOTATION_CLOSED_RE.search(opening)
        ):
            return None  # "'Obviously, ... then-Gov. Sam Adams ...,' he said": quoted words
        subject = self._subject_of(start, self.at)
        name = _name_tokens(subject.split()) if subject is not None else None
        if subject is None or not name:
            return None
        if subject.split()[0].lower() in P.DETERMINERS or not self._proper(" ".join(name)):
            # "The first MacBook Air was introduced ..., where he claimed";
            # "Women are expected to marry ..., she explained": no one's name
            return None
        return subject

    def _owner_in_opening_phrase(self) -> str | None:
        """The person whose thing a phrase opening the pronoun's sentence names:
        "On Lin's social media pages, he says ..." -> "Lin"."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        found = _OPENING_OWNER.search(self.text, max(line_start, self.at - 120), self.at)
        return found.group("owner") if found is not None else None

    def _subject_of_opening_clause(self) -> str | None:
        """The named subject of a clause of time opening the pronoun's sentence:
        "Soon after Ms. Price was elected, she said ..." -> "Ms. Price"."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        found = _OPENING_CLAUSE_SUBJECT.search(self.text, max(line_start, self.at - 160), self.at)
        if found is None:
            return None
        verb = found.group("verb")
        if not (verb in P.FINITE_WORDS or verb in P.IRREGULAR_PAST or verb.endswith("ed")):
            return None
        return found.group("name")

    def _previous_subject(self) -> str | None:
        """The subject of the sentence before the one a pronoun speaker opens (a
        short adverbial may come first), in the same paragraph; None when the
        pronoun follows a quotation or a clause of its own."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        before = self.text[line_start : self.at]
        breaks = list(_SENTENCE_BREAK_RE.finditer(self.text[line_start : self.at + 1]))
        if not breaks:
            return None
        prefix = before[breaks[-1].end() :]
        if len(prefix.split()) > 4 or any(c in prefix for c in P.QUOTE_CHARS):
            return None
        start = breaks[-2].end() if len(breaks) > 1 else 0
        return self._subject_of(line_start + start, line_start + breaks[-1].start())

    def _ends_in_a_persons_name(self, subject: str) -> bool:
        """Whether a sentence's subject ends in a name that is no state's or
        place's: in "The visit to Peru began in 2011. Once in Lima, he claimed
        ..." Peru is the setting the narration tells of, not who "he" is."""
        name = _name_tokens(subject.split())
        if not name:
            return False
        places = self.resolve_all(" ".join(name))
        return not places or any(self.kind(party) != entities.STATE for party in places)

    def _subject_of(self, start: int, end: int) -> str | None:
        """The plain subject of the sentence text[start:end], if it opens with one."""
        if any(c in self.text[start:end] for c in P.QUOTE_CHARS):
            return None  # a quotation's sentence: its subject may be anyone
        presented = _PRESENTED_RE.match(self.text, start, end)
        if presented is not None:
            return presented.group("name")  # "This is Beaton hearing ...": Beaton
        tokens = _tokens(self.text, start, end)
        for j, token in enumerate(tokens[:8]):
            verb = j
            if j and token.text == ",":
                # "Anna Berg, the mayor's aide, declined": the name before its apposition
                close = next(
                    (k for k in range(j + 1, min(len(tokens), j + 15)) if tokens[k].text == ","), 0
                )
                verb = close + 1 if close and close + 1 < len(tokens) else 0
            elif token.text in (",", "(") or token.lower in P.SUBORDINATORS:
                return None  # a leading clause: not a plain subject
            if verb and (tokens[verb].lower in P.FINITE_WORDS or _is_past_tense(tokens[verb])):
                subject = _without_age_aside(tokens[:j])
                if not _valid_speaker(subject) or any(t.lower in P.PRONOUNS for t in subject):
                    return None  # a pronoun there is resolved by the speakers met before
                return self.text[subject[0].start : subject[-1].end]
        return None

    def _subject_of_leading_clause(self) -> str | None:
        """The named subject of a clause opening the pronoun's sentence ("While
        Maj. Gen. Ann Roe, the police chief, told reporters, '...,' he said"),
        read up to any quotation in it: the one a "he" or "she" after the clause
        stands for, rather than whoever spoke before. A title's period ("Maj.")
        ends no sentence here."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        start = line_start
        for found in _SENTENCE_BREAK_RE.finditer(self.text, line_start, self.at):
            words = self.text[line_start : found.start() + 1].split()
            if not (words and _is_abbreviation(words[-1])):
                start = found.end()
        opening = _LEADING_CLAUSE_RE.match(self.text, start, self.at)
        if opening is None:
            return None
        quoted = _QUOTE_CHAR_RE.search(self.text, opening.end(), self.at)
        end = quoted.start() if quoted else self.at
        if not self.text[opening.end() : end].rstrip().endswith(","):
            return None  # "When Ann approached him, Roe said he ...": Roe's "he"
        return self._subject_of(opening.end(), end)

    def _body_of_leading_clause(self, alone: bool = False) -> str | None:
        """The one body that a clause opening the speaker's sentence has as its
        named subject ("When Acme unveiled its phone, the company said ...");
        with `alone`, only a subject that is the body's name."""
        start = self._sentence_start(self.at)
        opening = _LEADING_CLAUSE_RE.match(self.text, start, self.at)
        if opening is None:
            return None
        return self._body_named_by(self._subject_of(opening.end(), self.at), alone)

    def _subject_body(self, alone: bool = False) -> str | None:
        """The one body (an organisation or outlet, not a state or a person) that
        the sentence before the speaker's has as its named subject; with
        `alone`, only a subject that is the body's name."""
        return self._body_named_by(
            self._previous_subject() or self._subject_of_paragraph_before(), alone
        )

    def _body_named_by(self, subject: str | None, alone: bool = False) -> str | None:
        """The one body (an organisation or outlet, not a state or a person) that
        a sentence's subject names, if it names one; with `alone`, only when the
        subject is the body's name, a word such as "Ltd" at most after it."""
        if subject is None or not _name_tokens(subject.split()):
            return None  # none, or itself a description: never chained
        parties, _ = self.parties_of(subject, None)
        if len(parties) != 1 or parties[0] is None:
            return None
        if self.kind(parties[0]) not in (entities.ORGANISATION, entities.MEDIA):
            return None
        named = THE_OPENING.sub("", subject)
        if alone and not (
            named.startswith(parties[0]) and len(named[len(parties[0]) :].split()) <= 1
        ):
            return None  # "Acme spokesman Al Dunn": one of its people
        if parties[0].lower() not in subject.lower() and not (
            _all_name(subject) and self.resolve_all(subject) == [parties[0]]
        ):
            # "An operation to free Ann Lee": a body by way of a person; a subject
            # that is a name and nothing else ("ISIS" for the Islamic State) is the
            # body by another of its names.
            return None
        return parties[0]

    def _site_named_as_subject(self) -> str | None:
        """The name alone that the sentence before has as its subject, for "the
        site" or "the blog" opening the next ("Bleeding Cool had the original
        rumor ... In an update, the site praised ..."), when nothing says whose
        it is: "the site" says it is an outlet, though two capitalised words
        read as a person's name. Not a name the article also gives by its
        last word alone (a person's), nor one the parties list knows."""
        subject = self._previous_subject() or self._subject_of_paragraph_before()
        if subject is None or not _all_name(subject) or subject in self._people():
            return None
        if " " not in subject and not self._proper(subject):
            return None  # "Officials said ...": a word opening a sentence, no name
        named = entities.name_in(subject)
        if (
            named is None
            or named.name != subject
            or named.kind not in (entities.PERSON, entities.UNKNOWN)
            or self.resolve_all(subject)
        ):
            return None
        # Over the person's kind a reading of the subject alone guessed
        self.kinds[subject] = entities.MEDIA
        return subject

    def _proper(self, name: str) -> bool:
        """Whether each word of `name` is written capitalised inside a sentence
        somewhere in the text ("fighters of Isis"), as a proper name is, and not
        only where a sentence opens ("Hostages gave him ...")."""
        return _written_as_a_name(self.text, name)

    def _unknown_named_subject(self) -> bool:
        """Whether the sentence before the speaker's has for its subject a name and
        nothing else that stands for no party known ("Isis is believed to have
        ... The group maintained ..."): the description takes that body up, not
        the last body heard from."""
        subject = self._previous_subject() or self._subject_of_paragraph_before()
        if subject is None or not _all_name(subject) or not self._proper(subject):
            return False
        parties, _ = self.parties_of(subject, None)
        return not any(parties)

    def _subject_of_paragraph_before(self) -> str | None:
        """For a speaker opening its paragraph (a short adverbial may come first),
        the subject of the last sentence of the paragraph before."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        prefix = self.text[line_start : self.at]
        if len(prefix.split()) > 4 or any(c in prefix for c in P.QUOTE_CHARS + ".!?"):
            return None
        return self._last_subject_before(line_start)

    def _subject_before_paragraph(self) -> str | None:
        """For a pronoun opening its paragraph ("He said afterwards: ..."), the
        named subject of the last sentence of the paragraph before, when no
        quotation stands in that paragraph: as for one right after a quotation
        (`_subject_before_quotation`), the person that paragraph tells of."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        if self.text[line_start : self.at].strip():
            return None
        subject = self._last_subject_before(line_start, unquoted=True)
        if subject is None or len(_name_tokens(subject.split())) == 0:
            return None
        return subject

    def _body_heard_before_paragraph(self) -> _Mention | None:
        """For "it" opening its paragraph ("It said the operation ..."), the body
        that spoke as the subject of the last sentence of the paragraph before
        ("The defence ministry said ..., according to a news agency"): the
        paragraph goes on with it, not with a source cited after it."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        if self.text[line_start : self.at].strip():
            return None
        subject = self._last_subject_before(line_start, unquoted=True)
        if subject is None:
            return None
        parties, kind = self.parties_of(subject, None)
        if kind != "organisation" or len(parties) != 1 or parties[0] is None:
            return None
        return self.memory.last(lambda m: m.kind == kind and m.parties == parties)

    def _subject_before_quotation(self) -> str | None:
        """For a pronoun right after a quotation that opens its paragraph ('"...,"
        he said'), the named subject of the last sentence of the paragraph
        before, when no quotation stands in that paragraph."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        prefix = self.text[line_start : self.at].rstrip()
        if not prefix or prefix[0] not in P.OPEN_QUOTES or prefix[-1] not in P.QUOTE_CHARS:
            return None
        if sum(prefix.count(c) for c in P.QUOTE_CHARS) != 2:
            return None  # one quotation, whole, before the pronoun
        subject = self._last_subject_before(line_start, unquoted=True)
        if subject is None or len(_name_tokens(subject.split())) == 0:
            return None
        return subject

    def _one_person_in_paragraph_before(self) -> str | None:
        """For a "he" or "she" opening its paragraph after a person heard only by
        a description ("A spokesman said ..."), the one person the paragraph
        before names in full ("The story hit a chord with Louise Mensch, the
        former MP. / She fell for the scam ..."): of whom that paragraph told,
        not the unnamed speaker before it."""
        line_start = self.text.rfind("\n", 0, self.at) + 1
        if self.text[line_start : self.at].strip():
            return None
        last = self.memory.last(lambda m: m.kind == "person")
        if last is not None and _name_tokens(last.text.split()):
            return None  # a named speaker before: the rules for them decide
        start, end = self._paragraph_before(line_start)
        if _REPORTING_WORD_RE.search(self.text, start, end):
            return None  # "..., a senior official told Reuters. / He said ...": a speaker's
        people = _persons_in_full(self.text, start, end)
        return people.pop() if len(people) == 1 else None

    def _only_person_told_of(self, pronoun: str) -> _Mention | None:
        """For a "he" or "she" speaker with no person heard before it, the one
        person the article names before it as the subject of a verb ("In the
        post, Marta details ...", "Marta Kove wrote ..."): of whom the article
        tells, though they never spoke by name. None when the article names
        anyone else before (a second such subject, or another full name), or
        writes the name as a body's or a place's anywhere ("Marta Airport",
        "in Marta"): a wrong name is worse than none."""
        before = self.text[: self.at]
        lower = set(_LOWER_CASE_WORD_RE.findall(self.text))
        subjects = {
            found.group("name")
            for found in _OPENING_NAME_RE.finditer(before)
            if _finite_verb(found.group("verb"))
            and lower.isdisjoint(found.group("name").lower().split())  # not "She", "The"
        }
        if len(subjects) != 1:
            return None
        name = subjects.pop()
        if not entities.may_be(pronoun, name) or not self._named_only_as_person(name):
            return None
        if self._other_person_before(name):
            return None
        parties, kind = self.parties_of(name, None)
        if kind != "person" or len(parties) != 1:
            return None
        if parties[0] is not None and self.kind(parties[0]) != entities.PERSON:
            return None  # "Josh" of "YouTube channel owner Josh Roe": his channel's
        party = parties[0] or name  # a person the article gives one name ("Marta") is their own
        self.kinds.setdefault(party, entities.PERSON)
        return _Mention(name, (party,), kind, name.split()[-1].lower())

    def _other_person_before(self, name: str) -> bool:
        """Whether the article names a person other than `name` before the
        speaker at `self.at`: another person it names in full earlier, or a
        name of one word it knows no body or place by earlier in the speaker's
        own sentence ("gave the money to a man named Tomas, he headed ...")."""
        words = set(name.split())
        lower = set(_LOWER_CASE_WORD_RE.findall(self.text))
        # Not "San Francisco" of "a rally in San Francisco", "Occupy Wall Street".
        named = {
            full
            for full in _persons_in_full(self.text, 0, self.at)
            if self.resolve(full) is None
            and not self._written_as_place(full)
            and not any(w.lower() in lower or w.lower() in P.NAME_OF_A_BODY for w in full.split())
        }
        named.update(
            full for full in self._people().values() if 0 <= self.text.find(full) < self.at
        )
        if any(words.isdisjoint(full.split()) for full in named):
            return True
        line_start = self.text.rfind("\n", 0, self.at) + 1
        before = self.text[line_start : self.at]
        ended = list(_SENTENCE_BREAK_RE.finditer(before))
        sentence = before[ended[-1].end() if ended else 0 :]
        return any(
            word not in words and word.lower() not in lower and self.resolve(word) is None
            for word in _INNER_NAME_WORD_RE.findall(sentence)
        )

    def _named_only_as_person(self, name: str) -> bool:
        """Whether the article writes `name` only as a person's: no body or
        place the resolver knows by it, no word of a body's or place's name
        after it ("Marta Airport"), no place it locates an event in."""
        if self.resolve(name) is not None or builtin_kind(name) is not None:
            return False
        if not re.search(rf"(?<=[\w,;]\s){re.escape(name)}\b", self.text):
            return False  # only opening sentences, where any word is capitalised
        named = entities.name_in(name)
        if named is None or named.kind not in (entities.PERSON, entities.UNKNOWN):
            return False
        if re.search(rf"\b(?i:an?|the|\d+)\s+{re.escape(name)}\b", self.text):
            return False  # "a 1974 Marta box set": a thing's name
        for found in re.finditer(
            rf"\b{re.escape(name)}\b(?:['\u2019]s?)?\s+(?P<next>\w+)", self.text
        ):
            if found.group("next").lower() in P.NAME_OF_A_BODY:
                return False
        if self._written_as_place(name):
            return False
        places = places_in(self.text, self._resolver)
        return all(place.name != name.casefold() for place in places)

    def _written_as_place(self, name: str) -> bool:
        """Whether the article writes `name` where a place stands: "a rally in
        San Francisco", "at Kelso", "near Marta"."""
        return re.search(rf"\b(?:in|at|near)\s+{re.escape(name)}\b", self.text) is not None

    def _other_person_told_of(self, last: _Mention, pronoun: str) -> bool:
        """Whether the narration before a "he" or "she" speaker inside its
        paragraph, quoting and reporting no one, tells of a person other than
        the last speaker ("It was in Lima that Roe's plans changed. On landing,
        he alleged ..."): the pronoun may be that person as well as the last
        speaker, heard paragraphs before, so it is left to stand for no one
        rather than named as the wrong person. A last speaker the paragraph
        before names goes on being told of (`_last_person_in_paragraph_before`)."""
        if self._last_person_in_paragraph_before():
            return False
        line_start = self.text.rfind("\n", 0, self.at) + 1
        before = self.text[line_start : self.at]
        if (
            not before.strip()
            or any(c in before for c in P.QUOTE_CHARS)
            or _REPORTING_WORD_RE.search(before)
        ):
            return False
        spoke = set(_name_tokens(last.text.split()))
        people = self._people()
        named = (
            {
                people[found.group()]
                for found in _people_re(tuple(sorted(people, key=len, reverse=True))).finditer(
                    before
                )
            }
            if people
            else set()
        )
        told_of = {full for full in named if not spoke & set(full.split())}
        owners = {
            found.group("owner")
            for found in _NAMED_OWNER_RE.finditer(before)
            if found.group("owner") not in spoke
            and (owner := entities.name_in(found.group("owner"))) is not None
            and owner.kind in (entities.PERSON, entities.UNKNOWN)
        }
        return any(entities.may_be(pronoun, name) for name in told_of | owners)

    def _last_person_in_paragraph_before(self) -> bool:
        """Whether the last person heard speak is named in the paragraph before
        the speaker's ("Gertz reported that an expert, Ann Roe, explained ..."):
        that paragraph then tells what they said, and "he" goes on with them."""
        last = self.memory.last(lambda m: m.kind == "person")
        if last is None or self._body_by_own_name(last):
            return False  # "..., The Sun reported": the paragraph tells of its subject
        name = _name_tokens(last.text.split())
        paragraph_start, paragraph_end = self._paragraph_before(
            self.text.rfind("\n", 0, self.at) + 1
        )
        paragraph = self.text[paragraph_start:paragraph_end]
        return bool(name) and re.search(rf"\b{re.escape(name[-1])}\b", paragraph) is not None

    def _company_spoken_of(self, described: str, at: int) -> str | None:
        """For "the company's CEO" at `at`: the body by its own name that opens
        the paragraph before and spoke there ("GlobalPost notes that ..."),
        not the body the article names most."""
        owner = _GENERIC_OWNER_RE.search(described)
        if owner is None or owner.group("noun").lower() not in _COMPANY_NOUNS or at < 0:
            return None
        start, end = self._paragraph_before(self.text.rfind("\n", 0, at) + 1)
        paragraph = THE_OPENING.sub("", self.text[start:end])
        for mention in reversed(self.memory.mentions):
            if self._body_by_own_name(mention) and paragraph.startswith(
                THE_OPENING.sub("", mention.text)
            ):
                return mention.parties[0]
        return None

    def _titled_before(self, lower: list[str]) -> _Mention | None:
        """The last speaker the article gave the head's title that a description
        ends in ("the premier", "the veteran president"), with a party."""
        titles = next(
            (said for words, said in _HEAD_TITLES if lower[-len(words) :] == list(words)), None
        )
        if titles is None or len(lower) > 4:
            return None
        found = self.memory.last(
            lambda m: (
                any(m.parties)
                and any(re.search(rf"\b{title}\b", m.text, re.IGNORECASE) for title in titles)
            )
        )
        return found if found is not None and len(found.parties) == 1 else None

    def _body_by_own_name(self, mention: _Mention) -> bool:
        """Whether a speaker is an outlet or body named by its own name alone
        ("The Sun", "BBC Radio Leeds"), not a person of it ("The Sun's Ann
        Roe"), whatever kind its words were read as."""
        if len(mention.parties) != 1 or mention.parties[0] is None:
            return False
        party = mention.parties[0]
        if self.kind(party) not in (entities.MEDIA, entities.ORGANISATION):
            return False
        return spelling_key(THE_OPENING.sub("", mention.text)) == spelling_key(party)

    def _paragraph_before(self, line_start: int) -> tuple[int, int]:
        """Where the paragraph before the line starting at `line_start` starts
        and ends, its trailing space left out."""
        paragraph_end = line_start
        while paragraph_end > 0 and self.text[paragraph_end - 1].isspace():
            paragraph_end -= 1
        return self.text.rfind("\n", 0, paragraph_end) + 1, paragraph_end

    def _last_subject_before(self, line_start: int, *, unquoted: bool = False) -> str | None:
        """The subject of the last sentence of the paragraph before `line_start`."""
        paragraph_start, paragraph_end = self._paragraph_before(line_start)
        if paragraph_end <= paragraph_start:
            return None
        paragraph = self.text[paragraph_start:paragraph_end]
        if unquoted and any(c in paragraph for c in P.QUOTE_CHARS):
            return None
        breaks = list(_SENTENCE_BREAK_RE.finditer(paragraph))
        start = paragraph_start + (breaks[-1].end() if breaks else 0)
        return self._subject_of(start, paragraph_end)

    def _bodies_named_with(self, noun: str) -> set[str]:
        """The bodies heard from so far whose name has `noun` as a word of its
        own ("Committee" in "Committee to Protect Journalists")."""
        word = noun[:1].upper() + noun[1:].lower()
        return {
            party
            for mention in self.memory.mentions
            for party in mention.parties
            if party is not None
            and self.kind(party) == entities.ORGANISATION
            and word in party.split()
        }

    def _generic_antecedent(self, head: str, kind: str) -> _Mention | None:
        same_head = self.memory.last(lambda m: m.head == head)
        if same_head is not None or head in _ANONYMOUS_HEADS:
            return same_head  # "the source" is never the last named body
        if head in _OUTLET_NOUNS or head in entities.MEDIA_NOUNS:
            return self.memory.last(lambda m: m.kind == kind)
        # "The police have denied ..." after "(CNN) -- ...": an outlet that
        # reports is no antecedent of a body or a person that is no outlet.
        return self.memory.last(lambda m: m.kind == kind and not self._only_outlets(m))

    def _only_outlets(self, mention: _Mention) -> bool:
        """Whether every party of a mention is a news outlet."""
        parties = [p for p in mention.parties if p is not None]
        return bool(parties) and all(self.kind(p) == entities.MEDIA for p in parties)

    def _by_name(self, speaker: str) -> tuple[str | None, ...] | None:
        words = speaker.split()
        name = _name_tokens(words)
        if not name:
            return None
        before = words[: len(words) - len(name)]
        if len(before) >= 2 and before[-1] in _NAME_CONNECTORS and before[-2][:1].isupper():
            return None  # "The Globe and Mail": "Mail" is the end of a name, not a surname
        # A full name is looked up whole: "Humberto Garcia" is not the
        # "Humberto Saballos" met before; a surname alone ("Mr Tukur") by itself.
        keys = [" ".join(name).lower()] if len(name) > 1 else [name[0].lower()]
        for key in keys:
            if key in self.memory.names:
                party = self.memory.names[key]
                return (party,) if party else None
        return None

    def _and_in_a_name(self, speaker: str) -> bool:
        """Whether the speaker's "and" is part of one party's name ("the Islamic
        State of Iraq and Syria", "Trinidad and Tobago", "a spokesperson for the
        University and College Union"), not between speakers."""
        known = self._resolver.mentions(speaker)
        if any(_CONJUNCTION_RE.search(speaker, start, end) for (start, end), _ in known):
            return True
        if len(known) > 1:
            return False  # "The United Nations and Human Rights Watch": two it knows
        # A body's name the article writes, ending in a body's or an outlet's
        # head noun ("the Globe and Mail", "the University and College Union");
        # not people ("O'Brien and Wright") nor a shared head ("US and Yemeni officials").
        named = entities.name_in(speaker)
        return (
            named is not None
            and _CONJUNCTION_RE.search(named.name) is not None
            and named.name.split()[-1].lower() in entities.ORGANISATION_HEADS | entities.MEDIA_HEADS
        )

    def _by_conjuncts(self, speaker: str) -> tuple[str | None, ...] | None:
        outlets = _outlets_listed(speaker)
        if outlets is not None:
            for outlet in outlets:
                self.kinds.setdefault(outlet, entities.MEDIA)
            return outlets
        parts = [p for p in _CONJUNCTION_RE.split(speaker) if p.strip()]
        if len(parts) < 2:
            return None
        # "British and American officials": the shared head goes with each part.
        tail = _LOWER_TAIL_RE.search(parts[-1])
        if tail is not None:
            parts = [
                p if _LOWER_TAIL_RE.search(p) else f"{p} {tail.group().strip()}" for p in parts[:-1]
            ] + [parts[-1]]
        found: list[str] = []
        for part in parts:
            party = self._by_name(part.strip())
            resolved = list(party) if party else self.resolve_all(part)
            if not resolved:
                named = self._named_party(part)
                if named is None and part.strip().lower() in ("police", "the police"):
                    named = self._police_force()
                resolved = [named] if named else []
            found.extend(p for p in resolved if p is not None)
        return tuple(dict.fromkeys(found)) or None


def _outlets_listed(speaker: str) -> tuple[str, ...] | None:
    """The names a plural outlet noun opens a list of ("Sites Complex, Death and
    Taxes, and Jezebel"), each an outlet; an "and" inside an item between two
    capitalised words is part of its name."""
    words = speaker.split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in _OUTLET_PLURALS or "," not in words[1]:
        return None
    items = [item.strip() for item in re.split(r",\s*(?:and\s+)?", words[1])]
    if len(items) < 2 or not all(item[:1].isupper() or item.startswith("the ") for item in items):
        return None
    return tuple(dict.fromkeys(_strip_article(item) for item in items))


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


# The offices a company has and a state does not, as a title before a name.
_CORPORATE_TITLE = re.compile(
    r"(?:Chief\s+(?:Executive|Financial|Operating|Technology)(?:\s+Officer)?|CEO|CFO|COO|CTO|"
    r"(?:Co-)?[Ff]ounder|Managing\s+Director)",
)
_CORPORATE_TITLE_AFTER_COMMA = re.compile(r",\s+(?P<title>" + _CORPORATE_TITLE.pattern + r")\s+$")
# The word between a role and the body it holds it in ("spokesperson for", "official at").
_ROLE_LINKS = frozenset({"for", "of", "at", "with"})
# An outlet named as the owner of sources or a report: "the Post's sources".
_OUTLETS_OWN_RE = re.compile(
    r"\b(?P<owner>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['\u2019]s\s+"
    r"(?:(?:own|anonymous|unnamed|many)\s+)?(?:sources?|reporters?|report|reporting|story)\b"
)
# "However, the ministry ...": a connective word opening a sentence, before its subject.
_LEADING_CONNECTIVE_RE = re.compile(
    r"(?i)(?:however|but|still|yet|meanwhile|instead|then|later|earlier|now),?\s+"
)
# A clause of time opening a sentence, its subject a name, up to the comma
# before the pronoun that speaks: "Soon after Ms. Price was elected, she said".
_OPENING_CLAUSE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][a-z]+\s+)?(?:[Aa]fter|[Ww]hen|[Oo]nce|[Bb]efore|[Ss]ince)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\u2019'-]*[a-z](?:\s+[A-Z][\w\u2019'-]*[a-z]){0,2})"
    r"\s+(?P<verb>[a-z]+)\b[^.!?;:\"\u201c\u201d]*,\s*$"
)
# The end of a sentence inside a paragraph.
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[A-Z\"\u201c])")
# A sentence presenting a named person in a picture or a recording, doing what it
# shows: "This is Beaton hearing his wife's message", "Here is Ann Lee arriving".
_PRESENTED_RE = re.compile(
    r"\s*(?:This|Here)\s+(?:is|was)\s+(?P<name>(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)"
    r"\s+[a-z]+ing\b"
)
# The end of a sentence right before a word that opens the next, inside a paragraph.
# A content said in a relative "who" clause right after a name: "Ann Lee, who
# said that ", "Ann Lee, who told reporters ", up to where the content opens.
_RELATIVE_SPEAKER_BEFORE_RE = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){1,3}),\s+who"
    r"(?:\s+[a-z][\w'\u2019-]*){1,3}?(?:\s+that)?\s+\Z"
)
_SENTENCE_ENDED_BEFORE_RE = re.compile(r"[.!?][\"\u201d\u2019']?\s+[\"\u201c\u2018']?$")
# A sentence opening on a name (perhaps with an age set off: "Brokaw, 74,") and its verb.
_NAMED_SUBJECT_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*?)(?:,\s*\d+,)?\s+(?P<verb>[a-z]+)\b"
)


def _persons_in_full(text: str, start: int, end: int) -> set[str]:
    """The names of persons `text` writes in full between `start` and `end`,
    as the name rules read them ("Louise Mensch"; not "Occupy Wall Street")."""
    return {
        match.group()
        for match in _FULL_NAME_RE.finditer(text, start, end)
        if (named := entities.name_in(match.group())) is not None
        and named.kind == entities.PERSON
        and named.name == match.group()
    }


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word after a name may be its verb: "is", "wrote",
    "screams", "detailed"."""
    return word in P.FINITE_WORDS or word in P.IRREGULAR_PAST or word.endswith(("s", "ed"))


# Kinds of party a titled name can speak for.
_SPEAKS_FOR = frozenset({entities.ORGANISATION, entities.MEDIA})
_WEB_ADDRESS_RE = re.compile(r"\b(?:https?://|www\.)\S+\s*$", re.MULTILINE)
# Nouns for an outlet that name it when they stand right before or after its name.
_OUTLET_WORDS = r"(?:site|website|blog|outlet|newspaper|magazine|tabloid)"


def _called_an_outlet(text: str, name: str) -> bool:
    """Whether the article calls a name a site, a blog or a paper: "the site
    Gossip Cop", "outlets like Bleeding Cool", "Bleeding Cool, an Illinois site"."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before_ok = at == 0 or not text[at - 1].isalnum()
        after_ok = end == len(text) or not text[end].isalnum()
        if (
            before_ok
            and after_ok
            and (
                _OUTLET_WORD_BEFORE_RE.search(text, max(0, at - 60), at)
                or _OUTLET_WORD_AFTER_RE.match(text, end)
            )
        ):
            return True
        at = text.find(name, end)
    return False


def _lone_name_called(text: str, at: int, phrase: str, name: str) -> tuple[str, str] | None:
    """The party and kind of a one-word name nothing else types, by what the
    article calls it ("the site Gawker", "Glide, an app which ...", "condom
    maker Durex"), by its reporting as an outlet does ("Gawker reported", "a
    report from Gawker") or, for "the" and the name, by its reporting as an
    outlet does ("as the Inquisitr reported", "according to The Wrap": the outlet's
    name keeps its "The", the word alone being no name). None when nothing says."""
    words = phrase.split()
    if _called_an_outlet(text, name):
        return name, entities.MEDIA
    if _called_a_body(text, name):
        return name, entities.ORGANISATION
    if (len(words) == 1 and _reports_as_an_outlet(text, name)) or (
        _REPORT_FROM_NAME_RE.search(phrase)
        and phrase.endswith(name)
        and not _people_word_written(text, name)
    ):
        # "Gawker reported that ...", "says a recent report from Gawker"; not
        # "a report from Korea" beside "the Korean tech giant": a place
        return name, entities.MEDIA
    if len(words) != 2 or words[0].lower() != "the" or words[1] != name:
        return None
    start = text.find(phrase, at)
    if start != at:
        return None
    if _REPORTED_BY_BEFORE_RE.search(text, max(0, at - 40), at) or _REPORTS_AFTER_RE.match(
        text, at + len(phrase)
    ):
        return f"The {name}", entities.MEDIA
    return None


def _people_word_written(text: str, name: str) -> bool:
    """Whether the article writes the word for a place's people or things made
    of a name ("Korean" for "Korea", "Asian", "Taiwanese"): the name is a place."""
    return re.search(rf"\b{re.escape(name)}(?:n|an|ese|ish)\b", text) is not None


def _called_a_body(text: str, name: str) -> bool:
    """Whether the article calls a one-word name a company, a maker, an app
    ("tech giant Apple", "condom maker Durex", "Glide, an app which ..."), or
    gives it what only a company has ("Apple employees", "Acme's stores",
    "Acme CEO Ann Roe"): no person has a CEO or employees."""
    for end in _word_ends(text, name):
        start = end - len(name)
        if _BODY_WORD_BEFORE_RE.search(text, max(0, start - 40), start):
            return True
        if _BODY_WORD_AFTER_RE.match(text, end) or _COMPANYS_OWN_AFTER_RE.match(text, end):
            return True
    return any(_COMPANYS_OWN_AFTER_RE.match(text, end) for end in _possessive_ends(text, name))


def _reports_as_an_outlet(text: str, name: str) -> bool:
    """Whether the article has a one-word name report as an outlet does ("Gawker
    reported that ...", "..., Metro reports."): a person who reports is named
    in full first, and a surname so given never comes here. A plural written
    capitalised only where a sentence opens is a common noun ("Subscribers
    reported that ...")."""
    if name.endswith("s") and not _written_as_a_name(text, name):
        return False
    return any(_REPORTS_A_STORY_RE.match(text, end) for end in _word_ends(text, name))


def _written_as_a_name(text: str, name: str) -> bool:
    """Whether each word of `name` is written capitalised inside a sentence
    somewhere in `text` ("fighters of Isis"), as a proper name is, and not
    only where a sentence opens ("Hostages gave him ...")."""
    return all(
        re.search(rf"[a-z0-9,]\s+{re.escape(word)}\b", text) is not None for word in name.split()
    )


# A report, story or article a speaker names as from a lone name: "a recent
# report from Gawker", "a story by Metro".
_REPORT_FROM_NAME_RE = re.compile(
    r"(?i)^an?\s+(?:[a-z-]+\s+)?(?:report|story|article)\s+(?:from|by)\s+(?-i:[A-Z])\S*$"
)
# A clause of time or concession opening a sentence, before its subject:
# "When Acme unveiled its phone, the company said", "Though Acme was mum, ...".
_LEADING_CLAUSE_RE = re.compile(r"(?:When|While|After|Though|Although|Before|Once|Since)\s+")

# Nouns for a company or a maker of things that say what a name right beside is.
_BODY_WORDS = (
    r"(?:company|firm|maker|manufacturer|retailer|giant|app|application|startup|start-up"
    r"|brand|chain|provider|carrier|corporation|conglomerate|airline|developer)"
)
_BODY_WORD_BEFORE_RE = re.compile(rf"\b[\w-]+\s+{_BODY_WORDS}\s+$")
_BODY_WORD_AFTER_RE = re.compile(
    rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}{_BODY_WORDS}"
    r"(?:[,.;:)]|\s+(?:that|which|with|based|known|owned|run|from|in)\b)"
)
# What only a company has, right after its name: its people by their place in
# it, its goods ("Apple employees", "Acme's stores"); not those who only buy
# from it ("a Comcast customer" does not speak for Comcast).
_COMPANYS_OWN_AFTER_RE = re.compile(
    r"\s+(?:CEO|CFO|COO|SVP|EVP|(?i:chief\s+executive|(?:senior\s+|executive\s+)?vice"
    r"\s+president|co-?founder|employees?|executives|engineers|designers|stores|retail"
    r"|products|headquarters|app|logo))\b"
)
# A name reporting a story as an outlet does: "Gawker reported that", "Gawker is
# reporting that", "..., Metro reports." (not "reported the theft to police").
_REPORTS_A_STORY_RE = re.compile(
    r"\s+(?:(?:has|had|is|was|first|previously|also|originally)\s+)?"
    r"(?:reported|reports|reporting)(?:\s+that\b|\s*[.:;]|,\s+(?!and\b))"
)
# "as first reported by the Inquisitr", "according to The Wrap"; "the Inquisitr
# reported", "The Wrap previously reported", "The Wrap just reported"
_REPORTED_BY_BEFORE_RE = re.compile(r"(?:\b(?i:according)\s+to|\breported\s+by|\b(?i:as))\s+$")
_REPORTS_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had|first|previously|also|recently|just|originally)\s+)?"
    r"(?:reported|reports|writes|wrote|pointed\s+out)\b"
)


_OUTLET_WORD_BEFORE_RE = re.compile(
    rf"(?:\b(?i:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?i:{_OUTLET_WORDS})"
    # with no article, a lower-case word saying what kind: "fact-checking site
    # Snopes", "Kurdish news website Rudaw", "analytics site Topsy"
    rf"|(?<![\w-])(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\s)"
    rf"[a-z][\w-]*\s+(?:{_OUTLET_WORDS})"
    rf"|\b(?i:{_OUTLET_WORDS})s\s+(?:like|such\s+as))\s+$"
)
_OUTLET_WORD_AFTER_RE = re.compile(
    rf",\s+(?i:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?i:{_OUTLET_WORDS})"
    # the noun ends the description: not "the star magazine writer"
    r"(?:[,.;:)]|\s+(?:for|that|which|with|based|run|owned|known|in|from|where|whose)\b)"
)


# "Retired Brig. Gen.", "former Lt.", right before the speaker read: a rank once held.
_ONCE_HELD_BEFORE_RE = re.compile(r"\b(?:[Ff]ormer|[Rr]etired)\s+(?:[A-Z][a-z]*\.?\s+){0,2}$")
# A head of state's or government's title, and one before a name with nothing
# else with it.
_HEAD_OF_STATE_TITLE_RE = re.compile(
    r"(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir"
    r"|Supreme\s+Leader)"
)
# "A SCHOOLBOY", "AN ELDERLY MAN": an indefinite article and words in capitals.
_CAPITALS_NOUN_RE = re.compile(r"(?:A|An|AN)(?:\s+[A-Z]{3,})+")
# The titles of heads of state or government a description may end in, and
# the titles that name the same office.
_HEAD_TITLES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("prime", "minister"), ("prime minister", "premier")),
    (("premier",), ("premier", "prime minister")),
    (("president",), ("president",)),
    (("chancellor",), ("chancellor",)),
    (("king",), ("king",)),
    (("queen",), ("queen",)),
)
# An aide named by whose aide they are: "the top spokesman for President Ann Roe".
_FOR_HEAD_OF_STATE_RE = re.compile(
    r"^(?:an?|the|one)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|aide|adviser|advisor)\s+"
    r"(?:for|to)\s+(?P<head>.+)$",
    re.IGNORECASE,
)
# A monarch's or pope's number after the name: "Abdullah II", "Mohammed VI".
_REGNAL_RE = re.compile(r"[IVX]+")
_HEAD_OF_STATE_RE = re.compile(
    _HEAD_OF_STATE_TITLE_RE.pattern + r"\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]+"
)
_STATE_INSTITUTION_RE = re.compile(
    # "a pro-government newspaper", "anti-government protesters": for or against
    # the state, never its voice
    r"\b(?<!pro-)(?<!anti-)(?:government|govt|presidency|presidential|military|army|ministry|authorities|"
    r"intelligence|defen[cs]e(?!\s+(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|team)\b)|"
    r"armed forces|administration)\b",
    re.IGNORECASE,
)
# A place named before a body's common nouns, opening a phrase: "Gaza civil
# defence services", "the Gaza health ministry", "Gaza's civil defence".
_PLACED_BODY_RE = re.compile(
    r"\A(?:[Tt]he\s+)?(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*?)"
    r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*\Z"
)
# Heads that name a field, not an employer: a "military expert" or an
# "intelligence analyst" is no state's voice by those words alone.
_FIELD_HEADS = _words(
    """
    expert experts analyst analysts observer observers commentator commentators historian
    historians scholar scholars researcher researchers academic academics professor
    professors consultant consultants specialist specialists correspondent correspondents
    reporter reporters journalist journalists critic critics
    """
)
# Words that make a description an official one, whose "from Moscow" is whom it speaks for.
_OFFICIAL_WORDS = _words(
    """
    official officials spokesman spokeswoman spokesperson minister ministry diplomat
    diplomats envoy ambassador delegation delegate representative representatives officer
    officers soldier soldiers commander government embassy agency army police
    """
)
# "from Sarajevo", "from Busan, South Korea" closing a description: a place only,
# not a body ("from the White House press corps").
_ORIGIN_RE = re.compile(
    r"\s+from\s+[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)?"
    r"(?:,\s*[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)?)?\s*$"
)


# A company's legal form after its name: not part of the name it goes by.
_LEGAL_FORMS = _words("inc corp ltd llc plc")
# The last words of a body's full name that say what kind of body it is, for
# a first word alone to stand for it: not a product's ("Apple Watch") nor a
# team's or a title's.
_FULL_NAME_HEADS = _LEGAL_FORMS | _words(
    """
    group institute institution university college school hospital foundation
    association society council company corporation
    """
)


def _stands_for_a_body(phrase: str, word: str) -> bool:
    """Whether a word in a speaker's phrase stands alone for a body: by itself,
    or before a role held in one ("Apple CEO Tim Cook", "Rhodium analyst Jane
    Roe"), not before a word that says only where someone is from or studies
    ("Elon sophomore Alaina Schukraft" does not speak for the university)."""
    words = [w.strip(",.").lower() for w in phrase.split()]
    lower = word.lower()
    if lower not in words:
        return False
    after = words[words.index(lower) + 1 :]
    # ("a partner at Rhodium and author of the report": the phrase goes on to another role)
    return not after or after[0] in entities.ROLES or after[0] in _SPOKES or after[0] == "and"


def _describes_a_person_after(text: str, at: int, word: str) -> bool:
    """Whether the word at `at` describes the person named after it by a noun
    that is no role in a body ("Elon sophomore Alaina Schukraft told ...",
    whatever part of it was read as the speaker)."""
    words = text[at : at + 200].split("\n")[0].split()[:3]
    if len(words) < 3 or words[0].strip(",.") != word:
        return False
    noun, name = words[1], words[2]
    token = _Token(0, len(noun), noun, noun.lower())
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in entities.ROLES
        and noun not in P.ALL_CUES
        and not _reads_as_verb(token)
        and not _is_s_form(noun)
        and name[:1].isupper()
    )


def _without_legal_form(name: str) -> str:
    """ "Apple Inc" -> "Apple": the body, whichever way the article spells it."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in _LEGAL_FORMS:
        return " ".join(words[:-1]).rstrip(",")
    return name


def _without_origin(phrase: str) -> str:
    """A phrase without the place a private person is from ("a doctor from Sarajevo");
    an official's ("an official from Moscow") says whom it speaks for, and stays,
    and so does a telling's ("a report from Gawker"), which names its source."""
    if _OFFICIAL_WORDS.intersection(re.findall(r"[a-z]+", phrase.lower())):
        return phrase
    if _TELLING_FROM_RE.search(phrase):
        return phrase
    return _ORIGIN_RE.sub("", phrase)


# Capitalised abbreviations of a role, never a party's name on their own.
_ROLE_ABBREVIATIONS = frozenset({"PR", "CEO", "CFO", "COO", "CTO", "HR"})
# A clause whose subject is a role one person holds ("The Interior Ministry
# spokeswoman rejected ...", "In a video, the group's leader fired off ..."), within the
# characters read back from a name's first mention.
_ROLE_LOOKBACK = 600
_ROLE_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?,]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n))(?P<role>[Tt]he\s+(?:[\w.\u2019'-]+\s+){0,6}?"
    r"(?:spokesman|spokeswoman|spokesperson|leader|chief|head|commander|secretary|minister))"
    r"\s+(?!of\b|for\b|and\b|at\b|in\b|to\b|with\b)[a-z]"
)
_LEADER_OF_GROUP_RE = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?:leader|head|chief|commander|spokesman|"
    r"spokeswoman|spokesperson|founder)\s+of\s+(?:the\s+)?[\w.\u2019'-]+['\u2019]s"
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:group|militia|movement|sect|network|insurgency)$",
    re.IGNORECASE,
)
_GENERIC_OWNER_RE = re.compile(
    r"\b(?P<noun>group|organi[sz]ation|movement|militia|militants|company|firm|party|"
    r"network|sect)['\u2019]s\b",
    re.IGNORECASE,
)
# The owners that may be any body heard from, not only the armed group an
# article is about: "The company's CEO".
_COMPANY_NOUNS = frozenset({"company", "firm", "organisation", "organization", "network"})
# A research body named with the place that houses it: "the International
# Centre for the Study of Radicalisation at King's College London".
_HOUSED_BODY_RE = re.compile(
    r"(?P<body>(?:[A-Z][\w'\u2019-]*\s+)*(?:Centre|Center|Institute|Programme|Program|"
    r"Laboratory|Observatory|Foundation)(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'\u2019-]*)*)?)\s+(?:at|in)\s+(?:the\s+)?[A-Z]"
)
_DEFINITE = frozenset({"the", "that", "this"})
_OWN_PEOPLE = frozenset({"office", "campaign", "team", "camp", "publicist", "manager", "agent"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|representative)"
# "a college spokesman", "a spokeswoman for the charity": one who speaks for a
# body the article describes rather than names.
_SPOKESPERSON_OF_DESCRIBED_RE = re.compile(
    rf"(?i:an?|the)\s+(?:(?P<noun>[a-z]+)\s+{_SPOKESPERSON}"
    rf"|{_SPOKESPERSON}\s+(?:for|of)\s+the\s+(?P<of>[a-z]+))"
)
_ANONYMOUS_HEADS = frozenset({"source", "sources", "witness", "witnesses", "resident", "residents"})
# "the story" may be any outlet's; "the paper" is the one named last.
_STORY_NOUNS = frozenset({"story", "report", "article"})
# Nouns for a site on the web, which its web address names.
_SITE_NOUNS = frozenset({"site", "website", "blog", "publication"})
# A site's web address written as its name ("Huzlers.com", "NationalReport.net"),
# not a link's ("http://a.com/b", "pic.twitter.com/x", "@a.com") nor an email's.
_SITE_ADDRESS_RE = re.compile(
    r"(?<![\w./@:-])[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|info|fr|de|it|es|nl|ru|cn|jp|in|au|ca|ie)(?![\w/@-]|\.\w)"
)
_OUTLET_NOUNS = entities.MEDIA_NOUNS | _STORY_NOUNS
# A place's possessive before an outlet's capitalised name and its noun.
_PLACES_OUTLET_RE = re.compile(
    r"(?P<place>[A-Z](?<!\w[A-Z])[\w-]*)['\u2019]s\s+(?P<name>(?:[A-Z][\w-]*\s+)+)"
    r"(?:newspaper|paper|tabloid|daily|magazine|website|broadcaster|network|channel)\b"
)
_MILITARY_RANK_RE = re.compile(
    # "Secretary-General", "Director General": the head of a body, no rank
    r"\b(?:marshal|(?<!secretary-)(?<!secretary )(?<!director-)(?<!director )general"
    r"|gen\.|admiral|adm\.|colonel|col\.|brigadier|brig\.|"
    r"lieutenant|lt\.|major|maj\.)(?!\w)",
    re.IGNORECASE,
)
_RANK_WORDS = _words(
    """
    marshal general gen admiral adm colonel col brigadier brig lieutenant lt major maj sgt
    sergeant capt captain commander
    """
)
_POSSESSOR_RE = re.compile(r"([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)['\u2019]s\b")
_LOWER_TAIL_RE = re.compile(r"(?:\s+[a-z][\w-]*)+\s*$")
# A run of capitalised words, "of", "for", "and", "on", "the" inside it.
_NAME_RUN_RE = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'-]*)+")
# Capitalised words or initials in a row on one line ("Rear Adm. John Kirby").
# Small words written with a capital only in a title-case line ("With", "Your",
# "Every", "Should"); not "Will" or "May", which are names too.
_TITLE_CASE_SMALL_WORDS = P.PREPOSITIONS | _words(
    """
    the an your my our their his her its this that these those every each and or nor
    should would could can must is are was were has have had
    """
)
# A run opens on a word's first letter: "EKG. Apple" holds no initial "G.",
# "J.J. Abrams" holds "J. Abrams".
# A word in lower case ("video" of "Amazon Instant Video" written as a word).
# (Each opens on its first letter and looks behind it: the regex engine then
# skips to the next such letter instead of trying a lookbehind at every character.)
_LOWER_CASE_WORD_RE = re.compile(r"[a-z](?<![\w'\u2019-].)[a-z'\u2019-]*")
_CAPITALISED_RUN_RE = re.compile(
    r"[A-Z](?<![\w\u2019'-].)(?:[\w\u2019'-]*|\.)(?:[ \t]+[A-Z](?:[\w\u2019'-]*|\.))+"
)
# A possessive name opening an apposition: its owner ("Canada's").
# A possessive's ending: "Canada's", "the Smiths'".
_POSSESSIVE = r"(?:['\u2019]s|(?<=s)['\u2019])"
_OWNER_OPENING = re.compile(
    rf"((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}}?){_POSSESSIVE}\s"
)
_ROLE_TOPIC_RE = re.compile(r"(\w+)\s+on\s+(?!behalf\b)")
_POSSESSIVE_END_RE = re.compile(rf"{_POSSESSIVE}$")
_APPOSITION_RE = re.compile(
    # "Hassan Tukur, an aide to ...", "John Baird, Canada's foreign minister"
    rf",\s+((?:a|an|the|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}}{_POSSESSIVE})"
    r"\s+[^,.;:\"\u201c\u201d]{3,90})"
)
# A report, story or article no one is said to have written: "a report said",
# "a new report claims".
_A_REPORT_RE = re.compile(r"(?i)an?\s+(?:(?:new|recent|fresh|latest)\s+)?(?:report|story|article)")
# Words citing the name after them as a source: "according to the UK's Mirror",
# "revealed on CNN".
_CITED_NAME_RE = re.compile(
    r"\b(?:[Aa]ccording\s+to|(?:reported|published|revealed|aired|broken|first\s+reported)"
    r"\s+(?:by|on|in))\s+(?P<name>(?:the\s+|[A-Z]{2,}['\u2019]s\s+)?[A-Z0-9][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
)
# Words after an outlet that make it the source: "the Mirror reported", "the Mirror's report".
_CITING_AFTER_RE = re.compile(
    r"(?:['\u2019]s\s+(?:report|story|article)\b"
    r"|\s+(?:\w+ly\s+)?(?:reported|reports|said|says|wrote|writes|claimed|claims|revealed))"
)
_OUTLET_RE = re.compile(
    "|".join(
        [re.escape(name) for name in sorted(gazetteer.MEDIA_NAMES, key=len, reverse=True)]
        + [
            r"(?:[Tt]he\s+)?(?:[A-Z][\w'-]+\s+){0,3}(?:"
            + "|".join(word.capitalize() for word in sorted(entities.MEDIA_HEADS))
            + r")\b"
        ]
    )
)
_PLACE_POLICE_RE = re.compile(
    r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+[Pp]olice(?:\s+(?:Department|Force|Service))?\b"
)
# A police rank before a name, and the lower-case words that may go before it.
_POLICE_RANKS = _words(
    """
    sgt sergeant det detective insp inspector constable supt superintendent dc ds di dci pc
    """
)
_POLICE_TITLE_WORDS = P.DETERMINERS | _words("police chief senior deputy assistant")
# Capitalised words at a sentence's start that name no place before "police".
_NOT_PLACE_WORDS = (
    P.SUBORDINATORS | P.CLAUSE_CONJUNCTIONS | P.DETERMINERS | frozenset({"although", "though"})
)
# Capitalised words that are no part of a person's name ("The", "When").
_NO_NAME_PART = (
    P.DETERMINERS
    | P.CAPITAL_STOPWORDS
    | P.PRONOUNS
    | P.SPEAKER_NOUNS
    | P.MONTHS
    | P.WEEKDAYS
    # "Neither Ferguson nor St. Louis County police ...": a sentence's opening
    # correlative is no forename.
    | _words("neither either every")
)
# Before a surname, nor are the verbs of a headline in title case ("Nasa
# Confirms Earth Will ...", "Has Kanye West ..."), which may end a name
# ("Edward Said"); "Will" and "May" may open one.
# Verbs that a name is never written with, capitalised only in a title-case line.
_TITLE_CASE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will"})
# Endings of adverbs that no forename has ("Hopefully", "Reportedly",
# "Apparently"; "Emily", "Kimberly" and "Shelly" end otherwise).
_ADVERB_ENDING_RE = re.compile(r"(?:al|ful|ed|nt|ate|ing|ous|ive|ab|ib|ss|ght)ly$")
_NOT_FORENAMES = _NO_NAME_PART | ((frozenset(P.ALL_CUES) | P.FINITE_WORDS) - {"will", "may"})

# Title words that never name a party on their own.
_PLAIN_TITLE_WORDS = (
    P.CAPITAL_STOPWORDS | P.DETERMINERS | P.HONORIFICS | P.SPEAKER_NOUNS | P.MONTHS | P.WEEKDAYS
) - {"us", "u.s.", "un", "u.n.", "white", "house", "pentagon", "kremlin"}
_CONJUNCTION_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_TITLE_WORD = (
    r"(?:[A-Z][\w\u2019'.-]*|press|foreign|prime|vice|deputy|national|security|defense|defence|"
    r"state|secretary|minister|spokesperson|spokesman|spokeswoman|adviser|advisor|affairs|"
    r"president|chief|of|for|the|senior|top|official|ambassador|envoy)"
)
# Capitalised words and the "and" after them, right before a titled name.
_NAME_AND_RE = re.compile(r"(?<![\w'\u2019.-])(?:[A-Z][\w'\u2019.-]*[ \t]+)+(?:and|&)[ \t]+$")
_TITLED_NAME_RE = re.compile(
    # A capital with no word character before it: a literal first is scanned
    # for about twice as fast as a leading word boundary.
    r"[A-Z](?<!\w[A-Z])[\w\u2019'.-]*[ \t]+(?:" + _TITLE_WORD + r"[ \t]+){0,6}"
    r"(?P<name>[A-Z][a-z][\w\u2019'-]*(?:[ \t]+(?:[A-Z][a-z]|"
    + entities.PARTICLE
    + r"-[A-Z])[\w\u2019'-]*){0,2})\b"
)


_PERSON_NOUNS = (
    entities.OCCUPATIONS
    | _words(
        """
        man woman boy girl congressman congresswoman lawmaker senator tycoon executioner
        militant jihadist suspect star billionaire
        """
    )
) - _words("player student")
# The "and" inside a name of capitalised words ("Globe and Mail", "Procter & Gamble").
_NAME_CONNECTORS = _words("and &")
_GROUP_NOUNS = _words("group organisation organization sect militia movement network")
# Words that name a public body or a place's government in its name.
_PUBLIC_BODY_WORDS = _words(
    """
    bureau department ministry police office service commission court agency council
    authority city county province municipality borough district
    """
)
# A body's kind that its name has as a word ("the Committee to Protect
# Journalists", "the Charities Commission"): "the committee" is that body.
_NAMING_HEADS = _words("committee council commission foundation")
# Descriptions of a body that take up the one body an article has heard from.
_BODY_NOUNS = _GROUP_NOUNS - {"network"} | _words("charity company firm foundation")
# The nouns for a body whose spokesperson speaks for it ("a college spokesman");
# "police" alone is the article's state, which no force's spokesman speaks for.
_DESCRIBED_BODIES = (_BODY_NOUNS | entities.ORGANISATION_HEADS | entities.MEDIA_NOUNS) - _words(
    "police story article"
)
# Who may be given one name alone ("the woman, who is known only as Lana").
_ONE_NAMED = _PERSON_NOUNS | _words(
    "mother father mum mom dad wife husband daughter son teenager teen person user blogger"
    " child nurse customer guy"
)
# Words that are in no person's name: prepositions and conjunctions a capital
# opens a sentence with, and the heads of bodies' and outlets' names.
_NOT_NAME_WORDS = (
    _words("through after before during with without from into about over under since until")
    | entities.MEDIA_HEADS
    | entities.ORGANISATION_HEADS
)
_REFERRING_NOUNS = "|".join(sorted(_PERSON_NOUNS | _GROUP_NOUNS))
# A pronoun or a description of a person or group opening a content ("[He]",
# "the congressman", "the militant group"), after any opening quotation mark;
# the description's noun is its last word ("the militant group", not "the militant").
_OPENING_REFERENCE_RE = re.compile(
    rf"^\W*?\[?(?P<ref>(?:[Hh]e|[Ss]he)(?![\w'\u2019])|[Tt]he\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_REFERRING_NOUNS})\b(?!\s+(?:{_REFERRING_NOUNS})\b)(?!['\u2019]))\]?"
)
# Two or three capitalised words: a person's full name, when the article later
# uses the last one alone.
# Each of these opens on its capital, with the word boundary as a look behind:
# a literal first is scanned for about twice as fast (as `_TITLED_NAME_RE`).
_CAPITALISED_RE = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\b")
# A name of one word or two and the verb after it, opening a sentence or
# after an opening phrase ("In the post, Marta details ...", "Marta Kove
# wrote ...", "Lana then screams ...").
_OPENING_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"[ \t]+(?:then[ \t]+|also[ \t]+)?(?P<verb>[a-z]+)\b",
    re.MULTILINE,
)
# A capitalised word inside a sentence, not opening it.
_INNER_NAME_WORD_RE = re.compile(r"(?<=[\w,;]\s)[A-Z][a-z]+\b")
# A possessive is no part of the name ("Robert Plant's publicist"); an
# apostrophe or hyphen inside it is ("O'Brien", "Smith-Jones").
_FULL_NAME_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[a-z]+"
    r"(?:[ \t]+[A-Z](?:[a-z]+(?:[\u2019'-][A-Z]?[a-z]{2,})*|[\u2019'][A-Z][a-z]+)){1,3}\b"
)


# A place's name after the preposition that puts something there ("in \x00",
# "Tan Shen, 26, of \x00", the name replaced by a NUL) or after a city ("Phoenix, \x00,").
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|from|near|across|into|throughout|outside|of)\s+\x00|\b[A-Z][a-z]+,\s+\x00,"
)
# A name after a preposition of place, not in the possessive: "in South Boston";
# or after a kind of place and "of": "the region of Le Marche".
_PLACE_WORDS = (
    "in",
    "near",
    "throughout",
    "outside",
    *(
        f"{kind} of"
        for kind in ("region", "province", "city", "town", "village", "county", "district")
    ),
)
_PLACE_NAMED_RE = re.compile(rf"\b(?:{'|'.join(_PLACE_WORDS)})\s+\x00(?![\u2019'])")
# A person's "him" or "her" besides the subject: someone other than the subject.
_OBJECT_PRONOUN_RE = {
    "he": re.compile(r"\b(?:him|himself)\b"),
    "she": re.compile(r"\bher(?:self)?\b"),
}
# A relation by kin or friendship that introduces a speaker ("his brother,").
_KIN_NOUN = (
    r"(?:(?:older|younger|elder|late|twin|eldest|youngest|best|close|old)\s+)?"
    r"(?:brother|sister|father|mother|son|daughter|wife|husband|uncle|aunt|cousin|nephew"
    r"|niece|grandfather|grandmother|grandson|granddaughter|stepfather|stepmother|partner"
    r"|fiancee?|boyfriend|girlfriend|friend|sibling|widow|widower)"
)
# "his brother, ..." just before a speaker; ", his brother, ..." after its first word.
_KIN_BEFORE = {p: re.compile(rf"\b(?i:{p})\s+{_KIN_NOUN},\s*$") for p in ("his", "her")}
_KIN_AFTER = {p: re.compile(rf"[^,.;]{{0,60}}?,\s+{p}\s+{_KIN_NOUN},") for p in ("his", "her")}
# A speaker described as one person, not named: "the elderly man", "one
# witness", "the Father"; its last word a noun for a person.
_DESCRIBED_SPEAKER_RE = re.compile(
    r"^(?i:the|a|an|one)\s+(?:[\w'\u2019-]+\s+){0,3}(?P<head>[\w-]+)$"
)
_PERSON_HEADS = _PERSON_NOUNS | _words(
    """
    priest cleric father mother brother sister son daughter wife husband friend
    neighbour neighbor witness eyewitness prankster teen teenager doctor officer
    """
)
# A person described by a noun the article may have introduced them with
# ("the officer", "the 26-year-old nun"): lower-case modifiers, then the noun.
_DESCRIBED_RE = re.compile(
    r"[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}?(?P<noun>"
    + "|".join(
        sorted(
            _PERSON_NOUNS
            | _words(
                """
                officer policeman soldier gunman shooter pilot doctor nurse teenager victim nun
                priest monk reporter correspondent lawyer attorney judge governor mayor
                spokesman spokeswoman prosecutor detective sheriff president minister chairman
                sergeant captain colonel commander
                """
            )
        )
    )
    + r")(?![\w\u2019-]|'(?!s\b))"
)
# A body described by the noun the article may have introduced it with ("the
# company", "the tech giant's").
_DESCRIBED_BODY_RE = re.compile(
    r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>company|firm|retailer|airline|startup"
    r"|manufacturer|carrier|giant|charity|brand|chain|broadcaster|publication|tabloid)"
    r"(?![\w\u2019-]|'(?!s\b))"
)
# "he" or "she" opening a content.
_OPENING_PERSONAL_RE = re.compile(r"^\W*?(?P<ref>[Hh]e|[Ss]he)(?![\w'\u2019])")
# "they" or "their" opening a content, the speaker's own indirect speech.
_OPENING_THEY_RE = re.compile(r"^\W*?(?P<ref>[Tt]hey|[Tt]heir)(?![\w'\u2019])")
# "his" or "her" opening a content: whose the subject is.
_OPENING_HIS_RE = re.compile(r"^\W*?(?P<ref>[Hh]is|[Hh]er)\s+(?!own\b)(?=[\w-])")
# Cues whose object comes first: "told her editor (that) ...".
_TELLING = _words("told tells tell telling informed assured reminded warned")
# Plural heads of speakers that are people, who say "they" of themselves:
# "witnesses", "local residents", "Twitter users", "the realtors".
_PEOPLE_PLURALS = (
    _words(
        """
    witnesses residents users customers neighbors neighbours officials investigators
    researchers scientists doctors experts youngsters realtors parents students locals
    villagers survivors relatives families fans activists protesters protestors critics
    analysts officers soldiers troops workers employees members people passengers
    visitors tourists citizens nurses prosecutors lawyers attorneys teachers guards
    farmers fishermen hunters hikers shoppers viewers readers listeners drivers pilots
    engineers developers owners staffers aides inmates prisoners hostages refugees
    migrants rescuers firefighters paramedics medics police patients sisters brothers
    """
    )
    | frozenset(noun + "s" for noun in _PERSON_NOUNS)
    | _words("men women children")
)


_FROM_PLACE = _words("in of from at near across around outside inside")


# Nouns for a person of one sex, by the pronoun that takes the person up: not
# titles, nor those a woman may hold too ("spokesman", "actor").
_PERSON_OF_SEX = {
    "he": _words("man boy father husband son brother grandfather uncle nephew widower"),
    "she": _words("woman girl mother wife daughter sister grandmother aunt niece widow mum mom"),
}
# A sentence opening on a person of the pronoun's sex described, not named: "The
# man, who ...", "The unidentified man who made the recording says ..."; up to
# three words before the noun, none of them a word that ends a phrase ("The
# police found the boy" opens on the police).
_DESCRIBED_SUBJECT_RE = {
    pronoun: re.compile(
        r"(?:^|[.!?][\"\u201d\u2019']?\s+|\n)(?:The|A|An)\s+"
        r"(?:(?!(?:the|a|an|of|to|and|or|who|that|in|on|at|for|with|by)\s)[a-z][\w-]*\s+){0,3}"
        rf"(?:{'|'.join(sorted(heads))})(?![\w'\u2019-])"
    )
    for pronoun, heads in _PERSON_OF_SEX.items()
}


def _described_subject_of_sex(text: str, start: int, end: int, pronoun: str) -> bool:
    """Whether a sentence between offsets `start` and `end` opens on a person
    described, not named, of the sex of "he" or "she" ("The man, who would
    like to remain anonymous, has asked ..."): a pronoun after it may well be
    that one, whom the article went on about since the person it names most
    was last named; that person is then no better a guess than another."""
    pattern = _DESCRIBED_SUBJECT_RE.get(pronoun.lower())
    return pattern is not None and pattern.search(text, start, end) is not None


def _of_the_sex_of(speaker: str, pronoun: str) -> bool:
    """Whether a speaker's own words say it is of the sex of "he" or "she" ("the
    boy", "a woman", "his mother"): one the pronoun of its own words may well
    stand for, even when it tells them to someone else."""
    return not entities.may_be("she" if pronoun == "he" else "he", speaker)


def _described_person(speaker: str) -> bool:
    """Whether a speaker is one person the article describes rather than names
    ("the elderly man", "one witness", "The Father")."""
    described = _DESCRIBED_SPEAKER_RE.match(speaker.strip())
    return described is not None and described.group("head").lower() in _PERSON_HEADS


# A cue by which a speaker tells of an act or experience of its own in an
# "-ing" form: "the Kurds report receiving machine guns", "the firm admitted
# losing the files", "users report having spiritual experiences".
_OWN_ACT_CUE_RE = re.compile(
    r"(?i)(?P<plain>report|admit|acknowledge|recall|recount|confirm)(?P<form>s|ed|ted|d)?"
)
# The "-ing" form opening such a cue's object, with words after it.
_OPENING_GERUND_RE = re.compile(r"(?P<verb>[a-z]{3,}ing)\s+(?=[\w\"'\u201c])")
_NOT_GERUNDS = _words("nothing something anything everything during according including")
# Where the "-ing" form's phrase ends: a comma, or a second predicate of the
# speaker's own joined on ("admits considering lying but won't move").
_GERUND_PHRASE_END_RE = re.compile(r",|\s(?:but|and|yet)\s")
# The past of verbs of perceiving, whose "-ing" form after such a cue stays a phrase.
_PERCEIVED = _words("saw heard felt witnessed noticed smelled smelt spotted watched sensed")


def _own_act_told(content: str, speaker: str, cue: str) -> str | None:
    """`content` as the clause it tells of its speaker, when a cue of one's own
    act takes it as an "-ing" form: "The firm admitted losing the files" says
    that the firm lost the files, a proposition, where the words alone
    ("losing the files") are a phrase with no subject. A pronoun stays the
    subject ("she admitted losing the files" -> "she lost the files"): the
    claim text names it for the person the article gave before, or makes no
    claim, as of any "she" a content tells of its speaker. None when:

    - the cue is another ("denied staging any of his films" says nothing was
      staged);
    - the speaker is an outlet ("the paper reported, posting pictures": a
      participle of the outlet's telling, no act it tells of);
    - the cue's plain form does not agree with a speaker in the singular ("a
      news report purporting to be ...": a noun, not the speaker's verb);
    - the "-ing" form is the subject of a clause of its own ("sporting a gold
      watch would make him a target");
    - the act is a perceiving ("reported hearing a loud boom"): what was
      perceived is the event the article tells by itself, and a text naming
      the witnesses draws the article's tellings of that event to it."""
    verb = cue.split()[-1:]
    told = _OWN_ACT_CUE_RE.fullmatch(verb[0]) if verb else None
    said = speaker.split()
    if told is None or not said or _names_an_outlet(speaker):
        return None
    if told.group("form") is None and not said[-1].lower().endswith("s"):
        return None
    opening = _OPENING_GERUND_RE.match(content)
    if opening is None or opening.group("verb") in _NOT_GERUNDS:
        return None
    phrase = _GERUND_PHRASE_END_RE.split(content[opening.end() :], maxsplit=1)[0]
    if any(word in P.AUXILIARIES for word in phrase.lower().split()):
        return None
    past = verbforms.past_of_gerund(opening.group("verb"))
    if past is None or past in _PERCEIVED:
        return None
    return f"{' '.join(said)} {past} {content[opening.end() :]}"


def _plural_speaker(speaker: str) -> str | None:
    """A speaker that is a group of people described, not named: "local residents".

    Such a speaker says "they" of itself in indirect speech; one whose words
    say who it belongs to ("his previous owners", "friends of Bary") does not
    stand alone, and a named body is settled by the party.
    """
    words = speaker.split()
    # The group's head comes before where it is from: "shoppers in Carlisle",
    # "residents of the capital".
    place = next((n for n, w in enumerate(words) if w in _FROM_PLACE), None)
    if place is not None and len(words) <= 9:
        words = words[:place]
        # Witnesses or people somewhere mostly tell what others there did:
        # "witnesses in Mubi said they robbed banks" of the attackers.
        if words and words[-1].lower() in _words("witnesses people"):
            return None
    # A people by its plural name is one too: "the Kurds say they need ...".
    # ("Sources" opening a sentence is no name.)
    people = len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{2,}[^s\W]s", words[-1]) is not None
    if not 1 <= len(words) <= 4 or (words[-1].lower() not in _PEOPLE_PLURALS and not people):
        return None
    if any(not re.fullmatch(r"[A-Za-z-]+", w) for w in words):
        return None
    if words[0].lower() in _words("his her their its my our your whose which who these those"):
        return None
    return " ".join(speaker.split())


def gives_one_name(text: str, name: str) -> bool:
    """Whether `text` gives a person the one name alone: "the woman, who is known
    only as Lana", "a boy named Nikolai", "the man, whom he identified only as
    Thomas", 'a customer identified as "Ned"' (a word for a person in the same
    sentence, shortly before; the name in quotation marks or not)."""
    if name not in text or not any(verb in text for verb in _GIVING_ONE_NAME):
        return False
    return any(
        any(word in _ONE_NAMED for word in _LOWER_LETTERS_RE.findall(before))
        for before in _before_given_name(text, name)
    )


# The words that give one name and the blanks after them, with an opening
# quotation mark if one follows: the name is looked for where this ends.
_GIVEN_ONE_NAME_RE = re.compile(rf"\b{_GIVEN_ONE_NAME}\s+[\"'\u201c\u2018]?")
# How a name opens that the words giving it could run into (a blank, a
# quotation mark, "as" after "named", "only as" after "named"): such a name,
# or none, gets a pattern of its own.
_OPENS_LIKE_GIVING = re.compile(r"[\s\"'\u201c\u2018]|as|only|simply|just")


def _before_given_name(text: str, name: str) -> Iterator[str]:
    """For each place `text` gives `name` alone (`gives_one_name`), the clause
    before it: up to 60 characters after the last ".", ";", "!" or "?".

    The words giving a name are found by one pattern and the name looked for
    where they end, as a string is, with a word boundary after it; a name
    that opens as those words may end gets the pattern written for it."""
    if not name or _OPENS_LIKE_GIVING.match(name):
        places = re.finditer(rf"\b{_GIVEN_ONE_NAME}\s+[\"'\u201c\u2018]?{re.escape(name)}\b", text)
        starts: Iterator[int] = (given.start() for given in places)
    else:
        starts = _given_name_starts(text, name)
    for start in starts:
        yield _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]


_CLAUSE_END = re.compile(r"[.;!?]")


def _given_name_starts(text: str, name: str) -> Iterator[int]:
    """Where the words giving `name` open, for a name that opens as no part of
    them (see `_before_given_name`), in order, none inside an earlier one."""
    size = len(name)
    ends_word = name[-1].isalnum() or name[-1] == "_"
    at = 0
    while (given := _GIVEN_ONE_NAME_RE.search(text, at)) is not None:
        end = given.end() + size
        after = text[end : end + 1]
        if text.startswith(name, given.end()) and ends_word != (after.isalnum() or after == "_"):
            yield given.start()
            at = end
        else:
            at = given.end()


def written_as_a_person(text: str, name: str) -> bool:
    """Whether the article writes a one-word name as only a person is written:
    with an age after it ("Jabbouri, 35, said"), with kin ("Riguelme's
    mother"), or described as a person ("Mo, a cherubic senior,")."""
    return any(_PERSONS_OWN_AFTER_RE.match(text, end) for end in _word_ends(text, name)) or any(
        _KIN_AFTER_POSSESSIVE_RE.match(text, end) for end in _possessive_ends(text, name)
    )


# An age or a person's description right after a name: "Jabbouri, 35,", "Mo,
# a cherubic senior with a goatee".
_PERSONS_OWN_AFTER_RE = re.compile(
    r",\s+(?:\d{1,2},|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|senior|teenager|student|pensioner|grandmother|grandfather"
    r"|mother|father|widow|retiree)\b)"
)
# Kin after a name's possessive: "Riguelme's mother" (not a "sister company",
# a "partner" or "friends", which a company has too).
_KIN_AFTER_POSSESSIVE_RE = re.compile(
    r"\s+(?:mother|father|wife|husband|son|daughter|girlfriend|boyfriend|grandmother"
    r"|grandfather|parents|widow)\b"
)


def _gerund(word: str) -> bool:
    """Whether a lower-case word is the "-ing" form of a verb English conjugates
    irregularly or a cue's verb ("taking", "getting", "saying"); names ending so
    ("Channing", "Irving", "Manning") are none of them."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "getting" -> "get"
    return any(s in verbforms.IRREGULAR or s in _CUE_LEMMAS for s in stems)


_CUE_LEMMAS = frozenset(P.ALL_CUES.values())


def _forenames(text: str, surname: str) -> list[str]:
    """The capitalised words before `surname` in `text`: forenames it may go with.

    What ``\\b([A-Z][a-z]+)\\s+SURNAME\\b`` finds (`re.findall`), for a surname
    opening with a capital: each place the surname stands is found as a string
    is and the forename read backwards from it. A pattern compiled for each
    surname opened with a word boundary, so it was tried at every character."""
    found: list[str] = []
    size = len(surname)
    ends_word = surname[-1].isalnum() or surname[-1] == "_"
    taken = 0  # where the last match ended: matches do not overlap
    at = text.find(surname)
    while at != -1:
        after = text[at + size : at + size + 1]
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        start = space
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if (
            ends_word != (after.isalnum() or after == "_")
            and space < at
            and start < space
            and start > 0
            and "A" <= text[start - 1] <= "Z"
            and start - 1 >= taken
            and not (start > 1 and (text[start - 2].isalnum() or text[start - 2] == "_"))
        ):
            found.append(text[start - 1 : space])
            taken = at + size
        at = text.find(surname, at + 1)
    return found


@lru_cache(maxsize=256)
def _people_re(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{re.escape(name)}\b" for name in names))


@lru_cache(maxsize=1 << 14)
def _title_and_name(phrase: str, name_at: int) -> tuple[str, tuple[str, ...]] | None:
    """A titled name's title and name words, or None when the title is plain.

    Cached: the same titled names and plain openings recur across articles.
    """
    if all(word.lower() in _PLAIN_TITLE_WORDS for word in phrase[:name_at].split()):
        return None  # most matches: "The Big Mac", "But Smith"
    words = phrase.split()
    name = _name_tokens(words)
    if not name or len(name) == len(words):
        return None
    title_words = words[: len(words) - len(name)]
    ends = [i for i, word in enumerate(title_words) if word.endswith((".", "!", "?"))]
    ends = [i for i in ends if not _is_abbreviation(title_words[i])]
    if ends:
        title_words = title_words[ends[-1] + 1 :]  # "... by ISIS. Minister of Defense X"
    if all(word.lower() in _PLAIN_TITLE_WORDS for word in title_words):
        return None  # "The", "But President": no party to give
    return " ".join(title_words), tuple(name)


def _name_tokens(words: list[str]) -> list[str]:
    """The personal name at the end of a speaker phrase, titles dropped."""
    first = len(words)
    while first > 0:
        bare = words[first - 1].rstrip(",")
        lower = bare.lower()
        if (
            lower in P.HONORIFICS
            or not (bare[:1].isupper() or entities.particle_name(bare))
            or lower in P.DETERMINERS
        ):
            break
        first -= 1
    return [word.rstrip(",") for word in words[max(first, len(words) - 3) :]]


def _all_name(phrase: str) -> bool:
    """Whether a phrase is a name and nothing else: every word capitalised, no
    determiner or title before it ("ISIS", "Judicial Watch", not "The group")."""
    words = phrase.split()
    return bool(words) and len(_name_tokens(words)) == len(words)


def _is_joint(speaker: str) -> bool:
    return " and " in speaker or "&" in speaker


def _is_definite_generic(lower: list[str]) -> bool:
    """ "the official", "the guitarist", "the congressman": someone met before."""
    return (
        len(lower) >= 2
        and lower[0] == "the"
        and (lower[-1] in P.SPEAKER_NOUNS or lower[-1] in _DESCRIBED_PEOPLE)
    )


# Heads of definite descriptions of a person named before ("the writer", "the
# California Republican").
_DESCRIBED_PEOPLE = entities.OCCUPATIONS | frozenset(
    {"writer", "republican", "democrat", "congressman", "congresswoman", "lawmaker", "senator"}
)

_RELATIVE_TAIL_RE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:was|were|had|has\s+been|is\s+being)|when|after|before|since)\b"
)
_PARTY_MEMBERS = frozenset({"republican", "democrat", "congressman", "congresswoman", "lawmaker"})
# The members of a political party in the plural, alone or counted ("many
# Republicans say"): the party speaks. Those who sit in a chamber ("House
# Republicans") are lawmakers, who speak for their state.
_PARTY_OF_MEMBERS = {"republicans": "Republican Party", "democrats": "Democratic Party"}
_MEMBERS_OF_PARTY_RE = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Oo]ther|[Ff]ellow|[Tt]op|[Ll]eading)\s+)?"
    r"(?:Republicans|Democrats)"
)
# Of those, the ones a person follows as a private trade, not an office.
_PRIVATE_PEOPLE = entities.OCCUPATIONS | frozenset({"writer"})


# Units ----------------------------------------------------------------------

_QUOTE_CHAR_RE = re.compile(r"[\"“”«»]")
_OPENS_QUOTE = re.compile(r"\s*(?:[\"“«]|'')")


def _quote_open_after(text: str, start: int, end: int, is_open: bool) -> bool:
    for match in _QUOTE_CHAR_RE.finditer(text, start, end):
        char = match.group()
        if char in "“«":
            is_open = True
        elif char in "”»":
            is_open = False
        else:
            is_open = not is_open
    return is_open


def _closes_quote(text: str, start: int, end: int) -> bool:
    """Whether the line starting at `start` holds a closing quotation mark."""
    line_end = text.find("\n", start, end)
    line = text[start : line_end if line_end >= 0 else end]
    return any(mark in line for mark in '\u201d\u00bb"')


def _units(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentences, merged while a quotation stays open, cut to MAX_UNIT."""
    sentences = split_sentences(text, start, end)
    i = 0
    while i < len(sentences):
        unit_start, unit_end = sentences[i]
        is_open = _quote_open_after(text, unit_start, unit_end, False)
        j = i
        while is_open and j + 1 < len(sentences) and j - i < _MAX_MERGED:
            next_start, next_end = sentences[j + 1]
            if next_end - unit_start > MAX_UNIT:
                break
            # A new paragraph that opens its own quotation starts afresh, and one
            # that does not close the open quote shows it was never closed: an
            # unbalanced mark must not swallow what follows.
            if "\n" in text[unit_end:next_start] and (
                text[next_start] in P.OPEN_QUOTES or not _closes_quote(text, next_start, end)
            ):
                break
            j += 1
            unit_end = next_end
            is_open = _quote_open_after(text, next_start, next_end, is_open)
        yield from _cut(text, unit_start, unit_end)
        i = j + 1


def _relevant_runs(
    text: str, start: int, end: int, cue_starts: list[int]
) -> Iterator[tuple[int, int, int]]:
    """Runs of paragraphs that hold a cue or open with a quote mark.

    Yields (start, end, paragraphs skipped before the run); blank lines
    neither end a run nor count as skipped. A paragraph hard-wrapped over
    several lines (`segment.carries_on`) is one paragraph: its lines before
    the cue's and after it belong to the run.
    """
    run_start = -1
    run_end = start
    skipped = 0
    k = 0
    line_start = start
    paragraph_start = start  # the first line of the wrapped paragraph this line is in
    previous: Span | None = None  # the last line that was not blank
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        while k < len(cue_starts) and cue_starts[k] < line_start:
            k += 1
        blank = line_end == line_start or text[line_start:line_end].isspace()
        wrapped = previous is not None and carries_on(text, previous, (line_start, line_end))
        if not wrapped:
            paragraph_start = line_start
        if not blank:
            previous = (line_start, line_end)
        # Without a cue, only a paragraph that opens a quotation can say
        # anything: it may continue the last speaker's quote.
        if (k < len(cue_starts) and cue_starts[k] < line_end) or _OPENS_QUOTE.match(
            text, line_start, line_end
        ):
            if run_start < 0:
                run_start = paragraph_start
            run_end = line_end
        elif wrapped and run_start >= 0 and run_end == line_start - 1:
            run_end = line_end  # the cue's sentence goes on in this line
        elif not blank:
            if run_start >= 0:
                yield run_start, run_end, skipped
                run_start, skipped = -1, 0
            skipped += 1
        line_start = line_end + 1
    if run_start >= 0:
        yield run_start, run_end, skipped


def _cut(text: str, start: int, end: int) -> Iterator[Span]:
    while end - start > MAX_UNIT:
        cut = text.rfind(" ", start + MAX_UNIT // 2, start + MAX_UNIT)
        cut = cut if cut > start else start + MAX_UNIT
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


# Tokens and noun phrases ----------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    new = tuple.__new__  # skips the generated __new__: tokens are the hot path
    chunk = text[start:end]
    find = chunk.find
    offset = 0
    # findall is faster than finditer with its match objects; only spaces lie
    # between tokens, so each word's first occurrence from the last end is its own.
    for word in P.TOKEN_RE.findall(chunk):
        begin = find(word, offset)
        offset = begin + len(word)
        lower = word.lower()
        begin += start
        if "\u2019" in lower:
            if lower != "\u2019":
                lower = lower.replace("\u2019", "'")
            elif (
                tokens
                and tokens[-1].end == begin
                and tokens[-1].lower[-1:] == "s"
                and not _closes_single_quote(chunk, begin - start)
            ):
                # "Woods\u2019 agent": a plural's possessive; a bare curly mark
                # anywhere else closes a quotation ("hell,\u2019 the message said",
                # "\u2018The Force Awakens\u2019 Plot Details").
                lower = "'"
        finish = offset + start
        if word[-1] == "." and len(word) > 1 and not _is_abbreviation(word):
            append(new(_Token, (begin, finish - 1, word[:-1], lower[:-1])))
            append(new(_Token, (finish - 1, finish, ".", ".")))
        else:
            append(new(_Token, (begin, finish, word, lower)))
    return tokens


_OPEN_SINGLE_QUOTE_RE = re.compile("\u2018[^\u2019]*(?:\u2019\\w[^\u2019]*)*$")


def _closes_single_quote(chunk: str, at: int) -> bool:
    """Whether the curly mark at `at` closes a "\u2018" opened before it and not
    closed since (a curly apostrophe inside a word, "Jordan\u2019s", closes nothing)."""
    return "\u2018" in chunk[:at] and _OPEN_SINGLE_QUOTE_RE.search(chunk, 0, at) is not None


def _is_abbreviation(word: str) -> bool:
    """'U.S.', 'Mr.', 'Gen.' keep their period; a word ending a sentence does not,
    nor does a site's address ("reports the site celebnews.net.")."""
    if _WEB_ADDRESS.fullmatch(word[:-1].lower()) is not None:
        return False
    return "." in word[:-1] or len(word) == 2 or word.lower() in P.ABBREVIATIONS


def _is_capitalised(token: _Token) -> bool:
    first = token.text[:1]
    if first.islower():
        # "al-Assad", "bin-Laden": a name written after its particle
        return entities.particle_name(token.text)
    return first.isupper() and token.lower not in P.CAPITAL_STOPWORDS


def _is_possessive(token: _Token) -> bool:
    # A token's lower form writes a curly apostrophe straight, and a bare one
    # only where it makes a possessive: "Woods\u2019 agent".
    return token.lower in ("'s", "'") or token.lower.endswith(("'s", "s'"))


def _outlet_head(tokens: list[_Token], i: int) -> bool:
    """'Today' in "USA Today", "Kenya Today", 'Now' in "Democracy Now": a
    capitalised sentence opener ends a name when a capitalised name word comes
    before it and the word is an outlet's head word ("Today"), or the gazetteer
    or the article writes the two as a name (`_names_with_openers`); opening a
    sentence ("Today, the minister said", "Now, the minister said") it is the
    adverb."""
    token = tokens[i]
    if not (
        i > 0
        and token.text[:1].isupper()
        and token.lower in P.CAPITAL_STOPWORDS
        and _is_capitalised(tokens[i - 1])
        and tokens[i - 1].text.isalpha()
    ):
        return False
    return (
        token.lower in entities.MEDIA_HEADS
        or (tokens[i - 1].lower, token.lower) in _NAMES_WITH_OPENERS.get()
    )


# The pairs of a capitalised name word and a capitalised sentence opener run
# into it ("democracy now", "care now") that the article being read writes as
# a name, or the gazetteer does: set while an article is read (`_Builder.add_text`).
_NAMES_WITH_OPENERS: ContextVar[frozenset[tuple[str, str]]] = ContextVar(
    "_NAMES_WITH_OPENERS", default=frozenset()
)
# A capitalised word, then a capitalised sentence opener run into it, in running
# prose: a lowercase word or a closing mark follows. No adverb is capitalised
# inside a sentence, so the opener is part of a name there ("Democracy Now
# reported", "a call from Care Now, 301 Main Street"); a title-case headline
# ("Obama Now Says He Will Veto") capitalises the word after it too.
_OPENER_IN_NAME_RE = re.compile(
    r"([A-Z](?<![\w.'\u2019-][A-Z])[A-Za-z]+) ("
    + "|".join(sorted(word.capitalize() for word in P.CAPITAL_STOPWORDS if word.isalpha()))
    + r")\b(?=[ \t]+[a-z]|[ \t]*[,.;:!?)\"\u201d\u2019]|[ \t]*$)",
    re.MULTILINE,
)
# Words no name opens with, before a capitalised stopword ("Doctors Without").
_NO_NAME_OPENERS = P.CAPITAL_STOPWORDS | P.DETERMINERS | P.PRONOUNS


def _names_with_openers(
    text: str, start: int, end: int, resolver: PartyResolver
) -> frozenset[tuple[str, str]]:
    """The (name word, opener) pairs, lowercase, that the text between `start`
    and `end` writes as a name in running prose, and those of the gazetteer's
    names ("Doctors Without Borders")."""
    pairs = {
        (first.lower(), opener.lower())
        for first, opener in _OPENER_IN_NAME_RE.findall(text, start, end)
        if first.lower() not in _NO_NAME_OPENERS
    }
    return frozenset(pairs | _gazetteer_openers(resolver))


def _gazetteer_openers(resolver: PartyResolver) -> frozenset[tuple[str, str]]:
    known = _GAZETTEER_OPENERS.get(resolver)
    if known is None:
        pairs = set()
        for party in resolver.parties():
            for name in (party.name, *party.aliases):
                words = name.split()
                for before, word in pairwise(words):
                    if (
                        word[:1].isupper()
                        and word.lower() in P.CAPITAL_STOPWORDS
                        and before[:1].isupper()
                        and before.isalpha()
                        and before.lower() not in _NO_NAME_OPENERS
                    ):
                        pairs.add((before.lower(), word.lower()))
        known = _GAZETTEER_OPENERS[resolver] = frozenset(pairs)
    return known


_GAZETTEER_OPENERS: WeakKeyDictionary[PartyResolver, frozenset[tuple[str, str]]] = (
    WeakKeyDictionary()
)


def _np_word(token: _Token) -> bool:
    lower = token.lower.rstrip(".")
    return (
        _is_capitalised(token)
        or _is_camel_name(token.text)  # "iPhone", "eBay"
        or lower in P.DETERMINERS
        or lower in P.SPEAKER_NOUNS
        or token.lower in P.SPEAKER_NOUNS
        or _WEB_ADDRESS.fullmatch(lower) is not None  # "nationalreport.net"
        or lower.replace(",", "").isdigit()  # "1,409 teachers"
        or lower in P.NUMBER_WORDS
        or lower in P.NAME_PARTICLES
        or _is_possessive(token)
    )


# A site named by its address, written in small letters: "nationalreport.net".
_WEB_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|info|news)")


def _is_camel_name(word: str) -> bool:
    """A brand written with a small first letter and a capital after it."""
    return (
        len(word) > 2
        and word[0].islower()
        and word[1].isupper()
        and word.isalnum()
        and not word.isupper()
    )


# Words the determiners list holds that describe a noun ("former", "senior",
# "top") and can follow an article: "the former child star" opens at "the".
_DESCRIBING_DETERMINERS = frozenset({"former", "senior", "top"})
_ARTICLES = frozenset({"the", "a", "an"})


def _contact_clause_noun(tokens: list[_Token], k: int, last: int) -> bool:
    """'a fact the lady denied': an article and its noun, then a second article
    that opens the subject of a clause run into the first phrase without
    "that". A speaker is one noun phrase: the first noun is what the clause
    speaks of, not who speaks. When the phrase ends in the clause's verb ("a
    man the police arrested told"), the clause describes the first noun, which
    is the speaker, and the phrase stays whole."""
    head = tokens[last].lower
    return (
        0 < k < last
        and tokens[k - 1].lower in _ARTICLES
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and tokens[k].lower not in P.PREPOSITIONS
        and tokens[k].lower not in P.DETERMINERS
        and tokens[k + 1].lower in _ARTICLES
        and not head.endswith("ed")
        and head not in P.IRREGULAR_PAST
    )


# What makes a participle after it a passive verb, not a description.
_PASSIVE_HELPERS = P.AUXILIARIES | _words("be been being")
# Words that open a clause of time, cause or condition: no phrase reaches over them.
_OPENS_A_CLAUSE = _words(
    "after before when while because since although though until unless if considering"
)


def _np_back(tokens: list[_Token], last: int) -> int:
    """Index where the noun phrase ending at tokens[last] starts (last + 1 if none)."""
    head = tokens[last]
    if head.lower in P.PRONOUNS:
        return last
    j = last
    while j >= 0 and last - j < _MAX_NP_TOKENS:
        token = tokens[j]
        # "WHO" in "a WHO spokesperson" is a body's initials, not the pronoun
        if (
            (_np_word(token) and (token.lower not in P.PRONOUNS or _is_initials(token.text)))
            or (token.lower in P.NP_CONNECTORS and j < last)
            or _outlet_head(tokens, j)
        ):
            j -= 1
        elif j == last and token.text.replace("-", "").isalpha() and token.text.islower():
            # any lowercase head noun ("the division", "the GOP front-runner"), checked below
            j -= 1
        elif j < last and token.text.islower() and token.lower.endswith(P.ADJECTIVE_ENDINGS):
            j -= 1  # "political analysts", "conservative groups"
        else:
            break
    first = j + 1
    # "the rights group", "the conservative-leaning newspaper": a few plain
    # words between a determiner and the head still belong to the phrase.
    k = j
    while (
        k >= 0
        and not _contact_clause_noun(tokens, k, last)
        and j - k < 3
        and tokens[k].text.replace("-", "").isalpha()
        and tokens[k].text.islower()
        and tokens[k].lower not in P.NP_CONNECTORS
        and tokens[k].lower not in P.ADVERB_SKIP
        # "in search of the creature after the station": a clause opens there
        and tokens[k].lower not in _OPENS_A_CLAUSE
        and not _opens_reported_clause(tokens, k)
    ):
        k -= 1
        if k >= 0 and (tokens[k].lower in P.DETERMINERS or _is_possessive(tokens[k])):
            if k > 0 and tokens[k].lower in P.NUMBER_WORDS and tokens[k - 1].lower == "the":
                k -= 1  # "the two remaining members": the article opens the phrase
            elif (
                k > 0
                and tokens[k].lower in _DESCRIBING_DETERMINERS
                and tokens[k - 1].lower in _ARTICLES
            ):
                k -= 1  # "the former child star": "former" describes, the article opens
            if k < first and last - k < _MAX_NP_TOKENS:
                first = _np_back(tokens, k) if k > 0 and _is_possessive(tokens[k]) else k
                if k > 1 and tokens[k - 1].lower in ("in", "of", "for", "from") and j < last:
                    # "a senior officer in the violence-wracked northeast": the
                    # described phrase is the tail of a longer one
                    noun = k - 2
                    passive = False
                    if noun > 0 and _describing_participle(tokens[noun]):
                        # "remains found in nine graves": the noun it describes;
                        # "people were killed in the attack": a clause, no phrase
                        passive = tokens[noun - 1].lower in _PASSIVE_HELPERS
                        noun -= 1
                    outer = _np_back(tokens, noun)
                    if not passive and outer <= k - 2 and last - outer < _MAX_NP_TOKENS:
                        first = outer
            break
    if first == j + 1 and j < last:
        owner = _described_name_owner(tokens, j, last)
        if owner is not None:
            first = owner
    first = _name_as_modifier_start(tokens, first, last)
    while first <= last and (
        tokens[first].lower in P.NP_CONNECTORS or tokens[first].text in ("'s", "\u2019s", "'")
    ):
        first += 1
    return first


# Past participles that describe the noun before them ("remains found in",
# "samples taken from"), beside the regular ones in -ed.
_PARTICIPLES = _words("found taken held seen made kept left brought sent given shown known shot")


def _describing_participle(token: _Token) -> bool:
    word = token.text
    return word.islower() and (word in _PARTICIPLES or (len(word) > 4 and word.endswith("ed")))


# Heads of a body's description that a name before them says whose it is:
# "the Reuters news agency", "the United Nations health agency".
_MODIFIED_BODY_HEADS = entities.MEDIA_NOUNS | entities.ORGANISATION_NOUNS


def _name_as_modifier_start(tokens: list[_Token], first: int, last: int) -> int:
    """Where a phrase starts whose body noun has a name before its other plain
    words, "the" before both: "The Reuters news agency reported", "the
    Geneva-based United Nations health agency said" were read from "agency"
    alone. `first` when no such name and determiner stand before it."""
    if first != last or tokens[last].lower not in _MODIFIED_BODY_HEADS:
        return first
    k = first - 1
    plain = 0
    while k >= 0 and plain < 2 and tokens[k].text.isalpha() and tokens[k].text.islower():
        if tokens[k].lower in P.DETERMINERS or tokens[k].lower in P.NP_CONNECTORS:
            return first
        k -= 1
        plain += 1
    names = 0
    while (
        k >= 0
        and names < 3
        and tokens[k].lower not in _ARTICLES
        and (_is_capitalised(tokens[k]) or tokens[k].lower.endswith("-based"))
    ):
        k -= 1
        names += 1
    if names == 0 or k < 0 or tokens[k].lower not in _ARTICLES:
        return first
    return k


def _described_name_owner(tokens: list[_Token], j: int, last: int) -> int | None:
    """'the editors of Nigerian news site Sahara Reporters': a name after the
    words that describe it ("news site", "rights group") takes no determiner;
    after "of" it belongs to the speaker noun before, whose phrase this is."""
    k = j
    while (
        k >= 0 and j - k < 4 and tokens[k].text.isalpha() and tokens[k].lower not in P.NP_CONNECTORS
    ):
        k -= 1
    if k == j or k < 1 or tokens[k].lower not in ("of", "for", "at"):
        return None
    if not tokens[j].text.islower() or tokens[k - 1].lower not in P.SPEAKER_NOUNS:
        return None
    if not _is_capitalised(tokens[j + 1]) or any(
        t.lower in P.FINITE_WORDS or t.lower in P.PREPOSITIONS for t in tokens[k + 1 : j + 1]
    ):
        return None  # only plain describing words, then the name they describe
    outer = _np_back(tokens, k - 1)
    if outer > k - 1 or tokens[outer].lower not in P.DETERMINERS or last - outer >= _MAX_NP_TOKENS:
        return None
    return outer


def _np_forward(tokens: list[_Token], first: int) -> int:
    """Index one past the noun phrase starting at tokens[first] (first if none)."""
    if first >= len(tokens):
        return first
    if tokens[first].lower in P.PRONOUNS:
        return first + 1
    j = first
    while j < len(tokens) and j - first < _MAX_NP_TOKENS:
        token = tokens[j]
        if (_np_word(token) and token.lower not in P.PRONOUNS) or (
            token.lower in P.NP_CONNECTORS and j > first
        ):
            j += 1
        elif j > first and tokens[j - 1].lower in P.DETERMINERS and token.text.isalpha():
            j += 1  # "an occasion", "a person": one lowercase noun after a determiner
        else:
            break
    end = j
    while end > first and (
        tokens[end - 1].lower in P.NP_CONNECTORS or tokens[end - 1].lower in P.DETERMINERS
    ):
        end -= 1
    return end


# Days and months standing alone: a date ("Sent: Fri, 3 Oct"), never a speaker.
# Months that are also names ("May", "June", "August") and the abbreviations of
# months ("Jun", "Jan") are left out.
_CALENDAR_WORDS = P.WEEKDAYS | {
    "january",
    "february",
    "july",
    "september",
    "october",
    "november",
    "december",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
}


# An adverb of manner or comment that opens a sentence ("Famously", "Reportedly",
# "Ironically"), capitalised there: by its ending no name. Endings that names
# share ("Kelly", "Carly", "Sally") are left out.
_MANNER_ADVERB = re.compile(
    r"[A-Z][a-z]+(?:ous|ed|ab|ib|ic|ical|ent|ant|ive|ful|less|ate|ual|ial|nal)ly"
)


def _valid_speaker(tokens: list[_Token]) -> bool:
    if not tokens:
        return False
    head = tokens[-1]
    lower = head.lower.rstrip(".")
    if len(tokens) == 1 and lower in _CALENDAR_WORDS:
        return False  # "Date: Tue, Jul 29, denying ...": a date, not a speaker
    if len(tokens) == 1 and _MANNER_ADVERB.fullmatch(head.text):
        return False  # "Famously ridiculed and dismissed by ...": an adverb, no name
    if len(tokens) == 1 and _is_initials(head.text):
        return True  # "WHO said": the body's initials, not the pronoun
    if len(tokens) == 1 and head.lower in P.PRONOUNS:
        return head.lower != "who"
    if len(tokens) == 1 and head.lower in P.PRONOMINAL_DETERMINERS:
        return True  # "Another said", "Some say"
    if len(tokens) > 2 and tokens[-2].lower == "in" and _is_count(tokens):
        return True  # "about one in five", "six in 10"
    if _outlet_head(tokens, len(tokens) - 1):
        return True  # "USA Today said": the outlet, not the day
    if len(tokens) > 2 and _is_past_tense(tokens[0]) and tokens[1].lower in _OBJECT_DETERMINERS:
        return False  # "sent a letter to the mayor, calling for": a predicate, no speaker
    if head.lower in P.PRONOUNS or lower in P.DETERMINERS or lower in P.CAPITAL_STOPWORDS:
        return False
    if _is_possessive(head):
        return False  # "Editor's note", "Trump's repeated calls": a possessor, not a speaker
    if _is_capitalised(head) or lower in P.SPEAKER_NOUNS:
        return True
    if _is_count(tokens) and head.text.isalpha():
        return True  # "74 percent", "1,409 teachers", "about one in five"
    if len(tokens) == 2 and _is_capitalised(tokens[0]) and _is_plural_noun(head):
        return True  # "Social conservatives", "Security specialists", "Trump supporters"
    return len(tokens) > 1 and (
        tokens[-2].lower in P.DETERMINERS or tokens[0].lower in P.DETERMINERS
    )


# What opens a verb's object: after a past tense it makes a predicate, not a speaker.
_OBJECT_DETERMINERS = _words("a an the their his her its our my")


def _is_count(tokens: list[_Token]) -> bool:
    first = 1 if len(tokens) > 1 and tokens[0].lower in P.APPROXIMATORS else 0
    word = tokens[first]
    if word.text[:1].isdigit():
        return True
    lower = word.lower
    if "-" not in lower:  # most heads: one word, read without a generator for its parts
        return lower in P.NUMBER_WORDS or lower.removesuffix("s") in P.NUMBER_WORDS
    # "Twenty-four percent", "two-thirds": a compound number word counts too
    return all(
        part in P.NUMBER_WORDS or part.removesuffix("s") in P.NUMBER_WORDS
        for part in lower.split("-")
    )


def _valid_subject(tokens: list[_Token]) -> bool:
    """A speaker right before its cue; its head may come before a connector
    ("his rivals for the Republican presidential nomination said")."""
    if _valid_speaker(tokens):
        return True
    head = tokens[-1].lower
    if not tokens[-1].text.isalpha() or head in _NOT_HEADS:
        return False
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower in P.NP_CONNECTORS and tokens[index].lower != "and":
            return _valid_speaker(tokens[:index])
    return False


def _is_date_word(tokens: list[_Token], i: int) -> bool:
    """'Tuesday', 'Nov. 16', 'this week' -- but not 'Day', a surname."""
    token = tokens[i]
    if token.lower in P.WEEKDAYS or token.lower in P.MONTHS:
        return True
    if token.text.isdigit() and len(token.text) <= 4:
        # "Nov. 16", "in 2016" -- but "six in 10" is a share, not a date
        before = tokens[i - 1].lower if i > 0 else ""
        return before in P.MONTHS or (before in P.TIME_LEADS and len(token.text) == 4)
    return (
        token.lower in P.TIME_WORDS
        and token.text.islower()
        and i > 0
        and tokens[i - 1].lower in P.TIME_LEADS
    )


def _is_manner_adverb(token: _Token) -> bool:
    """'boldly', 'pointedly': an -ly adverb between a speaker and the cue."""
    word = token.text
    return len(word) > 4 and word.islower() and word.endswith("ly") and word not in P.NOT_ADVERBS


def _skip_back(tokens: list[_Token], i: int) -> int:
    """Step left over auxiliaries, adverbs and dates between a speaker and its cue."""
    cue_side = i
    while i >= 0:
        lower = tokens[i].lower
        if lower == ")":
            # "Rep. Hank Johnson (D-Ga.) said"
            opening = i - 1
            while opening >= 0 and i - opening < 10 and tokens[opening].text != "(":
                opening -= 1
            if opening < 0 or tokens[opening].text != "(":
                break
            i = opening - 1
        elif (lower in P.ADVERB_SKIP or _is_manner_adverb(tokens[i])) and not _outlet_head(
            tokens, i
        ):
            i -= 1  # but "Democracy Now reported": the name's last word
        elif _is_date_word(tokens, i):
            i -= 1
            while i >= 0 and (_is_date_word(tokens, i) or tokens[i].text.isdigit()):
                i -= 1
            if i >= 0 and tokens[i].lower in P.TIME_LEADS:
                i -= 1
        elif i >= 2 and " ".join(t.lower for t in tokens[i - 2 : i + 1]) in _TIME_PHRASES:
            i -= 3  # "who has in the past described", "had at one point claimed"
        else:
            # only right before the cue: "said ... in an interview when asked" is no speaker's
            medium = _medium_phrase_start(tokens, i) if i == cue_side else None
            if medium is None:
                break
            i = medium - 1
    return i


# Spans of time between a speaker and its cue: no speaker's name.
_TIME_PHRASES = frozenset(
    {
        "in the past",
        "in recent years",
        "in recent months",
        "in recent weeks",
        "in recent days",
        "in the meantime",
        "at the time",
        "at one point",
        "in the end",
    }
)


# How or where words reached the public, between a speaker and its cue ("Smith in
# an interview with the BBC said", "the ministry in a statement said", "Turaki on
# several occasions maintained"): not part of the speaker, and the outlet heard
# is not the one who speaks.
_MEDIUM_NOUNS = _words(
    """
    statement statements interview interviews conference briefing release post tweet
    tweets video message letter speech broadcast podcast email e-mail call occasions
    occasion twitter facebook instagram youtube television tv radio blog
    """
)
_MEDIUM_LEADS = _words("in on at during via through")


def _medium_phrase_start(tokens: list[_Token], last: int) -> int | None:
    for k in range(last, max(0, last - 9), -1):
        token = tokens[k]
        if token.text in P.QUOTE_CHARS or token.text in ",;:.()":
            return None
        if token.lower in _MEDIUM_LEADS and k > 0 and k < last:
            head = k + 1
            if tokens[head].lower in P.DETERMINERS or _is_possessive(tokens[head]):
                head += 1
            while head <= last and tokens[head].lower not in _MEDIUM_NOUNS:
                if not tokens[head].text.isalpha() or tokens[head].lower in P.NP_CONNECTORS:
                    break
                head += 1  # "a rare interview", "several occasions"
            if (
                head <= last
                and tokens[head].lower in _MEDIUM_NOUNS
                and (head == last or tokens[head + 1].lower in ("with", "to"))
            ):
                return k  # "in an interview", "in an interview with the BBC"
            return None
    return None


# Finding attributions --------------------------------------------------------


class _Cue(NamedTuple):
    """A cue candidate from the scan: a reporting verb, 'according to' or a hedge."""

    start: int
    end: int
    kind: str  # "verb", "according" or "hedge"
    lemma: str


def _scan_cues(text: str, start: int, end: int) -> list[_Cue]:
    """Every cue candidate in a range, from one pass of one compiled pattern."""
    cues: list[_Cue] = []
    for match in P.CUE_RE.finditer(text, start, end):
        found = match.group()
        lemma = P.CUE_FORMS.get(found)  # exact surface forms need no normalising
        if lemma is not None:
            cues.append(_Cue(match.start(), match.end(), "verb", lemma))
            continue
        words = _normal(found)
        lemma = P.ALL_CUES.get(words)
        if lemma is not None:
            cues.append(_Cue(match.start(), match.end(), "verb", lemma))
        elif words == "according to":
            cues.append(_Cue(match.start(), match.end(), "according", words))
        elif words in P.HEDGE_WORDS:
            cues.append(_Cue(match.start(), match.end(), "hedge", words))
        elif words in P.HEARD_AUXILIARIES:
            heard = P.HEARD_TAIL_RE.match(text, match.end(), end)
            if heard is not None:
                verb = heard.group(1)
                cues.append(_Cue(match.start(), heard.end(), "verb", P.ALL_CUES[verb.lower()]))
        else:
            tail = P.QUOTED_TAIL_RE.match(text, match.end(), end)
            if tail is not None:
                cues.append(_Cue(match.start(), tail.end(), "verb", "say"))
    doubts = _doubt_cues(text, start, end)
    return sorted(cues + doubts) if doubts else cues


# A doubt stated by an adjective with its subject: "officials are skeptical
# that ...", "most analysts remain doubtful that ...", "experts were sceptical
# of the claim". The subject is the one who doubts, and the copula with its
# adjective is the cue. Only with what is doubted after it (a that-clause,
# "whether", or "of"/"about" a thing): "Cooke is skeptical." alone names no
# proposition. "It is doubtful that ..." has no subject who doubts: the
# writer's own hedge, and so is "we remain sceptical" outside a quotation
# (within one, the quotation's speaker speaks). A negated or lessened doubt
# ("not sceptical", "less sceptical") is no doubt.
_DOUBT_ADJECTIVE_RE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|"
    r"(?:has|have|had)\s+been|be|being|stays?|stayed)\s+"
    r"(?:(?:still|also|now|very|highly|extremely|deeply|quite|rather|somewhat|"
    r"increasingly|openly|immediately|initially|understandably|equally|clearly|"
    r"largely|more|far|so|too|all)\s+){0,2}"
    + DOUBT_ADJECTIVES
    + r"(?=\s+(?:that|whether|if|of|about|over)\b)",
)
# The adjectives of `DOUBT_ADJECTIVES` as written, one of which such a cue holds.
_DOUBT_WORDS = tuple(re.findall(r"[a-z]+", DOUBT_ADJECTIVES))
_DOUBT_TAIL_RE = re.compile(r"(?:of|about|over)\b")
_QUANTIFIED_GROUP = re.compile(
    r"(?:many|some|most|few|several|others|people|everyone|all|not\s+everyone)\b", re.IGNORECASE
)
_NO_DOUBTER = _words("it this that there what here we i")
_WORD_BEFORE_DOUBT = re.compile(r"([\w'\u2019]+)\s*$")


def _doubt_cues(text: str, start: int, end: int) -> list[_Cue]:
    """Cues of doubt stated by an adjective after a copula, each lemma "doubt"."""
    found: list[_Cue] = []
    if not any(text.find(word, start, end) != -1 for word in _DOUBT_WORDS):
        return found  # most articles use none of the adjectives: no scan for a copula
    for match in _DOUBT_ADJECTIVE_RE.finditer(text, start, end):
        before = _WORD_BEFORE_DOUBT.search(text, max(start, match.start() - 30), match.start())
        if before is not None and before.group(1).lower() in _NO_DOUBTER:
            continue
        found.append(_Cue(match.start(), match.end(), "verb", "doubt"))
    return found


def _quotes(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Spans of the quotations in a range; most sentences hold no quotation mark."""
    chunk = text[start:end]
    if not any(mark in chunk for mark in _QUOTATION_OPENERS):
        return ()
    return tuple(
        (m.start(), m.end())
        for m in P.QUOTE_RE.finditer(text, start, end)
        if m.end() - m.start() > 2
    )


# Every quotation QUOTE_RE finds begins with one of these.
_QUOTATION_OPENERS = ("\u201c", '"', "\u00ab", "''")


class _Unit:
    """A sentence (or sentences joined by a quotation) with its cues and tokens."""

    __slots__ = ("_high", "_low", "_starts", "_tokens", "cues", "end", "quotes", "start", "text")

    def __init__(self, text: str, start: int, end: int, cues: list[_Cue]) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cues = cues
        self.quotes = _quotes(text, start, end)
        self._tokens: list[_Token] | None = None
        self._starts: list[int] = []
        self._low = self._high = start

    def in_quote(self, offset: int) -> bool:
        """Inside a quotation, past its first word: 'they “affirmed the ...”' still counts."""
        return any(start + 1 < offset < end for start, end in self.quotes)

    def quoted_words(self, offset: int) -> bool:
        """Inside a quotation past its first word, and not only past adverbs that open
        it: 'the council “categorically refuted these allegations”' quotes the
        council's words, but its cue is the writer's, as 'they “affirmed ...”' is."""
        return any(
            start + 1 < offset < end
            and not _OPENING_ADVERBS.fullmatch(self.text, start + 1, offset)
            for start, end in self.quotes
        )

    def tokens(self, start: int, end: int) -> list[_Token]:
        """The tokens within start..end.

        Tokenised lazily: the stretch read so far grows to cover each window
        asked for, so text no rule looks at is never tokenised, and no text
        is tokenised twice.
        """
        start = max(start, self.start)
        end = min(end, self.end)
        if self._tokens is None:
            self._low = self._high = self._word_start(start)
            self._tokens = []
        tokens = self._tokens
        if start < self._low:
            low = self._word_start(start)
            tokens[:0] = _tokens(self.text, low, self._low)
            self._low = low
            self._starts = [token.start for token in tokens]
        if end > self._high:
            high = self._word_end(end)
            more = _tokens(self.text, self._high, high)
            tokens.extend(more)
            self._starts.extend(token.start for token in more)
            self._high = high
        # A window that starts inside a word leaves that word out.
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end, first)
        while last > first and tokens[last - 1].end > end:
            last -= 1
        return tokens[first:last]

    def _word_start(self, offset: int) -> int:
        """The start of the word holding offset (a space never lies inside a token)."""
        if offset <= self.start:
            return self.start
        return self.text.rfind(" ", self.start, offset) + 1 or self.start

    def _word_end(self, offset: int) -> int:
        if offset >= self.end:
            return self.end
        space = self.text.find(" ", offset, self.end)
        return self.end if space < 0 else space


# Adverbs only, as a partial quotation may open before a cue ("“categorically
# refuted", "“strongly and firmly denied").
_OPENING_ADVERBS = re.compile(r"(?:\s*(?:[a-z]+ly|and)\b)+\s*")


def _without_opening_quote(left: list[_Token]) -> list[_Token]:
    """The words before a cue without a quotation mark that opens on adverbs before
    it: the council “categorically refuted ...” has its subject before the mark."""
    i = len(left) - 1
    while i >= 0 and _OPENING_ADVERBS.fullmatch(left[i].lower):
        i -= 1
    if i > 0 and i < len(left) - 1 and left[i].text in P.OPEN_QUOTES:
        return left[:i] + left[i + 1 :]
    return left


def _find_attributions(unit: _Unit) -> list[_Attribution]:
    found: list[_Attribution] = []
    title_case: bool | None = None
    for cue in unit.cues:
        if cue.kind == "hedge" or unit.quoted_words(cue.start):
            continue
        if _TO_BE_OR_HAVE.match(unit.text, cue.end) and unit.text[cue.start : cue.end] in (
            _TAKEN_TO_BE
        ):
            continue  # "Jihadists believed to be loyal to ISIS": a description, no cue
        # "The US State Department", "The United States": a capital marks a name.
        if unit.text[cue.start].isupper() and cue.start != unit.start:
            if title_case is None:
                title_case = _is_title_case(unit)
            if not title_case:
                continue
        if _describes_counted_noun(unit.text, cue):
            continue  # "most confirmed Ebola cases have ...": a noun phrase, no speaker and cue
        attribution = _attribution_at(unit, cue, found)
        if attribution is not None and not _joined_on(unit, attribution):
            found.append(attribution)
    found.extend(_nominal_attributions(unit, found))
    found = _without_doubted_thing(found)
    found = [
        _without_setting_after_quote(_without_when_or_how(unit, _without_telling_head(unit, a)))
        for a in found
    ]
    found = _speakers_after_other_cues(unit, found)
    return _truncate_nested(
        [
            _with_interrupted_subject(
                unit, _without_main_clause_of_condition(unit, _without_other_report(unit, a))
            )
            for a in found
        ]
    )


# "them" in a statement's content, and the plural pronouns before it that
# would make what it stands for unclear.
_THEM_RE = re.compile(r"\b[Tt]hem\b")
_PLURAL_PRONOUN_RE = re.compile(r"(?i)\b(?:they|them|their|we|us|our)\b")
# Where the clause before a content opens: after the last mark that ends a
# clause or a sentence (or, failing one, the 200 characters before it).
_CLAUSE_OPENED_RE = re.compile(r"(?s:.*[.!?;:,\n\u2014])|")
# A determiner or possessive that opens a noun phrase, and the words after it.
_PHRASE_OPENER_RE = re.compile(r"\b(?i:the|his|her|its|these|those)\s+")
_PHRASE_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019-]*|[^\w\s]")


def _opens_on_verb(content: str) -> bool:
    """Whether `content` opens on a finite verb: a clause whose subject is before it."""
    first = content.split(maxsplit=1)[:1]
    return bool(first) and (first[0].lower() in P.FINITE_WORDS or _past_verb(first[0].lower()))


def _plural_phrases(text: str) -> list[str]:
    """The noun phrases in `text` a determiner or possessive opens that name
    many: a plural head after at most two modifiers ("the girls", "his two
    sons") or two nouns joined by "and" ("his mom and dad")."""
    found = []
    for opener in _PHRASE_OPENER_RE.finditer(text):
        words = _PHRASE_WORD_RE.findall(text, opener.end())[:4]
        lower = [w.lower() for w in words]
        if len(words) >= 3 and lower[1] == "and" and all(_modifier(w) for w in lower[0:3:2]):
            found.append(opener.group() + " ".join(words[:3]))
            continue
        for at, word in enumerate(lower[:3]):
            if not _modifier(word):
                break
            if _is_s_form(word) and word not in P.FINITE_WORDS:
                found.append(opener.group() + " ".join(words[: at + 1]))
                break
    return found


def _modifier(word: str) -> bool:
    """Whether `word` may stand in a noun phrase: no function word, verb of
    saying or gerund, and no mark of punctuation."""
    return (
        word.isalpha()
        and word not in _NOT_IN_COUNTED_NOUN
        and word not in P.ALL_CUES
        and not word.endswith("ing")
    )


# A quantifier right before a cue in -ed: "most confirmed", "many reported".
_QUANTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:most|many|some|all|several|few|both|numerous|various))\s+$"
)
# The words after a participle, up to the next mark of punctuation.
_WORDS_AFTER = re.compile(r"\s+((?:[A-Za-z][\w'-]*\s+){0,3}[A-Za-z][\w'-]*)")


def _describes_counted_noun(text: str, cue: _Cue) -> bool:
    """Whether `cue` is a participle describing the plural noun after it, a
    quantifier before it ("most confirmed Ebola cases have originated", "many
    reported deaths were"): a noun phrase, not "most" confirming what follows.
    The plural head, at most two modifiers after the participle, must be
    followed by a preposition or a verb, and no word between opens a clause or
    an object ("Many confirmed the vote", "Some reported seeing")."""
    word = text[cue.start : cue.end]
    if cue.kind != "verb" or not word.isalpha() or not word.endswith("ed"):
        return False
    if _QUANTIFIER_BEFORE.search(text, max(0, cue.start - 12), cue.start) is None:
        return False
    after = _WORDS_AFTER.match(text, cue.end)
    words = after.group(1).split() if after is not None else []
    for at, head in enumerate(words[:3]):
        lower = head.lower()
        if lower in _NOT_IN_COUNTED_NOUN or lower.endswith("ing"):
            return False
        if _is_s_form(head) and head not in P.FINITE_WORDS and at + 1 < len(words):
            following = words[at + 1].lower()
            return following in P.PREPOSITIONS or following in P.FINITE_WORDS
    return False


# Words that open a clause or an object after a verb: no noun phrase's modifiers.
_NOT_IN_COUNTED_NOUN = (
    P.DETERMINERS | P.PRONOUNS | P.PREPOSITIONS | P.SUBORDINATORS | P.FINITE_WORDS
)


# The subject a speaker and cue set off by commas interrupt, at the unit's start:
# "The deal, the government said, included ...".
_INTERRUPTED_SUBJECT = re.compile(r"\s*[\"\u201c]?(?P<subject>[^,\"\u201c\u201d]{2,80}?)\s*,\s*")
_INTERRUPTED_GOES_ON = re.compile(r"\s*,\s*")
# The most words such a subject has.
_INTERRUPTED_SUBJECT_WORDS = 8
# Words that open a predicate put first ("More likely, he said, was a mite"),
# not a subject; and an adverb or adjective in -ly, lower case ("likely",
# "Finally"; not "family" or "Italy").
_NOT_SUBJECT_OPENING = P.word_set("more less most also even only still just perhaps maybe")
_LY_WORD = re.compile(
    r"(?:[A-Z]?[a-z]*(?:al|ful|ous|ive|ic|less|ent|ant|ate|ar|ike|ere|ear)ly|likely)"
)


def _with_interrupted_subject(unit: _Unit, attribution: _Attribution) -> _Attribution:
    """`attribution` with the whole clause its speaker and cue interrupt as its
    content, when they stand between a clause's subject and its verb: "The deal,
    the government said, included the release of 200 girls" says "The deal
    included the release of 200 girls", not "included the release ..." (a
    clause with no subject) nor "The deal". The words before the speaker must
    be a noun phrase (no verb, no preposition or conjunction to open it, no
    comma), and the words after the cue's comma must open on a verb. Its span
    runs over the whole clause; what its text leaves out is `left_out`."""
    if (
        attribution.speaker is None
        or attribution.cue is None
        or attribution.left_out is not None
        or attribution.phrase
        or attribution.cue[0] < attribution.speaker[0]
    ):
        return attribution
    text = unit.text
    before = _INTERRUPTED_SUBJECT.fullmatch(text, unit.start, attribution.speaker[0])
    after = _INTERRUPTED_GOES_ON.match(text, attribution.cue[1], unit.end)
    if before is None or after is None:
        return attribution
    subject = before.group("subject")
    words = subject.split()
    head = _before_relative(words)
    unfinished = _unfinished_clause(words)
    if (
        len(words) > _INTERRUPTED_SUBJECT_WORDS
        or words[0].lower() in P.SUBORDINATORS
        or words[0].lower() in P.PREPOSITIONS
        or words[0].lower() in _NOT_GOING_ON
        or words[0].lower() in _NOT_SUBJECT_OPENING
        or any(_LY_WORD.fullmatch(w) for w in words)
        or (not unfinished and any(w.lower() in P.FINITE_WORDS or _past_verb(w) for w in head))
    ):
        return attribution
    start, end = attribution.content
    if start == before.start("subject"):
        # The content is the subject alone: the clause goes on after the cue.
        rest = _trim(text, after.end(), unit.end)
        if rest is None:
            return attribution
        start, end = rest
    elif start != after.end():
        return attribution
    goes_on = text[start:end]
    first = goes_on.split()[0].lower() if goes_on.split() else ""
    opens_on_verb = first in P.FINITE_WORDS or _past_verb(first)
    if not (unfinished or opens_on_verb or _agreeing_present(head[-1], goes_on)):
        return attribution
    return replace(
        attribution,
        content=(before.start("subject"), end),
        content_text=f"{subject} {goes_on}",
        left_out=(before.end("subject"), start),
    )


# The last words of a clause cut off before its verb's complement: an auxiliary
# or a negation ("There was never", "The company was not").
_UNFINISHED_ENDINGS = P.AUXILIARIES | P.NEGATED_AUXILIARIES | P.word_set("not never")


def _unfinished_clause(words: list[str]) -> bool:
    """Whether the words before an interrupting speaker and cue are a clause
    cut off after its verb, which goes on after the cue's comma: "There was
    never, the network says, a panel discussion" says "There was never a
    panel discussion", a denial the words after the cue alone lose. The
    words must hold a subject before the verb (at least two words)."""
    return len(words) >= 2 and words[-1].lower() in _UNFINISHED_ENDINGS


def _before_relative(words: list[str]) -> list[str]:
    """The words of a subject before its relative clause, which may hold verbs of
    its own: "The plaster that sealed the box in, she said, was harder" has the
    noun phrase "The plaster" before "that sealed ..." and its verb after the
    cue. A relative word needs a determiner and a noun before it ("The plaster
    that"); otherwise all the words."""
    for i, word in enumerate(words[2:], start=2):
        if word.lower() in _RELATIVES:
            return words[:i]
    return words


def _agreeing_present(subject_head: str, goes_on: str) -> bool:
    """Whether the words after an interrupting speaker and cue open on a verb
    in the present that agrees with a singular subject before them ("Creating
    birch tar, the researchers note, requires ...", "The rule, officials say,
    applies to ..."), not on a plural noun that is a subject of its own
    ("Meanwhile, the mayor said, residents were told ...")."""
    words = goes_on.split()[:2]
    if len(words) < 2 or _is_s_form(subject_head):
        return False
    first, second = words[0], words[1].lower()
    return (
        _is_s_form(first)
        and first not in _S_ADVERBS
        and second not in P.FINITE_WORDS
        and not _past_verb(second)
    )


def _past_cue(unit: _Unit, cue: Span) -> bool:
    """Whether a cue ends on a verb in the past ("said", "reported"), which no
    speaker's phrase holds, unlike "reports" or "announcing" ("local reports",
    "the release announcing his appointment")."""
    tokens = unit.tokens(cue[0], cue[1])
    return bool(tokens) and _is_past_tense(tokens[-1])


def _speakers_after_other_cues(unit: _Unit, found: list[_Attribution]) -> list[_Attribution]:
    """'A senior official said Biden confirmed ...': a speaker read back from an
    inner cue stops at the outer cue; the inner speaker is what follows it
    ("Biden"), not the outer speaker with its cue."""
    result: list[_Attribution] = []
    for attribution in found:
        if attribution.speaker is not None:
            start, end = attribution.speaker
            for other in found:
                if other is attribution or other.cue is None or other.speaker is None:
                    continue
                if (
                    start <= other.speaker[0]
                    and other.cue[0] >= start
                    and other.cue[1] < end
                    and _past_cue(unit, other.cue)
                ):
                    lead = _LEADING_MARKS.match(unit.text, other.cue[1], end)
                    start = lead.end() if lead is not None else other.cue[1]
            if start != attribution.speaker[0]:
                tokens = unit.tokens(start, end)
                if not _valid_speaker(tokens):
                    continue  # no speaker of its own after the outer cue
                attribution = replace(attribution, speaker=(start, end), resolve_text=None)
        result.append(attribution)
    return result


# Where a speaker's quoted words were given, after the quotation closes: "denied
# that he was 'trying to steal anyone's valor' in a message he posted on
# Wednesday" reports the message as the denial's place, not part of what he
# denied. (It opens on the closing mark and looks behind it for what the
# quotation ends on: the engine then skips to the next mark.)
_SETTING_AFTER_QUOTE_RE = re.compile(
    r"[\"'\u201d\u2019](?<=[\w.,!?].)[ \t]+(?:in|on|via|during)[ \t]+(?:a|an|his|her|their|its)"
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:message|statement|interview|post|tweet|letter|video|e-?mail"
    r"|press[ \t]+release|speech|broadcast|note|podcast)\b[^\"'\u201c\u201d\u2018\u2019]*$"
)
# A quotation opened inside the content, before the setting after it.
_QUOTE_OPENED_RE = re.compile(r"(?:^|(?<=\s))[\"'\u201c\u2018](?=\w)")


def _without_setting_after_quote(attribution: _Attribution) -> _Attribution:
    text = attribution.content_text
    setting = _SETTING_AFTER_QUOTE_RE.search(text)
    if setting is None or not _QUOTE_OPENED_RE.search(text, 0, setting.start()):
        return attribution
    start = attribution.content[0]
    trimmed = _trim_span(attribution, start, start + setting.start() + 1)
    return trimmed if trimmed is not None else attribution


def _without_doubted_thing(found: list[_Attribution]) -> list[_Attribution]:
    """'Drivers were sceptical of the plan, saying it was a ploy': a doubt of a
    thing, which the same subject's participle goes on to say in a clause, is
    said by that clause; the participle's report stands for it."""
    doubts = [a for a in found if _DOUBT_OF_CUE.search(a.cue_text or "")]
    if not doubts:
        return found
    dropped = []
    for doubt in doubts:
        if doubt.speaker is None:
            continue
        for other in found:
            if (
                other is not doubt
                and other.speaker == doubt.speaker
                and other.cue is not None
                and doubt.content[0] < other.cue[0] < doubt.content[1] + 3
                and (other.cue_text or "").endswith("ing")
            ):
                dropped.append(doubt)
                break
    return [a for a in found if not any(a is d for d in dropped)]


_DOUBT_OF_CUE = re.compile(DOUBT_ADJECTIVES + r"\s+(?:of|about|over)$")


# A report named as a noun with its author and its that-clause: "a claim made
# by Rep. Jane Roe that ...", "claims by the government that ...", "the
# senator's assertion that ...". The author made the claim, whoever answers it.
# Accusations and allegations are left to the answer that rejects them: "rejected
# accusations by the US that ..." is filed as the rejection alone.
_CLAIM_NOUNS = r"(?:claims?|assertions?|contention|insistence)"
_NOMINAL_BY_RE = re.compile(
    r"\b" + _CLAIM_NOUNS + r"\s+(?:(?:made|put\s+forward|voiced|levelled|leveled)\s+)?by\s+"
    r"(?P<agent>[^,;:!?\"\u201c\u201d()\n]{2,80}?)\s+(?-i:that)\s+(?=\S)",
    re.IGNORECASE,
)
_NOMINAL_OWNER_RE = re.compile(
    r"['\u2019]s\s+(?:(?:earlier|original|initial|latest|repeated|new)\s+)?"
    + _CLAIM_NOUNS
    + r"\s+(?-i:that)\s+(?=\S)",
    re.IGNORECASE,
)


def _nominal_attributions(unit: _Unit, found: list[_Attribution]) -> list[_Attribution]:
    """Claims a sentence names as nouns, each with its author as speaker.

    Only a claim the sentence answers or reports on, as an object ("denied
    claims by ...", "pushing back against a claim made by ..."): a claim that
    opens the sentence is its subject ("Rubio's claim that ... is not true"),
    and where its that-clause ends the sentence's own verb begins.
    """
    text = unit.text
    chunk = text[unit.start : unit.end].lower()
    if " that " not in chunk or not any(
        noun in chunk for noun in ("claim", "assertion", "contention", "insistence")
    ):
        return []
    results: list[_Attribution] = []
    for match in _NOMINAL_BY_RE.finditer(text, unit.start, unit.end):
        if unit.in_quote(match.start()):
            continue
        tokens = unit.tokens(match.start("agent"), match.end("agent"))
        end = _np_forward(tokens, 0)
        if end != len(tokens) or not _valid_speaker(tokens):
            continue
        speaker = (tokens[0].start, tokens[-1].end)
        left = unit.tokens(max(unit.start, match.start() - _WINDOW), match.start())
        while left and (left[-1].lower in P.DETERMINERS or left[-1].text[:1].isdigit()):
            left.pop()  # "a claim", "the latest claims", "two claims"
        attribution = _nominal(
            unit, left, speaker, (match.start(), match.start("agent")), match.end()
        )
        if attribution is not None:
            results.append(attribution)
    for match in _NOMINAL_OWNER_RE.finditer(text, unit.start, unit.end):
        if unit.in_quote(match.start()):
            continue
        owner_end = match.start() + 2  # the possessor with its "'s"
        left = unit.tokens(max(unit.start, match.start() - _WINDOW), owner_end)
        if not left or left[-1].end != owner_end:
            continue
        word = text[left[-1].start : match.start()]
        left[-1] = _Token(left[-1].start, match.start(), word, word.lower())
        first = _owner_start(left)
        if first is None:
            continue
        speaker = (left[first].start, left[-1].end)
        noun = re.search(_CLAIM_NOUNS, text[match.start() : match.end()], re.IGNORECASE)
        if noun is None:
            continue
        cue = (match.start() + noun.start(), match.start() + noun.end())
        attribution = _nominal(unit, left[:first], speaker, cue, match.end())
        if attribution is not None:
            results.append(attribution)
    return [
        a for a in results if all((f.speaker, f.content) != (a.speaker, a.content) for f in found)
    ]


def _owner_start(tokens: list[_Token]) -> int | None:
    """Where the possessor ending the tokens starts: a name ("Rep. Jane Roe",
    "the Department of State") or a short described speaker ("a congressman",
    "the ruling party"), never a phrase that runs on through other words."""
    i = len(tokens) - 1
    if _is_capitalised(tokens[i]):
        while i > 0 and (
            (
                _is_capitalised(tokens[i - 1])
                and tokens[i - 1].lower not in P.CAPITAL_STOPWORDS
                and tokens[i - 1].lower not in _OPENING_PREPOSITIONS
            )
            or (
                tokens[i - 1].lower in ("of", "for", "and")
                and i > 1
                and _is_capitalised(tokens[i - 2])
            )
        ):
            i -= 1
        if i > 0 and tokens[i - 1].lower in ("the", "a", "an"):
            i -= 1
    else:
        words = 0
        while (
            i > 0
            and words < 3
            and tokens[i - 1].text[:1].isalpha()
            and tokens[i - 1].lower
            not in (
                "the",
                "a",
                "an",
            )
        ):
            if tokens[i - 1].lower in P.NP_CONNECTORS or tokens[i - 1].lower in P.FINITE_WORDS:
                return None
            i -= 1
            words += 1
        if i == 0 or tokens[i - 1].lower not in ("the", "a", "an"):
            return None
        i -= 1
    if tokens[i].lower in P.PRONOUNS or not _valid_speaker(tokens[i:]):
        return None
    return i


_SUBJECT_OPENERS = P.CLAUSE_OPENERS | _words("whether because although though since as")
_OPENING_PREPOSITIONS = P.PREPOSITIONS | _words("despite amid following given unlike")


def _nominal(
    unit: _Unit, before: list[_Token], speaker: Span, cue: Span, content_start: int
) -> _Attribution | None:
    text = unit.text
    words = [t for t in before if t.text[:1].isalnum()]
    if not words or words[-1].lower in _SUBJECT_OPENERS:
        return None  # the claim is the subject of the sentence or of its clause
    end = unit.end
    if words[0].lower not in _OPENING_PREPOSITIONS and (
        len(words) == 1 and words[0].lower in P.CAPITAL_STOPWORDS
    ):
        return None  # "But the claim that ..."
    if words[0].lower in _OPENING_PREPOSITIONS:
        # "Despite Mr. Doe's claims that ..., the firms ...": the claim ends
        # with the opening phrase
        comma = text.find(", ", content_start, unit.end)
        if comma < 0:
            return None
        end = comma
    aside = _writers_aside(text, content_start, end)
    content = _trim(text, content_start, aside.start() if aside else end)
    if content is None:
        return None
    return _Attribution(
        speaker, None, cue, _normal(text[cue[0] : cue[1]]), content, text[content[0] : content[1]]
    )


# When or how a speaker spoke, after the words that name them: "Obama in a
# statement", "Redwood City Mayor Jeffrey Gee in an interview this afternoon",
# "statements from the defense ministry on Saturday".
_WHEN_OR_HOW_TAIL = re.compile(
    r"(?:[ \t]+in[ \t]+an?[ \t]+(?:interview|statement|email|e-mail|letter|tweet|post|video"
    r"|press[ \t]+release)|(?<=[a-z])[ \t]+on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|[ \t]+this[ \t]+(?:morning|afternoon|evening|week)|[ \t]+last[ \t]+(?:night|week|month)"
    r"|[ \t]+earlier[ \t]+this[ \t]+(?:week|month|year))+$"
)


# How every match of `_WHEN_OR_HOW_TAIL` ends.
_WHEN_OR_HOW_ENDS = (
    *("interview", "statement", "mail", "letter", "tweet", "post", "video", "release"),
    *("day", "morning", "afternoon", "evening", "week", "night", "month", "year"),
)


def _when_or_how_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_WHEN_OR_HOW_TAIL` searched between `start` and `end`, which it can match
    only where the text ends (or ends but for a line break) on one of its words."""
    if not text.endswith(_WHEN_OR_HOW_ENDS, start, end) and not (
        end > start and text[end - 1] == "\n" and text.endswith(_WHEN_OR_HOW_ENDS, start, end - 1)
    ):
        return None
    return _WHEN_OR_HOW_TAIL.search(text, start, end)


# ", a claim Conal denies", ", an allegation the ministry said was false": the
# telling is what the speaker after it answers (a relative clause with "that"
# left out), not part of the speaker.
_TELLING_HEAD_RE = re.compile(
    r"(?:a|an|the)[ \t]+(?:claim|allegation|charge|accusation|assertion|suggestion|account"
    r"|version)[ \t]+(?:that[ \t]+|which[ \t]+)?(?=(?-i:[A-Z])|(?:he|she|they|it|we|the)\b)",
    re.IGNORECASE,
)


def _without_telling_head(unit: _Unit, attribution: _Attribution) -> _Attribution:
    if attribution.speaker is None:
        return attribution
    start, end = attribution.speaker
    head = _TELLING_HEAD_RE.match(unit.text, start, end)
    if head is None or head.end() >= end:
        return attribution
    return replace(attribution, speaker=(head.end(), end))


def _without_when_or_how(unit: _Unit, attribution: _Attribution) -> _Attribution:
    if attribution.speaker is None:
        return attribution
    start, end = attribution.speaker
    tail = _when_or_how_tail(unit.text, start, end)
    if tail is None or tail.start() - start < 2:
        return attribution
    before = unit.text[start : tail.start()].split()
    if tail.group().split()[0] == "on" and before[-1][:1].isupper():
        return attribution  # "The Mail on Sunday": a name, not a day
    return replace(attribution, speaker=(start, tail.start()))


# ", though an official denied it", ", but soldiers said ...": a clause
# joined on after reported words that reports someone else's, or the same
# speaker's other, words is the writer's, not part of what was reported.
# ", though it's unclear whether ...": the writer weighing now what was
# reported (in the reported past tense the doubt may be the speaker's).
_UNCLEAR_RE = re.compile(
    r"it(?:\s+is|['\u2019]s|\s+remains)\s+(?:still\s+)?(?:unclear|not\s+clear)\b",
    re.IGNORECASE,
)
_JOINED_CLAUSE_RE = re.compile(r",\s+(?:but|though|although|while|yet)\s+")
_REPORTED_FORMS = frozenset(
    word for word in P.ALL_CUES if " " not in word and word.endswith(("ed", "s"))
) | {"said", "told", "wrote", "reportedly"}


def _reports_in(words: list[str]) -> bool:
    """Whether a clause's first words hold a reporting verb after its subject
    ("an official denied it", "that has not been confirmed", "the chief would
    not confirm"), not a noun ("cast doubt on claims")."""
    return (
        any(
            (
                word in _REPORTED_FORMS
                # a cue's plain form after a modal or its "not", in a clause with
                # a subject of its own: "the chief would not confirm"
                or (
                    word in _PLAIN_SAYING
                    and words[at - 1] in _BEFORE_PLAIN_CUE
                    and words[0] not in _BEFORE_PLAIN_CUE
                )
            )
            and at > 0
            and (at < len(words) - 1 or words[at - 1] in ("been", "was", "were", "is", "are"))
            and words[at - 1] not in P.DETERMINERS
            and words[at - 1] not in P.PREPOSITIONS
            for at, word in enumerate(words[:8])
        )
        or (len(words) > 1 and words[-1] in ("said", "says", "denied", "reportedly"))
    )


_PLAIN_SAYING = _words("say confirm deny comment disclose reveal elaborate specify discuss explain")
_BEFORE_PLAIN_CUE = _words(
    "not never would could will can did didn't wouldn't couldn't won't can't"
)
# A phrase of place or time opening a clause, closed by its comma: "at an
# afternoon press conference, ", "later that day, ".
_SCENE_BEFORE_SUBJECT = re.compile(
    r"(?:(?:at|in|on|during|after|before|by|later|earlier|since)\s+)[^,;:]{0,60}?,\s+",
    re.IGNORECASE,
)


# "if you see stories claiming X then don't panic": the "then" that opens the
# main clause of a condition the report sits in.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_THEN_OPENS_MAIN = re.compile(r"(?<![,;])\s+then\s+(?=\w)")
_NOT_BEFORE_THEN = frozenset({"and", "but", "or", "who", "which", "that", "since", "until"})


def _without_main_clause_of_condition(unit: _Unit, attribution: _Attribution) -> _Attribution:
    """A content reported inside a condition ("if you see any stories claiming
    X then don't ...") cut before the "then" that opens the sentence's main
    clause, which is the writer's, not what the stories claim."""
    start, end = attribution.content
    head = attribution.speaker[0] if attribution.speaker is not None else None
    if attribution.cue is None or head is None or attribution.cue[0] > start:
        return attribution
    condition = _CONDITION_BEFORE.search(unit.text, unit.start, head)
    if condition is None or unit.in_quote(condition.start()) or unit.in_quote(start):
        return attribution
    for then in _THEN_OPENS_MAIN.finditer(unit.text, start, end):
        before = unit.text[start : then.start()].split()
        if before and before[-1].lower().strip("\"'\u201d\u2019") not in _NOT_BEFORE_THEN:
            trimmed = _trim_span(attribution, start, then.start())
            return trimmed if trimmed is not None else attribution
    return attribution


def _without_other_report(unit: _Unit, attribution: _Attribution) -> _Attribution:
    """An indirect content cut before a joined clause that holds a report of its own."""
    start, end = attribution.content
    if attribution.cue is None or attribution.cue[0] > start:
        return attribution  # only words reported after their cue
    for joined in _JOINED_CLAUSE_RE.finditer(unit.text, start, end):
        if unit.in_quote(joined.start()):
            continue  # the speaker's own words
        clause = unit.text[joined.end() : end]
        clause = re.split(r"[.;:!?\"\u201c\u201d]", clause, maxsplit=1)[0]
        # ", but at a later briefing, the chief would not confirm ...": the
        # phrase that sets the joined clause's scene comes before its subject.
        scene = _SCENE_BEFORE_SUBJECT.match(clause)
        if scene is not None:
            clause = clause[scene.end() :]
        words = [w.strip(",").lower() for w in clause.split()]
        if _reports_in(words) or _UNCLEAR_RE.match(clause):
            trimmed = _trim_span(attribution, start, joined.start())
            return trimmed if trimmed is not None else attribution
    return attribution


def _is_title_case(unit: _Unit) -> bool:
    """Headlines ("North Korea Denies Sending Troops") capitalise their verbs."""
    words = unit.text[unit.start : min(unit.end, unit.start + 300)].split()
    if len(words) < 3 or unit.end - unit.start > 300:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 0.7 * len(words)


def _attribution_at(unit: _Unit, cue: _Cue, earlier: list[_Attribution]) -> _Attribution | None:
    cue_word = unit.text[cue.start : cue.end].lower()
    if cue.kind == "according":
        return _according_to(unit, cue)
    if _ASKED_IF_BEFORE.search(unit.text, max(unit.start, cue.start - 60), cue.start):
        # "when we asked him if he would deny the figure": what is asked of
        # someone is no report of theirs.
        return None
    if cue.lemma == "say":
        relayed = _relayed_words(unit, cue)
        if relayed is not None:
            return relayed
    if cue_word.startswith("report") and _RELAYED_AFTER.match(unit.text, cue.end, unit.end):
        # "AFP reported the leader as saying ...": the "saying" is the leader's
        # report (`_relayed_words`); the agency only relays it.
        return None
    if cue_word.startswith("report") and P.FOR_DUTY_AFTER.match(unit.text, cue.end, unit.end):
        return None  # "did not report to work", "reported for duty": present, not tell
    lead = _CONTINUING_TO.search(unit.text, max(unit.start, cue.start - 30), cue.start)
    lead = lead or _DONE_BY_TELLING.search(unit.text, max(unit.start, cue.start - 80), cue.start)
    first = _FIRST_TO.search(unit.text, max(unit.start, cue.start - 30), cue.start)
    if lead is not None:
        # "is continuing to insist", "went on to say": the speaker's own report
        cue = cue._replace(start=lead.start())
    elif first is not None and _FIRST_REPORT_ENDS.match(unit.text, cue.end, unit.end):
        # "As TheWrap was the first to report, ...", "X was first to reveal that ..."
        cue = cue._replace(start=first.start())
    elif _NOUN_OR_INFINITIVE_BEFORE.search(unit.text, max(unit.start, cue.start - 8), cue.start):
        return None
    elif cue_word in _NOUN_FORMS and _SINGULAR_BEFORE.search(
        unit.text, max(unit.start, cue.start - 9), cue.start
    ):
        return None  # "Another report this week claims ...": a singular noun, not a verb
    elif cue_word.rstrip("s") in _NOUN_FORMS and _AS_VERDICT_BEFORE.search(
        unit.text, max(unit.start, cue.start - 30), cue.start
    ):
        return None  # "dismissed as nonsense reports that ...": the thing dismissed
    if cue.start > unit.start and unit.text[cue.start - 1] == "-":
        return None  # "much-praised", "self-described", "so-called": part of a compound
    if _AS_PASSIVE_BEFORE.search(unit.text, max(unit.start, cue.start - 20), cue.start):
        return _as_reported_by(unit, cue)
    passive = _passive_before(unit, cue)
    if passive is not None and cue.lemma in P.EXPRESS_LEMMAS:
        return None  # "was raised by his grandmother": the concern is no passive's subject
    if passive is not None:
        return _agent_attribution(unit, cue, passive)
    if _is_reduced_passive(unit, cue) or _objectless_participle(unit, cue):
        # "relations, announced by both governments": the clause's subject does not speak
        return None
    if _is_noun_use(unit, cue):
        return None
    if _describes_a_noun_before_its_verb(unit, cue):
        return None
    if _noted_before_a_name(unit, cue):
        return None
    if cue.lemma == "call" and (
        _NOT_SPEECH_CALL.search(unit.text, max(unit.start, cue.start - 40), cue.start)
        or not _calls_something_something(unit, cue)
    ):
        return None
    if unit.text[cue.start : cue.end].lower() in P.NOUN_FIRST_FORMS and not _reports_with_noun_form(
        unit, cue
    ):
        return None
    return _verb_attribution(unit, cue.start, cue.end, cue.lemma, earlier)


# Words that end a clause's run: past them, a verb may have a subject of its own.
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", *P.QUOTE_CHARS, "'"})
_PHRASE_REACH = 14  # tokens after the participle looked at for the verb it precedes


def _describes_a_noun_before_its_verb(unit: _Unit, cue: _Cue) -> bool:
    """A participle right after a noun, with the clause's own verb after it and
    no subject for that verb between: "The ceasefire deal announced October 17
    followed ..." (a past participle, only a date between, or only phrases
    before an auxiliary: "The evidence described in these reports is"), "The
    man holding up the sign asking for money from the offramp bought food" (a
    present one, only prepositional phrases between). It describes the noun; the verb after
    it is the noun's, and nobody announced or asked anything."""
    word = unit.text[cue.start : cue.end]
    if " " in word or not word.islower():
        return False
    present = word.endswith("ing")
    if not present and not (word.endswith("ed") or word in P.IRREGULAR_PAST):
        return False
    left = unit.tokens(max(unit.start, cue.start - 40), cue.start)
    if not left:
        return False
    noun = left[-1]
    if not (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in P.FINITE_WORDS
        and noun.lower not in P.PRONOUNS
        and noun.lower not in P.ADVERB_SKIP
        and noun.lower not in P.PREPOSITIONS
        and noun.lower not in P.DETERMINERS
        and noun.lower not in _CLAUSE_OPENING_WORDS
        and not _is_manner_adverb(noun)
        and not _is_past_tense(noun)
    ):
        return False
    after = unit.tokens(cue.end, min(unit.end, cue.end + _WINDOW))[:_PHRASE_REACH]
    if present:
        # only prepositional phrases: "asking for money from the freeway offramp"
        if not after or after[0].lower not in P.PREPOSITIONS:
            return False
        after_preposition = True
        for k, token in enumerate(after[1:], 1):
            if token.text in _CLAUSE_STOPS or token.lower in _CLAUSE_OPENING_WORDS:
                return False
            if token.lower in P.PREPOSITIONS:
                after_preposition = True
                continue
            if (
                _is_past_tense(token)
                and token.text.isalpha()
                and not after_preposition
                and k >= 2
                and after[k - 1].lower not in P.DETERMINERS
            ):
                nxt = after[k + 1] if k + 1 < len(after) else None
                # the verb takes an object or a complement, not an agent
                return nxt is not None and nxt.lower != "by" and nxt.text not in _CLAUSE_STOPS
            if token.lower in P.SUBJECT_PRONOUNS or token.lower == "that":
                return False
            after_preposition = False
        return False
    if _phrases_then_auxiliary(after):
        return True  # "The evidence described in these reports is not accurate"
    # only a date or time between: "announced October 17 followed"
    k = 0
    while k < len(after) and (
        _is_date_word(after, k)
        or (after[k].lower in P.TIME_LEADS and after[k].lower != "that")
        or after[k].text.isdigit()
    ):
        k += 1
    if not any(_is_date_word(after, j) or after[j].text.isdigit() for j in range(k)):
        return False  # "said that sold vehicles would": no date, a clause
    if k + 1 >= len(after):
        return False
    verb, nxt = after[k], after[k + 1]
    return (
        _is_past_tense(verb)
        and verb.lower not in P.ALL_CUES
        and nxt.lower != "by"
        and nxt.text not in _CLAUSE_STOPS
    )


# Prepositions that chain the phrases of a reduced relative clause ("described
# in the reports of the panel").
_CHAINING_PREPOSITIONS = P.PREPOSITIONS | {"of"}
# Words that open a clause's subject or the clause itself, never a phrase's object.
_NO_PHRASE_OBJECTS = _words("that there this")


def _phrases_then_auxiliary(after: list[_Token]) -> bool:
    """Whether the words after a past participle are prepositional phrases and
    then an auxiliary with no subject between: "The evidence described in
    these reports is not accurate", "the figures cited by the ministry were
    wrong". Nobody says "X said in a statement is ...": a verb of saying's
    clause has a subject of its own ("said in a statement the army is", "said
    on Monday it was"), so the participle describes the noun before it and the
    auxiliary is that noun's verb."""
    if not after or after[0].lower not in _CHAINING_PREPOSITIONS:
        return False
    for k in range(1, len(after)):
        before, token = after[k - 1], after[k]
        if (
            token.text in _CLAUSE_STOPS
            or token.lower in _CLAUSE_OPENING_WORDS
            or token.lower in P.PRONOUNS
            or token.lower in _NO_PHRASE_OBJECTS
        ):
            return False
        opens_phrase = before.lower in _CHAINING_PREPOSITIONS or before.lower in P.DETERMINERS
        if token.lower in P.AUXILIARIES or token.lower in P.NEGATED_AUXILIARIES:
            return k >= 2 and not opens_phrase
        if token.lower in _CHAINING_PREPOSITIONS:
            continue
        opens_own = token.lower in P.DETERMINERS or token.text[:1].isdigit()
        if not opens_phrase and (
            opens_own or (_is_capitalised(token) and not _is_capitalised(before))
        ):
            # a noun phrase of its own after the phrase's noun, a subject: "said in
            # a statement the army is", "said at least 30 people were"
            return False
    return False


# "noted analyst Ming-Chi Kuo", "the noted author Jane Roe": "noted" is famous there.
# The name is the subject of a verb after it: "..., noted journalist Ann Roe."
# is the inverted verb, its speaker after it.
_NOTED_BEFORE_A_NAME = re.compile(
    r"\s+(?P<noun>[a-z][a-z-]+)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?=[a-z])"
)


def _noted_before_a_name(unit: _Unit, cue: _Cue) -> bool:
    """Whether "noted" is the adjective before a noun for a person and their name."""
    if unit.text[cue.start : cue.end] != "noted":
        return False
    after = _NOTED_BEFORE_A_NAME.match(unit.text, cue.end, unit.end)
    return after is not None and (
        after.group("noun") in entities.ROLES or after.group("noun") in entities.OCCUPATIONS
    )


# A passive's own verb before its participle ("was reported", "had been widely
# reported"), the sentence's main verb, or "as reported by": a hedge may qualify
# the sentence.
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|as)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
# "if he would", "whether the company will ever": a cue asked about, not reported.
_ASKED_IF_BEFORE = re.compile(
    r"\b(?:if|whether)\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:would|will|could|can|might|did|does|do|should)\s+(?:(?:not|also|ever|\w+ly)\s+)?$",
    re.IGNORECASE,
)

# "the report", "a statement", "to say": the cue word is a noun or an
# infinitive there, never a report of its own.
_NOUN_OR_INFINITIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|to|this|its|his|her|their|our)\s+$", re.IGNORECASE
)


# "accused of": the one accused is the subject; who accuses goes unsaid.
_NOUN_FORMS = _words("report claim tweet note comment estimate warning promise post answer reply")
_AS_VERDICT_BEFORE = re.compile(
    r"\bas\s+[\"\u201c\u2018']?(?:rubbish|nonsense|false|untrue|baseless|groundless|unfounded|"
    r"fabricated|fake|ridiculous|absurd|speculation|inaccurate|wrong|misleading|garbage)"
    r"(?:\s+news)?[\"\u201d\u2019']?\s+$",
    re.IGNORECASE,
)
_SINGULAR_BEFORE = re.compile(r"\b(?:another|each|every|any|no|one)\s+$", re.IGNORECASE)
_ACCUSED_OF = re.compile(r"\s+of\b")
_THAT_NEXT = re.compile(r"\s+that\b")
_FIRST_TO = re.compile(r"\b(?:was|were|is|are)\s+(?:the\s+)?first\s+to\s+$", re.IGNORECASE)
# What makes "was the first to report" a report rather than an action: a
# that-clause or the comma of an "As ..., <claim>" opening.
_FIRST_REPORT_ENDS = re.compile(r"\s*(?:,|\s+that\b)")
_CONTINUING_TO = re.compile(
    r"\b(?:continues?|continued|continuing|went\s+on|goes\s+on|go\s+on|began|begins|"
    r"started|starts)\s+to\s+$",
    re.IGNORECASE,
)
# An act its subject carried out by the report the infinitive names: "took
# to Twitter to say", "went so far as to say", "used her speech to call for",
# "had the cheek to say". Not a report withheld, planned or expected ("refused
# to say", "is expected to argue"), which no such act names.
_DONE_BY_TELLING = re.compile(
    r"\b(?:went\s+(?:so|as)\s+far\s+as|went\s+out\s+of\s+(?:his|her|their|its)\s+way|"
    r"(?:took|takes|taking)\s+to\s+(?:Twitter|Facebook|Instagram|social\s+media|the\s+airwaves|"
    r"television|TV|radio|the\s+(?:floor|stage|podium|microphone))|"
    r"(?:took|takes|taking|used|uses|using|seized)\s+(?:the|this|that|an|his|her|their|its)\s+"
    r"(?:opportunity|occasion|chance|moment)|"
    r"(?:used|uses|using)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|remarks|address|appearance|interview|statement|column|message|platform)|"
    r"had\s+the\s+(?:cheek|audacity|nerve|gall|temerity)|"
    r"(?:was|were)\s+(?:prompted|moved|compelled)|felt\s+(?:compelled|obliged|moved))\s+to\s+$",
    re.IGNORECASE,
)
_CLAIMED_PRIZE = re.compile(
    r"(?:\s+(?:a|an|the|his|her|their|its|[\w-]+(?:st|nd|rd|th)|second|third|another)){0,2}\s+("
    + "|".join(sorted(P.CLAIMED_PRIZES))
    + r")\b",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"to\s+[a-z]")
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_OF_PHRASE = re.compile(r"\s*(?:of|about|to)\s+[^:;“\"\n]{1,60}?(?=\s*(?::|“|\"|''))")
_NEXT_WORD = re.compile(r"\s+([\w'\u2019-]+)")
_NOT_HEADS = (
    P.NP_CONNECTORS | P.PREPOSITIONS | P.CAPITAL_STOPWORDS | P.VERB_SIGNS | P.ADVERB_SKIP
) | P.DETERMINERS
_CLAUSE_PUNCTUATION = frozenset((",", ":", ";", ".", "'", *P.QUOTE_CHARS))
_SENTENCE_CLOSED_BY_QUOTE = re.compile(r"[.!?][\"”]\s*$")
# The auxiliaries before "been" or "be" belong to the passive too ("have been
# denied by ...", "will be dismissed by ..."): the content ends before them.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|will|would|could|may|might|must|should|can)\s+"
    r"(?:(?:also|already|since|now|[a-z]+ly)\s+)?(?=be\b|been\b))?"
    r"(?:was|were|is|are|be|been|being)\s+(?:(?:first|also|later|widely|previously|"
    r"repeatedly|often|reportedly|initially|originally|[a-z]+ly)\s+){0,2}"
    # "has since been updated and denied": a participle joined before the cue
    r"(?P<joined>[a-z]+ed\s+(?:and|or)\s+(?:(?:then|later|since|[a-z]+ly)\s+)?)?$",
    re.IGNORECASE,
)
_AGENT_RE = re.compile(r"(?:\s+\w+ly)?\s+by\s+")
# A determiner or a possessive right before a word ("the reported", "its
# reported", "the group's reported"), and a word after it that is no preposition.
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|these|those|this|that|[\w.-]+(?:'s|\u2019s|s'))\s+$"
)
_NOUN_AFTER = re.compile(r"(?i)\s+(?!(?:by|to|in|on|at|as|that|from|for|with)\b)[a-z]")
_COMMA_BEFORE_QUOTE = re.compile(r"\s*[,:]\s*(?:[\"“]|'')")
# "a group called", "so-called", "was called a liar": a name or a passive, not speech.
_NOT_SPEECH_CALL = re.compile(
    r"(?:\b(?:a|an|was|were|been|being|be|is|are)\s+(?:[\w'\u2019-]+\s+)?|-"
    # "dismissed calls for an inquiry", "renewed calls": the noun, after a verb
    r"|\b(?-i:[a-z]+ed)\s+)$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)\s+$")


def _calls_something_something(unit: _Unit, cue: _Cue) -> bool:
    """'called the plan a disaster', 'called for a ban', 'called to ban': speech.
    'called her to say', 'Obama called both candidates Tuesday', 'a group called
    Black Votes Matter', 'called off the deal': a phone call, a name or a phrasal verb."""
    text = unit.text
    if P.CALL_TAIL.match(text, cue.end + 1, unit.end) and text[cue.end : cue.end + 1] == " ":
        return True  # "called for", "called on"
    tokens = unit.tokens(cue.end, min(unit.end, cue.end + _WINDOW))
    if len(tokens) < 2 or tokens[0].lower in P.CALL_PARTICLES:
        return False
    if tokens[0].lower == "in" and not any(t.lower in _MEDIUM_NOUNS for t in tokens[1:4]):
        return False  # "called in a specialist": summoned; "called in a statement for" speaks
    if tokens[0].lower == "to":
        return tokens[1].text.isalpha()  # "called to ban Muslims"
    if tokens[0].text[:1].isupper() and _only_a_name_after(tokens):
        return False  # "a feature of the Apple Watch called Power Reserve, ..."
    if tokens[0].text[:1].isupper():
        # "a super PAC called Future45": a name given, unless a named speaker calls
        left = unit.tokens(max(unit.start, cue.start - 60), cue.start)
        i = _skip_back(left, len(left) - 1)
        if i >= 0 and (left[i].lower in P.PRONOUNS or _is_capitalised(left[i])):
            return True
    if tokens[0].lower in P.OBJECT_PRONOUNS or tokens[0].lower in P.REFLEXIVES:
        end = 1
    else:
        end = _np_forward(tokens, 0) or (1 if tokens[0].text.isalpha() else 0)
    if end == 0 or end >= len(tokens):
        return False
    return _is_complement(tokens[end])


def _only_a_name_after(tokens: list[_Token]) -> bool:
    """Whether "called" is followed by a name and nothing it could say of it: the
    sentence, or a clause of its own, goes on ("called Power Reserve, which
    ..."); "called Clinton a liar" says something."""
    if tokens[0].lower in P.WEEKDAYS or tokens[0].lower in P.MONTHS:
        return False  # "called Wednesday for ...": when, not a name
    k = 0
    while k < len(tokens) and _is_capitalised(tokens[k]):
        k += 1
    if k + 1 >= len(tokens):
        return False  # the window ends inside the name: nothing known
    if tokens[k].text == "," and (
        tokens[k + 1].lower in P.DETERMINERS or _is_possessive(tokens[k + 1])
    ):
        return False  # "called Clinton, his challenger, an ISIS co-founder": an aside
    # ("Trump Calls Out Ted Cruz For Backing Down": a headline's capitals go on)
    return tokens[k].text in _NAME_ENDS or (
        tokens[k].text.islower() and tokens[k].lower in _AFTER_A_NAME_GIVEN
    )


_NAME_ENDS = frozenset(",.;:)")
_AFTER_A_NAME_GIVEN = _words("that which who and or to in on for with is was has had will would")


def _is_complement(token: _Token) -> bool:
    """What may follow the object of 'called': a quotation, a noun phrase or an adjective."""
    if token.text in P.QUOTE_CHARS or token.text == "'" or token.lower in P.DETERMINERS:
        return True
    return (
        token.text.isalpha()
        and token.lower not in P.PHONE_CALL_FOLLOWERS
        and token.lower not in P.FINITE_WORDS
        and not _is_past_tense(token)
    )


# An adverb of manner or comment by its ending ("reportedly", "repeatedly",
# "publicly", "strongly"): it modifies a verb, so a cue form after it is the
# verb. Adjectives in -ly ("unlikely", "costly", "family") end otherwise.
_VERB_ADVERB = re.compile(
    r"[a-z]{2,}(?:edly|ously|ently|antly|ally|ively|ately|icly|ingly|fully|ibly|ably|ngly)"
)


def _is_noun_use(unit: _Unit, cue: _Cue) -> bool:
    """'the AP report is misleading', 'a news report published Wednesday': a noun.

    A cue form that is also a noun is one when a verb, a participle or a
    preposition follows it; the verb would take a clause or an object.
    """
    form = unit.text[cue.start : cue.end].lower()
    if cue.lemma == "claim" and _CLAIMED_PRIZE.match(unit.text, cue.end, unit.end):
        return True
    if form not in P.NOUN_VERB_FORMS:
        return False
    before = _WORD_BEFORE.search(unit.text, max(unit.start, cue.start - 40), cue.start)
    word = before.group(1) if before else ""
    if _VERB_ADVERB.fullmatch(word):
        return False  # "Shekau reportedly claims in the video": an adverb takes a verb
    if (
        form in P.SINGULAR_NOUN_FORMS
        and word.islower()
        and not word.endswith("s")
        and not _plural_subject_before(unit, cue.start - len(word) - 1, word)
        and word not in P.PRONOUNS
        and word not in P.ADVERB_SKIP
        and word not in P.AUXILIARIES
    ):
        return True  # "a failed promise to", "a forceful promise"
    if form.endswith("s") and _PLURAL_NOUN_BEFORE.search(
        unit.text, max(unit.start, cue.start - 60), cue.start
    ):
        return True  # "amid claims that", "despite government claims", "800 calls"
    if _described_noun(unit, cue):
        return True  # "an ominous warning that", "the contrasting tweets below"
    if form in _TRANSITIVE_ONLY and _NO_OBJECT.match(unit.text, cue.end, unit.end):
        return True  # "family disputes, as well as ...", "the disputes over land"
    following = _NEXT_WORD.match(unit.text, cue.end, unit.end)
    if following is None:
        return False
    word = following.group(1)
    lower = word.lower()
    return (
        lower in P.FINITE_WORDS
        or lower in P.NOUN_FOLLOWERS
        or lower in P.CUE_FORMS
        or (word.islower() and (lower.endswith("ed") or lower in P.IRREGULAR_PAST))
    )


# Plural nouns without an -s ("police estimate", "people claim"): a subject.
_PLURAL_WITHOUT_S = frozenset({"police", "people"})
_JOINS_SUBJECTS_RE = re.compile(r"(?:\band|,)\s*$")


def _plural_subject_before(unit: _Unit, end: int, word: str) -> bool:
    """Whether the word before a cue form is a plural noun joined to another
    subject ("The intelligence agencies and police estimate up to 20"): the
    form is then its verb, not a noun ("the police report")."""
    return word in _PLURAL_WITHOUT_S and (
        _JOINS_SUBJECTS_RE.search(unit.text, max(unit.start, end - 8), max(unit.start, end))
        is not None
    )


# What only a noun follows: a preposition ("amid claims", "despite the
# government's claims") or a quantifier or adjective ("some reports", "conflicting
# claims"), right before the cue form or before the one or two words that
# modify it ("despite Nigerian government claims"). A verb has its subject there.
_MODIFIER = r"\s+(?!(?:he|she|it|they|we|i|you|who|that|which|this|there)\b)[a-z][\w-]*"
_PLURAL_NOUN_BEFORE = re.compile(
    rf"\b(?:(?i:amid|amidst|despite|contradicting|against)(?:{_MODIFIER}|\s+[A-Z][a-z]+an)?"
    rf"(?:{_MODIFIER})?"
    r"|(?i:over|about|regarding|following|denying|dismissing|rejecting|refuting|disputing"
    r"|some|all|many|several|other|such|these|those|any|no|more|recent|latest|earlier"
    r"|initial|conflicting|unconfirmed|widespread|unfounded|false|new)"
    # a phrasal verb that kills or shrugs off a story: "shot down claims that"
    r"|(?i:(?:shot|shoot|shoots|shooting)\s+down|(?:laugh|brush)(?:s|es|ed|ing)?\s+off)"
    # A count, not an age or a year set off by commas ("Ana Ruiz, 12, claims"):
    # "more than 800 calls a day", "two reports"
    r"|\d(?:[\d,.]*\d)?|(?i:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s+$"
)
# An article or demonstrative and one or two words that can only be
# adjectives ("an ominous", "the contrasting", "these damning and baseless"):
# no noun stands between them and a cue form, so the form is the phrase's noun.
_ADJECTIVE_ONLY = r"[a-z][a-z-]*(?:ous|less|ful|ing|ible|able)"
_DESCRIBED_NOUN_BEFORE = re.compile(
    rf"\b(?i:the|a|an|this|these|those|such)\s+{_ADJECTIVE_ONLY}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s+){_ADJECTIVE_ONLY})?\s+$"
)
_CLAUSE_AFTER_CUE = re.compile(
    r"\s+(?:that\b|[A-Z]|(?i:the|a|an|his|her|its|their|he|she|it|they|we|i)\b)"
)


def _described_noun(unit: _Unit, cue: _Cue) -> bool:
    """Whether a cue form follows an article and adjectives with no noun
    between ("an ominous warning", "the contrasting tweets below"). A word in
    -ing may be the noun itself ("the ruling notes that", "the briefing claims
    the plan failed"): with a clause after the form, that is the reading."""
    described = _DESCRIBED_NOUN_BEFORE.search(unit.text, max(unit.start, cue.start - 60), cue.start)
    if described is None:
        return False
    if not described.group(0).rstrip().endswith("ing"):
        return True
    return not _CLAUSE_AFTER_CUE.match(unit.text, cue.end, unit.end)


# Forms of a verb that must take an object: with none after it ("disputes, as
# well as ...", "disputes over land", "heaped praise on him", "lay blame for
# the attack"), the word is the noun.
_TRANSITIVE_ONLY = frozenset({"dispute", "disputes", "praise", "blame"})
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:over|between|among|with|involving|and|or|on|for|from|of|in|at)\b)",
    re.IGNORECASE,
)


def _reports_with_noun_form(unit: _Unit, cue: _Cue) -> bool:
    """'The report states that ...', not 'the 35 states that vote' or 'his home state'."""
    if not _THAT_NEXT.match(unit.text, cue.end, unit.end):
        return False
    before = _WORD_BEFORE.search(unit.text, max(unit.start, cue.start - 40), cue.start)
    if before is None:
        return False
    word = before.group(1)
    lower = word.lower()
    return (word[:1].isupper() or lower in P.PRONOUNS or lower in P.SPEAKER_NOUNS) and (
        lower not in P.DETERMINERS
    )


# "Reuters quoted the ministry as saying", "the paper cites a source as saying":
# the one quoted speaks; the one quoting only relays the words.
_RELAYS_AS = re.compile(
    r"\b(?:quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|report(?:s|ed|ing)?)\s+([^,.;:!?\"\u201c\u201d()\n]{2,90}?)\s+as\s+$",
    re.IGNORECASE,
)


# What follows a relaying verb when the one it relays is named: "(reported) the
# leader as saying".
_RELAYED_AFTER = re.compile(
    r"\s+(?!that\b)(?:(?!\b(?:is|are|was|were|had|has|have|be|been)\b)[^,.;:!?\"\u201c\u201d()\n])"
    r"{2,90}?\s+as\s+saying\b",
    re.IGNORECASE,
)


def _relayed_words(unit: _Unit, cue: _Cue) -> _Attribution | None:
    """'..., Reuters quoted the country's defence ministry as saying': the ministry's words.

    The content follows "as saying" ("as saying that ...", "as saying: ...")
    or, when nothing does, is what stands before the one quoting, as for any
    trailing attribution.
    """
    text = unit.text
    if text[cue.start : cue.end].lower() != "saying":
        return None
    relay = _RELAYS_AS.search(text, max(unit.start, cue.start - 120), cue.start)
    if relay is None:
        return None
    tokens = unit.tokens(relay.start(1), relay.end(1))
    if not tokens or tokens[0].lower in P.PREPOSITIONS or tokens[0].lower in P.CLAUSE_OPENERS:
        return None  # "was quoted by state media as saying": the passive has its own rule
    if tokens[0].lower in ("by", "in", "on"):
        return None
    if not _valid_speaker(tokens):
        return None
    speaker = (tokens[0].start, tokens[-1].end)
    quoter = _subject_before(
        unit.tokens(max(unit.start, relay.start() - _WINDOW), relay.start()), unit
    )
    head = quoter[2] if quoter is not None else relay.start()
    cue_end, content_start, kind = _extend_cue(unit, cue.end, cue.lemma)
    forward = _forward_content(unit, cue_end, content_start, kind, cue.lemma)
    if forward is not None:
        content: Span | None = forward[0]
    else:
        content = _trailing_content(unit, head, cue_end, speaker)
    if content is None:
        return None
    cue_span = (relay.start(), cue_end)
    return _spanned(text, speaker, cue_span, content)


# A content that opens with a joiner, or with a relative pronoun after a
# comma, continues another clause.
_JOINED_ON = re.compile(r"\s*(?:and\b|(?<=,)\s*which\b)")


def _joined_on(unit: _Unit, attribution: _Attribution) -> bool:
    """'as Quartz reported earlier, and transforming it ...', 'a private joke,
    which ...': what follows the cue joins another clause and reports nothing
    (a quotation going on with "and ..." is still words spoken; "would not say
    which part" asks a question)."""
    content = attribution.content
    if content is None or unit.in_quote(content[0] + 1):
        return False
    text = unit.text
    opening = text[content[0] : content[0] + 6]  # "And ..." opens a sentence of its own
    if opening.startswith("and") and not opening[3:4].isalnum():
        return True
    before = text[max(unit.start, content[0] - 3) : content[0]].rstrip()
    return opening.startswith("which") and not opening[5:6].isalnum() and before.endswith(",")


def _spanned(text: str, speaker: Span, cue: Span, content: Span) -> _Attribution:
    """An attribution whose texts are its spans' text, the cue's put in normal form."""
    return _Attribution(
        speaker, None, cue, _normal(text[cue[0] : cue[1]]), content, text[content[0] : content[1]]
    )


def _normal(words: str) -> str:
    return " ".join(words.lower().split())


def _according_to(unit: _Unit, match: _Cue) -> _Attribution | None:
    text = unit.text
    tokens = unit.tokens(match.end, min(unit.end, match.end + _WINDOW))
    end = _source_phrase_end(tokens, at_end=match.end + _WINDOW >= unit.end)
    if end == 0:
        return None
    speaker = (tokens[0].start, tokens[end - 1].end)
    cue = (match.start, match.end)
    before = text[unit.start : match.start].rstrip()
    rest_start = tokens[end].start if end < len(tokens) else speaker[1]
    if rest_start < unit.end and text[rest_start] == "(":
        # "According to Bleeding Cool (who are often reliable), ...": an aside
        # about the source sits between it and the comma
        close = text.find(")", rest_start, min(unit.end, rest_start + _ASIDE_REACH))
        if close > 0:
            rest_start = close + 1
            while rest_start < unit.end and text[rest_start] in " \t":
                rest_start += 1
    opens_clause = before.endswith(("--", "\u2014", "\u2013", ";", " -"))
    opening = not before.strip(' ,"“”')
    if opening and rest_start < unit.end and _SOURCE_CLAUSE_AT.match(text, rest_start, unit.end):
        # "According to cables that were later leaked, ...", "According to the
        # officer in charge that night, ...": the source's own clause runs to the comma
        comma = text.find(",", rest_start, min(unit.end, rest_start + _ASIDE_REACH))
        rest_start = comma if comma > 0 else rest_start
    if opening or (opens_clause and rest_start < unit.end and text[rest_start] == ","):
        # "According to X, ...", "According to X: ...", "... all too well --
        # according to X, the firm is ..."
        if rest_start < unit.end and _SOURCE_ENDS_AT.match(text, rest_start, unit.end):
            content_start = rest_start + 1
            if _SOURCE_ASIDE_AT.match(text, content_start + 1, unit.end):
                # "According to Sam Arnold, who posted the video, the footage ...",
                # "According to the study, funded by the league, ...": the aside
                # about the source ends at its comma; with none, nothing is said
                comma = text.find(",", content_start, min(unit.end, content_start + _ASIDE_REACH))
                if comma < 0:
                    return None
                content_start = comma + 1
            apposed = _SOURCE_APPOSITIVE.match(text, content_start, unit.end)
            if apposed is not None and _FINITE_AFTER.search(text, apposed.end(), unit.end):
                # "According to the Courier, a weekly paper in the valley, the mill
                # ...": the apposition describes the source; the clause follows it
                content_start = apposed.end()
            content = _trim(text, content_start, unit.end)
        else:
            return None
    else:
        content = _trim(text, unit.start, match.start)
        hedge = _HEDGE_BEFORE_SOURCE.search(text, unit.start, match.start)
        if content is not None and hedge is not None:
            # "X has died - at least according to a hoax": the hedge is on the source
            content = _trim(text, content[0], hedge.start())
        interrupted = _interrupted(text, content, rest_start, unit.end)
        if interrupted is not None:
            span, said, left_out = interrupted
            return _Attribution(speaker, None, cue, "according to", span, said, left_out=left_out)
    if content is None:
        return None
    return _Attribution(
        speaker,
        None,
        cue,
        "according to",
        content,
        text[content[0] : content[1]],
    )


# What goes on describing an opening "according to" source up to its comma:
# a relative clause or a time ("that were later released", "that night").
_SOURCE_CLAUSE_AT = re.compile(r"(?:who|which|that|whose)\s[^,;:.\"\u201c]{1,150},", re.IGNORECASE)


# The comma or colon that ends an opening "according to" source; not a clock's
# colon ("12:02").
_SOURCE_ENDS_AT = re.compile(r",|:(?:\s|$)")


# An aside about an "according to" source after its comma: a relative clause
# ("who posted the video", "whom he met") or a participle with its agent
# ("helmed by Anna Wintour", "funded by the league").
_SOURCE_ASIDE_AT = re.compile(r"(?i:who|whom|whose|which)\b|[a-z]+(?:ed|en)\s+by\b")


# A hedge on the source after a dash, right before "according to" ("X has died -
# at least according to a hoax"): it qualifies who says so, not what is said.
_HEDGE_BEFORE_SOURCE = re.compile(
    r"\s*(?:[\u2014\u2013]|\s-|--)\s*(?:at\s+least|or\s+so|anyway)[\s,]*$", re.IGNORECASE
)


# The few words before an attribution set off by commas inside a clause
# ("Branson, according to the Mirror, guaranteed ...", "Spiders, according to
# an expert, don't burrow in skin"): a subject or an opening adverbial, with
# no verb of their own and no comma.
_INTERRUPTED_MOST_WORDS = 6
_NOT_GOING_ON = P.word_set(
    "and but or nor while whereas which who whom whose where when although though as so yet"
)


def _interrupted(
    text: str, before: Span | None, rest_start: int, end: int
) -> tuple[Span, str, Span] | None:
    """The clause an "according to" attribution interrupts, when the words
    before it are only its opening (`before`, up to the comma before the cue)
    and the clause goes on after the comma that closes the source: its span,
    from its first word to its last, its text without the attribution, and
    the span its text leaves out (between the opening and what goes on)."""
    if before is None or rest_start >= end or text[rest_start] != ",":
        return None
    opening = text[before[0] : before[1]]
    words = opening.split()
    unfinished = _unfinished_clause(words)
    if (
        not words
        or len(words) > _INTERRUPTED_MOST_WORDS
        or "," in opening
        or (not unfinished and any(w.lower() in P.FINITE_WORDS or _past_verb(w) for w in words))
    ):
        return None
    rest = _trim(text, rest_start + 1, end)
    if rest is None:
        return None
    goes_on = text[rest[0] : rest[1]]
    if goes_on.split()[0].lower() in _NOT_GOING_ON:
        return None  # "X, according to Y, and Z": another clause, maybe not Y's
    if (
        not unfinished
        and not _FINITE_AFTER.search(goes_on)
        and not any(_past_verb(w) or w.lower() in P.FINITE_WORDS for w in goes_on.split()[:4])
    ):
        return None
    return (before[0], rest[1]), f"{opening} {goes_on}", (before[1], rest[0])


# An apposition after an "according to" source: "a"/"an" and a phrase with no
# verb ("a weekly paper in the valley", "a site consisting of satire"), then a
# comma and the clause's subject.
_SOURCE_APPOSITIVE = re.compile(
    r"\s*(?:a|an)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says"
    r"|[a-z]+ed)\b)[\"'\u201c\u2018]?[^\W\d][\w'\u2019-]*[\"'\u201c\u201d\u2018\u2019]?\s+){2,14}?"
    r"[^\W\d][\w'\u2019-]*,\s+(?=(?:the|a|an|his|her|its|their|this|that|these|those"
    r"|(?-i:[A-Z]))\b)",
    re.IGNORECASE,
)
_FINITE_AFTER = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could)\b|\b[a-z]+ed\b"
)


# How long an aside in brackets after a source may be.
_ASIDE_REACH = 200


def _passive_before(unit: _Unit, cue: _Cue) -> int | None:
    """Where 'was'/'has been' starts when a participle cue is passive ("was asked")."""
    word = unit.text[cue.start : cue.end].lower()
    if not (word.endswith("ed") or word in P.IRREGULAR_PAST) or " " in word:
        return None
    match = _PASSIVE_BEFORE.search(unit.text, max(unit.start, cue.start - 50), cue.start)
    if match is None:
        return None
    if match.group("joined") and not _NOTHING_AFTER_PASSIVE.match(unit.text, cue.end, unit.end):
        # "could not be trusted and suggested it may be lying": the second verb
        # has its own clause, so it is active; a joined passive ends there
        return None
    return match.start()


# What may follow a passive joined to another participle ("has been updated
# and denied.", "was checked and denied by ..."): the end, a mark, its agent.
_NOTHING_AFTER_PASSIVE = re.compile(r"\s*(?:[.,;:!?)\]]|$|by\b)")


def _is_reduced_passive(unit: _Unit, cue: _Cue) -> bool:
    """A past participle with its agent after a comma and no 'was'/'has been': it
    describes a noun ("the deal, first reported by AFP,"), it is no one's report."""
    word = unit.text[cue.start : cue.end].lower()
    if " " in word or not (word.endswith("ed") or word in P.IRREGULAR_PAST):
        return False
    if not _AGENT_RE.match(unit.text, cue.end, unit.end):
        return False
    left = unit.tokens(max(unit.start, cue.start - 40), cue.start)
    i = len(left) - 1
    while i >= 0 and (left[i].lower in P.ADVERB_SKIP or _is_manner_adverb(left[i])):
        if left[i].lower in P.FINITE_WORDS:
            return False  # an auxiliary: an active report ("has reported by phone")
        i -= 1
    if i >= 0 and left[i].text == ",":
        return True
    if not _NAMED_AGENT_RE.match(unit.text, cue.end, unit.end):
        return False
    # "Eventually recalled by the Reich, ...": it opens the sentence; "the
    # figures reported by the companies": it follows the noun it describes.
    opening_adverb = (
        i == 0
        and left[0].lower.endswith("ly")
        and left[0].lower not in P.NOT_ADVERBS
        and not unit.text[unit.start : left[0].start].strip()
    )
    return (
        i < 0
        or opening_adverb
        or (
            left[i].text.isalpha()
            and left[i].text.islower()
            and left[i].lower not in P.FINITE_WORDS
            and left[i].lower not in P.SUBJECT_PRONOUNS
            and left[i].lower not in _NOT_NOUNS_BEFORE_PARTICIPLE
        )
    )


def _objectless_participle(unit: _Unit, cue: _Cue) -> bool:
    """A participle of a verb that needs its object ("denied", "dismissed",
    "rejected") with none, a clause of reason or time right after it: a
    headline's passive, its "is" left out ("Tax Rumour Dismissed Since Minister
    Is Abroad"). Its subject is what was denied, not who denied it."""
    word = unit.text[cue.start : cue.end].lower()
    if " " in word or not word.endswith("ed") or word not in P.OBJECT_VERBS:
        return False
    if not _CLAUSE_OPENER_AFTER.match(unit.text, cue.end, unit.end):
        return False
    left = unit.tokens(max(unit.start, cue.start - 40), cue.start)
    # "has denied since 2010 that ...": an auxiliary makes it active
    return not (left and (left[-1].lower in P.FINITE_WORDS or left[-1].lower in P.SUBJECT_PRONOUNS))


# Conjunctions of reason, time or concession that open a clause, not an object
# ("as" is left out: "dismissed as false the report that ...").
_CLAUSE_OPENER_AFTER = re.compile(
    r"\s+(?:since|because|although|though|amid|whereas)\b", re.IGNORECASE
)


# An agent after "by" that names someone: "by the companies", "by Reuters"
# (not "by phone", "by far").
_NAMED_AGENT_RE = re.compile(
    r"(?:\s+\w+ly)?\s+by\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z]))\b", re.IGNORECASE
)
# Words before a participle that are no noun it could describe.
_NOT_NOUNS_BEFORE_PARTICIPLE = frozenset(
    {"and", "or", "but", "who", "which", "that", "also", "then", "not", "never", "first", "later"}
)


# "As reported by the Daily Mirror, ...", "as first revealed by ...": the agent
# speaks, and the main clause after the phrase is what it said.
_AS_PASSIVE_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(\u2014]))[Aa]s\s+(?:(?:first|previously|originally|earlier)\s+)?$"
)


def _as_reported_by(unit: _Unit, cue: _Cue) -> _Attribution | None:
    text = unit.text
    word = text[cue.start : cue.end].lower()
    if not (word.endswith("ed") or word in P.IRREGULAR_PAST) or " " in word:
        return None
    agent = _AGENT_RE.match(text, cue.end, unit.end)
    if agent is None:
        return None
    tokens = unit.tokens(agent.end(), min(unit.end, agent.end() + _WINDOW))
    end = _np_forward(tokens, 0)
    if end == 0 or not _valid_speaker(tokens[:end]):
        return None
    opening = _AS_PASSIVE_BEFORE.search(text, max(unit.start, cue.start - 20), cue.start)
    if opening is None or text[unit.start : opening.start()].strip(" \t\n\"'\u201c\u2018"):
        return None  # only a phrase opening the sentence: "The deal, as reported by X, was ..."
    speaker = (tokens[0].start, tokens[end - 1].end)
    tail = _when_or_how_tail(text, speaker[0], speaker[1])
    if tail is not None and tail.start() > speaker[0]:
        speaker = (speaker[0], tail.start())
    position = _skip_adverbials(text, speaker[1], unit.end)
    if not text.startswith(",", position):
        return None
    content = _trim(text, position + 1, unit.end)
    if content is None:
        return None
    cue_span = (opening.start(), agent.end())
    return _spanned(text, speaker, cue_span, content)


# A passive in a clause of time with no subject of its own: "before being denied".
_BEING_AFTER_SUBORDINATOR = re.compile(
    r"\b(?:before|after|since|while|without|upon|despite)\s+being\s+$", re.IGNORECASE
)
# A pronoun as the passive's whole subject after "that": "so absurd that it".
_PRONOUN_SUBJECT_AFTER_THAT = re.compile(r"\bthat\s+(it|this|they|these)\s*$", re.IGNORECASE)


def _agent_attribution(unit: _Unit, cue: _Cue, subject_end: int) -> _Attribution | None:
    """'The move was first reported by MSNBC': the agent speaks, the subject is the content.

    A passive cue with no agent ("Sanders was asked", "he is accused of")
    names no speaker.
    """
    text = unit.text
    cue_end = cue.end
    if cue.lemma == "call":
        # "has been called 'rubbish' by X": the verdict in quotes is X's, with its cue
        verdict = _CALLED_VERDICT.match(text, cue.end, unit.end)
        if verdict is not None:
            cue_end = verdict.end()
    agent = _AGENT_RE.match(text, cue_end, unit.end)
    if agent is None:
        return None
    tokens = unit.tokens(agent.end(), min(unit.end, agent.end() + _WINDOW))
    end = _np_forward(tokens, 0)
    if end == 0 or not _valid_speaker(tokens[:end]):
        return None
    content = _trim(text, unit.start, subject_end)
    if content is None:
        return None
    if _BEING_AFTER_SUBORDINATOR.search(text, content[0], subject_end + 6):
        # "The rumor was picked up by X before being denied by Y": what Y
        # denied is the sentence's subject, not the clause X's part is in
        words = unit.tokens(content[0], content[1])
        head = _np_forward(words, 0)
        if head == 0 or head >= len(words) or not _verb_like(words[head]):
            return None
        content = (words[0].start, words[head - 1].end)
    else:
        pronoun = _PRONOUN_SUBJECT_AFTER_THAT.search(text, content[0], content[1])
        if pronoun is not None:
            # "whose statement was so absurd that it was denied by Y": the
            # pronoun is what Y denied, not the sentence up to it
            content = (pronoun.start(1), pronoun.end(1))
    return _Attribution(
        (tokens[0].start, tokens[end - 1].end),
        None,
        (cue.start, cue_end),
        _normal(text[cue.start : cue_end]),
        content,
        text[content[0] : content[1]],
    )


def _source_phrase_end(tokens: list[_Token], at_end: bool = False) -> int:
    """End of the source after 'according to': any phrase up to punctuation.

    "According to early results of the exit poll conducted by Edison
    Research, ...", "according to state law": sources are often not names.
    """
    if not tokens or tokens[0].lower in P.NP_CONNECTORS or not tokens[0].text[:1].isalnum():
        return 0
    if tokens[0].lower in P.PRONOUNS or tokens[0].lower in P.OBJECT_PRONOUNS:
        return 1
    for index, token in enumerate(tokens[:_MAX_SOURCE_TOKENS]):
        if token.text in P.SOURCE_ENDS or token.lower in P.CLAUSE_OPENERS:
            return index
    if len(tokens) <= 6 and at_end:
        return len(tokens)  # "..., according to developers" closing a headline
    end = _np_forward(tokens, 0)
    return end if end and _valid_speaker(tokens[:end]) else 0


def _told_by_the_same_verb(unit: _Unit, at: int, lemma: str) -> bool:
    """Whether the phrase at `at` opens what an earlier cue of the same verb tells
    ("claimed [that] the singer"): a repeat of that verb after it is joined to
    the earlier one, and the phrase is no subject of it."""
    return any(
        cue.lemma == lemma
        and cue.end <= at
        and _TOLD_OPENS.fullmatch(unit.text, cue.end, at) is not None
        for cue in unit.cues
    )


_TOLD_OPENS = re.compile(r"\s+(?:that\s+)?")


# A relative or complement word inside a speaker's phrase: what comes after it
# is the clause's own subject ("the date which their sources (told)", "the
# fact that no residents (reported)").
_CLAUSE_IN_SPEAKER = re.compile(r"(?i)\s(?:that|which|where|whom)\s+(?=\S)")


# A speaker's words supposed in a comparison: "as Twain might have said", "as
# the coach would have put it". The writer's own words, likened to someone's.
_SUPPOSED_SAYING = re.compile(
    r"(?i)\bas\s+(?:[\w.'\u2019-]+\s+){1,4}(?:might|would|could|may|should|must)\s+have\s+$"
)


# An auxiliary and its "not" with an aside after it, up to the cue: "He did
# not, as some papers report, write ...". The cue is the verb the auxiliary
# carries, parted from it by the aside, and no inverted attribution. Without
# "not" the auxiliary may be the verb ('"... what they do, in short," said X').
_AUXILIARY_BEFORE_ASIDE = re.compile(
    rf"(?i)\b{P.NEGATED_AUXILIARY}"
    r"\s*,\s*\w[^,;:\"\u201c\u201d]*"
    r"[\s,\"\u201c\u201d'\u2018\u2019]*$"
)


# A clause of a subject and its lone copula, up to a participle cue: "Time
# was,", "Days were, when". A subject that "was" something ("Trump was just
# as blunt, claiming ...") says what it was first.
_BARE_COPULA_BEFORE = re.compile(
    r"(?:^|[.;:!?\u201c\u201d\"]\s*)[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:was|were|is|are)"
    r"\s*(?:,|\s+when)\s*$"
)


def _verb_attribution(
    unit: _Unit, cue_start: int, cue_end: int, lemma: str, earlier: list[_Attribution]
) -> _Attribution | None:
    text = unit.text
    if lemma == "accuse" and _ACCUSED_OF.match(text, cue_end, unit.end):
        before = text[max(unit.start, cue_start - 20) : cue_start].split()
        if not before or before[-1].lower() not in P.SUBJECT_PRONOUNS:
            # "are fugitives and accused of links to a cartel": they are accused;
            # "a woman they accused of lying" has its accuser
            return None
    left = unit.tokens(max(unit.start, cue_start - _WINDOW), cue_start)
    supposed_from = max(unit.start, cue_start - 40)
    if "have" in text[supposed_from:cue_start].lower() and _SUPPOSED_SAYING.search(
        text, supposed_from, cue_start
    ):
        # "as Mark Twain might have said", "as she would have put it": what
        # someone would have said, supposed by the writer, and never said
        return None
    dateline = _DATELINE_RE.match(unit.text, unit.start, cue_start)
    if dateline is not None:
        # "ABUJA, Nigeria — The group's leader ..., denying": the wire's
        # dateline is where the story was filed, never who speaks.
        left = [token for token in left if token.start >= dateline.end()]
    cue_end, content_start, content_kind = _extend_cue(unit, cue_end, lemma)
    if content_kind == "none":
        return None
    left = _without_opening_quote(left)
    participle = text[cue_start:cue_end].split()[0].endswith("ing")
    negation = _negation_start(left)
    if negation is not None and left[-1].lower == "neither" and _OTHER_SAYING.match(text, cue_end):
        # "neither confirmed nor denied the report": an answer withheld, no position
        return None
    if negation is not None:
        # "did not deny", "would not say": the negation belongs to the cue
        cue_start = left[negation].start
        left = left[:negation]
    cue = (cue_start, cue_end)
    cue_text = _normal(text[cue_start:cue_end])

    subject = (_quoted_source(left) if participle else None) or _subject_before(left, unit)
    before_cue = text[unit.start : cue_start].rstrip()
    boundary = _boundary(before_cue)
    if (
        subject is None
        and boundary in (",", *P.CLOSE_QUOTES)
        and _AUXILIARY_BEFORE_ASIDE.search(before_cue)
    ):
        return None
    if participle and _BARE_COPULA_BEFORE.search(before_cue):
        # "Time was, reporting the news was an honorable profession": a subject
        # and a lone "was" say when, or that something was; the participle after
        # them is the next clause's subject ("reporting the news"), no one's act.
        return None
    if subject is None and boundary in (",", *P.CLOSE_QUOTES, "—"):
        if participle or boundary == ",":
            # "..., told the Globe and Mail": whom one tells follows "told", never who tells
            inverted = not participle and lemma != "tell" and lemma not in _NEVER_INVERTED
            subject = _inverted_subject(unit, cue_end) if inverted else None
            if subject is None and participle:
                # "Mr. Trump was just as blunt, claiming ...": the nearest clause's subject
                subject = _earlier_speaker(earlier, cue_start) or _clause_subject(left)
            if (
                subject is None
                and not participle
                and _verb_of_earlier_content(unit, earlier, cue_start)
            ):
                # "They note that spending so much effort on a tool, which was
                # not used for hunting, suggests that ...": the verb of what
                # they note, whose subject is the clause's own, not a second cue
                return None
            if subject is None:
                subject = _main_subject(unit, earlier)
        elif lemma not in _NEVER_INVERTED:
            subject = _inverted_subject(unit, cue_end, after_quote=True)
        elif before_cue[-2:-1] == ",":
            # 'Trump called Clinton "terrible," denounced her record': one of a
            # row of verbs, whose subject is the earlier cue's
            subject = _earlier_speaker(earlier, cue_start)
    if subject is None and participle and left and left[-1].lower in P.PARTICIPLE_LEADS:
        subject = _earlier_speaker(earlier, cue_start) or _clause_subject(left)
    joint = _skip_back(left, len(left) - 1)
    if subject is None and joint >= 0 and left[joint].lower in ("and", "but"):
        subject = _earlier_speaker(earlier, cue_start) or _clause_subject(
            left[: joint + 1], coordinated=True
        )
        if subject is not None and _told_by_the_same_verb(unit, subject[0][0], lemma):
            # "a post that claimed the singer had died and claimed his house was
            # sold": the second "claimed" is joined to the first, and its subject
            # is the first one's, not the singer of what the first one tells
            return None
    if subject is None and participle:
        subject = _issuer_before(left, unit)
    if subject is None:
        return None
    if participle:
        subject = _issuer(left, subject, unit) or subject
        if _unissued_document(left, subject[0], unit):
            # "X ... released a statement refuting ...", its issuer not read:
            # a document speaks for whoever issued it, and no statement has none.
            return None
    speaker, resolve_text, subject_start = subject
    agreeing = _agreeing_conjunct(text, speaker, cue_start)
    if agreeing != speaker:
        speaker, resolve_text, subject_start = agreeing, None, agreeing[0]
    if _noun_of_telling(text, speaker, cue):
        return None
    if lemma == "raise" and not _can_raise_a_concern(text[speaker[0] : speaker[1]]):
        # "A wave of violence ... raised doubt about ...", "The virus raised
        # concerns": a thing that gives cause for doubt, which no one voiced
        return None
    if text[speaker[0] : speaker[1]].lower().rstrip(".") in _CALENDAR_WORDS:
        return None  # "Date: Tue, Jul 29 [..., denying ...]": a date, not a speaker
    if _NOBODY.match(text, speaker[0]) or _NEITHER_BEFORE.search(text, unit.start, speaker[0]):
        # "No official said X", "none of the engineers reported X", "neither the
        # mayor nor the chief said X": nobody said it
        return None
    inner = _CLAUSE_IN_SPEAKER.search(text, speaker[0], speaker[1])
    after_inner = text[inner.end() : speaker[1]].split()[:1] if inner is not None else []
    if (
        inner is not None
        and after_inner
        and (
            after_inner[0][:1].isupper()
            or after_inner[0].lower() in P.DETERMINERS | P.PRONOUNS
            or after_inner[0].lower().startswith("no")
        )
    ):
        # "the actual date which their sources have told them", "reports in the
        # past where Tupac Shakur claimed": the cue's subject is the one after
        # the relative word (a name, a pronoun, a determined noun phrase), not
        # the noun the clause describes
        speaker = (inner.end(), speaker[1])
        resolve_text = None
        subject_start = inner.end()
    if lemma == "doubt" and _QUANTIFIED_GROUP.match(text, speaker[0]):
        # "Many residents are sceptical about ...": the writer's account of a
        # crowd's mood, no source that said so
        return None
    if _is_personal_hedge(text, speaker, lemma):
        return None
    if _is_evidence(text, speaker, lemma):
        return None
    if _hedges_own_report(text, speaker, lemma, earlier):
        return None

    forward = _forward_content(unit, cue_end, content_start, content_kind, lemma)
    if (
        forward is not None
        and not forward[2]
        and lemma in P.OPINION_LEMMAS
        and not _is_institution(text[speaker[0] : speaker[1]])
    ):
        # "Voters believe he could win", "Carter believes his email was
        # secure": a person's opinion, not a report; "police believe the fire
        # was set", "MI5 believes ...": an institution's finding is one
        forward = None
    head = min(subject_start, cue_start)
    trailing = _trailing_content(unit, head, cue_end, speaker)
    if (
        participle
        and forward is not None
        and trailing is not None
        and any(a.cue is not None and trailing[1] <= a.cue[0] < cue_start for a in earlier)
        and (
            _QUOTE_OR_THAT_BEFORE.search(text, cue_end, forward[0][0]) is not None
            or (
                _looks_like_clause(unit, forward[0][0])
                and not _noun_before_relative(unit, forward[0][0])
            )
        )
    ):
        # '"...," he said, adding, "..."': what comes before is the first cue's,
        # the participle joined to it tells what follows it, a quotation or a
        # clause ("recalling a visit to his church", a thing, tells nothing)
        trailing = None
    if (
        trailing is not None
        and _boundary(text[unit.start : head].rstrip()) == ","
        and _is_opening_adverbial(unit, trailing)
    ):
        # "Following the incident, Virgin pledged to ...", "Last summer, Shekau
        # declared a caliphate": when, after what, how, no verb of its own;
        # what was said comes after the cue, where there is any
        after = forward or _object_after_when(unit, cue_end, lemma)
        if after is not None:
            forward, trailing = after, None
    if forward is None and trailing is None and content_kind == "clause":
        forward = _colon_quotation(unit, cue_end)
    if forward is None and trailing is None and lemma not in P.TRAILING_ONLY:
        # "As the minister noted, ..."; not "As the outage continued, ..."
        forward = _as_clause_content(unit, head, cue_end)
    # '... is “ongoing.” He said the FBI ...': a quotation closed after a full
    # stop ended its sentence, so what follows the cue is the content
    closed = _SENTENCE_CLOSED_BY_QUOTE.search(text, max(unit.start, head - 4), head)
    phrase = False
    if forward is not None and (
        trailing is None or content_kind != "clause" or forward[2] or closed
    ):
        content, content_text = forward[0], forward[1]
        if content_kind == "object" and lemma in _JUDGING_LEMMAS:
            # no that-clause after the object ("denied reports that ..."): the phrase itself
            whole = _trim(text, content_start, unit.end)
            phrase = whole is not None and content[0] == whole[0]
        elif (
            lemma in _THING_OR_CLAUSE_LEMMAS
            and not forward[2]
            and not text[cue_end : content[0]].strip()
            and names_a_thing(content_text)
        ):
            # "pointed to a flaw in the footage", "announced an event scheduled
            # for Monday": the thing the verb takes, no proposition
            phrase = True
    elif trailing is not None:
        content = trailing
        content_text = text[content[0] : content[1]]
    else:
        return None
    skipped: Span | None = None  # what the content's text leaves out of its span
    if trailing is not None:
        interrupted = _interrupted_quotation(unit, trailing, head, max(cue_end, speaker[1]))
        if interrupted is not None:
            content, content_text, skipped = interrupted
    opening = next((i for i, t in enumerate(left) if t.start == subject_start), None)
    before_subject = left[opening - 1].lower if opening else ""
    said_of = ""  # the noun a relative clause's content is said of
    if before_subject == "what":
        # "In what police admit is unusual behaviour, ...", "What Kadalim says
        # happened next is ...": a free relative; only its own clause is reported
        free = _free_relative_content(unit, cue_end)
        if free is not None:
            content, content_text = free, text[free[0] : free[1]]
    elif (
        before_subject in ("which", "who")
        and opening is not None
        and opening >= 2
        and left[opening - 2].text == ","
    ):
        # "The claims, which the group said were based on reports, could not be
        # confirmed": the main clause after the relative one is the writer's
        main = _main_clause_after(unit, content)
        if main is None and before_subject == "who" and not unit.in_quote(content[0]):
            # "Omar Gonzalez, who authorities said was armed with a knife,
            # actually overpowered an agent": the clause ends at its comma
            main = _relative_clause_end(unit, content)
        if main is not None:
            content, content_text = main, text[main[0] : main[1]]
        antecedent = _relative_antecedent(left[: opening - 2])
        if (
            antecedent is not None
            and _opens_with_verb(unit, content)
            and _agrees(text[antecedent[0] : antecedent[1]], text[content[0] : content[1]])
        ):
            # "the planes, which witnesses said appeared to be MiG 21s": what
            # the clause says, it says of the noun before it
            said_of = text[antecedent[0] : antecedent[1]]
    elif before_subject in _CONCESSIVE and opening is not None and opening >= 1:
        # "While DHS maintains there is no evidence, the congressman disagrees":
        # the report sits in a clause set before the main one; the main clause,
        # after the comma that closes it, is the writer's
        closing = _clause_comma(unit, content)
        if closing is not None:
            content, content_text = closing, text[closing[0] : closing[1]]
    elif before_subject in _TEMPORAL and opening is not None and opening >= 1:
        # "After the ministry announced a deal, strikes began", "Strikes hours
        # after the ministry announced a deal raised doubt": the report sits in
        # a clause of time; the main clause, after its comma or (the main verb
        # still to come) from its verb on, is the writer's
        that = re.search(r"\bthat\s*$", text[cue_end : content[0]]) is not None
        ended = _clause_comma(unit, content)
        if ended is not None and that and _main_verb_after(unit, content) is None:
            ended = None  # "said that during the trip, a spider ...": the that-clause's own comma
        pending = not any(
            _reads_as_verb(t) or t.lower in ("that", "which", "who") for t in left[: opening - 1]
        )
        if ended is None and pending and not that:
            ended = _main_verb_after(unit, content)
        if ended is not None:
            content, content_text = ended, text[ended[0] : ended[1]]
    if (
        _RELATIVE_AT.match(text, subject_start)
        and _boundary(text[unit.start : subject_start].rstrip()) == ","
    ):
        relative_end = _relative_clause_end(unit, content)
        if relative_end is not None:
            content = relative_end
            content_text = text[content[0] : content[1]]
    if lemma in _JUDGING_LEMMAS | _CALLING and content[0] > cue_end:
        cue_text = _with_verdict(text, cue, content, unit.end) or cue_text
    if text[speaker[0] : speaker[1]].lower() == "additional" and cue_text == "reporting":
        return None  # "Additional reporting: Jane Doe", a credit line
    if lemma == "ask" and _ANONYMITY_REQUEST.match(content_text):
        return None  # "who asked to remain anonymous": a condition of speaking, nothing said
    if (
        lemma == "claim"
        and (
            text[speaker[0] : speaker[1]].lower() in _RELATIVE_PRONOUNS
            or (
                before_subject in _OBJECT_RELATIVES
                # "an interview in which he claimed to be its spokesman": his claim
                and not (
                    opening is not None
                    and opening >= 2
                    and left[opening - 2].lower in P.PREPOSITIONS
                )
            )
        )
        and _TO_BE_OR_HAVE.match(content_text)
    ):
        # "Blumenthal, who claims to have made the recording, said": how the
        # clause's subject is described, not a statement of its own; "what it
        # claims to be", "who ISIS had claimed to have abducted": the claim is
        # of the thing the relative stands for, which the content leaves out
        return None
    if lemma == "accuse":
        goes_on = _ACCUSER_GOES_ON.search(content_text)
        if goes_on is not None and content_text == text[content[0] : content[1]]:
            # "accused X of doing Y, implied that Z": the accuser's next deed ends it
            content = (content[0], content[0] + goes_on.start())
            content_text = text[content[0] : content[1]]
        content_text = _accused_content(content_text)
    return _Attribution(
        speaker, resolve_text, cue, cue_text, content, content_text, phrase, said_of, skipped
    )


def _interrupted_quotation(
    unit: _Unit, before: Span, head: int, tail: int
) -> tuple[Span, str, Span] | None:
    """'"The bridge is closed," the mayor said, "until the water goes down."':
    one quoted sentence that the attribution (from `head` to `tail`)
    interrupts, read as one content whose span runs over the attribution.
    Only when the first part is closed by a comma inside its quotation mark
    and the second opens in lower case after a comma: a capital there starts
    a sentence of its own, and "and" or "but" a second proposition."""
    text = unit.text
    if _INTERRUPTED_FIRST.fullmatch(text, before[1], head) is None:
        return None
    second = _INTERRUPTED_SECOND.match(text, tail, unit.end)
    if second is None or not text[second.end() : second.end() + 1].islower():
        return None
    if _COORDINATED.match(text, second.end()):
        return None  # '"We will win," he said, "and we will fight."': a second proposition
    opening = text[second.end() :].split(maxsplit=1)[0].lower()
    if opening in (*P.SUBJECT_PRONOUNS, "it") and any(
        word.lower() in P.FINITE_WORDS for word in text[before[0] : before[1]].split()
    ):
        return None  # '"I was there," he says, "they didn't follow him."': two clauses
    if len(text[tail : second.end()].split()) > 6 or _NOT_ATTRIBUTION.search(
        text, tail, second.end()
    ):
        # 'he said, adding that while the plant is open, "we ..."': what
        # follows is another report, not the rest of the first part's sentence
        return None
    closing = _QUOTATION_END.search(text, second.end(), unit.end)
    after = _trim(text, second.end(), closing.end() if closing else unit.end)
    if after is None:
        return None
    joined = f"{text[before[0] : before[1]]} {text[after[0] : after[1]]}"
    return (before[0], after[1]), joined, (before[1], after[0])


# The first part's end ('...closed," '), the second's opening (', "until')
# with nothing but the rest of the attribution before it, and its end.
_INTERRUPTED_FIRST = re.compile(r",\s*(?:[\"”]|'')\s*")
_INTERRUPTED_SECOND = re.compile(r"[^!?;:\"“”\n]*,\s*(?:[\"“]|'')")
# The second part ends with its quotation mark or its sentence, whichever comes first.
_QUOTATION_END = re.compile(r"[\"”]|''|[.!?](?=\s+[‘'\"“]?[A-Z])")
_COORDINATED = re.compile(r"(?:and|but|or|so|yet|nor)\b")
# Words that make what follows the attribution a report of its own.
_NOT_ATTRIBUTION = re.compile(r"\b(?:that|add(?:s|ed|ing)|and|but)\b", re.IGNORECASE)


# The accuser's next deed after what it accuses someone of, a verb in -ed
# after a comma with its own object: "accused the mayor of taking bribes,
# claimed that the audit was rigged and ...". What was said of the accused
# ends there.
_ACCUSER_GOES_ON = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?(?=[a-z]+ed\s+(?:that|the|a|an|him|her|them|it|his|their)\b)"
)


# A verdict before the report it judges: 'described as "rubbish" a report that',
# "dismissed as nonsense reports that".
_VERDICT_WORDS = (
    r"(?:(?:a|an)\s+)?(?:(?:complete|utter|total|pure|absolute|simply|baseless)\s+)?"
    r"(?:rubbish|nonsense|false|untrue|baseless|groundless|unfounded|fabricated|fabrication|"
    r"fake|lies|a\s+lie|ridiculous|absurd|speculation|inaccurate|incorrect|wrong|misleading|"
    r"hoax|fiction|fantasy|propaganda|garbage)(?:\s+news)?"
)
_JUDGED_FIRST = re.compile(
    r"as\s+[\"\u201c\u2018']?" + _VERDICT_WORDS + r"[\"\u201d\u2019']?\s+"
    r"(?:(?:the|a|an|these|those)\s+)?(?:[\w\u2019'-]+\s+){0,3}?"
    r"(?:reports?|claims?|stor(?:y|ies)|rumou?rs?|suggestions?|allegations?|accounts?)\s+that\s+",
    re.IGNORECASE,
)
# A verdict in quotes right after "called": 'has been called "rubbish" by X'.
_CALLED_VERDICT = re.compile(
    r"\s+[\"\u201c\u2018']" + _VERDICT_WORDS + r"[\"\u201d\u2019']", re.IGNORECASE
)
# The same verdict after the clause it judges: "... as rubbish", '... "complete nonsense"'.
_VERDICT_TAIL = re.compile(
    r"(?:,?\s+as)?\s+[\"\u201c\u2018']?" + _VERDICT_WORDS + r"[\"\u201d\u2019'.!]*\s*$",
    re.IGNORECASE,
)
_CALLING = frozenset({"call", "dismiss", "brand", "label", "reject"})


def _with_verdict(text: str, cue: Span, content: Span, end: int) -> str | None:
    """A judging cue with the verdict it gives the report it judges, which the
    content leaves out: 'described as "rubbish" a report', "described ... as
    rubbish", 'called ... "complete nonsense"'; None without one."""
    before = _JUDGED_FIRST.search(text, cue[1], content[0] + 1)
    if before is not None:
        return _normal(text[cue[0] : before.end()]).removesuffix(" that")
    after = _VERDICT_TAIL.match(text, content[1], end) or _VERDICT_TAIL.search(
        text, content[1], end
    )
    if after is None or text[content[1] : after.start()].strip(' ,."\u201d'):
        return None
    verdict = _normal(text[after.start() : after.end()].strip(" ,.\"\u201c\u201d\u2018\u2019'"))
    return f"{_normal(text[cue[0] : cue[1]])} ... {verdict}"


# Verbs whose object is a thing judged ("condemned the attack as cowardly"):
# the phrase is no proposition. An accusation ("accused X of doing Y"), a
# concern voiced or a call for something make one, as claim texts read them.
_JUDGING_LEMMAS = frozenset(
    {"condemn", "criticize", "criticise", "denounce", "slam", "blame", "describe", "praise"}
)
# Verbs that take a thing as readily as a reported clause ("announced a
# truce", "announced the truce would hold"): a plain noun phrase after one is
# no proposition (`claimtext.names_a_thing`).
_THING_OR_CLAUSE_LEMMAS = P.OBJECT_FALLBACK | {"predict"}
# Verbs that never follow a quotation or a clause with their subject after
# them: '"...," said Xi' inverts, but in 'Trump called Clinton "terrible,"
# denounced her record and said ...' the phrase after "denounced" is what he
# denounced, and in '..., slammed the media, and ...' what he slammed.
_NEVER_INVERTED = _JUDGING_LEMMAS | _CALLING | {"accuse", "urge"}
# What a source asks for when it asks not to be named.
_ANONYMITY_REQUEST = re.compile(
    r"\s*(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+(?:remain|stay|be\s+kept)\s+"
    r"anonymous|that\s+(?:his|her|their)\s+name\s+(?:not\s+be|be\s+withheld))",
    re.IGNORECASE,
)


# Conjunctions that open a clause of concession or contrast before the main
# clause ("While police say ..., the family ...").
_CONCESSIVE = frozenset({"while", "although", "though", "whereas", "whilst"})


# Conjunctions that open a clause of time ("after police said ...").
_TEMPORAL = frozenset({"after", "before", "until", "since", "once"})


def _without_age_aside(subject: list[_Token]) -> list[_Token]:
    """A name before its age and home, set off by commas ("Jane Roe, 41, of
    Leeds"): the name alone."""
    comma = next((k for k, token in enumerate(subject) if token.text == ","), -1)
    if (
        comma > 0
        and comma + 2 < len(subject)
        and subject[comma + 1].text.isdigit()
        and subject[comma + 2].text == ","
    ):
        return subject[:comma]
    return subject


def _reads_as_verb(token: _Token) -> bool:
    return token.lower in P.FINITE_WORDS or _is_past_tense(token)


def _main_verb_after(unit: _Unit, content: Span) -> Span | None:
    """The content up to the first past-tense or finite verb in it, past its
    first word: where the main clause a clause of time sat inside goes on."""
    tokens = unit.tokens(content[0], content[1])
    for token in tokens[1:]:
        if unit.in_quote(token.start) or token.text in ",;:":
            return None
        if _reads_as_verb(token):
            return _trim(unit.text, content[0], token.start)
    return None


def _clause_comma(unit: _Unit, content: Span) -> Span | None:
    """The content up to the first comma outside a quotation, when a main clause
    follows it: the end of a fronted subordinate clause."""
    start, end = content
    comma = unit.text.find(",", start, end)
    while comma >= 0 and (unit.in_quote(comma) or _in_number(unit.text, comma)):
        comma = unit.text.find(",", comma + 1, end)
    if comma < 0:
        return None
    after = unit.tokens(comma + 1, min(unit.end, comma + 40))[:1]
    if not after or not (
        after[0].lower in P.SUBJECT_PRONOUNS
        or (after[0].lower in P.DETERMINERS and after[0].lower not in ("no", "more", "any"))
        or _is_capitalised(after[0])
        or _is_plural_noun(after[0])
    ):
        return None
    return _trim(unit.text, start, comma)


def _in_number(text: str, at: int) -> bool:
    """Whether the comma at `at` separates a number's thousands ("2,400")."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def _colon_quotation(unit: _Unit, cue_end: int) -> tuple[Span, str, bool] | None:
    """'told journalists at an event to promote the reissues of Led Zeppelin
    IV: "..."': a colon that ends the reporting clause introduces its
    quotation, however long the words about the hearer and the occasion."""
    text = unit.text
    colon = text.find(":", cue_end, min(unit.end, cue_end + _COLON_REACH))
    if colon < 0:
        return None
    between = text[cue_end:colon]
    if any(mark in between for mark in '.!?;"“”«»') or unit.in_quote(colon):
        return None
    rest = text[colon + 1 : unit.end].lstrip()
    if rest[:1] not in P.OPEN_QUOTES:
        return None
    content = _trim(text, unit.end - len(rest), unit.end)
    return (content, text[content[0] : content[1]], True) if content else None


# How far after a cue a colon may still close its reporting clause.
_COLON_REACH = 160


def _free_relative_content(unit: _Unit, cue_end: int) -> Span | None:
    """The rest of a free relative after its cue: up to a comma, or to the verb of
    the sentence it is the subject of ("says happened next | is sure to ...")."""
    tokens = unit.tokens(cue_end, unit.end)
    if not tokens or not (tokens[0].lower in P.FINITE_WORDS or _is_past_tense(tokens[0])):
        return None  # "backing up what Page had said to the paper - ...": an object, not a subject
    end = unit.end
    for i, token in enumerate(tokens):
        if token.text in ",;:." or (i > 0 and token.lower in P.FINITE_WORDS):
            end = token.start
            break
    return _trim(unit.text, cue_end, end)


def _relative_antecedent(before: list[_Token]) -> Span | None:
    """The noun phrase a relative clause set off by a comma describes, from the
    tokens before the comma: "members of the Kurdish Worker's Party" -> "the
    Kurdish Worker's Party", "In the recent incident, Omar Gonzalez" -> "Omar
    Gonzalez". Back from the comma over nouns and names to a determiner (kept)
    or to a word that no noun phrase holds (left out); at most six words."""
    start = None
    # A name ends the phrase ("is in fact Kuwaiti-born Emwazi"): its capitalised
    # words, and a determiner right before them, are the whole of it.
    named = bool(before) and before[-1].text[:1].isupper()
    window = before[-7:]
    for at in range(len(window) - 1, -1, -1):
        token = window[at]
        lower = token.lower
        head = start is None  # a plural head ("jets") is no verb in -s
        if lower in _ANTECEDENT_DETERMINERS:
            start = token.start
            break
        if at and window[at - 1].lower in _BEFORE_A_VERB and token.text.islower():
            break  # "a decision to not prosecute low-level arrests": a verb
        if named and not token.text[:1].isupper():
            break
        if not token.text[:1].isalnum() or (
            lower in P.PREPOSITIONS
            or lower in ("of", "not", "including")
            or lower in P.FINITE_WORDS
            or lower in P.PRONOUNS
            or lower in P.SUBORDINATORS
            or lower in ("and", "or", "but")
            or (
                token.text.islower()
                and (_reads_as_verb(token) or (not head and _is_third_person_verb(token)))
            )
        ):
            break
        start = token.start
    if start is None or not before:
        return None
    return start, before[-1].end


# Words after which a lowercase word is a verb, not part of a noun phrase.
_BEFORE_A_VERB = frozenset(
    {"to", "not", "will", "would", "can", "could", "should", "must", "may", "might", "did"}
)


def _agrees(noun_phrase: str, clause: str) -> bool:
    """Whether a subject left out of a clause may be the noun phrase, by number:
    not "the Centcom statement" for "are indicated to have ...", which says
    it of the airstrikes before."""
    head = noun_phrase.split()[-1].lower().strip("'’")
    opening = [word.lower().strip('"“') for word in clause.split()[:2]]
    verb = next((word for word in opening if word in _NUMBERED_VERBS), None)
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if verb in ("are", "were", "have"):
        return plural or not head.isalpha() or noun_phrase[:1].isupper()
    if verb in ("is", "was", "has"):
        return not plural
    return True


_NUMBERED_VERBS = frozenset({"is", "are", "was", "were", "has", "have"})
_ANTECEDENT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def _opens_with_verb(unit: _Unit, content: Span) -> bool:
    """Whether a content opens with a finite verb, its subject left out ("appeared
    to be", "is actually fighting", "was armed with a knife")."""
    start = content[0]
    while start < content[1] and not unit.text[start].isalnum():
        start += 1  # past an opening quotation mark
    tokens = unit.tokens(start, min(content[1], start + 60))
    if not tokens:
        return False
    for token in tokens[:2]:
        if token.lower in P.FINITE_WORDS or _is_past_tense(token) or _is_third_person_verb(token):
            return True
        if token.lower not in P.ADVERB_SKIP and not _is_manner_adverb(token):
            return False  # only an adverb may stand before the verb ("also said")
    return False


def _main_clause_after(unit: _Unit, content: Span) -> Span | None:
    """A relative clause's content up to the comma before the main clause's verb
    ("which the group said were based on reports, | could not be confirmed")."""
    tokens = unit.tokens(content[0], content[1])
    for i, token in enumerate(tokens[:-1]):
        if token.text != "," or unit.in_quote(token.start):
            continue
        verb = tokens[i + 1]
        if verb.lower in P.FINITE_WORDS or _is_past_tense(verb) or _is_third_person_verb(verb):
            return _trim(unit.text, content[0], token.start)
        return None
    return None


def _relative_clause_end(unit: _Unit, content: Span) -> Span | None:
    """'The mayor, who had claimed the bridge was safe, resigned': the comma
    that closes the relative clause, before the main clause's verb, ends its content."""
    tokens = unit.tokens(content[0], content[1])
    for i, token in enumerate(tokens[:-1]):
        if token.text != ",":
            continue
        verb = i + 1
        if tokens[verb].lower not in P.FINITE_WORDS and (
            tokens[verb].lower in P.ADVERB_SKIP or _is_manner_adverb(tokens[verb])
        ):
            verb += 1
        if verb < len(tokens) and (
            tokens[verb].lower in P.FINITE_WORDS or _is_past_tense(tokens[verb])
        ):
            return _trim(unit.text, content[0], token.start)
        return None  # only the first comma may close the clause
    return None


# A document that speaks for whoever issued it ("the post continued").
_ISSUED = _words("post statement letter message note email e-mail communique announcement")
# Its issuer, as the article tells it: a name or a described body, an optional
# apposition, and a verb of issuing ("Jane Roe, a nurse, posted on Facebook").
_ISSUER_RE = re.compile(
    r"(?P<issuer>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4}"
    r"|(?-i:[Tt])he\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?:,[^,.;:\"\u201c\u201d]{1,100},)?\s+(?:(?:has|had|also|later)\s+)?"
    r"(?:posted|released|issued|published|wrote|sent|put\s+out)\b"
)
_ISSUER_REACH = 1200


def _is_named_document(lower: list[str], speaker: str) -> bool:
    """Whether a speaker is a document the article spoke of before: "the report",
    "the joint statement", "the same study" (not "the Post", a newspaper)."""
    return (
        2 <= len(lower) <= 3
        and lower[0] == "the"
        and lower[-1] in _ISSUER_DOCUMENTS
        and speaker.split()[-1].islower()
    )


def _document_noun(word: str) -> str:
    """A document noun in the singular: "studies" -> "study", "reports" -> "report"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word.removesuffix("s")


# The documents that speak for their issuer: "the report said", "the study found".
_ISSUER_DOCUMENTS = _words("report statement study letter message survey memo communique")
# A document named with its issuer: "Acme released a report", "a new study by
# the Rowan Institute", "a statement attributed to the Front", "In a statement
# on Monday, the ministry said", "a report in the Post" (an outlet only: "a
# study in Nature" is its authors'). Lower-case words only before the noun: in "an
# Acme message published by Watchdog" the message is Acme's, not its publisher's.
# A name's words stay on one line and in one sentence: a dot only within a word ("U.S").
_ISSUER_WORD = r"[A-Z](?:[\w'\u2019&-]|\.(?=\w))*"
_ISSUER_NAME = rf"{_ISSUER_WORD}(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*{_ISSUER_WORD}){{0,5}}"
_ISSUER_PHRASE = rf"(?:[Tt]he\s+)?{_ISSUER_NAME}|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?"
_DOCUMENT = (
    r"(?:reports?|statements?|stud(?:y|ies)|letters?|messages?|surveys?|memos?|communiques?)"
)
_LOWER_WORDS = r"(?:[a-z][\w-]*\s+){0,3}"
_DOCUMENT_ISSUER_RE = re.compile(
    rf"(?P<did>{_ISSUER_PHRASE})(?:,[^,.;:\"\u201c\u201d]{{1,100}},)?\s+"
    r"(?:(?:has|had|also|later|just)\s+)?(?:released|issued|published|sent|put\s+out)\s+"
    rf"(?:a|an|its|their)\s+{_LOWER_WORDS}(?P<did_doc>{_DOCUMENT})\b"
    rf"|\b[Aa]n?\s+{_LOWER_WORDS}(?P<by_doc>{_DOCUMENT})"
    r"(?:\s+(?:released|issued|published|sent|written|signed))?"
    rf"\s+(?:by|from|attributed\s+to)\s+(?P<by>(?:the\s+)?{_ISSUER_NAME})"
    rf"|\b[Aa]n?\s+{_LOWER_WORDS}(?P<run_doc>reports?)\s+in\s+(?P<run>(?:the\s+)?{_ISSUER_NAME})"
    rf"|\bIn\s+(?:a|an|its|their)\s+{_LOWER_WORDS}(?P<in_doc>{_DOCUMENT})"
    rf"(?:\s+[\w-]+){{0,3}},\s+(?P<in>{_ISSUER_PHRASE})\s+said\b"
)
_NOT_ISSUERS = _words("he she they it we i who which this that and but")


# What a party issues, posts or reads out: "released a statement saying",
# "posted a video claiming". The statement is the party's; it does not speak.
_DOCUMENT_NOUNS = _words(
    "statement statements release video videos message messages letter post note "
    "communique announcement tweet story stories report reports article articles "
    "email emails e-mail ad ads advertisement petition resolution memo op-ed editorial"
)
_ISSUING_VERBS = _words(
    "released issued made posted published sent wrote delivered put left read "
    "tweeted uploaded shared ran carried aired printed runs carries airs prints "
    "releases issues makes posts publishes sends writes "
    "delivers puts reads tweets uploads shares release issue make post publish "
    "send write deliver approved passed adopted launched started signed emailed"
)


def _issuer(
    left: list[_Token], subject: tuple[Span, str | None, int], unit: _Unit
) -> tuple[Span, str | None, int] | None:
    """'Walton released a statement saying ...': the one who released it speaks;
    'Sorkin told Bloomberg in an interview confirming ...': the one who told."""
    speaker, _, start = subject
    first = next((i for i, t in enumerate(left) if t.start == start), None)
    last = next((i for i, t in enumerate(left) if t.end == speaker[1]), None)
    if first is None or last is None:
        return None
    # the noun phrase may have swallowed the verb ("The coach told Radio North")
    for verb in range(last - 1, max(-1, first - 2), -1):
        if left[verb].lower in _TELLING:
            return _subject_before(left[:verb], unit) if verb > 0 else None
    # The document may end the noun phrase or, made public, come before those
    # it went to ("released a statement to reporters and the BBC denying ...").
    # "released a statement Thursday night condemning ...": when it was issued
    while last > first and (_is_date_word(left, last) or left[last].lower in _TIMES_OF_DAY):
        last -= 1
    document = next(
        (
            at
            for at in range(last, first - 1, -1)
            if left[at].lower in _DOCUMENT_NOUNS
            and (at == last or (left[at + 1].lower == "to" and at > first))
        ),
        None,
    )
    if document is None:
        return None
    verbs = _ISSUING_VERBS if document == last else _PUBLISHING_VERBS
    # the noun phrase may have swallowed the verb ("The harbour master released a statement")
    for verb in range(document - 1, max(0, first - 2), -1):
        if left[verb].lower in verbs and _document_after(left[verb + 1 : document]):
            if verb == 0:
                return None
            if left[verb - 1].lower == "and":
                # "The agents cleared it up and issued a statement saying ...":
                # the subject of the verb the issuing one is joined to
                return _clause_subject(left[:verb])
            return _subject_before(left[:verb], unit)
    return None


_TIMES_OF_DAY = _words("night morning evening afternoon")


def _unissued_document(left: list[_Token], speaker: Span, unit: _Unit) -> bool:
    """Whether a participle's speaker is a document named by nothing but its noun
    ("a statement", "an article") right after the verb that issued it or the
    "in" it was written in: whoever issued it speaks, and was not read."""
    words = unit.text[speaker[0] : speaker[1]].lower().split()
    if len(words) != 2 or words[0] not in ("a", "an", "the") or words[1] not in _DOCUMENT_NOUNS:
        return False
    before = [t for t in left if t.end <= speaker[0]]
    return bool(before) and (before[-1].lower in _ISSUING_VERBS or before[-1].lower == "in")


def _issuer_before(left: list[_Token], unit: _Unit) -> tuple[Span, str | None, int] | None:
    """'Jezebel published online stories stating ...': the document right before
    a participle cue, and the one who issued it, when no noun phrase reads
    as the subject across the verb."""
    last = len(left) - 1
    if last < 2 or left[last].lower not in _DOCUMENT_NOUNS:
        return None
    for verb in range(last - 1, max(0, last - 4), -1):
        if left[verb].lower in _PUBLISHING_VERBS and _document_after(left[verb + 1 : last]):
            return _subject_before(left[:verb], unit)
    return None


# Issuing verbs whose subject made the document public ("ran stories saying"),
# not only handled it ("read the reports saying", "sent a letter saying").
_PUBLISHING_VERBS = _words(
    "released issued posted published tweeted uploaded ran carried aired printed "
    "releases issues posts publishes tweets uploads runs carries airs prints"
)


def _document_after(words: list[_Token]) -> bool:
    """What stands between an issuing verb and the document it issues: a
    determiner ("released a statement"), or a word or two describing it, no
    name ("published online stories", "posted new videos")."""
    if not words:
        return True  # "published stories saying"
    if words[0].lower in P.DETERMINERS:
        return True
    return len(words) <= 2 and all(word.text.isalpha() and word.text.islower() for word in words)


# "(denied the rumors) and let the world know (that ...)": a verb of its own
# joined on after the object; the clause it opens is not what was denied.
_JOINED_VERB = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:then|also|later|soon|\w+ly)\s+)?([a-z]+)\b"
)


def _verb_joined(text: str, start: int, end: int) -> bool:
    """A past-tense verb joined by "and"/"but" between an object and a clause."""
    return any(
        word in P.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
        for word in (found.group(1) for found in _JOINED_VERB.finditer(text, start, end))
    )


def _extend_cue(unit: _Unit, cue_end: int, lemma: str) -> tuple[int, int, str]:
    """Grow multiword cues; say where content starts and which kind it is.

    Kinds: "clause" (a that-clause, quotation or reported clause may follow, or
    the attribution trails), "object" (a noun phrase is the content), "none".
    """
    text = unit.text
    gap = len(text[cue_end : unit.end]) - len(text[cue_end : unit.end].lstrip())
    after = cue_end + gap
    if lemma in P.EXPRESS_LEMMAS or lemma == "stress":
        tail = P.CONCERN_TAIL.match(text, after, unit.end)
        if tail is not None and lemma == "raise" and _HEARER_AFTER.search(tail.group()):
            return cue_end, cue_end, "none"  # "raised concerns with officials about ...": a hearer
        if tail is not None and tail.end() > after:
            return tail.end(), tail.end(), "object"
        return (
            (cue_end, cue_end, "none")
            if lemma in P.EXPRESS_LEMMAS
            else (cue_end, cue_end, "clause")
        )
    if lemma == "call":
        tail = P.CALL_TAIL.match(text, after, unit.end)
        if tail is not None:
            return tail.end(), tail.end(), "object"  # "called for", "called on"
    if lemma in ("warn", "caution"):
        tail = P.WARN_TAIL.match(text, after, unit.end)
        if tail is not None:
            return tail.end(), tail.end(), "object"
    if lemma in _REFUTING_LEMMAS:
        tail = P.ACCUSATION_TAIL.match(text, after, unit.end)
        that = None if tail is None else _that_clause(unit, tail.end(), lemma, words=12)
        if tail is not None and that is not None and not _verb_joined(text, tail.end(), that):
            return tail.end(), tail.end(), "object"
        if tail is not None:
            return cue_end, after, "accusation"
        # "shot down a drone", "scotched the plan": no claim refuted
        return cue_end, cue_end, "none" if lemma in P.DOWNING_LEMMAS else "object"
    if lemma in P.OBJECT_VERBS.values():
        return cue_end, cue_end, "object"
    if lemma in _CONFIRMING_LEMMAS and _FACT_OF.match(text, after, unit.end):
        return cue_end, cue_end, "object"  # "confirmed the death of the leader"
    if lemma == "doubt":
        # "were sceptical of the account": the thing doubted is the content
        tail = _DOUBT_TAIL_RE.match(text, after, unit.end)
        if tail is not None:
            return tail.end(), tail.end(), "object"
        return cue_end, cue_end, "clause"
    participle = _SAYING_AFTER_CUE.match(text, after, unit.end)
    if participle is not None:
        # "has tweeted saying the bridge will reopen": the participle is part of the cue
        return participle.end(), participle.end(), "clause"
    return cue_end, cue_end, "clause"


# Verbs that grant a fact, and the facts a noun phrase names after them:
# "confirmed the existence of talks", "acknowledged the authenticity of the
# video" say that there are talks and that the video is genuine.
_CONFIRMING_LEMMAS = frozenset({"confirm", "acknowledge", "admit"})
_FACT_OF = re.compile(
    r"the\s+(?:existence|authenticity|death|deaths|veracity|accuracy|truth|reality)\s+of\s+(?=\S)",
    re.IGNORECASE,
)


# Verbs that refute what they take: a claim noun after them ("denied the
# reports", "shot down the claim") is the thing refuted; the downing ones
# ("shot down", "scotched") take nothing else.
_REFUTING_LEMMAS = (
    frozenset({"deny", "reject", "dismiss", "refute", "debunk", "rebut", "dispute"})
    | P.DOWNING_LEMMAS
)


_SAYING_AFTER_CUE = re.compile(
    r"(?:saying|stating|claiming|insisting|asserting|adding)\b(?![\s,]*(?:so|nothing|anything)\b)",
    re.IGNORECASE,
)


_DASHES = frozenset({"\u2013", "\u2014", "--"})
_QUESTION_AUXILIARIES = _words(
    "do does did is are was were can could will would should has have had"
)


def _dashed_aside_subject(left: list[_Token], close: int) -> tuple[Span, str | None, int] | None:
    """'The website \u2013 which calls itself a news source \u2013 said': an aside
    set off by dashes, as by commas, between the subject that opens the clause
    and its cue."""
    open_at = close - 1
    while open_at >= 0 and close - open_at < 30 and left[open_at].text not in _DASHES:
        if left[open_at].text in (".", ";", ":", "!", "?"):
            return None
        open_at -= 1
    if open_at < 1 or left[open_at].text not in _DASHES or open_at == close - 1:
        return None
    first = _np_back(left, open_at - 1)
    if first > open_at - 1 or not _valid_subject(left[first:open_at]):
        return None
    if first > 0 and left[first - 1].text not in (".", ";", ":", ",", *P.QUOTE_CHARS):
        return None  # the noun phrase must open its clause
    if left[first].lower in _QUESTION_AUXILIARIES:
        return None  # "Does this person -- if the rumour is true -- think ...?": a question
    return (left[first].start, left[open_at - 1].end), None, left[first].start


# Verb forms that agree with one subject only ("Durex has", "the site says").
_SINGULAR_VERBS = frozenset({"has", "is", "was", "does", "says"})
_CONJUNCT_RE = re.compile(r"\s+and\s+")
_WORD_AFTER = re.compile(r"\s*([\w'\u2019]+)")


def _agreeing_conjunct(text: str, speaker: Span, cue_start: int) -> Span:
    """The conjunct a singular verb agrees with, when a speaker read as "A and
    B" is followed by one: 'It's just a hoax and the firm has said ...' joins
    two clauses, and only "the firm" has said anything. A name with "and"
    inside ("Health and Human Services has said") is one speaker."""
    after = _WORD_AFTER.match(text, speaker[1])
    if after is None:
        return speaker
    verb = after.group(1)
    singular = verb.lower() in _SINGULAR_VERBS or (
        after.start(1) == cue_start and verb.endswith("s") and not verb.endswith("ss")
    )
    if not singular:
        return speaker
    joins = list(_CONJUNCT_RE.finditer(text, speaker[0], speaker[1]))
    if not joins:
        return speaker
    join = joins[-1]
    before = text[speaker[0] : join.start()].split()
    later = text[join.end() : speaker[1]].split()
    if not before or not later:
        return speaker
    if before[-1][:1].isupper() and later[0][:1].isupper():
        return speaker  # "Health and Human Services", "Marks and Spencer": one name
    if not (later[0][:1].isupper() or later[0].lower() in P.DETERMINERS):
        return speaker  # "research and development chief ...": a describing word
    return (join.end(), speaker[1])


def _subject_before(left: list[_Token], unit: _Unit) -> tuple[Span, str | None, int] | None:
    """The speaker right before a cue: (span, fuller phrase for resolving, start)."""
    i = _skip_back(left, len(left) - 1)
    if i < 0:
        return None
    if left[i].lower in _RELATIVE_PRONOUNS and not _is_initials(left[i].text):
        return _relative_pronoun_subject(left, i)
    if left[i].lower == "which" and i > 0 and left[i - 1].text == ",":
        # "the Syrian Observatory for Human Rights, which said ...": a body
        # is spoken of as "which"; a document or an event is not a speaker
        # (the body, as written, is the speaker)
        end = i - 2
        first = _np_back(left, end) if end >= 0 else 0
        if first > end:
            return None
        # the phrase from its last determiner that opens no part of a name
        # ("... those of the Syrian Observatory for the Study of War")
        for k in range(end, first, -1):
            if left[k].lower in ("the", "a", "an") and not (
                left[k - 1].lower in P.NP_CONNECTORS and k - 2 >= 0 and _is_capitalised(left[k - 2])
            ):
                first = k
                break
        if not _valid_speaker(left[first : end + 1]):
            return None
        if first >= 2 and left[first - 1].lower == "by" and left[first - 2].lower in _RELAYED:
            # "an analysis first reported by the Boston Globe, which concluded":
            # the thing relayed is what "which" stands for; its author is not the
            # outlet ("the narrative released by the Secret Service, which had
            # suggested" is the Secret Service's, either way)
            return None
        body = (left[first].start, left[end].end)
        named = entities.name_in(unit.text[body[0] : body[1]])
        if named is None or named.kind not in (entities.ORGANISATION, entities.MEDIA):
            return None
        return body, None, left[i].start
    if left[i].text in _DASHES:
        return _dashed_aside_subject(left, i)
    if left[i].text == ",":
        aside = _parenthetical_subject(left, i, unit)
        opening = _opening_subject(left, i)
        # "Sandy Phillips, who lost her daughter in Aurora, Colorado, said":
        # the name that opens the clause, not the last one before the cue
        if opening is not None and (aside is None or opening[2] < aside[2]):
            return opening
        return aside
    first = _np_back(left, i)
    if first > i:
        return None
    if not _valid_subject(left[first : i + 1]):
        if not _plural_subject(left, first, i, unit):
            return None
        return (left[first].start, left[i].end), None, left[first].start
    headed = _speaker_head_before(left, first)
    first = _after_an_objects_and(left, first, i) if headed == first else headed
    first = _bare_title_start(left, first)
    first = _serial_list_start(left, first)
    first = _reduced_relative_start(left, first)
    first = _after_opening_phrase(left, first, i)
    relative = _relative_head(left, first, i)
    if relative is not None:
        return relative
    speaker = (left[first].start, left[i].end)
    return speaker, None, left[first].start


# Prepositions that open a sentence with a phrase of time or circumstance
# ("After the meeting", "In a statement") before its subject.
_OPENING_PREPOSITIONS = _words("after before in on during at following since amid despite")
_OBJECT_DETERMINERS = _words("the a an his her its their this that these those")
_MONTHS_AND_DAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """
)


def _after_opening_phrase(left: list[_Token], first: int, last: int) -> int:
    """Where a speaker starts after a phrase opening its sentence with no comma:
    "After a few pauses Seidel said", "In a statement the ministry said", "On
    Tuesday Smith said". The phrase's noun ends where a determiner or a name
    follows it: a name after a word that describes a person ("spokesman John
    Kirby") is still the speaker's. `first` when no such phrase stands before."""
    opening = first - 1
    while opening >= 0 and left[opening].lower in _OBJECT_DETERMINERS:
        opening -= 1  # "After a few pauses": the speaker was found from "few"
    if opening < 0 or left[opening].lower not in _OPENING_PREPOSITIONS:
        return first
    if opening >= 1 and left[opening - 1].text not in _CLAUSE_PUNCTUATION:
        return first  # "talks held in Geneva ...": not the sentence's opening
    for k in range(first + 1, last + 1):
        before, token = left[k - 1], left[k]
        if not before.text[:1].isalpha() or before.lower in P.DETERMINERS:
            continue
        noun = before.text.islower() or before.lower in _MONTHS_AND_DAYS
        if token.lower in _OBJECT_DETERMINERS and (noun or _is_capitalised(before)):
            return k  # "In a statement the ministry", "In Syria the army"
        if (
            _is_capitalised(token)
            and noun
            and before.lower not in entities.ROLES
            and before.lower not in entities.OCCUPATIONS
            and before.lower not in P.SPEAKER_NOUNS
            and before.lower not in P.HONORIFICS
        ):
            return k  # "After a few pauses Seidel", "On Tuesday Smith"
        if before.lower in _TIME_WORDS and token.text.islower():
            # "At the press conference today officials", "On Monday police",
            # "At the time rescue services"
            return k
    return first


# Words of time that close a phrase opening the sentence ("At the briefing
# today", "At the time", "Over the weekend").
_TIME_ADVERBS = _words("today yesterday tonight")
_TIME_WORDS = (
    _TIME_ADVERBS | _MONTHS_AND_DAYS | _words("time moment weekend week month year morning night")
)


# Participles that, before "to be" or "to have", say what others take someone
# to be: "Jihadists believed to be loyal to ISIS", "a man thought to be".
_TAKEN_TO_BE = _words(
    "believed thought said reported alleged understood suspected rumoured rumored known considered"
)


def _taken_to_be(left: list[_Token], at: int) -> bool:
    """Whether tokens[at] is such a participle, "to" and "be"/"have" after it."""
    return (
        at + 2 < len(left)
        and left[at].lower in _TAKEN_TO_BE
        and left[at + 1].lower == "to"
        and left[at + 2].lower in ("be", "have")
    )


def _reduced_relative_start(left: list[_Token], first: int) -> int:
    """Where a speaker starts whose noun is described by what others take it to
    be: "Jihadists believed to be loyal to ISIS had claimed" is said by the
    jihadists so described, not by "loyal to ISIS"; "a man believed to be the
    group's leader said" by the man. `first` when no such words stand before."""
    at = next((k for k in range(first - 1, first - 8, -1) if k >= 1 and _taken_to_be(left, k)), -1)
    noun = at - 1
    if noun >= 1 and left[noun].text in P.QUOTE_CHARS:
        noun -= 1  # 'websites "known to be close" to ISIS extremists'
    if at < 1 or left[noun].text in _DASHES | {","}:
        return first
    if any(not t.text[:1].isalnum() and t.text not in P.QUOTE_CHARS for t in left[at + 3 : first]):
        return first  # "... believed to be right, the harbour master said": no description
    start = _np_back(left, noun)
    if start > noun:
        return first
    opens = start == 0 or (
        left[start - 1].text in _CLAUSE_PUNCTUATION
        or left[start - 1].lower in _CLAUSE_OPENING_WORDS
    )
    if not _valid_subject(left[start : noun + 1]) and not (
        opens and _is_plural_noun(left[noun])  # "websites known to be close to ISIS"
    ):
        return first
    return start


def _serial_list_start(left: list[_Token], first: int) -> int:
    """'Reuters, CNN, and the BBC reported', 'Sites Complex, Death and Taxes, and
    Jezebel published': names in a list, joined by commas, are subjects together
    with the last one. Only a list that opens its clause (after nothing, a
    quotation mark, a colon, a clause's opening word, or a plural noun that
    says what the names are) counts: "In London, Paris and Berlin ..." or
    "Speaking to Reuters, Ann and Bob said" are no lists of speakers."""
    if first < 2 or (not _is_capitalised(left[first]) and left[first].lower != "the"):
        return first
    if left[first - 1].lower != "and" and not any(t.lower == "and" for t in left[first:]):
        return first  # no "and" before the last name: an aside, not a list
    start, items = first, 0
    while start >= 2:
        comma = start - 1
        if left[comma].lower == "and" and left[comma - 1].text == ",":
            comma -= 1  # the serial comma: "CNN, and the BBC"
        if left[comma].text != "," or comma < 1:
            break
        end = comma - 1
        k = end
        while k >= 0 and (
            _is_capitalised(left[k])
            or (k < end and left[k].lower in ("and", "of", "&") and _is_capitalised(left[k - 1]))
        ):
            k -= 1
        if k >= 0 and left[k].lower == "the":
            k -= 1
        if k == end or not _is_capitalised(left[end]):
            break
        start, items = k + 1, items + 1
    if items == 0:
        return first
    before = left[start - 1] if start > 0 else None
    if (
        before is None
        or before.text in _LIST_OPENING_MARKS
        or before.lower in _CLAUSE_OPENING_WORDS
    ):
        return start
    if before.lower in _OUTLET_PLURALS and (
        start < 2 or left[start - 2].text in _LIST_OPENING_MARKS
    ):
        return start - 1  # "Sites Complex, ...": the noun says what each name is
    return first


_LIST_OPENING_MARKS = frozenset({'"', "\u201c", ":", ";", "(", "\u2014", "--"})
# Plural nouns for outlets that describe each name of a list after them.
_OUTLET_PLURALS = _words("sites websites outlets newspapers papers blogs magazines tabloids")


def _held_now(description: str | None) -> str | None:
    """What a description says someone is now: "a former adviser to President
    George W. Bush" nothing (a post once held speaks for nobody now), "a
    former NSA lawyer now at the Brookings Institution" what follows "now"."""
    once = entities.FORMER_RE.search(description) if description else None
    if description is None or once is None:
        return description
    now = _HELD_NOW_RE.search(description, once.end())
    return description[now.start() :] if now is not None else None


# What an apposition says someone is now, after a post once held.
_HELD_NOW_RE = re.compile(
    r"\b(?:now|currently|who\s+(?:also\s+)?(?:leads|heads|runs|directs|chairs|founded|sits|serves|works))\b"
)
# Participles of an outlet relaying what it did not write ("first reported by").
_RELAYED = _words("reported obtained cited quoted")


# Prepositions of place or time whose object ends a clause ("killed in the
# attack"); "after", "with" may govern the speakers themselves.
_PLACE_OR_TIME_OF = _words("in on at into during near")
_QUANTIFIERS = _words("both all either neither each")


def _after_an_objects_and(left: list[_Token], first: int, last: int) -> int:
    """'Six people died in the attack and Somali authorities say': the phrase
    before "and" is what a preposition governs ("in the attack"), so only the
    phrase after it speaks. So is the phrase a verb governs before "and": "was
    not able to verify the report and the ministry said", "denied the report
    and the ministry said"."""
    if first < 2:
        return first
    before = left[first - 1]
    joins = [k for k in range(first + 1, last) if left[k].lower == "and"]
    governed = (before.lower in _PLACE_OR_TIME_OF and not _np_word(left[first - 2])) or (
        (_is_past_tense(before) or left[first - 2].lower in ("to", "not"))
        and before.text.isalpha()
        and before.text.islower()
        # "to both the Post and ABC News": a preposition's object, joined
        and before.lower not in P.DETERMINERS | _QUANTIFIERS
        # "released a statement to the Post and ABC News": the verb's
        # object ends before a preposition's, whose object "and" joins
        and bool(joins)
        and not any(left[k].lower in P.PREPOSITIONS for k in range(first, joins[-1]))
    )
    if not governed:
        return first
    if left[first].lower not in ("the", "a", "an"):
        return first
    if not joins or joins[-1] + 1 > last or not _valid_subject(left[joins[-1] + 1 : last + 1]):
        return first
    return joins[-1] + 1


def _plural_subject(left: list[_Token], first: int, last: int, unit: _Unit) -> bool:
    """A plural noun with no determiner as the subject that opens a clause of
    saying ("users reported ...", "..., but soldiers said ...", "Local media
    outlets reported ..."): the people or bodies it names speak, though their
    phrase names no party. Not a thing described by a participle ("posters
    calling for ...", "gunmen believed to be ...") nor a noun inside a phrase
    ("the pilots reported to have joined", "attacks by grenades told")."""
    tokens = left[first : last + 1]
    head = tokens[-1]
    if len(tokens) > 4 or not _is_plural_noun(head) or head.lower in _NOT_HEADS:
        return False
    if not all(
        token.text.replace("-", "").isalpha()
        and token.lower not in P.PREPOSITIONS
        and token.lower not in P.NP_CONNECTORS
        and token.lower not in P.PRONOUNS
        and not _reads_as_verb(token)
        for token in tokens[:-1]
    ):
        return False
    before = left[first - 1] if first > 0 else None
    if before is not None and not (
        before.text in _CLAUSE_PUNCTUATION or before.lower in _CLAUSE_OPENING_WORDS
    ):
        return False
    # the verb right after: not a participle ("posters calling for"), not a
    # passive's "believed to"/"reported by", and not a singular's -s ("news
    # reports said": a plural's verb never takes one)
    after = _CUE_AND_NEXT.match(unit.text, head.end, unit.end)
    if after is None:
        return False
    verb = after.group(1)
    return not (verb.endswith("ing") or after.group(2).lower() in ("to", "by") or _is_s_form(verb))


# Words after which a new clause, and its subject, begins.
_CLAUSE_OPENING_WORDS = _words("and but or as while when where because since though although so")
_CUE_AND_NEXT = re.compile(r"\s*([A-Za-z]+)\W*([A-Za-z]*)")


def _opens_reported_clause(tokens: list[_Token], k: int) -> bool:
    """Whether tokens[k] is where a cue's clause opens: "that" after a cue, or a
    cue followed by a determiner ("reported that the council", "said the
    council"): a phrase read back from inside the clause stops there."""
    word = tokens[k].lower
    if word == "that":
        return k > 0 and tokens[k - 1].lower in P.ALL_CUES
    return (
        word in P.ALL_CUES
        and k + 1 < len(tokens)
        and (tokens[k + 1].lower in P.DETERMINERS or _is_possessive(tokens[k + 1]))
    )


def _bare_title_start(left: list[_Token], first: int) -> int:
    """'“...,” sophomore orientation leader Alaina Schukraft told': a title of
    plain words with no determiner before a name, right after a quotation."""
    k = first
    while (
        k > 0
        and first - k < 3
        and left[k - 1].text.isalpha()
        and left[k - 1].text.islower()
        and left[k - 1].lower not in P.FINITE_WORDS
        and left[k - 1].lower not in P.NP_CONNECTORS
        and left[k - 1].lower not in P.PRONOUNS
        and left[k - 1].lower not in P.DETERMINERS
        and left[k - 1].lower not in P.ADVERB_SKIP
        and left[k - 1].lower not in P.CLAUSE_OPENERS
        and left[k - 1].lower not in P.ALL_CUES
    ):
        k -= 1
    if k == first or k == 0 or left[k - 1].text not in P.CLOSE_QUOTES:
        return first
    if not _is_capitalised(left[-1]) or len(left) - first > 4:
        return first
    return k


_RELATIVE_PRONOUNS = frozenset({"who"})
_RELATIVE_AT = re.compile(r"(?:who|which)\b", re.IGNORECASE)


def _writes_its(text: str, name: str) -> bool:
    """Whether the article writes a one-word name with "its" after one or two
    lower-case words ("Apple unveiled its", "Comcast already monitors its"),
    as it writes a body, never a person."""
    if " " in name or not name[:1].isupper():
        return False
    return any(_ITS_AFTER_RE.match(text, end) for end in _word_ends(text, name))


def _possessive_ends(text: str, name: str) -> Iterator[int]:
    """Where each "Name's" (either apostrophe) in `text` ends."""
    for possessive in (f"{name}'s", f"{name}\u2019s"):
        yield from _word_ends(text, possessive)


def _word_ends(text: str, word: str) -> Iterator[int]:
    """Where each whole-word occurrence of `word` in `text` ends."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_'\u2019.-") and not (
            after.isalnum() or after in "_'\u2019-"
        ):
            yield end
        at = text.find(word, end)


# A single quotation mark closing a quotation: "... significant,' he said".
_QUOTATION_CLOSED_RE = re.compile(r"[,.!?]['\u2019]\s")
# "Apple unveiled its", "Comcast already monitors its"; "Apple itself said"
# (a thing is "itself" too, "Tor itself isn't illegal", but says nothing)
_ITS_AFTER_RE = re.compile(
    r"\s+(?:(?:[a-z][\w'\u2019-]*\s+){1,2}its"
    r"|itself\s+(?:(?:has|had)\s+)?(?:said|says|stated|states|admitted|admits|announced"
    r"|announces|confirmed|confirms|claimed|claims|acknowledged|acknowledges))\b"
)


# A content that opens by speaking of its speaker as a thing: "Vocativ said its
# reporters ...", "Apple told them the company is waiting ...", "Acme denied
# that it had plans ..." ("it" doing or having something; not "it had been",
# "it has been", where "it" may be nobody).
_ITSELF_RE = re.compile(
    r"\s*(?:it\s+(?!(?:has|had)\s+been\b)(?:has|had|did|does|plans|planned|intends|intended|"
    r"never|is\s+planning|was\s+planning)\b|"
    # "Apple revealed that it would release ...", "saying it only received
    # nine complaints": "it" about to do or having done something, not being
    # something ("it would be", "it will take", where "it" may be nobody)
    r"it\s+(?:would|will)\s+(?!be\b|have\b|take\b|make\b|cost\b|mean\b|not\b)[a-z]+\b|"
    r"it\s+(?:only|also|first|already)\s+[a-z]+ed\b|"
    r"its|the\s+(?:company|firm|site|website|network|studio|group|"
    r"organi[sz]ation|agency|newspaper|paper|magazine|outlet|channel|station|publication))\b",
    re.IGNORECASE,
)
_STATE_BODIES = entities.STATE_INSTITUTIONS | frozenset({"office", "service", "bureau"})
_PLACE_LINKS = frozenset({"in", "at", "from", "inside", "within"})
_SPEAKING_HEADS = entities.ROLES | _ANONYMOUS_HEADS | P.SPEAKER_NOUNS


def _is_clause_word(token: _Token) -> bool:
    return (
        token.lower in P.PRONOUNS
        or token.lower in P.SUBORDINATORS
        or token.lower in P.FINITE_WORDS
        or token.lower in ("who", "which", "that")
        or (token.text.islower() and _is_past_tense(token))
    )


def _speaker_head_before(tokens: list[_Token], first: int) -> int:
    """Where a speaker starts when the phrase before a cue only ends it: "Experts
    studying the crater said", "Sources in the Kurdish underground in Syria
    denied" are the experts and the sources, not the crater or Syria."""
    k = first
    for _ in range(3):
        if k < 2:
            break
        link = tokens[k - 1]
        skip = 1
        by = _agent_by(tokens, k)
        near = _nearness_link(tokens, k)
        place = _described_place_link(tokens, k)
        having = _having_link(tokens, k)
        if by is not None:
            # "Kurdish sources approached by Israel Radio reporter Eran Cicorel
            # expressed doubt": the sources, whom the reporter only approached.
            skip = k - by + 1
        elif near is not None:
            # "sources close to the production said": the sources, not the production
            skip = k - near
        elif place is not None:
            # "the crew (being) filmed in (suburban) Leeds": the crew, not the place
            skip = k - place
        elif having is not None:
            # "an official with (direct knowledge of) the talks": the official
            skip = k - having
        elif not (
            link.lower in _PLACE_LINKS
            or (link.text.isalpha() and link.text.islower() and link.lower.endswith("ing"))
        ):
            break
        outer = _np_back(tokens, k - 1 - skip)
        if outer > k - 1 - skip:
            break
        if outer > 0 and tokens[outer - 1].lower in P.DETERMINERS:
            outer -= 1
        phrase = tokens[outer : k - skip]
        if any(_is_clause_word(token) for token in phrase):
            break  # "friends after he graduated from": a clause, not a phrase
        if having is not None:
            # "a source in the region with knowledge of": the source has it;
            # "popular at school with his classmates": no one who has them
            return outer if _speaking_head(phrase) else first
        if any(token.lower in _SPEAKING_HEADS for token in phrase):
            return outer
        k = outer
    return first


def _speaking_head(phrase: list[_Token]) -> bool:
    """Whether the noun a phrase is about, before any preposition, can speak: "a
    source" in "a source in the region", not "Memorial" in "the National War
    Memorial", whose "National" can be a person elsewhere."""
    head = phrase[0]
    for token in phrase[1:]:
        if token.lower in P.NP_CONNECTORS:
            break
        head = token
    return head.lower in _SPEAKING_HEADS


def _having_link(tokens: list[_Token], k: int) -> int | None:
    """Where a "with" stands before tokens[k] that gives the noun before it what
    it has, right before it or before one or two plain words and "of", "to" or
    "about" ("an official with the agency", "a source with direct knowledge of
    the talks", "aides with ties to the campaign"): its index. None before a
    possessive ("the officer with his hands raised": how he stood)."""
    if tokens[k].lower in _POSSESSIVE_DETERMINERS:
        return None
    for at in (k - 1, k - 3, k - 4):
        if at < 1 or tokens[at].lower != "with":
            continue
        between = tokens[at + 1 : k]
        if at == k - 1 or (
            between[-1].lower in _HAVING_ENDS
            and all(
                t.text.isalpha() and t.text.islower() and t.lower not in P.DETERMINERS
                for t in between[:-1]
            )
        ):
            return at
    return None


# What ends the words of a thing had before its object ("knowledge of", "ties to").
_HAVING_ENDS = _words("of to about")


# Words that put a speaker near what it speaks about: "sources close to the
# family", "people familiar with the talks".
_NEAR_LINKS = (("close", "to"), ("familiar", "with"), ("near", "to"))


def _nearness_link(tokens: list[_Token], k: int) -> int | None:
    """Where "close to" or "familiar with" stands right before tokens[k]: its index."""
    if k < 3:
        return None
    for first, second in _NEAR_LINKS:
        if tokens[k - 1].lower == second and tokens[k - 2].lower == first:
            return k - 2
    return None


def _described_place_link(tokens: list[_Token], k: int) -> int | None:
    """Where a place phrase before tokens[k] starts when a participle describes the
    noun before it ("the film (being) shot in", "the crew based at"), one plain
    word of the place's own allowed ("in suburban Leeds"): the participle's index."""
    at = k - 1
    if (
        at >= 1
        and tokens[at].text.isalpha()
        and tokens[at].text.islower()
        and tokens[at].lower not in _PLACE_LINKS
        and tokens[at - 1].lower in _PLACE_LINKS
    ):
        at -= 1  # "in metro Detroit": the plain word belongs to the place
    if at < 2 or tokens[at].lower not in _PLACE_LINKS:
        return None
    participle = at - 1
    if not _describing_participle(tokens[participle]) or tokens[participle].text in P.CUE_FORMS:
        return None  # "confirmed in the report": the speaking verb, not a description
    if participle > 1 and tokens[participle - 1].lower in ("being", "been"):
        participle -= 1
    return participle


# A passive participle's agent inside a speaker's phrase: " approached by ...".
_BY_AGENT = re.compile(r"\s+[a-z]+ed\s+by\s+")


def _agent_by(tokens: list[_Token], k: int) -> int | None:
    """Where the "by" of a passive participle stands before tokens[k] ("approached
    by (radio reporter) Dan Levy"), a few plain words of title between: its index."""
    back = k - 1
    while (
        back > 0
        and k - 1 - back < 3
        and tokens[back].lower != "by"
        and tokens[back].text.isalpha()
        and tokens[back].text.islower()
        and tokens[back].lower not in P.DETERMINERS
    ):
        back -= 1
    if back < 2 or tokens[back].lower != "by":
        return None
    participle = tokens[back - 1]
    if not (participle.text.isalpha() and participle.text.islower()):
        return None
    return back if participle.lower.endswith("ed") else None


def _relative_pronoun_subject(left: list[_Token], who: int) -> tuple[Span, str | None, int] | None:
    """'Priebus, who has said he ...', 'voters who said they ...': the relative
    pronoun speaks, and its antecedent says who it is."""
    last = who - 1
    if last >= 0 and left[last].text == ",":
        last -= 1
    if last < 0:
        return None
    end = _skip_back(left, last) if left[last].text == ")" else last
    first = _np_back(left, end) if end >= 0 else end + 1
    if first > end or not _valid_speaker(left[first : end + 1]):
        return None
    antecedent = " ".join(t.text for t in left[first : end + 1])
    pronoun = left[who]
    return (pronoun.start, pronoun.end), antecedent, pronoun.start


def _relative_head(left: list[_Token], first: int, end: int) -> tuple[Span, str | None, int] | None:
    """'officials who spoke with The Huffington Post said': the speaker is who
    spoke. 'Those who saw the gunman at the mall say': "those" and its clause
    (`end` the last token before the cue), not what they saw."""
    for w in range(first - 1, max(0, first - 15), -1):
        token = left[w]
        if token.text in _CLAUSE_PUNCTUATION or token.text in P.OPEN_QUOTES:
            return None
        if token.lower != "who" or not left[w + 1].text.islower():
            continue
        if w >= 1 and left[w - 1].lower == "those":
            return (left[w - 1].start, left[end].end), None, left[w - 1].start
        head = _np_back(left, w - 1)
        if head > w - 1 or not _valid_speaker(left[head:w]):
            return None
        return (left[head].start, left[w - 1].end), None, left[head].start
    return None


def _opening_subject(left: list[_Token], comma: int) -> tuple[Span, str | None, int] | None:
    """'Jillian Chase, 27, a Tinder user in New York, said': the name that opens
    the clause, whatever asides follow it."""
    start = comma - 1
    while (
        start > 0
        and comma - start < 40
        and left[start - 1].text
        not in (
            ";",
            ":",
            ".",
            *P.QUOTE_CHARS,
            "'",
        )
    ):
        start -= 1
    if start > 0 and comma - start >= 40:
        return None
    if left[start].lower in P.CLAUSE_CONJUNCTIONS or left[start].text in _BULLETS:
        start += 1
    end = start
    while end < comma and left[end].text != ",":
        end += 1
    if end == start or end >= comma:
        return None
    if (
        left[end + 1].lower in _ASIDE_OPENERS
        and _np_back(left, end - 1) == start
        and _valid_subject(left[start:end])
    ):
        # "The mayor, despite earlier doubts, said": an aside, then the verb
        return (left[start].start, left[end - 1].end), None, left[start].start
    if left[end + 1].lower in ("who", "whose"):
        # "The mayor, who lives in Portland, Maine, said": the clause about the
        # speaker may hold commas of its own; the speaker is the phrase that
        # opens the sentence before it (not an object: "X will play Y alongside
        # Z, who ..., reports Variety")
        first = _np_back(left, end - 1)
        described = first > start and all(
            token.lower not in _NOT_IN_A_ROLE
            and (token.text[:1].isupper() or (token.text.isalpha() and not _reads_as_verb(token)))
            for token in left[start:first]
        )
        if (first == start or described) and _valid_speaker(left[start:end]):
            return (left[start].start, left[end - 1].end), None, left[start].start
    name_end = end
    if left[end - 1].text == ")":  # "Sen. Ted Cruz (R-Texas), ..."
        while name_end > start and left[name_end - 1].text != "(":
            name_end -= 1
        name_end -= 1
    if name_end <= start:
        return None
    if not _is_name(left[start:name_end]) and _described_name(left, start, name_end):
        # "Trainee shop assistant Gemma Prosser, 19, said": words for what the
        # person is, then the name, open the clause
        return (left[start].start, left[name_end - 1].end), None, left[start].start
    if not _is_name(left[start:name_end]):
        # "The group's leader, Abubakar Shekau, ruled out talks": a role, then
        # the name of the one who holds it
        named = left[end + 1 : comma]
        role = _np_back(left, end - 1)
        if not (
            left[end - 1].lower in entities.ROLES
            and start <= role < end
            and _valid_speaker(left[role:end])
            and _is_name(named)
        ):
            return None
        return (left[role].start, named[-1].end), None, left[role].start
    return (left[start].start, left[name_end - 1].end), None, left[start].start


def _described_name(left: list[_Token], start: int, end: int) -> bool:
    """Whether left[start:end] is a few words saying what someone is, the first
    capitalised as the clause opens, then a name of two words or more ("Trainee
    shop assistant Gemma Prosser", "Local man Aamir Dhawan")."""
    first = end
    while first > start and left[first - 1].text[:1].isupper():
        first -= 1
    if end - first < 2 or first == start or first - start > 3:
        return False
    if not _is_name(left[first:end]):
        return False
    return all(
        token.text.isalpha()
        and token.lower not in _NOT_IN_A_ROLE
        and token.lower not in P.DETERMINERS
        and not _reads_as_verb(token)
        for token in left[start:first]
    ) and all(token.text.islower() for token in left[start + 1 : first])


# Words that never stand in the words describing a speaker before the name
# ("Foley family friend Holly Rene"): verbs' helpers and prepositions.
_NOT_IN_A_ROLE = P.AUXILIARIES | P.PREPOSITIONS | P.ALL_CUES.keys()
# Marks that open a line of a list ("– The mayor, ..."), never part of a speaker.
_BULLETS = frozenset({"\u2013", "\u2014", "\u2022", "-", "*"})
# Words that open an aside between a subject and its verb ("The mayor,
# despite earlier doubts, said"), never an appositive naming the subject.
_ASIDE_OPENERS = _words(
    "despite though although after before while unlike like however meanwhile "
    "too also in when once speaking asked"
)


def _noun_of_telling(text: str, speaker: Span, cue: Span) -> bool:
    """'Some local reports say ...', 'the hospital says some local reports that
    X are false': a telling's noun ("reports", "claims") after a word that opens
    or describes a noun phrase (a determiner, an adjective, a participle) is no verb,
    and what stands before it no speaker."""
    if text[cue[0] : cue[1]].lower() not in _TELLING_NOUNS:
        return False
    words = text[speaker[0] : speaker[1]].split()
    if not words:
        return False
    last = words[-1].strip(",;:").lower()
    # A determiner alone is a speaker: "One says the deal is off; another claims ...".
    determiner = last in P.DETERMINERS and len(words) > 1
    return determiner or (words[-1].islower() and last.endswith(_ADJECTIVE_ENDINGS))


# Tellings that are nouns as often as verbs.
_TELLING_NOUNS = frozenset({"reports", "report", "claims", "claim"})
_ADJECTIVE_ENDINGS = ("al", "ed", "ic", "ous", "ive", "ful", "ary")


def _is_personal_hedge(text: str, speaker: Span, lemma: str) -> bool:
    """'I think', 'you can say': the writer's or interviewee's hedge, not a report."""
    who = text[speaker[0] : speaker[1]].lower()
    return who == "you" or (who in ("i", "we") and lemma in P.OPINION_LEMMAS)


# Things that bear out a reading, never its speaker: "The surge in complaints
# suggested ...", "the available evidence indicates ...", "Radar observations
# show ...".
_EVIDENCE_HEADS = _words(
    """
    evidence data numbers statistics stats observations measurements readings
    estimates surge rise increase decline drop fall spike trend trends pattern patterns
    signs pictures photos photographs images issues problems complaints rumors rumours
    """
)
_EVIDENCE_LEMMAS = frozenset({"suggest", "show", "indicate"})
_POSSESSIVE_DETERMINERS = _words("his her their its our my your")
_PHRASE_BREAKS = _words("in of from on at for about over among with thus so")


def _is_possessive_word(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _is_evidence(text: str, speaker: Span, lemma: str) -> bool:
    """ "The surge in complaints suggested ...": a thing before "suggest",
    "show" or "indicate" is what bears the reading out, not who says it."""
    if lemma not in _EVIDENCE_LEMMAS:
        return False
    words = text[speaker[0] : speaker[1]].split()
    if words and (words[0].lower() in _POSSESSIVE_DETERMINERS or _is_possessive_word(words[0])):
        return False  # "His estimates suggest ...": the estimator's reading
    head = ""
    for word in words:
        bare = word.strip(",;:").lower()
        if bare in _PHRASE_BREAKS:
            break
        head = word.strip(",;:")
    return head.islower() and head in _EVIDENCE_HEADS


_SINGULAR_PERSON_PRONOUNS = frozenset({"he", "she"})


def _one_role_holder(subject: str) -> bool:
    """ "A spokesperson for the Harbour Employers Association": one person who
    speaks for a body, by the role word that heads the phrase before its
    first preposition."""
    words = subject.lower().split()
    head = ""
    for word in words:
        if word in _PHRASE_BREAKS:
            break
        head = word.strip(",;:")
    return head in entities.ROLES and not head.endswith("s")


# Heads of a speaker that name an institution or those acting for one.
_INSTITUTION_HEADS = _words(
    """
    police officials investigators authorities agencies intelligence officers detectives
    prosecutors services forces military army government ministry department agency
    office officials experts scientists inspectors
    """
)


def _is_institution(speaker: str) -> bool:
    """ "Counterterrorism police and MI5", "investigators", "the FBI": a body or
    the officials acting for one, by the head of each conjunct."""
    for part in re.split(r",\s*|\s+and\s+", speaker):
        words = part.split()
        if not words:
            continue
        last = words[-1].strip(".,").lower()
        if last not in _INSTITUTION_HEADS and not _is_acronym(words[-1]):
            return False
    return True


def _is_acronym(word: str) -> bool:
    """ "MI5", "FBI", "DHS": capitals (and digits) only, two or more."""
    letters = word.strip(".,")
    return len(letters) >= 2 and letters.isupper() and letters.isalnum()


def _hedges_own_report(text: str, speaker: Span, lemma: str, earlier: list[_Attribution]) -> bool:
    """ "officials said they believed ...", "told the Post he thinks ...": a
    pronoun opening another report's content, with a verb of opinion, is that
    speaker hedging what it says; the report it opens already gives it."""
    if lemma not in P.OPINION_LEMMAS:
        return False
    if text[speaker[0] : speaker[1]].lower() not in (*P.SUBJECT_PRONOUNS, "it"):
        return False
    return any(other.content[0] == speaker[0] for other in earlier)


# A speaker that is nobody: "no official", "none of the engineers", "no-one";
# not "No 10" (Downing Street) nor a "No." answering a question.
_NOBODY = re.compile(
    r"(?i)(?:no|none|nobody|neither|no-one|no\s+one|not\s+(?:one|a\s+single))\b"
    r"(?!\.|\s*\d)"
)
# "Neither" just before the speaker, which the speaker's span leaves out.
_NEITHER_BEFORE = re.compile(r"(?i)\bneither\s+$")
# The saying verb a "neither" cue pairs with: "(neither confirmed) nor denied".
_OTHER_SAYING = re.compile(
    r"\s+nor\s+(?:\w+ly\s+)?(?:confirm|den(?:y|ie)|comment|dismiss|disput|ruled?\s+out"
    r"|acknowledg|say|said|discuss|address|elaborat|explain)",
    re.IGNORECASE,
)


def _negation_start(left: list[_Token]) -> int | None:
    """Index of 'did not' / 'would never' / "didn't" / 'neither' right before a cue, if any."""
    if not left:
        return None
    last = len(left) - 1
    word = left[last].lower
    if word in P.NEGATED_AUXILIARIES:
        return last
    if word in ("not", "never", "neither") and last > 0 and left[last - 1].lower in P.AUXILIARIES:
        return last - 1
    if word == "neither":
        return last  # "neither confirmed nor denied": the cue withholds both
    return None


def _earlier_speaker(
    earlier: list[_Attribution], cue_start: int
) -> tuple[Span, str | None, int] | None:
    """'He said X and said Y': the speaker of an earlier cue in the same unit."""
    for attribution in reversed(earlier):
        if attribution.speaker is not None and attribution.cue and attribution.cue[1] <= cue_start:
            return attribution.speaker, attribution.resolve_text, attribution.speaker[0]
    return None


def _quoted_source(left: list[_Token]) -> tuple[Span, str | None, int] | None:
    """The one quoted, when the clause before a participle cue quotes someone
    ("the editor quoted local fighters, saying ..."): what is said is theirs,
    the one quoting only relays it, as with a denial told by another."""
    if len(left) < 3 or left[-1].text != ",":
        return None
    for j in range(len(left) - 2, max(0, len(left) - 30), -1):
        token = left[j]
        if token.text in _CLAUSE_ENDS or token.lower in P.SUBJECT_PRONOUNS:
            return None
        if token.lower not in _QUOTING_VERBS:
            continue
        if j > 0 and left[j - 1].lower in _BE_FORMS:
            return None  # "was quoted ..., saying": the passive has its own rule
        phrase = left[j + 1 : len(left) - 1]
        cut = next(
            (i for i, t in enumerate(phrase) if i and t.lower in _POSTMODIFIER_OPENERS),
            len(phrase),
        )
        phrase = phrase[:cut]
        if not _valid_speaker(phrase) or any(t.text == "," for t in phrase):
            return None
        head = phrase[-1]
        if head.lower not in P.SPEAKER_NOUNS and not _is_plural_noun(head):
            return None  # "quoted the Bible, saying ...": a text quoted, its quoter speaks
        return (phrase[0].start, phrase[-1].end), None, phrase[0].start
    return None


_CLAUSE_ENDS = frozenset({".", ";", "!", "?", ":"})
_QUOTING_VERBS = frozenset({"quoted", "quoting", "quotes"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "being"})
# Words that open what follows a speaker's noun ("fighters familiar with ...",
# "officials in the capital", "residents who ..."): the speaker ends before them.
_POSTMODIFIER_OPENERS = frozenset(
    {"familiar", "close", "with", "in", "at", "from", "on", "near", "who", "which", "that"}
)


def _head_noun(words: list[str]) -> str:
    """The noun a speaker's words are about, before what it knows or is near
    ("official" in "a military official with knowledge of the strikes by the
    Danes"): "the official" after it takes that speaker up, not the Danes. A
    place or a telling after it stays the head ("a study in Apiary Letters":
    "the study" is no journal's). "" for no words."""
    for at in range(1, len(words)):
        if words[at] in _KNOWING_OPENERS:
            return words[at - 1]
    return words[-1] if words else ""


# Words that open what a speaker knows or is near: "with knowledge of",
# "familiar with", "close to".
_KNOWING_OPENERS = _words("with familiar close near")


def _clause_subject(
    left: list[_Token], coordinated: bool = False
) -> tuple[Span, str | None, int] | None:
    """Subject of the nearest verb before a coordinated or participle cue.

    'Graham called both Trump and Clinton “crazy” and said ...' gives Graham;
    'Bolton had a comparable assessment, while saying ...' gives Bolton.
    """
    for j in range(len(left) - 2, max(0, len(left) - 40), -1):
        token = left[j]
        if token.text in (".", ";", "!", "?", ":"):
            return None
        if not (
            _is_past_tense(token) or token.lower in P.FINITE_WORDS or token.lower in P.ALL_CUES
        ):
            continue
        if j > 0 and left[j - 1].lower == "to" and not _is_past_tense(token):
            continue  # "went on Twitter to deny the hoax, saying": an infinitive, no clause's verb
        k = _skip_back(left, j - 1)
        if k < 0:
            return None
        if left[k].text == ",":
            # "The group's leader, Abu Tamm, ruled out talks and said ...": the
            # subject set off by its apposition opens the clause
            opening = _opening_subject(left[: k + 1], k)
            if opening is not None:
                return opening
            continue
        first = _np_back(left, k)
        if first > k or not _valid_speaker(left[first : k + 1]):
            continue
        if _participle_after_object(left, first, k, j):
            # "met survivors and relatives of the 49 people killed on Thursday
            # and said": a participle describing a preposition's object
            continue
        if first > 0 and left[first - 1].lower in P.SUBORDINATORS:
            continue  # "after he clinched the nomination": not the main clause
        if first > 0 and _is_past_tense(left[first - 1]) and left[first].lower in P.DETERMINERS:
            # "The presenter found the red and white spotted toadstool ... and
            # said": the phrase is the object of the verb before it, and the
            # word after it describes the object's noun; the subject is earlier
            continue
        return (left[first].start, left[k].end), None, left[first].start
    return None


# Nouns of a number of speakers ("a number of media outlets", "a group of experts").
_QUANTITY_NOUNS = frozenset({"number", "group", "couple", "handful", "lot", "dozens", "hundreds"})
# After "raised concerns": whom they were raised with, not what about.
_HEARER_AFTER = re.compile(r"\s(?:with|to|at)$")


# What opens a participle's own content after it: a quotation mark, a colon or "that".
_QUOTE_OR_THAT_BEFORE = re.compile(r"[:\"“‘']|''|\bthat\b")


def _noun_before_relative(unit: _Unit, start: int) -> bool:
    """Whether a relative word comes before any verb from `start`: "a recent
    incident in which the two were spotted", "a location where the graves were
    found" name a thing; the verb is the relative clause's."""
    for token in unit.tokens(start, min(unit.end, start + 140))[:16]:
        if token.lower in ("which", "where", "who", "whom", "whose"):
            return True
        if token.lower in P.FINITE_WORDS or _is_past_tense(token):
            return False
    return False


def _can_raise_a_concern(speaker: str) -> bool:
    """Whether a subject of "raised doubts" or "raised concerns" is one who
    voices them: a name ("Nasa"), a speaker's noun ("experts", "a number of
    media outlets"), or "some" and "many" of them; not a thing or an "it"."""
    words = speaker.split()
    for k in range(1, len(words)):
        word = words[k]
        after_quantity = word == "of" and words[k - 1].lower() in _QUANTITY_NOUNS
        if (word in P.PREPOSITIONS or word == "of" or word.endswith("ing")) and not after_quantity:
            words = words[:k]  # "a truce with Boko Haram", "the virus spreading through Iraq"
            break
    head = words[-1].lower()
    if len(words) == 1 and head in ("some", "many", "others", "several"):
        return True
    if head in P.PRONOUNS or head in ("this", "that"):
        return head in P.SUBJECT_PRONOUNS and head not in ("it", "this", "that")
    return words[-1][:1].isupper() or head in P.SPEAKER_NOUNS or head[:-1] in P.SPEAKER_NOUNS


def _participle_after_object(left: list[_Token], first: int, last: int, verb: int) -> bool:
    """Whether left[verb] is a past participle right after a common noun phrase
    (left[first..last]) that a preposition takes: "relatives of the 49 people
    killed", "at the town hall hosted by CNN" describe a noun, no clause opens.
    "With his campaign buffeted by criticism" is a clause of its own."""
    return (
        first > 0
        and verb == last + 1
        and left[first - 1].lower in P.PREPOSITIONS | {"of"}
        and left[first - 1].lower != "with"
        and _is_past_tense(left[verb])
        and left[first].lower in P.DETERMINERS
        and left[last].text.islower()
        and not any(t.lower in _RELATIVE_PRONOUNS for t in left[first : last + 1])
    )


def _parenthetical_subject(
    left: list[_Token], comma: int, unit: _Unit, depth: int = 0
) -> tuple[Span, str | None, int] | None:
    """A speaker with an apposition between commas, just before the cue.

    'Liu Pengyu, spokesperson for the Chinese Embassy, affirmed' gives Liu
    Pengyu; 'The top U.S. official for arms control, Bonnie Jenkins, said'
    gives Bonnie Jenkins. The description is kept for resolving the party.
    """
    j = comma - 1
    while j >= 0 and comma - j < 40 and left[j].text not in (",", ";", ":", *P.QUOTE_CHARS):
        j -= 1
    if j < 1 or left[j].text != "," or j == comma - 1:
        return None
    inner = left[j + 1 : comma]
    if len(inner) > 1 and inner[0].lower in ("also", "then", "now", "once"):
        inner = inner[1:]  # "Cruz, also a GOP presidential hopeful, called"
    if len(inner) == 1 and inner[0].lower in P.ADVERB_SKIP | P.CAPITAL_STOPWORDS:
        # "experts and officials, however, said": step over the adverb
        first = _np_back(left, j - 1)
        if first > j - 1 or not _valid_speaker(left[first:j]):
            return None
        return (left[first].start, left[j - 1].end), None, left[first].start
    if entities.party_and_state(unit.text[inner[0].start : inner[-1].end]):
        # "Rep. Jason Chaffetz, R-Utah, said": a legislator's party and state, an aside
        found = _clause_opening_np(left, j - 1)
        return None if found is None else (found[0], None, found[1])
    placed = _place_before_region(left, j, inner)
    if placed is not None:
        return placed
    if _is_name(inner):
        start = j - 1
        while (
            start > 0
            and j - start < 25
            and left[start - 1].text not in (",", ";", ":", *P.QUOTE_CHARS)
        ):
            start -= 1
        # the description may open the clause right after a quotation
        # ('"...," another resident, Mallam Babagana, said')
        if start > 0 and left[start - 1].text not in (",", *P.CLOSE_QUOTES):
            return None
        title = unit.text[left[start].start : left[j - 1].end]
        return (inner[0].start, inner[-1].end), title, left[start].start
    if inner[0].lower in ("which", "whose", "where") and depth < 2:
        # "Zaheed, political director of CREDO Action, which organized the letter, said";
        # "Sanders, whose coalition includes young people, said"
        outer = _parenthetical_subject(left, j, unit, depth + 1)
        if outer is None:
            opening = _clause_opening_np(left, j - 1)
            outer = None if opening is None else (opening[0], None, opening[1])
        return outer
    if inner[0].lower in P.PREPOSITIONS or inner[0].lower == "of":
        # "Trump, in Kentucky, said": an aside between the speaker and the cue;
        # "Jane Hill, of Leeds University, said": where the speaker works
        found = _clause_opening_np(left, j - 1)
        if found is None:
            return None
        works_for = None
        if inner[0].lower == "of" and len(inner) > 1:
            works_for = unit.text[inner[1].start : inner[-1].end]
        return found[0], works_for, found[1]
    if inner[0].lower in P.CAPITAL_STOPWORDS and inner[0].lower != "who":
        return None
    description = None if inner[0].lower == "who" else unit.text[inner[0].start : inner[-1].end]
    if j >= 2 and left[j - 2].text == ",":
        # "Ryan Roche of Lehi, Utah, told ABC News today, explaining": the
        # phrase before this aside is a place's region, not the speaker
        placed = _place_before_region(left, j - 2, left[j - 1 : j])
        if placed is not None:
            return placed[0], description, placed[2]
    found = _clause_opening_np(left, j - 1)
    if found is None:
        return None
    return found[0], description, found[1]


def _place_before_region(
    left: list[_Token], comma: int, inner: list[_Token]
) -> tuple[Span, str | None, int] | None:
    """The speaker of "Ryan Roche of Lehi, Utah, told" and "the plumber from
    Texas City, Texas, says": a U.S. state alone between the commas after a
    town named with "of" or "from" is the rest of where the speaker is from,
    not an apposition naming the speaker (as "Smith" is in "The head of the
    Ministry of Defence, Smith, said"). None when it is no such place."""
    if len(inner) != 1 or inner[0].text not in gazetteer.US_STATE_NAMES:
        return None
    k = comma - 1
    while k >= 0 and _is_capitalised(left[k]) and comma - k <= 3:
        k -= 1
    if k < 1 or k == comma - 1 or left[k].lower not in ("of", "from"):
        return None
    found = _clause_opening_np(left, k - 1)
    if found is None:
        return None
    return found[0], None, found[1]


def _clause_opening_np(left: list[_Token], last: int) -> tuple[Span, int] | None:
    """The noun phrase ending at left[last] (a "(D-Md.)" after it allowed), if it opens
    its clause; otherwise this is a list, not an apposition."""
    end = _skip_back(left, last) if left[last].text == ")" else last
    if end < 0:
        return None
    first = _np_back(left, end)
    if first > end or not _valid_speaker(left[first : end + 1]):
        return None
    if (
        first > 0
        and left[first - 1].lower in P.PREPOSITIONS
        and (first == 1 or left[first - 2].text in _CLAUSE_PUNCTUATION)
    ):
        # "In a statement Commander Richard Walton, of ...": the opening
        # phrase ran into the name without a comma; the name is the subject
        named = next(
            (
                k
                for k in range(first + 1, end + 1)
                if _is_capitalised(left[k])
                and left[k - 1].text.islower()
                and left[k - 1].lower not in P.NP_CONNECTORS
                and left[k - 1].lower not in P.PREPOSITIONS
            ),
            None,
        )
        if named is not None and _valid_speaker(left[named : end + 1]):
            return (left[named].start, left[end].end), left[named].start
    if first > 0 and left[first - 1].text not in _CLAUSE_PUNCTUATION:
        # "But Murshed Zaheed, ...": a sentence-opening conjunction may stand before it
        opener = left[first - 1]
        if opener.lower not in P.CLAUSE_CONJUNCTIONS or (
            first > 1 and left[first - 2].text not in _CLAUSE_PUNCTUATION
        ):
            return None
    return (left[first].start, left[end].end), left[first].start


def _is_name(tokens: list[_Token]) -> bool:
    return 0 < len(tokens) <= 4 and all(
        (_is_capitalised(t) and t.lower not in P.HONORIFICS)
        or t.lower in ("mr.", "ms.", "mrs.", "dr.")
        for t in tokens
    )


def _described_name_end(tokens: list[_Token]) -> int:
    """End of a name led by a lowercase descriptor ("screenwriter Aaron Sorkin",
    "former senator Bob Kerrey"), or 0: up to three lowercase words, then a
    capitalised name that closes the clause."""
    k = 0
    while k < min(3, len(tokens)) and tokens[k].text.isalpha() and tokens[k].text.islower():
        if tokens[k].lower in _NOT_DESCRIPTORS or tokens[k].lower.endswith("ly"):
            return 0
        k += 1
    if k == 0 or k >= len(tokens) or not _is_capitalised(tokens[k]):
        return 0
    end = k
    while end < len(tokens) and _is_capitalised(tokens[end]) and end - k < 4:
        end += 1
    closes = end >= len(tokens) or tokens[end].text in (".", ",", ";", "!", "?")
    return end if closes else 0


_NOT_DESCRIPTORS = P.PREPOSITIONS | P.NP_CONNECTORS | P.PRONOUNS | P.FINITE_WORDS | P.DETERMINERS


def _inverted_subject(
    unit: _Unit, cue_end: int, after_quote: bool = False
) -> tuple[Span, str | None, int] | None:
    """'"...," said Xi' / ', said a spokesman for the embassy.'

    Right after a quotation the phrase may run on ("said Robert Antonacci of
    the New York delegation"); after a plain comma it must end at punctuation.
    """
    tokens = unit.tokens(cue_end, min(unit.end, cue_end + _WINDOW))
    end = _np_forward(tokens, 0)
    if end == 0:
        end = _described_name_end(tokens)  # ', says screenwriter Aaron Sorkin.'
    end = _before_hearing_outlet(unit, tokens, end)
    # "quipped Pitt of his role in the film": "of" and a possessive after a name
    # tell what was said of, not whom the speaker is of ("Victor Cha of CSIS";
    # "one of his friends" is a phrase)
    end = next(
        (
            k
            for k in range(1, end - 1)
            if tokens[k].lower == "of"
            and tokens[k + 1].lower in _POSSESSIVE_DETERMINERS
            and tokens[k - 1].text[:1].isupper()
        ),
        end,
    )
    if end and not after_quote:
        end = _np_to_sentence_end(tokens, end)
    if end == 0 or not _valid_speaker(tokens[:end]):
        return None
    end = _appositive_name_end(tokens, end)
    rest = tokens[end].text if end < len(tokens) else "."
    if (
        not after_quote
        and rest not in (",", ".", ";", "!", "?", *P.QUOTE_CHARS, "(", "—")
        # ", says a report highlighting the rise of ...": the report, described
        and not (rest.endswith("ing") and rest.islower() and end + 1 < len(tokens))
    ):
        return None
    return (tokens[0].start, tokens[end - 1].end), None, tokens[0].start


def _np_to_sentence_end(tokens: list[_Token], end: int) -> int:
    """', says the central bank.', ', says the farmers' union.': after a comma and
    its cue, a few more lower-case words up to the sentence's end are still the
    speaker's noun phrase."""
    j = end
    while j < len(tokens) and j - end < 3:
        token = tokens[j]
        if token.text in ("'", "\u2019", "'s", "\u2019s"):
            j += 1
            continue
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or token.lower in P.FINITE_WORDS
            or token.lower in P.PRONOUNS
            or token.lower in _NOT_IN_A_NAME_PHRASE
            or token.lower.endswith(("ly", "ing"))
            or verb_word(token.text)
        ):
            break
        j += 1
    if j > end and j < len(tokens) and tokens[j].text in (".", "!", "?", ";"):
        return j
    return end


# Words that end a speaker's noun phrase when met after it.
_NOT_IN_A_NAME_PHRASE = frozenset(
    {"that", "to", "and", "or", "but", "as", "in", "on", "at", "for", "with", "if", "when"}
)


def _appositive_name_end(tokens: list[_Token], end: int) -> int:
    """'said the head of the army, General Sam Okoro, adding ...': a description
    and the name set beside it between commas are one speaker."""
    if not tokens or tokens[0].lower not in ("the", "a", "an") or end >= len(tokens):
        return end
    if tokens[end].text != ",":
        return end
    j = end + 1
    while j < len(tokens) and _is_capitalised(tokens[j]):
        j += 1
    if j - (end + 1) < 2 or (j < len(tokens) and tokens[j].text not in (",", ".", ";")):
        return end
    return j


def _before_hearing_outlet(unit: _Unit, tokens: list[_Token], end: int) -> int:
    """Where a speaker phrase ends before the outlet it spoke to ("said her
    publicist to the Guardian"); an outlet heard is no affiliation."""
    for k in range(1, end - 1):
        if tokens[k].lower == "to":
            heard = unit.text[tokens[k + 1].start : tokens[end - 1].end]
            if entities.guess_kind(heard) == entities.MEDIA:
                return k
            return end
    return end


# A relative clause set off by commas, inside a subject: ", which was not used
# for hunting,".
_COMMA_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,]*,")


def _verb_of_earlier_content(unit: _Unit, earlier: list[_Attribution], cue_start: int) -> bool:
    """Whether a cue is the main verb of what an earlier attribution of the unit
    reports: it stands inside that content, a that-clause, and the words of it before
    it, less a relative clause set off by commas, hold no verb of their own
    (its subject: "They note that spending so much effort on a tool, which was
    not used for hunting, suggests ..."). Not a verb joined to the earlier
    cue's ("He suggested X was behind it, called her ...")."""
    for attribution in earlier:
        start, end = attribution.content
        if attribution.cue is None or not start < cue_start < end:
            continue
        if not re.search(r"\bthat\s*$", unit.text[attribution.cue[1] : start]):
            continue  # an object ("slams Trump, praises Clinton"), not a clause
        subject = _COMMA_RELATIVE.sub(" ", unit.text[start:cue_start])
        tokens = _tokens(subject, 0, len(subject))
        if tokens and not any(
            t.lower in P.FINITE_WORDS or _past_verb(t.lower) or _is_third_person_verb(t)
            for t in tokens
        ):
            return True
    return False


def _main_subject(unit: _Unit, earlier: list[_Attribution]) -> tuple[Span, str | None, int] | None:
    """Speaker of a participle or coordinated cue: the clause's own subject."""
    if earlier and earlier[-1].speaker is not None:
        previous = earlier[-1]
        assert previous.speaker is not None
        return previous.speaker, previous.resolve_text, previous.speaker[0]
    # Step over a wire dateline ("ABUJA, Nigeria — The group's leader ...").
    dateline = _DATELINE_RE.match(unit.text, unit.start, unit.end)
    start = dateline.end() if dateline is not None else unit.start
    tokens = unit.tokens(start, min(unit.end, start + _WINDOW))
    first = 0
    # Step over a leading adverbial ("Regarding the summit, ...").
    if tokens and (tokens[0].lower in P.CAPITAL_STOPWORDS or tokens[0].text in P.QUOTE_CHARS):
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is None:
            return None
        first = comma + 1
    end = _np_forward(tokens, first)
    end = _described_head_end(tokens, first, end)
    if end <= first or not _valid_speaker(tokens[first:end]):
        return None
    if end < len(tokens) and not tokens[end].text[:1].islower():
        return None
    return (tokens[first].start, tokens[end - 1].end), None, tokens[first].start


def _verb_like(token: _Token) -> bool:
    return _reads_as_verb(token) or _is_s_form(token.text) or token.lower in P.ALL_CUES


def _described_head_end(tokens: list[_Token], first: int, end: int) -> int:
    """One past a phrase's head when a determiner and one word were taken for
    the whole phrase ("the masked" of "the masked executioner addresses"): the
    plain lowercase words after it up to the clause's verb are its head."""
    if end - first != 2 or tokens[first].lower not in P.DETERMINERS:
        return end
    k = end
    while (
        k < len(tokens)
        and k - end < 2
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and tokens[k].lower not in _NOT_HEADS
        and not _verb_like(tokens[k])
    ):
        k += 1
    return k if end < k < len(tokens) and _verb_like(tokens[k]) else end


_TO_BE_OR_HAVE = re.compile(r"\s*(to\s+(?:be|have)\b)")


def _coordinated_verb_at(unit: _Unit, start: int) -> int | None:
    """Where an "and" (a comma before it or not) joins a verb of the subject's
    own after `start` ("claims to be X, and unleashes ..."): the content ends
    there; None when none does."""
    tokens = unit.tokens(start, unit.end)
    for k in range(3, len(tokens) - 1):
        token = tokens[k]
        if unit.in_quote(token.start):
            continue
        if token.lower in _CLAUSE_OPENERS_IN_CLAIM:
            return None  # "a deal with X who was kidnapped": a clause of its own
        before = tokens[k - 1]
        if token.lower != "and":
            continue
        verb = tokens[k + 1]
        if _is_s_form(verb.text) or (_is_past_tense(verb) and verb.text.isalpha()):
            cut = before if before.text == "," else token
            return cut.start
    return None


_OBJECT_RELATIVES = _words("what who whom which")
_CLAUSE_OPENERS_IN_CLAIM = _words("who which that whose where when because after before while")


def _forward_content(
    unit: _Unit, cue_end: int, content_start: int, kind: str, lemma: str
) -> tuple[Span, str, bool] | None:
    """Content after the cue: (span, text, introduced by that/colon/quote)."""
    text = unit.text
    if kind == "accusation":
        tail = P.ACCUSATION_TAIL.match(text, content_start, unit.end)
        content = _trim(text, content_start, tail.end() if tail else unit.end)
        return (content, text[content[0] : content[1]], True) if content else None
    if kind == "object":
        content = _trim(text, content_start, unit.end)
        if content is None or _person_rejected(text[content[0] : content[1]], lemma):
            return None
        if _pronoun_that(unit, content[0]):
            # "flatly denied that in a statement to the paper": the thing denied
            # is "that", and the statement is where it was denied
            pronoun = (content[0], content[0] + len(text[content[0] :].split()[0]))
            return pronoun, text[pronoun[0] : pronoun[1]], True
        judged = _JUDGED_FIRST.match(text, content[0], unit.end)
        that = (
            judged.end()
            if judged is not None
            else _that_clause(unit, content[0], lemma, words=12, relative_past=True)
        )
        if that is not None:
            content = _trim(text, that, unit.end) or content
            verdict = _VERDICT_TAIL.search(text, content[0], content[1])
            if verdict is not None and lemma in _JUDGING_LEMMAS | _CALLING:
                # "described the report that X as rubbish", "called reports that
                # X 'complete nonsense'": the verdict is the cue's, not X's
                content = _trim(text, content[0], verdict.start()) or content
        elif _NO_OBJECT_AFTER.match(text, content[0], unit.end):
            # "a fact the lady denied before being caught on video": what she
            # denied is the noun before her; a clause of time is no object
            return None
        return content, text[content[0] : content[1]], True
    position = _skip_adverbials(text, cue_end, unit.end)
    if lemma in P.TRAILING_ONLY:
        return None
    if lemma in P.TELL_LEMMAS:
        if _told_thing_described(unit, position):
            return None  # "told a story that will be familiar to ...": no reported clause
        position = _skip_hearer(unit, position)
    question = (P.QUESTION_OPENER if lemma == "ask" else P.WH_OPENER).match(
        text, position, unit.end
    )
    if question is not None:
        # "asked whether ...", "noted how happy she was": the question word
        # stays, so the content reads as a question, not an assertion
        content = _trim(text, question.end() - len(question.group().lstrip()), unit.end)
        return (content, text[content[0] : content[1]], True) if content else None
    that = _that_clause(unit, position, lemma)
    if that is None and position != cue_end:
        that = _that_clause(unit, cue_end, lemma)
    if that is not None:
        aside = _writers_aside(text, that, unit.end)
        content = _trim(text, that, aside.start() if aside else unit.end)
        return (content, text[content[0] : content[1]], True) if content else None
    claimed = _TO_BE_OR_HAVE.match(text, position, unit.end) if lemma == "claim" else None
    if claimed is not None:
        # "claims to be an “American ... newspaper”", "claims to have seen the
        # wolf": what the speaker claims of itself, up to a verb the subject
        # goes on to ("..., and unleashes attacks"), its infinitive kept as a
        # headline's is ("Rebel group claims to have downed army helicopter")
        start = claimed.start(1)
        content = _trim(text, start, _coordinated_verb_at(unit, start) or unit.end)
        return (content, text[content[0] : content[1]], False) if content else None
    about = _OF_PHRASE.match(text, position, unit.end)
    if about is not None:
        position = about.end()  # "said of Mr. Rubio: ''He is American''"
    rest = text[position : unit.end].lstrip()
    offset = unit.end - len(rest)
    if rest[:1] in (":", *P.OPEN_QUOTES) or rest.startswith("''"):
        content = _trim(text, offset + 1 if rest[0] == ":" else offset, unit.end)
        return (content, text[content[0] : content[1]], True) if content else None
    if _COMMA_BEFORE_QUOTE.match(text, position, unit.end):
        # 'Rubio says, “Tonight was ...”'; a trailing attribution's own quote wins
        content = _trim(text, offset + 1, unit.end)
        return (content, text[content[0] : content[1]], False) if content else None
    if lemma in P.COMMITMENT_LEMMAS and _TO_VERB.match(text, offset, unit.end):
        # "promised to take bold action": the commitment is the content
        content = _trim(text, offset, unit.end)
        return (content, text[content[0] : content[1]], False) if content else None
    if lemma in P.SUBJECT_CLAUSE_LEMMAS and _opens_with_subject(unit, offset):
        pass  # "said Obama’s words “amount to ...”": whatever clause follows is reported
    elif lemma in P.OBJECT_FALLBACK and rest[:1].isalnum():
        # "He also mentioned the violence in his hometown": the object is what was said
        if lemma == "tweet" and _POSTED_THING.match(rest):
            return None  # "tweeted a picture of himself", "tweeted it soon after": a thing posted
        answer = _ANSWERED_AFTER_OBJECT.search(text, offset, unit.end)
        # "reported the same thing in March and Amazon denied it": the object
        # ends where another speaker's answer to it begins.
        content = _trim(text, offset, answer.start() if answer else unit.end)
        return (content, text[content[0] : content[1]], False) if content else None
    elif lemma in P.CLAUSE_ONLY:
        if lemma not in P.THAT_OPTIONAL or not _finite_clause_follows(unit, offset):
            return None
    elif not _looks_like_clause(unit, offset):
        return None
    aside = _writers_aside(text, offset, unit.end)
    content = _trim(text, offset, aside.start() if aside else unit.end)
    return (content, text[content[0] : content[1]], False) if content else None


# The cues whose object `_person_rejected` reads: a denial's.
_DENIAL_LEMMAS = frozenset({"deny", "reject", "refute", "rebut", "dismiss", "debunk"})


# A person as the whole object of a denial, with at most a phrase of place
# after the name: "It rejects, however, Johan Vesterberg on estate agency".
_PERSON_OBJECT = re.compile(
    r"(?:(?:however|though|instead|also|too),?\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})"
    r"(?:\s+(?:on|at|of|from|in|with)\s+[^,;:\"\u201c\u201d]*)?"
)


def _person_rejected(content: str, lemma: str) -> bool:
    """A denial whose object is a person named by first name and surname:
    what is rejected is the person, and no proposition of anyone's is denied."""
    if lemma not in _DENIAL_LEMMAS:
        return False
    person = _PERSON_OBJECT.fullmatch(content)
    if person is None:
        return False
    named = entities.name_in(person.group("name"))
    return (
        named is not None and named.kind == entities.PERSON and named.name == person.group("name")
    )


# Another speaker's answer joined on after an object: "(reported the sale in
# March) and the club firmly denied it", "(, but) Amazon rejected the story".
_ANSWERED_AFTER_OBJECT = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
    r"(?:[A-Z][\w'\u2019.-]*|[a-z]+)(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+(?:\w+ly\s+)?"
    r"(?:denied|rejected|refuted|debunked|rebutted|dismissed|disputed|questioned|doubted|confirmed|said|insisted)\b"
)


# An object that names a thing posted or shown, not anything said: a pronoun
# for something just mentioned, or a picture, a video, a link.
_POSTED_THING = re.compile(
    r"(?:(?:it|this|them|these|those)\b(?!\s+(?:is|was|has|had|will|would)\b)|"
    r"(?:an?|the|his|her|their|its|one|two|several|some|this|these|another)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:photo|photos|photograph|photographs|picture|pictures|image|images|video|videos|clip|"
    r"clips|link|links|selfie|selfies|screenshot|screenshots|map|maps|chart|graphic|gif|"
    r"meme|emoji)\b)",
    re.IGNORECASE,
)


# The writer's own doubt tacked onto a reported clause ("told his counterpart
# that the helicopters would come sooner, although it is not clear they will be
# used"): in the present tense, after a past report, it is not the speaker's.
# So is a judgement joined on with "and"/"but" and voiced as "it seems" ("claims
# production starts in January - and with a month of production, it seems
# doubtful that ..."), and a finding set against the report after it was made
# ("said Hussein was developing weapons but no evidence was ever found").
_WRITERS_ASIDE = re.compile(
    r",\s+(?:although|though|but|while)\s+it\s+(?:is|remains)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:clear|known|certain)|unclear|unknown|uncertain)\b"
    r"|(?:,|\s+[\u2013\u2014-]+)\s+(?:and|but|yet|although|though)\b[^.;:\"\u201c\u201d]{0,90}?"
    r"\bit\s+(?:seems|appears|looks)\s+(?:doubtful|unlikely|likely|clear|certain|odd|strange)\b"
    r"|,?\s+but\s+no\s+(?:evidence|proof|trace)\b[^.;]{0,60}?\b(?:was|were|has|had)\s+"
    r"(?:ever\s+|since\s+|yet\s+|been\s+)*(?:found|produced|discovered|uncovered)\b"
    # "reported that X, but this turned out to be false": the writer's verdict,
    # told after the fact, on what was reported
    r"|(?:,|\s+[\u2013\u2014-]+)?\s+(?:but|though|although)\s+"
    r"(?:this|that|it|the\s+(?:report|claim|story|rumou?r))"
    r"\s+(?:later\s+|soon\s+|quickly\s+|(?:has\s+)?since\s+)?"
    r"(?:turned\s+out|proved|(?:was|has\s+been)\s+(?:later\s+)?(?:found|shown|proven))\s+"
    r"(?:to\s+(?:be|have\s+been)\s+|not\s+to\s+be\s+)?"
    r"(?:false|untrue|wrong|incorrect|inaccurate|baseless|unfounded|bogus|fake|a\s+hoax"
    r"|true|the\s+case)\b"
    # "said the site will charge users – another hoax story that comes around
    # every now and again –": the writer's aside placing what was said in a
    # run of hoaxes
    r"|\s+[\u2013\u2014-]+\s+(?:yet\s+|just\s+)?another\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:hoax|myth|lie|fabrication|rumou?r|prank)(?:es|s)?\b[^\u2013\u2014]*[\u2013\u2014]",
    re.IGNORECASE,
)
# Every aside `_WRITERS_ASIDE` finds holds one of these words, in any case.
_WRITERS_ASIDE_NEEDS = (
    *("clear", "known", "certain", "seem", "appear", "look", "evidence", "proof", "trace"),
    *("turned", "prove", "found", "shown", "another"),
)


def _writers_aside(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_WRITERS_ASIDE` searched between `start` and `end`, where its words are
    written: lowered, each letter a case-blind match takes for an ASCII one
    written as that letter, a text that holds none of them holds no aside."""
    if not may_hold(text[start:end], _WRITERS_ASIDE_NEEDS):
        return None
    return _WRITERS_ASIDE.search(text, start, end)


def _as_clause_content(unit: _Unit, head: int, cue_end: int) -> tuple[Span, str, bool] | None:
    """'As The Huffington Post reported, Clinton is ...': the main clause after the comma."""
    text = unit.text
    if not _AS_BEFORE.search(text, max(unit.start, head - 4), head):
        return None
    position = _skip_adverbials(text, cue_end, unit.end)
    comma = text.find(",", position, min(unit.end, position + 3))
    if comma < 0:
        return None
    content = _trim(text, comma + 1, unit.end)
    return (content, text[content[0] : content[1]], True) if content else None


def _skip_adverbials(text: str, start: int, end: int) -> int:
    position = start
    while True:
        match = P.AFTER_CUE_RE.match(text, position, end)
        if match is None or match.end() == position:
            return position
        position = match.end()


# What is told, never who hears it ("told a story", "told the truth", "told a joke").
_TOLD_THINGS = _words(
    "story stories tale tales joke jokes lie lies truth anecdote anecdotes fib fibs secret secrets"
)


_TOLD_THING_THAT = re.compile(r"[\w'\u2019-]+\s+that\s+([\w'\u2019]+)")


def _told_thing_described(unit: _Unit, position: int) -> bool:
    """Whether the object of 'told' is the thing told with a relative clause on
    it ("told a story that will be familiar", "told a joke that fell flat"):
    a 'that' with no subject of its own describes the story, and nothing is
    reported as what was said."""
    tokens = unit.tokens(position, min(unit.end, position + 60))
    k = 0
    while k < len(tokens) and k < 4 and tokens[k].lower not in _TOLD_THINGS:
        if not (
            tokens[k].lower in P.DETERMINERS
            or _is_possessive(tokens[k])
            or tokens[k].text.isalpha()
        ):
            return False
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _TOLD_THINGS:
        return False
    after = _TOLD_THING_THAT.match(unit.text, tokens[k].start, unit.end)
    return after is not None and (
        after.group(1).lower() in P.FINITE_WORDS | P.IRREGULAR_PAST or _past_verb(after.group(1))
    )


def _skip_hearer(unit: _Unit, position: int) -> int:
    """Step over the hearer of 'told reporters', 'told Biden', 'instructed an event'."""
    tokens = unit.tokens(position, min(unit.end, position + _WINDOW))
    end = 0
    while end < len(tokens) and end < 6 and tokens[end].lower not in P.PREPOSITIONS:
        token = tokens[end]
        if end == 0 and token.lower in P.OBJECT_PRONOUNS:
            end = 1  # "asked them", "told him"
            break
        if (
            end > 0
            and token.lower in P.DETERMINERS
            and not (tokens[end - 1].lower in P.DETERMINERS or _is_possessive(tokens[end - 1]))
        ):
            break  # "told reporters the man had confessed": a new noun phrase opens the clause
        if not (
            _np_word(token)
            or (token.text.isalpha() and end > 0 and tokens[end - 1].lower in P.DETERMINERS)
        ):
            break
        end += 1
    # "told her she was ...", "told her the deal ...": "her" before a clause's
    # subject is the hearer; "told her story" is her story, told
    her_heard = (
        end == 1
        and len(tokens) > 1
        and (tokens[1].lower in P.SUBJECT_PRONOUNS | P.DETERMINERS or tokens[1].lower == "it")
    )
    if end == 0 or (tokens[end - 1].lower in P.DETERMINERS and not her_heard):
        return position
    after = _skip_adverbials(unit.text, tokens[end - 1].end, unit.end)
    # "told his supporters, “our nation is in trouble”": the comma opens the quote
    comma = _COMMA_BEFORE_QUOTE.match(unit.text, after, unit.end)
    return comma.end() - 1 if comma else after


# A negation or refusal between a cue and its "that": the words between say
# something of their own ("said it could not confirm that", "declined to say that").
_NEGATED_BETWEEN = re.compile(
    r"(?i)\b(?:not|never|no|cannot|unable|declin\w*|refus\w*)\b|n['\u2019]t\b"
)


_PARTICIPLE_CUE_BETWEEN = re.compile(
    r",\s*(?:(?:also|then|later)\s+)?(?:"
    + "|".join(
        sorted(
            (re.escape(f) for f in P.SAY_VERBS if f.split()[0].endswith("ing")),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


def _past_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb's past form ("involved",
    "happened"), not a word that only ends like one ("hundred", "sacred")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 6
        and word.endswith("ed")
        and word not in _ED_NON_VERBS
    )


# Words ending in "-ed" that are no verb's past form.
_ED_NON_VERBS = frozenset(
    {"hundred", "hundreds", "sacred", "wicked", "naked", "beloved", "kindred", "rugged", "crooked"}
)


_CLAUSE_END_MARKS = frozenset({".", ";", ":", "!", "?"})
# A clause of time or manner with no subject, right where an object would be:
# "denied before being caught", "rejected after hearing it", "dismissed while
# speaking to reporters". The verb has no object here.
_NO_OBJECT_AFTER = re.compile(r"(?:before|after|while|when|until|upon|since)\s+[a-z]+ing\b")
_OBJECT_PRONOUNS_DENIED = frozenset({"that", "it", "this"})


def _pronoun_that(unit: _Unit, start: int) -> bool:
    """Whether the "that" at `start` is a pronoun object, not the opening of a
    clause: a prepositional phrase follows it and no verb comes before the
    clause ends ("denied that in a statement to the paper", "rejected that on
    Monday"); "denied that in May the army shelled the town" has its verb."""
    tokens = unit.tokens(start, min(unit.end, start + 200))
    if len(tokens) < 3 or tokens[0].lower not in _OBJECT_PRONOUNS_DENIED:
        return False
    if not (
        tokens[1].lower in P.PREPOSITIONS
        or (tokens[0].lower != "that" and tokens[1].lower.endswith("ing"))
    ):
        return False
    for token in tokens[2:]:
        if token.text in _CLAUSE_END_MARKS:
            return True
        if tokens[0].lower != "that" and (token.text == "," or token.text in _DASHES):
            return True  # "denied it using a video message, ...": "it" is no clause's subject
        if _reads_as_verb(token) or token.lower in P.SUBJECT_PRONOUNS:
            return False
    return len(tokens) < 40 and tokens[-1].end >= unit.end - 2


# Prepositions that govern a noun phrase: a 'that' right after one is its
# determiner ("out of that game", "for that reason"), never a clause's opening.
_GOVERNING_A_NOUN = _words(
    "of for in on at with from by about into onto over under to against during through"
    " toward towards without within like"
)


def _noun_after(text: str, position: int) -> bool:
    """Whether a word that may be a noun's or its describer's follows `position`:
    not the end, a mark, a verb or a word that joins clauses ("to that and went")."""
    after = re.match(r"\s+([\w'\u2019-]+)", text[position : position + 40])
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in P.FINITE_WORDS and word not in _CLAUSE_OPENING_WORDS | {"then", "too"}


def _that_clause(
    unit: _Unit, position: int, lemma: str, words: int = 8, *, relative_past: bool = False
) -> int | None:
    """Start of the content after a nearby 'that'.

    With `relative_past` (a cue whose object is what it takes, "dismissed 849
    cases that involved arrests"), a 'that' followed by a verb's past form
    opens a relative clause of the object, not what was said.

    At most `words` words may sit between cue and 'that' ("told reporters on
    Friday that"); a prepositional stretch ("confirmed at a summit meeting
    during their visit to Peru ... that") may be twice as long.
    """
    window_end = min(unit.end, position + 160)
    # "concluded in that case that X", "out of that game": a 'that' right after a
    # preposition is the determiner of the noun it governs; the clause opens at
    # a later one, if any.
    match = next(
        (
            found
            for found in P.THAT_RE.finditer(unit.text, position, window_end)
            if not (
                unit.text[position : found.start()].split()[-1:]
                and unit.text[position : found.start()].split()[-1].lower() in _GOVERNING_A_NOUN
                and _noun_after(unit.text, found.end())
            )
        ),
        None,
    )
    if match is None:
        return None
    between = unit.text[position : match.start()]
    # The comma that opens an aside ("reported, in a joking fashion, that") is no word.
    spoken = between.lstrip(", \t\n").split()
    limit = words * 2 if spoken[:1] and spoken[0].lower() in P.PREPOSITIONS else words
    if len(spoken) > limit or any(c in between for c in ':;"“”?!'):
        return None
    if re.search(r"\.\s", between):
        return None
    if _NEGATED_BETWEEN.search(between):
        return None  # "said it could not confirm that X": the refusal is the content
    if between.strip():
        following = unit.text[match.end() : match.end() + 30].split()[:1]
        last = between.split()[-1]
        if following and (
            following[0].lower() in P.FINITE_WORDS
            or (
                relative_past
                and _past_verb(following[0])
                and not last.endswith("ing")
                and last not in P.CUE_FORMS
            )
        ):
            # "maintains the bridges that were built", "dismissed 849 cases that
            # involved arrests": a 'that' with no subject after it is a relative
            # pronoun, not the start of a reported clause
            return None
    if _PARTICIPLE_CUE_BETWEEN.search(between):
        return None  # "said, adding that X": the 'that' is the participle's own
    if between.strip() and lemma not in P.TELL_LEMMAS and "," in between.strip(", "):
        return None
    if any(word.lower() in P.FINITE_WORDS for word in between.split()[1:]) and _looks_like_clause(
        unit, position
    ):
        # "said the film will show scenes that take place ...": a clause with its
        # own verb comes first, so the 'that' opens a relative clause inside it
        return None
    return match.end()


def _finite_clause_follows(unit: _Unit, start: int) -> bool:
    """Whether a subject and its finite verb follow, with no 'that' before them
    ("believe Bary is the man", "maintains there is no evidence", "estimate up
    to 20 Britons a month are travelling"): the clause a verb of belief or
    assertion takes once 'that' is left out, not its object ("believe him",
    "revealed the plan", "estimate the cost at $5m")."""
    tokens = unit.tokens(start, min(unit.end, start + 140))[:14]
    if len(tokens) < 2:
        return False
    first = tokens[0]
    if first.lower == "there":
        return tokens[1].lower in P.FINITE_WORDS  # "there is no evidence"
    opens = _opens_with_subject(unit, start) or (
        first.lower == "up" and tokens[1].lower == "to"  # "up to 20 Britons"
    )
    if not opens or first.lower in P.FINITE_WORDS or first.lower in P.CLAUSE_OPENERS:
        return False
    for token in tokens[1:12]:
        if token.text in _CLAUSE_STOPS or token.lower in P.CLAUSE_OPENERS:
            return False  # an aside or a relative clause: the verb may be theirs
        if token.text.islower() and token.lower in P.FINITE_WORDS:
            return True  # a verb, not "May" the month
    return False


_CLAUSE_STOPS = frozenset(',.;:!?"“”()')


def _looks_like_clause(unit: _Unit, start: int) -> bool:
    """Whether a reported clause without 'that' starts here ("said he would", "says Obama is")."""
    tokens = unit.tokens(start, min(unit.end, start + 140))[:16]
    if len(tokens) < 3 or tokens[0].lower in P.NP_CONNECTORS or tokens[0].text in ",.;":
        return False
    if tokens[0].lower in ("to", "by", "with", "about", "as", "up", "out", "so", "yes", "no"):
        return False
    if tokens[0].lower in P.FINITE_WORDS:
        return True  # a relative clause: "companies that the U.S. said have been aiding"
    if tokens[0].lower in P.SUBJECT_PRONOUNS and (
        tokens[1].text.isalpha() or tokens[1].text == ","
    ):
        return True  # "said they want", "says she plans", "said they, too, have"
    if tokens[0].lower == "it" and _is_third_person_verb(tokens[1]):
        return True  # "said it believes", "said it expects": a verb agrees with "it"
    for i, token in enumerate(tokens[1:], 1):
        if token.text == "," and (
            all(_is_capitalised(t) for t in tokens[:i])
            or (i <= 4 and tokens[0].lower in ("the", "a", "an", "this", "his", "her", "their"))
        ):
            # "said Kask, who is rich, graduated", "said the attack, in the
            # village, left": a subject, an aside, then the subject's verb
            return _verb_after_apposition(unit, token.end)
        if token.text in ",;":
            return False
        if token.lower in P.FINITE_WORDS or token.lower in P.VERB_SIGNS:
            return True
        if _is_past_tense(token):
            return True
        if token.text in _MORE_IRREGULAR_PAST and tokens[0].lower not in P.SUBORDINATORS:
            return True
    return False


# Past forms that, after a reporting verb, show a clause follows ("said local
# hunters fought"); read only there, where a verb is looked for.
_MORE_IRREGULAR_PAST = _words(
    """
    fought struck flew fled stole hid sank caught built drew ate heard hung lent rang
    rode sang slept stuck swam swept taught tore understood withdrew sought dealt fed bled
    forgot froze overtook undertook
    """
)


def _is_third_person_verb(token: _Token) -> bool:
    """A lowercase word that reads as a verb agreeing with 'it' ("believes", "expects")."""
    return _is_s_form(token.text) and token.text not in _S_ADVERBS


def _is_s_form(word: str) -> bool:
    """A lowercase word ending in a plural's or a third person's -s ("voters", "expects")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "ous", "is"))
        and word not in P.ADVERB_SKIP
        and word not in P.PREPOSITIONS
    )


_S_ADVERBS = _words("towards afterwards backwards forwards besides perhaps thus whereas nowadays")


def _verb_after_apposition(unit: _Unit, start: int) -> bool:
    """'said Emwazi, a Kuwaiti-born Briton, was known ...': a name, an aside
    closed by a comma, then the name's finite verb."""
    tokens = unit.tokens(start, min(unit.end, start + 140))[:20]
    for i, token in enumerate(tokens):
        if token.text in '.;:!?"“”()':
            return False
        if token.text == "," and i >= 2 and i + 1 < len(tokens):
            verb = tokens[i + 1]
            return (
                verb.lower in P.FINITE_WORDS
                or (_is_past_tense(verb) and verb.lower not in P.ALL_CUES)
                or verb.text in _MORE_IRREGULAR_PAST
            ) and verb.lower not in P.CLAUSE_OPENERS
    return False


def _opens_with_subject(unit: _Unit, start: int) -> bool:
    """Whether a name, pronoun or determiner opens a stretch of at least four words."""
    tokens = unit.tokens(start, min(unit.end, start + 80))[:6]
    if len(tokens) < 4 or any(token.text in ",.;:!?" for token in tokens[:4]):
        return False
    first = tokens[0]
    return (
        (_is_capitalised(first) and first.lower not in P.WEEKDAYS and first.lower not in P.MONTHS)
        or first.lower in P.SUBJECT_PRONOUNS
        or (first.lower in P.DETERMINERS and first.lower not in ("no", "more", "any"))
        or first.text[:1].isdigit()  # "34,570 citizens voted"
        or first.lower in P.NUMBER_WORDS
        or (first.lower in P.APPROXIMATORS and _is_count(tokens[:2]))  # "about half of"
        or _is_plural_noun(first)  # "news outlets undercount"
        # "local hunters fought": a modifier, a plural and its verb
        or (
            first.text.isalpha()
            and first.text.islower()
            and first.lower not in P.PREPOSITIONS
            and first.lower not in P.NP_CONNECTORS
            and _is_plural_noun(tokens[1])
            and (
                _is_past_tense(tokens[2])
                or tokens[2].text in _MORE_IRREGULAR_PAST
                or tokens[2].lower in P.FINITE_WORDS
            )
        )
    )


def _is_plural_noun(token: _Token) -> bool:
    """A lowercase plural that may open a reported clause ("voters want", "prices rose"),
    the -men plural of a -man noun among them ("fishermen", "gunmen", "women")."""
    word = token.text
    if _is_men_plural(word):
        return True
    return _is_s_form(word) and word not in P.FINITE_WORDS


# Singular nouns that only look like a -man noun's plural.
_NOT_MEN_PLURALS = frozenset(
    {"abdomen", "acumen", "amen", "hymen", "omen", "regimen", "semen", "specimen", "stamen"}
)


def _is_men_plural(word: str) -> bool:
    """Whether a lowercase word is the plural of a -man noun ("fishermen", "women")."""
    return (
        word.isalpha() and word.islower() and word.endswith("men") and word not in _NOT_MEN_PLURALS
    )


def _is_past_tense(token: _Token) -> bool:
    word = token.text
    if not word.islower():
        return False
    if word in P.IRREGULAR_PAST:
        return True
    return len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")


def _trailing_content(unit: _Unit, head: int, cue_end: int, speaker: Span) -> Span | None:
    """Content of a trailing attribution: everything before the speaker (or inverted cue).

    After a closing quotation mark anything may follow ('"...," Clinton said
    answering a question'); after a plain comma only an adverbial phrase.
    """
    text = unit.text
    before = text[unit.start : head].rstrip()
    boundary = _boundary(before)
    if boundary not in (",", *P.CLOSE_QUOTES, "—", ":"):
        return None
    if boundary in P.CLOSE_QUOTES:
        return _trim(text, unit.start, unit.start + len(before))
    after = _skip_adverbials(text, max(cue_end, speaker[1]), unit.end)
    position = _skip_hearer(unit, after)
    rest = text[position : unit.end].strip()
    if (
        rest
        and rest[0] not in ",.;—(!?"
        and not _is_adverbial_tail(unit, position)
        # only after a speaker set after its cue: "Two men admitted killing ..." reports
        and not (speaker[0] >= cue_end and _is_participle_tail(unit, position))
    ):
        return None
    content = _trim(text, unit.start, unit.start + len(before))
    if content is not None and boundary == ",":
        content = _before_apposition_after_quote(unit, content)
    # "Following the incident, Virgin pledged to ...", "In June, MailOnline
    # revealed ...": when, after what, how, no verb of its own; what was said
    # comes after the cue
    adverbial = content is not None and _is_opening_adverbial(unit, content)
    if (
        rest.startswith(",")
        and (
            len(before.split()) < 4
            or _PURPOSE_OPENING.match(before.strip().rstrip(","))
            or adverbial
        )
        and len(rest.split()) > 4
    ):
        # "For decades, Mr. de Vos noted, the United States has deployed observers":
        # the clause goes on after the attribution; so it does after an infinitive
        # of purpose ("To round off the tale, the authors write, '...'"), the
        # writer's account of why, never what was said
        return _trim(text, unit.end - len(rest) + 1, unit.end)
    return content


# A closed quotation and the words after it, up to the content's end.
_QUOTE_THEN_WORDS = re.compile(r"[,.!?][\"\u201d][ \t]+(?P<words>[^\"\u201c\u201d,;:]{2,80})$")


def _before_apposition_after_quote(unit: _Unit, content: Span) -> Span:
    """A trailing content that ends in a closed quotation and a few words set
    off by the comma before the speaker ends at the quotation: the words are
    the speaker named or described again ('"...," Christy Feig, WHO's director
    of communications told Mashable', '"...," Nikolai's classmate, Vika
    Balandina said'), not what was said."""
    found = _QUOTE_THEN_WORDS.search(unit.text, content[0], content[1])
    if found is None:
        return content
    tokens = unit.tokens(found.start("words"), content[1])
    if (
        not tokens
        or len(tokens) > _INTERRUPTED_SUBJECT_WORDS
        # a name or a title, not a phrase of place ("..., Syria," near the border)
        # nor a noun the quotation's words go on to describe ("the 1970s," the dawn of ...)
        or not tokens[0].text[:1].isupper()
        or any(
            t.lower in P.FINITE_WORDS
            or t.lower in P.PRONOUNS
            or t.lower in _NOT_IN_A_NAME_PHRASE
            or _is_past_tense(t)
            or _is_third_person_verb(t)
            for t in tokens
        )
    ):
        return content
    return _trim(unit.text, content[0], found.start() + 2) or content


def _is_opening_adverbial(unit: _Unit, content: Span) -> bool:
    """Whether the words before a speaker are a phrase of time or circumstance
    opening the sentence, with no verb of its own ("After an exchange of fire")."""
    opening = _OPENING_ADVERBIAL.match(unit.text, content[0])
    if opening is None:
        return False
    # After a participle, a word in -s is its object's plural ("Speaking to
    # reporters"), not a verb.
    participle = opening.group("participle") is not None
    return not any(
        t.lower in P.FINITE_WORDS
        or _is_past_tense(t)
        or (not participle and _is_third_person_verb(t))
        for t in unit.tokens(content[0], content[1])[1:]
    )


def _object_after_when(unit: _Unit, cue_end: int, lemma: str) -> tuple[Span, str, bool] | None:
    """The cue's object, what was said after a phrase of when ("Last summer,
    Shekau declared a caliphate"), for the cues whose object may be it."""
    if lemma not in _OBJECT_AFTER_WHEN:
        return None
    thing = _OBJECT_AFTER_CUE.match(unit.text, cue_end, unit.end)
    found = _trim(unit.text, thing.end(), unit.end) if thing is not None else None
    return (found, unit.text[found[0] : found[1]], False) if found is not None else None


# Cues whose object, after a phrase of when, is what was said ("Last summer,
# Shekau declared a caliphate").
_OBJECT_AFTER_WHEN = P.OBJECT_FALLBACK | {"declare"}
# The start of an object after a cue: a preposition it takes, or a determiner or a word.
_OBJECT_AFTER_CUE = re.compile(
    r"\s+(?:(?:on|about|upon|of)\s+)?(?=(?:the|a|an|his|her|its|their)\b|\w)"
)
# A phrase of time or circumstance that opens a sentence before its subject;
# or a participle's clause, the participle taking its object or preposition
# ("Speaking to reporters on Monday, the mayor said, ...").
_OPENING_ADVERBIAL = re.compile(
    r"(?:In|On|At|After|Before|During|Following|Since|Until|By|For|With|Without|"
    r"Last|This|Earlier|Later|Then|Now|Today|Yesterday|Separately|Meanwhile|However|"
    r"But|And|Also|First|Finally|Notably|Instead)\b|(?P<participle>[A-Z][a-z]{2,}ing(?=\s+[a-z]))"
)


# An infinitive clause of purpose opening a sentence, with no finite verb of its own.
_PURPOSE_OPENING = re.compile(
    r"(?:To|In\s+order\s+to)\s+[a-z]+\b(?![^,]*\b(?:is|are|was|were)\b)[^,]*$"
)


def _boundary(before: str) -> str:
    """The mark that ends the text before a speaker: a quote mark, comma, dash or colon."""
    if before.endswith("''") or before.endswith(",'"):
        return '"'  # the doubled apostrophes some papers use for quotation marks
    return before[-1:] if before else ""


def _is_participle_tail(unit: _Unit, position: int) -> bool:
    """', says a report highlighting the rise of casual labour.': a participle's
    phrase describing the speaker, with no clause of its own, to the end."""
    tokens = unit.tokens(position, min(unit.end, position + 160))
    if not tokens or not (tokens[0].text.islower() and tokens[0].text.endswith("ing")):
        return False
    # (quotation marks may set off words it quotes: 'highlighting the "alarming rise"')
    return not any(token.lower in P.FINITE_WORDS or token.text == "," for token in tokens)


def _is_adverbial_tail(unit: _Unit, position: int) -> bool:
    """'...," Ryan told the delegates before the vote.': a phrase, not a new clause."""
    tokens = unit.tokens(position, min(unit.end, position + 160))
    if not tokens or (tokens[0].lower not in P.PREPOSITIONS and tokens[0].lower != "according"):
        return False
    for token in tokens:
        if token.text in P.QUOTE_CHARS or token.lower in P.FINITE_WORDS:
            return False
        if token.text in ",;.":
            return True
    return len(tokens) <= 14


# A wire story's dateline before its first sentence ("BEIRUT, Oct 17 (Reuters) - ",
# "CHILPANCINGO, Mexico (AP) — ", "(CNN) -- "): where and by whom it was filed,
# not what anyone said.
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'/-]{2,}(?:[ \t]+[A-Z][A-Z.'/-]+)*"
    r"(?:,[ \t]*[A-Z][a-z.]+(?:[ \t]+[A-Z][a-z.]+)?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Z][\w.&/ ]{0,24}\)[ \t]*)?"
    r"|\([A-Z][\w.&/ ]{0,24}\)[ \t]*)(?:--?|\u2014|\u2013)[ \t]+(?=[A-Z0-9\"\u201c])"
)


def _trim(text: str, start: int, end: int) -> Span | None:
    """Strip spaces, quote marks and clause punctuation from both ends, and a dateline."""
    strip = " \t\r\n,;:—\u2013-" + P.QUOTE_CHARS + "'\u2018\u2019"
    while start < end and text[start] in strip:
        start += 1
    dateline = _DATELINE_RE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    while end > start and (text[end - 1] in strip or text[end - 1] in ".!?"):
        if text[end - 1] in "!?":
            break
        end -= 1
    return (start, end) if end - start >= 3 else None


# A single quotation mark opening a quotation: at a line's start or after a
# colon ("wrote on Facebook: 'He flew ..."), where no apostrophe stands.
_SINGLE_QUOTE_OPENED_RE = re.compile(r"(?:^|:[ \t]*)['\u2018]$", re.MULTILINE)


_SINGLE_QUOTE_GOES_ON_RE = re.compile(r"\s*\n\s*['\u2018][A-Z]")


def _in_single_quotes(text: str, start: int) -> bool:
    """Whether a content at `start` opens a quotation in single quotation marks,
    closed later on its line: the speaker's own words, as in double marks, whose
    "he" is someone else ("Butler wrote: 'He flew with another crew.'"). A
    content may hold its opening mark."""
    if text[start : start + 1] in ("'", "\u2018"):
        start += 1
    if not _SINGLE_QUOTE_OPENED_RE.search(text, max(0, start - 3), start):
        return False
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if re.search(r"[\w.,!?]['\u2019](?!\w)", text[start:line_end]) is not None:
        return True
    # A quotation running on: its next paragraph opens with the mark again.
    return _SINGLE_QUOTE_GOES_ON_RE.match(text, line_end) is not None


def _stranded_preposition(content: str) -> bool:
    """Whether a content is only a preposition its cue left behind ("what the
    group is asking for", "what he was talking about"): nothing said is there."""
    words = content.strip(" .,;:!?\"'\u201c\u201d").lower().split()
    return len(words) == 1 and (words[0] in P.PREPOSITIONS or words[0] == "of")


def _accused_content(content: str) -> str:
    """'North Korea of supplying Russia' -> 'North Korea supplying Russia'."""
    return re.sub(r"\s+of\s+", " ", content, count=1)


def _truncate_nested(found: list[_Attribution]) -> list[_Attribution]:
    """An inner statement's content stops where a later attribution begins."""
    result: list[_Attribution] = []
    for attribution in found:
        start, end = attribution.content
        for other in found:
            if other is attribution or other.speaker is None:
                continue
            other_start = other.speaker[0]
            if other.cue is not None and (
                other_start < start or start < other.cue[0] < other_start
            ):
                # a participle reusing an earlier speaker; "..., according to X"
                other_start = other.cue[0]
            # A speaker opening the content ("said that it had confirmed ..."):
            # the inner report is the whole content, which is not cut at its cue.
            cue = attribution.cue
            if start < other_start < end and cue is not None and other_start > cue[1]:
                end = min(end, other_start)
        if end < attribution.content[1]:
            end = start + _before_joined_subject(attribution.content_text[: end - start])
        if (start, end) != attribution.content:
            trimmed = _trim_span(attribution, start, end)
            if trimmed is None:
                continue
            attribution = trimmed
        result.append(attribution)
    return result


# "... would come in at $349, but insider | sources are claiming": the
# conjunction after a comma (which sets a clause apart, where "women and
# children" joins words) and the words of the next speaker's phrase before
# its head.
_JOINED_SUBJECT_OPENING = re.compile(
    r",\s*(?:but|and|while|whereas|though|although|yet)\s+"
    r"(?P<words>(?:[\w'\u2019.-]+\s+){1,3})$"
)


def _before_joined_subject(text: str) -> int:
    """Where a content cut before another speaker ends: before the conjunction
    that joined the speaker's clause, when only words of the speaker's own
    phrase (no verb, no comma) stand between them."""
    joined = _JOINED_SUBJECT_OPENING.search(text)
    if joined is None:
        return len(text)
    words = joined.group("words").split()
    if any(
        w.lower() in P.FINITE_WORDS or _past_verb(w) or w.lower() in P.PREPOSITIONS for w in words
    ):
        return len(text)
    return joined.start()


# A word that only joins what comes after it: where a content is cut short
# before the next attribution ("met God, which | he describes as ...", "heard a
# blast and | reported a smell"), it belongs to the cut-off part, not the content.
_DANGLING_TAIL = re.compile(
    r"(?:[\s,;:\u2014\u2013-]+(?:even\s+(?:though|if|as|when|so|after|before)|and|but|or|nor"
    r"|while|whereas|which|who|whom|whose|where|when"
    r"|because|as|although|though|so|then|yet|after|before|since|until|unless|once|if|whether"
    r"|than))+[\s,;:\u2014\u2013-]*$"
)


def _trim_span(attribution: _Attribution, start: int, end: int) -> _Attribution | None:
    # The text is not at hand here; content text is cut by the same offsets,
    # less the attribution an interrupted clause's text leaves out (`_interrupted`).
    old_start, _ = attribution.content
    skipped = attribution.left_out
    left_out = skipped[1] - skipped[0] - 1 if skipped is not None and end >= skipped[1] else 0
    text = attribution.content_text[: end - old_start - left_out].rstrip(' ,;:—\u2013-"“”')
    if skipped is not None and len(text) <= skipped[0] - old_start:
        left_out = 0  # cut within the opening: its span is the opening's
    dangling = _DANGLING_TAIL.search(text)
    if dangling is not None:
        text = text[: dangling.start()].rstrip(' ,;:—\u2013-"“”')
    if len(text) < 3:
        return None
    # What the content is said of, and whether it is a judged phrase, stay with
    # it; what its text leaves out stays only when the cut keeps what follows.
    return replace(
        attribution,
        content=(start, old_start + len(text) + left_out),
        content_text=text,
        left_out=skipped if left_out else None,
    )


# Statements ------------------------------------------------------------------


def _ended(content: str) -> str:
    """A content ended as a sentence: the comma a quotation takes before its
    speaker ('"We are leaving," she said') is the full stop it stood for."""
    return content if content.endswith(_SENTENCE_ENDS) else f"{content}."


# What may end a sentence of a content, its closing quotation mark aside.
_SENTENCE_ENDS = (".", "!", "?", "\u2026", '."', ".\u201d", "?\u201d", "!\u201d")


def _states_a_claim(statement: Statement) -> bool:
    """Whether a statement's content, read by itself, states a proposition: one
    whose "he" or "she" is another than the speaker ("I just hope he stays")
    does, though its text cannot name that person."""
    made = proposition(
        statement.about or statement.content,
        statement.speaker,
        statement.party,
        quoted=statement.quoted,
    )
    return made.text is not None or made.of_another


@dataclass
class _Builder:
    doc_text: str
    source: str
    line_at: Callable[[int], int]
    resolver: _Resolver
    lexicon: Lexicon
    statements: list[Statement] = field(default_factory=list)
    last_quoted: tuple[Statement, int] | None = None  # statement and its unit index
    # When a list: the attributions that take no position ("declined to
    # comment") go here as statements instead of being dropped, so that
    # `describe_text` can say who withheld one.
    withheld: list[Statement] | None = None

    def add_text(self, start: int, end: int) -> None:
        """Statements of every unit in a range, in text order.

        One scan finds the cues; only paragraphs holding a cue or a quotation
        are split into sentences, and only units holding a cue or opening a
        quotation are read further: most of a long text is passed over.
        """
        text = self.doc_text
        cues = _scan_cues(text, start, end)
        names = _names_with_openers(text, start, end, self.resolver.resolver)
        token = _NAMES_WITH_OPENERS.set(names)
        try:
            self._add_units(text, start, end, cues)
        finally:
            _NAMES_WITH_OPENERS.reset(token)

    def _add_units(self, text: str, start: int, end: int, cues: list[_Cue]) -> None:
        cue_starts = [cue.start for cue in cues]
        index = 0
        for run_start, run_end, skipped in _relevant_runs(text, start, end, cue_starts):
            index += skipped
            for unit_start, unit_end in _units(text, run_start, run_end):
                first = bisect_left(cue_starts, unit_start)
                last = bisect_left(cue_starts, unit_end)
                # Bound the work per unit: no real sentence holds more cues.
                last = min(last, first + _MAX_CUES)
                unit_cues = [cue for cue in cues[first:last] if cue.end <= unit_end]
                if unit_cues or text[unit_start] in P.OPEN_QUOTES:
                    self.add_unit(_Unit(text, unit_start, unit_end, unit_cues), index)
                index += 1

    def add_unit(self, unit: _Unit, index: int) -> None:
        attributions = _innermost_first(_find_attributions(unit))
        # "An article saying X is fake": the article and its participle tell X,
        # and the participle's own short reading ("An article saying NASA") goes.
        for place, attribution in enumerate(attributions):
            told = _telling_told(self.doc_text, attribution)
            if told is not None:
                attributions[place] = told
                attributions = [a for a in attributions if a is told or a.cue != told.cue]
                break
        made: list[Statement] = []
        inner: set[str] = set()
        # Attributions whose speaker takes no position ("declined to comment"):
        # nobody else speaks for them, and one that reports them ("the agency
        # said it could not confirm ...") takes none either.
        withheld: list[_Attribution] = []
        # Attributions whose own cue denies or doubts, and which made statements.
        against: list[_Attribution] = []
        # Attributions whose statements all assert.
        asserted: list[_Attribution] = []
        for attribution in attributions:
            if _holds_any(attribution, withheld):
                # "The general said he could not confirm it": no position, but
                # the general is still the one a later "he" takes up.
                self._note_speaker(attribution)
                continue
            if _relays_denial(unit, attribution, against):
                continue
            if self.lexicon.withholds_a_thing(attribution.cue_text, attribution.content_text):
                continue  # "will deny Internet service to users": a deed, nothing said
            if self.lexicon.refuses_a_thing(
                attribution.cue_text, attribution.content_text
            ) and _reported_by_other(attribution, attributions):
                # "The Mirror reported that he rejected a $500m reunion offer":
                # a deed the report tells, and the report's statement
                continue
            attribution = _relayed(unit, attribution, attributions)
            attribution = _told_assertion(unit, attribution, asserted)
            statements = self._statements_for(unit, attribution)
            if not statements:
                withheld.append(attribution)
                continue
            if _denies_a_telling(attribution) and any(
                s.stance is not Stance.ASSERTS for s in statements
            ):
                against.append(attribution)
            if all(s.stance is Stance.ASSERTS for s in statements):
                asserted.append(attribution)
            keys = {_party_key(s) for s in statements}
            # An outer attribution ("..., the official said") adds a statement
            # only for a party (or unresolved speaker) the inner ones do not
            # already speak for.
            if _holds_other(attribution, attributions) and keys <= inner:
                continue
            inner |= keys
            made.extend(statements)
        made = _one_per_party(made)
        if not made and not withheld:
            going_on = self._continuation(unit, index)
            if going_on is not None and self._fold(going_on, index):
                return
            made = [going_on] if going_on is not None else self._hedged(unit)
        made.sort(key=lambda s: (s.cue_span or s.span or (0, 0))[0])
        self.statements.extend(made)
        named = [s for s in made if s.speaker is not None]
        if named and unit.quotes:
            self.last_quoted = (named[-1], index)

    def _note_speaker(self, attribution: _Attribution) -> None:
        """Remember who spoke, for the pronouns and titles that follow."""
        if attribution.speaker is None:
            return
        speaker = self.doc_text[attribution.speaker[0] : attribution.speaker[1]]
        self.resolver.at = attribution.speaker[0]
        parties, kind = self.resolver.parties_of(
            speaker, attribution.resolve_text, attribution.content_text
        )
        self.resolver.note(speaker, parties, kind)

    def _statements_for(self, unit: _Unit, attribution: _Attribution) -> list[Statement]:
        assert attribution.speaker is not None
        speaker = self.doc_text[attribution.speaker[0] : attribution.speaker[1]]
        parts = _separate_speakers(speaker, attribution.speaker[0])
        if parts is not None and self._some_unresolved(parts, attribution):
            # "police and a parent said", "witnesses and security sources
            # said": two speakers, each its own statement, even when no
            # party stands behind one of them
            made: list[Statement] = []
            for span in parts:
                made.extend(
                    self._statements_for(
                        unit, replace(attribution, speaker=span, resolve_text=None)
                    )
                )
            return made
        attribution = _object_before_clause(self.doc_text, attribution) or attribution
        assert attribution.speaker is not None
        self.resolver.at = attribution.speaker[0]
        parties, kind = self.resolver.parties_of(
            speaker, attribution.resolve_text, attribution.content_text
        )
        self.resolver.note(speaker, parties, kind)
        if _stranded_preposition(attribution.content_text):
            return []  # "what date Abrams is asking for": the content is elsewhere
        positioned = self.lexicon.takes_position(attribution.cue_text, attribution.content_text)
        if not positioned and self.withheld is None:
            return []  # "declined to comment", "could not confirm": no statement, no position
        stance = classify_stance(attribution.cue_text, attribution.content_text, self.lexicon)
        if stance is not Stance.DISPUTES:
            # Read as a denial ("A report claiming X is a lie") or, the verdict
            # already known for no denial of the telling's, as an assertion
            # still holding the writer's verdict in its content.
            judged = _writers_verdict(self.doc_text, attribution, speaker)
            if judged is not None:
                attribution = judged
                stance = classify_stance(
                    attribution.cue_text, attribution.content_text, self.lexicon
                )
        assert attribution.speaker is not None
        content = " ".join(f"{attribution.said_of} {attribution.content_text}".split())
        quoted = unit.in_quote(attribution.content[0] + 1) or _in_single_quotes(
            unit.text, attribution.content[0]
        )
        about = self.resolver.read_content(
            content,
            attribution.content[0],
            speaker,
            kind,
            quoted,
            attribution.cue_text or "",
            unknown=parties == (None,),
        )
        statements = [
            Statement(
                stance=stance,
                quote=unit.text[unit.start : unit.end],
                content=content,
                source=self.source,
                # Where the speaker or the cue stands: a sentence whose
                # quotation runs over several paragraphs may hold several
                # speakers, each on a line of its own.
                line=self.line_at(
                    min(attribution.speaker[0], (attribution.cue or attribution.speaker)[0])
                ),
                party=party,
                speaker=" ".join(speaker.split()),
                cue=attribution.cue_text,
                span=(unit.start, unit.end),
                speaker_span=attribution.speaker,
                cue_span=attribution.cue,
                content_span=attribution.content,
                kind=self.resolver.kind(party),
                about=about if about != content else None,
                quoted=quoted,
                # A phrase read as a clause of its speaker's own act is one.
                phrase=attribution.phrase
                and _own_act_told(content, speaker, attribution.cue_text or "") is None,
                pronoun_left_open=attribution.speaker[0] in self.resolver.left_open,
            )
            for party in parties
        ]
        if not positioned and self.withheld is not None:
            self.withheld.extend(statements)
            return []
        return statements

    def _some_unresolved(self, parts: list[Span], attribution: _Attribution) -> bool:
        """Whether some speaker of a joint subject stands for no party."""
        for start, end in parts:
            self.resolver.at = start
            parties, _ = self.resolver.parties_of(
                self.doc_text[start:end], None, attribution.content_text
            )
            if parties == (None,):
                return True
        return False

    def _continuation(self, unit: _Unit, index: int) -> Statement | None:
        """A quoted paragraph right after an attributed quote continues its speaker."""
        if self.last_quoted is None or index - self.last_quoted[1] > 2:
            return None
        opening = unit.text[unit.start : unit.end].lstrip()[:1]
        if opening not in P.OPEN_QUOTES:
            return None
        content = _trim(unit.text, unit.start, unit.end)
        if content is None:
            return None
        if _OWN_ATTRIBUTION.search(unit.text, unit.start, unit.end):
            # '"...," one wrote', '"...," the news release said': the paragraph
            # names a speaker of its own, even one not read as a speaker
            return None
        previous = self.last_quoted[0]
        text = unit.text[content[0] : content[1]]
        if not self.lexicon.takes_position(None, text):
            return None
        plain = " ".join(text.split())
        about = self.resolver.read_content(plain, content[0], previous.speaker or "", "", True)
        return Statement(
            stance=classify_stance(None, text, self.lexicon),
            quote=unit.text[unit.start : unit.end],
            content=plain,
            source=self.source,
            line=self.line_at(unit.start),
            party=previous.party,
            kind=previous.kind,
            about=about if about != plain else None,
            quoted=True,
            speaker=previous.speaker,
            # "he" left for no one goes on so in the paragraphs it goes on in
            pronoun_left_open=previous.pronoun_left_open,
            cue=None,
            span=(unit.start, unit.end),
            speaker_span=None,
            cue_span=None,
            content_span=content,
        )

    def _fold(self, going_on: Statement, index: int) -> bool:
        """Fold a quotation going on in its speaker's paragraph into the cued statement.

        `"X," he said. "Y."` is one statement, as a quotation running over
        several sentences is: its content both halves without the cue, its
        quote and span the sentences it spans, and what it is about, for its
        claim, the first half's. Its content span stays the first half's, the
        stretch the cue introduces: one pair cannot hold two stretches, and
        one running over the cue would mark the cue as content.

        The second half stays a statement of its own when it states a
        proposition of its own (a claim the first half may not hold, or one
        about another person its text cannot name: then it is unfiled), when it
        negates and the first half does not, when the first half is no
        quotation ("..., Sorkin told Bloomberg, confirming that ..."), or
        when it goes on in a paragraph of its own.
        """
        assert self.last_quoted is not None
        first = self.last_quoted[0]
        if (
            not first.quoted
            or first.cue_span is None
            or first.span is None
            or going_on.span is None
            or self.line_at(going_on.span[0]) != self.line_at(first.span[1] - 1)
            or _states_a_claim(going_on)
            or (
                self.lexicon.negates(None, going_on.content)
                and not self.lexicon.negates(first.cue, first.content)
            )
        ):
            return False
        start, end = first.span[0], going_on.span[1]
        folded = {
            "quote": self.doc_text[start:end],
            "content": f"{_ended(first.content)} {going_on.content}",
            "span": (start, end),
            "about": first.about or first.content,
        }
        for place, statement in enumerate(self.statements):
            if statement.span == first.span and statement.speaker_span == first.speaker_span:
                self.statements[place] = changed(statement, **folded)
        self.last_quoted = (changed(first, **folded), index)
        return True

    def _hedged(self, unit: _Unit) -> list[Statement]:
        # Every attributing hedge word is a scanned cue: no cue, no hedge.
        if not unit.cues:
            return []
        sentence = unit.text[unit.start : unit.end]
        if not _ATTRIBUTING_HEDGE.search(sentence):
            return []
        tail = _TRAILING_HEDGE.search(sentence)
        if tail is not None:
            return self._trailing_hedge(unit, tail)
        hedge = self.lexicon.hedge_in(sentence)
        # A hedge inside a relative or subordinate clause ("the weapons, which
        # were reported missing", "where rebels are believed to hide") qualifies
        # only that clause: the sentence is the writer's. A later hedge may
        # still qualify the main clause.
        # "Believed" is the writer's hedge only in the passive ("is believed",
        # "missing, believed stolen"); with a subject of its own ("fans believed
        # the post", "what users believed was real") the belief is theirs.
        offset = 0
        while hedge is not None and (
            _CLAUSE_BEFORE_HEDGE.search(sentence, 0, offset + hedge[0][0])
            or _held_belief(sentence, offset + hedge[0][0], hedge[1])
            # "the figures reported by the companies": a participle describing a
            # noun, its agent named; no hedge on the sentence
            or (
                hedge[1].lower() == "reported"
                and _AGENT_RE.match(sentence, offset + hedge[0][1]) is not None
                and _COPULA_BEFORE.search(sentence, 0, offset + hedge[0][0]) is None
            )
            # "The Islamic State's reported chlorine attacks appear to have been
            # ineffectual": a participle between a determiner and its noun
            # describes the noun; what the sentence says of it is the writer's.
            or (
                hedge[1].lower() == "reported"
                and _DETERMINER_BEFORE.search(sentence, 0, offset + hedge[0][0]) is not None
                and _NOUN_AFTER.match(sentence, offset + hedge[0][1]) is not None
            )
        ):
            offset += hedge[0][1]
            hedge = self.lexicon.hedge_in(sentence[offset:])
        # In an article only hedges that attribute count ("reportedly", "is
        # said to"); a modal ("could") marks a possibility, not a source.
        if hedge is None or not _ATTRIBUTING_HEDGE.search(hedge[1]):
            return []
        (hedge_start, hedge_end), cue = hedge
        hedge_start, hedge_end = hedge_start + offset, hedge_end + offset
        content = _trim(unit.text, unit.start, unit.end)
        if content is None:
            return []
        text = unit.text[content[0] : content[1]]
        if not self.lexicon.takes_position(cue, text):
            return []
        stance = classify_stance(cue, text, self.lexicon)
        if stance is Stance.DENIES:
            # "The rumored theft of the car appears to be a false alarm": the
            # rumour tells of the theft, and the false alarm is the writer's word.
            matter = _rumoured_matter(text, unit.start + hedge_end - content[0])
            if matter is not None:
                content = (content[0], content[0] + len(matter))
                text = matter
                stance = classify_stance(cue, text, self.lexicon)
        cue_span = (unit.start + hedge_start, unit.start + hedge_end)
        return [self._told_by_no_one(unit, content, " ".join(text.split()), cue, cue_span, stance)]

    def _told_by_no_one(
        self, unit: _Unit, content: Span, text: str, cue: str, cue_span: Span, stance: Stance
    ) -> Statement:
        """A statement of `text` that no one named tells, its cue a hedge."""
        # Read as the article reads it, as what a speaker says is: "He is thought to
        # have used ..." is about the person the article just named.
        self.resolver.at = unit.start
        about = self.resolver.read_content(text, content[0], "", "", False)
        return Statement(
            stance=stance,
            quote=unit.text[unit.start : unit.end],
            content=text,
            about=about if about != text else None,
            source=self.source,
            line=self.line_at(unit.start),
            party=None,
            speaker=None,
            cue=cue,
            span=(unit.start, unit.end),
            speaker_span=None,
            cue_span=cue_span,
            content_span=content,
        )

    def _trailing_hedge(self, unit: _Unit, tail: re.Match[str]) -> list[Statement]:
        """'X, it is claimed.': the sentence before the comma, told by no one
        named, the hedge its cue."""
        content = _trim(unit.text, unit.start, unit.start + tail.start())
        if content is None:
            return []
        cue = " ".join(tail.group("hedge").lower().split())
        text = " ".join(unit.text[content[0] : content[1]].split())
        if not self.lexicon.takes_position(cue, text):
            return []
        cue_span = (unit.start + tail.start("hedge"), unit.start + tail.end("hedge"))
        stance = classify_stance(cue, text, self.lexicon)
        return [self._told_by_no_one(unit, content, text, cue, cue_span, stance)]


# A passive hedge closing its sentence after a comma, with a dummy "it": "Emwazi
# was known to the security services, it is claimed.", "..., it has been reported."
_TRAILING_HEDGE = re.compile(
    r",\s+(?P<hedge>it\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:claimed|reported|alleged|said|understood|believed|thought|rumou?red))"
    r"\s*[.!]?[\"”’']?\s*$",
    re.IGNORECASE,
)
# A hedge that is a participle before the noun it qualifies: "the rumored theft",
# "an alleged affair", "the reported sighting".
_HEDGE_BEFORE_NOUN = re.compile(
    r"(?i)\b(?:rumou?red|alleged|reported|supposed|purported|claimed)\s+(?=[a-z])"
)


def _rumoured_matter(text: str, hedge_end: int) -> str | None:
    """The subject told of by a hedge before its noun, when the writer's verdict
    is the predicate: "The alleged sighting of the bear in the park turned out to
    be a hoax" -> "The alleged sighting of the bear in the park". None when the
    hedge stands elsewhere or no such verdict follows the subject."""
    found = _VERDICT_PREDICATE.search(text, hedge_end)
    if found is None or "," in text[:hedge_end]:
        return None
    before = _HEDGE_BEFORE_NOUN.search(text, 0, found.start())
    if before is None or not before.start() < hedge_end <= before.end():
        return None
    matter = text[: found.start()].rstrip(" ,;")
    return None if finite_clause(matter) else matter


# A relative or subordinating word, then a few words with no punctuation and a
# passive's "be", up to the hedge: "which have been", "where the epidemic has
# been first", "where rebels are".
_CLAUSE_BEFORE_HEDGE = re.compile(
    r"\b(?:which|who|whom|whose|where|whereby|since)\s+(?:[\w\u2019'-]+\s+){0,5}"
    r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|first\s+)?$",
    re.IGNORECASE,
)
# What comes before a passive "believed": a form of "be" (an adverb between),
# or a comma closing the phrase it describes ("has gone missing, believed stolen").
_PASSIVE_BELIEF_BEFORE = re.compile(
    r"(?:(?:\b(?:is|are|was|were|be|been|being)|['\u2019]s)\s+(?:(?:\w+ly|now|still|also|"
    r"long|once|widely)\s+)?|,\s*)$",
    re.IGNORECASE,
)


def _held_belief(sentence: str, at: int, word: str) -> bool:
    """Whether a "believed" at `at` has a subject of its own: someone's belief."""
    return word.lower() == "believed" and not _PASSIVE_BELIEF_BEFORE.search(sentence, 0, at)


_ATTRIBUTING_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|reputedly|rumou?red|said|believed|"
    r"reported|alleged|thought|understood|claimed|according)\b",
    re.IGNORECASE,
)


# Nouns that name a speaker by what they are ("witnesses", "a parent"), so
# that each side of "X and Y" may be a speaker of its own.
_SPEAKER_HEADS = (
    P.SPEAKER_NOUNS
    | entities.ROLES
    | _words(
        """
        police witnesses witness residents resident parent parents source sources
        relatives relative friends friend neighbours neighbors neighbour neighbor
        villagers activists survivors lawyers lawyer doctors doctor medics officers
        officer investigators authorities agencies
        """
    )
)


def _separate_speakers(speaker: str, start: int) -> list[Span] | None:
    """The spans of two speakers joined by "and", each a noun phrase of its own
    ending in a speaker noun or a name ("police and a parent", "witnesses and
    security sources"); None for a shared head ("British and American
    officials") or anything else."""
    pieces = re.split(r"(\s+and\s+)", speaker)
    if len(pieces) != 3:
        return None
    first, joiner, second = pieces
    spans: list[Span] = []
    offset = start
    # "the unconfirmed and unsubstantiated reports", "the red and white": with
    # no determiner of its own, the second side shares the first's, and the
    # first's word (no speaker's noun) describes the same head.
    shared = not second.split() or second.split()[0].lower() not in P.DETERMINERS
    for n, piece in enumerate((first, second)):
        words = piece.split()
        if not words:
            return None
        last = words[-1].strip(".,")
        own_phrase = (
            len(words) >= 2
            and words[0].lower() in P.DETERMINERS
            and last.islower()
            and not (n == 0 and shared)
        )
        if last.lower() not in _SPEAKER_HEADS and not own_phrase and not _is_s_form(last):
            return None
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + lead, offset + len(piece.rstrip())))
        offset += len(piece) + len(joiner)
    return spans


def _relayed(
    unit: _Unit, attribution: _Attribution, attributions: list[_Attribution]
) -> _Attribution:
    """'"We are hopeful," she said, according to the AFP news agency': the outlet
    tells what she said, so its content is hers, not her words with the cue."""
    if attribution.cue_text != "according to" or attribution.content is None:
        return attribution
    start, end = attribution.content
    for other in attributions:
        if other is attribution or other.cue is None or other.content is None:
            continue
        if start <= other.cue[0] < end and start <= other.content[0] and other.content[1] <= end:
            inner = other.content
            return replace(attribution, content=inner, content_text=unit.text[inner[0] : inner[1]])
    return attribution


def _told_assertion(
    unit: _Unit, attribution: _Attribution, asserted: list[_Attribution]
) -> _Attribution:
    """'The paper reported that a senior official confirmed the dam had burst': the
    paper tells what the official asserts, so its content is the official's, not
    the official's words with the cue. `asserted` holds the unit's attributions
    whose statements all assert; the inner one's speaker opens the content and
    its content runs to the content's end."""
    if attribution.cue is None or attribution.content is None:
        return attribution
    start, end = attribution.content
    lead = _LEADING_MARKS.match(unit.text, start, end)
    opening = lead.end() if lead is not None else start
    for other in asserted:
        if (
            other is attribution
            or other.speaker is None
            or other.speaker[0] != opening
            or other.cue is None
            or other.cue[0] >= end
        ):
            continue
        inner_start, inner_end = other.content
        if inner_start < other.cue[1] or unit.text[inner_end:end].strip(" ,.;:\"'\u201d\u2019"):
            continue
        if not _tells_a_clause(unit, other):
            continue  # "said the group had announced a ceasefire": an act, told
        return replace(
            attribution,
            content=(inner_start, inner_end),
            content_text=other.content_text,
        )
    return attribution


def _tells_a_clause(unit: _Unit, attribution: _Attribution) -> bool:
    """Whether an attribution's content is a clause its cue reports, a subject
    and its verb ("confirmed (that) the dam had burst"), not the object of an
    act ("announced a truce", "confirmed the death of ...") nor a commitment
    ("vowed to fight")."""
    assert attribution.cue is not None
    cue = attribution.cue_text or ""
    lemma = P.ALL_CUES.get(cue) or P.ALL_CUES.get(cue.split()[-1]) if cue else None
    if lemma is None or lemma in P.OBJECT_VERBS.values() or lemma in P.COMMITMENT_LEMMAS:
        return False
    lead = _LEADING_MARKS.match(unit.text, attribution.content[0], attribution.content[1])
    start = lead.end() if lead is not None else attribution.content[0]
    if not _finite_clause_follows(unit, start):
        return False
    # "announced a truce and the army agreed": the verb after "and" is another
    # clause's, and what comes before it the cue's object.
    for token in unit.tokens(start, attribution.content[1])[:12]:
        if token.lower in ("and", "or", "but"):
            return False
        if token.text.islower() and token.lower in P.FINITE_WORDS:
            return True
    return True


def _relays_denial(unit: _Unit, attribution: _Attribution, against: list[_Attribution]) -> bool:
    """Whether the attribution's content is another speaker's denial or doubt, told
    whole ("Smith said the council “categorically refuted these allegations”"):
    the one who tells it only relays it, and the denial is the council's alone.
    `against` holds the unit's statements whose own cue denies or doubts."""
    start, end = attribution.content
    lead = _LEADING_MARKS.match(unit.text, start, end)
    opening = lead.end() if lead is not None else start
    return any(
        other is not attribution
        and other.speaker is not None
        and other.speaker[0] == opening
        and other.cue is not None
        and other.cue[0] < end
        for other in against
    )


# A clause joined on to a thing announced: ", but one analyst has checked".
_DETERMINED = re.compile(r"(?i)(?:a|an|the|its|his|her|their|this|these|those|our)\s")
# A clause's own subject opening what is joined on: "one analyst has", "the
# militants kept", "neither appears", "it has only now been".
_SUBJECT_START = re.compile(
    r"(?:(?i:a|an|the|one|some|it|he|she|they|we|neither|no|this|these|those|its|his|her|their)"
    r"\s|(?-i:[A-Z])[\w'\u2019-]*\s+(?-i:[a-z]))"
)
_JOINED_CLAUSE = re.compile(r"(?:,|\s+[\u2013\u2014]|;)\s*(?:but|while|whereas|yet)?\s*")


def _object_before_clause(text: str, attribution: _Attribution) -> _Attribution | None:
    """`attribution` ended before a clause of the writer's joined on to the thing
    its cue takes as object: in "Apple announced its Watch earlier this month,
    but one analyst has checked with its suppliers" Apple announced the Watch,
    and the analyst's checking is the writer's. None when the content is a
    clause (what follows its conjunction may be reported too) or nothing of the
    kind follows."""
    start, end = attribution.content
    content = attribution.content_text
    if text[start:end] != content:
        return None
    if not _DETERMINED.match(content):
        return None  # a thing announced is named with its determiner
    for joint in _JOINED_CLAUSE.finditer(content):
        if not joint.group().strip(" ,;\u2013\u2014"):
            continue  # a comma alone: a list or an apposition, not a clause joined on
        before = content[: joint.start()].rstrip()
        if len(before.split()) < 2 or finite_clause(before):
            return None
        after = content[joint.end() :]
        if not (_SUBJECT_START.match(after) and finite_clause(after)):
            return None
        return replace(attribution, content=(start, start + len(before)), content_text=before)
    return None


def _writers_verdict(text: str, attribution: _Attribution, speaker: str) -> _Attribution | None:
    """`attribution` without the verdict of falsehood the writer passes on what a
    telling tells, or None when the verdict is the speaker's own. A telling (a
    report, an article, a story) does not call what it tells false: in "A report
    claiming that the minister resigned is a lie" the lie is said of the report
    and its matter, by the writer, and the report asserts that the minister
    resigned; so in "the article says the dam burst, which is false". A verdict
    the telling's own clause passes ("The report says the rumour is false") stays
    its denial."""
    if attribution.cue is None or not (
        _TELLING_HEAD.search(speaker) or _TELLING_PLACED.search(speaker)
    ):
        return None
    start, end = attribution.content
    if text[start:end] != attribution.content_text:
        return None
    # The cue a participle right after the telling ("A report claiming"): the
    # verdict's subject is the whole phrase. A finite cue ("the report says")
    # makes the clause the telling's, and only a comment hung on it (", which is
    # fake") the writer's.
    between = text[attribution.speaker[1] : attribution.cue[0]] if attribution.speaker else "-"
    participle = not between.strip() and _PARTICIPLE_CUE.match(attribution.cue_text or "")
    matter = matter_judged(attribution.content_text)
    if matter == attribution.content_text and participle:
        matter = _told_before_verdict(matter)
    if matter == attribution.content_text:
        return None
    if not participle and not _WHICH_VERDICT.match(attribution.content_text[len(matter) :]):
        return None
    return replace(attribution, content=(start, start + len(matter)), content_text=matter)


# The writer's predicate on a telling, after what the telling tells: a verdict
# of falsehood ("appears to be yet another celebrity hoax", "turned out to be a
# false alarm", "is just a prank") or the fooling it did ("has once again duped
# thousands of readers").
_VERDICT_PREDICATE = re.compile(
    r"\s+(?:(?:(?:appears?|appeared|seems?|seemed|turn(?:s|ed)?\s+out|prove[sd]?|proven)"
    r"\s+to\s+(?:be|have\s+been)|(?:is|was|are|were))"
    r"(?:\s+(?:just|merely|simply|clearly|only|probably|likely|apparently|almost\s+certainly))?"
    r"\s+(?:nothing\s+(?:but|more\s+than)\s+)?"
    r"(?:(?:a|an|another|yet\s+another|just\s+another|the\s+latest|one\s+more)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:hoax(?:es)?|lies?|false|fake|fakes|untrue|bogus|baseless|unfounded|fabricat(?:ed|ions?)"
    r"|pranks?|myths?|spoofs?|satire)"
    r"|(?:(?:has|have|had)\s+)?(?:(?:once\s+again|again|also|already|\w+ly)\s+)*"
    r"(?:duped|fooled|tricked|hoodwinked|conned)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:people|readers|users|fans|viewers|many|thousands|millions|hundreds|the\s+internet))\b",
    re.IGNORECASE,
)


# The writer's account of a telling's spreading, after what the telling tells:
# "has gone viral", "quickly went viral", "is making the rounds", "has been
# shared thousands of times", "has been circulating online".
_SPREAD_PREDICATE = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?"
    r"(?:(?:once\s+again|again|also|already|now|\w+ly)\s+)*"
    r"(?:(?:go(?:es|ne|ing)?|went)\s+viral"
    r"|(?:mak(?:es|ing)|made)\s+(?:the|its|their)\s+rounds"
    r"|(?:re)?(?:shared|tweeted|retweeted|liked|viewed)\s+(?:[\w,.+-]+\s+){0,3}?times"
    r"|circulat(?:es|ed|ing))\b",
    re.IGNORECASE,
)
# Marks closing what a telling tells, before the writer's predicate on it.
_TOLD_EDGE = " ,;\"'\u201d\u2019"


def _told_before_verdict(content: str) -> str:
    """What a telling's participle tells, without the writer's predicate on the
    telling after it: in "A story alleging the mayor resigned has duped thousands
    of readers", the story tells that the mayor resigned and the duping is the
    writer's account of it; so in "A post saying the mayor resigned has gone
    viral", the spreading is the writer's. `content` whole when no such predicate
    follows a matter of three words or more, or when what comes before a
    spreading is no clause ("the memo was circulated": the telling's own)."""
    found = _VERDICT_PREDICATE.search(content)
    spread = _SPREAD_PREDICATE.search(content)
    if spread is not None and (found is None or spread.start() < found.start()):
        matter = content[: spread.start()].rstrip(_TOLD_EDGE)
        return matter if finite_clause(matter) else content
    if found is None:
        return content
    matter = content[: found.start()].rstrip(_TOLD_EDGE)
    return matter if len(matter.split()) >= 3 else content


def _telling_told(text: str, attribution: _Attribution) -> _Attribution | None:
    """`attribution` re-read when its speaker phrase runs on through a telling and
    its participle cue, and the writer calls what the telling tells false: in "An
    article saying the mayor resigned is fake" the speaker is "An article", its cue
    "saying", and what it tells "the mayor resigned"; not "An article saying the
    mayor" resigning. None when the speaker phrase holds no such telling or no
    verdict of the writer follows."""
    if attribution.speaker is None or attribution.cue is None:
        return None
    start, end = attribution.speaker
    found = _TELLING_PARTICIPLE.match(text[start:end])
    if found is None:
        return None
    told = replace(
        attribution,
        speaker=(start, start + found.end(1)),
        resolve_text=None,
        cue=(start + found.start(2), start + found.end(2)),
        cue_text=found.group(2),
        content=(start + found.start(3), attribution.content[1]),
        content_text=text[start + found.start(3) : attribution.content[1]],
    )
    return _writers_verdict(text, told, found.group(1))


# The nouns of a telling that can speak: a report, an article, a story.
_TELLING_SPEAKER = (
    r"(?:reports?|articles?|stor(?:y|ies)|posts?|claims?|rumou?rs?|hoax(?:es)?|allegations?"
    r"|press\s+releases?|tweets?|videos?|headlines?|e-?mails?|messages?)"
)
# A name written as an owner inside a sentence: "that Roe's plans changed".
_NAMED_OWNER_RE = re.compile(r"(?<=[a-z,] )(?P<owner>[A-Z][a-z]+)['\u2019]s\b")
# Words that say someone spoke: a paragraph with one tells of a speaker.
_REPORTING_WORD_RE = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|according\s+to|claimed|claims|wrote|writes"
    r"|added|adds)\b"
)
# A telling by its owner's name: "Gertz's report", "The Racket Report's piece".
_TELLING_OWNER_RE = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?[A-Z0-9][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})['\u2019]s\s+"
    r"(?:report|story|article|piece|account|post|tweet|column)"
)
# Owners of a telling that are no one: a day's report, today's.
_NOT_OWNERS = P.WEEKDAYS | P.MONTHS | frozenset({"today", "yesterday", "tomorrow"})
# A telling said to come from someone: "a recent report from Gawker".
_TELLING_FROM_RE = re.compile(rf"(?i)\b{_TELLING_SPEAKER}\s+from\s")
# A speaker that is itself a telling: its head noun one of them.
_TELLING_HEAD = re.compile(rf"(?i)\b{_TELLING_SPEAKER}\s*$")
# A telling named with where it ran or who ran it: "a story that appeared in
# the Daily Mirror", "a report in the Sun", "an article by the agency".
_TELLING_PLACED = re.compile(
    rf"(?i)^\W*(?:(?:a|an|the|this|that|one|another)\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?"
    rf"{_TELLING_SPEAKER}\s+(?:(?:that|which)\s+(?:first\s+)?(?:appeared|ran"
    r"|(?:was|were)\s+(?:published|posted|printed|carried|aired|run))\s+)?"
    r"(?:in|on|by|from|at)\s+[^,;:]*$"
)
_PARTICIPLE_CUE = re.compile(r"(?i)\w+ing\b")
# A speaker phrase that runs on through a telling and the participle of a
# reporting verb ("An article saying NASA"): the telling, the cue, what it tells.
_TELLING_PARTICIPLE = re.compile(
    rf"(?i)(.*?\b{_TELLING_SPEAKER})\s+(saying|claiming|alleging|stating|reporting|suggesting)"
    r"\s+(\S.*)$",
    re.DOTALL,
)
_WHICH_VERDICT = re.compile(r"(?i)\s*,\s*which\b")


def _denies_a_telling(attribution: _Attribution) -> bool:
    """Whether a cue denies or doubts something told, a report or a clause
    ("refuted these allegations", "denied there was a ceasefire"), not an action
    ("rejected U.S. efforts to talk", which only refuses)."""
    if not cue_denies_or_doubts(attribution.cue_text):
        return False
    content = attribution.content_text
    return bool(
        _TELLING_NOUN.search(attribution.cue_text or "")
        or _TELLING_OBJECT.match(content)
        or finite_clause(content)
    )


_TELLINGS = (
    r"\b(?:allegations?|claims?|reports?|rumou?rs?|stor(?:y|ies)|accusations?|charges?"
    r"|suggestions?|speculation|news|reporting|accounts?)\b"
)
_TELLING_NOUN = re.compile("(?i)" + _TELLINGS)
_TELLING_OBJECT = re.compile(
    r"(?i)\W*(?:(?:the|these|those|this|that|such|any|all|its|their|his|her|an?)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?" + _TELLINGS
)
_LEADING_MARKS = re.compile(r"(?:that\b)?[\s\"“«]*", re.IGNORECASE)


def _holds_other(attribution: _Attribution, attributions: list[_Attribution]) -> bool:
    """Whether another attribution's cue sits inside this one's content (nesting)."""
    return _holds_any(attribution, [a for a in attributions if a is not attribution])


def _holds_any(attribution: _Attribution, others: list[_Attribution]) -> bool:
    """Whether one of `others` has its cue inside this attribution's content."""
    start, end = attribution.content
    return any(other.cue is not None and start <= other.cue[0] < end for other in others)


def _reported_by_other(attribution: _Attribution, attributions: list[_Attribution]) -> bool:
    """Whether this attribution's cue sits inside another one's content."""
    return any(
        other is not attribution and _holds_any(other, [attribution]) for other in attributions
    )


def _innermost_first(attributions: list[_Attribution]) -> list[_Attribution]:
    """Inner attributions come before the ones that report them."""
    return sorted(attributions, key=lambda a: _holds_other(a, attributions))


def _party_key(statement: Statement) -> str:
    return statement.party or f"speaker:{(statement.speaker or '').lower()}"


def _one_per_party(statements: list[Statement]) -> list[Statement]:
    """One statement per party, except one speaker's second finite report
    ("Graham called Trump “crazy” and said ...")."""
    seen: set[str] = set()
    spoken: set[Span] = set()
    kept: list[Statement] = []
    for statement in statements:
        key = _party_key(statement)
        again = (
            (statement.speaker_span in spoken or _apart(statement, kept, key))
            and not _is_participle(statement.cue)
        ) or _continues_with_report(statement, kept, key)
        # "Republicans who have praised him warned that ...": the relative
        # clause's verb and the main verb are two reports of one speaker.
        again = again or _after_its_relative(statement, kept, key)
        if key not in seen or again:
            seen.add(key)
            if statement.speaker_span is not None:
                spoken.add(statement.speaker_span)
            kept.append(statement)
    return kept


def _after_its_relative(statement: Statement, kept: list[Statement], key: str) -> bool:
    """Whether the party's only earlier statement in the unit is a relative
    clause ("who have praised ...") inside this statement's own subject."""
    if statement.speaker_span is None or (statement.speaker or "").lower() in _RELATIVES:
        return False
    for other in kept:
        if _party_key(other) != key:
            continue
        if (other.speaker or "").lower() not in _RELATIVES or other.speaker_span is None:
            return False
        if not 0 <= other.speaker_span[0] - statement.speaker_span[1] <= 2:
            return False
    return True


_RELATIVES = frozenset({"who", "which", "that"})


def _apart(statement: Statement, kept: list[Statement], key: str) -> bool:
    """Whether a party's statement reports something its earlier ones in the unit
    do not hold or sit in ("James Baker said ... He said ..."): a second report."""
    span = statement.content_span
    if span is None or statement.speaker_span is None:
        return False
    for other in kept:
        if _party_key(other) != key:
            continue
        theirs = other.content_span
        if theirs is None or other.speaker_span is None:
            return False
        if span[0] < theirs[1] and theirs[0] < span[1]:
            return False
        if theirs[0] <= statement.speaker_span[0] < theirs[1]:
            return False
        if span[0] <= other.speaker_span[0] < span[1]:
            return False
    return True


# A closing quotation mark, then a say verb within a few words: the words
# before it have a speaker of their own.
_OWN_ATTRIBUTION = re.compile(
    r"[,?!.\u2014-][\"\u201d]\s+(?:[^\"\u201c\u201d.;]{1,80}?\s)?"
    r"(?:said|says|told|tells|wrote|writes|tweeted|tweets|added|adds|explained|noted|"
    r"insisted|claimed|stated|posted|commented|quoted|quotes|reported|reports)\b"
)


def _continues_with_report(statement: Statement, kept: list[Statement], key: str) -> bool:
    """A reporting participle after a trailing attribution ('"...," the source
    said, adding that ...'): the quotation is the first report, and what the
    participle brings is a second one. So too after a forward report made by
    a finite verb, joined by a comma, when the participle takes a that-clause
    ("said the truce holds, adding that talks go on"): a clause of its own,
    which annotators count as a second statement."""
    cue = statement.cue
    if cue is None or not cue.split()[0].endswith("ing"):
        return False
    lemma = P.SAY_VERBS.get(cue)
    if lemma is None or lemma in P.COMMITMENT_LEMMAS or lemma == "ask":
        return False
    if _quotes_after(statement) and _apart(statement, kept, key):
        # 'told Fox News he learned it from the Border Patrol, saying "they
        # aren't flying B1 bombers ..."': words of the speaker's own, quoted
        return True
    if (
        _joined_by_comma(statement)
        and _apart(statement, kept, key)
        and not _inside_content(statement, kept)
        and not _subject_of_relative(statement)
        and not _sourced_by_according_to(kept, key)
        and _after_forward_report(statement, kept, key)
        and _takes_that_clause(statement)
    ):
        return True
    if lemma == "say":
        return False
    trailing = any(
        _party_key(other) == key
        and other.content_span is not None
        and other.speaker_span is not None
        and other.content_span[1] <= other.speaker_span[0]
        for other in kept
    )
    return trailing and _apart(statement, kept, key)


def _joined_by_comma(statement: Statement) -> bool:
    """Whether a participle cue follows a comma (a quotation's closing mark
    after it or not), a dash or "and", and its speaker is no relative pronoun:
    ", adding that ...", '"...," noting', "..., noting X and saying Y"; not the
    means or time of an act ("replied by saying", "after telling him", "while
    reporting"), nor "adding to" a sum."""
    if statement.span is None or statement.cue_span is None:
        return False
    if (statement.speaker or "").lower() in _RELATIVES:
        return False
    before = statement.quote[: statement.cue_span[0] - statement.span[0]]
    after = statement.quote[statement.cue_span[1] - statement.span[0] :]
    return _COMMA_BEFORE.search(before) is not None and not _ADDING_TO.match(after)


# What stands right before a participle that continues its clause.
_COMMA_BEFORE = re.compile(r"(?:,[\"\u201d\u2019']?|\s[\u2014\u2013]|,?\s+and)\s*$")


def _takes_that_clause(statement: Statement) -> bool:
    """Whether a participle's content is a that-clause ("adding that ...",
    "telling them that ..."): a proposition of its own, not the act or the
    object the participle goes on with ("saying the situation ...")."""
    assert statement.cue_span is not None
    if statement.span is None or statement.content_span is None:
        return False
    start = statement.cue_span[1] - statement.span[0]
    between = statement.quote[start : statement.content_span[0] - statement.span[0]]
    return _THAT_WORD.search(between) is not None


# The "that" opening a participle's clause, after its cue and any hearer.
_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)


def _after_forward_report(statement: Statement, kept: list[Statement], key: str) -> bool:
    """Whether the party's participle follows a report of its own made by a
    finite verb with a clause after it ("said the ferry would sail, adding
    that ..."): the participle's subject is that verb's. Not after a
    participle or a judging cue's noun phrase ("corrected its story, noting the
    error and saying ...", "condemned the plan, saying ..."), which the
    participle goes on with."""
    assert statement.cue_span is not None
    return any(
        _party_key(other) == key
        and not _is_participle(other.cue)
        and not other.phrase
        and other.speaker_span is not None
        and other.content_span is not None
        and other.speaker_span[0] < other.content_span[0]
        and other.content_span[1] <= statement.cue_span[0]
        for other in kept
    )


def _sourced_by_according_to(kept: list[Statement], key: str) -> bool:
    """Whether the party spoke in the unit as an opening "according to" source
    ("According to the paper, the singer tore up the deal, saying ..."): a
    participle goes on with the clause the source is cited for, whose subject
    is not the source."""
    return any(
        _party_key(other) == key
        and other.cue == "according to"
        and other.speaker_span is not None
        and other.content_span is not None
        and other.speaker_span[0] < other.content_span[0]
        for other in kept
    )


def _subject_of_relative(statement: Statement) -> bool:
    """Whether a speaker is the subject of a relative clause ("denied knowing
    the man whom the police said they held, saying ..."): a participle after
    it goes on with the main clause, whose subject it was not given."""
    if statement.span is None or statement.speaker_span is None:
        return False
    before = statement.quote[: max(0, statement.speaker_span[0] - statement.span[0])]
    return _RELATIVE_BEFORE.search(before) is not None


# "adding to the toll": a sum added to, not words added.
_ADDING_TO = re.compile(r"\s+to\b")

# A relative pronoun right before a clause's subject.
_RELATIVE_BEFORE = re.compile(r"\b(?:whom|which|whose)\s+$", re.IGNORECASE)


def _inside_content(statement: Statement, kept: list[Statement]) -> bool:
    """Whether a statement's cue sits inside the content of one kept before it
    ("O'Rourke says Comcast defamed him by telling ...", 'said: "... explaining
    ..."'): the participle belongs to the words reported."""
    assert statement.cue_span is not None
    cue = statement.cue_span[0]
    return any(
        other.content_span is not None and other.content_span[0] <= cue < other.content_span[1]
        for other in kept
    )


def _quotes_after(statement: Statement) -> bool:
    """Whether a statement's content is a quotation opened right after its cue
    and a comma or colon ('..., adding: “...”', '..., saying "..."')."""
    if statement.content_span is None or statement.span is None or statement.cue_span is None:
        return False
    start = statement.span[0]
    between = statement.quote[statement.cue_span[1] - start : statement.content_span[0] - start]
    return _QUOTE_OPENED.fullmatch(between) is not None


# What stands between a participle cue and a quotation it opens.
_QUOTE_OPENED = re.compile(r"\s*[,:]?\s*(?:[\"“‘]|'')\s*")


def _is_participle(cue: str | None) -> bool:
    """Whether a cue adds nothing of its own: a participle ("saying"), or a
    commitment or object verb ("vowed to", "denied") rather than a report."""
    if cue is None or cue.split()[-1].endswith("ing"):
        return True
    lemma = P.ALL_CUES.get(cue) or P.ALL_CUES.get(cue.split()[-1])
    return lemma is None or lemma in P.COMMITMENT_LEMMAS or lemma in P.OBJECT_VERBS.values()


def extract_statements(doc: Document, resolver: PartyResolver, lexicon: Lexicon) -> list[Statement]:
    """Every attributed statement in the document's body, in text order."""
    start, end = doc.body
    article = _Resolver(resolver, doc.text)
    article.remember_titled_names(doc.text, start, end)
    builder = _Builder(doc.text, doc.source.id, doc.line_at, article, lexicon)
    builder.add_text(start, end)
    named = _one_name_per_party(_plain_person_names(builder.statements, article), article)
    return _lone_names_of_people(named, article)


def _lone_names_of_people(statements: list[Statement], article: _Resolver) -> list[Statement]:
    """A speaker named by one word and left with no party ("Nikolai added
    that ...") is the one person of the article's parties whose full name opens
    or ends with that word ("Nikolai Kryaglyachenko", heard as "he" before):
    SPEC files a person under the full name first given. Two such people, or
    a word the article also uses as a body's name, leave it unsaid."""
    people = [
        s.party
        for s in statements
        if s.party is not None and s.kind == entities.PERSON and " " in s.party
    ]
    if not people:
        return statements
    found: dict[str, str | None] = {}
    for statement in statements:
        word = statement.speaker or ""
        if (
            statement.party is not None
            or " " in word
            or not word[:1].isupper()
            or word.lower() in P.PRONOUNS
            or word in found
        ):
            continue
        named = entities.name_in(word)
        if named is None or named.kind != entities.UNKNOWN or article.is_body_by_itself(word):
            found[word] = None
            continue
        whose = {p for p in people if word in (p.split()[0], p.split()[-1])}
        found[word] = whose.pop() if len(whose) == 1 else None
    if not any(found.values()):
        return statements
    return [
        replace(s, party=party, kind=entities.PERSON)
        if s.party is None and (party := found.get(s.speaker or "")) is not None
        else s
        for s in statements
    ]


def _one_name_per_party(statements: list[Statement], article: _Resolver) -> list[Statement]:
    """One party under one name in an article: a name spelled as one met before it
    ("St Louis County" after "St. Louis County", a curly apostrophe for a straight
    one) or adding or dropping a second head word ("Detroit Police" after
    "Detroit Police Department") takes the name met first (`NameBook`); a body's
    one-word name that opens exactly one longer name of the article's parties
    ("Piper" beside "Piper Jaffray", "CTV" beside "CTV News"), neither a place nor
    a listed party by itself, takes the longer name: the article named the body in
    full and then by its first word."""
    book = NameBook()
    named: dict[str, str] = {}
    for statement in statements:
        if statement.party and statement.kind != entities.STATE:
            named.setdefault(statement.party, book.name_of(statement.party))
    longer = [name for name in dict.fromkeys(named.values()) if " " in name]
    fuller: dict[str, str] = {}
    for statement in statements:
        short = named.get(statement.party or "")
        if (
            short is None
            or " " in short
            or statement.kind not in (entities.ORGANISATION, entities.MEDIA)
            or article.resolve_all(short)
            or article.resolver.is_place(short)
        ):
            continue
        if article.is_body_by_itself(short):
            # "Apple unveiled its watch ... Apple said" beside the outlet "Apple
            # Insider": the article speaks of the one word as a body of its own
            continue
        opened = [name for name in longer if name.split()[0] == short]
        if len(opened) == 1:
            fuller[short] = opened[0]
    named = {name: fuller.get(to, to) for name, to in named.items()}
    if all(name == to for name, to in named.items()):
        return statements
    return [
        replace(s, party=named[s.party]) if s.party in named and named[s.party] != s.party else s
        for s in statements
    ]


def _plain_person_names(statements: list[Statement], article: _Resolver) -> list[Statement]:
    """Persons' parties by their names alone: a word run into the name from
    before it ("Australian Ann Lee", "Vet Ann Lee" opening a sentence, "Tuesday
    Ann Lee") says what or when, not who. A word run into a lone forename or
    surname ("Schoolboy Ivan") leaves the one full name the article gives it.
    A nationality alone ("a Brazilian website") is no outlet's or body's name:
    no party."""
    statements = [
        replace(s, party=None, kind=None)
        if s.party and s.kind != entities.STATE and article.resolver.is_nationality(s.party)
        else s
        for s in statements
    ]
    people = {s.party for s in statements if s.party and s.kind == entities.PERSON}
    renamed = {name: plain for name in people if (plain := _plain_person(name, article)) != name}
    if not renamed:
        return statements
    return [replace(s, party=renamed[s.party]) if s.party in renamed else s for s in statements]


def _plain_person(name: str, article: _Resolver) -> str:
    words = name.split()
    if len(words) == 2 and words[1][:1].isupper():
        # "Schoolboy Ivan", "Widower Stan": the run-in word, then the full name
        # the article gives the one word left, if it gives exactly one
        if _runs_in(words, article.text, article.resolver):
            return article.full_name_of(words[1]) or name
        return name
    while len(words) >= 3 and words[1][:1].isupper():
        if not _runs_in(words, article.text, article.resolver):
            break
        words = words[1:]
    return " ".join(words)


def _runs_in(words: list[str], text: str, resolver: PartyResolver) -> bool:
    """Whether a name's first word says what or when, not who: a title or role
    ("Prosecutor Ann Lee"), a nationality, an age, a day, a political party
    ("Republican Ann Lee"), and, where it is capitalised only because a
    sentence opens with it, a word for what someone is ("Vet Ann Lee said
    ..."). A word that may be a forename does not: "Rose Ann Lee" beside "a
    rose" is no rose."""
    first = words[0]
    lower = first.lower().rstrip(".")
    return (
        lower in _RUN_IN_WORDS
        or lower.endswith("-year-old")
        or resolver.is_nationality(first)
        or (lower in _PEOPLE_WORDS and _opens_sentences_only(words, text))
    )


# Words capitalised before a name in any position that are no part of it.
_RUN_IN_WORDS = (
    P.WEEKDAYS
    | _PARTY_MEMBERS
    | entities.TITLE_WORDS
    | entities.ROLES
    | entities.OCCUPATIONS
    | gazetteer.STATE_VOICE_WORDS
)
# Words for what a person is or does, capitalised before a name only where a
# sentence opens: "Witness Ann Lee said ...".
_PEOPLE_WORDS = (
    _PERSON_NOUNS
    | entities.GENERIC_WORDS
    | _words(
        """
        vet veterinarian doctor nurse surgeon paramedic firefighter astronomer physicist
        geologist biologist chemist waiter waitress bartender chef driver pilot farmer
        fisherman shopkeeper homeowner landlord tenant neighbour neighbor bystander witness
        eyewitness passenger victim survivor widow widower mother father son daughter
        brother sister grandmother grandfather teen teenager pupil schoolboy schoolgirl
        sophomore freshman graduate pal friend boyfriend girlfriend mum mom dad wife husband
        hiker climber diver tourist traveller traveler customer shopper owner
        """
    )
)


def _opens_sentences_only(words: list[str], text: str) -> bool:
    """Whether a name's first two words stand in the text only where a sentence,
    line or quotation opens: its first word is capitalised for where it stands."""
    found = False
    for match in re.finditer(rf"(?<![\w'\u2019-]){re.escape(' '.join(words[:2]))}\b", text):
        before = text[: match.start()].rstrip(" \t")
        if before and before[-1] not in ".!?\n\"\u201c\u2018'(:":
            return False
        found = True
    return found


def describe_text(text: str, resolver: PartyResolver, lexicon: Lexicon) -> Statement:
    """The main statement of one short text, such as a headline (see `read_text`)."""
    return read_text(text, resolver, lexicon)[0]


def read_text(text: str, resolver: PartyResolver, lexicon: Lexicon) -> tuple[Statement, bool]:
    """The main statement of one short text, such as a headline, and whether it
    takes a position.

    The main statement is the outermost attribution: the one whose content
    holds the others ("Kurdish resistance denies ISIS claims that ..." is the
    resistance's denial). Besides the article rules, headline grammar
    attributes: "Analyst: ...", "...: CNN", "... -- analyst", "..., militants
    say", and an opening subject with its verb ("Nicaragua says meteorite
    probable cause", "Citi sees 550 ..."). A speaker discredited in its own
    name ("Fake News Report Claims ...") leaves the headline unattributed.

    Speaker None and the hedge as cue when nobody is named ("reportedly").
    Always returns a statement: with no cue at all, the whole text is the
    content and the stance is the lexicon's reading of it.

    A text that takes no position ("US officials could not confirm that ...",
    "The Kremlin declined to comment on reports that ...") is read by the
    rules that keep such statements out of the ledger (`Lexicon.takes_position`);
    it comes back with its speaker, party and cue, and False, its stance
    meaning nothing.
    """
    article = _Resolver(resolver)
    article.remember_titled_names(text, 0, len(text))
    builder = _Builder(text, "", lambda offset: text.count("\n", 0, offset) + 1, article, lexicon)
    builder.withheld = []
    builder.add_text(0, len(text))
    named = [s for s in builder.statements if _may_be_main(s)]
    unit = _Unit(text, 0, len(text), [])
    spoken = {s.speaker_span for s in (*named, *builder.withheld)}
    for attribution in _headline_attributions(unit, resolver, lexicon):
        if attribution.speaker not in spoken:
            named.extend(builder._statements_for(unit, attribution))
    withheld = [s for s in builder.withheld if _may_be_main(s)]
    main = _outermost([*named, *withheld])
    if main is not None and not _is_discredited(main, lexicon):
        return main, not any(main is s for s in withheld)
    if main is None and builder.statements:
        return builder.statements[0], True
    content = _trim(text, 0, len(text)) or (0, len(text))
    body = " ".join(text[content[0] : content[1]].split())
    statement = Statement(
        stance=classify_stance(None, body, lexicon),
        quote=text,
        content=body,
        source="",
        line=1,
        span=(0, len(text)),
        content_span=content,
    )
    if lexicon.takes_position(None, body):
        return statement, True
    return _refusal(text, content[0], article, lexicon) or statement, False


def _refusal(text: str, start: int, article: _Resolver, lexicon: Lexicon) -> Statement | None:
    """The statement of a text whose own main clause withholds a position ("The
    Kremlin declined to comment on ..."): its subject as speaker, the refusal as
    cue, what it is about as content. None when no subject is named."""
    found = lexicon.withholding(text[start:])
    if found is None or found[0][0] == found[0][1]:
        return None
    (subject_start, subject_end), (cue_start, cue_end) = found
    speaker = text[start + subject_start : start + subject_end]
    parties, _ = article.parties_of(speaker, None)
    party = parties[0] if len(parties) == 1 else None
    about = _trim(text, start + cue_end, len(text)) or (start + cue_end, start + cue_end)
    return Statement(
        stance=Stance.ASSERTS,
        quote=text,
        content=" ".join(text[about[0] : about[1]].split()),
        source="",
        line=1,
        party=party,
        speaker=" ".join(speaker.split()),
        cue=text[start + cue_start : start + cue_end],
        span=(0, len(text)),
        speaker_span=(start + subject_start, start + subject_end),
        cue_span=(start + cue_start, start + cue_end),
        content_span=about,
        kind=article.kind(party),
    )


def _may_be_main(statement: Statement) -> bool:
    """A named speaker with a cue; a relative clause ("Woman who claims ... is a
    hoaxer") is never the main statement."""
    speaker = statement.speaker
    return speaker is not None and statement.cue is not None and speaker.lower() != "who"


def _outermost(statements: list[Statement]) -> Statement | None:
    """The first statement that no other statement's content holds."""

    def anchor(statement: Statement) -> int:
        span = statement.cue_span or statement.speaker_span or (0, 0)
        return span[0]

    def holds(outer: Statement, inner: Statement) -> bool:
        span = outer.content_span
        return outer is not inner and span is not None and span[0] <= anchor(inner) < span[1]

    def held(statement: Statement) -> bool:
        # Two that hold each other ("DHS: GOP Reps Claim ...", where the inner
        # one took the frame as its content) leave the earlier one outside.
        return any(holds(o, statement) and not holds(statement, o) for o in statements)

    free = [s for s in statements if not held(s)]
    return min(free, key=anchor) if free else (statements[0] if statements else None)


def _is_discredited(statement: Statement, lexicon: Lexicon) -> bool:
    """'Fake News Report Claims ...': a speaker named false is not a source."""
    speaker = statement.speaker or ""
    return lexicon.marker_stance(speaker) in (Stance.DENIES, Stance.DISPUTES)


# Headlines -------------------------------------------------------------------

# "Analyst: Apple Watch Edition to Cost 950": a short phrase before the first colon.
_LEADING_FRAME = re.compile(r"\s*([^:]{2,60}?)\s*:\s+(?=\S)")
# "...: CNN", "... -- analyst", "... - Somali government": a short phrase at the end.
# An outlet's initials may follow a hyphen closely ("... more trouble -CNN").
_TRAILING_FRAME = re.compile(
    r"(?:(?:\s*:|\s+-{1,2}|\s*[—–])\s+([^:—–]{2,50}?)|\s+-([A-Z]{2,5}))[\s.]*$"
)
# "..., militants say" / "..., says monitoring group" at the end of a headline.
_TRAILING_SAY = re.compile(
    r",\s+(?:(?P<speaker>[^,:]{2,50}?)\s+(?P<cue>says?|said)|(?P<cue2>says|said)\s+"
    r"(?P<speaker2>[^,:]{2,50}?))[\s.!]*$",
    re.IGNORECASE,
)


def _headline_attributions(
    unit: _Unit, resolver: PartyResolver, lexicon: Lexicon
) -> list[_Attribution]:
    """Attributions that only headline grammar makes: frames, opening subjects, trailing say."""
    found = [
        attribution
        for attribution in (
            _leading_frame(unit, resolver, lexicon),
            _trailing_frame(unit, resolver, lexicon),
            _trailing_say(unit),
        )
        if attribution is not None
    ]
    found.extend(_opening_subjects(unit))
    return found


def _frame_attribution(unit: _Unit, speaker: Span, content: Span | None) -> _Attribution | None:
    """A speaker set off by a colon or dash: no cue word, the rest is what it says."""
    if content is None:
        return None
    return _Attribution(speaker, None, None, None, content, unit.text[content[0] : content[1]])


def _leading_frame(unit: _Unit, resolver: PartyResolver, lexicon: Lexicon) -> _Attribution | None:
    """'NYT: Apple Watch includes ...', 'Tim Cook: I wear my Apple Watch ...'."""
    match = _LEADING_FRAME.match(unit.text, unit.start, unit.end)
    if match is None:
        return None
    tokens = unit.tokens(match.start(1), match.end(1))
    after = unit.tokens(match.end(), min(unit.end, match.end() + 20))[:1]
    # "US Won't Stop ..." is the country, "I wear my ..." the speaker's own words
    first_person = bool(after) and after[0].lower in P.FIRST_PERSON and after[0].text != "US"
    if not _is_frame_speaker(tokens, resolver, lexicon, named=first_person):
        return None
    content = _trim(unit.text, match.end(), unit.end)
    return _frame_attribution(unit, match.span(1), content)


def _trailing_frame(unit: _Unit, resolver: PartyResolver, lexicon: Lexicon) -> _Attribution | None:
    """'Apple Watch launch has new timetable: Analyst', '... -- analyst', '...: CNN'."""
    match = _TRAILING_FRAME.search(unit.text, unit.start, unit.end)
    if match is None or match.start() - unit.start < 15:
        return None
    group = 1 if match.group(1) else 2
    tokens = unit.tokens(*match.span(group))
    if not _is_frame_speaker(tokens, resolver, lexicon, named=len(tokens) > 1):
        return None
    content = _trim(unit.text, unit.start, match.start())
    return _frame_attribution(unit, match.span(group), content)


def _is_frame_speaker(
    tokens: list[_Token], resolver: PartyResolver, lexicon: Lexicon, *, named: bool
) -> bool:
    """A headline's source in a frame: a role ("Analyst", "Official", "White House"),
    an outlet's initials ("NYT", "CNN"), or, when `named` allows, a person's name.

    A bare country ("India: ...", "U.S.: ...") is where the story happens, and a
    label ("UPDATE:", "Rumor:") or a hedge is no speaker.
    """
    if not tokens or len(tokens) > 6 or tokens[0].lower in P.DETERMINERS:
        return False
    if any(t.lower in P.HEADLINE_LABELS or not t.text[:1].isalnum() for t in tokens):
        return False
    phrase = " ".join(t.text for t in tokens)
    if lexicon.hedge_in(phrase) is not None:
        return False
    lower = [t.lower.rstrip(".") for t in tokens]
    if any(word in P.PRONOUNS or word in P.FINITE_WORDS for word in lower):
        return False
    if lower[-1] in P.SPEAKER_NOUNS or lower[-1] in P.PERSON_HEADS or lower[-1] in P.HONORIFICS:
        return True  # "Analyst", "Pentagon", "GOP Rep"
    if resolver.is_place(phrase):
        return False  # a bare place
    if len(tokens) <= 2 and all(_is_initials(t.text) for t in tokens):
        return True
    if tokens[0].lower in P.HONORIFICS and _is_name(tokens[1:]):
        return True  # "Rep. Duncan Hunter: ..."
    return named and _is_name(tokens) and len(tokens) <= 3


def _is_initials(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _trailing_say(unit: _Unit) -> _Attribution | None:
    """'Meteorite makes big crater in Nicaragua, government says', '..., says monitoring group'."""
    match = _TRAILING_SAY.search(unit.text, unit.start, unit.end)
    if match is None:
        return None
    group = "speaker" if match.group("speaker") else "speaker2"
    cue_group = "cue" if match.group("cue") else "cue2"
    tokens = unit.tokens(*match.span(group))
    if not tokens or len(tokens) > 5 or not all(_headline_np_word(t) for t in tokens):
        return None
    content = _trim(unit.text, unit.start, match.start())
    if content is None:
        return None
    cue = match.span(cue_group)
    return _Attribution(
        match.span(group),
        None,
        cue,
        _normal(match.group(cue_group)),
        content,
        unit.text[content[0] : content[1]],
    )


def _headline_np_word(token: _Token) -> bool:
    """A word that may stand in a headline's subject: no verb, pronoun or preposition."""
    lower = token.lower
    if lower in P.FINITE_WORDS or lower in P.VERB_SIGNS or lower in P.CLAUSE_OPENERS:
        return False
    if lower in P.PRONOUNS or lower in P.OBJECT_PRONOUNS or lower in P.PREPOSITIONS:
        return lower in P.NP_CONNECTORS and lower != "and"
    if lower in P.CUE_FORMS or lower in P.HEDGE_WORDS or _is_past_tense(token):
        return False
    return token.text.replace("-", "").replace(".", "").replace(
        "'", ""
    ).isalnum() or _is_possessive(token)


def _opening_subjects(unit: _Unit) -> list[_Attribution]:
    """'Nicaragua says meteorite probable cause of blast', 'ISIS claims to have killed
    US journalist', 'Citi sees 550 and 950 Apple Watches': the headline's opening
    noun phrase (or the one after a leading topic and colon) and the verb right
    after it; the rest is the content, clause or not."""
    found = []
    starts = [unit.start]
    frame = _LEADING_FRAME.match(unit.text, unit.start, unit.end)
    if frame is not None:
        starts.append(frame.end())
    for start in starts:
        attribution = _headline_subject(unit, start)
        if attribution is not None:
            found.append(attribution)
    return found


def _headline_subject(unit: _Unit, start: int) -> _Attribution | None:
    tokens = unit.tokens(start, min(unit.end, start + 120))
    for i, token in enumerate(tokens[:8]):
        lemma = P.CUE_FORMS.get(token.text) or P.FORECAST_VERBS.get(token.lower)
        if lemma is not None and i > 0:
            break
        if not _headline_np_word(token):
            return None
    else:
        return None
    if lemma not in P.HEADLINE_REPORT_LEMMAS:
        return None
    subject = tokens[:i]
    if subject[0].lower in P.DETERMINERS - {"the"} or not _valid_headline_subject(subject):
        return None
    rest = tokens[i + 1 :]
    if not rest or rest[0].text in ",:;.?!":
        return None
    if rest[0].lower in P.PREPOSITIONS - {"to"} and not _AT_LEAST.match(unit.text, rest[0].start):
        return None  # "says in a statement": the adverbial needs the article rules
    if rest[0].lower == "to" and lemma != "claim":
        return None  # "Amazon said to open", "Apple says to expect": a hedge or an order
    if token.lower == "said" and _is_past_tense(rest[0]):
        return None  # "Foley executioner said identified as ...": a passive hedge
    if token.lower in P.FORECAST_VERBS and not any(t.text[:1].isdigit() for t in rest):
        return None  # "Rape Crisis Sees Mob Castrate ...": a forecast names a figure
    content_start = rest[1].start if rest[0].lower == "that" and len(rest) > 1 else rest[0].start
    content = _trim(unit.text, content_start, unit.end)
    if content is None:
        return None
    return _Attribution(
        (subject[0].start, subject[-1].end),
        None,
        (token.start, token.end),
        _normal(token.text),
        content,
        unit.text[content[0] : content[1]],
    )


_AT_LEAST = re.compile(r"(?i)at\s+(?:least|most)\b")


def _valid_headline_subject(tokens: list[_Token]) -> bool:
    """A subject a headline opens with: capitalised words, or words ending in a noun."""
    head = tokens[-1]
    if _is_possessive(head) or head.lower in P.NP_CONNECTORS or head.lower in P.DETERMINERS:
        return False
    return head.text[:1].isupper() or head.text.isalpha()
