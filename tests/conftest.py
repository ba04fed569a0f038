from __future__ import annotations

import dataclasses
import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventwire.api import Engine
from eventwire.geo import Gazetteer
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KAYHAN = SHARED / "samples" / "kayhan-137320.txt"
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"

# Settings that only change how inputs are read, not what is loaded: an engine with other
# values for these shares the loaded resources.
READER_ONLY = ("max_bytes", "min_words", "default_timezone")


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is optional)")
    return path


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Browser tests skip cleanly when Playwright or Debian's Chromium is absent."""
    if item.get_closest_marker("browser") is None:
        return
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")


@pytest.fixture(scope="session", autouse=True)
def _one_engine() -> Iterator[None]:
    """One engine for the whole suite: ``Engine.load`` with the default resource settings
    (the ``engine`` fixture, the CLI, ingest without an engine) loads it once and returns it
    from then on; tests that need other data files (``--actors``, ``--lexicon``) load their own."""
    original = Engine.load.__func__  # type: ignore[attr-defined]
    shared: list[Engine] = []

    def load(cls: type[Engine], settings: Settings | None = None) -> Engine:
        settings = settings or Settings()
        default = Settings()
        if dataclasses.replace(settings, **{n: getattr(default, n) for n in READER_ONLY}) \
                != default:
            return original(cls, settings)
        if not shared:
            shared.append(original(cls, default))
        if settings == default:
            return shared[0]
        resources = dataclasses.replace(shared[0].resources, settings=settings)
        return cls(resources, shared[0].pipeline)

    patch = pytest.MonkeyPatch()
    patch.setattr(Engine, "load", classmethod(load))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(Settings())


@pytest.fixture(scope="session")
def analyse(engine: Engine) -> Callable[[str], dict]:
    """The report a user sees for a text of ours, as JSON (the actor tests' entry point),
    published on a fixed day so relative dates are stable."""
    def run(text: str) -> dict:
        return engine.analyse_text(text, published="2025-03-05T12:00:00+00:00").to_dict()
    return run


@pytest.fixture(scope="session")
def kayhan_report(engine: Engine) -> dict:
    return next(engine.extract([need(KAYHAN)])).to_dict()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The bundled gazetteer, loaded afresh for each test module (the place tests)."""
    return Gazetteer.load()
