"""Python <-> UTF-16 offsets: the one place that converts between Python indices (code points)
and UTF-16 code units (Qt, LanguageTool). Emoji outside the BMP take two units."""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts offsets between Python indices and UTF-16 code units for one text."""

    __slots__ = ("_astral", "_astral16", "length", "length16")

    def __init__(self, text: str) -> None:
        # Python indices of astral characters (each takes 2 UTF-16 units). Found by a regex, not
        # a loop over every character: the window maps the whole draft on every check result.
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]
        self._astral16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)
        self.length16 = len(text) + len(self._astral)

    def to_utf16(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1)

    def from_utf16(self, unit: int) -> int:
        # Count astral chars whose UTF-16 start lies before `unit`.
        n = bisect_right(self._astral16, unit - 1)
        return min(self.length, unit - n)


def to_utf16(text: str, index: int) -> int:
    """Python index -> UTF-16 offset."""
    return Utf16Map(text).to_utf16(index)


def from_utf16(text: str, unit: int) -> int:
    """UTF-16 offset -> Python index."""
    return Utf16Map(text).from_utf16(unit)


def utf16_span(text: str, offset16: int, length16: int) -> tuple[int, int]:
    """UTF-16 (offset, length), as LanguageTool reports them -> Python (start, end)."""
    m = Utf16Map(text)
    return m.from_utf16(offset16), m.from_utf16(offset16 + length16)
