"""PLOVER JSON records (the PLOVER manual's field names, as POLECAT uses them), one per line."""

from __future__ import annotations

from typing import Any

from eventwire import __version__
from eventwire.export.gdelt import event_day


def _entities(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"code": r.get("country"), "sector": r.get("sector"), "entity_text": r.get("name"),
             "identifier_id": r.get("actor"), "identifier_text": r.get("name")} for r in refs]


def _loc(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"name": place.get("name"), "country": place.get("country"), "lat": place.get("lat"),
            "lon": place.get("lon"), "geonameid": place.get("geonameid"),
            "precision": place.get("precision")}


def record(e: dict[str, Any], url: str | None = None) -> dict[str, Any]:
    """One PLOVER record. The manual's fields first; eventwire's own after them (the manual
    invites extra named fields): cameo, goldstein, negated, modality, date details, evidence."""
    sentence = e["evidence"]["sentence"]
    date = e.get("date") or {}
    article = e.get("article") or {}
    return {
        "id": e["id"],
        "has_event": not e.get("negated", False),
        "date": event_day(e),
        "actor": _entities(e["source"]),
        "recipient": _entities(e["target"]),
        "event": [e["plover"]],
        "event_loc": _loc(e.get("place")),
        "event_text": [e["evidence"]["trigger"]["text"]],
        "quad_code": e["quad_class"],
        "mode": [e["mode"]] if e.get("mode") else [],
        "context": [e["context"]] if e.get("context") else [],
        "text": e.get("sentence"),
        "text_info": {"start": sentence["start"], "end": sentence["end"]},
        "cite_info": {"source": article.get("source"), "title": article.get("title"),
                      "url": url, "published": article.get("published"),
                      "article_id": article.get("id")},
        "coder": f"eventwire {__version__}",
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "negated": e.get("negated", False),
        "modality": e.get("modality"),
        "date_value": date.get("value"),
        "date_precision": date.get("precision"),
        "date_basis": date.get("basis"),
        "evidence": [e["evidence"], *(e.get("mentions") or ())],
    }
