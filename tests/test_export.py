"""Exports: GDELT rows of 61 fields, Mentions per evidence, PLOVER records, Parquet in DuckDB,
GEXF in networkx; the CLI command writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import workbench_store
from eventwire.cli import main
from eventwire.export import write_export
from eventwire.export.gdelt import EVENT_COLUMNS
from eventwire.store import Store
from eventwire.store import browse as b

SHARED_GDELT = (Path(__file__).resolve().parents[2] / "shared" / "reference" / "gdelt"
                / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workbench_store.build(tmp_path_factory.mktemp("export") / "s.db")


def export(db: Path, fmt: str, tmp_path: Path, **filters) -> Path:
    out = tmp_path / f"out.{fmt}"
    with Store.open_readonly(db) as store:
        write_export(store, b.EventQuery(newest_first=False, **filters), fmt, out)
    return out


def test_gdelt_columns_are_the_61_of_the_codebook() -> None:
    if not SHARED_GDELT.exists():
        pytest.skip("../shared not available")
    import csv

    with open(SHARED_GDELT, encoding="utf-8") as fh:
        names = [row["tableId"] for row in csv.DictReader(fh)]
    assert tuple(names) == EVENT_COLUMNS


def test_gdelt_events_have_61_fields_on_every_row(db: Path, tmp_path: Path) -> None:
    lines = export(db, "gdelt", tmp_path).read_text().splitlines()
    rows = [line.split("\t") for line in lines]
    assert [len(r) for r in rows] == [61, 61, 61]
    rejected = dict(zip(EVENT_COLUMNS, rows[0], strict=True))
    assert {k: v for k, v in rejected.items() if v} == {
        "GLOBALEVENTID": str(0x000000000001), "SQLDATE": "20250225", "MonthYear": "202502",
        "Year": "2025", "FractionDate": "2025.2329", "Actor1Code": "IRN",
        "Actor1Name": "IRAN", "Actor1CountryCode": "IRN", "Actor2Code": "USA",
        "Actor2Name": "UNITED STATES", "Actor2CountryCode": "USA", "IsRootEvent": "1",
        "EventCode": "120", "EventBaseCode": "120", "EventRootCode": "12", "QuadClass": "3",
        "GoldsteinScale": "-4.0", "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Tehran", "ActionGeo_Lat": "35.69439",
        "ActionGeo_Long": "51.42151", "ActionGeo_FeatureID": "112931",
        "DATEADDED": "20250226053000", "SOURCEURL": "https://kayhan.example/1"}
    # the month-precise sanction starts on the first day of its month; no URL: a citation
    sanction = dict(zip(EVENT_COLUMNS, rows[1], strict=True))
    assert (sanction["SQLDATE"], sanction["SOURCEURL"]) == ("20250301",
                                                            "apnews.com a2222222222222222")


def test_gdelt_mentions_one_row_per_evidence(db: Path, tmp_path: Path) -> None:
    rows = [r.split("\t") for r in export(db, "gdelt-mentions", tmp_path).read_text()
            .splitlines()]
    assert [len(r) for r in rows] == [16, 16, 16]
    assert rows[0][:6] == ["1", "20250226053000", "20250226053000", "1", "kayhan.ir",
                           "https://kayhan.example/1"]
    assert rows[0][9] == "60"  # ActionCharOffset: the trigger's offset


def test_plover_records(db: Path, tmp_path: Path) -> None:
    records = [json.loads(x) for x in export(db, "plover", tmp_path, include_negated=True)
               .read_text().splitlines()]
    assert [(r["id"], r["event"], r["has_event"]) for r in records] == [
        ("ev000000000001", ["REJECT"], True), ("ev000000000002", ["CONSULT"], False),
        ("ev000000000003", ["SANCTION"], True), ("ev000000000004", ["CONSULT"], True)]
    first = records[0]
    assert {k: first[k] for k in ("date", "actor", "recipient", "event_text", "quad_code",
                                  "text_info", "event_loc")} == {
        "date": "2025-02-25",
        "actor": [{"code": "IRN", "sector": None, "entity_text": "Iran", "identifier_id": "IRN",
                   "identifier_text": "Iran"}],
        "recipient": [{"code": "USA", "sector": None, "entity_text": "United States",
                       "identifier_id": "USA", "identifier_text": "United States"}],
        "event_text": ["rejected"], "quad_code": 3, "text_info": {"start": 44, "end": 105},
        "event_loc": {"name": "Tehran", "country": "IRN", "lat": 35.69439, "lon": 51.42151,
                      "geonameid": 112931, "precision": "city"}}


def test_parquet_has_one_row_per_event_and_opens_in_duckdb(db: Path, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = export(db, "parquet", tmp_path, include_negated=True)
    con = duckdb.connect()
    assert con.execute(f"SELECT COUNT(*) FROM '{out}'").fetchone() == (4,)
    row = con.execute(f"SELECT id, date, quad_class, goldstein, negated, source_countries, "
                      f"place_lat FROM '{out}' WHERE plover = 'SANCTION'").fetchone()
    assert row[0] == "ev000000000003" and str(row[1]) == "2025-03-01"
    assert row[2:] == (4, -8.0, False, ["USA"], None)
    types = dict(con.execute(f"DESCRIBE SELECT date, quad_class, published FROM '{out}'")
                 .fetchall()[i][:2] for i in range(3))
    assert types == {"date": "DATE", "quad_class": "TINYINT",
                     "published": "TIMESTAMP WITH TIME ZONE"}


def test_gexf_opens_in_networkx(db: Path, tmp_path: Path) -> None:
    import networkx as nx

    graph = nx.read_gexf(export(db, "gexf", tmp_path))
    assert sorted(graph.edges(data="weight")) == [("EGY", "JOR", 1.0), ("IRN", "USA", 1.0),
                                                  ("USA", "IRN", 1.0)]
    assert graph.nodes["IRN"]["label"] == "Iran"


def test_cli_export_with_filters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "iran.tsv"
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "gdelt",
                                       "--actor", "IRN", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 2 events as gdelt to ")
    assert len(out.read_text().splitlines()) == 2
    sure = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "jsonl",
                                     "--min-confidence", "0.5", "--out", str(out)])
    assert sure.output.startswith("wrote 2 events as jsonl to ")
    assert [json.loads(r)["id"] for r in out.read_text().splitlines()] == [
        "ev000000000001", "ev000000000003"]
    bad = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "csv", "--since",
                                    "March", "--out", str(out)])
    assert bad.exit_code == 2
    assert ("Invalid value for '--since': 'March' is not a date: use YYYY, YYYY-MM or "
            "YYYY-MM-DD (e.g. 2025, 2025-02 or 2025-02-26)") in bad.output
