"""Stance: does a statement assert, deny or dispute the claim its content states?

A statement's stance is its speaker's position toward the claim its content
states, read as a positive proposition ("North Korea sent troops to Russia").
`classify_stance` decides it from the cue and the content, first rule that fires:

1. The cue is a denial verb ("denied", "has rejected", "dismissed") -> denies,
   unless what is denied is a charge of falsehood ("denies the hoax claims",
   "rejected the fabrication allegations"): two denials make an assertion.
   A denial that calls the claim false ("dismissed the reports as baseless")
   is still a denial.
2. The cue is a doubting or belittling verb ("questioned", "cast doubt on",
   "downplayed", "brushed off") -> disputes: brushing something off treats
   it as unimportant, not as untrue.
3. The cue withholds a position -> disputes: the speaker raises the claim
   without vouching for it, so it is not an assertion, and the nearest
   stance is contesting it without a flat denial. A cue withholds a position
   when it is a negated confirmation ("did not confirm", "declined to
   confirm"), a refusal or failure to say ("would not say", "declined to
   comment", "did not say", "refused to discuss"), or a question whether the
   claim holds ("asked whether", "asked if", "wondered whether"). A question
   about something else is no such cue: "asked why X" takes X for granted,
   and "asked the UN to act" or "asked if he could help" is a request.
   A negated denial or doubt ("did not deny", "never disputed", "no one
   doubts") -> asserts: two denials make an assertion.
4. The content calls something false ("not true", "baseless", "fabricated",
   "hoax", "fake", "debunked") -> denies; "not fake", "no hoax" cancel out.
5. The content contests without a flat denial ("has no evidence",
   "speculation", "propaganda", "aimed at causing division", "unconfirmed"
   as a predicate) -> disputes.
6. With no stance in the cue, a denial or doubting verb in the content
   ("Pyongyang has rejected accusations ...") decides as in 1 to 3;
   "shoot down" is one only when it downs a claim ("shot down the
   congressman's claims"), not an aircraft.
7. The main predicate of the content says that an event did not happen or a
   fact does not hold ("it did not send troops", "has not deployed",
   "never", "no troops were sent", "Banksy hasn't been arrested", "No, ...")
   -> denies. The negation must sit in the main clause: one inside a
   relative or adverbial clause ("a man who never showed up"), or in a
   second reported clause ("said A and that B was not ..."), is part of the
   content. A contrast ("in Nevada, not Texas"), an alternative ("or not"),
   an imperative ("don't shoot") or a negated infinitive ("reasons not to
   give up") negates no predicate. A refusal to speak ("would not comment",
   "won't say") takes no side, while "did not say that ..." denies that it
   was said.
8. Otherwise -> asserts (this covers "accused", "confirmed", "affirmed",
   "warned" and plain reporting verbs such as "said").

A content's own negation is part of what is asserted. A statement denies
only when its cue is a denial ("denied", "rejected", "dismissed"), its
content calls the claim false ("not true", "baseless", "hoax"), or its
content says that an event or fact is not so -- typically the one the
speaker's own side is accused of ("Pyongyang said it did not send troops",
"Moscow said no North Korean soldiers were in Kursk"), or, in a headline,
the rumour itself ("X didn't die", "No, Y isn't pregnant"). A negated
*position* says nothing is not so: it is what the speaker holds, and the
statement asserts it, negation included. Positions are norms and abilities
("cannot", "should not": "you can't want good relations while fuelling the
threat"), commitments and attitudes ("China will not allow conflict", "will
not sit idly by", "doesn't see anything new in the statement", "isn't happy
with the battery life") and evaluations ("neither decoupling nor disruption
is the solution", "is not what a major country should pursue", "was not in
Beijing's interest", "was no mistake").

Hedges ("reportedly", "allegedly", "is said to", ...) do not change the stance:
they tell who vouches for the content. `Lexicon.hedge_in` finds them so that
extraction can record one as the cue of a statement with no named speaker.

Every cue word lives in the tables below, one readable place. The ledger's
`cues:` block (`model.Cues`) adds phrases per stance; a phrase listed there
overrides the built-in stance of the same phrase. Verbs are written in their
base form and matched in every inflection ("deny" matches "denies", "denied",
"denying"); several-word phrases allow one word in between ("cast serious
doubt", "ruled it out").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from claimtrack.model import Cues, Span, Stance

# Verbs (base form) whose use as a cue fixes the stance of what follows.
CUE_VERBS: dict[Stance, tuple[str, ...]] = {
    Stance.ASSERTS: (
        "accuse", "acknowledge", "admit", "affirm", "allege", "assert", "claim",
        "confirm", "insist", "maintain", "point out", "reaffirm", "reiterate",
        "stress", "verify", "warn",
    ),
    Stance.DENIES: (
        # Not "shoot down": it downs aircraft as often as claims.
        "debunk", "deny", "disavow", "dismiss", "rebuff", "rebut", "refute", "reject",
        "repudiate", "retract", "rule out",
    ),
    Stance.DISPUTES: (
        # Brushing something off treats it as unimportant, not as untrue: "brushed
        # off Moscow and Beijing's reaffirmation of ties" grants that it happened.
        "brush aside", "brush off", "cast doubt", "challenge", "contest", "dispute",
        "doubt", "downplay", "play down", "question", "raise doubt", "raise question",
        "shrug off",
    ),
}  # fmt: skip

# Words and phrases in the content that say the claim is false or contested.
CONTENT_MARKERS: dict[Stance, tuple[str, ...]] = {
    Stance.DENIES: (
        "baseless", "bogus", "debunked", "fabricated", "fabrication", "fabrications",
        "fake", "faked", "false", "falsehood", "groundless", "hoax", "hoaxer", "lie",
        "lies", "made up", "made it up", "made it all up", "no truth", "nonsense",
        "not the case", "not true", "rubbish", "unfounded", "untrue",
        "inaccurate", "erroneous", "doctored", "phony", "scam", "prank",
        "satire", "satirical", "bullshit", "duped", "fooled", "fell for", "falls for",
        "put to rest", "myth", "hoaxed",
    ),
    Stance.DISPUTES: (
        "aimed at causing division", "aimed at sowing discord", "disinformation",
        "doubtful", "dubious", "exaggerated",
        "misinformation", "misleading", "no evidence", "no proof", "no sign",
        "no hard evidence", "no credible evidence", "no concrete evidence", "no real evidence",
        "premature", "propaganda", "provocation", "questionable", "speculation",
        "smear", "too early to say", "no confirmation",
        # "unconfirmed reports say ..." is a hedge; "the reports are unconfirmed" disputes.
        *(f"{be} {adverb}{adjective}"
          for be in ("is", "are", "was", "were", "remain", "remains", "remained", "as")
          for adverb in ("", "still ", "yet ")
          for adjective in ("unconfirmed", "unverified", "unproven")),
    ),
}  # fmt: skip

# Words that put distance between the writer and the content.
HEDGES: tuple[str, ...] = (
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "seemingly",
    "alleged", "purported", "purports", "apparent", "feared", "tipped", "claiming",
    "predicted to", "potential", "potentially", "suspect",
    "report", "reports",
    "rumoured", "rumored", "rumour", "rumours", "rumor", "rumors",
    "said to", "believed to", "believed", "thought to", "understood to", "reported to",
    "reported", "expected to", "appears to", "appear to", "appeared to", "seems to",
    "seem to", "seemed to", "probably", "probable",
    "unconfirmed", "unverified", "suspected", "possible", "possibly", "likely",
    "claims", "claim", "could", "may", "might",
    # An unnamed source vouches for nothing: "Kim had ankle surgery: source".
    "sources say", "sources said", "source says", "source said", "sources:", "source:",
    ": source", ": sources",
)  # fmt: skip

# Negated verbs that state a position rather than deny a fact: a commitment
# ("will not allow", "won't stop") or an attitude ("does not see anything new").
POSITION_VERBS: tuple[str, ...] = (
    # commitments
    "accept", "allow", "back down", "forget", "give up", "hesitate", "let", "permit",
    "rest", "retreat", "sit idly", "stand by", "stand idly", "stop", "surrender",
    "tolerate", "waver", "yield",
    # attitudes
    "agree", "approve", "believe", "care", "endorse", "expect", "favor", "favour",
    "intend", "like", "see", "seek", "support", "think", "want", "wish",
)  # fmt: skip

# Complements that make a negated "be" an evaluation, not a fact: "is not the
# solution", "was not in Beijing's interest", "is not what a major country
# should pursue", "isn't happy with the battery life", "was no mistake".
EVALUATIONS: tuple[str, ...] = (
    "acceptable", "advisable", "answer", "appropriate", "conducive", "constructive",
    "good", "happy", "helpful", "interest", "interests", "mistake", "option",
    "priority", "productive", "ready", "right", "satisfied", "solution", "sure",
    "useful", "way forward", "what", "willing", "wise",
    # norms and states of mind: "no one is allowed to", "has no idea how"
    "allowed", "idea", "permitted",
)  # fmt: skip

# Verbs that put a question: "asked whether X" raises X without vouching for it.
QUESTION_VERBS: tuple[str, ...] = ("ask", "enquire", "inquire", "query", "wonder")

# Negated verbs of speaking: "would not comment" takes no side.
SPEECH_VERBS: tuple[str, ...] = (
    "comment",
    "discuss",
    "disclose",
    "elaborate",
    "respond",
    "reveal",
    "speculate",
)
# "Say" and "tell" take no side only when refused ("would not say"); "did not
# say that ..." denies that it was said.
REFUSED_SPEECH_VERBS: tuple[str, ...] = ("say", "tell")

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "shoot": ("shot",),
    "cast": ("cast",),
    "let": ("let",),
    "give": ("gave", "given"),
    "say": ("said",),
    "stand": ("stood",),
    "sit": ("sat",),
    "forget": ("forgot", "forgotten"),
}

_NEGATION = r"(?:not|never|no|cannot|nobody|nothing|none|neither|nor)"
_NEGATION_WORDS = frozenset(_NEGATION[3:-1].split("|"))
_NEGATION_RE = re.compile(rf"(?i)\b{_NEGATION}\b|n['\u2019]t\b")
# Auxiliaries and adverbs between a negation and its verb ("not be", "never ever").
_AUX_GAP = re.compile(r"(?i)\s+(?:(?:be|been|ever|even|yet|\w+ly)\s+){0,2}")
# Negations that do not negate the predicate ("not only", "no doubt").
_NON_NEGATIONS = re.compile(
    r"(?i)\b(?:not\s+(?:only|just|least|merely|simply|to)|no\s+(?:doubt|matter|longer"
    r"|wonder|less|more)|nothing\s+(?:but|short|less|new)|never\s+(?:guess|believe)"
    r"|(?:won['\u2019]t|will\s+not)\s+believe)\b"
)
# A contrast ("in Nevada, not Texas"), an alternative ("or not") or an
# imperative ("Hands up, don't shoot") negates no predicate of the content.
_CONTRAST_BEFORE = re.compile(r"(?i)(?:,|\bor(?:\s+\w+)?)\s*$")
_IMPERATIVE_BEFORE = re.compile(r"(?:^|[,:;\"'\u201c(])\s*$")
# "turns out not to", "appears not to": a raised negation still negates the predicate.
_RAISING_BEFORE = re.compile(
    r"(?i)\b(?:turn(?:s|ed)?\s+out|seem(?:s|ed)?|appear(?:s|ed)?|prove[sd]?|is|are|was|were)\s+$"
)
_IMPERATIVE = re.compile(r"(?i)(?:don['\u2019]t|do\s+not)\b")
# "Shoot down" denies only when what it downs is a claim, not an aircraft.
_SHOT_DOWN_CLAIM = re.compile(
    r"(?i)\bsho(?:ot|ots|t|oting)\s+down\s+(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|assertions?"
    r"|allegations?|accusations?|reports?|rumou?rs?|stor(?:y|ies)|theor(?:y|ies))\b"
)
# A denial of a charge of falsehood is an assertion ("denies the hoax claims").
_DENIED_DENIAL = re.compile(
    r"(?i)\s*(?:the\s+|these\s+|those\s+)?(?:[\w'-]+\s+){0,3}?(?:hoax|fabrication|lie|lies"
    r"|fake[\s-]news)\s+(?:claims?|allegations?|accusations?|reports?|rumou?rs?|stor(?:y|ies))\b"
)
# Where a subordinate clause starts: a negation after it belongs to that clause.
_CLAUSE_BREAK = re.compile(
    r"(?i)\b(?:who|whom|whose|which|because|after|when|whenever|while|although|though"
    r"|if|unless|until|before|since|despite|so\s+(?=(?:he|she|it|they|we|you|i)\b))\b"
    r"|\s[-\u2013\u2014]\s|[;(]"
    # A second reported clause ("said A and that B") is a second claim.
    r"|\band\s+[{(\[]?that\b"
)
# Modals of ability, permission and obligation: "cannot", "should not" state a norm.
_NORM = re.compile(r"(?i)\b(?:ca|can|should|must|need|ought)(?:n['\u2019]t|not|\s+not)$")
# "cannot have sent" says that it did not happen: epistemic, no norm.
_PERFECT = re.compile(r"(?i)\s*have\b")
# Negations of a subject ("no troops were sent", "neither X nor Y is the
# solution"): the predicate they negate comes after the verb.
_SUBJECT_NEGATION = re.compile(r"(?i)(?:no|none|nothing|nobody|neither|nor)$")
_COPULA = re.compile(r"(?i)\b(?:is|are|was|were|be|remains?|remained)\b\s*")
_REFUSAL = re.compile(r"(?i)\b(?:would|will|wo|could|can|ca)(?:\s+not|n['\u2019]t)$")
_HEADLINE_NO = re.compile(r"(?i)^\W*(?:no|nope|not\s+so)\b\s*[,:.!\u2013\u2014-]")
_CLAUSE_END = re.compile(r"[,;:.!?\u2013\u2014]")
# An indirect yes/no question: "(asked) whether X", "(asked) if X".
_YES_NO_CLAUSE = re.compile(r"(?i)\W*(?:whether|if)\b")
# "asked if he could give a shout-out" asks for something to be done: a request.
_REQUEST_CLAUSE = re.compile(
    r"(?i)\W*(?:whether|if)\s+(?:i|we|you|he|she|they|someone|anyone|anything|something)"
    r"\s+(?:could|can|would|will|might|may)\b"
)
_CUE_NEGATION = re.compile(
    rf"(?i)\b{_NEGATION}\b|n['\u2019]t\b"
    r"|\b(?:declin|refus)(?:e|es|ed|ing)\s+to\b|\b(?:unable|fail(?:s|ed|ing)?)\s+to\b"
)
# "not only denied" negates nothing.
_NOT_ONLY = re.compile(r"(?i)not\s+(?:only|just|merely|simply)\b")
_MONTH_MAY = re.compile(r"(?i)\bmay\s+\d|\b(?:in|on|since|by|until|of|early|late|mid)[-\s]+may\b")
_QUESTION_MARK = re.compile(r"\?")
_NOT_YES_NO = re.compile(
    r"(?i)[\s\W]*(?:(?:what|how|why|who|whom|whose|when|where|which)\b|\w+\s+(?:you|ya)\b)"
)
_OR = re.compile(r"(?i)\bor\b")
_MODALS = frozenset({"may", "might", "could"})
_NO_CUES = Cues()
_CUE_CACHE_SIZE = 4096


def _inflect(verb: str) -> set[str]:
    """The base form of a verb and its -s, -ed and -ing forms."""
    forms = {verb, *_IRREGULAR.get(verb, ())}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        stem = verb[:-1]
        return forms | {stem + "ies", stem + "ied", verb + "ing"}
    if verb.endswith("e"):
        return forms | {verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return forms | {verb + "es", verb + "ed", verb + "ing"}
    forms |= {verb + "s", verb + "ed", verb + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):  # rebut -> rebutted
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _head_forms(phrase: str, inflect: bool) -> list[str]:
    """The forms a phrase's first word takes, longest first."""
    head = phrase.lower().split()[0]
    return sorted(_inflect(head), key=len, reverse=True) if inflect else [head]


def _phrase_pattern(phrase: str, inflect: bool) -> str:
    """A regex for a phrase: head verb inflected, one optional word between words."""
    words = phrase.lower().split()
    # Plural nouns in verb phrases ("raise doubt" -> "raised doubts").
    rest = [re.escape(w) + ("s?" if inflect and w.isalpha() else "") for w in words[1:]]
    heads = _head_forms(phrase, inflect)
    parts = ["(?:" + "|".join(re.escape(h) for h in heads) + ")", *rest]
    between = r"\s+(?:[\w'-]+\s+)?" if inflect else r"\s+"
    body = between.join(parts)
    start = r"\b" if phrase[0].isalnum() else ""
    end = r"\b" if phrase[-1].isalnum() else ""
    return start + body + end


def _compile(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(patterns), re.IGNORECASE)


def _alternation(phrases: Iterable[str], inflect: bool) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return _compile([_phrase_pattern(p, inflect) for p in ordered])


# Characters outside ASCII that a case-blind regex takes for an ASCII letter
# (dotted and dotless i, long s, the Kelvin sign): a text holding one is
# scanned whole, the slow way, so that it matches exactly as everywhere else.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"[a-z]+")


class _Folded(NamedTuple):
    """A text lowercased once, with the words it holds (or those of them that matter)."""

    lowered: str
    words: frozenset[str]


def _fold(text: str, words: re.Pattern[str] = _WORD) -> _Folded | None:
    """`text` ready for phrase look-up, or None when it must be scanned whole.

    `words` finds the words to keep in lowercased text; by default, all of them.
    """
    if not text.isascii() and _ODD_CASE.search(text):
        return None
    lowered = text.lower()
    return _Folded(lowered, frozenset(words.findall(lowered)))


def _word_finder(words: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of `words` (lowercase letters) as a whole word.

    The words share their prefixes in the regex ("den(?:y|ied|ies)"), so that
    a scan tries one letter at each place, not every word.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return re.compile(rf"\b(?:{_trie_pattern(trie)})\b")


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        re.escape(letter) + _trie_pattern(rest) for letter, rest in sorted(node.items()) if letter
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _start_key(form: str) -> str:
    """What a phrase starting with `form` starts with in lowercased text: the letters
    up to its first non-letter ("u.s." -> "u"), or its first character (":")."""
    letters = _WORD.match(form)
    return letters.group() if letters else form[0]


_Label = TypeVar("_Label")


class _Group(NamedTuple, Generic[_Label]):
    """The phrases of one label that start with the same word, as one regex."""

    rank: int  # the label's place among the labels: ties go to the first
    label: _Label
    regex: re.Pattern[str]
    # The last words of its phrases, one of which the text must hold for any to
    # match; None when a phrase is one word.
    needs: tuple[str, ...] | None


@dataclass(frozen=True)
class _Phrases(Generic[_Label]):
    """Labelled sets of phrases (one per stance, say), each one case-blind alternation.

    A large alternation is slow to try at every position of a text, so the
    phrases are also grouped by the word (or character) each starts with, and
    a group's regex is tried only where the text holds that word. `find`
    returns exactly the matches of each label's `patterns[label].finditer`.
    """

    patterns: dict[_Label, re.Pattern[str]]
    # starting word (or character) -> the groups of phrases starting there
    by_word: dict[str, list[_Group[_Label]]]
    by_char: dict[str, list[_Group[_Label]]]

    @classmethod
    def build(cls, phrases: dict[_Label, list[str]], inflect: bool) -> _Phrases[_Label]:
        patterns: dict[_Label, re.Pattern[str]] = {}
        by_word: dict[str, list[_Group[_Label]]] = {}
        by_char: dict[str, list[_Group[_Label]]] = {}
        for rank, (label, group) in enumerate(phrases.items()):
            ordered = sorted(set(group), key=len, reverse=True)
            patterns[label] = _compile([_phrase_pattern(p, inflect) for p in ordered])
            by_start: dict[str, list[str]] = {}
            for phrase in ordered:  # longest first here too, as in `patterns`
                starts = dict.fromkeys(_start_key(form) for form in _head_forms(phrase, inflect))
                for key in starts:
                    by_start.setdefault(key, []).append(phrase)
            for key, members in by_start.items():
                regex = _compile([_phrase_pattern(p, inflect) for p in members])
                lasts = [p.lower().split()[1:] for p in members]
                # Each phrase of more than one word needs its last word in the text.
                needs = None if not all(lasts) else tuple({words[-1] for words in lasts})
                index = by_word if _WORD.fullmatch(key) else by_char
                index.setdefault(key, []).append(_Group(rank, label, regex, needs))
        return cls(patterns, by_word, by_char)

    def find(self, text: str) -> list[tuple[re.Match[str], _Label]]:
        """Every match in text order, ties in label order."""
        return self.find_folded(text, _fold(text))

    def find_folded(self, text: str, folded: _Folded | None) -> list[tuple[re.Match[str], _Label]]:
        """`find`, with `text` already folded (`folded` is `_fold(text)`)."""
        if folded is None:
            return self._scan_whole(text)
        starts = list(self.by_word.keys() & folded.words)
        starts += [char for char in self.by_char if char in folded.lowered]
        if not starts:
            return []
        # Every place the text holds a starting word, even inside a longer word:
        # each regex starts with a word boundary, which rules those out.
        lowered = folded.lowered
        candidates = [
            (at, rank, label, regex)
            for start in starts
            for rank, label, regex, needs in self.by_word.get(start) or self.by_char[start]
            if needs is None or any(word in lowered for word in needs)
            for at in _positions(lowered, start)
        ]
        candidates.sort(key=lambda candidate: candidate[:2])
        hits: list[tuple[re.Match[str], _Label]] = []
        ends: dict[_Label, int] = {}
        for at, _, label, regex in candidates:
            if at < ends.get(label, 0):
                continue  # inside the label's last match: matches do not overlap
            match = regex.match(text, at)
            if match:
                hits.append((match, label))
                ends[label] = match.end()
        return hits

    def _scan_whole(self, text: str) -> list[tuple[re.Match[str], _Label]]:
        everywhere = [
            (match, label)
            for label, pattern in self.patterns.items()
            for match in pattern.finditer(text)
        ]
        everywhere.sort(key=lambda hit: hit[0].start())
        return everywhere


def _positions(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _tables(
    base: dict[Stance, tuple[str, ...]], extra: dict[Stance, tuple[str, ...]], inflect: bool
) -> _Phrases[Stance]:
    """Base phrases plus the ledger's, where the ledger's stance wins for a shared phrase."""
    overridden = {p.lower() for phrases in extra.values() for p in phrases}
    merged = {
        stance: [p for p in base.get(stance, ()) if p.lower() not in overridden]
        + list(extra.get(stance, ()))
        for stance in Stance
    }
    return _Phrases.build(merged, inflect)


class _CueReading(NamedTuple):
    """What a cue says by itself."""

    stance: Stance | None  # the stance it carries, negation applied
    negated: bool  # "did not deny", "declined to confirm"
    refuses: bool  # a refusal or failure to say: "would not say", "declined to comment"
    asks: bool  # a question verb: "asked", "wondered"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The stance cue words, compiled once; build with `Lexicon.build`."""

    cues: _Phrases[Stance] = field(repr=False)
    markers: _Phrases[Stance] = field(repr=False)
    lemmas: dict[str, Stance] = field(repr=False)
    _hedge: _Phrases[str] = field(repr=False)
    _position: re.Pattern[str] = field(repr=False)
    _evaluation: re.Pattern[str] = field(repr=False)
    _speech: re.Pattern[str] = field(repr=False)
    _refused_speech: re.Pattern[str] = field(repr=False)
    _withheld_speech: re.Pattern[str] = field(repr=False)
    _question: re.Pattern[str] = field(repr=False)
    # Finds the words that content rules look for: phrases' first words, negations.
    _words: re.Pattern[str] = field(repr=False)
    # A corpus uses a few hundred cue phrases over and over ("said", "told").
    _cue_readings: dict[str, _CueReading] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, extra: Cues = _NO_CUES) -> Lexicon:
        """The built-in lexicon, extended (and overridden) by the ledger's `cues:` block."""
        user = {
            Stance.ASSERTS: extra.asserts,
            Stance.DENIES: extra.denies,
            Stance.DISPUTES: extra.disputes,
        }
        lemmas = {verb: stance for stance, verbs in CUE_VERBS.items() for verb in verbs}
        lemmas.update({p.lower(): stance for stance, ps in user.items() for p in ps})
        # Ledger phrases act both as cues ("brushed off") and as content markers.
        user_markers = {stance: tuple(ps) for stance, ps in user.items()}
        cues = _tables(CUE_VERBS, user, inflect=True)
        markers = _tables(CONTENT_MARKERS, user_markers, inflect=False)
        return cls(
            cues=cues,
            markers=markers,
            lemmas=lemmas,
            _hedge=_Phrases.build({"hedge": list(HEDGES)}, inflect=False),
            _position=_alternation(POSITION_VERBS, inflect=True),
            _evaluation=re.compile(
                # Determiners and one modifier: "no military solution", "in Beijing's interest".
                r"(?:(?:the|a|an|in|of|any|our|their|its|his|her|[\w-]+['\u2019]s)\s+){0,3}"
                r"(?:[\w-]+\s+)?"
                rf"(?:{_alternation(EVALUATIONS, inflect=False).pattern})",
                re.IGNORECASE,
            ),
            _speech=_alternation(SPEECH_VERBS, inflect=True),
            _refused_speech=_alternation(REFUSED_SPEECH_VERBS, inflect=True),
            _withheld_speech=_alternation(
                (*SPEECH_VERBS, *REFUSED_SPEECH_VERBS, "answer", "specify"), inflect=True
            ),
            _question=_alternation(QUESTION_VERBS, inflect=True),
            _words=_word_finder({*cues.by_word, *markers.by_word, *_NEGATION_WORDS, "down"}),
        )

    def cue_lemmas(self) -> frozenset[str]:
        """Every stance-bearing cue phrase in its base form ("deny", "cast doubt")."""
        return frozenset(self.lemmas)

    def cue_pattern(self) -> re.Pattern[str]:
        """One regex matching any stance-bearing cue phrase in any inflection."""
        alternatives = "|".join(f"(?:{p.pattern})" for p in self.cues.patterns.values())
        return re.compile(alternatives, re.IGNORECASE)

    def find_cue(self, text: str) -> tuple[Span, str, Stance] | None:
        """The first stance-bearing cue phrase in `text`: its span, words and stance."""
        for match, stance in self.cues.find(text):
            return match.span(), match.group(0), stance
        return None

    def cue_stance(self, cue: str) -> Stance | None:
        """The stance a cue phrase carries by itself, or None for neutral cues ("said").

        A negated cue turns: "did not deny" asserts, "declined to confirm" disputes,
        and a refusal to say ("would not say", "did not confirm or deny") disputes.
        A question ("asked") carries none: what it asks decides.
        """
        return self._read_cue(cue).stance

    def cue_settles(self, cue: str, content: str) -> Stance | None:
        """The stance the cue settles by itself (rules 1-3), or None when the content decides."""
        reading = self._read_cue(cue)
        if reading.stance is Stance.DENIES:
            return Stance.ASSERTS if _DENIED_DENIAL.match(content) else Stance.DENIES
        if reading.stance is Stance.DISPUTES:
            return Stance.DISPUTES
        if self.withholds_position(cue, content):
            return Stance.DISPUTES  # "would not say whether", "asked if"
        if reading.stance is Stance.ASSERTS and reading.negated:
            return Stance.ASSERTS  # "did not deny"
        return None

    def withholds_position(self, cue: str, content: str) -> bool:
        """Whether the cue withholds a position on the content (rule 3).

        It does when it refuses or fails to say ("would not say", "declined to
        comment", "did not say") or asks whether the content holds ("asked
        whether", "asked if").
        """
        reading = self._read_cue(cue)
        return reading.refuses or (
            reading.asks
            and bool(_YES_NO_CLAUSE.match(content))
            and not _REQUEST_CLAUSE.match(content)
        )

    def _read_cue(self, cue: str) -> _CueReading:
        try:
            return self._cue_readings[cue]
        except KeyError:
            pass
        if len(self._cue_readings) >= _CUE_CACHE_SIZE:
            self._cue_readings.clear()
        reading = self._cue_readings[cue] = self._reading_of(cue)
        return reading

    def _reading_of(self, cue: str) -> _CueReading:
        negation = _cue_negation(cue, len(cue))
        refuses = bool(negation and self._withheld_speech.search(cue, negation.end()))
        asks = bool(self._question.search(cue))
        found = self.cues.find(cue)
        stance = found[0][1] if found else None
        if found and _cue_negation(cue, found[0][0].start()):
            # "did not confirm or deny", "would neither confirm nor deny": no position.
            refuses = refuses or {Stance.ASSERTS, Stance.DENIES} <= {s for _, s in found}
            stance = Stance.DISPUTES if stance is Stance.ASSERTS else Stance.ASSERTS
        if refuses:
            stance = Stance.DISPUTES
        return _CueReading(stance, bool(negation), refuses, asks)

    def hedge_in(self, text: str) -> tuple[Span, str] | None:
        """The first hedge in `text` ("reportedly", "is said to", a question), or None.

        Modals ("may", "could", "might") count when they qualify the main
        clause: they say the content is possible, not that it is so ("so they
        could", "which may" qualify something else). "May" the month does not.
        A yes/no question ("Is X ...?", "Kim Jong-un dead?") raises the claim
        without asserting it, and its "?" is the hedge; a wh-question ("How did
        X ...?") takes its content for granted, and one put to the reader ("Would
        you ...?") is about the reader.
        """
        for match, _ in self._hedge.find(text):
            word = match.group(0).lower()
            if word in _MODALS and match.start() >= len(_main_clause(text)):
                continue
            if word == "may" and any(
                s <= match.start() < e for s, e in (m.span() for m in _MONTH_MAY.finditer(text))
            ):
                continue
            return match.span(), match.group(0)
        for _, end in _yes_no_questions(text):
            return (end - 1, end), "?"
        return None

    def content_stance(self, content: str) -> Stance | None:
        """The stance the content's own words take (rules 4-7), or None.

        A question that offers alternatives ("Real or hoax?", "... or not?")
        takes no side, so the rules read only the rest of the content. A
        question with one answer in view ("Was it all a hoax?") still leans.
        """
        content = _without_alternative_questions(content)
        folded = _fold(content, self._words)
        marker = self._marker_stance(content, folded)
        if marker is not None:
            return marker
        verb = self._verb_stance(content, folded)
        if verb is not None:
            return verb
        if self._negates_main_predicate(content, folded):
            return Stance.DENIES
        return None

    def marker_stance(self, content: str) -> Stance | None:
        """The stance of a false-or-contested marker in the content (rules 4-5), or None.

        A negated denial marker ("not fake", "no hoax") is an assertion.
        """
        return self._marker_stance(content, _fold(content, self._words))

    def _marker_stance(self, content: str, folded: _Folded | None) -> Stance | None:
        cancelled = False
        for match, stance in self.markers.find_folded(content, folded):
            if stance is Stance.DENIES and _negated_before(content, match.start(), words=3):
                cancelled = True
                continue
            return stance
        return Stance.ASSERTS if cancelled else None

    def _verb_stance(self, content: str, folded: _Folded | None) -> Stance | None:
        """A finite denial or doubting verb in the content ("North Korea denies ...")."""
        if (folded is None or "down" in folded.words) and _SHOT_DOWN_CLAIM.search(content):
            return Stance.DENIES
        for match, stance in self.cues.find_folded(content, folded):
            word = match.group(0).lower()
            if stance is Stance.ASSERTS or word.endswith("ing"):
                continue
            before = content[: match.start()]
            if re.search(r"(?i)\b(?:is|are|was|were|be|been|being|to)\s+$", before):
                continue  # passive or infinitive: not the speaker's own verb
            # A negation in the verb's own clause: "did not deny", "no one doubts",
            # not "NOT STOLEN, MTV CONTEST ...".
            if _CUE_NEGATION.search(_CLAUSE_END.split(before[-30:])[-1]):
                return Stance.ASSERTS
            if stance is Stance.DENIES and _DENIED_DENIAL.match(content, match.end()):
                return Stance.ASSERTS
            return stance
        return None

    def _negates_main_predicate(self, content: str, folded: _Folded | None) -> bool:
        if _HEADLINE_NO.search(content):
            return True
        if folded is not None and not _may_negate(folded):
            return False
        main = _main_clause(content)
        for match in _NEGATION_RE.finditer(main):
            start = _word_start(main, match.start())
            exempt = _NON_NEGATIONS.match(main, start)
            if exempt and not (
                exempt.group(0).lower().endswith("to") and _RAISING_BEFORE.search(main, 0, start)
            ):
                continue
            before = main[:start]
            if main[start:].lower().startswith("not ") and _CONTRAST_BEFORE.search(before):
                continue
            if _IMPERATIVE.match(main, start) and _IMPERATIVE_BEFORE.search(before):
                continue
            verb = _AUX_GAP.match(main, match.end())
            at = verb.end() if verb else match.end()
            if self._negates_position(main, match, at):
                continue
            if self._speech.match(main, at):
                continue  # "would not comment": no denial
            if self._refused_speech.match(main, at) and _REFUSAL.search(main[: match.end()]):
                continue  # "would not say"
            return True
        return False

    def _negates_position(self, main: str, negation: re.Match[str], at: int) -> bool:
        """Whether a negation belongs to a stated position rather than to a fact.

        A norm ("cannot", "should not"), a commitment or attitude ("will not
        allow", "does not see") and an evaluation ("is not the solution",
        "neither X nor Y is the answer") are what the speaker holds.
        """
        if _NORM.search(main, 0, negation.end()) and not _PERFECT.match(main, negation.end()):
            return True
        if self._position.match(main, at):
            return True
        if self._evaluation.match(main, at):
            return True
        if not _SUBJECT_NEGATION.match(negation.group(0)):
            return False
        copula = _COPULA.search(main, negation.end())
        return bool(copula and self._evaluation.match(main, copula.end()))


def _yes_no_questions(text: str) -> Iterator[Span]:
    """The spans of the yes/no questions in `text` ("Is X real?", "Kim dead?")."""
    for mark in _QUESTION_MARK.finditer(text):
        start = max(text.rfind(stop, 0, mark.start()) for stop in ".?!:") + 1
        if not _NOT_YES_NO.match(text, start):
            yield start, mark.end()


def _without_alternative_questions(text: str) -> str:
    """`text` with its either-or questions blanked out, offsets kept."""
    for start, end in _yes_no_questions(text):
        if _OR.search(text, start, end):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _cue_negation(cue: str, end: int) -> re.Match[str] | None:
    """The first negation or refusal in `cue[:end]` ("did not", "declined to"), if any."""
    for negation in _CUE_NEGATION.finditer(cue, 0, end):
        if not _NOT_ONLY.match(cue, negation.start()):
            return negation
    return None


def _may_negate(folded: _Folded) -> bool:
    """Whether a text may hold a negation at all: most hold none, and need no closer look."""
    return (
        not _NEGATION_WORDS.isdisjoint(folded.words)
        or "n't" in folded.lowered
        or "n\u2019t" in folded.lowered
    )


def _word_start(text: str, index: int) -> int:
    """Where the word holding `index` starts ("n't" belongs to "didn't")."""
    while index > 0 and (text[index - 1].isalnum() or text[index - 1] in "'\u2019"):
        index -= 1
    return index


def _main_clause(content: str) -> str:
    """The content up to its first subordinate or relative clause."""
    cut = _CLAUSE_BREAK.search(content)
    return content[: cut.start()] if cut else content


def _negated_before(text: str, index: int, words: int) -> bool:
    window = " ".join(text[:index].split()[-words:])
    return bool(_NEGATION_RE.search(window))


def classify_stance(cue: str | None, content: str, lexicon: Lexicon) -> Stance:
    """Whether a statement asserts, denies or disputes the claim its content states.

    See the module docstring for the rules, in order.
    """
    settled = lexicon.cue_settles(cue, content) if cue else None
    return settled or lexicon.content_stance(content) or Stance.ASSERTS
