"""Actors linked across articles for stories and fused events (store/placing.py), on articles
of our own (tests/fixtures/stories-linking: the Washington declaration of 8 August 2025 told by
three outlets and a copy, a next-day follow-up naming the foreign ministers without titles,
and a distractor with the same leaders four weeks earlier)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.models import Actor, ActorRef, Article, Report
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.placing import linked
from hand_records import INFO

HERE = Path(__file__).parent / "fixtures" / "stories-linking"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, engine) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("linking") / "store.db"
    with Store(db) as store:
        ingest([HERE], store, Settings(), engine=engine)
        names = {r[1]: Path(r[0]).stem for r in store.db.execute(
            "SELECT origin, id FROM articles")}
    return db, names


def _out(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_untitled_ministers_join_the_talks_through_the_other_articles(stored) -> None:
    db, names = stored
    followup = next(a for a, n in names.items() if n == "oc-media-declaration-followup")
    # what the follow-up itself says is stored as it says it: no countries
    own = [e for e in _out("--db", str(db), "events", "--type", "CONSULT", "--format", "jsonl")
           if e["article_id"] == followup]
    assert [[(r["actor"], r.get("country")) for r in e["source"]] for e in own] == [
        [("person:jeyhun-bayramov", None)], [("org:ararat", None)]]
    # for fusion, Bayramov is Azerbaijan's (his id, resolved with his title elsewhere) and
    # "Ararat" (a name cut short) Armenia's Ararat Mirzoyan: the talks of 8 August
    rows = _out("--db", str(db), "events", "--fused", "--type", "CONSULT", "--format", "jsonl")
    assert [([names[a] for a in r["articles"]], r["date"]["value"]) for r in rows] == [
        (["civilnet-abu-dhabi-talks"], "2025-07-10"),
        (["apnews-trump-hosts-caucasus-leaders", "armenpress-washington-declaration",
          "azertac-declaration-copy", "oc-media-declaration-followup"], "2025-08-08")]
    # (the AP report's "Trump hosted Nikol Pashinyan and Ilham Aliyev for talks" joins them,
    # as gold.json has it, since "Trump" at a sentence start is the person named before)
    assert rows[1]["num_articles"] == 3  # the copy is not counted


def _report(aid: str, published: str, actors: tuple[Actor, ...]) -> Report:
    return Report(Article(aid, "Text.", published=published), INFO, actors=actors)


def _saved(tmp_path: Path, reports: list[Report]) -> Store:
    store = Store(tmp_path / "s.db")
    for r in reports:
        store.save(r)
    return store


def test_an_actor_takes_a_country_only_when_nearby_articles_agree(tmp_path: Path) -> None:
    titled = _report("a1", "2025-08-08T10:00:00+00:00", (
        Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person", "AZE", "GOV", None,
              "AZEGOV"),
        Actor("person:sam-lee", "Sam Lee", "person", "SGP", "GOV", None, "SGPGOV"),
        Actor("person:phumtham-wechayachai", "Phumtham Wechayachai", "person", "THA", "GOV",
              None, "THAGOV")))
    other = _report("a2", "2025-08-09T10:00:00+00:00", (
        Actor("person:sam-lee", "Sam Lee", "person", "KOR", "GOV", None, "KORGOV"),))
    weeks_later = _report("a3", "2025-09-01T10:00:00+00:00", (
        Actor("person:ivan-horak", "Ivan Horak", "person", "CZE", "GOV", None, "CZEGOV"),))
    bare = Report(Article("a4", "Text.", published="2025-08-10T08:00:00+00:00"), INFO, actors=(
        Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person"),
        Actor("person:sam-lee", "Sam Lee", "person"),  # two countries: left alone
        Actor("person:phumtham", "Phumtham", "person"),  # the full name starts with it
        Actor("person:ivan-horak", "Ivan Horak", "person")))  # only weeks away: left alone
    with _saved(tmp_path, [titled, other, weeks_later, bare]) as store:
        got = linked(store.db, bare)
    assert [(a.id, a.country, a.code) for a in got.actors] == [
        ("person:jeyhun-bayramov", "AZE", "AZEGOV"), ("person:sam-lee", None, None),
        ("person:phumtham", "THA", "THAGOV"), ("person:ivan-horak", None, None)]


def test_event_sides_are_linked_too(tmp_path: Path) -> None:
    from eventwire.models import Event, EventDate, Evidence, Offsets, Span

    titled = _report("a1", "2025-08-08T10:00:00+00:00", (
        Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person", "AZE", "GOV", None,
              "AZEGOV"),))
    evidence = Evidence(Offsets(0, 5), Span(0, 4, "Text"))
    event = Event("ev-1", "CONSULT", "040", 1, 1.0,
                  (ActorRef("person:jeyhun-bayramov", "Jeyhun Bayramov"),),
                  (ActorRef("ARM", "Armenia", "ARM", None, "ARM"),), evidence,
                  date=EventDate("2025-08-09", "day", None, "publication"))
    bare = Report(Article("a2", "Text.", published="2025-08-09T10:00:00+00:00"), INFO,
                  events=(event,))
    with _saved(tmp_path, [titled]) as store:
        got = linked(store.db, bare)
    assert got.events[0].source == (ActorRef("person:jeyhun-bayramov", "Jeyhun Bayramov", "AZE",
                                             "GOV", "AZEGOV"),)
    assert got.events[0].target == event.target


def test_the_next_day_follow_up_joins_the_story_and_the_distractor_does_not(stored) -> None:
    """The follow-up's talks, dated by its publication only (on that day or the day before),
    share the 8 August talks' signature with the story's articles."""
    db, names = stored
    stories = _out("--db", str(db), "stories", "--format", "jsonl")
    assert [[names[a] for a in s["articles"]] for s in stories] == [
        ["civilnet-abu-dhabi-talks"],
        ["apnews-trump-hosts-caucasus-leaders", "armenpress-washington-declaration",
         "azertac-declaration-copy", "oc-media-declaration-followup"]]


def test_an_inherited_date_signs_its_day_and_the_day_before() -> None:
    from eventwire.models import Event, EventDate, Evidence, Offsets, Span
    from eventwire.stories.features import event_signatures

    evidence = Evidence(Offsets(0, 5), Span(0, 4, "Text"))
    sides = ((ActorRef("AZE", "Azerbaijan", "AZE", None, "AZE"),),
             (ActorRef("ARM", "Armenia", "ARM", None, "ARM"),))

    def talks(basis: str) -> Event:
        return Event("ev-1", "CONSULT", "040", 1, 1.0, *sides, evidence,
                     date=EventDate("2025-08-09", "day", None, basis))  # type: ignore[arg-type]

    assert event_signatures([talks("publication")]) == {
        "CONSULT|ARM|AZE|2025-08-09", "CONSULT|ARM|AZE|2025-08-08"}
    assert event_signatures([talks("text")]) == {"CONSULT|ARM|AZE|2025-08-09"}


def test_a_one_word_organisation_is_a_person_only_beside_someone_the_same_articles_name(
        tmp_path: Path) -> None:
    """"Jordan" read as an organisation is not Jordan Bardella because he was in the news that
    week; "Karel" read as one is Karel Peeters when the article also names Bayramov, whom
    the article naming Peeters in full names too."""
    rally = _report("a1", "2025-06-02T10:00:00+00:00", (
        Actor("person:jordan-bardella", "Jordan Bardella", "person", "FRA", "GOV", None,
              "FRAGOV"),))
    talks = _report("a2", "2025-06-02T11:00:00+00:00", (
        Actor("person:karel-peeters", "Karel Peeters", "person", "BEL", "GOV", None,
              "BELGOV"),
        Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person", "AZE", "GOV", None,
              "AZEGOV")))
    border = Report(Article("a3", "Text.", published="2025-06-03T08:00:00+00:00"), INFO, actors=(
        Actor("org:jordan", "Jordan", "org"),  # the parser's ORG; no person beside it
        Actor("org:karel", "Karel", "org")))
    followup = Report(Article("a4", "Text.", published="2025-06-03T09:00:00+00:00"), INFO,
                      actors=(Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person"),
                              Actor("org:karel", "Karel", "org")))
    with _saved(tmp_path, [rally, talks]) as store:
        assert [(a.id, a.country) for a in linked(store.db, border).actors] == [
            ("org:jordan", None), ("org:karel", None)]
        assert [(a.id, a.country, a.code) for a in linked(store.db, followup).actors] == [
            ("person:jeyhun-bayramov", "AZE", "AZEGOV"), ("org:karel", "BEL", "BELGOV")]
