"""The words-first shortcut: a pattern is skipped on lines without its required words.

The shortcut must never hide a match. These tests read every shipped pattern against every
example and every corpus draft: wherever the pattern matches, one of its words is there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reactiewijzer.core.rules import load_rules
from reactiewijzer.core.rules.literals import required_words
from reactiewijzer.core.rules.types import _PatternUnion

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:we|wij|ik)\s+(?:zullen|zal)\s+(?:er\s+)?zorgen", ("zorgen",)),
        (r"(?i)\b(?:we|wij|ik)\s+(?:zullen|zal)\b", ("zal", "zullen")),
        (r"(?m)^\s*(?P<hit>(?:de\s+)?Redactie)\s*$", ("redactie",)),
        (r"(?<![\w])m\.b\.t(?![\w])|t\.a\.v\.", ("m.b.t", "t.a.v.")),
        (r"verwijs(?:t|en)?", ("verwijs",)),
        # Too free to say: always run.
        (r"[😂🤣🙄]+", None),
        (r"\b(?:ha){2,}|lol\b", None),
        (r"[1-9][0-9]{3}\s?[A-Z]{2}", None),
        (r"(?:optional)?\s+", None),
    ],
)
def test_required_words_of_a_pattern(pattern, words):
    assert required_words(re.compile(pattern)) == words


def _patterns():
    for pack in load_rules().values():
        for rule in pack:
            if isinstance(rule.regex, _PatternUnion):
                for p, words in zip(rule.regex.patterns, rule.regex.required, strict=True):
                    yield rule, p, words


def _texts():
    texts = []
    for pack in load_rules().values():
        for rule in pack:
            texts += [*rule.examples_bad, *rule.examples_good]
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / folder).glob("*/*.yml")):
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                texts.append(case["draft"])
    return [line for t in texts for line in t.split("\n")]


def test_most_shipped_patterns_have_a_shortcut():
    patterns = list(_patterns())
    with_words = [p for _, p, words in patterns if words]
    assert len(with_words) >= 0.8 * len(patterns)


def test_the_shortcut_never_hides_a_match_in_examples_or_corpus():
    lines = _texts()
    assert len(lines) > 500
    lowered = [line.lower() for line in lines]
    for rule, pattern, words in _patterns():
        if not words:
            continue
        for line, low in zip(lines, lowered, strict=True):
            if pattern.search(line):
                assert any(w in low for w in words), (rule.id, pattern.pattern, line)


def _shortcut_patterns():
    return [(rule.id, p, words) for rule, p, words in _patterns() if words]


@pytest.mark.parametrize(("rule_id", "pattern", "words"), _shortcut_patterns())
def test_the_shortcut_never_hides_a_match_of_any_text_the_pattern_accepts(rule_id, pattern, words):
    """Beyond the examples: any text the pattern matches (generated from the regex itself)."""
    try:
        strategy = st.from_regex(pattern)
        strategy.validate()
    except Exception:  # a construct hypothesis cannot generate from (some look-arounds)
        pytest.skip(f"{rule_id}: hypothesis cannot generate from this pattern")

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def matches_hold_a_required_word(text):
        if pattern.search(text):  # look-arounds may reject what the generator made
            low = text.lower()
            assert any(w in low for w in words), (rule_id, pattern.pattern, text)

    matches_hold_a_required_word()
