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
