"""Feature names written with their generic word ("Mt. Kilimanjaro", "the Etna volcano",
"Lesbos Island", "River Severn"): found as one place and looked up under the form the
gazetteer knows, whatever label (or none) the NER gave the name."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import Mention, find_mentions, generic_feature_spans
from ner_spans import ent


def places(text: str, gaz: Gazetteer, *ents: Mention) -> list[tuple[str, str, str | None]]:
    mentions = find_mentions(text, list(ents), gaz)
    return [(text[p.start or 0:p.end or 0], p.name, p.country)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_mt_abbreviation_reads_as_mount(gaz: Gazetteer) -> None:
    text = "Two climbers were rescued on Mt. Kilimanjaro on Sunday after a storm."
    assert places(text, gaz, ent(text, "Mt. Kilimanjaro", "LOC")) == [
        ("Mt. Kilimanjaro", "Mount Kilimanjaro", "TZA")]


def test_a_volcano_the_ner_took_for_a_person(gaz: Gazetteer) -> None:
    text = "The Etna volcano erupted again overnight, sending ash over Catania."
    assert places(text, gaz, ent(text, "Etna", "PERSON"), ent(text, "Catania", "GPE")) == [
        ("Etna volcano", "Mount Etna", "ITA"), ("Catania", "Catania", "ITA")]


def test_island_word_after_a_curated_island(gaz: Gazetteer) -> None:
    text = "Fishermen from Lesbos Island said the dinghies had set out at dawn."
    assert places(text, gaz, ent(text, "Lesbos Island", "GPE")) == [
        ("Lesbos Island", "Lesbos", "GRC")]


def test_river_before_and_after_the_name(gaz: Gazetteer) -> None:
    text = "Water in the River Severn rose overnight, and the Yangtze River burst its banks."
    assert [m[2] for m in generic_feature_spans(text, [], gaz)] == ["River Severn", "Yangtze River"]


def test_a_town_with_a_generic_word_is_no_feature_of_that_name(gaz: Gazetteer) -> None:
    # "Victoria" is a state and a town, no curated island: "Victoria Island" is not read
    # as Victoria; "Mount Sinai Hospital" is a hospital, not the mountain
    text = "Traffic was heavy on Victoria Island, and he was taken to Mount Sinai Hospital."
    assert generic_feature_spans(text, [], gaz) == []


def test_a_known_whole_name_keeps_its_own_form(gaz: Gazetteer) -> None:
    text = "A barge sank on Lake Como and ash fell from Mount Etna."
    assert [(m[2], m[3]) for m in generic_feature_spans(text, [], gaz)] == [
        ("Lake Como", "FEATURE"), ("Mount Etna", "FEATURE")]
