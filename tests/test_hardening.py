"""One bad article never takes down a batch; hostile and odd inputs become clear skips."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DEMO, KAYHAN, need
from eventwire.api import Engine, default_stages
from eventwire.cli import main
from eventwire.document import Document
from eventwire.ingest import ingest
from eventwire.models import Article, Skip
from eventwire.pipeline import Pipeline, Stage
from eventwire.readers import read_paths
from eventwire.readers.build import ReaderContext
from eventwire.settings import Settings
from eventwire.sources import SourceTable
from eventwire.store import Store, queries

CTX = ReaderContext(Settings(), SourceTable.load())
STORY = ("Officials in Cairo said yesterday that Egypt and Jordan signed a water agreement on "
         "Tuesday and will meet again next week.")


def article_file(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"Egypt and Jordan talks {name}\n\n{body}\n")
    return path


def read_one(path: Path) -> Article | Skip:
    items = list(read_paths([path], CTX))
    assert len(items) == 1
    return items[0]


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- per-article isolation -------------------------------------------------------------------

def _explode(document: Document) -> None:
    if "EXPLODE" in document.text:
        raise RuntimeError("boom in\n  the stage")


@pytest.fixture(scope="module")
def bomb_engine(engine: Engine) -> Engine:
    """The real pipeline plus a stage that fails on articles containing EXPLODE."""
    stages = (*default_stages(engine.resources),
              Stage("bomb", needs=("events",), adds=(), run=_explode))
    return Engine(engine.resources, Pipeline(stages))


def test_an_error_in_one_article_is_a_skip_and_the_batch_goes_on(
        tmp_path: Path, bomb_engine: Engine) -> None:
    files = [article_file(tmp_path, "a.txt", STORY),
             article_file(tmp_path, "b.txt", STORY + " EXPLODE"),
             article_file(tmp_path, "c.txt", STORY.replace("Tuesday", "Monday"))]
    reports = [r.to_dict() for r in bomb_engine.extract(files)]
    assert [("skip" in r) for r in reports] == [False, True, False]
    assert reports[1]["skip"] == {"reason": "internal error: RuntimeError: boom in the stage",
                                  "code": "internal", "origin": str(files[1]),
                                  "article_id": reports[1]["article"]["id"]}
    assert reports[1]["article"]["text"].endswith("EXPLODE")  # the article is kept
    assert reports[0]["events"] and reports[2]["events"]


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_stores_the_internal_error_and_the_other_articles(
        tmp_path: Path, bomb_engine: Engine, workers: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        article_file(folder, f"{i}.txt", STORY.replace("Tuesday", f"Tuesday ({i})")
                     + (" EXPLODE" if i == 3 else ""))
    with Store(tmp_path / "s.db") as store:
        stats = ingest([folder], store, Settings(), workers=workers, engine=bomb_engine)
        skips = queries.skips(store)
        counts = queries.summary(store)["counts"]
    assert (stats.read, stats.analysed, stats.skipped) == (5, 4, 1)
    assert [(s["origin"], s["code"], s["reason"]) for s in skips] == [
        (str(folder / "3.txt"), "internal", "internal error: RuntimeError: boom in the stage")]
    assert counts["articles"] == 5  # the failed article's text is stored too


def test_eventwire_failing_exits_3_with_a_message(tmp_path: Path, monkeypatch) -> None:
    Store(tmp_path / "s.db").close()

    def broken(*args: object) -> list:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "skips", broken)
    code, out, err = cli("--db", str(tmp_path / "s.db"), "skips")
    assert code == 3
    assert err == ("error: eventwire failed: RuntimeError: disk on fire\nThis is not a problem "
                   "with your input. Run again with EVENTWIRE_DEBUG=1 to see the traceback, and "
                   "report it.\n")


def test_exit_statuses_are_in_the_help() -> None:
    code, out, _ = cli("--help")
    assert code == 0
    assert out.endswith(
        "  Exit status:\n    0  every input was analysed\n    1  some input was skipped (each "
        "reason is printed and stored)\n    2  usage or configuration error (the message says "
        "what to do)\n    3  eventwire itself failed (a bug or a broken environment; set "
        "EVENTWIRE_DEBUG=1 for\n       the traceback)\n")


# -- publication dates -----------------------------------------------------------------------

def test_placeholder_publication_dates_are_unknown_not_an_exception(
        tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps({"id": name, "source": "example.org", "published": when,
                                          "text": STORY})
                              for name, when in (("zero", "0001-01-01T00:00:00Z"),
                                                 ("nines", "9999-12-31T23:59:59Z"),
                                                 ("day", "0001-01-01"))) + "\n")
    reports = [r.to_dict() for r in engine.extract([path])]
    assert [r["article"]["published"] for r in reports] == [
        "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "0001-01-01"]
    assert reports[0]["warnings"] == [
        "publication date '0001-01-01T00:00:00+00:00' is outside 1900-01-01 to 2100-12-31 (a "
        "placeholder?) or unreadable: treated as unknown; relative dates are not resolved"]
    for report in reports:
        assert "skip" not in report
        assert report["times"] == []  # "yesterday", "Tuesday", "next week": no value
        assert report["events"] and all(e["date"]["value"] is None for e in report["events"])


def test_calendar_arithmetic_at_the_edge_of_time_gives_no_value() -> None:
    from datetime import UTC, datetime

    from eventwire.stages.dating import shift
    from eventwire.timex import tag_times

    end_of_time = datetime(9999, 12, 31, 12, tzinfo=UTC)
    refs = tag_times("They met yesterday and will meet tomorrow and next week.", end_of_time)
    assert [(r.text, r.value) for r in refs] == [("yesterday", "9999-12-30")]
    assert shift("9999-12-31", "P1W", 1) is None and shift("0001-01-01", "P1D", -1) is None


# -- store -----------------------------------------------------------------------------------

_OPEN = """
import sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
from eventwire.store import Store
with Store(sys.argv[1]) as store:
    print(store.schema_version())
"""


@pytest.mark.slow  # twelve interpreters racing to create one store
def test_four_processes_open_one_new_store_at_once(tmp_path: Path) -> None:
    from eventwire.store.schema import MIGRATIONS

    latest = max(v for v, _ in MIGRATIONS)
    for attempt in range(3):
        db, go = tmp_path / f"new{attempt}.db", tmp_path / f"go{attempt}"
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN, str(db), str(go)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        go.touch()
        results = [p.communicate(timeout=60) for p in procs]
        got = [(p.returncode, out.strip(), err)
               for p, (out, err) in zip(procs, results, strict=True)]
        assert got == [(0, str(latest), "")] * 4
        with Store(db) as store:
            applied = [r[0] for r in store.db.execute("SELECT version FROM schema_migrations")]
        assert applied == list(range(1, latest + 1))


def test_db_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("these are my notes, not a database\n" * 50)
    code, _, err = cli("--db", str(text), "events")
    assert code == 2
    assert err == (f"error: {text} is not an eventwire store (file is not a database): pass the "
                   "path of a store with --db, or a new file name to create one\n")
    assert text.read_text().startswith("these are my notes")


def test_db_typo_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "stroe" / "eventwire.db"
    code, _, err = cli("--db", str(typo), "events")
    assert code == 2
    assert err == (f"error: no store at {typo}: check --db, or create one with `eventwire ingest "
                   "FILE...` or `eventwire demo`\n")
    code, _, err = cli("--db", str(typo), "ingest", str(tmp_path))
    assert code == 2
    assert err == (f"error: folder {typo.parent} does not exist: create it first, or check "
                   "--db\n")
    assert not typo.parent.exists()


def test_show_needs_a_real_id_or_a_long_enough_prefix(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        for text in ("first", "second"):
            store.db.execute(
                "INSERT INTO articles (id, text, status, pipeline_version, pipeline_json, "
                "ingested_at) VALUES (?, ?, 'analysed', 'x', ?, 'now')",
                (f"a1234567{text}", text, json.dumps(
                    {"version": "x", "spacy_model": "m", "spacy_version": "v", "stages": []})))
    for given in ("", "a"):
        code, out, err = cli("--db", str(db), "show", given)
        assert (code, out) == (2, "")
        assert err == (f"error: no article {given!r} in the store: give a whole article id or "
                       "at least its first 7 characters; list ids with `eventwire events` or "
                       "`eventwire articles`\n")
    code, _, err = cli("--db", str(db), "show", "a1234567")
    assert err == ("error: 'a1234567' is the start of several article ids (a1234567first, "
                   "a1234567second, ...): give more characters\n")
    code, out, _ = cli("--db", str(db), "show", "a1234567s", "--format", "json")
    assert code == 0 and json.loads(out)["article"]["id"] == "a1234567second"
    code, _, err = cli("--db", str(db), "show", "a1234_67")
    assert err.startswith("error: no article 'a1234_67' in the store")


# -- readers ---------------------------------------------------------------------------------

XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chile and Peru sign fisheries accord</title>
<meta property="article:published_time" content="2025-03-10T09:00:00-03:00"/></head>
<body><article><h1>Chile and Peru sign fisheries accord</h1>
<p>SANTIAGO - Chile and Peru signed a fisheries agreement in Santiago on Monday, ending a
dispute over quotas.</p></article></body></html>
"""


def test_xhtml_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    for name in ("page.xhtml", "page.html", "page"):
        path = tmp_path / name
        path.write_text(XHTML)
        article = read_one(path)
        assert isinstance(article, Article), name
        assert article.text == ("Chile and Peru sign fisheries accord\nSANTIAGO - Chile and Peru "
                                "signed a fisheries agreement in Santiago on Monday, ending a "
                                "dispute over quotas.")
        assert article.published == "2025-03-10T09:00:00-03:00"
        assert (article.format, article.timezone_basis) == ("html", "input")


def test_billion_laughs_is_read_and_stays_inert() -> None:
    article = read_one(DEMO / "bad" / "billion-laughs.html")
    assert isinstance(article, Article)
    assert article.title == "Oman hosts Iran-US talks"
    assert article.text == (
        "Oman hosts Iran-US talks\nMUSCAT - Iranian and U.S. negotiators held indirect talks in "
        "Muscat on Saturday, with Oman's foreign minister passing messages between the two "
        "delegations. &lol9;\nBoth sides agreed to meet again the following week. &ext;")
    assert "lollol" not in article.text and "root:" not in article.text


def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    text = "Kenya and Uganda agree rail link\n\nKenya and Uganda signed a rail agreement.\n"
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        article = read_one(path)
        assert isinstance(article, Article), encoding
        assert article.text == ("Kenya and Uganda agree rail link\n\nKenya and Uganda signed a "
                                "rail agreement.")


def test_undecodable_message_gives_the_utf8_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Talks in Qu\xe9bec ended \x81 on Monday with a deal.")
    skip = read_one(path)
    assert isinstance(skip, Skip)
    assert skip.reason == ("undecodable bytes at offset 11: not UTF-8 (byte 0xe9) and not "
                           "Windows-1252 (byte 0x81 at offset 22 is undefined there); re-encode "
                           "the file as UTF-8")


def test_template_content_is_not_article_text(tmp_path: Path) -> None:
    path = tmp_path / "t.html"
    path.write_text(
        "<!doctype html><html><head><title>Ghana and Togo hold border talks</title></head><body>"
        "<template><p>Russia attacked France in a template that is never shown.</p>"
        "<template><p>Nested hidden text.</p></template></template>"
        "<article><h1>Ghana and Togo hold border talks</h1><p>ACCRA - Ghanaian and Togolese "
        "officials held talks in Accra on Wednesday about the border.</p></article></body></html>")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == ("Ghana and Togo hold border talks\nACCRA - Ghanaian and Togolese "
                            "officials held talks in Accra on Wednesday about the border.")


def test_deeply_nested_page_keeps_its_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 20_000
    path.write_text("<html><body>" + "<div>" * depth + "<p>Kenyan and Ugandan officials met in "
                    "Nairobi on Friday.</p>" + "</div>" * depth + "</body></html>")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == "Kenyan and Ugandan officials met in Nairobi on Friday."


def test_a_fifo_named_on_the_command_line_is_a_skip_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    skip = read_one(fifo)
    assert isinstance(skip, Skip) and skip.code == "unreadable"
    assert skip.reason == ("not a regular file (a named pipe): eventwire reads files and folders; "
                           "copy the data to a file first")


def test_kayhan_zone_comes_from_the_outlet_table() -> None:
    article = read_one(need(KAYHAN))
    assert isinstance(article, Article)
    assert (article.timezone, article.timezone_basis) == ("Asia/Tehran", "outlet")


# -- CLI options -----------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2025/01/01", "yesterday", "2025-13", "2025-02-30", "25"])
def test_malformed_since_and_until_exit_2(tmp_path: Path, value: str) -> None:
    Store(tmp_path / "s.db").close()
    for option in ("--since", "--until"):
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "events", option,
                                           value])
        assert result.exit_code == 2
        assert (f"Invalid value for '{option}': {value!r} is not a date: use YYYY, YYYY-MM or "
                "YYYY-MM-DD (e.g. 2025, 2025-02 or 2025-02-26)") in result.output


# -- the model is loaded only when an article needs analysing --------------------------------

_NO_MODEL = """
import sys
from eventwire.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    print("exit", exc.code)
print("spacy loaded:", "spacy" in sys.modules)
"""


@pytest.mark.slow  # one fresh interpreter per command
def test_queries_and_skip_only_inputs_do_not_load_spacy(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "french.txt").write_text(
        "Le ministre iranien des Affaires étrangères a rejeté mardi toute négociation directe "
        "avec les États-Unis, selon un communiqué publié à Téhéran.")
    db = str(tmp_path / "s.db")
    for args in (["--db", db, "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "french.txt")],
                 ["--db", db, "events"], ["--db", db, "skips", "--format", "csv"],
                 ["extract", str(tmp_path / "empty.txt"), "--format", "jsonl"]):
        done = subprocess.run([sys.executable, "-c", _NO_MODEL, *args], capture_output=True,
                              text=True, timeout=120)
        assert done.stdout.splitlines()[-1] == "spacy loaded: False", (args, done.stdout)
    assert "french.txt,language,\"language detected as 'fr', not English" in subprocess.run(
        [sys.executable, "-c", _NO_MODEL, "--db", db, "skips", "--format", "csv"],
        capture_output=True, text=True).stdout


# -- long articles ---------------------------------------------------------------------------

LONG = """Leaders meet in Geneva

GENEVA – Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr Albusaidi in \
Geneva on Monday to discuss the nuclear talks.
"We are ready for a fair agreement," Araghchi told reporters after the meeting.

Russian Foreign Minister Sergei Lavrov criticised the new European Union sanctions on Tuesday, \
calling them illegal.
The European Union imposed the sanctions on Russian banks last week, officials in Brussels said.

Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing on \
Wednesday.
"Our partnership is strong," Lula said at a joint news conference.
"""


def test_chunks_end_at_paragraphs_and_cover_the_text() -> None:
    from eventwire.chunks import chunk_bounds

    text = "aaaa bbbb.\ncccc dddd. eeee\nffff gggg hhhh iiii"
    assert chunk_bounds(text, 100) == [(0, len(text))]
    assert chunk_bounds(text, 16) == [(0, 11), (11, 27), (27, 42), (42, 46)]
    assert chunk_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_a_long_article_in_chunks_keeps_its_offsets_and_ids(engine: Engine) -> None:
    from dataclasses import replace

    from eventwire.chunks import chunk_bounds

    chunked_engine = Engine(replace(engine.resources, settings=Settings(chunk_chars=200)),
                            engine.pipeline)
    whole = engine.analyse_text(LONG, published="2025-03-05T12:00:00+00:00")
    chunked = chunked_engine.analyse_text(LONG, published="2025-03-05T12:00:00+00:00")
    text = whole.article.text
    assert chunked.article == whole.article and len(chunk_bounds(text, 200)) == 4
    assert [e.id for e in chunked.events] == [e.id for e in whole.events]
    last = chunked.events[-1]  # from the last chunk
    assert (last.plover, last.evidence.trigger.text, last.evidence.trigger.start) == (
        "CONSULT", "hosted", text.index("hosted"))
    assert chunked.quotes == whole.quotes and len(chunked.quotes) == 4  # + "calling them illegal"
    assert chunked.times == whole.times
    for event in chunked.events:
        trigger = event.evidence.trigger
        assert text[trigger.start:trigger.end] == trigger.text
    for quote in chunked.quotes:
        assert text[quote.start:quote.end] == quote.text
    lula = next(a for a in chunked.actors if a.name == "Luiz Inácio Lula da Silva")
    assert [m.text for m in lula.mentions] == ["Luiz Inacio Lula da Silva", "Lula"]
    assert all(text[m.start:m.end] == m.text for a in chunked.actors for m in a.mentions)


# -- the check: one batch of everything that used to break ---------------------------

def _long_article(size: int) -> str:
    """Real prose from the demo corpus, paragraph after paragraph, up to ``size`` characters."""
    paragraphs = [line.strip() for path in sorted(DEMO.glob("*.txt"))
                  for line in path.read_text("utf-8").split("\n")[6:] if len(line.strip()) > 40]
    out, total, i = ["A very long report"], 0, 0
    while total < size:
        out.append(paragraphs[i % len(paragraphs)])
        total += len(out[-1]) + 1
        i += 1
    return "\n".join(out)


@pytest.mark.slow
def test_the_batch_that_used_to_break_finishes_and_stores_the_good_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    kayhan = folder / "kayhan-137320.txt"
    kayhan.write_bytes(need(KAYHAN).read_bytes())
    (folder / "dates.jsonl").write_text("\n".join(
        json.dumps({"id": name, "source": "example.org", "published": when, "text": STORY})
        for name, when in (("zero", "0001-01-01T00:00:00Z"), ("nines", "9999-12-31T23:59:59Z")))
        + "\n")
    (folder / "long.txt").write_text(_long_article(1_180_000))
    (folder / "page.xhtml").write_text(XHTML)
    (folder / "utf16.txt").write_bytes(
        "Kenya and Uganda agree rail link\n\nKenyan President William Ruto met Ugandan President "
        "Yoweri Museveni in Nairobi on Friday.\n".encode("utf-16"))
    (folder / "template.html").write_text(
        "<!doctype html><html><head><title>Ghana and Togo hold border talks</title></head><body>"
        "<template><p>Russia attacked France in a template.</p></template><article><p>ACCRA - "
        "Ghanaian and Togolese officials held talks in Accra on Wednesday about the border."
        "</p></article></body></html>")
    assert (folder / "long.txt").stat().st_size > 1_180_000
    db = tmp_path / "s.db"
    done = subprocess.run([sys.executable, "-m", "eventwire", "--db", str(db), "ingest",
                           str(folder)], capture_output=True, text=True, timeout=1800)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("read 7, analysed 7, unchanged 0, skipped 0;")
    with Store(db) as store:
        rows = {r["origin"]: r for r in store.db.execute(
            "SELECT origin, id, status, timezone_basis, length(text) AS n FROM articles")}
        template_text = store.db.execute("SELECT text FROM articles WHERE origin = ?",
                                         (str(folder / "template.html"),)).fetchone()[0]
        long_events = store.db.execute(
            "SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE a.origin = ? AND substr(a.text, e.trigger_start + 1, "
            "e.trigger_end - e.trigger_start) = e.trigger_text",
            (str(folder / "long.txt"),)).fetchone()[0]
    assert {Path(o).name for o in rows} == {
        "kayhan-137320.txt", "dates.jsonl:1", "dates.jsonl:2", "long.txt", "page.xhtml",
        "utf16.txt", "template.html"}
    assert all(r["status"] == "analysed" for r in rows.values())
    assert (rows[str(kayhan)]["id"], rows[str(kayhan)]["timezone_basis"]) == (
        "a60830027bdf78673", "outlet")
    assert "template" not in template_text
    assert long_events > 100  # events from every chunk, offsets into the text
