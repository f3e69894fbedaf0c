"""The model's plain records."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from claimtrack.model import Position, Stance, Statement, changed


def _statement() -> Statement:
    return Statement(
        stance=Stance.ASSERTS,
        quote="The minister said the bridge was closed.",
        content="the bridge was closed",
        source="news-1",
        line=3,
        party="Ministry of Transport",
        speaker="The minister",
        cue="said",
        span=(0, 41),
        position=Position(3, 1),
        kind="organisation",
        described=(("the bridge", "the Old Bridge"),),
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"stance": Stance.DENIES},
        {"refers": ("@ministry_of_transport",)},
        {"described": (), "about": "the Old Bridge was closed"},
        {"quoted": True, "phrase": True, "position": None},
    ],
)
def test_a_statement_changed_is_the_one_dataclasses_replace_makes(changes: dict) -> None:
    statement = _statement()
    made = changed(statement, **changes)
    expected = dataclasses.replace(statement, **changes)
    assert made == expected and hash(made) == hash(expected)
    # Field for field, those left out of comparison too.
    assert vars(made) == vars(expected)
    assert type(made) is Statement
    assert pickle.loads(pickle.dumps(made)) == expected
    # The statement copied is left as it was.
    assert statement == _statement() and vars(statement) == vars(_statement())
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.content = "x"  # type: ignore[misc]


def test_a_statement_has_no_field_changed_that_it_does_not_have() -> None:
    with pytest.raises(TypeError, match="speakr"):
        changed(_statement(), speakr="The mayor")
