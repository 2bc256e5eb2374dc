"""A GED side names a group; a record may name one of its dated roles or branches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tocsin.evaluation.ged_sides import PartySpec, SideMapper
from tocsin.models import ActorRef


def test_a_dated_role_or_branch_is_the_same_entry():
    spec = PartySpec("dictionary:org.isis", "IMGSUN", entry="org.isis#islamic-state", sector="REB")
    branch = ActorRef("ISWAP", code="NGAREB", country="NGA", sector="REB",
                      entry="org.isis#west-africa-province")  # fmt: skip
    older = ActorRef("ISIL", code="IMGSUNREB", country="IMGSUN", sector="REB",
                     entry="org.isis#islamic-state-of-iraq-and-the-levant")  # fmt: skip
    other = ActorRef("Nusra", code="SYRREB", country="SYR", sector="REB",
                     entry="org.hts#jabhat-al-nusra")  # fmt: skip
    assert spec.matches(branch) and spec.matches(older)
    assert not spec.matches(other)


ISIS = "org.isis#islamic-state"


def _lookup(text: str, when: date | None = None) -> ActorRef | None:
    table = {
        "Islamic State": ActorRef(
            "Islamic State", code="IMGSUNREB", country="IMGSUN", sector="REB", entry=ISIS
        ),
        "JNIM": ActorRef("JNIM", code="MLIREB", country="MLI", sector="REB", entry="org.jnim"),
        "Niger": ActorRef("Niger", code="NER", country="NER", entry="country.NER"),
        "Syria": ActorRef("Syria", code="SYR", country="SYR", entry="country.SYR"),
        "Burkina Faso": ActorRef("Burkina Faso", code="BFA", country="BFA", entry="country.BFA"),
    }
    return table.get(text)


def test_a_group_fighting_as_a_countrys_rebels_takes_their_generic_fighters():
    """UCDP's "IS" in Niger, JNIM in Burkina Faso: the country's rebels, as the signals read
    them, so "jihadists" coded there are that side; not the Islamic State in Syria."""
    sides = SideMapper.load(_lookup)
    when = date(2021, 3, 1)
    jihadists_ner = ActorRef("jihadists", code="NERREB", country="NER", sector="REB",
                             entry="agent.jihadists")  # fmt: skip
    jihadists_bfa = replace(jihadists_ner, code="BFAREB", country="BFA")
    rebels_syr = replace(jihadists_ner, code="SYRREB", country="SYR", entry="agent.rebels")
    assert sides.side("IS", "NER", when).matches(jihadists_ner, when)
    assert sides.side("JNIM", "BFA", when).matches(jihadists_bfa, when)
    assert not sides.side("IS", "SYR", when).matches(rebels_syr, when)
    assert not sides.side("JNIM", "NER", when).matches(jihadists_bfa, when)


def test_civilians_of_any_country_are_the_civilians_side():
    sides = SideMapper.load(_lookup)
    tourists = ActorRef("Dutch tourists", code="NLDCVL", country="NLD", sector="CVL")
    soldiers = ActorRef("Dutch soldiers", code="NLDMIL", country="NLD", sector="MIL")
    civilians = sides.side("Civilians", "NER")
    assert civilians.matches(tourists, None)
    assert not civilians.matches(soldiers, None)


def test_a_supporter_of_a_government_named_with_its_former_name():
    """GED writes "Government of Yemen (North Yemen)": the coalition supports it still."""
    saudi = ActorRef("Saudi jets", code="SAUMIL", country="SAU", sector="MIL")
    lookup = {"Saudi Arabia": ActorRef("Saudi Arabia", code="SAU", country="SAU")}
    sides = SideMapper.load(lambda text, when=None: lookup.get(text) or _lookup(text, when))
    government = sides.side("Government of Yemen (North Yemen)", "YEM", date(2016, 8, 15))
    assert government.matches(saudi, date(2016, 8, 15))
    assert not government.matches(saudi, date(2016, 8, 15), strict=True)
