"""What every recognition rule sees: the text, the anchor date, the optional parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from eventwire.models import TimeRef, TimexType
from eventwire.timex.anchoring import Shift
from eventwire.timex.patterns import NEXT_WORD, PREV_WORD
from eventwire.timex.tense import clause_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Context:
    text: str
    anchor: date
    doc: Doc | None = None
    # Refs whose value is counted from the time in focus, filled in after selection.
    pending: dict[TimeRef, Shift] = field(default_factory=dict, compare=False)

    def tense(self, start: int, end: int, *, near: bool = False) -> str | None:
        """Tense of the clause; ``near`` expressions (weekdays, times) read an infinitive
        under a past verb as past, the others as future."""
        tense = clause_tense(self.text, start, end, self.doc)
        if tense == "prospective":
            return "past" if near else "future"
        return tense

    def prev_word(self, start: int) -> str:
        """The word right before ``start`` (across at most two non-word characters)."""
        match = PREV_WORD.search(self.text, max(0, start - 40), start)
        return match.group(1) if match else ""

    def next_word(self, end: int) -> str:
        match = NEXT_WORD.search(self.text[end:end + 40])
        return match.group(1) if match else ""

    def ref(self, start: int, end: int, type_: TimexType, value: str | None,
            **extra: str | None) -> TimeRef:
        """A TimeRef over ``text[start:end]``."""
        return TimeRef(start=start, end=end, text=self.text[start:end], type=type_,
                       value=value, **extra)  # type: ignore[arg-type]

    def shifted(self, ref: TimeRef, shift: Shift) -> TimeRef:
        """``ref``, to be valued from the time in focus once the refs are selected."""
        self.pending[ref] = shift
        return ref
