"""The actors stage: named entities and lexicon surfaces → actors with mentions
(:mod:`eventwire.actors`)."""

from __future__ import annotations

from eventwire.actors.finder import find_actors
from eventwire.document import Document
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.names import GivenNames
from eventwire.pipeline import Stage


def make_actor_stage(lexicon: ActorLexicon, names: GivenNames) -> Stage:
    def run(document: Document) -> None:
        find_actors(document, lexicon, names)

    return Stage("actors", needs=("article", "doc", "paragraphs", "dateline"),
                 adds=("actors", "mentions"), run=run)
