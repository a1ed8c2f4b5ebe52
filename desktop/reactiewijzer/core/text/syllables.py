"""Syllables of a word, for the readability score: pyphen's hyphenation points, else vowels."""

from __future__ import annotations

import re
from functools import lru_cache

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
