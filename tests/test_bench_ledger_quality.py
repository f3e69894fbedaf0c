"""The whole-ledger benchmark's own rules: how it matches statements and judges claims."""

from __future__ import annotations

from bench._gold import LedgerGoldStatement
from bench.bench_ledger_quality import (
    Pair,
    Prediction,
    claim_right,
    match_statements,
    mixing_claims,
    party_right,
    speaker_words,
)


def gold(
    line: int, speaker: str | None, claim: str = "s/c", story: str = "s", party: str | None = None
) -> LedgerGoldStatement:
    return LedgerGoldStatement(
        story, "fnc1-1", line, speaker, "said", party, ("Met",), None, "asserts", claim
    )


def predicted(
    line: int, speaker: str | None, claim: str = "c", party: str | None = None
) -> Prediction:
    return Prediction("fnc1-1", line, speaker, "said", party, None, "asserts", claim, "", "")


def test_speaker_words_ignore_case_articles_punctuation_and_possessives() -> None:
    assert speaker_words("The U.S. State Department's spokesman") == {
        "us",
        "state",
        "department",
        "spokesman",
    }
    assert speaker_words(None) == frozenset()


def test_matching_needs_near_lines_and_a_shared_speaker_word() -> None:
    golds = [gold(3, "A Met spokesperson"), gold(7, None), gold(9, None)]
    found = match_statements(
        [predicted(4, "the Met"), predicted(7, None), predicted(9, "sources"), predicted(5, "Met")],
        golds,
    )
    assert [(p.predicted.line, p.gold.line) for p in found.pairs] == [(7, 7), (4, 3)]
    assert [p.line for p in found.spurious] == [9, 5]
    assert [g.line for g in found.missed] == [9]


def test_an_agentless_gold_speaker_written_as_its_cue_matches_no_speaker() -> None:
    golds = [
        LedgerGoldStatement(
            "s", "fnc1-1", 2, "it was reported", "it was reported", None, (), None, "asserts", "s/c"
        ),
        LedgerGoldStatement(
            "s", "fnc1-1", 5, "officials", "are said", None, (), None, "asserts", "s/c"
        ),
    ]
    found = match_statements([predicted(2, None), predicted(5, None)], golds)
    assert [(p.predicted.line, p.gold.line) for p in found.pairs] == [(2, 2)]
    assert [g.line for g in found.missed] == [5]


def test_matching_prefers_the_exact_line_then_more_shared_words() -> None:
    golds = [gold(3, "Kremlin spokesman Dmitry Peskov"), gold(4, "Peskov")]
    found = match_statements([predicted(3, "Peskov"), predicted(4, "Dmitry Peskov")], golds)
    assert {(p.predicted.line, p.gold.line) for p in found.pairs} == {(3, 3), (4, 4)}
    found = match_statements([predicted(3, "Peskov"), predicted(3, "Dmitry Peskov")], golds[:1])
    assert [p.predicted.speaker for p in found.pairs] == ["Dmitry Peskov"]


def test_party_counts_alternatives_and_null_case_insensitively() -> None:
    assert party_right(Pair(predicted(1, "x", party="met"), gold(1, "x", party="Metropolitan")))
    assert party_right(Pair(predicted(1, "x"), gold(1, "x")))
    assert not party_right(Pair(predicted(1, "x", party="UK"), gold(1, "x")))


def test_a_claim_is_right_when_its_predicted_and_gold_groups_coincide() -> None:
    pairs = [
        Pair(predicted(1, "a", "p1"), gold(1, "a", "s/x")),
        Pair(predicted(2, "b", "p1"), gold(2, "b", "s/x")),
        Pair(predicted(3, "c", "p2"), gold(3, "c", "s/y")),
        Pair(predicted(4, "d", "p2"), gold(4, "d", "t/z", story="t")),
    ]
    assert claim_right(pairs) == [True, True, False, False]
    assert mixing_claims(pairs) == {"p2": {"s", "t"}}


def test_one_speakers_statements_on_one_line_pair_by_what_their_claims_say() -> None:
    golds = [gold(3, "Sorkin", claim="s/cast"), gold(3, "Sorkin", claim="s/audition")]
    claims = {"s/cast": "Bale will play Jobs", "s/audition": "Bale did not have to audition"}
    said = [
        Prediction("fnc1-1", 3, "Sorkin", "said", None, None, "asserts", "x", "", "no audition"),
        Prediction("fnc1-1", 3, "Sorkin", "said", None, None, "asserts", "y", "", "Bale will play"),
    ]
    found = match_statements(said, golds, claims)
    assert {(p.predicted.claim, p.gold.claim) for p in found.pairs} == {
        ("x", "s/audition"),
        ("y", "s/cast"),
    }


def test_a_joint_speakers_copies_pair_with_the_gold_of_their_own_party() -> None:
    golds = [
        gold(4, "the Herald", claim="s/flood", party="Herald"),
        gold(4, "the Evening Courier", claim="s/flood", party="Evening Courier"),
        gold(4, "the Evening Courier", claim="s/dam", party="Evening Courier"),
    ]
    joint = "the Herald and the Evening Courier"
    found = match_statements(
        [predicted(4, joint, party="Herald"), predicted(4, joint, party="Evening Courier")], golds
    )
    assert {(p.predicted.party, p.gold.party) for p in found.pairs} == {
        ("Herald", "Herald"),
        ("Evening Courier", "Evening Courier"),
    }
    assert [g.claim for g in found.missed] == ["s/dam"]
