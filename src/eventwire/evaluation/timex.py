"""Evaluation of the temporal tagger against TempEval-3-style JSON Lines gold.

Each record: ``doc_id``, ``dct`` (document creation date), ``text`` and ``timex`` (a list
of ``{text, start, end, type, value}``). The anchor is ``dct`` at 12:00 UTC; a record whose
``dct`` is null is anchored at the first full date of its opening lines (the dateline), and
without one only anchor-independent expressions are tagged.

Scores: strict (exact span) and relaxed (overlapping span, one-to-one) extraction
precision/recall/F1; type accuracy over relaxed matches; value F1, where a gold timex is
correct when its relaxed match has exactly the gold value (precision = correct /
predicted, recall = correct / gold); value accuracy over relaxed matches (the figure to
read on sets whose annotators skipped many expressions, such as MEANTIME); and the
confusion of gold type against predicted type (``-`` = missed / spurious).

Dev sets are split into two fixed halves by document order parity: half ``a`` holds the
1st, 3rd, 5th ... record, half ``b`` the 2nd, 4th ... Errors are read from half ``a`` only;
half ``b`` is scored to show whether a change generalises.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score
from eventwire.models import TimeRef
from eventwire.timex import absolute_times, tag_times

_DAY_FIRST = re.compile(r"(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>\d{4})")
_GOLD_FIELDS = {"text": str, "start": int, "end": int, "type": str, "value": str}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    dct: datetime | None  # None: no creation date (anchored at the dateline's date)
    text: str
    timex: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class DocCounts:
    doc_id: str
    gold: int
    predicted: int
    strict: int
    relaxed: int
    value_correct: int


@dataclass(frozen=True)
class TimexError:
    doc_id: str
    kind: str  # missed|spurious|value|type
    gold: str | None  # "text (TYPE value)"
    predicted: str | None
    context: str


MISSING = "-"  # row/column of the type confusion for unmatched gold / predictions
TYPES = ("DATE", "TIME", "DURATION", "SET", MISSING)


@dataclass(frozen=True)
class TimexScores:
    strict: Score
    relaxed: Score
    value: Score
    type_correct: int
    documents: tuple[DocCounts, ...] = ()
    errors: tuple[TimexError, ...] = field(default=(), repr=False)
    confusion: tuple[tuple[str, str, int], ...] = ()  # (gold type, predicted type, count)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed.matched if self.relaxed.matched else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches whose value is exactly the gold value."""
        return self.value.matched / self.relaxed.matched if self.relaxed.matched else 0.0


# --- loading ---------------------------------------------------------------------------


def _fail(path: Path, line: int, what: str) -> EvaluationError:
    return EvaluationError(f"{path}:{line}: {what}")


def _gold_timex(item: Any, text: str, path: Path, line: int, index: int) -> GoldTimex:
    if not isinstance(item, dict):
        raise _fail(path, line, f"timex[{index}] is not an object")
    for name, kind in _GOLD_FIELDS.items():
        if not isinstance(item.get(name), kind) or isinstance(item.get(name), bool):
            raise _fail(path, line, f"timex[{index}] field {name!r} missing or not {kind.__name__}")
    start, end = item["start"], item["end"]
    if not 0 <= start < end <= len(text) or text[start:end] != item["text"]:
        raise _fail(path, line,
                    f"timex[{index}] offsets {start}-{end} do not give {item['text']!r}")
    return GoldTimex(start, end, item["text"], item["type"], item["value"])


def _parse_dct(raw: Any, path: Path, line: int) -> datetime | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise _fail(path, line, "field 'dct' missing or not a string")
    day_first = _DAY_FIRST.fullmatch(raw.strip())  # "03-02-2009" (MEANTIME): 3 February
    if day_first:
        raw = f"{day_first['y']}-{day_first['m']}-{day_first['d']}"
    try:
        day = datetime.fromisoformat(raw[:10])
    except ValueError as exc:
        raise _fail(path, line, f"field 'dct' is not a date: {raw!r}") from exc
    return day.replace(hour=12, tzinfo=UTC)


def _gold_doc(raw: str, path: Path, line: int) -> GoldDoc:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _fail(path, line, f"invalid JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise _fail(path, line, "record is not a JSON object")
    for name in ("doc_id", "text"):
        if not isinstance(record.get(name), str):
            raise _fail(path, line, f"field {name!r} missing or not a string")
    if not isinstance(record.get("timex"), list):
        raise _fail(path, line, "field 'timex' missing or not a list")
    text = record["text"]
    timex = tuple(_gold_timex(t, text, path, line, i) for i, t in enumerate(record["timex"]))
    return GoldDoc(record["doc_id"], _parse_dct(record.get("dct"), path, line), text, timex)


def half_of(docs: list[GoldDoc], half: str | None) -> list[GoldDoc]:
    """Half ``a`` (records 1, 3, 5 ...), half ``b`` (2, 4, 6 ...) or all (None)."""
    if half is None:
        return docs
    if half not in ("a", "b"):
        raise EvaluationError(f"unknown half {half!r}: use 'a' or 'b'")
    return docs[0 if half == "a" else 1::2]


def load_gold(path: Path) -> list[GoldDoc]:
    """Read the gold file; any malformed line raises EvaluationError naming it."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read evaluation file ({exc})") from exc
    docs = [_gold_doc(raw, Path(path), n) for n, raw in enumerate(lines, 1) if raw.strip()]
    if not docs:
        raise EvaluationError(f"{path}: no records")
    return docs


# --- matching ---------------------------------------------------------------------------


def _overlap(a: GoldTimex, b: TimeRef) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _relaxed_pairs(gold: tuple[GoldTimex, ...], pred: list[TimeRef]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping gold/predicted timexes, largest overlap first."""
    options = [(-_overlap(g, p), gi, pi) for gi, g in enumerate(gold)
               for pi, p in enumerate(pred) if _overlap(g, p) > 0]
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(options):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _show(text: str, type_: str, value: str | None) -> str:
    return f"{text!r} ({type_} {value})"


def _context(doc: GoldDoc, start: int, end: int) -> str:
    return doc.text[max(0, start - 50):end + 30].replace("\n", " ")


def _doc_errors(doc: GoldDoc, pred: list[TimeRef],
                pairs: list[tuple[int, int]]) -> list[TimexError]:
    errors = []
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    for gi, g in enumerate(doc.timex):
        if gi not in paired_g:
            errors.append(TimexError(doc.doc_id, "missed", _show(g.text, g.type, g.value), None,
                                     _context(doc, g.start, g.end)))
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            errors.append(TimexError(doc.doc_id, "spurious", None, _show(p.text, p.type, p.value),
                                     _context(doc, p.start, p.end)))
    for gi, pi in pairs:
        g, p = doc.timex[gi], pred[pi]
        kind = "value" if g.value != p.value else "type" if g.type != p.type else None
        if kind:
            errors.append(TimexError(doc.doc_id, kind, _show(g.text, g.type, g.value),
                                     _show(p.text, p.type, p.value), _context(doc, g.start, g.end)))
    return errors


def _type_pairs(doc: GoldDoc, pred: list[TimeRef],
                pairs: list[tuple[int, int]]) -> list[tuple[str, str]]:
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    out: list[tuple[str, str]] = [(doc.timex[g].type, pred[p].type) for g, p in pairs]
    out += [(g.type, MISSING) for i, g in enumerate(doc.timex) if i not in paired_g]
    out += [(MISSING, p.type) for i, p in enumerate(pred) if i not in paired_p]
    return out


def _score_doc(doc: GoldDoc, pred: list[TimeRef]) -> tuple[DocCounts, int, list[TimexError]]:
    pairs = _relaxed_pairs(doc.timex, pred)
    strict = sum(1 for g, p in pairs
                 if (doc.timex[g].start, doc.timex[g].end) == (pred[p].start, pred[p].end))
    values = sum(1 for g, p in pairs if doc.timex[g].value == pred[p].value)
    types = sum(1 for g, p in pairs if doc.timex[g].type == pred[p].type)
    counts = DocCounts(doc.doc_id, len(doc.timex), len(pred), strict, len(pairs), values)
    return counts, types, _doc_errors(doc, pred, pairs)


def _dateline_anchor(text: str) -> datetime | None:
    """A record without a creation date: the first full date of its opening lines."""
    head = text[:300]
    for ref in absolute_times(head, doc=None):
        if ref.value and len(ref.value) == 10:
            return datetime.fromisoformat(ref.value).replace(hour=12, tzinfo=UTC)
    return None


def _predict(doc: GoldDoc, nlp: Any) -> list[TimeRef]:
    parsed = nlp(doc.text) if nlp is not None else None
    anchor = doc.dct or _dateline_anchor(doc.text)
    if anchor is None:
        return absolute_times(doc.text, doc=parsed)
    return tag_times(doc.text, anchor, doc=parsed)


def evaluate_timex(path: Path, *, use_parse: bool = True, nlp: Any = None,
                   half: str | None = None) -> TimexScores:
    """Score :func:`eventwire.timex.tag_times` on a gold JSON Lines file (or one half)."""
    docs = half_of(load_gold(Path(path)), half)
    if use_parse and nlp is None:
        from eventwire.nlp import load_nlp

        nlp = load_nlp()
    if not use_parse:
        nlp = None
    predictions = [(doc, _predict(doc, nlp)) for doc in docs]
    results = [_score_doc(doc, pred) for doc, pred in predictions]
    confusion: dict[tuple[str, str], int] = {}
    for doc, pred in predictions:
        for key in _type_pairs(doc, pred, _relaxed_pairs(doc.timex, pred)):
            confusion[key] = confusion.get(key, 0) + 1
    counts = tuple(c for c, _, _ in results)
    gold = sum(c.gold for c in counts)
    predicted = sum(c.predicted for c in counts)
    return TimexScores(
        strict=Score(sum(c.strict for c in counts), predicted, gold),
        relaxed=Score(sum(c.relaxed for c in counts), predicted, gold),
        value=Score(sum(c.value_correct for c in counts), predicted, gold),
        type_correct=sum(t for _, t, _ in results),
        documents=counts,
        errors=tuple(e for _, _, errs in results for e in errs),
        confusion=tuple(sorted((g, p, n) for (g, p), n in confusion.items())),
    )


def _confusion_lines(scores: TimexScores) -> list[str]:
    cells = {(g, p): n for g, p, n in scores.confusion}
    names = [t for t in TYPES if any(t in (g, p) for g, p in cells)]
    lines = ["type confusion (rows gold, columns predicted; - = none):",
             f"{'':10}" + "".join(f"{n:>10}" for n in names)]
    for g in names:
        lines.append(f"{g:10}" + "".join(f"{cells.get((g, p), 0):10d}" for p in names))
    return lines


def format_timex_scores(scores: TimexScores) -> str:
    """A readable table of the scores, per-document counts and the first errors."""
    lines = [f"{'':10}{'P':>8}{'R':>8}{'F1':>8}{'ok':>6}{'pred':>6}{'gold':>6}"]
    rows = (("strict", scores.strict), ("relaxed", scores.relaxed), ("value", scores.value))
    for name, prf in rows:
        lines.append(f"{name:10}{prf.precision:8.3f}{prf.recall:8.3f}{prf.f1:8.3f}"
                     f"{prf.matched:6d}{prf.predicted:6d}{prf.gold:6d}")
    lines.append(f"type accuracy (relaxed matches): {scores.type_accuracy:.3f}")
    lines.append(f"value accuracy (relaxed matches): {scores.value_accuracy:.3f}"
                 f" ({scores.value.matched}/{scores.relaxed.matched})")
    if scores.confusion:
        lines.append("")
        lines.extend(_confusion_lines(scores))
    lines.append("")
    lines.append(f"{'document':28}{'gold':>6}{'pred':>6}{'strict':>8}{'relaxed':>8}{'value':>7}")
    for d in scores.documents:
        lines.append(f"{d.doc_id:28}{d.gold:6d}{d.predicted:6d}{d.strict:8d}{d.relaxed:8d}{d.value_correct:7d}")
    if scores.errors:
        lines.append("")
        lines.append(f"errors ({len(scores.errors)}):")
        for e in scores.errors:
            lines.append(f"  [{e.kind}] {e.doc_id}: gold={e.gold} pred={e.predicted} | {e.context}")
    return "\n".join(lines)
