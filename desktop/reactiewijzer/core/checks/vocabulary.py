"""Word lists the coded checks share (resources/wordlists/vocabulary.yml), loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.rules.prefilter import PatternSet


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    words = data("wordlists/vocabulary")
    out: dict[str, Any] = {k: v for k, v in words.items() if k not in ("nl", "en")}
    for lang in ("nl", "en"):
        entry = words[lang]
        out[lang] = {
            "first_person": frozenset(entry["first_person"]),
            "stop_words": frozenset(entry["stop_words"]),
            "invitation": PatternSet(entry["invitation"], re.IGNORECASE),
            "organisation_words": tuple(w.lower() for w in entry["organisation_words"]),
            "greeting": re.compile(entry["greeting"]),
            "yes_no": re.compile(entry["yes_no"], re.IGNORECASE),
            "direct_answer": PatternSet(entry["direct_answer"], re.IGNORECASE),
        }
    return out


def content_stems(words: list[str], lang: str, size: int = 5) -> set[str]:
    """Rough stems of the meaningful words: enough to see if a reply touches a question."""
    stop = vocabulary()[lang]["stop_words"]
    return {w.lower()[:size] for w in words if len(w) >= 4 and w.lower() not in stop}
