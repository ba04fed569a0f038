from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.api import Engine
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KAYHAN = SHARED / "samples" / "kayhan-137320.txt"
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is optional)")
    return path


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(Settings())


@pytest.fixture(scope="session")
def kayhan_report(engine: Engine) -> dict:
    return next(engine.extract([need(KAYHAN)])).to_dict()
