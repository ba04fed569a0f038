"""Indirect attribution: "X said (that) …", "polls show …", "the judge ordered …",
"X, Mr. Walsh argued, would …", "according to X, …", noun cues and headline colons.

The content is what the cue reports (see :mod:`eventwire.quotes.clauses`), without "that"
and edge punctuation; a content in one or two pieces keeps them as ``parts``. A cue that
stands inside a direct quote, or whose content is a direct quote (“…,” X said), adds nothing
here: the direct quote already carries that statement. Cues in a byline or credit line
("Jennifer Moss reports for the Columbus Dispatch.") are never attributions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from eventwire.quotes.bylines import is_credit_line
from eventwire.quotes.clauses import content_pieces, trim
from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.direct import attribute_cue
from eventwire.quotes.nouns import headline_colon, noun_cues
from eventwire.quotes.speaker import according_to
from eventwire.structure.regions import Regions
from eventwire.token_lookup import children_of, token_indices

MIN_CLAUSE_TOKENS = 2


def find_indirect(ctx: QuoteContext) -> Iterator[Statement]:
    direct = Regions([(s.open_at, s.outer_end) for s in ctx.direct])
    cues = token_indices(ctx.doc, LEMMA, ctx.cues.verbs) + \
        token_indices(ctx.doc, LOWER, ("according",))
    credits: dict[int, bool] = {}
    for token in (ctx.doc[i] for i in sorted(set(cues))):
        if token.idx in direct:
            continue
        sent = token.sent
        if sent.start not in credits:
            # sent.text sliced from the parsed text (sent.text rebuilds it token by token)
            credits[sent.start] = is_credit_line(ctx.plain[sent.start_char:sent.end_char])
        if credits[sent.start]:
            continue
        if token.lower_ == "according":
            source = according_to(token)
            pieces = according_pieces(token) if source is not None else []
            cue_class = ctx.cues.class_of("say", source.lemma_.lower()) if source is not None \
                else "speech"
        elif token.pos_ == "VERB" and ctx.cues.is_verb(token.lemma_):
            subject = subject_head(token)
            if not ctx.cues.may_report(token.lemma_, subject.lemma_.lower()
                                       if subject is not None else None):
                continue
            evidence = subject is not None and subject.lemma_.lower() in ctx.cues.evidence_subjects
            pieces = content_pieces(token, ctx.cues, evidence)
            cue_class = ctx.cues.class_of(token.lemma_, subject.lemma_.lower()
                                          if subject is not None else None)
        else:
            continue
        if not pieces or any(direct.overlaps(s, e) for s, e in pieces) or \
                only_quoted(ctx, pieces):
            continue
        found = attribute_cue(ctx, token, pieces[0][0])
        found.kind, found.start, found.end = "indirect", pieces[0][0], pieces[-1][1]
        found.parts = list(pieces)
        found.cue_class = cue_class
        yield found
    yield from noun_cues(ctx)
    headline = headline_colon(ctx)
    if headline is not None and not direct.overlaps(headline.start, headline.end):
        yield headline


def only_quoted(ctx: QuoteContext, pieces: list[tuple[int, int]]) -> bool:
    """The content is nothing but one quoted stretch: a partial quote, a name or a scare
    quote, which the partial-quote rules judge."""
    if len(pieces) != 1:
        return False
    start, end = pieces[0]
    return any(seg.open_at <= start and end <= seg.outer_end for seg in ctx.embedded)


def subject_head(verb: Token) -> Token | None:
    own = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        return next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def according_pieces(token: Token) -> list[tuple[int, int]]:
    """The sentence without its "according to X" phrase."""
    sent = token.sent
    phrase = list(token.subtree)
    first, last = phrase[0].i, phrase[-1].i
    if first <= sent.start + 1:
        tokens = list(sent.doc[last + 1:sent.end])
    elif last >= sent.end - 2 or all(t.is_punct or t.is_space
                                     for t in sent.doc[last + 1:sent.end]):
        tokens = list(sent.doc[sent.start:first])
    else:
        tokens = list(sent)
    tokens = trim(tokens)
    if len(tokens) < MIN_CLAUSE_TOKENS:
        return []
    return [(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))]
