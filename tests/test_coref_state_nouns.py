"""Actors a whole report names again without their name (issue 10, session 12).

1. "The country", "the nation", "the West African nation", "the kingdom": a definite
   singular noun for a state that names none is the most salient state of the last few
   sentences, never the state its own clause's subject is or belongs to (a noun phrase that
   is not reflexive is not bound in its clause); not a place ("troops in the country").
2. A surname the tagger took for a common noun at the start of a sentence ("Trump warned
   Iran …") is the person named in full earlier, when it is a subject.
"""

from __future__ import annotations

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-01-27T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED)


@pytest.mark.parametrize(("text", "last"), [
    ("President Donald Trump ordered tariffs on Colombia on Sunday. The White House also "
     "imposed visa sanctions on the country.",
     ("SANCTION", "163", ["USA"], ["COL"], "asserted", "sanctions")),
    ("Mali expelled the French ambassador on Monday. Paris suspended all aid to the West "
     "African nation.",
     ("SANCTION", "162", ["FRA"], ["MLI"], "asserted", "aid")),
    # the clause's own subject is not the country meant
    ("Iran seized a tanker on Friday. Britain accused the country of piracy.",
     ("ACCUSE", "112", ["GBR"], ["IRN"], "asserted", "accused")),
    # nor the subject of the verb it is conjoined with
    ("Beijing imposed export controls on gallium on Monday. Washington said it would respond, "
     "and accused the country of economic coercion.",
     ("ACCUSE", "112", ["USA"], ["CHN"], "asserted", "accused")),
])
def test_the_country_is_the_state_in_focus(
        engine: Engine, text: str, last: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == last


def test_the_country_as_a_place_is_no_party(engine: Engine) -> None:
    text = ("Russia deployed troops to Belarus on Monday. Moscow said the troops would stay "
            "in the country until the end of the year.")
    assert rows(engine, text) == [("MOBILIZE", "154", ["RUS"], ["BLR"], "asserted",
                                   "deployed")]


@pytest.mark.parametrize(("text", "last"), [
    ("President Donald Trump spoke to reporters on Friday. Trump warned Iran on Saturday.",
     ("THREATEN", "130", ["USA"], ["IRN"], "asserted", "warned")),
    ("The White House said the envoy had been instructed by President Donald Trump to seek "
     "a deal. Trump had warned Iran last month that it would face bombing if it refused.",
     ("THREATEN", "138", ["USA"], ["IRN"], "asserted", "warned")),
])
def test_a_surname_read_as_a_noun_is_the_person_named_before(
        engine: Engine, text: str, last: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == last
