"""B1 readability: long sentences, and a reading-ease score that works for Dutch.

Dutch uses Flesch-Douma (206.835 - 0.93 * words/sentence - 77 * syllables/word), English the
original Flesch reading ease. Syllables come from pyphen, with a vowel-group fallback. On a reply
of one to three sentences the score swings wildly, so short texts are judged on sentence length
and the share of long words instead (thresholds in resources/readability.yml).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding, Readability
from reactiewijzer.core.text import line_cached, lines, syllables, words


@lru_cache(maxsize=1)
def thresholds() -> dict:
    return data("readability")


def measure(ctx: DraftContext) -> Readability | None:
    """Readability of the draft, or None when it has no words."""
    t = thresholds()[ctx.lang]
    all_words = ctx.words
    if not all_words:
        return None
    n_sentences = max(1, len(ctx.sentences))
    n_words, n_syll, long_words = len(all_words), 0, 0
    for _, line in lines(ctx.text):
        if line:
            n, long = _line_syllables(line, ctx.lang, t["long_word_syllables"])
            n_syll += n
            long_words += long
    wps, spw = n_words / n_sentences, n_syll / n_words
    if ctx.lang == "nl":
        score = 206.835 - 0.93 * wps - 77.0 * spw
        douma: float | None = round(score, 1)
    else:
        score = 206.835 - 1.015 * wps - 84.6 * spw
        douma = None
    if n_words < t["short_text_words"]:
        b1 = wps <= t["short_max_words_per_sentence"] and (
            long_words / n_words <= t["short_max_long_word_share"]
        )
    else:
        b1 = score >= t["b1_min_score"]
    level = "B1" if b1 else ("above B1" if ctx.lang == "en" else "boven B1")
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syll,
        words_per_sentence=round(wps, 1),
        syllables_per_word=round(spw, 2),
        flesch_douma=douma,
        score=round(score, 1),
        level=level,
        b1=b1,
        long_words=long_words,
    )


@line_cached
def _line_syllables(line: str, lang: str, long_syllables: int) -> tuple[int, int]:
    """The syllables of the line's words, and how many words have `long_syllables` or more
    (kept per line: typing changes one)."""
    counts = list(map(syllables, [w.text for w in words(line)], repeat(lang)))
    return sum(counts), sum(1 for c in counts if c >= long_syllables)


def check_sentence_length(ctx: DraftContext) -> Iterator[Finding]:
    t = thresholds()[ctx.lang]
    for sentence, ws in ctx.sentence_words:
        n = len(ws)
        if n > t["sentence_warning_words"]:
            yield ctx.finding(
                "jargon.long_sentence", sentence.start, sentence.end, level="warning", words=n
            )
        elif n > t["sentence_info_words"]:
            yield ctx.finding(
                "jargon.long_sentence", sentence.start, sentence.end, level="info", words=n
            )


def check_hard_words(ctx: DraftContext) -> Iterator[Finding]:
    """Very long words (compounds such as 'participatietraject') are hard at B1."""
    t = thresholds()[ctx.lang]
    for w in ctx.words:
        if w.text[:1].isupper():
            continue  # a place or a name ("Zuid-Kennemerland") is what it is
        if (
            len(w.text) >= t["hard_word_letters"]
            and syllables(w.text, ctx.lang) >= t["hard_word_syllables"]
        ):
            yield ctx.finding("jargon.hard_word", w.start, w.end)
