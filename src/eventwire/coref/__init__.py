"""Our own coreference resolver over the parse, the entities and the actor registry.

- :mod:`.aliases`: surnames and short forms → the full-named person ("Araghchi").
- :mod:`.gender`: gender of person actors from given names, titles and role nouns.
- :mod:`.salience`: the discourse history (who was mentioned where, in which role).
- :mod:`.pronouns`: he/she/his/her/him/they/their/its → the most salient compatible actor.
- :mod:`.descriptions`: "the Russian diplomat", "the president" → the actor with that role.
- :mod:`.pairs`: "both sides", "the two countries" → the pair in focus.
- :mod:`.resolver`: one walk over the document in text order tying these together.
"""
