"""A body the text gives no country, after a quotation (issue 10, whole reports, session 13).

An unqualified body ("the Foreign Ministry", "the interior minister") takes the state named
last before it in its sentence. A state named inside a quotation the body is not in is the
speaker's words, not a description of the speaker: the body takes the report's setting.
"""

from __future__ import annotations

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


def test_a_state_in_the_quote_is_not_the_speakers(engine: Engine) -> None:
    text = ("BEIJING, March 4 (Xinhua) -- China on Tuesday added ten U.S. firms to its "
            "unreliable entity list.\n\n\"Washington must stop arming Taiwan,\" the Foreign "
            "Ministry said in a statement.\n\nThe ministry urged the United States to honour "
            "its commitments.")
    assert rows(engine, text)[-1] == ("REQUEST", "020", ["CHNGOV"], ["USA"], "asserted",
                                      "urged")


def test_a_state_before_the_body_outside_quotes_still_counts(engine: Engine) -> None:
    text = ("BEIJING, March 4 (Xinhua) -- China on Tuesday added ten U.S. firms to its "
            "unreliable entity list.\n\nIn Taipei, Taiwan's foreign ministry urged the "
            "United States to keep its commitments.")
    assert event_rows(engine, text, PUBLISHED)[-1] == (
        "REQUEST", "020", ["TWN"], ["USA"], "asserted", "urged")
