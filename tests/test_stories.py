"""Near-duplicate articles (issue 15): detected on ingest, stored with their original, listed
as stories and counted in the summary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.dedup import THRESHOLD, fingerprint, similarity
from eventwire.models import Article, Report
from eventwire.store import Store, queries
from hand_records import INFO

HERE = Path(__file__).parent / "fixtures" / "stories"


def body(name: str) -> str:
    """The article body of a seed-format fixture (after the header, date and title lines)."""
    return (HERE / f"{name}.txt").read_text().split("\n\n", 3)[3]


def report(name: str) -> Report:
    return Report(Article(f"a-{name}", body(name), title=name), INFO)


def test_wire_copy_with_new_headline_and_edited_paragraph_is_similar() -> None:
    wire, copy, other = (fingerprint(body(n)) for n in ("wire", "copy", "other"))
    assert wire is not None and copy is not None and other is not None
    assert similarity(wire.signature, copy.signature) >= THRESHOLD
    assert set(wire.bands) & set(copy.bands)  # found by an LSH lookup
    assert similarity(wire.signature, other.signature) < 0.1  # same actors, another story
    assert not set(wire.bands) & set(other.bands)


def test_short_texts_are_not_compared() -> None:
    assert fingerprint("Egypt hosts Gaza truce talks in Cairo on Monday.") is None


def test_copy_is_recorded_with_the_earliest_stored_original(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for name in ("wire", "other", "copy"):
            store.save(report(name))
        rows = [tuple(r) for r in store.db.execute("SELECT * FROM near_duplicates")]
    assert rows == [("a-copy", "a-wire", 0.8594, "stored")]


def test_the_first_stored_is_the_original_whatever_its_outlet(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for name in ("copy", "wire", "other"):
            store.save(report(name))
        rows = [tuple(r) for r in store.db.execute("SELECT * FROM near_duplicates")]
    assert rows == [("a-wire", "a-copy", 0.8594, "stored")]


def test_later_ingests_compare_with_stored_signatures(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(report("wire"))
    with Store(tmp_path / "s.db") as store:
        store.save(report("copy"))
        store.save(report("wire"))  # re-analysed: keeps its place, is no copy of its copy
        store.save(report("copy"))
        rows = [tuple(r) for r in store.db.execute("SELECT * FROM near_duplicates")]
        assert queries.near_duplicate_count(store) == 1
        assert queries.stories(store) == [
            {"id": "s-wire", "title": "wire", "articles": ["a-wire", "a-copy"],
             "near_duplicates": [["a-wire", "a-copy"]]}]
    assert rows == [("a-copy", "a-wire", 0.8594, "stored")]


def test_every_copy_joins_its_original_story(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(report("wire"))
        store.save(report("other"))
        # a second republication, its last paragraph reworded
        text = body("copy").replace("Aid groups have warned", "Relief agencies say")
        store.save(Report(Article("a-copy2", text, title="copy2"), INFO))
        store.save(report("copy"))
        assert queries.stories(store, min_articles=2) == [
            {"id": "s-wire", "title": "wire", "articles": ["a-wire", "a-copy2", "a-copy"],
             "near_duplicates": [["a-wire", "a-copy2"], ["a-wire", "a-copy"]]}]
        # no publication dates: in id order
        assert [s["id"] for s in queries.stories(store)] == ["s-other", "s-wire"]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for name in ("wire", "other", "copy", "rewrite"):
        shutil.copy(HERE / f"{name}.txt", folder / f"{name}.txt")
    db = folder / "s.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder / "wire.txt"),
                                       str(folder / "other.txt"), str(folder / "copy.txt"),
                                       str(folder / "rewrite.txt")])
    assert result.exit_code == 0, result.output
    return db


def _ids(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {Path(r[1]).stem: r[0] for r in store.db.execute("SELECT id, origin FROM articles")}


def test_stories_command_lists_the_copy_and_the_rewrite_with_the_original(ingested: Path) -> None:
    ids = _ids(ingested)
    result = CliRunner().invoke(main, ["--db", str(ingested), "stories", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.output.splitlines()] == [
        {"id": "s" + ids["wire"][1:],
         "title": "Egypt hosts Gaza truce talks as mediators press for prisoner exchange",
         "articles": [ids["wire"], ids["copy"], ids["rewrite"]],
         "near_duplicates": [[ids["wire"], ids["copy"]]]},
        {"id": "s" + ids["other"][1:],
         "title": "Israel strikes southern Gaza as Hamas rejects Egyptian draft",
         "articles": [ids["other"]], "near_duplicates": []},
    ]
    result = CliRunner().invoke(main, ["--db", str(ingested), "stories", "--min-articles", "2",
                                       "--width", "80", "--format", "table"])
    assert result.output.splitlines()[2] == (
        f"s{ids['wire'][1:]}  3         1                "
        "Egypt hosts Gaza truce talks as mediators press for prisoner exchange")


def test_summary_counts_near_duplicates(ingested: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(ingested), "summary"])
    assert result.output.splitlines()[1].startswith("articles 4 (near-duplicates 1)  actors ")


def dated(name: str, published: str, title: str | None = None) -> Report:
    return Report(Article(f"a-{name}", body(name), title=title or name, published=published),
                  INFO)


def test_a_rewrite_by_another_outlet_joins_the_story_and_a_later_story_does_not(
        tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(dated("wire", "2026-05-12T08:10:00+00:00",
                         "Egypt hosts Gaza truce talks as mediators press for prisoner exchange"))
        store.save(dated("other", "2026-05-19T09:30:00+00:00",
                         "Israel strikes southern Gaza as Hamas rejects Egyptian draft"))
        store.save(dated("rewrite", "2026-05-12T14:20:00+00:00",
                         "Mediators shuttle between Israel and Hamas at Cairo ceasefire round"))
        assert queries.stories(store) == [
            {"id": "s-wire", "title": "Egypt hosts Gaza truce talks as mediators press for "
             "prisoner exchange", "articles": ["a-wire", "a-rewrite"], "near_duplicates": []},
            {"id": "s-other", "title": "Israel strikes southern Gaza as Hamas rejects Egyptian "
             "draft", "articles": ["a-other"], "near_duplicates": []}]
        rows = store.db.execute("SELECT article_id, story_id, basis FROM story_articles "
                                "ORDER BY n").fetchall()
        assert [tuple(r) for r in rows] == [("a-wire", "s-wire", "first"),
                                            ("a-other", "s-other", "first"),
                                            ("a-rewrite", "s-wire", "similar")]
        # re-analysing an article keeps its story; nothing else is reassigned
        store.save(dated("wire", "2026-05-12T08:10:00+00:00", "Egypt hosts Gaza truce talks"))
        assert tuple(store.db.execute("SELECT COUNT(*), MIN(story_id) FROM story_articles "
                                      "WHERE article_id = 'a-wire'").fetchone()) == (1, "s-wire")
