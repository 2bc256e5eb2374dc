from __future__ import annotations

from tocsin.evaluation import case

from .conftest import make_event


def test_only_acled_labels_are_scored(tmp_path, fixed_coder):
    path = tmp_path / "case_test.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n1\tplanes bombed a depot\tAIR_STRIKE\n"
        "2\tthe ministers met\tDIPLO\n3\ta grenade exploded\tGRENADE\n",
        encoding="utf-8",
    )
    coder = fixed_coder(
        {
            "planes bombed a depot": [
                make_event("ASSAULT", "190", acled="Armed clash", confidence=0.3),
                make_event("ASSAULT", "195", acled="Air/drone strike", confidence=0.8),
            ]
        }
    )
    report = case.evaluate(coder, path)
    assert report.n == 2
    assert report.accuracy == 0.5
    assert ("Grenade", "NONE", 1) in report.confusions


def test_label_map_covers_the_25_types():
    from tocsin.events.ontology import Ontology

    assert sorted(case.labels().values()) == sorted(Ontology.load().sub_event_types())


def test_remote_weapon_decides_over_plain_attack():
    events = [
        make_event(
            "ASSAULT",
            "1823",
            confidence=0.9,
            acled="Attack",
            acled_type="Violence against civilians",
        ),
        make_event(
            "ASSAULT",
            "183",
            confidence=0.5,
            acled="Remote explosive/landmine/IED",
            acled_type="Explosions/Remote violence",
        ),
    ]
    assert case.top_acled(events) == "Remote explosive/landmine/IED"
