"""The HTML report: one self-contained page of claims by parties.

`render_page` turns the plain data of `reports.matrix_report` into one HTML
document with its style and script inline. A Content-Security-Policy forbids
every fetch, so the page works offline, from a mail attachment or a USB
stick, and cannot call home; the only URLs in it are the links to sources,
which load nothing until a reader follows one.

The page works without its script too: the matrix, the quotes and the
timelines are all in the HTML, and the script only adds the filter box and
opens a cell's quotes in place.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimtrack import __version__
from claimtrack.errors import ClaimtrackError, UsageError

Record = dict[str, Any]
# How the page links to a statement's source: the article's URL, or a path
# from the page to the file; None when there is neither.
LinkFn = Callable[[Record], str | None]

NO_PARTY = "(no party)"
_STANCES = ("asserts", "denies", "disputes")


def write_report(path: Path, matrix: Record, ledger_folder: Path) -> None:
    """Write the page for `matrix` to `path`, linking sources relative to it.

    A source without a URL links to its file, by a path from the page's
    folder, so the links still work when the page and the ledger's folder
    move together. Written whole or not at all.
    """
    text = page_text(matrix, ledger_folder, path.absolute().parent)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise _not_written(path, error) from None


def page_text(matrix: Record, ledger_folder: Path, page_folder: Path) -> str:
    """The page for `matrix`, its source files linked relative to `page_folder`."""

    def link_for(statement: Record) -> str | None:
        url = str(statement["url"] or "")
        # Only web links: a `javascript:` URL in an article's metadata must not run.
        if url.lower().startswith(("http://", "https://")):
            return url
        if not statement["path"]:
            return None
        target = (ledger_folder / statement["path"]).absolute()
        return quote(Path(os.path.relpath(target, page_folder)).as_posix())

    return render_page(matrix, link_for)


def _not_written(path: Path, error: OSError) -> ClaimtrackError:
    """Why the page could not be written, naming the file asked for (not the temporary one)."""
    folder = path.absolute().parent
    if not folder.is_dir():
        return UsageError(
            f"Cannot write {path}: there is no folder {folder}. "
            "Create it first, or name a file in a folder that exists."
        )
    reason = error.strerror or str(error)
    return ClaimtrackError(f"Cannot write {path}: {reason}. Nothing was written.")


def render_page(matrix: Record, link_for: LinkFn) -> str:
    """The whole page for `matrix` (see `reports.matrix_report`)."""
    claims = matrix["claims"]
    parties = matrix["parties"]
    statements = sum(claim["statements"] for claim in claims)
    summary = (
        f"{_count(len(claims), 'claim')}, {_count(len(parties), 'party', 'parties')}, "
        f"{_count(statements, 'statement')} from {_count(matrix['sources'], 'source')}"
    )
    title = f"claimtrack: {_count(len(claims), 'claim')}"
    rows = "\n".join(
        _claim_rows(index, claim, parties, link_for) for index, claim in enumerate(claims, 1)
    )
    return _PAGE.format(
        title=_text(title),
        css=_CSS,
        script=_SCRIPT,
        summary=_text(summary),
        ledger=_text(matrix["ledger"]),
        version=_text(__version__),
        total=len(claims),
        head=_head(parties),
        rows=rows or _empty_row(len(parties)),
    )


def _head(parties: Sequence[Record]) -> str:
    cells = ['<th scope="col" class="claim-col">Claim</th>']
    for party in parties:
        name = party["party"] or NO_PARTY
        kind = f"<small>{_text(party['kind'])}</small>" if party["kind"] else ""
        cells.append(
            f'<th scope="col" class="party" data-party="{_attr(name)}">'
            f"<span>{_text(name)}</span>{kind}</th>"
        )
    return "<tr>" + "".join(cells) + "</tr>"


def _empty_row(columns: int) -> str:
    return f'<tr><td colspan="{columns + 1}">The ledger has no claims yet.</td></tr>'


def _claim_rows(index: int, claim: Record, parties: Sequence[Record], link_for: LinkFn) -> str:
    cells = {cell["party"]: cell for cell in claim["cells"]}
    search = " ".join(
        [
            claim["id"],
            claim["text"],
            *(cell["party"] or NO_PARTY for cell in claim["cells"]),
            *(s["quote"] for cell in claim["cells"] for s in cell["statements"]),
        ]
    ).casefold()
    row = [
        f'<tr class="claim" id="claim-{_attr(claim["id"])}" data-detail="d{index}" '
        f'data-search="{_attr(" ".join(search.split()))}">',
        f'<th scope="row"><code>{_text(claim["id"])}</code>'
        f'<div class="text">{_text(claim["text"])}</div>'
        f"{_timeline(claim['timeline'])}</th>",
    ]
    sections = []
    for column, party in enumerate(parties, 1):
        cell = cells.get(party["party"])
        if cell is None:
            # Bare: a large ledger has hundreds of thousands of empty cells, and
            # nothing styles or scripts them.
            row.append("<td></td>")
            continue
        section_id = f"d{index}-{column}"
        name = party["party"] or NO_PARTY
        stances = cell["stances"]
        kind = stances[0] if len(stances) == 1 else "mixed"
        label = " / ".join(stances)
        count = len(cell["statements"])
        tip = f"{name} {label}: {_count(count, 'statement')}"
        row.append(
            f'<td class="cell {kind}" data-party="{_attr(name)}">'
            f'<button type="button" aria-expanded="false" aria-controls="{section_id}" '
            f'title="{_attr(tip)}">'
            f'{_text(label)} <span class="n">{count}</span></button></td>'
        )
        sections.append(_quotes(section_id, name, label, cell["statements"], link_for))
    row.append("</tr>")
    detail = (
        f'<tr class="detail" id="d{index}"><td colspan="{len(parties) + 1}">'
        + "".join(sections)
        + "</td></tr>"
    )
    return "".join(row) + "\n" + detail


def _quotes(
    section_id: str, party: str, label: str, statements: Iterable[Record], link_for: LinkFn
) -> str:
    items = "".join(
        f'<li class="{_attr(s["stance"])}"><blockquote>{_text(s["quote"])}</blockquote>'
        f'<p class="where">{_who(s)} — {_source_link(s, link_for)}</p></li>'
        for s in statements
    )
    return (
        f'<section class="quotes" id="{section_id}" data-party="{_attr(party)}">'
        f"<h3>{_text(party)} <span>{_text(label)}</span></h3><ul>{items}</ul></section>"
    )


def _who(statement: Record) -> str:
    speaker = _text(statement["speaker"] or "no speaker named")
    cue = f" ({_text(statement['cue'])})" if statement["cue"] else ""
    return f'<span class="speaker">{speaker}</span>{cue}, <b>{_text(statement["stance"])}</b>'


def _source_link(statement: Record, link_for: LinkFn) -> str:
    name = statement["title"] or statement["url"] or statement["path"] or statement["source"]
    byline = ", ".join(p for p in (statement.get("outlet"), statement.get("published")) if p)
    shown = f"{_text(byline)}: " if byline else ""
    href = link_for(statement)
    where = f"<cite>{_text(name)}</cite>, line {statement['line']}"
    if href:
        where = f'<a href="{_attr(href)}" rel="noreferrer noopener">{where}</a>'
    copy = f" (copy of {_text(statement['copy_of'])})" if statement.get("copy_of") else ""
    return shown + where + copy


def _timeline(records: Sequence[Record]) -> str:
    if not records:
        return ""
    days: list[tuple[str | None, list[Record]]] = []
    for record in records:
        if not days or days[-1][0] != record["date"]:
            days.append((record["date"], []))
        days[-1][1].append(record)
    items = []
    for day, said in days:
        entries = "".join(
            f'<li class="{_attr(r["stance"])}"><b>{_text(r["party"] or NO_PARTY)}</b> '
            f"{_text(r['stance'])}"
            + (
                f' <span class="changed">changed: was {_text(", ".join(r["changed_from"]))}</span>'
                if r["changed_from"]
                else ""
            )
            + f' <span class="speaker">{_text(r["speaker"] or "")}</span></li>'
            for r in said
        )
        when = f"<time>{_text(day)}</time>" if day else '<span class="undated">undated</span>'
        items.append(f"<li>{when}<ul>{entries}</ul></li>")
    return (
        f'<details class="timeline"><summary>Timeline ({len(records)})</summary>'
        f"<ol>{''.join(items)}</ol></details>"
    )


def _text(value: object) -> str:
    return html.escape(str(value), quote=False)


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def _count(count: int, noun: str, plural: str = "") -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {plural or noun + 's'}"


_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimtrack {version}">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>Who asserts, denies and disputes each claim</h1>
<p class="summary">{summary}, from <code>{ledger}</code>.</p>
<div class="controls">
<label for="filter">Filter</label>
<input id="filter" type="search" autocomplete="off"
 placeholder="words in a claim, a party or a quote">
<span id="shown" aria-live="polite">{total} of {total} claims</span>
</div>
<p class="legend"><span class="cell asserts">asserts</span>
<span class="cell denies">denies</span>
<span class="cell disputes">disputes</span>
<span class="cell mixed">more than one</span>
Click a cell for the quotes and their sources.</p>
</header>
<main>
<table id="matrix">
<thead>{head}</thead>
<tbody>
{rows}
</tbody>
</table>
</main>
<script>{script}</script>
</body>
</html>
"""

_CSS = """
:root { --asserts: #2e7d32; --denies: #c62828; --disputes: #b26a00; --mixed: #6a1b9a;
  font-family: system-ui, sans-serif; color: #1a1a1a; background: #fafafa; }
body { margin: 0 1.5rem 2rem; }
h1 { font-size: 1.4rem; margin: 1rem 0 0.2rem; }
.summary { margin: 0 0 0.8rem; color: #555; }
.controls { display: flex; gap: 0.6rem; align-items: center; }
#filter { font: inherit; padding: 0.3rem 0.5rem; width: min(32rem, 70vw); }
#shown { color: #555; }
.legend { font-size: 0.85rem; color: #555; }
.legend .cell { display: inline-block; padding: 0.05rem 0.5rem; color: #fff; border-radius: 3px; }
main { overflow-x: auto; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #ddd; padding: 0.35rem 0.5rem; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f0f0f0; font-size: 0.85rem; }
thead th small { display: block; font-weight: normal; color: #666; }
th[scope=row] { text-align: left; font-weight: normal; min-width: 18rem; max-width: 32rem; }
th[scope=row] code { font-weight: bold; color: #00639b; }
.cell { text-align: center; white-space: nowrap; }
.cell button { font: inherit; font-size: 0.8rem; color: #fff; background: none; border: 0;
  cursor: pointer; padding: 0.2rem 0.3rem; width: 100%; }
.cell button[aria-expanded=true] { outline: 3px solid #111; }
.cell .n { font-weight: bold; }
.asserts.cell, .legend .asserts { background: var(--asserts); }
.denies.cell, .legend .denies { background: var(--denies); }
.disputes.cell, .legend .disputes { background: var(--disputes); }
.mixed.cell, .legend .mixed { background: var(--mixed); }
tr.detail > td { background: #f7f7f2; }
/* A table wider than the window scrolls sideways: the quotes stay in view. */
.quotes { position: sticky; left: 0.5rem; max-width: calc(100vw - 5rem); }
.quotes h3 { font-size: 1rem; margin: 0.3rem 0; }
.quotes ul { list-style: none; padding: 0; margin: 0; }
.quotes li { border-left: 4px solid #999; padding-left: 0.7rem; margin: 0.5rem 0; }
.quotes li.asserts { border-color: var(--asserts); }
.quotes li.denies { border-color: var(--denies); }
.quotes li.disputes { border-color: var(--disputes); }
blockquote { margin: 0; font-style: italic; }
.where { margin: 0.2rem 0 0; font-size: 0.85rem; color: #444; }
details.timeline { margin-top: 0.3rem; font-size: 0.85rem; }
details.timeline ol { padding-left: 1rem; margin: 0.3rem 0; list-style: none; }
details.timeline ul { padding-left: 1rem; }
li.asserts > b { color: var(--asserts); }
li.denies > b { color: var(--denies); }
li.disputes > b { color: var(--disputes); }
.changed { color: #fff; background: var(--mixed); padding: 0 0.3rem; border-radius: 3px; }
.speaker { color: #555; }
.undated { color: #777; font-style: italic; }
@media (max-width: 40rem) {
  body { margin: 0 0.6rem 1.5rem; }
  th[scope=row] { min-width: 11rem; }
}
"""

_SCRIPT = """
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.claim"));
  var filter = document.getElementById("filter");
  var shown = document.getElementById("shown");
  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute("data-search");
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      var detail = document.getElementById(row.getAttribute("data-detail"));
      if (!match) { detail.hidden = true; closeCells(row); }
      if (match) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " claims";
  }
  function closeCells(row) {
    row.querySelectorAll("button[aria-expanded=true]").forEach(function (button) {
      button.setAttribute("aria-expanded", "false");
    });
  }
  function toggle(button) {
    var row = button.closest("tr");
    var detail = document.getElementById(row.getAttribute("data-detail"));
    var wasOpen = button.getAttribute("aria-expanded") === "true";
    closeCells(row);
    detail.querySelectorAll("section.quotes").forEach(function (section) {
      section.hidden = true;
    });
    if (wasOpen) { detail.hidden = true; return; }
    button.setAttribute("aria-expanded", "true");
    document.getElementById(button.getAttribute("aria-controls")).hidden = false;
    detail.hidden = false;
  }
  // Without the script every quote shows under its claim; with it, a cell opens them.
  document.querySelectorAll("tr.detail, tr.detail section.quotes").forEach(function (element) {
    element.hidden = true;
  });
  document.getElementById("matrix").addEventListener("click", function (event) {
    var button = event.target.closest(".cell button");
    if (button) { toggle(button); }
  });
  filter.addEventListener("input", applyFilter);
  applyFilter();
})();
"""
