"""Ingest: documents in from files, directories, archives, stdin, URLs and feeds.

``iter_documents`` is the entry point; problems with the input are reported through a
callback, never raised for a single bad document.
"""

from tocsin.fingerprint import NearDuplicateIndex, fingerprint, hamming, similar
from tocsin.ingest.fetch import FetchLimits, FetchResult, SafeFetcher
from tocsin.ingest.problems import Problem, ProblemHandler, ProblemLog, ProblemReporter
from tocsin.ingest.sources import SUPPORTED_EXTENSIONS, iter_documents
from tocsin.ingest.urls import UrlReader

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "FetchLimits",
    "FetchResult",
    "NearDuplicateIndex",
    "Problem",
    "ProblemHandler",
    "ProblemLog",
    "ProblemReporter",
    "SafeFetcher",
    "UrlReader",
    "fingerprint",
    "hamming",
    "iter_documents",
    "similar",
]
