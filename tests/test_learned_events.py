"""The learned event classifier (eventwire.events.learned): it loads, it is off by default,
and when on it codes a trigger no lexicon lists at the "learned" confidence level, with the
rules' own negation and arguments. Sentences are our own."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy
import pytest

from event_rows import event_rows
from eventwire.api import Engine, default_stages
from eventwire.events.learned.model import NONE, EventClassifier, packaged_weights
from eventwire.events.matching import CONFIDENCE, candidate_at
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
# sha256 of the shipped weights (data/learned/README.md): regenerate with
# scripts/train_event_classifier.py and update both when the training data changes
SHIPPED_SHA256 = "d7a385e3940aca0a3af19d78b3caa9f68ad612a2a6fe76a496d53feb7026c773"
DAY = "2025-03-05T12:00:00+00:00"
# "vilify": no lexicon, dictionary or WordNet-table entry ("excoriate" has one since
# session 12: WordNet makes it a synonym of "condemn")
VILIFY = "Venezuela vilified Guyana over the oil licences on Monday."


def training_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "train_event_classifier", ROOT / "scripts" / "train_event_classifier.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def learned_engine(engine: Engine) -> Engine:
    resources = replace(engine.resources, learned=EventClassifier.load(),
                        settings=replace(engine.settings, learned_events=True))
    return Engine(resources, Pipeline(tuple(default_stages(resources))))


def test_shipped_weights_load_with_a_code_of_each_type() -> None:
    classifier = EventClassifier.load()
    assert classifier.classes[-1] == NONE
    assert classifier.dense_weights.shape == (len(classifier.classes), 900)
    assert classifier.floor == 0.2 and classifier.veto is None
    assert classifier.codes["ACCUSE"] == "11" and classifier.codes["PROTEST"] == "14"
    assert set(classifier.codes) == set(classifier.classes) - {NONE}


def test_shipped_weights_are_the_recorded_file() -> None:
    data = packaged_weights().read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHIPPED_SHA256
    assert len(data) < 2_000_000
    readme = (packaged_weights().parent / "README.md").read_text(encoding="utf-8")
    assert SHIPPED_SHA256 in readme


def test_off_by_default(engine: Engine) -> None:
    assert engine.settings.learned_events is False
    assert event_rows(engine, VILIFY, DAY) == []


def test_unlisted_trigger_is_coded_learned(learned_engine: Engine) -> None:
    doc = learned_engine.resources.nlp("Venezuela vilified Guyana.")
    verb = doc[1]
    assert verb.lemma_ == "vilify"
    assert candidate_at(verb, learned_engine.resources.triggers) is None  # no rule knows it
    assert event_rows(learned_engine, VILIFY, DAY, confidence=True, negated=True) == [
        ("ACCUSE", "11", ["VEN"], ["GUY"], "asserted", False, "vilified",
         CONFIDENCE["learned"])]
    assert CONFIDENCE["learned"] < min(v for k, v in CONFIDENCE.items() if k != "learned")


def test_learned_event_is_negated_by_the_rules(learned_engine: Engine) -> None:
    text = "Venezuela did not vilify Guyana over the oil licences."
    assert event_rows(learned_engine, text, DAY, negated=True) == [
        ("ACCUSE", "11", ["VEN"], ["GUY"], "asserted", True, "vilify")]


def test_reported_learned_event(learned_engine: Engine) -> None:
    text = ("Caracas has vilified Georgetown over the new oil licences, the foreign ministry "
            "said on Monday.")
    assert event_rows(learned_engine, text, DAY) == [
        ("ACCUSE", "11", ["VEN"], ["GUY"], "reported", "vilified")]


def test_training_is_deterministic() -> None:
    script = training_script()
    rng = numpy.random.default_rng(7)
    examples = [script.Example(f"r{i % 4:02d}.txt", label, False,
                               rng.standard_normal(900).astype(numpy.float32),
                               ["pos=VERB", f"prep={word}", "subject_actor"])
                for i, (label, word) in enumerate(
                    [("ACCUSE", "over"), ("NONE", "in"), ("PROTEST", "outside")] * 12)]
    first = script.dump(script.train(examples, {"ACCUSE": "11", "PROTEST": "14"}, "x"))
    again = script.dump(script.train(examples, {"ACCUSE": "11", "PROTEST": "14"}, "x"))
    assert first == again
    model = EventClassifier.from_dict(json.loads(first))
    assert model.classes == ("ACCUSE", "PROTEST", NONE)
    assert sorted(model.columns) == ["pos=VERB", "prep=in", "prep=outside", "prep=over",
                                     "subject_actor"]


@pytest.mark.slow
def test_eval_reports_warns_when_the_learned_classifier_is_on(tmp_path, monkeypatch) -> None:
    """Review F16 (session 9): the classifier is trained on tests/fixtures/reports, so
    `eval reports` with it on says it scores its training set (an empty folder: no engine
    work is needed to see the warning)."""
    from click.testing import CliRunner

    from eventwire.cli import LEARNED_ON_FIXTURES, main
    monkeypatch.setenv("EVENTWIRE_LEARNED", "1")
    monkeypatch.setenv("EVENTWIRE_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(main, ["eval", "reports", str(tmp_path)])
    assert result.stderr.splitlines()[0] == LEARNED_ON_FIXTURES
