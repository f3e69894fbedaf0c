"""Check a ledger against the articles it cites: every file there, every quote in it.

`check_ledger` validates the ledger on its own; these checks read the
sources as well, so they belong to `claimtrack check` only. Problems point
at the ledger's lines: the `path:` of a source whose file is gone or
unreadable, the `line:` of a statement past the end of its article, the
`quote:` of a statement its article does not contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimtrack.errors import ClaimtrackError
from claimtrack.model import Problem

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A quote shortened by hand with an ellipsis: each part must be in the article.
_ELLIPSIS = re.compile(r"\.\.\.|…")


@dataclass(frozen=True)
class _Article:
    text: str  # whitespace folded to single spaces
    lines: int


def check_against_sources(path: Path, text: str) -> list[Problem]:
    """Problems between the ledger text at `path` and the articles it cites, in file order."""
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return []  # the ledger's own check reports it
    if not isinstance(root, yaml.MappingNode):
        return []
    top = _mapping(root)
    folder = path.parent
    problems: list[Problem] = []
    articles: dict[str, _Article | None] = {}
    for source_id, node in _mapping(top.get("sources")).items():
        path_node = _mapping(node).get("path")
        if isinstance(path_node, yaml.ScalarNode) and path_node.value:
            articles[source_id] = _read(folder, str(path_node.value), path_node, path, problems)
    for claim_id, claim in _mapping(top.get("claims")).items():
        statements = _mapping(claim).get("statements")
        if not isinstance(statements, yaml.SequenceNode):
            continue
        for index, item in enumerate(statements.value):
            where = f"claims.{claim_id}.statements[{index}]"
            _check_statement(_mapping(item), where, articles, path, problems)
    return sorted(problems, key=lambda p: (p.line, p.column))


def _mapping(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def _problem(path: Path, node: yaml.Node, message: str) -> Problem:
    return Problem(str(path), node.start_mark.line + 1, node.start_mark.column + 1, message)


def _read(
    folder: Path, recorded: str, node: yaml.Node, ledger: Path, problems: list[Problem]
) -> _Article | None:
    from claimtrack.sources import read_document, resolve_recorded

    file = resolve_recorded(recorded, folder)
    if not file.exists() and not file.is_symlink():
        problems.append(
            _problem(
                ledger,
                node,
                f"no file at {recorded} (paths are relative to the ledger's folder); "
                "put the article back, or correct the path if it moved",
            )
        )
        return None
    try:
        document = read_document(file)
    except ClaimtrackError as error:
        problems.append(_problem(ledger, node, f"cannot read the article: {error}"))
        return None
    return _Article(" ".join(document.text.split()), document.line_at(len(document.text)))


def _check_statement(
    fields: dict[str, yaml.Node],
    where: str,
    articles: dict[str, _Article | None],
    ledger: Path,
    problems: list[Problem],
) -> None:
    source = fields.get("source")
    if not isinstance(source, yaml.ScalarNode):
        return
    article = articles.get(str(source.value))
    if article is None:
        return  # an unknown source, or one whose file is reported already
    line = fields.get("line")
    past_end = isinstance(line, yaml.ScalarNode) and line.value.isdigit()
    if past_end and line is not None and int(line.value) > article.lines:
        problems.append(
            _problem(
                ledger,
                line,
                f"{where}.line: line {line.value} is past the end of source "
                f"{source.value} ({article.lines} lines)",
            )
        )
    quote = fields.get("quote")
    if isinstance(quote, yaml.ScalarNode) and isinstance(quote.value, str):
        parts = [" ".join(part.split()) for part in _ELLIPSIS.split(quote.value)]
        if not all(part in article.text for part in parts if part):
            problems.append(
                _problem(
                    ledger,
                    quote,
                    f"{where}.quote: not in source {source.value}; copy the sentence "
                    "as the article has it (mark a cut with ...)",
                )
            )
