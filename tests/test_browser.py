"""The web UI in a real browser: Playwright driving Debian's Chromium against `eventwire serve`
on 127.0.0.1, over a store holding part of the demo corpus plus the hand-made records (one of
them a hostile page with script in its title and text).

Each page must load with no console error (a missing favicon counts), no request to any host
but the server, and no script from article text run. Skipped when Playwright or Chromium is
absent. Set EVENTWIRE_SCREENSHOTS=DIR to keep a screenshot of every page."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

import workbench_store
from conftest import DEMO

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEMO_FILES = ["kayhan-138512.txt", "e3-trigger-snapback-iran.html",
              "gaza-ceasefire-first-hostages-freed.html", "aljazeera-1127801.txt",
              "apnews-581327.txt", "arabnews-2592130.txt"]
PAGES = {
    "dashboard": "/",
    "events": "/events",
    "events-filtered": "/events?actor=IRN&include_negated=1",
    "event": "/events/ev000000000001",
    "actors": "/actors",
    "actor": "/actors/IRN",
    "articles": "/articles",
    "article": "/articles/a1111111111111111?event=ev000000000001#s-44",
    "article-hostile": "/articles/a3333333333333333",
    "quotes": "/quotes",
    "map": "/map",
    "network": "/network",
    "error-400": "/events?since=yesterday",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, engine) -> Iterator[str]:
    pytest.importorskip("uvicorn")
    from eventwire.ingest import ingest
    from eventwire.serve import create_app
    from eventwire.settings import Settings
    from eventwire.store import Store

    db = workbench_store.build(tmp_path_factory.mktemp("browser") / "s.db")
    with Store(db) as store:
        ingest([DEMO / name for name in DEMO_FILES], store, Settings(), engine=engine)
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("Chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True,
                                     args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """Console errors, page errors, dialogs and requests of one page."""

    def __init__(self, page, origin: str) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.failed: list[str] = []
        host = urlparse(origin).netloc
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: urlparse(r.url).netloc != host
                and not r.url.startswith(("data:", "about:")) and self.outside.append(r.url))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(
            f"{r.status} {r.url}"))


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.watch = Watch(page, server)
    yield page
    context.close()


def _shoot(page, name: str) -> None:
    folder = os.environ.get("EVENTWIRE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_clean(page, server: str, name: str) -> None:
    response = page.goto(server + PAGES[name])
    page.wait_for_load_state("networkidle")
    assert response.status == (400 if name == "error-400" else 200)
    expected_failures = [f"400 {server}{PAGES[name]}"] if name == "error-400" else []
    assert page.watch.failed == expected_failures
    assert page.watch.outside == []
    # the 400 page's own status is logged by Chromium as a failed resource; nothing else
    errors = [e for e in page.watch.errors if not (name == "error-400" and "400" in e)]
    assert errors == []
    assert page.title() != "pwned"  # what the hostile article's script would set
    _shoot(page, name)


def test_hostile_article_script_never_runs(page, server: str) -> None:
    page.goto(server + "/articles/a3333333333333333")
    page.wait_for_load_state("networkidle")
    assert page.title() == ('<script>document.title="pwned"</script>Ministers meet in Cairo '
                            "· eventwire")
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.images.length") == 0
    text = page.locator("div.text").inner_text()
    assert "<script>document.title='pwned'</script>" in text
    assert page.watch.errors == [] and page.watch.outside == []


def test_event_page_shows_the_trigger_in_mark(page, server: str) -> None:
    page.goto(server + "/events/ev000000000001")
    assert page.locator("blockquote.evidence mark").inner_text() == "rejected"


def test_filters_and_pagination(page, server: str) -> None:
    page.goto(server + "/events")
    page.fill("input[name=actor]", "IRN")
    page.select_option("select[name=type]", "REJECT")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "actor=IRN" in page.url and "type=REJECT" in page.url
    types = page.locator("article.event a.type").all_inner_texts()
    assert types and set(types) == {"REJECT"}
    total = int(page.locator("p.total b").inner_text())
    page.goto(server + "/events?limit=2")
    seen: list[str] = []
    for _ in range(100):
        seen += page.locator("article.event a.type").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))")
        nxt = page.locator("a.next")
        if nxt.count() == 0:
            break
        nxt.click()
        page.wait_for_load_state("networkidle")
    everything = int(page.locator("p.total b").inner_text())
    assert len(seen) == len(set(seen)) == everything
    assert total <= everything
    assert page.watch.errors == [] and page.watch.outside == []


def test_dashboard_click_reaches_the_evidence(page, server: str) -> None:
    page.goto(server + "/")
    page.locator("svg.chart a").first.click()
    page.wait_for_load_state("networkidle")
    assert "/events?since=" in page.url
    evidence = page.locator("blockquote.evidence a").first
    trigger = evidence.locator("mark").inner_text()
    evidence.click()
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url and "#s-" in page.url
    focus = page.locator("div.text .focus mark")
    assert trigger in focus.all_inner_texts()
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1
    _shoot(page, "dashboard-click-evidence")
    assert page.watch.errors == [] and page.watch.outside == []
