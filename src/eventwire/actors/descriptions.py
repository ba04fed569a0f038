"""Definite descriptions → the actor with that role and country.

"the Iranian foreign minister", "the Russian diplomat", "the top diplomat", "the president",
"Iran's foreign minister": a role noun head, optional nationality (a demonym or a state's
possessive) and role modifiers; resolved to a person mentioned earlier whose role and
country fit (an unknown role fits weakly), the most recently mentioned among equals.
Heads, modifiers and the roles a generic head covers come from the role vocabulary
(``descriptions:`` in ``data/actors/sectors.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.lexicon.actors import DescriptionVocabulary


@dataclass(frozen=True)
class Description:
    first: Token
    head: Token
    modifiers: tuple[str, ...]  # lower-case role modifiers ("foreign", "top")
    country_tokens: tuple[Token, ...]  # demonyms or possessive states
    vocabulary: DescriptionVocabulary = field(compare=False, repr=False)

    def role_fit(self, role: str | None) -> int:
        """2: the role fits; 1: unknown role; 0: a different role."""
        if not role:
            return 1
        role = role.lower()
        head = self.head.lower_
        if head in ("minister", "diplomat", "negotiator") and \
                ("foreign" in self.modifiers or "top" in self.modifiers or
                 "chief" in self.modifiers and head == "diplomat"):
            return 2 if any(r in role for r in self.vocabulary.foreign) else 0
        specific = [m for m in self.modifiers if m not in ("top", "chief", "deputy")]
        if specific and not all(m in role for m in specific):
            return 0
        return 2 if any(r in role for r in self.vocabulary.covers.get(head, (head,))) else 0


def description_at(token: Token, vocabulary: DescriptionVocabulary) -> Description | None:
    """A description whose determiner (or possessive) is ``token``."""
    head = token.head
    if token.dep_ not in ("det", "poss") or head.lower_ not in vocabulary.heads or head.i < token.i:
        return None
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                           and c.i > head.i for c in head.children):
        return None
    if token.dep_ == "det" and token.lower_ != "the":
        return None
    between = token.doc[token.i + 1:head.i]
    if any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG") for t in between):
        return None
    modifiers = tuple(t.lower_ for t in between if t.lower_ in vocabulary.modifiers)
    countries = tuple(t for t in between if t.ent_type_ in ("NORP", "GPE"))
    if token.dep_ == "poss":
        countries = (token,) + countries
    countries += of_countries(head)
    return Description(token, head, modifiers, countries, vocabulary)


def of_countries(head: Token) -> tuple[Token, ...]:
    """States in an "of" phrase on the head: "the president of Armenia"."""
    return tuple(t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for t in c.subtree if t.ent_type_ in ("NORP", "GPE"))
