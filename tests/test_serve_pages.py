"""The web UI's pages on a store of hand-made records: what a user sees, served escaped."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import workbench_store  # noqa: E402
from eventwire.serve import create_app  # noqa: E402

PAGES = ["/", "/events", "/events?actor=IRN&include_negated=1", "/events/ev000000000001",
         "/actors", "/actors/IRN", "/actors/person:abbas-araghchi", "/articles",
         "/articles/a1111111111111111", "/articles/a3333333333333333", "/quotes", "/map",
         "/network", "/network?level=actor"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = workbench_store.build(tmp_path_factory.mktemp("pages") / "s.db")
    return TestClient(create_app(db))


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_without_script_or_outside_reference(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    html = response.text
    assert "<script" not in html  # no script at all, and article text is escaped
    assert re.findall(r'(?:src|href)="(?:https?:)?//', html) == []
    assert '<link rel="icon" href="/static/favicon.svg"' in html


def test_hostile_article_is_inert(client) -> None:
    html = client.get("/articles/a3333333333333333").text
    assert ("<h1>&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;Ministers meet in "
            "Cairo</h1>") in html
    assert "&lt;img src=x onerror=&#34;document.title=&#39;pwned&#39;&#34;&gt;" in html
    assert "<img" not in html
    title = re.search(r"<title>(.*)</title>", html).group(1)
    assert title == ("&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;Ministers meet "
                     "in Cairo · eventwire")


def test_event_page_marks_the_trigger_and_links_to_the_sentence(client) -> None:
    html = client.get("/events/ev000000000001").text
    assert ('<blockquote class="evidence big"><a href="/articles/a1111111111111111?event='
            'ev000000000001#s-44">Iran on Tuesday <mark>rejected</mark> direct talks with the '
            'United States.</a></blockquote>') in html


def test_article_page_annotates_every_record_kind(client) -> None:
    html = client.get("/articles/a1111111111111111?event=ev000000000001").text
    body = html[html.index('<div class="text">'):html.index("<h2>Records")]
    kinds = sorted(set(re.findall(r'class="ann ([^"]+)"', body)))
    assert kinds == ["k-actor", "k-actor focus", "k-place", "k-quote", "k-quote k-trigger",
                     "k-time focus", "k-trigger focus"]
    assert '<span class="anchor" id="s-44"></span>' in body
    assert ('<a class="ann k-trigger focus" href="#rec-event-ev000000000001" '
            'title="event REJECT (120)"><mark>rejected</mark></a>') in body
    for record in ("rec-event-ev000000000001", "rec-actor-0", "rec-quote-q000000000001",
                   "rec-time-0", "rec-place-0"):
        assert f'id="{record}"' in html


def test_events_page_facets_pagination_and_exports(client) -> None:
    html = client.get("/events?include_negated=1&limit=2").text
    assert "<b>4</b> events match" in html
    assert html.count('<article class="event') == 2
    next_url = re.search(r'<a rel="next" class="next" href="([^"]+)"', html).group(1)
    second = client.get(next_url.replace("&amp;", "&")).text
    assert second.count('<article class="event') == 2
    assert 'rel="next"' not in second
    assert '<a href="/api/v1/export?include_negated=1&amp;format=gdelt">gdelt</a>' in html
    assert '<a href="/events?include_negated=1&amp;limit=2&amp;type=CONSULT">CONSULT</a>' in html


def test_bad_filter_is_a_400_page_that_says_what_to_fix(client) -> None:
    response = client.get("/events?since=yesterday")
    assert response.status_code == 400
    assert ("since &#39;yesterday&#39; is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, "
            "e.g. since=2025-02") in response.text
    for url in ("/events?q=%22talks", "/events?q=%22talks&modality=asserted", "/map?q=%22x",
                "/network?q=%22x"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "unterminated string; quote phrases with double quotes" in response.text


def test_dashboard_chart_links_down_to_events(client) -> None:
    html = client.get("/").text
    links = re.findall(r'<a href="(/events\?since=[^"]+)"><rect', html)
    assert links == ["/events?since=2025-02&amp;until=2025-02&amp;quad_class=3",
                     "/events?since=2025-03&amp;until=2025-03&amp;quad_class=1",
                     "/events?since=2025-03&amp;until=2025-03&amp;quad_class=4"]


def test_serve_without_a_store_says_how_to_make_one(tmp_path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    missing = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["--db", str(missing), "serve"])
    assert result.exit_code == 2
    assert result.output == (f"error: no store at {missing}: create one with `eventwire demo` or "
                             "`eventwire ingest PATH`, or pass --db FILE\n")
    assert not missing.exists()


def test_min_confidence_in_the_filter_form(client) -> None:
    html = client.get("/events?min_confidence=0.5").text
    assert ('<label>min. confidence <input name="min_confidence" value="0.5" size="4" '
            'placeholder="0.6" inputmode="decimal"></label>') in html
    assert "<b>2</b> events match" in html
    assert '<a href="/api/v1/export?min_confidence=0.5&amp;format=gdelt">gdelt</a>' in html
    response = client.get("/events?min_confidence=high")
    assert response.status_code == 400
    assert "min_confidence &#39;high&#39;: use a number from 0 to 1, e.g. 0.6" in response.text
