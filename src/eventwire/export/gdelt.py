"""GDELT 2.0 Events (61 tab-separated columns) and Mentions (16) rows from event items.

The mapping from our records to each column is documented in ``README.md`` beside this
module; the columns we cannot fill are left empty (GDELT's own convention for unknowns).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
GROUP_SECTORS = {"IGO", "NGO", "REB", "IMG"}  # sectors GDELT files under KnownGroupCode


def global_id(event_id: str) -> int:
    """Our content-derived id ``ev`` + 12 hex digits as a (48-bit) integer."""
    digits = event_id[2:] if event_id.startswith("ev") else event_id
    try:
        return int(digits, 16)
    except ValueError:
        return int.from_bytes(event_id.encode()[:6], "big")


def event_day(e: dict[str, Any]) -> str | None:
    """The first day the event date covers; the publication day when the event is undated."""
    from eventwire.datevalues import date_start

    value = (e.get("date") or {}).get("value")
    return date_start(value) or (e.get("published") or "")[:10] or None


def utc_stamp(published: str | None) -> str:
    if not published:
        return ""
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%d%H%M%S")


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(refs: list[dict[str, Any]]) -> list[Any]:
    if not refs:
        return [""] * 10
    r = refs[0]
    country, sector = r.get("country") or "", r.get("sector") or ""
    group = sector if sector in GROUP_SECTORS else ""
    return [country + sector, (r.get("name") or "").upper(), country, group, "", "", "",
            "" if group else sector, "", ""]


def _geo_type(place: dict[str, Any]) -> int:
    usa = place.get("country") == "USA"
    return {"country": 1, "region": 2 if usa else 5}.get(place.get("precision") or "",
                                                          3 if usa else 4)


def _action_geo(place: dict[str, Any] | None) -> list[Any]:
    if not place:
        return [""] * 8
    return [_geo_type(place), place.get("name"), "", "", "", place.get("lat"), place.get("lon"),
            place.get("geonameid")]


def source_url(e: dict[str, Any], url: str | None) -> str:
    article = e.get("article") or {}
    return url or f"{article.get('source') or ''} {article.get('id')}".strip()


def is_root(e: dict[str, Any], lead_end: int | None) -> int:
    starts = [e["evidence"]["sentence"]["start"]]
    starts += [m["sentence"]["start"] for m in e.get("mentions") or ()]
    return int(lead_end is not None and min(starts) < lead_end)


def event_row(e: dict[str, Any], url: str | None = None, lead_end: int | None = None,
              ) -> list[str]:
    day = event_day(e)
    d = date.fromisoformat(day) if day else None
    fraction = round(d.year + (d.month * 30 + d.day) / 365, 4) if d else ""
    cameo = e["cameo"]
    row = [global_id(e["id"]), d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "",
           d.year if d else "", fraction, *_actor(e["source"]), *_actor(e["target"]),
           is_root(e, lead_end), cameo, cameo[:3], cameo[:2], e["quad_class"], e["goldstein"],
           1 + len(e.get("mentions") or ()), 1, 1, "",
           *([""] * 16), *_action_geo(e.get("place")),
           utc_stamp(e.get("published")), source_url(e, url)]
    return [_clean(v) for v in row]


def mention_rows(e: dict[str, Any], url: str | None = None, doc_len: int | None = None,
                 ) -> Iterator[list[str]]:
    stamp = utc_stamp(e.get("published"))
    for evidence in [e["evidence"], *(e.get("mentions") or ())]:
        row = [global_id(e["id"]), stamp, stamp, 1 if url else 2, e.get("source_outlet"),
               source_url(e, url), "", "", "", evidence["trigger"]["start"], 1, "", doc_len, "",
               "", ""]
        yield [_clean(v) for v in row]


def tsv(rows: Iterable[list[str]]) -> Iterator[str]:
    for row in rows:
        yield "\t".join(row) + "\n"
