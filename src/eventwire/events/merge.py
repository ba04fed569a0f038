"""One event per real event in an article.

Drafts merge when they have the same PLOVER type, the same negation and the same actors
(for CONSULT, which is mutual, the same set of participants in either direction). A draft
missing its source or target merges into the one full event whose known side matches
(a headline "No talks with U.S." joins "Iran dismissed talks with the United States").
The kept draft is the one with the most actors, then the earliest; the others become its
extra evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from eventwire.events.extract import Draft

MUTUAL = {"CONSULT"}


def merge_key(draft: Draft, plover: str) -> tuple[object, ...]:
    if plover in MUTUAL:
        return plover, draft.negated, frozenset(draft.source) | frozenset(draft.target)
    return plover, draft.negated, frozenset(draft.source), frozenset(draft.target)


def covers(full: Draft, part: Draft, plover: str) -> bool:
    """``part`` has a missing side and what it has agrees with ``full``."""
    if full.negated != part.negated or (part.source and part.target):
        return False
    if plover in MUTUAL:
        return set(part.source + part.target) <= set(full.source + full.target)
    return set(part.source) <= set(full.source) and set(part.target) <= set(full.target)


def absorb(kept: Draft, other: Draft) -> None:
    kept.extra.append((other.sentence, other.trigger))
    kept.extra.extend(other.extra)


def merge(drafts: list[Draft], plover_of: Callable[[str], str]) -> list[Draft]:
    ranked = sorted(drafts, key=lambda d: (-(len(d.source) + len(d.target)), d.trigger[0]))
    kept: dict[tuple[object, ...], Draft] = {}
    for draft in ranked:
        plover = plover_of(draft.cameo)
        key = merge_key(draft, plover)
        if key in kept:
            absorb(kept[key], draft)
            continue
        hosts = [d for d in kept.values() if plover_of(d.cameo) == plover
                 and covers(d, draft, plover)]
        if len(hosts) == 1:
            absorb(hosts[0], draft)
            continue
        kept[key] = draft
    return sorted(kept.values(), key=lambda d: d.trigger[0])
