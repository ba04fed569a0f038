"""Fusing events across articles (issue 15): the readings the same-event test adds when two
mentions come from different reports (``same_event(..., across=True)``), and fused events that
do not depend on the order the reports arrive in. Sentences and events are our own."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.events.compatible import same_event
from eventwire.models import (
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
from eventwire.store import Store
from hand_records import INFO, fused_events


def ref(key: str) -> ActorRef:
    if len(key) == 3:
        return ActorRef(f"state:{key}", key, key, None, key)
    return ActorRef(f"org:{key.lower()}", key, None, None, key)  # an IGO: no country


def place(name: str, country: str, precision: str = "city", basis: str = "text") -> Place:
    return Place(name, country, None, None, precision, None, basis=basis)  # type: ignore[arg-type]


def event(plover: str, cameo: str, source: list[str], target: list[str],
          when: str | None = "2025-03-03", basis: str = "text", where: Place | None = None,
          text: str = "x", eid: str = "ev", trigger: str = "x") -> Event:
    start = text.index(trigger)
    return Event(eid, plover, cameo, 1, 1.0,  # type: ignore[arg-type]
                 tuple(map(ref, source)), tuple(map(ref, target)),
                 Evidence(Offsets(0, len(text)), Span(start, start + len(trigger), trigger)),
                 date=EventDate(when, "day", None, basis),  # type: ignore[arg-type]
                 place=where)


# -- dates: an inherited date says "by that day" --------------------------------------------

def test_an_inherited_date_also_covers_the_day_before_across_articles() -> None:
    # "Japanese coast guard vessels seized a Chinese fishing boat on Monday" (stated: 3 March)
    seized = event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-03")
    # next day, another outlet: "China protested on Tuesday after Japan seized one of its
    # boats" — the seizure has no date of its own; it inherits Tuesday from "protested"
    inherited = event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-04", basis="governing")
    assert same_event(seized, inherited, across=True)
    assert same_event(inherited, seized, across=True)
    assert not same_event(seized, inherited)  # within one article a day is a day
    # a paragraph's date and the publication date are inherited too
    for basis in ("narrative", "publication"):
        assert same_event(seized, event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-04",
                                        basis=basis), across=True)
    # a seizure stated for Tuesday is another seizure; an inherited date is not a week
    assert not same_event(seized, event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-04"),
                          across=True)
    assert not same_event(seized, event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-05",
                                        basis="narrative"), across=True)
    # the slack runs back only: an event is reported on or after it happens
    assert not same_event(seized, event("SEIZE", "171", ["JPN"], ["CHN"], "2025-03-02",
                                        basis="narrative"), across=True)


# -- actors: CAMEO codes are hierarchical --------------------------------------------------

def test_an_actor_code_and_its_extension_are_one_side_across_articles() -> None:
    # "the EU adopted sanctions on Belarus" / "the European Council adopted sanctions ..."
    eu = event("SANCTION", "163", ["IGOEUR"], ["BLR"])
    council = event("SANCTION", "163", ["IGOEUREEC"], ["BLR"])
    assert same_event(eu, council, across=True) and same_event(council, eu, across=True)
    assert not same_event(eu, council)
    # the African Union is not the EU; a prefix that is not a whole code part is no parent
    assert not same_event(eu, event("SANCTION", "163", ["IGOAFR"], ["BLR"]), across=True)
    assert not same_event(event("SANCTION", "163", ["IGOEU"], ["BLR"]), council, across=True)


def test_an_unspecified_intent_to_cooperate_has_no_direction_across_articles() -> None:
    # "Armenia and Azerbaijan agreed on Monday to start work on a border commission" is coded
    # 030 both ways (ARM->AZE and AZE->ARM); another outlet's "Azerbaijan agreed with Armenia
    # on Monday to ..." and a headline "Baku agrees to border commission" (one side named)
    # report the same agreement
    both_ways = event("AGREE", "030", ["ARM"], ["AZE"])
    reverse = event("AGREE", "030", ["AZE"], ["ARM"])
    one_side = event("AGREE", "030", ["AZE"], [])
    assert same_event(both_ways, reverse, across=True)
    assert same_event(reverse, both_ways, across=True)
    assert same_event(event("AGREE", "030", ["ARM"], ["AZE"]), one_side, across=True)
    assert not same_event(both_ways, reverse)  # within one article the two stay apart
    # a third party is another agreement; a directed intent (033, material aid) keeps its
    # direction
    assert not same_event(both_ways, event("AGREE", "030", ["AZE"], ["TUR"]), across=True)
    assert not same_event(event("AGREE", "033", ["ARM"], ["AZE"]),
                          event("AGREE", "033", ["AZE"], ["ARM"]), across=True)


def test_a_domestic_event_is_not_an_international_one_across_articles() -> None:
    # "Egypt's foreign minister briefed the cabinet on Sunday on his Gaza contacts"
    briefing = event("CONSULT", "040", ["EGY"], ["EGY"])
    # "Egypt and Qatar held talks in Cairo on Sunday" (another outlet, the same day)
    talks = event("CONSULT", "040", ["EGY", "QAT"], ["EGY", "QAT"])
    assert not same_event(briefing, talks, across=True)
    assert not same_event(talks, briefing, across=True)
    assert same_event(briefing, talks)  # within one article the test is unchanged
    # "the Egyptian president met the prime minister on Sunday": domestic too, one country
    assert same_event(briefing, event("CONSULT", "040", ["EGY"], ["EGY"]), across=True)
    # a one-sided mention ("Egypt held consultations on Sunday") names no other country
    assert same_event(briefing, event("CONSULT", "040", ["EGY"], []), across=True)
    assert same_event(talks, event("CONSULT", "040", ["EGY"], []), across=True)


# -- places ----------------------------------------------------------------------------------

def test_a_meetings_venue_is_its_host_across_articles() -> None:
    oman = place("Oman", "OMN", "country")
    # "Iranian and American envoys held talks in Oman on Monday"
    talks = event("CONSULT", "046", ["IRN", "USA"], ["IRN", "USA"], where=oman)
    # "The US envoy flew to Oman for the talks" (a visit to the host)
    visit = event("CONSULT", "042", ["USA"], ["OMN"])
    assert same_event(talks, visit, across=True) and same_event(visit, talks, across=True)
    assert not same_event(talks, visit)
    # the host alone is not a shared participant: British talks in Oman are other talks
    assert not same_event(event("CONSULT", "046", ["GBR", "OMN"], [], where=oman), visit,
                          across=True)
    # talks elsewhere do not make Oman a participant
    assert not same_event(event("CONSULT", "046", ["IRN", "USA"], ["IRN", "USA"],
                                where=place("Qatar", "QAT", "country")), visit, across=True)


def test_a_dateline_is_not_where_the_event_happened_across_articles() -> None:
    # "NEW DELHI — India struck sites in Pakistan" (filed from Delhi) and "Indian missiles
    # hit six sites in Pakistan" (the place stated)
    filed = event("ASSAULT", "190", ["IND"], ["PAK"],
                  where=place("New Delhi", "IND", basis="dateline"))
    stated = event("ASSAULT", "190", ["IND"], ["PAK"], where=place("Pakistan", "PAK", "country"))
    assert same_event(filed, stated, across=True)
    assert not same_event(filed, stated)
    # a place the text states still separates events
    assert not same_event(event("ASSAULT", "190", ["IND"], ["PAK"],
                                where=place("Lahore", "PAK")),
                          event("ASSAULT", "190", ["IND"], ["PAK"],
                                where=place("Bahawalpur", "PAK")), across=True)


# -- the order reports arrive in -------------------------------------------------------------

RUSSIAN = "Russian diplomats met their counterparts in Geneva on Thursday about a prisoner swap."
AMERICAN = "American negotiators described Thursday's meeting in Geneva as useful and frank."
BOTH = "Russian and American officials held talks in Geneva on Thursday, both sides said."
ISTANBUL = "Russian and Ukrainian officials held talks in Istanbul on Thursday as well."
GENEVA = place("Geneva", "CHE")


def _report(aid: str, outlet: str, hour: int, text: str, e: Event) -> Report:
    return Report(Article(aid, text, source=outlet, title=aid,
                          published=f"2025-06-05T{hour:02d}:00:00+00:00"), INFO, events=(e,))


def reports() -> dict[str, Report]:
    return {
        # one side named in each of two reports; the third names both and bridges them
        "a-ru": _report("a-ru", "tass.com", 10, RUSSIAN, event(
            "CONSULT", "040", ["RUS"], [], "2025-06-05", where=GENEVA, text=RUSSIAN,
            eid="ev-ru", trigger="met")),
        "a-us": _report("a-us", "apnews.com", 11, AMERICAN, event(
            "CONSULT", "040", ["USA"], [], "2025-06-05", where=GENEVA, text=AMERICAN,
            eid="ev-us", trigger="meeting")),
        "a-both": _report("a-both", "reuters.com", 12, BOTH, event(
            "CONSULT", "040", ["RUS", "USA"], [], "2025-06-05", where=GENEVA, text=BOTH,
            eid="ev-both", trigger="held talks")),
        # same day, Russia again, another city and other parties: not the Geneva talks
        "a-ist": _report("a-ist", "dailysabah.com", 13, ISTANBUL, event(
            "CONSULT", "040", ["RUS", "UKR"], [], "2025-06-05",
            where=place("Istanbul", "TUR"), text=ISTANBUL, eid="ev-ist",
            trigger="held talks")),
    }


def _fused(db: Path) -> list[tuple[str, list[str], int, int]]:
    return [(r["id"], sorted(r["articles"]), r["num_articles"], r["num_sources"])
            for r in fused_events(db)]


def test_fused_events_do_not_depend_on_arrival_order(tmp_path: Path) -> None:
    by_id = reports()
    for n, order in enumerate(itertools.permutations(["a-ru", "a-us", "a-both", "a-ist"])):
        db = tmp_path / f"order{n}.db"
        with Store(db) as store:
            for aid in order:
                store.save(by_id[aid])
        geneva = [a for a in order if a != "a-ist"]
        first = by_id[geneva[0]].events[0].id  # the earliest started fused event keeps its id
        assert sorted(_fused(db)) == sorted([
            ("f" + first, ["a-both", "a-ru", "a-us"], 3, 3),
            ("fev-ist", ["a-ist"], 1, 1)]), order


def test_a_bridged_fused_event_shows_what_its_mentions_say_together(tmp_path: Path) -> None:
    db = tmp_path / "bridge.db"
    with Store(db) as store:
        for aid in ("a-ru", "a-us", "a-both"):
            store.save(reports()[aid])
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--format",
                                       "jsonl"])
    row = json.loads(result.output.splitlines()[0])
    assert {k: row[k] for k in ("id", "cameo", "date", "articles", "num_mentions")} == {
        "id": "fev-ru", "cameo": "040",
        "date": {"value": "2025-06-05", "precision": "day", "text": None, "basis": "text",
                 "mod": None, "start": None, "end": None},
        "articles": ["a-ru", "a-us", "a-both"], "num_mentions": 3}
    assert [(a["name"], a["code"]) for a in row["source"]] == [("RUS", "RUS"), ("USA", "USA")]
    assert [(e["article_id"], e["trigger"]["text"]) for e in row["evidence"]] == [
        ("a-ru", "met"), ("a-us", "meeting"), ("a-both", "held talks")]
    with Store(db) as store:  # one fused event left, with every key and member
        assert store.db.execute("SELECT COUNT(*) FROM fused_events").fetchone()[0] == 1
        assert sorted(map(tuple, store.db.execute("SELECT key, fused_id FROM fused_keys"))) == [
            ("RUS", "fev-ru"), ("USA", "fev-ru")]


def test_the_date_shown_is_the_one_a_mention_states() -> None:
    from eventwire.store.fused import _most_specific

    stated = {"source": [{"a": 1}], "target": [], "place": None,
              "date": {"value": "2025-01-19", "precision": "day", "basis": "text"}}
    inherited = {"source": [{"a": 1}], "target": [{"b": 2}], "place": None,
                 "date": {"value": "2025-01-20", "precision": "day", "basis": "governing"}}
    shown = _most_specific(inherited, [inherited, stated])
    # actors from the mention naming both sides, the date from the one stating it
    assert shown["target"] == [{"b": 2}] and shown["date"]["value"] == "2025-01-19"


# -- a joint action of conjoined actors is one mutual event ----------------------------------

PACT = "Chile and Argentina agreed on Friday to reopen the Cristo Redentor pass to trucks."
ECHO = "Argentina and Chile agreed on Friday to let freight trucks use the mountain pass again."
LATER = "Chile agreed on Saturday to Argentina's request to extend the pass's opening hours."


def _two_way(aid: str, hour: int, text: str, trigger: str, day: str = "2025-06-06",
             pair: tuple[str, str] = ("CHL", "ARG")) -> Report:
    """A report whose coder split "A and B agreed" into A→B and B→A (one trigger)."""
    a, b = pair
    return Report(Article(aid, text, source=f"{aid}.example", title=aid,
                          published=f"2025-06-0{day[-1]}T{hour:02d}:00:00+00:00"), INFO,
                  events=(event("AGREE", "0356", [a], [b], day, text=text, eid=f"ev-{aid}-1",
                                trigger=trigger),
                          event("AGREE", "0356", [b], [a], day, text=text, eid=f"ev-{aid}-2",
                                trigger=trigger)))


def test_both_directions_of_one_trigger_are_one_mutual_event(tmp_path: Path) -> None:
    """"Chile and Argentina agreed to …" is coded CHL→ARG and ARG→CHL from one trigger: one
    fused event, which the other outlet's two records (worded the other way round) join;
    Chile agreeing to an Argentine request the next day is another event."""
    db = tmp_path / "mutual.db"
    later = Report(Article("c-later", LATER, source="later.example", title="later",
                           published="2025-06-07T09:00:00+00:00"), INFO,
                   events=(event("AGREE", "0356", ["CHL"], ["ARG"], "2025-06-07", text=LATER,
                                 eid="ev-later", trigger="agreed"),))
    with Store(db) as store:
        store.save(_two_way("a-pact", 10, PACT, "agreed"))
        store.save(_two_way("b-echo", 12, ECHO, "agreed", pair=("ARG", "CHL")))
        store.save(later)
    assert _fused(db) == [("fev-a-pact-1", ["a-pact", "b-echo"], 2, 2),
                          ("fev-later", ["c-later"], 1, 1)]
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--format",
                                       "jsonl", "--limit", "1"])
    row = json.loads(result.output.splitlines()[0])
    # shown with its first mention's dyad
    assert ([a["code"] for a in row["source"]], [a["code"] for a in row["target"]]) == (
        ["CHL"], ["ARG"])
    assert (row["num_mentions"], row["date"]["value"]) == (4, "2025-06-06")
    assert [(e["article_id"], e["event_id"]) for e in row["evidence"]] == [
        ("a-pact", "ev-a-pact-1"), ("a-pact", "ev-a-pact-2"), ("b-echo", "ev-b-echo-1"),
        ("b-echo", "ev-b-echo-2")]
