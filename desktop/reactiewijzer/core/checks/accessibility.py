"""Accessible replies: what a screen reader or a hurried reader stumbles over.

"Check daarom of het online platform voldoet aan de webrichtlijnen" — our own reply first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.checks.abbreviations import abbreviations
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.rules.prefilter import PatternSet
from reactiewijzer.core.text import EMOJI_RE, line_tokens, lines

# Letter first, look back after it: the regex engine jumps from capital to capital.
_CAPS_WORD = re.compile(r"([A-ZÀ-Þ](?<![\w@#][A-ZÀ-Þ])[A-ZÀ-Þ]+(?:[-'][A-ZÀ-Þ]+)*)(?![\w])")
# The lowest characters these patterns start with: a draft without any skips them.
_LOWEST_EMOJI_TOKEN = "\u2300"  # EMOJI_RE's
_LOWEST_EMOJI = "\u2600"  # _EMOJI_AS_WORD's
_LOWEST_DECORATIVE = "\u24b6"


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    return data("accessibility")


def check_hashtags(ctx: DraftContext) -> Iterator[Finding]:
    n = settings()["min_hashtag_letters"]
    for offset, line in lines(ctx.text):
        if "#" not in line:
            continue
        for t in line_tokens(line, False):
            tag = t.text[1:]
            if t.kind != "hashtag" or not tag[:1].isalpha() or len(tag) < n:
                continue
            if tag.islower() or tag.isupper():
                yield ctx.finding("accessibility.hashtag_case", offset + t.start, offset + t.end)


def check_emoji_runs(ctx: DraftContext) -> Iterator[Finding]:
    """More emoji in a row than a listener sits through (a screen reader names each one);
    "👍🏽" is one emoji, as the text toolkit reads it."""
    if ctx.widest < _LOWEST_EMOJI_TOKEN:
        return
    run = _emoji_run(int(settings()["max_emoji_in_a_row"]))
    for m in run.finditer(ctx.text):
        yield ctx.finding("accessibility.emoji_run", m.start(), m.end())


@lru_cache(maxsize=2)
def _emoji_run(most: int) -> re.Pattern[str]:
    # Each emoji taken whole (atomic): "👍🏽" never splits into a hand and a skin tone.
    return re.compile(f"(?>{EMOJI_RE.pattern}){{{most + 1},}}")


# Mathematical bold/italic/script letters, fullwidth and circled letters, with the spaces
# between them: "𝗱𝗲 𝗯𝗿𝘂𝗴".
_DECORATIVE = re.compile(
    "[\U0001d400-\U0001d7ff\uff21-\uff5a\u24b6-\u24e9]"
    "(?:[\U0001d400-\U0001d7ff\uff21-\uff5a\u24b6-\u24e9]| (?=[\U0001d400-\U0001d7ff]))*"
)


# An emoji of a thing (a vehicle, building, animal, object, food) with words on both sides and
# the sentence going on after it: "met de 🚲 naar je 🏢". Faces and hands carry a mood, not a word.
# The emoji opens the pattern and the look back follows it (the engine jumps to the emoji).
_THINGS = (
    "\U0001f680-\U0001f6ff\U0001f3e0-\U0001f3f0\U0001f4bb-\U0001f4ff\U0001f33f-\U0001f37f"
    "\U0001f400-\U0001f43f\U0001f3a0-\U0001f3cf\u26fd\u2708\u26f5\u2615"
)
_EMOJI_AS_WORD = re.compile(
    f"[{_THINGS}](?<=[^\\W\\d_] .)[\U0001f3fb-\U0001f3ff\ufe0f]*(?= [a-zà-ÿ])"
)


def check_emoji_as_words(ctx: DraftContext) -> Iterator[Finding]:
    """A screen reader reads 'bicycle' where the writer meant 'fiets': say it in words."""
    if ctx.widest < _LOWEST_EMOJI:
        return
    for m in _EMOJI_AS_WORD.finditer(ctx.text):
        yield ctx.finding("accessibility.emoji_as_word", m.start(), m.end())


def check_decorative_letters(ctx: DraftContext) -> Iterator[Finding]:
    """𝗯𝗼𝗹𝗱 and 𝘪𝘵𝘢𝘭𝘪𝘤 'fonts' are maths symbols: screen readers spell them out or skip them."""
    if ctx.widest < _LOWEST_DECORATIVE:
        return
    for m in _DECORATIVE.finditer(ctx.text):
        plain = unicodedata.normalize("NFKC", m.group())
        yield ctx.finding(
            "accessibility.decorative_letters", m.start(), m.end(), suggestions=[plain]
        )


def check_capitals(ctx: DraftContext) -> Iterator[Finding]:
    n = settings()["min_caps_letters"]
    known = abbreviations(ctx.lang)
    for m in _CAPS_WORD.finditer(ctx.text):
        word = m.group(1)
        letters = word.replace("-", "").replace("'", "")
        allowed = settings()["caps_allowed"]
        if len(letters) < n or word in known or word in allowed or not _looks_like_a_word(letters):
            continue
        yield ctx.finding(
            "accessibility.capitals",
            m.start(1),
            m.end(1),
            suggestions=[word.capitalize(), word.lower()],
        )


def _looks_like_a_word(letters: str) -> bool:
    """NIET, DICHT, JA: words have vowels; unlisted abbreviations (KNVB, RWS) mostly do not.

    Listed abbreviations (MIRT, PFAS) are skipped before this is asked."""
    vowels = sum(1 for ch in letters if ch in "AEIOUYÀÁÄÈÉËÏÓÖÜ")
    return vowels >= 1 if len(letters) >= 4 else vowels / len(letters) >= 0.5


def check_url_shorteners(ctx: DraftContext) -> Iterator[Finding]:
    shorteners = tuple(settings()["url_shorteners"])
    for m in ctx.urls:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group().lower()).split("/", 1)[0]
        if host in shorteners:
            yield ctx.finding("accessibility.url_shortener", m.start(), m.end())


@lru_cache(maxsize=2)
def _image_patterns(lang: str) -> tuple[PatternSet, PatternSet]:
    s = settings()
    return PatternSet(s["alt_text_markers"], re.I), PatternSet(s["image_mentions"][lang], re.I)


def check_alt_text(ctx: DraftContext) -> Iterator[Finding]:
    alt, image = _image_patterns(ctx.lang)
    m = image.search(ctx.text)
    if m and not alt.search(ctx.text):
        yield ctx.finding("accessibility.alt_text", m.start(), m.end())
