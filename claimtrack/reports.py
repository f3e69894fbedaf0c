"""The rows and records that commands print, built from a `Ledger`.

This is the one place where the machine-readable contract of SPEC.md lives:
the field names of `list`, `show`, `parties`, `sources`, `check`, `extract
--dry-run` and `match` output. Everything here is a pure function of the
ledger or of what the pipeline found; `render` decides how the records look,
`cli` decides where they go.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack import cache
from claimtrack.errors import NotFoundError
from claimtrack.model import Claim, Ledger, Party, Problem, Source, Span, Stance, Statement

if TYPE_CHECKING:
    from claimtrack.importer import Imported
    from claimtrack.pipeline import MatchResult, Planned

Record = dict[str, Any]
KindOf = Callable[[str], str]  # a party name to its kind

# A fuzzy `show` query must score at least this (0-100) to name a claim, and
# a runner-up this close to the best makes the query ambiguous. At 85 a word
# still finds its inflections ("korean" -> "korea", 91) but no longer a word
# it merely contains ("nosuch" -> "such", 80).
SHOW_THRESHOLD = 85.0
# A query shaped like a claim id (words joined by hyphens) names an id, or the
# unique start of one; it is never matched against claim texts.
_ID_SHAPED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
AMBIGUITY_MARGIN = 5.0
CANDIDATE_LIMIT = 5

# `independent_sources` counts a wire copy (a source with `copy_of`) as its original.
CLAIM_COLUMNS = (
    "id",
    "text",
    "asserts",
    "denies",
    "disputes",
    "statements",
    "sources",
    "independent_sources",
    # Statements of each stance whose speaker resolves to no party ("an
    # official", "sources"): `no_party` in JSON, a column per stance in TSV/CSV.
    *(f"no_party.{stance.value}" for stance in Stance),
)
# A statement's own fields, as the ledger holds them with its source's.
_STATEMENT_FIELDS = (
    "party",
    "speaker",
    "stance",
    "cue",
    "content",
    "quote",
    "source",
    "path",
    "title",
    "url",
    "line",
    "outlet",
    "copy_of",
    "published",
)
# `show`, `statements`, `timeline`: the party's kind last, so that scripts
# reading the columns by position keep working.
STATEMENT_COLUMNS = (*_STATEMENT_FIELDS, "kind")
PARTY_COLUMNS = ("party", "kind", "aliases", "asserts", "denies", "disputes", "statements")
SOURCE_COLUMNS = (
    "id",
    "title",
    "url",
    "published",
    "outlet",
    "path",
    "statements",
    "claims",
    "copy_of",
    "sha256",
)
PROBLEM_COLUMNS = ("path", "line", "column", "message")
SPAN_COLUMNS = ("span", "speaker_span", "cue_span", "content_span")
# `not_filed`, then the party's kind, last: scripts reading the columns by
# position keep working.
PLANNED_COLUMNS = (
    "claim",
    "claim_text",
    "new_claim",
    *_STATEMENT_FIELDS,
    *SPAN_COLUMNS,
    "not_filed",
    "kind",
)
# `scan`: a statement of an archive, the tracked claim it is about (or none) and
# how well it matched.
SCAN_COLUMNS = ("claim", "claim_text", "score", *_STATEMENT_FIELDS, "kind", *SPAN_COLUMNS)
MATCH_COLUMNS = ("text", "claim", "claim_text", "score", "speaker", "party", "cue", "stance")
PARTY_CLAIM_COLUMNS = (
    "party",
    "claim",
    "claim_text",
    "stances",
    "statements",
    "sources",
    "first",
    "last",
)


# Plain strings, in SPEC order; a StrEnum member hashes and compares as its value.
_STANCE_NAMES = tuple(stance.value for stance in Stance)


class Layout(enum.StrEnum):
    """Which human layout a report has; machine formats ignore it."""

    CLAIMS = "claims"
    CLAIM = "claim"
    PARTIES = "parties"
    SOURCES = "sources"
    PROBLEMS = "problems"
    PLANNED = "planned"
    MATCHES = "matches"
    PARTY = "party"
    TIMELINE = "timeline"
    STATEMENTS = "statements"
    IMPORTED = "imported"


@dataclass(frozen=True)
class Report:
    """What a data command prints.

    `document` is what `json` and `yaml` print (a list of records or one
    object); `records` is what `jsonl` and `tsv` print, one per line, with
    `columns` as the TSV header.
    """

    layout: Layout
    document: Any
    records: Sequence[Record]
    columns: tuple[str, ...]
    # A line for people under the table (machine formats leave it out).
    note: str | None = None


@dataclass(frozen=True)
class ClaimFilter:
    """The filters of `claimtrack list`; every one given must hold."""

    party: str | None = None
    stance: Stance | None = None
    contested: bool = False
    source: str | None = None
    search: str | None = None


# -- list -------------------------------------------------------------------


def list_report(ledger: Ledger, claim_filter: ClaimFilter = ClaimFilter()) -> Report:
    """One record per claim that passes the filter, in ledger order."""
    copies = cache.source_copies(ledger.sources)
    records = [claim_summary(claim, copies) for claim in select_claims(ledger, claim_filter)]
    return Report(Layout.CLAIMS, records, records, CLAIM_COLUMNS)


def select_claims(ledger: Ledger, claim_filter: ClaimFilter) -> list[Claim]:
    """The claims of `ledger` that pass every filter given (none for an unknown party or source)."""
    if unknown_filter(ledger, claim_filter) is not None:
        return []
    party = _canonical_party(ledger, claim_filter.party) if claim_filter.party else None
    words = _search_words(claim_filter.search)
    return [
        claim
        for claim in ledger.claims
        if _has_position(claim, party, claim_filter.stance)
        and (not claim_filter.contested or _is_contested(claim))
        and (claim_filter.source is None or _cites(claim, claim_filter.source))
        and _mentions_all(claim, words)
    ]


def claim_summary(claim: Claim, copies: Mapping[str, str] | None = None) -> Record:
    """The `list` record of one claim: who takes which stance, and how often it is cited.

    `no_party` counts, by stance, the statements whose speaker resolves to no
    party ("an official", "sources"): shown beside the parties, never dropped.

    `copies` maps a source that copies another (a wire story run again) to the
    original, so `independent_sources` counts each story once.
    """
    cited, counts, parties, no_party = cache.claim_summary(claim)
    originals = {copies.get(source, source) for source in cited} if copies else cited
    return {
        "id": claim.id,
        "text": claim.text,
        **{stance: list(names) for stance, names in zip(_STANCE_NAMES, parties, strict=True)},
        "statements": sum(counts),
        "sources": len(cited),
        "independent_sources": len(originals),
        "no_party": dict(zip(_STANCE_NAMES, no_party, strict=True)),
    }


def _has_position(claim: Claim, party: str | None, stance: Stance | None) -> bool:
    if party is None and stance is None:
        return True
    _, counts, parties, _ = cache.claim_summary(claim)
    if party is None:
        return counts[_STANCE_NAMES.index(stance)] > 0
    if stance is None:
        return any(party in names for names in parties)
    return party in parties[_STANCE_NAMES.index(stance)]


def _is_contested(claim: Claim) -> bool:
    """Whether some statement denies or disputes the claim, its speaker a party or not
    (`list` shows the latter as "N with no party")."""
    _, counts, _, _ = cache.claim_summary(claim)
    return any(
        count
        for stance, count in zip(_STANCE_NAMES, counts, strict=True)
        if stance != Stance.ASSERTS
    )


def _cites(claim: Claim, source_id: str) -> bool:
    return source_id in cache.claim_summary(claim)[0]


def _search_words(search: str | None) -> list[str]:
    return search.casefold().split() if search else []


def _mentions_all(claim: Claim, words: Sequence[str]) -> bool:
    """True when every word occurs in the claim's id, text or one of its quotes."""
    if not words:
        return True
    haystack = " ".join(
        [claim.id, claim.text, *(statement.quote for statement in claim.statements)]
    ).casefold()
    return all(word in haystack for word in words)


def _canonical_party(ledger: Ledger, name: str) -> str:
    """The party `name` stands for, by its name or any alias, ignoring case."""
    from claimtrack.parties import PartyResolver, canonical_party

    known = _party_names(ledger)
    wanted = name.casefold()
    for party in ledger.parties:
        if wanted in (alias.casefold() for alias in party.aliases):
            return party.name
    # Any name claimtrack knows the party by: "Pyongyang", "US", "Kremlin".
    found = canonical_party(PartyResolver.build(ledger.parties), ledger, name)
    if found is not None:
        return found
    closest = _closest(name, known)
    hint = f" Did you mean {closest!r}?" if closest else ""
    raise NotFoundError(
        f"No party {name!r} in the ledger.{hint} Run `claimtrack parties` to see them all."
    )


def unknown_filter(ledger: Ledger, claim_filter: ClaimFilter) -> str | None:
    """Why the filter can match nothing: the message for a party or source the
    ledger does not know, or None when it knows both."""
    if claim_filter.party:
        try:
            _canonical_party(ledger, claim_filter.party)
        except NotFoundError as error:
            return str(error)
    source_id = claim_filter.source
    if source_id is not None and ledger.source(source_id) is None:
        closest = _closest(source_id, [source.id for source in ledger.sources])
        hint = f" Did you mean {closest!r}?" if closest else ""
        return (
            f"No source {source_id!r} in the ledger.{hint} "
            "Run `claimtrack sources` to see them all."
        )
    return None


def _closest(query: str, choices: Sequence[str]) -> str | None:
    """The choice a person most likely meant: one scoring well that also has a
    word like one of the query's ("Amazn" Amazon, "journal" Wall Street Journal),
    never a name that only holds its letters ("UN" is not United States, nor
    "AP" Japan)."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        query,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=60,
        limit=None,
    )
    words = [word for word in utils.default_process(query).split() if len(word) >= 3]
    for choice, _, _ in found:
        theirs = utils.default_process(choice).split()
        if any(_alike_words(word, their) for word in words for their in theirs):
            return str(choice)
    return None


def _alike_words(word: str, their: str) -> bool:
    """A word the other begins with, one beginning as it does ("Chinese", China),
    or a misspelling of it."""
    from rapidfuzz import fuzz

    return (
        their.startswith(word)
        or (len(their) >= 4 and word.startswith(their[:4]))
        or fuzz.ratio(word, their) >= 75
    )


# -- show -------------------------------------------------------------------


def show_report(ledger: Ledger, claim: Claim, kind_of: KindOf | None = None) -> Report:
    """One claim with every statement; JSON Lines and TSV carry one statement per line."""
    sources = ledger.sources_of({statement.source for statement in claim.statements})
    statements = [statement_record(statement, sources, kind_of) for statement in claim.statements]
    document = {
        **claim_summary(claim, cache.source_copies(sources.values())),
        "statements": statements,
    }
    lines = [{"claim": claim.id, "claim_text": claim.text, **record} for record in statements]
    return Report(Layout.CLAIM, document, lines, ("claim", "claim_text", *STATEMENT_COLUMNS))


def statement_record(
    statement: Statement, sources: Mapping[str, Source], kind_of: KindOf | None = None
) -> Record:
    """The `show` record of one statement, with its source's path, title and URL,
    and its party's kind (state, organisation, media or person) when `kind_of` is given."""
    return _statement_fields(statement, sources.get(statement.source), kind_of)


def _statement_fields(
    statement: Statement, source: Source | None, kind_of: KindOf | None = None
) -> Record:
    party = statement.party
    return {
        "party": party,
        "speaker": statement.speaker,
        "stance": statement.stance.value,
        "cue": statement.cue,
        "content": statement.content,
        "quote": statement.quote,
        "source": statement.source,
        "path": source.path if source else None,
        "title": source.title if source else None,
        "url": source.url if source else None,
        "line": statement.line,
        "outlet": source.outlet if source else None,
        "copy_of": source.copy_of if source else None,
        "published": source_date(source),
        "kind": kind_of(party) if kind_of is not None and party is not None else None,
    }


def find_claim(ledger: Ledger, query: str, command: str = "show") -> Claim:
    """The claim `query` names: its id, a unique start of an id, or words of its text.

    Raises `NotFoundError` listing the closest claims when nothing matches
    well enough or several claims match about equally well; its example of
    naming one by id is a `claimtrack {command} ID` command line.
    """
    exact = ledger.claim(query) or _claim_by_folded_id(ledger, query)
    if exact is not None:
        return exact
    if _ID_SHAPED.fullmatch(query):  # an id, or a unique start of one, or no claim
        prefixed = [claim for claim in ledger.claims if claim.id.startswith(query.casefold())]
        if len(prefixed) == 1:
            return prefixed[0]
        if prefixed:
            raise NotFoundError(
                _ambiguous_message(query, [(claim, 100.0) for claim in prefixed], command)
            )
        near = _near_ids(ledger, query)
        if len(near) == 1:
            return near[0]
        raise NotFoundError(_not_found_message(ledger, query, rank_claims(ledger, query)))
    ranked = rank_claims(ledger, query)
    good = [(claim, score) for claim, score in ranked if score >= SHOW_THRESHOLD]
    if len(good) == 1 or (good and good[1][1] < good[0][1] - AMBIGUITY_MARGIN):
        return good[0][0]
    if good:
        raise NotFoundError(_ambiguous_message(query, good, command))
    raise NotFoundError(_not_found_message(ledger, query, ranked))


def find_claim_id(ledger: Ledger, claim_id: str, absent: str = "") -> Claim:
    """The claim with exactly this id; edits never guess, but the error names the closest.

    `absent` is a sentence the error adds, on what a missing id means to the edit.
    """
    claim = ledger.claim(claim_id)
    if claim is not None:
        return claim
    ranked = rank_claims(ledger, claim_id)
    # An id a letter or two away, or in other case, is the likeliest meant: named
    # first, still never taken for it.
    near = {claim.id for claim in _near_ids(ledger, claim_id)}
    if near:
        scores = {claim.id: score for claim, score in ranked}
        ranked = [
            *((claim, scores.get(claim.id, 100.0)) for claim in ledger.claims if claim.id in near),
            *((claim, score) for claim, score in ranked if claim.id not in near),
        ][:CANDIDATE_LIMIT]
    closest = f" Closest: {_name_scores(ranked[:1])}." if ranked else ""
    candidates = f"\n{_candidate_lines(ranked)}" if ranked else ""
    raise NotFoundError(
        f"No claim has the id {claim_id!r}.{absent and ' ' + absent}{closest} "
        "Run `claimtrack list` to see the ids."
        f"{candidates}"
    )


def rank_claims(
    ledger: Ledger, query: str, limit: int = CANDIDATE_LIMIT
) -> list[tuple[Claim, float]]:
    """The claims closest to `query`, best first, with 0-100 scores.

    A claim scores by how well each meaningful word of the query is matched
    by some word of its id, text or statements' contents (fuzzily, so
    "korean" finds "korea"; "kursk" finds the claim whose statements place
    the troops there, though its text does not): a
    query word that appears nowhere pulls the score down, which keeps a
    shared common word from making two claims look alike.
    """
    from rapidfuzz import fuzz, process

    words = _query_words(query)
    if not ledger.claims or not words:
        return []
    claim_words = [_claim_words(claim) for claim in ledger.claims]
    vocabulary = sorted(set().union(*claim_words))
    closeness = [
        {
            choice: score
            for choice, score, _ in process.extract(word, vocabulary, scorer=fuzz.ratio, limit=None)
        }
        for word in words
    ]
    scores = [
        sum(max(scores[word] for word in these) for scores in closeness) / len(words)
        if these
        else 0.0
        for these in claim_words
    ]
    ranked = sorted(zip(ledger.claims, scores, strict=True), key=lambda pair: -pair[1])
    return [(claim, round(score, 1)) for claim, score in ranked[:limit]]


def _claim_words(claim: Claim) -> set[str]:
    words = set(_words(f"{claim.id} {claim.text}"))
    for statement in claim.statements:
        words.update(_words(statement.content))
    return words


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _query_words(query: str) -> list[str]:
    """The words of a query worth looking for: none of one or two letters ("no",
    "us") or common words ("the", "has"), which fit any claim about as well."""
    return [word for word in _words(query) if len(word) > 2 and word not in _STOP_WORDS]


def _near_ids(ledger: Ledger, query: str) -> list[Claim]:
    """The claims whose ids are nearest `query`, a letter or two away at most
    ("nk-shell-for-russia" for nk-shells-for-russia): a mistyped id, not another."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    folded = query.casefold()
    allowed = 1 if len(folded) < 12 else 2
    ids = [claim.id.casefold() for claim in ledger.claims]
    hits = process.extract(folded, ids, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    if not hits:
        return []
    nearest = min(distance for _, distance, _ in hits)
    return [ledger.claims[index] for _, distance, index in hits if distance == nearest]


def _claim_by_folded_id(ledger: Ledger, query: str) -> Claim | None:
    folded = query.casefold()
    return next((claim for claim in ledger.claims if claim.id.casefold() == folded), None)


def _ambiguous_message(
    query: str, candidates: Sequence[tuple[Claim, float]], command: str = "show"
) -> str:
    first = candidates[0][0].id
    return (
        f"{query!r} matches several claims. Name one by its id, e.g. "
        f"`claimtrack {command} {first}`, or add words to the query.\n"
        f"{_candidate_lines(candidates)}"
    )


def _not_found_message(ledger: Ledger, query: str, ranked: Sequence[tuple[Claim, float]]) -> str:
    if not ledger.claims:
        return f"No such claim: {query!r}; the ledger has no claims yet."
    if not ranked:  # a query of short or common words only: no word to match on
        return (
            f"No such claim: {query!r}; it has no word to look for among the "
            f"{len(ledger.claims):,} claims. Give a claim's id or words of its text; "
            "`claimtrack list` shows them."
        )
    word = _telling_word(ledger, query)
    search = f" Try `claimtrack list --search {word}`." if word else ""
    return (
        f"No such claim: {query!r}. Closest: {_name_scores(ranked[:1])}.{search}\n"
        f"{_candidate_lines(ranked)}"
    )


def _telling_word(ledger: Ledger, query: str) -> str | None:
    """The query's word that `list --search` finds in the fewest claims, but in some:
    the one that tells them apart. None when no word finds any, or each finds every
    claim, or the words only name what is sought ("claim", "such", "any")."""
    counts = {
        word: sum(_mentions_all(claim, [word]) for claim in ledger.claims)
        for word in _query_words(query)
        if word not in _GENERIC_WORDS
    }
    telling = [word for word, count in counts.items() if 0 < count < len(ledger.claims)]
    return min(telling, key=lambda word: (counts[word], -len(word)), default=None)


def _name_scores(ranked: Sequence[tuple[Claim, float]]) -> str:
    return ", ".join(f"{claim.id} ({score:.0f})" for claim, score in ranked)


def _candidate_lines(candidates: Sequence[tuple[Claim, float]]) -> str:
    return "\n".join(f"  {claim.id} ({score:.0f})  {claim.text}" for claim, score in candidates)


# -- extract --dry-run ------------------------------------------------------


def planned_report(planned: Sequence[Planned], known_claims: Container[str]) -> Report:
    """The statements `extract` would add, in source and text order, each with its claim.

    `new_claim` tells whether the claim is not in the ledger yet (`known_claims`);
    the spans are `[start, end]` offsets into the source's text, for tools that
    highlight the statement, its speaker, cue and content in the article.
    """
    records = [
        planned_record(item, item.assignment.claim_id not in known_claims) for item in planned
    ]
    return Report(Layout.PLANNED, records, records, PLANNED_COLUMNS)


def planned_record(item: Planned, new_claim: bool) -> Record:
    """The `extract --dry-run` record of one statement."""
    return {
        "claim": item.assignment.claim_id,
        "claim_text": item.assignment.claim_text or None,
        "new_claim": new_claim and item.assignment.claim_id is not None,
        "not_filed": item.assignment.not_filed,
        **_located_fields(item.statement, item.source),
    }


def scan_record(
    statement: Statement, source: Source, claim: str | None, claim_text: str | None, score: float
) -> Record:
    """The `scan` row of one statement: the `extract --dry-run` fields, with the tracked
    claim it is about (None when none matches) and the match score."""
    return {
        "claim": claim,
        "claim_text": claim_text,
        "score": score,
        **_located_fields(statement, source),
    }


def _located_fields(statement: Statement, source: Source) -> Record:
    return {
        **_statement_fields(statement, source),
        "kind": statement.kind,
        "span": _span(statement.span),
        "speaker_span": _span(statement.speaker_span),
        "cue_span": _span(statement.cue_span),
        "content_span": _span(statement.content_span),
    }


def _span(span: Span | None) -> list[int] | None:
    # A list, not a tuple: JSON and YAML both print it as a plain [start, end].
    return None if span is None else [span[0], span[1]]


# -- match ------------------------------------------------------------------


def match_report(results: Iterable[MatchResult], top: int = 0) -> Report:
    """One record per input text, in input order: its best claim (or none) and what it says.

    With `top`, each record adds `candidates`: the `top` best claims with
    their texts and scores, whether or not they reach the threshold.
    """
    records = [match_record(result, top > 0) for result in results]
    columns = (*MATCH_COLUMNS, "candidates") if top > 0 else MATCH_COLUMNS
    return Report(Layout.MATCHES, records, records, columns)


def match_record(result: MatchResult, with_candidates: bool = False) -> Record:
    """The `match` record of one text; `claim` is None when no claim scores high enough,
    `stance` when the text takes no position ("declined to comment")."""
    statement = result.statement
    extra: Record = {}
    if with_candidates:
        extra["candidates"] = [
            {"claim": claim, "claim_text": text, "score": score}
            for claim, text, score in result.candidates
        ]
    return {
        "text": result.text,
        "claim": result.claim,
        "claim_text": result.claim_text,
        "score": result.score,
        "speaker": statement.speaker,
        "party": statement.party,
        "cue": statement.cue,
        "stance": statement.stance.value if result.takes_position else None,
        **extra,
    }


# -- parties ----------------------------------------------------------------


def parties_report(
    ledger: Ledger, known: Sequence[Party] = (), kind_of: KindOf | None = None
) -> Report:
    """Every party in the `parties:` block or the statements, with claim counts per stance.

    `aliases` are the ledger's own, then those of `known` (the built-in names
    a party is recognised by), each once; `kind_of` gives each party's kind
    (state, organisation, media or person).
    """
    aliases: dict[str, list[str]] = {}
    for party in (*ledger.parties, *known):
        aliases[party.name] = list(dict.fromkeys([*aliases.get(party.name, ()), *party.aliases]))
    claims: dict[str, dict[str, set[str]]] = {}
    statements: dict[str, int] = {}
    no_party: dict[str, set[str]] = {stance.value: set() for stance in Stance}
    for claim in ledger.claims:
        for statement in claim.statements:
            if statement.party is None:
                no_party[statement.stance.value].add(claim.id)
                continue
            by_stance = claims.setdefault(
                statement.party, {stance.value: set() for stance in Stance}
            )
            by_stance[statement.stance.value].add(claim.id)
            statements[statement.party] = statements.get(statement.party, 0) + 1
    records = [
        {
            "party": name,
            "kind": kind_of(name) if kind_of is not None else None,
            "aliases": aliases.get(name, []),
            **{stance.value: len(claims.get(name, {}).get(stance.value, ())) for stance in Stance},
            "statements": statements.get(name, 0),
        }
        for name in _party_names(ledger)
    ]
    return Report(Layout.PARTIES, records, records, PARTY_COLUMNS, _no_party_note(no_party))


_PLURAL_VERBS = {"asserts": "assert", "denies": "deny", "disputes": "dispute"}


def _no_party_note(claims: Mapping[str, set[str]]) -> str | None:
    """How many claims speakers with no party take each stance on: they are no
    party of the table, and `list` counts them claim by claim."""
    taken = [(stance, len(claims[stance])) for stance in _STANCE_NAMES if claims[stance]]
    if not taken:
        return None
    verbs = [f"{_PLURAL_VERBS[stance]} {count}" for stance, count in taken]
    noun = "claim" if taken[0][1] == 1 else "claims"
    verbs[0] += f" {noun}"
    said = verbs[0] if len(verbs) == 1 else ", ".join(verbs[:-1]) + " and " + verbs[-1]
    return (
        f"Speakers with no party {said}; `claimtrack list` counts them beside each claim's parties."
    )


def _party_names(ledger: Ledger) -> list[str]:
    names = {party.name for party in ledger.parties}
    names.update(
        statement.party
        for claim in ledger.claims
        for statement in claim.statements
        if statement.party is not None
    )
    return sorted(names, key=str.casefold)


# -- sources ----------------------------------------------------------------


def sources_report(ledger: Ledger) -> Report:
    """Every ingested source with its metadata, how often it is cited, and what it copies."""
    statements: dict[str, int] = {}
    claims: dict[str, set[str]] = {}
    for claim in ledger.claims:
        for statement in claim.statements:
            statements[statement.source] = statements.get(statement.source, 0) + 1
            claims.setdefault(statement.source, set()).add(claim.id)
    records = [
        {
            "id": source.id,
            "title": source.title,
            "url": source.url,
            "published": source.published,
            "outlet": source.outlet,
            "path": source.path,
            "statements": statements.get(source.id, 0),
            "claims": len(claims.get(source.id, ())),
            "copy_of": source.copy_of,
            "sha256": source.sha256,
        }
        for source in ledger.sources
    ]
    return Report(Layout.SOURCES, records, records, SOURCE_COLUMNS)


# -- check ------------------------------------------------------------------


def problems_report(problems: Sequence[Problem]) -> Report:
    """The problems `check` found, in file order."""
    records = [
        {"path": p.path, "line": p.line, "column": p.column, "message": p.message} for p in problems
    ]
    return Report(Layout.PROBLEMS, {"problems": records}, records, PROBLEM_COLUMNS)


# -- one party ----------------------------------------------------------------


def party_report(ledger: Ledger, name: str, kind_of: KindOf | None = None) -> Report:
    """Every claim on which the party `name` (its name or any alias) holds a position.

    One record per claim, in ledger order: the party's stances on it (in
    SPEC order), how many of its statements and sources, and the first and
    last date among those sources (ISO dates; None when none is dated).
    JSON prints one object: the party, its kind and its claims.
    """
    party = _canonical_party(ledger, name)
    dates = _source_dates(ledger)
    records = []
    for claim in ledger.claims:
        own = [statement for statement in claim.statements if statement.party == party]
        if not own:
            continue
        held = {statement.stance for statement in own}
        cited = {statement.source for statement in own}
        dated = sorted(date for source in cited if (date := dates.get(source)))
        records.append(
            {
                "party": party,
                "claim": claim.id,
                "claim_text": claim.text,
                "stances": [stance.value for stance in Stance if stance in held],
                "statements": len(own),
                "sources": len(cited),
                "first": dated[0] if dated else None,
                "last": dated[-1] if dated else None,
            }
        )
    kind = kind_of(party) if kind_of is not None else None
    claims = [{key: value for key, value in record.items() if key != "party"} for record in records]
    document = {"party": party, "kind": kind, "claims": claims}
    return Report(Layout.PARTY, document, records, PARTY_CLAIM_COLUMNS)


# -- every statement ---------------------------------------------------------------

STATEMENT_ROW_COLUMNS = ("claim", "claim_text", *STATEMENT_COLUMNS)


def statements_report(
    ledger: Ledger,
    claim_filter: ClaimFilter = ClaimFilter(),
    claim: Claim | None = None,
    kind_of: KindOf | None = None,
) -> Report:
    """One record per statement, with its claim, in ledger order.

    The filters of `list` apply to each statement: `party` and `stance` are
    its own, `source` is where it was said, `search` finds words in its
    claim's id or text or in its quote, `contested` keeps the statements of
    claims some party denies or disputes; `claim` keeps one claim's.
    """
    if unknown_filter(ledger, claim_filter) is not None:
        return Report(Layout.STATEMENTS, [], [], STATEMENT_ROW_COLUMNS)
    party = _canonical_party(ledger, claim_filter.party) if claim_filter.party else None
    words = _search_words(claim_filter.search)
    sources = {source.id: source for source in ledger.sources}
    records = []
    for each in ledger.claims if claim is None else (claim,):
        if claim_filter.contested and not _is_contested(each):
            continue
        heading = f"{each.id} {each.text}".casefold()
        for statement in each.statements:
            if (
                (party is None or statement.party == party)
                and (claim_filter.stance is None or statement.stance == claim_filter.stance)
                and (claim_filter.source is None or statement.source == claim_filter.source)
                and _all_in(words, heading, statement.quote.casefold())
            ):
                records.append(
                    {
                        "claim": each.id,
                        "claim_text": each.text,
                        **statement_record(statement, sources, kind_of),
                    }
                )
    return Report(Layout.STATEMENTS, records, records, STATEMENT_ROW_COLUMNS)


def _all_in(words: Sequence[str], *texts: str) -> bool:
    return all(any(word in text for text in texts) for word in words)


# -- the matrix of the HTML report ---------------------------------------------------


def matrix_report(ledger: Ledger, kind_of: KindOf | None = None) -> Record:
    """Claims by parties: what the HTML report shows, as plain data.

    `parties` are the columns, the parties with most claims first, then
    `None` for speakers that resolve to no party (shown, never dropped) when
    there are any. Each claim carries its `list` fields, one cell per party
    that holds a position on it (its stances and statements, in ledger
    order) and its `timeline`.
    """
    sources = {source.id: source for source in ledger.sources}
    copies = cache.source_copies(ledger.sources)
    counts: dict[str | None, int] = {}
    claims = []
    for claim in ledger.claims:
        cells: dict[str | None, list[Record]] = {}
        for statement in claim.statements:
            cells.setdefault(statement.party, []).append(statement_record(statement, sources))
        for party in cells:
            counts[party] = counts.get(party, 0) + 1
        claims.append(
            {
                **claim_summary(claim, copies),
                "cells": [
                    {
                        "party": party,
                        "stances": [
                            s for s in _STANCE_NAMES if any(r["stance"] == s for r in said)
                        ],
                        "statements": said,
                    }
                    for party, said in cells.items()
                ],
                "timeline": timeline_report(ledger, claim).records,
            }
        )
    named = sorted((p for p in counts if p is not None), key=lambda p: (-counts[p], p.casefold()))
    columns: list[str | None] = [*named, *([None] if None in counts else [])]
    parties = [
        {
            "party": party,
            "kind": kind_of(party) if kind_of is not None and party is not None else None,
            "claims": counts[party],
        }
        for party in columns
    ]
    return {
        "ledger": Path(ledger.path).name,
        "parties": parties,
        "claims": claims,
        "sources": len(ledger.sources),
    }


# -- import ---------------------------------------------------------------------------

IMPORT_COLUMNS = ("path", "status", "title", "url", "published", "outlet", "target")


def import_report(imported: Iterable[Imported]) -> Report:
    """One record per article saved (`status` "saved") or found already there ("unchanged")."""
    records = [
        {
            "path": item.path.as_posix(),
            "status": "saved" if item.saved else "unchanged",
            "title": item.article.title,
            "url": item.article.url,
            "published": item.article.published,
            "outlet": item.article.outlet,
            "target": item.target,
        }
        for item in imported
        if item.path is not None and item.article is not None
    ]
    return Report(Layout.IMPORTED, records, records, IMPORT_COLUMNS)


# -- timeline -------------------------------------------------------------------

# The party and its stance lead; the statement's other columns follow, each once.
TIMELINE_COLUMNS = (
    "claim",
    "date",
    "party",
    "stance",
    "changed_from",
    *(column for column in STATEMENT_COLUMNS if column not in ("party", "stance")),
)


def timeline_report(ledger: Ledger, claim: Claim, kind_of: KindOf | None = None) -> Report:
    """A claim's statements in date order, undated last, each with its date.

    Statements of one day keep ledger order. `changed_from` marks where a
    party's stance moved: on a statement whose stance the party did not take
    on the last earlier day it spoke, it lists the stances of that day
    (otherwise it is None). Undated statements cannot be placed, so they
    never mark a change.
    """
    sources = ledger.sources_of({statement.source for statement in claim.statements})
    records = [statement_record(statement, sources, kind_of) for statement in claim.statements]
    order = sorted(
        range(len(records)),
        key=lambda i: (records[i]["published"] is None, records[i]["published"] or ""),
    )
    timeline = [_timeline_record(claim, records[i]) for i in order]
    _mark_changes(timeline)
    document = {"id": claim.id, "text": claim.text, "timeline": timeline}
    return Report(Layout.TIMELINE, document, timeline, TIMELINE_COLUMNS)


def _timeline_record(claim: Claim, record: Record) -> Record:
    fields = {key: value for key, value in record.items() if key != "party"}
    return {
        "claim": claim.id,
        "date": record["published"],
        "party": record["party"],
        "stance": record["stance"],
        "changed_from": None,
        **fields,
    }


def _mark_changes(timeline: Sequence[Record]) -> None:
    """Set `changed_from` where a party's stance differs from its last earlier day's."""
    by_day: dict[str, dict[str, set[str]]] = {}
    for record in timeline:
        if record["date"] is not None and record["party"] is not None:
            held = by_day.setdefault(record["party"], {}).setdefault(record["date"], set())
            held.add(record["stance"])
    for record in timeline:
        party, date = record["party"], record["date"]
        if party is None or date is None:
            continue
        earlier = [day for day in by_day[party] if day < date]
        if not earlier:
            continue
        before = by_day[party][max(earlier)]
        if record["stance"] not in before:
            record["changed_from"] = [stance for stance in _STANCE_NAMES if stance in before]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def source_date(source: Source | None) -> str | None:
    """A source's publication date as ISO `YYYY-MM-DD`, or None when it has no such date.

    A hand-written date that is not ISO (`published: last spring`) is kept in
    the ledger but cannot be placed in time, so it counts as undated here.
    """
    if source is None or source.published is None:
        return None
    published = source.published.strip()
    if not _ISO_DATE.match(published):
        return None
    try:
        return dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None


def _source_dates(ledger: Ledger) -> dict[str, str]:
    return {source.id: date for source in ledger.sources if (date := source_date(source))}


# -- query words --------------------------------------------------------------

# Words that carry no meaning in a `show` query; a query of nothing else keeps them.
# Words a query uses about what it looks for, not about any claim's subject:
# never suggested as the word to search for.
_GENERIC_WORDS = frozenset(
    {
        *("all", "any", "claim", "claims", "every", "new", "none", "not", "other", "same"),
        *("some", "statement", "statements", "such", "text", "which", "what"),
    }
)

_STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has"),
        *("have", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the"),
        *("their", "this", "to", "was", "were", "will", "with"),
    }
)
