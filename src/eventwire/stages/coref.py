"""The coreference stage: pronouns, role descriptions, surnames and pair phrases → actors.

Adds mentions (how = pronoun, role, alias, pair) pointing at existing actors; "both sides"
and "the two countries" become two mentions, one per actor of the pair in focus.
"""

from __future__ import annotations

from eventwire.coref.resolver import resolve
from eventwire.document import Document
from eventwire.lexicon.names import GivenNames
from eventwire.pipeline import Stage
from eventwire.resources import Resources


def make_coref_stage(resources: Resources) -> Stage:
    names = resources.names if isinstance(resources.names, GivenNames) else GivenNames.load()

    def run(document: Document) -> None:
        resolve(document, names)

    return Stage("coref", needs=("doc", "actors"), adds=("coref",), run=run)
