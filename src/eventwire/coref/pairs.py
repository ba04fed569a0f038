"""The set in focus: "both sides", "the two countries", "the three governments", "the
juntas", "the allies" (the grammar is :mod:`eventwire.actors.groups`), and "they".

Sets are learned while walking the text: actors of one kind joined by "and" ("Iran and
Russia", "Mali, Burkina Faso and Niger"), a person and "his … counterpart" Y, or a subject
and an object of one clause ("X met Y", "X held talks with Y"). The set in focus is the one
mentioned most often, recent mentions weighing more, of the size the phrase gives ("the three
governments"); people stand for their countries when the phrase means states ("both sides"
after two ministers met).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

STATE_WORDS = frozenset({"sides", "countries", "nations", "governments", "states", "capitals",
                         "delegations"})  # a delegation stands for its state
PERSON_WORDS = frozenset({"leaders", "ministers", "men", "women", "presidents", "diplomats",
                          "officials", "counterparts", "foreign"})
PAIR_WINDOW = 6  # sentences
PAIR_DECAY = 0.85  # weight of a pair mention per sentence back
# A group anaphor resolves only to a set that holds at least this share of the weight of all
# the sets that fit it (its confidence); below it, the phrase stays unresolved.
GROUP_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Pair:
    """A set of two or more actors of one kind mentioned together (a pair when two)."""

    ids: tuple[str, ...]
    kind: str  # state|person|...
    sent: int
    quoted: bool = False
    clause: bool = False  # subject and object of one clause, not joined by "and"


def pair_phrase(token: Token) -> tuple[Token, Token, str] | None:
    """ "both sides" / "the two countries" starting at ``token``: (first, last, wanted kind)."""
    doc = token.doc
    lower = token.lower_
    if lower == "both" and token.i + 1 < len(doc):
        noun = doc[token.i + 1]
        last = noun
    elif lower == "the" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "two":
        noun, last = doc[token.i + 2], doc[token.i + 2]
    else:
        return None
    if noun.lower_ in STATE_WORDS:
        return token, last, "state"
    if noun.lower_ in PERSON_WORDS:
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if noun.lower_ == "foreign" and after is not None and after.lower_ == "ministers":
            return token, after, "person"
        return (token, last, "person") if noun.lower_ != "foreign" else None
    return None
