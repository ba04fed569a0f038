"""Typed records: one model per record type, serialised one way everywhere.

Every record is a frozen dataclass. ``to_dict`` (via :func:`record_dict`) is the one
serialisation used by the CLI JSON, the store and exports. Offsets are character
offsets into ``Article.text``, which never changes once read.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, Literal, TypeVar, get_args

SCHEMA_ID = "eventwire.report/1"

# Vocabularies: each is a Literal type the records use, the tuple of its values (for
# validation and help texts), and an enum in the JSON Schema (data/schema/report.schema.json,
# kept in step by scripts/build_schema.py and checked by tests/test_schema.py).
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
ActorKind = Literal["person", "state", "organization", "group"]
Modality = Literal["asserted", "intended", "hypothetical", "reported", "question", "future"]
# mixed: an indirect statement with quoted words
QuoteKind = Literal["direct", "indirect", "mixed", "partial"]
CueClass = Literal["speech", "writing", "evidence", "belief", "order"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# what a time expression is relative to: the publication, nothing, or another event
TimexAnchor = Literal["publication", "absolute", "event"]
DatePrecision = Literal["day", "week", "month", "season", "quarter", "year", "decade"]
# text: a time expression of the event's clause; relative: "a day after" another event;
# governing: the governing clause's date; narrative: the paragraph's or the lead's date;
# publication: the publication date; none: not dated (future, intended, hypothetical).
DateBasis = Literal["text", "relative", "governing", "narrative", "publication", "none"]
PlacePrecision = Literal["city", "region", "country", "site"]
# input: the input stated the UTC offset; outlet: the outlet's zone from the sources table;
# default: neither, the default zone (UTC unless configured).
TimezoneBasis = Literal["input", "outlet", "default"]

PLOVER_TYPES: tuple[PloverType, ...] = get_args(PloverType)
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
MODALITIES: tuple[Modality, ...] = get_args(Modality)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
CUE_CLASSES: tuple[CueClass, ...] = get_args(CueClass)
TIMEX_TYPES: tuple[TimexType, ...] = get_args(TimexType)
TIMEX_ANCHORS: tuple[TimexAnchor, ...] = get_args(TimexAnchor)
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)
DATE_BASES: tuple[DateBasis, ...] = get_args(DateBasis)
PLACE_PRECISIONS: tuple[PlacePrecision, ...] = get_args(PlacePrecision)
TIMEZONE_BASES: tuple[TimezoneBasis, ...] = get_args(TimezoneBasis)


def record_dict(obj: Any) -> Any:
    """Serialise a record (or list/tuple of records) to plain JSON-ready data."""
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    names = getattr(type(obj), "__dataclass_fields__", None)
    if names is not None:
        return {name: record_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, (list, tuple)):
        return [record_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: record_dict(v) for k, v in obj.items()}
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj


T = TypeVar("T")


def record_from_dict(cls: type[T], data: Any) -> T:
    """The record ``cls`` back from ``record_dict(obj)``: nested records, tuples and optional
    values by the fields' type hints; keys the class does not know are an error."""
    return _from_json(cls, data)  # type: ignore[no-any-return]


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _from_json(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _from_json(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_from_json(item, v) for v in value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = _hints(hint)
        unknown = set(value) - set(hints)
        if unknown:
            raise ValueError(f"{hint.__name__} has no field {sorted(unknown)[0]!r}")
        return hint(**{k: _from_json(hints[k], v) for k, v in value.items()})
    if hint is float and isinstance(value, int):
        return float(value)
    return value


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Offsets:
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    source: str | None = None
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 with UTC offset
    timezone: str | None = None  # IANA zone the publication time is local to
    timezone_basis: TimezoneBasis = "default"  # where the zone came from
    language: str | None = None
    author: str | None = None
    origin: str | None = None  # file path or URL the article was read from
    format: str | None = None  # seed|text|html|jsonl


@dataclass(frozen=True)
class Skip:
    """Why an input could not be analysed. Stored and shown; never silently dropped."""

    reason: str
    code: str  # machine-readable: empty, binary, undecodable, too_large, language, malformed, ...
    origin: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, REB, ...
    role: str | None = None  # e.g. "foreign minister"
    code: str | None = None  # CAMEO-style actor code, e.g. IRNGOV
    members: tuple[str, ...] = ()  # ISO alpha-3 members of a membership group (E3)
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ActorRef:
    """An actor as a participant in an event."""

    actor: str  # Actor.id
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None  # CAMEO-style actor code: IRNGOV, IGOEUREEC, PSEREB, USA


@dataclass(frozen=True)
class EventDate:
    value: str | None  # "2025-02-25", "2025-01", "2024", "2024-W05", "2020s" or None
    precision: DatePrecision | None
    text: str | None  # the expression the date came from, if any
    basis: DateBasis
    mod: str | None = None  # TimeML mod: EARLY, MID, LATE, APPROX, ...
    start: int | None = None  # offsets of the time expression, if any
    end: int | None = None


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    precision: PlacePrecision
    geonameid: int | None = None
    start: int | None = None  # offsets of the toponym in the text, if any
    end: int | None = None
    basis: str | None = None  # text|destination|dateline|reach (a long feature's point in
    # the article's country, eventwire.geo.reaches)
    resolution: str | None = None  # evidence for the gazetteer entry chosen, in words


@dataclass(frozen=True)
class Evidence:
    sentence: Offsets
    trigger: Span


@dataclass(frozen=True)
class Event:
    id: str
    plover: PloverType
    cameo: str
    quad_class: int
    goldstein: float
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    evidence: Evidence
    mode: str | None = None
    context: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: EventDate | None = None
    place: Place | None = None
    quote_id: str | None = None  # set when the event is stated inside a quote
    mentions: tuple[Evidence, ...] = ()  # further evidence for the same real event
    # how the event was found: 0.9 a dictionary phrase pattern, 0.8 a lexicon word, 0.6 a
    # dictionary verb alone, 0.5 a WordNet relative of a coded verb, 0.4 a word-vector
    # neighbour, 0.3 a side filled by a fallback rule
    confidence: float = 1.0


@dataclass(frozen=True)
class Speaker:
    actor: str | None  # Actor.id, or None when the speaker is not a known actor
    name: str | None
    reason: str | None = None  # how the speaker was chosen ("subject", "pronoun: nearest …")


@dataclass(frozen=True)
class Quote:
    id: str
    kind: QuoteKind
    text: str  # article.text[start:end]: the whole statement, from its first to last part
    start: int
    end: int
    speaker: Speaker | None
    cue: Span | None
    parent: str | None = None  # a partial quote's statement (none when it stands alone)
    parts: tuple[Span, ...] = ()  # the content pieces (a split quote has several)
    cue_class: CueClass | None = None
    source: Span | None = None  # the source as written, when the text names one


@dataclass(frozen=True)
class TimeRef:
    """A time expression with its TimeML normalisation."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None  # TimeML value, e.g. 2025-02-25, 2024-Q4, P3Y, PAST_REF
    mod: str | None = None  # EARLY, MID, LATE, START, END, APPROX, BEFORE, AFTER
    anchor: TimexAnchor = "publication"
    relation: str | None = None  # for anchor=event: after|before
    offset: str | None = None  # for anchor=event: ISO 8601 duration, e.g. P1D, P1W


@dataclass(frozen=True)
class PipelineInfo:
    version: str
    spacy_model: str
    spacy_version: str
    stages: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    article: Article
    pipeline: PipelineInfo
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeRef, ...] = ()
    places: tuple[Place, ...] = ()
    skip: Skip | None = None
    schema: str = field(default=SCHEMA_ID)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = {"schema": self.schema, "article": record_dict(self.article),
                "pipeline": record_dict(self.pipeline)}
        if self.skip is not None:
            data["skip"] = record_dict(self.skip)
        else:
            for name in ("actors", "events", "quotes", "times", "places"):
                data[name] = record_dict(getattr(self, name))
        data["warnings"] = list(self.warnings)
        return data
