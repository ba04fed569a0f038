"""The learned event classifier: a multinomial logistic regression over the features of
:mod:`.features`, read from a JSON weights file (``data/learned/event_classifier.json``,
written by ``scripts/train_event_classifier.py``). Loaded once as a resource and passed to
the event stage; it never changes after loading."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy
from spacy.tokens import Token

from eventwire.errors import ConfigError
from eventwire.events.learned.features import ActorAt, dense, indicators

NONE = "NONE"
FORMAT = 1


def packaged_weights() -> Path:
    return Path(str(files("eventwire") / "data" / "learned" / "event_classifier.json"))


@dataclass(frozen=True)
class EventClassifier:
    classes: tuple[str, ...]  # PLOVER types and NONE
    columns: dict[str, int]  # indicator name -> column of ``sparse``
    bias: numpy.ndarray  # (classes,)
    dense_weights: numpy.ndarray  # (classes, 3 × vector width)
    sparse_weights: numpy.ndarray  # (classes, indicators)
    codes: dict[str, str]  # PLOVER type -> the CAMEO code an event of it gets
    floor: float  # the least probability of a type that codes an event
    veto: float | None = None  # P(NONE) at which a rule trigger is dropped (None: never)

    @classmethod
    def from_dict(cls, data: dict[str, object], floor: float | None = None,
                  veto: float | None = None) -> EventClassifier:
        if data.get("format") != FORMAT:
            raise ConfigError(f"learned event classifier: format {data.get('format')!r}, "
                              f"expected {FORMAT}")
        features = [str(f) for f in data["features"]]  # type: ignore[attr-defined]
        return cls(classes=tuple(str(c) for c in data["classes"]),  # type: ignore[attr-defined]
                   columns={f: i for i, f in enumerate(features)},
                   bias=numpy.asarray(data["bias"], dtype=numpy.float32),
                   dense_weights=numpy.asarray(data["dense"], dtype=numpy.float32),
                   sparse_weights=numpy.asarray(data["sparse"], dtype=numpy.float32),
                   codes={str(k): str(v) for k, v in data["codes"].items()},  # type: ignore[attr-defined]
                   floor=float(data["floor"]) if floor is None else floor,  # type: ignore[arg-type]
                   veto=veto if veto is not None else (
                       None if data.get("veto") is None else float(data["veto"])))  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path | None = None, floor: float | None = None,
             veto: float | None = None) -> EventClassifier:
        path = Path(path) if path is not None else packaged_weights()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"learned event classifier {path}: {exc}") from exc
        return cls.from_dict(data, floor, veto)

    def probabilities(self, tokens: Sequence[Token], actor_at: ActorAt,
                      sentence_numbers: Sequence[int]) -> numpy.ndarray:
        """One row of class probabilities per token."""
        if not tokens:
            return numpy.zeros((0, len(self.classes)), dtype=numpy.float32)
        vectors = numpy.stack([dense(t) for t in tokens])
        logits = vectors @ self.dense_weights.T + self.bias
        for row, (token, number) in enumerate(zip(tokens, sentence_numbers, strict=True)):
            cols = [c for f in indicators(token, actor_at, number)
                    if (c := self.columns.get(f)) is not None]
            if cols:
                logits[row] += self.sparse_weights[:, cols].sum(axis=1)
        logits -= logits.max(axis=1, keepdims=True)
        exp = numpy.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def rejected(self, tokens: Sequence[Token], actor_at: ActorAt,
                 sentence_numbers: Sequence[int]) -> list[bool]:
        """Per token: the classifier gives NONE at least the veto probability."""
        if self.veto is None:
            return [False] * len(tokens)
        probs = self.probabilities(tokens, actor_at, sentence_numbers)
        none = self.classes.index(NONE)
        return [bool(row[none] >= self.veto) for row in probs]

    def classify(self, tokens: Sequence[Token], actor_at: ActorAt,
                 sentence_numbers: Sequence[int]) -> list[tuple[str, float] | None]:
        """The most likely event type of each token (NONE aside) and its probability, or
        None when that probability is below the floor."""
        probs = self.probabilities(tokens, actor_at, sentence_numbers)
        out: list[tuple[str, float] | None] = []
        none = self.classes.index(NONE)
        for row in probs:
            row = row.copy()
            row[none] = -1.0
            best = int(row.argmax())
            out.append((self.classes[best], float(row[best])) if row[best] >= self.floor
                       else None)
        return out
