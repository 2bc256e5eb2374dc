"""A group named in a war where it has a local branch is that branch (``…+branch``)."""

from __future__ import annotations

from datetime import date

from tocsin.actors.entries import Affiliation, Entry
from tocsin.events.branches import LocalBranches
from tocsin.models import ActorRef

PARENT = ActorRef("the Front", "Front", "IMGSUNREB", "IMGSUN", "REB", "org.front#old-name")
ENTRIES = {
    "org.front": Entry("org.front", "Front", "org", "IMGSUN", "REB"),
    "org.front-north": Entry("org.front-north", "Northern Front", "org", "AAA", "REB"),
    "org.front-west": Entry("org.front-west", "Western Front", "org", "BBB", "REB"),
    "org.front-west-2": Entry("org.front-west-2", "New Western Front", "org", "BBB", "REB"),
}
AFFILIATIONS = {
    "org.front-north": (Affiliation("affiliate-of", "org.front", date(2017, 3, 1)),),
    "org.front-west": (
        Affiliation("affiliate-of", "org.front", date(2010, 1, 1), date(2015, 12, 31)),
    ),
    "org.front-west-2": (Affiliation("affiliate-of", "org.front", date(2014, 1, 1)),),
}


def test_the_parent_in_a_country_with_one_branch_is_that_branch() -> None:
    branches = LocalBranches(ENTRIES, AFFILIATIONS)
    found = branches.branch(PARENT, "AAA", date(2019, 5, 1))
    assert found is not None
    assert (found.code, found.entry, found.text) == ("AAAREB", "org.front-north", "the Front")


def test_no_branch_before_it_joined_nor_where_two_fit() -> None:
    branches = LocalBranches(ENTRIES, AFFILIATIONS)
    assert branches.branch(PARENT, "AAA", date(2016, 5, 1)) is None  # not yet a branch
    assert branches.branch(PARENT, "BBB", date(2015, 5, 1)) is None  # two branches then
    assert branches.branch(PARENT, "BBB", date(2018, 5, 1)).entry == "org.front-west-2"
    assert branches.branch(PARENT, "CCC", date(2018, 5, 1)) is None  # none there


def test_al_qaeda_in_mali_after_2017_is_its_sahel_branch(pipeline) -> None:
    when = date(2019, 6, 3)
    events = pipeline.code_text("Al-Qaeda fighters attacked an army post near Gao in Mali.", when)
    attack = next(e for e in events if e.event == "ASSAULT")
    assert attack.actor.code == "MLIREB"
    assert attack.actor.entry == "org.jnim"
    assert attack.evidence.actor_rule.endswith("+branch")


def test_a_group_whose_branches_are_its_provinces_stays_the_group() -> None:
    entries = {**ENTRIES, "org.front#south": Entry("org.front#south", "South", "org", "AAA")}
    affiliations = {**AFFILIATIONS, "org.front#south": AFFILIATIONS["org.front-north"]}
    assert LocalBranches(entries, affiliations).branch(PARENT, "AAA", date(2019, 5, 1)) is None
