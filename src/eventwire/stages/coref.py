"""The coreference stage: pronouns, role descriptions, surnames and pair phrases → actors.

Adds mentions (how = pronoun, role, alias, pair) pointing at existing actors; "both sides"
and "the two countries" become two mentions, one per actor of the pair in focus (adding
those states as actors when they were not named). Fills in the gender of people.
"""

from __future__ import annotations

from eventwire.coref.resolver import resolve
from eventwire.document import Document
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.names import GivenNames
from eventwire.pipeline import Stage


def make_coref_stage(lexicon: ActorLexicon, names: GivenNames) -> Stage:
    def run(document: Document) -> None:
        resolve(document, lexicon, names)

    return Stage("coref", needs=("doc", "actors", "mentions", "segments"),
                 adds=("actors", "mentions"), run=run)
