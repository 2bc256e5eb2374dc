"""Learned layers over the rules: a factuality score and an event-type re-ranker.

Both are linear models over sparse features of the pipeline's own spaCy parse and of the
rules' answers (:mod:`tocsin.learn.features`). Inference is a dot product in plain Python;
training (:mod:`tocsin.learn.train`, ``tocsin train``) uses numpy solvers with folds by
sentence and a fixed seed, so the same data gives the same weights. Each model file names
itself in the records it decides (``evidence.model``) and has a model card beside it.
"""
