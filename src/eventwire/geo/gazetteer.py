"""The offline gazetteer: GeoNames-derived places plus curated and user places."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path

from eventwire.errors import GazetteerError
from eventwire.geo.entry import Entry
from eventwire.geo.install import GENERATED, missing, missing_message
from eventwire.geo.names import fold, mention_key
from eventwire.geo.tsv import (
    LocalRows,
    parse_base_row,
    read_base,
    read_extra,
    read_local,
    read_pairs,
    read_words,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
BASE_FILE, LOCAL_FILE = GENERATED  # built by `eventwire gazetteer build`, not in git
CURATED_FILE = "extra_places.tsv"
DEMONYM_FILE = "demonyms.txt"
NOT_PLACES_FILE = "not_places.txt"
DEMONYM_COUNTRY_FILE = "demonym_countries.tsv"


def _slots(entries: list[Entry], extras: list[Entry]) -> dict[tuple[object, ...], int]:
    """Identity → position of the base entries the extras may replace; for a shared
    name identity the most populous entry wins."""
    ids = {e.geonameid for e in extras if e.geonameid}
    names = {e.lookup_keys[0] for e in extras if not e.geonameid}
    slot: dict[tuple[object, ...], int] = {}
    for index, entry in enumerate(entries):
        if entry.geonameid not in ids and entry.lookup_keys[0] not in names:
            continue
        for key in entry.keys:
            held = slot.get(key)
            if held is None or entries[held].population < entry.population:
                slot[key] = index
    return slot


def merge_entries(base: list[Entry], extras: list[Entry]) -> list[Entry]:
    """``base`` with each extra entry added, or replacing the entry of the same identity:
    its geonameid when it has one, else its precision + country + name (a country row
    replaces that country). Entries of ``base`` are never merged with one another."""
    merged = list(base)
    slot = _slots(merged, extras)
    for entry in extras:
        index = slot.get(entry.keys[0])
        if index is None:
            index = len(merged)
            merged.append(entry)
        else:
            merged[index] = entry.merged_over(merged[index])
        for key in merged[index].keys:
            slot[key] = index
    return merged


class Gazetteer:
    """Name → places index. Build it once per process with :meth:`load`."""

    def __init__(self, entries: Iterable[Entry], demonyms: Iterable[str] = (),
                 not_places: Iterable[str] = (),
                 local: LocalRows | None = None) -> None:
        """Names in ``demonyms`` ("Iranian") never match unless they are some entry's
        own name; names in ``not_places`` ("Hamas", "the West") never match. ``local``:
        the lazily parsed second tier, see :meth:`load`."""
        self._entries = tuple(entries)
        self._local = local
        self.demonym_countries: dict[str, str] = {}  # "Lebanese" → "LBN"
        self._parsed: dict[str, tuple[Entry, ...]] = {}
        self._index: dict[str, list[Entry]] = {}
        self._countries: dict[str, Entry] = {}
        for entry in self._entries:
            self._add(entry)
        self._ids = frozenset(e.geonameid for e in self._entries if e.geonameid)
        primaries = {entry.lookup_keys[0] for entry in self._entries}
        self._never = (frozenset(fold(word) for word in demonyms) - primaries
                       | frozenset(fold(word) for word in not_places))

    def _add(self, entry: Entry) -> None:
        for key in entry.lookup_keys:
            self._index.setdefault(key, []).append(entry)
        if entry.precision == "country" and entry.country:
            self._countries[entry.country] = entry

    @classmethod
    def load(cls, extra_files: Sequence[str | PathLike[str]] = (),
             data_dir: Path = DATA_DIR) -> Gazetteer:
        """Bundled places, then the curated list, then each user TSV in order (later
        rows override earlier ones with the same geonameid, or the same precision,
        country and name; a country row overrides that country). The local tier (towns
        of 1,000+ people, counties and districts, airports) is indexed by name and its
        rows parsed on first lookup; a row whose geonameid the main tier has is skipped.
        Raises :class:`GazetteerError` saying what to run when the generated files (not in
        git: ``eventwire gazetteer build``) are missing."""
        absent = missing(data_dir)
        if absent:
            raise GazetteerError(missing_message(absent, data_dir))
        extras = read_extra(data_dir / CURATED_FILE)
        for path in extra_files:
            extras += read_extra(Path(path))
        entries = merge_entries(read_base(data_dir / BASE_FILE), extras)
        local = read_local(data_dir / LOCAL_FILE)
        gazetteer = cls(entries, read_words(data_dir / DEMONYM_FILE),
                        read_words(data_dir / NOT_PLACES_FILE), local)
        adjectives = data_dir / DEMONYM_COUNTRY_FILE
        if adjectives.is_file():
            gazetteer.demonym_countries = read_pairs(adjectives)
        return gazetteer

    def candidates(self, name: str) -> list[Entry]:
        """Every entry whose name or alias matches ``name`` (folded; "the" and "'s"
        ignored). Demonyms ("Iranian") and listed non-places ("Hamas") match nothing."""
        key = mention_key(name)
        if key in self._never:
            return []
        return [*self._index.get(key, ()), *self.local(key)]

    def local(self, key: str) -> tuple[Entry, ...]:
        """Local-tier entries under a folded key (parsed once, then cached)."""
        found = self._parsed.get(key)
        if found is None:
            rows = self._local.rows(key) if self._local is not None else []
            parsed = (parse_base_row(row, f"{LOCAL_FILE} ({key})") for row in rows)
            found = tuple(e for e in parsed if e.geonameid not in self._ids or not e.geonameid)
            self._parsed[key] = found
        return found

    @property
    def local_names(self) -> int:
        """Number of names the local tier indexes."""
        return len(self._local) if self._local is not None else 0

    def country(self, iso3: str) -> Entry | None:
        return self._countries.get(iso3)

    def is_never_a_place(self, name: str) -> bool:
        return mention_key(name) in self._never

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)
