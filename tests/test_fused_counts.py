"""Counting per report or per real-world event, chosen explicitly (issue 15): `eventwire
timeline --count`, /api/v1/timeline?count=, /api/v1/summary?count=, and exports with
`--count events` (GDELT NumMentions/NumSources/NumArticles from the fused event)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.export import gdelt
from eventwire.store import Store
from test_fused_events import TALKS, reports


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counts") / "s.db"
    with Store(path) as store:
        for r in reports():
            store.save(r)
    return path


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_timeline_per_report_or_per_event(db: Path) -> None:
    rows = lambda *a: [json.loads(x) for x in run(db, "timeline", "--format", "jsonl",  # noqa: E731
                                                  *a).splitlines()]
    # per report: the wire, its copy, the rewrite and Rome each count their talks
    assert rows("--count", "reports", "--type", "CONSULT") == [
        {"period": "2025-04", "group": "all", "events": 4}]
    # per event: the Muscat talks once (three articles), the Rome round once
    assert rows("--count", "events", "--type", "CONSULT") == [
        {"period": "2025-04", "group": "all", "events": 2}]
    assert rows("--count", "events", "--interval", "week", "--by", "plover",
                "--since", "2025") == [
        {"period": "2025-04-07", "group": "CONSULT", "events": 1},
        {"period": "2025-04-14", "group": "CONSULT", "events": 1}]
    assert rows("--count", "events", "--actor", "IRN", "--by", "partner",
                "--type", "CONSULT") == [
        {"period": "2025-04", "group": "USA", "events": 1}]


def test_export_gdelt_per_event_counts_mentions_sources_and_articles(
        db: Path, tmp_path: Path) -> None:
    out = tmp_path / "fused.tsv"
    assert run(db, "export", "--format", "gdelt", "--count", "events", "--type", "CONSULT",
               "--since", "2025-04-12", "--until", "2025-04-12", "--out", str(out)) == (
        f"wrote 1 real-world events (fused) as gdelt to {out} ({out.stat().st_size} bytes)\n")
    row = dict(zip(gdelt.EVENT_COLUMNS, out.read_text().rstrip("\n").split("\t"), strict=True))
    assert {k: row[k] for k in ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name",
                                "Actor2Code", "EventCode", "NumMentions", "NumSources",
                                "NumArticles", "DATEADDED", "SOURCEURL")} == {
        "GLOBALEVENTID": str(gdelt.global_id("ev-wire-talks")), "SQLDATE": "20250412",
        "Actor1Code": "IRNGOV", "Actor1Name": "ABBAS ARAGHCHI", "Actor2Code": "USA",
        "EventCode": "040",
        # the copy adds nothing: three mentions in two articles from two outlets
        "NumMentions": "3", "NumSources": "2", "NumArticles": "2",
        "DATEADDED": "20250412152000", "SOURCEURL": "apnews.com a-wire"}
    # per report the same talks are three rows of one mention, one source, one article each
    per_report = tmp_path / "reports.tsv"
    run(db, "export", "--format", "gdelt", "--type", "CONSULT", "--since", "2025-04-12",
        "--until", "2025-04-12", "--out", str(per_report))
    counts = [line.split("\t")[31:34] for line in per_report.read_text().splitlines()]
    assert sorted(counts) == [["1", "1", "1"], ["1", "1", "1"], ["2", "1", "1"]]


def test_export_mentions_and_jsonl_per_event(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "mentions.tsv"
    run(db, "export", "--format", "gdelt-mentions", "--count", "events", "--type", "CONSULT",
        "--since", "2025-04-12", "--until", "2025-04-12", "--out", str(out))
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    event_id = str(gdelt.global_id("ev-wire-talks"))
    assert [(r[0], r[1], r[2], r[4], r[5], r[9]) for r in rows] == [
        (event_id, "20250412152000", "20250412152000", "apnews.com", "apnews.com a-wire", "27"),
        (event_id, "20250412152000", "20250412194000", "aljazeera.com",
         "aljazeera.com a-rewrite", "40"),
        (event_id, "20250412152000", "20250412194000", "aljazeera.com",
         "aljazeera.com a-rewrite", "135"),
        (event_id, "20250412152000", "20250412230500", "dailysabah.com",
         "dailysabah.com a-copy", "27")]
    jsonl = tmp_path / "fused.jsonl"
    run(db, "export", "--format", "jsonl", "--count", "events", "--type", "CONSULT",
        "--since", "2025-04-12", "--until", "2025-04-12", "--out", str(jsonl))
    assert [json.loads(x) for x in jsonl.read_text().splitlines()] == [TALKS]
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "plover",
                                       "--count", "events", "--out", str(tmp_path / "p")])
    assert result.exit_code != 0
    assert ("format 'plover' is not written per event yet: with count events use one of "
            "gdelt, gdelt-mentions, jsonl, csv") in result.output


def test_api_timeline_summary_and_export_per_event(db: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from eventwire.serve import create_app

    client = TestClient(create_app(db))
    assert client.get("/api/v1/timeline?type=CONSULT&by=none&count=events").json() == {
        "interval": "month", "by": "none",
        "items": [{"period": "2025-04", "group": "all", "events": 2}]}
    assert client.get("/api/v1/timeline?type=CONSULT&by=none").json()["items"] == [
        {"period": "2025-04", "group": "all", "events": 4}]
    per_event = client.get("/api/v1/summary?count=events").json()
    per_report = client.get("/api/v1/summary").json()
    assert [(d["counts"]["events"], d["counts"]["negated_events"])
            for d in (per_report, per_event)] == [(7, 1), (4, 1)]
    assert per_event["types"] == {"CONSULT": 2, "AGREE": 1}
    response = client.get("/api/v1/export?format=csv&count=events&type=CONSULT")
    assert response.text.splitlines() == [  # newest first, as the API's event lists
        "id,date,type,source,target,articles,sources,mentions",
        "fev-rome-talks,2025-04-19,CONSULT,\"Iran(IRN), United States(USA)\",,1,1,1",
        "fev-wire-talks,2025-04-12,CONSULT,Abbas Araghchi(IRNGOV),United States(USA),2,2,3"]
    assert client.get("/api/v1/export?format=parquet&count=events").status_code == 400
