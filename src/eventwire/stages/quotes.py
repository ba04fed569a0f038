"""The quotes stage: direct, indirect and partial quotes with speaker and cue.

Needs the parse, the actors and coreference (pronoun and description mentions resolve
speakers such as "he" and "the Russian diplomat"). Adds ``document.quotes`` and, inside
direct quotes, first-person mentions ("we", "our") of the speaker or the speaker's state.
"""

from __future__ import annotations

from eventwire.document import Document
from eventwire.lexicon.actors import ActorLexicon
from eventwire.pipeline import Stage
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.finder import find_quotes


def make_quote_stage(cues: CueLexicon, lexicon: ActorLexicon) -> Stage:
    def run(document: Document) -> None:
        find_quotes(document, cues, lexicon)

    return Stage("quotes", needs=("doc", "actors", "mentions", "paragraphs", "segments",
                                  "nlp_text"),
                 adds=("quotes", "actors", "mentions"), run=run)
