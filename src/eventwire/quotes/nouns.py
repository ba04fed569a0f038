"""Attributions without a reporting verb: noun cues and headline colons.

- Noun cues: a cue noun ("announcement", "claim", "report", "ruling", "fears") with a
  that-clause — "The announcement from the ministry that the plant would close …", "the
  ministry's claim that …", "a White House statement that …". The source is the noun's
  possessor, its "from/by/of" object, or a name compounded into it; without a source no
  attribution is made. Nouns already inside a verb's cue ("said in a statement that …")
  are left to the verb.
- Headline colons: "Kremlin: talks with Kyiv will go on" — in the headline only, a short
  name before a colon is the source and what follows is the content.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA
from spacy.tokens import Token

from eventwire.quotes.clauses import trim
from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.speaker import speaker_of
from eventwire.token_lookup import children_of, token_indices

SOURCE_PREPS = ("from", "by", "of")
CLAUSE_DEPS = ("acl", "relcl", "ccomp", "appos")
MAX_HEADLINE_SOURCE_TOKENS = 4
MIN_HEADLINE_CONTENT_WORDS = 3
HEADLINE_LABELS = frozenset({
    "exclusive", "update", "updated", "breaking", "live", "watch", "video", "photos",
    "analysis", "opinion", "editorial", "explainer", "fact check", "review", "interview",
    "q&a", "comment", "factbox", "timeline", "correction", "podcast", "poll", "special report",
    "insight", "feature", "obituary", "letters", "quiz", "preview", "recap", "newsletter",
})


def that_clause(noun: Token) -> Token | None:
    for child in children_of(noun):
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            kids = list(children_of(child))
            if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and \
                    any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
                return child
    return None


def noun_source(noun: Token) -> Token | None:
    for child in children_of(noun):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            obj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return next((c for c in children_of(noun) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def governed_by_cue(ctx: QuoteContext, noun: Token) -> bool:
    """ "said in a statement that …": the verb's attribution already covers it."""
    token = noun
    for _ in range(3):
        token = token.head
        if ctx.cues.is_verb(token.lemma_) and token.pos_ == "VERB":
            return True
        if token.head.i == token.i:
            break
    return False


def noun_cues(ctx: QuoteContext) -> Iterator[Statement]:
    for i in token_indices(ctx.doc, LEMMA, ctx.cues.noun_class):
        noun = ctx.doc[i]
        if noun.pos_ != "NOUN" or governed_by_cue(ctx, noun):
            continue
        clause = that_clause(noun)
        source = noun_source(noun) if clause is not None else None
        if clause is None or source is None:
            continue
        tokens = trim([t for t in ctx.doc[clause.left_edge.i:clause.right_edge.i + 1]
                       if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)])
        if len(tokens) < 2:
            continue
        found = speaker_of(ctx, source, None, "noun cue")
        found.kind, found.start = "indirect", tokens[0].idx
        found.end = tokens[-1].idx + len(tokens[-1])
        found.cue = ctx.token_span(noun, noun)
        found.cue_class = ctx.cues.noun_class[noun.lemma_]
        found.source = ctx.token_span(source.left_edge, source)
        yield found


def headline_colon(ctx: QuoteContext) -> Statement | None:
    """ "Kremlin: talks with Kyiv will go on" in the first paragraph of a longer article."""
    if len(ctx.paragraphs) < 2:
        return None
    head = ctx.paragraphs[0]
    line = ctx.text[head.start:head.end]
    colon = line.find(":")
    if colon <= 0 or line.rstrip().endswith((".", "?")):
        return None
    source_text = line[:colon].strip()
    after = line[colon + 1:].strip()
    if source_text.casefold() in HEADLINE_LABELS or len(after.split()) < \
            MIN_HEADLINE_CONTENT_WORDS:
        return None
    first, last = ctx.index.token_range(head.start, head.start + colon)
    tokens = [t for t in ctx.doc[first:last] if not t.is_space]
    if not tokens or len(tokens) > MAX_HEADLINE_SOURCE_TOKENS or \
            any(t.pos_ in ("VERB", "AUX") for t in tokens) or \
            not any(t.pos_ == "PROPN" for t in tokens):
        return None
    root = max(tokens, key=lambda t: t.i if t.pos_ in ("PROPN", "NOUN") else -1)
    found = speaker_of(ctx, root, None, "headline colon")
    start = head.start + colon + 1 + (len(line[colon + 1:]) - len(line[colon + 1:].lstrip()))
    end = head.start + len(line.rstrip())
    if ctx.text[start] in "“\"‘'" and ctx.text[end - 1] in "”\"’'":
        found.kind, start, end = "direct", start + 1, end - 1
    else:
        found.kind = "indirect"
    found.start, found.end = start, end
    found.cue = ctx.span(head.start + colon, head.start + colon + 1)
    found.cue_class = "speech"
    found.source = ctx.span(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    return found
