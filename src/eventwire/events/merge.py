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
VISITS = {"042", "043"}


@dataclass(frozen=True)
class Sides:
    """A draft's actors as comparison keys (a person counts as their country)."""

    source: frozenset[str]
    target: frozenset[str]

    @classmethod
    def of(cls, draft: Draft, key: Callable[[str], str]) -> Sides:
        return cls(frozenset(map(key, draft.source)), frozenset(map(key, draft.target)))


def family(cameo: str) -> str:
    """Codes that can name the same event: a visit and the talks held during it (04x);
    otherwise the three-digit code (praising 051 is not signing 057)."""
    return cameo[:2] if cameo.startswith("04") else cameo[:3]


def merge_key(draft: Draft, plover: str, sides: Sides) -> tuple[object, ...]:
    if plover in MUTUAL and draft.cameo[:3] not in VISITS:
        return plover, draft.negated, sides.source | sides.target
    return plover, family(draft.cameo), draft.negated, sides.source, sides.target


def covers(full: Sides, part: Sides, plover: str) -> bool:
    """``part`` has a missing side and what it has agrees with ``full``."""
    if part.source and part.target:
        return False
    if plover in MUTUAL:
        return part.source | part.target <= full.source | full.target
    return part.source <= full.source and part.target <= full.target


def mutual_match(draft: Draft, sides: Sides, kept: list[tuple[Draft, Sides]]) -> Draft | None:
    """Talks "with Araghchi" join the visit to Tehran they were held during: the visit
    with the same participants, in the same sentence if there are several."""
    hosts = [(d, s) for d, s in kept if d.cameo[:3] in VISITS and not d.weak
             and d.negated == draft.negated and s.source | s.target == sides.source | sides.target]
    if not hosts:
        return None
    before = [d for d, _ in hosts if d.trigger[0] <= draft.trigger[0]]
    if before:  # the visit most recently told about
        return max(before, key=lambda d: d.trigger[0])
    return min((d for d, _ in hosts), key=lambda d: d.trigger[0])


def absorb(kept: Draft, other: Draft) -> None:
    kept.extra.append((other.sentence, other.trigger))
    kept.extra.extend(other.extra)


def merge(drafts: list[Draft], plover_of: Callable[[str], str], actor_key: Callable[[str], str]
          ) -> list[Draft]:
    ranked = sorted(drafts, key=lambda d: (d.weak, d.cameo[:3] not in VISITS,
                                           -(len(d.source) + len(d.target)), d.trigger[0]))
    kept: dict[tuple[object, ...], tuple[Draft, Sides]] = {}
    for draft in ranked:
        plover, sides = plover_of(draft.cameo), Sides.of(draft, actor_key)
        key = merge_key(draft, plover, sides)
        host = kept[key][0] if key in kept else None
        if host is None and plover in MUTUAL and draft.cameo[:3] not in VISITS:
            host = mutual_match(draft, sides, list(kept.values()))
        if host is None:
            hosts = [d for d, s in kept.values() if plover_of(d.cameo) == plover
                     and family(d.cameo) == family(draft.cameo)
                     and d.negated == draft.negated and covers(s, sides, plover)]
            host = hosts[0] if len(hosts) == 1 else None
        if host is not None:
            absorb(host, draft)
        elif not draft.weak:
            kept[key] = (draft, sides)
    return sorted((d for d, _ in kept.values()), key=lambda d: d.trigger[0])
