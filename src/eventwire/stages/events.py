"""Event coding: who did what to whom, in CAMEO and PLOVER, with negation and modality.

For every trigger the lexicon knows (verbs, phrasal verbs, event nouns) the stage walks up
the governors ("refused to", "lifted", "the possibility of"), codes the event
(:mod:`eventwire.events.coding`), finds source and target (:mod:`eventwire.events.roles`),
resolves them to actors through the document's mentions (:mod:`eventwire.events.arguments`)
and merges repeated mentions of one event (:mod:`eventwire.events.merge`). Events with no
actor on either side are not coded; a target-only event is kept only for passives ("was
attacked") and "X faces sanctions".
"""

from __future__ import annotations

from eventwire.document import Document
from eventwire.events.arguments import MentionIndex, actor_refs, sentence_home
from eventwire.events.coding import Coder
from eventwire.events.extract import Draft, Extractor
from eventwire.events.fallbacks import retag_nominal_verbs
from eventwire.events.merge import merge
from eventwire.ids import record_id
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.models import Event, Evidence, Offsets
from eventwire.ontology import Ontology
from eventwire.pipeline import Stage
from eventwire.resources import Resources


def ensure_resources(resources: Resources) -> Coder:
    """Load the ontology and trigger lexicon once, if no one has yet."""
    if resources.ontology is None:
        resources.ontology = Ontology.load()
    if resources.triggers is None:
        resources.triggers = TriggerLexicon.load(resources.settings.lexicon_files,
                                                 known_codes=resources.ontology.cameo)
    return Coder(resources.triggers, resources.ontology)


def to_event(draft: Draft, document: Document, coder: Coder) -> Event:
    code = coder.ontology.code(draft.cameo)
    ptype = coder.ontology.plover[code.plover]
    start, end = draft.trigger
    home = sentence_home(document, *draft.sentence)
    return Event(
        id=record_id("ev", document.article.id, code.plover, code.code, start, end),
        plover=code.plover, cameo=code.code, quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=actor_refs(draft.source, document, home),
        target=actor_refs(draft.target, document, home, target=True),
        evidence=evidence(draft.sentence, draft.trigger, document),
        mode=code.plover_mode if code.plover_mode in ptype.modes else None,
        context=code.context, negated=draft.negated, modality=draft.modality,
        quote_id=draft.quote_id,
        mentions=tuple(evidence(s, t, document) for s, t in draft.extra),
    )


def evidence(sentence: tuple[int, int], trigger: tuple[int, int], document: Document) -> Evidence:
    return Evidence(sentence=trimmed(document, *sentence), trigger=document.span(*trigger))


def trimmed(document: Document, start: int, end: int) -> Offsets:
    """Sentence offsets without surrounding whitespace (or a blanked dateline after a title)."""
    text = document.nlp_text or document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Offsets(start, end)


def code_events(document: Document, coder: Coder) -> list[Event]:
    if document.doc is None:
        return []
    retag_nominal_verbs(document.doc)
    drafts = Extractor(document, coder.lexicon, coder, MentionIndex.build(document)).run()
    merged = merge(drafts, lambda c: coder.ontology.code(c).plover,
                   lambda a: actor_key(a, document))
    return [to_event(d, document, coder) for d in merged]


def actor_key(actor_id: str, document: Document) -> str:
    """Events merge on countries: Araghchi (IRN) and "Iran" are one side."""
    actor = document.actors.get(actor_id)
    return actor.country if actor is not None and actor.country else actor_id


def make_event_stage(resources: Resources) -> Stage:
    coder = ensure_resources(resources)

    def run(document: Document) -> None:
        document.events = code_events(document, coder)

    return Stage("events", needs=("doc", "actors"), adds=("events",), run=run)
