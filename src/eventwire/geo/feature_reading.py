""""The X": a river, range, sea or desert, not a town of that name.

English names a town without an article ("in Pecos", "near Erode") and a river, range,
sea or desert with one ("the Pecos", "the Nile", "the Alps", "the Red Sea"). So, for a
toponym written after "the":

* a town the gazetteer knows only by another name is no reading ("the Periyar" is the
  river, not Erode, which GeoNames also lists as "Periyar"), when the name stands alone
  (not a modifier as in "the Bombay stock exchange");
* when the gazetteer holds a natural feature of that name (a curated river, lake, sea,
  range or multi-country region, or a volcano), the towns and administrative divisions
  named after it are no reading ("the Red Sea" is the sea, not Egypt's Red Sea
  governorate), unless a cue word asks for one ("the Red Sea state");
* when the words around it make it a feature ("along the X", "the waters of the X", "the
  X river/valley/basin", "the X flows") or its own head word does ("the Eden Valley", "the
  Green River"), no town is a reading at all; the name is then
  left to :mod:`eventwire.geo.unknown`, which places it by its neighbours.

Towns whose own name begins with "The" ("The Hague", "The Dalles") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.geo.entry import Entry
from eventwire.geo.names import fold

# a name whose head noun is a natural feature ("Green River", "Lake Mary", "Falls Church")
FEATURE_NAME = re.compile(
    r"^(?:Lake|Mount|Mt\.?|Loch|Lough)\s|\s(?:River|Creek|Lake|Valley|Canyon|Falls|Bay|"
    r"Mountains?|Hills?|Springs?|Gulch|Gorge|Glen|Dale|Reservoir)$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_THE_IN_SPAN = re.compile(r"^[Tt]he\s")
# words right before "the X" that make X a river, range, sea or desert
_FEATURE_BEFORE = re.compile(
    r"(?i:\b(?:along|across|alongside|beside|up|down|upstream|downstream|upriver|downriver|"
    r"cross(?:es|ed|ing)?|ford(?:s|ed|ing)?|navigat(?:e|es|ed|ing)|sail(?:s|ed|ing)?|"
    r"(?:banks?|mouth|waters|shores?|estuary|delta|source|headwaters|bed|course|length|"
    r"basin|valley|slopes?|foothills|summit|peaks?|edge|tributar(?:y|ies)) of))\s+the\s+$")
# a generic feature word or a verb of flowing right after the name
_FEATURE_AFTER = re.compile(
    r"^(?i:\s+(?:river|valley|basin|delta|estuary|gorge|catchment|watershed|floodplains?|"
    r"range|mountains|desert|sea|coast(?:line)?|waters|banks?|shores?|headwaters|"
    r"flow(?:s|ed|ing)?|crest(?:s|ed|ing)?|overflow(?:s|ed|ing)?|burst|swell(?:s|ed)?)\b)")
# what may follow a name that stands alone as a noun phrase (not "the Bombay stock
# exchange"): punctuation, the end, a conjunction, preposition, auxiliary or past verb
_ALONE_AFTER = re.compile(
    r"^(?:\s*(?:[,.;:!?)\]]|$)|\s+(?:and|or|but|is|was|were|are|has|had|have|will|would|"
    r"in|at|near|to|from|into|through|past|on|for|with|by|which|that|where|while|as|"
    r"runs?|ran|rose|rises|fell|falls|\w+ed)\b)")
WINDOW = 60


def written_with_the(text: str, start: int, span: str) -> bool:
    """Whether the toponym at ``start`` is written "the X" (the article in its span or
    right before it)."""
    return bool(_THE_IN_SPAN.match(span) or _THE_BEFORE.search(text[max(0, start - 5):start]))


def framed_as_feature(text: str, start: int, end: int, span: str) -> bool:
    """Whether the words around "the X" make X a natural feature ("along the X", "the
    waters of the X", "the X river", "the X flows")."""
    before = text[max(0, start - WINDOW):start]
    if _THE_IN_SPAN.match(span):
        before += "the "
    return bool(_FEATURE_BEFORE.search(before) or _FEATURE_AFTER.match(text[end:end + WINDOW]))


def natural_feature(entry: Entry) -> bool:
    """A volcano, a curated site (river, lake, sea, range) or a curated region that no
    one country holds (the Sahel, the Alps)."""
    if entry.feature == "volcano":
        return True
    return entry.origin != "gazetteer" and entry.feature != "airport" and (
        entry.precision == "site" or (entry.precision == "region" and not entry.country))


def _named_the(entry: Entry) -> bool:
    return fold(entry.name).startswith("the ")


def _town(entry: Entry) -> bool:
    return entry.precision == "city" and entry.origin == "gazetteer" \
        and entry.feature not in ("airport", "volcano") and not _named_the(entry)


def _division(entry: Entry) -> bool:
    return entry.precision == "region" and entry.origin == "gazetteer" and not _named_the(entry)


def feature_candidates(found: Sequence[Entry], key: str, text: str, start: int, end: int,
                       span: str) -> tuple[list[Entry], str] | None:
    """The candidates left for "the X" (with the words that say so), or None when the
    name is not written with "the" or nothing changes."""
    if not found or not written_with_the(text, start, span):
        return None
    if any(natural_feature(e) for e in found):
        kept = [e for e in found if not _town(e) and not _division(e)]
        why = "'the' names the feature, not a town or division"
    elif framed_as_feature(text, start, end, span) or FEATURE_NAME.search(
            _THE_IN_SPAN.sub("", span).strip()):
        kept = [e for e in found if not _town(e)]
        why = "'the' and the words around it name a feature, not a town"
    elif _ALONE_AFTER.match(text[end:end + WINDOW]):
        kept = [e for e in found if not (_town(e) and e.lookup_keys[0] != key)]
        why = "'the' is no article of a town known by another name"
    else:
        return None
    if len(kept) == len(found):
        return None
    return kept, why
