"""The claim index of a big ledger, kept between runs in a compact form and read lazily.

`grouping.ClaimIndex` is built from each claim's texts in ledger order: its
own text, then its statements' contents. Grouping one article looks at a few
hundred of its 60,000 examples on a 10,000-claim ledger, so the index is kept
here as bytes and a claim's or a term's entries become Python objects only
when grouping asks for them:

- each claim (a *slot*, numbered in ledger order) as one marshalled record:
  its examples' terms, its profile's term counts and members, its actors, its
  text (the head, read whole by every run, holds none);
- each term's postings as a run of 64-bit example keys in one blob;
- the words with related forms in the order a build links them (`ranks`),
  and those words by their first and last letters (`heads`, `tails`).

An example's key is its claim's slot and its place among the claim's
examples, so keys sort in the order a build numbers examples; keys are
negative, so examples grouping adds during a run (numbered from the index's
size up, as a build numbers them) sort after every stored one. Scores only
depend on that order, never on the numbers themselves.

The store follows the ledger claim by claim: each slot keeps a digest of its
claim's texts, and a ledger that changed some claims, dropped some or added
claims at its end has only those slots taken out and put in again; each word
whose first example changed is placed again among the linked words. The
result is always the index a build from scratch gives (`index_state` says
so in the tests). Claims reordered, or one put between two others, make the
store build again from every claim.

As kept (`Store.save`, `cache.store_appended_note`), the store is a head (the
slots, the linked words, and where each term's postings and each claim's
record are) and the entries' bytes. The head keeps the claims' ids, slots,
digests and records' places as columns (`_Columns`: a list, arrays, one
string), so that a load makes no object for each of the 20,000 claims of a
big ledger: a run follows the ledger comparing the columns in C and reads the
few claims grouping ranks; tables by claim are made only when it takes a
stored claim out. Each term's postings are found the same way, by bisection
in the sorted terms (`_Runs`), and the linked words' tables are made of their
bytes only when asked for (`_Packed`), the words by letters part by part
(`_Letters`). A store only appends the postings and records it changed to
the entries' bytes: storing after an `extract` writes what changed and
the head, not every entry again. Only when more than a quarter of the bytes
would be left over are they written afresh. The entries' bytes are sealed in
stretches, each checked when an entry in it is first read; bytes that fail
have the store made again from the claims' texts (`Store._repair`), in the
slots it gave them, so the index is still the one a build gives.
"""

from __future__ import annotations

import bisect
import itertools
import marshal
import operator
import struct
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from operator import itemgetter
from typing import Any, Generic, TypeVar

from claimtrack.grouping import (
    AFFIX_CHARS,
    EXAMPLES_PER_CLAIM,
    RELATED_KEPT,
    ClaimIndex,
    _affixable,
    _Example,
    _Profile,
    _related,
)
from claimtrack.normalise import UNKNOWN_ACTORS
from claimtrack.parties import PartyResolver

_FORMAT = "claimtrack-claim-index 6"
# Bytes the entries may hold beyond a quarter more than those in use before they
# are written afresh (`Store.save`).
_SLACK = 1 << 20
# Keys: (slot << _PLACE_BITS | place) - _KEY_BASE, below zero for every slot.
_PLACE_BITS = 4
_KEY_BASE = 1 << 40
assert EXAMPLES_PER_CLAIM < 1 << _PLACE_BITS

# A text as the index takes it: the text, its words, its party terms, its actors.
Normalised = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
# A claim's record: its examples (key, terms as `Terms.all` gives them, how many
# of them are parties), its profile's counts and members, its actors.
Record = tuple[list[tuple[int, tuple[str, ...], int]], dict[str, int], int, list[str], str]
# A word's place in the order a build links words: its first example's key and
# where in that example's words it first stands.
Rank = tuple[int, int]
# How a store follows the ledger: the claims it takes out, and those it puts in,
# each with its slot and its place in the claims followed (where its digest is:
# found by place, not through a table of every claim's).
_Plan = tuple[list[str], list[tuple[str, int, int]]]


_Table = TypeVar("_Table")


class _Packed(Generic[_Table]):
    """A table of the store's linked words (`ranks`, `heads`, `tails`) kept as the
    bytes the head holds it in until first asked for, and stored as those same
    bytes when no one asked (`Store._packed_table`).

    A write that follows a claim whose words keep their places among the linked
    words (a rename, most drops and merges) never reads them: on a ledger of
    20,000 claims each of the three takes 3 to 4 ms to make of its bytes as a
    table. `heads` and `tails` are made as columns (`_Letters`), each part's
    words read when grouping looks it up.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, store: Store, owner: type | None = None) -> _Table:
        packed = store._packed.pop(self.name, None)
        if packed is not None:
            table = marshal.loads(packed)
            store.__dict__[self.name] = table if self.name == "ranks" else _Letters(*table)
        made: _Table = store.__dict__[self.name]
        return made

    def __set__(self, store: Store, table: _Table) -> None:
        store._packed.pop(self.name, None)
        store.__dict__[self.name] = table


def _key(slot: int, place: int) -> int:
    return ((slot << _PLACE_BITS) | place) - _KEY_BASE


def _slot_of(key: int) -> int:
    return (key + _KEY_BASE) >> _PLACE_BITS


class _Columns:
    """The stored claims as the head keeps them, in ledger order: their ids in a list,
    their slots and their records' places in arrays, their digests back to back.

    A load makes no object for each claim: a run asks about the few claims grouping
    ranks, found by id or by slot through tables of positions made once, in C,
    when first asked for. The store's tables by claim are made of them only when a
    run takes a stored claim out (`Store._make_tables`); a claim whose texts
    changed keeps its place, its new digest kept beside them (`Store._replaced`).
    """

    def __init__(
        self,
        ids: list[str],
        slots: array[int],
        digests: tuple[bytes, array[int]],
        places: tuple[array[int], array[int]],
    ) -> None:
        self.ids = ids
        self.slots = slots
        # Each claim's digest ends where `ends` says; all of one size when it is empty.
        self.digests, self.ends = digests
        count = len(ids)
        self._size = -1 if self.ends else len(self.digests) // count if count else 0
        self.starts, self.sizes = places
        self._positions: dict[str, int] | None = None
        # Positions of a few claims told before any is asked for (`told_at`).
        self._told: dict[str, int] = {}
        self._at_slot: dict[int, int] | None = None

    @classmethod
    def read(cls, head: Sequence[Any]) -> _Columns | None:
        """The columns a head holds (ids, slots, digests, their ends, places), or None
        when they do not describe as many claims."""
        ids, slots, digests, ends, starts, sizes = head
        places = (array("q", starts), array("q", sizes))
        columns = cls(ids, array("q", slots), (digests, array("q", ends)), places)
        count = len(ids)
        if not len(columns.slots) == len(columns.starts) == len(columns.sizes) == count:
            return None
        if columns.ends:
            if len(columns.ends) != count or columns.ends[-1] != len(digests):
                return None
        elif columns._size * count != len(digests):
            return None
        return columns

    def position(self, claim_id: str) -> int | None:
        """Where a stored claim is in ledger order; None if not stored."""
        told = self._told.get(claim_id)
        return told if told is not None else self._position_table().get(claim_id)

    def told_at(self, positions: Iterable[int]) -> None:
        """Tell where the claims at `positions` stand, so that asking for them makes
        no table of every claim's position: a plan walked over the columns knows
        where the claims it takes out stand, and these columns then give way."""
        self._told.update((self.ids[at], at) for at in positions)

    def repeats(self) -> bool:
        """Whether an id stands twice (then `position` tells its last place)."""
        return len(self._position_table()) < len(self.ids)

    def _position_table(self) -> dict[str, int]:
        if self._positions is None:
            self._positions = dict(zip(self.ids, itertools.count()))
        return self._positions

    def at_slot(self, slot: int) -> int | None:
        """Where the stored claim in `slot` is in ledger order; None if none. Slots
        are unique: where no claim before it was taken out, the slot is the place;
        else slots rise in ledger order (keys sort as a build numbers examples),
        so it is found by bisection, with no table of every slot (1.6 ms of a write
        after a `drop` at 20,000 claims); a table only if that finds none."""
        slots = self.slots
        if 0 <= slot < len(slots) and slots[slot] == slot:
            return slot
        at = bisect.bisect_left(slots, slot)
        if at < len(slots) and slots[at] == slot:
            return at
        if self._at_slot is None:
            self._at_slot = dict(zip(self.slots, itertools.count()))
        return self._at_slot.get(slot)

    def digest_list(self, start: int = 0, stop: int | None = None) -> list[bytes]:
        """Every claim's digest, in order; or those from position `start` to `stop`."""
        stop = len(self.ids) if stop is None else stop
        size = self._size
        if size == 0:
            return [b""] * (stop - start)
        if size > 0:
            return [self.digests[at : at + size] for at in range(start * size, stop * size, size)]
        bounds = [0, *self.ends][start : stop + 1]
        return list(map(self.digests.__getitem__, map(slice, bounds, bounds[1:])))

    def differing(self, digests: list[bytes]) -> Iterator[int]:
        """The positions, in order, of the claims whose digest is not the one
        `digests` gives (as many as there are claims): compared whole in C first,
        a claim at a time only when some differ. That every digest has the stored
        size (else the same bytes joined may be cut elsewhere) is asked of the set
        of their sizes: one quick pass, where the least and the greatest size took
        two of comparisons (0.75 -> 0.42 ms at 20,000 claims)."""
        size = self._size
        if size >= 0 and b"".join(digests) == self.digests and set(map(len, digests)) <= {size}:
            return iter(())
        return itertools.compress(itertools.count(), map(operator.ne, self.digest_list(), digests))

    def differing_from(self, start: int, digests: list[bytes]) -> list[int]:
        """`differing` for the claims from position `start` on, as many as `digests`:
        where the digests are all of the stored size, the few that differ are found
        by halving the stretch in C, not by making each claim's digest (a `merge`
        changes one claim among 20,000)."""
        size, stop = self._size, start + len(digests)
        if size < 0 or not set(map(len, digests)) <= {size}:
            stored = self.digest_list(start, stop)
            return [
                start + at for at, differ in enumerate(map(operator.ne, stored, digests)) if differ
            ]
        new, found = b"".join(digests), []
        stretches = [(start, stop)]
        while stretches:
            low, high = stretches.pop()
            if (
                self.digests[low * size : high * size]
                == new[(low - start) * size : (high - start) * size]
            ):
                continue
            if high - low == 1:
                found.append(low)
                continue
            middle = (low + high) // 2
            stretches += [(middle, high), (low, middle)]
        return found

    def spliced(
        self,
        start: int,
        stop: int,
        claims: tuple[list[str], list[int], list[bytes], list[int], list[int]],
    ) -> _Columns:
        """These columns with the claims from position `start` to `stop` replaced by
        `claims` (slots, digests, records' starts and sizes), whose ids and the rest's
        are `ids`: cut and joined in C. A `merge`, `rename` or `drop` changes a few
        claims of a big ledger."""
        ids, slots, digests, starts, sizes = claims
        size = self._size
        if size >= 0 and set(map(len, digests)) <= {size}:
            joined = b"".join([self.digests[: start * size], *digests, self.digests[stop * size :]])
            ends = array("q")
        else:
            every = self.digest_list()
            every[start:stop] = digests
            joined = b"".join(every)
            ends = array("q", itertools.accumulate(map(len, every)))
        return _Columns(
            ids,
            self.slots[:start] + array("q", slots) + self.slots[stop:],
            (joined, ends),
            (
                self.starts[:start] + array("q", starts) + self.starts[stop:],
                self.sizes[:start] + array("q", sizes) + self.sizes[stop:],
            ),
        )

    @staticmethod
    def written(
        ids: list[str], entries: list[tuple[int, bytes]], places: list[tuple[int, int]]
    ) -> list[Any]:
        """The columns of these claims (id, (slot, digest), (start, size)) as a head keeps them."""
        digests = list(map(itemgetter(1), entries))
        sizes = set(map(len, digests))
        ends = array("q", itertools.accumulate(map(len, digests))) if len(sizes) > 1 else array("q")
        return [
            ids,
            array("q", map(itemgetter(0), entries)).tobytes(),
            b"".join(digests),
            ends.tobytes(),
            array("q", map(itemgetter(0), places)).tobytes(),
            array("q", map(itemgetter(1), places)).tobytes(),
        ]


class _Runs:
    """Where each term's postings lie in the entries' bytes, as the head keeps it: the
    terms sorted in a list, where each one's keys start and how many in arrays.

    A load makes no object for each term (a table of 15,654 terms' places, at
    20,000 claims, took 3.9 ms to load of every write's 12.6 to 14.6 for the
    head); a term is found by bisection, in C.
    """

    def __init__(self, terms: list[str], starts: array[int], lengths: array[int]) -> None:
        self.terms, self.starts, self.lengths = terms, starts, lengths

    @classmethod
    def of(cls, runs: dict[str, tuple[int, int]]) -> _Runs:
        """The runs of a table of them: term -> (start, how many keys)."""
        terms = sorted(runs)
        places = list(map(runs.__getitem__, terms))
        starts = array("q", map(itemgetter(0), places))
        return cls(terms, starts, array("q", map(itemgetter(1), places)))

    def get(self, term: str) -> tuple[int, int] | None:
        """Where `term`'s keys start and how many there are; None if it has none stored."""
        terms = self.terms
        at = bisect.bisect_left(terms, term)
        if at < len(terms) and terms[at] == term:
            return self.starts[at], self.lengths[at]
        return None

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def items(self) -> Iterator[tuple[str, tuple[int, int]]]:
        return zip(self.terms, zip(self.starts, self.lengths, strict=True), strict=True)

    def replaced(self, fresh: dict[str, tuple[int, int] | None]) -> _Runs:
        """These runs with each term of `fresh` given its run there, or taken out (None).
        A write changes a few terms: each is put in its place, the rest copied in C;
        more are merged through a table."""
        if len(fresh) > 64:
            merged: dict[str, tuple[int, int] | None] = dict(self.items())
            merged.update(fresh)
            return _Runs.of({term: run for term, run in merged.items() if run is not None})
        terms, starts, lengths = list(self.terms), array("q", self.starts), array("q", self.lengths)
        for term, run in fresh.items():
            at = bisect.bisect_left(terms, term)
            there = at < len(terms) and terms[at] == term
            if run is None:
                if there:
                    del terms[at], starts[at], lengths[at]
            elif there:
                starts[at], lengths[at] = run
            else:
                terms.insert(at, term)
                starts.insert(at, run[0])
                lengths.insert(at, run[1])
        return _Runs(terms, starts, lengths)

    def written(self) -> list[Any]:
        """The runs as a head keeps them: the terms, and the two arrays' bytes."""
        return [self.terms, self.starts.tobytes(), self.lengths.tobytes()]

    @classmethod
    def read(cls, terms: list[str], starts: bytes, lengths: bytes) -> _Runs | None:
        """The runs a head holds, or None when they do not describe as many terms."""
        runs = cls(terms, array("q", starts), array("q", lengths))
        if not len(runs.starts) == len(runs.lengths) == len(terms):
            return None
        return runs


class _Letters(dict[str, list[str]]):
    """The linked words by their first or last letters (`heads`, `tails`) as the head
    keeps them: the parts sorted (`_Runs`: where each part's words start in one
    string, and how many characters they take) and the words joined by newlines.

    Grouping looks up the parts of the few words an article holds (`get`,
    `setdefault`); each part's list is made when first looked up. Made whole as
    a table, on a ledger of 20,000 claims, `heads` and `tails` took 3 ms of
    each `add` and `extract` to load. Anything that asks for every part (its
    items, its length, a comparison) makes them all first (`_whole`).
    """

    def __init__(self, parts: list[str], starts: bytes, lengths: bytes, words: str) -> None:
        super().__init__()
        runs = _Runs.read(parts, starts, lengths)
        if runs is None:
            raise ValueError("the parts' columns do not tell as many parts")
        self._runs, self._words = runs, words
        # Parts taken out since loaded, whose words the columns still hold.
        self._gone: set[str] = set()

    def _made(self, part: str) -> list[str] | None:
        """The words of `part`, made of the columns the first time; None if it has none."""
        if dict.__contains__(self, part):
            return dict.__getitem__(self, part)
        run = None if part in self._gone else self._runs.get(part)
        if run is None:
            return None
        start, length = run
        words = self._words[start : start + length].split("\n")
        dict.__setitem__(self, part, words)
        return words

    def _whole(self) -> None:
        """Make every part not made yet, and let the columns go."""
        for part in self._runs:
            self._made(part)
        self._runs, self._words, self._gone = _Runs([], array("q"), array("q")), "", set()

    def __missing__(self, part: str) -> list[str]:
        words = self._made(part)
        if words is None:
            raise KeyError(part)
        return words

    def get(self, part: str, default: Any = None) -> Any:
        words = self._made(part)
        return default if words is None else words

    def setdefault(self, part: str, default: Any = None) -> Any:
        words = self._made(part)
        if words is None:
            words = default
            dict.__setitem__(self, part, words)
        return words

    def __contains__(self, part: object) -> bool:
        return isinstance(part, str) and self._made(part) is not None

    def __delitem__(self, part: str) -> None:
        self.__missing__(part)  # made, so that it is in the table to take out
        dict.__delitem__(self, part)
        self._gone.add(part)

    def __iter__(self) -> Iterator[str]:
        self._whole()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._whole()
        return dict.__len__(self)

    def __eq__(self, other: object) -> bool:
        self._whole()
        if isinstance(other, _Letters):
            other._whole()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        self._whole()
        return dict.__repr__(self)

    def keys(self) -> Any:
        self._whole()
        return dict.keys(self)

    def values(self) -> Any:
        self._whole()
        return dict.values(self)

    def items(self) -> Any:
        self._whole()
        return dict.items(self)


def _letters_written(table: dict[str, list[str]]) -> bytes:
    """A table of words by letters as the head keeps it (`_Letters`)."""
    parts = sorted(item for item in table.items() if item[1])
    starts, lengths, at = array("q"), array("q"), 0
    for _, words in parts:
        length = sum(map(len, words)) + len(words) - 1
        starts.append(at)
        lengths.append(length)
        at += length + 1
    joined = "\n".join("\n".join(words) for _, words in parts)
    names = [part for part, _ in parts]
    return marshal.dumps((names, starts.tobytes(), lengths.tobytes(), joined))


class Store:
    """A claim index as kept: records and postings as bytes, with what changed since."""

    # The linked words: each word's place in the order a build links them, and the
    # words by their first and last letters, each in that order.
    ranks: _Packed[dict[str, Rank]] = _Packed()
    heads: _Packed[dict[str, list[str]]] = _Packed()
    tails: _Packed[dict[str, list[str]]] = _Packed()

    def __init__(self) -> None:
        # The linked words' tables not made yet, as the head's bytes (see `_Packed`).
        self._packed: dict[str, bytes] = {}
        # Whether the stored bytes from `start` to `end` hold their seals (see `loaded`).
        self._holds: Callable[[int, int], bool] | None = None
        # The claims' texts, normalised, as `follow` was last given them.
        self._texts_of: Callable[[Sequence[str]], list[list[Normalised]]] | None = None
        self._following = False
        # The columns a plan walked over them leaves (`_walk_columns`), for `_follow`.
        self._spliced: _Columns | None = None
        self._clear()

    def _clear(self) -> None:
        # The stored claims as loaded, until a run takes one out (`_make_tables`); the
        # tables below then hold every claim, else only those added after them.
        self._columns: _Columns | None = None
        # The new digests of stored claims changed in place (by their place in the
        # columns): their records are made anew, in `_records`.
        self._replaced: dict[int, bytes] = {}
        # Claim id -> (slot, digest of its texts), in ledger order. A claim's first
        # text is in its record, read when asked for (`_Texts`): the head, read whole
        # by every run, holds no text.
        self._slots: dict[str, tuple[int, bytes]] = {}
        self._claim_at: dict[int, str] = {}
        self.count = 0
        self.ranks, self.heads, self.tails = {}, {}, {}
        # As stored, in `_data` (the entries' bytes as read): each term's postings
        # (where they start, how many keys) and each claim's record (start, size).
        self._data = memoryview(b"")
        self._runs = _Runs([], array("q"), array("q"))
        self._places: dict[str, tuple[int, int]] = {}
        # Changed since: postings (empty once a term has none) and records. A common
        # term's postings hold thousands of keys: an array, edited in place, makes
        # no object for each (`_keys`).
        self._postings: dict[str, array[int]] = {}
        self._records: dict[str, Record] = {}

    # --- the claims ----------------------------------------------------------------

    @property
    def slots(self) -> dict[str, tuple[int, bytes]]:
        """Claim id -> (slot, digest of its texts), in ledger order."""
        self._make_tables()
        return self._slots

    @property
    def claim_at(self) -> dict[int, str]:
        """Slot -> claim id."""
        self._make_tables()
        return self._claim_at

    @property
    def _stored(self) -> dict[str, tuple[int, int]]:
        """Claim id -> where its record is in the entries' bytes (start, size)."""
        self._make_tables()
        return self._places

    def _make_tables(self) -> None:
        """Make the tables by claim of the stored claims' columns, the claims added
        after them kept last: once a run takes a stored claim out, or asks for all."""
        columns = self._columns
        if columns is None:
            return
        self._columns = None
        ids = columns.ids
        digests = columns.digest_list()
        for at, digest in self._replaced.items():
            digests[at] = digest
        slots = dict(zip(ids, zip(columns.slots, digests, strict=True), strict=True))
        slots.update(self._slots)
        claim_at = dict(zip(columns.slots, ids, strict=True))
        claim_at.update(self._claim_at)
        places = dict(zip(ids, zip(columns.starts, columns.sizes, strict=True), strict=True))
        for at in self._replaced:
            del places[ids[at]]  # its record is made anew: not stored
        self._replaced = {}
        places.update(self._places)
        self._slots, self._claim_at, self._places = slots, claim_at, places

    def has_claim(self, claim_id: str) -> bool:
        columns = self._columns
        if columns is not None and columns.position(claim_id) is not None:
            return True
        return claim_id in self._slots

    def claim_ids(self) -> list[str]:
        """The claims' ids, in ledger order."""
        columns = self._columns
        return [*columns.ids, *self._slots] if columns is not None else list(self._slots)

    def claim_count(self) -> int:
        columns = self._columns
        return len(self._slots) + (len(columns.ids) if columns is not None else 0)

    def _claim_in(self, slot: int) -> str:
        columns = self._columns
        if columns is not None:
            at = columns.at_slot(slot)
            if at is not None:
                return columns.ids[at]
        return self._claim_at[slot]

    def _stored_place(self, claim_id: str) -> tuple[int, int]:
        columns = self._columns
        if columns is not None:
            at = columns.position(claim_id)
            if at is not None:
                return columns.starts[at], columns.sizes[at]
        return self._places[claim_id]

    def _next_slot(self) -> int:
        columns = self._columns
        last = max(self._claim_at, default=-1)
        if columns is not None:
            last = max(last, max(columns.slots, default=-1))
        return last + 1

    # --- reading ---------------------------------------------------------------

    def record(self, claim_id: str) -> Record:
        found = self._records.get(claim_id)
        if found is None:
            start, size = self._stored_place(claim_id)
            if not self._checked(start, start + size):
                return self.record(claim_id)  # repaired: every record is made
            found = self._records[claim_id] = marshal.loads(self._data[start : start + size])
        return found

    def postings(self, term: str) -> list[int] | None:
        """The keys of the examples holding `term`, in order (a new list); None if none."""
        keys = self._keys(term)
        return keys.tolist() if keys else None

    def _keys(self, term: str) -> array[int] | None:
        """The keys of the examples holding `term`, in order, as an array: those changed
        since (the store's own), or a copy of the stored bytes; None if none stored.

        Following a write takes a few keys out of and puts a few in the postings of
        each term a changed claim holds; made lists of, a common term's took 6 to 10
        ms of a write at 20,000 claims (one int object for each key).
        """
        changed = self._postings.get(term)
        if changed is not None:
            return changed
        run = self._runs.get(term)
        if run is None:
            return None
        start, length = run
        if not self._checked(start, start + 8 * length):
            return self._keys(term)  # repaired: every term's postings are made
        keys = array("q")
        keys.frombytes(self._data[start : start + 8 * length])
        return keys

    def _checked(self, start: int, end: int) -> bool:
        """Whether these stored bytes hold their seals; if not, the store is repaired
        (`_repair`) before this returns, or, while following, `_Damaged` is raised."""
        within = 0 <= start <= end <= len(self._data)
        if within and (self._holds is None or self._holds(start, end)):
            return True
        if self._following:
            raise _Damaged()
        self._repair()
        return False

    def _repair(self) -> None:
        """Make every record and postings list again from the claims' texts, the claims
        in the slots they have: stored bytes that fail their seal are never used.

        Grouping may have been given entries already (each from bytes that held
        their seal): those made again are the same, as the slots are.
        """
        assert self._texts_of is not None
        slots = list(self.slots.items())
        ranks, heads, tails = self.ranks, self.heads, self.tails
        self._clear()
        self._holds = None
        texts = self._texts_of([claim_id for claim_id, _ in slots])
        unused: set[str] = set()
        for (claim_id, (slot, digest)), claim_texts in zip(slots, texts, strict=True):
            self._add(claim_id, slot, digest, claim_texts, unused)
        # The order words were linked in is in the head, which held its seal.
        self.ranks, self.heads, self.tails = ranks, heads, tails

    def has_term(self, term: str) -> bool:
        changed = self._postings.get(term)
        if changed is not None:
            return bool(changed)
        return term in self._runs

    def example(self, key: int) -> tuple[str, tuple[str, ...], int]:
        """The claim, terms and parties of the stored example `key`."""
        claim_id = self._claim_in(_slot_of(key))
        for found, terms, parties in self.record(claim_id)[0]:
            if found == key:
                return claim_id, terms, parties
        raise KeyError(key)

    # --- following the ledger ----------------------------------------------------

    def follow(
        self,
        claims: Sequence[tuple[str, bytes]],
        texts_of: Callable[[Sequence[str]], list[list[Normalised]]],
    ) -> int:
        """Make the store the index of `claims` (id, digest of texts), in this order;
        how many claims it took out and put in (0: nothing changed). `texts_of`
        gives the claims' texts, normalised."""
        self._texts_of = texts_of
        self._following = True
        try:
            return self._follow(claims, texts_of, self._plan(claims))
        except _Damaged:
            return self._follow(claims, texts_of, None)  # stored bytes failed their seal
        finally:
            self._following = False
            self._spliced = None

    def _follow(
        self,
        claims: Sequence[tuple[str, bytes]],
        texts_of: Callable[[Sequence[str]], list[list[Normalised]]],
        plan: _Plan | None,
    ) -> int:
        if plan is None:
            self._clear()
            self._holds = None
            plan = ([], [(claim_id, slot, slot) for slot, (claim_id, _) in enumerate(claims)])
        removed, added = plan
        if not removed and not added:
            return 0
        spliced, self._spliced = self._spliced, None
        if (
            spliced is None
            and self._columns is not None
            and (self._replaced or not set(removed).issubset(map(itemgetter(0), added)))
        ):
            self._make_tables()  # only claims changed in place are followed in the columns
        affected: set[str] = set()
        for claim_id in removed:
            self._remove(claim_id, affected)
        if spliced is not None:
            self._columns = spliced  # every claim put in is then changed in place
        normalised = texts_of([claim_id for claim_id, _, _ in added])
        for (claim_id, slot, place), texts in zip(added, normalised, strict=True):
            self._add(claim_id, slot, claims[place][1], texts, affected)
        ids = list(map(itemgetter(0), claims))
        if self.claim_ids() != ids:  # a claim put in again went last: in the ledger's order
            slots = self.slots
            try:
                self._slots = dict(zip(ids, map(slots.__getitem__, ids), strict=True))
            except KeyError:
                raise _Damaged() from None  # not the index of `claims`: made anew
            if len(self._slots) != len(slots):
                raise _Damaged()
        for word in sorted(affected):
            self._place(word)
        return len(removed) + len(added)

    def _plan(self, claims: Sequence[tuple[str, bytes]]) -> _Plan | None:
        """Claims to take out and claims to put in (`_Plan`); None to build anew."""
        told, plan = self._plan_appended(claims)
        if not told:
            told, plan = self._walk_columns(claims)
        if told:
            return plan
        plan = self._walk(claims)
        if plan is not None and len(plan[0]) + len(plan[1]) > len(claims) // 2 + 16:
            return None  # most of it: building anew is as quick, and keeps slots dense
        return plan

    def _walk(self, claims: Sequence[tuple[str, bytes]]) -> _Plan | None:
        """The plan that makes the stored claims `claims`, walked claim by claim along
        both (`_walk_along`); None when claims are reordered, or one is put between
        two others."""
        slots = self.slots
        old_ids = list(slots)
        stored = list(map(itemgetter(1), slots.values()))
        return _walk_along(
            (old_ids, stored, lambda at: slots[old_ids[at]][0], slots.__contains__),
            claims,
            0,
            max(self.claim_at, default=-1) + 1,
        )

    def _walk_columns(self, claims: Sequence[tuple[str, bytes]]) -> tuple[bool, _Plan | None]:
        """`_plan` over the stored columns when the ledger's claims differ from them in
        one stretch of a few claims (a `merge`, `rename` or `drop`, claims added at
        the end): the runs of ids alike at both ends found in C, their changed
        digests there too (`_Columns.differing_from`), and only the claims between
        walked (`_walk_along`). The tables by claim are not made (12 to 17 ms of
        following such a write at 20,000 claims); the columns as the plan leaves
        them are kept for `_follow` (`_spliced`). First False when the columns are
        not walked so."""
        columns = self._columns
        if columns is None or self._slots or self._replaced:
            return False, None
        old_ids, ids = columns.ids, list(map(itemgetter(0), claims))
        head = _same_run(old_ids, 0, ids, 0)
        limit = min(len(old_ids), len(ids)) - head
        tail = min(_same_run(old_ids[::-1], 0, ids[::-1], 0), limit)
        old_stop, stop = len(old_ids) - tail, len(ids) - tail
        if max(old_stop, stop) - head > _STRETCH_WALKED:
            return False, None
        digests = list(map(itemgetter(1), claims))
        stretch = columns.digest_list(head, old_stop)
        # A claim of the stretch put in that is stored outside it would be one of the
        # runs at the ends again: an id the ledger repeats, found below.
        stored_ids = set(old_ids[head:old_stop])
        middle = _walk_along(
            (
                old_ids[head:old_stop],
                stretch,
                lambda at: columns.slots[head + at],
                stored_ids.__contains__,
            ),
            claims[head:stop],
            head,
            self._next_slot(),
        )
        if middle is None:
            return True, None
        first = columns.differing_from(0, digests[:head])
        last = columns.differing_from(old_stop, digests[stop:])
        removed = [*map(old_ids.__getitem__, first), *middle[0], *map(old_ids.__getitem__, last)]
        added = [
            *((old_ids[at], columns.slots[at], at) for at in first),
            *middle[1],
            *((old_ids[at], columns.slots[at], at - old_stop + stop) for at in last),
        ]
        if len(removed) + len(added) > len(claims) // 2 + 16:
            return True, None  # most of it: building anew (see `_plan`)
        columns.told_at(itertools.chain(first, range(head, old_stop), last))  # those taken out
        spliced = self._stretch_columns(columns, (head, old_stop), ids, claims[head:stop], middle)
        if spliced.repeats():
            return False, None  # an id repeated: walked over the tables, as before
        self._spliced = spliced
        return True, (removed, added)

    @staticmethod
    def _stretch_columns(
        columns: _Columns,
        stretch: tuple[int, int],
        ids: list[str],
        claims: Sequence[tuple[str, bytes]],
        plan: _Plan,
    ) -> _Columns:
        """`columns` with the claims of the stored `stretch` replaced by `claims`, as
        `plan` makes them: a claim kept keeps its slot and record, one put in takes
        the slot the plan gives it (its record is made anew, `_add`). The ids are
        the ledger's own list `ids` (all of them, the runs at the ends alike), so
        that comparing them with the ledger's is a pass over the same objects."""
        start, stop = stretch
        kept = dict(zip(columns.ids[start:stop], range(start, stop), strict=True))
        put_in = {claim_id: slot for claim_id, slot, _ in plan[1]}
        slots, starts, sizes = [], [], []
        for claim_id, _ in claims:
            at = kept.get(claim_id) if claim_id not in put_in else None
            slots.append(put_in[claim_id] if at is None else columns.slots[at])
            starts.append(0 if at is None else columns.starts[at])
            sizes.append(0 if at is None else columns.sizes[at])
        digests = list(map(itemgetter(1), claims))
        return columns.spliced(start, stop, (ids, slots, digests, starts, sizes))

    def _plan_appended(self, claims: Sequence[tuple[str, bytes]]) -> tuple[bool, _Plan | None]:
        """`_plan` when the stored claims are the first of `claims`, in order (a write
        that changes a few claims, or adds some at the end): compared in C, the
        claims whose digests changed and those added found without a pass in
        Python over every claim. First False when the claims are otherwise."""
        old_ids = self.claim_ids()
        ids = list(map(itemgetter(0), claims))
        if len(ids) < len(old_ids) or ids[: len(old_ids)] != old_ids:
            return False, None
        new_ids = ids[len(old_ids) :]
        if not set(new_ids).isdisjoint(old_ids):
            return False, None
        places = self._differing(list(map(itemgetter(1), claims)))
        changed = [old_ids[place] for place in places]
        added = [
            (claim_id, self._slot_of_claim(claim_id), place)
            for claim_id, place in zip(changed, places, strict=True)
        ]
        next_slot, start = self._next_slot(), len(old_ids)
        added += [(claim_id, next_slot + n, start + n) for n, claim_id in enumerate(new_ids)]
        if len(changed) + len(added) > len(claims) // 2 + 16:
            return True, None  # most of it: building anew (see `_plan`)
        return True, (changed, added)

    def _differing(self, digests: list[bytes]) -> list[int]:
        """The positions of the stored claims whose digest is not the one at the same
        place in `digests` (which may go on with claims added after them)."""
        if self._replaced:
            self._make_tables()
        columns = self._columns
        start = 0 if columns is None else len(columns.ids)
        found = [] if columns is None else list(columns.differing(digests[:start]))
        kept = map(itemgetter(1), self._slots.values())
        differ = map(operator.ne, kept, digests[start:])
        found += itertools.compress(itertools.count(start), differ)
        return found

    def _slot_of_claim(self, claim_id: str) -> int:
        columns = self._columns
        if columns is not None:
            at = columns.position(claim_id)
            if at is not None:
                return columns.slots[at]
        return self._slots[claim_id][0]

    def _remove(self, claim_id: str, affected: set[str]) -> None:
        examples = self.record(claim_id)[0]
        for key, terms, _ in examples:
            for term in set(terms):
                found = self._mutable(term)
                del found[bisect.bisect_left(found, key)]
            affected.update(terms)
        self.count -= len(examples)
        self._records.pop(claim_id, None)
        columns = self._columns
        if columns is not None and columns.position(claim_id) is not None:
            return  # changed in place: put in again in its slot (`_add`)
        slot = self.slots.pop(claim_id)[0]
        del self.claim_at[slot]
        self._stored.pop(claim_id, None)

    def _add(
        self,
        claim_id: str,
        slot: int,
        digest: bytes,
        texts: Sequence[Normalised],
        affected: set[str],
    ) -> None:
        # As `ClaimIndex.add` takes each text in turn.
        examples: list[tuple[int, tuple[str, ...], int]] = []
        counts: Counter[str] = Counter()
        members = 0
        actors: set[str] = set()
        for _, words, parties, text_actors in texts:
            actors.update(actor for actor in text_actors if actor != UNKNOWN_ACTORS)
            if not words and not parties:
                continue
            terms = parties + words
            unique = frozenset(terms)
            counts.update(unique)
            members += 1
            if len(examples) >= EXAMPLES_PER_CLAIM:
                continue
            key = _key(slot, len(examples))
            examples.append((key, terms, len(parties)))
            for term in unique:
                bisect.insort(self._mutable(term), key)
            affected.update(terms)
        self.count += len(examples)
        first = texts[0][0] if texts else ""
        self._records[claim_id] = (examples, dict(counts), members, sorted(actors), first)
        columns = self._columns
        at = None if columns is None else columns.position(claim_id)
        if at is not None:
            self._replaced[at] = digest  # changed in place, its slot kept
            return
        # A claim put in after the stored columns', or in the tables once made.
        self._slots[claim_id] = (slot, digest)
        self._claim_at[slot] = claim_id

    def _mutable(self, term: str) -> array[int]:
        found = self._postings.get(term)
        if found is None:
            found = self._postings[term] = self._keys(term) or array("q")
        return found

    def _place(self, word: str) -> None:
        """Place `word` again among the linked words, after its examples changed.

        A word whose place is the one it had stays where it is in the tables by
        letters, which are then left unread (`_Packed`).
        """
        rank, ranks = self._rank(word), self.ranks
        old = ranks.get(word)
        if rank == old:
            return
        if old is not None:
            del ranks[word]
            for table, part in self._tables(word):
                table[part].remove(word)
                if not table[part]:
                    del table[part]
        if rank is None:
            return
        ranks[word] = rank
        for table, part in self._tables(word):
            listed = table.setdefault(part, [])
            listed.insert(bisect.bisect_left(listed, rank, key=ranks.__getitem__), word)

    def _rank(self, word: str) -> Rank | None:
        """Where `word` is in the order a build links words; None if not linked.

        A build links a word (gives it related forms) at the first example
        holding it as any term, if it is one of that example's words there.
        """
        if not _affixable(word):
            return None
        keys = self._keys(word)
        if not keys:
            return None
        _, terms, parties = self.example(keys[0])
        words = terms[parties:]
        if word not in words:
            return None
        return keys[0], words.index(word)

    def _tables(self, word: str) -> tuple[tuple[dict[str, list[str]], str], ...]:
        return ((self.heads, word[:AFFIX_CHARS]), (self.tails, word[-AFFIX_CHARS:]))

    # --- bytes ---------------------------------------------------------------------

    def dump(self) -> bytes:
        """The store as one blob (its head and its entries' bytes), for `load`."""
        head, data = self.save(None)
        assert data is not None
        return struct.pack("<QQ", len(head), len(data)) + head + data

    @classmethod
    def load(cls, blob: bytes | memoryview) -> Store | None:
        """The store in a blob `dump` gave (sealed: only what this program stored), or None."""
        view = memoryview(blob)
        try:
            head_size, data_size = struct.unpack_from("<QQ", view)
        except struct.error:
            return None
        if 16 + head_size + data_size != len(view):
            return None
        return cls.loaded(view[16 : 16 + head_size], view[16 + head_size :])

    def save(self, append: Callable[[bytes], int | None] | None) -> tuple[bytes, bytes | None]:
        """The store's head, and its entries' bytes when they are written afresh (else None).

        The entries' bytes as read (`_data`) are only ever added to: `append`
        adds the bytes of the postings and records changed since to them and
        gives where those start in the bytes as written (None if it cannot).
        Without `append`, or when most of the bytes would be left over, every
        entry's bytes are given afresh, from 0.
        """
        changed = self._postings
        fresh_runs: dict[str, tuple[int, int]] = {}
        fresh_records: dict[str, tuple[int, int]] = {}
        chunks: list[bytes] = []
        at = 0
        for term in sorted(changed):
            keys = changed[term]
            if keys:
                chunks.append(keys.tobytes())
                fresh_runs[term] = (at, len(keys))
                at += 8 * len(keys)
        stored, records = self._stored, self._records
        for claim_id in self.slots:
            if claim_id not in stored:
                chunks.append(marshal.dumps(records[claim_id]))
                fresh_records[claim_id] = (at, len(chunks[-1]))
                at += len(chunks[-1])
        runs = self._runs.replaced(dict.fromkeys(changed))
        kept = {claim_id: stored[claim_id] for claim_id in self.slots if claim_id in stored}
        used = 8 * sum(runs.lengths)
        used += sum(size for _, size in kept.values())
        start = None
        size = len(self._data)  # none when built anew: nothing to append to
        if append is not None and size and size + at <= used + at + (used >> 2) + _SLACK:
            start = append(b"".join(chunks)) if chunks else len(self._data)
        data = None
        holds = self._holds
        if start is None and self._data and holds is not None and not holds(0, len(self._data)):
            self._repair()  # bytes that fail their seal are never sealed anew
            return self.save(None)
        if start is None:
            # Afresh: the entries kept, back to back, then those changed.
            data_chunks: list[bytes | memoryview] = []
            moved = 0
            for place, (begin, length) in enumerate(zip(runs.starts, runs.lengths, strict=True)):
                data_chunks.append(self._data[begin : begin + 8 * length])
                runs.starts[place] = moved
                moved += 8 * length
            for claim_id, (begin, size) in kept.items():
                data_chunks.append(self._data[begin : begin + size])
                kept[claim_id] = (moved, size)
                moved += size
            data = b"".join([*data_chunks, *chunks])
            start = moved
        runs = runs.replaced(
            {term: (start + begin, length) for term, (begin, length) in fresh_runs.items()}
        )
        for claim_id, (begin, size) in fresh_records.items():
            kept[claim_id] = (start + begin, size)
        ids = list(self.slots)
        places = [kept[claim_id] for claim_id in ids]
        columns = _Columns.written(ids, list(self.slots.values()), places)
        tables = map(self._packed_table, ("ranks", "heads", "tails"))
        head = marshal.dumps((_FORMAT, *columns, self.count, *tables, *runs.written()))
        return head, data

    def _packed_table(self, name: str) -> bytes:
        """The bytes of a linked words' table as stored: those read, if never made."""
        packed = self._packed.get(name)
        if packed is not None:
            return packed
        table = getattr(self, name)
        return marshal.dumps(table) if name == "ranks" else _letters_written(table)

    @classmethod
    def loaded(
        cls,
        head_bytes: bytes | memoryview,
        data: bytes | memoryview,
        holds: Callable[[int, int], bool] | None = None,
    ) -> Store | None:
        """The store of this head (sealed) over these entries' bytes, or None.

        `holds(start, end)` says whether those bytes hold their seals, checked
        as each entry is first read (none: all do): a run reads the entries of
        the few claims and terms grouping asks for, not tens of MB. An entry
        that fails has the store made again from the claims' texts.
        """
        view = memoryview(data)
        try:
            head = marshal.loads(head_bytes)
            if head[0] != _FORMAT:
                return None
            count, ranks, heads, tails = head[7:11]
            columns = _Columns.read(head[1:7])
            runs = _Runs.read(*head[11:])
            if columns is None or runs is None:
                return None
            if not all(type(table) is bytes for table in (ranks, heads, tails)):
                return None
            # With seals to check, `holds` checks each run's bounds as it is read.
            for start, length in (
                zip(runs.starts, runs.lengths, strict=True) if holds is None else ()
            ):
                if not 0 <= start <= start + 8 * length <= len(view):
                    return None
        except (ValueError, EOFError, TypeError):
            return None
        store = cls()
        store._data = view
        store._holds = holds
        store._runs = runs
        store.count = count
        store._packed = {"ranks": ranks, "heads": heads, "tails": tails}
        # Each claim's place is checked to lie in the bytes as its record is read.
        store._columns = columns
        return store

    # --- the index -------------------------------------------------------------------

    def index(self, resolver: PartyResolver, *, last: bool = False) -> ClaimIndex:
        """A `ClaimIndex` over this store, its entries made as grouping asks for them.

        Grouping adds to the index's linked words (`heads`, `tails`, `ranks`), so
        it is given copies of the store's. Given `last` (the store neither follows
        nor is saved again: a run's own store, saved already), the index takes the
        store's own: copying every linked word's lists grows with the ledger (3.4
        ms of a write at 20,000 claims) while the write changed one claim.
        """
        index = ClaimIndex(resolver)
        index._examples = _Examples(self)
        index._postings = _Postings(self)
        index._texts = _Texts(self)
        index._by_claim = _ByClaim(self)
        index._profiles = _Profiles(self)
        index._actors = _Actors(self)
        if last:
            index._heads, index._tails, ranks = self.heads, self.tails, self.ranks
        else:
            index._heads = {part: list(words) for part, words in self.heads.items()}
            index._tails = {part: list(words) for part, words in self.tails.items()}
            ranks = dict(self.ranks)
        index._related = _Related(ranks, index._heads, index._tails)
        return index


# Claims between the runs kept in place at both ends that a plan walks over the
# columns (`Store._walk_columns`); more are walked over the tables by claim.
_STRETCH_WALKED = 256


def _walk_along(
    stored: tuple[list[str], list[bytes], Callable[[int], int], Callable[[str], bool]],
    claims: Sequence[tuple[str, bytes]],
    start: int,
    next_slot: int,
) -> _Plan | None:
    """The plan that makes stored claims (their ids, digests, a slot by position
    among them, and whether an id is stored anywhere) `claims`, which stand from
    place `start` on, walked claim by claim along both; None when claims are
    reordered, or one is put between two others.

    A run of claims both hold in the same order (all but the few a rename, a
    drop or a merge touched) is passed over in C, its changed digests found
    there too: following one such write on 20,000 claims walks a few in Python.
    """
    old_ids, old_digests, slot_at, is_stored = stored
    ids = list(map(itemgetter(0), claims))
    digests = list(map(itemgetter(1), claims))
    new_ids = set(ids)
    removed: list[str] = []
    added: list[tuple[str, int, int]] = []
    at = n = 0
    while n < len(ids):
        claim_id = ids[n]
        if at < len(old_ids) and old_ids[at] == claim_id:
            # Kept in place: those whose texts changed are taken out and put in again.
            run = _same_run(old_ids, at, ids, n)
            differ = map(operator.ne, old_digests[at : at + run], digests[n : n + run])
            for offset in itertools.compress(itertools.count(), differ):
                removed.append(old_ids[at + offset])
                added.append((old_ids[at + offset], slot_at(at + offset), start + n + offset))
            at += run
            n += run
            continue
        # Stored claims the ledger no longer has: dropped, merged away, renamed.
        while at < len(old_ids) and old_ids[at] not in new_ids:
            removed.append(old_ids[at])
            at += 1
            if not is_stored(claim_id):
                added.append((claim_id, slot_at(at - 1), start + n))  # in its place
                break
        else:
            if at < len(old_ids) and old_ids[at] == claim_id:
                continue  # a run kept in place starts here
            if at == len(old_ids) and not is_stored(claim_id):
                added.append((claim_id, next_slot, start + n))
                next_slot += 1
            else:
                return None  # claims reordered, or one put between two others
        n += 1
    removed += old_ids[at:]
    return removed, added


def _same_run(first: list[str], at: int, second: list[str], start: int) -> int:
    """How many items `first` from `at` and `second` from `start` hold alike, one for
    one: compared in C, a stretch twice as long as the last at a time, so that
    finding a run costs about its length."""
    limit = min(len(first) - at, len(second) - start)
    length, step = 0, 16
    while length < limit:
        stop = min(length + step, limit)
        differ = map(
            operator.ne, first[at + length : at + stop], second[start + length : start + stop]
        )
        found = next(itertools.compress(itertools.count(length), differ), None)
        if found is not None:
            return found
        length, step = stop, step * 2
    return limit


class _Damaged(Exception):
    """Stored bytes failed their seal while the store followed the ledger."""


class _Examples(list[_Example]):
    """Examples by number: stored ones by key (below zero), then those added in the run."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._made: dict[int, _Example] = {}

    def __len__(self) -> int:
        return self._store.count + super().__len__()

    def __getitem__(self, number: int) -> _Example:  # type: ignore[override]
        if number >= 0:
            return super().__getitem__(number - self._store.count)
        found = self._made.get(number)
        if found is None:
            claim_id, terms, _ = self._store.example(number)
            found = self._made[number] = _Example(claim_id, frozenset(terms), " ".join(terms))
        return found


class _Lazy(dict[str, Any]):
    """A mapping whose entries for stored claims or terms are made when first asked for."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store

    def _make(self, key: str) -> Any:
        raise NotImplementedError

    def __missing__(self, key: str) -> Any:
        found = self._make(key)
        if found is None:
            raise KeyError(key)
        self[key] = found
        return found

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (isinstance(key, str) and self.get(key) is not None)


class _Postings(_Lazy):
    def _make(self, key: str) -> list[int] | None:
        return self._store.postings(key)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (isinstance(key, str) and self._store.has_term(key))


class _ByClaim(_Lazy):
    def _make(self, key: str) -> list[int] | None:
        if not self._store.has_claim(key):
            return None
        examples, _, members, _, _ = self._store.record(key)
        return [number for number, _, _ in examples] if members else None


class _Profiles(_Lazy):
    def _make(self, key: str) -> _Profile | None:
        if not self._store.has_claim(key):
            return None
        _, counts, members, _, _ = self._store.record(key)
        return _Profile(Counter(counts), members)


class _Actors(_Lazy):
    def _make(self, key: str) -> set[str] | None:
        if not self._store.has_claim(key):
            return None
        return set(self._store.record(key)[3])


class _Texts(MutableMapping[str, str]):
    """Each claim's first text (its claim text) by its id, in the index's order: a
    stored claim's read from its record when asked for (grouping asks the texts of
    the few claims it ranks), a claim added in the run kept here."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._added: dict[str, str] = {}

    def __getitem__(self, claim_id: str) -> str:
        found = self._added.get(claim_id)
        if found is not None:
            return found
        if not self._store.has_claim(claim_id):
            raise KeyError(claim_id)
        return self._store.record(claim_id)[4]

    def __setitem__(self, claim_id: str, text: str) -> None:
        if self._store.has_claim(claim_id):
            raise TypeError("a stored claim's text is its record's")
        self._added[claim_id] = text

    def __delitem__(self, claim_id: str) -> None:
        raise TypeError("claims are never taken out of an index")

    def __contains__(self, claim_id: object) -> bool:
        if isinstance(claim_id, str) and self._store.has_claim(claim_id):
            return True
        return claim_id in self._added

    def __iter__(self) -> Iterator[str]:
        return itertools.chain(self._store.claim_ids(), self._added)

    def __len__(self) -> int:
        return self._store.claim_count() + len(self._added)


class _Related(dict[str, list[str]]):
    """Each linked word's related forms, worked out when first asked for from the
    order words were linked in (`ranks`), as a build would have them by then."""

    def __init__(
        self, ranks: dict[str, Rank], heads: dict[str, list[str]], tails: dict[str, list[str]]
    ) -> None:
        super().__init__()
        self._ranks = ranks
        self._heads = heads
        self._tails = tails
        self._linked = itertools.count()

    def __setitem__(self, word: str, related: list[str]) -> None:
        # A word linked during the run: after every word linked before it.
        if word not in self._ranks:
            self._ranks[word] = (next(self._linked), 0)
        super().__setitem__(word, related)

    def __missing__(self, word: str) -> list[str]:
        if word not in self._ranks:
            raise KeyError(word)
        found = self._worked_out(word)
        dict.__setitem__(self, word, found)
        return found

    def get(self, word: str, default: Any = None) -> Any:
        try:
            return self[word]
        except KeyError:
            return default

    def __contains__(self, word: object) -> bool:
        return word in self._ranks

    def _near(self, word: str) -> Iterable[str]:
        return dict.fromkeys(
            itertools.chain(
                self._heads.get(word[:AFFIX_CHARS], ()), self._tails.get(word[-AFFIX_CHARS:], ())
            )
        )

    def _linked_before(self, word: str) -> list[str]:
        """What `ClaimIndex._affixed` gave `word` when it was linked."""
        rank, ranks = self._ranks[word], self._ranks
        near = self._near(word)
        found = [other for other in near if ranks[other] < rank and _related(word, other)]
        found.sort(key=lambda other: abs(len(other) - len(word)))
        return found[:RELATED_KEPT]

    def _worked_out(self, word: str) -> list[str]:
        # Its related forms when linked, then each word linked later that took it
        # among its own, while there was room (`ClaimIndex._link`).
        found = self._linked_before(word)
        rank, ranks = self._ranks[word], self._ranks
        later = [other for other in self._near(word) if ranks[other] > rank]
        for other in sorted(later, key=ranks.__getitem__):
            if len(found) >= RELATED_KEPT:
                break
            if _related(word, other) and word in self._linked_before(other):
                found.append(other)
        return found


def index_state(index: ClaimIndex) -> dict[str, Any]:
    """Everything an index holds that a score may depend on, every entry made,
    examples by their order rather than their numbers: two indexes that give
    equal states score every text alike."""
    numbers = sorted(
        itertools.chain.from_iterable(index._postings[t] for t in _terms(index)),
    )
    numbers = sorted(set(numbers).union(*(index._by_claim[c] for c in _claims(index, "_by_claim"))))
    order = {number: n for n, number in enumerate(numbers)}
    claims = list(index._texts)
    with_examples = _claims(index, "_by_claim")
    return {
        "examples": [vars(index._examples[number]) for number in numbers],
        "size": len(index._examples),
        "postings": {t: [order[n] for n in index._postings[t]] for t in _terms(index)},
        "texts": dict(index._texts),
        "by_claim": {c: [order[n] for n in index._by_claim[c]] for c in with_examples},
        "profiles": {c: vars(index._profiles[c]) for c in claims if c in index._profiles},
        "actors": {c: index._actors[c] for c in claims if c in index._actors},
        "heads": index._heads,
        "tails": index._tails,
        "related": {w: index._related[w] for w in _words(index)},
        "lead_claims": index.lead_claims,
        "started": index.started,
    }


def _terms(index: ClaimIndex) -> list[str]:
    postings = index._postings
    found = set(dict.keys(postings))
    if isinstance(postings, _Postings):
        found.update(postings._store._runs, postings._store._postings)
    return sorted(t for t in found if postings.get(t))


def _claims(index: ClaimIndex, name: str) -> list[str]:
    return [c for c in index._texts if c in getattr(index, name)]


def _words(index: ClaimIndex) -> list[str]:
    related = index._related
    if isinstance(related, _Related):
        return sorted(related._ranks)
    return sorted(related)
