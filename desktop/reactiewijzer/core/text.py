"""Text primitives: sentences, words, syllables, and Python <-> UTF-16 offsets.

This is the one place that converts between Python indices (code points) and
UTF-16 code units (Qt, LanguageTool). Emoji outside the BMP take two units.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits with inner apostrophes or hyphens ("zo'n", "e-mail", "N-weg").
WORD_RE = re.compile(r"[^\W_](?:[\w’']*[^\W_])?(?:-[^\W_]+)*", re.UNICODE)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[a-z0-9-]+\.(?:nl|com|org|eu|gov|ly|co)/\S*", re.I
)
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{1,30}")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

# Abbreviations that end in a dot but do not end a sentence.
_ABBREVIATIONS = frozenset(
    "bijv bv d.w.z dhr mevr mr dr drs ing ir prof nr tel o.a i.p.v t.a.v m.b.t a.u.b z.s.m "
    "e.d enz etc vs ca jl mln mld e.g i.e mrs ms st no incl excl".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*]\s)|(?<=\S)\n")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Split text into sentences; line breaks end a sentence (social posts use them so)."""
    out: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group().startswith(".") and _ends_with_abbreviation(text[start : m.start()]):
            continue
        _add_span(out, text, start, end)
        start = end
    _add_span(out, text, start, len(text))
    return out


def _ends_with_abbreviation(before: str) -> bool:
    tail = before.rsplit(None, 1)[-1] if before.strip() else ""
    tail = tail.lower().rstrip(".")
    return tail in _ABBREVIATIONS or (len(tail) == 1 and tail.isalpha())


def _add_span(out: list[Span], text: str, start: int, end: int) -> None:
    # Trim surrounding whitespace so spans land on the words.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Span(start, end, text[start:end]))


_WORD_OR_SKIP = re.compile(
    f"(?P<skip>{URL_RE.pattern}|{EMAIL_RE.pattern}|{HANDLE_RE.pattern}|{HASHTAG_RE.pattern})"
    f"|{WORD_RE.pattern}",
    re.IGNORECASE | re.UNICODE,
)


def words(text: str) -> list[Span]:
    """Words of the text, skipping URLs, e-mail addresses, @handles and #hashtags."""
    return [
        Span(m.start(), m.end(), m.group())
        for m in _WORD_OR_SKIP.finditer(text)
        if m.lastgroup != "skip"
    ]


_VOWEL_GROUPS = {
    "nl": re.compile(r"(?:ij|ie|ee|aa|oo|uu|oe|eu|ui|ou|au|ei|[aeiouyáéíóúàèëïöü])+", re.I),
    "en": re.compile(r"[aeiouy]+", re.I),
}


@lru_cache(maxsize=4)
def _hyphenator(lang: str):
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a pinned dependency
        return None
    code = {"nl": "nl_NL", "en": "en_GB"}.get(lang, "nl_NL")
    try:
        return pyphen.Pyphen(lang=code)
    except KeyError:  # pragma: no cover
        return None


@lru_cache(maxsize=20000)
def syllables(word: str, lang: str = "nl") -> int:
    """Syllable count: pyphen's hyphenation points, else vowel groups."""
    w = word.lower()
    if not any(ch.isalpha() for ch in w):
        return 1 if w else 0
    groups = len(_VOWEL_GROUPS.get(lang, _VOWEL_GROUPS["nl"]).findall(w))
    if lang == "en" and w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    hyph = _hyphenator(lang)
    if hyph is not None:
        by_hyphen = len(hyph.positions(w)) + 1
        # pyphen never places a break near word edges; trust the larger count.
        return max(1, by_hyphen, groups)
    return max(1, groups)


# ---- UTF-16 <-> Python offsets ----------------------------------------------------------------


class Utf16Map:
    """Converts offsets between Python indices and UTF-16 code units for one text."""

    __slots__ = ("_astral", "_astral16", "length", "length16")

    def __init__(self, text: str) -> None:
        # Python indices of astral characters (each takes 2 UTF-16 units).
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
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
