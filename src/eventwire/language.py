"""Language identification that never mistakes a short English sentence for another language."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an of to in on and or but for with by from at as is are was were be been has have "
    "had will would can could should may might not no that this these those it its he she they "
    "we his her their our who which what said says after before over under against between into "
    "about than also more most new two one last year years".split()
)

OTHER_FUNCTION_WORDS = {
    "fr": frozenset(
        "le la les des du de et est une un dans pour par sur au aux que qui avec ont été".split()
    ),
    "de": frozenset(
        "der die das und ist ein eine nicht mit den dem des auf für von zu im am hat traf".split()
    ),
    "es": frozenset("el la los las del y es un una por para con que en al se ha han fue".split()),
    "it": frozenset("il lo la gli le del della e è un una per con che di nel ha sono".split()),
    "pt": frozenset("o a os as do da dos das e é um uma por para com que em no na foi".split()),
    "nl": frozenset("de het een en van is op te met voor dat niet zijn werd heeft".split()),
}


# py3langid counts byte n-gram features by walking its automaton one byte at a time in Python
# (~2 ms for a 5,000-character sample). Its state after any 6 bytes no longer depends on where
# the walk started (checked over all 104,583 states of the pinned 0.4.0 model by following the
# sets of possible states byte by byte: every set is a single state after 6 bytes), so the state
# at each position is the walk from the root over the 6 bytes ending there: 6 vectorised steps
# over all positions. Each result is then checked against the automaton itself (state i is the
# move from state i-1 on byte i, for every i); on any mismatch the byte-by-byte walk is used.
# Feature counts, their order and so the scores are the same as py3langid's.
WINDOW = 6


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    class Identifier(LanguageIdentifier):  # type: ignore[misc]
        """py3langid's identifier with its feature walk vectorised (same counts, same scores)."""

        __slots__ = ("_bases", "_emits", "_moves")

        def _prepare(self) -> None:
            width = {2: np.uint16, 4: np.uint32, 8: np.uint64}[self.tk_nextmove.itemsize]
            self._moves = np.frombuffer(self.tk_nextmove, dtype=width)  # shared, not copied
            self._bases = np.asarray(self._rowbase, dtype=np.intp)
            self._emits = np.asarray(self.tk_output, dtype=np.intp)

        def states(self, data: bytes):  # type: ignore[no-untyped-def]
            """The automaton's state after each byte of ``data``, or None if the window walk
            disagrees with the automaton anywhere (never seen; the caller then walks bytes)."""
            moves, bases, size = self._moves, self._bases, len(data)
            head, state = np.empty(min(size, WINDOW), dtype=np.intp), 0
            for i in range(len(head)):
                state = moves[bases[state] + data[i]]
                head[i] = state
            if size <= WINDOW:
                return head
            codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
            tail = np.zeros(size - WINDOW, dtype=np.intp)
            for k in range(WINDOW):
                tail = moves[bases[tail] + codes[k + 1:size - WINDOW + k + 1]]
            every = np.concatenate((head, tail))
            if not np.array_equal(moves[bases[every[WINDOW - 1:-1]] + codes[WINDOW:]], tail):
                return None
            return every

        def _raw_score(self, text):  # type: ignore[no-untyped-def]
            every = self.states(text)
            if every is None:
                visits = visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, text)
                if visits:
                    return self._sparse_score(visits, self.nb_ptc)
                return super()._raw_score(text)
            features = self._emits[every]
            features = features[features >= 0]
            if not len(features):
                return super()._raw_score(text)  # no features: py3langid's own fill
            # the Counter py3langid builds: features in order of first occurrence
            found, first, counts = np.unique(features, return_index=True, return_counts=True)
            order = np.argsort(first, kind="stable")
            idx = found[order]
            weights = counts[order].astype(np.float32)
            # py3langid multiplies by the float16 table, which numpy first casts whole to
            # float32; casting only the rows taken is the same product, three times faster
            return np.log1p(weights) @ self.nb_ptc[idx].astype(np.float32) + self.nb_pc

    identifier = Identifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier._prepare()
    return identifier


@lru_cache(maxsize=1)
def _reference_identifier():  # type: ignore[no-untyped-def]
    """py3langid's own identifier, unchanged: what the vectorised one is tested against."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _words(sample: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(sample)]


def _ratio(tokens: list[str], words: frozenset[str]) -> float:
    return sum(1 for w in tokens if w in words) / len(tokens) if tokens else 0.0


def _word_ratios(sample: str) -> tuple[float, float]:
    """The share of English function words and the largest share of another language's,
    from one pass over the sample's words."""
    tokens = _words(sample)
    return (_ratio(tokens, ENGLISH_FUNCTION_WORDS),
            max(_ratio(tokens, w) for w in OTHER_FUNCTION_WORDS.values()))


def _english_by_words(sample: str, english: float, other: float) -> bool:
    """English function words outnumber every other language's and make up an eighth of the
    words (or the sample is short): English, whatever the statistical identifier says."""
    return english > 0 and english >= other and (english >= 0.12 or len(sample) < 400)


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence).

    The statistical identifier is unreliable on one short sentence, so function words
    decide there: an English sentence with names only ("Israel struck Gaza.") stays English.
    """
    sample = text[:5000]
    lang, prob = _identifier().classify(sample)
    if lang == "en":
        return "en", float(prob)
    english, other = _word_ratios(sample)
    if _english_by_words(sample, english, other):
        return "en", max(english, 0.5)
    return _not_english_by_words(sample, other, str(lang), float(prob))


def language_code(text: str) -> str:
    """``detect_language(text)[0]`` (the code alone, which is all an article keeps), with the
    function words looked at first: where they say English, :func:`detect_language` says
    English whatever the identifier finds, so the identifier (~0.5 ms an article) runs only
    for text they do not settle."""
    sample = text[:5000]
    english, other = _word_ratios(sample)
    if _english_by_words(sample, english, other):
        return "en"
    lang, prob = _identifier().classify(sample)
    if lang == "en":
        return "en"
    return _not_english_by_words(sample, other, str(lang), float(prob))[0]


def _not_english_by_words(sample: str, other: float, lang: str,
                          prob: float) -> tuple[str, float]:
    if len(sample) < 400 and other == 0.0 and latin_share(sample) > 0.9:
        return "en", 0.5  # a short Latin-script sentence with no foreign function words
    return lang, prob


def latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c < "\u0250") / len(letters) if letters else 0.0
