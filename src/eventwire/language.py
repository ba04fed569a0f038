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


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def function_word_ratio(text: str, words: frozenset[str]) -> float:
    tokens = [w.lower() for w in _WORD.findall(text[:5000])]
    return sum(1 for w in tokens if w in words) / len(tokens) if tokens else 0.0


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence).

    The statistical identifier is unreliable on one short sentence, so function words
    decide there: an English sentence with names only ("Israel struck Gaza.") stays English.
    """
    sample = text[:5000]
    lang, prob = _identifier().classify(sample)
    if lang == "en":
        return "en", float(prob)
    english = function_word_ratio(sample, ENGLISH_FUNCTION_WORDS)
    other = max(function_word_ratio(sample, w) for w in OTHER_FUNCTION_WORDS.values())
    short = len(sample) < 400
    if english > 0 and english >= other and (english >= 0.12 or short):
        return "en", max(english, 0.5)
    if short and other == 0.0 and latin_share(sample) > 0.9:
        return "en", 0.5  # a short Latin-script sentence with no foreign function words
    return str(lang), float(prob)


def latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c < "\u0250") / len(letters) if letters else 0.0
