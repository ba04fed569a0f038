"""Evaluation of event coding against PETRARCH-style CAMEO gold records (JSON Lines).

Each record: ``text`` (a sentence) and the expected event, either flat (``code``,
``source``, ``target``) or as a list under ``events`` (each with those keys; an empty list is
a sentence with no event, whose predictions all count against precision). ``code`` is a
CAMEO event code string ("042", "1312"); ``source`` and ``target`` are CAMEO actor codes
("USAGOV", "IRN", "IGOUNO") or lists of them.

Actor codes compare on their first three letters after the quirk table of
:mod:`eventwire.evaluation.plover` (USAGOV → USA, JAPGOV → JPN, IGOUNO → IGO).
Event codes compare on the two-digit CAMEO root (04 "consult" matches 042 "visit"); the
scores for the exact code are reported as well.

Match rules (per level, each gold event matched at most once): **type** = same root;
**type+source** = same root and a shared source code; **type+source+target** = also a
shared target code, or no gold target. ``exact`` = the full code is equal. Negated events
are not predictions. Precision = matched / predicted events, recall = matched / gold
events; extra events per gold event = (predicted − type matches) / gold events. The
confusion table counts gold roots against the predicted root (``NONE`` when nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score, TextEngine
from eventwire.evaluation.plover import (
    PUBLISHED,
    EventScores,
    format_scores,
    numbered_lines,
    overlap,
    quirk_table,
)
from eventwire.models import Report

LEVELS = ("type", "type+source", "type+source+target", "exact")


@dataclass(frozen=True)
class GoldCameo:
    text: str
    code: str
    source: frozenset[str]
    target: frozenset[str]


@dataclass(frozen=True)
class CameoRecord:
    predicted: tuple[tuple[str, frozenset[str], frozenset[str]], ...]
    gold: GoldCameo
    levels: tuple[bool, bool, bool, bool]


def actor_codes(value: Any, quirks: dict[str, str]) -> frozenset[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return frozenset(quirks.get(str(c)[:3], str(c)[:3]) for c in items if c)


def read_gold(path: Path, half: str | None = None) -> list[tuple[str, list[GoldCameo]]]:
    """(sentence, its gold events) per record; ``"events": []`` is a sentence with no event,
    on which every prediction is an extra one."""
    quirks = quirk_table()
    out = []
    for lineno, line in numbered_lines(path, half):
        try:
            data = json.loads(line)
            events = data["events"] if "events" in data else [data]
            out.append((data["text"], [GoldCameo(data["text"], str(event["code"]),
                                                 actor_codes(event.get("source"), quirks),
                                                 actor_codes(event.get("target"), quirks))
                                       for event in events]))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise EvaluationError(f"{path}, line {lineno}: not a CAMEO record ({exc}); "
                                  "expected text, code, source and target") from exc
    return out


def predictions(report: Report) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    codes = {a.id: a.country or (a.code or "")[:3] or None for a in report.actors}

    def side(refs: Iterable[Any]) -> frozenset[str]:
        return frozenset(c for r in refs if (c := r.country or codes.get(r.actor)))

    return tuple((e.cameo, side(e.source), side(e.target))
                 for e in report.events if not e.negated)


def levels(gold: GoldCameo, predicted: Iterable[tuple[str, frozenset[str], frozenset[str]]]
           ) -> tuple[bool, bool, bool, bool]:
    best = (False, False, False, False)
    for code, source, target in predicted:
        typed = code[:2] == gold.code[:2]
        sourced = typed and (overlap(source, gold.source) or not gold.source and not source)
        targeted = sourced and (not gold.target or overlap(target, gold.target))
        best = max(best, (typed, sourced, targeted, targeted and code == gold.code))
    return best


def evaluate_cameo(path: str | Path, engine: TextEngine, half: str | None = None
                   ) -> EventScores:
    """Score ``engine`` (anything with ``analyse_text``) on the CAMEO records in ``path``
    (records of one half only if ``half`` is ``a`` or ``b``: even/odd record numbers)."""
    by_text: dict[str, tuple[tuple[str, frozenset[str], frozenset[str]], ...]] = {}
    records = []
    for text, events in read_gold(Path(path), half):
        if text not in by_text:
            by_text[text] = predictions(engine.analyse_text(text, published=PUBLISHED))
        records += [CameoRecord(by_text[text], item, levels(item, by_text[text]))
                    for item in events]
    n_pred = sum(len(p) for p in by_text.values())
    scores = {level: Score(sum(r.levels[i] for r in records), n_pred, len(records))
              for i, level in enumerate(LEVELS)}
    confusion: dict[str, Counter[str]] = {}
    for r in records:
        roots = [code[:2] for code, _, _ in r.predicted]
        guess = r.gold.code[:2] if r.gold.code[:2] in roots else (roots[0] if roots else "NONE")
        confusion.setdefault(r.gold.code[:2], Counter())[guess] += 1
    extra = (n_pred - scores["type"].matched) / len(records) if records else 0.0
    return EventScores(scores, extra, confusion)


def format_cameo(result: EventScores, half: str | None = None) -> str:
    return format_scores(result, title=f"CAMEO (half {half})" if half else "CAMEO")
