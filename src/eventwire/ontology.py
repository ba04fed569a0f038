"""The CAMEO and PLOVER ontology: package data plus optional user override files.

``Ontology.load()`` reads ``data/ontology/plover.yaml`` and ``data/ontology/cameo.tsv``
from the installed package, then applies each user TSV file in order: a user row with
the same CAMEO code replaces the packaged row, a new code is added. Every problem is
reported as :class:`~eventwire.errors.LexiconError` naming the file and line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml

from eventwire.errors import LexiconError

CAMEO_COLUMNS = ("code", "name", "goldstein", "quad_class", "plover", "plover_mode", "context")
REQUIRED_COLUMNS = 5  # plover_mode and context may be left off the end of a row
PLOVER_KEYS = ("name", "quad_class", "description", "modes", "default_cameo")
QUAD_CLASSES = (1, 2, 3, 4)
CODE_PATTERN = re.compile(r"[0-9]{2,4}")
QUAD_HINT = "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"

Source = Path | Traversable


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and its PLOVER equivalent."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None
    context: str | None


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types."""

    name: str
    quad_class: int
    description: str
    modes: tuple[str, ...]
    default_cameo: str


@dataclass(frozen=True)
class Ontology:
    """CAMEO codes (keyed by code string, e.g. ``"0311"``) and PLOVER types (keyed by name)."""

    cameo: dict[str, CameoCode]
    plover: dict[str, PloverType]
    contexts: frozenset[str] = frozenset()

    def code(self, cameo_code: str) -> CameoCode:
        """The entry for ``cameo_code``; raises ``LexiconError`` if there is none."""
        try:
            return self.cameo[cameo_code]
        except KeyError:
            raise LexiconError(
                f"unknown CAMEO code {cameo_code!r}: use a code string with its leading zero "
                "(e.g. '042'), or add a row for it in a user ontology file"
            ) from None

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> Ontology:
        """Read the packaged ontology, then apply ``extra_files`` in order."""
        base = files("eventwire") / "data" / "ontology"
        plover, contexts = _read_plover(base / "plover.yaml")
        cameo = _read_cameo(base / "cameo.tsv", plover)
        _check_defaults(plover, cameo, base / "plover.yaml")
        for path in extra_files:
            cameo.update(_read_cameo(Path(path), plover))
        return cls(cameo=cameo, plover=plover, contexts=contexts)


def _read_text(source: Source) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{source}: cannot read ontology file ({exc}); check the path") from exc


def _read_plover(source: Source) -> tuple[dict[str, PloverType], frozenset[str]]:
    try:
        data = yaml.safe_load(_read_text(source))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{source}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LexiconError(f"{source}: expected a mapping with 'version: 1' and a 'types' list")
    types: dict[str, PloverType] = {}
    for index, item in enumerate(data.get("types") or (), 1):
        ptype = _plover_type(item, f"{source}: types entry {index}")
        if ptype.name in types:
            raise LexiconError(f"{source}: PLOVER type {ptype.name} is defined twice; keep one")
        types[ptype.name] = ptype
    if not types:
        raise LexiconError(f"{source}: no PLOVER types defined under 'types'")
    return types, frozenset(str(c) for c in data.get("contexts") or ())


def _plover_type(item: object, where: str) -> PloverType:
    if not isinstance(item, dict) or any(key not in item for key in PLOVER_KEYS):
        raise LexiconError(f"{where}: expected a mapping with keys {', '.join(PLOVER_KEYS)}")
    modes = item["modes"] or []
    if not isinstance(modes, list) or not all(isinstance(m, str) for m in modes):
        raise LexiconError(f"{where}: 'modes' must be a list of mode names")
    default = item["default_cameo"]
    if not isinstance(default, str) or not CODE_PATTERN.fullmatch(default):
        raise LexiconError(f"{where}: 'default_cameo' must be a quoted code string like \"040\"")
    return PloverType(
        name=str(item["name"]),
        quad_class=_quad(item["quad_class"], where),
        description=str(item["description"]),
        modes=tuple(modes),
        default_cameo=default,
    )


def _read_cameo(source: Source, types: Mapping[str, PloverType]) -> dict[str, CameoCode]:
    rows: dict[str, CameoCode] = {}
    first_line: dict[str, int] = {}
    header_seen = False
    for lineno, line in enumerate(_read_text(source).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{source}, line {lineno}"
        if not header_seen:
            _check_header(fields, where)
            header_seen = True
            continue
        entry = _cameo_row(fields, where, types)
        if entry.code in rows:
            raise LexiconError(
                f"{where}: duplicate CAMEO code {entry.code!r} (first on line "
                f"{first_line[entry.code]}); keep one row per code in a file"
            )
        rows[entry.code] = entry
        first_line[entry.code] = lineno
    if not header_seen:
        raise LexiconError(f"{source}: no header line; start with: {' '.join(CAMEO_COLUMNS)}")
    return rows


def _check_header(fields: list[str], where: str) -> None:
    if tuple(f.strip() for f in fields) != CAMEO_COLUMNS:
        raise LexiconError(
            f"{where}: header must be the tab-separated columns {', '.join(CAMEO_COLUMNS)}"
        )


def _cameo_row(fields: list[str], where: str, types: Mapping[str, PloverType]) -> CameoCode:
    if not REQUIRED_COLUMNS <= len(fields) <= len(CAMEO_COLUMNS):
        raise LexiconError(
            f"{where}: expected {len(CAMEO_COLUMNS)} tab-separated columns "
            f"({', '.join(CAMEO_COLUMNS)}), found {len(fields)}"
        )
    padded = [f.strip() for f in fields] + [""] * (len(CAMEO_COLUMNS) - len(fields))
    code, name, goldstein, quad, plover, mode, context = padded
    if not CODE_PATTERN.fullmatch(code):
        raise LexiconError(f"{where}: code {code!r} is not a 2- to 4-digit CAMEO code like '042'")
    if not name:
        raise LexiconError(f"{where}: code {code} has an empty name")
    return CameoCode(
        code=code,
        name=name,
        goldstein=_goldstein(goldstein, where),
        quad_class=_quad(quad, where),
        plover=_plover_name(plover, where, types),
        plover_mode=mode or None,
        context=context or None,
    )


def _goldstein(value: str, where: str) -> float:
    try:
        score = float(value)
    except ValueError:
        score = math.nan
    if not -10.0 <= score <= 10.0:  # also rejects NaN
        raise LexiconError(f"{where}: goldstein {value!r} is not a number from -10 to 10")
    return score


def _quad(value: object, where: str) -> int:
    text = str(value).strip()
    if not text.isdigit() or int(text) not in QUAD_CLASSES:
        raise LexiconError(f"{where}: quad_class {value!r} must be 1-4 ({QUAD_HINT})")
    return int(text)


def _plover_name(value: str, where: str, types: Mapping[str, PloverType]) -> str:
    if value not in types:
        raise LexiconError(f"{where}: unknown PLOVER type {value!r}; use one of {', '.join(types)}")
    return value


def _check_defaults(
    types: Mapping[str, PloverType], cameo: Mapping[str, CameoCode], source: Source
) -> None:
    for ptype in types.values():
        entry = cameo.get(ptype.default_cameo)
        if entry is None or entry.plover != ptype.name:
            raise LexiconError(
                f"{source}: default_cameo {ptype.default_cameo!r} of {ptype.name} is not a "
                f"CAMEO code mapped to {ptype.name} in cameo.tsv"
            )
