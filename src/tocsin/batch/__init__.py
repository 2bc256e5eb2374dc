"""Resumable batches: code a stream of documents into the store in bounded memory."""

from tocsin.batch.progress import RunLog, RunState
from tocsin.batch.runner import BatchRunner, BatchStats
from tocsin.batch.signature import input_signature

__all__ = ["BatchRunner", "BatchStats", "RunLog", "RunState", "input_signature"]
