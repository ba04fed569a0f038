"""The name shown for an organisation the NER cut short before a place in its name (review
finding F13, session 9): "The Movement for Democracy in Chad (MDC), a rebel group …" was shown
as "Movement for Democracy in". A span ending in a function word runs over the proper nouns
after it; one followed by "in/of" + proper nouns and the bracketed short name runs up to the
bracket. The first sentence is the reviewer's, the rest ours (the last a look-alike)."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, tuple[str, str]]] = [
    ("The Movement for Democracy in Chad (MDC), a rebel group based in Libya, attacked an army "
     "post in Tibesti.", ("Movement for Democracy in Chad", "TCDREB")),
    ("The Front for Democracy in Burundi (FDB), a rebel group based in Congo, attacked a border "
     "post.", ("Front for Democracy in Burundi", "BDIREB")),
    ("The Alliance for Change in Darfur (ACD), an armed group active in Jebel Marra, attacked a "
     "police station.", ("Alliance for Change in Darfur", "SDNUAF")),
    ("The National Front for the Defence of Cameroon (NFDC), a separatist group active in "
     "Bamenda, attacked a police station.", ("National Front for the Defence of Cameroon",
                                             "CMRREB")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[1][0] for c in CASES])
def test_an_apposed_group_shows_its_whole_name(analyse, text: str,
                                               want: tuple[str, str]) -> None:
    start = text.index(want[0])
    actor = next(a for a in analyse(text)["actors"]
                 if any(m["start"] <= start < m["end"] for m in a["mentions"]))
    assert (actor["name"], actor["code"]) == want
