"""Armed groups of the last thirty years' wars: names, renamings, dated roles and affiliations."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.actors.bundled import load_bundled
from tocsin.resources import load_yaml


@pytest.fixture(scope="module")
def dictionary():
    return load_bundled()


@pytest.mark.parametrize(
    ("text", "when", "code", "entry"),
    [
        ("Jabhat al-Nusra", date(2014, 3, 1), "SYRREB", "org.hts#jabhat-al-nusra"),
        ("the Nusra Front", date(2016, 9, 1), "SYRREB", "org.hts#jabhat-fateh-al-sham"),
        ("Hayat Tahrir al-Sham", date(2019, 5, 1), "SYRREB", "org.hts#hayat-tahrir-al-sham"),
        ("Daesh", date(2017, 1, 1), "IMGSUNREB", "org.isis#islamic-state"),
        ("ISIL", date(2013, 9, 1), "IMGSUNREB", "org.isis#islamic-state-of-iraq-and-the-levant"),
        ("the Islamic State organization", date(2018, 1, 1), "IMGSUNREB", "org.isis#islamic-state"),
        ("ISWAP", date(2020, 1, 1), "NGAREB", "org.isis#west-africa-province"),
        ("ISKP", date(2021, 8, 26), "AFGREB", "org.isis#khorasan-province"),
        ("the Donetsk People's Republic", date(2014, 8, 1), "UKRREB", None),
        ("LNR", date(2015, 1, 20), "UKRREB", None),
        ("Novorossiya", date(2014, 9, 1), "UKRREB", None),
        ("the YPG", date(2017, 6, 1), "SYRREB", "org.sdf#syrian-democratic-forces"),
        ("Faylaq al-Rahman", date(2018, 3, 1), "SYRREB", "org.faylaq-al-rahman"),
        ("Rahman Corps", date(2018, 3, 1), "SYRREB", "org.faylaq-al-rahman"),
        ("the Legion of Rahman", date(2017, 5, 1), "SYRREB", "org.faylaq-al-rahman"),
        ("Kamuina Nsapu", date(2017, 3, 24), "CODREB", "org.cod-kamuina-nsapu"),
        ("Dozo hunters", date(2019, 3, 15), "MLIREB", "org.dan-na-ambassagou"),
        ("the Sham Legion", date(2018, 3, 1), "SYRREB", "org.faylaq-al-sham"),
        ("the National Front for Liberation", date(2018, 9, 1), "SYRREB", "org.nfl"),
        ("the Houthis", date(2016, 1, 1), "YEMREB", "org.houthis"),
        ("the Gulf Cartel", date(2012, 5, 1), "MEXCRM", "org.gulf-cartel"),
        ("Jalisco Cartel New Generation", date(2019, 8, 1), "MEXCRM", "org.cjng"),
        ("Los Chapitos", date(2024, 10, 1), "MEXCRM", "org.sinaloa-cartel#los-chapitos"),
        ("NDC-R", date(2019, 2, 1), "CODREB", "org.ndc-r"),
        ("Lashkar-e-Islam", date(2013, 4, 1), "PAKREB", "org.lashkar-e-islam"),
        ("the Special Action Force", date(2015, 1, 25), "PHLCOP", "org.phl-saf"),
        ("the Artsakh Defence Army", date(2020, 10, 1), "AZEREB", "org.artsakh"),
        ("MS-13", date(2015, 6, 1), "CRM", "org.ms-13"),
        ("al-Shabab", date(2019, 1, 1), "SOMREB", "org.al-shabaab"),
        ("the Rapid Support Forces", date(2023, 6, 1), "SDNREB", None),
        ("the Rapid Support Forces", date(2019, 6, 1), "SDNMIL", None),
        ("the Taliban", date(2010, 6, 1), "AFGREB", "org.taliban#insurgency"),
        ("the Taliban", date(2022, 6, 1), "AFGGOV", "org.taliban#taliban-government"),
        ("Wagner Group", date(2020, 6, 1), "RUSUAF", None),
        ("the Tatmadaw", date(2022, 6, 1), "MMRMIL", "org.tatmadaw"),
        ("the Arakan Army", date(2023, 6, 1), "MMRREB", "org.arakan-army"),
        ("Ambazonia Defence Forces", date(2019, 6, 1), "CMRREB", "org.ambazonia"),
        ("Ansar al-Sunna", date(2020, 6, 1), "MOZREB", "org.ansar-al-sunna-moz"),
        ("the New People's Army", date(2020, 6, 1), "PHLREB", "org.npa"),
        ("M23", date(2022, 6, 1), "CODREB", "org.m23"),
        ("CODECO", date(2022, 6, 1), "CODREB", "org.codeco"),
        ("JNIM", date(2022, 6, 1), "MLIREB", "org.jnim"),
        ("Seleka", date(2013, 5, 1), "CAFGOV", None),
        ("the anti-balaka", date(2014, 5, 1), "CAFREB", "org.anti-balaka"),
        ("Mayi-Mayi", date(2017, 5, 1), "CODREB", "org.mai-mai"),
        ("the FARDC", date(2017, 5, 1), "CODMIL", "org.cod-fardc"),
        ("FAMa", date(2019, 5, 1), "MLIMIL", "org.mli-fama"),
        ("the ENDF", date(2021, 5, 1), "ETHMIL", "org.eth-endf"),
        ("ANDSF", date(2019, 5, 1), "AFGMIL", "org.afg-ansf"),
        ("the SPLA-IO", date(2016, 7, 1), "SSDREB", "org.splm-io"),
        ("the SPLM-N", date(2016, 7, 1), "SDNREB", "org.splm-n"),
        ("Haftar", date(2019, 6, 27), "LBYREB", None),
        ("the ULFA", date(2019, 5, 1), "INDREB", "org.ulfa"),
        ("the Azov Regiment", date(2022, 5, 1), "UKRMIL", None),
        ("CMA rebels", date(2022, 5, 1), "MLIREB", "org.cma"),
        ("Dan Na Ambassagou", date(2019, 3, 23), "MLIREB", "org.dan-na-ambassagou"),
        ("Koglweogo", date(2019, 1, 2), "BFAREB", "org.koglweogo"),
        ("3R rebels", date(2019, 5, 1), "CAFREB", "org.caf-3r"),
        ("Twirwaneho", date(2022, 5, 1), "CODREB", "org.twirwaneho"),
        ("RED-Tabara", date(2023, 5, 1), "BDIREB", "org.red-tabara"),
        ("Raia Mutomboki", date(2019, 5, 1), "CODREB", "org.raia-mutomboki"),
        ("the White Army", date(2014, 2, 1), "SSDREB", "org.white-army"),
        ("the National Salvation Front", date(2019, 5, 1), "SSDREB", "org.nas"),
        ("Jaish al-Adl", date(2019, 2, 13), "IRNREB", "org.jaish-al-adl"),
        ("the National Resistance Front", date(2022, 5, 1), "AFGREB", "org.nrf"),
        ("Hemedti's forces", date(2023, 5, 1), "SDNREB", "org.sdn-rsf#at-war-with-the-army"),
        ("Hemedti", date(2020, 5, 1), "SDNMIL", None),
        ("Hemedti", date(2023, 5, 1), "SDNREB", None),
        ("the Popular Mobilisation Forces", date(2017, 6, 1), "IRQMIL", None),
        ("JEM rebels", date(2011, 5, 1), "SDNREB", "org.jem"),
        ("the SLA-AW", date(2016, 2, 1), "SDNREB", "org.sla-aw"),
        ("GATIA", date(2018, 4, 1), "MLIREB", "org.gatia"),
        ("the HCUA", date(2016, 7, 1), "MLIREB", "org.hcua"),
        ("the FRPI", date(2016, 7, 1), "CODREB", "org.frpi"),
        ("the NDFB", date(2014, 12, 24), "INDREB", "org.ndfb"),
        ("NSCN-K", date(2015, 6, 4), "INDREB", "org.nscn-k"),
        ("PJAK militants", date(2019, 5, 1), "IRNREB", "org.pjak"),
        ("Jamaat-ul-Ahrar", date(2017, 2, 13), "PAKREB", "org.jamaat-ul-ahrar"),
        ("the Lions' Den", date(2022, 10, 12), "PSEREB", "org.lions-den"),
        ("CJNG", date(2020, 6, 26), "MEXCRM", "org.cjng"),
        ("Sinaloa Cartel gunmen", date(2019, 10, 17), "MEXCRM", "org.sinaloa-cartel"),
        ("Hizbul Islam", date(2010, 1, 1), "SOMREB", "org.hizbul-islam"),
    ],
)
def test_groups_resolve_by_date(resolver, text, when, code, entry):
    actor = resolver.lookup(text, when)
    assert actor is not None, text
    assert actor.code == code
    if entry is not None:
        assert actor.entry == entry


def test_names_in_capitals_and_headline_case_match(resolver):
    assert resolver.lookup("HAYAT TAHRIR AL-SHAM", date(2018, 1, 1)).entry.startswith("org.hts")
    assert resolver.lookup("Al-Nusra Front", date(2015, 1, 1)).entry.startswith("org.hts")


def test_acronyms_match_only_in_capitals(resolver):
    assert resolver.lookup("Is it over?", date(2018, 1, 1)) is None


def test_group_members_are_the_group(resolver):
    fighters = resolver.lookup("Houthi fighters", date(2016, 1, 1))
    assert (fighters.code, fighters.entry) == ("YEMREB", "org.houthis")
    militants = resolver.lookup("HTS militants", date(2018, 1, 1))
    assert militants.entry == "org.hts#hayat-tahrir-al-sham"
    # a state body is not an armed group's member: its country's agent
    assert resolver.lookup("NATO troops").code == "NATOMIL"


def test_an_unnamed_leader_of_an_armed_group_is_the_group(resolver):
    for text in ("Houthi commander", "an al-Qaeda leader", "Hezbollah's commander"):
        found = resolver.lookup(text, date(2017, 3, 1))
        assert found.sector == "REB", (text, found)


def test_affiliations_are_dated(dictionary):
    dpr = dictionary.affiliations["org.dpr"]
    backer = next(a for a in dpr if a.relation == "backed-by")
    assert backer.other == "RUS" and backer.active(date(2015, 2, 1))
    assert not backer.active(date(2013, 2, 1))
    nusra = dictionary.affiliations["org.hts"][0]
    assert nusra.other == "org.al-qaeda" and not nusra.active(date(2017, 1, 1))


def test_every_affiliation_names_a_state_or_an_entry(dictionary):
    states = dictionary.states()
    for entry_id, links in dictionary.affiliations.items():
        for link in links:
            assert link.other in states or link.other in dictionary.entries, (entry_id, link)


def test_group_entries_are_well_formed():
    groups = load_yaml("actors/armed_groups.yaml")["groups"]
    ids = [g["id"] for g in groups]
    assert len(ids) == len(set(ids)) and len(ids) >= 100
    for group in groups:
        assert group["sector"] in {"REB", "UAF", "MIL", "COP", "SPY", "GOV", "PTY", "OPP", "CRM"}, (
            group["id"]
        )
        for role in group.get("roles") or ():
            assert role.get("start") is not None, group["id"]


def test_lookup_prints_active_affiliations(pipeline, monkeypatch):
    import json

    from typer.testing import CliRunner

    import tocsin.nlp
    from tocsin.actors import ActorResolver
    from tocsin.cli.main import build_app

    monkeypatch.setattr(tocsin.nlp, "load_spacy", lambda name: pipeline.nlp)
    monkeypatch.setattr(ActorResolver, "load", classmethod(lambda cls, s, nlp: pipeline.actors))
    result = CliRunner().invoke(build_app(), ["dict", "lookup", "DPR", "--date", "2014-09-01"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["code"] == "UKRREB"
    relations = {(a["relation"], a["with"]) for a in shown["affiliations"]}
    assert relations == {("backed-by", "RUS"), ("part-of", "org.novorossiya")}


def test_an_acronym_two_groups_share_follows_the_war(pipeline):
    """ "CPC": the Central African rebel coalition where the text is of that war, China's
    party where it is of China."""
    central_african = pipeline.code_text(
        "CPC rebels attacked the outskirts of Bangui.", date(2021, 1, 13)
    )
    attack = next(e for e in central_african if e.event == "ASSAULT")
    assert attack.actor.entry == "org.cpc-car"
    chinese = pipeline.code_text("China's CPC condemned the sanctions.", date(2021, 1, 13))
    assert all(e.actor is None or e.actor.entry != "org.cpc-car" for e in chinese)
