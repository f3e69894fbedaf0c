"""The match benchmark's sorting of wrong answers (`--misses`)."""

from __future__ import annotations

from bench.bench_match import FALSE_MATCH, NULL_RIGHT, WRONG_NULL, WRONG_TAKEN, miss_kind


def _record(taken: str | None, *ranked: str) -> dict[str, object]:
    candidates = [{"claim": claim, "score": 50.0 - i} for i, claim in enumerate(ranked)]
    return {"claim": taken, "candidates": candidates}


def test_a_headline_about_a_tracked_claim_is_missed_by_the_rule_or_by_the_ranking() -> None:
    assert miss_kind(_record("c-harbour", "c-harbour", "c-bridge"), "c-harbour", True) is None
    assert miss_kind(_record(None, "c-harbour", "c-bridge"), "c-harbour", True) == NULL_RIGHT
    assert miss_kind(_record(None, "c-bridge", "c-harbour"), "c-harbour", True) == WRONG_NULL
    assert miss_kind(_record("c-bridge", "c-bridge"), "c-harbour", True) == WRONG_TAKEN
    assert miss_kind(_record(None), "c-harbour", True) == WRONG_NULL


def test_a_headline_about_an_untracked_claim_is_wrong_only_when_a_claim_is_taken() -> None:
    assert miss_kind(_record(None, "c-bridge"), "c-harbour", False) is None
    assert miss_kind(_record("c-bridge", "c-bridge"), "c-harbour", False) == FALSE_MATCH
