"""An article's text with every annotation marked up (escaped; nothing from the text is ever
markup): actor mentions, event triggers (inside <mark>), time expressions, places and quotes.

The text is cut at every annotation boundary; each piece carries the classes of the annotations
covering it and links to the record of the narrowest one (the records are listed below the text
with matching ids, highlighted by CSS :target). Evidence sentences get an anchor ``s-START``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

KINDS = ("quote", "actor", "trigger", "time", "place")


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    kind: str  # one of KINDS
    record: str  # id of the record's element on the page
    label: str


def annotations_of(report: dict[str, Any]) -> list[Annotation]:
    out: list[Annotation] = []
    for q in report.get("quotes", ()):
        speaker = (q.get("speaker") or {}).get("name") or "unknown speaker"
        out.append(Annotation(q["start"], q["end"], "quote", f"rec-quote-{q['id']}",
                              f"{q['kind']} quote by {speaker}"))
    for i, a in enumerate(report.get("actors", ())):
        for m in a.get("mentions", ()):
            out.append(Annotation(m["start"], m["end"], "actor", f"rec-actor-{i}",
                                  f"actor {a['name']} ({a.get('country') or '-'})"))
    for e in report.get("events", ()):
        for ev in [e["evidence"], *(e.get("mentions") or ())]:
            t = ev["trigger"]
            out.append(Annotation(t["start"], t["end"], "trigger", f"rec-event-{e['id']}",
                                  f"event {e['plover']} ({e['cameo']})"
                                  + (", negated" if e.get("negated") else "")))
    for i, t in enumerate(report.get("times", ())):
        out.append(Annotation(t["start"], t["end"], "time", f"rec-time-{i}",
                              f"time {t['text']} = {t.get('value') or '?'}"))
    for i, p in enumerate(report.get("places", ())):
        if p.get("start") is not None and p.get("end") is not None:
            out.append(Annotation(p["start"], p["end"], "place", f"rec-place-{i}",
                                  f"place {p['name']} ({p.get('country') or '-'})"))
    return [a for a in out if 0 <= a.start < a.end]


def sentence_starts(report: dict[str, Any]) -> set[int]:
    return {ev["sentence"]["start"] for e in report.get("events", ())
            for ev in [e["evidence"], *(e.get("mentions") or ())]}


def render(text: str, report: dict[str, Any], focus: tuple[int, int] | None = None) -> Markup:
    """The annotated text; ``focus`` (a sentence's offsets) is shown highlighted."""
    spans = [a for a in annotations_of(report) if a.end <= len(text)]
    anchors = sentence_starts(report)
    cuts = {0, len(text)} | anchors | {a.start for a in spans} | {a.end for a in spans}
    if focus:
        cuts |= set(focus)
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[str] = []
    for start, end in zip(points, points[1:], strict=False):
        if start in anchors:
            out.append(f'<span class="anchor" id="s-{start}"></span>')
        piece = str(escape(text[start:end]))
        covering = [a for a in spans if a.start <= start and end <= a.end]
        classes = sorted({f"k-{a.kind}" for a in covering})
        if focus and focus[0] <= start and end <= focus[1]:
            classes.append("focus")
        if not covering:
            out.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
            continue
        narrowest = min(covering, key=lambda a: (a.end - a.start, KINDS.index(a.kind)))
        title = "; ".join(dict.fromkeys(a.label for a in covering))
        if any(a.kind == "trigger" for a in covering):
            piece = f"<mark>{piece}</mark>"
        out.append(f'<a class="ann {" ".join(classes)}" href="#{escape(narrowest.record)}" '
                   f'title="{escape(title)}">{piece}</a>')
    return Markup("".join(out))


def evidence(item: dict[str, Any]) -> Markup:
    """An event's evidence sentence with its trigger inside <mark>."""
    sentence = item.get("sentence") or ""
    ev = item["evidence"]
    trigger = ev["trigger"]["text"]
    at = ev["trigger"]["start"] - ev["sentence"]["start"]
    if sentence[at:at + len(trigger)] != trigger:  # the stored sentence was stripped
        lead = sentence.find(trigger, max(0, at - 8))
        at = lead if lead >= 0 else sentence.find(trigger)
    if at < 0:
        return Markup(escape(sentence))
    return Markup(f"{escape(sentence[:at])}<mark>{escape(trigger)}</mark>"
                  f"{escape(sentence[at + len(trigger):])}")
