"""Stories across articles (issue 15): story clusters built incrementally on ingest, fused
events (one real-world event with all its mentions across outlets) and their evaluation.

Pure functions live here (:mod:`.dates`, :mod:`.features`, :mod:`.same_event`); the store
keeps the clusters and fused events (:mod:`eventwire.store.stories`)."""
