"""`matching`: match's own rule for when a text speaks about its best claim."""

from __future__ import annotations

import pytest

from claimtrack.grouping import ClaimIndex
from claimtrack.matching import (
    MATCH_FLOOR,
    MATCH_MARGIN,
    MATCH_THRESHOLD,
    accepts,
    decide,
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
