"""Runs a language's rule pack over a draft, one line at a time.

A rule's matches never cross a line break (sign-off patterns anchor on `^...$` per line), so
the findings of an unchanged line are kept from the previous check: typing re-reads one line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from reactiewijzer.core.model import Finding
from reactiewijzer.core.rules.loader import load_rules, rules_dir
from reactiewijzer.core.rules.prefilter import Prefilter
from reactiewijzer.core.rules.types import Rule, _PatternUnion, tokenize
from reactiewijzer.core.text import REFERENCE_KINDS, line_cached, line_tokens, lines, sentences


def rule_findings(text: str, lang: str, root: str | None = None) -> list[Finding]:
    """What the rule files of `lang` (from `root`, else the shipped ones) find in `text`."""
    root = root or str(rules_dir())
    out: list[Finding] = []
    for offset, line in lines(text):
        if not line.strip():
            continue
        found = _line_findings(line, lang, root)
        if offset == 0:
            out.extend(found)
        else:
            out.extend(replace(f, start=f.start + offset, end=f.end + offset) for f in found)
    return out


@line_cached
def _line_findings(line: str, lang: str, root: str) -> tuple[Finding, ...]:
    pack = _pack(root, lang)
    # One prefilter for every pattern of the pack: most rules have nothing to look for here.
    todo: dict[int, list[int]] = {}
    for i in sorted(pack.prefilter.candidates(line)):
        rule, first = pack.owner[i]
        todo.setdefault(rule, []).append(i - first)
    tokens = tokenize(line)
    words = tokens.positions.keys()
    spans = sentences(line)
    found: list[Finding] = []
    for n, rule in enumerate(pack.rules):
        patterns = todo.get(n, ())
        if rule.phrase_keys and not words.isdisjoint(rule.phrase_keys):
            found.extend(rule.run(line, spans, lang, tokens, patterns))
        elif patterns:  # only patterns to try: most find nothing, and need no more than that
            hits = rule.regex.spans(line, patterns)
            if hits:
                found.extend(rule.findings_at(line, spans, lang, hits))
    return tuple(_outside_references(line, found))


def _outside_references(line: str, found: list[Finding]) -> list[Finding]:
    """The findings that are not part of a link, address, @handle or #hashtag: the words of
    "https://www.rijksoverheid.nl/bezwaar-maken" are no words of the reply (a finding about the
    whole link stays)."""
    if not found or ("@" not in line and "#" not in line and "." not in line):
        return found  # every reference has one of these
    refs = [t for t in line_tokens(line, False) if t.kind in REFERENCE_KINDS]
    if not refs:
        return found
    starts = [t.start for t in refs]  # tokens are in order and never overlap

    def inside(f: Finding) -> bool:
        i = bisect_right(starts, f.start) - 1
        return i >= 0 and f.end <= refs[i].end and (f.start, f.end) != (starts[i], refs[i].end)

    return [f for f in found if not inside(f)]


class _Pack:
    """A language's rules, with one prefilter over the patterns of all of them."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        required: list[tuple[str, ...] | None] = []
        whole: list[tuple[frozenset[str], ...]] = []
        self.owner: list[tuple[int, int]] = []  # pattern -> (its rule, the rule's first pattern)
        for n, rule in enumerate(rules):
            if isinstance(rule.regex, _PatternUnion):
                first = len(required)
                required.extend(rule.regex.required)
                whole.extend(rule.regex.whole)
                self.owner.extend((n, first) for _ in rule.regex.required)
        self.prefilter = Prefilter(required, whole)


@lru_cache(maxsize=8)
def _pack(root: str, lang: str) -> _Pack:
    return _Pack(load_rules(root)[lang])


def findings_of(rule: Rule, text: str) -> list[Finding]:
    """One rule's findings in `text`, line by line as the engine runs it (not kept)."""
    out: list[Finding] = []
    for offset, line in lines(text):
        for f in rule.run(line, sentences(line), rule.lang):
            out.append(replace(f, start=f.start + offset, end=f.end + offset))
    return out
