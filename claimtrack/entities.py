"""Organisations, outlets and people named in a speaker phrase, found by structure alone.

The gazetteer (`claimtrack.parties`) knows states and the large international
bodies. Everything else that speaks in the news -- a company, a police force, a
militant group, a newspaper, a named person -- is recognised from how English
writes names, with no model:

- a run of capitalised words, allowing "of", "for", "and", "the" inside it
  ("Syrian Observatory for Human Rights", "Death and Taxes");
- its last word: an organisation's head noun ("Association", "Police",
  "Pictures", "Inc") or an outlet's ("Times", "Post", "Reporter", "News");
- a describing noun before or after it: "the group Judicial Watch", "US
  website National Report", "The Mirror newspaper";
- a role after it ("Apple CEO Tim Cook", "YPG spokesperson Redur Xelil") or
  before it with a preposition ("a spokesman for FIFA", "Victor Cha of CSIS"):
  a person who speaks for an organisation stands for it;
- otherwise two or more capitalised words are a person's name; initials
  ("LCC") are an organisation's; a single ordinary word ("Wang said") is left
  to the article, which may have given the full name ("Robert Plant" before
  "Plant said"), and is otherwise no party: shown, not guessed.

Outlets whose names carry none of these marks (wire agencies, broadcasters,
large sites) are listed in `claimtrack.gazetteer.MEDIA`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimtrack import _patterns as P
from claimtrack import gazetteer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The kinds of party, as SPEC.md names them.
STATE, ORGANISATION, MEDIA, PERSON = "state", "organisation", "media", "person"
KINDS = (STATE, ORGANISATION, MEDIA, PERSON)
# A single ordinary capitalised word ("Sorkin", "Wang"): a surname or a
# company, for the article to settle; never a party by itself.
UNKNOWN = "unknown"

# The last word of an organisation's name.
ORGANISATION_HEADS = _words(
    """
    academy agency alliance association authority bank board brigade brigades bros brothers
    bureau capital center centre church clinic club coalition college commission committee
    committees companies company confederation conference consortium corp corporation
    council court database department directorate federation fire foundation front fund games group
    guard hospital inc industries initiative institute institution international
    laboratories labs league llc ltd ministries ministry motors movement museum observatory
    office organisation organization partners party pictures plc police productions project
    records school service services society studio studios systems technologies tribunal
    trust union unit units university watch airlines airways army navy forces command forum
    regiment battalion caucus campaign research gardens palace zoo airport technology
    securities holdings investments associates enterprises pharmaceuticals solutions
    networks communications hospitals
    """
)

# The last word of an outlet's name.
MEDIA_HEADS = _words(
    """
    times post news journal herald tribune telegraph guardian reporter mail mirror express
    observer chronicle standard independent gazette dispatch daily magazine weekly review
    today insider wire press radio tv television broadcasting channel monitor bulletin
    inquirer examiner courier beast digest register sentinel star sun record report
    chronicles podcast globe beacon citizen online
    """
)

# The last word of the name of a built place, a monument or a street: "the
# National War Memorial", "Parliament Square", "Union Station". Such a name is
# where something happened, never a person. Words that are also common surnames
# ("Hall", "Hill", "Park", "Lane", "Temple", "Tower") are left out.
LANDMARK_HEADS = _words(
    """
    memorial monument cathedral mosque synagogue basilica chapel stadium arena square
    plaza bridge building avenue boulevard mall station terminal cemetery harbour harbor
    """
)

# The first word of a newspaper's name that says how often it comes out:
# "Daily Signal", "Daily Caller", "Weekly Standard". No person is called so.
_OUTLET_FIRST_WORDS = _words("daily weekly")


def _outlet_first_word(words: list[str]) -> bool:
    return len(words) >= 2 and words[0].lower() in _OUTLET_FIRST_WORDS and words[1][:1].isupper()


# Words that describe what follows or precedes them: "the group Judicial
# Watch", "Italian newspaper Corriere della Sera", "The Mirror newspaper".
MEDIA_NOUNS = _words(
    """
    story article
    newspaper paper tabloid daily weekly magazine website site blog outlet broadcaster
    network channel station agency publication journal
    """
)
ORGANISATION_NOUNS = _words(
    """
    group company firm organisation organization charity movement party studio league club
    campaign initiative
    foundation institute union coalition militia faction network association nonprofit
    non-profit ngo watchdog
    """
)

# Words that make a following name a state's voice when a nationality comes
# before them ("Nigerian Army", "Russian Defence Ministry"), so the state,
# not the institution, is the party.
STATE_INSTITUTIONS = _words(
    """
    army navy military government ministry embassy consulate parliament cabinet presidency
    forces command police guard guards
    """
)

# Roles of a person who speaks for an organisation: the organisation named
# next to the role is the party ("Apple CEO Tim Cook", "a spokesman for FIFA").
ROLES = _words(
    """
    spokesman spokeswoman spokesperson spokespeople representative representatives ceo cfo
    coo cto chief chairman chairwoman chair president founder co-founder cofounder director
    executive executives head leader leaders commander official officials manager owner boss
    secretary editor publisher commissioner coordinator aide aides adviser advisor advisers
    advisors lawyer lawyers attorney attorneys counsel agent publicist member members staff
    staffer staffers researcher researchers analyst analysts professor scientist scientists
    expert experts economist economists fellow partner partners employee employees worker
    workers correspondent reporter reporters writer columnist producer producers engineer
    engineers activist activists officer officers deputy minister ambassador envoy
    inspector inspectors sheriff coroner prosecutor prosecutors governor
    """
)
# Who speaks for one side in court ("defense lawyers", "Defence counsel").
_COUNSEL = _words("lawyer lawyers attorney attorneys counsel solicitor solicitors barrister team")
_DOMAIN_RE = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|info|news|website)$", re.IGNORECASE
)
_PERSON_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
# Endings of words for peoples and places ("Kurdish", "Congolese", "Syrian").
_ADJECTIVE_ENDINGS = ("ish", "ese", "ian", "ean", "ic")
# What a person or body has that speaks for them ("Hunter's office").
_OWN_BODIES = frozenset({"office", "campaign", "team", "camp", "lawyers", "statement"})
# Who speaks for a person only after the person's name ("Banksy's PR", "her
# reps"); "PR" alone may stand in a name ("PR Newswire").
_OWN_SPOKESPEOPLE = frozenset({"pr", "rep", "reps", "publicist", "publicists", "agent"})
# Roles whose organisation is given with a preposition after them.
# ("from" gives a place far more often: "an official from Kobani".)
_AFFILIATION_PREPOSITIONS = frozenset({"for", "of", "at", "with", "to"})

# Words in a capitalised run that are titles or honorifics, not names.
# (The extractor's honorifics hold words that also stand in names, "National",
# "State", "Press", "Security": those are left out here.)
TITLE_WORDS = P.HONORIFICS - _words(
    "national security state press foreign affairs defence defense head"
) | _words(
    """
    sgt sgt. det det. insp insp. pvt pvt. col col. lt lt. capt capt. cpl cpl. adm adm. rear maj
    maj. gen gen. general
    colonel captain sergeant lieutenant admiral major corporal marshal commander cmdr
    officer detective inspector constable chief superintendent director ceo chairman
    chairwoman president minister secretary spokesman spokeswoman spokesperson professor
    prof prof. dr dr. rev rev. father pastor bishop imam rabbi sheikh judge justice senator
    congressman congresswoman representative rep rep. sen sen. gov gov. governor mayor
    ambassador deputy vice prime premier king queen prince princess lord lady sir dame mr
    mr. mrs mrs. ms ms. miss mx mp mps mep
    prosecutor coroner sheriff trooper alderman councilman councilwoman councillor councilor
    nurse firefighter headmaster headmistress teacher
    """
)

# Titles that are surnames too: last in a name, they are the surname.
_SURNAME_TITLES = _words("king prince lord major general judge bishop marshal")
# Words before such a title that make it the title of an office: "County Judge",
# "Circuit Judge", "Solicitor General", "Brigadier General".
_OFFICE_BEFORE = _words("federal circuit solicitor postmaster brigadier surgeon governor")


def _title_as_surname(name_words: list[str]) -> bool:
    """Whether the last of a person's name words is a title that is a surname
    ("Stephen King", "Tim Judge"), not an office's ("Collin County Judge",
    "Attorney General"): the word before it is no role, title, place's or
    body's word."""
    if len(name_words) < 2 or name_words[-1].lower() not in _SURNAME_TITLES:
        return False
    before = name_words[-2].lower()
    return not (
        before in TITLE_WORDS
        or before in ROLES
        or before in OCCUPATIONS
        or before in _PLACE_HEADS
        or before in ORGANISATION_HEADS
        or before in _OFFICE_BEFORE
        or before in GENERIC_WORDS
    )


# Words that are capitalised at the start of a sentence but name nobody.
GENERIC_WORDS = (
    P.SPEAKER_NOUNS
    | gazetteer.STATE_VOICE_WORDS
    | _words(
        """
    local residents resident locals sources source witnesses witness experts analysts
    critics observers reports report media people others villagers parents relatives
    families fans users officials police authorities investigators scientists researchers
    activists doctors health government state federal national international regional city
    county senior top former current new old some many several one two three western eastern
    northern southern foreign
    """
    )
)

_PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][\w.]*$")


def party_and_state(text: str) -> bool:
    """Whether `text` is a US legislator's party and state, as written after the
    name ("R-Utah", "D-N.Y.", "R-Calif."): who the person is, never a speaker."""
    return _PARTY_STATE_RE.match(text) is not None and " " not in text


# Occupations written before a name ("Singer Robert Plant", "guitarist Jimmy
# Page"): not part of the name, and no organisation's voice.
OCCUPATIONS = _words(
    """
    singer actor actress artist musician guitarist drummer bassist screenwriter author
    novelist comedian rapper player coach pastor trader photographer filmmaker designer
    historian broadcaster host presenter journalist blogger pensioner student
    """
)

_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "de", "du", "della", "del", "la", "&"})
# Connectors that are particles of a person's surname ("Charles de Gaulle").
_NAME_PARTICLES = frozenset({"de", "du", "della", "del", "la", "da", "van", "von"})
# A slash between two word characters joins one name ("Re/code", "AC/DC").
_WORD_RE = re.compile(r"[\w\u2019'.&-]+(?:/(?=\w)[\w\u2019'.&-]+)*|[,()]")


@dataclass(frozen=True)
class Named:
    """An organisation, outlet or person a phrase names, with its kind."""

    name: str
    kind: str


def speaks_for_nobody(phrase: str) -> bool:
    """Speakers near a person or body who do not speak for it: "a source close to
    Hunter", "friends of Bary", "relatives of the girls", "a student at Brackwell
    College"."""
    lower = f" {' '.join(phrase.lower().split())} "
    if " close to " in lower:
        return True
    if lower.startswith(" those who "):
        return True  # "those who saw the gunman at the War Memorial": whoever saw it
    first = next((w for w in lower.split() if w not in P.DETERMINERS), "")
    words = lower.split()
    if first in _UNNAMED and words[words.index(first) + 1 :][:1] in (["in"], ["from"]):
        # "sources in the Kurdish underground in Syria", "witnesses from the
        # village": where they are is not whom they speak for
        rest = words[words.index(first) + 2 :]
        return not any(w in gazetteer.STATE_VOICE_WORDS or w in ORGANISATION_HEADS for w in rest)
    return (first in _KIN and " of " in lower) or _PATRON_OF_A_BODY_RE.search(lower) is not None


# People a body teaches, treats, serves or houses, written with where they are:
# they speak of it, never for it ("a second-year student at Brackwell College",
# "relatives with patients in the ward at Halden Hospital"). Its staff,
# spokespeople and members do speak for it.
_PATRON_OF_A_BODY_RE = re.compile(
    r" (?:students?|pupils?|patients?|customers?|clients?|fans?|visitors?|tourists?"
    r"|passengers?|guests?|inmates?|tenants?) (?:at|of|in|from) "
)

_UNNAMED = _words("source sources witness witnesses resident residents")


_KIN = _words(
    """
    friend friends family families relative relatives neighbour neighbours neighbor neighbors
    supporter supporters fan fans critic critics colleague colleagues classmate classmates
    mother father parents sister sisters brother brothers son sons daughter daughters wife
    husband widow widower aunt uncle cousin cousins niece nephew grandmother grandfather
    """
)


def guess_kind(name: str) -> str:
    """The kind of party a name most likely is, from the name alone."""
    words = [_bare(w) for w in name.split()]
    if not words:
        return ORGANISATION
    last = words[-1].lower()
    if name in gazetteer.MEDIA_NAMES or _strip_the(name) in gazetteer.MEDIA_NAMES:
        return MEDIA
    if last in ORGANISATION_HEADS or (len(words) >= 2 and last in _PLACE_HEADS):
        return ORGANISATION  # "Texas City", "Navarro County": a city's or region's government
    if last in MEDIA_HEADS or _outlet_first_word(words):
        return MEDIA
    if len(words) == 2 and words[0] == "The" and words[1][:1].isupper():
        # "The Inquisitr", "The Wrap": no person's name opens with "The"; a body
        # keeps it in its name only as the outlet that reports (see extraction)
        return MEDIA
    if last in LANDMARK_HEADS:
        return ORGANISATION  # "War Memorial": a place, whose keepers speak for it
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and not _has_initials(words):
        return PERSON
    return ORGANISATION


# A body named by its head word and what it is for or of: "the Institute for
# the Study of War", "Royal Society for the Protection of Birds", "Committee to
# Protect Journalists", "Center for Strategic and International Studies". Heads
# of a state's own offices ("Department", "Bureau", "Ministry") are left to the
# gazetteer, which gives them their state; where a body is based is no part of
# its name ("the Britain-based Syrian Observatory for Human Rights").
_PURPOSE_HEADS = (
    r"(?:Organi[sz]ation|Society|Institute|Committee|Center|Centre|Foundation|Association"
    r"|Federation|League|Alliance|Coalition|Campaign|Fund|Observatory|Union)"
)
_CAPITALISED = r"[A-Z][\w.&'\u2019-]*"
_BODY_FOR_A_PURPOSE_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?:{_CAPITALISED}\s+)*[\w.'\u2019-]+-based\s+)?"
    rf"(?P<name>(?:{_CAPITALISED}\s+){{0,3}}{_PURPOSE_HEADS}\s+(?:for|of|to)\s+"
    rf"(?:the\s+)?{_CAPITALISED}(?:\s+(?:(?:of|for|and|on|in|to|the|against)\s+)*"
    rf"{_CAPITALISED})*)"
)
# An outlet given its name: "a site called iKwiz", "a tech blog named Gawker".
_CALLED_OUTLET_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:site|website|blog|newspaper|paper|magazine|tabloid|outlet|publication)\s+"
    r"(?:called|named|dubbed)\s+"
    r"(?P<name>(?:[A-Z]|[a-z][A-Z])[\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})$"
)


# A title written before a name, with the body it is of: "Governor of the
# Bank of England Mark Carney". Opening the phrase, capitalised, with no "the"
# before it, the title is followed by a name, so the run's last two words are
# the holder's, not the body's: "Dr. Ann Lee, head of the University of Texas
# Medical Branch", an aside after the name, keeps its body whole.
_TITLE_OF_BODY_AND_NAME_RE = re.compile(
    r"(?P<role>[A-Z][a-z]+)\s+of\s+(?P<body>(?:the\s+)?[A-Z][\w.'\u2019&-]*"
    r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.'\u2019&-]*)*?)"
    r"\s+(?P<name>[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)"
)


def name_in(phrase: str) -> Named | None:
    """The organisation, outlet or person a speaker phrase names by its structure."""
    return _name_in(" ".join(phrase.split()))


@lru_cache(maxsize=1 << 14)
def _name_in(phrase: str) -> Named | None:
    # A party abbreviation after a US legislator's name ("R-Calif.") names nobody.
    called = _CALLED_OUTLET_RE.match(phrase)
    if called is not None:
        # "A site called iKwiz", "a tech blog named Gizmodo": the outlet by the name given
        return Named(called.group("name"), MEDIA)
    purpose = _BODY_FOR_A_PURPOSE_RE.fullmatch(phrase)
    if purpose is not None:
        # "the Institute for the Study of War", "the Committee to Protect
        # Journalists": a body's head word, then what it is for, in capitals
        return Named(purpose.group("name"), ORGANISATION)
    titled = _TITLE_OF_BODY_AND_NAME_RE.fullmatch(phrase)
    if titled is not None and titled.group("role").lower() in ROLES | TITLE_WORDS:
        body = _name_in(titled.group("body"))
        last = titled.group("name").split()[-1].lower()
        if (
            body is not None
            and body.kind == ORGANISATION
            and last not in ORGANISATION_HEADS | MEDIA_HEADS | LANDMARK_HEADS
        ):
            return body
    words = [w for w in _WORD_RE.findall(phrase) if not _PARTY_STATE_RE.match(w)]
    if not words or speaks_for_nobody(phrase):
        return None
    runs = _capitalised_runs(words)
    if not runs:
        return _police_of_place(words)
    lower = [w.lower() for w in words]
    described = _by_describing_noun(words, lower, runs)
    if described is not None:
        return described
    if "former" in lower or any(w.startswith("ex-") for w in lower):
        # "former CIA agent Bob Baer" speaks for himself, not for the CIA.
        start, end = runs[-1]
        return _classify(words, start, end, affiliation=False)
    # A role with a preposition: "a spokesman for FIFA", "Victor Cha of CSIS".
    for start, end in runs:
        before = lower[start - 1] if start else ""
        if before == "the" and start >= 2:
            before = lower[start - 2]  # "head of the Met's Counter Terrorism Command"
            start_role = start - 3
        else:
            start_role = start - 2
        if before in _AFFILIATION_PREPOSITIONS and start_role >= 0:
            role = lower[start_role]
            if role in ROLES or role in TITLE_WORDS:
                # "Minister of Defense Moshe Ya'alon": the office, then the name
                office_end = start
                while office_end < end and lower[office_end] in _PORTFOLIOS:
                    office_end += 1
                held = (
                    _classify(words, office_end, end, affiliation=False)
                    if start < office_end < end
                    else None
                )
                if held is not None and held.kind == PERSON:
                    return held
            previous_run = next((r for r in runs if r[1] == start_role + 1), None)
            if role in ROLES and _names_a_field(lower[start:end]):
                continue  # "Coordinator for Reproductive Health": the role's field, no body
            if role in ROLES or (previous_run is not None and _is_person_run(words, previous_run)):
                found = _classify(words, start, end, affiliation=True)
                if found is not None:
                    return found
    # A name before a role or a person's name: "Apple CEO Tim Cook", "Detroit
    # police spokesman", "The Daily Beast's Jamie Dettmer".
    for index, (start, end) in enumerate(runs):
        after = lower[end] if end < len(words) else ""
        if is_office(words[start : end + 1]):
            continue  # "National Security Adviser Jake Sullivan": an office, not a body
        if end == start + 1 and _modified_role(lower, start):
            continue  # "Assistant manager Kay Roe": a role's qualifier, capitalised, no body
        if _names_a_field(lower[start:end]):
            continue  # "Media Relations Officer Kay Roe": the role's field, no body
        if lower[start:end] in (["defense"], ["defence"]) and after in _COUNSEL:
            continue  # "Defense lawyers": who defends the accused, no ministry
        possessive = words[end - 1].endswith(_POSSESSIVE_ENDS)
        person_next = (
            possessive
            and index + 1 < len(runs)
            and runs[index + 1][0] == end
            and _is_person_run(words, runs[index + 1])
        )
        if (
            after in ROLES
            or _compound_role(after)
            or _modified_role(lower, end)
            or person_next
            or (possessive and (after in _OWN_BODIES or after in _OWN_SPOKESPEOPLE))
        ):
            # "Tarrow Mills Media Relations Officer": the body, then the role's field
            end = _before_its_field(lower, start, end) if not possessive else end
            found = _classify(words, start, end, affiliation=True)
            if found is not None:
                return found
    police = _police_of_place(words)
    if police is not None:
        return police
    # Otherwise the last capitalised run is the speaker's own name, unless
    # lower-case words follow it: then it only describes them ("Local
    # residents", "British media reports").
    start, end = runs[-1]
    described = _named_before_its_noun(words, start, end)
    if described is not None:
        return described
    if end < len(words) and (words[end][:1].islower() or is_office(words[start : end + 1])):
        return None
    if end < len(words) and lower[end] in ROLES and _names_a_field(lower[start:end]):
        return None  # "Media Relations Officer": a role's field names nobody
    if (
        start >= 2
        and lower[start - 1] in _AFFILIATION_PREPOSITIONS
        and lower[start - 2] in ROLES
        and _names_a_field(lower[start:end])
    ):
        return None  # "the coordinator for Reproductive Health": the role's field
    return _classify(words, start, end, affiliation=False)


def _by_describing_noun(
    words: list[str], lower: list[str], runs: list[tuple[int, int]]
) -> Named | None:
    """A name beside a noun that says what it is: "the group Judicial Watch", "US
    website National Report", then "The Mirror newspaper", "the Bring Back Our
    Girls campaign"."""
    for start, end in runs:
        before = lower[start - 1] if start else ""
        if before == "the" and start >= 2:
            before = lower[start - 2]  # "Extremist group the Islamic State"
        if before in MEDIA_NOUNS or before in ORGANISATION_NOUNS:
            kind = MEDIA if before in MEDIA_NOUNS else ORGANISATION
            return _described(words[start:end], kind)
    for start, end in runs:
        # The noun after is written in lower case: a capitalised one opens a name
        # ("Britain's Daily Mail" is the Daily Mail, not a daily called "Britain").
        after = lower[end] if end < len(words) and words[end][:1].islower() else ""
        if after in MEDIA_NOUNS or after in ORGANISATION_NOUNS:
            return _described(words[start:end], MEDIA if after in MEDIA_NOUNS else ORGANISATION)
        if after in ("report", "reports"):
            # "a Washington Post report": an outlet's report is the outlet's own
            # voice; "a UN report", "a Pentagon report" are left to who issued them
            outlet = _name_in(" ".join(words[start:end]))
            if outlet is not None and outlet.kind == MEDIA:
                return outlet
    return None


def _described(words: list[str], kind: str) -> Named | None:
    # "the London-based Sunday Times newspaper": where it is, not its name
    while words and _bare(words[0]).lower().endswith("-based"):
        words = words[1:]
    if not words:
        return None
    name = _tidy(words)
    if all(w.lower() in GENERIC_WORDS for w in name.split()):
        return None
    if len(words) == 1 and _a_peoples_word(_bare(words[0])):
        return None  # "European tabloid lore", "a Russian website": whose, not which
    if len(words) == 1 and _bare(words[0]).lower() in ("tv", "television", "radio"):
        return None  # "a local TV station": what kind of outlet, not which
    canonical = _media_name(name)
    if canonical is not None:
        return Named(canonical, MEDIA)
    return Named(_strip_the(name), kind)


def _media_name(name: str) -> str | None:
    """The listed outlet a name stands for, with or without its "The", and with
    or without a short form of its country before it ("The U.K. Mirror")."""
    bare = _strip_the(name)
    found = gazetteer.MEDIA_NAMES.get(bare) or gazetteer.MEDIA_NAMES.get(f"The {bare}")
    first, _, rest = bare.partition(" ")
    if found is None and rest and first in gazetteer.PLACE_FORMS:
        found = gazetteer.MEDIA_NAMES.get(rest) or gazetteer.MEDIA_NAMES.get(f"The {rest}")
    return found


# The fields a ministry and a department alike are named for ("Finance
# Minister", "Health Department", "Public Affairs Officer").
_DEPARTMENT_FIELDS = _words(
    """
    finance justice health affairs education trade energy information culture transport
    agriculture economy environment tourism communications housing welfare
    """
)
# What an office holds after its "of" ("Minister of Defense", "Secretary of
# Health"): part of the title, never a forename.
_PORTFOLIOS = (
    gazetteer.STATE_VOICE_WORDS
    | _DEPARTMENT_FIELDS
    | _words(
        "labour labor homeland veterans veteran immigration fisheries infrastructure sport sports"
    )
)


# Roles a state's office ends with, after the field it holds ("National
# Security Adviser", "Finance Minister", "Homeland Security Secretary").
_OFFICE_ROLES = _words("minister secretary adviser advisor chancellor commissioner envoy czar")
_OFFICE_FIELDS = _PORTFOLIOS | _words("national home treasury public works")


def is_office(words: list[str]) -> bool:
    """Whether capitalised words are a title of office, a field then the role that
    holds it ("National Security Adviser", "Treasury Secretary"): a title, not a
    body's name, so the person after it is the speaker, and no party is made of it."""
    bare = [_bare(w).lower() for w in words]
    return (
        len(bare) >= 2
        and bare[-1] in _OFFICE_ROLES
        and all(w in _OFFICE_FIELDS for w in bare[:-1])
        and all(_bare(w)[:1].isupper() for w in words)
    )


# Words that open a sentence before a person's name and say what they are.
_KIN_AND_AGE_WORDS = _words(
    """
    schoolboy schoolgirl mum mom dad daughter wife husband widow widower teenager grandmother
    grandfather grandma grandpa granny grandson granddaughter girlfriend boyfriend fiancee
    fiancée toddler youngster
    """
)
_DESCRIBING_WORDS = ROLES | OCCUPATIONS | _KIN_AND_AGE_WORDS | _words("investigator reporter")


def _opens_with_description(name_words: list[str]) -> bool:
    """ "Investigator Sergei Molchanov", "Mum Meng Xiangyan", "Schoolboy Nikolai",
    "Twenty-one-year-old Dylan Thomas": a word saying what someone is, then their name."""
    if len(name_words) < 2:
        return False
    first, rest = name_words[0].lower(), name_words[1:]
    if not rest[0][:1].isupper() or rest[0].lower() in _CONNECTORS:
        return False  # "Member of Parliament Bob Zimmer": the office goes on
    if first in _KIN_AND_AGE_WORDS or first.endswith("-year-old"):
        return rest[-1].lower() not in ORGANISATION_HEADS
    return first in _DESCRIBING_WORDS and len(rest) >= 2 and _looks_like_person(rest)


def _head_before_connector(name_words: list[str]) -> bool:
    """Whether a body's head word comes before "of" or "for" and more of the name:
    "Syrian Observatory for Human Rights", "Council of Europe"."""
    return any(
        word.lower() in ORGANISATION_HEADS and after.lower() in ("of", "for")
        for word, after in itertools.pairwise(name_words[:-1])
    )


# Words before a body's noun that make it an outlet: "the Reuters news agency".
_OUTLET_WORDS_BEFORE_NOUN = _words("news newspaper paper tabloid magazine outlet broadcaster")
# Nouns that say what the name before them is ("the Reuters news agency", "the
# Hilltop charity"); not a site, a blog or a campaign, which may be a body's or
# a person's own ("the Apple website", "the Obama campaign").
_KINDS_AFTER_NAME = _words(
    """
    agency newspaper paper tabloid magazine broadcaster publication outlet group company firm
    organisation organization charity movement league club foundation institute union
    coalition militia faction association nonprofit non-profit ngo watchdog
    """
)


def _named_before_its_noun(words: list[str], start: int, end: int) -> Named | None:
    """A name used before the plain words that say what it is, "the" or "a"
    opening the phrase: "The Reuters news agency", "the Hilltop charity". A
    people's word there is no name ("A Kurdish rights group"), nor a title."""
    rest = [w.lower() for w in words[end:]]
    if start < end and words[start].lower() in ("the", "a", "an"):
        start += 1  # "The Reuters news agency" opening a sentence
    if (
        not rest
        or len(rest) > 3
        or start == 0
        or start >= end
        or words[start - 1].lower() not in ("the", "a", "an")
        or any(w[:1].isupper() for w in words[end:])
        or rest[-1] not in _KINDS_AFTER_NAME
        or any(w not in _KINDS_AFTER_NAME | _OUTLET_WORDS_BEFORE_NOUN for w in rest)
    ):
        return None
    name_words = words[start:end]
    if any(_a_peoples_word(w) or w.lower() in TITLE_WORDS for w in name_words):
        return None
    name = _tidy(name_words)
    canonical = _media_name(name)
    if canonical is not None:
        return Named(canonical, MEDIA)
    outlet = any(w in _OUTLET_WORDS_BEFORE_NOUN or w in MEDIA_NOUNS - {"agency"} for w in rest)
    return Named(name, MEDIA if outlet else ORGANISATION)


def _outlet_of_place(name_words: list[str]) -> bool:
    """Whether an outlet's head word comes before "of" and a place's name: "the
    Telegraph of London", "The Times of India"."""
    return (
        len(name_words) >= 3
        and name_words[-2].lower() == "of"
        and name_words[-3].lower() in MEDIA_HEADS
        and name_words[-1][:1].isupper()
    )


def _a_peoples_word(word: str) -> bool:
    """Whether a capitalised word names a people ("Syrian", "Kurdish")."""
    return word in _nationalities() or (len(word) > 4 and word.lower().endswith(_ADJECTIVE_ENDINGS))


# Armed or official people a body's name and a nationality may stand before.
_FORCES = _words(
    """
    forces fighters rebels militants troops soldiers militia militias army officials
    authorities police units
    """
)


def _classify(words: list[str], start: int, end: int, *, affiliation: bool) -> Named | None:
    name_words = _bare_in_name(words[start:end])
    based = [i for i, w in enumerate(name_words) if w.lower().endswith("-based")]
    if based:
        # "a New York City-based activist", "the New York-based Human Rights
        # Watch": where, in as many words as the place has, not who
        name_words = name_words[based[-1] + 1 :]
    while name_words and (
        name_words[0].lower() in TITLE_WORDS
        or name_words[0].lower() in _CONNECTORS
        or name_words[0].lower().endswith("-based")  # "London-based": where, not who
        # "Schoolboy Nikolai", "Investigator Sergei Molchanov": what, not who
        or _opens_with_description(name_words)
    ):
        name_words.pop(0)
    if not name_words or (len(name_words) == 1 and name_words[0].lower() in GENERIC_WORDS):
        return None
    after = words[end].lower() if end < len(words) else ""
    while len(name_words) > 1 and after in _FORCES and _a_peoples_word(name_words[-1]):
        name_words.pop()  # "the YPG Kurdish forces": whose forces, then which people's
    name = _tidy(name_words)
    last = name_words[-1].lower()
    canonical = _media_name(name)
    if canonical is not None:
        return Named(canonical, MEDIA)
    after_the = words[start].lower() == "the" or (start > 0 and words[start - 1].lower() == "the")
    if last in MEDIA_HEADS and len(name_words) == 1 and after_the:
        return Named(name_words[0], MEDIA)  # "The Guardian", "the Independent"
    if len(name_words) >= 2 and (last in MEDIA_HEADS or _outlet_first_word(name_words)):
        return Named(_strip_the(name), MEDIA)
    if last in ORGANISATION_HEADS or _head_before_connector(name_words):
        return Named(_strip_the(name), ORGANISATION)
    if len(name_words) >= 2 and last in _PLACE_HEADS:
        return Named(_strip_the(name), ORGANISATION)  # "Navarro County": its government
    if _outlet_of_place(name_words) or _DOMAIN_RE.match(name_words[-1]):
        # "the Telegraph of London", "Hip Hop Wired.com": an outlet by its head
        # word before where it is, or by the web address that ends its name
        return Named(_strip_the(name), MEDIA)
    if affiliation and len(name_words) == 1 and last.endswith(_ADJECTIVE_ENDINGS):
        return None  # "a senior Kurdish official": a people's word, not a body
    if affiliation:
        # The organisation beside a role; a person's name there ("a spokesman
        # for Hunter") is left to the article's memory of who that is.
        if (
            len(name_words) >= 2
            and not _has_initials(name_words)
            and _looks_like_person(name_words)
        ):
            return Named(name, PERSON)
        return Named(_strip_the(name), ORGANISATION)
    if len(name_words) >= 2 and not _has_initials(name_words):
        if not _looks_like_person(name_words) and not _titled_person(name_words):
            return None
        # A title inside the run ("Secretary of State Antony Blinken"): the
        # person's name is what follows the last title word or connector.
        # A title that is also a surname, last, is the surname ("Stephen King").
        last_surname = _title_as_surname(name_words)
        cut = max(
            (
                i + 1
                for i, w in enumerate(name_words[:-1] if last_surname else name_words)
                if (w.lower() in TITLE_WORDS | _CONNECTORS and w.lower() not in _NAME_PARTICLES)
            ),
            default=0,
        )
        if cut >= len(name_words):
            return None
        return Named(_tidy(_without_membership(name_words[cut:])), PERSON)
    if _has_initials(name_words):
        return Named(_strip_the(name), ORGANISATION)  # "LCC", "CAGE": initials name a body
    if _DOMAIN_RE.match(name):
        return Named(name, MEDIA)  # "Snopes.com": a site speaking in its own voice
    honorific = {w.lower().rstrip(".") for w in words[max(0, start - 1) : start + 1]}
    if honorific & _PERSON_HONORIFICS:
        return Named(name, PERSON)  # "Mr Raqqawi": a person, by the name given
    # One ordinary capitalised word ("Wang", "Sorkin") could be a surname or a
    # company: the article's memory decides (see extraction), never a guess.
    return Named(name_words[-1], UNKNOWN)


def _police_of_place(words: list[str]) -> Named | None:
    """ "Detroit police" -> the Detroit Police: a city's or region's force."""
    for i in range(1, len(words)):
        if words[i] == "police" and words[i - 1][:1].isupper():
            first = i - 1
            while first > 0 and words[first - 1][:1].isupper():
                first -= 1
            place = [
                _bare(w)
                for w in words[first:i]
                if _bare(w).lower() not in TITLE_WORDS | WHEN_WORDS | _SENTENCE_WORDS
            ]
            while len(place) > 1 and place[0].lower() in P.DETERMINERS:
                place.pop(0)  # "The Vancouver police"
            if place and place[0].lower() not in P.DETERMINERS:
                return Named(" ".join([*place, "Police"]), ORGANISATION)
    return None


# Days and months: when, never a place ("Tuesday police") nor part of a title
# ("On Sunday, President ..."); months that are forenames aside.
WHEN_WORDS = P.WEEKDAYS | (P.MONTHS - _words("april may june august"))


def _capitalised_runs(words: list[str]) -> list[tuple[int, int]]:
    """[start, end) ranges of capitalised words, joined by connectors inside a name.

    A role or occupation ends a run ("Apple | CEO | Tim Cook"), as does a
    possessive ("The Daily Beast's | Jamie Dettmer"), and initials after "of"
    are an affiliation, not part of a name ("Victor Cha | of | CSIS").
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _is_name_word(words[i]) or _breaks_run(words[i]):
            i += 1
            continue
        if (
            words[i].lower() in WHEN_WORDS
            and i + 1 < len(words)
            and _is_name_word(words[i + 1])
            and words[i + 1].lower() not in MEDIA_HEADS
        ):
            i += 1  # "On Sunday Ineter scientist ...": when, not a name ("Sunday Times" is)
            continue
        start = i
        i += 1
        while i < len(words) and not _possessive_ends_run(words, i):
            if _numbered_in_name(words, i):
                i += 1  # "Guangzhou No. 8 People's Hospital": a number the name gives
                continue
            if _breaks_run(words[i]) and not _role_inside_name(words, i):
                break
            if words[i].lower() == "of" and _person_of_body(words, start, i):
                break  # "Ann Lee of Harbour Watch": the person, then whom she speaks for
            inner_capital = (
                # "Bring Back Our Girls": a capitalised small word inside a name
                words[i][:1].isupper() and i + 1 < len(words) and _is_name_word(words[i + 1])
            )
            # "USA Today", "Psychology Today": a capitalised outlet's head inside
            # a run ends the name, though it may open a sentence elsewhere
            head = words[i][:1].isupper() and words[i].lower() in MEDIA_HEADS
            if (
                _is_name_word(words[i])
                or inner_capital
                or head
                or (
                    (
                        words[i].lower() in _CONNECTORS
                        and i + 1 < len(words)
                        and _is_name_word(words[i + 1])
                        # "Hamish de Bretton-Gordon": a double-barrelled surname, no initials
                        and (
                            not _has_acronym([words[i + 1]])
                            or (
                                words[i].lower() in _NAME_PARTICLES
                                and _double_barrelled(_bare(words[i + 1]))
                            )
                        )
                        and words[i].lower() != "and"
                    )
                    or (words[i].lower() == "and" and _joins_name(words, i))
                )
            ):
                i += 1
            else:
                break
        runs.append((start, i))
    return [(s, e) for s, e in runs if any(w.lower() not in P.DETERMINERS for w in words[s:e])]


def _possessive_ends_run(words: list[str], i: int) -> bool:
    """Whether the word before `i` is a possessive that ends a name ("The Daily
    Beast's | Jamie Dettmer"); a plural for people with its "'s" inside a
    body's name goes on ("Boston Children's Hospital", "People's Liberation
    Army", "Women's Aid")."""
    before = words[i - 1]
    if not before.endswith(("'s", "\u2019s")):
        return False
    return not (before[:-2].lower() in _PEOPLE_PLURALS and _is_name_word(words[i]))


# Plurals for people whose possessive opens the rest of a body's name.
_PEOPLE_PLURALS = _words("people children women men")


def _numbered_in_name(words: list[str], i: int) -> bool:
    """Whether a number after "No." stands inside a name that goes on after it
    ("Guangzhou No. 8 People's Hospital")."""
    return (
        i >= 2
        and words[i - 1] in ("No.", "No")
        and words[i].isdigit()
        and i + 1 < len(words)
        and _is_name_word(words[i + 1])
    )


def _person_of_body(words: list[str], start: int, of: int) -> bool:
    """Whether the words before an "of" are a person's name and those after it
    a body's or an outlet's ("Ann Lee of the Harbour Trust", "Ann Lee of Kestrel
    and Company"), not one name ("Bank of England", "Prince Ali of Jordan")."""
    before = [_bare(w) for w in words[start:of]]
    if (
        len(before) < 2
        or any(w.lower() in TITLE_WORDS or w.lower() in P.DETERMINERS for w in before)
        or not all(_is_name_word(w) for w in before)
        or not _looks_like_person(before)
        or _has_acronym(before)
    ):
        return False
    after: list[str] = []
    for word in words[of + 1 :]:
        if not after and word.lower() == "the":
            continue
        if _is_name_word(word) or (after and word.lower() in ("and", "&")):
            after.append(word)
            if word != _bare(word):
                break  # a comma or full stop ends the name
        else:
            break
    if not after or not _is_name_word(after[-1]):
        return False
    name = _tidy(after)
    return (
        _bare(after[-1]).lower() in ORGANISATION_HEADS | MEDIA_HEADS
        or _media_name(name) is not None
    )


def _breaks_run(word: str) -> bool:
    """A role or occupation between names ("Apple CEO Tim Cook", "Singer Robert Plant")."""
    lower = word.lower()
    if _compound_role(lower):
        return True  # "Vanity Fair Editor-in-Chief Graydon Carter"
    if (
        lower in MEDIA_NOUNS - MEDIA_HEADS or lower in ORGANISATION_NOUNS - ORGANISATION_HEADS
    ) and not word.isupper():
        # "Website NationalReport", "Group" before a name; not the acronym "SITE"
        return True
    return (
        (lower in ROLES or lower in OCCUPATIONS)
        and lower not in _NAME_ROLES
        # "The Hollywood Reporter", "Counter Terrorism Command": a head ends a name
        and lower not in MEDIA_HEADS
        and lower not in ORGANISATION_HEADS
    )


# Lower-case words that qualify a role after a body's name ("UCU general
# secretary", "Acme senior vice president", "FIFA press officer").
_ROLE_QUALIFIERS = _words(
    """
    general senior deputy assistant associate managing vice press communications media
    policy legal research medical acting interim joint regional national
    """
)


# The last word of a city's or region's name, which speaks as its government.
_PLACE_HEADS = _words("city county state province region district borough municipality")


def _without_membership(name_words: list[str]) -> list[str]:
    """A person's name without a word before it that says which political party
    they belong to or which state they are from ("New Democrat Ann Lee",
    "Republican Ann Lee", "Canadian Ann Lee"): at least two words are left."""
    words = list(name_words)
    while len(words) > 2:
        if words[0].lower() == "new" and words[1].lower() in _MEMBER_WORDS:
            words = words[2:] if len(words) > 3 else words
            break
        if words[0].lower() not in _MEMBER_WORDS and words[0] not in _nationalities():
            break
        words = words[1:]
    return words


@cache
def _nationalities() -> frozenset[str]:
    from claimtrack.parties import _demonyms

    return _demonyms()


# Words for a member of a political party ("a Republican", "the New Democrat").
_MEMBER_WORDS = _words(
    """
    democrat democrats republican republicans conservative conservatives liberal liberals
    tory tories labourite socialist socialists communist communists
    """
)


def _names_a_field(lower: list[str]) -> bool:
    """Words that name a field of work or a department's function, not a body:
    "Media Relations", "Public Affairs", "Customer Service", "Reproductive Health"."""
    words = [w for w in lower if w not in ("and", "&")]
    return bool(words) and all(w in _FIELD_WORDS for w in words)


def _before_its_field(lower: list[str], start: int, end: int) -> int:
    """Where a body's name before a role ends, a field of two words or more after
    it cut off ("Tarrow Mills Media Relations"); `end` when none ends the run or
    the name holds a connector ("Ministry of Public Safety")."""
    cut = end
    while cut - start > 1 and lower[cut - 1] in _FIELD_WORDS:
        cut -= 1
    if end - cut < 2 or any(w in _CONNECTORS for w in lower[start:cut]):
        # "Charter Communications": one word may be the name's; "Department of
        # State Health Services": a name with its connector goes on to its end
        return end
    return cut


# The fields a role may be named for: a department's or an office's function.
_FIELD_WORDS = (
    _words(
        """
    media relations public affairs communication communications corporate customer customers
    service services marketing sales press information community investor investors human
    resources reproductive maternal mental safety operations research development legal
    compliance policy strategy outreach engagement advocacy support technical product digital
    editorial content brand external internal listing listings accounts procurement personnel
    recruitment admissions student students enrollment enrolment membership events
    """
    )
    | _DEPARTMENT_FIELDS
)


def _modified_role(lower: list[str], at: int) -> bool:
    """A role after up to two qualifying words from `at`: "general secretary"."""
    for offset in range(at, min(at + 2, len(lower))):
        if lower[offset] not in _ROLE_QUALIFIERS:
            return False
        following = lower[offset + 1] if offset + 1 < len(lower) else ""
        if following in ROLES:
            return True
    return False


def _compound_role(lower: str) -> bool:
    """A hyphenated role ("editor-in-chief", "co-chair" aside): its first part is a role."""
    head = lower.split("-")[0]
    return "-" in lower and head in ROLES and head not in _NAME_ROLES


def _role_inside_name(words: list[str], i: int) -> bool:
    """A capitalised role word inside a body's name, which goes on to its head noun:
    "National Pork Producers Council", "Ukrainian Workers Union" (but "Apple CEO
    Tim Cook": a person's name follows the role)."""
    if not words[i][:1].isupper():
        return False
    for word in words[i + 1 : i + 4]:
        bare = _bare(word)
        if not _is_name_word(word) or word.endswith(("'s", "\u2019s")):
            return False
        if bare.lower() in ORGANISATION_HEADS:
            return True
        if word != bare:
            return False  # a comma or full stop ends the name first
    return False


# Roles that also stand inside names ("Junior Partners", "Fellow Travellers").
_NAME_ROLES = frozenset({"partner", "partners", "fellow", "member", "members", "union"})


def _joins_name(words: list[str], i: int) -> bool:
    # "Death and Taxes", "Procter & Gamble": "and" inside a name when one
    # capitalised word stands on each side and the run ends there.
    if not (0 < i < len(words) - 1 and _is_name_word(words[i - 1])):
        return False
    if _is_name_word(words[i + 1]) and (
        (i + 2 >= len(words) or not _is_name_word(words[i + 2]))
        # ("The Globe and Mail" opening a sentence: "The" is no word of the name)
        and (i - 2 < 0 or not _is_name_word(words[i - 2]) or words[i - 2].lower() == "the")
    ):
        return True
    return _body_after_and(words, i + 1)


def _body_after_and(words: list[str], start: int) -> bool:
    """ "the University and College Union", "the Department of Health and Human
    Services": the capitalised words after an "and" run on to a body's head
    noun, so the "and" joins two words of one body's name, not two parties."""
    end = start
    while end < len(words) and _is_name_word(words[end]):
        end += 1
        if end - start >= 2 and _bare(words[end - 1]).lower() in ORGANISATION_HEADS:
            # "... and Government Reform Committee Chairman Darrell Issa": the
            # body's name ends at its head, before the role and the person
            return True
    return False


def _is_name_word(word: str) -> bool:
    if particle_name(word):
        return True
    if not word[:1].isupper() and not (word[:1].isdigit() and any(c.isalpha() for c in word)):
        return False
    return word.lower() not in _SENTENCE_WORDS


# A surname opening with a particle in lower case and a hyphen ("al-Thani",
# "el-Sisi", "ad-Din").
PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn)"
_PARTICLE_NAME_RE = re.compile(PARTICLE + r"-[A-Z][a-z]")


def particle_name(word: str) -> bool:
    """Whether `word` is a name written after its particle: "al-Assad", "el-Sisi"."""
    return _PARTICLE_NAME_RE.match(word) is not None


# Capitalised words that open phrases without being names.
_SENTENCE_WORDS = (
    P.DETERMINERS | P.PRONOUNS | P.CAPITAL_STOPWORDS | frozenset({"but", "and", "while", "when"})
) - {"the"}


def _is_person_run(words: list[str], run: tuple[int, int]) -> bool:
    name = [_bare(w) for w in words[run[0] : run[1]] if _bare(w).lower() not in TITLE_WORDS]
    return len(name) >= 2 and _looks_like_person(name)


def _titled_person(name_words: list[str]) -> bool:
    """Whether a run too long for a name alone is a person's name after a title
    and the words before it ("Manitoba Conservative MP Steven Fletcher",
    "Republican State Senator Doug Perlman"): two or three name words after the
    last title word, with no connector, body's or place's word among them."""
    titled = [i for i, w in enumerate(name_words[:-1]) if w.lower() in TITLE_WORDS]
    if not titled:
        return False
    rest = name_words[titled[-1] + 1 :]
    return 2 <= len(rest) <= 3 and _looks_like_person(rest) and not _has_initials(rest)


def _looks_like_person(name_words: list[str]) -> bool:
    last = name_words[-1].lower()
    return (
        last not in ORGANISATION_HEADS
        and last not in LANDMARK_HEADS
        and last not in _PLACE_HEADS
        and last not in MEDIA_HEADS
        and last not in MEDIA_NOUNS
        and last not in ORGANISATION_NOUNS
        and not any(w.lower() in _CONNECTORS for w in name_words[1:-1] if w.lower() != "de")
        and len(name_words) <= 4
    )


def _has_acronym(words: list[str]) -> bool:
    return any(
        sum(map(str.isupper, w)) >= 2 and not w.endswith(".") and w.lower() not in TITLE_WORDS
        for w in words
    )


def _has_initials(words: list[str]) -> bool:
    """Whether a name of two or more words holds initials or a brand's inner
    capitals ("CIA Director", "PwC Consulting"), not a surname's ("Peter
    MacKay", "Conan O'Brien", "Leonardo DiCaprio"). One word alone ("LCC",
    "MacRumors") is read by its capitals, as `_has_acronym` reads it."""
    if len(words) < 2:
        return _has_acronym(words)
    return any(
        not _SURNAME_CASED.fullmatch(w) and not (i == len(words) - 1 and _double_barrelled(w))
        for i, w in enumerate(words)
        if _has_acronym([w])
    )


def _double_barrelled(word: str) -> bool:
    """A surname of two names joined by a hyphen, last in a name ("Daveed
    Gartenstein-Ross", "Michael Zehaf-Bibeau"): no initials. Only last: a
    hyphen opening a name ("Inter-American Dialogue") or inside a title
    ("Vice-President") says nothing of a person."""
    parts = word.split("-")
    if parts[-1].lower() in MEDIA_HEADS or parts[-1].lower() in ORGANISATION_HEADS:
        return False  # "Washington Free-Beacon": an outlet's head, hyphenated
    return len(parts) == 2 and all(
        _SURNAME_CASED.fullmatch(part) or re.fullmatch(r"[A-Z][a-z]+", part) for part in parts
    )


# A surname's second capital, after its prefix ("McCain", "MacKay", "O'Brien",
# "DiCaprio", "LeBlanc", "VanDyke").
_SURNAME_CASED = re.compile(
    r"(?:Mc|Mac|O['\u2019]|D['\u2019]|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+(?:['\u2019]s?)?"
)


_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


def _bare(word: str) -> str:
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    elif word.endswith(("s'", "s\u2019")):
        word = word[:-1]  # "Woods' agent": the plural's possessive is its bare apostrophe
    word = word.strip(",()")
    # "U.S." and "J." keep their dots; a sentence's full stop goes.
    if word.endswith(".") and "." not in word[:-1] and not _is_initial(word):
        word = word[:-1]
    return word


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _tidy(words: list[str]) -> str:
    return " ".join(_bare_in_name(words)).strip()


def _bare_in_name(words: list[str]) -> list[str]:
    """The words of a name, each bare (`_bare`) but those the name writes whole
    (`_kept_inside_name`)."""
    return [
        w if i + 1 < len(words) and _kept_inside_name(w, words[i + 1]) else _bare(w)
        for i, w in enumerate(words)
    ]


def _kept_inside_name(word: str, after: str) -> bool:
    """Whether a word inside a name is written whole there: a plural for people
    with its "'s" ("Children's Hospital"), "No." before a number ("No. 8")."""
    if word in ("No.", "No"):
        return after.isdigit()
    return word.endswith(("'s", "\u2019s")) and word[:-2].lower() in _PEOPLE_PLURALS


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith("The ") and len(name) > 4 else name


# A title that makes its holder speak for no one now: "former", "ex-", "retired".
FORMER_RE = re.compile(r"\b(?:former|ex-|retired)", re.IGNORECASE)
_REGIONAL_OFFICE_RE = re.compile(
    r"(?P<place>[A-Z](?<![\w.'\u2019-][A-Z])[\w'\u2019-]*\.?"
    r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})[ \t]+"
    r"(?:(?:state|city|county)[ \t]+)?(?:(?:Lt\.|Lieutenant|Deputy)[ \t]+)?"
    r"(?:Gov\.|Governor|Mayor|District[ \t]+Attorney|Sheriff|County[ \t]+Executive"
    r"|(?<=County[ \t])Prosecutor)[ \t]+(?=[A-Z])"
)


def regional_office(phrase: str) -> str | None:
    """The region or city whose governor, mayor, district attorney, county
    prosecutor or sheriff a titled name holds office for ("Ottawa Mayor Jim Watson" -> "Ottawa",
    "Alameda County District Attorney Pamela Price" -> "Alameda County"): that
    government is the party, an organisation, not the person nor the state
    whose capital the city may be. Extraction files the statement under it and
    `check` reads its name so."""
    if FORMER_RE.search(phrase):
        return None
    found = _REGIONAL_OFFICE_RE.search(phrase)
    if found is None or re.search(r"\b(?:of|and)[ \t]+$", phrase[: found.start()]):
        return None  # "Bank of England Governor": the body's, no region's office
    words = found.group("place").split()
    while words and (
        words[0].lower() in TITLE_WORDS
        or words[0].lower() in P.DETERMINERS
        or words[0].lower() in P.CAPITAL_STOPWORDS
    ):
        words.pop(0)
    while words and words[-1].lower() in ("lieutenant", "lt.", "deputy", "vice"):
        words.pop()  # "Missouri Lieutenant Governor Peter Kinder"
    if words and words[-1].lower() in ("state", "city", "county") and len(words) == 1:
        return None
    place = " ".join(w.removesuffix("'s").removesuffix("\u2019s") for w in words)
    return place or None


def may_be(pronoun: str, mention: str) -> bool:
    """Whether "he" or "she" may take up a person mentioned as `mention`: not
    "she" for "Mr. Jones", nor "he" for "Mrs. Lee" or "the spokeswoman". A
    title in -man is no sign: "the Prime Minister's Official Spokesman ...
    she said" is a woman."""
    other = _OTHER_SEX.get(pronoun.lower(), frozenset())
    return other.isdisjoint(word.lower() for word in mention.split())


# Titles held by either sex, whatever their ending says.
_EITHER_SEX = frozenset({"spokesman", "chairman", "congressman", "businessman", "actor"})
# What says a person is not the one a pronoun may stand for.
_OTHER_SEX = {"she": P.MASCULINE - _EITHER_SEX, "he": P.FEMININE}


# A sentence's end and a "He" or "She" opening the next as its subject, outside
# quotation marks: "... , Ann Lee said. She first learned ...".
_PRONOUN_OPENS_RE = re.compile(rf"{P.STOP}\s+(?P<ref>He|She)\s+(?=[a-z])")
# A courtesy title before a surname (a forename between), and the pronoun its holder takes.
_TITLE_SEX = r"\b(?P<title>Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord)\b\.?\s+(?:[A-Z]\w*\s+)?"
# The title alone, and the capitalised word a surname may come after.
_TITLE_RE = re.compile(_TITLE_SEX.removesuffix(r"(?:[A-Z]\w*\s+)?"))
_CAPITALISED_WORD_RE = re.compile(r"[A-Z]\w*\s+")
_PRONOUN_OF_TITLE = {
    **dict.fromkeys(("mr", "sir", "lord"), "he"),
    **dict.fromkeys(("mrs", "ms", "miss", "lady", "dame"), "she"),
}


# Each sex's pronouns, by the subject pronoun.
_PRONOUNS_OF_SEX = {
    "he": re.compile(r"(?<![\w'\u2019-])(?i:he|him|his|himself)(?![\w'\u2019-])"),
    "she": re.compile(r"(?<![\w'\u2019-])(?i:she|her|hers|herself)(?![\w'\u2019-])"),
}
# A word written with a capital, which may be a person's: not one of a name
# "The" opens ("The Post"), nor a month's or a day's.
_CAPITALISED_RE = re.compile(
    r"(?<![\w'\u2019-])(?:The(?:\s+[A-Z][\w'\u2019-]*)+|(?P<word>[A-Z][\w'\u2019-]*))"
)
_NOT_PERSONS = _words(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday I
    """
)
# A forename before a surname: "Lucy Somers" beside "Luke Somers".
_FORENAME_RE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+)\s+(?=([A-Z][\w'\u2019-]*))")


@lru_cache(maxsize=1 << 10)
def pronoun_told(article: str, name: str) -> str | None:
    """The pronoun, "he" or "she", an article takes up the person `name` by:
    that of each sentence opening on "He" or "She" right after a sentence that
    names that person alone ("The man asked that it not be shown, Blumenthal
    said. She first learned ..."), and of each courtesy title the article
    writes before the surname ("Ms Blumenthal"). The sentence before counts
    only when every word in it with a capital, its first aside, is of the
    name (no one else, nor another of the surname, may be the one taken up)
    and no pronoun in it is of the other sex ("Chandler said she met Phelps.
    He ..." takes up Phelps). None when the article tells neither sex, or
    both. A "he" in a woman's indirect speech is someone else's."""
    words = name.split()
    surname = words[-1]
    forenames = _forenames(article).get(surname, frozenset())
    if len(forenames - set(words)) > (len(words) == 1):
        return None  # "Luke Somers" and "Lucy Somers": the surname alone is either
    own = set(words) | forenames
    told = _titled_pronouns(article, surname)
    for pronoun, before in _pronoun_openings(article):
        other = "she" if pronoun == "he" else "he"
        if (
            _holds_word(before, surname)
            and not _PRONOUNS_OF_SEX[other].search(before)
            and all(
                word.group() in own or word.group() in _NOT_PERSONS
                for word in _CAPITALISED_RE.finditer(before.lstrip()[1:])
                if word.group("word")
            )
        ):
            told.add(pronoun)
    return told.pop() if len(told) == 1 else None


def _titled_pronouns(article: str, surname: str) -> set[str]:
    """The pronouns of the courtesy titles an article writes before `surname`, a
    capitalised word between or none ("Mr Dorn", "Ms. Pike Dorn"), as
    `_TITLE_SEX` and the surname would match them one after another: each
    title of the article is read once (`_titles`), each name only compared."""
    told = set()
    after = 0  # where the last title matched ends: a match holds no other
    for start, bare, spaced, pronoun in _titles(article):
        if start < after:
            continue
        for at in (spaced, bare):  # the word between first, as the pattern tries it
            if (
                at >= 0
                and article.startswith(surname, at)
                and _word_ends(article, at + len(surname))
            ):
                told.add(pronoun)
                after = at + len(surname)
                break
    return told


@lru_cache(maxsize=64)
def _titles(article: str) -> tuple[tuple[int, int, int, str], ...]:
    """Each courtesy title of an article (`_TITLE_SEX`): where it starts, where a
    surname right after it would start, where one after a capitalised word would
    (-1 when none follows), and the pronoun its holder takes."""
    found = []
    for title in _TITLE_RE.finditer(article):
        word = _CAPITALISED_WORD_RE.match(article, title.end())
        spaced = word.end() if word is not None else -1
        found.append(
            (title.start(), title.end(), spaced, _PRONOUN_OF_TITLE[title["title"].lower()])
        )
    return tuple(found)


def _word_ends(text: str, at: int) -> bool:
    r"""Whether no letter, digit, "_" or hyphen comes at `at` (`(?![\w-])`)."""
    return at >= len(text) or not (text[at].isalnum() or text[at] in "_-")


def _holds_word(text: str, word: str) -> bool:
    r"""Whether `text` writes `word` with no letter, digit, "_" or hyphen on either
    side (`(?<![\w-])word(?![\w-])`), found as a string: a pattern for each
    name asked about would be compiled once for each."""
    at = text.find(word)
    while at >= 0:
        if (at == 0 or _word_ends(text, at - 1)) and _word_ends(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=64)
def _pronoun_openings(article: str) -> tuple[tuple[str, str], ...]:
    """Each "he" or "she" opening a sentence of an article as its subject
    (`_PRONOUN_OPENS_RE`), with the sentence before it."""
    found = []
    for opening in _PRONOUN_OPENS_RE.finditer(article):
        at = opening.start()
        # The sentence before starts where the one before it ends.
        ends = list(P.SENTENCE_STOP.finditer(article, max(0, at - 600), at))
        before = article[ends[-1].end() if ends else max(0, at - 600) : at]
        found.append((opening.group("ref").lower(), before))
    return tuple(found)


@lru_cache(maxsize=64)
def _forenames(article: str) -> dict[str, frozenset[str]]:
    """The forenames an article writes right before each surname: words with
    a capital, not a courtesy title ("Miss Sandoval") nor a word the article
    writes in small letters too, which only opens a sentence ("Bewildered
    Cong Yen ...")."""
    small = set(re.findall(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*", article))
    found: dict[str, set[str]] = {}
    for pair in _FORENAME_RE.finditer(article):
        forename = pair.group(1)
        if forename.lower() not in _PRONOUN_OF_TITLE and forename.lower() not in small:
            found.setdefault(pair.group(2), set()).add(forename)
    return {surname: frozenset(names) for surname, names in found.items()}
