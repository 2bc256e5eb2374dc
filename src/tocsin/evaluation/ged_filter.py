"""Which ``source_article`` entries of a UCDP GED export are headlines.

The articles column also holds database record ids ("R3510", "CS225"), caption lines that open
with a date ("July 29th 2017: (S1138) Al Badu neighbourhood, Raqqa …") and page titles of daily
reports ("Syria Daily Report 13/03/2016", "Airwars assessment"). One rule, by form only (never
by what the pipeline makes of the entry), decides: an entry is **not** a headline when

1. it is one token of letters and digits with at least one digit (a record id), or
2. it opens with a calendar date (day, month and year: "June 15th 2017", "18th of November
   2018", "13/03/2016", "2016-03-13"), or closes with one after capitalised words only (the
   title of a daily report: "Syrian War Daily – 18th of November 2018"; a headline with a
   date stamp after it, "… were killed in clashes August 20, 2016", stays), or
3. it has fewer than three words.
"""

from __future__ import annotations

import re

RULE_ID = "ged.headline_form.v1"

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}"  # June 15th 2017, January 3, 2016
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"  # 18th of November 2018, 3 May 2016
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # 13/03/2016
    r"|\d{4}-\d{2}-\d{2})"  # 2016-03-13
)
_RECORD_ID = re.compile(r"^(?=[A-Za-z0-9-]*\d)[A-Za-z]+[-]?\d+[A-Za-z0-9-]*$")
_OPENS_WITH_DATE = re.compile(rf"^\W*{_DATE}\b", re.I)
_CLOSES_WITH_DATE = re.compile(rf"\b{_DATE}\W*$", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_]\.|\d+")


def is_headline(text: str) -> bool:
    """True when ``text`` has the form of a headline (see the module docstring)."""
    stripped = text.strip()
    if _RECORD_ID.match(stripped):
        return False
    if _OPENS_WITH_DATE.search(stripped):
        return False
    closing = _CLOSES_WITH_DATE.search(stripped)
    if closing and all(w[0].isupper() for w in _LETTERS.findall(stripped[: closing.start()])):
        return False
    return len(_WORD.findall(stripped)) >= 3
