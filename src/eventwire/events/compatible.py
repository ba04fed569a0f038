"""Whether two event records can name the same real event: the one test used to merge the
mentions of an article (:mod:`eventwire.events.merge`) and to fuse events across articles.

``same_event(a, b)`` takes two events (an :class:`~eventwire.models.Event` from a report or
the store, or an :class:`~eventwire.document.EventDraft` inside the pipeline; anything with
the fields of :class:`EventLike`) and is pure: no document, no resources. Two events are
compatible when all of these hold:

1. **Type family** (CAMEO/PLOVER hierarchy): the same PLOVER type and CAMEO codes on one
   branch — one is the other or its ancestor (``160`` "sanction, not specified" and ``163``
   "embargo"; ``12`` and ``125``). All consultations are one family: a meeting is told as
   a visit (042), its hosting (043), talks (040) or negotiations (046) (PLOVER manual,
   "Compound and Reciprocal Actors").
2. **Actors with direction**: actors compare by country, else CAMEO actor code, else id
   (Araghchi and "Iran" are one side; see :func:`actor_key`). A directed event keeps its
   direction: source with source, target with target, each side a subset of the other's
   (a side missing on one event does not conflict). Only when both events are symmetric —
   talks, meetings, negotiations (040, 041, 044, 046), agreeing/cooperating (030, 031x, 036,
   037, 038, 057, 06x) — or one symmetric event is compared with a visit/host of the same
   meeting, the participants count as one set, in either direction. A visit (042) and its
   hosting (043) are the reciprocal pair of one meeting: the visitor of one is the host's
   guest in the other. "Iran briefed Russia" (040) is not "Russia visited Iran" (042) in
   reverse: a directed visit never takes a reversed directed mention.
3. **Date**: both date values overlap at their precision (2025-02 contains 2025-02-25;
   2025-01 does not; ``ON_OR_BEFORE 2021`` runs up to the end of 2021). Background past
   ("in recent years": no value, mod ``BEFORE``) merges only with background past; an
   undated event (no value, e.g. a future deed) does not conflict by date.
4. **Place**: no conflict when either is unknown; else the same country, and two
   city-level places must be the same place (a site such as an airport or a port within
   :data:`SITE_KM` of the town it belongs to is that town).
5. **Modality**: the same negation and the same reality class — asserted/reported,
   future/intended, hypothetical/question. A negated or hypothetical mention never joins
   an asserted event (nor the reverse).

Across articles (``across=True``: fusing the events of different reports) these readings are
added, because different outlets word and date one event differently:

- **Inherited dates are bounds, not days.** A date the event's own clause does not state —
  inherited from the governing clause, the paragraph's or the lead's time in focus, or the
  publication (basis ``governing``, ``narrative``, ``publication``) — says the event happened
  by that day: on it or the day before. News narrates what has just happened; an event
  subordinate to a dated one ("hours after", "after the strikes") precedes it (TimeML
  BEFORE); outlets in other time zones name the next calendar day. Dates stated in the
  clause (``text``, ``relative``) keep their own interval.
- **Actor codes are hierarchical** (CAMEO: three-letter parts, IGOEUR ⊃ IGOEUREEC): a code
  and its extension name one side at two granularities.
- **A dateline is not a venue**: the place a report was filed from says nothing about where
  the event happened, and different outlets file from different cities.
- **The parts of one country keep their roles**: a sector named as the source of one
  directed mention and the target of the other (police and protesters, army and rebels) is
  another deed, though both read as one country (:func:`crossed`).
- **A domestic event is not an international one**: an event whose two named sides are one
  country (a minister briefing the cabinet) is not the same event as one naming a party of
  another country, though its actors are a subset of that event's participants.
- **A meeting's venue is its host** (CAMEO 043: the country where talks are held hosts
  them): for two consultations, a party named by one only is optional when the other places
  its meeting in that country, so "the US envoy travelled to Oman" (042 USA→OMN) is "Iran and
  the US held talks in Oman" — but "Putin arrived in Hanoi" is not an unplaced report of his
  talks with Kim.
- **One deed, several codes** (PLOVER manual): every ASSAULT code (CAMEO 18, 19, 20) is one
  family; sanctions (163) and administrative sanctions, "restrictions" (172x), are one
  package.
- **Signing is agreeing** (PETRARCH2's SIGN entry codes the one deed 057, 031x, 033x or 06x
  by what is signed; PLOVER's SUPPORT "finalize an agreement" is what its AGREE announces):
  a 057 mention is the same family as an AGREE (030, 031, 037; never 032/033, a pledge of
  support or aid) or COOPERATE (060-062) one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from eventwire.datevalues import date_interval
from eventwire.models import ActorRef, EventDate, Place

# CAMEO stems (codes without the generic trailing 0: "040" → "04") of events with no
# direction between their parties
SYMMETRIC_STEMS = ("030", "031", "036", "037", "038", "04", "041", "044", "046", "057", "06")
DIRECTED_CONSULT = ("042", "043", "045")  # visit, host, mediate
RECIPROCAL = {"042": "043", "043": "042"}  # visiting X is X hosting the visitor
REALITY = {"asserted": "real", "reported": "real", "future": "irrealis",
           "intended": "irrealis", "hypothetical": "possible", "question": "possible"}
CITY_LEVEL = ("city", "site")
INHERITED = ("governing", "narrative", "publication")  # date bases not stated in the clause
INHERITED_SLACK = timedelta(days=1)  # an inherited day also covers the day before


class EventLike(Protocol):
    """The fields the test reads (both ``Event`` and ``EventDraft`` have them)."""

    @property
    def plover(self) -> str: ...
    @property
    def cameo(self) -> str: ...
    @property
    def source(self) -> Sequence[ActorRef]: ...
    @property
    def target(self) -> Sequence[ActorRef]: ...
    @property
    def negated(self) -> bool: ...
    @property
    def modality(self) -> str: ...
    @property
    def date(self) -> EventDate | None: ...
    @property
    def place(self) -> Place | None: ...


def same_event(a: EventLike, b: EventLike, *, across: bool = False) -> bool:
    """Whether ``a`` and ``b`` can be mentions of one real event (see the module doc);
    ``across``: they come from different articles (fusion), with the readings for that."""
    return (same_family(a.plover, a.cameo, b.plover, b.cameo, across=across)
            and (not raid_and_arrest(a.cameo, b.cameo)
                 or (by_police(a.source) and by_police(b.source)))
            and same_modality(a, b)
            and same_sides(a, b, across=across)
            and dates_overlap(a.date, b.date, across=across)
            and places_compatible(reported_place(a.place, across), reported_place(b.place, across)))


# -- type ---------------------------------------------------------------------------------

def stem(cameo: str) -> str:
    """The code as a branch of the hierarchy: "040" → "04", "163" → "163", "0311" → "0311"."""
    return cameo[:2] if len(cameo) == 3 and cameo.endswith("0") else cameo


def same_family(plover_a: str, cameo_a: str, plover_b: str, cameo_b: str, *,
                across: bool = False) -> bool:
    """One branch of the CAMEO/PLOVER hierarchy (all consultations one family); ``across``:
    also the codebook's equivalent wordings of one deed (:func:`equivalent`)."""
    if plover_a != plover_b:
        return across and equivalent(cameo_a, cameo_b)
    if cameo_a.startswith("04") and cameo_b.startswith("04"):
        return True
    if across and one_deed(plover_a, cameo_a) and one_deed(plover_b, cameo_b):
        return True
    a, b = stem(cameo_a), stem(cameo_b)
    return a.startswith(b) or b.startswith(a) or (across and equivalent(cameo_a, cameo_b))


# PLOVER types whose CAMEO codes are ways of telling one deed, not different deeds: the
# PLOVER manual gives ASSAULT one type for CAMEO's 18 (unconventional violence: bombing,
# assassination), 19 (conventional military force: air strikes, shelling, fighting) and 20
# (mass violence), its *modes* saying how (aerial, firearms, explosives...). So across
# articles one outlet's "struck" (190), another's "bombed" (183) and a third's "missile
# barrage" (195) by the same side on the same day are one attack. (AGREE's branches are
# different commitments — to meet again, to a defence pact — and are one deed only inside
# one story: eventwire.stories.within.)
ONE_DEED = ("ASSAULT",)


def one_deed(plover: str, cameo: str) -> bool:
    """Whether the event's CAMEO code is one wording of its PLOVER type's one deed (see
    :data:`ONE_DEED`)."""
    return plover in ONE_DEED


# Sanctions told as sanctions or as restrictions: CAMEO's 163 "impose embargo, boycott, or
# sanctions" (PLOVER SANCTION) and 172 "impose administrative sanctions" (PLOVER COERCE) are
# both what the codebook calls sanctions; one outlet's "new sanctions on Russia" and
# another's "restrictions on Russia" of the same day by the same side are one package.
SANCTIONS = ("160", "163")
RESTRICTIONS = "172"


# Signing an agreement and agreeing it, across PLOVER types. The PETRARCH2 dictionary's own
# SIGN verb codes the one deed by what is signed: a treaty or peace deal 057 (SUPPORT, "sign
# formal agreement"), a trade or military treaty 0311/0312, a credit treaty 0331 (AGREE), a
# contract 060, an economic or loan treaty 061, a military deal 062 (COOPERATE); and the PLOVER
# manual's SUPPORT "finalize an agreement" is the deed its AGREE "commitment to cooperate"
# announces (manual: one event may fit both). So one outlet's "A and B signed a pact" and
# another's "A and B agreed to ..." or "reached an agreement" of the same day are one event.
# Only 057 bridges: two AGREE codes of different branches stay apart (036 "agreed to meet
# again" is not 0312 "a defence pact", and neither is a signing), as do COOPERATE and AGREE.
# Never to 032/033 (intent to give diplomatic support / material aid): "agreed to provide
# new military aid" is a pledge, not the signing of an agreement by the same parties that day.
SIGNING = "057"
SIGNING_EQUIVALENTS = ("03", "030", "031", "037", "06", "060", "061", "062")


# A raid to arrest someone and the arrest, across PLOVER types. PETRARCH2 codes RAID and STORM
# (the raid synset: RAID, FORAY_INTO, INTRUDE_ON; "storm a police station") 190 "use
# conventional military force" (ASSAULT; RAID HOMES 175, violent repression), and ARREST,
# DETAIN, TAKE INTO CUSTODY 173 (COERCE "arrest, detain"). When police or a security service
# raid a place and take people away, one outlet tells the raid ("stormed the office"), another
# the arrest ("forced their way in and arrested its director"): one deed by the same force on
# the same day. So 190/175 and 173 are one event across articles when both are done by the
# police or a security service (CAMEO sectors COP, SPY) — never an army's attack and its
# arrests, nor a raid and an arrest by different forces or on other days (the sides and dates
# are tested as for any pair).
RAID = frozenset({"190", "175"})
ARREST = "173"
POLICE = frozenset({"COP", "SPY"})


def raid_and_arrest(cameo_a: str, cameo_b: str) -> bool:
    return (cameo_a in RAID and cameo_b == ARREST) or (cameo_b in RAID and cameo_a == ARREST)


def by_police(refs: Sequence[ActorRef]) -> bool:
    """Whether one of the actors is the police or a security service (CAMEO sector)."""
    return any(r.sector in POLICE for r in refs)


def equivalent(cameo_a: str, cameo_b: str) -> bool:
    """Two codes of different branches that the codebook gives one deed (see SIGNING and
    RAID; a raid and an arrest also need police on both sides, see :func:`same_event`)."""
    if raid_and_arrest(cameo_a, cameo_b):
        return True
    if (cameo_a in SANCTIONS and cameo_b.startswith(RESTRICTIONS)) or (
            cameo_b in SANCTIONS and cameo_a.startswith(RESTRICTIONS)):
        return True
    if stem(cameo_a) == SIGNING:
        other = cameo_b
    elif stem(cameo_b) == SIGNING:
        other = cameo_a
    else:
        return False
    return other[:3] in SIGNING_EQUIVALENTS or stem(other) in SIGNING_EQUIVALENTS


def family_plovers(plover: str, cameo: str) -> tuple[str, ...]:
    """The PLOVER types whose events can be the same deed as one of ``plover``/``cameo``
    across articles (its own first): what fusion looks candidates up by."""
    if stem(cameo) == SIGNING:
        return (plover, "AGREE", "COOPERATE")
    if cameo in RAID:
        return (plover, "COERCE")
    if cameo == ARREST:
        return (plover, "ASSAULT")
    if cameo in SANCTIONS:
        return (plover, "COERCE")
    if cameo.startswith(RESTRICTIONS):
        return (plover, "SANCTION")
    if cameo[:3] in SIGNING_EQUIVALENTS or stem(cameo) in SIGNING_EQUIVALENTS:
        return (plover, "SUPPORT")
    return (plover,)


def symmetric(cameo: str, *, across: bool = False) -> bool:
    """Talks, meetings, agreements, cooperation: no direction between the parties.
    ``across``: also the generic intent to cooperate (030, "A and B agreed to ..."), listed
    in :data:`SYMMETRIC_STEMS` but never matched, since its stem is "03" (within an article
    its two coded directions stay two events, as before)."""
    if cameo.startswith(DIRECTED_CONSULT):
        return False
    code = stem(cameo)
    if code == "03":
        return across
    return any(code.startswith(s) for s in SYMMETRIC_STEMS)


# -- modality -----------------------------------------------------------------------------

def same_modality(a: EventLike, b: EventLike) -> bool:
    return a.negated == b.negated and (REALITY.get(a.modality, a.modality)
                                       == REALITY.get(b.modality, b.modality))


# -- actors -------------------------------------------------------------------------------

def actor_key(ref: ActorRef) -> str:
    """How actors compare across mentions and articles: country, else actor code, else id."""
    return ref.country or ref.code or ref.actor


def keys(refs: Sequence[ActorRef]) -> frozenset[str]:
    return frozenset(map(actor_key, refs))


def nested(a: frozenset[str], b: frozenset[str], *, across: bool = False,
           optional: frozenset[str] = frozenset()) -> bool:
    """One side names a subset of the other's actors (an empty side never conflicts).
    ``across``: an actor code is also in a side that names its parent or child code;
    ``optional`` actors (a meeting's venue) may be named by one side only."""
    if not across:
        return a <= b or b <= a
    return within(a - optional, b) or within(b - optional, a)


def within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every actor of ``a`` is in ``b``, or a parent or child code of one in ``b``."""
    return all(k in b or any(related_codes(k, other) for other in b) for k in a)


def related_codes(a: str, b: str) -> bool:
    """Two CAMEO-style actor codes, one the other's extension by whole three-letter parts
    (IGOEUR and IGOEUREEC; not IRN and IRNGOV, which actor_key already reads as IRN)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return (len(short) % 3 == 0 and len(long) % 3 == 0 and short.isalpha() and short.isupper()
            and long.isalpha() and long.isupper() and long.startswith(short))


def overlaps(a: frozenset[str], b: frozenset[str], across: bool) -> bool:
    return bool(a & b) or (across and any(related_codes(x, y) for x in a for y in b))


def venue(event: EventLike) -> frozenset[str]:
    return frozenset([event.place.country]) if event.place and event.place.country else frozenset()


def domestic_against(source: frozenset[str], target: frozenset[str],
                     others: frozenset[str]) -> bool:
    """Whether an event between two parts of one country (both sides named, one key: "the
    minister briefed the cabinet", CAMEO's domestic dyad) meets ``others`` naming a party of
    another country: an international event, which the domestic one cannot be."""
    if not source or source != target or len(source) != 1:
        return False
    return any(not any(related_codes(k, d) for d in source) for k in others)


def parts(refs: Sequence[ActorRef]) -> frozenset[str]:
    """The named parts of countries among the actors (CAMEO's sector codes: KENCOP, KENCVL),
    which :func:`actor_key` reads as their country."""
    return frozenset(r.code or r.actor for r in refs if r.sector)


def crossed(a: EventLike, b: EventLike) -> bool:
    """Whether a directed deed's named part of a country is the source of one mention and the
    target of the other (and not on both sides of either): "police shot protesters" against
    "protesters set parliament on fire" — one country on both sides of both, so the country
    keys agree, but the CAMEO dyads run opposite ways (the source of one is the target of the
    other), another deed. Symmetric deeds (talks, agreements) have no direction to cross."""
    if symmetric(a.cameo, across=True) or symmetric(b.cameo, across=True):
        return False
    sa, ta, sb, tb = parts(a.source), parts(a.target), parts(b.source), parts(b.target)
    if a.cameo[:3] in RECIPROCAL and b.cameo[:3] == RECIPROCAL[a.cameo[:3]]:
        sb, tb = tb, sb  # X visited Y = Y hosted X
    return bool(((sa & tb) - ta - sb) or ((sb & ta) - tb - sa))


def code_keys(refs: Sequence[ActorRef]) -> frozenset[str]:
    """The sides by actor code (country and sector: KENCOP, KENCVL), else country, else id."""
    return frozenset(ref.code or ref.country or ref.actor for ref in refs)


def one_country(source: frozenset[str], target: frozenset[str]) -> bool:
    return len(source) == 1 and source == target


def same_sides(a: EventLike, b: EventLike, *, across: bool = False) -> bool:
    sa, ta, sb, tb = keys(a.source), keys(a.target), keys(b.source), keys(b.target)
    if across and one_country(sa, ta) and one_country(sb, tb) and sa == sb:
        # two domestic events of one country (CAMEO's domestic dyads): their sides are told
        # apart by sector — police shooting protesters (KENCOP → KENCVL) is not protesters
        # burning parliament (KENCVL → KENLEG); a bare country still matches its sectors
        sa, ta, sb, tb = (code_keys(a.source), code_keys(a.target), code_keys(b.source),
                          code_keys(b.target))
    if across and (domestic_against(sa, ta, sb | tb) or domestic_against(sb, tb, sa | ta)
                   or crossed(a, b)):
        return False
    if a.cameo[:3] in RECIPROCAL and b.cameo[:3] == RECIPROCAL[a.cameo[:3]]:
        sb, tb = tb, sb  # X visited Y = Y hosted X
    if nested(sa, sb, across=across) and nested(ta, tb, across=across):
        return True
    sym_a, sym_b = symmetric(a.cameo, across=across), symmetric(b.cameo, across=across)
    if not (sym_a or sym_b):
        return False
    consult = a.plover == b.plover == "CONSULT"
    if not (sym_a and sym_b) and not consult:
        return False  # only a meeting told as a visit takes a symmetric mention reversed
    both_a, both_b = sa | ta, sb | tb
    hosts = _hosts(venue(a), both_a, venue(b), both_b) if across and consult else frozenset()
    return (overlaps(both_a - hosts, both_b - hosts, across)
            and nested(both_a, both_b, across=across, optional=hosts))


def _hosts(venue_a: frozenset[str], both_a: frozenset[str], venue_b: frozenset[str],
           both_b: frozenset[str]) -> frozenset[str]:
    """The venue countries that may be named as a participant by one consultation only: a
    party one names and the other does not is that meeting's host only when the other places
    its meeting there ("the envoy travelled to Oman" and "talks in Oman"); a visit to Hanoi
    is not the Pyongyang talks of a report with no place (CAMEO 043: the host is where the
    meeting is held, so a report of the meeting elsewhere or nowhere does not make it one)."""
    return (((both_a - both_b) & venue_b) | ((both_b - both_a) & venue_a)
            | (both_a & both_b & (venue_a | venue_b)))


# -- date and place -----------------------------------------------------------------------

def dates_overlap(a: EventDate | None, b: EventDate | None, *, across: bool = False) -> bool:
    past_a, past_b = vague_past(a), vague_past(b)
    if past_a or past_b:
        return past_a and past_b
    range_a, range_b = date_range(a, across=across), date_range(b, across=across)
    if range_a is None or range_b is None:
        return True  # undated: no evidence either way
    return range_a[0] <= range_b[1] and range_b[0] <= range_a[1]


def vague_past(when: EventDate | None) -> bool:
    """Background past with no calendar value ("in recent years")."""
    return when is not None and when.value is None and when.mod in ("BEFORE", "ON_OR_BEFORE")


def date_range(when: EventDate | None, *, across: bool = False) -> tuple[date, date] | None:
    """The days ``when`` covers; ``across``: an inherited date also covers the day before."""
    span = _date_range(when)
    if across and span is not None and when is not None and when.basis in INHERITED \
            and span[0] > date.min + INHERITED_SLACK:
        return span[0] - INHERITED_SLACK, span[1]
    return span


def _date_range(when: EventDate | None) -> tuple[date, date] | None:
    if when is None or when.value is None:
        return None
    try:
        span = date_interval(when.value)
    except ValueError:  # an impossible calendar value: no evidence
        return None
    if span is None:
        return None
    if when.mod in ("BEFORE", "ON_OR_BEFORE"):
        return date.min, span[1]
    if when.mod in ("AFTER", "ON_OR_AFTER"):
        return span[0], date.max
    return span


def reported_place(place: Place | None, across: bool) -> Place | None:
    """The place as evidence of where the event happened: across articles a dateline place
    (where the report was filed, not where the event took place) is none."""
    return None if across and place is not None and place.basis == "dateline" else place


def places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in CITY_LEVEL and b.precision in CITY_LEVEL:
        if a.geonameid is not None and b.geonameid is not None and a.geonameid == b.geonameid:
            return True
        if a.name.casefold() == b.name.casefold():
            return True
        if "site" in (a.precision, b.precision) and a.precision != b.precision:
            # a site (an airport, a palace, a port) is in or by its town: "received him at
            # Cairo International Airport" and "held talks in Cairo" are one place
            return near(a, b)
        return False
    return True


SITE_KM = 30.0  # how far from a town's point a site of that town may lie (its airport, port)


def near(a: Place, b: Place) -> bool:
    """Whether two placed points lie within :data:`SITE_KM` of each other (unknown: no)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    # equirectangular distance (as eventwire.geo.scoring.distance_km), good at this scale
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y) <= SITE_KM
