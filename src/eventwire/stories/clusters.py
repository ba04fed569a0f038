"""Scoring an article against a story's profile, and folding it into the profile. Pure."""

from __future__ import annotations

import math
from collections.abc import Set
from datetime import date, timedelta
from typing import Any

from eventwire.stories.features import ArticleFeatures, Happenings, cosine

PROFILE_TERMS = 120  # content words a story's profile keeps (by summed weight)
JOIN = 0.30  # score from which an article joins a story
EVENT_BONUS = 0.15  # added when the article reports an event the story holds
# added again when that event is the news of both — in the article's lead and in a lead of the
# story (the headline event): the same deed by the same countries on the same day told first
# by both, however differently worded, joins unless it is another happening
HEADLINE_BONUS = 0.15
# taken off per day the article was published after the story's latest article, beyond the
# first: next-day follow-ups belong to the story, a development days later is news of its own
GAP_PENALTY = 0.04
# days by which an article's lead may lie before or after a story's lead events and still be
# the same happening: a next-day follow-up, or a report from another time zone, names the
# next calendar day (dates inherited from the narrative or publication are already widened
# by a day, events.compatible.INHERITED_SLACK)
DATE_TOLERANCE = 1
MAX_PAIRS = 200  # pairs of parties (with their days) a story's profile keeps
# a story also keeps its members' own term vectors (each its MEMBER_TERMS heaviest words, and
# the days of its lead), the first member and the latest MAX_MEMBERS - 1: a rewrite by
# another outlet is compared with each of them as well as with the summed profile, as the
# sum of a growing story dilutes what any one rewrite shares with the report it retells
MAX_MEMBERS = 8
MEMBER_TERMS = 40
# added per person or town the article names that the story's articles name
# (features.named_entities), for up to ENTITY_CAP of them, each weighted by how rarely the
# stored articles name it (idf; a name in a third of them or fewer, ENTITY_RARE, counts
# fully): outlets that word one happening differently (a reaction lead, a report told in
# quotes) still name its people and places, while the leaders every story names say little;
# another day's happening with the same people is kept out by its dates (another_happening)
ENTITY_BONUS = 0.06
ENTITY_CAP = 3
ENTITY_RARE = math.log(3)
# the weight the shared names must reach together to count at all: two rare names (one
# name in common, a leader or a capital named in passing, is no sign of the same cast)
ENTITY_MIN = 1.5
MAX_ENTITIES = 300  # named entities a story's profile keeps (the first named kept)


def story_score(features: ArticleFeatures, profile: dict[str, Any],
                idf: dict[str, float]) -> float:
    """0 when the article's lead reports another happening (:func:`another_happening`); else
    text similarity (idf-weighted cosine of content words), plus :data:`ENTITY_BONUS` per
    named person, organisation or town it shares with the story (up to :data:`ENTITY_CAP`),
    plus :data:`EVENT_BONUS` when
    the article and the story share an event signature (type, countries, day) and
    :data:`HEADLINE_BONUS` more when it is in the article's lead and a lead of the story, less
    :data:`GAP_PENALTY` per day of distance beyond one from the story's latest article."""
    if another_happening(features.lead, profile):
        return 0.0
    score = text_score(features, profile, idf)
    headline = features.headline & set(profile.get("headline", ()))
    score += entity_score(features.entities & set(profile.get("entities", ())), idf)
    if features.events & set(profile.get("events", ())):
        score += EVENT_BONUS
        if any("|*|" not in sig for sig in headline):
            score += HEADLINE_BONUS
    elif headline:
        # the headline deeds of both with one side agreeing (the other named differently):
        # the same deed as far as one story's outlets tell it (eventwire.stories.within)
        score += EVENT_BONUS
    last = profile.get("last")
    if last and features.day:
        gap = (date.fromisoformat(features.day) - date.fromisoformat(last)).days
        score -= GAP_PENALTY * max(0, gap - 1)
    return score


def entity_score(shared: Set[str], idf: dict[str, float]) -> float:
    """:data:`ENTITY_BONUS` for each of the (at most :data:`ENTITY_CAP`) rarest shared named
    entities, weighted by their idf (``idf`` holds them under their keys; one not looked up
    counts fully), when their weights reach :data:`ENTITY_MIN` together."""
    weights = sorted((min(1.0, max(0.0, idf.get(e, ENTITY_RARE + 1.0) - 1.0) / ENTITY_RARE)
                      for e in shared), reverse=True)
    total = sum(weights[:ENTITY_CAP])
    return ENTITY_BONUS * total if total >= ENTITY_MIN else 0.0


def text_score(features: ArticleFeatures, profile: dict[str, Any],
               idf: dict[str, float]) -> float:
    """The article's text similarity with the story: the idf-weighted cosine of its content
    words with the story's summed profile or with any one member's own words, whichever is
    higher (single-link over members, complete over the profile) — a member counting only
    when its lead is dated within :data:`DATE_TOLERANCE` days of the article's lead, or
    either has no dated lead: a same-actor report of another day does not borrow one
    member's wording."""
    score = cosine(features.terms, profile.get("terms", {}), idf)
    span = features.lead.span
    for member in profile.get("members", ()):
        theirs = member.get("span")
        if span and theirs and span_gap(*span, *theirs) > DATE_TOLERANCE:
            continue
        score = max(score, cosine(features.terms, member["terms"], idf))
    return score


def member_vocabulary(profile: dict[str, Any]) -> set[str]:
    """The words of a profile's member vectors (their idf is needed to score them)."""
    return {t for m in profile.get("members", ()) for t in m["terms"]}


def member_entry(features: ArticleFeatures) -> dict[str, Any]:
    """What a story keeps of one member: its :data:`MEMBER_TERMS` heaviest content words and
    the days of its lead."""
    top = sorted(features.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:MEMBER_TERMS]
    entry: dict[str, Any] = {"terms": dict(top)}
    if features.lead.span:
        entry["span"] = list(features.lead.span)
    return entry


def span_gap(a0: str, a1: str, b0: str, b1: str) -> int:
    """Days between two day intervals (0 or less when they overlap)."""
    return max((date.fromisoformat(a0) - date.fromisoformat(b1)).days,
               (date.fromisoformat(b0) - date.fromisoformat(a1)).days)


def another_happening(lead: Happenings, profile: dict[str, Any]) -> bool:
    """Whether the article's lead reports another happening than the story's leads, judged by
    what happened when, never by wording — whichever of the two was reported first:

    - **date**: the days the article's lead events are dated to lie more than
      :data:`DATE_TOLERANCE` days before or after the days of the story's lead events (the
      same leaders meeting again weeks later, an earlier round of strikes), or the newest
      of them lies more than that from the story's first dated lead (its ``anchor``: a
      retaliation two days after the strikes, after a next-day reaction widened the span); or
    - **parties**: both name the pairs of countries that acted in their leads and no pair of
      the article is one of the story's within :data:`DATE_TOLERANCE` days (the host's
      summit with one guest the day before its summit with another).

    Only the leads count: a background paragraph retelling the story's happening does not
    make another day's news part of it. An article or story whose lead has no dated event
    (or no two-sided one) is not judged by that test."""
    span = profile.get("span")
    if lead.span and span and span_gap(*lead.span, *span) > DATE_TOLERANCE:
        return True
    # the article's news is the newest deed its lead tells: a retaliation two days later that
    # recalls the first strikes, or a development after the story's next-day reactions, is
    # news of its own even where the spans touch (the story's span grows by its follow-ups)
    anchor = profile.get("anchor") or span
    if lead.span and anchor and span_gap(lead.span[1], lead.span[1], *anchor) > DATE_TOLERANCE:
        return True
    pairs = profile.get("pairs")
    if not lead.pairs or not pairs:
        return False
    theirs: dict[str, list[tuple[str, str]]] = {}
    for p in pairs:
        a, b, d0, d1 = p.split("|")
        theirs.setdefault(f"{a}|{b}", []).append((d0, d1))
    for p in lead.pairs:
        a, b, d0, d1 = p.split("|")
        if any(span_gap(d0, d1, e0, e1) <= DATE_TOLERANCE for e0, e1 in theirs.get(f"{a}|{b}", ())):
            return False
    return True


def joins(score: float) -> bool:
    return score >= JOIN


def merge_profile(profile: dict[str, Any], features: ArticleFeatures,
                  member: bool = True) -> dict[str, Any]:
    """The story's profile with the article added: content-word weights summed (the
    :data:`PROFILE_TERMS` heaviest kept), event signatures united, and (``member``: not for a
    near-duplicate, whose words its original's entry already holds) the article's own
    :func:`member_entry` kept among the story's first and latest :data:`MAX_MEMBERS`."""
    terms = dict(profile.get("terms", {}))
    for t, w in features.terms.items():
        terms[t] = round(terms.get(t, 0.0) + w, 4)
    kept = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS]
    events = sorted(set(profile.get("events", ())) | features.events)
    out: dict[str, Any] = {"terms": dict(kept), "events": events}
    members = list(profile.get("members", ()))
    if member and features.terms:
        members.append(member_entry(features))
        if len(members) > MAX_MEMBERS:
            members = members[:1] + members[len(members) - MAX_MEMBERS + 1:]
    if members:
        out["members"] = members
    entities = list(profile.get("entities", ()))
    known = set(entities)
    entities += sorted(features.entities - known)
    if entities:
        out["entities"] = entities[:MAX_ENTITIES]
    headline = sorted(set(profile.get("headline", ())) | features.headline)
    if headline:
        out["headline"] = headline
    lead = features.lead
    spans = [s for s in (profile.get("span"), lead.span) if s]
    if spans:
        # the span grows only within DATE_TOLERANCE of the story's first dated lead (its
        # "anchor"): follow-ups a day apart must not chain it into another day's happening
        anchor = profile.get("anchor") or profile.get("span") or lead.span
        assert anchor is not None
        low = (date.fromisoformat(anchor[0]) - timedelta(DATE_TOLERANCE)).isoformat()
        high = (date.fromisoformat(anchor[1]) + timedelta(DATE_TOLERANCE)).isoformat()
        out["anchor"] = list(anchor)
        out["span"] = [max(low, min(s[0] for s in spans)), min(high, max(s[1] for s in spans))]
    pairs = sorted(set(profile.get("pairs", ())) | lead.pairs)
    if pairs:
        out["pairs"] = pairs[:MAX_PAIRS]
    last = max(filter(None, (profile.get("last"), features.day)), default=None)
    if last:
        out["last"] = last
    return out
