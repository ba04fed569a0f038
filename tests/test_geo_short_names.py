"""Long official town names and the short forms news uses (issue 12, gazetteer data):
"Chamonix" for Chamonix-Mont-Blanc, "Weston" for Weston-super-Mare; Indonesian division
names in English order ("West Sulawesi" for Sulawesi Barat). Names are GeoNames-style
forms written for these tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from eventwire.geo import Gazetteer
from eventwire.geo.names import fold
from eventwire.geo.short_names import short_form, short_forms
from eventwire.geo.translated_names import other_forms


@pytest.mark.parametrize(("name", "short"), [
    ("Chamonix-Mont-Blanc", "Chamonix"),
    ("Molenbeek-Saint-Jean", "Molenbeek"),
    ("Weston-super-Mare", "Weston"),
    ("Boulogne-sur-Mer", "Boulogne"),
    ("Évian-les-Bains", "Évian"),
    ("Saint-Gervais-les-Bains", "Saint-Gervais"),
    ("Stratford-upon-Avon", "Stratford"),
    ("Newcastle upon Tyne", "Newcastle"),
    ("Frankfurt am Main", "Frankfurt"),
    ("Kostrzyn nad Odrą", "Kostrzyn"),
    # a generic first word, a compound of names, a doubled name, a genitive
    ("Saint-Denis", None),
    ("Port-au-Prince", None),
    ("Baden-Baden", None),
    ("Mbuji-Mayi", None),
    ("Garmisch-Partenkirchen", None),
    ("Ivano-Frankivsk", None),
    ("Juiz de Fora", None),
    ("Ashby-de-la-Zouch", None),
    ("Aix-les-Bains", None),
    ("Kuala Lumpur", None),
])
def test_short_form_of_a_long_name(name: str, short: str | None) -> None:
    assert short_form(name) == short


@dataclass
class Place:
    precision: str
    name: str
    population: int
    aliases: list[str] = field(default_factory=list)

    def lookup_keys(self) -> list[str]:
        return list(dict.fromkeys(fold(n) for n in (self.name, *self.aliases)))


def test_a_short_form_only_where_no_bigger_place_has_the_name() -> None:
    weston = Place("city", "Weston-super-Mare", 82_000)
    hull = Place("city", "Kingston upon Hull", 260_000, ["Hull"])
    chamonix = Place("city", "Chamonix-Mont-Blanc", 9_000)
    villeneuve = [Place("city", "Villeneuve-sur-Lot", 22_000),
                  Place("city", "Villeneuve-lès-Avignon", 12_000)]
    towns = [weston, hull, chamonix, *villeneuve]
    others = [Place("city", "Weston", 70_000), Place("city", "Kingston", 660_000),
              Place("region", "Chamonix Valley", 0)]
    assert short_forms(towns, others) == 3
    assert [t.aliases for t in towns] == [["Weston"], ["Hull"], ["Chamonix"],
                                          ["Villeneuve"], []]


def test_a_region_or_division_keeps_its_name() -> None:
    town = Place("city", "Aosta-sur-Doire", 30_000)
    assert short_forms([town], [Place("region", "Aosta", 120_000)]) == 0
    assert town.aliases == []


@pytest.mark.parametrize(("name", "forms"), [
    ("Sulawesi Barat", ["West Sulawesi"]),
    ("Maluku Utara", ["North Maluku"]),
    ("Sulawesi Tenggara", ["Southeast Sulawesi"]),
    ("Sumba Barat Daya", ["Southwest Sumba"]),
    ("Central Kalimantan", ["Kalimantan Tengah"]),
    ("Kepulauan Riau", ["Riau Islands"]),
    ("Papua", []),
])
def test_indonesian_division_names_in_the_other_order(name: str, forms: list[str]) -> None:
    assert other_forms(name) == forms


@pytest.mark.parametrize(("written", "entry"), [
    ("Chamonix", ("Chamonix-Mont-Blanc", "FRA")),
    ("Evian", ("Évian-les-Bains", "FRA")),
    ("Weston", ("Weston-super-Mare", "GBR")),
    ("Mamuju", ("Mamuju", "IDN")),  # 15,000 people: in neither GeoNames tier before
    ("West Sulawesi", ("Sulawesi Barat", "IDN")),
    ("North Maluku", ("Maluku Utara", "IDN")),
    ("Orissa", ("Odisha", "IND")),
    ("Uttaranchal", ("Uttarakhand", "IND")),
])
def test_the_gazetteer_knows_the_name_as_news_writes_it(
        gaz: Gazetteer, written: str, entry: tuple[str, str]) -> None:
    assert [(e.name, e.country) for e in gaz.candidates(written)][:1] == [entry]
