"""Word lists and compiled patterns for attribution extraction.

Extraction owns the reporting and attribution verbs (which words introduce a
statement); `stance` owns which cues and contents mean asserts, denies or
disputes. Every regular expression here is linear: no nested quantifiers over
overlapping classes, and callers only ever run them over bounded windows.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack import _lazyre as re


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(lemma: str, *forms: str) -> dict[str, str]:
    return dict.fromkeys((lemma, *forms), lemma)


# Verbs that report a clause, a quotation or a trailing attribution ("X said
# (that) ...", '"...," X said'). Lemma -> its surface forms.
SAY_VERBS: dict[str, str] = {
    **_forms("say", "says", "said", "saying"),
    **_forms("tell", "tells", "told", "telling"),
    **_forms("state", "states", "stated", "stating"),
    **_forms("add", "adds", "added", "adding"),
    **_forms("claim", "claims", "claimed", "claiming"),
    **_forms("report", "reports", "reported", "reporting"),
    **_forms("announce", "announces", "announced", "announcing"),
    **_forms("explain", "explains", "explained", "explaining"),
    **_forms("insist", "insists", "insisted", "insisting"),
    **_forms("note", "notes", "noted", "noting"),
    **_forms("argue", "argues", "argued", "arguing"),
    **_forms("write", "writes", "wrote", "writing"),
    **_forms("affirm", "affirms", "affirmed", "affirming"),
    **_forms("confirm", "confirms", "confirmed", "confirming"),
    **_forms("stress", "stresses", "stressed", "stressing"),
    **_forms("emphasize", "emphasizes", "emphasized", "emphasizing"),
    **_forms("emphasise", "emphasises", "emphasised", "emphasising"),
    **_forms("underscore", "underscores", "underscored", "underscoring"),
    **_forms("warn", "warns", "warned", "warning"),
    **_forms("caution", "cautions", "cautioned", "cautioning"),
    **_forms("mention", "mentions", "mentioned", "mentioning"),
    **_forms("suggest", "suggests", "suggested", "suggesting"),
    **_forms("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    **_forms("admit", "admits", "admitted", "admitting"),
    **_forms("assert", "asserts", "asserted", "asserting"),
    **_forms("contend", "contends", "contended", "contending"),
    **_forms("declare", "declares", "declared", "declaring"),
    **_forms("maintain", "maintains", "maintained"),
    **_forms("reiterate", "reiterates", "reiterated", "reiterating"),
    **_forms("repeat", "repeats", "repeated"),
    **_forms("reply", "replies", "replied"),
    **_forms("respond", "responds", "responded"),
    **_forms("tweet", "tweets", "tweeted", "tweeting"),
    **_forms("allege", "alleges", "alleged", "alleging"),
    **_forms("predict", "predicts", "predicted", "predicting"),
    **_forms("concede", "concedes", "conceded", "conceding"),
    **_forms("complain", "complains", "complained", "complaining"),
    **_forms("observe", "observes", "observed"),
    **_forms("remark", "remarks", "remarked"),
    **_forms("recall", "recalls", "recalled", "recalling"),
    **_forms("testify", "testifies", "testified"),
    **_forms("vow", "vows", "vowed", "vowing"),
    **_forms("promise", "promises", "promised", "promising"),
    **_forms("pledge", "pledges", "pledged"),
    **_forms("reveal", "reveals", "revealed", "revealing"),
    **_forms("disclose", "discloses", "disclosed"),
    **_forms("estimate", "estimates", "estimated"),
    **_forms("indicate", "indicates", "indicated"),
    **_forms("ask", "asks", "asked", "asking"),
    **_forms("continue", "continues", "continued"),
    **_forms("believe", "believes", "believed"),
    **_forms("think", "thinks", "thought"),
    **_forms("conclude", "concludes", "concluded"),
    **_forms("boast", "boasts", "boasted"),
    **_forms("joke", "jokes", "joked"),
    **_forms("quip", "quips", "quipped"),
    **_forms("counter", "counters", "countered"),
    **_forms("retort", "retorted"),
    **_forms("charge", "charged"),
    **_forms("point out", "points out", "pointed out", "pointing out"),
    **_forms("point to", "points to", "pointed to", "pointing to"),
    # Machine paraphrase turns "told" into "instructed"; only a that-clause
    # makes it a report (see CLAUSE_ONLY).
    **_forms("instruct", "instructed"),
}

# Verbs whose object is the claim itself ("accused Y of Z", "denied the
# accusations", "condemned Y", "brushed off Y"): a noun phrase is content.
OBJECT_VERBS: dict[str, str] = {
    **_forms("accuse", "accuses", "accused", "accusing"),
    **_forms("deny", "denies", "denied", "denying"),
    **_forms("reject", "rejects", "rejected", "rejecting"),
    **_forms("dismiss", "dismisses", "dismissed", "dismissing"),
    **_forms("refute", "refutes", "refuted", "refuting"),
    **_forms("debunk", "debunks", "debunked", "debunking"),
    **_forms("rebut", "rebuts", "rebutted", "rebutting"),
    **_forms("dispute", "disputes", "disputed", "disputing"),
    **_forms("condemn", "condemns", "condemned", "condemning"),
    **_forms("criticize", "criticizes", "criticized", "criticizing"),
    **_forms("criticise", "criticises", "criticised", "criticising"),
    **_forms("denounce", "denounces", "denounced", "denouncing"),
    **_forms("slam", "slams", "slammed", "slamming"),
    **_forms("blame", "blames", "blamed", "blaming"),
    **_forms("brush off", "brushes off", "brushed off", "brushing off"),
    # Verbs that kill a story, cues only before a claim noun ("shot down the
    # claim", "scotched rumours"): they down aircraft and end plans as often
    # (DOWNING_LEMMAS)
    **_forms("shoot down", "shoots down", "shot down", "shooting down"),
    **_forms("scotch", "scotches", "scotched", "scotching"),
    **_forms("laugh off", "laughs off", "laughed off", "laughing off"),
    **_forms("express", "expresses", "expressed", "expressing"),
    **_forms("voice", "voices", "voiced", "voicing"),
    # "raised doubts about the ceasefire", "raised concerns that ...": only with
    # the concern after it (CONCERN_TAIL), never "raised taxes"
    **_forms("raise", "raises", "raised", "raising"),
    # "called the plan a disaster", "called for a ban", "called on Congress to act"
    **_forms("describe", "describes", "described", "describing"),
    **_forms("praise", "praises", "praised", "praising"),
    # (bare "call" is nearly always the noun or a phone call: "roll call", "they call")
    **dict.fromkeys(("calls", "called", "calling"), "call"),
}
# After "report": a person presenting themselves somewhere ("reported to work",
# "reported back for duty"), which tells nothing.
FOR_DUTY_AFTER = re.compile(
    r"\s+(?:back\s+)?(?:to|for)\s+(?:work|duty|training|camp|school|jail|prison"
    r"|(?:his|her|their)\s+(?:post|posts|unit|units|base))\b",
    re.IGNORECASE,
)
CALL_TAIL = re.compile(r"(?:for|on)\b", re.IGNORECASE)
# "called off", "called back": phrasal verbs, not naming or speech.
CALL_PARTICLES = word_set("off up back with at")
REFLEXIVES = word_set("himself herself themselves itself myself ourselves yourself")
# What follows the object of a telephone call ("called her to say", "called them on Tuesday").
PHONE_CALL_FOLLOWERS = word_set(
    "to and on at in last this when after before about with from back or but yesterday "
    "today tonight monday tuesday wednesday thursday friday saturday sunday night morning "
    "evening afternoon week"
)

# Of those, the ones that refute only a claim noun right after them
# (ACCUSATION_TAIL): "shot down a drone", "scotched the plan" say nothing.
DOWNING_LEMMAS = frozenset({"shoot down", "scotch", "laugh off"})
# Object verbs that need a claim-like object right after them (warn *of*,
# express *concern*), so "expressed support for a conference" is not a claim.
EXPRESS_LEMMAS = frozenset({"express", "voice", "raise"})
CONCERN_TAIL = re.compile(
    r"[\"“]?(?:(?:deep|serious|grave|growing|strong|great|its|their|his|her|our|American|"
    r"particular|renewed)\s+){0,2}"
    r"(?:concerns?|opposition|alarm|doubts?|skepticism|scepticism|worries|worry|outrage|"
    r"dissatisfaction|objections?)\b[\"”]?"
    # "raised doubts on Sunday about ...": the day it was done, then what about
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?=\s+(?:about|over|regarding|that)\b))?"
    r"(?:\s+(?:about|over|regarding|at|to|with|on|that|of))?"
    r"(?:\s+(?:the\s+)?(?:reports?|information|news|claims?|allegations?)\s+(?:that|about|of)\b)?",
    re.IGNORECASE,
)
WARN_TAIL = re.compile(r"(?:of|against|about)\b", re.IGNORECASE)
# "denied (the) accusations (by the US and its allies) that ..."
ACCUSATION_TAIL = re.compile(
    r"(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+)?"
    r"(?:[\w.\u2019'-]+\s+){0,2}?"
    r"(?:accusations?|allegations?|claims?|reports?|charges?|assertions?|suggestions?|rumou?rs?)\b"
    # "denied claims of torture in its prisons": what the claims are of, to the
    # clause's end, is what is denied
    r"(?:\s+of\s+(?!(?:his|her|their|its)\s+(?:critics|accusers|opponents)\b)[^,;:.!?\"\u201c\u201d]+)?",
    re.IGNORECASE,
)

# Verbs that report only with a that-clause or a quotation, never a bare
# following clause (too often a plain action otherwise).
CLAUSE_ONLY = frozenset(
    {
        "instruct",
        "continue",
        "ask",
        "promise",
        "pledge",
        "vow",
        "repeat",
        "maintain",
        "charge",
        "counter",
        "estimate",
        "recall",
        "observe",
        "remark",
        "tweet",
        "think",
        "believe",
        "conclude",
        "reveal",
        "disclose",
        "indicate",
    }
)
# Of those, the verbs of belief and assertion that English lets drop their
# 'that' ("police believe he fled", "DHS maintains there is no evidence"): they
# report a bare clause too, when it has its own subject and finite verb.
# An opinion verb ("believe", "think") reports so only for an institution.
THAT_OPTIONAL = frozenset({"believe", "think", "maintain", "estimate", "conclude"})
# Cue forms that are also nouns ("the report", "his claims", "a tweet").
NOUN_VERB_FORMS = frozenset(
    {
        "report",
        "reports",
        "reporting",
        "claim",
        "claims",
        "tweet",
        "tweets",
        "note",
        "notes",
        "promise",
        "promises",
        "estimate",
        "estimates",
        "remarks",
        "charge",
        "call",
        "calls",
        "counter",
        "reply",
        "replies",
        "warning",
        "repeat",
        "pledge",
        "pledges",
        "vow",
        "vows",
        "quip",
        "joke",
        "jokes",
        "boast",
        "complaint",
        "dispute",
        "disputes",
        "voice",
        "post",
        "praise",
        "blame",
    }
)
# Singular forms that are the noun after an adjective ("a failed promise to").
SINGULAR_NOUN_FORMS = word_set(
    "promise pledge vow claim report note estimate charge counter reply warning tweet post call"
)
# Objects that make "claimed" a win, not a statement ("claimed his third victory").
CLAIMED_PRIZES = word_set(
    "victory victories win wins credit title seat prize delegates nomination lives"
)
# Words after such a form that show it is the noun ("the report of", "claims by").
NOUN_FOLLOWERS = frozenset({"of", "from", "by", "about", "in", "with", "or", "is", "was"})
# Cue forms that are far more often nouns; they report only before "that".
NOUN_FIRST_FORMS = frozenset({"state", "states"})
# Verbs of opinion that in the first person only hedge ("I think", "we believe").
OPINION_LEMMAS = frozenset({"think", "believe", "guess", "suppose", "expect"})
# Verbs of commitment whose content is an infinitive ("vowed to fight on").
COMMITMENT_LEMMAS = frozenset({"promise", "vow", "pledge"})
# Verbs that report whatever subject-led clause follows them, finite verb seen or not.
SUBJECT_CLAUSE_LEMMAS = frozenset(
    {"say", "claim", "suggest", "argue", "insist", "note", "explain", "tell", "warn"}
)
# Verbs that take the hearer as object before the content ("told reporters that").
TELL_LEMMAS = frozenset({"tell", "instruct", "ask", "warn", "caution", "remind"})

ALL_CUES: dict[str, str] = {**SAY_VERBS, **OBJECT_VERBS}


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation with shared prefixes factored out.

    Python's engine tries alternatives one by one at every position; a trie
    makes that one character test per position, which keeps the scan fast.
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


_Trie = dict[str, "_Trie"]


def _trie_to_regex(node: _Trie) -> str:
    ends = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        child = node[char]
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_to_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _cased(phrases: Iterable[str]) -> set[str]:
    """Lower, Capitalised, Title Case and UPPER forms: matching is case-sensitive.

    A case-insensitive alternation costs about three times as much to scan
    with; a headline's "Denies" or "SAYS" is still found.
    """
    forms: set[str] = set()
    for phrase in phrases:
        forms |= {phrase, phrase.capitalize(), phrase.title(), phrase.upper()}
    return forms


# The characters besides its two cases that Python's engine takes for an ASCII
# letter when blind to case: dotted and dotless i, the Kelvin sign, the long s.
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# The groups `cased_pattern` reads: plain, named, looking ahead and looking behind.
_PLAIN_GROUP = re.compile(r"\(\?(?:[:=!]|<[=!]|P<\w+>)")
# A group already case-sensitive inside a case-blind pattern ("(?-i:[A-Z])").
_CASED_GROUP = "(?-i:"
# Escapes that stand for no letter: boundaries and classes blind to case alike.
_CASELESS_ESCAPES = frozenset("bBsSwWdD")
# An escape by code point ("\u2019"), which `cased_pattern` reads when it is no letter.
_CODE_POINT_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})")


def cased_pattern(source: str) -> str:
    """The case-sensitive pattern matching what `source` matches blind to case,
    each ASCII letter a class of its case forms ("take" -> "[tT][aA][kK][eE]").

    `_cased` lists whole wordings' forms, which reads no pattern and misses
    "eXIT"; this reads a pattern and misses nothing: every match is the same.
    A case-sensitive alternation is the quicker: the engine tests each
    alternative's first class against the text's character before entering
    it, which it does for no case-blind one. Reads plain and named groups,
    lookarounds, classes (ranges of letters too), escapes and characters of no
    case, and copies a `(?-i:...)` group as it is; anything else (a letter
    outside ASCII, a flag, a back-reference) is an error, not a guess.
    """
    pieces = []
    at = 0
    while at < len(source):
        piece, at = _cased_piece(source, at)
        pieces.append(piece)
    return "".join(pieces)


def _case_forms(char: str) -> str:
    """Every character `char` matches blind to case: an ASCII letter's two cases
    and its other forms (`_OTHER_CASES`), a character of no case alone; a
    character with other cases that is no ASCII letter ("é") is an error."""
    if _letter(char):
        lower = char.lower()
        return lower + lower.upper() + _OTHER_CASES.get(lower, "")
    if not _caseless(char):
        raise ValueError(f"cased_pattern reads no letter {char!r} outside ASCII")
    return char


def _cased_piece(source: str, at: int) -> tuple[str, int]:
    """The case-sensitive form of the piece of `source` at `at`, and where the next starts."""
    char = source[at]
    if char == "\\":
        escape = _caseless_escape(source, at)
        return escape, at + len(escape)
    if source.startswith(_CASED_GROUP, at):
        end = _group_end(source, at)
        return source[at:end], end
    if source.startswith("(?", at):
        opener = _PLAIN_GROUP.match(source, at)
        if opener is None:
            raise ValueError(f"cased_pattern reads no group {source[at : at + 6]!r}")
        return opener.group(), opener.end()
    if char == "[":
        return _cased_class(source, at)
    forms = _case_forms(char)
    return (f"[{forms}]" if len(forms) > 1 else forms), at + 1


def _caseless_escape(source: str, at: int) -> str:
    """The escape at `at`, which must stand for no letter: a boundary, a class
    blind to case (`_CASELESS_ESCAPES`), a code point of no case or a symbol."""
    by_code = _CODE_POINT_ESCAPE.match(source, at)
    if by_code is not None and _caseless(chr(int(by_code.group()[2:], 16))):
        return by_code.group()
    escape = source[at : at + 2]
    if escape[1:].isalnum() and escape[1:] not in _CASELESS_ESCAPES:
        raise ValueError(f"cased_pattern reads no escape {escape!r}")
    return escape


def _caseless(char: str) -> bool:
    """Whether a character has no other case, which blind to case matches it alone."""
    return not char.isalpha() and char.lower() == char == char.upper()


def _cased_class(source: str, at: int) -> tuple[str, int]:
    """The class opening at `at` with its letters' case forms, and the index past it."""
    end = _class_end(source, at)
    head = "[^" if source.startswith("[^", at) else "["
    items = _class_items(source, at + len(head), end - 1)
    members = []
    index = 0
    while index < len(items):
        if index + 2 < len(items) and items[index + 1] == "-":
            members.append(_cased_range(items[index], items[index + 2]))
            index += 3
            continue
        item = items[index]
        members.append(item if item.startswith("\\") else _case_forms(item))
        index += 1
    return head + "".join(members) + "]", end


def _class_items(source: str, start: int, end: int) -> list[str]:
    """The members of a class between `start` and `end`: characters and escapes."""
    items = []
    at = start
    while at < end:
        item = _caseless_escape(source, at) if source[at] == "\\" else source[at]
        items.append(item)
        at += len(item)
    return items


def _letter(item: str) -> bool:
    """Whether a class's member is an ASCII letter."""
    return len(item) == 1 and item.isascii() and item.isalpha()


def _cased_range(first: str, last: str) -> str:
    """A class's range of ASCII letters with its other case ("a-z" -> "a-zA-Z" and
    the other forms of i, k and s), or a range of characters of no case."""
    if _letter(first) and _letter(last) and first.islower() == last.islower():
        low, high = first.lower(), last.lower()
        others = "".join(_OTHER_CASES[char] for char in sorted(_OTHER_CASES) if low <= char <= high)
        return f"{low}-{high}{low.upper()}-{high.upper()}{others}"
    if len(first) == len(last) == 1 and all(
        _caseless(chr(code)) for code in range(ord(first), ord(last) + 1)
    ):
        return f"{first}-{last}"
    raise ValueError(f"cased_pattern reads no range {first}-{last} blind to case")


def _class_end(source: str, at: int) -> int:
    """The index past the class opening at `at` (a "]" first in it is a member)."""
    end = at + 1 + source.startswith("^", at + 1)
    end += source.startswith("]", end)
    while source[end] != "]":
        end += 2 if source[end] == "\\" else 1
    return end + 1


def _group_end(source: str, at: int) -> int:
    """The index past the group opening at `at`, past the groups and classes inside it."""
    depth = 0
    end = at
    while True:
        char = source[end]
        if char == "\\":
            end += 2
            continue
        if char == "[":
            end = _class_end(source, end)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        end += 1
        if depth == 0:
            return end


# Hedges that attribute a statement to an unnamed source ("reportedly").
HEDGE_WORDS = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "reputedly",
    "rumored",
    "rumoured",
    "understood",
)

# Every cased surface form of a cue, for a lookup without normalising.
CUE_FORMS: dict[str, str] = {
    form: lemma for words, lemma in ALL_CUES.items() for form in _cased([words])
}

# Passive forms that cue a quotation together with QUOTED_TAIL_RE
# ("was quoted by the ministry as saying").
QUOTED_AUXILIARIES = (
    "was quoted",
    "were quoted",
    "is quoted",
    "are quoted",
    "has been quoted",
    "had been quoted",
)
QUOTED_TAIL_RE = re.compile(
    r"(?:\s+(?:by|in|on)\s+[^,.;:\"“”]{1,80}?)?\s+as\s+saying\b", re.IGNORECASE
)

# A speaker heard in a recording: "Rob can be heard saying", "the man is heard
# telling someone". The participle after them is the cue.
HEARD_AUXILIARIES = (
    "can be heard",
    "could be heard",
    "can also be heard",
    "could also be heard",
    "is heard",
    "was heard",
)
HEARD_TAIL_RE = re.compile(r"\s+(saying|telling|claiming|explaining)\b", re.IGNORECASE)

# One pass over a whole body finds every cue candidate and hedge. A single
# alternation scans fastest: separate named groups cost about half as much again.
CUE_RE = re.compile(
    r"\b(?:"
    + _trie_pattern(
        _cased([*ALL_CUES, "according to", *HEDGE_WORDS, *QUOTED_AUXILIARIES, *HEARD_AUXILIARIES])
    )
    + r")\b"
)

# Speaker noun phrases -------------------------------------------------------

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
PERSON_PRONOUNS = frozenset({"he", "she"})
# Words that say a person is a woman or a man: a title, a kinship or a role
# (`entities.may_be`).
FEMININE = word_set(
    """
    ms ms. mrs mrs. miss lady dame madam woman mother wife daughter sister girl actress
    spokeswoman congresswoman chairwoman businesswoman grandmother widow aunt niece queen
    mum mom
    """
)
# Words after a name word that make it one of a body's or a place's name
# ("Tripoli International Airport", "Kove University").
NAME_OF_A_BODY = word_set(
    """
    state states kingdom republic city county island islands river street road airport
    university college school hospital church news times post press party council
    department ministry agency service army force forces group company inc
    corp ltd llc plc
    """
)
MASCULINE = word_set(
    """
    mr mr. sir lord man father husband son brother boy actor spokesman congressman
    chairman businessman grandfather widower uncle nephew king
    """
)
# Words that lead a participle cue of the clause's subject ("by saying", "while noting").
PARTICIPLE_LEADS = frozenset({"by", "while", "after", "before", "when", "in", "also"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
# What ends a source phrase after "according to".
SOURCE_ENDS = frozenset(',.;:!?()[]"“”«»—–-')
CLAUSE_OPENERS = frozenset({"that", "who", "which", "when", "while", "because", "but", "if"})
WH_OPENER = re.compile(r"\s*(?:how|why|what|whether|if)\b", re.IGNORECASE)
# Reporting verbs whose plain object is what was said when no clause follows.
OBJECT_FALLBACK = frozenset({"announce", "recall", "tweet", "point to", "report", "write"})
# What a reported question opens with ("asked whether", "asked Congress to act").
QUESTION_OPENER = re.compile(
    r"\s*(?:if|whether|why|how|what|who|when|where|to|about|for)\b", re.IGNORECASE
)
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "some",
        "many",
        "most",
        "several",
        "both",
        "all",
        "other",
        "another",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "few",
        "top",
        "senior",
        "former",
        "one",
        "each",
        "these",
        "those",
        "this",
        "no",
        "any",
        "more",
        "fellow",
        "certain",
    }
)
# Lowercase words that commonly sit inside a speaker's noun phrase.
SPEAKER_NOUNS = frozenset(
    {
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "secretary",
        "minister",
        "ministers",
        "president",
        "adviser",
        "advisor",
        "advisers",
        "advisors",
        "leader",
        "leaders",
        "government",
        "governments",
        "ministry",
        "department",
        "diplomat",
        "diplomats",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "source",
        "sources",
        "aide",
        "aides",
        "lawmaker",
        "lawmakers",
        "senator",
        "senators",
        "governor",
        "candidate",
        "candidates",
        "campaign",
        "report",
        "reports",
        "statement",
        "readout",
        "people",
        "authorities",
        "officer",
        "officers",
        "agency",
        "embassy",
        "envoy",
        "ambassador",
        "press",
        "general",
        "chief",
        "director",
        "commander",
        "military",
        "foreign",
        "deputy",
        "national",
        "security",
        "defense",
        "defence",
        "state",
        "prime",
        "vice",
        "affairs",
        "counterpart",
        "nominee",
        "manager",
        "chairman",
        "chairwoman",
        "chair",
        "committee",
        "party",
        "supporters",
        "critics",
        "voters",
        "residents",
        "locals",
        "villagers",
        "survivors",
        "eyewitnesses",
        "bystanders",
        "members",
        "member",
        "staff",
        "team",
        "administration",
        "prosecutors",
        "investigators",
        "police",
        "witnesses",
        "media",
        "newspaper",
        "group",
        "organization",
        "organisation",
        "council",
        "office",
        "house",
        "white",
        "pentagon",
        "kremlin",
        "spokesmen",
        "representative",
        "representatives",
        "republicans",
        "democrats",
        "republican",
        "democratic",
        "presidential",
        "economist",
        "economists",
        "publicist",
        "publicists",
        "rep",
        "reps",
        "agent",
        "agents",
        "scientists",
        "researchers",
        "study",
        "survey",
        "poll",
        "polls",
        "data",
        "figures",
        "documents",
        "memo",
        "letter",
        "filing",
        "complaint",
        "lawsuit",
        "court",
        "judge",
        "attorney",
        "lawyer",
        "lawyers",
        "attorneys",
        "counsel",
        "advocates",
        "activists",
        "observers",
        "insiders",
        "allies",
        "opponents",
        "rivals",
        "colleagues",
        "friends",
        "family",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "strategist",
        "strategists",
        "operative",
        "operatives",
        "pollster",
        "pollsters",
        "donors",
        "delegates",
        "chairs",
        "head",
        "heads",
        "boss",
        "ceo",
        "founder",
        "executive",
        "executives",
        "company",
        "firm",
        "network",
        "station",
        "affiliate",
        "affiliates",
        "paper",
        "magazine",
        "outlet",
        "division",
        "bureau",
        "service",
        "navy",
        "army",
        "forces",
        "troops",
        "legislators",
        "legislator",
        "congressman",
        "congresswoman",
        "speaker",
        "majority",
        "minority",
        "whip",
        "mayor",
        "citizens",
        "americans",
        "students",
        "workers",
        "employees",
        "owners",
        "officials'",
        "senior",
        "top",
        "former",
        "local",
        "federal",
        "regional",
        "international",
        "u.n.",
        "un",
        "us",
        "u.s.",
        "general's",
        "attorney-general",
        "correspondent",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "editor",
        "editors",
        "board",
        "panel",
        "commission",
        "tribunal",
        "parliament",
        "congress",
        "senate",
        "cabinet",
        "regime",
        "country",
        "countries",
        "nation",
        "nations",
        "side",
        "sides",
        "two",
        "spokesperson's",
        "ministry's",
        "department's",
        "government's",
        "campaign's",
        "monitor",
        "monitors",
        "watchdog",
        "intelligence",
        "intel",
        "parent",
        "parents",
    }
)
# Connectors allowed inside a speaker phrase, never at its edges.
NP_CONNECTORS = frozenset({"of", "for", "and", "&", "in", "at", "on", "to", "from"})
# Capitalised words that start a sentence without being part of a name.
CAPITAL_STOPWORDS = frozenset(
    {
        "but",
        "and",
        "also",
        "however",
        "meanwhile",
        "in",
        "on",
        "at",
        "during",
        "when",
        "while",
        "after",
        "before",
        "as",
        "if",
        "earlier",
        "later",
        "still",
        "yet",
        "so",
        "then",
        "now",
        "last",
        "since",
        "because",
        "although",
        "though",
        "with",
        "without",
        "by",
        "from",
        "for",
        "to",
        "of",
        "that",
        "there",
        "here",
        "what",
        "why",
        "how",
        "where",
        "which",
        "once",
        "instead",
        "indeed",
        "moreover",
        "furthermore",
        "regarding",
        "asked",
        "speaking",
        "according",
        "despite",
        "amid",
        "under",
        "over",
        "about",
        "against",
        "unlike",
        "like",
        "separately",
        "similarly",
        "likewise",
        "additionally",
        "further",
        "today",
        "yesterday",
        "tonight",
        "or",
        "nor",
        "not",
        "even",
        "only",
        "just",
        "perhaps",
        "maybe",
        "finally",
        "first",
        "second",
        "third",
        "next",
        "again",
        "thus",
        "hence",
        "therefore",
        "otherwise",
        "elsewhere",
        "overall",
        "previously",
        "recently",
        "already",
        # prepositions a sentence may open with before a name ("Alongside Apple CEO Tim Cook")
        "alongside",
        "beside",
        "besides",
        "following",
        "toward",
        "towards",
        "throughout",
        "upon",
        "within",
        "across",
        "behind",
        "beyond",
        "until",
        "through",
        "into",
    }
)
# Words that open a subordinate clause: its subject is not the sentence's.
SUBORDINATORS = frozenset(
    {
        "after",
        "when",
        "because",
        "while",
        "if",
        "as",
        "since",
        "before",
        "though",
        "although",
        "until",
        "whom",
        "who",
        "that",
        "which",
        "where",
        "whether",
        "once",
        "unless",
    }
)
# Auxiliaries that carry a negated cue ("did not deny", "would never say").
AUXILIARIES = word_set(
    "do does did will would could can should may might must has have had is are was were"
)
NEGATED_AUXILIARIES = word_set(
    "don't doesn't didn't won't wouldn't couldn't can't cannot shouldn't hasn't haven't hadn't "
    "isn't aren't wasn't weren't"
)
# Lowercase particles inside personal names ("Mr. de Vos", "Michery el Soheil").
NAME_PARTICLES = word_set("de del della der di du el la le van von bin ibn al da dos")
# Determiners that stand alone for people ("Another said", "Some say").
PRONOMINAL_DETERMINERS = word_set("another others some many most both several few")
# Words ending in -ly that are not adverbs.
NOT_ADVERBS = word_set(
    "only family rally ally supply reply early daily weekly monthly yearly likely holy fly "
    "belly bully assembly anomaly italy july homily jolly lonely friendly elderly"
)
# Words that count people in a speaker phrase ("74 percent", "about one in five").
NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy "
    "eighty ninety half most majority third quarter dozens"
)
APPROXIMATORS = word_set("about nearly almost roughly some only just over under more fewer")
# Conjunctions that may open a clause before its subject ("But Zaheed, ..., said").
CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "still", "however", "meanwhile"})
# Words that may sit between a speaker and the cue ("has also said").
ADVERB_SKIP = frozenset(
    {
        "also",
        "has",
        "have",
        "had",
        "previously",
        "later",
        "earlier",
        "again",
        "repeatedly",
        "once",
        "already",
        "recently",
        "publicly",
        "privately",
        "then",
        "soon",
        "further",
        "additionally",
        "initially",
        "first",
        "long",
        "often",
        "frequently",
        "will",
        "would",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "been",
        "being",
        "even",
        "just",
        "reportedly",
        "allegedly",
        "openly",
        "flatly",
        "strongly",
        "firmly",
        "quickly",
        "immediately",
        "subsequently",
        "separately",
        "similarly",
        "likewise",
        "consistently",
        "categorically",
        "vehemently",
        "angrily",
        "bluntly",
        "simply",
        "explicitly",
        "specifically",
        "pointedly",
        "directly",
        "falsely",
        "wrongly",
        "correctly",
        "rightly",
        "still",
        "now",
        "finally",
        "herself",
        "himself",
        "themselves",
        "itself",
        "twice",
        "may",
        "might",
        "could",
        "should",
        "can",
        "must",
        "shall",
        "personally",
        "officially",
        "formally",
        "jointly",
        "both",
        "all",
    }
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
    }
)
TIME_WORDS = frozenset(
    {
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "today",
        "yesterday",
        "tonight",
        "day",
    }
    | WEEKDAYS
    | MONTHS
)
TIME_LEADS = frozenset({"on", "this", "last", "earlier", "late", "early", "next", "in", "that"})

# Honorifics and titles dropped before looking a surname up.
HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "gen",
        "gen.",
        "president",
        "minister",
        "secretary",
        "prime",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "ambassador",
        "senator",
        "governor",
        "general",
        "admiral",
        "chairman",
        "leader",
        "mayor",
        "judge",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "vice",
        "deputy",
        "foreign",
        "director",
        "adviser",
        "advisor",
        "official",
        "envoy",
        "diplomat",
        "aide",
        "nominee",
        "candidate",
        "chief",
        "commander",
        "counterpart",
        "head",
        "representative",
        "lawmaker",
        "congressman",
        "congresswoman",
        "attorney",
        "press",
        "security",
        "affairs",
        "state",
        "defense",
        "defence",
        "national",
        "president-elect",
        "pm",
        "chair",
        "chairwoman",
        "speaker",
        "secretary-general",
        "sergeant-at-arms",
        "serjeant-at-arms",
        "minister's",
        "leader's",
    }
)
# Head nouns of organisations (an "it" speaker), as opposed to people.
ORGANISATION_HEADS = frozenset(
    {
        "department",
        "ministry",
        "house",
        "government",
        "pentagon",
        "kremlin",
        "embassy",
        "office",
        "agency",
        "administration",
        "campaign",
        "committee",
        "council",
        "court",
        "division",
        "bureau",
        "service",
        "company",
        "firm",
        "network",
        "newspaper",
        "paper",
        "report",
        "statement",
        "readout",
        "study",
        "survey",
        "poll",
        "group",
        "organization",
        "organisation",
        "party",
        "commission",
        "board",
        "senate",
        "congress",
        "parliament",
        "regime",
        "military",
        "army",
        "navy",
        "country",
        "nation",
        "side",
        "team",
        "union",
        "alliance",
        "institute",
        "center",
        "centre",
        "foundation",
        "news",
        "times",
        "post",
        "journal",
        "press",
        "association",
        "cabinet",
        "state",
    }
)
PERSON_HEADS = frozenset(
    {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "minister",
        "president",
        "adviser",
        "advisor",
        "leader",
        "diplomat",
        "aide",
        "senator",
        "governor",
        "candidate",
        "officer",
        "envoy",
        "ambassador",
        "general",
        "chief",
        "director",
        "commander",
        "counterpart",
        "nominee",
        "manager",
        "chairman",
        "chairwoman",
        "representative",
        "lawmaker",
        "congressman",
        "congresswoman",
        "mayor",
        "judge",
        "attorney",
        "lawyer",
        "publicist",
        "rep",
        "agent",
        "strategist",
        "head",
        "premier",
        "chancellor",
        "king",
        "queen",
    }
)

# Words that show a following stretch is a clause (a finite verb is near).
FINITE_WORDS = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "does",
        "did",
        "do",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "hasn't",
        "haven't",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "doesn't",
        "didn't",
        "don't",
        "shouldn't",
        "'s",
        "\u2019s",
        "cannot",
        "remains",
        "remain",
        "needs",
        "wants",
        "plans",
        "intends",
        "seeks",
    }
)

# A reported clause's subject pronoun ("said they want"); "it" is too often an object.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# Adverbs that stand between a subject and its verb ("the polls never closed").
VERB_SIGNS = frozenset({"never", "not", "also", "still", "already", "always", "no longer"})
IRREGULAR_PAST = word_set(
    """
    won lost made took went came got gave knew saw felt left kept held brought bought found
    ran began became put shut hit cut let led met paid sent spent stood wrote spoke broke
    chose drove fell grew threw wore sold told said thought meant did had was were
    sought
    """
)

# Adverbials that may follow a cue before its content or at the end of a
# trailing attribution ("said in a statement", "told reporters on Friday").
AFTER_CUE_RE = re.compile(
    r"(?:\s*,?\s*(?:"
    r"(?:on|in|at|during|to|via|through|over|after|before|from|with|for|under)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that|last|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\s+)?(?:[\w.'\u2019-]+\s+|[\u201c\x22][^\u201d\x22]{1,40}[\u201d\x22]\s+){0,3}?"
    r"(?:statement|statements|interview|interviews|briefing|briefings|conference|release|"
    r"speech|post|posts|tweet|tweets|email|emails|letter|appearance|event|rally|reporters|"
    r"blog(?:\s+posts?)?|podcast|"
    r"journalists|Twitter|Facebook|X|television|TV|radio|call|meeting|summit|"
    r"session|hearing|remarks|message|video|op-ed|column|book|memo|report|reports|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|"
    r"morning|afternoon|evening|night|day|\d{1,2}|\d{4}|CNN|NBC|ABC|CBS|Fox|MSNBC|AP|"
    r"Reuters|AFP|Yonhap|Politico|anonymity|condition\s+of\s+anonymity)"
    r"|(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|"
    r"tonight|earlier|later|also|again|repeatedly|publicly|privately|recently|previously|"
    r"once|too|then|further|flatly|firmly|strongly|bluntly|separately|"
    r"this\s+(?:week|month|year|morning|afternoon|evening)|"
    r"last\s+(?:week|weekend|month|year|night|spring|summer|autumn|fall|winter)|"
    r"(?:last|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"the\s+other\s+day|(?:hours|days|weeks|months|years)\s+(?:earlier|later)|"
    # "announced months ago it knew ...": when the telling was, not what was told.
    r"(?:(?:just|only|about|some|nearly|almost|more\s+than)\s+)?"
    r"(?:(?:a|an|a\s+few|few|several|many|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,3})\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+ago|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    # "said last year's budget was wrong": the time is the content's own noun's.
    r"December)\s+\d{1,2})\b(?!['\u2019]s\b)"
    r"))\b",
)
# A complementiser "that"; "that's", "that'll" are a pronoun with its verb.
THAT_RE = re.compile(r"\bthat\b(?![\'\u2019](?:s|ll|d|re)\b)", re.IGNORECASE)
# A number's thousands stay one token ("1,200 people", "$34,570"): a comma
# inside it is no clause's comma.
TOKEN_RE = re.compile(r"\w+(?:[.'\u2019&-]\w+|(?<=\d),\d{3}(?!\d))*\.?|[^\s\w\u00ad]", re.UNICODE)
# Straight and doubled-apostrophe marks open a quotation only after a space,
# a bracket or a dash: '...Democrats," Ms. Turner said' closes one opened
# in an earlier sentence, and must not swallow the attribution.
QUOTE_RE = re.compile(
    # a mark of the other style may close a quotation: '"I prefer Kasich,” he said'
    r"“[^“”\"]*(?:[”\"]|$)"
    r"|(?<![^\s(\[—–-])\"[^\"“”]*(?:[\"”]|$)"
    r"|«[^«»]*(?:»|$)"
    r"|(?<![^\s(\[—–-])''(?:[^']|'(?!'))*(?:''|$)"
)
OPEN_QUOTES = '“"«'
CLOSE_QUOTES = '”"»'
QUOTE_CHARS = '"“”«»'
# Words whose final period is part of the word, not the end of a sentence.
ABBREVIATIONS = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "sgt.",
        "det.",
        "insp.",
        "cpl.",
        "pvt.",
        "st.",
        "jr.",
        "sr.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "no.",
        "vs.",
        "rev.",
        "prof.",
        "adm.",
        "capt.",
        "maj.",
        "cmdr.",
        "pres.",
        "supt.",
        "atty.",
        "messrs.",
    }
    | {m for m in MONTHS if m.endswith(".")}
)
# Cues that report only at the end of a quotation ('"...," he continued').
TRAILING_ONLY = frozenset({"continue"})
PREPOSITIONS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "to",
        "via",
        "through",
        "over",
        "after",
        "before",
        "from",
        "with",
        "for",
        "under",
        "amid",
        "while",
        "when",
        "by",
        "about",
        "following",
        "upon",
    }
)
ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ary",
    "ous",
    "ian",
    "ean",
    "ern",
    "ish",
    "ful",
    "ant",
    "ent",
    "ist",
)
# Contractions that carry the finite verb of a reported clause ("says he's ...").
_CONTRACTIONS = (
    "he's she's it's that's there's they're we're i'm you're he'd she'd they'd we'd i'd",
    "he'll she'll they'll we'll i'll we've they've i've you've",
)
FINITE_WORDS = FINITE_WORDS | frozenset(word for line in _CONTRACTIONS for word in line.split())

# An auxiliary and its "not" ("did not", "hasn't", "won't"), as a regex
# alternation: a verb phrase cut or left to the sentence before when nothing
# follows it.
NEGATED_AUXILIARY = (
    r"(?:(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|shall"
    r"|should|may|might|must)(?:\s+not|n['\u2019]t)|cannot|can['\u2019]t|won['\u2019]t"
    r"|shan['\u2019]t)"
)

# Headlines -----------------------------------------------------------------

# Words that label a headline ("UPDATE: ...", "... -- Video") rather than name
# who speaks in it.
HEADLINE_LABELS = word_set(
    """
    update updated updates video videos photo photos pictures picture watch breaking
    exclusive news lol hoax revealed details latest live analysis opinion op-ed editorial
    advisory alert confirmed report reports rumor rumors rumour rumours source sources
    see it nope exclusive listen read more
    """
)
# Verbs a headline uses to attribute a forecast ("Citi sees 550 ...", "BMO
# forecasts 19M ..."): reports only when a figure follows.
FORECAST_VERBS: dict[str, str] = {
    "sees": "see",
    "forecasts": "forecast",
    "pegs": "peg",
    "expects": "expect",
    "projects": "project",
}
# First-person openings: "Tim Cook: I wear my Apple Watch ..." quotes its speaker.
FIRST_PERSON = word_set("i i'm i've i'll we we're we've we'll my our me us")
# Verbs that report a clause after a headline's opening subject. Verbs that
# report an action or an object ("announces plans", "writes letter", "tells
# mother", "reveals") and nouns ("Islamic State") are left out: the headline
# states those as events.
HEADLINE_REPORT_LEMMAS = frozenset(
    {
        "say",
        "claim",
        "insist",
        "deny",
        "confirm",
        "admit",
        "acknowledge",
        "allege",
        "assert",
        "argue",
        "contend",
        "maintain",
        "believe",
        "think",
        "predict",
        "estimate",
        "suggest",
        "warn",
        "reject",
        "dismiss",
        "refute",
        "debunk",
        "rebut",
        "dispute",
        "concede",
        "conclude",
        "indicate",
        "boast",
        "see",
        "forecast",
        "peg",
        "expect",
        "project",
    }
)


# Letters outside ASCII that a case-blind regex takes for an ASCII one (dotted
# and dotless i, long s, the Kelvin sign), each mapped to that letter.
ODD_CASE_LETTERS = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")


# An idiom that says a thing is possible, and nothing more, of a pronoun that
# points back at what was told before: "it's not out of the realm of
# possibility", "that's not out of the question", "it can't be ruled out", "it
# is entirely possible". Whole, with a connective before it ("So") and a
# qualifier after it ("in that regard") at most.
_POSSIBLE_IS = r"(?:['\u2019]s|\s+is|\s+was|\s+would\s+be|\s+may\s+be|\s+might\s+be)"
_NOT_POSSIBLE_IS = (
    r"(?:['\u2019]s\s+not|\s+is\s+not|\s+isn['\u2019]t|\s+was\s+not|\s+wasn['\u2019]t"
    r"|\s+would\s+not\s+be|\s+wouldn['\u2019]t\s+be)"
)
POSSIBLE_POINTING = re.compile(
    r"[\"'\u201c\u2018]?(?:(?:so|but|and|well|now|still)\s*,?\s+)?(?P<pronoun>it|that|this)"
    rf"(?:{_NOT_POSSIBLE_IS}\s+(?:out\s+of\s+the\s+(?:realm|question|bounds)"
    r"(?:\s+of\s+(?:the\s+)?possib(?:le|ility|ilities))?|impossible)"
    r"|\s+(?:can(?:not|['\u2019]t|\s+not)|could(?:\s+not|n['\u2019]t))\s+be\s+ruled\s+out"
    rf"|{_POSSIBLE_IS}\s+(?:(?:entirely|quite|very|perfectly|certainly|definitely|still)\s+)?"
    r"possible)"
    r"(?:\s*,?\s+(?:in\s+that\s+(?:regard|respect|sense)|at\s+this\s+(?:point|stage|time)"
    r"|at\s+all))?[\s.!\"'\u201d\u2019]*",
    re.IGNORECASE,
)


def possible_pointing(content: str) -> str | None:
    """The pronoun of a content that only says the proposition it points back
    at is possible (`POSSIBLE_POINTING`: "So it's not out of the question"),
    or None. Such a content names no proposition of its own, and neither
    asserts nor denies the one it points at: it concedes that it may be so."""
    found = POSSIBLE_POINTING.fullmatch(content.strip())
    return found.group("pronoun").lower() if found is not None else None


# A stop that ends a sentence: not after a capital or a title, with the quote
# marks or bracket closing there. The stop comes first and the words before it
# are looked behind it at: a pattern opening on lookbehinds tries them at every
# character of the article.
STOP = r"[.!?](?<![A-Z].)(?<!\b(?:Mr|Ms|Dr|St).)[\"'\u201d\u2019)]*"
# A sentence's end: such a stop before a space, or a line's end.
SENTENCE_STOP = re.compile(rf"{STOP}(?=\s)|\n")
