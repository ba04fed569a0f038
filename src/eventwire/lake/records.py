"""Typed records back from their JSON form (``record_dict``), for loading the lake."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any) -> T:
    """The dataclass ``cls`` from ``record_dict(obj)``: nested records, tuples and optional
    values by the fields' type hints; keys the class does not know are an error."""
    return _convert(cls, data)  # type: ignore[no-any-return]


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_convert(item, v) for v in value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = _hints(hint)
        unknown = set(value) - set(hints)
        if unknown:
            raise ValueError(f"{hint.__name__} has no field {sorted(unknown)[0]!r}")
        return hint(**{k: _convert(hints[k], v) for k, v in value.items()})
    if hint is float and isinstance(value, int):
        return float(value)
    return value
