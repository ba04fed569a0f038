"""A text search reads its page of events in date order by one of three plans (store/search.py):
whichever the document frequency picks, every page holds exactly the events, in exactly the
order, that the plain query (every FTS match, sorted) gives."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    EventDate,
    Evidence,
    Offsets,
    PipelineInfo,
    Report,
    Span,
)
from eventwire.store import Store, queries, search

INFO = PipelineInfo(version="test", spacy_model="none", spacy_version="0", stages=("hand",))
ARTICLES, PER_ARTICLE = 40, 5


def _words(i: int) -> str:
    """The words of event ``i``'s sentence: 'embassy' in six of seven, 'border' in half,
    'drought' in one of ten, 'glacier' in two."""
    words = ["Officials"]
    words += ["visited the embassy"] if i % 7 else []
    words += ["closed the border"] if i % 2 == 0 else []
    words += ["discussed the drought"] if i % 10 == 3 else []
    words += ["saw a glacier"] if i in (17, 140) else []
    return " and ".join(words) + f" on day {i}."


def _report(a: int) -> Report:
    sentences = [_words(a * PER_ARTICLE + k) for k in range(PER_ARTICLE)]
    text = "Report\n\n" + " ".join(sentences) + "\n"
    # four articles share each publication day (ties broken by event id); every ninth has none
    published = None if a % 9 == 4 else f"2025-{1 + a // 16:02d}-{1 + a % 4:02d}T08:00:00+00:00"
    article = Article(id=f"a{a:016d}", text=text, source="example.org", source_id=str(a),
                      title=f"Report {a}", published=published, timezone="UTC",
                      language="en", origin=f"hand/{a}.txt", format="seed")
    events = []
    for k, s in enumerate(sentences):
        i = a * PER_ARTICLE + k
        start = text.index(s)
        dated = i % 3 == 0  # some events carry their own date, the rest sort by publication
        events.append(Event(
            id=f"ev{(i * 7919) % 1000:03d}{i:011d}", plover="CONSULT", cameo="040",
            quad_class=1, goldstein=1.0,
            source=(ActorRef(actor="IRN", name="Iran", country="IRN"),),
            target=(ActorRef(actor="USA", name="United States", country="USA"),),
            evidence=Evidence(Offsets(start, start + len(s)),
                              Span(start, start + 9, "Officials")),
            negated=i % 11 == 5,
            date=EventDate(f"2024-{1 + i % 12:02d}-15", "day", "mid-month", "text")
            if dated else None))
    actors = tuple(Actor(id=c, name=n, kind="state", country=c, code=c)
                   for c, n in (("IRN", "Iran"), ("USA", "United States")))
    return Report(article=article, pipeline=INFO, actors=actors, events=tuple(events))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("search") / "s.db"
    with Store(path) as s:
        for a in range(ARTICLES):
            s.save(_report(a))
    with Store.open_readonly(path) as s:
        yield s


def _reference(store: Store, match: str, newest: bool, negated: bool,
               since: str | None) -> list[str]:
    """Every match, sorted: the query text search ran before it had plans."""
    order = " DESC" if newest else ""
    sql = ("SELECT e.id FROM events e WHERE e.n IN (SELECT rowid FROM events_fts "
           "WHERE events_fts MATCH ?)" + ("" if negated else " AND e.negated = 0") +
           (" AND e.sort_date >= ?" if since else "") +
           f" ORDER BY e.sort_date{order}, e.id{order}")
    return [r[0] for r in store.db.execute(sql, [match] + ([since] if since else []))]


def _paged(store: Store, term: str, newest: bool, negated: bool, since: str | None,
           limit: int) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        page = queries.event_page(store, queries.EventFilter(
            search=term, newest_first=newest, include_negated=negated, since=since,
            limit=limit, cursor=cursor))
        ids += [r["id"] for r in page.rows]
        if page.next is None:
            return ids
        cursor = page.next


TERMS = ["embassy", "border", "drought", "glacier", "closed the border", "drought OR glacier",
         "embassy NOT border", "nowhere"]


@pytest.mark.parametrize("plan", search.PLANS)
@pytest.mark.parametrize("term", TERMS)
def test_every_plan_pages_through_exactly_the_sorted_matches(
        store: Store, monkeypatch: pytest.MonkeyPatch, plan: str, term: str) -> None:
    monkeypatch.setattr(search, "choose", lambda *args: plan)
    match = queries.fts_query(term)
    for newest in (True, False):
        for negated in (False, True):
            for since in (None, "2025-02"):
                want = _reference(store, match, newest, negated, since)
                for limit in (1, 7, 500):
                    assert _paged(store, term, newest, negated, since, limit) == want


def test_the_store_has_the_spread_the_plans_are_for(store: Store) -> None:
    count = {t: len(_reference(store, queries.fts_query(t), True, True, None))
             for t in ("embassy", "border", "drought", "glacier")}
    assert count == {"embassy": 171, "border": 100, "drought": 20, "glacier": 2}
    undated = store.db.execute("SELECT COUNT(*) FROM events WHERE sort_date = ''").fetchone()
    assert undated[0] == 12  # articles 4, 13, 22 and 31 (no publication date), 3 of 5 undated


def test_matches_are_counted_exactly_below_the_sample(store: Store) -> None:
    assert search.estimate_matches(store.db, '"border"') == (100, 200)
    assert search.estimate_matches(store.db, '"nowhere"') == (0, 200)


def test_estimate_extrapolates_from_the_sample(store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "SAMPLE", 10)
    # the 10th 'border' event (every even one) is n = 19 of 200
    assert search.estimate_matches(store.db, '"border"') == (round(10 * 200 / 19), 200)


@pytest.mark.parametrize(("matches", "plan"), [
    (0, "drive"), (50, "drive"), (2_000, "drive"), (20_000, "walk"), (60_000, "walk"),
    (200_000, "probe"), (1_000_000, "probe")])
def test_the_plan_follows_the_term_frequency_at_a_million_events(matches: int,
                                                                 plan: str) -> None:
    assert search.choose(matches, 1_000_000, 51) == plan


def test_a_whole_listing_drives_from_the_index(store: Store) -> None:
    assert search.plan(store.db, '"embassy"', None) == "drive"


def test_bad_search_syntax_is_a_config_error(store: Store) -> None:
    with pytest.raises(Exception, match=r"bad --search query '\"border': .*quote phrases"):
        queries.event_page(store, queries.EventFilter(search='"border', limit=5))
