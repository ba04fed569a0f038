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
from dataclasses import dataclass

from eventwire.events.extract import Draft

MUTUAL = {"CONSULT"}


@dataclass(frozen=True)
class Sides:
    """A draft's actors as comparison keys (a person counts as their country)."""

    source: frozenset[str]
    target: frozenset[str]

    @classmethod
    def of(cls, draft: Draft, key: Callable[[str], str]) -> Sides:
        return cls(frozenset(map(key, draft.source)), frozenset(map(key, draft.target)))


def merge_key(draft: Draft, plover: str, sides: Sides) -> tuple[object, ...]:
    if plover in MUTUAL:
        return plover, draft.negated, sides.source | sides.target
    return plover, draft.negated, sides.source, sides.target


def covers(full: Sides, part: Sides, plover: str) -> bool:
    """``part`` has a missing side and what it has agrees with ``full``."""
    if part.source and part.target:
        return False
    if plover in MUTUAL:
        return part.source | part.target <= full.source | full.target
    return part.source <= full.source and part.target <= full.target


def absorb(kept: Draft, other: Draft) -> None:
    kept.extra.append((other.sentence, other.trigger))
    kept.extra.extend(other.extra)


def merge(drafts: list[Draft], plover_of: Callable[[str], str], actor_key: Callable[[str], str]
          ) -> list[Draft]:
    ranked = sorted(drafts, key=lambda d: (d.weak, -(len(d.source) + len(d.target)),
                                           d.trigger[0]))
    kept: dict[tuple[object, ...], tuple[Draft, Sides]] = {}
    for draft in ranked:
        plover, sides = plover_of(draft.cameo), Sides.of(draft, actor_key)
        key = merge_key(draft, plover, sides)
        if key in kept:
            absorb(kept[key][0], draft)
            continue
        hosts = [d for d, s in kept.values() if plover_of(d.cameo) == plover
                 and d.negated == draft.negated and covers(s, sides, plover)]
        if len(hosts) == 1:
            absorb(hosts[0], draft)
        elif not draft.weak:
            kept[key] = (draft, sides)
    return sorted((d for d, _ in kept.values()), key=lambda d: d.trigger[0])
