"""FNC-1 article bodies as source files, the one way every benchmark and the gold use.

An article is written to ``fnc1-<Body ID>.txt`` exactly as the CSV gives its
body, plus a final newline, so line numbers in the gold files under
``tests/gold/ledger/`` are the lines of that file.

    python bench/fnc1.py find REGEX [--head N]   # bodies whose text matches
    python bench/fnc1.py show ID [ID ...]        # an article with line numbers
    python bench/fnc1.py write DIR ID [ID ...]   # write articles as source files
"""

from __future__ import annotations

import argparse
import csv
import re
import signal
import sys
from functools import cache
from pathlib import Path

BODIES = Path(__file__).resolve().parents[2] / "shared" / "data" / "fnc1" / "train_bodies.csv"


@cache
def load_bodies(path: Path = BODIES) -> dict[str, str]:
    """Body ID -> article text."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["Body ID"]: row["articleBody"] for row in csv.DictReader(handle)}


def source_name(body_id: str) -> str:
    return f"fnc1-{body_id}"


def body_id_of(source: str) -> str | None:
    """The Body ID behind a source id such as ``fnc1-36``, or None for another kind of id."""
    match = re.fullmatch(r"fnc1-(\d+)", source)
    return match.group(1) if match else None


def article_text(body_id: str) -> str:
    return load_bodies()[body_id].rstrip("\n") + "\n"


def write_articles(folder: Path, body_ids: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for body_id in body_ids:
        path = folder / f"{source_name(body_id)}.txt"
        path.write_text(article_text(body_id), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    find = commands.add_parser("find")
    find.add_argument("pattern")
    find.add_argument("--head", type=int, default=160)
    show = commands.add_parser("show")
    show.add_argument("ids", nargs="+")
    write = commands.add_parser("write")
    write.add_argument("folder", type=Path)
    write.add_argument("ids", nargs="+")
    options = parser.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet in `| head`
    if options.command == "find":
        pattern = re.compile(options.pattern, re.IGNORECASE)
        for body_id, text in load_bodies().items():
            if pattern.search(text):
                print(f"{body_id}\t{len(text)}\t{' '.join(text[: options.head].split())}")
    elif options.command == "show":
        for body_id in options.ids:
            print(f"=== {source_name(body_id)}")
            for number, line in enumerate(article_text(body_id).split("\n")[:-1], 1):
                print(f"{number:4d}  {line}")
    else:
        for path in write_articles(options.folder, options.ids):
            print(path)


if __name__ == "__main__":
    main()
