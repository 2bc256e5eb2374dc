"""The model card written beside a model file: data, licence, date, CV figures, features."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tocsin.learn.model import LinearModel

FEATURE_NOTES = {
    "factuality.v1": (
        "the predicate's lemma, part of speech, tag and dependency relation; its tense, aspect "
        "and mood (morphology and auxiliaries), negation, marks and modifiers among its "
        "children; up to three governing words with the relations leading to them (the "
        "governing verb and its lemma); for each cue class in the sentence (negation, each "
        "modal, hedges, conditional marks, future words, and each class of embedding predicate "
        "of data/factuality/predicates.yaml: report, belief, claim, denial, intention, request "
        "...) the dependency path to its nearest word; whether the sentence is a question; and "
        "the rules' outputs: status, score, cue and rule id, with status × part of speech, "
        "relation and lemma"
    ),
    "events.v1": (
        "the rule's outputs for the record (PLOVER type, CAMEO code and root, QuadClass, ACLED "
        "sub-event type, pattern id and its refinements, confidence band, symmetric or not); "
        "factuality status and cue; how each party was found (the actor and recipient rules), "
        "whether a party was inferred rather than named, and each party's sector; the trigger's "
        "lemma, part of speech, relation and tense; its governing word; its object and "
        "prepositions; the other records of the sentence (their types, how many, this record's "
        "rank by confidence); the trigger lemma × rule type"
    ),
}


def card_path(model_path: str | Path) -> Path:
    """``MODEL.json`` → ``MODEL.md``."""
    return Path(model_path).with_suffix(".md")


def _table(rows: list[tuple[str, Any]]) -> list[str]:
    lines = ["| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return lines


def _cv_lines(model: LinearModel) -> list[str]:
    cv = model.training.get("cross_validation") or {}
    if not cv:
        return ["No cross-validation was run."]
    lines = [
        f"{cv.get('folds')}-fold cross-validation, folds by sentence (seed {cv.get('seed')}); "
        "each figure pools the out-of-fold predictions.",
        "",
    ]
    if model.task == "factuality":
        lines += ["| model | Pearson r | MAE |", "|---|---|---|"]
        rules = cv["rules"]
        lines.append(f"| rules only | {rules['pearson_r']:.3f} | {rules['mae']:.3f} |")
        for l2, result in cv["grid"].items():
            chosen = " (chosen)" if float(l2) == float(cv["l2"]) else ""
            lines.append(
                f"| ridge, l2 = {l2}{chosen} | {result['pearson_r']:.3f} | {result['mae']:.3f} |"
            )
    else:
        lines += [
            f"Accuracy of the type of the {cv.get('records')} labelled records (the records the "
            "gold labels talk about):",
            "",
            "| model | accuracy |",
            "|---|---|",
        ]
        lines.append(f"| rules only | {cv['rules']:.3f} |")
        for key, result in cv["grid"].items():
            chosen = " (chosen)" if key == cv["chosen"] else ""
            lines.append(f"| {key}{chosen} | {result:.3f} |")
        lines += [
            "",
            "Per training file, over all its items (an item without a matching record counts as "
            "wrong, as in `tocsin eval`); each item was scored by a model that did not see it:",
            "",
            "| file | items | rules only | this layer (out of fold) |",
            "|---|---|---|---|",
        ]
        per = cv["per_source"]
        for name, n in sorted(cv["items"].items()):
            lines.append(f"| {name} | {n} | {per['rules'][name]:.3f} | {per['model'][name]:.3f} |")
        if "retype_to" in cv:
            lines += _retype_lines(cv)
        ranking = cv.get("ranking") or {}
        if ranking.get("sentences"):
            lines += [
                "",
                f"Re-ranking: of {ranking['sentences']} sentences with the labelled record and "
                "another one, the share that rank the labelled record first by confidence:",
                "",
                "| rerank_weight | share |",
                "|---|---|",
                f"| rules' confidence | {ranking['rules']:.3f} |",
            ]
            for weight, share in ranking["by_weight"].items():
                chosen = " (chosen)" if float(weight) == ranking["rerank_weight"] else ""
                lines.append(f"| {weight}{chosen} | {share:.3f} |")
        lines += [
            "",
            "The l2 and margin chosen are the most conservative (largest margin) within one "
            "standard error of the best accuracy; they are chosen on the same folds that give "
            "the figures, which are therefore slightly optimistic.",
        ]
    return lines


def _retype_lines(cv: dict[str, Any]) -> list[str]:
    """Which types the layer may change a record to, and the figures with that restriction."""
    lines = [
        "",
        "Changes of type at the chosen setting, per new type (out of fold): how many, how many "
        "fixed a wrong rule type, how many broke a right one. The layer only changes a record "
        "to a type whose changes fixed more than they broke "
        f"(`retype_to`: {', '.join(cv['retype_to']) or 'none'}):",
        "",
        "| new type | changed | fixed | broken |",
        "|---|---|---|---|",
    ]
    for label, gain in cv["retypes"].items():
        lines.append(f"| {label} | {gain['changed']} | {gain['fixed']} | {gain['broken']} |")
    per = cv["per_source"]
    lines += [
        "",
        f"With that restriction: labelled records {cv['model_retype_to']:.3f}. Per file "
        '("as labelled": scored by the file\'s own labels, for the PLOVER gold-standard records '
        "before they are put in tocsin's conventions):",
        "",
        "| file | rules only | this layer | rules, as labelled | this layer, as labelled |",
        "|---|---|---|---|---|",
    ]
    for name in sorted(cv["items"]):
        lines.append(
            f"| {name} | {per['rules'][name]:.3f} | {per['model_retype_to'][name]:.3f} "
            f"| {per['rules_as_labelled'][name]:.3f} | {per['model_as_labelled'][name]:.3f} |"
        )
    return lines


def model_card(model: LinearModel) -> str:
    training = model.training
    rows: list[tuple[str, Any]] = [
        ("model", f"`{model.id}` (cited in `evidence.model`)"),
        ("task", model.task),
        ("trained", training.get("date", "")),
        ("data", training.get("data", "")),
        ("licence of the data", training.get("licence", "")),
        ("examples", f"{training.get('examples')} from {training.get('sentences')} sentences"),
        ("features kept", training.get("features")),
        ("regularisation (L2)", model.params.get("l2")),
        ("command", f"`{training.get('command', '')}`"),
    ]
    if training.get("excluded"):
        rows.insert(4, ("left out", training["excluded"]))
    if model.classes:
        rows.insert(2, ("classes", ", ".join(model.classes)))
    lines = [f"# Model card: {model.name} {model.version}", ""]
    lines += _table(rows)
    lines += ["", "## Attribution", "", training.get("attribution") or "None given.", ""]
    lines += ["## Cross-validation", "", *_cv_lines(model), ""]
    lines += ["## Features", "", f"Feature set `{model.feature_set}`: "]
    lines[-1] += FEATURE_NOTES.get(model.feature_set, "see the source of tocsin.learn.features.")
    lines += ["", "## Decision", ""]
    if model.task == "factuality":
        lines += [
            "The score is `w·x + b` over the features above. The record's status stays the "
            "rules' wherever a cue decided it; otherwise it is the first band "
            f"`{json.dumps(model.params.get('bands'))}` whose floor the score reaches (else "
            "`negated`). The score is clipped into the range its status allows: "
            f"`{json.dumps(model.params.get('status_ranges'))}`.",
        ]
    else:
        lines += [
            "A softmax over the classes (`OTHER`: a record that is not the one its sentence "
            "is about). A record's type changes only when the model's top type is not the "
            "rule's and beats it by the margin "
            f"`{model.params.get('margin')}` in probability over the types (chosen by "
            "cross-validation) and is one of `retype_to` "
            f"(`{', '.join(model.params.get('retype_to') or []) or 'any'}`); the rule's code "
            "stays in `evidence.rule_cameo`. Each record's "
            "confidence moves towards 1 − P(OTHER) by "
            f"`{model.params.get('rerank_weight')}` (chosen by cross-validation).",
        ]
    lines += [
        "",
        "## Use and limits",
        "",
        "Inference is a dot product over a sparse feature dictionary (no numpy, torch or "
        "scikit-learn needed). The features read the pipeline's own spaCy parse and the rules' "
        "answers, so the model is only meaningful on top of the same rules: retrain it when the "
        "rules change. Figures above are on the training distribution; see docs/benchmarks.md "
        "for held-out figures.",
        "",
    ]
    return "\n".join(lines)


def write_card(model: LinearModel, model_path: str | Path) -> Path:
    path = card_path(model_path)
    path.write_text(model_card(model), encoding="utf-8")
    return path
