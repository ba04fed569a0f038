"""The maintained partner, role and edge counts (store migration 11) and the actor profiles,
partner timelines and networks read from them: equal to counting the events themselves."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import workbench_store
from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    EventDate,
    Evidence,
    Offsets,
    Report,
    Span,
)
from eventwire.store import Store, browse
from eventwire.store.schema import _split, bulk_events_begin, bulk_events_end, partner_fill

STATES = [("USA", "United States"), ("IRN", "Iran"), ("RUS", "Russia"), ("CHN", "China"),
          ("ISR", "Israel")]
PEOPLE = [("person:p1", "Anna Petrova", "RUS"), ("person:p2", "Ali Karimi", "IRN"),
          ("person:p3", "John Miller", "USA"), ("person:p4", "Dana Levi", "ISR"),
          ("person:p5", "Omar Haddad", None),  # no country known
          ("org:un", "United Nations", None)]
TYPES = [("CONSULT", "040", 1, 1.0), ("AID", "070", 2, 7.0), ("ACCUSE", "112", 3, -2.0),
         ("SANCTION", "163", 4, -8.0), ("REQUEST", "020", 2, None)]


def varied_reports(seed: int = 11, articles: int = 30) -> list[Report]:
    """Articles of random events: several sources and targets, actors without a country,
    actors of the same country on both sides, a repeated ref, negated events, events dated
    by day, by month or not at all, an article with no publication date."""
    rng = random.Random(seed)
    pool = ([ActorRef(actor=c, name=n, country=c) for c, n in STATES]
            + [ActorRef(actor=i, name=n, country=c) for i, n, c in PEOPLE])
    out = []
    for a in range(articles):
        sentences, events = [], []
        text = f"Article {a}\n\n"
        for j in range(rng.randint(1, 6)):
            sources = tuple(rng.sample(pool, rng.choice([1, 1, 1, 2])))
            targets = tuple(rng.sample(pool, rng.choice([0, 1, 1, 1, 2])))
            if rng.random() < 0.05:
                targets += sources[:1]  # the same actor on both sides
            sent = f"Event {j} happened between them here."
            start = len(text)
            text += sent + " "
            sentences.append(sent)
            plover, cameo, quad, goldstein = rng.choice(TYPES)
            r = rng.random()
            day = f"2025-0{rng.randint(1, 4)}-1{rng.randint(0, 9)}"
            date = (EventDate(day, "day", "then", "text") if r < 0.6 else
                    EventDate(day[:7], "month", "then", "text") if r < 0.75 else None)
            events.append(Event(
                id=f"ev{a:04d}{j:02d}", plover=plover, cameo=cameo, quad_class=quad,
                goldstein=goldstein, source=sources, target=targets,
                evidence=Evidence(Offsets(start, start + len(sent)),
                                  Span(start + 9, start + 17, "happened")),
                negated=rng.random() < 0.15, date=date))
        published = None if a == 3 else f"2025-0{rng.randint(1, 4)}-0{rng.randint(1, 9)}" \
                                         "T09:00:00+00:00"
        article = Article(id=f"a{a:016x}", text=text, source="example.org", title=f"A{a}",
                          published=published, language="en")
        refs = {r.actor: r for e in events for r in e.source + e.target}
        actors = tuple(Actor(id=r.actor, name=r.name, kind="state" if r.actor == r.country
                             else "person", country=r.country,
                             code=r.country if r.actor == r.country else None)
                       for r in refs.values())
        out.append(Report(article=article, pipeline=workbench_store.INFO, actors=actors,
                          events=tuple(events)))
    return out


def recount(db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The three tables computed in Python from the stored records."""
    partners: Counter[tuple[Any, ...]] = Counter()
    roles: Counter[tuple[Any, ...]] = Counter()
    edges: dict[tuple[Any, ...], list[float]] = {}
    for sort_date, quad, negated, goldstein, rest in db.execute(
            "SELECT sort_date, quad_class, negated, goldstein, rest FROM events"):
        refs = json.loads(rest)
        sides = {"source": refs.get("source", []), "target": refs.get("target", [])}
        rows, keyed = set(), set()
        for role, other in (("source", "target"), ("target", "source")):
            for me in sides[role]:
                for k in {me.get("actor"), me.get("country")} - {None}:
                    keyed.add((k, role))
                    for o in sides[other]:
                        rows.add((k, o.get("country") or o.get("actor") or "",
                                  "" if o.get("country") else o.get("name") or ""))
        for k, p, nm in rows:
            monday = str(date.fromisoformat(sort_date) - timedelta(date.fromisoformat(
                sort_date).weekday())) if sort_date else ""
            for grain, period in (("d", sort_date), ("w", monday), ("m", sort_date[:7]),
                                  ("t", "")):
                if grain == "t" or sort_date:  # QuadClass in all-time rows only
                    partners[(grain, k, p, nm, period, quad if grain == "t" else 0,
                              negated)] += 1
        for k, role in keyed:
            roles[(k, role, negated)] += 1
        pairs = Counter((s["country"], t["country"]) for s in sides["source"]
                        for t in sides["target"] if s.get("country") and t.get("country")
                        and s["country"] != t["country"])
        keys = {""} | {r.get(f) for rs in sides.values() for r in rs
                       for f in ("actor", "country")} - {None}
        for (s, t), m in pairs.items():
            for k in keys:
                acc = edges.setdefault((k, s, t, quad, negated), [0, 0.0, 0])
                acc[0] += 1
                acc[1] += (goldstein or 0.0) * m
                acc[2] += 0 if goldstein is None else m
    return {"partner_counts": sorted(k + (n,) for k, n in partners.items()),
            "role_counts": sorted(k + (n,) for k, n in roles.items()),
            "edge_counts": sorted(k + (n, round(g, 6), gn)
                                  for k, (n, g, gn) in edges.items())}


def stored(db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "partner_counts": sorted(tuple(r) for r in db.execute(
            "SELECT * FROM partner_counts WHERE n != 0")),
        "role_counts": sorted(tuple(r) for r in db.execute(
            "SELECT * FROM role_counts WHERE n != 0")),
        "edge_counts": sorted(tuple(r[:6]) + (round(r[6], 6), r[7]) for r in db.execute(
            "SELECT * FROM edge_counts WHERE n != 0"))}


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(workbench_store.build(tmp_path / "s.db"))
    for report in varied_reports():
        store.save(report)
    return store


def test_triggers_keep_the_counts(store: Store) -> None:
    counts = stored(store.db)
    assert counts == recount(store.db)
    hand = Store(workbench_store.build(store.path.parent / "hand.db"))
    assert stored(hand.db)["role_counts"] == [
        ("EGY", "source", 0, 1), ("IRN", "source", 0, 1), ("IRN", "source", 1, 1),
        ("IRN", "target", 0, 1), ("JOR", "target", 0, 1), ("USA", "source", 0, 1),
        ("USA", "target", 0, 1), ("USA", "target", 1, 1), ("person:abbas-araghchi", "source",
                                                           1, 1)]
    assert ("t", "IRN", "USA", "", "", 4, 0, 1) in stored(hand.db)["partner_counts"]
    assert ("m", "USA", "IRN", "", "2025-02", 0, 0, 1) in stored(hand.db)["partner_counts"]
    assert stored(hand.db)["edge_counts"][:2] == [("", "EGY", "JOR", 1, 0, 1, 1.0, 1),
                                                  ("", "IRN", "USA", 1, 1, 1, 1.0, 1)]
    report = varied_reports()[5]
    store.save(report)  # re-analysis: delete, then insert again
    assert stored(store.db) == counts
    store.db.execute("DELETE FROM articles WHERE id IN (?, ?)",
                     (report.article.id, "a1111111111111111"))
    assert stored(store.db) == recount(store.db) != counts


def test_bulk_load_and_migration_fill_the_same_counts(store: Store, tmp_path: Path) -> None:
    expected = stored(store.db)
    with Store(tmp_path / "bulk.db") as bulk:
        bulk.save(workbench_store.hostile())
        n0 = bulk_events_begin(bulk.db)
        for report in (workbench_store.iran_rejects(), workbench_store.sanctions(),
                       *varied_reports()):
            bulk.save(report)
        with bulk.transaction():
            bulk_events_end(bulk.db, n0)
        assert stored(bulk.db) == expected
        triggers = [r[0] for r in bulk.db.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'events_partners_%' ORDER BY 1")]
        assert triggers == ["events_partners_ad", "events_partners_ai"]
    for table in expected:
        store.db.execute(f"DELETE FROM {table}")
    for statement in _split(partner_fill(0)):  # what migration 11 runs on an existing store
        store.db.execute(statement)
    assert stored(store.db) == expected


def from_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browse, "_counted_partners", lambda *args: None)
    monkeypatch.setattr(browse, "_counted_network", lambda *args: None)
    monkeypatch.setattr(browse, "_counted_profile", lambda *args: None)


def test_counted_partner_timelines_and_networks_equal_counting_the_events(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = [c for c, _ in STATES] + [i for i, _, _ in PEOPLE] + ["irn", "Araghchi"]
    queries = [browse.EventQuery(actor=k, **extra) for k in keys for extra in (
        {}, {"include_negated": True}, {"since": "2025-02", "until": "2025-03"},
        {"since": "2025-02-14"})]
    plans = list(itertools.product(queries, browse.INTERVALS, (1, 3, 10)))
    timelines = [browse.timeline(store, q, i, "partner", top) for q, i, top in plans]
    assert all(browse._counted_partners(store, q, i, top) is not None for q, i, top in plans)
    nets = [(q, browse.network(store, q)) for q in [q for q in queries if not q.since] + [
        browse.EventQuery(), browse.EventQuery(quad_class=3, include_negated=True)]]
    assert all(browse._counted_network(store, q, "country", 100) is not None for q, _ in nets)
    assert any(len(n["edges"]) > 5 for _, n in nets)
    from_events(monkeypatch)
    assert timelines == [browse.timeline(store, q, i, "partner", top) for q, i, top in plans]
    assert [n for _, n in nets] == [browse.network(store, q) for q, _ in nets]
    assert {i["group"] for t in timelines for i in t["items"]} >= {
        "Omar Haddad", "United Nations", "IRN", "USA"}  # no country: by name
    usa = browse.timeline(store, browse.EventQuery(actor="USA"), "year", "partner", 3)
    everyone = browse.timeline(store, browse.EventQuery(actor="USA"), "year", "partner", 100)
    ranked = sorted(everyone["items"], key=lambda i: (-i["events"], i["group"]))
    assert len(ranked) > 3 and usa["items"] == sorted(ranked[:3], key=lambda i: i["group"])


def test_counted_profiles_equal_counting_the_events(store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    keys = [c for c, _ in STATES] + [i for i, _, _ in PEOPLE] + ["person:abbas-araghchi"]
    profiles = [browse.actor(store, k) for k in keys]
    assert profiles[1]["partners"][0]["name"] in {n for _, n in STATES} | {
        n for _, n, _ in PEOPLE}
    from_events(monkeypatch)
    assert profiles == [browse.actor(store, k) for k in keys]


def test_filters_the_counts_do_not_hold_count_the_events(store: Store) -> None:
    for q in (browse.EventQuery(actor="IRN", modality="asserted"),
              browse.EventQuery(actor="IRN", type="SANCTION"),
              browse.EventQuery(actor="IRN", quad_class=4),
              browse.EventQuery(actor="IRN", pair=("IRN", "USA")),
              browse.EventQuery(actor="a")):  # a name fragment of several actors
        assert browse._counted_partners(store, q, "month") is None
    for q in (browse.EventQuery(actor="IRN", since="2025"), browse.EventQuery(q="Event"),
              browse.EventQuery(pair=("IRN", "USA"))):
        assert browse._counted_network(store, q, "country", 10) is None
    assert browse._counted_network(store, browse.EventQuery(), "actor", 10) is None


def test_partner_timeline_top_out_of_range_says_what_to_do(store: Store) -> None:
    with pytest.raises(browse.QueryError) as err:
        browse.timeline(store, browse.EventQuery(actor="IRN"), "month", "partner", 0)
    assert str(err.value) == "top 0 is out of range: use 1 to 100"


def _facets_by_sql(store: Store, q: browse.EventQuery, top: int = 12) -> dict[str, Any]:
    """The facets as one SQL query per facet over the matching events (before the counts)."""
    where, params = browse._where(q, store)
    base = f"FROM events e WHERE {where}"
    side = ("SELECT ea.value ->> 'country' AS value, COUNT(DISTINCT e.id) AS n FROM events e, "
            "json_each(e.rest, '$.{}') ea WHERE {} AND ea.value ->> 'country' IS NOT NULL "
            "GROUP BY 1 ORDER BY n DESC, value LIMIT ?")
    sql = {"type": f"SELECT e.plover AS value, COUNT(*) AS n {base} GROUP BY 1 ORDER BY n DESC, 1",
           "quad_class": f"SELECT e.quad_class AS value, COUNT(*) AS n {base} GROUP BY 1 "
                         "ORDER BY 1",
           "modality": f"SELECT e.modality AS value, COUNT(*) AS n {base} GROUP BY 1 "
                       "ORDER BY n DESC, 1",
           "country": f"SELECT e.place_country AS value, COUNT(*) AS n {base} AND "
                      "e.place_country IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?"}
    out = {name: [dict(r) for r in store.db.execute(
        s, params + ([top] if s.endswith("LIMIT ?") else []))] for name, s in sql.items()}
    for role in ("source", "target"):
        out[role] = [dict(r) for r in store.db.execute(side.format(role, where),
                                                       params + [top])]
    out["total"] = store.db.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    return out


def test_counted_facets_and_totals_equal_counting_the_events(store: Store) -> None:
    keys = [c for c, _ in STATES] + [i for i, _, _ in PEOPLE] + ["irn", "Araghchi"]
    extras: list[dict[str, Any]] = [
        {}, {"include_negated": True}, {"since": "2025-02", "until": "2025-03"},
        {"since": "2025-02-14"}, {"until": "2025-01-31"}, {"type": "CONSULT"},
        {"quad_class": 4, "include_negated": True}]
    counted = [browse.EventQuery(actor=k, **x) for k in keys for x in extras] + [
        browse.EventQuery(pair=(s, t), **x) for s, t in (("IRN", "USA"), ("USA", "IRN"),
                                                         ("RUS", "person:p2"))
        for x in extras] + [browse.EventQuery(**x) for x in extras]
    scanned = [browse.EventQuery(actor="IRN", modality="asserted"),
               browse.EventQuery(actor="USA", type="112"),
               browse.EventQuery(actor="a"),  # a name fragment of several actors
               browse.EventQuery(q="happened", since="2025-02")]
    assert all(browse._counted_kinds(store, q) is not None for q in counted)
    assert all(browse._counted_kinds(store, q) is None for q in scanned)
    undated = store.db.execute("SELECT COUNT(*) FROM events WHERE sort_date = ''").fetchone()
    assert undated[0] == 1  # the undated event is counted from the events
    totals = []
    for q in counted + scanned:
        want = _facets_by_sql(store, q)
        totals.append(want.pop("total"))
        assert browse.event_facets(store, q) == want, q
        assert browse.count_events(store, q) == totals[-1], q
    assert len({t for t in totals}) > 20 and max(totals) > 50
