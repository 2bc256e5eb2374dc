"""How many: counts of people killed, injured, displaced, arrested or taking part."""

from tocsin.sizes.extractor import SizeExtractor

__all__ = ["SizeExtractor"]
