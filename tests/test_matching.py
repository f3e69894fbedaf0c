"""`matching`: match's own rule for when a text speaks about its best claim."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from claimtrack.extraction import read_text
from claimtrack.grouping import ClaimIndex
from claimtrack.ledger import edit_ledger, init_ledger, read_ledger
from claimtrack.matching import (
    AGREEING_SHARE,
    DISTINCT_POINTS,
    EVIDENCE_BAR,
    MATCH_FLOOR,
    MATCH_MARGIN,
    MATCH_THRESHOLD,
    MISSING_COUNTED,
    MISSING_POINTS,
    NO_PREDICATE_POINTS,
    PLAIN_BAR,
    PLAIN_TERM_POINTS,
    PREDICATE_POINTS,
    SAME_STORY_POINTS,
    TERM_POINTS,
    TERMS_COUNTED,
    TIE_POINTS,
    Evidence,
    accepts,
    decide,
    rank_claims,
    tell_apart,
    terms_shared,
    weigh,
    without_addresses,
)
from claimtrack.model import Source
from claimtrack.parties import PartyResolver
from claimtrack.pipeline import match_texts
from claimtrack.stance import Lexicon


def test_a_score_at_the_bar_is_enough_whatever_the_runner_up() -> None:
    assert accepts(MATCH_THRESHOLD, MATCH_THRESHOLD)
    assert not accepts(MATCH_THRESHOLD - 0.1, MATCH_THRESHOLD - 0.1)


def test_a_lower_score_will_do_when_it_stands_clear_of_the_runner_up() -> None:
    assert accepts(MATCH_FLOOR, MATCH_FLOOR - MATCH_MARGIN)
    assert accepts(MATCH_FLOOR, 0.0)
    # Close to the runner-up: a text about another claim of the same story.
    assert not accepts(MATCH_FLOOR, MATCH_FLOOR - MATCH_MARGIN + 0.1)
    # Under the floor, no margin is enough.
    assert not accepts(MATCH_FLOOR - 0.1, 0.0)


def test_the_rule_is_its_own_not_the_grouping_threshold() -> None:
    from claimtrack.grouping import DEFAULT_THRESHOLD

    assert MATCH_FLOOR < DEFAULT_THRESHOLD < MATCH_THRESHOLD


def test_a_claim_holding_statements_is_weighed_on_its_lead_and_the_terms_it_shares() -> None:
    # Evidence: the score, the lead over the runner-up, points for each shared term.
    two = Evidence(2, predicate=0.25)
    best = (EVIDENCE_BAR - two.points()) / 2
    assert accepts(best, 0.0, two)
    assert not accepts(best, 0.0, Evidence(1, predicate=0.25))
    # A runner-up close behind: another claim of the same story.
    assert not accepts(best, 1.0, two)
    # A high score that shares one term with a claim that has another close
    # behind it is a text on the claim's story, not on the claim.
    assert not accepts(MATCH_THRESHOLD, MATCH_THRESHOLD - 2.0, Evidence(1, predicate=0.25))
    # A long text's terms count only up to a point.
    many, more = Evidence(TERMS_COUNTED), Evidence(TERMS_COUNTED + 10)
    assert accepts(best, 0.0, many) == accepts(best, 0.0, more)
    assert not accepts(0.0, 0.0, many)
    # A bare number is the shared terms alone.
    assert accepts(best, 0.0, 2) == accepts(best, 0.0, Evidence(2))


def test_a_text_saying_what_the_claim_says_needs_no_lead() -> None:
    # A tie with the runner-up: a ledger holding one proposition in two claims.
    runner_up = PLAIN_BAR - PLAIN_TERM_POINTS * 4 - 4.0
    best = runner_up + 2.0
    agreeing = Evidence(4, predicate=AGREEING_SHARE, missing=MISSING_COUNTED)
    assert best + (best - runner_up) + agreeing.points() < EVIDENCE_BAR
    assert accepts(best, runner_up, agreeing)
    # The same names and score, but not what the claim's statements mainly say.
    assert not accepts(best, runner_up, Evidence(4, predicate=0.25, missing=MISSING_COUNTED))
    # The second way has its own bar.
    assert not accepts(best - 2.0, runner_up, agreeing)


def test_evidence_weighs_distinct_words_the_claims_predicate_and_its_missing_actors() -> None:
    plain = Evidence(3, predicate=0.5)
    assert plain.points() == 3 * TERM_POINTS + 0.5 * PREDICATE_POINTS
    # Words of the proposition itself, not of its story.
    assert Evidence(3, distinct=2, predicate=0.5).points() == plain.points() + 2 * DISTINCT_POINTS
    # All of the claim's main words, or none of them: the same actors doing something else.
    assert Evidence(3, predicate=1.0).points() == plain.points() + 0.5 * PREDICATE_POINTS
    assert Evidence(3, predicate=0.0).points() == (
        plain.points() - 0.5 * PREDICATE_POINTS - NO_PREDICATE_POINTS
    )
    # A claim with no main words of its own: neither way.
    assert Evidence(3).points() == plain.points()
    # The claim's main actors left out, up to a point.
    assert Evidence(3, predicate=0.5, missing=1).points() == plain.points() - MISSING_POINTS
    most = Evidence(3, predicate=0.5, missing=MISSING_COUNTED).points()
    assert Evidence(3, predicate=0.5, missing=MISSING_COUNTED + 3).points() == most


def _town_story() -> ClaimIndex:
    """Three claims of one story, each holding statements, and one of another."""
    index = ClaimIndex()
    for text in (
        "Mayor Lena Ortiz of Harwick will resign next week",
        "Harwick mayor Ortiz says she will resign",
        "Ortiz to resign as Harwick mayor after budget row",
    ):
        index.add("resigns", text)
    for text in (
        "Mayor Lena Ortiz opened the new ferry terminal in Harwick",
        "Ortiz opens Harwick ferry terminal",
        "New ferry terminal opens in Harwick, mayor Ortiz says",
    ):
        index.add("ferry", text)
    for text in (
        "Harwick council approves cuts to the library budget",
        "Mayor Ortiz backs library cuts in Harwick budget vote",
    ):
        index.add("library", text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    return index


def test_weigh_tells_a_rewording_from_another_proposition_of_the_story() -> None:
    index = _town_story()
    rewording = "Harwick mayor Ortiz to step down: she will resign over the budget"
    ranked = rank_claims(index, rewording, rewording, 2)
    evidence = weigh(index, "resigns", rewording, rewording)
    assert ranked[0][0] == "resigns"
    assert evidence is not None
    assert evidence.predicate == 1.0
    assert evidence.missing == 0
    # "budget" is in two claims' texts, "ortiz" and "harwick" in all three.
    assert evidence.distinct == 2
    assert decide(ranked, None, evidence)[0] == "resigns"

    other = "Harwick mayor Lena Ortiz arrested over missing funds"
    ranked = rank_claims(index, other, other, 2)
    evidence = weigh(index, ranked[0][0], other, other)
    assert evidence is not None
    assert evidence.predicate is not None and evidence.predicate < 1.0
    assert decide(ranked, None, evidence)[0] is None


def test_weigh_counts_the_claims_main_actors_the_text_leaves_out() -> None:
    index = _town_story()
    text = "The official will resign, officials in the capital say"
    evidence = weigh(index, "resigns", text, text)
    assert evidence is not None
    # Ortiz and Harwick, named by every text of the claim, are not named here.
    assert evidence.missing == 2
    # "The mayor" is the claim's "Mayor Lena Ortiz": only Harwick is left out.
    text = "The mayor will resign, officials in the capital say"
    evidence = weigh(index, "resigns", text, text)
    assert evidence is not None
    assert evidence.missing == 1
    assert evidence.predicate == 1.0


def test_a_runner_up_of_the_same_story_takes_points_off_both_ways() -> None:
    alone = Evidence(4, distinct=1, predicate=0.5)
    beside = Evidence(4, distinct=1, predicate=0.5, same_story=True)
    assert beside.points() == alone.points() - SAME_STORY_POINTS
    # Just at the bar with the runner-up from another story, short of it with
    # one from the same story.
    best = (EVIDENCE_BAR - alone.points()) / 2
    assert accepts(best, 0.0, alone)
    assert not accepts(best, 0.0, beside)
    # The second way too: a text saying the claim's words, tied with a claim
    # of its own story.
    agreeing = Evidence(4, predicate=AGREEING_SHARE, missing=MISSING_COUNTED)
    tied = PLAIN_BAR - PLAIN_TERM_POINTS * 4
    assert tied + agreeing.points() < EVIDENCE_BAR
    assert accepts(tied, tied, agreeing)
    crowded = Evidence(4, predicate=AGREEING_SHARE, missing=MISSING_COUNTED, same_story=True)
    assert not accepts(tied, tied, crowded)


def test_weigh_says_whether_the_runner_up_names_the_claims_actors() -> None:
    index = _town_story()
    text = "Harwick mayor Ortiz will resign after the ferry terminal row"
    # The ferry claim names Ortiz and Harwick too: the same story.
    beside = weigh(index, "resigns", text, text, "ferry")
    assert beside is not None and beside.same_story
    # The storm names nobody the resignation names.
    apart = weigh(index, "resigns", text, text, "storm")
    assert apart is not None and not apart.same_story
    alone = weigh(index, "resigns", text, text)
    assert alone is not None and not alone.same_story
    assert apart.points() == alone.points() == beside.points() + SAME_STORY_POINTS


def test_one_party_in_common_does_not_make_the_runner_up_the_same_story() -> None:
    from claimtrack.parties import PartyResolver

    index = ClaimIndex(PartyResolver.build())
    for claim_id, text in (
        ("flood", "The river Tamsel flooded the old town of Brevik in Norway"),
        ("flood", "Norway says the Tamsel flooded Brevik"),
        ("quota", "Norway will cut its cod quota next year"),
        ("quota", "Norway to cut cod quota"),
        ("ferry", "A Brevik ferry was cancelled after the Tamsel flood"),
    ):
        index.add(claim_id, text)
    text = "Tamsel floods Brevik, Norway says"
    # A country names many stories; a town and a river name this one.
    quota = weigh(index, "flood", text, text, "quota")
    ferry = weigh(index, "flood", text, text, "ferry")
    assert quota is not None and not quota.same_story
    assert ferry is not None and ferry.same_story


def test_weigh_leaves_a_claim_holding_only_its_text_to_its_score() -> None:
    index = _town_story()
    assert weigh(index, "storm", "Storm floods the road", "Storm floods the road") is None


def test_terms_shared_counts_the_terms_of_a_claims_statements() -> None:
    index = ClaimIndex()
    index.add("bridge", "The old bridge over the river will close in June")
    assert terms_shared(index, "bridge", "Old bridge to close", "Old bridge to close") is None

    index.add("bridge", "Engineers say cracks force the bridge to shut for repairs")
    text = "Cracks shut the old bridge, engineers warn"
    # "crack", "shut", "old", "bridge", "engineer": its statement's words count too.
    assert terms_shared(index, "bridge", text, text) == 5
    # The better of the content and the whole text.
    assert terms_shared(index, "bridge", text, "engineers warn") == 5
    assert terms_shared(index, "bridge", "Tulips bloom early", "Tulips bloom early") == 0
    # Who is named counts too: a party is a term like any word.
    index.add("bridge", "France will pay for the repairs")
    named = "The French government will pay for the bridge"
    # "france", "pay", "bridge" ("repairs" is not in the text).
    assert terms_shared(index, "bridge", named, named) == 3


@pytest.mark.parametrize(
    ("ranked", "threshold", "expected"),
    [
        ([], None, (None, 0.0)),
        ([("a", MATCH_THRESHOLD), ("b", MATCH_THRESHOLD)], None, ("a", MATCH_THRESHOLD)),
        ([("a", MATCH_FLOOR), ("b", MATCH_FLOOR - 1.0)], None, (None, MATCH_FLOOR)),
        # A threshold given is a plain bar: the runner-up does not count.
        ([("a", 20.0), ("b", 19.9)], 20.0, ("a", 20.0)),
        ([("a", 19.9)], 20.0, (None, 19.9)),
        # Ranked first by the words only it shares, but no claim is taken: the
        # score is the best seen, as SPEC says of a text about no claim.
        ([("a", 18.0), ("b", 19.5)], 20.0, (None, 19.5)),
    ],
)
def test_decide(
    ranked: list[tuple[str, float]], threshold: float | None, expected: tuple[str | None, float]
) -> None:
    assert decide(ranked, threshold) == expected


def test_decide_weighs_a_claim_holding_statements_on_the_terms_it_shares() -> None:
    ranked = [("a", MATCH_THRESHOLD), ("b", MATCH_THRESHOLD - 2.0)]
    assert decide(ranked) == ("a", MATCH_THRESHOLD)
    assert decide(ranked, shared=Evidence(1, predicate=0.0)) == (None, MATCH_THRESHOLD)
    assert decide(ranked, shared=Evidence(TERMS_COUNTED, 1, 1.0)) == ("a", MATCH_THRESHOLD)
    # A plain bar given by the user leaves the terms aside.
    assert decide(ranked, MATCH_THRESHOLD, shared=0) == ("a", MATCH_THRESHOLD)


def test_ranking_counts_each_claim_once_and_finds_the_runner_up() -> None:
    index = ClaimIndex()
    index.add("watch-ships", "The Apple Watch will ship in March")
    # A claim with many examples: they must not fill the list alone.
    for n in range(20):
        index.add("watch-ships", f"Apple Watch shipping in March, report {n} says")
    index.add("watch-sales", "Apple will sell 15 million Apple Watches in 2015")
    index.add("zeppelin", "Led Zeppelin will reunite for a world tour")

    ranked = rank_claims(index, "Apple Watch ships in March", "Apple Watch ships in March", 5)

    assert [claim for claim, _ in ranked] == ["watch-ships", "watch-sales"]
    assert ranked[0][1] > ranked[1][1] > 0


# Two claims of one story, each with its statements: a first sailor killed, then
# a second; the first told more often, in more words.
SAILORS = {
    "first-sailor": (
        "Pirates killed Norwegian sailor Arne Dahl",
        "Somali pirates kill Norwegian sailor",
        "Norwegian sailor killed by pirates off Somalia",
        "Pirates kill captive Norwegian sailor Arne Dahl",
        "Video shows pirates killing a Norwegian sailor",
    ),
    "second-sailor": (
        "Pirates killed Norwegian sailor Per Lund",
        "Pirates kill second Norwegian sailor, Per Lund",
        "Per Lund, a second Norwegian captive, killed by pirates",
    ),
}


def _sailors_story() -> ClaimIndex:
    index = ClaimIndex()
    for claim_id, texts in SAILORS.items():
        for text in texts:
            index.add(claim_id, text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    return index


def _match(index: ClaimIndex, text: str) -> tuple[list[tuple[str, float]], str | None]:
    """As `match` ranks and decides under its own rule."""
    ranked = tell_apart(index, rank_claims(index, text, text, 2), text)
    evidence = weigh(index, ranked[0][0], text, text, ranked[1][0] if len(ranked) > 1 else None)
    return ranked, decide(ranked, None, evidence)[0]


def test_two_close_claims_of_a_story_are_told_apart_by_the_word_only_one_uses() -> None:
    index = _sailors_story()
    # The first sailor's many statements share more of these words, so it scores
    # higher; but "second" is the word most of the other claim's texts use, and
    # "Somali" only one of the first's.
    for text in (
        "Somali pirates kill second Norwegian sailor",
        "Pirates kill a second Norwegian captive, video shows",
    ):
        ranked, taken = _match(index, text)
        assert [claim for claim, _ in ranked] == ["second-sailor", "first-sailor"]
        assert ranked[0][1] < ranked[1][1] <= ranked[0][1] + TIE_POINTS
        assert taken == "second-sailor"
        # A plain bar keeps the scores' order.
        by_score = rank_claims(index, text, text, 2)
        assert by_score == [ranked[1], ranked[0]]
        assert decide(by_score, ranked[1][1])[0] == "first-sailor"


def test_a_text_the_better_scoring_claim_tells_apart_keeps_it() -> None:
    index = _sailors_story()
    for text in (
        "Pirates kill Norwegian sailor Arne Dahl",
        "Somali pirates kill a Norwegian sailor",
    ):
        ranked, taken = _match(index, text)
        assert ranked[0][0] == "first-sailor"
        assert ranked[0][1] > ranked[1][1]
        assert taken == "first-sailor"


def test_a_clear_lead_in_score_is_not_undone_by_the_words_that_differ() -> None:
    index = _sailors_story()
    # "second" is the other claim's word, but the video's words are the first's
    # and it leads by more than a near tie.
    text = "Pirates kill a second Norwegian sailor, video shows"
    ranked, _ = _match(index, text)
    assert [claim for claim, _ in ranked] == ["first-sailor", "second-sailor"]
    assert ranked[0][1] - ranked[1][1] > TIE_POINTS


def test_match_tells_close_claims_apart_and_a_plain_bar_keeps_the_scores(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    source = Source("wires", "sources/wires.txt", hashlib.sha256(b"").hexdigest())
    resolver, lexicon = PartyResolver.build(), Lexicon.build()
    with edit_ledger(path) as editor:
        editor.put_source(source)
        for claim_id, (text, *statements) in SAILORS.items():
            editor.add_claim(claim_id, text)
            for line, said in enumerate(statements, start=1):
                statement, _ = read_text(said, resolver, lexicon)
                editor.add_statement(claim_id, replace(statement, source="wires", line=line))
    ledger = read_ledger(path)
    text = "Somali pirates kill second Norwegian sailor"

    [own] = match_texts(ledger, [text], top=2)
    [plain] = match_texts(ledger, [text], threshold=40.0, top=2)

    assert own.claim == "second-sailor"
    assert [c[0] for c in own.candidates] == ["second-sailor", "first-sailor"]
    assert plain.claim == "first-sailor"
    assert [c[0] for c in plain.candidates] == ["first-sailor", "second-sailor"]


# One story, three claims: "launch" is the story's word (two claims use it),
# "waterproof" one claim's own, though fewer of its texts use it.
DRONE = {
    "launch-month": (
        "The Kestrel drone will launch in May",
        "Kestrel drone launch set for May",
        "Kestrel drone to launch in May, maker says",
    ),
    "launch-shops": (
        "The Kestrel drone will be sold only in Aerix shops at launch",
        "Kestrel drone to be sold at launch only in Aerix shops",
    ),
    "waterproof": (
        "The Kestrel drone is waterproof",
        "Kestrel drone is waterproof, maker says",
        "Kestrel drone can fly through heavy rain",
    ),
}
# Two prices of one story's two models.
TABLETS = {
    "pro-price": (
        "The Zephyr Pro tablet will cost 1,999 dollars",
        "Zephyr Pro tablet priced at 1,999 dollars",
        "Zephyr Pro to cost 1,999",
    ),
    "basic-price": (
        "The basic Zephyr tablet will cost 1,299 dollars",
        "Basic Zephyr tablet priced at 1,299 dollars",
        "Zephyr tablet to cost 1,299",
    ),
}


def _story(claims: dict[str, tuple[str, ...]]) -> ClaimIndex:
    index = ClaimIndex()
    for claim_id, texts in claims.items():
        for text in texts:
            index.add(claim_id, text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    return index


def test_a_word_of_the_whole_story_tells_two_of_its_claims_apart_less_than_one_claims_own() -> None:
    index = _story(DRONE)
    for text in ("Kestrel drone waterproof at launch", "Waterproof Kestrel drone launch"):
        ranked, taken = _match(index, text)
        # Every text of the launch month says "launch", a third of the other's
        # "waterproof"; but another claim of the story says "launch" too.
        assert [claim for claim, _ in ranked] == ["waterproof", "launch-month"]
        assert taken == "waterproof"


def test_a_rounded_number_stands_for_the_claims_own() -> None:
    index = _story(TABLETS)
    # "2,000" is no number the claims give, but the pro model's 1,999 rounded:
    # it tells the two prices apart against the basic model's closer wording.
    ranked, taken = _match(index, "Zephyr tablet to cost 2,000")
    assert rank_claims(index, "Zephyr tablet to cost 2,000", "", 2)[0][0] == "basic-price"
    assert ranked[0][0] == "pro-price"
    assert taken == "pro-price"
    # A number further off (over a hundredth) stands for neither: the scores' order.
    ranked, _ = _match(index, "Zephyr tablet to cost 1,500")
    assert ranked == rank_claims(index, "Zephyr tablet to cost 1,500", "", 2)
    assert ranked[0][0] == "basic-price"


def test_a_name_of_several_words_counts_once_in_telling_claims_apart() -> None:
    index = _story(
        {
            "chief-quits": (
                "Aerix chief Maria Lopez Garcia will step down",
                "Maria Lopez Garcia, who launched the Kestrel drone, quits Aerix",
                "Aerix boss to step down after Kestrel drone launch",
                "Aerix chief executive steps down",
            ),
            "recall": (
                "Aerix will recall the Kestrel drone",
                "Aerix recalls Kestrel drone over battery fires",
                "Kestrel drone recall announced by Aerix",
            ),
        }
    )
    # The chief's name scores her claim first, but it is one name said by the
    # way: "recall", every text of the other claim's, tells more than its three
    # words counted one by one would.
    for text in (
        "Maria Lopez Garcia: Aerix recalls Kestrel drone",
        "Maria Lopez Garcia says Aerix will recall Kestrel drone",
    ):
        assert rank_claims(index, text, text, 2)[0][0] == "chief-quits"
        ranked, taken = _match(index, text)
        assert [claim for claim, _ in ranked] == ["recall", "chief-quits"]
        assert taken == "recall"


def test_a_word_counts_as_the_claims_own_in_all_the_forms_its_texts_inflect_it() -> None:
    index = ClaimIndex()
    for text in (
        "Harwick council nominated Ortiz for the award",
        "The nomination of Ortiz for the award was confirmed in Harwick",
        "An award shortlist names Ortiz of Harwick",
        "Ortiz of Harwick is in the running for the award",
    ):
        index.add("nominee", text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    text = "Nomination for Ortiz"
    evidence = weigh(index, "nominee", text, text)
    # "nominated" and "nomination", one text each, are one word two of the four
    # texts use: the claim's own, and the text uses it (two of "award" and the
    # word's two forms), not none of the claim's words.
    assert evidence is not None
    assert evidence.predicate == 2 / 3
    # A word of one text alone is still no main word.
    text = "Ortiz shortlisted"
    evidence = weigh(index, "nominee", text, text)
    assert evidence is not None
    assert evidence.predicate == 0.0


def test_a_word_shouted_in_capitals_is_no_name_the_text_must_give() -> None:
    index = ClaimIndex()
    for text in (
        "A pianist woke up during surgery and kept playing",
        "Pianist wakes up in the middle of SURGERY and plays on",
        "Pianist plays a sonata during surgery, doctors say",
    ):
        index.add("pianist", text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    # Read as a name where it is shouted, "surgery" is a word the claim's
    # texts use, and the text saying it says the claim's predicate.
    assert "surgery" in index.actors("pianist")
    text = "Pianist awake in surgery"
    evidence = weigh(index, "pianist", text, text)
    assert evidence is not None
    assert evidence.predicate == 2 / 3  # "pianist" and "surgery", not "plays"
    assert evidence.missing == 0


def test_a_name_in_capitals_stays_a_name_when_another_text_writes_it_so() -> None:
    index = ClaimIndex()
    for text in (
        "Harbour town of Brevik floods as the river KELDARN bursts its banks",
        "The flood in Brevik came when the Keldarn burst its banks",
        "Brevik under water after Keldarn flood",
    ):
        index.add("flood", text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    # "KELDARN" is the river's name, written so elsewhere: a text leaving it out
    # leaves out one of the claim's actors.
    text = "Brevik flood as river bursts its banks"
    evidence = weigh(index, "flood", text, text)
    assert evidence is not None
    assert evidence.missing == 1


def test_a_web_address_and_its_read_more_are_no_part_of_what_a_text_says() -> None:
    text = "Rare owl seen in Harwick park Read more: http://www.example.com/2014/12/owl-x1Y2"
    assert without_addresses(text) == "Rare owl seen in Harwick park"
    assert without_addresses("Owl seen, see www.example.org/owl today") == "Owl seen, see today"
    assert without_addresses("Read more at Harwick News: https://example.com/a") == (
        "Read more at Harwick News: https://example.com/a"
    )
    assert without_addresses("Rare owl seen in Harwick park") == "Rare owl seen in Harwick park"


def test_other_stories_titles_glued_to_a_text_are_no_part_of_what_it_says() -> None:
    # A page's list of other stories, copied with the headline, each title run
    # into the last word of the one before.
    text = (
        "Rare owl seen in Harwick parkRunning LateVikings Star Hurt in Crash"
        "Why Cities Plant TreesWe All Have Words We Overuse"
    )
    assert without_addresses(text) == "Rare owl seen in Harwick park"
    # Names written so, a few in one text, or one name again and again, are names.
    for kept in (
        "LinkedIn and HairGate users see owl in Harwick park",
        "PayPal, YouTube and MacBook users see owl in Harwick park",
        "HuffPollster: owl seen in Harwick park, HuffPollster says, HuffPollster",
    ):
        assert without_addresses(kept) == kept


def test_match_reads_a_text_without_its_web_address(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    with edit_ledger(path) as editor:
        editor.add_claim("owl", "A rare snowy owl was seen in Harwick park")
    ledger = read_ledger(path)
    text = "Snowy owl seen in Harwick park"
    address = " Read more: http://www.harwicknews.example/2014/12/snowy-owl-seen-ixzz3MAOziZJf"
    [plain, with_address] = match_texts(ledger, [text, text + address])
    assert plain.claim == with_address.claim == "owl"
    assert with_address.score == plain.score
    assert with_address.text == text + address
    assert "http" not in with_address.statement.content


# Two beheadings of one story: the statements of both use "foreign" and
# "engineer" alike; only the second claim's own text says them.
HOSTAGES = {
    "vos-beheaded": (
        "Rebels in Marovia beheaded the hostage Pieter Vos",
        "Marovia rebels behead foreign engineer Pieter Vos",
        "Rebels in Marovia behead a foreign engineer",
        "Pieter Vos, a foreign engineer, beheaded by Marovia rebels",
    ),
    "lund-beheaded": (
        "Rebels in Marovia beheaded a foreign engineer, Ivo Lund",
        "Marovia rebels behead Ivo Lund",
        "Ivo Lund, foreign engineer, beheaded in Marovia",
    ),
}


def test_close_claims_the_statements_do_not_tell_apart_go_by_their_own_texts() -> None:
    index = _story(HOSTAGES)
    text = "Marovia rebels behead foreign engineer"
    close = [("vos-beheaded", 60.0), ("lund-beheaded", 60.0 - TIE_POINTS / 2)]
    assert [claim for claim, _ in tell_apart(index, close, text)] == [
        "lund-beheaded",
        "vos-beheaded",
    ]
    # A word only one claim's statements use still decides first.
    text = "Pieter Vos: Marovia rebels behead foreign engineer"
    assert tell_apart(index, close, text) == close
    # Neither text states more of the text's words: the scores' order stays.
    text = "Marovia rebels behead a hostage"
    assert tell_apart(index, close, text) == close


def test_claims_of_different_stories_are_not_ranked_by_their_own_texts() -> None:
    index = _story(HOSTAGES)
    for said in (
        "Pirates off Dunmore behead a foreign engineer",
        "Dunmore pirates behead a sailor",
        "Pirates behead a foreign engineer off Dunmore",
    ):
        index.add("pirates", said)
    close = [("vos-beheaded", 30.0), ("pirates", 28.0)]
    # Both claims' texts use every word of the text, and only the pirates'
    # own text says "foreign engineer"; but the two tell of no actor in common.
    text = "Behead foreign engineer"
    assert tell_apart(index, close, text) == close


def _claim(claim_id: str, texts: tuple[str, ...]) -> ClaimIndex:
    index = ClaimIndex()
    for text in texts:
        index.add(claim_id, text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    return index


def test_a_measure_in_another_unit_is_the_claims_own_measure() -> None:
    index = _claim(
        "tuna",
        (
            "A 300-pound tuna was landed off Penhallow",
            "Penhallow fishermen land 300-pound bluefin tuna",
            "Giant tuna weighing 300 pounds caught off Penhallow",
        ),
    )
    # 136 kg is 299.8 pounds: the claim's "300" and "pound", in kilograms,
    # written apart or as one word, as the same weight in pounds is.
    in_pounds = weigh(index, "tuna", "Bluefin of 300 pounds landed", "")
    for text in ("Bluefin of 136 kg landed", "Bluefin of 136kg landed"):
        evidence = weigh(index, "tuna", text, "")
        assert evidence is not None and in_pounds is not None
        assert evidence.distinct == in_pounds.distinct
        assert evidence.predicate == in_pounds.predicate
    # Another weight, or a length, is not the claim's.
    for text in ("Bluefin of 100 kg landed", "Bluefin of 136 km landed"):
        evidence = weigh(index, "tuna", text, "")
        assert evidence is not None and in_pounds is not None
        assert evidence.distinct == in_pounds.distinct - 2
        assert evidence.predicate is not None and evidence.predicate < in_pounds.predicate


def test_a_length_in_metres_is_the_claims_length_in_feet() -> None:
    index = _claim(
        "shark",
        (
            "A 15-foot shark was seen off Penhallow beach",
            "Swimmers leave the water after a 15-foot shark is spotted at Penhallow",
            "Penhallow beach closed over 15-foot shark",
        ),
    )
    near = weigh(index, "shark", "Shark of 4.6 metres seen at beach", "")
    off = weigh(index, "shark", "Shark of 3 metres seen at beach", "")
    assert near is not None and off is not None
    assert near.distinct == off.distinct + 2  # "15" and "foot"


def test_an_acronym_gives_the_name_whose_initials_it_spells() -> None:
    index = _claim(
        "fees",
        (
            "Students at Harwick Valley College protest a fee rise",
            "Harwick Valley College students march against higher fees",
            "Fee rise sparks protest at Harwick Valley College",
        ),
    )
    evidence = weigh(index, "fees", "HVC students protest fee rise", "")
    assert evidence is not None
    assert evidence.missing == 0
    # Without it, or in a text written in capitals throughout (where any word
    # may look like one), the college's three names are left out.
    for text in ("Students protest fee rise", "HVC STUDENTS PROTEST FEE RISE"):
        evidence = weigh(index, "fees", text, "")
        assert evidence is not None
        assert evidence.missing == 3


def test_a_name_the_claims_texts_spell_two_ways_is_one_name() -> None:
    index = _claim(
        "race",
        (
            "Runner Marisol Quentero took the Dunmore marathon",
            "The marathon in Dunmore went to Marisol Quintero",
            "On a cold morning the marathon in Dunmore was won by Marisol Quintero",
            "Fans cheered as Marisol Quentero crossed the line first in Dunmore",
        ),
    )
    # "Quentero" and "Quintero" are one runner: the text giving either spelling
    # gives her name, and a text giving neither leaves out one name, not two.
    for text in ("Quintero wins the marathon in Dunmore", "Quentero wins the marathon in Dunmore"):
        evidence = weigh(index, "race", text, "")
        assert evidence is not None
        assert evidence.missing == 1  # "Marisol"
    evidence = weigh(index, "race", "A runner wins the marathon in Dunmore", "")
    assert evidence is not None
    assert evidence.missing == 2


def test_a_noun_in_ation_is_the_claims_verb_in_ate() -> None:
    donated = _claim(
        "kidney",
        (
            "Ortiz donated a kidney to a stranger in Harwick",
            "Harwick teacher donates kidney to stranger",
            "A stranger in Harwick lives on after Ortiz donated his kidney",
        ),
    )
    # "donation" and "donated" stem apart ("don", "donat"), a stem too short for
    # the index's related forms: the noun names the verb's act, and is its word.
    with_noun = weigh(donated, "kidney", "Kidney donation saves a stranger", "")
    without = weigh(donated, "kidney", "Kidney gift saves a stranger", "")
    assert with_noun is not None and without is not None
    assert with_noun.distinct == without.distinct + 1
    assert with_noun.predicate is not None and without.predicate is not None
    assert with_noun.predicate > without.predicate
    # And the other way round: the claim's texts give the noun, the text the verb.
    donation = _claim(
        "kidney",
        (
            "Ortiz made a kidney donation to a stranger in Harwick",
            "Harwick teacher's kidney donation saves stranger",
            "Kidney donation by Ortiz saves a stranger in Harwick",
        ),
    )
    with_verb = weigh(donation, "kidney", "Teacher donated a kidney to a stranger", "")
    without = weigh(donation, "kidney", "Teacher gave a kidney to a stranger", "")
    assert with_verb is not None and without is not None
    assert with_verb.distinct == without.distinct + 1


def test_a_noun_in_ation_tells_two_close_claims_apart_as_its_verb() -> None:
    index = ClaimIndex()
    for text in (
        "Harwick teacher Ortiz gave a kidney to a stranger",
        "Harwick teacher Ortiz gives a kidney to a stranger",
        "Harwick teacher Ortiz gives kidney to stranger",
    ):
        index.add("gave", text)
    for text in (
        "Ortiz, a teacher in Harwick, donated a kidney at the county hospital last spring",
        "After weeks of tests the county hospital says Ortiz donated a kidney",
        "Ortiz of Harwick donates kidney",
    ):
        index.add("donated", text)
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    # "gave" scores more on the story's words, but "donation" is the word of the
    # act only the other claim's texts tell ("donated", "donates").
    text = "Kidney donation by Harwick teacher Ortiz"
    ranked = rank_claims(index, text, text, 2)
    assert [claim for claim, _ in ranked] == ["gave", "donated"]
    assert [claim for claim, _ in tell_apart(index, ranked, text)] == ["donated", "gave"]
    text = "Kidney gift by Harwick teacher Ortiz"
    ranked = rank_claims(index, text, text, 2)
    assert tell_apart(index, ranked, text) == ranked


def test_a_word_in_man_is_the_claims_plural_in_men() -> None:
    index = _claim(
        "gunmen",
        (
            "Two gunmen robbed the Harwick post office",
            "Harwick post office robbed by masked gunmen",
            "Gunmen escape with cash from Harwick post office",
        ),
    )
    # No suffix makes "gunmen" of "gunman": the two are one word.
    one = weigh(index, "gunmen", "Gunman robs post office", "")
    other = weigh(index, "gunmen", "Robber robs post office", "")
    assert one is not None and other is not None
    assert one.distinct == other.distinct + 1
    assert one.predicate is not None and other.predicate is not None
    assert one.predicate > other.predicate


def test_an_irregular_verbs_past_is_the_claims_plain_form() -> None:
    shoot = _claim(
        "guard",
        (
            "A guard shoots the gunman inside the Harwick town hall",
            "Harwick town hall guard shoots gunman",
            "The gunman in Harwick town hall was shot by a guard",
        ),
    )
    # No suffix makes "shot" of "shoot": the past is the verb's, and so its word
    # in the claim's texts.
    with_past = weigh(shoot, "guard", "Guard shot the gunman in the hall", "")
    without = weigh(shoot, "guard", "Guard met the gunman in the hall", "")
    assert with_past is not None and without is not None
    assert with_past.predicate is not None and without.predicate is not None
    assert with_past.predicate > without.predicate
    # And the other way round: the claim's texts give the past, the text the plain form.
    caught = _claim(
        "catfish",
        (
            "Fishermen caught a record catfish in the Dunmore river",
            "Record catfish caught in Dunmore river",
            "A catfish caught in the Dunmore river sets a record",
        ),
    )
    with_plain = weigh(caught, "catfish", "Fishermen catch record catfish", "")
    without = weigh(caught, "catfish", "Fishermen land record catfish", "")
    assert with_plain is not None and without is not None
    assert with_plain.distinct == without.distinct + 1


def test_a_short_past_that_is_as_often_another_word_is_no_form_of_its_verb() -> None:
    index = _claim(
        "feed",
        (
            "Harwick farmers feed their cattle seaweed",
            "Cattle in Harwick feed on seaweed",
            "Seaweed feeds Harwick cattle",
        ),
    )
    # "fed" is as often the Fed: too short a form to be read as "feed".
    fed = weigh(index, "feed", "Fed weighs Harwick cattle prices", "")
    other = weigh(index, "feed", "Bank weighs Harwick cattle prices", "")
    assert fed is not None and other is not None
    assert fed.predicate == other.predicate
    assert fed.shared == other.shared


def test_a_person_the_claims_texts_name_with_a_title_is_named_by_the_title() -> None:
    index = _claim(
        "warden",
        (
            "Chief Warden Alma Brevik rescued two climbers on Mount Keldarn",
            "Alma Brevik, the chief warden, rescued climbers on Keldarn",
            "Keldarn climbers rescued by Alma Brevik",
        ),
    )
    index.add("storm", "A storm flooded the coastal road near Dunmore")
    # "the chief warden" is Alma Brevik: her name is not left out.
    titled = weigh(index, "warden", "Chief warden rescued two climbers on Keldarn", "")
    untitled = weigh(index, "warden", "Guide rescued two climbers on Keldarn", "")
    assert titled is not None and untitled is not None
    assert untitled.missing == 2
    assert titled.missing == 0
