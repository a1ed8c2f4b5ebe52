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

from reactiewijzer.core.promises.find import _patterns as _commitment_patterns
from reactiewijzer.core.rules import load_rules
from reactiewijzer.core.rules.literals import required_words, whole_words
from reactiewijzer.core.rules.prefilter import PatternSet, Prefilter, fold
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
        # Marks, emoji and digits are rare enough to test for, one character or not.
        (r"[😂🤣🙄]+", ("😂", "🙄", "🤣")),
        (r"\b[A-Za-z]+\*+[A-Za-z]+\b", ("*",)),
        (r"[1-9][0-9]{3}\s?[A-Z]{2}", tuple("123456789")),
        # A repeat holds its first repeats side by side.
        (r"\b(?:ha){2,}|lol\b", ("haha", "lol")),
        (r"[!?]{3,}", ("!!!", "!!?", "!?!", "!??", "?!!", "?!?", "??!", "???")),
        # Too free to say: always run.
        (r"(?:optional)?\s+", None),
        (r"\b(?:ha)+|lol\b", None),
        (r"\d{4}\s?[A-Z]{2}", None),
        (r"\w{3}\s\w{3}", None),
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


def test_one_prefilter_for_many_patterns_answers_as_each_pattern_would():
    required = [words for _, _, words in _patterns()]
    prefilter = Prefilter(required)
    lines = [*_texts(), "Hahaha!!!", "K*t 😂", "ons  team", "İK ſTUUR", "e-mail 1234 AB", ""]
    for line in lines:
        low = fold(line)
        expected = {i for i, w in enumerate(required) if w is None or any(x in low for x in w)}
        assert prefilter.candidates(line) == expected, line


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)\bik\s+stuur\b", "İK ſTUUR"),  # dotted capital I, long s
        (r"(?i)\bοδοσ\b", "ΟΔΟΣ"),  # a final sigma
        (r"(?i)kilometer", "\u212ailometer"),  # the Kelvin sign
    ],
)
def test_the_shortcut_reads_letters_as_the_regex_engine_does(pattern, text):
    compiled = re.compile(pattern)
    assert compiled.search(text)
    assert Prefilter([required_words(compiled)]).candidates(text) == {0}


def _phrase_lists():
    data = yaml.safe_load((ROOT.parent / "resources" / "engagement.yml").read_text("utf-8"))
    vocabulary = yaml.safe_load(
        (ROOT.parent / "resources" / "wordlists" / "vocabulary.yml").read_text("utf-8")
    )
    for lang in ("nl", "en"):
        for kind, alternatives in data[lang].items():
            yield f"{lang}.{kind}", alternatives
        for kind in ("invitation", "direct_answer"):
            yield f"{lang}.{kind}", vocabulary[lang][kind]


@pytest.mark.parametrize(("name", "alternatives"), list(_phrase_lists()))
def test_a_pattern_set_finds_what_its_alternation_finds(name, alternatives):
    """Same match (span and text) as `(?:a)|(?:b)|...` for search, match and fullmatch."""
    together = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
    apart = PatternSet(alternatives, re.IGNORECASE)
    texts = _texts()
    texts += [" ".join(t.split()[:n]) for t in texts for n in (1, 2, 3)]  # short ones match whole
    for text in texts:
        for how in ("search", "match", "fullmatch"):
            want, got = getattr(together, how)(text), getattr(apart, how)(text)
            assert (want and (want.span(), want.group())) == (got and (got.span(), got.group()))


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (r"\b(?:we|wij)\s+(?:zal|ga)\s+\w+", ({"we", "wij"}, {"zal", "ga"})),
        (r"(?<![\w])ik(?![\w'])", ({"ik"},)),
        (
            r"\b(?:ik|we)\s+(?:laat|laten)\b[^.!?]{0,60}\bweten\b",
            ({"ik", "we"}, {"laat", "laten"}, {"weten"}),
        ),
        # Not whole: a word character may touch it ("gaat", "zalig", "uitgebreid").
        (r"ga\b", ()),
        (r"\bzal\w*", ()),
        (r"\Bik\b", ()),
        (r"(?a)\bga\b", ()),  # an ASCII word boundary is not the text's own
    ],
)
def test_whole_words_of_a_pattern(pattern, sets):
    assert whole_words(re.compile(pattern)) == tuple(frozenset(s) for s in sets)


def _all_patterns():
    yield from (p for _, p, _ in _patterns())
    for lang in _commitment_patterns().values():
        yield from (*lang.promise, *lang.not_promise)
    for _, alternatives in _phrase_lists():
        yield from PatternSet(alternatives, re.IGNORECASE).alternatives


def test_whole_words_never_hide_a_match_in_examples_or_corpus():
    lines = _texts()
    for pattern in _all_patterns():
        if not whole_words(pattern):
            continue
        prefilter = Prefilter.of([pattern])
        for line in lines:
            if pattern.search(line):
                assert prefilter.candidates(line) == {0}, (pattern.pattern, line)


_WHOLE = [(p, Prefilter.of([p])) for p in _all_patterns() if whole_words(p)]
# The patterns' own words, bits to glue onto them ("ga" + "at"), odd letters and marks.
_PIECES = sorted(
    {w.lower() for p, _ in _WHOLE for w in re.findall(r"[^\W\d_]{2,}", p.pattern)}
    | {"t", "en", "s", "x", "We", "IK", "ſ", "İ", "é", "1", "-", "'", ",", ".", "!", "?", "\n"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "-", "'", "\n"]))))
def test_whole_words_never_hide_a_match_in_made_up_text(pieces):
    text = "".join(piece + glue for piece, glue in pieces[:14])
    for pattern, prefilter in _WHOLE:
        if pattern.search(text):
            assert prefilter.candidates(text) == {0}, (pattern.pattern, text)
