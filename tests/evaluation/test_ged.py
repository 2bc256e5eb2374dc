"""``tocsin eval`` on a UCDP GED export: side mapping, headline filter, figures, dev/holdout."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.main import build_app
from tocsin.evaluation.ged import evaluate, score_headline
from tocsin.evaluation.ged_filter import is_headline
from tocsin.evaluation.ged_sides import SideMapper
from tocsin.evaluation.runner import guess_format
from tocsin.models import ActorRef, Event, Factuality, Size, Trigger
from tocsin.truth.ucdp import headlines, read_ged
from truth.gedcsv import write_ged as write_ged_rows

ROWS = [
    # dev: a state-based clash, one source
    {
        "id": "11",
        "side_a": "Government of Mali",
        "side_b": "JNIM",
        "conflict_name": "Mali: Government",
        "type_of_violence": "1",
        "best": "3",
        "source_article": '"Wire,2020-05-02,Soldiers kill three jihadists in an ambush near Gao"',
    },
    # dev: one-sided violence; the conflict is named by its sides, not its country
    {
        "id": "12",
        "side_a": "JNIM",
        "side_b": "Civilians",
        "conflict_name": "JNIM - Civilians",
        "type_of_violence": "3",
        "best": "5",
        "source_article": '"Monitor,2020-05-03,Gunmen kill five villagers in central Mali"',
    },
    # dev: a database record id, not a headline
    {
        "id": "13",
        "side_a": "Government of Mali",
        "side_b": "JNIM",
        "conflict_name": "Mali: Government",
        "type_of_violence": "1",
        "best": "1",
        "source_article": '"Tracker,2020-05-04,R3510"',
    },
    # holdout
    {
        "id": "15",
        "side_a": "Government of Mali",
        "side_b": "JNIM",
        "conflict_name": "Mali: Government",
        "type_of_violence": "1",
        "best": "2",
        "source_article": '"Wire,2020-05-05,Malian troops attack JNIM fighters near Mopti"',
    },
]


def write_ged(path: Path, rows: list[dict[str, str]]) -> Path:
    defaults = {"date_start": "2020-05-01", "date_end": "2020-05-01", "date_prec": "1"}
    return write_ged_rows(path, rows, defaults)


@pytest.fixture
def ged_file(tmp_path: Path) -> Path:
    return write_ged(tmp_path / "events.csv", ROWS)


def test_the_headline_form_rule() -> None:
    kept = [
        "Soldiers kill three jihadists in an ambush near Gao",
        "UPDATE 2-Troops shell the town",
        "About 110 were killed in clashes between the factions August 20, 2016",
    ]
    dropped = [
        "R3510",
        "CS225",
        "TS365",
        "July 29th 2017: (S1138) Al Badu neighbourhood, Raqqa city, Syria",
        "Syria Daily Report 13/03/2016",
        "Syrian War Daily – 18th of November 2018",
        "Airwars assessment",
    ]
    assert all(is_headline(t) for t in kept)
    assert not any(is_headline(t) for t in dropped)


def _lookup(text: str) -> ActorRef | None:
    table = {
        "Mali": ActorRef("Mali", code="MLI", country="MLI", entry="country.MLI"),
        "Malian": ActorRef("Malian", code="MLI", country="MLI", entry="country.MLI"),
        "France": ActorRef("France", code="FRA", country="FRA", entry="country.FRA"),
        "JNIM": ActorRef("JNIM", code="MLIREB", country="MLI", sector="REB", entry="org.jnim"),
        "Fatah": ActorRef("Fatah", code="PSEPTY", country="PSE", sector="PTY", entry="org.fatah"),
        "African Union": ActorRef("African Union", code="AUIGO", country="AU", sector="IGO"),
        "Sahelians": ActorRef("Sahelians", code="SAH", country="SAH", entry="region.sahel"),
    }
    if text in table:
        return table[text]
    if text.startswith("Fatah "):  # the dictionary matches only part of the name
        return table["Fatah"]
    return None


def test_side_names_map_to_codes_and_supporters_stay_apart() -> None:
    sides = SideMapper.load(_lookup)
    government = sides.side("Government of Mali", "MLI")
    army = ActorRef("troops", code="MLIMIL", country="MLI", sector="MIL", entry="agent.troops")
    french = ActorRef("French jets", code="FRAMIL", country="FRA", sector="MIL")
    assert government.matches(army, date(2020, 5, 1))
    assert government.matches(ActorRef("Mali", country="MLI"), date(2020, 5, 1))
    assert government.matches(french, date(2020, 5, 1))  # a supporter, in its dates
    assert not government.matches(french, date(2020, 5, 1), strict=True)
    assert not government.matches(french, date(2023, 1, 1))  # after the supporter left
    jnim = sides.side("JNIM", "MLI")
    rebels = ActorRef("jihadists", code="MLIREB", country="MLI", sector="REB", entry="agent.x")
    other_group = ActorRef("Ansar", code="MLIREB", country="MLI", sector="REB", entry="org.other")
    assert jnim.matches(rebels, None)  # a generic agent matches by code
    assert not jnim.matches(other_group, None)  # another named group does not
    # a name the dictionary knows only in part falls back to the country's rebels
    assert [p.rule for p in sides.side("Fatah Halab", "SYR").parties] == ["fallback.rebels"]
    civilians = sides.side("Civilians", "MLI")
    assert civilians.matches(ActorRef("villagers", country="MLI", sector="CVL"), None)
    assert not civilians.matches(army, None)


def test_a_foreign_party_or_a_region_of_the_same_name_is_no_armed_group() -> None:
    sides = SideMapper.load(_lookup)
    # in Mali, a group called "Fatah" is not the Palestinian party the dictionary knows
    assert [p.rule for p in sides.side("Fatah", "MLI").parties] == ["fallback.rebels"]
    assert [p.rule for p in sides.side("Fatah", "PSE").parties] == ["dictionary:org.fatah"]
    # nor are "Sahelians" the region the dictionary knows by that name
    assert [p.rule for p in sides.side("Sahelians", "MLI").parties] == ["fallback.rebels"]


def _record(
    actor: ActorRef | None,
    recipient: ActorRef | None,
    status: str = "asserted",
    killed: int | None = None,
) -> Event:
    return Event(
        id="ev-1",
        doc_id="d",
        sentence_index=0,
        sentence="s",
        trigger=Trigger("t", 0, 1),
        event="ASSAULT",
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        actor=actor,
        recipient=recipient,
        factuality=Factuality(status, 3.0),
        size=Size(killed=killed) if killed is not None else None,
    )


def test_a_headline_scores_both_sides_in_either_order(ged_file: Path) -> None:
    item = next(h for h in headlines(read_ged(ged_file)) if h.text.startswith("Soldiers"))
    sides = SideMapper.load(_lookup)
    army = ActorRef("soldiers", country="MLI", sector="MIL", entry="agent.soldiers")
    rebels = ActorRef("jihadists", country="MLI", sector="REB", entry="agent.jihadists")
    assert score_headline(item, (_record(rebels, army, killed=3),), sides).both
    scored = score_headline(item, (_record(army, None, killed=3),), sides)
    assert scored.one and not scored.both and scored.killed == 3
    possible = score_headline(item, (_record(army, rebels, status="possible"),), sides)
    assert not possible.one and possible.assaults == 0 and possible.assaults_any == 1


def test_eval_reports_dev_and_holdout_apart(ged_file: Path, pipeline) -> None:
    report = evaluate(pipeline, ged_file, show_misses=5)
    dev, holdout = report["dev"], report["holdout"]
    assert dev["unfiltered"]["headlines"] == 3 and dev["dropped_by_filter"] == 1
    assert dev["filtered"]["headlines"] == 2
    assert holdout["filtered"]["headlines"] == 1
    assert dev["filtered"]["both_sides"] == 1.0  # both dev headlines are coded right
    assert dev["filtered"]["killed"]["exact"] == 1.0
    assert report["main_country"] == "Mali"
    assert all("Mopti" not in m["headline"] for m in report["misses"])  # never a holdout line


class CrashesOnMopti:
    """The real pipeline, but one stage raises on any chunk holding a headline on Mopti."""

    def __init__(self, pipeline) -> None:
        self.actors = pipeline.actors
        self.pipeline = pipeline

    def code_many(self, documents, batch_size: int = 32):
        documents = list(documents)
        if any("Mopti" in d.text for d in documents):
            raise IndexError("list index out of range")
        return self.pipeline.code_many(documents, batch_size)


def test_a_crash_on_one_headline_fails_it_alone(ged_file: Path, pipeline) -> None:
    report = evaluate(CrashesOnMopti(pipeline), ged_file)
    assert report["crashed"]["count"] == 1
    assert "IndexError" in report["crashed"]["errors"][0]
    assert report["dev"]["filtered"]["both_sides"] == 1.0  # the others are coded as before
    assert report["holdout"]["filtered"]["refused"] == 1
    assert report["holdout"]["filtered"]["both_sides"] == 0.0
    assert evaluate(pipeline, ged_file)["crashed"] == {"count": 0, "errors": []}


def test_eval_cli_guesses_ged_and_refuses_holdout_misses(
    ged_file: Path, pipeline, monkeypatch
) -> None:
    from tocsin.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    assert guess_format(ged_file) == "ged"
    app = build_app()
    refused = CliRunner().invoke(app, ["eval", str(ged_file), "--part", "holdout", "--misses", "3"])
    assert refused.exit_code != 0 and "holdout" in refused.output
    result = CliRunner().invoke(
        app, ["eval", str(ged_file), "--part", "dev", "--since", "2020-05-03", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["format"] == "ged" and "holdout" not in report
    assert report["dev"]["unfiltered"]["headlines"] == 2  # from 2020-05-03 on


class Datelines:
    """The real pipeline, noting the dateline of every document it codes."""

    def __init__(self, pipeline) -> None:
        self.actors = pipeline.actors
        self.pipeline = pipeline
        self.seen: list[object] = []

    def code_many(self, documents, batch_size: int = 32):
        documents = list(documents)
        self.seen.extend(d.dateline for d in documents)
        return self.pipeline.code_many(documents, batch_size)


def test_headlines_are_coded_alone_without_datelines(ged_file: Path, pipeline) -> None:
    """``--no-datelines``: each headline as ``tocsin code`` reads a line naming no country."""
    spy = Datelines(pipeline)
    report = evaluate(spy, ged_file, datelines=False)
    assert report["datelines"] is False and spy.seen and all(d is None for d in spy.seen)
    spy = Datelines(pipeline)
    assert evaluate(spy, ged_file)["datelines"] is True
    assert all(d is not None and d.place == "Mali" for d in spy.seen)


def test_a_mission_supporting_a_government_counts_with_its_troops() -> None:
    government = SideMapper.load(_lookup).side("Government of Somalia", "SOM")
    when = date(2016, 1, 15)
    for code, sector in (("AUIGO", "IGO"), ("AUMIL", "MIL")):
        party = ActorRef("AU", code=code, country="AU", sector=sector)
        assert government.matches(party, when)
        assert not government.matches(party, when, strict=True)


def _dated_lookup(text: str, when: date | None = None) -> ActorRef | None:
    """The Taliban as the dictionary reads them on a day: insurgents, then a government."""
    if text != "Taliban":
        return _lookup(text)
    if when is not None and when < date(2021, 8, 15):
        return ActorRef("Taliban", code="AFGREB", country="AFG", sector="REB", entry="org.t#ins")
    return ActorRef("Taliban", code="AFGGOV", country="AFG", sector="GOV", entry="org.t#gov")


def test_a_group_with_dated_roles_is_the_side_it_was_on_the_day() -> None:
    sides = SideMapper.load(_dated_lookup)
    insurgents = ActorRef("insurgents", code="AFGREB", country="AFG", sector="REB", entry="agent.x")
    assert sides.side("Taliban", "AFG", date(2019, 5, 1)).matches(insurgents, None)
    assert not sides.side("Taliban", "AFG", date(2022, 5, 1)).matches(insurgents, None)


def _peoples_lookup(text: str, when: date | None = None) -> ActorRef | None:
    """Two peoples and a cartel, as the bundled dictionary reads them."""
    table = {
        "Murle": ActorRef(
            "Murle", code="SSDCVL", country="SSD", sector="CVL", entry="people.murle"
        ),
        "Bor Dinka": ActorRef(
            "Bor Dinka", code="SSDCVL", country="SSD", sector="CVL", entry="people.dinka#bor"
        ),
        "Gulf Cartel": ActorRef(
            "Gulf Cartel", code="MEXCRM", country="MEX", sector="CRM", entry="org.gulf-cartel"
        ),
    }
    return table.get(text)


def test_a_people_side_is_matched_by_the_people_only() -> None:
    sides = SideMapper.load(_peoples_lookup)
    murle = sides.side("Murle", "SSD")
    raiders = ActorRef("Murle raiders", code="SSDREB", country="SSD", sector="REB")
    assert murle.matches(replace(raiders, entry="people.murle"), None)
    villagers = ActorRef("villagers", code="SSDCVL", country="SSD", sector="CVL", entry="agent.v")
    assert not murle.matches(villagers, None)  # any villagers are not the Murle
    dinka = ActorRef(
        "Dinka youth", code="SSDCVL", country="SSD", sector="CVL", entry="people.dinka"
    )
    assert sides.side("Bor Dinka", "SSD").matches(dinka, None)  # a section is its people


def test_a_cartel_side_takes_its_gunmen_and_unknown_groups_may_be_gangs() -> None:
    sides = SideMapper.load(_peoples_lookup)
    gunmen = ActorRef("gunmen", code="MEXREB", country="MEX", sector="REB", entry="agent.gunmen")
    assert sides.side("Gulf Cartel", "MEX").matches(gunmen, None)
    gang = ActorRef("gang", code="MEXCRM", country="MEX", sector="CRM", entry="agent.gang")
    assert [p.rule for p in sides.side("Los Unknown", "MEX").parties] == ["fallback.rebels"]
    assert sides.side("Los Unknown", "MEX").matches(gang, None)
    # a people's fighters may be any named group's, as an armed group's agents are
    tuareg = ActorRef("Tuareg rebels", code="MLIREB", country="MLI", sector="REB")
    group = ActorRef("MSA", code="MLIREB", country="MLI", sector="REB", entry="org.msa")
    side = SideMapper.load(lambda text, when=None: group if text == "MSA" else None).side(
        "MSA", "MLI"
    )
    assert side.matches(replace(tuareg, entry="people.tuareg"), None)


def test_a_group_of_several_states_is_matched_by_kind_in_the_event_s_country() -> None:
    gang = ActorRef("MS-13", code="CRM", sector="CRM", entry="org.ms-13")
    sides = SideMapper.load(lambda text, when=None: gang if text == "MS-13" else None)
    members = ActorRef("gang members", code="SLVCRM", country="SLV", sector="CRM", entry="agent.g")
    assert sides.side("MS-13", "SLV").matches(members, None)
    assert not sides.side("MS-13", "SLV").matches(replace(members, country="HND"), None)


def test_armenia_s_forces_count_for_artsakh_but_not_strictly() -> None:
    artsakh = ActorRef("Artsakh", code="AZEREB", country="AZE", sector="REB", entry="org.artsakh")
    armenia = ActorRef("Armenia", code="ARM", country="ARM")

    def lookup(text: str, when: date | None = None) -> ActorRef | None:
        return {"Republic of Artsakh": artsakh, "Armenia": armenia}.get(text)

    side = SideMapper.load(lookup).side("Republic of Artsakh", "AZE")
    troops = ActorRef("Armenian troops", code="ARMMIL", country="ARM", sector="MIL")
    assert side.matches(troops, date(2020, 10, 1))
    assert not side.matches(troops, date(2020, 10, 1), strict=True)
