"""Tells Dutch from English by a vote of function words (resources/wordlists/function_words.yml)."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from reactiewijzer.core.resources import resource_path

_WORD = re.compile(r"[a-zA-Z]+")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(resource_path("wordlists", "function_words.yml").read_text("utf-8"))
    return {lang: frozenset(str(w) for w in words) for lang, words in data.items()}


def detect_language(text: str, *, limit: int = 4000) -> str:
    """'nl' or 'en'. Looks at the first `limit` characters: enough for any reply."""
    words = _function_words()
    nl = en = 0
    for m in _WORD.finditer(text[:limit]):
        w = m.group().lower()
        nl += w in words["nl"]
        en += w in words["en"]
    return "en" if en > nl else "nl"
