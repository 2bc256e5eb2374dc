"""The ``tocsin`` command line: thin commands that parse, then call library functions."""
