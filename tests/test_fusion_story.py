"""One deed told differently by the outlets of one story (issue 15, session 9): every ASSAULT
code is one attack across articles (PLOVER: CAMEO 18/19/20 are modes of one type), sanctions
told as restrictions are the package (163 ~ 172x), inside one story one side agreeing is
enough (the struck building's country against its owner) and any two agreements are one,
a story's headline event joins articles worded apart, and a fused event is shown and found
by the articles that report it, not by another story's passing mention. Sentences and
events are our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.events.compatible import same_event
from eventwire.models import Article, Report
from eventwire.store import Store
from eventwire.stories.clusters import EVENT_BONUS, HEADLINE_BONUS, merge_profile, story_score
from eventwire.stories.features import ArticleFeatures, Happenings
from eventwire.stories.within import same_event_in_story
from hand_records import INFO, fused_events, story_articles
from test_fusion_across import event


def test_every_assault_code_is_one_attack_across_articles() -> None:
    struck = event("ASSAULT", "190", ["KEN"], ["SOM"])  # "Kenyan jets struck ..."
    bombed = event("ASSAULT", "183", ["KEN"], ["SOM"])  # "... bombed a camp"
    barrage = event("ASSAULT", "195", ["KEN"], ["SOM"])  # "an air raid by Kenya"
    assert same_event(struck, bombed, across=True) and same_event(bombed, barrage, across=True)
    assert not same_event(struck, bombed)  # within one article two records stay two
    # another day, or the struck side striking back, is another attack
    assert not same_event(struck, event("ASSAULT", "183", ["KEN"], ["SOM"], "2025-03-05"),
                          across=True)
    assert not same_event(struck, event("ASSAULT", "183", ["SOM"], ["KEN"]), across=True)


def test_sanctions_told_as_restrictions_are_the_package_across_articles() -> None:
    sanctions = event("SANCTION", "163", ["IGOEUR"], ["BLR"])  # "new EU sanctions on Minsk"
    restrictions = event("COERCE", "1721", ["IGOEUR"], ["BLR"])  # "restrictions on Belarus"
    assert same_event(sanctions, restrictions, across=True)
    assert same_event(restrictions, sanctions, across=True)
    assert not same_event(sanctions, restrictions)
    # an arrest (173) is no sanction
    assert not same_event(sanctions, event("COERCE", "173", ["IGOEUR"], ["BLR"]), across=True)


def test_one_side_agreeing_is_one_deed_inside_a_story() -> None:
    # "Turkish drones hit the Iraqi border post" and "the Turkish strike on the PKK camp":
    # one names the country the camp lies in, the other its owner
    country = event("ASSAULT", "193", ["TUR"], ["IRQ"])
    owner = event("ASSAULT", "190", ["TUR"], ["PKK"])
    assert not same_event(country, owner, across=True)  # across stories: the sides differ
    assert same_event_in_story(country, owner) and same_event_in_story(owner, country)
    # a side missing on one mention is still no agreeing side of its own
    assert same_event_in_story(event("ASSAULT", "190", [], ["IRQ"]), country)
    # a party on the other side is a reprisal; another day another deed
    assert not same_event_in_story(country, event("ASSAULT", "190", ["IRQ"], ["TUR"]))
    assert not same_event_in_story(country, event("ASSAULT", "190", ["PKK"], ["TUR"]))
    assert not same_event_in_story(owner, event("ASSAULT", "190", ["TUR"], ["PKK"],
                                                "2025-03-06"))
    # a domestic deed (Iraqi forces against Iraq) is not the international one
    assert not same_event_in_story(country, event("ASSAULT", "190", ["IRQ"], ["IRQ"]))
    # other types stay apart
    assert not same_event_in_story(country, event("COERCE", "173", ["TUR"], ["IRQ"]))


def test_any_two_agreements_of_the_parties_are_one_inside_a_story() -> None:
    settle = event("AGREE", "037", ["KEN"], ["SOM"])  # "agreed to end their dispute"
    negotiate = event("AGREE", "036", ["SOM"], ["KEN"])  # "agreed to start negotiations"
    assert not same_event(settle, negotiate, across=True)
    assert same_event_in_story(settle, negotiate)
    # a pledge of aid is not the agreement; nor one with a third party
    assert not same_event_in_story(settle, event("AGREE", "033", ["KEN"], ["SOM"]))
    assert not same_event_in_story(settle, event("AGREE", "036", ["ETH"], ["UGA"]))


STRIKE = ("Turkish drones hit an Iraqi border post near Zakho on Monday, killing two guards, "
          "the regional government said.")
STRIKE_TITLE = "Turkish drones hit Iraqi border post near Zakho"
REACTION = ("Baghdad summoned the Turkish ambassador on Monday after the Turkish drone strike "
            "on a camp near Zakho, which Ankara said had sheltered PKK fighters.")
REACTION_TITLE = "Baghdad summons Turkish envoy over Zakho drone strike"
OTHER = ("Warplanes pounded ammunition depots of a Kurdish militia around Kobani in northern "
         "Syria, a statement from Ankara's defence ministry claimed, describing forty targets "
         "destroyed.")
OTHER_TITLE = "Kobani depots pounded"


def _strike(eid: str, text: str, trigger: str, target: str, cameo: str = "190") -> Any:
    return event("ASSAULT", cameo, ["TUR"], [target], when="2025-03-03", text=text, eid=eid,
                 trigger=trigger)


def _report(aid: str, hour: int, title: str, text: str, *events: Any) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=title,
                          published=f"2025-03-03T{hour:02d}:00:00+00:00"), INFO, events=events)


def _fused(db: Path, *options: str) -> list[tuple[Any, ...]]:
    return [(r["id"], r["articles"]) for r in fused_events(db, *options)]


def test_the_outlets_of_one_story_name_the_struck_side_differently(tmp_path: Path) -> None:
    db = tmp_path / "story.db"
    with Store(db) as store:
        store.save(_report("a-strike", 9, STRIKE_TITLE, STRIKE,
                           _strike("ev-strike", STRIKE, "hit", "IRQ", "193")))
        store.save(_report("b-reaction", 11, STRIKE_TITLE, STRIKE.replace("two", "two border")
                           + "\n\n" + REACTION, _strike("ev-reaction", REACTION, "strike",
                                                        "PKK")))
        store.save(_report("c-other", 12, OTHER_TITLE, OTHER,
                           _strike("ev-other", OTHER, "pounded", "SYR", "183")))
        stories = story_articles(store)
    assert stories == [["a-strike", "b-reaction"], ["c-other"]]
    # the strike's two outlets are one event; the same day's bombing in Syria (another story:
    # one side agreeing is not enough there) is not the strike near Zakho
    assert sorted(_fused(db)) == [("fev-other", ["c-other"]),
                                  ("fev-strike", ["a-strike", "b-reaction"])]


def _features(day: str, events: set[str], headline: set[str]) -> ArticleFeatures:
    return ArticleFeatures({"zakho": 1.0}, frozenset(), frozenset(events), day,
                           Happenings((day, day), frozenset()), frozenset(headline))


def test_the_headline_event_of_both_leads_joins_what_words_alone_do_not() -> None:
    sig = "ASSAULT|TUR|IRQ|2025-03-03"
    story = merge_profile({}, _features("2025-03-03", {sig}, {sig}))
    idf = {"zakho": 1.0, "drones": 1.0}
    apart = ArticleFeatures({"drones": 1.0}, frozenset(), frozenset({sig}), "2025-03-03",
                            Happenings(("2025-03-03", "2025-03-03"), frozenset()),
                            frozenset({sig}))
    assert story["headline"] == [sig]
    assert story_score(apart, story, idf) == EVENT_BONUS + HEADLINE_BONUS
    # the deed told only in the body (not the article's news) adds the event bonus alone
    body = ArticleFeatures({"drones": 1.0}, frozenset(), frozenset({sig}), "2025-03-03",
                           Happenings(("2025-03-03", "2025-03-03"), frozenset()))
    assert story_score(body, story, idf) == EVENT_BONUS


def test_a_passing_mention_neither_shows_nor_finds_the_event(tmp_path: Path) -> None:
    from test_fused_passing_home import TALKS, TALKS_TITLE, TRUCE, TRUCE_TITLE
    from test_fused_passing_home import _event as agreement
    from test_fused_passing_home import _report as report

    db = tmp_path / "passing.db"
    with Store(db) as store:
        store.save(report("a-truce", "2025-05-12T18:00:00+00:00", TRUCE_TITLE, TRUCE, agreement(
            "ev-truce", "AGREE", "036", TRUCE, "agreed", "2025-05-12")))
        for aid, hour in (("b-talks", 9), ("c-talks", 11), ("d-talks", 14)):
            text = TALKS[aid]
            talks = agreement(f"ev-{aid}-talks", "CONSULT", "040", text, "opened", "2025-05-18")
            recalled = agreement(f"ev-{aid}-agreed", "AGREE", "036", text, "agreed ",
                                 "2025-05-12")
            # the later story recalls it with a third party the truce's own report never names
            recalled = type(recalled)(**{**recalled.__dict__, "source": recalled.source + (
                event("AGREE", "036", ["COL"], []).source)})
            store.save(report(aid, f"2025-05-18T{hour:02d}:00:00+00:00", TALKS_TITLE, text,
                              talks, recalled))
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--type", "AGREE",
                                       "--format", "jsonl"])
    (row,) = map(json.loads, result.output.splitlines())
    assert (row["id"], row["articles"], row["mentioned_in"]) == (
        "fev-truce", ["a-truce"], ["b-talks", "c-talks", "d-talks"])
    assert [a["code"] for a in row["source"] + row["target"]] == ["PER", "ECU"]
    assert _fused(db, "--actor", "COL") == []
    assert _fused(db, "--actor", "PER", "--type", "AGREE") == [("fev-truce", ["a-truce"])]


def test_the_headline_deed_with_one_side_agreeing_adds_the_event_bonus() -> None:
    from eventwire.stories.features import headline_signatures

    # "Turkish drones hit an Iraqi border post" / "condemned the Turkish strike on the PKK camp"
    country = event("ASSAULT", "193", ["TUR"], ["IRQ"], basis="narrative")
    owner = event("ASSAULT", "190", ["TUR"], ["PKK"])
    assert sorted(headline_signatures([owner])) == [
        "ASSAULT|*|PKK|2025-03-03", "ASSAULT|TUR|*|2025-03-03", "ASSAULT|TUR|PKK|2025-03-03"]
    story = merge_profile({}, _features("2025-03-03", set(), headline_signatures([country])))
    told = ArticleFeatures({"drones": 1.0}, frozenset(), frozenset({"ASSAULT|TUR|PKK|2025-03-03"}),
                           "2025-03-03", Happenings(("2025-03-03", "2025-03-03"), frozenset()),
                           frozenset(headline_signatures([owner])))
    assert story_score(told, story, {}) == EVENT_BONUS
    # talks have no side of their own: one party meeting someone that day is no shared deed
    talks = event("CONSULT", "040", ["TUR"], ["IRQ"])
    assert sorted(headline_signatures([talks])) == ["CONSULT|IRQ|TUR|2025-03-03"]
    # the struck side striking back shares no side in its place
    back = event("ASSAULT", "190", ["IRQ"], ["TUR"])
    assert not headline_signatures([back]) & headline_signatures([country])


def test_a_police_raid_and_the_authorities_arrest_are_one_deed_inside_a_story() -> None:
    from dataclasses import replace

    from eventwire.models import ActorRef

    police = ActorRef("group:mda-cop", "Moldovan police", "MDA", "COP", "MDACOP")
    authorities = ActorRef("group:mda-gov", "Moldovan authorities", "MDA", "GOV", "MDAGOV")
    army = ActorRef("group:mda-mil", "Moldovan troops", "MDA", "MIL", "MDAMIL")
    media = ActorRef("org:chisinau-daily", "Chisinau Daily", "MDA", "MED", "MDAMED")
    # "police raided the newsroom" / "the authorities arrested its editor"
    raid = replace(event("ASSAULT", "190", [], []), source=(police,), target=(media,))
    arrest = replace(event("COERCE", "173", [], []), source=(authorities,), target=(media,))
    assert not same_event(raid, arrest, across=True)  # across stories: both must be police
    assert same_event_in_story(raid, arrest) and same_event_in_story(arrest, raid)
    # an army's raid and the authorities' arrests stay two deeds, in one story too
    assert not same_event_in_story(replace(raid, source=(army,)), arrest)
    assert not same_event_in_story(replace(raid, source=(authorities,)), arrest)
