"""Plain-text reports with a header block (outlet, headline, date line) above the body."""

from __future__ import annotations

from pathlib import Path

from eventwire.api import Engine
from eventwire.models import Article
from eventwire.readers import read_paths
from eventwire.readers.build import ReaderContext
from eventwire.readers.header import line_date, read_header
from eventwire.settings import Settings
from eventwire.sources import SourceTable

CTX = ReaderContext(Settings(), SourceTable.load())

REPORT = (
    "example-wire.org\n\n"
    "Lisbon and Rabat sign fisheries accord\n\n"
    "Published On 14 Mar 2024 | 10:05 GMT\n\n"
    "RABAT: Portugal and Morocco signed a fisheries accord on Wednesday, the Moroccan "
    "agriculture ministry said, ending two years of talks over quotas off the Atlantic coast.\n"
    "Spain welcomed the accord on Thursday.\n"
)


def read_one(path: Path) -> Article:
    items = list(read_paths([path], CTX))
    assert len(items) == 1 and isinstance(items[0], Article)
    return items[0]


def test_outlet_headline_and_date_line_are_the_header(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    article = read_one(path)
    assert (article.source, article.title, article.published) == (
        "example-wire.org", "Lisbon and Rabat sign fisheries accord", "2024-03-14")
    assert article.text.startswith("Lisbon and Rabat sign fisheries accord\n\nRABAT: Portugal")
    assert article.format == "text"


def test_date_line_before_the_headline_and_a_story_id() -> None:
    header = read_header("Coastal Times\nStory ID: 7781-B\nLima | 3 November 2023\n\n"
                         "Peru recalls envoy from Bolivia\n\nLIMA (CT) - Peru recalled its "
                         "ambassador from La Paz on Friday over remarks by the Bolivian "
                         "president, the foreign ministry said.\n")
    assert header is not None
    assert (header.source, header.source_id, header.title, str(header.published)) == (
        "Coastal Times", "7781-B", "Peru recalls envoy from Bolivia", "2023-11-03")
    assert header.body.startswith("LIMA (CT) - Peru recalled")


def test_date_lines_in_outlet_styles() -> None:
    assert str(line_date("Tue Dec 3, 2024 08:40 PM")) == "2024-12-03"
    assert str(line_date("Posted 29.12.2024 18:05 GMT+4")) == "2024-12-29"
    assert str(line_date("By a staff correspondent | 12 January 2024")) == "2024-01-12"
    # a headline that mentions a date is no date line
    assert line_date("Ministers agree to hold the next round of talks on 4 May 2024 in "
                     "Geneva") is None


def test_plain_text_without_a_date_line_keeps_its_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Rabat signs accord\nMorocco signed a fisheries accord with Portugal.\n")
    article = read_one(path)
    assert (article.title, article.published, article.source) == (
        "Rabat signs accord", None, None)


def test_lead_weekday_resolved_and_dateline_is_no_actor(tmp_path: Path,
                                                         engine: Engine) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    report = next(iter(engine.extract([path]))).to_dict()
    names = {a["name"] for a in report["actors"]}
    assert "RABAT" not in names
    signed = [(e["plover"], e["date"]["value"], e["date"]["text"]) for e in report["events"]
              if e["evidence"]["trigger"]["text"] == "accord"]
    assert signed == [("SUPPORT", "2024-03-13", "Wednesday")] * 2  # one per direction


LONG_PARAGRAPH = (
    "The defence ministry said the aircraft, a Y-9 surveillance plane, stayed in Japanese "
    "airspace for about two minutes off the Danjo islands before turning back toward the "
    "East China Sea, and that fighter jets were scrambled to warn it off.")


def test_short_lead_sentences_with_a_date_are_the_story_not_a_header(tmp_path: Path) -> None:
    # one-sentence paragraphs are the norm in wire leads; a sentence that carries a date is no
    # date line, and no line of the story is dropped (review F1)
    texts = {
        "guinea.txt": ("Guinea junta sets referendum date\n"
                       "Guinea's military government announced a constitutional referendum.\n"
                       "The vote is set for 21 September 2025.\n" + LONG_PARAGRAPH + "\n"),
        "japan.txt": ("Japan protests Chinese incursion\n"
                      "Japan lodged a protest with China on Monday.\n"
                      "A Chinese military aircraft entered its airspace.\n"
                      "It happened on 26 August 2024.\n" + LONG_PARAGRAPH + "\n"),
        "kenya.txt": ("Kenya reopens Somali border posts\n\n"
                      "Updated on 4 April 2024 the interior ministry said.\n\n"
                      + LONG_PARAGRAPH + "\n"),
    }
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        article = read_one(path)
        first, rest = text.split("\n", 1)
        assert (article.title, article.source, article.published) == (first, None, None)
        assert [line for line in article.text.split("\n") if line.strip()] == [
            line for line in text.split("\n") if line.strip()]


def test_date_lines_open_with_the_date_or_a_date_line_word() -> None:
    assert str(line_date("Updated: Tue, 5 Mar 2024 14:10")) == "2024-03-05"
    assert str(line_date("Last updated on 18 June 2025")) == "2025-06-18"
    assert str(line_date("March 2, 2024")) == "2024-03-02"
    assert line_date("The vote is set for 21 September 2025.") is None
    assert line_date("It happened on 26 August 2024") is None
    header = read_header("wire.example.net\n\nSat 5 Dec 2026 10.15 GMT\n\n"
                         "Chad expels French envoy\n\nN'DJAMENA (Wire) - Chad ordered the "
                         "French ambassador to leave within 48 hours on Saturday, the "
                         "government spokesman said.\n")
    assert header is not None
    assert (header.source, header.title, str(header.published)) == (
        "wire.example.net", "Chad expels French envoy", "2026-12-05")
