"""Stance: asserts / denies / disputes from cue and content, hedges, the ledger's cues."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimtrack.model import Cues, Stance
from claimtrack.stance import Lexicon, classify_stance

EMERGENT = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "emergent" / "emergent-train.csv"
)

A, D, X = Stance.ASSERTS, Stance.DENIES, Stance.DISPUTES


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build()


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # The seed article's statements.
        ("accused", "10,000 North Korean soldiers of participating in combat operations "
         "alongside the Russian army in Kursk province", A),
        ("pointed out", "Washington has no evidence to confirm the presence of North Korean "
         "soldiers in the special military operation", X),
        ("has also rejected", "accusations by the US and its allies that the Northeast Asian "
         "nation is sending troops to Russia", D),
        ("affirmed", "information about China's dissatisfaction with close cooperation between "
         "Russia and North Korea was aimed at causing division between Moscow and Beijing", X),
        ("deny", "the accusations", D),
        ("confirmed", "Biden expressed concern about information about North Korean soldiers "
         "participating in fighting in Russia's Kursk province", A),
        # A stated position keeps its own negation: it asserts "China will not allow ...".
        ("stressed", "China will not allow conflict and instability to occur on the Korean "
         "peninsula and will not sit idly by when its strategic security is threatened", A),
        # Negated main predicates deny.
        ("said", "it did not send troops to Russia", D),
        ("said", "it has not deployed soldiers abroad", D),
        ("said", "no troops were sent", D),
        ("insisted", "Pyongyang has never sent soldiers to fight in Ukraine", D),
        ("said", "the photo wasn't taken in Kursk", D),
        ("said", "the Biden administration has not seen the letter", D),
        ("said", "neither side has sent troops", D),
        # A negated position is asserted, negation included: norms, attitudes
        # and evaluations say what the speaker holds, not that something is not so.
        ("said", "\"small yard, high fences\" is not what a major country should pursue", A),
        ("was quoted as saying", "neither decoupling nor supply-chain disruption is the "
         "solution", A),
        ("said", "you can't want stronger relationships with Europe while fuelling the "
         "biggest threat to European security", A),
        ("said", "the Biden administration doesn't see \"anything new\" in the joint "
         "statement", A),
        ("said", "a more aggressive North Korea was not in Beijing's interest", A),
        ("said", "sanctions are not the answer", A),
        ("said", "there is no military solution to the conflict", A),
        ("said", "sanctions should not be lifted", A),
        # "Cannot have" says it did not happen.
        ("said", "Pyongyang cannot have sent troops to Kursk", D),
        # A negation inside a relative clause belongs to the content.
        ("said", "a soldier who never returned was captured near Kursk", A),
        # So does one in a second reported clause.
        ("said", "Washington wanted more talks with China and that a more aggressive "
         "North Korea was not in anyone's plans", A),
        # Contrasts, alternatives, imperatives and negated infinitives deny nothing.
        ("said", "the factory will be built in Nevada, not Texas", A),
        ("said", "the talks may or may not resume", A),
        ("chanted", "hands up, don't shoot", A),
        ("gave", "four reasons not to give up hope", A),
        ("said", "the Pope turns out not to have made the comment", D),
        # A denial that calls the claim false is still a denial.
        ("dismissed", "the reports as baseless", D),
        # Downing aircraft is no denial.
        ("said", "air defences shot down 30 drones overnight", A),
        # Denial and doubt words.
        ("said", "the reports were baseless", D),
        ("said", "the report is not true", D),
        ("called", "the video a fabrication", D),
        ("said", "the claims were pure speculation and propaganda", X),
        ("said", "the reports remain unconfirmed", X),
        ("questioned", "whether the soldiers were North Korean", X),
        ("cast doubt on", "the reports", X),
        # Brushing off belittles without calling untrue.
        ("brushed off", "Moscow and Beijing's reaffirmation of ties", X),
        ("warned", "North Korea may send more troops", A),
        # Double negation: a negated denial or doubt accepts the claim.
        ("did not deny", "that troops had been sent", A),
        ("has never denied", "sending engineers to Kursk", A),
        ("did not dispute", "the figures", A),
        ("continues to deny", "that its soldiers are in Russia", D),
        ("denied", "the hoax claims", A),
        ("said", "the pictures were not fake", A),
        # A negated confirmation contests without denying.
        ("declined to confirm", "the reports", X),
        ("could not confirm", "that the troops had crossed the border", X),
        # Refusing to say or asking whether withholds a position: not an assertion.
        ("would not say", "whether troops were sent", X),
        ("declined to say", "if North Korean soldiers had been killed", X),
        ("would neither confirm nor deny", "that troops were in Kursk", X),
        ("did not deny or confirm", "the reports", X),
        ("declined to comment", "on reports that troops were sent", X),
        ("did not immediately respond", "to questions about the deployment", X),
        ("asked", "whether North Korea had sent troops", X),
        ("asked", "if the soldiers were North Korean", X),
        ("wondered", "whether the photos were real", X),
        # A question about something else is no refusal: "why" takes its content
        # for granted, and asking someone to act is a request.
        ("asked", "why North Korea had sent troops", A),
        ("asked", "the UN to condemn the deployment", A),
        ("asked", "if we could send more aid", A),
        ("said", "if the troops cross the border, Seoul will respond", A),
        # Reporting someone else's refusal is an assertion; "did not say" in the
        # content denies that it was said.
        ("said", "Kim would not say whether troops were sent", A),
        ("said", "the Pope did not say that pets go to heaven", D),
    ],
)  # fmt: skip
def test_classifies_statements(lexicon: Lexicon, cue: str, content: str, stance: Stance) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow and Pyongyang deny the accusations", D),
        ("Pyongyang has also rejected accusations by the US and its allies", D),
        ("The US State Department accused 10,000 North Korean soldiers of fighting", A),
        ("Moscow pointed out that Washington has no evidence to confirm the presence of "
         "North Korean soldiers", X),
        ("Saudi Arabian Airline Rep Denies Plan to Separate Men and Women on Flights", D),
        ("No, Banksy has not been arrested", D),
        ("Macaulay Culkin didn't die", D),
        ("No, Beyonce isn't pregnant", D),
        ("Apple isn't happy with the battery life of its new smartwatch", A),
        ("Texas plumber has no idea how his truck ended up in Syria", A),
        ("No one in North Korea is allowed to share Kim Jong Un's name", A),
        # "Shoot down" denies a claim, not an aircraft.
        ("Officials shoot down congressman's claims ISIS fighters crossed the border", D),
        # A question offering alternatives takes no side; one with an answer in view leans.
        ("Woman with three breasts: real or hoax?", A),
        ("Is there an ISIS threat on the border or not?", A),
        ("Was the video of the generous homeless man all a hoax?", D),
        # Refusing to deny is no denial.
        ("Morin refuses to confirm or deny the report that Apple is buying Path", A),
        ("Nasa questions whether crater in Nicaragua caused by meteorite", X),
        ("Scientists cast doubt on man's claims that a spider burrowed into his stomach", X),
        ("The video of a bird pooping on Vladimir Putin is a hoax", D),
        ("Obama: US Won't Stop Confronting Islamic State", A),
        ("White House confirms al-Shabab leader killed in airstrike in Somalia", A),
        ("Man kept a burger for 20 years", A),
    ],
)  # fmt: skip
def test_classifies_whole_texts_without_a_cue(lexicon: Lexicon, text: str, stance: Stance) -> None:
    assert classify_stance(None, text, lexicon) is stance


@pytest.mark.parametrize(
    ("cue", "stance"),
    [
        ("denied", D), ("denies", D), ("denying", D), ("deny", D), ("has rejected", D),
        ("rebutted", D), ("ruled it out", D), ("dismissed", D),
        ("cast serious doubt on", X), ("questioned", X), ("raised doubts about", X),
        ("accused", A), ("confirmed", A), ("affirmed", A), ("warns", A),
        ("did not deny", A), ("declined to confirm", X), ("never disputed", A),
        ("would not say", X), ("did not confirm or deny", X), ("not only denied", D),
        ("asked", None),
        ("said", None), ("told reporters", None), ("according to", None),
    ],
)  # fmt: skip
def test_cue_stance_handles_inflection_and_negation(
    lexicon: Lexicon, cue: str, stance: Stance | None
) -> None:
    assert lexicon.cue_stance(cue) is stance


def test_finds_the_cue_and_its_place(lexicon: Lexicon) -> None:
    text = "Pyongyang has also rejected accusations by the US"
    assert lexicon.find_cue(text) == ((19, 27), "rejected", D)
    assert lexicon.cue_pattern().search("Kremlin DENIES report")
    assert {"deny", "reject", "accuse", "cast doubt"} <= lexicon.cue_lemmas()


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("North Korea reportedly sent troops to Russia", "reportedly"),
        ("Troops are said to be in Kursk", "said to"),
        ("Kim Jong-un is believed to be ill", "believed to"),
        ("The doctor allegedly took a selfie", "allegedly"),
        ("Samsung Rumoured to be Supplying the Screens", "Rumoured"),
        ("Apple May Buy Social Network Path", "May"),
        ("New policy could reduce marijuana arrests", "could"),
        ("ISIS claims to have killed US journalist", "claims"),
        ("Is North Korea sending troops to Russia?", "?"),
        ("Two guys appear to get tricked into catcalling their moms", "appear to"),
        ("Source: Joan Rivers doctor took a selfie", "Source:"),
        ("Kim had ankle surgery: source", ": source"),
    ],
)
def test_finds_hedges(lexicon: Lexicon, text: str, hedge: str) -> None:
    found = lexicon.hedge_in(text)
    assert found is not None
    (start, end), words = found
    assert words == hedge == text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent troops to Russia",
        "The talks resume on May 5",
        "Troops arrived in early May",
    ],
)
def test_plain_statements_and_months_are_not_hedged(lexicon: Lexicon, text: str) -> None:
    assert lexicon.hedge_in(text) is None


def test_hedges_do_not_change_the_stance(lexicon: Lexicon) -> None:
    assert classify_stance("reportedly", "North Korea sent troops", lexicon) is A


def test_ledger_cues_extend_the_lexicon() -> None:
    before = Lexicon.build()
    after = Lexicon.build(Cues(denies=("wave away",), disputes=("took issue with",)))
    content = "reports that it had sent troops"
    assert classify_stance("waved away", content, before) is A
    assert classify_stance("waved away", content, after) is D
    assert classify_stance("took issue with", content, after) is X
    assert classify_stance(None, "Moscow waved away the reports", after) is D


def test_ledger_cues_override_built_in_ones() -> None:
    lexicon = Lexicon.build(Cues(disputes=("warn",)))
    assert lexicon.cue_stance("warned") is X
    assert classify_stance("warned", "the figures were inflated", lexicon) is X


def test_ledger_phrases_work_in_the_content_too() -> None:
    lexicon = Lexicon.build(Cues(denies=("pure fiction",)))
    assert classify_stance("said", "the story was pure fiction", lexicon) is D


def test_separates_against_from_the_rest_on_emergent_headlines(lexicon: Lexicon) -> None:
    if not EMERGENT.exists():
        pytest.skip("Emergent data not available")
    with EMERGENT.open(encoding="utf-8") as handle:
        rows = [(r["articleHeadline"], r["articleHeadlineStance"]) for r in csv.DictReader(handle)]
    against = [classify_stance(None, text, lexicon) is not A for text, _ in rows]
    hits = sum(guess and gold == "against" for guess, (_, gold) in zip(against, rows, strict=True))
    precision = hits / sum(against)
    recall = hits / sum(gold == "against" for _, gold in rows)
    assert precision >= 0.7
    assert recall >= 0.7


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # Capitals and letters whose lower case is odd (dotted I, Kelvin sign) read as usual.
        ("DENIED", "the report", D),
        ("said", "İstanbul officials DENIED the report", D),
        ("said", "the \u212aremlin story is a HOAX", D),
        ("said", "the Kremlin story is a HOAX", D),
        # A phrase's words inside longer words do not count: "denial" holds "deni".
        ("said", "Moscow's fakery is well known", A),
        ("said", "misinformation spreads fast", X),
    ],
)
def test_reads_cues_and_markers_whatever_the_case(
    lexicon: Lexicon, cue: str, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


def test_ledger_phrases_may_start_with_punctuation() -> None:
    lexicon = Lexicon.build(Cues(denies=("#fakenews", "U.S. denial")))
    assert classify_stance("said", "the troop story is #FakeNews", lexicon) is D
    assert classify_stance("said", "a U.S. denial followed", lexicon) is D
    assert classify_stance("said", "the troop story is news", lexicon) is A
