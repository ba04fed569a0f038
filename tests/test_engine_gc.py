"""Loading the engine raises the garbage collector's thresholds, never lowers them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from eventwire.api import GC_THRESHOLDS, collect_less_often


@pytest.fixture
def thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


@pytest.mark.usefixtures("thresholds")
def test_the_defaults_are_raised() -> None:
    gc.set_threshold(700, 10, 10)  # Python's defaults
    collect_less_often()
    assert gc.get_threshold() == GC_THRESHOLDS == (50_000, 20, 100)


@pytest.mark.usefixtures("thresholds")
def test_a_callers_higher_threshold_is_kept() -> None:
    gc.set_threshold(200_000, 5, 1_000)
    collect_less_often()
    assert gc.get_threshold() == (200_000, 20, 1_000)
