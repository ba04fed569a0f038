"""The CAMEO code of a trigger given its governors, negation and modality.

Rules (in order):
1. The trigger's meaning gives the base code: a frame's ``do`` code, or a code.
2. Each governor with a code-changing stance (innermost first) shifts it: "lift [sanctions]"
   → the frame's ``end`` code (085), "refused to [meet]" → ``reject`` (125), "threatened to
   [ban]" → ``threaten``, "urged X to [talk]" → ``appeal``, "agreed to [withdraw]" → ``intend``.
   A frame without that stance falls back by the current code's side: cooperative codes
   (quad class 1-2) give 030/020/100/120, conflictual ones 130/100/120 (``end`` → no event).
3. "X will do Y unless Z" is a threat (``threaten``), and so is ending one's own aid or
   cooperation on a condition ("would halt disbursements if …"). Otherwise, with no
   shifting governor, future, intended or conditional modality turns a cooperative
   deed into an intent (``intend``: "will visit" → 036, AGREE: PLOVER AGREE covers future
   cooperative actions); a conditional conflictual one is a threat ("would boycott if …" →
   133), an unconditional one is the deed itself with future or intended modality ("will
   expel two diplomats" → 166, future; "plans to close the border" → 191, intended): a
   threat needs a threat verb, a warning or a condition (PLOVER THREATEN; issue 10,
   failure kind 2). Announced retreats are the retreat with future modality (RETREAT).
   Planning governors ("plan", "intend", "aim", "decide", "prepare", ``stance "plan"``
   from the caller) make an intent like modality does; a commitment ("vowed to
   retaliate", "swore to crush") stays a threat.
4. Negation of an intent, a promise or a possibility of cooperation is a refusal ("will not
   negotiate", "no possibility of talks" → ``reject``, not negated); any other negation
   keeps the code and sets ``negated`` ("did not attack"). The refusal is made when it is
   said: it is asserted (or reported), not future or hypothetical (``Coded.refusal``).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events.modality import Modality
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.ontology import Ontology

CODE_STANCES = ("intend", "appeal", "demand", "reject", "threaten", "end")
FALLBACK = {
    "intend": ("030", "130"), "appeal": ("020", "020"), "demand": ("100", "100"),
    "reject": ("120", "120"), "threaten": ("130", "130"), "end": (None, None),
}


@dataclass(frozen=True)
class Coded:
    cameo: str
    negated: bool
    shifted: bool  # a governor or modality changed the base code
    refusal: bool = False  # a negated intent or possibility made a refusal, said now


@dataclass(frozen=True)
class Coder:
    lexicon: TriggerLexicon
    ontology: Ontology

    def base(self, meaning: str) -> tuple[str, str | None]:
        frame = self.lexicon.frames.get(meaning)
        return (frame.codes["do"], frame.name) if frame else (meaning, None)

    def cooperative(self, code: str) -> bool:
        entry = self.ontology.cameo.get(code)
        return entry is not None and entry.quad_class in (1, 2)

    def frame_of_code(self, code: str) -> str | None:
        for frame in self.lexicon.frames.values():
            if frame.codes["do"] == code:
                return frame.name
        return None

    def code_frame(self, code: str) -> str | None:
        """The frame whose deed is ``code`` or its three-digit parent ("045" → mediate,
        "0874" → retreat)."""
        return self.frame_of_code(code) or (self.frame_of_code(code[:3]) if len(code) > 3
                                            else None)

    def shift(self, code: str, frame: str | None, stance: str) -> tuple[str | None, str | None]:
        if stance == "threaten" and not self.cooperative(code) and frame is None:
            return "130", None
        if stance == "end" and frame is None:
            # a trigger coded by a code, not a frame ("peace talks" 045, from PETRARCH2's
            # LAUNCH * {PEACE TALK}): ending it is ending its frame's deed ("suspended peace
            # talks" → 165; CAMEO 16), not "no event"
            frame = self.code_frame(code)
        if frame is not None:
            shifted = self.lexicon.frame_code(frame, stance)
            if stance == "intend" and not self.cooperative(code):
                shifted = self.lexicon.frame_code(frame, "threaten") or shifted
            if shifted is not None:
                return shifted, self.frame_of_code(shifted) if stance == "end" else None
        coop, conflict = FALLBACK[stance]
        return (coop if self.cooperative(code) else conflict), None

    def code(self, meaning: str, stances: list[str], modality: Modality, possible: bool,
             planned: bool = False) -> Coded | None:
        """``planned``: every "intend" stance comes from a verb of planning or deciding
        (``modality.PLAN_VERBS``), none from a commitment made to another party ("vowed
        to", "swore to")."""
        base, frame = self.base(meaning)
        code, shifted = base, False
        for stance in (s for s in stances if s in CODE_STANCES):
            if stance == "intend" and planned and not self.cooperative(code):
                continue  # "plans to expel": the deed, intended (rule 3), not a threat
            new, frame = self.shift(code, frame, stance)
            if new is None:
                return None
            code, shifted = new, True
        if modality.unless and not shifted and not modality.negated:
            return Coded(self.shift(code, frame, "threaten")[0] or "130", False, True)
        if (stances == ["end"] and modality.conditional and not modality.negated
                and (modality.future or modality.hypothetical) and not self.cooperative(code)
                and self.cooperative(base)):
            # "would halt disbursements if Islamabad failed to …": ending one's own aid or
            # cooperation on a condition is a coercive warning (PLOVER THREATEN; CAMEO 1311
            # threaten to reduce or stop aid), not the cut itself
            return Coded(self.shift(base, self.base(meaning)[1], "threaten")[0] or "130",
                         False, True)
        intent = "intend" in stances or possible
        if not shifted and modality.irrealis and not modality.conditional and (
                self.ontology.code(code).plover in ("RETREAT", "CONCEDE")):
            # "Berlin will withdraw its soldiers from Mali": the deed (RETREAT) with future
            # modality (issue 10, failure kind 2: the manual's CONCEDE for announced
            # retreats is not followed); neither an intent (AGREE) nor a threat
            return Coded(code, modality.negated, False)
        if (not shifted and modality.irrealis and not modality.conditional
                and self.ontology.code(code).plover_mode == "withdraw"
                and self.ontology.code(code).plover == "SANCTION"):
            # taking one's own diplomats or negotiators out (PLOVER SANCTION 'withdraw': 161,
            # 164, 165) announced for later is that deed with future modality, not a threat
            # to the other side (PLOVER manual, THREATEN: "coercive or forceful warnings")
            return Coded(code, modality.negated, False)
        if not shifted and (modality.question or modality.irrealis) and (
                not modality.conditional) and not self.cooperative(code):
            # an announced, decided or scheduled conflictual deed ("will close the border",
            # "plans to expel two diplomats") and a question about one ("Will China invade
            # Taiwan?") are the deed with future, intended or question modality: PLOVER
            # THREATEN is "threats, coercive or forceful warnings", which needs a threat (a
            # threat verb or a warning governs it, or a condition: above and below)
            return Coded(code, modality.negated, False)
        if not shifted and modality.irrealis and (self.cooperative(code) or not modality.negated):
            new, frame = self.shift(code, frame, "intend")
            code, shifted, intent = new or code, True, True
        if modality.negated and intent and self.cooperative(base):
            rejected, _ = self.shift(base, self.base(meaning)[1], "reject")
            return Coded(rejected or "120", False, True, refusal=True)
        return Coded(code, modality.negated, shifted)
