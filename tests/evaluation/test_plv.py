from __future__ import annotations

from tocsin.evaluation import plv

from .conftest import make_event

HEADER = "sentence_id\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"


def write(tmp_path, rows):
    path = tmp_path / "plv_test.tsv"
    path.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_picks_the_record_of_the_marked_pair(tmp_path, fixed_coder):
    text = "Norway criticised Chile after Peru met Chile."
    path = write(tmp_path, [("1", "ACCUSE", text, "", "Norway", "Chile")])
    coder = fixed_coder(
        {
            text: [
                make_event("CONSULT", "040", "peru", "chile", confidence=0.9),
                make_event("ACCUSE", "111", "norway", "chile", confidence=0.4),
            ]
        }
    )
    report = plv.evaluate(coder, path)
    assert report.accuracy == 1.0


def test_concede_and_retreat_are_yield(tmp_path, fixed_coder):
    path = write(
        tmp_path,
        [
            ("1", "YIELD", "a", "", "X", "Y"),
            ("2", "YIELD", "b", "", "X", "Y"),
            ("3", "AID", "c", "", "X", "Y"),
        ],
    )
    coder = fixed_coder({"a": [make_event("RETREAT", "0874")], "b": [make_event("CONCEDE", "080")]})
    report = plv.evaluate(coder, path)
    assert report.accuracy == 2 / 3
    assert ("AID", "NONE", 1) in report.confusions


def test_future_cooperation_counts_as_agree():
    assert plv.root_class(make_event("CONSULT", "040", status="future")) == "AGREE"
    assert plv.root_class(make_event("ASSAULT", "190", status="future", quad=4)) == "THREATEN"
    assert plv.root_class(make_event("ASSAULT", "190", quad=4)) == "ASSAULT"


def test_limit(tmp_path, fixed_coder):
    path = write(tmp_path, [(str(i), "AID", f"t{i}", "", "X", "Y") for i in range(5)])
    assert plv.evaluate(fixed_coder({}), path, limit=2).n == 2


def test_parties_counts_records_with_the_marked_pair(tmp_path, fixed_coder):
    path = write(
        tmp_path,
        [
            ("1", "ACCUSE", "a", "", "Norway", "Chile"),
            ("2", "ACCUSE", "b", "", "Norway", "Chile"),
        ],
    )
    coder = fixed_coder(
        {
            "a": [make_event("ACCUSE", "111", "norway", "chile")],
            "b": [make_event("ACCUSE", "111", "chile", "norway")],  # the pair reversed
        }
    )
    assert plv.evaluate(coder, path).extra["parties"] == 0.5
