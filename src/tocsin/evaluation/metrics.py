"""Classification scores for the coder: accuracy, macro/weighted F1 and a confusion summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

NONE_LABEL = "NONE"  # what the coder predicted when it found no event


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    """Scores of predicted labels against gold labels."""

    n: int
    accuracy: float
    macro_f1: float
    weighted_f1: float
    per_label: tuple[LabelScore, ...]
    confusions: tuple[tuple[str, str, int], ...]  # (gold, predicted, count), most frequent first
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "weighted_f1": round(self.weighted_f1, 4),
            "per_label": {
                s.label: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for s in self.per_label
            },
            "confusions": [list(c) for c in self.confusions],
            **self.extra,
        }


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score(gold: Sequence[str], predicted: Sequence[str], *, top_confusions: int = 10) -> Report:
    """Scores over the gold labels (F1 averages run over labels that occur in ``gold``)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    n = len(gold)
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_counts = Counter(gold)
    pred_counts = Counter(predicted)
    per_label = []
    for label in sorted(gold_counts):
        tp = pairs[(label, label)]
        precision = tp / pred_counts[label] if pred_counts[label] else 0.0
        recall = tp / gold_counts[label]
        per_label.append(
            LabelScore(label, precision, recall, _f1(precision, recall), gold_counts[label])
        )
    correct = sum(pairs[(label, label)] for label in gold_counts)
    macro = sum(s.f1 for s in per_label) / len(per_label) if per_label else 0.0
    weighted = sum(s.f1 * s.support for s in per_label) / n if n else 0.0
    confusions = sorted(
        ((g, p, c) for (g, p), c in pairs.items() if g != p), key=lambda x: (-x[2], x[0], x[1])
    )[:top_confusions]
    return Report(
        n=n,
        accuracy=correct / n if n else 0.0,
        macro_f1=macro,
        weighted_f1=weighted,
        per_label=tuple(per_label),
        confusions=tuple(confusions),
    )


def format_report(title: str, report: Report) -> str:
    """A plain-text summary for the terminal."""
    lines = [
        f"{title}: n={report.n}  accuracy={report.accuracy:.3f}  "
        f"macro-F1={report.macro_f1:.3f}  weighted-F1={report.weighted_f1:.3f}",
    ]
    for key, value in report.extra.items():
        if isinstance(value, float):
            lines.append(f"  {key}: {value:.3f}")
        elif isinstance(value, int | str):
            lines.append(f"  {key}: {value}")
    lines.append(f"  {'label':40} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for s in report.per_label:
        lines.append(
            f"  {s.label:40} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}"
        )
    if report.confusions:
        lines.append("  most frequent confusions (gold -> predicted):")
        lines.extend(f"    {g} -> {p}: {c}" for g, p, c in report.confusions)
    return "\n".join(lines)
