"""The source a headline names after a dash or colon ("… - military", "…: interior minister").

The cleaner (:mod:`tocsin.clean.wire`) sets such a phrase apart as its own paragraph, so that
the parser does not read it as part of the headline. Here it becomes the attribution of the
events of the sentence before it that have none: speaker = the phrase (with the country and
sector of the actor it names, if any), cue = the separator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tocsin.context import DocContext
from tocsin.models import Attribution, Event, Sentence, Speaker

SOURCE_LINE = re.compile(r"^(?P<cue>--|[-–—:])\s*(?P<text>\S.{0,80})$")
RULE_ID = "wire.source.v1"


def with_wire_sources(
    events: list[Event], sentences: Sequence[Sentence], ctx: DocContext
) -> list[Event]:
    """``events`` with the headline source of the following line as their attribution."""
    sources: dict[int, Attribution] = {}
    for sentence in sentences:
        found = SOURCE_LINE.match(sentence.text)
        if found is None or sentence.index == 0:
            continue
        sources[sentence.index - 1] = Attribution(
            _speaker(found["text"].rstrip(" ."), sentence, ctx), found["cue"], False
        )
    if not sources:
        return events
    out = []
    for event in events:
        attribution = sources.get(event.sentence_index)
        if attribution is not None and event.attribution.speaker is None:
            event = replace(event, attribution=attribution)
        out.append(event)
    return out


def _speaker(text: str, sentence: Sentence, ctx: DocContext) -> Speaker:
    doc = ctx.doc
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is not None:
        for mention in ctx.mentions.within(span.start, span.end):
            return Speaker(text, mention.actor.country, mention.actor.sector)
    return Speaker(text)
