"""Scoring an article against a story's profile, and folding it into the profile. Pure."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.stories.features import ArticleFeatures, cosine

PROFILE_TERMS = 120  # content words a story's profile keeps (by summed weight)
JOIN = 0.30  # score from which an article joins a story
EVENT_BONUS = 0.15  # added when the article reports an event the story holds
# taken off per day the article was published after the story's latest article, beyond the
# first: next-day follow-ups belong to the story, a development days later is news of its own
GAP_PENALTY = 0.04


def story_score(features: ArticleFeatures, profile: dict[str, Any],
                idf: dict[str, float]) -> float:
    """Text similarity (idf-weighted cosine of content words) plus :data:`EVENT_BONUS` when
    the article and the story share an event signature (type, countries, day), less
    :data:`GAP_PENALTY` per day of distance beyond one from the story's latest article."""
    score = cosine(features.terms, profile.get("terms", {}), idf)
    if features.events & set(profile.get("events", ())):
        score += EVENT_BONUS
    last = profile.get("last")
    if last and features.day:
        gap = (date.fromisoformat(features.day) - date.fromisoformat(last)).days
        score -= GAP_PENALTY * max(0, gap - 1)
    return score


def joins(score: float) -> bool:
    return score >= JOIN


def merge_profile(profile: dict[str, Any], features: ArticleFeatures) -> dict[str, Any]:
    """The story's profile with the article added: content-word weights summed (the
    :data:`PROFILE_TERMS` heaviest kept), event signatures united."""
    terms = dict(profile.get("terms", {}))
    for t, w in features.terms.items():
        terms[t] = round(terms.get(t, 0.0) + w, 4)
    kept = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS]
    events = sorted(set(profile.get("events", ())) | features.events)
    out: dict[str, Any] = {"terms": dict(kept), "events": events}
    last = max(filter(None, (profile.get("last"), features.day)), default=None)
    if last:
        out["last"] = last
    return out
