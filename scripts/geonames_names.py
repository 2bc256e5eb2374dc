"""Name folding shared by the scripts that build the bundled place data from GeoNames."""

from __future__ import annotations

import unicodedata

ADMIN1_SUFFIXES = (
    "Autonomous Republic",
    "Autonomous Region",
    "Autonomous Okrug",
    "Governorate",
    "Voivodeship",
    "Prefecture",
    "Department",
    "Oblast'",
    "Oblast",
    "Oblysy",
    "Province",
    "Region",
    "Rayon",
    "Kray",
    "Krai",
    "Marz",
    "State",
    "Vilayeti",
    "Mohafazat",
    "Wilayah",
)
FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    """ASCII folding: ``Syunik'i`` stays, ``Kyïv`` becomes ``Kyiv``."""
    text = text.translate(FOLD_EXTRA)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def short_admin1(name: str) -> str:
    """``Syunik'i Marz`` → ``Syunik``; ``Kharkivs'ka Oblast'`` → ``Kharkivs'ka``."""
    short = name
    for suffix in ADMIN1_SUFFIXES:
        if short.endswith(" " + suffix):
            short = short[: -len(suffix) - 1]
            break
    if short.endswith("'i"):  # Armenian genitive: Syunik'i, Lorru
        short = short[:-2]
    if short.startswith("Province of "):
        short = short[len("Province of ") :]
    return short.strip()
