"""clause_head ends at a root that is no verb (a headline or caption fragment)."""
from __future__ import annotations

import threading

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.stages.places import clause_head


def _fragment() -> Doc:
    # "Floods near Kelendougou and Bankass": a noun root, no verb anywhere
    return Doc(Vocab(), words=["Floods", "near", "Kelendougou", "and", "Bankass"],
               heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"],
               pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])


def test_a_noun_root_is_the_clause_of_every_word() -> None:
    doc = _fragment()
    offsets = [t.idx for t in doc]
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.extend(
        clause_head(doc, offsets, t.idx) for t in doc), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "clause_head did not stop at the root"
    assert found == [0, 0, 0, 0, 0]


def test_a_verb_above_heads_the_clause() -> None:
    doc = Doc(Vocab(), words=["Troops", "shelled", "Kelendougou"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "PROPN"])
    assert clause_head(doc, [t.idx for t in doc], doc[2].idx) == 1
