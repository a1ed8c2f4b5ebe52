"""Many patterns at once: which of them can match a text, from the words they need.

`Prefilter` answers for a whole list of patterns in one pass over a text's words (a Vale-style
prefilter over `required_words`), instead of one test per pattern; `PatternSet` is an
alternation of phrases that searches only the alternatives the prefilter lets through.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reactiewijzer.core.rules.literals import required_words, whole_words
from reactiewijzer.core.text import line_cached


def _fold_table() -> dict[int, str]:
    """Each group of letters that `re.IGNORECASE` treats as one ("s" and "ſ", "σ" and "ς") ->
    one of them, so a folded text holds a folded word wherever a pattern can match it."""
    try:
        from re._casefix import _EXTRA_CASES  # the table `re` itself compiles from
    except ImportError:  # pragma: no cover - Python 3.11+ has it
        return {}
    groups: dict[int, set[int]] = {}
    for char, others in _EXTRA_CASES.items():
        group = {char, *others}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    return {char: chr(min(group)) for char, group in groups.items() if min(group) != char}


_FOLD = _fold_table()
# str.translate reads every character slowly: only texts with such a letter need it.
_FOLDED_LETTER = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]") if _FOLD else None


def fold(text: str) -> str:
    """`text` lower-cased as `re.IGNORECASE` compares letters: what prefilters search in."""
    # "İ".lower() is two characters ("i" and a dot); the regex engine reads it as "i".
    lower = text.replace("İ", "i").lower()
    if _FOLDED_LETTER is not None and _FOLDED_LETTER.search(lower):
        return lower.translate(_FOLD)
    return lower


_WORD_RUN = re.compile(r"\w+")


@line_cached
def _view(text: str) -> tuple[str, frozenset[str]]:
    """The folded text and its runs of word characters. Every prefilter reads a line this way,
    one after the other: each line's view is kept (and dropped by `forget_lines`)."""
    if "\n" in text:  # a draft: from its lines' views, most of them kept while typing
        parts = [_view(line) for line in text.split("\n")]
        return "\n".join(p[0] for p in parts), frozenset().union(*(p[1] for p in parts))
    lower = fold(text)
    return lower, frozenset(_WORD_RUN.findall(lower))


_KEY_LENGTH = 3  # words are found through their first three letters
_RUN_CACHE_SIZE = 50_000


class Prefilter:
    """Which of many patterns can match a text: those whose required words it holds.

    `candidates(text)` gives the same answer as testing each pattern's words in `fold(text)`,
    in one pass: a required word made of word characters can only stand inside
    one of the text's runs of word characters, and each run is looked up once (and kept: the
    same words come back in every draft). Words with other characters ("ons team", "!!!") are
    found through their longest part of letters, or tested directly when they have none.
    """

    def __init__(
        self,
        required: list[tuple[str, ...] | None],
        whole: list[tuple[frozenset[str], ...]] | None = None,
    ) -> None:
        # pattern -> word sets it needs whole (literals.whole_words), folded; none: no test
        self._whole = {
            i: tuple(frozenset(map(fold, words)) for words in sets)
            for i, sets in enumerate(whole or ())
            if sets
        }
        self.always = frozenset(i for i, words in enumerate(required) if words is None)
        by_word: dict[str, set[int]] = {}
        for i, words in enumerate(required):
            for w in words or ():
                by_word.setdefault(fold(w), set()).add(i)
        self._patterns = {w: frozenset(ids) for w, ids in by_word.items()}
        # word part (the key) -> the required words found through it
        self._by_key: dict[str, list[str]] = {}
        self._direct: list[str] = []  # no part of three letters: tested on the whole text
        for w in by_word:
            parts = _WORD_RUN.findall(w)
            key = w if parts == [w] else max(parts, key=len, default="")
            if len(key) >= _KEY_LENGTH:
                self._by_key.setdefault(key, []).append(w)
            else:
                self._direct.append(w)
        self._by_prefix: dict[str, list[str]] = {}
        for key in self._by_key:
            self._by_prefix.setdefault(key[:_KEY_LENGTH], []).append(key)
        # Runs looked up before: those holding keys (run -> keys), and all of them. Set
        # operations on these leave only new runs to a loop in Python.
        self._runs: dict[str, tuple[str, ...]] = {}
        self._seen: set[str] = set()

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that can match `text`."""
        lower, runs = _view(text)
        out = set(self.always)
        patterns, by_key = self._patterns, self._by_key
        # A key is in the text exactly when it is in one of its runs: look up each run (many
        # keys, a line) or search each key (few keys, a whole draft), whichever is less work.
        if len(by_key) * (len(lower) // 256 + 1) < len(runs):
            found = [key for key in by_key if key in lower]
        else:
            for run in runs - self._seen:
                self._learn(run)
            known = self._runs
            found = [key for run in runs & known.keys() for key in known.get(run, ())]
        for key in found:
            for w in by_key[key]:
                if w is key or w in lower:
                    out |= patterns[w]
        for w in self._direct:
            if w in lower:
                out |= patterns[w]
        if self._whole:
            needs = self._whole
            out = {i for i in out if all(not runs.isdisjoint(s) for s in needs.get(i, ()))}
        return out

    @classmethod
    def of(cls, patterns: list[re.Pattern[str]]) -> Prefilter:
        """The prefilter of these patterns: the words they need, in part and whole."""
        words = [(required_words(p), whole_words(p)) for p in patterns]
        return cls([r for r, _ in words], [w for _, w in words])

    def _learn(self, run: str) -> None:
        """Note which keys stand in `run` (through their first letters)."""
        found = []
        prefixes = self._by_prefix
        for i in range(len(run) - _KEY_LENGTH + 1):
            for key in prefixes.get(run[i : i + _KEY_LENGTH], ()):
                if run.startswith(key, i):
                    found.append(key)
        if len(self._seen) >= _RUN_CACHE_SIZE:
            self._runs.clear()
            self._seen.clear()
        self._seen.add(run)
        if found:
            self._runs[run] = tuple(dict.fromkeys(found))


def word_trie(words: list[str]) -> str:
    """Literal words (a space matches any whitespace) as one regex in trie form.

    "(?:beantwoorden|bel|bellen|...)" tries every word at every position; the trie reads each
    letter once. It matches the same texts, but an alternation of its own may pick another
    word where two match at one place: use it where only whether (or where) it matches counts.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(root)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        body = f"(?:{body})?"
    return body


class PatternSet:
    """Alternatives (regex texts) that search as `(?:a)|(?:b)|...` does, but faster.

    Only the alternatives whose required words the text holds are searched, each on its own;
    the match is the one the alternation gives: the leftmost, and of two at one place the
    earlier alternative. `fullmatch` and `match` likewise give the first alternative (in order)
    that matches.
    """

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self.alternatives = tuple(re.compile(a, flags) for a in alternatives)
        self.prefilter = Prefilter.of(list(self.alternatives))

    def _candidates(self, text: str) -> list[re.Pattern[str]]:
        found = self.prefilter.candidates(text)
        return [self.alternatives[i] for i in sorted(found)]

    def search(self, text: str) -> re.Match[str] | None:
        best = None
        for pattern in self._candidates(text):
            m = pattern.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next((m for p in self._candidates(text) if (m := p.match(text, pos))), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return next((m for p in self._candidates(text) if (m := p.fullmatch(text))), None)


@lru_cache(maxsize=256)
def _screen(pattern: re.Pattern[str]) -> Prefilter:
    return Prefilter.of([pattern])


def may_match(pattern: re.Pattern[str] | PatternSet, text: str) -> bool:
    """False when `pattern` cannot match anywhere in `text` (it lacks the words it needs)."""
    screen = pattern.prefilter if isinstance(pattern, PatternSet) else _screen(pattern)
    return bool(screen.candidates(text))
