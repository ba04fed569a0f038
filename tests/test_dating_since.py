"""A "since <date>" span dates the start of a state ("detained since March 3": TimeML
BEGUN_BY), not a deed of that day: the event it modifies is open-ended (mod ON_OR_AFTER), the
day is never the time in focus for later sentences, and a lead whose only dated event is
such a state reports no happening of that day (review F26). Our own article."""

from __future__ import annotations

from pathlib import Path

from eventwire.models import Report
from eventwire.stories.features import happenings, lead_end

FREED = """newsdesk.example

Publish Date : 15 July 2026 - 09:30

Two aid workers freed in Mali

BAMAKO — Two aid workers detained by Malian soldiers since March 3 were freed on Tuesday \
after talks mediated by Algeria, their employer said.

They were driven to the Algerian border. Algeria's foreign minister praised the Malian \
government for its cooperation, and the aid group thanked Algerian diplomats.
"""


def _report(engine, tmp_path: Path) -> Report:  # type: ignore[no-untyped-def]
    path = tmp_path / "freed.txt"
    path.write_text(FREED)
    return next(engine.extract([path]))


def test_a_state_since_a_day_is_open_ended_and_dates_nothing_after_it(engine,
                                                                      tmp_path: Path) -> None:
    report = _report(engine, tmp_path)
    rows = [(e.plover, e.cameo, e.evidence.trigger.text, e.date.value if e.date else None,
             e.date.basis if e.date else None, e.date.mod if e.date else None)
            for e in report.events]
    assert rows == [
        ("COERCE", "173", "detained", "2026-03-03", "text", "ON_OR_AFTER"),
        ("CONSULT", "045", "mediated", "2026-07-14", "governing", None),
        # the next paragraph's time in focus is Tuesday, the lead's deed, not March 3
        ("SUPPORT", "051", "praised", "2026-07-14", "narrative", None)]


def test_the_lead_reports_no_happening_on_the_day_a_state_began(engine,
                                                               tmp_path: Path) -> None:
    report = _report(engine, tmp_path)
    lead = lead_end(report.article.title, report.article.text)
    assert happenings(report.events, lead).span == ("2026-07-13", "2026-07-14")
