"""Plural group anaphora: a definite plural noun phrase that stands for a set of actors named
earlier ("the three governments", "the juntas", "both countries", "the two neighbours", "the
allies", "all four leaders").

The grammar, not a list of phrases: a plural noun head (tag NNS) with a definite determiner
("the", "these", "those") or "both"/"all"; an optional number word ("two" … "twelve", or
digits), which must then equal the size of the set; optional lower-case modifiers that name no
actor ("the departing states", "the military governments"); and no phrase of its own that
could name the set ("the countries of the region", "the bloc's members", "the Gulf states").
The head is

- a noun for states: a relational state noun (countries, nations, states, sides, capitals,
  neighbours, allies, partners, powers) or a government noun of the role vocabulary that has a
  singular (government, junta, regime, administration, military government) → a set of states;
- a noun for leaders: "leaders", "counterparts", or a role noun of the vocabulary with a
  role (presidents, ministers, prime ministers, envoys) → a set of people (or of states, when
  the people's set is not in view: their countries).

"the authorities" and "officials" (nouns with no singular in the vocabulary) are one state's
organs, not a set: they stay with :mod:`eventwire.actors.collectives`.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.lexicon.actors import ActorLexicon

STATE_NOUNS = frozenset({
    "countries", "nations", "states", "sides", "capitals", "neighbours", "neighbors", "allies",
    "partners", "powers", "governments",
    "parties", "rivals", "foes", "adversaries", "belligerents",  # the sides of a dispute
})
LEADER_NOUNS = frozenset({"leaders", "counterparts", "ministers", "presidents"})
DEFINITE = frozenset({"the", "these", "those"})
QUANTIFIERS = frozenset({"both", "all"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "quantmod", "nmod"})
OWN_PHRASE_PREPS = frozenset({"of", "from", "in"})


@dataclass(frozen=True)
class GroupPhrase:
    """A plural group anaphor: its first and last tokens, the kind of set it wants ("state" or
    "person") and the number it gives (None: any set of two or more)."""

    first: Token
    last: Token
    kind: str
    size: int | None


def head_kind(head: Token, lexicon: ActorLexicon | None) -> str | None:
    """ "state" or "person" for a plural head noun that can stand for a set, else None."""
    if head.tag_ not in ("NNS", "NNPS") or not head.text.islower():
        return None
    lower = head.lower_
    if lower in STATE_NOUNS:
        return "state"
    if lower in LEADER_NOUNS:
        return "person"
    if lexicon is None:
        return None
    term = lexicon.sector_term(lower)
    if term is None or term.sector != "GOV" or term.term == lower:
        return None  # not a state body; "authorities", "officials": no singular, no set
    return "person" if term.role else "state"


def group_phrase(head: Token, lexicon: ActorLexicon | None,
                 mentioned: Container[int] = frozenset()) -> GroupPhrase | None:
    """The group anaphor headed by ``head``, if the phrase has the grammar above.
    ``mentioned``: tokens already in an actor mention (a modifier naming an actor, as
    "the Baltic states" or "the European allies", makes a description of its own)."""
    kind = head_kind(head, lexicon)
    if kind is None or head.dep_ == "compound":
        return None
    doc = head.doc
    # the phrase's words left of the head: determiner, quantifier, number, modifiers
    first = head
    definite, size = False, None
    for child in sorted(head.lefts, key=lambda t: t.i, reverse=True):
        lower = child.lower_
        if child.dep_ in ("det", "predet") and lower in DEFINITE | QUANTIFIERS:
            definite = True
            size = 2 if lower == "both" else size
            first = child
            if child.i > 0 and doc[child.i - 1].lower_ == "all" and doc[child.i - 1].head == head:
                first = doc[child.i - 1]  # "all the three"
        elif child.dep_ == "poss":
            return None  # "the bloc's members", "their allies": a set of its own
        elif lower in NUMBERS or child.like_num and child.text.isdigit():
            number = NUMBERS.get(lower) or int(child.text)
            if size is not None and size != number:
                return None
            size, first = number, child
            if lower_child_all(child):  # "all three" (all attached to the number)
                definite, first = True, child.left_edge
        elif child.dep_ in MODIFIER_DEPS:
            if not child.text.islower() or any(t.i in mentioned for t in child.subtree):
                return None  # "the Gulf states", "the European allies": named by the phrase
            first = child.left_edge
        else:
            return None
    if not definite or (size is not None and size < 2):
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in OWN_PHRASE_PREPS and any(
                c.dep_ == "pobj" for c in child.children):
            return None  # "the countries of the region", "the leaders of Mali and Niger"
            # (not "accused the four states of preparing …": a clause, not the set's name)
        if child.dep_ == "appos":
            return None  # "the two countries, Mali and Niger": the apposition names them
    return GroupPhrase(first, head, kind, size)


def lower_child_all(number: Token) -> bool:
    return any(c.lower_ == "all" for c in number.children)
