"""One error hierarchy; the CLI maps each error to its exit code in one place.

An error's docstring is its default message, written for the user: what went
wrong and what to do next.
"""

from __future__ import annotations

import enum

from claimtrack.model import Problem


class ExitCode(enum.IntEnum):
    """Process exit codes, as SPEC.md fixes them."""

    OK = 0
    PROBLEMS = 1
    USAGE = 2
    NOT_FOUND = 3
    # Ctrl-C: 128 + SIGINT, as shells report a run the user interrupted.
    INTERRUPTED = 130


class ClaimtrackError(Exception):
    """claimtrack failed."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or " ".join((self.__doc__ or "").split()))


class UsageError(ClaimtrackError):
    """The command line is not valid; see --help."""

    exit_code = ExitCode.USAGE


class Interrupted(ClaimtrackError):
    """Interrupted."""

    exit_code = ExitCode.INTERRUPTED


class NotFoundError(ClaimtrackError):
    """Nothing matches."""

    exit_code = ExitCode.NOT_FOUND


class LedgerMissing(ClaimtrackError):
    """No ledger here.

    Run `claimtrack init` to create one, or point --ledger / CLAIMTRACK_LEDGER at it.
    """


class LedgerInvalid(ClaimtrackError):
    """The ledger has problems; fix them (see `claimtrack check`). It was not changed."""

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        super().__init__(message)
        self.problems = problems


class SourceError(ClaimtrackError):
    """A source could not be read."""


class OutputClosed(ClaimtrackError):
    """The program reading the output stopped reading; nothing more to print."""

    exit_code = ExitCode.OK
