"""Evaluation of event coding on whole reports: are the core events of each report found?

A gold folder holds the reports (any format eventwire reads) and ``gold.jsonl``: one line
per report with ``file`` and ``events``; each event has ``core`` (true for the news of the
report), ``plover``, ``cameo``, ``source`` and ``target`` (CAMEO actor codes; an empty
target is left open) and optionally ``alt_plover`` (other types the codebook allows for the
same deed) and ``alt_source`` (other acceptable sources). See
``tests/fixtures/reports/README.md``.

Match rules (per report; each predicted event matches at most one gold event, gold events
in file order). Negated events are not predictions. A gold event is found
- on **type** when a predicted event has its PLOVER type or one of ``alt_plover``;
- on **dyad** when, in addition, the sources share a code (or ``alt_source`` does) and, if
  the gold has a target, the targets share a code;
- on **cameo** when, in addition to the dyad, the two-digit CAMEO roots are equal.
Codes compare as in :mod:`eventwire.evaluation.plover`: the gold code's first three letters
after the quirk table, the predicted actor's country or the first three letters of its code,
IGO and NGO as one class. Recall is reported for core events and for all events; precision
(on the dyad level) is matched events over predicted events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score
from eventwire.evaluation.plover import overlap, quirk_table
from eventwire.models import Report

LEVELS = ("type", "dyad", "cameo")


@dataclass(frozen=True)
class GoldReportEvent:
    file: str
    core: bool
    plover: frozenset[str]  # the type and its alternatives
    cameo: str
    source: frozenset[str]
    alt_source: frozenset[str]
    target: frozenset[str]
    trigger: str


@dataclass(frozen=True)
class PredictedEvent:
    plover: str
    cameo: str
    source: frozenset[str]
    target: frozenset[str]
    trigger: str


@dataclass(frozen=True)
class ReportResult:
    file: str
    gold: tuple[GoldReportEvent, ...]
    predicted: tuple[PredictedEvent, ...]
    found: tuple[tuple[bool, bool, bool], ...]  # per gold event: type, dyad, cameo


@dataclass(frozen=True)
class ReportScores:
    core: dict[str, Score]
    all: dict[str, Score]
    reports: tuple[ReportResult, ...] = field(repr=False, default=())


def read_gold(folder: Path) -> list[tuple[str, list[GoldReportEvent]]]:
    path = folder / "gold.jsonl"
    if not path.exists():
        raise EvaluationError(f"{folder}: no gold.jsonl; see tests/fixtures/reports/README.md")
    quirks = quirk_table()

    def codes(values: Iterable[str]) -> frozenset[str]:
        return frozenset(quirks.get(str(c)[:3], str(c)[:3]) for c in values if c)

    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            name = str(data["file"])
            events = [GoldReportEvent(
                file=name, core=bool(e.get("core", True)),
                plover=frozenset([e["plover"], *(e.get("alt_plover") or [])]),
                cameo=str(e["cameo"]), source=codes(e["source"]),
                alt_source=codes(e.get("alt_source") or []), target=codes(e.get("target") or []),
                trigger=str(e.get("trigger", ""))) for e in data["events"]]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvaluationError(f"{path}, line {lineno}: not a report record ({exc}); "
                                  "expected file and events") from exc
        if not (folder / name).exists():
            raise EvaluationError(f"{path}, line {lineno}: report {name!r} is not in {folder}")
        out.append((name, events))
    return out


def predictions(report: Report) -> tuple[PredictedEvent, ...]:
    codes = {a.id: a.country or (a.code or "")[:3] or None for a in report.actors}

    def side(refs: Iterable[Any]) -> frozenset[str]:
        return frozenset(c for r in refs if (c := r.country or codes.get(r.actor)))

    return tuple(PredictedEvent(e.plover, e.cameo, side(e.source), side(e.target),
                                e.evidence.trigger.text)
                 for e in report.events if not e.negated)


def levels(gold: GoldReportEvent, event: PredictedEvent) -> tuple[bool, bool, bool]:
    typed = event.plover in gold.plover
    sourced = typed and (overlap(event.source, gold.source)
                         or overlap(event.source, gold.alt_source)
                         or not gold.source and not event.source)
    dyad = sourced and (not gold.target or overlap(event.target, gold.target))
    return typed, dyad, dyad and event.cameo[:2] == gold.cameo[:2]


def match_report(name: str, gold: list[GoldReportEvent], predicted: tuple[PredictedEvent, ...]
                 ) -> ReportResult:
    """Per level, a greedy one-to-one match in gold order (core events first)."""
    order = sorted(range(len(gold)), key=lambda k: not gold[k].core)
    found = [[False, False, False] for _ in gold]
    for level in range(len(LEVELS)):
        used: set[int] = set()
        for k in order:
            for j, event in enumerate(predicted):
                if j not in used and levels(gold[k], event)[level]:
                    used.add(j)
                    found[k][level] = True
                    break
    # a stricter level found implies the looser ones (greedy order can differ per level)
    return ReportResult(name, tuple(gold), predicted,
                        tuple((a or b or c, b or c, c) for a, b, c in found))


def evaluate_reports(folder: str | Path, engine: Any) -> ReportScores:
    """Score ``engine`` (an :class:`eventwire.api.Engine`) on the reports in ``folder``."""
    folder = Path(folder)
    results = []
    for name, gold in read_gold(folder):
        report = next(iter(engine.extract([folder / name])))
        results.append(match_report(name, gold, predictions(report)))
    n_pred = sum(len(r.predicted) for r in results)

    def scores(core_only: bool) -> dict[str, Score]:
        pairs = [(g, f) for r in results for g, f in zip(r.gold, r.found, strict=True)
                 if g.core or not core_only]
        return {level: Score(sum(f[i] for _, f in pairs), n_pred, len(pairs))
                for i, level in enumerate(LEVELS)}

    return ReportScores(scores(True), scores(False), tuple(results))


def format_reports(result: ReportScores, verbose: bool = False) -> str:
    core = result.core["dyad"]
    lines = [f"Whole reports: {len(result.reports)} reports, {core.gold} core events, "
             f"{result.all['dyad'].gold} in all, {core.predicted} predicted events",
             f"{'level':<10}{'core R':>8}{'found':>7}{'all R':>8}{'found':>7}"]
    for level in LEVELS:
        c, a = result.core[level], result.all[level]
        lines.append(f"{level:<10}{c.recall:>8.3f}{c.matched:>7}{a.recall:>8.3f}{a.matched:>7}")
    lines.append(f"core events found (type+source+target): {core.matched}/{core.gold} = "
                 f"{core.recall:.3f}; precision over all events "
                 f"{result.all['dyad'].precision:.3f}")
    if verbose:
        for r in result.reports:
            lines.append(f"# {r.file}")
            for g, f in zip(r.gold, r.found, strict=True):
                mark = "".join("x" if m else "." for m in f)
                kind = "core " if g.core else "other"
                lines.append(f"  {mark} {kind} {'/'.join(sorted(g.plover))} "
                             f"{sorted(g.source)}->{sorted(g.target)} | {g.trigger}")
            for p in r.predicted:
                lines.append(f"  got {p.plover} {p.cameo} {sorted(p.source)}->{sorted(p.target)}"
                             f" | {p.trigger}")
    return "\n".join(lines)
