"""A future time does not become the narrative time of later past-tense clauses (TimeML: the
time in focus moves with the past events a report narrates; a planned date after the
document's creation time is not when anything already reported happened)."""

from __future__ import annotations

import pytest

TEXT = (
    "Border commanders from Peru and Ecuador will meet next Friday to map the patrol routes, "
    "the ministry said.\n"
    "Peru's foreign minister met his Ecuadorian counterpart in Lima and signed a fisheries "
    "accord with Ecuador.\n"
    "On Tuesday, Ecuador expelled a Colombian diplomat. Peru condemned the move."
)


@pytest.fixture(scope="module")
def dates(engine) -> dict[str, dict]:
    report = engine.analyse_text(TEXT, published="2025-06-12T09:00:00+00:00", source="x.com")
    return {e["evidence"]["trigger"]["text"]: e["date"] for e in report.to_dict()["events"]}


def test_past_events_after_a_planned_date_fall_back_to_the_publication(dates: dict) -> None:
    """"next Friday" (2025-06-13) is the first day-precise date of the report; the meeting and
    accord of the next paragraph, told in the past tense with no date of their own, are dated
    by the publication, not by that plan."""
    for trigger in ("met", "accord"):
        assert {k: dates[trigger][k] for k in ("value", "precision", "basis")} == {
            "value": "2025-06-12", "precision": "day", "basis": "publication"}


def test_a_past_date_in_focus_still_dates_its_paragraph(dates: dict) -> None:
    assert (dates["expelled"]["value"], dates["expelled"]["basis"]) == ("2025-06-10", "text")
    assert (dates["condemned"]["value"], dates["condemned"]["basis"]) == ("2025-06-10",
                                                                           "narrative")


def test_the_plan_keeps_its_own_date(dates: dict) -> None:
    assert (dates["meet"]["value"], dates["meet"]["basis"]) == ("2025-06-13", "text")
