"""Indirect speech: "X said (that) …", "X told reporters …", "according to X, …".

The content is the reported clause (without "that" and edge punctuation). A reporting verb
whose clause is a direct quote (“…,” X said) or that stands inside a direct quote adds
nothing here: the direct quote already carries that statement.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.direct import attribute_cue
from eventwire.quotes.speaker import according_to
from eventwire.structure.regions import Regions
from eventwire.token_lookup import token_indices

EDGE = set(",;:.—–-()")
OPEN_MARKS = set("“\"‘'«")
CLOSE_MARKS = set("”\"’'»")
MIN_CLAUSE_TOKENS = 2


def find_indirect(ctx: QuoteContext) -> Iterator[Statement]:
    direct = Regions([(s.open_at, s.outer_end) for s in ctx.direct])
    cues = token_indices(ctx.doc, LEMMA, ctx.cues.indirect) + \
        token_indices(ctx.doc, LOWER, ("according",))
    for token in (ctx.doc[i] for i in sorted(cues)):
        if token.idx in direct:
            continue
        if token.lemma_ in ctx.cues.indirect and token.pos_ == "VERB":
            bounds = clause_bounds(reported_clause(token, ctx.cues.indirect))
        elif token.lower_ == "according" and according_to(token) is not None:
            bounds = according_bounds(token)
        else:
            continue
        if bounds is None or direct.overlaps(*bounds):
            continue
        found = attribute_cue(ctx, token, bounds[0])
        found.kind, found.start, found.end = "indirect", bounds[0], bounds[1]
        yield found


def reported_clause(verb: Token, reporting: frozenset[str]) -> list[Token]:
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) or misparsed(verb)
    if clause is None:
        return []
    end = clause.right_edge.i + 1
    for child in clause.rights:  # "…, adding that …" is a statement of its own
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in reporting:
            end = min(end, child.left_edge.i)
    start = clause.left_edge.i
    for child in clause.lefts:  # "said on Tuesday it had …": the date belongs to "said"
        if child.i == start and child.dep_ in ("prep", "npadvmod") and \
                any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            start = child.right_edge.i + 1
    tokens = list(verb.doc[start:end])
    if tokens and tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if"):
        tokens = tokens[1:] if tokens[0].lower_ == "that" else tokens
    return tokens


def misparsed(verb: Token) -> Token | None:
    """ "told a news conference that X had …": the clause hung on the object as a relative."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        for clause in obj.children:
            kids = list(clause.children)
            if clause.dep_ in ("acl", "relcl") and any(k.dep_ == "mark" and k.lower_ == "that"
                                                       for k in kids) \
                    and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
                return clause
    return None


def clause_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    """Offsets of the clause without edge punctuation (a quote mark stays if its pair does)."""
    changed = True
    while tokens and changed:
        size = len(tokens)
        while tokens and (tokens[0].text in EDGE or tokens[0].is_space):
            tokens = tokens[1:]
        while tokens and (tokens[-1].text in EDGE or tokens[-1].is_space):
            tokens = tokens[:-1]
        if tokens and tokens[0].text in OPEN_MARKS and \
                not any(t.text in CLOSE_MARKS for t in tokens[1:]):
            tokens = tokens[1:]
        if tokens and tokens[-1].text in CLOSE_MARKS and \
                not any(t.text in OPEN_MARKS for t in tokens[:-1]):
            tokens = tokens[:-1]
        changed = len(tokens) != size
    if len(tokens) < MIN_CLAUSE_TOKENS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def according_bounds(token: Token) -> tuple[int, int] | None:
    """The sentence without its "according to X" phrase."""
    sent = token.sent
    phrase = list(token.subtree)
    first, last = phrase[0].i, phrase[-1].i
    if first <= sent.start + 1:
        return clause_bounds(list(sent.doc[last + 1:sent.end]))
    if last >= sent.end - 2 or all(t.is_punct or t.is_space for t in sent.doc[last + 1:sent.end]):
        return clause_bounds(list(sent.doc[sent.start:first]))
    return clause_bounds(list(sent))
