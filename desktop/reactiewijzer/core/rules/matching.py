"""Runs a language's rule pack over a draft, one line at a time.

A rule's matches never cross a line break (sign-off patterns anchor on `^...$` per line), so
the findings of an unchanged line are kept from the previous check: typing re-reads one line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from reactiewijzer.core.model import Finding
from reactiewijzer.core.rules.loader import load_rules, rules_dir
from reactiewijzer.core.rules.types import Rule, tokenize
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
    tokens = tokenize(line)
    spans = sentences(line)
    found: list[Finding] = []
    for rule in load_rules(root)[lang]:
        found.extend(rule.run(line, spans, lang, tokens))
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


def findings_of(rule: Rule, text: str) -> list[Finding]:
    """One rule's findings in `text`, line by line as the engine runs it (not kept)."""
    out: list[Finding] = []
    for offset, line in lines(text):
        for f in rule.run(line, sentences(line), rule.lang):
            out.append(replace(f, start=f.start + offset, end=f.end + offset))
    return out
