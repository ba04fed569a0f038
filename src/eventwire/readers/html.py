"""HTML pages: main text, title, date, author, canonical URL. The markup is hostile."""

from __future__ import annotations

import re
from datetime import datetime

import lxml.html
import trafilatura
from lxml import etree

from eventwire.errors import InputError
from eventwire.readers.build import RawArticle
from eventwire.readers.markup import repair

# An internal DTD subset can declare recursive entities (billion laughs); we never
# expand entities, and we drop the DOCTYPE before any parser sees the page.
_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>", re.I | re.S)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.I)
_META_DATE = ("article:published_time", "og:published_time", "datePublished", "pubdate",
              "date", "dc.date", "DC.date.issued")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def strip_doctype(html: str) -> str:
    """Remove the XML declaration (XHTML), DOCTYPEs (with any internal subset) and stray
    entity declarations. lxml refuses a str that declares an encoding; the text is decoded
    already."""
    html = _XML_DECLARATION.sub("", html, count=1)
    return _ENTITY_DECL.sub("<!-- ", _DOCTYPE.sub("", html))


def _tree(html: str) -> etree._Element:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False)
    try:
        root = lxml.html.fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"malformed HTML that no parser can read: {exc}", "malformed") from exc
    return root


def _meta(root: etree._Element, names: tuple[str, ...]) -> str | None:
    for name in names:
        for el in root.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


def _published(root: etree._Element, fallback: str | None) -> datetime | str | None:
    value = _meta(root, _META_DATE)
    if not value:
        times = root.xpath("//time[@datetime]/@datetime")
        value = times[0] if times else fallback
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return fallback


def _canonical(root: etree._Element) -> str | None:
    links = root.xpath("//link[@rel='canonical']/@href")
    return links[0].strip() if links else _meta(root, ("og:url",))


def read_html(html: str, origin: str) -> RawArticle:
    html = repair(strip_doctype(html))
    root = _tree(html)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(
            "no article text found in the HTML page (navigation or markup only)", "malformed"
        )
    url = _canonical(root) or getattr(doc, "url", None)
    title = _meta(root, ("og:title",)) or getattr(doc, "title", None)
    domain = re.sub(r"^https?://(www\.)?", "", url).split("/")[0] if url else None
    return RawArticle(body=text, origin=origin, format="html", title=title,
                      source=domain or getattr(doc, "sitename", None), url=url,
                      published=_published(root, getattr(doc, "date", None)),
                      author=(_meta(root, ("author", "article:author"))
                              or getattr(doc, "author", None)))
