"""Write the vocabulary enums of data/schema/report.schema.json from the records' Literal
types in eventwire.models (see eventwire.schema). Run after changing a vocabulary:

    python scripts/build_schema.py
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.schema import load_schema, with_enums

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "schema" / (
    "report.schema.json")


def main() -> None:
    schema = with_enums(load_schema())
    SCHEMA.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {SCHEMA}")


if __name__ == "__main__":
    main()
