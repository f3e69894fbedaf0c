"""Make a statement's content into a claim's text: a proposition that stands alone.

A claim's text is read without the article (SPEC.md, "claim"), so the content
of the statement that starts a claim is rewritten:

1. quotation marks, editorial brackets ("[A]t least") and attribution or hedge
   words ("I know that", "reportedly", "..., he added") go;
2. a pronoun the speaker uses for itself or that stands for the speaker in
   indirect speech is replaced by the speaker's name ("Hunter told Fox News he
   learned ..." -> "Duncan Hunter learned ..."; "Nigeria's military said it has
   agreed ..." -> "Nigeria has agreed ..."; "We married them off", said by
   Boko Haram's leader -> "Boko Haram married them off");
3. only the first sentence is kept.

A content that still is no proposition is not a claim: a question (asked
indirectly too: "whether X", "what X might do", or which of two things is so), a fragment
with no verb ("For help", "The militant's identity"), a clause with no subject
("travelled to Syria around 2012"), or one that hangs on a third-person
pronoun the statement does not name ("his art studio had been raided").
`proposition` says why, and grouping files such a statement only under a
claim it matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import entities, gazetteer, verbforms
from claimtrack.parties import builtin_kind


def _words(text: str) -> list[str]:
    return text.split()


# Words that make a clause finite: auxiliaries, modals, copulas and common
# irregular past tenses. A past tense in -ed counts too (see `_has_verb`).
_FINITE = frozenset(
    _words(
        """
        is are was were am be been has have had do does did will would can could shall
        should may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't
        don't didn't won't wouldn't can't couldn't shouldn't 's 're 've 'll 'd said told
        made went came took gave left sent won lost fought found knew thought held got
        became began broke brought built bought caught chose drew drove fell felt flew grew
        hid hit kept led met paid put ran rose saw sold set shot shut sat spoke spent stood
        stole struck swore taught tore threw understood wore wrote meant heard let read
        began beat says wants needs knows believes thinks plans remains continues seems
        appears poses means shows makes takes gives gets goes comes looks works holds keeps
        leads lives plays runs sees stands stays supports tries uses exists lacks faces
        denies claims insists warns contains includes owns died
        """
    )
)
_CONTRACTED = frozenset(_words("it there that what who here he she where how"))
_AUXILIARIES = frozenset(
    _words(
        """
        is are was were am be been has have had do does did will would can could shall
        should may might must
        """
    )
)
# An auxiliary and its "not" at the end of a clause, or before a last aside
# set off by a comma: "did not", "hasn't", "will not, as reported".
_ELLIPTICAL_NOT = re.compile(rf"\b{P.NEGATED_AUXILIARY}(?:\s*,[^,;:]*)?[\W_]*$", re.IGNORECASE)
# What every negated auxiliary holds ("did not", "cannot", "won't"): a text with
# none of them ends on none (`may_hold`).
_ELLIPTICAL_NOT_NEEDS = ("not", "n't", "n\u2019t")
_NOT_PAST = frozenset(_words("need red bed seed feed speed breed shed bred hundred indeed"))
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*|\d[\w,.]*")


def _words_of(text: str) -> list[str]:
    """`_WORD.findall(text)`, a new list each time: the rules of one claim text
    read the words of one text many times over (`proposition` the words of its
    text as it stands after each rule, most of which leave it as it was)."""
    return list(_words_found(text))


@lru_cache(maxsize=4096)
def _words_found(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


# "It" as a dummy subject ("it is possible that", "it makes sense") refers to nothing.
_DUMMY_IT = re.compile(
    r"\bit(?:'s|\u2019s|\s+(?:(?:is|was)(?:n['\u2019]t)?"
    r"|(?:will|would|may|might|should|must|can|could) be"
    r"|has(?:\s+(?:also|now|since|already|long))?\s+been))\s+(?:not\s+)?(?:also\s+|yet\s+|still\s+|now\s+)?"
    r"(?:(?:very|highly|extremely|quite|so|too|really|entirely|completely|absolutely)\s+)?"
    # "It was decided that ...", "it is expected to ...": a participle before what it
    # introduces; "it was recorded by a resident" has a thing for its subject.
    r"(?:\w+ed\b(?=,?\s+(?:that|to|whether|how|what|when|if|why|who)\b)|"
    r"(?:possible|impossible|likely|unlikely|clear|unclear|true|false|important|necessary"
    r"|time|worth|believed|thought|said|understood|expected|known|hard|easy|difficult"
    r"|too early|horrifying|time"
    # "it wasn't essential to keep the city": an infinitive put after its adjective.
    r"|(?:essential|vital|crucial|critical|imperative|wise|unwise|wrong|unfair|premature"
    r"|useful|pointless|safe|unsafe|dangerous|sad|strange|odd|surprising|ironic"
    r"|obvious|evident|apparent"
    r"|reasonable|unreasonable|appropriate|inappropriate|illegal|legal|common|rare|unusual)"
    r"(?=\s+(?:to|that|for)\b)))\b"
    r"|\bit\s+(?:seems|appears|remains\s+(?:unclear|to be seen)|makes\s+sense)\b"
    r"|\bit\s+(?:took|takes|will\s+take|would\s+take)\s+\w+"
    # A cleft: "it was Badeh who announced ...".
    r"|\bit(?:'s|\u2019s|\s+(?:is|was))\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*\s+(?:who|that)\b",
    re.IGNORECASE,
)
# A clause that opens with its subordinator ("Shortly after the clip appeared")
# and has no main clause after a comma.
_SUBORDINATE = re.compile(
    # "Just minutes after X was reported", "Two days before the vote": a measure
    # of time before the subordinator is part of the clause of time.
    r"(?:(?:(?:just|only|mere|some|about|nearly|almost|barely|several)\s+)?"
    r"(?:(?:a|an|\d+|[a-z]+)\s+)??(?:(?:few|couple\s+of)\s+)?"
    r"(?:seconds|minutes|hours|days|weeks|months|years|moments)\s+(?=after|before|since|until))?"
    r"(?:\w+ly\s+)?(?:if|when|while|because|although|though|unless|after|before|since"
    r"|until|once|whenever|as\s+soon\s+as)\b",
    re.IGNORECASE,
)
# Words a sentence does not end on: it was cut off ("on a manhunt for who").
# A preposition may be left at the end ("the lives we share them with"), and
# "that" may be a pronoun ("and that's that").
_DANGLING_END = frozenset(
    _words("who whom whose which where the a an and or but because than whether unless although by")
)
_EMBEDDED_QUESTION = re.compile(
    # (in lower case: "and WHO has" is the World Health Organization)
    r"\b(?:of|about|on|over|to|into|as\s+to|and)\s+(?-i:how|what|why|whether|where|who|when)\b",
    re.IGNORECASE,
)
# A content that opens an indirect question: "whether X", "what X might offer",
# "why X did Y", "how many were hurt" ("how X did Y" tells how it was done, and
# "WHO" is an organisation).
_INDIRECT_YES_NO = re.compile(r"[\W_]*whether\b", re.IGNORECASE)
_INDIRECT_WH = re.compile(r"(?:[Ww]hat|[Ww]hy|[Hh]ow\s+(?:many|much))\b(?![\'\u2019]s)")
# The copula of a cleft: "What she saw was a fire", "What matters is whether ...".
_COPULA = re.compile(r"\s(?:is|was|are|were)\b", re.IGNORECASE)
# An alternative question's second branch opens on a verb or "whether": "(unclear
# whether it) sank or was towed", "... or whether it was towed"; "whether two or
# three ships sank" asks of one proposition.
_OTHER_BRANCH = re.compile(r"\bor\s+(?:\w+ly\s+)?(?P<word>[\w\'\u2019]+)", re.IGNORECASE)
# Words after which "to" opens an infinitive ("was said to", "is expected to").
_BEFORE_INFINITIVE = frozenset(
    _words(
        """
        said believed thought expected supposed reported alleged due able going set about
        likely unlikely want wants wanted plan plans planned tried trying
        """
    )
)
# Verbs of knowing or saying that take what follows them as their object.
_OBJECT_CUT_OFF = frozenset(
    _words(
        """
        remember note know understand say mention stress emphasize emphasise recognize
        recognise add realize realise acknowledge
        """
    )
)
# What asks for the verb's object rather than naming it ("important to remember",
# "wanted to stress"); "a right to know", "nothing to say" are whole.
_BEFORE_CUT_OBJECT = frozenset(
    _words(
        """
        important necessary essential crucial vital interesting fair want wants wanted
        need needs needed like wish wishes wished
        """
    )
)
# Verbs that do not stand without an object: "Comcast has contacted" tells
# whom of no one; a content that ends on one after its auxiliary was cut before
# the object ("has contacted some users").
_NEEDS_OBJECT = frozenset(
    _words(
        """
        contacted informed notified told urged asked hired approached persuaded
        convinced reassured assured
        """
    )
)
_PERFECT = frozenset(_words("has have had having"))
# Prepositions whose object a clause may leave behind it ("a wall, which he
# said Mexico should pay for"), and the words that open a clause inside a
# content that may hold its object ("the one I was in", "where they came from").
_STRANDED = frozenset(_words("for of with from about into at against toward towards"))
_INNER_CLAUSE = frozenset(
    _words("who whom whose which that what where when how why i we you he she they")
)
_BE = frozenset(_words("is are was were be been being"))


def _object_outside(words: list[str]) -> bool:
    """ "The Mexican government should also pay for": a clause ending on a
    preposition whose object stood before it, outside the content (the
    relative clause "which he said ..." leaves it behind), and nothing inside
    that could hold it; not a passive ("is being cared for") nor an infinitive
    ("a thing to think about")."""
    if len(words) < 3 or words[-1].lower() not in _STRANDED:
        return False
    lower = [w.lower() for w in words]
    if lower[-2] in ("sort", "kind") or "to" in lower[-4:-2]:
        return False  # "real, sort of": an adverb; "a thing to (be) proud of"
    if any(w in _INNER_CLAUSE for w in lower[1:]):
        return False
    return not any(w in _BE for w in lower[-4:-2]) or not lower[-2].endswith(("ed", "en"))


_WHAT_END = re.compile(r"\bwhat(?:ever)?[\W_]*$", re.IGNORECASE)
# Words before a closing "what" that leave the clause whole ("so what", "that's what").
_WHOLE_BEFORE_WHAT = frozenset(_words("is was are were 's so or guess matter know"))
# A verb of saying or believing, and the finite verb right after it whose subject
# is the head of a relative clause the content does not hold: "the version of
# events [that] the police have claimed occurred on Saturday".
# (Not the forms that are nouns as well: "a suspect was seen", "the claims were".)
_SAYING_THEN_VERB = re.compile(
    r"\s(?:said|says|say|claimed|believed|believes|believe|think|thinks|alleged"
    r"|alleges|reported|suspected|feared|knew|know|knows|assumed)\s+(?P<verb>[a-z]+)\b"
    r"(?P<rest>.*)$"
)
_RELATIVE_WORDS = frozenset(_words("which who whom whose that what where when how why"))


def _headless_relative(text: str) -> bool:
    """ "The police have claimed occurred on Saturday": a verb of saying whose
    next word is a finite verb with no subject between, and nothing before it
    but the sayer (no relative word, no verb) nor after it (no second verb):
    the subject of "occurred" is a head cut off before the content. "The man
    police said killed his wife was arrested" has its verb after, and "which
    witnesses say were held" its relative word; neither is taken."""
    found = _SAYING_THEN_VERB.search(text) if " " in text else None
    if found is None or not _verb_first(found.group("verb")):
        return False
    before = [w for w in _words_of(text[: found.start()]) if w.lower() not in _PERFECT]
    if (
        not before
        or any(w.lower() in _RELATIVE_WORDS for w in before)
        # "the reported deaths were": a participle before its noun
        or before[-1].lower() in _BEFORE_ADJECTIVE
    ):
        return False
    return not _has_verb(["", *before]) and _verbs(_words_of(found.group("rest"))) == 0


# "By peshmerga members she is fine", of "she had been told by peshmerga
# members she is fine": an agent whose passive verb was left before the content.
_AGENT_OPENING = re.compile(
    r"(?:By|by)\s+(?P<agent>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+?s)\s+"
    r"(?:she|he|they|it|we|I|you)\s+(?P<verb>[a-z']+)\b"
)
# Words that open a "by" phrase of measure, time or view, no agent: "By all
# accounts", "By some estimates", "By the 1990s" (a number), "By the time" (no plural).
_NOT_AGENT = frozenset(
    _words("a an all most many some several these those both any its his her their our my")
)


def _agent_without_passive(text: str) -> bool:
    """Whether the text opens on "By" and a plural noun phrase (an agent) with a
    clause right after it and no comma: the agent of a passive verb the content
    was cut after."""
    found = _AGENT_OPENING.match(text)
    if found is None:
        return False
    agent = _words_of(found.group("agent"))
    return (
        bool(agent)
        and agent[0].lower() not in _NOT_AGENT
        and not any(w[:1].isdigit() or w.lower().endswith("ing") for w in agent)
        and _verb_word(found.group("verb"))
    )


# Words that name a second candidate against the first: "or another faction",
# "or someone else".
_OTHER_ONES = frozenset({"another", "other", "someone", "somebody", "something", "elsewhere"})
# What presents a thing to the reader ("Here's the video", "Here is what we know").
_PRESENTING = re.compile(r"here(?:['\u2019]s|\s+is|\s+are)\s", re.IGNORECASE)
# A picture's caption: "Handout picture released by the city council showing
# a flooded street", "File photo taken in 2012 showing the old pier". The
# picture, who released or took it, and what it shows, with no verb of its own.
_CAPTION = re.compile(
    r"\W*(?:(?:an?|the|handout|file|undated|official)\s+)*"
    r"(?:picture|photo|photograph|image|still|screenshot|screengrab|frame\s+grab|video\s+grab)"
    r"s?\s+(?:\w+ly\s+)?(?:released|taken|provided|distributed|obtained|issued|posted"
    r"|published|supplied|made\s+available)\s+(?P<by>[^.;:]*?)\s+showing\s+(?P<shown>.+)",
    re.IGNORECASE,
)
# A caption's present passive of picturing: "The mayor is pictured at the
# harbour on May 3", "Two fishermen are pictured after the storm". ("She was
# pictured leaving court" tells what happened and is left as it is.)
_PICTURED = re.compile(r"\s(?:is|are)\s+(?:\w+ly\s+)?pictured\b")
# Where what a picture shows ends and a clause of its own may begin: "the site
# where a meteorite struck".
_SHOWN_ENDS = re.compile(r"\s(?:where|which|who|whom|whose|that|when|as|after|before|while)\s")


def _captioned(content: str) -> bool:
    """Whether `content` is a picture's caption ("Handout picture released by
    the city council showing a flooded street"): it names a picture and what
    the picture shows and says nothing of it, no more than "Here's a picture
    of the car" does. Only when nothing between the picture and its "showing"
    is a verb, and no verb after what it shows makes the picture the subject
    of a clause ("A photo released by police showing the van was shared
    widely"); or what the picture shows said to be pictured."""
    if "pictured" in content and _PICTURED.search(content):
        return True
    caption = _CAPTION.match(content)
    return (
        caption is not None
        and not _has_verb(["", *_words_of(caption.group("by"))])
        and not _has_verb(["", *_lower_words(_SHOWN_ENDS.split(caption.group("shown"))[0])])
    )


def _lower_words(text: str) -> list[str]:
    """The words of `text` in lower case as written: no name nor date ("on May
    3"), which `_has_verb` could read as a verb."""
    return [word for word in _words_of(text) if not word[:1].isupper()]


# The telling of a matter told instead of the matter: "reports of her capture
# surfaced Sunday on websites", "rumours of his death first circulated on social
# media", "there was a social media frenzy about the possibility of Ebola in
# Kansas City", "relatives expressed hope that the deal will bring the girls
# home". What surfaced, spread or was hoped for is a noun phrase or a wish; the
# sentence says only that talk of it went around.
_TALK_OF = re.compile(
    r"(?:the\s+|those\s+|these\s+|such\s+|some\s+|many\s+)?(?:first\s+|earlier\s+|initial\s+)?"
    r"(?:reports?|rumou?rs?|word|stor(?:y|ies)|speculation|talk)\s+(?:of|about)\s+[^,;:]{1,80}?\s+"
    r"(?:first\s+|initially\s+|quickly\s+|soon\s+|also\s+)?"
    r"(?:surfaced|emerged|circulated|spread|appeared|swirled|began\s+(?:to\s+)?circulat\w*)\b"
    r"|there\s+(?:is|was|were|has\s+been|have\s+been)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:frenzy|buzz|uproar|chatter|flurry|hysteria|furore|furor)\s+(?:about|over|around|of)\b"
    r"|[^;:]{1,160}?\b(?:expressed|voiced|raised)\s+(?:their\s+|his\s+|her\s+|some\s+|new\s+)?"
    r"hopes?\b(?:\s+\w+){0,2}?\s+that\b",
    re.IGNORECASE,
)
_TALK_OF_NEEDS = (
    "surfaced", "emerged", "circulat", "spread", "appeared", "swirled", "frenzy", "buzz",
    "uproar", "chatter", "flurry", "hysteria", "furor", "hope",
)  # fmt: skip
_HEDGES = re.compile(
    r"(?P<before>\b[\w'\u2019]+\s+)?"
    r"(?P<hedge>reportedly|allegedly|apparently|purportedly|supposedly|in fact|actually),?\s+",
    re.IGNORECASE,
)
# The hedges `_HEDGES` takes out, one of which a text must hold for it to match.
_HEDGES_NEED = (
    "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "in fact", "actually",
)  # fmt: skip
# After a preposition or a determiner ("arrested for allegedly assaulting her",
# "the allegedly stolen car") the hedge is on a gerund's or a participle's act
# inside the claim, what someone is accused of, not the speaker's on the whole of
# it: it is part of the proposition and stays.
_BEFORE_INNER_HEDGE = frozenset(
    _words(
        """
        for of after before by with without about over from in on against despite
        a an the his her its their our my your this these those
        """
    )
)
# "could potentially find", "will probably be returned", "probably was not loaded":
# how sure the speaker is of the verb's proposition, not part of it. Before an
# adjective or a noun ("a presumably large smirk", "potentially on Tuesday") the
# word qualifies that word and stays.
_HEDGING_ADVERB = re.compile(
    r"(?P<before>\b[\w'\u2019]+\s+|^)(?P<adverb>potentially|possibly|probably|presumably"
    # "will likely be", "was most likely done": the adverb; "is likely to rise",
    # "it is likely that ...", "more likely than" are the adjective and stay.
    r"|perhaps|(?:most\s+|very\s+)?likely(?=\s+(?!(?:to|that|than|enough|because|if)\b)\w))"
    r",?\s+(?P<after>[\w'\u2019]+)",
    re.IGNORECASE,
)
_SET_OFF_HEDGE = re.compile(
    r"^(?:presumably|probably|perhaps|possibly),\s+"
    r"|(?P<lead>(?:,|\s+[\u2014\u2013]|\s+-)\s*)(?:presumably|probably|perhaps|possibly)"
    r"(?:\s*$|\s+(?=(?:to|[a-z]+ing)\b))",
    re.IGNORECASE,
)
_BEFORE_HEDGED_VERB = frozenset(
    _words(
        """
        is are was were am be been has have had will would can could shall should may might
        must does did do not never 's 're 've 'll 'd
        """
    )
)
# "but regrettably, Luke was not present": how the speaker feels about what is so,
# which the proposition states all the same.
# ("Unfortunately for the robber, ..." says for whom, and stays.)
_ATTITUDE = re.compile(
    r"(?P<before>,\s*)?\b(?:regrettably|unfortunately|sadly|thankfully|fortunately|luckily"
    r"|tragically)(?P<after>,)?\s+(?!for\b)(?=[\w\u201c\"'])",
    re.IGNORECASE,
)
# "but it seems the insurgents are not perturbed": a hedge opening a second clause,
# as `_WRAPPER` takes one opening the first.
_SEEMS_INSIDE = re.compile(
    r"(?P<lead>[,;]\s+(?:(?:but|and|yet|so)\s+)?|\s(?:but|and|yet|so)\s+)"
    r"it\s+(?:seems|appears|seemed|appeared)(?:\s+that)?\s+"
    r"(?=(?:the|a|an|this|these|those|his|her|their|its|(?-i:[A-Z]))\b)",
    re.IGNORECASE,
)
# "appeared to be delayed", "does not seem to have been", "may have contained": a
# hedge on what is or was so; the proposition is what is said to seem so.
_SEEMS_TO = re.compile(
    r"(?<!\bwhat\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"\b(?P<neg>(?:does|do|did)\s+not\s+|(?:does|do|did)n['\u2019]t\s+)?"
    r"(?P<emphatic>(?:does|do|did)\s+)?"
    r"(?P<verb>appears|appear|appeared|seems|seem|seemed)\s+to\s+"
    r"(?P<then>have\s+been|have|be)\b",
    re.IGNORECASE,
)
# "may be planning", "could be preparing": a hedge on what is going on.
_MAY_BE_DOING = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+)?be\s+(?=(?P<doing>[a-z]{3,}ing)\b)", re.IGNORECASE
)
# Participles in -ing that are adjectives of how a thing strikes someone ("could be
# devastating"), the common English list: after "be" they say no act going on.
_ING_ADJECTIVES = frozenset(
    _words(
        """
        amazing annoying alarming astonishing boring challenging compelling concerning
        confusing damaging demanding depressing devastating disappointing distressing
        disturbing embarrassing encouraging exciting exhausting frightening frustrating
        humiliating insulting interesting intriguing misleading overwhelming promising
        puzzling relaxing rewarding satisfying shocking startling striking stunning
        surprising tempting terrifying threatening thrilling tiring touching troubling
        upsetting worrying
        """
    )
)
_MAY_HAVE = re.compile(
    r"\b(?:may|might)\s+(?:well\s+)?have\s+(?P<done>been|[a-z]+)\b(?!\s+(?:to|of)\b)",
    re.IGNORECASE,
)
# Past participles that are not their past tense ("may have taken" -> "took"),
# and those that are ("may have held" -> "held").
_PAST_OF = verbforms.PAST_OF
_SAME_PAST = verbforms.SAME_PAST
# "..., the United Kingdom has no reason to believe that it's not": whose doubt
# there is none of, after the proposition.
_NO_REASON_AFTER = re.compile(
    r"[,;]\s*(?:and\s+)?(?:[\w.'\u2019-]+\s+){1,5}?(?:has|have|had|see|sees|saw)\s+no\s+"
    r"reason\s+to\s+(?:believe|doubt|think|suspect|question)\b[^,;]*$",
    re.IGNORECASE,
)
# A hedge after the proposition, set off by a comma or a dash: "He knows, probably",
# "#hairgate is real- sort of", "they will win, I think".
_HEDGE_AFTER = re.compile(
    r"\s*(?:,|\s-|-\s|[\u2013\u2014])\s*(?:probably|perhaps|maybe|possibly|sort\s+of|kind\s+of"
    r"|more\s+or\s+less|I\s+(?:think|guess|suppose|believe))\W*$",
    re.IGNORECASE,
)
_HEDGE_AFTER_NEEDS = (
    "probably", "perhaps", "maybe", "possibly", "sort", "kind", "more or less", "think",
    "guess", "suppose", "believe",
)  # fmt: skip
# A verb phrase with no subject of its own, joined to the proposition, that tells
# how its teller held back what it knew: "Wilson had suffered swelling ..., but
# gave few details", "..., but declined to offer a more specific window". It is
# the teller's act, not part of what was told.
_WITHHELD_AFTER = re.compile(
    r",?\s+(?:but|and|though|although)\s+(?:later\s+|also\s+|still\s+)?"
    r"(?:(?:declined|refused)\s+to|(?:would|did|could|will)\s+not|(?:would|did|could)n['\u2019]t)"
    r"\s+(?:comment|elaborate|confirm|say|give|offer|provide|reveal|disclose|specify"
    r"|identify|name|discuss|explain|mention|release)\b.*$"
    r"|,?\s+(?:but|and|though|although)\s+(?:gave|offered|provided|released)"
    r"\s+(?:no|few|little)\s+(?:more\s+|further\s+|other\s+)?"
    r"(?:details|information|specifics|explanation|comment|figures)\b.*$",
    re.IGNORECASE,
)
# A clause joined after the proposition in which a teller the article names
# tells something else: "the ferry had sailed late, and Harbour Watch forecast
# that fares would rise". What that teller told is its own statement, not part
# of the speaker's proposition.
_JOINED_TELLING = re.compile(
    r",?\s+(?:and|but|while|whereas)\s+(?P<who>(?:the\s+)?[A-Z][^,;:]{1,50}?)\s+"
    r"(?:said|says|forecast|forecasts|predicted|predicts|estimated|estimates|reported"
    r"|reports|claimed|claims|warned|warns)\s+that\s.*$"
)
_JOINED_TELLING_NEEDS = (" that ",)
# A content opening on its teller as a pronoun ("it was investigating ...").
_TELLER_SUBJECT = re.compile(r"(?:he|she|it|they|we|I)\b(?!['\u2019]s)", re.IGNORECASE)
_WITHHELD_AFTER_NEEDS = (
    "declined", "refused", "not", "n't", "n\u2019t", "gave", "offered", "provided", "released",
)  # fmt: skip
# What others are said to believe of the subject: "are believed to be fighting",
# "is thought to have been", "is said to own". The proposition is what they believe.
# An adverb may part "to" from its verb ("is said to still happen"): it is the
# proposition's and stays, beside the verb.
_HEARSAY = re.compile(
    r"(?:\b|(?<=\w))(?P<copula>is|are|was|were|['\u2019]s)\s+(?:widely\s+|also\s+|now\s+)?"
    r"(?:believed|thought|said|understood|reported|alleged|rumou?red|reputed|suspected"
    r"|presumed|feared)\s+to\s+(?:(?P<adverb>still|also|now|even|only|already|never|ever"
    r"|actually|really|soon|no\s+longer)\s+)?(?P<verb>have\s+been|have|be|[a-z]+)\b",
    re.IGNORECASE,
)
# What `_HEARSAY` says of the others, one of which a text must hold for it to match.
_HEARSAY_NEEDS = (
    "believed", "thought", "said", "understood", "reported", "alleged", "rumo", "reputed",
    "suspected", "presumed", "feared",
)  # fmt: skip
# A stance or belief the speaker wraps the proposition in: "I know that X", "we believe X".
_WRAPPER = re.compile(
    r"^(?:(?:I|we)(?:\s+|(?=['\u2019]ve\s))(?:do\s+)?(?:know|think|believe|understand"
    # "I feel sure X", "I feel the plan is sound"; not "I feel both excited and
    # relieved", which says how the speaker feels.
    r"|feel(?:\s+(?:very\s+|quite\s+|fairly\s+)?(?:sure|confident|certain)"
    r"|(?=\s+(?:that|the|a|an|he|she|it|they|we|this|these|there|our|his|her|their)\b"
    r"|\s+(?-i:[A-Z])))"
    r"|are\s+(?:sure|confident|certain|convinced)"
    r"|am\s+(?:sure|confident|certain|convinced)|can\s+(?:confirm|say)"
    # "I have heard X", "I've learned that X", "I heard X": how the speaker came
    # to know X, X the proposition.
    r"|(?:have\s+|['\u2019]ve\s+)?(?:learned|learnt|heard)(?=\s+(?:that\b|(?:he|she|they)(?:\s+(?:is|was|has|had|will|would)\b|['\u2019](?:s|d|ll)\b)))"
    r"|(?:do\s+)?(?:want|wish)\s+to\s+(?:add|say|stress|emphasi[sz]e|make\s+clear|point\s+out"
    # "I wish to inform this audience that X", "we want to assure you that X".
    r"|(?:inform|tell|assure|remind)\s+(?:you|everyone|(?:this|the|our|all)\s+\w+)(?=\s+that\s+(?:the|a|an|it|he|she|they|we|there|our|its|their|(?-i:[A-Z])))"
    r")"
    r"(?:,\s*though,)?)"
    r"|it(?:\s+(?:is|was|has(?:\s+(?:also|now|since|already))?\s+been)|['\u2019]s(?:\s+been)?)"
    r"\s+(?:also\s+|now\s+|later\s+|since\s+|being\s+|widely\s+)?"
    r"(?:believed|thought|understood|reported|said|claimed|revealed|confirmed|learned|learnt"
    # "it was discovered that X", "it was later found that X": how X came out, X.
    r"|discovered|found|announced|alleged|rumou?red|established|determined|suggested)"
    r"|it\s+(?:appears|seems|looks\s+like)"
    # "it is possible (that) X", "it was likely X": how sure the speaker is of X.
    r"|it(?:\s+(?:is|was)|['\u2019]s)\s+(?:quite\s+|entirely\s+|very\s+|highly\s+)?"
    r"(?:possible|likely|probable"
    # "it is 'not out of the realm of the possible' that X": the idiom of "possible"
    r"|[\"\u201c]?(?:not\s+(?:out\s+of|outside)|(?:with)?in)\s+the\s+realm\s+of\s+(?:the\s+)?"
    r"possib(?:le|ility)[\"\u201d]?)(?=\s+(?!to\b|for\b)\w)"
    # "any engineer would say that X", "anyone will tell you X": a teller who
    # stands for everyone, the speaker's own claim that X.
    r"|(?:any|every)(?:one|body|\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:would|will|could|can)\s+"
    r"(?:say|tell\s+you|agree|confirm)(?=\s+that\b)"
    # "word soon got around that X", "word spread that X": a rumour of X, X.
    r"|word\s+(?:\w+\s+)?(?:got\s+(?:around|round|out)|spread|went\s+around)(?=\s+that\b)"
    # "there were rumours (that) X", "rumour has it that X": what is rumoured is X,
    # the rumour a hedge.
    r"|there\s+(?:is|are|was|were|ha(?:s|ve)\s+been)\s+(?:also\s+)?(?:(?!(?:no|not|never)\b)\w+\s+)?"
    r"(?:rumou?rs?|speculation|whispers)(?=\s+that\b|\s+(?:the|a|an)\s|\s+(?-i:[A-Z]))"
    r"|rumou?r\s+has\s+it"
    # "His consistent belief that X (is ...)": what is held is X.
    r"|(?:his|her|their|its|our|my)\s+(?:\w+\s+)?(?:belief|view|conviction|assessment)"
    r"\s+that"
    # "What I can assure people is that X", "What we know is X".
    r"|what\s+(?:I|we)\s+(?:can\s+|do\s+)?(?:assure\s+\w+|tell\s+\w+|say|know|believe)"
    r"\s+(?:is|was)(?:\s*,)?"
    r"|(?:he|she|they)\s+(?:has|have|had)\s+(?:learned|learnt|heard|been\s+told)"
    # "he believes that X", in the speaker's indirect speech: what is believed, X.
    r"|(?:he|she|they)\s+(?:also\s+|still\s+|now\s+)?(?:think|believe|know|expect|suspect)s?"
    r"(?=\s+that\b))"
    # "is that, when ...": the clause it opens may begin with an aside.
    r"(?:\s+that\b,?)?\s+",
    re.IGNORECASE,
)
# An opening clause set off by its comma ("As soldiers came forward, ..."), as
# long as a reader takes one in: one that names a person, a grievance and a war
# runs past a hundred characters and is still only the scene.
_SCENE_CLAUSE = re.compile(r"[^,;:]{1,240},\s+")
_OPENING_ATTRIBUTION = re.compile(
    r"(?P<who>[^,;:]{3,80}?(?:,[^,;:]{3,40},|,\s+(?:which|who)\s[^,;:]{3,60},)?)"
    r"\s+(?:said|says|say|stated|added|noted|wrote"
    # "negotiators assured that the girls are alive": a verb that takes a thing
    # as its object ("confirmed the deal") tells a clause only with its "that".
    r"|(?:assured|confirmed|claimed|insisted|announced|reported|warned|revealed|admitted"
    r"|acknowledged|maintained|stressed|asserted)\s+that"
    # "told a station, the creature was big"; "told them the students, who
    # ..., were marched": after an object pronoun the next words are the clause's
    r"|told\s+(?:(?:them|him|us|me|you)\b|(?!(?:them|him|us|me|you)\s)(?:[\w.'\u2019-]+\s+){0,4}?"
    r"[\w.'\u2019-]+)(?:,|\s+that))\s+(?:that\s+)?"
)
# "there could more than one shooter": a modal after "there" whose next words are
# what there is, its "be" left out; the text as written says nothing plainly.
_THERE_MODAL_NO_VERB = re.compile(
    r"\bthere\s+(?:could|would|should|may|might|must|will|can)\s+"
    r"(?:more\s+than|a|an|the|some|no|many|several|one|two|three|four|five|\d+)\s",
    re.IGNORECASE,
)
# A relative clause set off by commas after a teller's name, the last of its words.
_RELATIVE_ASIDE_END = re.compile(r",\s+(?:which|who)\s[^,;:]+,$")
# Its verbs of saying, in lower case as it matches them: a text holding none is not scanned.
_OPENING_ATTRIBUTION_NEEDS = ("said", "say", "stated", "added", "noted", "wrote", "told", "ed that")
# A negation in a teller or before its verb of saying: "nobody", "no one", "never".
_NEGATION = re.compile(r"\b(?:not|never|nobody|no|none|neither|nor)\b|n['\u2019]t\b", re.I)
_TRAILING_ATTRIBUTION = re.compile(
    # "..., as one hostage told the paper": who said it, after the proposition.
    # "..., as the paper reports", "..., as the site has reported".
    r",\s*as\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:told|said|says|reported|reports|wrote|writes"
    r"|noted|notes)\b[^,;]*$"
    # A described speaker ("the source") needs its comma: "after the suspects
    # detained in the case told authorities ..." is the clause's own subject.
    r"|(?:,\s*|\s+)(?:according\s+to\b.*|(?:he|she|they|it|(?<=,\s)the\s+\w+|(?<=,)the\s+\w+)\s+"
    r"(?:said|says|added|told\b.*|claimed|stated|noted|reported|reports|wrote|writes"
    r"|explained|quoted\b.*|cited\b.*))\s*$"
    # "..., the source sniffed": a verb of saying after a comma and a described speaker.
    r"|,\s*the\s+\w+\s+(?:sniffed|scoffed|quipped|insisted|confirmed|warned|argued"
    r"|countered|replied|responded|retorted|tweeted|posted|announced|admitted|acknowledged"
    r"|alleged|asserted|cautioned|concluded|conceded|declared|emphasi[sz]ed|joked|maintained"
    r"|mentioned|remarked|revealed|speculated|suggested|testified|explained|stressed)\s*$"
    # "..., WHO said in a statement", "..., Mr Lee told reporters on Monday": a
    # named speaker after the comma, and where or when it was said.
    r"|,\s*(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}(?:said|says|told|added|wrote|reported)"
    r"(?:\s+(?:reporters|journalists|AFP|Reuters|AP))?"
    r"(?:\s+(?:in|on|to|at|during)\s+[^,;]{1,40})?\s*$",
    re.IGNORECASE,
)
# A word every match of `_TRAILING_ATTRIBUTION` holds (`may_hold`): its verbs
# of saying and "according".
_TRAILING_ATTRIBUTION_NEEDS = (
    "told", "said", "says", "reported", "wrote", "according", "added", "claimed",
    "stated", "noted", "notes", "reports", "writes", "explained", "quoted", "cited", "sniffed",
    "scoffed", "quipped", "insisted", "confirmed", "warned", "argued", "countered",
    "replied", "responded", "retorted", "tweeted", "posted", "announced", "admitted",
    "acknowledged", "alleged", "asserted", "cautioned", "concluded", "conceded",
    "declared", "emphasi", "joked", "maintained", "mentioned", "remarked", "revealed",
    "speculated", "suggested", "testified", "stressed",
)  # fmt: skip
# A polarity item opening what a denial denies: "(denied that) any news
# conference is scheduled", "(there is no sign) anyone in the town had fallen
# ill". The proposition denied is that a conference is scheduled, that someone
# had fallen ill. Only before a verb "be" or "have" a few words on: "any" of
# what "will" or "can" be so ("any effort to cheat will be punished"), or of
# a thing a clause describes ("anyone who thinks that ..."), is every such thing.
_POLARITY_OPENING = re.compile(
    r"^(?P<any>any(?:one|body)?)\s+(?P<such>such\s+)?"
    r"(?P<head>(?:(?!(?:who|whom|which|that|such|of)\b)[\w'\u2019-]+\s+){0,3}?)"
    r"(?P<verb>is|was|has|are|were|have|had)\s+(?=\w)",
    re.IGNORECASE,
)
# Nouns of a thing not counted, which take no "a": "any evidence was found".
_UNCOUNTED = frozenset(
    _words(
        """
        evidence proof information intelligence news word damage money progress
        contact truth confirmation harm action
        """
    )
)
_VERDICT_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were)|(?:turns?|turned|turning)\s+out\s+to\s+be)\s+(?:\w+ly\s+)?"
    r"(?:false|untrue|baseless|groundless|unfounded|exaggerated|overstated"
    r"|fabricated|made\s+up|(?:a|an|just\s+a|all\s+a)\s+(?:hoax|lie|fabrication|myth))$",
    re.IGNORECASE,
)
# A word every match of `_VERDICT_AFTER` ends on ("made up" on "made"'s "up").
_VERDICT_AFTER_NEEDS = (
    "false", "untrue", "baseless", "groundless", "unfounded", "exaggerated", "overstated",
    "fabricat", "made", "hoax", "lie", "myth",
)  # fmt: skip
# The speaker's own expectation of a thing: "he expects the Apple Watch to feature
# a chip", "we expect the talks to resume". What is expected is the proposition.
_EXPECTED = re.compile(
    r"^(?:I|we|he|she|they)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?P<verb>expects?|expected|predicts?|predicted)\s+"
    r"(?P<thing>(?:the|a|an|(?-i:[A-Z]))[^,;:\"\u201c]{0,80}?)\s+to\s+(?P<next>[a-z]+\b)",
    re.IGNORECASE,
)


def _as_expected(match: re.Match[str]) -> str:
    """The expected thing and what it will do: "the Apple Watch will feature"."""
    thing = match.group("thing")
    if thing.split()[0].lower() in ("the", "a", "an"):
        thing = thing[0].upper() + thing[1:]
    will = "would" if match.group("verb").lower().endswith("ed") else "will"
    return f"{thing} {will} {match.group('next')}"


# A verb of knowing or saying before the thing a verdict after it is said of: "had
# known the tale was false" states the knowing, not the tale.
_OBJECT_OF_KNOWING = re.compile(
    r"\b(?:knew|known|knows?|said|says|claimed|thought|thinks?|believed|believes?"
    r"|reali[sz]ed|admitted|learn(?:ed|t)|found|proved|proven|shown|showed|revealed"
    r"|confirmed|insisted|argued"
    # Feeling, suspecting or being sure of it: "they felt the recording was a
    # hoax", "both were aware that the story was untrue".
    r"|felt|feels?|suspect(?:s|ed)?|aware|sure|certain|convinced)"
    r"\s+(?:that\s+)?(?:the|a|an|this|his|her|their|its)\s",
    re.IGNORECASE,
)
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_EDGE = _QUOTES + " .,;:-\u2013\u2014()"
# How a clause cut off at its conjunction ends ("..., but"), or a last line
# break (before which `$` matches too): a text ending otherwise has none to cut.
_CUT_AT = ("but", "and", "or", "though", "while", "despite", "\n")
_TITLES = frozenset(
    _words(
        """
        mr mrs ms dr rep sen gen col lt sgt adm capt prof rev sir lord dame st rear vice
        secretary president minister governor senator chairman director commander chief
        spokesman spokeswoman spokesperson mayor judge officer detective inspector sheriff
        ambassador general admiral colonel captain sergeant lieutenant congressman
        congresswoman representative sergeant-at-arms
        """
    )
)
_UNNAMED = re.compile(
    r"^(?:the|a|an|one|some|several|two|three|many|other|another|its|his|her|their)\b"
    r"|^(?:sources?|officials?|experts?|witnesses|residents|police|analysts|reports?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Proposition:
    """A claim text made from a statement's content, or why none could be made."""

    text: str | None
    reason: str | None = None
    # No claim because a "he" or "she" in the speaker's own quoted words is
    # someone else (`_other_in_own_words`): a proposition of its own all the
    # same, only not one the text can name.
    of_another: bool = False


def alternative(text: str) -> bool:
    """Whether `text`, asked with "whether", asks which of two things is so
    ("the ship sank or was towed away"), not whether one thing is ("two or three
    ships sank"): then it states neither."""
    for match in _OTHER_BRANCH.finditer(text):
        word = match.group("word").lower()
        if word == "not":
            continue  # "whether or not it sank"
        if word == "whether" or word in _AUXILIARIES or _verb_word(word):
            return True
        if word in _OTHER_ONES:
            return True  # "with the leader, or another faction": one or the other
    return False


TALK_OF_MATTER = "talk of a matter going around, not the matter"
# Why `proposition` made no claim of a content in which the article rules read
# no finite verb: a headline's grammar, which leaves its auxiliaries and
# articles out, reads so too (`grouping._headline_words`).
NO_VERB = "a fragment with no verb, not a proposition"
REQUEST = "a request to the hearer, not a proposition"
TELLING_CUT = "a telling cut before what it told, not a proposition"
# A verb of saying that takes no thing as its object ("said that report" is no
# English), its hearer, then "that" and the words the text ends on.
_TELLING_CUT = re.compile(
    r"\b(?:said|says|explained|explains|added|adds|noted|notes|stated|states|insisted"
    r"|insists|argued|argues|(?:told|tells)\s+[\w'\u2019-]+)\s+"
    r"(?:(?:to|on)\s+[^,;:]{1,60}?\s+)?that\s+(?P<told>[^,;:]{1,60})$"
)
# A request or a suggestion to the hearer: "Please do not call this number", "Let's
# not spread rumours". What is asked for is not said to be so. ("Let's be clear: X"
# only announces the X it goes on to state.)
_REQUEST = re.compile(
    r"[\"'\u201c\u2018]?(?:please|let['\u2019]s|let\s+us)\s+(?!be\s+(?:clear|honest|frank)\b)",
    re.IGNORECASE,
)


def request(text: str) -> bool:
    """Whether `text` asks something of its hearer ("Please do not call this
    number", "Let's not spread rumours"): it puts forward nothing as so, and
    joins no claim by the words of what it asks."""
    return _REQUEST.match(text) is not None


def talk_of_matter(text: str) -> bool:
    """Whether `text` tells of talk of a matter going around instead of the
    matter (`_TALK_OF`): "reports of her capture surfaced Sunday", "there was
    a frenzy about the possibility of Ebola", "relatives expressed hope that
    the deal will hold"."""
    text = text.lstrip(_QUOTES + " ")
    return may_hold(text, _TALK_OF_NEEDS) and _TALK_OF.match(text) is not None


def _denied_as_proposition(text: str) -> str:
    """`text` with a polarity item opening it put as the proposition it denies
    (`_POLARITY_OPENING`): "any news conference is scheduled" -> "a news
    conference is scheduled", "any such plans were made" -> "such plans were
    made", "anyone in the town had fallen ill" -> "someone in the town had
    fallen ill", "any evidence was found" -> "evidence was found". A claim's
    text says what is so or not, and "any" alone says neither."""
    found = _POLARITY_OPENING.match(text)
    if found is None:
        return text
    item, head, verb = found.group("any"), found.group("head"), found.group("verb").lower()
    rest = text[found.start("head") :]
    if item.lower() != "any":
        some = {"anyone": "someone", "anybody": "somebody"}[item.lower()]
        return (some.capitalize() if item[0].isupper() else some) + " " + rest
    nouns = _words_of(head)
    if not nouns:
        return text
    plural = verb in ("are", "were", "have") or (verb == "had" and nouns[-1].endswith("s"))
    counted = not plural and nouns[-1].lower() not in _UNCOUNTED
    article = ("an" if head[:1].lower() in "aeiou" else "a") if counted else ""
    such = "such" if found.group("such") is not None else ""
    opening = " ".join(w for w in (such, article) if w)
    told = f"{opening} {rest}" if opening else rest
    return told[:1].upper() + told[1:] if item[0].isupper() else told


@lru_cache(maxsize=1 << 15)
def proposition(
    content: str,
    speaker: str | None = None,
    party: str | None = None,
    person: str | None = None,
    quoted: bool = False,
    *,
    asides: bool = False,
) -> Proposition:
    """The standalone claim text that a statement's `content` states, if it states one.

    `speaker` (as written) and `party` stand in for the pronouns by which a
    speaker refers to itself ("we", "I") or is referred to in its own
    indirect speech ("he said he ...", "the ministry said it ..."); `person`
    is the speaker's full name when the article gave it earlier ("Hunter",
    or "he", for "Rep. Duncan Hunter"). In the speaker's own words in
    quotation marks (`quoted`) the speaker is "I": a "he" or "she" there is
    someone else. The words of a parenthesis are kept without its brackets: the
    words a statement is matched on. The text shown as a claim's (`asides`)
    leaves out a parenthesis the sentence reads whole without
    (`_aside_or_words`) and keeps another name for a name in its brackets; it
    leaves out a picture's one-word label and ends at an ellipsis before a
    capital.
    """
    if _PRESENTING.match(content.lstrip(_QUOTES + " ")):
        # "Here's a picture of the car": a caption shows something and says nothing of it.
        return Proposition(None, "a caption, not a proposition")
    if _captioned(content):
        return Proposition(None, "a caption, not a proposition")
    if _INDIRECT_YES_NO.match(content):
        # "whether the talks resumed": asked, not said to be so.
        return Proposition(None, "an indirect question, not a proposition")
    text = _first_sentence(_clean(content, asides=asides))
    if asides:
        # "Recovered: A car ...": a picture's one-word label before its caption.
        text = _LABEL.sub("", text)
        # "... has not been tested... Rory McIlroy played it too": an ellipsis
        # before a capital ends the sentence, as a full stop does.
        ended = _ELLIPSIS_END.search(text)
        if ended is not None and len(_words_of(text[: ended.start()])) >= 3:
            text = text[: ended.start()]
    if not text:
        return Proposition(None, "no content")
    if text.rstrip(_QUOTES).endswith("?"):
        return Proposition(None, "a question, not a proposition")
    pronoun = P.possible_pointing(text)
    if pronoun is not None:
        # "So it's not out of the question": what was told before may be so.
        return Proposition(None, f"its '{pronoun}' says what was told before may be so")
    if request(text):
        return Proposition(None, REQUEST)
    if talk_of_matter(text):
        return Proposition(None, TALK_OF_MATTER)
    # Whom a quotation was said to: "He told the group Cageprisoners: I was left ...".
    addressed = re.match(r"([^:]{1,60}):\s+(?=\S)", text)
    if addressed is not None and not _has_verb(["", *_words_of(addressed.group(1))]):
        text = text[addressed.end() :]
    if may_hold(text, _TRAILING_ATTRIBUTION_NEEDS):
        unattributed = _TRAILING_ATTRIBUTION.sub("", text)
        # "Hunter stands by what he said": the verb of saying is the what-clause's
        # own, not who said the text; taken off, it leaves "stands by what".
        if not _WHAT_END.search(unattributed):
            text = unattributed
    text = _denied_as_proposition(text.strip(_EDGE))
    # "X, probably", "X- sort of": a hedge after the proposition says how sure
    # the speaker is of X, not what X is.
    hedged = _HEDGE_AFTER.search(text) if may_hold(text, _HEDGE_AFTER_NEEDS) else None
    if hedged is not None and _has_verb(_words_of(text[: hedged.start()])):
        text = text[: hedged.start()].strip(_EDGE)
    # "X, we have no reason to believe that it's not": whose doubt there is none of.
    unsure = _NO_REASON_AFTER.search(text) if may_hold(text, ("reason",)) else None
    if unsure is not None and _has_verb(_words_of(text[: unsure.start()])):
        text = text[: unsure.start()].strip(_EDGE)
    # "X, but declined to elaborate": how the teller held back, not what it told.
    withheld = _WITHHELD_AFTER.search(text) if may_hold(text, _WITHHELD_AFTER_NEEDS) else None
    if (
        withheld is not None
        and _has_verb(_words_of(text[: withheld.start()]))
        # "it was investigating ..., but did not confirm X": the teller's own
        # acts, both of them what it told of itself.
        and not _TELLER_SUBJECT.match(content.lstrip(_QUOTES + " "))
    ):
        text = text[: withheld.start()].strip(_EDGE)
    # "X, and a named teller forecast that Y": the teller's clause is not X's.
    joined = _JOINED_TELLING.search(text) if may_hold(text, _JOINED_TELLING_NEEDS) else None
    if (
        joined is not None
        and _has_verb(_words_of(text[: joined.start()]))
        and not _has_verb(["", *_words_of(joined.group("who"))])
    ):
        text = text[: joined.start()].strip(_EDGE)
    # Someone else's words inside the content: "spokesman X said the release was
    # still under negotiation", "one eyewitness told a station, the creature was big".
    nested = (
        _OPENING_ATTRIBUTION.match(text)
        if any(verb in text for verb in _OPENING_ATTRIBUTION_NEEDS)
        else None
    )
    # "A lab, which has worked for the police, said X": the teller is the lab.
    who = _RELATIVE_ASIDE_END.sub("", nested.group("who")) if nested is not None else ""
    if (
        nested is not None
        and not _has_verb(["", *_unqualified(_words_of(who))])
        and not re.search(r"\b(?:who|which|that|whom|whose|he|she|they|I|we|it)\b", who, re.I)
        and not _SUBORDINATE.match(who)
        # "Nobody said X", "Reuters never said X": what was not said is no claim.
        and not _NEGATION.search(who)
    ):
        rest = text[nested.end() :]
        # "Oxfam said it will ...": the pronoun is the one who said it, so it stays.
        if (
            _has_verb(_words_of(rest))
            and len(_words_of(rest)) >= 3
            and not _UNNAMED_SUBJECT.match(rest)
        ):
            text = rest
    # "X is false": the proposition is X, when X is one; whoever calls it false
    # denies it. A thing called a hoax ("the Lund exhibition") keeps its verdict.
    judged = (_VERDICT_AFTER.sub("", text) if may_hold(text, _VERDICT_AFTER_NEEDS) else text).strip(
        _EDGE
    )
    # Not when what is judged is the object of knowing or saying: "executives had
    # known the tale was false" states that they knew it; nor a thing and its
    # relative clause: "the photo that shows the shark is a hoax".
    if (
        judged != text
        and _has_verb(_words_of(judged))
        and not _OBJECT_OF_KNOWING.search(judged)
        and not _noun_and_its_relative(judged)
    ):
        text = judged
    # "that X and that Y", as a speaker said both: X is the proposition, Y another.
    second = (
        re.search(r",?\s+and\s+that\s+(?!(?:is|was|'s|\u2019s|would|will|has|had)\b)\w.*$", text)
        if "that" in text
        else None
    )
    # Only when what is left has a verb the word lists know: "that impact occurred"
    # may be a determiner's phrase, and "died" is too short for them.
    if second is not None and _verbs(_words_of(text[: second.start()])) > 0:
        text = text[: second.start()]
    # A clause cut off at its conjunction ("..., but") ends before it.
    if text.endswith(_CUT_AT):
        # "... was a hoax - despite": a dash before it cuts as a comma does
        text = re.sub(
            r"(?:[,;]|\s[-\u2013\u2014])?\s+(?:but|and|or|though|although|while|despite)$",
            "",
            text,
        )
    text = text.strip(_EDGE)
    # "we think it's illogical": the "it" after a speaker's own belief is what
    # the speaker judges, not the speaker.
    believed = re.match(r"(?:I|we)\s", text, re.IGNORECASE) is not None and bool(
        _WRAPPER.match(text)
    )
    text = _WRAPPER.sub("", text)
    text = _EXPECTED.sub(_as_expected, text, count=1)
    # "As soldiers came forward, it is being reported that X": what is reported is X;
    # the opening clause only set the scene for the report.
    opening = _SCENE_CLAUSE.match(text)
    if opening is not None:
        unwrapped = _WRAPPER.sub("", text[opening.end() :], count=1)
        if unwrapped != text[opening.end() :] and re.match(r"it\b", text[opening.end() :], re.I):
            text = unwrapped
    if may_hold(text, _HEDGES_NEED):
        text = _HEDGES.sub(_unhedged_adverb, text)
    # "has been allegedly been arrested": the hedge gone, its auxiliary once.
    # ("had had" is a tense of its own.)
    if _TWO_AUXILIARIES.search(text):
        text = re.sub(r"\b(been|be|has|have|the)\s+\1\b", r"\1", text)
    plain = _HEARSAY.sub(_unhedge, text) if may_hold(text, _HEARSAY_NEEDS) else text
    if plain != text and _has_verb(_words_of(plain)):
        text = plain
    other = _other_in_own_words(text) if quoted else None
    if other is not None:
        return Proposition(None, f"its '{other}' points into the article", of_another=True)
    text = _resolve(text, speaker, party, person, speaker_it=not believed, quoted=quoted)
    text = _body_by_its_name(text, speaker, party)
    words = _words_of(text)
    # A clause made of an idea's doer and act has its verb, whether or not the
    # word lists know it ("pets enter heaven").
    idea = not _has_verb(words) and _idea_as_clause(text) != text
    if idea:
        text = _idea_as_clause(text)
        words = _words_of(text)
    if not idea and not _has_verb(words) and not _OPENING_PARTICIPLE.match(text):
        # What someone is accused of: "10,000 North Korean soldiers of participating
        # in combat" -> "10,000 North Korean soldiers have been participating in combat".
        # Not an opening participle's clause ("Expanding on the circumstances
        # surrounding the attack"): it has no subject to have done anything. Nor
        # a participle that relates a noun to another, as a preposition would
        # ("849 cases involving police arrests", "files containing names"):
        # the noun and its phrase, not a doer and its act.
        accused = re.match(
            r"^((?:[^,;]|,(?=\d))+?(?:\s+of|[a-z]s))\s+(?!being\b|having\b|"
            r"(?:morning|evening|spring|during|thing|nothing|something|anything|everything"
            r"|building|wedding|meeting|ceiling|king|ring|string|wing"
            r"|involving|including|concerning|regarding|containing|featuring|surrounding"
            r"|totaling|totalling|excluding|comprising|depicting)\b)([a-z]+ing)\b",
            text,
        )
        # Not a noun's complement ("his goal of moving"), nor a possessive's
        # gerund ("video of his beheading"): those name no one who does anything.
        if accused is not None and not re.search(
            r"\b(?:his|hers?|its|their|our|my|your|about|by|from|with)\b",
            accused.group(1),
            re.IGNORECASE,
        ):
            text = _accused_of(accused) + text[accused.end() :]
        words = _words_of(text)
    # "where no one ever showed up": a place's relative clause, cut from its noun,
    # with no main clause after a comma.
    if re.match(r"(?:which|whom|whose)\b|where\b(?![^,]*,\s)", text, re.IGNORECASE):
        return Proposition(None, "a relative clause, not a proposition")
    asked = _INDIRECT_WH.match(text)
    if asked is not None and not (
        asked.group().lower() == "what" and _COPULA.search(text, asked.end())
    ):
        # "what the company might offer at its launch", "why she drove to the
        # park": a clause that asks; "What was clear was that X" is a cleft and
        # states X.
        return Proposition(None, "an indirect question, not a proposition")
    if _SUBORDINATE.match(text) and not re.search(r",\s", text):
        return Proposition(None, "a condition or clause with no main clause")
    # "Fines would rise, but jail terms would not": a conjunct whose verb the
    # clause before it gave adds nothing of its own; the clause before is the claim.
    negated = _ELLIPTICAL_NOT.search(text) if may_hold(text, _ELLIPTICAL_NOT_NEEDS) else None
    if negated is not None:
        conjuncts = list(
            re.finditer(
                r"(?:[,;]\s*|\s+)(?:but|and|while|whereas|though|although)\s",
                text[: negated.start()],
            )
        )
        if conjuncts:
            kept = text[: conjuncts[-1].start()].strip(_EDGE)
            if (
                kept
                and "," not in text[conjuncts[-1].end() : negated.start()]
                and _has_verb(_words_of(kept))
            ):
                text = kept
                words = _words_of(text)
                negated = (
                    _ELLIPTICAL_NOT.search(text) if may_hold(text, _ELLIPTICAL_NOT_NEEDS) else None
                )
    # A clause ending on its auxiliary ("as he did", "it might") is cut off; "in May" is not.
    # "how serious this is", "what it was" end on their verb and are whole.
    cut = (
        bool(words)
        and (
            words[-1] in _AUXILIARIES
            # "the new laptop has just": an adverb after the auxiliary, cut before the verb.
            or (len(words) > 1 and words[-1].lower() in _ADVERBS and words[-2] in _AUXILIARIES)
        )
        and not any(w.lower() in {"how", "what", "who", "whatever", "where"} for w in words[-5:-1])
    )
    # "She did not", "the video has not, as some places report": an auxiliary
    # and its "not" with no verb after them, only an aside or the end, is a verb
    # phrase the sentence gave before ("He said he would go; she did not") or one
    # cut at an aside: what is not done is not said. "I don't know what it is not"
    # ends on its verb and is whole. (`negated` was found in the text as it now is.)
    cut = cut or (
        negated is not None
        and not any(
            w.lower() in {"how", "what", "who", "whatever", "where"}
            for w in _words_of(text[: negated.start()])[-4:]
        )
    )
    # "FOX News reported": a source and its verb of saying, with nothing said.
    cut = cut or (bool(words) and words[-1].lower() in _SAYING and _verbs(words[:-1]) == 0)
    # "The original post is alleged to have said", "the paper has reported": a
    # verb of saying on its auxiliary, with what was said cut off ("said:"
    # before a quotation). "That is what he has said" is whole.
    cut = cut or (
        len(words) > 2
        and words[-1].lower() in _SAYING
        and words[-2].lower() in {"has", "have", "had", "to", "will", "would"}
        and not any(w.lower() in _ASKING_WORDS for w in words[:-2])
    )
    # "explained to the paper that credible intelligence": a telling cut before the
    # verb of the clause it told, which says nothing of its own.
    told_cut = _TELLING_CUT.search(text) if may_hold(text, (" that ",)) else None
    if told_cut is not None and not _has_verb(["", *_words_of(told_cut.group("told"))]):
        return Proposition(None, TELLING_CUT)
    # "Virginia-based", "state-owned": a compound in -ed is an adjective, no verb.
    verbal_text = re.sub(r"(?<=\w)-\w+ed\b", "", text) if "-" in text else text
    # "local officials, the health district and county": a word in -s before a
    # comma is no verb taking what follows as its object (`_has_verb` reads "officials
    # the" as "sends a"); a verb and its object are not parted by a comma.
    if "," in verbal_text:
        verbal_text = re.sub(r"(?<=[a-z]s),(?=\s)", " and,", verbal_text)
    # "demand for more tests to be performed": in a clause of "for" and an
    # infinitive, the infinitive's "be" or "have" and what it carries are not finite.
    if "for" in verbal_text.lower():
        verbal_text = re.sub(
            r"\b(for\s+(?:[\w'\u2019-]+\s+){1,5}?to)\s+(?:be|have(?:\s+been)?)(?:\s+[a-z]+\b)?",
            r"\1",
            verbal_text,
            flags=re.IGNORECASE,
        )
    verbal = _words_of(verbal_text)
    if len(words) < 3 or not (idea or _has_verb(verbal)) or cut:
        return Proposition(None, NO_VERB)
    if "there" in text.lower() and _THERE_MODAL_NO_VERB.search(text):
        return Proposition(None, "a garbled clause, its verb left out, not a proposition")
    # "Seeing a man running with a shotgun, which ...": a participle's clause whose
    # only finite verb is in a relative clause after it, no main clause.
    if _PARTICIPLE_OPENING.match(text) and not _has_verb(
        ["", *_words_of(_AFTER_COMMA_RELATIVE.split(verbal_text, maxsplit=1)[0])[1:]]
    ):
        return Proposition(None, "a participle's clause, not a proposition")
    if (
        len(words) > 2
        and words[-2].lower() in _TELLING
        and words[-1].lower() in _HEARERS
        and not any(w.lower() in _ASKING_WORDS for w in words[:-2])
    ):
        # "A tour player told him": a telling and its hearer, with what was told
        # cut off. ("That is what she told me" is whole.)
        return Proposition(None, "a fragment cut off mid-phrase")
    if _hearer_alone(words):
        return Proposition(None, "a fragment cut off mid-phrase")
    no_clause = _no_main_clause(text)
    if no_clause is not None:
        return Proposition(None, no_clause)
    if _known_as_name(text):
        return Proposition(None, "a noun phrase and its name, not a proposition")
    # A relative clause cut off after its comma leaves the clause before it whole,
    # and so does one cut after the preposition that opens it ("statements from
    # her, in", of "in which she stated ...").
    text = re.sub(
        r",\s+(?:(?:in|on|at|of|for|with|from|by|to|under|through|during|after|about"
        r"|against|among|according\s+to)(?:\s+(?:which|whom|whose))?|which|who|whom|whose)\W*$",
        "",
        text,
    )
    words = _words_of(text)
    if (
        words[-1].lower() in _DANGLING_END
        or (
            # "The truce was said to", "Talks are expected to": cut before the verb;
            # "..., much like": cut before what it is like.
            len(words) > 1
            and (
                (words[-1].lower() == "to" and words[-2].lower() in _BEFORE_INFINITIVE)
                or (words[-1].lower() == "like" and words[-2].lower() in {"much", "just", "rather"})
                # "It's important to remember", "we want to stress": a verb of knowing or
                # saying whose object, the next sentence or clause, was cut off.
                or (
                    len(words) > 2
                    and words[-2].lower() == "to"
                    and words[-1].lower() in _OBJECT_CUT_OFF
                    and words[-3].lower() in _BEFORE_CUT_OBJECT
                )
                # "Comcast has contacted": a perfect whose verb needs an object.
                or (words[-1].lower() in _NEEDS_OBJECT and words[-2].lower() in _PERFECT)
                # "Lin had no idea": no idea of what the content does not say.
                or (
                    len(words) > 2
                    and words[-1].lower() == "idea"
                    and words[-2].lower() == "no"
                    and words[-3].lower() in _PERFECT
                )
            )
        )
        or _object_outside(words)
    ):
        return Proposition(None, "a fragment cut off mid-phrase")
    # "Hunter stands by what", "... including what": a clause cut after the
    # "what" that opens what it names. "So what", "that is what" are whole.
    if (
        len(words) > 1
        and words[-1].lower() in {"what", "whatever"}
        and words[-2].lower() not in _WHOLE_BEFORE_WHAT
    ):
        return Proposition(None, "a fragment cut off mid-phrase")
    # "Some struggled to stand", "Others fled", "None were substantial": a part of
    # people or things the text does not name.
    if len(words) > 1 and words[0].lower() in _BARE_PARTS and _verb_word(words[1]):
        return Proposition(None, f"its subject '{words[0]}' is not named")
    if _names_nothing_there(text):
        # "There's no criminal record", "There was a big likeness between the
        # voices": what there is, with no one, no place and no number to say
        # of whom or where; only its article tells.
        return Proposition(None, NAMES_NOTHING)
    # (Its question words are matched in lower case only.)
    embedded = _EMBEDDED_QUESTION.search(text) if "wh" in text or "how" in text else None
    if embedded is not None and not _has_verb(["", *_words_of(text[: embedded.start()])]):
        # "Very different stories of how the protests ended": its only verb is
        # in the clause a noun phrase governs.
        return Proposition(None, "a noun phrase, not a proposition")
    if _verb_first(words[0]) or re.match(r"to\s+(?!date\b)[a-z]+\b(?!,)", text, re.IGNORECASE):
        return Proposition(None, "a clause with no subject")
    if _headless_relative(text) or _agent_without_passive(text):
        return Proposition(None, "a fragment cut off mid-phrase")
    # "Quickly went viral", "Already learned a lot": an adverb, then a past verb
    # with no subject. A participle before its noun is an adjective's ("Heavily
    # armed fighters"); only one that takes a determiner after it is a verb.
    if (
        len(words) > 2
        and (_adverb(words[0].lower()) or words[0].lower() == "already")
        and _verb_first(words[1])
        and (
            not (words[1].endswith("ed") or words[1] in verbforms.PARTICIPLES)
            or words[2].lower() in {"a", "an", "the", "his", "her", "their", "its", "this"}
        )
    ):
        return Proposition(None, "a clause with no subject")
    # "emergency services and was taken away": an object, then a verb with no subject.
    # Only a short phrase with no article: "the firm cut jobs and was fined" has
    # a verb the word lists do not know.
    joined = (
        re.match(r"([^,;]+?)\s+and\s+(?:was|were|is|are|has|had|have)\s", text)
        if _AND_AUXILIARY.search(text)
        else None
    )
    before_and = _words_of(joined.group(1)) if joined is not None else []
    # Nor one a participle opens ("being logged out and were unable to ..."), cut
    # from "users reported being ...".
    if (
        before_and
        and (
            (
                len(before_and) <= 4
                and before_and[0].lower()
                not in {"the", "a", "an", "this", "that", "these", "those"}
            )
            or before_and[0].lower() in {"being", "having"}
        )
        and not _has_verb(["", *before_and])
    ):
        return Proposition(None, "a clause with no subject")
    # "The plan, saying it set a precedent": the object of the cue's verb ("criticized
    # the plan"), then the speaker's participle; unless the participle's clause
    # closes and the verb follows ("The mayor, saying he was tired, resigned").
    if (
        re.match(
            r"(?:the|a|an|this|that|these|those)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+,\s+"
            r"(?:saying|adding|calling|describing|arguing|claiming|noting|warning|insisting)\b",
            text,
            re.IGNORECASE,
        )
        and not _has_verb(["", *_words_of(text.split(",", 1)[0])])
        and "," not in text.split(",", 1)[1]
    ):
        return Proposition(None, "a clause with no subject")
    # "The attack and warned locals ...": the object of a verb the statement's cue
    # took ("condemned the attack and warned"), then a second verb of that cue's
    # subject. A verb in -ed right after "and" with only a noun before it has no
    # subject of its own ("The army and navy" has no verb; "Police arrived and
    # warned" has one before "and").
    cut_object = re.match(
        r"(?:the|a|an|this|that|these|those)\s+((?:[\w'\u2019-]+\s+){0,5}?)[\w'\u2019-]+"
        r"\s+(?:and|but)\s+(?P<verb>[a-z]+ed|said|told)\s+(?!by\b|to\b|with\b|in\b|and\b|or\b|,)",
        text,
        re.IGNORECASE,
    )
    if (
        cut_object is not None
        and cut_object.group("verb").lower() not in _NOT_PAST
        and not _has_verb(["", *_words_of(text[: cut_object.start("verb")])[:-1]])
    ):
        return Proposition(None, "a clause with no subject")
    relative = _GOVERNED.search(text)
    if (
        relative is not None
        # An aside after a comma (", which they said ...") may hold the
        # sentence's verb in a clause the extractor cut; it is left to stand,
        # unless the text ends inside it: "The caller, who gave only her first
        # name" says of the caller only what the aside says, and "Net zero by
        # 2040, after activists pushed the firm" only when it was pushed.
        and (
            not text[: relative.start()].rstrip().endswith(",")
            or (
                "," not in text[relative.end() :]
                # ", which they said hurt farmers": what is said of it is reported there.
                and not any(w.lower() in _SAYING for w in _words_of(text[relative.end() :]))
            )
        )
        and not _has_verb(["", *_words_of(text[: relative.start()])])
        and (
            # An aside the text ends in ("The firm, which has worked for the
            # police") holds the only verb, an auxiliary and its participle
            # being one; a clause with no comma before it may be followed by the
            # main verb ("The tape where shots ring out was filmed"), which the
            # count of verb words finds.
            _verb_groups(_words_of(text[relative.end() :]))
            if text[: relative.start()].rstrip().endswith(",")
            else _verbs(_words_of(text[relative.end() :]))
        )
        <= 1
    ):
        # "Godane as a ruthless leader who eliminated rivals", "Anger since the
        # scandal broke": the only verb is that of a clause the phrase governs.
        return Proposition(None, "a noun phrase, not a proposition")
    if relative is not None and _aside_holds_every_verb(text, relative):
        # "IS, which has conquered vast swathes of territory, as the embodiment
        # of evil": the object of the speaker's verb, its aside and a complement.
        return Proposition(None, "a noun phrase, not a proposition")
    if (re.match(r"as\s", text, re.IGNORECASE) and "," not in text) or re.match(
        r"(?:of|than|against|into|about(?!\s+(?:\d|a\b|an\b|half\b|one\b|two\b|three\b"
        r"|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|\w+ty\b|\w+teen\b|hundreds?\b"
        r"|thousands?\b|dozens?\b)))\s",
        text,
        re.IGNORECASE,
    ):
        # "Of trying to rape a girl ...": a phrase cut from the sentence it belonged to.
        return Proposition(None, "a fragment cut off mid-phrase")
    # A first person nobody is named for ("I saw nothing", from "a witness"), a
    # "you" addressed to the reader, a demonstrative pointing into the article
    # ("This video served ...") or a third person the statement does not name
    # ("He drove Thomas to the store", "As a teen, she ...") leaves the reader
    # no subject: such a statement joins a claim it matches, or is not filed.
    opener = _OPENER.match(text)
    # "ISIS doesn't have a navy, they don't have an air force": a clause before the
    # comma whose subject is a name gives the pronoun after it what it stands for.
    # A "we" of everyone ("One day we will all be judged in eternity") stands
    # for no one the article must name: the text keeps it.
    everyone = _speaks_for_everyone(text)
    for clause in (text, text[opener.end() :] if opener is not None else ""):
        deictic = _DEICTIC.match(clause)
        if everyone and deictic is not None and deictic.group(1).lower() in _PLURAL_FIRST:
            deictic = None
        if deictic is not None and not _DUMMY_IT.match(clause):
            return Proposition(None, f"its subject '{deictic.group(1)}' points into the article")
        unnamed = _UNNAMED_SUBJECT.match(clause)
        if (
            unnamed is not None
            and not _DUMMY_IT.match(clause)
            and not (
                clause is not text
                and _named_clause(text, text[: len(text) - len(clause)], unnamed.group(1))
            )
        ):
            return Proposition(None, f"its subject '{unnamed.group(1)}' is not named")
    pointing = _POINTING.match(text)
    if pointing is not None:
        noun = pointing.group("noun") or pointing.group("person")
        return Proposition(None, f"its subject 'the {noun}' points into the article")
    # A possessive in the subject with nothing before it to stand for: "One of
    # its airdrops had gone missing".
    first_verb = next((n for n, w in enumerate(words) if n and _verb_word(w)), len(words))
    for n, word in enumerate(words[:first_verb]):
        if word.lower() in {"his", "her", "its", "their"}:
            if not any(_may_stand_for(w, m) for m, w in enumerate(words[:n])):
                return Proposition(None, f"its '{word}' stands for no one it names")
            break
    # An "its" past the subject that nothing singular before it could own: "The
    # fighters had used its territory", said by Turkey, is Turkey's territory; said
    # by a person, or by no one, it names no owner.
    owned = _unowned_its(text)
    if owned is not None:
        name = _name_of(speaker, party)
        body = (
            name is not None
            and person is None
            and person_name(speaker, party) is None
            and not _looks_personal(speaker)
            and (speaker or "").lower() not in {"he", "she", "i", "we", "you", "they"}
        )
        if not body or name is None:
            return Proposition(None, "its 'its' stands for no one it names")
        text = _owned_by(text, owned, speaker, name)
        words = _words_of(text)
    # An "it" or "them" the text gives nothing to stand for: "There's nobody
    # talking about it", "Amazon firmly denied it".
    found = _THIRD_PERSON.search(text)
    dummy = _DUMMY_IT.match(text, found.start()) if found is not None else None
    if dummy is not None and not (
        dummy.group().endswith("ed") and re.match(r",?\s+to\b", text[dummy.end() :])
    ):
        # "it is possible that ...", "it is not yet clear whether ...": no one. ("it
        # can be used to power computers" is said of a thing.)
        found = _THIRD_PERSON.search(text, dummy.end())
    before = _words_of(text[: found.start()]) if found is not None else []
    after = _words_of(text[found.end() :])[:1] if found is not None else []
    if (
        found is not None
        and found.group() in {"it", "them"}
        and before
        and _verb_word(before[-1])
        and not (after and (after[0].lower() in _AUXILIARIES or _verb_word(after[0])))
    ):
        # The object of a verb ("Nigeria recaptured it") is not its subject.
        verb = next((n for n, w in enumerate(before) if n and _verb_word(w)), len(before))
        before = ["", *before[verb:]]
    if found is not None and _object_of_speaker(text, found, _name_of(speaker, party)):
        return Proposition(None, f"its '{found.group()}' points into the article")
    personal = found is not None and found.group() in {"he", "she", "him", "his", "her"}
    if found is not None and _time_alone(before):
        # "Over the years it faded", "In March they left": a time is no one the
        # pronoun could be, and nothing else comes before it.
        return Proposition(None, f"its '{found.group()}' points into the article")
    if found is not None and not any(
        _may_stand_for(word, n)
        # "Initially it was rumoured he ...", "Basically what it's doing": an
        # adverb opening the sentence before a pronoun or a question word is no name.
        and not (
            n == 0
            and _adverb(word.lower())
            and len(before) > 1
            and before[1].lower() in _AFTER_OPENING_ADVERB
        )
        # "At the time he ...": what a preposition governs is no one "he" could be.
        and not (
            personal and word.lower() in _ARTICLES and n and before[n - 1].lower() in _GOVERNING
        )
        for n, word in enumerate(before)
    ):
        # "What he saw really touched him": no one before the pronoun it could be.
        return Proposition(None, f"its '{found.group()}' points into the article")
    if personal and found is not None and _only_plural_before(text[: found.start()]):
        # "Medics rushed him to hospital": a "he" or "her" is one person, and
        # the text names only people in the plural before it.
        return Proposition(None, f"its '{found.group()}' points into the article")
    if len(words) <= 6 and words[-1] in {"it", "them"}:
        # "Amazon firmly denied it": a short clause whose object is elsewhere.
        return Proposition(None, f"its '{words[-1]}' points into the article")
    if len(words) > 2 and words[-1].lower() in _QUANTITY_ALONE:
        # "She won't be eating any", "They found some": a share of a thing the
        # article named before, its noun left out.
        return Proposition(None, f"its '{words[-1]}' points into the article")
    # A demonstrative that ends the text, or a clause before "and", after a verb
    # or a preposition: "X will forgo that and stick to Y", "X never saw this".
    for pointed in _POINTED_OBJECT.finditer(text) if _POINTED_NEEDS.search(text) else ():
        if (pointed.group("verb") or "").lower() not in {"so", "now", "such", "given", "than"}:
            return Proposition(None, f"its '{pointed.group('what')}' points into the article")
    singled = _SINGLED_OUT.search(text) if "ticular" in text or "pecific" in text else None
    if singled is not None:
        return Proposition(None, f"its '{singled.group()}' points into the article")
    # A first or second person anywhere ("the standards we apply", "make me
    # confident", "your girls") is someone the text does not name.
    addressed = next(
        (
            found
            for found in _SPEAKER_OR_HEARER.finditer(text)
            if not (everyone and found.group().lower() in _PLURAL_FIRST)
        ),
        None,
    )
    if addressed is not None:
        return Proposition(None, f"its '{addressed.group()}' is someone it does not name")
    text = text.strip(_EDGE)
    if may_hold(text, _FINDING_OUT_NEEDS) and _FINDING_OUT.search(text) is not None:
        # "Analysts were working to determine what happened", "We will provide more
        # information when it is available": how the finding out goes, of a matter
        # the text does not name.
        return Proposition(None, FINDING_OUT)
    if untold_telling(text):
        # "The ministry did not have immediate comment": on what, the article says.
        return Proposition(None, UNTOLD_TELLING)
    if feeling_alone(text):
        # "Hassan Tukur is cautiously optimistic", "Jake Tapper was ashamed": how
        # someone feels, with what about left to the article.
        return Proposition(None, FEELING_ALONE)
    if asides:
        text = _closed(text)
    return Proposition(text[:1].upper() + text[1:])


FINDING_OUT = "how finding out goes, of a matter it does not name, not a proposition"
# Work on finding out, or news of it to come, about a matter left unnamed: an
# awaiting of confirmation or word, information or details promised for later,
# work to determine what happened, a date not yet set. ("Police are awaiting the
# autopsy of the victim" names what it waits for, and is not read.)
_FINDING_OUT = re.compile(
    r"\b(?:awaiting|await|waiting\s+(?:on|for))\s+(?:(?:further|more|official|final)\s+)?"
    r"(?:confirmation|word|results|details|information|answers|clarification|an?\s+update)"
    r"(?:\s+(?:from|by)\s+[\w.'\u2019 -]+)?[\W_]*$"
    r"|\b(?:provide|release|share|give|issue|have)\s+(?:(?:more|further|additional|any|new)\s+)?"
    r"(?:information|details|updates?)\s+(?:when|as\s+soon|once|if|later|in\s+due\s+course"
    r"|to\s+share)\b"
    r"|\b(?:working|trying|seeking|attempting|struggling|scrambling)\s+to\s+(?:determine"
    r"|establish|ascertain|find\s+out|figure\s+out|piece\s+together)\s+what\s+(?:happened"
    r"|went\s+wrong|caused\s+it)[\W_]*$"
    r"|\b(?:putting|piecing)\s+together\s+what\s+happened\b"
    r"|\bcalled\s+in\s+to\s+investigate\s+further[\W_]*$"
    r"|^no\s+(?:date|time(?:line|table)?)\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:set|given"
    r"|fixed)[\W_]*$",
    re.IGNORECASE,
)

# Words `_FINDING_OUT` matches only where one of these is written.
_FINDING_OUT_NEEDS = (
    "wait", "information", "details", "update", "determine", "establish", "ascertain",
    "find out", "figure out", "together what", "investigate further", "no date", "no time",
)  # fmt: skip

FEELING_ALONE = "a feeling or readiness of a matter it does not name, not a proposition"
# The adjectives of feeling, knowing or readiness `_FEELING_ALONE` ends on: a
# text whose last words hold none is not scanned.
_FEELINGS = frozenset(
    _words(
        """
        optimistic pessimistic hopeful ashamed ready aware unaware sure unsure confident worried
        concerned happy unhappy pleased satisfied disappointed upset angry furious shocked
        surprised stunned relieved grateful thankful welcome anxious scared afraid frightened
        excited thrilled saddened devastated horrified appalled outraged sorry glad proud
        delighted heartbroken baffled puzzled skeptical sceptical uncertain
        """
    )
)
# A copula and an adjective of feeling, knowing or readiness that ends the text,
# with nothing it is about: "is cautiously optimistic", "wasn't quite ready yet".
# ("is optimistic about the talks", "was ashamed of the report" name it.) A
# question word after it with no clause ("is not sure why", "was unsure how")
# asks what it is about, and names it no more.
_FEELING_ALONE = re.compile(
    r"^(?P<subject>[^,;:.!?\u2014\u2013()]{1,60}?)"
    r"\s(?:is|are|was|were|am|be|been|remains?|remained|felt|feels|seemed|seems"
    r"|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t)"
    r"(?:\s+(?:not|very|so|really|quite|extremely|deeply|cautiously|increasingly|still|now|also"
    r"|too|all|absolutely|incredibly|pretty|just|yet|more|less))*"
    r"\s+[\"'\u201c\u2018]?(?:" + "|".join(sorted(_FEELINGS)) + ")"
    r"(?:\s+(?:why|how|whether|what))?"
    r"(?:\s+(?:yet|now|too|either|anymore|today|right\s+now))?[\W_]*$",
    re.IGNORECASE,
)

_LETTERS = re.compile(r"[a-z]+")

UNTOLD_TELLING = "a comment or telling withheld or made, what it told not named, not a proposition"
# A comment, reply or point that the subject made, withheld or could not give,
# with nothing after it that it told or was about: "did not have immediate
# comment", "declined to comment", "had no immediate response", "makes the
# point". ("declined to comment on the ferry's sinking", "made the point that
# the pier is unsafe" name it.)
_UNTOLD_TELLING = re.compile(
    r"^(?P<subject>[^,;:.!?\u2014\u2013()]{1,60}?)\s+"
    r"(?:(?:(?:did|does|do|would|could|will|can|has|have|had)(?:\s+not|n['\u2019]t)(?:\s+yet)?"
    r"|declined\s+to|refused\s+to)(?:\s+immediately)?"
    r"\s+(?:comment(?:ed)?|respond(?:ed)?|repl(?:y|ied))(?:\s+(?:further|publicly))?"
    r"|(?:(?:did|does|do|would|could|will|can)(?:\s+not|n['\u2019]t)(?:\s+immediately)?\s+)?"
    r"(?:have|has|had|give|gave|given|offer|offered|provide|provided|make|makes|made|issue"
    r"|issued|declined|refused)"
    r"(?:\s+(?:an?|the|no|any|immediate|further|public|official|other))+"
    r"\s+(?:comments?|response|reply|point|remarks?|answer))"
    r"(?:\s+(?:yet|immediately|now|for\s+now|so\s+far|at\s+(?:this|the)\s+time"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?[\W_]*$",
    re.IGNORECASE,
)
# Words `_UNTOLD_TELLING` matches only where one of these is written.
_UNTOLD_TELLING_NEEDS = ("comment", "respon", "repl", "point", "remark", "answer")


def untold_telling(text: str) -> bool:
    """Whether `text` says only that its subject commented, replied or made a
    point, or would not, with nothing it told or was about (`_UNTOLD_TELLING`):
    "the ministry did not have immediate comment", "Ann Reed declined to
    comment", "We make the point". What was not commented on is the article's
    story, which the text leaves out: as a claim it would say nothing, and
    would group with whatever else its subject said. Its subject is a short
    noun phrase (`_short_subject`)."""
    text = text.strip()
    if not may_hold(text, _UNTOLD_TELLING_NEEDS):
        return False
    found = _UNTOLD_TELLING.match(text)
    return found is not None and _short_subject(found.group("subject"))


def _short_subject(subject: str) -> bool:
    """Whether `subject`, what opens a clause before its verb, is a short noun
    phrase (six words at most, no conjunction), not a clause of its own ("X
    happened, but scientists aren't so sure" says more than its last clause)."""
    words = _words_of(subject)
    return 0 < len(words) <= 6 and not any(
        w.lower() in {"and", "but", "or", "that", "which", "who", "because", "if", "when"}
        for w in words
    )


def feeling_alone(text: str) -> bool:
    """Whether `text` is a whole clause saying only how its subject feels, what it
    knows of or is ready for, with nothing it is about: "I am cautiously
    optimistic", "the weatherman isn't quite ready yet". Its subject is a short
    noun phrase (six words at most, no conjunction), not a clause before it ("X
    happened, but scientists aren't so sure" is more than a feeling)."""
    text = text.strip()
    # Only a text whose last words hold a word of feeling is scanned.
    if _FEELINGS.isdisjoint(_LETTERS.findall(text[-40:].lower())):
        return False
    found = _FEELING_ALONE.match(text)
    return found is not None and _short_subject(found.group("subject"))


# Finite forms that a participle or a noun never is.
_PLAINLY_FINITE = frozenset(
    _words(
        """
        is are was were am has have had will would can could shall should may might must
        does did do 's 're 've 'll
        """
    )
)
_PREPOSITIONS = frozenset(
    _words("by in at on around from with into inside over under across through near onto")
)
# "Goldman Sachs as a great squid ...": what a cue such as "described" took as its object.
_AS_COMPLEMENT = re.compile(
    r"(?P<head>(?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)\s+as\s+[\"\u201c]?"
    r"(?:a|an|the|one|being)\s",
    re.IGNORECASE,
)
# "The island's villa, built from wood ...": a noun phrase and a participle's aside.
_PARTICIPLE_ASIDE = re.compile(
    r"(?P<head>[^,;:]+),\s+(?:(?P<participle>[a-z]+ing)|(?:[a-z]+ed|"
    + "|".join(sorted(verbforms.PARTICIPLES))
    + r")"
    # A passive participle's phrase goes on with its agent or a place: "built from
    # wood", "seized by militants"; "returned home pregnant" may be the verb. So
    # does one that names ("identified only as Sam"), an adverb before its preposition.
    r"(?=(?:\s+(?:only|just|simply|merely|[a-z]+ly))?"
    r"\s+(?:by|from|in|on|at|with|into|inside|near|under|over|for|during|after|of|as)\s))"
    r"\s+(?P<rest>[^,;:]*)$"
)
# ", but nobody has checked it": a clause joined after a comma to what comes before.
_JOINED_CLAUSE = re.compile(r",\s+(?:but|and|yet)\s", re.IGNORECASE)
# "The man, but neither appears to know ...": an object cut from its verb, then a clause.
_OBJECT_THEN_CLAUSE = re.compile(
    r"(?P<head>[^,;:]+),\s+(?:but|and|yet)\s+(?!also\b)(?P<rest>[^,;:]+)$"
)


# "what appears to be", "what looked like": a thing named by how it seems, whose
# verb is no clause's of the text.
_WHAT_IT_LOOKS = re.compile(
    r"\bwhat\s+(?:appears|appeared|seems|seemed)\s+to\s+be\b|\bwhat\s+(?:looks|looked)\s+like\b",
    re.IGNORECASE,
)
# What a verb of asking took, in lower case as a content cut after its cue opens:
# "for comment" (of "asked for comment"), not "for years" or "for example".
_FOR_WHAT_ASKED = re.compile(
    r"for\s+(?!(?:years|decades|months|weeks|days|hours|now|long|ever|example|instance"
    r"|once|the\s+first|the\s+last|the\s+past|a\s+(?:long\s+)?(?:time|while))\b)"
)
# "law enforcement to make pot arrests ...": whom someone called on or asked, and
# what to do; "the video not be shown": what was asked be done.
_WHOM_ASKED = re.compile(
    r"(?P<head>(?:[a-z][\w'\u2019-]*\s+)(?:[\w'\u2019-]+\s+){0,5}?)"
    r"(?:to\s+(?P<verb>[a-z]+)|not\s+be\s+[a-z]+)\b(?P<rest>.*)$"
)
# The determiners that open the object a verb of asking took ("called on the
# attackers to ...").
_ASKED_DETERMINERS = frozenset(_words("the a an his her their its our this that these those"))
# Verbs whose plain form takes an infinitive after a plural subject ("the men
# hope to", "the couple plan to"): the subject's own verb, not an object's.
_TAKE_AN_INFINITIVE = frozenset(
    _words(
        """
        hope plan want need try refuse intend aim expect agree decide promise vow threaten
        seem appear continue begin fail manage choose like love hate prefer wish ask tell
        urge help have got came went used ought deserve dare claim pledge swear
        """
    )
)
# A clause joined after the first: "..., but laws are still on the books".
_JOINED_CLAUSE = re.compile(r",?\s+(?:but|and|or|while)\s")


def _asked_for(text: str) -> str | None:
    """Why `text`, a content opening in lower case, is what someone asked for, not a
    proposition: a "for" phrase a verb of asking took, then perhaps a predicate
    with no subject ("for comment but have not yet heard back"), or whom someone
    called on and what to do ("the Banksy page to credit Clerc", "the video not
    be shown"), with no finite verb of a clause of its own before a clause joined
    after it."""
    if _FOR_WHAT_ASKED.match(text):
        # "for the officers in the room, training kicked in": a clause after the
        # last comma makes the phrase an opening one.
        last = text.rsplit(", ", 1)[1] if ", " in text else ""
        head = _JOINED_CLAUSE.split(text, maxsplit=1)[0]
        if not _has_verb(["", *_words_of(head)]) and not _has_verb(["", *_words_of(last)]):
            return "a phrase a verb of asking took, not a proposition"
        return None
    found = _WHOM_ASKED.match(text)
    if found is None:
        return None
    head = found.group("head").split()
    verb = found.group("verb")
    if head[0] not in _ASKED_DETERMINERS or (
        verb is not None
        and any(w.endswith(("s", "ed")) or w in _TAKE_AN_INFINITIVE for w in head[1:])
    ):
        return None  # "the men hope to ...", "the mayor hopes to ...": its own verb
    if verb is not None and (
        verb in P.DETERMINERS or verb in P.PRONOUNS or not re.fullmatch(r"[a-z]{2,}", verb)
    ):
        return None  # "to the mayor", "to him": a preposition's object
    rest = _JOINED_CLAUSE.split(found.group("rest"), maxsplit=1)[0]
    if _has_verb(["", *_words_of(found.group("head"))]) or _has_verb(["", *_words_of(rest)]):
        return None
    return "an object and what it is to do or be, no clause of its own, not a proposition"


# Words in -ing that open a clause as its subject, not as a participle.
_NOT_PARTICIPLES = frozenset(
    _words(
        """
        nothing something anything everything morning evening building meeting wedding
        spring string during
        """
    )
)


def _outside_verbs(text: str) -> bool:
    """Whether `text` has a finite verb outside its relative clauses, infinitives and
    passive participles: the verb of a main clause. ("that" is as often a
    conjunction whose clause ends before the main verb: "Moving away from words that
    denote X will be ...".)"""
    kept = re.sub(r",\s+(?:or\s+|and\s+)?(?:which|who|whom|whose|where|when)\b[^,]*,", ",", text)
    # "seeing what appears to be a drone": a thing named by how it looks, a noun phrase.
    kept = _WHAT_IT_LOOKS.sub(" ", kept) if "what" in kept else kept
    kept = re.split(r"\s(?:which|who|whom|whose)\s", kept, maxsplit=1)[0]
    kept = re.sub(r"\b(?:to\s+)?(?:be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+\b", " ", kept)
    kept = re.sub(r"\bto\s+(?:have\s+)?[a-z]+\b", " ", kept)
    # "the two related incidents": an adjective in -ed after a determiner or a number.
    kept = re.sub(
        r"\b((?:the|a|an|two|three|four|five|six|several|many|some|\d+)\s+)[a-z]+ed\b",
        r"\1",
        kept,
        flags=re.IGNORECASE,
    )
    return _has_verb(["", *_words_of(kept)])


def _clause_verbs(words: list[str], *, participles: bool = True) -> list[int]:
    """Where in `words` the finite verbs of a clause are: not a predicate joined
    by "and" or "or" to the one before it ("and could convince", "was similar
    and translated"), whose subject is that predicate's; nor, unless told
    (`participles`), a form in -ed before a preposition, a participle's phrase
    ("wrapped around the face"), which after a relative clause's object may as
    well be the main verb ("the man that attacked him lived in Ohio")."""
    return [
        n
        for n, w in enumerate(words)
        if _verb_word(w)
        and not (
            participles
            and w.lower().endswith("ed")
            and n + 1 < len(words)
            and words[n + 1].lower() in _PREPOSITIONS
        )
        and not (n and words[n - 1].lower() in {"and", "or", "but"})
    ]


def _participle_form(word: str) -> bool:
    """Whether a word may be a past participle: a form in -ed or an irregular
    verb's participle ("taken", "put", "held")."""
    lower = word.lower()
    return lower.endswith("ed") or lower in verbforms.PARTICIPLES


def names_a_thing(text: str) -> bool:
    """Whether `text`, the object of a verb that takes a thing as readily as a
    clause ("pointed to ...", "announced ...", "predicted ..."), is a noun
    phrase and states nothing: no finite verb of its own before a relative
    clause it governs, and that clause's one predicate ("a splintering between
    domestically focused insurgents", "an event scheduled to take place
    Monday", "a version of the leaflet that was similar and translated to the
    message put on the note"). After such a verb a participle is the noun's,
    unless an object follows it ("announced the police arrested him"), and a
    participle in -ing opens a phrase of the noun's ("a video clearly showing
    it is fake"), but after a plural tells what they were doing ("victims
    arriving after dark", as `proposition` reads it). "The man who shot him
    was arrested" goes on to its main verb and states something."""
    relative = _SUBJECT_RELATIVE.match(text) if may_hold(text, ("that", "who", "which")) else None
    head = _words_of(relative.group("head") if relative is not None else text)
    if not head or head[0].lower() in _SUBJECT_PRONOUNS or _verb_first(head[0]):
        return False
    for n in range(len(head)):
        if _ing_participle(head, n):
            if _plural_noun(head[n - 1].lower()):
                # "reported victims arriving after nightfall": what they were doing
                return False
            head = head[:n]  # "a video clearly showing it's fake": the noun's phrase
            break
    if _has_verb(["", *_participles_left_out(head)]):
        return False
    if relative is None:
        return True
    # The clause's own verb, an auxiliary and what it carries counted once; a
    # predicate joined by "and" is the same subject's.
    rest = _words_of(relative.group("rest"))
    kept = [
        ","
        if n and (rest[n - 1].lower() in {"and", "or", "but"} or _noun_participle(rest, n))
        else word
        for n, word in enumerate(rest)
    ]
    return _verb_groups(kept) <= 1


def _ing_participle(words: list[str], n: int) -> bool:
    """Whether `words[n]`, in -ing, is a participle opening a phrase of the noun
    before it ("a video clearly showing it's fake", "a man running with a
    gun"): not a noun ("the annual meeting"), and no finite verb in its phrase
    up to a comma or a relative clause, but in a clause of its own subject
    ("it's fake"); "a man running the bank was fired" goes on to its verb."""
    word = words[n].lower()
    if not (n and word.endswith("ing") and len(word) > 4) or word in _NOT_PARTICIPLES:
        return False
    before = words[n - 1].lower()
    if _verb_word(before) or before in _DETERMINERS:
        return False
    phrase: list[str] = []
    for following in words[n + 1 :]:
        lower = following.lower().replace("\u2019", "'")
        if following.endswith(",") or lower in {"which", "who", "that", "where"}:
            break
        if lower.split("'")[0] in _SUBJECT_PRONOUNS:
            break  # "showing it's fake", "claiming they were there": a clause of its own
        phrase.append(following.rstrip(",;"))
    return not _has_verb(["", *_participles_left_out(phrase)])


def _participles_left_out(words: list[str]) -> list[str]:
    """`words` with a participle that has no object after it left out ("an event
    scheduled to take place", "insurgents focused on ..."), for a phrase a verb
    took as its object, where it is the noun's; "announced the police arrested
    him" keeps its verb. An auxiliary or a past tense is kept ("had retaken",
    "Seidel had more"), but not after a determiner ("her left elbow")."""
    return [
        ","
        if n
        and _participle_form(word)
        and (
            word.lower().endswith("ed")
            or word.lower() not in _FINITE
            or words[n - 1].lower() in _DETERMINERS
        )
        and (n + 1 == len(words) or words[n + 1].lower() not in _OBJECT_OPENERS | P.OBJECT_PRONOUNS)
        else word
        for n, word in enumerate(words)
    ]


def _noun_participle(words: list[str], n: int) -> bool:
    """Whether `words[n]` is a participle describing the noun before it: a
    participle with a preposition after it, after a noun a preposition
    governs ("translated to the same message put on the note"); after a
    verb's object it may be the main verb ("fitted the boiler lived in Leeds")."""
    if not (_participle_form(words[n]) and n + 1 < len(words)):
        return False
    if words[n + 1].lower() not in _PREPOSITIONS:
        return False
    for before in reversed(words[max(0, n - 5) : n]):
        lower = before.lower()
        if lower in _PREPOSITIONS or lower == "to":
            return True
        if _verb_word(before) or lower in P.OBJECT_PRONOUNS:
            return False
    return False


# A noun and the relative pronoun that is the subject of its clause: "details
# that were never reported", "the head of the agency who made the announcement"
# (not "so that", "now that", nor the WHO; no comma before an aside's "who").
_SUBJECT_RELATIVE = re.compile(
    r"(?P<head>[^,;:]*?[\w'\u2019-]+)\s+(?<!\bso\s)(?<!\bnow\s)(?<!\bsuch\s)"
    r"(?-i:that|who|which)\s+"
    r"(?P<rest>(?:(?:never|not|also|just|only|still|already|once|first)\s+)?(?P<verb>[a-z]+)\b.*)$",
    re.IGNORECASE,
)


# Words after which "that" opens no relative clause: "since that happened", "all
# that was left", "more than that".
_NOT_BEFORE_RELATIVE = _PREPOSITIONS | frozenset(
    _words("since after before until because if when while of than like about for all to")
)


def _noun_and_its_relative(text: str) -> bool:
    """Whether `text` is a noun phrase and the relative clause it governs, and
    no more: "details to the story that were never reported", "a
    photo that was taken and shared online", what a verb other than one of
    saying took as its object ("added details ...", "pointed to a photo ...").
    "The letter that accompanied the boxes has been making the rounds" goes on
    to its main verb and is a proposition."""
    found = _SUBJECT_RELATIVE.match(text) if may_hold(text, ("that", "who", "which")) else None
    if found is None or not _verb_word(found.group("verb")):
        return False
    head = _words_of(found.group("head"))
    if (
        not head
        # Its first word is the noun ("Details to the story"), no verb.
        or _has_verb(head)
        or _SUBORDINATE.match(found.group("head"))
        or head[-1].lower() in _NOT_BEFORE_RELATIVE
    ):
        return False
    rest = _words_of(found.group("rest"))
    verbs = _clause_verbs(rest, participles=False)
    # The relative clause's own verb, an auxiliary and what it carries counted once.
    kept = [w if n in verbs or not _verb_word(w) else "," for n, w in enumerate(rest)]
    return _verb_groups(kept) <= 1


def _before_joined_clause(text: str) -> str:
    """`text` up to a clause joined to it after a comma by "but", "and" or "yet"
    (`_JOINED_CLAUSE`): the complement of "Lee as one of them, but nobody has
    checked it" ends at the comma, and the clause after it is no verb of its own."""
    return _JOINED_CLAUSE.split(text, maxsplit=1)[0]


def _no_main_clause(text: str) -> str | None:
    """Why `text` states no proposition of its own, when it is a phrase a cue's verb
    took as its object rather than a clause: a participle's phrase ("Purporting
    to be produced by ..."),
    a noun phrase with a participle's aside ("The villa, built from ..."), a noun
    phrase and its complement ("Goldman Sachs as a great squid wrapped around ..."),
    or a noun phrase and a clause joined to it ("The man, but neither appears ...")."""
    # "Secluded: The villa, built from ...": a picture's label before its caption.
    text = _LABEL.sub("", text)
    words = _words_of(text)
    if not words:
        return None
    asked = _asked_for(text)
    if asked is not None:
        return asked
    first = words[0]
    if (
        first.endswith("ing")
        and len(first) > 5
        and first.lower() not in _NOT_PARTICIPLES
        and not _outside_verbs(text)
    ):
        return "a participle's clause, not a proposition"
    aside = _PARTICIPLE_ASIDE.match(text) if "," in text else None
    if (
        aside is not None
        and not _has_verb(["", *_words_of(aside.group("head"))])
        and not _SUBORDINATE.match(aside.group("head"))
        and not _has_verb(["", *_words_of(aside.group("rest"))])
    ):
        return "a noun phrase and its aside, not a proposition"
    complement = _AS_COMPLEMENT.match(text)
    if (
        complement is not None
        and not _has_verb(["", *_words_of(complement.group("head"))])
        and not _clause_verbs(_words_of(_before_joined_clause(text[complement.end() :])))
    ):
        return "a noun phrase, not a proposition"
    if _noun_and_its_relative(text):
        return "a noun phrase, not a proposition"
    joined = _OBJECT_THEN_CLAUSE.match(text) if "," in text else None
    if joined is None:
        return None
    head = _words_of(joined.group("head"))
    rest = _words_of(joined.group("rest"))
    if (
        len(head) >= 2
        and rest
        and not _has_verb(["", *head])
        and not _SUBORDINATE.match(joined.group("head"))
        and (
            # "for a refund, but never got an answer": a predicate whose subject was cut off
            (rest[0].lower() in _PLAINLY_FINITE or rest[0].lower().endswith("n't"))
            or _verb_first(rest[0])
            or (rest[0].lower() in _ADVERBS and len(rest) > 1 and _verb_first(rest[1]))
            # "..., and underscores yet again the risks": a verb in -s before an
            # adverb or its object
            or (
                len(rest) > 1
                and rest[0].lower().endswith("s")
                and not rest[0].lower().endswith(("ss", "us", "is"))
                and rest[0][:1].islower()
                and (
                    rest[1].lower() in _OBJECT_OPENERS
                    or rest[1].lower() in _ADVERBS
                    or rest[1].lower() in {"yet", "again", "further"}
                    or rest[1].lower().endswith("ly")
                )
            )
            # "the ladder, but nobody dared": a bare noun phrase, then a clause
            or (len(head) <= 3 and head[0].lower() in {"the", "a", "an", "this", "that"})
        )
    ):
        return "a noun phrase cut from its verb, not a proposition"
    return None


# "A customer identified as "Conal"", "a collective known as Raqqa Is Being
# Slaughtered Silently": a noun phrase and the name it goes by.
_KNOWN_AS = re.compile(
    r"(?P<head>(?:a|an|the|one|two|three|four|five|some|several)\s+(?:[\w'\u2019-]+\s+){0,4}?)"
    r"(?:identified|known|described|named|dubbed|called|referred\s+to)\s+as\s+"
    r"[\"\u201c'\u2018]?(?P<name>(?-i:[A-Z])[^,;:]*)$",
    re.IGNORECASE,
)
# The small words a name may hold ("Raqqa Is Being Slaughtered Silently", "Men of
# the Hour", "Jabhat al-Nusra").
_IN_NAMES = frozenset(_words("of the and is a an in on for de al el la le du von van"))


def _known_as_name(text: str) -> bool:
    """Whether `text` is a noun phrase and the name it goes by, with no verb of
    its own: "A customer identified as Conal" names someone and says nothing of
    him. The passive participle is no past tense here, as "known" and "dubbed"
    show. "The man known as Ringo had formed a gang" goes on to its verb; "Two
    men identified as suspects" ends on no name and is left to the other tests."""
    # "According to the website, a customer identified as Conal": whose account it is first.
    opening = re.match(r"according\s+to\s+[^,;:]{1,60},\s+", text, re.IGNORECASE)
    found = _KNOWN_AS.match(text, opening.end() if opening is not None else 0)
    if found is None or _has_verb(["", *_words_of(found.group("head"))]):
        return False
    name = _words_of(found.group("name"))
    return bool(name) and all(w[:1].isupper() or w.lower() in _IN_NAMES for w in name)


def _closed(text: str) -> str:
    """`text` with the bracket of a name's gloss it ends on closed ("... the
    Center for Disease Control (CDC"), and brackets left open otherwise taken out."""
    if text.count("(") == text.count(")"):
        return text
    if text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")"):
        return text + ")"
    return text.replace("(", "").replace(")", "")


def _named_clause(whole: str, opening: str, pronoun: str) -> bool:
    """Whether `opening` (up to a comma) of `whole` is a clause of its own whose subject opens
    it with a name `pronoun` agrees with ("ISIS doesn't have a navy," before
    "they"), not a phrase or a subordinate clause ("As a teen,", "When police
    arrived,"): a person's for "he" or "she", a body's for "they" or "it"."""
    words = _words_of(opening)
    if len(words) < 3 or not words[0][:1].isupper() or words[0].lower() in _NOT_ANTECEDENT:
        return False
    if len(_words_of(whole[len(opening) :])) < 3:
        return False  # "X is a fraud, he fumed": the one who says it, not X
    if _SUBORDINATE.match(opening) or words[0].lower() in _ARTICLES:
        return False
    # The name runs up to the clause's verb, which follows at once.
    verb = next((n for n, w in enumerate(words) if not w[:1].isupper()), len(words))
    named = entities.name_in(" ".join(words[:verb]))
    personal = pronoun.lower() in {"he", "she", "his", "her", "him"}
    if named is None or (named.kind == entities.PERSON) != personal:
        return False
    return 0 < verb < len(words) and (
        words[verb] in _AUXILIARIES or words[verb].lower() in _FINITE or _verb_word(words[verb])
    )


_THIRD_PERSON = re.compile(r"\b(?:it|them|they|he|she|him|his|her)\b")


_MANY = frozenset(
    _words("two three four five six seven eight nine ten dozens hundreds thousands several both")
)


def _plural_before(text: str, at: int) -> bool:
    """Whether the subject ending before `at` reads as plural (its last word, adverbs passed)."""
    before = _words_of(text[:at])
    # "two or three gunmen", "12 of the girls"; not "the 2-inch trail".
    if any(w.lower() in _MANY for w in before[-4:]) or re.search(
        r"(?<![\w.,-])(?!1\b)\d+(?![\w.,-])(?:\s+\S+){0,3}\s*$", text[:at]
    ):
        return True
    for word in reversed(before):
        lower = word.lower()
        if lower.endswith(("men", "people", "children", "police")):
            return True
        if lower.endswith("ly") or lower in {"also", "still", "not", "now", "well", "only"}:
            continue
        if lower in {"they", "we", "you", "these", "those", "both", "many", "people", "police"}:
            return True
        return (
            lower.endswith("s")
            and not lower.endswith(("ss", "us", "is", "'s", "\u2019s"))
            and len(lower) > 3
        )
    return False


def _unseem(match: re.Match[str]) -> str:
    """ "appeared to be delayed" -> "was delayed"; "does not seem to have" -> "has not"."""
    verb = match.group("verb").lower()
    neg = match.group("neg") or ""
    emphatic = (match.group("emphatic") or "").strip().lower()
    if emphatic:
        neg, verb = "", {"does": "appears", "do": "appear", "did": "appeared"}[emphatic]
    auxiliary = neg.lower()[:3]
    past = verb.endswith("ed") or auxiliary == "did"
    if auxiliary == "doe":
        plural = False
    elif auxiliary == "do " or auxiliary == "don":
        plural = True
    elif past:
        plural = _plural_before(match.string, match.start())
    else:
        plural = verb in {"appear", "seem"}
    then = " ".join(match.group("then").lower().split())
    if then == "be":
        said = ("were" if plural else "was") if past else ("are" if plural else "is")
        rest = ""
    else:
        said = "had" if past else ("have" if plural else "has")
        rest = " been" if then == "have been" else ""
    return said + (" not" if neg else "") + rest


def _unhedged_adverb(match: re.Match[str]) -> str:
    before = match.group("before") or ""
    if before.strip().lower() in _BEFORE_INNER_HEDGE:
        return match.group()
    return before


def _unhedged_verb(match: re.Match[str]) -> str:
    before, after = match.group("before"), match.group("after")
    verbal = (
        before.strip().lower().replace("\u2019", "'") in _BEFORE_HEDGED_VERB
        or after.lower().replace("\u2019", "'") in _BEFORE_HEDGED_VERB
        or after.lower().endswith("n't")
        or (_verb_word(after) and before.strip().lower() not in _BEFORE_ADJECTIVE)
        or _pronoun_and_verb(before, after)
    )
    if not verbal:
        return match.group()
    return before + after


# A singular pronoun that is a clause's subject: a word in -s after it and the
# hedge is the clause's verb ("that potentially brings", "it probably costs").
_SINGULAR_SUBJECTS = frozenset(_words("he she it that this which who"))
# Words in -s that are no verb: "that perhaps its budget", "it probably less".
_NOT_VERBS_IN_S = frozenset(_words("its his hers ours yours theirs this thus plus always perhaps"))


# A plural subject pronoun: the word after it is the verb unless it is one of these
# ("they probably all left": the hedge goes on "left", which a later word is).
_PLURAL_SUBJECTS = frozenset(_words("they we"))
_NOT_VERBS_AFTER_SUBJECT = frozenset(
    _words("all both each too also still even only just more most never not so")
)


def _pronoun_and_verb(before: str, after: str) -> bool:
    word = after.lower()
    subject = before.strip().lower()
    if subject in _PLURAL_SUBJECTS:
        return re.fullmatch(r"[a-z]{2,}", word) is not None and (
            word not in _NOT_VERBS_AFTER_SUBJECT and not word.endswith("ly")
        )
    return (
        subject in _SINGULAR_SUBJECTS
        and re.fullmatch(r"[a-z]{2,}[^su]s", word) is not None
        and word not in _NOT_VERBS_IN_S
    )


# "between X and Y" ending where a verb follows: a phrase of the subject's
# (with one "and" only: another joins a clause).
_BETWEEN_TAIL = re.compile(
    r"\s+between\s+(?:(?!\band\b)[^,;:])*\band\s+(?:(?!\band\b)[^,;:])*$", re.IGNORECASE
)


def _first_clause_subject(match: re.Match[str]) -> str | None:
    """The words before a hedge `match`, when they are the subject of the text's
    first clause only (no comma, conjunction, relative or condition before it);
    None otherwise. A hedge later in the text may be on what would be ("if ...,
    it might have been averted") or on a relative clause's own verb."""
    # "the truce between the army and the rebels may have failed": the "and" of
    # "between X and Y" joins one phrase of the subject's, no clause.
    opening = match.string[: match.start()]
    between = _BETWEEN_TAIL.search(opening)
    if between is not None:
        opening = opening[: between.start()]
    if (
        re.search(
            r"[,;:(\u2014\u2013]|\s-\s|\b(?:and|but|or|if|unless|because|who|which|that|whose"
            r"|what|this|it|otherwise|without|instead)\b",
            opening,
            re.IGNORECASE,
        )
        or re.search(r"^(?:if|had|were)\b", opening, re.IGNORECASE)
        or not opening.strip()
    ):
        return None
    return opening


def _present_for_may_be(match: re.Match[str]) -> str:
    """ "may be planning" -> "is planning": what is said possibly to be going on, in
    the first clause only (`_first_clause_subject`); "could be devastating" is an
    adjective's, and stays."""
    opening = _first_clause_subject(match)
    if opening is None or match.group("doing").lower() in _ING_ADJECTIVES:
        return match.group()
    return "are " if _plural_before(opening, len(opening)) else "is "


def _past_for_may_have(match: re.Match[str]) -> str:
    """ "may have contained" -> "contained": what is said possibly to have happened,
    in the sentence's first clause only: a later one may be what would have been
    ("if they had ..., the chaos might have been averted")."""
    opening = _first_clause_subject(match)
    if opening is None:
        return match.group()
    if re.search(r"\binstead\b|\botherwise\b", match.string, re.IGNORECASE):
        return match.group()
    # What would have been under a condition ("might have survived if he had
    # jumped", "may have been saved had the alarm sounded") or was not, as a
    # "but" goes on to say ("might have won, but the referee ..."): no past to
    # state.
    after = match.string[match.end() :]
    if re.search(
        r"\b(?:if|unless)\b|\bhad\s+(?:the|a|an|he|she|they|it|we|his|her|their)\b"
        r"|\bwere\s+it\s+not\b|\bbut\s+for\b",
        after,
        re.IGNORECASE,
    ) or (match.group().lower().startswith("might") and re.search(r"\bbut\b", after, re.I)):
        return match.group()
    done = match.group("done")
    lower = done.lower()
    if lower == "been":
        return "were" if _plural_before(opening, len(opening)) else "was"
    if lower in _PAST_OF:
        return _PAST_OF[lower]
    if lower in _SAME_PAST or (lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST):
        return done
    return match.group()


def _unhedge(match: re.Match[str]) -> str:
    """ "is believed to be" -> "is"; "is said to still happen" -> "still happens"."""
    said = _unhedged_hearsay(match)
    adverb = match.group("adverb")
    if not adverb or said == match.group():
        return said
    if match.group("verb").lower() in {"be", "have been"}:
        return f"{said} {adverb}"  # "is still in", "was still"
    return f"{adverb} {said}"


def _unhedged_hearsay(match: re.Match[str]) -> str:
    copula = match.group("copula")
    lower = copula.lower().replace("\u2019", "'")
    if lower == "'s":
        copula, lower = " is", "is"
    plural = lower in {"are", "were"}
    past = lower in {"was", "were"}
    verb = match.group("verb").lower()
    if verb == "be":
        return copula
    if verb == "have been":
        return "were" if plural else "was"
    if verb == "have":
        # "is believed to have killed" -> "has killed"; "was ... to have fled" -> "had fled".
        return "had" if past else ("have" if plural else "has")
    if past or verb in _FINITE or verb.endswith("ed"):
        return match.group()  # "was said to own": no tense to give the verb without guessing
    return match.group("verb") if plural else _third_person(match.group("verb"))


# Capitalised words that open a sentence without naming anything.
_NOT_ANTECEDENT = frozenset(
    _words(
        """
        what there it this that these those when if as in on at for with after before one
        some many most all no nobody none nothing something someone everyone how why where
        while though although because since once even only just still yet so but and or
        two three four five six seven eight nine ten several few both each every any more
        less another other such here then now
        """
    )
)


_ARTICLES = frozenset(_words("a an the"))
# Prepositions: what follows one is no subject.
_GOVERNING = frozenset(
    _words(
        """
        in on at by for from with into over under between among against about as of to
        after before during since until within without across through toward towards
        despite near around behind outside inside beyond via amid upon onto per
        """
    )
)


def _aside_holds_every_verb(text: str, relative: re.Match[str]) -> bool:
    """Whether the only finite verbs of `text` are inside an aside between commas
    that `relative` opens, before an "as" complement (", which has ..., as ...")."""
    if relative.group().strip().lower() not in {"who", "which", "whom", "whose"}:
        return False
    if not text[: relative.start()].rstrip().endswith(","):
        return False
    close = text.find(",", relative.end())
    # Only before "as": a verb after the aside may be one the word lists do not
    # know ("The minister, who ..., quit"), but "as" opens a complement.
    if close < 0 or not re.match(r"\s*as\s", text[close + 1 :]):
        return False
    outside = text[: relative.start()] + " " + text[close + 1 :]
    return not _has_verb(["", *_words_of(outside)])


# Words of a phrase that says only when: "Over the years", "In March 2014", "Late on
# Monday night", "Since then".
_TIME_PHRASE_WORDS = frozenset(
    _words(
        """
        over in on at during throughout within since until after before by for from
        the a an this that these those last next past early late later earlier each every
        few several many some all two three four five six seven eight nine ten
        year years month months week weeks day days night nights hour hours decade
        decades time times moment while morning mornings afternoon evening weekend
        then now today yesterday recently ago
        """
    )
    + sorted(P.WEEKDAYS)
    + [month for month in P.MONTHS if not month.endswith(".")]
)


def _time_alone(words: list[str]) -> bool:
    """Whether `words` are a phrase of time and nothing else, with a word of time
    in it: a pronoun after them has nothing before it to stand for."""
    lower = [w.lower() for w in words]
    return (
        bool(lower)
        and all(w in _TIME_PHRASE_WORDS or re.fullmatch(r"\d{1,4}s?", w) for w in lower)
        and any(w not in _GOVERNING and w not in _ARTICLES for w in lower)
    )


def _object_of_speaker(text: str, found: re.Match[str], name: str | None) -> bool:
    """Whether `found`, a "him" or "them", is the object in the one clause of a
    text whose subject is the speaker's own name (given for its "we" or "they":
    "Boko Haram will not spare him", "Mexico would not allow them to travel"),
    with nothing between them that it could stand for. An object is not its
    clause's subject (that would be "himself", "themselves"), so it is
    someone the article named before, whom the text does not name. A clause
    or an infinitive between ("Mexico said the army would stop them", "Reed
    wants the club to keep him") may hold another subject it is not, and
    leaves the text as it is."""
    if name is None or found.group() not in {"him", "them"}:
        return False
    subject = _subject(name)
    # "Ann Reed's brother told him": the name is a possessor, not the subject.
    if not text.startswith(subject + " "):
        return False
    between = _words_of(text[len(subject) : found.start()])
    return bool(between) and not any(
        w.lower() in _CLAUSE_BREAKS or w.lower() == "to" or _may_stand_for(w, n + 1)
        for n, w in enumerate(between)
    )


_OTHER_PERSON = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_OWN_WORDS = frozenset(_words("i me my mine myself we us our ours"))


def _other_in_own_words(text: str) -> str | None:
    """The first "he", "she", "him" or "her" of a speaker's own words in
    quotation marks, whose "I" is the speaker, when nothing before it but the
    speaker's own first person may stand for it: "I should have gone into
    modelling but she thought it wasn't right" is the speaker's mother's
    thought, whom the text does not name. Given the speaker's name for "I",
    the text would read as if she were the speaker."""
    found = _OTHER_PERSON.search(text)
    if found is None:
        return None
    words = _words_of(text[: found.start()])
    before = [w for w in words if w.lower() not in _OWN_WORDS]
    # Only after the speaker's own "I": a "he" that opens the words is left to
    # the rules for a subject the text does not name.
    if len(before) == len(words) or any(_may_stand_for(w, n + 1) for n, w in enumerate(before)):
        return None
    return found.group()


def _may_stand_for(word: str, at: int) -> bool:
    """Whether a word before a third-person pronoun may be, or open, what it stands
    for: a name, a determiner or a plural noun."""
    lower = word.lower()
    if lower in {"a", "an", "the", "his", "her", "their", "its", "this", "these", "those"}:
        return True
    bare = re.sub(r"['\u2019]s$", "", lower)
    if word[:1].isupper() and (at > 0 or bare not in _NOT_ANTECEDENT):
        return True  # a name: "Apple said it will ..."
    return (
        len(lower) > 3
        and lower.endswith("s")
        and not lower.endswith(("ss", "'s", "\u2019s"))
        and lower not in _FINITE
    )


# Plural nouns for people that may open a text capitalised ("Medics rushed him"):
# none is one person a "he" or "she" could be.
_PEOPLE_PLURALS = frozenset(
    _words(
        """
        men women people children police officials officers soldiers troops doctors
        medics paramedics nurses residents locals neighbours neighbors villagers
        witnesses sources experts researchers scientists agents investigators
        authorities workers students parents relatives friends protesters
        demonstrators rescuers firefighters activists analysts critics journalists
        reporters passengers users fans militants fighters jihadists guards kidnappers
        captors gunmen attackers prosecutors lawyers detectives staff
        """
    )
)
_PEOPLE_SINGULARS = frozenset(_words("man woman child person policeman"))
# What ends a noun phrase opened by a determiner: a comma or a dash, a preposition,
# a conjunction, a relative word or a verb of the clause.
_PUNCTUATION_TOKEN = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")


def _plural_noun(word: str) -> bool:
    lower = word.lower()
    return lower in _PEOPLE_PLURALS or (
        len(lower) > 3
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "\u2019s"))
        and lower not in _FINITE
    )


# What follows an adverb opening a sentence, where a name would be followed by its verb.
_AFTER_OPENING_ADVERB = frozenset(_words("it he she they what there this that who how"))


def _only_plural_before(prefix: str) -> bool:
    """Whether every noun phrase of `prefix` that a "he", "she", "him" or "her" after
    it could stand for is plural: "Medics however intervened and rushed", "The
    agents had tried to recruit", "Jihadists are discussing ideas for executing".
    A name, a possessive ("the boy's parents") or a singular noun ("the rapist")
    is one person, and so is a phrase whose head is not known."""
    tokens = re.findall(
        r"[^\W\d_][\w'\u2019.-]*|\d[\w,.]*|[,;:()\u2014\u2013\"\u201c\u201d]", prefix
    )
    plural = False
    n = 0
    first = True
    while n < len(tokens):
        token = tokens[n]
        lower = token.lower()
        n += 1
        if _PUNCTUATION_TOKEN.fullmatch(token):
            continue
        at_start, first = first, False
        if lower.endswith(("'s", "\u2019s")):
            return False
        if lower in {"these", "those"}:
            plural = True
            continue
        if lower in _ARTICLES or lower in {"his", "her", "their", "its", "our", "my", "your"}:
            head = None
            while n < len(tokens):
                word = tokens[n].lower()
                if _PUNCTUATION_TOKEN.fullmatch(tokens[n]) or (
                    # "The IS men": a capital's word is a name's, whatever its letters spell.
                    not tokens[n][:1].isupper()
                    and (
                        word in _GOVERNING
                        or word in _NOT_ANTECEDENT
                        or word in _FINITE
                        or word in {"who", "whom", "whose", "which", "that", "and", "or", "but"}
                        or (head is not None and _verb_word(word))
                    )
                ):
                    break
                if word.endswith(("'s", "\u2019s")):
                    return False
                head = tokens[n]
                n += 1
            if head is None or head[:1].isupper() or not _plural_noun(head):
                return False
            plural = True
            continue
        if token[:1].isupper():
            if at_start and (lower in _PEOPLE_PLURALS or lower.endswith("ists")):
                plural = True
                continue
            if at_start and lower in _NOT_ANTECEDENT:
                continue
            return False
        if lower in _PEOPLE_PLURALS:
            plural = True
        elif lower in _PEOPLE_SINGULARS or f"{lower}s" in _PEOPLE_PLURALS:
            # "Rescuers pulled woman from river": a singular noun with no determiner.
            return False
    return plural


# What an idea or a notion is of, a doer and its act: "the idea of pets entering
# heaven". The doer is up to four words, none a pronoun or a possessive ("the
# idea of him leaving", "the idea of their going" name no one).
_IDEA_OF_ACT = re.compile(
    r"^(?:the|this|that|any)\s+(?:idea|notion|concept)\s+of\s+"
    r"(?P<doer>(?:(?!(?:him|her|them|us|me|you|it|his|their|its|our|my|your)\b)"
    r"[\w'\u2019-]+\s+){1,4}?)(?P<act>[a-z]+ing)\b(?P<rest>[^,;]*)$",
    re.IGNORECASE,
)
# A clause opening on its participle, with no subject: "Expanding on the
# circumstances surrounding the attack", "Speaking to reporters".
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing\s+(?!(?:is|was|are|were|has|had)\b)")


def _idea_as_clause(text: str) -> str:
    """The idea or notion a text names put as the clause it holds: "the idea of
    pets entering heaven" -> "pets enter heaven", "the notion of the vaccine
    causing autism" -> "the vaccine causes autism". Whoever rejects or denies
    the idea denies that clause; "The idea of pets have been entering heaven"
    (an accusation's reading) said nothing. The text itself otherwise."""
    idea = _IDEA_OF_ACT.match(text)
    plain = None if idea is None else verbforms.plain_of_gerund(idea.group("act"))
    if idea is None or plain is None:
        return text
    doer = idea.group("doer").strip()
    verb = plain if _plural_noun(doer.split()[-1]) else _third_person(plain)
    return f"{doer} {verb}{idea.group('rest')}"


# Who is praised, blamed or thanked, and for what act: "the Detroit Free
# Press for killing the story". The one judged is a noun phrase of up to six
# words with no verb or preposition of its own ("A big thanks to Brian
# Williams for having my back" thanks no one named as its subject).
_JUDGED_FOR_ACT = re.compile(
    r"^(?P<doer>(?:(?!(?:to|with|by|in|on|at|from|about|than|as)\b)[\w'\u2019.-]+\s+){1,6}?)"
    r"for\s+(?P<act>[a-z]+ing)\b(?P<rest>[^,;]*)$"
)
# A second act joined to the first ("for politicising the abductions and
# influencing the parents"): its verb would stay a participle.
_SECOND_ACT = re.compile(r"\b(?:and|or)\s+[a-z]+ing\b")


def act_judged(content: str) -> str | None:
    """The act that a verb of praise or blame takes its object to have done, as a
    clause: "the Detroit Free Press for killing the story" -> "the Detroit Free
    Press killed the story". Whoever praises or blames someone for an act says
    they did it; the object and its "for" alone are a fragment. None when the
    content is not one noun phrase and one act."""
    judged = _JUDGED_FOR_ACT.match(" ".join(content.split()).strip(_EDGE))
    if judged is None or _SECOND_ACT.search(judged.group("rest")):
        return None
    doer = judged.group("doer").strip()
    past = verbforms.past_of_gerund(judged.group("act"))
    if past is None or _has_verb(["", *_words_of(doer)]) or doer.lower() in _PERSONAL:
        return None
    return f"{doer} {past}{judged.group('rest')}"


def _accused_of(match: re.Match[str]) -> str:
    subject = match.group(1)
    subject = subject[:-3] if subject.endswith(" of") else subject
    return f"{subject} have been {match.group(2)}"


def _clean(content: str, *, asides: bool = False) -> str:
    text = " ".join(content.split())
    # A quotation run on into another ('... is Ebola," "We have ...'): the first
    # says the proposition; the second repeats it or says another.
    second = _NEXT_QUOTATION.search(text) if '"' in text or "\u201d" in text else None
    if second is not None:
        # Not a list of quoted words: '"John," "George," and "Ringo"'.
        before = text[: second.start()]
        opened = max(before.rfind("\u201c"), before.rfind('"'))
        if len(_words_of(before[opened + 1 :])) >= 3:
            text = before
    if asides:
        text = _PARENTHESIS.sub(_aside_or_words, text)
        if _TO_THE_READER.search(text):
            text = DASHED_ASIDE.sub(_readers_aside_cut, text)
    text = text.replace("(", "").replace(")", "")
    text = text.replace(_GLOSS_OPEN, "(").replace(_GLOSS_CLOSE, ")")
    # Editorial brackets keep their words: "[A]t least" -> "At least", "[He] asked" -> "He asked".
    if "[" in text:
        text = re.sub(r"\[([^\]]*)\]", r"\1", text)
    text = text.translate(_NO_QUOTATION_MARKS)
    text = text.strip(_EDGE)
    # A dateline: "LAGOS, Nigeria (AP) — ...".
    text = re.sub(
        r"^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*,[^\u2014\u2013]{0,40}?\s[\u2014\u2013-]+\s+",
        "",
        text,
    )
    text = _DATED_PLACE.sub("", text)
    # "that" opens a reported clause; "That company is ..." opens on a demonstrative.
    text = re.sub(
        r"^(?:that|[Ww]hether|how(?!\s+(?:much|many|long|far|often|soon)\b))\s+", "", text
    )
    # A connective ties the content to the sentence before it, which the claim does not have.
    # "so far" and "so many" are no connective: "so" is their adverb's own word.
    text = re.sub(
        r"^(?:(?:so(?!\s+(?:far|much|many)\b)|but|and|now|meanwhile|however|still|yet|also|rather|instead|besides"
        r"|as\s+such|then\s+again"
        r"|moreover|furthermore|additionally|nevertheless|nonetheless|in\s+addition"
        r"|therefore|thus(?!\s+far\b)|hence|consequently|accordingly)\b"
        r"|(?:honest|frank|clear|obvious|(?:un)?fortunate|basical|essential|certain|sure|sad"
        r"|lucki|hopeful|serious|ultimate|final|additional|interesting|important"
        r"|ironical|curious|strange|odd|surprising)ly(?=,)),?\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return _TIME_BEFORE.sub("", text)


# A time told only by the sentence before ("After that,", "Since then,", "Days
# later,"): the claim has no sentence before, so the words point at nothing.
# "That day" and a lone "Later" only with their comma ("That day was cold",
# "Later this year"); "At the time of the blast" names its time and stays, and
# "At this point" is now.
_TIME_BEFORE = re.compile(
    r"^(?:(?:after\s+(?:that|this)|since\s+then|by\s+then|back\s+then|until\s+then"
    r"|then(?!\s+again\b)|afterwards?|at\s+that\s+point|at\s+(?:the|that)\s+time"
    r"(?!\s+(?:of|when|that|which)\b)|later\s+that\s+(?:day|night|morning|afternoon|evening"
    r"|week|month|year)|(?:the\s+)?(?:next|following)\s+(?:day|morning|night|week)"
    r"|(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?"
    r"|weeks?|months?|years?|moments?)\s+later)(?=[,\s])"
    r"|(?:later|that\s+(?:day|night|morning|afternoon|evening))(?=,)),?\s+(?=\w)",
    flags=re.IGNORECASE,
)


# A dateline whose place is written in title case, told by its date: "Ancona,
# January 23 - ...", "Port Louis, Mauritius, Feb. 3, 2015 — ...".
_DATED_PLACE = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*,(?:\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*,)?"
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"\s+[\u2014\u2013-]+\s+(?=[A-Z0-9])"
)


# A parenthesis inside a sentence, with the word before it.
_PARENTHESIS = re.compile(r"(?P<before>[\w'\u2019.%]+)\s*\((?P<inside>[^()]*)\)")


_GLOSS_OPEN, _GLOSS_CLOSE = "\ue000", "\ue001"
# The quotation marks a claim text drops (`_clean`).
_NO_QUOTATION_MARKS = str.maketrans("", "", '\u201c\u201d"')


# An aside between two dashes. A dash opening or closing it: an en or em dash
# (with a hyphen after it, "\u2013-"), or a hyphen or two standing alone between
# spaces; not "al-Assad".
_ASIDE_DASH = r"(?:\s*[\u2013\u2014]+-*\s*|\s+--?\s+)"
DASHED_ASIDE = re.compile(_ASIDE_DASH + r"(?P<inside>[^\u2013\u2014]{1,240}?)" + _ASIDE_DASH)
# Words in which the writer speaks to the reader or of the writing itself:
# "fair warning, irony dies at the end of this sentence", "yes, you read that right".
_TO_THE_READER = re.compile(
    r"\b(?:[Yy]ou(?:r|'re|\u2019re)?|I|I'm|I\u2019m|[Mm]e|[Mm]y"
    r"|this\s+(?:sentence|article|story|post|piece|column|paragraph)"
    r"|[Ff]air\s+warning|[Ss]poiler|[Mm]ind\s+you|[Ww]ait\s+for\s+it|[Bb]elieve\s+it\s+or\s+not)\b"
)


def _readers_aside_cut(match: re.Match[str]) -> str:
    """An aside between dashes in which the writer speaks to the reader is left
    out, the sentence read whole without it: "The lesson was — fair warning,
    irony dies at the end of this sentence — to avoid war" -> "The lesson was
    to avoid war". Another aside ("the suspect — a man of 28 — was held") stays."""
    return " " if _TO_THE_READER.search(match.group("inside")) else match.group()


def _aside_or_words(match: re.Match[str]) -> str:
    """A parenthesis after a name, a noun or a number is an aside the sentence reads
    whole without: a gloss ("Islamic State (Isis) is"), a conversion ("3 feet (1 m)
    wide"), a picture's direction ("Phelps (right) the night"), a remark ("a market
    (watches, payments) grows"). After a verb, a preposition or a determiner it
    holds words the sentence needs ("neighbors saw (the police activity)"), and a
    lone auxiliary ("(is) going") is the writer's own: those keep their words; but
    words to the reader ("(yes, you read that right)") go wherever they are."""
    before, inside = match.group("before"), match.group("inside")
    glossed = _words_of(inside)
    if (
        before[:1].isupper()
        and 0 < len(glossed) <= 4
        and all(w[:1].isupper() or w[:1].isdigit() for w in glossed)
    ):
        # Another name for a name, or part of it: "Islamic State (Isis)", "the
        # Welfare (Scotland) Act". It stays as written, in its brackets.
        return f"{before} {_GLOSS_OPEN}{inside}{_GLOSS_CLOSE}"
    if _TO_THE_READER.search(inside):
        return before  # the writer to the reader: "costs (yes, you read that right) 5,000"
    word = before.lower()
    if (
        word in _GOVERNING
        or word in _ARTICLES
        or word in _DETERMINERS
        or word in _AUXILIARIES
        or _verb_word(before)
        or inside.strip().lower() in _AUXILIARIES
    ):
        return match.group()
    return before


_ASKING_WORDS = frozenset(_words("how what who whom which whatever where when why as than"))
_SAYING = frozenset(
    _words(
        """
        reported reports said says told confirmed announced wrote writes added noted stated
        claimed revealed denied
        """
    )
)
_TELLING = frozenset(_words("told tells tell informed informs assured assures warned"))
_HEARERS = frozenset(_words("him her them us me you"))
# Verbs of telling or asking whose object is the one told or asked, what is told
# or asked coming after it: "told the customer that ...", "asked the council to ...".
_TOLD_OR_ASKED = frozenset(
    _words("told tells tell informed informs notified asked asks ask assured reassured")
)
# What such a verb may take as its object instead of a hearer: the telling
# itself ("told a different story", "asked a question").
_TOLD_THINGS = frozenset(
    _words(
        """
        story stories truth lie lies tale tales joke jokes secret secrets news time
        question questions favour favor favours favors difference otherwise so
        everything nothing anything something all more much little it this that
        """
    )
)
# Words that may stand in a hearer's noun phrase besides its nouns and names.
_HEARER_OPENERS = frozenset(_words("the a an his her their its our my your this that those"))


def _hearer_alone(words: list[str]) -> bool:
    """ "The agent then told the customer", "Hunter has asked US Border Patrol":
    one clause whose verb of telling or asking has only its hearer after it,
    what was told or asked cut off (the sentence ended on a colon before the
    words told, or the next sentence says them). The subject before the verb
    has no verb but auxiliaries and no clause before it; the hearer is a short
    noun phrase, no thing told ("told a different story", "told the court
    everything") and nothing after it ("told the court otherwise", "asked the
    court for bail")."""
    verb = next(
        (n for n in range(len(words) - 1, 0, -1) if words[n].lower() in _TOLD_OR_ASKED), None
    )
    if verb is None or not 1 <= len(words) - verb - 1 <= 4:
        return False
    hearer = [w.lower() for w in words[verb + 1 :]]
    if hearer[0] in _HEARER_OPENERS:
        hearer = hearer[1:]
    return (
        bool(hearer)
        and not any(w in _TOLD_THINGS for w in hearer)
        and not any(
            w in {"to", "not"}
            or w in _DETERMINERS
            or w in _CLAUSE_BREAKS
            or w in _STRANDED
            or w in _PREPOSITIONS
            or _adverb(w)
            or _verb_word(w)
            for w in hearer
        )
        and not any(w.lower() in _ASKING_WORDS for w in words[:verb])
        # One clause: "she was born a man, and she never told him" tells what
        # was not told in the clause before.
        and not any(w.lower() in _CLAUSE_BREAKS for w in words[1:verb])
        and all(w.lower() in _AUXILIARIES for w in words[:verb] if _verb_word(w))
    )


# A clause opened by a participle and what it governs: "Seeing a man ...", "Having
# a child ...".
_PARTICIPLE_OPENING = re.compile(
    r"(?-i:[A-Z])[a-z]+ing\s+(?:a|an|the|his|her|their|its|our|my|some|two|three|this|that)\s"
)
_AFTER_COMMA_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where|when)\b")
_NEXT_QUOTATION = re.compile(r"[,.!?]?[\u201d\"]\s+[\u201c\"](?=[A-Z])")


def _first_sentence(text: str) -> str:
    # A full stop after a word ending in two lower-case letters ("made up."), or
    # after a number, ends a sentence; one after an abbreviation ("Sgt.", "Mrs.",
    # "et al.") or a single letter does not.
    if not _STOP_BEFORE_END.search(text, 0, len(text) - 1):
        # `_SENTENCE_END` needs a stop with something after it; most texts have
        # their only stop last, and the pattern would be tried at every letter.
        return text
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1)
        if word[-1].isdigit() or word[-1] == ")" or word.lower() not in _ABBREVIATIONS:
            return text[: match.start() + len(word) + 1]
    return text


_LABEL = re.compile(r"^[A-Z][A-Za-z'\u2019-]+:\s+(?=[A-Z])")
# Not before a conjunction: "perhaps... But certainly not a spider" goes on with its thought.
_ELLIPSIS_END = re.compile(
    r"\s*(?:\.{3,}|\u2026|\.\s\.\s\.)\s*(?!(?:But|And|Or|So|Yet|Because)\b)(?=(?-i:[A-Z])(?!\s))"
)
# A stop that may end a sentence (`_SENTENCE_END` needs one).
_STOP_BEFORE_END = re.compile(r"[.!?]")
# "and" before an auxiliary, as a verb with no subject needs it ("... and was taken
# away"): found from its word, not tried at every character of the text.
_AND_AUXILIARY = re.compile(r"and\s+(?:was|were|is|are|has|had|have)\s")
# Two of the words a doubled one may be ("been been", "the the"), the same or not:
# what the doubled word is looked for in.
_TWO_AUXILIARIES = re.compile(r"(?:been|be|has|have|the)\s+(?:been|be|has|have|the)\b")
_SENTENCE_END = re.compile(
    r"(\b[A-Za-z]*[a-z]{2}|[0-9)])[.!?](?:\s+(?=[A-Z\"\u201c])"
    # "at the last minute.Nearly two years ago": a sentence run on without its space.
    r"|[\"\u201d\u2019]?(?=(?-i:[A-Z][a-z]{2})))"
)
_ABBREVIATIONS = frozenset(
    _words(
        """
        mr mrs ms dr sgt gen col lt capt adm rep sen gov prof rev st jr sr inc ltd co corp
        bros no vs al etc ft mt maj brig cmdr supt det hon pres jan feb mar apr jun jul aug
        sep sept oct nov dec approx dept univ ave blvd cpl pvt
        """
    )
)


def _unqualified(words: list[str]) -> list[str]:
    """A phrase's words without an opening participle that qualifies its noun
    ("Unconfirmed reports", "Unnamed officials"): no verb, there being no subject
    before it."""
    opening = words[0].lower() if words else ""
    if len(words) > 1 and words[0][:1].isupper() and opening.endswith("ed") and len(opening) > 4:
        return words[1:]
    return words


def _has_verb(words: list[str]) -> bool:
    start = 1 if len(words) > 1 else 0
    opening = words[0].lower().replace("\u2019", "'") if words else ""
    if opening.endswith("'s") and opening[:-2] in _CONTRACTED:
        return True  # "There's nobody ...", "It's over"
    # In a text not written in capitals, a word that is ("IS", "US") is a name.
    capitals = not any(w[:1].islower() for w in words)
    for i, word in enumerate(words[start:], start):
        lower = word.lower().replace("\u2019", "'")
        if i > 0 and (
            words[i - 1].lower() in {"being", "having"}
            or (
                i > 1
                and words[i - 1].endswith("ly")
                and words[i - 2].lower() in {"being", "having"}
            )
        ):
            # "as well as being surrounded by", "being automatically logged out":
            # a participle, no finite verb
            continue
        if len(word) > 1 and word.isupper() and not capitals:
            continue  # "the Islamic State (IS) group as ...": an acronym
        if (
            i > 0
            and lower.endswith("ed")
            and (
                words[i - 1].lower() in _BEFORE_ADJECTIVE
                or words[i - 1].endswith(("'s", "\u2019s"))
            )
        ):
            continue  # "for detailed information", "the injured man", "Apple's anticipated"
        if lower in _FINITE or lower.endswith(("n't", "'re", "'ve", "'ll")):
            return True
        # "it's", "there's" hold a verb; "the militant's" is a possessive.
        if lower.endswith("'s") and lower[:-2] in _CONTRACTED:
            return True
        if lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST:
            return True
        # A verb in -s between its subject and a determiner: "the rule sends a
        # message", "Shekau's announcement further discredits the government".
        if (
            lower.endswith("s")
            and not lower.endswith(("ss", "us", "is", "'s"))
            and len(lower) > 3
            and i + 1 < len(words)
            and words[i + 1].lower() in _OBJECT_OPENERS
            and words[i - 1].lower() not in _NOT_BEFORE_VERB
        ):
            return True
    return False


# What governs a clause inside a phrase: a relative pronoun or a subordinator.
_GOVERNED = re.compile(
    r"\s(?:who|which|whom|whose|since|after|before|because|when|while|until|although"
    r"|though|unless|if|where)\s"
)
# Words after which a form in -ed is an adjective ("for detailed information").
_BEFORE_ADJECTIVE = frozenset(
    _words(
        """
        a an the for of with about their his her its our my your this these those some many
        very most more less well newly
        """
    )
)


def _verbs(words: list[str]) -> int:
    """How many of `words` read as finite verbs (`_has_verb`'s test, word by word)."""
    return sum(_verb_word(word) for word in words)


def _verb_groups(words: list[str]) -> int:
    """How many finite verbs `words` hold, an auxiliary and the verb it carries
    counted once ("has worked", "had been held" are one verb each), and a word
    right after a subject pronoun counted as the verb it is ("who they claim
    have failed": two verbs)."""
    count = 0
    carried = False
    previous = ""
    for word in words:
        if not carried and (_verb_word(word) or _pronoun_and_verb(previous, word)):
            count += 1
        previous = word
        # "has worked", "will not go": the auxiliary carries the next verb, past
        # a "not" or an adverb.
        carried = (
            word.lower() in _AUXILIARIES
            or (carried and (word.lower() in _NEGATIONS or word.lower().endswith("ly")))
            or (carried and word.lower() in {"been", "be", "being"})
        )
    return count


@lru_cache(maxsize=1 << 14)
def _verb_word(word: str) -> bool:
    """Whether one word, out of context, reads as a finite verb (`_has_verb`'s test)."""
    return _has_verb(["", word])


def points_into(text: str) -> bool:
    """Whether `text` opens on a thing or a person described by a bare noun and
    its verb ("the spider had buried itself ..."): a subject that points into
    the article, which `proposition` files no claim for (`_POINTING`)."""
    return _POINTING.match(text) is not None


def dummy_it(text: str, at: int = 0) -> bool:
    """Whether the "it" at offset `at` of `text` is a dummy subject that refers to
    nothing ("it is possible that", "it makes sense", `_DUMMY_IT`)."""
    return _DUMMY_IT.match(text, at) is not None


def verb_word(word: str) -> bool:
    """Whether one word, out of context, reads as a finite verb."""
    return _verb_word(word)


def _verb_first(word: str) -> bool:
    """Whether a clause opens with its verb: no subject ("travelled to Syria")."""
    lower = word.lower().replace("\u2019", "'")
    if len(word) > 1 and word.isupper():
        return False  # "IS fighters seized ...": an acronym
    if word[:1].isupper() and not (
        lower in {"was", "were", "is", "are", "has", "have", "had"} or lower.endswith("n't")
    ):
        return False
    return lower in _FINITE or (lower.endswith("ed") and lower not in _NOT_PAST)


# --- who a pronoun stands for ----------------------------------------------------

# A subject that only the article can fill in: a first person left unresolved
# (`_resolve` names the speaker when it can), or a demonstrative.
_DEICTIC = re.compile(
    r"^((?:I|we|my|our|this|these|those|you|your)(?:['\u2019](?:m|d|ll|re|ve|s))?"
    # "Such steps are under consideration": of a kind the article told of before.
    r"|such(?=\s+(?!as\b)[a-z])"
    r"|that(?=\s+[a-z]+\s+(?:is|was|has|had|will|would|can|could|did|does)\b)"
    r"|that(?:['\u2019]s|\s+(?:is|was))(?=\s+(?:when|where|why|how|what)\b)"
    # "That conversation never happened": "that" and a singular noun, then a
    # verb in the past; a time ("That night police ...") sets the scene.
    r"|(?-i:T)hat(?=\s+(?!(?:day|night|morning|evening|afternoon|week|month|year|time|weekend)\s)"
    r"[a-z]+(?<!s)\s+(?:(?:never|not|also|just|still|only|really|\w+ly)\s+)?[a-z]+ed\b)"
    # "That is not the case", "that would be a mistake": what "that" is, is elsewhere.
    r"|that(?=(?:['\u2019]s|\s+(?:is|was|isn't|wasn't|has|had|hasn't|will|would|could|can"
    r"|may|might|must|should|seems|means|makes|shows|happened)\b)))(?=\s|$|['\u2019])",
    re.IGNORECASE,
)
# What may open a clause before its subject: an adverb ("Initially I felt") or a
# phrase up to its comma ("As a teen, she volunteered").
_OPENER = re.compile(
    r"^(?:[^,;:]{1,100},\s+"
    r"|(?:later|earlier)\s+that\s+(?:day|night|morning|evening|week|month|year)\s+"
    r"|(?:months|weeks|days|years|hours|minutes|moments)\s+(?:earlier|later|ago)\s+"
    r"|(?:\w+ly|then|later|now|today|yesterday|once|soon|still|first|at\s+(?:first|last)"
    r"|last\s+(?:night|week|month|year)|this\s+(?:morning|week|year))\s+)(?=\w)",
    re.IGNORECASE,
)
# A third-person subject the text does not name: "she volunteered", "his
# shop was raided"; `_resolve` has named those it could.
_UNNAMED_SUBJECT = re.compile(r"^(he|she|they|it|his|her|their|its|him|them)\b", re.IGNORECASE)
_SPEAKER_OR_HEARER = re.compile(
    # Capitalised inside a sentence, "Our" and "You" are in a name ("Bring Back Our Girls").
    r"\b(?:I|me|my|myself|we|us|our|ours|ourselves|you|your|yours)\b"
    r"(?!-|['\u2019]s\b)"
    # "mine" is a pronoun opening a text or after "of" or a "be" ("a friend of
    # mine", "the choice was mine"); else a noun ("the mine", "a coal mine").
    # (The word is looked for first: the lookbehinds are tried only before it.)
    r"|(?=[Mm]ine\b)(?:^|(?<=\bof\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bwere\s))"
    r"[Mm]ine\b"
)
# A thing named only by a bare description that points back into the article:
# "The incident comes after ...", "The device may cost ...", "The network is ...".
# What was reported or shown ("the report", "the video") is left to grouping,
# which files a verdict on it under the claim it made.
_POINTING = re.compile(
    # A person described, with modifiers in lower case or hyphenated ("the
    # 53-year-old monarch"; a capitalised one is a name's, "the Brat Pack actor").
    r"^the\s+(?:(?:(?!(?:of|in|on|at|for|with|from|by|to|and|or|the|an?)\s)"
    r"(?-i:[a-z0-9][\w'\u2019-]*|[A-Z]\w*-[\w-]+)\s+){0,3}?"
    r"(?P<person>actor|actress|singer|rapper|monarch|star|anchor|player|two|three|pair|couple"
    r"|duo|trio|man|woman|men|women|boy|girl|gunman|gunmen|suspect|shooter|victim|patient"
    r"|individual|nun|priest|teen|teenager|student|driver|passenger|pilot|owner|mother"
    r"|father|son|daughter|wife|husband|child|children|boyfriend|girlfriend|teacher|doctor"
    r"|officer|soldier|worker|resident|baby|infant)"
    r"|(?:(?:new|latest|same|original|upcoming|whole)\s+)?"
    r"(?P<noun>incident|event|theft|list|device|gadget|product|company|firm|network|deal"
    r"|watch|phone|robot|drone|video|footage|clip|photo|picture|image|recording|audio"
    r"|attack|shooting|explosion|crash|accident|fire|blast|collision|murder|killing|raid"
    r"|car|vehicle|truck|letter|e-mail|email|message|tweet|article|box|package|capsule"
    r"|animal|dog|cat|bird|creature|spider|snake|substance|liquid"
    r"|agreement|movie|film|show|concert|book|issues?|matter|case|limitations|move|decision"
    r"|plan|project|scheme|idea|page|site|website|app|service|study|survey|experiment"
    r"|procedure|policy|rule|bill|change|item|object|thing|stuff|situation|program|programme)"
    r"s?)"
    # Its verb follows at once: "the film company Pixar" is described.
    r"(?=\s+(?:\w+ly\s+)?(?:is|was|are|were|has|have|had|will|would|may|might|could|can"
    r"|should|must|did|does|do|isn't|wasn't|doesn't|didn't|won't|\w+ed|comes|goes|says|shows"
    r"|means|seems|appears|remains|makes|takes|looks|needs|includes|contains|costs|sends"
    r"|sent|went|came|took|gave|made|found|left|became|won|lost|hit|got|kept|held|led|ran|set"
    r"|saw|told|said|began|fell|brought|caught|drew|grew|rose|sold|stood|struck|wrote)\b)",
    re.IGNORECASE,
)
_POINTED_OBJECT = re.compile(
    r"\b(?P<verb>\w+)\s+(?P<what>that|this)"
    # "nothing like this before": a time after it points back too.
    r"(?=(?:\s+(?:before|again|ever|anymore|yet))?\s*$|\s+and\s+(?!other\b|such\b|the\b|a\b|an\b))",
)
# What `_POINTED_OBJECT` needs, found with no word before it: a text without it
# is not tried at every word.
_POINTED_NEEDS = re.compile(
    r"th(?:at|is)(?:(?:\s+(?:before|again|ever|anymore|yet))?\s*$|\s+and\s)"
)
# "this particular site", "those specific fighters": a demonstrative that
# singles out one the article spoke of, wherever it stands.
# ("said that particular rules apply": a "that" before a plural opens a clause.)
_SINGLED_OUT = re.compile(
    r"\b(?:(?:this|that)\s+(?:particular|specific)(?!\s+\w+s\b)|(?:these|those)\s+"
    r"(?:particular|specific))\b",
    re.IGNORECASE,
)
# Determiners that end a text as a pronoun, their noun left to the article.
_QUANTITY_ALONE = frozenset(_words("any some"))
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|my|our|Our|My)\b")
# A speaker's "we", "us" or "our", not in a name ("Bring Back Our Girls") nor
# the start of "U.S." or "us-based".
_OWN_PLURAL = re.compile(r"\b(?:[Ww]e|us|our)\b(?!-|\.|['\u2019]s\b)")
# What follows an "it" said to be a thing or a place, not the body that speaks:
# "it's the main thing", "it was a hoax", "it's not in the records"; and how
# things are in a place ("it was business as usual there", "it's chaos down
# here"). Matched right after the pronoun.
_IT_A_THING = re.compile(
    r"(?:['\u2019]s|\s+(?:is|was))\s+(?:(?:just|not|also|only|still|really)\s+)*"
    r"(?:the|a|an|in|on|at|no|one|all)\b"
    r"|(?:['\u2019]s|\s+(?:is|was))\s+(?:[\w-]+\s+){0,3}?(?:there|here)\b"
    r"|(?:['\u2019]s|\s+(?:is|was))\s+(?:still\s+)?business\s+as\s+usual\b",
    re.IGNORECASE,
)
# Where someone was "last seen" or "last heard from" is told by those who
# missed them: "witnesses said they had last been seen being led away" are
# not the witnesses.
_LAST_SEEN = re.compile(
    r"\W*(?:he|she|they|it)\s+(?:(?:had|has|have)\s+)?(?:was\s+|were\s+)?last\s+"
    r"(?:been\s+)?(?:seen|heard\s+from|spotted|sighted)\b",
    re.IGNORECASE,
)


def last_seen(text: str) -> bool:
    """Whether `text` opens on a pronoun said to have been last seen or heard
    from ("they were last seen at ..."): someone missed, whom the pronoun
    stands for, never the one who tells it."""
    return _LAST_SEEN.match(text) is not None


# What is done to "it" or "them" ("it had been destroyed", "they were dropped by
# US forces"): a thing or others the speaker tells of, seldom the body speaking;
# a state of mind ("it is concerned", "they were pleased") is the body's own.
_DONE_TO = re.compile(
    r"\s+(?:(?:had|has|have|would|will|could|may|might|must)\s+"
    r"(?:(?:\w+ly|not|also|now|already)\s+)*(?:have\s+)?)?"
    r"(?:been|be|was|were|is|are)\s+(?:(?:\w+ly|not|also|now|then|later|already)\s+)*"
    r"(?!(?:concerned|committed|pleased|interested|determined|prepared|surprised|disappointed"
    r"|delighted|saddened|shocked|worried|satisfied|convinced|dedicated|engaged|involved"
    r"|focused|obliged|forced|supposed|expected|allowed|used|encouraged|troubled|alarmed"
    r"|appalled|horrified|outraged|disturbed|excited|thrilled|honou?red|based|located"
    r"|headquartered|founded|aware)\b)"
    r"(?:[a-z]+ed|shot|taken|stolen|seen|shown|made|held|brought|sent|given|hit|struck|found"
    r"|caught|built|sold|driven|thrown|beaten|blown|torn|known|told|sunk|broken|hidden|written"
    r"|shut|cut|hurt|kept|left|bought|paid|fought|spent|lost|won|stuck|overrun)\b"
)
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|it|they)\b", re.IGNORECASE)
# A "we" that speaks of everyone: all of us ("We all have mites on our faces"),
# humankind ("we humans", "as human beings we") or what awaits every believer
# ("we will meet them again in heaven"). No body goes to heaven or is
# humankind: such a "we" is no party's. Crimes "against humanity" are a body's
# to condemn, and "for heaven's sake" or "heaven knows" says nothing of heaven.
_EVERYONE_WE = re.compile(
    r"\b[Ww]e\s+all\s+(?:have|are|know|need|should|must|can|do|live)\b|\ball\s+of\s+us\b"
    r"|\b[Ww]e\s+humans\b|(?<!against\s)\b(?:humanity|mankind|humankind|human\s+beings"
    r"|the\s+human\s+race|heaven|paradise|eternity|afterlife|hereafter)\b"
    r"(?!['\u2019]s\s+sake|\s+(?:knows|forbid)\b)"
)
# What `_EVERYONE_WE` needs written in a text (`may_hold`): six texts of seven
# hold none of these, and need not be scanned at every word for its openings.
_EVERYONE_NEEDS = (
    "all", "human", "mankind", "heaven", "paradise", "eternity", "afterlife", "hereafter",
)  # fmt: skip


def _speaks_for_everyone(text: str) -> bool:
    """Whether `text` holds a "we" of everyone or a thing of everyone's (`_EVERYONE_WE`)."""
    return may_hold(text, _EVERYONE_NEEDS) and _EVERYONE_WE.search(text) is not None


# The first person plural: everyone's, in a "we" of everyone.
_PLURAL_FIRST = frozenset(_words("we us our ours ourselves"))
# Verb forms that follow a singular name where they followed "I" or "we".
_AGREEMENT = {
    "am": "is",
    "are": "is",
    "'m": " is",
    "'re": " is",
    "were": "was",
    "have": "has",
    "'ve": " has",
    "do": "does",
    "don't": "doesn't",
    "don\u2019t": "doesn\u2019t",
    "haven't": "hasn't",
    "haven\u2019t": "hasn\u2019t",
    "aren't": "isn't",
    "aren\u2019t": "isn\u2019t",
    "weren't": "wasn't",
    "weren\u2019t": "wasn\u2019t",
}
_ADVERBS = frozenset(
    _words("just also still never always only really even then already often ever simply very")
)
_KEEP_FORM = frozenset(
    _words(
        """
        will would can could shall should may might must had did was is has does 'd 'll
        """
    )
)


def _resolve(
    text: str,
    speaker: str | None,
    party: str | None,
    person: str | None,
    *,
    speaker_it: bool = True,
    quoted: bool = False,
) -> str:
    name = person or _name_of(speaker, party)
    if name is None or _related_to(speaker, name):
        return text
    # "I" is a person; "we" is the party the person speaks for, if any. A
    # speaker described, not named ("one Acme Mills worker"), has no name of
    # its own: a party taken for a person is no name of the speaker's.
    said = (speaker or "").split()
    described = bool(said) and said[0].lower() in _DESCRIBING
    speaking = (None if described and person == party else person) or person_name(speaker, party)
    singular = re.search(r"\b(?:I|me|my)\b", text) is not None
    # An official nobody names speaks for the party, "I" as much as "we"; a person
    # the statement calls "he" or by a bare name is someone, not the state or body
    # the person was taken for ("Matson" of "Jordan").
    someone = (
        bool(said)
        and not _personal_party(party, said)
        and (
            (len(said) == 1 and said[0].lower() in {"he", "she"})
            or (all(w[:1].isupper() for w in said) and speaker != party and len(said) <= 3)
        )
    )
    # A place is no one's "I" or "we": a person from Texas City speaks for no
    # city, its mayor for the one he is named as mayor of.
    if _place(party) and (party or "") not in (speaker or ""):
        party = None
    # "I" is the speaker: an unnamed speaker's "I" is its party only for one the
    # article says speaks for it ("a ministry spokesman"), not a member or a
    # worker of it ("a factory employee", "the congressman"); a person's own
    # name as its party is the person ("Dana Pell"), a body's after "one" is not.
    voiced = bool(said) and (
        (_personal_party(party, said) and builtin_kind(party or "") is None and not described)
        or (not someone and bool({w.lower() for w in _words_of(speaker or "")} & _VOICE_OF_BODY))
    )
    us = (speaking or (party if voiced else None)) if singular else (party or speaking)
    # Only a speaker speaking of itself as the subject is replaced ("We married
    # them off"); "those of us in office" keeps its "us" and is no claim.
    opening = re.match(r"(I|[Ww]e)(?:'|\u2019)(m|re|ve|ll|d)\b", text)
    if opening is not None:
        full = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}
        text = f"{opening.group(1)} {full[opening.group(2)]}{text[opening.end() :]}"
    opener = _OPENER.match(text)
    after = text[opener.end() :] if opener is not None else ""
    # A named person's "me" and "my" anywhere are that person ("they never
    # let me know" -> "... let Tom Frieden know").
    mine = speaking is not None and re.search(r"\b(?:I|me|my)\b(?!-)", text) is not None
    # "We all have mites on our faces" speaks of everyone, and a person who says
    # "I" and "we" with no party to speak for means others beside: no one to name.
    everyone = _speaks_for_everyone(text)
    others = singular and party is None and re.search(r"\b(?:[Ww]e|us|[Oo]ur)\b", text) is not None
    if (
        (re.match(r"(?:I|[Ww]e)\b", text) or re.match(r"(?:I|[Ww]e)\s", after) or mine)
        and us
        and not everyone
    ):
        # "we", "us" and "our" are the party the speaker speaks for, if it has one;
        # a person's own name as the party is no group ("we had sex again", "as
        # we get closer to the election"): they are left as they are.
        own = (
            party is not None
            and _personal_party(party, said)
            and builtin_kind(party) is None
            and entities.guess_kind(party) == entities.PERSON
        )
        group = "" if others or own or (party is None and speaking) else _inside(party or us)
        pronouns = _pronouns_after_name(text, speaker) if us == speaking else None
        # A person, by a name of its own or as the party named for it ("Kim Ardent").
        personal = us == speaking or (
            us == party and _personal_party(party, said) and builtin_kind(party or "") is None
        )
        surname = _surname_after_name(_inside(us)) if personal else None
        named = _replace_first_person(text, _inside(us), group)
        for later in (pronouns, surname):
            if later is None:
                continue
            shorter = _replace_first_person(text, _inside(us), group, pronouns=later)
            # A pronoun opening the clause after an opening clause ("When Ana Ruiz
            # came home, she ...") is one the claim text would not read as named.
            if not _unnamed_after_opener(shorter):
                named = shorter
                break
        text = named
        for named in {us, party or us}:
            if text.startswith(_inside(named) + " "):
                text = _subject(named) + text[len(_inside(named)) :]
    # A "we", "us" or "our" past the subject, said by one who speaks for a body
    # ("the aid was good and we thank America", said for the People's Protection
    # Units), is that body; not a person's own name for a party ("Mallam
    # Babagana"), and not everyone ("a reminder to us all").
    body = (
        party
        if party is not None
        and (
            builtin_kind(party) in {entities.STATE, entities.ORGANISATION}
            or not _personal_party(party, said)
            or _named_as_body(speaker, party)
        )
        else None
    )
    if (
        body is not None
        and _speaks_for(speaker, body)
        and _fits_territory(text, body)
        and body != speaking
        and not everyone
        and not re.search(r"\bus\s+all\b|\b[Ww]e\s+all\b", text)
        and re.search(r"\b(?:I|me|my)\b(?!-)", text) is None
        and _OWN_PLURAL.search(text) is not None
    ):
        text = re.sub(
            r"\b([Ww]e)['\u2019](re|ve|ll|d)\b",
            lambda short: (
                short.group(1)
                + " "
                + {"re": "are", "ve": "have", "ll": "will", "d": "would"}[short.group(2)]
            ),
            text,
        )
        if builtin_kind(body) == entities.STATE:
            # A state's "our country" is the state.
            text = re.sub(r"\b[Oo]ur\s+(?:own\s+)?(?:country|nation)\b", _inside(body), text)
        text = _replace_first_person(text, body, _inside(body))
        if text.startswith(_inside(body)):
            text = _subject(body) + text[len(_inside(body)) :]
    match = _SUBJECT_PRONOUN.match(text)
    if match is not None and not speaker_it and match.group().lower() in {"it", "they"}:
        match = None  # what the speaker believes of something: not the speaker
    elif match is not None and not _DUMMY_IT.match(text):
        pronoun = match.group().lower()
        # "He" stands for a person who speaks; "it" and "they" for an organisation or group.
        personal = person is not None or person_name(speaker, party) is not None
        # An "it" said to be a thing or a place is not the body that speaks.
        thing = pronoun == "it" and _IT_A_THING.match(text, match.end()) is not None
        # "it had been destroyed", "they were dropped by US forces": done to it.
        done_to = pronoun in {"it", "they"} and _DONE_TO.match(text, match.end()) is not None
        # "they were last seen ...": someone missed, not the speaker.
        thing = thing or done_to or last_seen(text)
        joint = (
            pronoun == "they"
            and speaker is not None
            and speaker != party
            and re.search(r"\s(?:and|&)\s", speaker) is not None
        )
        # A speaker the article calls "he" or "she" is one person: its "they" or
        # "it" is someone else ("They brought her tea," he said).
        one_person = (speaker or "").lower() in {"he", "she"} and pronoun in {"it", "they"}
        if (joint or _group_placed(speaker, party, pronoun)) and not thing:
            # "British and American officials said they had identified him": "they"
            # are all the speakers, not the one party this statement is filed for;
            # "journalists in Havana said they were aware ...": the journalists,
            # not the state they are in.
            assert speaker is not None
            text = speaker[:1].upper() + speaker[1:] + text[match.end() :]
        elif (
            (pronoun in {"he", "she"}) == personal
            and not quoted  # in its own quoted words a speaker is "I" or "we"
            and not thing
            and not one_person
            and may_be(speaker, pronoun)
        ):
            rest = text[match.end() :]
            # "they're" -> "Nigeria is": a name takes the singular verb, spelt out.
            short = re.match(r"['\u2019](re|s|ve|ll|d)\b", rest)
            if short is not None:
                full = {"re": "is", "s": "is", "ve": "has", "ll": "will", "d": "would"}
                verb = full[short.group(1)]
                # "he's been", "he'd been", "she'd gone": a perfect, not "is" or "would".
                if short.group(1) in {"s", "d"} and re.match(
                    r"\s+(?:\w+ly\s+)?(?:been|gone|done|seen|taken|given|made|had|got|gotten|told"
                    r"|known|found|become|come|brought|bought|thought|won|lost|kept|held|sent"
                    r"|spent|built|written|shown|grown|heard|paid|\w+ed)\b",
                    rest[short.end() :],
                ):
                    verb = "has" if short.group(1) == "s" else "had"
                rest = " " + verb + rest[short.end() :]
            elif pronoun == "they":
                # "they were looking into it" -> "Nigeria was looking into it".
                rest = re.sub(
                    r"^(\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?)(are|were|have)\b",
                    lambda verb: verb.group(1) + _AGREEMENT[verb.group(2)],
                    rest,
                )
            text = _subject(name) + rest
    elif match is None and person is None and person_name(speaker, party) is None:
        text = _own_possessive(text, speaker, name)
    return text


# A speaker described by a relation to someone the words name after "of":
# "A girlfriend of Michael Phelps", "a close friend of Emwazi".
_RELATION_OF = re.compile(
    r"(?i:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?i:friend|girlfriend|boyfriend|wife|husband"
    r"|partner|fianc[e\u00e9]e?|relative|cousin|brother|sister|son|daughter|mother|father"
    r"|neighbou?r|colleague|classmate|lawyer|attorney)\s+of\s+(?P<whom>.+)"
)


def _related_to(speaker: str | None, name: str) -> bool:
    """Whether a speaker is described by a relation to the person `name` ("A
    girlfriend of Michael Phelps said she ..."): its "I", "he" or "she" is
    the girlfriend, whom the party taken from the words after "of" is not."""
    related = _RELATION_OF.fullmatch((speaker or "").strip())
    return related is not None and name.split()[-1] in related.group("whom").split()


def _body_by_its_name(text: str, speaker: str | None, party: str | None) -> str:
    """`text` opening on its speaker, a body's bare plural noun ("police said they
    were hunting ..." -> "Police were hunting ..."), with the name of the body
    the statement is filed for when that name ends in the noun: "Ottawa Police
    were hunting ...". Which police the bare noun leaves out; the party says."""
    said = (speaker or "").strip().lower()
    if (
        party is None
        or not re.fullmatch(r"[a-z]+", said)
        or said not in _BODIES_BY_PLURAL
        or len(party.split()) < 2
        or party.split()[-1].lower() != said
        or text[: len(said) + 1].lower() != said + " "
    ):
        return text
    return party + text[len(said) :]


# Bodies an article may call by a plural noun alone, the speaker of a statement.
_BODIES_BY_PLURAL = frozenset(_words("police authorities"))


def _group_placed(speaker: str | None, party: str | None, pronoun: str) -> bool:
    """Whether a "they" is its speaker, a group of people described by their
    plural ("Journalists in Havana", "Tribal leaders"), rather than the party the
    statement is filed for, which the group is only placed in or described by:
    a state ("Cuba" of Havana) or a word of the speaker's own ("Tribal"). Not
    those who speak for a body ("officials", "authorities", "police", whose
    "they" is the body), nor witnesses or people somewhere, who mostly tell
    what others there did ("witnesses said they robbed banks")."""
    if pronoun != "they" or speaker is None or party is None:
        return False
    words = speaker.split()
    place = next((n for n, w in enumerate(words) if w.lower() in _PLACING_GROUP), len(words))
    head = words[:place]
    if not 1 <= len(head) <= 3 or not re.fullmatch(r"[A-Za-z-]+", head[-1]):
        return False
    noun = head[-1].lower()
    if noun not in _PEOPLE_PLURALS | _GROUPS_OF_PEOPLE or noun in _VOICING_A_BODY:
        return False
    if head[0].lower() in _DETERMINERS - {"some", "two", "three", "four", "five", "ten"}:
        return False  # "his friends", "those journalists": whose, the article says
    return builtin_kind(party) == entities.STATE or set(party.split()) <= set(words)


# More plural nouns for people a group is described by ("Tribal leaders").
_GROUPS_OF_PEOPLE = frozenset(
    _words("leaders elders members employees campaigners volunteers villagers")
)
# What places a group of people ("journalists in Havana", "experts at ...").
_PLACING_GROUP = frozenset(_words("in at from on across near around outside inside"))
# Plural nouns for people who speak for a body, and those who tell of others.
_VOICING_A_BODY = frozenset(
    _words("officials authorities police officers agents sources investigators staff")
) | frozenset(_words("witnesses people"))


def _unowned_its(text: str) -> re.Match[str] | None:
    """The first "its" in `text` when no word before it may name one thing that
    owns it: a name, "it", or a noun in the singular ("the company ... its")."""
    found = re.search(r"\bits\b", text)
    if found is None:
        return None
    for n, word in enumerate(_words_of(text[: found.start()])):
        lower = word.lower()
        if word[:1].isupper() and (n > 0 or lower not in _NOT_OWNER):
            return None  # "Apple", "Turkey"
        if lower == "it" or (
            lower not in _NOT_OWNER
            and lower not in _AUXILIARIES
            and not word[:1].isdigit()
            and len(lower) > 2
            and not lower.endswith(("ly", "ed"))
            and not (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))
            and not _verb_word(word)
        ):
            return None  # "the company", "the bombing"
    return found


# Words that name no owner of an "its": function words and pronouns.
_NOT_OWNER = (
    _NOT_ANTECEDENT
    | _GOVERNING
    | _ARTICLES
    | frozenset(
        _words(
            """
            they them he him she her his their our we you not nor than who whom whose which
            very also never always again out off up down own being having been
            """
        )
    )
)


def _owned_by(text: str, found: re.Match[str], speaker: str | None, name: str) -> str:
    """`text` with `found` ("its") given as the speaking body's possessive."""
    proper = re.fullmatch(
        r"(?:[Tt]he\s+)?((?-i:[A-Z])[\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})", speaker or ""
    )
    said = (speaker or "").split()
    if proper is not None:
        owner = ("the " if said[0].lower() == "the" else "") + proper.group(1)
    else:
        owner = _subject(name)
    if found.start() == 0:
        owner = owner[:1].upper() + owner[1:]
    elif owner.startswith("The "):
        owner = "the " + owner[4:]
    possessive = owner + ("'" if owner.endswith("s") else "'s")
    return text[: found.start()] + possessive + text[found.end() :]


def _own_possessive(text: str, speaker: str | None, name: str) -> str:
    """A body's "its" (or a plural speaker's "their") in the subject of its own
    words, with nothing named before it, is its own: "The Pentagon said one of its
    airdrops had gone missing" -> "One of the Pentagon's airdrops ..."."""
    said = (speaker or "").split()
    plural = bool(said) and said[-1].endswith("s") and not said[-1].endswith(("ss", "'s"))
    words = list(_WORD.finditer(text))
    for n, found in enumerate(words):
        word = found.group()
        if n and _verb_word(word):
            return text  # past the subject
        if word.lower() != ("their" if plural else "its"):
            continue
        if any(_may_stand_for(w.group(), m) for m, w in enumerate(words[:n])):
            return text
        # The body as the speaker names it ("the Pentagon"), else its party.
        proper = re.fullmatch(
            r"(?:[Tt]he\s+)?((?-i:[A-Z])[\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})",
            speaker or "",
        )
        if proper is not None:
            owner = ("the " if said[0].lower() == "the" else "") + proper.group(1)
        else:
            owner = _subject(name)
        if n == 0:
            owner = owner[:1].upper() + owner[1:]
        elif owner.startswith("The "):
            owner = "the " + owner[4:]
        possessive = owner + ("'" if owner.endswith("s") else "'s")
        return text[: found.start()] + possessive + text[found.end() :]
    return text


# Last words of the names of bodies, not persons.
_BODY_HEADS = frozenset(
    _words(
        """
        hospital police department courier times news post ministry agency office university
        church council court party army group company network channel magazine journal forum
        """
    )
)


# Words that open a speaker described rather than named.
_DESCRIBING = _ARTICLES | frozenset(_words("one another some"))
# The last words of a place's name ("Texas City", "Orange County").
_PLACE_HEADS = frozenset(
    _words("city county town township village borough province district valley beach springs")
)
# Words by which a speaker is said to speak for its party, a body or a state
# (not those that only qualify one: "Prime", "Foreign", "Security").
_VOICE_OF_BODY = (
    gazetteer.STATE_VOICE_WORDS
    | frozenset(
        _words(
            """
        representative representatives head chief director commissioner chairman chairwoman
        chair ceo executive executives founder owner manager management board
        """
        )
    )
) - frozenset(
    _words(
        """
        lawmaker lawmakers legislator legislators mp mps senator senators congressman deputy
        deputies parliament parliamentary soldier soldiers officer officers
        prime foreign interior security intelligence defense defence coast air border staff
        state
        """
    )
)


def _place(party: str | None) -> bool:
    """Whether a party is a place no table knows as a state or body ("Texas City"):
    where a speaker lives or works, not what the speaker speaks for."""
    words = (party or "").split()
    return (
        len(words) >= 2
        and builtin_kind(party or "") is None
        and words[-1].lower() in _PLACE_HEADS
        and all(w[:1].isupper() for w in words)
    )


def _personal_party(party: str | None, said: list[str]) -> bool:
    """Whether a party is the person who speaks: the speaker's own full name
    ("Chatman-Bey" of "Tommy Chatman-Bey"), or, for "he" or "she", a name of two
    or more words that is no state's or body's ("Brian LeMay")."""
    words = (party or "").split()
    if not said or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False  # no speaker written says whom the party is
    if said[-1] in words:
        return True
    return (
        said[-1].lower() in {"he", "she"}
        and _subject(party or "") == party
        and words[-1].lower() not in _BODY_HEADS
    )


def _subject(name: str) -> str:
    """A name as a sentence's subject: "the United States", "the European Union"."""
    if re.match(r"(?:United|European|Islamic|Czech|Dominican)\s", name) or re.search(
        r"\b(?:Nations|States|Kingdom|Emirates|Netherlands|Philippines|Union|Republic)$", name
    ):
        return "The " + name
    return name


# Words by which a speaker is said to speak for a state: a lawmaker's "we" is
# a party or a committee, not the state.
_STATE_VOICE = gazetteer.STATE_VOICE_WORDS | frozenset(
    _words("head chief director commissioner")
) - frozenset(
    _words(
        """
        lawmaker lawmakers legislator legislators mp mps senator senators congressman deputy
        deputies parliament parliamentary
        """
    )
)


def _speaks_for(speaker: str | None, body: str) -> bool:
    """Whether a speaker's "we" is `body`: a body that is no state or medium, or
    one the speaker names; a state only for one described as speaking for it
    ("a ministry spokesman", "the head of the agency"). A medium's "we" inside
    its text is mostly someone it quotes."""
    said = {w.lower() for w in _words_of(speaker or "")}
    kind = builtin_kind(body)
    if kind == entities.MEDIA:
        return False
    if {w.lower() for w in _words_of(body)} <= said:
        return True
    if kind == entities.STATE:
        return bool(said & _STATE_VOICE)
    # A body the tables know ("the Kurdish fighters' units") is the body its
    # members speak for; one only the article names must be named by the speaker.
    return kind == entities.ORGANISATION


_TERRITORY = re.compile(
    r"\b(?:[Oo]ur|us|[Ww]e)\s+(?:own\s+)?(?P<noun>country|nation|homeland|city|town|state"
    r"|province|region|commonwealth|county)\b",
    re.IGNORECASE,
)


def _fits_territory(text: str, body: str) -> bool:
    """Whether a "we" or "our" that owns a territory may be `body`: a state's
    is its country or nation, no city or province; a city's or a body's is
    no country ("our city and our country", said by a mayor, is two)."""
    state = builtin_kind(body) == entities.STATE
    for found in _TERRITORY.finditer(text):
        national = found.group("noun").lower() in {"country", "nation", "homeland"}
        if national != state:
            return False
    return True


def _named_as_body(speaker: str | None, party: str) -> bool:
    """Whether a speaker names its party as a body it belongs to: "a spokesman
    for the Riverside Food Bank", "Ineter scientist Jose Millan"; not as a
    person's own name after a title ("Rep. Michael McCaul")."""
    at = (speaker or "").find(party)
    if at < 0:
        return False
    before = (speaker or "")[:at].split()
    after = (speaker or "")[at + len(party) :].split()
    return bool(after) or (
        bool(before) and before[-1].lower() in {"for", "of", "at", "from", "the"}
    )


def _inside(name: str) -> str:
    """A name as it reads inside a sentence: "the United States"."""
    named = _subject(name)
    return "the " + named[4:] if named.startswith("The ") else named


# A person's pronouns by sex: subject, object, possessive.
_HE = ("he", "him", "his")
_SHE = ("she", "her", "her")
# Two capitalised words in a row past a text's first word: a name of someone or
# something else, which a pronoun put later might be taken to stand for.
_OTHER_NAME = re.compile(r"(?<=\S)\s+[A-Z][\w'\u2019.-]*\s+[A-Z]")


def _pronouns_after_name(text: str, speaker: str | None) -> tuple[str, str, str] | None:
    """The pronouns a person's "I", "me" and "my" become after the first, which
    gives the person's name ("Ana Ruiz was sitting on her porch", not "on Ana
    Ruiz's porch"): "he" or "she" as the speaker is called ("she said"), or as a
    word of the speaker gives a sex ("Mrs Smith", "the boy's father"). None when
    nothing says which, or when the text also speaks of another person by
    such a pronoun ("I told him he could go") or of anyone by a name, whom a
    pronoun may be taken for: the name again is wordy, a pronoun for the wrong
    person is wrong."""
    words = (speaker or "").split()
    owner = next((n for n, w in enumerate(words) if w.endswith(("'s", "\u2019s", "s'"))), -1)
    said = {w.lower().strip(".,") for w in words[owner + 1 :]}
    male = "he" in said or bool(said & _MASCULINE)
    female = "she" in said or bool(said & _FEMININE)
    if male == female:
        return None
    pronouns = _HE if male else _SHE
    if re.search(rf"\b(?i:{'|'.join(pronouns)}|{pronouns[0]}self|hers|himself)\b", text):
        return None
    if _OTHER_NAME.search(text):
        return None
    return pronouns


# Words after a surname that are no surname ("Martin Luther King Jr.").
_NAME_SUFFIXES = frozenset(_words("jr jr. sr sr. ii iii iv"))


def _surname_after_name(name: str) -> tuple[str, str, str] | None:
    """What a person's "I", "me" and "my" become after the first, which gives
    the full name, when nothing says "he" or "she": the surname, as news names
    a person again ("Ana Ruiz lost her keys" unknown, "Ana Ruiz lost Ruiz's
    keys and Ruiz walked home" rather than the full name each time). None for
    a name of one word."""
    words = [w for w in name.split() if w.lower() not in _NAME_SUFFIXES]
    if len(words) < 2:
        return None
    surname = words[-1]
    return surname, surname, surname + ("'" if surname.endswith("s") else "'s")


def _unnamed_after_opener(text: str) -> bool:
    """Whether `text`, past an opening word or clause, opens on a pronoun subject
    that `proposition` takes for one the text does not name."""
    opener = _OPENER.match(text)
    if opener is None:
        return False
    clause = text[opener.end() :]
    unnamed = _UNNAMED_SUBJECT.match(clause)
    return (
        unnamed is not None
        and not _DUMMY_IT.match(clause)
        and not _named_clause(text, text[: len(text) - len(clause)], unnamed.group(1))
    )


def _replace_first_person(
    text: str,
    name: str,
    group: str | None = None,
    *,
    pronouns: tuple[str, str, str] | None = None,
) -> str:
    """`text` with "I", "me" and "my" made `name`, and "we", "us" and "our" made
    `group` (`name` when None; left as they are when empty). With `pronouns`
    (subject, object, possessive), only the first "I", "me" or "my" is made the
    name and the rest are made those."""
    group = name if group is None else group
    tokens = re.split(r"(\s+)", text)
    out: list[str] = []
    subject = False
    named = False  # the name is written once already
    for at, token in enumerate(tokens):
        if subject and token.strip():
            lower = token.lower()
            # An adverb between the subject and its verb ("I just wanted") is kept as it is.
            subject = (
                lower in _ADVERBS
                or lower in _BEFORE_A_VERB
                or (lower.endswith("ly") and len(lower) > 4 and lower not in _LY_VERBS)
            )
            if lower in {"all", "both", "each"}:
                # "We all heard" -> "Residents heard": one name needs no "all".
                subject, token = True, ""
                out[-1] = ""
            elif subject:
                pass
            elif lower in _AGREEMENT:
                token = _AGREEMENT[lower]
            elif (
                token.isalpha()
                and token.islower()
                and not _inflected(lower)
                and lower not in P.PREPOSITIONS
                and lower not in P.DETERMINERS
            ):
                # "We very definitely in this country have": no verb yet at "in"
                token = _third_person(token)
        bare = token.strip(",.;:\"'\u201c\u201d\u2018\u2019")
        if not group and bare in {"we", "We", "us", "our", "Our"}:
            pass
        elif bare in {"my", "My"} and _exclaimed(tokens, at):
            pass  # "Oh my God, it's him": an exclamation, no one's god
        elif pronouns is not None and named and bare in {"I", "me", "my", "My"}:
            instead = pronouns[{"i": 0, "me": 1, "my": 2}[bare.lower()]]
            if _opens_sentence_here(out):
                instead = instead[:1].upper() + instead[1:]
            token = token.replace(bare, instead)
            subject = bare == "I"
        elif bare in {"I", "we", "We"}:
            token = token.replace(bare, name if bare == "I" else group)
            subject = True
            named = named or bare == "I"
        elif bare == "us" and _counted_among(out):
            pass  # "The three of us", "some of us": more than the one who speaks
        elif bare in {"me", "us"}:
            token = token.replace(bare, name if bare == "me" else group)
            named = named or bare == "me"
        elif bare in {"my", "our", "Our", "My"}:
            owner = name if bare.lower() == "my" else group
            token = token.replace(bare, owner + ("'" if owner.endswith("s") else "'s"))
            named = named or bare.lower() == "my"
        out.append(token)
    return "".join(out)


# Words "my" exclaims with ("Oh my God!", "my goodness,"), not a possession.
_EXCLAIMED = frozenset(("god", "gosh", "goodness", "lord", "word", "days"))
_PUNCTUATED = re.compile(r"[,!?.;:\u2014\u2013]+[\"'\u201d\u2019]?$")


def _exclaimed(tokens: list[str], at: int) -> bool:
    """Whether the "my" at `tokens[at]` (words and the blanks between, as
    `_replace_first_person` splits them) is an exclamation: before a word of
    `_EXCLAIMED`, after "oh" or with a mark of punctuation right after the
    word ("Oh my God", "my goodness, it's him")."""
    following = tokens[at + 2] if at + 2 < len(tokens) else ""
    word = following.strip(",.;:!?\"'\u201c\u201d\u2018\u2019\u2014\u2013").lower()
    if word not in _EXCLAIMED:
        return False
    before = tokens[at - 2].strip(",.;:!?\"'\u201c\u201d\u2018\u2019").lower() if at >= 2 else ""
    return before == "oh" or _PUNCTUATED.search(following) is not None


def _counted_among(out: list[str]) -> bool:
    """Whether the "us" after `out` is counted in ("the three of us", "many of
    us"): a number or quantifier, then "of"."""
    words = [t.lower() for t in out if t.strip()][-2:]
    return len(words) == 2 and words[1] == "of" and words[0] in _COUNTED_OUT


# What counts people out of a group before "of us".
_COUNTED_OUT = frozenset(
    _words(
        """
        two three four five six seven eight nine ten dozens hundreds thousands
        some many most few several none both each either neither one
        """
    )
)


def _opens_sentence_here(out: list[str]) -> bool:
    """Whether the next token after `out` (tokens and the blanks between them)
    opens a sentence: nothing before it, or a stop ending the last word."""
    last = next((t for t in reversed(out) if t.strip()), "")
    return not last or last.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


# Adverbs of time and frequency that stand between a subject and its verb
# ("when I first saw it", "I sometimes wonder"): the verb after them agrees.
_BEFORE_A_VERB = frozenset(
    _words("later now soon then once first last again almost seldom sometimes also")
)


# Verbs that end like adverbs: "we apply" is no "we simply".
_LY_VERBS = frozenset(_words("apply reply supply imply rely comply multiply rally ally"))


# Verbs whose plain form ends in -ed like a past tense ("we need" is "she needs").
_PLAIN_IN_ED = frozenset(
    _words("need feed bleed breed heed speed proceed succeed exceed embed shred")
)


def _inflected(word: str) -> bool:
    if word in _PLAIN_IN_ED or _PLAIN_IN_S.fullmatch(word):
        return False
    return word in _KEEP_FORM or word.endswith(("ed", "s", "ing")) or word in _FINITE


# Plain forms that end in "s" ("we focus", "they discuss", "we pass"): not a
# third person's; "unless" and "nevertheless" are no verbs at all.
_PLAIN_IN_S = re.compile(r"[a-z]{2,}(?:us|ss)(?<!less)")


def _third_person(verb: str) -> str:
    if verb.endswith(("sh", "ch", "x", "o", "s", "z")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_FEMININE = P.FEMININE
_MASCULINE = P.MASCULINE


def may_be(speaker: str | None, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for a speaker its own words give a sex to:
    "Ms Blumenthal" is no "he", "the boy's father" no "she"; only the head counts
    after a possessive."""
    words = (speaker or "").split()
    owner = next((n for n, w in enumerate(words) if w.endswith(("'s", "\u2019s", "s'"))), -1)
    said = {w.lower() for w in words[owner + 1 :]}
    other = _MASCULINE if pronoun.lower() == "she" else _FEMININE
    return not said & other


def _looks_personal(speaker: str | None) -> bool:
    """Whether a speaker is a named person (ends in a personal name, not an institution)."""
    if not speaker:
        return False
    words = speaker.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])


def person_name(speaker: str | None, party: str | None = None) -> str | None:
    """A speaker's personal name, titles and roles aside, if it ends in one.

    "Pentagon spokesman Rear Adm. John Kirby" -> "John Kirby"; "the source"
    and "Boko Haram" (the name of its party) -> None.
    """
    if not speaker or not _looks_personal(speaker) or _UNNAMED.match(speaker):
        return None
    if party is not None and speaker.split()[-1].lower() in party.lower().split():
        return None
    if _body_named(speaker):
        return None
    run: list[str] = []
    for word in reversed(speaker.split()):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    # The name follows the last title or role ("Homeland Security Secretary Jeh
    # Johnson" -> "Jeh Johnson").
    titles = [i for i, w in enumerate(run) if w.rstrip(".").lower() in _TITLES]
    if not titles and _after_the(speaker, run):
        return None  # "those who saw him at the War Memorial": a place's name
    name = run[titles[-1] + 1 :] if titles else run
    return " ".join(name[-3:]) if len(name) >= 2 else None


def _after_the(speaker: str, run: list[str]) -> bool:
    """Whether the capitalised words that end a speaker follow a "the": the
    name of a place or a body ("the War Memorial", "the Red Cross"), which a
    person's is not written with."""
    before = speaker.split()[: -len(run)]
    return bool(before) and before[-1] == "the"


# The names of outlets and organisations the built-in tables know, with their
# aliases, in lower case: "Mail Online", "Scotland Yard".
_BODY_NAMES = frozenset(
    name.lower()
    for table in (gazetteer.MEDIA, gazetteer.ORGANISATIONS)
    for party, aliases in table.items()
    for name in (party, *aliases)
)


def _body_named(speaker: str) -> bool:
    """Whether a speaker is an outlet or an organisation by a name the built-in
    tables give it ("According to Mail Online, he ..."): no person, so no "he"
    or "she" of its content, whose name two capitalised words may look like."""
    said = speaker.lower()
    return said in _BODY_NAMES or said.removeprefix("the ") in _BODY_NAMES


def _name_of(speaker: str | None, party: str | None) -> str | None:
    """How a claim text names the speaker: a person's name, else the party."""
    return person_name(speaker, party) or party


# --- ids ----------------------------------------------------------------------------

_SLUG_SKIP = frozenset(
    _words(
        """
        a an the this that these those some any all both each least most more than about of
        to in on at by for from with into over under as and or but if while because who
        which whom whose what when where why how very just also only even still already
        there here such own other another its their his her our my your it they them he she
        we us i you me him one ones so then now well really said says say
        """
    )
)
_NEGATIONS = frozenset(_words("not no never n't nor neither"))
# Words that end a noun phrase: what follows them is a complement, a clause or
# a new phrase, not the phrase's head.
_PHRASE_END = frozenset(
    _words(
        """
        of to in on at by for from with into over under between among against about as
        than that which who whom whose where when while because if although though and or
        but nor , such like including after before during since until within without
        across through toward towards despite alongside beside near around behind outside
        inside beyond via amid upon onto per
        """
    )
)
# Openers of a clause that comes before the main one ("In an age of ..., X ...",
# "As two major countries, X ...", "If ..., X ..."): the id skips to after its comma.
_OPENERS = frozenset(
    _words(
        """
        in as over with when if while although though after before during since until
        despite because given amid unlike like for by on at according within throughout
        following
        """
    )
)
_LEADS = frozenset(_words("but and so yet still however meanwhile now also then well"))
_WRAPS = frozenset(_words("think believe know say feel hope expect guess"))
_COPULAS = frozenset(_words("is are was were am be been being 's 're seems seem appears remains"))
_DETERMINERS = frozenset(
    _words(
        """
        a an the its their his her our my your this that these those some any all no every
        each more most many several two three four five ten dozens hundreds thousands
        """
    )
)
_SLUG_UNITS = 6
# Words that say when, opening a text before its subject.
_WHEN = frozenset(
    _words(
        """
        later yesterday today tonight earlier meanwhile instead now then overnight already
        afterwards afterward separately initially previously recently finally
        monday tuesday wednesday thursday friday saturday sunday
        """
    )
)
_TIMES = frozenset(
    _words(
        """
        week month year night weekend summer winter spring autumn monday tuesday
        wednesday thursday friday saturday sunday
        """
    )
)
# Adjectives of certainty after a copula: "is confident that X" holds X.
_SURE = frozenset(_words("confident sure certain convinced adamant satisfied"))
# Heads that count or share out what follows "of": "one of the airdrops".
_PARTITIVE = frozenset(
    _words(
        """
        one some any all none most many several few each either neither part rest half
        majority minority dozens hundreds thousands millions lot lots
        """
    )
)
# Prepositions that place the subject: a party after them is where it is, not who.
_PLACING = frozenset(
    _words("at in on with within inside outside near across around behind beyond via amid")
)
# Words of trying whose object is the infinitive after them.
_TRYING = frozenset(
    _words("trying attempting seeking planning preparing hoping going looking working")
)
# Nouns whose "that" clause states what is held: the clause is the proposition.
_HELD = frozenset(
    _words("belief view claim fact idea assertion insistence conviction hope notion suggestion")
)
_PERSONAL = frozenset(_words("i we you they it that this"))
_RELATIVES = frozenset(_words("which who whom whose where"))
# Verbs of saying and believing: what follows them is the proposition.
_REPORTED = frozenset(
    _words(
        """
        said says believed believes thought thinks knew knows claimed claims argued argues
        insisted insists added adds suggested suggests
        """
    )
)


def slug_units(units: list[tuple[str, bool]], names: frozenset[str] = frozenset()) -> list[str]:
    """The words of a claim's id: the subject's head, the verb and the object's head.

    `units` are the claim text's words in order, lower-cased, each marked as a
    party name (already one unit, "north-korea") or not; a comma is a unit of
    its own. "At least 10 Islamic State fighters were captured trying to cross
    the Mexico border" gives ["islamic-state", "fighters", "captured", "cross",
    "mexico", "border"]. A copula gives way to what it says of the subject
    ("North Korea's troop deployment is a deeply dangerous development" ->
    ["north-korea", "troop", "deployment", "dangerous", "development"]); a
    negation stays ("not"). `names` are the words the text writes as a name
    (capitalised past its first word): a person named after a title is the
    subject, not the party of the title ("London Police Chief Lyndon Edwards"
    -> lyndon, edwards).
    """
    # A quotation mark stuck to a word ("'on") is no part of it, and the stop of a
    # month written short ("Dec. 10") ends no phrase.
    units = [(w if party else w.strip("'") or w, party) for w, party in units]
    units = [
        unit
        for n, unit in enumerate(units)
        if not (unit[0] == "," and n and units[n - 1][0] in _MONTHS_SHORT and _numbered(units, n))
    ]
    # "no longer" says "not".
    units = [
        ("not", False)
        if (w, p) == ("no", False) and units[n + 1 : n + 2] == [("longer", False)]
        else (w, p)
        for n, (w, p) in enumerate(units)
        if not ((w, p) == ("longer", False) and units[n - 1 : n] == [("no", False)])
    ]
    units = _main_clause(_untitled(units))
    words = [w for w, _ in units]
    verb = _main_verb(words, [party for _, party in units], names)
    if (
        verb is not None
        and words[verb] in _REPORTED
        and len(units) - verb > 4
        and words[verb + 1] != "to"  # "claimed to have obtained": the claimant's own deed
    ):
        # "She believed North Korea is eager ...": what is believed is the claim.
        return slug_units(units[verb + 1 :], names)
    sure = next(
        (
            i
            for i in range(2, len(units) - 3)
            if words[i] == "that"
            and words[i - 1] in _SURE
            and any(w in _COPULAS for w in words[max(0, i - 4) : i - 1])
        ),
        None,
    )
    if sure is not None and (verb is None or sure - verb <= 3):
        # "The agency is confident that most bundles arrived": what it is sure of.
        return slug_units(units[sure + 1 :], names)
    held = next(
        (i for i in range(1, verb or 0) if words[i] == "that" and words[i - 1] in _HELD), None
    )
    if held is not None:
        # "His belief that a stable relationship ... is critical": the belief's content.
        return slug_units(units[held + 1 :], names)
    if verb is None:
        picked = [w for w, party in units if party or _slug_word(w)]
        return _phrase_or_words(picked[:4], units)
    if words[:1] == ["there"] and 0 < verb <= 3 and words[verb] in _COPULAS | _AUXILIARIES:
        # "There are a number of airliners in Libya that are missing": what there
        # is, and where, is all it says; "there" and its verb say nothing.
        return _phrase_or_words(_existential(units[verb + 1 :]), units[verb + 1 :])
    # "A man caught trying to ... was ...": the subject ends where its participle opens.
    opened = next((i for i in range(1, verb) if _reduced_participle(words, i)), verb)
    subject = _phrase_head(units[:opened], last=True, names=names)
    pronoun = next((w for w, _ in reversed(units[:verb]) if w in _PERSONAL), None)
    if not subject and pronoun is not None:
        # "That's our responsibility", "You can't want ...": the pronoun is all the
        # subject there is, and without it the id would not read as a sentence.
        subject = [pronoun]
    if subject == ["it"] and _expletive(words, verb):
        # "It's hard to hide a big jet": "it" stands for what follows, and says nothing.
        subject = []
    negated = any(w in _NEGATIONS or w.endswith("n't") for w in words[max(0, verb - 3) : verb + 1])
    # "No photos have been circulated": a "no" opening the subject denies as "not"
    # does; "NBC will take no action": one before the object stays before it.
    negated = negated or (words[0] == "no" and verb > 1)
    denied = not negated and "no" in words[verb + 1 : verb + 3]
    head = words[verb]
    rest = units[verb + 1 :]
    if head in _COPULAS or head in _AUXILIARIES:
        # What the copula says of the subject: "is a deeply dangerous development".
        verb_words = ["is"] if subject == [pronoun] else []
        object_ = _phrase_head(rest, last=False, size=2)
    else:
        verb_words = [head.replace("'", "")]
        object_ = _phrase_head(rest, last=False, size=2)
    if len(object_) == 1 and object_[0] in _TRYING:
        # "captured trying to cross the border": what they tried is the object.
        after = next((n for n, (w, _) in enumerate(rest) if w == object_[0]), len(rest))
        if after + 2 < len(rest) and rest[after + 1][0] == "to":
            object_ = _phrase_head(rest[after + 2 :], last=False, size=2) or object_
    if denied and object_:
        object_ = ["no", *object_]
    picked = [*subject, *(["not"] if negated else []), *verb_words, *object_]
    return _phrase_or_words(picked[:_SLUG_UNITS], units)


_MONTHS_SHORT = frozenset(_words("jan feb mar apr jun jul aug sep sept oct nov dec"))


def _numbered(units: list[tuple[str, bool]], n: int) -> bool:
    """Whether a number follows the unit at `n`."""
    return n + 1 < len(units) and units[n + 1][0][:1].isdigit()


# Words an id does not end on: a quantifier, determiner or preposition wants its noun.
_OPEN_ENDS = (
    _DETERMINERS - frozenset(_words("dozens hundreds thousands"))
    | frozenset(_words("few none either neither each number too"))
    | _PHRASE_END
    | _SLUG_SKIP - frozenset(_words("so well now"))
)


def _phrase_or_words(picked: list[str], units: list[tuple[str, bool]]) -> list[str]:
    """`picked`, or, when it is one word of a longer clause ("hbo" of "HBO will
    do so"), the clause's own first words: a lone word reads as no phrase."""
    picked = list(dict.fromkeys(picked))
    while len(picked) > 1 and picked[-1] in _OPEN_ENDS | _OBJECT_BREAKS:
        picked.pop()
    if len(picked) != 1 or "-" in picked[0]:
        return picked
    words = [
        w
        for w, party in units
        if party or (w not in {"a", "an", "the"} and w.replace("-", "").isalnum())
    ]
    while words[:1] in (["there"], ["it"]) and words[1:2] and words[1] in _COPULAS | _AUXILIARIES:
        words = words[2:]  # "there is", "it is": what there is, what it is
    while words and words[0] in _PHRASE_END | _SLUG_SKIP - {"more", "no"}:
        words.pop(0)
    words = words[:4]
    while words and words[-1] in _OPEN_ENDS | _OBJECT_BREAKS:
        words.pop()
    return words if len(words) > 1 and picked[0] in words else picked


# Nouns of amount before "of" ("a lot of people", "a number of airliners"): the
# noun after them is what there is.
_AMOUNTS = frozenset(_words("lot lots number numbers hundreds thousands dozens couple host"))


def _existential(rest: list[tuple[str, bool]]) -> list[str]:
    """The id words of what an existential says there is (`rest`, after "there is"):
    "no" when there is none, then its words up to the first comma, amounts aside,
    with the preposition that says where or of what kept before its phrase ("There
    is a rat problem at the office" -> rat, problem, at, office), that phrase the
    last; five units at most."""
    picked: list[str] = []
    words = [w for w, _ in rest]
    placed: list[str] = []  # the preposition and the words of its phrase
    for n, (word, party) in enumerate(rest):
        if word == ",":
            break
        if word in _AMOUNTS and words[n + 1 : n + 2] == ["of"]:
            continue
        if words[n : n + 2] == ["at", "all"] and not _slug_word(next(iter(words[n + 2 :]), "of")):
            continue  # "no evidence at all of a shooting"
        if words[n - 1 : n + 1] == ["at", "all"] or tuple(words[n : n + 2]) in _ADVERB_PAIRS:
            continue  # "a risk right now"
        if word in _LINKING and picked and not party and not placed:
            placed = [word]
            continue
        if placed and not party and word in _PRONOUNS | _OBJECT_BREAKS | {"that"}:
            placed = placed if len(placed) > 1 else []
            if placed and word in _RELATIVES | {"that"}:
                # "boats in Tasnor that are missing": what is said of them too.
                said_of = next(
                    (
                        w
                        for w in words[n + 2 : n + 5]
                        if _slug_word(w) and w not in _COPULAS | _AUXILIARIES and not _adverb(w)
                    ),
                    None,
                )
                if said_of is not None and words[n + 1 : n + 2] and words[n + 1] in _COPULAS:
                    placed.append(said_of)
            break  # a clause of its own
        if placed and not party and word in _PHRASE_END:
            if len(placed) > 1:
                break  # the phrase after the preposition ends: the id has its where
            continue
        said = _slug_word(word) and word not in _COPULAS | _AUXILIARIES | _GOVERNING | {"out"}
        if party or (word == "no" and not picked) or said:
            (placed if placed else picked).append(word)
        if len(picked) == 4:
            break
    room = 5 - len(picked) - 1
    if 1 < len(placed) <= room + 1:
        return [*picked, *placed]
    if len(placed) > 1 and room >= 2:
        return [*picked, placed[0], *placed[-room:]]
    return picked


# Prepositions that join what there is to where it is or what it concerns.
_LINKING = frozenset(
    _words("in at on about between within outside inside near against among for to from over")
)


# Why `proposition` made no claim of a content that only says something is
# (`_names_nothing_there`): the article may name what it does not
# (`grouping._made` tries the content again with what it says).
NAMES_NOTHING = "says only that something is, naming no one, no place and no number"
# An existential opening: "there is", "there's", "there have been", "there
# could be", "there seems to be".
_THERE_IS = re.compile(
    r"there(?:['\u2019]s\b|\s+(?:is|are|was|were|(?:has|have|had)\s+(?:(?:not|never|also)\s+)?been"
    r"|(?:will|would|could|can|may|might|must|should)\s+(?:(?:not|never|also)\s+)?(?:be|have\s+been)"
    r"|(?:seems?|seemed|appears?|appeared)\s+to\s+(?:be|have\s+been))\b)",
    re.IGNORECASE,
)


def _names_nothing_there(text: str) -> bool:
    """Whether `text` only says that something is, naming nothing: an existential
    opening ("There is", "There have been") and after it no capitalised word (a
    name, a place, a day) and no digit ("There was a ceasefire", "There's no
    criminal record"); not "There was a ceasefire in Borno", "There were 40
    arrests"."""
    opening = _THERE_IS.match(text)
    if opening is None:
        return False
    # Up to an ellipsis, which ends what it says ("... that he is dead.... This
    # requires verification").
    rest = re.split(r"\.\.\.|\u2026", text[opening.end() :], maxsplit=1)[0]
    if any(ch.isdigit() for ch in rest):
        return False
    return not any(
        word.strip(_EDGE + _QUOTES)[:1].isupper() and word.strip(_EDGE + _QUOTES) != "I"
        for word in rest.split()
    )


# Quantifiers that are a whole subject with no noun: "Some", "None", "Both".
_BARE_PARTS = frozenset(_words("some others none many most all both several neither few"))
# Titles before a name: an id reads "emwazi", not "mr", and the stop after one
# ("Dr. Drake Ramoray") ends no phrase.
_NAME_TITLES = frozenset(_words("mr mrs ms dr prof"))


def _untitled(units: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """`units` less each title before a name and the stop written after it."""
    kept: list[tuple[str, bool]] = []
    n = 0
    while n < len(units):
        word, party = units[n]
        if not party and word in _NAME_TITLES and n + 1 < len(units):
            n += 2 if units[n + 1][0] == "," else 1
            continue
        kept.append((word, party))
        n += 1
    return kept


def _main_clause(units: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The units of the main clause: leading connectives, "I think" and an opening
    clause up to its comma left out."""
    i = 0
    while i < len(units) and (units[i][0] in _LEADS or units[i][0] == ","):
        i += 1
    # "Later, X", "Yesterday, X", "Last week X": when, not what.
    if (
        i + 2 < len(units)
        and units[i][0] in {"last", "this", "next", "earlier", "later"}
        and units[i + 1][0] in _TIMES
        and units[i + 2][0] not in _AUXILIARIES | _COPULAS
    ):
        i += 2
    elif i + 2 < len(units) and units[i + 1][0] == "," and not units[i][1]:
        word = units[i][0]
        if word in _WHEN or (word.endswith("ly") and len(word) > 4):
            i += 2
    elif (
        i + 3 < len(units)
        and units[i][0] in {"almost", "nearly", "very", "so", "quite"}
        and _adverb(units[i + 1][0])
        and units[i + 2][0] == ","
    ):
        i += 3  # "Almost immediately, everybody was talking"
    while i < len(units) and units[i][0] == ",":
        i += 1
    # "I think (that) X", "we believe X".
    if i + 1 < len(units) and units[i][0] in {"i", "we"} and units[i + 1][0] in _WRAPS:
        i += 2
        if i < len(units) and units[i][0] == "that":
            i += 1
    if (
        i + 1 < len(units)
        and (units[i][0].endswith("ly") or units[i][0] in {"soon", "just", "right", "even", "long"})
        and not units[i][1]
        and units[i + 1][0] in _OPENERS
    ):
        i += 1  # "Shortly after ...", "Only when ...": the adverb of an opening clause
    if i < len(units) and units[i][0] in _OPENERS:
        comma = next((j for j in range(i, len(units)) if units[j][0] == ","), None)
        if comma is not None and comma + 3 < len(units):
            i = comma + 1
    units = units[i:] or units
    # An aside set off by commas (", which borders China,") is not the main clause.
    kept: list[tuple[str, bool]] = []
    aside = False
    for n, (word, party) in enumerate(units):
        following = units[n + 1][0] if n + 1 < len(units) else ""
        if word == "," and following in _RELATIVES:
            aside = True
        elif word == "," and aside:
            aside = False
        elif not aside:
            kept.append((word, party))
    return kept or units


def _phrase_head(
    units: list[tuple[str, bool]],
    *,
    last: bool,
    size: int = 2,
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """A noun phrase's head words, the last of its words before a complement.

    For the subject (`last`), the phrase before the verb, the parties it
    names first ("military cooperation between Russia and North Korea" ->
    russia, north-korea, cooperation); for the object, the first phrase after
    the verb ("comprehensive bilateral relations with ..." -> bilateral,
    relations).
    """
    if last:
        ends = (i for i, (w, party) in enumerate(units) if not party and w in _PHRASE_END)
        end = next(ends, None)
        core = units[:end] if end else units
        # "Ryan Roche was pretty much shaking": the subject ends at its auxiliary.
        helper = next(
            (n for n, (w, p) in enumerate(core) if n and not p and w in _AUXILIARIES), None
        )
        core = core[:helper] if helper else core
        content = [n for n, (w, party) in enumerate(core) if party or _slug_word(w)]
        cut = next((n for n in content[1:] if _participle(core, n)), None)
        if cut is not None:
            core = core[:cut]  # "the substance being used in ...": the substance
        words = [
            w
            for n, (w, party) in enumerate(core)
            if not party
            and _slug_word(w)
            and w not in _AUXILIARIES
            # an adverb stays before the word it modifies ("genetically modified"),
            # not before a number, a name or the verb ("nearly 200", "ultimately Apple")
            and (w in names or not _adverb(w) or _modifies(core, n, names))
        ]
        if (
            end is not None
            and units[end][0] == "of"
            and not any(party for _, party in core)
            and (
                not words
                or words[-1] in _PARTITIVE
                # "a number of militants" counts them; "the number of militants" is a number
                or (words[-1] in _COUNTING and units[end - 2 : end - 1] != [("the", False)])
            )
        ):
            # "One of the agency's airdrops", "some of the weapons": the airdrops.
            return _phrase_head(units[end + 1 :], last=True, size=size, names=names)
        # Parties inside the phrase, or after "of", "between" or "from"; not a
        # place the phrase's head is at ("analysts at a base in Florida").
        placed = next(
            (
                i
                for i, (w, party) in enumerate(units)
                if not party
                and w in _PLACING
                and (i + 1 == len(units) or units[i + 1][0] not in {"least", "most"})
            ),
            len(units),
        )
        parties = [w for w, party in units[:placed] if party][:2]
        named = [w for w, party in core if not party and w in names]
        if len(words) >= 2 and words[-2:] == named[-2:]:
            # "Boko Haram leader Abubakar Shekau": the person, not the title's party;
            # a name of three words whole ("Taylor Lianne Chandler").
            whole = len(words) >= 3 and words[-3:] == named[-3:] and words[-3] not in _TITLES
            return words[-3:] if whole else words[-2:]
        return list(dict.fromkeys([*parties, *words[-(1 if parties else size) :]]))
    phrase: list[str] = []
    infinitive: str | None = None
    how: str | None = None
    governed: str | None = None
    for n, (word, party) in enumerate(units):
        following = units[n + 1][0] if n + 1 < len(units) else ""
        previous = units[n - 1][0] if n else ""
        if party:
            phrase.append(word)
        elif previous == "by" and not phrase and word.endswith("ing") and word not in _ING_NOUNS:
            break  # "eliminated by keeping the spider": how, not what
        elif (
            word == "of"
            and phrase
            and (
                (phrase[-1] in _COUNTING and units[n - 2 : n - 1] != [("the", False)])
                or (len(phrase) == 1 and phrase[-1] in _PARTITIVE)
            )
        ):
            phrase.pop()  # "many of its fighters", "a number of occasions": the fighters
        elif word == "such" and following != "as":
            continue  # "such accessories"
        elif (
            word == "to"
            and len(phrase) == 1
            and (phrase[0].endswith("ed") or phrase[0] in _TAKING_INFINITIVE)
            and _slug_word(following)
            and following not in _DETERMINERS
        ):
            # "forced to land", "used to target civilian areas": the infinitive says what
            governed = phrase[0]
        elif (
            (word in _AMOUNT_WORDS and _slug_word(following) and following not in _PHRASE_END)
            or (_adverb(word) and _slug_word(word))
            or (word, following) in _ADVERB_PAIRS
            or (word == "possible" and n and units[n - 1][0] == "as")
            # "as many as 100,000 apps": the apps
            or (word in {"many", "much", "few"} and previous == "as" and following == "as")
        ):
            how = how or (word if _adverb(word) and _slug_word(word) else None)
            continue  # "$800 million contract", "consist entirely of", "right now"
        elif (
            word in _OBJECT_BREAKS
            and word not in {"and", "or"}
            # "after the storm" places; "after he died" is a clause of its own.
            and (word not in _TIMING or following in _PRONOUNS)
            # "are 12, 14 and 16 Elm Road": a list of numbers, not a clause
            and not (word == "," and (following[:1].isdigit() or previous[:1].isdigit()))
        ):
            break  # "is female, after he died": the clause ends before its object does
        elif (
            word in _PHRASE_END
            or word in _AUXILIARIES
            or (phrase and word.endswith("ing") and word not in _ING_NOUNS)
        ):
            if phrase:
                break
        elif _slug_word(word) and word not in _COPULAS:
            if not phrase and n and units[n - 1][0] == "to" and word not in names:
                infinitive = word  # "able to create an app": create, app
            phrase.append(word)
    if infinitive is not None and len(phrase) > 1 and phrase[0] == infinitive:
        return [infinitive, *phrase[1:][-(size - 1) :]]
    if governed is not None and len(phrase) > 2:
        return [governed, phrase[1], phrase[-1]]
    if not phrase and how is not None:
        return [how]  # "does use them interchangeably": how is all there is after the verb
    return phrase[-size:]


# Words that open a clause, or a phrase of time ("after the storm").
_TIMING = frozenset(_words("after before since until"))
_PRONOUNS = frozenset(_words("i we you he she they it"))
# Words whose infinitive after them is what they say ("able to", "likely to").
_TAKING_INFINITIVE = frozenset(
    _words("able unable likely unlikely ready set due willing eager keen going about")
)
# Two words of degree before a verb: "was pretty much shaking".
_MUCH = frozenset([("pretty", "much"), ("very", "much")])
# Words that count what "of" names after them ("many of", "a number of").
_COUNTING = _PARTITIVE - frozenset(_words("part rest half majority minority")) | frozenset(
    _words("much number numbers couple plenty tens scores")
)
# Words of a number written out: "an $800 million contract" is a contract.
_AMOUNT_WORDS = frozenset(_words("million millions billion billions trillion percent per cent"))
# Two words that make one adverb.
_ADVERB_PAIRS = frozenset(
    [
        ("right", "now"),
        ("right", "away"),
        ("up", "to"),
        ("at", "least"),
        ("at", "most"),
        ("pretty", "much"),
        ("very", "much"),
    ]
)


# What follows an adjective after an expletive "it": "hard to", "clear that", "unclear
# whether".
_EXTRAPOSED = frozenset(_words("to that if whether how why what when"))


def _expletive(words: list[str], verb: int) -> bool:
    """Whether "it" before the verb at `verb` stands for a clause after an adjective:
    "It's hard to hide a jet", "It was not yet clear if ...", "It is not appropriate
    for the Government to comment", not "It was a bomb", "It fell in an area"."""
    be = next((n for n in range(1, verb + 1) if words[n] in _COPULAS), None)
    if be is None or words[be + 1 : be + 2] == [] or words[be + 1] in _DETERMINERS:
        return False
    for word in words[verb + 1 : verb + 7]:
        if word == ",":
            return False
        if word in _EXTRAPOSED:
            return True
    return False


def _modifies(units: list[tuple[str, bool]], n: int, names: frozenset[str]) -> bool:
    """Whether the adverb at `n` comes before a word of the phrase it modifies."""
    if n + 1 >= len(units):
        return False
    word, party = units[n + 1]
    return not party and word not in names and _slug_word(word) and not _adverb(word)


def _participle(units: list[tuple[str, bool]], n: int) -> bool:
    """Whether the unit at `n` opens a participle's phrase after a noun: "being"
    ("the drone being used"), or a verb in -ing before its object ("people
    aiding the rebels"), not a noun in -ing ("the office building")."""
    word, party = units[n]
    if party:
        return False
    if word == "being":
        return True
    following = units[n + 1] if n + 1 < len(units) else ("", False)
    return (
        word.endswith("ing")
        and len(word) > 6
        and word not in _ING_NOUNS
        and (following[1] or following[0] in _DETERMINERS)
    )


# Nouns in -ing that head a phrase.
_ING_NOUNS = frozenset(
    _words(
        """
        building meeting funding training bombing shooting hearing ruling warning
        screening understanding trafficking sharing briefing landing offering opening
        beginning spending recording wedding clothing housing killing kidnapping
        bleeding uprising splintering daubing
        """
    )
)


def _main_verb(
    words: list[str], parties: list[bool] | None = None, names: frozenset[str] = frozenset()
) -> int | None:
    """Index of the main verb: past the auxiliaries and adverbs, the first finite
    or past form that opens no participle's phrase after a noun (`_reduced_participle`).

    A word in -s just after the subject and before a determiner or a party
    ("cooperation ... violates UN resolutions", "China urges the ...") is a
    verb too. A word the text writes as a name ("Led Zeppelin") is none.
    """
    marks = parties if parties is not None else [False] * len(words)
    for i, word in enumerate(words):
        if i == 0 and word not in _AUXILIARIES:
            continue
        if marks[i] or (word in names and word not in _AUXILIARIES):
            continue
        if _reduced_participle(words, i):
            continue
        finite = word in _FINITE or (
            # "the recently-discovered graves": a compound modifier, not a verb.
            word.endswith("ed")
            and len(word) > 4
            and word not in _NOT_PAST
            and "-" not in word
            and words[i - 1] != "being"  # "the drug being tested in ...": a participle
            # "an alleged leader", "some advanced features": a modifier
            and words[i - 1] not in _DETERMINERS
        )
        if not finite and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            after = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1]
            finite = (
                (after in _DETERMINERS or (i + 1 < len(marks) and marks[i + 1]))
                and before not in _DETERMINERS
                and before not in _PHRASE_END
            )
        if finite:
            j = i
            while j + 1 < len(words) and (
                words[j] in _AUXILIARIES | _NEGATIONS | {"been", "be"}
                or (j > i and _adverb(words[j]))
            ):
                following = words[j + 1]
                if following == "about" and words[j + 2 : j + 3] == ["to"] and j + 3 < len(words):
                    return j + 3  # "was about to leave": leave
                if _adverb(following) and j + 2 < len(words):
                    j += 1  # "is still working", "was eventually able"
                    continue
                if tuple(words[j + 1 : j + 3]) in _MUCH and j + 3 < len(words):
                    j += 3  # "was pretty much shaking"
                    continue
                if following in _DETERMINERS or (
                    not _slug_word(following) and following not in _NEGATIONS | {"been", "be"}
                ):
                    break
                j += 1
            while j > i and _adverb(words[j]):
                j -= 1
            return j
    return None


# Adverbs in -ly that say how or when, not what: an id leaves them out.
_STILL = frozenset(
    _words(
        "still also just now already even really ever actually almost perhaps maybe rather quite"
        " somewhat fairly"
    )
)
# Words in -ly that are no adverb of that kind.
_LY_WORDS = frozenset(
    _words(
        """
    family italy july early daily elderly likely unlikely deadly friendly holy ugly
    supply reply rally assembly ally anomaly monopoly only lonely costly weekly monthly
    yearly hourly quarterly silly lovely apply comply imply multiply rely belly bully necessarily
    jelly fly butterfly kelly emily sally billy molly orderly burly curly
    """
    )
)


def _adverb(word: str) -> bool:
    """Whether `word` is an adverb an id does without ("still", "eventually")."""
    return word in _STILL or (word.endswith("ly") and len(word) > 4 and word not in _LY_WORDS)


# What a participle after a noun is followed by ("trapped on", "caught attempting"),
# and what opens another clause before a later verb.
_CLAUSE_BREAKS = frozenset(
    _words(
        ", and or but that which who whom whose where when while because if although though"
        " since until after before i we you he she they it"
    )
)


# Words that end an object's search: a clause of its own comes next.
_OBJECT_BREAKS = _CLAUSE_BREAKS - {"it", "that"} | frozenset(_words("what whether how why"))


def _reduced_participle(words: list[str], i: int) -> bool:
    """Whether the past form at `i` opens a participle's phrase after its noun,
    the main verb coming later in the same clause: "Airdrops to minorities
    trapped on mountain cliffs hit the mark", "A man caught attempting to rape
    ... was set upon", not "Police found the car", nor "Residents reported on
    Friday they were shelled"."""
    word = words[i]
    if i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1], words[i + 1]
    past = word in _PARTICIPLES or (
        word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST and "-" not in word
    )
    if (
        past
        and after in _AUXILIARIES - {"do", "does", "did"}
        # "Muslims accepted IS and ...": the group's name, no verb
        and not (after in {"is", "are"} and words[i + 2 : i + 3] in ([], ["and"], [","]))
        and _slug_word(before)
        and before not in _DETERMINERS | _AUXILIARIES | _NEGATIONS | _CLAUSE_BREAKS
    ):
        # "the shots fired could figure": no past tense comes before an auxiliary
        return word not in _TELLING_PAST
    if word in _TELLING_PAST and after != "to":
        return False  # "Residents reported on Friday the army was ...": what they told
    if after.endswith("ing") and word in _ASPECTUAL:
        return False  # "local media started flocking": a verb and its -ing
    if after == "to" and word not in _RAISING:
        return False  # "parents refused to believe the crash had been ...": a verb
    if (
        not past
        or before in _AUXILIARIES | _NEGATIONS | _CLAUSE_BREAKS | {"been", "be", "being"}
        or not _slug_word(before)
        or _adverb(before)
        or not (after in _PHRASE_END - {",", "and", "or", "but", "that"} or after.endswith("ing"))
    ):
        return False
    for later in range(i + 2, len(words)):
        if words[later] in {"be", "been", "being"} and after == "to":
            continue  # "thought to have been planted": the participle's own infinitive
        if words[later] in _CLAUSE_BREAKS | {"be", "been", "being"}:
            return False  # another clause, or a verb of the participle's own phrase
        verb = words[later]
        if words[later - 1] in _DETERMINERS | _PHRASE_END | {"to", "be", "been", "being"}:
            continue
        if words[later + 1 : later + 2] == ["by"]:
            # "officials met with them during talks mediated by Chad": a passive
            # participle with its agent, no main verb ("met", like "talked", is one)
            continue
        if verb in _FINITE or (verb.endswith("ed") and len(verb) > 4 and verb not in _NOT_PAST):
            return True
    return False


# Past forms that are participles as well ("caught", "held", "sent").
_PARTICIPLES = verbforms.PARTICIPLES
# Participles an infinitive follows after their noun: "a groundskeeper scheduled to
# mow the lawn found ...", "a man thought to be the leader was ...".
_RAISING = frozenset(
    _words(
        """
        scheduled expected believed thought said supposed set due known reported alleged
        understood slated designed meant used asked ordered sent told invited chosen elected
        appointed hired paid trained forced formed created established
        """
    )
)
# Verbs whose object is an -ing form: "started flocking", "kept asking".
_ASPECTUAL = frozenset(
    _words("started stopped kept began continued finished quit resumed avoided enjoyed spent")
)
# Past forms of telling: a participle only before "to" ("said to be", "thought to be").
_TELLING_PAST = frozenset(
    _words(
        """
        said told thought reported claimed announced confirmed stated warned added
        believed alleged revealed insisted explained wrote
        """
    )
)


def _slug_word(word: str) -> bool:
    # Numbers say little in an id ("10-troops"); the words around them say more.
    return (
        word.replace("-", "").isalnum()
        and not word[0].isdigit()
        and word not in _SLUG_SKIP
        and word not in _NEGATIONS
        and len(word) > 1
    )


# What a verb in -s is followed by, and what it never follows (`_has_verb`).
_OBJECT_OPENERS = _DETERMINERS - {"more", "most", "many", "several"}
_NOT_BEFORE_VERB = _DETERMINERS | _BEFORE_ADJECTIVE | _PHRASE_END


# The telling of a matter around the matter told: "Websites are claiming X",
# "The firm has heard that people are saying X", "There were reports that X".
# What a claim tracks is X; who tells it is the statement's business, not the
# claim's subject. One who looks into or knows of reports that X ("Jordan was
# looking into the claim that X", "the government is aware of reports that X")
# tells no X: the inquiry is its own proposition, as the gold files it.
# Up to a dozen words: "Developers working on applications for the new watch".
_TELLER = r"(?P<who>(?:[\w'\u2019.&-]+\s+){0,11}?[\w'\u2019.&-]+)\s+"
_TELLING_OPENINGS = (
    re.compile(
        _TELLER + r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:now\s+|also\s+|still\s+|widely\s+)?"
        r"(?:claiming|saying|reporting|alleging|suggesting|speculating|insisting)"
        r"\s+(?:that\s+)?(?P<rest>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        _TELLER + r"(?:has|have|had)\s+(?:also\s+|now\s+)?heard\s+(?:that\s+)?(?P<rest>.+)$",
        re.IGNORECASE,
    ),
    # "It's assumed that X", "it is feared X": X, the assumption a hedge.
    re.compile(
        r"(?P<who>)it(?:['\u2019]s|\s+is|\s+was|\s+has\s+been)\s+(?:widely\s+|now\s+|also\s+)?"
        r"(?:assumed|feared|expected|estimated|suspected|speculated|hoped|presumed)"
        r"\s+(?:that\s+)?(?P<rest>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?P<who>)(?:(?:yesterday|today|earlier|recently|now|then),?\s+)?"
        r"there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:also\s+|now\s+)?"
        r"(?:(?!(?:no|not|never)\b)[\w-]+\s+)?(?:reports?|claims?|suggestions?|allegations?|speculation)"
        r"\s+that\s+(?P<rest>.+)$",
        re.IGNORECASE,
    ),
)
# "..., and witnesses cited as saying X": a second telling run on after the matter;
# "..., it has been reported", "..., emergency services said", "... - doctors say",
# "..., media outlets reported": who told it, after what was told.
# A second matter told, coordinated with the first: "X and witnesses cited as saying
# Y" is the claim "X and Y" (`matter_told`).
_TOLD_TOO = re.compile(
    r",?\s+and\s+(?:[\w'\u2019-]+\s+){1,4}?(?:cited|quoted)\s+as\s+saying\s+(?:that\s+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_TELLING_AFTER = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s*(?:it\s+(?:has\s+been|had\s+been|was|is)\s+"
    r"(?:reported|said|claimed|alleged)"
    r"|(?:(?!(?:no|not|never)\b)[\w'\u2019-]+\s+){0,3}?(?:services|officials|sources|outlets|media|witnesses"
    r"|residents|reports|doctors|police|experts|analysts|authorities|agency|press|relatives)\s+"
    r"(?:said|say|says|reported|report|reports|claimed|claim|told\b[^,;]*|relays?))\s*$",
    re.IGNORECASE,
)
# A word every match of `_TELLING_AFTER` holds (`may_hold`).
_TELLING_AFTER_NEEDS = ("report", "said", "say", "claim", "alleged", "told", "relay")
# What the matter told may not open on: a pronoun or a part of things it does not name.
_NO_MATTER_OPENING = frozenset(
    _words(
        """
        he she they it his her their its him them this that these those we i you our my
        your us me some others none many most all both several neither few one which who
        what whether how why if
        """
    )
)


# A quotation mark opening a word with none to close it after: what is left of a
# quotation the content cut ("The choice was 'tasteless").
_UNCLOSED_QUOTE = re.compile(r"(?<![\w'\u2019])['\u2018](?=\w)(?![^'\u2019]*(?:['\u2019](?!\w)))")


# A verdict said of the clause before it, closing the text: "..., is nothing but a
# lie", "... is categorically false and not supported by any facts", "..., which is
# fake". Not "is made up of": the verdict ends the text or a list goes on after it.
_JUDGED_AFTER = re.compile(
    r"\s*,?\s*(?:which\s+)?(?:(?:is|was|are|were)\s*,?\s+"
    r"(?:(?:categorically|completely|totally|absolutely|entirely|simply|just|clearly|utterly"
    r"|patently|wholly|flatly)\s+)?"
    r"(?:nothing\s*,?\s*(?:but|more\s+than)\s+(?:a\s+|an\s+)?(?:lie|hoax|rumou?r|myth|fabrication)"
    r"|(?:a|an)\s+(?:lie|hoax|fabrication|myth)|false|untrue|not\s+(?:true|real)|fake|baseless"
    r"|unfounded|groundless|fabricated|bogus)"
    # "An article saying X isn't real": the writer's verdict on X, as "is not true".
    r"|(?:is|was|are|were)n['\u2019]t\s+(?:true|real))"
    r"(?:\s*(?:,|\band\b|\bbut\b)\s+.*)?[.!]?\s*$",
    re.IGNORECASE,
)
# The verdicts `_JUDGED_AFTER` names, one of which a text must hold for it to match.
_JUDGED_NEEDS = (
    "lie", "hoax", "rumo", "myth", "fabricat", "false", "true", "fake", "baseless",
    "unfounded", "groundless", "bogus", "real",
)  # fmt: skip


# The text `may_hold` read last, as it reads it: four of five asks are of the
# text asked about just before, as the rules of `proposition` go through it.
_lowered = ("", "")


# Letters outside ASCII that a case-blind regex takes for an ASCII one (dotted
# and dotless i, long s, the Kelvin sign), as that letter.
def may_hold(text: str, parts: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `parts` (lowercase) in any case: a case-blind
    regex that matches only where one of its words is written (`_JUDGED_NEEDS`)
    need not scan a text holding none of them."""
    global _lowered
    last = _lowered  # read once: text and lowered text always from one ask
    if text == last[0]:
        lowered = last[1]
    else:
        lowered = (text if text.isascii() else text.translate(P.ODD_CASE_LETTERS)).lower()
        _lowered = (text, lowered)
    # A plain loop: `any` over a generator costs a frame per ask, and this is asked
    # a dozen times of each claim text.
    for part in parts:  # noqa: SIM110
        if part in lowered:
            return True
    return False


def matter_judged(text: str) -> str:
    """`text` without a verdict said of the whole clause before it: the claim is the
    matter judged ("Cesar Millan had died of a heart attack, is nothing but a lie"
    -> "Cesar Millan had died of a heart attack"), and the verdict is the
    statement's stance toward it. Only when the matter is a clause of its own (a
    verb, three words or more, no pronoun or bare part to open it): "The figure is
    totally bogus" keeps its verdict, as "The figure" would say nothing."""
    found = _JUDGED_AFTER.search(text) if may_hold(text, _JUDGED_NEEDS) else None
    if found is None:
        return text
    matter = text[: found.start()].rstrip(_EDGE)
    words = _words_of(matter)
    if (
        len(words) < 3
        or words[0].lower() in _NO_MATTER_OPENING
        or words[-1].lower() in _DANGLING_END
        # A compound in -ed ("autumnal-themed") is no verb of the clause.
        or not _has_verb([w.strip(_EDGE) for w in matter.split() if "-" not in w])
        or _OBJECT_OF_KNOWING.search(matter)
        # "The photo that shows the shark is fake": a thing and its relative
        # clause, no clause of its own.
        or _noun_and_its_relative(matter)
    ):
        return text
    return matter


# Knowing a thing to be so, before the thing a verdict after it is said of: "had
# known the tale", "were aware that the story".
_KNOWN_THING = re.compile(
    r"\b(?:knew|known|knows?|aware|reali[sz]ed|learn(?:ed|t))\s+(?:that\s+)?"
    r"(?:the|a|an|this|his|her|their|its)\s",
    re.IGNORECASE,
)


def knowing_before(matter: str) -> bool:
    """Whether a verdict after `matter` is what someone knew ("had known the
    tale", "were aware that the story"): the text then states the knowing, and
    the verdict is part of it, not said of a claim."""
    return bool(_KNOWN_THING.search(matter))


def carries_verdict(text: str) -> bool:
    """Whether `text` ends on a verdict of falsehood said of the clause before it,
    which `matter_judged` takes off (quotation marks read as absent)."""
    plain = _QUOTE_MARK.sub("", text)
    return matter_judged(plain) != plain


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


@lru_cache(maxsize=1 << 14)
def shown(text: str) -> str:
    """A claim text as shown: without its hedges (`unhedged`, `unhedged_participle`),
    the matter told (`matter_told`, `clause_told`) and judged (`matter_judged`),
    with no quotation mark left open by a cut quotation."""
    plain = unhedged_apposed(unhedged_participle(unhedged(unsequenced(opened(untagged(text))))))
    told = participle_told(clause_told(matter_told(matter_judged(plain))))
    return _UNCLOSED_QUOTE.sub("", second_clause_told(told))


# A run of two or more hashtags after a post's words, and what follows them (a
# byline and its date): "... covering his face. #cdnpoli #ottnews— Jordan Press".
_TAGS_AFTER = re.compile(r"[\s.,;:!]*(?<![\w#])#\w+(?:[\s,]+#\w+)+\b.*$", re.DOTALL)


def untagged(text: str) -> str:
    """`text` without the hashtags a post ends on, nor the byline after them: "Man
    had a rifle. #cdnpoli #ottnews— Jordan Press October 22, 2014" -> "Man had a
    rifle". Only when what is left has a verb and three words; one tag inside the
    words ("the #BringBackOurGirls campaign") is a name and stays."""
    if text.count("#") < 2:
        return text
    found = _TAGS_AFTER.search(text)
    if found is None or found.start() == 0:
        return text
    left = text[: found.start()].rstrip(_EDGE)
    words = _words_of(left)
    if len(words) < 3 or not _has_verb(words):
        return text
    return left


# A verb of showing or hearing that opens the text, its subject cut off: "Show
# that some of the cargo did reach ...", "Heard from Michael Phelps he is out of
# rehab".
_SHOWN_THAT = re.compile(
    r"(?-i:Shows?|Showed|Proves?|Proved|Suggests?|Suggested|Indicates?|Indicated|Reveals?"
    r"|Revealed|Demonstrates?|Demonstrated|Confirms?|Confirmed)\s+that\s+(?P<rest>.+)$"
)
_HEARD_FROM = re.compile(
    r"(?-i:Heard)\s+from\s+"
    r"(?P<name>(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+)){0,3})"
    r"\s+(?:that\s+)?(?P<pronoun>he|she)\s+(?P<rest>.+)$"
)


def opened(text: str) -> str:
    """`text` made whole when it opens on a verb of showing or hearing whose subject
    was cut off: "Show that some of the cargo did reach its recipients" -> "Some of
    the cargo did reach its recipients"; "Heard from Michael Phelps he is out of
    rehab" -> "Michael Phelps is out of rehab" (the one named tells of himself).
    What is shown or heard must stand alone (its own subject, no pronoun opening
    it, a verb, three words or more); otherwise `text` as it is."""
    if not text[:1].isupper():
        return text
    shown_that = _SHOWN_THAT.match(text)
    if shown_that is not None:
        rest = shown_that.group("rest").strip(_EDGE)
        words = _words_of(rest)
        if (
            len(words) < 3
            or words[0].lower() in _NO_MATTER_OPENING - {"some", "many", "most", "all", "both"}
            or words[0].lower() in _NOT_CLAUSE_OPENING
            or _verb_word(words[0])
            or not _has_verb(words)
        ):
            return text
        return rest[:1].upper() + rest[1:]
    heard = _HEARD_FROM.match(text)
    if heard is not None:
        rest = heard.group("rest").strip(_EDGE)
        words = _words_of(rest)
        if len(words) < 2 or not (_verb_word(words[0]) or words[0].lower() in _AUXILIARIES):
            return text
        return f"{heard.group('name')} {rest}"
    return text


# "Secondly, X", "Finally, X": where X stands in the speaker's list, not part of X.
_SEQUENCING = re.compile(
    r"^(?:Firstly|Secondly|Thirdly|Fourthly|Fifthly|Lastly|Finally|First|Second|Third"
    r"|Fourth|Fifth|Next),\s+(?=\w)"
)


def unsequenced(text: str) -> str:
    """`text` without an opening adverb that says where it stands in a list:
    "Secondly, the sounds do not match" -> "The sounds do not match"."""
    found = _SEQUENCING.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    return rest[:1].upper() + rest[1:]


# "X is, however, believed to be Y": a word set off by commas between the copula
# and the hearsay (`_HEARSAY`), which then takes the hedge out as without it.
_SET_OFF_BEFORE_HEARSAY = re.compile(
    r"\b(?P<copula>is|are|was|were),\s*(?:however|though|also|now|still|therefore|moreover"
    r"|meanwhile|too),\s+(?=(?:widely\s+)?(?:believed|thought|said|understood|reported|alleged"
    r"|rumou?red|reputed|suspected|presumed|feared)\s+to\s+)",
    re.IGNORECASE,
)
# "a German national, thought to be a teacher, who ...": a noun phrase set beside
# another as what others take it to be. The noun phrase is what the text says it is.
_HEARSAY_APPOSED = re.compile(
    r"(?P<before>[\w'\u2019.)-],\s+)(?:widely\s+|also\s+|now\s+)?"
    r"(?:said|believed|thought|reported|rumou?red|alleged|understood|reputed|suspected"
    r"|presumed)\s+to\s+be\s+(?=(?:the|a|an|one|among)\s)"
)


def unhedged_apposed(text: str) -> str:
    """`text` without the hearsay on a noun phrase set off beside another, or
    parted from its copula by a word between commas: "a catfish, thought to be the
    biggest ever caught" -> "a catfish, the biggest ever caught"; "Bary is,
    however, believed to be a fighter" -> "Bary is a fighter". Only before a
    determiner ("a man, said to be hiding" keeps it: no noun phrase follows)."""
    if not may_hold(text, _HEARSAY_NEEDS):
        return text
    set_off = _SET_OFF_BEFORE_HEARSAY.sub(lambda m: m.group("copula") + " ", text)
    if set_off != text:
        plain = _HEARSAY.sub(_unhedge, set_off)
        if plain != set_off:
            text = plain
    return _HEARSAY_APPOSED.sub(lambda m: m.group("before"), text)


# "X but that Y", "X, and that Y": a second clause of indirect speech joined by a
# conjunction, its "that" the telling verb's, left when the telling is cut off.
_SECOND_THAT = re.compile(
    r"(?P<join>,?\s+(?:but|and)\s+)that\s+(?=(?P<subject>[\w'\u2019]+)\s+(?P<next>[\w'\u2019]+))"
)
# What opens the subject of a clause after "that": a pronoun, a determiner, a name.
_SUBJECT_OPENING = frozenset(
    _words("he she they it we i there the a an his her their its our some no one two three")
)
_SUBJECT_PRONOUNS = frozenset(_words("he she they it we i there"))


def second_clause_told(text: str) -> str:
    """`text` without the "that" of a second clause told after a conjunction: "A
    raid had sought to rescue Somers but that he was not at the site" -> "A raid
    had sought to rescue Somers but he was not at the site". Only when what comes
    before has a verb of its own and the "that" opens a clause: a subject pronoun,
    a determiner or a name, then no "that"-clause verb at once ("but that didn't
    help": "that" is the subject)."""
    if " that " not in text:
        return text

    def plain(match: re.Match[str]) -> str:
        subject, after = match.group("subject"), match.group("next")
        lower = subject.lower()
        before = _words_of(text[: match.start()])
        if (
            len(before) < 3
            or not _has_verb(before)
            or lower in _AUXILIARIES
            or _verb_word(subject)
            or not (lower in _SUBJECT_OPENING or subject[:1].isupper())
        ):
            return match.group()  # "but that didn't help": "that" is the subject
        if lower in _SUBJECT_PRONOUNS and not (
            _verb_word(after) or after.lower() in _AUXILIARIES or after.lower().endswith("n't")
        ):
            return match.group()
        return match.group("join")

    return _SECOND_THAT.sub(plain, text)


# "X, estimating that Y": a participle of telling whose subject is the speaker of
# X, cut off before it; Y is what the speaker goes on to say.
_PARTICIPLE_TOLD = re.compile(
    r",\s+(?:estimating|adding|noting|saying|claiming|stating|insisting|arguing|explaining"
    r"|predicting|warning)\s+that\s+(?P<rest>.+)$"
)


def participle_told(text: str) -> str:
    """`text` with a dangling participle of telling after a comma made a second
    clause: "The glass is costly, estimating that Apple pays $30 for it" -> "The
    glass is costly, and Apple pays $30 for it". What it tells must stand alone
    (its own subject, no pronoun, a verb); otherwise `text` as it is."""
    if ", " not in text or "ing that " not in text:
        return text
    found = _PARTICIPLE_TOLD.search(text)
    if found is None:
        return text
    rest = found.group("rest").strip(_EDGE)
    words = _words_of(rest)
    before = _words_of(text[: found.start()])
    if (
        len(words) < 3
        or len(before) < 3
        or words[0].lower() in _NO_MATTER_OPENING
        or words[0].lower() in _NOT_CLAUSE_OPENING
        or _verb_word(words[0])
        or words[-1].lower() in _DANGLING_END
        or not _outside_verbs(" ".join(words[1:]))
        or _TELLER_PRONOUN.search(rest) is not None
    ):
        return text
    return f"{text[: found.start()]}, and {rest}"


# "a ceasefire deal said to have been signed", "a car bomb thought to have been
# planted by the group": a participle's phrase after its noun, hedged as what others
# say. (`_HEARSAY` takes the hedge of a finite verb: "is said to have been".)
_HEARSAY_PARTICIPLE = re.compile(
    r"(?P<before>\b[\w'\u2019-]+,?\s+)"
    r"(?:said|believed|thought|reported|rumou?red|alleged|understood|reputed|suspected"
    r"|presumed)\s+to\s+have\s+been\s+(?=(?P<done>[a-z]+)\b)"
)


def unhedged_participle(text: str) -> str:
    """`text` without the hearsay on a participle's phrase after a noun: "a deal
    said to have been signed in Chad" -> "a deal signed in Chad"; "a bomb, thought
    to have been planted by rebels," -> "a bomb, planted by rebels,". Only when a
    participle follows ("been signed", "been made"; "been there" keeps it) and the
    word before is no verb or auxiliary ("is said to have been" is `_HEARSAY`'s)."""
    if not may_hold(text, ("to have been",)):
        return text

    def plain(match: re.Match[str]) -> str:
        before = _words_of(match.group("before"))
        done = match.group("done")
        if (
            not before
            or before[-1].lower() in _AUXILIARIES
            or before[-1].lower() in _BE
            or before[-1].lower() in _ADVERBS
            or not (done in verbforms.PARTICIPLES or done.endswith(("ed", "en", "wn")))
        ):
            return match.group()
        return match.group("before")

    return _HEARSAY_PARTICIPLE.sub(plain, text)


def unhedged(text: str) -> str:
    """`text` without the words that say how sure its speaker is of it (SPEC.md,
    "claim": attribution and hedge words removed); the statement's content keeps them.

    "ISIS could potentially attack" -> "ISIS could attack"; "the officer appeared to
    be delayed" -> "the officer was delayed"; "the package may have fallen into
    their hands" -> "the package fell into their hands" (in the first clause only:
    a later one may be what would have been, "if ..., it might have been
    averted"); "X, but it seems Y" -> "X, but Y". The words a claim is matched on
    keep the hedge."""
    if may_hold(text, ("potentially", "possibly", "probably", "presumably", "perhaps", "likely")):
        text = _HEDGING_ADVERB.sub(_unhedged_verb, text)
        # "Presumably, X", "X, probably", "X — presumably to announce Y": the
        # adverb set off by its comma or dash is the speaker's sureness alone.
        text = _SET_OFF_HEDGE.sub(
            lambda m: "" if m.end() == len(m.string) else (m.group("lead") or ""), text
        )
    if may_hold(text, ("ately", "sadly", "ttably", "ckily", "gically")):
        # "but, unfortunately, in this case": the commas around it go with it.
        text = _ATTITUDE.sub(
            lambda m: " " if m.group("before") and m.group("after") else (m.group("before") or ""),
            text,
        )
    if may_hold(text, ("seem", "appear")):
        text = _SEEMS_INSIDE.sub(lambda m: m.group("lead"), text)
        text = _SEEMS_TO.sub(_unseem, text)
    if may_hold(text, ("may", "might")):
        text = _MAY_HAVE.sub(_past_for_may_have, text)
    if may_hold(text, ("may be", "might be", "could be")):
        text = _MAY_BE_DOING.sub(_present_for_may_be, text)
    return text[:1].upper() + text[1:] if text else text


def matter_told(text: str) -> str:
    """`text` without the telling wrapped around what it tells.

    "Islamist websites are claiming extremists have kidnapped a woman" ->
    "Extremists have kidnapped a woman"; "Durex has heard that people are
    saying Durex launched a condom" -> "Durex launched a condom"; "There were
    reports that gunmen had killed several people" -> "Gunmen had killed
    several people"; "X, and witnesses cited as saying Y" -> "X and Y". The
    teller must be a noun phrase (no verb of its own), and what is told must
    stand alone: a verb, three words or more, no pronoun or bare part to open
    it ("I've heard that he's suspended" keeps its telling, as "he" would name
    no one). Otherwise `text` is returned as it is."""
    told_too = _TOLD_TOO.search(text) if may_hold(text, ("saying",)) else None
    if told_too is not None:
        # What a doubt or denial of the claim answers may be that second matter
        # ("... and witnesses cited as saying they have seen planes fly"): it stays,
        # without its telling when it stands alone, else with it.
        rest = told_too.group("rest").strip(_EDGE)
        words = _words_of(rest)
        if (
            len(words) >= 3
            and words[0].lower() not in _NO_MATTER_OPENING
            and _has_verb(words)
            and not _STANDING_PRONOUN.search(rest)
        ):
            text = f"{text[: told_too.start()].rstrip(_EDGE)} and {rest}"
    for _ in range(2):  # "..., witnesses told the agency, the wire service relays"
        cut = _TELLING_AFTER.sub("", text) if may_hold(text, _TELLING_AFTER_NEEDS) else text
        if cut == text:
            break
        cut = cut.rstrip(_EDGE)
        if not _has_verb(_words_of(cut)) or len(_words_of(cut)) < 3:
            break
        text = cut
    for _ in range(3):
        for pattern in _TELLING_OPENINGS:
            found = pattern.match(text)
            if found is None:
                continue
            who = _words_of(found.group("who"))
            if who and (
                _has_verb(["", *who])
                or any(w.lower() in {"who", "which", "that", "not", "never"} for w in who)
            ):
                continue  # "Officials who fled are claiming": a clause, not a teller
            rest = found.group("rest").strip(_EDGE)
            words = _words_of(rest)
            if (
                len(words) < 3
                or words[0].lower() in _NO_MATTER_OPENING
                or words[-1].lower() in _DANGLING_END
                or not _has_verb(words)
                or rest.rstrip(_QUOTES).endswith("?")
            ):
                continue
            text = rest[:1].upper() + rest[1:]
            break
        else:
            return text
    return text


# A teller and its verb of saying, confirming, reporting or believing before the
# clause it tells: "Ottawa Civic Hospital confirmed two people have been taken to
# hospital", "Piper Jaffray believes the bands will cost $29". ("thought" is
# left: "Lin thought the man might buy alcohol" is what he no longer thinks.)
_CLAUSE_TOLD = re.compile(
    _TELLER
    + r"(?P<perfect>(?-i:has|have|had)\s+)?(?:also\s+|now\s+|still\s+|later\s+|previously\s+)?"
    r"(?:(?-i:confirmed|confirms|reported|reports|announced|announces|revealed|reveals"
    r"|said|says|stated|states|claimed|claims|believes|believe|believed)"
    r"|(?P<only_that>(?-i:assured|assures|noted|notes|cautioned|cautions|warned|warns|insisted"
    r"|alleged|alleges|allege"
    r"|insists|boasted|boasts|speculated|speculates|stressed|stresses|acknowledged"
    r"|acknowledges|(?:expressed|voiced|raised)\s+(?:fears|concerns?))))"
    r"\s+(?P<that>that\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# Its verbs, in lower case as it matches them: a text holding none is not scanned.
_CLAUSE_TOLD_NEEDS = (
    "confirm", "report", "announc", "reveal", "said", "says", "stated", "states", "claim",
    "believ", "assure", "note", "caution", "warn", "insist", "boast", "speculat", "stress",
    "acknowledg", "fears", "concern", "allege",
)  # fmt: skip
_TELLER_PRONOUN = re.compile(
    r"\b(?:he|she|him|his|her|hers|himself|herself|it|its|itself|they|them|their|themselves)\b",
    re.IGNORECASE,
)
# "It is obvious that X", "it was clear that X": how plain X is to the speaker, X.
_PLAINLY_SO = re.compile(
    r"it(?:['\u2019]s|\s+is|\s+was|\s+has\s+been|\s+had\s+been|\s+became)\s+"
    r"(?:now\s+|also\s+|quite\s+|very\s+|abundantly\s+|perfectly\s+|increasingly\s+)?"
    r"(?:obvious|clear|evident|apparent|plain|undeniable)\s+that\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# What the clause a teller tells may not open on, besides `_NO_MATTER_OPENING`:
# a preposition or an adverb of the telling ("said in a statement that X",
# "reported on Monday X"), an answer ("said no and ..."), a conjunction.
_NOT_CLAUSE_OPENING = _PREPOSITIONS | frozenset(
    _words(
        """
        to for of about during after before when if as no yes so not and but or only
        earlier yesterday today tonight recently last this next there here than
        """
    )
)


def clause_told(text: str) -> str:
    """`text` without a teller and its verb of saying, confirming, reporting or
    believing before the clause it tells, or without "it is obvious that": the
    claim is the clause.

    "Ottawa Civic Hospital confirmed two people have been taken to hospital" ->
    "Two people have been taken to hospital"; "Security officials believed the
    victims had been driven to the end of the track" -> "The victims had been
    driven to the end of the track"; "It is obvious that children lack health
    education" -> "Children lack health education". A teller's fears, warning,
    assurance, note or speculation, or a telling in the perfect, tells a clause only
    after "that" ("officials expressed fears that militants could attack" ->
    "Militants could attack"), and only a clause no less clear than the whole
    (`clarity`: not one opening on a description its article resolves, "the
    purported meteorite"). The teller must be a noun
    phrase (no verb of its own), and the clause must stand alone: it opens on
    its subject (not a pronoun, a bare part, a preposition, an adverb or a
    verb), has a verb, three words or more. Otherwise `text` is returned as it
    is."""
    plainly = _PLAINLY_SO.match(text)
    found = plainly or (
        _CLAUSE_TOLD.match(text) if any(verb in text for verb in _CLAUSE_TOLD_NEEDS) else None
    )
    if found is None:
        return text
    # The verbs read only before "that", and a perfect ("had confirmed the death of
    # X"): "officials warned residents to leave" tells no clause.
    more = plainly is None and bool(found.group("only_that") or found.group("perfect"))
    if more and not found.group("that"):
        return text
    if plainly is None:
        who = _words_of(found.group("who"))
        if (
            # "A committee formed to investigate the crash": a participle of the teller's.
            _has_verb(["", *_participles_left_out(who)])
            or any(
                w.lower() in {"who", "which", "that", "what", "not", "never", "it", "there"}
                for w in who
            )
            # "The Islamic State's reported attacks", "dozens of reported attacks": an
            # adjective before its noun.
            or who[-1].lower() in _DETERMINERS
            or who[-1].lower() in _PREPOSITIONS
            or who[-1].lower() in {"of", "for", "to", "about", "with", "and", "or"}
            or who[-1].lower().endswith(("'s", "\u2019s", "s'", "s\u2019"))
        ):
            return text  # "Officials who fled said X", "It was reported X": no teller
    rest = found.group("rest").strip(_EDGE)
    quoted = re.match(
        r"\s*(['\u2018\"\u201c])[^'\u2019\"\u201d]+['\u2019\"\u201d]\s", found.group("rest")
    )
    if quoted is not None:
        # "'two or three' gunmen were ...": the quotation its subject opens on stays whole.
        rest = found.group("rest")[quoted.start(1) :].rstrip(_EDGE)
    own = plainly is None and _teller_itself(found.group("who"), rest)
    if own:
        # "An old woman reported that she was slapped": the teller is the subject.
        rest = found.group("who").strip(_EDGE) + rest[rest.index(" ") :]
    words = _words_of(rest)
    if (
        len(words) < 3
        or words[0].lower() in _NO_MATTER_OPENING
        or words[0].lower() in _NOT_CLAUSE_OPENING
        or words[0].lower().endswith("ing")
        or _verb_word(words[0])
        or words[-1].lower() in _DANGLING_END
        # A finite verb of its own: "believed the identity to be accurate" tells no
        # clause; after "that" a clause follows, its verb perhaps past a relative one.
        or not (_outside_verbs(" ".join(words[1:])) or (found.group("that") and _has_verb(words)))
        or rest.rstrip(_QUOTES).endswith("?")
        # "Thomas believed the spider had burrowed into his abdomen", "the ministry
        # said a raid by its forces freed X": a third person in the clause may be
        # the teller, whom the claim would lose.
        or (plainly is None and not own and _teller_pronoun(rest))
    ):
        return text
    if rest.count("(") > rest.count(")") and found.group("rest").rstrip().endswith(")"):
        rest += ")"  # "on Sunday (Sept. 7)": the edge taken off was its own
    first = next(n for n, c in enumerate(rest) if c.isalnum())
    told = rest[:first] + rest[first].upper() + rest[first + 1 :]
    if more and clarity(told) < clarity(text):
        # "Officials have speculated that the purported meteorite ...": a clause
        # only its article makes plain is no clearer than its telling.
        return text
    return told


def _teller_pronoun(clause: str) -> bool:
    """Whether a third person in a told `clause` may be its teller: any but a
    "their" after the clause's own plural subject, which is that subject's
    ("consumers should temper their hopes"), as a possessive is of the nearest
    subject that agrees with it."""
    found = _TELLER_PRONOUN.search(clause)
    if found is None:
        return False
    opening = subject_of(clause)
    subject = _words_of(opening)
    return not (
        subject
        and _plural_noun(subject[-1])
        and found.group().lower() == "their"
        and found.start() >= len(opening)
        and _TELLER_PRONOUN.search(clause, found.end()) is None
    )


def _teller_itself(teller: str, clause: str) -> bool:
    """Whether `clause` opens on the "she" or "he" its teller is: "an 82-year-old
    woman reported that | she was slapped", a teller of one person whose head
    says which."""
    opening = re.match(r"(she|he)\s+\w", clause)
    words = _words_of(teller)
    if opening is None or not words or words[0].lower() not in {"a", "an", "the"}:
        return False
    head = words[-1].lower()
    women = head in _FEMININE or head.endswith("woman")
    men = head in _MASCULINE or (head.endswith("man") and not women)
    return (women and opening.group(1) == "she") or (men and opening.group(1) == "he")


# A third-person pronoun standing for someone or something, not a possessive.
_STANDING_PRONOUN = re.compile(r"\b(?:it|them|they|he|she|him)\b")
# A text opening on a definite description or a demonstrative, which only its
# article says the referent of: "The suspect was ...", "These cases are ...".
_DESCRIBED_OPENING = re.compile(r"^(?:the|this|that|these|those)\s+(?-i:[a-z0-9])", re.IGNORECASE)
# A demonstrative before a noun anywhere ("after this rumour"); times aside.
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:week|weekend|month|year|morning|afternoon|evening"
    r"|time|summer|winter|spring|autumn|fall|season)\b)(?-i:[a-z])",
    re.IGNORECASE,
)
# A hedge or a telling left in a text: what it says is so is not stated as so.
_LEFT_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|probably|reportedly|allegedly|apparently"
    r"|purportedly|supposedly|rumou?red|according\s+to|said|says|claimed|claims|reported)\b",
    re.IGNORECASE,
)
# What a cut clause ends on: a function word, or "what" / "including" with nothing after.
_CUT_END = _DANGLING_END | frozenset(_words("what that including of to in on at for with from as"))


# The highest `clarity`: a text naming an actor that no test finds unclear.
CLEAREST = 1


def hedged_after(content: str) -> bool:
    """Whether a content ends on a hedge set off after its proposition ("He knows
    all the tactics, probably", "it is real- sort of", "they will win, I think"):
    its speaker offers the proposition only as a guess."""
    return may_hold(content, _HEDGE_AFTER_NEEDS) and _HEDGE_AFTER.search(content) is not None


@lru_cache(maxsize=1 << 14)
def clarity(text: str, *, named: bool = False) -> int:
    """How plainly `text` states a proposition that stands alone, by general tests:
    a subject that is no pronoun, demonstrative or bare definite description, no
    pronoun or demonstrative left elsewhere, a finite verb, not cut mid-clause, no
    hedge or telling left; `named` says whether it names an actor (a party or a
    proper name). Higher is clearer; only differences mean anything.

    "Boko Haram agreed to a ceasefire" (named) outranks "The group agreed to it",
    which outranks "Agreed to".
    """
    words = _words_of(text)
    if not words:
        return -10
    score = 1 if named else 0
    if _UNNAMED_SUBJECT.match(text) or _DEICTIC.match(text):
        score -= 2
    elif _DESCRIBED_OPENING.match(text):
        score -= 1
    rest = text.partition(" ")[2]  # a pronoun opening it counted already
    # A possessive in a text that names someone may be theirs ("Lucy Smith
    # learned of her brother's death"); a pronoun standing for a person is not.
    left = _STANDING_PRONOUN if named else _THIRD_PERSON
    if left.search(rest) or _SPEAKER_OR_HEARER.search(rest):
        score -= 1
    if _DEMONSTRATIVE.search(text):
        score -= 1
    if not _has_verb(words):
        score -= 2
    if words[-1].lower() in _CUT_END or text.count("(") != text.count(")"):
        score -= 1
    if _LEFT_HEDGE.search(text):
        score -= 1
    if len(words) < 4:
        score -= 1
    if _RUN_IN.search(text) or _headline(words):
        # A caption or headline run into the text, or the text a headline.
        score -= 2
    return score


# A sentence's "The" after a word in lower case with no stop between: a caption
# or a heading run into the text ("checking the crater The meteorite left ...").
_RUN_IN = re.compile(r"(?-i:[a-z,])\s+(?-i:The)\s+(?-i:[a-z])")


def _headline(words: list[str]) -> bool:
    """Whether words are written as a headline is: every word longer than three
    letters capitalised ("Turkeys Contaminated With Ebola"; not a name and its
    verb, "Abdel Majed Abdel Bary had the talent")."""
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def subject_of(text: str) -> str:
    """The words of `text` before its first finite verb: its subject, with what
    opens the clause before it ("Boko Haram" of "Boko Haram agreed to talks")."""
    words = text.split()
    for at, word in enumerate(words[1:], 1):
        if _verb_word(word.strip(_EDGE)):
            return " ".join(words[:at])
    return ""
