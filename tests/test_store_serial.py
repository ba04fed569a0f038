"""The store's record JSON (eventwire.store.serial): orjson's bytes where they are the standard
library's, the standard library's wherever they could differ; a store written the fast way is
the store written the standard way, row for row (eventwire.store.dump)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import DEMO
from eventwire.ingest import ingest
from eventwire.models import ActorRef, Evidence, Offsets, Place, Span, record_dict
from eventwire.settings import Settings
from eventwire.store import Store, serial
from eventwire.store.dump import dump
from eventwire.store.records import split_event, split_record

PICKED = ("kyivindependent-27641.txt", "tass-19847702.txt", "timesofisrael-3000187.txt",
          "kayhan-138512.txt", "gaza-ceasefire-first-hostages-freed.html")


def _standard(value: Any) -> str:
    return json.dumps(record_dict(value), ensure_ascii=False, separators=(",", ":"))


def _place(lat: Any, lon: Any = 51.4) -> Place:
    return Place(name="Tehrān", country="IRN", lat=lat, lon=lon, precision="city",
                 geonameid=112931, start=3, end=9, basis="text", resolution="“capital”")


def _event(**changes: Any) -> Any:
    from eventwire.models import Event

    base = Event(id="e1", plover="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
                 source=(ActorRef("IRN", "Iran", "IRN", "GOV", "IRNGOV"),),
                 target=(ActorRef("RUS", "Russia", "RUS"),),
                 evidence=Evidence(Offsets(0, 20), Span(5, 9, "met\u2028\"x\"")),
                 place=_place(35.7), confidence=0.85)
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize("value", [
    _place(35.6892, 51.389), _place(None, None), _place(0.0, -0.0), _place(1e-4, -1e-4),
    _place(1e-05, 51.4), _place(-2.5e-07, 1.0), _place(1e16, 1.0), _place(9999999999999998.0),
    _place(float("nan")), _place(float("inf")), _place(-float("inf")), _place(35, 51),
    _event(), _event(goldstein=-10), _event(goldstein=3.4e-05), _event(confidence=float("nan")),
    _event(place=_place(1.5e-300)), _event(quad_class=1.0), _event(quad_class=2**70),
    _event(cameo="0\x00\x1f\x7f\\é😀"),
])
def test_record_json_is_the_standard_librarys_text(value: Any) -> None:
    assert serial.record_json(value) == _standard(value)
    if hasattr(value, "goldstein"):
        assert split_record(value) == split_event(record_dict(value))


def test_float_forms_orjson_would_write_differently_take_the_standard_way() -> None:
    assert serial.record_json(_place(1e-05)) == (
        '{"name":"Tehrān","country":"IRN","lat":1e-05,"lon":51.4,"precision":"city",'
        '"geonameid":112931,"start":3,"end":9,"basis":"text","resolution":"“capital”"}')
    assert serial.fast_bytes(_place(1e-05)) is None
    assert serial.fast_bytes(_place(1e16)) is None
    assert serial.fast_bytes(_place(float("nan"))) is None
    assert serial.record_json(_place(float("nan"))).startswith(
        '{"name":"Tehrān","country":"IRN","lat":NaN,')
    assert serial.fast_bytes(_event(quad_class=1.0)) is None  # a float where an int belongs
    assert serial.fast_bytes(_place(35.6892, 51.389)) is not None


def test_a_record_with_an_attribute_beyond_its_fields_is_written_as_record_dict_writes_it() -> None:
    span = Span(1, 2, "a")
    object.__setattr__(span, "cached", 5)  # orjson would write it; record_dict does not
    assert serial.record_json(span) == '{"start":1,"end":2,"text":"a"}'
    assert serial.plain_json({1: "a", "b": [1.0, 1e-05]}) == '{"1":"a","b":[1.0,1e-05]}'


def test_every_record_of_the_demo_reports_is_written_byte_for_byte(engine: Any) -> None:
    from eventwire.ingest import reader_context
    from eventwire.readers import read_paths

    items = list(read_paths([DEMO / name for name in PICKED], reader_context(Settings())))
    reports = list(engine.analyse(items))
    records = [r for rep in reports for r in (
        rep.pipeline, *rep.actors, *rep.events, *rep.quotes, *rep.times, *rep.places)]
    assert len(records) > 250
    fast = 0
    for record in records:
        assert serial.record_json(record) == _standard(record)
        fast += serial.fast_bytes(record) is not None
    assert fast == len(records)  # the demo's records all take orjson's way
    for event in (e for rep in reports for e in rep.events):
        assert split_record(event) == split_event(record_dict(event))


def test_a_store_written_through_orjson_is_the_store_the_standard_way_writes(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in PICKED:
        shutil.copy(DEMO / name, folder / name)
    with Store(tmp_path / "fast.db") as store:
        ingest([folder], store, Settings(), engine=engine)
    with monkeypatch.context() as patch:
        patch.setattr(serial, "fast_bytes", lambda value: None)
        with Store(tmp_path / "standard.db") as store:
            ingest([folder], store, Settings(), engine=engine)
    fast, standard = list(dump(tmp_path / "fast.db")), list(dump(tmp_path / "standard.db"))
    assert len(fast) > 1000
    assert fast == standard
