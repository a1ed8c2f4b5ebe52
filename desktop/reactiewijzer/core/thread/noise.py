"""Interface noise in pasted threads: buttons, counters, times, badges (resources/thread/noise.yml).

`classify(line)` says whether a whole line is noise and of which kinds; the format parsers use
the kinds to find where posts start and end ("Beantwoorden" ends a Facebook comment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reactiewijzer.core.thread.data import load, phrases_pattern, words_of

# Lines longer than this are never noise: it keeps every check on a short string.
MAX_NOISE_LINE = 120
# Space-separated combinations ("3 u Vind ik leuk Beantwoorden") are tried up to this many words.
_MAX_COMBO_WORDS = 10
_KINDS = ("action", "badge_org", "badge", "reply_to", "degree", "count", "time", "other")
# Patterns here run on any line of a pasted thread, so none may re-read a long run: a match
# starts only where a run of spaces starts, and repeated parts are taken whole (possessive).
_SEPARATORS = re.compile(r"(?:(?<!\s)\s+)?[·•|]\s*")

# Reaction counts: a few emoji or signs and a number ("👍❤️💡 312").
_REACTIONS = re.compile(r"[^\w\s]{1,12}\s*\d[\d.,]*\s?[kKmM]?")
# "Projectteam X (beheerder)": the name ends where the blanks before the role begin (greedy from
# the end and only at a blank run's start, so a long run of blanks is read once).
_ROLE = re.compile(r"^(.*)(?<!\s)\s*\(([^()]{1,40})\)$")
HANDLE_RE = re.compile(r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}")
HANDLE_LINE = re.compile(r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}")
HANDLES_ONLY = re.compile(r"(?:(?:@[A-Za-z0-9_.]{1,30}+|en|and|,)\s*+)++", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Noise:
    """A noise line: the kinds it holds and the time it shows, if any."""

    kinds: frozenset[str]
    time: str | None = None

    @property
    def ends_post(self) -> bool:
        return bool(self.kinds & {"action", "count", "time"})


def _alternation(words: list[str]) -> str:
    items = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


@lru_cache(maxsize=1)
def time_pattern() -> str:
    """A date, clock time or relative time as apps show them (no anchors)."""
    t = load("noise")["time"]
    units = _alternation(t["units"])
    ago = _alternation(t["ago"])
    count_words = _alternation(t["count_words"])
    month = _alternation(t["months"]) + r"\.?"
    weekday = _alternation(t["weekdays"]) + r"\.?,?"
    day_words = _alternation(t["day_words"])
    rel = rf"(?:\d{{1,3}}|{count_words})\s?{units}\.?(?:\s+{ago})?"
    date = (
        rf"(?:{weekday}\s+)?(?:\d{{1,2}}\s+{month}(?:\s+\d{{4}})?|{month}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}"
    )
    clock = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.|uur|u)\b)?"
    conn = rf"(?:\s*{_alternation(t['connectors'])}\s*|\s+)"
    day = rf"(?:{date}|{day_words})"
    edited = r"(?:\s*\(?(?:bewerkt|edited)\)?)?"
    return rf"(?:{day}(?:{conn}{clock})?|{clock}(?:{conn}{day})?|{rel}){edited}"


@lru_cache(maxsize=1)
def _line_regex() -> re.Pattern[str]:
    noise = load("noise")
    parts = []
    for kind in _KINDS:
        body = time_pattern() if kind == "time" else phrases_pattern(words_of(noise[kind]))
        parts.append(f"(?P<{kind}>{body})")
    return re.compile(r"^\s*(?:" + "|".join(parts) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of noise phrases: a line starting otherwise is no noise (no regex needed)."""
    noise = load("noise")
    out: set[str] = set()
    for kind in _KINDS:
        if kind != "time":
            out.update(p.split()[0].lower() for p in words_of(noise[kind]) if p.split())
    out.discard("<any>")
    t = noise["time"]
    for key in ("months", "weekdays", "day_words", "count_words"):
        out.update(str(w).split()[0].lower() for w in t[key])
    return frozenset(out)


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """Last words of phrases that start with any text ("<any> heeft geantwoord")."""
    noise = load("noise")
    out: set[str] = set()
    for kind in _KINDS:
        if kind != "time":
            out.update(
                p.split()[-1].lower() for p in words_of(noise[kind]) if p.startswith("<any>")
            )
    return frozenset(out)


def _may_be_noise(s: str) -> bool:
    """Cheap test before any regex: noise starts with a known word, a digit or a sign."""
    words = s.lower().split()
    first = words[0].strip("·•|()[]")
    return (
        not first
        or first in _first_words()
        or first[0].isdigit()
        or not first[0].isalnum()
        or words[-1] in _last_words()
        or any(w in _first_words() for w in words[1:] if w in ("·", "•", "|"))
    )


@lru_cache(maxsize=1)
def _tail_regex() -> re.Pattern[str]:
    tails = words_of(load("noise")["inline_tail"])
    return re.compile(r"(?:(?<!\s)\s+)?" + phrases_pattern(tails) + r"\s*$", re.IGNORECASE)


def _single(part: str) -> tuple[str, str] | None:
    m = _line_regex().match(part)
    if not m or not m.lastgroup:
        return None
    return m.lastgroup, m.group(m.lastgroup).strip()


def _combination(words: list[str]) -> list[tuple[str, str]] | None:
    """Split words into noise phrases, left to right (a small dynamic programme)."""
    n = len(words)
    best: list[list[tuple[str, str]] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            hit = _single(" ".join(words[i:j]))
            if hit and best[j] is None:
                best[j] = [*best[i], hit]
    return best[n]


@lru_cache(maxsize=8192)
def classify(line: str) -> Noise | None:
    """The noise in a whole line, or None when the line is (part of) a post."""
    s = line.strip()
    if not s or len(s) > MAX_NOISE_LINE or not _may_be_noise(s):
        return None
    hit = _single(s) or (("count", s) if _REACTIONS.fullmatch(s) else None)
    hits: list[tuple[str, str]] | None = [hit] if hit else None
    if hits is None and _SEPARATORS.search(s):
        parts = [p for p in _SEPARATORS.split(s) if p.strip()]
        found = [_single(p) for p in parts]
        if parts and all(found):
            hits = [f for f in found if f]
        elif not parts:
            hits = [("other", s)]
    if hits is None:
        words = s.split()
        first = words[0].lower()
        plausible = first in _first_words() or first[0].isdigit() or not first[0].isalnum()
        if plausible and 1 < len(words) <= _MAX_COMBO_WORDS:
            hits = _combination(words)
    if not hits:
        return None
    times = [text for kind, text in hits if kind == "time"]
    return Noise(frozenset(kind for kind, _ in hits), times[0] if times else None)


def is_time(text: str) -> bool:
    n = classify(text)
    return n is not None and "time" in n.kinds


@lru_cache(maxsize=1)
def _time_regex() -> re.Pattern[str]:
    return re.compile(r"^\s*" + time_pattern() + r"\s*$", re.IGNORECASE)


def parse_time(text: str) -> str | None:
    """The text itself when it is a date or time as apps write them, else None."""
    s = text.strip()
    return s if s and len(s) <= MAX_NOISE_LINE and _time_regex().match(s) else None


def strip_tail(line: str) -> str:
    """A text line without the "… Meer weergeven" that apps glue to it."""
    if (len(line) > 20 and line[-1:].isalpha()) or line.endswith(("…", ")")):
        return _tail_regex().sub("", line)
    return line


def clean_author(name: str) -> tuple[str, bool]:
    """An author line without badges glued to it ("Jan · Volgen", "Team X (beheerder)").

    Returns the name and whether a badge marked it as the organisation's own account.
    """
    org = False
    parts = [p for p in _SEPARATORS.split(name.strip()) if p.strip()]
    kept = []
    for part in parts:
        hit = _single(part) if kept and _may_be_noise(part) else None
        if hit:
            org = org or hit[0] == "badge_org"
            continue
        kept.append(part)
    out = " ".join(kept).strip()
    m = _ROLE.match(out) if out.endswith(")") else None
    if m:
        hit = _single(m.group(2))
        if hit and hit[0] in ("badge_org", "badge"):
            org = org or hit[0] == "badge_org"
            out = m.group(1).strip()
    return out, org
