"""Stories and fused events on the lake (issue 15 on the lake / Ray path): `eventwire lake
stories` places the lake's articles in publication order with the store's own functions, and
`stories --lake` / `events --fused --lake` answer exactly as the store does on the same
reports; `lake load` fills a store in publication order too, whatever the files are called,
and so does one `ingest` run into a store, whatever order its files are listed in.

The articles (tests/fixtures/stories-lake, written for these tests) tell one summit as three
outlets and a republished copy would, plus a distractor with the same two countries' foreign
ministers 18 days earlier. Their file names are not in publication order."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.lake.ingest import ingest_lake
from eventwire.lake.load import load_lake
from eventwire.lake.write import write_reports
from eventwire.settings import Settings
from eventwire.store import Store
from test_store_queries import IRN, USA, report

HERE = Path(__file__).parent / "fixtures" / "stories-lake"
FILES = sorted(HERE.glob("*.txt"))  # by name: arirang, japantimes, koreaherald, reuters, yonhap
PUBLISHED = ["arirang-foreign-ministers-call", "japantimes-ishiba-hosts-lee",
             "yonhap-lee-ishiba-summit", "koreaherald-summit-copy",
             "reuters-tokyo-summit-followup"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, engine) -> tuple[Path, Path, dict[str, str]]:
    """A store and a lake, both written in file-name order (not publication order: the copy's
    name sorts before its original's), the lake's stories built; the article id of each
    file."""
    tmp = tmp_path_factory.mktemp("lake-stories")
    db, lake = tmp / "store.db", tmp / "lake"
    with Store(db) as store:
        ingest(FILES, store, Settings(), engine=engine)
        ids = {Path(r[0]).stem: r[1] for r in store.db.execute(
            "SELECT origin, id FROM articles")}
    ingest_lake(FILES, lake, Settings(), engine=engine)
    result = CliRunner().invoke(main, ["lake", "stories", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    assert result.output == (f"placed 5 new articles of {lake}: 5 articles in 2 stories, "
                             "12 fused events\n")
    return db, lake, ids


def _out(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_stories_from_the_lake_are_the_stores(built) -> None:
    db, lake, ids = built
    on_lake = _out("stories", "--lake", str(lake), "--format", "jsonl")
    assert on_lake == _out("--db", str(db), "stories", "--format", "jsonl")
    stories = [json.loads(line) for line in on_lake.splitlines()]
    # the follow-up ("The leaders of Japan and South Korea met …") names both sides of the
    # meeting (a plural role of coordinated states), so it joins the summit's story
    summit = [ids["japantimes-ishiba-hosts-lee"], ids["yonhap-lee-ishiba-summit"],
              ids["koreaherald-summit-copy"], ids["reuters-tokyo-summit-followup"]]
    assert stories[1] == {
        "id": "s" + ids["japantimes-ishiba-hosts-lee"][1:],
        "title": "Ishiba hosts South Korea's Lee, pledges 'future-oriented' partnership",
        "articles": summit,
        "near_duplicates": [[ids["yonhap-lee-ishiba-summit"], ids["koreaherald-summit-copy"]]]}
    # the distractor (same countries, 18 days earlier) has a story of its own
    assert stories[0]["articles"] == [ids["arirang-foreign-ministers-call"]]
    assert _out("stories", "--lake", str(lake), "--min-articles", "2", "--format",
                "jsonl") == json.dumps(stories[1]) + "\n"


def test_fused_events_from_the_lake_are_the_stores(built) -> None:
    db, lake, ids = built
    args = ("events", "--fused", "--include-negated", "--format", "jsonl")
    on_lake = _out(*args, "--lake", str(lake))
    assert on_lake == _out("--db", str(db), *args)
    fused = [json.loads(line) for line in on_lake.splitlines()]
    summit = next(f for f in fused if f["plover"] == "CONSULT"
                  and f["date"]["value"] == "2025-08-23")
    assert summit["articles"] == [ids[n] for n in PUBLISHED[1:]]
    assert (summit["num_articles"], summit["num_sources"]) == (3, 3)  # the copy not counted
    assert summit["near_duplicates"] == [[ids["yonhap-lee-ishiba-summit"],
                                          ids["koreaherald-summit-copy"]]]
    distractor = [f for f in fused if ids["arirang-foreign-ministers-call"] in f["articles"]]
    assert {f["date"]["value"] for f in distractor} == {"2025-08-05"}
    assert all(f["articles"] == [ids["arirang-foreign-ministers-call"]] for f in distractor)


@pytest.mark.parametrize("filters", [
    ("--type", "CONSULT"), ("--actor", "JPN"), ("--pair", "KOR,JPN"), ("--actor", "Iwaya"),
    ("--since", "2025-08-20"), ("--until", "2025-08-10", "--include-negated"),
    ("--min-articles", "2"), ("--source", "reuters.com"), ("--order", "newest"),
    ("--search", "Tokyo"), ("--type", "04", "--min-confidence", "0.5")])
def test_fused_filters_on_the_lake_as_on_the_store(built, filters: tuple[str, ...]) -> None:
    db, lake, _ = built
    args = ("events", "--fused", "--format", "jsonl", *filters)
    assert _out(*args, "--lake", str(lake)) == _out("--db", str(db), *args)


def test_fused_pages_on_the_lake_as_on_the_store(built) -> None:
    db, lake, _ = built
    pages = []
    for where in (["--lake", str(lake)], []):
        runner = CliRunner()
        first = runner.invoke(main, ["--db", str(db), "events", "--fused", "--limit", "2",
                                     "--format", "jsonl", *where])
        cursor = first.stderr.split("--cursor ")[1].strip()
        second = runner.invoke(main, ["--db", str(db), "events", "--fused", "--limit", "2",
                                      "--cursor", cursor, "--format", "jsonl", *where])
        pages.append((first.stdout, cursor, second.stdout))
    assert pages[0] == pages[1]
    assert len(pages[0][0].splitlines()) == 2


def test_lake_load_places_articles_in_publication_order(built, tmp_path: Path) -> None:
    db, lake, _ = built
    with Store(tmp_path / "loaded.db") as loaded:
        assert load_lake(lake, loaded) == 5
    for args in (("stories",), ("events", "--fused", "--include-negated")):
        assert (_out("--db", str(tmp_path / "loaded.db"), *args, "--format", "jsonl")
                == _out("--db", str(db), *args, "--format", "jsonl"))


def test_lake_stories_must_be_built_and_kept_up_to_date(built, tmp_path: Path) -> None:
    _, source, _ = built
    lake = tmp_path / "lake"
    shutil.copytree(source, lake, ignore=shutil.ignore_patterns("fusion"))
    runner = CliRunner()
    result = runner.invoke(main, ["stories", "--lake", str(lake)])
    assert result.exit_code == 2
    assert result.output == (f"error: the lake {lake} has no story and fused-event tables "
                             f"yet: build them with `eventwire lake stories --lake {lake}`\n")
    assert _out("lake", "stories", "--lake", str(lake)).startswith("placed 5 new articles")
    later = report(9, "2025-08-30T09:00:00+00:00", [
        ("Iran met the United States in Muscat.", [IRN], [USA], "2025-08-29", False)])
    write_reports(lake, [later.to_dict()])
    result = runner.invoke(main, ["events", "--fused", "--lake", str(lake)])
    assert result.exit_code == 2
    assert result.output == (f"error: 1 article(s) of the lake {lake} are not in its stories "
                             f"and fused events yet: run `eventwire lake stories --lake {lake}` "
                             "to place them\n")
    assert _out("lake", "stories", "--lake", str(lake)) == (
        f"placed 1 new articles of {lake}: 6 articles in 3 stories, 13 fused events\n")
    out = _out("events", "--fused", "--lake", str(lake), "--pair", "IRN,USA", "--format",
               "jsonl")
    assert [json.loads(line)["articles"] for line in out.splitlines()] == [
        [later.article.id]]


def _answers(db: Path) -> list[str]:
    return [_out("--db", str(db), *args, "--format", "jsonl")
            for args in (("stories",), ("events", "--fused", "--include-negated"))]


def test_one_ingest_run_gives_the_same_stories_whatever_the_file_order(
        built, engine, tmp_path: Path) -> None:
    """A run stores its articles and places them at its end in publication order, so the
    copy is the copy and the stories are the same whichever file comes first."""
    db, _, ids = built
    backwards = tmp_path / "backwards.db"
    with Store(backwards) as store:
        ingest(list(reversed(FILES)), store, Settings(), engine=engine)
    assert _answers(backwards) == _answers(db)
    stories = [json.loads(line) for line in _answers(db)[0].splitlines()]
    assert [s["near_duplicates"] for s in stories] == [
        [], [[ids["yonhap-lee-ishiba-summit"], ids["koreaherald-summit-copy"]]]]


def test_a_run_stopped_before_placing_leaves_its_articles_to_the_next(
        built, engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _, _ = built
    stopped = tmp_path / "stopped.db"
    place_pending = Store.place_pending

    def killed(self: Store, *args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "place_pending", killed)
    with Store(stopped) as store, pytest.raises(KeyboardInterrupt):
        ingest(FILES[:3], store, Settings(), engine=engine)
    with Store(stopped) as store:  # stored, waiting: in no story yet
        assert store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
        assert store.db.execute("SELECT COUNT(*) FROM story_pending").fetchone()[0] == 3
    result = CliRunner().invoke(main, ["--db", str(stopped), "stories", "--format", "jsonl"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.startswith("warning: 3 articles not yet placed into stories: run "
                                    "`eventwire ingest`")
    monkeypatch.setattr(Store, "place_pending", place_pending)
    with Store(stopped) as store:  # the next run places the waiting articles with its own
        stats = ingest(FILES, store, Settings(), engine=engine)
        assert (stats.analysed, stats.unchanged) == (2, 3)
        assert store.db.execute("SELECT COUNT(*) FROM story_pending").fetchone()[0] == 0
    assert _answers(stopped) == _answers(db)


def test_no_stories_without_a_lake_is_an_error() -> None:
    result = CliRunner().invoke(main, ["ingest", str(FILES[0]), "--no-stories"])
    assert result.exit_code == 2
    assert result.output.endswith("Error: --no-stories goes with --lake only: the store "
                                  "places each ingest's articles into stories and fused "
                                  "events itself\n")


def test_a_failed_forced_lake_ingest_leaves_the_next_run_rebuilding(
        built, engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest --lake --force` analyses every article again: if it stops half way, what was
    placed is stale, so the next plain run places every article anew."""
    db, source, _ = built
    lake = tmp_path / "lake"
    shutil.copytree(source, lake)
    monkeypatch.setattr("eventwire.api.Engine.load", classmethod(lambda cls, s=None: engine))

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("eventwire.lake.ingest.ingest_lake", broken)
    failed = CliRunner().invoke(main, ["ingest", *map(str, FILES), "--lake", str(lake),
                                       "--force"])
    assert failed.exit_code != 0
    result = CliRunner().invoke(main, ["stories", "--lake", str(lake)])
    assert result.output == (f"error: the lake {lake} has no story and fused-event tables "
                             f"yet: build them with `eventwire lake stories --lake {lake}`\n")
    monkeypatch.undo()
    monkeypatch.setattr("eventwire.api.Engine.load", classmethod(lambda cls, s=None: engine))
    again = _out("ingest", *map(str, FILES), "--lake", str(lake)).splitlines()
    assert again[0].startswith("read 5, analysed 0, unchanged 5, skipped 0;")
    assert again[1].startswith("stories: placed 5 new articles in ")
    assert [_out(*args, "--lake", str(lake), "--format", "jsonl")
            for args in (("stories",), ("events", "--fused", "--include-negated"))
            ] == _answers(db)


def test_ingest_lake_builds_the_stories_the_store_has(built, engine, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest --lake` places its new articles into stories and fused events at the end (a
    user needs no second command) and says what that cost; the lake then answers as the
    store does. A second ingest of the same files places nothing."""
    db, _, ids = built
    monkeypatch.setattr("eventwire.api.Engine.load", classmethod(lambda cls, s=None: engine))
    lake = tmp_path / "lake"
    first = _out("ingest", *map(str, FILES), "--lake", str(lake))
    lines = first.splitlines()
    assert lines[0].startswith("read 5, analysed 5, unchanged 0, skipped 0;")
    assert re.fullmatch(r"stories: placed 5 new articles in \d+\.\d s, \d+\.\d ms/article; "
                        r"5 articles in 2 stories, 12 fused events", lines[1]), lines[1]
    for args in (("stories",), ("events", "--fused", "--include-negated")):
        assert (_out(*args, "--lake", str(lake), "--format", "jsonl")
                == _out("--db", str(db), *args, "--format", "jsonl"))
    again = _out("ingest", *map(str, FILES), "--lake", str(lake)).splitlines()
    assert again[0].startswith("read 5, analysed 0, unchanged 5, skipped 0;")
    assert re.fullmatch(r"stories: placed 0 new articles in \d+\.\d s; 5 articles in 2 "
                        r"stories, 12 fused events", again[1]), again[1]
    skipped = _out("ingest", *map(str, FILES), "--lake", str(tmp_path / "other"),
                   "--no-stories")
    assert len(skipped.splitlines()) == 1
    assert not (tmp_path / "other" / "fusion").exists()


def test_an_article_the_lake_cannot_place_is_a_skip_and_the_build_goes_on(
        built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.store import placing

    _, source, ids = built
    lake = tmp_path / "lake"
    shutil.copytree(source, lake, ignore=shutil.ignore_patterns("fusion"))
    real = placing.fuse_events
    bad = ids["yonhap-lee-ishiba-summit"]

    def fuse(db, report) -> None:  # a bug in one article's records
        if report.article.id == bad:
            raise ValueError("simulated: no sentence")
        real(db, report)

    monkeypatch.setattr(placing, "fuse_events", fuse)
    result = CliRunner().invoke(main, ["lake", "stories", "--lake", str(lake)])
    assert result.exit_code == 1  # EXIT_SKIPPED: told, and the build went on
    origin = next(str(f) for f in FILES if f.stem == "yonhap-lee-ishiba-summit")
    assert result.stderr == (f"stories: could not place {origin}: placement error: "
                             "ValueError: simulated: no sentence\n")
    assert result.stdout == (f"placed 4 new articles of {lake}: 4 articles in 2 stories, "
                             "12 fused events\n")
    stories = [json.loads(line)["articles"] for line in _out(
        "stories", "--lake", str(lake), "--format", "jsonl").splitlines()]
    assert sorted(map(len, stories)) == [1, 3] and all(bad not in s for s in stories)
    # kept as a skip in the build's state: the next build does not try it again
    monkeypatch.setattr(placing, "fuse_events", real)
    assert _out("lake", "stories", "--lake", str(lake)) == (
        f"placed 0 new articles of {lake}: 4 articles in 2 stories, 12 fused events\n")
