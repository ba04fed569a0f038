from __future__ import annotations

import json
from pathlib import Path

from conftest import KAYHAN, need
from eventwire.models import Article, Skip
from eventwire.readers import read_paths
from eventwire.readers.build import ReaderContext
from eventwire.settings import Settings
from eventwire.sources import SourceTable

CTX = ReaderContext(Settings(), SourceTable.load())


def read_one(path: Path, ctx: ReaderContext = CTX) -> Article | Skip:
    items = list(read_paths([path], ctx))
    assert len(items) == 1
    return items[0]


def test_seed_format_header_fields() -> None:
    article = read_one(need(KAYHAN))
    assert isinstance(article, Article)
    assert (article.source, article.source_id) == ("kayhan.ir", "137320")
    assert article.published == "2025-02-26T00:09:00+03:30"
    assert article.title == "No Possibility of Direct Talks With U.S."
    assert article.timezone == "Asia/Tehran" and article.timezone_basis == "outlet"
    assert article.language == "en" and article.format == "seed"
    assert article.text.startswith("No Possibility of Direct Talks With U.S.\n\nTEHRAN – Iranian")


def test_seed_format_own_fixture_and_unknown_source(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("example-outlet.org\n\nNews ID: 42\nPublish Date : 3 March 2025 - 14:30\n\n"
                    "Talks Resume\n\nGENEVA – Negotiators met again on Monday for talks.\n",
                    encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.published == "2025-03-03T14:30:00+00:00"
    assert (article.timezone, article.timezone_basis) == ("UTC", "default")
    assert article.text == "Talks Resume\n\nGENEVA – Negotiators met again on Monday for talks."


def test_plain_text_title_is_first_line(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Russia and Iran sign accord\r\nThe two  governments signed an accord.\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Russia and Iran sign accord"
    assert article.text == "Russia and Iran sign accord\n\nThe two governments signed an accord."
    assert article.published is None and article.format == "text"


def test_one_sentence_english_is_english(tmp_path: Path) -> None:
    for i, sentence in enumerate(["Israel struck Gaza.", "Putin met Xi in Beijing.",
                                  "Iran and Russia signed a trade agreement on Tuesday."]):
        path = tmp_path / f"s{i}.txt"
        path.write_text(sentence)
        article = read_one(path)
        assert isinstance(article, Article) and article.language == "en", sentence


def test_jsonl_metadata_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        {"text": "Turkey and Syria agreed to reopen a border crossing.", "id": "x1",
         "source": "aa.com.tr", "published": "2025-01-05", "url": "https://aa.com.tr/a/1"},
        "not json",
        {"title": "no text here"},
        {"text": "Japan protested to China over a coast guard incident.",
         "published": "2025-01-06T08:00:00+09:00"},
    ]
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    items = list(read_paths([path], CTX))
    assert [type(i).__name__ for i in items] == ["Article", "Skip", "Skip", "Article"]
    assert items[0].id == "x1" and items[0].published == "2025-01-05"
    assert items[0].source == "aa.com.tr" and items[0].timezone == "Europe/Istanbul"
    assert items[1].origin == f"{path}:2" and items[1].code == "malformed"
    assert items[1].reason == "invalid JSON (Expecting value at column 1)"
    assert items[2].reason == "missing 'text' (a string with the article body)"
    assert items[3].published == "2025-01-06T08:00:00+09:00"


HOSTILE = """<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<html><head><title>Ignored &b;</title>
<meta property="og:title" content="Ministers meet in Cairo">
<meta property="article:published_time" content="2025-03-04T10:15:00+00:00">
<meta name="author" content="Staff Writer">
<link rel="canonical" href="https://News.example.org/world/cairo-talks/?utm_source=x">
<script>alert('x')</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Cairo</h1>
<p onclick="steal()">Egyptian and Jordanian foreign ministers met in Cairo on Tuesday to discuss
aid deliveries to Gaza, officials said. &b;</p>
<p>The two ministers agreed to coordinate their positions ahead of an Arab League summit
later this month, according to a joint statement issued after the meeting.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_reader_is_safe_and_finds_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HOSTILE)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Ministers meet in Cairo"
    assert article.published == "2025-03-04T10:15:00+00:00"
    assert article.author == "Staff Writer"
    assert article.url == "https://News.example.org/world/cairo-talks/?utm_source=x"
    assert "aaaaaaaaaa" not in article.text and "alert" not in article.text
    assert "Egyptian and Jordanian foreign ministers met in Cairo" in article.text


def test_bad_inputs_become_specific_skips(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "cp1252.txt").write_bytes("Caf\xe9 talks in Qu\xe9bec ended on Monday with a deal."
                                          .encode("cp1252"))
    (tmp_path / "undecodable.txt").write_bytes(b"Talks \x81\x8d\x8f\x90 ended." * 3)
    (tmp_path / "big.txt").write_bytes(b"word " * 400)
    (tmp_path / "french.txt").write_text(
        "Le ministre iranien des Affaires étrangères a rejeté mardi toute négociation directe "
        "avec les États-Unis, selon un communiqué publié à Téhéran.")
    ctx = ReaderContext(Settings(max_bytes=1500), SourceTable.load())
    got = {Path(i.origin).name: i for i in read_paths([tmp_path], ctx)}
    assert got["empty.txt"].reason == "too little text (0 words; at least 3 needed)"
    assert got["binary.txt"].code == "binary"
    assert got["binary.txt"].reason == "binary content (NUL or control bytes): not a text article"
    assert isinstance(got["cp1252.txt"], Article)
    assert "Café talks in Québec" in got["cp1252.txt"].text
    assert got["undecodable.txt"].code == "undecodable"
    assert got["undecodable.txt"].reason.startswith("undecodable bytes at offset 6: not UTF-8")
    assert got["big.txt"].code == "too_large"
    assert got["big.txt"].reason == ("file is larger than the 1,500-byte limit; split it or raise "
                                     "--max-bytes")
    assert isinstance(got["french.txt"], Article) and got["french.txt"].language == "fr"


def test_missing_file_is_a_skip(tmp_path: Path) -> None:
    item = read_one(tmp_path / "nope.txt")
    assert isinstance(item, Skip) and item.code == "unreadable"
    assert item.reason == "cannot read file: No such file or directory"
