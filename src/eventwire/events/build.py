"""One document's events: coded drafts (:mod:`.extract`) with ids, ontology fields, actor
references and evidence, one per mention. They stay :class:`EventDraft` until the report is
built: the dating stage adds their date and place, then the merge stage (:mod:`.merge`)
keeps one event per real event."""

from __future__ import annotations

from typing import cast

from eventwire.document import Document, EventDraft
from eventwire.events.arguments import MentionIndex, actor_refs, sentence_home
from eventwire.events.coding import Coder
from eventwire.events.extract import Draft, Extractor
from eventwire.geo import Gazetteer
from eventwire.ids import record_id
from eventwire.lexicon.actors import ActorLexicon
from eventwire.models import Evidence, Modality, Offsets, PloverType


def code_events(document: Document, coder: Coder, actors: ActorLexicon,
                gazetteer: Gazetteer) -> list[EventDraft]:
    if document.doc is None:
        return []
    drafts = Extractor(document, coder.lexicon, coder, MentionIndex.build(document), actors,
                       gazetteer).run()
    return [to_event(d, document, coder, actors) for d in drafts]


def to_event(draft: Draft, document: Document, coder: Coder, actors: ActorLexicon
             ) -> EventDraft:
    code = coder.ontology.code(draft.cameo)
    ptype = coder.ontology.plover[code.plover]
    start, end = draft.trigger
    home = sentence_home(document, *draft.sentence)
    return EventDraft(
        id=record_id("ev", document.article.id, code.plover, code.code, start, end),
        plover=cast(PloverType, code.plover),  # the ontology's PLOVER types
        cameo=code.code, quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=actor_refs(draft.source, document, actors, home),
        target=actor_refs(draft.target, document, actors, home, target=True),
        evidence=evidence(draft.sentence, draft.trigger, document),
        mode=code.plover_mode if code.plover_mode in ptype.modes else None,
        context=code.context, negated=draft.negated, modality=cast(Modality, draft.modality),
        quote_id=draft.quote_id,
        mentions=tuple(evidence(s, t, document) for s, t in draft.extra),
        confidence=draft.confidence, weak=draft.weak,
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

