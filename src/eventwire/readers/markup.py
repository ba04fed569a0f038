"""Markup repairs before an HTML page reaches lxml and trafilatura.

Two things those parsers get wrong on hostile pages:
- ``<template>`` content is inert in a browser (never shown) but would be read as article text;
- libxml2 stops building the tree at a nesting depth of 256, so text nested deeper is lost
  ("no article text"). Nesting beyond :data:`MAX_DEPTH` is flattened: the extra container
  tags are dropped, their text is kept.

Pages with neither problem are returned unchanged. The pass is a streaming
:class:`html.parser.HTMLParser` (no tree, no recursion, no entity expansion).
"""

from __future__ import annotations

from html.parser import HTMLParser

MAX_DEPTH = 200  # below libxml2's limit of 256, with room for the parser's own wrappers
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Tags that carry the article's structure: kept even past the depth limit.
KEEP = frozenset("html head body title article main p h1 h2 h3 h4 h5 h6 blockquote li ul ol "
                 "time".split())


class _Repair(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open tags and whether each was written
        self.depth = 0  # open tags written
        self.max_depth = 0
        self.in_template = 0
        self.changed = False

    def _emit(self, text: str) -> None:
        if not self.in_template:
            self.out.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in VOID:
            self._emit(raw)
            return
        if tag == "template":
            self.in_template += 1
            self.changed = True
            self.stack.append((tag, False))
            return
        if tag in ("p", "li") and self.stack and self.stack[-1][0] == tag:
            _, kept = self.stack.pop()  # an unclosed <p> or <li> ends where the next begins
            self.depth -= kept
        keep = self.depth < MAX_DEPTH or tag in KEEP
        self.stack.append((tag, keep))
        if keep:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            self._emit(raw)
        else:
            self.changed = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._emit(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                closing = self.stack[i:]
                del self.stack[i:]
                for name, kept in reversed(closing):
                    if name == "template":
                        self.in_template -= 1
                    elif kept:
                        self.depth -= 1
                        self._emit(f"</{name}>")
                return
        # a stray end tag: dropped, as browsers do

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def handle_entityref(self, name: str) -> None:
        self._emit(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self._emit(f"<!{decl}>")

    def unknown_decl(self, data: str) -> None:
        self._emit(f"<![{data}]>")


def repair(html: str) -> str:
    """The page without ``<template>`` content and with nesting kept under the parser's limit;
    the page itself when it needs neither."""
    lowered = html.lower()
    if "<template" not in lowered and lowered.count("<") < MAX_DEPTH:
        return html
    parser = _Repair()
    parser.feed(html)
    parser.close()
    if not parser.changed:
        return html
    return "".join(parser.out)
