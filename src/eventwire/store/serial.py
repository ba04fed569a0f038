"""Records as the store's JSON text, fast and byte for byte as the standard library writes it.

The store keeps each record as ``json.dumps(record_dict(record), ensure_ascii=False,
separators=(",", ":"))``. Writing tens of records per article that way walks every record in
Python twice (record_dict, then the encoder). :func:`record_json` gives the same bytes from
orjson, which serialises the frozen dataclasses directly in one C pass, and falls back to the
standard library wherever the two could differ:

- floats Python writes in exponent form (magnitude below 1e-4 or from 1e16) or as ``NaN`` /
  ``Infinity`` (orjson writes ``0.00001``, ``1e16``, ``null``): every field typed float or int
  (by the records' type hints) is checked, a float in an int field also goes the standard
  way (mypy keeps the other fields to their types: str, bool, records);
- records with attributes beyond their fields (orjson would write them too);
- anything orjson refuses (integers beyond 64 bits, keys that are not strings, types it does
  not know): its TypeError.

tests/test_store_serial.py compares both ways over the demo corpus and the edge cases above.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from typing import Any

import orjson

from eventwire.models import record_dict

_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME


def standard_json(value: Any) -> str:
    """The reference: the standard library's text of ``record_dict(value)``."""
    return json.dumps(record_dict(value), ensure_ascii=False, separators=(",", ":"))


def record_json(value: Any) -> str:
    """:func:`standard_json`'s exact text, mostly from orjson."""
    out = fast_bytes(value)
    return standard_json(value) if out is None else out.decode()


def fast_bytes(value: Any) -> bytes | None:
    """orjson's UTF-8 text of the record when it is :func:`standard_json`'s, else None."""
    if not _plain_floats(value):
        return None
    try:
        out = orjson.dumps(value, default=_refuse, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError: big integers, non-str keys, unknown types
        return None
    return out


def plain_json(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` for plain data (dicts,
    lists, str, int, float, bool, None), e.g. parts of a record :func:`fast_bytes` wrote."""
    if _plain_floats(data):
        try:
            return orjson.dumps(data, default=_refuse, option=_OPTIONS).decode()
        except TypeError:
            pass
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _refuse(value: Any) -> Any:
    raise TypeError(f"not serialised by orjson here: {type(value).__name__}")


def _float_ok(v: Any) -> bool:
    return type(v) is not float or (math.isfinite(v) and (v == 0.0 or 1e-4 <= abs(v) < 1e16))


def _plain_floats(value: Any) -> bool:
    kind: type = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return _float_ok(value)
    if kind is list or kind is tuple:
        return all(_plain_floats(v) for v in value)
    plan = _PLANS[kind] if kind in _PLANS else _plan(kind)
    if plan is None:  # not a record: a str, int, None, dict...
        if kind is dict:
            return all(_plain_floats(v) for v in value.values())
        return not dataclasses.is_dataclass(value)
    size, fields = plan
    if len(value.__dict__) != size:  # attributes beyond its fields: orjson would write them
        return False
    for name, how in fields:
        v = getattr(value, name)
        if v is None:
            continue
        if how == "float":
            if not _float_ok(v):
                return False
        elif how == "int":
            if type(v) is float:
                return False
        elif not _plain_floats(v):
            return False
    return True


_PLANS: dict[type, tuple[int, tuple[tuple[str, str], ...]] | None] = {}


def _plan(cls: type) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """For record class ``cls``: its number of fields, and the fields that can hold a float
    ("float") or a record or untyped value ("walk"); None when ``cls`` is no record (or one
    with ``__slots__``, which orjson writes its own way)."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__slots__"):
        _PLANS[cls] = None
        return None
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        how = _how(hints.get(f.name, Any))
        if how is not None:
            out.append((f.name, how))
    _PLANS[cls] = plan = (len(dataclasses.fields(cls)), tuple(out))
    return plan


def _how(hint: Any) -> str | None:
    if hint is float:
        return "float"
    if hint is int:
        return "int"
    if hint in (str, bool, type(None)):
        return None
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return None
    if origin in (typing.Union, types.UnionType):
        kinds = {_how(a) for a in typing.get_args(hint)} - {None}
        return kinds.pop() if len(kinds) == 1 else ("walk" if kinds else None)
    if origin is tuple or origin is list:
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return "walk" if any(_how(a) is not None for a in args) else None
    return "walk"  # a record (its own fields are checked), Any, dict, unknown
