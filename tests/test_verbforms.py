from __future__ import annotations

from claimtrack import verbforms


def test_each_irregular_verb_gives_its_past_and_participle() -> None:
    assert verbforms.IRREGULAR["swim"] == (("swam",), ("swum",))
    assert verbforms.IRREGULAR["get"] == (("got",), ("got", "gotten"))
    # A participle that is no past tense of its verb has that verb's past.
    assert verbforms.PAST_OF["swum"] == "swam"
    assert verbforms.PAST_OF["gotten"] == "got"
    assert "swum" not in verbforms.SAME_PAST
    # One that is its past too.
    assert {"slept", "got", "put"} <= verbforms.SAME_PAST
    assert {"swum", "slept", "put", "borne", "born"} <= verbforms.PARTICIPLES


def test_a_form_leads_back_to_its_plain_form() -> None:
    assert verbforms.PLAIN_OF["wept"] == "weep"
    assert verbforms.PLAIN_OF["told"] == "tell"
    # "lay" is the past of "lie" and a plain form itself: it is left out.
    assert "lay" not in verbforms.PLAIN_OF


def test_an_ing_form_gives_its_simple_past() -> None:
    assert verbforms.past_of_gerund("getting") == "got"  # doubled for the suffix
    assert verbforms.past_of_gerund("having") == "had"  # a silent "e"
    assert verbforms.past_of_gerund("receiving") == "received"
    assert verbforms.past_of_gerund("stopping") == "stopped"
    assert verbforms.past_of_gerund("carrying") == "carried"
    assert verbforms.past_of_gerund("playing") == "played"
    assert verbforms.past_of_gerund("spilling") == "spilled"
    # Too short to tell the stem: "being", "lying", "thing".
    assert verbforms.past_of_gerund("being") is None
    assert verbforms.past_of_gerund("thing") is None


def test_an_ing_form_gives_its_plain_form() -> None:
    assert verbforms.plain_of_gerund("entering") == "enter"
    assert verbforms.plain_of_gerund("getting") == "get"  # doubled for the suffix
    assert verbforms.plain_of_gerund("making") == "make"  # an irregular verb's silent "e"
    assert verbforms.plain_of_gerund("arriving") == "arrive"  # a regular verb's
    assert verbforms.plain_of_gerund("hoping") == "hope"
    assert verbforms.plain_of_gerund("hopping") == "hop"
    assert verbforms.plain_of_gerund("carrying") == "carry"
    assert verbforms.plain_of_gerund("handling") == "handle"
    assert verbforms.plain_of_gerund("looking") == "look"
    # Too short to tell the stem.
    assert verbforms.plain_of_gerund("being") is None
