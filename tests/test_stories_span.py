"""A story's lead span (review s7 §7): it does not chain day by day into another day's
happening, and a lead that also dates an earlier deed reports the latest. Own events."""

from __future__ import annotations

from eventwire.models import ActorRef, Event, EventDate, Evidence, Offsets, Span
from eventwire.stories.clusters import another_happening, merge_profile
from eventwire.stories.features import ArticleFeatures, Happenings, happenings

SIDE = {c: ActorRef(c, c, c, None, c) for c in ("ISR", "LBN")}


def _event(n: int, at: int, day: str) -> Event:
    return Event(f"ev-{n}", "ASSAULT", "190", 1, 1.0, (SIDE["ISR"],), (SIDE["LBN"],),
                 Evidence(Offsets(at, at + 10), Span(at, at + 4, "text")),
                 date=EventDate(day, "day", None, "text"))


def _features(day: str) -> ArticleFeatures:
    return ArticleFeatures({}, frozenset(), frozenset(), day,
                           Happenings((day, day), frozenset()))


def test_a_story_span_does_not_chain_day_by_day() -> None:
    # strikes on the 10th; a profile merged with leads of the 11th and the 12th (merge_profile
    # alone; the clusterer would keep the 12th's lead out, as asserted below) widens its span
    # only within a day of its anchor, the first lead's day
    profile = merge_profile({}, _features("2025-03-10"))
    profile = merge_profile(profile, _features("2025-03-11"))
    profile = merge_profile(profile, _features("2025-03-12"))
    assert (profile["anchor"], profile["span"]) == (
        ["2025-03-10", "2025-03-10"], ["2025-03-10", "2025-03-11"])
    # strikes reported for the 13th are another day's happening
    assert another_happening(Happenings(("2025-03-13", "2025-03-13"), frozenset()), profile)
    # a lead whose newest deed is two days after the story's first lead is news of its own,
    # though it touches the span the next-day follow-up widened
    assert another_happening(Happenings(("2025-03-12", "2025-03-12"), frozenset()), profile)
    assert not another_happening(Happenings(("2025-03-11", "2025-03-11"), frozenset()),
                                 profile)


def test_a_retaliation_two_days_later_is_its_own_story() -> None:
    # Thursday the 9th: jets strike the capital (the story's first lead); Friday the 10th:
    # the attacked state condemns the strikes (a follow-up that joins). Sunday's report leads
    # with Saturday night's retaliation (the 11th, dated from the narrative: the 10th or the
    # 11th) and recalls Thursday's strikes in its lead too.
    profile = merge_profile({}, _features("2025-10-09"))
    profile = merge_profile(profile, ArticleFeatures(
        {}, frozenset(), frozenset(), "2025-10-10",
        Happenings(("2025-10-09", "2025-10-10"), frozenset())))
    assert profile["span"] == ["2025-10-09", "2025-10-10"]
    retaliation = Happenings(("2025-10-09", "2025-10-11"), frozenset())
    assert another_happening(retaliation, profile)
    follow_up = Happenings(("2025-10-09", "2025-10-10"), frozenset())
    assert not another_happening(follow_up, profile)


def test_a_lead_that_recalls_an_earlier_deed_reports_the_latest() -> None:
    # "Israeli jets struck south Lebanon on Monday, weeks after the January 27 truce
    # strikes ended" — the 27 January deed is recalled, not the news
    lead = happenings([_event(1, 0, "2025-03-10"), _event(2, 20, "2025-01-27")], 100)
    assert lead.span == ("2025-03-10", "2025-03-10")
    # two days in one lead stay one span ("late on Saturday ... on Monday")
    lead = happenings([_event(1, 0, "2025-03-10"), _event(2, 20, "2025-03-08")], 100)
    assert lead.span == ("2025-03-08", "2025-03-10")
