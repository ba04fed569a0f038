"""The report JSON Schema's vocabulary enums are generated from the models' Literal types."""

from __future__ import annotations

from eventwire.models import DATE_BASES, MODALITIES, PLOVER_TYPES
from eventwire.schema import load_schema, with_enums


def test_schema_file_has_the_models_enums() -> None:
    schema = load_schema()
    assert with_enums(schema) == schema, "run `python scripts/build_schema.py`"


def test_enums_come_from_the_literals() -> None:
    schema = load_schema()
    event = schema["properties"]["events"]["items"]["properties"]
    event["modality"] = {"type": "string"}
    event["plover"]["enum"] = ["AGREE"]
    fixed = with_enums(schema)["properties"]["events"]["items"]["properties"]
    assert fixed["modality"] == {"enum": list(MODALITIES)}
    assert fixed["plover"]["enum"] == list(PLOVER_TYPES)
    date = fixed["date"]["anyOf"][0]["properties"]
    assert date["basis"] == {"enum": list(DATE_BASES)}
    assert date["precision"]["enum"][-1] is None  # optional: null is allowed
