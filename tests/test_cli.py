"""The commands as people and scripts use them: exit code, stdout and stderr apart.

Golden files in tests/golden/ hold the exact output of `list` and `show` in
every format; run `UPDATE_GOLDEN=1 pytest tests/test_cli.py` to rewrite them
after a deliberate change, and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimtrack.cli import main
from claimtrack.errors import ClaimtrackError

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE / "example" / "claims.yaml"
GOLDEN = HERE / "golden"
FORMATS = ["table", "json", "jsonl", "tsv", "yaml"]


BROKEN = textwrap.dedent(
    """\
    version: 1
    claims:
      nk-troops-in-russia:
        text: North Korea has deployed troops to Russia
        statements:
        - party: North Korea
          stance: deny
          speaker: Pyongyang
          source: 000_66f99498a4238889
          line: 9
          content: the Northeast Asian nation is sending troops to Russia
          quote: Pyongyang has also rejected accusations by the US and its allies.
    """
)


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}; run with UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8")


# -- golden output ------------------------------------------------------------


@pytest.mark.parametrize("output_format", FORMATS)
def test_list_output_is_stable(
    run, ledger: Path, output_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "100")  # tables at a fixed width, colour off (NO_COLOR)
    monkeypatch.setenv("NO_COLOR", "1")
    result = run("list", "--format", output_format)

    assert result.exit_code == 0
    assert result.stderr == ""
    assert_golden(f"list.{output_format}", result.stdout)


@pytest.mark.parametrize("output_format", FORMATS)
def test_show_output_is_stable(
    run, ledger: Path, output_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "100")  # tables at a fixed width, colour off (NO_COLOR)
    monkeypatch.setenv("NO_COLOR", "1")
    result = run("show", "nk-troops-in-russia", "--format", output_format)

    assert result.exit_code == 0
    assert result.stderr == ""
    assert_golden(f"show.{output_format}", result.stdout)


def test_list_json_has_the_contract_fields(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("list", "--format", "json").stdout)

    assert records[0] == {
        "id": "nk-troops-in-russia",
        "text": "North Korea has deployed troops to Russia to fight Ukraine",
        "asserts": ["South Korea", "United States"],
        "denies": ["North Korea"],
        "disputes": ["Russia"],
        "statements": 7,
        "sources": 3,
        "independent_sources": 3,
        "no_party": {"asserts": 0, "denies": 0, "disputes": 0},
    }


def test_show_json_lists_statements_with_their_source(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    claim = json.loads(run("show", "nk-troops-in-russia", "--format", "json").stdout)

    moscow = next(s for s in claim["statements"] if s["speaker"] == "Moscow")
    assert moscow["party"] == "Russia"
    assert moscow["stance"] == "disputes"
    assert moscow["cue"] == "pointed out"
    assert moscow["line"] == 8
    assert moscow["path"] == "sources/000_66f99498a4238889.txt"
    assert moscow["url"].startswith("https://baoquocte.vn/")


def test_a_pipe_gets_tsv_by_default(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("list")

    assert (
        result.stdout.splitlines()[0]
        == "id\ttext\tasserts\tdenies\tdisputes\tstatements\tsources\tindependent_sources"
        "\tno_party.asserts\tno_party.denies\tno_party.disputes"
    )


# -- list filters -------------------------------------------------------------


def listed(run, *filters: str, exit_code: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    result = run("list", "--format", "jsonl", *filters)
    assert result.exit_code == exit_code, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_list_filters(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert listed(run, "--party", "north korea") == ["nk-troops-in-russia", "nk-shells-for-russia"]
    assert listed(run, "--party", "Russia", "--stance", "denies") == ["nk-shells-for-russia"]
    assert listed(run, "--party", "Sergey Lavrov", "--stance", "disputes") == [
        "nk-troops-in-russia",
        "china-objects-to-russia-nk-ties",
    ]
    assert listed(run, "--contested") == [
        "nk-troops-in-russia",
        "nk-shells-for-russia",
        "china-objects-to-russia-nk-ties",
    ]
    assert listed(run, "--source", "003_b484f37d2071fccc") == [
        "nk-shells-for-russia",
        "russia-nk-ties-violate-un-resolutions",
    ]
    assert listed(run, "--search", "kursk") == ["nk-troops-in-russia"]
    assert listed(run, "--search", "security council", "--party", "China", exit_code=3) == []


def test_list_filters_that_match_nothing_exit_3_with_empty_output(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--search", "zebra", "--format", "json")

    assert result.exit_code == 3
    assert json.loads(result.stdout) == []
    assert "No claim matches these filters" in result.stderr


def test_an_empty_ledger_lists_nothing_and_that_is_fine(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0

    result = run("list", "--format", "json")

    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--ledger", "other.yaml", "--format", "jsonl"],
        ["list", "--format", "jsonl", "--ledger=other.yaml"],
        ["list", "--debug", "--ledger", "other.yaml", "--format", "jsonl"],
    ],
)
def test_global_options_work_after_the_command(run, ledger: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    ledger.rename(ledger.parent / "other.yaml")

    result = run(*args)

    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 5


def test_list_with_an_unknown_party_suggests_one(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--party", "Rusia")

    assert result.exit_code == 3
    assert result.stdout.startswith("id\ttext\t")
    assert result.stdout.count("\n") == 1
    assert "No party 'Rusia'" in result.stderr
    assert "'Russia'" in result.stderr


@pytest.mark.parametrize(
    "args", [["list", "--format", "xml"], ["list", "--stance", "deny"], ["show"], ["frobnicate"]]
)
def test_usage_errors_exit_2(run, ledger: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Usage:" in result.stderr


# -- show ---------------------------------------------------------------------


def test_show_finds_a_claim_by_its_words(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "artillery shells", "--format", "json")

    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "nk-shells-for-russia"


def test_words_of_a_claim_need_no_quotes(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    quoted = run("show", "artillery shells", "--format", "json")
    shown = run("show", "artillery", "shells", "--format", "json")
    timeline = run("timeline", "artillery", "shells", "--format", "json")
    added = run("add", "North", "Korea", "sells", "coal", "to", "Brazil", "--id", "nk-coal")

    # As typed at a shell prompt, the words are one query or one text, not a usage error.
    assert shown.exit_code == timeline.exit_code == added.exit_code == 0, shown.stderr
    assert shown.stdout == quoted.stdout
    assert json.loads(timeline.stdout)["id"] == "nk-shells-for-russia"
    claim = json.loads(run("show", "nk-coal", "--format", "json").stdout)
    assert claim["text"] == "North Korea sells coal to Brazil"


def test_show_lists_candidates_when_the_words_fit_several(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "north korea")

    assert result.exit_code == 3
    assert result.stdout == ""
    assert "matches several claims" in result.stderr
    assert "  nk-troops-in-russia (100)  North Korea has deployed troops" in result.stderr
    assert "  nk-shells-for-russia (100)" in result.stderr


def test_an_ambiguous_claim_is_named_by_id_in_the_command_that_was_run(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    timeline = run("timeline", "north korea")
    statements = run("statements", "--claim", "north korea")

    # The example to copy repeats the user's own command, with an id in place of the words.
    assert timeline.exit_code == statements.exit_code == 3
    assert "e.g. `claimtrack timeline nk-" in timeline.stderr
    assert "e.g. `claimtrack statements --claim nk-" in statements.stderr
    assert "claimtrack show" not in timeline.stderr + statements.stderr


def test_show_names_the_closest_claim_when_none_matches(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "troops in bakhmut")

    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(
        # No claim mentions Bakhmut: the word to search for is one that finds some.
        "Error: No such claim: 'troops in bakhmut'. Closest: nk-troops-in-russia (73). "
        "Try `claimtrack list --search troops`.\n"
    )


def test_show_finds_a_claim_by_words_of_its_statements(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    # No claim text mentions Kursk; the troop claim's statements do.
    result = run("show", "troops in kursk", "--format", "json")

    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "nk-troops-in-russia"


def test_show_table_puts_parties_under_their_stance(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("show", "nk-shells-for-russia", "--format", "table").stdout

    assert out.index("ASSERTS") < out.index("  United States") < out.index("DENIES")
    assert out.index("DENIES") < out.index("  North Korea") < out.index("  Russia")
    assert "- Moscow and Pyongyang (deny)" in out
    assert "sources/003_b484f37d2071fccc.txt, line 9" in out


# -- parties, sources ---------------------------------------------------------


def test_parties_counts_claims_per_stance(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("parties", "--format", "json")

    rows = {row["party"]: row for row in json.loads(result.stdout)}
    assert result.exit_code == 0
    russia = rows["Russia"]
    assert {k: v for k, v in russia.items() if k != "aliases"} == {
        "party": "Russia",
        "kind": "state",
        "asserts": 0,
        "denies": 1,
        "disputes": 2,
        "statements": 3,
    }
    # The ledger's own aliases first, then the names claimtrack knows already.
    assert russia["aliases"][0] == "Sergey Lavrov"
    assert {"Moscow", "Kremlin"} <= set(russia["aliases"])
    assert rows["North Korea"]["denies"] == 2


def test_sources_marks_copies(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(
        text.replace(
            "    outlet: Hindustan Times\n",
            "    outlet: Hindustan Times\n    copy_of: 000_66f99498a4238889\n",
        ),
        encoding="utf-8",
    )

    table = run("sources", "--format", "table")
    rows = json.loads(run("sources", "--format", "json").stdout)

    assert table.exit_code == 0
    assert "copy of 000_66f99498a4238889" in table.stdout
    copy = next(row for row in rows if row["id"] == "003_b484f37d2071fccc")
    assert copy["copy_of"] == "000_66f99498a4238889"
    assert copy["statements"] == 4
    assert next(row for row in rows if row["id"] == "001_ff3e6cace46791f7")["published"] == (
        "2024-11-17"
    )


# -- check --------------------------------------------------------------------


def test_check_a_good_ledger(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("check")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no problems" in result.stderr


def test_check_prints_file_line_column_and_exits_1(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    ledger.write_text(BROKEN, encoding="utf-8")

    result = run("check")
    as_json = json.loads(run("check", "--format", "json").stdout)

    assert result.exit_code == 1
    assert result.stdout.startswith("claims.yaml:7:")
    assert "unknown stance 'deny'" in result.stdout
    assert "2 problems in claims.yaml" in result.stderr  # the stance, and an unlisted source
    assert as_json["problems"][0]["line"] == 7
    assert set(as_json["problems"][0]) == {"path", "line", "column", "message"}


def test_check_tells_of_one_problem_in_the_singular(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("stance: denies", "stance: deny", 1), encoding="utf-8")

    result = run("check")

    assert result.exit_code == 1
    assert "1 problem in claims.yaml. Fix it, then run `claimtrack check` again." in (result.stderr)


def test_a_duplicated_claim_id_is_fixed_as_check_says(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    # A claim block pasted and its id left as it was: no command reads the ledger.
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(
        text.replace("  china-objects-to-russia-nk-ties:", "  nk-shells-for-russia:", 1),
        encoding="utf-8",
    )
    assert run("merge", "nk-troops-in-russia", "nk-shells-for-russia").exit_code == 1

    result = run("check")

    assert result.exit_code == 1
    assert "duplicate claim id 'nk-shells-for-russia'" in result.stdout
    assert "give one of them another id here" in result.stdout
    # Done as it says, by hand, the ledger reads again and merge can fold them.
    text = ledger.read_text(encoding="utf-8")
    head, tail = text.rsplit("  nk-shells-for-russia:", 1)
    ledger.write_text(f"{head}  nk-shells-again:{tail}", encoding="utf-8")
    assert run("check").exit_code == 0
    assert run("merge", "nk-shells-for-russia", "nk-shells-again").exit_code == 0


def test_an_empty_ledger_is_started_as_check_says(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text("", encoding="utf-8")

    result = run("check")

    assert result.exit_code == 1
    assert "the ledger is empty; delete the file, then run `claimtrack init`" in result.stdout
    assert run("init").exit_code == 1  # init never writes over a file, even an empty one
    (tmp_path / "claims.yaml").unlink()
    assert run("init").exit_code == 0
    assert run("check").exit_code == 0


def test_a_missing_ledger_says_how_to_start(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)

    result = run("list")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "claimtrack init" in result.stderr
    assert "Traceback" not in result.stderr


def test_ledger_option_and_environment_variable(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    elsewhere = tmp_path / "story" / "ledger.yaml"
    elsewhere.parent.mkdir()
    shutil.copyfile(EXAMPLE, elsewhere)

    by_option = run("--ledger", elsewhere, "list", "--format", "jsonl")
    monkeypatch.setenv("CLAIMTRACK_LEDGER", str(elsewhere))
    by_variable = run("list", "--format", "jsonl")

    assert by_option.exit_code == by_variable.exit_code == 0
    assert by_option.stdout == by_variable.stdout
    assert len(by_option.stdout.splitlines()) == 5


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    with pytest.raises(ClaimtrackError):
        main(["--debug", "list"])


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--version")

    assert result.exit_code == 0
    assert result.stdout.startswith("claimtrack ")


# -- init, add, merge ---------------------------------------------------------


def test_init_creates_the_ledger_and_sources(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("init", tmp_path / "story")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert (tmp_path / "story" / "claims.yaml").is_file()
    assert (tmp_path / "story" / "sources").is_dir()
    assert f"claimtrack --ledger {tmp_path / 'story' / 'claims.yaml'} extract" in result.stderr
    assert run("--ledger", tmp_path / "story" / "claims.yaml", "check").exit_code == 0


def test_init_elsewhere_says_how_to_reach_the_new_ledger(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMTRACK_LEDGER", raising=False)

    elsewhere = run("init", "my story")
    here = run("init")

    ledger = Path("my story") / "claims.yaml"
    assert f"Put articles in {Path('my story') / 'sources'}/" in elsewhere.stderr
    assert f"`claimtrack --ledger '{ledger}' extract`" in elsewhere.stderr
    assert here.stderr.endswith("Put articles in sources/, then run `claimtrack extract`.\n")


def test_init_never_overwrites(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("init", ledger.parent)

    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert ledger.read_bytes() == before


def test_init_beside_a_file_called_sources_creates_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "sources").write_text("notes, not a folder\n", encoding="utf-8")

    result = run("init", tmp_path)

    assert result.exit_code == 1
    assert "a file has that name" in result.stderr
    assert "Errno" not in result.stderr
    assert not (tmp_path / "claims.yaml").exists()
    assert (tmp_path / "sources").read_text(encoding="utf-8") == "notes, not a folder\n"


def test_init_under_a_file_says_which_folder_it_cannot_create(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "story.txt").write_text("an article\n", encoding="utf-8")

    result = run("init", tmp_path / "story.txt" / "ledger")

    assert result.exit_code == 1
    assert f"Cannot create the folder {tmp_path / 'story.txt' / 'ledger'}" in result.stderr
    assert "Errno" not in result.stderr


def test_add_refuses_a_text_the_terminal_did_not_send_as_utf8(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()
    # "Café" typed in a Latin-1 terminal: Python hands the byte on as a lone surrogate.
    latin1 = b"Caf\xe9 owners say the rent doubled".decode("utf-8", errors="surrogateescape")

    result = run("add", latin1)

    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr
    assert "YAML" not in result.stderr
    assert ledger.read_bytes() == before


def comment_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if "#" in line]


def test_add_prints_the_new_id_and_keeps_comments(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    comments = comment_lines(ledger)

    made = run("add", "Russia has given North Korea a limousine")
    chosen = run("add", "North Korea sends workers to Russia", "--id", "nk-workers")

    assert (made.exit_code, made.stdout) == (0, "russia-given-north-korea-limousine\n")
    assert (chosen.exit_code, chosen.stdout) == (0, "nk-workers\n")
    assert comment_lines(ledger) == comments
    shown = json.loads(run("show", "nk-workers", "--format", "json").stdout)
    assert shown["text"] == "North Korea sends workers to Russia"
    assert shown["statements"] == []


def test_add_refuses_a_taken_id_as_rename_does(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("add", "Anything", "--id", "nk-shells-for-russia")
    renamed = run("rename", "nk-troops-in-russia", "nk-shells-for-russia")

    assert result.exit_code == renamed.exit_code == 2
    assert "Another claim has the id 'nk-shells-for-russia' already" in result.stderr
    assert result.stdout == ""
    assert ledger.read_bytes() == before


AIR_DEFENCE = "Russia has transferred air defence systems to North Korea"


def test_add_of_a_tracked_text_adds_nothing_and_names_the_claim(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("add", AIR_DEFENCE, "--id", "ru-ad-to-nk").exit_code == 0
    before = ledger.read_bytes()

    again = run("add", AIR_DEFENCE)
    worded = run("add", "  russia has transferred air defence systems to North Korea. ")

    assert (again.exit_code, again.stdout) == (0, "ru-ad-to-nk\n")
    assert "Already tracking ru-ad-to-nk" in again.stderr
    assert (worded.exit_code, worded.stdout) == (0, "ru-ad-to-nk\n")
    assert ledger.read_bytes() == before


def test_add_of_a_tracked_text_under_another_id_says_to_rename(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("add", AIR_DEFENCE, "--id", "ru-ad-to-nk").exit_code == 0
    before = ledger.read_bytes()

    result = run("add", AIR_DEFENCE, "--id", "air-defence")

    assert result.exit_code == 1
    assert "`claimtrack rename ru-ad-to-nk air-defence`" in result.stderr
    assert ledger.read_bytes() == before


def test_add_of_a_near_duplicate_warns_naming_the_tracked_claim(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("add", AIR_DEFENCE, "--id", "ru-ad-to-nk").exit_code == 0

    result = run("add", "Russia transferred air-defense systems to North Korea")
    other = run("add", "Russia has given North Korea a limousine")

    assert (result.exit_code, result.stdout) == (0, "russia-transferred-air-defense-systems\n")
    assert "reads like the tracked claim ru-ad-to-nk" in result.stderr
    assert "`claimtrack merge ru-ad-to-nk russia-transferred-air-defense-systems`" in result.stderr
    assert other.exit_code == 0
    assert "reads like" not in other.stderr
    listed = run("list", "--format", "jsonl").stdout
    assert "russia-transferred-air-defense-systems" in listed


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_add_refuses_an_empty_claim(run, ledger: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("add", text)

    assert result.exit_code == 2
    assert "A claim needs a text" in result.stderr
    assert ledger.read_bytes() == before


@pytest.mark.parametrize("text", ['""', "'   '"])
def test_check_reports_an_empty_claim_text(run, ledger: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    original = (
        "text: North Korea supplies Russia with artillery shells and missiles used in Ukraine"
    )
    content = ledger.read_text(encoding="utf-8")
    line = content[: content.index(original)].count("\n") + 1
    ledger.write_text(content.replace(original, f"text: {text}", 1), encoding="utf-8")

    result = run("check")

    assert result.exit_code == 1
    assert f"claims.yaml:{line}:11: claims.nk-shells-for-russia.text: must not be empty" in (
        result.stdout
    )


def test_merge_moves_statements_and_keeps_comments(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    comments = comment_lines(ledger)

    result = run("merge", "nk-troops-in-russia", "nk-shells-for-russia")

    assert result.exit_code == 0, result.stderr
    assert "Merged nk-shells-for-russia into nk-troops-in-russia" in result.stderr
    assert comment_lines(ledger) == comments
    ids = [json.loads(line)["id"] for line in run("list", "-f", "jsonl").stdout.splitlines()]
    assert "nk-shells-for-russia" not in ids
    merged = json.loads(run("show", "nk-troops-in-russia", "-f", "json").stdout)
    assert len(merged["statements"]) == 10
    assert merged["text"] == "North Korea has deployed troops to Russia to fight Ukraine"


def test_merge_keeps_the_notes_written_on_the_claims_it_folds_away(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    text = text.replace(
        "  nk-shells-for-russia:\n    text: North Korea supplies",
        "  # Asked the Defence Ministry about the shells on Monday\n"
        "  nk-shells-for-russia:\n"
        "    # Wording taken from the wire story\n"
        "    text: North Korea supplies",
        1,
    )
    ledger.write_text(text, encoding="utf-8")
    comments = comment_lines(ledger)

    result = run("merge", "nk-troops-in-russia", "nk-shells-for-russia")

    assert result.exit_code == 0, result.stderr
    # A person's notes on the claim merged away stay, with its statements.
    assert comment_lines(ledger) == comments
    after = ledger.read_text(encoding="utf-8")
    notes = after.index("    # Asked the Defence Ministry about the shells on Monday\n")
    assert after.index("    # Wording taken from the wire story\n") > notes
    assert after.index("cue: has accused") > notes
    assert run("check").exit_code == 0


def test_merge_with_an_unknown_id_names_the_closest(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("merge", "nk-troops-in-russia", "nk-shells")

    assert result.exit_code == 3
    assert "nk-shells-for-russia" in result.stderr
    assert ledger.read_bytes() == before


def test_merge_naming_a_claim_twice_folds_it_once(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("merge", "nk-troops-in-russia", "nk-shells-for-russia", "nk-shells-for-russia")

    assert result.exit_code == 0, result.stderr
    assert "Merged nk-shells-for-russia into nk-troops-in-russia." in result.stderr
    merged = json.loads(run("show", "nk-troops-in-russia", "-f", "json").stdout)
    assert len(merged["statements"]) == 10


def test_an_edit_naming_an_id_a_letter_off_names_that_id_first(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Path(__file__).resolve().parent.parent
    shutil.copyfile(repo / "claims.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    before = (tmp_path / "claims.yaml").read_bytes()

    for command in (["drop"], ["rename"], ["merge", "nk-troops-in-russia"]):
        tail = ["nk-provocations-typed"] if command == ["rename"] else []
        result = run(*command, "nk-provocation", *tail)

        assert result.exit_code == 3
        assert "Closest: nk-provocations (" in result.stderr
        assert result.stderr.splitlines()[1].startswith("  nk-provocations (")
    assert (tmp_path / "claims.yaml").read_bytes() == before


def test_merge_into_itself_is_a_usage_error(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("merge", "nk-troops-in-russia", "nk-troops-in-russia").exit_code == 2


def _as_written(run, ledger: Path) -> bytes:  # type: ignore[no-untyped-def]
    """The ledger in claimtrack's own layout (the example is wrapped by an older writer)."""
    assert run("add", "A claim to write the ledger once", "--id", "written").exit_code == 0
    return ledger.read_bytes()


def test_rename_changes_the_id_and_nothing_else(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = _as_written(run, ledger)

    result = run("rename", "nk-shells-for-russia", "nk-shells")

    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "Renamed nk-shells-for-russia to nk-shells.\n"
    assert ledger.read_bytes() == before.replace(b"  nk-shells-for-russia:\n", b"  nk-shells:\n")
    assert run("show", "nk-shells-for-russia").exit_code == 3
    shown = json.loads(run("show", "nk-shells", "-f", "json").stdout)
    assert len(shown["statements"]) == 3


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("nk-troops-in-russia", "Another claim has the id 'nk-troops-in-russia' already"),
        ("nk shells", "an id is one word"),
        ("", "an id cannot be empty"),
        ("nk-shells-for-russia", "is the claim's id already"),
    ],
)
def test_rename_refuses_a_taken_or_unusable_id(run, ledger: Path, new: str, message: str) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("rename", "nk-shells-for-russia", new)

    assert (result.exit_code, result.stdout) == (2, "")
    assert message in result.stderr
    assert ledger.read_bytes() == before


def test_rename_of_an_unknown_claim_lists_the_closest(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("rename", "nk-shells", "nk-artillery")

    assert (result.exit_code, result.stdout) == (3, "")
    assert "No claim has the id 'nk-shells'. Closest: nk-shells-for-russia" in result.stderr
    assert "\n  nk-shells-for-russia (" in result.stderr
    assert "\n  nk-troops-in-russia (" in result.stderr
    assert ledger.read_bytes() == before


def test_drop_removes_a_claim_for_good(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    comments = comment_lines(ledger)
    dropped = json.loads(run("show", "nk-shells-for-russia", "-f", "json").stdout)

    result = run("drop", "nk-shells-for-russia")

    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "Dropped nk-shells-for-russia and its 3 statements.\n"
    assert comment_lines(ledger) == comments
    assert run("show", "nk-shells-for-russia").exit_code == 3
    assert run("extract", "--force").exit_code == 0
    quotes = {row["quote"] for row in json.loads(run("statements", "-f", "json").stdout)}
    assert not quotes & {statement["quote"] for statement in dropped["statements"]}


def test_drop_of_an_unknown_claim_lists_the_closest(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()

    result = run("drop", "nk-shells")

    assert (result.exit_code, result.stdout) == (3, "")
    assert "Closest: nk-shells-for-russia" in result.stderr
    assert ledger.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["add", "North Korea sends workers"],
        ["merge", "nk-troops-in-russia", "nk-x"],
        ["rename", "nk-troops-in-russia", "nk-x"],
        ["drop", "nk-troops-in-russia"],
    ],
)
def test_edits_are_refused_on_an_invalid_ledger(run, ledger: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    ledger.write_text(BROKEN, encoding="utf-8")
    before = ledger.read_bytes()

    result = run(*args)

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "claims.yaml:7:" in result.stderr
    assert ledger.read_bytes() == before


def test_a_wire_copy_is_told_apart_from_independent_sources(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    marked = text.replace(
        "    sha256: 0839efc653e2f7e2a132b3a846f1db1ce4e0520e43e6f25c176cd45384ce5235\n",
        "    sha256: 0839efc653e2f7e2a132b3a846f1db1ce4e0520e43e6f25c176cd45384ce5235\n"
        "    copy_of: 001_ff3e6cace46791f7\n",
    )
    ledger.write_text(marked, encoding="utf-8")
    troops = json.loads(run("list", "--format", "json").stdout)[0]
    assert (troops["sources"], troops["independent_sources"]) == (3, 2)
    shown = json.loads(run("show", "nk-troops-in-russia", "--format", "json").stdout)
    copies = {s["source"]: s["copy_of"] for s in shown["statements"]}
    assert copies["004_60fe18ded0a385c3"] == "001_ff3e6cace46791f7"
    assert copies["000_66f99498a4238889"] is None
    table = run("show", "nk-troops-in-russia", "--format", "table").stdout
    assert "(copy of 001_ff3e6cace46791f7)" in table


BUNDLED = HERE.parent / "claims.yaml"


@pytest.mark.parametrize("query", ["nosuch", "nk-nosuch", "nk-troops-in-kursk", "kim-jong-un"])
def test_show_says_no_such_claim_for_made_up_ids_and_weak_matches(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    shutil.copyfile(BUNDLED, tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)

    result = run("show", query)

    assert result.exit_code == 3
    assert result.stdout == ""
    assert f"No such claim: {query!r}. Closest: " in result.stderr
    assert "\n  nk-" in result.stderr  # the candidates, one per line


def test_show_still_finds_claims_by_their_words(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copyfile(BUNDLED, tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)

    assert run("show", "nk-provocations", "--format", "json").exit_code == 0
    assert run("show", "nk-provoc", "--format", "json").exit_code == 0
    assert run("show", "artillery shells", "--format", "json").exit_code == 0


def _line_of(path: Path, text: str) -> int:
    content = path.read_text(encoding="utf-8")
    return content[: content.index(text)].count("\n") + 1


def test_check_compares_the_ledger_with_its_articles(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    content = ledger.read_text(encoding="utf-8")
    content = content.replace(
        "Moscow and Pyongyang deny the accusations",
        "Moscow and Pyongyang welcome the accusations",
        1,
    )
    content = content.replace("line: 9\n", "line: 9999\n", 1)
    ledger.write_text(content, encoding="utf-8")
    (ledger.parent / "sources" / "002_ca35d3188e938ebe.txt").unlink()
    quote = _line_of(ledger, "Moscow and Pyongyang welcome")
    line = _line_of(ledger, "line: 9999")
    path = _line_of(ledger, "path: sources/002_ca35d3188e938ebe.txt")

    result = run("check")

    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(
        entry.startswith(f"claims.yaml:{path}:11: no file at sources/002_ca35d3188e938ebe.txt")
        for entry in lines
    )
    assert any(
        entry.startswith(f"claims.yaml:{line}:") and "line 9999 is past the end of source" in entry
        for entry in lines
    )
    # The quote is a folded block: its node starts at `>-`, a line above its text.
    assert any(
        entry.startswith(f"claims.yaml:{quote - 1}:14: ") and ".quote: not in source" in entry
        for entry in lines
    )
    problems = json.loads(run("check", "--format", "json").stdout)["problems"]
    assert len(problems) == len(lines)


def test_check_accepts_a_quote_cut_with_an_ellipsis(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    content = ledger.read_text(encoding="utf-8")
    cut = content.replace(
        "Moscow and Pyongyang deny the accusations", "Moscow and ... the accusations", 1
    )
    assert cut != content
    ledger.write_text(cut, encoding="utf-8")

    assert run("check").exit_code == 0


def test_a_closed_stdout_or_stderr_is_no_crash(tmp_path: Path) -> None:
    import subprocess
    import sys

    ledger = tmp_path / "claims.yaml"
    ledger.write_text("version: 1\nclaims:\n  c-1:\n    text: Something happened\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger)]
    # As the shell starts `claimtrack list >&-` and `claimtrack show nothing 2>&-`.
    listed = subprocess.run(
        [*command, "list"], stderr=subprocess.PIPE, env=env, preexec_fn=lambda: os.close(1)
    )
    missing = subprocess.run(
        [*command, "show", "nothing-like-it"],
        stdout=subprocess.PIPE,
        env=env,
        preexec_fn=lambda: os.close(2),
    )

    assert (listed.returncode, listed.stderr) == (0, b"")
    assert (missing.returncode, missing.stdout) == (3, b"")


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    claims = "".join(
        f"  claim-{n}:\n    text: Claim number {n} says something about the war\n"
        for n in range(3000)
    )
    ledger = tmp_path / "claims.yaml"
    ledger.write_text(f"version: 1\nclaims:\n{claims}", encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for output_format in ("tsv", "json", "table"):
        reader = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "claimtrack",
                "--ledger",
                str(ledger),
                "list",
                "-f",
                output_format,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert reader.stdout is not None and reader.stderr is not None
        assert reader.stdout.readline()
        reader.stdout.close()  # as `| head -1` does

        assert reader.wait(timeout=60) == 0
        assert reader.stderr.read() == b""


def test_no_lock_file_is_left_behind(run, ledger: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    assert run("add", "Someone said something new").exit_code == 0
    assert not (ledger.parent / "claims.yaml.lock").exists()

    empty = tmp_path_factory.mktemp("empty")
    assert run("--ledger", empty / "claims.yaml", "add", "Anything").exit_code == 1
    assert list(empty.iterdir()) == []


def test_list_party_takes_any_alias(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    by_name = run("list", "--party", "Russia", "--format", "json")
    by_alias = run("list", "--party", "Kremlin", "--format", "json")
    assert by_alias.exit_code == 0
    assert json.loads(by_alias.stdout) == json.loads(by_name.stdout)


def test_check_reports_a_party_written_as_an_alias(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("party: Russia", "party: Kremlin", 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert "'Kremlin' is an alias of 'Russia'; write `party: Russia`" in result.stdout


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Rusia", "Russia"),
        ("Russa", "Russia"),
        ("United State", "United States"),
        ("Untied States", "United States"),
        ("Chian", "China"),
        ("china", "China"),
    ],
)
def test_check_reports_a_misspelt_party(run, ledger: Path, written: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("party: Russia", f"party: {written}", 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert f"'{written}' is close to '{meant}'; write `party: {meant}`" in result.stdout


@pytest.mark.parametrize(
    "other",
    [
        "Iraq",
        "Indiana",
        "Kenyon",
        "Americas",
        "Chine",
        "Acme Corp",
        "Paris Hilton",
        "Jordan Peterson",
        "Madrid Institute of Technology",
        "Cairo Evening Courier",
        "Kenya Today",
        "Peru Leadership Watch",
        "City of Lisbon Police",
        "Nairobi Police",
        "Metro Police",
    ],
)
def test_check_leaves_other_parties_alone(run, ledger: Path, other: str) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("party: Russia", f"party: {other}", 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("body", ["Russian Foreign Ministry", "Russian Navy"])
def test_check_still_reports_a_body_of_a_state_written_as_a_party(
    run, ledger: Path, body: str
) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("party: Russia", f"party: {body}", 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert f"'{body}' is close to 'Russia'; write `party: Russia`" in result.stdout


def test_check_accepts_every_party_name_extract_writes(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Outlets and bodies whose names hold a state's, a capital's own police, an
    # outlet or reporter described by nationality, and a state's body by its
    # initials: extract writes the party names, and check agrees with each.
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    (tmp_path / "sources" / "week.txt").write_text(
        "According to Kenya Today, the government will raise fuel taxes in January.\n\n"
        "Nairobi police said two crew members were still missing.\n\n"
        "The City of Lisbon Police said the stolen paintings were found in a warehouse.\n\n"
        "Peru Leadership Watch said the minister had not been seen in public for a month.\n\n"
        "According to a Czech website, the new phone will cost $900. Czech reporter Jana "
        "Novak said the launch was delayed.\n\n"
        "The US National Security Council met on Friday to discuss the strike. "
        '"We are reviewing the footage," NSC spokesman Tom Reed said.\n\n'
        "Researchers at the Lisbon School of Design said on Tuesday that the new bridge "
        "would open in May.\n\nThe Oslo Daily Herald reported that the harbour would "
        "close for repairs next winter.\n",
        encoding="utf-8",
    )
    assert run("extract").exit_code == 0
    ledger = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    for party in (
        "Kenya Today",
        "Nairobi Police",
        "City of Lisbon Police",
        "Peru Leadership Watch",
        "Jana Novak",
        "United States",
        "Lisbon School of Design",
        "Oslo Daily Herald",
    ):
        assert f"party: {party}\n" in ledger, party
    assert "party: Czech\n" not in ledger
    assert "party: National Security Council" not in ledger

    result = run("check")

    assert result.exit_code == 0, result.stdout
    assert "no problems" in result.stderr
    assert "Portugal" not in result.stdout
    assert "Norway" not in result.stdout


def test_check_reports_every_problem_past_a_schema_error(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    text = text.replace("party: Russia", "party: Pyongyang", 1)
    ledger.write_text(text.replace("stance: asserts", "stance: asserted", 1), encoding="utf-8")
    result = run("check", "--format", "json")
    assert result.exit_code == 1
    messages = [problem["message"] for problem in json.loads(result.stdout)["problems"]]
    assert len(messages) == 2
    assert "unknown stance 'asserted'" in messages[0]
    assert "'Pyongyang' is an alias of 'North Korea'" in messages[1]


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--party", "Narnia"],
        ["list", "--source", "nosuch"],
        ["statements", "--party", "Narnia"],
        ["statements", "--source", "nosuch"],
    ],
)
def test_an_unknown_party_or_source_still_prints_the_empty_result(run, ledger: Path, args) -> None:  # type: ignore[no-untyped-def]
    result = run(*args, "--format", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout) == []
    assert "in the ledger" in result.stderr


def test_add_refuses_an_id_rename_refuses(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    before = ledger.read_bytes()
    added = run("add", "Some claim", "--id", "Bad Id!")
    renamed = run("rename", "nk-troops-in-russia", "Bad Id!")
    assert (added.exit_code, renamed.exit_code) == (2, 2)
    assert "an id is one word, with no spaces" in added.stderr
    assert "an id is one word, with no spaces" in renamed.stderr
    assert ledger.read_bytes() == before


def test_check_reports_a_claim_id_with_spaces(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("  nk-troops-in-russia:", "  nk troops:", 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert "claims.nk troops: an id is one word, with no spaces" in result.stdout


def test_show_takes_an_id_a_letter_away(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "nk-shell-for-russia", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "nk-shells-for-russia"


@pytest.mark.parametrize("query", ["no", "the", "us", "of the"])
def test_show_picks_no_claim_for_short_or_common_words(run, ledger: Path, query: str) -> None:  # type: ignore[no-untyped-def]
    result = run("show", query, "--format", "json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "No such claim" in result.stderr


@pytest.mark.parametrize("output_format", ["tsv", "csv"])
def test_parties_alias_cells_split_back_into_the_aliases(
    run, ledger: Path, output_format: str
) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    listed = {
        row["party"]: row["aliases"]
        for row in json.loads(run("parties", "--format", "json").stdout)
    }
    out = run("parties", "--format", output_format).stdout
    rows = csv.DictReader(
        io.StringIO(out), dialect="excel-tab" if output_format == "tsv" else "excel"
    )
    cells = {row["party"]: row["aliases"] for row in rows}
    assert "Korea, Democratic People's Republic of" in listed["North Korea"]
    for party, aliases in listed.items():
        assert (cells[party].split("; ") if cells[party] else []) == aliases


def test_the_process_ends_without_the_cyclic_collectors_passes() -> None:
    import subprocess
    import sys

    probe = textwrap.dedent(
        """\
        import atexit, contextlib, gc
        # Registered first, so run last: it sees the process as it is about to end.
        atexit.register(lambda: print(gc.isenabled(), gc.get_freeze_count() > 0))
        from claimtrack.cli import main
        for _ in range(2):
            with contextlib.suppress(SystemExit):
                main(["--help"])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.splitlines()[-1] == "False True"


@pytest.mark.parametrize(
    "args",
    [["list", "--format", "json"], ["show", "nk-troops-in-russia"], ["sources"], ["check"]],
    ids=["list", "show", "sources", "check"],
)
def test_a_report_runs_no_cyclic_collection_and_leaves_the_collector_as_it_was(
    run, ledger: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:  # type: ignore[no-untyped-def]
    # What a report reads lives to its end: the collector would rescan it for nothing
    # (seconds of a `check` at 20,000 claims). Set to collect at every turn, it collects
    # nothing from the read to the report shown, and is as it was once the command ends.
    import gc

    import claimtrack.cli
    import claimtrack.ledger

    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("has deployed troops", "has sent troops", 1), encoding="utf-8")
    collected: list[int] = []
    reading = [False, False]  # reading or reporting now, and ever
    for name in ("read_ledger", "check_ledger"):
        real = getattr(claimtrack.ledger, name)

        def traced(*a: Any, _real: Any = real, **k: Any) -> Any:
            reading[:] = [True, True]
            return _real(*a, **k)

        monkeypatch.setattr(claimtrack.ledger, name, traced)
    shown = claimtrack.cli.render

    def rendered(*a: Any, **k: Any) -> Any:
        shown(*a, **k)
        reading[0] = False  # what the command does after this is not a report's

    monkeypatch.setattr(claimtrack.cli, "render", rendered)

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and reading[0]:
            collected.append(info["generation"])

    before = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(10, 1, 1)
    gc.callbacks.append(seen)
    try:
        done = run(*args)
        after = gc.get_threshold(), gc.isenabled()
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*before[0])

    assert done.exit_code == 0, done.stderr
    assert reading[1] and collected == []
    assert after == ((10, 1, 1), before[1])
    assert json.loads(run("list", "--format", "json").stdout)[0]["text"]


def test_no_command_is_a_usage_error_that_shows_the_commands(run) -> None:  # type: ignore[no-untyped-def]
    # No command chosen is a usage error (2), its help on stderr; asking with --help is not.
    bare = run()
    asked = run("--help")

    assert bare.exit_code == 2
    assert bare.stdout == ""
    assert "Usage: claimtrack" in bare.stderr
    assert "extract" in bare.stderr and "statements" in bare.stderr
    assert asked.exit_code == 0
    assert "Usage: claimtrack" in asked.stdout


def test_an_unknown_format_or_stance_lists_the_choices_plainly(run) -> None:  # type: ignore[no-untyped-def]
    wrong_format = run("list", "--format", "xml")
    wrong_stance = run("statements", "--stance", "deny")

    assert wrong_format.exit_code == 2
    assert (
        "'xml' is not one of 'table', 'json', 'jsonl', 'tsv', 'csv', 'yaml'." in wrong_format.stderr
    )
    assert wrong_stance.exit_code == 2
    assert "'deny' is not one of 'asserts', 'denies', 'disputes'." in wrong_stance.stderr
    for result in (wrong_format, wrong_stance):
        assert "Value error" not in result.stderr
        assert result.stdout == ""


def test_every_command_help_shows_an_example_to_copy(run) -> None:  # type: ignore[no-untyped-def]
    # A new user learns a command from its --help: each gives at least one
    # whole command line to start from.
    commands = [
        line.split()[0]
        for line in run("--help").stdout.split("Commands:")[1].splitlines()
        if line.startswith("  ") and line.strip()
    ]

    assert "init" in commands and "check" in commands
    for command in commands:
        shown = run(command, "--help")
        assert shown.exit_code == 0
        assert f"    claimtrack {command}" in shown.stdout, command


# -- statements whose speaker resolves to no party ----------------------------

_NO_PARTY_LEDGER = """\
version: 1
sources:
  harbour:
    path: sources/harbour.md
    sha256: aa
claims:
  ferry-sank-at-pier:
    text: The night ferry sank at the north pier
    statements:
    - party: Harbour Board
      stance: asserts
      speaker: The Harbour Board
      cue: said
      source: harbour
      line: 2
      content: the night ferry sank at the north pier
      quote: The Harbour Board said the night ferry sank at the north pier.
    - party:
      stance: denies
      speaker: a port official
      cue: denied
      source: harbour
      line: 4
      content: that any ferry sank
      quote: A port official denied that any ferry sank.
    - party:
      stance: denies
      speaker: two deckhands
      cue: rejected
      source: harbour
      line: 5
      content: the story of a sinking
      quote: Two deckhands rejected the story of a sinking.
  tolls-rise-in-spring:
    text: Bridge tolls rise in the spring
    statements:
    - party: Harbour Board
      stance: asserts
      speaker: The Harbour Board
      cue: announced
      source: harbour
      line: 7
      content: bridge tolls rise in the spring
      quote: The Harbour Board announced bridge tolls rise in the spring.
    - party: Ferry Union
      stance: disputes
      speaker: The Ferry Union
      cue: questioned
      source: harbour
      line: 8
      content: whether tolls must rise
      quote: The Ferry Union questioned whether tolls must rise.
    - party:
      stance: disputes
      speaker: commuters
      cue: doubted
      source: harbour
      line: 9
      content: that tolls must rise
      quote: Commuters doubted that tolls must rise.
"""


@pytest.fixture
def no_party_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ledger where one claim is denied only by speakers with no party."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    path.write_text(_NO_PARTY_LEDGER, encoding="utf-8")
    return path


def test_list_table_counts_a_denial_with_no_party_beside_the_parties(
    run, no_party_ledger: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--format", "table")

    assert result.exit_code == 0, result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    ferry = lines.index("ferry-sank-at-pier asserts: Harbour Board 3 1")
    assert lines[ferry + 1].endswith(" denies: 2 with no party")
    assert "disputes: Ferry Union, 1 with no party" in result.stdout


@pytest.mark.parametrize("output_format", ["json", "jsonl", "yaml"])
def test_list_records_count_statements_with_no_party_by_stance(  # type: ignore[no-untyped-def]
    run, no_party_ledger: Path, output_format: str
) -> None:
    result = run("list", "--format", output_format)

    assert result.exit_code == 0, result.stderr
    if output_format == "json":
        records = json.loads(result.stdout)
    elif output_format == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        records = yaml.safe_load(result.stdout)
    ferry, tolls = records
    assert ferry["denies"] == []
    assert ferry["no_party"] == {"asserts": 0, "denies": 2, "disputes": 0}
    assert tolls["disputes"] == ["Ferry Union"]
    assert tolls["no_party"] == {"asserts": 0, "denies": 0, "disputes": 1}


@pytest.mark.parametrize("output_format", ["tsv", "csv"])
def test_list_columns_count_statements_with_no_party_by_stance(  # type: ignore[no-untyped-def]
    run, no_party_ledger: Path, output_format: str
) -> None:
    result = run("list", "--format", output_format)

    assert result.exit_code == 0, result.stderr
    dialect = "excel-tab" if output_format == "tsv" else "excel"
    rows = list(csv.DictReader(io.StringIO(result.stdout), dialect=dialect))
    assert [(row["id"], row["denies"], row["no_party.denies"]) for row in rows] == [
        ("ferry-sank-at-pier", "", "2"),
        ("tolls-rise-in-spring", "", "0"),
    ]
    assert rows[1]["no_party.disputes"] == "1"


def test_contested_keeps_a_claim_denied_only_by_speakers_with_no_party(
    run, no_party_ledger: Path
) -> None:  # type: ignore[no-untyped-def]
    assert listed(run, "--contested") == ["ferry-sank-at-pier", "tolls-rise-in-spring"]
    assert listed(run, "--stance", "denies") == ["ferry-sank-at-pier"]
    assert listed(run, "--party", "Harbour Board", "--contested") == [
        "ferry-sank-at-pier",
        "tolls-rise-in-spring",
    ]


def test_show_gives_statements_with_no_party_under_their_stance(run, no_party_ledger: Path) -> None:  # type: ignore[no-untyped-def]
    table = run("show", "ferry-sank-at-pier", "--format", "table")
    document = json.loads(run("show", "ferry-sank-at-pier", "--format", "json").stdout)

    lines = [line.strip() for line in table.stdout.splitlines()]
    denies = lines.index("DENIES")
    assert lines[denies + 1] == "(no party)"
    assert "- a port official (denied)" in lines[denies:]
    assert "- two deckhands (rejected)" in lines[denies:]
    assert document["no_party"] == {"asserts": 0, "denies": 2, "disputes": 0}
    assert [s["speaker"] for s in document["statements"] if s["party"] is None] == [
        "a port official",
        "two deckhands",
    ]


def test_parties_table_says_what_speakers_with_no_party_take_a_stance_on(  # type: ignore[no-untyped-def]
    run, no_party_ledger: Path
) -> None:
    table = run("parties", "--format", "table")
    records = json.loads(run("parties", "--format", "json").stdout)

    assert table.exit_code == 0, table.stderr
    assert "Speakers with no party deny 1 claim and dispute 1;" in " ".join(table.stdout.split())
    # The machine formats list parties only: a speaker with no party is none.
    assert [record["party"] for record in records] == ["Ferry Union", "Harbour Board"]


def test_drop_twice_says_the_claim_may_be_gone_already(run, ledger: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("drop", "nk-shells-for-russia").exit_code == 0
    before = ledger.read_bytes()

    result = run("drop", "nk-shells-for-russia")

    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr.startswith(
        "Error: No claim has the id 'nk-shells-for-russia'. Nothing was dropped; "
        "if it was dropped before, it is gone for good"
    )
    assert ledger.read_bytes() == before


@pytest.mark.parametrize("command", ["list", "statements"])
@pytest.mark.parametrize(
    ("output_format", "stdout"),
    [("json", "[]\n"), ("yaml", "[]\n"), ("jsonl", ""), ("table", "")],
)
def test_filters_matching_nothing_print_an_empty_document_and_one_message(  # type: ignore[no-untyped-def]
    run, ledger: Path, command: str, output_format: str, stdout: str
) -> None:
    result = run(command, "--search", "zebra", "--format", output_format)

    assert (result.exit_code, result.stdout) == (3, stdout)
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Error: No ")


@pytest.mark.parametrize("command", ["list", "statements"])
@pytest.mark.parametrize("output_format", ["tsv", "csv"])
def test_filters_matching_nothing_still_print_the_header_a_reader_expects(  # type: ignore[no-untyped-def]
    run, ledger: Path, command: str, output_format: str
) -> None:
    everything = run(command, "--format", output_format).stdout.splitlines()
    result = run(command, "--contested", "--search", "zebra", "--format", output_format)

    assert result.exit_code == 3
    assert result.stdout.splitlines() == everything[:1]
    assert len(result.stderr.splitlines()) == 1


def test_an_empty_ledger_table_says_there_is_nothing_yet(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0

    for command, noun in [("list", "claims"), ("statements", "statements")]:
        result = run(command, "--format", "table")
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"No {noun} yet.\n")


@pytest.mark.parametrize(
    ("query", "word"),
    [("no-such-claim", None), ("artillery-for-bakhmut", "artillery"), ("any claim at all", None)],
)
def test_show_suggests_a_telling_search_word_or_none(run, ledger: Path, query: str, word) -> None:  # type: ignore[no-untyped-def]
    result = run("show", query)

    assert result.exit_code == 3
    first = result.stderr.splitlines()[0]
    if word is None:
        assert "--search" not in first
    else:
        assert first.endswith(f"Try `claimtrack list --search {word}`.")
