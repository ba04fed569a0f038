"""Hot-path rewrites give exactly what the regular expressions they replace gave."""

from __future__ import annotations

import itertools
import re

from eventwire.geo.discourse import whole_word_spans
from eventwire.readers.feed import looks_like_feed


def spans_by_regex(form: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?!\w)", text)]


def test_whole_word_spans_examples() -> None:
    text = "Sullivan's Sullivan-based Sullivans _Sullivan Sullivan3 Sullivan, 'Sullivan (Sullivan)"
    assert whole_word_spans("Sullivan", text) == [(0, 8), (11, 19), (56, 64), (77, 85)]
    assert whole_word_spans("aa", "aaa aa aa") == [(4, 6), (7, 9)]
    assert whole_word_spans("Gaza", "Gazaé Gaza١ Gaza. Gaza") == [(12, 16), (18, 22)]


def test_whole_word_spans_match_the_regex_on_every_short_string() -> None:
    alphabet = ["a", "b", " ", "_", "'", "’", "-", "é", "1", "٣", "."]
    for size in range(0, 6):
        for text in map("".join, itertools.product(alphabet[:7] if size > 4 else alphabet,
                                                   repeat=size)):
            for form in ("a", "ab", "a a", "a-", "'a", "é1"):
                assert whole_word_spans(form, text) == spans_by_regex(form, text), (form, text)


def test_feed_root_must_come_first() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- c -->\n  <rss version="2.0"><channel>')
    assert looks_like_feed(b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert looks_like_feed(b"<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body><p>an rss <feed> here</p>")
    assert not looks_like_feed(b"<html><rss>")
    assert not looks_like_feed(b"text <rss>")
    assert not looks_like_feed(b"<rssfeed>")
