"""Fusion does not chain different events through one shared party (review F25): a new mention
is compared with what the fused event's own mentions say, not with every actor any of them
named; consultations with both sides named share a party on each side; the two belligerents
of one country's war are no one attacker; a fused row shows the dyad most of its mentions
carry. Sentences and events are our own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.models import ActorRef, Article, Report
from eventwire.store import Store
from eventwire.stories.within import same_event_in_story
from hand_records import INFO, fused_events, story_articles
from test_fusion_across import event


def talks(source: list[str], target: list[str], **kw: Any) -> Any:
    return event("CONSULT", "040", source, target, "2025-05-16", **kw)


def test_consultations_with_both_sides_named_share_a_party_on_each_side() -> None:
    call = talks(["FRA", "DEU", "GBR", "POL"], ["USA"])  # European leaders called Trump
    fidan = talks(["TUR"], ["UKR", "USA"])  # Turkey's minister met the two delegations
    direct = talks(["RUS"], ["UKR"])  # Russian and Ukrainian negotiators met
    assert not same_event_in_story(call, fidan) and not same_event_in_story(fidan, call)
    assert not same_event_in_story(fidan, direct) and not same_event_in_story(direct, fidan)
    assert not same_event_in_story(call, direct)
    # the same meeting told by other outlets: either direction, a mediator added, one side
    assert same_event_in_story(direct, talks(["UKR"], ["RUS"]))
    assert same_event_in_story(direct, talks(["RUS"], ["UKR", "TUR"]))
    assert same_event_in_story(direct, talks(["UKR"], []))


def _sdn(sector: str) -> ActorRef:
    return ActorRef(f"group:sdn-{sector.lower()}", f"Sudan {sector}", "SDN", sector,
                    "SDN" + sector)


def test_the_army_and_the_rebels_attacks_are_two_deeds_inside_a_story() -> None:
    army = replace(event("ASSAULT", "190", ["SDN"], ["SDN"]), source=(_sdn("MIL"),))
    rsf = replace(event("ASSAULT", "195", ["SDN"], ["SDN"]), source=(_sdn("REB"),))
    assert not same_event_in_story(army, rsf) and not same_event_in_story(rsf, army)
    # the army's deed told with the country alone is still the army's
    assert same_event_in_story(army, event("ASSAULT", "193", ["SDN"], ["SDN"]))
    assert same_event_in_story(army, replace(army, cameo="193"))


CALL_TITLE = "European leaders call Trump as Russia and Ukraine meet in Istanbul"
CALL = ("European leaders spoke with President Trump by phone on Friday as Russian and "
        "Ukrainian negotiators held direct talks in Istanbul, their first in three years.")
DAY_TITLE = "Russia and Ukraine hold first direct talks in Istanbul in three years"
DAY = ("Russian and Ukrainian negotiators met in Istanbul on Friday for their first direct "
       "talks in three years. Turkish Foreign Minister Hakan Fidan also met the Ukrainian and "
       "US delegations. A possible meeting between Putin and Zelensky was not discussed.")


def _report(aid: str, hour: int, title: str, text: str, *events: Any) -> Report:
    return Report(Article(aid, f"{title}\n\n{text}", source=f"{aid}.example", title=title,
                          published=f"2025-05-16T{hour:02d}:00:00+00:00"), INFO, events=events)


def _talks(eid: str, text: str, trigger: str, source: list[str], target: list[str],
           **kw: Any) -> Any:
    return talks(source, target, text=text, eid=eid, trigger=trigger, **kw)


def test_four_meetings_of_one_day_stay_four_fused_events(tmp_path: Path) -> None:
    db = tmp_path / "day.db"
    call_text, day_text = f"{CALL_TITLE}\n\n{CALL}", f"{DAY_TITLE}\n\n{DAY}"
    hypothetical = replace(_talks("ev-b-summit", day_text, "meeting", ["RUS"], ["UKR"]),
                           modality="hypothetical")
    with Store(db) as store:
        store.save(_report("a-call", 9, CALL_TITLE, CALL,
                           _talks("ev-a-call", call_text, "spoke", ["FRA", "DEU", "GBR", "POL"],
                                  ["USA"]),
                           _talks("ev-a-talks", call_text, "talks", ["RUS"], ["UKR"])))
        store.save(_report("b-day", 11, DAY_TITLE, DAY,
                           _talks("ev-b-met", day_text, "met", ["RUS"], ["UKR"]),
                           _talks("ev-b-fidan", day_text, "also met", ["TUR"], ["UKR", "USA"]),
                           hypothetical))
        assert story_articles(store) == [["a-call", "b-day"]]
    rows = fused_events(db, "--include-negated")
    assert sorted((r["id"], r["articles"], [a["code"] for a in r["source"]],
                   [a["code"] for a in r["target"]]) for r in rows) == [
        ("fev-a-call", ["a-call"], ["FRA", "DEU", "GBR", "POL"], ["USA"]),
        ("fev-a-talks", ["a-call", "b-day"], ["RUS"], ["UKR"]),
        ("fev-b-fidan", ["b-day"], ["TUR"], ["UKR", "USA"]),
        ("fev-b-summit", ["b-day"], ["RUS"], ["UKR"])]


SAID = {"a": "Russian, Turkish and Ukrainian delegations met in Istanbul on Friday for the first "
               "direct talks in three years.",
        "b": "Russian and Ukrainian negotiators met in Istanbul on Friday, their first direct "
             "talks since 2022.",
        "c": "Negotiators from Russia and Ukraine met face to face in Istanbul on Friday for "
             "direct talks."}


def test_a_fused_row_shows_the_dyad_most_of_its_mentions_carry(tmp_path: Path) -> None:
    db = tmp_path / "dyad.db"
    with Store(db) as store:
        for aid, hour in (("a", 9), ("b", 10), ("c", 11)):
            # one outlet counts Turkey among the parties of the direct talks; two do not
            text = f"Istanbul talks\n\n{SAID[aid]}"
            source = ["RUS", "TUR"] if aid == "a" else ["RUS"]
            store.save(_report(aid, hour, "Istanbul talks", SAID[aid],
                               _talks(f"ev-{aid}", text, "met", source, ["UKR"])))
        assert story_articles(store) == [["a", "b", "c"]]
    (row,) = fused_events(db)
    assert (row["articles"], [a["code"] for a in row["source"]],
            [a["code"] for a in row["target"]]) == (["a", "b", "c"], ["RUS"], ["UKR"])


def test_the_host_of_a_meeting_takes_part_in_it_inside_a_story() -> None:
    from test_fusion_across import place

    istanbul = place("Istanbul", "TUR")
    direct = talks(["RUS"], ["UKR"], where=istanbul)
    mediated = replace(talks(["TUR"], [], where=istanbul), cameo="045")  # "mediated by Türkiye"
    assert same_event_in_story(direct, mediated) and same_event_in_story(mediated, direct)
    # a meeting elsewhere, or the host meeting other parties, is not that meeting
    assert not same_event_in_story(replace(direct, place=place("Geneva", "CHE")), mediated)
    assert not same_event_in_story(direct, talks(["TUR"], ["UKR", "USA"], where=istanbul))


def test_a_visit_or_a_mediation_is_known_by_all_the_meetings_parties() -> None:
    talks_moscow = talks(["RUS"], ["IRN"])  # Lavrov held talks with Araghchi
    visit = replace(talks(["IRN"], ["RUS"]), cameo="042")  # Araghchi's visit to Moscow
    assert same_event_in_story(talks_moscow, visit)
    # the IAEA chief's visit to Tehran, or talks mediated by Oman, share only Iran with them
    iaea = replace(talks(["IGOUNOIAE"], ["IRN"]), cameo="042")
    mediated = replace(talks(["OMN"], ["IRN", "USA"]), cameo="045")
    assert not same_event_in_story(talks_moscow, iaea)
    assert not same_event_in_story(iaea, talks(["USA"], ["IRN"]))
    assert not same_event_in_story(talks(["RUS"], ["IRN", "USA"]), mediated)
    # the host of the talks names all their parties: their host's part in them
    assert same_event_in_story(talks(["RUS"], ["UKR"]),
                               replace(talks(["TUR"], ["RUS", "UKR"]), cameo="043"))


def test_a_state_since_long_ago_is_background_not_the_days_strike(tmp_path: Path) -> None:
    from eventwire.models import EventDate

    db = tmp_path / "since.db"
    text = ("Israeli troops, who have occupied the corridor since March 2, pulled back on "
            "Tuesday. Israeli strikes killed 13 people in Rafah the same day.")
    with Store(db) as store:
        for aid, hour in (("a", 9), ("b", 11)):
            held = replace(event("ASSAULT", "192", ["ISR"], ["PSE"], text=text,
                                 eid=f"ev-{aid}-held", trigger="occupied"),
                           date=EventDate("2026-03-02", "day", "March 2", "text", "ON_OR_AFTER"))
            strike = event("ASSAULT", "190", ["ISR"], ["PSE"], "2026-07-14", text=text,
                           eid=f"ev-{aid}-strike", trigger="strikes")
            store.save(Report(Article(aid, text, source=f"{aid}.example", title="Pullback",
                                      published=f"2026-07-14T{hour:02d}:00:00+00:00"), INFO,
                              events=(held, strike)))
    # the occupation began long before: background, fused with the other report's only; the
    # day's strikes keep their day
    rows = fused_events(db)
    assert sorted((r["id"], r["articles"], r["date"]["value"]) for r in rows) == [
        ("fev-a-held", ["a", "b"], "2026-03-02"), ("fev-a-strike", ["a", "b"], "2026-07-14")]
