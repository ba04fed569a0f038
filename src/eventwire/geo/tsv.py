"""Reading gazetteer files: the built ``gazetteer.tsv.gz`` and curated/user place TSVs.

A place TSV (``extra_places.tsv`` or a user file) has tab-separated columns::

    name  aliases  country  lat  lon  precision  [population]  [geonameid]  [near]

``aliases`` and ``near`` are ``|``-separated (``near`` may also use commas); ``country`` is
ISO alpha-3 or empty for places spanning several countries. Lines starting with ``#``,
blank lines and a header line starting with ``name`` are skipped. Any malformed line
raises :class:`LexiconError` naming the file and line.
"""

from __future__ import annotations

import gzip
import mmap
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import LexiconError
from eventwire.geo.entry import Entry
from eventwire.geo.names import fold, mention_key
from eventwire.models import PLACE_PRECISIONS, PlacePrecision

BASE_COLUMNS = ("precision", "geonameid", "name", "country", "admin1", "lat", "lon",
                "population", "flags", "aliases", "near")
EXTRA_COLUMNS = ("name", "aliases", "country", "lat", "lon", "precision",
                 "population", "geonameid", "near")
REQUIRED_EXTRA = 6
_ISO3 = re.compile(r"^[A-Z]{3}$")


def _fail(where: str, message: str) -> LexiconError:
    return LexiconError(f"{where}: {message}")


def _number(value: str, what: str, where: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise _fail(where, f"{what} {value!r} is not a number") from None
    if not low <= number <= high:
        raise _fail(where, f"{what} {number} is outside {low}..{high}")
    return number


def _integer(value: str, what: str, where: str) -> int | None:
    if not value.strip():
        return None
    if not value.strip().isdigit():
        raise _fail(where, f"{what} {value!r} is not a whole number >= 0")
    return int(value)


def _country(value: str, where: str) -> str | None:
    code = value.strip()
    if code and not _ISO3.match(code):
        raise _fail(where, f"country {code!r} is not an ISO 3166 alpha-3 code (e.g. IRN)")
    return code or None


def _precision(value: str, where: str) -> PlacePrecision:
    for precision in PLACE_PRECISIONS:
        if value.strip() == precision:
            return precision
    raise _fail(where, f"precision {value!r} is not one of {', '.join(PLACE_PRECISIONS)}")


def _codes(value: str, where: str) -> tuple[str, ...]:
    codes = tuple(c.strip() for c in re.split(r"[|,]", value) if c.strip())
    return tuple(c for c in codes if _country(c, where))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                yield number, line.rstrip("\r\n")
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise LexiconError(f"{path}: cannot read place file ({exc})") from exc


def _split(line: str, where: str, columns: tuple[str, ...], need: int) -> list[str]:
    cells = line.split("\t")
    if not need <= len(cells) <= len(columns):
        raise _fail(where, f"expected {need} to {len(columns)} tab-separated columns "
                    f"({', '.join(columns)}), found {len(cells)}")
    return cells + [""] * (len(columns) - len(cells))


def _skipped(line: str, header: str) -> bool:
    return not line.strip() or line.startswith("#") or line.split("\t", 1)[0] == header


def _base_entry(cells: list[str], where: str) -> Entry:
    """A row of the built file; its ``aliases`` column holds folded lookup keys."""
    precision, gid, name, country, admin1, lat, lon, pop, flags, keys, near = cells
    if precision not in PLACE_PRECISIONS or not keys:
        raise _fail(where, f"bad precision {precision!r} or no names; rebuild the file")
    try:
        lookup = tuple(keys.split("|"))
        return Entry(name=name, precision=precision, country=country or None,
                     lat=float(lat), lon=float(lon), population=int(pop or 0),
                     geonameid=int(gid) if gid else None, admin1=admin1 or None,
                     capital=flags == "capital", aliases=lookup[1:],
                     near=tuple(near.split(",")) if near else (), lookup=lookup,
                     feature=flags)
    except ValueError as exc:
        raise _fail(where, f"malformed gazetteer row ({exc}); rebuild it with "
                    "`eventwire gazetteer build --force`") from None


def _gunzip_lines(path: Path) -> list[str]:
    try:
        with gzip.open(path, "rb") as handle:
            return handle.read().decode("utf-8").split("\n")
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise LexiconError(f"{path}: cannot read gazetteer ({exc})") from exc


def read_base(path: Path) -> list[Entry]:
    """Entries of the built gazetteer file (gzip TSV with the columns in BASE_COLUMNS)."""
    entries = []
    width = len(BASE_COLUMNS)
    for number, line in enumerate(_gunzip_lines(path), start=1):
        if not line or line[0] == "#" or line.startswith("precision\t"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            cells = _split(line, f"{path}:{number}", BASE_COLUMNS, width)
        entries.append(_base_entry(cells, f"{path}:{number}"))
    return entries


def parse_base_row(line: str, where: str) -> Entry:
    """One row of a built gazetteer file (``BASE_COLUMNS``)."""
    cells = line.split("\t")
    if len(cells) != len(BASE_COLUMNS):
        cells = _split(line, where, BASE_COLUMNS, len(BASE_COLUMNS))
    return _base_entry(cells, where)


LOCAL_KEYS = b"#keys\t"  # the local tier's sorted name index follows this line
LOCAL_TRAILER = b"#index"  # the last line: the offset of the #keys line


class LocalRows:
    """The local tier (towns, counties, airports), memory-mapped: rows, then a name index
    sorted by key (``key<TAB>offset,offset``). A name is found by binary search over the
    index lines, so loading reads and builds nothing; the pages a lookup touches are read
    then (and shared by every process that maps the file); rows are decoded only when a
    name is looked up."""

    def __init__(self, data: bytes | mmap.mmap, keys_start: int, count: int,
                 path: Path | None = None, keys_end: int | None = None) -> None:
        self._data = data
        self._keys = keys_start  # offset of the first index line
        self._end = len(data) if keys_end is None else keys_end  # offset after the last one
        self._count = count
        self._path = path

    def __len__(self) -> int:
        return self._count

    def __reduce__(self) -> tuple[object, ...]:
        # a mapping cannot be pickled: a copy for another process maps the file again
        if self._path is None:
            return (LocalRows, (bytes(self._data), self._keys, self._count, None, self._end))
        return (read_local, (self._path,))

    def _offsets(self, key: bytes) -> list[int]:
        data, lo, hi = self._data, self._keys, self._end
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            if start < lo:
                start = lo
            tab = data.find(b"\t", start)
            end = data.find(b"\n", tab)
            found = data[start:tab]
            if found == key:
                return [int(x) for x in data[tab + 1:end].split(b",")]
            if found < key:
                lo = end + 1
            else:
                hi = start
        return []

    def rows(self, key: str) -> list[str]:
        data = self._data
        return [data[s:data.find(b"\n", s)].decode("utf-8")
                for s in self._offsets(key.encode("utf-8"))]


def read_local(path: Path) -> LocalRows:
    """The local tier file, memory-mapped: ``BASE_COLUMNS`` rows, the ``#keys<TAB>count``
    line, the name index, and a last line ``#index<TAB>offset`` giving where the ``#keys``
    line starts (so opening the file reads only its last page)."""
    try:
        with path.open("rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        last = data.rfind(b"\n", 0, len(data) - 1) + 1
        tag, _, offset = data[last:].rstrip(b"\n").partition(b"\t")
        if tag != LOCAL_TRAILER:
            raise ValueError("no index trailer: an older or truncated file")
        at = int(offset)
        if data[at:at + len(LOCAL_KEYS)] != LOCAL_KEYS:
            raise ValueError("the trailer does not point at the name index")
        line_end = data.find(b"\n", at)
        count = int(data[at + len(LOCAL_KEYS):line_end])
    except (OSError, ValueError) as exc:
        raise LexiconError(f"{path}: cannot read gazetteer ({exc}); rebuild it with "
                           "`eventwire gazetteer build --force`") from exc
    return LocalRows(data, line_end + 1, count, path, last)


def _extra_entry(cells: list[str], where: str, origin: str) -> Entry:
    name, aliases, country, lat, lon, precision, pop, gid, near = (c.strip() for c in cells)
    if not name:
        raise _fail(where, "empty name (first column)")
    alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip())
    return Entry(
        name=name, precision=_precision(precision, where), country=_country(country, where),
        lat=_number(lat, "latitude", where, -90, 90),
        lon=_number(lon, "longitude", where, -180, 180),
        population=_integer(pop, "population", where) or 0,
        geonameid=_integer(gid, "geonameid", where), aliases=alias_list,
        near=_codes(near, where),
        preferred=frozenset(k for n in (name, *alias_list) for k in (fold(n), mention_key(n))),
        origin=origin)


def read_extra(path: Path) -> list[Entry]:
    """Entries of a curated or user place TSV (columns in EXTRA_COLUMNS)."""
    if not path.is_file():
        raise LexiconError(f"{path}: place file not found")
    entries = []
    for number, line in _lines(path):
        if _skipped(line, EXTRA_COLUMNS[0]):
            continue
        where = f"{path}:{number}"
        cells = _split(line, where, EXTRA_COLUMNS, REQUIRED_EXTRA)
        entries.append(_extra_entry(cells, where, str(path)))
    return entries


def read_words(path: Path) -> frozenset[str]:
    """Folded words of a one-per-line list (``#`` comments allowed)."""
    return frozenset(fold(line) for _, line in _lines(path)
                     if line.strip() and not line.startswith("#"))


def read_pairs(path: Path) -> dict[str, str]:
    """Two-column TSV (``#`` comments) as a dict, first column → second."""
    pairs = {}
    for number, line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise _fail(f"{path}:{number}", f"expected 2 tab-separated columns, found {len(cells)}")
        pairs[cells[0]] = cells[1]
    return pairs
