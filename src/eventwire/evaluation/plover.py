"""Evaluation of event coding against PLOVER-style gold records (JSON Lines).

Each record: ``text`` (one sentence), ``plover`` (the gold event type), ``source`` and
``target`` (lists of ``{text, code, sector}`` with CAMEO-style actor codes; ``target`` may
be empty). Each record has one gold event (``"plover": null``: none, so every prediction on it
is extra); the engine analyses the text as an article.

Actor codes are compared as country codes: gold codes go through the CAMEO quirk table
(``data/actors/cameo_quirks.tsv``: JAP → JPN, ROM → ROU, …, plus :data:`EXTRA_QUIRKS`);
non-country gold codes (IGO, NGO, IMG, …) stay as they are. A predicted actor's code is its
country, else the first three letters of its CAMEO code (IGOUNO → IGO). IGO and NGO compare as
one class, "international organisation": the gold records follow an older practice that codes
the Red Cross or Amnesty International IGO, where CAMEO's actor dictionaries (and ours) say NGO.

Match rules. Negated events are not predictions (a negated CONSULT is not a CONSULT).
A predicted event matches the gold event
- on **type** when the PLOVER types are equal;
- on **type+source** when, in addition, its source codes share at least one code with the
  gold source codes (compound actors: one shared member is enough), or both have no source;
- on **type+source+target** when, in addition, the targets share a code, or the gold has
  no target (the gold coders left it open).
Per level, each gold event is matched by at most one predicted event: precision =
matched / predicted events, recall = matched / gold events, F1 their harmonic mean.
**Extra events per gold event** = (predicted events − type matches) / gold events.
The confusion table counts, per gold type, the predicted type: the gold type when some
prediction has it, else the first predicted type, else ``NONE``.

Reciprocal events. eventwire codes a symmetric act of two parties with no other target
("A and B agreed …") as two directed events on one mention (A → B, B → A); a PLOVER record
codes it as one event with both in the actor list. Such a pair counts as one predicted event
with both parties on each side.

Halves. A dev file is split by a fixed rule so that errors can be read on one half and the
other half kept unseen: records are numbered from 0 in file order (blank lines skipped);
half ``a`` holds the even-numbered records, half ``b`` the odd ones (:func:`half_of`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score, TextEngine
from eventwire.models import Report

EXTRA_QUIRKS = {"ITL": "ITA", "VTN": "VNM", "UK": "GBR"}
LEVELS = ("type", "type+source", "type+source+target")
PUBLISHED = "2025-02-26T00:09:00+03:30"


@dataclass(frozen=True)
class GoldEvent:
    id: str
    text: str
    plover: str | None  # None: a sentence with no event (every prediction on it is extra)
    source: frozenset[str]
    target: frozenset[str]


@dataclass(frozen=True)
class Predicted:
    plover: str
    source: frozenset[str]
    target: frozenset[str]


@dataclass(frozen=True)
class RecordResult:
    gold: GoldEvent
    predicted: tuple[Predicted, ...]
    levels: tuple[bool, bool, bool]  # matched at type, type+source, type+source+target


@dataclass(frozen=True)
class EventScores:
    scores: dict[str, Score]
    extra_per_gold: float
    confusion: dict[str, Counter[str]]
    records: tuple[RecordResult, ...] = field(repr=False, default=())


def quirk_table() -> dict[str, str]:
    text = (files("eventwire") / "data" / "actors" / "cameo_quirks.tsv").read_text("utf-8")
    table = dict(EXTRA_QUIRKS)
    for line in text.splitlines()[1:]:
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2 or cells[0] == "cameo":
            continue
        if cells[1].strip():
            table[cells[0].strip()] = cells[1].strip()
    return table


HALVES = ("a", "b")


def half_of(number: int) -> str:
    """The half of record ``number`` (0-based, file order): even → ``a``, odd → ``b``."""
    return HALVES[number % 2]


def numbered_lines(path: Path, half: str | None = None) -> Iterator[tuple[int, str]]:
    """(line number, line) of the non-blank lines of ``path``, only those in ``half`` if given."""
    if half is not None and half not in HALVES:
        raise EvaluationError(f"unknown half {half!r}; use a or b")
    number = 0
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if half is None or half_of(number) == half:
            yield lineno, line
        number += 1


def read_gold(path: Path, quirks: dict[str, str], half: str | None = None) -> list[GoldEvent]:
    records = []
    for lineno, line in numbered_lines(path, half):
        try:
            data = json.loads(line)
            records.append(gold_event(data, quirks, f"{path}:{lineno}"))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvaluationError(f"{path}, line {lineno}: not a PLOVER record ({exc}); "
                                  "expected text, plover, source and target") from exc
    return records


def gold_event(data: dict[str, Any], quirks: dict[str, str], where: str) -> GoldEvent:
    def codes(actors: Iterable[dict[str, Any]]) -> frozenset[str]:
        return frozenset(quirks.get(a["code"], a["code"]) for a in actors if a.get("code"))

    return GoldEvent(id=str(data.get("id", where)), text=data["text"], plover=data["plover"],
                     source=codes(data["source"]), target=codes(data.get("target") or []))


def predictions(report: Report) -> tuple[Predicted, ...]:
    actors = {a.id: a for a in report.actors}

    def code(actor_id: str, country: str | None) -> str | None:
        if country:
            return country
        actor = actors.get(actor_id)
        return actor.code[:3] if actor is not None and actor.code else None

    def codes(refs: Iterable[Any]) -> frozenset[str]:
        return frozenset(c for r in refs if (c := code(r.actor, r.country)))

    out: dict[tuple[Any, ...], Predicted] = {}
    for e in report.events:
        if e.negated:
            continue
        event = Predicted(e.plover, codes(e.source), codes(e.target))
        key = (e.plover, e.cameo, e.evidence.trigger.start, e.evidence.trigger.end)
        half = out.get(key)
        if half is not None and (half.source, half.target) == (event.target, event.source):
            # one reciprocal event told in both directions (A → B and B → A on one
            # mention: events/build.py) is one PLOVER event with both parties as its actor
            # list (manual, "Compound and Reciprocal Actors"); both stay on either side
            both = half.source | half.target
            out[key] = Predicted(e.plover, both, both)
            continue
        out[key if half is None else (*key, len(out))] = event
    return tuple(out.values())


INTERNATIONAL = frozenset({"IGO", "NGO"})


def overlap(predicted: frozenset[str], gold: frozenset[str]) -> bool:
    """Codes shared, with IGO and NGO as one class (see the module docstring)."""
    if predicted & gold:
        return True
    return bool(predicted & INTERNATIONAL and gold & INTERNATIONAL)


def match_levels(gold: GoldEvent, predicted: Iterable[Predicted]) -> tuple[bool, bool, bool]:
    best = (False, False, False)
    if gold.plover is None:
        return best
    for p in predicted:
        typed = p.plover == gold.plover
        sourced = typed and (overlap(p.source, gold.source) or not gold.source and not p.source)
        targeted = sourced and (not gold.target or overlap(p.target, gold.target))
        best = max(best, (typed, sourced, targeted))
    return best


def score(results: list[RecordResult]) -> EventScores:
    n_gold = sum(r.gold.plover is not None for r in results)
    n_pred = sum(len(r.predicted) for r in results)
    scores = {level: Score(sum(r.levels[i] for r in results), n_pred, n_gold)
              for i, level in enumerate(LEVELS)}
    extra = (n_pred - scores["type"].matched) / n_gold if n_gold else 0.0
    confusion: dict[str, Counter[str]] = {}
    for r in results:
        if r.gold.plover is None:
            continue
        types = [p.plover for p in r.predicted]
        guess = r.gold.plover if r.gold.plover in types else (types[0] if types else "NONE")
        confusion.setdefault(r.gold.plover, Counter())[guess] += 1
    return EventScores(scores, extra, confusion, tuple(results))


def evaluate_plover(path: str | Path, engine: TextEngine, half: str | None = None
                    ) -> EventScores:
    """Score ``engine`` (anything with ``analyse_text``) on the PLOVER records in ``path``
    (only those of ``half`` ``a`` or ``b`` if given: see :func:`half_of`)."""
    gold = read_gold(Path(path), quirk_table(), half)
    results = []
    for record in gold:
        predicted = predictions(engine.analyse_text(record.text, published=PUBLISHED))
        results.append(RecordResult(record, predicted, match_levels(record, predicted)))
    return score(results)


def format_scores(result: EventScores, title: str = "PLOVER") -> str:
    gold = next(iter(result.scores.values())).gold if result.scores else 0
    lines = [f"{title} event coding: {gold} gold events",
             f"{'level':<22}{'P':>7}{'R':>7}{'F1':>7}{'matched':>9}{'pred':>6}{'gold':>6}"]
    for level, s in result.scores.items():
        lines.append(f"{level:<22}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                     f"{s.matched:>9}{s.predicted:>6}{s.gold:>6}")
    lines.append(f"extra events per gold event: {result.extra_per_gold:.3f}")
    lines.append("confusion (gold type: predicted type counts)")
    for gold_type in sorted(result.confusion):
        counts = ", ".join(f"{t} {n}" for t, n in result.confusion[gold_type].most_common())
        lines.append(f"  {gold_type:<10} {counts}")
    return "\n".join(lines)
