"""The language layer reads LanguageTool's own POS dictionaries from Python."""

from __future__ import annotations

import pytest

from reactiewijzer import check
from reactiewijzer.core.lexicon import lexicon
from reactiewijzer.core.lexicon.dictionaries import Removals
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


def test_readings_languagetool_removed_are_not_reported():
    """Real lines of removed.txt in language-nl.jar / language-en.jar (word, lemma, tag)."""
    nl, en = lexicon("nl"), lexicon("en")
    # "Er\tEr\tENM:PER:LST:NIX": "Er wordt gekeken" does not open with a surname.
    assert not nl.classes_of("Er") & {"name"}
    assert "adverb" in nl.classes_of("Er")
    # "zo\tzo\tZNW:EKV:DE_": "zo" is no noun, still an adverb and a conjunction.
    assert {(r.lemma, r.tag) for r in nl.readings("zo")} >= {("zo", "BYW"), ("zo", "VGW")}
    assert "noun" not in nl.classes_of("zo")
    # "aan-bieden\taan-bieden\tWKW:TGW:INF": a hyphenated spelling LanguageTool withdrew.
    assert nl.readings("aan-bieden") == ()
    # "emphasis\temphasis\tNN": replaced by the uncountable noun in added.txt.
    assert {r.tag for r in en.readings("emphasis")} == {"NN:UN"}


def test_removals_are_found_by_word_at_every_place_in_the_sorted_file():
    lines = [
        b"a\ta\tENM:LOC:PTS",
        b"a-b\ta-b\tZNW",
        b"ab\tab\tBNW",
        b"ab\tab\tZNW",
        "\u00e9\u00e9n\t\u00e9\u00e9n\tTELW".encode(),
    ]
    removals = Removals(b"".join(line + b"\n" for line in lines))
    assert removals.of("a") == {("a", "ENM:LOC:PTS")}
    assert removals.of("ab") == {("ab", "BNW"), ("ab", "ZNW")}
    assert removals.of("a-b") == {("a-b", "ZNW")}
    assert removals.of("\u00e9\u00e9n") == {("\u00e9\u00e9n", "TELW")}
    assert removals.of("b") == removals.of("") == removals.of("\u00e9") == frozenset()
    assert Removals(b"").of("a") == frozenset()


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
