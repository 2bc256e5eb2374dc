"""How names, agent words and people combine into mentions (Composer)."""

from __future__ import annotations

from datetime import date


def test_an_organisation_named_after_a_country_is_one_mention(mentions) -> None:
    found = mentions("The Ghanaian Union of Nurses called off its strike.")
    spans = [span for span, _ in found]
    assert "The Ghanaian Union of Nurses" in spans
    (union,) = [f for span, f in found if span == "The Ghanaian Union of Nurses"]
    assert union.actor.country == "GHA" and union.actor.sector == "HLH"


def test_an_apposition_after_an_article_and_modifier_names_the_person(mentions) -> None:
    """ "X, a former Russian oil tycoon": the apposition gives X a country and sector."""
    found = dict(mentions("Ivan Petrovsky, a former Russian oil tycoon, called for sanctions."))
    assert found["Ivan Petrovsky"].actor.code == "RUSBUS"


def test_firms_by_their_legal_form(mentions) -> None:
    found = dict(mentions("Regulators fined Zenith Mining Holdings Inc on Monday."))
    firm = [f for span, f in found.items() if span.startswith("Zenith")]
    assert firm and firm[0].actor.sector == "BUS"


def test_a_national_body_takes_the_sector_of_its_head_noun(mentions) -> None:
    found = dict(mentions("The Kenyan Department of Justice opened an inquiry."))
    assert found["The Kenyan Department of Justice"].actor.code == "KENGOV"


def test_a_capital_before_a_noun_naming_no_one_is_a_place(mentions) -> None:
    assert "Mogadishu" not in [span for span, _ in mentions("The Mogadishu hotel siege ended.")]
    found = dict(mentions("The Kabul government rejected the offer."))
    assert any(f.actor.code == "AFGGOV" for f in found.values()), found


def test_a_capital_before_the_gerund_read_as_the_verb_is_the_place_shelled(mentions) -> None:
    """ "Kyiv shelling kills three": the parser takes "shelling" for the verb and the capital
    for its subject; the capital was shelled, it did not shell."""
    assert "Kyiv" not in [span for span, _ in mentions("Kyiv shelling kills three, officials say")]
    assert "Damascus" not in [span for span, _ in mentions("Damascus shelling kills four")]
    said = dict(mentions("Kyiv accuses Moscow of shelling Kharkiv"))
    assert said["Kyiv"].actor.code == "UKRGOV", said


def test_a_verb_of_force_between_a_group_and_an_agent_ends_the_groups_phrase(mentions) -> None:
    """A headline's "Taliban attack police station": the parse hangs "attack" and "police"
    under "station"; the police are not the Taliban's."""
    found = dict(
        mentions("Taliban attack police station in Kunduz, killing four", date(2019, 5, 2))
    )
    assert found["Taliban"].actor.sector == "REB"
    assert found["police"].actor.sector == "COP"
    helicopters = dict(mentions("Russian attack helicopters pounded the ridge"))
    assert helicopters["Russian attack helicopters"].actor.country == "RUS"


def test_a_country_s_possessive_tagged_as_an_organisation_is_the_country(mentions) -> None:
    """The tagger may take "Burkina Faso's" for an organisation: its army is still the
    country's army, not an organisation named after the country."""
    found = dict(
        mentions("Burkina Faso's military executed 12 men in a village.", date(2024, 4, 1))
    )
    assert found["Burkina Faso's military"].actor.code == "BFAMIL"


def test_a_states_nationals_are_its_civilians(mentions) -> None:
    """ "Gunmen killed nine *Chinese nationals*": people of that state, not the state."""
    found = dict(mentions("Gunmen killed nine Chinese nationals near the mine."))
    assert found["Chinese nationals"].actor.code == "CHNCVL"
