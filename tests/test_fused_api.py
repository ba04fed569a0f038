"""GET /api/v1/fused (issue 15): fused events over HTTP with the events' filters, the
``{items, next}`` list shape, cursors, CSV/JSONL streams and 400s — exact JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from eventwire.models import PLOVER_TYPES  # noqa: E402
from eventwire.serve import create_app  # noqa: E402
from eventwire.store import Store  # noqa: E402
from test_fused_events import TALKS, reports  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("fused-api") / "s.db"
    with Store(db) as store:
        for r in reports():
            store.save(r)
    return TestClient(create_app(db))


def get(client: TestClient, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_one_fused_event_as_the_cli_shows_it(client: TestClient) -> None:
    assert get(client, "/api/v1/fused?min_articles=2&type=CONSULT") == {
        "items": [TALKS], "next": None}


def test_the_events_filters_apply_to_any_mention(client: TestClient) -> None:
    ids = lambda url: [e["id"] for e in get(client, url)["items"]]  # noqa: E731
    # newest first, as /api/v1/events
    assert ids("/api/v1/fused") == ["fev-rome-talks", "fev-wire-talks", "fev-wire-deal"]
    assert ids("/api/v1/fused?order=oldest") == ["fev-wire-deal", "fev-wire-talks",
                                                 "fev-rome-talks"]
    # text in any member's evidence sentence (only the rewrite says "envoy")
    assert ids("/api/v1/fused?q=envoy") == ["fev-wire-talks"]
    # the rewrite's mention names Araghchi: the actor filter finds the fused event by it
    assert ids("/api/v1/fused?actor=person:abbas-araghchi") == ["fev-wire-talks"]
    assert ids("/api/v1/fused?pair=IRN,USA") == ["fev-wire-talks"]
    assert ids("/api/v1/fused?article=a-rome") == ["fev-rome-talks", "fev-wire-deal"]
    assert ids("/api/v1/fused?cameo=057") == ["fev-wire-deal"]
    assert ids("/api/v1/fused?since=2025-04-13") == ["fev-rome-talks"]
    assert ids("/api/v1/fused?until=2020") == ["fev-wire-deal"]
    assert ids("/api/v1/fused?source=dailysabah.com") == ["fev-wire-talks"]
    # negated mentions make fused events of their own, shown only when asked for
    assert ids("/api/v1/fused?include_negated=true&q=direct") == ["fev-rw-direct"]
    assert ids("/api/v1/fused?q=direct") == []


def test_pages_follow_the_cursor(client: TestClient) -> None:
    first = get(client, "/api/v1/fused?limit=2&order=oldest")
    assert [e["id"] for e in first["items"]] == ["fev-wire-deal", "fev-wire-talks"]
    assert first["next"] is not None
    second = get(client, f"/api/v1/fused?limit=2&order=oldest&cursor={first['next']}")
    assert second == {"items": [get(client, "/api/v1/fused?article=a-rome&type=CONSULT")[
        "items"][0]], "next": None}
    assert [e["id"] for e in second["items"]] == ["fev-rome-talks"]


def test_streams_every_row(client: TestClient) -> None:
    response = client.get("/api/v1/fused?format=csv&order=oldest")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert list(csv.reader(io.StringIO(response.text))) == [
        ["id", "date", "type", "source", "target", "articles", "sources", "mentions"],
        ["fev-wire-deal", "2015", "AGREE", "Iran(IRN), United States(USA)", "", "2", "2", "2"],
        ["fev-wire-talks", "2025-04-12", "CONSULT", "Abbas Araghchi(IRNGOV)",
         "United States(USA)", "2", "2", "3"],
        ["fev-rome-talks", "2025-04-19", "CONSULT", "Iran(IRN), United States(USA)", "", "1",
         "1", "1"]]
    lines = client.get("/api/v1/fused?format=jsonl&type=CONSULT&min_articles=2").text
    assert [json.loads(line) for line in lines.splitlines()] == [TALKS]


def test_bad_parameters_are_400s_that_say_what_to_do(client: TestClient) -> None:
    assert get(client, "/api/v1/fused?type=TALK", 400) == {
        "error": f"unknown event type 'TALK': use a PLOVER type ({', '.join(PLOVER_TYPES)}) "
                 "or a CAMEO code such as 163"}
    assert get(client, "/api/v1/fused?cursor=nonsense", 400)["error"].startswith(
        "bad cursor 'nonsense'")
    assert get(client, "/api/v1/fused?min_articles=0", 400)["error"].startswith(
        "min_articles: ")


def test_says_how_many_stored_articles_are_not_yet_placed(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    db = tmp_path_factory.mktemp("fused-api-unplaced") / "s.db"
    with Store(db) as store:  # as a stopped ingest run leaves them: stored, waiting
        for r in reports():
            store.save(r, place=False)
        waiting = store.db.execute("SELECT COUNT(*) FROM story_pending").fetchone()[0]
    assert get(TestClient(create_app(db)), "/api/v1/fused") == {
        "items": [], "next": None,
        "warning": f"{waiting} articles not yet placed into stories: run `eventwire ingest` "
                   "(any path; the same files again will do) to place them, or wait for a "
                   "running ingest to end; until then stories and fused events leave them out"}
    assert waiting > 1
