"""The rule types a YAML rule file can extend: existence, substitution, pattern.

Each rule compiles its expressions once; `run()` turns matches in one text into Findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from reactiewijzer.core.model import Finding
from reactiewijzer.core.rules.literals import required_words, whole_words
from reactiewijzer.core.rules.prefilter import Prefilter
from reactiewijzer.core.text import Span, Token, fold, words

# Whole words only: no letter or digit directly before or after the match.
_BEFORE = r"(?<![\w])"


class Tokens:
    """The words of one text (the text toolkit's: never inside a link, address or handle),
    indexed for phrase look-up: built once, shared by all rules."""

    __slots__ = ("_plain", "lower", "positions", "spans")

    def __init__(self, text: str) -> None:
        self.spans = words(text)
        self.lower = [t.lower for t in self.spans]
        self.positions: dict[str, list[int]] = {}  # folded word -> its token indices
        for i, word in enumerate(self.lower):
            self.positions.setdefault(word, []).append(i)
        self._plain: list[str] | None = None

    @property
    def plain(self) -> list[str]:
        """The words as a case-sensitive rule compares them (few rules: worked out when asked)."""
        if self._plain is None:
            self._plain = [_plain(t.text) for t in self.spans]
        return self._plain


def tokenize(text: str) -> Tokens:
    return Tokens(text)


def _plain(word: str) -> str:
    """A word as a case-sensitive rule compares it: the typographic apostrophe as the plain one."""
    return word.replace("’", "'")


def _spaced(text: str, spans: Sequence[Token], i: int, length: int) -> bool:
    """Whether only whitespace stands between the `length` words from word `i` on."""
    return all(text[spans[k - 1].end : spans[k].start].isspace() for k in range(i + 1, i + length))


_AFTER = r"(?![\w])"


def phrase_regex(phrase: str) -> str:
    """A literal word or phrase as a regex; any run of spaces in it matches any whitespace."""
    parts = [re.escape(p) for p in phrase.split()]
    body = r"\s+".join(parts)
    before = _BEFORE if phrase[:1].isalnum() else ""
    after = _AFTER if phrase[-1:].isalnum() else ""
    return f"{before}{body}{after}"


@dataclass(frozen=True)
class Rule:
    """A rule loaded from a YAML file, ready to run."""

    id: str
    lang: str
    extends: str
    category: str
    level: str
    message: str
    message_en: str
    guideline: str
    regex: Any  # compiled alternation (or _PatternUnion) for what the phrase index cannot hold
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    phrase_keys: frozenset[str] = frozenset()  # the phrases' first words, lower-cased
    # first word -> (length, the phrases of that length), longest first
    phrase_lengths: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = field(
        default_factory=dict
    )
    ignorecase: bool = True
    # substitution: lower-cased term -> alternatives
    swap: dict[str, tuple[str, ...]] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    exceptions: tuple[re.Pattern[str], ...] = ()
    examples_bad: tuple[str, ...] = ()
    examples_good: tuple[str, ...] = ()
    path: str = ""

    def run(
        self,
        text: str,
        sentences: Sequence[Span],
        lang: str,
        tokens: Tokens | None = None,
        patterns: Collection[int] | None = None,
    ) -> list[Finding]:
        """Findings of this rule in `text`; `tokens` (from `tokenize`) may be shared by rules.

        `patterns`: which of the rule's patterns can match (a pack's shared `Prefilter` says);
        None: the rule tests that itself.
        """
        spans: list[tuple[int, int]] = []
        if self.phrases:
            spans.extend(self._phrase_spans(text, Tokens(text) if tokens is None else tokens))
        if self.regex is not None:
            spans.extend(self.regex.spans(text, patterns))
        if self.phrases and self.regex is not None:
            spans.sort()
        return self.findings_at(text, sentences, lang, spans)

    def findings_at(
        self, text: str, sentences: Sequence[Span], lang: str, spans: list[tuple[int, int]]
    ) -> list[Finding]:
        """The findings for these matched spans of `text`, in order (exceptions applied)."""
        findings: list[Finding] = []
        excepted: dict[int, bool] = {}  # per sentence: many hits in one long sentence stay linear
        for start, end in spans:
            if start == end or start < 0:
                continue
            if self.exceptions and self._excepted(text, sentences, start, excepted):
                continue
            matched = text[start:end]
            suggestions = self._suggestions_for(matched)
            replacement = suggestions[0] if suggestions else ""
            template = self.message_en if lang == "en" else self.message
            message = template.replace("{match}", matched).replace("{replacement}", replacement)
            findings.append(
                Finding(
                    rule=self.id,
                    category=self.category,
                    severity=self.level,
                    start=start,
                    end=end,
                    match=matched,
                    message=message,
                    suggestions=suggestions,
                    guideline=self.guideline,
                )
            )
        return findings

    def _phrase_spans(self, text: str, tokens: Tokens) -> list[tuple[int, int]]:
        """Whole-word phrase matches by dictionary look-up, leftmost and longest first.

        Only the words this rule and the text share are looked at: most rules share none.
        """
        shared = tokens.positions.keys() & self.phrase_keys
        if not shared:
            return []
        words = tokens.lower if self.ignorecase else tokens.plain
        found: list[tuple[int, int]] = []  # (first, last) token index of the longest match
        for key in shared:
            for i in tokens.positions[key]:
                # Longest first: one set look-up per length, not one comparison per phrase.
                for length, group in self.phrase_lengths.get(words[i], ()):
                    if (
                        i + length <= len(words)
                        and tuple(words[i : i + length]) in group
                        and _spaced(text, tokens.spans, i, length)
                    ):
                        found.append((i, i + length - 1))
                        break
        found.sort()
        spans, taken = [], -1
        for first, last in found:
            if first > taken:
                spans.append((tokens.spans[first].start, tokens.spans[last].end))
                taken = last
        return spans

    def _suggestions_for(self, matched: str) -> tuple[str, ...]:
        if self.extends != "substitution":
            return self.suggestions
        key = " ".join(fold(matched).split())
        alternatives = self.swap.get(key, ())
        if matched[:1].isupper():
            alternatives = tuple(a[:1].upper() + a[1:] for a in alternatives)
        return alternatives

    def _excepted(
        self, text: str, sentences: Sequence[Span], index: int, known: dict[int, bool]
    ) -> bool:
        """Whether an exception holds in the sentence around `index` (else the whole text)."""
        i = bisect_right(sentences, index, key=lambda s: s.start) - 1
        sentence = sentences[i] if i >= 0 and index < sentences[i].end else None
        key = sentence.start if sentence is not None else -1
        if key not in known:
            within = sentence.text if sentence is not None else text
            known[key] = any(e.search(within) for e in self.exceptions)
        return known[key]


def compile_rule(
    *,
    rule_id: str,
    lang: str,
    data: dict,
    path: str,
) -> Rule:
    """Build a Rule from validated YAML data. Raises re.error for a bad pattern."""
    flags = re.IGNORECASE if data.get("ignorecase", True) else 0
    extends = data["extends"]
    swap: dict[str, tuple[str, ...]] = {}
    if extends == "substitution":
        for term, alts in data["swap"].items():
            values = alts if isinstance(alts, list) else str(alts or "").split(",")
            swap[" ".join(fold(str(term)).split())] = tuple(
                a.strip() for a in values if str(a).strip()
            )
    phrases: dict[str, list[tuple[str, ...]]] = {}
    regex: Any = None
    if extends == "pattern":
        # Named groups may repeat across patterns: run each pattern as its own branch.
        regex = _union_of_patterns([str(p) for p in data["patterns"]], flags)
    else:
        terms = data["tokens"] if extends == "existence" else list(data["swap"])
        leftovers = []
        for term in map(str, terms):
            toks = words(term)
            if toks and " ".join(t.text for t in toks) == " ".join(term.split()):
                key = tuple(t.lower if flags else _plain(t.text) for t in toks)
                phrases.setdefault(key[0], []).append(key)
            else:  # "100%", "c.q.": not plain words, so a regex
                leftovers.append(phrase_regex(term))
        # Longest alternatives first so "in het kader van" wins over "kader".
        leftovers.sort(key=len, reverse=True)
        if leftovers:
            regex = _PatternUnion([re.compile("|".join(f"(?:{a})" for a in leftovers), flags)])
    ordered = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}
    examples = data.get("examples") or {}
    return Rule(
        id=rule_id,
        lang=lang,
        extends=extends,
        category=data["category"],
        level=data["level"],
        message=str(data["message"]),
        message_en=str(data.get("message_en") or data["message"]),
        guideline=str(data["guideline"]),
        regex=regex,
        phrases=ordered,
        phrase_keys=frozenset(k.lower() for k in ordered),
        phrase_lengths={k: _by_length(v) for k, v in ordered.items()},
        ignorecase=bool(flags),
        swap=swap,
        suggestions=tuple(str(s) for s in data.get("suggestions") or ()),
        exceptions=tuple(re.compile(str(e), flags) for e in data.get("exceptions") or ()),
        examples_bad=tuple(str(e) for e in examples.get("bad") or ()),
        examples_good=tuple(str(e) for e in examples.get("good") or ()),
        path=path,
    )


def _by_length(phrases: tuple[tuple[str, ...], ...]):
    lengths = sorted({len(p) for p in phrases}, reverse=True)
    return tuple((n, frozenset(p for p in phrases if len(p) == n)) for n in lengths)


class _PatternUnion:
    """Several regexes that may each use a `hit` group, run as one finditer.

    A pattern runs only on text that holds one of its required words (`required_words`).
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        words = [(required_words(p), whole_words(p)) for p in patterns]
        self.required = [r for r, _ in words]
        self.whole = [w for _, w in words]
        self.prefilter = Prefilter(self.required, self.whole)
        self.groupindex = {"hit": 0}

    def finditer(self, text: str, only: Collection[int] | None = None):
        """The matches of the patterns (of those numbered in `only`, when given)."""
        for start, end in self.spans(text, only):
            yield _HitMatch(start, end)

    def spans(self, text: str, only: Collection[int] | None = None) -> list[tuple[int, int]]:
        """(start, end) of each match (its `hit` group, when it has one), in order."""
        if only is None:
            only = self.prefilter.candidates(text)
        matches = [m for i in sorted(only) for m in self.patterns[i].finditer(text)]
        if not matches:
            return []
        matches.sort(key=lambda m: (m.start(), -m.end()))
        out, last_end = [], -1
        for m in matches:
            start, end = _hit_span(m)
            if start < last_end:
                continue  # overlapping matches of two patterns: keep the first
            last_end = end
            out.append((start, end))
        return out


class _HitMatch:
    __slots__ = ("_span",)

    def __init__(self, start: int, end: int) -> None:
        self._span = (start, end)

    def span(self, group: str | int = 0) -> tuple[int, int]:
        return self._span


def _hit_span(m: re.Match[str]) -> tuple[int, int]:
    if "hit" in m.re.groupindex and m.start("hit") >= 0:
        return m.span("hit")
    return m.span()


def _union_of_patterns(patterns: list[str], flags: int):
    return _PatternUnion([re.compile(p, flags | re.MULTILINE) for p in patterns])
