"""The text toolkit: the one place for tokens, sentences and word facts.

- patterns.py   what a token is (words, numbers, links, web and e-mail addresses, @handles,
                #hashtags, emoji, marks): one pattern every check and the thread reader use
- tokens.py     `tokens`, `words`: a text's tokens, read once per line and kept
- sentences.py  `sentences`: the one sentence splitter (abbreviations, initials, ellipses)
- analysis.py   `analyse`: a sentence's tokens with their word classes from the lexicon
                (core/lexicon: LanguageTool's POS dictionaries and wordfreq), and the
                separable verbs of a clause (`clause_lemmas`)
- lines.py      `line_cached`: results kept per line, so typing re-reads one line
- offsets.py    Python <-> UTF-16 offsets (Qt, LanguageTool)
- syllables.py  syllable counts for the readability score
"""

from __future__ import annotations

from reactiewijzer.core.lexicon import language_data, lexicon
from reactiewijzer.core.text.analysis import (
    MAX_ANALYSED_CHARS,
    MAX_SENTENCE_CHARS,
    analyse,
    clause_lemmas,
    readable_sentences,
)
from reactiewijzer.core.text.lines import LINE_CACHE_MAX_CHARS, forget_lines, line_cached, lines
from reactiewijzer.core.text.offsets import Utf16Map, from_utf16, to_utf16, utf16_span
from reactiewijzer.core.text.patterns import EMAIL_RE, EMOJI_RE, HANDLE_RE, HASHTAG_RE, URL_RE
from reactiewijzer.core.text.sentences import sentences
from reactiewijzer.core.text.syllables import syllables
from reactiewijzer.core.text.tokens import (
    REFERENCE_KINDS,
    WORD_KINDS,
    Span,
    Token,
    by_line,
    fold,
    line_tokens,
    tokens,
    words,
)

__all__ = [
    "EMAIL_RE",
    "EMOJI_RE",
    "HANDLE_RE",
    "HASHTAG_RE",
    "LINE_CACHE_MAX_CHARS",
    "MAX_ANALYSED_CHARS",
    "MAX_SENTENCE_CHARS",
    "REFERENCE_KINDS",
    "URL_RE",
    "WORD_KINDS",
    "Span",
    "Token",
    "Utf16Map",
    "analyse",
    "by_line",
    "clause_lemmas",
    "fold",
    "forget_lines",
    "from_utf16",
    "language_data",
    "lexicon",
    "line_cached",
    "line_tokens",
    "lines",
    "readable_sentences",
    "sentences",
    "syllables",
    "to_utf16",
    "tokens",
    "utf16_span",
    "words",
]
