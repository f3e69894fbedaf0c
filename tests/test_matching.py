"""`matching`: match's own rule for when a text speaks about its best claim."""

from __future__ import annotations

import pytest

from claimtrack.grouping import ClaimIndex
from claimtrack.matching import (
    MATCH_COVERAGE,
    MATCH_FLOOR,
    MATCH_MARGIN,
    MATCH_THRESHOLD,
    accepts,
    decide,
    profile_share,
    rank_claims,
)


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


def test_a_text_covering_too_little_of_a_claim_s_statements_is_not_about_it() -> None:
    assert not accepts(100.0, 0.0, MATCH_COVERAGE - 0.01)
    assert accepts(MATCH_THRESHOLD, 0.0, MATCH_COVERAGE)


def test_the_rule_is_its_own_not_the_grouping_threshold() -> None:
    from claimtrack.grouping import DEFAULT_THRESHOLD

    assert MATCH_FLOOR < DEFAULT_THRESHOLD < MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("ranked", "threshold", "expected"),
    [
        ([], None, (None, 0.0)),
        ([("a", MATCH_THRESHOLD), ("b", MATCH_THRESHOLD)], None, ("a", MATCH_THRESHOLD)),
        ([("a", MATCH_FLOOR), ("b", MATCH_FLOOR - 1.0)], None, (None, MATCH_FLOOR)),
        # A threshold given is a plain bar: the runner-up does not count.
        ([("a", 20.0), ("b", 19.9)], 20.0, ("a", 20.0)),
        ([("a", 19.9)], 20.0, (None, 19.9)),
    ],
)
def test_decide(
    ranked: list[tuple[str, float]], threshold: float | None, expected: tuple[str | None, float]
) -> None:
    assert decide(ranked, threshold) == expected


def test_decide_asks_the_best_claim_s_share_only_under_its_own_rule() -> None:
    asked: list[str] = []

    def covered(claim_id: str) -> float:
        asked.append(claim_id)
        return 0.0

    ranked = [("a", MATCH_THRESHOLD), ("b", 1.0)]
    assert decide(ranked, None, covered) == (None, MATCH_THRESHOLD)
    assert asked == ["a"]
    # A plain bar is a plain bar.
    assert decide(ranked, MATCH_THRESHOLD, covered) == ("a", MATCH_THRESHOLD)
    assert asked == ["a"]


def _ferry_index() -> ClaimIndex:
    """A claim with statements that agree on what it says, and one loose statement."""
    index = ClaimIndex()
    index.add("ferry-sank", "A ferry carrying tourists sank off the coast of Crete")
    for text in (
        "The tourist ferry sank near Crete after hitting rocks",
        "Ferry with tourists on board sinks off the island",
        "Crete ferry sinking: tourists rescued by fishermen",
        "Coast guard says the sunken ferry carried tourists",
        "Divers reach the ferry that sank with tourists aboard",
        "Tourists describe the moment their ferry sank",
        # Loosely worded: the island and its harbour, not the sinking.
        "Crete harbour fees will rise in the summer season",
    ):
        index.add("ferry-sank", text)
    index.add("olive-harvest", "The olive harvest on Crete failed this year")
    index.add("crete-airport", "Crete will open a second airport in the summer")
    return index


def test_the_share_is_of_what_a_claim_s_statements_say_in_common() -> None:
    index = _ferry_index()
    rewording = "Tourists rescued as ferry sinks near Crete"
    other = "Harbour fees to rise for the summer season"

    assert profile_share(index, rewording, rewording, "ferry-sank") >= MATCH_COVERAGE
    # Close to one statement, far from what the claim is.
    assert profile_share(index, other, other, "ferry-sank") < MATCH_COVERAGE
    assert index.score(other, "ferry-sank") >= MATCH_THRESHOLD


def test_a_claim_of_its_text_alone_leaves_it_to_the_score() -> None:
    index = _ferry_index()
    text = "Olive growers on Crete see prices soar"

    assert profile_share(index, text, text, "olive-harvest") == 1.0


def test_match_says_none_for_a_text_close_only_to_a_loose_statement() -> None:
    index = _ferry_index()
    rewording = "Tourists rescued as ferry sinks near Crete"
    other = "Harbour fees to rise for the summer season"

    for text, expected in ((rewording, "ferry-sank"), (other, None)):
        ranked = rank_claims(index, text, text, 2)
        claim_id, _ = decide(
            ranked, None, lambda claim, text=text: profile_share(index, text, text, claim)
        )
        assert claim_id == expected


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
