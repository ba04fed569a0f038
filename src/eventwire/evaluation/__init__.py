"""Evaluation against gold files. Every evaluator takes an engine: anything with
``analyse_text`` (the library's :class:`eventwire.api.Engine`)."""

from __future__ import annotations

from typing import Protocol

from eventwire.models import Report


class TextEngine(Protocol):
    def analyse_text(self, text: str, **meta: object) -> Report: ...
