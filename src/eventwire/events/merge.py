"""One event per real event in an article.

Runs after dating (each mention has its own date and place). Mentions merge when
:func:`eventwire.events.compatible.same_event` says they can name one event: the same type
family, actors in the same direction (either direction only for symmetric types such as
talks), overlapping dates, compatible places, the same negation and reality. A mention
missing its source or target joins a fuller event only when exactly one is compatible (a
headline "No talks with U.S." joins "Iran dismissed talks with the United States"); a
full mention joins the compatible event with the same actors, else the one told most
recently before it. Visits are kept before the talks held during them, fuller events
before partial ones, earlier before later; the others become the kept event's extra
evidence (``mentions``). Weak mentions (no source) are only ever evidence. Directed
mentions also keep their actors apart down to the sector (:func:`same_actors`): within one
country, the army and the rebels, or the police and the protesters, are different sides.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from eventwire.document import EventDraft
from eventwire.events.compatible import keys, same_event, symmetric, within
from eventwire.models import ActorRef
from eventwire.token_lookup import children_of, conjuncts_of

VISITS = ("042", "043")


def full(event: EventDraft) -> bool:
    return bool(event.source) and bool(event.target)


MEDIATION = ("043", "045")  # host, mediate
MEDIATE = "045"


def third_party(a: EventDraft, b: EventDraft) -> bool:
    """A host's or mediator's act towards two or more parties ("talks hosted by Oman",
    CAMEO 043/045) and those parties' own talks are two events: the mediator is not one of
    the parties (PLOVER CONSULT codes the mediation with the mediator as its source)."""
    for one, other in ((a, b), (b, a)):
        if one.cameo.startswith(MEDIATION) and len(keys(one.target)) >= 2 and not (
                keys(one.source) & (keys(other.source) | keys(other.target))):
            return True
        # a mediation (CAMEO 045) is the mediator's own act: a meeting the mediator takes
        # part in is another event ("the US-brokered deal" and "the two ministers later
        # met President Trump": the mediator the source of one, a party of the other)
        # (a mention with the mediation's own sides is the mediation read again: "the
        # Saudi-led talks between …")
        if one.cameo.startswith(MEDIATE) and not other.cameo.startswith(MEDIATE) and (
                keys(one.source) & (keys(other.source) | keys(other.target))) and (
                (keys(one.source), keys(one.target)) != (keys(other.source),
                                                         keys(other.target))):
            return True
    return False


def codes(refs: tuple[ActorRef, ...]) -> frozenset[str]:
    """A side as CAMEO-style actor codes: country and sector (SDNMIL, UGACOP), else the
    country, else the actor id."""
    return frozenset(r.code or r.country or r.actor for r in refs)


def same_actors(a: EventDraft, b: EventDraft) -> bool:
    """Whether two directed mentions have the same actors on each side down to their sector:
    an army's shelling of the rebels (SDNMIL → SDNREB) and the rebels' attack on the army
    (SDNREB → SDNMIL) share one country on both sides but are two events, and so are police
    firing on protesters and protesters stoning police. A side naming the state and one
    naming a body of it ("Russia", "Russian forces": RUS, RUSMIL) may be one actor; an empty
    side never conflicts. Symmetric acts (talks, agreements) and visits (a visit is its
    host's hosting, sides reversed) are left to :func:`compatible.same_event`."""
    if symmetric(a.cameo) or symmetric(b.cameo) or "CONSULT" in (a.plover, b.plover):
        return True
    return all(not x or not y or within(x, y) or within(y, x)
               for x, y in ((codes(a.source), codes(b.source)),
                            (codes(a.target), codes(b.target))))


def persons(refs: tuple[ActorRef, ...]) -> set[str]:
    return {r.actor for r in refs if r.actor.startswith("person:")}


def other_visit(a: EventDraft, b: EventDraft) -> bool:
    """A visit by a named person that the other visit mention does not name, told for another
    day ("the first visit by a Turkish foreign minister … on Sunday"; "earlier this month,
    the intelligence chief visited the city"), is another visit: a visit is one traveller's
    (or delegation's) trip, and the same country on the source side is not enough."""
    if not (a.cameo.startswith(VISITS) and b.cameo.startswith(VISITS)):
        return False
    named = persons(a.source) ^ persons(b.source)
    day = a.date is not None and b.date is not None and a.date.value == b.date.value
    return bool(named) and not day


def predicate(token: Token) -> Token:
    """The verb whose clause tells the deed at ``token`` ("imposed" for "sanctions")."""
    current = token
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def conjoined_deeds(doc: Doc | None, events: list[EventDraft]) -> set[frozenset[int]]:
    """Pairs (trigger starts) of events told by coordinated predicates with their own codes:
    "withdrew from the deal and imposed sanctions" is two deeds, not a generic 160 and its
    specific 163 (coordination joins two predications; PLOVER codes each). ASSAULT codes
    are ways of telling one deed ("struck and bombed") and stay mergeable."""
    if doc is None:
        return set()
    verbs: dict[int, Token] = {}
    for event in events:
        span = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                             alignment_mode="expand")
        if span is not None and len(span):
            verbs[event.evidence.trigger.start] = predicate(span[0])
    apart: set[frozenset[int]] = set()
    for a in events:
        for b in events:
            va, vb = verbs.get(a.evidence.trigger.start), verbs.get(b.evidence.trigger.start)
            if (va is None or vb is None or va.i == vb.i or a.cameo == b.cameo
                    or "ASSAULT" in (a.plover, b.plover)):
                continue
            if any(c.i == vb.i for c in conjuncts_of(va)):
                apart.add(frozenset((a.evidence.trigger.start, b.evidence.trigger.start)))
    return apart


# focus adverbs that add a deed to one told before ("It also imposed sanctions on …")
ADDITIVE = {"also", "additionally", "likewise"}


def additive_deeds(doc: Doc | None, events: list[EventDraft]) -> set[frozenset[int]]:
    """Pairs (trigger starts) of an event whose predicate says "also" and each event of its
    type by the same source told before it: "The EU imposed sanctions on three officials. It
    also imposed sanctions on two shipping firms" is a second deed (the additive presupposes
    another event of the kind by that actor, so it is not a repeated mention of that one).
    With another source the additive is about the source ("Turkey also hosted Greece's
    prime minister" after his visit: the visit told from the host's side). Fighting is
    left to the date and sides, as for coordinated deeds: one day's attacks by one side on
    another are one event ("The army also struck al-Shabaab fighters")."""
    if doc is None:
        return set()
    apart: set[frozenset[int]] = set()
    for event in events:
        span = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                             alignment_mode="expand")
        if span is None or not len(span):
            continue
        verb = predicate(span[0])
        if not any(c.dep_ == "advmod" and c.lower_ in ADDITIVE for c in (
                *children_of(verb), *children_of(span[0]))):
            continue
        for other in events:
            if (other.plover == event.plover != "ASSAULT"
                    and codes(other.source) & codes(event.source)
                    and other.evidence.trigger.start < event.evidence.trigger.start):
                apart.add(frozenset((other.evidence.trigger.start,
                                     event.evidence.trigger.start)))
    return apart


def host_for(event: EventDraft, kept: list[EventDraft],
             apart: Collection[frozenset[int]] = ()) -> EventDraft | None:
    # the two directions of a reciprocal event are one mention (the same trigger): they
    # stay two events, and a partial mention of the event joins the one with its source
    hosts = [k for k in kept if same_event(k, event) and not third_party(k, event)
             and same_actors(k, event) and k.evidence.trigger != event.evidence.trigger
             and not other_visit(k, event) and frozenset(
                 (k.evidence.trigger.start, event.evidence.trigger.start)) not in apart]
    if not hosts:
        return None
    if not full(event):
        if len({k.evidence.trigger for k in hosts}) != 1:
            return None
        own = [k for k in hosts if keys(k.source) & keys(event.source)]
        return (own or hosts)[0]
    sides = (keys(event.source), keys(event.target))
    same = [k for k in hosts if (keys(k.source), keys(k.target)) == sides]
    if len(same) == 1:
        return same[0]
    hosts = same or hosts
    start = event.evidence.trigger.start
    before = [k for k in hosts if k.evidence.trigger.start <= start]
    if before:  # the event most recently told about
        return max(before, key=lambda k: k.evidence.trigger.start)
    return min(hosts, key=lambda k: k.evidence.trigger.start)


def merge(events: list[EventDraft], doc: Doc | None = None) -> list[EventDraft]:
    """``doc``: the article's parse, to keep coordinated and added deeds apart
    (:func:`conjoined_deeds`, :func:`additive_deeds`)."""
    # an event missing a side never hosts full ones ("… were killed" with four targets
    # and no source would take in "Pakistani air strikes hit Kabul")
    ranked = sorted(events, key=lambda e: (e.weak, not e.cameo.startswith(VISITS),
                                           not full(e), -(len(e.source) + len(e.target)),
                                           e.evidence.trigger.start))
    apart = conjoined_deeds(doc, events) | additive_deeds(doc, events)
    kept: list[EventDraft] = []
    for event in ranked:
        host = host_for(event, kept, apart)
        if host is not None:
            host.mentions = (*host.mentions, event.evidence, *event.mentions)
        elif not event.weak:
            kept.append(event)
    return sorted(kept, key=lambda e: e.evidence.trigger.start)
