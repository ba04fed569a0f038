"""Events stored once: the indexed columns of the events row plus a compact remainder.

An event's JSON (:func:`eventwire.models.record_dict`) is split on write into the values the
events row holds as columns (id, type, CAMEO code, QuadClass, Goldstein score, negation,
modality, evidence offsets and trigger, place name and country) and ``rest``: the JSON of
everything else, without the column-held values and without fields equal to their defaults
(at every level: ``"mode":null``, ``"mentions":[]``, ``"confidence":1.0``, ``"code":null`` in
actor refs...). :func:`event_record` puts both back together in the model's field order, so
the result is exactly ``record_dict(event)`` (same keys, order, values and types): `show`,
`events`, exports and the API print the same bytes as when the whole JSON was stored.

A value is taken out of ``rest`` only when its column gives it back exactly (an ``int``
Goldstein score where a ``float`` is declared stays in ``rest``, which wins on read), so the
round trip never depends on SQLite's type affinity.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

import orjson

from eventwire.models import Event, record_dict
from eventwire.store import serial

# (column, path in the record, the Python type the column gives back)
EVENT_COLUMNS: tuple[tuple[str, tuple[str, ...], type], ...] = (
    ("id", ("id",), str),
    ("plover", ("plover",), str),
    ("cameo", ("cameo",), str),
    ("quad_class", ("quad_class",), int),
    ("goldstein", ("goldstein",), float),
    ("negated", ("negated",), bool),
    ("modality", ("modality",), str),
    ("sentence_start", ("evidence", "sentence", "start"), int),
    ("sentence_end", ("evidence", "sentence", "end"), int),
    ("trigger_start", ("evidence", "trigger", "start"), int),
    ("trigger_end", ("evidence", "trigger", "end"), int),
    ("trigger_text", ("evidence", "trigger", "text"), str),
    ("place_name", ("place", "name"), str),
    ("place_country", ("place", "country"), str),
)
# the columns to select from events ``e`` for :func:`event_record`
EVENT_RECORD_SQL = "e.rest, " + ", ".join(f"e.{c}" for c, _, _ in EVENT_COLUMNS)
_MISSING = object()


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@cache
def _fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """(name, type hint, default as record_dict gives it or _MISSING) per field, in order."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            default: Any = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = _MISSING
        if isinstance(default, tuple):
            default = list(default)
        out.append((f.name, hints[f.name], default))
    return tuple(out)


@cache
def _names(cls: type) -> frozenset[str]:
    return frozenset(name for name, _, _ in _fields(cls))


@cache
def _record_type(hint: Any) -> tuple[type | None, bool]:
    """(the record class inside an optional or tuple hint, whether it is a tuple of them)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _record_type(args[0]) if len(args) == 1 else (None, False)
    if origin is tuple:
        inner, _ = _record_type(typing.get_args(hint)[0])
        return inner, True
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return hint, False
    return None, False


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _strip(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without fields equal to their defaults, recursively."""
    out = {}
    for name, hint, default in _fields(cls):
        if name not in data:
            continue
        value = data[name]
        if default is not _MISSING and _same(value, default):
            continue
        inner, many = _record_type(hint)
        if inner is not None and value is not None:
            value = [_strip(inner, v) for v in value] if many else _strip(inner, value)
        out[name] = value
    known = _names(cls)
    for name in data:  # keys the model does not know are kept as they are
        if name not in out and name not in known:
            out[name] = data[name]
    return out


def _complete(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every field of ``cls`` in declaration order, defaults filled in."""
    out = {}
    for name, hint, default in _fields(cls):
        if name in data:
            value = data[name]
            inner, many = _record_type(hint)
            if inner is not None and value is not None:
                value = [_complete(inner, v) for v in value] if many else _complete(inner, value)
            out[name] = value
        else:
            out[name] = None if default is _MISSING else (
                list(default) if isinstance(default, list) else default)
    return out


def split_event(data: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    """A record_dict'ed event as (its column values in :data:`EVENT_COLUMNS` order, rest)."""
    return _split_copy(json.loads(dumps(data)), dumps)  # a deep copy to cut from


def split_record(event: Event) -> tuple[tuple[Any, ...], str]:
    """``split_event(record_dict(event))``, serialised by orjson where that gives the same
    bytes (:mod:`eventwire.store.serial`)."""
    text = serial.fast_bytes(event)
    if text is None:
        return split_event(record_dict(event))
    return _split_copy(orjson.loads(text), serial.plain_json)


def _split_copy(rest: dict[str, Any], write: Any) -> tuple[tuple[Any, ...], str]:
    values = []
    for _column, path, kind in EVENT_COLUMNS:
        parent: Any = rest
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        value = parent.get(path[-1], None) if isinstance(parent, dict) else None
        values.append(value)
        if isinstance(parent, dict) and path[-1] in parent and (
                value is None or type(value) is kind):
            del parent[path[-1]]
    stripped = _strip(Event, rest)
    evidence = stripped.get("evidence")
    if isinstance(evidence, dict):  # always there: rebuilt from the columns
        for part in ("sentence", "trigger"):
            if evidence.get(part) == {}:
                del evidence[part]
        if not evidence:
            del stripped["evidence"]
    return tuple(values), write(stripped)


def event_record(row: Any) -> dict[str, Any]:
    """The event's record_dict from a row holding :data:`EVENT_RECORD_SQL`'s columns."""
    data = json.loads(row["rest"])
    for column, path, kind in EVENT_COLUMNS:
        parent = data
        for key in path[:-1]:
            if key not in parent:
                if key == "place":  # optional: no place, no place columns
                    parent = None
                    break
                parent[key] = {}
            parent = parent[key]
        if parent is None or path[-1] in parent:
            continue
        value = row[column]
        if value is not None and kind is bool:
            value = bool(value)
        elif value is not None and kind is float:
            value = float(value)
        parent[path[-1]] = value
    return _complete(Event, data)


def event_dict(event: Any) -> dict[str, Any]:
    """record_dict of an event as :func:`event_record` returns it (for callers with a model)."""
    return _complete(Event, record_dict(event))
