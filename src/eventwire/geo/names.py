"""Name keys: how toponyms are compared (case, diacritics and punctuation folded)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a name whose words make it a physical feature: a river, lake, valley, mountain, coast
PHYSICAL = re.compile(
    r"\b(?:River|Valley|Lakes?|Lough|Loch|Mountains?|Mount|Range|Ranges|Gulf|Bay|Hills?|"
    r"Forest|Desert|Plains?|Plateau|Coast|Strait|Delta|Basin|Peninsula|Pass|Gap|Sea|Ocean|"
    r"Reservoir|Falls|Canyon|Gorge|Glen|Dales?|Lagoon|National Park)\b")
# lower-case words that join a town's name to the place it lies on or by ("Weston-super-
# Mare", "Boulogne-sur-Mer", "Évian-les-Bains", "Stratford-upon-Avon", "Frankfurt am Main",
# "Kalsdorf bei Graz"): French, English, German and Slavic prepositions of place (not the
# genitive "de", "di", "do": "Duque de Caxias", "Juiz de Fora", "Playa del Carmen")
NAME_LINKS = frozenset(
    "sur sous en les lès le la aux au à super upon on under am im bei ob na nad pod".split())
# those also written between spaces ("Newcastle upon Tyne", "Weil am Rhein")
SPACED_NAME_LINKS = frozenset("upon on under am im bei ob nad pod".split())
_POSSESSIVE = re.compile(r"['’]s$")
_NON_ALNUM = re.compile(r"[\W_]+")
_LEADING_ARTICLE = "the "


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)  # the same few thousand names, over and over
def fold(text: str) -> str:
    """Lower-case, strip diacritics, turn punctuation into spaces, squeeze spaces."""
    if not text.isascii():
        text = _strip_marks(text)
    return " ".join(_NON_ALNUM.sub(" ", text.casefold()).split())


@lru_cache(maxsize=65536)
def mention_key(text: str) -> str:
    """The lookup key of a toponym as written: no possessive, no leading "the"."""
    key = fold(_POSSESSIVE.sub("", text.strip()))
    if key.startswith(_LEADING_ARTICLE):
        key = key[len(_LEADING_ARTICLE):]
    return key


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin-script letter."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)
