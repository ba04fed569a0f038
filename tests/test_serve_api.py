"""The HTTP API on a store of hand-made records: exact JSON, pagination, streams, 400s."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import workbench_store  # noqa: E402
from eventwire.serve import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = workbench_store.build(tmp_path_factory.mktemp("api") / "s.db")
    return TestClient(create_app(db))


def get(client: TestClient, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


SANCTION = {
    "id": "ev000000000003", "plover": "SANCTION", "cameo": "163", "quad_class": 4,
    "goldstein": -8.0,
    "source": [{"actor": "USA", "name": "United States", "country": "USA", "sector": None,
                "code": None}],
    "target": [{"actor": "IRN", "name": "Iran", "country": "IRN", "sector": None,
                "code": None}],
    "evidence": {"sentence": {"start": 34, "end": 105},
                 "trigger": {"start": 52, "end": 59, "text": "imposed"}},
    "mode": None, "context": None, "negated": False, "modality": "asserted",
    "date": {"value": "2025-03", "precision": "month", "text": "March", "basis": "text",
             "mod": None, "start": None, "end": None},
    "place": None, "quote_id": None, "mentions": [], "confidence": 1.0,
    "article_id": "a2222222222222222", "source_outlet": "apnews.com",
    "published": "2025-03-10T12:00:00+00:00",
    "sentence": "The United States imposed new sanctions on Iran's oil exports in March.",
    "article": {"id": "a2222222222222222", "title": "US imposes new sanctions on Iran",
                "source": "apnews.com", "published": "2025-03-10T12:00:00+00:00"},
}


def test_event_by_id_is_the_cli_record_with_its_article_and_evidence(client) -> None:
    assert get(client, "/api/v1/events/ev000000000003") == SANCTION


def test_events_filtered_by_pair_and_type(client) -> None:
    assert get(client, "/api/v1/events?pair=USA,IRN&type=SANCTION") == {
        "items": [SANCTION], "next": None}
    assert get(client, "/api/v1/events?cameo=16&since=2025-03&until=2025-03") == {
        "items": [SANCTION], "next": None}


def test_keyset_pages_cover_every_event_once_newest_first(client) -> None:
    ids, cursor, pages = [], "", 0
    while cursor is not None:
        page = get(client, f"/api/v1/events?include_negated=true&limit=1&cursor={cursor}")
        ids += [e["id"] for e in page["items"]]
        cursor, pages = page["next"], pages + 1
    assert ids == ["ev000000000004", "ev000000000003", "ev000000000002", "ev000000000001"]
    assert pages == 4
    oldest = get(client, "/api/v1/events?include_negated=true&order=oldest")
    assert [e["id"] for e in oldest["items"]] == ids[::-1]


def test_negated_events_only_on_request(client) -> None:
    assert [e["id"] for e in get(client, "/api/v1/events?actor=IRN")["items"]] == [
        "ev000000000003", "ev000000000001"]
    negated = get(client, "/api/v1/events?actor=Araghchi&include_negated=true")["items"]
    assert [(e["id"], e["negated"], e["modality"], e["quote_id"]) for e in negated] == [
        ("ev000000000002", True, "future", "q000000000001")]


def test_place_and_modality_filters(client) -> None:
    assert [e["id"] for e in get(client, "/api/v1/events?country=EGY")["items"]] == [
        "ev000000000004"]
    assert [e["id"] for e in get(client, "/api/v1/events?place=Tehran&include_negated=true"
                                         "&modality=future")["items"]] == ["ev000000000002"]


@pytest.mark.parametrize(("url", "message"), [
    ("/api/v1/events?since=25-02", "since '25-02' is not a date: use YYYY, YYYY-MM or "
                                   "YYYY-MM-DD, e.g. since=2025-02"),
    ("/api/v1/events?actor=Nobody", "no actor matches 'Nobody': use an ISO country code (IRN), "
     "an actor id or part of a name; find them at /api/v1/actors?q=NAME or with "
     "`eventwire actors`"),
    ("/api/v1/events?pair=IRN", "pair 'IRN': use SOURCE,TARGET, e.g. pair=IRN,USA"),
    ("/api/v1/events?limit=0", "limit: Input should be greater than or equal to 1 (got '0'); "
                               "see /api/v1/openapi.json for every parameter"),
    ("/api/v1/events?cursor=zz", "bad cursor 'zz': pass the cursor printed with the previous "
                                 "page unchanged"),
    ("/api/v1/actors?cursor=zz", "cursor 'zz' is not valid: pass back the `next` value of the "
                                 "previous page unchanged, or leave cursor out for the first "
                                 "page"),
    ("/api/v1/events?modality=likely", "unknown modality 'likely': use one of asserted, "
     "intended, hypothetical, reported, question, future"),
    ("/api/v1/articles?q=%22maximum", "bad search query '\"maximum': unterminated string; "
     "quote phrases with double quotes, e.g. \"maximum pressure\", and use AND, OR, NOT "
     "between words"),
    ("/api/v1/timeline?by=partner", "by=partner needs actor=CODE (the actor whose partners "
                                    "to count)"),
    ("/api/v1/export?format=xls", "unknown export format 'xls': use one of gdelt, "
     "gdelt-mentions, plover, csv, jsonl, parquet, gexf"),
])
def test_bad_parameters_are_400_with_what_to_fix(client, url: str, message: str) -> None:
    assert get(client, url, 400) == {"error": message}


def test_unknown_ids_are_404(client) -> None:
    assert get(client, "/api/v1/events/ev1", 404) == {
        "error": "no event 'ev1' in the store: list events at /api/v1/events or with "
                 "`eventwire events`"}
    assert get(client, "/api/v1/actors/Nobody", 404)["error"].startswith("no actor 'Nobody'")


def test_timeline_by_quad_class_week_and_partner(client) -> None:
    assert get(client, "/api/v1/timeline?actor=IRN") == {
        "interval": "month", "by": "quad_class",
        "items": [{"period": "2025-02", "group": 3, "events": 1},
                  {"period": "2025-03", "group": 4, "events": 1}]}
    assert get(client, "/api/v1/timeline?interval=week&by=plover")["items"] == [
        {"period": "2025-02-24", "group": "REJECT", "events": 1},
        {"period": "2025-02-24", "group": "SANCTION", "events": 1},
        {"period": "2025-03-03", "group": "CONSULT", "events": 1}]
    assert get(client, "/api/v1/timeline?actor=IRN&by=partner&interval=year")["items"] == [
        {"period": "2025", "group": "USA", "events": 2}]
    # a dyad's weekly counts come from the dyad index; the general path agrees with it
    for by in ("none", "quad_class"):
        weekly = get(client, f"/api/v1/timeline?pair=IRN,USA&interval=week&by={by}"
                             "&include_negated=true")["items"]
        assert sum(i["events"] for i in weekly) == 2 and weekly[0]["period"] == "2025-02-24"


def test_network_nodes_and_weighted_edges(client) -> None:
    assert get(client, "/api/v1/network") == {
        "level": "country",
        "nodes": [{"id": "IRN", "label": "Iran", "events": 2},
                  {"id": "USA", "label": "United States", "events": 2},
                  {"id": "EGY", "label": "Egypt", "events": 1},
                  {"id": "JOR", "label": "Jordan", "events": 1}],
        "edges": [{"source": "EGY", "target": "JOR", "weight": 1, "goldstein": 1.0,
                   "quad_class": {"1": 1}},
                  {"source": "IRN", "target": "USA", "weight": 1, "goldstein": -4.0,
                   "quad_class": {"3": 1}},
                  {"source": "USA", "target": "IRN", "weight": 1, "goldstein": -8.0,
                   "quad_class": {"4": 1}}]}


def test_actor_profile(client) -> None:
    profile = get(client, "/api/v1/actors/person:abbas-araghchi")
    assert profile["actor"] == {"id": "person:abbas-araghchi", "name": "Abbas Araghchi",
                                "kind": "person", "country": "IRN", "sector": "GOV",
                                "role": "foreign minister", "code": "IRNGOV"}
    assert profile["events"] == {"source": 0, "target": 0}  # its one event is negated
    assert [q["text"] for q in profile["quotes"]] == ["We will not negotiate under pressure,"]
    iran = get(client, "/api/v1/actors/irn")
    assert iran["events"] == {"source": 1, "target": 1}
    assert iran["partners"] == [{"partner": "USA", "name": "United States", "events": 2,
                                 "quad_class": {"3": 1, "4": 1}}]
    assert [e["id"] for e in iran["latest_events"]] == ["ev000000000003", "ev000000000001"]


def test_actor_quote_and_article_lists(client) -> None:
    actors = get(client, "/api/v1/actors?q=Ira")
    assert actors == {"items": [{"id": "IRN", "name": "Iran", "kind": "state", "country": "IRN",
                                 "sector": None, "role": None, "articles": 2, "mentions": 2,
                                 "events": 2}], "next": None}
    quotes = get(client, "/api/v1/quotes?speaker=Araghchi")["items"]
    assert [(q["id"], q["speaker"], q["article"]["title"]) for q in quotes] == [
        ("q000000000001", {"actor": "person:abbas-araghchi", "name": "Abbas Araghchi",
                           "reason": None},
         "Iran rejects direct talks with US")]
    articles = get(client, "/api/v1/articles?q=sanctions")
    assert articles == {"items": [{"id": "a2222222222222222",
                                   "published": "2025-03-10T12:00:00+00:00",
                                   "source": "apnews.com",
                                   "title": "US imposes new sanctions on Iran",
                                   "status": "analysed", "url": None, "events": 1, "quotes": 0}],
                        "next": None}
    first = get(client, "/api/v1/articles?limit=2")
    rest = get(client, f"/api/v1/articles?limit=2&cursor={first['next']}")
    assert [a["id"] for a in first["items"] + rest["items"]] == [
        "a2222222222222222", "a3333333333333333", "a1111111111111111"]
    assert rest["next"] is None


def test_article_is_the_full_report(client) -> None:
    report = get(client, "/api/v1/articles/a1111111111111111")
    assert report["article"]["title"] == "Iran rejects direct talks with US"
    assert [e["id"] for e in report["events"]] == ["ev000000000001", "ev000000000002"]
    assert [len(report[k]) for k in ("actors", "quotes", "times", "places")] == [3, 1, 1, 1]


def test_summary(client) -> None:
    summary = get(client, "/api/v1/summary")
    assert summary["counts"] == {"articles": 3, "events": 4, "quotes": 1, "skips": 0, "unplaced": 0,
                                 "actors": 5, "negated_events": 1}
    assert summary["per_month"] == [{"period": "2025-02", "group": 3, "events": 1},
                                    {"period": "2025-03", "group": 1, "events": 1},
                                    {"period": "2025-03", "group": 4, "events": 1}]
    assert [e["id"] for e in summary["latest_events"]] == [
        "ev000000000004", "ev000000000003", "ev000000000001"]


def test_csv_and_jsonl_stream_every_matching_row(client) -> None:
    response = client.get("/api/v1/events?format=csv&actor=IRN&limit=1")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["date"], r["type"], r["source"], r["target"], r["trigger"]) for r in rows] == [
        ("2025-03", "SANCTION", "United States(USA)", "Iran(IRN)", "imposed"),
        ("2025-02-25", "REJECT", "Iran(IRN)", "United States(USA)", "rejected")]
    lines = client.get("/api/v1/events?format=jsonl&type=SANCTION").text.splitlines()
    assert [json.loads(line) for line in lines] == [SANCTION]
    quotes = client.get("/api/v1/quotes?format=csv").text.splitlines()
    assert quotes[0] == "published,speaker,kind,text,article_id,id"
    assert len(quotes) == 2


def test_openapi_lists_every_endpoint_and_headers_lock_the_page(client) -> None:
    response = client.get("/api/v1/openapi.json")
    paths = set(response.json()["paths"])
    assert {"/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/quotes", "/api/v1/actors",
            "/api/v1/actors/{actor_id}", "/api/v1/articles", "/api/v1/articles/{article_id}",
            "/api/v1/timeline", "/api/v1/network", "/api/v1/summary",
            "/api/v1/export"} <= paths
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp


def test_store_is_opened_read_only(tmp_path: Path) -> None:
    from eventwire.store import Store

    db = workbench_store.build(tmp_path / "s.db")
    store = Store.open_readonly(db)
    with pytest.raises(Exception, match="readonly"):
        store.db.execute("DELETE FROM events")
    store.close()


def test_min_confidence_filters_events_timeline_network_and_exports(client) -> None:
    ids = [e["id"] for e in get(client, "/api/v1/events?min_confidence=0.5")["items"]]
    assert ids == ["ev000000000003", "ev000000000001"]  # ev4 was found at 0.4
    ids = [e["id"] for e in get(client, "/api/v1/events?min_confidence=0.4")["items"]]
    assert ids == ["ev000000000004", "ev000000000003", "ev000000000001"]
    assert get(client, "/api/v1/timeline?by=plover&min_confidence=0.5")["items"] == [
        {"period": "2025-02", "group": "REJECT", "events": 1},
        {"period": "2025-03", "group": "SANCTION", "events": 1}]
    edges = get(client, "/api/v1/network?min_confidence=0.5")["edges"]
    assert [(e["source"], e["target"]) for e in edges] == [("IRN", "USA"), ("USA", "IRN")]
    rows = client.get("/api/v1/export?format=jsonl&min_confidence=0.5").text.splitlines()
    assert [json.loads(r)["id"] for r in rows] == ["ev000000000003", "ev000000000001"]
    assert get(client, "/api/v1/events?min_confidence=1.5", 400) == {
        "error": "min_confidence: Input should be less than or equal to 1 (got '1.5'); see "
                 "/api/v1/openapi.json for every parameter"}


def test_openapi_says_which_filters_count_the_events(client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert paths["/api/v1/network"]["get"]["description"] == (
        "Read from maintained counts with only these filters: level=country with actor (one "
        "actor) or no actor, quad_class, include_negated. Any other filter (text q, country, "
        "place, modality, cameo, min_confidence, partner, article, facts_only, an actor name "
        "matching several actors) counts the matching events: exact, but slow on big stores "
        "(seconds at a million events).")
    assert paths["/api/v1/timeline"]["get"]["description"].endswith(
        "By partner: actor (one actor), since, until, include_negated.")
    assert paths["/api/v1/facets"]["get"]["description"].startswith(
        "Read from maintained counts with only these filters: the total, types and "
        "QuadClasses with the timeline's filters (actor or pair, one actor each, since, until, "
        "a PLOVER type, quad_class, include_negated); modality, place and source and target "
        "countries always count the matching events. Any other filter")
