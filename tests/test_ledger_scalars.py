"""One scalar reading for the whole ledger: ids and texts are text, whatever they look like.

The reader that validates (PyYAML nodes) and the writer (ruamel.yaml) read
every scalar by the rule in `claimtrack._scalars`; the writer quotes every id
and text that a YAML 1.1 or 1.2 reader could take for a number, a date or
true/false, and `check` points at the ones written plain by hand.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

from claimtrack._scalars import quoted, typed_among, typed_as
from claimtrack.errors import LedgerInvalid
from claimtrack.ledger import (
    check_ledger,
    claim_id_problem,
    edit_ledger,
    init_ledger,
    read_ledger,
)
from claimtrack.model import Source, Stance, Statement

# The values of issue 16, and their cousins: every one of them is text in the ledger.
LOOKALIKES = [
    "1e5",
    "0x1F",
    "yes",
    ".inf",
    "2024-11-20",
    "1_000",
    "1121_784e924015583485",
    "No",
    "on",
    "y",
    "true",
    "1:30",
    "0o17",
    "017",
    "+1",
    "1.0",
    "-.inf",
    ".NaN",
    "0b101",
    "2024-11-20 10:00:00",
    "<<",
    "=",
]
NULL_WORDS = ["null", "Null", "NULL", "~"]
SAFE_STR = "tag:yaml.org,2002:str"


# -- the rule itself -----------------------------------------------------------


def _reader_tags(text: str) -> Iterator[str]:
    """What PyYAML (YAML 1.1) and ruamel.yaml (1.1 and 1.2) make of `text` written plain."""
    yield yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False))
    for version in ((1, 1), (1, 2)):
        resolver = VersionedResolver(version=version)
        yield str(resolver.resolve(ScalarNode, text, (True, False)))


@pytest.mark.parametrize("text", LOOKALIKES + NULL_WORDS)
def test_every_lookalike_is_known_to_need_quotes(text: str) -> None:
    assert typed_as(text) is not None


@pytest.mark.parametrize("text", ["nk-troops-in-russia", "North Korea", "000_66f99498a4238889"])
def test_ordinary_ids_stay_plain(text: str) -> None:
    assert typed_as(text) is None


@settings(max_examples=400)
@given(
    st.one_of(
        st.text(alphabet="0123456789_.:-+eExXoObB", max_size=12),
        st.text(alphabet="0123456789-: TZ.", max_size=25),
        st.sampled_from(LOOKALIKES + NULL_WORDS).map(lambda s: s[: len(s) // 2 + 1]),
        st.from_regex(r"[0-9]{3,4}_[0-9a-f]{16}", fullmatch=True),
    )
)
def test_typed_as_knows_whatever_a_yaml_reader_types(text: str) -> None:
    if any(tag != SAFE_STR for tag in _reader_tags(text)):
        assert typed_as(text) is not None


# -- helpers -------------------------------------------------------------------


_TYPABLE = re.compile(r"(?![-:](?: |$))[A-Za-z0-9_.+~<=-][A-Za-z0-9_.:+~<= -]*(?<![ :])")


def _plain_or_quoted(text: str) -> str:
    """How a person would type `text`: plain where YAML lets them, else quoted."""
    if text in NULL_WORDS or not _TYPABLE.fullmatch(text) or ": " in text:
        return quoted(text)
    return text


def _other_readers(path: Path) -> list[Any]:
    """The ledger as PyYAML (YAML 1.1) and ruamel.yaml's safe loader (YAML 1.2) read it."""
    text = path.read_text(encoding="utf-8")
    return [yaml.safe_load(text), YAML(typ="safe", pure=True).load(text)]


def _strings_everywhere(data: Any) -> Iterator[tuple[Any, Any]]:
    """Every key and scalar in a loaded ledger, but the numbers and nulls in known places."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield key, key
            if key in ("version", "line", "threshold") or value is None:
                continue
            yield from _strings_everywhere(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings_everywhere(item)
    else:
        yield data, data


def _assert_other_readers_see_text(path: Path) -> None:
    for loaded in _other_readers(path):
        for value, _ in _strings_everywhere(loaded):
            assert isinstance(value, str), f"{value!r} is not text to another YAML reader"


def _hand_written(value: str) -> str:
    """A ledger typed by hand with `value` unquoted as ids, party name and texts."""
    v = _plain_or_quoted(value)
    return textwrap.dedent(
        f"""\
        version: 1
        parties:
          {v}:
            aliases: [Jake Sullivan, {v}]
        sources:
          {v}:
            path: {_plain_or_quoted(f"sources/{value}.txt")}
            sha256: {v}
            published: {v}
            title: {v}
        claims:
          {v}:
            text: {v}
            statements:
            - party: {v}
              stance: asserts
              speaker: {v}
              cue: {v}
              source: {v}
              line: 3
              content: {v}
              quote: {v}
          other:
            text: {_plain_or_quoted(value + " other")}
            statements:
            - party: {v}
              stance: denies
              speaker: Pyongyang
              cue: denied
              source: {v}
              line: 4
              content: {v}
              quote: {v}
        """
    )


# -- add, merge, extract, hand edits -------------------------------------------------


@pytest.mark.parametrize("value", LOOKALIKES + NULL_WORDS)
def test_add_keeps_a_lookalike_id_and_text(run, tmp_path: Path, value: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    result = run("--ledger", path, "add", f"--id={value}", "--", value)
    if claim_id_problem(value) is not None:  # not one word, or read as an option
        assert result.exit_code == 2
        assert read_ledger(path).claims == ()
        return
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{value}\n"
    claim = read_ledger(path).claim(value)
    assert claim is not None and claim.text == value
    for loaded in _other_readers(path):
        assert loaded["claims"] == {value: {"text": value}}
    assert check_ledger(path) == []


@pytest.mark.parametrize("value", LOOKALIKES)
def test_hand_edits_and_merge_keep_lookalikes(run, tmp_path: Path, value: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.yaml"
    path.write_text(_hand_written(value), encoding="utf-8")
    before = read_ledger(path)
    assert [c.id for c in before.claims] == [value, "other"]

    result = run("--ledger", path, "merge", "--", value, "other")

    assert result.exit_code == 0, result.stderr
    after = read_ledger(path)
    assert [c.id for c in after.claims] == [value]
    assert after.claims[0].text == value
    merged = after.claims[0].statements
    assert merged == (*before.claims[0].statements, *before.claims[1].statements)
    assert {s.source for s in merged} == {value} and {s.party for s in merged} == {value}
    assert after.parties == before.parties and after.sources == before.sources
    assert check_ledger(path) == []
    _assert_other_readers_see_text(path)


_ARTICLE = (
    "Jake Sullivan said that North Korea has sent troops to Russia.\n\n"
    "The Kremlin denied that North Korea has sent troops to Russia.\n"
)


@pytest.mark.parametrize("value", [*LOOKALIKES[:7], "null"])
def test_extract_keeps_lookalike_source_ids_and_party_names(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    article = tmp_path / "sources" / f"{value}.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"version: 1\nparties:\n  {_plain_or_quoted(value)}:\n    aliases: [Jake Sullivan]\n",
        encoding="utf-8",
    )

    result = run("extract", article)

    assert result.exit_code == 0, result.stderr
    ledger = read_ledger(tmp_path / "claims.yaml")
    assert [s.id for s in ledger.sources] == [value]
    statements = [s for c in ledger.claims for s in c.statements]
    assert {s.source for s in statements} == {value}
    assert value in {s.party for s in statements}
    assert [p.name for p in ledger.parties] == [value]
    assert check_ledger(tmp_path / "claims.yaml") == []
    _assert_other_readers_see_text(tmp_path / "claims.yaml")
    assert run("extract", article).stderr.startswith("Nothing to do")


# -- the .inf case of issue 16 ---------------------------------------------------------

INF_ID = "1121_784e924015583485"  # YAML 1.2 in ruamel.yaml: 1121784 x 10^924015583485
INF_TWIN = "1122_384e924015583485"


def test_an_unquoted_id_that_reads_as_infinity_survives_every_write(
    tmp_path: Path, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once renamed `.inf` in its key and every reference; with two such ids, no write at all."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            version: 1
            sources:
              {INF_ID}:
                path: sources/{INF_ID}.txt
                sha256: 3b1f
              {INF_TWIN}:
                path: sources/{INF_TWIN}.txt
                sha256: 3b1e
                copy_of: {INF_ID}
            claims:
              nk-troops:
                text: North Korea has sent troops to Russia
                statements:
                - stance: asserts
                  source: {INF_ID}
                  line: 3
                  content: North Korea has sent troops to Russia
                  quote: Seoul said North Korea has sent troops to Russia.
                - stance: denies
                  source: {INF_TWIN}
                  line: 4
                  content: North Korea has sent troops to Russia
                  quote: Pyongyang denied it has sent troops to Russia.
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "fresh.txt").write_text(_ARTICLE, encoding="utf-8")
    notes = check_ledger(path)
    assert [(p.line, p.column) for p in notes] == [(3, 3), (6, 3), (9, 14), (15, 15), (20, 15)]
    assert all(f"quote it: '{INF_ID}'" in p.message or INF_TWIN in p.message for p in notes)

    def ids() -> tuple[list[str], list[str], list[str | None]]:
        ledger = read_ledger(path)
        statements = [s for c in ledger.claims for s in c.statements]
        return (
            [s.id for s in ledger.sources],
            [s.source for s in statements if s.source in (INF_ID, INF_TWIN)],
            [s.copy_of for s in ledger.sources],
        )

    expected = ([INF_ID, INF_TWIN, *ids()[0][2:]], [INF_ID, INF_TWIN], [None, INF_ID])
    assert ids() == expected

    steps = [
        ("add", "Russia denies it", "--id", "ru-denies"),
        ("merge", "nk-troops", "ru-denies"),
        ("extract", "sources/fresh.txt"),
    ]
    for step in steps:
        result = run(*step)
        assert result.exit_code == 0, (step, result.stderr)
        sources, cited, copies = ids()
        assert sources[:2] == [INF_ID, INF_TWIN]
        assert cited == [INF_ID, INF_TWIN] and copies[:2] == [None, INF_ID]
        assert ".inf" not in path.read_text(encoding="utf-8")
        assert check_ledger(path) == []
        _assert_other_readers_see_text(path)
    # A statement moved in place keeps citing the id as written.
    with edit_ledger(path) as editor:
        editor.update_statements(INF_ID, lambda s: _at_line(s, 9))
    assert [s.line for c in read_ledger(path).claims for s in c.statements][:1] == [9]
    assert ids()[1] == [INF_ID, INF_TWIN]


# -- null ------------------------------------------------------------------------


@pytest.mark.parametrize("word", NULL_WORDS)
def test_a_bare_null_id_is_no_id_and_check_says_to_quote_it(
    tmp_path: Path, run: Any, word: str
) -> None:
    path = tmp_path / "claims.yaml"
    text = f"version: 1\nclaims:\n  {word}:\n    text: Something happened\n"
    path.write_text(text, encoding="utf-8")

    result = run("--ledger", path, "check")

    assert result.exit_code == 1
    assert (
        f"claims.yaml:3:3: claims: a claim id that YAML reads as no value; quote it ('{word}')"
        in (result.stdout)
    )
    with pytest.raises(LedgerInvalid):
        read_ledger(path)
    assert run("--ledger", path, "add", "Another thing").exit_code == 1
    assert path.read_text(encoding="utf-8") == text  # never written over

    path.write_text(text.replace(f"  {word}:", f"  {quoted(word)}:"), encoding="utf-8")
    assert [c.id for c in read_ledger(path).claims] == [word]


def test_a_bare_null_where_an_id_is_cited_says_to_quote_it(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            version: 1
            sources:
              'null': {path: sources/null.txt, sha256: 3b1f}
            claims:
              c:
                text: Something happened
                statements:
                - {stance: asserts, source: null, line: 1, content: it, quote: it}
            """
        ),
        encoding="utf-8",
    )
    [problem] = check_ledger(path)
    assert (problem.line, problem.column) == (8, 33)
    assert problem.message == (
        "claims.c.statements[0].source: must not be empty "
        "(a plain null is no value; quote it, 'null', if it is the text)"
    )


# -- check: what other YAML tools would misread ------------------------------------------


def test_check_names_each_lookalike_written_plain_with_the_fix(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_hand_written("yes").replace("published: yes", "published: 2024-11-20"))

    result = run("--ledger", path, "check")

    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{path}:3:3: parties: party name yes is text to claimtrack, "
        "but other YAML readers take it for true or false; quote it: 'yes'"
    )
    assert (
        f"{path}:9:16: sources.yes.published: 2024-11-20 is text to claimtrack, "
        "but other YAML readers take it for a date; quote it: '2024-11-20'"
    ) in lines
    assert len(lines) == 18
    # claimtrack itself reads the ledger as it is, and quotes them when it writes.
    assert read_ledger(path).claims[0].id == "yes"
    assert run("--ledger", path, "add", "Something else").exit_code == 0
    (tmp_path / "sources").mkdir()  # check also reads the articles the ledger cites
    (tmp_path / "sources" / "yes.txt").write_text("yes\nyes\nyes\nyes\n", encoding="utf-8")
    assert run("--ledger", path, "check").exit_code == 0


def test_a_command_that_changes_nothing_leaves_hand_quoting_alone(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_hand_written("1e5"), encoding="utf-8")
    before = path.read_bytes()
    source = read_ledger(path).sources[0]
    with edit_ledger(path) as editor:
        editor.put_source(source)
    assert path.read_bytes() == before


def test_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(
        _hand_written("x").replace("version: 1", "version: 1\nsettings:\n  threshold: 65.5"),
        encoding="utf-8",
    )
    with edit_ledger(path) as editor:
        editor.add_claim("new", "A new claim")
    text = path.read_text(encoding="utf-8")
    assert "version: 1\n" in text and "threshold: 65.5\n" in text and "line: 3\n" in text
    for loaded in _other_readers(path):
        assert loaded["version"] == 1 and loaded["settings"]["threshold"] == 65.5
        assert loaded["claims"]["x"]["statements"][0]["line"] == 3


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("line: '3'", "expected a whole number, found '3'"),
        ("line: 0x3", "expected a whole number, found '0x3'"),
        ("line: 1_0", "expected a whole number, found '1_0'"),
        ("line: 0", "must be 1 or more"),
        ("line: -3", "must be 1 or more"),
    ],
)
def test_a_line_is_plain_decimal_digits(tmp_path: Path, written: str, message: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_hand_written("x").replace("line: 3", written), encoding="utf-8")
    problems = [p for p in check_ledger(path) if "line" in p.message]
    assert [p.message.split(": ", 1)[1] for p in problems] == [message]


# -- the property: no value changes type or text across commands -------------------------

_lookalike = st.one_of(
    st.sampled_from(LOOKALIKES),
    st.from_regex(r"[-+]?[0-9][0-9_]{0,5}(\.[0-9_]{0,3})?([eE][-+]?[0-9]{1,3})?", fullmatch=True),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
    st.from_regex(r"0[xob][0-9a-fA-F_]{1,6}", fullmatch=True),
    st.from_regex(r"[1-9][0-9]?(:[0-5][0-9]){1,2}", fullmatch=True),
    st.sampled_from(["y", "Y", "n", "N", "yes", "No", "ON", "off", "True", "FALSE", "~", "null"]),
    # (Text of spaces alone is no claim text: `check` reports it, so it is left out.)
    st.text(alphabet="abcXYZ019 .:-_'\"#&*!|>%@`,[]{}", min_size=1, max_size=12).filter(str.strip),
)


def _statement(value: str, source: str, line: int) -> Statement:
    return Statement(
        stance=Stance.DISPUTES,
        quote=value,
        content=value,
        source=source,
        line=line,
        party=value,
        speaker=value,
        cue=value,
    )


def _at_line(statement: Statement, line: int) -> Statement:
    return dataclasses.replace(statement, line=line)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=_lookalike, second=_lookalike)
def test_no_value_changes_type_or_text_across_commands(
    tmp_path: Path, first: str, second: str
) -> None:
    """Hand-typed lookalikes, then what `add`, `extract` and `merge` do, read back unchanged."""
    # A claim's text of spaces alone is refused, whatever its quoting.
    assume(first != "other" and second + "b" != first and first.strip() and second.strip())
    path = tmp_path / "claims.yaml"
    path.write_text(_hand_written(first), encoding="utf-8")
    before = read_ledger(path)
    assert [c.id for c in before.claims] == [first, "other"]
    assert [s.id for s in before.sources] == [first] and before.parties[0].name == first
    assert {s.source for c in before.claims for s in c.statements} == {first}

    claim_b = second if second not in (first, "other") else second + "!"
    source_b = Source(id=second + "b", path="sources/b.txt", sha256=second, copy_of=first)
    with edit_ledger(path) as editor:  # `add`, then what `extract` does
        editor.add_claim(claim_b, second)
        editor.put_source(source_b)
        editor.add_statement(claim_b, _statement(second, source_b.id, 5))
    with edit_ledger(path) as editor:  # `merge`
        editor.merge_claims(first, [claim_b])
    with edit_ledger(path) as editor:  # `extract` of a changed source: its sentences moved
        editor.update_statements(first, lambda s: _at_line(s, 7))

    ledger = read_ledger(path)
    first_claim, other = before.claims
    expected = dataclasses.replace(
        before,
        sources=(*before.sources, source_b),
        claims=(
            dataclasses.replace(
                first_claim,
                statements=(
                    _at_line(first_claim.statements[0], 7),
                    _statement(second, source_b.id, 5),
                ),
            ),
            dataclasses.replace(other, statements=(_at_line(other.statements[0], 7),)),
        ),
    )
    assert ledger == expected
    assert check_ledger(path) == []
    _assert_other_readers_see_text(path)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789:-+._eExXoObyYnN~<=!&* \t\n", max_size=12),
            st.sampled_from(["2015-03-04", "1:30", "0x1F", ".inf", "On", "no", "", "12ab:3"]),
        ),
        max_size=20,
    )
)
def test_typed_among_finds_exactly_what_typed_as_types(texts: list[str]) -> None:
    assert typed_among(texts) == {text for text in texts if typed_as(text) is not None}


# -- a write after a hand edit looks again only at the claims that changed -----------

_CALM_CLAIM = """\
  calm-{n}:
    text: A calm claim number {n} about the harbour
    statements:
    - party: Norway
      stance: asserts
      speaker: Oslo
      cue: said
      source: harbour-report
      line: {line}
      content: the harbour reopened on time
      quote: Oslo said the harbour reopened on time.
"""


def _calm_ledger(claims: int) -> str:
    head = (
        "version: 1\nparties:\n  Norway:\n    aliases: [Oslo]\nsources:\n"
        "  harbour-report:\n    path: sources/harbour.txt\n    sha256: 3b1f\nclaims:\n"
    )
    return head + "".join(_CALM_CLAIM.format(n=n, line=n + 1) for n in range(claims))


def test_a_write_after_a_hand_edit_looks_again_only_at_the_claims_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import _splice
    from claimtrack import ledger as ledger_module

    looked_at: list[str] = []
    typed_texts = ledger_module._typed_texts

    def spy(claim: Any) -> set[str]:
        looked_at.append(claim.id)
        return typed_texts(claim)

    monkeypatch.setattr(ledger_module, "_typed_texts", spy)
    by_parts = _splice.Index.by_parts
    parts, whole = tmp_path / "a" / "claims.yaml", tmp_path / "b" / "claims.yaml"
    for path in (parts, whole):
        path.parent.mkdir()
        path.write_text(_calm_ledger(40), encoding="utf-8")
        read_ledger(path)  # the cache knows it: a write composes only its parts
    looked: list[list[str]] = []

    def write(claim_id: str, old: str = "", new: str = "") -> None:
        """A hand edit (`old` to `new`), a `list`, then an `add`, on both ledgers."""
        for path in (parts, whole):
            if old:
                text = path.read_text(encoding="utf-8")
                assert text.count(old) == 1
                path.write_text(text.replace(old, new), encoding="utf-8")
                read_ledger(path)
            # The other ledger is written from its whole text, looking at every claim.
            plain = by_parts if path == parts else staticmethod(lambda *a, **k: None)
            monkeypatch.setattr(_splice.Index, "by_parts", plain)
            looked_at.clear()
            with edit_ledger(path) as editor:
                editor.add_claim(claim_id, f"A new claim called {claim_id}")
            if path == parts:
                looked.append(list(looked_at))
        assert parts.read_bytes() == whole.read_bytes()

    write("first")  # a ledger this program did not save: every claim is looked at
    write(
        "second",
        "Oslo\n      cue: said\n      source: harbour-report\n      line: 8\n",
        "yes\n      cue: said\n      source: harbour-report\n      line: 8\n",
    )
    write(
        "third",
        "content: the harbour reopened on time\n      quote: Oslo said the harbour"
        " reopened on time.\n  calm-30:",
        "content: 1e5\n      quote: Oslo said the harbour reopened on time.\n  calm-30:",
    )
    write("fourth")  # this program saved it: nothing is looked at
    assert len(looked[0]) == 40
    # Each time the claim edited, and those the write before added or quoted in.
    assert looked[1:] == [["calm-7", "first"], ["calm-7", "calm-29", "second"], []]
    text = parts.read_text(encoding="utf-8")
    assert "speaker: 'yes'" in text and "content: '1e5'" in text
    assert check_ledger(parts) == []


def test_a_lookalike_typed_plain_in_a_source_by_hand_is_quoted_looking_only_at_that_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack import _splice
    from claimtrack import ledger as ledger_module

    looked_at: list[str] = []
    source_texts = ledger_module._source_texts

    def spy(source: Source) -> Any:
        looked_at.append(source.id)
        return source_texts(source)

    monkeypatch.setattr(ledger_module, "_source_texts", spy)
    sources = "".join(
        f"  report-{n}:\n    path: sources/report-{n}.txt\n    sha256: 3b1f{n}\n"
        f"    title: Harbour report {n}\n"
        for n in range(6)
    )
    text = _calm_ledger(3).replace(
        "  harbour-report:\n    path: sources/harbour.txt\n    sha256: 3b1f\n",
        "  harbour-report:\n    path: sources/harbour.txt\n    sha256: 3b1f\n" + sources,
    )
    by_parts = _splice.Index.by_parts
    parts, whole = tmp_path / "a" / "claims.yaml", tmp_path / "b" / "claims.yaml"
    for path in (parts, whole):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        read_ledger(path)
    looked: list[list[str]] = []
    for number, (old, new) in enumerate(
        [
            ("", ""),
            ("title: Harbour report 4\n", "title: 2024-11-20\n"),
            ("title: Harbour report 1\n", "title: yes\n"),
        ]
    ):
        for path in (parts, whole):
            if old:
                path.write_text(path.read_text(encoding="utf-8").replace(old, new), "utf-8")
                read_ledger(path)
            plain = by_parts if path == parts else staticmethod(lambda *a, **k: None)
            monkeypatch.setattr(_splice.Index, "by_parts", plain)
            looked_at.clear()
            with edit_ledger(path) as editor:
                editor.add_claim(f"new-{number}", f"A new claim, number {number}")
            if path == parts:
                looked.append([s for s in looked_at if s != "harbour-report"])
        assert parts.read_bytes() == whole.read_bytes()
    # Each time the source edited, and the one the write before quoted in.
    assert looked == [[f"report-{n}" for n in range(6)], ["report-4"], ["report-1", "report-4"]]
    written = parts.read_text(encoding="utf-8")
    assert "title: '2024-11-20'" in written and "title: 'yes'" in written
    assert check_ledger(parts) == []
