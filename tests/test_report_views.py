"""Report builders over one party, one claim's timeline and every statement."""

from __future__ import annotations

import pytest

from claimtrack.errors import NotFoundError
from claimtrack.model import Claim, Ledger, Party, Source, Stance, Statement
from claimtrack.reports import Layout, party_report, source_date

TROOPS = "North Korea has deployed troops to Russia to fight Ukraine"


def said(party: str | None, stance: Stance, source: str, line: int = 1) -> Statement:
    quote = f"{party or 'Someone'} {stance.value} it (line {line})."
    return Statement(stance, quote, quote, source, line, party=party, speaker=party, cue="said")


@pytest.fixture
def ledger() -> Ledger:
    return Ledger(
        path="claims.yaml",
        parties=(Party("North Korea", ("Pyongyang",)),),
        sources=(
            Source("early", "sources/early.md", "aa", published="2024-10-20", outlet="Yonhap"),
            Source("late", "sources/late.md", "bb", published="2024-11-17", outlet="Reuters"),
            Source("undated", "sources/undated.txt", "cc"),
            Source("odd", "sources/odd.txt", "dd", published="last spring"),
        ),
        claims=(
            Claim(
                "nk-troops-in-russia",
                TROOPS,
                (
                    said("Russia", Stance.DENIES, "late", 3),
                    said("Russia", Stance.DISPUTES, "early", 5),
                    said("North Korea", Stance.DENIES, "undated"),
                    said("Russia", Stance.DENIES, "odd"),
                ),
            ),
            Claim("other", "Something else", (said("North Korea", Stance.ASSERTS, "early"),)),
        ),
    )


def test_party_report_lists_stances_counts_and_dates(ledger: Ledger) -> None:
    report = party_report(ledger, "Russia")

    assert report.layout is Layout.PARTY
    assert report.records == [
        {
            "party": "Russia",
            "claim": "nk-troops-in-russia",
            "claim_text": TROOPS,
            "stances": ["denies", "disputes"],
            "statements": 3,
            "sources": 3,
            "first": "2024-10-20",
            "last": "2024-11-17",
        }
    ]
    assert report.document["party"] == "Russia"
    assert "party" not in report.document["claims"][0]


def test_party_report_finds_the_party_by_alias_and_keeps_claims_undated(ledger: Ledger) -> None:
    records = party_report(ledger, "pyongyang").records

    assert [(r["claim"], r["first"], r["last"]) for r in records] == [
        ("nk-troops-in-russia", None, None),
        ("other", "2024-10-20", "2024-10-20"),
    ]


def test_party_report_refuses_an_unknown_party(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError, match="Did you mean 'Russia'"):
        party_report(ledger, "Rusia")


@pytest.mark.parametrize(
    ("published", "date"),
    [
        ("2024-11-17", "2024-11-17"),
        ("2024-11-17T09:30:00+09:00", "2024-11-17"),
        ("2024-13-45", None),
        ("Nov 17", None),
        (None, None),
    ],
)
def test_source_date_is_iso_or_none(published: str | None, date: str | None) -> None:
    assert source_date(Source("s", "s.txt", "x", published=published)) == date


# -- timeline ---------------------------------------------------------------------


def test_timeline_is_in_date_order_with_undated_last(ledger: Ledger) -> None:
    from claimtrack.reports import timeline_report

    claim = ledger.claims[0]
    report = timeline_report(ledger, claim)

    assert report.layout is Layout.TIMELINE
    assert [(r["date"], r["source"], r["party"]) for r in report.records] == [
        ("2024-10-20", "early", "Russia"),
        ("2024-11-17", "late", "Russia"),
        (None, "undated", "North Korea"),
        (None, "odd", "Russia"),
    ]
    assert report.document["id"] == "nk-troops-in-russia"
    assert report.document["timeline"] == report.records


def test_timeline_marks_a_party_changing_its_stance(ledger: Ledger) -> None:
    from claimtrack.reports import timeline_report

    records = timeline_report(ledger, ledger.claims[0]).records

    # Russia disputed on 20 October and denied on 17 November; undated never marks.
    assert [r["changed_from"] for r in records] == [None, ["disputes"], None, None]


def test_timeline_does_not_mark_a_stance_held_before_or_on_the_same_day() -> None:
    from claimtrack.reports import timeline_report

    sources = tuple(
        Source(name, f"sources/{name}.md", name, published=date)
        for name, date in (("a", "2024-01-01"), ("b", "2024-01-02"), ("c", "2024-01-03"))
    )
    statements = (
        said("Iraq", Stance.ASSERTS, "a"),
        said("Iraq", Stance.DENIES, "a", 2),  # mixed on one day: no change yet
        said("Iraq", Stance.DENIES, "b"),  # held on the day before: no change
        said("Iraq", Stance.ASSERTS, "c"),  # the day before it only denied: a change
    )
    claim = Claim("c", "A claim", statements)
    ledger = Ledger("claims.yaml", sources=sources, claims=(claim,))

    records = timeline_report(ledger, claim).records

    assert [r["changed_from"] for r in records] == [None, None, None, ["denies"]]
