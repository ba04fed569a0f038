"""The place evaluation: gold format, matching and scoring rules, the packaged set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation.places import (
    default_path,
    distance_km,
    evaluate_places,
    format_place_scores,
    read_passages,
)
from eventwire.models import Article, PipelineInfo, Place, Report

TEXT = "Police in Nenagh and Limerick said a man from Cork was held."


class Fixed:
    """An engine that always reports the same places."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places

    def analyse_text(self, text: str, **meta: object) -> Report:
        info = PipelineInfo("test", "none", "none", ())
        return Report(Article("a1", text), info, places=tuple(self.places))


def at(name: str, lat: float, lon: float, gid: int | None = None) -> Place:
    start = TEXT.index(name)
    return Place(name, "IRL", lat, lon, "city", gid, start, start + len(name), "text")


def gold_file(tmp_path: Path, **extra: object) -> Path:
    places = []
    for name, lat, lon in (("Nenagh", 52.86, -8.20), ("Limerick", 52.66, -8.63),
                           ("Cork", 51.90, -8.47)):
        start = TEXT.index(name)
        places.append({"start": start, "end": start + len(name), "text": name,
                       "lat": lat, "lon": lon})
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "t1", "half": "A", "text": TEXT, "places": places,
                                **extra}) + "\n", encoding="utf-8")
    return path


def test_scoring_rules(tmp_path: Path) -> None:
    engine = Fixed([at("Nenagh", 52.86194, -8.19667),
                    at("Limerick", 40.0, -80.0),          # matched, but far away
                    at("Police", 52.0, -8.0)])            # not a gold place
    scores = evaluate_places(gold_file(tmp_path), engine)
    assert (scores.gold, scores.predicted, scores.matched, scores.right) == (3, 3, 2, 1)
    assert format_place_scores(scores).splitlines()[:5] == [
        "passages 1  gold places 3  predicted 3  matched 2",
        "precision        0.667",
        "recall           0.667",
        "F1               0.667",
        "accuracy@161 km  0.500 (1/2 matched)",
    ]
    assert scores.errors == [
        "t1: wrong 'Limerick' -> Limerick (IRL, city, 40.00,-80.00, text), 5420 km off",
        "t1: missed 'Cork'",
        "t1: extra 'Police' -> Police (IRL, city, 52.00,-8.00, text)",
    ]


def test_same_geonames_id_is_right_whatever_the_point(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    start = TEXT.index("Cork")
    path.write_text(json.dumps({"id": "t2", "text": TEXT, "places": [
        {"start": start, "end": start + 4, "geonameid": 2965140}]}) + "\n", encoding="utf-8")
    scores = evaluate_places(path, Fixed([at("Cork", 0.0, 0.0, 2965140)]))
    assert (scores.matched, scores.right, scores.errors_km) == (1, 1, [])


def test_halves_select_passages(tmp_path: Path) -> None:
    path = gold_file(tmp_path)
    assert len(read_passages(path, "A")) == 1
    assert read_passages(path, "B") == []


def test_bad_offsets_are_reported_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": TEXT, "places": [
        {"start": 0, "end": 6, "text": "Nenagh", "lat": 1, "lon": 1}]}) + "\n", "utf-8")
    with pytest.raises(EvaluationError, match=r"bad.jsonl:1: offsets 0-6 do not slice 'Nenagh'"):
        read_passages(path)


def test_distance() -> None:
    assert round(distance_km(51.5074, -0.1278, 48.8566, 2.3522)) == 344  # London-Paris


def test_packaged_set_is_well_formed() -> None:
    passages = read_passages(default_path())
    assert len(passages) >= 40
    assert {p.half for p in passages} == {"A", "B"}
    assert sum(len(p.places) for p in passages) >= 150


def test_kinds_and_not_places_are_scored(tmp_path: Path) -> None:
    text = "Sydney Smith flew from Nenagh to Cork."
    gold = [{"start": text.index(n), "end": text.index(n) + len(n), "text": n, "lat": la,
             "lon": lo, "kind": k} for n, la, lo, k in (("Nenagh", 52.86, -8.20, "town"),
                                                        ("Cork", 51.90, -8.47, "city"))]
    path = tmp_path / "kinds.jsonl"
    path.write_text(json.dumps({"id": "k1", "text": text, "places": gold, "not_places": [
        {"start": 0, "end": 12, "text": "Sydney Smith"}]}) + "\n", encoding="utf-8")

    def place(name: str, lat: float, lon: float) -> Place:
        start = text.index(name)
        return Place(name, "AUS", lat, lon, "city", None, start, start + len(name), "text")

    scores = evaluate_places(path, Fixed([place("Sydney", -33.87, 151.21),
                                          place("Nenagh", 52.86, -8.20)]))
    assert format_place_scores(scores, errors=True).splitlines()[6:] == [
        "",
        "by kind           gold  recall  accuracy@161",
        "  city               1  0.000   0.000",
        "  town               1  1.000   1.000",
        "not-places placed 1/1",
        "",
        "errors:",
        "  k1: missed 'Cork'",
        "  k1: extra 'Sydney' -> Sydney (AUS, city, -33.87,151.21, text)",
        "  k1: not a place 'Sydney Smith' was placed",
    ]


def test_second_packaged_set_is_well_formed() -> None:
    passages = read_passages(default_path().with_name("places2.jsonl"))
    assert len(passages) == 40
    assert {p.half for p in passages} == {"A", "B"}
    assert sum(len(p.places) for p in passages) >= 200
    assert all(place.kind for p in passages for place in p.places)
    assert sum(len(p.not_places) for p in passages) >= 10


def test_whole_article_set_marks_every_mention() -> None:
    """places3.jsonl: 14 whole articles; a name marked once is marked (or listed as a
    not-place) at every other occurrence in its article, repeats and short forms included."""
    passages = read_passages(default_path().with_name("places3.jsonl"))
    assert len(passages) == 14
    assert {p.half for p in passages} == {"A", "B"}
    assert all(len(p.text.split()) >= 400 for p in passages)
    assert sum(len(p.places) for p in passages) >= 550
    for item in passages:
        spans = [(g.start, g.end) for g in item.places] + list(item.not_places)
        for name in {item.text[g.start:g.end] for g in item.places}:
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", item.text):
                assert any(s <= hit.start() < e for s, e in spans), (item.id, name, hit.start())
