"""Sparse features of the learned layers, read from the pipeline's own spaCy parse."""
