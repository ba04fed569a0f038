"""Direct quotes without a cue: attributed by continuity only where a careful reader would.

1. A later quote in the same paragraph as an attributed quote ( "A," he said. "B." ), or a
   paragraph that reopens a quote left open, continues that speaker.
2. A quote opening a paragraph continues the previous paragraph's last statement when that
   statement reaches its last sentence, or its last sentence's subject when that is a person.
3. A quote opening a sentence mid-paragraph belongs to the previous sentence's subject when
   that subject is a person ("Lavrov drew attention to … “Trade has grown …”").
Otherwise the speaker is unknown (None).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.models import Speaker
from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.speaker import subject_of
from eventwire.structure.marks import Segment


def by_continuity(ctx: QuoteContext, seg: Segment) -> Statement:
    para = ctx.paragraphs[seg.para]
    previous = last_statement_before(ctx, seg.open_at)
    if previous is not None and previous.speaker is not None:
        same_para = ctx.paragraph_of(previous.start) == seg.para and previous.kind == "direct"
        if same_para or (seg.continues and ctx.paragraph_of(previous.start) == seg.para - 1):
            return inherit(previous)
    if seg.open_at == para.start:
        return from_previous_paragraph(ctx, seg, previous)
    return person_subject(ctx, seg.open_at, para.start)


def inherit(previous: Statement, cue: bool = True) -> Statement:
    """The previous speaker; its cue too when the quote is part of the same utterance."""
    speaker = replace(previous.speaker, reason="continues the previous quote") \
        if previous.speaker is not None else None
    return Statement("", 0, 0, speaker, previous.cue if cue else None,
                     actor=previous.actor)


def last_statement_before(ctx: QuoteContext, char: int) -> Statement | None:
    for statement in reversed(ctx.statements):
        if statement.kind != "partial" and statement.start < char:
            return statement
    return None


def from_previous_paragraph(ctx: QuoteContext, seg: Segment, previous: Statement | None
                            ) -> Statement:
    if seg.para == 0:
        return Statement("", 0, 0, None)
    prev_para = ctx.paragraphs[seg.para - 1]
    last_sentence = ctx.index.token_at(max(prev_para.end - 1, prev_para.start)).sent
    if previous is not None and previous.speaker is not None and \
            ctx.paragraph_of(previous.start) == seg.para - 1 and \
            reaches(previous, last_sentence.start_char):
        return inherit(previous, cue=False)
    return person_subject(ctx, prev_para.end, prev_para.start)


def reaches(statement: Statement, sentence_start: int) -> bool:
    cue_end = statement.cue.end if statement.cue is not None else statement.end
    return max(statement.end, cue_end) >= sentence_start


def person_subject(ctx: QuoteContext, before: int, floor: int) -> Statement:
    """The person subject of the sentence ending before ``before`` (not before ``floor``)."""
    i = ctx.index.token_at(max(before - 1, 0)).i
    while i >= 0 and (ctx.doc[i].is_space or ctx.doc[i].is_punct):
        i -= 1
    if i < 0 or ctx.doc[i].idx < floor:
        return Statement("", 0, 0, None)
    root = ctx.doc[i].sent.root
    subject = subject_of(root)
    mention = ctx.index.mention(subject) if subject is not None else None
    actor = ctx.actor(mention)
    if actor is None or actor.kind != "person" or mention is None or mention.how == "pair":
        return Statement("", 0, 0, None)
    if subject is not None and ctx.segments and any(s.open_at <= subject.idx < s.outer_end
                                                    for s in ctx.direct):
        return Statement("", 0, 0, None)
    return Statement("", 0, 0, Speaker(actor.id, actor.name, "subject of the sentence before"),
                     actor=actor)
