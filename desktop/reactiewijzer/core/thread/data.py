"""The thread reader's data (resources/thread/*.yml): loaded once, checked, compiled once.

Word lists are written for non-programmers; this module turns them into regexes:
- a word list entry matches as a whole word, `*` at the end means "any ending";
- a noise phrase matches a whole line, `<n>` is a number and `<any>` any short text;
- a header template has `{name}`, `{time}`, `{email}`, `{handle}` and `{text}` slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.text import WORD_KINDS, line_cached, line_tokens, lines

NUMBER = r"\d[\d.,]*\s?(?:[kKmM]\b|mln\.?|mld\.?|mio\.?|mln|k)?\+?"


def load(name: str) -> dict[str, Any]:
    """resources/thread/<name>.yml, checked against its schema (core.catalogue)."""
    return data(f"thread/{name}")


def words_of(entry: Any, lang: str | None = None) -> list[str]:
    """The words of a list entry: a plain list, or {nl: [...], en: [...]} (both unless `lang`)."""
    if entry is None:
        return []
    if isinstance(entry, list):
        return [str(w) for w in entry]
    out: list[str] = []
    for key, value in entry.items():
        if key in ("nl", "en", "all", "words") and (lang is None or key in (lang, "all", "words")):
            out += [str(w) for w in value or ()]
    return out


def _word_pattern(word: str) -> str:
    word = word.strip().lower()
    wild = word.endswith("*")
    core = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
    # Whole words: letters around a match would make "kut" hit "kutsu"; signs ("€") need no edge.
    left = r"(?<![\w])" if word[:1].isalnum() else ""
    right = r"\w*" if wild else (r"(?![\w])" if word.rstrip("*")[-1:].isalnum() else "")
    return left + core + right


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One compiled alternation for a word list; longest first so phrases win over words."""
    items = sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)
    if not items:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(_word_pattern(w) for w in items), re.IGNORECASE)


def _phrase_pattern(phrase: str) -> str:
    out = []
    for part in re.split(r"(<n>|<any>)", phrase.strip().lower()):
        if part == "<n>":
            out.append(NUMBER)
        elif part == "<any>":
            out.append(r".{1,80}?")
        elif part:
            out.append(re.escape(part).replace(r"\ ", r"\s+"))
    return "".join(out)


def phrases_pattern(phrases: Iterable[str]) -> str:
    items = sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(_phrase_pattern(p) for p in items) + ")" if items else r"(?!x)x"


def template_regex(template: str, slots: dict[str, str]) -> re.Pattern[str]:
    """A header template ("Op {time} schreef {name}:") as an anchored regex."""
    out = []
    for part in re.split(r"(\{\w+\})", template.strip()):
        if part.startswith("{") and part.endswith("}"):
            out.append(f"(?P<{part[1:-1]}>{slots[part[1:-1]]})")
        elif part:
            out.append(re.escape(part).replace(r"\ ", r"\s+"))
    return re.compile("^" + "".join(out) + r"\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def reasons() -> dict[str, dict[str, str]]:
    return load("reasons")


@lru_cache(maxsize=1)
def messages() -> dict[str, dict[str, str]]:
    return load("messages")


def message(key: str, **values: Any) -> tuple[str, str]:
    """(Dutch, English) text of a notice."""
    entry = messages()[key]
    return entry["nl"].format(**values), entry["en"].format(**values)


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, for the word lists: the text toolkit's words and numbers, a
    compound in its parts ("ov-chipkaart": "ov", "chipkaart"; a list entry with a hyphen is
    found as written) and the words of a hashtag ("#schandalig"). Links, addresses and
    @handles hold no words."""
    out: list[str] = []
    for _, line in lines(text):
        if line:
            out += _line_words(line)
    return out


@line_cached
def _line_words(line: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in line_tokens(line, False):
        kind = t.kind
        if kind == "hashtag":
            word = t.lower[1:]
        elif kind in WORD_KINDS:
            word = t.lower
        else:
            continue
        if "-" in word:
            out += [part for part in word.split("-") if part]
        else:
            out.append(word)
    return tuple(out)


def _phrase_parts(entry: str) -> list[str] | None:
    """The parts of a list entry: words, "<n>" and "..."; None for a sign such as "€"."""
    parts: list[str] = []
    for chunk in entry.split():
        if chunk in ("...", "…", "<n>"):
            parts.append("..." if chunk != "<n>" else "<n>")
            continue
        words = tokens(chunk)
        if not words:
            return None
        parts += words
    while parts and parts[0] == "...":
        parts.pop(0)
    return parts or None


def _match_parts(parts: tuple[str, ...], toks: list[str], i: int, wild: bool, gap: int) -> int:
    """The end index when `parts` match `toks` from `i` on, else 0."""
    j = i
    n = len(toks)
    k = 0
    last = len(parts) - 1
    while k <= last:
        part = parts[k]
        if part == "...":
            nxt = parts[k + 1]
            for skip in range(0, gap + 1):
                if j + skip < n and _part_ok(nxt, toks[j + skip], wild and k + 1 == last):
                    j += skip
                    break
            else:
                return 0
            k += 1
            continue
        if j >= n or not _part_ok(part, toks[j], wild and k == last):
            return 0
        j += 1
        k += 1
    return j


def _part_ok(part: str, tok: str, wild: bool) -> bool:
    if part == "<n>":
        return tok.isdigit()
    return tok.startswith(part) if wild else tok == part


_last_joined: tuple[list[str] | None, str] = (None, "")


def _joined(toks: list[str]) -> str:
    """The words joined by spaces; the lists of one post share one join (same list object).
    One tuple, rebound at once, so threads reading posts side by side never mix them up."""
    global _last_joined
    last = _last_joined
    if last[0] is not toks:
        last = (toks, " ".join(toks))
        _last_joined = last
    return last[1]


class WordMatcher:
    """Finds the entries of a word list in tokenised text with set look-ups.

    One big regex alternation costs time at every character; a set look-up per word does not,
    which keeps a 10 MB paste fast. Entries: words, phrases, `word*` (any ending), `*word`
    (any beginning: "*verrader" finds "landverrader"), signs such as "€" or "😡" (found
    anywhere), and in a phrase `...` (up to GAP other words: a short noun phrase) and `<n>`
    (a number):
    "ik kom je ... opzoeken", "van <n> hoog".
    """

    GAP = 5

    __slots__ = (
        "_affix_re",
        "_numbers",
        "_starts",
        "phrases",
        "prefixes",
        "signs",
        "single",
    )

    def __init__(self, entries: Iterable[str]) -> None:
        self.single: set[str] = set()
        self.prefixes: list[str] = []
        suffixes: list[str] = []
        # first word -> [(parts, wild)]; a part is a word, "<n>" or "..." (a gap)
        # first part -> second part ("...", "<n>", or "*" when it is the last and has `*`)
        # -> [(parts, wild)]
        self.phrases: dict[str, dict[str, list[tuple[tuple[str, ...], bool]]]] = {}
        self.signs: list[str] = []
        for raw in entries:
            entry = str(raw).strip().lower()
            wild = entry.endswith("*") and len(entry) > 1
            parts = _phrase_parts(entry.rstrip("*"))
            plain = re.sub(r"\s+", " ", entry.rstrip("*"))
            if parts is None or " ".join(parts) != plain.lstrip("*").replace("…", "..."):
                if entry:
                    self.signs.append(entry)
            elif len(parts) == 1 and entry.startswith("*") and len(entry) > 1:
                suffixes.append(parts[0])
            elif len(parts) == 1 and wild:
                self.prefixes.append(parts[0])
            elif len(parts) == 1:
                self.single.add(parts[0])
            else:
                second = "*" if wild and len(parts) == 2 else parts[1]
                by_next = self.phrases.setdefault(parts[0], {})
                by_next.setdefault(second, []).append((tuple(parts), wild))
        # Words that can start a match: most posts share none with a list, and a set test in C
        # skips them without a Python loop over their words (31 lists per post, 2,000 posts).
        self._starts = frozenset(self.single) | frozenset(self.phrases)
        self._numbers = "<n>" in self.phrases
        # Prefixes and suffixes: one regex over the words joined by spaces, also in C.
        # Anchored at a word's start: "[^ ]*suffix" tried at every letter would backtrack.
        affixes = []
        if self.prefixes:
            affixes.append("(?:" + "|".join(map(re.escape, self.prefixes)) + ")[^ ]*")
        if suffixes:
            affixes.append("[^ ]*(?:" + "|".join(map(re.escape, suffixes)) + ")(?![^ ])")
        self._affix_re = re.compile("(?<![^ ])(?:" + "|".join(affixes) + ")") if affixes else None

    def spans(self, toks: list[str]) -> list[tuple[int, int]]:
        """(start, end) token indices of every match, in order."""
        out: list[tuple[int, int]] = []
        if self._affix_re is not None:
            joined = _joined(toks)
            for m in self._affix_re.finditer(joined):
                i = joined.count(" ", 0, m.start())
                out.append((i, i + 1))
        starts, numbers = self._starts, self._numbers
        if numbers or not starts.isdisjoint(toks):
            single, phrases = self.single, self.phrases
            # Only the few positions that can start a match are visited in Python.
            if numbers:
                hits = [i for i, t in enumerate(toks) if t in starts or t.isdigit()]
            else:
                hits = [i for i, t in enumerate(toks) if t in starts]
            for i in hits:
                t = toks[i]
                if t in single:
                    out.append((i, i + 1))
                by_next = phrases.get(t if t in starts else "<n>")
                if not by_next:
                    continue
                # Phrases are filed by their second part too: most fail on the next word.
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                for key in (nxt, "...", "*", "<n>" if nxt.isdigit() else ""):
                    for parts, wild in by_next.get(key, ()):
                        end = _match_parts(parts, toks, i, wild, self.GAP)
                        if end:
                            out.append((i, end))
        if self._affix_re is not None and len(out) > 1:
            out = sorted(set(out))
        return out

    def find(self, toks: list[str], text: str = "", limit: int = 4) -> list[str]:
        """The distinct matches (as written in the text's tokens), at most `limit`."""
        out: list[str] = []
        for a, b in self.spans(toks):
            found = " ".join(toks[a:b])
            if found not in out:
                out.append(found)
                if len(out) >= limit:
                    return out
        low = text.lower() if self.signs and text else ""
        out += [s for s in self.signs if s in low][: max(0, limit - len(out))]
        return out

    def count(self, toks: list[str]) -> int:
        return len(self.spans(toks))
