"""Quoted words inside a sentence: a partial quote of a statement, or a name / scare quote.

A quoted stretch inside a sentence is a *partial* quote when a reporting verb (or a speech
act such as "called", "described as") governs it: it belongs to that statement and its
speaker. Names and titles (“maximum pressure” policy, the operation dubbed “True Promise”,
a Title Case name, a quoted noun phrase after a determiner outside the marks such as the
“deal of the century” unless a speech act names it) and quotes no speech governs (irony,
scare quotes) are not statements.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.direct import attribute_cue, is_cue
from eventwire.quotes.windows import left_text, right_text
from eventwire.structure.marks import Segment

MAX_ANCESTORS = 10
MAX_TITLE_WORDS = 8
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})


def is_name(ctx: QuoteContext, i: int) -> bool:
    """A title or name in quote marks rather than anyone's words."""
    before = left_text(ctx, i).lower().split()[-2:]
    after = right_text(ctx, i).lower().split()[:1]
    for phrase in ctx.cues.naming_before:
        if tuple(before[-len(phrase):]) == phrase:
            return True
    if after and after[0].strip(",.;:") in ctx.cues.naming_after:
        return True
    seg = ctx.segments[i]
    return title_case(ctx.text[seg.start:seg.end])


def title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() for w in words if len(w) > 3)


def quote_heads(ctx: QuoteContext, seg: Segment) -> list[Token]:
    """Tokens of the quoted words whose syntactic head lies outside them."""
    first, last = ctx.index.token_range(seg.start, seg.end)
    return [t for t in ctx.doc[first:last] if not first <= t.head.i < last or t.head.i == t.i]


def governing_verb(ctx: QuoteContext, heads: list[Token]) -> Token | None:
    """The nearest reporting verb above the quoted words, else the nearest speech act."""
    act = None
    for token in heads:
        for ancestor in list(token.ancestors)[:MAX_ANCESTORS]:
            if is_cue(ctx, ancestor):
                return ancestor
            if act is None and is_act(ctx, ancestor):
                act = ancestor
    return act


def is_act(ctx: QuoteContext, token: Token) -> bool:
    return token.lemma_ in ctx.cues.acts and token.pos_ == "VERB"


def named_thing(ctx: QuoteContext, i: int, heads: list[Token]) -> bool:
    """ "the “deal of the century”": a quoted noun phrase after an outside determiner."""
    before = left_text(ctx, i).lower().split()[-1:]
    nominal = any(t.pos_ in ("NOUN", "PROPN") for t in heads)
    return bool(before) and before[0] in DETERMINERS and nominal


def partial_quote(ctx: QuoteContext, i: int) -> Statement | None:
    seg = ctx.segments[i]
    if is_name(ctx, i):
        return None
    heads = quote_heads(ctx, seg)
    verb = governing_verb(ctx, heads)
    if verb is None or (named_thing(ctx, i, heads) and not is_act(ctx, verb)):
        return None
    parent = parent_statement(ctx, seg, verb)
    if parent is not None:
        found = Statement("partial", seg.start, seg.end, parent.speaker, parent.cue,
                          segment=seg, parent=parent, actor=parent.actor)
        return found
    found = attribute_cue(ctx, verb, seg.start)
    if found.speaker is None:
        return None
    found.kind, found.start, found.end, found.segment = "partial", seg.start, seg.end, seg
    return found


def parent_statement(ctx: QuoteContext, seg: Segment, verb: Token) -> Statement | None:
    """The statement whose content holds the quote, or whose cue is the governing verb."""
    for statement in ctx.statements:
        if statement.kind == "indirect" and statement.start <= seg.start < statement.end:
            return statement
    for statement in ctx.statements:
        if statement.cue is not None and statement.cue.start == verb.idx:
            return statement
    return None
