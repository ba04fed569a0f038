"""Fast look-ups over one document: char offset → token, token → mention, quote regions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.document import ActorDraft, Document, Mention
from eventwire.lexicon.actors import ActorLexicon
from eventwire.models import Offsets, Span, Speaker
from eventwire.quotes.cues import CueLexicon
from eventwire.structure.marks import Segment
from eventwire.token_lookup import token_starts


class TokenIndex:
    """Char offsets ↔ tokens, and which tokens are covered by a mention (built once, O(n))."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.starts = token_starts(doc)
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            self.index_mention(mention)

    def index_mention(self, mention: Mention) -> None:
        first, last = self.token_range(mention.start, mention.end)
        for i in range(first, last):
            known = self.by_token.get(i)
            if known is None or known.end - known.start < mention.end - mention.start:
                self.by_token[i] = mention

    def token_at(self, char: int) -> Token:
        """The token containing (or starting after) ``char``."""
        i = max(bisect_right(self.starts, char) - 1, 0)
        return self.doc[i]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """[first, last) token indices of tokens overlapping [start, end)."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        if first < len(self.doc) and self.doc[first].idx + len(self.doc[first]) <= start:
            first += 1
        return first, bisect_left(self.starts, end)

    def mention(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


@dataclass
class Statement:
    """A quote being built: direct, indirect or partial, with its attribution."""

    kind: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Span | None = None
    segment: Segment | None = None
    parent: Statement | None = None
    actor: ActorDraft | None = None  # the speaker's actor, when known
    parts: list[tuple[int, int]] = field(default_factory=list)  # content pieces; [] = one
    cue_class: str | None = None  # speech|writing|evidence|belief|order
    source: Span | None = None  # the source as written ("a report by the inspector general")

    def pieces(self) -> list[tuple[int, int]]:
        return self.parts or [(self.start, self.end)]


@dataclass
class QuoteContext:
    """Everything the quote finders share for one document."""

    document: Document
    doc: Doc
    cues: CueLexicon
    index: TokenIndex
    paragraphs: list[Offsets]
    segments: list[Segment] = field(default_factory=list)
    direct: list[Segment] = field(default_factory=list)
    embedded: list[Segment] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    lexicon: ActorLexicon | None = None  # role nouns: which bodies speak for their state

    def __post_init__(self) -> None:
        self.para_starts = [p.start for p in self.paragraphs]

    def paragraph_of(self, char: int) -> int:
        return max(bisect_right(self.para_starts, char) - 1, 0)

    def add(self, statement: Statement) -> None:
        """Keep statements ordered by start offset."""
        insort(self.statements, statement, key=lambda s: s.start)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def plain(self) -> str:
        """The text with the dateline blanked ("TEHRAN –" is not part of any sentence)."""
        return self.document.nlp_text or self.document.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])

    def token_span(self, first: Token, last: Token) -> Span:
        return self.span(first.idx, last.idx + len(last))

    def actor(self, mention: Mention | None) -> ActorDraft | None:
        return self.document.actors.get(mention.actor) if mention is not None else None
