"""The discourse history: which actor was mentioned where and in which grammatical role.

Salience follows Lappin & Leass: a mention is worth a recency base plus a role weight
(subject > object > other), decayed for every sentence back; an actor's salience sums its best
mention of each sentence in a short window (repeating a name does not add up).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.token_lookup import sentence_numbers

WINDOW = 4  # sentences back
ROLE_WEIGHT = {"nsubj": 80, "nsubjpass": 70, "nsubj-poss": 60, "dobj": 50, "dative": 40,
               "pobj": 30, "poss": 30, "appos": 30}
BASE = 100
DECAY = 0.4  # per sentence back
SAME_SENTENCE = 30


@dataclass(frozen=True)
class Entry:
    actor: str
    token: int  # head token index
    sent: int
    dep: str
    quoted: bool = False


@dataclass
class History:
    doc: Doc
    sent_of: list[int]
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc) -> History:
        return cls(doc, sentence_numbers(doc))

    def add(self, actor: str, head: Token, quoted: bool = False) -> None:
        dep = head.dep_
        if dep == "poss" and head.head.dep_ in ("nsubj", "nsubjpass"):
            dep = "nsubj-poss"  # "The Russian diplomat's visit …": a topic, nearly a subject
        self.entries.append(Entry(actor, head.i, self.sent_of[head.i], dep, quoted))

    def recent(self, token: Token, window: int = WINDOW) -> list[Entry]:
        """Entries before ``token`` within ``window`` sentences, latest first."""
        here = self.sent_of[token.i]
        out = []
        for entry in reversed(self.entries):
            if entry.token >= token.i:
                continue
            if here - entry.sent > window:
                break
            out.append(entry)
        return out

    def salience(self, token: Token, entries: list[Entry]) -> dict[str, float]:
        """Per actor: its best mention in each sentence, halved per sentence back, summed."""
        here = self.sent_of[token.i]
        best: dict[tuple[str, int], float] = {}
        for entry in entries:
            if entry.quoted:
                continue
            distance = here - entry.sent
            value = (BASE + ROLE_WEIGHT.get(entry.dep, 20)) * DECAY ** distance
            value += SAME_SENTENCE if distance == 0 else 0
            key = (entry.actor, entry.sent)
            best[key] = max(best.get(key, 0.0), value)
        scores: dict[str, float] = {}
        for (actor, _), value in best.items():
            scores[actor] = scores.get(actor, 0.0) + value
        return scores
