"""The story evaluation: B³ over clusters, fused-event matching, and the shipped gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation.stories import (
    GoldFused,
    PredictedFused,
    Side,
    b_cubed,
    load_gold,
    score_fused,
)

DATA = Path(__file__).parent.parent / "src" / "eventwire" / "data" / "eval"


def test_b_cubed_exact_values() -> None:
    gold = [frozenset("abc"), frozenset("d")]
    assert b_cubed(gold, [["a", "b", "c"], ["d"]]) == (1.0, 1.0, 1.0)
    # a and b together, c alone, d wrongly joined to c
    p, r, f = b_cubed(gold, [["a", "b"], ["c", "d"]])
    assert (round(p, 4), round(r, 4), round(f, 4)) == (0.75, 0.6667, 0.7059)
    # nothing predicted: every article on its own
    assert b_cubed(gold, []) == (1.0, 0.5, pytest.approx(2 / 3))


def _gold(**kw: object) -> GoldFused:
    base = dict(name="talks", plover="CONSULT", source=frozenset({"IRN"}),
                target=frozenset({"USA"}), symmetric=True, date="2025-04-12",
                articles=frozenset({"a.txt", "b.txt", "c.txt"}))
    return GoldFused(**{**base, **kw})  # type: ignore[arg-type]


IRN = (Side("IRNGOV", "IRN", "IRNGOV"),)
USA = (Side("USA", "USA", "USA"),)


def test_fused_event_found_with_exactly_its_articles_either_direction() -> None:
    pred = [PredictedFused("f1", "CONSULT", USA, IRN, "2025-04-12",
                           frozenset({"a.txt", "b.txt", "c.txt"}))]
    result = score_fused([_gold()], pred)
    assert (result.recall.matched, result.precision.matched, result.precision.predicted) == (
        1, 1, 1)
    assert result.article_recall == 1.0


def test_distractor_joining_is_a_wrong_fusion_and_a_miss() -> None:
    pred = [PredictedFused("f1", "CONSULT", IRN, USA, "2025-04",
                           frozenset({"a.txt", "b.txt", "d.txt"})),
            PredictedFused("f2", "ACCUSE", IRN, USA, "2025-04-12", frozenset({"a.txt", "x"}))]
    result = score_fused([_gold()], pred)
    assert result.recall.matched == 0
    assert (result.precision.matched, result.precision.predicted, result.unjudged) == (0, 1, 1)
    assert result.lines == [
        "  missed: talks (CONSULT 2025-04-12): best fused event holds 2 of 3 articles "
        "(f1: a.txt, b.txt, d.txt)",
        "  wrong fusion: f1 CONSULT 2025-04: a.txt, b.txt, d.txt"]


def test_other_day_does_not_count_and_direction_matters_when_not_symmetric() -> None:
    gold = _gold(plover="ASSAULT", symmetric=False)
    other_day = PredictedFused("f1", "ASSAULT", IRN, USA, "2025-04-19",
                               frozenset({"a.txt", "b.txt", "c.txt"}))
    reversed_ = PredictedFused("f2", "ASSAULT", USA, IRN, "2025-04-12",
                               frozenset({"a.txt", "b.txt", "c.txt"}))
    result = score_fused([gold], [other_day, reversed_])
    assert result.recall.matched == 0
    assert (result.precision.matched, result.precision.predicted, result.unjudged) == (0, 1, 1)


@pytest.mark.parametrize("name, articles, stories, fused", [
    ("stories", 38, 17, 10), ("stories-heldout", 13, 6, 3), ("stories-reprisals", 16, 8, 3),
    ("stories-s10", 13, 6, 3)])
def test_shipped_gold_sets_are_complete(name: str, articles: int, stories: int,
                                        fused: int) -> None:
    gold = load_gold(DATA / name)
    assert (len(gold.files), len(gold.clusters), len(gold.fused)) == (articles, stories, fused)
    assert {p.name for p in (DATA / name).glob("*.txt")} == gold.files


def test_gold_naming_a_missing_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text('{"clusters": [["nope.txt"]], "near_duplicates": [], '
                                        '"fused": []}')
    with pytest.raises(EvaluationError, match="no article file 'nope.txt'"):
        load_gold(tmp_path)


def test_a_gold_event_may_accept_the_types_that_code_the_same_deed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({
        "clusters": [["a.txt", "b.txt"]], "near_duplicates": [],
        "fused": [{"name": "raid", "plover": ["COERCE", "ASSAULT"], "source": ["AZE"],
                   "target": ["RUS"], "date": "2025-06-30", "articles": ["a.txt", "b.txt"]}]}),
        encoding="utf-8")
    gold = load_gold(tmp_path).fused
    aze, rus = (Side("AZE", "AZE", "AZE"),), (Side("RUS", "RUS", "RUS"),)
    both = frozenset({"a.txt", "b.txt"})
    assert (gold[0].plover, gold[0].also) == ("COERCE", frozenset({"ASSAULT"}))
    found = score_fused(gold, [PredictedFused("f1", "ASSAULT", aze, rus, "2025-06-30", both)])
    assert (found.recall.matched, found.precision.matched, found.precision.predicted) == (1, 1, 1)
    other = score_fused(gold, [PredictedFused("f2", "SANCTION", aze, rus, "2025-06-30", both)])
    assert (other.recall.matched, other.precision.predicted, other.unjudged) == (0, 0, 1)
