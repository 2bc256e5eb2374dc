"""User dictionaries (YAML, CSV) layered over the bundled one through ``actors_file``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tocsin.actors import ActorResolver
from tocsin.actors.userfile import read_user_file
from tocsin.errors import DataFileError
from tocsin.settings import Settings

YAML = """
actors:
  - id: person.amara-keita
    name: Amara Keita
    names: [Keita]
    kind: person
    roles:
      - {country: MLI, sector: GOV, title: Prime Minister, start: 2020-01-01, end: 2022-12-31}
  - id: org.country.ARM
    name: Armenian Ministry of Lore
    country: ARM
    sector: EDU
agents:
  REB: {person: [freedom fighter]}
"""

CSV = """id,name,names,country,sector,title,start,end
person.lena-brandt,Lena Brandt,Brandt,DEU,LEG,Member of the Bundestag,2017-10-24,
org.kyiv-youth,Kyiv Youth Front,,UKR,OPP,,,
"""


@pytest.fixture(scope="module")
def yaml_resolver(pipeline, tmp_path_factory) -> ActorResolver:
    path = tmp_path_factory.mktemp("actors") / "mine.yaml"
    path.write_text(YAML, encoding="utf-8")
    return ActorResolver.load(Settings(actors_file=str(path)), pipeline.nlp)


def test_yaml_person_is_dated(yaml_resolver):
    assert yaml_resolver.lookup("Amara Keita", date(2021, 5, 1)).code == "MLIGOV"
    assert yaml_resolver.lookup("Keita", date(2024, 5, 1)).code == "MLI"


def test_yaml_agent_words_are_added(yaml_resolver):
    actor = yaml_resolver.lookup("Malian freedom fighters", None)
    assert actor.code == "MLIREB"


def test_user_names_override_bundled(yaml_resolver, pipeline):
    assert pipeline.actors.lookup("Armenian Ministry of Lore") is None or (
        pipeline.actors.lookup("Armenian Ministry of Lore").sector != "EDU"
    )
    assert yaml_resolver.lookup("Armenian Ministry of Lore").code == "ARMEDU"


def test_csv_rows(pipeline, tmp_path: Path):
    path = tmp_path / "mine.csv"
    path.write_text(CSV, encoding="utf-8")
    resolver = ActorResolver.load(Settings(actors_file=str(path)), pipeline.nlp)
    assert resolver.lookup("Lena Brandt", date(2020, 1, 1)).code == "DEULEG"
    assert resolver.lookup("Kyiv Youth Front").code == "UKROPP"


def test_bad_yaml_is_a_data_file_error(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("actors: [", encoding="utf-8")
    with pytest.raises(DataFileError):
        read_user_file(path)


def test_record_without_name_is_rejected(pipeline, tmp_path: Path):
    path = tmp_path / "noname.yaml"
    path.write_text("actors:\n  - {id: x.y, country: FRA}\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        ActorResolver.load(Settings(actors_file=str(path)), pipeline.nlp)
