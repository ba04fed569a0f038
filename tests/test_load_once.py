"""Data loaded once per process, not again inside an ingest run (benchmarks/throughput.py
found each of these inside the timed pipeline: a second read of the CAMEO pattern
dictionary at the first object "it", and sources.yaml parsed again for every task of a
parallel ingest)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from eventwire.ingest import reader_context
from eventwire.lexicon.patterns import PatternDictionary
from eventwire.settings import Settings
from eventwire.sources import SourceTable


def test_the_pattern_dictionary_is_read_once_and_shared() -> None:
    first = PatternDictionary.load()
    assert PatternDictionary.load() is first
    assert first.own_code("condemn") == "111"  # the packaged dictionary (CAMEO 111)


def engine_with(settings: Settings, sources: SourceTable) -> Any:
    """An engine as reader_context sees it: its settings and its loaded source table."""
    return cast(Any, SimpleNamespace(settings=settings, resources=SimpleNamespace(
        sources=sources)))


def test_reading_uses_the_engines_source_table() -> None:
    settings = Settings()
    loaded = SourceTable({})
    assert reader_context(settings, engine_with(settings, loaded)).sources is loaded


def test_an_engine_loaded_with_other_source_files_is_not_used(tmp_path: Path) -> None:
    extra = tmp_path / "sources.yaml"
    extra.write_text("sources:\n  example.org: {timezone: Asia/Tehran}\n", "utf-8")
    settings = Settings().with_(sources_files=(extra,))
    loaded = SourceTable({})
    context = reader_context(settings, engine_with(Settings(), loaded))
    assert context.sources is not loaded
    assert context.sources.lookup("www.example.org") is not None
    assert reader_context(settings).sources.lookup("www.example.org") is not None
