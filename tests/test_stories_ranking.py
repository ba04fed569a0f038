"""Candidate stories are ranked by what they share that is rare (review F24): a key every story
of those days holds (the days a lead reports, a busy pair of countries) weighs its idf, not
one like a rare word or a named person."""

from __future__ import annotations

from pathlib import Path

from eventwire.store import Store
from eventwire.store.stories import ranked_candidates

DAYS = ["l:2025-05-13", "l:2025-05-14", "l:2025-05-15", "l:2025-05-16"]
DYADS = ["d:RUS|UKR", "d:BLR|UKR"]


def test_the_story_sharing_rare_keys_outranks_those_sharing_the_days_and_the_dyad(
        tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        rows = []
        # forty stories of the same days on the same pair of countries
        for i in range(40):
            story = f"s-busy{i:02d}"
            rows += [(k, "2025-05-16", story) for k in (*DAYS, *DYADS)]
        # the true story: two of the days, and a rare word and a person the article names
        rows += [(k, "2025-05-16", "s-true")
                 for k in (*DAYS[2:], "t:okhmatdyt", "n:person:oleh-syniehubov")]
        store.db.executemany("INSERT INTO story_keys (key, day, story_id) VALUES (?, ?, ?)",
                             rows)
        # six keys shared with each busy story, four with the true one
        keys = [*DAYS, *DYADS, "t:okhmatdyt", "n:person:oleh-syniehubov"]
        ranked = ranked_candidates(store.db, keys, "2025-05-13", "2025-05-19", n_docs=41,
                                   limit=3)
        assert ranked == ["s-true", "s-busy00", "s-busy01"]
        # another window holds none of them
        assert ranked_candidates(store.db, keys, "2025-06-01", "2025-06-07", n_docs=41) == []
