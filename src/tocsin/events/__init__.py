"""Events: trigger patterns mapped to CAMEO, PLOVER, QuadClass, Goldstein and ACLED."""

from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.extractor import EventExtractor
from tocsin.events.ontology import Ontology

__all__ = ["CameoInfo", "Candidate", "EventExtractor", "Ontology"]
