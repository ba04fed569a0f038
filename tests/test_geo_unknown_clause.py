"""A name the gazetteer lacks is located only by a place named in its own clause (review
finding F7, session 9): "recaptured the village of Robotyne, the General Staff in Kyiv said" —
Kyiv is where the speaker is, some 600 km away, not where Robotyne lies. Such a name is kept at
country precision with no point (the article's places are not close enough together to give a
local area); a place in its clause, an apposition or a relative clause on it still places it
("Kelendougou, a hamlet near Bankass"; "Salt Creek, which runs past farms near Zanesville").
The first sentence is the reviewer's, the rest ours."""

from __future__ import annotations

import pytest

NO_POINT = "not in the gazetteer; in {}, the country of the places in its sentence (none in " \
           "its clause locates it)"
AT = "not in the gazetteer; placed at {}, the known place named nearest to it"

CASES: list[tuple[str, str, tuple]] = [
    ("Ukrainian troops recaptured the village of Robotyne, the General Staff in Kyiv said.",
     "Robotyne", ("UKR", "country", None, NO_POINT.format("UKR"))),
    ("Sudanese troops retook the village of Um Dabakir on Sunday, military sources in Khartoum "
     "said.", "Um Dabakir", ("SDN", "country", None, NO_POINT.format("SDN"))),
    ("Myanmar's army bombed the village of Pazigyi, the junta in Naypyidaw confirmed.",
     "Pazigyi", ("MMR", "country", None, NO_POINT.format("MMR"))),
    # look-alikes: the locating place is in the name's clause
    ("Gunmen burned Kelendougou, a hamlet near Bankass, on Monday.",
     "Kelendougou", ("MLI", "city", "Bankass", AT.format("Bankass"))),
    ("Residents along Salt Creek, which runs past farms near Zanesville, were told not to let "
     "livestock drink from it.",
     "Salt Creek", ("USA", "city", "Zanesville", AT.format("Zanesville"))),
    # a river or lake is located by the nearest town of its sentence, in any clause (session
    # 10): a river is where the towns around it are, not where a speaker is
    ("Engineers released water from Carrow Lake, officials in Paducah said on Friday.",
     "Carrow Lake", ("USA", "site", "Paducah", AT.format("Paducah"))),
]


@pytest.mark.parametrize(("text", "name", "want"), CASES, ids=[c[1] for c in CASES])
def test_a_name_the_gazetteer_lacks_is_placed_only_by_its_own_clause(
        analyse, text: str, name: str, want: tuple) -> None:
    places = analyse(text)["places"]
    place = next(p for p in places if p["name"] == name)
    anchor = next((p for p in places if p["name"] == want[2]), None)
    assert (place["country"], place["precision"], place["lat"], place["lon"],
            place["resolution"]) == (
        want[0], want[1], anchor["lat"] if anchor else None, anchor["lon"] if anchor else None,
        want[3])
