"""Small labelled files written for these tests (never dev data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FACTUALITY_LINES = [
    ("Troops shelled the village on Monday.", "shelled", 3.0),
    ("The army did not shell the village.", "shell", -3.0),
    ("Rebels may attack the town next week.", "attack", 0.5),
    ("Officials said police arrested twelve protesters.", "arrested", 2.8),
    ("The minister denied that soldiers burned the houses.", "burned", -1.5),
    ("Witnesses claimed that militias looted the market.", "looted", 1.8),
    ("If the talks fail, the government will impose a curfew.", "impose", 0.4),
    ("The union plans to strike in March.", "strike", 1.2),
    ("Police never opened fire on the crowd.", "opened", -2.8),
    ("The council approved the budget yesterday.", "approved", 3.0),
    ("Diplomats could meet in Geneva soon.", "meet", 0.6),
    ("The rebels refused to release the hostages.", "release", -2.2),
    ("Aid workers delivered food to the camp.", "delivered", 3.0),
    ("The president urged parliament to pass the law.", "pass", 0.3),
    ("It is unclear whether the ceasefire will hold.", "hold", 0.0),
    ("The mayor cancelled the parade.", "parade", -2.5),
    ("Farmers blocked the highway for three hours.", "blocked", 3.0),
    ("The ministry might reopen the border crossing.", "reopen", 0.5),
    ("Nobody signed the petition.", "signed", -3.0),
    ("The navy reportedly seized a tanker.", "seized", 1.9),
    ("Students will march to the embassy tomorrow.", "march", 1.5),
    ("The governor did not resign.", "resign", -3.0),
    ("Investigators believe the fire was set deliberately.", "set", 1.6),
    ("The court convicted three officers.", "convicted", 3.0),
]


@pytest.fixture
def factuality_file(tmp_path: Path) -> Path:
    """A user JSONL of ``{text, start, end, label}`` predicates."""
    path = tmp_path / "my_factuality.jsonl"
    lines = []
    for text, word, label in FACTUALITY_LINES:
        start = text.index(word)
        lines.append({"text": text, "start": start, "end": start + len(word), "label": label})
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path
