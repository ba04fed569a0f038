"""The report JSON Schema's enums, generated from the records' ``Literal`` vocabularies.

Walks :class:`~eventwire.models.Report`'s fields (records, tuples of records, optional
values) alongside the schema's properties and gives every ``Literal``-typed field an
``enum`` of its values (``null`` too when the field is optional). ``scripts/build_schema.py``
writes the result to ``data/schema/report.schema.json``; a test checks the file is in step.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from importlib.resources import files
from typing import Any

from eventwire.models import Report

SCHEMA_FILE = ("data", "schema", "report.schema.json")


def load_schema() -> dict[str, Any]:
    path = files("eventwire").joinpath(*SCHEMA_FILE)
    schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return schema


def with_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` whose vocabulary fields have the models' enums."""
    out: dict[str, Any] = json.loads(json.dumps(schema))
    _record(Report, out, "report")
    return out


def _record(cls: type, node: dict[str, Any], where: str) -> None:
    hints = typing.get_type_hints(cls)
    properties = node.get("properties", {})
    for field in dataclasses.fields(cls):
        if field.name in properties:
            _value(hints[field.name], properties[field.name], f"{where}.{field.name}")


def _value(hint: Any, node: dict[str, Any], where: str) -> None:
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            return
        hint = args[0]
    if typing.get_origin(hint) is typing.Literal:
        values: list[Any] = list(typing.get_args(hint)) + ([None] if optional else [])
        node.pop("type", None)
        node["enum"] = values
    elif typing.get_origin(hint) is tuple and "items" in node:
        _value(typing.get_args(hint)[0], node["items"], f"{where}[]")
    elif dataclasses.is_dataclass(hint) and isinstance(hint, type):
        branch = next((b for b in node.get("anyOf", [node]) if "properties" in b), None)
        if branch is None:
            raise ValueError(f"{where}: the schema has no object for {hint.__name__}")
        _record(hint, branch, where)
