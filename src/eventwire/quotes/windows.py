"""The text around a quoted segment: what precedes and follows it in its paragraph."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.quotes.context import QuoteContext
from eventwire.structure.marks import Segment

SENTENCE_END = ".!?…"
CLOSING = "”’\"'»)"
MAX_CUE_TOKENS = 15


def left_bound(ctx: QuoteContext, i: int) -> int:
    seg = ctx.segments[i]
    para = ctx.paragraphs[seg.para]
    prev = ctx.segments[i - 1] if i > 0 else None
    return max(para.start, prev.outer_end) if prev and prev.para == seg.para else para.start


def right_bound(ctx: QuoteContext, i: int) -> int:
    seg = ctx.segments[i]
    para = ctx.paragraphs[seg.para]
    nxt = ctx.segments[i + 1] if i + 1 < len(ctx.segments) else None
    return min(para.end, nxt.open_at) if nxt and nxt.para == seg.para else para.end


def left_text(ctx: QuoteContext, i: int) -> str:
    return ctx.plain[left_bound(ctx, i):ctx.segments[i].open_at].strip()


def right_text(ctx: QuoteContext, i: int) -> str:
    seg = ctx.segments[i]
    return ctx.text[seg.outer_end:right_bound(ctx, i)].lstrip()


def starts_sentence(ctx: QuoteContext, i: int) -> bool:
    """Nothing, a sentence end or a colon precedes the opening mark in the paragraph."""
    before = left_text(ctx, i).rstrip(CLOSING)
    return not before or before[-1] in SENTENCE_END + ":"


def ends_sentence(ctx: QuoteContext, i: int) -> bool:
    """The quote is not followed by more of its own sentence."""
    seg = ctx.segments[i]
    after = right_text(ctx, i)
    last = ctx.text[seg.end - 1] if seg.end > seg.start else ""
    if not after or after[0] in SENTENCE_END:
        return True
    return last in SENTENCE_END and after[:1].isupper()


def comma_inside(ctx: QuoteContext, seg: Segment) -> bool:
    """The quote closes on a comma or dash (a cue follows): “...,” he said."""
    if seg.close_at is None:
        return False
    tail = ctx.text[seg.start:seg.close_at].rstrip()
    return tail[-1:] in (",", "—", "–", "-") or ctx.text[seg.outer_end:seg.outer_end + 1] == ","


def tokens_after(ctx: QuoteContext, i: int) -> list[Token]:
    """Tokens after the closing mark up to the end of the sentence (or the next quote)."""
    start, end = ctx.segments[i].outer_end, right_bound(ctx, i)
    first, last = ctx.index.token_range(start, end)
    out: list[Token] = []
    for token in ctx.doc[first:min(last, first + MAX_CUE_TOKENS)]:
        if token.text in (".", "!", "?", ";") or "\n" in token.text:
            break
        out.append(token)
    return out


def tokens_before(ctx: QuoteContext, i: int) -> list[Token]:
    """Tokens of the clause before the opening mark, back to a sentence end."""
    start, end = left_bound(ctx, i), ctx.segments[i].open_at
    first, last = ctx.index.token_range(start, end)
    out: list[Token] = []
    for token in reversed(ctx.doc[first:last]):
        if token.text in (".", "!", "?", ";") or "\n" in token.text:
            break
        out.insert(0, token)
    return out
