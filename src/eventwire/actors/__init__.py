"""Actors: who is named in an article, and every further mention of them.

- :mod:`.states`: the one way to get a state actor (by ISO code, named from the lexicon).
- :mod:`.drafts`: the actor a lexicon surface or a person's name stands for.
- :mod:`.titles`: titles and appositions ("Iranian Foreign Minister Abbas Araghchi").
- :mod:`.finder`: named entities and lexicon surfaces → actors with mentions.
- :mod:`.names`: coreference of names (surnames and short forms → the full-named person).
- :mod:`.descriptions`: definite descriptions ("the Iranian foreign minister") → a person.

Pronouns, pairs and the discourse walk that uses these are in :mod:`eventwire.coref`.
"""
