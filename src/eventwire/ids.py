"""Content-derived identifiers: the same content always gets the same id."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_|fbclid|gclid|mc_)")


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop fragments, tracking parameters and trailing slash."""
    parts = urlsplit(url.strip())
    query = "&".join(
        q for q in parts.query.split("&") if q and not _TRACKING.match(q.split("=")[0])
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def article_id(text: str, url: str | None = None) -> str:
    """From the canonical URL when known, else from the normalised text."""
    if url:
        return "a" + digest("url", canonical_url(url))
    return "a" + digest("text", " ".join(text.split()))


def record_id(prefix: str, article: str, *parts: object) -> str:
    return prefix + digest(article, *parts, length=12)
