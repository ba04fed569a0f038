"""A small store written from hand-made records (no pipeline): exact expectations for the HTTP
API, the exports and the web UI do not move when the extraction rules improve.

Three articles: Iran rejects talks with the US (two events, one negated, a quote), new US
sanctions on Iran (one event dated by month) and a hostile page carrying script in its title
and text (one event between Egypt and Jordan)."""

from __future__ import annotations

from pathlib import Path

from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    EventDate,
    Evidence,
    Offsets,
    Place,
    Quote,
    Report,
    Span,
    Speaker,
    TimeRef,
)
from eventwire.store import Store
from hand_records import INFO

HOSTILE_TITLE = '<script>document.title="pwned"</script>Ministers meet in Cairo'
HOSTILE_TEXT = (HOSTILE_TITLE + "\n\n"
                "CAIRO - Egypt's foreign minister met his Jordanian counterpart in Cairo on "
                "Monday. <img src=x onerror=\"document.title='pwned'\"><script>"
                "document.title='pwned'</script>\n")

TEHRAN = Place("Tehran", "IRN", 35.69439, 51.42151, "city", 112931, None, None, "dateline")
CAIRO = Place("Cairo", "EGY", 30.06263, 31.24967, "city", 360630, None, None, "text")


def span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def sentence(text: str, words: str) -> Offsets:
    start = text.index(words)
    return Offsets(start, start + len(words))


def state(code: str, name: str, text: str, *words: str) -> Actor:
    return Actor(id=code, name=name, kind="state", country=code, code=code,
                 mentions=tuple(span(text, w) for w in words))


def ref(code: str, name: str, sector: str | None = None, actor: str | None = None) -> ActorRef:
    return ActorRef(actor=actor or code, name=name, country=code, sector=sector)


def iran_rejects() -> Report:
    title = "Iran rejects direct talks with US"
    s1 = "Iran on Tuesday rejected direct talks with the United States."
    s2 = "\"We will not negotiate under pressure,\" Abbas Araghchi said in Tehran."
    text = f"{title}\n\nTEHRAN - {s1} {s2}\n"
    article = Article(id="a1111111111111111", text=text, source="kayhan.ir", source_id="1",
                      url="https://kayhan.example/1", title=title,
                      published="2025-02-26T09:00:00+03:30", timezone="Asia/Tehran",
                      language="en", origin="hand/iran.txt", format="seed")
    araghchi = Actor(id="person:abbas-araghchi", name="Abbas Araghchi", kind="person",
                     country="IRN", sector="GOV", role="foreign minister", code="IRNGOV",
                     mentions=(span(text, "Abbas Araghchi"),))
    rejected = Event(
        id="ev000000000001", plover="REJECT", cameo="120", quad_class=3, goldstein=-4.0,
        source=(ref("IRN", "Iran"),), target=(ref("USA", "United States"),),
        evidence=Evidence(sentence(text, s1), span(text, "rejected")),
        date=EventDate("2025-02-25", "day", "Tuesday", "text", start=text.index("Tuesday"),
                       end=text.index("Tuesday") + 7),
        place=TEHRAN)
    denied = Event(
        id="ev000000000002", plover="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
        source=(ref("IRN", "Abbas Araghchi", "GOV", araghchi.id),),
        target=(ref("USA", "United States"),),
        evidence=Evidence(sentence(text, s2), span(text, "negotiate")), negated=True,
        modality="future", quote_id="q000000000001", place=TEHRAN)
    said = "We will not negotiate under pressure,"
    quote = Quote(id="q000000000001", kind="direct", text=said,
                  start=text.index(said), end=text.index(said) + len(said),
                  speaker=Speaker(araghchi.id, "Abbas Araghchi"), cue=span(text, "said"))
    times = (TimeRef(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE",
                     "2025-02-25"),)
    return Report(article=article, pipeline=INFO,
                  actors=(state("IRN", "Iran", text, "Iran"), araghchi,
                          state("USA", "United States", text, "United States")),
                  events=(rejected, denied), quotes=(quote,), times=times,
                  places=(Place("Tehran", "IRN", 35.69439, 51.42151, "city", 112931,
                                text.index("TEHRAN"), text.index("TEHRAN") + 6, "dateline"),))


def sanctions() -> Report:
    title = "US imposes new sanctions on Iran"
    s1 = "The United States imposed new sanctions on Iran's oil exports in March."
    text = f"{title}\n\n{s1}\n"
    article = Article(id="a2222222222222222", text=text, source="apnews.com", source_id="2",
                      title=title, published="2025-03-10T12:00:00+00:00", timezone="UTC",
                      language="en", origin="hand/sanctions.txt", format="seed")
    event = Event(
        id="ev000000000003", plover="SANCTION", cameo="163", quad_class=4, goldstein=-8.0,
        source=(ref("USA", "United States"),), target=(ref("IRN", "Iran"),),
        evidence=Evidence(sentence(text, s1), span(text, "imposed")),
        date=EventDate("2025-03", "month", "March", "text"))
    return Report(article=article, pipeline=INFO,
                  actors=(state("USA", "United States", text, "United States"),
                          state("IRN", "Iran", text, "Iran")), events=(event,))


def hostile() -> Report:
    text = HOSTILE_TEXT
    s1 = "CAIRO - Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday."
    article = Article(id="a3333333333333333", text=text, source="example-news.org",
                      source_id="3", title=HOSTILE_TITLE, published="2025-03-04T09:00:00+02:00",
                      timezone="Africa/Cairo", language="en", origin="hand/hostile.html",
                      format="html")
    event = Event(
        id="ev000000000004", plover="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
        source=(ref("EGY", "Egypt", "GOV"),), target=(ref("JOR", "Jordan", "GOV"),),
        evidence=Evidence(sentence(text, s1), span(text, "met")),
        date=EventDate("2025-03-03", "day", "Monday", "text"), place=CAIRO,
        confidence=0.4)  # as a word-vector neighbour of a trigger would be found
    return Report(article=article, pipeline=INFO,
                  actors=(state("EGY", "Egypt", text, "Egypt"),
                          state("JOR", "Jordan", text, "Jordanian")),
                  events=(event,),
                  places=(Place("Cairo", "EGY", 30.06263, 31.24967, "city", 360630,
                                text.index("Cairo"), text.index("Cairo") + 5, "text"),))


def build(path: Path) -> Path:
    with Store(path) as store:
        for report in (iran_rejects(), sanctions(), hostile()):
            store.save(report)
    return path
