"""Event dates from relative expressions that now carry a value (issue 11), and the
speaker's "yesterday" on the Kayhan sample."""

from __future__ import annotations

import pytest

TEXT = (
    "Iran signed a trade pact with Oman in 2019. The following year, Oman expelled two "
    "Iranian diplomats.\n"
    "A year earlier, Iran had accused Oman of spying.\n"
    "Troops crossed the border on 3 February. Two days later, Iran arrested three Omani sailors."
)


@pytest.fixture(scope="module")
def dates(engine) -> dict[str, dict]:
    report = engine.analyse_text(TEXT, published="2025-03-05T12:00:00+00:00", source="x.com")
    return {e["evidence"]["trigger"]["text"]: e["date"] for e in report.to_dict()["events"]}


def test_the_following_year_dates_the_event_by_its_value(dates: dict) -> None:
    assert {k: dates["expelled"][k] for k in ("value", "precision", "text", "basis")} == {
        "value": "2020", "precision": "year", "text": "The following year", "basis": "relative"}


def test_a_year_earlier_counts_from_the_narrative_not_the_paper(dates: dict) -> None:
    assert (dates["accused"]["value"], dates["accused"]["basis"]) == ("2019", "relative")


def test_days_later_moves_the_previous_day(dates: dict) -> None:
    assert (dates["arrested"]["value"], dates["arrested"]["precision"],
            dates["arrested"]["basis"]) == ("2025-02-05", "day", "relative")


def test_kayhan_speakers_yesterday_is_the_day_before_the_speech(kayhan_report: dict) -> None:
    text = kayhan_report["article"]["text"]
    start = text.index("Yesterday’s event")
    times = {t["start"]: t for t in kayhan_report["times"]}
    assert (times[start]["text"], times[start]["value"]) == ("Yesterday", "2025-02-24")
