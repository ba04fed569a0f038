"""Hot-path rewrites give exactly what the code they replace gave."""

from __future__ import annotations

from eventwire.readers.feed import looks_like_feed


def test_feed_root_must_come_first() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- c -->\n  <rss version="2.0"><channel>')
    assert looks_like_feed(b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert looks_like_feed(b"<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body><p>an rss <feed> here</p>")
    assert not looks_like_feed(b"<html><rss>")
    assert not looks_like_feed(b"text <rss>")
    assert not looks_like_feed(b"<rssfeed>")
