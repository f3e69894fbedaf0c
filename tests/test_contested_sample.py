"""The contested-claims sample's draw from a dry run's JSON rows."""

from __future__ import annotations

import random

from bench.contested_sample import Claim, claims_of, describe, draw, held_out, totals


def _row(claim: str | None, stance: str, party: str | None, **more: object) -> dict[str, object]:
    row: dict[str, object] = {
        "claim": claim,
        "claim_text": f"Text of {claim}",
        "new_claim": False,
        "stance": stance,
        "party": party,
        "speaker": party,
        "cue": "said",
        "content": "The ferry sank",
        "quote": "The ferry sank, the coastguard said.",
        "source": "fnc1-1",
        "line": 3,
    }
    row.update(more)
    return row


ROWS = [
    _row("ferry-sank", "asserts", "Coastguard", new_claim=True),
    _row("ferry-sank", "denies", "Ferry Line"),
    _row("bridge-closed", "asserts", "City", new_claim=True),
    _row("bridge-closed", "disputes", "City"),
    _row("bridge-closed", "denies", None),
    _row("mayor-resigned", "asserts", "Herald", new_claim=True),
    _row("mayor-resigned", "asserts", "Gazette"),
    _row("toll-raised", "denies", "Council", new_claim=True),
    _row(None, "asserts", "Someone"),
]


def test_claims_gather_rows_by_id_and_take_the_text_of_their_first_row() -> None:
    claims = claims_of([*ROWS, _row("ferry-sank", "asserts", "Radio")])
    assert [claim.id for claim in claims] == [
        "bridge-closed",
        "ferry-sank",
        "mayor-resigned",
        "toll-raised",
    ]
    ferry = claims[1]
    assert ferry.text == "Text of ferry-sank"
    assert len(ferry.rows) == 3


def test_a_claim_is_contested_with_an_assertion_and_a_denial_or_doubt() -> None:
    by_id = {claim.id: claim for claim in claims_of(ROWS)}
    assert by_id["ferry-sank"].contested
    assert by_id["bridge-closed"].contested
    assert not by_id["mayor-resigned"].contested  # two assertions
    assert not by_id["toll-raised"].contested  # a denial alone
    # One named party on both sides; an unresolved speaker is no party.
    assert by_id["bridge-closed"].parties_on_both_sides() == ["City"]
    assert by_id["ferry-sank"].parties_on_both_sides() == []
    assert totals(claims_of(ROWS)) == (4, 2, 1)


def test_the_draw_is_the_seeds_shuffle_of_the_sorted_contested_ids() -> None:
    rows = []
    for number in range(30):
        rows += [_row(f"c{number:02}", "asserts", "A"), _row(f"c{number:02}", "denies", "B")]
    rows += [_row("plain", "asserts", "A")]
    claims = claims_of(reversed(rows))  # the rows' order does not matter
    ids = sorted(f"c{number:02}" for number in range(30))
    random.Random(77).shuffle(ids)
    assert [claim.id for claim in draw(claims, 77, 5)] == ids[:5]
    assert len(draw(claims, 77, 50)) == 30
    assert draw(claims, 77, 5) == draw(claims, 77, 5)
    assert draw(claims, 77, 5) != draw(claims, 78, 5)


def test_claims_touching_a_held_out_story_are_left_out() -> None:
    assert held_out("He had surgery on both ankles")
    assert held_out("Flights to Las Vegas were cancelled")
    assert not held_out("The ferry sank off the coast")
    rows = [
        _row("ferry-sank", "asserts", "A", new_claim=True),
        _row("ferry-sank", "denies", "B", quote="The ferry did not sink, a Saudi official said."),
    ]
    assert claims_of(rows) == []


def test_the_printout_groups_statements_by_stance_with_where_they_are() -> None:
    claim = Claim("bridge-closed", "The bridge was closed", tuple(ROWS[2:5]))
    text = describe(1, claim)
    assert text.startswith("## 1. bridge-closed\ntext: The bridge was closed")
    assert "one party on both sides: City" in text
    assert "  parties denies: None\n" in text
    assert "  parties disputes: City\n" in text
    assert text.index("asserts (1)") < text.index("denies (1)") < text.index("disputes (1)")
    assert "    fnc1-1:3  City -> City  [cue: said]" in text
    assert "quote:   The ferry sank, the coastguard said." in text
