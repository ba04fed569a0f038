"""Story clusters decide by what happened when (issue 15): an article whose lead reports
another happening — the same leaders meeting days later, a host's summit with another guest
the day before, an earlier round of strikes — does not join a story however much of its
wording it shares, whichever of the two was reported first. Our own sentences."""

from __future__ import annotations

from pathlib import Path

from eventwire.models import Article, Event, EventDate, Evidence, Offsets, Report, Span
from eventwire.store import Store, queries
from eventwire.stories.clusters import another_happening, merge_profile
from eventwire.stories.features import (
    ArticleFeatures,
    Happenings,
    article_features,
    happenings,
    lead_end,
)
from hand_records import INFO, save_all, state

SIDE = {c: state(c, c) for c in ("USA", "CHN", "KOR", "RUS")}


def _event(n: int, plover: str, cameo: str, src: str, tgt: str, at: int, day: str,
           basis: str = "text", modality: str = "asserted") -> Event:
    return Event(f"ev-{n}", plover, cameo, 1, 1.0, (SIDE[src],), (SIDE[tgt],),  # type: ignore[arg-type]
                 Evidence(Offsets(at, at + 10), Span(at, at + 4, "text")),
                 modality=modality,  # type: ignore[arg-type]
                 date=EventDate(day, "day", None, basis))  # type: ignore[arg-type]


def test_the_lead_is_the_headline_and_first_paragraph() -> None:
    text = "Leaders meet in Busan\n\nThe two leaders met on Thursday.\n\nBackground follows."
    assert text[:lead_end("Leaders meet in Busan", text)] == (
        "Leaders meet in Busan\n\nThe two leaders met on Thursday.")
    # no title given: the first paragraph is the lead
    assert lead_end(None, text) == text.index("\n")
    # one long paragraph: its first 400 characters
    assert lead_end(None, "word " * 200) == 400


def test_happenings_read_the_lead_and_leave_out_governed_and_later_deeds() -> None:
    events = [
        _event(1, "CONSULT", "040", "USA", "CHN", 0, "2025-10-30"),
        # "in response to ..." dated by its governing clause: not the news
        _event(2, "ASSAULT", "190", "USA", "RUS", 10, "2025-10-30", basis="governing"),
        # a background paragraph: after the lead
        _event(3, "CONSULT", "040", "USA", "CHN", 200, "2019-06-29"),
    ]
    assert happenings(events, 100) == Happenings(
        ("2025-10-30", "2025-10-30"), frozenset({"CHN|USA|2025-10-30|2025-10-30"}))
    # a date inherited from the publication covers that day and the day before; a future
    # deed is no happening
    later = [_event(4, "CONSULT", "040", "KOR", "CHN", 0, "2025-11-01", basis="publication"),
             _event(5, "CONSULT", "042", "CHN", "USA", 0, "2026-04-01", modality="future")]
    assert happenings(later, 100) == Happenings(
        ("2025-10-31", "2025-11-01"), frozenset({"CHN|KOR|2025-10-31|2025-11-01"}))
    # no event in the lead: the first sentence that tells one
    assert happenings(events[2:], 100) == Happenings(
        ("2019-06-29", "2019-06-29"), frozenset({"CHN|USA|2019-06-29|2019-06-29"}))


def _lead(span: tuple[str, str] | None, *pairs: str) -> Happenings:
    return Happenings(span, frozenset(pairs))


def test_another_happening_two_sided_by_date_and_meeting_parties() -> None:
    story = {"span": ["2025-08-15", "2025-08-15"], "pairs": ["RUS|USA|2025-08-15|2025-08-15"]}
    # three days later (the phone call), and three days before (the earlier round)
    assert another_happening(_lead(("2025-08-18", "2025-08-18")), story)
    assert another_happening(_lead(("2025-08-11", "2025-08-12")), story)
    # a next-day follow-up, and an article whose lead has no dated event, are not ruled out
    assert not another_happening(_lead(("2025-08-16", "2025-08-16")), story)
    assert not another_happening(_lead(None), story)
    # the same day, but the host met another guest: another meeting
    assert another_happening(_lead(("2025-08-15", "2025-08-15"),
                                   "KOR|USA|2025-08-15|2025-08-15"), story)
    assert not another_happening(_lead(("2025-08-15", "2025-08-15"),
                                       "RUS|USA|2025-08-14|2025-08-15"), story)
    # a story built before leads were kept (no span, no pairs) rules nothing out
    assert not another_happening(_lead(("2025-09-01", "2025-09-01")), {})


def test_the_profile_keeps_the_span_and_meetings_of_its_articles() -> None:
    one = ArticleFeatures({}, frozenset(), frozenset(), "2025-10-30",
                          _lead(("2025-10-30", "2025-10-30"), "CHN|USA|2025-10-30|2025-10-30"))
    two = ArticleFeatures({}, frozenset(), frozenset(), "2025-10-31",
                          _lead(("2025-10-29", "2025-10-31")))
    profile = merge_profile(merge_profile({}, one), two)
    assert (profile["span"], profile["pairs"]) == (
        ["2025-10-29", "2025-10-31"], ["CHN|USA|2025-10-30|2025-10-30"])


# -- in the store: wording shared, happenings not --------------------------------------------

# the background each outlet adds: the same words in its own order (different 3-shingles, so
# no article is a near-duplicate of another)
WORDS = ("tariffs soybeans rare earth export controls fentanyl trade truce economies teams "
         "follow-up steps leaders discussed agreed").split()


def _article(aid: str, published: str, title: str, lead: str,
             events: list[tuple[str, str, str, str, str]]) -> Report:
    shift = int(aid[1:])
    background = " ".join(WORDS[shift:] + WORDS[:shift][::-1]) + "."
    text = f"{title}\n\n{lead}\n\n{background.capitalize()}"
    at = text.index(lead)
    return Report(Article(aid, text, title=title, published=published), INFO, events=tuple(
        _event(i, p, c, s, t, at, d, basis="text") for i, (p, c, s, t, d) in enumerate(events)))


def test_a_story_takes_its_happening_and_no_same_actor_meeting_of_another_day(
        tmp_path: Path) -> None:
    reports = [
        _article("a1", "2025-10-29T11:00:00+00:00", "Lee and Trump hold summit",
                 "Lee Jae Myung and Donald Trump held a summit on Wednesday.",
                 [("CONSULT", "040", "KOR", "USA", "2025-10-29")]),
        _article("a2", "2025-10-30T07:00:00+00:00", "Trump and Xi hold summit",
                 "Donald Trump and Xi Jinping held a summit on Thursday.",
                 [("CONSULT", "040", "USA", "CHN", "2025-10-30")]),
        _article("a3", "2025-10-30T13:00:00+00:00", "Xi and Trump hold talks",
                 "Xi Jinping and Donald Trump held talks on Thursday.",
                 [("CONSULT", "040", "CHN", "USA", "2025-10-30")]),
        # the same two leaders three days later: a call of its own, in the same words
        _article("a4", "2025-11-02T09:00:00+00:00", "Trump and Xi hold call",
                 "Donald Trump and Xi Jinping held a phone call on Sunday.",
                 [("CONSULT", "040", "USA", "CHN", "2025-11-02")]),
    ]
    with Store(save_all(tmp_path / "s.db", reports)) as store:
        assert [(s["id"], s["articles"]) for s in queries.stories(store)] == [
            ("s1", ["a1"]), ("s2", ["a2", "a3"]), ("s4", ["a4"])]
    # what the store scored: the features of the call
    assert article_features(reports[3]).lead.span == ("2025-11-02", "2025-11-02")
