"""A long feature named in a report on one of its countries is placed at its reach there
(session 13, issue 12): the Nile in news from Sudan, the Danube in Serbia, the Andes in
Peru; with no such country, or several and no towns to choose by, its own point stays.
Our own passages."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.reaches import reaches
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def feature(text: str, gaz: Gazetteer, names: list[str], name: str
            ) -> tuple[str | None, float | None, float | None, str | None]:
    mentions = find_mentions(text, [ent(text, n, "GPE" if n != name else "LOC")
                                    for n in names], gaz)
    found = [p for p in resolve_places(mentions, gaz, GeoContext(text=text))
             if text[p.start or 0:p.end or 0] == name]
    assert len(found) == 1
    return found[0].country, found[0].lat, found[0].lon, found[0].basis


def test_the_nile_in_a_report_on_sudan_is_the_sudanese_nile(gaz: Gazetteer) -> None:
    text = ("Fighting spread to towns along the Nile north of Khartoum on Sunday, and "
            "thousands of families fled by boat toward Atbara.")
    assert feature(text, gaz, ["Nile", "Khartoum", "Atbara"], "Nile") == (
        "SDN", 16.6, 33.4, "reach")


def test_the_danube_in_serbia_and_the_andes_in_peru(gaz: Gazetteer) -> None:
    text = ("Water levels on the Danube rose to their highest in a decade, and riverside "
            "homes were evacuated in Novi Sad and Smederevo.")
    assert feature(text, gaz, ["Danube", "Novi Sad", "Smederevo"], "Danube") == (
        "SRB", 44.8, 20.8, "reach")
    text = ("Heavy snow closed mountain passes in the Andes, stranding lorries on the road "
            "between Lima and Huancayo, Peru's transport ministry said.")
    assert feature(text, gaz, ["Andes", "Lima", "Huancayo", "Peru"], "Andes") == (
        "PER", -12.0, -75.3, "reach")


def test_several_countries_and_no_town_keep_the_features_own_point(gaz: Gazetteer) -> None:
    text = "Egypt, Sudan and Ethiopia again failed to agree on sharing the Nile's water."
    assert feature(text, gaz, ["Egypt", "Sudan", "Ethiopia", "Nile"], "Nile") == (
        None, 20.0, 32.5, "text")
    text = "Cruise bookings on the Nile fell by half, travel agents in London said."
    assert feature(text, gaz, ["Nile", "London"], "Nile") == (None, 20.0, 32.5, "text")


def test_every_reach_names_a_curated_feature_and_one_of_its_countries(
        gaz: Gazetteer) -> None:
    for name, found in reaches().items():
        rows = [e for e in gaz.candidates(name) if e.name == name and e.country is None
                and e.origin != "gazetteer"]
        assert rows, name
        assert {country for country, _, _ in found} <= set(rows[0].near), name


def test_in_a_report_on_two_of_its_countries_its_own_sentence_decides(
        gaz: Gazetteer) -> None:
    text = ("Fighting in central Mali displaced thousands around Mopti last week. On Monday, "
            "gunmen attacked a ferry on the Niger River near Ayorou, killing six.")
    names = ["Mali", "Mopti", "Niger River", "Ayorou"]
    assert feature(text, gaz, names, "Niger River") == ("NER", 13.5, 2.1, "reach")
    text = ("Gunmen attacked ferries on the Niger River near Mopti and Ayorou on Monday, "
            "killing six.")
    assert feature(text, gaz, ["Niger River", "Mopti", "Ayorou"], "Niger River")[3] == "text"
