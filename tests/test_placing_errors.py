"""An article whose placement into stories and fused events fails (store/placing.py): it is
rolled back alone, its reason stored and shown by `eventwire skips`, the other articles are
placed, and the next ingest is not blocked by it. Articles of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.settings import Settings
from eventwire.store import Store, placing, queries

ARTICLES = {
    "dockside-news-strike.txt": (
        "dockside.example\n\nPublish Date : 3 February 2026 - 09:00\n\n"
        "Dock workers walk out in Antwerp\n\n"
        "Dock workers in Antwerp went on strike on Monday to protest against new shift rules. "
        "Belgian Labour Minister Karel Peeters met union leaders in Brussels on Tuesday.\n"),
    "harbour-times-strike.txt": (
        "harbourtimes.example\n\nPublish Date : 3 February 2026 - 11:30\n\n"
        "Antwerp port halted by strike\n\n"
        "Thousands of dock workers protested in Antwerp on Monday against the new shift rules. "
        "The government said Belgian Labour Minister Karel Peeters would meet the unions.\n"),
    "river-post-talks.txt": (
        "riverpost.example\n\nPublish Date : 4 February 2026 - 08:15\n\n"
        "Minister meets dock unions\n\n"
        "Belgian Labour Minister Karel Peeters met union leaders in Brussels on Tuesday and "
        "promised to review the shift rules.\n"),
}


def _write(folder: Path, names: tuple[str, ...]) -> Path:
    folder.mkdir()
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> None:
    """fuse_events raising for the harbourtimes article (a bug in one article's records)."""
    real = placing.fuse_events

    def fuse(db: Any, report: Any) -> None:
        if "harbour-times" in (report.article.origin or ""):
            raise ValueError("simulated: event e1 has no\n  sentence")
        real(db, report)

    monkeypatch.setattr(placing, "fuse_events", fuse)


def _placed(store: Store) -> list[str]:
    return sorted(Path(r[0]).name for r in store.db.execute(
        "SELECT a.origin FROM story_articles s JOIN articles a ON a.id = s.article_id"))


def test_a_failing_placement_is_stored_as_its_reason_and_the_others_are_placed(
        tmp_path: Path, engine: Any, failing: None) -> None:
    folder = _write(tmp_path / "in", ("dockside-news-strike.txt", "harbour-times-strike.txt"))
    with Store(tmp_path / "s.db") as store:
        stats = ingest([folder], store, Settings(), engine=engine)  # does not raise
        assert (stats.read, stats.analysed, stats.skipped) == (2, 2, 0)
        assert [(Path(s.origin or "").name, s.code, s.reason) for s in stats.skips] == [
            ("harbour-times-strike.txt", "placement",
             "placement error: ValueError: simulated: event e1 has no sentence")]
        assert stats.failed  # `eventwire ingest` says it and exits with EXIT_SKIPPED
        assert _placed(store) == ["dockside-news-strike.txt"]
        assert store.db.execute("SELECT COUNT(*) FROM story_pending").fetchone()[0] == 0
        bad = store.db.execute("SELECT id FROM articles WHERE origin LIKE '%harbour-times%'"
                               ).fetchone()[0]
        assert [(r["article_id"], Path(r["origin"]).name, r["code"], r["reason"])
                for r in queries.skips(store)] == [
            (bad, "harbour-times-strike.txt", "placement",
             "placement error: ValueError: simulated: event e1 has no sentence")]
        # its own records stay stored and shown as analysed
        shown = queries.show(store, bad)
        assert "skip" not in shown and len(shown["events"]) > 0
        assert store.db.execute("SELECT COUNT(*) FROM fused_members WHERE article_id = ?",
                                (bad,)).fetchone()[0] == 0
        # the next ingest is not blocked: it places its own article
        more = _write(tmp_path / "more", ("river-post-talks.txt",))
        ingest([more], store, Settings(), engine=engine)
        assert _placed(store) == ["dockside-news-strike.txt", "river-post-talks.txt"]
    out = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "skips",
                                    "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    assert '"reason": "placement error: ValueError: simulated: event e1 has no sentence"' \
        in out.output


def test_reanalysing_the_article_places_it_and_clears_the_reason(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _write(tmp_path / "in", ("dockside-news-strike.txt", "harbour-times-strike.txt"))
    real = placing.fuse_events
    with Store(tmp_path / "s.db") as store:
        monkeypatch.setattr(placing, "fuse_events", _raising(real))
        ingest([folder], store, Settings(), engine=engine)
        monkeypatch.setattr(placing, "fuse_events", real)
        ingest([folder], store, Settings(), engine=engine, force=True)
        assert queries.skips(store) == []
        assert _placed(store) == ["dockside-news-strike.txt", "harbour-times-strike.txt"]


def _raising(real: Any) -> Any:
    def fuse(db: Any, report: Any) -> None:
        if "harbour-times" in (report.article.origin or ""):
            raise TypeError("simulated")
        real(db, report)
    return fuse


UNPLACED = ("warning: 2 articles not yet placed into stories: run `eventwire ingest` (any "
            "path; the same files again will do) to place them, or wait for a running ingest "
            "to end; until then stories and fused events leave them out\n")


def test_stories_fused_events_and_summary_say_how_many_articles_wait_to_be_placed(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _write(tmp_path / "in", ("dockside-news-strike.txt", "river-post-talks.txt"))
    db = str(tmp_path / "s.db")
    # a run stopped before its end: its articles stored, none placed yet
    monkeypatch.setattr(Store, "place_pending", lambda self, progress=None, failed=None: 0)
    with Store(db) as store:
        ingest([folder], store, Settings(), engine=engine)
    monkeypatch.undo()
    runner = CliRunner()
    for args in (["stories", "--format", "jsonl"], ["events", "--fused", "--format", "jsonl"],
                 ["timeline", "--count", "events", "--format", "jsonl"], ["summary"],
                 ["summary", "--count", "events"]):
        result = runner.invoke(main, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        assert result.stderr == UNPLACED, args
    assert runner.invoke(main, ["--db", db, "stories", "--format", "jsonl"]).stdout == ""
    # the next ingest (the same files: nothing new to analyse) places them
    with Store(db) as store:
        ingest([folder], store, Settings(), engine=engine)
    for args in (["stories", "--format", "jsonl"], ["events", "--fused", "--format", "jsonl"],
                 ["summary"]):
        result = runner.invoke(main, ["--db", db, *args])
        assert result.exit_code == 0 and result.stderr == "", args
    stories = [json.loads(line) for line in runner.invoke(
        main, ["--db", db, "stories", "--format", "jsonl"]).stdout.splitlines()]
    assert [(s["title"], len(s["articles"])) for s in stories] == [
        ("Dock workers walk out in Antwerp", 2)]


def test_summary_counts_an_unplaced_article_apart_from_the_skipped_inputs(
        tmp_path: Path, engine: Any, failing: None) -> None:
    folder = _write(tmp_path / "in", ("dockside-news-strike.txt", "harbour-times-strike.txt"))
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a real skipped input
    with Store(tmp_path / "s.db") as store:
        ingest([folder], store, Settings(), engine=engine)
    out = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "summary"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[1].endswith("skipped inputs 1  stored but not placed into stories 1")
    tail = lines[lines.index("skipped inputs:"):]
    assert [line.replace(str(folder), "IN") for line in tail] == [
        "skipped inputs:",
        "  IN/empty.txt: too little text (0 words; at least 3 needed)",
        "",
        "analysed and stored, but not placed into stories and fused events (`eventwire "
        "ingest --force` on the file places it again):",
        "  IN/harbour-times-strike.txt: placement error: ValueError: simulated: event e1 has "
        "no sentence"]
    # the JSON summary (library, API, dashboard) counts and lists them apart too
    from eventwire.store import queries

    with Store(tmp_path / "s.db") as store:
        data = queries.summary(store)
    assert (data["counts"]["skips"], data["counts"]["unplaced"]) == (1, 1)
    assert [(Path(s["origin"]).name, s["code"]) for s in data["skips"]] == [
        ("empty.txt", "empty")]
    assert [(Path(s["origin"]).name, s["code"]) for s in data["unplaced"]] == [
        ("harbour-times-strike.txt", "placement")]
