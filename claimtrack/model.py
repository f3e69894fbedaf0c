"""Plain domain types shared by every stage. No I/O lives here."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


class Stance(enum.StrEnum):
    """A party's position toward a claim."""

    ASSERTS = "asserts"
    DENIES = "denies"
    DISPUTES = "disputes"


@dataclass(frozen=True)
class Position:
    """Where a node sits in a file: 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, pointing at its place."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True)
class Party:
    """Who holds positions: a state, organisation, outlet or person.

    `aliases` add to the built-in names; `kind` is one of `state`,
    `organisation`, `media`, `person`, or None when not set.
    """

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None


@dataclass(frozen=True)
class Source:
    """One article, as recorded in the ledger."""

    id: str
    path: str
    sha256: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    # Fingerprints of the statements extraction produced for this text, so a
    # statement deleted by hand is recognised and never added back.
    extracted: tuple[str, ...] = ()
    # Id of an earlier source carrying the same story (a wire copy), if any.
    copy_of: str | None = None


@dataclass(frozen=True)
class Statement:
    """One attributed statement in one source.

    `party` is None when the speaker resolves to no party; `speaker` is None
    when nobody is named (a hedge such as "reportedly" is then the cue).
    Spans are `(start, end)` character offsets into the decoded source text;
    they are known right after extraction and not kept in the ledger.
    """

    stance: Stance
    quote: str
    content: str
    source: str
    line: int
    party: str | None = None
    speaker: str | None = None
    cue: str | None = None
    span: Span | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None
    content_span: Span | None = None
    position: Position | None = field(default=None, compare=False)
    # The party's kind as extraction found it; the ledger does not keep it.
    kind: str | None = field(default=None, compare=False)
    # `content` as the article reads it: a subject pronoun or description
    # ("he", "the militant group") replaced by the name the article gives it,
    # when it gives one. For grouping and claim texts; the ledger keeps `content`.
    about: str | None = field(default=None, compare=False)
    # Definite descriptions in the content ("the meteorite") with what the
    # article's first mention of each says it is ("the meteorite that crashed
    # near Managua"), or its name: for claim texts only (`describe`).
    described: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # Named actors the statement speaks of beyond its content's words, as its
    # article says (its speaker's party, the names "he" or "the band" stand
    # for), written as grouping's actors: for grouping only (`referents`).
    refers: tuple[str, ...] = field(default=(), compare=False)
    # The content is the speaker's own words in quotation marks: its "he" or
    # "she" is someone the speaker speaks of, never the speaker ("He felt
    # safe," his sister said). For claim texts only; the ledger does not keep it.
    quoted: bool = field(default=False, compare=False)
    # The content is the noun phrase a judging cue takes as object ("condemned
    # the attack as cowardly"), or a verb taking a thing as readily as a clause
    # ("pointed to a crack in the beam"): no proposition of its own. For
    # grouping only.
    phrase: bool = field(default=False, compare=False)
    # The speaker is a "he" or "she" extraction left for no one: the narration
    # before it in its paragraph tells of a person other than the last speaker
    # ("It was in Lima that Roe's plans changed. On landing, he alleged ...").
    # Claim texts do not name it as the last speaker either. For grouping only.
    pronoun_left_open: bool = field(default=False, compare=False)


# What `changed` may set: every field of a statement is one of its `__init__`.
_STATEMENT_FIELDS = frozenset(Statement.__dataclass_fields__)


def changed(statement: Statement, **changes: Any) -> Statement:
    """`dataclasses.replace(statement, **changes)`, made as a copy of its fields.

    `replace` walks every field and `__init__` sets each one through
    `object.__setattr__`, some seven times the cost of a copy; the article
    pass and grouping make some 25,000 such statements in a run of 1,446
    articles. A statement has no `__post_init__` and every field is set by
    `__init__`, so the two make equal statements, field for field."""
    unknown = changes.keys() - _STATEMENT_FIELDS
    if unknown:
        raise TypeError(f"Statement has no field {min(unknown)!r}")
    made = object.__new__(Statement)
    fields = made.__dict__
    fields.update(statement.__dict__)
    fields.update(changes)
    return made


@dataclass(frozen=True)
class Claim:
    """A proposition that statements are about."""

    id: str
    text: str
    statements: tuple[Statement, ...] = ()
    position: Position | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Settings:
    """Ledger-wide settings a user may change in the `settings:` block."""

    # Score (0-100) at which a statement joins a claim; None means the
    # grouping engine's own default.
    threshold: float | None = None


@dataclass(frozen=True)
class Cues:
    """Stance cue phrases added in the ledger's `cues:` block, per stance."""

    asserts: tuple[str, ...] = ()
    denies: tuple[str, ...] = ()
    disputes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ledger:
    """The whole ledger, validated, in file order."""

    path: str
    parties: tuple[Party, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    settings: Settings = Settings()
    cues: Cues = Cues()

    def claim(self, claim_id: str) -> Claim | None:
        # Claims from the cache find one by their batches' ids, making its batch alone.
        find = getattr(self.claims, "find", None)
        if find is not None:
            found: Claim | None = find(claim_id)
            return found
        return next((c for c in self.claims if c.id == claim_id), None)

    def source(self, source_id: str) -> Source | None:
        return self.sources_of((source_id,)).get(source_id)

    def sources_of(self, source_ids: Collection[str]) -> dict[str, Source]:
        """The sources with these ids, by id: a cache load's (`picked`) makes only the
        sources stored beside them, so a command reading the few sources a claim cites
        decodes not every source of a big ledger."""
        picked = getattr(self.sources, "picked", None)
        if picked is not None:
            found: dict[str, Source] = picked(source_ids)
            return found
        wanted = set(source_ids)
        return {source.id: source for source in self.sources if source.id in wanted}


def claim_mark(claim_id: str, text: str) -> str:
    """A short hash of a claim's id and text as extraction wrote them.

    Recorded after the `extracted` entry of the statement the text was made
    from (`fingerprint:fields:mark`): while the claim's id and text still give
    the mark, nobody changed them by hand, and the text may follow that
    statement when its article is corrected. `rename_claim` makes it again for
    the new id: a rename changes nothing a later `extract` decides.
    """
    return hashlib.sha1(f"{claim_id}\n{text}".encode()).hexdigest()[:4]


def holds_its_mark(ledger: Ledger, claim: Claim) -> bool:
    """Whether a source the claim cites records its mark (`claim_mark`): whether a
    `rename` has a mark to make again for the new id (`pipeline.rename_claim`)."""
    ending = ":" + claim_mark(claim.id, claim.text)
    cited = ledger.sources_of({statement.source for statement in claim.statements})
    return any(
        any(entry.endswith(ending) for entry in source.extracted) for source in cited.values()
    )
