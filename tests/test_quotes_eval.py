"""The quote evaluation: scoring rules, and the targets on our annotated set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import Engine
from eventwire.document import Document
from eventwire.errors import EvaluationError
from eventwire.evaluation.quotes import (
    default_path,
    evaluate_quotes,
    format_quote_scores,
    read_passages,
)
from eventwire.models import Article, PipelineInfo, Quote, Report, Span, Speaker
from eventwire.pipeline import Pipeline
from eventwire.readers.build import RawArticle, build_article
from eventwire.report import build_report

TEXT = 'The "maximum pressure" policy failed. "We are ready," Abbas Araghchi said.'


class Fixed:
    """An engine that always reports the same quotes."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes

    def analyse_text(self, text: str, **meta: object) -> Report:
        info = PipelineInfo("test", "none", "none", ())
        return Report(Article("a1", text), info, quotes=tuple(self.quotes))


def quote(start: int, end: int, name: str | None, kind: str = "direct") -> Quote:
    speaker = Speaker(None, name) if name else None
    return Quote("q", kind, TEXT[start:end], start, end, speaker, Span(0, 0, "said"))


def gold_file(tmp_path: Path) -> Path:
    start = TEXT.index("We are ready")
    record = {"id": "t1", "text": TEXT, "quotes": [
        {"kind": "direct", "start": start, "end": start + 12, "text": "We are ready",
         "speaker": "Abbas Araghchi", "cue": "said"}],
        "not_statements": [{"start": 5, "end": 21, "text": "maximum pressure"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_scoring_rules(tmp_path: Path) -> None:
    start = TEXT.index("We are ready")
    engine = Fixed([quote(start, start + 12, "Araghchi"), quote(5, 21, None, "partial")])
    scores = evaluate_quotes(gold_file(tmp_path), engine)
    assert (scores.gold, scores.predicted, scores.exact, scores.overlap) == (1, 2, 1, 1)
    assert scores.speaker_accuracy == 1.0 and scores.scare_reported == 1
    assert round(scores.exact_f1, 3) == 0.667
    assert "scare quote reported as partial 'maximum pressure'" in format_quote_scores(scores)


def test_wrong_speaker_and_overlap_only(tmp_path: Path) -> None:
    start = TEXT.index("We are ready")
    scores = evaluate_quotes(gold_file(tmp_path), Fixed([quote(start, start + 6, "Lavrov")]))
    assert (scores.exact, scores.overlap, scores.speaker_right) == (0, 1, 0)


def test_malformed_gold_offsets(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "abc", "quotes": [
        {"kind": "direct", "start": 0, "end": 2, "text": "xyz", "speaker": None}]}) + "\n",
        encoding="utf-8")
    with pytest.raises(EvaluationError, match="do not slice"):
        read_passages(path)


def test_packaged_set_covers_the_patterns() -> None:
    passages = read_passages(default_path())
    kinds = {q.kind for p in passages for q in p.quotes}
    assert len(passages) >= 40 and kinds == {"direct", "indirect", "partial"}
    assert sum(len(p.negatives) for p in passages) >= 10
    assert any(not q.speakers for p in passages for q in p.quotes)


class UpToQuotes:
    """The engine's own stages up to quotes (later stages are not under test here)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        stages = engine.pipeline.stages
        self.pipeline = Pipeline(stages[:[s.name for s in stages].index("quotes") + 1])

    def analyse_text(self, text: str, **meta: object) -> Report:
        origin = str(meta.pop("origin", "<text>"))
        raw = RawArticle(body=text, origin=origin, format="text", **meta)  # type: ignore[arg-type]
        document = Document(build_article(raw, self.engine.reader_context),
                            self.engine.resources, self.engine.settings)
        self.pipeline.run([document])
        return build_report(document, self.engine.info)


def test_targets_on_the_packaged_set(engine: Engine) -> None:
    scores = evaluate_quotes(None, UpToQuotes(engine))
    assert scores.speaker_accuracy >= 0.95, format_quote_scores(scores)
    assert scores.overlap_f1 >= 0.95, format_quote_scores(scores)
    assert scores.exact_f1 >= 0.90, format_quote_scores(scores)
    assert scores.scare_reported == 0, format_quote_scores(scores)
