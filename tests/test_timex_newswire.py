"""Temporal tagger on newswire forms (issue 11): sentences written for these tests, one
per general cause, values as TimeML/TIMEX3 give them. The paper is dated Wednesday
5 March 2025 unless a test says otherwise."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventwire.models import TimeRef
from eventwire.timex import tag_times

WED = datetime(2025, 3, 5, 12, tzinfo=ZoneInfo("UTC"))


def found(text: str, when: datetime = WED) -> dict[str, tuple[str, str | None]]:
    refs = tag_times(text, when)
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
    return {r.text: (r.type, r.value) for r in refs}


def only(text: str, phrase: str, when: datetime = WED) -> TimeRef:
    refs = [r for r in tag_times(text, when) if r.text == phrase]
    assert refs, tag_times(text, when)
    return refs[0]


# --- quarters ------------------------------------------------------------------------------


def test_quarters_with_a_year_are_dates_not_durations():
    text = "Profit rose 9% from the 2023 quarter, and sales in the 2023 second quarter were flat."
    assert found(text) == {"the 2023 quarter": ("DATE", "2023-QX"),
                           "the 2023 second quarter": ("DATE", "2023-Q2")}


def test_latest_and_year_earlier_quarter():
    text = ("Sales in the latest quarter climbed to $4 billion, above the year-earlier quarter "
            "and the year-ago period.")
    tags = found(text)
    assert tags["the latest quarter"] == ("DATE", "2024-Q4")
    assert tags["the year-earlier quarter"] == ("DATE", "2023-Q4")


def test_year_earlier_quarter_follows_the_quarter_in_focus():
    text = "Net income in the third quarter fell 8% from the year-earlier quarter."
    assert found(text)["the year-earlier quarter"] == ("DATE", "2023-Q3")


# --- relative expressions get a value from their anchor --------------------------------------


def test_a_year_earlier_takes_the_document_year_without_another_anchor():
    text = "Crude output slipped to 3.1 million barrels, down from 3.4 million a year earlier."
    ref = only(text, "a year earlier")
    assert (ref.type, ref.value, ref.anchor, ref.relation, ref.offset) == (
        "DATE", "2024", "event", "before", "P1Y")


def test_a_year_earlier_keeps_the_granularity_of_the_period_in_focus():
    text = "Exports rose in January from a year earlier, the ministry said."
    assert found(text)["a year earlier"] == ("DATE", "2024-01")


def test_the_following_year_counts_from_the_last_mentioned_year():
    text = "The refinery opened in 2019. The following year, the company sold it."
    assert found(text)["The following year"] == ("DATE", "2020")


def test_days_later_counts_from_the_last_mentioned_day():
    text = "Troops crossed the border on 3 February. Two days later, talks began."
    assert found(text)["Two days later"] == ("DATE", "2025-02-05")


def test_a_few_days_later_takes_the_month_of_its_anchor():
    text = "The ceasefire was agreed on 10 January 2024. A few days later it collapsed."
    assert found(text)["A few days later"] == ("DATE", "2024-01")


def test_after_a_clause_stays_relative_to_that_event():
    text = "The envoy resigned two days after he met the president."
    ref = only(text, "two days after")
    assert (ref.value, ref.anchor, ref.relation, ref.offset) == (None, "event", "after", "P2D")


def test_ago_has_the_granularity_of_its_unit():
    tags = found("Two weeks ago the plant shut; output peaked three months ago and "
                 "the firm was founded five years ago.")
    assert tags == {"Two weeks ago": ("DATE", "2025-02-19"),
                    "three months ago": ("DATE", "2024-12"),
                    "five years ago": ("DATE", "2020")}


def test_the_same_period_last_year():
    text = "Deliveries rose 12% in February compared with the same period last year."
    assert found(text)["the same period last year"] == ("DATE", "2024-02")


# --- rates are sets ----------------------------------------------------------------------


def test_rates_are_sets_not_durations():
    tags = found("The field pumps 3.1 million barrels a day and workers earn $9 an hour.")
    assert tags == {"a day": ("SET", "P1D"), "an hour": ("SET", "PT1H")}


# --- forms that were missed -------------------------------------------------------------------


def test_spelled_out_years():
    tags = found("She emigrated in nineteen seventy-nine and came back in the year two thousand.")
    assert tags == {"nineteen seventy-nine": ("DATE", "1979"), "two thousand": ("DATE", "2000")}


def test_spelled_out_numbers_that_are_not_years_stay_untagged():
    assert found("Two thousand people marched and nineteen were hurt.") == {}


def test_the_weekend():
    text = "Shops were shut after the weekend; the weekend's rallies were calm."
    refs = [(r.text, r.type, r.value) for r in tag_times(text, WED)]
    assert refs == [("the weekend", "DATE", "2025-W09-WE"), ("the weekend", "DATE", "2025-W09-WE")]


def test_vague_future_references():
    tags = found("Prices should stay firm in the near term and ease in the weeks ahead, "
                 "but over the long term demand will fall.")
    assert tags == {"the near term": ("DATE", "FUTURE_REF"),
                    "the weeks ahead": ("DATE", "FUTURE_REF"),
                    "the long term": ("DATE", "FUTURE_REF")}


def test_fiscal_years():
    tags = found("Revenue for fiscal 2024 rose, and the 2025 fiscal year began in October.")
    assert tags == {"fiscal 2024": ("DATE", "FY2024"), "the 2025 fiscal year": ("DATE", "FY2025"),
                    "October": ("DATE", "2024-10")}


def test_midnight_friday_is_one_expression():
    text = "The deadline is midnight Friday, and the vote is at noon on Thursday."
    assert found(text) == {"midnight Friday": ("TIME", "2025-03-07T24:00"),
                           "noon on Thursday": ("TIME", "2025-03-06T12:00")}


# --- anchors ------------------------------------------------------------------------------


def test_the_previous_friday_counts_from_the_narrative_day():
    text = "He was arrested on 24 February. He had left Beirut the previous Friday."
    assert found(text)["the previous Friday"] == ("DATE", "2025-02-21")


def test_the_following_monday():
    text = "The court met on 12 February and ruled the following Monday."
    assert found(text)["the following Monday"] == ("DATE", "2025-02-17")


def test_modal_future_sends_a_month_ahead():
    text = "The sale should be completed in January, the company said."
    assert found(text)["January"] == ("DATE", "2026-01")


# --- clock times with a zone ---------------------------------------------------------------


def test_clock_times_keep_their_zone():
    tags = found("Trading halted at 18:00 UTC and resumed at 9 a.m. EST; the call is at 14:30 GMT.")
    assert tags == {"18:00 UTC": ("TIME", "2025-03-05T18:00Z"),
                    "9 a.m. EST": ("TIME", "2025-03-05T09-05"),
                    "14:30 GMT": ("TIME", "2025-03-05T14:30Z")}


def test_not_rates():
    tags = found("The index fell 5% in a day.\nIn a Wednesday briefing, the bank cut rates.")
    assert tags["a day"] == ("DURATION", "P1D")
    assert "a Wednesday" not in tags and tags["Wednesday"] == ("DATE", "2025-03-05")


def test_the_previous_year_is_a_year_even_after_a_month():
    text = "Car sales fell 30% in January from the previous year."
    assert found(text)["the previous year"] == ("DATE", "2024")


def test_more_newswire_forms():
    tags = found("Japan entered a recession after two consecutive quarters of decline; output "
                 "shrank between April and June, as firms reported their January sales. Rates "
                 "will stay put for the time being, unlike the boxy cars of the 70s and 80s.")
    assert tags == {
        "two consecutive quarters": ("DURATION", "P2Q"), "April": ("DATE", "2024-04"),
        "June": ("DATE", "2024-06"), "January": ("DATE", "2025-01"),
        "the time being": ("DATE", "PRESENT_REF"), "70s": ("DATE", "197"), "80s": ("DATE", "198")}


def test_year_attached_halves_quarters_and_year_end():
    nov = datetime(1989, 11, 2, 12, tzinfo=ZoneInfo("UTC"))
    tags = found("Sales are up from the year earlier; profit fell in 1989's third quarter, "
                 "next year's first half will be weak, and debt will be cut by year-end.", nov)
    assert tags == {"1989's third quarter": ("DATE", "1989-Q3"),
                    "next year's first half": ("DATE", "1990-H1"),
                    "the year earlier": ("DATE", "1988"), "year-end": ("DATE", "1989")}


def test_this_past_weekend():
    assert found("Shares rose this past weekend.") == {"this past weekend": ("DATE", "2025-W09-WE")}


def test_year_first_dates_with_slashes_are_iso_dates():
    # the date line of Korean and Japanese outlets: year first, so unambiguous
    assert found("Posted 2024/10/21 16:40") == {"2024/10/21": ("DATE", "2024-10-21"),
                                               "16:40": ("TIME", "2024-10-21T16:40")}
    assert "2024/13/01" not in found("a 2024/13/01 code")  # no month 13
