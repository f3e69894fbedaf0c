"""Stance: asserts / denies / disputes from cue and content, hedges, the ledger's cues."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimtrack.model import Cues, Stance
from claimtrack.stance import (
    Lexicon,
    classify_stance,
    clause_predicate,
    cue_denies_or_doubts,
    denies_predicate_of,
    negates_a_kind_of,
    predicate_among,
    said_predicate,
    supposes,
)

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
        ("stressed", "China will not allow conflict and instability to occur on the Korean "
         "peninsula and will not sit idly by when its strategic security is threatened", A),
        # By itself, a negative sentence asserts what it says, negation included.
        ("said", "it did not send troops to Russia", A),
        ("said", "no troops were sent", A),
        ("said", "the ferry company has no plans to sell its older boats", A),
        ("said", "the mayor won't speak to reporters again", A),
        ("explained", "the two hikers were not regarded as a danger to anyone", A),
        ("said", "sanctions should not be lifted", A),
        # A denial verb, or words that call something false, deny.
        ("dismissed", "the reports as baseless", D),
        ("rebutted", "claims that the plant had leaked", D),
        ("said", "the story about the leak was made up", D),
        ("said", "there was no truth to the rumours of a merger", D),
        ("said", "the reports were false", D),
        ("said", "the report is not true", D),
        ("said", "the photographs aren't genuine", D),
        ("called", "the video a fabrication", D),
        # Doubt disputes: no evidence or proof, questioned, unconfirmed, sceptical, premature.
        ("said", "there is no proof that the ship was ever in port", X),
        ("said", "the claims were pure speculation", X),
        ("said", "the reports remain unconfirmed", X),
        ("said", "the figures have not been independently verified", X),
        ("said", "she was sceptical of the company's account", X),
        ("warned", "it was premature to speak of a ceasefire", X),
        ("said", "it is too early to say whether the vaccine works", X),
        # Not settled yet: still looking at what was shown, weighing whether it holds.
        ("said", "the ministry is still looking into it", X),
        ("said", "we are still taking a look at the footage and checking the validity of it", X),
        ("questioned", "whether the soldiers were North Korean", X),
        ("cast doubt on", "the reports", X),
        ("wondered", "whether the photos were real", X),
        ("brushed off", "Moscow and Beijing's reaffirmation of ties", X),
        # "Premature" as a fact is no doubt.
        ("said", "premature births have become rarer", A),
        # An inquiry under way says what is being done, not that anything is in doubt.
        ("said", "detectives were looking into the break-in", A),
        # Downing aircraft is no denial; downing a claim is.
        ("said", "air defences shot down 30 drones overnight", A),
        ("said", "officials shot down the senator's claims", D),
        # Ending a story denies it; ending a life or a bill does not.
        ("said", "the director killed the stolen car rumour with a photo", D),
        ("said", "the studio quashed reports of a sequel", D),
        ("said", "the strike killed three militants", A),
        # Double negation: a negated denial or doubt accepts; a denial of a charge
        # of falsehood asserts.
        ("did not deny", "that troops had been sent", A),
        ("has never denied", "sending engineers to Kursk", A),
        ("did not dispute", "the figures", A),
        ("continues to deny", "that its soldiers are in Russia", D),
        ("denied", "the hoax claims", A),
        ("said", "the pictures were not fake", A),
        ("warned", "North Korea may send more troops", A),
        # Questions about something else take their content for granted.
        ("asked", "why North Korea had sent troops", A),
        ("asked", "the UN to condemn the deployment", A),
        ("said", "if the troops cross the border, Seoul will respond", A),
        # A verdict that the evidence does not bear something out doubts it.
        ("said", "talk of a cargo of stolen paintings was not supported by the customs records", X),
        ("said", "the account of the crash is unsupported", X),
        # Having heard nothing of it doubts it.
        ("said", "the harbour master had not received word of any collision", X),
        ("said", "the embassy hasn't received any information about an arrest", X),
        # Not knowing doubts when the speaker does not know, or does not know whether;
        # someone else's ignorance is a fact about them.
        ("said", "we simply don't know. The search goes on", X),
        ("said", "officials do not know whether the letter is genuine", X),
        ("said", "the coach does not know what his players are up to at night", A),
        # A doubt told of the claim in a clause of its own is not the speaker's.
        ("said", "the ferry sank in ten minutes, a figure that was later disputed by the crew", A),
        # Scorn poured on a story denies it; scorn for a person does not.
        ("slammed", "reports of a secret merger", D),
        ("said", "the minister ridiculed the rumours of his resignation", D),
        ("slammed", "the referee after the match", A),
        # Saying that what was told may be so, and no more, neither asserts nor denies it.
        ("said", "So it's not out of the question in that respect", X),
        ("said", "that cannot be ruled out at this stage", X),
        ("said", "It is entirely possible.", X),
        ("said", "it isn't out of the realm of possibility", X),
        ("said", "That is not out of the realm of the possible", X),
    ],
)  # fmt: skip
def test_classifies_statements_by_themselves(
    lexicon: Lexicon, cue: str, content: str, stance: Stance
) -> None:
    assert lexicon.takes_position(cue, content)
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("cue", "content"),
    [
        ("declined to confirm", "the reports"),
        ("could not confirm", "that the troops had crossed the border"),
        ("would not say", "whether troops were sent"),
        ("declined to say", "if North Korean soldiers had been killed"),
        ("did not say", "how many people were on board"),
        ("would neither confirm nor deny", "that troops were in Kursk"),
        ("did not deny or confirm", "the reports"),
        ("declined to comment", "on reports that troops were sent"),
        ("would not comment", "on rumours of a takeover"),
        ("did not immediately respond", "to questions about the deployment"),
        ("asked", "whether North Korea had sent troops"),
        ("asked", "if the soldiers were North Korean"),
        # In the content's main clause, as indirect speech puts it.
        ("said", "it could not independently verify whether the recording was authentic"),
        ("said", "she was not in a position to vouch for the authenticity of the footage"),
        ("said", "the company had no comment at this time"),
        ("said", "he could not be reached for comment"),
        ("told", "reporters it would not discuss individual cases"),
        ("said", "the ministry would not speculate on the cause"),
        # Nothing more to tell is no position on what was told.
        ("told", "There are no further details at this stage"),
        ("said", "we have no more details on the fire for now"),
        # A comment withheld by a coordinated subject, however long.
        ("reported", "neither the bank nor its lawyers had comment on the sale"),
        (
            "said",
            "Neither the club nor the league, which has run the draw since 2010, "
            "had any immediate comment",
        ),
    ],
)
def test_withheld_answers_take_no_position(lexicon: Lexicon, cue: str, content: str) -> None:
    assert not lexicon.takes_position(cue, content)


@pytest.mark.parametrize(
    ("cue", "content"),
    [
        # Withholding one thing while doubting another is a position.
        ("said", "he could not comment on the case but was sceptical of the account"),
        # "Did not say that ..." denies that it was said; a refusal in a clause
        # of its own leaves the main one its position.
        ("said", "the Pope did not say that pets go to heaven"),
        ("said", "the refinery was shut after a spokesman declined to comment"),
        ("asked", "if we could send more aid"),
    ],
)
def test_positions_next_to_refusals(lexicon: Lexicon, cue: str, content: str) -> None:
    assert lexicon.takes_position(cue, content)


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # A source quoted as saying the mayor won't talk to them asserts just that,
        # whether it is a claim of its own or filed under another.
        ("said", "the mayor won't talk to me", "The mayor won't talk to me", A),
        ("said", "the mayor won't talk to me", "The mayor resigned last week", A),
        # A spokesman explaining that the hikers were not seen as a threat does not
        # deny that they went missing.
        ("explained", "the hikers were not considered a threat",
         "Two hikers went missing near the border", A),
        # No proof that warships were moved disputes that they were.
        ("said", "there is no proof that any warships were moved",
         "Warships were moved to the strait", X),
        # The same proposition with the opposite polarity denies.
        ("said", "it did not send troops to Russia", "North Korea sent troops to Russia", D),
        ("said", "no troops were sent", "North Korea sent troops to Russia", D),
        ("said", "the ferry company has no plans to sell its older boats",
         "The ferry company plans to sell its older boats", D),
        ("said", "the photo wasn't taken in Kursk", "The photo was taken in Kursk", D),
        ("said", "the Pope did not tell the boy that dogs go to heaven",
         "The Pope told a boy that dogs go to heaven", D),
        ("did not say", "that dogs go to heaven", "The Pope told a boy that dogs go to heaven", D),
        ("said", "the factory will be built in Nevada, not Texas",
         "The factory will be built in Texas", D),
        ("said", "the factory will be built in Nevada, not Texas",
         "The factory will be built in Nevada", A),
        # A negative claim is contradicted by the positive statement.
        ("said", "North Korea sent troops to Russia", "North Korea did not send troops to Russia",
         D),
        ("denied", "sending troops to Russia", "North Korea did not send troops to Russia", A),
        ("denied", "that it has plans to sell its older boats",
         "The ferry company has no plans to sell its older boats", A),
        # Denying what the claim's predicate entails denies the claim, either way
        # round; denying more than the claim says does not.
        ("said", "the general is not dead", "The general was killed in an air strike", D),
        ("said", "the hostage was beheaded", "The hostage did not die", D),
        ("said", "the general was not killed", "The general died in hospital", A),
        # Contracted function words ("we're", "don't") carry no meaning: a short doubt
        # made of them points back at the claim it answers.
        ("said", "we don't know, we're still looking at it", "Rebels seized the airdrop", X),
        ("said", "I'm sure they can't have seized it", "Rebels seized the airdrop", D),
        # A negation in a clause of purpose belongs to that clause, not to the claim.
        ("said", "the builders added no steel",
         "The builders added steel so that the roof would not sag", D),
        ("denied", "adding steel", "The builders added steel to ensure the roof doesn't sag", D),
        # Verbs ending in -ly are no adverbs: "did not fly" negates flying.
        ("said", "the king did not fly over the border", "The king flew the mission himself", D),
        ("said", "the firm did not supply the parts", "The firm supplied the parts", D),
        # Calling something unlikely doubts it; "unlikely rumours say" is a hedge.
        ("said", "a reunion is not very likely", "The band will reunite for a tour", X),
        ("said", "a reunion is highly unlikely", "The band will reunite for a tour", X),
        ("said", "a reunion is likely", "The band will reunite for a tour", A),
        ("said", "unlikely rumours say the band will reunite", "The band will reunite", A),
        # A preposition is no predicate: what "not among" negates is its object.
        ("said", "the missing sailors were not among the survivors",
         "The survivors include the missing sailors", D),
        ("said", "the statue was not near the harbour", "The statue stood by the harbour", D),
        # A state that excludes what the claim says befell its subject.
        ("said", "the painting is safe in the museum vault", "The painting was stolen", D),
        ("told", "the climber is still alive", "The climber died on the mountain", D),
        ("said", "the aid worker remains unharmed", "The aid worker was kidnapped", D),
        ("said", "she's alive", "The singer was killed in the crash", D),
        # The same state with no excluded fate in the claim, or not said, is no denial.
        ("said", "the painting is safe in the museum vault", "The painting was sold", A),
        ("said", "the painting is not safe in that vault", "The painting was stolen", A),
        ("said", "the climbers who were safe went home", "Two climbers died", A),
        # A denial stays a denial when a state backs it up.
        ("said", "reports of her death were false and she is alive", "The singer died", D),
        # A contradicting number; a rounded one agrees.
        ("said", "about 3,000 troops had crossed", "10,000 troops crossed into Russia", D),
        ("said", "roughly 9,800 troops had crossed", "10,000 troops crossed into Russia", A),
        # A negation that negates something else than the claim says is no denial.
        ("said", "the troops were not well equipped", "North Korean troops are in Kursk", A),
        ("said", "Seoul should not send weapons", "North Korea sent troops to Russia", A),
        # A claim that calls something false or unproven.
        ("said", "the video is a hoax", "The video of the rescue is a hoax", A),
        # Stating something plainly is no denial of a claim that calls it false.
        ("said", "officials are studying the video of the rescue",
         "The video of the rescue is a hoax", A),
        ("said", "there was no evidence of a leak", "There is no evidence of a leak", A),
        ("said", "the leak was a fabrication", "There is no evidence of a leak", A),
        ("questioned", "whether the video was a hoax", "The video of the rescue is a hoax", X),
        # Denials and doubts of a plain claim.
        ("rejected", "accusations that it sent troops", "North Korea sent troops to Russia", D),
        ("said", "the reports of a troop deployment were baseless",
         "North Korea sent troops to Russia", D),
        ("cast doubt on", "the reports", "North Korea sent troops to Russia", X),
    ],
)  # fmt: skip
def test_classifies_statements_against_their_claim(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("text", "claim", "stance"),
    [
        ("No, the bridge has not collapsed", "The bridge collapsed", D),
        ("Singer didn't die in a car crash", "The singer died in a car crash", D),
        ("Is the bridge closed? No.", "The bridge is closed", D),
        ("The bridge closed? UPDATE: Nope", "The bridge is closed", D),
        ("The bridge is closed", "The bridge is closed", A),
        ("The company isn't happy with the battery life", "The battery doesn't last a day", A),
        ("Nobody in the village is allowed to keep goats", "Villagers keep goats", D),
        # "No," after a label or a speaker negates what follows it.
        ("Fact check: No, the mayor has not resigned", "The mayor resigned", D),
        ("Harbour master: Nope, the ferry never sank", "The ferry sank off the coast", D),
        ("Fact check: the mayor has resigned", "The mayor resigned", A),
        # A "no" with an elided predicate takes back what came before it.
        ("The goalkeeper scored the winner. No he didn't", "The goalkeeper scored the winner", D),
        ("The goalkeeper scored the winner, no question", "The goalkeeper scored the winner", A),
    ],
)  # fmt: skip
def test_headlines_against_their_claim(
    lexicon: Lexicon, text: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(None, text, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow and Pyongyang deny the accusations", D),
        ("Pyongyang has also rejected accusations by the US and its allies", D),
        ("The US State Department accused 10,000 North Korean soldiers of fighting", A),
        ("Moscow pointed out that Washington has no evidence to confirm the presence of "
         "North Korean soldiers", X),
        ("Saudi Arabian Airline Rep Denies Plan to Separate Men and Women on Flights", D),
        # By itself a negative headline asserts what it says.
        ("No, Banksy has not been arrested", A),
        ("Macaulay Culkin didn't die", A),
        ("Apple isn't happy with the battery life of its new smartwatch", A),
        ("Texas plumber has no idea how his truck ended up in Syria", A),
        ("No one in North Korea is allowed to share Kim Jong Un's name", A),
        # "Shoot down" denies a claim, not an aircraft.
        ("Officials shoot down congressman's claims ISIS fighters crossed the border", D),
        # A question offering alternatives takes no side; one with an answer in view
        # doubts: it asks whether, and denies nothing flatly.
        ("Woman with three breasts: real or hoax?", A),
        ("Is there an ISIS threat on the border or not?", A),
        ("Was the video of the generous homeless man all a hoax?", X),
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
        ("did not deny", A), ("declined to confirm", None), ("never disputed", A),
        ("would not say", None), ("did not confirm or deny", None), ("not only denied", D),
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


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # A question someone is said to have asked is told, not put by the writer.
        ("Patient wakes during an operation and asks the surgeon: Are we done?", None),
        ("Boy asks his teacher whether the war is over?", None),
        # A question after a dash is a sentence of its own, and may be put to the reader.
        ("Lost dog walks home across three states - can you believe it?", None),
        ("Mayor resigns after scandal - but why did he wait so long?", None),
        ("Giant squid filmed off Japan - but is the footage real?", "?"),
        ("Did the mayor resign over the scandal?", "?"),
    ],
)
def test_only_the_writers_own_yes_no_question_hedges(
    lexicon: Lexicon, text: str, hedge: str | None
) -> None:
    found = lexicon.hedge_in(text)
    assert (found and found[1]) == hedge


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # A modal opening a second predicate of the same subject qualifies that one only.
        ("Striker breaks his leg in training, may miss the final", None),
        ("Bakery wins national prize, but could close next year", None),
        ("Storm floods the old town, and might reach the harbour tonight", None),
        # A modal in the first (or only) predicate still hedges it.
        ("Striker may miss the final after breaking his leg", "may"),
        ("After a wet winter, the dam could burst", "could"),
    ],
)
def test_a_modal_in_a_second_predicate_leaves_the_first_asserted(
    lexicon: Lexicon, text: str, hedge: str | None
) -> None:
    found = lexicon.hedge_in(text)
    assert (found and found[1]) == hedge


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


def test_a_lexicon_reads_the_same_before_and_after_a_round_trip_through_pickle() -> None:
    # Phrase groups compile on first use; a copy sent to another process
    # (extract --jobs) compiles its own, and reads as the original does.
    import pickle

    lexicon = Lexicon.build(Cues(denies=("laughed off",)))
    texts = [
        ("flatly rejected", "the mayor took the bribe"),
        ("laughed off", "suggestions that the singer had retired"),
        ("said", "the ship never left port"),
    ]
    before = [classify_stance(cue, content, lexicon) for cue, content in texts[:1]]
    copy = pickle.loads(pickle.dumps(lexicon))
    assert [classify_stance(cue, content, copy) for cue, content in texts] == [
        classify_stance(cue, content, lexicon) for cue, content in texts
    ]
    assert before == [D]
    assert copy.find_cue("The team laughed off the rumour") is not None


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
        rows = list(csv.DictReader(handle))
    against = [
        classify_stance(None, r["articleHeadline"], lexicon, claim=r["claimHeadline"]) is not A
        for r in rows
    ]
    gold = [r["articleHeadlineStance"] == "against" for r in rows]
    hits = sum(guess and truth for guess, truth in zip(against, gold, strict=True))
    assert hits / sum(against) >= 0.8
    assert hits / sum(gold) >= 0.7


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


@pytest.mark.parametrize(
    "text",
    [
        "\u0130STANBUL den\u0131ed the report, calling it a hoax",
        "the \u212aremlin said the story was fake and that it had no evidence",
        "a \u017fpokesman dismissed the claims as \u017fpeculation",
        "officials in İzmir have yet to confirm it; they say it is unconfirmed",
    ],
)
def test_phrases_are_found_in_letters_a_case_blind_match_takes_for_ascii(
    lexicon: Lexicon, text: str
) -> None:
    # A dotted or dotless i, a long s or the Kelvin sign is read as its letter:
    # every phrase found where one label's whole case-blind alternation finds it.
    for phrases in (lexicon.cues, lexicon.markers):
        found = [(m.span(), label) for m, label in phrases.find(text)]
        whole = sorted(
            ((m.span(), label) for label, p in phrases.patterns.items() for m in p.finditer(text)),
            key=lambda hit: hit[0][0],
        )
        assert found == whole
    assert found  # each text holds a marker


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # A story shot down, or called absurd, is denied; the verbs said of a
        # thing deny nothing. Its words are found in any letters a case-blind
        # match takes for ASCII ones (a long s here), as the rules' own are.
        ("said", "the harbour board shot down reports that the ferry had sunk", D),
        ("said", "the harbour board \u017fhot down the \u017ftory of a sunken ferry", D),
        ("said", "the harbour board shot down the ferry", A),
        ("said", "the ferry \u017ftories are ridiculou\u017f", D),
        # The scorn in the cue, the story in the content, and the other way round.
        ("slammed", "reports that the ferry had sunk", D),
        ("slammed", "the ferry timetable", A),
        # The story named in the cue, its that-clause the content: the story's
        # noun is no claim of the speaker's own.
        ("shot down claims", "the ferry had sunk", D),
        ("laughed off reports", "the ferry had sunk", D),
        ("claimed", "the ferry had sunk", A),
        ("never shot down claims", "the ferry had sunk", A),
    ],
)
def test_a_story_scorned_is_denied_whatever_its_letters(
    lexicon: Lexicon, cue: str, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("the ferry company stopped sailing to the island", {"sail"}),
        ("the ferry company \u017ftopped sailing to the island", {"sail"}),
        ("the ferry company QUIT SAILING to the island", {"sail"}),
        ("the ferry company kept sailing to the island", None),
    ],
)
def test_stopping_a_deed_negates_it(lexicon: Lexicon, text: str, negated: set[str] | None) -> None:
    assert (
        (frozenset(negated) in lexicon.negations(text)) if negated else not lexicon.negations(text)
    )


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # A "no" or "nope" answering a headline or a question negates it, though
        # the text holds no other negation.
        ("Nope, the ferry is still sailing", {"sail", "ferry"}),
        ("Did the ferry sink? Nope.", {"sink", "ferry"}),
        ("Did the ferry sink? NO.", {"sink", "ferry"}),
        ("the ferry sank", None),
    ],
)
def test_an_answer_no_negates_what_it_answers(
    lexicon: Lexicon, text: str, negated: set[str] | None
) -> None:
    assert lexicon.negations(text) == ((frozenset(negated),) if negated else ())


def test_ledger_phrases_may_start_with_punctuation() -> None:
    lexicon = Lexicon.build(Cues(denies=("#fakenews", "U.S. denial")))
    assert classify_stance("said", "the troop story is #FakeNews", lexicon) is D
    assert classify_stance("said", "a U.S. denial followed", lexicon) is D
    assert classify_stance("said", "the troop story is news", lexicon) is A


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        ("said", "we just don't know yet", X),
        ("said", "the police did not have any information about an arrest", X),
        ("said", "the agency had no credible intelligence of a plot", X),
        ("said", "it was unclear whether the talks would resume", X),
        ("said", "they were not aware of any arrest", X),
        ("said", "a merger was no longer on the table", A),
    ],
)  # fmt: skip
def test_not_knowing_is_doubt(lexicon: Lexicon, cue: str, content: str, stance: Stance) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # What the speaker was not told or does not know of doubts it, and does
        # not deny it flatly: SPEC's "has no evidence".
        ("we have no official notification that the dam burst", X),
        ("there is no official confirmation that the dam burst", X),
        ("the ministry has no reports that the dam burst", X),
        ("we haven't received any reports that the dam burst", X),
        ("I have no knowledge of the dam bursting", X),
        # Reports that a place has had none of tell of the place, and doubt nothing.
        ("the dam burst above villages where there have been no reports of flooding", A),
    ],
)  # fmt: skip
def test_not_being_told_is_doubt(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon, claim="The dam burst") is stance


def test_a_negative_sentence_is_grouped_as_a_denial_but_not_called_one(lexicon: Lexicon) -> None:
    assert lexicon.negates("said", "the merger was no longer on the table")
    assert not lexicon.negates("said", "the merger is on the table")
    assert not lexicon.negates("denied", "that the merger was off")  # a denial already


@pytest.mark.parametrize(
    "content",
    [
        "the growers were angry but not surprised at the tariff rumours",
        "we were not shocked by the audit findings",
        "the crew were saddened, not stunned, by the closure of the yard",
    ],
)
def test_a_negated_feeling_is_no_negation_of_what_stirred_it(
    lexicon: Lexicon, content: str
) -> None:
    # How the speaker took a thing, which it takes as so: grouped as an assertion.
    assert not lexicon.negates("said", content)
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS


def test_a_negated_knowing_or_deed_beside_a_feeling_still_negates(lexicon: Lexicon) -> None:
    assert lexicon.negates("said", "we were not sure the mill had closed")
    assert lexicon.negates("said", "she was shocked and the mill had not closed")
    # Surprise at what would be so still doubts it.
    assert (
        classify_stance("said", "I would be surprised if the mill closed", lexicon)
        is Stance.DISPUTES
    )


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # Both sentences negate the same thing: they agree, wherever the negation stands.
        ("said", "she hopes it didn't put the school in a bad light",
         "The story didn't put the school in the best light", A),
        # A negated object is not a negated subject: "doing no harm eating" negates harm.
        ("said", "the guest was doing no harm eating chicken",
         "The guest had not planned on eating chicken for days", A),
        # Denial words about something else than the claim.
        ("said", "the anchor's false story had long been known to editors",
         "The mayor wants the council to resign", A),
        # A cue that only looks like a denial inside a participle ("ruling out").
        ("said", "the firm is ruling out nothing", "The firm is considering a sale", A),
    ],
)  # fmt: skip
def test_what_is_not_a_contradiction(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Met with a claim found by the words they share, a negative sentence
        # denies it only when its negation reaches the claim's predicate.
        ("neither the singer nor the drummer had signed a contract",
         "Earlier, the drummer was offered the lead role but turned it down", A),
        ("we can confirm this mural is not by the painter",
         "The painter grew up in Bristol", A),
        # ... in its main clause, a clause it reports, or a negated word.
        ("the mayor is not resigning", "The mayor is resigning over the scandal", D),
        ("the club confirmed with the league that the fine had not been paid",
         "The fine was paid in full", D),
        ("so it turns out the singer is not dead", "The singer had died", D),
        # "Not all" says that some are not: it negates nothing of the rest of a claim.
        ("not all the strikers were aware of the offer",
         "Police clashed with the strikers outside the depot", A),
        # What is not so of someone else named: two subjects headed by names,
        # neither in the other's text.
        ("Maria Lopez will not be singing the anthem at the final",
         "Anna Berg is in talks to sing the anthem at the opening game", A),
        ("the Harbour Board will no longer fine owners for late mooring",
         "Peter Quill, 41, had been fined by the port police", A),
        # ... but a subject that names nobody may stand for the claim's.
        ("the club said that the striker has not been sold",
         "Tom Reyes has been sold to a rival club", D),
        ("Tom Reyes has not been sold", "Reyes has been sold to a rival club", D),
        # A main clause that is not negated says nothing the negation denies.
        ('the guards "stopped them," but "there are many more that did not get stopped',
         "The ministry is publishing the facts about migrants getting stopped", A),
        # ... while a clause opening with a capitalised name is no verb's remainder.
        ("it seemed that IS had not used the gas in any of its raids",
         "A truck loaded with gas canisters was used in the raid", D),
    ],
)  # fmt: skip
def test_a_grouped_negation_denies_only_the_predicate_it_reaches(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # A finite clause is no subject without "that": after a telling's
        # participle, "... is false" is said of the telling, which asserts the clause.
        ("suggesting", "the drummer walked out of the band is false", A),
        ("claiming", "a school in the valley has closed for good is not true", A),
        # A verdict on a subject the content names is the telling's own.
        ("claiming", "the rumour is false", D),
        ("saying", "it is a hoax", D),
        ("said", "the drummer walked out of the band is false", D),
    ],
)  # fmt: skip
def test_a_verdict_after_a_tellings_clause_is_not_the_tellings(
    lexicon: Lexicon, cue: str, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


def test_a_command_after_so_negates_nothing(lexicon: Lexicon) -> None:
    # "..., so don't X" tells the hearer what to do; it says nothing is not so.
    content = "the new model is a luxury item, so don't try to price it like a phone"
    assert not any("pric" in words for words in lexicon.read("says", content).negated)
    claim = "The new model will be priced at 500 dollars"
    assert classify_stance("says", content, lexicon, claim=claim) is A
    # ... while "so" before a subject still opens a clause that may negate.
    claim = "The fair opened on Sunday"
    assert classify_stance("said", "it rained, so the fair did not open", lexicon, claim=claim) is D


def test_a_claim_given_with_the_statement_is_read_as_before(lexicon: Lexicon) -> None:
    # A claim given as what the statement speaks of (a headline and its claim)
    # is denied by a negation of its words, whatever they are.
    content = "we can confirm this mural is not by the painter"
    claim = "The painter painted a mural on the harbour wall"
    assert classify_stance("said", content, lexicon, claim=claim) is D
    assert not lexicon.negates_its_predicate("said", content, "The painter grew up in Bristol")


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # "No such X" says that what was told is not so.
        ("said", "there was no such agreement and the talks had broken down", D),
        ("told reporters", "no such meeting took place", D),
        # An editor's brackets are read as if the words were said.
        ("said", "a merger was [not] very likely", X),
        ("said", "[the minister] was not aware of any plan", X),
    ],
)  # fmt: skip
def test_such_and_brackets(lexicon: Lexicon, cue: str, content: str, stance: Stance) -> None:
    assert classify_stance(cue, content, lexicon) is stance


def test_bracketed_words_still_negate(lexicon: Lexicon) -> None:
    assert lexicon.negates("said", "the factory [would] not close")
    assert (
        classify_stance(
            "said", "the factory [would] not close", lexicon, claim="The factory will close"
        )
        is D
    )


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Become" carries no meaning of its own: what is negated is what follows.
        ("Residents will not become eligible for the grant",
         "Residents will be eligible for the grant", D),
        # Not knowing is said of the knower: it contradicts no other's knowing.
        ("the board of the club doesn't know what its coach is doing",
         "The mayor was telling what he knows about the stadium", A),
        # ... but what is not known can still be the claim's own predicate.
        ("the coach has not resigned", "The coach resigned and knows why", D),
    ],
)  # fmt: skip
def test_what_a_negation_negates(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # After "want to", "plan to", "try to" the infinitive is what is negated.
        ("She didn't want to sell the house", "She wanted a bigger garden", A),
        ("The club has no plans to sell the ground", "The club plans to sell the ground", D),
        ("The club does not intend to move", "The club plans to sell the ground", A),
        # A "no" that names a kind of thing negates nothing.
        ("the council has brought in a strict no parking rule on the high street",
         "Parking is now restricted on the high street", A),
        ("a no-fly zone was declared over the city", "Flights over the city were banned", A),
        # A content that says the claim's words says its negations too.
        ("Was it worth it? Probably not. But would we do it again? Yes",
         "Was it worth it? Probably not", A),
        # ... while a denial after them still denies.
        ("The striker scored twice. No he didn't", "The striker scored twice", D),
        # A number the claim gives anywhere agrees.
        ("the guard counted 12 boats, first eight and then four",
         "The guard saw at least 12, eight boats and then four more", A),
        ("the guard counted 30 boats", "The guard saw 12 boats", D),
        # A quoted adverb after "not" is skipped as an unquoted one is.
        ("the minister did not \u201cknowingly break the rules",
         "The minister broke the rules", D),
    ],
)  # fmt: skip
def test_what_contradicts_a_claim(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A cue word after a determiner, a possessive or a preposition is a noun
        # or an adjective, not the speaker's verb.
        ("the town rose to the challenge after the floods", A),
        ("the coach's challenge was keeping the squad fit", A),
        ("the player in question has left the club", A),
        ("for the avoidance of doubt, the shop stays open on Sundays", A),
        ("the mayor won a hotly contested election in May", A),
        ("ships crossed the disputed waters at dawn", A),
        # ... while the verb still doubts.
        ("the ministry questioned the figures", X),
        ("he's questioned the figures before", X),
        ("the union disputes the account", X),
        # Questioning a person asks, and doubts nothing.
        ("detectives questioned a man who was seen near the bank", A),
        ("officers questioned two witnesses at the scene", A),
        ("the inspectors questioned the official figures on crime", X),
    ],
)  # fmt: skip
def test_cue_words_that_are_no_verbs(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A correction, a public fooled into believing, a story too good to check.
        ("the council is setting the record straight on the bin collections", D),
        ("a prankster tricked thousands into thinking the bridge had closed", D),
        ("a tale of a dog that saved a village, a story too good to check", X),
        ("the offer sounded too good to be true", X),
    ],
)  # fmt: skip
def test_corrections_and_tall_tales(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance(None, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # Inventing what was told denies it; asked whether it was invented, it doubts.
        ("the blogger made up the whole story about the lottery win", D),
        ("the couple faked the kidnapping photos to raise money", D),
        ("Did the vlogger stage his charity video?", X),
        ("Did the columnist make up this quote from the minister?", X),
        # Denied, or a staging that tells nothing, it asserts what it says.
        ("the reporter did not make up the quote", A),
        ("students staged a protest outside the embassy", A),
        ("the band will stage a comeback tour next year", A),
    ],
)  # fmt: skip
def test_inventing_what_was_told(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance(None, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A negated gerund after a preposition names an act; no predicate is negated.
        ("A farmer sold his prize bull after years of finding no buyer",
         "A farmer sold his bull, fed up with not finding a buyer", A),
        ("The shop closed for never making a profit", "The shop closed after making a profit", A),
        # A contrast negates what tells the two apart, not the head both share.
        ("Did the mayor call the river the Old Canal?",
         "The mayor said the river should be called the Old Canal, not the Old Lake", A),
        ("The mayor called it the Old Lake",
         "The mayor said the river should be called the Old Canal, not the Old Lake", D),
        # A predicate negated in the main clause still contradicts.
        ("The shop did not close", "The shop closed after making a loss", D),
    ],
)  # fmt: skip
def test_gerunds_and_contrasts_in_what_a_negation_negates(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(None, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A quarrel named by a noun doubts nothing.
        ("Passenger removed from a train over a seat reservation dispute", None),
        ("Two neighbours end up in court after a long dispute over a hedge", None),
        ("The ruling faces a legal challenge between the two firms", None),
        # The verb with an object still doubts it.
        ("Residents dispute the police account of the crash", X),
        # Belittling an event grants it; belittling a telling doubts it.
        ("Shares shrug off the factory fire", None),
        ("The coach brushed aside the injury and named his team", None),
        ("The ministry shrugged off the reports of a leak", X),
        ("The council downplayed fears of flooding", X),
    ],
)  # fmt: skip
def test_quarrels_and_shrugs_that_doubt_nothing(
    lexicon: Lexicon, content: str, stance: Stance | None
) -> None:
    assert lexicon.content_stance(content) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A noun in -ly after a determiner is the verb's subject, no adverb.
        ("The family denied the report of a ransom", D),
        ("The ally disputes the account of the talks", X),
        # An adverb still makes an adjective of the cue word.
        ("the hotly contested seat", None),
    ],
)  # fmt: skip
def test_nouns_in_ly_are_no_adverbs(lexicon: Lexicon, content: str, stance: Stance | None) -> None:
    assert lexicon.content_stance(content) is stance


def test_what_a_claim_sets_aside_agrees_with_a_negation(lexicon: Lexicon) -> None:
    claim = "The school will give detentions rather than exclude pupils"
    assert (
        classify_stance(None, "Detentions, not exclusions, for pupils", lexicon, claim=claim) is A
    )
    claim = "The school will give detentions instead of exclusions"
    assert (
        classify_stance(None, "Detentions, not exclusions, for pupils", lexicon, claim=claim) is A
    )
    # Without the contrast in the claim, the negation still contradicts it.
    claim = "The school will hand out exclusions to pupils"
    assert (
        classify_stance(None, "Detentions, not exclusions, for pupils", lexicon, claim=claim) is D
    )


def test_a_short_denial_is_about_its_claim(lexicon: Lexicon) -> None:
    # Four words that carry meaning, none of them the claim's: short enough to
    # be about whatever it answers.
    content = "that tale was completely and utterly false"
    assert classify_stance("said", content, lexicon, claim="The mayor resigned") is D
    # A longer sentence with a denial word about something else is no denial.
    content = "the old council's false accounts of the budget had misled voters in three wards"
    assert classify_stance("said", content, lexicon, claim="The mayor resigned") is A


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # "Lie" calls something false as a noun, not where something lies.
        ("wrote", "rebels seized the depot, which lies 40 miles east of the capital", A),
        ("said", "the whole story is a lie", D),
        ("said", "they have been telling lies about the club", D),
        # Dismissed from a post is removed from it, and denies nothing.
        ("was dismissed", "from service for missing duty for a year", A),
        ("dismissed", "the reports as nonsense", D),
    ],
)  # fmt: skip
def test_words_with_two_senses(lexicon: Lexicon, cue: str, content: str, stance: Stance) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # After a longer negated subject, its predicate is what is negated.
        ("No fishing boats from the harbour were damaged in the storm",
         "The storm hit fishing boats in the harbour", A),
        ("No fishing boats from the harbour were damaged in the storm",
         "Fishing boats were damaged in the storm", D),
        ("nobody was arrested", "Police arrested the painter", D),
        # The predicate is looked for in the main clause only, and is no preposition.
        ("There were no reported injuries because the storm was in a wooded area",
         "There were no reported injuries because the storm was in a wooded area", A),
    ],
)  # fmt: skip
def test_a_negated_subject_negates_its_predicate(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


def test_a_state_that_excludes_harm_is_grouped_as_a_denial(lexicon: Lexicon) -> None:
    # "Safe" says it was not stolen: grouping looks for the claim it answers.
    assert lexicon.negates("said", "the painting is safe in the museum vault")
    assert lexicon.negates("said", "the missing climber is alive")
    assert not lexicon.negates("said", "the painting hangs in the museum vault")
    # A denial already says so by its words.
    assert not lexicon.negates("said", "the theft story is false and the painting is safe")


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # Asking whether something is false doubts it; saying so denies it.
        ("said", "The whole thing is a prank, right?", X),
        ("said", "The whole thing is a prank. Who fell for it?", D),
        # "I don't know if you heard" tells; "we don't know if" doubts.
        (None, "I don't know if you heard, but the bridge has closed", A),
        (None, "we don't know if the bridge has closed", X),
        # Questioned with nothing after it, someone was asked.
        ("said", "two fans had been detained and questioned", A),
        # Questions raised about something doubt it; "interesting questions" do not.
        ("said", "the comet raises some interesting questions.", A),
        ("said", "the audit raised serious questions about the accounts", X),
    ],
)  # fmt: skip
def test_asking_is_no_denial(
    lexicon: Lexicon, cue: str | None, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Not ... until" puts off what it negates: it still happens.
        ("the bridge may not open until the spring of next year",
         "The bridge will open next year", A),
        ("the bridge will not open", "The bridge will open next year", D),
    ],
)  # fmt: skip
def test_not_until_is_no_contradiction(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    "content",
    ["the council is yet to receive any confirmation of the closure",
     "the figures have yet to be verified"],
)  # fmt: skip
def test_what_is_yet_to_come_is_doubted(lexicon: Lexicon, content: str) -> None:
    assert classify_stance("said", content, lexicon) is X


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # What is said "to the contrary" or "otherwise" says the opposite.
        ("reported", "to the contrary", D),
        ("said", "otherwise", D),
        # ... but a contrary that others said leaves the speaker's own words standing.
        ("said", "the school stays open, despite reports to the contrary", A),
    ],
)  # fmt: skip
def test_a_contrary_denies(lexicon: Lexicon, cue: str, content: str, stance: Stance) -> None:
    assert classify_stance(cue, content, lexicon) is stance


def test_would_be_surprised_if_doubts(lexicon: Lexicon) -> None:
    content = "I would be surprised if the coach had suddenly changed his mind"
    assert classify_stance("added", content, lexicon) is X
    content = "I wouldn't be surprised if the coach had suddenly changed his mind"
    assert classify_stance("added", content, lexicon) is A


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # The claim's own words, then a doubt of something else: the claim is asserted.
        ("said", "A flood that size would have left marks on the walls. None were found. "
         "So I'm very sceptical", "A flood that size would have left marks on the walls", A),
        # A doubt or denial before the claim's words is about them.
        ("ridiculed", "reports of the planned merger", "The planned merger", D),
        ("said", "I am sceptical that the river flooded the town", "The river flooded the town",
         X),
    ],
)  # fmt: skip
def test_a_doubt_beside_the_claims_words(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # A negation reaches both heads of "X or Y".
        ("said", "the town will never be bullied",
         "The town will not be frightened or bullied", A),
        ("said", "the town will be bullied", "The town will not be frightened or bullied", D),
        # Restating a negative claim and calling the contrary a lie agrees with it.
        ("said", "We have not signed a deal with anyone. It's a lie",
         "The union has not signed a deal with anyone", A),
        ("said", "We have not signed a deal with anyone. It's a lie",
         "The union has signed a deal with the employers", D),
    ],
)  # fmt: skip
def test_negative_claims(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # A court or prosecutor dismissing cases denies nothing.
        ("dismissed", "312 minor drug cases brought since June", A),
        ("dismissed", "the charges as politically motivated", D),
        # Denying that cases were found is a denial; "cases" there is no court's.
        ("denied", "two cases of the virus were diagnosed in the city", D),
        ("denied reports", "two cases were confirmed among the fighters", D),
        ("denied", "the charges against him", D),
        # A flat denial anywhere wins over a doubt.
        (None, "It is all propaganda. They lied that the pilot was alive", D),
        (None, "It is all propaganda", X),
    ],
)  # fmt: skip
def test_dismissals_and_lies(
    lexicon: Lexicon, cue: str | None, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A contrast denies the other thing only in the frame of the rest of the
        # sentence: a claim that shares none of that frame is not denied.
        ("Voters should trust the mayor, not the council", "The council approved the budget", A),
        ("the fans blame the owner, not the coach", "The coach will resign at the end of May",
         A),
        # A claim within the frame is still denied by it.
        ("the fans blame the owner, not the coach", "The fans blame the coach", D),
        ("the bridge will be repaired in spring, not winter",
         "The bridge will be repaired in winter", D),
    ],
)  # fmt: skip
def test_a_contrast_denies_only_within_its_frame(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "False" in a fixed phrase names a kind of thing and calls nothing false.
        ("the talks have seen many false dawns", "The rebels will free the hostages", A),
        ("the launch was a false start for the company", "The company launched its phone", A),
        ("the new locks give residents a false sense of security",
         "The council fitted new locks on the estate", A),
        # Anywhere else it still calls something false.
        ("the reports of a takeover are false", "The bank will be taken over", D),
        ("the false rumours of a takeover hurt the bank", "The bank will be taken over", D),
    ],
)  # fmt: skip
def test_false_in_a_fixed_phrase_calls_nothing_false(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # Dismissing a demand or an offer refuses it and calls nothing untrue.
        ("dismissed", "calls for the coach to be sacked", "The team lost all its games", A),
        ("rejected", "demands for a recount", "The mayor won the election", A),
        ("has rejected", "the union's offer", "The union offered a pay deal", A),
        # What is said about a demand is still denied.
        ("dismissed", "reports of calls between the two leaders",
         "The two leaders held calls", D),
        ("rejected", "claims that the union made an offer", "The union made an offer", D),
        # A deal, a contract or a sum refused, by the cue or by a verb in the content.
        ("turned down", "a deal to coach in Spain", "The coach turned down a deal", A),
        ("reported", "the drummer rejected a $40m contract to tour again",
         "The drummer rejected a contract to tour again", A),
        ("said", "the striker rejected a \u00a39m move to Leeds",
         "The striker rejected a move to Leeds", A),
        ("said", "the club rejected reports that the striker would move to Leeds",
         "The striker will move to Leeds", D),
        # Ruling something out denies it, whatever it names.
        ("told", "we have ruled out any measles case at the school",
         "A pupil at the school has measles", D),
    ],
)  # fmt: skip
def test_a_refused_demand_is_no_denial(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Stop doing" says what "no longer do" says: a negative claim agreed with.
        ("the library will stop lending DVDs", "The library will no longer lend DVDs", A),
        ("the airline has ceased flying to Oslo", "The airline no longer flies to Oslo", A),
        ("the library will no longer lend DVDs", "The library will stop lending DVDs", A),
        # Against the positive claim, it still says the opposite.
        ("the library will no longer lend DVDs", "The library will lend DVDs", D),
    ],
)  # fmt: skip
def test_stopping_agrees_with_no_longer(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Both deny their subject something: the statement agrees with the claim.
        ("none of the charred bones found in the cave matched the missing hikers",
         "None of the skeletons found in the cave belongs to the missing hikers", A),
        ("none of the burnt papers found in the office came from the ministry",
         "None of the documents found in the office belongs to the ministry", A),
        ("no survivors were found in the rubble", "Nobody survived the collapse", A),
        # A negated subject against a plain claim still says the opposite.
        ("none of the shards found at the site came from the lost vase",
         "The shards found at the site came from the lost vase", D),
    ],
)  # fmt: skip
def test_a_negated_subject_agrees_with_a_negated_claim(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "The question of X" names an issue: no doubt about the claim.
        ("the council's decision to shut the pool raises the question of funding for sport",
         "The council shut the pool", A),
        # A question raised about whether something is so still doubts it.
        ("the decision raises the question of whether the pool was ever safe",
         "The pool was safe", X),
        ("the inspection raised questions about the pool", "The pool was safe", X),
    ],
)  # fmt: skip
def test_an_issue_raised_is_no_doubt(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Made up" that invents nothing.
        ("His mind is made up", "The singer signed the contract", A),
        ("the squad is made up of veterans", "The club signed a new coach", A),
        ("she has made up her mind", "She will run for mayor", A),
        ("the win made up for last week's loss", "The team lost last week", A),
        # An invented story is still called untrue.
        ("the story was made up", "The singer signed the contract", D),
        ("he made up the whole thing", "The singer signed the contract", D),
    ],
)  # fmt: skip
def test_made_up_that_invents_nothing(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Not knowing agrees with a claim that someone does not know.
        ("We don't know that yet", "The mayor doesn't know that yet", A),
        ("we do not know where the ship is", "The navy does not know where the ship is", A),
        # Against a claim of fact, not knowing still doubts it.
        ("we do not know where the ship is", "The ship sank off the coast", X),
    ],
)  # fmt: skip
def test_not_knowing_agrees_with_a_claim_of_not_knowing(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Surprise at what is not so expects it to be so.
        ("I would be surprised if they did not find him soon",
         "Police are hunting for a man who stole bikes", A),
        ("I'd be amazed if the rebels didn't agree to a truce", "The rebels agreed to a truce", A),
        # Surprise at what is so still doubts it.
        ("I would be surprised if the rebels agreed to a truce", "The rebels agreed to a truce",
         X),
    ],
)  # fmt: skip
def test_surprise_at_a_negation_expects_it(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


def test_question_helpers_read_texts_with_and_without_a_question_mark() -> None:
    from claimtrack import stance as stance_module

    asked = "The minister spoke. Is the old bridge closed for good? Who knows."
    assert list(stance_module._yes_no_questions(asked)) == [(19, 54)]
    assert list(stance_module._yes_no_questions("The old bridge is closed.")) == []
    either = "Was the ferry sold to a German firm or a Dutch one? It was."
    assert stance_module._without_alternative_questions(either) == " " * 52 + "It was."
    stated = "The ferry was sold to a German firm."
    assert stance_module._without_alternative_questions(stated) is stated


def test_main_clause_is_the_same_however_often_it_is_asked() -> None:
    from claimtrack import stance as stance_module

    for _ in range(2):
        assert stance_module._main_clause("the ferry was sold because talks failed") == (
            "the ferry was sold "
        )
        assert stance_module._main_clause("the ferry was sold") == "the ferry was sold"


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A denial under a modal is possible, not flat: a doubt.
        ("the photo may be a hoax", X),
        ("this could well be fake", X),
        ("the photo is a hoax", D),
        # A doubt negated where it stands is none.
        ("it is not too early to say the bridge is a success", A),
        ("the coach isn't sceptical about the new signing", A),
        ("it is too early to say whether the bridge is a success", X),
        # At a loss for what to do or say, one doubts nothing.
        ("I don't know what to say, it was a wonderful night", A),
        ("we did not know how to thank them", A),
        # A cue word after a modifier in "-ing" is a noun.
        ("she won a pie eating contest at the county fair", A),
        ("the firm offers non-binding dispute resolution to tenants", A),
        ("the long-running dispute over the harbour ended", A),
        # ... while a noun in "-ing" may still be the verb's subject.
        ("the king questioned the figures", X),
    ],
)  # fmt: skip
def test_hedged_negated_and_nominal_doubts(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A claim that calls something false is negative itself: a content that
        # negates the same thing agrees with it.
        ("No, the sea will not rise ten metres next week",
         "The story that the sea will rise next week is fake", A),
        ("she was not able to get a refund",
         "The shop got a customer banned after a false complaint", A),
        # Against a plain claim, the same negation still contradicts it.
        ("No, the sea will not rise ten metres next week", "The sea will rise next week", D),
        # A unit of measure is read with the word after it.
        ("the hole measured about 20 feet across", "The rock was 50 feet in diameter", A),
        ("the twins, both 11 years old, stayed home", "The twins left home 30 years ago", A),
        ("the rock was 20 feet in diameter", "The rock was 50 feet in diameter", D),
        # What is negated after "want him to" is what he is wanted to do.
        ("they do not want him to be photographed",
         "They want him to be remembered as a strong leader", A),
        ("they do not want him to be remembered as a strong leader",
         "They want him to be remembered as a strong leader", D),
        # A doubt that names a thing or a deed the claim does not speak of is about
        # something else.
        ("the door was open and we found no signs of a struggle",
         "The singer was found dead at his home", A),
        ("the old shells are rusty and not likely to be fired at anyone",
         "Old artillery shells are stored in a depot near the river", A),
        # ... one that names the claim's words, or a proposition, still doubts.
        ("there are no signs of a break-in at the depot",
         "Thieves broke into the depot overnight", X),
        ("officers found no evidence that the pair were linked to the gang",
         "Two gang members were arrested at the port", X),
    ],
)  # fmt: skip
def test_what_a_statement_says_against_its_claim(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A genre before a noun names a kind of thing.
        ("the group released a propaganda video on Sunday", A),
        ("the radio hosts are famous for their prank calls", A),
        ("the video is propaganda", X),
        ("the call was a prank", D),
        # Reports of a death called premature or exaggerated deny it.
        ("reports of her death were greatly exaggerated", D),
        ("the news of his demise was premature", D),
    ],
)  # fmt: skip
def test_genres_and_premature_deaths(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # What a content only supposes it does not say.
        ("moles would suffocate if they burrowed under the lawn",
         "Moles are not able to burrow under the lawn", A),
        ("moles burrowed under the lawn", "Moles are not able to burrow under the lawn", D),
        # A doubt about what the claim does not speak of, named after "on".
        ("the seller had no information on the buyer's address",
         "The bicycle was found in a canal", A),
    ],
)  # fmt: skip
def test_supposed_and_doubted_elsewhere(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # "Sceptical" said of others describes them.
        ("the first post was soon drowned out by sceptical replies", A),
        ("the minister remains sceptical", X),
        # Questions answered, asked or faced are a noun.
        ("the chief held a briefing to answer questions about the fire", A),
        ("do you have any other questions? Call us", A),
        ("the chief questioned the figures about the fire", X),
    ],
)  # fmt: skip
def test_doubt_words_of_others_and_nouns(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Expecting is not negated as wanting is: "did not expect it to be big"
        # negates the expectation.
        ("we did not expect the party to be so big", "Her big party was a surprise", A),
        # A possessor before the negated word is passed over.
        ("I liked it, but it's not my kind of film",
         "Jo Bloggs liked it, but it's not Jo Bloggs's kind of film", A),
        # "X and not Y" sets Y against X as "X, not Y" does.
        ("children should learn to swim in the sea and not in school",
         "The school trip was cancelled", A),
        ("the match was played in Leeds and not in York", "The match was played in York", D),
        # A content that says a negative claim's words says its negation.
        ("the talks went well, but that no agreement had been signed and that more talks are due",
         "No agreement had been signed and that more talks are due", A),
        # What a doubt asks about, when the claim does not speak of it.
        ("the rebels' jets can fly, though it is unclear if they carry bombs",
         "The rebels are training pilots", A),
        ("it is unclear if the rebels are training pilots", "The rebels are training pilots", X),
        # An open question ("who", "what") takes its content for granted: it doubts
        # only a claim that answers it.
        ("it is still unclear who will take over from the head teacher",
         "The governors wanted the head teacher to stay for another year", A),
        ("we still do not know who set fire to the barn",
         "The farmer's nephew set fire to the barn", X),
        ("it is unclear who set fire to the barn", "The farmer's nephew set fire to the barn", X),
        ("it is far from clear what the mayor will spend the money on",
         "The mayor was handed the money by the council", A),
        # "Not the first time" says it happened before as well: no negation.
        ("this isn't the first time the bakery has been rumoured to open a second shop",
         "The bakery will open its first shop in the old station", A),
        ("it is not the first time that the band has split up", "The band split up in March", A),
        ("the bakery did not open its first shop", "The bakery opened its first shop", D),
        # That something may not be so casts doubt on the claim; it denies nothing.
        ("the new ferry service might not be free", "The ferry service will be free to riders", X),
        ("the fire may not have been started by the tenants", "The tenants started the fire", X),
        ("the fire was not started by the tenants", "The tenants started the fire", D),
    ],
)  # fmt: skip
def test_negations_and_doubts_read_closer(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


def test_a_verb_in_a_relative_clause_is_someone_elses(lexicon: Lexicon) -> None:
    content = "the film shows how common the problem is, for those who deny its existence"
    assert classify_stance("said", content, lexicon) is A
    assert classify_stance("said", "the ministry denied it", lexicon) is D


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # An opening adverbial clause is not the main clause.
        ("If the council does not tidy the park, the residents will tidy it themselves",
         "The residents will tidy the park", A),
        ("the council will not tidy the park", "The council will tidy the park", D),
        # A norm's negation agrees with the same negation.
        ("while a leak cannot be ruled out, the lack of any reports of one is telling",
         "While a leak could not be ruled out, the lack of any reports of one", A),
        # Doubting what a negative claim says is not so agrees with it.
        ("he doubted he would ever have a chance to meet a woman",
         "There was no chance of ever meeting a woman", A),
        ("she doubted there was a flat left in the city", "There are flats left in the city", X),
    ],
)  # fmt: skip
def test_clauses_norms_and_doubted_negatives(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        # A person dismissed or rejected is removed or refused.
        ("had to dismiss", "him", A),
        ("dismissed", "her from the squad", A),
        ("dismissed", "the report", D),
        # An adjective before a cue word makes it a noun.
        ("said", "the launch slipped because of technical challenges", A),
        ("said", "the club faces serious questions from fans", A),
        ("said", "the club questioned the referee's decision", X),
    ],
)  # fmt: skip
def test_persons_refused_and_adjectives(
    lexicon: Lexicon, cue: str, content: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon) is stance


def test_no_comment_on_speculation_takes_no_position(lexicon: Lexicon) -> None:
    assert not lexicon.takes_position(
        "said", "the firm declined to comment on rumour or speculation"
    )
    assert lexicon.takes_position("said", "the firm declined to comment, calling it speculation")


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "not X but Y" negates X, not the verb.
        ("the rider did not test positive for caffeine but for something else",
         "The rider is banned after a failed test", A),
        ("the navy did not send ships but planes", "The navy sent ships to the coast", D),
    ],
)  # fmt: skip
def test_a_corrected_negation(lexicon: Lexicon, content: str, claim: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A purpose is no verdict.
        ("the clips were filmed by the militia for propaganda", A),
        ("the clips are propaganda", X),
        # A doubt granted in an opening concession gives way to the point.
        ("While it is unclear who will direct, the studio has hired a writer", A),
        ("it is unclear who will direct the film", X),
        # An adjective before a cue word makes it a noun.
        ("the court settles civil disputes between neighbours", A),
    ],
)  # fmt: skip
def test_purposes_concessions_and_civil_disputes(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A short denial about a thing it names that the claim does not speak of.
        ("this profile is, in fact, a fake", "Whole towns had been flooded overnight", A),
        ("the profile is fake", "The profile belongs to the mayor", D),
        # A short denial of what was told points back.
        ("that version is simply false", "Whole towns had been flooded overnight", D),
    ],
)  # fmt: skip
def test_a_short_denial_of_another_thing(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A scornful adjective before a thing describes it.
        ("I am tired of these ridiculous hats", "The club banned hats at matches", A),
        ("these ridiculous claims about the club", "The club banned hats at matches", D),
        # "Fake" before a noun still says something is not what it claims to be.
        ("a fake club account posted the ban", "The club banned hats at matches", D),
        # Two negations rarely contradict: a negative claim is contradicted by a
        # content that says what it negates.
        ("the fair will not be on the 3rd of May", "The fair on the 3rd of May will not take place",
         A),
        ("the fair will take place on the 3rd of May",
         "The fair on the 3rd of May will not take place", D),
        # ... a negation in the claim's relative clause is not the claim's.
        ("the club did not hold a fair", "The club held a fair that did not raise money", D),
        # A doubt about who, how or what, that the claim does not speak of.
        ("it is unclear how the new kit will look, but the club is in talks",
         "The club is trying to sign a striker", A),
    ],
)  # fmt: skip
def test_scorn_two_negations_and_open_questions(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Nothing but a lie" calls something a lie; "nothing more than" affirms.
        ("he is not dead", "That the singer had died is nothing, but a lie", A),
        ("the sighting was nothing more than a stunt", "It could have been a publicity stunt", A),
        # A quantifier before what is negated is passed over.
        ("that is one of the costs of the job",
         "The driver was not one of the 12 people on the list", A),
        # Two negative sentences rarely contradict.
        ("there is no ban or new rule", "The school has not banned the word", A),
        ("the 30 boats seized are not those of the fleet",
         "None of the 30 boats seized belongs to the fleet", A),
        ("the school banned the word", "The school has not banned the word", D),
        # "No reliable proof" doubts.
        ("there is no reliable proof that the tape is authentic", "The tape shows the mayor", X),
    ],
)  # fmt: skip
def test_affirming_negations_quantifiers_and_two_negatives(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


def test_a_comment_withheld_however_qualified_negates_nothing(lexicon: Lexicon) -> None:
    assert lexicon.negations("the singer made no public comments on the matter") == ()


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A verb that says little by itself is negated with its object.
        ("the rock landed near the port and did not cause any injuries",
         "A loud bang was caused by the rock", A),
        ("the storm did not cause any damage", "The storm caused damage to homes", D),
        # What is wanted or needed is the object.
        ("We don't want no trouble with the neighbours",
         "The baker wanted customers to know the shop had moved", A),
        ("the club does not need more money", "The club needed new players", A),
        ("we don't want any trouble", "The baker wanted trouble with the council", D),
        ("the club does not need new players", "The club needed new players", D),
        # Other verbs are negated by themselves.
        ("the navy did not send any ships", "The navy sent planes", D),
    ],
)  # fmt: skip
def test_a_general_verb_is_negated_with_its_object(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # A denial or doubt in a clause of contrast with its own subject is its own.
        ("he will keep preaching, despite the bishop moving to rubbish his claims", A),
        ("they ran a fine operation while critics have remained sceptical", A),
        ("the claims are rubbish", D),
        ("we remained sceptical while the talks went on", X),
    ],
)  # fmt: skip
def test_a_doubt_in_a_clause_of_contrast_is_its_subjects(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_determining_is_negated_with_its_object(lexicon: Lexicon) -> None:
    content = "the panel could not determine the makeup of the rock"
    claim = "The panel determined that the rock was a meteorite"
    assert classify_stance("said", content, lexicon, claim=claim) is A
    content = "the panel did not determine that the rock was a meteorite"
    assert classify_stance("said", content, lexicon, claim=claim) is D


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A question asks about what it says of its subject.
        ("it is not clear if the comet broke up or sank", "A panel found that a comet hit the bay",
         A),
        ("it is not clear if the comet hit the bay", "A panel found that a comet hit the bay", X),
        ("we don't know if he is dead or alive", "The hostage is dead", X),
    ],
)  # fmt: skip
def test_a_question_asks_about_its_predicate(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # "A false flag" names a kind of operation.
        ("the blog says the raid was a false flag operation", A),
        # Speculation or scepticism that something stirs or spreads is others'.
        ("the palace called a briefing amid speculation about the king's health", A),
        ("let us not scare people by passing on speculation and rumour", A),
        ("the news sparked both scepticism and hope in the town", A),
        ("he often goes online to post propaganda", A),
        ("the reports are speculation", X),
    ],
)  # fmt: skip
def test_idioms_and_doubts_that_circulate(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_not_knowing_agrees_however_the_negation_reads(lexicon: Lexicon) -> None:
    content = "we don't know how true it is until we check it"
    claim = "The mayor doesn't know how true it is until the mayor checks it"
    assert classify_stance("said", content, lexicon, claim=claim) is A
    claim = "The bridge stays shut until the council checks it"
    assert classify_stance("said", content, lexicon, claim=claim) is X


@pytest.mark.parametrize(
    ("clause", "predicate"),
    [
        # The negation is left out: what is denied is the predicate itself.
        ("the bronze statue had not been moved", {"mov"}),
        ("the Varga mayor was never the owner of the yacht", {"owner"}),
        ("the harbour master resigned last spring", {"resign"}),
        ("he plans to resign", {"plan", "resign"}),
        ("the ferry was sent back", {"deploy"}),
        # A relative clause or an aside of the subject holds no predicate of the clause.
        ("dockers who have ties to the union were fired", {"fir"}),
        ("the mayor, a keen sailor, is personally steering the boat", {"steer"}),
        # Nothing to compare: a light or verdict predicate, no subject, "there is".
        ("he had anything to do with it", set()),
        ("the tale was a hoax", set()),
        ("has recently sold two ferries", set()),
        ("there is a rat problem in the harbour office", set()),
    ],
)
def test_clause_predicate(clause: str, predicate: set[str]) -> None:
    assert clause_predicate(clause) == predicate


@pytest.mark.parametrize(
    ("clause", "claim", "fits"),
    [
        ("the keeper was arrested", "The Varga keeper was arrested on Monday", True),
        # Another thing said of the same person does not answer the claim.
        ("the keeper was identified", "The Varga keeper was arrested on Monday", False),
        ("the plans were leaked", "The Varga ferry plans were approved by the council", False),
        # Near-synonyms, entailment and excluding states answer it.
        ("the keeper was detained", "The Varga keeper was arrested on Monday", True),
        ("smugglers were caught at the pass", "Smugglers were apprehended at the pass", True),
        ("the painter was killed", "The painter died in the fire", True),
        ("the clock is safe", "The clock was stolen from the museum", True),
        # No predicate to compare: any claim will do.
        ("there was such a meeting", "The mayor met the smugglers", True),
        # A thing denied answers a claim that says it, not one that only names
        # what it is of.
        (
            "any part in the ferry's late arrival",
            "The harbour master sold the ferry to a Danish yard last spring",
            False,
        ),
        ("any involvement in the fire at the mill", "The guard was involved in the fire", True),
        # A telling, or what points back, may be about anything; a clause is
        # compared by its predicate as before.
        ("any such reports", "The harbour master sold the ferry", True),
        ("any such sale", "The harbour master sold the ferry", True),
        ("any such thing has happened", "The harbour master sold the ferry", True),
    ],
)
def test_denies_predicate_of(clause: str, claim: str, fits: bool) -> None:
    assert denies_predicate_of(clause, claim) is fits


@pytest.mark.parametrize(
    ("cue", "against"),
    [
        ("denied", True),
        ("rejected reports", True),
        ("cast doubt on", True),
        ("said", False),
        ("told reporters", False),
        (None, False),
    ],
)
def test_cue_denies_or_doubts(cue: str | None, against: bool) -> None:
    assert cue_denies_or_doubts(cue) is against


FERRY = "The ferry sank off the cape"
CONTRACT = "The council signed a $40 contract"


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # A verdict right after the claim's own words is said of them.
        ("said", "Reports that the ferry sank off the cape were false", FERRY, D),
        ("wrote", "The ferry sank off the cape is a hoax, according to", FERRY, D),
        # Saying no is a refusal, not a negation of what follows.
        (None, "She said no and tore up the lease", "The tenant tore up the lease", A),
        (None, "The mayor said no ferries were sold", "The mayor sold the ferries", D),
        # A "million" left out once given is the same figure.
        ("said", "the council signed a $40 million contract with the yard", CONTRACT, A),
        ("said", "the council signed a $90 contract with the yard", CONTRACT, D),
    ],
)  # fmt: skip
def test_stance_toward_a_claim_it_names(
    lexicon: Lexicon, cue: str | None, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # A hoax under a modal, whatever adverbs stand between, is possibly false.
        ("told", "the tape could quite easily be a hoax", None, X),
        ("said", "the photo might very well be fake", None, X),
        ("said", "the photo could only be a fake", None, D),
        # A swindle named after a preposition is a deed, not a verdict.
        ("said", "In 2011 he was jailed over a lottery scam in Leeds", None, A),
        ("said", "she was arrested for an online ticket scam", None, A),
        ("said", "the lottery win is a scam", None, D),
        ("said", "the lottery win is part of a scam", None, D),
        # Unnamed others' doubt that a content reports is theirs, not the speaker's.
        ("tweeted", "Some people question why the town needs a lifeboat. This is why!",
         "The lifeboat crew rescued six sailors", A),
        ("said", "critics have doubted the figures", "The council spent 3 million on roads", A),
        ("said", "we doubt the figures", "The council spent 3 million on roads", X),
        # A long denial that only points back at a telling ("these claims") gives
        # its verdict on the claim it is filed under.
        ("added", "There is no truth whatsoever to these claims. We categorically deny"
         " these allegations", "The striker failed a doping test", D),
        ("said", "the league has looked into it and there is no truth at all in those"
         " reports", "The striker failed a doping test", D),
        # The terms of an agreement or a promise are the agreement's: a negation
        # in them denies no claim.
        ("said to", "there is an agreement between Lumo and Vexa that the supplier will not"
         " build tablets for rivals", "Vexa builds tablets for Lumo's rivals", A),
        ("said", "the club gave a pledge that it will not sell the striker",
         "The club sold the striker", A),
        ("said", "the club did not sell the striker", "The club sold the striker", D),
        # A search that found nothing of a thing reports a finding, said as so:
        # by itself it asserts, and it denies a claim that the thing was so.
        ("said", "the flat was tidy and we found no signs of a break-in", None, A),
        ("said", "divers found no trace of the trawler",
         "The trawler was found on the seabed", D),
        ("said", "the vet found no sign of poisoning", "The racehorse was poisoned", D),
        ("said", "officers found no evidence of her arrest", "The singer was arrested", D),
        # Having none, or finding none for a clause, still doubts.
        ("said", "we have no evidence of a break-in", None, X),
        ("said", "we found no evidence that he was ever in Lisbon", "He was in Lisbon", X),
        # A swindle that something holds, carries or runs is a deed too: the
        # letter carrying a scam says nothing of what the letter told.
        ("reported", "the text message may have contained a banking scam",
         "The bank's chief resigned on Monday", A),
        ("said", "the brothers ran a ticket scam for years", None, A),
        ("said", "the whole raffle was a scam", None, D),
        # "Without X" says what "not have X" says: the two agree.
        (
            "said",
            "he would not have a phone for a month",
            "Rami Osei would be without a phone for a month while abroad",
            A,
        ),
        ("said", "the convoy did not cross", "The convoy crossed the river without lights", D),
        # A negated subject's verb in "-s" is what is negated, not the participle
        # after its noun: finding the wrecks does not contradict that none of
        # the wrecks found belongs to the fleet.
        (
            "told",
            "Divers found the wrecks of at least 12 boats off the reef",
            "None of the 12 wrecks found off the reef belongs to the missing fleet",
            A,
        ),
        (
            "told",
            "The wrecks belong to the missing fleet",
            "None of the 12 wrecks found off the reef belongs to the missing fleet",
            D,
        ),
    ],
)  # fmt: skip
def test_modal_hoaxes_deeds_lacks_and_negated_subjects(
    lexicon: Lexicon, cue: str | None, content: str, claim: str | None, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim) is stance


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("If the dam was opened, the valley would flood", True),
        ("In the event the talks fail, the strike would go ahead", True),
        ("Should the council refuse, the mayor would resign", True),
        ("Were the army to withdraw, the town would fall", True),
        ("Unless the fee is paid, the licence lapses", True),
        ("The dam was opened and the valley flooded", False),
        ("Ifeoma Obi was elected mayor", False),
        ("In the capital, troops were seen on the streets", False),
        ("Should not be confused with the older model", False),
    ],
)
def test_supposes(text: str, supposed: bool) -> None:
    assert supposes(text) is supposed


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Asking whether the nurses there are trained for the flu asks about
        # their training, not about the nurses the claim says were sacked there.
        (
            "there is no word on whether nurses still working in Tarn are trained for the flu",
            "The council sacked two dozen nurses in Tarn last month",
            A,
        ),
        # A question about the claim's own predicate doubts it, and so does one
        # that asks about the claim's object in other words.
        (
            "there is no information on whether the nurses in Tarn were sacked",
            "The council sacked two dozen nurses in Tarn last month",
            X,
        ),
        (
            "it is unclear if the boats are fitted with radar",
            "The boats were equipped with radar",
            X,
        ),
    ],
)
def test_a_question_doubts_what_its_predicate_says(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # A hoax as a modal's other alternative is possibly false.
        ("said", "the rash could have come from a plant or be a complete fake", None, X),
        ("said", "the rash came from a plant or is a complete fake", None, D),
        # A denial worded as a negative sentence says what a negative claim says.
        ("denied", "No guard left the gate open", "No guard left the gate open", A),
        ("denied", "No guard left the gate open", "A guard left the gate open", D),
    ],
)  # fmt: skip
def test_hedged_alternatives_and_denials_in_negative_words(
    lexicon: Lexicon, cue: str | None, content: str, claim: str | None, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim) is stance


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("A blast that size should have also shattered every window in the street", True),
        ("The dent would have been made by a hammer of some weight", True),
        ("The boom could have come from a quarry blast", False),
        ("The new line would cost 40 million", False),
    ],
)
def test_what_would_or_should_have_been_supposes(text: str, supposed: bool) -> None:
    assert supposes(text) is supposed


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # Another's doubt, told in the speaker's own account of it, is theirs.
        ("Even after I showed them the cast, they were very doubtful it was a lynx", A),
        ("I phoned the wardens and they doubted the sighting", A),
        ("I am very doubtful it was a lynx", X),
        # Another's words quoted inside what the speaker says.
        ("They told me, 'We don't know what we saw.' I said, 'A lynx", A),
        ("We don't know what they saw", X),
        # A denial supposed, not made.
        ("we will take the visitors even if the sighting is not true", A),
        ("whether or not the sighting is true, the trail stays shut", A),
        ("the sighting is not true", D),
    ],
)  # fmt: skip
def test_others_doubt_and_supposed_denials_take_no_side(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_not_the_only_one_negates_nothing(lexicon: Lexicon) -> None:
    # One was hurt, and more may be: no denial that the keeper was hurt.
    claim = "The keeper was hurt by the bear"
    content = "I fear the keeper will not be the only one hurt by the bear"
    assert classify_stance("said", content, lexicon, claim) is A
    assert classify_stance("said", "the keeper was not hurt by the bear", lexicon, claim) is D


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # Unaware that X, of someone named: an account that takes X as so.
        ("the keeper was not aware that the gate was open", A),
        # The speaker's own unawareness doubts.
        ("we are not aware that any gate was left open", X),
        ("the zoo is not aware of any escape", X),
    ],
)
def test_unaware_that_of_someone_named_is_an_account(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_a_light_passive_is_said_of_its_subject() -> None:
    # A light verb in the passive says nothing: its subject names the event.
    ruling = "a final ruling on the keeper has been made"
    assert clause_predicate(ruling)
    assert not denies_predicate_of(ruling, "The keeper was fired from the zoo")
    assert denies_predicate_of(ruling, "The court ruled that the keeper must go")
    assert not clause_predicate("it has been made")


@pytest.mark.parametrize(
    ("content", "claim", "answers"),
    [
        # What a thing is not, against a claim that names that kind in passing.
        ("It's not a documentary", "Lena Holt is in talks for a part in a documentary", False),
        ("It's not a documentary", "The film is a documentary", True),
        ("the show was never going to be a debate", "The channel will air a debate on zoos", True),
        ("the keeper was not aware of it", "The film is a documentary", True),
        # The kind ends with its clause: what follows a semicolon or a dash is
        # another clause, not more of the noun phrase.
        (
            "It's not a documentary; it's not the life of Lena Holt",
            "Lena Holt is in talks for a part in a documentary",
            False,
        ),
        (
            "It's not a documentary \u2014 it's a comedy about a zoo",
            "Lena Holt is in talks for a part in a documentary",
            False,
        ),
        ("It's not a documentary; it's a comedy", "The film is a documentary", True),
        ("It's not a nature documentary", "The film is a nature documentary", True),
    ],
)  # fmt: skip
def test_what_a_thing_is_not_answers_only_its_own_kind(
    content: str, claim: str, answers: bool
) -> None:
    assert negates_a_kind_of(content, claim) is answers


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # Inventing the telling, with its object before the particle.
        ("the young trader made it all up", D),
        ("I think he made the whole thing up.", D),
        ("there is no way we are making this up", A),
        ("he did not make it all up", A),
        # A telling called absurd.
        ("the keeper calls the escape claims completely absurd", D),
        ("the reports are ludicrous", D),
        ("a crazy day at the zoo", A),
    ],
)
def test_made_up_and_absurd_tellings_deny(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_a_denial_hoped_for_doubts(lexicon: Lexicon) -> None:
    # Hoping that it is false is not knowing that it is.
    assert classify_stance("said", "I cannot confirm it and I hope it isn't true", lexicon) is X
    assert classify_stance("said", "it isn't true", lexicon) is D


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "No" before a noun phrase denies there is any of its head.
        ("the zoo is asking officials in the region for more information",
         "The zoo has no official permit from the council to keep the lynx", A),
        ("the zoo has an official permit from the council to keep the lynx",
         "The zoo has no official permit from the council to keep the lynx", D),
        ("the keeper has no official role", "The keeper has an official role in the search", D),
        # "No longer" is no noun phrase.
        ("the zoo will stop feeding the bears at noon",
         "The zoo will no longer feed the bears at noon", A),
    ],
)  # fmt: skip
def test_no_denies_the_head_of_its_noun_phrase(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim) is stance


def test_a_denial_of_who_someone_was_answers_only_a_claim_of_who_they_were() -> None:
    from claimtrack.stance import denies_predicate_of

    clause = "the woman in the photograph was Marla Quint"
    assert denies_predicate_of(clause, "The woman in the photograph was the singer Marla Quint")
    assert denies_predicate_of(clause, "Police identified her as Marla Quint")
    assert not denies_predicate_of(
        clause, "A fan said she saw Marla Quint at the market wearing the same red coat"
    )


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A negative claim found by the words they share is contradicted by a
        # plain sentence only when what it negates is the sentence's predicate.
        ("the council has approved the new bridge", "The council has not approved the bridge", D),
        ("the council plans to halt approvals for new bridges",
         "The council will no longer approve new bridges", A),
        ("the town is the region's bridge approval capital",
         "The council will no longer approve new bridges", A),
        # What a thing is not is contradicted by calling it so in any role.
        ("the army has detained the wife of the rebel leader Omar Dabo",
         "A woman held by the army is not the wife of rebel leader Omar Dabo", D),
    ],
)  # fmt: skip
def test_a_plain_sentence_denies_a_grouped_negative_claim_by_its_predicate(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


def test_ages_of_different_people_do_not_contradict(lexicon: Lexicon) -> None:
    claim = "A 15-year-old pupil filmed the coach at the gym"
    assert classify_stance("said", "the 34-year-old coach was suspended", lexicon, claim) is A
    assert classify_stance("said", "a 17-year-old pupil filmed the coach", lexicon, claim) is D


def test_counts_of_different_acts_do_not_contradict(lexicon: Lexicon) -> None:
    claim = "Rescue crews evacuated more than 60 households from the valley"
    # Another act's count says nothing against the claim's.
    other = classify_stance(
        "said", "the crews sheltered 12 households overnight", lexicon, claim=claim, grouped=True
    )
    assert other is Stance.ASSERTS
    # The same act counted otherwise does.
    same = classify_stance(
        "said", "the crews evacuated 12 households", lexicon, claim=claim, grouped=True
    )
    assert same is Stance.DENIES


def test_asking_for_a_denial_takes_no_position(lexicon: Lexicon) -> None:
    assert not lexicon.takes_position("asked", "if she would deny the figure")
    assert not lexicon.takes_position("asked", "whether they would confirm the sale")
    assert lexicon.takes_position("asked", "if we could help with the clean-up")


def test_a_clause_opened_by_its_verb_has_that_predicate() -> None:
    # "denied having agreed to a truce": the subject is the one who denies, the
    # predicate the verb that opens the clause.
    assert clause_predicate("having agreed to a truce with the rebels") == {"agre"}
    assert clause_predicate("attacking anyone at the march") == {"attack"}
    # So it denies a claim of that predicate, not another that names a truce.
    assert denies_predicate_of("having agreed to a truce", "The rebels agreed to a truce")
    assert not denies_predicate_of(
        "having agreed to a truce", "Rebels burned two villages after the truce was announced"
    )
    # A sentence's opening phrase is no such clause.
    assert clause_predicate("Speaking to reporters") == frozenset()


def test_no_information_on_a_thing_takes_no_position(lexicon: Lexicon) -> None:
    # Nothing known of a thing named by a noun tells nothing, as "could not
    # confirm" tells nothing; information that something is so is doubted.
    assert not lexicon.takes_position("said", "she had no information on the pilot's fate")
    assert not lexicon.takes_position("said", "they had no information about the convoy")
    assert not lexicon.takes_position(
        "said", "he sold the boat in May but did not have any information on its new owner"
    )
    assert lexicon.takes_position("said", "she had no information that the pilot was captured")
    assert lexicon.takes_position("said", "we have no information to suggest the convoy was hit")


def test_a_contrast_agrees_with_a_claim_negating_the_same(lexicon: Lexicon) -> None:
    # "act calmly and not alarm the town" says what the claim says is not to be done.
    stance = classify_stance(
        "urged",
        "residents to act calmly and not alarm the town",
        lexicon,
        claim="Officials have a duty to not needlessly alarm the town",
        grouped=True,
    )
    assert stance is Stance.ASSERTS


def test_a_verdict_word_in_an_aside_or_a_seeming_is_no_denial(lexicon: Lexicon) -> None:
    # An aside in brackets qualifies a word; it calls no claim false.
    aside = "The worst worry (absurd, I know, but real) is the damp in the cellar"
    assert classify_stance("said", aside, lexicon) is Stance.ASSERTS
    # Granted in passing before "but", a seeming is gone on from.
    granted = "it may sound ridiculous, but the town is running out of water"
    assert classify_stance("said", granted, lexicon) is Stance.ASSERTS
    # A seeming said by itself doubts: it is not known to be false.
    assert classify_stance("said", "the photograph looks fake", lexicon) is Stance.DISPUTES
    assert classify_stance("said", "the photograph is fake", lexicon) is Stance.DENIES


def test_fake_before_a_plain_noun_names_a_kind_of_thing(lexicon: Lexicon) -> None:
    # A counterfeit thing is no telling called false.
    for content in (
        "the smuggler crossed the border on a fake passport",
        "the prototype was hidden in a fake casing to fool onlookers",
        "she carried fake IDs",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # A telling called fake, or a thing called so, is denied.
    for content in (
        "the picture is fake",
        "it is a fake account",
        "a fake council report claims the park will close",
        "the singer was exposed as a fake after the show",
    ):
        assert classify_stance("said", content, lexicon) is Stance.DENIES, content


def test_a_hope_beside_a_refusal_to_confirm_takes_no_position(lexicon: Lexicon) -> None:
    # What is not confirmed is only hoped to be false: no doubt of it.
    assert not lexicon.takes_position("said", "I cannot confirm that and I hope that it isn't true")
    # Doubt beside the refusal is still doubt.
    assert lexicon.takes_position("said", "I cannot confirm that, and I doubt it is true")


def test_a_false_thing_in_a_supposed_case_calls_nothing_false(lexicon: Lexicon) -> None:
    # What would happen for any false story says nothing of the claim.
    supposed = (
        "he has been telling colleagues that a junior reporter would have been sacked"
        " on the spot for a false story"
    )
    claim = "The editor still has the backing of the paper"
    assert classify_stance("said", supposed, lexicon, claim=claim) is Stance.ASSERTS
    assert classify_stance("said", supposed, lexicon) is Stance.ASSERTS
    assert (
        classify_stance("said", "a shop could be fined over a fake review", lexicon)
        is Stance.ASSERTS
    )
    # A story called false is still denied.
    assert classify_stance("said", "it was a false story", lexicon) is Stance.DENIES
    assert (
        classify_stance("said", "the paper was sued over a false story", lexicon) is Stance.DENIES
    )


def test_a_command_to_someone_else_denies_nothing(lexicon: Lexicon) -> None:
    # "Keep ... and don't sign": the listener is told what not to do.
    told = "To my brother: keep your head up and don't sign anything they hand you"
    claim = "Most of the workers signed the new contract"
    assert classify_stance("said", told, lexicon, claim=claim) is Stance.ASSERTS
    # A clause with its own subject negates its predicate.
    own = "We read it twice and did not sign the new contract"
    assert classify_stance("said", own, lexicon, claim=claim) is Stance.DENIES


def test_an_infinitive_s_second_verb_is_not_the_speaker_s(lexicon: Lexicon) -> None:
    # "a chance to ... and reject": what others may do, no denial.
    content = "this gives voters a chance to think again and reject the plan"
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS
    assert classify_stance("said", "the council rejected the plan", lexicon) is Stance.DENIES


def test_numbers_given_as_bounds_or_beside_the_claim_do_not_contradict(
    lexicon: Lexicon,
) -> None:
    claim = "Witnesses heard the alarm ring at least 12 times"
    # A lower bound agrees with any larger count, an upper bound with a smaller one.
    assert (
        classify_stance("said", "the alarm rang at least eight times", lexicon, claim=claim)
        is Stance.ASSERTS
    )
    assert (
        classify_stance("said", "the alarm rang up to 15 times", lexicon, claim=claim)
        is Stance.ASSERTS
    )
    # A plain count below the claim's least contradicts it.
    assert classify_stance("said", "the alarm rang 5 times", lexicon, claim=claim) is Stance.DENIES
    # Saying the claim's words, the content asserts them whatever else it counts.
    sales = "The firm will sell 3 million phones in the first six months"
    said = sales + ". A survey found 20% of 2,000 people would buy one within 12 months"
    assert classify_stance("predicted", said, lexicon, claim=sales) is Stance.ASSERTS


def test_a_content_giving_the_claims_count_asserts_it_whatever_else_it_counts(
    lexicon: Lexicon,
) -> None:
    claim = "The basic tablet will cost $300"
    content = "the tablet would cost $300, so a deluxe model may well sell for over $900"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.ASSERTS
    # Another count alone still contradicts it.
    assert (
        classify_stance("said", "the tablet would cost $900", lexicon, claim=claim) is Stance.DENIES
    )


def test_what_is_no_longer_so_does_not_deny_what_was(lexicon: Lexicon) -> None:
    claim = "For years the mayor would tell visitors that the harbour was a hidden gem"
    content = (
        "For years I would tell visitors that the harbour was a hidden gem."
        " With the new ferry, it is not hidden anymore"
    )
    assert classify_stance(None, content, lexicon, claim=claim) is Stance.ASSERTS
    # A claim about now is still contradicted.
    now = "The harbour is hidden from the road"
    assert (
        classify_stance(None, "the harbour is not hidden anymore", lexicon, claim=now)
        is Stance.DENIES
    )


def test_a_part_of_the_claim_said_alone_does_not_contradict_it(lexicon: Lexicon) -> None:
    claim = (
        "The guard heard a crash, and at the time she did not notice the smoke coming from"
        " the store until later"
    )
    # "did not notice ... until later" says she noticed it later; the content, cut
    # before "until", is the same words and no denial of them.
    content = "At the time she did not notice the smoke coming from the store"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.ASSERTS
    # The opposite said in other words still contradicts.
    assert (
        classify_stance(
            "said", "the guard heard no crash", lexicon, claim="The guard heard a crash"
        )
        is Stance.DENIES
    )


def test_satire_as_a_manner_of_writing_calls_nothing_made_up(lexicon: Lexicon) -> None:
    content = "she left to write about the fashion world in a biting satirical voice"
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS
    assert classify_stance("said", "the story came from a satirical site", lexicon) is Stance.DENIES


def test_counts_over_different_spans_or_prices_do_not_contradict(lexicon: Lexicon) -> None:
    claim = "The ministry will hand out 2 million vouchers within the first three months"
    # The same thing counted over another span counts something else.
    over_year = "the ministry hopes to hand out more than 9 million vouchers in 2031"
    assert classify_stance("said", over_year, lexicon, claim=claim) is Stance.ASSERTS
    floods = "The floods have left 400 families homeless this year"
    since = "the floods have left 5,000 families homeless since 2012"
    assert classify_stance("said", since, lexicon, claim=floods) is Stance.ASSERTS
    # Over the same span, or with no span on either side, a different count contradicts.
    same = "the ministry will hand out 6 million vouchers within the first three months"
    assert classify_stance("said", same, lexicon, claim=claim) is Stance.DENIES
    plain = "The storm damaged 30 houses"
    assert classify_stance("said", "the storm damaged 300 houses", lexicon, claim=plain) is (
        Stance.DENIES
    )
    # A price is no count of what it buys.
    bikes = "The shop sold 500 bicycles"
    price = "the shop sold its $900 bicycles with a lock"
    assert classify_stance("said", price, lexicon, claim=bikes) is Stance.ASSERTS


def test_a_negated_quantity_is_not_contradicted_by_another_quantity(lexicon: Lexicon) -> None:
    claim = "There is not a lot happening at the market"
    # "a lot" says how much happens; "a lot of the stalls" is a quantity of another thing.
    content = "the closure will hurt a lot of the stalls"
    assert classify_stance(None, content, lexicon, claim=claim) is Stance.ASSERTS
    # What the quantity is of, negated the other way, still contradicts.
    claim = "The market opened on Sunday"
    content = "the market did not open on Sunday"
    assert classify_stance(None, content, lexicon, claim=claim) is Stance.DENIES


def test_what_such_bodies_usually_deny_is_told_not_denied(lexicon: Lexicon) -> None:
    # A later sentence with a plural subject and no determiner tells a habit.
    content = "We raise it every year. Ministries always reject it. Then the papers print it"
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS
    # The speaker's own denial, or a named body's, is still a denial.
    assert classify_stance("said", "We raise it. We reject the report", lexicon) is Stance.DENIES
    content = "We raise it. The ministry rejected the report"
    assert classify_stance("said", content, lexicon) is Stance.DENIES
    # A headline's opening subject is the denier it reports.
    assert classify_stance(None, "Engineers dismiss reports", lexicon) is Stance.DENIES


def test_what_there_was_no_sign_of_is_a_finding(lexicon: Lexicon) -> None:
    content = "There were no traces of poison and no signs of a struggle, the coroner's office said"
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS
    # It still says the opposite of a claim that there was a struggle.
    claim = "There was a struggle in the cabin"
    content = "there were no signs of a struggle in the cabin"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.DENIES
    # No evidence now, or none for a clause, is still doubt.
    content = "There is no evidence of a leak at the plant"
    assert classify_stance("said", content, lexicon) is Stance.DISPUTES
    content = "There was no evidence that the pipe leaked"
    assert classify_stance("said", content, lexicon) is Stance.DISPUTES


def test_a_habit_of_false_reports_is_no_verdict_on_one_claim(lexicon: Lexicon) -> None:
    content = "the agency is said to have previously published misleading figures on harvests"
    assert classify_stance(None, content, lexicon) is Stance.ASSERTS
    content = "the blogger has a long history of spreading false stories"
    assert classify_stance("said", content, lexicon) is Stance.ASSERTS
    # A verdict on the reports themselves still denies or doubts.
    assert classify_stance("said", "the harvest figures were misleading", lexicon) is (
        Stance.DISPUTES
    )
    content = "the agency previously said the harvest reports were false"
    assert classify_stance(None, content, lexicon) is Stance.DENIES


def test_a_thing_said_not_to_be_a_name_says_nothing_of_that_name_s_deeds(
    lexicon: Lexicon,
) -> None:
    claim = "The Red Hand militia has agreed to disarm by June"
    content = "the raids may not have been the Red Hand but a local gang"
    assert classify_stance("says", content, lexicon, claim=claim) is Stance.ASSERTS
    # A claim that says what the thing is, or of the same subject, is contradicted.
    claim = "The raiders were the Red Hand"
    content = "the raiders were not the Red Hand"
    assert classify_stance("says", content, lexicon, claim=claim) is Stance.DENIES
    claim = "The raids were carried out by the Red Hand"
    content = "the Red Hand did not carry out the raids"
    assert classify_stance("says", content, lexicon, claim=claim) is Stance.DENIES


def test_what_a_thing_is_not_contradicts_only_a_claim_of_what_it_is(lexicon: Lexicon) -> None:
    content = "The new bus is not a vehicle for commuters, and it will not be used by them"
    claim = "Engineers checked with the maker to find the final vehicle will carry 40 seats"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.ASSERTS
    # A claim of what it is, or one whose subject is of that kind, is contradicted.
    claim = "The new bus is a vehicle for commuters"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.DENIES
    claim = "A small drone crashed into the school roof"
    content = "the witnesses' account means it was not a drone"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.DENIES


def test_not_knowing_what_the_content_just_said_is_no_doubt_of_another_claim(
    lexicon: Lexicon,
) -> None:
    claim = "Divers have raised a bronze bell from the wreck in the bay"
    content = "The bell carries the ship's name. It may bear a date too, we don't know that yet"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.ASSERTS
    # Not knowing what the claim says is still doubt of it.
    content = "The bell may have been raised from the wreck, we don't know that yet"
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.DISPUTES
    assert classify_stance(
        "said", "We just don't know. We're looking at it", lexicon, claim=claim
    ) is (Stance.DISPUTES)


@pytest.mark.parametrize("cue", ["are skeptical", "remained doubtful", "were sceptical of"])
def test_a_cue_of_doubt_by_adjective_disputes(lexicon: Lexicon, cue: str) -> None:
    assert classify_stance(cue, "the bridge was closed for repairs", lexicon) is Stance.DISPUTES


def test_a_plain_copula_cue_reads_no_doubt(lexicon: Lexicon) -> None:
    assert (
        classify_stance("are sure", "the bridge was closed for repairs", lexicon) is Stance.ASSERTS
    )


def test_a_question_asking_who_says_it_denies_it(lexicon: Lexicon) -> None:
    claim = "The club has agreed to sell its ground to a developer"
    content = "Who says we are selling the ground to anybody? We never met any developer."
    assert classify_stance("said", content, lexicon, claim=claim) is Stance.DENIES
    # A doubt that follows gives way to the question's denial.
    content = "Who says the club has agreed to anything? We don't know yet what we'll do."
    assert classify_stance("said", content, lexicon) is Stance.DENIES
    # The question is found in any case, and in letters a case-blind match takes
    # for ASCII ones (a long s).
    content = "WHO \u017fAYS the club has agreed to anything? We don't know yet what we'll do."
    assert classify_stance("said", content, lexicon) is Stance.DENIES
    # Asking who said something, with no clause of its own, denies nothing.
    assert classify_stance("asked", "Who said that?", lexicon) is Stance.ASSERTS
    # Asking who says it is false defends it: no denial of it.
    content = "Who says the report is a hoax? It is all on film."
    assert classify_stance("said", content, lexicon) is not Stance.DENIES


def test_not_knowing_a_person_is_no_doubt(lexicon: Lexicon) -> None:
    for content in (
        "We don't know anybody by the name of Mustafa",
        "I do not know him and never met him",
        "They don't know the man who wrote the letter",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # Not knowing whether something is so still doubts it.
    assert classify_stance("said", "We don't know if anybody was hurt", lexicon) is Stance.DISPUTES
    assert classify_stance("said", "we just don't know", lexicon) is Stance.DISPUTES


def test_a_verdict_asked_for_is_not_given(lexicon: Lexicon) -> None:
    for content in (
        "Stay strong, Maria. Please confirm that these reports are fake, we all love you",
        "Can someone tell me this story is a hoax",
        "please tell us that the rumour is false",
    ):
        assert classify_stance("wrote", content, lexicon) is Stance.ASSERTS, content
    # A request to take note of it tells the verdict.
    content = "Please note that the photo going around is fake"
    assert classify_stance("wrote", content, lexicon) is Stance.DENIES


def test_a_doubt_told_as_the_effect_of_something_is_no_position(lexicon: Lexicon) -> None:
    for content in (
        "the years at sea meant he doubted he would ever settle on land",
        "the delays made them question whether the bridge would open",
        # A pronoun written twice by a slip is still the one whose state is told.
        "the night shifts meant he he doubted he would ever see his friends",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # The speaker's own doubt is still one.
    assert classify_stance("said", "he doubted the bridge would open", lexicon) is Stance.DISPUTES


def test_an_attack_on_a_satirical_outlet_calls_nothing_false(lexicon: Lexicon) -> None:
    for content in (
        'what the mayor called a "cowardly attack" on satirical weekly Le Hibou in Lyon',
        "masked men set fire to the offices of a satirical magazine",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # A story that came from a satirical site is still called made up.
    content = "the story first appeared on a satirical website"
    assert classify_stance("said", content, lexicon) is Stance.DENIES


def test_not_knowing_granted_before_what_is_known_is_no_doubt(lexicon: Lexicon) -> None:
    for content in (
        "I don't know the details of that night on the river. I do know Martin",
        "We don't know about the money, but what we do know is that he worked hard",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    assert classify_stance("said", "I don't know. I'm still looking", lexicon) is Stance.DISPUTES


def test_a_fraud_word_said_of_a_person_calls_no_claim_false(lexicon: Lexicon) -> None:
    for content in (
        'Yet Mr Okafor was "bogus" and a "pretender"',
        "she is a fake, and everyone in the village knows it",
        "Dr Lindqvist is simply a phony",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # Said of what was told, the same words still deny it.
    for content in ("the interview was bogus", "the letter he showed is a fake"):
        assert classify_stance("said", content, lexicon) is Stance.DENIES, content


def test_a_retort_that_the_listener_has_no_proof_is_no_doubt(lexicon: Lexicon) -> None:
    for content in (
        "We never hid anything and never denied it. You have no proof.",
        "you've got no evidence!",
    ):
        assert classify_stance("said", content, lexicon) is Stance.ASSERTS, content
    # What the listener cannot prove, named, is still doubted; so is the speaker's own lack.
    for content in ("You have no proof that the vote was rigged", "We have no proof."):
        assert classify_stance("said", content, lexicon) is Stance.DISPUTES, content


def test_a_reason_after_a_verdict_on_that_is_told_as_so(lexicon: Lexicon) -> None:
    # "that's not the case" answers words said before; the reason given after it
    # is what the content tells.
    for content in (
        "that's not the case as several photos also disappeared after the update",
        "That is not true, because the ferry left on time",
    ):
        assert classify_stance("say", content, lexicon) is Stance.ASSERTS, content
    for content in (
        "that's not the case",
        "that's not the case as far as we know",
        "the story is not the case because it was invented",
    ):
        assert classify_stance("say", content, lexicon) is Stance.DENIES, content


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # The claim is the content's own first sentence: what later sentences
        # deny or negate is something else, and the speaker states the claim.
        ("said", "The council will vote on the budget next week. The mayor is only saying "
         "the council has not voted yet", "The council will vote on the budget next week", A),
        # Its text may name someone the content calls by a surname.
        ("said", "Over two seasons, Okafor has missed eleven games with a knee injury. "
         "These rumours are completely false",
         "Over two seasons, Jude Okafor has missed eleven games with a knee injury", A),
        # A verdict closing the first sentence is said of the claim's words.
        ("said", "The council will vote on the budget next week is false. Nobody said so",
         "The council will vote on the budget next week", D),
        # A sentence after it that only takes it back still denies it.
        ("said", "The council will vote on the budget next week. No it won't",
         "The council will vote on the budget next week", D),
        # A denial cue always speaks.
        ("denied", "The council will vote on the budget next week. There is no such plan",
         "The council will vote on the budget next week", D),
        # A first sentence that is a different proposition is not the claim.
        ("said", "The council will not vote on the budget next week. It has no quorum",
         "The council will vote on the budget next week", D),
        ("said", "The new stadium will hold 40,000 fans next season. The plans are settled",
         "The new stadium will hold 60,000 fans next season", D),
    ],
)  # fmt: skip
def test_a_content_opening_with_its_claim_states_it(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # False alarms counted are events that happened, no verdict on a claim.
        ("Since the storm warning, the coastguard has logged 300 false alarms", A),
        ("The station endured weeks of false alarms before the fire", A),
        # One alarm called false still denies what it raised.
        ("The bomb scare at the stadium was a false alarm", D),
        ("The sightings of the escaped tiger turned out to be false alarms", D),
    ],
)
def test_false_alarms_counted_are_no_denial(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # "Few, if any" and "hardly any" say that there is none to speak of: a
        # content that negates too says what the claim says, beside its concession.
        ("the club did not sign players from any country in Asia",
         "While the club has signed many foreign players, few if any of them came from Asia", A),
        ("the factory did not pay its workers in March",
         "Hardly any of the workers were paid on time", A),
        # A claim that grants a quantity is still contradicted by the negation.
        ("the club did not sign players from any country in Asia",
         "While the club has signed many foreign players, most of them came from Asia", D),
        ("the factory did not pay its workers in March", "The workers were paid on time", D),
    ],
)  # fmt: skip
def test_few_if_any_reads_as_a_negative_claim(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A property of a thing questioned is not what the claim tells of it ...
        ("the engineer inspected the recovered drones and questioned their airworthiness",
         "Rebels have seized four military drones", A),
        ("she questioned the timing of the raid", "Police raided the house at dawn", A),
        # ... but a telling, a truth, or a noun the claim speaks of is doubted as told.
        ("the engineer questioned the report", "Rebels have seized four military drones", X),
        ("she doubted the authenticity of the video", "The video shows the hostage alive", X),
        ("the engineer questioned the capture of the drones",
         "Rebels have captured four military drones", X),
        ("she questioned the timing of the raid", "The raid was timed to catch the gang asleep", X),
        # A clause doubted is a proposition, whatever its verb: no property.
        ("I doubt the minister resigned", "The minister quit on Monday", X),
    ],
)  # fmt: skip
def test_a_property_questioned_is_not_the_claim(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A deed denied of another doer says nothing of the claim's doer ...
        ("there was no announcement made by the opposition",
         "The result was announced by the electoral commission", A),
        ("the strike was not called by the national union",
         "The strike was called by the drivers' local branch", A),
        # The other doer named in the claim only as a side of what was done.
        ("there was no announcement made by the rebels",
         "The truce between the army and the rebels was announced by the army chief", A),
        ("the deal was not signed by the club",
         "The deal between the club and the striker was signed by his agent on Monday", A),
        # ... but denies it of the same doer, of no doer, or a claim that names none.
        ("the strike was not called by the drivers' local branch",
         "The strike was called by the drivers' local branch", D),
        ("the strike was not called", "The strike was called by the drivers' local branch", D),
        ("there was no announcement made by the army chief",
         "The truce between the army and the rebels was announced by the army chief", D),
        ("the deal was not signed by the agent",
         "The deal between the club and the striker was signed by the striker's agent", D),
        ("the island is not owned by the golfer",
         "The island is owned by a famous athlete, the golfer", D),
        ("the strike was not called by the national union",
         "The national union called a strike", D),
    ],
)  # fmt: skip
def test_a_deed_denied_of_another_doer(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A doubt caused by what the claim says takes the claim for granted ...
        ("the delay in the trial casts doubt on the minister's promise of a vote in May",
         "The trial was delayed by two months", A),
        ("the late opening of the bridge will make questionable the mayor's claims that "
         "traffic will ease this year", "The bridge will open late, in the autumn", A),
        ("the closure of the plant calls the company's pledge to keep its workers into question",
         "The plant closed last week", A),
        # ... and still doubts what it doubts, or a claim its subject does not state.
        ("the delay in the trial casts doubt on the minister's promise of a vote in May",
         "The minister promised a vote in May", X),
        ("the late opening of the bridge will make questionable the mayor's claims that "
         "traffic will ease this year", "Traffic will ease this year", X),
    ],
)  # fmt: skip
def test_a_doubt_caused_by_the_claim_asserts_it(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A day denied is not the month the claim gives ...
        ("the sources said the launch will not be the 3rd of March",
         "The company may hold its launch some time in March", A),
        ("the sources said the launch will not be the 3rd of March",
         "The launch will be in March", A),
        ("the opening will not be on 12 June, 2016", "The show will open in June 2016", A),
        # ... but contradicts the same day, and a month denied outright.
        ("the opening will not be on June 12", "The opening will be on the 12th of June", D),
        ("the opening will not be in June", "The opening will be in June", D),
    ],
)  # fmt: skip
def test_a_day_denied_is_not_the_month_claimed(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A claim that someone is alive or something safe is contradicted by a
        # plain statement of what that state excludes ...
        ("the singer died on Sunday", "The singer is alive and well", D),
        ("the car was stolen last night", "The car is safe in the garage", D),
        # ... and agreed with by calling it false or denying it.
        ("reports of the singer's death are a hoax", "The singer is alive and well", A),
        ("rumours that the car was stolen are false", "The car is safe in the garage", A),
        # What the state does not exclude, and the state itself, are no contradiction.
        ("the singer cancelled the tour", "The singer is alive and well", A),
        ("the singer is alive", "The singer is alive and well", A),
    ],
)  # fmt: skip
def test_a_claimed_state_is_contradicted_by_what_it_excludes(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A negation in a relative clause is said of the noun the clause is on.
        (
            "the city opened a clinic that does not charge its patients",
            "The old hospital charges patients a fee",
            A,
        ),
        ("the mayor did not sign the order", "The mayor signed the order", D),
        # A telling called false denies only a claim that says what it told ...
        ("fans grieved at fake news that the actor had died", "The actor never felt better", A),
        ("fans grieved after fake news that the actor had died", "The actor is alive", A),
        ("fans grieved after fake news that the actor had died", "The actor died on Sunday", D),
        ("there were false reports that the mayor resigned", "The mayor resigned", D),
    ],
)  # fmt: skip
def test_negations_and_denials_of_something_else(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance
    assert classify_stance("said", content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # Misinformation or speculation that spreads is others', as when
        # something spreads it ...
        ("the team owes the coach an apology after misinformation circulated about him", A),
        ("speculation swirled that the mayor would resign", A),
        # ... but calling a telling so is the speaker's verdict.
        ("the report is misinformation", Stance.DISPUTES),
        ("this is propaganda spread by the rebels", Stance.DISPUTES),
    ],
)
def test_doubts_that_spread_are_others(lexicon: Lexicon, content: str, stance: Stance) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_an_irregular_past_starts_the_predicate_and_its_participle_reads_passive() -> None:
    from claimtrack.stance import predicate_roles

    # Each verb of the common list of irregular verbs: "sank", "wept" start the
    # predicate as "sailed" would.
    assert clause_predicate("The old ferry sank near the harbour") == {"sank"}
    assert clause_predicate("The mayor wept at the funeral") == {"wept"}
    # "was sunk by a storm": the subject undergoes it, the by-phrase does it.
    assert predicate_roles("The old ferry was sunk by a storm") == ("a storm", "The old ferry")
    assert predicate_roles("The gold was withheld by the bank") == ("the bank", "The gold")


def test_an_aside_of_how_the_speaker_knows_opens_no_framed_clause() -> None:
    # "that from what I saw X": the aside says how it is known, X what is said.
    assert "forg" in said_predicate(
        "it is obvious that from what the clerk saw every signature was forged"
    )
    assert "cancell" in said_predicate(
        "she is sure that as far as she can tell, the ferry was cancelled"
    )
    assert "see" not in said_predicate("it is plain that from what we saw the dam was breached")


def test_a_belief_framing_a_clause_without_that_says_the_clause() -> None:
    # "believed they had traced": the belief frames what is said of its actors.
    assert said_predicate("the inspectors believed they had traced the parcel") == {"trac"}
    assert said_predicate("the inspectors think we lost the parcel") == {"lose"}
    # "believed the courier": an object, no clause.
    assert not said_predicate("the inspectors believed the courier")


def test_a_verb_of_becoming_says_what_its_subject_became() -> None:
    assert clause_predicate("the parcel had gone missing") == {"miss"}
    assert clause_predicate("the courier has got lost") == {"lose"}
    # Where the word after it opens a phrase of its own, it says nothing.
    assert not clause_predicate("the parcel had gone to the depot")
    assert not clause_predicate("the parcel has gone back")


@pytest.mark.parametrize(
    ("clause", "done_to"),
    [
        ("the Harrow gang attacked two farms near Osk", "two farms"),
        # The passive's subject undergoes the act.
        ("The grain depot was raided by the gang on Friday", "The grain depot"),
        # Past a particle, and through a verb after "to".
        ("the council tore up the old charter", "the old charter"),
        ("Lumo is planning to unveil its new foldable phone", "its new foldable phone"),
        ("Lumo unveiled its thinnest tablet yet", "its thinnest tablet"),
        # A pronoun names nothing; a preposition after the verb says no object.
        ("Lumo unveiled it on Monday", ""),
        ("he was attacked by two men", ""),
        ("the mayor resigned from the board", ""),
    ],
)
def test_what_an_act_is_done_to(clause: str, done_to: str) -> None:
    from claimtrack.stance import predicate_object

    assert predicate_object(clause) == done_to


@pytest.mark.parametrize(
    ("content", "main"),
    [
        ("the ferry was sold WHEN the talks failed", "the ferry was sold "),
        ("The Ferry Was Sold Because Talks Failed", "The Ferry Was Sold "),
        ("the café was sold because talks failed", "the café was sold "),
        ("the \u212aiosk was sold, so that talks failed", "the \u212aiosk was sold, "),
        ("the ferry was sold – talks failed", "the ferry was sold"),
        ("the ferry wasn’t sold, Whose talks failed", "the ferry wasn’t sold, "),
    ],
)
def test_main_clause_ends_where_a_subordinate_clause_starts_in_any_case(
    content: str, main: str
) -> None:
    from claimtrack import stance as stance_module

    assert stance_module._main_clause(content) == main


def test_main_clause_of_ascii_and_other_text_is_cut_as_a_case_blind_search_cuts_it() -> None:
    import random
    import re

    from claimtrack import stance as stance_module

    words = [
        "the", "WHO", "Which", "so", "that", "He", "And", "THAT", "deals", "with", "among",
        "In", "Order", "to", "-", "\u2014", ";", "(", "[that", "\u212a", "caf\u00e9", "SINCE",
        "whoever", "rules", "between", "us", "x,", "despite", "ensure", "make", "sure",
    ]  # fmt: skip
    case_blind = re.compile(stance_module._CLAUSE_BREAK.pattern, re.IGNORECASE)
    chooser = random.Random(7)
    for _ in range(3000):
        content = " ".join(chooser.choice(words) for _ in range(chooser.randint(1, 12)))
        cut = case_blind.search(content, 1)
        expected = content[: cut.start()] if cut else content
        assert stance_module._main_clause(content) == expected, content


def test_shared_opening_words_match_as_the_phrases_alternation_does() -> None:
    import re

    from claimtrack import stance as stance_module

    phrases = [
        "has no proof", "has no proof at all", "has no firm proof", "had no", "hadn't",
        "hadn", "has not seen", "has not seen any proof", "has", "has no proof yet",
    ]  # fmt: skip
    trie = stance_module._word_trie(phrases)
    assert trie is not None
    fast = re.compile(trie, re.IGNORECASE)
    ordered = sorted(set(phrases), key=len, reverse=True)
    slow = re.compile(
        "|".join(stance_module._phrase_pattern(p, False) for p in ordered), re.IGNORECASE
    )
    texts = [
        "has no proof at all, he said", "HAS  NO\tPROOF yet", "has no proofs", "hadn't",
        "hadn’t", "hadn.", "has not seen any proof", "has not seen anyone", "has no firm",
        "hash", "has no proof at allied", "had no idea", "Has",
    ]  # fmt: skip
    for text in texts:
        for at in range(len(text)):
            expected = slow.match(text, at)
            found = fast.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (text, at)


def test_phrases_that_open_or_end_on_a_mark_keep_their_alternation() -> None:
    from claimtrack import stance as stance_module

    assert stance_module._word_trie(["no comment", "u.s. denies"]) is not None
    assert stance_module._word_trie(["no comment", "no comment."]) is None
    assert stance_module._word_trie(['"fake"', "fake"]) is None
    assert stance_module._word_trie(["no  comment"]) is None


def test_a_group_of_uninflected_phrases_is_one_regex_finding_the_longest() -> None:
    from claimtrack.stance import _Phrases

    phrases = _Phrases.build(
        {"doubt": ["has no proof", "has no proof at all", "has not seen"]}, inflect=False
    )
    (group,) = phrases.by_word["has"]
    assert len(group.regex._patterns) == 1
    text = "The council has no proof at all, and has not seen the plans."
    found = [(text[m.start() : m.end()], label) for m, label in phrases.find(text)]
    assert found == [("has no proof at all", "doubt"), ("has not seen", "doubt")]


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("the mayor's aide MADE UP the whole story", D),
        ("the aide \u0131nvented the quotes", D),  # a dotless i reads as "i"
        ("the club \u017ftaged the video", D),  # a long s reads as "s"
        ("the club Faked those photos", D),
        ("the club made the whole thing up", D),
        ("the club staged a protest", A),
        ("the club posted the video", A),
    ],
)
def test_inventing_what_was_told_denies_it_in_any_letters(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


def test_lowered_text_matches_as_a_case_blind_regex_matches_the_text() -> None:
    import re

    from claimtrack import stance as stance_module

    word, space = re.compile(r"\w"), re.compile(r"\s")
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    marks = set("-\u2013\u2014;:,.!?([{'\u2019\"\u201c\u201d")
    for point in [*range(0xD800), *range(0xE000, 0x10000)]:
        char = chr(point)
        low = stance_module._lowered(char)
        assert len(low) == 1
        assert bool(word.match(char)) == bool(word.match(low))
        assert bool(space.match(char)) == bool(space.match(low))
        assert (char in marks) == (low in marks) and (char not in marks or char == low)
        if letter.fullmatch(char):
            assert re.fullmatch(low, char, re.IGNORECASE) and "a" <= low <= "z", hex(point)
        else:
            assert not "a" <= low <= "z", hex(point)


@pytest.mark.parametrize(
    ("cue", "content"),
    [
        ("said", "the city will deny permits to street vendors next year"),
        ("said", "the airline denied him boarding at the gate"),
        ("said", "the judge denied bail to both of the men"),
        ("denied", "entry to the reporters"),
    ],
)
def test_withholding_a_thing_granted_denies_nothing(
    lexicon: Lexicon, cue: str, content: str
) -> None:
    assert classify_stance(cue, content, lexicon) is A


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("the ministry denied that any visa was ever refused", D),
        ("the ministry denied access was ever granted to the files", D),
    ],
)
def test_a_clause_after_a_granted_thing_is_still_denied(
    lexicon: Lexicon, content: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon) is stance


@pytest.mark.parametrize(
    ("content", "claim"),
    [
        (
            "Reports that the city will deny permits to street vendors are false",
            "The city will deny permits to street vendors",
        ),
        ("reports that the museum photo is a hoax are untrue", "The museum photo is a hoax"),
    ],
)
def test_a_telling_called_false_denies_a_claim_holding_its_own_denial_word(
    lexicon: Lexicon, content: str, claim: str
) -> None:
    assert classify_stance("says", content, lexicon, claim=claim, grouped=True) is D


def test_an_inflected_phrase_group_is_the_same_pattern_in_every_process() -> None:
    # Phrases and a head's forms of one length go in their own order, not a set's,
    # which changes with each process's string hashing: the pattern's text (and the
    # code kept for it between runs) is the same every run.
    from claimtrack import stance as stance_module

    pattern = stance_module._alternation(
        ["release details", "provide details", "provide information"], inflect=True
    )
    assert pattern.pattern == "|".join(
        [
            r"\b(?:providing|provided|provides|provide)\s+(?:[\w'-]+\s+)?informations?\b",
            r"\b(?:providing|provided|provides|provide)\s+(?:[\w'-]+\s+)?detailss?\b",
            r"\b(?:releasing|released|releases|release)\s+(?:[\w'-]+\s+)?detailss?\b",
        ]
    )


@pytest.mark.parametrize(
    "content",
    [
        "The harbour master's claim doesn't make much sense",
        "the story makes no sense",
        "It's implausible that ten ferries sank in one night",
        "it's unlikely the bridge will reopen",
    ],
)
def test_a_claim_called_senseless_or_implausible_is_doubted(content: str) -> None:
    assert classify_stance("said", content, Lexicon.build()) is Stance.DISPUTES


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        # What a third person complains of is their grievance, told ...
        ("The landlord raised the rent after she complained about leaks and false charges", A),
        ("Residents complained of bogus fees on their water bills", A),
        ("Shoppers have repeatedly complained about fake discounts at the outlet", A),
        # ... the speaker's own complaint is their verdict, and so is one said outright.
        ("I complained about the false report", D),
        ("we have complained about fake news stories for years", D),
        ("the report was false", D),
    ],
)  # fmt: skip
def test_a_third_person_s_complaint_calls_nothing_false(content: str, stance: Stance) -> None:
    assert classify_stance("said", content, Lexicon.build()) is stance


@pytest.mark.parametrize(
    ("clause", "claim", "fits"),
    [
        # A report told by no one: what is denied is the clause it reports ...
        ("It's alleged that the tenant used the landlord's name in his letters",
         "The tenant was evicted for complaining about the heating", False),
        ("It was reported that the minister resigned", "The minister was arrested", False),
        # ... which still answers a claim of its own predicate.
        ("It's alleged that the tenant used the landlord's name in his letters",
         "The tenant used the landlord's name", True),
        ("It was reported that the minister resigned", "The minister resigned on Monday", True),
        # Short regular pasts are predicates too.
        ("the keeper lied to the board", "The keeper was fired", False),
        ("the keeper lied to the board", "The keeper lied about the escape", True),
        ("the company sued the council", "The council was sued by the firm", True),
    ],
)  # fmt: skip
def test_an_impersonal_report_denies_its_clause(clause: str, claim: str, fits: bool) -> None:
    assert denies_predicate_of(clause, claim) is fits


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A negation that falls on a rate's unit denies the figure, not a claim that
        # gives the figure of nothing it speaks of ...
        ("It won't be $15 a month", "The carrier will launch a new phone plan next month", A),
        ("It won't be $15 a month", "The carrier will launch a new plan next month that will be "
         "separate from its $15-a-month family bundle", A),
        # ... and still denies one that gives it, or the time the claim names.
        ("It won't be $15 a month", "The new phone plan will cost $15 a month", D),
        ("It won't launch next month", "The carrier will launch a new phone plan next month", D),
    ],
)  # fmt: skip
def test_a_rate_denied_is_its_figure(content: str, claim: str, stance: Stance) -> None:
    assert classify_stance(None, content, Lexicon.build(), claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # A contrast or a lack is looked for only in a text that writes its words,
        # in any letters a case-blind match takes for ASCII ones (a dotless i).
        ("police issued tickets rather than arrests", {"arrest"}),
        ("police issued tickets RATHER THAN arrests", {"arrest"}),
        ("police issued tickets \u0131nstead of arrests", {"arrest"}),
        ("the town would be W\u0130THOUT internet access", {"internet", "access"}),
        ("the town would be w\u0131thout internet access", {"internet", "access"}),
        ("police issued tickets and arrests", None),
    ],
)
def test_a_contrast_or_a_lack_negates_whatever_its_letters(
    lexicon: Lexicon, text: str, negated: set[str] | None
) -> None:
    assert lexicon.negations(text) == ((frozenset(negated),) if negated else ())


@pytest.mark.parametrize(
    ("content", "positioned"),
    [
        ("he had no information on her whereabouts", False),
        ("he had no \u0131nformation on her whereabouts", False),
        ("he had NO DETAILS ABOUT her whereabouts", False),
        ("he had no idea about her whereabouts", True),
    ],
)
def test_no_information_on_a_thing_takes_no_position_whatever_its_letters(
    lexicon: Lexicon, content: str, positioned: bool
) -> None:
    assert lexicon.takes_position("said", content) is positioned


@pytest.mark.parametrize(
    ("content", "excluded"),
    [
        ("the car is safe", True),
        ("the car is \u017fafe", True),  # a long s, read as "s" by the case-blind match
        ("she is al\u0131ve", True),
        ("the car IS UNHURT", True),
        ("the car is not safe", False),
        ("the car is parked", False),
    ],
)
def test_a_state_excluding_the_claim_whatever_its_letters(content: str, excluded: bool) -> None:
    from claimtrack.stance import _excluded_state

    assert _excluded_state(content, frozenset({"steal", "kill"})) is excluded


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("few, if any, fighters came", "no           fighters came"),
        ("very l\u0131ttle, if any, aid arrived", "no                   aid arrived"),
        ("HARDLY ANY of the staff knew", "none of       the staff knew"),
        ("any fighter came", "any fighter came"),
    ],
)
def test_a_quantity_near_none_is_read_whatever_its_letters(text: str, written: str) -> None:
    from claimtrack.stance import _near_none_as_none

    assert _near_none_as_none(text) == written


def test_a_condition_is_looked_for_wherever_a_case_blind_match_finds_it() -> None:
    from claimtrack.stance import _CONDITIONAL, _may_be_conditional

    for text in (
        "spiders would suffocate if they burrowed under the skin",
        "spiders would suffocate IF they burrowed under the skin",
        "spiders would suffocate \u0131f they burrowed under the skin",
        "spiders suffocate UNLE\u017fS they surface",
    ):
        assert _CONDITIONAL.search(text) is not None
        assert _may_be_conditional(text)
    assert not _may_be_conditional("spiders burrowed under the skin")


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # A saying of a kind called unlikely or a myth says nothing against a
        # claim of another act ...
        ("cats instinctively avoid cucumbers' was highly unlikely and unsupported by evidence",
         "A vet found a cucumber lodged in the cat's throat", A),
        ("people dream in black and white is a myth",
         "Doctors recorded the patient sleepwalking across the ward", A),
        # ... and still doubts a claim of the same act, or denies one of its own
        # actors, as before.
        ("cats instinctively avoid cucumbers' was highly unlikely",
         "Cats instinctively avoid cucumbers", X),
        ("the mayor resigned is untrue", "The mayor resigned on Friday", D),
        # A telling or a report of one is no saying of a kind.
        ("reports claiming the mayor resigned are false", "The mayor resigned on Friday", D),
        ("aides say the mayor resigned is untrue", "The mayor resigned on Friday", D),
    ],
)  # fmt: skip
def test_a_saying_of_a_kind_judged_unlikely_is_no_doubt_of_another_act(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("content", "claim", "stance"),
    [
        # Not having received word of a thing agrees with a claim that someone has
        # not received word of it.
        ("he had not received word about the purported truce",
         "The garrison is yet to receive any operational order on the truce", A),
        ("we have not yet received any confirmation of the merger",
         "The bank has not received notice of the merger", A),
        # Against a claim of fact, it still doubts.
        ("he had not received word about the purported truce",
         "The rebels agreed to a truce on Friday", X),
    ],
)  # fmt: skip
def test_not_receiving_agrees_with_a_claim_of_not_receiving(
    lexicon: Lexicon, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance("said", content, lexicon, claim=claim) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # Whether the thing has a property the claim does not tell of: no doubt of it.
        ("are skeptical of", "whether they will be productive",
         "Negotiations with the rebels were going on in Tallinn", A),
        ("said", "it was too early to know if the operation would be a success",
         "The surgeon removed the kidney on Monday", A),
        ("questioned", "whether the deal was legal", "The mayor struck a deal with the union", A),
        # Whether the claim itself is so, or true: a doubt of it.
        ("wondered", "whether he was dead", "The rebel leader is dead", X),
        ("doubted", "whether the video was authentic", "The group released a video", X),
    ],
)  # fmt: skip
def test_a_doubt_asking_whether_of_a_property_the_claim_does_not_tell(
    lexicon: Lexicon, cue: str, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("cue", "content", "claim", "stance"),
    [
        # The doubt or denial is in a part well after the one that says the claim,
        # with another part between that it cannot point past.
        (None, "The divers at the harbour will try to find out if the hull was breached; "
         "was it the old wreck? All witnesses say there was one loud bang. Now, I don't "
         "know, the coastguard had the radar log first",
         "The inquiry will include divers at the harbour checking if the hull was breached "
         "and whether the radar log reached the coastguard", A),
        (None, "The mayor will open the new bridge on Monday. The works took two years. "
         "Now, I do not know, the bridge tram line may start late",
         "Officials say the mayor is to open the river bridge on Monday", A),
        # A doubt or denial before the part (the content's first word on the
        # matter), right after it, pointing back at a part sharing the claim's
        # words, a verdict on a telling, or a bare "It's a lie": of the claim.
        ("said", "We were sceptical about the talks to free our sailors and we never trusted "
         "the truce. Therefore the news that the sailors have been set free is not "
         "surprising to us",
         "The captured sailors have been set free by the pirates", X),
        ("saying", "there is no such treaty and the miners trapped in March have been "
         "brought to the surface",
         "The trapped miners have been brought to the surface", D),
        ("said", "The sailors have been set free. But I doubt it",
         "The captured sailors have been set free by the pirates", X),
        ("told", "We have no reporting of the rebels flying the jets. And to the degree "
         "that pilots may have joined them, I have no information on that either",
         "The rebels are training pilots to fly captured planes", X),
        ("said", "Over the past year, the striker has missed four games with injuries. "
         "These claims are completely false",
         "The striker is serving a ban for failing a drug test", D),
        ("said", "We have not signed a treaty with anyone. We did not meet anyone. It's a lie.",
         "The rebels have signed a treaty and will free the miners", D),
    ],
)  # fmt: skip
def test_a_doubt_or_denial_in_another_part_than_the_one_saying_the_claim(
    lexicon: Lexicon, cue: str | None, content: str, claim: str, stance: Stance
) -> None:
    assert classify_stance(cue, content, lexicon, claim=claim, grouped=True) is stance


@pytest.mark.parametrize(
    ("words", "others", "shared"),
    [
        # A word in both, a longer or a shorter form of one, either way round.
        ({"bridg", "close"}, {"close", "tram"}, True),
        ({"threaten", "mayor"}, {"threat", "tram"}, True),
        ({"threat", "mayor"}, {"threaten", "tram"}, True),
        # Forms are compared only from `_RELATED_CHARS` letters on: "open" is no
        # form of "opening", nor "tram" of "trample".
        ({"open", "tram"}, {"opening", "trample"}, False),
        ({"bridg"}, {"tunnel", "ferri"}, False),
        ({"bridg"}, set(), False),
    ],
)
def test_words_shared_as_themselves_or_as_a_longer_or_shorter_form(
    words: set[str], others: set[str], shared: bool
) -> None:
    from claimtrack import stance

    assert stance._shares(frozenset(words), frozenset(others)) is shared
    assert stance._shares(frozenset(others), frozenset(words)) is shared


def test_numbers_differ_only_where_both_texts_give_a_number() -> None:
    from claimtrack import stance

    claim = "The new bridge cost 40 million euros"
    assert stance._numbers_differ("The bridge cost 90 million euros, the mayor said", claim)
    # Digits of any script count as a number's; a text with none gives no count.
    assert not stance._numbers_differ("The bridge cost far more than that", claim)
    assert not stance._numbers_differ("The bridge cost 90 million euros", "The bridge cost a lot")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Hradek was known to the Kestrian police",
        "Hradek had been a 'person of interest' to Vellin detectives since May",
        "The courier was familiar to investigators in Kestria",
        "Hradek had been on the radar of the KSB for years",
    ],
)
def test_being_known_to_the_watchers_is_one_predicate_whatever_its_words(text: str) -> None:
    # Each wording says one thing, and the watchers after it are no verb of it.
    assert said_predicate(text) == said_predicate("Hradek was known to security services")
    assert predicate_among(said_predicate(text), ["Hradek was a person of interest to police"])
    assert not predicate_among(said_predicate(text), ["the police knew where Hradek lived"])


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Hradek was KNOWN TO the Kestrian police",
        "Hradek was \u212anown to the KSB",  # the Kelvin sign: a "k" to a case-blind regex
        "Hradek had been a person of INTEREST to Vellin detectives",
        "The courier was Familiar to investigators",
        "Hradek had been on the RADAR of the KSB for years",
        "Hradek crossed the border twice",
        "",
    ],
)
def test_a_text_with_no_word_of_being_known_is_not_scanned_for_its_phrases(text: str) -> None:
    """Only a text writing "known", "familiar", "interest" or "radar" in any case
    is scanned for the phrases of being known to the watchers: the reading is
    the scan's."""
    from claimtrack import stance

    assert stance._known_to_read(text) == stance._KNOWN_TO.sub(stance._KNOWN_TO_WORD, text)


def test_known_to_others_than_watchers_is_no_predicate_of_being_watched() -> None:
    watched = said_predicate("Hradek was known to the police")
    # A name he goes by, a habit, a hearsay: "known to" followed by no watchers.
    for text in (
        "Hradek is known to fellow couriers as the Ghost",
        "The eels have been known to feed on ducklings",
        "Hradek is known to have crossed the border twice",
    ):
        assert not said_predicate(text) & watched


def test_a_name_given_with_known_as_says_no_knowing() -> None:
    # "Known as" names the Red Hand; it tells nothing anyone knows ...
    text = "Fighters of the Ostrava militia, also known as the Red Hand, were caught at the ford"
    knowing = clause_predicate("the guards knew the ford")
    assert knowing
    assert not predicate_among(knowing, [text])
    assert predicate_among(clause_predicate("the fighters were caught"), [text])
    # ... as "they knew the ford well" does.
    assert predicate_among(knowing, ["The Red Hand knew the ford well"])
