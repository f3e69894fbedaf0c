"""English irregular verbs: one table of plain form, past and past participle.

The rules that read a verb's form (a participle after "may have", a participle's
aside after a noun, a negated "did not tell" meeting "told") derive what they
need from `IRREGULAR`, so that each knows the same verbs. The table is the
common list of English irregular verbs, not words gathered from articles; where
a rule must leave some of its forms out, that rule says so.
"""

from __future__ import annotations

from claimtrack import _lazyre as re

# plain form: (past forms, past participles); alternatives separated by spaces.
_TABLE = """
arise arose arisen
awake awoke awoken
be was|were been
bear bore borne|born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burned|burnt burned|burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
dream dreamed|dreamt dreamed|dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got got|gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leaned|leant leaned|leant
leap leaped|leapt leaped|leapt
learn learned|learnt learned|learnt
leave left left
lend lent lent
let let let
lie lay lain
light lit|lighted lit|lighted
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
overcome overcame overcome
overrun overran overrun
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
prove proved proven|proved
put put put
quit quit quit
read read read
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spend spent spent
spill spilled|spilt spilled|spilt
spin spun spun
spit spat spat
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undergo underwent undergone
understand understood understood
undertake undertook undertaken
undo undid undone
upset upset upset
wake woke woken
wear wore worn
weave wove woven
weep wept wept
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
"""

# plain form -> (past forms, past participles)
IRREGULAR: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    plain: (tuple(past.split("|")), tuple(done.split("|")))
    for plain, past, done in (line.split() for line in _TABLE.strip().splitlines())
}

# Every past participle of the table ("taken", "held", "put", "come").
PARTICIPLES: frozenset[str] = frozenset(form for _, done in IRREGULAR.values() for form in done)

# A participle that is not a past tense of its verb -> that verb's (first) past:
# "may have taken" -> "took", "may have come" -> "came".
PAST_OF: dict[str, str] = {
    form: past[0] for past, done in IRREGULAR.values() for form in done if form not in past
}

# Participles that are a past tense of their verb too ("held", "told", "put").
SAME_PAST: frozenset[str] = frozenset(
    form for past, done in IRREGULAR.values() for form in done if form in past
)

# Every past form and past participle -> its plain form ("told" -> "tell"); a
# form that is itself a plain form of the table ("lay", "bet") is left out.
PLAIN_OF: dict[str, str] = {
    form: plain
    for plain, (past, done) in IRREGULAR.items()
    for form in (*past, *done)
    if form not in IRREGULAR
}


def past_of_gerund(word: str) -> str | None:
    """The simple past of a lower-case "-ing" form: "hearing" -> "heard",
    "getting" -> "got", "having" -> "had", "receiving" -> "received",
    "carrying" -> "carried". Used where a gerund told of its speaker is put as
    a clause ("reported hearing a boom" -> "heard a boom"). None for a word
    too short to be one ("sing", "being", "lying": their stems cannot be told)."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    # The plain form is the stem, the stem and a silent "e" ("having"), or the
    # stem with its last consonant doubled for the suffix ("getting").
    undoubled = (
        stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else None
    )
    for plain in (stem, undoubled, stem + "e"):
        if plain is not None and plain in IRREGULAR:
            return IRREGULAR[plain][0][0]
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    # A regular verb: the "-ed" goes where the "-ing" was, doubled consonant
    # ("stopped") and silent "e" ("received", "hoped") alike.
    return stem + "ed"


def plain_of_gerund(word: str) -> str | None:
    """The plain form of a lower-case "-ing" form: "entering" -> "enter",
    "getting" -> "get", "making" -> "make", "arriving" -> "arrive", "carrying"
    -> "carry". Used where what an idea or a notion is of is put as a clause of
    its own ("the idea of pets entering heaven" -> "pets enter heaven"). None
    for a word too short to be one, or for "being" and "having", whose clause
    would want another auxiliary."""
    if not word.endswith("ing") or len(word) < 6 or word in {"having"}:
        return None
    stem = word[:-3]
    undoubled = (
        stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else None
    )
    for plain in (stem, stem + "e"):
        if plain in IRREGULAR:
            return plain
    if undoubled is not None:
        return undoubled
    if _SILENT_E.search(stem):
        return stem + "e"
    return stem


# A stem that lost a silent "e" before "-ing": one ending in "v", "u", "c" or
# "z" ("arriv", "continu", "produc", "seiz"), a consonant and "l" ("handl"), a
# "dg" or "rg" ("judg", "urg"), a consonant and "at" ("creat"), a vowel and one
# "s" ("caus", "clos"), or a one-syllable stem ending in one vowel and one
# consonant ("hop", "us", "shar").
_SILENT_E = re.compile(
    r"(?:[vucz]|[bcdfgkptz]l|[dr]g|[^aeiou]at|[aeiou]s"
    r"|^[^aeiouy]*[aeiou][^aeiouwxy])$"
)
