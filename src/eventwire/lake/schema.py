"""Lake tables: typed Arrow schemas and the rows of one report for each table.

Every table carries ``article_id``; rows live under ``TABLE/month=YYYY-MM/`` by the article's
publication month (``month=unknown`` without one). Tables that hold records keep the record's
JSON (``record``) beside its typed columns, so reading the lake gives back exactly what the
store and the CLI give; the typed columns are for analysts' SQL. The layout version is
``LAKE_VERSION``, written to ``eventwire-lake.json`` with the report schema it holds.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

import pyarrow as pa

from eventwire.datevalues import date_start
from eventwire.models import SCHEMA_ID, Article

# 2: events.confidence (Event.confidence; a layout-1 lake reads as confidence 1.0)
LAKE_VERSION = 2
MANIFEST = "eventwire-lake.json"


def _arrow_type(hint: Any) -> pa.DataType:
    base = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return base.get(hint) or (base.get(args[0]) if args else None) or pa.string()


ARTICLE_FIELDS = [(f.name, _arrow_type(t))
                  for f, t in zip(dataclasses.fields(Article),
                                  typing.get_type_hints(Article).values(), strict=True)]

_REF = pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([*ARTICLE_FIELDS, ("status", pa.string()),
                           ("pipeline", pa.string()), ("warnings", pa.string()),
                           ("report_schema", pa.string())]),
    "events": pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("published", pa.string()),
        ("source_outlet", pa.string()), ("plover", pa.string()), ("cameo", pa.string()),
        ("quad_class", pa.int8()), ("goldstein", pa.float32()), ("mode", pa.string()),
        ("context", pa.string()), ("negated", pa.bool_()), ("modality", pa.string()),
        ("confidence", pa.float64()), ("date_value", pa.string()), ("date_precision", pa.string()),
        ("date_basis", pa.string()), ("date_start", pa.string()), ("sort_date", pa.string()),
        ("place_name", pa.string()), ("place_country", pa.string()),
        ("place_lat", pa.float64()), ("place_lon", pa.float64()),
        ("source_actors", _REF), ("target_actors", _REF),
        ("source_keys", _REF), ("target_keys", _REF),
        ("source_countries", _REF), ("target_countries", _REF),
        ("sentence", pa.string()), ("trigger_text", pa.string()), ("quote_id", pa.string()),
        ("position", pa.int32()), ("record", pa.string())]),
    "evidence": pa.schema([
        ("event_id", pa.string()), ("article_id", pa.string()), ("kind", pa.string()),
        ("sentence_start", pa.int32()), ("sentence_end", pa.int32()),
        ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
        ("trigger_text", pa.string())]),
    "actors": pa.schema([
        ("article_id", pa.string()), ("actor_id", pa.string()), ("name", pa.string()),
        ("kind", pa.string()), ("country", pa.string()), ("sector", pa.string()),
        ("role", pa.string()), ("code", pa.string()), ("members", _REF),
        ("position", pa.int32()), ("record", pa.string())]),
    "mentions": pa.schema([
        ("article_id", pa.string()), ("actor_id", pa.string()), ("start", pa.int32()),
        ("end", pa.int32()), ("text", pa.string())]),
    "quotes": pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("published", pa.string()),
        ("source_outlet", pa.string()), ("kind", pa.string()), ("text", pa.string()),
        ("start", pa.int32()), ("end", pa.int32()), ("speaker_actor", pa.string()),
        ("speaker_name", pa.string()), ("parent", pa.string()), ("record", pa.string())]),
    "times": pa.schema([
        ("article_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
        ("text", pa.string()), ("type", pa.string()), ("value", pa.string()),
        ("mod", pa.string()), ("anchor", pa.string()), ("position", pa.int32()),
        ("record", pa.string())]),
    "places": pa.schema([
        ("article_id", pa.string()), ("position", pa.int32()), ("name", pa.string()),
        ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
        ("precision", pa.string()), ("geonameid", pa.int64()), ("record", pa.string())]),
    "skips": pa.schema([
        ("article_id", pa.string()), ("origin", pa.string()), ("code", pa.string()),
        ("reason", pa.string()), ("pipeline_version", pa.string())]),
}
TABLES = tuple(SCHEMAS)


def manifest() -> dict[str, Any]:
    return {"lake_version": LAKE_VERSION, "report_schema": SCHEMA_ID,
            "tables": list(TABLES), "partitioning": "month=YYYY-MM (publication month)"}


def month_of(published: str | None) -> str:
    return published[:7] if published and len(published) >= 7 else "unknown"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _keys(refs: list[dict[str, Any]]) -> list[str]:
    keys = [r["actor"] for r in refs] + [r["country"] for r in refs if r.get("country")]
    return list(dict.fromkeys(keys))


def event_row(e: dict[str, Any], article: dict[str, Any], position: int) -> dict[str, Any]:
    """The lake row of one event record (``record_dict`` form) of ``article``."""
    date, place, ev = e.get("date") or {}, e.get("place") or {}, e["evidence"]
    start = date_start(date.get("value"))
    text = article.get("text") or ""
    published = article.get("published")
    return {
        "id": e["id"], "article_id": article["id"], "published": published,
        "source_outlet": article.get("source"), "plover": e["plover"], "cameo": e["cameo"],
        "quad_class": e["quad_class"], "goldstein": e["goldstein"], "mode": e.get("mode"),
        "context": e.get("context"), "negated": e["negated"], "modality": e["modality"],
        "confidence": e.get("confidence", 1.0),
        "date_value": date.get("value"), "date_precision": date.get("precision"),
        "date_basis": date.get("basis"), "date_start": start,
        "sort_date": start or (published or "")[:10],
        "place_name": place.get("name"), "place_country": place.get("country"),
        "place_lat": place.get("lat"), "place_lon": place.get("lon"),
        "source_actors": [r["actor"] for r in e["source"]],
        "target_actors": [r["actor"] for r in e["target"]],
        "source_keys": _keys(e["source"]), "target_keys": _keys(e["target"]),
        "source_countries": list(dict.fromkeys(r["country"] for r in e["source"]
                                               if r.get("country"))),
        "target_countries": list(dict.fromkeys(r["country"] for r in e["target"]
                                               if r.get("country"))),
        "sentence": text[ev["sentence"]["start"]:ev["sentence"]["end"]],
        "trigger_text": ev["trigger"]["text"], "quote_id": e.get("quote_id"),
        "position": position, "record": _json(e)}


def report_rows(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of one report (``Report.to_dict()``) for every lake table."""
    article = report["article"]
    aid = article["id"]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    skip = report.get("skip")
    rows["articles"].append({**{name: article.get(name) for name, _ in ARTICLE_FIELDS},
                             "status": "skipped" if skip else "analysed",
                             "pipeline": _json(report["pipeline"]),
                             "warnings": _json(report.get("warnings", [])),
                             "report_schema": report.get("schema", SCHEMA_ID)})
    if skip:
        rows["skips"].append({"article_id": skip.get("article_id") or aid,
                              "origin": skip.get("origin"), "code": skip["code"],
                              "reason": skip["reason"],
                              "pipeline_version": report["pipeline"]["version"]})
        return rows
    for i, e in enumerate(report["events"]):
        rows["events"].append(event_row(e, article, i))
        for kind, ev in [("primary", e["evidence"])] + [("mention", m) for m in e["mentions"]]:
            rows["evidence"].append({
                "event_id": e["id"], "article_id": aid, "kind": kind,
                "sentence_start": ev["sentence"]["start"], "sentence_end": ev["sentence"]["end"],
                "trigger_start": ev["trigger"]["start"], "trigger_end": ev["trigger"]["end"],
                "trigger_text": ev["trigger"]["text"]})
    for i, a in enumerate(report["actors"]):
        rows["actors"].append({"article_id": aid, "actor_id": a["id"], "name": a["name"],
                               "kind": a["kind"], "country": a.get("country"),
                               "sector": a.get("sector"), "role": a.get("role"),
                               "code": a.get("code"), "members": list(a.get("members") or ()),
                               "position": i, "record": _json(a)})
        rows["mentions"] += [{"article_id": aid, "actor_id": a["id"], "start": m["start"],
                              "end": m["end"], "text": m["text"]} for m in a["mentions"]]
    for q in report["quotes"]:
        speaker = q.get("speaker") or {}
        rows["quotes"].append({"id": q["id"], "article_id": aid,
                               "published": article.get("published"),
                               "source_outlet": article.get("source"), "kind": q["kind"],
                               "text": q["text"], "start": q["start"], "end": q["end"],
                               "speaker_actor": speaker.get("actor"),
                               "speaker_name": speaker.get("name"), "parent": q.get("parent"),
                               "record": _json(q)})
    for i, t in enumerate(report["times"]):
        rows["times"].append({"article_id": aid, "start": t["start"], "end": t["end"],
                              "text": t["text"], "type": t["type"], "value": t.get("value"),
                              "mod": t.get("mod"), "anchor": t.get("anchor"), "position": i,
                              "record": _json(t)})
    for i, p in enumerate(report["places"]):
        rows["places"].append({"article_id": aid, "position": i, "name": p["name"],
                               "country": p.get("country"), "lat": p.get("lat"),
                               "lon": p.get("lon"), "precision": p.get("precision"),
                               "geonameid": p.get("geonameid"), "record": _json(p)})
    return rows
