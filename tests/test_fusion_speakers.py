"""Statements of different speakers are different events (review F10 of session 11): within one
article, mentions whose sources are disjoint never join one fused event, and a fused row's
source is one its mentions state. CAMEO codes each speaker's act: "Egypt condemned the strike"
and "Jordan condemned the strike" are two ACCUSE events with one target. Sentences and events
are our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.models import Article, Report
from eventwire.store import Store
from hand_records import INFO, fused_events
from test_fusion_across import event

TITLE = "Arab states condemn Israeli strike on Doha"
TEXT = ("Israel accused Hamas of plotting attacks from Qatar on Tuesday. Egypt condemned the "
        "Israeli strike on Doha. Jordan also condemned it, and Saudi Arabia denounced the "
        "attack as a violation of Qatar's sovereignty. Egypt's foreign ministry said the strike "
        "was unacceptable.")
WHOLE = f"{TITLE}\n\n{TEXT}"


def _accuse(eid: str, trigger: str, source: list[str], target: list[str]) -> Any:
    return event("ACCUSE", "111", source, target, "2025-09-09", text=WHOLE, eid=eid,
                 trigger=trigger)


def _report(aid: str, hour: int, *events: Any, text: str = WHOLE) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=TITLE,
                          published=f"2025-09-09T{hour:02d}:00:00+00:00"), INFO, events=events)


def test_different_speakers_in_one_article_are_different_fused_events(tmp_path: Path) -> None:
    db = tmp_path / "speakers.db"
    with Store(db) as store:
        store.save(_report(
            "a", 12,
            _accuse("ev-israel", "accused", ["ISR"], ["QAT"]),
            _accuse("ev-egypt", "condemned", ["EGY"], ["ISR"]),
            _accuse("ev-jordan", "also condemned", ["JOR"], ["ISR"]),
            _accuse("ev-saudi", "denounced", ["SAU"], ["ISR"]),
            # the same speaker again: one event with its repeat
            _accuse("ev-egypt-again", "unacceptable", ["EGY"], []),
        ))
    rows = fused_events(db)
    assert sorted((r["id"], [a["code"] for a in r["source"]], [a["code"] for a in r["target"]],
                   r["num_mentions"]) for r in rows) == [
        ("fev-egypt", ["EGY"], ["ISR"], 2),
        ("fev-israel", ["ISR"], ["QAT"], 1),
        ("fev-jordan", ["JOR"], ["ISR"], 1),
        ("fev-saudi", ["SAU"], ["ISR"], 1)]


def test_another_outlets_statement_of_one_speaker_still_joins(tmp_path: Path) -> None:
    db = tmp_path / "outlets.db"
    with Store(db) as store:
        store.save(_report("a", 12, _accuse("ev-a-egypt", "condemned", ["EGY"], ["ISR"]),
                           _accuse("ev-a-jordan", "also condemned", ["JOR"], ["ISR"])))
        # another outlet's own report (no copy) of Egypt's condemnation
        other = f"{TITLE}\n\nCairo condemned the Israeli strike on the Qatari capital."
        store.save(_report("b", 14, event("ACCUSE", "111", ["EGY"], ["ISR"], "2025-09-09",
                                          text=other, eid="ev-b-egypt", trigger="condemned"),
                           text=other))
    rows = fused_events(db)
    assert sorted((r["id"], r["articles"], [a["code"] for a in r["source"]]) for r in rows) == [
        ("fev-a-egypt", ["a", "b"], ["EGY"]), ("fev-a-jordan", ["a"], ["JOR"])]


def _told(source: str, target: str, trigger_at: int = 0) -> dict[str, Any]:
    def side(code: str) -> list[dict[str, Any]]:
        country = None if code.startswith("IGO") else code
        return [{"actor": code.lower(), "code": code, "country": country}]
    return {"source": side(source), "target": side(target), "cameo": "111",
            "evidence": {"trigger": {"start": trigger_at}}}


def test_an_organisation_and_its_organ_vote_for_one_dyad() -> None:
    # "Brussels condemned Minsk" told by three reports: one outlet codes a wrong doer (first
    # told), one names the European Commission (IGOEUREEC), one the EU (IGOEUR): CAMEO codes
    # are hierarchical, so the last two agree, and the row is shown as they tell it
    from eventwire.store.fused import carried

    told = [_told("USA", "BLR"), _told("IGOEUREEC", "BLR"), _told("IGOEUR", "BLR")]
    assert [e["source"][0]["code"] for e in carried(told, ["a", "b", "c"])] == ["IGOEUREEC"]
