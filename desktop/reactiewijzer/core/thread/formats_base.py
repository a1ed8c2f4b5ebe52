"""What every format parser produces: raw posts (author, handle, time, lines) before reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reactiewijzer.core.resources import resource_path
from reactiewijzer.core.thread.data import load, words_of, words_regex

_BLANK_LINES = re.compile(r"\n{3,}")
_SENTENCE_SIGNS = re.compile(r"[?!;]|[.:,]$|https?://|www\.")


@dataclass(slots=True)
class RawPost:
    """One post as split from the paste; `org` when a badge marked the organisation's account."""

    author: str | None = None
    handle: str | None = None
    time: str | None = None
    lines: list[str] = field(default_factory=list)
    org: bool = False

    @property
    def text(self) -> str:
        text = "\n".join(self.lines).strip()
        return _BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text


def looks_like_name(s: str) -> bool:
    """A line that can be an author's name: short, a few words, not a sentence."""
    s = s.strip()
    if not s or len(s) > 60 or _SENTENCE_SIGNS.search(s):
        return False
    words = s.split()
    if len(words) > 6 or not any(ch.isalpha() for ch in s):
        return False
    first = s[0]
    return first.isupper() or first.isdigit() or first == "@" or "_" in s or "." in s


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in words_of(load("formats")["not_names"]))


def plausible_header_name(name: str, *, strict: bool) -> bool:
    """A name in a header ("Henk Smit: ..."). `strict` for transcripts, where any
    "Word: text" line could be a sentence: then every word must look like part of a name."""
    name = name.strip()
    low = name.lower()
    if not name or low in not_names() or low.split()[0] in not_names():
        return False
    if not looks_like_name(name) and not name.startswith("@"):
        return False
    if not strict:
        return True
    words = name.split()
    if len(words) > 5:
        return False
    particles = {
        "de",
        "van",
        "der",
        "den",
        "het",
        "'t",
        "ter",
        "ten",
        "te",
        "la",
        "le",
        "du",
        "von",
        "in",
        "op",
        "en",
        "&",
        "(webcare)",
        "-",
        "|",
    }
    return all(
        w[0].isupper() or w[0].isdigit() or w.lower() in particles or "_" in w or w[0] in "@("
        for w in words
    )


@lru_cache(maxsize=1)
def _organisation_regex() -> re.Pattern[str]:
    return words_regex(words_of(load("formats")["organisation_words"]))


def is_organisation(
    author: str | None, handle: str | None, organisation: str | None = None
) -> bool:
    """Whether a name or handle is the organisation's (the app's user) rather than a citizen's."""
    name = (author or "").lower()
    flat = (handle or "").lower().lstrip("@")
    if organisation and organisation.strip():
        own = organisation.strip().lower()
        if own in name or own.replace(" ", "") in flat:
            return True
    if name and _organisation_regex().search(name):
        return True
    parts = words_of(load("formats")["organisation_handle_parts"])
    return bool(flat) and any(p.lower() in flat for p in parts)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    path = resource_path("wordlists", "first_names.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def known_first_name(word: str) -> bool:
    """A common first name (resources/wordlists/first_names.txt), e.g. "Sanne"."""
    return word[:1].isupper() and word.lower() in _first_names()
