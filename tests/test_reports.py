"""The records commands print: field names, counts, filters and claim lookup."""

from __future__ import annotations

import re

import pytest

from claimtrack.errors import NotFoundError
from claimtrack.model import Claim, Ledger, Party, Problem, Source, Stance, Statement
from claimtrack.reports import (
    ClaimFilter,
    Layout,
    find_claim,
    find_claim_id,
    list_report,
    parties_report,
    problems_report,
    show_report,
    sources_report,
    unknown_filter,
)

TROOPS = "North Korea has deployed troops to Russia to fight Ukraine"
SHELLS = "North Korea supplies Russia with artillery shells and missiles used in Ukraine"
CHINA = "China's stance on the Ukraine crisis is consistent and unchanged"


def said(
    party: str | None,
    stance: Stance,
    quote: str,
    source: str = "000_news",
    line: int = 1,
    speaker: str | None = None,
    cue: str | None = None,
) -> Statement:
    return Statement(
        stance=stance,
        quote=quote,
        content=quote,
        source=source,
        line=line,
        party=party,
        speaker=speaker or party,
        cue=cue,
    )


@pytest.fixture
def ledger() -> Ledger:
    return Ledger(
        path="claims.yaml",
        parties=(
            Party("United States", ("Sabrina Singh",)),
            Party("North Korea", ("DPRK", "Pyongyang")),
            Party("Japan"),
        ),
        sources=(
            Source("000_news", "sources/000_news.txt", "aa", title="Biden expressed concern"),
            Source("001_wire", "sources/001_wire.txt", "bb", url="https://example.org/wire"),
            Source("002_copy", "sources/002_copy.txt", "cc", copy_of="001_wire"),
        ),
        claims=(
            Claim(
                "nk-troops-in-russia",
                TROOPS,
                (
                    said(
                        "United States",
                        Stance.ASSERTS,
                        "The US State Department accused 10,000 North Korean soldiers of "
                        "participating in combat operations alongside the Russian army in Kursk.",
                        line=7,
                        speaker="The US State Department",
                        cue="accused",
                    ),
                    said(
                        "Russia",
                        Stance.DISPUTES,
                        "Moscow pointed out that Washington has no evidence.",
                        line=8,
                        speaker="Moscow",
                        cue="pointed out",
                    ),
                    said(
                        "North Korea",
                        Stance.DENIES,
                        "Pyongyang has also rejected accusations by the US.",
                        line=9,
                    ),
                    said(
                        "South Korea",
                        Stance.ASSERTS,
                        "Seoul and Washington have said that troops began combat.",
                        source="001_wire",
                        line=10,
                    ),
                    said(
                        None, Stance.ASSERTS, "Experts suggest troops arrived.", source="001_wire"
                    ),
                ),
            ),
            Claim(
                "nk-shells-for-russia",
                SHELLS,
                (
                    said(
                        "United States",
                        Stance.ASSERTS,
                        "The United States has accused North Korea of supplying shells.",
                        source="001_wire",
                    ),
                ),
            ),
            Claim("china-ukraine-stance-unchanged", CHINA, ()),
        ),
    )


def ids(ledger: Ledger, claim_filter: ClaimFilter) -> list[str]:
    return [record["id"] for record in list_report(ledger, claim_filter).records]


def test_list_record_has_the_contract_fields_with_parties_sorted(ledger: Ledger) -> None:
    first = list_report(ledger).document[0]

    assert first == {
        "id": "nk-troops-in-russia",
        "text": TROOPS,
        "asserts": ["South Korea", "United States"],
        "denies": ["North Korea"],
        "disputes": ["Russia"],
        "statements": 5,
        "sources": 2,
        "independent_sources": 2,
        "no_party": {"asserts": 1, "denies": 0, "disputes": 0},
    }


def test_a_speaker_without_party_counts_as_a_statement_but_names_no_party(ledger: Ledger) -> None:
    first = list_report(ledger).records[0]

    assert first["statements"] == 5
    assert None not in first["asserts"]
    assert first["no_party"]["asserts"] == 1


def test_list_filters_by_party_name_or_alias_ignoring_case(ledger: Ledger) -> None:
    assert ids(ledger, ClaimFilter(party="united states")) == [
        "nk-troops-in-russia",
        "nk-shells-for-russia",
    ]
    assert ids(ledger, ClaimFilter(party="DPRK")) == ["nk-troops-in-russia"]


def test_list_filters_by_stance_of_the_named_party(ledger: Ledger) -> None:
    assert ids(ledger, ClaimFilter(party="North Korea", stance=Stance.ASSERTS)) == []
    assert ids(ledger, ClaimFilter(party="North Korea", stance=Stance.DENIES)) == [
        "nk-troops-in-russia"
    ]
    assert ids(ledger, ClaimFilter(stance=Stance.ASSERTS)) == [
        "nk-troops-in-russia",
        "nk-shells-for-russia",
    ]


def test_list_contested_keeps_claims_someone_denies_or_disputes(ledger: Ledger) -> None:
    assert ids(ledger, ClaimFilter(contested=True)) == ["nk-troops-in-russia"]


def test_list_filters_by_source_and_by_search_words(ledger: Ledger) -> None:
    assert ids(ledger, ClaimFilter(source="001_wire")) == [
        "nk-troops-in-russia",
        "nk-shells-for-russia",
    ]
    assert ids(ledger, ClaimFilter(search="ARTILLERY russia")) == ["nk-shells-for-russia"]
    # Words found in a quote count too.
    assert ids(ledger, ClaimFilter(search="kursk")) == ["nk-troops-in-russia"]
    assert ids(ledger, ClaimFilter(search="kursk shells")) == []


def test_unknown_party_or_source_says_what_to_run(ledger: Ledger) -> None:
    unknown_party = ClaimFilter(party="Rusia")
    unknown_source = ClaimFilter(source="009_x")
    assert list_report(ledger, unknown_party).records == []
    assert list_report(ledger, unknown_source).records == []
    assert re.search(
        r"No party 'Rusia'.*'Russia'.*claimtrack parties",
        unknown_filter(ledger, unknown_party) or "",
    )
    assert re.search(
        r"No source '009_x'.*claimtrack sources", unknown_filter(ledger, unknown_source) or ""
    )
    assert unknown_filter(ledger, ClaimFilter(party="Kremlin")) is None


def test_show_lists_statements_with_their_source_details(ledger: Ledger) -> None:
    claim = ledger.claims[0]
    report = show_report(ledger, claim, {"United States": "state"}.get)

    assert report.layout is Layout.CLAIM
    assert report.document["id"] == "nk-troops-in-russia"
    assert report.document["denies"] == ["North Korea"]
    first = report.document["statements"][0]
    assert first == {
        "party": "United States",
        "speaker": "The US State Department",
        "stance": "asserts",
        "cue": "accused",
        "content": claim.statements[0].content,
        "quote": claim.statements[0].quote,
        "source": "000_news",
        "path": "sources/000_news.txt",
        "title": "Biden expressed concern",
        "url": None,
        "line": 7,
        "outlet": None,
        "copy_of": None,
        "published": None,
        "kind": "state",
    }
    # One statement per line in JSON Lines and TSV, each naming its claim.
    assert len(report.records) == 5
    assert report.records[3]["claim"] == "nk-troops-in-russia"
    assert report.records[3]["url"] == "https://example.org/wire"


def test_find_claim_by_id_id_start_or_words(ledger: Ledger) -> None:
    assert find_claim(ledger, "nk-shells-for-russia").id == "nk-shells-for-russia"
    assert find_claim(ledger, "NK-Shells-For-Russia").id == "nk-shells-for-russia"
    assert find_claim(ledger, "nk-sh").id == "nk-shells-for-russia"
    assert find_claim(ledger, "artillery shells").id == "nk-shells-for-russia"
    assert find_claim(ledger, "north korean troops").id == "nk-troops-in-russia"
    assert find_claim(ledger, "China's stance on Ukraine").id == "china-ukraine-stance-unchanged"


def test_find_claim_lists_candidates_when_words_fit_several(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError) as raised:
        find_claim(ledger, "north korea russia")

    message = str(raised.value)
    assert "matches several claims" in message
    assert "nk-troops-in-russia" in message
    assert "nk-shells-for-russia" in message


def test_find_claim_names_the_closest_and_what_to_try(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError) as raised:
        find_claim(ledger, "troops in bakhmut")

    first_line = str(raised.value).splitlines()[0]
    assert first_line.startswith(
        "No such claim: 'troops in bakhmut'. Closest: nk-troops-in-russia ("
    )
    assert first_line.endswith("Try `claimtrack list --search troops`.")  # bakhmut finds none


def test_find_claim_id_does_not_guess(ledger: Ledger) -> None:
    with pytest.raises(
        NotFoundError, match=r"No claim has the id 'nk-troops'.*nk-troops-in-russia"
    ):
        find_claim_id(ledger, "nk-troops")


def test_parties_count_claims_per_stance_and_keep_listed_parties(ledger: Ledger) -> None:
    rows = {record["party"]: record for record in parties_report(ledger).records}

    assert list(rows) == ["Japan", "North Korea", "Russia", "South Korea", "United States"]
    assert rows["United States"] == {
        "party": "United States",
        "kind": None,
        "aliases": ["Sabrina Singh"],
        "asserts": 2,
        "denies": 0,
        "disputes": 0,
        "statements": 2,
    }
    assert rows["Japan"]["statements"] == 0
    assert rows["Russia"]["disputes"] == 1


def test_sources_count_statements_and_mark_copies(ledger: Ledger) -> None:
    rows = {record["id"]: record for record in sources_report(ledger).records}

    assert rows["000_news"]["statements"] == 3
    assert rows["001_wire"]["statements"] == 3
    assert rows["001_wire"]["claims"] == 2
    assert rows["002_copy"]["copy_of"] == "001_wire"
    assert rows["002_copy"]["statements"] == 0


def test_problems_document_is_an_object_with_a_list() -> None:
    report = problems_report([Problem("claims.yaml", 4, 7, "unknown stance 'deny'")])

    assert report.document == {
        "problems": [
            {"path": "claims.yaml", "line": 4, "column": 7, "message": "unknown stance 'deny'"}
        ]
    }
