from __future__ import annotations

import pytest

from tocsin.events.ontology import Ontology, quad_class
from tocsin.models import PLOVER_EVENTS


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_covers_every_cameo_root_and_plover_type(ontology):
    roots = {code[:2] for code in ontology.codes()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert {ontology.lookup(c).event for c in ontology.codes()} == set(PLOVER_EVENTS)
    assert len(ontology) >= 280


def test_codes_are_strings_with_leading_zero(ontology):
    info = ontology.lookup("0874")
    assert info.code == "0874"
    assert info.event == "RETREAT"
    assert info.quad_class == 2
    assert info.goldstein == 10.0


@pytest.mark.parametrize(
    ("code", "event", "quad", "goldstein"),
    [
        ("010", "CONSULT", 1, 0.0),
        ("0256", "REQUEST", 1, -0.3),
        ("036", "AGREE", 1, 4.0),
        ("057", "SUPPORT", 2, 8.0),
        ("111", "ACCUSE", 3, -2.0),
        ("1622", "SANCTION", 4, -5.6),
        ("138", "THREATEN", 3, -7.0),
        ("163", "COERCE", 4, -8.0),
        ("173", "COERCE", 4, -5.0),
        ("190", "ASSAULT", 4, -10.0),
    ],
)
def test_standard_mapping(ontology, code, event, quad, goldstein):
    info = ontology.lookup(code)
    assert (info.event, info.quad_class, info.goldstein) == (event, quad, goldstein)


def test_root_lookup_means_unspecified_code(ontology):
    assert ontology.lookup("19").code == "190"


def test_unknown_code_raises(ontology):
    with pytest.raises(KeyError):
        ontology.lookup("999")


def test_all_25_acled_sub_event_types_present(ontology):
    subs = ontology.sub_event_types()
    assert len(subs) == 25
    assert ontology.acled("Air/drone strike").event_type == "Explosions/Remote violence"
    assert ontology.acled("Arrests").event_type == "Strategic developments"


@pytest.mark.parametrize(
    ("code", "sub_event"),
    [
        ("1831", "Suicide bomb"),
        ("194", "Shelling/artillery/missile attack"),
        ("195", "Air/drone strike"),
        ("1821", "Sexual violence"),
        ("181", "Abduction/forced disappearance"),
        ("141", "Peaceful protest"),
        ("145", "Violent demonstration"),
        ("057", "Agreement"),
    ],
)
def test_acled_defaults(ontology, code, sub_event):
    assert ontology.lookup(code).acled.sub_event_type == sub_event


def test_verbal_codes_have_no_acled_category(ontology):
    assert ontology.lookup("111").acled is None
    assert ontology.lookup("040").acled is None


def test_quad_class_from_root():
    assert [quad_class(c) for c in ("042", "073", "112", "193")] == [1, 2, 3, 4]
