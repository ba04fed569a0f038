"""Temporal tagger: every supported form on sentences composed for these tests."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import SHARED
from eventwire.errors import EvaluationError
from eventwire.evaluation.timex import evaluate_timex, format_timex_scores
from eventwire.models import TimeRef
from eventwire.timex import absolute_times, is_name_year, tag_times

# Wednesday 26 February 2025, nine minutes after midnight in Tehran.
TEHRAN = datetime(2025, 2, 26, 0, 9, tzinfo=ZoneInfo("Asia/Tehran"))
DEV_FILE = SHARED / "eval" / "te3-platinum-dev.jsonl"


def expect(text: str, phrase: str, type_: str, value: str | None, *, mod: str | None = None,
           anchor: str = "publication", relation: str | None = None,
           offset: str | None = None) -> TimeRef:
    start = text.index(phrase)
    return TimeRef(start=start, end=start + len(phrase), text=phrase, type=type_, value=value,
                   mod=mod, anchor=anchor, relation=relation, offset=offset)


def tagged(text: str, when: datetime = TEHRAN, doc=None) -> list[TimeRef]:
    refs = tag_times(text, when, doc=doc)
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
    assert all(a.end <= b.start for a, b in zip(refs, refs[1:], strict=False))
    return refs


def assert_tags(text: str, *expected: tuple, when: datetime = TEHRAN) -> None:
    refs = tagged(text, when)
    for phrase, type_, value, *rest in expected:
        extra = rest[0] if rest else {}
        assert expect(text, phrase, type_, value, **extra) in refs, (phrase, refs)


def assert_untagged(text: str, phrase: str, when: datetime = TEHRAN) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    refs = tagged(text, when)
    assert not [r for r in refs if r.start < end and r.end > start], refs


# --- the brief's reference cases: a Tehran paper of Wednesday 26 Feb 2025, 00:09 ------


def test_past_weekdays_resolve_to_the_days_before_publication():
    text = "Officials said on Tuesday that talks held on Monday had failed."
    assert_tags(text, ("Tuesday", "DATE", "2025-02-25"), ("Monday", "DATE", "2025-02-24"))


def test_late_last_year_is_previous_year_with_end_mod():
    text = "Prices of bread rose sharply late last year, traders said."
    assert_tags(text, ("late last year", "DATE", "2024", {"mod": "END"}))


def test_in_january_past_is_this_years_january():
    assert_tags("The embassy reopened in January.", ("January", "DATE", "2025-01"))


def test_last_december_is_previous_year():
    assert_tags("Protests began last December.", ("last December", "DATE", "2024-12"))


def test_one_week_after_is_anchored_to_an_event():
    text = "One week after he met the envoy, the minister resigned."
    assert_tags(text, ("One week after", "DATE", None,
                       {"anchor": "event", "relation": "after", "offset": "P1W"}))


def test_in_recent_years_is_vague_duration():
    # The TempEval-3 gold annotates "recent weeks" as DURATION PXW; same convention here.
    assert_tags("Exports have fallen in recent years.", ("recent years", "DURATION", "PXY"))


def test_name_years_are_not_dates():
    text = "Iran said the 2015 nuclear deal was dead."
    assert_untagged(text, "2015")
    assert is_name_year(text, text.index("2015"), text.index("2015") + 4)


def test_later_this_year_keeps_the_year():
    assert_tags("Elections will be held later this year.", ("later this year", "DATE", "2025"))


# --- explicit dates ------------------------------------------------------------------


def test_explicit_date_formats():
    text = ("The accord was signed on 26 February 2025, or February 26, 2025, or Feb. 26, "
            "logged as 2025-02-26 and 26/02/2025.")
    for phrase in ("26 February 2025", "February 26, 2025", "Feb. 26", "2025-02-26", "26/02/2025"):
        assert_tags(text, (phrase, "DATE", "2025-02-26"))


def test_numeric_dates_take_the_only_valid_reading():
    assert_tags("The form was dated 02/26/2025.", ("02/26/2025", "DATE", "2025-02-26"))


def test_ambiguous_numeric_date_takes_nearest_reading_not_after_anchor():
    when = datetime(2025, 4, 10, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert_tags("The letter dated 03/04/2025 arrived.", ("03/04/2025", "DATE", "2025-04-03"),
                when=when)
    early = datetime(2025, 3, 5, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert_tags("The letter dated 03/04/2025 arrived.", ("03/04/2025", "DATE", "2025-03-04"),
                when=early)


def test_month_day_without_year_picks_sensible_year():
    when = datetime(2025, 1, 5, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    assert_tags("The talks began on December 28.", ("December 28", "DATE", "2024-12-28"),
                when=when)
    assert_tags("The envoy will arrive on March 3.", ("March 3", "DATE", "2025-03-03"))


def test_ordinal_of_month():
    assert_tags("The summit will open on the 3rd of March.",
                ("the 3rd of March", "DATE", "2025-03-03"))


def test_month_with_year_and_modifiers():
    text = "The fund was set up in January 2024, grew in early 2024 and doubled by mid-2025."
    assert_tags(text, ("January 2024", "DATE", "2024-01"),
                ("early 2024", "DATE", "2024", {"mod": "START"}),
                ("mid-2025", "DATE", "2025", {"mod": "MID"}))


def test_years_decades_centuries():
    text = "The dam, begun in 2021, echoes projects of the 1990s and of the 20th century."
    assert_tags(text, ("2021", "DATE", "2021"), ("1990s", "DATE", "199"),
                ("20th century", "DATE", "19"))


def test_year_range_gives_two_dates():
    text = "He served as envoy from 2019 to 2021 and again in 2023-24."
    assert_tags(text, ("2019", "DATE", "2019"), ("2021", "DATE", "2021"),
                ("2023", "DATE", "2023"), ("24", "DATE", "2024"))


# --- times, days, weekdays -----------------------------------------------------------


def test_times_of_day():
    text = "The blast was heard at 00:09, the statement came at 10 a.m. and rain fell this morning."
    assert_tags(text, ("00:09", "TIME", "2025-02-26T00:09"), ("10 a.m.", "TIME", "2025-02-26T10"),
                ("this morning", "TIME", "2025-02-26TMO"))


def test_time_takes_date_of_adjacent_weekday():
    text = "The minister will land on Friday at 10 a.m. in Muscat."
    assert_tags(text, ("Friday", "DATE", "2025-02-28"), ("10 a.m.", "TIME", "2025-02-28T10"))


def test_weekday_forms():
    assert_tags("The spokesman said Tuesday that the talks would go on.",
                ("Tuesday", "DATE", "2025-02-25"))
    assert_tags("Clashes erupted last Tuesday.", ("last Tuesday", "DATE", "2025-02-25"))
    assert_tags("Talks resume next Friday.", ("next Friday", "DATE", "2025-02-28"))
    assert_tags("He will fly to Oman on Friday.", ("Friday", "DATE", "2025-02-28"))


def test_day_words():
    text = "Rallies took place yesterday and today; more are planned tonight and tomorrow."
    assert_tags(text, ("yesterday", "DATE", "2025-02-25"), ("today", "DATE", "2025-02-26"),
                ("tonight", "TIME", "2025-02-26TNI"), ("tomorrow", "DATE", "2025-02-27"))
    assert_tags("Shelling resumed last night.", ("last night", "TIME", "2025-02-25TNI"))


def test_relative_periods():
    text = ("Prices rose last week, fell this week and may rise next week; last month, this "
            "month and next month; last year, this year and next year.")
    assert_tags(text, ("last week", "DATE", "2025-W08"), ("this week", "DATE", "2025-W09"),
                ("next week", "DATE", "2025-W10"), ("last month", "DATE", "2025-01"),
                ("this month", "DATE", "2025-02"), ("next month", "DATE", "2025-03"),
                ("last year", "DATE", "2024"), ("this year", "DATE", "2025"),
                ("next year", "DATE", "2026"))


def test_earlier_this_month():
    assert_tags("The ban was imposed earlier this month.",
                ("earlier this month", "DATE", "2025-02"))


def test_possessive_years():
    text = "This year's harvest was poor, and the year's worst storm hit the coast."
    assert_tags(text, ("This year", "DATE", "2025"), ("the year", "DATE", "2025"))


def test_seasons():
    text = "Drought struck last summer; the dam will open this spring."
    assert_tags(text, ("last summer", "DATE", "2024-SU"), ("this spring", "DATE", "2025-SP"))


def test_quarters():
    text = "Oil output fell in the fourth quarter and recovered in Q1."
    assert_tags(text, ("the fourth quarter", "DATE", "2024-Q4"), ("Q1", "DATE", "2025-Q1"))


def test_end_of_year_in_past_tense_early_in_a_year_is_last_year():
    assert_tags("Sales peaked by the end of the year.", ("the end of the year", "DATE", "2024",
                                                        {"mod": "END"}))


def test_day_of_month_and_weekend():
    text = "The strike began on the 14th and spread over the weekend."
    assert_tags(text, ("the 14th", "DATE", "2025-02-14"), ("the weekend", "DATE", "2025-W08-WE"))


def test_clock_time_before_a_full_date_takes_that_date():
    text = "Polls close at 3 p.m. local time on Thursday, March 6, 2025."
    assert_tags(text, ("3 p.m. local time", "TIME", "2025-03-06T15"),
                ("Thursday, March 6, 2025", "DATE", "2025-03-06"))


def test_clock_time_with_zone_and_weekday():
    assert_tags("The match was moved to 15:00 GMT Saturday because of snow.",
                ("15:00 GMT Saturday", "TIME", "2025-02-22T15:00Z"))


# --- durations, sets, vague and event-relative -----------------------------------------


def test_durations():
    text = ("He was jailed for three years after a two-day trial; the port shut for 48 hours, "
            "a decade after the war, and talks took several months.")
    assert_tags(text, ("three years", "DURATION", "P3Y"), ("two-day", "DURATION", "P2D"),
                ("48 hours", "DURATION", "PT48H"), ("several months", "DURATION", "PXM"))
    assert_tags(text, ("a decade after", "DATE", None,
                       {"anchor": "event", "relation": "after", "offset": "P10Y"}))
    assert_tags("Talks dragged on for a decade.", ("a decade", "DURATION", "P10Y"))


def test_duration_forms_and_ages():
    text = "A 12-hour truce began; decades later, after weeks of talks, a 20-year-old was freed."
    assert_tags(text, ("12-hour", "DURATION", "PT12H"), ("weeks", "DURATION", "PXW"))
    assert_tags(text, ("decades later", "DATE", None,
                       {"anchor": "event", "relation": "after", "offset": "PXDE"}))
    assert_untagged(text, "20-year-old")
    assert_untagged("Children aged 6 months and older were vaccinated.", "6 months")
    assert_tags("He was jailed for three years after a brief trial.",
                ("three years", "DURATION", "P3Y"))


def test_duration_with_approximator_sets_mod_outside_span():
    assert_tags("The siege lasted about two weeks.",
                ("two weeks", "DURATION", "P2W", {"mod": "APPROX"}))


def test_ago_is_a_date():
    assert_tags("The treaty was signed six years ago.", ("six years ago", "DATE", "2019"))


def test_sets():
    text = "Inspectors visit every year, report weekly and meet each month."
    assert_tags(text, ("every year", "SET", "P1Y"), ("weekly", "SET", "P1W"),
                ("each month", "SET", "P1M"))


def test_vague_references():
    text = ("Relations have recently improved; they are now calm and currently stable, unlike "
            "in the past, and may deepen in the future, said a former envoy.")
    assert_tags(text, ("recently", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF"),
                ("currently", "DATE", "PRESENT_REF"), ("the past", "DATE", "PAST_REF"),
                ("the future", "DATE", "FUTURE_REF"))
    assert_untagged(text, "former")


def test_event_relative_expressions():
    text = ("Rebels took the town a day after the truce; two days later they left. A week before "
            "the vote, the next day, and the following month were all tense.")
    event = {"anchor": "event"}
    assert_tags(
        text,
        ("a day after", "DATE", None, {**event, "relation": "after", "offset": "P1D"}),
        ("two days later", "DATE", None, {**event, "relation": "after", "offset": "P2D"}),
        ("A week before", "DATE", None, {**event, "relation": "before", "offset": "P1W"}),
        ("the next day", "DATE", None, {**event, "relation": "after", "offset": "P1D"}),
        ("the following month", "DATE", None, {**event, "relation": "after", "offset": "P1M"}),
    )


def test_numbers_that_are_not_times():
    text = ("Inflation hit 13% as 30 vessels defied Resolution 2231 and an F-16 flew over; "
            "call +44 20 7946 2011. Vision 2030 and the 2030 Agenda aim at the 2022 World Cup.")
    for phrase in ("13%", "30 vessels", "2231", "F-16", "2011", "2030 and", "2030 Agenda", "2022"):
        assert_untagged(text, phrase)


def test_months_as_names_or_verbs_are_not_dates():
    assert_untagged("May Kassem said they may march in March's cold.", "May Kassem")


# --- tense from the parse ----------------------------------------------------------


@pytest.fixture(scope="module")
def nlp(engine):
    return engine.resources.nlp  # the pinned model as the pipeline runs it


def test_parse_decides_weekday_and_month_direction(nlp):
    text = "The foreign minister will travel to Geneva on Tuesday and talks will resume in January."
    refs = tagged(text, doc=nlp(text))
    assert expect(text, "Tuesday", "DATE", "2025-03-04") in refs
    assert expect(text, "January", "DATE", "2026-01") in refs
    past = "The foreign minister travelled to Geneva on Tuesday after talks collapsed in January."
    refs = tagged(past, doc=nlp(past))
    assert expect(past, "Tuesday", "DATE", "2025-02-25") in refs
    assert expect(past, "January", "DATE", "2025-01") in refs


def test_infinitive_under_past_verb(nlp):
    text = ("Police fired tear gas to disperse crowds on Monday and picked firms to build a "
            "dam in June.")
    refs = tagged(text, doc=nlp(text))
    assert expect(text, "Monday", "DATE", "2025-02-24") in refs
    assert expect(text, "June", "DATE", "2025-06") in refs


def test_doc_must_match_text(nlp):
    message = "tag_times: doc must be a parse of exactly the given text"
    with pytest.raises(ValueError, match=message):
        tag_times("Talks ended on Monday.", TEHRAN, doc=nlp("Something else."))
    with pytest.raises(ValueError, match=message):
        absolute_times("Talks ended in 2019.", doc=nlp("Something else."))


def test_trusted_doc_gives_the_same_times(nlp):
    """The pipeline skips the check (it parsed the text itself); the times are the same."""
    text = "Talks ended on 26 February 2025, two days after the accord; they resume in May."
    doc = nlp(text)
    assert tag_times(text, TEHRAN, doc=doc, trust_doc=True) == tag_times(text, TEHRAN, doc=doc)
    assert [r.text for r in absolute_times(text, doc=doc, trust_doc=True)] == \
        [r.text for r in absolute_times(text, doc=doc)] == ["26 February 2025", "two days after"]


# --- speed: benchmarks/timex.py (ms per article), never a timed test --------------------


# --- evaluation -----------------------------------------------------------------------


def _write(tmp_path: Path, records: list[str]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def test_evaluation_scores_a_small_file(tmp_path):
    text = "Officials met on Tuesday and again last week."
    record = {"doc_id": "d1", "dct": "2025-02-26", "text": text, "timex": [
        {"text": "Tuesday", "start": 17, "end": 24, "type": "DATE", "value": "2025-02-25"},
        {"text": "last week", "start": 35, "end": 44, "type": "DATE", "value": "2025-W08"},
    ]}
    scores = evaluate_timex(_write(tmp_path, [json.dumps(record)]), use_parse=False)
    assert scores.strict.f1 == 1.0 and scores.value.f1 == 1.0 and scores.type_accuracy == 1.0
    assert scores.documents[0].doc_id == "d1"
    assert "strict" in format_timex_scores(scores)


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    (json.dumps({"doc_id": "d", "dct": "2025-02-26", "text": "x"}), "'timex'"),
    (json.dumps({"doc_id": "d", "dct": "someday", "text": "x", "timex": []}), "'dct'"),
    (json.dumps({"doc_id": "d", "dct": "2025-02-26", "text": "on Monday", "timex": [
        {"text": "Monday", "start": 0, "end": 6, "type": "DATE", "value": "X"}]}), "offsets"),
])
def test_malformed_evaluation_records_name_the_line(tmp_path, line, message):
    good = json.dumps({"doc_id": "ok", "dct": "2025-02-26", "text": "x", "timex": []})
    with pytest.raises(EvaluationError, match=rf":2: .*{message}"):
        evaluate_timex(_write(tmp_path, [good, line]), use_parse=False)


@pytest.mark.skipif(not DEV_FILE.exists(), reason="TempEval-3 dev file not available")
def test_dev_file_value_f1_does_not_regress():
    scores = evaluate_timex(DEV_FILE, use_parse=False)
    assert scores.value.f1 >= 0.80, format_timex_scores(scores)


def test_evaluation_reports_value_accuracy_confusion_and_halves(tmp_path):
    records = []
    for i, (text, gold_value) in enumerate([
        ("Officials met on Tuesday.", "2025-02-25"),   # right
        ("Officials met on Monday.", "2025-02-17"),    # matched, wrong value
        ("Talks lasted three days.", None),           # DURATION
    ]):
        timex = []
        if gold_value:
            word = text.split()[-1].rstrip(".")
            timex.append({"text": word, "start": text.index(word), "end": text.index(word)
                          + len(word), "type": "DATE", "value": gold_value})
        records.append(json.dumps({"doc_id": f"d{i}", "dct": "2025-02-26", "text": text,
                                   "timex": timex}))
    path = _write(tmp_path, records)
    scores = evaluate_timex(path, use_parse=False)
    assert (scores.value.matched, scores.relaxed.matched) == (1, 2)
    assert scores.value_accuracy == 0.5
    assert scores.confusion == (("-", "DURATION", 1), ("DATE", "DATE", 2))
    table = format_timex_scores(scores)
    assert "value accuracy (relaxed matches): 0.500 (1/2)" in table
    assert "type confusion (rows gold, columns predicted; - = none):" in table
    assert [d.doc_id for d in evaluate_timex(path, use_parse=False, half="a").documents] == [
        "d0", "d2"]
    assert [d.doc_id for d in evaluate_timex(path, use_parse=False, half="b").documents] == ["d1"]
    with pytest.raises(EvaluationError, match="unknown half 'c'"):
        evaluate_timex(path, use_parse=False, half="c")


def test_evaluation_without_creation_date_uses_the_dateline(tmp_path):
    text = "Plant reopens\nMarch 03, 2009\nThe plant reopened today."
    start = text.index("today")
    record = {"doc_id": "n", "dct": None, "text": text, "timex": [
        {"text": "today", "start": start, "end": start + 5, "type": "DATE", "value": "2009-03-03"}]}
    day_first = dict(record, doc_id="m", dct="03-03-2009")
    scores = evaluate_timex(_write(tmp_path, [json.dumps(record), json.dumps(day_first)]),
                            use_parse=False)
    assert scores.value.matched == 2


def test_without_publication_date_only_anchor_free_expressions_are_kept():
    from eventwire.timex import absolute_times

    text = "Talks on 26 February 2025 lasted three days and ended on Tuesday."
    assert [(r.text, r.value) for r in absolute_times(text)] == [
        ("26 February 2025", "2025-02-26"), ("three days", "P3D")]
