"""Stance: does a party assert, deny or dispute the claim a statement is filed under?

A statement's stance is its party's position toward the claim it is filed
under, not the grammar of its sentence. It is decided twice: once by itself
(`classify_stance(cue, content, lexicon)`), which grouping uses to find what a
denial answers, and again against the claim the statement joins
(`classify_stance(cue, content, lexicon, claim=text)`), which the ledger keeps.

First, a statement may take no position at all (`Lexicon.takes_position`):
"could not confirm", "declined to comment", "would not comment on rumours",
"could not be reached", "is not in a position to say", "did not respond",
"asked whether". Such a remark is neither a denial nor a doubt; extraction
does not record it as a statement.

Otherwise the statement's own attitude to what it talks about comes from the
first rule that fires:

1. The cue is a denial verb ("denied", "has rejected", "dismissed") -> denies,
   unless what is denied is a charge of falsehood ("denies the hoax claims",
   "rejected the fabrication allegations"): two denials make an assertion.
2. The cue is a doubting or belittling verb ("questioned", "cast doubt on",
   "downplayed", "brushed off", "wondered whether") -> disputes. A negated
   denial or doubt ("did not deny", "never disputed") -> asserts.
3. The content calls something false ("not true", "baseless", "made up",
   "no truth to", "no such deal", "a lie", "hoax", "fake") -> denies; "not
   fake", "no hoax" cancel out; asked in a yes/no question ("Was it all a
   hoax?") -> disputes. A content that is only a contrary ("reports to the
   contrary") denies.
4. The content doubts without a flat denial ("has no evidence", "no proof",
   "unconfirmed", "unverified", "sceptical", "premature", "unlikely", "too
   early to say", "not supported by", "had not received word", "I would be
   surprised if", "still looking into it", "assessing the validity of")
   -> disputes; a flat denial elsewhere in it wins. A search that found none
   of a thing ("we found no signs of foul play") is a finding, a negative
   sentence that negates the thing, not a doubt. Not knowing
   doubts when the speaker does not know ("we just don't know") or what is
   not known is whether something is so; "the left hand doesn't know what
   the right hand is doing" says something of someone else, and "I don't
   know if you heard" is a way of telling.
5. With no stance in the cue, a denial or doubting verb in the content
   ("Pyongyang has rejected accusations ...") decides as in 1 and 2;
   "shoot down" is one only when it downs a claim, not an aircraft, and so
   is scorn poured on a story ("slammed reports of", "ridiculed the
   rumours"). Unnamed others' doubt ("some people question why ...",
   "critics have doubted ...") is theirs, reported, not the speaker's.
   Inventing what was told ("made up the story", "staged his video", "faked
   the photos") denies it, and doubts it when asked ("Did he
   stage the video?"). A passive ("a claim that was later disputed by ..."),
   a noun or adjective ("their challenge", "the contested city"), questioning a
   person ("police questioned a man") and questions raised about nothing
   ("raises interesting questions") are not the speaker's doubt, nor is a
   quarrel named by a noun ("a pay dispute", "a dispute over pay") or an
   event shrugged off ("markets shrug off the blast"; "shrugged off the
   reports" doubts them); a court dismissing cases and a dismissal "from
   service" deny nothing.
6. Otherwise the statement asserts its content, negation included: "she won't
   talk to me", "the company has no plans to sell", "the soldiers were not
   considered a threat" assert those propositions.

Against a claim, that attitude is then read relative to the claim's text:

- The claim's text may carry an attitude of its own ("The video is a hoax",
  "There is no proof that ..."). A statement that takes the same attitude
  agrees with it and asserts the claim.
- Denial and doubt words in the content ("false", "no evidence") count only
  when they can be about the claim: the content points back ("the reports are
  baseless"), is one short clause ("Crabzilla is definitely not real"), or
  shares words with the claim. A content that says the claim's own words and
  only then doubts ("... a bright fireball. So I'm very sceptical") doubts
  something else, unless the verdict closes those words ("claims that X were
  false", "X is a hoax"), and one that restates a negative claim and calls the
  contrary a lie agrees with it. A denial or doubting cue ("rejected",
  "questioned") always counts.
- A negation in the content's main clause contradicts the claim when what it
  negates is what the claim says: the negated predicate shares a word with
  the claim ("did not send troops" against "North Korea sent troops", "no
  plans to sell" against "plans to sell", "in Nevada, not Texas" against "...
  in Texas"), and the claim does not negate it too. A negative claim is read
  the same way from the other side. Contradicting content turns an assertion
  into a denial and a denial into an assertion; a doubt stays a doubt.
  What is negated is the predicate's head, read past "want to", "plans to",
  "allowed to" to the infinitive, past a quoted adverb, through "X or Y" to
  both, and after a longer negated subject its verb ("no militants were
  killed": killed). "Not ... until" puts off and negates nothing; a "no" that
  names a kind of thing ("a no-fly zone") negates nothing, nor does saying
  "no" ("she said no and left"); not knowing is said
  of the knower and contradicts no claim that another knows, and not having
  received word of a thing agrees with a claim that someone has not received
  word of it ("had not received word about the ceasefire" against "is yet to
  receive any order on the ceasefire"). The claim's
  words said verbatim say its negations too, and "rather than X" or "instead
  of X" in one text agrees with "not X" in the other, as "without X" does
  ("would not have access" and "would be without access"). After a negated
  subject with no auxiliary, its verb in "-s" is what is negated ("none of
  the bodies found there belongs to the students": belongs, not found).
- A negated predicate that the claim's predicate entails contradicts it too:
  "he is not dead" against "he was killed", since whoever was killed died.
- Against a claim found by the words they share (the ledger's grouping,
  `classify_stance(..., grouped=True)`), not given as what the statement
  speaks of, a negation with no denial or doubt word contradicts only when it
  reaches the claim's predicate: a negated word is that predicate, or the
  predicate of the clause the negation stands in is said of the claim
  (`denies_predicate_of`). "Neither actor had begun talks" shares a name with
  "the actor passed on the role" and asserts a proposition of its own. "Not
  all X" says that some are not, and negates nothing of X.
- A number that differs from the claim's number for the same thing ("3,000
  troops" against "10,000 troops") contradicts the claim, unless the claim
  gives that number elsewhere ("at least 10, six shots and then four") or it
  is the same figure with its "million" or "billion" left out.
- A negation of a deed done "by" someone the claim does not name as its doer
  ("nor an announcement made by the insurgent group" against "the truce was
  announced by Badeh") says nothing of the claim's doer.
- A negation that falls on a month through a day the claim does not give
  denies that day, not the claim: "will not be the 24th of February" against
  an event "during the month of February"; against "on February 24" it
  contradicts.
- A state that excludes what the claim says befell its subject contradicts
  it: whoever "is alive" has not died or been killed, whatever "is safe" or
  "remains unharmed" has not been stolen, seized, kidnapped or killed. It is
  read in the main clause of a plain statement of a plain claim only: a
  statement that already denies ("the rumours were false: she is alive")
  keeps its denial.

The negation must sit in the main clause: one inside a relative or adverbial
clause ("a man who never showed up"), in the terms of an agreement or a promise
("an agreement that the supplier will not make watches for rivals"), or in a
second reported clause ("said A and that B was not ..."), belongs to the
content. An alternative ("or not"), an imperative ("don't shoot"), a negated
infinitive ("reasons not to give up") or a negated gerund after a preposition
("fed up with not finding love") negates no predicate. A contrast negates what
sets its two sides apart: "the First Woman, not the First Lady" negates "lady",
not the "first" both share.

Some words only look like a stance:

- A denial under a modal ("this may be a hoax", "it could quite easily be
  fake") is a doubt; reports of a death "greatly exaggerated" or "premature"
  deny it. A swindle named after a preposition ("jailed over a phone scam")
  is a deed, and calls nothing told false.
- A doubt negated where it stands ("it's not too early to say") is none, and
  so is being at a loss ("I don't know what to say"), "sceptical" said of
  others ("countered by sceptical ones") and questions answered or asked ("to
  answer questions about").
- A cue word after a modifier ("an eating contest", "non-binding dispute
  resolution", "technical challenges") is a noun; a genre before a noun ("a
  propaganda video", "prank calls") names a kind of thing; a cue verb in a
  relative clause ("for those who deny its existence") is someone else's.
- A scornful adjective before a thing ("these ridiculous names") describes
  it; before something told ("these ridiculous claims") it still denies.
- A denial or doubt in a clause of concession or contrast with a subject of
  its own ("despite the archbishop moving to rubbish the claims", "while
  lawmakers remained sceptical") is that subject's.
- Speculation or scepticism that something stirs or spreads ("amid
  speculation about his health", "passing on speculation", "to post
  propaganda"), or that spreads itself ("after misinformation circulated
  about him"), is others'; "a false flag" names a kind of operation.
- A purpose ("released for propaganda") is no verdict, and a doubt granted in
  an opening concession ("While it is unclear who will play him, ...") gives
  way to the point that follows.
- Denying or dismissing a person ("dismiss him") refuses or removes them,
  and rejecting an offer, a deal, a contract or a sum ("he rejected a $500m
  reunion tour"), by the cue or by a verb in the content, refuses it: the
  statement asserts that it was refused. Denying a thing granted ("deny
  permits to vendors", "denied him boarding", "denied bail") withholds it,
  and the statement asserts that. Ruling something out still denies
  it. A swindle that something holds or runs ("the e-mail may have contained a
  phishing scam") is a deed, no verdict. Declining to comment "on rumour or
  speculation" takes no position.

Against a claim, more of the sentence is read:

- A short denial whose subject is a thing it names that the claim does not
  speak of ("this account is a fake" against a claim about cities) is about
  that thing; one about what was told ("that tale is false") still points back.
- A doubt that names a thing, a deed or a question the claim does not speak
  of ("no signs of foul play" against "was found dead", "unclear if they carry
  missiles" or "unclear how the library compares" against "training pilots")
  is about something else. So is a doubting verb that takes a property of a
  thing the claim does not speak of ("questioned their viability" against
  "militants have captured jets"); a telling, a truth or figures questioned
  ("the report", "its authenticity", "the figures") and a clause ("I doubt
  the minister resigned") still doubt what was told. A doubt that the
  claim's matter causes ("the late start of production will make
  questionable Apple's statements that X") takes the claim for granted. A
  question is about what it asks of its subject: "unclear if the meteorite
  disintegrated" does not doubt that a meteorite fell.
- A claim that itself calls something false is not contradicted by a plain
  content that negates it, and doubting what a negative claim says is not so
  ("doubted he would have a chance" against "there was no chance") agrees
  with it; so does a content that says a negative claim's words. A negative
  claim is contradicted by a content that says what it negates, not by
  another negation ("will not be the 24th" against "the event on the 24th
  will not happen"), nor does "nothing but a lie" or "nothing more than a
  stunt" negate what it affirms. A quantifier ("not one of the 93 people") and
  a withheld comment however qualified ("made no public comments") are passed
  over; a verb that says little by itself is negated with its object ("did
  not cause any injuries" against "a boom caused by the impact").
- A negation in a relative clause is said of the noun the clause hangs on: "a
  streaming service that wouldn't require a cable subscription" contradicts
  only a claim that speaks of that noun, not one that another app "requires a
  subscription".
- A telling called false denies what it told, and only a claim that says that
  ("fake news that the singer had died" against "the singer died"); against a
  claim that says something else of him ("the singer has never felt better"),
  or a state the telling excludes ("the singer is alive"), it asserts. Told
  before its verdict ("reports that the photo is a hoax are untrue"), it
  denies a claim that holds the same falsehood or denial word ("the photo is
  a hoax"): two negations make no agreement there.
- A unit of measure is counted with the word after it ("40 feet across" is not
  "60 feet in diameter"); what a content only supposes ("would suffocate if
  they burrowed") it does not say.
- A negation passes over a possessor ("not Ryan Roche's drink": drink) and an
  opening adverbial clause ("If they do not know, ..."); "X and not Y" is a
  contrast like "X, not Y"; "not X but for Y" negates X, not the verb; a
  norm's negation ("cannot be ruled out") agrees with the same negation.

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

import difflib
import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import verbforms
from claimtrack.model import Cues, Span, Stance
from claimtrack.normalise import SYNONYMS, content_words, stem
from claimtrack.segment import positions

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

# Not having a ground to hold a thing so: "doesn't have any", "haven't received any".
_NOT_HAVING = (
    "not any", "not have any", "not see any", "not seen any", "without any", "not received",
    "not received any",
    *(f"{do}n{mark}t {see} any"
      for do, sees in (("do", ("have", "see")), ("does", ("have", "see")),
                       ("did", ("have", "see")), ("has", ("received",)),
                       ("have", ("received",)), ("had", ("received",)))
      for mark in ("'", "\u2019")
      for see in sees),
)  # fmt: skip
# Having none: "we have no", "he had no", "we have received no", and the above.
_HAVING_NONE = ("have no", "has no", "had no", "received no", *_NOT_HAVING)
# What a ground is qualified by: "no hard evidence", "no official notification".
_GROUND_QUALIFIERS = (
    "", "hard ", "credible ", "concrete ", "real ", "specific ", "solid ", "independent ",
    "clear ", "firm ", "further ", "reliable ", "official ",
)  # fmt: skip

# Words and phrases in the content that say the claim is false or contested.
CONTENT_MARKERS: dict[Stance, tuple[str, ...]] = {
    Stance.DENIES: (
        "baseless", "bogus", "debunked", "fabricated", "fabrication", "fabrications",
        "fake", "faked", "false", "falsehood", "groundless", "hoax", "hoaxer", "lie",
        "lies", "made up", "made it up", "made it all up", "no truth", "nonsense",
        "not the case", "rubbish", "unfounded", "untrue",
        # "not true", "isn't real", "wasn’t genuine"
        *(f"{be}{negation} {adjective}"
          for be in ("", "is", "are", "was", "were")
          for negation in ((" not", "n't", "n’t") if be else ("not",))
          for adjective in ("true", "real", "genuine", "authentic", "the case", "a thing")),
        # "is definitely not real", "was simply not true"
        *(f"{be} {adverb} not {adjective}"
          for be in ("is", "are", "was", "were")
          for adverb in ("definitely", "simply", "just", "clearly", "certainly", "absolutely")
          for adjective in ("true", "real", "genuine", "authentic", "the case")),
        "absurd", "ridiculous", "preposterous", "laughable",
        "inaccurate", "erroneous", "doctored", "phony", "scam", "prank",
        "satire", "satirical", "bullshit", "duped", "fooled", "fell for", "falls for",
        "put to rest", "myth", "hoaxed", "lied",
        # "reports of his death were greatly exaggerated": he is alive.
        *(f"{death} {be} {adverb}{adjective}"
          for death in ("death", "demise")
          for be in ("is", "was", "are", "were", "has been")
          for adverb in ("", "greatly ", "much ", "a little ")
          for adjective in ("premature", "exaggerated", "overstated")),
        # "there is no such deal", "no such arrest took place": what is meant by
        # "such" was told before, and this says it is not so.
        "no such",
        # A correction, and a public fooled into believing what is not so.
        "set the record straight", "sets the record straight", "setting the record straight",
        "into thinking", "into believing",
    ),
    Stance.DISPUTES: (
        "aimed at causing division", "aimed at sowing discord", "disinformation",
        "doubtful", "dubious", "exaggerated",
        "misinformation", "misleading", "propaganda", "provocation", "questionable",
        # "(the suggestions) are not supported by any credible intelligence"
        "not supported by", "unsupported", "not backed by", "not backed up by", "no basis",
        "speculation", "smear", "unsubstantiated", "unclear", "not clear", "uncertain",
        "not aware", "no credible",
        # "no evidence", "no credible intelligence", "doesn't have any information",
        # "we have no official notification that X"
        *(f"{negation} {adjective}{ground}"
          for negation in ("no", *_NOT_HAVING)
          for adjective in _GROUND_QUALIFIERS
          for ground in ("evidence", "proof", "information", "intelligence", "indication",
                         "sign", "signs", "confirmation", "word", "notification")),
        # What the speaker has not been told or does not know of: "we have no
        # reports that X", "he has no knowledge of X". Only when had: "areas where
        # there have been no reports of the disease" tells of the areas.
        *(f"{negation} {adjective}{ground}"
          for negation in _HAVING_NONE
          for adjective in _GROUND_QUALIFIERS
          for ground in ("reports", "knowledge")),
        # "we just don't know", "it is not known whether"
        *(f"{do}{negation} know" for do in ("do", "does", "did")
          for negation in (" not", "n't", "n\u2019t")),
        "not known", "no way of knowing", "no way to know",
        # "we are yet to receive any confirmation", "it has yet to be verified"
        *(f"yet to {see} {adjective}{ground}"
          for see in ("receive", "see", "get")
          for adjective in ("", "any ", "any official ", "official ")
          for ground in ("evidence", "proof", "confirmation", "word", "information")),
        *(f"yet to be {participle}" for participle in ("confirmed", "verified", "proven",
                                                        "corroborated")),
        "sceptical", "skeptical", "scepticism", "skepticism",
        # "we're still looking at it", "assessing the validity of it": not settled yet.
        *(f"still {looking} {it}" for looking in ("looking at", "looking into", "taking a look at")
          for it in ("it", "this", "that", "the video", "the report", "the reports", "the claim")),
        *(f"{assessing} the {validity} of"
          for assessing in ("assessing", "checking", "verifying", "examining")
          for validity in ("validity", "authenticity", "veracity")),
        *(f"too {early} to {know}" for early in ("early", "soon")
          for know in ("say", "tell", "know", "judge", "confirm", "conclude")),
        # "unconfirmed reports say ..." is a hedge, and "premature births" a
        # fact; "the reports are unconfirmed", "it is premature to" dispute.
        *(f"{be} {adverb}{adjective}"
          for be in ("is", "are", "was", "were", "remain", "remains", "remained", "as", "be",
                     "'s", "\u2019s")
          for adverb in ("", "still ", "yet ", "far ", "rather ", "very ", "highly ", "extremely ")
          for adjective in ("unconfirmed", "unverified", "unproven", "premature", "unlikely",
                            "improbable", "implausible")),
        # "Hunter's claim doesn't make much sense": doubted on its face.
        *(f"{does} {much}sense"
          for does in ("make no", "makes no", "made no", "doesn't make", "doesn\u2019t make",
                       "does not make", "didn't make", "didn\u2019t make", "did not make")
          for much in ("", "much ", "any ")
          if not (much and does.endswith(" no"))),
        # "a reunion is not very likely": likely, but denied
        *(f"not {adverb}likely" for adverb in ("", "very ", "too ", "all that ", "terribly ")),
        "premature to",
        # "a story too good to check": told for its charm, not known to be so.
        "too good to be true", "too good to check",
        # "I would be surprised if he had changed his mind": he has not, probably.
        *(f"{would} be {adverb}{surprised} if"
          for would in ("would", "'d", "\u2019d")
          for adverb in ("", "very ", "really ", "quite ", "most ")
          for surprised in ("surprised", "amazed", "astonished")),
        # A passive without an agent: "the report could not be verified".
        *(f"{negated} {adverb}{participle}"
          for negated in ("not been", "not yet been", "never been", "not be", "cannot be")
          for adverb in ("", "independently ", "officially ")
          for participle in ("confirmed", "verified", "corroborated", "proven", "proved")),
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

# Verbs that put a question: "asked whether X" raises X without vouching for
# it, so it takes no position.
QUESTION_VERBS: tuple[str, ...] = ("ask", "enquire", "inquire", "query")
# Verbs that wonder: "wondered whether X" raises X and doubts it.
WONDER_VERBS: tuple[str, ...] = ("wonder",)

# Verbs of telling what one knows. Refused or failed ("would not comment",
# "declined to confirm", "could not verify", "is not in a position to
# comment"), they take no position at all.
WITHHELD_VERBS: tuple[str, ...] = (
    "address", "answer", "authenticate", "comment", "confirm", "corroborate",
    "disclose", "discuss", "elaborate", "give details", "identify", "name",
    "offer details", "provide details", "provide information", "release details",
    "release information", "reply", "respond", "return calls", "reveal", "speculate",
    "specify", "verify",
)  # fmt: skip
# "Say" and "tell" take no side only when refused ("would not say") or when
# what is not told is a question ("did not say whether"); "did not say that
# ..." denies that it was said.
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
# Auxiliaries and adverbs between a negation and its verb ("not be", "never ever"),
# quoted or not ("not “unnecessarily frighten").
_AUX_GAP = re.compile(
    r"(?i)\s+[\"\u201c\u2018]?(?:(?:be|been|ever|even|yet|(?!(?:fly|rely|apply|reply|supply"
    r"|comply|imply|rally|tally|bully)\b)\w+ly)\s+[\"\u201c\u2018]?){0,2}"
)
# Negations that do not negate the predicate ("not only", "no doubt").
_NON_NEGATIONS = re.compile(
    r"(?i)\b(?:not\s+(?:only|just|least|merely|simply|to)|no\s+(?:doubt|matter"
    r"|wonder|less|more)|nothing\s+(?:but|short|less|new|more\s+than)|never\s+(?:guess|believe)"
    r"|(?:won['\u2019]t|will\s+not)\s+believe"
    # "this isn't the first time": it happened before as well.
    r"|(?:not|\w+n['\u2019]t)\s+(?:for\s+)?the\s+first\s+time"
    # "he will not be the only one to die": one died, and more may.
    r"|(?:not|\w+n['\u2019]t)\s+(?:be\s+|been\s+)?the\s+only"
    # "not all the rebels knew of the truce": some did; it negates the whole,
    # not what is said of the rebels.
    r"|not\s+(?:all|every|everyone|everybody|everything))\b"
)
# An alternative ("or not") or an imperative ("Hands up, don't shoot") negates
# no predicate of the content.
_ALTERNATIVE_BEFORE = re.compile(r"(?i)\bor(?:\s+\w+)?\s*$")
# "..., so don't try to price it like one": after a comma, "so" opens a command too.
_IMPERATIVE_BEFORE = re.compile(r"(?:^|[,:;\"'\u201c(])\s*(?:so\s+)?$")
# "turns out not to", "appears not to": a raised negation still negates the predicate.
_RAISING_BEFORE = re.compile(
    r"(?i)\b(?:turn(?:s|ed)?\s+out|seem(?:s|ed)?|appear(?:s|ed)?|prove[sd]?|is|are|was|were)\s+$"
)
# Saying "no" as an answer ("said no and left", "says no to the offer"), not
# "said no troops were sent", which negates its subject.
_SAYING_BEFORE = re.compile(r"(?i)\b(?:say|says|said|saying)\s+$")
_REFUSAL_AFTER = re.compile(r"(?i)\s*(?:[,.;:!?]|and\b|to\b|$)")
_IMPERATIVE = re.compile(r"(?i)(?:don['\u2019]t|do\s+not)\b")
# A command joined to a command ("Save me some dignity and don't accept ..."):
# the clause before the conjunction opens on its verb, with no subject before it.
_COMMAND_AND_BEFORE = re.compile(
    r"(?:^|[.:;!?\"'\u201c(])\s*(?:please\s+)?(?P<first>[A-Za-z]+)\b"
    r"(?P<rest>[^.:;!?\"\u201c(]*?)\s(?:and|but|or)\s+$"
)
# Verbs that end a story deny only when what they end is a story, not an
# aircraft or a person: "shoots down the claim", "kills stolen Batmobile rumor",
# "quashes reports", "puts the speculation to rest".
_SHOT_DOWN_CLAIM = re.compile(
    r"(?i)\b(?:sho(?:ot|ots|t|oting)\s+down|kill(?:s|ed|ing)?|quash(?:es|ed|ing)?"
    r"|scotch(?:es|ed|ing)?|squash(?:es|ed|ing)?|dispel(?:s|led|ling)?|bust(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?\s+down|knock(?:s|ed|ing)?\s+down|laugh(?:s|ed|ing)?\s+off"
    # Scorn poured on a story denies it: "slammed reports of", "scoffed at the claim".
    r"|slam(?:s|med|ming)?|ridicul(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|mock(?:s|ed|ing)?"
    r"|scoff(?:s|ed|ing)?\s+at|(?:pour|throw)(?:s|ed|ing)?\s+cold\s+water\s+on|threw\s+cold\s+water\s+on)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|assertions?|allegations?|accusations?|reports?"
    r"|rumou?rs?|stor(?:y|ies)|theor(?:y|ies)|speculation|myths?|hoax(?:es)?)\b"
)
# What `_SHOT_DOWN_CLAIM` ends with, one of which a text must hold for it to match
# (`_may_hold`): most texts hold none, and are not scanned for its verbs.
_SHOT_DOWN_NEEDS = (
    "claim", "assertion", "allegation", "accusation", "report", "rumo", "stor", "theor",
    "speculation", "myth", "hoax",
)  # fmt: skip
# Inventing what was told denies it: "made up the story", "staged his video",
# "faked the photos". A determiner marks the object: "staged a protest" is no
# telling, and "fabricated" alone is a content marker.
_FAKED_TELLING = re.compile(
    r"(?i)\b(?:ma(?:de|ke|kes|king)\s+up|stag(?:e|ed|es|ing)|fak(?:e|ed|es|ing)"
    r"|invent(?:s|ed|ing)?|fabricat(?:e|ed|es|ing))\s+"
    r"(?:the|this|that|these|those|his|her|their|its|a|an|whole|entire)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:stor(?:y|ies)|videos?|photos?|photographs?|pictures?|images?|footage|quotes?"
    r"|interviews?|tweets?|posts?|reports?|accounts?|letters?|e-?mails?)\b"
)
# What a verb of `_FAKED_TELLING` or `_MADE_IT_UP` opens with, one of which a
# text must hold for either to match (`_may_hold`).
_FAKING_NEEDS = ("made", "make", "making", "stag", "fak", "invent", "fabricat")
# The same with its object before the particle: "made it all up", "made the
# whole thing up".
_MADE_IT_UP = re.compile(
    r"(?i)\bma(?:de|ke|kes|king)\s+(?:it|this|that|everything|(?:the\s+)?whole\s+thing"
    r"|the\s+(?:story|stories|quotes?|interview|account))\s+(?:all\s+)?up\b"
    # Not "made it up to her" (made amends) or "made it up the hill" (got there).
    r"(?!\s+(?:to|the|a|an|with|for|on|in|into|onto|there|here)\b)"
)
# A telling called absurd: "calls the selfie claims completely crazy", "the
# reports are ludicrous".
_ABSURD_TELLING = re.compile(
    r"(?i)\b(?:claims?|assertions?|allegations?|accusations?|reports?|rumou?rs?|stor(?:y|ies)"
    r"|theor(?:y|ies))\s+(?:(?:is|are|was|were)\s+)?(?:(?:completely|totally|utterly|simply|just"
    r"|absolutely|frankly)\s+)?(?:crazy|absurd|ludicrous|laughable|preposterous|ridiculous)\b"
)
_ABSURD_NEEDS = ("crazy", "absurd", "ludicrous", "laughable", "preposterous", "ridiculous")
# "There is no way we're making this up": the faking ruled out.
_NO_WAY_BEFORE = re.compile(r"(?i)\bno\s+way\b[^,;:.!?]{0,30}$")
# A negation just before the faking: "did not make up the story" asserts it.
_NEGATED_FAKING = re.compile(rf"(?i)(?:\b{_NEGATION}\b|n['\u2019]t)\s+(?:\w+\s+)?$")
# A passive or an infinitive before a verb: not the speaker's own verb ("a claim
# that was immediately disputed by", "plans to question").
_PASSIVE_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|to)\s+"
    r"(?:(?:\w+ly|later|since|then|also|soon|once|already|swiftly)\s+)?$"
)
# An infinitive's second verb: "a chance to change course and reject the
# decision" ("reject" is the infinitive's, not the speaker's verb).
_INFINITIVE_AND_BEFORE = re.compile(r"(?i)\bto\s+[a-z]+(?:\s+[\w'\u2019-]+){0,4}?\s+(?:and|or)\s+$")
# Words in -ly that are no adverbs: "the family denies" is the family's verb.
_LY_NOUNS = (
    r"(?i:family|ally|rally|assembly|supply|bully|belly|fly|italy|sicily|july|daily"
    r"|monopoly|anomaly|emily|kelly|lily|holly|reilly|riley|billy|sally|polly)"
)
# A determiner, a possessive or a preposition before a cue word makes it a noun or
# an adjective, no verb of the speaker's: "their challenge was", "the suspect in
# question", "for the avoidance of doubt", "the contested city", "a hotly
# contested primary".
_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|this|these|those|its|his|her|their|our|my|your|any|some|every"
    r"|each|of|in|without|beyond|for|about|into|under|with"
    r"|(?!(?:he|she|it|that|there|who|what|where)['\u2019])[\w-]+['\u2019]s)\s+"
    rf"(?:(?!{_LY_NOUNS}\b)\w+ly\s+)?$"
)
# A doubting verb that is a noun too, with no object after it: "a pay dispute",
# "a dispute over pay", "a legal challenge between the two firms".
_NOUN_TOO = ("disput", "challeng", "contest")
_QUARREL_AFTER = re.compile(r"(?i)\W*$|\s+(?:over|between|among|with|about)\b")
# Belittling treats something as unimportant, and doubts it only when it is a
# telling: "shrugged off the reports" doubts them, "shrugged off the blast" grants it.
_BELITTLING = ("shrug", "brush", "downplay", "play")
_TOLD_OBJECT = re.compile(
    r"(?i)\s+(?:off\s+|aside\s+|down\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|reports?|rumou?rs?"
    r"|allegations?|accusations?|stor(?:y|ies)|speculation|suggestions?|fears?|concerns?"
    r"|threats?|warnings?|criticism|ideas?|notions?|theor(?:y|ies)|talk|predictions?|findings?)\b"
)
# "Questioned" with nothing after it asks someone, doubting nothing: "held and
# questioned".
_NOTHING_AFTER = re.compile(r"\W*$")
# Questions or doubts raised are about something: "raised questions about the deal",
# "raises doubts over", "raised doubt as to whether".
_RAISED_ABOUT = re.compile(
    r"(?i)\s+(?:about|over|on|as\s+to|whether|if|regarding|concerning|around|of|that)\b"
)
# "The question of X" names an issue ("raises the question of women's rights"),
# unless what follows is itself a question ("the question of whether ...").
_ISSUE_RAISED = re.compile(r"(?i)\bthe\s+(?:\w+\s+)?question$")
_ISSUE_OF = re.compile(r"(?i)\s+of\b(?!\s+(?:whether|if|how|why|who|what|when|where|which)\b)")
# Whom police or officials question, which asks them, not doubts them: a pronoun
# or a person ("a man", "two suspects", "the driver").
_PERSON_AFTER = re.compile(
    r"\s+(?:(?i:him|her|them|me|us|everyone|anyone|someone)\b"
    r"|(?i:(?:a|an|the|two|three|several|some|\d+)\s+(?:[\w-]+\s+)?)?"
    r"(?i:man|men|woman|women|person|people|suspects?|witness(?:es)?|drivers?|boys?|girls?"
    r"|teens?|teenagers?|students?|officers?|staff|employees?|members?|detainees?|pilots?"
    r"|soldiers?|residents?|passengers?|relatives?|neighbou?rs?)\b)"
)
# Not knowing ("we don't know") doubts when the speaker does not know, or when what
# is not known is whether something is so; "the left hand doesn't know what the
# right hand is doing" says something of someone else.
_UNKNOWING = re.compile(r"(?i)\bknow$")
_KNOWER = re.compile(r"(?i)\b(?:i|we|nobody|no\s+one|(?:it|this)\s+(?:is|was))\s+(?:\w+\s+){0,2}$")
_OPEN_AFTER = re.compile(
    r"(?i)\s*(?:$|[.!?,;:\u2013\u2014\"\u201d]|(?:yet|for\s+(?:sure|certain)|whether|if)\b)"
)
# "We don't know anybody by that name", "I don't know him": knowing a person
# (being acquainted), not knowing whether something is so.
_ACQUAINTANCE_AFTER = re.compile(
    r"(?i)\s+(?:anybody|anyone|any\s+one|somebody|someone|him|her|them|each\s+other"
    r"|one\s+another|(?:the|this|that|a)\s+(?:man|woman|person|people|guy|lady|family))\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could)\b)"
)
# What a speaker does know, set against what they do not: "I don't know the
# details of that day. I do know Brian", "I don't know about that, but what I
# do know is ...". The not knowing is granted on the way to what is told.
_KNOWN_INSTEAD = re.compile(
    r"(?i)[,.;:!?\u2013\u2014]\s*(?:but\s+)?(?:i|we)\s+(?:do|did)\s+know\b"
    r"|\b(?:but\s+)?what\s+(?:i|we)\s+(?:do\s+)?know\s+is\b"
)
# "I don't know if you heard / whether you saw": a way of telling the listener.
_ASKING_LISTENER = re.compile(
    r"(?i)\s+(?:if|whether)\s+(?:you|y['\u2019]all|anyone|everyone)(?:\s+\w+)?\s+"
    r"(?:heard|seen|saw|know|knew|noticed|remember)\b"
)
# A denial of a charge of falsehood is an assertion ("denies the hoax claims").
_DENIED_DENIAL = re.compile(
    r"(?i)\s*(?:the\s+|these\s+|those\s+)?(?:[\w'-]+\s+){0,3}?(?:hoax|fabrication|lie|lies"
    r"|fake[\s-]news)\s+(?:claims?|allegations?|accusations?|reports?|rumou?rs?|stor(?:y|ies))\b"
)
# Where a subordinate clause starts: a negation after it belongs to that clause.
# Written in lowercase and searched in `_lowered` text, where it matches as a
# case-blind search of the text does, about twice as fast.
_CLAUSE_BREAK = re.compile(
    r"\b(?:who|whom|whose|which|because|after|when|whenever|while|although|though"
    r"|if|unless|until|before|since|despite|so\s+(?=(?:he|she|it|they|we|you|i)\b)"
    # A clause of purpose: "added steel to ensure it doesn't bend".
    r"|so\s+that|in\s+order\s+(?:to|that)|to\s+(?:ensure|make\s+sure|prevent|avoid))\b"
    r"|\s[-\u2013\u2014]\s|[;(]"
    # A second reported clause ("said A and that B") is a second claim.
    r"|\band\s+[{(\[]?that\b"
    # The terms of an agreement or a promise ("an agreement that the supplier will
    # not make watches for rivals") are the agreement's, not the speaker's denial.
    r"|\b(?:agreements?|deals?|pacts?|promises?|pledges?|assurances?|guarantees?|understandings?"
    r"|conditions?|clauses?|rules?|policy|policies|vows?|undertakings?)"
    r"(?:\s+(?:between|with|among)\s+[^,;:.!?]{1,60}?)?\s+(?=that\b)"
)
# A surprise at what is not so expects it to be so: "I would be surprised if they
# did not find him" doubts nothing.
_SURPRISED_IF = re.compile(r"(?i)\b(?:surprised|amazed|astonished)\s+if$")
# "Made up" that invents nothing: a mind made up, what something is made up of,
# making up for something, making up with someone, made up one's mind.
_MADE_UP_OTHERWISE = re.compile(
    r"(?i)\bminds?\s+(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been|been)\s+)?"
    r"(?:\w+ly\s+)?made\s+up\b|\bmade\s+up\s+(?:(?:of|for|with)\b"
    r"|(?:his|her|their|its|our|my|your)\s+(?:own\s+)?minds?\b)"
)
# "False" in a fixed phrase names a kind of thing and calls nothing false:
# "countless false dawns", "a false start", "a false sense of security".
_FALSE = frozenset({"false"})
_FALSE_IDIOM = re.compile(
    r"(?i)\s+(?:dawns?|starts?|sense\s+of|modesty|teeth|eyelash(?:es)?|bottoms?|ceilings?"
    r"|pretences|pretenses|econom(?:y|ies)|prophets?|idols?|equivalence|dichotomy"
    r"|imprisonment|arrest|flags?)\b"
)
# Alarms counted, not one alarm called false: "there have been 5,000 false
# alarms", "after days of false alarms". "It was a false alarm" still denies.
_ALARMS_AFTER = re.compile(r"(?i)\s+alarms\b")
_COUNTED_BEFORE = re.compile(
    r"(?i)(?:\b\d[\d,.]*|\b(?:many|several|numerous|countless|dozens|hundreds|thousands"
    r"|more|fewer|frequent|repeated|recent)|\bof)\s+$"
)
# "False" or "fake" said of any one thing of a kind, in what only would or
# could happen ("would have been fired for a false report", "could be sued over a
# fake review"): a case supposed, nothing that was told called false.
_SUPPOSED_KIND_BEFORE = re.compile(
    r"(?i)\b(?:would|could|might|should)(?:n['\u2019]t|\s+not)?\s+(?:have\s+)?(?:been\s+|be\s+)?"
    r"[^.;:!?\u2013\u2014]{0,60}?\b(?:for|over|about|with|of)\s+(?:a|an|any)\s+$"
)
# "Lie" is a falsehood as a noun ("a lie", "all lies", "told lies"), not where
# something lies ("which lies north of the city").
_LIE = frozenset({"lie", "lies"})
_LIE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|the|all|of|are|were|is|was|be|more|just|total|complete|outright|blatant|big"
    r"|such|these|those|their|his|her|its|our|your|my|tell|tells|told|telling|spread|spreads"
    r"|spreading|no|and)\s+(?:[\w-]+\s+)?$"
)
# What a court or a prosecutor dismisses: "dismissed 849 misdemeanor cases",
# "dismissed the charges" (but "dismissed the charges as politically motivated"
# calls them baseless).
_LEGAL_OBJECT = re.compile(
    r"(?i)\W*(?:the\s+|all\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:cases?|charges?|lawsuits?"
    r"|suits?|complaints?|indictments?|appeals?|petitions?)\b"
    # "dismissed the case as baseless", "the charges that he lied": said of
    # something else; "the cases that involved arrests" is a relative clause.
    r"(?!\s+(?:as\b|that\b(?!\s+[a-z]{4,}ed\b)))"
    # "two cases were diagnosed", "charges will be filed": a clause's subject, no object
    r"(?!\s+(?:were|was|is|are|have|has|had|will|would|could|can|may|might|must)\b)"
)
# The cues a court's or a prosecutor's dismissal takes: "dismissed", "threw out"
# ("denied the charges" is a denial of what they say).
_DISMISSING_CUE = re.compile(
    r"(?i)\b(?:dismiss\w*|reject\w*|thr(?:ew|own|ow|ows|owing)\s+out|toss\w*)"
)
# What one refuses rather than denies is a demand or an offer: "dismissed calls
# for the nun to be excommunicated", "rejected demands for a recount", "rejected
# the offer", "turned down a deal", "rejected a $500m contract". That it was
# made stays so; nothing said is called untrue. A sum of money refused is an
# offer too: "rejected a \u00a3500m reunion tour".
_DEMAND_OBJECT = re.compile(
    r"(?i)\W*(?:(?:the|all|any|these|those|their|his|her|its|repeated|growing|renewed)\s+)*"
    r"(?:(?:(?!of\b|about\b|on\b)[\w'\u2019-]+\s+){0,2}?(?:calls?|demands?|requests?|pleas?"
    r"|proposals?|offers?|bids?|ultimatums?|invitations?|overtures?|deals?|contracts?)\b"
    r"(?!\s+(?:as|that)\b)"
    r"|(?:a|an)\s+(?:[\w-]+\s+)?[$\u00a3\u20ac]\s?\d)"
)
# What one withholds rather than denies is a thing granted: "denied permits to
# street vendors", "will deny Internet service to users", "denied him entry",
# "denied bail". That it was withheld is the proposition; nothing said is
# called untrue.
_WITHHELD_OBJECT = re.compile(
    r"(?i)\W*(?:(?:him|her|them|me|us|you)\s+)?"
    r"(?:(?:the|a|an|any|all|his|her|their|its|our|your|further|continued)\s+)?"
    r"(?:(?!of\b|about\b|that\b)[\w'\u2019-]+\s+){0,2}?"
    r"(?:access|entry|entrance|admission|service|permits?|permission|licen[cs]es?|visas?"
    r"|bail|parole|asylum|benefits?|treatment|care|passage|funding|coverage|membership"
    r"|citizenship|boarding)\b"
    # "denied access was ever granted": a clause denied, its subject the noun.
    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|can|did)\b)"
)
# What one is dismissed or removed from is a post: "dismissed from service".
_REMOVED_FROM = re.compile(
    r"(?i)\W*from\s+(?:(?:his|her|their|the|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:service|post|job|office|duty|duties|position|role|army|force"
    r"|government|cabinet|team|club|company|party|school|university)\b"
)
# The predicate after a negated subject: "(no militants) were killed", "(nobody)
# has been arrested".
_SUBJECT_PREDICATE = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)\s+"
    r"(?:(?:been|be|being|yet|ever|not|\w+ly)\s+)*(?P<verb>\w+)"
)
# "Not ... until" puts off what it negates, and so says that it happens: "may
# not launch until the second quarter", "did not arrive till noon".
_NOT_UNTIL = re.compile(r"(?i)[^.;:!?]{0,60}?\b(?:until|till)\b")
# A content that is only a contrary: what was said says the opposite.
_CONTRARY = re.compile(r"(?i)\W*(?:to\s+the\s+contrary|otherwise|the\s+opposite)\W*")
# A second head coordinated with the first: "(terrorised) or intimidated".
_COORDINATED = re.compile(r"(?i)\s*,?\s+(?:or|nor|and)\s+(?P<other>[\w'-]+)")
# A contrast that sets one thing against another: "with us, not with the
# government", "in Nevada, not Texas". What follows "not" runs to the clause's end.
_CONTRASTED = re.compile(
    r"(?i)(?:[,\u2013\u2014]|\s(?:and|but))\s*not\s+(?P<other>[^,;:.!?\u2013\u2014]+)"
)
# The comma or dash before a contrasting "not": "the First Woman, not the First Lady".
_CONTRAST_BEFORE = re.compile(r"[,\u2013\u2014]\s*$")
# A verb that negates what follows it: "to stop serving" says as much as "will
# no longer serve".
_STOPPED = re.compile(
    r"(?i)\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|quit|quits|quitting)"
    r"\s+(?P<verb>[a-z]+ing)\b"
)
_STOPPED_NEEDS = ("stop", "ceas", "quit")
# A negated subject opening a sentence: "none of the bodies", "no survivors", "nobody".
_NEGATED_SUBJECT = re.compile(
    r"(?i)\W*(?:there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:none|nobody|nothing|no\s+one|no(?=\s+\w))\b(?!\s*[,:.!?\u2013\u2014-])"
)
_HEAD = re.compile(r"[a-z0-9][a-z0-9'-]*", re.IGNORECASE)
# What a text says there is none of: "would be without internet access" says
# what "would not have access to the internet" says.
_WITHOUT = re.compile(r"(?i)\bwithout\s+(?:(?:any|a|an|the|their|his|her|its)\s+)?")
# What a content sets aside for something else: "rather than arrests".
_CONTRAST = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of)\s+")
_CONTRAST_NEEDS = ("rather", "instead")
# A "no" after an article and at most one word names a kind of thing ("a no-fly
# zone", "a strict no food policy"): it negates nothing.
_COMPOUND_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+)?$")
# A negated gerund after a preposition ("with not finding love", "for never
# paying") names an act as a thing: the clause's predicate is not negated.
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:with|for|of|about|by|from|after|over|on|at|in|without|despite)\s+$"
)
_GERUND = re.compile(r"(?i)\s+(?:\w+ly\s+)?\w{2,}ing\b")
_VERB_NEGATIONS = frozenset({"not", "never"})
# Verbs whose predicate is the infinitive after them: "did not want to go back"
# negates going, not wanting, and "has no plans to sell" negates selling.
_CATENATIVE = re.compile(
    r"(?i)(?:want|wish|try|tri|hope|mean|intend|seek|sought|need|like|plan|expect|bother"
    r"|dare|care|manage|agree|decide|attempt|aim|allow|permit|suppos)\w{0,4}\s+to\s+"
    # "did not want him to be seen": what is negated is his being seen.
    r"|(?:want|wish|like|allow|permit)\w{0,4}\s+(?:him|her|them|us|me|anyone|anybody)\s+to\s+"
)
# Modals of ability, permission and obligation: "cannot", "should not" state a norm.
_NORM = re.compile(r"(?i)\b(?:ca|can|should|must|need|ought)(?:n['\u2019]t|not|\s+not)$")
# "cannot have sent" says that it did not happen: epistemic, no norm.
_PERFECT = re.compile(r"(?i)\s*have\b")
_REFUSAL = re.compile(r"(?i)\b(?:would|will|wo|could|can|ca)(?:\s+not|n['\u2019]t)$")
# A negation of the cue that refuses rather than denies: "would not", "declined to".
_REFUSAL_CUE = re.compile(
    r"(?i)\b(?:would|will|wo|could|can|ca|declin\w*|refus\w*|unable|fail\w*)\b|cannot"
)
_SAY = frozenset({"say"})
# What a withheld answer leaves open: "would not say whether", "did not say how many".
_OPEN_QUESTION = re.compile(r"(?i)\s+(?:\w+\s+)?(?:whether|if|how|what|who|which|when|where|why)\b")
# The subject of a refusal in the content: none, a pronoun, or a short noun
# phrase ("the ministry", "a spokesman for the company").
_REFUSAL_SUBJECT = r"^\W*(?P<subject>(?:[\w'\u2019.-]+\s+){0,5}?)"
_REFUSAL_ADVERBS = (
    r"(?:(?:immediately|independently|yet|officially|publicly|further|be\s+able\s+to)\s+){0,2}"
)
_REST_OF_WORD = re.compile(r"\w*")
# A main clause that withholds a position: "he could not confirm", "the
# company had no comment", "it was not in a position to", "could not be reached".
_REFUSAL_CLAUSE = re.compile(
    _REFUSAL_SUBJECT
    + r"(?:(?:had|has|have|offered|gave)\s+no\s+(?:immediate\s+|further\s+)?comment"
    r"|(?:is|was|were|are)(?:\s+not|n['\u2019]t)\s+in\s+a\s+position\s+to"
    r"|(?:could|can)(?:\s+not|n['\u2019]t)\s+(?:immediately\s+)?be\s+reached"
    r"|declined\s+(?:to\s+)?comment|declined\s+comment|no\s+comment"
    r"|(?P<neg>(?:could|would|will|did|does|do|can|was|were|is|are|has|had|have|wo|ca)"
    r"(?:\s+not|n['\u2019]t)|cannot|never|declined\s+to|declines\s+to|refused\s+to"
    r"|refuses\s+to|(?:is|was|were|are|been)\s+unable\s+to|failed\s+to|fails\s+to)\s+"
    + _REFUSAL_ADVERBS
    + r"(?P<verb>[a-z]))",
    re.IGNORECASE,
)
# A withheld comment shared by a coordinated subject, whatever stands between:
# "Neither the bank nor its lawyers, who ..., had comment on the report".
_NEITHER_COMMENTED = re.compile(
    r"(?i)^\W*neither\b[^.;:?!]*?\bnor\b[^.;:?!]*?\b(?:had|has|have|offered|gave|made)"
    r"\s+(?:any\s+)?(?:immediate\s+|further\s+)?comments?\b"
)
# Nothing more to tell: "there are no further details at this stage", "no more
# information was available". What is told is that nothing more is told.
_NOTHING_FURTHER = re.compile(
    r"(?i)^\W*(?:there\s+(?:is|are|was|were|will\s+be)\s+|(?:we|they|i|it|he|she)\s+"
    r"(?:have|has|had)\s+)?no\s+(?:further|more|other|additional|new)\s+"
    r"(?:details?|information|updates?)\b"
)
# Nothing known of a thing, named by a noun ("he had no information on her
# whereabouts", "did not have any information on the new owner"): nothing is
# told of it, as "could not confirm" tells nothing. Information that or
# suggesting something (`_INFORMATION_OF_CLAUSE`) doubts it.
_NO_INFORMATION_ON = re.compile(
    r"(?i)(?:^\W*(?:(?:we|they|i|it|he|she|the\s+\w+|\w+)\s+)?|\b(?:but|and)\s+)"
    r"(?:(?:had|has|have)\s+no|(?:did|does|do)\s+not\s+have\s+any"
    r"|(?:did|does|do)n['\u2019]t\s+have\s+any)\s+(?:(?:further|more|new|other)\s+)?"
    r"(?:information|info|details?|knowledge)\s+(?:on|about|regarding|concerning|as\s+to)\s+"
    r"(?!whether\b|if\b)"
)
_NO_INFORMATION_NEEDS = ("info", "detail", "knowledge")
_INFORMATION_OF_CLAUSE = re.compile(
    r"(?i)\b(?:that|whether|if|suggest\w*|indicat\w*|to\s+(?:suggest|indicate|confirm|support))\b"
)
# How a thing seems, granted before what the sentence says: "it may sound
# laughable, but ...", "seems ridiculous".
_SEEMING_BEFORE = re.compile(
    r"(?i)\b(?:sound|sounds|sounded|seem|seems|seemed|look|looks|looked)\s+(?:\w+ly\s+)?"
    r"(?:(?:a\s+bit|a\s+little|kind\s+of|so)\s+)?$"
)
# A hope that what is reported is not so: "and I hope that it isn't true".
_HOPED_UNTRUE = re.compile(
    r"(?i)\b(?:and\s+|but\s+)?(?:i|we)\s+(?:\w+ly\s+)?hope\s+(?:that\s+)?(?:it|this|that|these|they)"
    r"\s+(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+(?:true|so|the\s+case)\b"
)
_BUT_AFTER = re.compile(r"(?i)\W*(?:\s*\w+){0,3}?\W*\bbut\b")
# "No, ..." opening a headline negates the rest, also after a label or a speaker
# ("Fact check: No, ...", "Mayor: No, ...").
_HEADLINE_NO = re.compile(
    r"(?i)^\W*(?:[^:?!.]{1,40}:\s*)?(?:no|nope|not\s+so)\b\s*[,:.!\u2013\u2014-]"
)
# A question answered no: "Is X dead? No.", "X stolen? UPDATE: Nope", "Did X ...?
# Probably not". The answer negates the question.
_ANSWERED_NO = re.compile(
    r"(?i)[?:]\W*(?:update\W+)?(?:no|nope|(?:probably|certainly|definitely)\s+not|not\s+really)"
    r"\b[\W]*$"
    # or a "no" with an elided predicate after the statement: "X did it. No, he didn't".
    r"|\bno\W+(?:he|she|it|they|we|i|you|there)\s+(?:is|are|was|were|do|does|did|has|have|had"
    r"|will|wo|would|could|ca|can)(?:n['\u2019]t|\s+not)\W*$"
)
# A number and the thing it counts ("10,000 troops"), in normalised words.
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# Words of a text that say little of what it is about: function words,
# auxiliaries, pronouns, adverbs of degree and "going to", "able to".
_LIGHT_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """
    a about above actually after again against all also already am an and any are as at
    be because been before being both but by can could did do does doing during each
    either even ever every exactly for from further go going gonna got had has have
    having he her here hers him his how i if in into is it its just least less many me
    more most much my necessarily neither no nor not now of off on once only or other
    our out over personally quite really she should so some such than that the their
    them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would yet you your able
    likely probably possibly still anymore longer something anything nothing someone
    anyone nobody everyone everything somebody anybody among amongst between within
    without near inside outside across around toward towards beside behind upon onto via
    become becomes became becoming
    """,
    )
)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Auxiliaries as they stand before "n't" where they are spelt otherwise alone.
_NEGATED_AUXILIARIES = frozenset({"ca", "wo", "sha", "ai", "must", "need", "might"})
# Irregular English verb forms, so that a negated "did not tell" meets "told":
# the words two texts share (`_stems`). Not yet `verbforms.PLAIN_OF`: with it
# "bitten" meets the noun "bite", and with "understood", "became" and "woke"
# read as their plain forms too, claims took other statements' texts
# (bench/HISTORY.md, "One table of irregular verb forms").
_IRREGULAR_FORMS: dict[str, str] = {
    form: base
    for base, forms in {
        "say": "said says told tell tells", "take": "took taken", "give": "gave given",
        "make": "made", "come": "came", "see": "saw seen", "find": "found",
        "leave": "left", "keep": "kept", "hold": "held", "bring": "brought",
        "think": "thought", "catch": "caught", "shoot": "shot", "win": "won",
        "lose": "lost", "pay": "paid", "meet": "met", "run": "ran", "write": "wrote written",
        "speak": "spoke spoken", "steal": "stole stolen", "begin": "began begun",
        "break": "broke broken", "choose": "chose chosen", "drive": "drove driven",
        "fall": "fell fallen", "fly": "flew flown", "grow": "grew grown",
        "know": "knew known", "rise": "rose risen", "strike": "struck", "hide": "hid hidden",
        "eat": "ate eaten", "sell": "sold", "build": "built", "feel": "felt",
        "hear": "heard", "lead": "led", "sit": "sat", "stand": "stood", "throw": "threw thrown",
        "wear": "wore worn", "go": "went gone", "get": "got gotten", "do": "did done",
        "be": "was were been", "have": "had has",
    }.items()
    for form in forms.split()
}  # fmt: skip
# Every irregular past form and participle -> its plain form, for where a
# predicate starts and whether a verb is a participle (`verbforms`).
_VERB_FORMS: dict[str, str] = verbforms.PLAIN_OF | _IRREGULAR_FORMS
# Shortest stem that a longer form of it may extend ("threat", "threaten").
_RELATED_CHARS = 5
# How far apart two numbers may be and still agree, as a share of the larger.
_ROUNDING = 0.1
# A scale word a writer may leave out once the story has given it ("a $300
# deal" for "a $300 million deal"); thousands are written out as digits.
_DROPPED_SCALES = frozenset({1e6, 1e9})
# Negations of a subject ("no troops were sent", "nobody was arrested").
_SUBJECT_NEGATION = re.compile(r"(?i)no|none|nothing|nobody|neither|nor")
# What may come before a negated subject: nothing, or "there is", "there were".
_OPENING = re.compile(r"(?i)\W*(?:there\s+(?:is|are|was|were|have\s+been|has\s+been)\s*)?")
# An editor's insertion in a quote: "[not]", "[the company]".
_EDITOR_INSERTION = re.compile(r"\[([^\[\]]{1,40})\]")
_CLAUSE_END = re.compile(r"[,;:.!?\u2013\u2014]")
# An indirect yes/no question: "(asked) whether X", "(asked) if X".
_YES_NO_CLAUSE = re.compile(r"(?i)\W*(?:whether|if)\b")
# "asked if he could give a shout-out" asks for something to be done: a request.
_REQUEST_CLAUSE = re.compile(
    r"(?i)\W*(?:whether|if)\s+(?:i|we|you|he|she|they|someone|anyone|anything|something)"
    r"\s+(?:could|can|would|will|might|may)\b"
)
# What a request asks for that is itself a position: "(if he would) deny ...".
_POSITION_ASKED = re.compile(
    r"(?i)\s+(?:\w+ly\s+)?(?:deny|confirm|comment|verify|dispute|refute|debunk|rebut|respond|say|explain)\b"
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
    r"(?i)[\s\W]*(?:(?:but|and|so|or)\s+)?"
    r"(?:(?:what|how|why|who|whom|whose|when|where|which)\b|\w+\s+(?:you|ya)\b)"
)
# A dash between two sentences of a headline: "Crabzilla spotted - but is it real?"
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_OR = re.compile(r"(?i)\bor\b")
# A verb of asking before a question mark: the question is reported, not put.
_ASKED_BY = re.compile(r"(?i)\bask(?:s|ed|ing)?\b")
_ASKED_BEFORE = re.compile(r"(?i)\bask(?:s|ed|ing)?(?:\s+[\w'-]+){0,3}\s*:\s*$")
_MODALS = frozenset({"may", "might", "could"})
# A second predicate of the same subject after a comma: "lasts a day, but may
# improve". A modal there qualifies that predicate only, not the first.
_SECOND_PREDICATE = re.compile(r"(?i)\w\s*,\s*(?:(?:but|and|yet)\s+)?$")
# A denial hedged by a modal is a doubt: "this may be a hoax", "it could well be
# fake", "it could quite easily be a hoax" says that it is possibly false, not
# that it is false.
_HEDGED_DENIAL = re.compile(
    r"(?i)\b(?:may|might|could)(?:\s+(?:well|also|just|all|possibly|quite|very|easily|perhaps"
    r"|conceivably|equally|even|yet)){0,2}\s+"
    r"(?:be|have\s+been)\s+(?:(?:a|an|just|all|another|simply|merely)\s+)?$"
)
# The same after a modal's other alternative: "it could have been caused by
# something else or be a complete fake".
_HEDGED_ALTERNATIVE = re.compile(
    r"(?i)\b(?:may|might|could)\s[^.;:!?]{0,80}?\bor\s+(?:be|have\s+been)\s+"
    r"(?:(?:a|an|just|all|another|simply|merely|complete|total|elaborate)\s+){0,2}$"
)
# A doubt negated where it stands is no doubt: "it's not too early to say", "it
# isn't premature", "not at all sceptical". Doubt markers that open on a
# negation ("no evidence", "not clear") are negative themselves.
_NEGATED_DOUBT_BEFORE = re.compile(
    r"(?i)(?:\b(?:not|never)|n['\u2019]t)(?:\s+(?:at\s+all|all\s+that|so|that))?\s+$"
)
_NEGATIVE_OPENING = re.compile(rf"(?i){_NEGATION}\b|\w+n['\u2019]t\b|without\b|yet\b")
# Not knowing how or what to do is at a loss, and doubts nothing: "I don't know
# what to say", "we did not know how to react".
_AT_A_LOSS = re.compile(r"(?i)\s+(?:what|how|where|whom?|whether)\s+to\s+\w")
# What a doubt is about, when it names a thing or a deed: "no signs of foul
# play", "not likely to be used against anyone". It runs to the end of its
# clause, or to a second verb of the sentence ("... and have turned the case
# over"). A proposition doubted ("no evidence that these men were tied to
# terror", "nothing to suggest ...") may put the claim in other words.
_DOUBTED_OBJECT = re.compile(
    r"(?i)\s+(?:(?:at\s+all|whatsoever|yet)\s+)?(?:of|about|over|for|on|regarding|concerning"
    r"|to(?!\s+(?:suggest|show|support|indicate|prove|confirm|back)\b))"
    r"\s+(?!that\b)(?P<object>[^.;:!?\u2013\u2014]+)"
    # "unclear whether they carry missiles": the question is what is doubted.
    r"|\s+(?:whether|if|how|who|what|when|where|why|which)\s+(?P<asked>[^.;:!?\u2013\u2014]+)"
)
# Not knowing what the content has just said ("..., we don't know that yet").
_POINTED_AFTER = re.compile(r"(?i)\s+(?:that|this|it)(?:\s+(?:yet|either|for\s+sure))?\W*$")
_UNKNOWN_WORDS = frozenset({"know", "we", "i", "don't", "do", "not"})
# A question that asks which, not whether: "who will replace him", "what it is";
# not "how" ("how true it is" asks whether it is).
_WH_QUESTION = re.compile(r"(?i)\s+(?:who|what|when|where|why|which)\b")
# A negation that only says something may not be so: "might not be", "may not have".
_POSSIBLY_NOT = re.compile(r"(?i)\b(?:may|might)\s+not\b|\bmightn['\u2019]t\b")
_SECOND_VERB = re.compile(
    r"(?i),|\s+(?:and|but)\s+(?:(?:we|they|he|she|it|i|police)\s+)?"
    r"(?:have|has|had|is|are|was|were|will|would|did|do|does)\b"
)
# A word ending in "-ing" right before a cue word makes it a noun: "an eggnog
# chugging contest", "non-binding dispute resolution", "the ongoing dispute".
# Nouns in "-ing" ("the king questioned") are no modifiers.
_MODIFIER_BEFORE = re.compile(
    r"(?:^|\s)[\"\u201c\u2018]?(?P<word>[a-z-]{2,}ing)[\"\u201d\u2019]?\s+$"
)
_ING_NOUNS = frozenset(
    re.findall(
        r"[a-z]+",
        """
    being thing something anything everything nothing king evening morning spring ring
    wing sibling ceiling building meeting wedding
    """,
    )
)
# Units of measure say how much, not of what: "40 feet across" and "60 feet in
# diameter" measure different things; "13-year-old" and "20 years ago" are an
# age and a time. A unit is read with the word after it.
_UNITS = frozenset(
    re.findall(
        r"[a-z]+",
        """
    foot feet inch inches yard yards mile miles metre metres meter meters km kilometre
    kilometres kilometer kilometers cm mm kg kilogram kilograms gram grams pound pounds lb
    lbs ton tons tonne tonnes ounce ounces litre litres liter liters gallon gallons percent
    per cent year years month months week weeks day days hour hours minute minutes second
    seconds degree degrees mph
    """,
    )
)
# A genre in front of a noun names a kind of thing and calls nothing false or
# doubtful: "a propaganda video", "prank calls".
# Satire as a manner of writing ("a satirical voice", "her satirical edge"), no
# verdict that anything told is made up.
_SATIRE = frozenset({"satire", "satirical"})
_MANNER_AFTER = re.compile(
    r"(?i)\s+(?:voices?|tones?|style|edge|wit|humou?r|bent|vein|streak|eye|touch|spirit"
    r"|flair|sensibility|sensibilities|register|sense)\b"
)
# An attack on an outlet named by its kind, or its offices: "an attack on
# (the) satirical magazine", "the offices of a satirical weekly".
# The outlet is where something happened or what it was aimed at; it tells
# nothing, so its kind calls nothing told false.
_PLACE_OR_TARGET_BEFORE = re.compile(
    r"(?i)\b(?:(?:attacks?|attacked|assaults?|raids?|shootings?|massacres?|bombings?|strikes?"
    r"|fires?|threats?)[\"'\u201d\u2019]?\s+(?:on|at|against)|offices?\s+of|headquarters\s+of"
    r"|staff\s+of)"
    r"\s+(?:(?:the|a|an)\s+)?$"
)
_PRESS_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:weekly|weeklies|daily|dailies|monthly|newspapers?|papers?|publications?|journals?"
    r"|tabloids?|programmes?|programs?)\b"
)
_GENRE_MARKERS = frozenset({"propaganda", "prank"})
_GENRE_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:videos?|films?|clips?|footage|calls?|channels?|shows?|campaigns?|machine"
    r"|wars?|outlets?|magazines?|sites?|websites?|accounts?|pages?|posters?|leaflets?)\b"
)
# A swindle named after a preposition is a deed, the occasion of what is told,
# and calls nothing told false: "jailed over a phone scam", "arrested for an
# online scam" (but "part of a scam" still judges what it is said of). So is one
# that something holds, carries or runs: "the e-mail may have contained a
# phishing scam", "the gang ran a lottery scam" call no report untrue.
_DEEDS = frozenset({"scam", "scams"})
_DEED_BEFORE = re.compile(
    r"(?i)\b(?:over|for|in|into|with|behind|about|from|after|against|by|(?<!part\s)of"
    r"|contains?|contained|containing|carr(?:y|ies|ied|ying)|hid(?:e|es|den|ing)?"
    r"|r[au]n|runs|running|operat(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that|one|another)\s+)?(?:[\w-]+\s+){0,3}$"
)
# What a third person complains of is their grievance, which the content tells:
# "he complained about billing issues and false charges", "customers complain of
# bogus fees" call nothing the claim says false. The speaker's own complaint ("I
# complained about the false report") is their verdict, and is left to it.
_COMPLAINED_OF_BEFORE = re.compile(
    r"(?i)(?<![\w'\u2019])(?P<subject>[\w'\u2019]+\s+)?(?:(?:had|has|have|also|repeatedly|often)\s+)*"
    r"(?:complain(?:ed|s|ing)?|complaints?)\s+(?:about|of|over|regarding)\s+"
    r"[^.;:!?\u2013\u2014\"\u201c\u201d]{0,80}$"
)
_FIRST_PERSON_SUBJECT = frozenset({"i", "we"})
# A conditional clause says what would be, not what is: "spiders would suffocate
# if they burrowed under the skin" does not say that they burrow.
_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless)\b[^,;:.!?\u2013\u2014]*")


def _may_be_conditional(text: str) -> bool:
    """Whether `text` writes "if" or "unless", as `_CONDITIONAL` reads it."""
    lowered = _lowered(text)
    return "if" in lowered or "unless" in lowered


def says_conditionally(text: str) -> bool:
    """Whether `text` holds a conditional clause (`_CONDITIONAL`): "if the singer
    was arrested, the tour is off" tells no arrest."""
    return _may_be_conditional(text) and _CONDITIONAL.search(text) is not None


# A possessor before what a negation falls on: "not Ryan Roche's drink of
# choice" negates the drink, as "not my drink of choice" does.
_POSSESSOR = re.compile(
    r"(?i)\W*(?!(?:he|she|it|that|there|what|who|let|here|where)['\u2019]s\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s\s+(?=\w)"
)
# "Sceptical" said of others ("countered by sceptical ones", "a sceptical
# public") is not the speaker's doubt.
_SCEPTICAL = frozenset({"sceptical", "skeptical"})
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|by|of|with|from|some|many|more|other|these|those|their)\s+(?:\w+ly\s+)?$"
)
_NOUN_AFTER = re.compile(
    r"(?i)\s+(?!(?:about|of|that|because|as|and|but|at|over|on|regarding|toward|towards|to"
    r"|when|if|whether|given|than|too|enough|or|for)\b)[a-z]+"
)
# "Questions" asked, answered or faced are a noun: "to answer questions about
# the case", "do you have any other questions?".
_QUESTIONS_AS_OBJECT = re.compile(
    r"(?i)\b(?:answer\w*|ask\w*|field\w*|fac(?:e|es|ed|ing)|tak(?:e|es|en|ing)|took"
    r"|pos(?:e|es|ed|ing)|other|further|few|many|several)\s+(?:[\w-]+\s+)?$"
)
# A cue verb in a relative clause is someone else's: "for those who deny its
# existence", "the ministry, which disputed the figures".
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|which)\s+(?:(?:\w+ly|also|still|often)\s+)?$")
# An adverbial clause opening the content comes before its main clause: "If the
# government does not know who they are, it should come here".
_LEADING_CLAUSE = re.compile(
    r"(?i)\W*(?:if|unless|when|whenever|although|though|while|because|since|once)\b"
    r"[^,;:.!?\u2013\u2014]*,"
)
# A correction within the negation, "not X but Y", negates X, not the verb: "did
# not test positive for steroids but for something else" says that he tested
# positive.
_CORRECTIVE = re.compile(
    r"(?i)\s+but\s+(?:rather\s+)?(?:for|in|on|at|to|by|from|with|as|about|a|an|the)\b"
)
# A person denied, rejected or dismissed is refused or removed: "dismiss him",
# "rejected her for the post". No proposition is called untrue.
_PERSON_OBJECT = re.compile(
    r"(?i)\W*(?:him|her|them|me|us)\s*(?:$|[.,;:!?]|(?:from|for|after|over)\b)"
)
# What one will not comment on names no stance of one's own: "declined to
# comment on rumor or speculation".
_ON_RUMOURS = re.compile(
    r"(?i)\b(?:on|about|to)\s+(?:(?:the|any|such|these|those|market)\s+)?"
    r"(?:rumou?rs?|speculation|reports?|claims?|allegations?)"
    r"(?:\s*,?\s+(?:or|and)\s+(?:rumou?rs?|speculation|reports?|claims?|allegations?))*\b"
)
# An adjective before a cue word makes it a noun: "technical challenges",
# "legal challenges", "personal challenges", "serious questions".
_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b(?:legal|technical|personal|political|financial|territorial|constitutional"
    r"|logistical|practical|serious|major|key|big|tough|difficult|bitter|fresh|similar"
    r"|significant|huge|enormous|daunting|formidable|unique|civil|domestic|commercial"
    r"|internal|international|marital|industrial|contractual)\s+[\"\u201c\u2018]?$"
)
# A purpose is no verdict: "released by ISIS for propaganda".
_PURPOSE_BEFORE = re.compile(r"(?i)\bfor\s+(?:[\w-]+\s+)?$")
# An opening concession grants its doubt and goes on to the point: "While it is
# unclear who will play the lead, the actor is in talks".
_CONCESSION = re.compile(
    r"(?i)\W*(?:while|whilst|although|though|even\s+though)\b[^,;:.!?\u2013\u2014]*,"
)
# A scornful adjective before a noun describes a thing ("these ridiculous
# names"), unless the noun is something told or shown ("an absurd story"). "Fake"
# and "bogus" before a noun say that something is not what it claims to be ("a
# fake Banksy account"), which is a denial.
_ATTRIBUTIVE_DENIALS = frozenset({"ridiculous", "absurd", "laughable", "preposterous"})
# Words that call a thing not what it claims to be: before a plain noun ("a fake
# passport", "a fake casing") they name a kind of thing, not a telling called false.
_COUNTERFEIT = frozenset({"fake", "phony", "phoney"})
# The same words said of a person ("Mr Okafor was 'bogus'", "she is a fake")
# call the person a fraud, not what the claim says false.
_PERSON_VERDICTS = frozenset({"bogus", "fake", "phony", "phoney"})
_PERSON_CALLED_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z][\w'\u2019-]+|\b[Hh]e|\b[Ss]he)"
    r"\s+(?:is|was)\s+(?:(?:a|an|simply|just|completely|totally|utterly)\s+)*[\"\u201c'\u2018]?$"
)
_PLAIN_NOUN_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*|[A-Z]{2,4}s?\b)(?:\s+[a-z][a-z-]*){0,2}")
# What tells or shows something: "a fake report", "ridiculous claims" call it false.
_TELLING_ALTERNATION = (
    r"news|stor(?:y|ies)|reports?|claims?|rumou?rs?|allegations?|accusations?|information"
    r"|info|videos?|photos?|photographs?|pictures?|images?|footage|tweets?|posts?|articles?"
    r"|headlines?|quotes?|alarms?|statements?|press|accounts?|reporting|theor(?:y|ies)|ideas?"
    r"|suggestions?|assertions?|notions?|tales?|versions?|narratives?|coverage"
)
_TELLING_NOUN = re.compile(r"(?i)" + _TELLING_ALTERNATION + r"|sites?|websites?|pages?|profiles?")
_NOT_A_THING = frozenset(
    re.findall(
        r"[a-z]+",
        "who which that whose and or but to of in on at for by with about as than if from is "
        "are was were be been has have had will would after before when while because since "
        "until so",
    )
)
_THING_AFTER = re.compile(
    r"(?i)\s+(?!(?:"
    + _TELLING_ALTERNATION
    + r"|and|or|but|to|that|as|of|in|on|at|for|by|with|about"
    r"|because|than|if|[a-z]+ly)\b)[a-z][\w-]*"
)
# Where a relative clause starts: a negation after it is not the claim's own.
_RELATIVE_CUT = re.compile(r"(?i)\b(?:that|who|which|whose)\b")
# "Nothing but a lie", "nothing more than a stunt": what follows is affirmed.
_AFFIRMING_NEGATION = re.compile(
    r"(?i)\b(?:nothing\W+but|nothing\s+(?:more|less|short)\s+(?:than|of)|no\s+more\s+than"
    r"|none\s+other\s+than)\W+(?:[\w-]+\s+){0,2}$"
)
# A quantifier before what a negation falls on: "not one of the 93 people"
# negates the people, "not part of the plan" the plan.
_QUANTIFIER = re.compile(r"(?i)\W*(?:one|any|some|part|all|each|either|much)\s+of\s+(?=\w)")
# A comment withheld however it is qualified: "made no public comments".
_COMMENT_QUALIFIER = re.compile(r"(?i)(?:public|further|immediate|official|formal|direct)\s+")
# Verbs that say little without their object: "did not cause any injuries" does
# not contradict a claim that the impact caused a boom, nor "did not get his
# money back" one that a customer got someone fired.
_GENERAL_VERBS = frozenset(
    {
        "caus",
        "get",
        "make",
        "take",
        "give",
        "come",
        "bring",
        "put",
        "set",
        "run",
        "use",
        "keep",
        "determin",
        "find",
        # What is wanted or needed is the object: "we don't want no problems"
        # against "he wanted people to know the vehicle was no longer his".
        "want",
        "need",
    }
)
_OBJECT_AFTER = re.compile(
    r"(?i)\w*\s+(?:(?:any|the|a|an|his|her|their|its|our|my|your|this|that|these|those|much"
    r"|many|more|no)\s+)?(?P<object>[a-z][\w-]*)"
)
# A denial or doubt in a clause of concession or contrast with a subject of its
# own is that subject's: "despite the archbishop moving to rubbish the claims",
# "while lawmakers have remained skeptical".
_OTHERS_CLAUSE = re.compile(
    r"(?i)\b(?:despite|in\s+spite\s+of|notwithstanding|while|whereas)\b"
    r"(?!\s+(?:i|we|it|there|this|that)\b)[^,;:.!?\u2013\u2014]*$"
)
# A noun opening a clause as its subject: "(whether) the meteorite disintegrated".
_NOUN_SUBJECT = re.compile(
    r"(?i)\W*(?:(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+)?"
    r"(?!(?:he|she|it|they|we|i|you|there|this|that)\b)(?P<noun>[a-z][\w-]*)\s"
)
# Not knowing, in any person: "we don't know", "the mayor does not know".
_NOT_KNOWING = re.compile(r"(?i)\b(?:do|does|did)(?:\s+not|n['\u2019]t)\s+know\b")
# Not having received something, in any person and tense: "he had not received
# word about the ceasefire", "troops are yet to receive any order". What follows
# is what was not received.
_NOT_RECEIVED = re.compile(
    r"(?i)\b(?:(?:has|have|had|do|does|did)(?:\s+not|n['\u2019]t)(?:\s+(?:yet|ever))?"
    r"|(?:is|are|was|were|am)\s+(?:still\s+)?yet\s+to|not\s+yet|never)"
    r"\s+(?:\w+ly\s+)?(?:received?|receiving|gotten|got|get)\b(?P<what>[^.;:!?]*)"
)
# Speculation or scepticism that something spreads or stirs is others': "amid
# speculation about his health", "by passing on speculation and rumor",
# "igniting both skepticism and hopes", "to post propaganda online".
_OTHERS_DOUBT = frozenset(
    {"speculation", "skepticism", "scepticism", "propaganda", "misinformation"}
)
_CIRCULATED_BEFORE = re.compile(
    r"(?i)\b(?:amid|amidst|fuel\w*|spark\w*|prompt\w*|ignit\w*|spread\w*|pass\w*\s+on"
    r"|trigger\w*|stok\w*|feed\w*|fed|post\w*|shar\w*|publish\w*|circulat\w*)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
# The same that the doubt itself does: "after wild misinformation circulated
# about him", "speculation that spread online". Told as what went on, not as a
# saying ("misinformation spreads fast"), nor as the verdict ("propaganda
# spread by the rebels" is called so).
_CIRCULATED_AFTER = re.compile(
    r"(?i)[\"'\u201d\u2019]*\s+(?:that\s+|which\s+)?(?:(?:has|had|was|is)\s+(?:been\s+)?)?"
    r"(?:circulat(?:ed|ing)|spread(?:ing)?|swirl(?:ed|ing)|went\s+around|made\s+the\s+rounds)\b"
    r"(?!\s+by\b)"
)
# A verdict that the telling is such: "this is propaganda spread by the rebels".
_CALLED_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|it['\u2019]s|that['\u2019]s|this['\u2019]s)\s+(?:[\w-]+\s+){0,2}$"
)
# Whose words a denial or doubt is: another's, quoted inside what the speaker
# says ("They said, 'We didn't know we were doing this.'"), or a third person's
# in a speaker's own account ("I talked to them, and they were very dubious"):
# the speaker reports the doubt, and takes no side by it.
_QUOTED_OTHERS = re.compile(
    r"(?i)\b(?:he|she|they|you|[a-z]+s)\s+(?:(?:had|has|have)\s+)?"
    r"(?:said|says|told\s+\w+|asked|wrote|replied|added)\s*[,:]\s*['\"\u2018\u201c]"
)
_QUOTE_CLOSED = re.compile(r"[\"\u201d]|['\u2019](?=\s|$)")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b")
_THIRD_PERSON_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:]\s*|\b(?:and|but|that|so|because|when|after)\s+)(?:he|she|they)\s+"
    r"(?:(?:is|was|are|were|had\s+been|have\s+been|has\s+been|remained|remain|seemed|seem)\s+)?"
    r"(?:(?:very|quite|so|too|rather|\w+ly)\s+)?$"
)
# "Not aware that X" of someone the content names is an account of what they
# did not know, and takes X as so: "the guard was not aware that the door was
# open". Only the speaker's own unawareness ("we are not aware that ...", "it
# was not aware of ...") doubts.
_UNAWARE_THAT = re.compile(r"(?i)not\s+aware$")
_NAMED_UNAWARE = re.compile(
    r"(?i)^\W*(?!(?:i|we|he|she|they|it|you|this|that)\b)[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?"
    r"\s+(?:is|was|are|were|had\s+been|has\s+been|have\s+been)\s+$"
)
_THAT_AFTER = re.compile(r"(?i)\s+that\b")
# A search that found nothing reports a finding, a negative sentence of its
# own, not a doubt: "we found no signs of abuse or foul play" says that there
# was none, and denies a claim that there was. What it found none of is what
# it negates. So does what there was none of, an investigation's account ("there
# was no evidence of drug abuse and no signs of foul play"), with the findings
# joined to it. Having no evidence, or seeing none, still doubts, and so does
# what there is no evidence of now.
_GROUND_MARKER = re.compile(r"(?i)^no\b.*\b(?:signs?|evidence|indications?|proof|traces?)$")
# "You have no proof.", "you've got no evidence!": said back to someone who
# charges the speaker, with nothing said to be unproven; a retort, no doubt of
# the matter ("you have no proof that he was there" still doubts it).
_LISTENER_HAS_BEFORE = re.compile(
    r"(?i)\byou\s*(?:have|['\u2019]ve|got|have\s+got|['\u2019]ve\s+got)\s+(?:absolutely\s+)?$"
)
_NOTHING_MORE_AFTER = re.compile(r"\s*(?:$|[.!?\"\u201d])")
# A verdict that opens the content on "that" or "this" ("that's not the case")
# answers words said before the content; a reason given after it ("..., as the
# files also vanished") is what the content itself tells, and is told as so.
_POINTER_VERDICT_BEFORE = re.compile(
    r"(?i)\s*(?:but\s+|yet\s+)?(?:that|this)(?:\s*(?:['\u2019]s|\s+is|\s+was))?\s+"
    r"(?:(?:simply|just|clearly|certainly)\s+)?$"
)
_REASON_AFTER = re.compile(r"(?i)\s*,?\s+(?:as|because|since)\s+(?!well\b|such\b|of\b|far\b)\w")
_FOUND_BEFORE = re.compile(
    r"(?i)\b(?:found|find|finds|discovered|uncovered|turned\s+up|there\s+(?:was|were))\s+"
    r"(?:absolutely\s+)?(?:no\s+[^,;:.!?]{1,60}?\s+(?:and|or|nor)\s+)?$"
)
# Only of a thing or a deed ("no signs of foul play"); a clause found no evidence
# for ("found no evidence he was in Syria") is still doubted.
_OF_AFTER = re.compile(r"(?i)\s+(?:(?:whatsoever|at\s+all)\s+)?of\b")
_GROUND_OF = re.compile(
    r"(?i)\W*(?:[\w-]+\s+){0,2}?(?:signs?|evidence|indications?|proof|traces?)\s+"
    r"(?:(?:whatsoever|at\s+all)\s+)?of\s+"
    r"(?:(?:a|an|the|any|his|her|their|its|our|my|your|this|that|such)\s+)?(?P<what>[\w-]+)"
)
# What someone has done before or does again and again, said of a kind of thing
# ("is believed to have previously released misleading reports", "has a history
# of making false claims"): a habit, and no verdict on any one claim.
_HABIT_BEFORE = re.compile(
    r"(?i)\b(?:previously|in\s+the\s+past|repeatedly|routinely|habitually|frequently|often"
    r"|(?:has|have|had)\s+a\s+(?:long\s+)?(?:history|record|habit)\s+of)\b"
    r"[^,;:.!?\u2013\u2014]*$"
)
_KIND_AFTER = re.compile(r"(?i)\s+(?:[a-z-]+\s+)?[a-z]{2,}[^s\W]s\b")
# A denial hoped for is not known: "I hope that it isn't true", "praying it is a hoax".
_HOPED_BEFORE = re.compile(
    r"(?i)\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|pray|prays|prayed|praying)\s+"
    r"(?:that\s+)?(?:[\w'\u2019-]+\s+){0,3}$"
)
# A denial supposed, not made: "even if it is not true", "whether or not it is true".
_SUPPOSED_DENIAL = re.compile(r"(?i)\b(?:even\s+if|whether\s+or\s+not)\b[^,;:.!?\u2013\u2014]*$")
# A verdict asked of someone else is not given: "please confirm that the news is
# fake", "can someone tell me this is a hoax". The speaker asks for the verdict,
# and takes no position by asking. A request to attend to something ("please
# note that the story is fake") tells it, and is no request for a verdict.
_VERDICT_REQUESTED = re.compile(
    r"(?i)\b(?:(?:please|pls|plz|kindly)\s+(?!(?:note|remember|understand|know|see|realise|realize"
    r"|recall|be|bear|keep)\b)[a-z]+(?:\s+(?:me|us))?\s+that"
    r"|(?:can|could|will|would)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:please\s+)?"
    r"(?:confirm|tell\s+(?:me|us)|say|verify))\s+(?:that\s+)?[^,;:.!?\u2013\u2014]*$"
)
# A question asking who says something denies it: "Who says we are talking to
# anyone?" says that no one rightly says so. The questioned clause needs a subject
# and a verb of its own ("Who said that?" asks only who said it).
_WHO_SAYS = re.compile(
    r"(?i)(?:^|[.!?:;\"\u201c]\s*)who\s+(?:says|said|told\s+(?:you|them))\s+(?:that\s+)?"
    r"(?=(?:[\w'\u2019-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|can|did|do|does)\b)"
    r"[^?.!]*\?"
)


def _refused(verb: str, content: str, end: int) -> bool:
    """Whether a denial verb ending at `end` refuses or removes what follows it
    rather than calling anything untrue: a demand or offer ("rejected a $500m
    deal", "rebuffed calls for talks"), a person ("dismissed him"), a case at law
    or a post ("dismissed the charges", "dismissed from service"). Ruling
    something out denies that it is so or will be ("ruled out any Ebola case",
    "ruled out a deal"), whatever it names."""
    if verb.startswith(_WITHHOLDING_VERBS):
        return bool(_WITHHELD_OBJECT.match(content, end))
    if not verb.startswith(_REFUSING_VERBS):
        return False
    patterns = [_DEMAND_OBJECT, _PERSON_OBJECT]
    if verb.startswith("dismiss"):
        patterns += [_LEGAL_OBJECT, _REMOVED_FROM]
    return any(pattern.match(content, end) for pattern in patterns)


# Denial verbs that may refuse an offer or a person rather than deny a proposition.
_REFUSING_VERBS = ("reject", "rebuff", "dismiss")
# Denial verbs that may withhold something granted rather than deny a proposition.
_WITHHOLDING_VERBS = ("deny", "deni")


def _others_words(content: str, index: int) -> bool:
    """Whether the denial or doubt word at `index` is another's that the content
    reports: inside a quotation it attributes to someone ("They said, 'We didn't
    know ...'"), or said of a third person by a speaker who speaks of themself
    ("Even after I talked to them, they were very dubious")."""
    before = content[:index]
    quoted = max(_QUOTED_OTHERS.finditer(before), key=lambda found: found.start(), default=None)
    if quoted is not None and not _QUOTE_CLOSED.search(before, quoted.end()):
        return True
    if _SOME_OTHERS_SUBJECT.search(before):
        return True  # "Some people question why there is a sergeant at arms. This is why!"
    if _GENERIC_SUBJECT.search(before):
        return True  # "We make the point. Official channels deny.": what they do
    return bool(_FIRST_PERSON.search(content) and _THIRD_PERSON_SUBJECT.search(before))


# Unnamed others as the subject of a doubt the content reports: "some people
# question why ...", "critics have doubted ...", "others dispute it". The
# speaker tells of their doubt and takes no side by it.
_SOME_OTHERS_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:.!?]\s*|\b(?:and|but|while|as|though|although)\s+)"
    r"(?:(?:some|many|few|several|other|most)\s+(?:people|users|critics|observers|fans|readers"
    r"|viewers|commentators|sceptics|skeptics|residents|commenters)|others|critics|sceptics"
    r"|skeptics)\s+(?:(?:have|had|still|also|openly|even|now)\s+)*$"
)


# A plural with no determiner as the subject of a later sentence of what someone
# says tells what such bodies do: "We make the point. Official channels deny."
# The speaker tells of their habit, and denies nothing by it. A headline's own
# opening subject ("Experts debunk claims") is the denier it reports, and is left
# to it.
_GENERIC_SUBJECT = re.compile(
    r"\w[\"'\u201d\u2019)]?[.;!?]\s+"
    r"(?!(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|[Tt]hese"
    r"|[Tt]hose|[Ww]e|[Tt]hey|[Yy]ou|[Ii]t|[Ii]|[Tt]here|[Ss]o|[Tt]hus|[Aa]lso)\b)"
    r"(?:[A-Za-z]+\s+)?[A-Za-z]{2,}[^s\W']s\s+"
    r"(?:(?:always|usually|often|routinely|typically|generally|simply|just|will|would|tend\s+to)\s+)?$"
)


# A doubt told as what something caused in someone: "the long hours meant he
# doubted he would ever marry", "the delay made them question the plan". The
# speaker tells of a state of mind and its cause, and takes no position on
# anything by it.
_CAUSED_STATE_BEFORE = re.compile(
    r"(?i)\b(?:meant|means|mean|made|makes|make|left|leaves|leave|led|leads)\s+(?:that\s+)?"
    # A pronoun written twice by a slip ("meant he he doubted") is still one.
    r"(he|she|they|him|her|them)\s+(?:\1\s+)?(?:(?:to|had|has|have|was|were|is|are|\w+ly)\s+)?$"
)


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
    return sorted(_inflect(head), key=lambda form: (-len(form), form)) if inflect else [head]


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
    # Longest first; phrases of one length in their own order, not the set's (which
    # changes from process to process): the same pattern, and its kept code, every
    # run. So too a head's forms (`_head_forms`).
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return _compile([_phrase_pattern(p, inflect) for p in ordered])


# Characters outside ASCII that a case-blind regex takes for an ASCII letter
# (dotted and dotless i, long s, the Kelvin sign), as that letter: a text
# holding one is folded with the letter in its place, so that its phrases are
# found where a case-blind regex matches them, at the same offsets (the dotted
# I alone lowercases to two characters).
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"[a-z]+")


class _Folded(NamedTuple):
    """A text lowercased once, with the words it holds (or those of them that matter)."""

    lowered: str
    words: frozenset[str]


# A content is folded for several lexicons and rules in a row: each is read once.
@functools.lru_cache(maxsize=1 << 14)
def _fold(text: str, words: re.Pattern[str] = _WORD) -> _Folded:
    """`text` ready for phrase look-up.

    `words` finds the words to keep in lowercased text; by default, all of them.
    """
    lowered = _lowered(text)
    return _Folded(lowered, frozenset(words.findall(lowered)))


def _lowered(text: str) -> str:
    """`text` lowercased at the same offsets, each letter a case-blind regex takes
    for an ASCII one written as that letter. A regex of lowercase ASCII letters,
    marks and the word and space classes matches it where and as the same regex
    made case-blind matches `text`: lowering keeps each character a word or
    space character or neither, and no other character lowers to a mark."""
    if not text.isascii() and _ODD_CASE.search(text):
        text = text.translate(P.ODD_CASE_LETTERS)
    return text.lower()


def _may_hold(folded: _Folded, parts: tuple[str, ...]) -> bool:
    """Whether a folded text holds one of `parts` (lowercase) anywhere.

    A case-blind regex that can match only where one of its words is written
    (`_SHOT_DOWN_NEEDS`) need not scan a text holding none of them: folded, a
    text has each letter such a regex takes for an ASCII one at its place.
    """
    # Asked of each part in C, by the text's own `in`: no generator's frame per ask.
    return any(map(folded.lowered.__contains__, parts))


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


def _word_trie(phrases: list[str]) -> str | None:
    """One regex for uninflected phrases with their shared opening words written
    once ("not (?:received|had) ..."), matching where and as far as their
    alternation does, longest first; None unless each opens and ends on a
    letter or digit and has single spaces.

    Some phrase groups run to thousands of phrases: as one alternation each
    took tens of milliseconds to compile, in every process that met its word.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        if (
            not (phrase[:1].isalnum() and phrase[-1:].isalnum())
            or " ".join(phrase.split()) != phrase
        ):
            return None
        node = trie
        for word in phrase.lower().split():
            node = node.setdefault(word, {})
        node[""] = {}
    return r"\b" + _next_words(trie)


def _next_words(node: dict[str, Any]) -> str:
    # A longer word first: "didn't" is tried before "didn", as in the alternation,
    # where the longer phrase comes first; a phrase goes on before it ends.
    branches = []
    for word in sorted((word for word in node if word), key=lambda word: (-len(word), word)):
        child = node[word]
        rest = _next_words(child) if len(child) > ("" in child) else ""
        if not rest:
            after = r"\b"
        elif "" in child:
            after = rf"(?:\s+{rest}|\b)"
        else:
            after = rf"\s+{rest}"
        branches.append(re.escape(word) + after)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _start_key(form: str) -> str:
    """What a phrase starting with `form` starts with in lowercased text: the letters
    up to its first non-letter ("u.s." -> "u"), or its first character (":")."""
    letters = _WORD.match(form)
    return letters.group() if letters else form[0]


_Label = TypeVar("_Label")


class _Deferred:
    """A case-blind alternation compiled the first time a text is matched against it.

    A lexicon holds a few hundred of these and a run that reads a few texts
    (`add`, `match`) tries only the handful whose first words those texts
    hold: compiling all of them up front was most of what building a
    lexicon cost.
    """

    __slots__ = ("_patterns", "_regex")

    def __init__(self, patterns: list[str]) -> None:
        self._patterns = patterns
        self._regex: re.Pattern[str] | None = None

    # Pickled (for `extract --jobs` workers) as its patterns, compiled again on use.
    def __getstate__(self) -> tuple[list[str]]:
        return (self._patterns,)

    def __setstate__(self, state: tuple[list[str]]) -> None:
        self._patterns = state[0]
        self._regex = None

    def match(self, text: str, at: int) -> re.Match[str] | None:
        if self._regex is None:
            self._regex = _compile(self._patterns)
        return self._regex.match(text, at)


class _Group(NamedTuple, Generic[_Label]):
    """The phrases of one label that start with the same word, as one regex."""

    rank: int  # the label's place among the labels: ties go to the first
    label: _Label
    regex: _Deferred
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

    # Each label's phrases as regexes, longest first: compiled only when asked
    # for (`patterns`, what `find` is held to), which no reading of a text does.
    # Compiling them all took most of the time a lexicon takes to build, and
    # each time a run met a text `find` could not fold.
    sources: dict[_Label, list[str]]
    # starting word (or character) -> the groups of phrases starting there
    by_word: dict[str, list[_Group[_Label]]]
    by_char: dict[str, list[_Group[_Label]]]

    @functools.cached_property
    def patterns(self) -> dict[_Label, re.Pattern[str]]:
        """Each label's phrases as one case-blind alternation."""
        return {label: _compile(source) for label, source in self.sources.items()}

    @classmethod
    def build(cls, phrases: dict[_Label, list[str]], inflect: bool) -> _Phrases[_Label]:
        sources: dict[_Label, list[str]] = {}
        by_word: dict[str, list[_Group[_Label]]] = {}
        by_char: dict[str, list[_Group[_Label]]] = {}
        for rank, (label, group) in enumerate(phrases.items()):
            ordered = sorted(set(group), key=len, reverse=True)
            sources[label] = [_phrase_pattern(p, inflect) for p in ordered]
            by_start: dict[str, list[str]] = {}
            for phrase in ordered:  # longest first here too, as in `patterns`
                starts = dict.fromkeys(_start_key(form) for form in _head_forms(phrase, inflect))
                for key in starts:
                    by_start.setdefault(key, []).append(phrase)
            for key, members in by_start.items():
                trie = None if inflect else _word_trie(members)
                regex = _Deferred(
                    [trie] if trie else [_phrase_pattern(p, inflect) for p in members]
                )
                lasts = [p.lower().split()[1:] for p in members]
                # Each phrase of more than one word needs its last word in the text.
                needs = None if not all(lasts) else tuple({words[-1] for words in lasts})
                index = by_word if _WORD.fullmatch(key) else by_char
                index.setdefault(key, []).append(_Group(rank, label, regex, needs))
        return cls(sources, by_word, by_char)

    def find(self, text: str) -> list[tuple[re.Match[str], _Label]]:
        """Every match in text order, ties in label order."""
        return self.find_folded(text, _fold(text))

    def find_folded(self, text: str, folded: _Folded) -> list[tuple[re.Match[str], _Label]]:
        """`find`, with `text` already folded (`folded` is `_fold(text)`)."""
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
            if needs is None or any(map(lowered.__contains__, needs))
            for at in positions(lowered, start)
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
    withholds: bool  # takes no position: "would not say", "declined to confirm"
    unsaid: bool  # "did not say": denies saying, unless what goes unsaid is a question
    asks: bool  # a question verb: "asked", "enquired"
    wonders: bool  # "wondered"


class _Reading(NamedTuple):
    """What a statement says by itself, before it is read against a claim."""

    # From the cue or the content's denial and doubt words; None when neither says.
    stance: Stance | None
    # For each negation of the content's main clause, the words it negates.
    negated: tuple[frozenset[str], ...]


# Texts whose readings a lexicon keeps before it starts afresh.
_READINGS_KEPT = 200_000
# What a lexicon reads of a statement by itself: see `Lexicon.prepared`.
Prepared = tuple[_Reading, tuple[frozenset[str], ...]]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The stance cue words, compiled once; build with `Lexicon.build`."""

    cues: _Phrases[Stance] = field(repr=False)
    markers: _Phrases[Stance] = field(repr=False)
    lemmas: dict[str, Stance] = field(repr=False)
    _hedge: _Phrases[str] = field(repr=False)
    _withheld: re.Pattern[str] = field(repr=False)
    _refused_speech: re.Pattern[str] = field(repr=False)
    _question: re.Pattern[str] = field(repr=False)
    _wonder: re.Pattern[str] = field(repr=False)
    # Finds the words that content rules look for: phrases' first words, negations.
    _words: re.Pattern[str] = field(repr=False)
    # A corpus uses a few hundred cue phrases over and over ("said", "told").
    _cue_readings: dict[str, _CueReading] = field(default_factory=dict, repr=False)
    # What statements and claims say by themselves, as read so far: `extract`
    # reads each statement where it is extracted (a `--jobs` worker), and the
    # process that groups reads it again against its claim (see `learn`).
    _readings: dict[tuple[str | None, str], _Reading] = field(default_factory=dict, repr=False)
    _negations: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, extra: Cues = _NO_CUES) -> Lexicon:
        """The built-in lexicon, extended (and overridden) by the ledger's `cues:` block.

        Built once per process and `cues:` block, and never changed once built;
        each group of phrases is compiled the first time a text holds its
        first word (compiling them all took a quarter of a second).
        """
        return _built_lexicon(extra)

    @classmethod
    def _build(cls, extra: Cues) -> Lexicon:
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
            _withheld=_alternation(WITHHELD_VERBS, inflect=True),
            _refused_speech=_alternation(REFUSED_SPEECH_VERBS, inflect=True),
            _question=_alternation(QUESTION_VERBS, inflect=True),
            _wonder=_alternation(WONDER_VERBS, inflect=True),
            _words=_word_finder({*cues.by_word, *markers.by_word, *_NEGATION_WORDS, "down"}),
        )

    def cue_lemmas(self) -> frozenset[str]:
        """Every stance-bearing cue phrase in its base form ("deny", "cast doubt")."""
        return frozenset(self.lemmas)

    def cue_pattern(self) -> re.Pattern[str]:
        """One regex matching any stance-bearing cue phrase in any inflection."""
        alternatives = "|".join(
            f"(?:{'|'.join(source) or '(?!x)x'})" for source in self.cues.sources.values()
        )
        return re.compile(alternatives, re.IGNORECASE)

    def find_cue(self, text: str) -> tuple[Span, str, Stance] | None:
        """The first stance-bearing cue phrase in `text`: its span, words and stance."""
        for match, stance in self.cues.find(text):
            return match.span(), match.group(0), stance
        return None

    def cue_stance(self, cue: str) -> Stance | None:
        """The stance a cue phrase carries by itself, or None for neutral cues ("said").

        A negated denial or doubt asserts ("did not deny"); a cue that withholds
        a position ("declined to confirm", "would not say", "did not confirm or
        deny") carries none. A question ("asked") carries none either.
        """
        return self._read_cue(cue).stance

    def withholds_a_thing(self, cue: str | None, content: str) -> bool:
        """Whether a denial verb as the cue withholds a thing granted rather than
        says anything: "will deny Internet service to users", "denied bail to the
        two men" tell a deed, and make no statement."""
        if not cue or not cue.split()[-1].lower().startswith(_WITHHOLDING_VERBS):
            return False
        reading = self._read_cue(cue)
        return (
            reading.stance is Stance.DENIES
            and not reading.negated
            and bool(_WITHHELD_OBJECT.match(content))
        )

    def refuses_a_thing(self, cue: str | None, content: str) -> bool:
        """Whether a refusing verb as the cue refuses or removes a thing rather
        than says anything: "rejected a $500m reunion offer", "dismissed calls
        for an inquiry", "dismissed 849 cases", "was dismissed from service"
        tell a deed, and make no statement."""
        if not cue:
            return False
        verb = cue.split()[-1].lower()
        if not verb.startswith(_REFUSING_VERBS):
            return False
        reading = self._read_cue(cue)
        return (
            reading.stance is Stance.DENIES and not reading.negated and _refused(verb, content, 0)
        )

    def takes_position(self, cue: str | None, content: str) -> bool:
        """Whether a statement takes any position on what it talks about.

        It takes none when its cue withholds one ("could not confirm",
        "declined to comment", "would not say", "did not confirm or deny"),
        when it only asks ("asked whether the troops had crossed"), or when the
        main clause of its content does ("it could not confirm the reports",
        "the company had no comment", "he was not in a position to confirm
        the authenticity of the video", "could not be reached for comment").
        A remark that withholds one thing but doubts or denies another ("could
        not comment, but was sceptical") takes a position.
        """
        if cue:
            reading = self._read_cue(cue)
            if reading.withholds:
                return False
            if reading.unsaid and _OPEN_QUESTION.match(" " + content):
                return False  # "did not say whether"
            if reading.asks and _YES_NO_CLAUSE.match(content):
                # "asked if he could help" requests; "asked him if he would deny
                # the figure" asks for a position and takes none.
                request = _REQUEST_CLAUSE.match(content)
                return request is not None and not _POSITION_ASKED.match(content, request.end())
        main = _main_clause(content)
        lowered = _lowered(main)
        unknown = (
            _NO_INFORMATION_ON.search(main)
            if any(word in lowered for word in _NO_INFORMATION_NEEDS)
            else None
        )
        if unknown is not None and not _INFORMATION_OF_CLAUSE.search(main, unknown.end()):
            return False  # "he had no information on her whereabouts"
        if not self._withholds_in_content(content):
            return True
        # "declined to comment on rumor or speculation": what is not commented on
        # is no doubt of the speaker's.
        unremarked = _ON_RUMOURS.sub(" ", content)
        if _HOPED_UNTRUE.search(unremarked):
            # "I cannot confirm that and I hope that it isn't true": what is not
            # confirmed is only hoped to be false, which is no doubt of it.
            unremarked = _HOPED_UNTRUE.sub(" ", unremarked)
        return self._explicit_stance(None, unremarked) in (Stance.DENIES, Stance.DISPUTES)

    def withholding(self, content: str) -> tuple[Span, Span] | None:
        """Who withholds a position in a text that takes none by its own main
        clause, and in what words: the spans of its subject ("The Kremlin", empty
        when there is none) and of the refusal ("declined to comment"), or None
        when the text takes a position or withholds none that way."""
        if self.takes_position(None, content):
            return None
        refusal = _REFUSAL_CLAUSE.match(_main_clause(content))
        if refusal is None:
            return None
        start, end = refusal.span("subject")
        subject = content[start:end]
        subject_end = start + len(subject.rstrip())
        cue_end = refusal.end()
        verb = _REST_OF_WORD.match(content, cue_end) if refusal.start("verb") >= 0 else None
        if verb is not None:
            cue_end = verb.end()  # the whole verb: "confirm", not its first letter
        return (start, subject_end), (end, cue_end)

    def _withholds_in_content(self, content: str) -> bool:
        if _NEITHER_COMMENTED.match(content):
            return True  # "neither the bank nor its lawyers had comment"
        if _NOTHING_FURTHER.match(content):
            return True  # "there are no further details at this stage"
        main = _main_clause(content)
        refusal = _REFUSAL_CLAUSE.match(main)
        if refusal is None:
            return False
        at = refusal.start("verb")
        if at < 0:
            return True  # "had no comment", "not in a position to", "could not be reached"
        if self._withheld.match(main, at):
            return True
        if self._refused_speech.match(main, at):
            # "would not say" refuses; "did not say whether" leaves a question open;
            # "did not say that ..." denies that it was said.
            spoken = self._refused_speech.match(main, at)
            assert spoken is not None
            negation = refusal.group("neg") or ""
            return bool(_REFUSAL.search(negation) or _OPEN_QUESTION.match(main, spoken.end()))
        return False

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
        spoken = bool(negation and self._refused_speech.search(cue, negation.end()))
        refused = bool(negation and _REFUSAL_CUE.search(negation.group(0)))
        withholds = bool(negation and self._withheld.search(cue, negation.end())) or (
            spoken and refused
        )
        unsaid = spoken and not refused
        asks = bool(self._question.search(cue))
        wonders = bool(self._wonder.search(cue))
        found = self.cues.find(cue)
        stance = found[0][1] if found else None
        if stance is None and _VERDICT_IN_CUE.search(cue):
            stance = Stance.DENIES  # 'described as "rubbish" a report', "called ... nonsense"
        if stance is None and _DOUBT_ADJECTIVE_CUE.search(cue):
            stance = Stance.DISPUTES  # "are sceptical that ...", "remain doubtful of ..."
        if found and _cue_negation(cue, found[0][0].start()):
            if stance is Stance.ASSERTS:
                # "did not confirm", "never claimed": says nothing either way.
                withholds = True
            else:
                # "did not deny", "never disputed": two denials make an assertion,
                # unless it goes on to withhold ("would neither confirm nor deny").
                withholds = withholds or Stance.ASSERTS in {s for _, s in found}
                stance = Stance.ASSERTS
        if withholds:
            stance = None
        return _CueReading(stance, bool(negation), withholds, unsaid, asks, wonders)

    def hedge_in(self, text: str) -> tuple[Span, str] | None:
        """The first hedge in `text` ("reportedly", "is said to", a question), or None.

        Modals ("may", "could", "might") count when they qualify the main
        clause: they say the content is possible, not that it is so ("so they
        could", "which may" qualify something else). "May" the month does not,
        nor does a modal opening a second predicate of the same subject ("broke
        his leg, may miss the final"): the first predicate is still asserted.
        A yes/no question ("Is X ...?", "Kim Jong-un dead?") raises the claim
        without asserting it, and its "?" is the hedge; a wh-question ("How did
        X ...?") takes its content for granted, and one put to the reader ("Would
        you ...?") is about the reader. A question after a dash is a sentence of
        its own ("X - but is it real?"), and one told as someone else's ("asks
        the doctors: are you done?") is theirs, not the writer's.
        """
        for match, _ in self._hedge.find(text):
            word = match.group(0).lower()
            if word in _MODALS and match.start() >= len(_main_clause(text)):
                continue
            if word.startswith("reported") and P.FOR_DUTY_AFTER.match(text, match.start() + 8):
                continue  # "she reported to work": she went there, no hedge
            if word in _MODALS and _SECOND_PREDICATE.search(text, 0, match.start()):
                continue  # "Battery lasts a day, but may improve": the first is so
            if word == "may" and any(
                s <= match.start() < e for s, e in (m.span() for m in _MONTH_MAY.finditer(text))
            ):
                continue
            return match.span(), match.group(0)
        for start, end in _yes_no_questions(text):
            if _ASKED_BY.search(text, start, end) or _ASKED_BEFORE.search(text, 0, start):
                continue  # "asks doctors: are you done?": someone's question, told
            return (end - 1, end), "?"
        return None

    def content_stance(self, content: str) -> Stance | None:
        """The stance the content's own denial and doubt words take (rules 3-5), or None.

        A question that offers alternatives ("Real or hoax?", "... or not?")
        takes no side, so the rules read only the rest of the content. A
        question with one answer in view ("Was it all a hoax?") doubts: it asks
        whether something is false, and denies nothing flatly.
        A negation alone is no stance: the content asserts it.
        """
        content = _without_alternative_questions(content)
        folded = _fold(content, self._words)
        marker = self._marker_stance(content, folded)
        if marker is not None:
            return marker
        return self._verb_stance(content, folded)

    def marker_stance(self, content: str) -> Stance | None:
        """The stance of a false-or-contested marker in the content (rules 3-4), or None.

        A negated denial marker ("not fake", "no hoax") is an assertion.
        """
        return self._marker_stance(content, _fold(content, self._words))

    def read(self, cue: str | None, content: str) -> _Reading:
        """What a statement says by itself: its explicit stance and what it negates."""
        key = (cue, content)
        found = self._readings.get(key)
        if found is None:
            if len(self._readings) >= _READINGS_KEPT:
                self._readings.clear()
            found = self._readings[key] = self._read(cue, _unbracketed(content))
        return found

    def negations(self, text: str) -> tuple[frozenset[str], ...]:
        """For each negation anywhere in `text` (not only its main clause), the words it
        negates; "stop serving" negates "serve"."""
        found = self._negations.get(text)
        if found is None:
            if len(self._negations) >= _READINGS_KEPT:
                self._negations.clear()
            plain = _unbracketed(text)
            # A norm negates too where only agreement is asked: "cannot be ruled
            # out" says what "could not be ruled out" says.
            found = self._negated(plain, main_only=False, norms=True)
            folded = _fold(plain, self._words)
            if _may_hold(folded, _CONTRAST_NEEDS):
                found += self._set_aside(plain)
            if _may_hold(folded, _STOPPED_NEEDS):
                found += tuple(_stems(m.group("verb"), 1) for m in _STOPPED.finditer(plain))
            if "without" in folded.lowered:
                found += tuple(w for w in map(_lacked, _WITHOUT.finditer(plain)) if w)
            self._negations[text] = found
        return found

    def prepared(self, cue: str | None, content: str) -> Prepared:
        """What `stance_toward` reads of a statement by itself, to hand to `learn`."""
        return self.read(cue, content), self.negations(content)

    def learn(self, cue: str | None, content: str, prepared: Prepared) -> None:
        """Take what another process's `prepared` read of a statement (same cues)."""
        self._readings.setdefault((cue, content), prepared[0])
        self._negations.setdefault(content, prepared[1])

    def _read(self, cue: str | None, content: str) -> _Reading:
        content = _without_outer_verdict(cue, content)
        if P.possible_pointing(content) is not None:
            # "it can't be ruled out": neither so nor not so, but may be.
            return _Reading(Stance.DISPUTES, ())
        explicit = self._explicit_stance(cue, content)
        if explicit is not None:
            return _Reading(explicit, ())
        negated = self._negated(content)
        if cue and self._read_cue(cue).unsaid:
            negated += (_SAY,)  # "did not say that ...": denies that it was said
        return _Reading(None, negated)

    def negates(self, cue: str | None, content: str) -> bool:
        """Whether a statement with no denial or doubt words negates what it says
        ("it did not send troops"): it denies the claim it says the opposite of,
        if it joins one. A state that excludes harm says so too: "the car is safe"
        says that it was not stolen, "she is alive" that she was not killed. A
        negated feeling ("not surprised at the reports") negates nothing of
        what stirred it (`_feeling_only`)."""
        reading = self.read(cue, content)
        if any(not _feeling_only(words) for words in reading.negated):
            return True
        return reading.stance is None and _excluded_state(content, _EXCLUDING)

    def negates_its_predicate(self, cue: str | None, content: str, claim: str) -> bool:
        """Whether a statement that denies a claim only by negating its words
        (no denial or doubt word) negates the claim's predicate
        (`negation_reaches`); True for any other statement."""
        own = self.read(cue, content)
        if own.stance is not None:
            return True
        if not own.negated:
            said = self.read(None, claim)
            if said.stance is not None or not said.negated or _IS_NOT_A.search(claim):
                # What a thing is not ("the woman is not his wife") is contradicted
                # by a sentence that calls it so in any of its roles ("detained his wife").
                return True
            # A negative claim met with a plain sentence: the sentence contradicts
            # it only by saying what the claim negates as its own predicate ("the
            # patient has Ebola" against "the patient does not have Ebola"), not by
            # naming it ("the city's arrest figures" against "police will no longer
            # arrest people").
            return says_what_is_negated(_known(said.negated), content)
        return negation_reaches(_known(own.negated), content, claim)

    def _calls_false_as_said(self, clause: str, claim: str) -> bool:
        """Whether a telling called false (`clause` of "reports that ... are false")
        holds the claim's own denial or doubt word, and so the claim's proposition:
        "reports that the city will deny permits to vendors are false" against "The
        city will deny permits to street vendors" calls false what the claim says,
        though both read as denials alone."""
        said = self.read(None, claim).stance
        claim_words = _stems(claim)
        return (
            said is not None
            and self.read(None, clause).stance is said
            and 2 * len(_stems(clause) & claim_words) >= len(claim_words)
        )

    def stance_toward(self, cue: str | None, content: str, claim: str) -> Stance:
        """The stance of a statement toward the claim whose text is `claim`."""
        if not self._cue_speaks(cue) and _opens_with(claim, content):
            # The claim is the content's own first sentence, as its claim text
            # restates it ("Woods has withdrawn three times. These claims are
            # false"): whatever the later sentences deny is something else.
            return Stance.ASSERTS
        own = self.read(cue, content)
        # "False", "hoax", "no evidence" about something else: about what the claim
        # is not, or beside the claim's own words that the content says.
        if (
            own.stance in _AGAINST
            and not self._cue_speaks(cue)
            and (not _about(content, claim) or self._beside_claim(cue, content, claim))
        ):
            own = _Reading(None, ())
        if (
            own.stance is Stance.DISPUTES
            and not self._cue_speaks(cue)
            and _property_questioned(content, claim)
        ):
            # "he had seen footage of captured planes and questioned their
            # viability": whether they fly, not whether they were captured.
            own = _Reading(None, ())
        if own.stance is Stance.DISPUTES and _property_asked(content, claim):
            # "skeptical of whether they will be productive", "too early to know
            # if the operation would be a success": whether the thing has a
            # property the claim does not tell of, not whether the claim is so.
            own = _Reading(None, ())
        if (
            own.stance is Stance.DISPUTES
            and not self._cue_speaks(cue)
            and _doubt_caused_by_claim(content, claim)
        ):
            # "the late start of production will make questionable Apple's
            # statements that X" takes the claim for granted (production starts
            # late), and doubts X because of it.
            own = _Reading(None, ())
        if (
            own.stance in _AGAINST
            and not self._cue_speaks(cue)
            and _verdict_on_another_clause(content, claim)
        ):
            # "(the myth that) 'humans swallow 8 spiders a year' was highly
            # unlikely" doubts the swallowing, not that doctors found a spider
            # under a man's skin.
            own = _Reading(None, ())
        if (
            own.stance in _AGAINST
            and not self._cue_speaks(cue)
            and self._against_in_another_part(content, claim)
        ):
            # "The engineers will try to determine if there was a dubbing. ...
            # Now, I don't know, CNN got this tape first": the doubt is of a part
            # well after the one that says what the claim says.
            own = _Reading(None, ())
        if (
            own.stance is Stance.DISPUTES
            and not self._cue_speaks(cue)
            and self._doubted_elsewhere(content, claim)
        ):
            # "no signs of foul play" against a claim that a body was found: the
            # doubt names what it is about, and that is not the claim.
            own = _Reading(None, ())
        if own.stance is Stance.DENIES and not self._cue_speaks(cue):
            called = _TELLING_CALLED_FALSE.search(content)
            if called is not None and self._calls_false_as_said(called.group("clause"), claim):
                return Stance.DENIES
            told = _FALSE_TELLING_THAT.search(content)
            if (
                told is not None
                and clause_predicate(told.group("clause"))
                and not denies_predicate_of(told.group("clause"), claim, states=False)
            ):
                # "fake news that the singer had died" calls the death false: it
                # denies nothing of a claim that says something else of him
                # ("the singer has never felt better"), and agrees with one that
                # says a state the death excludes ("the singer is alive").
                return Stance.ASSERTS
        # The claim's text read the same way: a claim can say that something is
        # false or unproven ("The video is a hoax"), or not so.
        said = self.read(None, claim)
        everywhere = self.negations(content), self.negations(claim)
        if (
            own.stance is Stance.DENIES
            and not self._cue_speaks(cue)
            and said.stance is None
            and said.negated
            and all(any(_shares(w, c) for c in everywhere[0]) for w in said.negated)
        ):
            # The content says what a negative claim says, and calls the contrary
            # a lie: "We have not made a ceasefire with anyone. It's a lie" against
            # "Boko Haram has not made a ceasefire".
            own = _Reading(None, ())
        if (
            own.stance is Stance.DENIES
            and self._cue_speaks(cue)
            and said.stance is None
            and said.negated
            and self._negated(content)
            and all(any(_shares(w, c) for c in everywhere[0]) for w in said.negated)
        ):
            # A denial in negative words says what a negative claim says: "the
            # abbess denied: 'No sister gave birth'" against "No sister gave birth".
            return Stance.ASSERTS
        if (
            own.stance is Stance.DISPUTES
            and not self._cue_speaks(cue)
            and said.stance is None
            and said.negated
            and all(_shares(w, _stems(content)) for w in _known(said.negated) if w)
        ):
            # Doubting what a negative claim says is not so agrees with it: "he
            # doubted he would ever have a chance" against "there was no chance".
            return Stance.ASSERTS
        unframed = _unframed(content, claim)
        if unframed:
            # "They should sympathize with us, not with the government" says
            # nothing of a claim about the government that shares none of the
            # rest of what it says: the contrast is about sympathizing.
            # The contrast still says its words are not so: a claim that negates
            # them too ("officials must not frighten the public" against "called
            # on lawmakers to act responsibly and not frighten Americans") is not
            # contradicted by it.
            own = own._replace(negated=tuple(w for w in own.negated if w not in unframed))
        if own.stance is None and own.negated and _PAST_CLAIM.search(_main_clause(claim)):
            # "It is not a secret any more" says that it was one: against a claim
            # of what was so ("for a long time he would say it was a secret") the
            # negation of now contradicts nothing.
            parts = _CLAUSE_END.split(content)
            if any(_NO_LONGER.search(part) for part in parts):
                rest = ". ".join(part for part in parts if not _NO_LONGER.search(part))
                kept = set(self.negations(rest))
                own = own._replace(negated=tuple(w for w in own.negated if w in kept))
        if (
            own.stance is Stance.DISPUTES
            and said.stance is None
            and any(words >= _KNOWING for words in said.negated)
            and any(words >= _KNOWING for words in self.negations(content))
        ):
            # Not knowing, against a claim that someone does not know: "we don't
            # know that yet" says what "the mayor doesn't know that yet" says.
            own = _Reading(None, ())
        if (
            own.stance is Stance.DISPUTES
            and said.stance is None
            and _NOT_KNOWING.search(claim)
            and _NOT_KNOWING.search(content)
        ):
            # The same, however the negation reads: "we don't know how true it is
            # until we prove it" against "the chairman doesn't know how true it is
            # until he proves it".
            return Stance.ASSERTS
        if (
            own.stance is Stance.DISPUTES
            and not self._cue_speaks(cue)
            and said.stance is None
            and _same_not_received(content, claim)
        ):
            # Not having received word of a thing, against a claim that someone has
            # not received word of it: "he had not received word about the purported
            # ceasefire" says what "the army is yet to receive any operational order
            # on the ceasefire" says, and doubts nothing of it.
            return Stance.ASSERTS
        stance = _relative(own.stance or Stance.ASSERTS, said.stance or Stance.ASSERTS)
        # A claim that calls something false ("the darkness story is fake") is
        # negative itself: a plain content that negates it ("the universe is not
        # about to go dark") says what the claim says, and is no contradiction.
        plain_against_false = own.stance is None and said.stance is Stance.DENIES
        if not plain_against_false and _contradicts(own, said, content, claim, *everywhere):
            stance = _OPPOSITE[stance]
            if (
                stance is Stance.DENIES
                and own.stance is None
                and not said.negated
                and _POSSIBLY_NOT.search(_main_clause(content))
            ):
                # "the service might not be free" against "the service will be free":
                # that it may not be so casts doubt on the claim, and denies nothing.
                stance = Stance.DISPUTES
        return stance

    def _doubted_elsewhere(self, content: str, claim: str) -> bool:
        """Whether the content's doubt names what it doubts ("no signs of foul play",
        "not likely to be used", "unclear whether it was buried"), and that shares
        no word with the claim: the doubt is about something else."""
        for match, stance in self.markers.find_folded(content, _fold(content, self._words)):
            if stance is not Stance.DISPUTES:
                continue
            if (
                _UNKNOWING.search(match.group(0)) or _NOT_KNOWING.search(match.group(0))
            ) and _POINTED_AFTER.match(content, match.end()):
                # "It may contain other stuff too, we don't know that yet": what is
                # not known is the clause before, said in the content.
                before = _CLAUSE_END.split(content[: match.start()])
                told = [part for part in before if _stems(part) - _UNKNOWN_WORDS]
                if len(told) >= 2:
                    words = _stems(told[-1]) - _UNKNOWN_WORDS
                    return not _shares(words, _entailed(_stems(claim)))
            named = _DOUBTED_OBJECT.match(content, match.end())
            if named is None:
                return False
            asked, thing = named.group("asked"), named.group("object")
            whether = _YES_NO_CLAUSE.match(thing) if thing else None
            if whether is not None:
                # "no information on whether X", "no word about whether X": asked.
                asked, thing = thing[whether.end() :], None
            doubted = _SECOND_VERB.split(thing or asked, maxsplit=1)[0]
            words = _stems(doubted)
            if asked is not None and _asks_another_predicate(doubted, claim):
                # "unclear whether the doctors there are trained to fight Ebola"
                # asks about their training, not about the doctors a claim says
                # were executed there, whatever words they share.
                return True
            if asked is not None and _WH_QUESTION.match(content, match.end()):
                # "unclear who will replace the coach" takes it for granted that
                # someone will: only a claim that answers the question ("the
                # assistant will replace the coach") says what is in doubt.
                claim_words = _entailed(_stems(claim))
                return not all(_shares(frozenset({w}), claim_words) for w in words)
            subject = _NOUN_SUBJECT.match(doubted) if asked is not None else None
            if subject:
                # What a question asks of its subject is what is in doubt: "unclear
                # if the meteorite disintegrated" asks about disintegrating, not
                # about the meteorite a claim says was found.
                words -= _stems(subject.group("noun"))
            return bool(words) and not _shares(words, _entailed(_stems(claim)))
        return False

    def _against_in_another_part(self, content: str, claim: str) -> bool:
        """Whether the content's denial or doubt is in a part of its own (a sentence,
        or a clause with its own subject after "and" or "but") after the part
        that says what the claim says, with another part between, so that it
        cannot point back at that part: "The engineers will try to determine if
        there was a dubbing; was it the complete tape? All accounts say ... Now,
        I don't know, CNN got this tape first" doubts what CNN did, not that the
        engineers will examine the tape.

        The parts that say the claim share the most of the claim's words, more
        than any part with a denial or doubt, and read by themselves assert it
        ("We have not made a ceasefire. ... It's a lie" denies a ceasefire made).
        A denial or doubt before them is the content's first word on the matter
        ("there is no such deal and the girls have been married off" denies the
        deal), and one right after them may point back ("X. I doubt it"): both
        stay, and so does one that names a telling ("These claims are false":
        the claim, told anywhere) or points back (`_points_back`).
        """
        parts = _parts(content)
        if len(parts) < 2:
            return False
        claim_words = _entailed(_stems(claim))
        shared = [len(_stems(part) & claim_words) for part in parts]
        most = max(shared)
        saying = [i for i, count in enumerate(shared) if count == most]
        against = [i for i, part in enumerate(parts) if self.read(None, part).stance in _AGAINST]
        return (
            most > 0
            and bool(against)
            and all(self.stance_toward(None, parts[i], claim) is Stance.ASSERTS for i in saying)
            and all(shared[i] < most for i in against)
            and all(i > saying[-1] + 1 for i in against)
            and not any(_TELLING_IN_PART.search(parts[i]) for i in against)
            and not any(_points_back(parts, shared, i) for i in against)
        )

    def _beside_claim(self, cue: str | None, content: str, claim: str) -> bool:
        """Whether the content says the claim's words and only then doubts or denies
        something ("... a very bright fireball. So I'm very sceptical" filed under
        "... a very bright fireball"): what it doubts is something else."""
        end = _verbatim_end(claim, content)
        if end is None or _VERDICT_AFTER.match(content, end):
            # "Claims that X were false", "X is a hoax": the verdict is on the claim's words.
            return False
        return self._explicit_stance(cue, content[:end]) is None

    def _cue_speaks(self, cue: str | None) -> bool:
        """Whether the cue itself denies or doubts ("rejected", "questioned")."""
        return bool(cue) and self._read_cue(cue or "").stance in _AGAINST

    def _explicit_stance(self, cue: str | None, content: str) -> Stance | None:
        """Rules 1-5: the stance the cue or the content's denial and doubt words give."""
        if _CONTRARY.fullmatch(content):
            return Stance.DENIES  # "(media) reports to the contrary", "said otherwise"
        if cue:
            reading = self._read_cue(cue)
            if reading.stance is Stance.DENIES:
                if (
                    _REMOVED_FROM.match(content)
                    or (_LEGAL_OBJECT.match(content) and _DISMISSING_CUE.search(cue or ""))
                    or _DEMAND_OBJECT.match(content)
                    or _PERSON_OBJECT.match(content)
                    or _WITHHELD_OBJECT.match(content)
                ):
                    # "dismissed from service", "dismissed 849 cases", "dismissed calls
                    # for", "denied bail to the suspect"
                    return None
                return Stance.ASSERTS if _DENIED_DENIAL.match(content) else Stance.DENIES
            if reading.stance is Stance.DISPUTES:
                return Stance.DISPUTES
            if reading.wonders and _YES_NO_CLAUSE.match(content):
                return Stance.DISPUTES  # "wondered whether"
            if reading.stance is Stance.ASSERTS and reading.negated:
                return Stance.ASSERTS  # "did not deny"
            # "slammed" + "reports of their planned release"; "shot down claims"
            # + "that ...", its "claims" no assertion of the speaker's
            if (
                reading.stance in (None, Stance.ASSERTS)
                and not reading.negated
                and self._scorns(cue, content)
            ):
                return Stance.DENIES
        return self.content_stance(content)

    def _scorns(self, cue: str, content: str) -> bool:
        """Whether a cue kills or scorns a story ("shot down the claim", "slammed
        reports of"): the story named is in the cue or in the content, never
        across them."""
        scorn = (
            _SHOT_DOWN_CLAIM.search(f"{cue} {content}")
            if _may_hold(_fold(cue, self._words), _SHOT_DOWN_NEEDS)
            or _may_hold(_fold(content, self._words), _SHOT_DOWN_NEEDS)
            else None
        )
        return scorn is not None and scorn.start() < len(cue)

    def _marker_stance(self, content: str, folded: _Folded) -> Stance | None:
        """The first false-or-contested marker's stance, a flat denial anywhere
        winning over a doubt ("propaganda: they lied that he is alive")."""
        found = self._first_marker(content, folded)
        # Its question ends on a question mark.
        rhetorical = (
            _WHO_SAYS.search(content) if "?" in content and "who" in folded.lowered else None
        )
        if rhetorical is not None:
            question = rhetorical.group(0)
            if self._first_marker(question, _fold(question, self._words)) is None:
                # "Who says we are talking to anyone? We don't know the man": the
                # question denies what it asks about, whatever doubt follows.
                return Stance.DENIES
            # "Who says it is a hoax? It is all on film": the verdict asked about
            # is denied; only what the rest of the content says counts.
            start, end = rhetorical.span()
            rest = content[:start] + " " * (end - start) + content[end:]
            return self._first_marker(rest, _fold(rest, self._words)) or Stance.ASSERTS
        if found is Stance.DISPUTES:
            denial = self._first_marker(content, folded, only=Stance.DENIES)
            if denial is Stance.DENIES:
                return denial
        return found

    def _first_marker(
        self, content: str, folded: _Folded, only: Stance | None = None
    ) -> Stance | None:
        cancelled = False
        for match, stance in self.markers.find_folded(content, folded):
            if only is not None and stance is not only:
                continue
            if match.group(0).lower() in _LIE and not _LIE_NOUN_BEFORE.search(
                content, 0, match.start()
            ):
                continue  # "the complex, which lies 60 miles north": it lies there
            if match.group(0).lower() == "made up" and _MADE_UP_OTHERWISE.search(
                content[max(0, match.start() - 40) : match.end() + 30], 0
            ):
                continue  # "his mind is made up", "made up of", "made up for": nothing invented
            if (
                stance is Stance.DISPUTES
                and _GROUND_MARKER.search(match.group(0))
                and _FOUND_BEFORE.search(content, 0, match.start())
                and _OF_AFTER.match(content, match.end())
            ):
                continue  # "we found no signs of foul play": a finding, said as so
            if (
                stance is Stance.DISPUTES
                and _GROUND_MARKER.search(match.group(0))
                and _LISTENER_HAS_BEFORE.search(content, 0, match.start())
                and _NOTHING_MORE_AFTER.match(content, match.end())
            ):
                continue  # "You have no proof.": a retort to whoever charges, no doubt
            if _POINTER_VERDICT_BEFORE.match(content[: match.start()]) and _REASON_AFTER.match(
                content, match.end()
            ):
                continue  # "that's not the case as the files vanished": the reason is told
            if _SURPRISED_IF.search(match.group(0)) and _negated_if(content, match.end()):
                continue  # "would be surprised if they did not ...": expects that they do
            if match.group(0).lower() in _FALSE and _names_a_kind(content, match.end()):
                continue  # "countless false dawns": no claim called false
            if match.group(0).lower() in _FALSE | _COUNTERFEIT and _SUPPOSED_KIND_BEFORE.search(
                content, 0, match.start()
            ):
                continue  # "would have been fired for a false report": a case supposed
            if match.group(0).lower() in _SATIRE and _MANNER_AFTER.match(content, match.end()):
                continue  # "in a satirical voice": a way of writing
            if (
                match.group(0).lower() in _SATIRE
                and (
                    _GENRE_NOUN_AFTER.match(content, match.end())
                    or _PRESS_NOUN_AFTER.match(content, match.end())
                )
                and _PLACE_OR_TARGET_BEFORE.search(content, 0, match.start())
            ):
                continue  # "an attack on satirical magazine X": the outlet attacked, no source
            if match.group(0).lower() in _GENRE_MARKERS and _GENRE_NOUN_AFTER.match(
                content, match.end()
            ):
                continue  # "a propaganda video", "prank calls": a kind of thing
            if match.group(0).lower() in _GENRE_MARKERS and _PURPOSE_BEFORE.search(
                content, 0, match.start()
            ):
                continue  # "released for propaganda": a purpose
            if match.group(0).lower() in _DEEDS and _DEED_BEFORE.search(content, 0, match.start()):
                continue  # "jailed over a phone scam": a deed, no verdict
            if stance is Stance.DENIES and _complained_of(content, match.start()):
                continue  # "he complained about false charges": his grievance, told
            if match.group(0).lower() in _ATTRIBUTIVE_DENIALS and _THING_AFTER.match(
                content, match.end()
            ):
                continue  # "these ridiculous names": a kind of thing
            if match.group(0).lower() in _PERSON_VERDICTS and _PERSON_CALLED_BEFORE.search(
                content, 0, match.start()
            ):
                continue  # "Mr Okafor was 'bogus'": the man called a fraud, not a claim false
            if match.group(0).lower() in _COUNTERFEIT and _counterfeit_thing(content, match.end()):
                continue  # "a fake casing", "travelling on fake passports": a kind of thing
            if match.group(0).lower() in _OTHERS_DOUBT and _CIRCULATED_BEFORE.search(
                content, 0, match.start()
            ):
                continue  # "amid speculation about his health": others' doubt
            if (
                match.group(0).lower() in _OTHERS_DOUBT
                and _CIRCULATED_AFTER.match(content, match.end())
                and not _CALLED_BEFORE.search(content, 0, match.start())
            ):
                continue  # "after misinformation circulated about him": others'
            if _HABIT_BEFORE.search(content, 0, match.start()) and _KIND_AFTER.match(
                content, match.end()
            ):
                continue  # "has previously released misleading reports": a habit
            if stance is Stance.DISPUTES and _conceded(content, match.start()):
                continue  # "While it is unclear who ..., X is in talks": granted
            if _OTHERS_CLAUSE.search(content, 0, match.start()):
                continue  # "despite the archbishop moving to rubbish the claims"
            if _others_words(content, match.start()):
                continue  # "I told them, but they were very dubious": their doubt
            if (
                _UNAWARE_THAT.search(match.group(0))
                and _THAT_AFTER.match(content, match.end())
                and _NAMED_UNAWARE.match(content[: match.start()])
            ):
                continue  # "the guard was not aware that the door was open": an account
            if stance is Stance.DENIES and _SUPPOSED_DENIAL.search(content, 0, match.start()):
                continue  # "even if it is not true": supposed, not said
            if stance is Stance.DENIES and _VERDICT_REQUESTED.search(content, 0, match.start()):
                continue  # "please confirm that the news is fake": asked for, not given
            if stance is Stance.DENIES and _in_aside(content, match.start()):
                continue  # "a concern (laughable, I know) is ...": an aside
            if stance is Stance.DENIES and _SEEMING_BEFORE.search(content, 0, match.start()):
                if _BUT_AFTER.match(content, match.end()):
                    continue  # "it may sound laughable, but ...": granted, then gone on from
                return Stance.DISPUTES  # "it looks fake": how it seems, not known
            if (
                match.group(0).lower() in _SCEPTICAL
                and _ATTRIBUTIVE_BEFORE.search(content, 0, match.start())
                and _NOUN_AFTER.match(content, match.end())
            ):
                continue  # "countered by sceptical ones": others' doubt, described
            if (
                stance is Stance.DENIES
                and _negated_before(content, match.start(), words=3)
                and not _AFFIRMING_NEGATION.search(content, 0, match.start())
            ):
                cancelled = True
                continue
            if stance is Stance.DISPUTES and _negated_doubt(content, match):
                cancelled = True  # "it's not too early to say": no doubt
                continue
            if _UNKNOWING.search(match.group(0)) and not _doubting(content, match):
                continue  # "the left hand doesn't know what the right hand is doing"
            if _UNKNOWING.search(match.group(0)) and _AT_A_LOSS.match(content, match.end()):
                continue  # "I don't know what to say": at a loss, no doubt
            if stance is Stance.DENIES and (
                _HEDGED_DENIAL.search(content, 0, match.start())
                or _HEDGED_ALTERNATIVE.search(content, 0, match.start())
            ):
                return Stance.DISPUTES  # "this may be a hoax": possibly false
            if stance is Stance.DENIES and _asked(content, match.start()):
                return Stance.DISPUTES  # "Was it all a hoax?" asks: it doubts
            if stance is Stance.DENIES and _HOPED_BEFORE.search(content, 0, match.start()):
                return Stance.DISPUTES  # "I hope that it isn't true": hoped, not known
            return stance
        return Stance.ASSERTS if cancelled else None

    def _verb_stance(self, content: str, folded: _Folded) -> Stance | None:
        """A finite denial or doubting verb in the content ("North Korea denies ...")."""
        if _may_hold(folded, _SHOT_DOWN_NEEDS) and _SHOT_DOWN_CLAIM.search(content):
            return Stance.DENIES
        if _may_hold(folded, _ABSURD_NEEDS) and _ABSURD_TELLING.search(content):
            return Stance.DENIES
        faked = None
        if _may_hold(folded, _FAKING_NEEDS):
            faked = _FAKED_TELLING.search(content) or _MADE_IT_UP.search(content)
        if (
            faked is not None
            and not _NEGATED_FAKING.search(content, 0, faked.start())
            and not _NO_WAY_BEFORE.search(content, 0, faked.start())
        ):
            # "made up the story", "staged the video"; asked, it doubts.
            return Stance.DISPUTES if _asked(content, faked.start()) else Stance.DENIES
        for match, stance in self.cues.find_folded(content, folded):
            word = match.group(0).lower().split()[0]
            if stance is Stance.ASSERTS or word.endswith("ing"):
                continue
            before = content[: match.start()]
            if _PASSIVE_BEFORE.search(before):
                continue  # passive or infinitive: not the speaker's own verb
            if not word.endswith(("ed", "s")) and _INFINITIVE_AND_BEFORE.search(before):
                continue  # "to change course and reject it": the infinitive's verb
            if _NOUN_BEFORE.search(before):
                continue  # a noun or an adjective: "the challenge", "a hotly contested race"
            if _modified(before):
                continue  # "an eggnog chugging contest", "non-binding dispute resolution"
            if _RELATIVE_BEFORE.search(before):
                continue  # "those who deny it": someone else's verb
            if _others_words(content, match.start()):
                continue  # "I asked them, and they doubted it": their verb
            if stance is Stance.DISPUTES and _CAUSED_STATE_BEFORE.search(before):
                continue  # "his long hours meant he doubted ...": a state of mind told
            if _ADJECTIVE_BEFORE.search(before):
                continue  # "technical challenges": a noun
            if word.startswith("question") and (
                _PERSON_AFTER.match(content, match.end())
                or _NOTHING_AFTER.match(content, match.end())
            ):
                continue  # "police questioned a man", "arrested and questioned": asked
            if word.startswith(_NOUN_TOO) and _QUARREL_AFTER.match(content, match.end()):
                continue  # "removed over a greeting dispute": a quarrel, no doubt
            if word.startswith(_BELITTLING) and not _TOLD_OBJECT.match(content, match.end()):
                continue  # "markets shrug off the blast": unconcerned, not doubting it
            if word.startswith("question") and _QUESTIONS_AS_OBJECT.search(before):
                continue  # "to answer questions about", "any other questions": a noun
            if word.startswith("rais") and not _RAISED_ABOUT.match(content, match.end()):
                continue  # "raises some interesting questions": no doubt about anything
            if (
                word.startswith("rais")
                and _ISSUE_RAISED.search(match.group(0))
                and _ISSUE_OF.match(content, match.end())
            ):
                continue  # "raises the question of funding": an issue, no doubt
            # A negation in the verb's own clause: "did not deny", "no one doubts",
            # not "NOT STOLEN, MTV CONTEST ...".
            if _CUE_NEGATION.search(_CLAUSE_END.split(before[-30:])[-1]):
                return Stance.ASSERTS
            if stance is Stance.DENIES and _DENIED_DENIAL.match(content, match.end()):
                return Stance.ASSERTS
            if stance is Stance.DENIES and _refused(word, content, match.end()):
                continue  # "he rejected a $500m deal": a refusal, no denial
            return stance
        return None

    def _negated(
        self, content: str, *, main_only: bool = True, norms: bool = False
    ) -> tuple[frozenset[str], ...]:
        """For each negation of the content's main clause, the words it negates.

        "it did not send troops to Russia" -> ({"send", "troops", "russia"},).
        A negation that negates no predicate is left out: "not only", "no
        doubt", an alternative ("or not"), an imperative ("don't shoot"), a
        negated infinitive ("reasons not to give up"), a norm ("should not",
        "cannot"), a withheld answer ("would not comment"). "No, ..." before a
        headline negates the headline, and so does a "no" answering it ("Is X
        dead? No.").
        """
        content = _without_alternative_questions(content)
        folded = _fold(content, self._words)
        may_negate = _may_negate(folded)
        # Each "no" below is the word "no", "nope" or "not": a text holding none is
        # not scanned for them.
        if not may_negate and "nope" not in folded.lowered:
            return ()
        opening = _HEADLINE_NO.search(content)
        if opening:
            return (_stems(content[opening.end() :]),)
        answer = _ANSWERED_NO.search(content)
        if answer:
            return (_stems(content[: answer.start()]),)
        if not may_negate:
            return ()
        lead = _LEADING_CLAUSE.match(content) if main_only else None
        if lead:
            # "If they do not know, ...": the main clause follows; offsets kept.
            content = " " * lead.end() + content[lead.end() :]
        main = _main_clause(content) if main_only else content
        found: list[frozenset[str]] = []
        for match in _NEGATION_RE.finditer(main):
            start = _word_start(main, match.start())
            exempt = _NON_NEGATIONS.match(main, start)
            if exempt and not (
                exempt.group(0).lower().endswith("to") and _RAISING_BEFORE.search(main, 0, start)
            ):
                continue
            before = main[:start]
            if main[start:].lower().startswith("not ") and _ALTERNATIVE_BEFORE.search(before):
                continue
            if _IMPERATIVE.match(main, start) and (
                _IMPERATIVE_BEFORE.search(before) or _joined_command(before)
            ):
                continue
            if match.group(0).lower() == "no" and _COMPOUND_BEFORE.search(before):
                continue  # "a no-fly zone", "a strict no food policy": a kind of thing
            if (
                match.group(0).lower() == "no"
                and _SAYING_BEFORE.search(before)
                and _REFUSAL_AFTER.match(main, match.end())
            ):
                continue  # "she said no and walked out": a refusal, an act of its own
            if (
                match.group(0).lower() in _VERB_NEGATIONS
                and _PREPOSITION_BEFORE.search(before)
                and _GERUND.match(main, match.end())
            ):
                continue  # "fed up with not finding love": a gerund, no predicate negated
            if (
                not norms
                and _NORM.search(main, 0, match.end())
                and not _PERFECT.match(main, match.end())
            ):
                continue
            verb = _AUX_GAP.match(main, match.end())
            at = verb.end() if verb else match.end()
            infinitive = _CATENATIVE.match(main, at)
            if infinitive:
                at = infinitive.end()  # "did not want to go": go
            if _NOT_UNTIL.match(content, start):
                continue  # "will not launch until June": it will launch, in June
            qualified = _COMMENT_QUALIFIER.match(main, at)
            if self._withheld.match(main, qualified.end() if qualified else at):
                continue  # "would not comment", "made no public comments": nothing negated
            if self._refused_speech.match(main, at) and _REFUSAL.search(main[: match.end()]):
                continue  # "would not say"
            end = _CLAUSE_END.search(main, at)
            # What is negated is the predicate's head ("did not send troops": send),
            # or, after a negated subject, the subject and its verb ("no troops were
            # sent": troops, sent).
            subject = _SUBJECT_NEGATION.fullmatch(match.group(0)) and _OPENING.fullmatch(before)
            clause = main[at : end.start() if end else len(main)]
            quantified = None if subject else _QUANTIFIER.match(clause)
            if quantified:
                clause = clause[quantified.end() :]  # "not one of the 93 people": people
            possessor = None if subject else _POSSESSOR.match(clause)
            if possessor:
                clause = clause[possessor.end() :]  # "not Ryan Roche's drink": drink
            words = _stems(clause, 2 if subject else 1)
            if (
                not subject
                and not quantified
                and not possessor
                and match.group(0) == "no"
                and not _NO_COMPARATIVE.match(clause)
            ):
                # "has no official notification": the noun phrase's head is what
                # there is none of, not the word that qualifies it.
                words = _noun_head(clause) or words
                ground = _GROUND_OF.match(clause)
                if ground is not None:
                    # "found no signs of abuse": what there is no sign of.
                    words = _stems(ground.group("what"), 1) or words
            corrected = None if subject else _CORRECTIVE.search(clause)
            if corrected:
                # "did not test positive for steroids but for ...": steroids
                words = _stems(clause[_head_end(clause) : corrected.start()]) or words
            verb = _SUBJECT_PREDICATE.search(_main_clause(clause)) if subject else None
            if subject and verb is None:
                verb = _present_verb(_main_clause(clause))
            if verb and verb.group("verb").lower() not in _LIGHT_WORDS:
                # A longer negated subject: what is negated is its predicate ("no
                # Islamic State militants were killed": killed; "none of the
                # bodies found there belongs to them": belongs).
                head = verb.start("verb")
                infinitive = _CATENATIVE.match(clause, head)  # "is allowed to keep": keep
                words = _stems(clause[infinitive.end() if infinitive else head :], 1) or words
            if words and _CONTRAST_BEFORE.search(before):
                # "the First Woman, not the First Lady" negates what tells the two
                # apart ("lady"), not a head that both share ("first").
                shared = _stems(before)
                if words & shared:
                    words = (_stems(clause) - shared) or words
            if words and not subject:
                # "will not be terrorised or intimidated" negates both.
                also = _COORDINATED.match(clause, _head_end(clause))
                if also:
                    words |= _stems(also.group("other"), 1)
            if words:
                found.append(words)
        return tuple(found)

    def _set_aside(self, content: str) -> tuple[frozenset[str], ...]:
        """What a content sets aside for something else: "tickets rather than
        arrests" says that there are no arrests, as "tickets, not arrests" does."""
        found = []
        for contrast in _CONTRAST.finditer(content):
            end = _CLAUSE_END.search(content, contrast.end())
            words = _stems(content[contrast.end() : end.start() if end else len(content)], 2)
            if words:
                found.append(words)
        return tuple(found)


_AGAINST = frozenset({Stance.DENIES, Stance.DISPUTES})
# Not knowing is said of the knower (see `_known`).
_KNOWING = frozenset({"know"})
# Predicates and what they entail, as stems: whoever was killed died, so "he is
# not dead" says the opposite of "he was killed" (but "he was not killed" does
# not of "he died").
_ENTAILS: dict[str, tuple[str, ...]] = {
    "kill": ("die",),
    "behead": ("kill", "die"),
    "execut": ("kill", "die"),
    "assassinat": ("kill", "die"),
}
# States that exclude what a claim may say befell someone or something, as the
# stems of the claim's words (`_stems`): whoever is alive has not died or been
# killed; whatever is safe has not been stolen, seized or killed.
_HARMED = ("kill", "die", "behead", "execut", "assassinat")
_TAKEN = ("steal", "kidnap", "abduct", "captur", "seiz", "hostag")
_EXCLUDED_BY_STATE: dict[str, frozenset[str]] = {
    "alive": frozenset(_HARMED),
    "safe": frozenset(_HARMED + _TAKEN),
    "unharmed": frozenset(_HARMED + _TAKEN),
    "unhurt": frozenset(_HARMED),
}
# Everything some state excludes (`_EXCLUDED_BY_STATE`).
_EXCLUDING = frozenset(_HARMED + _TAKEN)

# The stems of feelings a thing stirs in whoever hears of it ("surprised",
# "shocked", "saddened"). Negated, such a feeling says how the speaker took
# what it names, which it takes as so: "we were not surprised at the
# reports" does not deny them. Knowing and believing ("not sure", "not
# aware", "not convinced") are left out: those do doubt.
_FEELING_STEMS = frozenset(
    stem(word) for word in ["surprised", "amazed", "astonished", "stunned", "shocked", "saddened"]
)


def _feeling_only(negated: frozenset[str]) -> bool:
    """Whether what a negation falls on (`_Reading.negated`) is only a feeling a
    thing stirs (`_FEELING_STEMS`): "shocked but not surprised at the claims"
    negates the surprise, not the claims, and so denies nothing of them."""
    return negated <= _FEELING_STEMS


# The state said of a subject: "is safe", "she's alive", "remains unharmed",
# "is still alive", and "is not safe", which the caller leaves out.
_STATE = re.compile(
    r"(?i)\b(?:is|are|was|were|remains?|remained|stays?|stayed|['\u2019](?:s|m|re))"
    r"(?:\s+not|n['\u2019]t)?\s+(?:(?:still|now|actually|\w+ly|safe\s+and)\s+)?"
    rf"(?P<state>{'|'.join(_EXCLUDED_BY_STATE)})\b"
)
# A content of at most this many words that carry meaning is about what it
# points at ("the reports were baseless", "Crabzilla is definitely not real"),
# whatever its words: one clause, too short to be about anything else.
_POINTER_WORDS = 5
# Words a content must share with a claim for its denial or doubt words to be
# about that claim.
_SHARED_WORDS = 1


# A content whose subject names a telling ("the story ... was fake", "these
# reports are baseless") is about whatever was told: it points back.
_TOLD_SUBJECT = re.compile(
    r"(?i)^\W*(?:the|this|that|these|those|such|[\w.-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stor(?:y|ies)|reports?|claims?|rumou?rs?|allegations?|accusations?|news|speculation"
    r"|suggestions?|assertions?|article|post|tweet|video|photos?|pictures?|images?)\b"
)


# A short content whose subject is a thing it names ("this account is a fake",
# "the site is fake") is about that thing, unless the claim speaks of it.
_THING_SUBJECT = re.compile(
    r"(?i)^\W*(?:this|that|these|those|the)\s+(?:[\w-]+\s+){0,2}?(?P<thing>[a-z][\w-]*)\s+"
    r"(?:is|are|was|were|['\u2019]s)\b"
)
# Words for what was told or thought, which point back like "the story" does.
_TELLINGS = frozenset(
    re.findall(
        r"[a-z]+",
        """
    tale tales version versions narrative narratives theory theories idea ideas notion
    notions thing things statement statements quote quotes headline headlines
    announcement announcements one whole
    """,
    )
)


def _about(content: str, claim: str) -> bool:
    """Whether the content's own denial or doubt words can be about the claim:
    it points back, or it shares words with the claim."""
    words = _stems(content)
    claim_words = _stems(claim)
    return (
        (len(words) <= _POINTER_WORDS and not _names_another_thing(content, claim_words))
        or len(words & claim_words) >= _SHARED_WORDS
        or bool(_TOLD_SUBJECT.match(content))
        or bool(_POINTED_TELLING.search(content))
    )


def _names_another_thing(content: str, claim_words: frozenset[str]) -> bool:
    """Whether a short content's subject is a thing it names that the claim does
    not speak of ("this account is a fake" against a claim about cities)."""
    subject = _THING_SUBJECT.match(content)
    if subject is None or _TOLD_SUBJECT.match(content):
        return False
    if subject.group("thing").lower() in _TELLINGS:
        return False
    thing = _stems(subject.group("thing"))
    return bool(thing) and not _shares(thing, claim_words)


# A telling pointed back at and named by nothing more ("there is no truth
# whatsoever to these claims. We categorically deny these allegations"): its
# verdict is on what the statement is filed under, whatever its length.
_POINTED_TELLING = re.compile(
    r"(?i)\b(?:these|those|such|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|allegations?|reports?|rumou?rs?|accusations?|stor(?:y|ies))\b"
    r"(?!\s+(?:of|that|about|on|from|by|in)\b)"
)
# A verdict that closes the clause it follows ("[X] were false", "[X] is a hoax",
# "[X] was simply not true"): it is said of that clause.
_VERDICT_AFTER = re.compile(
    r"""(?ix)["'\u201d\u2019]?\s*,?\s*(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+
    (?:\w+ly\s+)?(?:
      (?:not\s+)?(?:false|untrue|baseless|groundless|unfounded|unsubstantiated|incorrect
        |inaccurate|wrong|nonsense|rubbish|fabricated|made\s+up|bogus)
      |(?:just\s+|all\s+)?(?:a|an)\s+(?:\w+\s+)?(?:hoax|fake|lie|myth|fabrication|prank)
      |not\s+(?:true|real|genuine|accurate|correct|the\s+case))\b"""
)


# A verdict of falsehood a judging cue gives the report it names ('described as
# "rubbish" a report', "called ... complete nonsense"), as extraction writes it.
_VERDICT_IN_CUE = re.compile(
    r"^(?:describ|call|brand|label)\w*\b.*\b(?:rubbish|nonsense|false|untrue|baseless|"
    r"groundless|unfounded|fabricated|fabrication|fake|lies|a\s+lie|ridiculous|absurd|hoax|"
    r"garbage)\b"
)


def _without_outer_verdict(cue: str | None, content: str) -> str:
    """The content without a verdict that its words cannot hold: after a
    telling's participle ("a story suggesting that the singer turned down the
    tour is false"), a finite clause followed by "is false" has the verdict on
    the telling, said by whoever reports it, not by the telling itself (a
    clause is no subject without "that": "the singer turned down the tour is
    false" is no sentence). The telling asserts the clause."""
    if not cue or not _TELLING_PARTICIPLE.fullmatch(cue.strip()):
        return content
    found = _OUTER_VERDICT.search(content)
    if found is None:
        return content
    clause = content[: found.start()].rstrip(" ,\"'\u201d\u2019")
    if _CLAUSE_SUBJECT_START.match(clause) or not _finite(clause):
        return content
    return clause


def verdict_on_telling(cue: str | None, content: str) -> bool:
    """Whether the content ends in a verdict on the telling that its cue opens
    ("a story suggesting that the singer turned down the tour is false"): the
    verdict is whoever reports the telling's, and the telling asserts."""
    return _without_outer_verdict(cue, content) != content


def finite_clause(clause: str) -> bool:
    """Whether `clause` has a subject and a verb of its own ("there was a
    ceasefire", not "U.S. efforts to discuss the detention")."""
    return _finite(clause)


def _finite(clause: str) -> bool:
    """Whether `clause` has a subject and a verb of its own (`_predicate_at`)."""
    words = list(_CLAUSE_WORD.finditer(clause))
    lowered = [w.group().lower().replace("\u2019", "'") for w in words]
    if not words or lowered[0] in _AUXILIARY_WORDS:
        return False
    at = _predicate_at(words, lowered, gerunds=False)
    return at is not None and 0 < at < len(words)


# A participle of telling that opens what a telling says ("a story suggesting
# that ...", "a post claiming ...").
_TELLING_PARTICIPLE = re.compile(
    r"(?i)(?:suggesting|claiming|saying|alleging|reporting|stating|asserting|insisting)"
)
# A verdict closing the content: "... is false", "... was not true", "... is a hoax".
_OUTER_VERDICT = re.compile(
    r"""(?ix)["'\u201d\u2019]?\s*,?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:
      (?:not\s+)?(?:false|untrue|baseless|groundless|unfounded|fabricated|bogus|nonsense)
      |not\s+(?:true|real|the\s+case)
      |(?:a|an)\s+(?:\w+\s+)?(?:hoax|fake|lie|fabrication))\W*$"""
)
# A clause that may stand as a subject: one opened by "that" or "whether", or
# a telling named with what it tells ("the rumour that X", "claims that X").
_CLAUSE_SUBJECT_START = re.compile(
    r"(?i)\s*(?:that|whether|what)\b|.*\b(?:claims?|reports?|rumou?rs?|stor(?:y|ies)|news"
    r"|allegations?|suggestions?|idea|notion|speculation)\s+(?:that|of)\b"
)


_OPPOSITE = {
    Stance.ASSERTS: Stance.DENIES,
    Stance.DENIES: Stance.ASSERTS,
    Stance.DISPUTES: Stance.DISPUTES,
}


def _relative(own: Stance, said: Stance) -> Stance:
    """A statement's stance toward a claim, from what each says of the same proposition.

    Both assert it, or both call it false, or both doubt it: the statement
    agrees with the claim. A claim that states the proposition is denied or
    disputed as the statement does. A claim that calls it false or unproven is
    asserted by a statement that calls it false where the claim only doubts
    it, and disputed by one that only doubts where the claim calls it false;
    a plain statement is taken to assert it (which proposition each means is
    too open to call it a denial).
    """
    if own is said:
        return Stance.ASSERTS
    if said is Stance.ASSERTS:
        return own
    if own is Stance.ASSERTS:
        # Stating the proposition plainly does not by itself contradict a claim
        # that calls it false: which proposition each means is too open.
        return Stance.ASSERTS
    return Stance.ASSERTS if own is Stance.DENIES else Stance.DISPUTES


# The fewest words a content needs to be part of a claim rather than a word it uses.
_PART_WORDS = 4


def _contradicts(
    own: _Reading,
    said: _Reading,
    content: str,
    claim: str,
    content_negations: tuple[frozenset[str], ...],
    claim_negations: tuple[frozenset[str], ...],
) -> bool:
    """Whether the content says the opposite of the claim: one negates what the other states.

    A negation contradicts when one of the words it negates is among the
    other text's words and the other does not negate it too ("did not send
    troops" against "North Korea sent troops"). A number that differs from
    the claim's number for the same thing contradicts too.
    """
    if (
        _SAY not in own.negated
        and len(_TOKEN.findall(content.lower())) >= _PART_WORDS
        and _said_verbatim(content, claim)
    ):
        # The claim says the content's words as they stand: the content is part
        # of what the claim says ("at the time he didn't realize it" within "he
        # didn't realize it until afterwards"), however its negations read alone.
        # A cue that says it was not said ("did not say that ...") still denies it.
        return False
    claim_words = _entailed(_stems(claim))
    # What the content only supposes ("if they burrowed") it does not say.
    conditional = _may_be_conditional(content)
    content_words = _entailed(_stems(_CONDITIONAL.sub(" ", content) if conditional else content))
    # A negation the other text shares, wherever it stands, is no contradiction:
    # both say that something is not so.
    negates_claim = any(
        _shares(words, claim_words)
        and not any(_shares(words, w) for w in claim_negations)
        and not _other_object(words, content, claim_words)
        and not _other_is_not(words, content, claim, claim_words)
        and not _kind_not_said(words, content, claim)
        and not _of_another_noun(words, content, claim_words)
        and not _finer_date(words, content, claim)
        and not _done_by_another(words, content, claim)
        and not _rate_not_claimed(words, content, claim)
        for words in _known(own.negated)
    )
    # "Few, if any, have come" says that none has, as "none has come" does.
    negative_claim = bool(said.negated) or (
        _may_be_near_none(claim) and _NEAR_NONE.search(claim) is not None
    )
    two_negatives = bool(
        negative_claim
        and own.negated
        and _NEGATION_RE.search(_RELATIVE_CUT.split(_near_none_as_none(claim), maxsplit=1)[0])
    )
    if negative_claim and (two_negatives or _said_verbatim(claim, content)):
        # A negative claim is contradicted by a content that says what it negates,
        # not by another negation: "will not be the 24th of February" against
        # "the 24th of February event will not be happening". A content that says
        # a negative claim's words says its negation ("but that no date had been set").
        negates_claim = False
    # A content that says the claim's words says its negations too ("do I like it?
    # Probably not. But ..."), however else it reads.
    # Two negative sentences rarely contradict: "28 bodies are not those of the
    # students" says what "none of the 28 bodies belongs to the students" says.
    claim_negates = (
        not two_negatives
        and not _said_verbatim(claim, content)
        and any(
            _shares(words, content_words) and not any(_shares(words, w) for w in content_negations)
            for words in _known(said.negated)
        )
    )
    # A content and a claim that both deny their subject anything say the same
    # kind of thing: "none of the remains matched the students" is of a piece
    # with "none of the bodies belongs to the students", whichever words each
    # negation falls on.
    both_negative = bool(_NEGATED_SUBJECT.match(content) and _NEGATED_SUBJECT.match(claim))
    if negates_claim != claim_negates and not both_negative:
        return True
    # A state is read only in a plain statement of a plain claim: a denial or
    # doubt word already sets the statement against the claim ("rumours of her
    # death were false; she is alive").
    if own.stance is None and said == _Reading(None, ()) and _excluded_state(content, claim_words):
        return True
    # The same from the other side: a claim that something is in such a state is
    # contradicted by a plain content that says what the state excludes befell it
    # ("the singer died on Sunday" against "the singer is alive"), and agreed
    # with by one that calls that false ("reports of his death are a hoax").
    if (
        own.stance in (None, Stance.DENIES)
        and not own.negated
        and said == _Reading(None, ())
        and _excluded_state(claim, content_words)
    ):
        return True
    return not (own.negated or said.negated) and _numbers_differ(content, claim)


def negation_reaches(negated: Iterable[frozenset[str]], content: str, claim: str) -> bool:
    """Whether a negative sentence with no denial or doubt words (`content`,
    negating `negated`) negates the claim's predicate: a negated word is that
    predicate ("Culkin is not dead" against "Culkin had died"), or the clause the
    negation stands in says it (`denies_predicate_of`). "Neither actor had begun
    talks" negates nothing of "the actor passed on the role", whose words it
    shares, and "this is not by the artist" nothing of "the artist is from
    Liverpool"."""
    claim_clause = _main_clause(claim)
    predicate = _entailed(clause_predicate(claim_clause))
    main = _main_clause(content)
    if not _of_another_named(main, claim_clause, claim):
        if predicate and any(_shares(words, predicate) for words in negated):
            return True
        # The main clause's predicate counts only when it is what is negated: in
        # "the patrol caught them, but dozens more did not get caught" the
        # negation falls on a later clause, not on "caught them".
        own = clause_predicate(main)
        if (not own or any(_shares(words, own) for words in negated)) and denies_predicate_of(
            main, claim
        ):
            return True
    # The negation may stand in a clause the main one reports ("police confirmed
    # with the producers that the car had not been stolen"): that clause's
    # predicate is what is negated.
    for negation in _NEGATION_RE.finditer(content):
        starts = [m.end() for m in _NEGATED_CLAUSE_START.finditer(content, 0, negation.start())]
        clause = _main_clause(content[starts[-1] if starts else 0 :])
        if _of_another_named(clause, claim_clause, claim) or _no_subject(clause):
            continue
        if denies_predicate_of(clause, claim):
            return True
    return False


# What a thing is not: "the woman held is not the wife of ...", "it isn't a biopic".
_IS_NOT_A = re.compile(
    r"(?i)\b(?:(?:is|are|was|were|['\u2019]s)\s+(?:not|never)|(?:is|are|was|were)n['\u2019]t)"
    r"\s+(?:a|an|the|his|her|its|their)\b"
)


def says_what_is_negated(negated: Iterable[frozenset[str]], content: str) -> bool:
    """Whether a plain sentence's main predicate (`clause_predicate`, or that of
    the clause its frame reports) is a word a negative claim negates."""
    predicates = [clause_predicate(_main_clause(content))]
    for start in _NEGATED_CLAUSE_START.finditer(content):
        predicates.append(clause_predicate(_main_clause(content[start.end() :])))
    return any(
        _shares(words, _entailed(predicate))
        for predicate in predicates
        if predicate
        for words in negated
    )


def _of_another_named(clause: str, claim_clause: str, claim: str) -> bool:
    """Whether a negative clause says what is not so of someone the claim does not
    speak of: both its subject and the claim's are headed by a name
    (`_named_head`), and neither name is among the other's words. "Christian Bale
    will not be playing Jobs" says nothing of "Seth Rogen is in talks to play
    Wozniak"; "the vehicle has not been stolen", whose subject names nobody, may
    still deny "the Batmobile was stolen"."""
    own = _named_head(clause)
    theirs = _named_head(claim_clause)
    if not own or not theirs:
        return False
    return not (_stems(own) & _stems(claim)) and not (_stems(theirs) & _stems(clause))


def _no_subject(clause: str) -> bool:
    """Whether a clause opens with its verb, the rest of a relative clause whose
    subject stands before it ("dozens more that did not get caught"): with no
    predicate found (`clause_predicate`) it says nothing to compare with a claim."""
    words = _CLAUSE_WORD.findall(clause)
    # A capitalised first word is a name ("IS had not used ..."), not a verb.
    if not words or not words[0][0].islower() or clause_predicate(clause):
        return False
    first = words[0].lower().replace("\u2019", "'")
    return first in _AUXILIARY_WORDS or bool(_NEGATION_RE.fullmatch(first))


# Where a subject's noun phrase ends before its head is past: an apposition
# ("Paul Horner, 39,") or a phrase after it ("the leader of the group").
_SUBJECT_TAIL = re.compile(r"(?i),|\b(?:of|from|in|at|on|with|for|who|which|that)\b")


def _named_head(clause: str) -> str:
    """The head of a clause's subject when it is a name: the last word of the
    subject's noun phrase, capitalised, in a phrase of two words or more ("Christian
    Bale", "the New York Police Department"); "" for a pronoun, a common noun
    ("the vehicle", "Ben Affleck's ride"), a single word (capitalised perhaps only
    because it opens the sentence) or a clause with no subject found."""
    roles = predicate_roles(clause)
    if roles is None:
        return ""
    subject = roles[1] or roles[0]
    if not subject or not clause.lstrip(" \"'\u201c\u2018").startswith(
        subject.lstrip(" \"'\u201c\u2018")
    ):
        return ""
    cut = _SUBJECT_TAIL.search(subject)
    phrase = subject[: cut.start()] if cut else subject
    words = _CLAUSE_WORD.findall(phrase)
    if len(words) < 2:
        return ""
    head: str = words[-1]
    if not head[0].isupper() or head.lower() in _PRONOUN_WORDS or "'" in head or "\u2019" in head:
        return ""
    return head


def role_head(phrase: str) -> str:
    """The stem of the common noun that heads a role's noun phrase
    (`predicate_roles`, `predicate_object`), cut before a modifying phrase or
    clause and past a quantifier ("the deal with the group": deal; "one of
    those bundles": bundl); "" for a name, a pronoun or no noun. Two texts
    whose actors are named only by common nouns speak of one thing by the same
    head."""
    rest = phrase[quantifier.end() :] if (quantifier := _QUANTIFIER.match(phrase)) else phrase
    cut = _SUBJECT_TAIL.search(rest)
    words = _CLAUSE_WORD.findall(rest[: cut.start()] if cut else rest)
    if not words:
        return ""
    head = words[-1]
    if not head.islower() or head in _PRONOUN_WORDS or head in _DETERMINERS:
        return ""
    return stem(head)


# Where the clause a negation stands in opens: after "that", a comma, a colon
# or a conjunction that joins clauses.
_NEGATED_CLAUSE_START = re.compile(r"(?i)\b(?:that|and|but|whether)\b|[,;:]")


def _other_object(negated: frozenset[str], content: str, claim_words: frozenset[str]) -> bool:
    """Whether a negated verb that says little by itself ("cause", "get") has an
    object in the content that the claim does not speak of ("did not cause any
    injuries" against "a boom caused by the impact")."""
    if len(negated) != 1 or not negated <= _GENERAL_VERBS:
        return False
    (verb,) = negated
    lowered = content.lower()
    for at in positions(lowered, verb):
        if at and lowered[at - 1].isalnum():
            continue
        found = _OBJECT_AFTER.match(content, at + len(verb))
        if found and _stems(found.group("object")):
            return not _shares(_stems(found.group("object")), claim_words)
    return False


# A negation in a relative clause, said of the noun the clause hangs on: "a
# streaming service that wouldn't require a subscription", "the men who did not
# return". Not after a verb of telling or knowing, where "that" opens what is
# told ("he said that wouldn't happen").
_RELATIVE_NEGATION = re.compile(
    r"(?i)\b(?P<noun>[a-z][\w-]*)\s*,?\s+(?:that|which|who)\s+"
    r"(?:(?:would|will|could|can|does|do|did|is|are|was|were|has|have|had|may|might|should"
    r"|must)(?:n['\u2019]t|\s+not)|never|not)\s+(?P<rest>[^,;:.!?\u2013\u2014]*)"
)
_TELLING_BEFORE_THAT = re.compile(
    r"(?i)(?:said|says|say|saying|told|tells|believes?|believed|thinks?|thought|knows?|knew"
    r"|claims?|claimed|insists?|insisted|argues?|argued|added|stated|reported|noted|so|and|but"
    r"|is|was|are|were|be|been|than|now|fact|ensure|ensured|hope|hoped)"
)


def _of_another_noun(negated: frozenset[str], content: str, claim_words: frozenset[str]) -> bool:
    """Whether the negation stands in a relative clause on a noun the claim does not
    speak of: "talks over a streaming service that wouldn't require a cable
    subscription" says what that service is, nothing against a claim that another
    app "requires an authenticated subscription"."""
    for found in _RELATIVE_NEGATION.finditer(content):
        if _TELLING_BEFORE_THAT.fullmatch(found.group("noun")):
            continue
        noun = _stems(found.group("noun"), 1)
        if noun and negated <= _stems(found.group("rest")) and not _shares(noun, claim_words):
            return True
    return False


# A telling called false, and what it told: "fake news that the singer had died".
_FALSE_TELLING_THAT = re.compile(
    r"(?i)\b(?:fake|false|bogus|untrue|baseless|unfounded|groundless|erroneous|inaccurate)"
    r"\s+(?:news|reports?|rumou?rs?|claims?|stor(?:y|ies)|allegations?|reports?)\s+that\s+"
    r"(?P<clause>[^.;:!?\u2013\u2014]+)"
)
# A telling called false after it: "reports that the city will deny permits are false".
_TELLING_CALLED_FALSE = re.compile(
    r"(?i)\b(?:news|reports?|rumou?rs?|claims?|stor(?:y|ies)|allegations?|suggestions?)"
    r"\s+that\s+(?P<clause>[^.;:!?\u2013\u2014]+?)\s+(?:is|are|was|were)\s+"
    r"(?:(?:completely|totally|simply|entirely|absolutely|all)\s+)?"
    r"(?:false|untrue|baseless|unfounded|groundless|inaccurate|incorrect|wrong|fake|bogus"
    r"|not\s+true)\b"
)
# A thing said not to be a named one: "the attacks may not have been Boko Haram",
# "the man in the video is not Smith".
_IS_NOT_NAMED = re.compile(
    r"\b(?P<subject>[A-Za-z][\w-]*)\s+(?:(?:is|are|was|were)(?:n['\u2019]t|\s+not)"
    r"|(?:may|might|could|would|will|must|did|do|does)(?:n['\u2019]t|\s+not)\s+(?:have\s+)?be(?:en)?)"
    r"\s+(?:(?:the|a|an)\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)


def _other_is_not(
    negated: frozenset[str], content: str, claim: str, claim_words: frozenset[str]
) -> bool:
    """Whether the negation says of a thing the claim does not speak of that it is
    not a name the claim gives to its own subject: "the attacks may not have been
    Boko Haram" says who did the attacks, and nothing against "Boko Haram has agreed
    to a ceasefire". A claim that says what something is ("the attacks were Boko
    Haram's") is still contradicted."""
    for found in _IS_NOT_NAMED.finditer(content):
        name = _stems(found.group("name"))
        subject = _stems(found.group("subject"), 1)
        said_to_be = re.search(
            rf"(?i)\b(?:is|are|was|were|be|been)\s+(?:(?:the|a|an)\s+)?{re.escape(found.group('name'))}\b",
            claim,
        )
        if (
            name
            and negated <= name
            and subject
            and not _shares(subject, claim_words)
            and said_to_be is None
        ):
            return True
    return False


# What a thing is said not to be: "is not a product from a tech company".
_IS_NOT_A_KIND = re.compile(
    r"(?i)\b(?:is|are|was|were)(?:n['\u2019]t|\s+not)\s+(?:a|an)\s+(?P<kind>[a-z][\w-]*)\b"
)


# A deed and who does it: "announced by Badeh", "an announcement made by the
# insurgent group", "a statement released by the government".
_DONE_BY = re.compile(
    r"(?i)\b(?P<head>[a-z][\w-]*)(?:\s+(?:made|issued|released|given|carried\s+out))?"
    r"\s+by\s+(?P<agent>[^,;:.!?()\u2013\u2014]+?)(?=\s+(?:nor|or|and|but)\b|[,;:.!?()\u2013\u2014]|$)"
)


@functools.lru_cache(maxsize=1 << 14)
def _deeds_done_by(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each deed of `text` done "by" someone: its word and its doer, as stems."""
    if "by" not in text.lower():
        return ()
    return tuple(
        (_stems(done.group("head")), _stems(done.group("agent")))
        for done in _DONE_BY.finditer(text)
    )


def _agents(text: str, negated: frozenset[str]) -> list[frozenset[str]]:
    """Who does each deed of `text` whose word is among `negated`, as stems."""
    return [agent for head, agent in _deeds_done_by(text) if head & negated and agent]


def _done_by_another(negated: frozenset[str], content: str, claim: str) -> bool:
    """Whether the negation denies a deed of someone other than the one the claim
    says did it: "nor an announcement made by the insurgent group" against "the
    truce was announced by Badeh" says that the insurgents announced nothing,
    not that Badeh did not. Against "announced by the group" it contradicts."""
    said = _agents(content, negated)
    if not said:
        return False
    claim_words = _entailed(_stems(claim))
    # The claim must name a doer of its own, and the content's doer nowhere from
    # the claim's deed on: "not owned by Tiger Woods" still denies "owned by the
    # richest athlete, Tiger Woods".
    if not _agents(claim, claim_words):
        return False
    doers = _from_deed_on(claim, claim_words)
    return not any(agent & doers for agent in said)


def _from_deed_on(claim: str, claim_words: frozenset[str]) -> frozenset[str]:
    """The claim's words from its first deed done "by" someone on: the deed, its
    doer and what is said of the doer after a comma ("owned by the richest
    athlete, Tiger Woods"). The words before the deed tell what was done, not
    who did it: "the truce between the army and the rebels was announced by the
    army chief" names the rebels as a side of the truce, not as its announcer."""
    for done in _DONE_BY.finditer(claim):
        if _stems(done.group("head")) & claim_words and done.group("agent"):
            return _entailed(_stems(claim[done.start() :]))
    return claim_words


# A date with its day: "the 24th of February", "24 February", "February 24th".
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_DAY_OF_MONTH = re.compile(
    rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTHS})"
    rf"|\b(?P<month_first>{_MONTHS})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?\b"
)


@functools.lru_cache(maxsize=1 << 14)
def _days(text: str) -> Mapping[str, frozenset[int]]:
    """The days a text gives, by the stem of their month: "the 24th of February"
    -> {"february": {24}}."""
    if not any(char.isdigit() for char in text):
        return {}
    found: dict[str, frozenset[int]] = {}
    for match in _DAY_OF_MONTH.finditer(text):
        month = match.group("month") or match.group("month_first")
        day = int(match.group("day") or match.group("day_after"))
        for month_stem in _stems(month.rstrip(".")):
            found[month_stem] = found.get(month_stem, frozenset()) | {day}
    return MappingProxyType(found)


def _finer_date(negated: frozenset[str], content: str, claim: str) -> bool:
    """Whether a negation falls on a month only through a day of it that the claim
    does not give: "will not be the 24th of February" denies that day, not an
    event "during the month of February" the claim speaks of. Against a claim
    that gives the same day ("on February 24") it still contradicts."""
    days = _days(content)
    if not days or not negated & days.keys():
        return False
    claimed = _days(claim)
    return all(
        not (claimed.get(month, frozenset()) & days[month]) for month in negated & days.keys()
    )


# A figure with the unit of its rate: "$99 a year", "20 dollars per month",
# "$5-a-head". The unit is part of the figure, not a time or thing of its own.
_RATE = re.compile(
    r"(?i)(?P<figure>\d[\d,.]*)(?:\s*(?:million|billion|bn|m|k)\b)?[\s-]+(?:a|an|per)[\s-]+"
    r"(?P<unit>year|month|week|day|hour|night|minute|head|person)s?\b"
)
# What a claim sets its subject apart from: "separate from its $99-a-year
# membership", "unlike the $10-a-month plan", "rather than ...".
_SET_APART = re.compile(
    r"(?i)\b(?:(?:separate|apart|different|distinct|independent)\s+from|unlike|instead\s+of"
    r"|rather\s+than|other\s+than)\s+[^,;:.!?()\u2013\u2014]*"
)


def _rate_not_claimed(negated: frozenset[str], content: str, claim: str) -> bool:
    """Whether a negation falls only on the unit of a rate ("it won't be $99 a
    year"), which denies the figure, and the claim gives that figure of nothing
    it speaks of: not at all ("the service will launch next year"), or only of
    what it sets its subject apart from ("separate from its $99-a-year Prime
    membership"). Against a claim that gives the figure ("will cost $99 a
    year") it still contradicts."""
    if not any(char.isdigit() for char in content):
        return False
    rates = list(_RATE.finditer(content))
    units = frozenset().union(*(_stems(rate.group("unit")) for rate in rates))
    if not rates or not negated <= units:
        return False
    figures = {rate.group("figure").rstrip(".,").replace(",", "") for rate in rates}
    said = _SET_APART.sub(" ", claim).replace(",", "")
    return not any(re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", said) for figure in figures)


# A doubting verb in the content and the noun it takes: "questioned their
# viability", "doubted the wisdom of the plan".
_QUESTIONED_NOUN = re.compile(
    r"(?i)\b(?:question|questions|questioned|questioning|doubt|doubts|doubted|doubting)\s+"
    r"(?P<phrase>(?:the|their|its|his|her|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
# What a doubt of which is a doubt of a claim's truth: "questioned the accuracy
# of", "doubted its authenticity", "questioned the existence of", "doubt the
# figures".
_TRUTH_PROPERTIES = frozenset(
    stem(word)
    for word in (
        "accuracy", "authenticity", "veracity", "credibility", "truth", "truthfulness",
        "validity", "reliability", "legitimacy", "genuineness", "existence", "reality",
        # What gives a claim in figures or findings: "we doubt the figures".
        "figures", "numbers", "data", "statistics", "estimate", "count", "toll", "tally",
        "findings", "results", "conclusions", "evidence", "assessment", "analysis",
    )
)  # fmt: skip


# A clause judged unlikely or untrue as the content's subject: "humans
# unwittingly swallow 8 spiders a year' was highly unlikely" (the clause's own
# quotation closed before the verdict, or none).
_CLAUSE_JUDGED = re.compile(
    r"""(?i)^\W*(?P<clause>[^,;:.!?"\u201c\u201d]+?)['\u2019"\u201d]?\s+(?:is|was|are|were)\s+
    (?:(?:highly|extremely|very|most|quite|also|simply|just)\s+)?
    (?:unlikely|improbable|implausible|untrue|false|unfounded|unsupported|baseless|a\s+myth)\b""",
    re.VERBOSE,
)
# A plural subject with no determiner before a present verb, an adverb between:
# "humans unwittingly swallow", "people often see" (not "this", "his", "various").
_PLURAL_PRESENT = re.compile(
    r"(?i)^\W*(?P<subject>people|humans|men|women|children|[a-z]{2,}[^\Wsui'\u2019]s)\s+"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+\w"
)
# Verbs that report what others say or think ("experts say the claim"): the
# clause after them is a telling, not a saying of a kind.
_REPORTING_STEMS = frozenset(
    stem(word)
    for word in (
        "argue", "warn", "note", "write", "agree", "add", "state", "maintain",
        "deny", "dispute", "reject", "doubt", "question",
    )
)  # fmt: skip


def _verdict_on_another_clause(content: str, claim: str) -> bool:
    """Whether the content calls a general saying unlikely or untrue, and the
    claim does not say its predicate: a clause of a bare plural subject and a
    present verb ("humans unwittingly swallow 8 spiders a year' was highly
    unlikely", "people see ghosts is a myth") tells of a kind, not of the
    story's own actors, and the verdict on it says nothing against a claim of
    something else ("doctors found a spider under his skin"). A claim of the
    same act ("people swallow spiders in their sleep") is still doubted, and a
    clause of a named actor ("Plant ripped up the contract is false") is left to
    the rules of tellings, which read what its claim's statements say."""
    found = _CLAUSE_JUDGED.match(content)
    if found is None:
        return False
    plural = _PLURAL_PRESENT.match(found.group("clause"))
    if plural is None or _TELLING_NOUN.fullmatch(plural.group("subject")):
        # "Reports claiming she died are false" calls a telling false.
        return False
    verb = plural.group("verb").lower()
    if (
        verb in _DETERMINERS
        or verb in _PHRASE_END
        or verb in _AUXILIARY_WORDS
        or verb.endswith(("ing", "ed"))
        or _stems(verb) & (_FRAMING_PREDICATES | _REPORTING_STEMS)
    ):
        return False
    return not _shares(_entailed(_stems(verb)), _entailed(_stems(claim)))


def _property_questioned(content: str, claim: str) -> bool:
    """Whether the content's doubting verb takes a noun the claim does not speak
    of, a property of a thing rather than what is told of it ("questioned their
    viability" against "militants have three captured jets"): what is doubted
    is that property. A telling ("questioned the report") or a truth
    ("doubted its authenticity") doubts what was told."""
    questioned = _QUESTIONED_NOUN.search(content)
    if questioned is None:
        return False
    end = _CLAUSE_END.search(content, questioned.start("phrase"))
    if _finite(content[questioned.start("phrase") : end.start() if end else len(content)]):
        return False  # "I doubt the minister resigned": a clause, what is doubted
    words = questioned.group("phrase").split()
    # The noun phrase ends where its complement begins ("the timing of the raid").
    cut = next((i for i, word in enumerate(words) if word.lower() in _PHRASE_END), len(words))
    if cut < 2 or _TELLING_NOUN.fullmatch(words[cut - 1]):
        return False
    head = _stems(words[cut - 1])
    return (
        bool(head) and not head & _TRUTH_PROPERTIES and not _shares(head, _entailed(_stems(claim)))
    )


# A yes-no clause asking whether something is or will be so: "whether they
# will be productive", "if the operation would be a success".
_PROPERTY_ASKED = re.compile(
    r"(?i)\b(?:whether|if)\s+(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?:(?:will|would|could|can|might|may)\s+(?:still\s+)?be|is|was|are|were)\s+"
    r"(?:a\s+|an\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)


def _property_asked(content: str, claim: str) -> bool:
    """Whether the content's doubt asks whether something is or will be of a
    property ("whether they will be productive") that the claim does not speak
    of: what is doubted is that property, not the claim. A truth ("whether it
    is true", "whether the report was accurate") or a word of the claim's own
    ("whether he was killed" against "he was killed") doubts the claim."""
    asked = _PROPERTY_ASKED.search(content)
    if asked is None:
        return False
    first = asked.group("what").split()[0].lower()
    if first.endswith("ed") or first in verbforms.PARTICIPLES:
        return False  # "if the boats are fitted with radar": a passive, what is done
    words = _stems(asked.group("what"))
    return (
        bool(words)
        and not words & (_TRUTH_PROPERTIES | _TRUTH_WORDS)
        and not _shares(words, _entailed(_stems(claim)))
    )


# Words that ask of a claim's truth when asked whether something is so.
_TRUTH_WORDS = frozenset(
    stem(word)
    for word in (
        "true", "false", "real", "genuine", "authentic", "accurate", "correct", "fake", "hoax",
        "right", "wrong", "legitimate", "credible", "case",
    )
)  # fmt: skip


# A doubt that a thing causes about something else: "X will make questionable
# Y", "X casts doubt on Y", "X calls Y into question", "X raises questions
# about Y". X, its subject, is told as so; Y is what is doubted.
_CAUSED_DOUBT = re.compile(
    r"(?i)\b(?:make|makes|made|making|render|renders|rendered)\s+(?:\w+\s+)?"
    r"(?:questionable|doubtful|dubious)\b"
    r"|\b(?:cast|casts|casting|throw|throws|threw|throwing)\s+(?:\w+\s+)?doubts?\s+(?:on|upon|over)\b"
    r"|\b(?:call|calls|called|calling|bring|brings|brought|bringing|put|puts|putting)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?into\s+(?:question|doubt)\b"
    r"|\b(?:raise|raises|raised|raising)\s+(?:\w+\s+)?(?:questions|doubts)\s+(?:about|over|on|as\s+to)\b"
)


def _doubt_caused_by_claim(content: str, claim: str) -> bool:
    """Whether the content doubts something else because of what the claim says:
    the subject of "X will make questionable Y" ("the reported start of mass
    production") says the claim's predicate ("production isn't set to start
    until January") and Y does not. The statement takes the claim for granted;
    a subject that only points back ("this casts doubt on the report") says no
    predicate, and the doubt stays the claim's."""
    caused = _CAUSED_DOUBT.search(content)
    if caused is None:
        return False
    predicate = clause_predicate(claim)
    if not predicate:
        return False
    subject = _CLAUSE_END.split(content[: caused.start()])[-1]
    doubted = content[caused.end() :]
    return _shares(predicate, _entailed(_stems(subject))) and not _shares(
        predicate, _entailed(_stems(doubted))
    )


def _kind_not_said(negated: frozenset[str], content: str, claim: str) -> bool:
    """Whether the negation says what kind of thing something is not ("Apple Watch
    is not a product from a tech company") against a claim that says of nothing
    that it is of that kind, using the word otherwise ("expect the final shipping
    product to include 512 megabytes"): what a thing is not contradicts only a
    claim of what it is, or one whose subject or object is of that kind."""
    for found in _IS_NOT_A_KIND.finditer(content):
        kind = _stems(found.group("kind"), 1)
        if not kind or not negated <= kind:
            continue
        said = re.search(
            rf"(?i)\b(?:is|are|was|were|be|been|as)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
            rf"{re.escape(found.group('kind'))}",
            claim,
        )
        roles = predicate_roles(claim)
        # "it was not a meteorite" against "a small meteorite crashed": the claim's
        # own subject is of that kind, and the negation says it is not.
        subject = _stems(" ".join(roles)) if roles else _stems(claim)
        return said is None and not _shares(kind, subject)
    return False


def _unframed(content: str, claim: str) -> frozenset[frozenset[str]]:
    """The words negated by each contrast of the content ("X, not Y") that cannot
    contradict the claim: the contrast denies Y only in the frame of the rest of
    the content ("built in Nevada, not Texas" denies "built in Texas"), so a claim
    that shares none of that frame is not what it denies."""
    found: set[frozenset[str]] = set()
    if "not" not in _lowered(content):
        return frozenset()  # no "not": `_CONTRASTED` cannot match
    for contrast in _CONTRASTED.finditer(content):
        other = contrast.group("other")
        frame = _stems(content[: contrast.start()] + " " + content[contrast.end() :])
        if frame and not frame & _entailed(_stems(claim)):
            found.add(_stems(other, 1))
            found.add(_stems(other, 2))
            found.add(_stems(other))
    return frozenset(found)


def _head_end(clause: str) -> int:
    """Where the first word of `clause` that carries meaning (`_stems`) ends."""
    for token in _HEAD.finditer(clause):
        if _stems(token.group()):
            return token.end()
    return len(clause)


def _said_verbatim(claim: str, content: str) -> bool:
    """Whether the content says the claim's words as they stand (case, quotes and
    spacing aside)."""
    return _verbatim_end(claim, content) is not None


# A sentence after it that only answers it, taking it back: "No he didn't",
# "Not so", "That is not true", "It isn't".
_TAKEN_BACK = re.compile(
    r"(?i)\W*(?:(?:no|not|nope)\b|(?:he|she|it|they|that|this|we|i)\s+\w+(?:n['\u2019]t|\s+not)"
    r"(?:\s+(?:true|so|the\s+case|real))?\W*$)"
)
# Where a content's first sentence ends: a full stop, "!" or "?" and a capital after.
_FIRST_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")


def sentences(content: str) -> list[str]:
    """A content's sentences, each ended by a full stop, "!" or "?" before a
    capital (`_FIRST_SENTENCE_END`)."""
    return _FIRST_SENTENCE_END.split(content)


# Where a part of a content ends: a sentence's end, a semicolon, or a comma or
# nothing before "and" or "but" (whether the "and" opens a clause of its own is
# read by `_parts`).
_PART_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])|;\s+|,?\s+(?=(?:and|but)\s)"
)


def _parts(content: str) -> list[str]:
    """The content's sentences, and within them the clauses with a subject and a
    verb of their own joined by "and" or "but" ("there is no such deal and the
    girls have been married off"); a part that is no such clause ("Islam and
    married off") stays with the part before it."""
    spans: list[list[int]] = []
    start = 0
    for end in (*_PART_END.finditer(content), None):
        stop = len(content) if end is None else end.start()
        joined = _JOINED.match(content, start, stop)
        if spans and joined and not _finite(content[joined.end() : stop]):
            spans[-1][1] = stop
        elif content[start:stop].strip():
            spans.append([start, stop])
        if end is not None:
            start = end.end()
    return [content[first:last].strip() for first, last in spans]


_JOINED = re.compile(r"(?:and|but)\s+")
# A telling named in a part ("these claims", "the reports"), and a pronoun
# pointing at something said before ("it", "I cannot confirm that", "that is
# false"; not "this tape", which names a thing).
_TELLING_IN_PART = re.compile(r"(?i)\b(?:" + _TELLING_ALTERNATION + r")\b")
_POINTER_IN_PART = re.compile(
    r"(?i)\b(?:it|(?:this|that|these|those)(?=\s*(?:[.,;:!?\"'\u201d\u2019)]|$)"
    r"|\s+(?:is|was|are|were|either|too)\b))"
)
# The words of meaning a part may have and still say nothing but a verdict on
# what a pointer points at ("it's a lie": "lie").
_BARE_VERDICT_WORDS = 2


def _points_back(parts: list[str], shared: list[int], index: int) -> bool:
    """Whether the part at `index` points at what was said before it, which may be
    the claim: its pointer follows a part that shares a word with the claim, or
    it says nothing but a pointer and a verdict ("It's a lie"), which answers the
    speaker's whole point, unless it answers a question asked right before it
    ("Did they censor it? We just don't know all that")."""
    if index == 0 or not _POINTER_IN_PART.search(parts[index]):
        return False
    if shared[index - 1]:
        return True
    bare = len(_stems(parts[index])) <= _BARE_VERDICT_WORDS
    return bare and not parts[index - 1].rstrip().endswith("?")


def _opens_with(claim: str, content: str) -> bool:
    """Whether the content's first sentence, of several, is the claim as its text
    restates it (names completed, a pronoun named): the claim is what the content
    opens by saying, ending where the sentence ends, so no verdict closes it."""
    end = _FIRST_SENTENCE_END.search(content)
    if end is None or _TAKEN_BACK.match(content, end.end()):
        return False
    first = _TOKEN.findall(content[: end.start()].lower().replace("\u2019", "'"))
    said = _TOKEN.findall(claim.lower().replace("\u2019", "'"))
    if len(first) < 5 or not said or first[-1] != said[-1]:
        return False
    matcher = difflib.SequenceMatcher(None, first, said, autojunk=False)
    if matcher.ratio() < 0.9:
        return False
    # Only names and pronouns may differ: a negation ("will not vote") or a
    # number ("12 seats" for "14 seats") that differs says something else.
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for word in (*first[i1:i2], *said[j1:j2]):
            if word in _NEGATION_WORDS or word.endswith("n't") or any(c.isdigit() for c in word):
                return False
    return True


def _verbatim_end(claim: str, content: str) -> int | None:
    """Where the content's first saying of the claim's words ends, or None."""
    said = _TOKEN.findall(claim.lower().replace("\u2019", "'"))
    if not said:
        return None
    tokens = list(_TOKEN.finditer(content.lower().replace("\u2019", "'")))
    words = [token.group() for token in tokens]
    for at in range(len(words) - len(said) + 1):
        if words[at : at + len(said)] == said:
            return tokens[at + len(said) - 1].end()
    return None


# Words of quantity, which a negation passes on to what they quantify.
_QUANTITY_WORDS = frozenset({"lot", "lots", "plenty", "much", "many"})


def _known(negated: tuple[frozenset[str], ...]) -> Iterator[frozenset[str]]:
    """The negated words of each negation, knowing left out: "the left hand doesn't
    know what the right hand is doing" says what someone lacks, and contradicts
    no claim that another "knows" something; what it is about may still."""
    for words in negated:
        if words and words <= _QUANTITY_WORDS:
            # "There's not a lot going on" negates what goes on, not "a lot": "a
            # problem for a lot of consumers" uses the quantity of something else
            # and says nothing against it.
            yield frozenset()
            continue
        yield words - _KNOWING


def _entailed(words: frozenset[str]) -> frozenset[str]:
    """`words` and the predicates they entail ("killed": "died")."""
    # Each word's entailments looked up in C: asked of every claim near a statement.
    return words.union(*map(_ENTAILS.get, words, itertools.repeat(())))


def _excluded_state(content: str, claim_words: frozenset[str]) -> bool:
    """Whether the content's main clause says that something is in a state that
    excludes what the claim says befell it ("the car is safe" against "the car
    was stolen", "she is alive" against "she was killed")."""
    main = _main_clause(content)
    lowered = _lowered(main)
    if not any(map(lowered.__contains__, _EXCLUDED_BY_STATE)):
        return False  # no word of a state: `_STATE` cannot match
    return any(
        not _NEGATION_RE.search(match.group(0))
        and not claim_words.isdisjoint(_EXCLUDED_BY_STATE[_lowered(match.group("state"))])
        for match in _STATE.finditer(main)
    )


# A claim's text is read once for each statement that joins the claim.
@functools.lru_cache(maxsize=1 << 14)
def _present_verb(clause: str) -> re.Match[str] | None:
    """The verb in "-s" of a negated subject with no auxiliary ("[none] of the 28
    bodies found in the grave belongs to the students": belongs): the first word
    in "-s" after a word that opens no noun phrase (not "the", "of" or a number,
    so not "the 28 bodies") and before a preposition or a determiner. A past
    participle after the subject's noun ("found") is a reduced relative clause,
    not the predicate."""
    words = list(_CLAUSE_WORD.finditer(clause))
    for index in range(1, len(words) - 1):
        word = words[index].group().lower()
        before = words[index - 1].group().lower()
        after = words[index + 1].group().lower()
        if (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "'s", "us", "is"))
            and before not in _DETERMINERS
            and before not in _PHRASE_END
            and not before[0].isdigit()
            and not before.endswith("'s")
            and (after in _PHRASE_END or after in _DETERMINERS)
        ):
            return _VERB_AT.match(clause, words[index].start())
    return None


_VERB_AT = re.compile(r"(?P<verb>[\w'-]+)")


def _lacked(without: re.Match[str]) -> frozenset[str]:
    """What a "without" says there is none of: the noun phrase after it, up to
    the end of its clause ("without internet access": internet, access)."""
    end = _CLAUSE_END.search(without.string, without.end())
    return _stems(without.string[without.end() : end.start() if end else None], 2)


def _same_not_received(content: str, claim: str) -> bool:
    """Whether both the content and the claim say that something was not (yet)
    received (`_NOT_RECEIVED`), and of the same thing: what the content did not
    receive shares a word with what the claim did not ("word about the ceasefire",
    "any order on the ceasefire"), beyond the words for news or word itself."""
    lowered = claim.lower()
    if "rece" not in lowered and "got" not in lowered and "get" not in lowered:
        return False
    theirs = _NOT_RECEIVED.search(claim)
    mine = _NOT_RECEIVED.search(content) if theirs is not None else None
    if theirs is None or mine is None:
        return False
    what = _stems(mine.group("what")) - _RECEIVED_KINDS
    return bool(what) and _shares(what, _stems(theirs.group("what")) - _RECEIVED_KINDS)


# Words for what is received that say nothing of what it is about.
_RECEIVED_KINDS = frozenset(
    stem(word)
    for word in (
        "word", "news", "information", "confirmation", "order", "orders", "report",
        "reports", "notice", "notification", "message", "any", "official", "operational",
        "formal", "purported",
    )
)  # fmt: skip


# A claim text and a statement are read against many others: their stems recur.
@functools.lru_cache(maxsize=1 << 14)
def _stems(text: str, limit: int | None = None) -> frozenset[str]:
    """The stems of `text`'s words that carry meaning (the first `limit` of them).

    Unlike grouping's terms, verbs of saying stay: "did not say X" negates "say".
    Irregular verb forms and near-synonyms meet their base word ("told" is
    "say", "sent" is "deploy").
    """
    found: list[str] = []
    for token in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        word = token.rstrip("'-")
        word = word[:-2] if word.endswith("'s") else word  # "Banksy's" is "Banksy"
        if word in _LIGHT_WORDS or word[0].isdigit() or _light_contraction(word):
            continue
        word = _IRREGULAR_FORMS.get(word, word)
        found.append(stem(SYNONYMS.get(word, word)))
        if limit is not None and len(found) == limit:
            break
    return frozenset(found)


def _light_contraction(word: str) -> bool:
    """Whether `word` contracts function words: "we're", "I'm", "don't", "can't"."""
    head, apostrophe, tail = word.partition("'")
    if not apostrophe:
        return False
    if tail == "t" and head.endswith("n"):
        head = head[:-1]  # "don't": "do", "can't": "ca", "won't": "wo"
        return head in _LIGHT_WORDS or head in _NEGATED_AUXILIARIES
    return head in _LIGHT_WORDS


def _shares(words: frozenset[str], others: frozenset[str]) -> bool:
    """Whether one of `words` is among `others`, or a longer or shorter form of one
    ("threat" and "threaten")."""
    if words & others:
        return True
    # Only words of `_RELATED_CHARS` letters or more are forms of each other: each
    # is tried against all the other side's at once (`startswith` takes a tuple),
    # not pair by pair.
    longer = tuple(word for word in words if len(word) >= _RELATED_CHARS)
    other_longer = tuple(other for other in others if len(other) >= _RELATED_CHARS)
    if not longer or not other_longer:
        return False
    return any(word.startswith(other_longer) for word in longer) or any(
        other.startswith(longer) for other in other_longer
    )


def _counted(text: str) -> dict[str, set[str]]:
    """Each counted thing in `text` and the numbers given for it ("10,000 troops").

    A unit of measure is counted with the word after it: "40 feet across" counts
    "feet across", which "60 feet in diameter" does not contradict; an age with
    whose it is ("16-year-old student").
    """
    words = content_words(_MONEY.sub(rf"\g<amount> {_SUM}", text))
    counts: dict[str, set[str]] = {}
    for at, (number, thing) in enumerate(itertools.pairwise(words)):
        if _DIGITS.fullmatch(number) and not _DIGITS.fullmatch(thing):
            key = stem(thing)
            if thing == _SUM:
                key = f"{_SUM} {stem(words[at + 2])}" if at + 2 < len(words) else _SUM
            elif thing in _UNITS and at + 2 < len(words):
                key = f"{key} {stem(words[at + 2])}"
                if words[at + 2] == "old" and at + 3 < len(words):
                    # An age is someone's: "a 26-year-old teacher" gives no age of
                    # "a 16-year-old student".
                    key = f"{key} {stem(words[at + 3])}"
            counts.setdefault(key, set()).add(number)
    return counts


# An amount of money is a price or a sum, not a count of the word after it: "the
# $349 watch" gives no count of watches. It is read as a sum of money and counted
# with the word after it ("$40 contract" against "$90 contract"), so a price is
# compared only with a price.
_MONEY = re.compile(
    r"(?i)[$\u00a3\u20ac\u00a5]\s?(?P<amount>\d[\d,.]*(?:\s+(?:million|billion|trillion)\b)?)"
)
_SUM = "sum"


_SPAN_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
)
_SPAN_UNIT = r"(?:years?|months?|weeks?|days?|hours?|quarters?|decades?)"
# The span of time a count is given for: "in 2015", "since 2009", "this year",
# "within the first nine months", "so far", "per year".
_TIME_SPAN = re.compile(
    r"(?i)\b(?:(?:in|since|by|during|until|through|before|after|for|of)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b"
    rf"|(?:this|last|next|past|that|the\s+same|each|every|per|a)\s+{_SPAN_UNIT}\b"
    rf"|(?:in|within|over|during|for)\s+(?:just\s+)?(?:the\s+)?(?:first|last|past|next|coming)?\s*{_SPAN_NUMBER}\s+{_SPAN_UNIT}\b"
    r"|so\s+far|to\s+date|annually|a\s+year\s+ago)"
)


def _time_spans(text: str) -> frozenset[str]:
    """The spans of time `text` gives, each as written, lower-cased and spaced once."""
    return frozenset(" ".join(found.group().lower().split()) for found in _TIME_SPAN.finditer(text))


def _numbers_differ(content: str, claim: str) -> bool:
    """Whether the content gives something the claim counts a different number.

    Rounding is no contradiction: "2,000" is "2,084" given roughly, so numbers
    within `_ROUNDING` of each other agree.
    """
    # Each character asked in C: the texts are read whole for most pairs.
    if not any(map(str.isdigit, content)) or not any(map(str.isdigit, claim)):
        return False
    if _said_verbatim(claim, content):
        # The content says the claim's words, numbers and all: its other numbers
        # ("in the next 12 months" beside "within the first nine months") count
        # something else.
        return False
    if _gives_every_number(content, claim):
        # "priced starting at $349, ... if they price the Edition at over $1,000"
        # against "the starting price is $349": the content gives the claim's
        # count itself; its other numbers count something else.
        return False
    if _time_spans(content) != _time_spans(claim):
        # Two counts over different spans count different things: "13,000 killed
        # since 2009" says nothing against "2,000 killed this year", "50 million
        # in 2015" nothing against "24 million within the first nine months".
        return False
    said = _counted(claim)
    bounds = _bounds(content), _bounds(claim)
    # A number the claim gives anywhere agrees, whatever it counts there: "10 shots"
    # against "at least 10, six shots followed by four more".
    given = set(_DIGITS.findall(" ".join(content_words(claim))))
    # Counts of what two different acts did are no contradiction: "rescued 18
    # families" says nothing against "evacuated 80 families", "wounded 50" nothing
    # against "killed 30".
    acts = _count_acts(content), _count_acts(claim)
    return any(
        thing in said
        and not any(
            _close(n, m) or _within(n, m, *bounds) for n in numbers for m in said[thing] | given
        )
        and not (acts[0].get(thing) and acts[1].get(thing) and not acts[0][thing] & acts[1][thing])
        for thing, numbers in _counted(content).items()
    )


def _gives_every_number(content: str, claim: str) -> bool:
    """Whether the content gives every number the claim gives, as it writes it."""
    given = set(_DIGITS.findall(" ".join(content_words(content))))
    claimed = set(_DIGITS.findall(" ".join(content_words(claim))))
    return bool(claimed) and claimed <= given


# A number given as a bound: "at least 10", "more than 80" (a least), "up to
# 11", "fewer than 5" (a most).
_LOWER_WORDS = r"at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than"
_UPPER_WORDS = r"up\s+to|at\s+most|fewer\s+than|less\s+than|under|no\s+more\s+than"
_LOWER_BOUND = re.compile(rf"(?i)\b(?:{_LOWER_WORDS})\s+$")
_UPPER_BOUND = re.compile(rf"(?i)\b(?:{_UPPER_WORDS})\s+$")
# Either anywhere: a text with none gives no bound, and no number need be tried.
_ANY_BOUND = re.compile(rf"(?i)\b(?:{_LOWER_WORDS}|{_UPPER_WORDS})\s")
_NUMBER_TOKEN = re.compile(r"[\w,.]+")


def _bounds(text: str) -> dict[str, str]:
    """The numbers `text` gives as bounds, each with "low" (at least that many)
    or "high" (at most that many), written as `content_words` writes them."""
    found: dict[str, str] = {}
    if not _ANY_BOUND.search(text):
        return found
    for token in _NUMBER_TOKEN.finditer(text):
        at = token.start()
        kind = (
            "low"
            if _LOWER_BOUND.search(text, 0, at)
            else "high"
            if _UPPER_BOUND.search(text, 0, at)
            else None
        )
        if kind is None:
            continue
        words = content_words(token.group())
        if words and _DIGITS.fullmatch(words[0]):
            found.setdefault(words[0], kind)
    return found


def _within(number: str, other: str, own: dict[str, str], theirs: dict[str, str]) -> bool:
    """Whether two numbers for the same thing agree once either is a bound: "at
    least six times" agrees with "at least 10 times", "up to 11 shots" with 10."""
    a, b = float(number), float(other)
    return (
        (own.get(number) == "low" and b >= a)
        or (own.get(number) == "high" and b <= a)
        or (theirs.get(other) == "low" and a >= b)
        or (theirs.get(other) == "high" and a <= b)
    )


def _count_acts(text: str) -> dict[str, set[str]]:
    """Each counted thing in `text` and the stems of the past verbs right before
    its numbers ("rescued 18 families": families, {rescu}); a thing counted
    once with no such verb has none, and then any act may be meant."""
    acts: dict[str, set[str]] = {}
    for found in _COUNT_AFTER.finditer(text):
        thing = stem(found.group("thing").lower())
        verb = found.group("verb")
        if verb is None or verb.lower() in _NOT_ACTS:
            acts[thing] = set()
        else:
            acts.setdefault(thing, {"-"}).add(stem(verb.lower()))
    return {thing: found - {"-"} for thing, found in acts.items()}


# A count and what it counts, with the past verb right before it if any ("had
# evacuated more than 80 families").
_COUNT_AFTER = re.compile(
    r"(?:\b(?P<verb>[a-z]+ed)\s+)?(?:(?:more|fewer|less)\s+than\s+|at\s+(?:least|most)\s+"
    r"|about\s+|some\s+|nearly\s+|over\s+|almost\s+|around\s+|up\s+to\s+)?"
    r"\b\d[\d,.]*\s+(?P<thing>[A-Za-z]+)"
)
# Words in -ed that are no act: "aged 35 years", "numbered 40 ...".
_NOT_ACTS = frozenset({"aged", "numbered", "totalled", "totaled", "estimated", "counted"})


def _close(one: str, other: str) -> bool:
    """Whether two numbers agree: within rounding, or the same figure with its
    "million" or "billion" left out ("an $800 contract" for "$800 million")."""
    a, b = float(one), float(other)
    small, large = sorted((abs(a), abs(b)))
    if small and large / small in _DROPPED_SCALES:
        return True
    return abs(a - b) <= _ROUNDING * max(abs(a), abs(b))


def _yes_no_questions(text: str) -> Iterator[Span]:
    """The spans of the yes/no questions in `text` ("Is X real?", "Kim dead?")."""
    if "?" not in text:
        return
    for mark in _QUESTION_MARK.finditer(text):
        start = max(text.rfind(stop, 0, mark.start()) for stop in ".?!:") + 1
        # A question after a dash is a sentence of its own: "X - but is it real?"
        for dash in _DASH.finditer(text, start, mark.start()):
            start = dash.end()
        if not _NOT_YES_NO.match(text, start):
            yield start, mark.end()


def _asked(text: str, index: int) -> bool:
    """Whether `index` falls inside a yes/no question of `text`."""
    return "?" in text and any(start <= index < end for start, end in _yes_no_questions(text))


def _without_alternative_questions(text: str) -> str:
    """`text` with its either-or questions blanked out, offsets kept."""
    if "?" not in text:
        return text
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


# A quantity granted at most in passing, which says there is none to speak of:
# "few, if any, fighters came from there", "very few of them -- if any at all --
# have travelled", "hardly any of the staff knew".
_NEAR_NONE = re.compile(
    r"(?i)\b(?:(?:very\s+)?(?:few|little)(?P<of>\s+of\s+\w+)?\s*[,\u2013\u2014-]*\s*if\s+any"
    r"(?:\s+at\s+all)?\s*[,\u2013\u2014-]*|(?:hardly|scarcely|barely)\s+any\b(?P<any_of>\s+of\b)?)"
    r"(?=\s*(?P<next>[\w'\u2019]+))"
)
# One of these is written wherever `_NEAR_NONE` matches.
_NEAR_NONE_NEEDS = ("few", "little", "hardly", "scarcely", "barely")
# Words after such a quantity that open its predicate, or "of": it stands alone
# ("few, if any, have come"), read as "none"; before a noun it is "no".
_NEAR_NONE_ALONE = frozenset(
    {"of", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"may", "might", "do", "did", "does"}
)


def _may_be_near_none(text: str) -> bool:
    """Whether `text` writes the words every match of `_NEAR_NONE` holds."""
    lowered = _lowered(text)
    return "any" in lowered and any(word in lowered for word in _NEAR_NONE_NEEDS)


def _near_none_as_none(text: str) -> str:
    """`text` with "few, if any", "hardly any" and the like written as the "none"
    or "no" they amount to, padded to the same length so that offsets are kept."""
    if not _may_be_near_none(text):
        return text

    def none(match: re.Match[str]) -> str:
        whole = match.group(0)
        of = match.group("of") or match.group("any_of") or ""
        alone = of or match.group("next").lower() in _NEAR_NONE_ALONE
        word = ("none" if alone else "no") + of
        return word.ljust(len(whole)) if len(word) <= len(whole) else whole

    return _NEAR_NONE.sub(none, text)


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


def _unbracketed(text: str) -> str:
    """`text` with an editor's square brackets dropped, their words kept: a quote
    shortened to "[not] very likely" or "[It's] more accurate" reads as said."""
    if "[" not in text:
        return text
    return _EDITOR_INSERTION.sub(r"\1", text)


def _negated_if(content: str, end: int) -> bool:
    """Whether the if-clause that starts at `end` is negated ("if they did not ...")."""
    stop = _CLAUSE_END.search(content, end)
    return bool(_NEGATION_RE.search(content, end, stop.start() if stop else len(content)))


# A negation of now that says what was so before: "not ... any more", "no longer".
_NO_LONGER = re.compile(r"(?i)\b(?:any\s*more|no\s+longer)\b")
# A claim of what was so: its main clause in the past ("would go around and say",
# "had been", "used to").
_PAST_CLAIM = re.compile(r"(?i)\b(?:was|were|had|would|used\s+to|did)\b")


def _joined_command(before: str) -> bool:
    """Whether `before` (what precedes a "don't") ends on a command and a
    conjunction: "Save me some dignity and don't accept ..." tells its listener
    what not to do, as "don't accept ..." alone does. A clause that opens on its
    subject ("we checked and don't see ...") is no command."""
    found = _COMMAND_AND_BEFORE.search(before)
    if found is None:
        return False
    first = found.group("first")
    clause = first + found.group("rest")
    return (
        first.lower() not in _SUBJECT_OPENERS
        and first.lower() not in _AUXILIARY_WORDS
        and not clause_predicate(clause)
        and not _named_head(clause)
    )


def _names_a_kind(content: str, end: int) -> bool:
    """Whether "false" ending at `end` opens a fixed phrase ("false dawns"), or
    false alarms counted ("5,000 false alarms", "days of false alarms")."""
    if _FALSE_IDIOM.match(content, end):
        return True
    return bool(_ALARMS_AFTER.match(content, end)) and bool(
        _COUNTED_BEFORE.search(content, 0, max(0, end - len("false")))
    )


# Several rules ask for one content's main clause in a row.
@functools.lru_cache(maxsize=1 << 14)
def _main_clause(content: str) -> str:
    """The content up to its first subordinate or relative clause.

    A bracket that opens the content is an editor's insertion ("(China) will
    not ..."), not a clause of its own.
    """
    cut = _CLAUSE_BREAK.search(_lowered(content), 1)
    return content[: cut.start()] if cut else content


def _doubting(content: str, match: re.Match[str]) -> bool:
    """Whether a "do not know" marker doubts: the speaker does not know ("we just
    don't know"), or what is not known is whether something is so ("does not
    know if the weapons ...")."""
    if _ASKING_LISTENER.match(content, match.end()):
        return False  # "I don't know if you heard, but ...": a way of telling
    if _ACQUAINTANCE_AFTER.match(content, match.end()):
        return False  # "we don't know anybody by that name": no acquaintance, no doubt
    if _KNOWN_INSTEAD.search(content, match.end()):
        return False  # "I don't know the details. I do know Brian": granted, then told
    return bool(
        _KNOWER.search(content, 0, match.start()) or _OPEN_AFTER.match(content, match.end())
    )


def _negated_doubt(content: str, match: re.Match[str]) -> bool:
    """Whether a doubt marker that is not itself negative is negated where it
    stands: "it's not too early to say", "he isn't sceptical"."""
    if _NEGATIVE_OPENING.match(match.group(0)):
        return False
    return bool(_NEGATED_DOUBT_BEFORE.search(content, max(0, match.start() - 30), match.start()))


def _counterfeit_thing(content: str, end: int) -> bool:
    """Whether "fake" ending at `end` describes a plain thing ("a fake passport",
    "fake IDs", "a fake casing to make it look like ..."), not a telling ("fake
    news", "a fake Banksy account", "a fake stolen car report") nor a person or
    a name ("a fake who has tricked people")."""
    after = _PLAIN_NOUN_AFTER.match(content, end)
    if after is None:
        return False
    words = after.group().split()
    if words[0].lower() in _NOT_A_THING:
        return False
    for word in words:
        if word.lower() in _NOT_A_THING:
            break  # the phrase has ended
        if _TELLING_NOUN.fullmatch(word):
            return False
    return True


def _complained_of(content: str, index: int) -> bool:
    """Whether the denial word at `index` falls in what a third person complained
    of ("he complained about billing issues and false charges")."""
    found = _COMPLAINED_OF_BEFORE.search(content, 0, index)
    if found is None:
        return False
    subject = found.group("subject")
    return subject is None or subject.strip().lower() not in _FIRST_PERSON_SUBJECT


def _in_aside(content: str, index: int) -> bool:
    """Whether `index` falls inside round brackets: an aside ("a serious concern
    (laughable, but it makes sense) is ...") qualifies a word of the sentence,
    and calls no claim false."""
    opening = content.rfind("(", 0, index)
    return opening >= 0 and content.find(")", opening, index) < 0 and ")" in content[index:]


def _conceded(content: str, index: int) -> bool:
    """Whether `index` falls in an opening concession ("While it is unclear who
    will play him, ...") that the rest of the content goes on from."""
    concession = _CONCESSION.match(content)
    return (
        concession is not None
        and index < concession.end()
        and bool(content[concession.end() :].strip())
    )


def _modified(before: str) -> bool:
    """Whether the word right before a cue word is a modifier in "-ing", which makes
    the cue word a noun ("a long-running dispute", "an eating contest")."""
    found = _MODIFIER_BEFORE.search(before[-40:])
    return found is not None and found.group("word") not in _ING_NOUNS


def _negated_before(text: str, index: int, words: int) -> bool:
    window = " ".join(text[:index].split()[-words:])
    return bool(_NEGATION_RE.search(window))


@functools.lru_cache(maxsize=8)
def _built_lexicon(extra: Cues) -> Lexicon:
    return Lexicon._build(extra)


def classify_stance(
    cue: str | None,
    content: str,
    lexicon: Lexicon,
    claim: str | None = None,
    *,
    grouped: bool = False,
) -> Stance:
    """Whether a statement asserts, denies or disputes a claim.

    Against `claim` (a claim's text) when given; otherwise against the
    statement's own content, which it asserts unless its cue or its denial
    and doubt words say otherwise. See the module docstring for the rules.
    A statement that takes no position (`Lexicon.takes_position`) is read as
    a plain report: callers that keep statements leave such ones out.

    `grouped` says that the claim was found for the statement by the words
    they share (the ledger's grouping), not given as what it speaks of. Then
    a negative sentence with no denial or doubt word denies the claim only
    when its negation reaches the claim's predicate
    (`Lexicon.negates_its_predicate`): "neither actor had begun talks" met
    with "the actor passed on the role" shares a name with it and says what
    is not so of something else, a proposition of its own that it asserts.
    """
    if claim is None:
        return lexicon.read(cue, content).stance or Stance.ASSERTS
    stance = lexicon.stance_toward(cue, content, claim)
    if (
        grouped
        and stance is Stance.DENIES
        and not lexicon.negates_its_predicate(cue, content, claim)
    ):
        return Stance.ASSERTS
    return stance


def _listed(words: str) -> list[str]:
    """The words of a list written out as text."""
    return re.findall(r"[a-z]+", words)


# What stands between a clause's subject and its predicate: auxiliaries, the
# negation a denied clause may carry, and adverbs ("had not yet been", "was
# reportedly", "is personally").
_AUXILIARY_WORDS = frozenset(
    _listed("""
    is are was were be been being am has have had having will would shall should can
    could may might must do does did ca wo sha
    """)
)
_BEFORE_PREDICATE = (
    _AUXILIARY_WORDS
    | _NEGATION_WORDS
    | frozenset(
        _listed("""
    also still even ever yet already just really actually then now indeed always again
    ever all both only once currently previously recently personally secretly
    """)
    )
)
# Words that open a noun phrase: after them, a predicate noun ("was a hoax",
# "is the killer") ends where a preposition, a conjunction or a clause begins.
_DETERMINERS = frozenset(
    _listed("a an the any some his her their its our my your this that these those such one no")
)
_PHRASE_END = frozenset(
    _listed("""
    of in on at by for with from to into about as after before over under against and or
    but nor that who whom which whose when where while because since than if so though
    although despite during through without within
    """)
)
# Subjects before which a bare verb in "-s" is the predicate ("he plans to ...").
_SINGULAR_SUBJECTS = frozenset(_listed("he she it who"))
_RELATIVE_WORDS = frozenset(_listed("who which whose"))
# Predicates that say too little to tell one proposition from another ("he had
# anything to do with it", "it was so"): a clause of one of them is not compared.
_LIGHT_PREDICATES = frozenset(
    {"be", "have", "do", "get", "make", "go", "come", "happen", "occur", "say", "to"}
)
# Verdicts on a clause rather than predicates of it ("the report was a hoax").
_VERDICT_PREDICATES = frozenset(
    stem(word)
    for word in _listed("""
    hoax fake false true untrue lie lies real accurate inaccurate baseless groundless wrong
    correct nonsense rumour rumor myth case fabricated unfounded
    """)
)
# Predicates that tell of one event in other words, as stems (`_stems`): being
# caught at a border is being apprehended or captured there.
_PREDICATE_KIN: tuple[frozenset[str], ...] = (
    frozenset({"apprehend", "catch", "captur", "arrest", "seiz", "intercept"}),
    frozenset({"kidnap", "abduct", "take", "captur", "hostag"}),
    frozenset({"cross", "enter", "infiltrat", "smuggl", "sneak", "slip"}),
)
# A past form that is its own plain form, which `_VERB_FORMS` leaves out.
# Past forms the rule of "-ed" misses: "shut", and the regular pasts too short
# for it ("used", "died"), which it passes over so as not to take "need", "shed"
# or "aged" for a verb.
_PAST_FORMS = frozenset(_listed("shut used sued died tied lied owed axed eyed"))
# An aside between commas after the subject ("the king, a trained pilot, is ..."),
# which holds no predicate of the clause.
_APPOSITION = re.compile(
    r"(?i),\s+(?:a|an|the|also|known|now|once|formerly|who|which|whose)\s+[^,;:]{1,60},"
)
# "There is no X", "there were reports of X": a clause of what there is.
_EXISTENTIAL = re.compile(
    r"(?i)\W*there(?:\s+(?:is|are|was|were|has\s+been|have\s+been)|['\u2019]s)\b"
)
# Heads that pass their meaning to the verb after "to" ("plans to attack",
# "is set to launch", "agreed to release"): both are the predicate.
_PREDICATE_TO = re.compile(r"(?i)\s+to\s+(?:\w+ly\s+)?(?P<verb>[a-z][\w-]*)")
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# The most words a predicate noun phrase is read over ("a trained military pilot").
_PHRASE_WORDS = 4


@functools.lru_cache(maxsize=1 << 14)
def clause_predicate(clause: str) -> frozenset[str]:
    """The stems of a clause's main predicate, with its negation left out: "the
    car had not been stolen" gives {"steal"}, "he was never the gunman" {"gunman"},
    "he plans to release the girls" {"plan", "releas"}.

    The predicate is the first word after the subject's auxiliaries, negations
    and adverbs, or the subject's first verb in "-ed" (or an irregular past, or
    failing those one in "-ing"); after a determiner, the last word of the noun
    phrase it opens. A relative clause of the subject and
    an aside between commas are passed over. Empty when no predicate is found,
    or it says too little to compare (`_LIGHT_PREDICATES`, `_VERDICT_PREDICATES`):
    such a clause is not told apart by its predicate.
    """
    clause = _APPOSITION.sub(" ", clause)
    words = list(_CLAUSE_WORD.finditer(clause))
    lowered = [w.group().lower().replace("\u2019", "'") for w in words]
    gerund = _GERUND_CLAUSE.match(clause)
    if gerund is not None and words and words[0].group()[0].islower() and not _finite(clause):
        # "(denied) having agreed to a ceasefire", "(denied) ever meeting him":
        # a clause with its subject left to the one who speaks, its verb first;
        # not a sentence's opening phrase ("Talking to reporters, ...").
        verb = gerund.group("verb") or gerund.group("ing")
        return frozenset(_stems(verb.lower())) - _LIGHT_PREDICATES
    if not words or lowered[0] in _AUXILIARY_WORDS:
        return frozenset()  # no subject to say it of: "has recently beheaded two ..."
    if _EXISTENTIAL.match(clause):
        # "There was no rodent presence": what there is says little of what is
        # denied of it ("a rat infestation").
        return frozenset()
    at = _predicate_at(words, lowered, gerunds=False)
    if at is None:
        at = _predicate_at(words, lowered, gerunds=True)
    if at is None or at >= len(words):
        return frozenset()
    head = at
    if lowered[at] in _DETERMINERS:
        for index in range(at + 1, min(len(words), at + 1 + _PHRASE_WORDS)):
            word = lowered[index]
            if word in _PHRASE_END or word in _AUXILIARY_WORDS or word.endswith("ing"):
                break
            head = index
        if head == at:
            return frozenset()
    found = set(_stems(lowered[head]))
    following = _PREDICATE_TO.match(clause, words[head].end())
    if following is not None:
        found |= _stems(following.group("verb"))
    found -= _LIGHT_PREDICATES | _VERDICT_PREDICATES
    if not found and head + 1 < len(words):
        found = set(_become_complement(lowered[head], lowered[head + 1]))
    if not found and lowered[head] in _LIGHT_PARTICIPLES:
        # "A final decision has been made", "an arrest was made": a light verb in
        # the passive says nothing; its subject names the event.
        return _event_subject(lowered[:head])
    return frozenset(found)


# A clause opened by its verb, with no subject: "having agreed to ...", "not
# being involved in ...", "ever meeting him".
_GERUND_CLAUSE = re.compile(
    r"(?i)\W*(?:(?:not|never|ever)\s+)?(?:(?:having|being)\s+(?:(?:ever|been|\w+ly)\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en|wn|ne|ght|ade|und|id))\b|(?P<ing>[a-z]{3,}ing)\s+(?!is\b|was\b|are\b))"
)
# Light verbs in the passive, whose subject names the event: "a decision was made".
_LIGHT_PARTICIPLES = frozenset({"made", "done", "taken", "given", "held"})
_SUBJECT_END = frozenset({"on", "of", "in", "about", "for", "to", "with", "by", "at", "over"})
_PRONOUN_WORDS = frozenset(_listed("it he she they we i you this that these those which who"))
# Words that open a clause on its subject, not on a command's verb.
_SUBJECT_OPENERS = frozenset(
    _listed(
        "i we you he she they it this that these those there here the a an my our your his"
        " her their its some many most all no one each every both"
    )
)


# Light verbs of becoming, which say what their subject became by the word
# after them: "had gone missing", "has got lost", "had come loose".
_BECOMING_VERBS = frozenset(
    _listed("go goes going gone went come comes coming came get gets getting got gotten")
)


def _become_complement(verb: str, following: str) -> frozenset[str]:
    """The stems of what a light verb of becoming says its subject became
    (`clause_predicate`): "gone missing" gives {"miss"}; nothing when the word
    after it opens a phrase of its own ("gone to the market", "got the job",
    "came back") or the verb is no verb of becoming."""
    if verb not in _BECOMING_VERBS or following in _NOT_COMPLEMENTS:
        return frozenset()
    return frozenset(_stems(following)) - _LIGHT_PREDICATES - _VERDICT_PREDICATES


def _event_subject(before: list[str]) -> frozenset[str]:
    """The head noun of the subject before a light passive ("final decision on
    Bergdahl has been made": decision), or nothing when it is a pronoun."""
    subject: list[str] = []
    for word in before:
        if word in _AUXILIARY_WORDS or word in _SUBJECT_END:
            break
        subject.append(word)
    if not subject or subject[-1] in _DETERMINERS or subject[-1] in _PRONOUN_WORDS:
        return frozenset()
    return frozenset(_stems(subject[-1])) - _LIGHT_PREDICATES - _VERDICT_PREDICATES


def _predicate_at(words: list[re.Match[str]], lowered: list[str], *, gerunds: bool) -> int | None:
    """Where a clause's predicate starts (`clause_predicate`), or None."""
    # A relative clause after the subject ("individuals who have ties to ISIL
    # were caught") holds a predicate of its own before the clause's.
    relative = False
    index = 0
    while index + 1 < len(lowered):
        index += 1
        word = lowered[index]
        if word in _RELATIVE_WORDS and not relative:
            relative = True
            continue
        head, _, tail = word.partition("'")
        if word in _AUXILIARY_WORDS or (tail == "t" and head.endswith("n")):
            at = _after_auxiliaries(lowered, index + 1)
            if not relative:
                return at
            relative, index = False, at
            continue
        before = lowered[index - 1]
        if (
            word[0] == words[index].group()[0]
            and before not in _DETERMINERS
            and before not in _PHRASE_END
            and not before.endswith("'s")
            and (
                (word.endswith("ed") and len(word) > 4)
                or (gerunds and word.endswith("ing") and len(word) > 5)
                or word in _PAST_FORMS
                # "he became homeless": a linking verb's past, like "was", is
                # no predicate of its own
                or (word in _VERB_FORMS and _VERB_FORMS[word] not in _LIGHT_PREDICATES | {"become"})
                or (word.endswith("s") and before in _SINGULAR_SUBJECTS)
            )
        ):
            if not relative:
                return index
            relative = False
    return None


def _after_auxiliaries(lowered: list[str], index: int) -> int:
    """The first word from `index` on that is no auxiliary, negation or adverb."""
    while index < len(lowered) and (
        lowered[index] in _BEFORE_PREDICATE
        or (lowered[index].endswith("ly") and len(lowered[index]) > 4)
    ):
        index += 1
    return index


def _asks_another_predicate(clause: str, claim: str) -> bool:
    """Whether a clause asked about ("whether X") has a predicate to compare
    (`clause_predicate`) that is not said of the claim (`denies_predicate_of`),
    and nothing from its predicate on is one of the claim's words: "whether
    they are equipped with missiles" still asks about the missiles of "the
    planes were armed with missiles"."""
    if not clause_predicate(clause) or denies_predicate_of(clause, claim):
        return False
    words = list(_CLAUSE_WORD.finditer(clause))
    lowered = [w.group().lower().replace("\u2019", "'") for w in words]
    at = _predicate_at(words, lowered, gerunds=False)
    if at is None or at >= len(words):
        return False
    return not _shares(_stems(clause[words[at].start() :]), _entailed(_stems(claim)))


# A report told with no one to tell it before the clause it reports: "it's
# alleged that Conal used his employer's name, a claim Conal denies", "it was
# reported that the talks had begun". What is denied of it is the clause.
_IMPERSONAL_REPORT = re.compile(
    r"(?i)^\W*it\s*(?:is|was|has\s+been|had\s+been|['\u2019]s)\s+(?:\w+ly\s+)?"
    r"(?:alleged|reported|claimed|said|rumou?red|suggested|asserted|charged)\s+that\s+"
)


def _without_impersonal_report(clause: str) -> str:
    """A clause without an impersonal report before it ("it's alleged that X": X),
    when what follows says something; unchanged otherwise."""
    found = _IMPERSONAL_REPORT.match(clause)
    if found is None or not clause_predicate(clause[found.end() :]):
        return clause
    return clause[found.end() :]


def denies_predicate_of(clause: str, claim: str, *, states: bool = True) -> bool:
    """Whether what a denial or doubt denies (`clause`, the content after "denied
    that", "rejected reports that", "no evidence that") is said of the claim's
    predicate: its predicate is one of the claim's words, a form of one, one they
    entail or entail it ("killed" and "died"), or a state that excludes one
    ("safe" against "stolen"). "He was not identified" denies nothing of "he was
    arrested". A clause with no predicate to compare is a thing denied, and
    answers a claim that says it (`_denies_thing_of`).

    Without `states`, a state that excludes the claim's predicate, or one the
    claim's state excludes, does not count: a clause a frame denies ("denied
    that she was kidnapped") agrees with a claim that says a state excluding it
    ("she is safe"), and is no position against it.
    """
    clause = _without_impersonal_report(clause)
    predicate = clause_predicate(clause)
    if not predicate:
        return _denies_thing_of(clause, claim)
    named = _IDENTITY.match(clause)
    if named is not None:
        # Who someone was ("the man in the video was Rudd") answers only a claim
        # that says who they were, not every claim that names the man.
        return _says_identity(claim, named.group("name").split()[-1])
    claim_words = _entailed(_stems(claim))
    kin = frozenset().union(*(group for group in _PREDICATE_KIN if group & predicate))
    if _shares(_entailed(predicate) | kin, claim_words):
        return True
    if not states:
        return False
    excluded = frozenset().union(*(_EXCLUDED_BY_STATE.get(word, ()) for word in predicate))
    if excluded & claim_words:
        return True
    claim_states = frozenset().union(*(_EXCLUDED_BY_STATE.get(word, ()) for word in claim_words))
    return bool(claim_states & predicate)


# Who someone is, a name after the copula that ends the clause: "the man in the
# video was Rudd", "the driver is not John Smith".
_IDENTITY = re.compile(
    r"""^\W*(?:[\w'\u2019.@-]+,?\s+){1,10}?(?:is|was|are|were|['\u2019]s)
    (?:\s*(?:not|n['\u2019]t|never))?(?:\s+(?:actually|really|in\s+fact))?\s+
    (?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\W*$""",
    re.VERBOSE,
)


def _says_identity(claim: str, name: str) -> bool:
    """Whether the claim says that someone is, or was found to be, `name`: the
    name after a copula or "identified as", a few words of description
    between ("was actor Paul Rudd")."""
    return (
        re.search(
            rf"(?i)\b(?:is|was|are|were|be|been|being|['\u2019]s|(?:identified|named|revealed|unmasked)"
            rf"\s+(?:him\s+|her\s+|them\s+)?(?:as|to\s+be))\s+(?:[\w.-]+\s+){{0,3}}?{re.escape(name)}\b",
            claim,
        )
        is not None
    )


# A thing denied, with no clause around it: "(denied) any involvement in the
# theft", "(rejected) all responsibility for the fire".
_ANY_THING = re.compile(r"(?i)^\W*(?:any|all)\s+")
# A clause, not a thing: "any such thing has happened", "all of them were freed".
_THING_CLAUSE = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might)\b"
)
# What points back at a thing said before: "any such deal".
_SUCH = re.compile(r"(?i)\W*such\b")
# What a telling points at, whatever it is about: "any such reports".
_TELLING_HEADS = frozenset(
    stem(word)
    for word in (
        "report",
        "claim",
        "story",
        "rumour",
        "rumor",
        "allegation",
        "accusation",
        "charge",
        "suggestion",
        "speculation",
        "assertion",
        "statement",
        "remark",
        "comment",
    )
)


def _denies_thing_of(clause: str, claim: str) -> bool:
    """Whether a denial of a thing ("any involvement in the theft") may answer the
    claim: only if the claim says what the thing names, its head noun or a form
    of it ("the guard was involved in the theft"), not only what it is of ("the
    guard took the van to the depot" says nothing of involvement). True when the
    clause is no such phrase, or its head is a telling ("any such reports")."""
    thing = _ANY_THING.match(clause)
    if thing is None or _THING_CLAUSE.search(clause, thing.end()):
        return True
    phrase = clause[thing.end() :]
    head = _noun_head(phrase) or _stems(phrase, 1)
    if not head or head & _TELLING_HEADS or _SUCH.match(phrase):
        return True
    return _shares(_entailed(head), _entailed(_stems(claim)))


# "It's not a biopic", "the boat was not a ferry": what a thing is not.
_NOT_A_KIND = re.compile(
    r"(?i)^\W*(?:[\w'\u2019-]+\s+){0,5}?(?:[\w-]+['\u2019]s|is|are|was|were)\s*"
    r"(?:not|n['\u2019]t)\s+(?:(?:a|an|the)\s+)"
)
# What ends a noun phrase between two of its words: a clause's punctuation.
_PHRASE_BREAK = re.compile(r"[;:,!?()\u2013\u2014]|\s-\s")
# A noun inside a phrase of the claim that tells where, of what, or about what:
# "(talks to play Wozniak) in a high profile biopic".
_IN_PHRASE_BEFORE = re.compile(
    r"(?i)\b(?:in|of|on|about|for|with|from|at|into|by|as)\s+"
    r"(?:(?:a|an|the|this|that|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}$"
)


def negates_a_kind_of(content: str, claim: str) -> bool:
    """Whether a sentence that says what something is not ("It's not a biopic")
    says it of the claim's own kind of thing: only if that noun is no mere
    modifier of the claim, inside a phrase of place, topic or kind ("Rogen is in
    talks to play Wozniak in a biopic" is about the talks). True when the content
    is no such sentence."""
    kind = _NOT_A_KIND.match(content)
    if kind is None:
        return True
    phrase: list[str] = []
    end = kind.end()
    for word in _CLAUSE_WORD.finditer(content, kind.end()):
        lowered = word.group().lower()
        if (
            lowered in _SUBJECT_END
            or lowered in _PHRASE_END
            or len(phrase) == _PHRASE_WORDS
            # The noun phrase ends with its clause: "It's not a biopic; it's ...".
            or _PHRASE_BREAK.search(content, end, word.start())
        ):
            break
        phrase.append(lowered)
        end = word.end()
    noun = _stems(phrase[-1]) if phrase else frozenset()
    if not noun:
        return True
    found = False
    for word in _CLAUSE_WORD.finditer(claim):
        if not _shares(noun, _stems(word.group())):
            continue
        found = True
        if not _IN_PHRASE_BEFORE.search(claim, 0, word.start()):
            return True
    return not found


# "no longer serves", "no more than", "no one": no noun phrase follows.
_NO_COMPARATIVE = re.compile(r"(?i)\W*(?:longer|more|less|later|sooner|one|matter|such)\b")
_NOUN_PHRASE_END = re.compile(
    r"(?i)^(?:that|which|who|whom|whose|to|than|and|or|but|from|into|against|between|under"
    r"|after|before|during|since|until|within|without|because|as|if|when|the|a|an)$"
)


def _noun_head(clause: str) -> frozenset[str]:
    """The head of the noun phrase a clause opens with, when it has words
    before it ("official notification from Iraq": notification); empty for a
    phrase of one word, or none."""
    phrase: list[str] = []
    for word in _CLAUSE_WORD.finditer(clause):
        lowered = word.group().lower()
        if (
            lowered in _SUBJECT_END
            or lowered in _AUXILIARY_WORDS
            or _NOUN_PHRASE_END.match(lowered)
            or len(phrase) == _PHRASE_WORDS
        ):
            break
        phrase.append(lowered)
        if clause[word.end() : word.end() + 1] in {",", ";", ":", ".", "!", "?"}:
            break
    return _stems(phrase[-1]) if len(phrase) > 1 else frozenset()


def _cue_stem(verb: str) -> str:
    """A pattern for a cue verb's stem that its forms start with ("deny": "denied")."""
    base = re.escape(stem(verb))
    return base[:-1] + "[yi]" if base.endswith("y") else base


_CUE_AGAINST = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        r"\s+".join([_cue_stem(words[0]) + r"\w*", *map(re.escape, words[1:])])
        for stance in _AGAINST
        for words in map(str.split, CUE_VERBS[stance])
    )
    + r")\b"
)


# A cue that is a copula with an adjective of doubt (extraction's "are
# skeptical", "remained doubtful of"): the subject doubts what follows.
# The adjectives of doubt, as a pattern (extraction's cues of doubt use them too).
DOUBT_ADJECTIVES = r"(?:skeptical|sceptical|doubtful|dubious|unconvinced)"
_DOUBT_ADJECTIVE_CUE = re.compile(rf"\b{DOUBT_ADJECTIVES}\b")


def cue_denies_or_doubts(cue: str | None) -> bool:
    """Whether a cue is itself a denial or a doubt ("denied", "rejected reports",
    "cast doubt on"), so that its content is the clause denied or doubted."""
    return bool(cue and _CUE_AGAINST.search(cue))


# A text that opens on a supposition: "If X, Y", "In the event X, Y", "Unless
# X, Y", "Should X happen, Y", "Were X to happen, Y". What it says holds only
# under the supposition.
_SUPPOSING = re.compile(
    r"(?i)\W*(?:(?:if|unless|in\s+(?:the\s+)?(?:event|case)|provided|assuming|supposing)\b"
    r"|should\s+(?!not\b|be\b|have\b)[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+){0,4}?[\w-]+\s*,"
    r"|were\s+(?:[\w'\u2019-]+\s+){1,4}?to\b)"
)


# What would or should have been, which is said under an unstated supposition:
# "something that made a crater this big should have produced a fireball", "the
# crater would have been made by a blast of a ton of explosive".
_COUNTERFACTUAL = re.compile(
    r"(?i)\b(?:should|would)\s+(?:(?:also|still|surely|certainly|\w+ly)\s+)?have\s+"
    r"(?:(?:also|been)\s+)?[a-z]+(?:ed|en|wn|ne|ght|ade|und)\b"
)


def supposes(text: str) -> bool:
    """Whether a text (a claim's) says what would be under a supposition, not what
    is: "If the crater was made by a meteorite, fragments would be found", "In the
    event the militants have the virus, they could use it". A denial or doubt of
    the supposition ("there is no meteorite") or of anything else answers no such
    text: its speaker says that the supposition is not so, while the text only
    says what would follow if it were. So does what would or should have been
    ("should have produced a bright fireball"): an inference from a supposition
    it does not state."""
    return bool(_SUPPOSING.match(text) or _COUNTERFACTUAL.search(text))


# Phrases that say one thing, that someone is known to those who watch for
# danger, whatever the words: "was known to the security services", "a person of
# interest to the police", "familiar to investigators", "on the radar of MI5".
# Each is read as one predicate (`_KNOWN_TO_WORD`), so that two wordings of it
# share their predicate, and the watchers after it are no verb of it ("known to
# British services" does not predicate "British"). Only watchers make the
# phrase one of the class (`_WATCHERS`, or an agency's initials): "known to
# fellow fighters as Jihadi John" names a man, "known to feed on ducks" tells a
# habit.
_WATCHERS = (
    r"(?:police|authorities|services|service|intelligence|investigators|detectives"
    r"|officials|officers|agents|agencies|agency|spies|enforcement)"
)
_KNOWN_TO = re.compile(
    rf"""(?ix)\b(?:
        (?:well[\s-]+)?known\s+to
      | familiar\s+to
      | (?:(?:a|an|the)\s+)?(?:['"\u2018\u201c]?(?:person|subject|man|woman|figure)\s+)?
        of\s+(?:(?:great|particular|some)\s+)?interest['"\u2019\u201d]?\s+to
      | on\s+the\s+radar\s+of
    )(?=\s+(?:the\s+)?(?:(?-i:[A-Z][A-Z0-9]{{1,4}})\b
      | (?:(?!as\b|to\b|be\b|have\b)[\w'\u2019-]+\s+){{0,3}}?{_WATCHERS}\b))"""
)
# The one word the phrases of `_KNOWN_TO` are read as, and the stem it stands
# for, which no word of a text is a form of (`_shares` reads word beginnings).
_KNOWN_TO_WORD = "knownto"
_KNOWN_TO_WORD_STEM = stem(_KNOWN_TO_WORD)
_KNOWN_TO_STEM = "=known-to"


# A word each phrase of `_KNOWN_TO` writes: 59 texts of 60 hold none, and are
# not scanned for the phrases at every word.
_KNOWN_TO_NEEDS = ("known", "familiar", "interest", "radar")


def _known_to_read(text: str) -> str:
    """`text` with each phrase of being known to the watchers (`_KNOWN_TO`) as
    the one word that stands for them all."""
    if not any(map(_lowered(text).__contains__, _KNOWN_TO_NEEDS)):
        return text  # no phrase's word: `_KNOWN_TO` cannot match
    return _KNOWN_TO.sub(_KNOWN_TO_WORD, text)


def _known_to_stems(found: frozenset[str]) -> frozenset[str]:
    """Stems with the word standing for `_KNOWN_TO` read as its own stem."""
    if _KNOWN_TO_WORD_STEM not in found:
        return found
    return (found - {_KNOWN_TO_WORD_STEM}) | {_KNOWN_TO_STEM}


# Asked of a statement once for each claim it comes near.
@functools.lru_cache(maxsize=1 << 14)
def said_predicate(text: str) -> frozenset[str]:
    """The stems of what a statement's content predicates (`clause_predicate`), and,
    when its main clause only frames another ("I know that ten fighters were
    caught", "it is clear that X"), of the clause it frames, past an aside of
    how the speaker knows it ("that from what I saw X"): each says what the
    statement tells of its actors. The phrases of being known to the watchers
    (`_KNOWN_TO`) are one predicate."""
    text = _known_to_read(text)
    # "the bundles dropped by US forces appeared to ...": a passive participle
    # after its noun, with its agent, modifies the subject; the clause's verb follows.
    passive = _REDUCED_PASSIVE.search(text)
    if passive is not None and passive.group("before").lower() not in _AUXILIARY_WORDS:
        text = text[: passive.start("participle")] + text[passive.end() :]
    found = clause_predicate(text)
    clause = _THAT_FRAMED.search(text)
    if clause is not None:
        found |= clause_predicate(_SOURCE_ASIDE.sub("", text[clause.end() :], count=1))
    else:
        found |= clause_predicate(_framed_without_that(text))
    # "Emwazi is believed to have travelled", "he believed Emwazi was Jihadi John":
    # a verb of belief or telling frames what is said of the actors, and says
    # nothing of it by itself.
    return _known_to_stems(found - _FRAMING_PREDICATES)


# A subject pronoun, which opens a clause: after a verb of belief or telling
# ("believed they had found him"), the clause it frames without "that".
_FRAMED_SUBJECT = re.compile(r"(?i)\s+(?:he|she|they|we|i)\b")


def _framed_without_that(text: str) -> str:
    """The clause a verb of belief or telling frames with no "that" before it
    (`said_predicate`): "officials believed they had identified him" frames
    "they had identified him". Only a subject pronoun after the verb opens such
    a clause for sure ("believed the report" is an object). Empty when there is
    none."""
    verb = _main_verb(text)
    if (
        verb is None
        or verb.passive
        or not _stems(verb.verb) & _FRAMING_PREDICATES
        or not _FRAMED_SUBJECT.match(verb.clause, verb.end)
    ):
        return ""
    return verb.clause[verb.end :].strip()


def predicate_among(predicate: frozenset[str], texts: Iterable[str]) -> bool:
    """Whether a predicate (`said_predicate`) is said by one of `texts`: one of its
    stems is a word of theirs, or a longer or shorter form of one ("agreed" and
    "agreement")."""
    return any(_shares(predicate, _said_stems(text)) for text in texts)


# A claim's texts are read again for each statement that comes near it.
@functools.lru_cache(maxsize=1 << 16)
def _said_stems(text: str) -> frozenset[str]:
    return _known_to_stems(_stems(_known_to_read(_KNOWN_AS.sub(" ", text))))


# A name given to a thing: "Islamic State, also known as ISIS" names the
# group, and says nothing anyone knows.
_KNOWN_AS = re.compile(r"(?i)\b(?:(?:also|better|widely)\s+)?known\s+as\b")


_FRAMING_PREDICATES = frozenset(
    stem(word)
    for word in _listed("""
    believe think know say tell claim report allege expect seem appear suggest
    understand feel hope fear confirm assure insist
    """)
)
# A passive participle and its agent right after the subject's noun, up to the
# verb of the clause: " dropped by US forces" of "the bundles dropped by US
# forces appeared to reach the Kurds".
_REDUCED_PASSIVE = re.compile(
    r"""\b(?P<before>[a-z]+)\s+(?P<participle>[a-z]+ed)\s+by\s+
    (?:(?!and\b)[\w.'\u2019-]+\s+){0,8}?
    (?=(?:appeared|appears|seemed|seems|was|were|is|are|has|have|had|will|would|could|can
      |may|might|must|should|did|does|do)\b)""",
    re.VERBOSE,
)
# The first "that" opening a clause after a verb: "I know that X", "he said that X".
_THAT_FRAMED = re.compile(r"(?i)\bthat\s+(?=\S)")
# An aside opening a framed clause that tells how the speaker knows it, not
# what is said: "it is clear that from what I saw every scene was staged".
_SOURCE_ASIDE = re.compile(
    r"(?i)^(?:from\s+what|as\s+far\s+as)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:can\s+|could\s+)?"
    r"(?:saw|see|seen|heard|hear|know|knew|tell|understand)\b,?\s*"
)


# Forms of "be" and "get" that make a participle after them passive.
_PASSIVE_AUXILIARIES = frozenset(_listed("is are was were be been being am get gets got gotten"))
# A passive's agent: "by" and the noun phrase after it, up to a clause's end.
_AGENT = re.compile(r"(?i)^\W*(?:\w+ly\s+)?by\s+(?P<agent>[^,;:.()]{1,80})")


class _MainVerb(NamedTuple):
    """A clause's main verb (`_main_verb`): the clause as read (asides out), its
    subject's text, the verb (lower case), where it ends, and whether it is
    passive."""

    clause: str
    subject: str
    verb: str
    end: int
    passive: bool


@functools.lru_cache(maxsize=1 << 14)
def _main_verb(clause: str) -> _MainVerb | None:
    """The main verb of a clause and its subject (`predicate_roles`,
    `predicate_object`), or None when no verb is found after a subject."""
    clause = _APPOSITION.sub(" ", clause)
    words = list(_CLAUSE_WORD.finditer(clause))
    lowered = [w.group().lower().replace("\u2019", "'") for w in words]
    if not words or lowered[0] in _AUXILIARY_WORDS or _EXISTENTIAL.match(clause):
        return None
    at = _predicate_at(words, lowered, gerunds=False)
    if at is None or at >= len(words) or lowered[at] in _DETERMINERS:
        return None
    start = at
    while start > 0 and (
        lowered[start - 1] in _BEFORE_PREDICATE
        or (lowered[start - 1].endswith("ly") and len(lowered[start - 1]) > 4)
    ):
        start -= 1
    if start == 0:
        return None
    subject = clause[: words[start].start()].strip()
    verb = lowered[at]
    participle = (verb.endswith("ed") or verb.endswith("en") or verb in _VERB_FORMS) and not (
        verb.endswith("ing")
    )
    passive = participle and any(word in _PASSIVE_AUXILIARIES for word in lowered[start:at])
    return _MainVerb(clause, subject, verb, words[at].end(), passive)


@functools.lru_cache(maxsize=1 << 14)
def predicate_roles(clause: str) -> tuple[str, str] | None:
    """Who does and who undergoes what a clause's main predicate (`clause_predicate`)
    tells, as the texts naming them: (agent, patient). The subject of an active
    verb is its agent ("the rebels captured ten soldiers"); the subject of a
    passive is its patient and a by-phrase names its agent ("ten rebels were
    captured by soldiers"). An empty text is a role the clause does not name;
    None when no predicate is found."""
    verb = _main_verb(clause)
    if verb is None:
        return None
    if verb.passive:
        agent = _AGENT.match(verb.clause[verb.end :])
        return (agent.group("agent").strip() if agent else "", verb.subject)
    return (verb.subject, "")


# Particles a verb takes before its object ("tore up the contract", "turned
# down the offer"), and words that end an object's noun phrase besides a
# preposition or a clause ("released the watch yet", "bought the club today").
_OBJECT_PARTICLES = frozenset(_listed("up down out off away back over"))
_OBJECT_END = (
    _PHRASE_END
    | _AUXILIARY_WORDS
    | _BEFORE_PREDICATE
    | frozenset(
        _listed("""
    near outside inside across along around behind beside beyond between among amid toward
    towards until via upon today yesterday tomorrow soon last next this later earlier ago
    """)
    )
)
# Words after a verb of becoming that open a phrase of their own, not what its
# subject became (`_become_complement`).
_NOT_COMPLEMENTS = (
    _OBJECT_END | _OBJECT_PARTICLES | _DETERMINERS | frozenset(_listed("it them him her us me"))
)
# A clause's end, or an aside's, within what follows a verb.
_OBJECT_CUT = re.compile(r"[,;:()\"\u201c\u201d]|\.(?:\s|$)")
# An object that names nothing by itself: "released it", "attacked them", "he
# was attacked".
_PRONOUN_OBJECTS = frozenset(
    _listed("it them him her us me you this that these those itself he she they we i")
)


@functools.lru_cache(maxsize=1 << 14)
def predicate_object(clause: str) -> str:
    """What a clause's main predicate is done to, as the noun phrase naming it:
    the subject of a passive ("the new watch was released"), or the noun phrase
    right after an active verb, past a particle and through a verb after "to"
    ("Apple plans to release its new watch": its new watch; "tore up the
    contract": the contract). Empty when the clause names none: no verb, a
    pronoun ("released it"), or a preposition right after the verb ("resigned
    from the board" says where from, not what is done to)."""
    verb = _main_verb(clause)
    if verb is None:
        return ""
    if verb.passive:
        words = verb.subject.split()
        return "" if words[0].lower() in _PRONOUN_OBJECTS else verb.subject
    end = verb.end
    while (following := _PREDICATE_TO.match(verb.clause, end)) is not None:
        end = following.end()
    rest = _OBJECT_CUT.split(verb.clause[end:], maxsplit=1)[0]
    words = _CLAUSE_WORD.findall(rest)
    while words and words[0].lower() in _OBJECT_PARTICLES:
        words = words[1:]
    phrase: list[str] = []
    for word in words:
        if word.lower() in _OBJECT_END or (phrase and word.lower().endswith("ing")):
            break
        phrase.append(word)
    if not phrase or phrase[0].lower() in _PRONOUN_OBJECTS:
        return ""
    return " ".join(phrase)


def same_main_predicate(clause: str, other: str) -> bool:
    """Whether two clauses' main predicates (`clause_predicate`) share a stem, or
    a longer or shorter form of one: "were captured" and "has captured"."""
    mine = clause_predicate(clause)
    return bool(mine) and _shares(mine, clause_predicate(other))


def used_otherwise(clause: str, texts: Iterable[str]) -> bool:
    """Whether the word of `texts` that a clause's main predicate (`clause_predicate`)
    shares with them is only ever another word sense of it: a participle in the
    passive against the same verb said with a preposition and no object ("the
    officer has not been charged with a crime" and "Brown charged at him"), or
    a noun against a verb of a related form ("is not a product" and "won orders
    to produce chips"). False when no word of `texts` shares the predicate, or
    one of them is used as the clause uses it."""
    predicate = clause_predicate(clause)
    if not predicate:
        return False
    mine = next(iter(_word_uses(clause, predicate)), None)
    if mine is None:
        return False
    theirs = [use for text in texts for use in _kept_word_uses(text, predicate)]
    return bool(theirs) and all(_other_sense(mine, use) for use in theirs)


# A verb said with one of these right after it and no object ("charged at him",
# "ran into the crowd") is used in another sense than its passive ("was charged").
_INTRANSITIVE_PARTICLES = frozenset(
    _listed("at into onto off up out through after toward towards across around down away")
)


@functools.lru_cache(maxsize=1 << 13)
def _kept_word_uses(text: str, predicate: frozenset[str]) -> tuple[tuple[frozenset[str], str], ...]:
    """`_word_uses`, kept: grouping asks it of a claim's same texts for every
    denial or doubt the claim is a candidate for."""
    return tuple(_word_uses(text, predicate))


def _word_uses(text: str, predicate: frozenset[str]) -> list[tuple[frozenset[str], str]]:
    """The stems of each word of `text` that shares `predicate`, with how it is
    used: "passive" (after a form of "be" or "get"), "noun" (after a determiner),
    "verb" (after "to" or an auxiliary), "particle" (a verb with a preposition
    and no object after it: `_INTRANSITIVE_PARTICLES`), or "" when not told."""
    words = [w.group().lower().replace("\u2019", "'") for w in _CLAUSE_WORD.finditer(text)]
    found: list[tuple[frozenset[str], str]] = []
    for at, word in enumerate(words):
        stems = _stems(word)
        if not stems or not _shares(stems, predicate):
            continue
        before = words[max(0, at - 3) : at]
        after = words[at + 1] if at + 1 < len(words) else ""
        use = ""
        if (word.endswith(("ed", "en")) or word in _VERB_FORMS) and set(
            before
        ) & _PASSIVE_AUXILIARIES:
            # "was stolen at night"; but "he was shot at" is the passive of "shot at him".
            stranded = after in _INTRANSITIVE_PARTICLES and at + 2 == len(words)
            use = "particle" if stranded else "passive"
        elif after in _INTRANSITIVE_PARTICLES:
            use = "particle"  # "charged at him"
        elif before and (
            before[-1] in _DETERMINERS
            # "a new product", not "the bull charged"
            or (len(before) > 1 and before[-2] in _DETERMINERS and not word.endswith("ed"))
        ):
            use = "noun"
        elif before and (before[-1] == "to" or before[-1] in _AUXILIARY_WORDS):
            use = "verb"
        found.append((stems, use))
    return found


def _other_sense(mine: tuple[frozenset[str], str], theirs: tuple[frozenset[str], str]) -> bool:
    """Whether two uses of words sharing a predicate (`_word_uses`) are of other senses."""
    uses = {mine[1], theirs[1]}
    if uses == {"passive", "particle"}:
        return True
    # What a thing is said not to be ("is not a product"), a noun, against a verb
    # of a related form ("to produce"): another thing. Of one stem, one act ("not
    # an arrest", "to arrest"); a verb against a noun ("were negotiating", "the
    # negotiations") most often tells the act the noun names.
    return mine[1] == "noun" and theirs[1] == "verb" and not mine[0] & theirs[0]


def shares_predicate(predicate: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two predicates (`said_predicate`) share a stem, or a longer or
    shorter form of one ("agreed" and "agreement")."""
    return _shares(predicate, other)
