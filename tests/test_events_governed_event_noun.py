"""A verb known only through WordNet does not take the place of the event it governs
(session 12 review, F7).

"The foreign minister will chair talks between Serbia and Kosovo": WordNet makes "chair" a
kind of "discuss" (040), but its object names the event itself, which keeps its own
parties (Serbia and Kosovo consult each other); the verb then goes to the word-vector
neighbour as before the WordNet table. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-05-02T09:00:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign minister will chair talks between Serbia and Kosovo in Brussels.",
     [("CONSULT", "040", ["SRB"], ["XKX"], "asserted", "talks"),
      ("CONSULT", "040", ["XKX"], ["SRB"], "asserted", "talks")]),
    ("The UN envoy chaired a meeting between Israeli and Palestinian officials in Cairo on "
     "Monday.",
     [("CONSULT", "040", ["ISR"], ["PSE"], "asserted", "meeting"),
      ("CONSULT", "040", ["PSE"], ["ISR"], "asserted", "meeting")]),
])
def test_the_governed_event_keeps_its_parties(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected


def test_a_wordnet_verb_with_a_plain_object_still_codes(engine: Engine) -> None:
    text = "Customs officers impounded three Iranian tankers in the port of Fujairah."
    assert [row[:2] for row in event_rows(engine, text, PUBLISHED)] == [("COERCE", "171")]
