"""Claim texts made from a statement's content: propositions that stand alone."""

from __future__ import annotations

from claimtrack.claimtext import proposition


def test_a_verdict_on_a_proposition_leaves_the_proposition() -> None:
    # Whoever calls it false denies it; the claim is what was called false.
    made = proposition("Robert Plant ripped up an $800 contract for the tour is false")
    assert made.text == "Robert Plant ripped up an $800 contract for the tour"
    # A thing judged, with no proposition of its own, keeps its verdict.
    assert proposition("The Banksy arrest story is a hoax").text == (
        "The Banksy arrest story is a hoax"
    )


def test_only_the_first_sentence_is_kept() -> None:
    assert proposition("The video is not made up. I knew the world would react").text == (
        "The video is not made up"
    )
    # "et al." ends no sentence.
    assert proposition("Smith et al. found that the drug works").text == (
        "Smith et al. found that the drug works"
    )
