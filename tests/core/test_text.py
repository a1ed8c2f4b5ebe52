"""Offsets survive emoji: the one place that converts Python and UTF-16 positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reactiewijzer.core.text import Utf16Map, sentences, syllables, utf16_span, words


def test_emoji_before_a_word_shifts_utf16_but_not_python_offsets():
    text = "👋🏽 Hoi Anna"
    start = text.index("Anna")
    m = Utf16Map(text)
    assert m.to_utf16(start) == start + 2  # two astral characters, one unit extra each
    assert m.from_utf16(m.to_utf16(start)) == start


def test_languagetool_span_with_emoji_slices_the_word():
    text = "😀 Ik heb het gezein."
    units = text.encode("utf-16-le")
    offset16 = units.decode("utf-16-le").index("gezein") + 1  # one emoji: +1 unit
    start, end = utf16_span(text, offset16, len("gezein"))
    assert text[start:end] == "gezein"


@given(st.text(max_size=200))
def test_round_trip_every_index(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.from_utf16(m.to_utf16(i)) == i
    assert m.length16 == len(text.encode("utf-16-le")) // 2


def test_sentences_respect_abbreviations_and_line_breaks():
    text = "Dat is bijv. de A27. Groet,\nSanne"
    got = [s.text for s in sentences(text)]
    assert got == ["Dat is bijv. de A27.", "Groet,", "Sanne"]


def test_words_skip_links_and_handles():
    got = [w.text for w in words("@rws zie https://www.rws.nl/a27 en mail info@rws.nl")]
    assert got == ["zie", "en", "mail"]


def test_dutch_syllables():
    assert syllables("weg") == 1
    assert syllables("werkzaamheden") == 4
    assert syllables("participatietraject") >= 7
