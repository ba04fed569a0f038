"""Polite HTTP GETs with httpx: robots.txt, a per-host rate, timeouts, size limits,
conditional requests and redirects checked hop by hop. Every failure is a Skip with a reason.

Hand-written here: the redirect loop (so robots.txt and the rate apply to every hop), the
streaming size limit (counted on decoded bytes, so a gzip bomb stops at the limit too) and the
robots.txt policy of RFC 9309 (4xx: no rules; 5xx or unreachable: nothing may be fetched).
The rules themselves are read by :mod:`urllib.robotparser`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventwire.fetch.state import FetchState
from eventwire.ids import canonical_url, digest
from eventwire.models import Skip

ROBOTS_MAX_BYTES = 512_000  # RFC 9309: parse at least the first 500 KiB
MAX_CRAWL_DELAY = 60.0  # a longer Crawl-delay is capped (and said so in the docs)


def _version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


USER_AGENT = f"eventwire/{_version()} (news event coder; honours robots.txt)"
ROBOTS_TOKEN = "eventwire"  # what robots.txt groups name


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    timeout: float = 10.0  # seconds for connecting, and between two pieces of a response
    deadline: float = 60.0  # seconds for a whole response
    max_bytes: int = 2_000_000
    delay: float = 1.0  # seconds between two requests to one host
    max_redirects: int = 5


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str | None
    body: bytes
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class NotModified:
    url: str


Result = Page | NotModified | Skip


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


def fetch_skip(url: str, reason: str, code: str, origin: str | None = None) -> Skip:
    try:
        key = canonical_url(url)
    except ValueError:
        key = url
    return Skip(reason=reason, code=code, origin=origin or url,
                article_id="a" + digest("fetch", key))


@dataclass
class Fetcher:
    """One per run: an httpx client, the robots.txt rules and last request time per host,
    and the conditional-GET state (None: no conditional requests)."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    state: FetchState | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    transport: httpx.BaseTransport | None = None

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent}, follow_redirects=False,
            timeout=httpx.Timeout(self.policy.timeout), transport=self.transport)
        self.robots: dict[str, RobotFileParser | str] = {}  # per scheme://host: rules or why not
        self.last: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()
        if self.state is not None:
            self.state.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one public call -------------------------------------------------------------------

    def get(self, url: str, origin: str | None = None) -> Result:
        """GET ``url``: a Page (HTTP 200), NotModified (304 to a conditional GET) or a Skip
        saying why not. ``origin`` names the input in the skip (default: the URL)."""
        asked = url
        for _ in range(self.policy.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                return fetch_skip(asked, f"{url}: not an http or https URL", "unsupported",
                                  origin)
            refused = self._robots_refusal(url)
            if refused:
                return fetch_skip(asked, refused, "robots", origin)
            headers = self.state.validators(url) if self.state is not None else {}
            try:
                status, head, body = self._request(url, headers, self.policy.max_bytes)
            except _TooLarge as exc:
                return fetch_skip(asked, f"{url}: {exc}; raise --max-bytes", "too_large",
                                  origin)
            except (_TooSlow, httpx.TimeoutException) as exc:
                what = str(exc) if isinstance(exc, _TooSlow) else (
                    f"timed out after {self.policy.timeout:g} s ({type(exc).__name__})")
                return fetch_skip(asked, f"{url}: {what}; try later or raise --timeout",
                                  "timeout", origin)
            except httpx.HTTPError as exc:
                message = " ".join(str(exc).split()) or type(exc).__name__
                return fetch_skip(asked, f"{url}: network error: {message}", "network", origin)
            if status in (301, 302, 303, 307, 308) and head.get("location"):
                url = urljoin(url, head["location"])
                continue
            if status == 304 and headers:
                return NotModified(url)
            if status != 200:
                phrase = httpx.codes.get_reason_phrase(status)
                return fetch_skip(asked, f"{url}: HTTP {status} {phrase}".rstrip(),
                                  "http_error", origin)
            return Page(asked, url, status, head.get("content-type"), body, head.get("etag"),
                        head.get("last-modified"))
        return fetch_skip(asked, f"{asked}: more than {self.policy.max_redirects} redirects",
                          "http_error", origin)

    # -- robots.txt ----------------------------------------------------------------------------

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids ``url`` (None: allowed)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.robots:
            self.robots[site] = self._load_robots(site)
        rules = self.robots[site]
        if isinstance(rules, str):
            return f"{url}: {rules}"
        if not rules.can_fetch(ROBOTS_TOKEN, url):
            return f"{url}: robots.txt of {parts.netloc} disallows it for {ROBOTS_TOKEN}"
        return None

    def _load_robots(self, site: str) -> RobotFileParser | str:
        robots_url = f"{site}/robots.txt"
        rules = RobotFileParser(robots_url)
        try:
            for _ in range(self.policy.max_redirects + 1):
                status, head, body = self._request(robots_url, {}, ROBOTS_MAX_BYTES,
                                                   cut=True)
                if status in (301, 302, 303, 307, 308) and head.get("location"):
                    robots_url = urljoin(robots_url, head["location"])
                    continue
                break
        except (_TooSlow, httpx.HTTPError) as exc:
            name = type(exc).__name__
            return (f"robots.txt of {urlsplit(site).netloc} could not be read ({name}); "
                    "nothing is fetched from a site whose rules are unknown")
        if 500 <= status < 600 or 300 <= status < 400:
            return (f"robots.txt of {urlsplit(site).netloc} answered HTTP {status}; nothing "
                    "is fetched from a site whose rules are unknown (RFC 9309)")
        rules.parse(body.decode("utf-8", "replace").splitlines() if status == 200 else [])
        return rules

    def _interval(self, url: str) -> float:
        parts = urlsplit(url)
        rules = self.robots.get(f"{parts.scheme}://{parts.netloc}")
        delay = rules.crawl_delay(ROBOTS_TOKEN) if isinstance(rules, RobotFileParser) else None
        return max(self.policy.delay, min(float(delay or 0), MAX_CRAWL_DELAY))

    # -- one request ---------------------------------------------------------------------------

    def _request(self, url: str, headers: dict[str, str], limit: int,
                 cut: bool = False) -> tuple[int, dict[str, str], bytes]:
        """(status, lower-cased headers, body of a 200) after waiting for the host's turn.
        Over ``limit`` bytes: _TooLarge, or the first ``limit`` bytes when ``cut``."""
        host = urlsplit(url).netloc
        wait = self.last.get(host, float("-inf")) + self._interval(url) - self.clock()
        if wait > 0:
            self.sleep(wait)
        start = self.clock()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                head = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code != 200:
                    return response.status_code, head, b""
                length = head.get("content-length", "")
                if length.isdigit() and int(length) > limit and not cut:
                    raise _TooLarge(f"response is {int(length):,} bytes, over the "
                                    f"{limit:,}-byte limit")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        if cut:
                            return 200, head, bytes(body[:limit])
                        raise _TooLarge(f"response is over the {limit:,}-byte limit "
                                        "(stopped reading)")
                    if self.clock() - start > self.policy.deadline:
                        raise _TooSlow(f"response took over {self.policy.deadline:g} s")
                return 200, head, bytes(body)
        finally:
            self.last[host] = self.clock()
