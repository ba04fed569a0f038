"""The store's query paths at scale: lookup keys, dyads, sentence search, pages, counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.models import Actor, ActorRef, Article, Event, EventDate, Report
from eventwire.store import Store, queries
from hand_records import INFO, evidence, term_instances

IRN = ActorRef("IRN", "Iran", "IRN")
USA = ActorRef("USA", "United States", "USA")
ARAGHCHI = ActorRef("person:abbas-araghchi", "Abbas Araghchi", "IRN", "GOV")
WITKOFF = ActorRef("person:steve-witkoff", "Steve Witkoff", "USA", "GOV")
ACTORS = {r.actor: Actor(r.actor, r.name, "person" if ":" in r.actor else "state", r.country,
                         r.sector, code=(r.country or "") + (r.sector or ""))
          for r in (IRN, USA, ARAGHCHI, WITKOFF)}


def report(n: int, published: str, sentences: list[tuple[str, list[ActorRef], list[ActorRef],
                                                          str | None, bool]]) -> Report:
    """An article of one sentence per event: (sentence, source, target, date, negated)."""
    text = " ".join(s for s, *_ in sentences)
    article = Article(id=f"a{n:04d}", text=text, published=published, source="test.example")
    events = [Event(
        id=f"ev{n:04d}{i}", plover="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
        source=tuple(source), target=tuple(target),
        evidence=evidence(text, sentence, sentence.split()[1]),
        negated=negated, date=EventDate(date, "day", None, "text") if date else None)
        for i, (sentence, source, target, date, negated) in enumerate(sentences)]
    used = {r.actor for e in events for r in e.source + e.target}
    return Report(article, INFO, actors=tuple(ACTORS[a] for a in sorted(used)),
                  events=tuple(events))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "q.db")
    s.save(report(1, "2025-04-13T10:00:00+03:30", [
        ("Iran met the United States in Muscat.", [IRN], [USA], "2025-04-12", False),
        ("Araghchi held indirect talks with Witkoff.", [ARAGHCHI], [WITKOFF], None, False),
        ("Iran did not meet Washington directly.", [IRN], [USA], "2025-04-12", True),
    ]))
    s.save(report(2, "2025-05-02T09:00:00+00:00", [
        ("Witkoff briefed Araghchi by phone.", [WITKOFF], [ARAGHCHI], "2025-05-01", False),
        ("Iran and Araghchi met US officials again.", [IRN, ARAGHCHI], [USA], "2025-04-26",
         False),
    ]))
    s.save(report(3, "2024-12-30T09:00:00+00:00", [
        ("Araghchi spoke with the United States.", [ARAGHCHI], [USA], None, False),
    ]))
    yield s
    s.close()


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def test_pair_by_country_walks_dyads_in_date_order(store: Store) -> None:
    rows = queries.events(store, queries.EventFilter(pair=("IRN", "USA")))
    assert ids(rows) == ["ev00030", "ev00010", "ev00011", "ev00021"]
    assert [r["sentence"] for r in rows[:2]] == ["Araghchi spoke with the United States.",
                                                 "Iran met the United States in Muscat."]
    assert rows[1]["article_id"] == "a0001" and rows[1]["published"].startswith("2025-04-13")
    negated = queries.events(store, queries.EventFilter(pair=("irn", "usa"),
                                                        include_negated=True))
    assert ids(negated) == ["ev00030", "ev00010", "ev00012", "ev00011", "ev00021"]


def test_actor_strings_resolve_to_keys(store: Store) -> None:
    assert queries.resolve_actor(store, "irn") == ["IRN"]
    assert queries.resolve_actor(store, "person:steve-witkoff") == ["person:steve-witkoff"]
    assert queries.resolve_actor(store, "IRNGOV") == ["person:abbas-araghchi"]
    assert queries.resolve_actor(store, "witk") == ["person:steve-witkoff"]
    assert queries.resolve_actor(store, "nobody") == []
    by_name = queries.events(store, queries.EventFilter(pair=("Araghchi", "Witkoff")))
    assert ids(by_name) == ["ev00011"]
    either = queries.events(store, queries.EventFilter(actor="Witkoff"))
    assert ids(either) == ["ev00011", "ev00020"]
    assert queries.events(store, queries.EventFilter(actor="nobody")) == []


def test_since_until_cover_whole_periods(store: Store) -> None:
    f = queries.EventFilter(actor="USA", since="2025-04", until="2025-04")
    assert ids(queries.events(store, f)) == ["ev00010", "ev00011", "ev00021"]
    assert ids(queries.events(store, queries.EventFilter(until="2024"))) == ["ev00030"]
    assert ids(queries.events(store, queries.EventFilter(since="2025-05-01"))) == ["ev00020"]


def test_pages_follow_the_cursor_both_ways(store: Store) -> None:
    f = queries.EventFilter(actor="IRN", limit=2)
    first = queries.event_page(store, f)
    second = queries.event_page(store, queries.EventFilter(actor="IRN", limit=2,
                                                           cursor=first.next))
    third = queries.event_page(store, queries.EventFilter(actor="IRN", limit=2,
                                                          cursor=second.next))
    assert ids(first.rows) + ids(second.rows) + ids(third.rows) == [
        "ev00030", "ev00010", "ev00011", "ev00021", "ev00020"]
    assert third.next is None
    newest = queries.event_page(store, queries.EventFilter(actor="IRN", limit=3,
                                                           newest_first=True))
    assert ids(newest.rows) == ["ev00020", "ev00021", "ev00011"]
    every = list(queries.iter_events(store, queries.EventFilter(actor="IRN"), page_size=2))
    assert ids(every) == ["ev00030", "ev00010", "ev00011", "ev00021", "ev00020"]
    with pytest.raises(ConfigError, match="bad cursor 'xyz'"):
        queries.events(store, queries.EventFilter(cursor="xyz"))


def test_search_matches_words_and_phrases_in_the_evidence(store: Store) -> None:
    assert ids(queries.events(store, queries.EventFilter(search="indirect talks"))) == [
        "ev00011"]
    assert ids(queries.events(store, queries.EventFilter(search="talks indirect"))) == []
    assert ids(queries.events(store, queries.EventFilter(search="met OR spoke"))) == [
        "ev00030", "ev00010", "ev00021"]
    with pytest.raises(ConfigError, match="bad --search query"):
        queries.events(store, queries.EventFilter(search='"unclosed'))


def test_summary_and_actors_come_from_maintained_counts(store: Store) -> None:
    data = queries.summary(store)
    assert data["counts"] == {"articles": 3, "events": 6, "quotes": 0, "skips": 0, "unplaced": 0,
                              "negated_events": 1, "actors": 4}
    assert data["top_pairs"] == [{"source": "IRN", "target": "USA", "events": 4},
                                 {"source": "USA", "target": "IRN", "events": 1}]
    assert data["types"] == {"CONSULT": 5}
    rows = {r["id"]: (r["articles"], r["events"]) for r in queries.actors(store)}
    assert rows == {"IRN": (2, 2), "USA": (3, 3), "person:abbas-araghchi": (3, 4),
                    "person:steve-witkoff": (2, 2)}


def test_replacing_an_article_leaves_no_stale_rows(store: Store) -> None:
    store.save(report(1, "2025-04-13T10:00:00+03:30", [
        ("Iran rebuffed the United States.", [IRN], [USA], "2025-04-12", False)]))
    assert ids(queries.events(store, queries.EventFilter(search="Muscat"))) == []
    assert ids(queries.events(store, queries.EventFilter(search="rebuffed"))) == ["ev00010"]
    data = queries.summary(store)
    assert data["counts"]["events"] == 4 and data["counts"]["negated_events"] == 0
    assert data["top_pairs"][0] == {"source": "IRN", "target": "USA", "events": 3}
    db = store.db
    assert db.execute("SELECT COUNT(*) FROM dyads").fetchone()[0] == 9
    assert db.execute("SELECT COUNT(*) FROM actor_events WHERE event NOT IN "
                      "(SELECT id FROM events)").fetchone()[0] == 0


def test_dyad_timeline_and_top_dyads(store: Store) -> None:
    weeks = queries.dyad_timeline(store, "IRN", "USA")
    assert weeks == [{"period": "2024-12-30", "events": 1}, {"period": "2025-04-07", "events": 2},
                     {"period": "2025-04-21", "events": 1}]
    months = queries.dyad_timeline(store, "IRN", "USA", interval="month", since="2025")
    assert months == [{"period": "2025-04", "events": 3}]
    assert queries.top_dyads(store, 1) == [{"source": "IRN", "target": "USA", "events": 4}]


def test_bulk_load_fills_the_lookup_tables_as_the_triggers_do(store: Store,
                                                              tmp_path: Path) -> None:
    from eventwire.store.schema import bulk_events_begin, bulk_events_end

    with Store(tmp_path / "bulk.db") as bulk:
        bulk.save(report(3, "2024-12-30T09:00:00+00:00", [
            ("Araghchi spoke with the United States.", [ARAGHCHI], [USA], None, False)]))
        n0 = bulk_events_begin(bulk.db)
        bulk.save(report(1, "2025-04-13T10:00:00+03:30", [
            ("Iran met the United States in Muscat.", [IRN], [USA], "2025-04-12", False),
            ("Araghchi held indirect talks with Witkoff.", [ARAGHCHI], [WITKOFF], None, False),
            ("Iran did not meet Washington directly.", [IRN], [USA], "2025-04-12", True)]))
        bulk.save(report(2, "2025-05-02T09:00:00+00:00", [
            ("Witkoff briefed Araghchi by phone.", [WITKOFF], [ARAGHCHI], "2025-05-01", False),
            ("Iran and Araghchi met US officials again.", [IRN, ARAGHCHI], [USA], "2025-04-26",
             False)]))
        with bulk.transaction():
            bulk_events_end(bulk.db, n0)
        for table in ("actor_events", "dyads", "counts", "type_counts", "pair_counts",
                      "actor_index"):
            sql = f"SELECT * FROM {table} ORDER BY 1, 2"
            assert bulk.db.execute(sql).fetchall() == store.db.execute(sql).fetchall(), table
        postings = []  # the date-ordered sentence index, posting for posting (migration 16)
        for db in (bulk.db, store.db):
            postings.append(term_instances(  # rows are numbered in another order: by event id
                db, "events_fts_dated", "SELECT v.term, e.id, v.doc - e.n, v.offset FROM temp.v "
                "JOIN events e ON e.n = v.doc & (1 << 36) - 1 ORDER BY 1, 2, 3, 4"))
        assert postings[0] == postings[1] and len(postings[0]) > 30
        f = queries.EventFilter(search="met OR spoke")
        assert queries.events(bulk, f) == queries.events(store, f)
        names = [r[0] for r in bulk.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'events_ai'")]
        assert names == ["events_ai"]


def test_version_3_store_with_events_is_migrated(tmp_path: Path) -> None:
    from eventwire.store.schema import MIGRATIONS
    from eventwire.store.sqlite import _statements

    path = tmp_path / "v3.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                    "applied_at TEXT NOT NULL)")
        for version, sql in MIGRATIONS[:3]:
            for statement in _statements(sql):
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, '2025-01-01')", (version,))
        con.execute("INSERT INTO articles (id, published, text, status, pipeline_version, "
                    "pipeline_json, ingested_at) VALUES ('a1', '2025-03-02T10:00:00+00:00', "
                    "'Iran met US envoys.', 'analysed', 'v', '{}', 'now')")
        event = ('{"id":"ev1","source":[{"actor":"IRN","name":"Iran","country":"IRN",'
                 '"sector":null}],"target":[{"actor":"USA","name":"US","country":"USA",'
                 '"sector":null}],"evidence":{"sentence":{"start":0,"end":19},'
                 '"trigger":{"start":5,"end":8,"text":"met"}},"negated":false}')
        con.execute("INSERT INTO events (id, article_id, plover, cameo, quad_class, negated, "
                    "modality, sentence_start, sentence_end, sentence, trigger_start, "
                    "trigger_end, trigger_text, json) VALUES ('ev1', 'a1', 'CONSULT', '040', 1, "
                    "0, 'asserted', 0, 19, 'Iran met US envoys.', 5, 8, 'met', ?)", (event,))
        con.execute("INSERT INTO event_actors VALUES ('ev1', 'source', 0, 'IRN', 'Iran', 'IRN', "
                    "NULL)")
    with Store(path) as store:
        assert store.schema_version() == max(v for v, _ in MIGRATIONS)
        rows = queries.events(store, queries.EventFilter(pair=("IRN", "USA"), search="envoys"))
        assert [(r["id"], r["sentence"]) for r in rows] == [("ev1", "Iran met US envoys.")]
        # values the v3 record kept only in columns are part of the record now
        assert (rows[0]["plover"], rows[0]["cameo"], rows[0]["quad_class"],
                rows[0]["evidence"]) == ("CONSULT", "040", 1, {
                    "sentence": {"start": 0, "end": 19},
                    "trigger": {"start": 5, "end": 8, "text": "met"}})
        assert store.db.execute("SELECT sort_date FROM events").fetchone()[0] == "2025-03-02"
        assert queries.summary(store)["counts"]["events"] == 1
