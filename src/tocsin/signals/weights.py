"""Moved to :mod:`tocsin.weights` (incidents and alerts use it too); kept as an alias."""

from tocsin.weights import Rung, SignalWeights

__all__ = ["Rung", "SignalWeights"]
