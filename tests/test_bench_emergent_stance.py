"""The Emergent benchmark's mapping from a headline's statement to Emergent's labels."""

from __future__ import annotations

from bench.bench_emergent_stance import KEPT_BACK, label
from claimtrack.model import Stance, Statement


def _said(speaker: str | None, cue: str | None, stance: Stance = Stance.ASSERTS) -> Statement:
    return Statement(
        stance=stance,
        quote="q",
        content="the content",
        source="s",
        line=1,
        speaker=speaker,
        cue=cue,
    )


def test_a_headline_in_which_the_claims_own_speaker_says_it_is_for_the_claim() -> None:
    claim = "A retired bishop told a radio host that the cathedral bells were stolen"
    assert label(_said("Retired Bishop", "says"), None, claim) == "for"
    # Anyone else saying it keeps the headline's distance, as does a claim of no saying.
    assert label(_said("Police Chief", "says"), None, claim) == "observing"
    assert label(_said("Bishop", "says"), None, "The cathedral bells were stolen") == "observing"
    assert label(_said(None, "reportedly"), None, claim) == "observing"


def test_denials_stay_against_and_unnamed_assertions_for() -> None:
    claim = "A retired bishop said the bells were stolen"
    assert label(_said("Bishop", "denies", Stance.DENIES), None, claim) == "against"
    assert label(_said(None, None), None, claim) == "for"
    assert label(_said(None, None), "may", claim) == "observing"


def test_the_held_out_stories_are_told_by_their_claims() -> None:
    assert KEPT_BACK.search("HP will split into two companies")
    assert not KEPT_BACK.search("A retired bishop said the bells were stolen")
