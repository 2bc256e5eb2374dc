"""Documented knowledge of the armed conflicts tocsin reads about (``data/conflicts``)."""
