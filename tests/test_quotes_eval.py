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
        document = Document(build_article(raw, self.engine.reader_context))
        self.pipeline.run([document])
        return build_report(document, self.engine.info)


def test_targets_on_the_packaged_set(engine: Engine) -> None:
    scores = evaluate_quotes(None, UpToQuotes(engine))
    assert scores.speaker_accuracy >= 0.95, format_quote_scores(scores)
    assert scores.overlap_f1 >= 0.95, format_quote_scores(scores)
    assert scores.exact_f1 >= 0.90, format_quote_scores(scores)
    assert scores.scare_reported == 0, format_quote_scores(scores)


# --- PARC-style attribution set ----------------------------------------------------------------

ATTR_TEXT = ('"We will raise the money," she told reporters. "Nobody should doubt that." '
             'Polls show the race tightening. By Jane Roe')


def attribution_file(tmp_path: Path) -> Path:
    first = ATTR_TEXT.index("We will")
    second = ATTR_TEXT.index("Nobody")
    poll = ATTR_TEXT.index("the race")
    record = {"id": "x1", "half": "A", "style": "wire", "text": ATTR_TEXT, "attributions": [
        {"id": "x1-1", "kind": "direct", "cue_class": "speech", "speech_verb": True,
         "content": [{"start": first, "end": first + 23, "text": "We will raise the money"},
                     {"start": second, "end": second + 25, "text": "Nobody should doubt that."}],
         "cue": [], "source": [], "speaker": ["Ann Lee"]},
        {"id": "x1-2", "kind": "indirect", "cue_class": "evidence", "speech_verb": False,
         "content": [{"start": poll, "end": poll + 19, "text": "the race tightening"}],
         "cue": [], "source": [], "speaker": ["Polls"]}],
        "not_statements": [], "no_speakers": ["Jane Roe"]}
    path = tmp_path / "attributions.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def attr_quote(start: int, end: int, name: str | None, kind: str = "direct",
               cue: str = "told", parent: str | None = None) -> Quote:
    speaker = Speaker(None, name) if name else None
    return Quote("q", kind, ATTR_TEXT[start:end], start, end, speaker, Span(0, 0, cue), parent)


def test_attribution_scoring_fragments_and_halves(tmp_path: Path) -> None:
    from eventwire.evaluation.attributions import evaluate_attributions, format_attribution_scores

    first, second = ATTR_TEXT.index("We will"), ATTR_TEXT.index("Nobody")
    # two fragments of one split quote: the second holds 21 of its 40 letters and matches, the
    # first (19) is an extra prediction
    engine = Fixed([attr_quote(first, first + 23, "Ann Lee"),
                    attr_quote(second, second + 25, "Jane Roe")])
    scores = evaluate_attributions(attribution_file(tmp_path), engine)
    a = scores["A"].all
    assert (a.gold, a.predicted, a.matched, a.exact) == (2, 2, 1, 0)
    assert scores["B"].passages == 0 and scores["A"].byline_speakers == 1
    assert a.speaker_accuracy == 0.0
    assert scores["A"].groups["other cues"].gold == 1
    text = format_attribution_scores("t", scores["A"], errors=True)
    assert "x1-2: missed indirect/evidence 'the race tightening'" in text
    assert "x1: extra direct 'We will raise the money'" in text
    assert "x1-1: direct/speech speaker 'Jane Roe', want ['Ann Lee']" in text
    assert "byline/dateline 'Jane Roe' reported as a speaker" in text


def test_attribution_scoring_whole_statement_and_attached_partials(tmp_path: Path) -> None:
    from eventwire.evaluation.attributions import evaluate_attributions

    first, second = ATTR_TEXT.index("We will"), ATTR_TEXT.index("Nobody")
    poll = ATTR_TEXT.index("the race")
    engine = Fixed([attr_quote(first, second + 25, "Lee"),
                    attr_quote(first, first + 7, "Lee", "partial", parent="q"),
                    attr_quote(poll, poll + 19, "polls", "indirect", cue="show")])
    scores = evaluate_attributions(attribution_file(tmp_path), engine, halves=("A",))["A"]
    a = scores.all
    # the envelope covers the cue between the parts, so it is not exact; the partial is ignored
    assert (a.gold, a.predicted, a.matched, a.exact, a.speaker_right) == (2, 2, 2, 1, 2)
    assert round(a.tokens.recall, 3) == 1.0 and a.tokens.precision < 1.0


def test_packaged_attribution_set() -> None:
    from eventwire.evaluation.attributions import (
        default_attributions_path,
        read_attribution_passages,
    )

    passages = read_attribution_passages(default_attributions_path())
    gold = [g for p in passages for g in p.attributions]
    assert len(passages) >= 30 and len(gold) >= 150
    assert {p.half for p in passages} == {"A", "B"}
    assert {g.kind for g in gold} == {"direct", "indirect", "mixed"}
    assert {g.cue_class for g in gold} == {"speech", "writing", "evidence", "belief", "order"}
    assert any(len(g.content) > 1 for g in gold)
    assert sum(len(p.negatives) for p in passages) >= 5
    assert sum(len(p.no_speakers) for p in passages) >= 5


def test_cli_eval_quotes_scores_an_attribution_file(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    path = attribution_file(tmp_path)
    result = CliRunner().invoke(main, ["eval", "quotes", str(path), "--half", "B"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == \
        "attributions attributions.jsonl half B: 0 passages, 0 gold attributions, 0 predicted"
    assert "errors:" not in result.output
