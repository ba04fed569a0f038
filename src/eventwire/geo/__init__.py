"""Offline gazetteer and toponym resolution.

Load the gazetteer once per process (``Gazetteer.load()``, < 1 s), then call
:func:`resolve_places` for the GPE/LOC/FAC spans of each article and
:func:`place_for_dateline` for its dateline.
"""

from eventwire.geo.context import GeoContext
from eventwire.geo.dateline import place_for_dateline
from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.resolve import resolve_places

__all__ = ["Entry", "GeoContext", "Gazetteer", "place_for_dateline", "resolve_places"]
