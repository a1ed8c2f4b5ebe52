"""Sentences: the one splitter for drafts and posts.

A sentence ends at ".", "!", "?" or an ellipsis followed by a space or the end of the line, and
a line break always ends one (social posts use them so). Not an end: the dot of an abbreviation
("bijv.", "o.a.", "e.g.", resources/wordlists/sentence_abbreviations.txt), of an initial ("J.
de Vries") or of a list number at a sentence's start ("1. Vul het formulier in"), and an
ellipsis the sentence goes on after in lower case ("Nou... dat valt mee"). Dots inside a number,
link or address are no end either: no space follows them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reactiewijzer.core.resources import resource_path
from reactiewijzer.core.text.lines import line_cached
from reactiewijzer.core.text.tokens import Span, by_line

# From the start of a run of marks only, each run taken whole: "!!!…!" before a letter is read
# once, not once from every mark.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)]*+(?=\s|$)")
# Only the last word before a dot is read, at most this far back, so "a. a. a. …" (every dot
# after an abbreviation: the sentence never ends) stays linear.
_ABBREVIATION_TAIL = 32
# "o.a", "i.v.m", "e.g", "U.S": single letters with dots between them ("rws.nl" is a site).
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    path = resource_path("wordlists", "sentence_abbreviations.txt")
    rows = (line.strip().lower() for line in path.read_text("utf-8").splitlines())
    return frozenset(r for r in rows if r and not r.startswith("#"))


def sentences(text: str) -> list[Span]:
    """The sentences of the text, trimmed; offsets into `text`."""
    return by_line(text, _line_sentences)


@line_cached
def _line_sentences(line: str) -> tuple[Span, ...]:
    out: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        end = m.end()
        marks = m.group()
        if marks.startswith(".") and _no_end_after(line, start, m.start()):
            continue
        if (marks.startswith("..") or "…" in marks) and _goes_on(line, end):
            continue
        _add_span(out, line, start, end)
        start = end
    _add_span(out, line, start, len(line))
    return tuple(out)


def _no_end_after(line: str, start: int, end: int) -> bool:
    """Whether the word before `end` (not before `start`) is an abbreviation such as "bijv", an
    initial, or a list number that opens the sentence."""
    while end > start and line[end - 1].isspace():
        end -= 1
    lo = max(start, end - _ABBREVIATION_TAIL)
    before = line[lo:end]
    if lo > start and not any(ch.isspace() for ch in before):
        return False  # a word longer than any abbreviation
    words = before.split()
    tail = words[-1].lower().rstrip(".") if words else ""
    if tail.isdigit():
        return len(words) == 1 and lo == start  # "1. Vul het formulier in"
    return (
        tail in abbreviations()
        or (len(tail) == 1 and tail.isalpha())
        or _DOTTED.fullmatch(tail) is not None
    )


def _goes_on(line: str, end: int) -> bool:
    """Whether the sentence goes on after an ellipsis: the next word is in lower case."""
    while end < len(line) and line[end].isspace():
        end += 1
    return end < len(line) and line[end].islower()


def _add_span(out: list[Span], text: str, start: int, end: int) -> None:
    # Trim surrounding whitespace so spans land on the words.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Span(start, end, text[start:end]))
