"""A police raid told as a raid by one outlet and as the arrest by another is one deed across
articles (issue 15, session 8: PETRARCH2 codes RAID and STORM 190, ARREST 173); an army's
attack and its arrests are not, nor a raid of another day. Own sentences and events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.events.compatible import same_event
from eventwire.models import ActorRef, Article, Event, EventDate, Report
from eventwire.store import Store
from hand_records import INFO, evidence, fused_events, save_all, state, story_articles

GEO_POLICE = ActorRef("group:geo-cop", "Georgian police", "GEO", "COP", "GEOCOP")
GEO_ARMY = ActorRef("group:geo-mil", "Georgian troops", "GEO", "MIL", "GEOMIL")
ARM = state("ARM", "Armenia")
EDITOR = ActorRef("person:anna-hakobyan", "Anna Hakobyan", "ARM", "MED", "ARMMED")

RAIDED = "Georgian police raided the Tbilisi office of an Armenian news agency on Tuesday."
STORMED = "Georgian police stormed the agency's bureau in Tbilisi on Tuesday."
ARRESTED = ("Police in Tbilisi forced their way into the bureau on Tuesday and arrested its "
            "editor Anna Hakobyan.")
LATER = "Georgian police raided the agency's bureau again on Friday."


def _event(eid: str, plover: str, cameo: str, source: ActorRef, target: tuple[ActorRef, ...],
           text: str, trigger: str, day: str = "2025-03-04") -> Event:
    return Event(eid, plover, cameo, 1, 1.0, (source,), target,  # type: ignore[arg-type]
                 evidence(text, text, trigger), date=EventDate(day, "day", None, "text"))


# the outlets' headlines: one story (a police raid or arrest fuses only within its story)
TITLE = "Georgian police raid Armenian news agency bureau in Tbilisi, editor arrested"


def _report(aid: str, hour: int, text: str, *events: Event) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=TITLE,
                          published=f"2025-03-04T{hour:02d}:00:00+00:00"), INFO,
                  events=events)


def test_a_raid_and_the_arrest_by_the_same_police_that_day_are_one_deed() -> None:
    raid = _event("r", "ASSAULT", "190", GEO_POLICE, (ARM,), RAIDED, "raided")
    arrest = _event("a", "COERCE", "173", GEO_POLICE, (ARM, EDITOR), ARRESTED, "arrested")
    assert same_event(raid, arrest, across=True) and same_event(arrest, raid, across=True)
    assert not same_event(raid, arrest)  # within one article: two records, as coded
    # an army's attack and an arrest by the army the same day: two deeds
    attack = _event("m", "ASSAULT", "190", GEO_ARMY, (ARM,), RAIDED, "raided")
    held = _event("h", "COERCE", "173", GEO_ARMY, (ARM,), ARRESTED, "arrested")
    assert not same_event(attack, held, across=True)
    # the police raid of another day is another deed
    later = _event("l", "ASSAULT", "190", GEO_POLICE, (ARM,), LATER, "raided", "2025-03-07")
    assert not same_event(later, arrest, across=True)


def _rows(db: Path) -> list[tuple[Any, ...]]:
    return [(r["id"], r["plover"], r["cameo"], r["articles"], r["num_articles"],
             [e["trigger"]["text"] for e in r["evidence"]])
            for r in fused_events(db)]


def test_the_outlets_of_a_raid_are_one_fused_event_counted_by_its_shown_type(
        tmp_path: Path) -> None:
    db = save_all(tmp_path / "fused.db", [
        _report("a-raid", 9, RAIDED, _event(
            "ev-raid", "ASSAULT", "190", GEO_POLICE, (ARM,), RAIDED, "raided")),
        _report("b-arrest", 10, ARRESTED, _event(
            "ev-arrest", "COERCE", "173", GEO_POLICE, (ARM, EDITOR), ARRESTED, "arrested")),
        _report("c-storm", 11, STORMED, _event(
            "ev-storm", "ASSAULT", "190", GEO_POLICE, (ARM,), STORMED, "stormed")),
        _report("d-later", 12, LATER, _event(
            "ev-later", "ASSAULT", "190", GEO_POLICE, (ARM,), LATER, "raided", "2025-03-07"))])
    assert _rows(db) == [
        ("fev-raid", "ASSAULT", "190", ["a-raid", "b-arrest", "c-storm"], 3,
         ["raided", "arrested", "stormed"]),
        ("fev-later", "ASSAULT", "190", ["d-later"], 1, ["raided"])]


def test_counts_and_the_type_filter_use_the_type_the_fused_event_is_shown_with(
        tmp_path: Path) -> None:
    # the arrest is told first, two outlets then tell the raid: shown (and counted) as ASSAULT
    db = save_all(tmp_path / "fused.db", [
        _report("a-arrest", 9, ARRESTED, _event(
            "ev-arrest", "COERCE", "173", GEO_POLICE, (ARM, EDITOR), ARRESTED, "arrested")),
        _report("b-raid", 10, RAIDED, _event(
            "ev-raid", "ASSAULT", "190", GEO_POLICE, (ARM,), RAIDED, "raided")),
        _report("c-storm", 11, STORMED, _event(
            "ev-storm", "ASSAULT", "190", GEO_POLICE, (ARM,), STORMED, "stormed"))])
    assert [r[:4] for r in _rows(db)] == [
        ("fev-arrest", "ASSAULT", "190", ["a-arrest", "b-raid", "c-storm"])]
    for kind, expected in (("ASSAULT", ["fev-arrest"]), ("COERCE", [])):
        assert [r["id"] for r in fused_events(db, "--type", kind)] == expected
    result = CliRunner().invoke(main, ["--db", str(db), "summary", "--count", "events"])
    assert result.exit_code == 0, result.output
    assert "event types: ASSAULT 1\n" in result.output


GEO_MEDIA = ActorRef("org:batumi-today", "Batumi Today", "GEO", "MED", "GEOMED")
GEO_ACTIVISTS = ActorRef("group:geo-opp", "opposition activists", "GEO", "OPP", "GEOOPP")
GEO = state("GEO", "Georgia")
NEWSROOM = "Georgian police raided the Batumi newsroom of Batumi Today on Tuesday."
NEWSROOM_TITLE = "Police raid Batumi Today newsroom"
SMUGGLERS = "Georgian police arrested five men in Poti on Tuesday over a heroin shipment."
SMUGGLERS_TITLE = "Heroin shipment seized at Poti port, five held"
ACTIVISTS = ("Police detained four opposition activists outside parliament in Tbilisi on "
             "Tuesday as protesters blocked Rustaveli Avenue.")
ACTIVISTS_TITLE = "Opposition activists detained at Rustaveli Avenue protest"


def test_one_days_police_acts_of_other_stories_are_other_deeds(tmp_path: Path) -> None:
    # a newsroom raid (two outlets), a drug arrest and protesters' detention the same day by
    # the same country's police: three stories, three deeds (review s8 §G, finding 9)
    db = tmp_path / "fused.db"
    with Store(db) as store:
        for aid, hour, title, text, event in (
                ("a-newsroom", 9, NEWSROOM_TITLE, NEWSROOM, _event(
                    "ev-newsroom", "ASSAULT", "190", GEO_POLICE, (GEO_MEDIA,), NEWSROOM,
                    "raided")),
                ("b-smugglers", 10, SMUGGLERS_TITLE, SMUGGLERS, _event(
                    "ev-smugglers", "COERCE", "173", GEO_POLICE, (GEO,), SMUGGLERS,
                    "arrested")),
                ("c-activists", 11, ACTIVISTS_TITLE, ACTIVISTS, _event(
                    "ev-activists", "COERCE", "173", GEO_POLICE, (GEO_ACTIVISTS,), ACTIVISTS,
                    "detained")),
                ("d-newsroom", 12, NEWSROOM_TITLE, NEWSROOM.replace("Tuesday", "Tuesday "
                                                                     "morning"), _event(
                    "ev-newsroom-2", "ASSAULT", "190", GEO_POLICE, (GEO_MEDIA,), NEWSROOM,
                    "raided"))):
            store.save(Report(Article(aid, text, source=f"{aid}.example", title=title,
                                      published=f"2025-03-04T{hour:02d}:00:00+00:00"), INFO,
                              events=(event,)))
        stories = story_articles(store)
    assert stories == [["a-newsroom", "d-newsroom"], ["b-smugglers"], ["c-activists"]]
    assert _rows(db) == [  # (same day: by id)
        ("fev-activists", "COERCE", "173", ["c-activists"], 1, ["detained"]),
        ("fev-newsroom", "ASSAULT", "190", ["a-newsroom", "d-newsroom"], 2,
         ["raided", "raided"]),
        ("fev-smugglers", "COERCE", "173", ["b-smugglers"], 1, ["arrested"])]
