"""Who is source and who is target on unseen wire text (issue 10, session 12). Every
sentence is our own; several wordings per class.

1. Generic actors with no country (F18 of session 10): a description of a state's office
   holder that refers back to no one the text names ("The spokesperson urged …", "the
   governor", "the foreign ministry spokesman") is that office of the state named before it
   in its sentence, else of the report's setting (a dateline city gives its state: LAGOS →
   Nigeria); no state at all, no actor. A seat of power whose name is a common name for the
   body in any state ("the Foreign Office") is the dateline state's when the text never names
   the seat's own state.
2. A protest whose object is an act ("Manila protested the seizure") is aimed at the act's
   agent, as a condemnation is: the agent in the phrase ("by the coast guard"), else the
   agent of the act told before; a state protesting a deed never protests against itself.
3. A body of no known country attacked or seized, placed by its own "in" phrase in a state
   ("Al Udeid air base in Qatar"), is that state as a target (CAMEO codes an attack on a
   place by the place's owner); a body placed nowhere stays as it is.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


UNNAMED_OFFICE_HOLDERS = [
    ("BEIJING, March 9 - The spokesperson urged the United States to stop arming the island.",
     [("REQUEST", "020", ["CHNGOV"], ["USA"], "asserted", "urged")]),
    ("CAIRO, March 9 - The foreign ministry spokesman rejected Israel's plan for the enclave.",
     [("REJECT", "120", ["EGYGOV"], ["ISR"], "asserted", "rejected")]),
    ("LAGOS, March 9 - The governor accused the army of killing civilians in the north.",
     [("ACCUSE", "112", ["NGAGOV"], ["NGAMIL"], "asserted", "accused")]),
    ("TEHRAN, March 9 - The judiciary spokesman accused Israel of recruiting agents online.",
     [("ACCUSE", "112", ["IRNGOV"], ["ISR"], "asserted", "accused")]),
    # no state anywhere: the description stays as written, no event
    ("The governor accused the army of killing civilians in the north.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_OFFICE_HOLDERS)
def test_an_unnamed_office_holder_is_the_settings_official(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


GENERIC_SEATS = [
    ("ISLAMABAD, March 9 - The Foreign Office summoned India's charge d'affaires on Sunday.",
     [("ACCUSE", "114", ["PAKGOV"], ["IND"], "asserted", "summoned")]),
    # the seat's own state: by dateline, by an owner in the phrase
    ("LONDON, March 9 - The Foreign Office summoned Russia's ambassador on Sunday.",
     [("ACCUSE", "114", ["GBRGOV"], ["RUS"], "asserted", "summoned")]),
    ("ISLAMABAD, March 9 - Britain's Foreign Office summoned Pakistan's envoy on Sunday.",
     [("ACCUSE", "114", ["GBRGOV"], ["PAK"], "asserted", "summoned")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_SEATS)
def test_a_seat_with_a_common_name_is_the_datelines_body(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


PROTESTED_DEEDS = [
    ("Manila protested the seizure of a Filipino fishing boat by the Chinese coast guard on "
     "Monday.",
     [("PROTEST", "141", ["PHL"], ["CHNMIL"], "asserted", "protested"),
      ("COERCE", "171", ["CHNMIL"], ["PHL"], "asserted", "seizure")]),
    ("China's coast guard seized a Filipino trawler on Sunday. Manila protested the seizure "
     "on Monday.",
     [("COERCE", "171", ["CHNMIL"], ["PHL"], "asserted", "seized"),
      ("PROTEST", "141", ["PHL"], ["CHNMIL"], "asserted", "protested")]),
    ("Israeli soldiers stormed a school in Gaza. Jordan protested the raid.",
     [("ASSAULT", "190", ["ISRMIL"], ["PSEEDU"], "asserted", "stormed"),
      ("PROTEST", "141", ["JOR"], ["ISRMIL"], "asserted", "protested")]),
    # no agent told: no target, rather than the protesting state itself
    ("Manila protested the seizure of a fishing boat near the shoal on Monday.",
     [("PROTEST", "141", ["PHL"], [], "asserted", "protested")]),
    # look-alike: a crowd protesting with no act named protests against its own state
    ("Hundreds of people protested in Nairobi on Monday.",
     [("PROTEST", "141", ["KENCVL"], ["KEN"], "asserted", "protested")]),
]


@pytest.mark.parametrize(("text", "expected"), PROTESTED_DEEDS)
def test_a_protested_deed_is_aimed_at_its_agent(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


LOCATED_BODIES = [
    ("Iran fired missiles at Al Udeid air base in Qatar on Monday.",
     [("ASSAULT", "190", ["IRN"], ["QAT"], "asserted", "fired")]),
    ("Israel struck the Hodeidah port in Yemen on Sunday.",
     [("ASSAULT", "190", ["ISR"], ["YEM"], "asserted", "struck")]),
    # look-alike: a base named by its owner keeps the owner
    ("Iran fired missiles at a US air base in Qatar on Monday.",
     [("ASSAULT", "190", ["IRN"], ["USA"], "asserted", "fired")]),
]


@pytest.mark.parametrize(("text", "expected"), LOCATED_BODIES)
def test_an_uncoded_body_attacked_in_a_state_is_that_state(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
