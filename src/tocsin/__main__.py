"""``python -m tocsin``: the same command line as ``tocsin``."""

from tocsin.cli.main import run

if __name__ == "__main__":
    run()
