"""Sides of reactive events from the discourse (issue 10, session 8).

An acceptance or a rejection answers something said to its source earlier in the report,
however far back and whatever quotes or background came between:

* an agreement, acceptance or offer taken up (PLOVER AGREE) with no target answers the
  latest request, demand, proposal or meeting addressed to its source ("The UN envoy met
  Assad and asked him to open more crossings. … Assad agreed to open two more" → the UN);
* a rejection (PLOVER REJECT) with no target answers the latest accusation, demand, request,
  proposal or threat aimed at its source ("Estonia accused Russia of jamming GPS signals. …
  four paragraphs of quotes … Moscow rejected what it called baseless claims" → Estonia);
  a denial of responsibility (CAMEO 016) answers only an accusation.

Only discourse order and actor identity decide: the earlier act must be aimed at the
reacting actor (the same actor, or a body of the same party: a minister answers for the
state that was asked), must be told as real (asserted or reported, not negated: never the
agent of a clause that is only conditional, planned or hypothetical), and must be by another
party. The target is never the source. Acts that already have a target, reciprocal acts
and acts by several parties together are left alone (the PLOVER manual codes an agreement
between parties as their own dyad).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.document import Document
from eventwire.events.coding import Coder
from eventwire.events.extract import Draft

REALIS = ("asserted", "reported")
DENIAL = "016"  # CAMEO: deny responsibility
# what each reaction answers (PLOVER types of the earlier act)
ANSWERS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"REQUEST", "CONSULT", "AGREE"}),
    "REJECT": frozenset({"ACCUSE", "REQUEST", "AGREE", "THREATEN"}),
}
# a rejection of responsibility answers only an accusation
DENIAL_ANSWERS = frozenset({"ACCUSE"})


def party(actor_id: str, document: Document) -> str:
    """The party an actor acts for: its country (a minister, a ministry and the state are
    one), or its own code or id (an organisation of no country)."""
    actor = document.actors.get(actor_id)
    return (actor.country or actor.code or actor_id) if actor is not None else actor_id


def answered_targets(drafts: list[Draft], document: Document, coder: Coder) -> list[Draft]:
    """``drafts`` with the missing target of each reaction filled from the discourse (see
    the module doc)."""
    out: list[Draft] = []
    for draft in drafts:
        plover = coder.ontology.code(draft.cameo).plover
        kinds = DENIAL_ANSWERS if draft.cameo == DENIAL else ANSWERS.get(plover)
        if (kinds is None or draft.target or not draft.source or draft.reciprocal
                or draft.negated or len({party(a, document) for a in draft.source}) != 1):
            out.append(draft)
            continue
        answered = answered_act(draft, kinds, drafts, document, coder)
        out.append(replace(draft, target=answered) if answered else draft)
    return out


def answered_act(draft: Draft, kinds: frozenset[str], drafts: list[Draft],
                 document: Document, coder: Coder) -> list[str]:
    """The source of the latest realis act of ``kinds`` told before ``draft`` that is aimed
    at the draft's source by another party; [] if there is none."""
    mine = {party(a, document) for a in draft.source}
    ids = set(draft.source)
    for earlier in sorted((d for d in drafts if d.trigger[0] < draft.trigger[0]),
                          key=lambda d: d.trigger[0], reverse=True):
        if (not earlier.source or not earlier.target or earlier.negated
                or earlier.modality not in REALIS
                or coder.ontology.code(earlier.cameo).plover not in kinds):
            continue
        if mine & {party(a, document) for a in earlier.source}:
            continue  # its own side's act
        if ids & set(earlier.target) or mine & {party(a, document) for a in earlier.target}:
            return [a for a in earlier.source if party(a, document) not in mine]
    return []
