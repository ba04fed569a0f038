"""The CLI a newcomer meets: paging, filters, widths, CSV columns, help on every option."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest import count_inputs, ingest
from eventwire.settings import Settings
from eventwire.store import Store

TASS = ("tass.com\n\nNews ID: 11\nPublish Date : 5 March 2025 - 12:00\n\nLavrov in Ankara\n\n"
        "ANKARA – Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan "
        "Fidan in Ankara on Tuesday. \"We discussed 100% of the agenda,\" Lavrov said.\n")
DAWN = ("dawn.com\n\nNews ID: 12\nPublish Date : 7 March 2025 - 09:00\n\nPakistan and China "
        "sign deal\n\nISLAMABAD – Pakistan and China signed a trade agreement in Islamabad on "
        "Thursday. \"The deal covers a_b goods and more than forty other kinds of trade,\" Foreign "
        "Minister Ishaq Dar said.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, engine) -> str:
    folder = tmp_path_factory.mktemp("in")
    (folder / "tass.txt").write_text(TASS)
    (folder / "dawn.txt").write_text(DAWN)
    path = folder.parent / "first-hour.db"
    with Store(path) as store:
        stats = ingest([folder], store, Settings(), engine=engine)
    assert stats.analysed == 2
    return str(path)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout


def test_articles_and_quotes_are_chronological_with_order_paging_and_filters(db: str) -> None:
    code, out = run("--db", db, "articles", "--format", "json")
    assert code == 0
    assert [a["source"] for a in json.loads(out)] == ["tass.com", "dawn.com"]
    _, out = run("--db", db, "articles", "--format", "json", "--order", "newest")
    assert [a["source"] for a in json.loads(out)] == ["dawn.com", "tass.com"]
    _, out = run("--db", db, "articles", "--format", "json", "--limit", "1", "--offset", "1")
    assert [a["source"] for a in json.loads(out)] == ["dawn.com"]
    _, out = run("--db", db, "articles", "--format", "json", "--since", "2025-03-06")
    assert [a["source"] for a in json.loads(out)] == ["dawn.com"]
    _, out = run("--db", db, "articles", "--format", "json", "--until", "2025-03-05")
    assert [a["source"] for a in json.loads(out)] == ["tass.com"]
    _, out = run("--db", db, "articles", "--format", "json", "--source", "www.Dawn.com")
    assert [a["source"] for a in json.loads(out)] == ["dawn.com"]
    _, out = run("--db", db, "quotes", "--format", "json", "--order", "newest")
    assert [q["source_outlet"] for q in json.loads(out)] == ["dawn.com", "tass.com"]
    _, out = run("--db", db, "quotes", "--format", "json", "--source", "tass.com",
                 "--since", "2025-03")
    assert [q["text"] for q in json.loads(out)] == ["We discussed 100% of the agenda"]
    _, out = run("--db", db, "skips", "--format", "json", "--limit", "5", "--offset", "0")
    assert json.loads(out) == []


def test_quote_search_is_literal_not_a_wildcard(db: str) -> None:
    def found(text: str) -> list[str]:
        return [q["source_outlet"] for q in json.loads(
            run("--db", db, "quotes", "--format", "json", "--search", text)[1])]

    assert found("100%") == ["tass.com"]
    assert found("0%") == ["tass.com"]
    assert found("a_b") == ["dawn.com"]
    assert found("a%b") == [] and found("_") == ["dawn.com"]


def test_events_filter_by_outlet_and_order(db: str) -> None:
    _, out = run("--db", db, "events", "--format", "json", "--source", "dawn.com")
    rows = json.loads(out)
    assert rows and {e["source_outlet"] for e in rows} == {"dawn.com"}
    _, oldest = run("--db", db, "events", "--format", "json")
    _, newest = run("--db", db, "events", "--format", "json", "--order", "newest")
    assert [e["id"] for e in json.loads(newest)] == [e["id"] for e in json.loads(oldest)][::-1]


def test_events_csv_has_scores_mode_place_and_codes(db: str) -> None:
    _, out = run("--db", db, "events", "--format", "csv", "--source", "dawn.com")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "date", "date_precision", "type", "cameo", "quad_class", "goldstein", "mode", "source",
        "source_code", "source_actor", "target", "target_code", "target_actor", "negated",
        "modality", "place", "place_country", "lat", "lon", "trigger", "sentence",
        "source_outlet", "article_id", "id"]
    events = {e["id"]: e for e in json.loads(
        run("--db", db, "events", "--format", "json", "--source", "dawn.com")[1])}
    deal = next(r for r in rows if r["trigger"] == "agreement")
    event = events[deal["id"]]
    assert (deal["type"], deal["cameo"], deal["date"], deal["date_precision"]) == (
        event["plover"], event["cameo"], "2025-03-06", "day")
    assert (deal["quad_class"], deal["goldstein"]) == (str(event["quad_class"]),
                                                       str(event["goldstein"]))
    assert deal["source_code"] == "; ".join(f"{a['country'] or ''}{a['sector'] or ''}"
                                            for a in event["source"])
    assert deal["source_actor"] == "; ".join(a["actor"] for a in event["source"])
    assert (deal["place"], deal["place_country"]) == ("Islamabad", "PAK")
    assert (float(deal["lat"]), float(deal["lon"])) == (event["place"]["lat"],
                                                        event["place"]["lon"])
    assert deal["source_outlet"] == "dawn.com"


def test_table_cells_can_be_widened(db: str) -> None:
    _, narrow = run("--db", db, "quotes", "--format", "table", "--source", "dawn.com")
    _, wide = run("--db", db, "quotes", "--format", "table", "--source", "dawn.com",
                  "--width", "0")
    quote = "The deal covers a_b goods and more than forty other kinds of trade"
    assert quote in wide and quote not in narrow
    assert quote[:39] + "…" in narrow  # 40 characters, the cut marked


def test_actor_notation_is_name_and_cameo_code() -> None:
    from eventwire import output

    assert output.actors_text([
        {"actor": "person:sergei-lavrov", "name": "Sergei Lavrov", "country": "RUS",
         "sector": "GOV"},
        {"actor": "org:un", "name": "United Nations", "country": None, "sector": "IGO"},
        {"actor": "DEU", "name": "DEU", "country": "DEU", "sector": None},
        {"actor": "IRN", "name": "Iran", "country": "IRN", "sector": None}]) == (
        "Sergei Lavrov(RUSGOV), United Nations(IGO), DEU, Iran(IRN)")
    assert output.cut("abcdefgh", 5) == "abcd…" and output.cut("abc", 0) == "abc"
    code, out = run("events", "--help")
    assert "Actors are shown as NAME(CODE): CODE is the CAMEO-style actor code" in " ".join(
        out.split())


def test_every_option_has_help_text() -> None:
    missing = []

    def walk(command: click.Command, path: str) -> None:
        missing.extend(f"{path} {p.opts[0]}" for p in command.params
                       if isinstance(p, click.Option) and not p.help and p.name != "help")
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(main, "eventwire")
    assert missing == []


def test_extract_json_is_always_an_array(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    code, out = run("extract", str(tmp_path / "empty.txt"))
    reports = json.loads(out)
    assert code == 1 and isinstance(reports, list) and len(reports) == 1
    assert reports[0]["skip"]["reason"] == "too little text (0 words; at least 3 needed)"


def test_progress_total_counts_files_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TASS)
    (tmp_path / "b.jsonl").write_text('{"text": "one"}\n\n{"text": "two"}\n{"text": "3"}\n')
    (tmp_path / "c.html").write_text("<html></html>")
    assert count_inputs([tmp_path], 2_000_000) == 5
    assert count_inputs([tmp_path], 10) == 3  # an oversized file is one skip


@pytest.mark.slow
def test_the_readme_examples_work_after_make_demo(tmp_path: Path) -> None:
    """Every command of the README's "Then" block prints something after `eventwire demo`."""
    import shlex
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text("utf-8")
    block = readme.split("Then, with `.venv/bin` on your `PATH`:", 1)[1].split("```")[1]
    commands = [shlex.split(line.split("#")[0]) for line in block.splitlines()
                if line.startswith("eventwire ")]
    assert len(commands) == 6
    env = {"EVENTWIRE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    demo = subprocess.run([sys.executable, "-m", "eventwire", "demo"], capture_output=True,
                          text=True, env=env, cwd=root, timeout=1800)
    assert demo.returncode == 0, demo.stderr
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "eventwire", *command[1:], "--format",
                               "json"] if "--format" not in command else
                              [sys.executable, "-m", "eventwire", *command[1:]],
                              capture_output=True, text=True, env=env, cwd=root, timeout=600)
        assert done.returncode == 0, (command, done.stderr)
        data = json.loads(done.stdout)
        assert data, command
        if command[1] == "show":
            assert data["article"]["title"] == ("Iran, U.S. Hold Indirect Talks in Muscat, "
                                                "Agree to Meet Again")
        if command[1] == "events" and "SANCTION" in command:
            assert {e["plover"] for e in data} == {"SANCTION"}
