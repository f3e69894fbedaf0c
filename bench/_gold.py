"""Shared helpers for the extraction benchmarks: gold loading, checking and scoring."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.fnc1 import BODIES, article_text, body_id_of, load_bodies
from claimtrack.model import Problem

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SEED_GOLD = REPO / "tests" / "gold" / "seeds.yaml"
SEED_SOURCES = REPO / "sources"
LEDGER_GOLD = REPO / "tests" / "gold" / "ledger"

STANCES = ("asserts", "denies", "disputes")
KINDS = ("state", "organisation", "media", "person")


@dataclass(frozen=True)
class GoldStatement:
    source: str
    line: int
    speaker: str | None
    party: str | None
    cue: str | None
    stance: str


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label}: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.true_positives} predicted={self.predicted} gold={self.gold})"
        )


def load_seed_gold(path: Path = SEED_GOLD) -> list[GoldStatement]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        GoldStatement(
            source=str(row["source"]),
            line=int(row["line"]),
            speaker=row.get("speaker"),
            party=row.get("party"),
            cue=row.get("cue"),
            stance=str(row["stance"]),
        )
        for row in data["statements"]
    ]


def seed_key(
    source: str, line: int, party: str | None, speaker: str | None
) -> tuple[str, int, str]:
    """What a prediction must share with a gold statement: place and party (or speaker)."""
    who = party if party is not None else f"speaker:{(speaker or '').strip().lower()}"
    return source, line, who


def match_multiset(
    predicted: Iterable[tuple[tuple[str, int, str], object]],
    gold: Iterable[tuple[tuple[str, int, str], object]],
) -> tuple[list[tuple[object, object]], list[object], list[object]]:
    """Pair predictions with gold by key, each gold used once.

    Returns (pairs, unmatched predictions, missed gold).
    """
    remaining: dict[tuple[str, int, str], list[object]] = {}
    for key, item in gold:
        remaining.setdefault(key, []).append(item)
    pairs: list[tuple[object, object]] = []
    extra: list[object] = []
    for key, item in predicted:
        bucket = remaining.get(key)
        if bucket:
            pairs.append((item, bucket.pop(0)))
        else:
            extra.append(item)
    missed = [item for bucket in remaining.values() for item in bucket]
    return pairs, extra, missed


def b_cubed_items(
    predicted: Sequence[Hashable], gold: Sequence[Hashable]
) -> list[tuple[float, float]]:
    """Each item's B-cubed precision and recall.

    Precision: the share of the items in its predicted cluster that share its gold
    cluster; recall: the share of its gold cluster that shares its predicted one.
    Both are exactly 1.0 when the two clusters hold the same items.
    """
    together = Counter(zip(predicted, gold, strict=True))
    predicted_sizes, gold_sizes = Counter(predicted), Counter(gold)
    return [
        (together[p, g] / predicted_sizes[p], together[p, g] / gold_sizes[g])
        for p, g in zip(predicted, gold, strict=True)
    ]


def b_cubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels (zeros when empty)."""
    items = b_cubed_items(predicted, gold)
    if not items:
        return 0.0, 0.0, 0.0
    precision = sum(p for p, _ in items) / len(items)
    recall = sum(r for _, r in items) / len(items)
    return precision, recall, 2 * precision * recall / (precision + recall)


# -- the whole-ledger gold: one YAML file per story under tests/gold/ledger/ ---------

STORY_KEYS = {"guideline", "story", "articles", "claims", "statements"}
STATEMENT_KEYS = {"source", "line", "speaker", "cue", "party", "kind", "stance", "claim"}
OPTIONAL_STATEMENT_KEYS = {"party_alt", "note"}


@dataclass(frozen=True)
class LedgerGoldStatement:
    """One hand-annotated statement; `claim` is namespaced by its story, as `story/label`."""

    story: str
    source: str
    line: int
    speaker: str | None
    cue: str | None
    party: str | None
    party_alt: tuple[str | None, ...]
    kind: str | None
    stance: str
    claim: str


@dataclass(frozen=True)
class GoldStory:
    """One gold file: a news story told by several articles. `name` is the file stem."""

    name: str
    title: str
    articles: tuple[str, ...]
    claims: dict[str, str]
    statements: tuple[LedgerGoldStatement, ...]


def story_files(folder: Path = LEDGER_GOLD) -> list[Path]:
    """The gold files, in the sorted order the benchmark's halves are cut from."""
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")], key=lambda path: path.name)


def read_story(path: Path) -> GoldStory:
    """A gold file as data; call `check_story` first, this trusts its shape."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = path.stem
    statements = tuple(
        LedgerGoldStatement(
            story=name,
            source=str(row["source"]),
            line=int(row["line"]),
            speaker=row["speaker"],
            cue=row["cue"],
            party=row["party"],
            party_alt=tuple(row.get("party_alt") or ()),
            kind=row["kind"],
            stance=row["stance"],
            claim=f"{name}/{row['claim']}",
        )
        for row in data["statements"]
    )
    return GoldStory(
        name=name,
        title=str(data["story"]),
        articles=tuple(str(source) for source in data["articles"]),
        claims={f"{name}/{label}": str(text) for label, text in data["claims"].items()},
        statements=statements,
    )


def check_gold_folder(folder: Path = LEDGER_GOLD) -> list[Problem]:
    """Every problem in the gold folder: each file's, and an article claimed by two stories."""
    problems: list[Problem] = []
    if not BODIES.is_file():
        return [Problem(str(BODIES), 1, 1, "FNC-1 bodies missing: the gold cannot be checked")]
    owner: dict[str, Path] = {}
    for path in story_files(folder):
        found = check_story(path)
        problems.extend(found)
        if found:
            continue
        for source in read_story(path).articles:
            if source in owner:
                problems.append(
                    Problem(str(path), 1, 1, f"article {source} is also in {owner[source].name}")
                )
            owner.setdefault(source, path)
    return problems


def check_story(path: Path) -> list[Problem]:
    """Every problem in one gold file, each pointing at its line, as ANNOTATION.md asks.

    Needs the FNC-1 bodies: statement lines are checked against the articles.
    """
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(str(path), 1, 1, f"cannot read: {error}")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return [Problem(str(path), line, column, f"not YAML: {error}")]
    problems = _StoryChecker(path).check(root)
    return sorted(problems, key=lambda problem: (problem.line, problem.column))


class _StoryChecker:
    """Walks a gold file's YAML nodes, so every problem keeps its place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(str(self.path), mark.line + 1, mark.column + 1, message))

    def mapping(self, node: yaml.Node, where: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{where} should be a mapping")
            return None
        items: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if key.value in items:
                self.problem(key, f"{where}: duplicate key {key.value!r}")
            items[key.value] = value
        return items

    def text(self, node: yaml.Node, where: str, *, nullable: bool = False) -> str | None:
        if nullable and _is_null(node):
            return None
        if isinstance(node, yaml.ScalarNode) and not _is_null(node) and node.value.strip():
            return str(node.value)
        self.problem(node, f"{where} should be a non-empty string{' or null' * nullable}")
        return None

    def check(self, root: yaml.Node | None) -> list[Problem]:
        if root is None:
            self.problems.append(Problem(str(self.path), 1, 1, "empty file"))
            return self.problems
        top = self.mapping(root, "the file")
        if top is None:
            return self.problems
        for key in top.keys() - STORY_KEYS:
            self.problem(
                top[key], f"unknown key {key!r} (expected {', '.join(sorted(STORY_KEYS))})"
            )
        for key in sorted({"story", "articles", "claims", "statements"} - top.keys()):
            self.problem(root, f"missing {key!r}")
        if "story" in top:
            self.text(top["story"], "story")
        articles = self.articles(top["articles"]) if "articles" in top else {}
        claims = self.claims(top["claims"]) if "claims" in top else set()
        statements = top.get("statements")
        if isinstance(statements, yaml.SequenceNode):
            for number, node in enumerate(statements.value, 1):
                self.statement(node, f"statement {number}", articles, claims)
        elif statements is not None:
            self.problem(statements, "statements should be a list")
        return self.problems

    def articles(self, node: yaml.Node) -> dict[str, list[str]]:
        """Source id -> the article's lines, for the articles that exist."""
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.problem(node, "articles should be a non-empty list of source ids")
            return {}
        found: dict[str, list[str]] = {}
        for item in node.value:
            source = self.text(item, "an article")
            if source is None:
                continue
            body_id = body_id_of(source)
            if source in found:
                self.problem(item, f"article {source} listed twice")
            elif body_id is None or body_id not in load_bodies():
                self.problem(item, f"article {source!r} is not fnc1-<Body ID> of an FNC-1 body")
            else:
                found[source] = article_text(body_id).split("\n")
        return found

    def claims(self, node: yaml.Node) -> set[str]:
        labels = self.mapping(node, "claims") or {}
        for label, text in labels.items():
            self.text(text, f"claim {label!r}'s text")
        return set(labels)

    def statement(
        self, node: yaml.Node, where: str, articles: dict[str, list[str]], claims: set[str]
    ) -> None:
        fields = self.mapping(node, where)
        if fields is None:
            return
        for key in sorted(fields.keys() - STATEMENT_KEYS - OPTIONAL_STATEMENT_KEYS):
            self.problem(fields[key], f"{where}: unknown key {key!r}")
        missing = STATEMENT_KEYS - fields.keys()
        if missing:
            self.problem(node, f"{where}: missing {', '.join(sorted(missing))}")
            return
        values = {
            key: self.text(fields[key], f"{where}: {key}", nullable=key in _NULLABLE)
            for key in STATEMENT_KEYS
        }
        source, claim = values["source"], values["claim"]
        if source is not None and source not in articles:
            self.problem(fields["source"], f"{where}: source {source!r} is not in articles")
        if claim is not None and claim not in claims:
            self.problem(fields["claim"], f"{where}: claim {claim!r} is not in claims")
        if values["stance"] is not None and values["stance"] not in STANCES:
            self.problem(
                fields["stance"],
                f"{where}: stance {values['stance']!r} (expected {', '.join(STANCES)})",
            )
        kind, party = values["kind"], values["party"]
        if kind is not None and kind not in KINDS:
            self.problem(
                fields["kind"], f"{where}: kind {kind!r} (expected {', '.join(KINDS)} or null)"
            )
        if (kind is None) != (party is None):
            self.problem(fields["kind"], f"{where}: party and kind must both be null or neither")
        if "party_alt" in fields:
            self.party_alt(fields["party_alt"], where)
        if source in articles and values["line"] is not None:
            self.line(fields["line"], where, articles[source], values["speaker"], values["cue"])

    def party_alt(self, node: yaml.Node, where: str) -> None:
        if _is_null(node):
            return
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where}: party_alt should be a list")
            return
        for item in node.value:
            self.text(item, f"{where}: a party_alt entry", nullable=True)

    def line(
        self, node: yaml.Node, where: str, lines: list[str], speaker: str | None, cue: str | None
    ) -> None:
        """The line must exist, and the speaker or the cue stand on it, as written,
        unless the statement continues an earlier quotation (no cue of its own)."""
        if not re.fullmatch(r"\d+", node.value) or not 1 <= int(node.value) < len(lines):
            self.problem(node, f"{where}: line {node.value} is not a line of the article")
            return
        text = _fold(lines[int(node.value) - 1])
        if not text:
            self.problem(node, f"{where}: line {node.value} is blank")
        elif cue and not any(
            all(_fold(part) in text for part in re.split(r"\.\.\.|…", said) if part.strip())
            for said in (speaker, cue)
            if said
        ):
            self.problem(node, f"{where}: neither speaker nor cue is on line {node.value}")


_NULLABLE = {"speaker", "cue", "party", "kind"}


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _fold(text: str) -> str:
    """Case, curly quotes and runs of whitespace do not matter when looking for words."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())
