"""Datelines: "TEHRAN", "GENEVA (Reuters) -", "UNITED NATIONS", "ATLANTA, Ga."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.geo.context import GeoContext, build_focus
from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import fold
from eventwire.geo.scoring import Query, choose

if TYPE_CHECKING:
    from eventwire.models import Place

# Dateline words that name a site rather than a town.
DATELINE_SITES = {
    "united nations": "United Nations Headquarters",
    "un": "United Nations Headquarters",
    "u n": "United Nations Headquarters",
}
# AP-style US state abbreviations seen after a dateline city ("ATLANTA, Ga.").
AP_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n h": "New Hampshire",
    "n j": "New Jersey", "n m": "New Mexico", "n y": "New York",
    "n c": "North Carolina", "n d": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "r i": "Rhode Island",
    "s c": "South Carolina", "s d": "South Dakota", "tenn": "Tennessee",
    "vt": "Vermont", "va": "Virginia", "wash": "Washington", "w va": "West Virginia",
    "wis": "Wisconsin", "wyo": "Wyoming",
}
_AGENCY = re.compile(r"\([^)]*\)")
_DASH = re.compile(r"\s+[-–—]+(\s|$)|[–—]")


def split_dateline(text: str) -> tuple[str, list[str]]:
    """("ATLANTA", ["Ga."]) for "ATLANTA, Ga. (AP) —"."""
    plain = _DASH.split(_AGENCY.sub(" ", text), maxsplit=1)[0]
    parts = [p.strip() for p in plain.split(",") if p.strip()]
    return (parts[0], parts[1:]) if parts else ("", [])


def _hint_filter(found: list[Entry], hints: list[str], gazetteer: Gazetteer) -> list[Entry]:
    """Candidates agreeing with the hints after the comma (state or country)."""
    areas = [e for h in hints
             for e in gazetteer.candidates(AP_STATES.get(fold(h), h))
             if e.precision in ("country", "region")]
    if not areas:
        return found
    countries = {a.country for a in areas if a.precision == "country"}
    admin1 = {a.admin1 for a in areas if a.admin1}
    kept = [e for e in found if e.country in countries or (e.admin1 and e.admin1 in admin1)]
    return kept or found


def dateline_entry(name: str | None, gazetteer: Gazetteer,
                   context: GeoContext | None = None) -> Entry | None:
    """The gazetteer entry a dateline names, or None when unknown."""
    head, hints = split_dateline(name or "")
    if not head:
        return None
    head = DATELINE_SITES.get(fold(head), head)
    found = _hint_filter(gazetteer.candidates(head), hints, gazetteer)
    focus = build_focus(context or GeoContext(), gazetteer, [])
    return choose(found, Query(fold(head), dateline=True), focus)


def place_for_dateline(name: str, gazetteer: Gazetteer,
                       context: GeoContext | None = None) -> Place | None:
    """The place a dateline names ("TEHRAN", "UNITED NATIONS"), basis "dateline"."""
    entry = dateline_entry(name, gazetteer, context)
    return entry.to_place(basis="dateline") if entry else None
