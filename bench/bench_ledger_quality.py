"""The whole ledger: what `claimtrack extract` builds from unseen articles, against the gold.

The gold is a folder of story files (tests/gold/ledger/*.yaml, ANNOTATION.md):
each names its FNC-1 articles and annotates every statement in them with its
party, party kind, stance and claim. Claim labels are per story, so they are
scored as `story/label`.

1. A fresh workspace: `claimtrack init`, every gold article written to
   sources/ by bench/fnc1.py, then one `claimtrack extract --dry-run --format
   jsonl` over all of them as a subprocess (claims group across articles and
   stories, as for a user). The extract run is timed.
2. A prediction matches a gold statement in the same source when their lines
   are at most one apart and the speakers share a content word (case and
   "the", "a", "an" and punctuation aside); a null gold speaker matches only a
   null predicted one, and so does an agentless one, whose words are all words
   of its cue ("it was reported", "is said"): SPEC gives such a statement no
   speaker, its hedge as cue. Where several predictions share a line and a
   speaker with different parties (a joint speaker's one statement per
   party), a gold statement pairs only with the copy of its own party, if
   there is one. Each is used once: exact lines first, then the
   most shared words, then the same party, then (where one speaker makes
   statements of several claims on one line) the most content words shared
   with the gold statement's claim text.
3. Figures, overall and on two disjoint halves of the stories (A: even
   positions, B: odd positions, in sorted order of story file name): statement
   precision, recall and F1; on matched statements party, party-kind and
   stance accuracy, per-stance scores and the confusion matrix, claim B-cubed;
   the share of gold statements right in every respect; claims mixing stories.
4. Errors grouped by kind, most common first, with examples.

    PYTHONPATH=. python bench/bench_ledger_quality.py [--gold DIR] [--show N]
        [--json FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._gold import (
    LEDGER_GOLD,
    REPO,
    STANCES,
    GoldStory,
    LedgerGoldStatement,
    Score,
    b_cubed,
    b_cubed_items,
    check_gold_folder,
    read_story,
    story_files,
)
from bench.fnc1 import BODIES, article_text, body_id_of, write_articles

HALVES_RULE = (
    "half A = stories at even positions, half B = odd positions, in sorted order of story file name"
)


# -- predictions ---------------------------------------------------------------


# The claim label of a statement filed under no claim: it stands alone.
UNFILED = "(not filed)"


@dataclass(frozen=True)
class Prediction:
    """One statement from `extract --dry-run --format jsonl`."""

    source: str
    line: int
    speaker: str | None
    cue: str | None
    party: str | None
    kind: str | None
    stance: str
    claim: str
    claim_text: str
    content: str

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Prediction:
        # The source by the file stem of its path: source ids may change form,
        # the file name written by bench/fnc1.py does not.
        return cls(
            source=Path(record["path"]).stem,
            line=int(record["line"]),
            speaker=record.get("speaker"),
            cue=record.get("cue"),
            party=record.get("party"),
            kind=record.get("kind"),
            stance=str(record["stance"]),
            # A statement filed under no claim stands alone (and a real extract
            # leaves it out of the ledger).
            claim=str(
                record["claim"]
                or f"{UNFILED} {record['path']}:{record['line']}:"
                f"{record.get('speaker')}:{record.get('content')}"
            ),
            claim_text=str(record.get("claim_text") or ""),
            content=str(record.get("content") or record.get("quote") or ""),
        )


@dataclass(frozen=True)
class Extraction:
    predictions: list[Prediction]
    seconds: float
    has_kind: bool


def run_extract(workspace: Path, articles: Sequence[str]) -> Extraction:
    """Set up a workspace as a user would and run one dry-run extraction over all articles."""
    env = dict(os.environ, NO_COLOR="1", XDG_CACHE_HOME=str(workspace / ".cache"))
    env.pop("CLAIMTRACK_LEDGER", None)
    # This checkout's claimtrack, whatever the environment has installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    ledger = workspace / "claims.yaml"
    claimtrack = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger)]
    _run([*claimtrack, "init", str(workspace)], workspace, env)
    write_articles(workspace / "sources", [_body_id(source) for source in articles])
    command = [*claimtrack, "extract", "sources", "--dry-run", "--format", "jsonl"]
    start = time.perf_counter()
    output = _run(command, workspace, env)
    seconds = time.perf_counter() - start
    (workspace / "predictions.jsonl").write_text(output, encoding="utf-8")
    records = [json.loads(line) for line in output.splitlines() if line.strip()]
    predictions = [Prediction.from_json(record) for record in records]
    return Extraction(predictions, seconds, any("kind" in record for record in records))


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(
            f"`{' '.join(command[1:])}` failed with exit code {done.returncode}:\n{done.stderr}"
        )
    return done.stdout


def _body_id(source: str) -> str:
    body_id = body_id_of(source)
    if body_id is None:
        sys.exit(f"gold article {source!r} is not an FNC-1 source id (fnc1-<Body ID>)")
    return body_id


# -- matching ------------------------------------------------------------------

_NOT_CONTENT = {"the", "a", "an"}


def agentless(statement: LedgerGoldStatement) -> bool:
    """A gold statement with no speaker, or one written as its own cue ("it was
    reported", "is said"): SPEC records it with a null speaker."""
    words = speaker_words(statement.speaker)
    return not words or words <= speaker_words(statement.cue) | {"it"}


def speaker_words(speaker: str | None) -> frozenset[str]:
    """Content words of a speaker: case, punctuation, possessives and articles aside."""
    if not speaker:
        return frozenset()
    text = speaker.casefold().replace("’", "'")
    text = re.sub(r"\b(\w)\.", r"\1", text)  # U.S. -> us
    text = re.sub(r"'s\b", "", text)
    return frozenset(re.findall(r"\w+", text)) - _NOT_CONTENT


# Words too common to say which claim a content is about. (Not claimtrack's own
# `normalise.content_words`: the yardstick must not move with the code it measures.)
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
        the a an of to in on at for and or but is are was were be been has have had it
        its that this with by from as not no he she they his her their will would could
        """,
    )
)


def content_words(text: str) -> frozenset[str]:
    """The words of a content or claim text that say what it is about."""
    return frozenset(re.findall(r"\w+", text.casefold())) - _FUNCTION_WORDS


@dataclass(frozen=True)
class Pair:
    predicted: Prediction
    gold: LedgerGoldStatement


@dataclass(frozen=True)
class Matching:
    pairs: list[Pair]
    spurious: list[Prediction]
    missed: list[LedgerGoldStatement]


def match_statements(
    predictions: Sequence[Prediction],
    gold: Sequence[LedgerGoldStatement],
    gold_claims: Mapping[str, str] | None = None,
) -> Matching:
    """One-to-one, greedily over candidate pairs: exact line first, then most shared
    words, then (for joint speakers, "the BBC and the Washington Post", whose
    statements share their words) the same party, then (for one speaker's
    statements of several claims on one line) the most content words the
    prediction shares with the gold statement's claim text (`gold_claims`)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, prediction in enumerate(predictions):
        by_source[prediction.source].append(index)
    copies = joint_parties(predictions)
    candidates: list[tuple[int, int, bool, int, int]] = []
    for g_index, statement in enumerate(gold):
        gold_words = speaker_words(statement.speaker)
        for p_index in by_source[statement.source]:
            prediction = predictions[p_index]
            distance = abs(prediction.line - statement.line)
            if distance > 1 or another_partys_copy(prediction, statement, copies):
                continue
            shared = len(gold_words & speaker_words(prediction.speaker))
            if (prediction.speaker is None and agentless(statement)) or shared:
                other_party = _fold(prediction.party) != _fold(statement.party)
                claim_text = (gold_claims or {}).get(statement.claim, "")
                said = len(content_words(prediction.content) & content_words(claim_text))
                candidates.append((distance, -shared, other_party, -said, g_index, p_index))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[Pair] = []
    for *_, g_index, p_index in sorted(candidates):
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        pairs.append(Pair(predictions[p_index], gold[g_index]))
    return Matching(
        pairs=pairs,
        spurious=[p for i, p in enumerate(predictions) if i not in used_predicted],
        missed=[g for i, g in enumerate(gold) if i not in used_gold],
    )


def _speaker_span(prediction: Prediction) -> tuple[str, int, str | None]:
    return prediction.source, prediction.line, prediction.speaker


def joint_parties(
    predictions: Sequence[Prediction],
) -> dict[tuple[str, int, str | None], set[str | None]]:
    """The parties of each speaker span on a line that several predictions share
    with different parties: a joint speaker ("the BBC and the Washington Post")
    gives one statement per party, with the same speaker words."""
    parties: dict[tuple[str, int, str | None], set[str | None]] = defaultdict(set)
    for prediction in predictions:
        parties[_speaker_span(prediction)].add(_fold(prediction.party))
    return {span: folded for span, folded in parties.items() if len(folded) > 1}


def another_partys_copy(
    prediction: Prediction,
    statement: LedgerGoldStatement,
    copies: Mapping[tuple[str, int, str | None], set[str | None]],
) -> bool:
    """The prediction is one party's copy of a joint speaker's statement, and
    another copy has the gold statement's party: the gold pairs with that one,
    as the speaker's words cannot tell the copies apart."""
    parties = copies.get(_speaker_span(prediction), set())
    gold_party = _fold(statement.party)
    return gold_party in parties and _fold(prediction.party) != gold_party


def party_right(pair: Pair) -> bool:
    """The predicted party is the gold one or an accepted alternative (null is a value)."""
    accepted = {_fold(pair.gold.party), *(_fold(alt) for alt in pair.gold.party_alt)}
    return _fold(pair.predicted.party) in accepted


def kind_right(pair: Pair) -> bool:
    """The predicted kind is the gold party's. A prediction that names one of the
    accepted alternative parties is judged by the kind of that party, which the
    gold does not give: there only a prediction without a kind is wrong."""
    if _fold(pair.predicted.party) != _fold(pair.gold.party) and party_right(pair):
        return pair.predicted.kind is not None
    return _fold(pair.predicted.kind) == _fold(pair.gold.kind)


def stance_right(pair: Pair) -> bool:
    return pair.predicted.stance == pair.gold.stance


def _fold(name: str | None) -> str | None:
    """A party name as compared: case, spacing and a leading "The" aside ("The
    Guardian" and "Guardian" name one outlet)."""
    if name is None:
        return None
    folded = " ".join(name.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


# -- figures -------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def cell(self) -> str:
        return f"{self.share:.3f} ({self.right}/{self.total})"

    def to_json(self) -> dict[str, Any]:
        return {"share": round(self.share, 4), "right": self.right, "total": self.total}


@dataclass(frozen=True)
class Scope:
    """Some stories and what fell in them."""

    name: str
    stories: list[GoldStory]
    pairs: list[Pair]
    spurious: list[Prediction]
    missed: list[LedgerGoldStatement]

    @property
    def gold_count(self) -> int:
        return len(self.pairs) + len(self.missed)


@dataclass(frozen=True)
class Figures:
    statements: Score
    party: Ratio
    kind: Ratio | None
    stance: Ratio
    per_stance: dict[str, Score]
    confusion: dict[str, dict[str, int]]
    claims: tuple[float, float, float]
    all_right: Ratio
    mixing_stories: Ratio
    # Of the statements found, those a real `extract` files under a claim (the
    # dry run lists the rest with the reason); and gold statements found and filed.
    filed: Ratio
    filed_recall: Ratio


def claim_right(pairs: Sequence[Pair]) -> list[bool]:
    """Per pair: do the statements sharing its predicted claim and its gold claim coincide?"""
    items = b_cubed_items([p.predicted.claim for p in pairs], [p.gold.claim for p in pairs])
    return [precision == recall == 1.0 for precision, recall in items]


def mixing_claims(pairs: Sequence[Pair]) -> dict[str, set[str]]:
    """Predicted claims whose matched statements come from more than one gold story."""
    stories: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        stories[pair.predicted.claim].add(pair.gold.story)
    return {claim: found for claim, found in stories.items() if len(found) > 1}


def figures(scope: Scope, has_kind: bool) -> Figures:
    pairs = scope.pairs
    predicted_count = len(pairs) + len(scope.spurious)
    # A stance outside the three (a slip in the gold) gets a row of its own.
    seen = {stance for pair in pairs for stance in (pair.gold.stance, pair.predicted.stance)}
    labels = [*STANCES, *sorted(seen - set(STANCES))]
    confusion = {g: dict.fromkeys(labels, 0) for g in labels}
    for pair in pairs:
        confusion[pair.gold.stance][pair.predicted.stance] += 1
    per_stance = {
        stance: Score(
            confusion[stance][stance],
            sum(row[stance] for row in confusion.values()),
            sum(confusion[stance].values()),
        )
        for stance in STANCES
    }
    right_claims = claim_right(pairs)
    every_respect = sum(
        1
        for pair, claim_ok in zip(pairs, right_claims, strict=True)
        if claim_ok and party_right(pair) and stance_right(pair)
    )
    predicted_claims = {pair.predicted.claim for pair in pairs}
    return Figures(
        statements=Score(len(pairs), predicted_count, scope.gold_count),
        party=Ratio(sum(map(party_right, pairs)), len(pairs)),
        kind=Ratio(sum(map(kind_right, pairs)), len(pairs)) if has_kind else None,
        stance=Ratio(sum(map(stance_right, pairs)), len(pairs)),
        per_stance=per_stance,
        confusion=confusion,
        claims=b_cubed([p.predicted.claim for p in pairs], [p.gold.claim for p in pairs]),
        all_right=Ratio(every_respect, scope.gold_count),
        mixing_stories=Ratio(len(mixing_claims(pairs)), len(predicted_claims)),
        filed=Ratio(
            sum(not is_unfiled(p) for p in [*(pair.predicted for pair in pairs), *scope.spurious]),
            predicted_count,
        ),
        filed_recall=Ratio(sum(not is_unfiled(pair.predicted) for pair in pairs), scope.gold_count),
    )


def is_unfiled(prediction: Prediction) -> bool:
    """Whether a real `extract` would leave this statement out (it joins no claim)."""
    return prediction.claim.startswith(UNFILED)


def split_scopes(stories: Sequence[GoldStory], matching: Matching) -> list[Scope]:
    """Overall, then half A (even positions) and half B (odd), stories in file-name order."""
    story_of = {source: story.name for story in stories for source in story.articles}
    strangers = {p.source for p in matching.spurious} - story_of.keys()
    if strangers:
        sys.exit(f"predictions from sources the gold does not name: {sorted(strangers)}")

    def scope(name: str, chosen: Sequence[GoldStory]) -> Scope:
        names = {story.name for story in chosen}
        return Scope(
            name=name,
            stories=list(chosen),
            pairs=[p for p in matching.pairs if p.gold.story in names],
            spurious=[p for p in matching.spurious if story_of[p.source] in names],
            missed=[g for g in matching.missed if g.story in names],
        )

    return [scope("overall", stories), scope("A", stories[::2]), scope("B", stories[1::2])]


# -- errors --------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorGroup:
    key: str
    examples: list[str]  # every example; the report shows the first few
    note: str = ""

    @property
    def count(self) -> int:
        return len(self.examples)


@dataclass(frozen=True)
class ErrorSection:
    """One kind of error; `total` counts statements, or claims for splits and mixes."""

    name: str
    title: str
    groups: list[ErrorGroup]

    @property
    def total(self) -> int:
        if self.name.startswith("claim"):
            return len(self.groups)
        return sum(group.count for group in self.groups)


T = TypeVar("T")


def group_errors(
    items: Iterable[T], key: Callable[[T], str], show: Callable[[T], str]
) -> list[ErrorGroup]:
    groups: dict[str, list[str]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(show(item))
    return sorted(
        (ErrorGroup(k, examples) for k, examples in groups.items()),
        key=lambda group: (-group.count, group.key),
    )


def _slice(text: str, anchor: str | None = None, width: int = 90) -> str:
    text = " ".join(text.split())
    start = text.casefold().find(anchor.casefold()) if anchor else -1
    start = max(0, start - 20) if start >= 0 else 0
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _null(value: str | None) -> str:
    return "null" if value is None else value


def show_gold(statement: LedgerGoldStatement) -> str:
    body_id = body_id_of(statement.source)
    line = article_text(body_id).split("\n")[statement.line - 1] if body_id else ""
    return (
        f"{statement.source}:{statement.line}  {_null(statement.speaker)} | "
        f"{_null(statement.cue)} | {_slice(line, statement.speaker or statement.cue)}"
    )


def show_predicted(prediction: Prediction) -> str:
    return (
        f"{prediction.source}:{prediction.line}  {_null(prediction.speaker)} | "
        f"{_null(prediction.cue)} | {_slice(prediction.content)}"
    )


def show_pair(pair: Pair) -> str:
    return f"{show_predicted(pair.predicted)}  [gold claim {pair.gold.claim}]"


def error_sections(matching: Matching, claim_texts: dict[str, str]) -> list[ErrorSection]:
    """The errors by kind; `claim_texts` gives gold (`story/label`) and predicted claims' texts."""
    pairs = matching.pairs
    return [
        ErrorSection(
            "missed",
            "missed gold statements, by gold cue",
            group_errors(matching.missed, lambda g: _fold(g.cue) or "(no cue)", show_gold),
        ),
        ErrorSection(
            "spurious",
            "spurious predictions, by predicted cue",
            group_errors(matching.spurious, lambda p: _fold(p.cue) or "(no cue)", show_predicted),
        ),
        ErrorSection(
            "party",
            "party errors, gold -> predicted",
            group_errors(
                (pair for pair in pairs if not party_right(pair)),
                lambda pair: f"{_null(pair.gold.party)} -> {_null(pair.predicted.party)}",
                show_pair,
            ),
        ),
        ErrorSection(
            "kind",
            "party kind errors where the party is right, gold -> predicted",
            group_errors(
                (pair for pair in pairs if party_right(pair) and not kind_right(pair)),
                lambda pair: f"{_null(pair.gold.kind)} -> {_null(pair.predicted.kind)}",
                show_pair,
            ),
        ),
        ErrorSection(
            "stance",
            "stance errors, gold -> predicted",
            group_errors(
                (pair for pair in pairs if not stance_right(pair)),
                lambda pair: f"{pair.gold.stance} -> {pair.predicted.stance}",
                show_pair,
            ),
        ),
        ErrorSection(
            "claim_splits",
            "claim splits, gold claims spread over several predicted claims",
            _claim_spread(pairs, lambda p: p.gold.claim, lambda p: p.predicted.claim, claim_texts),
        ),
        ErrorSection(
            "claim_mixes",
            "claim mixes, predicted claims holding several gold claims",
            _claim_spread(pairs, lambda p: p.predicted.claim, lambda p: p.gold.claim, claim_texts),
        ),
    ]


def _claim_spread(
    pairs: Sequence[Pair],
    outer: Callable[[Pair], str],
    inner: Callable[[Pair], str],
    texts: dict[str, str],
) -> list[ErrorGroup]:
    """Outer claims whose statements fall under several inner claims; an example per piece."""
    pieces: dict[str, dict[str, list[Pair]]] = defaultdict(lambda: defaultdict(list))
    for pair in pairs:
        pieces[outer(pair)][inner(pair)].append(pair)
    groups = [
        ErrorGroup(
            claim,
            [
                f"{piece} ({len(members)}): {show_predicted(members[0].predicted)}"
                for piece, members in sorted(
                    parts.items(), key=lambda item: (-len(item[1]), item[0])
                )
            ],
            f"{sum(map(len, parts.values()))} statements in {len(parts)} claims; "
            f"{_slice(texts.get(claim, ''), width=70)}",
        )
        for claim, parts in pieces.items()
        if len(parts) > 1
    ]
    return sorted(groups, key=lambda group: (-group.count, group.key))


# -- report --------------------------------------------------------------------


def figure_rows(all_figures: Sequence[Figures]) -> list[tuple[str, list[str]]]:
    def row(label: str, cell: Callable[[Figures], str]) -> tuple[str, list[str]]:
        return label, [cell(f) for f in all_figures]

    rows = [
        row("statements precision", lambda f: _score_cell(f.statements, "precision")),
        row("statements recall", lambda f: _score_cell(f.statements, "recall")),
        row("statements F1", lambda f: f"{f.statements.f1:.3f}"),
        row("found and filed", lambda f: f.filed.cell()),
        row("recall, filed only", lambda f: f.filed_recall.cell()),
        row("party accuracy", lambda f: f.party.cell()),
        row("party kind accuracy", lambda f: f.kind.cell() if f.kind else "n/a"),
        row("stance accuracy", lambda f: f.stance.cell()),
    ]

    def stance_row(stance: str) -> tuple[str, list[str]]:
        def cell(f: Figures) -> str:
            s = f.per_stance[stance]
            return f"{s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f} ({s.gold})"

        return row(f"  {stance} P/R/F1 (gold)", cell)

    rows += [stance_row(stance) for stance in STANCES]
    rows += [
        row("claim B3 precision", lambda f: f"{f.claims[0]:.3f}"),
        row("claim B3 recall", lambda f: f"{f.claims[1]:.3f}"),
        row("claim B3 F1", lambda f: f"{f.claims[2]:.3f}"),
        row("gold right in every respect", lambda f: f.all_right.cell()),
        row("claims mixing stories", lambda f: f.mixing_stories.cell()),
    ]
    return rows


def _score_cell(score: Score, which: str) -> str:
    total = score.predicted if which == "precision" else score.gold
    return f"{getattr(score, which):.3f} ({score.true_positives}/{total})"


def print_report(
    scopes: Sequence[Scope],
    all_figures: Sequence[Figures],
    extraction: Extraction,
    errors: Sequence[ErrorSection],
    show: int,
) -> None:
    overall = scopes[0]
    articles = sum(len(story.articles) for story in overall.stories)
    print(
        f"whole-ledger quality: {len(overall.stories)} stories, {articles} articles, "
        f"{overall.gold_count} gold statements, {len(extraction.predictions)} predicted"
    )
    print(f"extract: {extraction.seconds:.2f} s wall for {articles} articles in one run")
    print(f"halves: {HALVES_RULE}")
    for scope in scopes[1:]:
        names = ", ".join(story.name for story in scope.stories)
        print(f"  {scope.name}: {len(scope.stories)} story files, {scope.gold_count} gold: {names}")
    print(
        "matched: same source, lines at most 1 apart, speakers sharing a content word; "
        "accuracies are over matched statements"
    )
    print(
        "right in every respect: found, party and stance right, and the matched statements "
        "sharing its predicted claim are exactly those sharing its gold claim"
    )
    if not extraction.has_kind:
        print("party kind: skipped, predictions carry no `kind` field")
    print()
    print(f"{'':30}" + "".join(f"{scope.name:>22}" for scope in scopes))
    for label, cells in figure_rows(all_figures):
        print(f"{label:30}" + "".join(f"{cell:>22}" for cell in cells))
    print()
    print("stance confusion (rows gold, columns predicted)")
    for scope, found in zip(scopes, all_figures, strict=True):
        print(f"  {scope.name:8}" + "".join(f"{s:>10}" for s in found.confusion))
        for gold_stance, counts in found.confusion.items():
            print(f"  {gold_stance:8}" + "".join(f"{n:>10}" for n in counts.values()))
    for section in errors:
        print()
        print(f"{section.title}: {section.total or 'none'}")
        for group in section.groups:
            print(f"  {group.key}  ({group.note or group.count})")
            for example in group.examples[:show]:
                print(f"      {example}")


def figures_json(
    scopes: Sequence[Scope],
    all_figures: Sequence[Figures],
    extraction: Extraction,
    errors: Sequence[ErrorSection],
    gold: Path,
) -> dict[str, Any]:
    def score(s: Score) -> dict[str, Any]:
        return {
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "true_positives": s.true_positives,
            "predicted": s.predicted,
            "gold": s.gold,
        }

    def scope_json(scope: Scope, f: Figures) -> dict[str, Any]:
        return {
            "stories": [story.name for story in scope.stories],
            "statements": score(f.statements),
            "party": f.party.to_json(),
            "kind": f.kind.to_json() if f.kind else None,
            "stance": f.stance.to_json(),
            "per_stance": {s: score(f.per_stance[s]) for s in STANCES},
            "confusion": f.confusion,
            "claims_b_cubed": dict(
                zip(("precision", "recall", "f1"), (round(x, 4) for x in f.claims), strict=True)
            ),
            "all_right": f.all_right.to_json(),
            "claims_mixing_stories": f.mixing_stories.to_json(),
            "filed": f.filed.to_json(),
            "recall_filed_only": f.filed_recall.to_json(),
        }

    return {
        "gold": str(gold),
        "halves": HALVES_RULE,
        "extract_seconds": round(extraction.seconds, 3),
        "predicted": len(extraction.predictions),
        "scopes": {
            scope.name: scope_json(scope, f) for scope, f in zip(scopes, all_figures, strict=True)
        },
        "errors": {
            section.name: {
                "total": section.total,
                "groups": {group.key: group.count for group in section.groups},
            }
            for section in errors
        },
    }


# -- main ----------------------------------------------------------------------


def load_gold(folder: Path) -> list[GoldStory]:
    if not folder.is_dir():
        sys.exit(
            f"no gold folder at {folder}: annotate stories there (ANNOTATION.md) or pass --gold"
        )
    if not BODIES.is_file():
        sys.exit(f"FNC-1 bodies not found at {BODIES}: the gold's articles come from there")
    paths = story_files(folder)
    if not paths:
        sys.exit(f"no story files (*.yaml) in {folder}")
    problems = "\n".join(map(str, check_gold_folder(folder)))
    try:
        stories = [read_story(path) for path in paths]
    except (KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError):
        sys.exit(f"the gold cannot be read; fix these first:\n{problems}")
    if problems:
        # Scored anyway: a readable gold with a few doubtful entries still measures.
        print(
            f"warning: the gold has problems (tests/test_gold_ledger.py):\n{problems}\n",
            file=sys.stderr,
        )
    return stories


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=LEDGER_GOLD, help="the gold folder")
    parser.add_argument("--show", type=int, default=5, metavar="N", help="examples per group")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure as JSON")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the workspace in DIR (new or empty)"
    )
    options = parser.parse_args()
    stories = load_gold(options.gold)
    articles = [source for story in stories for source in story.articles]
    if options.keep is not None:
        if options.keep.exists() and any(options.keep.iterdir()):
            sys.exit(f"--keep {options.keep}: the folder is not empty")
        options.keep.mkdir(parents=True, exist_ok=True)
        extraction = run_extract(options.keep.resolve(), articles)
    else:
        with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as workspace:
            extraction = run_extract(Path(workspace), articles)
    gold = [statement for story in stories for statement in story.statements]
    gold_claims = {label: text for story in stories for label, text in story.claims.items()}
    matching = match_statements(extraction.predictions, gold, gold_claims)
    scopes = split_scopes(stories, matching)
    all_figures = [figures(scope, extraction.has_kind) for scope in scopes]
    claim_texts = {p.claim: p.claim_text for p in extraction.predictions}
    claim_texts.update(text for story in stories for text in story.claims.items())
    errors = error_sections(matching, claim_texts)
    print_report(scopes, all_figures, extraction, errors, options.show)
    if options.json is not None:
        document = figures_json(scopes, all_figures, extraction, errors, options.gold)
        options.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
