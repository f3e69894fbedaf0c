"""Split news text into sentences and find its quotations, as offsets into the text.

Two views of the same range, so extraction can use both:

- `find_quotations` gives each quotation's span, marks included. Curly (“ ”),
  straight (") and angle (« ») quotes are paired; a quotation may run over a
  line break when the next paragraph reopens it with a quote mark (the news
  convention) or closes it. An unbalanced mark never swallows the document: a
  quotation ends with its paragraph unless the next one carries it on, runs
  over at most `MAX_QUOTE_LINES` lines, and is dropped when no mark follows it
  within `MAX_QUOTE_CHARS` characters.
- `split_sentences` gives sentence spans, whitespace trimmed. A line break ends
  a sentence (a headline needs no full stop), and so does terminal punctuation
  before a capitalised word, except after abbreviations, initials and list
  numbers. By default a sentence end inside a quotation does not end the
  sentence, so a statement and its attribution stay together.

Every step scans forward with bounded look-around: time is linear in the range.
Apostrophes, as in "China's" or "don't" (straight or curly), are not quote marks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from claimtrack.model import Span

# A quotation longer than this on one line, with no quote mark to close it, is
# an unbalanced mark rather than a quotation.
MAX_QUOTE_CHARS = 4000
# How many lines (paragraphs) one quotation may run over.
MAX_QUOTE_LINES = 12

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTE_MARK = re.compile('["“”«»„「」『』]')

_OPENING_MARKS = frozenset("“«„「『")
_CLOSING_MARKS = frozenset("”»」』")
_STRAIGHT = '"'
# What may follow a full stop and still belong to its sentence: "...Ukraine.”)"
_TRAILING_CLOSERS = frozenset("\"'”\N{RIGHT SINGLE QUOTATION MARK}»」』)]}")
# What may open a new sentence besides a capital letter or a digit.
_SENTENCE_OPENERS = frozenset("\"“«„「『\N{LEFT SINGLE QUOTATION MARK}'([{")
_QUOTE_CLOSERS = frozenset('"”»」』')
# A named speaker and a speech verb right after a quotation belong to it.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t]+){1,5}"
    r"(?:said|says|added|adds|asked|asks|told|tells|tweeted|wrote|writes|explained|continued|"
    r"stated|declared|insisted|noted|replied|responded|argued|recalled|warned|stressed|"
    r"claimed|announced|concluded|quipped|joked|shouted|yelled|countered)\b"
)
# Terminal punctuation, what may close with it, then a space and the next visible
# character on the line: where a sentence may end. A lowercase ASCII letter
# never starts a sentence, so it is ruled out here already, unless a capital
# follows it inside a name ("iFixit", "eBay").
_SENTENCE_END = re.compile(
    "(?P<mark>[.!?…‽]+)"
    f"[{re.escape(''.join(sorted(_TRAILING_CLOSERS)))}]*"
    r"(?=\s+(?P<next>(?![a-z](?![A-Z][a-z]))\S))"
)
# A full stop with no space after it that still ends a sentence: "... and other
# accessories.Reuters's Ann Lee said". The word before is a lowercase word of
# three letters or more and not part of an address ("bbc.co.uk", "/news.Html");
# the word after is capitalised, carries on in lowercase or an apostrophe, and
# is not itself cut by a full stop ("U.S.", "p.m.", "3.5", "Amazon.com",
# "St.Louis" and "www.Example.com" stay whole).
_WORD_PART = r"[\w'\u2019]"
_GLUED_SENTENCE_END = re.compile(
    r"(?<![\w.@/:'\u2019-])[a-z]{3,}\."
    rf"(?=[A-Z][a-z'\u2019]{_WORD_PART}*(?!{_WORD_PART}|[.@/]\w))"
)
_PUNCTUATION_AFTER_CLOSE = frozenset(",.;:!?)]}…-\N{EN DASH}—")
_LEADING_OPENERS = "\"'“«([{\N{LEFT SINGLE QUOTATION MARK}"


def positions(text: str, part: str) -> Iterator[int]:
    """Every offset where `text` holds `part`, overlapping ones too: a plain
    string search, for a literal that a compiled pattern would only find more
    slowly."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations that stand before a name or a number and never end a sentence.
_NEVER_FINAL = _words(
    """
    mr mrs ms messrs dr gen sen rep gov lt col capt cpt sgt det maj adm cmdr cdr cpl pvt
    prof rev hon pres amb supt insp gens sens reps govs st mt ft vs v e.g i.e cf
    """
)
# Abbreviations that may also end a sentence; they do so only when a word that
# typically starts a sentence follows ("in the U.S. The talks", not "U.S. Secretary").
_ABBREVIATIONS = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos nr art vol vols p pp fig figs ch sec jr sr inc corp co ltd llc plc bros dept
    univ assn est approx etc al ave blvd rd hwy ca
    """
)
_SENTENCE_STARTERS = _words(
    """
    a an the this that these those there here it its he his she her they their them we our
    i you your in on at as by for from with after before during since while when where if
    but and or so yet also meanwhile however still then now earlier later last next some
    many most all both each other such one two three what who why how despite although
    though because according under over about
    """
)


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, keep_quotes: bool = True
) -> list[Span]:
    """Sentence spans in `text[start:end]`, in order, whitespace trimmed.

    With `keep_quotes` (the default) a quotation is never cut: a sentence end
    inside it does not end the sentence. Without it, sentences are split at
    every sentence end, quoted or not.
    """
    start, end = _clamp(text, start, end)
    lines = _lines(text, start, end)
    cuts = _sentence_cuts(text, lines)
    if keep_quotes:
        quotations = _quotations(text, lines)
        kept = _drop_cuts_inside(cuts, quotations)
        # A quotation introduced in its first paragraph ('X said: "...') that
        # runs on over paragraphs, each reopened with a quote mark after a
        # finished sentence, has one sentence per paragraph: its speaker is
        # known before it. One whose speaker comes at its end stays whole.
        introduced = [
            (q_start, q_end)
            for q_start, q_end in quotations
            if text[text.rfind("\n", 0, q_start) + 1 : q_start].strip()
        ]
        reopened = [
            cut
            for cut in _reopening_cuts(text, lines)
            if any(q_start < cut < q_end for q_start, q_end in introduced)
        ]
        cuts = sorted(set(kept) | (set(reopened) & set(cuts)))
    return _spans_between(text, start, end, cuts)


def _reopening_cuts(text: str, lines: list[_Line]) -> Iterator[int]:
    """Ends of paragraphs that close a sentence, before a paragraph that opens
    with a quote mark (a long quotation's next paragraph)."""
    previous: _Line | None = None
    blank = False
    for line in lines:
        if line.first is None:
            blank = True
            continue
        if (
            previous is not None
            and blank
            and previous.last is not None
            and text[previous.last] in ".!?"
            and (text[line.first] in _OPENING_MARKS or text[line.first] == _STRAIGHT)
        ):
            yield previous.end
        previous = line
        blank = False


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Each quotation in `text[start:end]`, quote marks included, in order."""
    start, end = _clamp(text, start, end)
    return _quotations(text, _lines(text, start, end))


def _quotations(text: str, lines: list[_Line]) -> list[Span]:
    scanner = _QuotationScanner(text)
    for line in lines:
        scanner.scan_line(line)
    scanner.finish()
    return scanner.spans


# -- sentences ---------------------------------------------------------------


def _sentence_cuts(text: str, lines: list[_Line]) -> list[int]:
    """Positions where a sentence may end, ascending (before quotation filtering)."""
    cuts: list[int] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and not _is_wrapped(text, previous, line):
            cuts.append(previous.end)
        if line.first is not None:  # a blank line has no punctuation
            _add_punctuation_cuts(cuts, text, line.start, line.end, line.first)
        previous = line
    return cuts


def _is_wrapped(text: str, line: _Line, following: _Line) -> bool:
    """Whether `following` carries on the sentence of `line` (hard-wrapped text)."""
    if line.last is None or following.first is None:
        return False
    return text[line.last] not in '.!?…:"”»)' and text[following.first].islower()


def _add_punctuation_cuts(
    cuts: list[int], text: str, line_start: int, line_end: int, line_first: int
) -> None:
    this_line = len(cuts)  # the cuts before are all at or before the line's start
    for match in _SENTENCE_END.finditer(text, line_start, line_end):
        following = match.start("next")
        if not _may_start_sentence(text[following]) and not _is_camel_name(text, following):
            continue
        if match.group("mark") == "." and _is_abbreviation(
            text, line_first, match.start(), following
        ):
            continue
        cut = match.end()
        if text[cut - 1] in _QUOTE_CLOSERS and _ATTRIBUTION_AFTER_QUOTE.match(text, following):
            continue  # “... missing.” Trump said.
        cuts.append(cut)
    glued = [match.end() for match in _GLUED_SENTENCE_END.finditer(text, line_start, line_end)]
    if glued:  # only this line's cuts are put in order: sorting them all is quadratic
        cuts[this_line:] = sorted(cuts[this_line:] + glued)


def _is_camel_name(text: str, at: int) -> bool:
    """'iFixit', 'eBay', 'iPhone': a name that opens a sentence in lower case."""
    return (
        at + 2 < len(text)
        and text[at].islower()
        and text[at + 1].isupper()
        and text[at + 2].isalpha()
    )


def _may_start_sentence(char: str) -> bool:
    return char.isdigit() or char in _SENTENCE_OPENERS or (char.isalpha() and not char.islower())


def closes_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial ("M.
    Perrucci", "Sept. 19") rather than a sentence, as `split_sentences` reads
    it: a phrase cut at full stops would cut a name there."""
    following = len(text) - len(text[dot + 1 :].lstrip())
    if following >= len(text):
        return False
    return _is_abbreviation(text, 0, dot, following)


def _is_abbreviation(text: str, line_first: int, dot: int, following: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation rather than a sentence.

    `line_first` is the first visible character of the line.
    """
    token = _token_before(text, line_first, dot)
    if not token:
        return False
    word = token.rsplit("-", 1)[-1].lower()
    if word in _NEVER_FINAL:
        return True
    if token.isdigit():
        # "1. The Nobel Committee ..." numbers a list item.
        return line_first == dot - len(token)
    looks_abbreviated = (
        word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _is_dotted_acronym(word)
    )
    if not looks_abbreviated:
        return False
    return not _starts_with_starter_word(text, following)


def _token_before(text: str, line_start: int, dot: int) -> str:
    before = text[max(line_start, dot - 24) : dot]
    if not before or before[-1].isspace():
        return ""
    return before.rsplit(None, 1)[-1].lstrip(_LEADING_OPENERS)


def _is_dotted_acronym(word: str) -> bool:
    """U.S, U.N, a.m, D.C: single letters joined by dots."""
    parts = word.split(".")
    return len(parts) > 1 and all(len(part) == 1 and part.isalpha() for part in parts)


def _starts_with_starter_word(text: str, position: int) -> bool:
    head = text[position : position + 16].lstrip(_LEADING_OPENERS)
    word = re.match(r"[A-Za-z]+", head)
    return word is not None and word.group().lower() in _SENTENCE_STARTERS


def _drop_cuts_inside(cuts: list[int], quotations: list[Span]) -> list[int]:
    """Cuts strictly inside a quotation do not end a sentence. Both lists ascend."""
    kept: list[int] = []
    index = 0
    for cut in cuts:
        while index < len(quotations) and quotations[index][1] <= cut:
            index += 1
        if index < len(quotations) and quotations[index][0] < cut < quotations[index][1]:
            continue
        kept.append(cut)
    return kept


def _spans_between(text: str, start: int, end: int, cuts: list[int]) -> list[Span]:
    spans: list[Span] = []
    begin = start
    for cut in [*cuts, end]:
        if cut <= begin:
            continue
        span = _trim(text, begin, cut)
        if span is not None:
            spans.append(span)
        begin = cut
    return spans


# -- quotations --------------------------------------------------------------


@dataclass
class _OpenQuote:
    start: int  # the opening mark of the whole quotation
    line_open: int  # where it opened (or reopened) on the current line
    lines: int  # lines it has run over so far
    covered_end: int  # end of the last line it fully covers


class _QuotationScanner:
    """Pairs quote marks line by line, carrying an open quotation across lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[Span] = []
        self.open: _OpenQuote | None = None

    def scan_line(self, line: _Line) -> None:
        if line.first is None:
            return  # a blank line: an open quotation may go on in the next paragraph
        line_start, line_end = line.start, line.end
        marks = _QUOTE_MARK.finditer(self.text, line_start, line_end)
        if self.open is not None:
            marks = self._carry_over(line, marks)
        for mark in marks:
            self._take_mark(mark.start())
        self._end_line(line_end)

    def finish(self) -> None:
        if self.open is not None:
            self._close_unfinished()

    def _carry_over(self, line: _Line, marks: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
        """Decide whether the quotation open at the end of the last line goes on here."""
        assert self.open is not None
        line_start = line.start
        first = _QUOTE_MARK.search(self.text, line_start, line.end)
        if first is None or self.open.lines >= MAX_QUOTE_LINES:
            self._close_unfinished()
            return marks
        position = first.start()
        char = self.text[position]
        if line.first == position and (char in _OPENING_MARKS or char == _STRAIGHT):
            # The next paragraph reopens the quotation: its mark is not a close.
            next(marks)
            self._continue_on(position)
        elif char in _CLOSING_MARKS or (char == _STRAIGHT and self._looks_closing(position)):
            self._continue_on(line_start)
        else:
            self._close_unfinished()
        return marks

    def _continue_on(self, position: int) -> None:
        assert self.open is not None
        self.open.line_open = position
        self.open.lines += 1

    def _take_mark(self, position: int) -> None:
        char = self.text[position]
        quote = self.open
        if quote is not None and position - quote.line_open > MAX_QUOTE_CHARS:
            self._abandon()
            quote = None
        if quote is None:
            if char in _OPENING_MARKS or (char == _STRAIGHT and self._may_open(position)):
                self.open = _OpenQuote(position, position, 1, position)
        elif char in _CLOSING_MARKS or char == _STRAIGHT:
            self.spans.append((quote.start, position + 1))
            self.open = None
        else:
            # A new quotation opens before the last one closed: the last one
            # ends where the new one begins.
            self._close_unfinished(position)
            self.open = _OpenQuote(position, position, 1, position)

    def _end_line(self, line_end: int) -> None:
        quote = self.open
        if quote is None:
            return
        if line_end - quote.line_open > MAX_QUOTE_CHARS:
            self._abandon()
        else:
            quote.covered_end = line_end

    def _abandon(self) -> None:
        """No close within reach: keep what earlier lines covered, or drop the mark."""
        quote = self.open
        assert quote is not None
        if quote.lines > 1:
            self._close_unfinished()
        self.open = None

    def _close_unfinished(self, at: int | None = None) -> None:
        quote = self.open
        assert quote is not None
        span = _trim(self.text, quote.start, quote.covered_end if at is None else at)
        if span is not None and span[1] - span[0] > 1:
            self.spans.append(span)
        self.open = None

    def _may_open(self, position: int) -> bool:
        """A straight mark opens unless it looks like a stray close or an inch mark."""
        before = self.text[position - 1] if position > 0 else " "
        return (
            before.isspace() or before in "([{/-\N{EN DASH}—" or not self._looks_closing(position)
        )

    def _looks_closing(self, position: int) -> bool:
        before = self.text[position - 1] if position > 0 else " "
        after = self.text[position + 1] if position + 1 < len(self.text) else " "
        return not before.isspace() and (after.isspace() or after in _PUNCTUATION_AFTER_CLOSE)


def in_headline(article: str, start: int, end: int) -> bool:
    """Whether the line holding `start`..`end` is a headline or a caption: every
    long word capitalised."""
    line_start = article.rfind("\n", 0, start) + 1
    line_end = article.find("\n", end)
    line = article[line_start : line_end if line_end != -1 else len(article)]
    long = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long)


# -- page furniture ----------------------------------------------------------

# A picture's credit the page set apart from its caption by a wide gap, at the
# line's start ("Getty   Killer mushroom: ...") or its end ("... Thomas.   YouTube"):
# one to three capitalised words, an agency's, a site's or a photographer's.
_CREDIT_WORDS = r"[A-Z][\w.&/'\u2019-]*(?:[ \t][A-Z][\w.&/'\u2019-]*){0,2}"
# A credit at the end follows a caption's closing stop.
_SET_APART_CREDIT = re.compile(
    rf"^[ \t]*(?P<credit>{_CREDIT_WORDS})(?=[ \t]{{3,}}\S)"
    rf"|[.!?\"\u201d\u2019][ \t]{{3,}}(?P<closing>{_CREDIT_WORDS})[ \t]*$",
    re.MULTILINE,
)
# Agencies and sites a credit names after "Photo:" or before a slash.
_AGENCIES = (
    r"(?:Getty(?:[ \t]Images)?|AP|AFP|Reuters|EPA|PA|Rex(?:[ \t]Features)?|Shutterstock"
    r"|Alamy|Corbis|Facebook|Twitter|Instagram|YouTube|Supplied|Handout)"
)
# A credit written out: "(Image: Getty)", "Photo: Reuters", "AP Photo/Jane Doe",
# "Reuters/John Smith", and an embedded post's byline, "Post by Jane Doe."
_WRITTEN_CREDIT = re.compile(
    r"\((?:Image|Photo|Picture)s?(?:[ \t]credit)?:[^)\n]*\)"
    rf"|\b(?:Image|Photo|Picture)s?(?:[ \t]credit)?:[ \t]*{_AGENCIES}\b"
    rf"|\b{_AGENCIES}(?:[ \t]Photo)?/(?:[A-Z][\w.'\u2019-]*[ \t]?){{1,4}}"
    r"|^[ \t]*Post[ \t]by[ \t][^\n]*$",
    re.MULTILINE,
)
# A word or mark every match of `_WRITTEN_CREDIT` holds, as written: most
# articles hold none, and need not be scanned for each agency at every place.
_WRITTEN_CREDIT_NEEDS = ("Image", "Photo", "Picture", "/", "Post")


def _credit_written(text: str) -> bool:
    """Whether `text` holds a credit written out (`_WRITTEN_CREDIT`)."""
    return any(part in text for part in _WRITTEN_CREDIT_NEEDS) and bool(
        _WRITTEN_CREDIT.search(text)
    )


@functools.lru_cache(maxsize=64)
def without_credits(text: str) -> str:
    """`text` with every picture credit and embed line blanked out, the same
    length so offsets still hold: a credit set apart by a wide gap ("Getty
    Killer mushroom: ...", "Facebook   Taylor Chandler"), one written out
    ("(Image: Getty)", "AP Photo/Jane Doe") and an embedded post's byline
    ("Post by Jane Doe."). A credit is the page's, not the article's: its words
    belong to no name or description the article gives."""
    if "   " not in text and not _credit_written(text):
        return text
    text = _SET_APART_CREDIT.sub(_blank_credit, text)
    return _WRITTEN_CREDIT.sub(lambda found: " " * len(found.group()), text)


def _blank_credit(found: re.Match[str]) -> str:
    """The match of `_SET_APART_CREDIT` with its credit blanked out."""
    name = "credit" if found.group("credit") is not None else "closing"
    start, end = found.span(name)
    whole = found.group()
    return whole[: start - found.start()] + " " * (end - start) + whole[end - found.start() :]


# -- shared helpers ----------------------------------------------------------


def _clamp(text: str, start: int, end: int | None) -> tuple[int, int]:
    end = len(text) if end is None else min(max(end, 0), len(text))
    start = min(max(start, 0), end)
    return start, end


class _Line(NamedTuple):
    """One line of a range, its line break excluded, and its first and last visible
    characters (None for a blank line)."""

    start: int
    end: int
    first: int | None
    last: int | None


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """Each line in the range, line breaks excluded."""
    lines: list[_Line] = []
    if text.find("\r", start, end) >= 0:
        for line_start, line_end in _break_bounds(text, start, end):
            lines.append(_line(text[line_start:line_end], line_start))
        return lines
    # Only "\n" breaks lines: each line starts one past the end of the last.
    line_start = start
    for line in text[start:end].split("\n"):
        lines.append(_line(line, line_start))
        line_start += len(line) + 1
    return lines


def _line(line: str, start: int) -> _Line:
    """The `_Line` for the text `line`, which starts at `start`."""
    end = start + len(line)
    visible = line.lstrip()
    if not visible:
        return _Line(start, end, None, None)
    first = end - len(visible)
    return _Line(start, end, first, first + len(visible.rstrip()) - 1)


def _break_bounds(text: str, start: int, end: int) -> Iterator[Span]:
    line_start = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield line_start, match.start()
        line_start = match.end()
    yield line_start, end


def _trim(text: str, start: int, end: int) -> Span | None:
    visible = text[start:end].lstrip()
    if not visible:
        return None
    first = end - len(visible)
    return first, first + len(visible.rstrip())


def carries_on(text: str, line: Span, following: Span) -> bool:
    """Whether the line `following` carries on the sentence of `line`, as in
    hard-wrapped text ("The minister said the new" / "budget would ..."): the
    line break then ends no sentence (`split_sentences`)."""
    return _is_wrapped(
        text,
        _line(text[line[0] : line[1]], line[0]),
        _line(text[following[0] : following[1]], following[0]),
    )
