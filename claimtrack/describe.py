"""Definite descriptions in a claim text made standalone from the article.

A statement says "the meteorite left a crater" because its article said
earlier which meteorite; a claim's text is read without the article (SPEC.md,
"claim"). So each definite description in a statement's content ("the
meteorite", "the videos", "the company") is looked up in the article, and the
claim text gets what the article's first mention of it says:

1. the name it refers to, when the article gives one beside the description
   ("robotics company Knightscope", "Knightscope, a robotics company", "the
   actor, Christian Bale"): "the company" -> "Knightscope";
2. else the description as the article introduced it, with its modifiers and
   what follows it, kept short: "a meteorite that hit near Managua" -> "the
   meteorite that hit near Managua"; "a video posted on YouTube" -> "the video
   posted on YouTube"; "An 85-year-old woman in Waco" -> "the 85-year-old woman
   in Waco"; a first mention that is a clause's subject gives its predicate as
   a relative clause ("A small meteorite crashed into a wooded area" -> "the
   small meteorite that crashed into a wooded area");
3. else, when that first mention opens on "a", "an" or nothing and names
   something the description drops, its modifiers and the phrase a
   preposition opens after it: "a ceasefire with Boko Haram" -> "the
   ceasefire with Boko Haram" (`_first_mention`).

"This development", "that move" or "this step" is the one act the article
tells in the statement's paragraph or the two before ('a "ceasefire
agreement" had been concluded between ...': `_act_pointed`); an owner's
"decision" that says nothing of what was decided, the one act the article
tells the owner refused or decided to do ("the Pope's decision not to meet
the Dalai Lama": `_decision_told`). A "that" before a recording's noun
points back at it as "this" does, where it opens no clause
(`_medium_as_the`).

A place described by its kind ("the city", "the Iraqi city") is the one
place the article names as such ("the city of Mosul") and tells of most;
"the country" or "the nation", the one state the article names before the
statement (`_state_named`); "nationwide" is "across" that state, or the one
the article names `_MOST_TOLD` times as often as any other. An adjective
standing for people ("the missing", "the wounded") takes the one noun the
article said was in that state ("students who went missing":
`_people_in_state`); "the kidnapping victims" or "the hostages", the one
group the article says was kidnapped by someone it names
(`_victims_named`). "On-site", and "at the site" or "at the scene" that
nothing after places, is at the site in the one place the lead says its
story happened in (`_site_placed`). "The force" or "the department" is
the one police body the article names (`_police_force`), a bare "Government"
opening a content the one state's government (`_bare_body_governed`), and a
body's spokesperson's "the group" or "the force" their body
(`spokesperson_body`). A noun modifier
that is the last word of the one name before the statement takes the name
("the palace garden" -> "the Buckingham Palace garden": `_named_modifier`),
and a name's last words after "the" the one longer name the article writes
after "the" ("the Armed Forces" -> "the Canadian Armed Forces":
`_name_ended`). A
thing first written as the object of a named actor's act is said with the
act ("the panel" after "ESPN announced it will hold a panel" -> "the panel
ESPN will hold": `_actor_made`); soldiers or troops with no owner take the
one nationality the article writes them with (`soldiers_owned`). A
content opening on "he" or "she" that names no one gets the one person the
article names just before it (`person_named`), used only when the content
would otherwise make no claim; one opening on "it" or "they", so too, the
described thing its speaker's statement just before opens on
(`thing_named`). An "it" a place is taken, held or left by ("they
recaptured it") is the one town, city or village the sentence names before
it, or else the sentence before (`place_object_named`). A subject of the
story's kind that says nothing of where
("Police are still searching ...", "there had been six strikes") takes
the one place the article's lead says its story happened in
(`subject_placed`); an attack, a shooting, an arrest, a blast or a protest
told of with no place, the town of the article's opening dateline, or the one
town of its opening paragraphs, when nothing before names another
(`event_placed`). A "his", "him" or "her" inside a content that
names no one is, in quoted words, the one person its own sentence names before
it (else the sentence before), and in indirect speech its speaker written by
name (`owner_named`); a body's "its", or a group's "their" or "them", in its own
indirect speech is the body (`body_owner`). Both are written into the claim
text shown only (`owners_in`).

`descriptions_in` finds them, once per statement, where the article is read;
`standalone` puts them into a claim text.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from claimtrack import _lazyre as re
from claimtrack import _patterns as P
from claimtrack import gazetteer, verbforms
from claimtrack.claimtext import (
    dummy_it,
    may_be,
    may_hold,
    person_name,
    points_into,
    verb_word,
)
from claimtrack.entities import (
    LANDMARK_HEADS,
    MEDIA,
    MEDIA_HEADS,
    ORGANISATION,
    ORGANISATION_HEADS,
    PERSON,
    STATE,
    TITLE_WORDS,
    pronoun_told,
)
from claimtrack.model import Span, Statement, changed
from claimtrack.parties import PartyResolver, _countries, _demonyms, builtin_kind
from claimtrack.segment import closes_abbreviation, in_headline, positions, without_credits

if TYPE_CHECKING:
    from claimtrack.places import Place

Described = tuple[tuple[str, str], ...]


def _words(text: str) -> list[str]:
    return text.split()


# A definite description: a determiner, up to three modifiers in lower case and
# a head noun in lower case (a capital opens a name: "the Islamic State").
_DEFINITE = re.compile(r"(?P<det>[Tt](?<!\w.)(?:he|his|hese|hose))\s+")
_TOKEN = re.compile(r"\S+")
_WHICH = (
    r"(?:of|that|which|who|whom|whose|where|in\s+(?-i:[A-Z0-9])"
    r"|(?:\w+ed|seen|shown|taken|made|found|held|shot|built|known|called|named|left|given)\s+"
    r"(?:by|in|on|at|from|near|with|into|during|outside|for|as)\b)"
)
# A description followed by one of these already says which one it is.
_SAYS_WHICH = re.compile(rf"\s*{_WHICH}", re.IGNORECASE)
# Set off by a comma, such a clause only adds to what the description is ("the
# group, which had demanded a ransom": which group is still to say), unless
# it names someone or somewhere ("the militants, who include Ansar al
# Sharia", "the man, who had traveled to Nigeria"): then it may say which.
_ASIDE = re.compile(rf"\s*,\s*{_WHICH}(?P<rest>[^,;:]*)", re.IGNORECASE)
_NAME_IN_ASIDE = re.compile(r"\s(?-i:[A-Z])")
# Heads that need no article to be understood, or say nothing more when expanded:
# times, amounts, the whole of something, and the parties' own words.
_PLAIN_HEADS = frozenset(
    _words(
        """
        time times day days week weeks month months year years moment moments hour
        hours minute minutes past future end beginning start rest same first last
        second third number numbers majority minority most least way ways fact facts
        truth world public media internet web news governments police
        military army navy country countries nation state states city town area
        region people person family families case cases point place places kind
        kinds sort lot top bottom side sides part parts other others whole idea ones
        one two three four five morning evening night afternoon weekend today
        tomorrow yesterday spring summer autumn fall winter reason reasons result results
        issue issues thing things
        matter problem problem question questions answer answers job work life lives
        death deaths name names word words story stories report reports statement
        statements claim claims rumour rumours rumor rumors
        """
    )
)
# Plain heads that, written just before another noun, only say what kind of
# thing it is ("a time capsule", "an army base", "a police officer", "a news
# report"), unlike a count, an order or a part ("the first man", "the same
# day", "the other side"), which say which one.
_COMPOUND_KINDS = frozenset(
    _words(
        """
        time army navy military police city town state world news media internet
        web family death work job country region area
        """
    )
)
# The determiners of a first mention that introduces its thing: "a", "an" or a count.
_INDEFINITE_OR_COUNTED = frozenset(
    _words("a an one two three four five six seven eight nine ten some several")
)
# Words that open a first mention: an indefinite or a count.
_INTRODUCING = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
    r"|[Tt]en|[Ss]ome|[Ss]everal|[Dd]ozens\s+of|[Hh]undreds\s+of|\d[\d,]*)"
)
# Where a phrase taken from the article stops: a clause or a list goes on past it.
_STOP = re.compile(
    r"[,;:!?()\[\]\"\u201c\u201d\u2014\u2013]|\.(?!\d)|\s-\s|\s(?:and|but|or|as|while)\s"
)
_PRONOUNS = re.compile(
    r"(?:he|she|it|they|him|her|his|its|their|them|this|these|those|I|we|our|my|you|your"
    r"|itself|himself|herself|themselves)(?:['\u2019]s)?",
    re.IGNORECASE,
)
_DANGLING = frozenset(
    _words(
        """
        a an the of to in on at by for from with into near over and or but that
        which who its his her their this these those some any as than
        """
    )
)
_PERSONS = frozenset(
    _words(
        """
        man men woman women boy boys girl girls person people child children
        teenager teenagers student students victim victims suspect suspects gunman
        gunmen officer officers soldier soldiers worker workers driver passenger
        passengers patient patients fighter fighters militant militants pilot
        hostage hostages doctor doctors mother father son daughter wife husband
        owner user users resident residents
        """
    )
)
# A verb a first mention's subject may take that reads as a relative clause.
_PAST_VERB = re.compile(
    r"\s+(?P<verb>(?:was|were|had|has|have)\s+(?:\w+\s+)?(?:\w+ed|been|seen|shot|found"
    r"|taken|made|held|hit|struck|stolen|killed|left|built|sold|caught|shown)"
    r"|(?-i:[a-z]+ed)|hit|struck|fell|came|went|took|made|found|left|held|ran|flew|shot"
    r"|stole|sold|broke|caught|drove|rose|spent|stood|began|won|lost|appeared|showed)\b",
)
_MOST_WORDS = 10
_MOST_ADDED = 14


def described_in(
    article: str, statements: Sequence[Statement], title: str | None = None
) -> list[Statement]:
    """`statements` of `article` (headed `title`, when it has one), each with the
    descriptions in its content that the article makes standalone
    (`Statement.described`)."""
    out = []
    for index, statement in enumerate(statements):
        if statement.content_span is not None and " " in statement.content:
            at = statement.content_span[0]
            found = descriptions_in(
                statement.about or statement.content,
                article,
                statement.content_span[0],
                statement.content_span[1],
                title,
            )
            topic = topic_described(
                statement.about or statement.content, article, statement.content_span[0]
            )
            if topic is not None:
                found = (*(pair for pair in found if pair[0] != topic[0]), topic)
            placed = subject_placed(statement.about or statement.content, article, at)
            if placed is None:
                placed = event_placed(statement.about or statement.content, article, at)
            if placed is not None and _party_placed(placed, statement.party):
                placed = None  # their own "they" as "Ottawa Police": placed already
            if placed is not None and not any(
                word in instead
                for word in set(placed[1].split()) - set(placed[0].split())
                if word[:1].isupper()
                for _d, instead in found
            ):
                found = (*found, placed)
            if not statement.quoted and (
                _another_before(statement, article)
                or _main_clause_person(statement, article)
                or _source_of_according(statement)
                or _counsel_of_another(statement, article)
                or _quoted_of_another(statement, article)
                or _speaker_of_other_sex(statement, article)
            ):
                # Its "he" may be someone else, as in the speaker's own words.
                statement = changed(statement, quoted=True)
            person = person_named(
                statement.content,
                article,
                at,
                statement.speaker,
                quoted=statement.quoted or _no_he(statement),
            )
            if person is not None:
                pronoun = _OPENING_PERSON.match(statement.content)
                assert pronoun is not None
                found = (*found, (pronoun.group("ref"), person))
            thing = thing_named(statements, index)
            if thing is not None and person is None:
                found = (*found, thing)
            taken = place_object_named(statement.about or statement.content, article, at)
            if taken is not None:
                found = (*found, taken)
            owner = owner_named(
                statement.about or statement.content,
                article,
                at,
                statement.speaker,
                quoted=statement.quoted,
            )
            if owner is not None and person is None:
                found = (*found, owner)
            speaking = speaker_inside(statement.about or statement.content, article, statement)
            if speaking is not None and owner is None:
                found = (*found, speaking)
            body = body_owner(
                statement.about or statement.content,
                article,
                at,
                statement,
            )
            if body is not None:
                found = (*found, body)
            spoken_for = spokesperson_body(statement.about or statement.content, statement, article)
            if spoken_for is not None and (spoken_for[0], _bare_name(spoken_for[1])) not in {
                (seen, _bare_name(instead)) for seen, instead in found
            }:
                # A spokesperson's "the group" is their own body, whatever else
                # the article calls a group.
                found = (*(pair for pair in found if pair[0] != spoken_for[0]), spoken_for)
            forces = forces_owned(statement.about or statement.content, statement, article)
            if forces is None:
                forces = soldiers_owned(statement.about or statement.content, article)
            if forces is not None:
                found = (*found, forces)
            found = (*found, *names_alone(statement.about or statement.content, article))
            found = (*found, *titled_alone(statement.about or statement.content, article))
            if found:
                statement = changed(statement, described=found)
        out.append(statement)
    return out


# A state's armed forces, or their strikes, written with no owner as the text's
# subject: "Drones and manned aircraft bombed ...", "A mix of fighter jets ...
# launched four airstrikes", "The strikes in Iraq have killed ...". With the
# words before the noun ("The", "A mix of") as `standalone` wants a phrase.
_CRAFT_AND_STRIKES = (
    r"(?:jets?|warplanes?|aircraft|drones?|bombers?|planes?|strikes?|airstrikes?"
    r"|helicopters?|warships?|troops|soldiers)"
)
# Not missiles or "forces" opening the content: a military tells of its enemy's
# missiles, and of forces of many sides ("forces loyal to ...").
_UNOWNED_FORCES = re.compile(
    r"(?P<before>(?:the[ \t]+|an?[ \t]+(?:mix|series|wave|number|combination|fleet|pair)"
    r"[ \t]+of[ \t]+)?)"
    rf"(?P<noun>(?:fighter|drone|air)?(?:[ \t]+|){_CRAFT_AND_STRIKES})\b"
    # Not "the strikes by Jordan", "drones of the rebels": an owner after it.
    r"(?![\w'\u2019-]|[ \t]+(?:of|by|from|belonging|loyal)\b)",
    re.IGNORECASE,
)
_FORCES = rf"(?:{_CRAFT_AND_STRIKES}|missiles?|forces)"
# What the forces did, as their verb after them with no "was" or "were" before
# it: "launched four airstrikes", "have killed around 1,000", "directly
# targeted"; not "Drones were shot down", which may be the enemy's.
_FORCES_ACTED = re.compile(
    r"(?:(?!\b(?:was|were|been|being|is|are|be)\b)[^.;:])*?\b"
    r"(?:launched|bombed|struck|hit|targeted|destroyed|killed|attacked|carried[ \t]+out"
    r"|conducted|pounded|hammered|flew|fired[ \t]+on|raided|shelled)\b",
    re.IGNORECASE,
)
# Forces a few words after a state's name in one sentence: "a U.S. airstrike",
# "US special operations forces", "The U.S. has been hitting ISIS with air strikes".
_FORCES_AFTER = re.compile(rf"(?:['\u2019]s?)?(?:[ \t]+[^\s.!?;]+){{0,7}}?[ \t]+{_FORCES}\b", re.I)
# A speaker who speaks for a state's armed forces: "The U.S. military", "the
# Pentagon", "Rear Adm. John Kirby", "the defence ministry", "US Central Command".
_MILITARY_SPEAKER = re.compile(
    r"\b(?:military|pentagon|defen[cs]e|army|navy|air[ \t]+force|command|centcom|marines"
    r"|admiral|adm\.|general|gen\.|colonel|col\.)(?![\w-])",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _state_demonyms() -> dict[str, str]:
    """The first nationality word of each state, by its name ("United States":
    "American")."""
    return {c.name: c.demonyms[0] for c in _countries() if c.demonyms}


def forces_owned(content: str, statement: Statement, article: str) -> tuple[str, str] | None:
    """The armed forces or strikes `content` opens on with no owner, given the
    nationality of the state whose armed forces speak (`statement`'s speaker
    speaks for a military, its party a state): "Drones and manned aircraft
    bombed a camp", said by the Pentagon -> ("Drones and", "American drones
    and"). A military telling of what was done tells of what its own forces
    did; the same words from anyone else may be anyone's forces. Only when
    they did something (`_FORCES_ACTED`) and `article` ties the state to
    such forces itself (`_state_has_forces`): a military also tells of its
    enemy's drones, and of what was done to them."""
    if statement.party is None or statement.speaker is None:
        return None
    if builtin_kind(statement.party) != STATE or not _MILITARY_SPEAKER.search(statement.speaker):
        return None
    demonym = _state_demonyms().get(statement.party)
    found = _UNOWNED_FORCES.match(content.lstrip(" \"'\u201c\u2018"))
    if demonym is None or found is None or not _state_has_forces(article, statement.party):
        return None
    opening = len(content) - len(content.lstrip(" \"'\u201c\u2018"))
    if not _FORCES_ACTED.match(content, opening + found.end()):
        return None  # "Drones were shot down": what was done to them, perhaps the enemy's
    before, noun = found.group("before"), found.group("noun")
    words = (before + noun).split()
    if len(words) < 2:
        following = content[content.index(noun) + len(noun) :].split()[:1]
        if not following:
            return None
        words.append(following[0])
    description = " ".join(words)
    first_noun = len(before.split())
    added = [*words[:first_noun], demonym, words[first_noun].lower(), *words[first_noun + 1 :]]
    return description, " ".join(added)


# Words for people under arms, a state's when the article says which state's;
# and a phrase of them in a claim text with no owner before them: a
# determiner or a count, or "a team of" and the like, and up to two
# modifiers in lower case ("the fallen soldier", "a team of soldiers").
_ARMED_PEOPLE = r"(?:soldiers?|troops|commandos|paratroopers|servicemen|marines)"
_FUNCTION_WORD = (
    r"(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|when|while|that|as|his|her"
    r"|their|its|our|my|your|this|these|those|after|before|saw|were|was|are|is)\b"
)
_UNOWNED_ARMED = re.compile(
    r"(?<![\w'\u2019-])(?P<before>(?:(?-i:[Tt]he|[Aa]n?)[ \t]+(?:[a-z]+[ \t]+of[ \t]+)?"
    r"|(?:\d+|two|three|four|five|six|several|some|many)[ \t]+)?"
    rf"(?:(?!{_FUNCTION_WORD})(?-i:[a-z][a-z-]*)[ \t]+){{0,2}})"
    rf"(?P<noun>{_ARMED_PEOPLE})\b"
    r"(?![\w'\u2019-]|[ \t]+(?:of|from|belonging|loyal)\b)",
    re.IGNORECASE,
)
# What `_UNOWNED_ARMED` needs written in a text (`may_hold`): 99 texts of 100
# name no one under arms, and the pattern tries its words before the noun at
# every word of them.
_ARMED_NEEDS = ("soldier", "troops", "commandos", "paratroopers", "servicemen", "marines")
# The same words after a people's adjective in the article: "Canadian soldier",
# "Iraqi army soldiers".
_OWNED_ARMED = re.compile(
    rf"(?<![\w'\u2019.-])(?P<owner>(?-i:[A-Z])[\w-]+)[ \t]+(?:[a-z]+[ \t]+)?{_ARMED_PEOPLE}\b"
)
# An owner right before a phrase: a name ("U.S. commandos") or a possessive.
_OWNER_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w.-]*|['\u2019]s?)[ \t]+$")
# Modifiers that set the people apart from the state's own ("enemy soldiers",
# "foreign troops") or give them another master ("rebel soldiers").
_OTHER_SIDE = frozenset(
    _words(
        """
        foreign enemy rebel rebels opposition other allied coalition militia government
        former ex rogue peacekeeping un nato international private
        """
    )
)


def soldiers_owned(content: str, article: str) -> tuple[str, str] | None:
    """Soldiers or troops `content` names with no owner, given the one
    nationality the article writes them with: "a team of soldiers" in an
    article that tells of "Nigerian soldiers" -> "a team of Nigerian
    soldiers"; "the fallen soldier" after "a Canadian soldier" -> "the fallen
    Canadian soldier". None when the article writes them with two owners
    (a nationality and a name too: "Yemeni" and "United States
    commandos"; a word capitalised only as a sentence's first, "Three
    soldiers", is none) or none, when the content names a nationality or state of
    its own (whose they are may be said there), when a name or a possessive
    owns them already ("U.S. commandos", "the army's soldiers"), or when a
    modifier sets them apart ("foreign troops", `_OTHER_SIDE`)."""
    if not may_hold(content, _ARMED_NEEDS):
        return None
    found = next(
        (
            match
            for match in _UNOWNED_ARMED.finditer(content)
            if not _OWNER_BEFORE.search(content, 0, match.start())
        ),
        None,
    )
    if found is None:
        return None
    modifiers = found.group("before").lower().split()
    if set(modifiers) & _OTHER_SIDE or set(content.split()) & _nationalities():
        return None
    owners = {
        owned.group("owner")
        for owned in _OWNED_ARMED.finditer(article)
        if owned.group("owner") in _nationalities()
        or (
            owned.group("owner").lower() not in _NOT_NAMES
            and _capitalised_inside(article, owned.group("owner"))
        )
    }
    if len(owners) != 1 or _state_named_in(content):
        return None  # "United States commandos" and "Yemeni commandos": whose is not said
    (owner,) = owners
    if owner not in _nationalities():
        return None
    before, noun = found.group("before"), found.group("noun")
    return f"{before}{noun}", f"{before}{owner} {noun}"


def _state_named_in(text: str) -> bool:
    """Whether `text` names a state (its name, or a nationality word with an
    owner's "'s")."""
    return any(name in text for name in _state_demonyms())


def _state_has_forces(article: str, state: str) -> bool:
    """Whether `article` writes armed forces or strikes a few words after a
    name of `state` in one sentence (`_FORCES_AFTER`): "a U.S. airstrike",
    "US special operations forces using manned and unmanned aircraft"."""
    from claimtrack.grouping import default_resolver

    return any(
        party == state and _FORCES_AFTER.match(article, end)
        for (_, end), party in default_resolver().mentions(article)
    )


def _party_placed(placed: tuple[str, str], party: str | None) -> bool:
    """Whether the statement's party writes the place `subject_placed` gives
    its words: a group's own "they" is written as its party ("Ottawa Police"),
    which says where already."""
    added = set(placed[1].split()) - set(placed[0].split())
    return party is not None and any(w[:1].isupper() and w in party.split() for w in added)


def _holds(text: str, parts: tuple[str, ...]) -> bool:
    """Whether `text` writes one of `parts` anywhere, as written: a pattern that can
    match only where one of them is written need not scan a text holding none."""
    # Asked of each part in C, by the text's own `in`: no generator's frame per ask.
    return any(map(text.__contains__, parts))


# A demonstrative determiner before a lower-case word: "this term", "those
# videos". Not before a word of time ("this week": the speaker's own), a word
# that opens no noun phrase ("those who", "this is"), or a pronoun's "one".
_DEMONSTRATIVE = re.compile(
    r"(?<![\w-])(?P<det>[Tt]h(?:is|ese|ose))(?=[ \t]+(?P<next>[a-z][\w-]*))"
)
_NOT_DEMONSTRATED = P.TIME_WORDS | frozenset(
    _words(
        """
        time times era century decade season year's week's one ones way kind sort
        who whom which what that this these those of in on at for to by with as is are
        was were has have had will would can could may might must should all
        """
    )
)


def descriptions_in(
    content: str, article: str, at: int, until: int | None = None, title: str | None = None
) -> Described:
    """The definite descriptions of `content` that the article makes standalone
    (`_descriptions_read`), a demonstrative's ("this term", "these claims")
    read as "the" would be: a statement points back with "this" to what the
    article said before as it does with "the" ("moving to this term" after
    "the term 'first-year'" -> "moving to the term 'first-year'"). The
    description returned is the one written, demonstrative and all; a word of
    time or manner after it ("this week", "this way") stays the speaker's."""
    pointed = _ACT_POINTED.search(content) if _holds(content, _ACT_POINTED_HEADS) else None
    act = _act_pointed(article, at) if pointed is not None else None
    if pointed is not None and act is not None:
        act = _government_named(act, article) or act
        others = descriptions_in(content.replace(pointed.group(), act), article, at, until, title)
        return ((pointed.group(), act), *others[:1])
    read = _DEMONSTRATIVE.sub(_read_as_the, content)
    if "hat " in read:
        read = _THAT_MEDIUM.sub(_medium_as_the, read)
    if read == content:
        return _descriptions_read(content, article, at, until, title)
    found = []
    for description, instead in _descriptions_read(read, article, at, until, title):
        if description.lower().startswith("the ") and description not in content:
            written = re.search(
                r"(?<![\w-])[Tt]h(?:is|ese|ose|at)[ \t]+"
                + re.escape(description[4:])
                + r"(?![\w-])",
                content,
            )
            if written is None:
                continue
            description = written.group()
        found.append((description, instead))
    return tuple(found)


# "That" before a recording's noun and the word after it: "if that tape has
# his voice on it" points back at the tape as "this tape" would.
_THAT_MEDIUM = re.compile(
    r"(?:(?P<before>[\w'\u2019-]+)[ \t]+)?(?P<det>[Tt]hat)[ \t]+"
    r"(?=(?P<head>recording|audio|tape|video|footage|clip)[ \t]+(?P<next>[a-z][\w'\u2019-]*))"
)


# The words after which "that" opens no clause: prepositions and the
# conjunctions that take no "that" ("if that tape has", "on that video").
_THAT_POINTS_AFTER = frozenset(
    _words("if whether because when while until of in on at with to from about for by into")
)


def _medium_as_the(match: re.Match[str]) -> str:
    """A "that" before a recording's noun (`_THAT_MEDIUM`) as "the" where it
    opens no clause: opening the content or after a word no "that" clause
    follows (`_THAT_POINTS_AFTER`; "believe that video shows" may be either),
    and with a verb after the head ("that video games ..." is another noun)."""
    before, following = match.group("before"), match.group("next")
    if (before is not None and before.lower() not in _THAT_POINTS_AFTER) or not verb_word(
        following
    ):
        return match.group()
    the = "The" if match.group("det")[0] == "T" else "the"
    return f"{before} {the} " if before is not None else f"{the} "


def _read_as_the(match: re.Match[str]) -> str:
    """A demonstrative (`_DEMONSTRATIVE`) as "the", in its case, unless the word
    after it is one a demonstrative keeps (`_NOT_DEMONSTRATED`) or a verb."""
    following = match.group("next")
    if (
        following in _NOT_DEMONSTRATED
        or verb_word(following)
        or following.startswith(_TELLING_HEADS)
    ):
        return match.group()  # (a telling's demonstrative is read by `_telling_pointed`)
    return "The" if match.group("det")[0] == "T" else "the"


def _descriptions_read(
    content: str, article: str, at: int, until: int | None = None, title: str | None = None
) -> Described:
    """The definite descriptions of `content` (read from offset `at` to `until`
    of `article`) that the article makes standalone, each with what the claim
    text says instead.

    At most two, the first ones in the content; each only when the article's
    first mention of it (or a name it gives beside it) says more than the
    description does. When the statement is itself the first mention, a later
    one may say which it is ("the film" ... "the Steve Jobs film"), and else the
    article's title ("the telescope" under "Gigantic Chinese telescope opens to
    astronomers": "the Chinese telescope")."""
    found: list[tuple[str, str]] = []
    bare = _bare_body_governed(content, article)
    if bare is not None:
        found.append(bare)
    place = _PLACE_KIND.search(content) if _holds(content, _PLACE_HEADS) else None
    if place is not None:
        before = article[_sentence_start(article, at) : at] + content[: place.start()]
        name = (
            _place_named(article, place.group("head"))
            or _lead_called(article, place.group("head"), at)
            or _lead_town(article, place.group("head"), at)
            or _place_in_sentence(article, place.group("head"), before)
            or _based_in_sentence(place.group("head"), before)
        )
        if name is not None and place.group("of"):
            # "the town of about 130 residents" -> "Purdon, a town of about 130 residents"
            found.append((content[place.start() : place.start("of")], f"{name}, a {place['head']}"))
        elif name is not None:
            found.append((place.group().rstrip(), name))
    state = _STATE_KIND.search(content) if _holds(content, _STATE_HEADS) else None
    if state is not None:
        name = _state_named(article, at)
        if name is not None:
            found.append((state.group().rstrip(), name))
    wide = _STATE_WIDE.search(content) if _holds(content, _STATE_WIDE_HEADS) else None
    if wide is not None and len(found) < 2:
        name = _state_named(article, at, _MOST_TOLD)
        if name is not None:
            found.append((wide.group(), f"{wide.group('before')} across {name}"))
    house = _bare_parliament(content) if _holds(content, _PARLIAMENT_HEADS) else None
    if house is not None and len(found) < 2:
        name = _state_named(article, at, _MOST_TOLD)
        if name is not None:
            found.append((house.group(), _state_owned(house, name)))
    site = _ON_SITE.search(content) if _holds(content, _ON_SITE_HEADS) else None
    if site is not None and len(found) < 2:
        placed = _site_placed(article, at, content)
        if placed is not None:
            at_the = site.group()[len(site.group("before")) :].strip()
            noun = at_the.split()[-1] if at_the.startswith("at") else "site"
            found.append((site.group(), f"{site.group('before')} at the {noun} {placed}"))
    words = _WORDS_KIND.search(content) if _holds(content, _WORDS_KIND_HEADS) else None
    if words is not None:
        literal = _literal_named(article, words.group("head").lower(), at)
        if literal is not None:
            found.append((words.group().rstrip(), literal))
    decision = _DECISION_OWNED.search(content) if "decision" in content else None
    if decision is not None and len(found) < 2:
        decided = _decision_told(article, decision.group("owner"), at)
        if decided is not None:
            found.append((decision.group().rstrip(), f"{decision.group().rstrip()} {decided}"))
    telling = _TELLING_KIND.search(content) if _holds(content, _TELLING_HEADS) else None
    if telling is not None and len(found) < 2:
        told = _telling_told(article, telling.group("head"), at)
        if told is None and not telling.group().lower().startswith("the "):
            told = _telling_pointed(article, telling.group("head"), at)
        if told is None:
            told = _telling_introduced(article, telling.group("head"), at)
        if told is not None:
            found.append((telling.group(), told))
    nominals = _STATE_PEOPLE.finditer(content) if _holds(content, _PEOPLE_STATES) else ()
    for nominal in nominals:
        if len(found) == 2:
            break
        people = _people_in_state(article, nominal.group("state").lower(), at)
        if people is not None:
            found.append((nominal.group().rstrip(), people))
    for aged in _NOMINAL_AGE.finditer(content):
        if len(found) == 2:
            break
        if aged.group("next") and not verb_word(aged.group("next")):
            continue  # "the 36-year-old actor": an age before its noun (`_aged`)
        person = _person_of_age(article, aged.group("age"), at, opening=aged.start() == 0)
        if person is not None:
            found.append((aged.group().rstrip(), person))
    offices = _OFFICE_DESCRIPTION.finditer(content) if _holds(content, _OFFICE_HEADS) else ()
    for office in offices:
        if len(found) == 2:
            break
        holder = _office_holder_titled(
            article, office.group("head").lower(), office.group("mods").split(), at
        )
        if holder is not None:
            found.append((office.group().rstrip(), holder))
    national = _NATIONAL_OFFICE.finditer(content) if _holds(content, _OFFICE_ENDINGS) else ()
    for office in national:
        if len(found) == 2:
            break
        holder = _named(article, office["head"].lower(), office["mods"].split())
        if holder is not None:
            found.append((office.group(), holder))
    homes = _HOME_BASED.finditer(content) if _holds(content, _BUSINESS_HEADS) else ()
    for home in homes:
        if len(found) == 2:
            break
        business = _business_placed(article, home, at, content)
        if business is not None:
            found.append((home.group(), business))
    kinds = 0  # names of a description's kind (`_name_of_its_kind`): short, not counted
    for tail in _NAME_TAIL.finditer(content):
        if len(found) == 2:
            break
        name = _name_ended(article, tail.group("tail"), at)
        if name is not None:
            found.append((tail.group().rstrip(), f"{tail.group('det')} {name}"))
            kinds += 1
    firsts: set[str] = set()  # descriptions `_first_mention` gave
    for match in _DEFINITE.finditer(content):
        if len(found) - kinds == 2:
            break
        phrase = _phrase(content, match)
        if phrase is None:
            armed = _phrase(content, match, _ARMED_FORCES)
            if armed is not None and armed[1] in _ARMED_FORCES:
                # "the army" needs no more, but which state's the article may say.
                governed = _government_of(article, armed[2], armed[1])
                if governed is not None:
                    found.append((armed[0], governed))
                continue
            # "the area", "the case": a plain head takes only a phrase naming
            # which one its mention in the article gives ("the central area of
            # the Gaza Strip").
            phrase = _phrase(content, match, _PHRASE_NAMED_HEADS)
            if phrase is None or any(phrase[0] == seen for seen, _ in found):
                continue
            description, head, modifiers, end = phrase
            if _SAYS_WHICH.match(content, end) or _ASIDE.match(content, end):
                continue
            instead = _first_mention(article, match.group("det"), head, modifiers, at, content)
            if instead is None:
                instead = _bare_kin_owned(article, match.group("det"), head, modifiers, content)
            named = {
                _mention_says(article, other, head, modifiers, content, True)
                for other in _mentions(article, head)
                if other.det == "the"
            }
            if len(named - {None}) > 1:
                continue  # "the town of Ardmoor and the town of Bellcross": which one
            if instead is not None and content[end : end + 1] not in _APOSTROPHES:
                firsts.add(description)
                found.append((description, instead))
            continue
        description, head, modifiers, end = phrase
        member = (
            _kind_member(article, match.group("det"), head, modifiers, at, content, end)
            if head in _KIND_HEADS
            else None
        )
        if member is not None:
            # Before what follows is read: "the rock landed in Managua" says
            # which rock, not that it is the meteorite.
            found.append((description, member))
            continue
        if _SAYS_WHICH.match(content, end) or any(description == seen for seen, _ in found):
            continue
        aside = _ASIDE.match(content, end)
        if aside is not None and _NAME_IN_ASIDE.search(aside.group("rest")):
            continue
        if head == "government":
            # Only the state the article names a government of: no other reading.
            governed = _government_of(article, modifiers)
            if governed is not None:
                found.append((description, governed))
            continue
        own_end = at if until is None else until
        instead = (
            _film_of_role(article, match.group("det"), head, modifiers, at)
            or _named(article, head, modifiers)
            or _body_just_named(article, head, modifiers, at)
            or _event_told(article, match.group("det"), head, modifiers, at, content, end)
            or _event_befell(article, match.group("det"), head, modifiers, at, content, end)
            or _act_told(article, match.group("det"), head, modifiers, at, content, end)
            or _assault_placed(article, match.group("det"), head, modifiers, at, content, end)
            or _assault_named(article, match.group("det"), head, modifiers, at, content, end)
            or _introduced(article, at, match.group("det"), head, modifiers, own_end)
            or _count_tied(article, at, match.group("det"), head, modifiers, own_end)
        )
        if instead is not None and not modifiers:
            instead = _armed_introduced(article, instead) or instead
        if (
            instead is not None
            and match.group("det").lower() == "the"
            and not any(w[:1].isupper() for w in instead.split())
        ):
            acted = _actor_made(article, head, modifiers, at)
            if acted is not None and acted.startswith(f"{instead} "):
                instead = acted  # "the special event Apple may be planning to hold"
        if instead is not None and (
            _AFTER_PREPOSITION.search(content, 0, match.start()) is not None
            or _opens_content(content, match.start())
        ):
            # "the port" as "the mysterious data connection port": whose, too.
            instead = _part_owner_added(article, instead, head, modifiers, at, at + match.start())
        if (
            head in _MEDIA
            and (instead is None or not any(w[:1].isupper() for w in instead.split()[1:]))
            and not _PARTICIPLE_TO.match(content, end)
        ):
            # "the recording" as "the audio recording": which one is what it records
            # (but "the recording alleged to reveal ..." says which already).
            instead = _recorded(article, match.group("det"), head, modifiers, at) or instead
        if instead is not None and _RELATIVE_IN.search(instead):
            # "the agency that has had several security failures": the name of its
            # kind the article gives ("the Secret Service") says which more plainly.
            kind = _name_of_its_kind(article, match.group("det"), head, modifiers, at)
            if kind is not None:
                instead = kind
                kinds += 1
        instead = (
            instead
            or _armed_group(article, head, modifiers)
            or _titled(title, article, match.group("det"), head, modifiers)
            or _kind_named(article, match.group("det"), head, modifiers, at)
            or _company_led(article, head, modifiers)
            or _business_told_of(article, head, modifiers, at, content)
            or _product_launched(article, head, modifiers, at, content)
            or _police_force(article, head, modifiers)
            or _aged(article, head, modifiers)
            or _placed_in_state(article, match.group("det"), head, modifiers, at)
            or _victims_named(article, match.group("det"), head, modifiers, at)
        )
        if instead is None:
            instead = _name_of_its_kind(article, match.group("det"), head, modifiers, at)
            kinds += instead is not None
        if instead is None:
            instead = _name_headed(article, match.group("det"), head, modifiers, at)
            kinds += instead is not None
        if instead is None:
            instead = _first_mention(article, match.group("det"), head, modifiers, at, content)
            if instead is None:
                instead = _same_thing(article, match.group("det"), head, modifiers, at, content)
            if instead is not None:
                firsts.add(description)
        if instead is None and match.group("det").lower() == "the":
            instead = _actor_made(article, head, modifiers, at)
        if instead is None:
            instead = _named_modifier(article, match.group("det"), head, modifiers, at)
            kinds += instead is not None
        if instead is None:
            instead = _school_named(article, match.group("det"), head, modifiers)
        if instead is None and head in _EMPLOYER_HEADS:
            instead = _employer_owned(article, match.group("det"), modifiers, at, content, head)
        if instead is None and not modifiers and _agentive(head):
            instead = _agent_named(article, head, at)
        if instead is None:
            instead = _bare_kin_owned(article, match.group("det"), head, modifiers, content)
        if instead is None:
            instead = _handler_of(article, match.group("det"), head, modifiers, at, content, end)
        if instead is None and not _APPOSED_NAME.match(content, end):
            circumstance = _AFTER_PREPOSITION.search(content, 0, match.start()) is not None
            if circumstance:
                instead = _owned(article, head, modifiers, at)
            if instead is None and (circumstance or _opens_content(content, match.start())):
                instead = _part_owned(article, head, modifiers, at, at + match.start())
        if instead is None and head in _KIND_OF_NAMED:
            instead = _one_of_its_kind(article, match.group("det"), head, modifiers)
        if instead is None and head in _EVENT_HEADS:
            instead = _event_placed(
                article, match.group("det"), head, modifiers, at, content
            ) or _event_named(article, match.group("det"), head, modifiers, at)
        if instead is None and _told_in_lead(article, head):
            instead = _event_placed(article, match.group("det"), head, modifiers, at, content)
        if instead is None:
            instead = _school_introduced(article, match.group("det"), head, modifiers, at, content)
            if instead is not None:
                firsts.add(description)
        if (
            instead is not None
            and (
                content[end : end + 1] in _APOSTROPHES
                or (
                    (aside is not None or _PLACED_AFTER.match(content, end))
                    and _RELATIVE_IN.search(instead)
                )
            )
            and not (instead[:1].isupper() or instead.split()[-1] == head)
        ):
            # "the meteorite's crater" takes no "the meteorite that hit near
            # Managua's crater": an owner is a name or its own words, not a
            # clause of its own; nor is a description an aside follows, or a
            # phrase of its own ("the shooting which brought police on
            # Wellington Street"), but a phrase saying which ("the truce
            # between X and Y, which ...").
            instead = None
        if instead is not None:
            found.append((description, instead))
    if firsts:
        # "the crater from where the meteorite that left a 12-meter crater ...":
        # a first mention another description's text spells out already.
        found = [
            (description, instead)
            for description, instead in found
            if description not in firsts
            or not any(
                other != description and " ".join(instead.split()[1:]) in elsewhere
                for other, elsewhere in found
            )
        ]
    return tuple(found)


# Words for an event that say what happened and not where: "the incident",
# "the shooting". The article's lead says where its story's event was.
_EVENT_HEADS = frozenset(
    _words(
        """
        incident attack shooting shootout gunfight explosion blast crash bombing
        raid massacre ambush clash clashes fighting stabbing kidnapping abduction
        hijacking siege standoff accident collision event operation airstrike
        strike fire killing killings murder beheading execution rescue protest protests
        riot riots earthquake quake
        assault offensive bombardment shelling attacks airstrikes strikes raids bombings
        explosions blasts shootings
        """
    )
)
# How much of the article's opening paragraph is its lead.
_LEAD_CHARS = 400
# A verb telling of what happened (or has): the story's event, not a kind of
# event in general ("They happen all the time in China").
_TOLD_PAST = re.compile(
    r"\b(?:was|were|had|has|have|did|(?-i:[a-z]{2,}ed)|heard|saw|took|made|left|came|went"
    r"|told|said|began|fled|found|held|shot|struck|hit|broke|fell|ran|got|knew|felt|sent)\b"
)
# A word in -ed after these is a participle of the present
# ("heat is generated"), or an adjective after these ("in enclosed places").
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are|be|get|gets|a|an|the|in|of|on|at|for|with|its|their|his|her|our|my|your)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _tells_past(text: str) -> bool:
    """Whether `text` has a verb telling of what happened (`_TOLD_PAST`)."""
    return any(
        not (found.group().endswith("ed") and _PRESENT_PASSIVE.search(text, 0, found.start()))
        for found in _TOLD_PAST.finditer(text)
    )


def _event_placed(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """An event by its kind ("the incident", "the initial shooting") with the
    place the article's lead says its story happened in: "the incident" under
    the lead "A small meteorite crashed into a wooded area in Nicaragua's
    capital of Managua overnight" -> "the incident in Managua". The lead is
    the article's first sentence, or its first paragraph when the sentence
    names no place; it must name one place only (`_lead_places`: after "in",
    "near", "outside", ...; not where someone lives or a body's name), in a
    sentence telling of what happened (`_tells_past`); naming no town, or
    only a state, it may name the landmark it happened at instead
    (`_lead_landmark`: "at Canada's National War Memorial"). None when the
    statement is in the lead's sentence, when the content names a place
    already or tells of no event ("heat is generated from the explosion"),
    when a modifier sets the event apart ("the previous attack") or a name
    does ("the Westgate attack"), or when the article writes the head right
    before another place ("the attack in Paris" in a story of Ottawa)."""
    if det.lower() not in {"the", "this"} or set(modifiers) & _CONTRASTING:
        return None
    from claimtrack import places
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    if places.places_in(content, resolver) or not _tells_past(content):
        return None  # placed already, or a kind of event in general ("heat from the explosion")
    read = _lead_read(article, at, resolver)
    if read is None:
        return None
    lead, paragraph, named = read
    state = places._known(next(iter(named)), resolver) if len(named) == 1 else None
    if not named or (state is not None and state.level == places.COUNTRY):
        # A landmark says more than its state ("at Ottawa's War Memorial in Canada").
        named = _lead_landmark(lead) or _lead_landmark(paragraph) or named
    if len(named) != 1:
        return None
    ((name, preposition),) = named.items()
    if name.lower() in content.lower() or name.split()[-1].lower() in content.lower():
        return None
    if preposition != "at" and _landmark_apart(lead, paragraph, name, resolver):
        return None  # "shot at the Naval Memorial, and a suspect arrested in Dunmore"
    for mention in _mentions(article, head):
        if any(m[:1].isupper() for m in mention.mods):
            return None  # "the Westgate attack": an event of its own name
        after = article[mention.end : mention.end + 60]
        if any(other != name for other in _lead_places(after, resolver, opening=True)):
            return None
    return " ".join([det.lower(), *modifiers, head, preposition, name])


# The endings of a noun made of its verb, each with what the verb's plain
# form ends on instead: "shooting" <- "shoot", "explosion" <- "explode",
# "abduction" <- "abduct", "disappearance" <- "disappear".
_NOUN_OF_VERB = (("ing", ""), ("sion", "de"), ("tion", "t"), ("ance", ""), ("ment", ""))
# Event words whose verb tells of another thing ("fired" from a job, an
# "operation" operated, an "event" never a verb).
_EVENT_NOT_VERBED = frozenset(_words("fire event operation incident accident"))
# Where an event happened, right after the verb telling it: a preposition of
# place and a name, its words capitalised, a possessive or "of" between them
# ("at Canada's National War Memorial", "near the Port of Spain"); not one of
# two ("in Harwick and in Dunmore").
_TOLD_PLACE = re.compile(
    r"[ \t]+(?:\w+ly[ \t]+)?(?P<place>(?:at|in|near|outside|inside|on)[ \t]+(?:the[ \t]+)?"
    r"(?>(?-i:[A-Z][\w.\u2019'-]*)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?(?-i:[A-Z][\w.\u2019'-]*))*))"
    r"(?!,?[ \t]+(?:and|or)[ \t]+(?:(?:at|in|near|outside|inside|on)[ \t]|(?-i:[A-Z])))"
)
# A phrase placing a description right after it: "the shooting near the bridge".
_PLACED_AFTER = re.compile(r"[ \t]+(?:at|in|near|outside|inside|on)[ \t]")
# Words for event heads the lead tells with a phrase other than their verb.
_TOLD_BY_PHRASE = {"shooting": ("opened fire",), "shootings": ("opened fire",)}


@functools.cache
def _told_by_verb(head: str) -> re.Pattern[str]:
    """Where a text tells an event of `head` by its verb (`_verbs_of_event`),
    built once per head."""
    verbs = "|".join(re.escape(form) for form in _verbs_of_event(head))
    return re.compile(rf"\b(?:{verbs})\b(?!-)", re.IGNORECASE)


def _past_forms(plain: str) -> tuple[str, ...]:
    """The past forms of a verb by its plain form: "stole" and "stolen" for
    "steal", "stabbed" for "stab", "castrated" for "castrate"."""
    if plain in verbforms.IRREGULAR:
        past, done = verbforms.IRREGULAR[plain]
        return (*past, *done)
    if plain.endswith("e"):
        return (plain + "d",)
    doubled = (
        len(plain) > 2 and plain[-1] in "bgpt" and plain[-2] in "aeiou" and plain[-3] not in "aeiou"
    )
    return (plain + plain[-1] + "ed",) if doubled else (plain + "ed",)


def _verbs_of_event(head: str) -> tuple[str, ...]:
    """The past forms of the verb an event's noun is made of, "shot" for "the
    shooting", "exploded" for "the explosion", "raided" for "the raid", with
    the phrases that tell it otherwise (`_TOLD_BY_PHRASE`)."""
    noun = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    plains = {noun}
    for ending, instead in _NOUN_OF_VERB:
        if noun.endswith(ending):
            stem = noun[: -len(ending)] + instead
            plains = {stem} if stem.endswith("e") else {stem, stem + "e"}
            if ending == "ing" and stem[-1] == stem[-2]:
                plains.add(stem[:-1])  # "stabbing" <- "stab"
    forms = set(_TOLD_BY_PHRASE.get(head, ()))
    irregular = [plain for plain in plains if plain in verbforms.IRREGULAR]
    for plain in irregular or plains:
        forms.update(_past_forms(plain))
    return tuple(sorted(forms))


def _event_told(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """An event by its kind ("the shooting") with the place the article's lead
    tells it happened at, by the verb the noun is made of: "the shooting" under
    the lead "A soldier was shot at Canada's National War Memorial" -> "the
    shooting at Canada's National War Memorial"; "the explosion" after "a
    transformer exploded outside Port Elgin" -> "the explosion outside Port
    Elgin". The lead is its sentence, else the rest of its paragraph for a
    statement after it (as `_lead_read` reads it); the place is a name right
    after the verb (`_TOLD_PLACE`), the first one told so. None for "a" or
    "an" (another event), a modifier that sets it apart, a content that places
    the event already (a phrase right after the description, or the place's
    name), a head whose verb tells of another thing (`_EVENT_NOT_VERBED`), or
    a statement in the lead."""
    if det.lower() not in {"the", "this"} or set(modifiers) & _CONTRASTING:
        return None
    if head not in _EVENT_HEADS or head in _EVENT_NOT_VERBED or _PLACED_AFTER.match(content, end):
        return None
    lead, paragraph = _lead(article)
    if at < len(lead):
        return None
    for text in (lead, paragraph[len(lead) :] if at >= len(paragraph) else ""):
        for verb in _told_by_verb(head).finditer(text):
            place = _TOLD_PLACE.match(text, verb.end())
            where = place.group("place").rstrip(".") if place is not None else ""
            if not where or where.split()[-1] in _MONTHS:
                continue
            name = where.split(None, 1)[1].removeprefix("the ")
            if name.split("'")[0].split("\u2019")[0].lower() in content.lower():
                return None  # "the shooting in Ottawa": placed already
            return " ".join([det.lower(), *modifiers, head, where])
    return None


# Events that befall the subject of their verb, by their noun, with the verb
# telling it: "the disappearances" <- "43 students, who disappeared" (or "went
# missing"), "the arrest" <- "Tomas Reyl was arrested". ("The death" is a
# plain head, `_PLAIN_HEADS`: no rule reads it.)
_BEFALLING_VERB = {
    "disappearance": r"(?:disappeared|(?:went|gone)[ \t]+missing)",
    "arrest": r"(?:was|were|been)[ \t]+arrested",
    "resignation": "resigned",
}
# Words before a verb's subject that end no part of it ("any of the 43
# students", "police said Tomas Reyl").
_BEFORE_SUBJECT = frozenset(
    _words(
        """
        of in on at to for from by with about that which and or but as after before
        when while since if than said says say told reported added any
        """
    )
)
# How many words a subject an event befell runs to at most, and how many
# characters before its verb it is looked for in.
_SUBJECT_WORDS = 5
_SUBJECT_REACH = 80
# A word: no stop or comma on it ("police," ends a clause).
_WORD = re.compile(r"[\w'\u2019-]+")


@functools.cache
def _befell(head: str) -> re.Pattern[str] | None:
    """Where a text tells an event of `head` befalling its subject, by the verb
    (`_BEFALLING_VERB`), a relative "who" or a comma before it; None for a head
    of no such event. Built once per head."""
    verb = _BEFALLING_VERB.get(head[:-1] if head.endswith("ces") else head)
    if verb is None:
        return None
    return re.compile(rf"(?:,[ \t]+)?(?:who[ \t]+)?(?:(?:had|have|has)[ \t]+)?{verb}(?![\w-])")


def _subject_ending(text: str) -> str | None:
    """The noun phrase `text` ends on, as a verb after it takes it for its
    subject: "the whereabouts of 43 students" -> "43 students". It opens on
    "the", a number or a capitalised word, and must say which by a number or a
    name ("the students" alone is a description of its own, "a man" or "some
    climbers" of no one in particular); None otherwise."""
    words: list[str] = []
    for word in reversed(text.split()[-_SUBJECT_WORDS - 1 :]):
        if not _WORD.fullmatch(word) or word.lower() in _BEFORE_SUBJECT:
            break
        words.insert(0, word)
    while words and not (words[0] == "the" or words[0][:1].isdigit() or words[0][:1].isupper()):
        words.pop(0)
    if not words or len(words) > _SUBJECT_WORDS or words[0].lower() in _TOLD_OPENERS:
        return None
    if words[0].lower() in _NOT_DESCRIBING:
        # "The 12 climbers" opening a sentence is "the 12 climbers"; "A man" or
        # "Some climbers" says of no one in particular.
        if words[0].lower() != "the":
            return None
        words[0] = "the"
    if not any(w[:1].isupper() or w[:1].isdigit() for w in words if w != "the"):
        return None
    return " ".join(words)


def _event_befell(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """An event that befalls its subject, by its noun ("the disappearances",
    "the arrest"), as the article tells of it before the statement with the
    verb the noun is made of: "the disappearances" after "no trace of 43
    students who disappeared after a clash with police" -> "the disappearances
    of 43 students"; "the arrest" after "Tomas Reyl was arrested in Harwick"
    -> "the arrest of Tomas Reyl". None when the article tells it of
    two subjects, or of one that says which by no number or name ("the
    students, who disappeared"), when a modifier or an "of" after the
    description says whose already, or the content names the subject. A
    modifier that is only the subject's own noun says of whom by kind, not
    which ones: "the student disappearances" after "43 students who went
    missing" -> "the disappearances of the 43 students" (`_kind_of`)."""
    if det.lower() not in {"the", "this"} or _WHOSE_AFTER.match(content, end):
        return None
    told = _befell(head)
    if told is None:
        return None
    subjects: dict[str, str] = {}
    for verb in told.finditer(article, 0, at):
        start = max(_sentence_start(article, verb.start()), verb.start() - _SUBJECT_REACH)
        subject = _subject_ending(article[start : verb.start()])
        if subject is not None:
            subjects.setdefault(subject.lower().removeprefix("the "), subject)
    if len(subjects) != 1:
        return None
    (subject,) = subjects.values()
    if modifiers and not _kind_of(modifiers, subject):
        return None  # "the recent disappearances": which ones, said otherwise
    if subject.split()[-1].lower() in content.lower():
        return None  # "the students' families blame the disappearances"
    return f"the {head} of {subject}"


def _kind_of(modifiers: list[str], phrase: str) -> bool:
    """Whether a description's `modifiers` are only the head noun of `phrase`,
    in either number: "student" of "the 43 students", "dogs" of "40 dogs"."""
    noun = phrase.split()[-1].lower()
    return len(modifiers) == 1 and modifiers[0].lower() in {noun, noun.removesuffix("s")}


# Nouns for an act done to something, with the plain form of the verb
# telling it: "the theft" <- "stole", "the castrations" <- "castrated".
_ACT_OF_VERB = {
    "castration": "castrate",
    "shooting": "shoot",
    "theft": "steal",
    "killing": "kill",
    "murder": "murder",
    "kidnapping": "kidnap",
    "abduction": "abduct",
    "beheading": "behead",
    "execution": "execute",
    "stabbing": "stab",
    "robbery": "rob",
    "capture": "capture",
    "rescue": "rescue",
    "seizure": "seize",
    "destruction": "destroy",
    "invasion": "invade",
    "assassination": "assassinate",
    "poisoning": "poison",
    "hacking": "hack",
    "torture": "torture",
    "burning": "burn",
    "demolition": "demolish",
}
# A verb of being right before a past participle makes it passive: "40
# dogs were castrated", the act done to the subject.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)[ \t]+)?(?:was|were|been|is|are|be)[ \t]+(?:\w+ly[ \t]+)?\Z", re.I
)
# A subject an act was done to that says which by itself: a counted
# thing ("40 dogs") or a thing's own name ("the Caped Crusader's ride").
_OBJECT_SUBJECT = re.compile(
    r"(?:the[ \t]+)?(?:\d[\d,]*[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
    r"|(?-i:[A-Z])[\w.\u2019'-]*(?:[ \t]+(?-i:[A-Z])[\w.\u2019'-]*)*(?:[ \t]+[a-z][\w-]*)?)"
)
# How many words the object of an act runs to at most.
_OBJECT_WORDS = 4
# Words that open an object saying which thing an act was done to.
_OBJECT_OPENERS = frozenset(_words("a an the his her their its"))


@functools.cache
def _act_done(head: str) -> re.Pattern[str] | None:
    """Where a text tells an act of `head` done to an object, by the active
    past of the verb the noun is made of (`_ACT_OF_VERB`); None for a head of
    no such act. Built once per head."""
    plain = _ACT_OF_VERB.get(head[:-1] if head.endswith("s") else head)
    if plain is None:
        return None
    forms = "|".join(re.escape(form) for form in _past_forms(plain))
    return re.compile(rf"(?<![\w-])(?:{forms})[ \t]+(?P<object>[^,;:.!?\"\u201c\u201d()]+)")


def _object_opening(text: str) -> str | None:
    """The noun phrase `text` opens on, as the object of the verb before it:
    "40 dogs in a clinic" -> "40 dogs", "a Batmobile from a museum" -> "the
    Batmobile". It opens on a determiner, a number or a name, and runs to a
    preposition, a conjunction or a telling word (`_BEFORE_SUBJECT`); "a" or
    "an" read as "the" (the thing told before). None for no such phrase or
    one of more than `_OBJECT_WORDS` words."""
    words: list[str] = []
    for word in text.split():
        if not _WORD.fullmatch(word) or word.lower() in _BEFORE_SUBJECT:
            break
        words.append(word)
    if not words or len(words) > _OBJECT_WORDS:
        return None
    first = words[0]
    if first.lower() in _TOLD_OPENERS - _OBJECT_OPENERS or first in _MONTHS:
        return None
    if first.lower() in {"a", "an"}:
        words[0] = "the"
    elif first.lower() not in _OBJECT_OPENERS and not (first[:1].isdigit() or first[:1].isupper()):
        return None
    if len(words) == 1:
        return None
    return " ".join(words)


def _act_told(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """An act done to something, by its noun ("the castrations", "the
    theft"), as the first clause of the article before the statement telling
    it by its verb says: "the castrations" after "vets castrated 40 dogs in
    Harwick" -> "the castrations of 40 dogs"; "the theft" after "thieves stole
    a Batmobile from a museum" -> "the theft of the Batmobile"; told in the
    passive, the act is done to the verb's subject, read as `_event_befell`
    reads it ("12 paintings were stolen" -> "the theft of 12 paintings").
    None when a modifier or an "of" after the description says which
    already, when that first clause has no short object right after its
    verb (`_object_opening`: "shot dead") or no subject saying which by a
    number or a name before it, or when the content names the object. A
    modifier that is only the object's own noun says what by kind, not
    which: "the dog castrations" -> "the castrations of 40 dogs" (`_kind_of`)."""
    if det.lower() not in {"the", "this"} or _WHOSE_AFTER.match(content, end):
        return None
    told = _act_done(head)
    if told is None:
        return None
    verb = told.search(article, 0, at)
    if verb is None:
        return None
    passive = _PASSIVE_BEFORE.search(article, 0, verb.start())
    if passive is not None:
        start = max(_sentence_start(article, passive.start()), passive.start() - _SUBJECT_REACH)
        thing = _subject_ending(article[start : passive.start()])
        if thing is not None and not _OBJECT_SUBJECT.fullmatch(thing):
            return None  # "at the same time Brown was shot": a clause of its own
    else:
        thing = _object_opening(verb.group("object"))
    if thing is None or (modifiers and not _kind_of(modifiers, thing)):
        return None
    if thing.split()[-1].lower() in content.lower():
        return None
    return f"the {head} of {thing}"


# Words for a violent act on people or a place, any of which an article may
# write for the one such act it tells: "the shooting at Parliament Hill",
# then "the attacks".
_ASSAULT_WORDS = (
    "attacks?|assaults?|shootings?|bombings?|stabbings?|massacres?|ambush(?:es)?"
    "|raids?|sieges?|airstrikes?|rampages?"
)
# The heads of a description such an act's place is given to: the general
# words, which a verb of their own does not tell (`_event_told`).
_ASSAULT_HEADS = frozenset(_words("attack attacks assault assaults"))
# Where an article names such an act by a noun with the place it happened at
# right after it ("the shooting at Parliament Hill in Ottawa", "a gas attack
# in Saqlawiyah"), with the words before the noun ("another", "last month's").
_ASSAULT_AT = re.compile(
    rf"(?<![\w'\u2019-])(?P<before>(?:[\w'\u2019-]+[ \t]+){{0,3}})"
    rf"(?<![\w-])(?i:(?P<noun>{_ASSAULT_WORDS}))(?![\w-]){_TOLD_PLACE.pattern}"
)
# Words before an act's noun telling of another act than one told already.
_ANOTHER_ACT = frozenset(_words("another other previous earlier second latest last new similar"))
# A word after a place's name making the name its modifier ("at Saqlawiyah
# base", "on the Syrian town of Kobani"), unless a verb or a function word.
_NOUN_AFTER = re.compile(rf"[ \t]+(?!{_FUNCTION_WORD})(?P<word>[a-z][\w-]*)")


def _name_words(place: str) -> set[str]:
    """The words of a place's name (`_TOLD_PLACE`) that name it, its
    preposition, "the", "of" and an owner's possessive left out: "at Canada's
    Parliament" -> {"Parliament"}."""
    return {
        word
        for word in place.split()[1:]
        if word[:1].isupper() and not word.endswith(("'s", "\u2019s"))
    }


def _one_place(told_at: list[tuple[str, bool]]) -> str | None:
    """The one place the places told (each with whether its name is only a
    modifier of a noun after it) are: the first one told whose name is not a
    modifier, when every other one's name holds its words or is held by
    them ("at Parliament Hill" and "at Canada's Parliament"); None for two
    places or none."""
    first = next((place for place, modifying in told_at if not modifying), None)
    if first is None:
        return None
    words = _name_words(first)
    for place, _ in told_at:
        other = _name_words(place)
        if not other or not (other <= words or words <= other):
            return None
    return first


def _assault_placed(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """A violent act by a general word ("the attack", "the coordinated
    attacks") with the place the article told the one such act at before the
    statement, by any noun for one (`_ASSAULT_WORDS`): "the attacks" after
    "the suspect in the shooting at Parliament Hill in Ottawa" -> "the attacks
    at Parliament Hill". None when the article names such acts at
    two places, or one of them as another act ("another attack in Adamawa",
    "last month's attack in Jinan"), or several at its place ("a string of
    attacks in China") for a description of one; when a modifier sets the act
    apart or a phrase after it places it or says whose, or the content names
    the place already."""
    if det.lower() not in {"the", "this"} or head not in _ASSAULT_HEADS:
        return None
    if set(modifiers) & _CONTRASTING or any(m[:1].isupper() for m in modifiers):
        return None
    if _PLACED_AFTER.match(content, end) or _WHOSE_AFTER.match(content, end):
        return None
    told_at: list[tuple[str, bool]] = []
    for told in _ASSAULT_AT.finditer(article, 0, at):
        before = told.group("before").lower().split()
        if set(before) & _ANOTHER_ACT or any(word.endswith(("'s", "\u2019s")) for word in before):
            return None
        if not head.endswith("s") and told.group("noun").lower().endswith("s"):
            return None  # "a string of copycat attacks in China": which of them
        if told.group("place").rstrip(".").split()[-1] in _MONTHS:
            continue  # "the airstrikes on Friday": a day, no place
        after = _NOUN_AFTER.match(article, told.end())
        modifying = after is not None and not verb_word(after.group("word"))
        told_at.append((told.group("place").rstrip("."), modifying))
    place = _one_place(told_at)
    if place is None:
        return None
    name = place.split(None, 1)[1].removeprefix("the ")
    if name.split()[0].split("'")[0].split("\u2019")[0].lower() in content.lower():
        return None  # "the attack in Ottawa": placed already
    return " ".join([det.lower(), *modifiers, head, place])


# Where an article names such an act by a noun with a name before it, whose
# act or where it was ("a U.S. airstrike", "the Westgate Mall attack").
_ASSAULT_NAMED = re.compile(
    r"(?<![\w-])(?i:an?|the)[ \t]+(?P<mods>(?:[\w.\u2019'-]+[ \t]+){1,3}?)"
    rf"(?P<noun>(?i:{_ASSAULT_WORDS}))(?![\w-])"
)


def _assault_named(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """A violent act by a general word ("the attack") with the name the article
    set before the one such act it named before the statement, by any noun for
    one (`_ASSAULT_WORDS`): "the attack" after "A U.S. airstrike killed the
    group's leader" -> "the U.S. attack". The name is the run of capitalised
    words right before the noun (no day or month: "the Monday strike" names
    none). None as for `_assault_placed`, and when two such acts have
    different names."""
    if det.lower() not in {"the", "this"} or head not in _ASSAULT_HEADS or modifiers:
        return None
    if _PLACED_AFTER.match(content, end) or _WHOSE_AFTER.match(content, end):
        return None
    names: set[str] = set()
    for told in _ASSAULT_NAMED.finditer(article, 0, at):
        mods = told.group("mods").split()
        if {mod.lower() for mod in mods} & _ANOTHER_ACT:
            return None
        if not head.endswith("s") and told.group("noun").lower().endswith("s"):
            return None
        first = len(mods)
        while first and mods[first - 1][:1].isupper() and mods[first - 1] not in _MONTHS:
            first -= 1
        if first < len(mods):
            names.add(" ".join(mods[first:]))
    if len(names) != 1:
        return None
    (name,) = names
    if any(word.lower() in content.lower() for word in _name_words(f"at {name}")):
        return None  # the content names it already
    return f"{det.lower()} {name} {head}"


# What follows an event's mention and says whose it is: "the execution of
# Steven Sotloff".
_WHOSE_AFTER = re.compile(r"[ \t]+of[ \t]+")


def _event_named(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """An event by its kind ("the execution") as the article names it before the
    statement, by the name of whom or where it befell set before the word:
    "the purported Haines execution video" -> "the Haines execution". Only when
    every mention before the statement that says whose gives the same name (a
    mention followed by "of" says whose by another way) and the description
    has no modifier of its own ("the previous attack" is another)."""
    if det.lower() != "the" or modifiers:
        return None
    names: set[str] = set()
    for mention in _mentions(article, head):
        if mention.start >= at:
            break
        if mention.head != head:
            continue  # "the executions" are others
        if _WHOSE_AFTER.match(article, mention.end):
            return None
        mods = list(mention.mods)
        first = len(mods)
        while first and _all_named(article, [mods[first - 1]], mention):
            first -= 1
        if first < len(mods):
            names.add(" ".join(mods[first:]))
    if len(names) != 1:
        return None
    return f"the {names.pop()} {head}"


# Words for a disease or a drug that say of which kind it is and not which:
# "the deadly virus", "the disease", "the drug". An article naming one
# disease (or drug) means it by them. The names are a closed list: a
# capitalised word is no disease of itself.
_DISEASES = frozenset(
    _words(
        """
        ebola measles mumps rubella cholera polio malaria tuberculosis typhoid dengue
        zika mers sars hiv aids influenza flu plague anthrax smallpox rabies chikungunya
        hepatitis meningitis leprosy diphtheria enterovirus coronavirus
        """
    )
)
_DRUGS = frozenset(
    _words(
        """
        marijuana cannabis heroin cocaine methamphetamine meth ecstasy mdma lsd opium
        ketamine fentanyl morphine
        """
    )
)
# Two names of one disease or drug.
_SAME_KIND = {"cannabis": "marijuana", "meth": "methamphetamine", "flu": "influenza"}
# Heads that take the name before them ("the Ebola virus"), and heads the
# name stands for ("the disease" -> "Ebola").
_NAMED_BEFORE = frozenset(_words("virus outbreak epidemic"))
_KIND_OF_NAMED = {
    **dict.fromkeys((*_NAMED_BEFORE, "disease", "illness"), _DISEASES),
    "drug": _DRUGS,
}
_KIND_NAMES = re.compile(
    r"(?<![\w-])(?P<name>"
    + "|".join(sorted(_DISEASES | _DRUGS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _one_of_its_kind(article: str, det: str, head: str, modifiers: list[str]) -> str | None:
    """A disease or a drug by its kind ("the deadly virus", "the disease", "the
    drug") as the one of that kind the article names: "the deadly virus" ->
    "the deadly Ebola virus", "the disease" -> "Ebola", "the drug" ->
    "marijuana". None when the article names none, or two alike ("Ebola" and
    "malaria"); one it names `_MOST_TOLD` times as often as any other is the
    one meant. A name in a compound ("flu-like") names none. A modifier that
    sets it apart ("another virus") or names it already keeps it as written."""
    if det.lower() != "the" or set(modifiers) & _CONTRASTING:
        return None
    if any(m[:1].isupper() or m.lower() in _DISEASES | _DRUGS for m in modifiers):
        return None
    kind = _KIND_OF_NAMED[head]
    written: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # as written inside a sentence, not a headline
    for match in _KIND_NAMES.finditer(article):
        name = match.group("name")
        if name.lower() in kind:
            written[name] += 1
            if re.search(r"[a-z,][ \t]+$", article[max(0, match.start() - 3) : match.start()]):
                inside[name] += 1
    kinds: Counter[str] = Counter()
    for name, count in written.items():
        kinds[_SAME_KIND.get(name.lower(), name.lower())] += count
    told = kinds.most_common(2)
    if not told or (len(told) == 2 and told[0][1] < _MOST_TOLD * told[1][1]):
        return None  # "Ebola" and "malaria" told of alike: either may be meant
    chosen = told[0][0]
    forms = [n for n in written if _SAME_KIND.get(n.lower(), n.lower()) == chosen]
    name = max(forms, key=lambda form: (inside[form], written[form]))
    if head in _NAMED_BEFORE:
        return " ".join([det.lower(), *modifiers, name, head])
    return name


def _told_in_lead(article: str, head: str) -> bool:
    """Whether the article's lead sentence tells of a thing by `head` as new ("a
    small meteorite landed ...", "caused by a meteorite"): the story's own
    thing, which the lead's place sets apart as it does the story's event. Not
    a person, a body or one who acts in the story ("the militant group" is no
    group of the lead's place), nor a plain word or a recording (`_MEDIA`),
    which say which one by who or what they are."""
    if head in _NO_THING_OF_THE_PLACE or head in _MEDIA or _personal(head):
        return False  # who acts, or a body: not a thing of the place
    lead, _ = _lead(article)
    return any(
        _INDEFINITE_BEFORE.search(lead, 0, at) is not None
        for at in _written_at_boundary(lead, head)
    )


# An indefinite and up to two lower-case words, ending where a head is written:
# "a small ", "one ". Searched on the text before each place a head is written,
# so one pattern serves every head.
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[a-z-]+\s+){0,2}\Z")


def _written_at_boundary(text: str, word: str) -> Iterator[int]:
    """Where `text` writes `word` with a word boundary (as `\\b` has it) right
    after it, in order: what `re.escape(word) + r"\\b"` matches, found as a
    string is, with no pattern compiled for the word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if _is_word_character(text[end - 1 : end]) != _is_word_character(text[end : end + 1]):
            yield at
        at = text.find(word, at + 1)


def _is_word_character(character: str) -> bool:
    """Whether `character` is one `\\w` matches (a letter, a digit or "_"); not
    for an empty string, the edge of a text."""
    return character.isalnum() or character == "_"


def _ends_with_words(text: str, words: list[str]) -> int | None:
    """Where `text` ends on `words` (each one non-empty, with no space or tab),
    spaces or tabs between and after them, and no letter, digit, "_" or hyphen
    right before them; None when it does not. What `(?<![\\w-])`, the words
    joined by `[ \\t]+`, then `[ \\t]+$` finds ("$" before a last line break
    too), read from the end with no pattern compiled for the words."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    for word in reversed(words):
        kept = text[:end].rstrip(" \t")
        if len(kept) == end or not kept.endswith(word):
            return None
        end = len(kept) - len(word)
    before = text[end - 1 : end]
    if _is_word_character(before) or before == "-":
        return None
    return end


def _lead(article: str) -> tuple[str, str]:
    """The article's lead: its first sentence, and its first paragraph (at most
    `_LEAD_CHARS` characters of it)."""
    paragraph_end = article.find("\n")
    paragraph = article[: paragraph_end if paragraph_end != -1 else len(article)][:_LEAD_CHARS]
    sentence = P.SENTENCE_STOP.search(paragraph)
    return (paragraph[: sentence.end()] if sentence is not None else paragraph), paragraph


def _lead_read(
    article: str, at: int, resolver: PartyResolver
) -> tuple[str, str, dict[str, str]] | None:
    """The lead as a statement at offset `at` reads it: its sentence, its
    paragraph, and the place it says its story happened in (`_lead_places`,
    read in the sentence, else the paragraph). None when the statement is the
    lead's own sentence; a statement in the rest of the paragraph reads the
    sentence alone, the rest being its own."""
    lead, paragraph = _lead(article)
    if at < len(lead):
        return None
    if at < len(paragraph):
        paragraph = lead
    return lead, paragraph, _lead_places(lead, resolver) or _lead_places(paragraph, resolver)


# "On-site", and "at the site" or "at the scene" that no phrase after it
# places (it ends the content or its clause): at the place of what happened,
# which the story's lead says. The pair is the adverb with the word before it,
# as for `_STATE_WIDE`.
_ON_SITE = re.compile(
    r"(?P<before>[\w'\u2019-]+)[ \t]+"
    r"(?:on-site|onsite|at[ \t]+the[ \t]+(?:site|scene)(?=[ \t]*(?:[,;:.]|$)))(?![\w-])"
)
_ON_SITE_HEADS = ("on-site", "onsite", "at the site", "at the scene")


def _site_placed(article: str, at: int, content: str) -> str | None:
    """The one place the article's lead says its story happened in
    (`_lead_read`), with its preposition, for "on-site", "at the site" or "at
    the scene": "the evidence we've confirmed on-site" under the lead "A
    meteorite crashed in Nicaragua's capital of Managua" -> "the evidence
    we've confirmed at the site in Managua". None when the statement is the
    lead's, the lead names no place or two (a landmark apart from its town,
    `_landmark_apart`, is one), or the content names it."""
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    read = _lead_read(article, at, resolver)
    if read is None or len(read[2]) != 1:
        return None
    lead, paragraph, named = read
    ((name, preposition),) = named.items()
    if name.split()[-1].lower() in content.lower():
        return None
    if _landmark_apart(lead, paragraph, name, resolver):
        return None  # the scene is the landmark's, not the town's told of another thing
    return f"{preposition} {name}"


def _lead_town(article: str, head: str, at: int) -> str | None:
    """ "The city", "the town", "the capital" as the one town the article's lead
    says its story happened in (`_lead_places`), when the article calls no
    place a city, town or capital by name (`_places_called`) and writes the
    town at least twice: "near the city's airport" under the lead "A small
    meteorite crashed into a wooded area in Nicaragua's capital of Managua"
    -> "near Managua's airport". "The capital" must be a state's capital, and
    "the town" or "the village" none."""
    if _places_called(article, head):
        return None  # `_place_named` tells which
    from claimtrack import places
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    read = _lead_read(article, at, resolver)
    if read is None or len(read[2]) != 1:
        return None
    (name,) = read[2]
    place = places._place(name, "", resolver, False)
    if place is None or place.level != places.TOWN or article.count(name) < 2:
        return None
    capital = resolver.is_capital(name)
    if (head == "capital" and not capital) or (head in {"town", "village"} and capital):
        return None
    return name


def _lead_places(text: str, resolver: PartyResolver, opening: bool = False) -> dict[str, str]:
    """The place `text` locates something in, its name as written with the
    word before it ({"Managua": "in"}): a town or region, not the state it
    lies in ("in Nicaragua's capital of Managua": Managua). Empty when it
    names none, or two apart; with `opening`, only a place right at the
    text's start ("... in Paris" after a mention of the event's head)."""
    from claimtrack import places

    found: dict[str, tuple[str, places.Place]] = {}
    for match in places._LOCATIVE.finditer(text):
        if opening and text[: match.start()].strip():
            break
        if match["the"] and not match["noun"]:
            continue  # "in the Pentagon", "in the Anbar province"
        before = text[max(0, match.start() - places._NAME_REACH) : match.start()]
        inside = places._IN_A_NAME.search(before)
        if inside is not None and (
            before.split()[-1].lower() in LANDMARK_HEADS or _AT_A_NAME.search(before)
        ):
            inside = None  # "at the National War Memorial in Ottawa": a landmark's town
        if (not match["noun"] and inside) or places._RESIDENCE.search(
            text[max(0, match.start() - places._RESIDENCE_REACH) : match.start()]
        ):
            continue  # a body's name ("al-Qaeda in Yemen"), where someone lives
        # "the town of Iguala have found": a name a word for a place
        # introduces is a place whatever follows it.
        after = "" if match["noun"] else text[match.end() : match.end() + places._AFTER_REACH]
        place = places._place(match.group("name"), after, resolver, False)
        if place is None or not (opening or _tells_past(_sentence_of(text, match.start()))):
            continue  # no place, or where a kind of thing happens, not what happened
        name = re.sub(r"['\u2019]s$", "", match.group("name")).rstrip(".,")
        word = match.group().split()[0].lower()
        found[name] = ("near" if word in {"near", "outside"} else "in", place)
    if not opening:
        for word, name, place in _described_places(text, resolver):
            found.setdefault(name, (word, place))
    smaller = {n: w for n, (w, p) in found.items() if p.level != places.COUNTRY}
    if not smaller:
        smaller = {n: w for n, (w, _p) in found.items()}
    if len(smaller) != 1:
        return {}
    (name,) = smaller
    if any(places.apart([found[name][1]], [other]) for _w, other in found.values()):
        return {}
    return smaller


# A capitalised name right after "at", "near" or "outside", before another
# locative word: "at Parliament Hill in Ottawa" is a place in a town, not a
# body's name ("al-Qaeda in Yemen").
_AT_A_NAME = re.compile(
    r"\b(?:at|near|outside)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){1,4}$"
)
# A state named after words describing it, in lower case: "in restive
# southwestern Mexico", "in war-torn Syria". Only a name the gazetteer knows
# is read so: a lower-case word before another name may be a thing's ("in
# talks Apple").
_DESCRIBED_STATE = re.compile(
    r"\b(?P<word>in|near|outside|across|throughout)\s+(?P<words>(?:(?-i:[a-z])[a-z-]+\s+){1,2})"
    r"(?P<name>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})\b(?!['\u2019-]|\s+(?-i:[A-Z]))"
)
# Words before a name that say whose or which it is, or are no adjective.
_NOT_DESCRIBING = frozenset(
    _words(
        """
        the a an this that these those his her its their our my your some many all
        both each every any no and or of in on at to for from with by as than
        several few more most other such two three four five
        """
    )
)
# A state's capital by its nationality word: "in the Nicaraguan capital,
# Managua", "near the Nicaraguan capital".
_DEMONYM_CAPITAL = re.compile(
    r"\b(?P<word>in|near|outside|around)\s+the\s+(?P<demonym>(?-i:[A-Z])[a-z]+)\s+capital"
    r"(?:\s*,\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?=[,.;]))?"
)


def _described_places(text: str, resolver: PartyResolver) -> Iterator[tuple[str, str, Place]]:
    """Places `text` locates something in that `places._LOCATIVE` does not
    read, in sentences telling of what happened: a state after words in lower
    case describing it ("in restive southwestern Mexico" -> Mexico), and a
    state's capital by its nationality word ("in the Nicaraguan capital" ->
    Managua, the state's one capital; a name in apposition must be it)."""
    from claimtrack import places

    for match in _DESCRIBED_STATE.finditer(text):
        if set(match["words"].lower().split()) & _NOT_DESCRIBING:
            continue
        if places._RESIDENCE.search(
            text[max(0, match.start() - places._RESIDENCE_REACH) : match.start()]
        ):
            continue  # where someone lives or comes from
        known = places._known(match["name"], resolver)
        if known is None or match["name"] not in _state_names():
            continue  # no place, or a body the gazetteer lists ("Islamic State")
        if _tells_past(_sentence_of(text, match.start())):
            yield _word_of(match["word"]), match["name"], known
    for match in _DEMONYM_CAPITAL.finditer(text):
        capitals = {
            capital
            for country in _countries()
            if match["demonym"] in country.demonyms
            for capital in country.capitals
            if capital not in gazetteer.NOT_CAPITALS
        }
        if len(capitals) != 1 or (match["name"] and match["name"] not in capitals):
            continue
        (capital,) = capitals
        known = places._known(capital, resolver)
        if known is None or not _tells_past(_sentence_of(text, match.start())):
            continue
        yield _word_of(match["word"]), capital, known


@functools.cache
def _state_names() -> frozenset[str]:
    """The names of the states, their capitals and the U.S. states, as written."""
    return frozenset(
        name
        for country in _countries()
        for name in (country.name, *country.alternatives, *country.capitals)
    ) | frozenset(gazetteer.US_STATE_NAMES)


def _word_of(word: str) -> str:
    return "near" if word.lower() in {"near", "outside"} else "in"


# A landmark an event happened at, by its name: "at Canada's National War
# Memorial", "outside the Westgate Mall".
_LANDMARK_AT = re.compile(
    r"\b(?P<word>at|near|outside)\s+(?P<name>(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*['\u2019]s\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:"
    + "|".join(sorted(h.capitalize() for h in LANDMARK_HEADS))
    + r"))\b(?!['\u2019-]|\s+(?-i:[A-Z]))"
)


def _lead_landmark(text: str) -> dict[str, str]:
    """The one landmark `text` says something happened at ("at Canada's
    National War Memorial"), as `_lead_places` gives a place: {"Canada's
    National War Memorial": "at"}; empty when it names none or two."""
    found = {
        " ".join(match.group("name").split()): match.group("word")
        for match in _LANDMARK_AT.finditer(text)
        if _tells_past(_sentence_of(text, match.start()))
    }
    return found if len(found) == 1 else {}


# What follows a landmark and says the town it stands in: "at the Naval
# Memorial in Harwick", "outside the Grange Mall, in Harwick".
_LANDMARK_TOWN = re.compile(r",?\s+(?:in|of)\s+")


def _landmark_apart(lead: str, paragraph: str, town: str, resolver: PartyResolver) -> bool:
    """Whether the lead (its sentence, else its paragraph when the sentence
    names no place, as `_lead_read` reads it) tells something happened at a
    landmark (`_LANDMARK_AT`) that is not in `town`: "A guard was shot at the
    Naval Memorial, and a suspect was later arrested in Dunmore" names two
    places, and Dunmore is not where the shooting was. A landmark whose name
    holds the town's, or that the town's name follows ("at the Naval Memorial
    in Harwick"), is in it."""
    text = lead if _lead_places(lead, resolver) else paragraph
    for match in _LANDMARK_AT.finditer(text):
        if town in match.group("name") or not _tells_past(_sentence_of(text, match.start())):
            continue
        between = _LANDMARK_TOWN.match(text, match.end())
        if between is None or not text.startswith(town, between.end()):
            return True
    return False


def _sentence_of(text: str, at: int) -> str:
    """The sentence of `text` holding offset `at`."""
    start = 0
    for before in P.SENTENCE_STOP.finditer(text, 0, at):
        start = before.end()
    end = P.SENTENCE_STOP.search(text, at)
    return text[start : end.start() if end is not None else len(text)]


# A sentence's opening that names what it goes on to tell of: "Regarding Apple
# Pay, ...", "As for the Apple Watch, ...". Only a name counts: a description
# ("As for the internal storage, the larger option ...") may be one part of
# what the sentence then describes.
_TOPIC_WORDS = (
    r"(?:Regarding|Concerning|As\s+for|As\s+to|As\s+regards|Speaking\s+of"
    r"|When\s+it\s+comes\s+to|With\s+regard\s+to|With\s+respect\s+to|In\s+the\s+case\s+of)"
    r"\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){0,4}),\s"
)
_TOPIC = re.compile(r"[\"'\u201c\u2018]?" + _TOPIC_WORDS)
# `_TOPIC` without its optional quote, to learn whether it matches anywhere: it
# matches where `_TOPIC` does (one character on after a quote), and opening on
# its words it is looked for by their first letters, not tried at every character.
_TOPIC_ANYWHERE = re.compile(_TOPIC_WORDS)
# Heads a topic's name does not stand for: those who speak or act in a sentence
# ("Regarding Apple Pay, the company said ..." is about Apple Pay, told by Apple).
_AGENT_HEADS = _PERSONS | frozenset(
    _words(
        """
        company firm group agency organisation organization network website newspaper
        magazine paper channel broadcaster outlet publisher band team club university
        school hospital charity airline retailer startup studio maker manufacturer
        carrier government ministry department authorities official officials
        spokesman spokeswoman spokesperson source sources analyst analysts council
        committee board court union association society party commission parliament
        """
    )
)


def topic_described(content: str, article: str, at: int) -> tuple[str, str] | None:
    """The first definite description of `content` (read from offset `at` of
    `article`) with the name its sentence's opening gives as what it tells of:
    "Regarding Apple Pay, Cook said the firm will bring the service to Europe" ->
    ("the service", "Apple Pay"). A description of one who speaks or acts
    (`_AGENT_HEADS`: "the firm") or one that says which it is ("the supply of
    ...") is passed over. None when the sentence opens otherwise, when the
    content names that already, or when no description is left."""
    if not _has_topic(article):
        return None  # no sentence of the article opens so: none is looked for
    opening = _TOPIC.match(article, _sentence_start(article, at), at)
    if opening is None:
        return None
    name = " ".join(opening.group("name").split())
    if name.lower().removeprefix("the ") in content.lower():
        return None
    for match in _DEFINITE.finditer(content):
        phrase = _phrase(content, match)
        if phrase is None:
            continue
        description, head, _modifiers, end = phrase
        if _SAYS_WHICH.match(content, end):
            continue
        if head in _AGENT_HEADS or match.group("det").lower() != "the":
            continue
        return description, name
    return None


@functools.lru_cache(maxsize=16)
def _has_topic(article: str) -> bool:
    """Whether `_TOPIC` matches anywhere in `article`: most articles have no such
    opening, and then no statement's sentence need be found to look for one.
    (Matched at a sentence's start with the text cut at the content, the
    pattern can only match less: it looks at nothing beyond its own end.)"""
    return _TOPIC_ANYWHERE.search(article) is not None


def standalone(text: str, described: Sequence[tuple[str, str]], *, persons: bool = False) -> str:
    """`text` with each description `descriptions_in` found replaced by what the
    article says it is, where `text` still holds it; with `persons`, an opening
    "he", "she", "his" or "her" too by the person `person_named` found."""
    added = 0
    for description, instead in described:
        if description.startswith(_OWNER_MARK):
            continue  # a pronoun's owner, for the text shown only (`owners_in`)
        if _is_name(description):
            continue  # a surname alone: `named_in` puts the full name in
        bare = _BARE_BODY.match(text) if description in _BARE_BODIES else None
        if bare is not None and bare.group("body") == description:
            governed = instead[:1].upper() + instead[1:]
            text = text[: bare.start("body")] + governed + text[bare.end("body") :]
            continue
        if " " not in description:
            if persons:
                opening = re.match(rf"\W*{re.escape(description)}\b", text)
                if opening is not None:
                    before = text[: opening.end() - len(description)]
                    if description.lower() in {"his", "her"}:
                        instead += "'" if instead.endswith("s") else "'s"
                    text = before + instead + text[opening.end() :]
            continue
        where = _written_at(text, description)
        if where is None or (instead[:1].isupper() and instead in text):
            continue  # gone, part of a name ("the Border Patrol"), or named already
        start, end = where
        added_words = instead.split()[len(description.split()) :]
        following = " ".join(text[end:].split()[:2])
        if len(following.split()) == 2 and following in " ".join(added_words):
            continue  # "the spider that had burrowed had burrowed in ...": said already
        if _written_again(text, end, description):
            continue  # "took the man the man out": a garble the name would not mend
        more = len(instead.split()) - len(description.split())
        if added + more > _MOST_ADDED:
            continue
        if text[start].isupper():
            instead = instead[:1].upper() + instead[1:]
        text = text[:start] + instead + text[end:]
        added += more
    return text


# What a description written in a text is not followed by: a word going on
# through it, or a capitalised word making it part of a name ("the Border
# Patrol" of "the border").
_NOT_A_PHRASE_END = re.compile(r"[\w-]| +[A-Z]")


def _written_again(text: str, end: int, description: str) -> bool:
    """Whether `text` writes `description` again right after it ends at `end`
    ("took the man the man out"): the words are garbled there, and what the
    description is put in for one of the two would leave the other's words
    after it ("took the homeless man ... the man out")."""
    again = text[end:].lstrip()
    return again[: len(description)].lower() == description.lower() and not _NOT_A_PHRASE_END.match(
        again, len(description)
    )


def _written_at(text: str, description: str) -> Span | None:
    """Where `text` first writes `description` (a determiner and the words after
    it) as a phrase of its own: its determiner in either case and the rest as
    written, after no letter, digit, "_" or hyphen and followed by none, nor by a
    capitalised word.

    The rest is looked for as a string is and the edges of each place found
    tested after: no pattern is compiled for each description, as one written
    for it whole was."""
    det, rest = description.split(" ", 1)
    size = len(det)
    same_det = rf"(?i:{re.escape(det)})"  # a few determiners: each compiled once a run
    written = " " + rest
    at = text.find(written, size)
    while at != -1:
        start, end = at - size, at + len(written)
        before = text[start - 1] if start else ""
        if (
            not (before and (before.isalnum() or before in "_-"))
            and re.fullmatch(same_det, text[start:at])
            and not _NOT_A_PHRASE_END.match(text, end)
        ):
            return start, end
        at = text.find(written, at + 1)
    return None


def _is_name(description: str) -> bool:
    """Whether a found description is a surname or forename alone (`names_alone`),
    or a surname after a courtesy title (`titled_alone`)."""
    if description in _BARE_BODIES:
        return False  # "Government" opening a content (`_bare_body_governed`)
    if _COURTESY_NAME.fullmatch(description):
        return True
    if description.startswith(_OWNER_MARK):
        return False
    return " " not in description and description.lower() not in _PRONOUNS_NAMED


def named_in(text: str, described: Sequence[tuple[str, str]]) -> str:
    """`text` with each surname or forename `names_alone` found written as the full
    name the article gives, at its first place in `text` where it stands alone:
    "Pierson was asked" -> "Julia Pierson was asked"."""
    for description, instead in described:
        if not _is_name(description):
            continue
        if " " in description:
            titled = re.search(rf"(?<![\w.-]){re.escape(description)}(?![\w-])", text)
            if titled is not None and instead not in text[: titled.start()]:
                text = text[: titled.start()] + instead + text[titled.end() :]
            continue
        where = _WORD_ALONE.search(text)
        while where is not None and (
            where.group("word") != description or _not_alone(text, where.start())
        ):
            where = _WORD_ALONE.search(text, where.end())
        # The full name written before the word alone names the person already; one
        # written only after it ("Wilson was ... when Darren Wilson realized", a
        # description made a name) comes too late for a reader.
        if where is not None and instead.endswith(",") and not _LOWER_NEXT.match(text, where.end()):
            continue  # an aside ("Tamas, the homeless man,") only before a word
        if where is not None and instead not in text[: where.start()]:
            text = text[: where.start()] + instead + text[where.end() :]
    return text


# Participles of "be" and "have" open a clause after a noun, never modify one:
# "the drug being so high", "the group having fled".
_AUXILIARY_ING = frozenset(("being", "having"))
# Words of a faith, capitalised among a description's lower-case words: "the
# militant Islamic group", "the Sunni tribes" (not a name's word).
_FAITHS = frozenset(_words("islamic islamist sunni shia shiite"))


def _phrase(
    content: str, match: re.Match[str], plain: frozenset[str] = frozenset()
) -> tuple[str, str, list[str], int] | None:
    """The description as written (up to its head), its head, its modifiers and
    where it ends; None for a name's classifier ("the mid-tier Apple Watch"), a
    possessive ("the capital's") or a head that needs no more."""
    words: list[str] = []
    end = match.end()
    for token in _TOKEN.finditer(content, match.end()):
        word = token.group()
        # (a bracket closes words an editor put in a quotation: "[the officer]")
        bare = word.rstrip(',.;:!?"\u201d)]')
        owner = _POSSESSIVE.fullmatch(bare)
        if owner is not None and len(words) < 4:
            # "the group's leader": the description owns what follows; only a
            # name or the description's own words may stand for it there.
            words.append(owner.group(1))
            end = token.start() + len(owner.group(1))
            break
        if len(words) > 1 and _verb_before_count(words, bare):
            # "the port features six brass contact dots": the verb, then its object.
            words.pop()
            end = content.rfind(words[-1], match.end(), end) + len(words[-1])
            break
        if (
            len(words) == 4
            or not (re.fullmatch(r"[a-z0-9][\w-]*", bare) or bare.lower() in _FAITHS)
            or (words and (bare in _DANGLING or verb_word(bare) or bare in _AUXILIARY_ING))
            # "the capsule before re-burying it": a verb not known as one may follow
            or (words and _after_its_head(bare))
        ):
            if word[:1].isupper() or re.match(r"\w+['\u2019]s\b", word):
                return None
            break
        words.append(bare)
        end = token.start() + len(bare)
        if bare != word:
            break
    while words and (
        verb_word(words[-1])
        or words[-1] in _DANGLING
        or (len(words) > 1 and _after_its_head(words[-1]))
    ):
        words.pop()
        end = content.rfind(words[-1], match.end(), end) + len(words[-1]) if words else end
    if not words:
        return None
    head = words[-1]
    if (
        head.lower() in _FAITHS
        or (head in _PLAIN_HEADS and head not in plain)
        or len(head) < 3
        or (head.endswith("ly") and head not in _LY_NOUNS)
        or head[0].isdigit()
    ):
        return None
    description = " ".join([match.group("det"), *words])
    if content[match.start() : end] != description:
        return None  # spaced unusually: not worth rewriting
    return description, head, words[:-1], end


def _verb_before_count(words: list[str], following: str) -> bool:
    """Whether the last of a description's `words` is a verb in the present
    whose object a count (`following`) opens: a word in -s after a singular
    noun, "the port features six contact dots", "the sensor reads 20"; a plural
    head after a singular modifier takes no count after it ("the shoe boxes")."""
    last, before = words[-1], words[-2]
    return (
        (following in _NUMBER_WORDS or following[:1].isdigit())
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and not before.endswith("s")
    )


# Words that end a noun phrase after its head: adverbs of place and time, and
# prepositions opening a phrase of their own ("the girls somewhere in this
# area", "the whole issue about the girls"). Not a verb's particle ("whisked
# the students away", "called the troops back"): a clause put in before it
# would part the verb from it.
_AFTER_HEAD = frozenset(
    _words(
        """
        somewhere anywhere everywhere nowhere here there now then today tonight
        yesterday tomorrow again too also already still yet soon later ago once twice
        abroad overseas instead either anyway
        about after before during since until against through under between among
        without within around across behind like despite toward towards upon via
        per beyond
        """
    )
)
# Nouns in -ly, not adverbs ("the opposition rally", "the royal family").
_LY_NOUNS = frozenset(
    _words(
        """
        family assembly supply reply anomaly ally rally belly bully jelly monopoly
        butterfly dragonfly firefly lily melancholy homily folly tally gully
        """
    )
)


def _after_its_head(word: str) -> bool:
    """Whether a word after a description's first word ends the phrase before it:
    an adverb ("the girls physically", "the girls somewhere") or a preposition
    opening a phrase of its own ("the whole issue about")."""
    return word in _AFTER_HEAD or (len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS)


_APOSTROPHES = frozenset("'\u2019")
# A possessive of a lower-case noun: "group's", "militants'".
_POSSESSIVE = re.compile(r"([a-z0-9][\w-]*)['\u2019]s?")


def _forms(head: str) -> tuple[str, tuple[str, ...]]:
    """The head noun in the singular or the plural: the letters both forms
    share and the endings either may take, in the order they are tried."""
    if head.endswith("ies"):
        return head[:-3], ("y", "ies")
    if head.endswith(("ses", "xes", "ches", "shes")):
        return head[:-2], ("es", "")
    if head.endswith("s") and not head.endswith("ss"):
        return head[:-1], ("s", "")
    return head, ("s", "es", "")


_NAME_WORDS = r"((?-i:[A-Z])[\w&.'\u2019-]*(?: (?-i:[A-Z])[\w&.'\u2019-]*){0,2})"
# What a name (`_NAME_WORDS`) does not come right after, besides a letter or digit.
_NAME_NOT_AFTER = "'\u2019&.-"
# Nouns that class a name: "the company" is the one company the article names.
_CLASSIFIERS = frozenset(
    _words(
        """
        company firm group network website agency organisation organization actor
        actress singer rapper star player artist director newspaper magazine paper
        channel broadcaster app service startup start-up retailer giant maker
        manufacturer airline band team club university school hospital charity
        outlet studio publisher carrier
        """
    )
)


def _named(article: str, head: str, modifiers: list[str]) -> str | None:
    """The one name the article gives beside a description that classes names:
    "robotics company Knightscope", "Knightscope, a robotics company", "the
    actor, Christian Bale"."""
    # "the Oscar-winning actor" is the one the article calls an actor, "the
    # enigmatic street artist" the one it calls a street artist.
    modifiers = [m for m in modifiers if m.lower() not in _ROLE_MODIFIERS]
    # "Street artist Banksy" opening a sentence is the "street artist".
    written = [_first_in_either_case(m) for m in modifiers[:1]] + [*map(re.escape, modifiers[1:])]
    described = r"\s+".join([*written, re.escape(head)])
    names = set()
    # Each pattern is compiled for this description alone: it is tried only
    # where the article holds the words it cannot match without.
    # "the intruder, Omar Gonzalez, was ...": a name set off by commas; also
    # after words the description leaves out ("The 40-year-old intruder, Omar
    # Gonzalez, ..." for "the intruder").
    if _capital_after(article, f"{head},"):
        for match in re.finditer(
            rf"\b[Tt]he +(?:[a-z0-9][\w-]* +){{0,2}}?{described}, +{_PERSON_NAME},", article
        ):
            names.add(match.group(1))
    # "the woman, named locally as 24-year-old Li Zhenghua", "a man identified as X".
    if any(head in article[max(0, at - 80) : at] for at in _named_as(article)):
        for match in re.finditer(
            rf"(?<![\w-]){described},? +(?:who +(?:was|has +been) +)?(?:named|identified)"
            rf"(?: +locally| +by +[\w ]{{1,30}}?)? +as +(?:\d+-year-old +)?{_PERSON_NAME}",
            article,
        ):
            names.add(match.group(1))
    # "police identified Ray Doyle as the suspect": the name said to be the one.
    if _named_person_as(article):
        for match in re.finditer(
            rf"\b(?:named|identified) +{_PERSON_NAME} +as +(?:the|an?) +"
            rf"(?:[a-z][\w-]* +){{0,2}}{described}\b",
            article,
        ):
            names.add(match.group(1))
    # "a small asteroid, dubbed 2014 RC,", "the cat, nicknamed Tiger": the name
    # given to it, a number or a capital first.
    if any(head in article[max(0, at - 80) : at] for at in _dubbed(article)):
        for match in re.finditer(
            # With its own article, not what a preposition governs: in "the man in
            # the video, known as John" the name is the man's.
            rf"(?<![\w-])(?<!\b(?:in|of|on|at|by) )(?<!\b(?:from|with|near) )(?:[Aa]n?|[Tt]he) +"
            rf"(?:(?!(?:in|of|on|at|by|from|with|near|the|an?)\b)[\w-]+ +){{0,3}}?{described},? +"
            rf"(?:(?:which|who) +(?:is|was|has +been) +)?"
            rf"(?:dubbed|nicknamed|known +as) +[\"'\u201c\u2018]?{_DUBBED_NAME}",
            article,
        ):
            names.add(match.group(1))
    # "a feature called Power Reserve", "a site called iKwiz": a name given
    # after an indefinite, which no telephoning is ("a man called police"),
    # nor a calling of someone something ("a senator called Obama a liar").
    # The description's own adjectives need not be the first mention's ("the
    # unannounced feature"), but one that sets it apart must not be there.
    if not set(modifiers) & _CONTRASTING and any(
        head in article[max(0, at - 80) : at] for at in _called(article)
    ):
        for match in re.finditer(
            rf"(?<![\w-])[Aa]n? +(?:(?!{_NOT_BEFORE_CALLED}\b)[\w-]+ +){{0,3}}?"
            rf"{re.escape(head)},? +called +[\"'\u201c\u2018]?{_DUBBED_NAME}(?![\w&.\u2019'-])",
            article,
        ):
            following = article[match.end() : match.end() + 12].lstrip(" \"'\u201d\u2019")
            last = match.group(1).split()[-1].lower()
            if _NOT_AFTER_CALLED.match(following) or (
                last in ORGANISATION_HEADS | MEDIA_HEADS
                and head not in ORGANISATION_HEADS | MEDIA_HEADS | _BODY_WORDS
            ):
                continue  # "a woman called Harwick Police": whom she telephoned
            names.add(match.group(1))
    if head in _OFFICES and not modifiers:
        return _office_holder(article, head)
    if head in _OFFICES and not names:
        return _office_holder(article, head, modifiers)
    if head not in _CLASSIFIERS:
        if not names and (_personal(head) or head in _ROLES or _agentive(head)):
            # "weatherman Mike Seidel", "patient Thomas Reid": a person's full name
            # right after the description (one the article also writes alone);
            # for a role or a doer, also "Mike Seidel, a veteran weatherman", "Ann
            # Ruiz, the opposition leader", whose words before the role may be
            # capitalised ("Ann Lee, a British billionaire").
            people = _full_names(article)
            role = _same_role(head, modifiers, described)
            found = _role_then_name(article, _role_forms(head, modifiers), role)
            if head in _ROLES or head.endswith(("man", "woman", "ist")) or _agentive(head):
                found += [
                    match.group(1)
                    for match in re.finditer(
                        rf"{_PERSON_NAME}, +(?:a|an|the) +(?:[A-Za-z][\w-]* +){{0,3}}{role}\b",
                        article,
                    )
                ]
            for name in found:
                name = _owner_of(name)
                if people.get(name.split()[-1]) == name:
                    names.add(name)
        return names.pop() if len(names) == 1 else None
    matches = (
        _not_after(rf"{described}(,?) +{_NAME_WORDS}", article, "-")
        if _written_before_capital(article, head)
        else ()
    )
    for match in matches:
        following = article[match.end() : match.end() + 2]
        # "the actor, Christian Bale," is an apposition; "the group, Smith said" is not.
        if not re.match(r"\s*(?-i:[A-Z])", following) and (
            not match.group(1) or following[:1] in {",", ")"}
        ):
            names.add(match.group(2))
    apposition = rf"{_NAME_WORDS}, +(?:a|an|the) +(?:[a-z][\w-]* +){{0,3}}{described}\b"
    for match in _not_after(apposition, article, _NAME_NOT_AFTER):
        # Not the end of a longer name ("Terrorism Research and Analysis Consortium").
        before = article[max(0, match.start() - 40) : match.start()]
        if re.search(r"(?:(?-i:[A-Z])[\w.'\u2019-]*|and|of|for) $", before):
            continue
        # "According to Movie Pilot, the director is ...": the comma ends the
        # source, and the description opens the clause told, no apposition.
        if not _ACCORDING_TO_END.search(before):
            names.add(match.group(1))
    names = {
        name.rstrip(".")
        for name in names
        if name.split()[0].lower() not in _NOT_NAMES
        and (not name.split()[0].endswith(".") or _DOTTED_INITIALS.fullmatch(name.split()[0]))
        and not set(name.split()) & _MONTHS
    }
    # A body met once beside the description is seldom the one the article
    # goes on calling "the company": that is the one it keeps naming.
    names = {name for name in names if article.count(name) >= 2}
    return names.pop() if len(names) == 1 else None


# Nouns one body is told by in turn: "the organization X" is "the group" after.
_BODY_KIN = frozenset(_words("group organization organisation"))
# "the organization Black Lawyers for Justice", "the group Stop Fracking Now".
_BODY_KIN_NAMED = re.compile(
    r"\b[Tt]he +(?:group|organi[sz]ation) +((?-i:[A-Z])[\w&.'\u2019-]*"
    r"(?:(?: +(?:for|of(?: +the)?))? +(?-i:[A-Z])[\w&.'\u2019-]*){0,4})"
)
# How far before a description the body it stands for is named.
_BODY_KIN_REACH = 300


def _body_just_named(article: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The one body the article has just named as "the organization NAME" or
    "the group NAME" when a bare "the group" (or "the organization") follows:
    "The organization Black Lawyers for Justice plans to sue ... the group's
    mission is ..." gives Black Lawyers for Justice. A body met once is
    `_named`'s no name, so only one named close before is taken."""
    if head not in _BODY_KIN or modifiers:
        return None
    before = article[max(0, at - _BODY_KIN_REACH) : at]
    names = {
        match.group(1)
        for match in _BODY_KIN_NAMED.finditer(before)
        if match.group(1).split()[0].lower() not in _NOT_NAMES  # "the group On Monday"
    }
    return names.pop() if len(names) == 1 else None


# A police body the article names: "Detroit police", "the Ferguson Police
# Department", "Thames Valley Police"; its place or name first, capitalised.
_POLICE_NAMED = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w.'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w.'\u2019-]*){0,2})[ \t]+"
    r"(?P<police>(?-i:[Pp])olice(?:[ \t]+(?-i:Department|Service|Force))?)(?![\w-])"
)


# Nouns for a police body: "the force", "the department".
_POLICE_HEADS = frozenset(_words("force department"))
# A police body written by its place's initials: "NYPD", "LAPD".
_POLICE_ACRONYM = re.compile(r"(?<![\w-])(?P<place>(?-i:[A-Z]{1,3}))(?-i:PD)(?![\w-])")
# A department the article names that is no police body's: a word before
# "department" that is neither "police" nor a determiner ("the department").
_NOT_OTHER_DEPARTMENT = _words("police the a an this that its his her their our whose which")
_OTHER_DEPARTMENT = re.compile(
    rf"(?<![\w-])(?!(?:{'|'.join(_NOT_OTHER_DEPARTMENT)})\b)[\w-]+[ \t]+department\b",
    re.IGNORECASE,
)


def _police_force(article: str, head: str, modifiers: list[str]) -> str | None:
    """The one police body the article names, for a bare "the force" (or "the
    police force"): "Detroit police spokesman Sgt. Michael Woody said the
    force had ..." -> "Detroit police"; and for "the department" (or "the
    police department") where the article names no other department ("The
    NYPD ... The department had ..." -> "the NYPD"). Two bodies, or none,
    leave it: which force is then the reader's to tell."""
    if head not in _POLICE_HEADS or not set(modifiers) <= {"police"}:
        return None
    if head == "department" and _OTHER_DEPARTMENT.search(article):
        return None  # "the State Department", "the fire department": another
    names = _police_named(article)
    return names.pop() if len(names) == 1 else None


def _police_named(article: str) -> set[str]:
    """The police bodies `article` names (`_POLICE_NAMED`, `_POLICE_ACRONYM`),
    each as first written, a name with no determiner: "Detroit police" and
    "Detroit Police Department" are one body, told by its place, and "NYPD"
    is the New York Police Department the article names, its letters their
    initials. A sentence's opening word ("But police ...") names none."""
    names: dict[str, str] = {}
    for match in _POLICE_NAMED.finditer(article):
        words = match.group("name").split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)  # "The Detroit police", "But police"
        if words:
            names.setdefault(" ".join(words), f"{' '.join(words)} {match.group('police')}")
    initials = {"".join(word[0] for word in place.split()) for place in names}
    for match in _POLICE_ACRONYM.finditer(article):
        if match.group("place") not in initials:
            names.setdefault(match.group("place"), match.group())
    return set(names.values())


# A bare word for a body, as its spokesperson's words are told: "the group",
# "the force".
_SPOKEN_BODY = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<head>group|organi[sz]ation|agency|charity|force|department)"
    r"(?![\w'\u2019-]|[ \t]+of\b)"
)
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


def _bare_name(name: str) -> str:
    """A body's name as compared: in lower case, no "the" before it."""
    return name.lower().removeprefix("the ")


def spokesperson_body(content: str, statement: Statement, article: str) -> tuple[str, str] | None:
    """A bare "the group" (or "the organization", "the agency", "the charity")
    in what a body's spokesperson told is the body they speak for, and "the
    force" or "the department" told by a police body's: "WHO spokesman Christy
    Feig said the group are trying to reach out ..." -> "World Health
    Organization", with a "the" when the article writes one before it or it
    ends on a word for a body ("Organization", "Police"). Only for a
    statement filed for a body (no state, person or outlet) whose speaker is
    its spokesperson."""
    if (
        statement.kind != ORGANISATION
        or statement.party is None
        or not _SPOKESPERSON.search(statement.speaker or "")
    ):
        return None
    own = _SPOKEN_BODY.search(content)
    if own is None or (own.group("head") in _POLICE_HEADS) != ("police" in statement.party.lower()):
        return None  # a police body is "the force", another body "the group"
    body = statement.party
    if body.split()[-1].lower() in ORGANISATION_HEADS or re.search(
        rf"(?<![\w-])[Tt]he[ \t]+{re.escape(body)}(?![\w-])", article
    ):
        body = f"the {body}"  # "the World Health Organization"
    return own.group(), body


_OWNER_END = re.compile(r"['\u2019]s?(?= |$)")


def _owner_of(name: str) -> str:
    """A name up to a possessive ending it: "billionaire Pierre Omidyar's First
    Look Media" names Pierre Omidyar, the words after his name his company's."""
    owner = _OWNER_END.search(name)
    return name if owner is None else name[: owner.start()]


def _first_in_either_case(word: str) -> str:
    """A pattern of `word` as written but for its first letter, in either case:
    a description's first word opening a sentence ("Street artist X")."""
    return rf"(?i:{re.escape(word[:1])}){re.escape(word[1:])}"


# "according to" right before a name: what follows the name's comma is told.
_ACCORDING_TO_END = re.compile(r"\b[Aa]ccording +to +\Z")


# Roles one person may be called by each of: a report calls a "billionaire
# Richard Branson" "the tycoon" after.
_SAME_ROLES = (frozenset(_words("tycoon billionaire mogul magnate")),)


def _same_role(head: str, modifiers: list[str], described: str) -> str:
    """The pattern of a role description (`described`) with every other word for
    the same role (`_SAME_ROLES`) when it has no modifiers of its own: "the
    tycoon" is the person the article introduced as "billionaire X"."""
    same = next((roles for roles in _SAME_ROLES if head in roles), None)
    if same is None or modifiers:
        return described
    return "(?:" + "|".join(sorted(same)) + ")"


# Characters that case-insensitive matching takes for an ASCII letter which
# `str.lower` does not make one: an article holding any is searched by pattern.
_FOLDED_UNLIKE_LOWER = frozenset("\u0130\u0131\u017f")


def _role_forms(head: str, modifiers: list[str]) -> list[tuple[str, ...]]:
    """The words of each way `_same_role` writes a role description, in the
    order its pattern tries them: "the tycoon" -> ("billionaire",), ...;
    "the veteran weatherman" -> ("veteran", "weatherman")."""
    same = next((roles for roles in _SAME_ROLES if head in roles), None)
    if same is None or modifiers:
        return [(*modifiers, head)]
    return [(role,) for role in sorted(same)]


def _role_then_name(article: str, forms: list[tuple[str, ...]], role: str) -> list[str]:
    """The full names written right after a role, in any case ("weatherman Mike
    Seidel", "Weatherman Mike Seidel"), with no letter, digit, "_" or "-" just
    before the role: what `_not_after` gives for `role` (the pattern of `forms`)
    followed by `_PERSON_NAME`, found as strings, not by a pattern compiled for
    each role. An article whose lower case is not letter for letter its own, or
    a role not in ASCII, is searched by that pattern."""
    lowered = article.lower()
    if (
        len(lowered) != len(article)
        or not all(word.isascii() for form in forms for word in form)
        or not _FOLDED_UNLIKE_LOWER.isdisjoint(article)
    ):
        pattern = rf"(?i:{role}) +{_PERSON_NAME}\b"
        return [match.group(1) for match in _not_after(pattern, article, "-")]
    starts = sorted({at for form in forms for at in positions(lowered, form[0].lower())})
    names = []
    end = 0
    for start in starts:
        before = article[start - 1] if start else ""
        if start < end or before.isalnum() or before in {"_", "-"}:
            continue
        for form in forms:
            name = _name_after_words(article, lowered, start, form)
            if name is not None:
                names.append(name.group(1))
                end = name.end()
                break
    return names


def _name_after_words(
    article: str, lowered: str, at: int, words: tuple[str, ...]
) -> re.Match[str] | None:
    """The match of `_PERSON_NAME` after `words` written from offset `at` (in
    any case, whitespace between them) and one space or more: None when the
    article does not write them so there."""
    for index, word in enumerate(words):
        if index:
            spaced = at
            while spaced < len(article) and article[spaced].isspace():
                spaced += 1
            if spaced == at:
                return None
            at = spaced
        if not lowered.startswith(word.lower(), at):
            return None
        at += len(word)
    spaced = at
    while article.startswith(" ", spaced):
        spaced += 1
    return _PERSON_NAME_AT.match(article, spaced) if spaced > at else None


# A forename written as its initials ("J.J. Abrams"): no title ("Sen.") before a name.
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


# Nouns for a business, and the titles that say a name is one: "Apple CEO Tim
# Cook", "Amazon boss Jeff Bezos", "the founder of Lumo".
_BUSINESSES = frozenset(
    _words("company firm giant retailer maker manufacturer startup start-up carrier airline")
)
_LEADS_A_BUSINESS = r"(?:CEO|chief executive|co-founder|founder|chairman|chairwoman|boss)"
_BUSINESS_NAME = r"((?-i:[A-Z])[\w&.'\u2019-]*(?: (?-i:[A-Z])[\w&.'\u2019-]*){0,2})"
_BUSINESS_BEFORE = re.compile(
    rf"(?<![\w'\u2019.&-]){_BUSINESS_NAME}(?:['\u2019]s)? +{_LEADS_A_BUSINESS}\b"
)
_BUSINESS_AFTER = re.compile(rf"\b{_LEADS_A_BUSINESS} +of +{_BUSINESS_NAME}")


def _company_led(article: str, head: str, modifiers: list[str]) -> str | None:
    """The one business the article names by a title that leads one ("Apple
    CEO Tim Cook", "the founder of Lumo"), for a description of a business:
    "the company" -> "Apple". None when it names two such or none, or the
    description's modifiers set it apart ("the other company")."""
    if head not in _BUSINESSES or set(modifiers) & _CONTRASTING:
        return None
    names = set()
    for found in (*_BUSINESS_BEFORE.finditer(article), *_BUSINESS_AFTER.finditer(article)):
        words = found.group(1).split()
        while words and words[0].lower() in _NOT_IN_NAME:
            words = words[1:]
        if words and not set(words) & _MONTHS:
            names.add(" ".join(words).rstrip("."))
    names = {name for name in names if article.count(name) >= 2}
    return names.pop() if len(names) == 1 else None


# A word of a business's trade before "chain": "the fast food chain", "the
# restaurant chain" (not "the supply chain" nor "the food chain" alone).
_CHAIN_TRADES = frozenset(
    _words(
        """
        restaurant restaurants retail store stores fast coffee hotel hotels grocery
        supermarket pizza burger pharmacy clothing fashion
        """
    )
)
# Nouns for a business that publishes or broadcasts: "the magazine", "the
# network" (alone: "the social network" is none).
_PUBLISHERS = frozenset(_words("magazine newspaper network broadcaster"))
# Where an article writes a word as a person's name: after a title, before
# "who" or an age ("Kai, 24,", "Kai (24)").
_PERSON_SIGNS = (
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+{0}\b|\b{0}['\u2019]?s?,[ \t]+(?:who\b|\d)|\b{0}[ \t]+\(\d)"
)
# A run of capitalised words: a name as the article writes it.
_CAPITAL_RUN = re.compile(
    r"(?<![\w'\u2019.&-])(?P<run>(?-i:[A-Z])[\w&'\u2019.-]*"
    r"(?:[ \t]+(?-i:[A-Z])[\w&'\u2019.-]*){0,3})"
)
# What a run inside a sentence comes after: a word in small letters or a
# number, then a blank, or a comma or semicolon and a blank.
_INSIDE_BEFORE = re.compile(r"(?:(?<![\w'\u2019-])[a-z0-9][\w'\u2019-]*|[,;])[ \t]+$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _business_word(head: str, modifiers: list[str]) -> bool:
    """Whether a description names a business by its trade: "the company", "the
    online retail giant", "the fast food chain" (a "giant" only with a word
    saying of what; a "chain" only with a trade); none whose modifiers set it
    apart ("the other company") or name it ("the Seattle company")."""
    if set(modifiers) & _CONTRASTING or any(m[:1].isupper() for m in modifiers):
        return False
    if head == "chain":
        return bool(set(modifiers) & _CHAIN_TRADES)
    if head == "giant":
        return bool(modifiers)
    if head in _PUBLISHERS:
        return not modifiers  # "the terror network", "the school paper": another kind
    return head in _BUSINESSES


def _written_bare(article: str, name: str) -> bool:
    """Whether the article writes `name` somewhere with no possessive after it:
    "Amazon" beside "Amazon's", but not "McDonald" for "McDonald's": after no
    letter, digit, "_" or hyphen, before none of these nor an apostrophe.
    Found as a string is, its edges tested after: no pattern is compiled for
    each name (some 340 in a run over a thousand articles)."""
    size = len(name)
    at = article.find(name)
    while at != -1:
        before = article[at - 1] if at else ""
        after = article[at + size : at + size + 1]
        if not (_is_word_character(before) or before == "-") and not (
            _is_word_character(after) or (after and after in "'\u2019-")
        ):
            return True
        at = article.find(name, at + 1)
    return False


def _business_told_of(
    article: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """The business an article tells of, for a description of a business by its
    trade (`_business_word`) that no name beside it says: "the online retail
    giant" -> "Amazon" in a story that keeps naming Amazon (`_most_named`).
    None when the article first names it after the statement (offset `at`),
    or the statement's own `content` names it (the description is then
    another business)."""
    if not _business_word(head, modifiers):
        return None
    named = _most_named(article)
    if named is None or named[1] >= at or named[0].split()[0] in content:
        return None
    if _another_classed(article, head, named[0].split()[0]):
        return None
    return named[0]


def _another_classed(article: str, head: str, word: str) -> bool:
    """Whether the article gives the noun `head` beside a name other than the
    one of first word `word`: "investment firm Oakrow", "Oakrow, a small
    firm" (then "the firm" may be that one). A person's name after the noun
    is no other ("the company Jeff Bezos founded")."""
    persons = _persons_by_word(article)
    for found in re.finditer(
        rf"(?<![\w-]){re.escape(head)}[ \t]+(?P<after>(?-i:[A-Z])[\w'\u2019&.-]*)"
        rf"|(?P<before>(?-i:[A-Z])[\w'\u2019&.-]*),[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}"
        rf"{re.escape(head)}(?![\w-])",
        article,
        re.IGNORECASE,
    ):
        if found.group("before") and not _INSIDE_BEFORE.search(
            article, max(0, found.start() - 30), found.start()
        ):
            continue  # "Nevertheless, a network ...": a sentence's first word, no name
        other = _POSSESSIVE_END.sub("", found.group("after") or found.group("before"))
        if other != word and other.lower() not in _NOT_IN_NAME and other not in persons:
            return True
    return False


# A business by its home and its trade: "the Cupertino-based giant", "the
# Seattle company" (not "the Libyan company Ifriqiya": a name after says which).
_HOME_BASED = re.compile(
    r"(?P<det>[Tt](?<![\w-].)he) +(?P<home>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:-based)?"
    r" +(?P<mods>(?:[a-z][\w-]* +){0,2})"
    rf"(?P<head>{'|'.join(sorted(_BUSINESSES))})(?![\w-]| +[A-Z])"
)
_BUSINESS_HEADS = tuple(sorted(_BUSINESSES))


def _business_placed(article: str, found: re.Match[str], at: int, content: str) -> str | None:
    """The business an article tells of, for a description of a business by
    its home and its trade (`_HOME_BASED`): "the Cupertino-based giant", "the
    Cupertino company" -> "Apple" in a story that names Apple more than any
    other name (`_most_named`: the home says the name is a business's, not
    which). None when the home is a state's or a people's word ("the Libyan
    company" may be any), the article gives the home most, or the tests of
    `_business_told_of` leave it (another business classed so, the
    statement naming it)."""
    home, head = found.group("home"), found.group("head")
    if set(found.group("mods").split()) & _CONTRASTING:
        return None  # "the Seattle-based rival firm": another
    if home in _state_names() or home in _state_demonyms().values():
        return None  # "the Libyan company", "the American firm": a people's word
    named = _most_named(article, dominant=False)
    if named is None or named[1] >= at:
        return None
    first = named[0].split()[0]
    if first == home or first in content or _another_classed(article, head, first):
        return None
    return named[0]


# Nouns for a made thing the news names by its product name: "the device".
_PRODUCT_HEADS = frozenset(_words("device gadget handset product"))
# A product's name: a brand then a model word ("Apple Watch", "Galaxy S6"), or
# a word with a capital inside ("iPhone 6", "MacBook Air").
_CAMEL_WORD = r"(?-i:[a-z][A-Z]|[A-Z][a-z]+[A-Z])[\w-]*"
_MODEL_WORDS = r"(?:[ \t]+(?:(?-i:[A-Z])[\w-]*|\d+[\w-]*))"
_PRODUCT_NAME = (
    rf"(?P<name>(?-i:[A-Z])[a-z]+{_MODEL_WORDS}+|{_CAMEL_WORD}{_MODEL_WORDS}*)(?![\w'\u2019-])"
)
# Any name with a capital inside a word: a product's, or a brand's.
_CAMEL_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_CAMEL_WORD}{_MODEL_WORDS}*)(?![\w'\u2019-])"
)
_LAUNCHING = (
    r"(?:launch|launches|launched|launching|release|releases|released|releasing|unveil"
    r"|unveils|unveiled|unveiling|introduce|introduces|introduced|introducing|debut"
    r"|debuts|debuted|debuting)"
)
# The thing launched, after its verb: "unveiled the Apple Watch", "the unveiling
# of its new Galaxy S6" (a few small words between).
_PRODUCT_LAUNCHED = re.compile(
    rf"(?<![\w-]){_LAUNCHING}(?:[ \t]+of)?[ \t]+(?:(?:the|its|their|an?|new|next|first"
    rf"|latest|(?-i:[A-Z])\w*['\u2019]s?)[ \t]+){{0,3}}{_PRODUCT_NAME}",
    re.IGNORECASE,
)


def _branded(article: str) -> re.Pattern[str] | None:
    """A pattern for a product named by its brand, the business the article
    names most (`_most_named`), then a model word: "Apple Watch", "Apple TV"."""
    named = _most_named(article)
    return None if named is None else _brand_models(named[0].split()[0])


@functools.lru_cache(maxsize=64)
def _brand_models(brand: str) -> re.Pattern[str]:
    """Products named by `brand` then a model word (`_branded`), built once a brand."""
    return re.compile(
        rf"(?<![\w'\u2019-])(?P<name>{re.escape(brand)}{_MODEL_WORDS}+)(?![\w'\u2019-])"
    )


def _product_launched(
    article: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """The one product the article names, by the brand it tells of most and a
    model word (`_branded`) or as launched, released, unveiled or introduced
    (`_PRODUCT_LAUNCHED`), for a bare "the device", "the gadget", "the
    handset" or "the product": "Apple unveiled the Apple Watch ... the device
    will need charging" -> "the Apple Watch". A name that ends another
    ("Watch", "Apple Watch") is that one. None when the article launches two
    products or none, or the last product it names before the statement (at
    `at`; one launched, or a name with a capital inside a word, "iPad Pro":
    `_CAMEL_NAME`) is another, or the statement names the product itself
    (then "the device" is another thing of it)."""
    if head not in _PRODUCT_HEADS or modifiers:
        return None
    branded = _branded(article)
    named = {found.group("name") for found in _PRODUCT_LAUNCHED.finditer(article)}
    if branded is not None:
        named |= {found.group("name") for found in branded.finditer(article)}
    longest = {
        name
        for name in named
        if not any(other != name and other.endswith(f" {name}") for other in named)
    }
    if len(longest) != 1:
        return None
    name = longest.pop()
    before = [
        *_PRODUCT_LAUNCHED.finditer(article, 0, at),
        *_CAMEL_NAME.finditer(article, 0, at),
        *(branded.finditer(article, 0, at) if branded is not None else ()),
    ]
    if not before:
        return None
    last = max(before, key=lambda found: found.end()).group("name")
    if not (name == last or name.endswith(f" {last}")) or name.split()[-1] in content:
        return None  # "a so-called iPad Pro ... the device": the product told of last
    return f"the {name}"


@functools.lru_cache(maxsize=16)
def _most_named(article: str, dominant: bool = True) -> tuple[str, int] | None:
    """The name the article writes most, and where it first writes it: counted
    by its first word ("Apple Pay", "Apple Watch" and "Apple" are all Apple's),
    of the words it also writes inside a sentence (not only opening one or a
    headline), at least `_MOST_TOLD` times and twice as often as any other
    (only more often, not `dominant`, when a description tells it is one of
    its kind already); none that is a person's, a state's, a place's or a
    known body's. It is written as the shortest run the article gives it in
    at least twice ("Apple", not "Apple Watch"; "McDonald's" when never
    "McDonald")."""
    from claimtrack.grouping import default_resolver

    persons = _persons_by_word(article)
    found = [
        (match, _POSSESSIVE_END.sub("", match.group("run").rstrip(".,")))
        for match in _CAPITAL_RUN.finditer(article)
    ]
    inside = {
        bare.split()[0]
        for match, bare in found
        if bare and _INSIDE_BEFORE.search(article, max(0, match.start() - 30), match.start())
    }
    counts: Counter[str] = Counter()
    runs: dict[str, Counter[str]] = {}
    first_at: dict[str, int] = {}
    for match, bare in found:
        word = bare.split()[0] if bare else ""
        if (
            word not in inside
            or len(word) < 2
            or word.lower() in _NOT_IN_NAME
            or word in _MONTHS
            or word.endswith(".")
            or any(w in persons for w in bare.split())
        ):
            continue
        counts[word] += 1
        run = bare if _written_bare(article, bare) else match.group("run").rstrip(".,")
        runs.setdefault(word, Counter())[run] += 1
        first_at.setdefault(word, match.start())
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MOST_TOLD:
        return None
    if len(ranked) == 2 and ranked[0][1] < (2 if dominant else 1) * ranked[1][1] + (not dominant):
        return None
    word = ranked[0][0]
    written = [run for run, n in runs[word].items() if n >= 2]
    if not written:
        return None
    name = min(written, key=lambda run: (len(run.split()), -runs[word][run]))
    if re.search(_PERSON_SIGNS.format(re.escape(word)), article):
        return None  # a person's name the article gives alone
    resolver = default_resolver()
    if resolver.resolve(name) is not None or resolver.is_place(name):
        return None
    return name, first_at[word]


# An age before a person's role: "the 48-year-old director".
_AGE = re.compile(r"\d{1,3}-year-old")


def _aged(article: str, head: str, modifiers: list[str]) -> str | None:
    """The one name the article gives beside a description whose only modifier
    is an age, looked for as the description without it (`_named`): "the
    48-year-old director" -> "J.J. Abrams" when the article calls him "J.J.
    Abrams, the director of ..." and names no other director. An age tells of
    the one the article already calls so; it is no second one."""
    if not modifiers or not all(_AGE.fullmatch(m) for m in modifiers):
        return None
    return _named(article, head, [])


# An age standing for the person of that age ("the 36-year-old bought ..."):
# what follows is a verb, a clause or a stop, not a noun it modifies ("the
# 36-year-old actor" is `_aged`'s).
_NOMINAL_AGE = re.compile(
    r"[Tt](?<![\w-].)he +(?P<age>\d{1,3})-year-old(?![\w-])"
    r"(?=\s*(?:$|[,.;:!?)\u2014\u2013]|\s(?:who|whose|from|of|in|and)\b|\s(?P<next>[a-z]\w*)))"
)


def _person_of_age(article: str, age: str, at: int, opening: bool = False) -> str | None:
    """The one person the article gives the age `age` before offset `at`: "Yasir
    Abdulla, 36,", "36-year-old Yasir Abdulla", "Yasir Abdulla (36)", "Yasir
    Abdulla, a 36-year-old ..."; when it gives no one that age, for an age
    `opening` the content as its subject, the one person it names before (one
    after a name, "a different Jess Smith, the 27-year-old", is that one's);
    None when it gives two people that age, or names two."""
    before = article[:at]
    people = _full_names(article)
    if age not in before:
        return _only_person_before(people, before) if opening else None
    # A full name, or a surname the article writes in full elsewhere ("Phelps, 29,").
    name_words = r"((?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])[\w'\u2019-]+){0,2})"
    names = set()
    for pattern in (
        rf"(?<![\w-]){name_words},? +(?:aged +)?{age}(?![\w-])(?! *(?:%|percent|per|years? +ago))",
        rf"(?<![\w-]){name_words} +\({age}\)",
        rf"(?<![\w-]){name_words}, +(?:a|an|the) +{age}-year-old\b",
        rf"(?<![\w-]){age}-year-old +(?:[a-z][\w-]* +){{0,3}}?{name_words}",
    ):
        for match in re.finditer(pattern, before):
            name = match.group(1)
            if name.split()[0].lower() in _NOT_NAMES or set(name.split()) & _MONTHS:
                continue
            # The name the article writes in full, as the person it goes on naming.
            full = people.get(name.split()[-1])
            if full is None and " " not in name:
                continue  # one word the article never writes in full: no name known
            names.add(full or name)
    if not names and opening:
        return _only_person_before(people, before)
    return names.pop() if len(names) == 1 else None


def _only_person_before(people: dict[str, str], before: str) -> str | None:
    """The one person of `people` (`_full_names`) written in full in `before`:
    whom an age no name was given stands for ("Gill Rosenberg ... the
    31-year-old"); None when there are two or none."""
    named = {full for full in set(people.values()) if full in before}
    return named.pop() if len(named) == 1 else None


# An adjective of a state people are in, standing for those people ("the
# missing", "the wounded"): only what follows says it is no noun's modifier.
_STATES_OF_PEOPLE = "missing|dead|wounded|injured|kidnapped|abducted"
_PEOPLE_STATES = tuple(_STATES_OF_PEOPLE.split("|"))
_STATE_PEOPLE = re.compile(
    rf"[Tt](?<![\w-].)he +(?P<state>{_STATES_OF_PEOPLE})(?![\w-])"
    r"(?=\s*(?:$|[,.;:!?)\u2014\u2013]|\s(?:being|were|was|are|had|have|has|would|will"
    r"|could|may|might|in|from|at|to|and|or|who|whose|by|as|of)\b))"
)
# The words between things and their state when a clause says they are in it:
# "students who went missing", "journalists are missing".
_BECAME = (
    r"(?: +(?:who|that))?"
    r"(?: +(?:went|remain|remained|are|were|have +been|had +been|was|is|been))?"
)
# A plural noun for people, and the noun heads of a phrase it may end: "students",
# "fighters", "young people".
_PEOPLE_NOUN = r"(?P<noun>[a-z][a-z-]*(?:s|people|men|women|children))"


def _placed_in_state(
    article: str, det: str, head: str, modifiers: list[str], at: int
) -> str | None:
    """Things described by their state ("the missing journalists") as the
    article said before the statement (offset `at`) where they are in it:
    "about 20 journalists are missing in Syria" -> "the journalists missing
    in Syria". Only a place named ("in Syria", "from the Chibok school" is
    none), and only one: None else."""
    if len(modifiers) != 1 or modifiers[0] not in _PEOPLE_STATES:
        return None
    state = modifiers[0]
    before = article[:at]
    if state not in before:
        return None
    places = {
        found.group("place")
        for found in re.finditer(
            rf"(?<![\w-]){re.escape(head)}{_BECAME} +{state} +(?P<place>(?:in|from|near) +"
            r"(?-i:[A-Z])[\w'\u2019-]*(?: +(?-i:[A-Z])[\w'\u2019-]*){0,2})(?![\w-])",
            before,
        )
    }
    if len(places) != 1:
        return None
    return f"{det.lower()} {head} {state} {places.pop()}"


def _people_in_state(article: str, state: str, at: int) -> str | None:
    """The people an adjective of their state stands for ("the missing"), as
    the article said before the statement (offset `at`) who are in that state:
    "students who went missing", "36 fighters in all were wounded", "the
    missing students" -> "the missing students". None when it said so of no
    plural noun or of two ("missing students" and "missing people": which)."""
    before = article[:at]
    if state not in before:
        return None
    patterns = (
        # "missing students", "the wounded fighters"
        rf"(?<![\w-]){state} +{_PEOPLE_NOUN}(?![\w-])",
        # "students who went missing", "fighters in all were wounded", "people missing"
        rf"(?<![\w-]){_PEOPLE_NOUN}(?: +in +all)?{_BECAME} +{state}"
        r"(?![\w-])(?! +(?:from|of)\b)",
    )
    nouns = set()
    for pattern in patterns:
        for found in re.finditer(pattern, before):
            noun = found.group("noun")
            if noun in _DANGLING or noun in _NOT_MODIFIERS or verb_word(noun):
                continue
            nouns.add(noun)
    if len(nouns) != 1:
        return None
    return f"the {state} {nouns.pop()}"


# People described as the victims of a kidnapping: "the kidnapping victims",
# "the hostages", "the captives".
_VICTIM_HEADS = frozenset(("hostages", "captives", "abductees"))
_KIDNAP_VICTIMS = frozenset(("kidnapping", "kidnap", "abduction"))
# People the article tells were kidnapped by someone: "more than 200 young
# women kidnapped by the group", "workers who were abducted by Al-Shabaab".
_KIDNAPPED_BY = re.compile(
    rf"(?<![\w-]){_PEOPLE_NOUN}(?: +(?:who|that))?(?: +(?:were|had +been|have +been|are))?"
    r" +(?P<state>kidnapped|abducted) +by +"
    r"(?P<agent>(?:the +[a-z][\w-]*|(?-i:[A-Z])[\w-]*(?: +(?-i:[A-Z])[\w-]*){0,2}))"
)


def _victims_named(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The one group of people the article told before the statement (offset
    `at`) were kidnapped or abducted by a named someone, for a description of
    kidnapping victims ("the kidnapping victims", "the hostages"): "young
    women kidnapped by the group" -> "the women who were kidnapped by Boko
    Haram", the
    kidnapper's description made standalone as the article names it. None for
    any other description, and when the article tells of no such group, of
    two, or of a kidnapper it does not name."""
    if det.lower() != "the" or not (
        (head == "victims" and modifiers and set(modifiers) <= _KIDNAP_VICTIMS)
        or (head in _VICTIM_HEADS and not modifiers)
    ):
        return None
    groups = set()
    for told in _KIDNAPPED_BY.finditer(article, 0, at):
        agent = told.group("agent")
        if agent.startswith("the "):
            agent = standalone(agent, descriptions_in(agent, article, told.start("agent")))
        if not any(word[:1].isupper() for word in agent.split()):
            continue
        # A relative clause: "the women kidnapped by X are" reads as an act of theirs.
        groups.add(f"the {told.group('noun')} who were {told.group('state')} by {agent}")
    return groups.pop() if len(groups) == 1 else None


# A person by the office a title before their name holds: "the congressman" is
# the one the article writes "Rep. Duncan Hunter", "the senator" "Sen. Ann Cole".
# The titles each office's holder is written with, abbreviated or not.
_OFFICE_TITLES = {
    "congressman": ("Rep.", "Representative", "Congressman"),
    "congresswoman": ("Rep.", "Representative", "Congresswoman"),
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "mayor": ("Mayor",),
    "prime minister": ("Prime Minister", "PM"),
}
_OFFICE_TITLES["lawmaker"] = (*_OFFICE_TITLES["congressman"][:2], "Congresswoman", "Congressman")
_OFFICE_TITLES["lawmaker"] += _OFFICE_TITLES["senator"]
# The US states as a party's abbreviation after a legislator's name writes them
# ("R-Calif.", "D-N.Y.", "R-TX"): the AP's abbreviation, or the postal code.
_STATE_ABBREVIATIONS = dict(
    zip(
        gazetteer.US_STATE_NAMES,
        zip(
            _words(
                """
                Ala. Alaska Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Hawaii Idaho Ill.
                Ind. Iowa Kan. Ky. La. Maine Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb.
                Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio Okla. Ore. Pa. R.I. S.C. S.D.
                Tenn. Texas Utah Vt. Va. W.Va. Wis. Wyo.
                """
            ),
            _words(
                """
                AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO
                MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WV WI WY
                """
            ),
            strict=True,
        ),
        strict=True,
    )
)
_STATE_OF_ABBREVIATION = {
    short.rstrip("."): state for state, shorts in _STATE_ABBREVIATIONS.items() for short in shorts
}
# Modifiers that say no more than the office, besides a role's (`_ROLE_MODIFIERS`):
# "the longtime senator" is the senator.
_OFFICE_MODIFIERS = frozenset(_words("longtime outspoken"))
_PARTY_ADJECTIVES = {"republican": "R", "democratic": "D", "democrat": "D", "independent": "I"}
_STATES_LONGEST = sorted(gazetteer.US_STATE_NAMES, key=len, reverse=True)
_STATE_NAME = "|".join(_STATES_LONGEST)
_OFFICE_DESCRIPTION = re.compile(
    rf"(?P<det>[Tt](?<![\w-].)he) +(?P<mods>(?:(?:{_STATE_NAME}|Republican|Democratic|Democrat"
    r"|Independent|veteran|former|longtime|embattled|outspoken) +){0,2})"
    # "the Prime Minister", "the Governor": the office capitalised as a title.
    rf"(?P<head>{'|'.join(f'(?i:{o[0]}){o[1:]}' for o in _OFFICE_TITLES).replace(' m', ' [Mm]')})"
    # Not "the mayor of Iguala", "the senator from Ohio": that says which.
    r"(?![\w'\u2019-])(?!\s+(?:of|from)\s)"
)
# What every head `_OFFICE_DESCRIPTION` matches holds (its first letter, and a
# "minister"'s, are either case).
_OFFICE_HEADS = tuple(office[1:].split(" ")[0] for office in _OFFICE_TITLES)
# A name after a title: a forename, perhaps an initial, a surname.
_TITLED_PERSON = (
    r"(?P<name>(?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])\.)?(?: (?-i:[A-Z])[\w'\u2019-]+){1,2})"
)
# What may follow a legislator's name: the party and state, in brackets or commas.
_PARTY_STATE = re.compile(r"(?:,| \() *(?P<party>[RDI])-(?P<state>[A-Z][\w.]*?)\.?[,)]")


def _state_ending(text: str) -> str | None:
    """The US state whose name `text` ends on ("New York", not "York")."""
    return next((state for state in _STATES_LONGEST if re.search(rf"\b{state}$", text)), None)


def _agentive(head: str) -> bool:
    """Whether a head may name a person by what they do, by its ending: "swimmer",
    "comedian". Only a full name right after it ("Olympic swimmer
    Michael Phelps") or set beside it ("Michael Phelps, the swimmer") then
    says who."""
    return len(head) > 5 and head.endswith(("er", "ian"))


# Words between a person's name and the verb an agent noun is made of: "Bary
# was performing", "Ray Kell, who sang".
_AGENT_VERB_BETWEEN = r"(?:,?[ \t]+(?:who|was|is|has|had|had[ \t]+been|has[ \t]+been|also))*"


def _agent_verbs(head: str) -> str:
    """A regex alternation of the inflected forms of the verb an agent noun is
    made of, by its ending: "performer" -> "performs", "performed",
    "performing"; "writer" -> "writes", "wrote" aside, "writing"; "winner" ->
    "wins", "winning". Only an inflected form: a bare stem may be another
    word ("letter": "let")."""
    stems = {head[:-2], head[:-1]}
    if head[-3:-2] == head[-4:-3]:
        stems.add(head[:-3])  # "winner": "win"
    forms = set()
    for stem in stems:
        forms |= {stem + "s", stem + "es", stem + "ed", stem + "d"}
        forms.add(stem[:-1] + "ing" if stem.endswith("e") else stem + "ing")
        forms.add(stem + stem[-1] + "ing")  # "winning"
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


@functools.cache
def _agent_subject(head: str) -> re.Pattern[str]:
    """A name and the verb the agent noun `head` is made of, after it (`_agent_named`)."""
    return re.compile(
        rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}){_AGENT_VERB_BETWEEN}"
        rf"[ \t]+(?:{_agent_verbs(head)})\b"
    )


def _agent_named(article: str, head: str, at: int) -> str | None:
    """The one person an agent noun stands for ("the performer", "the singer")
    when the article wrote its verb before offset `at` only with that person's
    name as its subject ("Bary was performing hip-hop" ... "the performer was
    radicalized" -> "Abdel Majed Abdel Bary"). The name is a full name the
    article also writes by its last word alone (`_full_names`), as its longest
    run of capitalised words ending in it says it. None when another name, or
    none, is the verb's subject: a wrong name is worse than the description."""
    fulls = _full_names(article[:at])
    named = set()
    for match in _agent_subject(head).finditer(article, 0, at):
        last = match.group("name").split()[-1]
        named.add(fulls.get(last))
    if len(named) != 1 or None in named:
        return None
    full = named.pop()
    assert full is not None
    runs = [
        run.group("run")
        for run in _NAME_RUN.finditer(article, 0, at)
        if run.group("run").endswith(full)
    ]
    return max(runs, key=len, default=full)


def _office_holder_titled(article: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The one person the article, before offset `at`, writes with a title of the
    office `head` names: "Rep. Duncan Hunter (R-Calif.)" for "the congressman" and
    "the California congressman". A state or party among `modifiers` must not be
    another than the article gives that person ("Republican Rep. X", "(R-Calif.)",
    "Texas Gov. X"); any other modifier, or two people so titled, and None."""
    titles = "|".join(re.escape(title) for title in _OFFICE_TITLES[head])
    people: dict[str, tuple[str, set[str]]] = {}
    for match in re.finditer(rf"(?<![\w.-])(?:{titles}) +{_TITLED_PERSON}\b", article[:at]):
        name = match.group("name")
        if name.split()[-1].lower() in _NOT_NAMES:
            continue
        # "Republican Rep. X", "New York Gov. X", "Texas Republican Rep. X": the
        # party and state right before; "(R-Calif.)", ", D-N.Y.,": right after.
        before = article[max(0, match.start() - 40) : match.start()].split()
        said: set[str] = set()
        if before and before[-1].lower() in _PARTY_ADJECTIVES:
            said.add(_PARTY_ADJECTIVES[before.pop().lower()])
        said.add(_state_ending(" ".join(before)) or "")
        after = _PARTY_STATE.match(article, match.end())
        if after is not None:
            said.add(after.group("party"))
            said.add(_STATE_OF_ABBREVIATION.get(after.group("state").rstrip("."), ""))
        last = name.split()[-1]
        known = people.get(last)
        people[last] = (known[0] if known else name, (known[1] if known else set()) | said)
    if len(people) != 1:
        return None
    name, said = next(iter(people.values()))
    wanted = " ".join(modifiers)
    for state in _STATES_LONGEST:  # "West Virginia" before "Virginia"
        if re.search(rf"\b{state}\b", wanted):
            if any(other in said for other in gazetteer.US_STATE_NAMES if other != state):
                return None  # "the Texas senator" is not the senator from Ohio
            wanted = re.sub(rf"\b{state}\b", "", wanted)
    for word in wanted.split():
        party = _PARTY_ADJECTIVES.get(word.lower())
        if party is not None:
            if said & {"R", "D", "I"} - {party}:
                return None  # "the Democratic senator" is not the Republican one
        elif word not in _ROLE_MODIFIERS and word not in _OFFICE_MODIFIERS:
            return None
    return name


# Armed groups the built-in tables know: "the militants" of an article that names
# one of them, and no other, are its militants.
_ARMED = ("Islamic State", "Boko Haram", "al-Qaeda", "al-Shabab", "Taliban", "Hamas", "Hezbollah")
_MEMBERS = frozenset(
    _words("militants jihadists jihadis extremists insurgents islamists terrorists")
)
_GROUPS = frozenset(_words("group organisation organization sect outfit"))
# Those who fight, an armed group's only when a word says so: "the extremist
# fighters" (not "the fighters", "the Kurdish fighters").
_FIGHTING = frozenset(_words("fighters gunmen"))
_ARMED_MODIFIERS = frozenset(
    _words(
        """
        armed suspected militant terror terrorist jihadist extremist radical insurgent
        islamist
        """
    )
)
# Words that judge an armed group or its members, saying nothing of which:
# "the brutal militant sect", "the maniacal extremists".
_ARMED_JUDGED = frozenset(
    _words("violent brutal notorious maniacal murderous savage barbaric bloodthirsty")
)
# Words that say more of an armed group beside a word for one, not of
# themselves: "the militant Islamic group", "the violent militant sect" (but "the
# Islamic group" may be a charity's).
_ARMED_ALSO = _ARMED_JUDGED | frozenset(_words("islamic sunni shia shiite hardline fundamentalist"))


# A name owning what follows it: "Michael Zehaf-Bibeau's", "the FBI's" (the
# name's words capitalised, one to three).
_OWNER = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})"
    r"(?:['\u2019]s|(?<=s)['\u2019])[ \t]+$"
)


# A description after a preposition ("shocked by the shooting spree", "news of
# the arrest"): a circumstance the content gives no owner of. As a verb's
# subject or object, the content's own actors may be its owner ("Ahmadu made
# the announcement" is not another's announcement).
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w-])(?:of|by|before|after|during|since|until|over|about|from|with|at|in|on"
    r"|into|for|following|amid|despite)\s+$"
)
# A relative clause a first mention's text holds.
_RELATIVE_IN = re.compile(r"\s(?:that|who|which)\s")
# A name set beside a description says which it is ("the capital, Mogadishu").
_APPOSED_NAME = re.compile(r",\s+(?-i:[A-Z])")
# An owner a pronoun gives ("its first store"): another's than a name's.
_PRONOUN_OWNER = re.compile(
    r"(?<![\w'\u2019-])(?:its|his|her|their|our|my|your)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _opens_content(content: str, start: int) -> bool:
    """Whether the description at `start` opens `content`, as its subject: no
    actor of the content stands before it to own it."""
    return not content[:start].strip()


def _owned(article: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The description as the article wrote it before the statement, owned by
    a name: "the shooting spree" after "Michael Zehaf-Bibeau's shooting spree"
    -> "Michael Zehaf-Bibeau's shooting spree". Only when every mention of it
    the article gives an owner gives the same one, with the description's own
    modifiers and no others, and no mention before the statement has a pronoun
    for its owner ("its first store"). Asked only for a description after a
    preposition with no name beside it (`descriptions_in`)."""
    if head in _CLASSIFIERS:
        return None  # "the company" is no "Apple's company"
    owners: set[str] = set()
    first: str | None = None
    for found_at, found_end in _heads_in(article, head):
        words = article[max(0, found_at - 80) : found_at]
        if found_at < at and _PRONOUN_OWNER.search(words):
            return None  # "its first store", then "Macy's store": two stores
        if modifiers:
            tail = _ends_with_words(words, modifiers)
            if tail is None:
                continue
            words = words[:tail]
        owner = _OWNER.search(words)
        if owner is None:
            continue
        name = owner.group("name")
        if name.split()[0].lower() in _NOT_NAMES or name in _MONTHS:
            continue
        owners.add(name)
        if first is None and found_end <= at:
            written = article[max(0, found_at - 80) + owner.start() : found_end]
            first = " ".join(written.split())
    if first is None or len(owners) != 1:
        return None
    return first


# Parts of a made thing and records kept of or by one: nouns whose owner a
# reader needs, and which an article writes with it once and then drops ("the
# Apple Watch battery life", then "the battery life").
_PARTS = frozenset(
    _words(
        """
        battery batteries screen screens display displays storage memory keyboard
        trackpad touchpad port ports processor chip chips chipset sensor sensors strap
        straps bezel bezels casing charger cable lens lenses camera cameras microphone
        button buttons engine engines wing wings cockpit hull tyres tires wheels
        software firmware door doors roof basement lobby elevator closet vent vents
        venting ventilation footage recording recordings video videos clip clips photo
        photos photograph photographs tweet tweets posting postings feed
        """
    )
)
# A name written right before a description's words, as a noun modifier ("the
# Apple Watch battery life"), and one after it by "for" ("battery life for the
# Apple Watch"): the thing that has it, as a possessive does.
_NAME_BEFORE = re.compile(
    r"(?P<the>(?<![\w'\u2019-])the[ \t]+)?"
    r"(?<![\w'\u2019.-])(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})"
    r"(?P<owns>['\u2019]s|(?<=s)['\u2019])?[ \t]+$"
)
_NAME_AFTER = re.compile(
    r"[ \t]+for[ \t]+(?P<the>the[ \t]+)?"
    r"(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})(?![\w'\u2019-])"
)
# A name as the subject of a verb of having whose object is the part: "the
# upcoming Apple Watch boasts a mysterious data connection port", "Vireo has a
# 12-megapixel camera" (a lower-case word may stand between "the" and the name).
_HAS_PART = re.compile(
    r"(?P<the>(?<![\w'\u2019-])[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+)?)?"
    r"(?<![\w'\u2019.-])(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})[ \t]+"
    r"(?:has|had|boasts|boasted|features|featured|sports|includes|included|packs|comes[ \t]+with"
    r"|will[ \t]+have|will[ \t]+feature)[ \t]+an?[ \t]+"
    r"(?:[\w\"\u201c\u201d-]+[ \t]+){0,4}$"
)
# What may end a sentence before a capital: such a capital opens the sentence
# and need not be a name.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\n\"\u201c\u2018(\u2014-])[ \t]*$")


def _part_owner(
    article: str, head: str, modifiers: list[str], at: int, written: int
) -> tuple[str, bool] | None:
    """The owner of a part of a made thing or a record of one (`_PARTS`, the
    description written at offset `written` of the statement read from `at`:
    "the battery life", "the footage"), and whether "the" goes before it: the
    one name the article writes with it, as an owner ("the Apple Watch's
    battery"), a noun modifier ("the Apple Watch battery life"), after "for"
    ("battery life for the Apple Watch") or as the subject of a verb of having
    whose object it is (`_HAS_PART`: "the upcoming Apple Watch boasts a
    hidden port"). Every mention with an owner must give the same one, a name
    and not a people's adjective ("the Syrian battery"); a mention owned by a
    pronoun before the statement ("its battery") or a sentence's first word
    ("Battery life for ...") gives none. Asked where `_owned` is, and for the
    content's subject too: a part's owner is rarely an actor of the content."""
    if not ({head, *modifiers[-1:]} & _PARTS):
        return None
    owners: dict[str, bool] = {}  # name -> written after "the"
    for found_at, found_end in _heads_in(article, head):
        words = article[max(0, found_at - 80) : found_at]
        if found_at < at and _PRONOUN_OWNER.search(words):
            return None
        if modifiers:
            tail = _ends_with_words(words, modifiers)
            if tail is None:
                continue
            words = words[:tail]
        before = _NAME_BEFORE.search(words)
        if (
            before is not None
            and not before.group("the")
            and not before.group("owns")
            and _SENTENCE_BEFORE.search(words, 0, before.start("name"))
        ):
            before = None  # "Battery life ...": a sentence's first word
        for found in (before, _NAME_AFTER.match(article, found_end), _HAS_PART.search(words)):
            if found is None:
                continue
            name = found.group("name")
            if not _may_own(name):
                continue
            owners[name] = owners.get(name, False) or bool(found.group("the"))
    if not owners:
        subject = _paragraph_subject(article, at, written)
        if subject is not None:
            owners[subject[0]] = subject[1]
    if len(owners) != 1:
        return None
    return owners.popitem()


def _part_owned(article: str, head: str, modifiers: list[str], at: int, written: int) -> str | None:
    """The part (`_part_owner`) said with its owner: "the battery life" -> "the
    Apple Watch's battery life"."""
    owner = _part_owner(article, head, modifiers, at, written)
    if owner is None:
        return None
    name, the = owner
    return " ".join(["the" if the else "", f"{name}'s", *modifiers, head]).strip()


def _part_owner_added(
    article: str, instead: str, head: str, modifiers: list[str], at: int, written: int
) -> str:
    """A part's description as the article introduced it (`instead`, "the
    mysterious data connection port"), with its owner (`_part_owner`) when
    that introduction names none: "the Apple Watch's mysterious data
    connection port"."""
    words = instead.split()
    if words[0] != "the" or any(w[:1].isupper() for w in words):
        return instead
    owner = _part_owner(article, head, modifiers, at, written)
    if owner is None:
        return instead
    name, the = owner
    return " ".join(["the" if the else "", f"{name}'s", *words[1:]]).strip()


# An actor named as a clause's subject and its verb (after any auxiliaries),
# ending where the object the verb makes or takes begins: "ESPN will hold",
# "The FBI has questioned"; or an actor telling of its own act through "it":
# "ESPN announced it will hold". The name opens its sentence or its clause.
_ACTOR_ACT = re.compile(
    r"(?:^|(?<=,[ \t])|(?<=\bthat[ \t])|(?<=\bwhen[ \t])|(?<=\bafter[ \t])|(?<=\band[ \t]))"
    r"(?P<the>(?-i:The|the)[ \t]+)?"
    r"(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})[ \t]+"
    r"(?:(?-i:announced|said|says|confirmed|revealed|stated)[ \t]+(?:that[ \t]+)?it[ \t]+)?"
    r"(?P<verb>(?:(?-i:will|would|could|can|may|might|has|have|had|is|are|was|were|be"
    r"|plans[ \t]+to|planned[ \t]+to|planning[ \t]+to|going[ \t]+to|set[ \t]+to)[ \t]+)*"
    r"(?-i:[a-z]+))[ \t]+$"
)
# Verbs after which "a" or "an" opens no thing the actor acts on: a predicate
# ("is a", "became a"), a possession ("has a") or a telling whose object opens
# a clause ("said a video shows ...").
_NO_ACT = frozenset(
    _words(
        """
        is are was were be been being am become becomes became seem seems seemed
        remain remains remained has have had having said says say told tells reported
        reports claimed claims added wrote writes noted warned believes believed thinks
        thought
        """
    )
)


def _capitalised_inside(article: str, name: str) -> bool:
    """Whether the article writes `name` with its capital after a word in small
    letters or a comma: a name's capital, not only a sentence's or a title's
    ("Crews removed a time capsule" opens a sentence on a common noun)."""
    return re.search(rf"[a-z,;]\s+{re.escape(name)}\b", article) is not None


def _actor_made(article: str, head: str, modifiers: list[str], at: int) -> str | None:
    """A thing the article first wrote as the object of a named actor's act,
    said with that act: "the panel" after "ESPN announced it will hold a panel"
    -> "the panel ESPN will hold"; "the man" after "The FBI has questioned a
    man" -> "the man the FBI has questioned". Only the article's first mention
    of `head` before the statement (offset `at`) is read, and only when it
    opens on "a" or "an" and has every modifier the description has; the actor
    is a name opening its clause (not a people's adjective, a month or a day,
    nor a word that opens sentences; one opening its sentence the article
    writes with a capital inside one too), its act a verb that takes a thing
    (`_NO_ACT`; not a preposition after "is"), after any auxiliaries, modals
    or "planning to", "going to", "set to" ("Corvex may be planning to
    hold"). An actor's "it" after its own telling is the actor: what it
    announced it will do is its act."""
    first = next((m for m in _mentions(article, head) if m.start < at), None)
    if first is None or first.det not in _INDEFINITE or first.head != head:
        return None
    mods = [m.lower() for m in first.mods]
    if not set(modifiers) <= set(mods):
        return None
    sentence = article[_sentence_start(article, first.start) : first.start]
    act = _ACTOR_ACT.search(sentence)
    if act is None:
        return None
    name, verb = act.group("name"), act.group("verb").split()
    if (
        any(m.lower() in _NOT_MODIFIERS or m.lower() in P.PREPOSITIONS for m in first.mods)
        or (act.start() == 0 and not act.group("the") and not _capitalised_inside(article, name))
        or verb[-1] in _NO_ACT
        or verb[-1] in P.PREPOSITIONS  # "Reyes was on a list": being somewhere, no act
        or (len(verb) == 1 and not verb_word(verb[0]))  # "will hold": plain after its auxiliary
        or any(w in _MONTHS or w.lower() in _NOT_NAMES for w in name.split())
        or name.split()[0] in _nationalities()
    ):
        return None
    actor = f"the {name}" if act.group("the") else name
    return " ".join(["the", *first.mods, head, actor, *verb])


# A sentence opening on a name as its subject: "The Apple Watch is ...",
# "Vireo will ..." (a lower-case word after the name).
_NAME_SUBJECT = re.compile(
    r"(?P<the>[Tt]he[ \t]+)?(?P<name>(?-i:[A-Z])[\w.&-]*(?:[ \t]+(?-i:[A-Z])[\w.&-]*){0,2})"
    r"[ \t]+(?-i:[a-z])"
)
# A capitalised word: a name's, or a sentence's first.
_CAPITALISED = re.compile(r"(?<![\w'\u2019.-])(?-i:[A-Z])[\w'\u2019.&-]*")


def _paragraph_subject(article: str, at: int, written: int) -> tuple[str, bool] | None:
    """The name the sentence before the statement's (offset `at`), in the same
    paragraph, opens on as its subject, and whether "the" stands before it:
    what the paragraph tells of just then, and so the owner of a part it goes
    on to name bare ("The Vireo X2 ships in May. Its maker says the battery
    ..."). None for a person the article names, a people's adjective or a
    word that opens sentences rather than names ("However"); none either when
    the statement's sentence names another before it ("CNBC confirmed that
    ..."), who may own the part, or when no verb follows the name ("Big foot?"
    is a caption)."""
    start = _sentence_start(article, at)
    paragraph = article.rfind("\n", 0, start)
    before = _sentence_start(article, max(paragraph + 1, start - 1))
    if before >= start or before <= paragraph:
        return None
    subject = _NAME_SUBJECT.match(article, before, start)
    if subject is None or not verb_word(article[subject.end() - 1 :].split()[0]):
        return None
    name = subject.group("name")
    persons = _persons_by_word(article)
    if any(
        word not in persons and word.lower() not in _NOT_NAMES and word not in name.split()
        for word in _CAPITALISED.findall(article, start, max(start, written))
    ):
        return None  # "CNBC has confirmed that ... the video": another's, maybe
    if not _may_own(name) or any(word in persons for word in name.split()):
        return None
    return name, subject.group("the") is not None


def _may_own(name: str) -> bool:
    """Whether a capitalised run may be the name of a thing that has parts: not
    a word that opens sentences ("However"), a month, or a people's name or
    adjective ("Syrian", "Americans", "Kurdish"), which a capital also marks."""
    first = name.split()[0]
    return not (
        first.lower() in _NOT_NAMES
        or name in _MONTHS
        or first in _nationalities()
        or name.endswith(("s", "an", "ese", "ish", "ic"))
    )


# Heads of a person's kin or counsel: "the family", "the parents", "the lawyer"
# are someone's, and the article says whose by a name it writes with them.
_KIN = frozenset(
    _words(
        """
        family parents wife husband widow mother father brother sister son daughter
        relatives lawyer attorney fiancee fiance girlfriend boyfriend
        """
    )
)
_KIN_NAME = r"(?P<name>(?-i:[A-Z])[\w.-]*(?:[ \t]+(?-i:[A-Z])[\w.-]*){0,2})"


def _bare_kin_owned(
    article: str, det: str, head: str, modifiers: list[str], content: str
) -> str | None:
    """`_kin_owned` for a bare "the family", "the lawyer" (no modifier), else None."""
    if head in _KIN and not modifiers and det.lower() == "the":
        return _kin_owned(article, head, content)
    return None


# Nouns for a person by the thing they handle, with the kinds of thing:
# "the handler" of a dog, "the pilot" of a plane. Said bare, such a noun is
# the person of the one thing of its kind the article tells of.
_HANDLER_OF = {
    "handler": ("dog", "horse"),
    "owner": ("dog", "cat", "horse", "car", "boat", "restaurant", "shop", "store", "house"),
    "driver": ("car", "bus", "truck", "lorry", "van", "taxi", "tractor", "train", "ambulance"),
    "pilot": ("plane", "jet", "airliner", "aircraft", "helicopter", "glider", "balloon"),
    "captain": ("ship", "boat", "vessel", "ferry", "trawler", "yacht", "tanker"),
    "keeper": ("zoo", "lighthouse"),
}


# Words before a thing that say it is one of two: "another dog", "the
# second plane".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|other|second|both)\s+(?:[a-z-]+\s+)?\Z", re.IGNORECASE)


@functools.cache
def _handled(head: str) -> re.Pattern[str]:
    """Where a text writes a thing of a kind `head` handles (`_HANDLER_OF`), in
    the singular or the plural, built once per head."""
    kinds = "|".join(_HANDLER_OF[head])
    return re.compile(rf"(?<![\w-])(?P<kind>{kinds})(?P<plural>s|es)?(?![\w-])", re.IGNORECASE)


def _handler_of(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """A bare "the handler", "the pilot", "the captain" as the person of the
    one thing of its kind the article tells of before the statement: "the
    handler" after "an attack dog bit a runner" -> "the dog's handler"; "the
    pilot" after "a small plane crashed" -> "the plane's pilot". None for a
    modifier or an "of" after the description (which one is said), when the
    article writes two kinds of such thing ("a dog" and "a car" for "the
    owner"), the kind in the plural ("dogs": which one), or introduces two
    ("a dog ... another dog", "a dog ... a second dog"): a wrong owner is
    worse than none."""
    if det.lower() != "the" or modifiers or head not in _HANDLER_OF:
        return None
    if _WHOSE_AFTER.match(content, end) or content[end : end + 1] in _APOSTROPHES:
        return None
    kinds: set[str] = set()
    introduced = 0
    for found in _handled(head).finditer(article, 0, at):
        if found.group("plural"):
            return None
        before = article[max(0, found.start() - 40) : found.start()]
        if _ANOTHER_BEFORE.search(before):
            return None
        kinds.add(found.group("kind").lower())
        introduced += _INDEFINITE_BEFORE.search(before) is not None
    if len(kinds) != 1 or introduced > 1:
        return None
    return f"the {kinds.pop()}'s {head}"


def _kin_owned(article: str, head: str, content: str) -> str | None:
    """A bare "the family", "the parents", "the lawyer" as the one person's whose
    the article says they are, anywhere in it: "Foley's family", "the Foley
    family", "the family of Michael Brown" -> "James Foley's family" (the
    person's name as written in full, when the article writes one full name
    with that last word). None when the article gives two persons such kin, a
    name that is a people's ("a Syrian family"), or when `content` names the
    person already."""
    owners: set[str] = set()
    patterns = (
        rf"(?<![\w'\u2019.-]){_KIN_NAME}(?:['\u2019]s|(?<=s)['\u2019])[ \t]+{head}\b",
        rf"(?<![\w'\u2019.-]){_KIN_NAME}[ \t]+{head}\b",
        rf"\b{head}[ \t]+of[ \t]+{_KIN_NAME}",
    )
    nationalities = _nationalities()
    for pattern in patterns:
        for match in re.finditer(pattern, article):
            words = match.group("name").split()
            while words and (words[0].lower() in _NOT_NAMES or words[0] in _MONTHS):
                words = words[1:]
            if not words:
                continue
            if any(w in nationalities or w.lower() in _NOT_NAMES for w in words):
                return None  # "a Syrian family", "the family of Islam": no one's own
            owners.add(words[-1])
    if len(owners) != 1:
        return None
    surname = owners.pop()
    if not re.fullmatch(r"[A-Z][a-z'\u2019-]*[a-z]", surname) or surname in content:
        return None
    full = Counter(
        match.group("name")
        for match in _FULL_NAME.finditer(article)
        if match.group("name").split()[-1] == surname
        and not any(w.lower() in _NO_FORENAME for w in match.group("name").split())
    )
    if not full:
        return None  # a word in capitals the article names no person by
    # The full name the article writes most, the first written of two as often.
    name = max(full, key=lambda n: full[n])
    return f"{name}'s {head}"


# Words for one thing that an article uses in turn, the later taking the earlier
# as known: "a ceasefire between X and Y" ... "the truce".
_SAME_THING = (
    frozenset(_words("truce ceasefire cease-fire armistice")),
    frozenset(_words("gunfight shootout firefight")),
    frozenset(_words("kidnapping abduction")),
    frozenset(_words("film movie biopic")),
    frozenset(_words("deal agreement accord pact")),
)


# A name or a title right after a description's noun: it says which one that is
# ("the film "Slumdog Millionaire"", "the movie Jobs").
_TITLE_AFTER = re.compile(r"[ \t]*,?[ \t]*[\"\u201c\u2018']?[ \t]*[A-Z]")


def _same_thing(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """A description as what the article first introduced by another word for
    the same thing (`_SAME_THING`) before the statement (offset `at`), said as
    `_first_mention` says it, with the description's own word: "the truce"
    after "a cease-fire between the government and Boko Haram" -> "the truce
    between the government and Boko Haram". The article's own "the truce"
    after that first mention is the same thing again ("a biopic" ... "actors
    for the movie" ... "The movie"), unless a modifier or a title says it is
    another. None when the article wrote the head before the other word, or
    introduced it on its own ("a truce"), or when the other word's first
    mention says nothing more (`_named_before` may name it still)."""
    kinds = next((kinds for kinds in _SAME_THING if head in kinds), None)
    if kinds is None:
        return None
    firsts = [
        (found.start, other)
        for other in sorted(kinds - {head})
        for found in _mentions(article, other)[:1]
        if found.start < at
    ]
    if not firsts:
        return None
    first, other = min(firsts)
    if any(
        found.start < at
        and (
            found.start < first
            or found.det != "the"
            or found.mods
            or _TITLE_AFTER.match(article, found.end)
        )
        for found in _mentions(article, head)
    ):
        # The head introduced on its own, or another of its kind ("the film
        # "Slumdog Millionaire"", "the first film"): not the other word's thing.
        return None
    said = _first_mention(article, det, other, modifiers, at, content)
    if said is None:
        return _named_before(_mentions(article, other)[0], det, head, modifiers)
    words = said.split()
    place = next((n for n, word in enumerate(words) if word.lower() == other), None)
    if place is None:
        return None
    words[place] = head
    return " ".join(words)


# Class words news writes for a thing it named first by a narrower noun ("a
# meteorite landed ..." then "the rock landed"; "a tropical spider" then "the
# insect"), each with the narrower nouns it stands for. Only classes whose
# members a reader tells apart by their noun alone: "the aircraft" (singular
# and plural alike), "the object" or "the weapon" name too many kinds of thing;
# and no member that is as often a verb or another thing ("bear", "seal",
# "tick", "bat", "crow", "mouse", "crane", "cricket", "fly", a film's
# "trailer"). The lists are
# wide on purpose: a member left out ("a coyote") would let another one named
# beside it ("a dog") pass as the only one.
_INSECTS = frozenset(
    _words(
        """
        spider tarantula scorpion ant termite bee wasp hornet mosquito beetle cockroach
        locust grasshopper flea mite bedbug louse butterfly moth caterpillar dragonfly
        ladybird ladybug centipede millipede
        """
    )
)
_FISH = frozenset(
    _words(
        """
        goldfish catfish carp salmon trout pike eel shark cod tuna bass perch sturgeon
        piranha barracuda swordfish marlin stingray
        """
    )
)
_BIRDS = frozenset(
    _words(
        """
        eagle hawk falcon owl parrot parakeet canary pigeon dove gull swan goose penguin
        raven vulture stork heron ostrich emu peacock sparrow hen rooster
        """
    )
)
_REPTILES = frozenset(
    _words(
        """
        snake python cobra viper rattlesnake anaconda boa lizard iguana gecko chameleon
        crocodile alligator turtle tortoise
        """
    )
)
_ANIMALS = (
    _INSECTS
    | _FISH
    | _BIRDS
    | _REPTILES
    | frozenset(
        _words(
            """
            dog puppy cat kitten horse pony donkey mule cow bull calf pig boar sheep lamb
            goat wolf fox coyote jackal hyena deer moose elk bison buffalo rat hamster
            ferret rabbit hare squirrel raccoon badger otter beaver hedgehog monkey ape
            gorilla chimpanzee baboon lion tiger leopard cheetah jaguar panther puma
            cougar lynx elephant rhino rhinoceros hippo hippopotamus giraffe zebra camel
            kangaroo koala whale dolphin frog toad worm leech maggot squid octopus
            jellyfish crab lobster
            """
        )
    )
)
_KIND_MEMBERS = {
    **dict.fromkeys(("animal", "creature", "beast"), _ANIMALS),
    "insect": _INSECTS,
    "fish": _FISH,
    "bird": _BIRDS,
    "reptile": _REPTILES,
    "rock": frozenset(_words("meteorite meteor asteroid comet fireball")),
    "organ": frozenset(
        _words(
            """
            penis testicle heart kidney liver lung brain pancreas spleen stomach bladder
            bowel intestine uterus womb ovary
            """
        )
    ),
    "vehicle": frozenset(
        _words(
            """
            car truck van bus minibus lorry jeep pickup taxi cab ambulance limousine
            sedan motorcycle motorbike scooter bicycle tractor tram
            """
        )
    ),
}
# The heads `_kind_member` reads, singular and plural ("fish" is both).
_KIND_HEADS = frozenset((*_KIND_MEMBERS, *(f"{kind}s" for kind in _KIND_MEMBERS if kind != "fish")))


def _number_of(noun: str, plural: bool) -> str:
    """`noun` in the singular or the plural, as a news article writes its
    animals, organs and vehicles: "spider" -> "spiders", "goldfish" stays."""
    if not plural or noun.endswith("fish"):
        return noun
    return f"{noun}es" if noun.endswith(("s", "sh", "ch", "x")) else f"{noun}s"


# "The" and at most three modifiers before a class word: the article's own
# description of a thing it told of ("the giant fish").
_CLASS_WORD_DEFINITE = re.compile(r"(?<![\w'\u2019-])[Tt]he(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+\Z")
# A lower-case word after a class word: a compound's head ("an insect bite")
# when it is neither a verb nor a function word.
_COMPOUND_HEAD = re.compile(r"[ \t]+(?P<word>[a-z][\w-]*)")


def _class_word_own(text: str, kind: str, first: int) -> bool:
    """Whether `text` writes the class word `kind` as a noun of its own: before
    the member's first mention (offset `first`), or not after "the" ("a separate
    aircraft", "animals go to heaven"). A modifier in a compound ("an insect
    bite") is none."""
    for start, end in _heads_in(text.lower(), kind):  # "Animals have souls" too
        following = _COMPOUND_HEAD.match(text, end)
        if following is not None and not (
            following.group("word") in _DANGLING or verb_word(following.group("word"))
        ):
            continue
        if start < first or _CLASS_WORD_DEFINITE.search(text, 0, start) is None:
            return True
    return False


def _kind_member(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str, end: int
) -> str | None:
    """A class word (`_KIND_MEMBERS`) as the one narrower noun of its class the
    article named before the statement (offset `at`), the description's own
    modifiers kept: "the rock landed in Managua" after "A meteorite landed ..."
    -> "the meteorite landed ...", "the organ" after "his small penis" -> "the
    penis", "the poisonous creatures" after "hundreds of live scorpions" ->
    "the poisonous scorpions". Only the noun changes: what the content says
    after it (to offset `end`) goes on saying which one.

    A wrong thing named is worse than a class word left, so None when the
    article names two members of the class before the statement ("a car" and
    "an ambulance"), none in the description's number, or the class word on its
    own before the member or without "the" before the statement ("a separate
    aircraft", "animals go to heaven": a thing of its own, or the whole class);
    when the content names a member itself ("Scorpions are robust as the
    creatures ..."); when a modifier names or contrasts ("the other fish"); or
    when the narrower noun would leave the content's subject a bare thing that
    points into the article ("The spider had buried itself ...", which files no
    claim where "The insect ..." does)."""
    if det.lower() != "the" or set(modifiers) & _CONTRASTING:
        return None
    if any(not m.islower() for m in modifiers):
        return None
    plural = head not in _KIND_MEMBERS
    kind = head[:-1] if plural else head
    members = _KIND_MEMBERS[kind]
    before = without_credits(article)[:at]
    named = [member for member in sorted(members) if next(_heads_in(before, member), None)]
    if len(named) != 1 or any(next(_heads_in(content.lower(), m), None) for m in members):
        return None
    written = _number_of(named[0], plural)
    if not _member_told(before, named[0], written):
        return None  # "the creatures" after "a spider": not the same thing
    first = next(_heads_in(before, named[0]))[0]
    if _class_word_own(before, kind, first):
        return None
    said = " ".join((det, *modifiers, written))
    if points_into(said.lower() + content[end:]) and not content[: end - len(said)].strip():
        return None
    return said


# A possessive before a member with at most two modifiers: "his small penis".
_MEMBER_OWNED = re.compile(
    r"(?<![\w'\u2019-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+\Z"
)


def _member_told(before: str, member: str, written: str) -> bool:
    """Whether the article before the statement (`before`) tells of the member
    as a thing, in the number `written`: after a determiner, a count or a
    possessive ("a tropical spider", "hundreds of live scorpions", "his small
    penis"), not as a verb ("bear the cost") or inside a name ("van Persie")."""
    for found in _mentions(before, member, objects=True):
        if found.head == written and not (
            found.det == "" and any(m[:1].isupper() for m in found.mods)
        ):
            return True
    return any(
        before[start:end] == written and _MEMBER_OWNED.search(before, 0, start) is not None
        for start, end in _heads_in(before, member)
    )


def _named_before(found: _Mention, det: str, head: str, modifiers: list[str]) -> str | None:
    """A bare description as another word's first mention (`found`) that is
    itself definite and names the thing by the words before its noun, with the
    description's own word: "the movie" after "the upcoming Steve Jobs film from
    Sony" -> "the upcoming Steve Jobs movie" (`_same_thing`). None when the
    mention names nothing or the description has modifiers of its own."""
    if det.lower() != "the" or modifiers or found.det != "the":
        return None
    if not any(m[:1].isupper() and m not in _MONTHS for m in found.mods):
        return None
    return " ".join(("the", *found.mods, head))


# Words for a film: the person an actor is to play "in" one is what the news
# calls it by ("the Steve Jobs movie").
_FILMS = next(kinds for kinds in _SAME_THING if "film" in kinds)
# "to play Steve Jobs in " before a film's first mention: the role's name.
_PLAYED_IN = re.compile(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)[ \t]+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})[ \t]+in[ \t]+\Z"
)


def _film_of_role(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """A bare "the film", "the movie" or "the biopic" as the film the article
    first introduced, before the statement (offset `at`), as one an actor is to
    play a named person in, by that person's name: "talks to play Steve Jobs in
    an upcoming biopic" ... "The movie features three scenes" -> "The Steve Jobs
    movie features three scenes". None when that first mention is definite or
    comes after no such role."""
    if head not in _FILMS or det.lower() != "the" or modifiers:
        return None
    firsts = [
        found
        for word in sorted(_FILMS)
        for found in _mentions(article, word)[:1]
        if found.start < at
    ]
    if not firsts:
        return None
    first = min(firsts, key=lambda found: found.start)
    if first.det not in _INDEFINITE:
        return None
    line = article.rfind("\n", 0, first.start) + 1
    role = _PLAYED_IN.search(article, line, first.start)
    if role is None:
        return None
    return f"the {role.group('name')} {head}"


def _school_introduced(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """A bare plural "the girls" as the article's first mention of the compound
    of its kind when no name stands before it (`_school_named` takes one that
    does), said as `_first_mention` or `_introduced` says it: "the girls" after
    "219 schoolgirls kidnapped by the militant group in April" -> "the
    schoolgirls kidnapped by the militant group in April", and so after the
    article's own "the captive girls" that follows the compound. None when the
    article introduced the head on its own ("two girls") or wrote it before the
    compound, or the compound's first mention says nothing more."""
    compound = f"school{head}"
    if det.lower() != "the" or modifiers or not head.endswith(("s", "ren")):
        return None
    first = article.find(compound, 0, at)
    if first == -1 or any(
        match.group("head") == head for match in _KIND_COMPOUND.finditer(article, 0, at)
    ):
        return None
    if any(
        found.start < at and (found.det != "the" or found.start < first)
        for found in _mentions(article, head)
    ):
        return None  # "girls" introduced on their own, or before the compound
    until = at + len(content)
    return _first_mention(article, det, compound, modifiers, at, content) or _introduced(
        article, at, det, compound, modifiers, until
    )


# Nouns for a recording of something, by what it records: sound, moving
# pictures, still pictures. A "file", "tape" or "recording" is of the kind a
# modifier says ("an audio file", "a video recording").
_MEDIA = {
    "recording": "sound",
    "audio": "sound",
    "tape": "sound",
    "video": "moving",
    "footage": "moving",
    "clip": "moving",
    "photo": "still",
    "photograph": "still",
    "picture": "still",
    "image": "still",
}
_MEDIUM_WORDS = {"audio": "sound", "video": "moving"}
# A first mention of a recording: an indefinite, up to three modifiers, the noun.
_RECORDING_MENTION = re.compile(
    r"(?<![\w'\u2019-])(?:an?|one)[ \t]+(?P<mods>(?:(?-i:[a-z])[\w-]*[ \t]+){0,3})"
    r"(?P<head>recording|audio|tape|video|footage|clip|photo|photograph|picture|image|file)"
    r"(?![\w'\u2019-])",
    re.IGNORECASE,
)
# What follows such a mention and says what it records: "of ...", or a verb of
# recording ("that captures ...", "purportedly showing ...", "that is purported
# to have captured ..."). The day it came out may stand before ("a video
# released Tuesday showing ...", "a video on Tuesday that it said showed
# ..."), and a dash before its relative clause ("an audio recording - which
# appears to contain ...").
_RECORDS = re.compile(
    r"(?:[ \t]+(?:(?-i:[a-z]+ed)[ \t]+)?(?:on[ \t]+)?"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w'\u2019-]))?"
    r"(?:(?:,|[ \t]+[-\u2013\u2014])?[ \t]+(?:that|which)"
    r"(?:[ \t]+(?:it|they|he|she)[ \t]+(?:said|says))?(?:[ \t]+(?:is|was|has[ \t]+been))?)?"
    r"(?:[ \t]+(?-i:[a-z]+ly))?"
    r"(?:[ \t]+(?:purported|alleged|said|thought|believed|claimed)[ \t]+to(?:[ \t]+have)?)?"
    r"(?:[ \t]+(?:appears|appeared|seems|seemed)[ \t]+to)?"
    r"[ \t]+(?:of|(?:captures?|captured|capturing|shows?|showed|showing|depicts?|depicted"
    r"|depicting|contains?|containing|records?|recorded|recording)(?![\w-]))[ \t]+"
)
# What a recording's object may open on that only says it is recorded: "the
# sound of the gunshots" is a recording of the gunshots.
_RECORDED_FORM = re.compile(
    r"(?:the[ \t]+)?(?:sound|sounds|audio|footage|images?|pictures?)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
_RELATIVE_PRONOUNS = frozenset(_words("that which who whom when where"))
_NOMINAL_ENDING = re.compile(r"(?:ion|ment|ing|ence|ance|ure|age|ity|ies)$")
_RECORDED_WHEN = frozenset(_words("last this next earlier yesterday today tonight overnight"))
# A participle and an infinitive after a description: "the recording alleged to
# reveal ...", "the video said to show ..." (but in "the video appeared to be
# authentic" the verb is the sentence's own).
_PARTICIPLE_TO = re.compile(
    r"[ \t]+(?!(?:appeared|seemed)\b)(?-i:[a-z]+ed|said|thought|known)[ \t]+to[ \t]"
)
_MOST_RECORDED = 12


def _recorded(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """A bare description of a recording ("the recording", "the audio", "the
    video footage") as what the article's first recording of its kind before
    the statement (offset `at`) records, when the article says so with a name:
    "an audio file that is purported to have captured the gunshots that killed
    Michael Brown" -> "the audio of the gunshots that killed Michael Brown";
    "a video showing ...", "a photo of ...". The recording is told by what it
    is of, not by the mention's own words ("an audio file"). None when the
    first such mention says nothing of what it records, or names no one and
    nowhere in it."""
    medium = _MEDIA.get(head)
    if medium is None or det.lower() != "the":
        return None
    # Words beyond its kind ("the new video", "the audio video") only the first
    # recording's own may say ("the grisly video" after "a grisly video ...").
    said = {m for m in modifiers if _MEDIUM_WORDS.get(m) != medium}
    for mention in _RECORDING_MENTION.finditer(article, 0, at):
        mods = mention.group("mods").lower().split()
        kinds = {_MEDIUM_WORDS[m] for m in mods if m in _MEDIUM_WORDS}
        found = mention.group("head").lower()
        kind = _MEDIA.get(found) if found != "file" else None
        if found in {"recording", "tape", "clip", "file"} and kinds:
            kind = kinds.pop()
        if kind != medium:
            continue
        if not said <= set(mods):
            return None
        records = _RECORDS.match(article, mention.end())
        if records is None:
            return None  # the first recording of its kind says not what it is of
        start = records.end()
        start += m.end() - m.start() if (m := _RECORDED_FORM.match(article, start)) else 0
        stop = _STOP.search(article, start, start + 240)
        words = article[start : stop.start() if stop is not None else start + 240].split()
        kept: list[str] = []
        # A relative clause of the object may have one verb ("the gunshots that
        # killed ..."; "was shot and killed"); any other verb is the sentence's
        # own ("... Michael Brown has been released to CNN").
        relative, verb = False, ""  # verb: "" none yet, "in" within it, "done" after
        for n, word in enumerate(words[: _MOST_RECORDED + 1]):
            lower = word.lower()
            following = words[n + 1] if n + 1 < len(words) else ""
            if lower in _RECORDED_WHEN or word.rstrip(".,") in _MONTHS:
                break  # "... the Harwick Mill last week": when, not what
            if (
                kept
                and kept[-1][:1].isupper()
                and not kept[-1].endswith(("'s", "\u2019s"))
                and word[:1].islower()
                and lower not in _DANGLING
                and lower not in _PHRASE_OPENERS
                and not (relative and not verb)
                and (verb_word(word) or not (_NOMINAL_ENDING.search(lower) or lower.endswith("s")))
            ):
                # "the Ostend Bridge spread online": a name ends the phrase, unless
                # it names a noun after it ("the Harwick Mill explosion", "Islamic
                # State militants")
                break
            if lower in _RELATIVE_PRONOUNS and kept and not relative:
                relative = True
            elif verb_word(word) and not (
                # "unarmed teen": a participle before its noun
                lower.endswith("ed")
                and following.islower()
                and following not in _DANGLING
                and following not in _PHRASE_OPENERS
            ):
                if not relative or verb == "done":
                    break
                verb = "in"
            elif verb == "in" and lower != "and":
                verb = "done"
            kept.append(word)
        if len(kept) > _MOST_RECORDED:
            cut = [n for n in range(2, _MOST_RECORDED) if kept[n].lower() in _PHRASE_OPENERS]
            kept = kept[: cut[-1]] if cut else []
        while kept and (kept[-1].lower() in _DANGLING or kept[-1].endswith(("'s", "\u2019s"))):
            kept = kept[:-1]
        pronoun = next(
            (n for n, w in enumerate(kept) if n and w.lower() in _RELATIVE_PRONOUNS), None
        )
        if pronoun is not None and not any(verb_word(w) for w in kept[pronoun:]):
            kept = kept[:pronoun]  # "the moment that Michael Brown": cut before its verb
        if len(kept) < 2 or not any(w[:1].isupper() for w in kept):
            return None  # "the recording of the gunshots": which ones is still to say
        if any(_PRONOUNS.fullmatch(w.strip(",.")) for w in kept):
            return None  # "of his arrest": whose is the article's
        return " ".join(["the", *modifiers, head, "of", *kept])
    return None


def _armed_group(article: str, head: str, modifiers: list[str]) -> str | None:
    """The armed group a description of militants or of a militant group stands
    for: the one group of `_ARMED` the article names ("the militants" -> "the Boko
    Haram militants", "the terror group" -> "Boko Haram", "the militant Islamic
    sect" -> "Boko Haram"). A bare "the group" only where every group the article
    tells of is so described."""
    said = {word.lower() for word in modifiers}
    if head in _GROUPS and said & _ARMED_MODIFIERS:
        if not said <= _ARMED_MODIFIERS | _ARMED_ALSO:
            return None
    elif head in _FIGHTING:
        if not said & _ARMED_MODIFIERS or not said <= _ARMED_MODIFIERS:
            return None  # "the fighters", "the Kurdish fighters": anyone's
    elif head in _MEMBERS:
        if not said <= _ARMED_MODIFIERS | _ARMED_JUDGED:
            return None  # "the Kurdish militants": another side's
    elif head not in _GROUPS or not said <= _ARMED_MODIFIERS:
        return None
    written = _armed_named(article)
    if written is None:
        return None
    if head in _GROUPS and not modifiers:
        for match in re.finditer(
            r"(?<![\w-])(\S+)\s+(?:group|organi[sz]ation|sect|outfit)s?\b", article
        ):
            before = match.group(1).lower().strip("\"'\u201c\u2019")
            if before not in _ARMED_MODIFIERS | {"the", "this", "that"} and not (
                written.lower().endswith(before)
            ):
                return None  # "a rights group", "the Chibok group": another group
    if head in _MEMBERS or head in _FIGHTING:
        return " ".join(["the", *modifiers, written, head])
    return written


def _armed_introduced(article: str, introduced: str) -> str | None:
    """The armed group a bare description stands for when the article
    introduced it as a militant group or its militants: "the group", first
    written "the Islamist group" in an article telling of Boko Haram, is "Boko
    Haram", the name saying which more plainly than the words of its kind."""
    words = introduced.split()
    if len(words) < 3 or words[0].lower() != "the":
        return None  # "the group" introduced as itself, or by a name
    return _armed_group(article, words[-1].lower(), [w.lower() for w in words[1:-1]])


def _written_forms(forms: tuple[str, ...]) -> list[str]:
    """`forms` of a name with their particle as writers vary it: "al-Shabab" also
    as "Al-Shabab", "al Shabab" and "Al Shabab"."""
    out: list[str] = []
    for form in forms:
        for spaced in (form, form.replace("-", " ")):
            for written in (spaced, spaced[:1].upper() + spaced[1:]):
                if written not in out:
                    out.append(written)
    return out


# How many times as often as any other the article must name an armed group
# for it to be the one its story tells of: a second group named in passing
# ("Al Qaeda's 1998 bombings" in a story of ISIS told five times) is no
# rival for "the terrorist group"; two groups told of alike are.
_MOST_TOLD = 3


@functools.lru_cache(maxsize=16)
def _armed_named(article: str) -> str | None:
    """How the article writes the one armed group of `_ARMED` it tells of, if
    one: the only one it names, or the one it names `_MOST_TOLD` times as
    often as any other."""
    found: dict[str, Counter[str]] = {}
    for name in _ARMED:
        for form in _written_forms((name, *gazetteer.ORGANISATIONS.get(name, ()))):
            if form not in article:
                continue  # most articles name none of them: no pattern made for it
            count = len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", article))
            if count:
                found.setdefault(name, Counter())[form] = count
    told = sorted(found.values(), key=lambda forms: sum(forms.values()), reverse=True)
    if not told or (len(told) > 1 and sum(told[0].values()) < _MOST_TOLD * sum(told[1].values())):
        return None
    return told[0].most_common(1)[0][0]


# Offices written before their holder's name: "Pope Francis", "King Abdullah II".
_OFFICES = frozenset(_words("pope king queen prince princess president"))
# What every head `_NATIONAL_OFFICE` matches holds: an office, its first letter
# in either case ("prince" in "princess").
_OFFICE_ENDINGS = tuple(
    form for office in _OFFICES if office != "princess" for form in (office, office.capitalize())
)
# An office after a capitalised word or two that say whose ("the French
# president", "the Saudi king"): a name's classifier to `_phrase`, a holder's
# title to `_named` when the article writes them before a name or beside one.
_NATIONAL_OFFICE = re.compile(
    r"(?P<det>[Tt](?<![\w-].)he) +(?P<mods>(?:(?-i:[A-Z])[a-z]+ +){1,2})"
    rf"(?P<head>{'|'.join(map(_first_in_either_case, sorted(_OFFICES)))})"
    # Not "the French president of the council", nor "the Jordanian King Abdullah
    # II": that says which.
    r"(?![\w'\u2019-])(?!\s+(?:of|from)\s)(?![ \t]+(?-i:[A-Z]))"
)


# A word of a holder's name: "Abdullah", "O'Neill", "McCain", a numeral ("II"); not
# a title's next word that is no name ("King RT'ed from @KsaBrk", "President
# ISIS").
_HOLDER_WORD = re.compile(r"[A-Z][A-Za-z]*[a-z](?:['\u2019-][A-Z][A-Za-z]*[a-z])*|[IVX]+")


# A capitalised word right after a holder's name of three words: the name goes
# on past what `_office_holder` reads of it.
_LONGER_NAME = re.compile(r"[ \t]+(?-i:[A-Z])[a-z]")


def _office_holder(article: str, head: str, modifiers: Sequence[str] = ()) -> str | None:
    """The one holder of an office the article names by its title ("the pope" ->
    "Pope Francis"); None when it names two ("President Obama", "President
    Jonathan") or none. With `modifiers`, the one it names by them and the
    title together: "the French president" is "French President François
    Hollande" of an article that also names "President Obama"."""
    title = head.capitalize()
    # The modifiers as the description writes them, in either case at a
    # sentence's start ("Former President X"), and then the title in either
    # case ("French president X"): the modifiers say it is a title.
    written = "".join(rf"{_first_in_either_case(m)}[ \t]+" for m in modifiers)
    titled = _first_in_either_case(title) if modifiers else title
    holders: set[str] = set()
    for match in re.finditer(
        rf"(?<![\w-]){written}{titled}[ \t]+((?-i:[A-Z])[\w'\u2019-]*"
        rf"(?:[ \t]+(?-i:[A-Z])[\w'\u2019-]*){{0,2}})",
        article,
    ):
        if _LONGER_NAME.match(article, match.end()):
            continue  # "President Mohamed Ould Abdel Aziz": not read whole
        words = re.sub(r"['\u2019]s?$", "", match.group(1)).split()
        while words and (words[-1].lower() in _NOT_NAMES or words[-1] in _MONTHS):
            words.pop()
        if (
            words
            and words[0].lower() not in _NOT_NAMES
            and all(_HOLDER_WORD.fullmatch(w) for w in words)
        ):
            holders.add(" ".join(words))
    # "President Barack Obama" and "President Obama", "King Abdullah II" and "King
    # Abdullah" are one holder.
    longest = {
        h
        for h in holders
        if not any(o != h and (o.endswith(" " + h) or o.startswith(h + " ")) for o in holders)
    }
    if len(longest) != 1:
        return None
    return " ".join([*modifiers, title, longest.pop()])


def _not_after(pattern: str, text: str, also: str) -> Iterator[re.Match[str]]:
    """The matches `re.finditer` gives of `pattern` behind a look behind that no
    letter, digit, "_" or character of `also` comes right before it.

    Such a pattern opening with its look behind is tried at every character of
    the text; opening with its words, its first letters are looked for as a
    string is. Each match found where the look behind fails is passed over and
    looked for again one character on, so every match comes in its order."""
    compiled = re.compile(pattern)
    at = 0
    while (found := compiled.search(text, at)) is not None:
        start = found.start()
        before = text[start - 1] if start else ""
        if before and (before.isalnum() or before == "_" or before in also):
            at = start + 1
            continue
        yield found
        at = max(found.end(), start + 1)


_NAMED_AS = re.compile(r"(?:named|identified)(?: +locally| +by +[\w ]{1,30}?)? +as +")


@functools.lru_cache(maxsize=4)
def _named_as(article: str) -> tuple[int, ...]:
    """Where the article says "named as" or "identified as": each description of
    one article is looked for before them, and the article is scanned once."""
    return tuple(at.start() for at in _NAMED_AS.finditer(article))


_DUBBED = re.compile(r"\b(?:dubbed|nicknamed|known +as) +")
# `_DUBBED` without its opening word boundary, which would have it tried at every
# character: its words are looked for first, the boundary checked where they are.
# (No match that fails the boundary holds the start of one that passes it.)
_DUBBED_WORDS = re.compile(r"(?:dubbed|nicknamed|known +as) +")
# A name given: up to three words, each opening on a capital or a digit ("2014 RC").
_DUBBED_NAME = r"((?-i:[A-Z0-9])[\w&.\u2019-]*(?: (?-i:[A-Z0-9])[\w&.\u2019-]*){0,2})"


@functools.lru_cache(maxsize=4)
def _dubbed(article: str) -> tuple[int, ...]:
    """Where the article says "dubbed", "nicknamed" or "known as" (as `_named_as`)."""
    return tuple(
        at.start()
        for at in _DUBBED_WORDS.finditer(article)
        if _DUBBED.match(article, at.start()) is not None
    )


# Words for a body that a body's name may be called: "a group called the
# Masked Men Brigade", "a site called Daily Pulse".
_BODY_WORDS = frozenset(_words("site website blog outlet newspaper account organization"))
_NOT_BEFORE_CALLED = "(?:in|of|on|at|by|from|with|near|the|an?)"
# "called" before a name, the blank before it looked behind at: a pattern opening
# on the word is found as a string is, where one opening on a look-behind tries it
# at every character of the article.
_CALLED_WORD = re.compile(r"called(?<=[ \t]called) +(?=[\"'\u201c\u2018]?(?-i:[A-Z0-9]))")
# What follows a name someone called something ("called Obama a liar").
_NOT_AFTER_CALLED = re.compile(
    r"(?:a|an|the|his|her|its|their|our|my|your|him|them|me|us|one|to)\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=4)
def _called(article: str) -> tuple[int, ...]:
    """Where the article writes "called" before a capital (as `_dubbed`)."""
    return tuple(at.start() for at in _CALLED_WORD.finditer(article))


def _capital_after(article: str, literal: str) -> bool:
    """Whether `literal` occurs in `article` followed by spaces and a capital."""
    at = article.find(literal)
    while at != -1:
        if article[at + len(literal) : at + len(literal) + 12].lstrip(" ")[:1].isupper():
            return True
        at = article.find(literal, at + 1)
    return False


def _written_before_capital(article: str, literal: str) -> bool:
    """Whether `literal` occurs in `article` followed by a comma or none, one or
    more spaces and a capital A to Z: where a name may come right after it.
    Unlike `_capital_after`, for any number of spaces and only an ASCII
    capital, so that it holds wherever a pattern reading so matches."""
    at = article.find(literal)
    while at != -1:
        after = at + len(literal)
        if article.startswith(",", after):
            after += 1  # a name after a comma comes only with the comma read
        spaces = after
        while article.startswith(" ", spaces):
            spaces += 1
        if spaces > after and "A" <= article[spaces : spaces + 1] <= "Z":
            return True
        at = article.find(literal, at + 1)
    return False


# A person's name: two or three capitalised words.
_PERSON_NAME = r"((?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])[\w'\u2019-]+){1,2})"
# A person's full name, opening where a role said before it ends.
_PERSON_NAME_AT = re.compile(rf"{_PERSON_NAME}\b")
# What "police identified Ray Doyle as the suspect" opens with, whatever the
# description after it: an article with none has no such name for any.
_NAMED_PERSON_AS = re.compile(
    rf"(?:n(?<!\w.)amed|i(?<!\w.)dentified) +{_PERSON_NAME} +as +(?:the|an?) +"
)


@functools.lru_cache(maxsize=4)
def _named_person_as(article: str) -> bool:
    """Whether the article says "named X as the ..." or "identified X as a ...":
    only then is the pattern made for one description worth compiling, since
    every match of it opens with a match of this one."""
    return _NAMED_PERSON_AS.search(article) is not None


# Capitalised words that open a sentence or a clause rather than a name.
_NOT_NAMES = frozenset(
    _words(
        """
        the a an this that these those it he she they we i his her its their in on
        at but and or so if when while after before as for with by from said says
        according however meanwhile also then now there here what who which mr mrs
        ms dr nevertheless still yet instead indeed moreover furthermore today yesterday
        tomorrow earlier later
        """
    )
)


@dataclasses.dataclass(frozen=True)
class _Mention:
    """A noun phrase in the article: where it starts and ends, its determiner
    (lower case), its modifiers and its head (lower case)."""

    start: int
    end: int
    det: str
    mods: tuple[str, ...]
    head: str


@functools.lru_cache(maxsize=64)
def _mentions(article: str, head: str, objects: bool = False) -> tuple[_Mention, ...]:
    """Each place the article names `head` (singular or plural) after a
    determiner or count and at most three modifiers, or after a name alone
    (`_bare_named`), in order; with `objects`, also a plural with neither
    that is a verb's object (`_verb_object`), a thing's first mention only.

    Kept for the article's later descriptions: half the times a head is asked
    for, one of the same article asked for it before."""
    return tuple(_each_mention(without_credits(article), head, objects))


def _each_mention(article: str, head: str, objects: bool) -> Iterator[_Mention]:
    for found_at, found_end in _heads_in(article, head):
        # Within its paragraph: a line before ("Local man Aamir Dhawan", a
        # caption) is no part of the phrase.
        line = article.rfind("\n", 0, found_at) + 1
        low = max(found_at - 60, line)
        tokens = list(_TOKEN.finditer(article, low, found_at))
        mods: list[str] = []
        ended = low == line  # the words before it run back to its paragraph's start
        stop = ""  # the words that ended the phrase, when it has no determiner
        determined = False
        opens = found_at  # where its first modifier starts
        # a phrase quoted whole, its quotation closing right after its head
        quoted = article[found_end : found_end + 1] in ('"', "\u201d")
        while tokens:
            token = tokens.pop()
            word = token.group()
            if quoted and word[:1] in '"\u201c':
                word = word[1:] or word  # a "planetary alignment": the marks are no words
            lower = word.lower()
            if lower == "of" and tokens and tokens[-1].group().lower() in {"dozens", "hundreds"}:
                det, start = tokens[-1].group().lower() + " of", tokens[-1].start()
            elif lower in _DETERMINING or word.replace(",", "").isdigit():
                det, start = lower, token.start()
            elif _MODIFIER.fullmatch(word) and lower not in _NOT_NAMES and len(mods) < 3:
                # "five K5 security guard robots", "a Canadian soldier"
                mods.insert(0, word)
                opens = token.start()
                continue
            else:
                ended = True
                stop = " ".join(t.group() for t in [*tokens[-1:], token])
                break
            yield _Mention(start, found_end, det, tuple(mods), article[found_at:found_end].lower())
            ended = False
            determined = True
            break
        bare = _bare_named(article, mods, found_at) if ended else None
        if bare is not None:
            yield _Mention(bare, found_end, "", tuple(mods), article[found_at:found_end].lower())
        elif objects and not determined:
            before = [*stop.split(), *mods]
            at_object = _verb_object(before, article[found_at:found_end])
            if at_object is not None and at_object >= len(before) - len(mods):
                kept = before[at_object:]
                start = article.rfind(kept[0], opens, found_at) if kept else found_at
                yield _Mention(
                    start, found_end, "", tuple(kept), article[found_at:found_end].lower()
                )


# Particles of a phrasal verb an object follows: "carried out air strikes".
_PARTICLES = frozenset(_words("out up off down"))


def _verb_object(before: list[str], written: str) -> int | None:
    """Where a plural noun with no determiner (`written`) begins as a verb's
    object, its modifiers in lower case after the verb or its particle among
    the words `before` it: "carried out air strikes in Tripoli" (at "air"),
    "found graves near Iguala". A first mention as much as "a grave near
    Iguala" is; a plural opening a sentence or after a preposition may be any
    of its kind. None when no verb comes before it."""
    if not written.endswith("s"):
        return None
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        if word.islower() and verb_word(word) and word not in _AUXILIARIES:
            return at + 2 if before[at + 1 : at + 2] and before[at + 1] in _PARTICLES else at + 1
        if not word.islower() or word in _DANGLING:
            return None
    return None


# Numbers a description may count its thing by ("the two air strikes").
_NUMBER_WORDS = frozenset(_words("two three four five six seven eight nine ten eleven twelve"))
# Verbs a plural after them is no object of: "they are militants", "have
# been cases".
_AUXILIARIES = frozenset(
    _words("is are was were be been being am has have had do does did will would")
)


# What a place is named after when it is only another's bearing.
_REFERENCE_POINT = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|miles|kilometres"
    r"|kilometers|km)[ \t]+(?:of|from)[ \t]+$",
    re.IGNORECASE,
)
# Plain heads (`_PLAIN_HEADS`) a phrase after their mention may say which one
# of: a place, a case, a family.
_PHRASE_NAMED_HEADS = frozenset(
    _words("city town area region case cases family families story report reports")
)
# Words that open a noun phrase without naming anything ("Such planes", "Many rebels").
_QUANTIFIERS = frozenset(
    _words("such many other another some every each all both few more most any no own")
)


def _bare_named(article: str, mods: list[str], head_at: int) -> int | None:
    """Where a noun with no determiner and a name before it starts ("Islamic
    State fighters are ...", "dropped to Kurdish forces"): the name's first
    word, when every modifier is capitalised; else None."""
    if (
        not mods
        or not all(m[:1].isupper() for m in mods)
        or mods[0].lower() in _NOT_NAMES
        or mods[0].lower() in _QUANTIFIERS
    ):
        return None
    at = article.rfind(mods[0], 0, head_at)
    # It opens a sentence when no word or comma of one runs on into it.
    opening = not re.search(r"[a-z,;:]$", article[:at].rstrip(" \"'\u201c\u2018"))
    # One capitalised word opening a sentence may be any word ("Rebel fighters");
    # one the article writes again, or two, are a name.
    if opening and len(mods) == 1 and article.count(mods[0]) < 2:
        return None
    return at


# (An abbreviation's stops are its own: "the U.S.-Mexico border", "U.K. officials".)
_MODIFIER = re.compile(r"[a-z0-9][\w-]*|[A-Z][\w-]*|[A-Z](?:\.[A-Z])+\.(?:-[A-Z][\w-]*)?")


def _heads_in(article: str, head: str) -> Iterator[Span]:
    """Where `article` writes `head` in the singular or the plural (`_forms`) as a
    word of its own, in order: after no letter, digit, "_" or hyphen, and before
    none.

    The letters the forms share are looked for as a string is, and the first
    ending after which no word goes on is taken; then the search goes on after
    the word. A head (`_phrase`) is letters, digits and hyphens, so a place
    inside a word found never has nothing of these before it. This finds what
    a pattern with look-arounds finds, but a pattern opening with a look
    behind was tried at every character of the article, and compiled for each
    head.
    """
    stem, endings = _forms(head)
    size = len(stem)
    at = article.find(stem)
    while at != -1:
        before = article[at - 1] if at else ""
        end = -1
        if not (before and (before.isalnum() or before in "_-")):
            for ending in endings:
                if article.startswith(ending, at + size):
                    after = article[at + size + len(ending) : at + size + len(ending) + 1]
                    if not (after and (after.isalnum() or after in "_-")):
                        end = at + size + len(ending)
                        break
        if end != -1:
            yield at, end
            at = article.find(stem, end)
        else:
            at = article.find(stem, at + 1)


_DETERMINING = frozenset(
    _words(
        """
        a an one two three four five six seven eight nine ten some several the
        """
    )
)


def _introduced(
    article: str, at: int, det: str, head: str, modifiers: list[str], until: int
) -> str | None:
    """The description as the article first introduced it: its modifiers and a
    short phrase after it, or None when that says nothing more. An article
    whose first mention is the statement's own may say which one later."""
    first = True  # no mention of another of its kind came before
    for match in _mentions(article, head):
        if at <= match.start < until:
            if match.det in _INDEFINITE and match.head == head:
                # "after it surfaced on a Banksy Instagram account, ... the
                # account": the statement introduces its own, and no later
                # "a Twitter account" is that one.
                return None
            continue  # the statement's own mention
        mods = list(match.mods)
        if any(
            # "a retired teacher"; but "the planes delivered weapons" is a clause.
            (verb_word(w) and (n or not w.endswith("ed")))
            or w.lower() in _NOT_MODIFIERS
            # (a name's word may be one: "Islamic State fighters"; and a noun
            # naming the kind of a compound: "a time capsule", "an army base")
            or (
                w.lower() in _PLAIN_HEADS
                and match.det != ""
                and not (n == len(mods) - 1 and w.lower() in _COMPOUND_KINDS)
            )
            or (n and w.endswith("ing"))
            for n, w in enumerate(mods)
        ):
            continue  # "the man said two ..."
        following = (
            _TOKEN.match(article, match.end + 1)
            if article[match.end : match.end + 1] == " "
            else None
        )
        if following is not None and re.fullmatch(r"[a-z][\w-]*", following.group()):
            word = following.group()
            if (
                word not in _PHRASE_OPENERS
                and word not in _DANGLING
                and not verb_word(word)
                and _ING_PARTICIPLE.match(article, following.start()) is None
                and _HEDGED_PARTICIPLE.match(article, match.end) is None
            ):
                continue  # "an intruder alarm": the head of another phrase
        wanted = _uncounted(modifiers, match.det)
        after = _mention_after(article, match, head)
        # "the missing students" after "43 students went missing last month":
        # the clause after the mention says what the description's words say.
        introducing = match.det in _INDEFINITE_OR_COUNTED or match.det.replace(",", "").isdigit()
        # (Only the first it introduces: "ten climbers are missing ... four
        # climbers went missing" leaves which ones open.)
        told = wanted if first and introducing and _told_in(after, wanted) else []
        if wanted and [m.lower() for m in mods[-len(wanted) :]] != wanted and not told:
            first = False
            continue  # "the kidnapped girls" are not any girls the article spoke of
        if set(map(str.lower, mods)) & _CONTRASTING:
            continue  # "a past pope" is another than "the pope"
        if not match.det and head != match.head and head.endswith("s"):
            continue  # "the magazines" are not the one "People magazine"
        definite = match.det == "the"
        if after is not None and match.head != head:
            # "a man who was ..." says nothing of "the men" in the same words, nor
            # "an alarm box near the entrance" which of "the alarm boxes"
            after = None
        new = [
            m
            for n, m in enumerate(mods)
            if m.lower() not in modifiers
            and m.lower() not in _COUNTS
            and not m[0].isdigit()
            # "6 foot mechanical bear": the unit goes with its number.
            and not (
                m.lower() in _UNITS
                and (
                    (mods[n - 1] if n else match.det)[0].isdigit()
                    or (mods[n - 1] if n else match.det).lower() in _COUNTS
                )
            )
        ][-3:]
        if match.det and after is None and new and all(m.lower() in _COMPOUND_KINDS for m in new):
            continue  # "a police shooting" says what kind of shooting, not which one
        if wanted:
            # "the current pope" is not to be made "the current past pope"; but
            # "the 12 students" are the "12 college students" the count names.
            new = []
        later = match.start >= until
        if later:
            # A later mention says which only by a name among its modifiers ("the
            # Iguala officers") or a place ("the border in Texas"): "the skinned
            # cats" may repeat the statement, and a clause said of a later mention
            # is the article's next sentence, seldom one that reads beside it.
            new = [m for m in new if m[:1].isupper() and not _opens_sentence(article, m, match)]
            if _shorter_name_before(article, at, until, new):
                continue
            if after is not None and (after[1] or not _PLACE.match(after[0])):
                after = None
            if not new and after is None:
                continue
        named = det.lower() == "the" and bool(new) and _all_named(article, new, match)
        if definite and after is None and not (later and new) and not named:
            # "the nearby al-Jarrah base", "the vast Muthanna complex": an
            # adjective of the mention's own before the name says nothing a
            # reader needs; the name says which ("the al-Jarrah base").
            at_name = _name_words_end(article, new, match)
            if det.lower() == "the" and not modifiers and 0 < at_name < len(new):
                new = new[at_name:]
                named = True
        if definite and after is None and not (later and new) and not named:
            # "the meteorite" again: the next mention may say more; but "the
            # Dragon capsule" says which by a name.
            continue
        if not new and after is None:
            return None
        words = [det.lower(), *(m for m in modifiers if m not in told), *new, head]
        if after is not None:
            words.append(after[0])
        return " ".join(words)
    return None


# What a clause's subject comes right after: a sentence's or a clause's start,
# or a conjunction opening one ("where 43 students went missing").
_OPENS_CLAUSE = re.compile(
    r"(?:[.!?\n]\s*|[,;:]\s+|\b(?:and|but|where|when|after|because|while|since)\s+)$"
)


def _mention_after(article: str, match: _Mention, head: str) -> tuple[str, bool] | None:
    """What follows a mention of `head` and says which one it is (`_after`),
    read as the mention's own place in its sentence calls for."""
    before = article[max(0, match.start - 12) : match.start]
    subject = match.start == 0 or _OPENS_CLAUSE.search(before)
    return _after(
        article,
        match.end,
        definite=match.det == "the",
        person=head in _PERSONS or head.endswith(("man", "men")),
        subject=bool(subject),
        # "footage of the yeti, captured amid the snow": the footage was captured.
        governed=before.rstrip().endswith(" of"),
        relational=head in _RELATIONAL or head.rstrip("s") in _RELATIONAL,
        depicting=head in _DEPICTING or head.rstrip("s") in _DEPICTING,
    )


def _told_in(after: tuple[str, bool] | None, wanted: list[str]) -> bool:
    """Whether a clause after a first mention (`_after`, one with a verb of its
    own) says each of a description's words: "the missing students" are the
    "43 students who went missing last month", "the injured driver" the
    "driver who was injured in the crash"."""
    if after is None or not after[1] or not wanted:
        return False
    said = {word.strip(",.").lower() for word in after[0].split()}
    return all(word in said for word in wanted)


def _uncounted(modifiers: list[str], det: str) -> list[str]:
    """A description's modifiers but the count it opens on when a mention counts
    its thing by the same ("the 28 girls" are the "28 girls attending a
    school" the article introduced), else all of them."""
    if modifiers and modifiers[0] == det and (det[:1].isdigit() or det in _COUNTS):
        return modifiers[1:]
    return modifiers


# A count and the word after it: "219 schoolgirls", "four students".
_COUNTED_WORD = re.compile(
    rf"(?<![\w.,$-])(?P<count>\d[\d,]*|{'|'.join(sorted(_NUMBER_WORDS))})"
    r"(?=[ \t]+(?P<word>[a-z][a-z-]*)\b)",
    re.IGNORECASE,
)


def _count_tied(
    article: str, at: int, det: str, head: str, modifiers: list[str], until: int
) -> str | None:
    """A counted description written with a shorter word of the same kind as
    the article introduced its things by that count: "the 219 girls" after
    "219 schoolgirls kidnapped from Chibok" -> "the 219 schoolgirls kidnapped
    from Chibok". The count ties them only when every other place the article
    writes it counts those things (or the description's own word): with "219
    schoolgirls" and "219 days", or two counted kinds ("40 schoolgirls",
    "40 schoolboys"), it says which no more than the word does. None when the
    introduced mention says no more (`_introduced`)."""
    if len(modifiers) != 1 or det.lower() != "the":
        return None
    count = modifiers[0]
    if not (count.replace(",", "").isdigit() or count in _NUMBER_WORDS):
        return None
    words = {
        found.group("word").lower()
        for found in _COUNTED_WORD.finditer(article)
        if found.group("count").lower() == count and not at <= found.start() < until
    }
    words.discard(head)
    if len(words) != 1:
        return None
    kind = words.pop()
    if len(kind) < len(head) + 3 or not kind.endswith(head):
        return None
    return _introduced(article, at, det, kind, modifiers, until)


def _all_named(article: str, mods: list[str], match: _Mention) -> bool:
    """Whether every one of a mention's modifiers is a word of a name: capitalised
    (or a particle and a capital, "al-Jarrah"), no month or weekday, and not
    capitalised only because it opens a sentence."""
    return all(
        _NAME_MODIFIER.fullmatch(m) and m not in _MONTHS and not _opens_sentence(article, m, match)
        for m in mods
    )


def _name_words_end(article: str, mods: list[str], match: _Mention) -> int:
    """Where the words of a name that end a mention's modifiers begin, after
    adjectives in lower case ("nearby", "sprawling"): the index of the first
    name word, or 0 when the modifiers do not run lower-case words and then a
    name. A participle or a word of another kind ("former", "other") before
    the name is no adjective of the same thing."""
    at = len(mods)
    while at and _all_named(article, [mods[at - 1]], match):
        at -= 1
    if at == len(mods) or any(
        not re.fullmatch(r"[a-z]+", m)
        or m in _CONTRASTING
        or m in _COUNTS
        or verb_word(m)
        or m.endswith(("ed", "ing"))
        for m in mods[:at]
    ):
        return 0
    return at


# A closed compound naming a kind of the word it ends on: "schoolgirls" are
# girls, "schoolchildren" children. (Other compounds are not kinds of their last
# word: "firefighters", "grandmother", "relationship".)
_KIND_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>(?-i:[A-Z])[\w-]*)[ \t]+(?P<compound>(?-i:school)(?P<head>[a-z]+))\b"
)


# The states people are in that a description may keep before a name: "the
# kidnapped girls" -> "the kidnapped Chibok schoolgirls".
_STATE_MODIFIERS = frozenset(_STATES_OF_PEOPLE.split("|")) | frozenset(
    _words("captive captured remaining")
)


def _school_named(article: str, det: str, head: str, modifiers: list[str]) -> str | None:
    """A bare plural "the girls" as the one name the article writes before a
    compound of its kind: "the girls" after "the Chibok schoolgirls" -> "the
    Chibok schoolgirls". Not when the article writes two such names ("the
    Chibok schoolgirls", "the Dapchi schoolgirls"), nor a sentence's first
    word the article writes nowhere else capitalised ("Abducted
    schoolgirls")."""
    # "the schoolgirls" is the compound itself; "the kidnapped girls" keeps the
    # state it is in ("the kidnapped Chibok schoolgirls").
    kind = head.removeprefix("school") if head.startswith("school") else head
    if (
        det.lower() != "the"
        or not set(modifiers) <= _STATE_MODIFIERS
        or not kind.endswith(("s", "ren"))
        or f"school{kind}" not in article
    ):
        return None
    found = set()
    for match in _KIND_COMPOUND.finditer(article):
        if match.group("head") != kind:
            continue
        name = match.group("name")
        if (
            name.lower() in _NOT_NAMES
            or name.lower() in _QUANTIFIERS
            or name.lower() in _DETERMINING
            or name in _MONTHS
        ):
            continue
        before = article[max(0, match.start() - 4) : match.start()]
        opening = not before or re.search(r"(?:[.!?\"\u201c\u201d]\s+|\n\s*)$", before)
        if opening and article.count(name) < 2:
            continue
        found.add(f"{name} {match.group('compound')}")
    if len(found) != 1:
        return None
    return " ".join(["the", *modifiers, found.pop()])


def _shorter_name_before(article: str, at: int, until: int, name: list[str]) -> bool:
    """Whether the statement's sentence (from its start to `until`) writes the
    first words of a later mention's `name`, two or more, and not the whole:
    "expected Apple Watch prices, saying buyers will spend $550 on the device"
    names the device; the later "Apple Watch Edition devices" are one kind of it."""
    if len(name) < 3:
        return False
    sentence = article[_sentence_start(article, at) : until]
    if " ".join(name) in sentence:
        return False
    return any(
        re.search(r"(?<![\w-])" + re.escape(" ".join(name[:n])) + r"(?![\w-])", sentence)
        is not None
        for n in range(2, len(name))
    )


# A noun for words ("the term", "the hashtag") with no words of its own after it.
_WORDS_KIND = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<head>term|word|phrase|hashtag|slogan|catchphrase|motto)\b"
    r"(?!\s*[\"'\u201c\u2018#]|-)"
)
_WORDS_KIND_HEADS = ("term", "word", "phrase", "hashtag", "slogan", "motto")
# Where an article writes such a noun with the words it names: "the term
# “freshman”", "the hashtag #BringBackOurGirls", "the word 'selfie'".
_WORDS_WRITTEN = (
    r"(?<![\w-])the\s+{head}\s+(?P<literal>\u201c[^\u201d\n]{{1,40}}\u201d|\"[^\"\n]{{1,40}}\""
    r"|\u2018[^\u2019\n]{{1,40}}\u2019|'[^'\n]{{1,40}}'|#\w+)"
)


def _literal_named(article: str, head: str, at: int) -> str | None:
    """A description of words ("the term") as the article last wrote it with
    the words it names before the statement (offset `at`): "the term" after
    "the term “freshman” may contribute ..." -> "the term “freshman”". The
    nearest such mention, within 2,000 characters before, is the one the
    description takes up; None when there is none."""
    if head not in article[max(0, at - 2000) : at]:
        return None
    last = None
    pattern = re.compile(_WORDS_WRITTEN.format(head=head), re.IGNORECASE)
    for match in pattern.finditer(article, max(0, at - 2000), at):
        last = match
    if last is None:
        return None
    literal = last.group("literal").rstrip(",.")
    if literal[:1] in "\u201c\"'\u2018" and len(literal) < 3:
        return None
    return f"the {head} {literal}"


# A telling by its kind, the article's shorthand for one it told of before:
# "these reports", "the claim", "those rumours" (not "the claim that ...", "the
# report of ...", which say which, nor "the report's", "the reports-based").
_TELLING_KIND = re.compile(
    r"(?<![\w-])[Tt]h(?:e|is|ese|ose)\s+"
    r"(?P<head>reports?|claims?|rumou?rs?|allegations?)\b"
    r"(?!\s+(?:that|of|about|by|from|in|on|which|who)\b|-|['\u2019])"
)
_TELLING_HEADS = ("report", "claim", "rumor", "rumour", "allegation")
# Where the article tells of one with what it told: "reports that militants in
# Mosul had Ebola" (any case: "Reports that ..." may open the lead), a day or
# "earlier" between ("claimed Friday that ...").
_TELLING_TOLD = re.compile(
    r"(?<![\w-])(?P<noun>(?i:reports?|reported|claims?|claimed|rumou?rs?|rumou?red"
    r"|allegations?|alleged?s?))(?:\s+(?:on\s+)?(?i:today|yesterday|earlier|recently|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))?\s+that\s+"
    r"(?P<clause>[^.;:!?,()\n\"\u201c\u201d\u2014\u2013]+)"
)
# Any word of a telling, as a noun or a verb ("reports of ...", "reported on
# ..."): a later one than the telling the article wrote with what it told may
# be another ("alleged" is left out: as an adjective it tells of nothing).
_TELLING_WORD = re.compile(
    r"(?<![\w-])(?i:reports?|reported|claims?|claimed|rumou?rs?|rumou?red"
    r"|allegations?|alleges)(?![\w-])"
)
_MOST_TOLD_WORDS = 12
_TOLD_OPENERS = frozenset(_words("there it he she they we i you this that these those his her"))


def _telling_told(article: str, head: str, at: int) -> str | None:
    """A telling described by its kind ("these reports", "the claim") as the
    article last wrote one of the same noun (either number) before the statement
    (offset `at`) with what it told:
    "WHO is aware of these reports" after "Reports that Isis fighters in Iraq have
    contracted Ebola ..." -> "the reports that Isis fighters in Iraq have
    contracted Ebola". The claim then says what it is about. None when no
    telling is written so before, or when what it told opens on a pronoun, is
    no clause (a relative's verb after "that": "the report that was leaked") or
    runs past `_MOST_TOLD_WORDS` words (its clause and the sentence's may run on
    together: "Reports that X are raising fears ...")."""
    last, runs_on = None, False
    for match in _TELLING_TOLD.finditer(article, 0, at):
        if _one_telling(match.group("noun")) != _one_telling(head):
            continue  # "claims that ..." is not what "the reports" are
        opening = article[_sentence_start(article, match.start()) : match.start()].split()
        noun = not match.group("noun").lower().endswith(("ed", "es"))
        last, runs_on = (
            match,
            (
                not opening
                or opening[-1].lower() in _RELATIVE_PRONOUNS
                or (noun and not any(map(verb_word, opening)) and _telling_noun_after(opening[-1]))
            ),
        )
    if last is None or _told_again(article, head, last.end(), at):
        return None
    words = last.group("clause").split()
    if runs_on:
        # The telling is its sentence's subject, or a relative clause's verb: the
        # sentence's verb follows what it told ("Reports that X have contracted
        # Ebola have been refuted", "A keeper who claims that X was questioned").
        words = _first_clause(words)
    words = _told_within(words)
    if (
        len(words) > _MOST_TOLD_WORDS
        or len(words) < 2
        or words[0].lower() in _TOLD_OPENERS
        or verb_word(words[0])
        or not any(verb_word(word) for word in words[1:])
    ):
        return None
    return f"the {head} that {' '.join(words)}"


# Prepositions opening a phrase of time or place after what a telling told
# ("a hostage was killed in an airstrike on Friday on the outskirts of Raqqa").
_TOLD_ADJUNCTS = frozenset(_words("in on at near during after before outside since amid"))


def _told_within(words: list[str]) -> list[str]:
    """What a telling told (`words`) cut to at most `_MOST_TOLD_WORDS` words
    before a phrase of time or place (`_TOLD_ADJUNCTS`) that ends its
    proposition: "an American female hostage was killed in a Jordanian
    airstrike on Friday on the outskirts of the northern Syrian city of Raqqa"
    -> "an American female hostage was killed in a Jordanian airstrike on
    Friday". The longest such cut is kept, and only one that leaves a verb
    after the clause's first word, no particle at its end ("ended up") and
    no verb in what it drops: "the crates dropped for the rebels in the
    valley ended up ..." may have its verb in the phrase cut off. `words` as
    they are when none fits."""
    if len(words) <= _MOST_TOLD_WORDS:
        return words
    for end in range(_MOST_TOLD_WORDS, 2, -1):
        kept = words[:end]
        if (
            words[end].lower() in _TOLD_ADJUNCTS
            and kept[-1].lower() not in _PARTICLES
            and any(verb_word(word) for word in kept[1:])
            and not any(verb_word(word) for word in words[end:])
        ):
            return kept
    return words


# How many paragraphs back, the statement's own counted, a demonstrative
# points at a telling.
_POINTED_PARAGRAPHS = 3


def _pointed_from(article: str, at: int) -> int:
    """Where the paragraphs a telling pointed back at from offset `at` is
    looked for in begin: the statement's own and the ones before it, up to
    `_POINTED_PARAGRAPHS` in all."""
    start = at
    for _ in range(_POINTED_PARAGRAPHS):
        start = max(article.rfind("\n", 0, len(article[:start].rstrip())), 0)
    return start


# An act pointed back at by a demonstrative and a word for any act: "this
# development", "that move", "this step".
_ACT_POINTED_HEADS = ("development", "move", "step")
_ACT_POINTED = re.compile(
    r"(?<![\w-])(?-i:[Tt]h(?:is|at)) +(?P<head>development|move|step)(?![\w-])"
)
# The verbs an agreement or a deal is made with, as the past participle.
_ACT_MADE = r"(?:reached|concluded|agreed|signed|struck|brokered|announced)"
# A noun of one or two words, a preposition not among them.
_ACT_NOUN = (
    r"\W?(?P<noun>[a-z][a-z-]*(?: +(?!(?:with|to|on|for|in|at|by|over|after|and|of)\b)"
    r"[a-z][a-z-]*)?)\W?"
)
# An act told with its maker: 'a "ceasefire agreement" had been concluded
# between the government and the rebels' (passive, what follows the verb up
# to a stop), "Nigeria agreed to a ceasefire" (a named actor's).
_ACT_TOLD_PASSIVE = re.compile(
    rf"(?<![\w-])(?:an?|the) +{_ACT_NOUN} +(?:(?:has|had|have) +)?(?:been|was|were)"
    rf" +(?P<verb>{_ACT_MADE})(?P<rest> +(?:between|with|by)\b[^,.;:!?\"\u201c\u201d\n]*)?"
)
_ACT_TOLD_ACTIVE = re.compile(
    r"(?:(?<![\w-])(?P<the>(?-i:The)) +)?"
    r"(?P<actor>(?-i:[A-Z])[\w.-]*(?: +(?:and +)?(?-i:[A-Z])[\w.-]*){0,3})"
    rf" +(?:(?:has|had|have) +)?(?P<verb>agreed +to|{_ACT_MADE}) +(?:an?) +{_ACT_NOUN}"
    r"(?=[ \t,.;:!?]|$)"
)
# How many words an act told runs to at most.
_MOST_ACT_WORDS = 10


def _act_pointed(article: str, at: int) -> str | None:
    """The one act a demonstrative and a word for any act (`_ACT_POINTED`)
    points back at, as the article told it in the statement's paragraph or the
    two before (`_pointed_from`): 'a "ceasefire agreement" had been concluded
    between the government and the rebels' -> "the ceasefire agreement
    concluded between the government and the rebels"; "Halden agreed to a
    truce" -> "the truce agreed to by Halden". "This development" read alone
    says nothing of what developed. None when the paragraphs tell no such act
    or two, or tell it at more than `_MOST_ACT_WORDS` words."""
    start = _pointed_from(article, at)
    acts = {
        f"the {told['noun']} {told['verb']}{told['rest'] or ''}".rstrip()
        for told in _ACT_TOLD_PASSIVE.finditer(article, start, at)
    } | {
        f"the {told['noun']} {' '.join(told['verb'].split())}"
        f" by {'the ' if told['the'] else ''}{told['actor']}"
        for told in _ACT_TOLD_ACTIVE.finditer(article, start, at)
    }
    if len(acts) != 1:
        return None
    act = acts.pop()
    return act if len(act.split()) <= _MOST_ACT_WORDS else None


# An owner's decision that says nothing of what was decided: "the Pope's
# decision was not taken lightly" (not "his decision to resign", "the court's
# decision on ...").
_DECISION_OWNED = re.compile(
    r"(?:(?<![\w-])[Tt]he +)?(?P<owner>(?-i:[A-Z])[\w.-]*)['\u2019]s +decision(?![\w-])"
    r"(?! +(?:to|not|on|over|about|of|that|in|against|by)\b)"
)
# A named actor telling of a decision: "Pope Francis has refused to meet the
# Dalai Lama over fears ...", "Jones decided not to run". The act ends where a
# reason, time or place it was decided for begins.
_DECISION_TOLD = re.compile(
    r"(?P<actor>(?-i:[A-Z])[\w.-]*(?: +(?-i:[A-Z])[\w.-]*){0,3})"
    r" +(?:(?:has|had|have) +)?(?P<verb>refused|declined|decided|chose|opted)(?P<neg> +not)?"
    r" +to +(?P<act>[a-z][a-z-]*(?: +[\w'\u2019-]+){0,7}?)"
    r"(?= +(?:over|because|after|amid|despite|due|for|as|in +order|on|when|since|until)\b"
    r"|\s*[,.;:!?]|$)"
)
# The verbs that tell a decision not to act.
_DECIDED_NOT = frozenset(("refused", "declined"))


def _decision_told(article: str, owner: str, at: int) -> str | None:
    """What an owner's decision (`_DECISION_OWNED`) decided, as the article told
    it before the statement (offset `at`) with the owner's name for subject:
    "Pope Francis has refused to meet the Dalai Lama" gives "the Pope's
    decision" -> "not to meet the Dalai Lama". A claim text read alone cannot
    say which decision "the decision" was; the act the article told can. None
    when the article tells no such act of the owner, or two."""
    acts = set()
    for told in _DECISION_TOLD.finditer(article, 0, at):
        if owner not in told.group("actor").split():
            continue
        negated = told.group("verb") in _DECIDED_NOT or told.group("neg") is not None
        acts.add(f"{'not ' if negated else ''}to {told.group('act')}")
    return acts.pop() if len(acts) == 1 else None


def _telling_pointed(article: str, head: str, at: int) -> str | None:
    """A telling a demonstrative points at ("these reports", "this claim") as
    the last clause the article told by any word of telling in the statement's
    paragraph or the two before it (`_POINTED_PARAGRAPHS`): "We are concerned
    by these reports" after "ISIS claimed that a hostage was killed in an
    airstrike" -> "the reports that a hostage was killed in an airstrike".
    "These" points at what was just told, whatever word told it, and the
    tellings of it retold since ("ISIS' claim", "reports of the death") are
    the same one. None as for `_telling_told`."""
    start = _pointed_from(article, at)
    last = None
    for match in _TELLING_TOLD.finditer(article, start, at):
        last = match
    if last is None:
        return None
    words = _told_within(_first_clause(last.group("clause").split()))
    if (
        len(words) > _MOST_TOLD_WORDS
        or len(words) < 2
        or words[0].lower() in _TOLD_OPENERS
        or verb_word(words[0])
        or not any(verb_word(word) for word in words[1:])
    ):
        return None
    return f"the {head} that {' '.join(words)}"


# A telling the article introduced by what it is of: "a rumour of EVD cases
# in Mosul", "reports about a missing airliner" (up to a stop, a comma or a
# clause of its own; looked ahead at, so a second telling inside is found).
_TELLING_OF = re.compile(
    r"(?<![\w-])(?:(?i:an?|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?)?"
    r"(?P<noun>(?i:reports?|claims?|rumou?rs?|allegations?))[ \t]+(?:of|about)[ \t]+"
    r"(?=(?P<phrase>[^.;:!?,()\n\"\u201c\u201d\u2014\u2013]+))"
)
# Words opening a clause of its own after what a telling is of ("a rumour of
# cases in Mosul that spread online").
_CLAUSE_OPENERS = frozenset(
    _words("that which who whom where when while after before because and or but")
)
# How many words what a telling is of runs to at most.
_MOST_OF_WORDS = 8


def _telling_introduced(article: str, head: str, at: int) -> str | None:
    """A telling pointed back at ("this rumour", "the rumours") as the article
    introduced one of its noun by what it is of in the statement's paragraph
    or the two before (`_POINTED_PARAGRAPHS`): "Following this rumour, health
    officials investigated" after "Two newspapers reported a rumour of Ebola
    cases in Mosul" -> "the rumour of Ebola cases in Mosul". Unlike a clause
    told by another word (`_telling_pointed`), a telling of the same noun
    introduced just before is the one "the" means too. What it is of must
    say which by a name or a number and run to at most `_MOST_OF_WORDS`
    words; None when the window introduces two such tellings of different
    things, or none."""
    start = _pointed_from(article, at)
    phrases: set[str] = set()
    for match in _TELLING_OF.finditer(article, start, at):
        if _one_telling(match.group("noun")) != _one_telling(head):
            continue
        words: list[str] = []
        for word in match.group("phrase").split():
            if word.lower() in _CLAUSE_OPENERS or (words and verb_word(word)):
                break
            words.append(word)
        if (
            not words
            or len(words) > _MOST_OF_WORDS
            or words[0].lower() in _TOLD_OPENERS
            or not any(word[:1].isupper() or word[:1].isdigit() for word in words)
        ):
            return None
        phrases.add(" ".join(words))
    if len(phrases) != 1:
        return None
    return f"the {head} of {phrases.pop()}"


def _told_again(article: str, head: str, start: int, end: int) -> bool:
    """Whether the article tells of one of the description's kind again after
    `start`, in the paragraph of the statement (offset `end`) or the one before
    it, without what it told: "reported that a militia stormed the embassy" ...
    "reports of terrorist control over the airliners" ... "the legitimacy of the
    report": the nearer telling is the one meant, so the earlier one's clause
    is not taken. A telling further back is the earlier one told again."""
    line = article.rfind("\n", 0, end)
    before = article.rfind("\n", 0, len(article[: max(line, 0)].rstrip()))
    start = max(start, before + 1)
    return any(
        _one_telling(found.group()) == _one_telling(head)
        for found in _TELLING_WORD.finditer(article, start, end)
    )


# Words after which "reports" or "claims" is a noun, not a verb (as after a
# name: "The Times of India reports that ..."; "a critic who claims that ...").
_BEFORE_TELLING_NOUN = frozenset(
    _words(
        """
        a an the these those such any some earlier recent new unconfirmed unfounded
        false of to by about despite amid following after over against with on in
        denied dismissed rejected refuted rebuffed disputed confirmed investigating
        """
    )
)


_TELLING_STEMS = ("report", "claim", "rumor", "alleg")


def _one_telling(noun: str) -> str:
    """A telling's noun in the singular and in lower case, "rumour" spelt "rumor":
    "Reports" -> "report"."""
    lower = noun.lower().replace("our", "or")
    return next((stem for stem in _TELLING_STEMS if lower.startswith(stem)), lower)


def _telling_noun_after(word: str) -> bool:
    """Whether a telling's word ("reports", "claims") written after `word` is its
    noun: after a determiner, a preposition or a verb taking it as its object."""
    return word.lower() in _BEFORE_TELLING_NOUN


def _first_clause(words: list[str]) -> list[str]:
    """`words` up to a verb that follows the first clause's own verb and a word
    after it: the verb of the sentence the clause is the subject of."""
    verb_seen = after_verb = False
    for n, word in enumerate(words):
        if verb_word(word):
            if after_verb:
                return words[:n]
            verb_seen = True
        elif verb_seen:
            after_verb = True
    return words


# A name's word before a noun ("Dragon", "al-Qaeda", "KFC"), not an adjective
# made of one ("Michigan-based").
_NAME_MODIFIER = re.compile(r"(?:[a-z]{1,3}-)?[A-Z][\w.&]*(?:-[A-Z][\w.&]*)*")


# Nouns whose complement says which one they are ("a deal for the release of
# ...", "talks on a ceasefire"); after others a phrase may belong to the verb
# ("tested three drones over the bay").
_RELATIONAL = frozenset(
    _words(
        """
        deal agreement accord pact treaty talks negotiation plan bid offer ban demand
        request campaign search probe investigation inquiry ceasefire truce appeal reward
        ransom warrant bill law order
        """
    )
)


def _kind_named(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The kind a singular mass noun was first named by, without an article, before
    the statement: "the gas" after "accused of using chlorine gas" -> "chlorine
    gas". Only for "the" and a bare head, and a noun before it that no article,
    adjective ending or verb makes a description of its own, written with the
    head at least twice."""
    plural = head.endswith("s") and not head.endswith(("ss", "us", "as", "is"))
    if det.lower() != "the" or modifiers or plural:
        return None
    for found_at, _ in _heads_in(article[:at], head):
        before = article[max(0, found_at - 40) : found_at].split()
        if len(before) < 2 or article[found_at - 1 : found_at] != " ":
            continue
        kind, governing = before[-1], before[-2].lower()
        if (
            re.fullmatch(r"[a-z][a-z-]{2,}", kind)
            and not _ADJECTIVE_ENDING.search(kind)
            and kind not in _NOT_MODIFIERS
            and kind not in _PLAIN_HEADS
            # a kind the article keeps naming ("chlorine gas" three times), not a
            # word said once beside the noun ("loud noise", "fresh attack")
            and len(re.findall(rf"(?<![\w-]){kind} {head}(?![\w-])", article)) >= 2
            and not verb_word(kind)
            and (governing in _GOVERNING_KIND or verb_word(governing))
        ):
            return f"{kind} {head}"
        return None  # the first mention is another kind of phrase
    return None


# Words that open a sentence or a name's phrase without being part of the name.
_NOT_IN_NAME = frozenset(
    _words(
        """
        the a an this that these those in on at for from to by with of and but or as
        after before when while if its his her their our my new old former
        """
    )
)


# Other last words of a name of the kind a head says: "the school" is "Elon
# University" as much as "Ridgeway School"; "the agency" is the "Secret Service".
_NAMES_OF_KIND = {
    "school": ("University", "College", "Academy"),
    "university": ("College",),
    "college": ("University",),
    "agency": ("Service", "Bureau", "Administration", "Commission"),
}


def _name_of_its_kind(
    article: str, det: str, head: str, modifiers: list[str], at: int
) -> str | None:
    """The one name before offset `at` whose last word is the description's head,
    capitalised: "the watch" -> "Apple Watch", "the war memorial" -> "National War
    Memorial", "the mall" -> "Westgate Mall". The name is of that kind by its own
    words; each modifier must be one of them. Only for "the" and a singular head,
    a name of two words or more, not in a headline or caption (a line whose long
    words are all capitalised); a shorter name that ends a longer one ("War
    Memorial", "National War Memorial") is the same one, and two names are none."""
    plural = head.endswith("s") and not head.endswith(("ss", "us", "as", "is"))
    if det.lower() != "the" or plural or head in _PERSONS or _personal(head):
        return None
    capitals = [
        c
        for c in (head[:1].upper() + head[1:], *_NAMES_OF_KIND.get(head, ()))
        if article.find(c, 0, at) >= 0
    ]
    if not capitals:
        return None  # no name ends in it: nothing to scan the article for
    names: set[str] = set()
    for found in re.finditer(
        rf"(?<![\w'\u2019.&-])((?:(?-i:[A-Z])[\w'\u2019.&-]*[ \t]+){{1,3}})"
        rf"(?P<kind>{'|'.join(capitals)})"
        r"(?![\w-]|[ \t]+(?-i:[A-Z]))",
        article[:at],
    ):
        capital = found.group("kind")
        line_start = article.rfind("\n", 0, found.start()) + 1
        line_end = article.find("\n", found.end())
        line = article[line_start : line_end if line_end != -1 else len(article)]
        long = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) > 3]
        if long and all(w[:1].isupper() for w in long):
            continue  # a headline or a caption: every word capitalised
        words = found.group(1).split()
        while words and words[0].lower() in _NOT_IN_NAME and not _opens_on_state(words):
            words = words[1:]
        if not words or any(
            w.endswith((".", ","))
            or (w.lower() in _NOT_IN_NAME and not (at_word == 0 and _opens_on_state(words)))
            or w.lower() == "via"
            or verb_word(w.lower())
            for at_word, w in enumerate(words)
        ):
            # A sentence's end ("... in the U.S. Mall"), or a title's words ("Nasa
            # Confirms Earth"), not a name's.
            continue
        names.add(" ".join([*words, capital]))
    longest = {n for n in names if not any(m != n and m.endswith(" " + n) for m in names)}
    if len(longest) != 1 or _opening_on_kind(article[:at], capitals):
        return None
    name = next(iter(longest))
    if any(m.lower() not in name.lower().split() for m in modifiers):
        return None
    return name


def _opens_on_state(words: list[str]) -> bool:
    """Whether a name's first two words are a state's, a capital's or a U.S.
    state's name (`_state_names`): the "New" of "New York Police Department"
    is the place's, no adjective before the name."""
    return " ".join(words[:2]) in _state_names()


def _opening_on_kind(text: str, capitals: Sequence[str]) -> bool:
    """Whether `text` names an institution by one of `capitals` and what it is of,
    the kind opening the name ("the Court of Appeal", not "Supreme Court"): a
    name of the kind as much as one ending in it."""
    for found in re.finditer(rf"(?:{'|'.join(capitals)}) of (?-i:[A-Z])", text):
        before = text[: found.start()].split()[-1:]
        if not before or not before[0][:1].isupper() or before[0] in {"The", "A", "An"}:
            return True
    return False


# Bodies named by their kind and what they are of: "the Department of Homeland
# Security", "the Ministry of Health", "the University of Leeds". (Not a day,
# a house or a state: "the Day of the Dead" is no day a story told of before.)
_HEADED_KINDS = frozenset(
    _words(
        """
        department ministry university college bank museum bureau council institute
        commission academy society federation office court board agency
        """
    )
)
# Other first words of a name of the kind a head says: "the agency" is the
# "Department of Homeland Security" or the "Bureau of Land Management".
_HEADED_NAMES_OF_KIND = {"agency": ("Department", "Bureau", "Office", "Commission")}


def _name_headed(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """The one name of an institution the article writes within `_NEAR` before
    offset `at` that opens on the description's head and says what it is of:
    "the department" -> "the Department of Homeland Security", "the ministry"
    -> "the Ministry of Health". Only for "the", a singular head of an
    institution's kind and no modifier; two such names (two ministries), none."""
    if det.lower() != "the" or modifiers or head not in _HEADED_KINDS:
        return None
    low = max(0, at - _NEAR)
    capitals = [
        c
        for c in (head[:1].upper() + head[1:], *_HEADED_NAMES_OF_KIND.get(head, ()))
        if article.find(c + " of ", low, at) >= 0
    ]
    if not capitals:
        return None
    names = set()
    for found in re.finditer(
        rf"(?<![\w'\u2019.&-])(?P<kind>{'|'.join(capitals)}) of "
        r"(?P<of>(?:the )?(?-i:[A-Z])[\w'\u2019&-]*"
        r"(?:(?: and| for| of(?: the)?)? (?-i:[A-Z])[\w'\u2019&-]*){0,4})",
        article[low:at],
    ):
        of = re.sub(r"['\u2019]s$", "", found.group("of"))
        names.add(f"{found.group('kind')} of {of}")
    # "Ministry of Health" and "Ministry of Health Services" are one body.
    longest = {n for n in names if not any(m != n and m.startswith(n + " ") for m in names)}
    if len(longest) != 1:
        return None
    ending = re.search(
        rf"(?<![\w'\u2019.&-])(?!(?-i:The|A|An|This|That)\b)(?-i:[A-Z])[\w'\u2019.&-]*[ \t]+"
        rf"(?:{'|'.join(capitals)})(?![\w-]|[ \t]+of\b)",
        article[low:at],
    )
    if ending is not None:
        return None  # "the Supreme Court" and "the Court of Appeal": which one
    return f"the {next(iter(longest))}"


# How far before a statement (in characters) a name may stand and still be the
# one its description means: past that an article has often moved on to
# another story.
_NEAR = 5000


def _named_modifier(article: str, det: str, head: str, modifiers: list[str], at: int) -> str | None:
    """A description whose noun modifier is the last word of the one name
    before offset `at` (`_name_of_its_kind`), with that name for the word:
    "the palace garden" after "Buckingham Palace" -> "the Buckingham Palace
    garden", "the mall attack" after "Westgate Mall" -> "the Westgate Mall
    attack". Only the modifier right before the head; not when another
    modifier sets the thing apart ("the other palace garden"), for a word
    that needs no article ("the state media" is no "Islamic State" media),
    for a name that owns ("Canada's Parliament") or one far before."""
    if not modifiers or set(modifiers) & _CONTRASTING:
        return None
    modifier = modifiers[-1]
    if not re.fullmatch(r"[a-z][a-z-]{2,}", modifier) or modifier in _PLAIN_HEADS:
        return None
    name = _name_of_its_kind(article, det, modifier, [], at)
    if name is None or re.search(r"['\u2019\d]", name) or not _near(article, name, at):
        return None
    return " ".join([det, *modifiers[:-1], name, head])


# Bare words for an outlet or its place of work: "the station", "the paper".
_EMPLOYER_HEADS = frozenset(_words("station network channel newsroom paper newspaper magazine"))
# A journalist's job, written with the outlet's name before it ("NBC
# meteorologist Ann Dale", "Ann Dale, a CNN correspondent").
_MEDIA_ROLES = (
    r"(?:meteorologist|weatherman|weatherwoman|forecaster|correspondent|anchor|anchorman"
    r"|anchorwoman|host|presenter|reporter|journalist|producer|editor|columnist|commentator"
    r"|contributor|critic)"
)
_CAPITALISED_RUN = r"[A-Z][\w&!.'\u2019-]*(?: [A-Z][\w&!.'\u2019-]*)*"
_PERSON_WORDS = r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)*"
_EMPLOYER_BEFORE = re.compile(
    rf"(?<![\w-])(?P<body>{_CAPITALISED_RUN}) {_MEDIA_ROLES} (?P<person>{_PERSON_WORDS})"
)
_EMPLOYER_AFTER = re.compile(
    rf"(?P<person>{_PERSON_WORDS}), (?:an?|the) (?P<body>{_CAPITALISED_RUN}) {_MEDIA_ROLES}\b"
)
_MEDIA_NAMED = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(name) for name in sorted(gazetteer.MEDIA_NAMES, key=len, reverse=True))
    + r")(?![\w-])"
)
_OUTLET_RUN = re.compile(r"(?<![\w-])[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)+")


def _listed_outlet(run: str) -> str | None:
    """The listed outlet (`gazetteer.MEDIA_NAMES`) the longest leading words of
    a capitalised run name: "NBC Nightly News" -> "NBC", "Fox News" -> "Fox
    News"."""
    words = run.split()
    for end in range(len(words), 0, -1):
        found = gazetteer.MEDIA_NAMES.get(" ".join(words[:end]))
        if found is not None:
            return found
    return None


def _employer_owned(
    article: str, det: str, modifiers: list[str], at: int, content: str, head: str
) -> str | None:
    """A bare "the station", "the network", "the paper" whose statement names
    a person the article introduced by a journalist's job at one listed
    outlet ("NBC meteorologist Ann Dale", "Ann Dale, a CNN correspondent")
    -> "NBC's station": the outlet a reporter works for is the one a bare
    word for it means. Only when the article names no other outlet (a listed
    one or a name ending in an outlet word, "Weather Channel") and writes the
    word for no other kind of thing ("the police station"): a wrong owner is
    worse than none."""
    if det.lower() != "the" or modifiers:
        return None
    said = set(_WORD.findall(article, _sentence_start(article, at), at + len(content)))
    owners = {
        _listed_outlet(found.group("body"))
        for pattern in (_EMPLOYER_BEFORE, _EMPLOYER_AFTER)
        for found in pattern.finditer(article)
        if found.group("person").split()[-1] in said
    }
    owner = next(iter(owners)) if len(owners) == 1 else None
    if owner is None:
        return None
    named = {gazetteer.MEDIA_NAMES[found.group()] for found in _MEDIA_NAMED.finditer(article)}
    for run in _OUTLET_RUN.finditer(article):
        outlet = run.group().rstrip(".")
        if outlet.split()[-1].lower() in MEDIA_HEADS:
            named.add(_listed_outlet(outlet) or outlet)
    if named - {owner} or _told_as_another_kind(article, head, owner):
        return None
    return f"{owner}'s {head}"


# Words before an outlet word that leave it an outlet: a determiner, or what
# it broadcasts ("a local TV station").
_OUTLET_WORD_BEFORE = _words(
    "the a an this that his her its our their whose my your local tv television radio news cable"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w'\u2019.-]+)[ \t]+$")


def _told_as_another_kind(article: str, head: str, owner: str) -> bool:
    """Whether the article writes the outlet word with a modifier other than
    a determiner, a broadcast word or the outlet's own name: "the police
    station", "a research paper", "a terror network" say that its bare word
    is no outlet."""
    own = {word.lower() for word in owner.split()}
    for start, _ in _heads_in(article, head):
        before = _WORD_BEFORE.search(article, max(0, start - 40), start)
        if before is None:
            continue
        word = before.group("word").lower()
        if word not in _OUTLET_WORD_BEFORE and re.sub(r"['\u2019]s$", "", word) not in own:
            return True
    return False


def _near(article: str, name: str, at: int) -> bool:
    """Whether `article` writes `name` within `_NEAR` characters before `at`."""
    return article.rfind(name, max(0, at - _NEAR), at) >= 0


# "the" and a name's last words in capitals, not followed by another capital
# (the name goes on) or "of" (it says which: "the Ministry of Public Works").
_NAME_TAIL = re.compile(
    r"(?P<det>[Tt](?<![\w-].)he) +(?P<tail>[A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,2})"
    r"(?![\w'\u2019-]| +[A-Z]| +of\b)"
)


def _name_ended(article: str, tail: str, at: int) -> str | None:
    """The one longer name the article writes after "the" before offset `at`
    whose last words are `tail`: "the Armed Forces" after "the Canadian Armed
    Forces" -> "Canadian Armed Forces", "the Post" after "the Washington Post".
    A word before the tail that opens a sentence or a phrase ("The", "In") is
    no part of a name, nor an owner ("Canada's"), nor a headline's word; a
    nationality ("the Kurdish forces") is no name's end. None when the article
    writes two such names, none, or the one only far before."""
    if tail.split()[-1] in _nationalities() or article.find(tail, 0, at) < 0:
        return None
    names = set()
    # The look behind after the first letter, so that the pattern is looked for
    # by that letter, not tried at every character.
    for found in re.finditer(
        rf"[Tt](?<![\w'\u2019.&-].)he +((?:[A-Z][\w.&-]*[ \t]+){{1,2}}){re.escape(tail)}"
        r"(?![\w-]| +[A-Z])",
        article[:at],
    ):
        words = found.group(1).split()
        if any(w.lower() in _NOT_IN_NAME or verb_word(w.lower()) for w in words):
            continue
        if in_headline(article, found.start(), found.end()):
            continue
        names.add(" ".join([*words, tail]))
    if len(names) != 1:
        return None
    name = names.pop()
    return name if _near(article, name, at) else None


# Words after which a noun takes no article: a preposition or a verb in -ing.
_GOVERNING_KIND = frozenset(
    _words("of with using by from into and or like against without containing")
)
_ADJECTIVE_ENDING = re.compile(
    r"(?:al|ic|ous|ive|ful|less|able|ible|ed|ing|ish|ary|ent|ant|est|er|y)$"
)
# Nouns for what shows or tells of something: "a video of ...", "a letter about ...".
_DEPICTING = frozenset(
    _words(
        """
        video footage clip photo photograph picture image recording tape letter email
        e-mail message tweet post article documentary
        """
    )
)
# Modifiers that set one apart from another of its kind.
_CONTRASTING = frozenset(
    _words(
        """
        past former previous other another different
        """
    )
)
_UNITS = frozenset(
    _words(
        """
        foot feet inch inches metre metres meter meters mile miles pound pounds ton tons
        tonne tonnes year years month months week weeks day days hour hours minute minutes
        kilogram kilograms kg km cm mm percent
        """
    )
)
_COUNTS = frozenset(
    _words(
        """
        one two three four five six seven eight nine ten eleven twelve dozen dozens
        hundred hundreds thousand thousands million millions few several many more
        most other
        """
    )
)
# Verbs whose past after an indefinite subject is its predicate ("a meteorite
# crashed into ..."), not a participle ("a video posted on YouTube").
_INTRANSITIVE = frozenset(
    _words(
        """
        appeared crashed happened occurred landed exploded died arrived emerged
        surfaced collapsed erupted walked jumped climbed travelled traveled returned
        escaped moved lived worked stayed disappeared vanished turned started opened
        struck hit fell came went ran flew broke rose stood began spent tried
        claimed vowed pledged threatened
        """
    )
)
# Months and weekdays as a name or a place phrase would write them ("May", "Monday").
_MONTHS = frozenset(w.capitalize() for w in P.MONTHS | P.WEEKDAYS if not w.endswith("."))


# An adverb in -ly between a first mention and its participle: "a video
# purportedly showing ...", "a spider surgically removed from ...".
_HEDGED_PARTICIPLE = re.compile(
    r"\s+(?P<adverb>(?-i:[a-z]{3,}ly))(?=\s+(?-i:[a-z]{3,}(?:ing|ed))\s)"
)
# Words in -ly that are no adverb.
_NOT_ADVERBS = frozenset(
    _words(
        """
        family only holy ugly elderly friendly lovely likely lonely silly jelly belly
        rally ally bully supply reply apply assembly early daily weekly monthly yearly
        """
    )
)


# A place after a first mention: a name ("in Managua"), or a part of one named
# ("from the cornerstone of the State House", "on the outskirts of Iguala").
_PLACE_AFTER = re.compile(
    r"\s+(?:in|near|at|from|outside|off)\s+"
    r"(?=(?-i:[A-Z])|the\s+(?:(?-i:[a-z]+)\s+){1,2}of\s+(?:the\s+)?(?-i:[A-Z]))"
)


def _after(
    article: str,
    end: int,
    *,
    definite: bool,
    person: bool,
    subject: bool,
    governed: bool = False,
    relational: bool = False,
    depicting: bool = False,
) -> tuple[str, bool] | None:
    """What follows a first mention and says which one it is, and whether it is a
    clause with a verb of its own: a relative clause, a participle, a place; for
    an indefinite subject, its predicate made a relative clause. None when
    nothing short does."""
    rest = article[end : end + 240]
    hedged = _HEDGED_PARTICIPLE.match(rest) if not definite else None
    if hedged is not None and hedged.group("adverb") not in _NOT_ADVERBS:
        # "a video purportedly showing ...": the participle after the adverb says
        # which one, and the adverb stays with it (how sure the article is).
        inner = _after(
            article,
            end + hedged.end(),
            definite=definite,
            person=person,
            subject=subject,
            governed=governed,
            relational=relational,
            depicting=depicting,
        )
        if inner is None or inner[1]:
            return None
        return f"{hedged.group('adverb')} {inner[0]}", False
    # A relative clause may follow an aside: "27 hostages, 10 of them Chinese, who were ...".
    relative = re.match(
        r"(?:,[^,.;:()\n]{1,50},\s+(?=who\b)|,\s+|\s+)(?P<pronoun>that|which|who)\s+", rest
    )
    participle = re.match(
        r"(?P<comma>,)?\s+(?P<verb>[a-z]+ed|seen|shown|taken|made|found|held|shot|built"
        r"|known|caught|stolen|hidden|written|left|given|sent|brought)\s+(?:by|in|on|at|from"
        r"|near|with|into|during|outside|amid|across|along|inside|under|over"
        # "uploaded to YouTube", "sent to the mayor"; not "continued to shoot"
        r"|to(?=\s+(?:(?:the|an?|his|her|its|their)\b|(?-i:[A-Z0-9]))))\s",
        rest,
    )
    place = re.match(_PLACE_AFTER, rest)
    # "a video showing the murder of ...", "a man wearing a mask": a participle in
    # -ing with its object says which one, as a relative clause would.
    showing = _ING_PARTICIPLE.match(rest, 1) if not definite and rest[:1] == " " else None
    # "a deal for the release of ...", "talks on a ceasefire": what it is for or about
    complement = re.match(
        r"\s+(?:for|on|over|against|between|with)\s+(?=(?:the|a|an|more|(?-i:[A-Z0-9]))\b)",
        rest,
    )
    if complement is None and depicting:
        # "a video of the beheading of ...", "a photo of Lake Ohrid": what it shows.
        complement = re.match(r"\s+(?:of|about)\s+(?=(?:the|a|an|(?-i:[A-Z0-9]))\b)", rest)
        relational = complement is not None
    clause = False
    if governed and re.match(r",", rest):
        return None  # what follows the comma may be said of the phrase "of" ends
    if relative is not None:
        opening, body, clause = (
            relative.group("pronoun") + " ",
            rest[relative.end() :],
            True,
        )
    elif (
        participle is not None
        and participle.group("verb") not in _INTRANSITIVE
        and (
            participle.group("comma")
            or not (definite or subject)
            or _verb_follows(rest)
            or _by_agent(rest)
        )
    ):
        # At a clause's start, "A clip posted on X shows ..." has a participle and
        # "A clip circulated on X overnight" a predicate: the verb after tells.
        opening, body = "", rest[participle.start("verb") :]
    elif showing is not None:
        opening, body = "", rest[showing.start() :]
    elif place is not None:
        opening, body = "", rest[place.start() :].lstrip()
    elif complement is not None and relational and not definite:
        opening, body = "", rest[complement.start() :].lstrip()
    elif not definite and subject and (predicate := _PAST_VERB.match(rest)) is not None:
        verb = predicate.group("verb").split()[0]
        if verb in {"said", "says", "told"} or (
            verb.endswith("ed")
            and verb not in _INTRANSITIVE
            and " " not in predicate.group("verb")
            and (not subject or _verb_follows(rest) or _by_agent(rest))
        ):
            return None
        opening, body, clause = (
            ("who " if person else "that "),
            rest[predicate.start("verb") :],
            True,
        )
    else:
        return None
    stop = _STOP.search(body)
    if stop is not None and stop.group() == "." and closes_abbreviation(body, stop.start()):
        return None  # "the text that caught M. Perrucci's attention": cut, it would end in "M"
    words = (body[: stop.start()] if stop is not None else body).split()
    if relative is not None and subject:
        # "two bikes that were parked outside were stolen": the second "were"
        # is the sentence's own verb, not the relative clause's. (After an
        # object the sentence's verb came before: "questioned a man who says
        # he heard shots at the time Brown was shot".)
        words = words[: _main_verb_after_relative(words)]
    if not clause:
        # A place or a participle ends before the sentence's own verb, and before
        # a relative clause of its own noun ("in San Francisco that Apple announced").
        verb = next(
            (n for n, w in enumerate(words) if n and (verb_word(w) or w in _RELATIVE_PRONOUNS)),
            None,
        )
        words = words[:verb] if verb is not None else words
    if len(words) > _MOST_WORDS:
        # Kept short: up to the last phrase that ends before the limit.
        cut = [n for n in range(2, _MOST_WORDS) if _opens_a_phrase(words, n)]
        words = words[: cut[-1]] if cut else []
    while words and (words[-1].lower() in _DANGLING or words[-1].endswith(("'s", "\u2019s"))):
        words = words[:-1]
    pronoun = next((n for n, w in enumerate(words) if _PRONOUNS.fullmatch(w.strip(",."))), None)
    if pronoun is not None:
        # "by a group calling itself ...": up to the phrase that needs the article.
        cut = [n for n in range(1, pronoun) if _opens_a_phrase(words, n)]
        words = words[: cut[-1]] if cut else []
        while words and words[-1].lower() in _DANGLING:
            words = words[:-1]
        if len(words) < 2:
            return None
    if clause and (len(words) < 3 or not any(verb_word(w) for w in words)):
        return None  # "the term that 'freshman'", "that had burrowed": says too little
    if (
        (participle is not None or showing is not None)
        and not clause
        and place is None
        and len(words) < 3
    ):
        return None  # "filled", cut before the sentence's verb
    if (
        (place is not None or complement is not None)
        and not clause
        and participle is None
        and (len(words) < 2 or any(w.strip(",.") in _MONTHS for w in words))
    ):
        return None
    return opening + " ".join(words), clause


def _main_verb_after_relative(words: list[str]) -> int:
    """Where the words of a relative clause (after its pronoun) reach the verb of
    the sentence it sits in: an auxiliary after the clause's own verb with a
    word between ("were parked outside were stolen" -> 3), not one of the
    clause's own verb group ("had been", "to have"); else their number."""
    seen = False
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _AUXILIARIES:
            previous = words[n - 1].lower() if n else ""
            if seen and previous not in _IN_VERB_GROUP and not previous.endswith("ly"):
                return n
            seen = True
        elif verb_word(lower):
            seen = True
    return len(words)


# Words a verb group holds before its auxiliary: "may have", "to have", "has
# also been", "had not been".
_IN_VERB_GROUP = _AUXILIARIES | frozenset(
    _words("to not never also just already still may might must can could should shall")
)


def _opens_a_phrase(words: list[str], n: int) -> bool:
    """Whether `words[n]` opens a phrase a long clause may be cut before: not the
    "to" of an infinitive a participle or an adjective takes ("who was eyed to
    play ...", "expected to", "trying to", "able to"), which would leave "who
    was eyed"."""
    word = words[n].lower()
    if word not in _PHRASE_OPENERS:
        return False
    if word != "to":
        return True
    before = words[n - 1].lower()
    return not (
        before.endswith(("ed", "ing")) or before in verbforms.PARTICIPLES or before in _TAKES_TO
    )


# Adjectives that take an infinitive: "able to", "set to", "due to".
_TAKES_TO = frozenset(_words("able unable likely unlikely due set about ready willing going"))


def _titled(
    title: str | None, article: str, det: str, head: str, modifiers: list[str]
) -> str | None:
    """The description with the names the article's title sets before its head:
    "the video" under "Acme video shows ..." -> "the Acme video". Only names the
    article writes with a capital inside a sentence count: a title may capitalise
    every word ("New Video Shows ...")."""
    if not title or modifiers:
        return None
    found = next(_heads_in(title.lower(), head), None)
    if found is None:
        return None
    name = _title_name(title, article, found)
    if name is not None:
        return name
    words = title[: found[0]].split()[-3:]
    names: list[str] = []
    for word in reversed(words):
        bare = word.strip("'\u2018\u2019\"")
        if (
            not re.fullmatch(r"(?-i:[A-Z])[\w&.-]*", bare)
            or bare.lower() in _NOT_NAMES
            or bare in _MONTHS
        ):
            break
        if not _capitalised_inside(article, bare):
            # Capitalised by the title alone, or a longer name's first word
            # ("Islamic State fighters"): not "the State fighters".
            names = [] if names and bare.lower() not in _NOT_NAMES else names
            break
        names.insert(0, bare)
    if not names:
        return None
    return " ".join([det.lower(), *names, head])


# What goes on after a name's head: capitalised words, joined by the small words
# a name may hold ("Society for the Prevention of Cruelty to Animals").
_NAME_GOES_ON = re.compile(
    r"(?:[ \t]+(?:(?:of|for|the|to|on|de)[ \t]+)*(?-i:[A-Z])[\w&'\u2019-]*(?<![.,;:'\u2019]))*"
)
# A word of a sentence, not of a name: a title holding one is no title in
# capitals ("New Video Shows ..."), where every word is capitalised.
_SENTENCE_WORD = re.compile(r"(?<![\w'\u2019-])(?-i:[a-z]{4,})\b")


def _title_name(title: str, article: str, found: Span) -> str | None:
    """The name the title gives when it writes the description's head as a word
    of that name: "the society" under "The Scottish Society for the Prevention of
    Cruelty to Animals is investigating ..." is that society, not "the Scottish
    society". Only in a title written as a sentence (some words in lower case),
    with the name's head capitalised inside it and the name more than its head;
    "the" kept where the title sets it before the name. A person's title
    ("Officer", "President") is no such head."""
    start, end = found
    if (
        not title[start : start + 1].isupper()
        or _SENTENCE_WORD.search(title) is None
        or title[start:end].lower() in TITLE_WORDS | _PERSONS
    ):
        return None  # "Officer Darren Wilson": a person, named by the article's own ways
    before = title[:start].split()
    names: list[str] = []
    while before and re.fullmatch(r"(?-i:[A-Z])[\w&.'\u2019-]*", before[-1]):
        if before[-1].lower() in _NOT_NAMES or before[-1] in _MONTHS:
            break
        names.insert(0, before.pop())
    after = _NAME_GOES_ON.match(title, end)
    goes_on = after.group() if after is not None else ""
    if not names and (not goes_on or not before):
        return None  # "Society" alone, or a sentence's first word: no name
    name = " ".join([*names, title[start:end]]) + goes_on
    if (
        len(name.split()) > _MOST_WORDS
        or re.search(rf"[a-z,;]\s+{re.escape(name)}\b", article) is None
    ):
        return None
    if before and before[-1].lower() == "the":
        return "the " + name
    return name


def _opens_sentence(article: str, word: str, mention: _Mention) -> bool:
    """Whether `word`, in `mention`, opens its sentence: capitalised as a
    sentence's first word, not as a name."""
    at = article.find(word, mention.start, mention.end)
    return (
        at <= 0
        or re.search(r"(?:[.!?\"\u201d]\s+|\n\s*)$", article[max(0, at - 4) : at]) is not None
    )


_PLACE = re.compile(r"(?:in|near|at|from|outside|off)\s+(?-i:[A-Z])")
# A participle in -ing that takes an object right after a noun ("showing the
# murder", "wearing a mask", "depicting Nigerian soldiers"); not a noun in -ing
# ("a bombing the city", never written so).
_ING_PARTICIPLE = re.compile(
    r"(?!(?:saying|telling|adding|noting|claiming|insisting|arguing|warning|explaining"
    r"|suggesting|asking|having|being|according|during|including|regarding|concerning"
    r"|following|pending|excluding|considering|morning|evening|thing|nothing|something"
    r"|anything|everything|spring|string|building|meeting|ceiling|king|ring|wing)\b)"
    r"(?P<verb>(?-i:[a-z]{3,}ing))\s+(?=(?:the|a|an|his|her|their|its|two|three|several"
    r"|dozens|hundreds|(?-i:[A-Z]))\b)"
)
_NOT_MODIFIERS = _DANGLING | frozenset(
    _words(
        """
        among between against without within through per via about after before
        during since until under over near across along amid upon
        """
    )
)


def _by_agent(rest: str) -> bool:
    """Whether the phrase in -ed at the start of `rest` names its agent with "by"
    before the clause ends: a passive participle ("posted ... by a group")."""
    stop = _STOP.search(rest)
    return re.search(r"\sby\s", rest[: stop.start()] if stop is not None else rest) is not None


def _verb_follows(rest: str) -> bool:
    """Whether a finite verb follows the first word of `rest` before the clause
    ends: "posted on YouTube shows ..." (a participle, then the verb)."""
    stop = _STOP.search(rest)
    words = (rest[: stop.start()] if stop is not None else rest).split()
    return any(verb_word(word) for word in words[1:])


_PHRASE_OPENERS = frozenset(
    _words(
        """
        in on at by for from with into near over after before during since until
        following about outside inside across along amid under to and who which
        that where when
        """
    )
)


# -- a third person the content opens with -------------------------------------

# A content opening on "he" or "she" as its subject (not "he's": a contraction
# is left as written).
_OPENING_PRONOUNS = frozenset({"he", "she", "his", "her"})
# The opening pronouns `person_named` and `thing_named` find what they stand for.
_PRONOUNS_NAMED = _OPENING_PRONOUNS | frozenset({"it", "they"})
_OPENING_PERSON = re.compile(r"^\W*(?P<ref>[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+(?=[a-z])")
# Two or three capitalised words: a full name, when the article also writes the
# last one alone.
_FULL_NAME = re.compile(
    r"(?P<name>[A-Z](?<![\w'\u2019.-].)[a-z]+(?:[ \t]+[A-Z][a-z'\u2019-]*[a-z]){1,2})"
    r"(?![\w-]|[ \t]+[A-Z])"
)
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<name>[A-Z][a-z'\u2019-]+)\b")
# Words before a capital that make it no name of a person's.
_NO_FORENAME = frozenset(
    _words(
        """
        the a an in on at of for from to by with and or but as if when while after before
        this that these those his her its their our my your it he she they we i you
        president prime minister sir lord lady king queen prince princess pope saint st
        north south east west new los san las old great united islamic
        """
    )
)
# People the article may mean without naming them: a third person that such a
# noun stands beside may be either.
_UNNAMED_PEOPLE = _PERSONS | frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson publicist source sources official officials
        minister president leader actor actress singer rapper artist star player director
        lawmaker congressman congresswoman senator manager chief commander general judge
        lawyer attorney friend brother sister husband wife reporter journalist witness
        """
    )
)
_PLURAL_PEOPLE = frozenset(
    _words(
        """
        men women boys girls people children teenagers students victims suspects gunmen
        officers soldiers workers passengers patients fighters militants hostages doctors
        users residents sources officials
        """
    )
)


def person_named(
    content: str, article: str, at: int, speaker: str | None, *, quoted: bool = False
) -> str | None:
    """The person a content's opening "he", "she", "his" or "her" stands for, as the
    article says, or None.

    Read from offset `at` of `article`. The candidates are the persons the
    article mentions before the content in its own sentence, else in the
    sentence before it: each person named (a full name the article also writes
    by its last word alone, or "Mr X" for a full name given earlier) and each
    one described ("the publicist", "a source"), less the speaker, who speaks
    of someone else in the third person. The name is given only when exactly
    one candidate is left and it is named: two persons, or a person the
    article does not name, may each be the one meant, and a wrong name is
    worse than none. A content the article does not quote may still be told as
    one whose "he" or "she" is not its speaker (`quoted`, `_another_before`)."""
    opening = _OPENING_PERSON.match(content)
    if opening is None:
        return None
    if not quoted and not _quoted(article, at) and _may_be_speaker(speaker, opening.group("ref")):
        return None  # "Maduro said he found ...": the speaker, whom the claim text names
    if (speaker or "").lower() in {"he", "she"}:
        # "'His net worth is ...,' he said": the person named just before is likely
        # the speaker, who would not say "his" of himself.
        return None
    fulls = _full_names(article)
    said = {w.lower().strip(".,'\u2019") for w in (speaker or "").split()}
    name = _one_person_before(article, at, fulls, said)
    if name is None:
        return None
    rest = content[opening.end() :]
    if any(re.search(rf"\b{re.escape(w)}\b", rest) for w in name.split()):
        return None  # "he called 911 ... to find Nelson dead": someone else
    return name


# A content opening on "it" or "they" as its subject.
_OPENING_THING = re.compile(r"^\W*(?P<ref>[Ii]t|[Tt]hey)\s+(?=[a-z])")
# A statement's content opening on a described thing as its subject: "The
# time capsule was ...", "A new audio recording surfaced ...".
_DESCRIBED_SUBJECT = re.compile(r"^\W*(?P<det>[Tt]he|[Aa]n?)\s+")
# Words between a subject and its verb, or between "be" and its participle.
_BEFORE_VERB = frozenset(_words("not never also still already first currently now then just"))
_MODALS = frozenset(_words("will would could can may might should must"))
_BE_FORMS = frozenset(_words("is was are were be been isn't wasn't aren't weren't"))
# How many lines before the statement its speaker's statement may be.
_THING_LINES = 2
# How many words a described subject may run to, its determiner left out.
_SUBJECT_WORDS_MOST = 4


def thing_named(statements: Sequence[Statement], n: int) -> tuple[str, str] | None:
    """The thing the opening "it" or "they" of statement `n` stands for: the
    subject its speaker's statement just before opens on, when that is a
    described thing of the pronoun's number ("The time capsule was embedded
    in the cornerstone" ... "It was first put there in 1795" -> "the time
    capsule was first put there ..."). Only a statement by the same speaker
    (or its pronoun or surname) within `_THING_LINES` lines; only a subject
    written as "the", "a" or "an" and up to `_SUBJECT_WORDS_MOST` words in
    small letters before its verb, no person, and no name; not a body
    speaking of itself (`_speaks_as_itself`); and not "it is" with no
    participle after ("It was a strange explosion"), a dummy "it" or one
    with the speaker for object (`_situation_it`), which mostly speak of the
    situation, not the thing."""
    statement = statements[n]
    opening = _OPENING_THING.match(statement.about or statement.content)
    if opening is None or n == 0:
        return None
    previous = statements[n - 1]
    if (
        previous.line < statement.line - _THING_LINES
        or not _same_speaker(previous.speaker, statement.speaker)
        or _speaks_as_itself(statement)
        or _speaks_as_itself(previous)
    ):
        return None
    subject = _described_subject(previous.about or previous.content)
    if subject is None:
        return None
    plural = opening.group("ref").lower() == "they"
    head = subject.split()[-1]
    if plural != _plural_head(head) or head in _PERSONS:
        return None
    content = statement.about or statement.content
    if not plural and (
        dummy_it(content, opening.start("ref")) or _situation_it(content[opening.end() :])
    ):
        return None
    return opening.group("ref"), subject


# -- a place taken, held or left, written "it" ------------------------------------

# Verbs whose object is, most often, a place: taking, holding, leaving or
# striking it. Their "it" after a place was just named is that place.
_PLACE_VERBS = frozenset(
    _words(
        """
        captured recaptured seized took retook overran stormed entered attacked
        controlled held liberated besieged surrounded shelled bombed abandoned
        evacuated left fled reached occupied reoccupied raided
        capture recapture seize take retake overrun storm enter attack control hold
        liberate besiege surround shell bomb abandon evacuate leave flee reach occupy
        reoccupy raid
        """
    )
)
# A content whose "it" is the object of such a verb: "they recaptured it in
# August", "troops have retaken it". Before the verb only a pronoun subject,
# auxiliaries and an adverb: a noun there might be what "it" stands for.
_PLACE_OBJECT_IT = re.compile(
    r"^\W*(?:[Tt]hey|[Ww]e|[Hh]e|[Ss]he|I)\s+"
    r"(?:(?:had|have|has|would|will|could|did|then|later|finally|already|soon|[a-z]+ly)\s+)*"
    r"(?P<verb>[a-z]+)\s+(?P<it>it)\b(?!\s*(?:is|was|has|had|will|would)\b)"
)
# An aside between commas that a relative or an apposition opens: what it names
# is set beside the sentence's own places ("Damboa, which is near Maiduguri, ...").
_PLACE_ASIDE = re.compile(r",\s*(?:which|where|who|a|an|the|about|some|near)\b[^,]*,")


def place_object_named(content: str, article: str, at: int) -> tuple[str, str] | None:
    """The place the "it" of a content taking, holding or leaving it stands for
    (`_PLACE_OBJECT_IT`): the one place the article calls a city, town, village
    or capital (`_places_called`) that the content's own sentence names before
    it, else the sentence before, asides left out: "Boko Haram took over
    Damboa, which is 50 miles from Maiduguri, in July. ... the military said
    they recaptured it in early August" -> ("recaptured it", "recaptured
    Damboa"). A reader takes the "it" a place is taken by for the place just
    named. Two places named there, or none, leave it as written. Read from
    offset `at` of `article`."""
    found = _PLACE_OBJECT_IT.match(content)
    if found is None or found.group("verb") not in _PLACE_VERBS:
        return None
    places = frozenset().union(*(_places_called(article, head) for head in _PLACE_HEADS))
    if not places:
        return None
    start = _sentence_start(article, at)
    own = article[start:at] + content[: found.start("it")]
    earlier = article[_sentence_start(article, max(0, start - 2)) : start] if start else ""
    for sentence in (own, earlier):
        named = {
            name
            for name in places
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", _PLACE_ASIDE.sub(",", sentence))
        }
        if len(named) == 1:
            (name,) = named
            return content[found.start("verb") : found.end("it")], f"{found.group('verb')} {name}"
        if named:
            return None
    return None


def _no_he(statement: Statement) -> bool:
    """Whether a statement's speaker cannot be a "he" or "she" of its own words:
    an outlet by its name, no person of it ("THR noted that he had wanted Bale"),
    or a body speaking as itself (`_speaks_as_itself`). Its "he" is someone the
    article named, as in words it quotes."""
    words = (statement.speaker or "").split()
    outlet = (
        statement.kind == MEDIA
        and bool(words)
        and words[-1].lower() not in _UNNAMED_PEOPLE
        and person_name(statement.speaker, statement.party) is None
    )
    return outlet or _speaks_as_itself(statement)


def _speaks_as_itself(statement: Statement) -> bool:
    """Whether a statement's speaker is a body or group speaking of itself, whose
    "it" or "they" is likely itself: a speaker "it" or "they", or one its party
    (not a person) is named after ("Apple" of Apple)."""
    speaker = (statement.speaker or "").lower()
    if speaker in {"it", "they"}:
        return True
    party = (statement.party or "").lower().split()
    return bool(speaker) and statement.kind != PERSON and speaker.split()[-1] in party


def _same_speaker(before: str | None, speaker: str | None) -> bool:
    """Whether `speaker` is the one who spoke `before`: the same words, a
    pronoun, or the same last word ("Dr Framenau" of "Dr Volker Framenau")."""
    if before is None or speaker is None:
        return False
    if speaker.lower() in {"he", "she"}:
        return True
    return before == speaker or before.split()[-1] == speaker.split()[-1]


def _described_subject(content: str) -> str | None:
    """The described thing `content` opens on as its subject, with "the" for
    its determiner ("A new audio recording surfaced ..." -> "the new audio
    recording"), or None: the words after the determiner are in small letters
    up to the verb, an adverb before it skipped."""
    det = _DESCRIBED_SUBJECT.match(content)
    if det is None:
        return None
    words = content[det.end() :].split()
    for at, word in enumerate(words[: _SUBJECT_WORDS_MOST + 2]):
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            return None
        if at and (word in _MODALS or word in _BE_FORMS or verb_word(word)):
            phrase = [w for w in words[:at] if w not in _BEFORE_VERB and not w.endswith("ly")]
            if not phrase or len(phrase) > _SUBJECT_WORDS_MOST:
                return None
            return " ".join(["the", *phrase])
    return None


def _plural_head(head: str) -> bool:
    """Whether a head noun is plural by its form ("recordings", "men")."""
    return head in {"men", "women", "people", "children"} or (
        head.endswith("s") and not head.endswith(("ss", "us", "is"))
    )


def _situation_it(rest: str) -> bool:
    """Whether the words after an opening "it" make it "it is" with no
    participle after ("it's not about ...", "it was a strange explosion"),
    or a verb with the speaker for object ("it would surprise me"), which
    mostly speak of a situation; "it was first put there" and "it could be
    used" speak of a thing."""
    words = rest.replace("\u2019", "'").lower().split()
    while words and (words[0] in _MODALS or words[0] in {"not", "n't"}):
        words.pop(0)
    if words[1:2] and words[1] in {"me", "us", "you"}:
        return True  # "it would not surprise me if ...": how the speaker takes a situation
    if not words or words[0] not in _BE_FORMS:
        return False
    words.pop(0)
    while words and (words[0] in _BEFORE_VERB or words[0].endswith("ly")):
        words.pop(0)
    return not words or not (
        words[0] in verbforms.PARTICIPLES or (words[0].endswith("ed") and verb_word(words[0]))
    )


def _one_person_before(article: str, at: int, fulls: dict[str, str], said: set[str]) -> str | None:
    """The one person the article names before offset `at` in its sentence, else
    in the sentence before, leaving out those `said` names (the speaker): None
    when the nearer sentence that mentions anyone mentions two, or one it
    does not name."""
    start = _sentence_start(article, at)
    spans = [(start, at)]
    end = len(article[:start].rstrip())
    if end > 0:
        spans.append((_sentence_start(article, end), end))
    for begin, end in spans:
        named, unnamed = _people_in(article[begin:end], fulls, said)
        if named or unnamed:
            return named.pop() if len(named) == 1 and not unnamed else None
    return None


# A person's pronoun inside a content that is no subject: a possessive or an
# object ("under his skin", "ordered her release", "arrested him").
_PERSON_OBJECT = re.compile(r"(?<![\w'\u2019-])(?P<ref>[Hh]is|[Hh]im|[Hh]er)(?![\w'\u2019-])")
# A possessive noun: an owner a later "his" or "her" may stand for.
_POSSESSOR = re.compile(r"\w(?:['\u2019]s|s['\u2019])(?!\w)")
# A noun after a determiner, perhaps after one modifier: "a good pastor".
_DETERMINED = re.compile(
    r"\b(?i:a|an|the|this|that|every|any|each)\s+(?:(?P<mod>[a-z-]+)\s+)?(?P<head>[a-z]+)\b"
)
# Endings of nouns for a person by what they do ("pastor", "editor", "guardian").
_AGENTIVE_ENDS = ("or", "er", "ist", "ian", "ant", "man", "woman")
# Marks a found pronoun in `Statement.described`, apart from the descriptions.
_OWNER_MARK = "\x00"
# Words after "her" that make it an object, not a possessive ("told her that").
_AFTER_OBJECT_HER = frozenset(
    _words(
        """
        to that of in on at for from by with and or but as if when while after before
        into about over under out up down off away back the a an this these those
        his its their our my your it he she they we i you was is had has would could
        """
    )
)
# A subject or reflexive pronoun that says who a person's "his" or "her" is, in
# the content itself ("he lost his job", "she hurt herself").
_OWN_PERSON = re.compile(r"(?<![\w'\u2019-])(?i:he|she|himself|herself|they|we|i)(?![\w'\u2019-])")


def owner_named(
    content: str, article: str, at: int, speaker: str | None, *, quoted: bool = False
) -> tuple[str, str] | None:
    """The person a content's possessive or object "his", "him" or "her" stands
    for, as the article says, or None: a pair for `Statement.described`, shown by
    `owners_in`.

    Only a content that names and describes no one and has no subject pronoun of
    its own ("Doctors pulled a spider from his skin") is read: a name or a "he" in
    it may be the one meant ("Naidu ordered his dismissal"). Its pronouns must be
    of one sex. The candidates are those of `person_named` (the persons named or
    described before the content in its own sentence, else in the sentence
    before, less the speaker); the name is given only when exactly one is left
    and it is named. In indirect speech a pronoun may be its speaker's ("Smith
    said his company ..."), so only a quoted content is read when the speaker
    could be the one."""
    found = [m for m in _PERSON_OBJECT.finditer(content) if not _OPENING_PERSON.match(content)]
    if not found:
        return None
    fulls = _full_names(article)
    refs = {m.group("ref").lower() for m in found}
    if "her" in refs and refs & {"his", "him"}:
        return None  # two persons
    if _OWN_PERSON.search(content):
        return None
    if _names_a_person(content, fulls):
        return None  # a name, which may be the one meant
    first = content.split()[0].lower().strip("\"'\u201c\u2018")
    if first in _UNNAMED_PEOPLE or first in _OPENING_PRONOUNS:
        return None
    if re.search(
        r"\b(?:" + "|".join(sorted(_UNNAMED_PEOPLE - _PLURAL_PEOPLE)) + r")\b", content.lower()
    ):
        return None  # "the minister ordered his dismissal": the minister may be
    if _POSSESSOR.search(content):
        return None  # "a sports editor's office ... his desk": the editor's
    if any(
        _personal(word) or word.endswith(_AGENTIVE_ENDS)
        for m in _DETERMINED.finditer(content)
        for word in (m.group("head").lower(), (m.group("mod") or "").lower())
        if word
    ):
        return None  # "A good pastor should know his parishioners": the pastor's
    if _opens_on_name(content, article, fulls):
        return None  # "Thomas chose the store for his spot": a name, whose "his" it may be
    ref = "he" if refs & {"his", "him"} else "she"
    if (speaker or "").lower() in {"he", "she", "who"}:
        return None
    start = _sentence_start(article, at)
    said = {w.lower().strip(".,'\u2019") for w in (speaker or "").split()}
    if not quoted and not _quoted(article, at):
        # Indirect speech: the pronoun is its speaker's, when the speaker is written
        # by name and no one else comes before it ("Thomas explains there was a
        # burning sensation under his skin"); a speaker described ("its head")
        # may be the one meant too, so no one else is taken.
        if not _may_be_speaker(speaker, ref):
            return None
        name = _speaker_named(speaker, fulls)
        if name is None or any(_people_in(article[start:at], fulls, said)):
            return None
        return (_OWNER_MARK + ref, name)
    name = _one_person_before(article, at, fulls, said)
    if name is None or not may_be(name, ref):
        return None
    return (_OWNER_MARK + ref, name)


# A "he" or "she" that is the subject of a clause inside a content, not its
# opening: "a friend recommended he go to the hospital".
_INNER_PERSON = re.compile(r"(?<=\s)(?P<ref>he|she)(?=\s+[a-z])")
# Any person's "he" or "she", as the pronoun's sex: "his" and "her" too.
_PRONOUNS_OF = {
    "he": re.compile(r"(?<![\w'\u2019-])(?i:he|him|his|himself)(?![\w'\u2019-])"),
    "she": re.compile(r"(?<![\w'\u2019-])(?i:she|her|hers|herself)(?![\w'\u2019-])"),
}
# Marks an owner pair whose pronoun is a subject "he" or "she" that is the speaker.
_SPEAKER_REF = "speaker "


def speaker_inside(content: str, article: str, statement: Statement) -> tuple[str, str] | None:
    """The speaker's name for a "he" or "she" inside its own indirect speech that
    can only be the speaker, as a pair for `Statement.described` (`owners_in`):
    "Roche said a friend recommended he go to the hospital" -> "A friend
    recommended Ryan Roche go to the hospital". The speaker, a person the
    article names in full, is the one person of that sex its sentence and
    paragraph tell of: they name no one else, use no word for a person of that
    sex but the speaker's, and no such pronoun before they name the speaker;
    and the content names no one and tells of no one's saying before the
    pronoun ("a witness told police he saw it" is the witness's "he"). A
    content opening on its pronoun is the claim text's to name; a wrong name
    is worse than a pronoun left."""
    if statement.quoted or statement.content_span is None or statement.speaker_span is None:
        return None
    at = statement.content_span[0]
    inner = _INNER_PERSON.search(content)
    if inner is None or _OPENING_PERSON.match(content) or _quoted(article, at):
        return None
    ref = inner.group("ref")
    speaker = statement.speaker or ""
    fulls = _full_names(article)
    name = _speaker_named(speaker, fulls)
    if name is None and speaker.lower() == ref and statement.kind == "person":
        name = statement.party  # "He said ...": the person the party is named for
    if name is None or not _may_be_speaker(speaker, ref) or " " not in name:
        return None
    before = content[: inner.start()].split()
    if any(w in P.CUE_FORMS for w in map(str.lower, before)) or any(
        w[:1].isupper() and (n or w.lower() not in _MAY_OPEN_OWNER) for n, w in enumerate(before)
    ):
        return None  # a name or another's saying before it: "Lee said Kim ... he"
    own = {w.lower().strip(".,'\u2019") for w in f"{speaker} {name}".split()}
    paragraph_start = article.rfind("\n", 0, at) + 1
    end = statement.span[1] if statement.span is not None else statement.content_span[1]
    paragraph = article[paragraph_start:end]
    if _another_person_in(paragraph, own, ref):
        return None
    first = min(
        [statement.speaker_span[0] - paragraph_start]
        + [m.start() for w in name.split() for m in re.finditer(rf"\b{re.escape(w)}\b", paragraph)]
    )
    if _PRONOUNS_OF[ref].search(paragraph, 0, max(first, 0)):
        return None  # "Her lawyer, Tom Ross, said ... she ...": someone before the speaker
    return (_OWNER_MARK + _SPEAKER_REF + ref, name)


def _another_person_in(text: str, own: set[str], ref: str) -> bool:
    """Whether `text` may tell of a person of the sex of `ref` besides one whose
    words are `own`: a capitalised word that opens no sentence (a name, or a
    word in one: a place's may be a person's, and no one can tell), or a word
    for a person of that sex ("his brother", "a woman")."""
    words = text.split()
    sex = P.MASCULINE if ref == "he" else P.FEMININE
    for n, word in enumerate(words):
        bare = word.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019")
        if bare.lower() in own or bare.lower().removesuffix("'s") in own:
            continue
        if bare.lower() in sex:
            return True
        opens = n == 0 or words[n - 1][-1:] in _SENTENCE_CLOSERS
        if bare[:1].isupper() and not opens:
            return True
    return False


# What ends the word before a sentence's first word.
_SENTENCE_CLOSERS = frozenset('.!?:"\u201c\u201d')


def _speaker_in(text: str, ref: str, name: str) -> str:
    """`text` with its first "he" or "she" inside it (`speaker_inside`) written
    as the speaker's name, when it still names no one and does not open on it."""
    if _OPENING_PERSON.match(text) or any(
        re.search(rf"\b{re.escape(w)}\b", text) for w in name.split()
    ):
        return text
    inner = next((m for m in _INNER_PERSON.finditer(text) if m.group("ref") == ref), None)
    if inner is None:
        return text
    return text[: inner.start()] + name + text[inner.end() :]


def _names_a_person(text: str, fulls: dict[str, str]) -> bool:
    """Whether `text` may name a person: two or three capitalised words ("Ann
    Lee"), a courtesy title ("Mr Lee") or a surname of `fulls` ("Lee")."""
    if _FULL_NAME.search(text) or _TITLED.search(text):
        return True
    return any(w.strip(".,;:'\u2019\"") in fulls for w in text.split())


# A body's or group's pronoun that is no subject: "its fighters", "their
# positions", "attacked them".
_BODY_OBJECT = re.compile(r"(?<![\w'\u2019-])(?P<ref>its|their|them)(?![\w'\u2019-])")
# Pronouns in a content that may say who its "its" or "their" is.
_OWN_BODY = re.compile(
    r"(?<![\w'\u2019-])(?i:it|they|itself|themselves|we|us|our|i|he|she)(?![\w'\u2019-])"
)
# Words before a body's pronoun that may be, or open, what it stands for.
_MAY_OPEN_OWNER = frozenset(
    _words("a an the this that these those his her their its some one each every any all")
)
# Plural nouns that name a body's people ("police said their officers ...").
_PLURAL_BODIES = frozenset(_words("police authorities officials militants rebels forces troops"))


def body_owner(content: str, article: str, at: int, statement: Statement) -> tuple[str, str] | None:
    """The speaker a content's "its", "their" or "them" stands for, in indirect
    speech of a body or group written by name, or None: a pair for
    `Statement.described`, shown by `owners_in` ("ISIS claims weapons were
    air-dropped by mistake on its positions" -> "... on ISIS's positions").

    A body speaking of something in its own words calls itself "it" or "they";
    its pronoun is someone else's when anything before it in the content may be
    what it stands for (a name, a noun a determiner opens, a plural noun), when
    the content has a subject pronoun of its own, or when the article quotes the
    words (a body quoted says "we"). "its" is a body's that is one ("the
    Pentagon"), "their" and "them" a group's named by a plural ("Police")."""
    speaker = statement.speaker or ""
    words = speaker.split()
    if (
        statement.quoted
        or _quoted(article, at)
        or not words
        or statement.kind == "person"
        or person_name(speaker, statement.party) is not None
        or speaker.lower() in {"it", "they", "he", "she", "who", "we"}
    ):
        return None
    found = list(_BODY_OBJECT.finditer(content))
    if not found or _OWN_BODY.search(content):
        return None
    refs = {m.group("ref") for m in found}
    if "its" in refs and refs & {"their", "them"}:
        return None
    if not _no_owner_before(content[: found[0].start()]) or _opens_on_name(
        content, article, _full_names(article)
    ):
        return None
    plural = words[-1].lower() in _PLURAL_BODIES
    if ("its" in refs) == plural:
        return None  # "its" of a group named by a plural, "their" of one body
    proper = re.fullmatch(
        r"(?:[Tt]he\s+)?((?-i:[A-Z])[\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})", speaker
    )
    if proper is not None:
        owner = ("the " if words[0].lower() == "the" else "") + proper.group(1)
    elif plural and statement.party and statement.party.split()[-1].lower() == words[-1].lower():
        owner = statement.party  # "police" of the Ottawa Police
    else:
        return None
    return (_OWNER_MARK + ("they" if plural else "it"), owner)


def _no_owner_before(text: str) -> bool:
    """Whether nothing in `text`, the words before a body's pronoun, may be what
    it stands for: no name past the first word (`_opens_on_name` reads that one),
    no determiner, no plural noun."""
    for n, word in enumerate(re.findall(r"[\w'\u2019.&-]+", text)):
        lower = word.lower()
        if lower in _MAY_OPEN_OWNER:
            return False
        if word[:1].isupper() and n > 0:
            return False
        if len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "'s", "us")):
            return False
    return True


def _opens_on_name(content: str, article: str, fulls: dict[str, str]) -> bool:
    """Whether `content` opens on a word that may be a name: a surname of `fulls`,
    or a capitalised word the article writes so inside a sentence or never in
    lower case ("Thomas", "Patient" is none when the article writes "patient")."""
    opening = content.split()[0].strip("\"'\u201c\u2018")
    return re.fullmatch(r"[A-Z][a-z'\u2019-]+", opening) is not None and bool(
        opening in fulls
        or re.search(rf"[a-z,;] +{re.escape(opening)}\b", article)
        or not re.search(rf"\b{re.escape(opening.lower())}\b", article)
    )


def _speaker_named(speaker: str | None, fulls: dict[str, str]) -> str | None:
    """The full name of a speaker written by name ("Thomas", "Dylan Thomas", "the
    actor Dylan Thomas"), as the article gives it, or None."""
    words = (speaker or "").split()
    if not words or not words[-1][:1].isupper() or any(w in _NO_FORENAME for w in words):
        return None  # "Dylan Thomas from Bunbury in Western Australia": a place last
    full = fulls.get(words[-1])
    if full is None or not (" ".join(words) == words[-1] or " ".join(words).endswith(full)):
        return None
    return full


def owners_in(text: str, described: Sequence[tuple[str, str]]) -> str:
    """`text` with its first possessive or object "his", "him" or "her" written as
    the name `owner_named` found for it ("under his skin" -> "under Dylan Thomas's
    skin", "arrested him" -> "arrested Joe Smith"), when `text` still names no
    one; the pronouns after it then read as that person."""
    for description, name in described:
        if not description.startswith(_OWNER_MARK):
            continue
        if description[1:] in {"it", "they"}:
            return _body_owner_in(text, name)
        if description[1:].startswith(_SPEAKER_REF):
            return _speaker_in(text, description[1 + len(_SPEAKER_REF) :], name)
        if _names_a_person(text, {}) or _OWN_PERSON.search(text) or _POSSESSOR.search(text):
            return text
        if _OPENING_PERSON.match(text):
            return text
        where = _PERSON_OBJECT.search(text)
        if where is None:
            return text
        word = where.group("ref").lower()
        after = text[where.end() :].split(None, 1)
        follows = after[0].strip(".,;:!?\"'\u201d\u2019").lower() if after else ""
        possessive = word == "his" or (
            word == "her" and follows.isalpha() and follows not in _AFTER_OBJECT_HER
        )
        instead = name + ("'" if name.endswith("s") else "'s") if possessive else name
        return text[: where.start()] + instead + text[where.end() :]
    return text


def _body_owner_in(text: str, owner: str) -> str:
    """`text` with its first "its", "their" or "them" written as `owner`, when
    nothing before it in `text` may be what it stands for (`body_owner`)."""
    where = _BODY_OBJECT.search(text)
    if where is None or _OWN_BODY.search(text) or not _no_owner_before(text[: where.start()]):
        return text
    if where.start() == 0:
        owner = owner[:1].upper() + owner[1:]
    if where.group("ref") != "them":
        owner += "'" if owner.endswith("s") else "'s"
    return text[: where.start()] + owner + text[where.end() :]


# A clause that a subordinator opens ("when", "after") right before a speaker's
# name, perhaps after a role or an article: "... when anchor Ann Lee said".
_CLAUSE_BEFORE_SPEAKER = re.compile(
    r"(?P<main>\S.*?)[\s,]+(?:when|as|after|before|while|until|because|since)"
    r"\s+(?:[a-z][\w'\u2019-]*\s+){0,3}\Z"
)


def _main_clause_person(statement: Statement, article: str) -> bool:
    """Whether a content's opening "he" or "she", said by a person named in a
    clause a subordinator opens ("The reporter was on the beach when anchor Ann
    Lee said he would go live"), may be a person the sentence's main clause
    speaks of before it, not the speaker: the pronoun may take up either, and
    a wrong name says a false thing where the pronoun says nothing wrong. A
    speaker called "he" is the one its own "he" takes up ("Hunter made
    headlines when he said he had asked ...")."""
    speaker = statement.speaker or ""
    pronoun = _opening_pronoun(statement)
    if (
        pronoun is None
        or statement.speaker_span is None
        or statement.content_span is None
        or statement.speaker_span[0] > statement.content_span[0]
        or speaker.lower() in {"he", "she", "who"}
        or not _may_be_speaker(speaker, pronoun)
    ):
        return False
    start = _sentence_start(article, statement.speaker_span[0])
    clause = _CLAUSE_BEFORE_SPEAKER.match(article, start, statement.speaker_span[0])
    if clause is None:
        return False
    said = {w.lower().strip(".,'\u2019") for w in speaker.split()}
    named, unnamed = _people_in(clause.group("main"), _full_names(article), said)
    return bool(named or unnamed)


def _source_of_according(statement: Statement) -> bool:
    """Whether a content's opening "he" or "she" follows a person named as the
    source of an "according to" ("According to Sam Ortiz, he was taken ..."):
    one who tells of itself is said to say so ("Ortiz said he was taken"), and
    "according to" gives the source of what is told of someone else."""
    speaker = statement.speaker or ""
    pronoun = _opening_pronoun(statement)
    return (
        pronoun is not None
        and (statement.cue or "").lower() == "according to"
        and speaker.lower() not in {"he", "she", "who"}
        and _may_be_speaker(speaker, pronoun)
    )


# One who speaks for someone, introduced by whose it is: "Her lawyer, Ann Lee,
# said ...", "Ann Lee, his spokesman, said ...".
_COUNSEL = (
    r"(?:[a-z]+\s+)?(?:lawyer|attorney|solicitor|barrister|counsel|spokesman|spokeswoman"
    r"|spokesperson|representative|publicist|agent)"
)
_COUNSEL_BEFORE = {p: re.compile(rf"\b(?i:{p})\s+{_COUNSEL},\s*\Z") for p in ("his", "her")}
_COUNSEL_AFTER = {p: re.compile(rf"[^,.;]{{0,60}}?,\s+{p}\s+{_COUNSEL},") for p in ("his", "her")}


def _counsel_of_another(statement: Statement, article: str) -> bool:
    """Whether a content's opening "he" or "she" is said by one the article
    introduces as the counsel or spokesperson of a person of that sex ("Her
    lawyer, Ann Lee, has said she was led astray"): one speaks for its client,
    whom the pronoun takes up, not of itself."""
    pronoun = _opening_pronoun(statement)
    if pronoun is None or statement.speaker_span is None:
        return False
    at = statement.speaker_span[0]
    possessive = "his" if pronoun.lower() == "he" else "her"
    before = article[max(0, at - 60) : at]
    return bool(
        _COUNSEL_BEFORE[possessive].search(before)
        or _COUNSEL_AFTER[possessive].match(article, at, at + 120)
    )


# A quotation: what its marks hold.
_QUOTATION = re.compile(r"[\u201c\"]([^\u201c\u201d\"]+)[\u201d\"]")


def _quoted_of_another(statement: Statement, article: str) -> bool:
    """Whether a content's opening "he" or "she" follows a quotation in its
    sentence, before its speaker, that says the same pronoun ('"He was there
    when it happened," Ann Lee said, adding that he first thought ...'): in
    its own quoted words a speaker is "I", so the quoted "he" is someone
    else, whom the words told right after go on about."""
    pronoun = _opening_pronoun(statement)
    if pronoun is None or statement.speaker_span is None or statement.content_span is None:
        return False
    at = min(statement.speaker_span[0], statement.content_span[0])
    same = re.compile(rf"\b{pronoun.lower()}\b", re.IGNORECASE)
    return any(
        same.search(quotation.group(1))
        for quotation in _QUOTATION.finditer(article, _sentence_start(article, at), at)
    )


def _speaker_of_other_sex(statement: Statement, article: str) -> bool:
    """Whether a content's opening "he" or "she" is of the sex the article
    tells its named speaker is not (`pronoun_told`: "..., Ann Lee said. She
    first learned of it ...", "Ms Lee"): "Lee said he was there" speaks of
    someone else, as in her own quoted words. The speaker's full name is its
    party's, when the party ends in the speaker's last word."""
    pronoun = _opening_pronoun(statement)
    words = (statement.speaker or "").split()
    if pronoun is None or not words or not words[-1][:1].isupper():
        return False
    party = statement.party or ""
    name = party if party.split()[-1:] == words[-1:] else words[-1]
    told = pronoun_told(article, name)
    return told is not None and told != pronoun.lower()


def _opening_pronoun(statement: Statement) -> str | None:
    """The "he" or "she" a statement's content opens with, not in quotation marks."""
    opening = _OPENING_PERSON.match(statement.content)
    if opening is None or opening.group("ref").lower() not in {"he", "she"}:
        return None
    return opening.group("ref")


def _another_before(statement: Statement, article: str) -> bool:
    """Whether a content's opening "he" or "she", told before the name of its
    speaker and not in quotation marks ("He applied that same professionalism
    to all issues, said Lau"), is someone the sentence before speaks of, not the
    speaker: a pronoun before the name it would stand for takes the person the
    reader has just met, and the sentence before names or describes one other
    than the speaker ('"... Inspector Vickers was always respectful," said news
    editor Andree Lau'; "The man ... lives near the site, his attorney said").
    When the sentence before speaks of no one else, the speaker may be the one
    ('"How it ended up in Syria, I'll never know." He began receiving calls ...,
    Oberholtzer said')."""
    opening = _OPENING_PERSON.match(statement.content)
    speaker = statement.speaker or ""
    if (
        opening is None
        or opening.group("ref").lower() not in {"he", "she"}
        or statement.speaker_span is None
        or statement.content_span is None
        or statement.speaker_span[0] < statement.content_span[1]
        or speaker.lower() in {"he", "she", "who"}
        or not all(word[:1].isupper() for word in speaker.split())
        or not _may_be_speaker(speaker, opening.group("ref"))
    ):
        return False
    start = _sentence_start(article, statement.content_span[0])
    end = len(article[:start].rstrip())
    if end <= 0:
        return False
    said = {w.lower().strip(".,'\u2019") for w in speaker.split()}
    named, unnamed = _people_in(
        article[_sentence_start(article, end) : end], _full_names(article), said
    )
    return bool(named or unnamed)


# Roles an article calls a person it names by ("Virgin tycoon Richard Branson",
# "Branson, the tycoon"), besides the classifiers and the roles in -man and -ist.
_ROLES = frozenset(
    _words(
        """
        tycoon billionaire mogul senator lawmaker legislator politician performer
        comedian musician celebrity writer author host presenter chef designer
        footballer striker goalkeeper golfer boxer athlete entrepreneur founder cleric
        preacher imam pontiff archbishop bishop priest producer frontman drummer
        """
    )
)
# Modifiers that say no more than the role: "the veteran actor" is the actor,
# "the enigmatic street artist" the street artist.
_ROLE_MODIFIERS = frozenset(
    _words(
        """
        veteran famous former young award-winning oscar-winning acclaimed legendary
        controversial embattled disgraced enigmatic elusive reclusive
        """
    )
)


def _sentence_start(article: str, at: int) -> int:
    """Where the sentence holding offset `at` begins."""
    start = 0
    for end in P.SENTENCE_STOP.finditer(article, max(0, at - 2000), at):
        start = end.end()
    return start + len(article[start:at]) - len(article[start:at].lstrip())


@functools.lru_cache(maxsize=256)
def _full_names(text: str) -> dict[str, str]:
    """Full names of persons in `text`, by their last word: those the text also
    writes by the last word alone. A last word two full names share is no one's."""
    found: dict[str, set[str]] = {}
    for match in _FULL_NAME.finditer(text):
        name = match.group("name")
        words = name.split()
        if len(words) == 3 and _personal(words[0].lower()):
            words = words[1:]  # "Forecaster Lena Okafor" opening a sentence
            name = " ".join(words)
        if any(w.lower() in _NO_FORENAME for w in words) or words[-1].lower() in LANDMARK_HEADS:
            continue  # "the War Memorial": a place, no person
        found.setdefault(words[-1].rstrip("'\u2019"), set()).add(name)
    out = {}
    for last, names in found.items():
        # "Weatherman Mike Seidel" opening a sentence is "Mike Seidel" with a role.
        names = {n for n in names if not any(n.endswith(" " + m) for m in names)}
        if len(names) != 1:
            continue
        name = next(iter(names))
        if _alone(text, last) > text.count(name):
            out[last] = name
    return out


# A word of a person's name as an article writes it: a capital, then letters, with
# an inner capital, apostrophe or hyphen ("DeJesus", "O'Rourke", "Abdel-Majed").
_NAME_WORD = r"[A-Z][a-z]*(?:['\u2019-]?[A-Z][a-z]*)?[a-z]"
# The patterns below open on the capital and look behind it for what may not
# stand before the word: a pattern that opens on a set of letters lets the
# regex engine skip to the next capital, where a lookbehind first is tried at
# every character (the same matches, found several times faster).
_NAME_WORD_REST = _NAME_WORD.removeprefix("[A-Z]")
# Two to five such words in a row, standing alone ("Secret Service Director Julia
# Pierson" before the words before it are shed).
_NAME_RUN = re.compile(
    rf"(?P<run>[A-Z](?<![\w'\u2019.@#-].){_NAME_WORD_REST}(?:[ \t]+{_NAME_WORD}){{1,4}})"
    r"(?=['\u2019]s\b|(?![\w'\u2019-]|[ \t]+[A-Z]))"
)
# A capitalised word in a content standing alone, with no capitalised word beside it.
_WORD_ALONE = re.compile(
    rf"(?P<word>[A-Z](?<![\w'\u2019.-].){_NAME_WORD_REST})"
    # "Haines' relatives": the possessive of a name ending in "s" is its apostrophe alone.
    r"(?=['\u2019]s\b|(?<=s)['\u2019][ \t]+[a-z]|(?![\w'\u2019-]|[ \t]+[A-Z]))"
)
# "a" or "an" ending the text before a run of capitalised words: the run then
# modifies a thing ("a Banksy Instagram account", "an Apple Watch band"), as no
# person's name takes an indefinite article.
_A_BEFORE_RUN = re.compile(r"(?<![\w'\u2019-])[Aa]n?$")
# A word in lower case, not the end of another word (the "hone" of "iPhone").
_LOWER_WORD = re.compile(r"[a-z](?<![\w'\u2019-].)[a-z'\u2019-]*")
# A word before a name word that makes it part of a longer name or a thing's:
# a capitalised word ("Mike Seidel") or "the" ("the House").
_NOT_ALONE_AFTER = re.compile(r"(?:\b[Tt]he|[A-Z][\w'\u2019.-]*)[ \t]*$")
# Where a sentence opens: the text's start, or a stop and blanks.
_SENTENCE_OPENS_AT = re.compile(r"(?:^|[.!?][\"'\u201d\u2019]?[ \t]+)$")


def _not_alone(text: str, start: int) -> bool:
    """Whether the word at offset `start` of `text` follows a word that makes it
    part of a longer name or a thing's (`_NOT_ALONE_AFTER`): not a capitalised
    word opening a sentence that opens a clause before its subject ("When
    Seidel lost ...", "So Pavlo wrote ..."), which leaves the name alone."""
    found = _NOT_ALONE_AFTER.search(text, 0, start)
    if found is None:
        return False
    word = found.group().strip()
    return not (
        word.lower() in _CLAUSE_OPENERS
        and _SENTENCE_OPENS_AT.search(text, 0, found.start()) is not None
    )


# Capitalised words that are no person's name: days, months, faiths.
_NO_NAME = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec islam christianity judaism hinduism buddhism god
    allah
    """
)
# What a sentence or a paragraph may open after.
_OPENS_A_SENTENCE = frozenset("\n.!?:;\"\u201c\u2018'([\u2014\u2013-")
# Titles of the church and of the courts before a name ("Cardinal Sean O'Malley").
_MORE_TITLES = _words("cardinal archbishop pope brother sister reverend elder")
# "Bush's administration": the possessive between a name and the word after it
_POSSESSIVE_AFTER = re.compile(r"^\s*(?:['\u2019]s?\s+)?")
# Words after a name word that make it one of a body's or a place's name.
_NAME_OF_A_BODY = P.NAME_OF_A_BODY


@functools.lru_cache(maxsize=256)
def _persons_by_word(article: str) -> dict[str, str]:
    """The full names of persons an article gives, by the word that may stand
    for one alone: its last word (a surname) and its first (a forename, or a
    family name written first: "Lin" of "Lin Yao Li"), each only when one full
    name has it. A run of capitalised words sheds the words before the name: a
    title, a role, a nationality, a word the article also writes in lower case
    ("Director", "Israeli", "Secret Service Director Julia Pierson" -> "Julia
    Pierson"); what is left is a name of two or three words, none of them a
    body's, a place's, a day's or a month's ("Islamic State", "Pacific Shores
    Center", "North Carolina Saturday"). A name opening a sentence may have any
    word before it ("Other Banksy pretenders"), so it gives no name, but it
    makes a word two names share ("Kayla Mueller" opening a paragraph, "her
    mother Marsha Mueller" inside one), unless it ends in a name written inside
    one ("Republican Duncan Hunter", "Rep. Duncan Hunter"). A stop after a
    shortened title ends no sentence ("Sgt. Bowe Bergdahl"), and the name an
    article opens on, no word shed, is a name ("Seth Rogen is in early talks
    ..."), unless a quantifier opens it ("Other Banksy pretenders"). A run
    after "a" or "an" is a thing's modifier, no name ("a Banksy Instagram
    account")."""
    lower = set(_LOWER_WORD.findall(article))
    demonyms = _nationalities()
    names: set[str] = set()  # written inside a sentence
    leading: set[str] = set()  # the words the article opens on
    every: set[str] = set()  # written anywhere
    ending: set[str] = set()  # last words of runs before any is shed ("President Obama")
    opening: dict[str, set[str]] = {}  # runs by their first word ("Apple Pay", "Apple Watch")
    after_the = _words_after_the(article)
    for match in _NAME_RUN.finditer(article):
        words = match.group("run").split()
        ending.add(words[-1])
        opening.setdefault(words[0], set()).add(match.group("run"))
        before = match.start()  # the last character before the run and its blanks
        while before and article[before - 1] in " \t":
            before -= 1
        if _A_BEFORE_RUN.search(article, max(0, before - 3), before):
            continue  # "a Banksy Instagram account": a thing's modifier, no person
        inside = bool(before) and (
            article[before - 1] not in _OPENS_A_SENTENCE or _after_title(article, before)
        )
        # A word in -ing opening a sentence is a verb's, not a forename ("Removing
        # Godane from the battlefield ...").
        if not inside and words[0].endswith("ing"):
            words = words[1:]
        # A title of the form "X of Y" or "X at Y" ends on the run's first word
        # ("Sergeant at Arms Kevin Vickers", "Secretary of State John Kerry").
        if len(words) >= 3 and _TITLE_OF.search(article, max(0, match.start() - 40), match.start()):
            words = words[1:]
        while words and (len(words) > 3 or _shed(words[0], lower, demonyms, article)):
            words = words[1:]
        if not 2 <= len(words) <= 3 or any(
            w.lower() in lower
            or w.lower() in _NAME_OF_A_BODY
            or w.lower() in _NO_NAME
            or w in demonyms
            for w in words
        ):
            continue
        if builtin_kind(" ".join(words)) is not None:
            continue
        if not after_the.isdisjoint(words) and not (
            after_the.isdisjoint(words[:-1]) and _modifier_after_the(article, words[-1])
        ):
            # "the White House", "the House": a thing's name; not "the Gonzalez
            # incident", a person's surname said of a thing.
            continue
        name = " ".join(words)
        every.add(name)
        run = match.group("run").split()
        if inside:
            names.add(name)
        elif (
            (
                not before
                or (
                    (len(words) == len(run) or _after_a_role(run[len(run) - len(words) - 1]))
                    and (_verb_next(article, match.end()) or _person_follows(article, match.end()))
                    and not _opens_a_clause(words[0])
                )
            )
            and run[0] not in _QUANTIFIERS_CAPITALISED
            and words[0].lower() not in _QUANTIFIERS
        ):
            # The words an article opens on, a role or title shed, are a name the
            # way the opening of a news story names whom it is about ("Tessa
            # Morrow has left the band", "Widower Stan Beaton cried"); not a
            # quantifier's noun ("Other Vennard pieces"). So are two words
            # opening a sentence before its verb ("Gill Rosenberg wrote ...").
            leading.add(name)
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for name in every:
        words = name.split()
        by_last.setdefault(words[-1], set()).add(name)
        by_first.setdefault(words[0], set()).add(name)
    out: dict[str, str] = {}
    for word, found in by_first.items():
        # A first word, when no other name opens with it and no name or title
        # ends in it ("Jordan Spieth" and "Michael Jordan", "President Obama").
        name = next(iter(found))
        if (
            len(found) == 1
            and word not in ending
            and len(opening.get(word, ())) <= 1
            and (name in names or name in leading)
        ):
            out[word] = name
    for word in list(out):
        if builtin_kind(word) is not None or word in demonyms:
            del out[word]  # "Nigeria" of "ActionAid Nigeria": a state's name
    for word, found in by_last.items():
        if builtin_kind(word) is not None or word in demonyms:
            continue
        # A run opening a sentence may hold a word before a name written inside one
        # ("Republican Duncan Hunter" opening a sentence, "Rep. Duncan Hunter"): the
        # name is the one written inside.
        found = {
            n for n in found if n in names or not any(n.endswith(" " + m) for m in found & names)
        }
        # "Robert Plant" and "Plant" beside it in "Robert Plant Plant" are one.
        longest = {n for n in found if not any(m != n and m.endswith(" " + n) for m in found)}
        # "James Foley" and "James Wright Foley" are one person with and without
        # a middle name, and the forename two runs share is no word a sentence
        # happens to open on: the shorter name is the one to give.
        confirmed = len(longest) > 1 and len({(n.split()[0], n.split()[-1]) for n in longest}) == 1
        if confirmed:
            longest = {min(longest, key=lambda n: (len(n.split()), n))}
        if len(longest) == 1 and (
            confirmed or next(iter(longest)) in names or next(iter(longest)) in leading
        ):
            out[word] = next(iter(longest))
        else:
            out.pop(word, None)
    out.update(_double_barrelled(article, out, every))
    return out


def _shed(word: str, lower: set[str], demonyms: frozenset[str], article: str) -> bool:
    """Whether a capitalised word opening a run of them (`_persons_by_word`) is
    no forename but a word before a name: one the article also writes in lower
    case (`lower`), a title, a role, a nationality, an acronym's word the
    article writes in capitals, a kind of thing. The word in lower case is
    made once and asked of each word set in C, the dearer tests last."""
    folded = word.lower()
    return (
        folded in lower
        or folded in _SHED_WORDS
        or all(part in demonyms for part in word.split("-"))
        or (
            word.upper() in article
            and re.search(rf"\b{re.escape(word.upper())}\b", article) is not None
        )
        or _personal(folded)
        or builtin_kind(word) is not None
    )


def _double_barrelled(article: str, out: dict[str, str], every: set[str]) -> dict[str, str]:
    """The persons of `out` (by the word that may stand for each alone) whose
    surname is double-barrelled ("Michael Zehaf-Bibeau"), by a part of it the
    article writes alone ("Bibeau was a Canadian born in 1982"): the way news
    shortens such a name. Only a part no other name of the article has as a
    word of its own, and one part alone: when the article writes both alone,
    neither says which it means."""
    parts: dict[str, str] = {}
    words_of_names = {w for name in every for w in name.split()}
    for word, name in out.items():
        if word != name.split()[-1] or word.count("-") != 1:
            continue
        alone = [
            part
            for part in word.split("-")
            if re.fullmatch(_NAME_WORD, part)
            and part not in out
            and part not in words_of_names
            and part.lower() not in _NO_NAME
            and re.search(rf"(?<![\w'\u2019-]){part}(?![\w'\u2019-])", article) is not None
        ]
        if len(alone) == 1:
            parts[alone[0]] = name
    return parts


_QUANTIFIERS_CAPITALISED = frozenset(w.capitalize() for w in _QUANTIFIERS)
# A word right after a run of capitalised words.
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[a-z][\w'\u2019-]*)")


# Words that open a clause before its subject ("So Conal decided", "Then Ruiz
# left"): no forename.
_CLAUSE_OPENERS = frozenset(
    _words(
        """
        so then now yet thus still also even just only here there today tonight
        yesterday tomorrow meanwhile later instead again once however indeed perhaps
        maybe finally and but or nor when while if as since because although though
        after before until unless where why how what who whom whose not never always
        soon already either neither last next first earlier afterwards overall elsewhere
        besides nevertheless nonetheless therefore hence otherwise anyway thereafter
        """
    )
)


def _opens_a_clause(word: str) -> bool:
    """Whether a capitalised word opening a sentence may open a clause before its
    subject: a conjunction or an adverb, not a forename."""
    lower = word.lower()
    return (
        lower in _CLAUSE_OPENERS
        or lower in _NO_FORENAME
        or lower in _QUANTIFIERS
        or (lower.endswith("ly") and len(lower) > 4)
    )


def _after_a_role(word: str) -> bool:
    """Whether a word shed before a name is a title or a role ("Director" of
    "Secret Service Director Julia Pierson has said"): what stands before a
    person's name, not a clause's opening word."""
    lower = word.lower().rstrip(".")
    return (
        lower in TITLE_WORDS
        or lower in _ROLES
        or lower in _SEXED_ROLES
        or lower in _MORE_TITLES
        or _personal(lower)
    )


def _verb_next(article: str, end: int) -> bool:
    """Whether the word right after offset `end` of `article` reads as a finite verb
    in lower case ("Gill Rosenberg wrote ..."), so that the words before it are a
    subject, not a name's modifiers ("Other Vennard pieces were ...")."""
    found = _NEXT_WORD.match(article, end)
    return found is not None and verb_word(found.group("word"))


# What follows a person's name as news writes it: the person's age ("Dmitry
# Nikolaev, 30, is ...") or a relative clause of persons ("Ana Ruiz, who ...").
_PERSON_AFTER = re.compile(r",[ \t]+(?:\d{1,3},|who\b)")


def _person_follows(article: str, end: int) -> bool:
    """Whether the words before offset `end` of `article` are followed by what
    follows a person's name: an age between commas, or "who"."""
    return _PERSON_AFTER.match(article, end) is not None


def _modifier_after_the(article: str, word: str) -> bool:
    """Whether every "the" before `word` in `article` makes it a modifier of a
    noun in lower case ("the Gonzalez incident"): a person's surname said of a
    thing, not a thing's name of its own ("the House", "the White House")."""
    nexts = [
        m.group("next")
        for m in re.finditer(rf"\b[Tt]he[ \t]+{re.escape(word)}\b(?P<next>[ \t]+\S+|)", article)
    ]
    return bool(nexts) and all(n.strip()[:1].islower() for n in nexts)


# A capitalised word and "of" or "at" right before a run of capitalised words.
_TITLE_OF = re.compile(r"(?<![\w'\u2019-])[A-Z][\w-]*[ \t]+(?:of|at)[ \t]+$")
# The word a text ends on, with the stop after it ("Sgt.", "Rep.").
_WORD_ENDING = re.compile(r"(?<![\w.'\u2019-])[A-Za-z]+\.$")


def _after_title(article: str, end: int) -> bool:
    """Whether `article` ends at `end` on a title shortened with a stop ("Sgt.",
    "Rep.", "Dr."): the stop ends the title, not a sentence, and the words after
    it are a name written inside its sentence ("for Sgt. Bowe Bergdahl")."""
    found = _WORD_ENDING.search(article, max(0, end - 12), end)
    return found is not None and found.group().lower() in TITLE_WORDS


# Where a word follows "the" ("the White House", "The House"), and the letters up
# to the next blank after it, looked ahead at and not taken, so that a "the"
# among them starts a run of its own. "the" after no letter, digit or "_" (a
# word boundary), the boundary looked behind from its first letter: so the
# pattern is looked for by that letter.
_THE_BEFORE = re.compile(r"[Tt](?<!\w.)he[ \t]+(?=(\S+))")
# A letter no word goes on through: not a letter, a digit or "_".
_NO_WORD_LETTER = re.compile(r"\W")


def _words_after_the(article: str) -> set[str]:
    """Every word (no blank in it) written whole right after a "the" of `article`:
    each start of the text there that ends before no letter, digit or "_"
    ("the U.S. Army" gives "U", "U.S" and "U.S.").

    Each run after a "the" is taken by the pattern, and the ends inside one
    that is not a word alone found by another: no loop steps through its
    letters one by one."""
    runs = _THE_BEFORE.findall(article)
    found = set(runs)
    for run in runs:
        if not run.isalnum():
            found.update(run[: end.start()] for end in _NO_WORD_LETTER.finditer(run, 1))
    return found


def names_alone(content: str, article: str) -> Described:
    """The persons `content` names by one word alone, a surname or a forename
    ("Pierson", "Kenny"), each with the full name its article gives that person
    ("Julia Pierson"), when the article gives one full name with that word and
    the content does not write it already. At most two, the first ones."""
    if not _WORD_ALONE.search(content):
        return ()
    persons = _persons_by_word(article)
    found: list[tuple[str, str]] = []
    left_alone = _listed_left_alone(content, persons)
    for match in _WORD_ALONE.finditer(content):
        word = match.group("word")
        full = persons.get(word)
        if full is None or full in content or any(word == seen for seen, _ in found):
            continue
        if match.start() in left_alone:
            continue
        if _not_alone(content, match.start()):
            continue
        after = _POSSESSIVE_AFTER.sub("", content[match.end() :], count=1)
        if after.split(" ", 1)[0].lower() in _NAME_OF_A_BODY:
            continue  # "Bush administration"
        if _NUMBER_AFTER.match(content, match.end()):
            continue  # "Mark 1", "Apollo 11": a thing's name with its number
        found.append((word, full))
        if len(found) == 2:
            break
    return tuple(found) or introduced_alone(content, article, persons)


# How an article introduces a person (or an animal) it gives only one name: a
# description and "named" ("a homeless man named Tamas"), a description's name
# ("the cat's name, Mabry") or a child with a parent ("Ivo, 7, the son of Rita
# Lund"). The name is followed by a stop, a comma or a verb of being, so that
# "named" is no verb of choosing ("the board named Hale as chairman").
_WHO_IS = r"(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*"
# The place a description may end with ("a homeless man in Tulsa", "a nurse
# from North Bay"): it tells which one where the noun alone does not.
_WHO_PLACE = rf"(?:[ \t]+(?:in|from|at|near)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})?"
# A participle that says what befell the one introduced, after "named Kai, was"
# ("found", "abandoned"), and the words that end the place it befell them at.
_DONE = r"[a-z]+ed|found|left|born|seen|kept|held|bought|sold|caught"
_PLACE_ENDS = "on|in|at|by|to|of|for|with|and|or|after|before|when|where|last|this|early|late"
# A name and a description in apposition: "Tamas, a homeless man in Tulsa,".
_APPOSED_DESCRIPTION = (
    rf"(?P<apposed>[A-Z](?<![\w'\u2019.-].){_NAME_WORD_REST}),[ \t]+an?[ \t]+"
    rf"(?P<what>{_WHO_IS}{_WHO_PLACE}),"
)
_INTRODUCED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?P<who>{_WHO_IS}{_WHO_PLACE})"
    rf"(?:[ \t]+named|['\u2019]s[ \t]+name(?:,|[ \t]+(?:is|was)))"
    rf"[ \t]+(?P<name>[A-Z]{_NAME_WORD_REST})(?=[.,;:]|[ \t]+(?:is|was|who|had|has)\b)"
    rf"(?:,[ \t]+(?:was|were)[ \t]+(?P<done>{_DONE})(?:[ \t]+[a-z-]+){{0,8}}?"
    rf"[ \t]+(?P<where>(?:at|in|outside|near)[ \t]+(?:the[ \t]+)?{_NAME_WORD}"
    rf"(?:[ \t]+(?!(?:{_PLACE_ENDS})\b)[A-Za-z][a-z]+){{0,2}}))?"
    rf"|(?<![\w'\u2019.-])(?P<child>[A-Z]{_NAME_WORD_REST}),(?:[ \t]+\d{{1,2}},)?"
    rf"[ \t]+(?:the[ \t]+)?(?P<kin>(?:son|daughter|grandson|granddaughter)[ \t]+of"
    rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?![\w'\u2019-])"
    rf"|{_APPOSED_DESCRIPTION}"
)
# The words the first two ways need ("named", "name", "son of", "daughter of"):
# seven articles of ten hold none, and are scanned for the third way alone, which
# opens on its capital (`_NAME_RUN`) and so runs several times faster.
_NAMED_OR_KIN = re.compile(r"name|(?:son|daughter)[ \t]+of")
_APPOSED_ONLY = re.compile(_APPOSED_DESCRIPTION)
# A word written inside a sentence after a word in lower case: a name, where a
# word opening a sentence ("However, a man in Tulsa, ...") may be none.
_AFTER_LOWER = r"[a-z,][ \t]+"
# A capitalised word ending the text before a name: the name may be its surname.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*[ \t]+$")
# Words a description before "named" may not hold: a verb's object, not who the
# name is ("the police named Hale", "they were named").
_NOT_WHO = frozenset(_words("were was is are been be police officials authorities report reports"))


def introduced_alone(content: str, article: str, persons: dict[str, str]) -> Described:
    """The one person `content` names by a word alone that the article gives no
    full name but introduces by a description ("a homeless man named Tamas"
    -> "Tamas, the homeless man,") or as a parent's child ("Ivo, 7, the son of
    Rita Lund" -> "Ivo, the son of Rita Lund,"): a name alone leaves a reader
    asking who. Only when the article introduces that name one way, writes it
    before no capitalised word (a forename of full names, "Oskar Vale" and
    "Oskar Lind"), no full name of the article has it as a word, and the
    content writes it alone followed by a word in lower case, where an aside
    may go."""
    introduced = _introductions(article)
    if not introduced:
        return ()
    in_names = {w for full in persons.values() for w in full.split()}
    for match in _WORD_ALONE.finditer(content):
        word = match.group("word")
        whos = introduced.get(word, set())
        if (
            len(whos) == 1
            and word not in persons
            and word not in in_names
            and re.search(rf"\b{re.escape(word)}[ \t]+[A-Z]", article) is None
            and not _not_alone(content, match.start())
            and _LOWER_NEXT.match(content, match.end())
        ):
            who = next(iter(whos))
            if who in content:
                return ()
            return ((word, f"{word}, {who},"),)
    return ()


@functools.lru_cache(maxsize=256)
def _introductions(article: str) -> dict[str, set[str]]:
    """The descriptions `article` introduces names by (`_INTRODUCED`), by name:
    read once an article, as each of its statements asks."""
    introduced: dict[str, set[str]] = {}
    scan = _INTRODUCED if _NAMED_OR_KIN.search(article) else _APPOSED_ONLY
    for match in scan.finditer(article):
        if match.groupdict().get("child") is not None:
            name, who = match.group("child"), "the " + match.group("kin")
        elif match.group("apposed") is not None:
            name, who = match.group("apposed"), "the " + match.group("what")
            if re.search(rf"{_AFTER_LOWER}{re.escape(name)}\b", article) is None:
                continue
            if _CAPITALISED_BEFORE.search(article, 0, match.start()):
                continue  # "Wim Holtby, a sergeant,": the surname of a full name
        else:
            words = match.group("who").split()
            if any(w in _NOT_WHO for w in words):
                continue
            name, who = match.group("name"), "the " + " ".join(words)
            if match.group("done") is not None:
                who += f" {match.group('done')} {match.group('where')}"
        introduced.setdefault(name, set()).add(who)
    return introduced


# A word in lower case right after a name: where an aside after the name may go.
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


# A list of names of one word each ("Jimmy, John and Jason"), the last with no
# capitalised word after it.
_ONE_WORD_NAME = rf"[A-Z](?<![\w'\u2019.-].){_NAME_WORD_REST}(?![\w'\u2019-])"
_NAMES_LISTED = re.compile(
    rf"{_ONE_WORD_NAME}(?:,[ \t]+{_ONE_WORD_NAME})*,?[ \t]+(?:and|or|&)[ \t]+"
    rf"{_ONE_WORD_NAME}(?![ \t]+[A-Z])"
)
_ONE_WORD_NAME_RE = re.compile(_ONE_WORD_NAME)


def _listed_left_alone(content: str, persons: dict[str, str]) -> frozenset[int]:
    """Where the names of a list of one-word names start ("Jimmy, John and
    Jason") when one the article gives no one full name for (a forename two
    persons share) comes before one it does: a name left alone before one
    given in full reads as sharing its surname ("Jimmy Page, John and Jason
    Bonham" says John Bonham), so the list keeps them all as the article
    wrote them. A list after "the" or a capitalised word names no persons
    alone ("the Jets and Kane")."""
    starts: set[int] = set()
    for listed in _NAMES_LISTED.finditer(content):
        if _not_alone(content, listed.start()):
            continue
        names = list(_ONE_WORD_NAME_RE.finditer(content, listed.start(), listed.end()))
        given = [persons.get(name.group()) is not None for name in names]
        if any(not given[n] and any(given[n + 1 :]) for n in range(len(names))):
            starts.update(name.start() for name in names)
    return frozenset(starts)


# A surname after a courtesy title that says no more than a person's sex or
# degree ("Mr Verma", "Ms. Clerc", "Dr Khan"), no forename after the title.
_COURTESY_NAME = re.compile(
    rf"(?P<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?)[ \t]+(?P<name>[A-Z]{_NAME_WORD_REST})"
    r"(?=['\u2019]s\b|(?![\w'\u2019-]|[ \t]+[A-Z]))"
)
# Initials before a surname, the way some articles give a full name ("AK Verma",
# "A.K. Verma", "A K Verma").
_INITIALS = r"(?:[A-Z]{1,3}|(?:[A-Z]\.[ \t]?){1,3}|[A-Z](?:[ \t][A-Z]){1,2})"


def titled_alone(content: str, article: str) -> Described:
    """The persons `content` names by a courtesy title and a surname ("Mr Verma"),
    each with the full name its article gives that person ("AK Verma"): the one
    full name with that surname `_persons_by_word` finds, else the one the
    article writes in full and by the surname alone (`_full_names`), else the
    one name of initials and that surname written inside a sentence. The title
    says the word is a surname, so a word that may be something else alone
    ("Islam" of "Mr. Islam") is a name here. None when the article gives two
    full names with that surname, or none."""
    if "M" not in content and "D" not in content:
        return ()
    found: list[tuple[str, str]] = []
    for match in _COURTESY_NAME.finditer(content):
        if match.start() and (
            content[match.start() - 1].isalnum() or content[match.start() - 1] in "'\u2019-."
        ):
            continue
        surname = match.group("name")
        if _both_sexes_titled(article, surname):
            continue  # "Mr Smith" and "Mrs Smith": two persons, either the full name's
        full = _persons_by_word(article).get(surname) or _full_names(article).get(surname)
        if full is None:
            full = _initialled(article, surname)
        if full is not None:
            full = _without_role(full, article)
        if full is None or full.split()[-1] != surname or full in content:
            continue
        written = match.group("title") + " " + surname
        if content[match.start() : match.end()] != written or any(w == written for w, _ in found):
            continue
        found.append((written, full))
    return tuple(found[:2])


def _without_role(name: str, article: str) -> str:
    """A full name of three words without a first word that is a role or a word
    the article writes in lower case ("Investor Dario Hope" opening a sentence,
    "Widower Stan Beaton") -> "Dario Hope"."""
    words = name.split()
    first = words[0].lower()
    if len(words) == 3 and (
        first in _ROLES
        or _personal(first)
        or first in _SEXED_ROLES
        or re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", article) is not None
    ):
        return " ".join(words[1:])
    return name


# Roles that say a person's sex ("widower", "grandmother").
_SEXED_ROLES = frozenset(
    _words(
        """
        widow widower mother father wife husband daughter son sister brother grandmother
        grandfather aunt uncle niece nephew actress actor
        """
    )
)
# The words a run of capitalised words sheds before a name (`_shed`) by what
# they are: no forename, a role, a title; one set, so that each is one ask.
_SHED_WORDS = _NO_FORENAME | _ROLES | _SEXED_ROLES | TITLE_WORDS | frozenset(_MORE_TITLES)


def _both_sexes_titled(article: str, surname: str) -> bool:
    """Whether `article` writes `surname` after both a man's title and a woman's
    ("Mr Smith" and "Mrs Smith"): a couple or a family, two persons."""
    titles = {
        m.group(1).lower()
        for m in re.finditer(rf"\b(Mrs|Ms|Miss|Mr)\.?[ \t]+{re.escape(surname)}\b", article)
    }
    return "mr" in titles and bool(titles & {"mrs", "ms", "miss"})


def _initialled(article: str, surname: str) -> str | None:
    """The one name of initials and `surname` the article writes inside a sentence
    ("electrical engineer AK Verma"), after a word in lower case."""
    names = {
        " ".join(m.group("name").split())
        for m in re.finditer(
            rf"\b[a-z]+[ \t]+(?P<name>{_INITIALS}[ \t]+{re.escape(surname)})(?![\w-])", article
        )
    }
    return next(iter(names)) if len(names) == 1 else None


# A number right after a word: the word and the number are one name.
_NUMBER_AFTER = re.compile(r"[ \t-]\d")


@functools.lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return _demonyms()


def _alone(text: str, last: str) -> int:
    """How often `text` writes `last`, the last word of a full name (`_FULL_NAME`),
    as a word of its own and not right after a capitalised word ("Seidel said",
    not "Mike Seidel"): after no letter, digit, apostrophe or hyphen, and before
    no letter or digit. Found without compiling a pattern for each name: such a
    word is letters, apostrophes and hyphens ending in a letter, so no two of
    its places overlap."""
    count = 0
    size = len(last)
    at = text.find(last)
    while at != -1:
        before = text[at - 1] if at else ""
        after = text[at + size : at + size + 1]
        if (
            not (before and (before.isalnum() or before in "_'\u2019-"))
            and not (
                at >= 3
                and before == " "
                and "A" <= text[at - 3] <= "Z"
                and "a" <= text[at - 2] <= "z"
            )
            and not (after and (after.isalnum() or after == "_"))
        ):
            count += 1
        at = text.find(last, at + 1)
    return count


def _people_in(span: str, fulls: dict[str, str], said: set[str]) -> tuple[set[str], set[str]]:
    """The persons `span` names (as full names) and those it describes, the speaker aside."""
    named: set[str] = set()
    for match in _FULL_NAME.finditer(span):
        last = match.group("name").split()[-1].rstrip("'\u2019")
        if fulls.get(last) == match.group("name") and last.lower() not in said:
            named.add(match.group("name"))
    for match in _TITLED.finditer(span):
        last = match.group("name")
        if last in fulls and last.lower() not in said:
            named.add(fulls[last])
    for word in re.findall(r"(?<![\w-])[A-Z][a-z'\u2019-]+(?![\w-])", span):
        # A person named earlier, called by the last word alone ("Plant said no").
        bare = re.sub(r"['\u2019]s$", "", word)
        if bare in fulls and bare.lower() not in said:
            named.add(fulls[bare])
    # Only one person may be a "he" or "she": "the doctors" is no candidate.
    unnamed = {
        w
        for w in re.findall(r"\b[a-z]+\b", span)
        if w in _UNNAMED_PEOPLE and w not in said and w not in _PLURAL_PEOPLE
    }
    return named, unnamed


def _quoted(article: str, at: int) -> bool:
    """Whether offset `at` of `article` is inside a quotation of its paragraph."""
    before = article[article.rfind("\n", 0, at) + 1 : at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _may_be_speaker(speaker: str | None, pronoun: str) -> bool:
    """Whether a speaker of indirect speech may be the "he" or "she" of its own
    words: a pronoun, a name, a person described ("the CEO", "a woman")."""
    words = (speaker or "").split()
    pronoun = {"his": "he", "her": "she"}.get(pronoun.lower(), pronoun)
    if not words or not may_be(speaker, pronoun):
        return False
    last = words[-1].lower().strip(".,")
    return (
        last in {"he", "she", "who"}
        or words[-1][:1].isupper()
        or last in _UNNAMED_PEOPLE
        or last in {"ceo", "son", "daughter", "father", "mother"}
    )


# A place described by its kind, perhaps with its country's adjective: "the
# city", "the Iraqi city", "the Nicaraguan capital", "that city" (not "the city
# of X", which says which, nor "the City Council"); one that "of" describes
# ("the town of about 130 residents") is its name then a town of that.
_PLACE_KIND = re.compile(
    r"[Tt](?<!\w.)h(?:e|at)\s+(?:(?-i:[A-Z][a-z]+(?:an|ian|ese|i|ish|ch))\s+)?"
    r"(?P<head>city|town|village|capital)\b(?!\s+of\s+(?:the\s+)?(?-i:[A-Z])|\s+(?-i:[A-Z])|-)"
    r"(?P<of>\s+of\b)?"
)
_PLACE_HEADS = ("city", "town", "village", "capital")
_PLACE_NAME = r"((?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])[\w'\u2019-]+){0,2})"
_CITY_NAMED = re.compile(
    r"(?<![\w'\u2019-])((?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])[\w'\u2019-]+)?) (?-i:City)\b"
    r"(?! (?-i:[A-Z])| of\b)"
)


# A place a story is told to be at: "in Mosul", "near Managua".
_TOLD_AT = re.compile(
    r"\b(?:in|near|at|around|outside|inside|into|from)\s+"
    r"((?-i:[A-Z])[\w'\u2019-]+(?: (?-i:[A-Z])[\w'\u2019-]+)?)"
)


@functools.lru_cache(maxsize=256)
def _place_named(article: str, head: str) -> str | None:
    """The one place the article names as a `head` ("city", "town", "village",
    "capital"): "the city of Mosul", "the Chadian capital N'Djamena", "the
    capital, Abuja", "Amirli, a town ..."; None when it names none or more."""
    names = _places_called(article, head)
    if len(names) != 1:
        return None
    name = next(iter(names))
    # A name the article writes once only beside the description may be any word in
    # capitals; and "the city" is the place the article tells of, where it says
    # things happened at least as often as anywhere else but a country ("in
    # Mosul"), not one it mentions in passing ("250 miles north of the city of
    # Baghdad", of an article about Mosul).
    places = Counter(
        re.sub(r"['\u2019]s$", "", match.group(1))
        for match in _TOLD_AT.finditer(article)
        if match.group(1).split()[0].lower() not in _NOT_NAMES
    )
    others = [n for place, n in places.items() if place != name and builtin_kind(place) != STATE]
    # "in the besieged Syrian Kurdish city of Kobani" tells of Kobani as "in Kobani" does.
    told = places[name] + len(
        re.findall(
            r"\b(?:in|near|at|around|outside|inside|into|from)\s+the\s+(?:[\w'\u2019-]+\s+){0,4}"
            rf"{head}\s+of\s+{re.escape(name)}\b",
            article,
        )
    )
    if name.endswith(" City"):
        # "in New York City" is counted as "New York" (two words at most); the
        # name says it is a city's wherever it is written.
        short = name.removesuffix(" City")
        told += places[short]
        others = [
            n
            for place, n in places.items()
            if place not in {name, short}
            and builtin_kind(place) != STATE
            and not place.startswith("The ")  # "from The New York Times"
        ]
        # told of more than any other place ("a drive away from Mexico City,
        # Iguala ...": the story is Iguala's)
        return name if told > max(others, default=0) else None
    if told < max(others, default=1):
        return None
    return name if article.count(name) >= 2 else None


def _lead_called(article: str, head: str, at: int) -> str | None:
    """The one place the article calls a `head` by name (`_places_called`), when
    its lead's first sentence so names it and the statement (offset `at`) comes
    after: "the town" after the lead "... said the small town of Purdon was
    quarantined" (or "Purdon, a small town in Texas, was ...") -> "Purdon".
    The lead says what its story is of, though it may never say "in Purdon".
    None when the lead places its story at another place ("in Mosul, 250
    miles north of the city of Baghdad")."""
    lead, _paragraph = _lead(article)
    names = _places_called(article, head)
    if at < len(lead) or len(names) != 1:
        return None
    (name,) = names
    if article.count(name) < 2:
        return None  # written once, beside its kind: `_first_mention` gives it whole
    called = re.search(
        rf"\b{head} of {re.escape(name)}\b"
        rf"|\b{re.escape(name)}, an? (?:[a-z][\w-]* ){{0,3}}{head}\b(?! of)",
        lead,
    )
    if called is None or _REFERENCE_POINT.search(lead, 0, called.start() - len("the ")):
        return None  # "250 miles north of the city of Baghdad": a bearing
    if any(told.group(1) != name for told in _TOLD_AT.finditer(lead)):
        return None  # "at a hospital in Mosul": the story is elsewhere
    return name


def _place_in_sentence(article: str, head: str, before: str) -> str | None:
    """Of the places the article names as a `head` (`_places_called`: "the city
    of Raqqa", "Aleppo, a city ..."), the one written in the statement's own
    sentence `before` the description, when it writes no other there: "...
    had struck Raqqa today, though reports claimed the city had been hit" ->
    "Raqqa". A reader takes "the city" for the city just named. A name set
    right before the description with a comma is none: the description is its
    apposition, or a clause's subject after an opening phrase ("Tucked into a
    bend of the Tigris River, the town had been ...")."""
    named = [
        name
        for name in _places_called(article, head)
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before)
        and not before.rstrip().endswith(f"{name},")
    ]
    return named[0] if len(named) == 1 else None


# A name a body or person is said to be based in: "Montreal-based reporter".
_BASED = re.compile(
    r"(?<![\w'\u2019-])((?-i:[A-Z])[\w'\u2019]+(?: (?-i:[A-Z])[\w'\u2019]+)?)-based\b"
)


def _based_in_sentence(head: str, before: str) -> str | None:
    """The one town the statement's own sentence `before` the description
    names as where someone is based, when it places nothing elsewhere there:
    "Montreal-based reporter Jo Fell wrote that the suspect's name is in that
    city's court records" -> "Montreal's court records". A reader takes "that
    city" for the city just named. A state's or a region's name is no town;
    "the capital" must be a state's capital, "the town" or "the village" none."""
    from claimtrack import places
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    based = {match.group(1) for match in _BASED.finditer(before)}
    if len(based) != 1 or places.places_in(before, resolver):
        return None
    (name,) = based
    known = places._known(name, resolver)
    if known is not None and known.level != places.TOWN:
        return None
    capital = resolver.is_capital(name)
    if (head == "capital" and not capital) or (head in {"town", "village"} and capital):
        return None
    return name


@functools.lru_cache(maxsize=256)
def _places_called(article: str, head: str) -> frozenset[str]:
    """The places the article names as a `head` ("city", "town", "village",
    "capital"): "the city of Mosul", "the Chadian capital N'Djamena", "the
    capital, Abuja", "Amirli, a town ...", "New York City"."""
    names: set[str] = set()
    patterns = (
        rf"\b{head} of {_PLACE_NAME}",
        rf"\b[Tt]he (?:(?-i:[A-Z])[a-z]+ )?{head},? {_PLACE_NAME}",
        rf"{_PLACE_NAME}, (?:a|the) (?:[a-z][\w-]* ){{0,3}}{head}\b(?! of)",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, article):
            words = []
            for word in match.group(1).split():
                if word in _MONTHS:
                    break
                words.append(word)
            if words and words[0].lower() not in _NOT_NAMES:
                names.add(" ".join(words))
    if head == "city":
        # A city's name may say it is one: "New York City", "Mexico City".
        for match in re.finditer(_CITY_NAMED, article):
            if match.group(1).split()[0].lower() not in _NOT_NAMES:
                names.add(match.group())
    return frozenset(names)


# A state described by its kind: "the country", "the nation" (not "the country of
# X", which says which, nor "the nation-state", nor "the nation's" own words
# after a name: "the Nation of Islam").
_STATE_KIND = re.compile(r"[Tt](?<![\w-].)he\s+(?:country|nation)\b(?!\s+of\b|-|\s+(?-i:[A-Z]))")
_STATE_HEADS = ("country", "nation")
# An adverb of the whole of a state, which says which state no more than "the
# country" does: "kidnappings nationwide" in a story of Mexico are Mexico's.
# The pair is the adverb with the word before it, as `standalone` wants a
# phrase of two words at least.
_STATE_WIDE = re.compile(
    r"(?P<before>[\w'\u2019-]+)[ \t]+(?:nationwide|countrywide|nation-wide)(?![\w-])"
)
_STATE_WIDE_HEADS = ("nationwide", "countrywide", "nation-wide")
# "Parliament" bare, the word many states' legislatures share, so that alone it
# says no more than "the country" does: "gunfire outside Parliament" in a story
# of Canada is Canada's. With the word before it ("outside Parliament") or,
# opening the text, the word after it ("Parliament voted"), as `standalone`
# wants a phrase of two words at least; not part of a name ("Parliament Hill",
# "Library of Parliament", "Parliament of Canada", "Parliament's").
_BARE_PARLIAMENT = re.compile(
    r"(?:^(?P<opening>(?P<house_first>[Pp]arliament)[ \t]+[a-z][\w'\u2019-]*)"
    r"|(?P<before>(?<![\w'\u2019-])[a-z][\w'\u2019-]*)[ \t]+(?P<house>[Pp]arliament))"
    r"(?![\w'\u2019-]|[ \t]+(?:of\b|(?-i:[A-Z])))"
)
_PARLIAMENT_HEADS = ("arliament",)
# Words before a noun that say whose or which it is already ("the parliament",
# "its parliament"), or whose "of" ends a name ("Library of Parliament").
_OWNING_WORDS = frozenset(
    _words(
        """
        the a an its their his her our your my this that these those whose each every
        any some no of
        """
    )
)


def _bare_parliament(content: str) -> re.Match[str] | None:
    """The first "Parliament" of `content` with no word before it that says
    whose or which (`_OWNING_WORDS`), as `_BARE_PARLIAMENT` finds it; "the"
    says no more than no word does ("near the parliament building")."""
    for match in _BARE_PARLIAMENT.finditer(content):
        if (
            match.group("opening")
            or match.group("before") == "the"
            or match.group("before").lower() not in _OWNING_WORDS
        ):
            return match
    return None


def _state_owned(house: re.Match[str], state: str) -> str:
    """The words of `house` (a `_BARE_PARLIAMENT` match) with `state`'s
    possessive before the parliament: "outside Canada's Parliament"; the
    possessive takes the place of a "the" ("the parliament" -> "Canada's
    parliament")."""
    owner = state + ("'" if state.endswith("s") else "'s")
    if house.group("opening"):
        return f"{owner} {house.group('opening')}"
    if house.group("before") == "the":
        return f"{owner} {house.group('house')}"
    return f"{house.group('before')} {owner} {house.group('house')}"


# States whose names are written with "the" ("the United States", "the Philippines").
_STATES_WITH_THE = re.compile(r"^(?:United|Republic|Democratic|Central|Holy)\b|s$")


def _state_named(article: str, at: int, most_told: int = 0) -> str | None:
    """The one state the article names before offset `at`, by its name, its
    capital or its people's adjective ("Nicaraguan", "Managua"), for "the
    country": "the nation's capital" -> "Nicaragua's capital". None when it names
    two or none; a state's body ("Yemen's armed forces", "NASA") names its state
    too. With `most_told`, also the one it names that many times as often as
    any other (a story of Mexico read "in Spanish")."""
    from claimtrack.grouping import default_resolver

    finder = default_resolver()
    before = article[:at]
    states = Counter(party for _, party in finder.mentions(before) if builtin_kind(party) == STATE)
    told = states.most_common(2)
    if not told or (len(told) > 1 and (not most_told or told[0][1] < most_told * told[1][1])):
        return None
    name = told[0][0]
    return f"the {name}" if _STATES_WITH_THE.search(name) else name


def _personal(head: str) -> bool:
    """Whether a description's head names a person by a role ("the suspect", "the
    weatherman", "the novelist")."""
    return (
        head in _PERSONS
        or head in _UNNAMED_PEOPLE
        or head.endswith(("man", "woman", "ist"))
        or head in _words("suspect victim patient officer deputy teacher nurse coach")
    ) and head not in _PLURAL_PEOPLE


# "the government", "the federal government": the one state an article names a
# government of ("the Nigerian government", "Nigeria's government", "the
# government of Nigeria"), written as the article writes it most.
_GOVERNMENT_MODIFIERS = frozenset(_words("federal central national"))
# A state's own bodies a bare description names as "the government" does: "the
# army" is "the Iraqi army" in an article naming only Iraq's.
_STATE_BODIES = ("government", "army", "military")
_ARMED_FORCES = frozenset(_STATE_BODIES[1:])


def _state_body_patterns(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a state's `body` named by its state before it ("the
    Nigerian government", "Nigeria's army") and after it ("the government of
    Nigeria")."""
    return (
        re.compile(
            r"(?<![\w.'\u2019-])(?P<state>(?-i:[A-Z])[\w.'\u2019-]*?)(?P<owns>['\u2019]s)?"
            rf"[ \t]+(?:(?:federal|central|national)[ \t]+)?{body}\b"
        ),
        re.compile(
            rf"\b(?-i:{body[0].upper()}|{body[0]}){body[1:]}[ \t]+of[ \t]+(?:the[ \t]+)?"
            r"(?P<state>(?-i:[A-Z])[\w'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019-]*)?)"
        ),
    )


_STATE_BODY = {body: _state_body_patterns(body) for body in _STATE_BODIES}


# A state's body (`_STATE_BODIES`) written bare and capitalised as the
# content's subject, as an official speaks of their own: "Government wants to
# negotiate".
_BARE_BODIES = frozenset(body.capitalize() for body in _STATE_BODIES)
_BARE_BODY = re.compile(
    rf"[\"'\u201c\u2018]?(?P<body>{'|'.join(sorted(_BARE_BODIES))})[ \t]+"
    r"(?P<next>[a-z][\w'\u2019-]*)"
)


def _bare_body_governed(content: str, article: str) -> tuple[str, str] | None:
    """A bare "Government" (or "Army", "Military") opening `content` before its
    verb, with what it is read as "the government" (`_government_of`):
    "Government wants to negotiate" in an article of Nigeria's government ->
    ("Government", "the Nigerian government")."""
    bare = _BARE_BODY.match(content)
    if bare is None or not verb_word(bare.group("next")):
        return None
    governed = _government_of(article, [], bare.group("body").lower())
    return None if governed is None else (bare.group("body"), governed)


def _government_of(article: str, modifiers: list[str], body: str = "government") -> str | None:
    """What "the government" (with `modifiers`), or another of a state's bodies
    (`_STATE_BODIES`), is in `article`: "the Nigerian government" when every
    government the article names is one state's, else None."""
    if any(m not in _GOVERNMENT_MODIFIERS for m in modifiers) or body[1:] not in article:
        return None
    from claimtrack.grouping import default_resolver

    finder = default_resolver()
    states: set[str] = set()
    written: Counter[str] = Counter()
    for before, pattern in zip((True, False), _STATE_BODY[body], strict=True):
        for match in pattern.finditer(article):
            word = match.group("state")
            found = finder.mentions(word)
            parties = {party for (start, end), party in found if end - start == len(word)}
            if len(parties) != 1:
                if before and match.group("owns") and word in _persons_by_word(article):
                    continue  # "Jonathan's government": its leader's, whose state is told
                if before and word.lower() not in _NOT_STATE_WORDS:
                    return None  # "the Obama government", "the unity government": no state
                continue
            (party,) = parties
            if builtin_kind(party) != STATE:
                return None
            states.add(party)
            if before:
                written[word + (match.group("owns") or "")] += 1
    if len(states) != 1:
        return None
    if written:
        # "Nigeria's army" keeps its possessive, which takes no "the".
        most = written.most_common(1)[0][0]
        return f"{most} {body}" if most.endswith(("'s", "\u2019s")) else f"the {most} {body}"
    return f"the {body} of {states.pop()}"


def _government_named(text: str | None, article: str) -> str | None:
    """`text`, a first mention's or a pointed act's words, with a bare "the
    government" in it said as the state's (`_government_of`, or
    `_sole_state_government` in an article naming no state's government):
    "a cease-fire between the government and
    Boko Haram" in an article of Nigeria's government -> "... between the
    Nigerian government and Boko Haram". A text naming a state itself is left:
    which state's is not sure."""
    if text is None or _BARE_GOVERNMENT.search(text) is None or _state_named_in(text):
        return text
    governed = _government_of(article, []) or _sole_state_government(article)
    if governed is None:
        return text
    return _BARE_GOVERNMENT.sub(governed, text, count=1)


def _sole_state_government(article: str) -> str | None:
    """What a bare "the government" is when `article` names no state's
    government at all: "the government of X" when it tells of one state, X,
    at least `_MOST_TOLD` times as often as any other (`_state_named`): a story of
    Nigeria naming Chad in passing means Nigeria's by "the government"."""
    before, after = _STATE_BODY["government"]
    if after.search(article) or any(
        m.group("state").lower() not in _NOT_STATE_WORDS for m in before.finditer(article)
    ):
        return None
    state = _state_named(article, len(article), _MOST_TOLD)
    return None if state is None else f"the government of {state}"


_BARE_GOVERNMENT = re.compile(r"(?<![\w-])the government\b(?! of\b|['\u2019])")


# Capitalised words before "government" that name no state: a sentence's opening.
_NOT_STATE_WORDS = frozenset(_words("the a an its their his her our this that federal central"))


# Words that open a first mention and are dropped for the description's own
# determiner: an indefinite article, or none.
_INDEFINITE = frozenset(_words("a an"))
_FIRST_MENTION_WORDS = 9
# Words that say when, ending a phrase that says which one.
_WHEN_WORDS = frozenset(
    _words("overnight today tonight yesterday tomorrow earlier later recently last this next")
)
# Prepositions that open a phrase saying which one a first mention is.
_FIRST_MENTION_PREPOSITIONS = frozenset(
    _words("in on at near from of with for by outside inside off about over against between")
)


# Modifiers of a description that say when or how sure, not which one.
_TELLING_WHEN = frozenset(
    _words("overnight recent latest weekend alleged purported suspected reported apparent")
)
# Prepositions after a definite mention that say which one it is: a phrase
# "by", "for" or "from" opens is more often the verb's ("monitored for the
# virus by the Center ...").
_DEFINITE_MENTION_PREPOSITIONS = frozenset(_words("of in on at near outside inside off with"))
# A name a phrase's stop cuts where it goes on: ", Mo. police officer",
# "on Sept. 19" (a short capitalised word and a point).
_ABBREVIATION_CUT = re.compile(r",\s*[A-Z][a-z]{0,3}\.")
_ABBREVIATION_END = re.compile(r"(?<![\w.'\u2019-])[A-Z][a-z]{0,3}\.$")


def _first_mention(
    article: str, det: str, head: str, modifiers: list[str], at: int, content: str
) -> str | None:
    """The article's first mention of the description's head before the
    statement (offset `at`), when it opens on "a", "an", a count or no
    determiner and names something the description drops: a name, a place or
    a number ("the site" after "a mass grave site in Iguala" -> "the mass
    grave site in Iguala"; "the men" after "Three British men waging jihad"
    -> "the British men": the count is left, as `_introduced` leaves it, since
    it may have changed by the statement). Its modifiers and a phrase after it
    that a preposition opens, up to a clause's or a list's end, at most
    `_FIRST_MENTION_WORDS` words in all; None when the first mention is itself
    definite, says nothing more, is longer, or names only what `content` names
    already ("the film will star X" takes no "the film with X")."""
    if det.lower() != "the":
        return None
    known = False  # the article wrote "the" + head before
    for found in _mentions(article, head, objects=True):
        if found.start >= at:
            return None
        definite = found.det == "the"
        counted = found.det in _NUMBER_WORDS or found.det.replace(",", "").isdigit()
        if found.det not in _INDEFINITE and found.det != "" and not definite and not counted:
            return None
        if known and not definite:
            return None  # "a site" after "the site" is another one
        if _REFERENCE_POINT.search(article, max(0, found.start - 40), found.start):
            continue  # "250 miles north of the city of Baghdad": another place's bearing
        known = definite
        said = _mention_says(article, found, head, modifiers, content, definite)
        if said is not None or not definite:
            return _government_named(said, article)
        # "the central area of the besieged enclave", then "the central
        # area of the Gaza Strip": a later mention before the statement may
        # say which one the article means.
    return None


def _mention_says(
    article: str, found: _Mention, head: str, modifiers: list[str], content: str, definite: bool
) -> str | None:
    """What a mention of the head (`found`) says the description is (`_first_mention`).
    A number the description opens on is its own: "the two air strikes" after
    "carried out air strikes in Tripoli" -> "the two air strikes in Tripoli"."""
    if found.head != head:
        return None  # "a site" says nothing of "the sites"
    counted = 0
    while counted < len(modifiers) and (
        modifiers[counted] in _NUMBER_WORDS or modifiers[counted].isdigit()
    ):
        counted += 1
    numbers, modifiers = modifiers[:counted], modifiers[counted:]
    mods = list(found.mods)
    if (
        modifiers
        and all(m in _TELLING_WHEN for m in modifiers)
        and mods
        and all(m[:1].isupper() for m in mods)
        and not definite
    ):
        # "the overnight attack" after "an Islamic State attack": words saying
        # when or how sure keep their place before the name.
        mods = [*modifiers, *mods]
        modifiers = []
    if modifiers and [m.lower() for m in mods[-len(modifiers) :]] != modifiers:
        return None
    if set(map(str.lower, mods)) & _CONTRASTING or any(
        verb_word(m) or m.lower() in _NOT_MODIFIERS for m in mods
    ):
        return None
    rest = article[found.end : found.end + 200]
    stop = _STOP.search(rest)
    if (
        stop is not None
        and stop.group().strip() == "and"
        and re.match(r"\s+between\s", rest)
        and " and " not in rest[: stop.start()]
    ):
        stop = _STOP.search(rest, stop.end())  # "between X and Y": one phrase
    after = (rest[: stop.start()] if stop is not None else rest).split()
    owned = _owned_words(after)
    verb = next((n for n, w in enumerate(after) if verb_word(w) and n not in owned), None)
    object_taken = _verb_before_object(after, owned)
    if object_taken is not None and (verb is None or object_taken < verb):
        # "an explosion at the Carver mill shook the valley": a verb not known
        # as one ends the phrase at the noun before it, a name or not.
        after = after[:object_taken]
    elif verb is not None:
        after = after[:verb]
        # A second phrase ends the first one before the verb ("near the capital
        # city of Managua on Saturday night was ..."): its own last word is
        # what must be a name.
        kept = _first_phrase(after)
        if (
            kept
            and not kept[-1][:1].isupper()
            and not kept[-1][:1].isdigit()
            and len(kept) - 1 not in owned  # "by Yemen's armed forces"
        ):
            # "a group of Russians claim have ...": a verb not known as one
            # may have been read as the phrase's noun; a name ends it surely.
            after = []
    if after and after[0].lower() not in (
        _DEFINITE_MENTION_PREPOSITIONS if definite else _FIRST_MENTION_PREPOSITIONS
    ):
        after = []
    if (
        definite
        and stop is not None
        and verb is None
        and (
            _ABBREVIATION_CUT.match(rest, stop.start()) is not None
            or _ABBREVIATION_END.search(rest, 0, stop.start() + 1) is not None
        )
    ):
        # "the gun of Ferguson, Mo. police officer ...", "the mansion on
        # Sept. 19": a name a comma or a point cuts may go on past it.
        return None
    # One phrase: "a footbridge over the Calder after the storm" ends before "after".
    # "between the government and Boko Haram": the "and" goes on the one phrase.
    between = bool(after) and after[0].lower() == "between"
    another = next(
        (
            n
            for n, w in enumerate(after)
            if n and w.lower() in _PHRASE_OPENERS and w != "of" and not (between and w == "and")
        ),
        None,
    )
    after = after[:another] if another is not None else after
    # "a statue of Admiral Kell overnight": when it happened is no part of it.
    when = next(
        (
            n
            for n, w in enumerate(after)
            if w.lower() in _WHEN_WORDS or w in _MONTHS or (n and w.endswith("ly"))
        ),
        None,
    )
    after = after[:when] if when is not None else after
    while after and (after[-1].lower() in _DANGLING or after[-1].endswith(("'s", "\u2019s"))):
        after = after[:-1]
    if any(_PRONOUNS.fullmatch(w) for w in after):
        return None
    most = _FIRST_MENTION_WORDS + 2 * between + len(numbers)
    if len(["the", *numbers, *mods, head, *after]) > most:
        after = _names_unapposed(after)
    words = ["the", *numbers, *mods, head, *after]
    if len(words) > most or len(words) <= 2 + len(numbers) + len(modifiers):
        return None
    added = [*mods[: len(mods) - len(modifiers)], *after]
    if definite:
        # "the site" first: the article takes it as known, unless a phrase
        # after it says which ("the central area of the Gaza Strip").
        added = after
    naming = [w for w in added if w[:1].isupper() or w[:1].isdigit()]
    naming = [w for w in naming if w not in _MONTHS]
    if not naming or all(w.strip(".,") in content for w in naming):
        return None
    if found.det == "" and mods and mods[0][:1].isupper():
        return None  # "Islamic State fighters": a name's own phrase
    return " ".join(words)


# Determiners that open a name's apposition: "the extremist group Boko Haram".
_APPOSITION_OPENERS = frozenset(_words("a an the"))


def _names_unapposed(words: list[str]) -> list[str]:
    """`words` with each name's lower-case apposition before it left out: "between
    the government and the extremist group Boko Haram" -> "between the government
    and Boko Haram". A first mention too long to stand in for a description is
    cut to what names it; a determiner's words a preposition or a conjunction
    ends ("the capital city of Managua") are a phrase of their own, kept."""
    kept: list[str] = []
    n = 0
    while n < len(words):
        ends = n + 1
        while (
            ends < len(words)
            and words[ends].isalpha()
            and words[ends].islower()
            and words[ends] not in _NOT_VERBS_BEFORE_OBJECT
        ):
            ends += 1
        if (
            words[n].lower() in _APPOSITION_OPENERS
            and ends > n + 1
            and ends < len(words)
            and words[ends][:1].isupper()
        ):
            n = ends  # "the extremist group Boko Haram" -> "Boko Haram"
            continue
        kept.append(words[n])
        n += 1
    return kept


# Words that open a noun phrase, as a verb's object opens: "the", "its".
_OBJECT_OPENERS = frozenset(_words("the a an its his her their our this these those"))
# Words a noun phrase may run into before a determiner and that are no verb:
# prepositions and conjunctions besides those of `_DANGLING` and `_PHRASE_OPENERS`.
_NOT_VERBS_BEFORE_OBJECT = (
    _DANGLING
    | _PHRASE_OPENERS
    | _FIRST_MENTION_PREPOSITIONS
    | P.PREPOSITIONS
    | frozenset(
        _words(
            """
            against via toward towards within without beyond behind beneath below
            above among amongst throughout despite per around through onto upon
            including involving regarding concerning like unlike than because
            while if unless whether once plus versus nor so yet all both
            """
        )
    )
)


def _verb_before_object(words: list[str], owned: set[int]) -> int | None:
    """The place in `words` (the words after a mention's head) of a lower-case
    word that follows a noun and that a determiner follows: the verb of the
    sentence the mention is the subject of, one `verb_word` does not know
    ("at the Carver mill shook the valley": "shook"). A noun phrase does not run
    from its noun straight into another's determiner; a preposition or a
    conjunction does, and is never taken; nor is a word after a determiner or a
    preposition (a noun), nor one a possessive owns."""
    for n in range(1, len(words) - 1):
        word, before = words[n], words[n - 1]
        if (
            n not in owned
            and word.isalpha()
            and word.islower()
            and word not in _NOT_VERBS_BEFORE_OBJECT
            and not word.endswith("ly")
            and before.lower() not in _NOT_VERBS_BEFORE_OBJECT
            and before[-1:].isalnum()
            and words[n + 1] in _OBJECT_OPENERS
        ):
            return n
    return None


def _owned_words(words: list[str]) -> set[int]:
    """The places in `words` of the lower-case words after a possessive ("Yemen's
    armed forces"), up to three: the noun a possessive owns and its modifiers,
    none of them a clause's verb however they may read alone ("forces",
    "armed"). A preposition, a word in -ly or another word that opens no noun
    ends them."""
    owned: set[int] = set()
    for n, word in enumerate(words):
        if not word.endswith(("'s", "\u2019s")):
            continue
        for m in range(n + 1, min(n + 4, len(words))):
            following = words[m]
            if (
                not re.fullmatch(r"[a-z][\w-]*", following)
                or following in _DANGLING
                or following in _PHRASE_OPENERS
                or following.endswith("ly")
            ):
                break
            owned.add(m)
    return owned


def _first_phrase(words: list[str]) -> list[str]:
    """`words` up to the second phrase a preposition other than "of" opens in
    them, or a word saying when, as `_mention_says` cuts a first mention's
    phrase."""
    end = next(
        (
            n
            for n, w in enumerate(words)
            if n
            and (
                (w.lower() in _PHRASE_OPENERS and w != "of")
                or w.lower() in _WHEN_WORDS
                or w in _MONTHS
                or w.endswith("ly")
            )
        ),
        None,
    )
    return words[:end] if end is not None else words


# Words for those who act in a story of something that happened, and for what
# happened, that say nothing of where: "police", "a shooter", "strikes". A
# story's lead says where (`subject_placed`).
_STORY_HEADS = frozenset(
    _words(
        """
        police policemen officers authorities investigators detectives troops soldiers
        forces gunman gunmen shooter shooters attacker attackers assailant assailants
        militants fighters jihadists rebels insurgents protesters demonstrators rescuers
        firefighters paramedics witnesses residents locals people civilians victims hostages
        strikes airstrikes bombs shells rockets missiles explosions blasts shots gunfire
        fighting clashes
        """
    )
)
# Heads that are no thing of the lead's place (`_told_in_lead`): who acts, or a body.
_NO_THING_OF_THE_PLACE = _PLAIN_HEADS | _PERSONS | _STORY_HEADS | ORGANISATION_HEADS | MEDIA_HEADS
# Verbs of what happened (in the past, the perfect or going on) to or by
# those words: not of saying or thinking ("police said", "residents believe").
_HAPPENING = (
    r"(?:killed|wounded|injured|shot|arrested|detained|fired|opened\s+fire|launched"
    r"|evacuated|searched|searching|hunted|hunting|looking|investigating|struck|hit"
    r"|rescued|died|fled|found|attacked|stormed|clashed|exploded|deployed|surrounded"
    r"|captured|kidnapped|abducted|seized|sealed|cordoned|closed|locked|blocked|raided"
    r"|targeted|pounded|pounding|fighting|firing|shooting|destroyed|damaged|recovered"
    r"|rushed|arrived|gathered|marched|rallied|trapped|missing|dead|stranded|continued"
    r"|continuing|began|erupted|broke\s+out|hurled|threw|set\s+fire|torched|burned"
    # what they witnessed: "residents heard a loud blast"
    r"|heard|saw|felt|watched|witnessed)"
)
# A number or a determiner before the words: "two people", "around six strikes".
_STORY_COUNT = (
    r"(?:(?:the|a|an|some|several|many|dozens\s+of|hundreds\s+of|scores\s+of|more|at\s+least"
    r"|around|about|nearly|almost|over|up\s+to|\d[\d,]*|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)\s+){0,3}"
)
_COUNT_WORDS = frozenset(
    _words(
        """
        the a an some several many dozens hundreds scores more at around about nearly
        almost over up one two three four five six seven eight nine ten eleven twelve
        twenty thirty fifty hundred
        """
    )
)
_STORY_SUBJECT = re.compile(
    r"(?P<phrase>" + _STORY_COUNT + r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?P<head>" + "|".join(sorted(_STORY_HEADS, key=len, reverse=True)) + r"))"
    r"(?P<verb>\s+(?:(?:are|is|were|was|have|has|had|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:(?:still|now|also|reportedly|already|then|later|again)\s+)?" + _HAPPENING + r")\b",
    re.IGNORECASE,
)
# "there had since been around six strikes": what happened as what there was.
_STORY_THERE = re.compile(
    r"\bthere\s+(?:(?:has|have|had)\s+(?:(?:since|now|also|already|reportedly)\s+)?been"
    r"|(?:was|were))\s+(?P<phrase>" + _STORY_COUNT + r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?P<head>" + "|".join(sorted(_STORY_HEADS, key=len, reverse=True)) + r"))\b"
    r"(?!['\u2019-])",
    re.IGNORECASE,
)
# Words after the phrase that give it a place or an owner of its own.
_OWN_PLACE = re.compile(
    r"\s+(?:in|near|at|outside|from|of|on|across|around|inside|throughout)\b", re.IGNORECASE
)

# A word of the story's kind written before a name of a place ("police in
# Toronto", "troops from Syria"): perhaps another place than the story's.
_OTHER_PLACE = re.compile(
    r"\s+(?:in|near|at|outside|from|of)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w-]*)", re.IGNORECASE
)


def subject_placed(content: str, article: str, at: int) -> tuple[str, str] | None:
    """The place the article's lead says its story happened in, given to the
    words of `content` (read from offset `at` of `article`) that tell of who
    acts in the story or what happened and say nothing of where: "Police are
    still searching for a shooter" under the lead "A gunman shot a soldier at
    the war memorial in Ottawa on Wednesday" -> ("Police are", "Police in
    Ottawa are"); "there had since been around six strikes" -> "... around six
    strikes in Kobani". The words are the content's subject, by a word of the
    story's kind (`_STORY_HEADS`) with no name before it ("Ottawa police", "the
    Canadian troops") and no place or owner after it ("police in Toronto",
    "soldiers of the army"), followed by a verb of what happened
    (`_HAPPENING`: "were killed", "are still searching"); or what there has
    been ("there had been six strikes"). The place is the lead's one town or
    region (`_lead_places`, as `_event_placed` reads it); none when the
    statement is in the lead's sentence, when the content names a place
    already, or when the article writes the word right before another place
    ("police in Toronto" in a story of Ottawa). The pair is the words with the
    one after them, as `standalone` puts them into a claim text."""
    subject = _STORY_SUBJECT.match(content.lstrip(" \"'\u201c\u2018"))
    opening = len(content) - len(content.lstrip(" \"'\u201c\u2018"))
    if subject is not None:
        start, end = opening + subject.start("phrase"), opening + subject.end("phrase")
        words = subject.group("phrase").split()
        if any(w[:1].isupper() for w in words[1:]) or not (
            words[0].lower() in _COUNT_WORDS
            or words[0][:1].isdigit()
            or words[0].lower() == subject.group("head").lower()
        ):
            return None  # "Ottawa police", "the Canadian troops": a place of its own
    else:
        there = _STORY_THERE.search(content)
        if there is None:
            return None
        start, end = there.start("phrase"), there.end("phrase")
        if any(w[:1].isupper() for w in there.group("phrase").split()):
            return None
    if _OWN_PLACE.match(content, end):
        return None
    from claimtrack import places
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    if places.places_in(content, resolver):
        return None  # placed already
    read = _lead_read(article, at, resolver)
    if read is None or len(read[2]) != 1:
        return None
    _, paragraph, named = read
    ((name, preposition),) = named.items()
    if name.lower() in content.lower() or name.split()[-1].lower() in content.lower():
        return None
    head = content[start:end].split()[-1].lower()
    if content[start:end].split()[0].lower() in {"the", "these", "those"} and not re.search(
        rf"\b{re.escape(head.rstrip('s'))}", paragraph, re.IGNORECASE
    ):
        return None  # "the strikes" the article told of after its lead: perhaps elsewhere
    for mention in re.finditer(rf"\b{re.escape(head)}\b", article, re.IGNORECASE):
        other = _OTHER_PLACE.match(article, mention.end())
        if other is not None and other.group("name") not in name.split():
            return None  # "police in Toronto": the word is of another place too
    phrase = content[start:end]
    following = re.match(r"\s+\S+", content[end:])
    if following is None:
        # A single word is a name to `standalone`: it needs the word after it.
        return (phrase, f"{phrase} {preposition} {name}") if " " in phrase else None
    more = following.group().strip()
    return f"{phrase} {more}", f"{phrase} {preposition} {name} {more}"


# An event whose place is part of the proposition, as a noun in lower case
# with the word before it: "some kind of chemical attack", "cause for arrest",
# "a deadly blast". A capital opens a name ("Fire Department").
_EVENT_NOUN = re.compile(
    r"(?<![\w'\u2019-])(?P<before>[\w'\u2019-]+)[ \t]+"
    r"(?P<event>attacks?|shootings?|arrests?|crash(?:es)?|explosions?|blasts?|fires?|protests?)"
    r"(?![\w'\u2019-])"
)
# A part every event `_EVENT_NOUN` or `_EVENT_PASSIVE` finds writes.
_EVENT_WORDS = (
    "attack",
    "shooting",
    "arrest",
    "crash",
    "explosion",
    "blast",
    "fire",
    "protest",
    "shot",
)
# The same events told by a verb in the passive that ends its clause, where
# the place would go: "a soldier has been shot", "he was arrested, police said".
_EVENT_PASSIVE = re.compile(
    r"(?<![\w'\u2019-])(?P<before>was|were|been|being|is|are|be|get|got)[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?(?P<event>shot|arrested|attacked)(?=[ \t]*(?:[,;:.]|$))"
)
# Words before such a noun that make it a verb ("to attack", "will protest"),
# another sense ("opened fire", "under fire", "heart attack") or one event the
# article told of before ("the attack": `_event_placed` reads it).
_NO_EVENT_BEFORE = frozenset(
    _words(
        """
        to will would could can may might should must not never they we i you he she it
        who did does do don't didn't open opened opening opens under on cease return
        returned returning exchanged friendly catch caught set heart cardiac respiratory
        panic anxiety asthma
        the this that these those his her its their our my your same
        """
    )
)
# Words telling of what may happen, or of what happens in general, not of the
# story's event: "attacks would follow", "protests that often involve". A
# habit told in the past, its adverb beside "was", "were", "had" or "did", is
# the story's own: "young men often were the subject of arrests".
_NOT_THE_EVENT = re.compile(
    r"\b(?:would|could|might|may|will|can|should|must)\b"
    r"|(?<!\bwas[ \t])(?<!\bwere[ \t])(?<!\bhad[ \t])(?<!\bdid[ \t])"
    r"\b(?:normally|usually|typically|generally|often|always|frequently|routinely|commonly)\b"
    r"(?![ \t]+(?:was|were|had|did)\b)",
    re.IGNORECASE,
)
# A determiner pointing back, or an owner, right before the word before the
# event: "the initial shooting", "their latest protest".
_POINTED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:the|this|that|these|those|his|her|its|their|our|my|your)[ \t]+\Z",
    re.IGNORECASE,
)
# A phrase after the event that gives it a place or a target of its own.
_EVENT_PLACED_AFTER = re.compile(
    r"[ \t]+(?:in|at|near|outside|inside|across|on|against|throughout|around)\b"
)
# An opening dateline giving the town the story was filed from, in capitals:
# "KOBANI, Syria (AP) — ", "LONDON - ", "NEW YORK CITY — ".
_OPENING_DATELINE = re.compile(
    r"(?P<town>[A-Z][A-Z.'-]{2,}(?:[ \t]+[A-Z][A-Z.'-]+)*)"
    r"(?:,[ \t]*[A-Z][a-z.]+(?:[ \t]+[A-Z][a-z.]+)?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Z][\w.&/ ]{0,24}\)[ \t]*)?"
    r"(?:--?|\u2014|\u2013)[ \t]+(?=[A-Z0-9\"\u201c])"
)
_OPENING_PARAGRAPHS = 2


def event_placed(content: str, article: str, at: int) -> tuple[str, str] | None:
    """An event whose place is part of what is told (an attack, a shooting, an
    arrest, a crash, an explosion, a fire, a protest), given the one place the
    story happens in when `content` (read from offset `at` of `article`) names
    none: "eight civilians had been injured by some kind of chemical attack"
    in a story datelined "HARWICK —" -> ("chemical attack", "chemical attack
    in Harwick"). The event is a noun with no determiner pointing back
    (`_NO_EVENT_BEFORE`, `_POINTED_BEFORE`) or a verb in the passive ("has been shot"), with no
    place or target after it. The place is the story's own
    (`_opening_place`), and no other place is named before the statement or
    in its sentence (`_other_place_before`). None when the content names a
    place, a state, a nationality or a body named after one ("the Harwick
    Police Department")."""
    if not _holds(content, _EVENT_WORDS):
        return None  # most contents tell of no such event: no pattern need scan them
    found = _event_in(content)
    if found is None or _NOT_THE_EVENT.search(content) or not _tells_past(content):
        return None
    from claimtrack.grouping import default_resolver

    resolver = default_resolver()
    opening = _opening_place(article, resolver)
    if opening is None:
        return None
    name, place, body_start = opening
    if _names_a_place(content, name, resolver):
        return None
    if _other_place_before(article, body_start, at, place, resolver):
        return None
    phrase = f"{found.group('before')} {found.group('event')}"
    return phrase, f"{phrase} in {name}"


def _event_in(content: str) -> re.Match[str] | None:
    """The first event of `content` that `event_placed` places: `_EVENT_NOUN`
    or `_EVENT_PASSIVE`, with no place or target after it."""
    for pattern in (_EVENT_NOUN, _EVENT_PASSIVE):
        for found in pattern.finditer(content):
            before = found.group("before")
            if pattern is _EVENT_NOUN and (
                before.lower() in _NO_EVENT_BEFORE
                or not before[:1].islower()
                or before.endswith(("'s", "\u2019s", "'", "\u2019"))
                or _POINTED_BEFORE.search(content, 0, found.start())
            ):
                continue  # a verb, another sense, one told of before, or a named or owned one
            if _EVENT_PLACED_AFTER.match(content, found.end()):
                continue
            return found
    return None


@functools.lru_cache(maxsize=64)
def _opening_place(article: str, resolver: PartyResolver) -> tuple[str, Place, int] | None:
    """The one town or region the story happens in, as written, its place, and
    where the article's own text starts: the town of a dateline opening its
    first paragraph, or its second after a line with no full stop (a headline,
    a credit or a summary); else the one town or region the first two
    paragraphs locate what happened in (`_lead_places`), when they locate it
    in no place apart from it. None for a state ("SYRIA —") or no place."""
    from claimtrack import places

    paragraphs = [m for m in re.finditer(r"[^\n]+", article) if m.group().strip()]
    opening = paragraphs[:_OPENING_PARAGRAPHS]
    for n, paragraph in enumerate(opening):
        dateline = _OPENING_DATELINE.match(article, paragraph.start(), paragraph.end())
        if dateline is not None:
            name = dateline.group("town").title()
            place = places._place(name, "", resolver, False)
            if place is None or place.level == places.COUNTRY:
                return None
            return name, place, dateline.end()
        if n == 0 and P.SENTENCE_STOP.search(paragraph.group().rstrip() + " "):
            break  # the first paragraph is the story's own: no dateline comes after it
    if not opening:
        return None
    text = article[: opening[-1].end()]
    named = _lead_places(text, resolver)
    if len(named) != 1:
        return None
    (name,) = named
    place = places._place(name, "", resolver, False)
    if place is None or place.level == places.COUNTRY:
        return None
    return name, place, 0


def _names_a_place(content: str, name: str, resolver: PartyResolver) -> bool:
    """Whether `content` names a place: one it locates something in, the
    story's own (`name`), a state, a capital, a U.S. state or a nationality,
    alone or in a body's name ("the Harwick Police Department", "Syrian
    forces")."""
    from claimtrack import places

    if places.places_in(content, resolver) or name.split()[-1] in content:
        return True
    words = {w.strip(".,;:'\u2019\"").casefold() for w in content.split() if w[:1].isupper()}
    if words & places._demonyms():
        return True
    return any(state in content for state in _state_names())


def _other_place_before(
    article: str, start: int, at: int, place: Place, resolver: PartyResolver
) -> bool:
    """Whether the article, from `start` to the end of the sentence holding
    offset `at`, names a place other than `place` and the state or region it
    may lie in: after any locative word, a body's name before it or not ("the
    Westgate Mall in Nairobi", "the coastal town of Barawe"), or a state, a
    capital or a U.S. state written anywhere ("Kenya's army")."""
    from claimtrack import places

    end = P.SENTENCE_STOP.search(article, at)
    text = article[start : end.end() if end is not None else len(article)]
    named = [places._place(m["name"], "", resolver, False) for m in places._LOCATIVE.finditer(text)]
    named += [places._known(n, resolver) for n in _state_names() if n in text]
    return any(
        other is not None
        and other.name != place.name
        and not places._same_name(other.name, place.name)
        and (other.level == places.TOWN or places._apart(place, other))
        for other in named
    )
