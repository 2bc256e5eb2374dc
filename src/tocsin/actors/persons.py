"""Spans naming people: dictionary people, spaCy PERSON entities and names after a title."""

from __future__ import annotations

from spacy.tokens import Doc

from tocsin.actors.matching import AgentHit, NameHit

NAME_TAGS = frozenset({"NNP", "NNPS"})


def _proper_run(doc: Doc, start: int, limit: int, particles: frozenset[str]) -> int:
    """End of a run of capitalised proper nouns starting at ``start`` (``start`` if none)."""
    end = start
    while end < limit and (
        (doc[end].tag_ in NAME_TAGS and doc[end].is_title)
        or (doc[end].lower_ in particles and end > start)
        or (doc[end].text.endswith(".") and len(doc[end].text) == 2 and doc[end].is_upper)
    ):
        end += 1
    while end > start and doc[end - 1].lower_ in particles:
        end -= 1
    return end


def person_spans(
    doc: Doc,
    names: list[NameHit],
    agents: list[AgentHit],
    taken: set[int],
    particles: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Token ranges of people not in the dictionary (``taken`` = tokens of dictionary names)."""
    spans: list[tuple[int, int]] = []
    agent_tokens = {i for a in agents for i in range(a.start, a.end)}
    used = taken | agent_tokens
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while start < end and (start in used or not doc[start].is_alpha):
            start += 1
        while end > start and (end - 1 in used or doc[end - 1].tag_ == "POS"):
            end -= 1
        if end > start and not used.intersection(range(start, end)):
            spans.append((start, end))
    known = {i for s, e in spans for i in range(s, e)}
    for agent in agents:
        if not agent.agent.person or agent.end in known or agent.end in used:
            continue
        end = _proper_run(doc, agent.end, doc[agent.end - 1].sent.end, particles)
        if end - agent.end >= 2 and not used.intersection(range(agent.end, end)):
            spans.append((agent.end, end))  # "President Ilham Aliyev" missed by the NER
    return sorted(set(spans))
