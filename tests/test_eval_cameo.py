"""`eventwire eval cameo` on PETRARCH-style records we wrote (tests/fixtures)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluation.cameo import evaluate_cameo

SAMPLE = Path(__file__).parent / "fixtures" / "cameo_sample.jsonl"


def test_scores_by_level(engine) -> None:
    result = evaluate_cameo(SAMPLE, engine)
    by_level = {name: (s.matched, s.predicted, s.gold) for name, s in result.scores.items()}
    assert by_level == {"type": (4, 4, 5),  # the negated deployment is not a prediction
                        "type+source": (4, 4, 5), "type+source+target": (4, 4, 5),
                        "exact": (3, 4, 5)}
    assert result.extra_per_gold == 0.0


def test_cli_prints_the_table() -> None:
    result = CliRunner().invoke(main, ["eval", "cameo", str(SAMPLE)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "CAMEO event coding: 5 gold events"
