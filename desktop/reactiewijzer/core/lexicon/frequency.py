"""Word frequency (Zipf scale) from wordfreq's published word lists.

Only the "small" lists are read (words with Zipf ≥ 3, one in a million words or more): the
rare-word check asks one question, "is this word common?", and these load in a few
milliseconds. The files are read directly, so wordfreq's own start-up (~200 ms) is not paid.
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import msgpack

COMMON_ZIPF = 3.0  # the small lists hold every word at or above this


def _data_dir() -> Path | None:
    bundled = getattr(sys, "_MEIPASS", None)  # the bundle ships the two files, not the package
    if bundled:
        return Path(bundled) / "wordfreq" / "data"
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def load_zipf(lang: str) -> dict[str, float]:
    """word (lower case) -> Zipf frequency, for the words with Zipf ≥ 3; {} without data."""
    folder = _data_dir()
    if folder is None:
        return {}
    try:
        raw = gzip.decompress((folder / f"small_{lang}.msgpack.gz").read_bytes())
    except OSError:
        return {}
    data = msgpack.unpackb(raw, raw=False)
    # wordfreq's "cB" format: a header, then bucket i holds the words of frequency 10^(-i/100).
    out: dict[str, float] = {}
    for i, bucket in enumerate(data[1:]):
        zipf = round(9 - i / 100, 2)
        for word in bucket:
            out[word] = zipf
    return out
