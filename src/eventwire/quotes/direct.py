"""Direct quotes: which quoted segments are statements, their cue, and their speaker."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import Span
from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.speaker import (
    PRONOUNS,
    according_to,
    continues_previous,
    phrase_end,
    speaker_of,
    subject_of,
)
from eventwire.quotes.windows import (
    comma_inside,
    ends_sentence,
    left_text,
    starts_sentence,
    tokens_after,
    tokens_before,
)
from eventwire.token_lookup import children_of

MIN_UNCUED_WORDS = 6


def is_cue(ctx: QuoteContext, token: Token) -> bool:
    if token.lower_ == "according":
        return according_to(token) is not None
    return token.pos_ in ("VERB", "AUX") and ctx.cues.is_speech_verb(token.lemma_)


def is_direct(ctx: QuoteContext, i: int) -> bool:
    seg = ctx.segments[i]
    if seg.continues or (seg.close_at is None and len(seg_words(ctx, i)) >= MIN_UNCUED_WORDS):
        return True
    if starts_sentence(ctx, i):
        return comma_inside(ctx, seg) or ends_sentence(ctx, i)
    return cue_before(ctx, i) is not None and ends_sentence(ctx, i)


def seg_words(ctx: QuoteContext, i: int) -> list[str]:
    seg = ctx.segments[i]
    return ctx.text[seg.start:seg.end].split()


def cue_after(ctx: QuoteContext, i: int) -> Token | None:
    """ “...,” Araghchi said — a cue in the clause right after the closing mark."""
    seg = ctx.segments[i]
    after = tokens_after(ctx, i)
    verb = next((t for t in after if is_cue(ctx, t)), None)
    if verb is None:
        return None
    if comma_inside(ctx, seg) or (after and after[0].is_lower):
        return verb
    own_clause = any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in children_of(verb))
    return None if own_clause else verb


def cue_before(ctx: QuoteContext, i: int) -> Token | None:
    """Lavrov said: “...” / according to Lavrov, “...” — a cue right before the opening mark."""
    before = tokens_before(ctx, i)
    text = left_text(ctx, i)
    if not before or not (text.endswith((":", ",")) or before[-1].lower_ == "that"
                          or is_cue(ctx, before[-1])):
        return None
    return next((t for t in reversed(before) if is_cue(ctx, t)), None)


def cue_span(ctx: QuoteContext, token: Token) -> Span:
    if token.lower_ == "according":
        return ctx.token_span(token, ctx.doc[token.i + 1])
    particle = next((c for c in children_of(token) if c.dep_ == "prt" and c.i == token.i + 1), None)
    return ctx.token_span(token, particle or token)


def attribute_cue(ctx: QuoteContext, verb: Token, start: int) -> Statement:
    """Speaker, source, cue and cue class of a statement whose cue is ``verb`` (or
    "according")."""
    according = verb.lower_ == "according"
    if according:
        subject = according_to(verb)
    else:
        subject = subject_of(verb, lambda t: is_cue(ctx, t))
    if subject is None:
        found = Statement("", 0, 0, None)
    else:
        found = speaker_of(ctx, subject, verb, "according to" if according else "subject")
        found = continues_previous(ctx, subject, verb, found, start)
        if subject.lower_ not in PRONOUNS:
            found.source = ctx.token_span(subject.left_edge, phrase_end(subject))
    found.cue = cue_span(ctx, verb)
    head = subject.lemma_.lower() if subject is not None else None
    found.cue_class = ctx.cues.class_of("say" if according else verb.lemma_, head)
    return found
