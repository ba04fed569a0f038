"""Which of two near-duplicate articles is the original (issue 15).

A wire copy is the original republished with a new headline and trimmed or cut paragraphs
(the codebook of wire editing: copy desks cut from the bottom). A publication time whose zone
was assumed (the outlet's home zone, or the default) can be off by up to a day's worth of
zones, so when the two times are that close, or tied, or missing, the article whose body holds
the other's is the original; times with explicit zones that differ decide by themselves. The
stored pair says what decided it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eventwire.models import Article, Report
from eventwire.originals import ORIGINAL_BASES, body_of, containment, original_first
from eventwire.store import Store, queries
from hand_records import INFO

ORIGINAL_TITLE = "Armenia and Azerbaijan agree to reopen border crossing after Tbilisi talks"
ORIGINAL = """TBILISI, Georgia (AP) — The foreign ministers of Armenia and Azerbaijan agreed on \
Tuesday to reopen a border crossing closed for nearly two years, after six hours of talks hosted \
by the Georgian government in Tbilisi, the three governments said in a joint statement.

Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov also \
agreed to set up a joint commission to mark the remaining sections of their shared frontier, and \
to meet again within a month.

Georgian Prime Minister Irakli Kobakhidze, who opened the meeting, called it a step toward a \
lasting peace in the South Caucasus. He said his government was ready to host further rounds and \
would send customs officers to the crossing if both sides asked for them.

The crossing had been closed since the fighting of September 2023, forcing traders and families \
to travel through Georgia, a detour of several hundred kilometres.

Neither minister took questions from reporters. A spokesperson for the Azerbaijani foreign \
ministry said later that the details of the commission's work would be published next week.

The European Union and the United States welcomed the agreement in separate statements on \
Tuesday evening, and the EU's special representative said he would visit both capitals."""

# the copy: a new headline, the third paragraph trimmed to its first sentence, the last two cut
COPY_TITLE = "Baku and Yerevan to reopen crossing, set up border commission"
COPY = """TBILISI, Georgia (AP) — The foreign ministers of Armenia and Azerbaijan agreed on \
Tuesday to reopen a border crossing closed for nearly two years, after six hours of talks hosted \
by the Georgian government in Tbilisi, the three governments said in a joint statement.

Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov also \
agreed to set up a joint commission to mark the remaining sections of their shared frontier, and \
to meet again within a month.

Georgian Prime Minister Irakli Kobakhidze, who opened the meeting, called it a step toward a \
lasting peace in the South Caucasus.

The crossing had been closed since the fighting of September 2023, forcing traders and families \
to travel through Georgia, a detour of several hundred kilometres."""


def article(aid: str, title: str, body: str, published: str | None, basis: str) -> Article:
    return Article(aid, f"{title}\n\n{body}", title=title, published=published,
                   timezone_basis=basis)  # type: ignore[arg-type]


def pairs(path: Path, first: Article, second: Article) -> list[tuple[str, str, str]]:
    """Save the two articles in this order; the stored [original, copy, basis] rows."""
    with Store(path) as store:
        store.save(Report(first, INFO))
        store.save(Report(second, INFO))
        stories = queries.stories(store)
        assert [s["articles"] for s in stories] == [[first.id, second.id]]  # one story
        listed = [tuple(p) for p in stories[0]["near_duplicates"]]
        rows = [tuple(r) for r in store.db.execute(
            "SELECT original_id, article_id, basis FROM near_duplicates")]
    assert [r[:2] for r in rows] == listed
    return rows


def test_the_body_holding_the_others_is_the_original_when_a_zone_was_assumed(
        tmp_path: Path) -> None:
    # the original's "23:10" read in the outlet's zone (New York) sorts after the copy's
    # 01:25 UTC, but 1 h 45 min is well within what an assumed zone can be off by
    original = article("a-ap", ORIGINAL_TITLE, ORIGINAL, "2026-03-10T23:10:00-04:00", "outlet")
    copy = article("a-copy", COPY_TITLE, COPY, "2026-03-11T01:25:00+00:00", "input")
    assert pairs(tmp_path / "s.db", copy, original) == [("a-ap", "a-copy", "contains")]


def test_times_without_any_zone_tie_and_the_text_decides(tmp_path: Path) -> None:
    original = article("a-ap", ORIGINAL_TITLE, ORIGINAL, None, "default")
    copy = article("a-copy", COPY_TITLE, COPY, None, "default")
    assert pairs(tmp_path / "s.db", copy, original) == [("a-ap", "a-copy", "contains")]


def test_explicit_zones_decide_by_the_earlier_time(tmp_path: Path) -> None:
    # both instants are known: the shorter one came out first (a later write-through added
    # the last paragraphs), so the shorter one is the original
    short = article("a-short", COPY_TITLE, COPY, "2026-03-10T21:05:00+00:00", "input")
    longer = article("a-long", ORIGINAL_TITLE, ORIGINAL, "2026-03-10T23:40:00+00:00", "input")
    assert pairs(tmp_path / "s.db", short, longer) == [("a-short", "a-long", "earlier")]


def test_assumed_zones_a_day_apart_decide_by_the_earlier_time(tmp_path: Path) -> None:
    short = article("a-short", COPY_TITLE, COPY, "2026-03-10T08:00:00+03:00", "outlet")
    longer = article("a-long", ORIGINAL_TITLE, ORIGINAL, "2026-03-11T09:30:00+03:00", "outlet")
    assert pairs(tmp_path / "s.db", short, longer) == [("a-short", "a-long", "earlier")]


def test_no_evidence_either_way_keeps_the_first_stored(tmp_path: Path) -> None:
    # the same body under two headlines, no times: nothing tells which came first
    one = article("a-one", ORIGINAL_TITLE, ORIGINAL, None, "default")
    two = article("a-two", COPY_TITLE, ORIGINAL, None, "default")
    assert pairs(tmp_path / "s.db", one, two) == [("a-one", "a-two", "stored")]


def test_a_third_copy_points_at_the_original_once_the_pair_is_reversed(tmp_path: Path) -> None:
    copy = article("a-copy", COPY_TITLE, COPY, "2026-03-11T01:25:00+00:00", "input")
    original = article("a-ap", ORIGINAL_TITLE, ORIGINAL, "2026-03-10T23:10:00-04:00", "outlet")
    again = article("a-again", "Armenia, Azerbaijan to reopen border crossing", COPY,
                    "2026-03-11T02:00:00+00:00", "input")
    with Store(tmp_path / "s.db") as store:
        for a in (copy, again, original):
            store.save(Report(a, INFO))
        rows = sorted(tuple(r) for r in store.db.execute(
            "SELECT original_id, article_id, basis FROM near_duplicates"))
        assert queries.near_duplicate_count(store) == 2
    assert rows == [("a-ap", "a-again", "contains"), ("a-ap", "a-copy", "contains")]


# a long original whose copy cuts only its short last paragraph: the copy lies wholly inside
# the original, and the original holds one sentence more - a few per cent of its body
LONG_ORIGINAL = ORIGINAL + """

Officials in Yerevan said the first trucks could cross within days, and that the Armenian side \
would keep the checkpoint open around the clock during the harvest season. Azerbaijani state \
television showed engineers clearing the road on the Azerbaijani side of the frontier.

Analysts in the region said the deal, while limited, was the most concrete result of two years of \
talks, and that it would test whether either government was ready to move on the harder questions \
of the peace treaty and the transit route through southern Armenia.

Tuesday's talks were the first the two ministers had held without a mediator from \
outside the region."""
LONG_COPY = LONG_ORIGINAL.rsplit("\n\n", 1)[0]


def test_a_copy_that_cuts_only_a_short_last_paragraph_is_still_the_copy(tmp_path: Path) -> None:
    held = containment(LONG_COPY, LONG_ORIGINAL), containment(LONG_ORIGINAL, LONG_COPY)
    assert (round(held[0], 2), round(held[1], 2)) == (1.0, 0.94)
    original = article("a-ap", ORIGINAL_TITLE, LONG_ORIGINAL, "2026-03-10T11:05:00-04:00", "outlet")
    copy = article("a-copy", COPY_TITLE, LONG_COPY, "2026-03-10T12:40:00+00:00", "outlet")
    assert pairs(tmp_path / "s.db", copy, original) == [("a-ap", "a-copy", "contains")]


def test_containment_measures_the_share_of_one_body_in_the_other() -> None:
    copy, original = body_of(COPY, COPY_TITLE), body_of(ORIGINAL, ORIGINAL_TITLE)
    assert copy.startswith("TBILISI") and original.startswith("TBILISI")
    assert round(containment(copy, original), 2) == 0.98  # one shingle spans the trim
    assert round(containment(original, copy), 2) == 0.59
    original = article("a-ap", ORIGINAL_TITLE, ORIGINAL, None, "default")
    copy = article("a-copy", COPY_TITLE, COPY, "2026-03-11", "outlet")
    assert original_first(original, copy) == (True, "contains")
    assert original_first(copy, original) == (False, "contains")
    assert ORIGINAL_BASES == ("earlier", "contains", "stored")


def test_a_later_longer_update_of_one_outlet_is_not_the_original(tmp_path: Path) -> None:
    # one outlet's first take at 09:10 and its update at 18:40 with two paragraphs added, both
    # read in the outlet's assumed zone: off alike, so 9 h 30 min apart exactly
    first = replace(article("a-first", COPY_TITLE, COPY, "2026-03-10T09:10:00+03:00", "outlet"),
                    source="caucasuswire.example", timezone="Asia/Tbilisi")
    update = replace(article("a-update", ORIGINAL_TITLE, ORIGINAL, "2026-03-10T18:40:00+03:00",
                             "outlet"), source="caucasuswire.example", timezone="Asia/Tbilisi")
    assert pairs(tmp_path / "s.db", first, update) == [("a-first", "a-update", "earlier")]
    # another outlet's times, each read in its own assumed zone, still leave it to the text
    other = replace(update, id="a-other", source="wire.example", timezone="America/New_York")
    assert original_first(first, other) == (False, "contains")


def test_a_republication_that_inserts_a_local_sentence_is_the_copy(tmp_path: Path) -> None:
    # the republisher adds its own country's reaction inside the story: an addition, not a
    # cut from the bottom, so the longer body is the copy; the times (2 h apart, both zones
    # assumed) then decide
    local = LONG_ORIGINAL.replace(
        "to meet again within a month.",
        "to meet again within a month. Turkey's foreign ministry welcomed the agreement in a "
        "statement and offered to help reopen its own crossing with Armenia.")
    original = article("a-ap", ORIGINAL_TITLE, LONG_ORIGINAL, "2026-03-10T11:05:00-04:00",
                       "outlet")
    copy = article("a-local", "Turkey welcomes Armenia-Azerbaijan border deal", local,
                   "2026-03-10T20:10:00+03:00", "outlet")
    assert pairs(tmp_path / "s.db", original, copy) == [("a-ap", "a-local", "earlier")]


def test_a_sentence_added_in_the_middle_is_no_cut(tmp_path: Path) -> None:
    # the republisher added a line of its own after the second paragraph: the wire's body
    # lies wholly inside the copy, but what the copy has more is not a cut tail, so the
    # publication times decide (the assumed zones leave 8 h 45 min still in the wire's favour)
    added = LONG_ORIGINAL.replace(
        "to meet again within a month.",
        "to meet again within a month.\n\nGeorgia's foreign minister welcomed both delegations.")
    original = article("a-ap", ORIGINAL_TITLE, LONG_ORIGINAL, "2026-03-10T06:30:00-05:00",
                       "outlet")
    copy = article("a-copy", COPY_TITLE, added, "2026-03-10T23:15:00+03:00", "outlet")
    assert original_first(original, copy) == (True, "earlier")
    assert original_first(copy, original) == (False, "earlier")


def test_a_first_take_stays_the_original_of_its_own_update(tmp_path: Path) -> None:
    # one outlet, both times read in its assumed zone: whatever the zone, their 9 h 30 min
    # difference is exact, so the earlier first take is the original of the longer update
    # (a write-through adds paragraphs at the bottom, which the text alone would read as a cut)
    first = Article("a-first", f"{ORIGINAL_TITLE}\n\n{ORIGINAL}", title=ORIGINAL_TITLE,
                    source="sudantribune.net", published="2026-03-10T09:10:00+02:00",
                    timezone="Africa/Khartoum", timezone_basis="outlet")
    update = Article("a-update", f"{COPY_TITLE}\n\n{LONG_ORIGINAL}", title=COPY_TITLE,
                     source="sudantribune.net", published="2026-03-10T18:40:00+02:00",
                     timezone="Africa/Khartoum", timezone_basis="outlet")
    assert original_first(first, update) == (True, "earlier")
    assert original_first(update, first) == (False, "earlier")
    # from two outlets the zones may differ: the update's fuller text decides
    other = Article("a-other", update.text, title=COPY_TITLE, source="example.org",
                    published=update.published, timezone="Africa/Khartoum",
                    timezone_basis="outlet")
    assert original_first(first, other) == (False, "contains")
