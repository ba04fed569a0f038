"""Our own coreference resolver over the parse, the entities and the actor registry.

- :mod:`.gender`: gender of person actors from given names, titles and role nouns.
- :mod:`.salience`: the discourse history (who was mentioned where, in which role).
- :mod:`.pronouns`: he/she/his/her/him/they/their/its → the most salient compatible actor.
- :mod:`.pairs`: "both sides", "the two countries" → the pair in focus.
- :mod:`.resolver`: one walk over the document in text order tying these together, with
  surnames (:mod:`eventwire.actors.names`) and definite descriptions
  (:mod:`eventwire.actors.descriptions`).
"""
