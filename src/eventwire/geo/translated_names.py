"""English and Indonesian forms of Indonesia's division names (used by the gazetteer
builder).

GeoNames names Indonesia's provinces and regencies now in Indonesian ("Sulawesi Barat",
"Maluku Utara", "Sumba Timur"), now in English ("West Java", "Central Kalimantan"); news
in English writes the English form ("West Sulawesi", "East Sumba") and Indonesian news
the other. Indonesian puts the compass word after the name and "Kepulauan" (islands)
before it, English the other way round, so each form gives the other:
"Sulawesi Barat" <-> "West Sulawesi", "Sulawesi Tenggara" <-> "Southeast Sulawesi",
"Kepulauan Riau" <-> "Riau Islands".
"""

from __future__ import annotations

# Indonesian compass words and their English (longest first: "Barat Daya" before "Barat")
COMPASS = (("Barat Daya", "Southwest"), ("Barat Laut", "Northwest"), ("Tenggara", "Southeast"),
           ("Timur Laut", "Northeast"), ("Barat", "West"), ("Timur", "East"),
           ("Utara", "North"), ("Selatan", "South"), ("Tengah", "Central"))
_ISLANDS = ("Kepulauan", "Islands")


def other_forms(name: str) -> list[str]:
    """The name in the other language's order (see the module doc); none for a name
    with no compass or islands word."""
    forms = []
    for indonesian, english in COMPASS:
        if name.endswith(" " + indonesian) and len(name) > len(indonesian) + 1:
            forms.append(f"{english} {name[:-len(indonesian) - 1]}")
            break
        if name.startswith(english + " ") and len(name) > len(english) + 1:
            forms.append(f"{name[len(english) + 1:]} {indonesian}")
            break
    indonesian, english = _ISLANDS
    if name.startswith(indonesian + " ") and len(name) > len(indonesian) + 1:
        forms.append(f"{name[len(indonesian) + 1:]} {english}")
    elif name.endswith(" " + english) and len(name) > len(english) + 1:
        forms.append(f"{indonesian} {name[:-len(english) - 1]}")
    return forms
