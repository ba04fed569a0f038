"""Passing mentions (store/fused.py _passing): an event's own story is the one whose leads
report it on its day, not the story with the most articles; a larger later story that only
recalls it lists its articles under ``mentioned_in``, and ``--source`` does not match an
outlet that only mentions it (review s8 §E). Own sentences and events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.models import Article, Event, EventDate, Evidence, Offsets, Report, Span
from eventwire.store import Store
from hand_records import INFO, fused_events, save_all, state, story_articles

PER = state("PER", "Peru")
ECU = state("ECU", "Ecuador")

TRUCE_TITLE = "Peru and Ecuador agree to reopen their border crossings"
TRUCE = ("Peru and Ecuador agreed on Monday to reopen their border crossings at Huaquillas "
         "and Macara.")
TALKS_TITLE = "Peruvian and Ecuadorian ministers open river commission talks in Loja"
# three outlets' own wordings of the talks, each recalling the agreement
TALKS = {"b-talks": "Peruvian and Ecuadorian ministers opened talks of their river commission "
                    "in Loja on Sunday.\n\nThe meeting comes six days after the two countries "
                    "agreed to reopen their border crossings.",
         "c-talks": "Ministers of Peru and Ecuador opened the river commission's talks in Loja "
                    "on Sunday, with water sharing on the agenda.\n\nThe two countries agreed "
                    "six days ago to reopen their border crossings.",
         "d-talks": "The river commission of Peru and Ecuador opened its talks in Loja on "
                    "Sunday, its ministers said.\n\nThe talks follow the two countries' "
                    "agreement six days ago, when they agreed to reopen the border."}


def _event(eid: str, plover: str, cameo: str, text: str, trigger: str, day: str) -> Event:
    start = text.index(trigger)
    end = text.find(".\n", start) + 1 or len(text)
    first = text.rfind("\n", 0, start) + 1
    return Event(eid, plover, cameo, 1, 1.0, (PER,), (ECU,),  # type: ignore[arg-type]
                 Evidence(Offsets(first, end), Span(start, start + len(trigger), trigger)),
                 date=EventDate(day, "day", None, "text"))


def _report(aid: str, when: str, title: str, text: str, *events: Event) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=title, published=when),
                  INFO, events=events)


def _talks(aid: str, hour: int) -> Report:
    text = TALKS[aid]
    return _report(aid, f"2025-05-18T{hour:02d}:00:00+00:00", TALKS_TITLE, text,
                   _event(f"ev-{aid}-talks", "CONSULT", "040", text, "opened", "2025-05-18"),
                   _event(f"ev-{aid}-agreed", "AGREE", "036", text, "agreed ", "2025-05-12"))


def _fill(db: Path) -> None:
    save_all(db, [_report("a-truce", "2025-05-12T18:00:00+00:00", TRUCE_TITLE, TRUCE, _event(
        "ev-truce", "AGREE", "036", TRUCE, "agreed", "2025-05-12")),
        *(_talks(aid, hour) for aid, hour in (("b-talks", 9), ("c-talks", 11), ("d-talks", 14)))])


def _agreements(db: Path, *options: str) -> list[tuple[Any, ...]]:
    return [(r["id"], r["articles"], r["num_articles"], r["num_sources"], r["mentioned_in"],
             r["num_background_mentions"])
            for r in fused_events(db, "--type", "AGREE", *options)]


def test_a_larger_later_story_that_recalls_the_event_only_mentions_it(tmp_path: Path) -> None:
    db = tmp_path / "fused.db"
    _fill(db)
    with Store(db) as store:
        stories = story_articles(store)
    assert stories == [["a-truce"], ["b-talks", "c-talks", "d-talks"]]
    # reported by the truce's own story (one article); the three talks articles recall it
    assert _agreements(db) == [("fev-truce", ["a-truce"], 1, 1,
                                ["b-talks", "c-talks", "d-talks"], 3)]


def test_the_source_filter_skips_outlets_that_only_mention_the_event(tmp_path: Path) -> None:
    db = tmp_path / "fused.db"
    _fill(db)
    assert _agreements(db, "--source", "c-talks.example") == []
    assert [r[0] for r in _agreements(db, "--source", "a-truce.example")] == ["fev-truce"]
