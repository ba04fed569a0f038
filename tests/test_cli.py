from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

ARTICLE = ("tass.com\n\nNews ID: 11\nPublish Date : 5 March 2025 - 12:00\n\nLavrov in Ankara\n\n"
           "ANKARA – Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan "
           "Fidan in Ankara on Tuesday.\n")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_extract_prints_reports_in_input_order_and_fails_on_skips(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    code, out = run("extract", str(bad), str(good), "--format", "jsonl")
    reports = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [("skip" in r) for r in reports] == [True, False]
    assert reports[0]["skip"]["reason"] == ("binary content (NUL or control bytes): not a text "
                                            "article")
    assert reports[1]["article"]["published"] == "2025-03-05T12:00:00+03:00"


def test_ingest_then_query(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "s.db")
    code, out = run("--db", db, "ingest", str(tmp_path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("read 2, analysed 1, unchanged 0, skipped 1;")
    assert lines[1] == (f"  skipped {tmp_path / 'empty.txt'}: "
                        "too little text (0 words; at least 3 needed)")
    code, out = run("--db", db, "actors", "--format", "csv")
    assert code == 0
    rows = out.splitlines()
    assert rows[0] == "id,name,kind,country,sector,role,articles,mentions,events"
    assert any(r.startswith("person:sergei-lavrov,Sergei Lavrov,person,RUS,GOV,") for r in rows)
    code, out = run("--db", db, "skips", "--format", "json")
    assert [s["code"] for s in json.loads(out)] == ["empty"]


def test_bad_type_filter_is_a_clear_error(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "events", "--type", "HUG"])
    assert result.exit_code == 2
    assert "error: unknown event type 'HUG': use a PLOVER type (AGREE, CONSULT" in result.output


def test_articles_full_text_search(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    db = str(tmp_path / "s.db")
    run("--db", db, "ingest", str(tmp_path))
    code, out = run("--db", db, "articles", "--search", "Fidan AND Ankara", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [r["title"] for r in rows] == ["Lavrov in Ankara"]
    assert rows[0]["published"] == "2025-03-05T12:00:00+03:00" and rows[0]["status"] == "analysed"
    code, out = run("--db", db, "articles", "--search", "Beijing", "--format", "json")
    assert json.loads(out) == []
    result = CliRunner().invoke(main, ["--db", db, "articles", "--search", "\"unclosed"])
    assert result.exit_code == 2 and result.output.startswith("error: bad --search query")


def test_max_bytes_option_limits_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, out = run("--max-bytes", "100", "extract", str(tmp_path / "a.txt"), "--format", "jsonl")
    report = json.loads(out)
    assert code == 1
    assert report["skip"] == {"reason": "file is larger than the 100-byte limit; split it or "
                                        "raise --max-bytes", "code": "too_large",
                              "origin": str(tmp_path / "a.txt"),
                              "article_id": report["article"]["id"]}
