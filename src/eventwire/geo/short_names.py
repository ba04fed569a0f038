"""The common short form of a town's long official name (used by the gazetteer builder).

Many towns carry an official name whose first part is the name people use; the rest
says which of several places it is or what it lies by:

* a preposition of place and what the town lies on or by: "Weston-super-Mare",
  "Boulogne-sur-Mer", "Stratford-upon-Avon", "Frankfurt am Main", "Évian-les-Bains",
  "Saint-Gervais-les-Bains" (the short form is the part before it: "Weston",
  "Saint-Gervais"; :data:`eventwire.geo.names.NAME_LINKS`). Not a genitive "de", "di",
  "do": in "Duque de Caxias", "Juiz de Fora", "Playa del Carmen", "Fernando de la Mora"
  the first part is a common noun or a person's name, so "Jerez de la Frontera" keeps
  its whole name;
* a hyphen-joined qualifier led by a generic word of names, a mountain's or a saint's:
  "Chamonix-Mont-Blanc", "Molenbeek-Saint-Jean" (the part before the first hyphen:
  "Chamonix", "Molenbeek"); not a run of names ("Mbuji-Mayi", "Garmisch-Partenkirchen",
  "Winston-Salem", "Hendrik-Ido-Ambacht"), which is one name.

No short form is read where the first part is a generic word of names ("Saint-Denis",
"Port-au-Prince", "Sint-Pieters-Leeuw"), a Slavic stem joined by its linking vowel
("Ivano-Frankivsk"), a doubled name ("Baden-Baden") or shorter than four letters
("Aix-les-Bains"). :func:`short_forms` gives a place its short form only where it is
bigger than every other place that has or would take that name, and no country, region or
division has it ("Kingston upon Hull" is no "Kingston": Kingston, Jamaica is bigger).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from eventwire.geo.names import NAME_LINKS, SPACED_NAME_LINKS, fold

# first words that are generic parts of names, no name on their own
GENERIC_FIRST = frozenset(
    "saint sainte saints st ste san santa santo sao são port porto puerto pointe fort mont "
    "monte bad ban new old north south east west upper lower great little grand petit "
    "le la les el al ad ar as az ash de den der das ciudad villa vila villa città cittá "
    "ville castel castello castle lake mount cape cabo bir beit kafr tell ras abu ain "
    "deir khan sidi nong bang sankt novo nova nowa nowy stary staro ust trois deux quatre "
    "cinq sept bourg sint sant cote notre pont val".split())
_PART = re.compile(r"[^\s\-‐]+|[\s\-‐]+")
_PLAIN = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)?$")  # a word of letters ("Évian", "Villeneuve")
MIN_LETTERS = 4


def short_form(name: str) -> str | None:
    """The short form of a long official name, or None (see the module doc)."""
    parts = _PART.findall(name.strip())
    words = parts[::2]
    if len(words) < 2:
        return None
    seps = parts[1::2]
    head = None
    for i, word in enumerate(words[1:], start=1):
        hyphened = seps[i - 1] in ("-", "‐") and seps[i:i + 1] in (["-"], ["‐"])
        if word in (NAME_LINKS if hyphened else SPACED_NAME_LINKS):  # written lower case
            head = "".join(p for pair in zip(words[:i], [*seps[:i - 1], ""], strict=True)
                           for p in pair)
            break
    if head is None:
        # "Chamonix-Mont-Blanc", "Molenbeek-Saint-Jean": every word capitalised, the first
        # joined by hyphens to a qualifier led by a generic word of names (a mountain's,
        # a saint's: what the town lies under or the parish it holds); not a run of names
        # ("Mbuji-Mayi", "Dalap-Uliga-Dorrit", "Hendrik-Ido-Ambacht")
        if any(sep not in ("-", "‐") for sep in seps) or len(words) < 3 or not all(
                w[:1].isupper() for w in words) or fold(words[1]) not in GENERIC_FIRST:
            return None
        first = words[0]
        if first.endswith("o"):
            return None
        head = first
    if not all(_PLAIN.match(word) and word[:1].isupper()
               for word in re.split(r"[\s\-‐]+", head)):  # not "Ashby-de" of Ashby-de-la-Zouch
        return None
    head_words = fold(head).split()
    if not head_words or len(fold(head).replace(" ", "")) < MIN_LETTERS:
        return None
    if len(head_words) == 1 and head_words[0] in GENERIC_FIRST:
        return None
    return head


class _Place(Protocol):
    precision: str
    name: str
    population: int
    aliases: list[str]

    def lookup_keys(self) -> list[str]: ...


def short_forms(places: Sequence[_Place], others: Iterable[_Place]) -> int:
    """Add each place's short form (:func:`short_form`) to its aliases where it is the
    biggest place with or taking that name and no country, region or division has it;
    ``places`` are the towns and cities that may take one, ``others`` every other row.
    Returns the number added."""
    biggest: dict[str, int] = {}
    blocked: set[str] = set()
    for row in [*places, *others]:
        for key in row.lookup_keys():
            if row.precision != "city":
                blocked.add(key)
            elif row.population > biggest.get(key, -1):
                biggest[key] = row.population
    wanted: dict[int, str] = {}
    takers: dict[str, list[int]] = {}
    for at, row in enumerate(places):
        head = short_form(row.name)
        if head is None:
            continue
        key = fold(head)
        if key in blocked or key in row.lookup_keys():
            continue
        wanted[at] = head
        takers.setdefault(key, []).append(row.population)
    added = 0
    for at, head in wanted.items():
        row, key = places[at], fold(head)
        rivals = sorted(takers[key], reverse=True)
        held = biggest.get(key, -1)
        if row.population > held and row.population == rivals[0] and (
                len(rivals) == 1 or rivals[1] < row.population):
            row.aliases.append(head)
            added += 1
    return added
