"""Both roles of a directed deed across articles (issue 15, session 9, review F21/F18): the
ASSAULT-family and one-side-agrees relaxations still need the parties of both roles to agree
where both are named — the police shooting protesters is not the protesters setting parliament
on fire, though both sides are one country — and an attack with no target fuses only inside
its own story. Sentences and events are our own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.events.compatible import same_event
from eventwire.models import ActorRef, Event
from eventwire.store import Store
from eventwire.stories.within import same_event_in_story
from hand_records import story_articles
from test_fusion_across import event
from test_fusion_story import _fused, _report


def part(code: str) -> ActorRef:
    """A sector of a country: KENCOP, KENCVL, KENLEG."""
    return ActorRef(f"group:{code.lower()}", code, code[:3], code[3:], code)


def deed(cameo: str, source: list[str], target: list[str]) -> Event:
    return replace(event("ASSAULT", cameo, [], []), source=tuple(map(part, source)),
                   target=tuple(part(t) if len(t) > 3 else
                                ActorRef(f"state:{t}", t, t, None, t) for t in target))


def test_police_shooting_protesters_is_not_protesters_burning_parliament() -> None:
    # the reviewer's Kenyan pair as the pipeline codes it: "police shot dead five protesters"
    # (193) and "protesters stormed parliament (190) and set it on fire (180)"
    shot = deed("193", ["KENCOP"], ["KENCVL"])
    fire = deed("180", ["KENCVL"], ["KEN"])
    storm = deed("190", ["KENCVL"], ["KENLEG"])
    for other in (fire, storm):
        assert not same_event(shot, other, across=True)
        assert not same_event(other, shot, across=True)
        assert not same_event_in_story(shot, other)
        assert not same_event_in_story(other, shot)
    # the second outlet's "police fired live bullets at the crowd" is the shooting
    bullets = deed("190", ["KENCOP"], ["KENCVL"])
    assert same_event(shot, bullets, across=True) and same_event_in_story(bullets, shot)


def test_same_day_attacks_by_opposite_sides_of_one_country_stay_apart() -> None:
    # "Soldiers killed twelve gunmen in Zamfara" / "gunmen ambushed an army convoy"
    army = deed("190", ["NGAMIL"], ["NGAREB"])
    ambush = deed("181", ["NGAREB"], ["NGAMIL"])
    assert not same_event(army, ambush, across=True)
    assert not same_event_in_story(army, ambush)
    # rebels attacking a police station is not the police raiding their camp
    station = deed("190", ["COLREB"], ["COLCOP"])
    camp = deed("193", ["COLCOP"], ["COLREB"])
    assert not same_event(station, camp, across=True)
    assert not same_event_in_story(camp, station)
    # another outlet's "troops struck the gunmen's hideout" is the army's attack
    assert same_event(army, deed("195", ["NGAMIL"], ["NGAREB"]), across=True)
    # a visit and its hosting are one meeting the other way round (CAMEO 042/043)
    visit = replace(deed("042", ["NGAGOV"], ["NGALEG"]), plover="CONSULT")
    host = replace(deed("043", ["NGALEG"], ["NGAGOV"]), plover="CONSULT")
    assert same_event(visit, host, across=True) and same_event_in_story(host, visit)


def test_an_attack_with_an_unknown_target_needs_its_known_side_inside_a_story() -> None:
    strike = event("ASSAULT", "190", ["TUR"], ["IRQ"])
    # "Turkish drones struck overnight" (no target named): its known side agrees
    assert same_event_in_story(event("ASSAULT", "195", ["TUR"], []), strike)
    # "an Iraqi drone struck" (no target): its known side is the struck one
    assert not same_event_in_story(event("ASSAULT", "195", ["IRQ"], []), strike)


KHARKIV = ("Russian missiles hit an apartment block in Kharkiv on Monday, killing four people, "
           "the regional governor said.")
KHARKIV_TITLE = "Russian missiles hit Kharkiv apartment block"
FOLLOW = ("Rescuers searched the rubble of the Kharkiv apartment block on Monday after Russian "
          "forces struck overnight, the governor said.")
SOUTH = ("Russian forces shelled positions along the southern front line on Monday, a military "
         "blogger wrote, describing heavy artillery fire near the river crossing.")
SOUTH_TITLE = "Heavy shelling reported on southern front"


def _attack(eid: str, text: str, trigger: str, target: list[str], cameo: str = "190") -> Any:
    return event("ASSAULT", cameo, ["RUS"], target, when="2025-03-03", text=text, eid=eid,
                 trigger=trigger)


def test_an_attack_with_no_target_fuses_only_inside_its_own_story(tmp_path: Path) -> None:
    db = tmp_path / "story.db"
    with Store(db) as store:
        store.save(_report("a-kharkiv", 9, KHARKIV_TITLE, KHARKIV,
                           _attack("ev-kharkiv", KHARKIV, "hit", ["UKR"], "195")))
        store.save(_report("b-follow", 11, KHARKIV_TITLE,
                           KHARKIV.replace("people", "residents") + "\n\n" + FOLLOW,
                           _attack("ev-follow", FOLLOW, "struck", [])))
        store.save(_report("c-south", 12, SOUTH_TITLE, SOUTH,
                           _attack("ev-south", SOUTH, "shelled", [], "193")))
        stories = story_articles(store)
    assert stories == [["a-kharkiv", "b-follow"], ["c-south"]]
    # the follow-up's target-less "struck" is the Kharkiv strike; the same day's shelling on
    # the southern front (another story, no target named) is not
    assert sorted(_fused(db)) == [("fev-kharkiv", ["a-kharkiv", "b-follow"]),
                                  ("fev-south", ["c-south"])]
