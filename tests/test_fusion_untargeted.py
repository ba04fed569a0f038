"""A one-way deed with no target says too little to be found in another story (issue 15,
session 10): "Iran condemned the move" or "the ministry summoned the ambassador" of one day
are many deeds of one side, so such mentions fuse only inside their own story, as strikes
with no named target already did. Talks and agreements name all their parties."""

from __future__ import annotations

from eventwire.models import ActorRef, Event, EventDate, Evidence, Offsets, Span
from eventwire.store.fused import untargeted


def _event(plover: str, cameo: str, source: list[str], target: list[str]) -> Event:
    return Event("ev", plover, cameo, 1, 1.0,  # type: ignore[arg-type]
                 tuple(ActorRef(c, c, c, None, c) for c in source),
                 tuple(ActorRef(c, c, c, None, c) for c in target),
                 Evidence(Offsets(0, 10), Span(0, 4, "x")),
                 date=EventDate("2025-03-03", "day", None, "text"))


def test_one_way_deeds_without_a_target_fuse_only_inside_their_story() -> None:
    assert untargeted(_event("ASSAULT", "190", ["ISR"], []))  # "jets struck overnight"
    assert untargeted(_event("ACCUSE", "111", ["IRN"], []))  # "Iran condemned the move"
    assert untargeted(_event("REQUEST", "020", ["UKR"], []))  # "Kyiv called for more aid"
    assert not untargeted(_event("ACCUSE", "111", ["IRN"], ["USA"]))  # a named target
    # no direction: talks and agreements name their parties as sources
    assert not untargeted(_event("CONSULT", "040", ["IRN", "USA"], []))
    assert not untargeted(_event("AGREE", "030", ["SOM", "ETH"], []))
