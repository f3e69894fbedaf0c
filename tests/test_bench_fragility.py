"""The fragility bench's counting: which rows moved, and which articles are of other stories."""

from __future__ import annotations

from bench.bench_fragility import keyed, moved, unrelated


def row(source: str, at: int, claim: str | None) -> dict[str, object]:
    return {"source": source, "span": [at, at + 5], "claim": claim, "claim_text": claim}


def test_a_claim_renamed_when_its_first_statement_is_left_out_moves_no_row() -> None:
    whole = keyed(
        [row("a", 0, "bridge-closed"), row("b", 0, "bridge-closed"), row("c", 0, "bridge-closed")]
    )
    part = keyed([row("b", 0, "bridge-shut"), row("c", 0, "bridge-shut")])
    assert moved(whole, part) == []


def test_one_row_leaving_its_claim_moves_that_row_only() -> None:
    rows = [row("a", 0, "dam"), row("b", 0, "dam"), row("c", 0, "dam"), row("d", 0, "x")]
    part = [row("a", 0, "dam"), row("b", 0, "dam"), row("c", 0, "flood"), row("d", 0, "x")]
    assert [key[0] for key in moved(keyed(rows), keyed(part))] == ["c"]


def test_a_row_filed_in_one_run_only_moved() -> None:
    whole = keyed([row("a", 0, "dam"), row("b", 0, None)])
    part = keyed([row("a", 0, None), row("b", 0, None)])
    assert [key[0] for key in moved(whole, part)] == ["a"]


def test_articles_sharing_a_claim_with_one_left_out_are_not_of_other_stories() -> None:
    whole = keyed(
        [row("a", 0, "dam"), row("b", 0, "dam"), row("b", 9, "rain"), row("c", 0, "ferry")]
    )
    assert unrelated(whole, {"a"}) == {"c"}
