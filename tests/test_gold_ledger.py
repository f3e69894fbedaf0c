"""The whole-ledger gold (tests/gold/ledger/*.yaml) is well formed, as ANNOTATION.md asks.

Every file parses; every statement's claim is in `claims` and its source in
`articles`; stance and kind are known words; party is null exactly when kind
is; the line given holds the speaker or the cue. The checks need the FNC-1
bodies the articles come from, so they skip without ../shared/data, and until
the gold folder exists. GOLD_LEDGER_DIR checks another folder instead.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from bench._gold import LEDGER_GOLD, SHARED_DATA, check_gold_folder, check_story, story_files

GOLD = Path(os.environ.get("GOLD_LEDGER_DIR", LEDGER_GOLD))

needs_data = pytest.mark.skipif(
    not (SHARED_DATA / "fnc1").is_dir(), reason="FNC-1 data (../shared/data) absent"
)
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason=f"no gold folder at {GOLD}")


def assert_story_well_formed(path: Path) -> None:
    problems = check_story(path)
    assert not problems, "\n".join(map(str, problems))


@needs_data
@needs_gold
@pytest.mark.parametrize(
    "path", story_files(GOLD) if GOLD.is_dir() else [], ids=lambda path: path.name
)
def test_gold_story_is_well_formed(path: Path) -> None:
    assert_story_well_formed(path)


@needs_data
@needs_gold
def test_gold_folder_has_stories_and_no_article_twice() -> None:
    assert story_files(GOLD), f"no *.yaml story files in {GOLD}"
    problems = check_gold_folder(GOLD)
    assert not problems, "\n".join(map(str, problems))


# The checker itself, on a small story written here and broken one way at a time.

STORY = textwrap.dedent(
    """\
    guideline: 1
    story: Banksy arrested in London
    articles: [fnc1-36]
    claims:
      banksy-arrested: Street artist Banksy was arrested in London
    statements:
    - source: fnc1-36
      line: 1
      speaker: The London Metropolitan Police
      cue: denied reports
      party: Metropolitan Police
      party_alt: [London Metropolitan Police]
      kind: organisation
      stance: denies
      claim: banksy-arrested
      note: ""
    """
)


def write_story(folder: Path, text: str, name: str = "banksy.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@needs_data
def test_a_good_story_passes(tmp_path: Path) -> None:
    assert_story_well_formed(write_story(tmp_path, STORY))


@needs_data
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("stance: denies", "stance: deny", "stance 'deny'"),
        ("claim: banksy-arrested\n", "claim: banksy-caught\n", "claim 'banksy-caught' is not in"),
        ("- source: fnc1-36", "- source: fnc1-949", "source 'fnc1-949' is not in articles"),
        ("kind: organisation", "kind: police", "kind 'police'"),
        ("kind: organisation", "kind: null", "party and kind"),
        ("party: Metropolitan Police", "party: null", "party and kind"),
        ("  line: 1", "  line: 9", "line 9 is not a line"),
        ("  line: 1", "  line: 2", "neither speaker nor cue"),
        ("articles: [fnc1-36]", "articles: ['36']", "not fnc1-<Body ID>"),
        ('note: ""', 'comment: ""', "unknown key 'comment'"),
        ("  stance: denies\n", "", "missing stance"),
        ("story: Banksy", "story: [Banksy", "not YAML"),
        ("claims:\n", "claims:\n  banksy-arrested: Again\n", "duplicate key"),
    ],
)
def test_a_broken_story_fails(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in STORY
    path = write_story(tmp_path, STORY.replace(old, new, 1))
    problems = check_story(path)
    assert any(message in str(problem) for problem in problems), problems
    with pytest.raises(AssertionError):
        assert_story_well_formed(path)


@needs_data
def test_an_article_in_two_stories_fails(tmp_path: Path) -> None:
    write_story(tmp_path, STORY, "a.yaml")
    write_story(tmp_path, STORY, "b.yaml")
    problems = check_gold_folder(tmp_path)
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b.yaml'}:1:1: article fnc1-36 is also in a.yaml"
    ]
