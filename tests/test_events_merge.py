"""Merging the mentions of one event within an article, and the same-event test
(:mod:`eventwire.events.compatible`) it shares with fusion across articles. Sentences are
our own."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.api import Engine
from eventwire.events.compatible import dates_overlap, same_event, symmetric
from eventwire.models import ActorRef, Article, Event, EventDate, Evidence, Offsets, Place, Span

PUBLISHED = "2025-02-26T00:09:00+03:30"  # a Wednesday


def ref(country: str) -> ActorRef:
    return ActorRef(actor=f"state:{country}", name=country, country=country)


def event(plover: str, cameo: str, source: list[str], target: list[str],
          when: str | None = "2025-02-24", mod: str | None = None, modality: str = "asserted",
          negated: bool = False, place: Place | None = None) -> Event:
    return Event(
        id="ev", plover=plover, cameo=cameo, quad_class=1, goldstein=1.0,  # type: ignore[arg-type]
        source=tuple(map(ref, source)), target=tuple(map(ref, target)),
        evidence=Evidence(Offsets(0, 1), Span(0, 1, "x")), negated=negated,
        modality=modality,  # type: ignore[arg-type]
        date=EventDate(value=when, precision=None, text=None, basis="text", mod=mod),
        place=place)


def test_a_directed_event_never_takes_its_reverse() -> None:
    assert same_event(event("ACCUSE", "112", ["ISR"], ["LBN"]),
                      event("ACCUSE", "112", ["ISR"], ["LBN"]))
    assert not same_event(event("ACCUSE", "112", ["ISR"], ["LBN"]),
                          event("ACCUSE", "112", ["LBN"], ["ISR"]))
    # a visit is directed: the visited side briefing the visitor is another event
    assert not same_event(event("CONSULT", "042", ["RUS"], ["IRN"]),
                          event("CONSULT", "042", ["IRN"], ["RUS"]))


def test_symmetric_types_and_reciprocal_visits_join_in_either_direction() -> None:
    assert symmetric("040") and symmetric("046") and symmetric("057") and symmetric("0311")
    assert not symmetric("042") and not symmetric("043") and not symmetric("112")
    assert same_event(event("CONSULT", "046", ["TUR"], ["GRC"]),
                      event("CONSULT", "040", ["GRC"], ["TUR"]))
    # talks with the visitor are the visit; X visiting Y is Y hosting X
    assert same_event(event("CONSULT", "042", ["GRC"], ["TUR"]),
                      event("CONSULT", "040", ["TUR"], ["GRC"]))
    assert same_event(event("CONSULT", "042", ["GRC"], ["TUR"]),
                      event("CONSULT", "043", ["TUR"], ["GRC"]))
    assert not same_event(event("CONSULT", "042", ["GRC"], ["TUR"]),
                          event("CONSULT", "043", ["GRC"], ["TUR"]))


def test_type_family_follows_the_cameo_hierarchy() -> None:
    assert same_event(event("SANCTION", "160", ["USA"], ["IRN"]),
                      event("SANCTION", "163", ["USA"], ["IRN"]))
    assert not same_event(event("SUPPORT", "051", ["USA"], ["IRN"]),
                          event("SUPPORT", "057", ["USA"], ["IRN"]))
    assert not same_event(event("SANCTION", "163", ["USA"], ["IRN"]),
                          event("COERCE", "172", ["USA"], ["IRN"]))


def test_dates_must_overlap_at_their_precision() -> None:
    day, month = EventDate("2025-02-24", "day", None, "text"), EventDate("2025-02", "month",
                                                                          None, "text")
    assert dates_overlap(day, month)
    assert not dates_overlap(day, EventDate("2025-01", "month", None, "text"))
    assert dates_overlap(EventDate("2021", "year", None, "text", mod="ON_OR_BEFORE"),
                         EventDate("2018-05-08", "day", None, "text"))
    assert not dates_overlap(EventDate("2021", "year", None, "text", mod="ON_OR_BEFORE"), day)
    assert dates_overlap(day, EventDate("2025-W09", "week", None, "text"))
    past = EventDate(None, None, "recent years", "text", mod="BEFORE")
    assert dates_overlap(past, past) and not dates_overlap(past, day)
    assert dates_overlap(EventDate(None, None, None, "none"), day)
    assert not same_event(event("SUPPORT", "057", ["IRN"], ["RUS"], when="2025-01"),
                          event("SUPPORT", "057", ["IRN"], [], when="2015"))


def test_modality_and_negation_never_mix() -> None:
    asserted = event("SANCTION", "163", ["JPN"], ["CHN"])
    assert not same_event(asserted, event("SANCTION", "163", ["JPN"], ["CHN"],
                                           modality="hypothetical"))
    assert not same_event(asserted, event("SANCTION", "163", ["JPN"], ["CHN"], negated=True))
    assert same_event(asserted, event("SANCTION", "163", ["JPN"], ["CHN"], modality="reported"))


def test_places_must_agree() -> None:
    cairo = Place("Cairo", "EGY", None, None, "city", geonameid=360630)
    alex = Place("Alexandria", "EGY", None, None, "city", geonameid=361058)
    egypt = Place("Egypt", "EGY", None, None, "country")
    talks = event("CONSULT", "040", ["TUR"], ["GRC"])
    assert not same_event(talks.__class__(**{**talks.__dict__, "place": cairo}),
                          talks.__class__(**{**talks.__dict__, "place": alex}))
    assert same_event(talks.__class__(**{**talks.__dict__, "place": cairo}),
                      talks.__class__(**{**talks.__dict__, "place": egypt}))


def events_of(engine: Engine, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [{"plover": e.plover, "cameo": e.cameo,
             "source": [r.country for r in e.source], "target": [r.country for r in e.target],
             "modality": e.modality, "date": e.date.value if e.date else None,
             "trigger": e.evidence.trigger.text,
             "mentions": [m.trigger.text for m in e.mentions]}
            for e in engine.document(article).events]


def ev(plover: str, cameo: str, source: list[str], target: list[str], date: str | None,
       trigger: str, mentions: list[str] | None = None, modality: str = "asserted"
       ) -> dict[str, Any]:
    return {"plover": plover, "cameo": cameo, "source": source, "target": target,
            "modality": modality, "date": date, "trigger": trigger, "mentions": mentions or []}


ARTICLES = [
    # a visit, its hosting and talks during it are one meeting; a briefing the day before
    # by the host is another event
    ("Greece's prime minister visited Turkey on Monday. On Monday Turkey also hosted Greece's"
     " prime minister, and Turkey held talks with Greece. Turkey briefed Greece on Sunday"
     " about the migration talks.",
     [ev("CONSULT", "042", ["GRC"], ["TUR"], "2025-02-24", "visited", ["talks", "hosted"]),
      ev("CONSULT", "040", ["TUR"], ["GRC"], "2025-02-23", "briefed")]),
    # mutual accusations are two events
    ("Israel accused Hamas on Friday of breaking the truce. Hamas accused Israel of bombing"
     " Gaza on Friday.",
     [ev("ACCUSE", "112", ["ISR"], ["PSE"], "2025-02-21", "accused"),
      ev("ACCUSE", "112", ["PSE"], ["ISR"], "2025-02-21", "accused")]),
    # two rounds of talks on different days
    ("Iran held talks with France on Monday. On Thursday, Iran held talks with France again.",
     [ev("CONSULT", "040", ["IRN"], ["FRA"], "2025-02-24", "talks"),
      ev("CONSULT", "040", ["IRN"], ["FRA"], "2025-02-20", "talks")]),
    # a possibility is not the deed
    ("Japan could sanction China. Japan sanctioned China on Monday.",
     [ev("SANCTION", "163", ["JPN"], ["CHN"], None, "sanction", modality="hypothetical"),
      ev("SANCTION", "163", ["JPN"], ["CHN"], "2025-02-24", "sanctioned")]),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_mentions_merge_only_into_the_same_event(engine: Engine, text: str,
                                                 expected: list[dict[str, Any]]) -> None:
    assert events_of(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one country on both sides, the sectors and the direction differ: two events
    ("Police in Uganda fired tear gas at protesters on Thursday. The protesters attacked "
     "police officers with stones on Thursday.",
     [("ASSAULT", ["UGACOP"], ["UGA"], 0), ("PROTEST", ["UGACVL"], ["UGACOP"], 0)]),
    ("Sudan's army shelled RSF positions on Monday. The RSF attacked the army on Monday with "
     "drones.",
     [("ASSAULT", ["SDNMIL"], ["SDNREB"], 0), ("ASSAULT", ["SDNREB"], ["SDNMIL"], 0)]),
    ("Myanmar's army bombed rebel villages on Tuesday. Rebels ambushed an army convoy on "
     "Tuesday.",
     [("ASSAULT", ["MMRMIL"], ["MMRCVL"], 0), ("ASSAULT", ["MMRREB"], ["MMR"], 0)]),
    # the state and a body of it are one actor; the same sides in the same direction merge
    ("Russian forces struck Kyiv on Sunday. Russia attacked the Ukrainian capital with "
     "missiles on Sunday.",
     [("ASSAULT", ["RUSMIL"], ["UKR"], 1)]),
    ("Somalia's army attacked al-Shabaab bases on Monday. The army also struck al-Shabaab "
     "fighters near Mogadishu on Monday.",
     [("ASSAULT", ["SOMMIL"], ["SOMREB"], 1)]),
])
def test_directed_mentions_merge_only_with_the_same_actors_down_to_the_sector(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    """merge.same_actors: an army's shelling of the rebels and the rebels' attack on the
    army share one country on both sides (SDN → SDN) but are two events."""
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    assert [(e.plover, [r.code for r in e.source], [r.code for r in e.target], len(e.mentions))
            for e in engine.document(article).events] == expected


def test_kayhan_mentions_stay_with_their_own_events(kayhan_report: dict) -> None:
    """"he had briefed Lavrov" is not Lavrov's visit; "discussions with Lavrov" are his
    visit, not Pezeshkian's January visit to Moscow; the 2015 deal is not the partnership."""
    by_trigger = {(e["evidence"]["trigger"]["text"], e["evidence"]["trigger"]["start"]):
                  [m["trigger"]["text"] for m in e["mentions"]] for e in kayhan_report["events"]}
    visit = next(v for (t, s), v in by_trigger.items() if t == "arrived")
    january = next(v for (t, s), v in by_trigger.items() if t == "visit")
    partnership = next(v for (t, s), v in by_trigger.items() if t == "partnership")
    assert "briefed" not in visit and "discussions" in visit
    assert "discussions" not in january
    assert "deal" not in partnership
