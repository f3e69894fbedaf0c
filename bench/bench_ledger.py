"""How fast the ledger reads and writes, against plain PyYAML on the same file.

For each ledger size (`--sizes`, default 1k,5k,10k,20k claims of five
statements each) it generates a ledger in claimtrack's own layout from real
FNC-1 article bodies (each statement quotes a real sentence of its source, at
its line; source ids such as `1121_784e924015583485`, quoted where a YAML
reader would type them), then times whole `claimtrack` processes, median of
`--runs` runs, each next to a plain `yaml.load` with PyYAML's C loader of the
same file, also as a whole process:

- `list` cold (no cache at all), `list` and `show ID` warm;
- `list` and `show ID` right after a hand edit of one claim (a same-size edit,
  as an editor makes it);
- each write (`--writes`, default add,merge,rename,drop,extract: one new
  article), then `list` and `show ID` right after it.

Then how each figure grew from one size to the next, against the growth in
claims.

Before timing anything it compiles claimtrack's modules to bytecode once
(`python -m compileall` on the package), as pip does when it installs the
wheel: the processes timed start as an installed claimtrack does, even where
`PYTHONDONTWRITEBYTECODE` is set, so that no run would cache bytecode itself.

Unless `--no-library`, it first times `read_ledger` in one process on the
largest size (cold, warm, after a hand edit) next to `yaml.load`.

A quick run: `PYTHONPATH=. python bench/bench_ledger.py --sizes 1k --runs 1`.
Reads only: `--writes ''`.

`--day` times instead a user's day on each size, step by step: `extract` of
an article, `merge` of two claims, `rename`, `add`, `drop`, each twice in a
row, with `list` and `show` between, an `add` and an `extract` each right
after a hand edit of one claim, and the whole day `--runs` times over on
the same ledger. Each step is one whole process (CPU seconds and peak
memory), printed as it comes, then each step's figure per day: a write right
after another kind of write is timed next to the same write repeated.

`--after` times instead, on each size, `extract` of one new article right
after each of `merge`, `rename` and `drop` (`AFTER`), on a ledger a first
`extract` settled: once with the write alone before it, once with a hand edit
of one claim before the write (which reads the edit first, and must carry over
that every other stance is settled). Each `extract` should cost what the write
and the edit changed, not settle every stance of the ledger again.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench import fnc1
from claimtrack._scalars import quoted, typed_as
from claimtrack.ledger import HEADER, read_ledger
from claimtrack.model import Ledger

WRITES = ("add", "merge", "rename", "drop", "extract")

PARTIES = [
    ("United States", ["The US State Department", "Jake Sullivan", "Washington"]),
    ("Russia", ["Moscow", "Kremlin spokesman Dmitry Peskov", "Sergey Lavrov"]),
    ("North Korea", ["Pyongyang", "KCNA", "Kim Yo Jong"]),
    ("South Korea", ["Seoul", "the National Intelligence Service"]),
    ("China", ["Beijing", "Foreign Ministry spokesperson Lin Jian"]),
    ("Ukraine", ["Kyiv", "President Volodymyr Zelensky"]),
    ("Japan", ["Tokyo", "Chief Cabinet Secretary Yoshimasa Hayashi"]),
]
CUES = {"asserts": ["said", "accused", "confirmed"], "denies": ["rejected", "denied"]}
CUES["disputes"] = ["questioned", "pointed out"]
# Bodies kept out of every generated ledger: `extract` reads one of them as new.
SPARE_BODIES = 20
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_PLAIN = re.compile(r"[A-Za-z0-9(][^\n\t]*")


def _id(text: str) -> str:
    """`text` as the ledger writer puts an id or a hash: quoted if a YAML reader could type it.

    Source ids such as 1121_784e924015583485, hashes such as 12345e67 or 00012345:
    written plain, YAML 1.1 or 1.2 readers take them for numbers (or infinity).
    """
    return quoted(text) if typed_as(text) else text


def _is_plain(text: str) -> bool:
    """Whether `text` reads back as itself written plain, by any YAML reader."""
    return (
        _PLAIN.fullmatch(text) is not None
        and ": " not in text
        and " #" not in text
        and not text.endswith((":", " "))
        and typed_as(text) is None
    )


def _scalar(text: str, indent: int) -> str:
    """`text` as the ledger writer puts it: plain, a folded block when long, else quoted."""
    if len(text) > 72 and _PLAIN.fullmatch(text) and "  " not in text and text == text.strip():
        pad = " " * indent
        lines = textwrap.wrap(
            text, width=80 - indent, break_long_words=False, break_on_hyphens=False
        )
        return ">-\n" + "".join(f"{pad}{line}\n" for line in lines)
    if _is_plain(text):
        return text + "\n"
    return json.dumps(text, ensure_ascii=False) + "\n"


def _sentences(body: str) -> list[tuple[int, str]]:
    """The body's sentences that make a statement, each with its line in the article file."""
    found = []
    for number, line in enumerate(body.rstrip("\n").split("\n"), 1):
        for sentence in _SENTENCE_END.split(line):
            words = sentence.split()
            if 6 <= len(words) <= 60 and sentence.isprintable():
                found.append((number, " ".join(words)))
    return found


def generate_ledger(path: Path, claims: int, per_claim: int, seed: int = 7) -> list[str]:
    """Write a ledger of real FNC-1 sentences in the layout claimtrack writes; return claim ids.

    Sources are FNC-1 bodies (ids such as `1121_784e924015583485`, the shape
    issue 16 is about: quoted where a YAML reader would take them for numbers);
    each statement quotes a real sentence of its source, at its real line.
    `SPARE_BODIES` bodies are left out, for `extract` to read as new.
    """
    rng = random.Random(seed)
    bodies = fnc1.load_bodies()
    used = sorted(bodies, key=int)[: -SPARE_BODIES or None]
    sources = []
    for body_id in used:
        text = fnc1.article_text(body_id)
        sentences = _sentences(text)
        if sentences:
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            sources.append((f"{body_id}_{digest[:16]}", body_id, digest, sentences))
    out = [HEADER, "version: 1\nparties:\n"]
    for name, aliases in PARTIES:
        out.append(f"  {name}:\n    aliases: [{', '.join(aliases[1:])}]\n")
    out.append("sources:\n")
    per_source = max(1, claims * per_claim // len(sources))
    for source_id, body_id, digest, sentences in sources:
        fingerprints = ", ".join(
            f"{rng.getrandbits(32):08x}:{rng.getrandbits(16):04x}" for _ in range(per_source)
        )
        out.append(
            f"  {_id(source_id)}:\n    path: sources/{fnc1.source_name(body_id)}.txt\n"
            f"    title: {_scalar(sentences[0][1], 6)}"
            f"    url: https://news.example.org/{body_id}\n"
            f"    published: '2015-03-{rng.randint(1, 28):02d}'\n    outlet: Example News\n"
            f"    sha256: {_id(digest)}\n"
            f"    extracted: [{fingerprints}]\n"
        )
    out.append("claims:\n")
    claim_ids = []
    for number in range(claims):
        _, _, _, sentences = rng.choice(sources)
        words = rng.choice(sentences)[1].split()
        slug = "-".join(re.sub(r"[^a-z0-9]", "", word.lower()) for word in words[:4])
        claim_id = f"{re.sub('-+', '-', slug).strip('-') or 'claim'}-{number}"
        claim_ids.append(claim_id)
        text = _scalar(" ".join(words[:14]), 6)
        out.append(f"  {_id(claim_id)}:\n    text: {text}    statements:\n")
        for _ in range(per_claim):
            source_id, _, _, sentences = rng.choice(sources)
            line, quote = rng.choice(sentences)
            party, speakers = rng.choice(PARTIES)
            stance = rng.choice(list(CUES))
            speaker, cue = rng.choice(speakers), rng.choice(CUES[stance])
            content = " ".join(quote.split()[2:]).rstrip(".")
            out.append(
                f"    - party: {party}\n      stance: {stance}\n      speaker: {speaker}\n"
                f"      cue: {cue}\n      source: {_id(source_id)}\n      line: {line}\n"
                f"      content: {_scalar(content, 8)}      quote: {_scalar(quote, 8)}"
            )
    path.write_text("".join(out), encoding="utf-8")
    return claim_ids


def _build_all(ledger: Ledger) -> None:
    # What `list` needs: every statement, though not its texts or position.
    for claim in ledger.claims:
        _ = claim.statements


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# Runs one command and reports its wall time, peak RSS and CPU time (which a
# machine busy with other work inflates less than the wall time). Measured
# from a small process of its own: a child forked from this big one would
# count our pages.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""
_PLAIN_LOAD = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"


Run = tuple[float, int, int, float]


def _run(command: list[str], env: dict[str, str]) -> Run:
    """Wall seconds, exit code, peak RSS (MB) and CPU seconds of one process."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall, code, peak_kb, cpu = done.stdout.split()
    return float(wall), int(code), int(peak_kb) // 1024, float(cpu)


def _cli(ledger: Path, args: list[str], env: dict[str, str]) -> Run:
    return _run([sys.executable, "-m", "claimtrack", "--ledger", str(ledger), *args], env)


@dataclass
class Figure:
    """One measured figure: median wall and CPU seconds over its runs, and peak memory."""

    name: str
    seconds: float
    cpu: float
    peak_mb: int
    codes: set[int]


class Bench:
    """The figures of one ledger size, printed as they come."""

    def __init__(self, claims: int, runs: int, baseline: float, baseline_cpu: float) -> None:
        self.claims = claims
        self.runs = runs
        self.baseline = baseline
        self.baseline_cpu = baseline_cpu
        self.figures: dict[str, Figure] = {}

    def add(self, name: str, results: list[Run]) -> Figure:
        figure = Figure(
            name,
            statistics.median(wall for wall, _, _, _ in results),
            statistics.median(cpu for _, _, _, cpu in results),
            max(peak for _, _, peak, _ in results),
            {code for _, code, _, _ in results},
        )
        self.figures[name] = figure
        bad = "" if figure.codes == {0} else f"  EXIT {sorted(figure.codes)}"
        print(
            f"  {name:<40} {figure.seconds:7.3f} s  (cpu {figure.cpu:6.3f} s)  "
            f"{figure.peak_mb:5d} MB  ({figure.seconds / self.baseline:5.2f}x plain load, "
            f"cpu {figure.cpu / self.baseline_cpu:5.2f}x){bad}",
            flush=True,
        )
        return figure


def _hand_edit(ledger: Path, claim_id: str, number: int) -> None:
    """Change one claim's text by hand, as a person would in an editor (same size)."""
    text = ledger.read_text(encoding="utf-8")
    key = f"\n  {_id(claim_id)}:\n    text: "
    at = text.index(key) + len(key)
    while not text[at].isalnum():  # past a block scalar's header or a quote
        at += 1
    digit = str(number % 10)
    replaced = digit if text[at] != digit else str((number + 1) % 10)
    ledger.write_text(text[:at] + replaced + text[at + 1 :], encoding="utf-8")


def _generated_home(
    home: Path, claims: int, options: argparse.Namespace
) -> tuple[Path, Path, list[str], dict[str, str]]:
    """A folder holding a generated ledger of `claims` claims, its claim ids, and the
    environment its commands run in (a cache of the folder's own)."""
    home.mkdir()
    ledger = home / "claims.yaml"
    claim_ids = generate_ledger(ledger, claims, options.per_claim)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "NO_COLOR": "1",
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    return home, ledger, claim_ids, env


def bench_size(claims: int, options: argparse.Namespace, folder: Path) -> Bench:
    """Every figure for one ledger size."""
    home, ledger, claim_ids, env = _generated_home(folder / f"{claims}", claims, options)
    runs = options.runs
    size = ledger.stat().st_size / 1e6
    plain = [_run([sys.executable, "-c", _PLAIN_LOAD, str(ledger)], env) for _ in range(runs)]
    baseline = statistics.median(wall for wall, _, _, _ in plain)
    baseline_cpu = statistics.median(cpu for _, _, _, cpu in plain)
    print(
        f"\n{claims} claims, {claims * options.per_claim} statements, {size:.1f} MB "
        f"(real FNC-1 sentences); plain CSafeLoader load as a process: {baseline:.3f} s",
        flush=True,
    )
    bench = Bench(claims, runs, baseline, baseline_cpu)
    bench.add("plain CSafeLoader load (process)", plain)
    _check_generated(ledger, claim_ids, env)

    def cold(args: list[str]) -> Run:
        shutil.rmtree(home / "cache", ignore_errors=True)
        return _cli(ledger, args, env)

    middle = claim_ids[len(claim_ids) // 2]
    bench.add("list, cold (no cache)", [cold(["list", "--format", "json"]) for _ in range(runs)])
    bench.add("list, warm", [_cli(ledger, ["list", "--format", "json"], env) for _ in range(runs)])
    bench.add("show ID, warm", [_cli(ledger, ["show", middle], env) for _ in range(runs)])
    after_edit: dict[str, list[Run]] = {"list": [], "show": []}
    for number in range(runs):
        for command in after_edit:
            _hand_edit(ledger, claim_ids[(number * 7 + 3) % len(claim_ids)], number)
            args = ["list", "--format", "json"] if command == "list" else ["show", middle]
            after_edit[command].append(_cli(ledger, args, env))
    bench.add("list after a hand edit of one claim", after_edit["list"])
    bench.add("show ID after a hand edit of one claim", after_edit["show"])
    if options.writes:
        _bench_writes(bench, ledger, claim_ids, env, options.writes)
    return bench


def write_command(
    write: str, number: int, ids: Iterator[str], articles: list[Path]
) -> tuple[list[str], str]:
    """The command line of a timed write, and the claim to `show` after it
    (a claim of the ledger, renamed by a `rename`); takes its claims from `ids`."""
    target = next(ids)
    if write == "add":
        return ["add", f"A claim added by hand, number {number}", "--id", f"added-{number}"], target
    if write == "merge":
        return ["merge", target, next(ids)], target
    if write == "rename":
        return ["rename", target, f"renamed-{number}"], f"renamed-{number}"
    if write == "drop":
        return ["drop", next(ids)], target
    return ["extract", str(articles[number % len(articles)])], target


def _bench_writes(
    bench: Bench, ledger: Path, claim_ids: list[str], env: dict[str, str], writes: list[str]
) -> None:
    """Each write once per run, then `list` and `show` right after it."""
    spare = sorted(fnc1.load_bodies(), key=int)[-SPARE_BODIES:]
    articles = fnc1.write_articles(ledger.parent / "sources", spare)
    ids = iter(claim_ids[::-1])
    for write in writes:
        results: dict[str, list[Run]] = {"write": [], "list": [], "show": []}
        for number in range(bench.runs):
            args, target = write_command(write, number, ids, articles)
            results["write"].append(_cli(ledger, args, env))
            results["list"].append(_cli(ledger, ["list", "--format", "json"], env))
            results["show"].append(_cli(ledger, ["show", target], env))
        bench.add(f"{write} (the write itself)", results["write"])
        bench.add(f"list right after {write}", results["list"])
        bench.add(f"show ID right after {write}", results["show"])


# A user's day: each write first after another kind of write, then again
# right away; reads between; a step named "after a hand edit" follows one
# claim's text changed in an editor.
DAY = (
    ("extract", "extract"),
    ("extract again", "extract"),
    ("list", "list"),
    ("merge", "merge"),
    ("merge again", "merge"),
    ("show", "show"),
    ("rename", "rename"),
    ("rename again", "rename"),
    ("list after rename", "list"),
    ("add", "add"),
    ("add again", "add"),
    ("show after add", "show"),
    ("drop", "drop"),
    ("drop again", "drop"),
    ("extract after drop", "extract"),
    ("list after extract", "list"),
    ("add after a hand edit", "add"),
    ("extract after a hand edit", "extract"),
)


def bench_day(claims: int, options: argparse.Namespace, folder: Path) -> None:
    """A user's day of mixed commands, `options.runs` days on one ledger, each step timed."""
    home, ledger, claim_ids, env = _generated_home(folder / f"day-{claims}", claims, options)
    spare = sorted(fnc1.load_bodies(), key=int)[-SPARE_BODIES:]
    articles = fnc1.write_articles(home / "sources", spare)
    # Warm as a user's ledger is: read once, and the claim index built by a first write.
    _cli(ledger, ["list", "--format", "json"], env)
    _cli(ledger, ["add", "A claim added first, to build the index", "--id", "first"], env)
    print(f"\n{claims} claims: a day of commands, CPU seconds and peak MB of each step", flush=True)
    figures: dict[str, list[Run]] = {}
    ids = iter(claim_ids[::-1])
    shown = claim_ids[len(claim_ids) // 2]
    counter, fresh = itertools.count(), itertools.count()
    for day in range(options.runs):
        for label, command in DAY:
            number = next(counter)
            if "hand edit" in label:
                _hand_edit(ledger, claim_ids[(number * 7 + 3) % (len(claim_ids) // 2)], number)
            if command == "list":
                args = ["list", "--format", "json"]
            elif command == "show":
                args = ["show", shown]
            else:
                args, shown = write_command(command, number, ids, articles)
                if command == "extract":  # a new article each time
                    args = ["extract", str(articles[next(fresh) % len(articles)])]
                if command == "add":
                    args = ["add", f"A claim added by hand on day {day}, number {number}"]
                    args += ["--id", f"added-{number}"]
            result = _cli(ledger, args, env)
            figures.setdefault(label, []).append(result)
            _, code, peak, cpu = result
            bad = "" if code == 0 else f"  EXIT {code}"
            print(f"  day {day + 1} {label:<22} cpu {cpu:6.3f} s  {peak:5d} MB{bad}", flush=True)
    print(f"\n{claims} claims, each step's CPU seconds per day (median; peak MB)")
    for label, results in figures.items():
        cpu = [result[3] for result in results]
        cells = " ".join(f"{c:6.3f}" for c in cpu)
        peak = max(result[2] for result in results)
        print(f"  {label:<24} {cells}   median {statistics.median(cpu):6.3f}  {peak:5d} MB")


# The writes `--after` times an `extract` right after.
AFTER = ("merge", "rename", "drop")


def bench_after(claims: int, options: argparse.Namespace, folder: Path) -> None:
    """`extract` of one new article right after each write of `AFTER`, with and without
    a hand edit before the write, `options.runs` times each; CPU seconds and peak MB."""
    home, ledger, claim_ids, env = _generated_home(folder / f"after-{claims}", claims, options)
    spare = sorted(fnc1.load_bodies(), key=int)[-SPARE_BODIES:]
    articles = fnc1.write_articles(home / "sources", spare)
    fresh = itertools.count()
    # Warm as a user's ledger is, and settled by a first `extract`.
    _cli(ledger, ["list", "--format", "json"], env)
    _cli(ledger, ["add", "A claim added first, to build the index", "--id", "first"], env)
    _cli(ledger, ["extract", str(articles[next(fresh) % len(articles)])], env)
    print(f"\n{claims} claims: extract right after a write, CPU seconds (peak MB)", flush=True)
    ids = iter(claim_ids[::-1])
    counter = itertools.count()
    for edited in (False, True):
        for write in AFTER:
            results = []
            for _ in range(options.runs):
                number = next(counter)
                if edited:
                    _hand_edit(ledger, claim_ids[(number * 7 + 3) % (len(claim_ids) // 2)], number)
                _cli(ledger, write_command(write, number, ids, articles)[0], env)
                article = articles[next(fresh) % len(articles)]
                results.append(_cli(ledger, ["extract", str(article)], env))
            label = f"extract after {'a hand edit, then ' if edited else ''}{write}"
            cells = " ".join(f"{cpu:6.3f}" for _, _, _, cpu in results)
            median = statistics.median(cpu for _, _, _, cpu in results)
            peak = max(result[2] for result in results)
            print(f"  {label:<40} {cells}   median {median:6.3f}  {peak:5d} MB", flush=True)


def _check_generated(ledger: Path, claim_ids: list[str], env: dict[str, str]) -> None:
    """The ledger reads back as generated: every id is text (issue 16), the file valid."""
    os.environ["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"]
    read = read_ledger(ledger)
    assert [claim.id for claim in read.claims] == claim_ids
    for source in read.sources:
        body_id, _, digest = source.id.partition("_")
        assert body_id.isdigit() and len(digest) == 16, source.id
    assert all(isinstance(statement.source, str) for c in read.claims for statement in c.statements)
    shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)


def _growth(benches: list[Bench]) -> None:
    """Each figure per size, and how it grew from one size to the next against the claims."""
    if len(benches) < 2:
        return
    print(
        "\ngrowth (wall seconds per size, then CPU seconds; "
        "x = wall ratio / claims ratio, 1.0 = linear)"
    )
    names = [name for name in benches[0].figures if all(name in b.figures for b in benches)]
    header = "".join(f"{b.claims:>10}" for b in benches)
    print(f"  {'':<40}{header}")
    for name in names:
        cells = [f"{b.figures[name].seconds:10.3f}" for b in benches]
        cells += ["  cpu"] + [f"{b.figures[name].cpu:8.3f}" for b in benches]
        ratios = [
            (later.figures[name].seconds / max(earlier.figures[name].seconds, 1e-9))
            / (later.claims / earlier.claims)
            for earlier, later in itertools.pairwise(benches)
        ]
        print(f"  {name:<40}{''.join(cells)}   " + " ".join(f"{r:.2f}x" for r in ratios))


def _in_process(claims: int, per_claim: int, folder: Path) -> None:
    """The library's read next to `yaml.load` in one process: cold, warm, after a hand edit."""
    home = folder / f"library-{claims}"
    home.mkdir()
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    ledger = home / "claims.yaml"
    claim_ids = generate_ledger(ledger, claims, per_claim)
    text = ledger.read_text(encoding="utf-8")
    baseline = _timed(lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    print(f"\nin one process, {claims} claims: plain yaml.load CSafeLoader {baseline:.3f} s")
    for name, run in (
        ("read_ledger cold", lambda: read_ledger(ledger)),
        ("read_ledger warm", lambda: read_ledger(ledger)),
        ("read_ledger warm, all built", lambda: _build_all(read_ledger(ledger))),
    ):
        seconds = _timed(run)
        print(f"  {name:<40} {seconds:7.3f} s  ({seconds / baseline:5.3f}x plain load)")
    _hand_edit(ledger, claim_ids[len(claim_ids) // 3], 1)
    seconds = _timed(lambda: read_ledger(ledger))
    print(f"  {'read_ledger after a hand edit':<40} {seconds:7.3f} s  ({seconds / baseline:5.3f}x)")
    _proportional(ledger)


def _cpu(run: Callable[[], object], times: int = 5) -> float:
    """The median CPU seconds (this process, user and system) of `run`."""
    seconds = []
    for _ in range(times):
        start = time.process_time()
        run()
        seconds.append(time.process_time() - start)
    return statistics.median(seconds)


def _proportional(ledger: Path) -> None:
    """What a write must still pay for the whole file, in CPU milliseconds per MB: reading
    its bytes and hashing them (how a hand edit is told from the bytes a write saved),
    and the atomic save (write a new file, sync it, read the old one back to compare
    with what was read, rename)."""
    from claimtrack.ledger import _replace_unless_changed

    data = ledger.read_bytes()
    size = len(data) / 1e6
    copy = ledger.with_name("saved.yaml")
    copy.write_bytes(data)
    changed = data + b"# a write\n"
    sides = [data, changed]

    def save() -> None:
        old, new = sides
        assert _replace_unless_changed(copy, old, new) is None
        sides.reverse()

    print(f"  what stays proportional to the file, CPU ms per MB ({size:.1f} MB):")
    for name, run in (
        ("read the bytes", ledger.read_bytes),
        ("sha256 of the bytes", lambda: hashlib.sha256(data).digest()),
        ("atomic save (write, sync, read back, rename)", save),
    ):
        print(f"    {name:<46} {1000 * _cpu(run) / size:6.2f}")
    copy.unlink()


def _sizes(text: str) -> list[int]:
    return [
        int(float(size.lower().rstrip("k")) * (1000 if "k" in size.lower() else 1))
        for size in text.split(",")
    ]


def compile_package() -> Path:
    """Compile claimtrack's modules to bytecode beside them, as installing the wheel does.

    Python reads bytecode it finds even where it is told not to write any, so
    every process timed then starts as an installed claimtrack does.
    """
    import compileall

    import claimtrack

    folder = Path(claimtrack.__file__).parent
    if not compileall.compile_dir(folder, quiet=1):
        raise SystemExit(f"could not compile the modules in {folder}")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1k,5k,10k,20k"))
    parser.add_argument("--per-claim", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--writes",
        type=lambda text: [w for w in text.split(",") if w],
        default=list(WRITES),
        help=f"which writes to time, comma-separated, of {','.join(WRITES)} ('' for none)",
    )
    parser.add_argument("--no-library", dest="library", action="store_false")
    parser.add_argument(
        "--day", action="store_true", help="time a day of mixed commands, step by step"
    )
    parser.add_argument(
        "--after", action="store_true", help="time extract right after merge, rename, drop"
    )
    options = parser.parse_args()
    unknown = set(options.writes) - set(WRITES)
    if unknown:
        parser.error(f"unknown writes: {', '.join(sorted(unknown))}")
    compiled = compile_package()
    print(
        f"claimtrack's modules in {compiled} compiled to bytecode first (python -m "
        "compileall), as pip installs them: each timed process starts as an installed one does",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        if options.day or options.after:
            for claims in options.sizes:
                (bench_day if options.day else bench_after)(claims, options, Path(folder))
            return
        if options.library:
            _in_process(options.sizes[-1], options.per_claim, Path(folder))
        benches = [bench_size(claims, options, Path(folder)) for claims in options.sizes]
        _growth(benches)


if __name__ == "__main__":
    main()
