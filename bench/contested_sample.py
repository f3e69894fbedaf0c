"""Draw a sample of contested claims from the FNC-1 extract, printed to judge by hand.

A claim is contested when at least one of its statements `asserts` and at
least one `denies` or `disputes` it. SPEC.md asks that such a claim be a real
dispute: a party asserts the claim's proposition and a different party denies
or doubts that same proposition. This script draws the claims a person then
judges, as every "Contested claims" sample in bench/fnc1_claims_judged.md was
drawn:

1. every FNC-1 training body (bench/fnc1.py) is written as a source file,
   leaving out any body whose text touches a held-out story
   (`bench_match.KEPT_BACK`, and ankles, cheese, Saudi, Vegas): 1,446 bodies;
2. one `claimtrack extract sources --dry-run --format jsonl` over them in an
   empty workspace (no ledger), run as a subprocess with this Python;
3. a claim is a `claim` id of the output, its text `claim_text`; claims any of
   whose statements touch a held-out story are left out;
4. the contested claims' ids are sorted, shuffled with
   `random.Random(seed).shuffle`, and the first --count (20) printed.

For each claim drawn it prints the id, the text, and every statement under it
grouped by stance (asserts, denies, disputes, then any other), after a line
per stance naming its parties ("None" for a speaker with no party): speaker ->
party, the cue, the content, source:line and the whole quoted sentence, so the
claim can be judged from the printout alone (`python bench/fnc1.py show ID`
prints an article with line numbers when more context is needed), in the
order of the extract's output. The totals come first: claims,
contested claims, and contested claims with one party on both sides (a
signal to check, SPEC.md says: a mixed grouping or a party that changed its
position).

Use a seed no earlier sample used (the list is in the judged file), and
record the procedure, the totals and a verdict per claim there.

    PYTHONPATH=. python bench/contested_sample.py --seed 1234
    PYTHONPATH=. python bench/contested_sample.py --seed 1234 --jsonl extract.jsonl
    PYTHONPATH=. python bench/contested_sample.py --seed 1234 --ids-only

The extract (a minute or two on one core) is kept in --workdir as
extract.jsonl; --reuse reads it again instead of extracting, and --jsonl FILE
reads any earlier dry-run output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_match import KEPT_BACK
from bench.fnc1 import article_text, load_bodies, source_name

# Held-out stories also touched by articles whose claims' wording KEPT_BACK
# does not name.
ALSO_HELD_OUT = re.compile(r"ankles?|cheese|Saudi|Vegas", re.IGNORECASE)
AGAINST = ("denies", "disputes")
STANCE_ORDER = ("asserts", "denies", "disputes")
WORKDIR = Path(__file__).resolve().parent / "out" / "contested"

Row = dict[str, object]


def held_out(text: str) -> bool:
    """Whether a text touches a story held back for independent checks."""
    return bool(KEPT_BACK.search(text) or ALSO_HELD_OUT.search(text))


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    rows: tuple[Row, ...]

    def stances(self) -> set[str]:
        return {str(row.get("stance")) for row in self.rows}

    @property
    def contested(self) -> bool:
        stances = self.stances()
        return "asserts" in stances and any(stance in stances for stance in AGAINST)

    def parties_on_both_sides(self) -> list[str]:
        """Parties with a statement asserting the claim and one denying or disputing it."""
        asserting = {row["party"] for row in self.rows if row.get("stance") == "asserts"}
        against = {row["party"] for row in self.rows if row.get("stance") in AGAINST}
        return sorted(str(party) for party in asserting & against if party)


def claims_of(rows: Iterable[Row]) -> list[Claim]:
    """The claims of a dry run's rows, in the order of their ids, held-out ones left out.

    Rows with no `claim` (statements left unfiled) belong to none. A claim's text
    is its first row's `claim_text` (every row of a claim gives the same one;
    `new_claim` says only that the claim is not in the ledger yet).
    """
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        claim = row.get("claim")
        if claim:
            grouped.setdefault(str(claim), []).append(row)
    claims = []
    for claim_id in sorted(grouped):
        members = grouped[claim_id]
        text = str(members[0].get("claim_text") or "")
        if held_out(text) or any(held_out(str(row.get("quote") or "")) for row in members):
            continue
        claims.append(Claim(claim_id, text, tuple(members)))
    return claims


def draw(claims: list[Claim], seed: int, count: int) -> list[Claim]:
    """The first `count` contested claims of the seed's shuffle of their sorted ids."""
    contested = {claim.id: claim for claim in claims if claim.contested}
    ids = sorted(contested)
    random.Random(seed).shuffle(ids)
    return [contested[claim_id] for claim_id in ids[:count]]


def totals(claims: list[Claim]) -> tuple[int, int, int]:
    """(claims, contested claims, contested claims with one party on both sides)."""
    contested = [claim for claim in claims if claim.contested]
    both = [claim for claim in contested if claim.parties_on_both_sides()]
    return len(claims), len(contested), len(both)


def kept_bodies() -> list[str]:
    """Body IDs of the FNC-1 training bodies that touch no held-out story."""
    return [body_id for body_id, text in load_bodies().items() if not held_out(text)]


def write_sources(folder: Path, body_ids: list[str]) -> int:
    """Write the bodies as source files where missing or different; remove others. Returns
    how many files were (re)written."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {f"{source_name(body_id)}.txt": body_id for body_id in body_ids}
    for path in folder.glob("*.txt"):
        if path.name not in wanted:
            path.unlink()
    written = 0
    for name, body_id in wanted.items():
        path = folder / name
        text = article_text(body_id)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written += 1
    return written


def run_extract(workdir: Path) -> Path:
    """One dry-run extract over workdir/sources with no ledger; its output in extract.jsonl."""
    body_ids = kept_bodies()
    written = write_sources(workdir / "sources", body_ids)
    print(f"{len(body_ids)} bodies in {workdir / 'sources'} ({written} written)", file=sys.stderr)
    if (workdir / "claims.yaml").exists():
        raise SystemExit(f"{workdir / 'claims.yaml'} exists: the extract must see no ledger")
    output = workdir / "extract.jsonl"
    command = [sys.executable, "-m", "claimtrack", "extract", "sources", "--dry-run"]
    with output.open("w", encoding="utf-8") as handle:
        done = subprocess.run(
            [*command, "--format", "jsonl"],
            cwd=workdir,
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
        )
    print(done.stderr.strip(), file=sys.stderr)
    if done.returncode not in (0, 1):
        raise SystemExit(f"extract failed with status {done.returncode}")
    return output


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _wrapped(label: str, text: str, indent: str = "      ") -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=100,
        initial_indent=f"{indent}{label}",
        subsequent_indent=indent + " " * len(label),
    )


def describe(number: int, claim: Claim) -> str:
    """A claim as the judge reads it: its text, then its statements by stance."""
    both = claim.parties_on_both_sides()
    lines = [f"## {number}. {claim.id}", _wrapped("text: ", claim.text, indent="")]
    for stance in STANCE_ORDER:
        parties = sorted(
            {str(row.get("party")) for row in claim.rows if row.get("stance") == stance}
        )
        if parties:
            lines.append(_wrapped(f"{stance}: ", "; ".join(parties), indent="  parties "))
    if both:
        lines.append(f"one party on both sides: {', '.join(both)}")
    stances = [stance for stance in STANCE_ORDER if stance in claim.stances()]
    stances += sorted(claim.stances() - set(STANCE_ORDER))
    for stance in stances:
        members = [row for row in claim.rows if str(row.get("stance")) == stance]
        lines.append(f"  {stance} ({len(members)})")
        for row in members:
            lines.append(
                f"    {row.get('source')}:{row.get('line')}  {row.get('speaker')!s}"
                f" -> {row.get('party')!s}  [cue: {row.get('cue')!s}]"
            )
            lines.append(_wrapped("content: ", str(row.get("content") or "")))
            lines.append(_wrapped("quote:   ", str(row.get("quote") or "")))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, required=True, help="the shuffle's seed")
    parser.add_argument("--count", type=int, default=20, help="claims to print (default 20)")
    parser.add_argument(
        "--workdir", type=Path, default=WORKDIR, help=f"sources and extract (default {WORKDIR})"
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--jsonl", type=Path, help="read this dry-run output; extract nothing")
    source.add_argument(
        "--reuse", action="store_true", help="read --workdir's extract.jsonl of an earlier run"
    )
    parser.add_argument("--ids-only", action="store_true", help="print only the drawn ids")
    options = parser.parse_args(argv)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet in `| head`
    if options.jsonl is not None:
        path = options.jsonl
    elif options.reuse:
        path = options.workdir / "extract.jsonl"
    else:
        path = run_extract(options.workdir)
    claims = claims_of(read_rows(path))
    sample = draw(claims, options.seed, options.count)
    if options.ids_only:
        print("\n".join(claim.id for claim in sample))
        return
    made, contested, both = totals(claims)
    print(
        f"{made} claims, {contested} contested, {both} with one party on both sides;"
        f" seed {options.seed}, the first {len(sample)} of the contested claims' shuffle\n"
    )
    for number, claim in enumerate(sample, 1):
        print(describe(number, claim))
        print()


if __name__ == "__main__":
    main()
