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
shared participant. Across stories the full test holds; a directed deed with no target fuses
only inside its story (:func:`eventwire.store.fused.untargeted`)."""

from __future__ import annotations

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
)

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
    if symmetric(a.cameo, across=True) and symmetric(b.cameo, across=True):
        return overlaps(sa | ta, sb | tb, True)
    if sa == ta == sb == tb and len(sa) == 1:
        # one country's deed on its own (police and a newsroom): its keys are one country on
        # both sides, so no party is on the other side of the other; the sides agree
        return True
    if overlaps(sa, tb, True) or overlaps(sb, ta, True):
        return False  # a party on the other side: another deed (a reprisal), not this one
    return bool((sa and sb and overlaps(sa, sb, True) and nested(sa, sb, across=True))
                or (ta and tb and overlaps(ta, tb, True) and nested(ta, tb, across=True)))

