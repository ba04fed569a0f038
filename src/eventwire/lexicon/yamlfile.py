"""Reading YAML/TSV data files with errors that name the file and entry."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import LexiconError

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def package_file(*parts: str) -> Path:
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=SAFE_LOADER)
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise LexiconError(f"{path}:{where} not valid YAML: {exc}") from exc


def entries(data: Any, key: str, path: Path) -> list[dict[str, Any]]:
    """The list under ``key`` (or the top-level list), each a mapping."""
    items = data.get(key) if isinstance(data, dict) else data
    if items is None:
        return []
    if not isinstance(items, list):
        raise LexiconError(f"{path}: expected a list under '{key}'")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise LexiconError(f"{path}: {key} entry {number} must be a mapping, got {item!r}")
    return items


def require(item: dict[str, Any], field: str, path: Path, what: str) -> Any:
    value = item.get(field)
    if value in (None, ""):
        raise LexiconError(f"{path}: {what} {item!r} lacks required field '{field}'")
    return value


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each non-comment, non-blank line after the header."""
    header_seen = False
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, line.split("\t")
