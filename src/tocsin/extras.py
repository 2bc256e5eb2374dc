"""Optional dependencies, imported only when the feature that needs them is used.

The core install (coding, the SQLite store, the command line) needs none of them; each extra of
the package brings one feature's dependencies. A missing one raises :class:`MissingExtraError`
with a one-line message naming the extra to install.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from tocsin.errors import MissingExtraError

#: extra → what it is for (for messages and docs)
EXTRAS = {
    "server": "the REST API and the dashboard",
    "postgres": "a PostgreSQL store",
    "scale": "the Dask engine and data frames",
    "parquet": "Parquet output",
}


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or raise a one-line error naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        missing = getattr(exc, "name", None) or module
        raise MissingExtraError(
            f"{EXTRAS[extra]} needs {missing}, which is not installed: "
            f"pip install 'tocsin[{extra}]'"
        ) from exc
