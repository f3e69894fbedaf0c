"""Measure `claimtrack match` through the command line on Emergent train headlines.

    PYTHONPATH=. python bench/bench_match.py [--calibrate | --misses | --unrelated]

Stories kept back for independent checks (`KEPT_BACK`) are left out: nothing
here is tuned or measured on them. The remaining Emergent claims are split in
two halves (by a hash of their id). For each half, a ledger tracks that half's
claims only, and `claimtrack match --format jsonl` reads every article headline
on stdin:

- top-1: a headline about a tracked claim must get that claim (null counts wrong);
- null: a headline about a claim of the other half is about no tracked claim,
  and must get null.

A ledger that `extract` built holds statements besides its claim texts, and
`match` scores a claim on all of them; so each half is measured once more with
its claims holding statements: each claim's headlines in two folds (every
other headline), one fold's headlines entered as the claim's statements (as
`read_text` reads them) while the other fold's are matched, then the other
way round, so every headline is matched once, against a ledger that never
holds it. Its top-1 and null are as above.

Then, with every claim tracked, top-1 once more, and null with each headline's
own claim left out of the ledger (claims in `FOLDS` folds, each left out in
turn while the rest are tracked): the other claims of its story stay, so this
is the harder kind of text about no tracked claim. It is measured twice: with
the claims' texts alone, and with each tracked claim holding every other
headline of its own as statements. "ranked first" is how
often the right claim is the best candidate at all (`--top`), the ceiling of
any acceptance rule. Each figure is printed for match's own rule, for its bar
alone, and for the grouping threshold, the bar `match` used before it had its
own.

Last, texts about none of the tracked claims, against ledgers that `extract`
built from articles of other news (`--unrelated` measures only these): the
first line (the headline) of every PolNeAR article (US politics, 2015-16)
against a ledger of the FNC-1 training bodies (rumours of 2014-15; bodies
touching a kept-back story left out), and every headline here against a
ledger of the PolNeAR articles. Each must get null.

`--misses` lists, for each half with its claims holding statements, every
headline match's own rule gets wrong, by kind: null though the right claim
ranks first (the rule's miss), another claim ranked first (the ranking's miss,
taken or not), and a claim taken for a headline of the other half (a false
match); each with its own claim's text and the three best candidates.

`--calibrate` chooses match's rules on one half and prints what they do on
the other, each half in turn: the rule for a claim holding only its text (bar,
floor, margin) for the best worst of its top-1 and null on claim texts alone,
and the rule for a claim holding statements (evidence bar, points per shared
term, the rest of the evidence as `matching.weigh` makes it) for the best
worst of the two with statements. `match` does not print what a text shares
with its claim, so it is weighed here, in this process, on the same ledger.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from claimtrack.extraction import read_text
from claimtrack.grouping import DEFAULT_THRESHOLD
from claimtrack.ledger import LedgerEditor, edit_ledger, init_ledger, read_ledger
from claimtrack.matching import (
    EVIDENCE_BAR,
    MATCH_FLOOR,
    MATCH_MARGIN,
    MATCH_THRESHOLD,
    TERM_POINTS,
    TERMS_COUNTED,
    Evidence,
    accepts,
    weigh,
)
from claimtrack.model import Source
from claimtrack.parties import PartyResolver
from claimtrack.pipeline import build_index
from claimtrack.stance import Lexicon

REPO = Path(__file__).resolve().parents[1]
EMERGENT = REPO.parent / "shared" / "data" / "emergent" / "emergent-train.csv"
FNC1_BODIES = REPO.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"
POLNEAR_TEXTS = REPO.parent / "shared" / "data" / "polnear-train" / "text"
# Stories held back for independent checks, by their claims' wording: never
# measured or tuned on here.
KEPT_BACK = re.compile(
    r"Baghdadi|\bNHL\b|Las Vegas|Kim Jong|Afghan|\bPath\b|Hewlett|\bHP\b|"
    r"gender segregation|British planes",
    re.IGNORECASE,
)
FOLDS = 8
# The source the headlines entered as statements cite, one line each.
HEADLINES = Source(
    id="emergent-headlines",
    path="sources/emergent-headlines.txt",
    sha256=hashlib.sha256(b"").hexdigest(),
)
# Rules tried by --calibrate: for a claim holding only its text (bar, floor,
# margin), and for a claim holding statements (evidence bar, points per term).
GRID = [
    (float(bar), float(floor), float(margin))
    for bar, floor, margin in itertools.product(range(30, 72, 2), range(10, 50, 2), range(0, 32, 2))
    if floor <= bar
]
EVIDENCE_GRID = [
    (float(bar), float(points))
    for bar, points in itertools.product(range(40, 142, 2), range(0, 13))
]

Record = dict[str, object]


def read_rows() -> list[dict[str, str]]:
    with EMERGENT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        row
        for row in rows
        if row["articleHeadline"].strip() and not KEPT_BACK.search(row["claimHeadline"])
    ]


def bucket_of(claim_id: str, buckets: int) -> int:
    return int(hashlib.sha1(claim_id.encode()).hexdigest(), 16) % buckets


def headline_folds(rows: Sequence[dict[str, str]]) -> list[int]:
    """Each headline's fold (0 or 1): every other headline of its claim, in file order."""
    seen: dict[str, int] = {}
    folds = []
    for row in rows:
        count = seen.get(row["claimId"], 0)
        seen[row["claimId"]] = count + 1
        folds.append(count % 2)
    return folds


def _claimtrack(
    ledger: Path, args: Sequence[str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", XDG_CACHE_HOME=str(ledger.parent / ".cache"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger), *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, check=False
    )


def match_lines(ledger: Path, texts: Sequence[str], threshold: float | None) -> list[Record]:
    """`claimtrack match --format jsonl` over `texts` (one a line) against `ledger`."""
    args = ["match", "--format", "jsonl"]
    if threshold is not None:
        args += ["--threshold", str(threshold)]
    done = _claimtrack(ledger, args, "\n".join(texts) + "\n")
    if done.returncode not in (0, 3):
        sys.exit(f"claimtrack match failed ({done.returncode}):\n{done.stderr}")
    return [json.loads(line) for line in done.stdout.splitlines()]


def run_match(
    claims: dict[str, str],
    headlines: Sequence[str],
    threshold: float | None,
    top: int = 0,
    statements: Mapping[str, Sequence[str]] | None = None,
) -> list[Record]:
    """`claimtrack match` over `headlines` against a ledger tracking `claims`,
    each with the `statements` given for it (headlines, read as `match` reads
    a text); with no `threshold`, match's own rule decides."""
    with tempfile.TemporaryDirectory(prefix="claimtrack-match-") as folder:
        ledger = _make_ledger(Path(folder), claims, statements)
        env = dict(os.environ, NO_COLOR="1", XDG_CACHE_HOME=str(Path(folder) / ".cache"))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "claimtrack", "--ledger", str(ledger), "match"]
        command += ["--format", "jsonl", "--top", str(top)]
        if threshold is not None:
            command += ["--threshold", str(threshold)]
        done = subprocess.run(
            command,
            input="\n".join(headlines) + "\n",
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode not in (0, 3):
            sys.exit(f"claimtrack match failed ({done.returncode}):\n{done.stderr}")
        return [json.loads(line) for line in done.stdout.splitlines()]


def _make_ledger(
    folder: Path, claims: dict[str, str], statements: Mapping[str, Sequence[str]] | None
) -> Path:
    ledger = folder / "claims.yaml"
    init_ledger(ledger)
    with edit_ledger(ledger) as editor:
        for claim_id, text in claims.items():
            editor.add_claim(f"c-{claim_id}", text)
        if statements:
            _add_statements(editor, statements)
    return ledger


def weigh_best(
    claims: dict[str, str],
    statements: Mapping[str, Sequence[str]],
    headlines: Sequence[str],
    records: Sequence[Record],
) -> list[Evidence | None]:
    """For each headline, what it shares with its best candidate in `records`
    (`matching.weigh`), on the ledger `run_match` made of the same claims."""
    with tempfile.TemporaryDirectory(prefix="claimtrack-match-") as folder:
        ledger = read_ledger(_make_ledger(Path(folder), claims, statements))
    resolver = PartyResolver.build(ledger.parties)
    lexicon = Lexicon.build(ledger.cues)
    index = build_index(ledger, resolver, keep=False)
    found: list[Evidence | None] = []
    for headline, record in zip(headlines, records, strict=True):
        best = _first(record)
        if not isinstance(best, str):
            found.append(None)
            continue
        candidates = record["candidates"]
        assert isinstance(candidates, list)
        runner_up = candidates[1]["claim"] if len(candidates) > 1 else None
        statement, _ = read_text(headline, resolver, lexicon)
        found.append(weigh(index, best, headline, statement.content, runner_up))
    return found


def _add_statements(editor: LedgerEditor, statements: Mapping[str, Sequence[str]]) -> None:
    resolver = PartyResolver.build(editor.ledger.parties)
    lexicon = Lexicon.build(editor.ledger.cues)
    editor.put_source(HEADLINES)
    line = 0
    for claim_id, headlines in statements.items():
        for headline in headlines:
            line += 1
            statement, _ = read_text(headline, resolver, lexicon)
            if statement.content:
                statement = dataclasses.replace(statement, source=HEADLINES.id, line=line)
                editor.add_statement(f"c-{claim_id}", statement)


def share(count: int, total: int) -> str:
    return f"{count / total:.3f} ({count}/{total})" if total else "n/a"


def half_records(
    rows: Sequence[dict[str, str]],
    half: int,
    threshold: float | None,
    top: int,
    with_statements: bool,
    terms: bool = False,
) -> list[tuple[dict[str, str], Record]]:
    """Every headline with what `match` said of it against a ledger tracking one
    half's claims: their texts alone, or `with_statements` (two folds, see above).
    With `terms`, each record with statements also has what its headline
    shares with its best candidate (`weigh_best`), under "evidence"."""
    claims = {row["claimId"]: row["claimHeadline"] for row in rows}
    headlines = [" ".join(row["articleHeadline"].split()) for row in rows]
    tracked = {c: t for c, t in claims.items() if bucket_of(c, 2) == half}
    if not with_statements:
        return list(zip(rows, run_match(tracked, headlines, threshold, top), strict=True))
    folds = headline_folds(rows)
    pairs: list[tuple[dict[str, str], Record]] = []
    for fold in (0, 1):
        held: dict[str, list[str]] = {}
        for row, headline, its_fold in zip(rows, headlines, folds, strict=True):
            if its_fold == fold and row["claimId"] in tracked:
                held.setdefault(row["claimId"], []).append(headline)
        matched = [i for i, its_fold in enumerate(folds) if its_fold != fold]
        texts = [headlines[i] for i in matched]
        found = run_match(tracked, texts, threshold, top, held)
        if terms:
            for record, weighed in zip(found, weigh_best(tracked, held, texts, found), strict=True):
                record["evidence"] = weighed
        pairs += zip([rows[i] for i in matched], found, strict=True)
    return pairs


def measure(rows: list[dict[str, str]], threshold: float | None, label: str) -> None:
    claims = {row["claimId"]: row["claimHeadline"] for row in rows}
    headlines = [" ".join(row["articleHeadline"].split()) for row in rows]
    print(f"\n{label}")
    for with_statements in (False, True):
        for half in (0, 1):
            tracked = {c for c in claims if bucket_of(c, 2) == half}
            hits = ranked = nulls = about_count = 0
            for row, record in half_records(rows, half, threshold, 1, with_statements):
                own = f"c-{row['claimId']}"
                if row["claimId"] in tracked:
                    about_count += 1
                    hits += record["claim"] == own
                    ranked += _first(record) == own
                else:
                    nulls += record["claim"] is None
            kind = "with statements" if with_statements else "tracked"
            print(
                f"  half {'AB'[half]} {kind}: top-1 {share(hits, about_count)}, null on the"
                f" other half's {share(nulls, len(rows) - about_count)}; ranked first"
                f" {share(ranked, about_count)}"
            )
    found = run_match(claims, headlines, threshold, top=1)
    hits = sum(1 for row, r in zip(rows, found, strict=True) if r["claim"] == f"c-{row['claimId']}")
    ranked = sum(
        1 for row, r in zip(rows, found, strict=True) if _first(r) == f"c-{row['claimId']}"
    )
    print(
        f"  all claims tracked: top-1 {share(hits, len(rows))}; ranked first"
        f" {share(ranked, len(rows))}"
    )
    nulls = 0
    for fold in range(FOLDS):
        tracked_texts = {c: t for c, t in claims.items() if bucket_of(c, FOLDS) != fold}
        left_out = [i for i, row in enumerate(rows) if row["claimId"] not in tracked_texts]
        found = run_match(tracked_texts, [headlines[i] for i in left_out], threshold)
        nulls += sum(1 for record in found if record["claim"] is None)
    print(f"  own claim left out, the rest tracked: null {share(nulls, len(rows))}")
    folds = headline_folds(rows)
    nulls = 0
    for fold in range(FOLDS):
        tracked_texts = {c: t for c, t in claims.items() if bucket_of(c, FOLDS) != fold}
        held: dict[str, list[str]] = {}
        for row, headline, its_fold in zip(rows, headlines, folds, strict=True):
            if its_fold == 0 and row["claimId"] in tracked_texts:
                held.setdefault(row["claimId"], []).append(headline)
        left_out = [i for i, row in enumerate(rows) if row["claimId"] not in tracked_texts]
        found = run_match(tracked_texts, [headlines[i] for i in left_out], threshold, 0, held)
        nulls += sum(1 for record in found if record["claim"] is None)
    print(
        "  own claim left out, the rest tracked holding half their headlines as statements:"
        f" null {share(nulls, len(rows))}"
    )


# What `--misses` calls each kind of wrong answer (see the module docstring).
NULL_RIGHT = "null, the right claim ranked first"
WRONG_TAKEN = "another claim ranked first and taken"
WRONG_NULL = "another claim ranked first, null"
FALSE_MATCH = "a claim taken for a headline of the other half"
MISS_KINDS = (NULL_RIGHT, WRONG_NULL, WRONG_TAKEN, FALSE_MATCH)


def miss_kind(record: Record, own: str, about: bool) -> str | None:
    """How `match` got a headline wrong (one of `MISS_KINDS`), or None when it got
    it right: `own` is its claim's id, `about` whether that claim is tracked."""
    taken = record["claim"]
    if not about:
        return None if taken is None else FALSE_MATCH
    if taken == own:
        return None
    if _first(record) == own:
        return NULL_RIGHT
    return WRONG_NULL if taken is None else WRONG_TAKEN


def list_misses(rows: list[dict[str, str]]) -> None:
    """Every headline match's own rule gets wrong, per half, claims holding statements."""
    claims = {f"c-{row['claimId']}": row["claimHeadline"] for row in rows}
    for half in (0, 1):
        found: dict[str, list[str]] = {kind: [] for kind in MISS_KINDS}
        for row, record in half_records(rows, half, None, 3, True):
            own = f"c-{row['claimId']}"
            kind = miss_kind(record, own, bucket_of(row["claimId"], 2) == half)
            if kind is None:
                continue
            candidates = record["candidates"]
            assert isinstance(candidates, list)
            lines = [" ".join(row["articleHeadline"].split()), f"    its claim: {claims[own]}"]
            for candidate in candidates:
                text = claims.get(candidate["claim"], candidate["claim"])
                lines.append(f"    {candidate['score']:5.1f} {text}")
            found[kind].append("\n".join(lines))
        for kind, misses in found.items():
            print(f"\nhalf {'AB'[half]}, {kind}: {len(misses)}")
            for miss in misses:
                print(f"  {miss}")


def polnear_headlines() -> list[str]:
    """The first line (the headline) of every PolNeAR article, in file name order."""
    lines = []
    for path in sorted(POLNEAR_TEXTS.glob("*.txt")):
        first = path.read_text(encoding="utf-8").strip().split("\n", 1)[0]
        if first.strip():
            lines.append(" ".join(first.split()))
    return lines


def extracted_ledger(folder: Path, articles: Mapping[str, str]) -> Path:
    """A ledger that `claimtrack extract` built from `articles` (file stem -> text)."""
    sources = folder / "sources"
    sources.mkdir(parents=True)
    for stem, text in articles.items():
        (sources / f"{stem}.txt").write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    ledger = folder / "claims.yaml"
    done = _claimtrack(ledger, ["extract", str(sources)])
    if done.returncode != 0:
        sys.exit(f"claimtrack extract failed ({done.returncode}):\n{done.stderr}")
    return ledger


def unrelated_ledgers(folder: Path) -> list[tuple[str, Path, list[str]]]:
    """(what, ledger, texts about none of its claims): PolNeAR headlines against
    the FNC-1 bodies' ledger, and Emergent headlines against the PolNeAR one."""
    csv.field_size_limit(sys.maxsize)
    with FNC1_BODIES.open(encoding="utf-8", newline="") as handle:
        bodies = {
            f"fnc1-{row['Body ID']}": row["articleBody"]
            for row in csv.DictReader(handle)
            if not KEPT_BACK.search(row["articleBody"])
        }
    polnear = {path.stem: path.read_text(encoding="utf-8") for path in POLNEAR_TEXTS.glob("*.txt")}
    emergent = sorted({" ".join(row["articleHeadline"].split()) for row in read_rows()})
    return [
        (
            f"PolNeAR headlines ({len(polnear_headlines())}) against a ledger of"
            f" {len(bodies)} FNC-1 bodies",
            extracted_ledger(folder / "fnc1", bodies),
            polnear_headlines(),
        ),
        (
            f"Emergent headlines ({len(emergent)}) against a ledger of"
            f" {len(polnear)} PolNeAR articles",
            extracted_ledger(folder / "polnear", polnear),
            emergent,
        ),
    ]


def measure_unrelated(
    ledgers: Sequence[tuple[str, Path, list[str]]], threshold: float | None
) -> None:
    for what, ledger, texts in ledgers:
        found = match_lines(ledger, texts, threshold)
        nulls = sum(1 for record in found if record["claim"] is None)
        claims = len(read_ledger(ledger).claims)
        print(f"  {what} ({claims} claims): null {share(nulls, len(texts))}")


def _first(record: Record) -> object:
    candidates = record.get("candidates")
    if not isinstance(candidates, list) or not candidates:
        return None
    return candidates[0]["claim"]


Rule = Callable[[float, float, Evidence | None], bool]


def calibrate(rows: list[dict[str, str]]) -> None:
    """Choose the rules on one half, check them on the other: each half's figures
    are its top-1 and null with claim texts alone and with statements."""
    # Per half, per kind of ledger: (about a tracked claim, ranked right, best,
    # runner-up, what the headline shares with the best).
    Item = tuple[bool, bool, float, float, Evidence | None]
    scored: dict[tuple[int, bool], list[Item]] = {}
    # No bar given, so the candidates are ranked as match's own rule ranks them.
    for half, with_statements in itertools.product((0, 1), (False, True)):
        items = scored[half, with_statements] = []
        for row, record in half_records(rows, half, None, 2, with_statements, terms=True):
            candidates = record["candidates"]
            assert isinstance(candidates, list)
            best = candidates[0]["score"] if candidates else 0.0
            runner_up = candidates[1]["score"] if len(candidates) > 1 else 0.0
            right = bool(candidates) and candidates[0]["claim"] == f"c-{row['claimId']}"
            shared = record.get("evidence")
            assert shared is None or isinstance(shared, Evidence)
            items.append((bucket_of(row["claimId"], 2) == half, right, best, runner_up, shared))

    def figures(half: int, with_statements: bool, rule: Rule) -> tuple[float, float]:
        items = scored[half, with_statements]
        about = [i for i in items if i[0]]
        other = [i for i in items if not i[0]]
        hits = sum(1 for _, right, best, run, shared in about if right and rule(best, run, shared))
        nulls = sum(1 for _, _, best, run, shared in other if not rule(best, run, shared))
        return hits / len(about), nulls / len(other)

    def text_rule(bar: float, floor: float, margin: float) -> Rule:
        return lambda best, runner, _: (
            best > 0 and (best >= bar or (best >= floor and best - runner >= margin))
        )

    def evidence_rule(bar: float, points: float) -> Rule:
        def rule(best: float, runner: float, shared: Evidence | None) -> bool:
            if best <= 0:
                return False
            extra = 0.0
            if shared is not None:  # the rest of the evidence as match weighs it
                terms = min(shared.shared, TERMS_COUNTED)
                extra = shared.points() + (points - TERM_POINTS) * terms
            return best + (best - runner) + extra >= bar

        return rule

    def shown(values: tuple[float, float]) -> str:
        return "top-1 {:.3f}, null {:.3f}".format(*values)

    for half in (0, 1):
        other = 1 - half
        chosen = max(GRID, key=lambda s: (min(figures(half, False, text_rule(*s))), s))
        rule = text_rule(*chosen)
        print(
            f"claim texts alone, chosen on half {'AB'[half]}: bar {chosen[0]:g}, floor"
            f" {chosen[1]:g}, margin {chosen[2]:g}: there {shown(figures(half, False, rule))};"
            f" on half {'AB'[other]} {shown(figures(other, False, rule))}"
        )
        picked = max(EVIDENCE_GRID, key=lambda s: (min(figures(half, True, evidence_rule(*s))), s))
        rule = evidence_rule(*picked)
        print(
            f"with statements, chosen on half {'AB'[half]}: evidence {picked[0]:g}, {picked[1]:g}"
            f" a term: there {shown(figures(half, True, rule))};"
            f" on half {'AB'[other]} {shown(figures(other, True, rule))}"
        )
    for half in (0, 1):
        print(
            f"match's own on half {'AB'[half]}: claim texts alone"
            f" {shown(figures(half, False, accepts))}; with statements"
            f" {shown(figures(half, True, accepts))}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calibrate", action="store_true", help="choose the rule per half")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the headlines match gets wrong, per half, claims holding statements",
    )
    parser.add_argument(
        "--unrelated",
        action="store_true",
        help="only texts about none of the claims of ledgers extract built from other news",
    )
    args = parser.parse_args()
    rows = read_rows()
    claims = {row["claimId"] for row in rows}
    print(f"Emergent train, kept-back stories out: {len(rows)} headlines, {len(claims)} claims")
    if args.calibrate:
        calibrate(rows)
        return
    if args.misses:
        list_misses(rows)
        return
    own = (
        f"match's own: {MATCH_THRESHOLD:g}, or {MATCH_FLOOR:g} and {MATCH_MARGIN:g} over the"
        f" runner-up; a claim holding statements, evidence {EVIDENCE_BAR:g} ({TERM_POINTS:g}"
        " a shared term, the claim's own words, predicate and main actors, and a runner-up of"
        " its story)"
    )
    settings: tuple[tuple[float | None, str], ...] = (
        (None, own),
        (MATCH_THRESHOLD, "match's bar alone"),
        (DEFAULT_THRESHOLD, "the grouping threshold"),
    )
    with tempfile.TemporaryDirectory(prefix="claimtrack-unrelated-") as folder:
        ledgers = unrelated_ledgers(Path(folder))
        for threshold, label in settings:
            if not args.unrelated:
                measure(rows, threshold, label)
            else:
                print(f"\n{label}")
            measure_unrelated(ledgers, threshold)


if __name__ == "__main__":
    main()
