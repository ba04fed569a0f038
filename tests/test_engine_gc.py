"""The garbage collector is tuned only where eventwire owns the process: the CLI and the
worker processes ingest starts. A library user's Engine.load() leaves it as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import api, gctuning, ingest
from eventwire.cli import main
from eventwire.settings import Settings


class Loaded:
    """Stands for the loaded resources (no model needed to see what loading does)."""


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process eventwire does not own yet, Python's default thresholds, a cheap 'load';
    the test process's own collector state is put back afterwards."""
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    monkeypatch.setattr(gctuning, "_PROCESS", gctuning._Process())
    monkeypatch.setattr(api.Resources, "load", classmethod(lambda cls, settings: Loaded()))
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)
    if frozen == 0:
        gc.unfreeze()


def _frozen(obj: object) -> bool:
    return not any(o is obj for o in gc.get_objects())


@pytest.mark.usefixtures("collector")
def test_a_library_load_leaves_the_collector_alone() -> None:
    frozen = gc.get_freeze_count()
    loaded = api.load_resources(Settings())
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == frozen
    assert not _frozen(loaded)


@pytest.mark.usefixtures("collector")
def test_the_cli_sets_the_thresholds_and_freezes_what_it_loads(tmp_path: Path) -> None:
    gc.set_threshold(700, 5, 10)  # set exactly, whatever the process had: eventwire runs it
    db = tmp_path / "gc.db"
    CliRunner().invoke(main, ["--db", str(db), "extract", str(tmp_path / "none")])
    assert gc.get_threshold() == gctuning.GC_THRESHOLDS == (50_000, 20, 100)
    assert _frozen(api.load_resources(Settings()))


@pytest.mark.usefixtures("collector")
def test_a_worker_process_of_ingest_is_tuned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api.Engine, "load", classmethod(lambda cls, s: api.load_resources(s)))
    monkeypatch.setattr(ingest, "_WORKER", ingest._Worker())
    ingest._init_worker(Settings())  # the spawn pool's initializer; a fork pool's: own_process
    assert gc.get_threshold() == (50_000, 20, 100)
    assert _frozen(ingest._WORKER.engine)
