"""The document object every stage works on: immutable text, growing typed annotations."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING

from eventwire.models import (
    Actor,
    ActorKind,
    ActorRef,
    Article,
    Event,
    EventDate,
    Evidence,
    Modality,
    Offsets,
    Place,
    PloverType,
    Quote,
    Span,
    TimeRef,
)
from eventwire.structure.marks import Segment

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Mention:
    """A stretch of text that refers to an actor.

    ``how`` says why: name, alias, demonym, capital, seat, role (a definite description
    such as "the Iranian foreign minister"), pronoun, first_person (inside a quote), group.
    Token indices refer to ``Document.doc``.
    """

    start: int
    end: int
    text: str
    actor: str  # Actor.id
    how: str = "name"
    token_start: int | None = None
    token_end: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class ActorDraft:
    """An actor while stages are still learning about it (becomes an ``Actor`` in the report)."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    code: str | None = None
    members: tuple[str, ...] = ()
    gender: str | None = None  # male|female|None, for pronoun resolution
    plural: bool = False

    def freeze(self, mentions: list[Mention]) -> Actor:
        spans = tuple(sorted({m.span for m in mentions}, key=lambda s: (s.start, s.end)))
        return Actor(id=self.id, name=self.name, kind=self.kind, country=self.country,
                     sector=self.sector, role=self.role, code=self.code, members=self.members,
                     mentions=spans)


# The fields a draft hands on to its event: the draft declares all of them (a mutable twin of the
# frozen record cannot inherit them), freezing copies them by name.
_EVENT_FIELDS = tuple(f.name for f in fields(Event))


@dataclass
class EventDraft:
    """An event while stages are still learning about it (dating adds its date and place);
    becomes an ``Event`` in the report."""

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
    quote_id: str | None = None
    mentions: tuple[Evidence, ...] = ()
    date: EventDate | None = None
    place: Place | None = None
    confidence: float = 1.0
    weak: bool = False  # no source: only evidence of a fuller event (merge drops it)

    def freeze(self) -> Event:
        """The event with every value of this draft that an ``Event`` has (not ``weak``)."""
        return Event(**{name: getattr(self, name) for name in _EVENT_FIELDS})


@dataclass
class Document:
    """One article on its way through the stages. Every field but ``article`` is an annotation
    some stage adds (stages name these fields in their ``needs``/``adds``)."""

    article: Article
    # structure
    nlp_text: str = ""  # article.text with the dateline blanked out (same length, same offsets)
    dateline: Span | None = None
    paragraphs: list[Offsets] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)  # quoted stretches, in text order
    anchor: datetime | None = None  # publication time in the outlet's zone, if known
    # parse
    doc: Doc | None = None
    # actors (and the stages that find further mentions of them)
    actors: dict[str, ActorDraft] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])

    def add_actor(self, draft: ActorDraft) -> ActorDraft:
        """Register an actor, merging into an existing one with the same id."""
        known = self.actors.get(draft.id)
        if known is None:
            self.actors[draft.id] = draft
            return draft
        for name in ("country", "sector", "role", "code", "gender"):
            if getattr(known, name) is None and getattr(draft, name) is not None:
                setattr(known, name, getattr(draft, name))
        return known

    def add_mention(self, mention: Mention, shared: bool = False) -> bool:
        """The one way to add a mention (every stage that finds mentions calls it): keeps
        ``mentions`` in text order (start, end; equal spans in the order added), so no stage
        re-sorts it. A span already mentioned is not added again unless ``shared`` (a pair
        phrase, "both sides", is one mention of each of two actors). True if added."""
        key = (mention.start, mention.end)
        at = bisect_right(self.mentions, key, key=lambda m: (m.start, m.end))
        if not shared and at and (self.mentions[at - 1].start, self.mentions[at - 1].end) == key:
            return False
        self.mentions.insert(at, mention)
        return True

    def mentions_of(self, actor_id: str) -> list[Mention]:
        return [m for m in self.mentions if m.actor == actor_id]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The longest mention inside [start, end)."""
        inside = [m for m in self.mentions if m.start >= start and m.end <= end]
        return max(inside, key=lambda m: m.end - m.start, default=None)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return sorted((m for m in self.mentions if m.start >= start and m.end <= end),
                      key=lambda m: m.start)


ANNOTATIONS = frozenset(f.name for f in fields(Document))  # the names stages may need and add
