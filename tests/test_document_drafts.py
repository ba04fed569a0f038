"""An event draft becomes the event a report holds with every value the stages gave it: the
draft's own bookkeeping (``weak``) stays behind."""

from __future__ import annotations

from eventwire.document import EventDraft
from eventwire.models import ActorRef, Event, EventDate, Evidence, Offsets, Place, Span

TEXT = "Chile recalled its ambassador from Lima on Friday. The recall followed a border dispute."
CHL = ActorRef("CHL", "Chile", "CHL", None, "CHL")
PER = ActorRef("PER", "Peru", "PER", None, "PER")
SENTENCE = Evidence(Offsets(0, 50), Span(6, 14, "recalled"))
LATER = Evidence(Offsets(51, len(TEXT)), Span(55, 61, "recall"))
FRIDAY = EventDate("2025-03-07", "day", "Friday", "text", start=43, end=49)
LIMA = Place("Lima", "PER", -12.04, -77.03, "city", 3936456, 35, 39, "text")


def test_a_draft_freezes_into_the_event_with_every_value_it_was_given() -> None:
    draft = EventDraft("ev-1", "SANCTION", "161", 4, -4.0, (CHL,), (PER,), SENTENCE,
                       mode="withdraw", context="diplomatic", negated=True, modality="reported",
                       quote_id="q-1", mentions=(LATER,), date=FRIDAY, place=LIMA,
                       confidence=0.8, weak=True)
    assert draft.freeze() == Event(
        id="ev-1", plover="SANCTION", cameo="161", quad_class=4, goldstein=-4.0, source=(CHL,),
        target=(PER,), evidence=SENTENCE, mode="withdraw", context="diplomatic", negated=True,
        modality="reported", date=FRIDAY, place=LIMA, quote_id="q-1", mentions=(LATER,),
        confidence=0.8)
