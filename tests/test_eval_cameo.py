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
                        "exact": (4, 4, 5)}  # jets striking: aerial weapons, 195
    assert result.extra_per_gold == 0.0


def test_cli_prints_the_table() -> None:
    result = CliRunner().invoke(main, ["eval", "cameo", str(SAMPLE)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "CAMEO event coding: 5 gold events"


def test_halves_split_records_by_parity(tmp_path: Path) -> None:
    from eventwire.evaluation.plover import numbered_lines

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"n": 0}\n\n{"n": 1}\n{"n": 2}\n{"n": 3}\n{"n": 4}\n', encoding="utf-8")
    assert [line for _, line in numbered_lines(gold, "a")] == ['{"n": 0}', '{"n": 2}', '{"n": 4}']
    assert [n for n, _ in numbered_lines(gold, "b")] == [3, 5]


def test_cli_scores_one_half() -> None:
    result = CliRunner().invoke(main, ["eval", "cameo", str(SAMPLE), "--half", "b"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("CAMEO (half b) event coding: ")


def test_sentences_with_no_event_count_their_predictions_as_extra(tmp_path: Path, engine) -> None:
    from eventwire.evaluation.plover import evaluate_plover

    cameo = tmp_path / "cameo.jsonl"
    cameo.write_text(
        '{"text": "The United States imposed new sanctions on Iran\'s oil exports on Monday.", '
        '"code": "163", "source": "USAGOV", "target": "IRN"}\n'
        '{"text": "Japan imposed fresh sanctions on North Korea on Friday.", "events": []}\n',
        encoding="utf-8")
    result = evaluate_cameo(cameo, engine)
    assert (result.scores["type"].matched, result.scores["type"].predicted,
            result.scores["type"].gold) == (1, 2, 1)
    assert result.extra_per_gold == 1.0

    plover = tmp_path / "plover.jsonl"
    plover.write_text(
        '{"id": "p1", "text": "The United States imposed new sanctions on Iran\'s oil exports on '
        'Monday.", "plover": "SANCTION", "source": [{"code": "USA"}], '
        '"target": [{"code": "IRN"}]}\n'
        '{"id": "p2", "text": "Japan imposed fresh sanctions on North Korea on Friday.", '
        '"plover": null, "source": [], "target": []}\n', encoding="utf-8")
    scores = evaluate_plover(plover, engine)
    assert {name: (s.matched, s.predicted, s.gold) for name, s in scores.scores.items()} == {
        "type": (1, 2, 1), "type+source": (1, 2, 1), "type+source+target": (1, 2, 1)}
    assert dict(scores.confusion) == {"SANCTION": {"SANCTION": 1}}
