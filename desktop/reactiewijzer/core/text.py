"""Text primitives: sentences, words, syllables, and Python <-> UTF-16 offsets.

This is the one place that converts between Python indices (code points) and
UTF-16 code units (Qt, LanguageTool). Emoji outside the BMP take two units.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar

# A word: letters/digits with inner apostrophes or hyphens ("zo'n", "e-mail", "N-weg").
WORD_RE = re.compile(r"[^\W_](?:[\w’']*[^\W_])?(?:-[^\W_]+)*", re.UNICODE)
# Bounded where a name part is (a host label has at most 63 characters, an address's local part
# at most 64): an unbounded run re-read from every word boundary makes a long run of "a-a-a"
# or "a.a.a" quadratic (100,000 characters took minutes).
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[a-z0-9-]{1,63}\.(?:nl|com|org|eu|gov|ly|co)/\S*", re.I
)
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{1,30}")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
EMAIL_RE = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")

# Abbreviations that end in a dot but do not end a sentence.
_ABBREVIATIONS = frozenset(
    "bijv bv d.w.z dhr mevr mr dr drs ing ir prof nr tel o.a i.p.v t.a.v m.b.t a.u.b z.s.m "
    "e.d enz etc vs ca jl mln mld e.g i.e mrs ms st no incl excl".split()
)
_ABBREVIATION_TAIL = 32
# From the start of a run of marks only, each run taken whole: "!!!…!" before a letter is read
# once, not once from every mark.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)]*+(?=\s|$)")

# While someone types, only the line under the cursor changes: results per line are kept
# (keyed by the line's text) so a check re-reads one line, not the whole draft. A line longer
# than a few replies is a paste, not typing: it is not kept.
T = TypeVar("T")
LINE_CACHE_SIZE = 4096
LINE_CACHE_MAX_CHARS = 5_000


def line_cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Keep `fn(line, *args)`'s results (immutable values) for the last few thousand lines."""
    cached = lru_cache(maxsize=LINE_CACHE_SIZE)(fn)

    @wraps(fn)
    def call(line: str, *args: Hashable) -> T:
        if len(line) > LINE_CACHE_MAX_CHARS:
            return fn(line, *args)
        return cached(line, *args)

    return call


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Split text into sentences; a line break always ends one (social posts use them so)."""
    return by_line(text, _line_sentences)


@line_cached
def _line_sentences(line: str) -> tuple[Span, ...]:
    out: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        end = m.end()
        if m.group().startswith(".") and _ends_with_abbreviation(line, start, m.start()):
            continue
        _add_span(out, line, start, end)
        start = end
    _add_span(out, line, start, len(line))
    return tuple(out)


def _ends_with_abbreviation(line: str, start: int, end: int) -> bool:
    """Whether the word before `end` (not before `start`) is an abbreviation such as "bijv".

    Only the last word is read, not the whole sentence so far: "a. a. a. …" (every dot after
    an abbreviation, so the sentence never ends) stays linear.
    """
    while end > start and line[end - 1].isspace():
        end -= 1
    lo = max(start, end - _ABBREVIATION_TAIL)
    before = line[lo:end]
    if lo > start and not any(ch.isspace() for ch in before):
        return False  # a word longer than any abbreviation
    tail = before.rsplit(None, 1)[-1] if before else ""
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
    return by_line(text, _line_words)


@line_cached
def _line_words(line: str) -> tuple[Span, ...]:
    return tuple(
        Span(m.start(), m.end(), m.group())
        for m in _WORD_OR_SKIP.finditer(line)
        if m.lastgroup != "skip"
    )


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of the text, without its line break."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def by_line(text: str, spans_in_line: Callable[[str], Sequence[Span]]) -> list[Span]:
    """The spans `spans_in_line` finds in each line, as offsets into the whole text."""
    out: list[Span] = []
    for offset, line in lines(text):
        if not line:
            continue
        found = spans_in_line(line)
        if offset == 0:
            out.extend(found)
        else:
            out.extend(Span(s.start + offset, s.end + offset, s.text) for s in found)
    return out


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


_HYPHENATE_MAX = 100  # longer than any real compound


@lru_cache(maxsize=20000)
def syllables(word: str, lang: str = "nl") -> int:
    """Syllable count: pyphen's hyphenation points, else vowel groups."""
    w = word.lower()
    if not any(ch.isalpha() for ch in w):
        return 1 if w else 0
    groups = len(_VOWEL_GROUPS.get(lang, _VOWEL_GROUPS["nl"]).findall(w))
    if lang == "en" and w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    # A "word" of hundreds of letters is a pasted run, not language: pyphen would take seconds.
    hyph = _hyphenator(lang) if len(w) <= _HYPHENATE_MAX else None
    if hyph is not None:
        by_hyphen = len(hyph.positions(w)) + 1
        # pyphen never places a break near word edges; trust the larger count.
        return max(1, by_hyphen, groups)
    return max(1, groups)


# ---- UTF-16 <-> Python offsets ----------------------------------------------------------------


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
