"""A report built by hand (the library API) with a publication date the store cannot sort or week:
a typed error that says what to do, and in ingest a skip with that reason, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import RecordError
from eventwire.ingest import save
from eventwire.models import Event, Report
from eventwire.store import Store
from hand_records import INFO, evidence, hand_article, state, state_actors

SENTENCE = "Officials of Chile and Peru met in Lima on Monday."
TEXT = f"Talks\n\n{SENTENCE}\n"
CHL, PER = state("CHL", "Chile"), state("PER", "Peru")


def _report(published: str | None, article_id: str = "a1") -> Report:
    event = Event(id=f"ev-{article_id}", plover="CONSULT", cameo="040", quad_class=1,
                  goldstein=1.0, source=(CHL,), target=(PER,),
                  evidence=evidence(TEXT, SENTENCE, "met"))
    return Report(article=hand_article(article_id, TEXT, "Talks", published), pipeline=INFO,
                  actors=state_actors(CHL, PER), events=(event,))


def test_a_date_not_in_iso_form_is_a_typed_error_and_nothing_is_stored(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RecordError) as caught:
            store.save(_report("2025-3-1 08:00"))
        assert str(caught.value) == (
            "article a1: publication date '2025-3-1 08:00' is not ISO 8601; give it as "
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM] (e.g. 2025-03-01T08:00:00+00:00), "
            "or leave it empty")
        assert store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


@pytest.mark.parametrize("published", [None, "2025-03-01", "2025-03-01T08:00:00+00:00",
                                       "2025-03-01T08:00:00Z", "2025-03-01 08:00"])
def test_iso_dates_and_no_date_are_stored(tmp_path: Path, published: str | None) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(_report(published))
        assert store.db.execute("SELECT published FROM articles").fetchone()[0] == published
        assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


def test_in_ingest_it_is_a_skip_with_the_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        outcomes = [save(store, _report("March 1, 2025", "a1")).status,
                    save(store, _report("2025-03-01", "a2")).status]
        assert outcomes == ["skipped", "analysed"]
        assert [tuple(r) for r in store.db.execute(
            "SELECT article_id, code, reason FROM skips")] == [
            ("a1", "internal",
             "internal error: RecordError: article a1: publication date 'March 1, 2025' is not "
             "ISO 8601; give it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM] "
             "(e.g. 2025-03-01T08:00:00+00:00), or leave it empty")]
        assert [tuple(r) for r in store.db.execute("SELECT article_id FROM events")] == [("a2",)]
