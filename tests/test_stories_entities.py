"""Stories found and joined by who and where (issue 15, session 10): a reaction lead or a
report told in quotes shares few of the words other outlets tell a happening with, but names
its people and its town. Such an article is looked up by its names, the pairs of countries
its events are between and the days of its lead, not only by its heaviest words, and two
rare names in common count towards joining. Our own sentences."""

from __future__ import annotations

import math
from pathlib import Path

from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    EventDate,
    Evidence,
    Offsets,
    Place,
    Report,
    Span,
)
from eventwire.store import Store, queries
from eventwire.store.stories import _keys
from eventwire.stories.clusters import ENTITY_BONUS, entity_score, merge_profile
from eventwire.stories.features import ArticleFeatures, Happenings, article_features
from hand_records import INFO


def _ref(code: str) -> ActorRef:
    return ActorRef(code, code, code, None, code)


def _report(aid: str, published: str, title: str, body: str,
            people: tuple[str, ...] = (), towns: tuple[tuple[str, int | None, str], ...] = (),
            events: tuple[tuple[str, str, str, str], ...] = ()) -> Report:
    """``towns``: (name, GeoNames id, basis); ``events``: (type, source, target, day), each
    told in the lead."""
    text = f"{title}\n\n{body}"
    lead = len(title) + 2
    actors = tuple(Actor(f"person:{p}", p, "person", country="TUR") for p in people) + (
        Actor("org:white-house", "White House", "organization", country="USA"),
        Actor("EGY", "Egypt", "state", country="EGY"))
    places = tuple(Place(n, "TUR", None, None, "city", g, 0, 1, basis=b) for n, g, b in towns)
    evs = tuple(Event(f"ev-{aid}-{i}", p, "040", 1, 1.0, (_ref(s),), (_ref(t),),  # type: ignore[arg-type]
                      Evidence(Offsets(lead, lead + 10), Span(lead, lead + 4, "met")),
                      date=EventDate(d, "day", None, "text"))
                for i, (p, s, t, d) in enumerate(events))
    return Report(Article(aid, text, title=title, published=published), INFO, actors=actors,
                  events=evs, places=places)


def test_named_entities_are_people_and_towns_not_countries_institutions_or_the_dateline() -> None:
    report = _report("a1", "2024-02-14T15:00:00+00:00", "Leaders meet", "They met.",
                     people=("recep-erdogan", "abdel-sisi"),
                     towns=(("Cairo", 360630, "text"), ("Ankara", 323786, "dateline"),
                            ("El Alamein", None, "text")),
                     events=(("CONSULT", "TUR", "EGY", "2024-02-14"),))
    features = article_features(report)
    assert sorted(features.entities) == ["g:360630", "g:el alamein", "n:person:abdel-sisi",
                                         "n:person:recep-erdogan"]
    assert features.dyads == frozenset({"EGY|TUR"})


def test_an_article_is_found_by_its_names_dyads_and_lead_days() -> None:
    features = ArticleFeatures({"welcomed": 1.0}, frozenset(), frozenset(), "2024-02-14",
                               Happenings(("2024-02-13", "2024-02-14"), frozenset()),
                               entities=frozenset({"n:person:abdel-sisi", "g:360630"}),
                               dyads=frozenset({"EGY|TUR"}))
    assert _keys(features, {}) == ["d:EGY|TUR", "g:360630", "l:2024-02-13", "l:2024-02-14",
                                   "n:person:abdel-sisi", "t:welcomed"]


def test_two_rare_names_in_common_count_one_or_common_ones_do_not() -> None:
    rare = 1.0 + math.log(5)  # idf of a name in a fifth of the articles: counts fully
    common = 1.0 + math.log(13 / 12)  # a leader named in nearly every article
    idf = {"n:person:a": rare, "n:person:b": rare, "g:1": rare, "n:person:c": common}
    assert entity_score({"n:person:a", "n:person:b"}, idf) == ENTITY_BONUS * 2
    # no more than three names count
    assert entity_score({"n:person:a", "n:person:b", "g:1", "n:person:d"}, idf) == (
        ENTITY_BONUS * 3)
    assert entity_score({"n:person:a"}, idf) == 0.0  # one name: coincidence
    assert entity_score({"n:person:a", "n:person:c"}, idf) == 0.0  # a rare and a common one


def test_the_profile_keeps_the_names_of_its_articles_in_order() -> None:
    one = ArticleFeatures({}, frozenset(), frozenset(), "2024-02-14",
                          entities=frozenset({"n:person:b", "n:person:a"}))
    two = ArticleFeatures({}, frozenset(), frozenset(), "2024-02-14",
                          entities=frozenset({"n:person:a", "g:1"}))
    assert merge_profile(merge_profile({}, one), two)["entities"] == [
        "n:person:a", "n:person:b", "g:1"]


# in the store: three reports of the same talks in different words, the same two presidents
# in the same city, and four reports of other news with other people (so that the two
# presidents and the city are names few of the stored articles give)
OTHERS = [
    ("a1", "2024-02-13T09:00:00+00:00", "Floods close roads in the north",
     "Heavy rain flooded valleys and closed mountain roads after storms overnight.",
     ("mayor-one",)),
    ("a2", "2024-02-13T10:00:00+00:00", "Central bank holds interest rates",
     "The central bank kept its benchmark rate unchanged, citing stubborn inflation.",
     ("governor-two",)),
    ("a3", "2024-02-13T11:00:00+00:00", "Football club names new coach",
     "The club appointed a former midfielder as coach until the end of the season.",
     ("coach-three",)),
    ("a4", "2024-02-13T12:00:00+00:00", "Wheat harvest forecast cut",
     "Farmers expect a smaller wheat harvest because of the dry winter months.",
     ("farmer-four",)),
]


def _stored() -> list[Report]:
    cairo = (("Cairo", 360630, "text"),)
    presidents = ("recep-erdogan", "abdel-sisi")
    reports = [_report(aid, when, title, body, people)
               for aid, when, title, body, people in OTHERS] + [
        _report("a5", "2024-02-14T15:00:00+00:00", "Erdogan and Sisi pledge closer ties",
                "Erdogan and Sisi held talks at the palace in Cairo on Wednesday and "
                "pledged to expand trade, energy and defence cooperation.",
                presidents, cairo, (("CONSULT", "TUR", "EGY", "2024-02-14"),)),
        # a reaction lead: business leaders' praise, hardly a word of the talks in common
        _report("a6", "2024-02-14T16:30:00+00:00", "Business community hails Erdogan visit",
                "Investors welcomed the talks of Sisi and Erdogan as the end of a decade of "
                "estrangement, saying trade could double, and asked for easier visa rules.",
                presidents, cairo),
    ]
    return reports


def test_a_reaction_lead_naming_the_same_presidents_and_city_joins_the_talks(
        tmp_path: Path) -> None:
    reports = _stored()
    with Store(tmp_path / "s.db") as store:
        for r in reports:
            store.save(r)
        stories = {s["id"]: s["articles"] for s in queries.stories(store)}
    assert stories == {"s1": ["a1"], "s2": ["a2"], "s3": ["a3"], "s4": ["a4"],
                       "s5": ["a5", "a6"]}
