"""Factuality and attribution: what is asserted, hypothetical, denied, and who says so.

>>> from tocsin.factuality import channel
>>> channel("possible")
'risk'
"""

from __future__ import annotations

from tocsin.factuality.assessor import FactualityAssessor, span_head
from tocsin.factuality.channel import channel
from tocsin.factuality.lexicon import CueLexicon

__all__ = ["CueLexicon", "FactualityAssessor", "channel", "span_head"]
