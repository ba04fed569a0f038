"""Event coding: who did what to whom, in CAMEO and PLOVER, with negation and modality.

For every trigger the lexicon knows (verbs, phrasal verbs, event nouns) the stage walks up
the governors ("refused to", "lifted", "the possibility of"), codes the event
(:mod:`eventwire.events.coding`), finds source and target (:mod:`eventwire.events.roles`),
resolves them to actors through the document's mentions (:mod:`eventwire.events.arguments`),
one event per mention; the merge stage, after dating, keeps one event per real event
(:mod:`eventwire.events.merge`). Events with no
actor on either side are not coded; a target-only event is kept only for passives ("was
attacked") and "X faces sanctions". A place that names a target's state becomes a mention
of it (adding the state as an actor when the article had not named it).
"""

from __future__ import annotations

from eventwire.document import Document
from eventwire.events.build import code_events
from eventwire.events.coding import Coder
from eventwire.events.learned.model import EventClassifier
from eventwire.events.merge import merge
from eventwire.geo import Gazetteer
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.ontology import Ontology
from eventwire.pipeline import Stage


def make_event_stage(triggers: TriggerLexicon, ontology: Ontology, actors: ActorLexicon,
                     gazetteer: Gazetteer, learned: EventClassifier | None = None) -> Stage:
    """``learned``: the trained classifier that adds events (confidence "learned") for
    predicate tokens no rule covers; None (the default setting) leaves the rules alone."""
    coder = Coder(triggers, ontology)

    def run(document: Document) -> None:
        document.events = code_events(document, coder, actors, gazetteer, learned)

    return Stage("events", needs=("article", "doc", "nlp_text", "actors", "mentions", "quotes",
                                      "places"),
                 adds=("events", "actors", "mentions"), run=run)


def make_merge_stage() -> Stage:
    """Repeated mentions of one event become one event; runs after dating, since mentions
    with different dates are different events."""

    def run(document: Document) -> None:
        document.events = merge(document.events, document.doc)

    return Stage("merge", needs=("events", "doc"), adds=("events",), run=run)
