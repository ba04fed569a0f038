"""A site is in its town (issue 15, session 10): "the president received his guest at the
city's international airport" and "the two held talks in the city" place one meeting, while
a site of another town does not. Our own examples."""

from __future__ import annotations

from eventwire.events.compatible import places_compatible, same_event
from eventwire.models import ActorRef, Event, EventDate, Evidence, Offsets, Place, Span


def _place(name: str, precision: str, lat: float, lon: float,
           geonameid: int | None = None) -> Place:
    return Place(name, "EGY", lat, lon, precision, geonameid, basis="text")  # type: ignore[arg-type]


CAIRO = _place("Cairo", "city", 30.0626, 31.2497, 360630)
AIRPORT = _place("Cairo International Airport", "site", 30.1219, 31.4056)
ALEXANDRIA_PORT = _place("Port of Alexandria", "site", 31.1837, 29.8679)
GIZA = _place("Giza", "city", 30.0081, 31.2109, 360995)


def test_a_site_by_its_town_is_that_town_and_a_site_elsewhere_is_not() -> None:
    assert places_compatible(CAIRO, AIRPORT) and places_compatible(AIRPORT, CAIRO)
    assert not places_compatible(CAIRO, ALEXANDRIA_PORT)
    # two towns stay two places however near (Giza is across the river from Cairo)
    assert not places_compatible(CAIRO, GIZA)
    # a site with no coordinates is not placed near anything
    assert not places_compatible(CAIRO, _place("Palace", "site", None, None))  # type: ignore[arg-type]


def _meeting(cameo: str, source: str, target: str, where: Place) -> Event:
    return Event(f"ev-{cameo}", "CONSULT", cameo, 1, 1.0,  # type: ignore[arg-type]
                 (ActorRef(source, source, source, None, source),),
                 (ActorRef(target, target, target, None, target),),
                 Evidence(Offsets(0, 10), Span(0, 4, "x")),
                 date=EventDate("2024-02-14", "day", None, "text"), place=where)


def test_a_visit_to_the_town_and_its_hosting_at_the_airport_are_one_meeting() -> None:
    visit = _meeting("042", "TUR", "EGY", CAIRO)  # "Erdogan held talks in Cairo"
    hosted = _meeting("043", "EGY", "TUR", AIRPORT)  # "Sisi received him at the airport"
    assert same_event(visit, hosted, across=True)
    assert not same_event(visit, _meeting("043", "EGY", "TUR", ALEXANDRIA_PORT), across=True)
