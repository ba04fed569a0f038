from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from conftest import KAYHAN, need
from eventwire.errors import PipelineError
from eventwire.pipeline import Pipeline, Stage

SCHEMA = json.loads(resources.files("eventwire").joinpath("data/schema/report.schema.json")
                    .read_text("utf-8"))


def test_kayhan_report_validates_and_has_header(kayhan_report: dict) -> None:
    jsonschema.validate(kayhan_report, SCHEMA)
    article = kayhan_report["article"]
    assert kayhan_report["schema"] == "eventwire.report/1"
    assert (article["source"], article["source_id"]) == ("kayhan.ir", "137320")
    assert article["published"] == "2025-02-26T00:09:00+03:30"
    assert article["title"] == "No Possibility of Direct Talks With U.S."
    assert article["language"] == "en"
    assert kayhan_report["pipeline"]["spacy_model"] == "en_core_web_md-3.8.0"


def test_kayhan_people_have_the_right_countries(kayhan_report: dict) -> None:
    people = {a["name"]: a for a in kayhan_report["actors"] if a["kind"] == "person"}
    expected = {"Abbas Araghchi": "IRN", "Sergei Lavrov": "RUS", "Masoud Pezeshkian": "IRN",
                "Vladimir Putin": "RUS", "Donald Trump": "USA", "Marco Rubio": "USA"}
    assert {name: people[name]["country"] for name in expected} == expected
    araghchi = people["Abbas Araghchi"]
    assert (araghchi["sector"], araghchi["role"]) == ("GOV", "foreign minister")
    texts = {m["text"] for m in araghchi["mentions"]}
    assert {"Abbas Araghchi", "Araghchi", "The Iranian foreign minister"} <= texts


def test_kayhan_states_by_name_capital_and_demonym(kayhan_report: dict) -> None:
    states = {a["id"]: {m["text"] for m in a["mentions"]} for a in kayhan_report["actors"]
              if a["kind"] == "state"}
    assert {"Washington", "the United States"} <= states["USA"] | {"the United States"}
    assert "Washington" in states["USA"] and "Tehran" in states["IRN"]
    assert "Moscow" in states["RUS"] and "Russian" in states["RUS"]


def test_every_offset_slices_the_text(kayhan_report: dict) -> None:
    text = kayhan_report["article"]["text"]
    spans = [m for a in kayhan_report["actors"] for m in a["mentions"]]
    spans += [e["evidence"]["trigger"] for e in kayhan_report["events"]]
    spans += [q["cue"] for q in kayhan_report["quotes"] if q["cue"]]
    spans += kayhan_report["times"]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    for quote in kayhan_report["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for event in kayhan_report["events"]:
        sentence = event["evidence"]["sentence"]
        assert sentence["start"] <= event["evidence"]["trigger"]["start"] < sentence["end"]


def test_same_article_same_ids(engine, kayhan_report: dict) -> None:
    again = next(engine.extract([need(KAYHAN)])).to_dict()
    assert again == kayhan_report


def test_dateline_is_not_part_of_the_subject(kayhan_report: dict) -> None:
    text = kayhan_report["article"]["text"]
    mentions = [m for a in kayhan_report["actors"] for m in a["mentions"]]
    dateline = text.index("TEHRAN –")
    assert not any(m["start"] <= dateline < m["end"] for m in mentions)


def test_pipeline_order_is_checked() -> None:
    noop = lambda doc: None  # noqa: E731
    with pytest.raises(PipelineError) as err:
        Pipeline((Stage("events", ("doc", "actors"), ("events",), noop),
                  Stage("parse", ("nlp_text",), ("doc",), noop)))
    assert str(err.value) == ("stage 'events' needs doc, actors but no earlier stage adds it; "
                              "move it after the stage that adds it")
