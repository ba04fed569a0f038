"""Evaluation against gold files. Every evaluator takes an engine: anything with
``analyse_text`` (the library's :class:`eventwire.api.Engine`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from eventwire.errors import EvaluationError
from eventwire.models import Report


class TextEngine(Protocol):
    def analyse_text(self, text: str, **meta: object) -> Report: ...


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 from counts: matched (correct) among predicted and gold."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_lines(path: Path) -> list[tuple[str, str]]:
    """``(where, line)`` for every line of a JSONL gold file that is not blank, ``where`` being
    ``path:number`` for the messages about that record; a missing file is an EvaluationError."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError as exc:
        raise EvaluationError(f"{path}: file not found") from exc
    return [(f"{path}:{number}", line) for number, line in enumerate(lines, start=1)
            if line.strip()]
