"""Modifiers that name another party than the phrase's own actor (issue 10, session 8).

"The Houthis, an Iranian-backed group", "Russian-backed separatists", "the Iran-aligned
movement", "a US-funded militia": a name joined by a hyphen to a participle of backing names
the group's backer, not the group. CAMEO codes the group itself (the Houthis are YEMREB, not
Iran), so such a modifier gives the phrase neither its actor nor its country. "-led" is not
among them: PETRARCH codes "the Saudi-led coalition" as its leader (SAU), and so do we.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.document import Mention

# Participles of backing: the name before the hyphen is the backer ("Iranian-backed",
# "Kremlin-funded", "Turkish-supported", "Iran-allied", "Moscow-aligned", "state-sponsored").
# Affiliation ("al-Qaeda-linked", "IS-affiliated", "jihadist-inspired") is not backing: CAMEO
# codes an al-Qaeda-linked group as that movement, so those words stay the group's own.
BACKING_PARTICIPLES = frozenset({
    "backed", "allied", "funded", "supported", "aligned", "sponsored", "financed", "armed",
    "trained", "bankrolled", "equipped", "friendly",
})
HYPHENS = frozenset({"-", "–", "‑"})


def backing_participle(token: Token) -> bool:
    """``token`` is the participle of a hyphenated backing modifier: "backed" in
    "Iranian-backed" (split by the tokenizer into "Iranian", "-", "backed") or a
    hyphenated token that kept its parts ("Iranian-backed")."""
    lower = token.lower_
    if lower in BACKING_PARTICIPLES:
        doc = token.doc
        i = token.i
        return i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 2].whitespace_
    if "-" in lower:
        return lower.rsplit("-", 1)[1] in BACKING_PARTICIPLES
    return False


def backer_tokens(head: Token) -> set[int]:
    """The token indices of the backing modifiers on ``head`` ("Iranian", "-", "backed" in
    "the Iranian-backed group"): words that name the backer, not the phrase's actor."""
    out: set[int] = set()
    for child in head.lefts:
        if backing_participle(child):
            out.update(t.i for t in child.subtree)
    return out


def backer_word(token: Token) -> bool:
    """``token`` is inside a backing modifier ("Iranian" in "Iranian-backed group")."""
    for ancestor in (token, *list(token.ancestors)[:2]):
        if backing_participle(ancestor) and ancestor.i >= token.i:
            return True
    return False


def backer_mention(doc: Doc, mention: Mention) -> bool:
    """A mention that only names a group's backer ("Iranian" in "an Iranian-backed group"):
    it neither sets the report's setting nor gives its sentence a state."""
    if mention.token_start is not None:
        return backer_word(doc[mention.token_start])
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and backer_word(span[0])
