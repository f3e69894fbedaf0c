"""Regular expressions compiled when first used, not when their module loads.

The extraction, stance and grouping rules hold hundreds of patterns at module
level; compiling them all is about a twentieth of a second at every start,
though a command that reads one text (`add`, `match`) uses a fraction of them.
A module imports this in place of `re` (`from claimtrack import _lazyre as
re`): `compile` gives a pattern that compiles itself on its first use and from
then on hands each call straight to the compiled pattern's own methods. The
module's functions (`re.sub`, `re.search`, ...) take such a pattern as they
take a compiled one. Everything else is `re`'s own.

Patterns made as a text is read (one for each description an article uses)
are compiled through one cache far larger than `re`'s own (512 patterns, which
the module-level patterns alone fill): an article's patterns recur in the
articles after it, and compiling one costs more than reading a sentence.
"""

from __future__ import annotations

import functools
import re
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    purge,
)
from typing import TYPE_CHECKING, Any, cast

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "NOFLAG",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "purge",
    "search",
    "split",
    "sub",
    "subn",
]


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """`re.compile`, kept for every pattern a run makes (see the module's docstring)."""
    return re.compile(pattern, flags)


# The compiled pattern's methods a lazy one hands its calls to once compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    """A pattern compiled on first use; from then on its methods are the compiled one's."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None
        self._hash: int | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            self._compiled = _compiled(self._source, self._flags)
            # Found before the class's methods: later calls go straight to the pattern.
            for name in _METHODS:
                self.__dict__[name] = getattr(self._compiled, name)
        return self._compiled

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    @property
    def pattern(self) -> str | bytes:
        return self._source

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Lazy):
            return (self._source, self._flags) == (other._source, other._flags)
        return isinstance(other, re.Pattern) and self.compiled() == other

    def __hash__(self) -> int:
        # As the compiled pattern's, which it equals. Hashing a pattern hashes all
        # its compiled code, and a pattern keys caches looked up for every text
        # read (`stance._fold`): worked out once, as the pattern never changes.
        if self._hash is None:
            self._hash = hash(self.compiled())
        return self._hash

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self._source, self._flags))


if TYPE_CHECKING:  # to a type checker, `re`'s own
    from re import compile, findall, finditer, fullmatch, match, search, split, sub, subn
else:

    def compile(pattern: Any, flags: int = 0) -> re.Pattern[str]:
        """`re.compile`, compiled when first used."""
        if isinstance(pattern, _Lazy):
            pattern = pattern.compiled()
        if isinstance(pattern, re.Pattern):
            return re.compile(pattern, flags)
        return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))

    def _real(pattern: Any, flags: int) -> Any:
        # A pattern written as a string (most calls: `re.sub(r"...", ...)` in a
        # rule) goes straight to the cache, which takes a flag as the number it
        # equals.
        if pattern.__class__ is str:
            return _compiled(pattern, flags)
        if isinstance(pattern, str | bytes):
            return _compiled(pattern, int(flags))
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern.compiled() if isinstance(pattern, _Lazy) else pattern

    def search(pattern: Any, string: Any, flags: int = 0) -> Any:
        return _real(pattern, flags).search(string)

    def match(pattern: Any, string: Any, flags: int = 0) -> Any:
        return _real(pattern, flags).match(string)

    def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Any:
        return _real(pattern, flags).fullmatch(string)

    def finditer(pattern: Any, string: Any, flags: int = 0) -> Any:
        return _real(pattern, flags).finditer(string)

    def findall(pattern: Any, string: Any, flags: int = 0) -> Any:
        return _real(pattern, flags).findall(string)

    def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> Any:
        return _real(pattern, flags).split(string, maxsplit)

    def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
        return _real(pattern, flags).sub(repl, string, count)

    def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
        return _real(pattern, flags).subn(repl, string, count)
