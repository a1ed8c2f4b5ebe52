"""The language layer reads LanguageTool's own POS dictionaries from Python."""

from __future__ import annotations

import pytest

from reactiewijzer import check
from reactiewijzer.core.lexicon import lexicon
from reactiewijzer.core.text import analyse

pytestmark = pytest.mark.skipif(
    not lexicon("nl").available, reason="LanguageTool's dictionaries are not installed"
)


def test_dutch_readings_come_from_the_dictionary():
    nl = lexicon("nl")
    assert "terugbellen" in nl.lemmas("teruggebeld", "participle")
    assert "worden" in nl.lemmas("wordt")
    # Nominalised participles are not participles ("de gesloten" vs WKW:VTD:ZNW).
    assert nl.classes_of("beoordeeld") >= {"participle", "verb"}
    assert "noun" in nl.classes_of("gemeente")
    # A capitalised word at the start of a sentence is read in lower case too.
    assert "determiner" in nl.classes_of("De")


def test_english_readings_use_penn_tags():
    en = lexicon("en")
    assert "participle" in en.classes_of("removed")
    assert "participle" not in en.classes_of("remove")
    assert en.lemmas("been") == {"be"}


def test_unknown_words_have_no_readings():
    assert lexicon("nl").readings("xqzwv") == ()
    assert lexicon("nl").readings("") == ()


def test_english_contractions_are_two_words():
    tokens = analyse("It's now been removed.", "en")
    assert [t.text for t in tokens][:2] == ["It", "'s"]


@pytest.mark.parametrize(
    "text",
    [
        "😀 wordt 🎉 teruggebeld 👍",
        "https://example.org/a/b?c=d wordt beoordeeld door @handle en #tag",
        "mail info@example.org of bel 0800-1234",
        "ǅ̈́ẞ ﷽ \u202e wordt \u200b gedaan",
        "a" * 1_000_000,
        "wordt " * 50_000,
        "Met vriendelijke groet, Team Webcare. " * 200,
    ],
)
def test_odd_text_never_raises_and_spans_stay_valid(text):
    report = check(text, lang="nl")
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.match
