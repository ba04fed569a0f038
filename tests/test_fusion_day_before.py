"""An inherited date's day before is read inside the story only (issue 15, session 13).

A follow-up dated by its paragraph or its publication ("residents cleared the rubble of the
depot Israeli jets struck") may tell a deed of the day before: across articles an inherited
date also covers that day (compatible.INHERITED_SLACK). Another story's deed of the day
before is not that deed but a precursor: the next day's summit of two leaders, dated only by
its report and placed in the host country, is not the host's talks with one of them the day
before in another city (the venue's country may be a party named by one report only:
compatible._hosts). Sentences and events are our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.models import Article, Report
from eventwire.store import Store
from hand_records import INFO, fused_events, story_articles
from test_fusion_across import event, place

TYRE_TITLE = "Israeli jets strike ammunition depot near Tyre"
TYRE = ("Israeli jets struck an ammunition depot near Tyre on Wednesday, setting off blasts "
        "heard across the city, the Israeli army said.")
RUBBLE_TITLE = "Tyre clears rubble after Israeli jets strike ammunition depot"
RUBBLE = ("Residents of Tyre cleared the rubble around the ammunition depot that Israeli jets "
          "struck near the city, as blasts heard across the city shook windows.")
GYEONGJU_TITLE = "Lee hosts Trump in Gyeongju"
GYEONGJU = ("South Korean President Lee Jae-myung hosted Donald Trump for talks on shipbuilding "
            "and tariffs in Gyeongju on Wednesday.")
SUMMIT_TITLE = "Trump and Xi agree to pause tariff escalation"
SUMMIT = ("Donald Trump and Xi Jinping met in South Korea and agreed to pause a year of tariff "
          "escalation, Chinese state media reported.")


def _report(aid: str, published: str, title: str, text: str, e: Any) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=title,
                          published=published), INFO, events=(e,))


def _save(db: Path, *aids: str) -> list[list[str]]:
    reports = {
        "a-tyre": _report("a-tyre", "2025-06-04T18:00:00+00:00", TYRE_TITLE, TYRE, event(
            "ASSAULT", "190", ["ISR"], ["LBN"], "2025-06-04", text=TYRE, eid="ev-tyre",
            trigger="struck")),
        "b-rubble": _report("b-rubble", "2025-06-05T08:00:00+00:00", RUBBLE_TITLE, RUBBLE, event(
            "ASSAULT", "190", ["ISR"], ["LBN"], "2025-06-05", "narrative", text=RUBBLE,
            eid="ev-rubble", trigger="struck")),
        "c-gyeongju": _report("c-gyeongju", "2025-06-04T12:00:00+00:00", GYEONGJU_TITLE,
                              GYEONGJU, event("CONSULT", "040", ["KOR", "USA"], [],
                                              "2025-06-04", where=place("Gyeongju", "KOR"),
                                              text=GYEONGJU, eid="ev-gyeongju",
                                              trigger="talks")),
        "d-summit": _report("d-summit", "2025-06-05T09:00:00+00:00", SUMMIT_TITLE, SUMMIT,
                            event("CONSULT", "040", ["USA"], ["CHN"], "2025-06-05", "narrative",
                                  where=place("South Korea", "KOR", "country"), text=SUMMIT,
                                  eid="ev-summit", trigger="met"))}
    with Store(db) as store:
        for aid in aids:
            store.save(reports[aid])
        return story_articles(store)


def _rows(db: Path) -> list[tuple[str, list[str], str]]:
    return sorted((r["id"], r["articles"], r["date"]["value"]) for r in fused_events(db))


def test_another_storys_deed_of_the_day_before_is_not_this_event(tmp_path: Path) -> None:
    db = tmp_path / "apart.db"
    assert _save(db, "c-gyeongju", "d-summit") == [["c-gyeongju"], ["d-summit"]]
    assert _rows(db) == [("fev-gyeongju", ["c-gyeongju"], "2025-06-04"),
                         ("fev-summit", ["d-summit"], "2025-06-05")]


def test_a_follow_up_of_the_story_dated_by_its_report_is_the_event(tmp_path: Path) -> None:
    db = tmp_path / "story.db"
    assert _save(db, "a-tyre", "b-rubble") == [["a-tyre", "b-rubble"]]
    assert _rows(db) == [("fev-tyre", ["a-tyre", "b-rubble"], "2025-06-04")]
