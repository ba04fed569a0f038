"""Two domestic events of one country fuse across articles only when their sides agree by
sector (review finding F21, session 9): every ASSAULT code is one deed across articles, and a
country's unrest puts police, protesters and parliament all under one country key, so police
shooting protesters was fused with protesters setting parliament on fire. CAMEO's domestic dyads
are told apart by sector (KENCOP → KENCVL vs KENCVL → KENLEG). The first two checks are the
reviewer's (Kenya, 25 June 2024), the rest ours."""

from __future__ import annotations

from eventwire.events.compatible import same_event
from eventwire.models import ActorRef, Event, EventDate, Evidence, Offsets, Span


def ref(code: str) -> ActorRef:
    return ActorRef(f"x:{code}", code, code[:3], code[3:] or None, code)


def event(plover: str, cameo: str, source: str, target: str,
          when: str = "2024-06-25") -> Event:
    return Event("ev", plover, cameo, 1, 1.0,  # type: ignore[arg-type]
                 (ref(source),), (ref(target),),
                 Evidence(Offsets(0, 1), Span(0, 1, "x")),
                 date=EventDate(when, "day", None, "text"))  # type: ignore[arg-type]


def test_domestic_sides_are_told_apart_by_sector_across_articles() -> None:
    shooting = event("ASSAULT", "193", "KENCOP", "KENCVL")  # police shoot protesters
    assert [same_event(shooting, other, across=True) for other in (
        event("ASSAULT", "180", "KENCVL", "KEN"),     # protesters set parliament on fire
        event("ASSAULT", "190", "KENCVL", "KENLEG"),  # protesters storm parliament
        event("ASSAULT", "175", "KENCOP", "KENCVL"),  # police fire tear gas at protesters
        event("ASSAULT", "193", "KEN", "KENCVL"),     # "Kenyan forces" shot protesters
    )] == [False, False, True, True]
    # the army shells rebel positions / the rebels attack an army base, the same day
    assert not same_event(event("ASSAULT", "190", "SDNMIL", "SDNREB", "2025-03-03"),
                          event("ASSAULT", "190", "SDNREB", "SDNMIL", "2025-03-03"), across=True)
    # international dyads are unchanged: one outlet's shelling, another's bombing
    assert same_event(event("ASSAULT", "190", "RUSMIL", "UKR", "2025-03-03"),
                      event("ASSAULT", "183", "RUS", "UKRCVL", "2025-03-03"), across=True)
