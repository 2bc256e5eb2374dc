"""Which clause a phrase belongs to."""

from __future__ import annotations

from tocsin.dates.clause import clause_crossings, clause_path, same_clause


def test_adverbial_clause_is_another_clause(nlp) -> None:
    doc = nlp("A missile struck a school in Kharkiv while talks went on in Istanbul.")
    struck, talks = doc[2], doc[8]
    kharkiv, istanbul = doc[6], doc[12]
    assert same_clause(struck, kharkiv)
    assert not same_clause(struck, istanbul)
    assert same_clause(talks, istanbul)
    down, up, _ = clause_crossings(talks, kharkiv)
    assert (down, up) == (0, 1)  # the main clause embeds the talks' clause
    assert clause_crossings(struck, istanbul)[0] == 1


def test_reported_clause_is_below_the_reporting_verb(nlp) -> None:
    doc = nlp("The minister said on Monday that troops shelled the town on Saturday.")
    said, shelled = doc[2], doc[7]
    monday, saturday = doc[4], doc[11]
    assert clause_path(said, monday)[0] == 0
    assert clause_path(said, saturday)[0] == 1
    assert clause_path(shelled, saturday)[0] == 0


def test_tokens_of_different_sentences_are_far_apart(nlp) -> None:
    doc = nlp("Troops shelled the town. Talks resumed on Monday.")
    sents = list(doc.sents)
    assert clause_path(sents[0][1], sents[1][1]) == (99, 99)
