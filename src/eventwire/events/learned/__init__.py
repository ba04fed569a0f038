"""A trained event-type classifier over predicate tokens (issue 10, recall for triggers no
lexicon lists): :mod:`.features` turns a token of the parse into features, :mod:`.model`
holds the multinomial logistic regression trained by ``scripts/train_event_classifier.py``.
Off by default: see ``data/learned/README.md`` for the measured result."""
