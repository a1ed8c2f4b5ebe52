"""What a token is: the one definition every check and the thread reader share.

A token is a word, a number, a reference (a link, a web address, an e-mail address, an @handle,
a #hashtag), an emoji, or one other mark. References are one token each, so no check ever reads
the words inside a link: "https://www.rijksoverheid.nl/bezwaarschrift" holds no word.

Every part is bounded or anchored where a run of its characters starts: a pasted run of
"a.a.a.a" or "@@@@" is read once, not once from every position (tests/core/test_bad_input.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A link as a platform and the link checks see it: with a scheme, "www.", or a host and a path.
# The last character is no sentence mark: "Kijk op https://www.rws.nl/a27." ends before the dot.
# A host label has at most 63 characters: an unbounded run re-read from every word boundary
# made a long run of "a-a-a" quadratic (100,000 characters took minutes).
_URL_END = r"[^\s<>\"')\].,;:!?]"
URL = (
    rf"(?:https?://|www\.)[^\s<>\"')\]]*{_URL_END}"
    rf"|\b[a-z0-9-]{{1,63}}\.(?:nl|com|org|eu|gov|ly|co)/(?:[^\s<>\"')\]]*{_URL_END})?"
)
URL_RE = re.compile(URL, re.I)

# A web address without a path: "rijksoverheid.nl", "gov.uk". A token, not a link: the link
# checks leave it alone (platforms link it, but a reply naming a site is not "only a link").
# The top-level domain in lower case: "gebeld.De monteur" lacks a space, it names no site.
_TOP_LEVEL = "nl|be|eu|com|org|net|info|gov|uk|io|ly|co"
WEB_ADDRESS = rf"(?<![\w.@-])(?:[a-z0-9-]{{1,63}}\.){{1,4}}(?-i:{_TOP_LEVEL})(?![\w@-]|\.\w)"

# The local part of an address at most 64 characters, each label 63; it starts only where a
# run of its characters starts, so a long run of letters and dots is read once.
EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
EMAIL_RE = re.compile(EMAIL)

HANDLE = r"(?<![\w@])@[A-Za-z0-9_]{1,30}"
HANDLE_RE = re.compile(HANDLE)
HASHTAG = r"(?<![\w#])#\w+"
HASHTAG_RE = re.compile(HASHTAG)

# An emoji with its skin tone, variation selector and keycap marks, and the ones joined to it
# (a family, "👩🏽‍💻"); a flag is a pair of regional letters.
_PICTOGRAPH = "\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff"
_MODIFIERS = "\ufe0f\u20e3\U0001f3fb-\U0001f3ff"
EMOJI = (
    rf"[\U0001f1e6-\U0001f1ff]{{2}}"
    rf"|[{_PICTOGRAPH}][{_MODIFIERS}]*(?:\u200d[{_PICTOGRAPH}][{_MODIFIERS}]*)*"
)

# A word: letters and digits, inner apostrophes ("zo'n", "auto's", "m'n"), hyphenated parts
# ("e-mail", "Zuid-Holland", "COVID-19"); and Dutch clitics that start with an apostrophe
# ("'t", "'s", "'n", "'s-Hertogenbosch"). It starts with a letter: "70-jarige" is a number.
_APOSTROPHE = "'’‘"
WORD = (
    rf"(?<![\w{_APOSTROPHE}])[{_APOSTROPHE}][tsnkm](?![\w{_APOSTROPHE}])(?:-[^\W_]+)*"
    rf"|[^\W\d_](?:[\w'’]*[^\W_])?(?:-[^\W_]+)*"
)
# A number as people write it: "1.000,50", "09-12-2026", "10:30", "24/7", "3e", "70-jarige".
NUMBER = r"\d+(?:[.,:/]\d+)*(?:[\w'’]*[^\W_])?(?:-[^\W_]+)*"

# The one token pattern: the first alternative that matches at a position wins.
_TERMS = (
    rf"(?P<email>{EMAIL})|(?P<url>{URL}|{WEB_ADDRESS})|(?P<handle>{HANDLE})"
    rf"|(?P<hashtag>{HASHTAG})|(?P<word>{WORD})|(?P<number>{NUMBER})"
)
TOKEN_RE = re.compile(rf"{_TERMS}|(?P<emoji>{EMOJI})|(?P<mark>[^\w\s])", re.I)
# The same tokens without emoji and marks, for readers that want words and references only:
# the regex steps over a pasted run of "!!!!" itself. No word or reference starts inside an
# emoji or a mark, so these are exactly TOKEN_RE's other tokens.
TERM_RE = re.compile(_TERMS, re.I)
EMOJI_RE = re.compile(EMOJI)

# What a reference needs somewhere in the text: an e-mail address or an @handle an "@", a
# #hashtag a "#", a link or web address "://", "www." or a dot before a letter.
_LINK_HINT = re.compile(r"://|www\.|\.[^\W\d_]", re.I)


# Every emoji starts at or above U+2300 (the pictographs' lowest block).
_EMOJI_HINT = re.compile("[\u2300-\U0010ffff]")


def token_re(text: str, marks: bool = True) -> re.Pattern[str]:
    """TOKEN_RE (or without `marks`, TERM_RE) for `text`, leaving out the kinds of reference
    `text` lacks what they need, and emoji when it has no character they start with: the same
    tokens, found in half the time (most lines hold no reference, and each reference is
    otherwise tried at every word)."""
    emoji = marks and not text.isascii() and _EMOJI_HINT.search(text) is not None
    return _token_re("@" in text, "#" in text, _LINK_HINT.search(text) is not None, marks, emoji)


@lru_cache(maxsize=32)
def _token_re(at: bool, hash_sign: bool, link: bool, marks: bool, emoji: bool) -> re.Pattern[str]:
    if at and hash_sign and link and emoji == marks:
        return TOKEN_RE if marks else TERM_RE
    parts = [
        (f"(?P<email>{EMAIL})", at),
        (f"(?P<url>{URL}|{WEB_ADDRESS})", link),
        (f"(?P<handle>{HANDLE})", at),
        (f"(?P<hashtag>{HASHTAG})", hash_sign),
        (f"(?P<word>{WORD})|(?P<number>{NUMBER})", True),
        (f"(?P<emoji>{EMOJI})", emoji),
        (r"(?P<mark>[^\w\s])", marks),
    ]
    # The alternatives in TOKEN_RE's order: the first that matches at a position still wins.
    return re.compile("|".join(p for p, wanted in parts if wanted), re.I)
