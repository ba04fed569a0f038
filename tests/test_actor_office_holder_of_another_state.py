"""An unnamed office holder in the object is not the subject state's own (session 12
review, F6).

"The United States promised the president more air defence systems" after "Ukraine's
leader arrived in Washington": a description that is no reflexive is not bound by its own
clause's subject, and a state does not act on its own office holder as on a party, so the
subject's state is no reading of "the president" (coreference reads it, as before the
office-holder rule). "The kingdom" is a state noun coreference binds, not an official. A
body of the state acting on its own office holder stays a domestic act. Our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-05-02T09:00:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's leader arrived in Washington on Thursday. The United States promised the "
     "president more air defence systems.",
     [("CONSULT", "042", ["UKR"], ["USA"], "asserted", "arrived"),
      ("AGREE", "030", ["USA"], ["UKR"], "asserted", "promised")]),
    ("Saudi Arabia hosted the talks on Sunday. The United States thanked the kingdom for its "
     "mediation.",
     [("CONSULT", "043", ["SAU"], [], "asserted", "hosted"),
      ("SUPPORT", "051", ["USA"], ["SAU"], "asserted", "thanked")]),
    # a body of the state and its own office holder: domestic
    ("Peru's congress removed the president from office on Friday.",
     [("SANCTION", "160", ["PERLEG"], ["PERGOV"], "asserted", "removed")]),
])
def test_an_office_holder_in_the_object_is_not_the_subject_states(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected
