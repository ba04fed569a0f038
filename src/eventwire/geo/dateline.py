"""Datelines: "TEHRAN", "GENEVA (Reuters) -", "UNITED NATIONS", "ATLANTA, Ga."."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.geo.context import GeoContext, build_focus, without_own_name
from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import fold, mention_key
from eventwire.geo.recognise import AP_STATES as TEXT_AP_STATES
from eventwire.geo.recognise import CA_PROVINCES
from eventwire.geo.scoring import Query, choose, explain

if TYPE_CHECKING:
    from eventwire.models import Place

# Dateline words that name a site rather than a town.
DATELINE_SITES = {
    "united nations": "United Nations Headquarters",
    "un": "United Nations Headquarters",
    "u n": "United Nations Headquarters",
}
# The US state and Canadian province abbreviations the text reader knows ("Ga.", "N.H.", "Tex.",
# "Ont."), folded as the parts after a dateline city are ("ATLANTA, Ga." -> "ga").
AP_STATES = {fold(abbreviation): name
             for abbreviation, name in (TEXT_AP_STATES | CA_PROVINCES).items()}
_AGENCY = re.compile(r"\([^)]*\)")
_DASH = re.compile(r"\s+[-–—]+(\s|$)|[–—]")


def split_dateline(text: str) -> tuple[str, list[str]]:
    """("ATLANTA", ["Ga."]) for "ATLANTA, Ga. (AP) —"."""
    plain = _DASH.split(_AGENCY.sub(" ", text), maxsplit=1)[0]
    parts = [p.strip() for p in plain.split(",") if p.strip()]
    return (parts[0], parts[1:]) if parts else ("", [])


_DATE_PART = re.compile(r"^[A-Z][a-z]{2,8}\.? \d{1,2}$")


def dateline_parts(start: int, text: str) -> list[tuple[int, int, str, str]]:
    """Mentions for a dateline at ``start``: the town ("FAIRFAX", label DATELINE_HEAD)
    and each state or country after it ("Va.", label DATELINE), with their offsets."""
    plain = _DASH.split(_AGENCY.sub(lambda m: " " * len(m.group(0)), text), maxsplit=1)[0]
    parts: list[tuple[int, int, str, str]] = []
    offset = 0
    for piece in plain.split(","):
        name = piece.strip()
        if name and not _DATE_PART.match(name):
            at = start + offset + piece.index(name)
            parts.append((at, at + len(name), name,
                          "DATELINE" if parts else "DATELINE_HEAD"))
        offset += len(piece) + 1
    return parts


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


def with_body(context: GeoContext | None, body: Sequence[Entry]) -> GeoContext:
    """``context`` with the countries of the places the article's body names confidently:
    a bare dateline is read like a name of the text ("ATHLONE" over a report that names
    Westmeath and Mullingar is the Irish town, not the larger Cape Town suburb). Only
    their countries count, not their regions or points: a bureau dateline ("PARIS") stays
    the capital when the story names a small town abroad."""
    context = context or GeoContext()
    named = {e.country for e in body if e.country} - set(context.countries)
    if not named:
        return context
    return replace(context, countries={**context.countries, **dict.fromkeys(named, 1)})


def _dateline_choice(name: str | None, gazetteer: Gazetteer, context: GeoContext | None,
                     body: Sequence[Entry] = ()) -> tuple[Entry | None, str]:
    head, hints = split_dateline(name or "")
    if not head:
        return None, ""
    head = DATELINE_SITES.get(fold(head), head)
    candidates = gazetteer.candidates(head)
    found = _hint_filter(candidates, hints, gazetteer)
    # the countries only the dateline's own word put in the context ("KINGSTON" read by
    # the actors as Jamaica's government) say nothing of which Kingston it is
    alone = without_own_name(context or GeoContext(), mention_key(head))
    focus = build_focus(with_body(alone, body), gazetteer, [])
    query = Query(fold(head), dateline=True,
                  note=f"dateline qualifier {', '.join(hints)}" if hints and found != candidates
                  else "dateline")
    entry = choose(found, query, focus)
    return entry, explain(entry, query, focus, found) if entry else ""


def dateline_entry(name: str | None, gazetteer: Gazetteer,
                   context: GeoContext | None = None, body: Sequence[Entry] = ()) -> Entry | None:
    """The gazetteer entry a dateline names, or None when unknown (``body``: the places
    the article's text names confidently, see :func:`with_body`)."""
    return _dateline_choice(name, gazetteer, context, body)[0]


def place_for_dateline(name: str, gazetteer: Gazetteer, context: GeoContext | None = None,
                       body: Sequence[Entry] = ()) -> Place | None:
    """The place a dateline names ("TEHRAN", "UNITED NATIONS"), basis "dateline"."""
    entry, why = _dateline_choice(name, gazetteer, context, body)
    if entry is None:
        return None
    return replace(entry.to_place(basis="dateline"), resolution=why)
