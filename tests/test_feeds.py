"""RSS/Atom feeds and WARC files as inputs (issue 15): the readers, `ingest` and the lake."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.cli import main
from eventwire.ingest import count_inputs, reader_context
from eventwire.models import Article, Skip
from eventwire.readers import read_bytes, read_paths
from eventwire.settings import Settings
from eventwire.store import Store, queries

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Gulf Desk</title>
<link>https://www.gulf-desk.example/</link>
<description>Regional news</description>
<item>
<title>Oman hosts new round of Iran-US talks</title>
<link>https://www.gulf-desk.example/2025/04/oman-talks</link>
<pubDate>Sat, 12 Apr 2025 18:40:00 +0400</pubDate>
<dc:creator>Staff reporter</dc:creator>
<description>Envoys met in Muscat on Saturday.</description>
<content:encoded><![CDATA[<p>MUSCAT &#8211; Iranian and American envoys held indirect talks
in Muscat on Saturday, with Oman's foreign minister carrying messages between the two
delegations.</p>
<p>&quot;The talks were constructive,&quot; an Omani official said.</p>
<script>document.write("not news")</script>]]></content:encoded>
</item>
<item>
<title>Jordan reopens border crossing</title>
<link>https://www.gulf-desk.example/2025/04/jordan-border</link>
<pubDate>Fri, 11 Apr 2025 09:00:00 -0000</pubDate>
<description><![CDATA[Jordan <b>reopened</b> its main border crossing with Syria
on Friday.]]></description>
</item>
<item>
<title>Brief</title>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Andes Wire</title>
<link href="https://andes-wire.example/"/>
<id>urn:uuid:andes</id>
<updated>2025-04-12T12:00:00-03:00</updated>
<entry>
<title>IMF board approves loan for Argentina</title>
<link rel="alternate" href="https://andes-wire.example/economy/imf-loan"/>
<id>urn:uuid:imf-loan</id>
<published>2025-04-11T19:30:00-03:00</published>
<updated>2025-04-11T20:00:00-03:00</updated>
<author><name>Economy desk</name></author>
<summary>The Fund approved the loan on Friday.</summary>
<content type="html">&lt;p&gt;BUENOS AIRES - The International Monetary Fund approved a
new loan for Argentina on Friday.&lt;/p&gt;&lt;p&gt;The government welcomed the decision.&lt;/p&gt;
</content>
</entry>
</feed>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>Minister says &lol9;</title><description>&lol9; said the minister on Monday in
the capital.</description></item>
</channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Leak</title><content>&secret; was read by the parser on Tuesday.</content></entry>
</feed>
"""

# Unreadable for expat (an unknown encoding) and declaring entities: refused all the same.
BROKEN_BOMB = BILLION_LAUGHS.replace(b'<?xml version="1.0"?>',
                                     b'<?xml version="1.0" encoding="x-unknown"?>')

PAGE = b"""<!doctype html><html><head><title>Ceasefire | Mekong Post</title>
<link rel="canonical" href="https://www.mekong-post.example/region/ceasefire">
<meta property="og:title" content="Thailand and Cambodia agree to a ceasefire">
<meta property="article:published_time" content="2025-07-28T21:15:00+07:00">
</head><body><nav>Home | Region</nav><article>
<h1>Thailand and Cambodia agree to a ceasefire</h1>
<p>KUALA LUMPUR - The leaders of Thailand and Cambodia agreed on Monday to an immediate
ceasefire after five days of fighting along their border, Malaysia's prime minister said.</p>
<p>"Both sides have agreed to stop the fighting from midnight," he told reporters after hosting
the talks.</p></article><footer>Copyright</footer></body></html>"""


def ctx(**changes: object) -> object:
    return reader_context(Settings().with_(**changes))


def items(path: Path, **changes: object) -> list[Article | Skip]:
    return list(read_paths([path], ctx(**changes)))  # type: ignore[arg-type]


def test_rss_items_become_articles_with_link_date_title_and_full_content(tmp_path: Path) -> None:
    feed = tmp_path / "gulf.rss"
    feed.write_text(RSS, encoding="utf-8")
    first, second, third = items(feed)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == (
        "Oman hosts new round of Iran-US talks\n\n"
        "MUSCAT \u2013 Iranian and American envoys held indirect talks in Muscat on Saturday, "
        "with Oman's foreign minister carrying messages between the two delegations.\n\n"
        "\"The talks were constructive,\" an Omani official said.")
    assert (first.url, first.source, first.published, first.timezone_basis, first.author,
            first.origin, first.format) == (
        "https://www.gulf-desk.example/2025/04/oman-talks", "gulf-desk.example",
        "2025-04-12T18:40:00+04:00", "input", "Staff reporter", f"{feed}#item-1", "rss")
    # summary only: the summary is the body; "-0000" (RFC 822: zone unknown) is local time
    assert second.text == ("Jordan reopens border crossing\n\n"
                           "Jordan reopened its main border crossing with Syria on Friday.")
    assert (second.published, second.timezone_basis) == ("2025-04-11T09:00:00+00:00", "default")
    assert third == Skip(reason="too little text (1 words; at least 3 needed)", code="empty",
                         origin=f"{feed}#item-3", article_id=third.article_id)


def test_a_utf16_feed_is_read_as_a_feed(tmp_path: Path) -> None:
    feed = tmp_path / "wide.xml"
    feed.write_bytes(RSS.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert [type(i).__name__ for i in items(feed)] == ["Article", "Article", "Skip"]
    assert items(feed)[0].text.startswith("Oman hosts new round")  # type: ignore[union-attr]


def test_atom_entry_content_and_offset_kept(tmp_path: Path) -> None:
    feed = tmp_path / "andes.atom"
    feed.write_text(ATOM, encoding="utf-8")
    (entry,) = items(feed)
    assert isinstance(entry, Article)
    assert entry.text == ("IMF board approves loan for Argentina\n\nBUENOS AIRES - The "
                          "International Monetary Fund approved a new loan for Argentina on "
                          "Friday.\n\nThe government welcomed the decision.")
    assert (entry.url, entry.published, entry.author, entry.format, entry.source) == (
        "https://andes-wire.example/economy/imf-loan", "2025-04-11T19:30:00-03:00",
        "Economy desk", "atom", "andes-wire.example")


def test_hostile_feeds_are_skipped_and_nothing_is_expanded(tmp_path: Path) -> None:
    for name, data in (("laughs.xml", BILLION_LAUGHS), ("xxe.atom", XXE),
                       ("broken.rss", BROKEN_BOMB)):
        (tmp_path / name).write_bytes(data)
    laughs, = items(tmp_path / "laughs.xml")
    xxe, = items(tmp_path / "xxe.atom")
    broken, = items(tmp_path / "broken.rss")
    assert isinstance(laughs, Skip) and isinstance(xxe, Skip) and isinstance(broken, Skip)
    assert (laughs.code, laughs.reason) == ("hostile", (
        "hostile XML refused: EntitiesForbidden (EntitiesForbidden(name='lol', "
        "system_id=None, public_id=None)); eventwire never expands entity declarations or "
        "fetches external entities"))
    assert (xxe.code, xxe.reason) == ("hostile", (
        "hostile XML refused: EntitiesForbidden (EntitiesForbidden(name='secret', "
        "system_id='file:///etc/passwd', public_id=None)); eventwire never expands entity "
        "declarations or fetches external entities"))
    assert (broken.code, broken.reason) == ("hostile", (
        "hostile XML refused: the document declares entities (<!ENTITY ...>); eventwire "
        "never expands them"))


def test_xml_that_is_not_a_feed_is_a_clear_skip(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/x</loc></url>'
                       "</urlset>")
    (skip,) = items(sitemap)
    assert skip == Skip(reason="XML document with root <urlset> is neither an RSS or Atom "
                        "feed nor an (X)HTML page", code="malformed", origin=str(sitemap),
                        article_id=skip.article_id)


def write_warc(path: Path, *, truncate: bool = False) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    url = "https://www.mekong-post.example/region/ceasefire"
    count = iter(range(1, 100))

    def fixed() -> dict[str, str]:  # fixed ids and dates: the same bytes, the same offsets
        return {"WARC-Date": "2025-07-29T01:02:03Z",
                "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{next(count):012d}>"}

    def record(uri: str, kind: str, **more: object) -> None:
        writer.write_record(writer.create_warc_record(uri, kind, warc_headers_dict=fixed(),
                                                      **more))  # type: ignore[arg-type]

    def response(uri: str, status: str, ctype: str, body: bytes) -> None:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record(uri, "response", payload=io.BytesIO(body), http_headers=http)

    record("", "warcinfo", payload=io.BytesIO(b"software: test\r\n"),
           warc_content_type="application/warc-fields")
    request = StatusAndHeaders("GET /region/ceasefire HTTP/1.1",
                               [("Host", "www.mekong-post.example")], is_http_request=True)
    record(url, "request", http_headers=request)
    response(url, "200 OK", "text/html; charset=utf-8", PAGE)
    response("https://www.mekong-post.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
    response("https://www.mekong-post.example/old", "404 Not Found", "text/html",
             b"<html><body>gone</body></html>")
    record(url, "metadata", payload=io.BytesIO(b"via: x"),
           warc_content_type="application/warc-fields")
    data = buffer.getvalue()
    path.write_bytes(data[:-40] if truncate else data)


def test_warc_html_responses_are_articles_and_other_records_say_why_not(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    found = items(warc)
    assert [(type(i).__name__, i.origin.rsplit("@", 1)[1], getattr(i, "code", None),
             getattr(i, "reason", None)) for i in found] == [
        ("Skip", "0", "not_article", "WARC warcinfo record: only HTML responses are articles"),
        ("Skip", "217", "not_article", "WARC request record for https://www.mekong-post.example"
         "/region/ceasefire: only HTML responses are articles"),
        ("Article", "532", None, None),
        ("Skip", "1224", "not_article", "WARC response for https://www.mekong-post.example/"
         "logo.png is image/png, not HTML"),
        ("Skip", "1539", "not_article", "WARC response for https://www.mekong-post.example/old "
         "is HTTP 404 Not Found: only 200 responses are articles"),
        ("Skip", "1868", "not_article", "WARC metadata record for https://www.mekong-post.example"
         "/region/ceasefire: only HTML responses are articles"),
    ]
    article = found[2]
    assert isinstance(article, Article)
    assert article.text.startswith("Thailand and Cambodia agree to a ceasefire\nKUALA LUMPUR")
    assert (article.url, article.source, article.published, article.format) == (
        "https://www.mekong-post.example/region/ceasefire", "mekong-post.example",
        "2025-07-28T21:15:00+07:00", "warc")
    assert len({i.article_id for i in found if isinstance(i, Skip)}) == 5  # one per record


def test_damaged_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc)
    warc.write_bytes(warc.read_bytes() + b"<html>not a record</html>\n")
    found = items(warc)
    assert [type(i).__name__ for i in found] == ["Skip", "Skip", "Article", "Skip", "Skip",
                                                 "Skip", "Skip"]
    assert found[-1] == Skip(
        reason="no readable WARC record at offset 2129: Unknown archive format, first line: "
        "['<html>not', 'a', 'record</html>']; the records before it were read", code="malformed",
        origin=f"{warc}@2129", article_id=found[-1].article_id)
    text = tmp_path / "notes.warc"
    text.write_text("just some text\n")
    (only,) = items(text)
    assert only == Skip(reason="no readable WARC record at offset 0: Unknown archive format, "
                        "first line: ['just', 'some', 'text']",
                        code="malformed", origin=f"{text}@0", article_id=only.article_id)


def test_a_warc_page_over_the_limit_is_skipped_but_the_file_is_not(tmp_path: Path) -> None:
    warc = tmp_path / "big.warc.gz"
    write_warc(warc)
    found = items(warc, max_bytes=len(PAGE) - 1)
    page = found[2]
    assert isinstance(page, Skip)
    assert (page.code, page.reason) == ("too_large", (
        "page https://www.mekong-post.example/region/ceasefire is larger than the "
        f"{len(PAGE) - 1:,}-byte limit; raise --max-bytes"))


def test_read_bytes_takes_feeds_and_uncompressed_warc(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    plain = gzip.decompress(warc.read_bytes())  # concatenated members: the whole WARC
    found = list(read_bytes(plain, "crawl.warc", ctx()))  # type: ignore[arg-type]
    assert [type(i).__name__ for i in found].count("Article") == 1
    feed = list(read_bytes(RSS.encode(), "upload", ctx()))  # type: ignore[arg-type]
    assert [type(i).__name__ for i in feed] == ["Article", "Article", "Skip"]


def test_ingest_a_folder_of_feeds_and_archives(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gulf.rss").write_text(RSS, encoding="utf-8")
    (folder / "laughs.xml").write_bytes(BILLION_LAUGHS)
    write_warc(folder / "crawl.warc.gz")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)],
                                catch_exceptions=False)
    lines = result.output.splitlines()
    assert result.exit_code == 1  # the feed item with too little text, the hostile feed
    assert lines[0].startswith("read 10, analysed 3, unchanged 0, skipped 2; ")
    assert lines[0].endswith("; 5 records not articles (WARC requests, metadata, non-HTML: "
                             "`eventwire skips` lists them)")
    assert lines[1:] == [
        f"  skipped {folder / 'gulf.rss'}#item-3: too little text (1 words; at least 3 needed)",
        f"  skipped {folder / 'laughs.xml'}: hostile XML refused: EntitiesForbidden "
        "(EntitiesForbidden(name='lol', system_id=None, public_id=None)); eventwire never "
        "expands entity declarations or fetches external entities"]
    with Store(db) as store:
        rows = store.db.execute("SELECT url, format, origin FROM articles ORDER BY url").fetchall()
        skips = [(r["code"], r["origin"].rsplit("/", 1)[1]) for r in queries.skips(store)]
    assert [tuple(r) for r in rows] == [
        ("https://www.gulf-desk.example/2025/04/jordan-border", "rss", f"{folder}/gulf.rss#item-2"),
        ("https://www.gulf-desk.example/2025/04/oman-talks", "rss", f"{folder}/gulf.rss#item-1"),
        ("https://www.mekong-post.example/region/ceasefire", "warc",
         f"{folder}/crawl.warc.gz@532")]
    assert skips == [("not_article", "crawl.warc.gz@0"), ("not_article", "crawl.warc.gz@217"),
                     ("not_article", "crawl.warc.gz@1224"), ("not_article", "crawl.warc.gz@1539"),
                     ("not_article", "crawl.warc.gz@1868"), ("empty", "gulf.rss#item-3"),
                     ("hostile", "laughs.xml")]
    assert count_inputs([folder], 2_000_000) is None  # a progress bar without a total
    again = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert again.output.splitlines()[0].startswith("read 10, analysed 0, unchanged 10, skipped 0")
    assert again.exit_code == 0


def test_the_lake_reads_feeds_and_archives_with_the_same_readers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gulf.rss").write_text(RSS, encoding="utf-8")
    write_warc(folder / "crawl.warc.gz")
    lake = tmp_path / "lake"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--lake", str(lake)],
                                catch_exceptions=False)
    assert result.output.splitlines()[0].startswith("read 9, analysed 3, unchanged 0, skipped 1")
    sql = CliRunner().invoke(main, ["sql", "--lake", str(lake), "--format", "csv",
                                    "SELECT url, format FROM articles WHERE url IS NOT NULL "
                                    "ORDER BY url"])
    assert sql.output.splitlines() == [
        "url,format",
        "https://www.gulf-desk.example/2025/04/jordan-border,rss",
        "https://www.gulf-desk.example/2025/04/oman-talks,rss",
        "https://www.mekong-post.example/region/ceasefire,warc"]
