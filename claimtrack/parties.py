"""Resolve speakers to parties: which country or organisation a speaker stands for.

The built-in gazetteer has every UN member and observer state (names, official
names, safe ISO codes, capitals used for governments, demonyms used in titles)
from the `countryinfo` package, plus the hand-kept institutions, organisations
and abbreviations in `claimtrack.gazetteer`. The ledger's `parties:` block adds
aliases on top and wins over the built-ins.

Matching works on tokens: an alias and a text are tokenised the same way and
looked up in one token trie, longest match first, so `resolve` on a speaker
phrase costs microseconds. Case is part of an alias: "US" matches only in
capitals (never "us"), "China" only capitalised (never "china"), "of" in any
case. Variant spellings ("Phyongyang", "Kiyv", "Nort Korea") match through a
conservative edit distance.

A speaker phrase names one head party ("The U.S. senior official for North
Korea" is the United States: "for North Korea" is a complement) or several
joined by "and" ("Seoul and Washington").

Known ambiguities, left to the ledger's aliases: a person whose name is a
country or demonym ("Jim Jordan", "David French", "Kerry Washington") resolves
to that country when the phrase names no other party; "Georgia" is the
country, not the US state; capitals in headlines written all in capitals
match like names ("FEELING THE BERN").
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from claimtrack import _patterns as P
from claimtrack import entities, gazetteer
from claimtrack.model import Ledger, Party, Problem, Span

# How an alias token must appear in text.
_FREE, _CAP, _EXACT = 0, 1, 2

# Layers of aliases: a later layer overrides an earlier one for the same words.
_DERIVED, _HAND, _LEDGER = 0, 1, 2

# Bump when the cached country table changes shape.
_CACHE_FORMAT = 1

# (An abbreviation and an initial share their first letter and dot, read once:
# each word of a text is tried against one alternative fewer.)
_TOKEN_RE = re.compile(
    r"""
      [^\W\d_]\.(?:                    # a letter and a dot, then
          (?:[^\W\d_]\.)+             # more: a dotted abbreviation (U.S., U.K., D.P.R.K.)
        | (?![^\W\d_])                 # or no letter: an initial (the "N." of "N. Korea")
      )
    | ['\u2019]s\b                   # possessive 's, split off its word
    | [^\W_]+                        # a word (letters and digits)
    | [^\s\w'\u2019\-\u2010\u2011]   # other punctuation; hyphens and bare apostrophes are dropped
    """,
    re.VERBOSE,
)

# Words that join the speakers of a joint statement ("Seoul and Washington").
_COORDINATORS = frozenset({"and", "&", ",", ";", "/", "or", "nor"})
_RESETS = frozenset({",", ";"})
# Prepositions that open a complement: a party after them is what the speaker
# is about or where, not whom the speaker stands for ("envoy for North Korea",
# "Chinese Embassy in Washington", "ambassador to Washington").
_COMPLEMENTS = frozenset(
    {
        "for", "to", "in", "on", "at", "with", "toward", "towards", "against", "over",
        "about", "into", "onto", "regarding", "concerning", "between", "among",
        "under", "within", "inside", "near", "after", "before", "during", "via",
    }
)  # fmt: skip

_MEMO_LIMIT = 50_000
_T = TypeVar("_T")


class _Token(NamedTuple):
    """A word as the trie reads it. Where it stands in its text is not kept:
    only a mention found needs that (`PartyResolver._mentions_uncached`)."""

    norm: str  # curly quotes straightened, accents folded, case kept
    key: str  # norm, case-folded
    capitalised: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    party: str | None  # None: a phrase that looks like a party and is not one
    pattern: tuple[tuple[int, str], ...]  # per token: how it must appear, its form
    layer: int
    surface: str
    # A country's own names may match in lower case when nothing else does;
    # institutions may not ("homeland security experts").
    relaxable: bool
    # A nationality word ("Russian"): a state's voice only before a word such
    # as "official" or "troops", never on a private person ("a Russian fisherman").
    adjective: bool = False


class _Node:
    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[_Entry] = []


@dataclass(frozen=True, slots=True)
class _Match:
    first: int  # token indexes, inclusive
    last: int
    party: str | None
    adjective: bool = False


@dataclass(frozen=True)
class _Country:
    """The fields of one state the gazetteer uses, as the country data has them."""

    alpha3: str
    name: str
    alternatives: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]


# Aliases by their token keys, before they go into the trie.
_Table = dict[tuple[str, ...], list[_Entry]]
# Names for fuzzy matching, by (number of tokens, first letter): (text, key).
_FuzzyIndex = dict[tuple[int, str], list[tuple[str, tuple[str, ...]]]]


class PartyResolver:
    """Finds the parties named in speaker phrases and free text."""

    def __init__(
        self, root: _Node, fuzzy: _FuzzyIndex, kinds: dict[str, str] | None = None
    ) -> None:
        self._root = root
        self._fuzzy = fuzzy
        self._kinds = kinds if kinds is not None else _builtin_kinds()
        self._fuzzy_memo: dict[tuple[int, str], str | None] = {}
        # The names of `fuzzy`'s lists, as `_closest` hands them to the matcher.
        self._fuzzy_names: dict[tuple[int, str], list[str]] = {}
        self._memo: dict[str, list[str]] = {}
        # Texts normalised for grouping recur: a speaker, a quote, a claim text.
        self._mentions_memo: dict[str, list[tuple[Span, str]]] = {}
        self._name_mentions_memo: dict[str, list[tuple[Span, str]]] = {}

    @classmethod
    def build(cls, extra: Sequence[Party] = ()) -> PartyResolver:
        """The built-in gazetteer, then `extra` (the ledger's parties), which overrides it."""
        root, fuzzy = _builtin_trie()
        kinds = _builtin_kinds()
        table: _Table = {}
        for party in extra:
            for alias in (party.name, *party.aliases):
                _add(table, alias, party.name, _LEDGER)
            if party.kind is not None:
                kinds = {**kinds, party.name: party.kind}
        if table:
            # The built-in trie is shared: copy only the paths the ledger changes.
            fuzzy = {bucket: list(names) for bucket, names in fuzzy.items()}
            for key, entries in table.items():
                root = _overlay(root, key, _settle(entries))
                for entry in entries:
                    _index_fuzzy(fuzzy, key, entry)
        return cls(root, fuzzy, kinds)

    def kind(self, party: str) -> str:
        """A party's kind: the ledger's, the built-in one, or a guess from its name."""
        return self._kinds.get(party) or entities.guess_kind(party)

    def kind_given(self, party: str) -> str | None:
        """A party's kind as the ledger or the built-in names give it; None for a guess."""
        return self._kinds.get(party)

    def resolve(self, speaker: str) -> str | None:
        """The party a speaker phrase stands for, or None when it names none."""
        parties = self.resolve_all(speaker)
        return parties[0] if parties else None

    def resolve_all(self, speaker: str) -> list[str]:
        """Every party a speaker phrase stands for, in order: several for joint speakers."""
        known: list[str] = _memoised(self._memo, speaker, self._resolve_uncached)
        return list(known)  # a copy: callers may change theirs

    def parties(self) -> list[Party]:
        """Every party with its aliases, by name."""
        aliases: dict[str, list[str]] = {}
        for node in _walk(self._root):
            for entry in node.entries:
                if entry.party is not None:
                    aliases.setdefault(entry.party, []).append(entry.surface)
        return [
            Party(name, tuple(dict.fromkeys(a for a in found if a != name)))
            for name, found in sorted(aliases.items())
        ]

    def is_capital(self, phrase: str) -> bool:
        """Whether a phrase is a state's capital city ("Ottawa", "Kabul"): a
        government's name only by metonymy, so its police are the city's own."""
        return " ".join(phrase.split()) in _capital_cities()

    def is_place(self, phrase: str) -> bool:
        """Whether a phrase is only a state's name, short form, capital or nationality
        (where a story happens), not one of its institutions."""
        tokens = _tokenize(phrase)
        if not tokens:
            return False
        node: _Node | None = self._root
        for token in tokens:
            node = node.children.get(token.key) if node else None
        if node is None or not node.entries:
            return False
        return any(
            e.party is not None
            and (e.layer == _DERIVED or e.surface in gazetteer.PLACE_FORMS or e.adjective)
            for e in node.entries
        )

    def is_nationality(self, word: str) -> bool:
        """Whether a word is a state's nationality ("Australian", "Nigerian"):
        before a private person's name it says where they are from."""
        return word in _demonyms()

    def mentions(self, text: str) -> list[tuple[Span, str]]:
        """Party mentions in free text, with their character spans, in text order."""
        known: list[tuple[Span, str]] = _memoised(
            self._mentions_memo, text, self._mentions_uncached
        )
        return list(known)

    def name_mentions(self, name: str) -> list[tuple[Span, str]]:
        """Party mentions in a name, as `mentions` finds them in free text, except
        that a long acronym also reads written as a word ("Nasa", "Isis"), as in a
        speaker (`resolve`): a name is named, not any text."""
        known: list[tuple[Span, str]] = _memoised(
            self._name_mentions_memo, name, self._name_mentions_uncached
        )
        return list(known)

    def _mentions_uncached(self, text: str, *, as_words: bool = False) -> list[tuple[Span, str]]:
        tokens = _tokenize(text)
        found = [
            (m.first, m.last, party)
            for m in self._matches(tokens, relaxed=False, fuzzy=True, as_words=as_words)
            if (party := m.party) is not None
        ]
        if not found:
            return []
        # Where the words stand, found only for a text that names a party, and
        # only as far as its last mention.
        words = islice(_TOKEN_RE.finditer(text), max(last for _, last, _ in found) + 1)
        spans = [word.span() for word in words]
        return [((spans[first][0], spans[last][1]), party) for first, last, party in found]

    def _name_mentions_uncached(self, name: str) -> list[tuple[Span, str]]:
        return self._mentions_uncached(name, as_words=True)

    def _resolve_uncached(self, speaker: str) -> list[str]:
        tokens = _tokenize(speaker)
        matches = self._matches(tokens, relaxed=False, fuzzy=True, as_words=True)
        if not any(m.party for m in matches):
            # A speaker written in lower case ("the japanese government") still
            # names its party; codes such as "US" keep their capitals.
            matches = self._matches(tokens, relaxed=True, fuzzy=False, as_words=True)
        matches = _titled_by_nationality(tokens, matches)
        matches = [m for m in matches if not _state_level_office(tokens, m)]
        return _heads(tokens, [m for m in matches if _speaks_for_state(tokens, m)])

    def _party_of(self, key: tuple[str, ...]) -> str | None:
        node: _Node | None = self._root
        for part in key:
            node = node.children.get(part) if node else None
        return node.entries[0].party if node and node.entries else None

    def _matches(
        self, tokens: list[_Token], *, relaxed: bool, fuzzy: bool, as_words: bool = False
    ) -> list[_Match]:
        """The aliases found in a run of tokens. `as_words`: a long acronym also
        reads written as a word ("Nato", "Isis"); only for a speaker, who is
        named, not for free text, where such a word may be anything."""
        found: list[_Match] = []
        gap_start = 0
        i = 0
        # Most words open no alias: they are passed over without a walk down the trie.
        opening = self._root.children
        while i < len(tokens):
            match = (
                self._match_at(tokens, i, relaxed, as_words) if tokens[i].key in opening else None
            )
            if match is None:
                i += 1
                continue
            if fuzzy:
                found.extend(self._fuzzy_matches(tokens, gap_start, i))
            found.append(match)
            i = gap_start = match.last + 1
        if fuzzy:
            found.extend(self._fuzzy_matches(tokens, gap_start, len(tokens)))
        found.sort(key=lambda m: m.first)
        return found

    def _match_at(
        self, tokens: list[_Token], i: int, relaxed: bool, as_words: bool = False
    ) -> _Match | None:
        node = self._root
        ends: list[tuple[int, _Node]] = []
        for j in range(i, len(tokens)):
            child = node.children.get(tokens[j].key)
            if child is None:
                break
            node = child
            if node.entries:
                ends.append((j, node))
        for j, end in reversed(ends):
            window = tokens[i : j + 1]
            for entry in end.entries:
                # A long name is recognised in any case ("the Department of
                # Homeland security"); short ones keep theirs ("us" is no US).
                loose = relaxed and (entry.relaxable or len(entry.pattern) >= 3)
                if _fits(entry.pattern, window, loose, as_words):
                    return _Match(i, j, entry.party, entry.adjective)
        return None

    def _fuzzy_matches(self, tokens: list[_Token], start: int, stop: int) -> Iterator[_Match]:
        # Only runs of capitalised words are tried: a misspelt name keeps its
        # capital. A word in lower case is passed over at once; a run is
        # counted only as far as the longest window (three words).
        i = start
        while i < stop:
            if not tokens[i].capitalised:
                i += 1
                continue
            run = 1
            while run < 3 and i + run < stop and tokens[i + run].capitalised:
                run += 1
            first = tokens[i].key[0]
            for size in range(run, 0, -1):
                if (size, first) not in self._fuzzy:
                    continue
                window = tokens[i : i + size]
                party = self._fuzzy_party(" ".join(t.key for t in window), size)
                if party is not None:
                    yield _Match(i, i + size - 1, party)
                    i += size - 1
                    break
            i += 1

    def _fuzzy_party(self, text: str, size: int) -> str | None:
        memo_key = (size, text)
        if memo_key in self._fuzzy_memo:
            return self._fuzzy_memo[memo_key]
        party = self._closest(text, size)
        if len(self._fuzzy_memo) >= _MEMO_LIMIT:
            self._fuzzy_memo.clear()
        self._fuzzy_memo[memo_key] = party
        return party

    def _closest(self, text: str, size: int) -> str | None:
        allowed = _allowed_distance(text)
        candidates = self._fuzzy.get((size, text[0]), [])
        if allowed == 0 or not candidates:
            return None
        names = self._fuzzy_names.get((size, text[0]))
        if names is None:
            names = self._fuzzy_names[size, text[0]] = [name for name, _ in candidates]
        hits = process.extract(text, names, scorer=OSA.distance, score_cutoff=allowed, limit=None)
        parties = {
            self._party_of(candidates[index][1])
            for name, distance, index in hits
            if _looks_like_typo(text, name, int(distance))
        }
        # Two parties equally close is a guess; never guess.
        return parties.pop() if len(parties) == 1 else None


def canonical_party(resolver: PartyResolver, ledger: Ledger, name: str) -> str | None:
    """The party a name stands for: a party in the ledger, by name or any alias,
    built-in or the ledger's ("Pyongyang", "US", "Kremlin"); None if none."""
    named = {p for claim in ledger.claims for s in claim.statements if (p := s.party)}
    named.update(party.name for party in ledger.parties)
    folded = {party.casefold(): party for party in named}
    if name.casefold() in folded:
        return folded[name.casefold()]
    for party in resolver.resolve_all(name):
        if party in named:
            return party
    return None


def ledger_kinds(resolver: PartyResolver, ledger: Ledger) -> Callable[[str], str]:
    """Each party's kind as the ledger's commands show it: the ledger's `kind:`
    or the built-in one, else the kind its statements' speaker phrases give the
    name ("Italian newspaper Corriere Adriatico", "the weekly Morning Quill" -> media),
    as extraction read them, else a guess from the name alone. The name by
    itself cannot tell an outlet or a company from a person ("Movie Pilot").

    The speaker phrases are read only for a party asked about (`show` asks about
    a claim's few), after one pass that sorts them by party."""
    speakers: dict[str, list[str]] = {}
    sorted_out = False
    said: dict[str, str | None] = {}

    def kind(party: str) -> str:
        nonlocal sorted_out
        given = resolver.kind_given(party)
        if given is not None:
            return given
        if party not in said:
            if not sorted_out:
                for claim in ledger.claims:
                    for statement in claim.statements:
                        if statement.party is not None:
                            speakers.setdefault(statement.party, []).append(statement.speaker or "")
                sorted_out = True
            said[party] = _kind_said(party, speakers.get(party, ()))
        return said[party] or entities.guess_kind(party)

    return kind


def _kind_said(party: str, speakers: Sequence[str]) -> str | None:
    """The kind most of a party's speaker phrases give its name, or None.

    A phrase saying more than the name ("the weekly ...") outweighs the bare
    name, which only the name's own form types ("Snopes.com")."""
    votes: dict[bool, Counter[str]] = {}
    for speaker in speakers:
        named = entities.name_in(speaker)
        if named is None or named.name != party or named.kind not in _SAID_KINDS:
            continue
        if named.kind == entities.PERSON and not speaker.rstrip().endswith(party):
            # "Tolley Brackwell Executive Director Ann Lee": a name before a
            # role is a body's or a person's alike, which the name cannot say
            continue
        bare = THE_OPENING.sub("", speaker) == party
        votes.setdefault(bare, Counter())[named.kind] += 1
    counts = votes.get(False) or votes.get(True)
    if counts:
        return counts.most_common(1)[0][0]
    if any(speaker.strip().lower() in ("he", "she") for speaker in speakers):
        if any(_another_person(party, speaker) for speaker in speakers):
            # "Kestrel Trust inspector Ann Lee said ... He said": the "he" is a
            # person of the body, which people speak for; the name decides
            return None
        return entities.PERSON  # "Lana claims", "she wrote": only a person is "she"
    return None


def _another_person(party: str, speaker: str) -> bool:
    """Whether a speaker phrase names a person who shares no word of the
    party's name ("Ann Lee" for the Kestrel Trust; not "Lee" for Ann Lee)."""
    named = entities.name_in(speaker)
    if named is None or named.kind != entities.PERSON:
        return False
    return not set(spelling_key(named.name).split()) & set(spelling_key(party).split())


# "The" opening a name or a speaker phrase ("The Sun", "the company").
THE_OPENING = re.compile(r"^the\s+", re.IGNORECASE)
_SAID_KINDS = frozenset({entities.ORGANISATION, entities.MEDIA, entities.PERSON})


def party_name_problems(resolver: PartyResolver, ledger: Ledger) -> list[Problem]:
    """Statements whose party is written as an alias or a misspelling of a known
    party ("Kremlin", "Rusia", "china"): each with the canonical name to write instead.

    A party already in the ledger under its own name (in `parties:`, or the
    built-in name of one) is never a misspelling of another, however close.
    """
    known = resolver.parties()
    canonical = {p.name for p in known} | {p.name for p in ledger.parties}
    names = _names_by_fold(known)
    meant: dict[str, tuple[str, str] | None] = {}
    problems = []
    for claim in ledger.claims:
        for index, statement in enumerate(claim.statements):
            party = statement.party
            if party is None or party in canonical:
                continue
            if party not in meant:
                meant[party] = _party_meant(resolver, names, party)
            found = meant[party]
            if found is None or _named_as_written(resolver, names, party, statement.speaker):
                continue
            how, name = found
            position = statement.position
            problems.append(
                Problem(
                    ledger.path,
                    position.line if position else 1,
                    position.column if position else 1,
                    f"claims.{claim.id}.statements[{index}].party: '{party}' is {how} "
                    f"'{name}'; write `party: {name}` so both count as one party",
                )
            )
    return problems


def _named_as_written(
    resolver: PartyResolver, names: dict[str, set[str]], party: str, speaker: str | None
) -> bool:
    """Whether a party name is the article's own name for a body, written word for
    word in its statement's speaker ("Today Bolivia" for "The Today Bolivia site",
    "Al-Sabab" for "Al-Sabab"), and no known name of another party: extraction took
    it from the article, so it is no alias or misspelling typed into the ledger. A
    state's own name or body ("Lima", "Russian Navy") is still the state's, except
    the place of a mayor's or governor's title ("Lima Mayor Rosa Quispe"), which
    extraction files as that city's or region's government."""
    if speaker is None:
        return False
    if entities.regional_office(speaker) == party:
        return True  # "Lima Mayor Rosa Quispe": the city's government, not Peru
    if party.casefold() in names:
        return False
    if re.search(rf"(?<![\w-]){re.escape(party)}(?![\w-])", speaker) is None:
        return False
    return names_more_than_a_state(resolver, party)


def _names_by_fold(known: Sequence[Party]) -> dict[str, set[str]]:
    """Every name and alias of the known parties, case-folded: the parties it names."""
    names: dict[str, set[str]] = {}
    for party in known:
        for alias in (party.name, *party.aliases):
            names.setdefault(alias.casefold(), set()).add(party.name)
    return names


def _party_meant(
    resolver: PartyResolver, names: dict[str, set[str]], party: str
) -> tuple[str, str] | None:
    """("an alias of" or "close to", the party) that `party` stands for, or None."""
    folded = party.casefold()
    exact = names.get(folded, set())
    if len(exact) == 1:
        name = next(iter(exact))
        return ("close to" if folded == name.casefold() else "an alias of", name)
    found = resolver.resolve_all(party)
    if len(found) == 1 and found[0] != party and not _own_name_holding_a_place(resolver, party):
        how = "an alias of" if folded in names and found[0] in names[folded] else "close to"
        return how, found[0]
    if exact or folded in gazetteer.NOT_TYPOS:
        return None
    allowed = _near_miss_distance(folded)
    if allowed == 0:
        return None
    # A nationality word is an alias, never a party's name to misspell ("Kenyon"
    # is not "Kenyan", nor "Indiana" "Indians"), and a plural is another word
    # ("Americas" is not "America").
    demonyms = {form for word in _demonyms() for form in (word.casefold(), f"{word.casefold()}s")}
    choices = [name for name in names if name not in demonyms and folded != f"{name}s"]
    hits = process.extract(folded, choices, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    hits = [hit for hit in hits if not _another_word(folded, hit[0])]
    if not hits:
        return None
    nearest = min(int(distance) for _, distance, _ in hits)
    parties = set().union(*(names[name] for name, distance, _ in hits if distance == nearest))
    # Two parties equally close is a guess; never guess.
    return ("close to", parties.pop()) if len(parties) == 1 else None


def _own_name_holding_a_place(resolver: PartyResolver, party: str) -> bool:
    """A person's name that holds a place's ("Paris Hilton", "Jordan Peterson"), or
    an organisation's or outlet's whole name that says more than the state in it
    ("London School of Economics", "USA Today", "City of London Police"), or a
    capital's own police ("Ottawa Police"): a party of its own, as extraction files
    it, which the resolver, reading speakers, would take for the state. A body
    of the state ("Russian Foreign Ministry", "US Navy") is not its own party,
    and a misspelt state ("Untied States") is still caught as a near miss of its name."""
    named = entities.name_in(party)
    if named is None:
        return False
    if named.kind == entities.PERSON:
        return not any(word.lower() in gazetteer.STATE_VOICE_WORDS for word in party.split())
    if named.kind not in (entities.ORGANISATION, entities.MEDIA) or named.name != party:
        return False
    return names_more_than_a_state(resolver, party) or (
        party.endswith(" Police") and resolver.is_capital(party.removesuffix(" Police"))
    )


def names_more_than_a_state(resolver: PartyResolver, name: str) -> bool:
    """Whether an organisation's or outlet's name says more than the state in it:
    "Syrian Observatory for Human Rights" is not Syria, "Nigerian Army" is Nigeria.
    Extraction files the first as a party of its own, the second as the state, and
    `check` reads a party name by the same rule."""
    covered = [span for span, _ in resolver.name_mentions(name)]
    rest = [
        found.group().lower()
        for found in _NAME_WORD_RE.finditer(name)
        if not any(start <= found.start() < end for start, end in covered)
    ]
    return any(
        word not in gazetteer.STATE_VOICE_WORDS
        and word not in entities.STATE_INSTITUTIONS
        and word not in P.DETERMINERS
        and word not in NAME_GLUE
        for word in rest
    )


_NAME_WORD_RE = re.compile(r"[\w\u2019'-]+")
# Small words inside a body's name ("Society for the Prevention of Cruelty").
NAME_GLUE = frozenset({"of", "for", "and", "the", "on", "s"})


def _near_miss_distance(folded: str) -> int:
    """How many edits a party name may be from a known name and still be a misspelling:
    none for short names ("Iraq" and "Iran" are two states), more for long ones."""
    length = len(folded)
    if length < 5:
        return 0
    if length < 9:
        return 1
    return 2


def _titled_by_nationality(tokens: list[_Token], matches: list[_Match]) -> list[_Match]:
    """Matches with a nationality word directly before a legislator's title taken as
    the state the legislator sits for ("South Korean Rep. Kim Byung-joo" is South
    Korea, "Philippine Sen. Risa Hontiveros" the Philippines): the bare title
    stands for the United States only when nothing else is said."""
    titles = _legislator_titles()
    kept: list[_Match] = []
    for match in matches:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.adjective
            and before.last + 1 == match.first
            and tuple(t.norm for t in tokens[match.first : match.last + 1]) in titles
        ):
            kept[-1] = _Match(before.first, before.last, before.party)
            continue
        kept.append(match)
    return kept


def _state_level_office(tokens: list[_Token], match: _Match) -> bool:
    """Whether a match is a US state's own office named like the federal one, the
    state's name directly before it ("Ohio Secretary of State Ann Lee"): no
    United States, and no other party by that name either."""
    if (
        match.first >= 1
        and tokens[match.first - 1].key == "state"
        and tuple(t.norm for t in tokens[match.first : match.last + 1]) in _legislator_titles()
    ):
        return True  # "state Rep. Ann Lee", "state Sen. Bob Roe": a state legislator
    if tuple(t.key for t in tokens[match.first : match.last + 1]) not in _state_offices():
        return False
    return any(
        match.first >= len(name)
        and all(t.capitalised for t in tokens[match.first - len(name) : match.first])
        and tuple(t.key for t in tokens[match.first - len(name) : match.first]) == name
        for name in _us_state_names()
    )


@cache
def _state_offices() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(t.key for t in _tokenize(office)) for office in gazetteer.STATE_LEVEL_OFFICES
    )


@cache
def _us_state_names() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.key for t in _tokenize(name)) for name in gazetteer.US_STATE_NAMES)


@cache
def _legislator_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(t.norm for t in _tokenize(title)) for title in gazetteer.LEGISLATOR_TITLES
    )


# People who live in a place or watch a body from outside: no one's voice.
_ONLOOKERS = P.word_set(
    """
    residents resident locals inhabitants villagers townspeople citizens observers watchers
    onlookers shoppers commuters passers-by
    """
)


def _speaks_for_state(tokens: list[_Token], match: _Match) -> bool:
    """Whether a nationality word stands for its state here: only before a state's
    voice in the same phrase ("Cuban officials", "Russian Foreign Minister").
    A state's or capital's name is its voice, unless all that follows it is a
    word for the people who live there or watch it: "Managua residents",
    "Vatican observers" are private people, as "a Russian fisherman" is."""
    if not match.adjective:
        after = match.last + 1
        return not (after == len(tokens) - 1 and tokens[after].key in _ONLOOKERS)
    for token in tokens[match.last + 1 :]:
        if token.key in _RESETS or token.key in _COMPLEMENTS:
            break
        if token.key in gazetteer.STATE_VOICE_WORDS:
            return True
    return False


def _memoised(memo: dict[str, _T], key: str, make: Callable[[str], _T]) -> _T:
    """`make(key)`, kept in `memo` (emptied once it holds `_MEMO_LIMIT` keys)."""
    known = memo.get(key)
    if known is None:
        known = make(key)
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[key] = known
    return known


def _heads(tokens: list[_Token], matches: list[_Match]) -> list[str]:
    """The parties a speaker phrase stands for: one per joined speaker, complements aside."""
    starts = {m.first: m for m in matches}
    # (group, depth, party, whether it possesses, whether it ends the phrase)
    found: list[tuple[int, int, str, bool, bool]] = []
    group = depth = 0
    i = 0
    while i < len(tokens):
        match = starts.get(i)
        if match is not None:
            if match.party is not None:
                after = match.last + 1
                possessor = after < len(tokens) and tokens[after].key == "'s"
                found.append((group, depth, match.party, possessor, after == len(tokens)))
            i = match.last + 1
            continue
        key = tokens[i].key
        if key in _COORDINATORS:
            group += 1
            if key in _RESETS:
                depth = 0
        elif key in _COMPLEMENTS:
            depth += 1
        i += 1
    if not found:
        return []
    # The least embedded mentions are the speakers; a phrase whose only
    # parties sit in complements ("spokesperson for the Chinese Embassy in
    # Washington") takes the outermost one.
    # A possessor gives way to a party named last, as what it possesses:
    # "Nigeria's extremist group Boko Haram" and "Russia's ally North Korea"
    # speak as the group and the ally; "Nigeria's army", "Iraq's UN
    # ambassador" and "al-Qaeda's Yemen affiliate" as the possessor.
    top = min(depth for _, depth, *_ in found)
    heads: dict[int, tuple[str, bool]] = {}
    for group, depth, party, possessor, last in found:
        if depth == top and (group not in heads or (heads[group][1] and last)):
            heads[group] = (party, possessor)
    return list(dict.fromkeys(party for party, _ in heads.values()))


def _fits(
    pattern: tuple[tuple[int, str], ...], window: list[_Token], relaxed: bool, as_words: bool
) -> bool:
    for (level, form), token in zip(pattern, window, strict=True):
        if (
            level == _EXACT
            and token.norm != form
            and not (as_words and _acronym_as_word(form, token.norm))
        ):
            return False
        lower_ok = relaxed and token.key not in gazetteer.LOWER_CASE_WORDS
        if level == _CAP and not lower_ok and not token.capitalised:
            return False
    return True


def _acronym_as_word(form: str, written: str) -> bool:
    """Whether a name is an acronym of four letters or more written as a word,
    capital first and the rest small, as some outlets spell the ones said as
    words ("Nato", "Isis", "Unicef" for NATO, ISIS, UNICEF). Shorter ones keep
    their capitals: "Us" is no US, "Met" no MET."""
    return (
        len(form) >= 4
        and form.isalpha()
        and form.isupper()
        and written[:1] == form[:1]
        and written[1:] == form[1:].lower()
    )


def _allowed_distance(text: str) -> int:
    length = len(text)
    if length < 4:
        return 0
    if length <= 11:
        return 1
    return 2


def _another_word(text: str, name: str) -> bool:
    """Whether a word of `text` is a word of `name` with two letters or more after
    it: another word ("Metro Police" is not "Met Police"), where a letter dropped
    at a word's end may be a slip ("United State")."""
    words, named = text.casefold().split(), name.casefold().split()
    return len(words) == len(named) and any(
        a != b and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) >= 2
        for a, b in zip(words, named, strict=True)
    )


def _looks_like_typo(text: str, name: str, distance: int) -> bool:
    """A conservative test that `text` is a misspelling of `name`, not another word.

    Short words accept only two swapped letters ("Kiyv"); an edit confined to
    the last two letters is a different word ("Indiana", "Americas", "Kenyon").
    """
    if distance == 0 or text in gazetteer.NOT_TYPOS or _another_word(text, name):
        return False
    if len(text) <= 6 and (distance != 1 or sorted(text) != sorted(name)):
        return False
    same = next(
        (i for i, (a, b) in enumerate(zip(text, name, strict=False)) if a != b),
        min(len(text), len(name)),
    )
    return same < min(len(text), len(name)) - 2


def _overlay(root: _Node, key: tuple[str, ...], entries: list[_Entry]) -> _Node:
    """A trie like `root` with `entries` at `key`, sharing every untouched node."""
    top = _copy(root)
    node = top
    for part in key:
        child = node.children.get(part)
        node.children[part] = child = _copy(child) if child else _Node()
        node = child
    node.entries = entries
    return top


def _copy(node: _Node) -> _Node:
    twin = _Node()
    twin.children = dict(node.children)
    twin.entries = node.entries
    return twin


def _walk(root: _Node) -> Iterator[_Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children.values())


def _index_fuzzy(index: _FuzzyIndex, key: tuple[str, ...], entry: _Entry) -> None:
    # Only capitalised names take part: codes are too short to have typos
    # that are not other codes.
    if entry.party is None or any(level != _CAP for level, _ in entry.pattern):
        return
    text = " ".join(key)
    if len(text) >= 4:
        names = index.setdefault((len(key), text[0]), [])
        if (text, key) not in names:
            names.append((text, key))


def _add(table: _Table, alias: str, party: str | None, layer: int, adjective: bool = False) -> None:
    tokens = _tokenize(alias)
    if not tokens:
        return
    key = tuple(t.key for t in tokens)
    pattern = tuple((_level(t.norm), t.norm) for t in tokens)
    entries = table.setdefault(key, [])
    if entries and entries[0].layer < layer:
        entries.clear()  # the later layer overrides: the ledger wins over built-ins
    elif entries and entries[0].layer > layer:
        return
    relaxable = layer == _DERIVED or alias == party
    entry = _Entry(party, pattern, layer, alias.strip(), relaxable, adjective)
    if entry not in entries:
        entries.append(entry)


def _settle(entries: list[_Entry]) -> list[_Entry]:
    """The entries of one alias; an alias shared by two parties names neither."""
    if len({e.party for e in entries}) > 1:
        return [
            _Entry(None, e.pattern, e.layer, e.surface, e.relaxable, e.adjective) for e in entries
        ]
    return entries


def _level(form: str) -> int:
    if sum(c.isupper() for c in form) > 1 or form.endswith("."):
        return _EXACT
    if form[:1].isupper():
        return _CAP
    return _FREE


def _tokenize(text: str) -> list[_Token]:
    # Words recur: each is made a token once, and the same token stands for it
    # wherever it is written (no tuple made per word read).
    return list(map(_word_forms, _TOKEN_RE.findall(text)))


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> _Token:
    """A word's token: its normal form, its key and whether it is capitalised."""
    norm = _normalise(word)
    return _Token(norm, norm.casefold(), norm[:1].isupper())


def _normalise(word: str) -> str:
    word = word.replace("\u2019", "'")
    if word.isascii():
        return word
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c))


# --- the built-in gazetteer ---------------------------------------------------


@cache
def _builtin_trie() -> tuple[_Node, _FuzzyIndex]:
    """The built-in gazetteer, compiled once per process and shared by every resolver."""
    table: _Table = {}
    adjectives = _demonyms()
    for alias, party, layer in _builtin_aliases():
        _add(table, alias, party, layer, alias in adjectives)
    root = _Node()
    fuzzy: _FuzzyIndex = {}
    for key, entries in table.items():
        node = root
        for part in key:
            node = node.children.setdefault(part, _Node())
        node.entries = _settle(entries)
        for entry in node.entries:
            _index_fuzzy(fuzzy, key, entry)
    return root, fuzzy


def builtin_kind(name: str) -> str | None:
    """The kind of a party the built-in tables know ("state", "media", ...), else None."""
    return _builtin_kinds().get(name)


@cache
def _builtin_kinds() -> dict[str, str]:
    kinds = {country.name: entities.STATE for country in _countries()}
    for table, kind in (
        (gazetteer.COUNTRY_ALIASES, entities.STATE),
        (gazetteer.EXTRA_COUNTRIES, entities.STATE),
        (gazetteer.ORGANISATIONS, entities.ORGANISATION),
        (gazetteer.MEDIA, entities.MEDIA),
    ):
        kinds.update(dict.fromkeys(table, kind))
    return kinds


@cache
def _builtin_aliases() -> tuple[tuple[str, str | None, int], ...]:
    """Every built-in (alias, party, layer): derived country names, then hand-kept ones."""
    rows: list[tuple[str, str | None, int]] = []
    for country in _countries():
        rows.extend((alias, country.name, _DERIVED) for alias in _country_aliases(country))
    for name, aliases in gazetteer.COUNTRY_ALIASES.items():
        rows.extend((alias, name, _HAND) for alias in (name, *aliases))
    for table in (gazetteer.EXTRA_COUNTRIES, gazetteer.ORGANISATIONS):
        for name, aliases in table.items():
            rows.extend((alias, name, _HAND) for alias in (name, *aliases))
    rows.extend((phrase, None, _HAND) for phrase in gazetteer.NOT_PARTIES)
    return tuple(rows)


@cache
def _demonyms() -> frozenset[str]:
    """Every nationality word, singular: from the country data and the hand-kept ones."""
    found = {d for country in _countries() for d in country.demonyms}
    return frozenset(found | gazetteer.DEMONYMS)


def _country_aliases(country: _Country) -> Iterator[str]:
    yield country.name
    for alternative in country.alternatives:
        if alternative not in gazetteer.NOT_ALIASES and not _is_code(alternative):
            yield alternative
    for capital in country.capitals:
        if capital not in gazetteer.NOT_CAPITALS:
            yield capital
    for demonym in country.demonyms:
        if demonym not in gazetteer.NOT_ALIASES:
            yield demonym
            if demonym.endswith(("an", "i", "er")):
                yield demonym + "s"  # "Russians", "Israelis", "New Zealanders"


@cache
def _capital_cities() -> frozenset[str]:
    return frozenset(
        capital
        for country in _countries()
        for capital in country.capitals
        if capital not in gazetteer.NOT_CAPITALS
    )


def _is_code(text: str) -> bool:
    # Codes are listed one by one, by safety: see gazetteer.UNSAFE_CODES.
    return len(text) <= 3 and text.isupper()


@cache
def _countries() -> tuple[_Country, ...]:
    """UN members and observers, from the country data, cached on disk between runs.

    Loading the country data reads every country's JSON file, borders and all;
    the few fields used here are kept in a small cache file keyed by the data's
    version, so later runs start fast.
    """
    path = _cache_path()
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple(_Country(**{**row, **_tuples(row)}) for row in rows)
    except (OSError, ValueError, TypeError):
        pass
    countries = _load_countries()
    _write_cache(path, [_row(c) for c in countries])
    return countries


def _tuples(row: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(row[k]) for k in ("alternatives", "capitals", "demonyms")}


def _row(country: _Country) -> dict[str, Any]:
    return {
        "alpha3": country.alpha3,
        "name": country.name,
        "alternatives": list(country.alternatives),
        "capitals": list(country.capitals),
        "demonyms": list(country.demonyms),
    }


def _cache_path() -> Path:
    import countryinfo

    from claimtrack.cache import cache_dir

    version = getattr(countryinfo, "__version__", "0")
    return cache_dir() / f"countries-{version}-{_CACHE_FORMAT}.json"


def _write_cache(path: Path, rows: list[dict[str, Any]]) -> None:
    # A cache that cannot be written only costs speed on the next run.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass


def _load_countries() -> tuple[_Country, ...]:
    from countryinfo import CountryInfo

    wanted = set(gazetteer.UN_MEMBERS) | set(gazetteer.OBSERVERS)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for key, info in sorted(CountryInfo.all().items()):
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3 in wanted:
            grouped.setdefault(alpha3, []).append({**info, "key": key})
    return tuple(_merge(alpha3, infos) for alpha3, infos in sorted(grouped.items()))


def _merge(alpha3: str, infos: list[dict[str, Any]]) -> _Country:
    """One state from its records; the data has a few states twice (Myanmar and Burma)."""
    names = [str(info["name"]) for info in infos]
    alternatives: list[str] = []
    capitals: list[str] = []
    demonyms: list[str] = []
    for info in infos:
        alternatives.extend(str(a).strip() for a in info.get("altSpellings") or ())
        capital = info.get("capital") or ()
        capitals.extend([capital] if isinstance(capital, str) else map(str, capital))
        demonym = str(info.get("demonym") or "")
        demonyms.extend(d.strip() for d in re.split(r"[,/]", demonym))
    name = gazetteer.COMMON_NAMES.get(alpha3, names[0])
    return _Country(
        alpha3=alpha3,
        name=name,
        alternatives=_unique(names + alternatives, name),
        capitals=_unique(capitals, name),
        demonyms=_unique(demonyms, name),
    )


def _unique(items: list[str], name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i and i != name))


# --- one party under one name -------------------------------------------------------

_FULL_STOPS = re.compile(r"\.(?=\s|$|\w)")


def spelling_key(name: str) -> str:
    """A party's name as its spellings share it: a curly apostrophe as a straight
    one, no full stop after an abbreviation, one case and single spaces ("St.
    Louis County" and "St Louis County", "O\u2019Neal" and "O'Neal", "FOX News" and
    "Fox News"), and a place's adjective opening a body's name as the place
    ("Cumbrian Police" and "Cumbria Police")."""
    straight = name.replace("\u2019", "'").replace("\u2018", "'")
    words = _FULL_STOPS.sub("", straight).casefold().split()
    if len(words) >= 2 and words[-1] in entities.ORGANISATION_HEADS and words[0].endswith("an"):
        # "Cumbrian Police", "Kenyan Army": a place's adjective in -an before a
        # body's head is the place's name in -a ("Cumbria Police", "Kenya Army")
        words[0] = words[0][:-1]
    return " ".join(words)


_BODY_HEADS = entities.ORGANISATION_HEADS | entities.MEDIA_HEADS


def without_second_head(name: str) -> str | None:
    """A body's name without a last head word that follows another ("Detroit Police
    Department" -> "Detroit Police", "Ottawa Police Service" -> "Ottawa Police"): the
    name already says what the body is, and is written with or without the second
    head; its spelling key. The last must be an organisation's head: an outlet's
    ("World News Daily Report") is part of its title. None for a name of no such
    ending, or of one word left."""
    words = spelling_key(name).split()
    if (
        len(words) < 3
        or words[-1] not in entities.ORGANISATION_HEADS
        or words[-2] not in _BODY_HEADS
    ):
        return None
    return " ".join(words[:-1])


def _one_letter_more(one: str, other: str) -> bool:
    """Whether one of two words is the other with one letter put in."""
    if abs(len(one) - len(other)) != 1 or min(len(one), len(other)) < 5:
        return False
    short, long = sorted((one, other), key=len)
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]


class NameBook:
    """The names parties are already filed under, so that a new name that only
    spells one of them otherwise (`spelling_key`) or adds or drops a second head
    word (`without_second_head`) takes the name it has: one party, one name."""

    def __init__(self, names: Iterator[str] | Sequence[str] = ()) -> None:
        self._spelled: dict[str, str] = {}
        self._shorter: dict[str, str] = {}
        # each surname of the people named in full: the full names it ends
        self._people: dict[str, set[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str, person: bool = False) -> None:
        self._spelled.setdefault(spelling_key(name), name)
        shorter = without_second_head(name)
        if shorter is not None:
            self._shorter.setdefault(shorter, name)
        words = name.split()
        if person and len(words) > 1:
            self._people.setdefault(spelling_key(words[-1]), set()).add(name)

    def person_named(self, surname: str) -> str | None:
        """The one person named in full whose last name `surname` is ("Obama" ->
        "Barack Obama"); None if none or several are."""
        people = self._people.get(spelling_key(surname), set())
        return next(iter(people)) if len(people) == 1 else None

    def name_of(self, name: str, person: bool = False) -> str:
        """The name `name` is filed under: its own if it is new (and from now on)."""
        key = spelling_key(name)
        found = self._spelled.get(key)
        if found is None:
            shorter = without_second_head(name)
            found = self._spelled.get(shorter) if shorter is not None else None
            if found is None:
                found = self._shorter.get(key)
        if found is None and person:
            found = self._forename_spelt_otherwise(name)
        if found is None:
            self.add(name, person)
            return name
        return found

    def _forename_spelt_otherwise(self, name: str) -> str | None:
        """The one person filed under the same surname whose forename this one
        spells with a letter more or less ("Wilfried Strauch" and "Wilfred
        Strauch", "Mohamed" and "Mohammed"), for forenames of five letters or
        more: another person's forename differs by more ("Luke", "Lucy")."""
        words = name.split()
        if len(words) != 2 or len(words[0]) < 5:
            return None
        forename = words[0].casefold()
        found = [
            other
            for other in self._people.get(spelling_key(words[-1]), ())
            if len(other.split()) == 2 and _one_letter_more(forename, other.split()[0].casefold())
        ]
        return found[0] if len(found) == 1 else None
