"""Group statements into claims by fuzzy matching their normalised content.

A `ClaimIndex` holds, for each claim, a few example texts (its own text and
the contents of the first statements that joined it) and a profile: how often
each term occurs among all its statements. Texts are normalised first by
`claimtrack.normalise` (parties, numbers, near-synonyms, stems). A text is
scored against an example as

    100 * (OVERLAP_WEIGHT * weighted_overlap + (1 - OVERLAP_WEIGHT) * fuzzy)

where `weighted_overlap` is the IDF-weighted cosine of the two term sets (rare
shared words count more than common ones; a related form of a word, one that
starts with it or a compound that ends with it, as "jihadi" and "jihadist" or
"journalist" and "photojournalist", counts for half) and `fuzzy` is rapidfuzz's
token_sort_ratio of the normalised texts (it forgives spelling variants the
stemmer misses). A claim's score blends its best example's score with the
cosine between the text and the claim's profile (`PROFILE_WEIGHT`): the
example catches a close rewording, the profile what the claim's statements
have in common, so one loosely worded member does not drag others in.

Only examples that share a rare term with the text are scored: an inverted
index over terms yields them, rarest terms first and with a cap on the
postings examined, so the cost per text stays flat as the index grows and
grouping n statements costs close to n log n.

An assertion that two names are one person ("Jihadi John is in fact Emwazi")
joins, of the claims over the threshold, one saying the same two are one before
one saying another thing of either.

`group_statements` walks statements in source and text order. A statement
joins the best-scoring claim at or above the threshold, or starts a new one
that later statements can join. A denial or dispute is grouped by what it
denies: one that only points back ("deny the accusations") joins the claim of
an earlier assertion in the same source; one that names what it denies
("rejected claims by the US that ...") prefers the claims of its source's
earlier assertions, at a lower bar, before matching anywhere; a negative
sentence that names nothing it denies takes that lower bar only toward a claim
it contradicts ("we are not short of fighters" states its own). What a denial
or doubt denies is matched without its frame ("we don't know whether X",
"has no intelligence to suggest X", "confirmed that X had not ...", "X is a
hoax"); "such arrest" or "to that effect" only points back; and the claims
a denial answered are, for later pointers, what its article is about. A
denial or doubt that matches no claim joins, before it makes a claim of its
own negative words, a claim of its story that it contradicts or doubts, read
with the stance rules at a lower bar ("the vehicle has not been stolen"
against "the Batmobile was stolen") when what it says has the claim's
predicate, or none to compare ("we are still assessing the video" doubts
nothing of tanks seen in it), in another article only when they
share a proper name and some article opens with the claim; a short one that
names nobody ("we just don't know") joins the claim its article spoke of last
that it doubts, what was told ("reported", "claimed") before a remark made
in passing. One that only points back and calls what it answers a story,
report, rumour, claim or article answers what its article told by such an act
("reported", "claimed", "alleged"), when it told any, and never an assertion
that itself says what is not so, which it agrees with; with nothing told by
such an act it answers the claim its article's lead spoke of, and "Hunter's
claim" answers what Hunter said. Such an act is the cue's ("reported",
"accused"), unless the cue only describes a noun ("Graham's alleged
assertions"), or one the statement's words tell ("some pundits are claiming
X", "according to local reports, X"); of several, the nearest, unless an
older one shares more of the denial's words beyond its speaker's name.
Neither a pointer nor a denial that calls what it answers a story ("this could
be a hoax story") answers an assertion of its article that itself says what is
not so ("we do not have a priest of that name"), which it agrees with. A doubt
opening a later clause ("..., although it is unclear whether X") doubts X, as
one opening the content does. One that points back with "this" or "that" right
after a statement of its article that made no claim ("He's sitting on money.
But this is a scam") answers no claim either, nor does one that asks whether
"that" or "this" is so right after it ("I don't know if that was one of the
ones dropped"); one that says nothing but its
verdict on "that" or "this" ("But that is not the case", "that's bogus")
answers the claim of the statement right before it, whoever said it, and no
claim when no statement comes right before it (its "that" is the article's own
words). "The story" or "the tale" called false answers the claim its article's
lead spoke of. One that names nobody ("he is still alive and well") answers
only a claim its article spoke of. A not knowing given as the reason for
what the rest says ("All I can do is cry, because I don't know") answers no
claim, and a denial or doubt that, read against the text of a claim of its
article, says what it says ("he had not received word about the ceasefire"
against "the army is yet to receive any order on the ceasefire") does not
join it at the bar for its article's claims. What a frame says is not so
ends before a clause "nor" adds to it ("no evidence that X, nor was there
Y"). A
content that only reports a denial of a telling ("officials are denying the
reports") makes no claim. Whatever the path, a
denial or doubt of a clause it names ("denied that X", "no evidence that X")
joins only a claim of whose predicate X speaks (`stance.denies_predicate_of`):
"denied that he was questioned" does not answer "he was arrested", however
many names they share.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Literal, overload

from rapidfuzz import fuzz

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import entities, verbforms
from claimtrack._collector import no_collection
from claimtrack.claimtext import (
    CLEAREST,
    DASHED_ASIDE,
    FEELING_ALONE,
    NAMES_NOTHING,
    NO_VERB,
    REQUEST,
    TALK_OF_MATTER,
    Proposition,
    act_judged,
    alternative,
    clarity,
    feeling_alone,
    hedged_after,
    knowing_before,
    may_hold,
    names_a_thing,
    person_name,
    proposition,
    request,
    slug_units,
    subject_of,
    talk_of_matter,
    verb_word,
)
from claimtrack.claimtext import (
    shown as shown_claim_text,
)
from claimtrack.describe import named_in, owners_in, standalone
from claimtrack.model import Stance, Statement
from claimtrack.normalise import (
    PARTY_ACTOR,
    SYNONYMS,
    UNKNOWN_ACTORS,
    MentionFinder,
    Piece,
    Terms,
    actors_of,
    content_words,
    fold,
    mark_parties,
    number_value,
    party_term,
    stem,
    terms_of,
)
from claimtrack.parties import PartyResolver
from claimtrack.places import Place, apart, places_in

if TYPE_CHECKING:
    from claimtrack.stance import Lexicon

# A statement's stance toward the claim whose text is given, or by itself (None).
Toward = Callable[[Statement, str | None], Stance]

# Default score (0-100) at which a text is taken to speak about a claim: the
# middle of the plateau where grouping does best (25-35 on news headlines),
# so a shift in either direction on other text costs little.
DEFAULT_THRESHOLD = 30.0
# Share of the IDF overlap in an example's score; the rest is the fuzzy ratio.
# The overlap leads, as only it knows which words are rare; the fuzzy ratio
# mends what normalising missed (spelling variants, odd inflections).
OVERLAP_WEIGHT = 0.6
# Share of the claim profile (term frequencies over all its statements) in a
# claim's score; the rest is its best example's. Equal shares: the best example
# catches a close rewording, the profile what the claim's statements share.
PROFILE_WEIGHT = 0.5
# Party terms ("north_korea") say who is involved, not what is claimed:
# sharing nothing but parties is not sharing a claim, so such a match scores
# below any sensible threshold.
PARTIES_ONLY_PENALTY = 0.25
# One shared word, and nothing else, is thin evidence of one claim.
ONE_WORD_FACTOR = 0.6
# Blocking: postings examined per query, examples whose overlap is computed,
# and the best of those that also get the (dearer) fuzzy ratio.
POSTINGS_BUDGET = 400
CANDIDATE_EXAMPLES = 20
FUZZY_CANDIDATES = 8
# Examples kept per claim: enough to cover its usual wordings, few enough that
# one large claim does not crowd the postings.
EXAMPLES_PER_CLAIM = 12
# A word with no exact counterpart may still be one of the text's words in
# another form: a longer word that starts with it ("jihadi", "jihadist";
# "shower", "showerproof") or a compound that ends with it ("watch",
# "smartwatch"). Such a related form counts for this share of its weight.
RELATED_FACTOR = 0.5
# Shortest part two related forms share: shorter stems are too often unrelated
# words ("art", "artist"; "rain", "train").
AFFIX_CHARS = 5
# A compound's first part, in front of the word it ends with, is at least this
# long: "smartwatch" is a watch, "border" is not an order.
COMPOUND_HEAD_CHARS = 3
# Related forms kept for one word, so a stem with many longer forms does not
# spread a text over half the index.
RELATED_KEPT = 4
# Normalised texts an index keeps before it starts afresh, and speakers
# `prepare_statements` keeps from one article to the next.
_NORMALS_KEPT = 200_000
_SPEAKERS_KEPT = 20_000
# Cached weights are refreshed when the index has doubled: IDF moves by
# log 2 at most, which shifts scores far less than the gap between matches.
_REWEIGH_GROWTH = 2.0
# Earlier assertions of the same source a denial may refer back to.
ANTECEDENTS_KEPT = 24
# A denial that names what it denies joins an earlier assertion of its own
# source at a lower bar than a match anywhere else: the article links them.
LOCAL_THRESHOLD_FACTOR = 0.6
# An assertion matching a claim at this score, times the threshold, or more is
# a close rewording when it shares more than the story's words
# (`TOPIC_ONLY_FACTOR`); under it, it must say the claim's predicate.
PREDICATE_FREE_FACTOR = 1.2
# Claims using a term, at least, that make it a word of a story's topic rather
# than of one proposition (`_Grouper._shares_only_topic`), and the score, times
# the threshold, from which a match sharing only such words is a close rewording
# with no predicate in common.
TOPIC_CLAIMS = 3
TOPIC_ONLY_FACTOR = 1.5
# Candidates scoring within this share of the best one are a near tie: the one
# whose texts say the assertion's predicate is taken (`_near_tie_saying_it`).
NEAR_TIE_FACTOR = 0.98
# Claims ranked for a statement before those of other stories are set aside.
GATED_CANDIDATES = 8
# Parties that two statements of one story name, when they share no proper name.
STORY_SHARED_PARTIES = 2
# The bar, times the threshold, for joining when neither side names an actor.
UNNAMED_THRESHOLD_FACTOR = 2.0
# Statements that open a source (its lead), a lead's lower bar for joining
# another source's lead, and the named actors the two must share.
LEAD_STATEMENTS = 2
LEAD_THRESHOLD_FACTOR = 0.5
LEAD_SHARED_ACTORS = 2
# A denial or doubt that matches no claim joins one of its story that it
# contradicts or doubts at this bar, times the threshold: the opposite polarity
# of one predicate ("not stolen", "stolen") shares few words.
CONTRADICTED_THRESHOLD_FACTOR = 0.3
# Words a denial or doubt with no proposition of its own says at most, and the
# claims its article spoke of last that it may point back at.
POINTER_WORDS = 5
# Fewer words than this beyond the denial ("knowing", "[not] very likely") are a
# fragment, too little to tell which claim it answers.
POINTER_LEAST_WORDS = 2
POINTER_CLAIMS = 2
# Lines between a statement and the one it points back at with "this" or
# "that": its own paragraph or the one before, with or without a blank line
# between paragraphs.
JUST_BEFORE_LINES = 2
# Lines an assertion that states no proposition of its own may be from its
# speaker's claim and still go on with it, when it names a name of the claim's
# (`_Grouper._go_on`): the paragraph or two before.
GO_ON_LINES = 4
# Words a denial or doubt joining a claim at the lower bar may say beyond the
# claim's words and its own denial or doubt words: more, and it states a
# proposition of its own ("Apple wasn't the first smartphone vendor, but
# redefined the category" against "Apple ordered 5 million watches"), which a
# negation or a "fake" inside it does not make an answer to the claim. A
# pointer ("any such thing happened", "it simply isn't true") says at most
# `POINTER_OWN_WORDS` words of its own.
CONTRADICTED_OWN_WORDS = 3
POINTER_OWN_WORDS = 2
# What a denial or doubt calls what it answers: words of no proposition.
_TELLING_WORDS = (
    "story stories report reports rumour rumours rumor rumors claim claims allegation "
    "allegations accusation accusations speculation news thing things whole such matter "
    "information account simply categorically completely absolutely totally entirely "
    # Intensifiers of a denial: "no truth whatsoever", "unequivocally false".
    "whatsoever unequivocally vehemently flatly strongly utterly wholly"
)


# What a claim text is made of: `claimtext.proposition`'s arguments (the
# content, the speaker, its party and its full name as the article gave it).
PropositionKey = tuple[str, str | None, str | None, str | None, bool]


@dataclass(frozen=True)
class Assignment:
    """Where one statement goes: the claim it joins, or the new claim it starts.

    `score` is the match score (0-100) that decided it: for a new claim, the
    best score seen below the threshold; for a denial that only points back
    ("deny the accusations"), 100, as the article itself links the two.
    A statement whose content is no proposition (a fragment, a question, a
    pronoun it does not name) and that matches no claim is filed under none:
    `claim_id` is None and `not_filed` says why.
    """

    claim_id: str | None
    claim_text: str
    is_new: bool
    score: float
    # Why a statement is filed under no claim (`claim_id` None): its content
    # states no proposition of its own and matches no claim.
    not_filed: str | None = None
    # For an assertion that starts or joins a claim made in this run, the claim
    # text it would make by itself: as shown, and as its id is read from.
    own_text: tuple[str, str] | None = None


class Normal:
    """A text normalised for grouping: split at its party mentions, its terms and actors.

    Made where the statement is extracted (in a `--jobs` worker), so the
    process that groups only looks it up; `actors` is worked out when asked.
    """

    __slots__ = ("_actors", "pieces", "terms")

    def __init__(self, pieces: Sequence[Piece]) -> None:
        self.pieces: tuple[Piece, ...] = tuple(pieces)
        self.terms: Terms = terms_of(self.pieces)
        self._actors: frozenset[str] | None = None

    @property
    def actors(self) -> frozenset[str]:
        if self._actors is None:
            self._actors = actors_of(self.pieces)
        return self._actors

    def __reduce__(self) -> tuple[Callable[..., Normal], tuple[object, ...]]:
        # Sent back from a `--jobs` worker as plain tuples, made again by one call.
        terms = self.terms
        return _normal, (self.pieces, terms.words, terms.parties, self._actors)

    def __setstate__(self, state: tuple[tuple[Piece, ...], Terms, frozenset[str] | None]) -> None:
        # As a `Normal` was pickled before `__reduce__`.
        self.pieces, self.terms, self._actors = state


def _normal(
    pieces: tuple[Piece, ...],
    words: tuple[str, ...],
    parties: tuple[str, ...],
    actors: frozenset[str] | None,
) -> Normal:
    """A `Normal` made again from what `Normal.__reduce__` sent."""
    normal = Normal.__new__(Normal)
    normal.pieces, normal.terms, normal._actors = pieces, Terms(words, parties), actors
    return normal


@dataclass
class _Example:
    claim_id: str
    terms: frozenset[str]
    text: str
    # Sum of the terms' weights, cached: weights drift slowly as the index grows.
    weight: float = 0.0
    weighed_at: int = -1
    # `text`'s words in sorted order, as the fuzzy ratio compares them (`_sorted_words`).
    sorted_text: str | None = None


@dataclass(slots=True)
class _Query:
    terms: frozenset[str]
    parties: frozenset[str]
    text: str
    # Each term the text matches, with how far it counts: 1 for its own
    # terms, RELATED_FACTOR for related forms of its words.
    matches: dict[str, float]
    matched: frozenset[str]
    # Weights of all matched terms; `weight` and `norm` are over its own.
    weights: dict[str, float]
    weight: float
    norm: float
    # Per matched term, its weight times how far it counts (for the overlap),
    # and its squared weight times that (for the profile's cosine).
    weighted: dict[str, float]
    squared: dict[str, float]
    # `text`'s words in sorted order, as the fuzzy ratio compares them.
    sorted_text: str


@dataclass
class _Profile:
    """How often each term occurs among all the statements a claim has gathered."""

    counts: Counter[str] = field(default_factory=Counter)
    members: int = 0
    # Norm of the profile's weighted vector, cached; recomputed as it drifts.
    norm: float = 0.0
    normed_at: tuple[int, int] = (0, -1)


class ClaimIndex:
    """Claims by id, searchable by the normalised terms of their texts.

    `add` may be called several times for one claim: each text becomes an
    example the claim is matched on (up to `EXAMPLES_PER_CLAIM`).
    """

    def __init__(self, resolver: MentionFinder | None = None) -> None:
        self._finder: MentionFinder = resolver if resolver is not None else default_resolver()
        self._examples: list[_Example] = []
        self._postings: dict[str, list[int]] = {}
        self._texts: MutableMapping[str, str] = {}
        # Claim texts as shown, where they name a person more fully than the text
        # grouping compares ("Julia Pierson" for the statement's "Pierson").
        self._shown: dict[str, str] = {}
        # Texts already normalised against this index's parties (see `learn`).
        self._normals: dict[str, Normal] = {}
        # Claim texts made from statements' contents, by what they were made of
        # (`proposition`'s arguments), given by `learn` or made and kept.
        self._propositions: dict[PropositionKey, Proposition] = {}
        self._by_claim: dict[str, list[int]] = {}
        # The first texts of each claim as said (its own and its statements'
        # contents), for what they predicate (`says_predicate`).
        self._said: dict[str, list[str]] = {}
        self._profiles: dict[str, _Profile] = {}
        # The named actors (parties and proper names) each claim's statements speak of.
        self._actors: dict[str, set[str]] = {}
        # Words of the index by their first and last AFFIX_CHARS letters, and
        # the related forms found that way, for the words long enough to have any.
        self._heads: dict[str, list[str]] = {}
        self._tails: dict[str, list[str]] = {}
        self._related: dict[str, list[str]] = {}
        # Claims that some source's lead speaks about: kept here, not per call
        # of `group_statements`, as the pipeline groups one source at a time.
        self.lead_claims: set[str] = set()
        # Claims grouping made from a statement (`_Grouper._start`), as opposed to
        # those given with `add` (a ledger's claims).
        self.started: set[str] = set()
        # Claims started in this run, with the text each was first shown with,
        # normalised: whether it is as clear as a text can be (`clearest`) is
        # judged when an assertion first joins the claim, and kept.
        self._first_shown: dict[str, tuple[str, Normal]] = {}
        self._clearest: dict[str, bool] = {}
        # Claims of the ledger whose text extraction made from a statement that
        # its corrected source no longer holds: the statements joining them make
        # their own text, which the claim's text follows (`pipeline._follow`).
        self.following: set[str] = set()
        # The last query made, with the terms it was made of and the number of
        # examples then: a denial is scored against several claims in a row,
        # and a query only changes when an example is added.
        self._last_query: tuple[Terms, int, _Query] | None = None
        # Rankings made since the index last changed (`_ranked`), by terms, each
        # with the limit it was made for: grouping asks again about one
        # statement's terms on several paths, and each time the answer is the
        # same until a text is added; a smaller limit reads the first of them.
        self._rankings: dict[Terms, tuple[int, list[tuple[str, float]]]] = {}
        # The words of denial, doubt and telling as this index's terms
        # (`answering_words`): the same for every article grouped with it.
        self._answering: frozenset[str] | None = None
        # Term weights by postings count, for the index's size `_idf_total` (`_idf`).
        self._idf_total = -1
        self._idf_of: dict[int, float] = {}

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._texts

    @property
    def resolver(self) -> MentionFinder:
        """What finds party mentions for this index."""
        return self._finder

    def __len__(self) -> int:
        return len(self._texts)

    def claim_ids(self) -> Iterable[str]:
        """The ids of the claims in this index."""
        return self._texts.keys()

    def claim_text(self, claim_id: str) -> str:
        """The first text added for `claim_id` (its claim text)."""
        return self._texts[claim_id]

    def shown_text(self, claim_id: str) -> str:
        """A claim's text as shown: its claim text with the full names its article
        gives the persons it names by one word (`describe.named_in`)."""
        return self._shown.get(claim_id) or self._texts[claim_id]

    def show_as(self, claim_id: str, shown: str) -> None:
        """Show a claim started in this run as `shown` (`shown_text`)."""
        self._shown[claim_id] = shown

    def terms(self, text: str) -> Terms:
        """`text` normalised the way this index compares it."""
        return self.normal(text).terms

    def pieces(self, text: str) -> list[Piece]:
        """`text` split at the party mentions this index recognises."""
        return list(self.normal(text).pieces)

    def normal(self, text: str) -> Normal:
        """`text` normalised for this index: given by `learn`, or made now and kept."""
        found = self._normals.get(text)
        if found is None:
            if len(self._normals) >= _NORMALS_KEPT:
                self._normals.clear()  # a long `scan` asks about ever new texts
            found = self._normals[text] = Normal(mark_parties(text, self._finder))
        return found

    def answering_words(self) -> frozenset[str]:
        """The words of denial, doubt and telling ("denied", "rumours") as this index's
        terms: what a denial says beyond what it answers. Made once per index."""
        if self._answering is None:
            from claimtrack.stance import CONTENT_MARKERS, CUE_VERBS

            phrases = [_TELLING_WORDS]
            for stance in (Stance.DENIES, Stance.DISPUTES):
                phrases += [*CONTENT_MARKERS[stance], *CUE_VERBS[stance]]
            self._answering = frozenset(
                word for phrase in phrases for word in self.terms(phrase).words
            )
        return self._answering

    def learn(
        self,
        normals: Mapping[str, Normal],
        propositions: Mapping[PropositionKey, Proposition] | None = None,
    ) -> None:
        """Take texts normalised elsewhere with the same parties (`prepare_statements`),
        and claim texts made there."""
        self._normals.update(normals)
        if propositions:
            if len(self._propositions) >= _NORMALS_KEPT:
                self._propositions.clear()
            self._propositions.update(propositions)

    def proposition(
        self,
        content: str,
        speaker: str | None,
        party: str | None,
        person: str | None,
        quoted: bool = False,
    ) -> Proposition:
        """`claimtext.proposition` of these arguments: given by `learn`, or made now."""
        key = (content, speaker, party, person, quoted)
        found = self._propositions.get(key)
        if found is None:
            found = proposition(*key)
        return found

    def add(self, claim_id: str, text: str) -> None:
        """Track `claim_id`, or give it one more example text to be matched on."""
        normal = self.normal(text)
        self._add(claim_id, text, normal.terms)
        self.add_actors(claim_id, normal.actors)

    def made_shown(self, claim_id: str, shown: str) -> None:
        """Note the text a claim started in this run is first shown with."""
        self._first_shown[claim_id] = (shown, self.normal(shown))

    def clearest(self, claim_id: str) -> bool:
        """Whether a claim started in this run is shown with a text as clear as a
        text can be (`claimtext.clarity`): no restatement will be shown in its
        place, so the statements joining it need not make their own. Judged on
        first asking: most claims started are never joined by an assertion."""
        found = self._clearest.get(claim_id)
        if found is None:
            first = self._first_shown.pop(claim_id, None)
            found = first is not None and clarity(first[0], named=bool(first[1].actors)) >= CLEAREST
            self._clearest[claim_id] = found
        return found

    def deniable_afar(self, claim_id: str) -> bool:
        """Whether a denial in another article may answer this claim under the bar:
        a claim some article opens with, or one the ledger tracked already."""
        return claim_id in self.lead_claims or claim_id not in self.started

    def add_normalised(self, claim_id: str, text: str, terms: Terms, actors: Iterable[str]) -> None:
        """As `add`, with `text`'s terms and actors as this index's parties make them,
        worked out before (`pipeline.build_index` keeps them from one run to the next)."""
        self._add(claim_id, text, terms)
        self.add_actors(claim_id, actors)

    def actors(self, claim_id: str) -> set[str]:
        """The named actors of a claim's statements so far."""
        return self._actors.get(claim_id, set())

    def says_predicate(self, predicate: frozenset[str], claim_id: str) -> bool:
        """Whether one of a claim's first texts (its own, its statements') says the
        predicate (`stance.said_predicate`), as a word or a form of one."""
        from claimtrack.stance import predicate_among

        return predicate_among(predicate, self._said.get(claim_id, ()))

    def said(self, claim_id: str) -> Sequence[str]:
        """A claim's first texts (its own, its statements'), as `says_predicate` reads them."""
        return self._said.get(claim_id, ())

    def members(self, claim_id: str) -> int:
        """How many texts with terms a claim holds: its own text and its statements' contents."""
        profile = self._profiles.get(claim_id)
        return profile.members if profile is not None else 0

    def shared_terms(self, text: str, claim_id: str) -> int:
        """How many of a text's terms (content words and parties) any of a claim's texts use."""
        profile = self._profiles.get(claim_id)
        if profile is None:
            return 0
        return sum(1 for term in set(self.terms(text).all) if term in profile.counts)

    def profile(self, claim_id: str) -> Mapping[str, int]:
        """How many of a claim's texts (its own and its statements') use each term."""
        profile = self._profiles.get(claim_id)
        return profile.counts if profile is not None else {}

    def claims_using(self, term: str, at_most: int) -> int:
        """How many claims have examples that use `term`, counted up to `at_most + 1`."""
        examples = self._examples
        seen: set[str] = set()
        for number in self._postings.get(term, ()):
            seen.add(examples[number].claim_id)
            if len(seen) > at_most:
                break
        return len(seen)

    def forms(self, word: str) -> list[str]:
        """Related forms of one of a text's words among the index's words ("jihadist" for
        "jihadi"), fewest letters apart first."""
        return self._forms(word)

    def add_actors(self, claim_id: str, actors: Iterable[str]) -> None:
        """Note more named actors that a claim's statements speak of.

        A headline's unknown actors are not kept: the claim would let any
        other story in on its account.
        """
        known = self._actors.get(claim_id)
        if known is None:
            known = self._actors[claim_id] = set()
        known.update(a for a in actors if a != UNKNOWN_ACTORS)

    def _add(self, claim_id: str, text: str, terms: Terms) -> None:
        # Each claim's and term's entry is made only when it is missing: building
        # the index of a big ledger adds some 60,000 texts.
        if self._rankings:
            self._rankings = {}
        self._texts.setdefault(claim_id, text)
        said = self._said.get(claim_id)
        if said is None:
            self._said[claim_id] = [text]
        elif len(said) < EXAMPLES_PER_CLAIM:
            said.append(text)
        profile = self._profiles.get(claim_id)
        if profile is None:
            profile = self._profiles[claim_id] = _Profile()
        if not terms:
            return
        key = frozenset(terms.all)
        profile.counts.update(key)
        profile.members += 1
        examples = self._by_claim.get(claim_id)
        if examples is None:
            examples = self._by_claim[claim_id] = []
        if len(examples) >= EXAMPLES_PER_CLAIM:
            return
        number = len(self._examples)
        self._examples.append(_Example(claim_id, key, _joined(terms)))
        examples.append(number)
        postings = self._postings
        for word in terms.words:
            if word not in postings and word not in self._related and _affixable(word):
                self._link(word)
        for term in key:
            found = postings.get(term)
            if found is None:
                postings[term] = [number]
            else:
                found.append(number)

    def _link(self, word: str) -> None:
        """Enter a new word of the index among the related forms of its neighbours."""
        related = self._affixed(word)
        self._related[word] = related
        for other in related:
            others = self._related[other]
            if len(others) < RELATED_KEPT:
                others.append(word)
        self._heads.setdefault(word[:AFFIX_CHARS], []).append(word)
        self._tails.setdefault(word[-AFFIX_CHARS:], []).append(word)

    def _affixed(self, word: str) -> list[str]:
        """Words of the index that are related forms of `word`, fewest letters apart first."""
        near = itertools.chain(
            self._heads.get(word[:AFFIX_CHARS], ()), self._tails.get(word[-AFFIX_CHARS:], ())
        )
        related = [other for other in dict.fromkeys(near) if _related(word, other)]
        related.sort(key=lambda other: abs(len(other) - len(word)))
        return related[:RELATED_KEPT]

    def _forms(self, word: str) -> list[str]:
        """Related forms of one word of a text, whether or not the index has the word."""
        known = self._related.get(word)
        if known is not None:
            return known
        return self._affixed(word) if _affixable(word) else []

    def best(self, text: str) -> tuple[str | None, float]:
        """The best-matching claim and its score (0-100); (None, 0.0) when nothing matches."""
        found = self.candidates(text, 1)
        return found[0] if found else (None, 0.0)

    def candidates(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """Up to `limit` claims sharing terms with `text`, best first, with scores."""
        return self._ranked(self.terms(text), limit)

    def score(self, text: str, claim_id: str) -> float:
        """How well `text` matches one claim (0-100), wherever it ranks."""
        return self._score_claim(self.terms(text), claim_id)

    def sharing(self, text: str, limit: int) -> dict[str, float]:
        """Up to `limit` claims with examples sharing the text's rarest terms, with their `score`.

        Unlike `candidates`, a claim with many similar examples does not
        crowd out the others: each claim counts once, and is scored on all
        its examples. Claims come most shared terms first, not best first.
        """
        terms = self.terms(text)
        if not terms or not self._examples:
            return {}
        query = self._query(terms)
        found = (self._examples[n].claim_id for n in self._blocked(query, None))
        claim_ids = itertools.islice(dict.fromkeys(found), limit)
        return {claim_id: self._score_query(query, claim_id) for claim_id in claim_ids}

    def _ranked(self, terms: Terms, limit: int) -> list[tuple[str, float]]:
        if not terms or not self._examples:
            return []
        # Asked again before any text was added: the same examples, weights and
        # profiles give the same ranking (the weights and norms it refreshes
        # were refreshed the first time). The ranking is of every candidate
        # claim, cut at the limit, so a ranking made for a larger limit holds
        # the one for a smaller: `join_pointing` asks for the best of the
        # statement `join_late` has just ranked for the gates.
        known = self._rankings.get(terms)
        if known is None or known[0] < limit:
            known = self._rankings[terms] = (limit, self._rank(terms, limit))
        return known[1][:limit]

    def _rank(self, terms: Terms, limit: int) -> list[tuple[str, float]]:
        query = self._query(terms)
        everything = self._examples
        examples = [everything[n] for n in self._blocked(query)]
        # `_weigh` and `_overlap` of each example, written out: it is the innermost loop.
        matched, weighted, weight = query.matched, query.weighted, query.weight
        fsum, sqrt, weight_of = math.fsum, math.sqrt, self._idf_sum
        size = len(everything)
        overlaps: list[tuple[float, int]] = []
        shares: list[frozenset[str]] = []
        for i, example in enumerate(examples):
            at = example.weighed_at
            if at < 0 or size > at * _REWEIGH_GROWTH + 16:
                example.weight = weight_of(example.terms)
                example.weighed_at = size
            shared = example.terms & matched
            shares.append(shared)
            # `fsum` is exact whatever the order: no list needs building for it.
            overlap = (
                min(1.0, fsum(map(weighted.__getitem__, shared)) / sqrt(weight * example.weight))
                if shared
                else 0.0
            )
            overlaps.append((overlap, i))
        # The fuzzy measure is the dearer one: only the best overlaps get it.
        scores: dict[str, float] = {}
        overlaps.sort(reverse=True)
        for overlap, i in overlaps[:FUZZY_CANDIDATES]:
            example = examples[i]
            value = self._combined(query, example, overlap, shares[i])
            if value > scores.get(example.claim_id, -1.0):
                scores[example.claim_id] = value
        blended = {c: self._blend(query, c, value) for c, value in scores.items()}
        ranked = sorted(blended.items(), key=lambda item: (-item[1], item[0]))
        return [(claim_id, round(value, 1)) for claim_id, value in ranked[:limit]]

    def _score_claim(self, terms: Terms, claim_id: str) -> float:
        return self._score_query(self._query(terms), claim_id)

    def _score_query(self, query: _Query, claim_id: str) -> float:
        if not self._profiles[claim_id].members:
            return 0.0  # a claim whose text has no terms: nothing to compare
        examples = [self._examples[n] for n in self._by_claim.get(claim_id, [])]
        self._weigh(examples)
        values = [self._combined(query, e, self._overlap(query, e)) for e in examples]
        return round(self._blend(query, claim_id, max(values, default=0.0)), 1)

    def _blend(self, query: _Query, claim_id: str, best_example: float) -> float:
        """The best example's score averaged with the claim profile's."""
        profile = self._profiles[claim_id]
        # `_refresh`'s own test first: a ranking blends some eight claims, most
        # of them refreshed already.
        members, at_size = profile.normed_at
        if profile.members > members * 1.25 or len(self._examples) > at_size * _REWEIGH_GROWTH + 16:
            self._refresh(profile)
        if not profile.norm or not query.norm:
            return (1.0 - PROFILE_WEIGHT) * best_example
        counts, squared = profile.counts, query.squared
        shared = squared.keys() & counts.keys()
        dot = math.fsum([squared[t] * counts[t] for t in shared])
        # Cached norms lag the weights a little: keep the cosine a cosine.
        cosine = min(1.0, dot / (profile.members * profile.norm * query.norm))
        parties = len(query.parties.intersection(shared))
        cosine *= _evidence(len(shared) - parties, parties)
        return (1.0 - PROFILE_WEIGHT) * best_example + PROFILE_WEIGHT * 100.0 * cosine

    def _refresh(self, profile: _Profile) -> None:
        """Recompute a profile's norm once it gained a quarter more members or the index grew."""
        size = len(self._examples)
        members, at_size = profile.normed_at
        if profile.members > members * 1.25 or size > at_size * _REWEIGH_GROWTH + 16:
            idf = self._idf(profile.counts)
            share = 1.0 / profile.members
            profile.norm = math.sqrt(
                math.fsum((k * share * idf[t]) ** 2 for t, k in profile.counts.items())
            )
            profile.normed_at = (profile.members, size)

    def _query(self, terms: Terms) -> _Query:
        last = self._last_query
        if last is not None and last[1] == len(self._examples) and last[0] == terms:
            return last[2]
        query = self._make_query(terms)
        self._last_query = (terms, len(self._examples), query)
        return query

    def _make_query(self, terms: Terms) -> _Query:
        key = frozenset(terms.all)
        parties = frozenset(terms.parties)
        matches = dict.fromkeys(key, 1.0)
        for word in terms.words:
            for form in self._forms(word):
                matches.setdefault(form, RELATED_FACTOR)
        weights = self._idf(matches)
        own = [weights[t] for t in key]
        norm = math.sqrt(math.fsum([w * w for w in own]))
        text = _joined(terms)
        matched = frozenset(matches)
        weighted = {t: weights[t] * m for t, m in matches.items()}
        squared = {t: weights[t] * weights[t] * m for t, m in matches.items()}
        return _Query(
            key,
            parties,
            text,
            matches,
            matched,
            weights,
            math.fsum(own),
            norm,
            weighted,
            squared,
            _sorted_words(text),
        )

    def _weigh(self, examples: Iterable[_Example]) -> None:
        """Refresh the cached weights of examples once the index has grown enough to shift them."""
        size = len(self._examples)
        for example in examples:
            at = example.weighed_at
            if at < 0 or size > at * _REWEIGH_GROWTH + 16:
                example.weight = self._idf_sum(example.terms)
                example.weighed_at = size

    def _idf(self, terms: Collection[str]) -> dict[str, float]:
        return dict(zip(terms, self._term_weights(terms), strict=True))

    def _idf_sum(self, terms: Collection[str]) -> float:
        """The sum of `_idf(terms)`'s weights, with no dictionary built for them."""
        return math.fsum(self._term_weights(terms))

    def _term_weights(self, terms: Collection[str]) -> list[float]:
        """The weight of each term, in the order `terms` gives them."""
        # Smoothed, so that a term no claim has yet still weighs a finite amount.
        total = len(self._examples) + 1
        # A weight depends only on the number of examples and the term's
        # postings: terms with as many postings share it, until an example is added.
        if self._idf_total != total:
            self._idf_total = total
            self._idf_of = {}
        known = self._idf_of
        # Counted and looked up in C, term by term (some 400,000 terms in a run);
        # a count not met since the last example was added is weighed first.
        counts = list(map(len, map(self._postings.get, terms, itertools.repeat(()))))
        try:
            return list(map(known.__getitem__, counts))
        except KeyError:
            for count in counts:
                if count not in known:
                    known[count] = math.log(1.0 + total / (count + 1))
            return list(map(known.__getitem__, counts))

    def _blocked(self, query: _Query, keep: int | None = CANDIDATE_EXAMPLES) -> list[int]:
        """Example numbers worth scoring: those sharing the query's rarest terms (`keep` at most).

        The query's own terms come first, related forms of its words after
        them: a rare related form must not spend the budget a rare word needs.
        """
        postings_of = self._postings
        # Ties go by the term itself: a set's order changes from run to run,
        # and the ledger must not.
        terms = query.terms
        own = sorted([(len(postings_of[t]), t) for t in terms if t in postings_of])
        forms = sorted(
            [(len(postings_of[t]), t) for t in query.matches if t in postings_of and t not in terms]
        )
        # The postings are counted in one go, in the order they are taken.
        taken: list[int] = []
        budget = POSTINGS_BUDGET
        for size, term in own + forms:
            # A very common term's newest postings stand in for all of them.
            taken += postings_of[term][-budget:]
            budget -= min(budget, size)
            if budget == 0:
                break
        hits = Counter(taken)
        # A stable sort keeps first-seen order among ties: rarer-term hits first.
        ranked = sorted(hits, key=hits.__getitem__, reverse=True)
        return ranked[:keep]

    @staticmethod
    def _overlap(query: _Query, example: _Example) -> float:
        """IDF-weighted cosine of the two term sets (0-1); example weights must be fresh.

        A related form of a query word counts for its share (`RELATED_FACTOR`).
        """
        shared = example.terms & query.matched
        if not shared:
            return 0.0
        shared_weight = math.fsum(map(query.weighted.__getitem__, shared))
        return min(1.0, shared_weight / math.sqrt(query.weight * example.weight))

    def _combined(
        self,
        query: _Query,
        example: _Example,
        overlap: float,
        shared: frozenset[str] | None = None,
    ) -> float:
        """The example's score for the query (0-100); `shared`, their terms in
        common (`example.terms & query.matched`), when the caller has them."""
        if overlap == 0.0:
            return 0.0
        # `fuzz.token_sort_ratio` of the two texts, with their words sorted once.
        if example.sorted_text is None:
            example.sorted_text = _sorted_words(example.text)
        fuzzy = fuzz.ratio(query.sorted_text, example.sorted_text) / 100.0
        value = 100.0 * (OVERLAP_WEIGHT * overlap + (1.0 - OVERLAP_WEIGHT) * fuzzy)
        if shared is None:
            shared = example.terms & query.matched
        parties = len(shared & query.parties)
        return value * _evidence(len(shared) - parties, parties)


# A clause of its own opening: a subject (a pronoun, a determiner or a name)
# and more words after it.
_CLAUSE_OPENING = r"(?=(?:he|she|it|they|we|i|the|a|an|his|her|their|[A-Z][\w'-]*)\s+\w)"
# "and" or "but" opening a clause of its own.
_CONJOINED = re.compile(rf",?\s+(?:and|but)\s+{_CLAUSE_OPENING}")
# "but" after a comma opening a clause of its own: what a text puts forward
# against what it grants before ("X had talks, but a deal never came").
_CONCEDED = re.compile(rf",\s+but\s+{_CLAUSE_OPENING}")
# What a text tells only as the setting of its main clause's act, after it: a
# clause of time on a gerund ("graduated from college before traveling to
# Syria") or an attempt ("were captured trying to cross the border").
_SETTING = re.compile(
    r"(?i)(?:,\s*|\s+)(?:before|after|while|since|upon)\s+(?=[a-z]+ing\b)"
    r"|\s+(?:trying|attempting|seeking)\s+to\s+(?=[a-z])"
)
# A relative clause: a setting after it is the setting of its act, not of the
# main clause's ("a pilot who enlisted in the army before being arrested").
_RELATIVE_CLAUSE = re.compile(r"(?i),?\s(?:who|whom|whose|which|that)\s")
# A relative clause up to the punctuation that closes it: "Americans who
# traveled to Syria to fight with the rebels -- were apprehended" tells of its
# antecedent what the clause says, as a description, not as the text's claim.
_RELATIVE_SPAN = re.compile(r"(?i)\b(?:who|whom|whose|which)\s[^,;:()\u2013\u2014]*")
# A subject raised out of what is believed or told of it: "Smith is believed to
# have travelled", "the men are said to be preparing raids", "he is believed to
# be the gunman"; what follows says what it is or did, as it would unframed.
_RAISED_SUBJECT = re.compile(
    r"(?i)\b(?:is|are|was|were)\s+(?:widely\s+)?"
    r"(?:believed|thought|said|understood|reported|known|alleged|suspected)\s+to\s+(?:have\s+)?"
)
# A main clause of feeling: "was left stunned", "were angered", "is furious".
_FEELING = (
    r"(?i)\b(?:is|are|was|were|been|be|being|left|got|get|gets|felt|feels|seemed)\s+"
    r"(?:\w+ly\s+|left\s+)?"
    r"(?:stunned|shocked|surprised|astonished|amazed|angered|angry|furious|infuriated"
    r"|outraged|enraged|disappointed|dismayed|saddened|horrified|appalled|baffled"
    r"|bewildered|frustrated|alarmed|startled|upset|devastated|livid)\b"
)
# A feeling and the "when", "after" or "as" clause telling the act it was
# stirred by.
_REACTION_CAUSE = re.compile(_FEELING + r"[^,;:.]{0,40}?\s(?:when|after|as)\s+(?P<cause>\S.*)")
# Nouns naming an act, each with the verb phrase that tells it of the one whose
# act it is (its owner, "Vasko's refusal"): done by the owner, or, for an
# arrest or a kidnapping, done to them.
_ACT_NOUN_VERBS = {
    "refusal": "refused",
    "rejection": "rejected",
    "withdrawal": "withdrew",
    "exit": "exited",
    "arrest": "was arrested",
    "detention": "was detained",
    "capture": "was captured",
    "kidnapping": "was kidnapped",
    "abduction": "was abducted",
}
# A feeling "by", "at" or "over" an act its owner's noun names: "were stunned by
# Vasko's refusal to sign", "was angry at Vasko's sudden exit".
_REACTION_TO_ACT = re.compile(
    _FEELING + r"\s+(?:by|at|over)\s+"
    r"(?P<owner>(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)['\u2019]s\s+"
    r"(?:[a-z]+\s+)?(?P<noun>" + "|".join(_ACT_NOUN_VERBS) + r")\b(?:\s+of\b)?(?P<rest>.*)"
)


def _reaction_cause(text: str) -> tuple[str, ...]:
    """The act a main clause of feeling reacts to, told in its "when", "after" or
    "as" clause: "the promoter was left stunned when the singer tore up the
    contract" carries "the singer tore up the contract", the proposition the
    statement tells; the feeling alone is said of another subject and shares no
    predicate with a claim of the act. An act named by its owner's noun after
    the feeling tells the same (`_REACTION_TO_ACT`): "the band were stunned by
    Vasko's refusal to take part" carries "Vasko refused to take part". Empty
    when the text opens on no such feeling."""
    found = _REACTION_CAUSE.search(text)
    if found is not None:
        return (found.group("cause"),)
    named = _REACTION_TO_ACT.search(text)
    if named is None:
        return ()
    verb = _ACT_NOUN_VERBS[named.group("noun").lower()]
    return (f"{named.group('owner')} {verb}{named.group('rest')}",)


# An attempt to get someone to do something that fell short ("was not enough to
# get the singer to sign up", "failed to persuade Vasko to join", "could not
# talk the minister into resigning"): the one asked, named or with a
# determiner, and the act asked of them.
_UNHEEDED_ATTEMPT = re.compile(
    r"(?i)\b(?:(?:not|never)\s+enough\s+to|fail(?:s|ed|ing)?\s+to|unable\s+to"
    r"|(?:could|did|would)(?:\s+not|n['\u2019]t)|cannot|can['\u2019]t)\s+"
    r"(?:get|persuade|convince|coax|tempt|lure|entice|talk)\s+"
    r"(?P<doer>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*"
    r"|(?-i:the)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)"
    r"\s+(?:to\s+(?P<act>\w+)|into\s+(?P<doing>\w+ing))\b"
)


def _unheeded_attempt(text: str) -> tuple[str, ...]:
    """The refusal an attempt that fell short tells: "his money was not enough to
    get Plant to sign up" carries "Plant refused to sign up", the one asked as
    the doer and the act as refused, so that it reads as one act with "Plant
    rejected the deal" (refusing) though its predicate is said of the money.
    Empty when the text tells no such attempt."""
    found = _UNHEEDED_ATTEMPT.search(text)
    if found is None:
        return ()
    act = f"to {found.group('act')}" if found.group("act") else found.group("doing")
    return (f"{found.group('doer')} refused {act}",)


# "and", "but" or "then" opening a verb phrase that shares the clause's subject:
# an auxiliary of the past, perfect or future right after it ("had been
# identified as Banksy, and had been arrested", "has agreed to a ceasefire and
# will release the girls"), or a verb in the past tense ("said no and ripped up
# the paperwork", "asked for 48 hours, then tore up the contract"). A present
# tense is left out: "is directed by Boyle and is based on the biography" tells
# a state, not what was done.
_JOINED_VERB_PHRASE = re.compile(
    r",?\s+(?:(?:and|but)(?:\s+then)?|then)\s+(?=(?i:has|had|have|was|were|will|would)\s+\w"
    r"|[a-z]{3,}ed\b|(?:"
    + "|".join(sorted({form for past, _ in verbforms.IRREGULAR.values() for form in past}))
    + r")\b)"
)
# Subjects that stand for the speaker in what it says ("ISIS says it has captured").
_SUBJECT_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
# A pronoun of the third person plural: a group named before.
_THIRD_PLURAL = re.compile(r"(?i)\b(?:they|them|their|theirs|themselves)\b")
# What the speaker did to "them", a verb or two after its own "we" or "I": "We
# have married them off", "I freed them". Said of the group its speaker just
# spoke of, as a "they" opening the clause is.
_OWN_DEED_ON_THEM = re.compile(
    r"(?i)\W*(?:we|i)\s+(?:(?:have|had|will|would|already|then|also|just)\s+){0,2}"
    r"(?-i:[a-z])[a-z'\u2019-]+\s+them\b"
)
# Words that say two things seen are one, naming neither: "this is the same
# person", "one and the same", "a strong resemblance", "it is him".
_SAMENESS = re.compile(
    r"(?i)\b(?:the\s+same\s+(?:person|man|woman|individual|guy|people|men)"
    r"|one\s+and\s+the\s+same"
    r"|(?:strong|striking|clear|uncanny|remarkable|close)\s+(?:resemblance|likeness)"
    r"|(?:it|that|this)\s*(?:is|was|['\u2019]s)\s+(?:\w+ly\s+)?(?:him|her)\b)"
)
# Verbs of telling: "They also assured that X" is a new telling of the group's,
# not more of what was said of it.
_TELLING_STEMS = frozenset(
    stem(word)
    for word in P.word_set(
        "say tell assure claim insist indicate report announce confirm deny warn promise "
        "explain add state reveal said told"
    )
)
_WORD_RE = re.compile(r"[A-Za-z]+")
# Words of who told or believed something and of the telling or belief
# itself, which any two tellings share whatever each told (`_shares_only_telling`).
_TELLER_STEMS = _TELLING_STEMS | frozenset(
    stem(word)
    for word in P.word_set(
        "believe believed think thought know known official officials source sources "
        "spokesman spokeswoman spokesperson"
    )
)
# A quantifier before the group it takes a part of: "all of the schoolgirls".
_QUANTIFIER_OF = re.compile(
    r"(?i)^\W*(?:all|most|many|some|both|several|(?:a\s+)?(?:few|number|majority|handful))\s+of\s+"
)

# A name: capitalised words, hyphened ones ("Kuwaiti-born Emwazi") too.
_ID_NAME = r"(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3}"
# Two names said to be one person: "X is (in fact) Y", "X was Y", "X is the
# person known as Y", "X has been identified as Y", "X is believed to be Y".
# The first ends the subject; the second opens what it is said to be.
_IDENTITY = re.compile(
    rf"(?:^|\s)(?P<one>{_ID_NAME})\s+"
    r"(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:(?:in\s+fact|actually|really|indeed|believed\s+to\s+be|thought\s+to\s+be|"
    r"identified\s+as|named\s+as|unmasked\s+as|revealed\s+as)\s+)?"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:known|referred\s+to|dubbed|nicknamed)\s+as\s+)?"
    rf"[\"'\u201c\u2018]?(?P<other>{_ID_NAME})(?![\w'\u2019-])",
    re.IGNORECASE,
)

# A name in the possessive: "Foley's", "Boko Haram's".
_OWNER = re.compile(r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*(?:['\u2019]s|s['\u2019])")


def _names_alone(actors: Iterable[str]) -> frozenset[str]:
    """The actors that are names of their own: no party, not the unknown one."""
    return frozenset(a for a in actors if a != UNKNOWN_ACTORS and not a.startswith(PARTY_ACTOR))


def _identity_names(text: str) -> tuple[str, str] | None:
    """The two names `text` says are one person, as written, or None.

    Only a main clause read as it stands: a negation before the second name
    ("Gill Rosenberg was not in Kobani") leaves the pattern, a place after a
    preposition never opens the second name, and each side must be a name."""
    found = _IDENTITY.search(text)
    if found is None or _OWNER.match(text, found.start("other")):
        return None  # "Bary is believed to be Foley's murderer": whose, not who
    return found.group("one"), found.group("other")


# What opens a phrase or clause after a subject's head: "the engineers in the
# laboratory", "the man who ...", "officials familiar with ...".
# People described by their link to a group or body, opening a statement: "four
# men linked to terrorist organizations", "two people with suspected ties to
# the cartel". What is told of them is not told of the group.
_LINKED_TO = re.compile(
    r"(?i)^\W*(?P<who>[^,;:]{1,40}?)\s+(?:(?:linked|tied|connected|affiliated|associated)"
    r"\s+(?:to|with)|with\s+(?:[a-z]+\s+)?(?:ties|links|connections)\s+to)\s+(?P<group>\S.*)"
)
# A subject that is what was told of a thing, opening a statement: "information
# regarding the capture", "the reports of the theft", "new details about the
# deal". What is said of it is said of the telling.
_TOLD_OF_SUBJECT = re.compile(
    r"(?i)^\W*(?:(?:the|this|that|these|those|new|further|more)\s+)*"
    r"(?:information|details|news|word|reports?|rumou?rs?)\s+(?:regarding|about|concerning|of|on)\s"
)
# An inquiry opening a statement, its subject looking into, checking or aware of
# a thing: "they were looking into reports that X", "officials are checking if
# X", "the government is aware of reports that X". It tells the inquiry, its own
# proposition, not the X it shares its words with.
_INQUIRY_OPENING = re.compile(
    r"(?i)^\W*(?:[\w.'\u2019-]+\s+){1,6}?(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:now|still|currently|also|already|urgently|actively)\s+)?"
    r"(?:looking\s+into|investigating|checking|examining|probing|aware\s+of"
    r"|(?:trying|working|seeking)\s+to\s+(?:verify|confirm|determine|establish))\s"
)
# An inquiry anywhere in a text, its verb and its aim apart: "the intelligence
# community is working as quickly as possible to determine its authenticity".
_INQUIRY_ANYWHERE = re.compile(
    r"(?i)\b(?:looking\s+into|investigating|checking|examining|probing|aware\s+of"
    r"|(?:trying|working|seeking|studying|analy[sz]ing)\b[^,.;]{0,40}?"
    r"\bto\s+(?:verify|confirm|determine|establish))\b"
)
# A count opening a text, with the bound said before it: "four men", "at least
# 10 fighters", "more than 200 girls", "up to 20 extremists".
_OPENING_COUNT = re.compile(
    r"(?i)^\W*(?:(?P<least>at\s+least|more\s+than|over)|(?P<most>up\s+to|fewer\s+than"
    r"|less\s+than|no\s+more\s+than|at\s+most)|(?P<near>about|around|some|nearly|almost"
    r"|roughly|approximately|an\s+estimated))?\s*(?P<count>\d[\d,]*|[a-z]+)\s+[a-z]"
)
_SUBJECT_MODIFIER = re.compile(
    r"(?i),|\s(?:of|in|at|on|from|for|with|near|by|who|which|that|whose|familiar)\s"
)


# Pronouns for one person, never a group.
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
# A plural common noun: "extremists", "officials" (not "his", "this", "press").
_PLURAL_NOUN = re.compile(r"(?-i:\b[a-z][a-z-]{2,}(?<![isu'])s)\b")
# Conjunctions opening a clause of time, cause or condition.
_SUBORDINATE = re.compile(r"(?i)\b(?:after|before|since|when|while|because|until|once|if|as)\b")
# A rate after the noun it counts: "20 extremists a month".
_RATE = re.compile(r"(?i)\s+(?:a|an|each|every|per)\s+\w+\s*$")


@lru_cache(maxsize=1 << 12)
def _plural_group(subject: str) -> bool:
    """Whether a subject names a group by a plural common noun ("up to 20 British
    extremists a month", "the engineers in the laboratory"), before any phrase
    or clause that modifies it; a pronoun is no such noun."""
    head = next(iter(_SUBJECT_MODIFIER.split(subject, maxsplit=1)), "")
    # A clause of time or cause read into the subject ("Thomas became homeless
    # after his parents", "After pushing through the doors, he") is no group.
    head = _SUBORDINATE.split(head, maxsplit=1)[0]
    words = _RATE.sub("", head).split()
    if not words or words[0].lower() in _SUBJECT_PRONOUNS:
        return False
    return bool(_PLURAL_NOUN.fullmatch(words[-1]))


def _joined_predicates(text: str) -> list[frozenset[str]]:
    """The predicates (`stance.clause_predicate`) of the verb phrases a text joins
    to its main clause without saying their subject again: "Paul Horner had been
    identified as Banksy, and had been arrested" says "arrested" of Paul Horner
    as it says "identified"."""
    from claimtrack.stance import clause_predicate

    return [
        found
        for phrase in _JOINED_VERB_PHRASE.split(text)[1:]
        if (found := clause_predicate(f"it {phrase}"))
    ]


def _first_proposition(text: str) -> str:
    """The proposition a text leads with: its main clause up to the first "and"
    or "but" that opens a clause of its own (`_CONJOINED`) or a verb phrase said
    of the same subject (`_JOINED_VERB_PHRASE`), with a clause of circumstance
    ("..., while ...") left out (`_main_clause`): "Smith has resigned and will
    leave the party" leads with "Smith has resigned". Where nothing before a
    joint has a predicate of its own ("Smith and Jones have resigned"), the
    main clause whole."""
    from claimtrack.stance import clause_predicate

    main = _main_clause(text)
    joints = sorted(
        found.start()
        for pattern in (_CONJOINED, _JOINED_VERB_PHRASE)
        for found in pattern.finditer(main)
    )
    for at in joints:
        if clause_predicate(main[:at]):
            return main[:at]
    return main


# Verbs that bring about an agreement or a part in a production and say little
# of it by themselves: the noun they take names the event ("struck a deal",
# "reached a cease-fire", "will fill the role"), before them in the passive ("a
# ceasefire agreement has been concluded").
_SUPPORT_VERB = (
    r"(?:struck|strikes?|striking|reach(?:ed|es|ing)?|seal(?:ed|s|ing)?|clinch(?:ed|es|ing)?"
    r"|conclud(?:e|ed|es|ing)|sign(?:ed|s|ing)?|announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)"
    r"|(?:work|hammer)(?:ed|s|ing)?\s+out|won|wins?|winning|fill(?:ed|s|ing)?|land(?:ed|s|ing)?"
    r"|(?:took|takes?|taken|taking)\s+on|secur(?:e|ed|es|ing))"
)
_EVENT_NOUN = r"(deal|agreement|accord|pact|settlement|truce|cease-?fire|role|part)s?"
_SUPPORTED_EVENT = re.compile(
    rf"(?i)\b{_SUPPORT_VERB}\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"{_EVENT_NOUN}\b"
    rf"|\b{_EVENT_NOUN}\s+(?:(?:has|had|have|was|were|is|are|been|being)\s+)+{_SUPPORT_VERB}\b"
)

# A part of a word every match of `_SUPPORTED_EVENT` holds (`may_hold`).
_SUPPORTED_EVENT_NEEDS = (
    "deal",
    "agree",
    "accord",
    "pact",
    "settle",
    "truce",
    "fire",
    "role",
    "part",
)


@lru_cache(maxsize=1 << 12)
def _supported_event(text: str) -> frozenset[str]:
    """The stem of the event a support verb of `text` brings about (`_SUPPORTED_EVENT`):
    "they had struck a deal" says of its subject what "they agreed a deal" does,
    and "Bale will fill the challenging role" what "Bale won the role" does; the
    verbs differ, the event is one. Asked of each candidate a loose match fails."""
    if not may_hold(text, _SUPPORTED_EVENT_NEEDS):
        return frozenset()
    found = _SUPPORTED_EVENT.search(text)
    if found is None:
        return frozenset()
    noun = found.group(1) or found.group(2)
    return frozenset({stem(noun.lower().replace("-", ""))})


# Verbs of going in unseen, which say entering with "into" or "in" ("slipped
# across the border into Texas", "sneaked in"), but not alone ("slipped on ice").
_STEALING_IN = r"sneak(?:s|ed|ing)?|snuck|slip(?:s|ped|ping)?"

# Verbs of one meaning, each class a pattern of the wordings that say it (a
# particle or an object noun where the verb alone says something else: "tore
# the contract to pieces", "turned down", "took possession of"). Two texts
# whose predicates fall in one class say one act in other words: "Plant
# rejected the deal" and "Plant tore the contract to pieces"; "the militants
# seized a cache" and "the militants captured weapons".
_PREDICATE_CLASSES: dict[str, str] = {
    "refusing": (
        r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?"
        r"|snub(?:s|bed|bing)?|turn(?:s|ed|ing)?\s+(?:it\s+|them\s+)?down"
        r"|(?:rip(?:s|ped|ping)?|t(?:ear|ore|orn|ears|earing))\s+(?:(?:it|them)\s+)?up"
        r"|t(?:ear|ore|orn|ears|earing)\s+(?:\S+\s+){1,5}?(?:to|in|into)\s+(?:pieces|shreds)"
    ),
    "casting": (
        r"(?:play|portray)(?:s|ed|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z]))"
        r"|(?:play|portray)(?:s|ed|ing)?\s+(?:the|a)\s+(?:\S+\s+){0,3}?(?:role|part)"
        r"|star(?:s|red|ring)?\s+as"
        r"|(?:be|been|is|was|were|being)\s+cast\s+as"
    ),
    "capturing": (
        r"captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|grab(?:s|bed|bing)?|confiscat(?:e|es|ed|ing)"
        r"|(?:g[eo]t|gets|getting|gotten|t(?:ake|akes|ook|aken|aking))\s+(?:hold|possession)\s+of"
    ),
    "arresting": (
        r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|nab(?:s|bed|bing)?"
        r"|nick(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)\s+(?:\S+\s+)?into\s+custody"
    ),
    "withdrawing": (
        r"withdr(?:aw|aws|ew|awn|awing)|(?:pull|drop)(?:s|ed|ing)?\s+out"
        r"|(?:quit|quits|quitting|exit(?:s|ed|ing)?)\b(?!\s+(?:poll|strateg))"
        r"|f(?:all|alls|ell|allen|alling)\s+(?:off|through)|walk(?:s|ed|ing)?\s+away"
    ),
    "kidnapping": r"kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?",
    # A thing sent somewhere not reaching it: "the bundle missed its target",
    # "one of the bundles drifted off course", "the shipment had gone astray".
    "straying": (
        r"miss(?:es|ed|ing)?\s+(?:its|their|the)\s+(?:intended\s+)?(?:target|mark)s?"
        r"|(?:drift|veer|float|land)(?:s|ed|ing)?\s+off\s+(?:course|target)"
        r"|(?:blew|blown|go|goes|went|gone|going)\s+(?:off\s+(?:course|target)|astray)"
    ),
    # Telling who someone is: "identified the fighter", "ascertained his
    # identity", "know the identity of the killer".
    "identifying": (
        r"identif(?:y|ies|ied|ying)|unmask(?:s|ed|ing)?"
        r"|(?:ascertain|establish|determin|learn|discover|uncover|confirm|kn[eo]w)\w*"
        r"\s+(?:\S+\s+){0,2}?identit(?:y|ies)"
    ),
    # A whole holding a part: "the deal included the release", "the deal
    # covered the release".
    "including": (
        r"includ(?:e|es|ed|ing)|cover(?:s|ed|ing)?|involv(?:e|es|ed|ing)"
        r"|encompass(?:es|ed|ing)?"
    ),
    # And a support verb bringing about a deal or a truce (`_predicate_classes`).
    "agreeing": r"agree(?:s|d|ing)?",
    # Being told something by a source: "learned the information from the
    # police", "received a tip from an official", "was tipped off".
    "learning": (
        r"learn(?:s|ed|t|ing)?\s+(?:\S+\s+){0,4}?from"
        r"|receiv(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:tip|tips|information|word)"
        r"\s+(?:\S+\s+){0,4}?from"
        r"|tip(?:s|ped|ping)?\s+(?:\S+\s+)?off"
    ),
    "stealing": r"st(?:eal|eals|ole|olen|ealing)|rob(?:s|bed|bing)?|loot(?:s|ed|ing)?",
    "investigating": (
        r"investigat(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|prob(?:e|es|ed|ing)"
        r"|scrutini[sz](?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)"
        r"|evaluat(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+into"
    ),
    "entering": (
        r"enter(?:s|ed|ing)?|infiltrat(?:e|es|ed|ing)"
        rf"|(?:{_STEALING_IN}|cross(?:es|ed|ing)?)\s+(?:\S+\s+){{0,3}}?into|(?:{_STEALING_IN})\s+in\b"
    ),
}
# Verbs of one meaning said of many things in one story ("the rebels attacked
# the town", "the rebels attacked two villages"; "the army killed an impostor",
# "the army killed hundreds of militants"): two texts of one class say one act
# only when what it is done to is one thing too (`_done_to_other_things`).
_GENERAL_PREDICATE_CLASSES: dict[str, str] = {
    "attacking": (
        r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)?"
        r"|ambush(?:es|ed|ing)?"
    ),
    "killing": (
        r"kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|sl(?:ay|ays|ew|ain|aying)"
        r"|assassinat(?:e|es|ed|ing)|behead(?:s|ed|ing)?|shot\s+dead"
    ),
}
_PREDICATE_CLASS_AT = {
    name: re.compile(rf"(?i)\b(?:{pattern})\b")
    for name, pattern in (_PREDICATE_CLASSES | _GENERAL_PREDICATE_CLASSES).items()
}
# A wording of any class: one scan finds whether a text holds one at all. The
# classes' wordings are one alternation, case-sensitive (`P.cased_pattern`),
# so the engine tests each wording's first letter before entering it; and as
# every wording opens on a letter, the scan tries them at a word's start only,
# not at its end, where a boundary holds too.
_ANY_PREDICATE_CLASS = re.compile(
    r"\b(?=\w)"
    + P.cased_pattern(
        r"(?:{})\b".format("|".join((_PREDICATE_CLASSES | _GENERAL_PREDICATE_CLASSES).values()))
    )
)
# A role or a part a support verb brings about is what casting gives
# ("Bale will fill the role", "Bale won the part").
_CASTING_EVENTS = frozenset({"role", "part"})


@lru_cache(maxsize=1 << 12)
def _predicate_classes(text: str) -> frozenset[str]:
    """The classes of meaning (`_PREDICATE_CLASSES`) of what a text predicates
    (`stance.said_predicate`): a class whose wording holds a word of that
    predicate ("took possession of": take), or, where the predicate is a support
    verb (`_SUPPORTED_EVENT`), casting when it brings about a role or a part
    ("Bale will fill the role") and agreeing when it brings about a deal or a
    truce ("Boko Haram announced a ceasefire"). Empty when the predicate is of
    no class: a verb of a class in a relative clause, or in another sense ("tore
    a muscle"), is none."""
    from claimtrack.stance import predicate_among, said_predicate

    if _ANY_PREDICATE_CLASS.search(text) is None and not _supported_event(text):
        # Most texts hold no wording of a class: their predicate need not be read.
        return frozenset()
    predicate = said_predicate(text)
    if not predicate:
        return frozenset()
    found: set[str] = set()
    for name, pattern in _PREDICATE_CLASS_AT.items():
        if any(predicate_among(predicate, [match.group()]) for match in pattern.finditer(text)):
            found.add(name)
    event = _supported_event(text)
    if event:
        support = _SUPPORTED_EVENT.search(text)
        opening = _PREDICATE_WORD.match(support.group()) if support is not None else None
        if opening is not None and predicate_among(predicate, [opening.group()]):
            found.add("casting" if event & _CASTING_EVENTS else "agreeing")
    return frozenset(found)


# Words that say when, which stories share freely.
_WHEN_WORDS = """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december last next this early late
    earlier later week weekend month year day days weeks months years today yesterday
    tomorrow tonight morning afternoon evening night ago recently
"""


# A faith's name, and its believers': capitalised like a name, but named across
# many stories ("a Canadian convert to Islam", "the schoolgirls converted to
# Islam"), as parties are.
_FAITHS = frozenset(
    stem(word)
    for word in P.word_set(
        """
        islam islamic muslim muslims christian christians christianity catholic catholics
        protestant protestants jewish jews judaism hindu hindus hinduism buddhist buddhists
        buddhism sikh sikhs
        """
    )
)


def same_story(actors: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two sets of named actors tell of one story.

    A proper name in common ("Hunter", "Batmobile") will do; parties are named
    across many stories ("united_states", "islamic_state"), and so are faiths
    ("Islam"), so of those it takes two.
    """
    actors, others = set(actors), set(others)
    if UNKNOWN_ACTORS in actors:
        return True  # a headline's capitals name nobody for sure: let the words decide
    shared = actors.intersection(others)
    common = sum(1 for actor in shared if actor.startswith(PARTY_ACTOR) or actor in _FAITHS)
    return len(shared) > common or common >= STORY_SHARED_PARTIES


# Counts too small to tell one event from another (a handful, a month's
# number), and years.
# An aside set off by commas that opens on a participle ("North Korean troops,
# dispatched to the Kursk region, have begun combat operations"): it says
# something of the noun before it, not what its clause predicates.
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|ing)|known|shown|seen|taken|given|held|caught"
    r"|sent|led|found|left|brought|built|born|driven|chosen|written)\b[^,;:]*,"
)
_PREDICATE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# What a word in "-ing" is the clause's verb after: a form of "be" ("is coming"),
# a negation or adverb between them ("are not leaving", "is now fighting"), or a
# verb of beginning or going on ("began fighting").
_ING_VERB_AFTER = P.word_set(
    """
    am is are was were be been being 's 're 'm ain't isn't aren't wasn't weren't
    not never no longer still now also already just reportedly allegedly actually
    really even currently again
    begin began begun begins start started starts keep kept keeps stop stopped
    continue continued continues
    """
)


def _main_predicate(text: str) -> frozenset[str]:
    """What a statement's main clause predicates (`stance.said_predicate`), with
    what only modifies a noun set aside: an aside opening on a participle
    between commas ("troops, dispatched to the Kursk region, have begun"), and
    a word in "-ing" right after a noun ("the capture of terrorists crossing the
    border comes from", "information regarding"), which no auxiliary makes a
    verb. A predicate read only from such words is none."""
    from claimtrack.stance import said_predicate

    text = _PARTICIPLE_ASIDE.sub("", text)
    predicate = said_predicate(text)
    if not predicate:
        return predicate
    as_verb: set[str] = set()
    as_modifier: set[str] = set()
    before = ""
    for word in _PREDICATE_WORD.findall(text):
        lowered = word.lower().replace("\u2019", "'")
        found = stem(SYNONYMS.get(lowered, lowered))
        if found in predicate:
            modifies = (
                lowered.endswith("ing")
                and bool(before)
                and before not in _ING_VERB_AFTER
                and not before.endswith(("'s", "'re", "'m", "n't"))
            )
            (as_modifier if modifies else as_verb).add(found)
        before = lowered
    return predicate - (as_modifier - as_verb)


_COUNT_LEAST = 13
_YEARS = range(1900, 2100)
# Units of time and share, which count spans of any event, not the event.
_SPAN_UNITS = P.word_set("second minut hour day week month year decad century percent")


def _predicate_read(about: str) -> frozenset[str]:
    """What a content predicates, for the loose match's predicate test: its main
    predicate, the thing an existential says there is, or the act said of a
    raised subject ("he is believed to have travelled"); where none is read
    and the content has several sentences ("We are not in need of fighters. We
    can defeat them if we have weapons"), what the first sentence after its
    first that has one predicates. A content of several sentences is no less a
    proposition than one of one: judged by its words alone, it joined any claim
    of its story sharing them."""
    from claimtrack.stance import said_predicate, sentences

    for text in (about, *sentences(about)[1:]):
        if predicate := said_predicate(text) or _existent(text) or _raised_predicate(text):
            return predicate
    return frozenset()


def _raised_predicate(about: str) -> frozenset[str]:
    """What a content with a raised subject predicates of it (`_RAISED_SUBJECT`):
    "Smith is believed to have travelled to Syria" tells a journey, which
    `stance.said_predicate` leaves unread, its verb of belief framing it. Empty
    when the content has no such frame."""
    from claimtrack.stance import clause_predicate

    found = _RAISED_SUBJECT.search(about)
    if found is None:
        return frozenset()
    return clause_predicate(f"it {about[found.end() :]}")


def _opening_count(text: str) -> tuple[float, float] | None:
    """The numbers a count opening `text` allows (`_OPENING_COUNT`), lowest and
    highest: "four men" (4, 4), "at least 10 fighters" (10, inf), "up to 20"
    (0, 20). None where the text opens on no count, on a year, or on one said
    only near ("about 40", "some 200"), which fits too many numbers to tell
    another group by."""
    found = _OPENING_COUNT.match(text)
    if found is None or found.group("near"):
        return None
    value = number_value(found.group("count").lower().replace(",", ""))
    if value is None or int(value) in _YEARS:
        return None
    if found.group("least"):
        return value, math.inf
    if found.group("most"):
        return 0.0, value
    return value, value


def _counted(words: Sequence[str]) -> list[tuple[str, str, str]]:
    """Each count a text gives with the one or two words after it: "135 air
    strikes" -> ("135", "air", "strik")."""
    found = []
    for at, word in enumerate(words[:-1]):
        if not word.isdigit():
            continue
        value = int(word)
        if value < _COUNT_LEAST or value in _YEARS:
            continue
        if not words[at + 1].isalpha() or words[at + 1] in _SPAN_UNITS:
            continue
        after = words[at + 2] if at + 2 < len(words) else ""
        found.append((word, words[at + 1], after))
    return found


def _same_counts(mine: list[tuple[str, str, str]], theirs: list[tuple[str, str, str]]) -> bool:
    """Whether another text gives every count one text gives, of the same thing:
    the same number, and the word after it the same, a form of it ("strike",
    "airstrike"), or the two words after it written as one ("air strikes",
    "airstrikes"); or, where a participle stands beside what is counted, before
    it in one text and after it in the other or another participle in each
    ("200 kidnapped schoolgirls", "200 schoolgirls kidnapped", "200 abducted
    schoolgirls"), the word after the first in one the same as a word after it
    in the other. A text that gives a figure the other does not tells more
    than it, or another thing."""
    return all(
        any(
            number == other
            and (
                _same_or_related(unit, other_unit)
                or unit + after == other_unit
                or other_unit + other_after == unit
                or (after != "" and _same_or_related(after, other_unit))
                or (other_after != "" and _same_or_related(unit, other_after))
                or (after != "" and _same_or_related(after, other_after))
            )
            for other, other_unit, other_after in theirs
        )
        for number, unit, after in mine
    )


def _affixable(word: str) -> bool:
    """Whether a word is long enough, and a word at all, to have related forms."""
    return len(word) >= AFFIX_CHARS and word.isalpha()


def _same_or_related(word: str, other: str) -> bool:
    """Whether two words are one word or forms of one ("strike", "airstrike")."""
    return word == other or (_affixable(word) and _affixable(other) and _related(word, other))


def _related(word: str, other: str) -> bool:
    """Whether one word starts the other, or ends it as the last part of a compound."""
    short, long = (word, other) if len(word) < len(other) else (other, word)
    if len(short) == len(long):
        return False
    return long.startswith(short) or (
        long.endswith(short) and len(long) - len(short) >= COMPOUND_HEAD_CHARS
    )


def _evidence(words: int, parties: int) -> float:
    """How far to believe a match that shares this many content words and parties."""
    if words == 0:
        return PARTIES_ONLY_PENALTY
    return ONE_WORD_FACTOR if words + parties == 1 else 1.0


def _joined(terms: Terms) -> str:
    return " ".join(terms.all)


def _sorted_words(text: str) -> str:
    """A text's words in sorted order, as `fuzz.token_sort_ratio` compares them."""
    return " ".join(sorted(text.split()))


# ---------------------------------------------------------------------------
# Grouping statements


# A name that owns what a phrase speaks of: "the Mayor's car", "Ben Affleck's ride".
_POSSESSOR = re.compile(r"(?:\b[A-Z][\w.-]*\s+)*\b[A-Z][\w.-]*['\u2019]s?(?=\s)")
# "(deny) the (US) accusations (by the US) (that ...)": a phrase that points
# at what someone else said. Words before the noun only after a determiner,
# so "Russia claims Crimea" is not taken for a pointer.
_POINTER = re.compile(
    r"""^\W*
    (?:(?:deny|denies|denied|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?|rebut(?:s|ted)?|debunk(?:s|ed)?)\s+)?
    (?:(?:the|these|those|such|this|that|all|any|its|their|his|her|our|[\w.-]+['\u2019]s)
       \s+(?:[\w.'\u2019-]+\s+){0,2}?)?
    (?:accusations?|allegations?|claims?|reports?|charges?|suggestions?|assertions?
       |rumou?rs?|stor(?:y|ies)|speculation|information|statements?|remarks?|comments?)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A word every match of `_POINTER` holds (`may_hold`).
_POINTER_NEEDS = (
    *("accusation", "allegation", "claim", "report", "charge", "suggestion", "assertion"),
    *("rumo", "stor", "speculation", "information", "statement", "remark", "comment"),
)
_THAT = re.compile(r"\b(?:that|of|about|regarding|over)\s+", re.IGNORECASE)
# A verdict or a doubt that frames the proposition it is about: "it wasn't true
# that X", "there is no evidence that X", "there is no information on whether
# X", "it is too early to say whether X".
_FRAME = re.compile(
    r"""^\W*(?:it\s+(?:is|was|'s|\u2019s)\s*(?:not|n't|n\u2019t)?\s*(?:simply\s+|just\s+)?
        (?:true|false|untrue|clear|unclear|known|certain|uncertain|premature|too\s+(?:early|soon)\s+to\s+(?:say|tell|know|judge|determine)
        |(?:highly\s+|very\s+|most\s+)?(?:unlikely|doubtful|improbable|implausible))
      |it\s+(?:isn't|isn\u2019t|wasn't|wasn\u2019t)\s+(?:true|clear|known|certain)
      |there(?:\s+(?:is|was|has\s+been|have\s+been)|['\u2019]s(?:\s+been)?)\s+no\s+(?:\w+\s+)?
        (?:evidence|proof|indication|sign|confirmation|information|intelligence
          |truth\s+to\s+(?:the\s+)?\w+)
    )\s+(?:that|whether|if|of|(?:on|about|as\s+to)\s+whether|to\s+suggest\s+that|to\s+show\s+that
      |(?:suggesting|indicating|showing)(?:\s+that)?)\s+
    # "no evidence that any troops crossed": the doubt's "any" is no part of what
    # it doubts ("troops crossed").
    (?:any\s+(?=\w))?""",
    re.IGNORECASE | re.VERBOSE,
)
# A verdict closing a pointer's clause: "(the claims that X) are false", "... is
# unsubstantiated", "... were not true".
_VERDICT = re.compile(
    r"\s+(?:is|are|was|were|remain|remains|remained)\s+(?:\w+ly\s+)?(?:not\s+)?"
    r"(?:false|untrue|true|baseless|groundless|unfounded|unsubstantiated|unconfirmed"
    r"|unverified|incorrect|inaccurate|wrong|nonsense|fabricated|made up)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


# What a denial or a doubt frames, when its speaker is the one who does not
# know or has nothing to show: "we don't know whether X", "DHS continues to have
# no credible intelligence to suggest X", "the force did not have any information
# of X", "it remained unclear whether X", "police confirmed ... that X had not ...".
_DOUBT_FRAME = re.compile(
    r"""^\W*(?:[\w.'\u2019-]+\s+){0,6}?(?:
        (?:(?:do|does|did)\s*(?:not|n't|n\u2019t)|cannot|can't|can\u2019t)\s+(?:\w+ly\s+)?
          (?:know|say|tell)\s+(?:for\s+(?:sure|certain)\s+)?(?:whether|if)
      |(?:(?:has|have|had|continues?\s+to\s+have|continued\s+to\s+have)\s+no
         |(?:do|does|did|has|have|had)\s*(?:not|n't|n\u2019t)\s+(?:have|received|seen)\s+(?:any)?
         |(?:has|have|had)\s*(?:not|n't|n\u2019t)\s+(?:received|seen|heard)(?:\s+any)?)
        \s*(?:[\w-]+,?\s+){0,2}?
        (?:evidence|proof|information|intelligence|indication|sign|signs|confirmation|word|reports?)
        (?:\s+(?:to\s+(?:suggest|show|indicate|confirm)(?:\s+that)?|that)
          # Of a thing rather than a proposition, only what points back: "of such arrest".
          |\s+(?:of|about|on|regarding)(?=\s+(?:any\s+)?such\b)
          |(?=\s+to\s+(?:that|this)\s+effect\b))
      |(?:remains?|remained|is|was|it's|it\u2019s)\s+(?:still\s+)?(?:unclear|not\s+clear|uncertain
         |unknown|not\s+known)\s+(?:whether|if)
    )\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A doubt that opens a later clause or sentence of the content frames what it
# doubts as one at its start does: "The laptop is in production, although it is
# unclear whether X".
_LATE_DOUBT = re.compile(
    r"""(?:[,;:.]\s*|\s(?:but|although|though|while|and|yet)\s+)
        (?:it|that)\s+(?:is|was|remains|remained)\s+(?:still\s+)?
        (?:unclear|not\s+clear|uncertain|unknown|not\s+known)\s+(?:whether|if)\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A telling called false by its verb: "they lied that the pilot was alive",
# "the site falsely reported that X": the clause is what is denied.
_FALSELY_TOLD = re.compile(
    r"""\b(?:lied|lies|lie|lying
      |falsely\s+(?:claimed|claims|claim|said|says|reported|reports|stated|states|suggested))
      \s+(?:that|about)\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A negation inside a reported clause ("confirmed with the producers that the
# car had not been stolen"): the clause is what is denied.
_THAT_CLAUSE = re.compile(r"\b(?:that|whether)\s+", re.IGNORECASE)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no)\b|n['\u2019]t\b")
_PRONOUN_SUBJECT = re.compile(r"(?i)(?:it|he|she|they|we|i|you|this|that)\b")
# A verdict on what the content names ("the Banksy arrest is a hoax", "the story
# was fake"): the thing judged is the referent.
_JUDGED = re.compile(
    r"""\s*[,:-]?\s+(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?["'\u201c\u2018]?(?:not\s+)?(?:
        (?:a|an|just\s+a|all\s+a|pure|complete|total|utter)?\s*(?:hoax|fake|lie|fabrication|myth
          |rumou?r|scam|prank|nonsense|rubbish|false|untrue|baseless|groundless|unfounded)
      |(?:supported|backed(?:\s+up)?)\s+by)\b.*$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# A rumour named in apposition after what it calls one: "..., a rumor that spread".
_APPOSED_RUMOUR = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:\w+\s+)?(?:rumou?r|claim|report|story|hoax|allegation)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# What only points back: "such arrest", "no such deal", "to that effect".
_ANAPHOR = re.compile(
    r"^\W*(?:(?:(?:there|that)(?:\s+(?:is|was|are|were)|['\u2019]s)\s+)?no\s+such"
    r"|such(?:\s+an?)?|any\s+such)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:$|[,;.]|\band\b|\bor\b)"
    r"|^\W*(?:to\s+)?(?:that|this)\s+effect\W*$",
    re.IGNORECASE,
)


# Asked of each statement in the article it comes from and again as it is grouped.
@lru_cache(maxsize=1 << 14)
def referent(content: str, *, against: bool = False) -> str:
    """What a statement's content is about, with any "the claims ... that" pointer removed.

    Empty when the content only points back ("the accusations", "the reports
    are baseless", "no such deal") and names no proposition of its own. With
    `against` (the statement denies or doubts by itself), also without the
    frame of its doubt or verdict ("we don't know whether X", "has no
    intelligence to suggest X", "X is a hoax", "confirmed that X had not ...").
    """
    text = " ".join(content.split())
    if against:
        text = _denied(text)
        if _ANAPHOR.match(text):
            return ""
    frame = _FRAME.match(text)
    if frame is not None and content_words(text[frame.end() :]):
        return _before_nor(text[frame.end() :])
    match = _POINTER.match(text) if may_hold(text, _POINTER_NEEDS) else None
    if match is None:
        return text
    rest = text[match.end() :]
    clause = _THAT.search(rest)
    if clause is None:
        return ""
    # "... by the US and its allies that X": X is the proposition, without the
    # verdict on it ("... that X are categorically false").
    substance = _VERDICT.sub("", rest[clause.end() :])
    return substance if content_words(substance) else ""


# A clause that "nor" opens after what a negative frame says ("there is no
# evidence that X, nor was there Y"): the frame's negation goes on over it.
_NOR_CLAUSE = re.compile(r"(?i)[,;]?\s+nor\s+\w")


def _before_nor(framed: str) -> str:
    """What a negative frame says is not so, without a later clause that "nor"
    adds to the frame ("there is no evidence that the pope said it, nor was there
    a boy"): that clause is a second thing the frame negates, not part of the
    first. Unchanged when no "nor" follows, when what comes before it has a
    negation of its own that the "nor" may answer, or fewer than two words of
    content come before it."""
    cut = _NOR_CLAUSE.search(framed) if "nor" in framed.lower() else None
    if cut is None:
        return framed
    kept = framed[: cut.start()]
    # "that neither the deputy nor the clerk signed it": the "nor" answers the
    # clause's own negation, not the frame's.
    if _NEGATED.search(kept) or re.search(r"(?i)\bneither\b", kept):
        return framed
    return kept if len(content_words(kept)) >= 2 else framed


# A frame of the speaker's own mind or telling before the proposition an
# assertion puts forward: "we believe that X", "he believed X", "I wish to
# inform this audience that X", "what I can assure people is that X", "don't
# you know X?". Its words say how the speaker holds X, not what X is.
_OWN_FRAME = re.compile(
    r"""^\W*(?:
        (?:i|we|he|she|they)\s+(?:also\s+|still\s+|now\s+|firmly\s+|strongly\s+)?
          (?:believe[sd]?|think|thinks|thought|knew|know|knows
            |(?:wish|want)(?:ed)?\s+to\s+(?:inform|tell|assure)(?:\s+(?:this|the|you|all)(?:\s+\w+)?)?
            |can\s+(?:assure|tell)(?:\s+(?:you|people|the\s+public|everyone))?)
      |it\s+(?:is|was)\s+(?:widely\s+|now\s+|also\s+)?(?:believed|thought|understood)(?!\s+to\b)
      |what\s+(?:i|we)\s+can\s+(?:assure|tell)\s+(?:you|people|the\s+public|everyone)\s+is
      |do(?:n['\u2019]t|\s+not)\s+you\s+know
    )(?:\s*,?\s*that\b)?\s*,?\s+""",
    re.IGNORECASE | re.VERBOSE,
)


# A word every match of `_OWN_FRAME` holds (`may_hold`).
_OWN_FRAME_NEEDS: tuple[str, ...] = (
    "believ",
    "think",
    "thought",
    "knew",
    "know",
    "inform",
    "tell",
    "assure",
)
_OWN_FRAME_NEEDS += ("understood",)


def unframed(about: str) -> str:
    """An assertion's content without the frame of its speaker's own belief or
    telling before it (`_OWN_FRAME`): "they believed they had ascertained his
    identity" -> "they had ascertained his identity". Unchanged when no frame
    opens it, or when what follows names nothing."""
    frame = _OWN_FRAME.match(about) if may_hold(about, _OWN_FRAME_NEEDS) else None
    if frame is None:
        return about
    rest = about[frame.end() :].rstrip("?").rstrip()
    return rest if len(content_words(rest)) >= 2 else about


def _own_act_clause(statement: Statement) -> bool:
    """Whether a statement's `about` tells its content's "-ing" phrase as a
    clause of its speaker's own act ("she considered lying" of "she admits
    considering lying"): its whole content is that clause without its
    subject ("Considering lying"), no other words to file it by."""
    first, _, rest = statement.content.partition(" ")
    return (
        statement.about is not None
        and first.endswith("ing")
        and bool(rest)
        and statement.about.endswith(rest)
    )


def _asks_which(content: str, about: str) -> bool:
    """Whether `about`, what a statement is taken to be about, is the question
    its content asks ("it is unclear whether the ship sank or was towed away"):
    an alternative that states neither of its branches."""
    text = " ".join(content.split())
    at = text.find(about) if about else -1
    return (
        at > 0
        and re.search(r"\b(?:whether|if)\W*$", text[:at], re.IGNORECASE) is not None
        and alternative(about)
    )


def _judges_a_thing(content: str) -> bool:
    """Whether a denial's content is a verdict on a thing it names ("the Banksy
    arrest is a hoax"), not on a proposition ("claims that X are false")."""
    text = " ".join(content.split())
    return bool(_JUDGED.search(text)) and not _THAT_CLAUSE.search(text) and not _POINTER.match(text)


def _denied(text: str) -> str:
    """The part of a denial or doubt that states what it denies or doubts."""
    frame = _DOUBT_FRAME.match(text)
    told = _FALSELY_TOLD.search(text)
    if frame is not None and content_words(text[frame.end() :]):
        text = text[frame.end() :]
    elif told is not None and content_words(text[told.end() :]):
        text = text[told.end() :]
    elif (
        (late := _LATE_DOUBT.search(text)) is not None
        and content_words(text[late.end() :])
        # Not when its subject is a pronoun: "..., although it is unclear if they
        # carry missiles" leaves "they" to be read from the whole sentence.
        and not _PRONOUN_SUBJECT.match(text, late.end())
    ):
        text = text[late.end() :]
    else:
        first = _NEGATED.search(text)
        clause = _THAT_CLAUSE.search(text, 0, first.start()) if first else None
        # Only a clause that holds the first negation: "X confirmed that Y had not ...".
        last = None
        while clause is not None:
            last = clause
            clause = _THAT_CLAUSE.search(text, clause.end(), first.start() if first else 0)
        # Not when the clause's subject is a pronoun: "confirmed that it had not
        # been stolen" leaves "it" to be read from the whole sentence.
        if (
            last is not None
            and content_words(text[last.end() :])
            and not _PRONOUN_SUBJECT.match(text, last.end())
            # "The phone that Apple planned is not ...": a noun's relative clause,
            # with no verb before it to report or confirm anything.
            and any(verb_word(w) and "-" not in w for w in text[: last.start()].split()[1:])
        ):
            text = text[last.end() :]
    judged = _JUDGED.sub("", text)
    # "were aware that the story was untrue": the verdict is what they knew.
    if judged != text and not _POINTER.fullmatch(judged) and not knowing_before(judged):
        text = judged
    return _APPOSED_RUMOUR.sub("", text)


_TRIMMED = " \"'\u201c\u201d\u2018\u2019.,;:-"


def clean_claim_text(content: str) -> str:
    """A statement's content made presentable as a claim's text."""
    text = " ".join(content.split()).strip(_TRIMMED)
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


_SLUG_WORDS = 4
# How many more words a claim text may have than its statement's own for its
# id to be read from the claim text.
_ID_WORDS_ADDED = 2
_SLUG_CHARS = 48


def make_slug(text: str, taken: Container[str], resolver: MentionFinder | None = None) -> str:
    """A short readable id from `text`'s first content words, unique against `taken`.

    "North Korean soldiers were sent to Russia" -> "north-korea-troops-deploy-russia"
    (then "...-2", "...-3" when taken).
    """
    finder = resolver if resolver is not None else default_resolver()
    return _slug(mark_parties(text, finder), taken)


def claim_id_for(written: str, index: ClaimIndex, taken: Container[str] | None = None) -> str:
    """The id a claim whose text reads `written` gets in `index`: its words, with a
    party mention written as the text writes it (`_as_written`), unique against
    `taken` (by default the index's claims)."""
    pieces = index.normal(written).pieces
    return _slug(_as_written(pieces, written, index.resolver), index if taken is None else taken)


def _slug(pieces: Sequence[Piece], taken: Container[str]) -> str:
    words = _slug_words(pieces)
    # Whole words (a party's name whole) are dropped from the end to keep it short.
    while len(words) > 1 and len("-".join(words)) > _SLUG_CHARS:
        words.pop()
    base = "-".join(words)[:_SLUG_CHARS].strip("-") or "claim"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _as_written(pieces: Sequence[Piece], text: str, finder: MentionFinder) -> Sequence[Piece]:
    """`pieces` of `text` for its id, with a mention whose words share none of its
    party's name written as the text writes it: "The Border Patrol needs funding",
    whose party is the United States, -> `border-patrol-needs-funding`, not
    `united-states-needs-funding`; "Pentagon" -> `pentagon`. A mention that shares a
    word's stem with its party ("Kurdish" for Kurdistan, "Israeli" for Israel) or is
    an acronym ("US", "U.S.", "WHO") keeps the party's name."""
    mentions = sorted(finder.mentions(fold(text)))
    if not mentions:
        return pieces
    folded = fold(text)
    out: list[Piece] = []
    cursor = 0
    changed = False
    for (start, end), party in mentions:
        if start < cursor:
            continue  # as `mark_parties`: the first of overlapping mentions wins
        out.append((folded[cursor:start], None))
        mention = folded[start:end]
        names = [w for w in re.findall(r"[\w'-]+", mention) if w[:1].isupper()]
        stems = [w[:4].lower() for w in party_term(party).split("_") if len(w) >= 4]
        if (
            names
            and not any(
                len(letters) > 1 and letters.isupper()
                for letters in (re.sub(r"[^A-Za-z]", "", w) for w in mention.split())
            )
            and not any(w[:4].lower() in stems for w in names if len(w) >= 4)
        ):
            out.append((mention, None))
            changed = True
        else:
            out.append((" ".join(w for w in mention.split() if w[:1].islower()), party))
        cursor = end
    out.append((folded[cursor:], None))
    return out if changed else pieces


# A word written with a capital inside a text.
_CAPITALISED = re.compile(r"(?<![\w'\u2019.-])(?-i:[A-Z])[a-z]+(?![\w'\u2019-])")
# Initials written with stops ("j.j."), one word in a slug.
_INITIALS = re.compile(r"[a-z](?:\.[a-z])+\.?")


def _slug_words(pieces: Sequence[Piece]) -> list[str]:
    units: list[tuple[str, bool]] = []
    # Words written as a name: capitalised, not the text's first word.
    written = "".join(text for text, party in pieces if party is None)
    names = frozenset(w.lower() for w in _CAPITALISED.findall(written.strip()[1:]))
    for text, party in pieces:
        if party is not None:
            units.append((party_term(party).replace("_", "-"), True))
        for word in _SLUG_TOKEN.findall(fold(text).lower()):
            # Any stop ends a phrase as a comma does.
            # Initials are one word ("j.j." -> "jj"); any other stop ends a phrase as a comma does.
            word = word.replace(".", "") if "." in word and _INITIALS.fullmatch(word) else word
            units.extend((w if w.isalnum() or len(w) > 1 else ",", False) for w in _unfolded(word))
    return [u.replace("'", "") for u in dict.fromkeys(slug_units(units, names)) if u.strip("'")]


# Words (an apostrophe inside one kept for now: "doesn't", "'s"), and commas,
# which end an opening clause.
def _words_of(text: str) -> list[str]:
    return text.split()


@lru_cache(maxsize=1 << 14)
def _unfolded(word: str) -> tuple[str, ...]:
    """One token as the words it stands for: "doesn't" -> does, not; "it's" -> it, is;
    "korea's" -> korea (a possessive says whose, not what is claimed). Kept per
    word, as words recur from id to id."""
    if word.endswith("n't"):
        stem = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}.get(word[:-3], word[:-3])
        return (stem, "not")
    if word.endswith("'s"):
        stem = word[:-2]
        if stem in _S_IS:
            return (stem, "is")
        return (stem,) if stem else ()
    if word.endswith(("'re", "'ve", "'ll", "'m", "'d")):
        stem, _, tail = word.partition("'")
        full = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}[tail]
        return (stem, full) if stem else (full,)
    return (word,)


_S_IS = frozenset(_words_of("it that there what here he she who where how"))
_SLUG_TOKEN = re.compile(
    r"\d+(?:[,.]\d+)+|[a-z](?:\.[a-z])+\.?|[a-z0-9]+(?:['-][a-z0-9]+)*|'[a-z]+\b|[,.;:!?]"
)


@cache
def default_resolver() -> PartyResolver:
    """The built-in party gazetteer, built once per process."""
    return PartyResolver.build()


@dataclass
class _Antecedent:
    terms: frozenset[str]
    claim_id: str
    # The statement, read for `act` when a later statement first asks (most
    # are never asked: only a denial or doubt reads what came before it).
    statement: Statement
    # Who said it (`_Grouper._speaker_key`), and whether they asserted it: a
    # denial answers what others said, not what its own speaker asserted.
    speaker: str = ""
    asserted: bool = True
    # What an assertion said, read for `negative` when first asked ("" for a
    # denial or doubt, which is never read as saying what is not so).
    said: str = ""
    # Whether a negative sentence read as a denial was filed under its own
    # proposition ("we do not have a priest of this name"): a later "this could
    # be a hoax story" agrees with it, and does not answer its claim.
    own_negative: bool = False

    @cached_property
    def act(self) -> str | None:
        """What kind of act the assertion was ("accuse", "report", "claim"), so a
        denial of "the accusations" finds the accusation, not just any assertion."""
        return _act_told(self.statement)

    @cached_property
    def negative(self) -> bool:
        """Whether it says what is not so ("the patient does not have Ebola"): a later
        "these reports are inaccurate" agrees with it, and answers no claim of it."""
        return bool(self.said) and _negated(self.said)


@dataclass
class _Grouper:
    index: ClaimIndex
    threshold: float
    history: dict[str, list[_Antecedent]] = field(default_factory=dict)
    # The named actors of the statement being assigned, and whether it is
    # among the first statements of its source (the lead).
    actors: frozenset[str] = frozenset()
    # The named actors its article says it speaks of beyond its words
    # (`Statement.refers`): they tell its story as its own names do.
    referred: frozenset[str] = frozenset()
    in_lead: bool = False
    # The named actors of the statement's own words, without its speaker's.
    content_actors: frozenset[str] = frozenset()
    # What the statement being assigned is about (`referent`).
    about: str = ""
    source: str = ""
    statement: Statement | None = None
    # Whether the statement being assigned names what it denies or doubts apart
    # from its frame ("rejected accusations that X", "no evidence that X").
    names_denied: bool = False
    # Per source, the named persons who spoke, by surname ("" for the latest).
    people: dict[str, dict[str, str]] = field(default_factory=dict)
    seen: Counter[str] = field(default_factory=Counter)
    # Each source's first claim that its lead speaks about.
    source_lead: dict[str, str] = field(default_factory=dict)
    # Per source, the claim a denial among its lead statements answered, by the
    # act its words named ("denied the claims": "claim"): the telling its article
    # is about, which a later "these claims" denied again answers.
    lead_denied: dict[str, dict[str, str]] = field(default_factory=dict)
    # A statement's stance toward a claim's text (`stance.classify_stance`):
    # whether a denial or doubt that matches no claim contradicts one.
    toward: Toward | None = None
    # The words of denial, doubt and telling as terms (`_answering_words`).
    answering: frozenset[str] | None = None
    # What the statement being assigned denies or doubts, when it does: the
    # clause whose predicate a claim must have for it to join (`_denies_its_predicate`).
    denied_clause: str = ""
    # Per source, the latest speaker, as `_speaker_key` reads it.
    named_speaker: dict[str, str] = field(default_factory=dict)
    # Per source, the latest speaker named (not a pronoun) and the line it spoke on.
    named_at: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Who says the statement being assigned (`_speaker_key`).
    speaker: str = ""
    # What the statement being assigned is about as said, before `unframed`
    # took its speaker's frame off for matching: the text a claim it starts
    # is made from.
    framed: str = ""
    # Per source, the latest statement made: its line, its content and the claim
    # it was filed under (None when none). What only points back with "this" or
    # "that" speaks of it.
    last_said: dict[str, tuple[int, str, str | None]] = field(default_factory=dict)
    # Per source, the latest assertion filed under a claim: who said it (as
    # `_speaker_key` reads it), its line and its claim.
    last_asserted: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    # Per source, what that latest filed assertion is about (as matched): a
    # "they" or "them" its speaker goes on with may stand for its subject.
    last_asserted_about: dict[str, str] = field(default_factory=dict)
    # Per source, who made the latest statement (as `_speaker_key` reads it), its
    # line, and whether it asserted: a verdict on "those" right after the same
    # speaker's own assertion judges what that assertion told.
    last_speaker: dict[str, tuple[str, int, bool]] = field(default_factory=dict)
    # Per source, the line of the latest accusation that named whom it accused
    # only by a pronoun (`_accuses_unnamed`), filed under none.
    unnamed_accused: dict[str, int] = field(default_factory=dict)
    # The places each text read so far locates its event in (`places.places_in`):
    # read only for a statement that meets a candidate claim.
    located: dict[str, frozenset[Place]] = field(default_factory=dict)

    def assign(self, statement: Statement) -> Assignment:
        assignment = self._assign(statement)
        if (
            statement.stance is not Stance.ASSERTS
            and self.in_lead
            and assignment.claim_id is not None
            and (act := _act_named(f"{statement.cue or ''} {statement.content}")) is not None
            and not self._asserts(statement, assignment.claim_id)
        ):
            self.lead_denied.setdefault(statement.source, {}).setdefault(act, assignment.claim_id)
        if statement.stance is Stance.ASSERTS:
            if assignment.claim_id is None:
                assignment = self._go_on(statement) or assignment
            elif self.speaker:
                self.last_asserted[statement.source] = (
                    self.speaker,
                    statement.line,
                    assignment.claim_id,
                )
                self.last_asserted_about[statement.source] = self.about
        self.last_speaker[statement.source] = (
            self.speaker,
            statement.line,
            statement.stance is Stance.ASSERTS,
        )
        last = self.last_said.get(statement.source)
        if last is None or last[1] != statement.content:
            # Several parties of one sentence make several statements of one content.
            self.last_said[statement.source] = (
                statement.line,
                statement.content,
                assignment.claim_id,
            )
        return assignment

    def _go_on(self, statement: Statement) -> Assignment | None:
        """The claim its speaker asserted just before, for an assertion that states
        no proposition of its own ("We have married them off", its "them" pointing
        into the article) and goes on with the speaker's line: said by the same
        speaker a paragraph or less later, and naming one of the claim's named
        actors or saying one of its words ("The girls have become Muslims ...
        'We married the girls off'"). A party alone is not enough: a state or a
        body is named in many remarks on other things ("American planes carried
        out 135 airstrikes ... [they] slowed the Islamic State's advance").
        Further on, up to `GO_ON_LINES`, only a name of the claim's in its own
        words keeps it on the line ("He said no and ripped up the paperwork ...
        'It was a no-brainer for them, but Robert asked for 48 hours'"): a
        word in common that far on is as often another remark's. So does a
        "they" or "them" of the group the claim was said of (`_goes_on_of_them`)
        when the statement just before it was its speaker's too (`_spoke_on`):
        "'They have now memorised two chapters,' Shekau said. Shekau slammed
        reports of their release. 'We married them off,' he said": the same
        speaker's remark across a denial of another thing."""
        last = self.last_asserted.get(statement.source)
        if last is None or not 0 <= statement.line - last[1] <= GO_ON_LINES:
            return None
        if not self._goes_on_with(statement, *last):
            return None
        claim_id = last[2]
        self._note_lead(claim_id)
        return Assignment(claim_id, self.index.shown_text(claim_id), False, 0.0)

    def _goes_on_with(self, statement: Statement, speaker: str, line: int, claim_id: str) -> bool:
        """Whether a statement goes on with the claim `speaker` asserted on `line`
        (`_go_on`), that assertion at most `GO_ON_LINES` back."""
        far = statement.line - line > JUST_BEFORE_LINES
        if not self.speaker and speaker and self._named_just_before(statement) == speaker:
            # A pronoun after a pronoun ("..., he said. ... he said: 'We have
            # married them off'"): its speaker is only likely the one named just
            # before, so it goes on only with the group that one spoke of.
            counts = self.index.profile(claim_id)
            return not far and self._goes_on_of_them(statement.source, counts)
        if not self.speaker or speaker != self.speaker:
            return False
        if far:
            return bool(_names_alone(self.content_actors) & self.index.actors(claim_id)) or (
                self._spoke_on(statement)
                and self._goes_on_of_them(statement.source, self.index.profile(claim_id))
            )
        terms = self.index.terms(self.about)
        counts = self.index.profile(claim_id)
        return (
            any(term in counts for term in terms.words)
            or self._goes_on_of_them(statement.source, counts)
            or self._same_one_again(statement.source)
        )

    def _same_one_again(self, source: str) -> bool:
        """Whether the assertion says, naming no one, that two it has seen are
        one ("There was an extremely strong resemblance", "this is the same
        person") right after its speaker's assertion that two names are one
        person ("he believed the caller was the missing pilot"): it goes on
        with that identity, which its words cannot share (`_SAMENESS`)."""
        return bool(_SAMENESS.search(self.about)) and (
            _identity_names(self.last_asserted_about.get(source, "")) is not None
        )

    def _spoke_on(self, statement: Statement) -> bool:
        """Whether the statement just before the one being assigned, a paragraph
        or less back, is its own speaker's (a denial of another thing, say): no
        one else has spoken since, so the speaker's line goes on across it to
        the assertion further back."""
        speaker, line, _ = self.last_speaker.get(statement.source, ("", -1, True))
        return speaker == self.speaker and 0 <= statement.line - line <= JUST_BEFORE_LINES

    def _named_just_before(self, statement: Statement) -> str:
        """For a pronoun speaker after another pronoun speaker, the speaker named
        last before both, when named within `JUST_BEFORE_LINES` ("Shekau said ...
        'They have memorised ...,' he said" then "he said: ..."); "" otherwise:
        further on the article may have brought in someone else ("The video shows
        a man ... He says ...")."""
        speaker = _speaker_words(statement)
        if speaker not in _PRONOUN_SPEAKERS or speaker in _RELATIVE_SPEAKERS:
            return ""
        named, line = self.named_at.get(statement.source, ("", -1))
        if not named or not 0 <= statement.line - line <= JUST_BEFORE_LINES:
            return ""
        return named if _agrees_in_number(named, speaker) else ""

    def _goes_on_of_them(self, source: str, counts: Mapping[str, int]) -> bool:
        """Whether the assertion's subject is "they", said of the group its
        speaker's assertion just before was said of: Shekau's "all of the Chibok
        schoolgirls had become Muslims", then "They have now memorised two
        chapters of the Qur'an". The pronoun takes the plural subject before it,
        and that subject is what the claim's texts say it of (one of the
        subject's words is a word of the claim). So is a "them" its speaker did
        something to ("We have married them off"), and a group a "they" went on
        with just before is that group still. A pronoun that finds no plural
        group before it, or a clause telling what the group said ("They also
        assured that ...", "We told them ..."), goes on with nothing."""
        if not (
            _THIRD_PLURAL.fullmatch(subject_of(self.about).strip(" \"'\u201c"))
            or _OWN_DEED_ON_THEM.match(self.about)
        ):
            return False
        # The verb the pronoun is subject of, within the few words after it.
        if any(stem(word.lower()) in _TELLING_STEMS for word in _WORD_RE.findall(self.about)[1:4]):
            return False
        subject = _QUANTIFIER_OF.sub("", subject_of(self.last_asserted_about.get(source, "")))
        if _THIRD_PLURAL.fullmatch(subject.strip(" \"'\u201c")):
            # "They have now memorised ...", filed under the claim of the group
            # it went on with: a "they" or "them" after it is that group still.
            return True
        if not _plural_group(subject):
            return False
        return any(term in counts for term in self.index.terms(subject).words)

    def _assign(self, statement: Statement) -> Assignment:
        self.statement = statement
        person = self._person(statement)
        self.speaker = self._speaker_key(statement, person)
        against = statement.stance is not Stance.ASSERTS
        said = statement.about or statement.content
        about = referent(said, against=against)
        # An assertion is matched by its proposition without its speaker's frame;
        # a claim it starts is made from its content as said.
        self.framed = about
        if not against:
            about = unframed(about)
        self.names_denied = about != " ".join(said.split())
        # Only a clause that the statement's frame or cue denies or doubts ("denied
        # that X", "no evidence that X"); a negative sentence is compared with a
        # claim's text by the stance rules alone.
        self.denied_clause = about if against and self._names_what_it_denies(statement) else ""
        normal = self.index.normal(about)
        pieces, terms = normal.pieces, normal.terms
        self.content_actors = normal.actors
        self.about = about
        self.actors = normal.actors | self.index.normal(statement.speaker or "").actors
        self.referred = frozenset(statement.refers)
        earlier = self.history.setdefault(statement.source, [])
        self.source = statement.source
        # "The truce would include ..." speaks of the parties to the truce its
        # article told just before, as a statement naming them does.
        event = None if against else self._event_told_before(statement)
        if event is not None:
            self.actors |= self.index.normal(event.said).actors
        self.in_lead = self.seen[statement.source] < LEAD_STATEMENTS
        self.seen[statement.source] += 1
        if against and self._judges_own_telling(statement):
            return Assignment(None, "", False, 0.0, _JUDGES_OWN_TELLING)
        if against and (pointed := self._points_at_just_said(statement, terms)) is not None:
            return pointed
        if against and self._asks_of_just_said(statement):
            return Assignment(None, "", False, 0.0, _FOLLOWS_NO_CLAIM)
        if against and self._points_within_its_sentence(statement):
            return Assignment(None, "", False, 0.0, _POINTS_WITHIN_SENTENCE)
        if against and self._unknown_as_reason(statement):
            return Assignment(None, "", False, 0.0, _UNKNOWN_AS_REASON)
        if against and self._denies_unnamed_accusation(statement):
            return Assignment(None, "", False, 0.0, _DENIES_UNNAMED_ACCUSATION)
        if _unsurprised_if(statement.content):
            return Assignment(None, "", False, 0.0, _UNSURPRISED_IF)
        if against and _NEW_TELLING.match(statement.content):
            # "Johnson has disputed a Golf.com report saying he was suspended": a
            # telling it introduces, not one told before; what that report said
            # is no earlier claim of its article that "a report" could point at.
            return Assignment(None, "", False, 0.0, _INTRODUCES_TELLING)
        if not terms.words:
            assignment = self._answer(statement, earlier) or self._refer_back(statement, earlier)
        elif not against:
            if feeling_alone(about):
                # "I am cautiously optimistic": nothing it is about to match a
                # claim by, only the words of the feeling ("cautiously optimistic").
                return Assignment(None, "", False, 0.0, FEELING_ALONE)
            if request(statement.content):
                # "Please keep the crew in your prayers": what it asks shares
                # words with claims it does not assert.
                return Assignment(None, "", False, 0.0, REQUEST)
            if _accuses_unnamed(statement):
                self.unnamed_accused[statement.source] = statement.line
                return Assignment(None, "", False, 0.0, _ACCUSES_UNNAMED)
            if _FEELING_AT_TELLING.search(about):
                # "They were shocked but not surprised at the marriage claims":
                # how its speaker took a telling, not the told thing it shares
                # words with, which it neither asserts nor denies.
                return Assignment(None, "", False, 0.0, _FEELING_AT_TELLING_REASON)
            introduced = self._introduced_just_before(statement)
            upheld = self._teller_upheld(earlier)
            if upheld is not None:
                # Its words describe the telling it upholds: nothing to match by.
                assignment = self._join(upheld, about, terms, 0.0)
            elif introduced is None and (told := self._act_told_before(about, terms, earlier)):
                assignment = self._match(about, terms, pieces, start=False) or self._join(
                    told[0], about, terms, told[1]
                )
            elif introduced is None:
                assignment = self._match(about, terms, pieces)
            else:
                assignment = self._match(about, terms, pieces, start=False) or self._join(
                    introduced, about, terms, 0.0
                )
            if assignment.claim_id is None and earlier and _DEFINITE_THING.match(about):
                # "announced the truce", "reported the militant's identity": a thing
                # the article spoke of already, named by its definite description.
                assignment = self._refer_back(statement, earlier)
            if assignment.claim_id is None and event is not None:
                # "The agreement was sealed after a month of talks": of the truce
                # just told, and nothing a claim of its own could stand on.
                assignment = self._join(event.claim_id, about, terms, 0.0)
            if assignment.claim_id is not None:
                self._remember(
                    earlier,
                    _Antecedent(
                        frozenset(terms.all),
                        assignment.claim_id,
                        statement,
                        self.speaker,
                        said=about,
                    ),
                )
            return assignment
        else:
            found = (
                self._answer(statement, earlier)
                or self._match_disputed(about, terms, pieces, earlier, start=False)
                or self._contradicted(statement, terms, earlier)
            )
            # A thing judged ("the Banksy arrest" of "... is a hoax") finds its
            # claim, but makes none: its text would be no proposition.
            if found is None and not _judges_a_thing(statement.content):
                found = self._match(about, terms, pieces)
            assignment = found or Assignment(None, "", False, 0.0, _POINTS_BACK)
        if assignment.claim_id is None and terms.words:
            assignment = self._whole(statement, about, earlier) or assignment
        if assignment.claim_id is not None and terms.words:
            # What a denial answered is what its article is about: a later
            # "such arrest" or "the reports" may point back at it.
            # A negative sentence filed under its own proposition asserts it, and
            # says what is not so ("we do not have a priest of this name"); a
            # denial filed under what it denies answers another's.
            asserted = self._asserts(statement, assignment.claim_id)
            self._remember(
                earlier,
                _Antecedent(
                    frozenset(terms.all),
                    assignment.claim_id,
                    statement,
                    self.speaker,
                    asserted=asserted,
                    own_negative=(
                        asserted and statement.stance is Stance.DENIES and _negated(about)
                    ),
                ),
            )
        return assignment

    def _denies_unnamed_accusation(self, statement: Statement) -> bool:
        """Whether a denial or doubt of "the accusation" answers an accusation its
        article made just before of someone named only by a pronoun ("an officer
        from MI5 accused him of trying to travel to Somalia ... He denied the
        accusation"): filed under none as that accusation is, not under a claim
        another statement of the article made."""
        line = self.unnamed_accused.get(statement.source)
        return (
            line is not None
            and 0 <= statement.line - line <= JUST_BEFORE_LINES
            and _act_named(f"{statement.cue or ''} {statement.content}") == "accuse"
        )

    def _act_told_before(
        self, about: str, terms: Terms, earlier: Sequence[_Antecedent]
    ) -> tuple[str, float] | None:
        """The claim, and its score, of an assertion its article made before that
        tells the same act of the same named actor in other words (`same_act`):
        "the singer had been arrested", then "the singer was nicked in Leeds".
        Two wordings of one act share few words and score under the bar; their
        article tells they are one, as it does for a denial of what it said
        (`LOCAL_THRESHOLD_FACTOR`). A conditional ("if the singer was arrested")
        tells no act, and "other", "more" or "further" ones done to or by
        ("two other suspects were caught") are another act.

        Asked of most statements an article files: where nothing before was
        asserted, or `about` predicates no act of a class (`_predicate_classes`),
        no wording can tell the same act, and its roles are not read."""
        from claimtrack.stance import says_conditionally

        told = [a for a in reversed(earlier) if a.asserted and a.said]
        if not told or not _predicate_classes(about):
            return None
        if says_conditionally(about) or _another_group(about):
            return None
        for antecedent in told:
            if not same_act(about, antecedent.said, self.index):
                continue
            score = self.index._score_claim(terms, antecedent.claim_id)
            if score >= self.threshold * LOCAL_THRESHOLD_FACTOR:
                return antecedent.claim_id, score
        return None

    def _event_told_before(self, statement: Statement) -> _Antecedent | None:
        """The statement of its article that told the event an assertion names
        by its subject's definite description alone ("the agreement was sealed
        after a month of talks", "the raid was planned for weeks"), when the
        paragraph or two before (`GO_ON_LINES`) told one event of that class by
        its verb ("the rebels agreed a truce", "gunmen attacked the town") in a
        statement filed under a claim: "the" names a thing that came up already,
        and the article's telling of it is what the reader takes it for. So the
        assertion speaks of the actors that telling names, and joins its claim
        when it states no proposition of its own. A noun with an owner ("the
        Banksy arrest") names an event of its own; events of the class told
        there under two claims leave the reader none to take. Only the
        description is read: what the assertion says of the event ("was sealed
        after talks", "would include the release") may be another proposition,
        which it still makes when it states one."""
        found = _DEFINITE_EVENT.match(self.about)
        if found is None:
            return None
        kind = next(k for k, noun in _EVENT_NOUN_CLASSES.items() if noun.fullmatch(found["noun"]))
        told = [
            a
            for a in self.history.get(statement.source, ())
            if a.asserted
            and a.said
            and 0 <= statement.line - a.statement.line <= GO_ON_LINES
            and kind in _predicate_classes(a.said)
        ]
        return told[-1] if len({a.claim_id for a in told}) == 1 else None

    @staticmethod
    def _remember(earlier: list[_Antecedent], antecedent: _Antecedent) -> None:
        """Keep `antecedent` as the latest thing its article said, for later
        statements pointing back ("such arrest", "the reports")."""
        earlier.append(antecedent)
        del earlier[:-ANTECEDENTS_KEPT]

    def _contradicted(
        self, statement: Statement, terms: Terms, earlier: Sequence[_Antecedent]
    ) -> Assignment | None:
        """The claim of its story that a denial or doubt matching none contradicts
        or doubts, rather than a claim of its own negative words ("the vehicle has
        not been stolen" against "the Batmobile was stolen"; "we just don't know"
        against what its article reported).

        The claims its article spoke of, and those of other articles that name
        the same actors, are joined at a lower bar when the statement, read
        against the claim's text, denies or doubts it (`toward`): the same
        predicate with the opposite polarity, or doubt words about it. A short
        one that names nobody and states nothing of its own ("we are still
        looking into it") joins the claim its article spoke of last that it
        denies or doubts, however few words they share.
        """
        if self.toward is None or len(terms.words) < POINTER_LEAST_WORDS:
            # A fragment ("knowing", "[not] very likely") joins a claim only by matching it.
            return None
        others = self._others(statement, earlier)
        local = dict.fromkeys(a.claim_id for a in reversed(others))
        # A pointer or a telling called false or doubtful ("this could be a hoax
        # story") is what was told, never an assertion of its article that itself
        # says what is not so ("We do not have a priest of that name"), which it
        # agrees with.
        told = dict.fromkeys(
            a.claim_id for a in reversed(others) if not (a.negative or a.own_negative)
        )
        scored = {c: self.index._score_claim(terms, c) for c in local}
        # Other articles' claims only when a name says they tell the same story:
        # a speaker's capitals that name nobody for sure (a headline's) will not do.
        # At this low bar, parties alone ("united_states", "islamic_state") tell
        # of too many stories: it takes a proper name in common. And only a claim
        # some article opens with (or one the ledger tracks already): what outlets
        # deny across articles is a story's main claim, while a claim from deep
        # inside another article, met at this bar, shares a name and a word with
        # the denial but not what it denies.
        named = _names_alone(self.actors)
        for claim_id, score in self.index._ranked(terms, GATED_CANDIDATES):
            if (
                claim_id not in scored
                and self.index.deniable_afar(claim_id)
                and not named.isdisjoint(self.index.actors(claim_id))
            ):
                scored[claim_id] = score
        bar = self.threshold * CONTRADICTED_THRESHOLD_FACTOR
        # Denial or doubt words ("a hoax", "no evidence") say nothing of what they
        # are about: such a statement must share a predicate with the claim. A
        # negative sentence contradicts a claim only by its predicate already.
        # One that names a telling ("killing the story") points at the claim told.
        negative_only = self.toward(statement, None) is Stance.ASSERTS
        telling = bool(_TELLING.search(statement.content))
        whose_told = self._told_by_whom_it_names(statement, others)
        if whose_told is not None:
            told = whose_told
        explicit = not negative_only and not telling
        lead = self.source_lead.get(self.source)
        if (
            telling
            and lead in told
            and len(self._own_words(terms, statement.content)) <= POINTER_OWN_WORDS
            and not self._answers_past_its_lead(terms, statement.content, lead)
            and self._may_answer(lead)
            and self._against(statement, lead)
        ):
            # "The entire tale is rubbish": a telling named with nothing of its
            # own to say is the story its article tells, the claim its lead spoke
            # of, not a remark made on the way that shares a stray word with it.
            return self._answered(lead, scored[lead])
        ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
        for claim_id, score in ranked:
            if score < bar:
                break
            if negative_only and self._says_its_own(terms, claim_id):
                continue
            if telling and claim_id in local and claim_id not in told:
                continue
            if self._answers_past_its_lead(terms, statement.content, claim_id):
                continue
            if not self._may_answer(claim_id):
                continue
            if (
                (not explicit or self._shares_predicate(terms, claim_id))
                and (not explicit or self._answers_its_predicate(claim_id))
                and (not explicit or self._shares_main_clause(terms, claim_id))
                and self._against(statement, claim_id)
            ):
                return self._answered(claim_id, score)
        if (
            told
            and _pointer(terms, self.actors - self._speaker_actors(statement))
            and len(set(terms.words) - self._answering_words()) <= POINTER_OWN_WORDS
            and not self._follows_no_claim(statement)
            and not self._follows_own_remark(statement)
        ):
            # Of the last claims its article spoke of, what was told ("reported",
            # "claimed") before a remark made in passing: "I cannot confirm that",
            # asked about the reports, answers them, not a ministry's "we are
            # pursuing all channels" said just before.
            nearest = list(itertools.islice(told, POINTER_CLAIMS))
            acted = {a.claim_id for a in others if a.act is not None}
            nearest.sort(key=lambda c: c not in acted)
            if _asked_about_telling(statement):
                # "Asked about the reports, he said: 'I cannot confirm that'": its
                # "that" is what the reports told, never a remark made in passing.
                nearest = [c for c in told if c in acted][:POINTER_CLAIMS]
            for claim_id in nearest:
                if (
                    self._may_answer(claim_id)
                    and not self._answers_past_its_lead(terms, statement.content, claim_id)
                    and self._against(statement, claim_id)
                ):
                    return self._answered(claim_id, scored[claim_id])
        return None

    def _answers_past_its_lead(self, terms: Terms, content: str, claim_id: str) -> bool:
        """Whether a denial or doubt says, of its own, only words that the claim's
        text says past the proposition it leads with (`_first_proposition`):
        "reports of their planned release" answers a claim of the release, not
        "the rebels have agreed to a truce and will release the hostages", whose
        text puts the truce forward and the release after it. A text of two
        propositions is matched on the words of both; what the answer names of
        its own tells which of them it answers. A clause of circumstance is past
        the lead too, as `_shares_main_clause` reads it."""
        own = self._own_words(terms, content) - self.actors
        text = self.index.claim_text(claim_id)
        first = _first_proposition(text)
        if not own or first == text:
            return False
        led = self.index.terms(first).words
        return own.isdisjoint(led) and not own.isdisjoint(self.index.terms(text).words)

    def _own_words(self, terms: Terms, content: str) -> set[str]:
        """The statement's words beyond its denial or doubt words and the tellings
        it names ("the tale", "the reports"): what it says of its own."""
        named = self.index.terms(" ".join(_TELLING.findall(content))).words
        return set(terms.words) - self._answering_words() - set(named)

    def _answered(self, claim_id: str, score: float) -> Assignment:
        """Join a claim that a denial or doubt answers, matched loosely: its words,
        which are not the claim's, are not kept to match later statements on."""
        self._note_lead(claim_id)
        return Assignment(claim_id, self.index.shown_text(claim_id), False, score)

    def _shares_predicate(self, terms: Terms, claim_id: str) -> bool:
        """Whether the statement says one of the claim's words beyond the names
        they share: "the Lund exhibition is a hoax" shares only a name with "Lund
        was arrested", "the vehicle was not stolen" a predicate with "... stolen"."""
        counts = self.index._profiles[claim_id].counts
        return any(w in counts and w not in self.actors for w in terms.words)

    def _shares_main_clause(self, terms: Terms, claim_id: str) -> bool:
        """Whether a denial or doubt met at the lower bar says a word of the clause
        the claim's text puts forward, beyond the names they share, when that text
        also tells a circumstance in a clause of its own ("As critics accuse him of
        lying, it is reported that his editors knew", "Buyers may try them on,
        while the tables are built for the watch"): a word shared with that clause
        only is no answer to what the claim says."""
        text = self.index.claim_text(claim_id)
        main = _main_clause(text)
        if main == text:
            return True
        words = self.index.terms(main).words
        return any(w in words and w not in self.actors for w in terms.words)

    def _answers_its_predicate(self, claim_id: str) -> bool:
        """Whether a denial or doubt met at the lower bar says the claim's
        predicate: the predicate of what it says (`stance.clause_predicate`) is
        the claim's, or it has none to compare. "We are still assessing the
        video" shares a word with "the tanks were seen in the video", but doubts
        nothing of the tanks being seen."""
        from claimtrack.stance import clause_predicate, denies_predicate_of

        said = self.about
        if not said or not clause_predicate(said):
            return True
        return denies_predicate_of(said, self.index.claim_text(claim_id))

    def _says_its_own(self, terms: Terms, claim_id: str) -> bool:
        """Whether the statement names nothing the claim names and says more words
        beyond the claim's (and its own denial or doubt words: "false", "no
        evidence", "the reports") than it shares with it, and more than
        `CONTRADICTED_OWN_WORDS`: a proposition of its own, not an answer to the
        claim."""
        counts = self.index._profiles[claim_id].counts
        if any(actor in counts for actor in self.actors):
            # Naming what the claim names, it may be telling of the same thing in
            # words of its own ("the Batmobile is safe in the Batcave").
            return False
        answering = self._answering_words()
        words = set(terms.words) - answering
        own = sum(1 for w in words if w not in counts)
        return own > max(CONTRADICTED_OWN_WORDS, len(words) - own)

    def _may_answer(self, claim_id: str) -> bool:
        """Whether the statement being assigned may join the claim: never one
        placed apart from it (`_elsewhere`); a denial or doubt only one whose
        text does not just suppose (`_supposes`), whose
        predicate it denies (`_denies_its_predicate`) and whose thing it says
        there is none of (`_names_its_thing`)."""
        return (
            not self._elsewhere(claim_id)
            and not self._supposes(claim_id)
            and self._denies_its_predicate(claim_id)
            and self._negates_its_kind(claim_id)
            and self._names_its_thing(claim_id)
            and self._names_owned_thing(claim_id)
            and self._denies_of_its_actors(claim_id)
            and self._tells_of_its_telling(claim_id)
        )

    def _tells_of_its_telling(self, claim_id: str) -> bool:
        """Whether the statement may join a claim whose text says that someone
        reveals, tells or hides the facts about a thing ("Federal agencies are
        revealing the facts about fighters getting caught"): that proposition is
        about the telling, so only a statement that speaks of a telling too does;
        one that tells the thing itself ("the Border Patrol caught them") says
        nothing of whether the agencies reveal it."""
        statement = self.statement
        if statement is None or not _tells_the_facts(self.index.claim_text(claim_id)):
            return True
        return bool(_TELLING_WORD.search(statement.content))

    def _elsewhere(self, claim_id: str) -> bool:
        """Whether the statement locates its event in a place the claim cannot:
        "no Ebola case was found in Kansas City" is not the proposition "militants
        in Mosul showed symptoms of Ebola", whatever words they share
        (`places.apart`: other states, other towns; a town lies in its state).
        The claim is where its text or its first statements locate it: a claim
        whose text names no place ("the chlorine attacks were ineffectual") is
        where the statements it gathered say."""
        mine = self._places(self.about)
        if not mine:
            return False
        theirs = self._places(self.index.claim_text(claim_id)).union(
            *(self._places(text) for text in self.index.said(claim_id))
        )
        return apart(mine, theirs)

    def _places(self, text: str) -> frozenset[Place]:
        found = self.located.get(text)
        if found is None:
            finder = self.index.resolver
            resolver = finder if isinstance(finder, PartyResolver) else default_resolver()
            found = self.located[text] = places_in(text, resolver)
        return found

    def _denies_of_its_actors(self, claim_id: str) -> bool:
        """Whether a denial or doubt that states a proposition of its own says it
        of the claim's actors and in the sense of the claim's word. Its subject,
        when it is a name ("Abuja", "Apple Watch"), must be one of the actors of
        the claim's statements or a word of theirs; a description ("the vehicle
        has not been stolen", "Ben Affleck's ride") may be what the article
        calls one of the claim's actors (the Batmobile), and is not held to the
        names in it. And the predicate word it shares with the claim's texts
        must be the same word sense there (`stance.used_otherwise`): "the officer
        has not yet been charged with any crime" denies nothing of "Brown charged
        at him", nor "Apple Watch is not a product" of "Samsung won orders to
        produce chips for the Apple Watch"."""
        statement = self.statement
        if statement is None or statement.stance is Stance.ASSERTS or not self.about:
            return True
        from claimtrack.stance import predicate_roles, used_otherwise

        texts = self.index.said(claim_id)
        if used_otherwise(self.about, texts):
            return False
        roles = predicate_roles(self.about)
        if roles is None:
            return True
        subject = roles[1] or roles[0]
        # Its head: the last word before a phrase or clause that modifies it
        # ("the engineers in the laboratory at Quantico": engineers).
        head = next(iter(_SUBJECT_MODIFIER.split(subject, maxsplit=1)), "").split()[-1:]
        if not head or not head[0][:1].isupper() or subject.lower() in _SUBJECT_PRONOUNS:
            # A description ("the vehicle", "Ben Affleck's ride", "U.S. officials")
            # may be what the article calls one of the claim's actors.
            return True
        named = self.index.normal(subject).actors - {UNKNOWN_ACTORS}
        if not named or named & self.index.actors(claim_id):
            return True
        counts = self.index.profile(claim_id)
        return any(word in counts for word in self.index.terms(subject).words)

    def _names_owned_thing(self, claim_id: str) -> bool:
        """Whether the claim names what a denial's telling is of when that is
        named as someone's: "reports of the king's flight sortie" are of a
        sortie, and the king is whose it is, so a claim that names the king and
        no sortie or flight ("the king is stepping up with strong leadership")
        is another matter, however it came near. The owned thing's word or a
        related form must be in the claim's text ("the pope's death" answers
        "the pope has died": "death" is a form of "die")."""
        statement = self.statement
        if statement is None or statement.stance is Stance.ASSERTS:
            return True
        thing = _told_thing(_SUBORDINATE.split(statement.content, maxsplit=1)[0])
        owned = _POSSESSED.search(thing) if thing else None
        if owned is None:
            return True
        answering = self._answering_words()
        head = self.index.normal(owned.group("head"))
        heads = [word for word in head.terms.words if word not in answering]
        text = self.index.normal(self.index.claim_text(claim_id))
        return not heads or any(
            _same_or_related(word, other) for word in heads for other in text.terms.words
        )

    def _names_told_thing(self, claim_id: str) -> bool:
        """Whether the claim of the telling a denial names ("the reports")
        tells what that telling was of: "erroneous reports of a suspected
        Ebola case in the area" answer a report of a case, so the article's
        latest report, of a claim whose text names no case and no Ebola
        ("police received a call from a nurse"), is another matter. The thing
        is the noun phrase after "of" or "about" (`_told_thing`, up to a
        preposition other than "of": "in the area" says where, not what); an
        actor of it, or a word of it or a related form, must be in the claim's
        text."""
        statement = self.statement
        if statement is None or statement.stance is Stance.ASSERTS:
            return True
        thing = _told_thing(_SUBORDINATE.split(statement.content, maxsplit=1)[0])
        if thing is None:
            return True
        answering = self._answering_words()
        told = self.index.normal(thing)
        mine = [word for word in told.terms.words if word not in answering and word not in _KNOWING]
        if not mine and not told.actors - {UNKNOWN_ACTORS}:
            return True
        text = self.index.normal(self.index.claim_text(claim_id))
        # "Claims of ISIS members" answer "ten ISIS fighters crossed the border".
        if (told.actors & text.actors) - {UNKNOWN_ACTORS}:
            return True
        return any(_same_or_related(word, other) for word in mine for other in text.terms.words)

    def _names_its_thing(self, claim_id: str) -> bool:
        """Whether a denial or doubt that says there is none of a thing ("no
        incision could be seen", "no militants were killed") may join the
        claim: the claim's text must name that thing (a word or an actor of
        it). "No militants were killed in the strike" shares the strike and the
        killing with "a hostage was killed in the strike", but what it says
        there was none of is militants killed, not the hostage: it denies
        another matter of the story. So for a thing ruled out, questioned or
        doubted (`_doubted_thing`: "ruled out chlorine gas", "sceptical about
        the talks"), named in the claim's text by its word or a related
        form of it ("a meteoritic origin" of "a meteorite gouged a crater").
        A record called faked (`_faked_record`: "the video would be exposed as
        fake") answers a claim whose text names the record or tells a faking."""
        statement = self.statement
        if statement is None or statement.stance is Stance.ASSERTS:
            return True
        answering = self._answering_words()

        def says_nothing(word: str) -> bool:
            return set(self.index.terms(word).words) <= answering

        text = self.index.normal(self.index.claim_text(claim_id))
        thing = _denied_thing(statement.content, says_nothing)
        if thing is not None:
            # Its words or the actors it names ("claims of ISIS members" answers
            # "ten ISIS fighters crossed the border"); the claim's text, not every
            # statement gathered under it, is its proposition.
            mine = self.index.normal(thing)
            if not mine.terms.words:
                return True
            actors = (mine.actors & text.actors) - {UNKNOWN_ACTORS}
            return bool(set(mine.terms.words) & set(text.terms.words) or actors)
        # "The video would be exposed as fake" doubts the record: it answers a
        # claim that speaks of the record or of a faking ("every part of that
        # scene was staged"), not one that tells of something else its speaker
        # did ("Lin was upset at how grey he had become").
        faked = _faked_record(statement.content)
        if (
            faked is not None
            and not _FAKED.search(self.index.claim_text(claim_id))
            and not any(
                _same_or_related(word, other)
                for word in self.index.terms(faked).words
                for other in text.terms.words
            )
        ):
            return False
        doubted = _doubted_thing(statement.content, says_nothing)
        if doubted is None:
            return True
        # A clause after it that says what is not so is doubted too: "sceptical
        # about the talks and we never took the ceasefire seriously".
        mine = self.index.normal(" ".join([doubted, *_negated_clauses(statement.content)]))
        if not mine.terms.words or (mine.actors & text.actors) - {UNKNOWN_ACTORS}:
            return True
        return any(
            _same_or_related(word, other) for word in mine.terms.words for other in text.terms.words
        )

    def _negates_its_kind(self, claim_id: str) -> bool:
        """Whether a denial that says what something is not ("It's not a biopic")
        may join the claim: only one whose own thing it is, not one that names it
        in passing ("in talks for a role in a biopic", `stance.negates_a_kind_of`)."""
        if self.statement is None or self.statement.stance is Stance.ASSERTS:
            return True
        from claimtrack.stance import negates_a_kind_of

        return negates_a_kind_of(self.statement.content, self.index.claim_text(claim_id))

    def _reports_nothing(self, claim_id: str) -> bool:
        """Whether a claim's text reports nothing as so, for a verdict on "the
        claim" or "the reports": it only supposes (`_supposes`) or says that someone
        is finding out whether a thing is so (`_ONLY_ASKS`)."""
        return self._supposes(claim_id) or bool(_ONLY_ASKS.search(self.index.claim_text(claim_id)))

    def _supposes(self, claim_id: str) -> bool:
        """Whether a denial or doubt is kept from a claim that says what would be
        under a supposition ("If the crater was made by a meteorite, fragments
        would be found", `stance.supposes`): "I'm very sceptical" doubts the
        supposition, "the reports are unfounded" denies it, and neither is a
        position on what would follow from it. An assertion may join such a
        claim as before."""
        if self.statement is None or self.statement.stance is Stance.ASSERTS:
            return False
        from claimtrack.stance import supposes

        return supposes(self.index.claim_text(claim_id))

    def _denies_its_predicate(self, claim_id: str) -> bool:
        """Whether a denial or doubt may join the claim by what it denies: the
        predicate of the clause it denies is the claim's (`stance.denies_predicate_of`).
        "Police denied that the man was identified" shares the man and the police
        with "the man was arrested", but denies another thing of him: it makes a
        claim of its own, or joins one whose predicate it denies. Any claim will
        do for a statement that denies nothing, or whose clause has no predicate
        to compare. A state that excludes what the clause says does not count:
        "denied that she was kidnapped" agrees with "she is safe"."""
        if not self.denied_clause:
            return True
        from claimtrack.stance import denies_predicate_of

        clause = self.denied_clause
        if denies_predicate_of(clause, self.index.claim_text(claim_id), states=False):
            return True
        return any(
            denies_predicate_of(clause, text, states=False)
            for text in self._said_of_its_subject(clause, claim_id)
        )

    def _said_of_its_subject(self, clause: str, claim_id: str) -> list[str]:
        """The texts of a claim's statements, beyond its own text, that speak of
        what a denied clause names as its subject and say nothing is not so:
        "Plant ripped up the papers", filed under "Page and Jones were stunned by
        Plant's refusal", is the telling that "reports that Plant ripped up the
        contract are false" denies. A subject that names nobody ("terrorist
        groups", "the man in the video") could be anyone the claim's texts speak of."""
        from claimtrack.stance import predicate_roles

        roles = predicate_roles(clause)
        if roles is None:
            return []
        named = self.index.normal(roles[1] or roles[0]).actors - {UNKNOWN_ACTORS}
        if not named:
            return []
        return [
            text
            for text in self.index.said(claim_id)
            if not _NEGATED.search(text) and named & self.index.normal(text).actors
        ]

    def _names_what_it_denies(self, statement: Statement) -> bool:
        """Whether a denial or doubt denies or doubts the clause it names: by its
        frame ("rejected claims that X", "no evidence that X") or its cue ("denied")."""
        from claimtrack.stance import cue_denies_or_doubts

        return self.names_denied or cue_denies_or_doubts(statement.cue)

    def _answering_words(self) -> frozenset[str]:
        if self.answering is None:
            self.answering = self.index.answering_words()
        return self.answering

    def _against(self, statement: Statement, claim_id: str) -> bool:
        assert self.toward is not None
        return self.toward(statement, self.index.claim_text(claim_id)) is not Stance.ASSERTS

    def _speaker_actors(self, statement: Statement) -> frozenset[str]:
        return self.index.normal(statement.speaker or "").actors

    def _whole(
        self, statement: Statement, about: str, earlier: Sequence[_Antecedent]
    ) -> Assignment | None:
        """A denial or doubt whose referent found no claim, grouped by its whole
        content: what it denies may be no proposition by itself ("the Banksy
        arrest" of "the Banksy arrest is a hoax"). One that only points back
        ("no such deal", "to that effect") with nothing to point at stays
        unfiled: its words state no claim a reader could follow."""
        whole = referent(statement.content)
        if whole == about or _own_act_clause(statement):
            return None
        normal = self.index.normal(whole)
        pieces, terms = normal.pieces, normal.terms
        if not terms.words:
            return None
        return self._match_disputed(whole, terms, pieces, earlier)

    def _answer(self, statement: Statement, earlier: Sequence[_Antecedent]) -> Assignment | None:
        """The claim of the latest earlier act that a denial names ("rejected accusations")."""
        # The act must be what it denies, named before any clause of reason, time
        # or condition: "the danger because he did not want his wife to see a
        # report" names a report, but what it plays down is the danger, not what
        # the report told.
        named = _SUBORDINATE.split(statement.content, maxsplit=1)[0]
        act = _act_named(f"{statement.cue or ''} {named}")
        if act is None:
            return None
        denied = self.lead_denied.get(statement.source, {}).get(act)
        if (
            denied is not None
            and _WHOSE_TELLING.search(named) is None
            and self._names_its_thing(denied)
            and self._names_told_thing(denied)
            and self._names_owned_thing(denied)
            and not self._supposes(denied)
        ):
            # "Both the Tour and his agent denied the claims" in the lead, then
            # "there is no truth to these claims": the tellings its lead denied,
            # which the article is about, not the latest one told on the way.
            return Assignment(denied, self.index.shown_text(denied), False, 100.0)
        again = self._denied_again(earlier) if _DEFINITE_THING.match(named) else None
        if again is not None:
            return Assignment(again, self.index.shown_text(again), False, 100.0)
        for antecedent in reversed(self._others(statement, earlier)):
            if antecedent.act == act:
                claim_id = antecedent.claim_id
                if (
                    not antecedent.asserted
                    or antecedent.negative
                    or antecedent.own_negative
                    or self._reports_nothing(claim_id)
                ):
                    # What a teller put forward as so is what "the claim" or "the
                    # reports" call false: not what says that a thing is not so
                    # ("he claimed dozens more were not caught"), which the
                    # verdict agrees with, nor a claim that only says what would
                    # follow under a supposition ("in the event they have the
                    # virus, they could use it") or that someone is finding out
                    # whether a thing is so ("the WHO is investigating whether
                    # ..."), which report nothing as so.
                    continue
                if not self._names_told_thing(claim_id) or not self._names_owned_thing(claim_id):
                    # "Erroneous reports of a suspected Ebola case": the telling it
                    # names was of a thing the latest telling did not tell of.
                    return Assignment(None, "", False, 0.0, _TOLD_ANOTHER_THING)
                if not self._names_its_thing(claim_id):
                    # "Reports of a suspected case" answer a report of the case,
                    # not the latest report of something else.
                    return None
                if self._answers_past_its_lead(
                    self.index.terms(statement.content), statement.content, claim_id
                ):
                    # "Reports of their planned release" answer a report of the
                    # release, not the latest one that told it after a truce.
                    return None
                return Assignment(claim_id, self.index.shown_text(claim_id), False, 100.0)
        return None

    @overload
    def _match(
        self, about: str, terms: Terms, pieces: Sequence[Piece], *, start: Literal[True] = True
    ) -> Assignment: ...
    @overload
    def _match(
        self, about: str, terms: Terms, pieces: Sequence[Piece], *, start: bool
    ) -> Assignment | None: ...
    def _match(
        self, about: str, terms: Terms, pieces: Sequence[Piece], *, start: bool = True
    ) -> Assignment | None:
        # The candidates that pass the gates, best first; each gate is dear, and
        # past the first that passes only a lead's lower bar needs the others.
        found = (
            (claim_id, score)
            for claim_id, score in self.index._ranked(terms, GATED_CANDIDATES)
            if self._passes_gates(about, claim_id, score)
        )
        best, score = next(found, (None, 0.0))
        if best is not None and score >= self.threshold:
            same = self._same_identity(about, best, found) or self._near_tie_saying_it(
                about, best, score, self.index._ranked(terms, GATED_CANDIDATES)
            )
            if same is not None:
                best, score = same
            return self._join(best, about, terms, score)
        if self.in_lead and best is not None:
            # Articles of one story open with its main claim: a lead joins
            # another article's lead at a lower bar when they name the same actors.
            for claim_id, lead_score in itertools.chain([(best, score)], found):
                if (
                    claim_id in self.index.lead_claims
                    and lead_score >= self.threshold * LEAD_THRESHOLD_FACTOR
                    and len(self.actors & self.index.actors(claim_id)) >= LEAD_SHARED_ACTORS
                ):
                    return self._join(claim_id, about, terms, lead_score)
        return self._start(about, terms, pieces, score) if start else None

    def _passes_gates(self, about: str, claim_id: str, score: float) -> bool:
        """Whether an assertion may join a candidate claim it scores `score`
        against: the gates `_match` asks of every candidate, cheapest first."""
        return (
            self._same_story(claim_id, score)
            and self._may_answer(claim_id)
            and self._within_reach(claim_id)
            and self._tells_its_predicate(about, claim_id, score)
            and not self._tells_only_what_it_grants(about, claim_id)
            and not self._tells_another_proposition(about, claim_id)
        )

    def _tells_another_proposition(self, about: str, claim_id: str) -> bool:
        """Whether an assertion tells another proposition than a claim's text
        by a gate that reads the two side by side, at any score: people linked
        to what the claim is said of, what is said of a telling, an inquiry,
        another count, the setting of the claim's act."""
        return (
            self._tells_of_those_linked_to_it(about, claim_id)
            or self._tells_of_a_telling_only(about, claim_id)
            or self._inquires_only(about, claim_id)
            or self._counts_another_group(about, claim_id)
            or self._tells_only_its_setting(about, claim_id)
        )

    def _tells_only_what_it_grants(self, about: str, claim_id: str) -> bool:
        """Whether an assertion shares no word, beyond the actors it names, with
        what a claim's text puts forward after a "but" (`_CONCEDED`) against a
        clause with a predicate of its own: "Rhee held talks with the studio
        about the part, but no contract was ever signed" tells that no contract
        came of the talks; "Rhee is now in talks for the part" tells the talks
        it grants, a proposition of its own, however many words they share."""
        parts = self._main_clause_and_after(claim_id, _CONCEDED)
        if parts is None:
            return False
        put_forward = self.index.terms(parts[1]).words
        mine = set(self.index.terms(about).words) - self.actors
        return mine.isdisjoint(put_forward)

    def _tells_of_those_linked_to_it(self, about: str, claim_id: str) -> bool:
        """Whether an assertion's subject is people linked to what a claim's text
        is said of (`_LINKED_TO`), not that itself: "three men linked to the
        Vorn cartel were stopped at the port" tells of three men, "the Vorn
        cartel is planning to smuggle arms through the port" of the cartel, and
        the two share the cartel, the port and their verbs whatever their
        score. The claim's subject must be all words of the group the statement
        links its people to, and name none of those people ("Vorn cartel
        gunmen were stopped" is said of the men)."""
        found = _LINKED_TO.match(about)
        if found is None:
            return False
        group = found.group("group")
        group_words = set(self.index.terms(subject_of(group) or group).words)
        theirs = set(self.index.terms(subject_of(self.index.claim_text(claim_id))).words)
        return (
            bool(theirs)
            and theirs <= group_words
            and theirs.isdisjoint(self.index.terms(found.group("who")).words)
        )

    def _counts_another_group(self, about: str, claim_id: str) -> bool:
        """Whether an assertion and a claim's text each open on a count of who
        they tell of (`_opening_count`) and no number fits both: "four men were
        stopped at the port" tells of other people than "at least ten smugglers
        were caught at the port", however many words the two share; "twelve
        smugglers were caught" fits "at least ten". A denial or doubt giving
        another count answers the claim's ("only four men were stopped, and
        none of them was a smuggler"), and is not asked."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return False
        mine = _opening_count(about)
        if mine is None:
            return False
        theirs = _opening_count(self.index.claim_text(claim_id))
        return theirs is not None and (mine[1] < theirs[0] or theirs[1] < mine[0])

    def _tells_only_its_setting(self, about: str, claim_id: str) -> bool:
        """Whether an assertion's main predicate is said by a claim's text only
        in what sets its act in time or tells what was being attempted
        (`_SETTING`), after a main clause with a predicate of its own: "Smith
        graduated from college before travelling to Syria" tells his degree,
        "Smith travelled to Syria in 2012" the journey it dates it by; "ten
        smugglers were caught trying to cross the river" tells a capture, "the
        smugglers have crossed the river" that they got across. They share the
        verb and most words, and tell two things, at any score."""
        parts = self._main_clause_and_after(claim_id, _SETTING)
        if parts is None or _RELATIVE_CLAUSE.search(parts[0]):
            return False
        from claimtrack.stance import predicate_among

        lead, setting = parts
        predicate = _predicate_read(about)
        return (
            bool(predicate)
            and predicate_among(predicate, [setting])
            and not predicate_among(predicate, [lead])
        )

    def _main_clause_and_after(
        self, claim_id: str, addition: re.Pattern[str]
    ) -> tuple[str, str] | None:
        """For an assertion, a claim's text cut where `addition` finds what it
        adds to a main clause with a predicate of its own: the clause before
        and the text after (a "but" and what it puts forward, a setting and
        the act it tells); None for any other statement, or a text that has no
        such addition or whose lead tells no act."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return None
        text = self.index.claim_text(claim_id)
        found = addition.search(text)
        if found is None:
            return None
        from claimtrack.stance import clause_predicate

        lead = text[: found.start()]
        if not clause_predicate(lead):
            return None
        return lead, text[found.end() :]

    def _tells_of_a_telling_only(self, about: str, claim_id: str) -> bool:
        """Whether an assertion whose subject is what was told of a thing
        (`_TOLD_OF_SUBJECT`: "information regarding the arrests", "reports of the
        theft", "details of the deal") says something of that telling, where it
        came from, who spread it, when it surfaced, that no text of the claim
        says (`_says_of_its_subject`): "information regarding the arrests came
        from the port police" tells the source of the telling, not the arrests
        it shares its words with, at any score. Where no predicate is read (a
        verb of coming or having), a text of the claim must have its verb after
        its subject: "the report about the arrests has not" tells no claim."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return False
        # As said: the frame `unframed` takes off ("information regarding") is
        # the subject here.
        said = statement.about or statement.content
        if not _TOLD_OF_SUBJECT.match(said):
            return False
        predicate = _main_predicate(said)
        if predicate:
            return not self._says_of_its_subject(said, predicate, claim_id)
        # A verb no predicate is read of ("came from", "has not"): the claim
        # tells the same of its thing only if a text of it has that verb after
        # its subject too.
        verb = self._verb_after_subject(said)
        return not verb or not any(
            verb & self._verb_after_subject(text) for text in self.index.said(claim_id)
        )

    def _inquires_only(self, about: str, claim_id: str) -> bool:
        """Whether one of an assertion, as said, and a claim's text opens on an
        inquiry (`_INQUIRY_OPENING`: "they were looking into reports that the
        woman had been captured", "officials are checking if there are patients
        at the hospital") and the other tells no inquiry anywhere
        (`_INQUIRY_ANYWHERE`): the inquiry is a proposition of its own, and
        filing it under "Extremists have captured the woman" would make its
        teller assert the capture it only looks into, at any score. A claim
        that is itself the inquiry ("Canada is trying to confirm reports that
        ...") takes it, and takes no assertion of the matter ("the woman was
        captured"), for the same reason."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return False
        said = statement.about or statement.content
        text = self.index.claim_text(claim_id)
        if _INQUIRY_OPENING.match(said):
            return not _INQUIRY_ANYWHERE.search(text)
        return bool(_INQUIRY_OPENING.match(text)) and not _INQUIRY_ANYWHERE.search(said)

    def _verb_after_subject(self, text: str) -> frozenset[str]:
        """The terms of the word after a text's subject (`subject_of`): its verb."""
        subject = subject_of(text)
        if not subject:
            return frozenset()
        return frozenset(self.index.terms(" ".join(text[len(subject) :].split()[:1])).words)

    def _near_tie_saying_it(
        self, about: str, best: str, score: float, ranked: Sequence[tuple[str, float]]
    ) -> tuple[str, float] | None:
        """Of the candidates `ranked` scoring within `NEAR_TIE_FACTOR` of `best`
        (and passing the gates), the first whose texts predicate what the
        assertion does, when `best`'s do not (`_predicates_it`):
        "MI5 and MI6 have identified the man suspected of the beheading of James
        Foley" scores 48.2 against "The United States has seen a video that
        purports to be the murder of James Foley" and 47.4 against "MI5 and MI6
        had identified the man who did the brutal deed". Scores that close are
        made by the names and the story's words both claims share, and tell the
        two apart no more than the weights of the moment do; what the statement
        says of those names does."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return None
        close = [
            (claim_id, other)
            for claim_id, other in ranked
            if claim_id != best and score * NEAR_TIE_FACTOR <= other <= score
        ]
        if not close:
            return None
        # The main clause's predicate: a participle modifying a noun ("troops,
        # dispatched to the Kursk region, have begun ...") tells no tie apart.
        predicate = _main_predicate(about)
        if not predicate or self._predicates_it(about, predicate, best):
            return None
        for claim_id, other in close:
            if self._passes_gates(about, claim_id, other) and self._predicates_it(
                about, predicate, claim_id
            ):
                return claim_id, other
        return None

    def _predicates_it(self, about: str, predicate: frozenset[str], claim_id: str) -> bool:
        """Whether a text of the claim predicates what the statement does, of the
        same subject: its main predicate, or that of a verb phrase it joins, is
        the statement's (a word said anywhere in it is not enough), and where
        both subjects name actors they share one. "The man behind the Ottawa
        shootings is a Canadian convert to Islam" and "The Chibok schoolgirls
        had converted to Islam" say one thing of two subjects."""
        from claimtrack.stance import said_predicate, shares_predicate

        mine = self.index.normal(subject_of(about)).actors - {UNKNOWN_ACTORS}
        for text in self.index.said(claim_id):
            if not (
                shares_predicate(predicate, said_predicate(text))
                or any(shares_predicate(predicate, joined) for joined in _joined_predicates(text))
            ):
                continue
            theirs = self.index.normal(subject_of(text)).actors - {UNKNOWN_ACTORS}
            if not mine or not theirs or mine & theirs:
                return True
        return False

    def _same_identity(
        self, about: str, best: str, found: Iterator[tuple[str, float]]
    ) -> tuple[str, float] | None:
        """Of the candidates over the bar after `best`, the first whose texts say
        the same two names are one person that the assertion says they are
        ("Jihadi John is in fact Kuwaiti-born Emwazi" and "a Londoner named
        Mohammed Emwazi is the person known as Jihadi John"), when `best`'s do
        not: a claim that says another thing of one of them ("Mohammed Emwazi
        is a Briton born in Kuwait") tells another proposition."""
        statement = self.statement
        if statement is None or statement.stance is not Stance.ASSERTS:
            return None
        mine = self._identity(about)
        if mine is None or self._says_identity(mine, best):
            return None
        for claim_id, score in found:
            if score < self.threshold:
                return None
            if self._says_identity(mine, claim_id):
                return claim_id, score
        return None

    def _identity(self, text: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """The named actors of the two names `text` says are one (`_identity_names`)."""
        names = _identity_names(text)
        if names is None:
            return None
        # Each a name of its own, not a party ("Emwazi is British" is no identity).
        one, other = (_names_alone(self.index.normal(name).actors) for name in names)
        if not one or not other or one & other:
            return None
        return one, other

    def _says_identity(self, mine: tuple[frozenset[str], frozenset[str]], claim_id: str) -> bool:
        """Whether a text of the claim says the same two names are one, either way round."""
        one, other = mine
        for text in self.index.said(claim_id):
            theirs = self._identity(text)
            if theirs is not None and (
                (one & theirs[0] and other & theirs[1]) or (one & theirs[1] and other & theirs[0])
            ):
                return True
        return False

    def _tells_its_predicate(self, about: str, claim_id: str, score: float) -> bool:
        """Whether an assertion (or a negative sentence, which asserts by itself)
        matched short of a close rewording says what the claim predicates: "ISIS
        is sneaking into the US through the border" names the actors of "ten
        ISIS fighters were caught at the border", but tells another thing of
        them; "they aren't flying bombers, but they will bomb our cities" tells
        no capture either. Its main predicate (or that of the clause its frame
        reports: "I know that X") must be a word of one of the claim's texts, or
        a form of one ("agreed", "agreement"); one with no predicate to compare
        is judged by its words alone, which must be more than words of telling
        or belief (`_shares_only_telling`). A content of
        clauses joined by "and" or "but" predicates each: "the artist's identity
        was revealed and he had been arrested" tells "the artist was arrested".
        Over `PREDICATE_FREE_FACTOR` and short of `TOPIC_ONLY_FACTOR`, a match
        sharing only the story's names and words (`_shares_only_topic`) is
        asked the same, or to tell the claim in other words
        (`_tells_it_in_other_words`)."""
        statement = self.statement
        strong = score >= self.threshold * PREDICATE_FREE_FACTOR
        if (
            statement is None
            or not self._asserts_by_itself(statement)
            # Too far under the bar to join by any path.
            or score < self.threshold * LEAD_THRESHOLD_FACTOR
            or score >= self.threshold * TOPIC_ONLY_FACTOR
            # Over the bar of a rewording, a match sharing more than the story's
            # words needs no predicate in common.
            or (strong and not self._shares_only_topic(about, claim_id))
        ):
            return True
        from claimtrack.stance import said_predicate

        predicate = _predicate_read(about)
        if not predicate:
            return not self._shares_only_telling(about, claim_id)
        # Under the bar (a lead joining another lead), a word of a claim text's
        # relative clause is not taken for what the claim tells.
        if self._says_of_its_subject(
            about, predicate, claim_id, relative_clauses=score >= self.threshold
        ) and not self._roles_cross(about, claim_id):
            return True
        if strong and self._tells_it_in_other_words(about, claim_id):
            return True
        # A content of coordinated clauses ("the identity was revealed and he had
        # been arrested") predicates each of them.
        return any(
            (clause_predicate := said_predicate(clause))
            and self._says_of_its_subject(clause, clause_predicate, claim_id)
            and not self._roles_cross(clause, claim_id)
            for clause in _CONJOINED.split(about)[1:]
        ) or self._tells_its_event(about, claim_id)

    def _shares_only_telling(self, about: str, claim_id: str) -> bool:
        """Whether every word a statement with no predicate to compare shares
        with a claim is a word of telling or belief, or of who told or believed
        (`_TELLER_STEMS`), beside the parties: "an official confirmed that Smith
        is believed to be the gunman" and "officials believe they know who the
        gunman is" share "official" and "believe", and two different things
        told."""
        profile = self.index.profile(claim_id)
        terms = self.index.terms(about)
        shared = {word for word in terms.words if word in profile}
        return not shared or shared <= _TELLER_STEMS

    def _shares_only_topic(self, about: str, claim_id: str) -> bool:
        """Whether every term a statement shares with a claim is a word of the
        topic, which `TOPIC_CLAIMS` claims or more use: "ISIS", "the border" and
        "fighters" are said by every claim of a story of ISIS fighters at the
        border, and score high between any two of them whatever each tells. A
        word fewer claims say ("a high-level source") makes a close rewording."""
        profile = self.index.profile(claim_id)
        shared = {term for term in self.index.terms(about).all if term in profile}
        return bool(shared) and all(
            self.index.claims_using(term, TOPIC_CLAIMS) >= TOPIC_CLAIMS for term in shared
        )

    def _tells_it_in_other_words(self, about: str, claim_id: str) -> bool:
        """Whether a match over the bar of a rewording, sharing only the story's
        words (`_shares_only_topic`), tells the claim's proposition with a
        predicate of its own: it says the claim's predicate among its words
        (`_says_its_predicate_back`), or the same two names are one person
        ("Jihadi John has been identified as Emwazi" and "Emwazi is the person
        known as Jihadi John")."""
        if self._says_its_predicate_back(about, claim_id):
            return True
        identity = self._identity(about)
        return identity is not None and self._says_identity(identity, claim_id)

    def _says_its_predicate_back(self, about: str, claim_id: str) -> bool:
        """Whether a statement matched over the bar where a rewording needs no
        predicate of its own in common says what the claim predicates, in its own
        words: "final talks on the release would be completed at a meeting in
        Chad" says the "finalised" of "arrangements for the release would be
        finalised in Chad". A claim none of whose texts has a predicate to read
        ("the car has gone missing") is passed. Names and a story's words score
        high ("ISIS is sneaking across the border" and "ten ISIS fighters were
        captured at the border"); what is told of them tells the two apart."""
        from claimtrack.stance import predicate_among, said_predicate

        read = False
        for text in self.index.said(claim_id):
            for predicate in (said_predicate(text) or _existent(text), *_joined_predicates(text)):
                if not predicate:
                    continue
                if predicate_among(predicate, [about]):
                    return True
                read = True
        return not read

    def _asserts_by_itself(self, statement: Statement) -> bool:
        """Whether a statement asserts by itself: an assertion, or a negative
        sentence grouped as a denial ("they aren't flying bombers")."""
        return statement.stance is Stance.ASSERTS or (
            self.toward is not None and self.toward(statement, None) is Stance.ASSERTS
        )

    def _tells_its_event(self, about: str, claim_id: str) -> bool:
        """Whether an assertion whose verb only brings about an event ("Nigeria has
        reached a cease-fire with Boko Haram") says that event of the actors a
        claim's text says it of ("Boko Haram has agreed to a ceasefire"): striking,
        reaching, signing or announcing a deal, winning, landing or filling a role,
        tell one proposition in other verbs."""
        event = _supported_event(about)
        return (
            bool(event)
            and self._says_of_its_subject(about, event, claim_id)
            and not self._roles_cross(about, claim_id)
        )

    def _says_of_its_subject(
        self,
        about: str,
        predicate: frozenset[str],
        claim_id: str,
        *,
        relative_clauses: bool = True,
    ) -> bool:
        """Whether one of a claim's texts says the statement's predicate of the
        actors it is said of: as its own predicate, or, when the word stands
        elsewhere in it (an object, a modifier), of a subject the statement names.
        Without `relative_clauses`, not when it stands only in a relative clause
        (`_RELATIVE_SPAN`): "Americans who traveled to Syria were apprehended"
        tells an arrest, and a journey only of those it describes; a statement
        under the bar, sharing little else, is not joined to it by that word.
        "Moscow and Pyongyang are deepening their ties" tells nothing of "Beijing
        frowns on the deepening ties between Moscow and Pyongyang": what that
        predicates is Beijing's view of the ties."""
        from claimtrack.stance import predicate_among, said_predicate, shares_predicate

        for text in self.index.said(claim_id):
            if not predicate_among(predicate, [text]) or self._of_another_subject(about, text):
                continue
            if not relative_clauses and not predicate_among(
                predicate, [_RELATIVE_SPAN.sub(" ", text)]
            ):
                # Said only in a relative clause, of the one it describes.
                continue
            if shares_predicate(predicate, said_predicate(text)) or any(
                shares_predicate(predicate, joined) for joined in _joined_predicates(text)
            ):
                return True
            roles = self._roles(text, speaker=False)
            if roles is None or not (roles[0] | roles[1]) - self.actors:
                return True
        return False

    def _of_another_subject(self, about: str, text: str) -> bool:
        """Whether a clause says its predicate of a group where a claim's text says
        it of one person the statement never names: "up to 20 British extremists
        a month are travelling to Syria" and "Emwazi travelled to Syria" share a
        verb and a place, but not who travels. The clause's subject is a plural
        noun ("extremists", "the engineers in the laboratory"); the text's is a
        name that is no party ("Kuwaiti-born Emwazi") or "he" or "she"."""
        from claimtrack.stance import predicate_roles

        mine = predicate_roles(about)
        if mine is None:
            return False
        # The same role on both sides: the agent of "documents identified the
        # artist as Paul Horner" is no rival of "Paul Horner had been identified",
        # who undergoes it.
        role = 1 if mine[1] else 0
        if not _plural_group(mine[role]):
            return False
        theirs = predicate_roles(text)
        if theirs is None:
            return False
        subject = theirs[role].strip()
        if subject.lower() in _SINGULAR_PRONOUNS:
            return True
        head = next(iter(_SUBJECT_MODIFIER.split(subject, maxsplit=1)), "")
        # A group opening the text ("Officials ...") is no one person either.
        if not head[:1].isupper() or " and " in head or _plural_group(head[:1].lower() + head[1:]):
            return False
        normal = self.index.normal(head)
        named = set(_names_alone(normal.actors))
        if not normal.actors and all(word[:1].isupper() for word in head.split()):
            # A name alone opening the text ("Emwazi grew up ...") is read as no
            # actor: its words are the name; "One of the five" names no one.
            named = {word for word in normal.terms.words if word.isalpha()}
        said = self.index.terms(self.about).words
        return bool(named) and not named & (self.actors | self.referred | set(said))

    def _roles_cross(self, about: str, claim_id: str) -> bool:
        """Whether a named actor the statement shares with a claim does what the
        claim's texts say is done to it, or the other way round: "the rebels
        captured the weapons" and "rebels were captured at the border" share the
        rebels and "captured", but the rebels capture in one and are captured in
        the other. A pronoun subject ("they have seized ...") stands for the
        speaker. Passive and active wordings of one event agree: "were caught
        by the patrol" and "the patrol caught" name the patrol as the agent."""
        from claimtrack.stance import same_main_predicate

        shared = self.actors & self.index.actors(claim_id)
        mine = self._roles(about)
        if not shared or mine is None:
            return False
        crossed = False
        for text in self.index.said(claim_id):
            theirs = self._roles(text, speaker=False)
            if theirs is None or not same_main_predicate(about, text):
                continue
            if shared & ((mine[0] & theirs[0]) | (mine[1] & theirs[1])):
                return False  # one of its texts gives the actor the same role
            crossed = crossed or bool(shared & ((mine[0] & theirs[1]) | (mine[1] & theirs[0])))
        return crossed

    def _roles(
        self, text: str, *, speaker: bool = True
    ) -> tuple[frozenset[str], frozenset[str]] | None:
        """The named actors of who does and who undergoes what `text` predicates
        (`stance.predicate_roles`); a pronoun subject is the speaker's."""
        from claimtrack.stance import predicate_roles

        roles = predicate_roles(text)
        if roles is None:
            return None
        found: list[frozenset[str]] = []
        for role in roles:
            if speaker and self.statement is not None and role.lower() in _SUBJECT_PRONOUNS:
                role = self.statement.speaker or ""
            actors = self.index.normal(role).actors if role else frozenset()
            found.append(frozenset(actors) - {UNKNOWN_ACTORS})
        return found[0], found[1]

    def _within_reach(self, claim_id: str) -> bool:
        """Whether a denial or doubt may join the claim wherever it was made: one
        that names nobody ("He's still alive and well, stop believing what you
        read") says nothing of which story it is about but through its article,
        and answers only a claim its article spoke of, however many words it
        shares with a claim of another article. So does one that says its
        clause of someone it points at (`_pointed_subject`: "it is unlikely that
        this person has Ebola"), whatever else it names."""
        statement = self.statement
        if (
            statement is None
            or statement.stance is Stance.ASSERTS
            or (
                (self.referred or self.content_actors - {UNKNOWN_ACTORS})
                and not _pointed_subject(self.about)
            )
            # A negative sentence states its own proposition, which other
            # articles may state in their words ("residents saw nothing strange").
            or self.toward is None
            or self.toward(statement, None) is Stance.ASSERTS
        ):
            return True
        return any(a.claim_id == claim_id for a in self.history.get(self.source, ()))

    def _same_story(self, claim_id: str, score: float) -> bool:
        """Whether the statement and the claim's statements name the same actors.

        When neither names any, or they share too few, nothing tells their
        stories apart but the words: only a close rewording joins. A party both
        name and a count of one thing the claim gives ("at least 135 air
        strikes", "more than 135 airstrikes") tell one story as a name does.
        A headline's words decide alone (`_unattributed`).
        """
        # A close rewording is the same proposition, whatever actors it names.
        if score >= self.threshold * UNNAMED_THRESHOLD_FACTOR or _unattributed(self.statement):
            return True
        others = self.index.actors(claim_id)
        mine = self.actors | self.referred
        if (mine or others) and same_story(mine, others):
            # Actors unknown and none shared: the words decide, but not words
            # that only say when ("the deal last Friday" beside "the dog was
            # discovered last Friday").
            return bool(mine & others - {UNKNOWN_ACTORS}) or not self._shares_only_when(claim_id)
        # Every count the statement gives, with what it counts, given by one text
        # of the claim, beside a party both name.
        if not any(actor.startswith(PARTY_ACTOR) for actor in mine & others):
            return False
        counted = _counted(self.index.terms(self.about).words)
        return bool(counted) and any(
            _same_counts(counted, _counted(self.index.terms(text).words))
            for text in self.index.said(claim_id)
        )

    def _shares_only_when(self, claim_id: str) -> bool:
        """Whether every word the statement shares with the claim's texts says
        when something happened: a day, a month, "last", "week"."""
        mine = set(self.index.terms(self.about).words)
        shared: set[str] = set()
        for text in self.index.said(claim_id):
            shared |= mine.intersection(self.index.terms(text).words)
        return bool(shared) and shared <= set(self.index.terms(_WHEN_WORDS).words)

    def _told_by_whom_it_names(
        self, statement: Statement, others: Sequence[_Antecedent]
    ) -> dict[str, None] | None:
        """The claims of its article a telling named by whose it is answers, or
        None when it names no one's telling. "Williams' false claims" are what
        Williams told, never what another witness said, nor a thing his cue only
        named ("admitted his mistake"): his assertions there that tell a clause."""
        if not _TELLING.search(statement.content):
            return None
        whose = _WHOSE_TELLING.search(statement.content)
        if whose is None:
            return None
        name = whose.group("name").lower()
        return dict.fromkeys(
            a.claim_id
            for a in reversed(others)
            if name in a.speaker.split()
            and not (a.negative or a.own_negative)
            and _opens_a_clause(a.statement.content)
        )

    def _match_disputed(
        self,
        about: str,
        terms: Terms,
        pieces: Sequence[Piece],
        earlier: Sequence[_Antecedent],
        *,
        start: bool = True,
    ) -> Assignment | None:
        assert self.statement is not None
        others = self._others(self.statement, earlier)
        claim_ids = self._told_by_whom_it_names(self.statement, others)
        if claim_ids is None:
            claim_ids = dict.fromkeys(a.claim_id for a in reversed(others))
        local = [(self.index._score_claim(terms, c), c) for c in claim_ids]
        score, claim_id = max(local, key=_first, default=(0.0, ""))
        if (
            claim_id
            and score >= self.threshold * LOCAL_THRESHOLD_FACTOR
            and self._answers(claim_id, score)
            and self._may_answer(claim_id)
            and not self._matches_better(terms, score)
            and not self._agrees_in_its_words(claim_id)
            # A negative sentence asserts by itself: it joins a claim its article
            # spoke of only if it says that claim's predicate ("they aren't flying
            # bombers, but they will bomb our cities" tells no capture).
            and self._tells_its_predicate(about, claim_id, score)
        ):
            return self._join(claim_id, about, terms, score)
        return self._match(about, terms, pieces, start=start)

    def _agrees_in_its_words(self, claim_id: str) -> bool:
        """Whether a denial or doubt by its own words (not a negative sentence),
        read against the text of a claim its article spoke of, says what that
        claim says: "he had not received word about the purported ceasefire"
        against "the army is yet to receive any operational order on the
        ceasefire". It doubts something else its article told, not this claim,
        and does not join it at the bar for the claims of its article."""
        statement = self.statement
        if statement is None or self.toward is None:
            return False
        text = self.index.claim_text(claim_id)
        if self.toward(statement, text) is not Stance.ASSERTS:
            return False
        if self.toward(statement, None) is Stance.ASSERTS:
            return False  # a negative sentence, grouped as a denial
        # A claim whose text doubts or denies as well ("Israel is investigating the
        # claim, which was not backed by any evidence") holds the doubt itself.
        return self.toward(replace(statement, cue=None, content=text), None) is Stance.ASSERTS

    def _matches_better(self, terms: Terms, local: float) -> bool:
        """Whether a claim of the statement's story matches it as a close rewording,
        far better than the claim its article spoke of: it is that claim's
        proposition, said as a negative sentence ("the left hand doesn't know what
        the right hand is doing"), not an answer to what came before it."""
        bar = max(self.threshold * UNNAMED_THRESHOLD_FACTOR, local * 2)
        return any(
            score >= bar and self._same_story(claim_id, score) and self._may_answer(claim_id)
            for claim_id, score in self.index._ranked(terms, GATED_CANDIDATES)
        )

    def _answers(self, claim_id: str, score: float) -> bool:
        """Whether a denial or doubt joins a claim its article spoke of, under the bar.

        A negative sentence states a proposition of its own more often than it
        answers an earlier one ("we are not in need of fighters", "they don't have
        a navy"): below the bar, it joins only a claim that, read with the stance
        rules, it denies or doubts, unless it names what it denies ("accusations
        that X", "no evidence that X"); and never one whose statements name none
        of the names it says (`_names_only_others`).
        """
        if score >= self.threshold or self.toward is None or self.statement is None:
            return True
        if self._names_only_others(claim_id):
            return False
        return self.names_denied or self._against(self.statement, claim_id)

    def _names_only_others(self, claim_id: str) -> bool:
        """Whether the statement names someone or something by name, beyond its
        speaker, and the claim's statements name none of them: "a death hoax
        involving the singer Ana Velez made headlines" speaks of Velez, not of
        the actor its article reported dead, whatever words they share. A name
        that only owns what the statement speaks of ("the Mayor's car") tells
        the same story when the claim names it, and no other one when it does
        not: the thing owned may be what the claim calls by its name."""
        assert self.statement is not None
        content = self.statement.content
        beyond = self._speaker_actors(self.statement) | {UNKNOWN_ACTORS}
        named = self.index.normal(content).actors - beyond
        unowned = self.index.normal(_POSSESSOR.sub(" ", content)).actors - beyond
        return bool(unowned) and named.isdisjoint(self.index.actors(claim_id))

    def _refer_back(self, statement: Statement, earlier: Sequence[_Antecedent]) -> Assignment:
        earlier = self._others(statement, earlier)
        if not earlier:
            # Nothing earlier to point at: the whole sentence may still match a
            # claim, but what only points back starts none.
            normal = self.index.normal(statement.quote)
            found = self._match(statement.content, normal.terms, normal.pieces, start=False)
            return found or Assignment(None, "", False, 0.0, _POINTS_BACK)
        if self._follows_no_claim(statement):
            return Assignment(None, "", False, 0.0, _FOLLOWS_NO_CLAIM)
        if self._follows_own_remark(statement):
            return Assignment(None, "", False, 0.0, _FOLLOWS_OWN_REMARK)
        # The words of what it says beyond who says it: "the U.S. Department of
        # Defense denies such allegations" shares its speaker's name with an
        # earlier assertion, not what it denies.
        words = frozenset(self.index.terms(statement.quote).all) - frozenset(
            self.index.terms(statement.speaker or "").all
        )
        if statement.stance is not Stance.ASSERTS and _TELLING.search(statement.content):
            # "such allegations", "these rumours", "the story" point at what was
            # told (reported, claimed, alleged), not at a remark made in passing.
            told = [a for a in earlier if a.act is not None]
            whose = _WHOSE_TELLING.search(statement.content)
            if whose is not None:
                # "Hunter's claim" is what Hunter said.
                name = whose.group("name").lower()
                told = [a for a in earlier if name in a.speaker.split()] or told
            lead = self.source_lead.get(statement.source)
            led = [a for a in earlier if a.claim_id == lead]
            if (
                whose is None
                and _WHOLE_TELLING.search(statement.content)
                and any(not (a.negative or a.own_negative) for a in led)
            ):
                # "The story", "the tale": the whole account its article tells, the
                # claim its lead spoke of, not the latest thing some source alleged.
                told = led
            elif whose is None and _WHOLE_TELLING.search(statement.content) and lead is not None:
                # A lead that only says what is not so ("she was not captured"),
                # or that the speaker of the verdict said itself, tells the story
                # by denying it: "the story" called propaganda is what that lead
                # denies, which no statement of its article carries, not the
                # latest thing some source alleged on the way.
                return Assignment(None, "", False, 0.0, _POINTS_BACK)
            # With nothing told by such an act, the story the article tells: the
            # claim its lead spoke of, not the nearest remark.
            earlier = told or led or earlier
            # What says that a thing is not so is no telling to call false: "The
            # hospital said the patient does not have Ebola. 'These reports are
            # inaccurate,' its spokeswoman said" answers reports the article
            # names, not the hospital's own words.
            # Nor is what only supposes ("in the event they have the virus,
            # they could use it") or asks ("the WHO is investigating whether
            # ..."): it reports nothing as so.
            earlier = [
                a for a in earlier if not a.negative and not self._reports_nothing(a.claim_id)
            ]
            if not earlier:
                return Assignment(None, "", False, 0.0, _POINTS_BACK)
        # The nearest earlier assertion, unless an older one shares more words.
        chosen = max(enumerate(earlier), key=lambda pair: (len(pair[1].terms & words), pair[0]))
        claim_id = chosen[1].claim_id
        return Assignment(claim_id, self.index.shown_text(claim_id), False, 100.0)

    def _points_at_just_said(self, statement: Statement, terms: Terms) -> Assignment | None:
        """The claim of what was said just before, for a denial or doubt that says
        nothing but its verdict on "that" or "this" ("But that is not the case",
        "I think that is fabricated", "that's bogus"), or that only concedes
        that what a pronoun points at may be so (`_patterns.possible_pointing`:
        "it can't be ruled out", "it is entirely possible"): its pointer is the
        proposition of the statement right before it, whoever said it, not a
        claim further back that the article spoke of. It joins that statement's
        claim when it denies or doubts it, and no claim when that statement made
        none, was its own speaker's assertion, or is not what it goes against.
        No claim either when no statement comes right before it: what it points
        at is the article's own words ("the option is meant to keep your data.
        Users say that's not the case"). None (other rules decide) when the
        claim of the statement just before itself says what is not so, which
        the verdict agrees with: what it calls false was told before that."""
        if P.possible_pointing(statement.content) is None and (
            _TELLING.search(statement.content)
            or not _DEMONSTRATIVE_PRONOUN.search(statement.content)
            or set(terms.words) - self._answering_words()
        ):
            return None
        last = self.last_said.get(statement.source)
        if (
            last is None
            or last[1] == statement.content
            or not 0 <= statement.line - last[0] <= JUST_BEFORE_LINES
        ):
            return Assignment(None, "", False, 0.0, _POINTS_AT_ARTICLE)
        claim_id = last[2]
        if claim_id is not None and _negated(self.index.claim_text(claim_id)):
            # What itself says what is not so ("Rosenberg was nowhere near Kobani.
            # 'This is false propaganda'") is what the verdict agrees with: what it
            # calls false was told before that.
            return None
        said = self.last_speaker.get(statement.source)
        own = said is not None and said[2] and said[1] == last[0] and said[0] == self.speaker
        if (
            claim_id is None
            or (own and bool(self.speaker))
            or not self._may_answer(claim_id)
            or not self._against(statement, claim_id)
        ):
            return Assignment(None, "", False, 0.0, _FOLLOWS_NO_CLAIM)
        return self._answered(claim_id, 100.0)

    def _introduced_just_before(self, statement: Statement) -> str | None:
        """The claim of what its own speaker said just before, for an assertion
        whose subject is a definite description ("the attack, in the village of
        Wagga on Saturday, saw some 40 women abducted") of what that statement
        brought in by an indefinite one of the same noun ("there had been another
        attack in neighbouring Adamawa state"): English names a thing "a" or
        "another" when it first comes up and "the" when it comes up again, so
        the two tell one event, the later with more of it (a place, a day, a
        toll). Only where the thing brought in is what that statement tells of
        (its subject, or what it says there was): "saw a shooter ... The honor
        guard dropped to the ground" tells a new act of a thing. None when the
        statement just before is further than `JUST_BEFORE_LINES`, another
        speaker's, or filed under no claim; it then starts a claim of its own
        as any assertion does."""
        found = _DEFINITE_SUBJECT.match(statement.content)
        if found is None or not self.speaker:
            return None
        last = self.last_said.get(statement.source)
        asserted = self.last_asserted.get(statement.source)
        if (
            last is None
            or last[2] is None
            or asserted is None
            or asserted[0] != self.speaker
            or asserted[1] != last[0]
            or asserted[2] != last[2]
            or not 0 <= statement.line - last[0] <= JUST_BEFORE_LINES
        ):
            return None
        noun = found.group("noun").lower()
        introduced = _INDEFINITE_SUBJECT.match(last[1])
        return last[2] if introduced is not None and noun in introduced["words"].split() else None

    def _teller_upheld(self, earlier: Sequence[_Antecedent]) -> str | None:
        """The claim of the latest statement its article gave a teller for, when
        an assertion calls what that teller told accurate or true ("the identity
        and name published by the Washington Post ... to be accurate and
        correct"): it upholds that telling, no proposition of its own. The
        teller is known by its name among the words of that statement's speaker
        ("A detailed Washington Post article claims ...")."""
        found = _UPHELD_TELLING.match(self.about)
        if found is None:
            return None
        names = {word.lower() for word in _WORD_RE.findall(found.group("teller"))}
        for antecedent in reversed(earlier):
            speaker = antecedent.statement.speaker or ""
            if antecedent.asserted and names <= {w.lower() for w in _WORD_RE.findall(speaker)}:
                return antecedent.claim_id
        return None

    def _follows_no_claim(self, statement: Statement) -> bool:
        """Whether a denial or doubt that points back without naming a telling
        ("this is a scam", "we don't know that yet") comes right after a
        statement of its article that made no claim: its "this" or "that" is what
        was just said ("He's sitting on money. But this is a scam"), and it
        answers no claim either, not one its article spoke of further back."""
        if (
            statement.stance is Stance.ASSERTS
            or _TELLING.search(statement.content)
            or not _DEMONSTRATIVE.search(statement.content)
        ):
            return False
        last = self.last_said.get(statement.source)
        return (
            last is not None
            and last[2] is None
            and last[1] != statement.content
            and 0 <= statement.line - last[0] <= JUST_BEFORE_LINES
        )

    def _asks_of_just_said(self, statement: Statement) -> bool:
        """Whether a doubt asks whether "that" or "this" is so ("I honestly don't
        know if that was one of the ones dropped") right after a statement of its
        article that made no claim ("We're still taking a look at it"): the
        question's subject is what was just spoken of, and the doubt answers no
        claim its article told further back that shares a word with it."""
        if statement.stance is not Stance.DISPUTES:
            return False
        content = statement.content
        if "that" not in content.lower() and "this" not in content.lower():
            return False
        return bool(_ASKED_OF_POINTER.search(content)) and self._follows_no_claim(statement)

    def _points_within_its_sentence(self, statement: Statement) -> bool:
        """Whether a denial or doubt names what it is about by a demonstrative
        ("no incidents at these sites") whose antecedent is a clause of its own
        sentence before it, joined to it by a conjunction ("Reports of shootings
        by the mall and a hotel - although they later said ..."), when no
        statement of that sentence comes before it: what it answers is that
        clause, no claim told elsewhere in the article."""
        found = _DEMONSTRATIVE_NOUN.search(statement.content)
        if (
            found is None
            or _TELLING.match(found.group("noun"))
            or statement.span is None
            or statement.speaker_span is None
            or statement.content_span is None
            or statement.content_span[0] < statement.speaker_span[0]
        ):
            return False
        before = statement.quote[: max(0, statement.speaker_span[0] - statement.span[0])]
        opening = _JOINED_CLAUSE.fullmatch(before)
        if opening is None or len(_WORD.findall(opening.group("clause"))) < _WITHIN_SENTENCE_WORDS:
            return False
        last = self.last_said.get(statement.source)
        return last is None or last[0] != statement.line

    def _follows_own_remark(self, statement: Statement) -> bool:
        """Whether a doubt or denial that points back without naming a telling
        ("we're still assessing the validity of it") comes right after its own
        speaker's assertion, in the same paragraph, that named no telling either
        ("analysts were examining the video"): its "it" is the thing that
        assertion spoke of, not a claim others made further back in the article."""
        if (
            statement.stance is Stance.ASSERTS
            or not self.speaker
            or _TELLING.search(statement.content)
            or not _DEMONSTRATIVE.search(statement.content)
        ):
            return False
        last = self.last_speaker.get(statement.source)
        said = self.last_said.get(statement.source)
        return (
            last is not None
            and said is not None
            and last[0] == self.speaker
            and last[2]
            and last[1] == said[0] == statement.line
            and said[1] != statement.content
            and not _TELLING.search(said[1])
        )

    def _unknown_as_reason(self, statement: Statement) -> bool:
        """Whether a doubt's only doubt is a not knowing given as the reason for
        something else, with nothing named as unknown ("All I can do is cry with
        them, because I don't know"): it says why the speaker does what the rest
        tells, and doubts no claim its article told before. Not when the rest
        denies, doubts or negates by itself ("We can't confirm it, because we
        don't know")."""
        if statement.stance is not Stance.DISPUTES or self.toward is None:
            return False
        found = _REASON_NOT_KNOWN.search(statement.content) if "know" in statement.content else None
        if found is None:
            return False
        rest = statement.content[: found.start()].strip(" ,;(\u2013\u2014-")
        if len(rest.split()) < 2 or _NEGATED.search(rest) or re.search(r"(?i)\bcannot\b", rest):
            return False
        return self.toward(replace(statement, content=rest), None) is Stance.ASSERTS

    def _judges_own_telling(self, statement: Statement) -> bool:
        """Whether a verdict said of a pointer ("None of those are true", "these
        are made up stories") comes right after an assertion of its own speaker:
        its "those" is what that speaker just told of ("We hear of people having
        spiders lay eggs under the skin"), stories the speaker recounts, not a
        claim of the article further back that its other words happen to share."""
        if (
            statement.stance is not Stance.DENIES
            or not _VERDICT_ON_POINTER.match(statement.content)
            or not self.speaker
        ):
            return False
        last = self.last_speaker.get(statement.source)
        # A quote run over paragraphs opens lines before the one it is given.
        opens = statement.line - statement.quote.count("\n")
        return (
            last is not None
            and last[0] == self.speaker
            and last[2]
            and 0 <= opens - last[1] <= JUST_BEFORE_LINES
        )

    def _speaker_key(self, statement: Statement, person: str | None = None) -> str:
        """Who says a statement, as its source names them: a person by their full
        name ("Self" is "Judge Ketih Self"), a pronoun ("They also called the
        story propaganda") as the speaker its source named last."""
        speaker = _speaker_words(statement)
        if not speaker:
            return ""
        last = self.named_speaker.get(statement.source, "")
        if speaker not in _PRONOUN_SPEAKERS:
            key = person.lower() if person else speaker
            self.named_speaker[statement.source] = key
            self.named_at[statement.source] = (key, statement.line)
            return key
        self.named_speaker[statement.source] = speaker
        # A pronoun speaks for the speaker just before it, when that one was named
        # and agrees with it in number: "The wardens said ... They also called ...".
        # A relative one ("who") is whoever its own sentence names: not known here.
        if not last or last in _PRONOUN_SPEAKERS or speaker in _RELATIVE_SPEAKERS:
            return ""
        return last if _agrees_in_number(last, speaker) else ""

    def _asserts(self, statement: Statement, claim_id: str) -> bool:
        """Whether a statement filed under a claim asserts it (`toward`)."""
        if self.toward is None:
            return statement.stance is Stance.ASSERTS
        return self.toward(statement, self.index.claim_text(claim_id)) is Stance.ASSERTS

    def _denied_again(self, earlier: Sequence[_Antecedent]) -> str | None:
        """The claim the speaker of a denial or doubt of a telling named by a
        definite description alone ("the report", "these claims") denied or
        doubted before in its article: "A rumor
        that X has been called 'rubbish' by her publicist ... The publicist later
        debunked the report" denies X again, not the latest thing reported on the
        way."""
        if not self.speaker:
            return None
        return next(
            (a.claim_id for a in reversed(earlier) if not a.asserted and a.speaker == self.speaker),
            None,
        )

    def _others(
        self, statement: Statement, earlier: Sequence[_Antecedent]
    ) -> Sequence[_Antecedent]:
        """What was said before a denial or doubt, less what its own speaker
        asserted: "They called the story propaganda", after they said she was
        not in the city, points at the story others told, not at their own
        words. What the speaker denied before it may deny again."""
        if statement.stance is Stance.ASSERTS or not self.speaker:
            return earlier
        return [a for a in earlier if not a.asserted or a.speaker != self.speaker]

    def _join(self, claim_id: str, about: str, terms: Terms, score: float) -> Assignment:
        self.index._add(claim_id, about, terms)
        self.index.add_actors(claim_id, self.actors | self.referred)
        self._note_lead(claim_id)
        statement = self.statement
        own = None
        if (
            statement is not None
            and statement.stance is Stance.ASSERTS
            and (
                claim_id in self.index.following
                or (claim_id in self.index.started and not self.index.clearest(claim_id))
            )
        ):
            # The text it would have made a claim with: a claim made in this run
            # may be shown with the clearest of its statements' texts
            # (`pipeline._show_clearest`).
            made = self._made(about, terms, score)
            own = made[:2] if isinstance(made, tuple) else None
        return Assignment(claim_id, self.index.shown_text(claim_id), False, score, own_text=own)

    def _start(self, about: str, terms: Terms, pieces: Sequence[Piece], score: float) -> Assignment:
        made = self._made(about, terms, score)
        if isinstance(made, Assignment):
            return made
        shown, written, text, compared = made
        terms = self.index.normal(without_dashed_asides(compared)).terms
        claim_id = claim_id_for(written, self.index)
        self.index.started.add(claim_id)
        self.index._add(claim_id, text, terms)
        if shown != text:
            self.index.show_as(claim_id, shown)
        self.index.made_shown(claim_id, shown)
        self.index.add_actors(claim_id, self.actors | self.referred)
        self._note_lead(claim_id)
        return Assignment(claim_id, shown, True, score, own_text=(shown, written))

    def _made(
        self, about: str, terms: Terms, score: float
    ) -> tuple[str, str, str, str] | Assignment:
        """The claim the statement being assigned would start: its text as shown,
        the text its id is read from, its text and the text grouping compares it
        by; or, when it states no proposition, the assignment filing it under none.
        The compared text is normalised only by a statement that starts its claim:
        one that joins a claim wants the first two alone (its own text)."""
        statement = self.statement
        assert statement is not None
        against = statement.stance is not Stance.ASSERTS
        if not against and self.framed and unframed(self.framed) == about:
            about = self.framed
        if _asks_which(statement.content, about) or (
            # Its whole sentence, when what it doubts asked which of two things is so.
            against and _asks_which(statement.content, referent(statement.content, against=True))
        ):
            return Assignment(None, "", False, score, "an alternative question, not a proposition")
        if self._only_answers(statement, terms):
            return Assignment(None, "", False, score, _ONLY_ANSWERS)
        if (
            statement.phrase
            and statement.stance is Stance.ASSERTS
            and (not _opens_a_clause(statement.content) or names_a_thing(statement.content))
        ):
            # "condemned the shootings as outrageous", "described herself as a
            # feminist who ...": what it names is no proposition; nor is "an
            # event scheduled for Monday", whose participle a verb's first
            # words read as a clause's.
            return Assignment(None, "", False, score, _OBJECT_PHRASE)
        judged = act_judged(about) if _PRAISE_OR_BLAME.match(statement.cue or "") else None
        if judged is not None:
            # "praised the Detroit Free Press for killing the story BC created":
            # the act the one praised or blamed did is the proposition. (An
            # object read as the verb's phrase, above, stays no proposition: a
            # text made of it would draw the speaker's other words in.)
            about = judged
        if _reports_a_denial(about):
            return Assignment(None, "", False, score, _REPORTS_A_DENIAL)
        if not against and hedged_after(statement.content):
            # "He knows all the tactics, probably": a guess joins a claim it
            # matches, but puts no proposition forward to start one with.
            return Assignment(None, "", False, score, _GUESS)
        if not against and talk_of_matter(statement.content):
            # "reports of her capture surfaced Sunday": its words without the
            # telling ("her capture surfaced") would say what was not said.
            return Assignment(None, "", False, score, TALK_OF_MATTER)
        if _NEGATED_SAYING.search(statement.cue or ""):
            # "couldn't say he fully believed him", "does not say the service
            # would be free": what its speaker did not say or know is no
            # proposition put forward, and a text of it would drop the "not".
            return Assignment(None, "", False, score, _NOT_SAID)
        if _quotes_another(statement):
            return Assignment(None, "", False, score, _QUOTES_ANOTHER)
        person = self._person(statement)
        made = self.index.proposition(
            about, statement.speaker, statement.party, person, statement.quoted
        )
        plain = made.text
        alone = said = standalone(about, statement.described)
        if alone != about and (
            plain is not None or _described_subject(made.reason) or _object_it(made.reason)
        ):
            # The descriptions it uses as the article says what they are; its id
            # and the words it is matched on stay those of its own words.
            made = self.index.proposition(
                alone, statement.speaker, statement.party, person, statement.quoted
            )
        else:
            said = about
        if made.text is None and _unnamed_person(made.reason):
            # "he was arrested": the person the article says "he" is, when it says.
            named = standalone(alone, statement.described, persons=True)
            if named != alone:
                said = named
                made = self.index.proposition(
                    named, statement.speaker, statement.party, person, statement.quoted
                )
        speaker = statement.speaker
        introduced = _introduced_as(self.people.get(statement.source, {}), person)
        if made.text is None and _first_person_unnamed(made.reason) and introduced:
            # "he wrote ... attack us here in Britain", after "British Foreign
            # Secretary Philip Hammond": the office the article gave its speaker
            # holds when it calls him "he" or "Mr Hammond" after.
            retried = self.index.proposition(
                said, introduced, statement.party, person, statement.quoted
            )
            if retried.text is not None:
                made, speaker = retried, introduced
        if made.text is None and made.reason == NO_VERB and _headline_words(statement, about):
            made = Proposition(clean_claim_text(about))
        if made.text is None:
            return Assignment(None, "", False, score, made.reason)
        text = made.text
        # Shown without its asides in brackets ("Phelps (right) was there"), a
        # picture's label or what runs on past an ellipsis, when it still states
        # its proposition so; it is matched on all its words.
        display = text
        if any(mark in said for mark in _SHOWN_OTHERWISE):
            bare = proposition(
                said, speaker, statement.party, person, statement.quoted, asides=True
            )
            if bare.text is not None:
                display = bare.text
        # Shown with the full name of a person it names by one word ("Pierson" ->
        # "Julia Pierson"); grouping compares the text as it was made.
        shown = named_in(display, statement.described) if statement.described else display
        # ... and a "his", "him" or "her" it does not name as the person the
        # article says ("under his skin" -> "under Dylan Thomas's skin").
        shown = owners_in(shown, statement.described) if statement.described else shown
        # Shown as the matter told, not its telling ("Websites are claiming X" -> "X").
        shown = shown_claim_text(shown)
        # The id reads as the claim text does, with the names it puts in ("the
        # prime minister" -> "David Cameron"); not with a description spelt out
        # at length, whose relative clause would take the id's few words.
        spelt = plain is None or len(text.split()) > len(plain.split()) + _ID_WORDS_ADDED
        if spelt or (text == plain and shown == text):
            written = plain or text
        else:
            written = text if shown == text else shown
        return shown, written, text, plain or text

    def _only_answers(self, statement: Statement, terms: Terms) -> bool:
        """Whether a denial or doubt says nothing but its denial or doubt ("So I'm
        very sceptical", "that is false"): a position on something said before,
        no proposition of its own to start a claim with ("Cooke is sceptical")."""
        if statement.stance is Stance.ASSERTS:
            return False
        # A letter left of a contraction ("I'm": m) names nothing.
        return all(len(w) < 2 for w in set(terms.words) - self._answering_words())

    def _person(self, statement: Statement) -> str | None:
        """The speaker's full name, as its source gave it: "Hunter" -> "Duncan Hunter"."""
        return _person_in(self.people.setdefault(statement.source, {}), statement)

    def _note_lead(self, claim_id: str) -> None:
        if self.in_lead:
            self.index.lead_claims.add(claim_id)
            self.source_lead.setdefault(self.source, claim_id)


def without_dashed_asides(text: str) -> str:
    """A claim's text less its asides between two dashes ("Americans – even those
    who traveled abroad – are at risk"): an aside is not the proposition, and a
    claim matched on its words draws statements of what the aside names."""
    bare = (
        DASHED_ASIDE.sub(" ", text) if "-" in text or "\u2013" in text or "\u2014" in text else text
    )
    return bare if len(bare.split()) >= 3 else text


# What a text shown may leave out is marked by one of these (`claimtext.proposition`'s `asides`).
_SHOWN_OTHERWISE = ("(", ":", "...", "\u2026", ". . .", "\u2014", "\u2013", " - ", " -- ")


# A speaker named only by a pronoun, and the article before a speaker's name.
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
_RELATIVE_SPEAKERS = frozenset({"who", "which", "that"})
_SPEAKER_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _speaker_words(statement: Statement) -> str:
    """A statement's speaker in lower case, without its article: "the wardens" -> "wardens"."""
    return _SPEAKER_ARTICLE.sub("", " ".join((statement.speaker or "").lower().split()))


def _agrees_in_number(named: str, pronoun: str) -> bool:
    """Whether a pronoun speaker may stand for a speaker named before it: "they"
    or "we" for "the wardens" or "Smith and Jones", "he" or "she" for one."""
    plural = named.endswith("s") or " and " in named
    return plural == (pronoun in _PLURAL_PRONOUNS)


# Someone denying or disputing what it names only by a telling: "officials are
# denying the reports", "the ministry has dismissed the claims".
_DENYING = re.compile(
    r"""^\W*(?:[\w'\u2019.-]+\s+){1,6}?(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?
    (?:flatly\s+|strongly\s+|categorically\s+)?
    (?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)
      |disput(?:es|ed|ing)|rebut(?:s|ted|ting)?)\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A word every match of `_DENYING` holds (`may_hold`).
_DENYING_NEEDS = ("den", "reject", "dismiss", "refut", "disput", "rebut")


def _reports_a_denial(about: str) -> bool:
    """Whether a content only reports someone's denial of a telling it does not
    say ("officials are denying the reports"): no proposition to track, as the
    denial itself is a statement of its speaker."""
    match = _DENYING.match(about) if may_hold(about, _DENYING_NEEDS) else None
    return (
        match is not None
        and referent(about[match.end() :]) == ""
        and bool(_POINTER.match(about[match.end() :]))
    )


def _described_subject(reason: str | None) -> bool:
    """Whether a content made no claim only because its subject is a description
    pointing into the article ("the incident comes after ..."), or it says only
    that something is and names nothing ("there are several hundred species in
    the palace garden"), which the article may say more of (`describe`)."""
    return reason is not None and (
        reason.startswith("its subject 'the ") or reason == NAMES_NOTHING
    )


def _object_it(reason: str | None) -> bool:
    """Whether a content made no claim only because its object "it" points into
    the article ("they recaptured it"), which the article may name
    (`describe.place_object_named`)."""
    return reason == "its 'it' points into the article"


def _unattributed(statement: Statement | None) -> bool:
    """Whether a statement is a text given whole, said by no one and hedged by
    nothing: a headline grouped with other headlines. `extract` finds every
    statement with its speaker or its hedge. The story gate (`_same_story`) is
    for an article's statements, whose actors its article names in full; a
    headline names its story's actors as its writer pleases ("Kim Jong-un",
    "North Korean leader"), its capitals name words that are no one
    ("VIEWER DISCRETION"), and one state ("Saudi cleric", "Saudi airline") is
    much of a short text's story: its words decide."""
    return statement is not None and statement.speaker is None and statement.cue is None


def _headline_words(statement: Statement, about: str) -> bool:
    """Whether a text in which the article rules read no finite verb may still
    state its proposition in a headline's grammar, which leaves auxiliaries and
    articles out ("Police identify shooter in campus attack", "Airline to ban
    mixed seating", "Regulator holding talks"): a text given whole
    (`_unattributed`) of at least `HEADLINE_LEAST_WORDS` words."""
    return _unattributed(statement) and len(_WORD.findall(about)) >= HEADLINE_LEAST_WORDS


# A headline shorter than this ("Crabzilla", "Meet the family") names a thing
# and says nothing of it.
HEADLINE_LEAST_WORDS = 3


def _unnamed_person(reason: str | None) -> bool:
    """Whether a content made no claim because it opens on a "he", "she", "his",
    "her", "it" or "they" it does not name, which the article may name
    (`describe.person_named`, `describe.thing_named`)."""
    return reason is not None and reason.lower() in {
        "its subject 'it' is not named",
        "its subject 'they' is not named",
        "its subject 'he' is not named",
        "its subject 'she' is not named",
        "its subject 'his' is not named",
        "its subject 'her' is not named",
    }


# How many lines back a "he" or "she" who speaks may stand for the person who
# spoke last: two or three paragraphs; further back the article has mostly
# turned to someone else ("the student who wrote the story said she ...").
_PRONOUN_REACH = 6
# Where in `people` the line of the person who spoke last is kept.
_LAST_LINE = "\x00line"
# ... and the words it was called by then ("Mr. Jones", "the spokeswoman").
_LAST_SPEAKER = "\x00speaker"
# ... and, by a full name, the words the source first called that person by.
_INTRODUCED = "\x00introduced "


def _person_in(people: dict[str, str], statement: Statement) -> str | None:
    """`_Grouper._person` over the persons one source named so far (`people`, updated).

    A "he" or "she" is the person who spoke last, when that was a few
    paragraphs back at most and no one else spoke in between whom the article
    names by a name it gives no full name for ("Thompson said ... he said");
    not when extraction left it for no one, its paragraph telling of someone
    else first (`Statement.pronoun_left_open`).
    """
    speaker = statement.speaker or ""
    full = person_name(speaker, statement.party)
    if statement.kind == "person" and statement.party:
        # The speaker's party is the person ("Julian Fantino", for "I" or "he").
        full = statement.party
    if full is not None:
        people[full.split()[-1]] = full
        if speaker != full and speaker.endswith(" " + full):
            people.setdefault(_INTRODUCED + full, speaker)
        _spoke(people, full, statement.line, speaker)
        return full
    if speaker.lower() in {"he", "she"}:
        if statement.pronoun_left_open:
            return None  # extraction found another person told of before it
        last = people.get(_LAST_LINE)
        if last is not None and statement.line - int(last) > _PRONOUN_REACH:
            return None
        if not entities.may_be(speaker, people.get(_LAST_SPEAKER, "")):
            return None  # "Mr. Jones said ... she said": someone else
        return people.get("")
    words = speaker.split()
    if not words:
        return None
    known = people.get(words[-1])
    if known is not None:
        _spoke(people, known, statement.line, speaker)
    elif statement.party is None and all(word[:1].isupper() for word in words):
        # Someone named whose full name and party are not known: a "he" after
        # is that one, not the person before.
        people.pop("", None)
    return known


def _introduced_as(people: dict[str, str], person: str | None) -> str | None:
    """The words the source first called `person` by, with the title or office
    before the name ("British Foreign Secretary Philip Hammond"), as `_person_in`
    kept them in `people`; None for a person it named by the name alone."""
    return people.get(_INTRODUCED + person) if person is not None else None


def _first_person_unnamed(reason: str | None) -> bool:
    """Whether a content made no claim only because its "us" or "our" is someone
    it does not name ("strike us on British soil", "our southwest border"),
    which the office its speaker was introduced with may name: what is done to
    or owned by an official's "us" is the body the office speaks for. A "we"
    that opens the reason is left: as the subject it is as often the people at
    hand ("all the evidence that we've confirmed on-site", "when we talk about
    the box") or everyone as the body."""
    return reason is not None and _US_UNNAMED.fullmatch(reason) is not None


_US_UNNAMED = re.compile(r"its '(?:us|our)' is someone it does not name", re.IGNORECASE)


def _spoke(people: dict[str, str], full: str, line: int, speaker: str) -> None:
    people[""] = full
    people[_LAST_LINE] = str(line)
    people[_LAST_SPEAKER] = speaker


# The acts a denial can point back to, by the nouns that name them and the
# cue verbs that perform them.
_ACTS = {
    "accuse": (r"accusations?|allegations?|charges?", r"accus\w*|alleg\w*|charg\w*"),
    "report": (r"reports?|articles?", r"report\w*"),
    "claim": (r"claims?", r"claim\w*"),
}
_ACT_NOUN = {act: re.compile(rf"\b(?:{noun})\b", re.IGNORECASE) for act, (noun, _) in _ACTS.items()}
_ACT_VERB = {act: re.compile(rf"\b(?:{verb})\b", re.IGNORECASE) for act, (_, verb) in _ACTS.items()}


def _act_of(cue: str | None) -> str | None:
    """The act an assertion's cue performs ("accused" -> "accuse"), if it is one of _ACTS."""
    if not cue:
        return None
    return next((act for act, verb in _ACT_VERB.items() if verb.search(cue)), None)


def _act_told(statement: Statement) -> str | None:
    """The act by which the article tells what an assertion says, for a later
    description of it ("such allegations", "the reports") to point at: its cue's
    act ("accused" -> "accuse"), unless the cue only describes a noun ("Graham's
    alleged assertions", "the reported attack"), which tells nothing; else a
    telling its own words report ("some outlets are claiming that X", "reports
    say X", "according to media reports, X")."""
    act = _act_of(statement.cue)
    if act is not None and _cue_modifies_noun(statement):
        act = None
    if act is not None:
        return act
    content = " ".join(statement.content.split())
    found = _TOLD_IN_WORDS.match(content) if may_hold(content, _TOLD_IN_WORDS_NEEDS) else None
    if found is not None and _tells_by_subject(found):
        return _act_of(found.group("verb"))
    if _REPORTS_SAY.match(content):
        return "report"
    head = " ".join(statement.quote.partition(statement.content)[0].split())
    return "report" if _ACCORDING_TO_REPORTS.search(head) else None


def _cue_modifies_noun(statement: Statement) -> bool:
    """Whether an assertion's cue ("alleged", "reported") stands in its sentence
    as a word describing the noun after it ("Graham's alleged assertions about
    ...", "the reported sighting"): after a determiner or a possessive, it
    performs no act of telling."""
    cue = (statement.cue or "").strip()
    if not cue or " " in cue:
        return False
    quote = " ".join(statement.quote.split())
    found = re.search(rf"(?i)\b{re.escape(cue)}\b", quote)
    return found is not None and bool(_MODIFIER_BEFORE.search(quote[: found.start()]))


def _tells_by_subject(found: re.Match[str]) -> bool:
    """Whether a telling verb found in an assertion's words (`_TOLD_IN_WORDS`) is
    its subject's act ("some pundits are claiming", "activists alleged"), not a
    noun described ("the reported attack", "Graham's alleged assertions") or
    the object of another verb or a preposition ("investigating claims that X",
    "denied reports that X")."""
    if found.group("aux"):
        return True
    before = found.string[: found.start("verb")]
    if _MODIFIER_BEFORE.search(before):
        return False
    last = before.split()[-1].strip(",;:").lower() if before.split() else ""
    return not (
        last.endswith(("ing", "ed"))
        or last in _COMPLEMENT_OPENERS
        or verb_word(last)
        or last in {"no", "any", "all", "some", "many", "other", "new", "false", "those"}
    )


# What makes the participle after it describe a noun: a determiner or a possessive.
_MODIFIER_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your|such)|['\u2019]s?)\s+$"
)
# A telling reported by an assertion's own words: "some pundits are claiming that X",
# "the outlet reported X", "activists allege X".
_TOLD_IN_WORDS = re.compile(
    r"""^\W*(?:[\w.'\u2019-]+\s+){1,6}?
    (?P<aux>(?:are|is|was|were|have\s+been|has\s+been)\s+)?
    (?P<verb>claim(?:s|ed|ing)|alleg(?:es|ed|ing)|report(?:s|ed|ing)|accus(?:es|ed|ing))
    \s+(?!by\b|to\b|of\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_TOLD_IN_WORDS_NEEDS = ("claim", "alleg", "report", "accus")
# "Reports say X", "media reports suggest X": reports as the teller.
_REPORTS_SAY = re.compile(
    r"(?i)^\W*(?:[\w-]+\s+){0,2}?reports?\s+(?:say|said|says|suggest(?:s|ed)?|claim(?:s|ed)?"
    r"|indicate[sd]?|allege[sd]?)\b"
)
# "According to (media) reports, X": the quote's frame names reports as the teller.
# Not "according to the report": that goes on with a telling told before.
_ACCORDING_TO_REPORTS = re.compile(
    r"(?i)\baccording\s+to\s+(?!(?:the|this|that|these|those|its|their|his|her)\b)"
    r"(?:[\w-]+\s+){0,2}?reports\b"
)


def _act_named(text: str) -> str | None:
    """The act a denial names ("rejected accusations by ..." -> "accuse"), if any."""
    return next((act for act, noun in _ACT_NOUN.items() if noun.search(text)), None)


# A thing a named teller told, called accurate or true: "the identity published by
# the Washington Post ... to be accurate and correct", "the figures reported by
# Reuters are correct".
_UPHELD_TELLING = re.compile(
    r"(?i)^\W*(?:the|this|that|these|those)\s[^.;]*?\b(?:published|reported|revealed|given|told)"
    r"\s+by\s+(?:the\s+)?(?P<teller>(?-i:[A-Z][\w'\u2019.-]*)(?:\s+(?-i:[A-Z][\w'\u2019.-]*))*)"
    r"[^.;]*?\b(?:is|was|are|were|to\s+be)\s+(?:\w+\s+)?(?:accurate|correct|true|right)\b"
)
# A definite description and nothing more: "the truce", "the militant's identity",
# "Castro's death"; not a clause ("the piece defends it", "the government had").
_DEFINITE_THING = re.compile(
    r"^\W*(?:(?:the|this|that|these|those|such)\s+(?:[\w-]+['\u2019]s\s+)?"
    r"|(?!(?:he|she|it|that|there|what|who|here)['\u2019])[A-Z][\w-]*['\u2019]s\s+)"
    r"(?!(?:following|same|other|one)\b)"
    r"(?:[\w-]+\s+){0,2}(?!(?:and|or|but|had|has|have|is|was|were|are|it|him|her|them|of)\W*$)"
    r"[\w-]+\W*$",
    re.IGNORECASE,
)
# The nouns naming an act of a class of `_PREDICATE_CLASSES`: "the deal" is what
# "agreed" brought about, "the raid" what "attacked" did.
_EVENT_NOUNS = {
    "agreeing": r"deal|agreement|accord|pact|settlement|truce|cease-?fire",
    "attacking": r"attack|assault|raid|ambush",
    "arresting": r"arrest|detention",
    "kidnapping": r"kidnapping|abduction",
    "killing": r"killing|murder|assassination|beheading",
    "stealing": r"theft|robbery",
}
_EVENT_NOUN_CLASSES = {
    kind: re.compile(rf"(?i)(?:{nouns})s?") for kind, nouns in _EVENT_NOUNS.items()
}
# A content whose subject is a definite description of an act and nothing
# more, its verb next: "the agreement was sealed ...", "the deadly raid
# happened ...". A capitalised word is an owner ("the Banksy arrest"), as an
# "of" phrase or a possessive is ("the attack of", "the attack's").
_DEFINITE_EVENT = re.compile(
    r"^\W*(?i:the)\s+(?:(?-i:[a-z][a-z-]*)\s+){0,2}?"
    rf"(?P<noun>(?i:(?:{'|'.join(_EVENT_NOUNS.values())})s?))\b"
    r"(?=\s+(?:\w+ly\s+)?(?i:is|was|are|were|has|had|have|will|would|may|might|could|can"
    r"|did|does|do|\w+ed|came|comes|took|happened|began)\b)"
)
# A content opening on a definite description of one thing, its head noun
# followed by the rest of the clause ("the attack, in the village of Wagga, saw
# ...", "the attack was carried out by ..."): "the attack" of a possessive or
# an "of" phrase ("the attack's", "the attack of") is another thing's part.
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?i:the)\s+(?P<noun>(?-i:[a-z][a-z-]{2,}))(?=\s*,|\s+(?!of\b|and\b|or\b)[a-z])"
)
# A content whose subject is a thing it brings in as new, singular, or that
# says such a thing was: "An operation by Yemen's armed forces freed ...",
# "there had been another attack in neighbouring Adamawa state", "a deadly
# attack". A thing brought in as the object of another act ("saw a shooter")
# is not what the content tells of.
_INDEFINITE_SUBJECT = re.compile(
    r"^\W*(?i:there\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+)?"
    r"(?i:an?|another)\s+(?P<words>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})"
)
# "There are already ISIS cells in the country": what an existential says is
# the thing it says there is, its noun phrase's head (the word before a
# preposition, a relative word, a verb, a participle or the clause's end).
_EXISTENTIAL = re.compile(
    r"^\W*(?i:there(?:\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)"
    r"|['\u2019]s|['\u2019]re)\s+)"
    r"(?!(?i:no|not|never|nobody|nothing|none)\b)(?P<phrase>(?:[\w'\u2019-]+\s+){0,6}?)"
    r"(?!(?i:an?|the|some|any|no|many|much|so|more|few|several|also|said)\b)"
    r"(?P<head>(?-i:[a-z][a-z-]+))"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?i:in|on|at|of|for|from|to|with|by|about|between|among|during|after"
    r"|before|over|under|near|across|into|inside|that|who|which|where|when|if|because|but|and"
    r"|may|might|can|could|will|would|should|must|is|are|was|were|has|have|had|out|here|there"
    r"|now|already|still|also|we|they|he|she|it|i|you|[a-z]+ing|[a-z]+ed)\b)"
)


@lru_cache(maxsize=1 << 12)
def _existent(text: str) -> frozenset[str]:
    """The stem of the thing an existential opening `text` says there is ("there
    is an ongoing investigation": investigation), for the predicate test of a
    loose match: "there are ISIS cells in the country" tells of cells, not of
    fighters caught at its border. Empty for any other text, and for one
    saying there is none ("there are no cases", "there's nobody"), which
    answers a claim of the thing rather than telling of it."""
    found = _EXISTENTIAL.match(text)
    if found is None:
        return frozenset()
    return frozenset({stem(found.group("head").lower())})


# A negation in a clause: "does not have", "has never been", "isn't".
_NOT = re.compile(r"(?i)\b(?:not|never)\b|n['\u2019]t\b")
_NOT_NEEDS = ("not", "never", "n't", "n\u2019t")


# A subject that says none did it: "No militants were killed".
_NONE_SUBJECT = re.compile(r"(?i)^\W*(?:no|none\s+of|nobody|nothing|neither)\b")


def _says_not(text: str) -> bool:
    """Whether `text` says its act is not done (`same_act`): a negation
    (`_negated`), or a subject that says none did it or underwent it ("No
    militants were killed" is no killing of militants)."""
    return _negated(text) or bool(_NONE_SUBJECT.match(text))


def _negated(text: str) -> bool:
    """Whether `text` holds a "not", "never" or "n't" (a text with none of their
    letters is not scanned)."""
    return may_hold(text, _NOT_NEEDS) and bool(_NOT.search(text))


_JUDGES_OWN_TELLING = "a verdict on what its own speaker told just before, which is no claim"
# A verdict whose subject only points back at things told: "none of those are
# true", "these are made up stories". ("It is unlikely that ..." points at nothing.)
_VERDICT_ON_POINTER = re.compile(
    r"(?i)^\W*(?:(?:none|all|some|any|most)\s+of\s+)?(?:these|those)\s+"
    r"(?:are|were|aren['\u2019]t|weren['\u2019]t)\b"
    # "(admitting) the whole thing was a hoax": all of what the speaker has just
    # put out.
    r"|^\W*(?:the\s+(?:whole|entire)\s+thing|all\s+of\s+it)\s+"
    r"(?:is|was|has\s+been|had\s+been)\b"
)
_FOLLOWS_NO_CLAIM = "points back at what was said just before it, which states no claim of its own"
_POINTS_WITHIN_SENTENCE = (
    "points with 'these' or 'this' at a clause of its own sentence, which no statement carries"
)
# A demonstrative before a noun: "these sites", "that hotel"; not one of time
# ("that night", "this week"), which points at no thing said.
_DEMONSTRATIVE_NOUN = re.compile(
    r"(?i)\b(?:these|those|this|that)\s+(?P<noun>(?!(?:is|was|are|were|has|had|have|will|would"
    r"|could|can|may|might|must|should|did|does|do|not|never|he|she|it|they|we|i|you|the|a|an"
    r"|time|times|moment|point|night|day|days|week|weeks|month|months|year|years|morning"
    r"|afternoon|evening|season|weekend)\b)"
    r"[a-z]+)\b"
)
# A sentence's opening clause, unquoted, joined by a conjunction to the clause
# whose speaker follows: "Reports of shootings by the hotel - although ...".
_JOINED_CLAUSE = re.compile(
    r"(?is)(?P<clause>[^\"\u201c\u201d]+?)\s*(?:[-\u2013\u2014;,]\s*)?"
    r"(?:although|though|but|while|yet|however|whereas)(?:\s+\w+ly)?\s*,?\s*"
)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# The fewest words an opening clause takes to name what a demonstrative points at.
_WITHIN_SENTENCE_WORDS = 4
_FOLLOWS_OWN_REMARK = (
    "points back at what its own speaker said just before it, which tells of no one's claim"
)
_POINTS_AT_ARTICLE = (
    "points back with 'that' or 'this' at the article's own words, which no statement carries"
)
_REPORTS_A_DENIAL = "reports a denial of what it does not name, no proposition of its own"
_NOT_SAID = "says what its speaker did not say or know, no proposition of its own"
# A verb of saying, knowing or believing under its negation, ending the cue:
# "could not say", "doesn't know", "never claimed". ("did not mention" names what
# went unmentioned, no clause of the speaker's.)
_NEGATED_SAYING = re.compile(
    r"(?i)(?:\b(?:not|never|cannot)|n['\u2019]t)\s+(?:\w+\s+)?(?:say|said|says|think|thought"
    r"|believe[ds]?|know|knew|knows|claim(?:ed|s)?)$"
)
_POINTS_BACK = "points back at what was said before, and its source states no claim it could be"


def _opens_a_clause(content: str) -> bool:
    """Whether a cue's object opens with a clause of its own ("describes how
    soldiers would spit ..."): a finite verb within its first words, before any
    word that makes the words before it a noun's complement ("as", "for", "who")."""
    words = content.split()[:7]
    for i, word in enumerate(words):
        if word.lower() in _COMPLEMENT_OPENERS:
            return False
        passive = i + 1 < len(words) and words[i + 1].lower() == "by"
        if i > 0 and verb_word(word.strip("\"'\u201c\u201d")) and not passive:
            return True
    return False


_COMPLEMENT_OPENERS = frozenset(
    {
        *("as", "for", "who", "which", "that", "whom", "of", "to", "with", "by", "over"),
        *("about", "between", "among", "against", "in", "on", "at", "from", "into", "during"),
    }
)
_OBJECT_PHRASE = "the noun phrase its cue takes as object, not a proposition"
# Verbs of praise or blame, whose object is someone judged for an act ("praised
# X for killing the story", "blamed X for failing to ...", `act_judged`).
_PRAISE_OR_BLAME = re.compile(
    r"(?i)(?:prais|blam|critici[sz]|thank|commend|credit|fault|slamm?|condemn|denounc|applaud"
    r"|congratulat|lambast|chastis|rebuk|scold|hail)[a-z]*$"
)
# A denial or doubt that says nothing else ("So I'm very sceptical") and found no claim.
_ONLY_ANSWERS = "a denial or doubt of something it does not name, no proposition of its own"


# Where a clause of reason, time, condition or concession begins.
_SUBORDINATE = re.compile(
    r"(?i)\b(?:because|since|although|though|while|when|whenever|after|before|if|unless|until)\b"
)
# A clause of circumstance that opens a sentence ("As critics accuse him, ...") or
# follows its main clause after a comma (", while the tables are built ...").
_LEADING_CIRCUMSTANCE = re.compile(
    r"(?i)^\W*(?:as|while|although|though|because|since|after|before|when|whenever|once"
    r"|despite|unless|until)\b[^,]*,\s*"
)
_TRAILING_CIRCUMSTANCE = re.compile(
    r"(?i),\s*(?:while|although|though|because|since|after|before|when|whenever|once"
    r"|so\s+that|unless|until|whereas)\b.*$"
)


def _main_clause(text: str) -> str:
    """A claim text without a clause of circumstance before or after its main
    clause: "As critics accuse him of lying, it is reported that his editors knew"
    gives "it is reported that his editors knew". The text itself when it has no
    such clause, or nothing would be left."""
    main = _TRAILING_CIRCUMSTANCE.sub("", _LEADING_CIRCUMSTANCE.sub("", text, count=1), count=1)
    return main if main.strip() else text


# A telling that a denial or doubt may name for what it answers: "the story", "the reports".
_TELLING = re.compile(
    r"(?i)\b(?:stor(?:y|ies)|tales?|reports?|rumou?rs?|claims?|allegations?|accusations?|speculation"
    r"|articles?)\b"
)


_FEELING_AT_TELLING_REASON = "a feeling about a telling, not what the telling told"
# A feeling a telling stirred, said of the telling: "shocked but not surprised at
# the marriage claims", "saddened by these reports".
_FEELING_AT_TELLING = re.compile(
    r"(?i)\b(?:surprised|shocked|stunned|amazed|astonished|saddened|dismayed|outraged|angered)"
    r"\s+(?:at|by|over)\s+(?:the|these|those|such)\s+(?:[a-z]+\s+)?"
    + _TELLING.pattern.removeprefix("(?i)")
)


# What only says that someone is finding out whether a thing is so ("the WHO is
# investigating whether the fighters have the virus"): it reports nothing as so.
_ONLY_ASKS = re.compile(
    r"(?i)\b(?:investigat\w*|looking\s+into|look\s+into|examin\w*|prob(?:e|es|ed|ing)"
    r"|check\w*|trying\s+to\s+(?:determine|establish|verify|confirm))\s+(?:whether|if)\b"
)
# A telling named with an indefinite article and nothing more, "a Golf.com
# report", "another rumour": one the sentence introduces, pointing back at none.
_NEW_TELLING = re.compile(
    r"(?i)^\W*(?:a|an|another)\s+(?:[\w.'\u2019-]+\s+){0,3}?"
    r"(?:stor(?:y|ies)|tales?|reports?|rumou?rs?|claims?|allegations?|accusations?|articles?)\W*$"
)
_INTRODUCES_TELLING = "a telling it introduces and does not tell, not one told before it"
_GUESS = "a guess, its hedge after the proposition, no proposition put forward"
_QUOTES_ANOTHER = "an outlet's report of another's words, their 'we' or 'I' no one it names"
# An outlet's cue for a report it gives, not words of its own.
_REPORTING = re.compile(r"(?i)(?:reported|reports|according\s+to|quoted|quotes|cited|cites)")
# A first person: "we", "I" and their other forms.
_FIRST_PERSON = re.compile(r"(?<![\w'\u2019])(?i:we|us|our|ours)(?![\w'\u2019])|\b(?:I|me|my|My)\b")


def _quotes_another(statement: Statement) -> bool:
    """Whether an outlet reports words whose "we" or "I" is another's: "'We will
    be vigilant ...,' CTV News reported" gives the prime minister's words, and
    "CTV News will be vigilant" would be a wrong name. An outlet's cue of
    reporting gives what someone said; a spokesperson of it, whose cue is
    "said" or "told", speaks for it and stays."""
    return (
        statement.kind == entities.MEDIA
        and _REPORTING.fullmatch(statement.cue or "") is not None
        and _FIRST_PERSON.search(statement.content) is not None
    )


_ACCUSES_UNNAMED = "accuses someone it names only by a pronoun, no proposition of its own"
_DENIES_UNNAMED_ACCUSATION = (
    "answers an accusation just before of someone named only by a pronoun, filed under none"
)
# The object pronoun an accusation's content opens on for the person accused:
# "accused him of trying to reach Somalia" ("him trying to reach Somalia").
_ACCUSED_PRONOUN = re.compile(r"(?i)^\W*(?:him|her|them)\b")


def _accuses_unnamed(statement: Statement) -> bool:
    """Whether an accusation names whom it accuses only by a "him", "her" or
    "them": the act accused is that person's, and its words alone ("trying to
    reach Somalia, where al-Shabab operates") would match a claim of anyone's
    act of those words ("the United States was trying to kill Godane ... in
    Somalia"), so it joins none."""
    cue = (statement.cue or "").lower()
    return cue.startswith("accus") and bool(_ACCUSED_PRONOUN.match(statement.content))


# A telling of the facts about a thing: "revealing the facts about", "hid the
# truth about", "are not telling the whole truth on".
_TELLS_THE_FACTS = re.compile(
    r"(?i)\b(?:reveal|disclos|tell|told|hid|hiding|conceal|cover(?:ing|ed|s)?\s+up|withh[eo]ld)\w*"
    r"\s+(?:all\s+)?(?:the\s+)?(?:full\s+|whole\s+|real\s+)?(?:facts|truth|details)"
    r"\s+(?:about|on|of|over|regarding|behind)\b"
)
# A word of telling or of what is told, in a statement that may speak of one.
_TELLING_WORD = re.compile(
    r"(?i)\b(?:reveal|disclos|tell|told|hid|hiding|hidden|conceal|cover(?:ing|ed|s)?\s+up"
    r"|withh[eo]ld|facts?\b|truth|details|secre|transparen|forthcoming|admit|deny|denie|lie\b|lying)"
)


@lru_cache(maxsize=1 << 14)
def _tells_the_facts(text: str) -> bool:
    return bool(_TELLS_THE_FACTS.search(text))


# A word every match of `_NOT_SURPRISED_IF` holds.
_SURPRISE_WORDS = ("surpris", "shock", "amaz", "astonish")
_UNSURPRISED_IF = "a supposition that would not surprise its speaker, no proposition put forward"
# A sentence that puts its proposition only under an "if" of what would not
# surprise its speaker: "It would not surprise me at all if they opened a
# restaurant", "I wouldn't be surprised if he ran", "it would be no surprise if".
_NOT_SURPRISED_IF = re.compile(
    r"""(?ix)^[\W]*(?:
      it\s+(?:would|could|might)(?:\s+not|n['\u2019]t)\s+(?:really\s+)?
        (?:surprise|shock|amaze|astonish)\s+(?:me|us|anyone|anybody|many)
      |it\s+(?:would|could|might)(?:\s+not|n['\u2019]t)\s+be\s+(?:very\s+|at\s+all\s+)?
        (?:surprising|shocking|a\s+surprise|a\s+shock)
      |it\s+(?:would|could|might)\s+be\s+(?:no|little)\s+(?:surprise|shock)
      |(?:i|we)\s+(?:would|could|['\u2019]d)(?:\s+not|n['\u2019]t)\s+be\s+(?:at\s+all\s+|very\s+|too\s+)?
        (?:surprised|shocked|amazed|astonished)
    )(?:\s+(?:at\s+all|in\s+the\s+least|one\s+bit))?,?\s+if\s+[^.!?;]*[.!?;\s"'\u201d\u2019]*$"""
)


def _unsurprised_if(content: str) -> bool:
    """Whether the content, one sentence, says only that its speaker would not be
    surprised if something were so ("It would not surprise me at all if they
    opted to open a restaurant in Scotland"): the thing is supposed under the
    "if", not said to be so. It joins no claim and starts none."""
    lowered = content.lower()
    if not any(word in lowered for word in _SURPRISE_WORDS):
        return False
    return bool(_NOT_SURPRISED_IF.match(content))


_UNKNOWN_AS_REASON = "a not knowing given as a reason, naming nothing it doubts"
# A not knowing that ends the content as a clause of reason, with nothing after
# it that is unknown: "..., because I don't know", "(because, again, I don't know".
_REASON_NOT_KNOWN = re.compile(
    r"(?i)[,;(\s]\s*(?:because|since|cause|\u2019cause|'cause),?\s+(?:again,?\s+)?"
    r"(?:i|we|he|she|they)\s+(?:just\s+|really\s+|honestly\s+|simply\s+|still\s+)?"
    r"(?:do|does|did)(?:\s+not|n['\u2019]t)\s+(?:really\s+)?know[\s.!?,)\"\u201d\u2019]*$"
)
_TOLD_ANOTHER_THING = "names a telling of a thing that what its article told before does not name"
# A telling that names the whole account an article tells: "the story", "this tale".
_WHOLE_TELLING = re.compile(r"(?i)\b(?:the|this|that)\s+(?:whole\s+|entire\s+)?(?:story|tale)\b")
# A telling named by whose it is: "Hunter's claim", "Vocativ's allegation",
# "Williams' false claims".
_WHOSE_TELLING = re.compile(
    r"\b(?P<name>[A-Z][\w-]+?)(?:['\u2019]s|(?<=s)['\u2019])\s+(?:\w+\s+)?"
    r"(?:stor(?:y|ies)|reports?|rumou?rs?|claims?|allegations?|accusations?|articles?)\b"
)
# A question about a telling, in the frame before a quoted answer: "Asked
# about the reports, the minister said: ...".
_ASKED_ABOUT = re.compile(
    r"(?i)\basked\b[^.;:\"\u201c]*?\babout\s+(?:the|these|those|such)\s+(?:\w+\s+)?"
    r"(?:stor(?:y|ies)|reports?|rumou?rs?|claims?|allegations?|accusations?|speculation)\b"
)
# A pointer by a demonstrative: "this is a scam", "we don't know that yet".
_DEMONSTRATIVE = re.compile(r"(?i)\b(?:this|that|it)\b")
# A question whose subject is "that" or "this" alone: "(don't know) if that was
# one of them", "whether this is real".
_ASKED_OF_POINTER = re.compile(
    r"(?i)\b(?:whether|if)\s+(?:that|this)\s+(?:is|was|were|are|has|had|will|would|could"
    r"|might|may|can|did|does)\b"
)
# "That" or "this" standing for a proposition: "that is not the case", "I think
# this is fabricated", "we cannot confirm that".
_DEMONSTRATIVE_PRONOUN = re.compile(r"(?i)\b(?:this|that)\b")


def _asked_about_telling(statement: Statement) -> bool:
    """Whether the words before a statement's content ask the speaker about a
    telling ("Asked by a television station about the reports, the minister
    said"): what its "that" or "it" points at is what was told."""
    head, found, _ = statement.quote.partition(statement.content)
    return bool(found) and _ASKED_ABOUT.search(head) is not None


# What a denial says there is none of ("no incision could be seen", "there
# were no casualties"), in the first clause of its content: the noun phrase
# that follows, up to a word that ends it. "No such deal" points back at a thing
# told before, which the pointer rules find.
_NONE_OF = re.compile(r"(?i)\bno\b(?!\s+such\b)")
# What ends the first clause of a content: "Gill is safe and she has no internet
# access" says there is none of the access in passing, of another matter.
_CLAUSE_ENDS = re.compile(
    r"(?i)[,;:.!?()\u2014\u2013]|\s-\s|\b(?:and|but|or|as|because|cause|though|although|while"
    r"|since|so|when|if|unless|whereas)\b"
)
_PHRASE_ENDS = P.word_set(
    """
    of in on at to by for from with about against over into between among across after
    before during under near within without through that which who whom whose than other
    and or but nor as if when while because so could would can will shall
    was were is are be been being has have had do does did should may might must
    yet ever more longer matter whatsoever whatever one ones way doubt
    """
)
# What one knows or is told a thing by, beyond a denial's own words ("no
# evidence", "no reports"): "no official notification that it is Ebola" says
# nothing is known of it, not that there is no notification of something else.
_KNOWING = P.word_set(
    """
    notification notifications word sign signs indication indications knowledge record
    records proof details detail data trace traces confirmation evidence information
    """
)
_PHRASE_SKIPS = P.word_set("the a an this that these those of his her its their our my your")


# "Reports of a suspected case in the area", "claims about his health": the
# telling a denial names, and the noun phrase it is of, up to a preposition or
# a clause's end ("in the area" says where).
_TELLING_OF = re.compile(
    r"(?i)\b(?:reports?|claims?|accusations?|allegations?|charges?|articles?)"
    r"\s+(?:of|about)\s+(?P<thing>[^,;:.!?()\u2013\u2014\"]+)"
)


# A telling named by what it is of, a noun before it: "the marriage claims", "these
# arrest rumours". A word that says what kind of telling it is, or whose, is none:
# "the latest reports", "the media claims"; nor is a name ("the Mirror story",
# the teller).
_TELLING_MODIFIED = re.compile(
    r"(?i)\b(?:the|these|those|such)\s+(?P<thing>(?-i:[a-z][a-z-]{2,}))\s+"
    r"(?:reports?|claims?|accusations?|allegations?|rumou?rs?|stor(?:y|ies))\b"
)
_TELLING_QUALIFIERS = P.word_set(
    """
    latest new recent earlier original first initial false wild baseless media news press
    unconfirmed unfounded unsubstantiated alleged reported circulating online internet
    same other many several such outlandish outrageous ridiculous bogus fake erroneous
    """
)
# What a possessive names as owned: "flight sortie" of "Jordanian king's flight
# sortie".
_POSSESSED = re.compile(r"[\w.-]+(?:'s|\u2019s|s'|s\u2019)\s+(?P<head>.*\w.*)$")


def _told_thing(named: str) -> str | None:
    """The noun phrase a telling a denial names is of ("a suspected Ebola
    case" of "erroneous reports of a suspected Ebola case in the area"), or
    None when it names none."""
    found = _TELLING_OF.search(named)
    if found is None:
        modified = _TELLING_MODIFIED.search(named)
        if modified is None or modified.group("thing").lower() in _TELLING_QUALIFIERS:
            return None
        return modified.group("thing")
    phrase: list[str] = []
    for word in found.group("thing").split():
        lower = word.lower()
        if lower == "of" and phrase:
            # "reports of the use of chlorine": the use and what it is of.
            phrase.append(word)
            continue
        if lower in _PHRASE_ENDS:
            break
        phrase.append(word)
    return " ".join(phrase) or None


def _denied_thing(content: str, answering: Callable[[str], bool]) -> str | None:
    """The noun phrase of what a denial says there is none of, in its first
    clause: "Islamic State militants" of "No Islamic State militants were
    killed", "use chlorine" of "no reports of the use of chlorine" (a telling,
    a denial's own word or one of knowing, "reports", "evidence",
    "notification", is passed over to what it is of). None when it names no
    such thing, or only such words."""
    # A conjunction that opens the content ("But ...") ends no clause of it.
    opening = re.match(r"(?i)\W*(?:but|and|yet|so)\b", content)
    start = opening.end() if opening else 0
    ends = _CLAUSE_ENDS.search(content, start)
    first = content[: ends.start()] if ends else content
    for found in _NONE_OF.finditer(first, start):
        words = re.findall(r"[\w'\u2019-]+|[^\w\s]", content[found.end() :])
        phrase: list[str] = []
        for word in words:
            lower = word.lower()
            if not word[0].isalnum():
                break
            if not phrase and lower in _PHRASE_SKIPS:
                continue
            if lower in _PHRASE_ENDS:
                if lower == "of" and phrase:
                    # "no reports of the use": what the reports are of; "no
                    # suspected cases of Ebola": the cases and what they are of.
                    if answering(phrase[-1]) or phrase[-1].lower() in _KNOWING:
                        phrase = []
                    continue
                break
            phrase.append(word)
        if phrase and not answering(phrase[-1]) and phrase[-1].lower() not in _KNOWING:
            return " ".join(phrase)
    return None


# A verb or adjective whose object is the thing a doubt or denial is of:
# "ruled out chlorine gas", "questioned their viability", "sceptical about the
# talks", "cast doubt on the timing".
_DOUBTED = re.compile(
    r"(?i)\b(?:rul(?:ed|es|e|ing)\s+out|question(?:ed|s|ing)"
    r"|(?:sceptical|skeptical|doubts?|doubtful)\s+(?:of|about|over|on)"
    r"|cast(?:s|ing)?\s+doubts?\s+(?:on|over|upon))\s+"
)
# What opens a clause or points back, not a thing: "sceptical of whether ...",
# "questioned that", "doubtful about it", "questioned their viability" (the
# viability of what was spoken of before, which may be the claim's thing).
_NOT_A_THING = P.word_set(
    "whether if that this it them what how why who when where their its his her our my your"
)


def _doubted_thing(content: str, answering: Callable[[str], bool]) -> str | None:
    """The noun phrase a denial or doubt rules out, questions or doubts, after
    its first such verb or adjective: "airworthiness" of "he had seen the
    helicopters and questioned the airworthiness of the fleet", "chlorine gas"
    of "he had ruled out chlorine gas or biological weapons". None when there is no such
    word, its object is a clause or a pointer ("sceptical of whether it will
    work", "questioned that", "questioned their viability": of what was spoken
    of before), a passive's agent ("questioned by police"), or
    a telling or a word of doubt itself ("questioned the reports"): those are
    left to the rules of tellings and pointers."""
    found = _DOUBTED.search(content)
    if found is None:
        return None
    phrase: list[str] = []
    for word in re.findall(r"[\w'\u2019-]+|[^\w\s]", content[found.end() :]):
        lower = word.lower()
        if not word[0].isalnum():
            break
        if not phrase and lower in _NOT_A_THING:
            return None
        if phrase and lower in _PHRASE_ENDS:
            if lower == "of":
                # "the timing of the vote": the quality and what it is of.
                if answering(phrase[-1]):
                    phrase = []
                continue
            break
        if lower in _PHRASE_SKIPS or lower in {"any", "all"}:
            continue
        if lower in _PHRASE_ENDS:
            break
        phrase.append(word)
    if phrase and not answering(phrase[-1]) and phrase[-1].lower() not in _KNOWING:
        return " ".join(phrase)
    return None


# A record (a video, a photo) as a content's subject, a few words of its own
# before it ("the start of Paler Lin's recent homeless video"), and a verdict
# that it was faked.
_RECORD_SUBJECT = re.compile(
    r"(?i)^\W*(?:the|this|that|these|those|his|her|their|its|[\w-]+['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?P<record>videos?|photos?|photographs?|pictures?|images?"
    r"|footage|clips?|recordings?|films?)\b"
)
_FAKED = re.compile(r"(?i)\b(?:fake|faked|hoax|staged|doctored|fabricated|photoshopped)\b")


def _faked_record(content: str) -> str | None:
    """The record a denial or doubt calls faked, when its subject is one: "video"
    of "the video would shortly be exposed as fake", of "the start of the video
    ... suggests it may be a hoax". None when its subject is no record or
    nothing is called faked."""
    found = _RECORD_SUBJECT.match(content)
    if found is None or not _FAKED.search(content, found.end()):
        return None
    return found.group("record")


# A clause whose subject is a demonstrative description ("this person has
# Ebola", "these individuals were tied to terrorism"), at the content's opening
# or after the "that" of its frame ("unlikely that", "no evidence that").
_POINTED_SUBJECT = re.compile(
    r"(?i)(?:^\W*(?:this|that|these|those)|\bthat\s+(?:this|these|those))\s+"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:is|was|are|were|has|have|had|did|does|do|may|might"
    r"|could|would|will|can|should|must)\b"
)


def _pointed_subject(about: str) -> bool:
    """Whether what a denial or doubt says is said of someone or something it
    points at ("it is unlikely that this person has Ebola"): the person is the
    one its article spoke of, whatever else it names ("Ebola"), so it names no
    one of its own to tell which story it is about."""
    return _POINTED_SUBJECT.search(about) is not None


def _negated_clauses(content: str) -> list[str]:
    """The clauses of a content, past its first, that hold a negation."""
    return [clause for clause in _CLAUSE_ENDS.split(content)[1:] if _NEGATED.search(clause)]


def _pointer(terms: Terms, actors: Iterable[str]) -> bool:
    """Whether a denial or doubt states nothing of its own: it names nobody
    beyond its speaker and says a few words ("we just don't know", "it's not
    out of the realm of possibility")."""
    return not any(True for _ in actors) and len(terms.words) <= POINTER_WORDS


def _default_toward(statement: Statement, claim: str | None) -> Stance:
    from claimtrack.stance import classify_stance

    return classify_stance(
        statement.cue, statement.content, _default_lexicon(), claim=claim, grouped=True
    )


@cache
def _default_lexicon() -> Lexicon:
    from claimtrack.stance import Lexicon

    return Lexicon.build()


def _first(pair: tuple[float, str]) -> float:
    return pair[0]


def group_statements(
    statements: Iterable[Statement],
    index: ClaimIndex,
    threshold: float = DEFAULT_THRESHOLD,
    toward: Toward | None = None,
) -> list[Assignment]:
    """For each statement, in order, the claim it joins or starts.

    Statements must come in source and text order: a denial that only points
    back ("deny the accusations") joins the claim of an earlier assertion in
    the same source (`Statement.source`). New claims are added to `index`,
    so later statements, and later calls, can join them. `toward` reads a
    statement's stance toward a claim's text (by default with the built-in
    cue words): a denial or doubt that matches no claim joins one of its
    story that it contradicts or doubts before it starts one of its own.
    """
    grouper = _Grouper(index, threshold, toward=toward or _default_toward)
    # What grouping makes mostly lives on (the index grows with every claim) and
    # holds no reference cycles: even at `fewer_collections`' threshold the
    # collector rescanned it over and over (2 to 4% of grouping 100,000
    # statements) and found nothing to free.
    with no_collection():
        return [grouper.assign(statement) for statement in statements]


# A party that takes one side of a claim and then the other is far more often
# speaking of another proposition than changing its mind: its statement starts
# a claim of its own unless it matched this far over the bar (a close rewording)
# or points back at what it answers.
OTHER_SIDE_THRESHOLD_FACTOR = 2.0


def on_other_side(assignment: Assignment, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether a statement joined its claim loosely enough to be moved when its party
    turns out to hold the other side of it already (`start_claim`)."""
    return (
        assignment.claim_id is not None
        and not assignment.is_new
        and assignment.score < min(100.0, threshold * OTHER_SIDE_THRESHOLD_FACTOR)
    )


def start_claim(
    statement: Statement, index: ClaimIndex, threshold: float = DEFAULT_THRESHOLD
) -> Assignment | None:
    """A new claim made from `statement`'s own proposition, or None when it states none."""
    grouper = _Grouper(index, threshold)
    grouper.statement = statement
    about = referent(
        statement.about or statement.content, against=statement.stance is not Stance.ASSERTS
    )
    normal = index.normal(about)
    grouper.actors = normal.actors | index.normal(statement.speaker or "").actors
    grouper.referred = frozenset(statement.refers)
    if not normal.terms.words:
        return None
    made = grouper._start(about, normal.terms, normal.pieces, 0.0)
    return made if made.claim_id is not None else None


def _asked_again(
    statement: Statement, index: ClaimIndex, threshold: float
) -> tuple[_Grouper, str, Normal] | None:
    """A grouper set to ask again where an assertion filed in this run belongs, with
    its content as the article reads it and that content normalised; None for a
    denial or doubt, or a content with no words to match by."""
    if statement.stance is not Stance.ASSERTS:
        return None
    about = unframed(referent(statement.about or statement.content))
    normal = index.normal(about)
    if not normal.terms.words:
        return None
    return _grouper_reading(statement, normal, index, threshold), about, normal


def _grouper_reading(
    statement: Statement,
    normal: Normal,
    index: ClaimIndex,
    threshold: float,
    toward: Toward | None = None,
) -> _Grouper:
    """A grouper reading `statement`, asked again once the run is grouped, with
    the actors its content (`normal`) and its speaker name and those its
    article says it speaks of."""
    grouper = _Grouper(index, threshold, toward=toward)
    grouper.statement = statement
    grouper.actors = normal.actors | index.normal(statement.speaker or "").actors
    grouper.referred = frozenset(statement.refers)
    return grouper


def _asked_for_its_source(
    statement: Statement, index: ClaimIndex, threshold: float
) -> tuple[_Grouper, str, Normal] | None:
    """`_asked_again`, with the grouper reading the statement as said in its
    own source (what its gates ask of the claim's sources and content)."""
    asked = _asked_again(statement, index, threshold)
    if asked is not None:
        grouper, about, _ = asked
        grouper.about = about
        grouper.source = statement.source
    return asked


def join_late(
    statement: Statement, index: ClaimIndex, threshold: float = DEFAULT_THRESHOLD
) -> Assignment | None:
    """The claim an assertion that was filed under none matches now, or None.

    An assertion whose content is no proposition of its own ("the actor came
    to the conclusion he was not right for the part") joins a claim only by
    matching one; when it was grouped, the claim it words again may not have
    been made yet: a later sentence of its article, or a later article, made
    it. Asked once every source of a run is grouped, so what is filed does not
    hang on the order the sources were read in. Only a close rewording joins
    (`UNNAMED_THRESHOLD_FACTOR` times the bar): a content that does not name
    its subject cannot show by its actors that it tells the claim's story. It
    starts no claim, and a denial or doubt is left as it was: what it answers
    is decided where it is grouped. A feeling with nothing it is about
    (`claimtext.feeling_alone`) words no claim again, whatever words it shares.
    """
    if (
        _accuses_unnamed(statement)
        or _unsurprised_if(statement.content)
        or feeling_alone(statement.about or statement.content)
    ):
        return None
    asked = _asked_again(statement, index, threshold)
    if asked is None:
        return None
    grouper, about, normal = asked
    # Nothing ranked at the bar: no gate need be asked of the candidates (the
    # ranking is kept, and `_match` reads it again).
    ranked = index._ranked(normal.terms, GATED_CANDIDATES)
    if not ranked or ranked[0][1] < threshold:
        return None
    found = grouper._match(about, normal.terms, normal.pieces, start=False)
    if found is None or found.score < threshold * UNNAMED_THRESHOLD_FACTOR:
        return None
    return found


# How far over the bar a statement alone in the claim it started must match
# another claim to leave its own for it (`join_again`): over the bar where a
# rewording needs no predicate in common (`PREDICATE_FREE_FACTOR`), under a
# close rewording (`UNNAMED_THRESHOLD_FACTOR`).
JOIN_AGAIN_FACTOR = 1.4


# Why `claimtext.proposition` made no claim of a content whose subject or other
# word points at someone or something the article named before ("its subject
# 'it' is not named", "its 'them' points into the article"), as against a
# fragment, a clause with no subject or a noun phrase.
_POINTING_REASON = re.compile(r"^its (?:subject )?'")
# Verbs of aspect say when or whether an act goes on, not what it is: "will
# continue to do what is necessary" and "would continue to pursue the group"
# predicate other acts.
_ASPECT_STEMS = frozenset(stem(word) for word in ("continue", "keep", "begin", "start", "stop"))


def points_back(reason: str | None) -> bool:
    """Whether `reason`, why a statement made no claim, is that its content points
    at someone or something it does not name (`_POINTING_REASON`)."""
    return reason is not None and _POINTING_REASON.match(reason) is not None


def answers_by_its_words(reason: str | None) -> bool:
    """Whether `reason`, why a denial or doubt made no claim, is only that its
    words are no proposition (a fragment with no verb, a pointing word:
    `points_back`), which `join_doubting` may still find the claim of; not a
    verdict grouping reached on what it answers ("points back at what was said
    just before it, which states no claim", "a verdict on what its own speaker
    told"), which stands."""
    return reason == NO_VERB or points_back(reason)


def join_pointing(
    statement: Statement,
    index: ClaimIndex,
    threshold: float = DEFAULT_THRESHOLD,
    toward: Toward | None = None,
) -> Assignment | None:
    """The claim an assertion filed under none, whose content points at what it
    does not name ("it had been destroyed in a follow-up airstrike", "they have
    been castrated"), words again, or None.

    Naming no one, it cannot pass the story gate short of a close rewording
    (`join_late`, twice the bar), though it says the same thing of the same
    thing as the claim: the same main predicate as the claim's text ("we
    subsequently destroyed it with an airstrike") or as a verb phrase the text
    joins to it (`_joined_predicates`: "... and had only arrived at the
    convent"), over `JOIN_AGAIN_FACTOR` times the bar against the claim it
    matches best. What it points at is then what that claim speaks of. Only
    the best match, one it asserts (`toward`), and not by a verb of aspect
    alone ("we will continue to do what is necessary" is no wording of "would
    continue to pursue the group"). Asked after `join_late`, only for a statement `points_back` says
    made no claim for that reason (see there).
    """
    from claimtrack.stance import clause_predicate, shares_predicate

    asked = _asked_for_its_source(statement, index, threshold)
    if asked is None:
        return None
    grouper, about, normal = asked
    predicate = clause_predicate(about) - _ASPECT_STEMS
    if not predicate:
        return None
    for candidate, score in index._ranked(normal.terms, 1):
        text = index.claim_text(candidate)
        if (
            score >= threshold * JOIN_AGAIN_FACTOR
            and grouper._may_answer(candidate)
            and grouper._within_reach(candidate)
            and (
                shares_predicate(predicate, clause_predicate(text) - _ASPECT_STEMS)
                or any(
                    shares_predicate(predicate, joined - _ASPECT_STEMS)
                    for joined in _joined_predicates(text)
                )
            )
            and (toward is None or toward(statement, text) is Stance.ASSERTS)
        ):
            return grouper._join(candidate, about, normal.terms, score)
    return None


def join_doubting(
    statement: Statement,
    its_lead: Iterable[str],
    index: ClaimIndex,
    threshold: float = DEFAULT_THRESHOLD,
    toward: Toward | None = None,
) -> Assignment | None:
    """The claim its article opens with that a denial or doubt filed under none
    names and answers ("raised doubts about the validity of a ceasefire", "had
    not received word about the purported ceasefire"), or None.

    Such a doubt often comes before the claim it answers is made (the article
    opens on the doubt and tells the agreement after), or before that claim
    took the words it names ("ceasefire"), when a later article's statement
    joined it. Asked once every source of a run is grouped, among the claims
    its article's lead is filed under then (`its_lead`, the first
    `LEAD_STATEMENTS` statements): the story the article tells is what its
    words name; a claim told further on that names the same thing in passing
    ("stormed the town before the supposed ceasefire") is another proposition.
    A claim joins only when what the statement names says a word of the
    claim's main clause beyond the names they share (`_names_its_event`: the
    event it names, not only who took part, nor a circumstance),
    matches it at the bar a denial joins its story's claims at
    (`CONTRADICTED_THRESHOLD_FACTOR`), passes the gates any denial meets, and
    reads against it (`toward`). Of several, the best match.
    """
    if statement.stance is Stance.ASSERTS or toward is None:
        return None
    about = referent(statement.about or statement.content, against=True)
    normal = index.normal(about)
    terms = normal.terms
    if len(terms.words) < POINTER_LEAST_WORDS:
        # A fragment ("knowing", "[not] very likely") names too little to tell.
        return None
    grouper = _grouper_reading(statement, normal, index, threshold, toward)
    grouper.about = about
    grouper.source = statement.source
    grouper.content_actors = normal.actors
    grouper.names_denied = about != " ".join((statement.about or statement.content).split())
    grouper.denied_clause = about if grouper._names_what_it_denies(statement) else ""
    best: tuple[float, str] | None = None
    for claim_id in its_lead:
        score = index._score_claim(terms, claim_id)
        if (
            score >= threshold * CONTRADICTED_THRESHOLD_FACTOR
            and (best is None or score > best[0])
            and _names_its_event(about, index.claim_text(claim_id), grouper.actors, index)
            and grouper._may_answer(claim_id)
            and grouper._against(statement, claim_id)
        ):
            best = (score, claim_id)
    if best is None:
        return None
    return grouper._answered(best[1], best[0])


# Where the thing a denial or doubt names ends: an adjunct after a comma, a
# semicolon or a dash ("the validity of a truce, with reports of fresh walkouts").
_NAMED_THING_END = re.compile(r"\s*[,;\u2013\u2014]|\s+-\s")


def _names_its_event(about: str, text: str, actors: frozenset[str], index: ClaimIndex) -> bool:
    """Whether what a denial or doubt names (`about`, up to its first adjunct)
    says a word of the main clause of a claim's `text` (`_main_clause`) beyond
    the named actors it speaks of: "the purported truce" names the event of
    "the port company agreed a truce", where the company's name alone names
    only who took part, and "walkouts at the harbour" after a comma, or "before
    the supposed truce" in a claim, are circumstances, not what is doubted or
    told."""
    named = _NAMED_THING_END.split(about, maxsplit=1)[0]
    shared = set(index.terms(named).words) & set(index.terms(_main_clause(text)).words)
    return any(word not in actors for word in shared)


def join_again(
    statement: Statement,
    claim_id: str,
    index: ClaimIndex,
    threshold: float = DEFAULT_THRESHOLD,
    passed_over: Container[str] = (),
    toward: Toward | None = None,
    its_lead: Container[str] = (),
) -> Assignment | None:
    """Another claim an assertion that started `claim_id`, and is still its only
    statement, matches now, or None.

    When it was grouped, the claim it words again may not have been made yet, or
    may not have named yet the actors that tell its story: "the Islamic State
    agents have crossed the border", read before the articles naming the
    congressman who said it, met the claim of the fighters caught at the border
    with one party in common; "the Dark Knight star will play Jobs" came before
    "Bale was a lock for the part of Jobs". Asked once every source of a run is
    grouped, so what is filed does not hang on the order the sources were read
    in. The best candidate other than its own claim and those in `passed_over`
    (claims whose only statement left them) decides, through the gates any
    assertion meets, and over `JOIN_AGAIN_FACTOR` times the bar: it was read as
    a proposition of its own once, and a wording that only just passes for
    another claim's ("the country has the capability to deal with the virus"
    against "only the laboratory in the capital can confirm the virus") is as
    often another proposition of the story. It joins only a claim it asserts
    (`toward`): one it would deny was filed apart for that. And only a claim
    naming an actor it names (its speaker's too), though a close rewording
    passes the story gate by its words alone: "I think the train has left the
    station", of the climate deal, is no wording of "The Trump train left the
    station".

    The claims its own article's lead is filed under (`its_lead`, the first
    `LEAD_STATEMENTS` statements) tell the story the statement is told in,
    whatever it names: "a ceasefire agreement has been concluded", said by the
    head of Nigeria's military, names only his country, and its article opens
    on "Nigeria agreed a ceasefire with Boko Haram". A claim only a later
    statement of its article is filed under is no such sign: an article tells
    several propositions of its story, and of others ("shots were heard inside
    the caucus room" is not the guard who shot the gunman).
    """
    asked = _asked_for_its_source(statement, index, threshold)
    if asked is None:
        return None
    grouper, about, normal = asked
    mine = (grouper.actors | grouper.referred) - {UNKNOWN_ACTORS}
    for candidate, score in index._ranked(normal.terms, GATED_CANDIDATES + 1):
        if candidate == claim_id or candidate in passed_over:
            continue
        if score < threshold * JOIN_AGAIN_FACTOR:
            # Best first: whichever candidate passes the gates now scores too little.
            return None
        if (
            (candidate in its_lead or grouper._same_story(candidate, score))
            and grouper._may_answer(candidate)
            and grouper._within_reach(candidate)
            and grouper._tells_its_predicate(about, candidate, score)
            and not grouper._tells_another_proposition(about, candidate)
        ):
            others = index.actors(candidate) - {UNKNOWN_ACTORS}
            if not mine & others or (
                toward is not None
                and toward(statement, index.claim_text(candidate)) is not Stance.ASSERTS
            ):
                return None
            return grouper._join(candidate, about, normal.terms, score)
    return None


# Who does or undergoes an act said to be others than the ones told before:
# "four other suspects", "more fighters", "further arrests".
_ANOTHER_GROUP = re.compile(r"(?i)\b(?:other|another|more|further|additional)\b")


def _another_group(text: str) -> bool:
    """Whether who does, undergoes or is the object of what `text` predicates
    (`stance.predicate_roles`, `stance.predicate_object`) is said to be others
    than the ones told before (`_ANOTHER_GROUP`)."""
    from claimtrack.stance import predicate_object, predicate_roles

    roles = (*(predicate_roles(text) or ()), predicate_object(text) or "")
    return any(_ANOTHER_GROUP.search(role) for role in roles)


# Capitalised only for opening a sentence: no name.
_OPENING_WORDS = P.word_set("the a an this that these those his her its their our my some")


def _named_roles(text: str, index: ClaimIndex) -> tuple[frozenset[str], frozenset[str]] | None:
    """The named actors of who does and who undergoes what `text` predicates
    (`stance.predicate_roles`), as `_Grouper._roles` reads a claim's text; a
    name alone ("Bale will fill the role"), which the index reads as no actor,
    by its words."""
    from claimtrack.stance import predicate_roles

    roles = predicate_roles(text)
    if roles is None:
        return None
    doer, undergoer = (_named_in(role, index) for role in roles)
    return doer, undergoer


def _named_in(role: str, index: ClaimIndex) -> frozenset[str]:
    """The named actors of a role's text (`_named_roles`); where the index finds
    none for sure, the words of its capitalised names ("The Academy Award
    winning Bale": academy, award, bale)."""
    if not role:
        return frozenset()
    actors = index.normal(role).actors - {UNKNOWN_ACTORS}
    if actors:
        return frozenset(actors)
    names = [word for word in role.split()[1:] if word[:1].isupper()]
    opening = role.split()[0]
    if opening[:1].isupper() and opening.lower() not in _OPENING_WORDS:
        names.append(opening)
    return frozenset(word for word in index.terms(" ".join(names)).words if word.isalpha())


def same_act(text: str, other: str, index: ClaimIndex) -> bool:
    """Whether two claim texts say one act of the same named actor in other words:
    their main predicates are of one class of meaning (`_predicate_classes`), an
    actor both name does it (or undergoes it) in both and none does it in one and
    undergoes it in the other, and whatever else one names, the other names too
    ("the militants had seized a cache" and "the militants have captured weapons
    dropped by the US": the US only in one, but nothing the first names the
    second leaves out). A text saying the act is not done ("would never agree
    to negotiations", "no militants were killed") says no act of one that says
    it is (`_says_not`)."""
    classes = _predicate_classes(text) & _predicate_classes(other)
    if not classes:
        return False
    if _says_not(text) != _says_not(other):
        return False
    mine, theirs = _named_roles(text, index), _named_roles(other, index)
    if mine is None or theirs is None:
        return False
    shared = (mine[0] & theirs[0]) | (mine[1] & theirs[1])
    if (mine[0] & theirs[1]) | (mine[1] & theirs[0]):
        return False
    if not shared:
        return _same_heads(text, other) and all(
            one <= another or another <= one for one, another in zip(mine, theirs, strict=True)
        )
    # What each names besides the actor they share, in the words each gives
    # that role ("Robert Plant" and "the singer Plant" alike): someone named
    # undergoing the act in one only is another act.
    actors = {UNKNOWN_ACTORS}.union(
        *(mine[role] | theirs[role] for role in (0, 1) if mine[role] & theirs[role])
    )
    named = index.normal(text).actors - actors
    named_other = index.normal(other).actors - actors
    if classes <= _GENERAL_PREDICATE_CLASSES.keys() and _done_to_other_things(text, other, index):
        return False
    return named <= named_other or named_other <= named


def _heads(text: str) -> tuple[str, str] | None:
    """The common nouns heading who does or undergoes what `text` predicates and
    what it is done to (`stance.role_head`): ("deal", "releas") for "the deal
    with the group included the release of the girls"; None when its doer or
    undergoer is headed by no common noun."""
    from claimtrack.stance import predicate_object, predicate_roles, role_head

    roles = predicate_roles(text)
    if roles is None:
        return None
    subject = role_head(roles[0] or roles[1])
    if not subject:
        return None
    done_to = predicate_object(text)
    if not done_to or _worded_by_its_class(text, done_to):
        return subject, ""
    return subject, role_head(done_to)


def _worded_by_its_class(text: str, done_to: str) -> bool:
    """Whether the noun phrase read as what `text`'s act is done to is part of
    the wording of a class of its predicate (`_PREDICATE_CLASSES`): "its target"
    in "the bundle missed its target" and "course" in "the bundle drifted off
    course" say the act, not a thing it is done to, so the two texts name the
    same things."""
    head = done_to.split()[-1].lower()
    return any(
        head in found.group().lower().split()
        for name in _predicate_classes(text)
        for found in _PREDICATE_CLASS_AT[name].finditer(text)
    )


def _same_heads(text: str, other: str) -> bool:
    """Whether two texts name their actors by the same common nouns (`_heads`):
    one head for who does it, and one for what it is done to, or nothing done
    to in both. Where neither names anyone, "the deal included the release" and
    "the deal covered the release" say one act of one thing."""
    mine = _heads(text)
    return mine is not None and mine == _heads(other)


def _act_object(text: str, index: ClaimIndex) -> tuple[frozenset[str], str] | None:
    """What the act `text` predicates is done to (`stance.predicate_object`): the
    named actors of its noun phrase, and the stem of its head noun, the phrase's
    last word ("its highly anticipated wearable device": device); None when the
    text names none."""
    from claimtrack.stance import predicate_object

    phrase = predicate_object(text)
    if not phrase:
        return None
    names = _named_in(phrase, index)
    return names, stem(phrase.split()[-1].lower())


def _done_to_other_things(text: str, other: str, index: ClaimIndex) -> bool:
    """Whether two texts' acts are done to other things, where both name what
    theirs is done to (`_act_object`): other names ("released the MacBook",
    "released the iPad"), or heads of other things ("released the watch",
    "released the laptop"). A verb said of many things in one story (releasing,
    attacking, buying) says one act only of one thing."""
    mine, theirs = _act_object(text, index), _act_object(other, index)
    if mine is None or theirs is None:
        return False
    if mine[0] and theirs[0] and not mine[0] & theirs[0]:
        return True
    return mine[1] != theirs[1]


def merged_claims(
    claims: Sequence[str],
    sources: Mapping[str, Collection[str]],
    index: ClaimIndex,
    story_names: Mapping[str, Collection[str]] | None = None,
    shown: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Of `claims` made in one run (in the order they were made, each with the
    sources of its statements), those that say what an earlier one says, each
    with the earlier claim it goes into: its text tells the same act of the same
    named actor in other words (`same_act`: "Plant tore up the contract" and
    "Plant rejected the deal"), and the two are of one story: a source in
    common, or a name in common that is no party (`same_story` asks two
    parties, which name many stories' acts), or a party in common and a rare
    name their articles share (`story_names`, each claim's: "ISIS seized a
    cache" and "the Islamic State captured weapons", both told in articles
    naming Kobani). A claim is read by the clearer text it is to be shown with
    too (`shown`): its first statement's text may name no act the classes read,
    however many statements it holds. Grouping files a statement by its
    words, and two wordings of one act share too few of them to meet; read
    claim against claim once the run is grouped, their texts' predicates and
    actors tell it. The earlier claim keeps its id and text."""
    by_class: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    into: dict[str, str] = {}
    for claim_id in claims:
        acts = [
            (at, text, key)
            for at, text in enumerate(_act_texts(claim_id, index, (shown or {}).get(claim_id)))
            for key in _act_keys(text, index)
        ]
        earlier = next(
            (
                other
                for at, text, key in acts
                for other, other_at, other_text in by_class.get(key, ())
                if not other_at
                and _one_story(claim_id, other, sources, story_names or {}, index)
                and same_act(other_text, text, index)
            ),
            None,
        )
        if earlier is not None:
            into[claim_id] = earlier
            continue
        # A claim whose own text names no act stands by the first of its
        # statements' texts that does, unless its own text says an act is not
        # done ("didn't have to audition"): no statement's act is its act then.
        first = acts[0][0] if acts and not _says_not(index.claim_text(claim_id)) else 0
        for at, text, key in acts:
            by_class.setdefault(key, []).append((claim_id, at - first, text))
    return into


# Marks a head noun among the actors `merged_claims` files a claim's act by.
_HEAD_KEY = "head:"


# The most statements a claim may hold for `merged_claims` to read their texts
# as its act: a few statements word one proposition, many hold other matters too.
MERGED_BY_STATEMENTS = 3


def _act_texts(claim_id: str, index: ClaimIndex, shown: str | None = None) -> list[str]:
    """The texts whose acts `merged_claims` reads for a claim: its own text, the
    clearer one it is to be shown with (`shown`), and for a claim of a few
    statements (`MERGED_BY_STATEMENTS`) their texts too (`ClaimIndex.said`):
    "Bale was a lock for the part" names no act the classes read, its "Bale
    was playing Jobs" does. An act its own text tells only in a joined verb
    phrase (`_joined_acts`) is read first, whatever the claim holds."""
    text = index.claim_text(claim_id)
    if shown is not None and shown != text and _act_keys(shown, index):
        return [shown, text]
    if _act_keys(text, index):
        return [text]
    # An act its own text tells in a verb phrase joined to its main clause
    # ("came to the conclusion he was not right for the part and decided to
    # withdraw") is the claim's own act, read first.
    joined = [act for act in _joined_acts(text) if _act_keys(act, index)]
    if joined or index.members(claim_id) > MERGED_BY_STATEMENTS:
        return [*joined, text]
    texts = [text, *(said for said in index.said(claim_id) if said != text)]
    # A feeling's "when" clause or its owner's noun of an act tells the act
    # ("was left stunned when Plant tore it up", "stunned by Plant's
    # refusal"); an attempt that fell short tells a refusal ("not enough to get
    # Plant to sign up").
    return [
        *texts,
        *(act for said in texts for act in (*_reaction_cause(said), *_unheeded_attempt(said))),
    ]


def _joined_acts(text: str) -> list[str]:
    """The verb phrases `text` joins to its main clause without saying their
    subject again (`_JOINED_VERB_PHRASE`), each as a text of its own with the
    main clause's doer: "Vasko thought it over for a week and then turned the
    offer down" tells "Vasko turned the offer down". A negation of the main
    clause or of what it frames ("he was not right for the part") is not said
    of the joined act."""
    phrases = _JOINED_VERB_PHRASE.split(text)[1:]
    subject = subject_of(text).rstrip(",") if phrases else ""
    if not subject:
        return []
    return [f"{subject} {phrase.strip()}" for phrase in phrases]


def _act_keys(text: str, index: ClaimIndex) -> list[tuple[str, str]]:
    """What `merged_claims` files an act by: each class of its predicate with
    each actor named doing or undergoing it, and with the common noun heading
    its doer (`_heads`)."""
    classes = _predicate_classes(text)
    roles = _named_roles(text, index) if classes else None
    if roles is None:
        return []
    heads = _heads(text)
    named = sorted(roles[0] | roles[1]) + ([f"{_HEAD_KEY}{heads[0]}"] if heads else [])
    return [(name, actor) for name in sorted(classes) for actor in named]


def _one_story(
    claim_id: str,
    other: str,
    sources: Mapping[str, Collection[str]],
    story_names: Mapping[str, Collection[str]],
    index: ClaimIndex,
) -> bool:
    """Whether two claims tell of one story (`merged_claims`): by the actors their
    statements and texts name, or, where they share only a party, by a rare name
    their articles share (`story_names`): a party acts in many stories, a town
    or a person named in few articles tells which."""
    mine = index.actors(claim_id) | index.normal(index.claim_text(claim_id)).actors
    theirs = index.actors(other) | index.normal(index.claim_text(other)).actors
    if same_story(mine, theirs) and (
        any(source in sources.get(other, ()) for source in sources.get(claim_id, ()))
        or any(not actor.startswith(PARTY_ACTOR) for actor in mine & theirs - {UNKNOWN_ACTORS})
    ):
        return True
    shared_names = set(story_names.get(claim_id, ())).intersection(story_names.get(other, ()))
    if shared_names and same_story(mine - {UNKNOWN_ACTORS}, theirs):
        return True
    return bool(mine & theirs - {UNKNOWN_ACTORS}) and len(shared_names) >= STORY_SHARED_NAMES


# The share of a run's articles a name may be named in and still tell their
# story (`pipeline._merge_claims`): a name in more is named across stories.
STORY_NAME_MOST_SHARE = 0.2
# The fewest such names two claims' articles must share to be of one story: one
# alone may be a place or a person of two stories.
STORY_SHARED_NAMES = 2


def rare_names(names_by_source: Mapping[str, Collection[str]]) -> dict[str, frozenset[str]]:
    """Of the actors each article names, the names that tell one story from
    another (`merged_claims`): no party, and named in at most
    `STORY_NAME_MOST_SHARE` of the articles (always those named in two)."""
    counts = Counter(name for names in names_by_source.values() for name in set(names))
    most = max(2, int(len(names_by_source) * STORY_NAME_MOST_SHARE))
    return {
        source: frozenset(
            name
            for name in names
            if counts[name] <= most and name != UNKNOWN_ACTORS and not name.startswith(PARTY_ACTOR)
        )
        for source, names in names_by_source.items()
    }


# The fewest words a statement filed under a claim must say for another that
# quotes the whole of it word for word to join its claim (`QuotedAgain`): a
# shorter run ("we are looking into it") is said of many things.
QUOTED_LEAST_WORDS = 8

_QUOTED_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _quoted_words(text: str) -> tuple[str, ...]:
    # Both apostrophes join a word's parts alike: the text's are made one first.
    return tuple(_QUOTED_WORD.findall(text.lower().replace("\u2019", "'")))


class QuotedAgain:
    """The statements filed under a claim, for a statement filed under none that
    quotes one of them whole, word for word: another outlet carrying the same
    remark ("It was a no-brainer for them but Robert asked for 48 hours"), or
    the remark run on into the next sentence of the quote. Its words are the
    filed statement's, so it says what that statement says, though by itself it
    names nothing ("them", "he") that a claim could be found by. Case and
    punctuation aside; a statement of fewer than `QUOTED_LEAST_WORDS` words is
    not looked for. Where it quotes several, the longest decides."""

    def __init__(self) -> None:
        # By their first words: the whole words and the claim, first filed first.
        self._by_opening: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}

    def add(self, content: str, claim_id: str) -> None:
        words = _quoted_words(content)
        if len(words) >= QUOTED_LEAST_WORDS:
            self._by_opening.setdefault(words[:QUOTED_LEAST_WORDS], []).append((words, claim_id))

    def claim_of(self, content: str) -> str | None:
        """The claim of the longest filed statement `content` quotes whole."""
        if not self._by_opening:
            return None
        words = _quoted_words(content)
        best: tuple[int, str] | None = None
        for at in range(len(words) - QUOTED_LEAST_WORDS + 1):
            for quoted, claim_id in self._by_opening.get(words[at : at + QUOTED_LEAST_WORDS], ()):
                if (best is None or len(quoted) > best[0]) and words[
                    at : at + len(quoted)
                ] == quoted:
                    best = (len(quoted), claim_id)
        return best[1] if best is not None else None


def prepare_statements(
    statements: Iterable[tuple[Statement, bool]],
    finder: MentionFinder,
    started: list[tuple[Statement, PropositionKey, Proposition]] | None = None,
    speakers: dict[str, Normal] | None = None,
) -> dict[str, Normal]:
    """Normalise the texts grouping will ask for, as the index built on `finder` would.

    Per-article work, done where the article is extracted (in a `--jobs`
    worker); the grouping process takes the result with `ClaimIndex.learn`.
    Each statement comes with whether it is grouped as a denial or doubt
    (its stance, or a negative sentence: see `pipeline._as_grouped`), in
    source and text order. Given a list `started`, also the claim texts a
    statement would start a claim with, should it join none (each statement
    with `proposition`'s arguments and what it made), added to it, and
    normalised: the grouping process then only looks them up. `speakers`
    keeps speakers normalised (with the same `finder`) from one article to
    the next: "he", "officials" and "the Pentagon" speak in many.
    """
    normals: dict[str, Normal] = {}
    if speakers is not None and len(speakers) >= _SPEAKERS_KEPT:
        speakers.clear()

    def normal(text: str) -> Normal:
        found = normals.get(text)
        if found is None:
            found = normals[text] = Normal(mark_parties(text, finder))
        return found

    people: dict[str, dict[str, str]] = {}
    for statement, against in statements:
        # As `_Grouper.assign` names a speaker, statement by statement.
        person = _person_in(people.setdefault(statement.source, {}), statement)
        said = referent(statement.about or statement.content, against=against)
        about = normal(said)
        _ = about.actors
        speaker = statement.speaker or ""
        known = speakers.get(speaker) if speakers is not None else None
        if known is None:
            known = normal(speaker)
            _ = known.actors
            if speakers is not None:
                speakers[speaker] = known
        else:
            normals[speaker] = known
        starts: list[str] = []
        if not about.terms.words:
            normal(statement.quote)
        else:
            starts.append(said)
            if against:
                whole = referent(statement.content)
                if normal(whole).terms.words and whole != said:
                    starts.append(whole)
        if started is None:
            continue
        if statement.described:
            starts.extend(
                alone
                for alone in (standalone(text, statement.described) for text in list(starts))
                if alone not in starts
            )
        for text in starts:
            key = (text, statement.speaker, statement.party, person, statement.quoted)
            made = proposition(*key)
            started.append((statement, key, made))
            if made.text is not None:
                normal(made.text)
    return normals
