"""Where the whole-ledger gold's split wordings stop: ranking, gates or score.

    PYTHONPATH=. python bench/trace_splits.py [--show N]

For each ordered pair of matched, filed gold statements that share a gold
claim but not a predicted one (the earlier one first in grouping order),
the later statement's `_Grouper._match` is traced, and the claim the
earlier one was filed under is told apart by where it stopped:

- never asked: the later statement was filed by another path, or not matched;
- not blocked: no example of the claim among those `ClaimIndex._blocked`
  keeps for the statement's rarest terms;
- cut before the fuzzy ratio: blocked, but not among the best overlaps
  `_rank` scores in full;
- ranked: among the candidates `_match` reads (`GATED_CANDIDATES`).

Each is given with the claim's full score at that moment (`_score_query`:
all its examples and its profile, as if it had been ranked), and whether
it passes each gate `_match` asks (story, answer, reach, predicate), so a
change to retrieval can be told from one to the score.

Grouping runs twice in this process over one dry-run `extract` of the gold
articles: once to learn the claim each statement is filed under, once with
the earlier claims known, to score them when the later statement is matched.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._gold import LEDGER_GOLD
from bench.bench_ledger_quality import (
    Pair,
    is_unfiled,
    load_gold,
    match_statements,
    run_extract,
)
from claimtrack import grouping
from claimtrack.cli import main as claimtrack_main
from claimtrack.model import Statement

# Candidates traced per statement: more than `_match` reads, so a claim
# ranked just past them is told from one never ranked.
TRACED = 30


Key = tuple[str, int, str]


def _key(statement: Statement) -> Key:
    return (statement.source, statement.line, statement.content)


@dataclass
class Target:
    """An earlier statement's claim, as the later statement's match met it."""

    score: float
    blocked: bool
    rank: int | None
    gates: tuple[bool, ...]


@dataclass
class Trace:
    """What grouping did with each statement, by (source, line, content)."""

    targets: dict[Key, set[str]] = field(default_factory=dict)
    claims: dict[Key, str | None] = field(default_factory=dict)
    met: dict[Key, dict[str, Target]] = field(default_factory=dict)


@contextlib.contextmanager
def _traced(trace: Trace) -> Iterator[None]:
    assign, match = grouping._Grouper.assign, grouping._Grouper._match
    current: list[Statement] = []

    def traced_assign(self: grouping._Grouper, statement: Statement) -> grouping.Assignment:
        current[:] = [statement]
        found = assign(self, statement)
        trace.claims[_key(statement)] = found.claim_id
        return found

    def traced_match(self: grouping._Grouper, about: str, terms: Any, *args: Any, **kw: Any) -> Any:
        if current:
            key = _key(current[0])
            wanted = trace.targets.get(key, set()) - trace.met.get(key, {}).keys()
            if wanted:
                trace.met.setdefault(key, {}).update(_meet(self, about, terms, wanted))
        return match(self, about, terms, *args, **kw)

    with (
        mock.patch.object(grouping._Grouper, "assign", traced_assign),
        mock.patch.object(grouping._Grouper, "_match", traced_match),
    ):
        yield


def _meet(
    grouper: grouping._Grouper, about: str, terms: Any, wanted: set[str]
) -> dict[str, Target]:
    index = grouper.index
    query = index._query(terms)
    blocked = {index._examples[n].claim_id for n in index._blocked(query)}
    ranked = [claim_id for claim_id, _ in index._ranked(terms, TRACED)]
    met = {}
    for claim_id in wanted & set(index.claim_ids()):
        score = index._score_claim(terms, claim_id)
        gates = (
            grouper._same_story(claim_id, score),
            grouper._may_answer(claim_id),
            grouper._within_reach(claim_id),
            grouper._tells_its_predicate(about, claim_id, score),
        )
        rank = ranked.index(claim_id) if claim_id in ranked else None
        met[claim_id] = Target(score, claim_id in blocked, rank, gates)
    return met


def _group(workspace: Path, trace: Trace) -> None:
    """One dry-run `extract` of the workspace's sources in this process, traced."""
    arguments = ["--ledger", str(workspace / "claims.yaml"), "extract", "sources", "--dry-run"]
    previous = Path.cwd()
    os.chdir(workspace)
    try:
        with (
            _traced(trace),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
            contextlib.suppress(SystemExit),
        ):
            claimtrack_main(arguments)
    finally:
        os.chdir(previous)


def split_pairs(pairs: Sequence[Pair], order: Sequence[Key]) -> list[tuple[Key, Key]]:
    """Ordered pairs (earlier, later) of filed statements one gold claim holds and
    no predicted claim does, by their keys in grouping order."""
    # A prediction names its source by the file stem (`Prediction.from_json`).
    keys = {
        (Path(source).stem, line, content): (source, line, content)
        for source, line, content in order
    }
    position = {key: n for n, key in enumerate(order)}
    by_gold: dict[str, list[tuple[Key, str]]] = defaultdict(list)
    for pair in pairs:
        predicted = pair.predicted
        found = keys.get((predicted.source, predicted.line, predicted.content))
        if found is not None and not is_unfiled(predicted):
            by_gold[pair.gold.claim].append((found, predicted.claim))
    split = []
    for members in by_gold.values():
        members.sort(key=lambda member: position[member[0]])
        for n, (later, claim) in enumerate(members):
            split += [(earlier, later) for earlier, other in members[:n] if other != claim]
    return split


# Score bands, each up to (not including) its bound; the bar is 30.
BANDS = ((10.0, "under 10"), (20.0, "10 to 20"), (30.0, "20 to 30"))


def _band(score: float) -> str:
    return next((name for bound, name in BANDS if score < bound), "30 or more")


def _stage(target: Target | None) -> str:
    if target is None:
        return "never asked (filed by another path, or not matched)"
    if target.rank is not None and target.rank < grouping.GATED_CANDIDATES:
        gates = "every gate passed" if all(target.gates) else "a gate refusing it"
        return f"ranked, {_band(target.score)}, {gates}"
    if not target.blocked:
        return "not blocked"
    return "blocked, cut before the fuzzy ratio"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, metavar="N", help="pairs shown per stage")
    options = parser.parse_args()
    stories = load_gold(LEDGER_GOLD)
    articles = [source for story in stories for source in story.articles]
    gold = [statement for story in stories for statement in story.statements]
    gold_claims = {label: text for story in stories for label, text in story.claims.items()}
    with tempfile.TemporaryDirectory(prefix="claimtrack-trace-") as folder:
        workspace = Path(folder)
        extraction = run_extract(workspace, articles)
        os.environ["XDG_CACHE_HOME"] = str(workspace / ".cache")
        matching = match_statements(extraction.predictions, gold, gold_claims)
        first = Trace()
        _group(workspace, first)
        order = list(first.claims)
        pairs = split_pairs(matching.pairs, order)
        second = Trace()
        for earlier, later in pairs:
            claim_id = first.claims[earlier]
            if claim_id is not None:
                second.targets.setdefault(later, set()).add(claim_id)
        _group(workspace, second)
    stages: Counter[str] = Counter()
    best: dict[str, float] = {}
    shown: dict[str, list[str]] = defaultdict(list)
    for earlier, later in pairs:
        claim_id = first.claims[earlier]
        target = second.met.get(later, {}).get(claim_id or "")
        stage = _stage(target)
        stages[stage] += 1
        if target is not None:
            best[stage] = max(best.get(stage, 0.0), target.score)
            shown[stage].append(f"{target.score:5.1f}  {later[2][:70]}  ->  {claim_id}")
    print(f"{len(pairs)} ordered pairs of split gold statements")
    for stage, count in stages.most_common():
        top = f"  (full score at most {best[stage]:.1f})" if stage in best else ""
        print(f"{count:5}  {stage}{top}")
        for line in shown[stage][: options.show]:
            print(f"         {line}")


if __name__ == "__main__":
    main()
