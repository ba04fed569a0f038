"""A story keeps its members' own term vectors: a rewrite is compared with the report it
retells, not only with the story's growing sum, and a member whose lead is of another day
lends it nothing. Own vectors."""

from __future__ import annotations

import pytest

from eventwire.stories.clusters import MAX_MEMBERS, merge_profile, text_score
from eventwire.stories.features import ArticleFeatures, Happenings

DAM = {"dam": 2.0, "collapse": 2.0, "valley": 1.0, "flood": 1.0}
BUDGET = {"minister": 2.0, "budget": 2.0, "repair": 1.0, "inquiry": 1.0}
REWRITE = {"dam": 2.0, "collapse": 2.0, "valley": 1.0, "villagers": 1.0}


def _features(terms: dict[str, float], day: str | None) -> ArticleFeatures:
    lead = Happenings((day, day) if day else None, frozenset())
    return ArticleFeatures(terms, frozenset(), frozenset(), day, lead)


def test_a_rewrite_scores_against_the_member_it_retells() -> None:
    story = merge_profile(merge_profile({}, _features(DAM, "2025-05-02")),
                          _features(BUDGET, "2025-05-02"))
    # the summed profile: 9 / (sqrt 10 * sqrt 20); the dam report alone: 9 / 10
    assert text_score(_features(REWRITE, "2025-05-02"), story, {}) == pytest.approx(0.9)
    story_alone = {"terms": story["terms"]}
    assert text_score(_features(REWRITE, "2025-05-02"), story_alone, {}) == pytest.approx(
        9 / (10 ** 0.5 * 20 ** 0.5))


def test_a_member_of_another_day_lends_nothing() -> None:
    story = merge_profile(merge_profile({}, _features(DAM, "2025-05-02")),
                          _features(BUDGET, "2025-05-02"))
    # the same words about a collapse a week later: only the summed profile counts
    assert text_score(_features(REWRITE, "2025-05-09"), story, {}) == pytest.approx(
        9 / (10 ** 0.5 * 20 ** 0.5))
    # a lead with no dated deed is not judged by dates
    assert text_score(_features(REWRITE, None), story, {}) == pytest.approx(0.9)


def test_members_kept_first_and_latest_copies_left_out() -> None:
    story = merge_profile({}, _features(DAM, "2025-05-02"))
    story = merge_profile(story, _features(REWRITE, "2025-05-02"), member=False)
    assert [m["terms"] for m in story["members"]] == [DAM]
    for n in range(MAX_MEMBERS + 2):
        story = merge_profile(story, _features({f"word{n}": 1.0}, "2025-05-03"))
    kept = [m["terms"] for m in story["members"]]
    assert kept[0] == DAM and len(kept) == MAX_MEMBERS
    assert kept[-1] == {f"word{MAX_MEMBERS + 1}": 1.0}
    assert story["members"][-1]["span"] == ["2025-05-03", "2025-05-03"]
