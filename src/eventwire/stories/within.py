"""The same-event test inside one story: what two mentions of different articles that the
clusterer put in one story must share to be one fused event. Pure.

Articles of one story report one happening (the clusterer joined them by their words, their
events and their days, and keeps other days' happenings apart), so their mentions of its deed
are told by different outlets with the parties named differently: one outlet's "Israeli jets
hit its Damascus consulate" names the country the building stands in where another's "the
Israeli attack on the Iranian consulate" names its owner; "Moscow fired missiles at Kyiv"
against "Russian forces struck defence-industry facilities". Within a story the test of
:func:`eventwire.events.compatible.same_event` is kept whole but for the sides: one side
agreeing (the same actors, or a part of the other's, by country or actor code) is enough,
unless a party of one is on the other side of the other (a retaliation: the struck strikes
back; within one country, a named part of it such as the police or protesters:
:func:`~eventwire.events.compatible.crossed`) or one of them is a domestic event (both sides
one country) against an international one. Symmetric deeds (talks, agreements) need one
participant each side (or one naming the other's parties with more: :func:`same_parties`), and
the two sides of one country's conflict are never one doer (:func:`opposite_belligerents`).
Across stories the full test holds; a directed deed with no target fuses
only inside its story (:func:`eventwire.store.fused.untargeted`)."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.compatible import (
    EventLike,
    by_police,
    crossed,
    dates_overlap,
    domestic_against,
    keys,
    nested,
    overlaps,
    places_compatible,
    raid_and_arrest,
    reported_place,
    same_family,
    same_modality,
    symmetric,
    venue,
)
from eventwire.models import ActorRef

# AGREE codes that are pledges (intent to give diplomatic support, material aid), not the
# parties' agreement: never one deed with their other agreements
PLEDGES = ("032", "033")


def one_agreement(a: EventLike, b: EventLike) -> bool:
    """Two AGREE mentions of one story: the agreement its parties reached, told by one outlet
    as an agreement to settle their dispute (037), by another as one to open negotiations
    (036) or to cooperate (031) — the codes of PLOVER's one AGREE type, whose modes are what
    was agreed; never a pledge of support or aid (:data:`PLEDGES`)."""
    return (a.plover == b.plover == "AGREE" and not a.cameo.startswith(PLEDGES)
            and not b.cameo.startswith(PLEDGES))


MILITARY = "MIL"  # CAMEO sector of armed forces


def police_raid(a: EventLike, b: EventLike) -> bool:
    """A raid (190/175) and an arrest (173) of one story are one deed when the police or a
    security service does one of them and no army either: the outlet that tells the arrest
    may name "the authorities" or "the interior ministry" for the police another saw raid the
    office (across stories both must be police: eventwire.events.compatible). An army's
    assault and its detentions stay two deeds."""
    return ((by_police(a.source) or by_police(b.source))
            and not any(r.sector == MILITARY for r in (*a.source, *b.source)))


def same_parties(sa: frozenset[str], ta: frozenset[str], sb: frozenset[str],
                 tb: frozenset[str]) -> bool:
    """Whether two mentions of talks or an agreement (no direction) name one meeting of one
    story: the parties one names are among the other's (a mediator or host added, one party
    left out), or, when both name two sides, a party of each side is on a side of the other
    (either way round). One party in common is not enough: on one day a minister meets one
    delegation, then another; leaders call a president about talks he is not at (CAMEO 04:
    a consultation is known by all its parties)."""
    both_a, both_b = sa | ta, sb | tb
    if not overlaps(both_a, both_b, True):
        return False
    if nested(both_a, both_b, across=True) or not (sa and ta and sb and tb):
        return True
    return ((overlaps(sa, sb, True) and overlaps(ta, tb, True))
            or (overlaps(sa, tb, True) and overlaps(ta, sb, True)))


def host_of(a: EventLike, b: EventLike) -> bool:
    """Whether one of two consultations names only the country the other's meeting is held in:
    its host or mediator taking part ("the talks in Istanbul, mediated by Türkiye" and
    "Russian and Ukrainian delegations held talks in Istanbul"; CAMEO 043: the country where
    a meeting is held hosts it)."""
    pa, pb = keys(a.source) | keys(a.target), keys(b.source) | keys(b.target)
    return bool((pa and pa <= venue(b)) or (pb and pb <= venue(a)))


# CAMEO's domestic roles: the organs of a state and its armed forces, and the parties that
# fight or oppose it (rebels, insurgents, separatists, the opposition, armed groups, criminals)
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
NON_STATE = frozenset({"REB", "INS", "SEP", "OPP", "UAF", "CRM"})


def opposite_belligerents(a: EventLike, b: EventLike) -> bool:
    """Whether the two mentions' doers are the two sides of one country's conflict: the
    sectors one names are all organs of the state (the army, the police) and the other's all
    parties that fight or oppose it (rebels, the opposition) — "the army retook the palace"
    and "a rebel drone struck the palace" are two deeds, though both read as Sudan against
    Sudan. A doer named by its country alone has no side to oppose."""
    def sides(refs: Sequence[ActorRef]) -> frozenset[str]:
        return frozenset(r.sector for r in refs if r.sector)

    da, db = sides(a.source), sides(b.source)
    return bool(da and db and ((da <= STATE_ORGANS and db <= NON_STATE)
                               or (db <= STATE_ORGANS and da <= NON_STATE)))


def same_event_in_story(a: EventLike, b: EventLike) -> bool:
    """Whether mentions ``a`` and ``b`` of two articles of one story are one deed (module
    doc): the type family (and any two agreements, :func:`one_agreement`), modality, dates
    and places as across stories, one side agreeing."""
    if not ((same_family(a.plover, a.cameo, b.plover, b.cameo, across=True)
             or one_agreement(a, b))
            and (not raid_and_arrest(a.cameo, b.cameo) or police_raid(a, b))
            and same_modality(a, b)
            and dates_overlap(a.date, b.date, across=True)
            and places_compatible(reported_place(a.place, True), reported_place(b.place, True))):
        return False
    sa, ta, sb, tb = keys(a.source), keys(a.target), keys(b.source), keys(b.target)
    if domestic_against(sa, ta, sb | tb) or domestic_against(sb, tb, sa | ta) or crossed(a, b):
        return False  # a domestic deed against an international one; parts in crossed roles
    consult = a.plover == b.plover == "CONSULT"
    if consult and host_of(a, b):
        return True
    if consult or (symmetric(a.cameo, across=True) and symmetric(b.cameo, across=True)):
        # a meeting told as talks, a visit, its hosting or its mediation is known by all its
        # parties, not by one side: an envoy's visit to Tehran shares Iran with the US-Iran
        # talks the same week, and is not them
        return same_parties(sa, ta, sb, tb)
    if opposite_belligerents(a, b):
        return False  # the army's attack and the rebels' attack in one war: two deeds
    if sa == ta == sb == tb and len(sa) == 1:
        # one country's deed on its own (police and a newsroom): its keys are one country on
        # both sides, so no party is on the other side of the other; the sides agree
        return True
    if overlaps(sa, tb, True) or overlaps(sb, ta, True):
        return False  # a party on the other side: another deed (a reprisal), not this one
    return bool((sa and sb and overlaps(sa, sb, True) and nested(sa, sb, across=True))
                or (ta and tb and overlaps(ta, tb, True) and nested(ta, tb, across=True)))

