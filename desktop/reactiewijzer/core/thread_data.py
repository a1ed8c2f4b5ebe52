"""The thread reader's data (resources/thread/*.yml): loaded once, checked, compiled once.

Word lists are written for non-programmers; this module turns them into regexes:
- a word list entry matches as a whole word, `*` at the end means "any ending";
- a noise phrase matches a whole line, `<n>` is a number and `<any>` any short text;
- a header template has `{name}`, `{time}`, `{email}`, `{handle}` and `{text}` slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import yaml

from reactiewijzer.core.errors import RuleFileErrors
from reactiewijzer.core.resources import resource_path

# The keys each file must have; anything else is a typo the user should hear about.
_SCHEMA: dict[str, frozenset[str]] = {
    "noise": frozenset(
        "action count badge badge_org degree reply_to other inline_tail time".split()
    ),
    "formats": frozenset(
        "email_quote_headers outlook_fields outlook_separators closings eparticipation_headers "
        "transcript_headers not_names organisation_words organisation_handle_parts".split()
    ),
    "signals": frozenset(
        "question_words rhetorical me_too substance emotion swearing insults threats illegal spam "
        "experience criticism".split()
    ),
    "words": frozenset("register stopwords".split()),
    "reasons": frozenset(),  # free keys, each checked in `reasons()`
    "messages": frozenset(),
}
_REASON_KEYS = frozenset({"heading", "quote", "nl", "en"})

NUMBER = r"\d[\d.,]*\s?(?:[kKmM]\b|mln\.?|mld\.?|mio\.?|mln|k)?\+?"


@cache
def load(name: str) -> dict[str, Any]:
    """resources/thread/<name>.yml as a dict; every problem at once as RuleFileErrors."""
    path = resource_path("thread", f"{name}.yml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleFileErrors([f"{path}:0: {exc.strerror or exc}"]) from exc
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise RuleFileErrors([f"{path}:{line}: {exc}"]) from exc
    if not isinstance(data, dict):
        raise RuleFileErrors([f"{path}:1: expected a mapping of keys"])
    errors = []
    expected = _SCHEMA[name]
    if expected:
        errors += [f"{path}:1: unknown key '{k}'" for k in data if k not in expected]
        errors += [f"{path}:1: missing key '{k}'" for k in sorted(expected) if k not in data]
    if name == "reasons":
        for key, value in data.items():
            if not isinstance(value, dict) or set(value) != _REASON_KEYS:
                errors.append(f"{path}:1: reason '{key}' needs exactly {sorted(_REASON_KEYS)}")
    if errors:
        raise RuleFileErrors(errors)
    return data


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


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, for the word lists (one pass, no regex per word)."""
    return _TOKEN.findall(text.lower())


class WordMatcher:
    """Finds the entries of a word list in tokenised text with set look-ups.

    One big regex alternation costs time at every character; a set look-up per word does not,
    which keeps a 10 MB paste fast. Entries: words, phrases, `word*` (any ending) and signs
    such as "€" or "😡" (found anywhere).
    """

    __slots__ = ("_prefix_tuple", "phrases", "prefixes", "signs", "single")

    def __init__(self, entries: Iterable[str]) -> None:
        self.single: set[str] = set()
        self.prefixes: list[str] = []
        self.phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        self.signs: list[str] = []
        for raw in entries:
            entry = str(raw).strip().lower()
            wild = entry.endswith("*") and len(entry) > 1
            words = tokens(entry.rstrip("*"))
            if not words or " ".join(words) != re.sub(r"\s+", " ", entry.rstrip("*")):
                if entry:
                    self.signs.append(entry)
            elif len(words) == 1 and wild:
                self.prefixes.append(words[0])
            elif len(words) == 1:
                self.single.add(words[0])
            else:
                self.phrases.setdefault(words[0], []).append((tuple(words), wild))
        self._prefix_tuple = tuple(self.prefixes)

    def spans(self, toks: list[str]) -> list[tuple[int, int]]:
        """(start, end) token indices of every match, in order."""
        out = []
        prefixes = self._prefix_tuple
        for i, t in enumerate(toks):
            if t in self.single or (prefixes and t.startswith(prefixes)):
                out.append((i, i + 1))
            for words, wild in self.phrases.get(t, ()):
                n = len(words)
                got = toks[i : i + n]
                if len(got) == n and got[:-1] == list(words[:-1]):
                    last_ok = got[-1].startswith(words[-1]) if wild else got[-1] == words[-1]
                    if last_ok:
                        out.append((i, i + n))
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
