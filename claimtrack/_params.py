"""Convert command-line values without pydantic, so a run starts quickly.

Recent typer converts every parameter through a pydantic `TypeAdapter`:
importing pydantic and building the adapters takes about a tenth of a second
on each run, as long as reading a large ledger from the cache. The parameters
of claimtrack are simple (texts, paths, flags, choices), so `convert_plainly`
gives each one a converter that takes the values that are valid as they stand
-- text, a list of texts, an enum's exact value, a path -- to what typer would make of them,
through typer's own checks, and hands any other value (a misspelt choice, say)
to typer's usual conversion, which then builds its adapter and words the
error as always. On a typer without these internals it changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args, get_origin

# Marks a value left to typer's own conversion.
_LEFT = object()


def convert_plainly(command: Any) -> None:
    """Give every parameter of `command` and its subcommands a plain converter.

    Only when typer has every internal name the converters use, checked here
    once: a typer that renamed one keeps its own conversion (slower to
    start, never broken) instead of failing on the first value.
    """
    if not _typer_internals():
        return
    for each in _commands(command):
        for param in each.params:
            _convert_plainly(param)
        _convert_help_option(each)


def _typer_internals() -> bool:
    """True when typer has the private functions and attributes the converters rely on."""
    try:
        from typer._coercion import build_runtime_param
        from typer._param_types import coerce_cli_path
        from typer.models import ParameterInfo
    except ImportError:
        return False
    fields = ("parser", "resolve_path", "path_type", "case_sensitive")
    return (
        callable(build_runtime_param)
        and callable(coerce_cli_path)
        and all(hasattr(ParameterInfo(), name) for name in fields)
    )


def _commands(command: Any) -> Iterator[Any]:
    yield command
    for subcommand in getattr(command, "commands", {}).values():
        yield from _commands(subcommand)


def _convert_plainly(param: Any) -> None:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and getattr(param, "_runtime_param", _LEFT) is None:
        param._runtime_param = _PlainConverter(descriptor)


def _convert_help_option(command: Any) -> None:
    # The help option is made when a command is parsed, not with the command.
    make_help_option = getattr(command, "get_help_option", None)
    if make_help_option is None:
        return

    def get_help_option(ctx: Any) -> Any:
        option = make_help_option(ctx)
        if option is not None:
            _convert_plainly(option)
        return option

    command.get_help_option = get_help_option


_PYDANTIC_PREFIX = "Value error, "


class _PlainConverter:
    """Converts the values that need no pydantic; typer's converter does the rest."""

    def __init__(self, descriptor: Any) -> None:
        self._descriptor = descriptor
        self._fallback: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        converted = self._convert(value, param, ctx)
        if converted is not _LEFT:
            return converted
        if self._fallback is None:
            from typer._coercion import build_runtime_param

            self._fallback = build_runtime_param(self._descriptor)
        try:
            return self._fallback.coerce(value, param=param, ctx=ctx)
        except Exception as error:
            # pydantic's "Value error, " shows through typer's messages
            # ("Value error, 'xml' is not one of ..."); the rest reads well.
            message = getattr(error, "message", None)
            if isinstance(message, str) and message.startswith(_PYDANTIC_PREFIX):
                error.message = message[len(_PYDANTIC_PREFIX) :]  # type: ignore[attr-defined]
            raise

    def _convert(self, value: Any, param: Any, ctx: Any) -> Any:
        descriptor = self._descriptor
        kind = descriptor.annotation
        if descriptor.file_annotation is not None:
            return _LEFT
        if param.multiple or param.nargs != 1:
            if get_origin(kind) is list and get_args(kind) == (Path,):
                return _paths(value, descriptor.parameter_info, param, ctx)
            return _texts(kind, value, param)
        if value is None:
            return None
        if kind is str and type(value) is str:
            return value
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return _choice(kind, value, descriptor.parameter_info, ctx)
        if kind is Path and descriptor.parameter_info.path_type is None:
            return _path(value, descriptor.parameter_info, param, ctx)
        if kind is int:
            return _whole(value, descriptor.parameter_info)
        return _LEFT


def _texts(kind: Any, value: Any, param: Any) -> Any:
    """Several texts (`merge`'s claims) as typer gives them: a list, or () for none."""
    if get_origin(kind) is not list or get_args(kind) != (str,):
        return _LEFT
    if not (param.multiple or param.nargs == -1):
        return _LEFT
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)) or any(type(item) is not str for item in value):
        return _LEFT
    return list(value)


def _paths(value: Any, info: Any, param: Any, ctx: Any) -> Any:
    """Several paths (`extract`'s articles) as typer gives them: a list, or () for none."""
    if not (param.multiple or param.nargs == -1) or info.path_type is not None:
        return _LEFT
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        return _LEFT
    paths = [_path(item, info, param, ctx) for item in value]
    return _LEFT if any(path is _LEFT for path in paths) else paths


def _whole(value: Any, info: Any) -> Any:
    """A whole number (`--jobs`, `--top`) written in plain digits, within its bounds."""
    if type(value) is str and value.isascii() and value.isdigit():
        value = int(value)
    if type(value) is not int or getattr(info, "parser", None) is not None:
        return _LEFT
    low: Any = getattr(info, "min", _LEFT)
    high: Any = getattr(info, "max", _LEFT)
    if low is _LEFT or high is _LEFT:
        return _LEFT
    if (low is not None and value < low) or (high is not None and value > high):
        return _LEFT  # typer words the error (or clamps)
    return value


def _choice(kind: type[enum.Enum], value: Any, info: Any, ctx: Any) -> Any:
    if isinstance(value, kind):
        return value
    if type(value) is not str or not info.case_sensitive:
        return _LEFT
    if getattr(ctx, "token_normalize_func", None) is not None:
        return _LEFT
    return next((member for member in kind if str(member.value) == value), _LEFT)


def _path(value: Any, info: Any, param: Any, ctx: Any) -> Any:
    if info.parser is not None or info.resolve_path:
        return _LEFT
    if type(value) is str:
        path = Path(value)
        # Typer's messages quote the value as given; keep to values a Path spells alike.
        if not value or str(path) != value:
            return _LEFT
        value = path
    if not isinstance(value, Path):
        return _LEFT
    from typer._param_types import coerce_cli_path

    return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)


def name_plainly(command: Any) -> None:
    """Name every value in `command`'s help as a word, never as a Python type.

    Typer shows a parameter's annotation ("paths... <list[Path]>", "--party
    <str>", "{claim}"); the help reads instead as command-line tools' help
    does: "PATH...", "--party PARTY", "CLAIM", "[PATH]...". An option with
    choices keeps them ("--format <table|json|...>").
    """
    for each in _commands(command):
        for param in each.params:
            if getattr(param, "param_type_name", None) == "argument":
                _name_argument(param)
            elif not getattr(param, "is_flag", True) and not getattr(param, "count", True):
                _name_option(param)


def _name_argument(param: Any) -> None:
    word = param.metavar or (param.name or "value").upper()
    if param.nargs != 1 and not word.endswith("..."):
        word += "..."
    param.metavar = word
    usage = word if param.required else f"[{word}]"
    param.display_type_rich = lambda ctx: None
    param.get_usage_pieces = lambda ctx: [usage]


def _name_option(param: Any) -> None:
    descriptor = getattr(param, "type_descriptor", None)
    if param.metavar is not None or (descriptor is not None and descriptor.is_choice):
        return
    param.metavar = (param.name or "value").upper()
