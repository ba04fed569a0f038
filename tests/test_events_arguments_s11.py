"""Who is source and who is target on unseen wire text (issue 10, session 11). Every
sentence is our own; several wordings per class.

1. F9: a name inside a noun compound on the act noun ("EU accession talks", "UN sanctions")
   is not its source when a verb that ends, refuses or plans the act has a subject: that
   subject acts; the name is the partner or topic, the target when no slot names one. A
   name on an act noun that is itself the subject or the object of a neutral verb keeps
   its agent reading ("US strikes hit ...", "announced US sanctions").
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


COMPOUND_PARTNERS = [
    ("Georgia suspended EU accession talks on Thursday.",
     [("SANCTION", "164", ["GEO"], ["IGOEUREEC"], "asserted", "suspended")]),
    ("Serbia froze EU membership negotiations after the vote.",
     [("SANCTION", "164", ["SRB"], ["IGOEUREEC"], "asserted", "froze")]),
    ("Azerbaijan ended OSCE mediation talks in Vienna.",
     [("SANCTION", "164", ["AZE"], ["IGOEUR"], "asserted", "ended")]),
    ("Iran rejected UN sanctions on its oil sector.",
     [("REJECT", "120", ["IRN"], ["IGOUNO"], "asserted", "rejected")]),
    # a slot of the noun names the partner: it stays the target
    ("Turkey halted NATO accession talks with Sweden on Monday.",
     [("SANCTION", "164", ["TUR"], ["SWE"], "asserted", "halted")]),
    # look-alikes: the name on the noun is its agent
    ("US strikes hit Houthi targets in Yemen on Saturday.",
     [("ASSAULT", "195", ["USA"], ["YEMREB"], "asserted", "hit")]),
    ("Washington announced US sanctions on Iranian oil exports.",
     [("SANCTION", "163", ["USA"], ["IRN"], "asserted", "sanctions")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_PARTNERS)
def test_a_name_on_the_act_noun_is_the_partner_when_the_subject_acts(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
