"""A pronoun that reports ("she added that …", "he told the committee") → its speaker.

Not the most prominent name in the article but the nearest compatible one, as a reader
takes it: walking back sentence by sentence from the pronoun (its own sentence first, then
up to two paragraphs back), the first sentence holding a compatible person (he/she: a
person whose gender is that or unknown; they: a group, organisation, state or plural) gives
the speaker, and within that sentence the subject of a reporting verb — or a name in
apposition to it ("Her spokeswoman, Claire Dunn, said") — wins over other subjects, a
subject over other mentions; among equals, the nearest.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.document import ActorDraft, Mention
from eventwire.quotes.context import QuoteContext

GENDERED = {"he": "male", "she": "female", "him": "male", "her": "female"}
PLURAL = ("they", "them")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SKIP_HOW = ("pronoun", "pair", "first_person")
MAX_PARAGRAPHS_BACK = 2


def compatible(actor: ActorDraft, pronoun: str) -> bool:
    if pronoun in GENDERED:
        return actor.kind == "person" and actor.gender in (None, GENDERED[pronoun])
    if pronoun in PLURAL:
        return actor.kind != "person" or actor.plural
    return False


def head_token(ctx: QuoteContext, mention: Mention) -> Token | None:
    if mention.token_start is None or mention.token_end is None:
        return None
    tokens = ctx.doc[mention.token_start:mention.token_end]
    return tokens.root if len(tokens) else None


def role_rank(ctx: QuoteContext, token: Token) -> int:
    """2: the subject of a reporting verb (or a name in apposition to it); 1: another
    subject; 0: any other mention."""
    for _ in range(3):
        if token.dep_ in SUBJECT_DEPS:
            return 2 if ctx.cues.is_speech_verb(token.head.lemma_) else 1
        if token.dep_ not in ("appos", "compound") or token.head.i == token.i:
            return 0
        token = token.head
    return 0


def sentences_back(ctx: QuoteContext, pronoun: Token) -> list[SpacySpan]:
    floor_para = max(ctx.paragraph_of(pronoun.idx) - MAX_PARAGRAPHS_BACK, 0)
    floor = ctx.paragraphs[floor_para].start if ctx.paragraphs else 0
    out = [pronoun.sent]
    sent = pronoun.sent
    while sent.start > 0:
        sent = ctx.doc[sent.start - 1].sent
        if sent.end_char <= floor:
            break
        out.append(sent)
    return out


def nearest_speaker(ctx: QuoteContext, pronoun: Token) -> tuple[ActorDraft, str] | None:
    """The actor ``pronoun`` stands for as a reporting subject, and why."""
    word = pronoun.lower_
    if word not in GENDERED and word not in PLURAL:
        return None
    for sent in sentences_back(ctx, pronoun):
        best: tuple[int, int, ActorDraft] | None = None
        for mention in ctx.document.mentions_in(sent.start_char, sent.end_char):
            if mention.start >= pronoun.idx or mention.how in SKIP_HOW or \
                    any(seg.open_at <= mention.start < seg.outer_end for seg in ctx.direct):
                continue  # a name inside a quotation is not who reports it
            actor = ctx.document.actors.get(mention.actor)
            if actor is None or not compatible(actor, word):
                continue
            head = head_token(ctx, mention)
            rank = role_rank(ctx, head) if head is not None else 0
            key = (rank, mention.start, actor)
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None:
            reason = "pronoun: nearest compatible " + ("subject" if best[0] else "mention")
            return best[2], reason
    return None
