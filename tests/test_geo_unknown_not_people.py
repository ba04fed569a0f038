"""Names the gazetteer lacks that are no places (review finding F15, session 9): the NER often
labels a foreign surname or a bare polity noun GPE. By one sense per discourse a name that is a
person of the article (or a word of one) is no place, and "the Islamic Republic", "the Kingdom",
"the Strip" are the rest of a state's or territory's name, not a village. The first sentence is
the reviewer's, the rest ours; places the gazetteer knows stay."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, list[str]]] = [
    ("Lavrov met Araghchi in Moscow; Peskov said Shoigu and Gerasimov would join Putin in Sochi.",
     ["Moscow", "Sochi"]),
    ("Iranian Foreign Minister Abbas Araghchi arrived in Muscat. Araghchi said the Islamic "
     "Republic would not negotiate under pressure.", ["Muscat"]),
    ("Secretary of State Antony Blinken flew to Seoul on Monday. Blinken said the Kingdom had "
     "agreed to host the talks, and officials said the Strip would get more aid.", ["Seoul"]),
    # look-alike: a name the gazetteer lacks with a place of its own clause stays
    ("Gunmen burned Kelendougou, a hamlet near Bankass, on Monday.", ["Kelendougou", "Bankass"]),
]


@pytest.mark.parametrize(("text", "names"), CASES, ids=[c[1][0] for c in CASES])
def test_people_and_polity_fragments_are_no_places(analyse, text: str,
                                                   names: list[str]) -> None:
    assert [p["name"] for p in analyse(text)["places"]] == names
