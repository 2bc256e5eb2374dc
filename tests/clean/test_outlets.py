"""The country an outlet reports on (``tocsin.clean.outlets``)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.clean.outlets import Outlets
from tocsin.errors import DataFileError
from tocsin.models import Dateline, Document


def test_a_monitor_or_local_site_names_its_country() -> None:
    outlets = Outlets.load()
    assert outlets.country("SOHR") == "Syria"
    assert outlets.country("Pajhwok Afghan News") == "Afghanistan"
    assert outlets.country("Airwars; SOHR") == "Syria"  # a part of the source is listed
    assert outlets.country("the kyiv independent") == "Ukraine"  # case and articles as listed
    assert outlets.country("www.pajhwok.com") == "Afghanistan"  # a feed's host
    # wires and agencies that report the world give no country
    assert outlets.country("Reuters News") is None
    assert outlets.country("Agence France Presse") is None
    assert outlets.country(None) is None


def test_an_outlet_is_listed_for_one_country_only() -> None:
    data = {"outlets": [{"country": "A", "names": ["X"]}, {"country": "B", "names": ["x"]}]}
    with pytest.raises(DataFileError, match="two countries"):
        Outlets.load(data)


def test_the_outlets_country_is_the_dateline_only_without_one(pipeline) -> None:
    """A monitor's headline naming no country is read as one from its country (written for
    tocsin); a dateline of the document's own is kept."""
    text = "Regime forces shell villages in the countryside"
    bare = Document(id="o-1", text=text, date=date(2016, 6, 1))
    fed = Document(id="o-2", text=text, date=date(2016, 6, 1), source="SOHR")
    own = Document(id="o-3", text=text, source="SOHR", dateline=Dateline(place="BEIRUT"))
    assert pipeline.cleaner.clean(bare).dateline is None
    assert pipeline.cleaner.clean(fed).dateline == Dateline(place="Syria")
    assert pipeline.cleaner.clean(own).dateline == Dateline(place="BEIRUT")
    events = [e for e in pipeline.code(fed).events if e.event == "ASSAULT"]
    assert events and events[0].actor.code == "SYRMIL"
