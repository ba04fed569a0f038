"""The trigger lexicon loader: packaged data loads, user files extend it, errors name
file, line and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import LexiconError
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.ontology import Ontology


@pytest.fixture(scope="module")
def codes() -> set[str]:
    return set(Ontology.load().cameo)


def test_packaged_lexicon_loads_and_indexes_by_lemma(codes: set[str]) -> None:
    lexicon = TriggerLexicon.load(known_codes=codes)
    assert lexicon.frame_code("sanction", "end") == "085"
    assert [e.key for e in lexicon.lookup("verb", "call")][:1] in (["call off"], ["call on"],
                                                                  ["call for"])
    assert all(e.second for e in lexicon.lookup("verb", "call"))


def test_generated_cameo_verbs_load_under_the_hand_lexicon(codes: set[str]) -> None:
    lexicon = TriggerLexicon.load(known_codes=codes)
    (lambaste,) = lexicon.lookup("verb", "lambaste")
    assert (lambaste.code, lambaste.needs_target) == ("111", True)
    assert "cameo.yaml" in lambaste.where
    (host,) = lexicon.lookup("verb", "host")  # hand-built entries win
    assert host.frame == "host" and "cameo.yaml" not in host.where


def test_cameo_converter_keeps_safe_codes_only() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_cameo_triggers.py"
    spec = importlib.util.spec_from_file_location("build_cameo_triggers", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = ("---  KILL   [190]  ---\nKILL\nMURDER [190]\nDIE\nSTAB [182]\n+WIPE_OUT\n"
            "- * CIVILIAN [202]  # KILL\n\n---  WARN   [130]  ---\nCAUTION\n")
    verbs = module.convert(text, hand={"kill"}, known={"190", "182", "202", "130"})
    assert verbs == {"murder": {"code": "190"}, "stab": {"code": "182"},
                     "wipe out": {"code": "190"}}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_and_replaces_entries(tmp_path: Path, codes: set[str]) -> None:
    path = write(tmp_path, 'version: 1\nverbs:\n  snub: {frame: reject, target: [dobj]}\n'
                           '  meet: {code: "044"}\n')
    lexicon = TriggerLexicon.load([path], known_codes=codes)
    assert lexicon.lookup("verb", "snub")[0].frame == "reject"
    assert lexicon.lookup("verb", "meet")[0].code == "044"


@pytest.mark.parametrize(("text", "message"), [
    ("version: 1\nverbs:\n  snub: reject\n  snub: accuse\n", "line 4: 'snub' is defined twice"),
    ("version: 1\nverbs:\n  snub: {frame: nonsense}\n", "line 3, verbs entry 'snub'"),
    ('version: 1\nverbs:\n  snub: {code: "999"}\n', "CAMEO code '999' is not in the ontology"),
    ("version: 1\nverbs:\n  snub: {colour: red}\n", "unknown key(s) ['colour']"),
    ("version: 1\nframes:\n  odd: {intend: \"030\"}\n", "every frame needs a 'do' code"),
    ("verbs: {}\n", "expected 'version: 1'"),
    ("version: 1\nverbs: [\n", "invalid YAML"),
])
def test_errors_name_file_line_and_entry(tmp_path: Path, codes: set[str], text: str,
                                         message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as caught:
        TriggerLexicon.load([path], known_codes=codes)
    assert message in str(caught.value)
    assert "mine.yaml" in str(caught.value)
