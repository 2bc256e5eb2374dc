"""Where: each event's place from a bundled gazetteer with curated aliases."""

from tocsin.places.gazetteer import Gazetteer, Place
from tocsin.places.resolver import PlaceResolver

__all__ = ["Gazetteer", "Place", "PlaceResolver"]
