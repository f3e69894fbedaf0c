"""Turn a statement's words into the terms claims are compared on.

Two sentences about the same claim rarely use the same words: "10,000 North
Korean soldiers" and "ten thousand DPRK troops" mean one thing. Normalising
maps both to the same terms before anything is scored:

1. party mentions (names, demonyms, capitals, abbreviations) become one party
   term each ("north_korea"), found by a `MentionFinder` (the party resolver);
2. number forms become digits ("10,000", "ten thousand", "10k" -> "10000");
3. near-synonyms, abbreviations and other names of one thing become one word
   ("soldiers", "forces" -> "troops"; "Feb" -> "february"; "Islamic State",
   "ISIL" -> "isis");
4. stop words and framing words ("accusations", "reportedly") are dropped;
5. what is left is lightly stemmed ("deployed", "deploying" -> "deploy"); a
   possessive inside an organisation's name ("the Kurdish Worker's Party") is
   a word of the name, its stem written capitalised ("Worker"), so it does
   not meet the common noun ("U.N. workers").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from claimtrack.entities import ORGANISATION_HEADS
from claimtrack.model import Span


class MentionFinder(Protocol):
    """Finds party mentions in free text; the party resolver is one."""

    def mentions(self, text: str) -> list[tuple[Span, str]]: ...


@dataclass(frozen=True)
class Terms:
    """The normalised terms of one text: content stems and party terms, in text order."""

    words: tuple[str, ...]
    parties: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.parties + self.words

    def __reduce__(self) -> tuple[type[Terms], tuple[tuple[str, ...], tuple[str, ...]]]:
        # Made again from its two tuples: a fifth of the cost of restoring a
        # dataclass's `__dict__`, for the many a `--jobs` worker sends back.
        return Terms, (self.words, self.parties)

    def __bool__(self) -> bool:
        return bool(self.words or self.parties)


def _words(text: str) -> list[str]:
    return text.split()


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words, reporting verbs and hedges: they say how something was said,
# not what was said, so two statements sharing them share nothing of substance;
# nor does the Arabic article of names ("al-Shabaab", "al-Baghdadi").
STOP_WORDS = _word_set(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves
    say says said saying tell tells told telling add adds added state stated states
    according reportedly allegedly apparently purportedly supposedly reported reporting
    claim claims claimed claiming report reports news
    may might must shall yet however still even already ever new latest
    s t d ll re ve mr mrs ms dr via amid despite among upon onto per al el
    """
)

# Words that point at something said elsewhere ("deny the accusations") rather
# than saying it. Dropped from the terms; a statement left with none of its own
# words refers back to an earlier claim.
FRAMING_WORDS = _word_set(
    """
    accusation accusations accuse accuses accused accusing allegation allegations allege
    alleges alleged alleging assertion assertions charge charges suggestion suggestions
    rumour rumours rumor rumors story stories speculation speculations information
    statement statements remark remarks comment comments
    deny denies denied denying denial denials reject rejects rejected rejecting rejection
    dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut rebuts
    rebutted rebutting debunk debunks debunked debunking dispute disputes disputed disputing
    question questions questioned
    baseless groundless unfounded false untrue fabricated fabrication fabrications
    nonsense lie lies lying slander smear absurd ridiculous totally completely entirely
    evidence proof confirm confirms confirmed confirming
    """
)

# Near-synonyms mapped to one readable word. Only inflected forms listed here
# are mapped, so "force" (as in "by force") stays itself while "forces" joins
# "troops".
_SYNONYM_GROUPS: dict[str, str] = {
    "troops": "troop troops soldier soldiers forces servicemen personnel",
    "deploy": (
        "deploy deploys deployed deploying deployment deployments send sends sent sending "
        "dispatch dispatches dispatched dispatching stationed stationing"
    ),
    "weapons": "weapon weapons arms armaments weaponry munitions",
    "fight": "fight fights fought fighting combat battle battles battling battled",
    "buy": (
        "buy buys bought buying purchase purchases purchased purchasing acquire acquires "
        "acquired acquiring acquisition"
    ),
    "kill": "kill kills killed killing slay slays slain murder murders murdered murdering",
    "die": "die dies died dying dead death deaths",
    "arrest": "arrest arrests arrested arresting detain detains detained detaining detention",
    "ban": "ban bans banned banning prohibit prohibits prohibited",
    "supply": (
        "supply supplies supplied supplying provide provides provided providing deliver "
        "delivers delivered delivering deliveries"
    ),
    "missile": "missile missiles rocket rockets",
    "ammunition": "ammunition shell shells artillery",
    "photo": (
        "photo photos photograph photographs photographed picture pictures pictured image images"
    ),
    "video": "video videos footage clip clips filmed",
    # One armed group under the names the news gives it.
    "isis": "isis isil daesh",
    "january": "january jan",
    "february": "february feb",
    "april": "april apr",
    "june": "june jun",
    "july": "july jul",
    "august": "august aug",
    "september": "september sep sept",
    "october": "october oct",
    "november": "november nov",
    "december": "december dec",
}
# Names of several words that stand for one term ("Islamic State" is ISIS,
# not anything Islamic), as patterns over lower-case text, each opening on a word
# of its own: a text holding none of those words holds none of the names.
_PHRASES = {"isis": r"islamic\W+state"}
_PHRASE = re.compile("|".join(rf"\b(?P<{term}>{pattern})\b" for term, pattern in _PHRASES.items()))


def _opening_word(pattern: str) -> str:
    found = re.match(r"[a-z]+", pattern)
    assert found is not None, f"a phrase must open on a word: {pattern}"
    return found.group()


_PHRASE_NEEDS = tuple(_opening_word(pattern) for pattern in _PHRASES.values())
SYNONYMS: dict[str, str] = {
    form: canon for canon, forms in _SYNONYM_GROUPS.items() for form in forms.split()
}

_SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate(_words("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_NUMBER_WORDS = frozenset(_SMALL_NUMBERS) | frozenset(_TENS)
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

# A word is a run of letters, or a number with separators and maybe a suffix.
# (Letters first: most words are; a letter never opens a number, so the order
# of the two finds the same words.)
_WORD = re.compile(r"[^\W\d_]+|\d[\d,.]*\d[^\W_]*|\d[^\W_]*")
# A digit: a text with none (and no number word) has no number to join.
_DIGIT = re.compile(r"\d")
# A number, optionally glued to a scale ("10k", "19M", "2.5bn") or an ordinal.
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|st|nd|rd|th)?")
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_PARTY_TERM = re.compile(r"[^a-z0-9]+")


# One piece of a text split at party mentions: its words, and the party
# mentioned there (None for the text between mentions).
Piece = tuple[str, str | None]


def mark_parties(text: str, finder: MentionFinder) -> list[Piece]:
    """`text` split at its party mentions, in order."""
    text = fold(text)
    pieces: list[Piece] = []
    cursor = 0
    for (start, end), party in sorted(finder.mentions(text)):
        if start < cursor:
            continue  # overlapping mentions: the first one wins
        pieces.append((text[cursor:start], None))
        # A mention may carry common nouns ("North Korean soldiers"): its
        # lower-case words are content, its capitalised words are the name.
        nouns = " ".join(w for w in text[start:end].split() if w[:1].islower())
        pieces.append((nouns, party))
        cursor = end
    pieces.append((text[cursor:], None))
    return pieces


def normalise(text: str, finder: MentionFinder) -> Terms:
    """The comparable terms of `text`: party terms, then content stems, in text order."""
    return terms_of(mark_parties(text, finder))


def terms_of(pieces: Sequence[Piece]) -> Terms:
    """The comparable terms of a text already split at its party mentions."""
    parties = (party_term(party) for _, party in pieces if party is not None)
    text = " ".join(text for text, _ in pieces)
    if "'" not in text or _ORGANISATION_NAME.search(text) is None or _title_case(text):
        words = tuple(_stem_words(text))
    else:
        words = tuple(_named_stem_words(text))
    return Terms(words=words, parties=tuple(dict.fromkeys(parties)))


# An organisation's name of several capitalised words ending on the noun of its
# kind ("the Kurdistan Workers' Party", "the Kurdish Worker's Party").
_NAME_WORD = r"[A-Z](?:[\w'&-]*|(?:\.[A-Z])*\.)"  # a word or initials ("U.N.")
_ORGANISATION_NAME = re.compile(
    rf"\b(?:{_NAME_WORD} +)+(?:"
    + "|".join(sorted((w.capitalize() for w in ORGANISATION_HEADS), reverse=True))
    + r")\b"
)
# A possessive's ending: "Worker's", "Workers'" (texts here are folded: `mark_parties`).
_POSSESSIVE = re.compile(r"(?:'s|s')$")


def _named_stem_words(text: str) -> list[str]:
    """`_stem_words(text)`, with a common noun in the possessive inside an
    organisation's name read as a word of the name.

    In "the Kurdish Worker's Party" or "Government Girls' Secondary School" the
    possessive between the name's first word and the noun of its kind says whose
    body it is: a word of the name, and not the workers or girls a text speaks
    of ("U.N. workers"). Its stem is written capitalised ("Worker"), so it meets
    the same word of a name and not the common noun. The name's first word and
    the noun of its kind stay as they are: the first is often a name of its own
    ("Apple", "Kurdistan"; "Branson's Virgin Group" is Branson's), and "the
    party" may well be the party named."""
    stems: list[str] = []
    cursor = 0
    for found in _ORGANISATION_NAME.finditer(text):
        words = found.group().split()
        while len(words) > 2 and words[0].lower() in STOP_WORDS:
            del words[0]  # "The Kurdistan Workers' Party"
        stems += _stem_words(text[cursor : found.start()] + " " + words[0])
        for word in words[1:-1]:
            named = _POSSESSIVE.search(word) is not None
            stems += [stem.capitalize() if named else stem for stem in _stem_words(word)]
        stems += _stem_words(words[-1])
        cursor = found.end()
    stems += _stem_words(text[cursor:])
    return stems


def party_term(party: str) -> str:
    """One token for a party name: "North Korea" -> "north_korea"."""
    return _PARTY_TERM.sub("_", fold(party).lower()).strip("_")


def fold(text: str) -> str:
    """Strip accents and unify quotes, so curly and straight apostrophes compare equal."""
    if text.isascii():
        return text
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_words(text: str) -> list[str]:
    """Lower-case words of `text` that carry meaning, unstemmed, numbers as digits."""
    return [
        SYNONYMS.get(word, word)
        for word in _tokens(text)
        if word not in STOP_WORDS and word not in FRAMING_WORDS
    ]


def _stem_words(text: str) -> list[str]:
    """The stems of `content_words(text)`, in order."""
    stems: list[str] = []
    known = _TOKEN_STEMS
    for token in _tokens(text):
        found = known.get(token)
        if found is None:
            if len(known) >= _TOKEN_STEMS_KEPT:
                known.clear()
            found = known[token] = token_stem(token)
        if found:
            stems.append(found)
    return stems


def token_stem(token: str) -> str:
    """What one token of `_numbers_joined` becomes among a text's terms ("" for none):
    `content_words` and then the stem, one word at a time."""
    if token in STOP_WORDS or token in FRAMING_WORDS:
        return ""
    word = SYNONYMS.get(token, token)
    return word if word in _SYNONYM_GROUPS or word[:1].isdigit() else stem(word)


# Tokens' stems (`token_stem`), kept across texts: words recur.
_TOKEN_STEMS: dict[str, str] = {}
_TOKEN_STEMS_KEPT = 1 << 16


def _tokens(text: str) -> Iterable[str]:
    """The tokens of `text` with its numbers joined (`_numbers_joined`): as found,
    when the text holds no digit and no number word, which is all they would do."""
    lowered = fold(text).lower()
    if any(map(lowered.__contains__, _PHRASE_NEEDS)):
        lowered = _PHRASE.sub(_phrase_term, lowered)
    words = _WORD.findall(lowered)
    if _DIGIT.search(lowered) is None and _NUMBER_WORDS.isdisjoint(words):
        return words
    return _numbers_joined(_raw_tokens(words))


def _raw_tokens(words: Iterable[str]) -> Iterator[str]:
    """A text's words (`_WORD`), its numbers split from a scale glued to them."""
    for token in words:
        number = _NUMBER.fullmatch(token) if token[0].isdigit() else None
        if number is None:
            yield token
            continue
        yield number.group(1).replace(",", "")
        scale = number.group(2)
        if scale and scale not in _ORDINALS:
            yield scale


def _phrase_term(match: re.Match[str]) -> str:
    return match.lastgroup or match.group()


def _numbers_joined(tokens: Iterator[str]) -> Iterator[str]:
    """Collapse "10 thousand", "ten thousand", "10 k", "2.5 million" into one number."""
    value: float | None = None
    for token in tokens:
        if value is None and token not in _NUMBER_WORDS and not token[0].isdigit():
            yield token  # the common case: a plain word, no number pending
            continue
        number = number_value(token)
        scale = _SCALES.get(token) if value is not None else None
        if number is not None and value is not None and _continues(value, number, token):
            value += number  # "twenty five", "two hundred and ten"
        elif scale is not None and value is not None:
            value *= scale
        else:
            if value is not None:
                yield _format_number(value)
            value = number
            if number is None:
                yield token
    if value is not None:
        yield _format_number(value)


def _continues(value: float, number: float, token: str) -> bool:
    # "twenty five" and "hundred two" continue a spelled number; "2015 20" does not.
    spelled = not token[:1].isdigit()
    return spelled and (value >= 100 or (value % 10 == 0 and value >= 20 and number < 10))


def number_value(token: str) -> float | None:
    """The value of a number written in digits or as a word ("ten", "40"), or None."""
    if token[:1].isdigit():
        try:
            value = float(token)
        except ValueError:
            return None
        # An id such as 1121_784e924015583485 reads as infinity: a word, not a number.
        return value if math.isfinite(value) else None
    if token in _SMALL_NUMBERS:
        return float(_SMALL_NUMBERS[token])
    if token in _TENS:
        return float(_TENS[token])
    return None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_STEM_SUFFIXES = tuple(_words("ations ation ments ment ings ing edly ied ed ies es s"))
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, predictable suffix stripper: inflections of one word share a stem.

    Not a linguistic stemmer: it only has to send "deployed", "deploys" and
    "deploying" to the same string, and never two unrelated common words. A
    verb and the noun English makes of it share one too ("refused", "refusal";
    "decided", "decision"), since a report of an act names it either way.
    """
    verb = _nominalised_verb(word)
    return _inflection_stem(word if verb is None else verb)


def _inflection_stem(word: str) -> str:
    if len(word) <= 3:
        return word
    for suffix in _STEM_SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < 3 or not _VOWEL.search(base):
            continue
        if suffix in {"ies", "ied"}:
            return base + "y"
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
            base = word[:-1]  # "forces" -> "force", not "forc"
        if suffix in {"ing", "ed", "ings", "edly"} and _doubled(base):
            base = base[:-1]  # "planned" -> "plan"
        return _strip_final_e(base)
    return _strip_final_e(word)


# Nouns English makes of a verb with an ending of its own, not "-ation" or
# "-ment" (which `stem` strips): "the refusal" is the act "refused" tells. A
# closed list, as the language has it; a noun whose verb means something else
# ("trial", "proposal" of marriage aside) is not in it.
_NOMINALISATIONS: dict[str, str] = {
    "refusal": "refuse", "denial": "deny", "arrival": "arrive", "approval": "approve",
    "proposal": "propose", "withdrawal": "withdraw", "dismissal": "dismiss",
    "removal": "remove", "survival": "survive", "betrayal": "betray", "burial": "bury",
    "disposal": "dispose", "reversal": "reverse", "renewal": "renew", "portrayal": "portray",
    "rejection": "reject", "abduction": "abduct", "execution": "execute",
    "destruction": "destroy", "seizure": "seize", "invasion": "invade", "decision": "decide",
    "conviction": "convict", "eviction": "evict", "prediction": "predict", "deletion": "delete",
    "admission": "admit", "permission": "permit", "submission": "submit", "omission": "omit",
    "intervention": "intervene", "suspension": "suspend", "expulsion": "expel",
    "explosion": "explode", "collision": "collide", "conclusion": "conclude",
    "confession": "confess", "discussion": "discuss", "departure": "depart", "failure": "fail",
    "closure": "close", "disclosure": "disclose", "exposure": "expose",
}  # fmt: skip


def _nominalised_verb(word: str) -> str | None:
    verb = _NOMINALISATIONS.get(word)
    if verb is None and word.endswith("s"):
        verb = _NOMINALISATIONS.get(word[:-1])
    return verb


def _doubled(base: str) -> bool:
    return len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz" + "aeiou"


def _strip_final_e(word: str) -> str:
    # "arrive", "arrived", "arriving" all end up as "arriv".
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


# Capitalised words that name no actor: titles, days, months and other words
# English capitalises, which two unrelated stories share freely.
_NOT_ACTORS = _word_set(
    """
    i mr mrs ms dr sir rep sen gen col lt sgt adm capt prof president minister secretary
    spokesman spokeswoman spokesperson official officials chief director governor senator
    congressman congresswoman commander general prime deputy foreign state department
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    god internet web twitter facebook instagram youtube tv news
    armed forces force operations troops command commanding army military navy air special
    security intelligence ministry government council committee agency office police
    """
)
_CAPITALISED = re.compile(r"[^\W\d_][\w'\u2019-]*")
# What opens a sentence or a quotation before a word: the text's start, or one
# of these (or "--") with nothing but spaces and punctuation after it.
_OPENERS = frozenset('.!?:;"\u201c\u201d([\u2014')


def _opening(before: str, text: str, end: int) -> bool:
    """Whether `before + text[:end]` ends where a sentence or quotation opens.

    Only its last run of characters that are not word characters (`\\W`) is
    read, from the end backwards: each word of a long text costs no more than
    the punctuation before it.
    """
    start = end
    while start > 0 and not _word_char(text[start - 1]):
        start -= 1
    run = text[start:end]
    if start == 0:
        first = len(before)
        while first > 0 and not _word_char(before[first - 1]):
            first -= 1
        if first == 0:
            return True
        run = before[first:] + run
    return "--" in run or not _OPENERS.isdisjoint(run)


def _word_char(char: str) -> bool:
    """`\\w` of a regular expression: a letter, digit or number of any script, or "_"."""
    return char.isalnum() or char == "_"


# Marks a party among named actors, so it can be told from a proper name.
PARTY_ACTOR = "@"
# Stands among the actors of a text whose capitals say nothing (Title Case).
UNKNOWN_ACTORS = "*"


def _title_case(text: str) -> bool:
    """Whether most longer words are capitalised, as in a headline's Title Case."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text) if w.lower() not in STOP_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.75 * len(words)


def actors_of(pieces: Sequence[Piece]) -> frozenset[str]:
    """The named actors of a text split at its party mentions: party terms and proper names.

    A proper name is a capitalised word that does not open a sentence or a
    quotation and is no title, day or month ("Hunter", "Batmobile", "Kobani");
    it is lower-cased and stemmed like any term, so "Kurds" and "Kurd" agree.
    Parties are marked with `PARTY_ACTOR` ("@north_korea").
    """
    found = {PARTY_ACTOR + party_term(party) for _, party in pieces if party is not None}
    if _title_case(" ".join(text for text, _ in pieces)):
        # In a headline's Title Case capitals mark no name: the actors are unknown.
        return frozenset({*found, UNKNOWN_ACTORS})
    before = ""
    for text, party in pieces:
        if party is not None:
            before = "x"  # a mention is a word: what follows it opens nothing
            continue
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            # Most words are in lower case: whether one opens a sentence is read
            # only for a capitalised one.
            if word[0].isupper() and not _opening(before, text, match.start()):
                found.update(_name_actors(word))
        before = text
    return frozenset(found)


@lru_cache(maxsize=1 << 14)
def _name_actors(word: str) -> tuple[str, ...]:
    """The actors one capitalised word names where it opens nothing (`actors_of`):
    its content words less titles, days and numbers, stemmed. Kept per word, as
    names recur from text to text."""
    return tuple(
        part if part in _SYNONYM_GROUPS else stem(part)
        for part in content_words(word)
        if part not in _NOT_ACTORS and not part[:1].isdigit()
    )
