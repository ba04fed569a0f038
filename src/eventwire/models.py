"""Typed records: one model per record type, serialised one way everywhere.

Every record is a frozen dataclass. ``to_dict`` (via :func:`record_dict`) is the one
serialisation used by the CLI JSON, the store and exports. Offsets are character
offsets into ``Article.text``, which never changes once read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

SCHEMA_ID = "eventwire.report/1"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ACTOR_KINDS = ("person", "state", "organization", "group")
MODALITIES = ("asserted", "intended", "hypothetical", "reported", "question", "future")
QUOTE_KINDS = ("direct", "indirect", "mixed", "partial")
CUE_CLASSES = ("speech", "writing", "evidence", "belief", "order")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
DATE_PRECISIONS = ("day", "month", "year", "season", "quarter", "decade", "range", "week")
DATE_BASES = ("text", "governing", "narrative", "relative", "publication")
PLACE_PRECISIONS = ("city", "region", "country", "site")
# input: the input stated the UTC offset; outlet: the outlet's zone from the sources table;
# default: neither, the default zone (UTC unless configured).
TIMEZONE_BASES = ("input", "outlet", "default")


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
    timezone_basis: str = "default"  # where the zone came from: see TIMEZONE_BASES
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
    kind: str  # person|state|organization|group
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
    precision: str | None  # see DATE_PRECISIONS
    text: str | None  # the expression the date came from, if any
    basis: str  # see DATE_BASES
    mod: str | None = None  # TimeML mod: EARLY, MID, LATE, APPROX, ...
    start: int | None = None  # offsets of the time expression, if any
    end: int | None = None


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    precision: str  # city|region|country|site
    geonameid: int | None = None
    start: int | None = None  # offsets of the toponym in the text, if any
    end: int | None = None
    basis: str | None = None  # text|destination|dateline
    resolution: str | None = None  # evidence for the gazetteer entry chosen, in words


@dataclass(frozen=True)
class Evidence:
    sentence: Offsets
    trigger: Span


@dataclass(frozen=True)
class Event:
    id: str
    plover: str
    cameo: str
    quad_class: int
    goldstein: float
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    evidence: Evidence
    mode: str | None = None
    context: str | None = None
    negated: bool = False
    modality: str = "asserted"
    date: EventDate | None = None
    place: Place | None = None
    quote_id: str | None = None  # set when the event is stated inside a quote
    mentions: tuple[Evidence, ...] = ()  # further evidence for the same real event
    # how the event was found: 0.9 a dictionary phrase pattern, 0.8 a lexicon word, 0.6 a
    # dictionary verb alone, 0.4 a word-vector neighbour, 0.3 a side filled by a fallback rule
    confidence: float = 1.0


@dataclass(frozen=True)
class Speaker:
    actor: str | None  # Actor.id, or None when the speaker is not a known actor
    name: str | None
    reason: str | None = None  # how the speaker was chosen ("subject", "pronoun: nearest …")


@dataclass(frozen=True)
class Quote:
    id: str
    kind: str  # direct|indirect|mixed (indirect with quoted words)|partial, see QUOTE_KINDS
    text: str  # article.text[start:end]: the whole statement, from its first to last part
    start: int
    end: int
    speaker: Speaker | None
    cue: Span | None
    parent: str | None = None  # a partial quote's statement (none when it stands alone)
    parts: tuple[Span, ...] = ()  # the content pieces (a split quote has several)
    cue_class: str | None = None  # speech|writing|evidence|belief|order, see CUE_CLASSES
    source: Span | None = None  # the source as written, when the text names one


@dataclass(frozen=True)
class TimeRef:
    """A time expression with its TimeML normalisation."""

    start: int
    end: int
    text: str
    type: str  # DATE|TIME|DURATION|SET
    value: str | None  # TimeML value, e.g. 2025-02-25, 2024-Q4, P3Y, PAST_REF
    mod: str | None = None  # EARLY, MID, LATE, START, END, APPROX, BEFORE, AFTER
    anchor: str = "publication"  # publication|absolute|event (relative to another event)
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
