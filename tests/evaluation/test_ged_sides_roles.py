"""A GED side names a group; a record may name one of its dated roles or branches."""

from __future__ import annotations

from tocsin.evaluation.ged_sides import PartySpec
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
