"""Titles and appositions of names: "Iranian Foreign Minister Abbas Araghchi", "Abbas
Araghchi, Iran's foreign minister" → country and role."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.document import Document
from eventwire.lexicon.actors import ActorLexicon, SectorTerm
from eventwire.token_lookup import children_of

TITLE_STOP = {"the", "a", "an", "and", "or", "by", "of", "with", "to", "for", "on", "in", ",",
              "said", "says"}


def clean_entity(ent: SpacySpan) -> SpacySpan:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "'s", "’s"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def title_tokens(ent: SpacySpan) -> list[Token]:
    """Tokens immediately left of a person's name that belong to its title."""
    doc = ent.doc
    out: list[Token] = []
    i = ent.start - 1
    while i >= 0 and len(out) < 6:
        tok = doc[i]
        if tok.is_space or tok.lower_ in TITLE_STOP or tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT"):
            if tok.tag_ != "POS":
                break
        out.insert(0, tok)
        i -= 1
    return out


def appositive_tokens(ent: SpacySpan) -> list[Token]:
    """The apposition of a name: "Abbas Araghchi, Iran's foreign minister, ..."."""
    for child in children_of(ent.root):
        if child.dep_ == "appos" and child.i >= ent.end:
            return [t for t in child.subtree if not t.is_punct]
    return []


def title_country(tokens: list[Token], lexicon: ActorLexicon, document: Document) -> str | None:
    """The state named among the tokens: a word or a run of up to three ("Saudi",
    "United States"), or an existing state mention over one of them."""
    words = [t.text.removesuffix("'s").removesuffix("’s") for t in tokens]
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            for surface in lexicon.lookup(" ".join(words[start:start + size])):
                if surface.kind == "state":
                    return surface.key
    for tok in tokens:
        mention = document.mention_at(tok.idx, tok.idx + len(tok.text))
        if mention and document.actors[mention.actor].kind == "state":
            return document.actors[mention.actor].country
    return None


def title_role(tokens: list[Token], lexicon: ActorLexicon) -> SectorTerm | None:
    """The longest role noun or phrase of the sector vocabulary among the tokens."""
    words = [t.lower_ for t in tokens]
    for n in range(len(words), 0, -1):
        for start in range(len(words) - n + 1):
            term = lexicon.sector_term(" ".join(words[start:start + n]))
            if term is not None:
                return term
    return None
