"""Event dates and places (issue 5): composed text, fixed publication time in Tehran."""

from __future__ import annotations

import pytest

from eventwire.stages.dating import precision_of, shift

TEXT = (
    "TEHRAN – Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi "
    "in Tehran on Tuesday.\n"
    "The meeting came a day after Washington imposed new sanctions on Iran.\n"
    "During Trump's first term, which ended in 2021, Washington withdrew from the nuclear deal.\n"
    "Araghchi will visit Moscow next week."
)


@pytest.fixture(scope="module")
def events(engine) -> dict[str, dict]:
    report = engine.analyse_text(TEXT, published="2025-02-26T00:09:00+03:30", source="kayhan.ir")
    return {e["plover"] + ":" + e["evidence"]["trigger"]["text"]: e
            for e in report.to_dict()["events"]}


def test_event_on_a_weekday_just_after_midnight(events: dict) -> None:
    met = events["CONSULT:met"]
    assert met["date"] == {"value": "2025-02-25", "precision": "day", "text": "Tuesday",
                           "basis": "text", "mod": None, "start": TEXT.index("Tuesday"),
                           "end": TEXT.index("Tuesday") + 7}
    assert (met["place"]["name"], met["place"]["country"], met["place"]["basis"]) == (
        "Tehran", "IRN", "text")


def test_a_day_after_is_anchored_to_the_other_event(events: dict) -> None:
    sanction = events["SANCTION:sanctions"]
    assert [s["country"] for s in sanction["source"]] == ["USA"]
    assert sanction["date"]["value"] == "2025-02-24"
    assert (sanction["date"]["basis"], sanction["date"]["text"]) == ("relative", "a day after")


def test_background_event_gets_its_own_date(events: dict) -> None:
    withdrew = events["SANCTION:withdrew"]
    assert (withdrew["date"]["value"], withdrew["date"]["mod"]) == ("2021", "ON_OR_BEFORE")
    assert withdrew["date"]["precision"] == "year"


def test_future_visit_is_dated_by_its_own_expression(events: dict) -> None:
    visit = events["AGREE:visit"]  # "will visit" = intent to meet (CAMEO 036)
    assert (visit["cameo"], visit["modality"]) == ("036", "future")
    assert (visit["date"]["value"], visit["date"]["precision"], visit["date"]["basis"]) == (
        "2025-W10", "week", "text")


def test_precision_and_shift() -> None:
    assert [precision_of(v) for v in ("2025-02-25", "2025-02", "2025", "2024-SU", "2024-Q4",
                                      "202", "2025-W09", None)] == [
        "day", "month", "year", "season", "quarter", "decade", "week", None]
    assert shift("2025-02-25", "P1W", -1) == "2025-02-18"
    assert shift("2025-02-25", "P2D", 1) == "2025-02-27"
    assert shift("2025-02", "P1D", 1) is None


def test_date_start_orders_mixed_precisions() -> None:
    from eventwire.datevalues import date_start

    values = ["2025-W09", "2025-02-26", "2025-01", "2024-Q4", "2024", "202", "PXY"]
    assert [date_start(v) for v in values] == [
        "2025-02-24", "2025-02-26", "2025-01-01", "2024-10-01", "2024-01-01", "2020-01-01", None]
