"""Backtest: replay a dated corpus day by day and score alerts against later violence."""

from __future__ import annotations

from tocsin.backtest.corpus import load_corpus
from tocsin.backtest.scoring import FiredAlert, Score, ScoredAlert, score, violent_days

__all__ = ["FiredAlert", "Score", "ScoredAlert", "load_corpus", "score", "violent_days"]
