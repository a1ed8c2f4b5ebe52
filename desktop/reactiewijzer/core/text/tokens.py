"""Tokens and words of a text, read once per line and kept (see lines.py).

The pattern is in patterns.py. A token never crosses a line break; its offsets are Python
indices into the text it was read from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reactiewijzer.core.text.lines import line_cached, lines
from reactiewijzer.core.text.patterns import token_re

# The kinds of token that hold language; references, emoji and marks do not.
WORD_KINDS = frozenset({"word", "number"})
REFERENCE_KINDS = frozenset({"url", "email", "handle", "hashtag"})

_NO_CLASSES: frozenset[str] = frozenset()
_NUMBER = frozenset({"number"})
_REFERENCE = frozenset({"reference"})
_PUNCTUATION = frozenset({"punctuation"})
# Classes a token has before the language layer reads it: a word's come from the lexicon.
_KIND_CLASSES = {
    "word": _NO_CLASSES,
    "number": _NUMBER,
    "url": _REFERENCE,
    "email": _REFERENCE,
    "handle": _REFERENCE,
    "hashtag": _REFERENCE,
    "emoji": _PUNCTUATION,
    "mark": _PUNCTUATION,
}


_new = tuple.__new__


class Token(NamedTuple):
    """One token: a word, number, reference (link, address, @handle, #hashtag), emoji or mark.

    `classes` are the word classes (resources/language/<lang>.yml) the language layer found
    (`analyse`); before that a word has none, and other kinds have "number", "reference" or
    "punctuation". `lower` is the form for look-ups (`fold`). A tuple, for speed.
    """

    start: int
    end: int
    text: str
    kind: str
    classes: frozenset[str]
    lower: str

    def is_(self, *word_classes: str) -> bool:
        return not self.classes.isdisjoint(word_classes)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Every token of the text, in order; offsets into `text`."""
    return _by_line(text, line_tokens)


def words(text: str) -> list[Token]:
    """The words and numbers of the text: no links, addresses, @handles, #hashtags or marks."""
    return _by_line(text, _line_words)


@line_cached
def line_tokens(line: str, marks: bool = True) -> tuple[Token, ...]:
    """The tokens of one line (or sentence), kept for the next check; without `marks`, only
    its words, numbers and references (no emoji or marks: cheaper on a pasted run of them)."""
    return scan(line, marks=marks)


@line_cached
def _line_words(line: str) -> tuple[Token, ...]:
    return tuple(t for t in line_tokens(line, False) if t.kind in WORD_KINDS)


def scan(
    line: str, classes_of: Callable[[str], frozenset[str]] | None = None, marks: bool = True
) -> tuple[Token, ...]:
    """The tokens of one line, not kept; `classes_of` gives a word's classes (the lexicon's)."""
    out = []
    append, kinds = out.append, _KIND_CLASSES
    # The loop runs once per token of every pasted line: `fold` inline, tuples built directly.
    for m in token_re(line, marks).finditer(line):
        text, kind = m.group(), m.lastgroup
        lower = text.lower()
        if "’" in lower:
            lower = lower.replace("’", "'")
        classes = classes_of(text) if kind == "word" and classes_of is not None else kinds[kind]
        start, end = m.span()
        append(_new(Token, (start, end, text, kind, classes, lower)))
    return tuple(out)


def fold(text: str) -> str:
    """A token's form for look-ups: lower case, the typographic apostrophe a phone types ("zo’n")
    as the plain one word lists use ("zo'n")."""
    lower = text.lower()
    return lower.replace("’", "'") if "’" in lower else lower


def _by_line(text: str, tokens_in_line: Callable[[str], tuple[Token, ...]]) -> list[Token]:
    out: list[Token] = []
    for offset, line in lines(text):
        if not line:
            continue
        found = tokens_in_line(line)
        if offset == 0:
            out.extend(found)
        else:
            out.extend(
                Token(t.start + offset, t.end + offset, t.text, t.kind, t.classes, t.lower)
                for t in found
            )
    return out


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
