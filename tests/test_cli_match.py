"""`claimtrack match`: which tracked claim a text speaks about, and with what stance."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimtrack.grouping import DEFAULT_THRESHOLD

EXAMPLE = Path(__file__).resolve().parent / "example" / "claims.yaml"
FIELDS = ["text", "claim", "claim_text", "score", "speaker", "party", "cue", "stance"]

DENIAL = "Pyongyang rejected accusations that it sent troops to Russia"
SHELLS = "Moscow and Pyongyang deny that North Korea supplies artillery shells"
HEDGED = "North Korean soldiers have reportedly been deployed to Kursk"
WEATHER = "The weather in Seoul was sunny, officials said"


def matched(run, *args: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    result = run("match", "--format", "jsonl", *args)
    assert result.exit_code in (0, 3), result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_text_gets_its_claim_and_stance_in_order(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    records = matched(run, DENIAL, SHELLS, HEDGED)

    assert [list(record) for record in records] == [FIELDS] * 3
    assert [record["text"] for record in records] == [DENIAL, SHELLS, HEDGED]
    denial, shells, hedged = records
    assert denial["claim"] == "nk-troops-in-russia"
    assert denial["claim_text"] == "North Korea has deployed troops to Russia to fight Ukraine"
    assert (denial["speaker"], denial["party"], denial["stance"]) == (
        "Pyongyang",
        "North Korea",
        "denies",
    )
    assert isinstance(denial["score"], float) and DEFAULT_THRESHOLD <= denial["score"] <= 100
    assert shells["claim"] == "nk-shells-for-russia"
    assert shells["stance"] == "denies"
    # Nobody named: the hedge is the cue.
    assert (hedged["claim"], hedged["speaker"], hedged["cue"]) == (
        "nk-troops-in-russia",
        None,
        "reportedly",
    )
    assert ledger.read_bytes() == before


def test_below_the_threshold_the_claim_is_null_with_the_best_score(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    weather, denial = matched(run, WEATHER, DENIAL)
    strict = matched(run, "--threshold", "100", DENIAL)[0]

    assert (weather["claim"], weather["claim_text"]) == (None, None)
    assert weather["speaker"] == "officials"
    assert weather["score"] < denial["score"]
    assert (strict["claim"], strict["claim_text"]) == (None, None)
    assert strict["score"] == denial["score"]


def test_texts_from_stdin_one_per_line(run, ledger: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DENIAL}\n\n   \n{WEATHER}\r\n{HEDGED}"))

    result = run("match", "--format", "jsonl")

    assert result.exit_code == 0
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == [DENIAL, WEATHER, HEDGED]


def test_a_dash_reads_stdin_in_its_place(
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{WEATHER}\n{HEDGED}\n"))

    alone = run("match", "--format", "jsonl", "-")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{WEATHER}\n{HEDGED}\n"))
    among = run("match", "--format", "jsonl", DENIAL, "-", SHELLS)

    assert alone.exit_code == among.exit_code == 0
    assert [json.loads(line)["text"] for line in alone.stdout.splitlines()] == [WEATHER, HEDGED]
    assert [json.loads(line)["text"] for line in among.stdout.splitlines()] == [
        DENIAL,
        WEATHER,
        HEDGED,
        SHELLS,
    ]


def test_a_dash_given_twice_is_a_usage_error(
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DENIAL}\n"))

    result = run("match", "-", DENIAL, "-")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "only once" in result.stderr


def test_match_help_says_a_dash_reads_stdin(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "--help")

    assert "- reads texts from stdin" in " ".join(result.stdout.split())


def _stdin_bytes(data: bytes) -> io.TextIOWrapper:
    """stdin as a shell gives it: bytes beneath a UTF-8 text stream that refuses others."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")


def test_texts_from_stdin_that_are_not_utf8_are_read_with_a_warning(  # type: ignore[no-untyped-def]
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headlines = "Pyongyang denied sending troops to Russia\nCafé owners in Séoul said prices rose\n"
    monkeypatch.setattr("sys.stdin", _stdin_bytes(headlines.encode("cp1252")))

    result = run("match", "--format", "jsonl")

    assert result.exit_code == 0, result.stderr
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == [
        "Pyongyang denied sending troops to Russia",
        "Café owners in Séoul said prices rose",
    ]
    assert "not UTF-8; read as Windows-1252" in result.stderr
    assert "Internal error" not in result.stderr


def test_texts_from_stdin_with_a_byte_order_mark_lose_it(  # type: ignore[no-untyped-def]
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _stdin_bytes(f"\ufeff{DENIAL}\r\n{HEDGED}\r\n".encode()))

    result = run("match", "--format", "jsonl")

    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [DENIAL, HEDGED]
    assert result.stderr == ""


def test_exit_3_when_no_text_matches_any_claim(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "--format", "jsonl", WEATHER)

    assert result.exit_code == 3
    assert json.loads(result.stdout)["claim"] is None
    assert "does not match any tracked claim" in result.stderr
    assert "--threshold" in result.stderr


def test_no_text_at_all_is_a_usage_error(  # type: ignore[no-untyped-def]
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n  \n"))

    result = run("match")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "No text to match" in result.stderr


def test_an_empty_ledger_says_to_extract_first(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run("init")

    result = run("match", DENIAL)

    assert result.exit_code == 3
    assert "no claims yet" in result.stderr


def test_tsv_in_a_pipe_and_a_table_for_people(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    tsv = run("match", DENIAL, WEATHER)
    table = run("match", "--format", "table", DENIAL, WEATHER)

    header, first, second = tsv.stdout.splitlines()
    assert header.split("\t") == FIELDS
    assert first.split("\t")[:2] == [DENIAL, "nk-troops-in-russia"]
    assert second.split("\t")[1:3] == ["", ""]
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split() == ["text", "says", "claim", "score"]
    assert "denies (rejected accusations)" in table.stdout
    assert "nk-troops-in-russia" in table.stdout
    assert "no tracked claim" in table.stdout


@pytest.mark.parametrize("output_format", ["json", "yaml"])
def test_json_and_yaml_hold_the_same_records(run, ledger: Path, output_format: str) -> None:  # type: ignore[no-untyped-def]
    import yaml

    lines = matched(run, DENIAL, WEATHER)
    result = run("match", "--format", output_format, DENIAL, WEATHER)

    loaded = json.loads(result.stdout) if output_format == "json" else yaml.safe_load(result.stdout)
    assert loaded == lines


def test_top_lists_the_best_candidates_with_scores(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "match", "--top", "2", "--format", "jsonl", "Pyongyang denied sending troops to Russia"
    )

    assert result.exit_code == 0
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    candidates = record["candidates"]
    assert len(candidates) == 2
    assert candidates[0]["claim"] == record["claim"]
    assert set(candidates[0]) == {"claim", "claim_text", "score"}
    assert candidates[0]["score"] >= candidates[1]["score"]


def test_top_candidates_read_the_same_in_csv_as_in_tsv(run) -> None:  # type: ignore[no-untyped-def]
    import csv

    text = "Pyongyang denied sending troops to Russia"
    tsv = run("match", "--top", "2", "--format", "tsv", text)
    comma = run("match", "--top", "2", "--format", "csv", text)

    header, row = tsv.stdout.splitlines()
    by_tab = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    [by_comma] = list(csv.DictReader(io.StringIO(comma.stdout)))
    # A spreadsheet gets claim ids and scores, not a program's notation for them.
    assert by_comma["candidates"] == by_tab["candidates"]
    assert "{" not in by_comma["candidates"]
    assert by_comma["candidates"].startswith(by_comma["claim"] + " (")


def test_a_text_about_no_tracked_claim_gets_null_but_its_candidates(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "--top", "1", "--format", "tsv", "North Korea sells coal to Brazil")

    header, row = result.stdout.splitlines()
    fields = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert fields["claim"] == ""
    assert result.exit_code == 3


def test_top_k_lists_the_k_best_claims_best_first_beside_a_large_claim(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    # nk-troops-in-russia has many statements: each of them is an example the
    # claim is matched on, and they must not crowd the other claims off the list.
    [plain] = matched(run, DENIAL)
    [record] = matched(run, "--top", "3", DENIAL)

    candidates = record["candidates"]
    assert isinstance(candidates, list) and len(candidates) == 3
    assert [set(c) for c in candidates] == [{"claim", "claim_text", "score"}] * 3
    assert len({c["claim"] for c in candidates}) == 3
    scores = [c["score"] for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert (candidates[0]["claim"], candidates[0]["score"]) == (record["claim"], record["score"])
    # Asking for candidates changes nothing else.
    assert {k: v for k, v in record.items() if k != "candidates"} == plain


def test_top_k_stops_at_the_claims_that_share_anything_with_the_text(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    [record] = matched(run, "--top", "50", DENIAL)
    [nothing] = matched(run, "--top", "50", "Zebras graze on the savanna")

    candidates = record["candidates"]
    assert isinstance(candidates, list)
    assert 3 <= len(candidates) < 50
    assert all(c["score"] > 0 for c in candidates)
    assert nothing["claim"] is None
    assert nothing["candidates"] == []


STORIES = {
    "batmobile-stolen": "The Batmobile was stolen from a film set in Detroit",
    "banksy-arrested": "Banksy was arrested in London and his identity revealed",
    "watch-sales": "Apple will sell 15 million Apple Watches in 2015",
    "watch-ships": "The Apple Watch will ship in March",
}


@pytest.fixture
def stories(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A ledger of four hand-tracked claims: two stories, one of them with two claims."""
    monkeypatch.chdir(tmp_path)
    run("init")
    for claim_id, text in STORIES.items():
        assert run("add", text, "--id", claim_id).exit_code == 0


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Police say the Batmobile was stolen in Detroit", "batmobile-stolen"),
        ("Street artist Banksy arrested, identity revealed", "banksy-arrested"),
        ("Apple Watch to ship in March, analyst says", "watch-ships"),
        ("Analysts expect 15 million Apple Watch sales this year", "watch-sales"),
    ],
)
def test_a_text_about_a_tracked_claim_gets_that_claim(  # type: ignore[no-untyped-def]
    run, stories: None, text: str, claim: str
) -> None:
    [record] = matched(run, text)

    assert record["claim"] == claim
    assert record["claim_text"] == STORIES[claim]


@pytest.mark.parametrize(
    "text",
    [
        # Another claim of a tracked story: close to its claims, about none of them.
        "Apple Watch battery will last only four hours",
        # Nothing tracked at all.
        "Local bakery wins national bread prize",
        "The weather in Seoul was sunny, officials said",
    ],
)
def test_a_text_about_no_tracked_claim_gets_null_and_exit_3(run, stories: None, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "--format", "jsonl", "--top", "2", text)

    record = json.loads(result.stdout)
    assert result.exit_code == 3
    assert (record["claim"], record["claim_text"]) == (None, None)
    # The best score seen is still given, and is the best candidate's.
    best = record["candidates"][0]["score"] if record["candidates"] else 0.0
    assert record["score"] == best


def test_a_nationality_before_a_legislator_title_names_that_state(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    korean, filipino, american = matched(
        run,
        "South Korean Rep. Kim Byung-joo said North Korea sent troops to Russia",
        "Philippine Sen. Risa Hontiveros said North Korea sent troops to Russia",
        "Sen. Marco Rubio said North Korea sent troops to Russia",
    )

    assert korean["speaker"] == "South Korean Rep. Kim Byung-joo"
    assert korean["party"] == "South Korea"
    assert filipino["party"] == "Philippines"
    assert american["party"] == "United States"


@pytest.mark.parametrize(
    ("text", "speaker", "party", "cue"),
    [
        (
            "The Kremlin declined to comment on reports that North Korean troops are in Russia",
            "The Kremlin",
            "Russia",
            "declined to comment",
        ),
        (
            "US officials could not confirm that North Korean troops are fighting in Kursk",
            "US officials",
            "United States",
            "could not confirm",
        ),
    ],
)
def test_a_text_that_takes_no_position_has_a_null_stance(  # type: ignore[no-untyped-def]
    run, ledger: Path, text: str, speaker: str, party: str, cue: str
) -> None:
    record = matched(run, text)[0]

    assert record["stance"] is None
    assert (record["speaker"], record["party"], record["cue"]) == (speaker, party, cue)


def test_a_table_says_no_position(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "match",
        "--format",
        "table",
        "The Kremlin declined to comment on reports that North Korean troops are in Russia",
    )

    assert result.exit_code == 0, result.stderr
    assert "no position" in result.stdout


def test_the_readme_match_example_prints_what_the_readme_shows(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex
    import shutil

    repo = Path(__file__).resolve().parent.parent
    shutil.copyfile(repo / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(repo / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    lines = (repo / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("$ claimtrack match "))
    shown = []
    for line in lines[start + 1 :]:
        if line.startswith(("$ ", "```")):
            break
        shown.append(line)

    result = run(*shlex.split(lines[start])[2:])

    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == shown


_PEOPLE_LEDGER = """\
version: 1
sources:
  council:
    path: sources/council.md
    sha256: aa
claims:
  bridge-rebuilt-by-2027:
    text: The old harbour bridge will be rebuilt by 2027
    statements:
    - party: Maria Lindqvist
      stance: asserts
      speaker: Maria Lindqvist
      cue: said
      source: council
      line: 2
      content: the old harbour bridge will be rebuilt by 2027
      quote: Maria Lindqvist said the old harbour bridge will be rebuilt by 2027.
    - party: Grace Okafor
      stance: asserts
      speaker: Grace Okafor
      cue: said
      source: council
      line: 4
      content: the bridge will be rebuilt by 2027
      quote: Grace Okafor said the bridge will be rebuilt by 2027.
    - party: Daniel Okafor
      stance: disputes
      speaker: Daniel Okafor
      cue: questioned
      source: council
      line: 6
      content: whether the bridge will be rebuilt by 2027
      quote: Daniel Okafor questioned whether the bridge will be rebuilt by 2027.
"""


def test_a_speaker_named_by_last_name_is_the_tracked_person_of_that_name(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # extract names a person by the full name an article first gives; a
    # headline or a quote pasted into `match` often gives only the last name.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(_PEOPLE_LEDGER, encoding="utf-8")

    surname, titled, shared, unknown = matched(
        run,
        "Lindqvist said the old harbour bridge will be rebuilt by 2027",
        "Ms. Lindqvist denied that the old harbour bridge will be rebuilt by 2027",
        "Okafor said the old harbour bridge will be rebuilt by 2027",
        "Novak said the old harbour bridge will be rebuilt by 2027",
    )

    assert (surname["speaker"], surname["party"]) == ("Lindqvist", "Maria Lindqvist")
    assert (titled["party"], titled["stance"]) == ("Maria Lindqvist", "denies")
    # Two tracked people are called Okafor: which one spoke is not guessed.
    assert shared["party"] in (None, "Okafor")
    assert unknown["party"] in (None, "Novak")
    assert all(record["claim"] == "bridge-rebuilt-by-2027" for record in (surname, titled, shared))


_COMPANY_LEDGER = """\
version: 1
sources:
  drones:
    path: sources/drones.md
    sha256: aa
claims:
  skyloft-recalls-drones:
    text: Skyloft is recalling its delivery drones after two crashes
    statements:
    - party: Skyloft
      stance: asserts
      speaker: a Skyloft spokeswoman
      cue: said
      source: drones
      line: 3
      content: the company is recalling its delivery drones after two crashes
      quote: A Skyloft spokeswoman said the company is recalling its delivery drones.
"""


def test_a_speaker_written_as_a_tracked_party_name_is_that_party(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `parties` lists Skyloft, so "Skyloft denied ..." pasted into `match`
    # should name Skyloft, not "(no party)".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(_COMPANY_LEDGER, encoding="utf-8")

    named, with_article, other = matched(
        run,
        "Skyloft denied it is recalling its delivery drones after two crashes",
        "The Skyloft said it is recalling its delivery drones",
        "Skyport said it is recalling its delivery drones",
    )

    assert (named["speaker"], named["party"], named["stance"]) == ("Skyloft", "Skyloft", "denies")
    assert with_article["party"] == "Skyloft"
    assert other["party"] in (None, "Skyport")
