"""The text toolkit: tokens, sentences and offsets as every check and the thread reader see them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reactiewijzer import check
from reactiewijzer.core.language import detect_language
from reactiewijzer.core.text import (
    REFERENCE_KINDS,
    Utf16Map,
    sentences,
    syllables,
    tokens,
    utf16_span,
    words,
)


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


# ---- tokens ------------------------------------------------------------------------------------


def test_dutch_apostrophes_and_compounds_are_one_word():
    got = [w.text for w in words("Zo'n auto's, m’n e-mail en 't huis in 's-Hertogenbosch")]
    assert got == ["Zo'n", "auto's", "m’n", "e-mail", "en", "'t", "huis", "in", "'s-Hertogenbosch"]


def test_numbers_dates_and_times_are_one_token():
    text = "Op 09-12-2026 om 10:30 betaalt een 70-jarige € 1.000,50."
    got = [t.text for t in tokens(text) if t.kind == "number"]
    assert got == ["09-12-2026", "10:30", "70-jarige", "1.000,50"]


def test_links_addresses_handles_and_hashtags_are_one_token_each():
    text = "@rws_info zie https://www.rws.nl/a27. Mail info@rws.nl of kijk op rijksoverheid.nl #A27"
    got = [(t.kind, t.text) for t in tokens(text) if t.kind in REFERENCE_KINDS]
    assert got == [
        ("handle", "@rws_info"),
        ("url", "https://www.rws.nl/a27"),  # the full stop ends the sentence, not the link
        ("email", "info@rws.nl"),
        ("url", "rijksoverheid.nl"),
        ("hashtag", "#A27"),
    ]
    assert [w.text for w in words(text)] == ["zie", "Mail", "of", "kijk", "op"]


_PIECES = [*"aZé1_.,-@#:/'’‘+ \n!?…", "👍", "🏽", "\u200d", "🇳🇱", "www.", "https://", ".nl", "'t"]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_words_are_exactly_the_word_tokens(text):
    """Words are read without stepping through marks and emoji, and still match the tokens."""
    expected = [(t.start, t.end, t.text) for t in tokens(text) if t.kind in ("word", "number")]
    assert [(w.start, w.end, w.text) for w in words(text)] == expected
    for t in tokens(text):
        assert text[t.start : t.end] == t.text and t.text.strip() == t.text


def test_a_missing_space_after_a_full_stop_is_no_web_address():
    assert [w.text for w in words("Ik heb gebeld.De monteur komt")][2:4] == ["gebeld", "De"]


def test_an_emoji_with_its_skin_tone_or_joined_parts_is_one_token():
    got = [t.text for t in tokens("Top 👍🏽 👩🏽‍💻 🇳🇱!") if t.kind == "emoji"]
    assert got == ["👍🏽", "👩🏽\u200d💻", "🇳🇱"]


# ---- sentences ---------------------------------------------------------------------------------


def test_abbreviations_initials_and_list_numbers_end_no_sentence():
    text = (
        "We doen dat o.a. met dhr. J. de Vries, e.g. in mei. Bel ons.\n"
        "1. Vul het formulier in. 2. Stuur het op."
    )
    assert [s.text for s in sentences(text)] == [
        "We doen dat o.a. met dhr. J. de Vries, e.g. in mei.",
        "Bel ons.",
        "1. Vul het formulier in.",
        "2. Stuur het op.",
    ]


def test_an_ellipsis_ends_a_sentence_only_when_a_new_one_starts():
    text = "Nou... dat valt mee. Ik weet het niet… Misschien morgen."
    got = [s.text for s in sentences(text)]
    assert got == ["Nou... dat valt mee.", "Ik weet het niet…", "Misschien morgen."]


def test_decimals_links_and_addresses_end_no_sentence():
    text = (
        "Het kost 1.5 miljoen, zie www.rws.nl/a27.html of mail a.b@rws.nl. Daarna bellen we. "
        "Kijk op www.rws.nl. Of op rws.nl. Dat helpt."
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "Het kost 1.5 miljoen, zie www.rws.nl/a27.html of mail a.b@rws.nl.",
        "Daarna bellen we.",
        "Kijk op www.rws.nl.",
        "Of op rws.nl.",
        "Dat helpt.",
    ]


# ---- what a writer notices in the checks -------------------------------------------------------


def test_no_finding_lies_inside_a_link_address_or_handle():
    draft = (
        "Hoi @middels_nl, het formulier staat op https://www.gemeente.nl/middels-aanvragen en "
        "op middels.nl. Mail gerust naar middels@gemeente.nl. Je krijgt het middels de post."
    )
    refs = [(t.start, t.end) for t in tokens(draft) if t.kind in REFERENCE_KINDS]
    assert len(refs) == 4
    findings = check(draft, lang="nl").findings
    # Findings about a whole address ("don't post an e-mail address") are no words inside it.
    inside = [
        f
        for f in findings
        for a, b in refs
        if a <= f.start and f.end <= b and f.end - f.start < b - a
    ]
    assert not inside
    # The word itself, outside a link, is still old-fashioned: "middels de post".
    assert [f.match for f in findings if f.rule == "jargon.ouderwets"] == ["middels"]


def test_a_u_in_a_link_is_no_mix_of_je_and_u():
    draft = "Hoi Anna, je vindt het formulier op https://www.gemeente.nl/u/aanvraag. Lukt dat?"
    rules = {f.rule for f in check(draft, lang="nl").findings}
    assert "personal_tone.mixed_register" not in rules


def test_emoji_with_a_skin_tone_count_once_in_a_run():
    assert "accessibility.emoji_run" not in {
        f.rule for f in check("Top, dank je wel! 👍🏽👍🏽", lang="nl").findings
    }
    (run,) = [
        f
        for f in check("Fijne dag! 🎉🎉🎉🎉", lang="nl").findings
        if f.rule == "accessibility.emoji_run"
    ]
    assert run.match == "🎉🎉🎉🎉"


def test_a_phone_s_curly_apostrophe_matches_the_word_lists():
    draft = "We can’t go wrong with this plan."
    (f,) = [f for f in check(draft, lang="en").findings if f.rule == "permanence.absolute"]
    assert f.match == "can’t go wrong" == draft[f.start : f.end]


def test_contractions_vote_for_english():
    assert detect_language("I’m sure it's fine, don't worry") == "en"
    assert detect_language("Zo'n aanvraag duurt 't langst") == "nl"


# Pieces of every kind of token, and the characters a reference needs.
_PIECES = st.sampled_from(
    [
        "a",
        "Zo",
        "'t",
        "zo'n",
        "e-mail",
        "12",
        "1.000,50",
        "@",
        "#",
        ".",
        ":",
        "/",
        "://",
        "www",
        "nl",
        "com",
        "rws.nl",
        "x@y.nl",
        "http",
        "s",
        "-",
        "_",
        "’",
        "!",
        " ",
        "\n",
        "👍🏽",
        "é",
        "İ",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_leaving_out_references_a_line_cannot_hold_finds_the_same_tokens(text):
    """The tokenizer drops the link, address, handle and hashtag parts of its pattern on text
    without what they need: it must still find exactly what the whole pattern finds."""
    from reactiewijzer.core.text.patterns import TERM_RE, TOKEN_RE, token_re

    for whole, marks in ((TOKEN_RE, True), (TERM_RE, False)):
        want = [(m.span(), m.lastgroup) for m in whole.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in token_re(text, marks).finditer(text)] == want
