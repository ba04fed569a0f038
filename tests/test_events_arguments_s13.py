"""Who is source and who is target on unseen wire text (issue 10, session 13). Every
sentence is our own; several wordings and look-alikes per class.

1. A title that refers back to a named person is that person (review s12 F10): "Istanbul
   Mayor Ekrem Imamoglu ... The mayor denied the charges" is Imamoglu, whatever office the
   registry gives him on the day of the report, and no unnamed office holder of the state
   ("the Turkish government's mayor") is made where a named person carries the title. "The
   mayor of Istanbul, Ekrem Imamoglu" names the mayor, not the city.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

AFTER_ARREST = "2025-04-10T09:00:00+00:00"  # the registry's Imamoglu: jailed opposition leader
IN_OFFICE = "2025-03-10T09:00:00+00:00"  # the registry's Imamoglu: mayor of Istanbul


def rows(engine: Engine, text: str, published: str = AFTER_ARREST) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, published, codes=True)


NAMED_TITLE_HOLDERS = [
    ("ISTANBUL - A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu to be "
     "jailed pending trial on corruption charges.\n\nThe mayor denied all the accusations.",
     [("REQUEST", "100", ["TURJUD"], ["TUROPP"], "asserted", "ordered"),
      ("REJECT", "120", ["TUROPP"], [], "asserted", "denied")]),
    ("Ekrem Imamoglu, the mayor of Istanbul, was detained by Turkish police on "
     "Wednesday.\n\nThe mayor denied the charges against him.",
     [("COERCE", "173", ["TURCOP"], ["TUROPP"], "asserted", "detained"),
      ("REJECT", "016", ["TUROPP"], [], "asserted", "denied")]),
    # the name in apposition to "the mayor of Istanbul" is the mayor, not the city
    ("A court in Ankara jailed the mayor of Istanbul, Ekrem Imamoglu, on Wednesday.\n\n"
     "The mayor rejected the ruling as politically motivated.",
     [("COERCE", "173", ["TURJUD"], ["TUROPP"], "asserted", "jailed"),
      ("REJECT", "120", ["TUROPP"], ["TURJUD"], "asserted", "rejected")]),
    # the apposition of another person ("Erdogan's main rival") gives Imamoglu no presidency
    ("A Turkish court ordered Istanbul Mayor Ekrem Imamoglu, President Recep Tayyip "
     "Erdogan's main rival, to be jailed on Sunday.\n\nThe president praised the court.",
     [("REQUEST", "100", ["TURJUD"], ["TUROPP"], "asserted", "ordered"),
      ("SUPPORT", "051", ["TURGOV"], ["TURJUD"], "asserted", "praised")]),
    # a title not in the registry at all: the named holder, not a US office
    ("Mexico City Mayor Clara Brugada met the U.S. ambassador on Friday.\n\n"
     "The mayor later criticised the U.S. plan to fly drones over the capital.",
     [("CONSULT", "040", ["MEXGOV"], ["USA"], "asserted", "met"),
      ("ACCUSE", "111", ["MEXGOV"], ["USA"], "asserted", "criticised")]),
    # no named mayor: the unnamed office holder of the setting, as before
    ("ISTANBUL - Turkish police detained 40 protesters on Sunday.\n\n"
     "The mayor condemned the detentions.",
     [("COERCE", "173", ["TURCOP"], ["TURCVL"], "asserted", "detained"),
      ("ACCUSE", "111", ["TURGOV"], ["TURCOP"], "asserted", "condemned")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_TITLE_HOLDERS)
def test_a_title_refers_back_to_the_named_holder(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


def test_the_named_holder_takes_the_registry_office_of_the_day(engine: Engine) -> None:
    text = ("ISTANBUL - Turkish police detained Istanbul Mayor Ekrem Imamoglu on "
            "Wednesday.\n\nThe mayor denied all the accusations.")
    assert rows(engine, text, IN_OFFICE) == [
        ("COERCE", "173", ["TURCOP"], ["TURGOV"], "asserted", "detained"),
        ("REJECT", "120", ["TURGOV"], [], "asserted", "denied")]
    assert rows(engine, text, AFTER_ARREST) == [
        ("COERCE", "173", ["TURCOP"], ["TUROPP"], "asserted", "detained"),
        ("REJECT", "120", ["TUROPP"], [], "asserted", "denied")]
