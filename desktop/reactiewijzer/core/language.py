"""Tells Dutch from English by a vote of function words (resources/wordlists/function_words.yml)."""

from __future__ import annotations

from functools import lru_cache

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.text import WORD_KINDS, line_cached, line_tokens, lines


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    lists = data("wordlists/function_words")
    return {lang: frozenset(str(w) for w in words) for lang, words in lists.items()}


def detect_language(text: str, *, limit: int = 4000) -> str:
    """'nl' or 'en'. Looks at the first `limit` characters: enough for any reply."""
    nl = en = 0
    for _, line in lines(text[:limit]):
        if line:
            votes = _votes(line)
            nl += votes[0]
            en += votes[1]
    return "en" if en > nl else "nl"


@line_cached
def _votes(line: str) -> tuple[int, int]:
    """(Dutch, English) function words in the line (kept: typing changes one line)."""
    words = _function_words()
    nl = en = 0
    for t in line_tokens(line, False):
        if t.kind in WORD_KINDS:
            # "I'm", "it's": the word before the apostrophe votes ("zo'n", "auto's": none).
            w = t.lower.replace("’", "'").split("'", 1)[0]
            nl += w in words["nl"]
            en += w in words["en"]
    return nl, en
