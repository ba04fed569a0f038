"""Find every quote in one document: segments → direct, indirect, partial statements."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from eventwire.document import Document
from eventwire.ids import record_id
from eventwire.lexicon.actors import ActorLexicon
from eventwire.models import CueClass, Quote, QuoteKind
from eventwire.quotes.context import QuoteContext, Statement, TokenIndex
from eventwire.quotes.continuity import by_continuity
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.direct import attribute_cue, cue_after, cue_before, is_direct
from eventwire.quotes.first_person import first_person_mentions
from eventwire.quotes.indirect import find_indirect
from eventwire.quotes.partial import partial_quote


def build_context(document: Document, cues: CueLexicon,
                  lexicon: ActorLexicon | None = None) -> QuoteContext:
    assert document.doc is not None, "the quote stage needs the parse"
    ctx = QuoteContext(document, document.doc, cues, TokenIndex(document.doc, document.mentions),
                       list(document.paragraphs), lexicon=lexicon)
    ctx.segments = list(document.segments)
    for i, seg in enumerate(ctx.segments):
        (ctx.direct if is_direct(ctx, i) else ctx.embedded).append(seg)
    return ctx


def attribute_direct(ctx: QuoteContext, i: int) -> Statement:
    seg = ctx.segments[i]
    verb = cue_after(ctx, i) or cue_before(ctx, i) or cue_of_continuation(ctx, i)
    found = attribute_cue(ctx, verb, seg.start) if verb is not None else by_continuity(ctx, seg)
    found.kind, found.start, found.end, found.segment = "direct", seg.start, seg.end, seg
    return found


def cue_of_continuation(ctx: QuoteContext, i: int) -> Token | None:
    """A quote left open at a paragraph end takes the cue of the paragraph that closes it."""
    while ctx.segments[i].close_at is None and i + 1 < len(ctx.segments) \
            and ctx.segments[i + 1].continues:
        i += 1
        verb = cue_after(ctx, i)
        if verb is not None:
            return verb
    return None


def find_statements(ctx: QuoteContext) -> None:
    for statement in find_indirect(ctx):
        ctx.add(statement)
    direct = {id(s) for s in ctx.direct}
    for i, seg in enumerate(ctx.segments):
        if id(seg) in direct:
            ctx.add(attribute_direct(ctx, i))
    group_split_quotes(ctx)
    for i, seg in enumerate(ctx.segments):
        if id(seg) not in direct:
            partial = partial_quote(ctx, i)
            if partial is None:
                continue
            parent = partial.parent
            if parent is not None and parent.kind in ("indirect", "mixed") and \
                    parent.start <= partial.start and partial.end <= parent.end:
                parent.kind = "mixed"  # quoted words inside reported speech: one statement
            else:
                ctx.add(partial)


def group_split_quotes(ctx: QuoteContext) -> None:
    """One statement per attribution: direct quotes that share one cue become its parts
    ( “A,” she said. “B.” / “A,” she said, “B.” / a quote continued over paragraphs)."""
    kept: list[Statement] = []
    for statement in ctx.statements:
        previous = kept[-1] if kept else None
        if previous is not None and statement.kind == previous.kind == "direct" and \
                statement.cue is not None and previous.cue is not None and \
                (statement.cue.start, statement.cue.end) == (previous.cue.start, previous.cue.end):
            previous.parts = previous.pieces() + statement.pieces()
            previous.end = statement.end
            if previous.speaker is None:
                previous.speaker, previous.actor = statement.speaker, statement.actor
            continue
        kept.append(statement)
    ctx.statements = kept


def quote_id(article_id: str, statement: Statement) -> str:
    return record_id("q", article_id, statement.kind, statement.start, statement.end)


def to_quote(ctx: QuoteContext, statement: Statement) -> Quote:
    article = ctx.document.article.id
    parent = quote_id(article, statement.parent) if statement.parent is not None else None
    kind = cast(QuoteKind, statement.kind)  # set once a statement is attributed
    cue_class = cast("CueClass | None", statement.cue_class)  # the cue lexicon's classes
    return Quote(id=quote_id(article, statement), kind=kind,
                 text=ctx.text[statement.start:statement.end], start=statement.start,
                 end=statement.end, speaker=statement.speaker, cue=statement.cue, parent=parent,
                 parts=tuple(ctx.span(s, e) for s, e in statement.pieces()),
                 cue_class=cue_class if statement.cue is not None else None,
                 source=statement.source)


def find_quotes(document: Document, cues: CueLexicon, lexicon: ActorLexicon) -> None:
    """Fill ``document.quotes`` and add first-person mentions inside direct quotes (and the
    state a government speaker's "we" stands for, as an actor, when it was not named)."""
    ctx = build_context(document, cues, lexicon)
    find_statements(ctx)
    document.quotes = [to_quote(ctx, s) for s in ctx.statements]
    for mention in first_person_mentions(ctx, lexicon):
        document.add_mention(mention)
