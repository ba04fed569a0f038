"""Whole-article reading of places: one sense per discourse, short forms, organisations
of a place, countries evident from local names (own sentences)."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.discourse import agree_senses, repeat_mentions, short_forms
from eventwire.geo.recognise import Mention, find_mentions, split_lists
from ner_spans import ent


def read(text: str, gaz: Gazetteer, *ents: Mention) -> list[tuple[str, str, str | None]]:
    """(span, place name, country) for every place, repeats included, in text order."""
    mentions = find_mentions(text, list(ents), gaz)
    places = agree_senses(text, resolve_places(mentions, gaz, GeoContext(text=text)))
    places += repeat_mentions(text, places, list(ents))
    return [(text[p.start:p.end], p.name, p.country)  # type: ignore[misc]
            for p in sorted(places, key=lambda p: p.start or 0)]


def test_short_forms() -> None:
    assert short_forms("County Tipperary") == ["County Tipperary", "Tipperary"]
    assert short_forms("Zamfara State") == ["Zamfara State", "Zamfara"]
    assert short_forms("Coyuca de Benítez") == ["Coyuca de Benítez", "Coyuca"]
    assert short_forms("ZANESVILLE") == ["Zanesville"]
    assert short_forms("Va.") == []


def test_a_name_placed_once_is_placed_at_its_other_mentions(gaz: Gazetteer) -> None:
    text = ("Floods cut roads in Wheeling, West Virginia, on Monday. Trucks bound for Pittsburgh "
            "and Wheeling were held, and Wheeling's mayor asked for help.")
    got = read(text, gaz, ent(text, "Wheeling", "GPE"), ent(text, "West Virginia", "GPE"),
               ent(text, "Pittsburgh", "GPE"), ent(text, "Wheeling", "PERSON", 2))
    assert got == [("Wheeling", "Wheeling", "USA"), ("West Virginia", "West Virginia", "USA"),
                   ("Pittsburgh", "Pittsburgh", "USA"), ("Wheeling", "Wheeling", "USA"),
                   ("Wheeling", "Wheeling", "USA")]


def test_repeats_keep_the_reading_and_say_why(gaz: Gazetteer) -> None:
    text = "Storms hit Georgia, near Atlanta, on Sunday. Later Georgia declared an emergency."
    mentions = find_mentions(text, [ent(text, "Georgia", "GPE"), ent(text, "Atlanta", "GPE")],
                             gaz)
    places = resolve_places(mentions, gaz, GeoContext(text=text))
    repeats = repeat_mentions(text, places, [])
    assert [(p.name, p.country, p.start, p.resolution) for p in repeats] == [
        ("Georgia", "USA", text.rindex("Georgia"),
         "the same name as 'Georgia' elsewhere in the article (one sense per discourse)")]


def test_a_repeat_inside_another_name_is_not_the_place(gaz: Gazetteer) -> None:
    text = ("Rain fell on Lismore overnight. Sydney Smith said North Lismore flooded and "
            "Mr Lismore, a farmer, lost cattle. Police in Sydney closed roads.")
    got = read(text, gaz, ent(text, "Lismore", "GPE"), ent(text, "Sydney Smith", "PERSON"),
               ent(text, "North Lismore", "GPE"), ent(text, "Sydney", "GPE", 1))
    # North Lismore is a place of its own (a GeoNames village of 500+ people), not a
    # repeat of Lismore
    assert [g[0] for g in got] == ["Lismore", "North Lismore", "Sydney"]


def test_organisations_of_a_place_name_the_place(gaz: Gazetteer) -> None:
    text = ("The Ohio Department of Transportation closed the road, and the Insurance Council "
            "of Australia said claims would rise. Anglo American fell.")
    got = read(text, gaz, ent(text, "The Ohio Department of Transportation", "ORG"),
               ent(text, "the Insurance Council of Australia", "ORG"),
               ent(text, "Anglo American", "ORG"))
    assert got == [("Ohio", "Ohio", "USA"), ("Australia", "Australia", "AUS")]


def test_a_list_tagged_as_one_name_is_read_name_by_name() -> None:
    text = "Jobs went to Clonmel and Thurles."
    assert split_lists([ent(text, "Clonmel and Thurles", "ORG")]) == [
        ent(text, "Clonmel", "ORG"), ent(text, "Thurles", "ORG")]


def test_local_names_make_their_country_evident(gaz: Gazetteer) -> None:
    # no country is named; Queensland and Brisbane leave no doubt it is Australia, so an
    # ORG-labelled town after "parts of" is read as the Australian town
    text = ("Rain fell across Queensland and Brisbane, and low-lying parts of Beenleigh "
            "were evacuated.")
    got = read(text, gaz, ent(text, "Queensland", "GPE"), ent(text, "Brisbane", "GPE"),
               ent(text, "Beenleigh", "ORG"))
    assert got == [("Queensland", "Queensland", "AUS"), ("Brisbane", "Brisbane", "AUS"),
                   ("Beenleigh", "Beenleigh", "AUS")]
    lone = "An analyst said low-lying parts of Beenleigh were evacuated."
    assert read(lone, gaz, ent(lone, "Beenleigh", "ORG")) == []


def test_australian_state_abbreviation_and_no_lower_case_places(gaz: Gazetteer) -> None:
    text = "The NSW Premier flew to Lismore, and the creek rose."
    got = read(text, gaz, ent(text, "NSW", "ORG"), ent(text, "Lismore", "GPE"),
               ent(text, "the creek", "LOC"))
    assert got[0] == ("NSW", "New South Wales", "AUS")
    assert [g[0] for g in got] == ["NSW", "Lismore"]


def test_names_the_gazetteer_lacks_are_placed_in_the_local_area(gaz: Gazetteer) -> None:
    from eventwire.geo.area import area_places

    text = ("Crews from Zanesville, New Concord and Cambridge, Ohio, met in the village of "
            "Gratiot, where Dmitry Oblonsky farms. Later Oblonsky drove to Coshocton.")
    ents = [ent(text, n, "GPE") for n in ("Zanesville", "New Concord", "Cambridge", "Ohio",
                                          "Gratiot", "Coshocton")]
    ents += [ent(text, "Dmitry Oblonsky", "PERSON"), ent(text, "Oblonsky", "GPE", 1)]
    mentions = find_mentions(text, ents, gaz)
    places = resolve_places(mentions, gaz, GeoContext(text=text))
    extra = area_places(text, mentions, places, gaz, ["Dmitry Oblonsky"])
    assert [(p.name, p.country, p.precision, p.geonameid) for p in extra] == [
        ("Gratiot", "USA", "region", None)]
    assert extra[0].resolution is not None and extra[0].resolution.startswith(
        "not in the gazetteer; placed at the article's local centre, ")
    # an article whose places range over continents gets no such guess
    wide = "Talks in Paris, Tokyo and Lima ended; envoys met in the village of Gratiot."
    went = [ent(wide, n, "GPE") for n in ("Paris", "Tokyo", "Lima", "Gratiot")]
    found = find_mentions(wide, went, gaz)
    assert area_places(wide, found, resolve_places(found, gaz, GeoContext(text=wide)),
                       gaz) == []


def test_the_article_s_main_region_outweighs_one_it_names_once(gaz: Gazetteer) -> None:
    text = ("Crews from Zanesville, Marietta and Cambridge, Ohio, and a truck from Pittsburgh, "
            "Pennsylvania, reached the office in Logan.")
    names = ("Zanesville", "Marietta", "Cambridge", "Ohio", "Pittsburgh", "Pennsylvania", "Logan")
    got = read(text, gaz, *(ent(text, n, "GPE") for n in names))
    logan = [g for g in got if g[0] == "Logan"]
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    admin1 = {p.name: p for p in resolve_places(mentions, gaz, GeoContext(text=text))}
    assert logan == [("Logan", "Logan", "USA")]
    assert admin1["Logan"].lat is not None and 39.4 < admin1["Logan"].lat < 39.6  # Logan, Ohio


def test_a_bare_preposition_places_no_unknown_name_in_the_local_area(gaz: Gazetteer) -> None:
    from eventwire.geo.area import area_places

    # a macro-region or a made-up name after "in"/"toward" is no village of the local area
    text = ("Crews from Zanesville, New Concord and Cambridge, Ohio, met on Monday. Mayors in "
            "the Corn Belt said the driver fled toward Pumpkinland.")
    ents = [ent(text, n, "GPE") for n in ("Zanesville", "New Concord", "Cambridge", "Ohio")]
    ents += [ent(text, "Corn Belt", "LOC"), ent(text, "Pumpkinland", "GPE")]
    mentions = find_mentions(text, ents, gaz)
    places = resolve_places(mentions, gaz, GeoContext(text=text))
    assert area_places(text, mentions, places, gaz) == []


def test_a_person_named_like_a_county_is_not_the_county(gaz: Gazetteer) -> None:
    text = ("Snow shut schools in Sullivan County on Thursday. Senator Tom Sullivan toured the "
            "border. Sullivan said the state would pay for the plows.")
    got = read(text, gaz, ent(text, "Sullivan County", "GPE"),
               ent(text, "Tom Sullivan", "PERSON"), ent(text, "Sullivan", "PERSON", 2))
    assert got == [("Sullivan County", "Sullivan County", "USA")]
    # no full name in the article: the verb of saying makes the bare name a person
    said = "Water closed bridges in Harris County overnight. Harris promised federal money."
    assert read(said, gaz, ent(said, "Harris County", "GPE"),
                ent(said, "Harris", "PERSON", 1)) == [
        ("Harris County", "Harris County", "USA")]


def test_universities_and_teams_that_only_borrow_a_place_name(gaz: Gazetteer) -> None:
    text = ("Students at Columbia University and Georgetown University marched, the Kansas "
            "City Chiefs cancelled practice, and Istanbul University closed.")
    got = read(text, gaz, ent(text, "Columbia University", "ORG"),
               ent(text, "Georgetown University", "ORG"),
               ent(text, "the Kansas City Chiefs", "ORG"),
               ent(text, "Istanbul University", "ORG"))
    assert got == [("Istanbul", "Istanbul", "TUR")]


def test_an_evidenced_reading_wins_over_a_prior_one(gaz: Gazetteer) -> None:
    text = ("A tornado tore through Paris, Texas, and nearby Clarksville on Sunday. Volunteers "
            "from Dallas brought water. In Paris, the mayor said 40 homes were damaged.")
    got = read(text, gaz, *(ent(text, n, "GPE") for n in ("Paris", "Texas", "Clarksville",
                                                          "Dallas")),
               ent(text, "Paris", "GPE", 1))
    assert got == [("Paris", "Paris", "USA"), ("Texas", "Texas", "USA"),
                   ("Clarksville", "Clarksville", "USA"), ("Dallas", "Dallas", "USA"),
                   ("Paris", "Paris", "USA")]
    mentions = find_mentions(text, [ent(text, "Paris", "GPE", 1)], gaz)
    assert [p.country for p in resolve_places(mentions, gaz, GeoContext(text=text))] == ["FRA"]
