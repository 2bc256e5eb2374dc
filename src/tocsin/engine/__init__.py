"""Engines that run the pipeline: one process (``tocsin.batch``) or a Dask cluster."""

from tocsin.engine.shards import Shard, ShardResult, Target

__all__ = ["Shard", "ShardResult", "Target"]
