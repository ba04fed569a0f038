"""The actor lexicon: countries (names, demonyms, capitals, seats of power), organisations and
groups, a dated registry of people, and role nouns with their sectors.

Data files live in ``eventwire/data/actors`` (see its README); users add their own YAML files
with the same top-level keys (``countries``, ``organizations``, ``people``, ``sectors``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import LexiconError
from eventwire.lexicon.yamlfile import entries, load_yaml, package_file, require, tsv_rows

FILES = ("countries.yaml", "organizations.yaml", "people.yaml", "sectors.yaml")
PHOENIX_PEOPLE = "people_phoenix.tsv"  # older officials from PETRARCH2; people.yaml overrides
PHOENIX_ORGS = "organizations_phoenix.tsv"  # PETRARCH2 bodies and armed groups; curated names win
PHOENIX_PLACES = "places_phoenix.tsv"  # PETRARCH2 cities and regions of countries; curated win
PHOENIX_HEADS = "name_heads_phoenix.tsv"  # head word of a body's name → sector (CAMEO agents)


@dataclass(frozen=True)
class Surface:
    """What a surface string can mean."""

    kind: str  # state|organization|group|person
    key: str  # ISO code, organisation id or person name
    how: str  # name|alias|demonym|capital|seat
    sector: str | None = None


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonym: str | None = None  # the adjective ("Kenyan"), for naming a country's groups


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    code: str | None
    members: tuple[str, ...] = ()  # member states that act for it: informal groupings only
    member_states: tuple[str, ...] = ()  # membership as data (bodies and groupings)
    informal: bool = False


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    role: str | None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    gender: str | None
    roles: tuple[Role, ...]

    def role_on(self, day: date | None) -> Role | None:
        """The role in force on the day (latest-starting wins), else the most recent one."""
        current = [r for r in self.roles if r.holds_on(day)]
        pool = current or [r for r in self.roles
                           if day is None or r.start is None or r.start <= day]
        pool = pool or list(self.roles)
        return max(pool, key=lambda r: r.start or date.min, default=None)


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: str
    role: str | None
    kind: str  # person|group
    subsector: str | None = None  # secondary code: GOV + MIL for a military junta
    state: bool = False  # stands for a state's government as a whole ("the authorities")
    private: bool = False  # a profession outside the state with a state sector (lawyer: JUD)


@dataclass
class DescriptionVocabulary:
    """The role vocabulary of definite descriptions (``descriptions:`` in sectors.yaml)."""

    heads: frozenset[str] = frozenset()  # role nouns heading a description
    modifiers: frozenset[str] = frozenset()  # words narrowing the role ("foreign", "top")
    foreign: tuple[str, ...] = ()  # role phrases of a foreign minister
    covers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # generic head → roles


@dataclass
class ActorLexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    sectors: dict[str, SectorTerm] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    descriptions: DescriptionVocabulary = field(default_factory=DescriptionVocabulary)

    acronyms: dict[str, list[Surface]] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=dict)
    # a city, province or region → its state (PETRARCH2), read only where the NER saw a place
    places: dict[str, str] = field(default_factory=dict)
    by_shape: dict[tuple[str, str, int], list[str]] = field(default_factory=dict)
    # the head word of a body's name → the sector CAMEO's agent phrases headed by it carry
    # ("commission" → GOV), read only for organisations no file knows
    name_heads: dict[str, str] = field(default_factory=dict)
    _near: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False,
                                                     compare=False)  # near()'s answers

    def index_shapes(self) -> None:
        """Buckets for typo-tolerant lookup: state names/demonyms and registry surnames."""
        self.by_shape.clear()
        self._near.clear()
        for key, surfaces in self.surfaces.items():
            if len(key) >= 5 and any(s.kind == "state" and s.how != "seat" for s in surfaces):
                self.by_shape.setdefault(("state", key[0], len(key)), []).append(key)
        for key in self.by_surname:
            if len(key) >= 5:
                self.by_shape.setdefault(("surname", key[0], len(key)), []).append(key)

    def near(self, text: str, pool: str) -> str | None:
        """The one known key (pool "state" or "surname") within one edit of ``text``, if any:
        "Ethopia" → "ethiopia", "Bouteflicka" → "bouteflika". Never for short words."""
        key = _fold(text)
        if len(key) < 5:
            return None
        if (key, pool) in self._near:  # the buckets change only in index_shapes
            return self._near[key, pool]
        found = {k for n in (len(key) - 1, len(key), len(key) + 1)
                 for k in self.by_shape.get((pool, key[0], n), ()) if within_one_edit(key, k)}
        answer = found.pop() if len(found) == 1 else None
        if len(self._near) > 200_000:
            self._near.clear()
        self._near[key, pool] = answer
        return answer

    def forget_people(self, text: str, keep: str) -> None:
        """Drop the people other than ``keep`` that ``text`` names (a curated entry wins)."""
        for table, key in ((self.acronyms, _strip_the(text)), (self.surfaces, _fold(text))):
            bucket = table.get(key, [])
            for surface in [s for s in bucket if s.kind == "person" and s.key != keep]:
                bucket.remove(surface)
                if surface.how == "name":
                    self.people.pop(surface.key, None)
                    surname = surface.key.lower().split()[-1]
                    self.by_surname.get(surname, set()).discard(surface.key)

    def add_person(self, person: Person) -> None:
        self.people[person.name] = person
        self.add_surface(person.name, Surface("person", person.name, "name"))
        if " " in person.name:
            self.by_surname.setdefault(person.name.lower().split()[-1], set()).add(person.name)

    def surname_role(self, surname: str, day: date | None) -> Role | None:
        """For a bare surname not known in the article: the country that at least two thirds of
        the registry's people with that surname share ("Museveni" → UGA, "Bush" → USA), with
        their sector when they agree on it; None when the registry is split."""
        names = self.by_surname.get(surname.lower(), ())
        roles = [r for name in names for r in [self.people[name].role_on(day)] if r and r.country]
        if not roles:
            return None
        country, count = Counter(r.country for r in roles).most_common(1)[0]
        if count * 3 < len(roles) * 2:
            return None
        sectors = {r.sector for r in roles if r.country == country}
        return Role(country, sectors.pop() if len(sectors) == 1 else None, None)

    def lookup(self, text: str) -> list[Surface]:
        """Meanings of a surface string; case-insensitive, ignoring a leading 'the' — except
        acronyms ("WHO", "ICE", "US"), which match only as written (not "Who", "Us")."""
        found = self.surfaces.get(_fold(text), [])
        exact = self.acronyms.get(_strip_the(text))
        return exact + found if exact else found

    def place(self, text: str) -> str | None:
        """The state a city, province or region named in the text belongs to ("Karachi" →
        PAK), from PETRARCH2's country entries; only names no curated file knows."""
        return self.places.get(_fold(text))

    def sector_term(self, text: str) -> SectorTerm | None:
        key = " ".join(text.lower().split())
        found = self.sectors.get(key)
        if found is None and key.endswith("s"):
            found = self.sectors.get(key[:-1])
            if found is not None:
                found = SectorTerm(found.term, found.sector, found.role, "group",
                                   found.subsector, found.state, found.private)
        return found

    def head_sector(self, word: str) -> str | None:
        """The sector of a body whose name ends in ``word`` ("Electoral Commission" → GOV),
        from CAMEO's agent phrases; None for a word the table does not hold."""
        return self.name_heads.get(word.lower())

    def knows(self, text: str) -> bool:
        """Whether a surface string already means something (any kind)."""
        plain = _strip_the(text)
        table = self.acronyms.get(plain) if _is_acronym(plain) else self.surfaces.get(_fold(text))
        return bool(table)

    def add_surface(self, text: str, surface: Surface) -> None:
        plain = _strip_the(text)
        table, key = ((self.acronyms, plain) if _is_acronym(plain)
                      else (self.surfaces, _fold(text)))
        bucket = table.setdefault(key, [])
        if surface not in bucket:
            bucket.append(surface)

    @classmethod
    def load(cls, extra_files: Iterable[Path] = ()) -> ActorLexicon:
        """The packaged data files, then the user's files on top (in order)."""
        return cls.packaged().extended(extra_files)

    @classmethod
    def packaged(cls) -> ActorLexicon:
        """The lexicon of the packaged data files alone."""
        lexicon = cls()
        phoenix = package_file("actors", PHOENIX_PEOPLE)
        if phoenix.exists():
            _merge_people_tsv(lexicon, phoenix)
        for name in FILES:
            path = package_file("actors", name)
            if path.exists():
                _merge(lexicon, load_yaml(path), path)
        orgs = package_file("actors", PHOENIX_ORGS)
        if orgs.exists():
            _merge_orgs_tsv(lexicon, orgs)
        places = package_file("actors", PHOENIX_PLACES)
        if places.exists():
            _merge_places_tsv(lexicon, places)
        heads = package_file("actors", PHOENIX_HEADS)
        if heads.exists():
            lexicon.name_heads = {cells[0]: cells[1] for _, cells in tsv_rows(heads)
                                  if len(cells) >= 2}
        lexicon.index_shapes()
        return lexicon

    def extended(self, extra_files: Iterable[Path]) -> ActorLexicon:
        """This lexicon with user files merged on top, as a new lexicon (this one is left
        unchanged, so a loaded lexicon can be extended without reading the package again)."""
        paths = [Path(p) for p in extra_files]
        if not paths:
            return self
        lexicon = ActorLexicon(
            dict(self.countries), dict(self.organizations), dict(self.people),
            dict(self.sectors), {k: list(v) for k, v in self.surfaces.items()},
            self.descriptions, {k: list(v) for k, v in self.acronyms.items()},
            {k: set(v) for k, v in self.by_surname.items()}, dict(self.places))
        lexicon.name_heads = self.name_heads
        for path in paths:
            _merge(lexicon, load_yaml(path), path)
        lexicon.index_shapes()
        return lexicon


def within_one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours ("Isreal")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) == len(b):
        swapped = a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]
        return a[i + 1:] == b[i + 1:] or swapped
    return a[i:] == b[i + 1:]


def _strip_the(text: str) -> str:
    words = text.replace("’", "'").split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _is_acronym(text: str) -> bool:
    """All capitals, no longer than five letters: "WHO", "ICE", "US", "U.S." (not "Iran")."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in text


def _fold(text: str) -> str:
    words = text.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower().rstrip(".") if words else ""


def _merge(lexicon: ActorLexicon, data: Any, path: Path) -> None:
    for item in entries(data, "countries", path):
        _add_country(lexicon, item, path)
    for item in entries(data, "organizations", path):
        _add_org(lexicon, item, path)
    for item in entries(data, "people", path):
        _add_person(lexicon, item, path)
    for item in entries(data, "sectors", path):
        term = str(require(item, "term", path, "sector term")).lower()
        lexicon.sectors[term] = SectorTerm(term, str(require(item, "sector", path, "sector term")),
                                           item.get("role"), item.get("kind") or "person",
                                           item.get("subsector"), bool(item.get("state")),
                                           bool(item.get("private")))
    if isinstance(data, dict) and isinstance(data.get("descriptions"), dict):
        _merge_descriptions(lexicon, data["descriptions"])


def _merge_descriptions(lexicon: ActorLexicon, item: dict[str, Any]) -> None:
    """Add heads, modifiers and foreign roles; a head's `covers` list replaces the earlier one."""
    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in item.get(key) or ())

    old = lexicon.descriptions
    lexicon.descriptions = DescriptionVocabulary(
        old.heads | set(words("heads")), old.modifiers | set(words("modifiers")),
        old.foreign + tuple(w for w in words("foreign") if w not in old.foreign),
        {**old.covers, **{str(head).lower(): tuple(str(r).lower() for r in roles or ())
                          for head, roles in (item.get("covers") or {}).items()}})


def _add_country(lexicon: ActorLexicon, item: dict[str, Any], path: Path) -> None:
    code = str(require(item, "code", path, "country"))
    if len(code) != 3 or not code.isupper():
        raise LexiconError(f"{path}: country code {code!r} must be ISO 3166 alpha-3 (e.g. IRN)")
    name = str(require(item, "name", path, "country"))
    demonyms = [str(d) for d in item.get("demonyms") or ()]
    lexicon.countries[code] = Country(code, name, demonyms[0] if demonyms else None)
    lexicon.add_surface(name, Surface("state", code, "name"))
    for how, key in (("alias", "aliases"), ("demonym", "demonyms"), ("capital", "capitals")):
        for text in item.get(key) or ():
            lexicon.add_surface(str(text), Surface("state", code, how))
    for seat in item.get("seats") or ():
        seat = seat if isinstance(seat, dict) else {"name": seat}
        lexicon.add_surface(str(seat["name"]), Surface("state", code, "seat", seat.get("sector")))


def _add_org(lexicon: ActorLexicon, item: dict[str, Any], path: Path) -> None:
    org_id = str(require(item, "id", path, "organization"))
    name = str(require(item, "name", path, "organization"))
    kind = item.get("kind") or "organization"
    member_states = tuple(item.get("members") or ())
    # A body (EU, ECOWAS, NATO, G7) is an actor of its own with its CAMEO code; only an
    # informal grouping (the E3, the Quad) expands to the member states that act for it.
    informal = bool(item.get("informal")) and bool(member_states)
    org = Organization(org_id, name, "group" if informal else kind, item.get("sector"),
                       item.get("country"), item.get("cameo_code"),
                       member_states if informal else (), member_states, informal)
    lexicon.organizations[org_id] = org
    for text in [name, org_id, *(item.get("aliases") or ())]:
        lexicon.add_surface(str(text), Surface(org.kind, org_id, "name"))


def _add_person(lexicon: ActorLexicon, item: dict[str, Any], path: Path) -> None:
    """A curated person: their names replace any older registry person with the same name
    ("Sergey Lavrov" in the PETRARCH2 list is the curated "Sergei Lavrov")."""
    name = str(require(item, "name", path, "person"))
    roles = tuple(_role(r, path, name) for r in item.get("roles") or ())
    names = [name, *map(str, item.get("aliases") or ())]
    for text in names:
        lexicon.forget_people(text, keep=name)
    lexicon.add_person(Person(name, item.get("gender"), roles))
    for alias in names[1:]:
        lexicon.add_surface(alias, Surface("person", name, "alias"))


def _merge_people_tsv(lexicon: ActorLexicon, path: Path) -> None:
    """name<TAB>aliases (|)<TAB>roles (COUNTRY,SECTOR,start,end;...)."""
    for number, cells in tsv_rows(path):
        if len(cells) != 3:
            raise LexiconError(f"{path}:{number}: expected 3 tab-separated columns")
        name, aliases, roles = cells
        parsed = []
        for text in roles.split(";"):
            country, sector, start, end = (text.split(",") + ["", "", "", ""])[:4]
            parsed.append(Role(country or None, sector or None, None,
                               _date(start, path, name), _date(end, path, name)))
        lexicon.add_person(Person(name, None, tuple(parsed)))
        for alias in filter(None, aliases.split("|")):
            lexicon.add_surface(alias, Surface("person", name, "alias"))


def _merge_places_tsv(lexicon: ActorLexicon, path: Path) -> None:
    """place<TAB>ISO code, generated from Phoenix.Countries: a name the lexicon already knows
    (a country, capital, organisation or person) keeps its meaning."""
    for number, cells in tsv_rows(path):
        if len(cells) != 2:
            raise LexiconError(f"{path}:{number}: expected 2 tab-separated columns")
        name, code = cells
        if code in lexicon.countries and not lexicon.knows(name):
            lexicon.places[_fold(name)] = code


def _merge_orgs_tsv(lexicon: ActorLexicon, path: Path) -> None:
    """id<TAB>name<TAB>kind<TAB>sector<TAB>country<TAB>code<TAB>aliases (|), generated from the
    Phoenix dictionaries: a name the lexicon already knows keeps its meaning (curated wins)."""
    for number, cells in tsv_rows(path):
        if len(cells) != 7:
            raise LexiconError(f"{path}:{number}: expected 7 tab-separated columns")
        org_id, name, kind, sector, country, code, aliases = cells
        names = [n for n in (name, *filter(None, aliases.split("|"))) if not lexicon.knows(n)]
        if not names or org_id in lexicon.organizations or org_id.upper() in lexicon.organizations:
            continue
        org = Organization(org_id, name, kind, sector or None, country or None, code or None)
        lexicon.organizations[org_id] = org
        for text in names:
            lexicon.add_surface(text, Surface(kind, org_id, "name"))


def _role(item: Any, path: Path, who: str) -> Role:
    if not isinstance(item, dict):
        raise LexiconError(f"{path}: a role of {who!r} must be a mapping, got {item!r}")
    return Role(item.get("country"), item.get("sector"), item.get("role"),
                _date(item.get("start"), path, who), _date(item.get("end"), path, who))


def _date(value: Any, path: Path, who: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(f"{path}: role date {value!r} of {who!r} is not YYYY-MM-DD") from exc
