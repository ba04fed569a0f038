"""The Parquet lake: typed tables by month, DuckDB answers as the store does, load round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import ConfigError, StoreError
from eventwire.lake.load import load_lake
from eventwire.lake.query import Lake
from eventwire.lake.write import prepare, write_reports
from eventwire.models import Skip
from eventwire.report import placeholder_article, skip_report
from eventwire.store import Store, queries
from test_store_queries import ARAGHCHI, IRN, USA, WITKOFF, report

REPORTS = [
    report(1, "2025-04-13T10:00:00+03:30", [
        ("Iran met the United States in Muscat.", [IRN], [USA], "2025-04-12", False),
        ("Araghchi held indirect talks with Witkoff.", [ARAGHCHI], [WITKOFF], None, False),
        ("Iran did not meet Washington directly.", [IRN], [USA], "2025-04-12", True)]),
    report(2, "2025-05-02T09:00:00+00:00", [
        ("Witkoff briefed Araghchi by phone.", [WITKOFF], [ARAGHCHI], "2025-05-01", False),
        ("Iran and Araghchi met US officials again.", [IRN, ARAGHCHI], [USA], "2025-04-26",
         False)]),
    report(3, "2024-12-30T09:00:00+00:00", [
        ("Araghchi spoke with the United States.", [ARAGHCHI], [USA], None, False)]),
]
SKIP = Skip(reason="binary content (NUL or control bytes): not a text article", code="binary",
            origin="/in/c.bin", article_id="a0bad")


def build_both(root: Path) -> tuple[Store, Path]:
    lake = root / "lake"
    prepare(lake)
    skipped = skip_report(placeholder_article(SKIP), SKIP, REPORTS[0].pipeline)
    write_reports(lake, [r.to_dict() for r in REPORTS[:2]])
    write_reports(lake, [REPORTS[2].to_dict(), skipped.to_dict()])
    store = Store(root / "s.db")
    for r in [*REPORTS, skipped]:
        store.save(r)
    return store, lake


@pytest.fixture()
def both(tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    store, lake = build_both(tmp_path)
    yield store, lake
    store.close()


@pytest.fixture(scope="module")
def both_read(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """One store and lake for the parametrised tests that only read them."""
    store, lake = build_both(tmp_path_factory.mktemp("lake-read"))
    yield store, lake
    store.close()


@pytest.fixture(scope="module")
def both_compacted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """The same, with the lake compacted once (`eventwire lake compact`) for read-only tests."""
    store, lake = build_both(tmp_path_factory.mktemp("lake-compacted"))
    out = CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)])
    assert out.exit_code == 0 and out.output.endswith("; indexes built\n"), out.output
    yield store, lake
    store.close()


def test_tables_are_typed_and_partitioned_by_publication_month(both) -> None:
    _, lake = both
    months = sorted(p.name for p in (lake / "events").iterdir())
    assert months == ["month=2024-12", "month=2025-04", "month=2025-05"]
    assert sorted(p.name for p in (lake / "skips").iterdir()) == ["month=unknown"]
    table = pq.read_table(next((lake / "events" / "month=2025-04").glob("*.parquet")))
    assert str(table.schema.field("quad_class").type) == "int8"
    assert str(table.schema.field("source_keys").type) == "list<element: string>"
    row = table.to_pylist()[0]
    assert (row["id"], row["sort_date"], row["source_keys"], row["target_keys"]) == (
        "ev00010", "2025-04-12", ["IRN"], ["USA"])
    assert row["sentence"] == "Iran met the United States in Muscat."
    manifest = json.loads((lake / "eventwire-lake.json").read_text())
    assert manifest["lake_version"] == 2 and manifest["report_schema"] == "eventwire.report/1"


FILTERS = [
    queries.EventFilter(limit=None), queries.EventFilter(pair=("IRN", "USA")),
    queries.EventFilter(pair=("irn", "usa"), include_negated=True),
    queries.EventFilter(pair=("Araghchi", "Witkoff")), queries.EventFilter(actor="Witkoff"),
    queries.EventFilter(actor="USA", since="2025-04", until="2025-04"),
    queries.EventFilter(until="2024"), queries.EventFilter(search="indirect talks"),
    queries.EventFilter(actor="IRN", limit=2, newest_first=True),
    queries.EventFilter(type="04"), queries.EventFilter(actor="nobody"),
    queries.EventFilter(pair=("IRN", "USA"), limit=1, cursor=None),
    queries.EventFilter(actor="IRN", since="2025-04-26", limit=10)]


@pytest.mark.parametrize("f", FILTERS)
def test_lake_answers_event_queries_as_the_store(both_read, f: queries.EventFilter) -> None:
    store, lake = both_read
    with Lake(lake) as lk:
        assert not lk.indexed
        page = lk.event_page(f)
    expected = queries.event_page(store, f)
    assert page == expected


def test_compacted_lake_answers_through_its_indexes_as_the_store(both) -> None:
    store, lake = both
    out = CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)])
    assert out.exit_code == 0 and out.output.endswith("; indexes built\n"), out.output
    with Lake(lake) as lk:
        assert lk.indexed and lk.word_index
        for f in FILTERS:
            assert lk.event_page(f) == queries.event_page(store, f), f
            first = lk.event_page(replace(f, limit=1))
            if first.next:
                after = replace(f, limit=2, cursor=first.next)
                assert lk.event_page(after) == queries.event_page(store, after), f
        assert lk.dyad_timeline("IRN", "USA") == queries.dyad_timeline(store, "IRN", "USA")
    write_reports(lake, [REPORTS[0].to_dict()])  # a new file: the index is stale
    with Lake(lake) as lk:
        assert not lk.indexed


def test_lake_pages_with_the_store_cursor(both) -> None:
    store, lake = both
    first = queries.event_page(store, queries.EventFilter(actor="IRN", limit=2))
    with Lake(lake) as lk:
        second = lk.event_page(queries.EventFilter(actor="IRN", limit=2, cursor=first.next))
    assert [r["id"] for r in second.rows] == ["ev00011", "ev00021"]


def test_lake_summary_actors_and_timeline_match_the_store(both) -> None:
    store, lake = both
    with Lake(lake) as lk:
        assert lk.summary() == queries.summary(store) | {"skips": lk.skips()}
        assert [s["code"] for s in lk.skips()] == ["binary"]
        assert lk.actors() == queries.actors(store)
        assert lk.dyad_timeline("IRN", "USA") == queries.dyad_timeline(store, "IRN", "USA")
        assert lk.top_dyads(3) == queries.top_dyads(store, 3)


def test_lake_search_refuses_fts_operators(both) -> None:
    with Lake(both[1]) as lk, pytest.raises(ConfigError, match="plain words and phrases"):
        lk.event_page(queries.EventFilter(search="met OR spoke"))


def test_load_fills_the_store_with_the_same_reports(both, tmp_path: Path) -> None:
    store, lake = both
    with Store(tmp_path / "loaded.db") as loaded:
        assert load_lake(lake, loaded) == 4
        for r in REPORTS:
            assert queries.show(loaded, r.article.id) == queries.show(store, r.article.id)
        assert queries.skips(loaded)[0]["reason"] == SKIP.reason
        assert queries.summary(loaded)["counts"] == queries.summary(store)["counts"]


def test_cli_events_and_sql_over_the_lake(both) -> None:
    store, lake = both
    runner = CliRunner()
    out = runner.invoke(main, ["events", "--pair", "IRN,USA", "--lake", str(lake),
                               "--format", "json"])
    assert out.exit_code == 0, out.output
    assert [e["id"] for e in json.loads(out.output)] == ["ev00030", "ev00010", "ev00011",
                                                         "ev00021"]
    out = runner.invoke(main, ["sql", "--lake", str(lake), "--format", "csv",
                               "SELECT month, COUNT(*) AS n FROM events GROUP BY 1 ORDER BY 1"])
    assert out.output == "month,n\n2024-12,1\n2025-04,3\n2025-05,2\n"
    out = runner.invoke(main, ["sql", "--lake", str(lake), "SELECT * FROM nowhere"])
    assert out.exit_code == 2 and out.output.startswith("error: SQL error: Catalog Error")


def test_compact_merges_each_month_and_keeps_the_answers(both) -> None:
    store, lake = both
    write_reports(lake, [REPORTS[1].to_dict()])  # an article again (--force), another file
    with Lake(lake) as lk:
        assert lk.summary()["counts"]["events"] == 8  # twice until compacted
    out = CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)])
    assert out.exit_code == 0, out.output
    files = sorted(p.parent.name for p in (lake / "events").glob("*/*.parquet"))
    assert files == ["month=2024-12", "month=2025-04", "month=2025-05"]
    with Lake(lake) as lk:
        page = lk.event_page(queries.EventFilter(limit=None))
    assert page == queries.event_page(store, queries.EventFilter(limit=None))


def test_engine_ray_needs_a_lake_and_lake_versions_are_checked(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["ingest", "--engine", "ray", str(tmp_path)])
    assert out.exit_code == 2 and "--engine ray writes a Parquet lake: add --lake DIR" in out.output
    lake = tmp_path / "old"
    lake.mkdir()
    (lake / "eventwire-lake.json").write_text('{"lake_version": 0, "report_schema": "x"}')
    with pytest.raises(StoreError, match="write to a new --lake folder"):
        prepare(lake)


def test_min_confidence_on_the_lake_as_on_the_store(tmp_path: Path) -> None:
    reports = []
    for i, r in enumerate(REPORTS):  # confidence 0.4, 0.6, 0.9, ... by event
        events = tuple(replace(e, confidence=(0.4, 0.6, 0.9)[(i + j) % 3])
                       for j, e in enumerate(r.events))
        reports.append(replace(r, events=events))
    lake = tmp_path / "lake"
    prepare(lake)
    write_reports(lake, [r.to_dict() for r in reports])
    with Store(tmp_path / "s.db") as store:
        for r in reports:
            store.save(r)
        filters = [queries.EventFilter(min_confidence=0.6),
                   queries.EventFilter(actor="IRN", min_confidence=0.9),
                   queries.EventFilter(pair=("IRN", "USA"), min_confidence=0.5,
                                       include_negated=True)]
        for compacted in (False, True):
            if compacted:
                assert CliRunner().invoke(main, ["lake", "compact", "--lake",
                                                 str(lake)]).exit_code == 0
            with Lake(lake) as lk:
                assert lk.indexed == compacted
                for f in filters:
                    expected = queries.event_page(store, f)
                    assert lk.event_page(f) == expected, f
                    assert {r["confidence"] for r in expected.rows} <= {0.6, 0.9}
        assert len(queries.events(store, filters[0])) == 4
    out = CliRunner().invoke(main, ["events", "--lake", str(lake), "--min-confidence", "0.9",
                                    "--format", "json"])
    assert out.exit_code == 0, out.output
    # 0.9: the second event of article 2 and the one of article 3 (article 1's is negated)
    assert sorted(e["id"] for e in json.loads(out.output)) == ["ev00021", "ev00030"]


def test_compaction_writes_the_summary_counts_and_they_go_stale(both) -> None:
    store, lake = both
    with Lake(lake) as lk:
        assert not lk.aggregated
        scanned = lk.summary()
    assert CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)]).exit_code == 0
    with Lake(lake) as lk:
        assert lk.aggregated
        assert lk.summary() == scanned == queries.summary(store) | {"skips": lk.skips()}
        assert lk.top_dyads(3) == queries.top_dyads(store, 3)
        assert lk.summary()["counts"]["events"] == 6
    write_reports(lake, [REPORTS[0].to_dict()])  # a new file: the counts are stale
    with Lake(lake) as lk:
        assert not lk.aggregated


def test_quotes_page_by_keyset_cursor_in_store_and_lake(tmp_path: Path, engine) -> None:
    from conftest import KAYHAN, need

    reports = list(engine.extract([need(KAYHAN)]))
    lake = tmp_path / "lake"
    prepare(lake)
    write_reports(lake, [r.to_dict() for r in reports])
    with Store(tmp_path / "s.db") as store, Lake(lake) as lk:
        for r in reports:
            store.save(r)
        every = queries.quotes(store)
        assert len(every) >= 8 and lk.quotes() == every
        for page_of in (lk.quote_page, lambda s, a, q, n, c: queries.quote_page(
                store, s, a, q, n, cursor=c)):
            seen, cursor = [], None
            while True:
                page = page_of(None, None, None, 3, cursor)
                assert 0 < len(page.rows) <= 3
                seen += page.rows
                if page.next is None:
                    break
                cursor = page.next
            assert seen == every
        first = queries.quote_page(store, limit=2)
        assert queries.quote_page(store, limit=2, cursor=first.next) == lk.quote_page(
            None, None, None, 2, first.next)
        with pytest.raises(ConfigError, match="bad cursor"):
            queries.quotes(store, limit=2, cursor="nonsense")
    runner = CliRunner()
    out = runner.invoke(main, ["--db", str(tmp_path / "s.db"), "quotes", "--limit", "4",
                               "--format", "json"])
    assert out.exit_code == 0
    cursor = out.stderr.split("--cursor ")[1].strip()
    rest = runner.invoke(main, ["quotes", "--lake", str(lake), "--limit", "100", "--cursor",
                                cursor, "--format", "json"])
    assert json.loads(out.stdout) + json.loads(rest.stdout) == json.loads(json.dumps(every))


def test_scans_of_a_compacted_lake_read_months_in_date_order(both) -> None:
    store, lake = both
    assert CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)]).exit_code == 0
    with Lake(lake) as lk:
        assert [m[0] for m in lk.months] == ["2024-12", "2025-04", "2025-05"]
        for f in [queries.EventFilter(limit=1), queries.EventFilter(limit=1, newest_first=True),
                  queries.EventFilter(search="met", limit=1),
                  queries.EventFilter(type="04", limit=2, include_negated=True),
                  queries.EventFilter(since="2025-04-20", limit=1, newest_first=True),
                  queries.EventFilter(until="2025-04", limit=1)]:
            seen = 0
            while True:  # every page, through the cursors, as the store gives them
                page = lk.event_page(f)
                assert page == queries.event_page(store, f), f
                seen += len(page.rows)
                if page.next is None:
                    break
                f = replace(f, cursor=page.next)
            assert seen == len(queries.events(store, replace(f, limit=None, cursor=None)))


@pytest.mark.parametrize("f", [
    queries.EventFilter(search="met", limit=1), queries.EventFilter(search="MET", limit=2),
    queries.EventFilter(search="talks with", limit=5),  # a phrase: every word, then in order
    queries.EventFilter(search="with talks", limit=5),  # both words, not that phrase: none
    queries.EventFilter(search="met", pair=("IRN", "USA"), limit=1, include_negated=True),
    queries.EventFilter(search="united states", type="CONSULT", limit=1, newest_first=True),
    queries.EventFilter(search="Araghchi", since="2025", limit=1),
    queries.EventFilter(search="Muscat", limit=None)])
def test_search_of_a_compacted_lake_through_its_word_index(both_compacted, f) -> None:
    store, lake = both_compacted
    with Lake(lake) as lk:
        assert lk.word_index
        seen = []
        while True:  # every page through the cursors, as the store gives them
            page = lk.event_page(f)
            assert page == queries.event_page(store, f), f
            seen += [r["id"] for r in page.rows]
            if page.next is None:
                break
            f = replace(f, cursor=page.next)
        assert seen == [r["id"] for r in queries.events(store, replace(f, cursor=None,
                                                                         limit=None))]


def test_word_index_holds_lower_cased_words_and_leaves_non_ascii_to_the_scan(both) -> None:
    from eventwire.lake.query import index_words

    _, lake = both
    assert CliRunner().invoke(main, ["lake", "compact", "--lake", str(lake)]).exit_code == 0
    assert index_words("Indirect  TALKS, indirect") == ["indirect", "talks"]
    assert index_words("Côte") is None and index_words("--") is None
    with Lake(lake) as lk:
        words = lk.db.execute("SELECT word, id FROM words WHERE id = 'ev00011' "
                              "ORDER BY word").fetchall()
    assert [w for w, _ in words] == ["araghchi", "held", "indirect", "talks", "with", "witkoff"]
