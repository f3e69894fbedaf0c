"""The bytes a splice made, held as the pieces they join.

A write of a big ledger changes a few spans of 50 MB of bytes. Joining the new
bytes into one object copies the 50 MB into memory the process has not used
before (about 20 ms of CPU, most of it the pages faulted in), and only to write
them to a file and read back the few parts a write checks. `Spliced` keeps the
new bytes as the stretches of the old bytes they copy and the new pieces put
between them: the file is written from them piece by piece, the content key
(`cache.digest_of`) is worked out from what they copy, and the parts a write
reads back are joined alone. Whatever asks for the whole bytes gets them joined
once (`joined`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator


class Spliced:
    """Bytes made of stretches of `text` and new pieces, in order; sliced, counted,
    compared and looked into as those bytes would be, without joining them.

    `copies` are the stretches of `text` the bytes copy: where in the bytes made,
    where in `text`, how many bytes (the content key is worked out from them).
    """

    __slots__ = ("_joined", "_pieces", "_size", "_starts", "copies", "text")

    def __init__(self, text: bytes, pieces: list[tuple[int, int] | bytes]) -> None:
        self.text = text
        # Each piece: a stretch of `text` (from, to) or new bytes; empty ones left out.
        self._pieces: list[tuple[int, int] | bytes] = []
        self._starts: list[int] = []
        self.copies: list[tuple[int, int, int]] = []
        made = 0
        for piece in pieces:
            size = piece[1] - piece[0] if isinstance(piece, tuple) else len(piece)
            if isinstance(piece, tuple):
                self.copies.append((made, piece[0], size))
            if size:
                self._pieces.append(piece)
                self._starts.append(made)
            made += size
        self._size = made
        self._joined: bytes | None = None

    def __len__(self) -> int:
        return self._size

    def views(self) -> Iterator[memoryview | bytes]:
        """The pieces in order: views of `text` for what is copied, new bytes as given."""
        whole = memoryview(self.text)
        for piece in self._pieces:
            yield whole[piece[0] : piece[1]] if isinstance(piece, tuple) else piece

    def joined(self) -> bytes:
        """The bytes, joined (once): for whatever needs them whole."""
        if self._joined is None:
            self._joined = b"".join(self.views())
        return self._joined

    def _spans(self, start: int, stop: int) -> Iterator[tuple[bytes, int, int]]:
        """The pieces' bytes holding `start` to `stop` of the bytes made, each as the
        bytes it is in (`text` or a new piece) and where in them, in order."""
        n = max(0, bisect.bisect_right(self._starts, start) - 1)
        while n < len(self._pieces) and self._starts[n] < stop:
            piece, at = self._pieces[n], self._starts[n]
            base, low = (self.text, piece[0]) if isinstance(piece, tuple) else (piece, 0)
            size = piece[1] - piece[0] if isinstance(piece, tuple) else len(piece)
            yield base, low + max(0, start - at), low + min(size, stop - at)
            n += 1

    def __getitem__(self, span: slice) -> bytes:
        """The bytes from `span.start` to `span.stop` (no step), joined from the pieces
        holding them."""
        start, stop, step = span.indices(self._size)
        if step != 1:
            raise ValueError("a stretch of spliced bytes has no step")
        if self._joined is not None:
            return self._joined[start:stop]
        return b"".join(memoryview(base)[low:high] for base, low, high in self._spans(start, stop))

    def count(self, byte: bytes, start: int = 0, stop: int | None = None) -> int:
        """How many times `byte` (one byte: never across two pieces) is in the bytes
        from `start` to `stop`."""
        if len(byte) != 1:
            raise ValueError("only a single byte is counted in spliced bytes")
        start, stop, _ = slice(start, stop).indices(self._size)
        return sum(base.count(byte, low, high) for base, low, high in self._spans(start, stop))

    def __contains__(self, byte: bytes) -> bool:
        return self.count(byte) > 0

    def startswith(self, prefix: bytes) -> bool:
        return self[: len(prefix)] == prefix

    def __eq__(self, other: object) -> bool:
        """Equal to bytes (or spliced bytes) of the same bytes, compared piece by piece."""
        if isinstance(other, Spliced):
            other = other.joined()
        if not isinstance(other, bytes):
            return NotImplemented
        if len(other) != self._size:
            return False
        return all(
            other.startswith(view, at) for view, at in zip(self.views(), self._starts, strict=True)
        )

    __hash__ = None  # type: ignore[assignment]
