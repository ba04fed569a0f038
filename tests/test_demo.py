"""The bundled demo corpus doubles as fixtures: exact expectations on chosen articles."""

from __future__ import annotations

import pytest

from conftest import DEMO

MUSCAT = DEMO / "kayhan-138512.txt"


@pytest.fixture(scope="module")
def muscat(engine) -> dict:
    return next(engine.extract([MUSCAT])).to_dict()


def countries(refs: list[dict]) -> list[str | None]:
    return [r["country"] for r in refs]


def test_header_just_after_midnight(muscat: dict) -> None:
    article = muscat["article"]
    assert (article["source"], article["source_id"]) == ("kayhan.ir", "138512")
    assert article["published"] == "2025-04-13T00:15:00+03:30"
    assert article["title"] == "Iran, U.S. Hold Indirect Talks in Muscat, Agree to Meet Again"


def test_talks_on_saturday_in_muscat(muscat: dict) -> None:
    talks = [e for e in muscat["events"] if e["plover"] == "CONSULT" and not e["negated"]]
    assert len(talks) == 1
    event = talks[0]
    assert countries(event["source"]) == ["IRN", "USA"]
    assert event["evidence"]["trigger"]["text"] == "negotiations"
    assert (event["date"]["value"], event["date"]["text"], event["date"]["basis"]) == (
        "2025-04-12", "Saturday", "text")
    assert (event["place"]["name"], event["place"]["country"], event["place"]["basis"]) == (
        "Muscat", "OMN", "dateline")


def test_denied_direct_talks_are_negated_not_counted(muscat: dict) -> None:
    denied = [e for e in muscat["events"] if e["negated"]]
    assert [(e["plover"], countries(e["source"]), e["modality"]) for e in denied] == [
        ("CONSULT", ["IRN", "USA"], "reported")]


def test_quotes_have_their_speakers(muscat: dict) -> None:
    # “A,” Araghchi said. “B.” is one statement with two parts
    direct = [(q["speaker"]["name"], p["text"][:30]) for q in muscat["quotes"]
              if q["kind"] == "direct" for p in q["parts"]]
    assert direct == [("Abbas Araghchi", "The talks were held in a const"),
                      ("Abbas Araghchi", "Both sides showed that they wa"),
                      ("Esmaeil Baghaei", "We are not looking for talks f")]


def test_proposal_answers_no_mediator(muscat: dict) -> None:
    """The U.S. president's proposal of negotiations was put to Iran; Oman, which carried
    Iran's answer, is not its addressee (an offer answers no one)."""
    proposals = [(countries(e["source"]), countries(e["target"])) for e in muscat["events"]
                 if e["evidence"]["trigger"]["text"] == "proposed"]
    assert proposals == [(["USA"], [])]
