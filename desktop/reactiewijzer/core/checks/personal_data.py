"""Personal data in a public reply: phone numbers, e-mail, BSN, IBAN, full names.

Numbers are validated by phonenumbers and python-stdnum, so an order number is not taken for a
BSN. Service numbers of organisations (0800, 0900, 088, 14 0xx) and generic mailboxes
(info@, webcare@) are contact routes, not personal data: the guide asks to be reachable.
Address and licence-plate patterns are plain regexes and live in the rule files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from stdnum import iban
from stdnum.nl import bsn

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.resources import resource_path
from reactiewijzer.core.rules.prefilter import may_match
from reactiewijzer.core.text import EMAIL_RE, line_cached, lines

# A BSN as people type it: nine digits, whole or in groups of two to five digits split by one
# space, dot, dash or slash ("111222333", "111.222.333", "111 22 2333", "1112-22-333"). Not part
# of a longer number ("1 111 222 333", "€ 111.222.333,00"), whatever punctuation follows.
# It opens with its first digit and looks behind from there, so the regex engine jumps from
# digit to digit (looking behind first made it test every character: ten times slower).
_BSN = re.compile(
    r"(\d(?<![\d€$£]\d)(?<!\d[ .,/-]\d)(?<![€$£] \d)"
    r"(?:\d{8}|\d{1,4}(?:[ .\-/]\d{2,5}){1,3}))"
    r"(?!\d|[ .,/-]\d)"
)
# The start of an IBAN: a country code and two check digits, any case ("NL91", "nl91").
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ .-]?[A-Za-z0-9])")
_IBAN_CHAR = re.compile(r"[ .-]?([A-Za-z0-9])")
_IBAN_MAX = 34
_IBAN_MIN = 15
_SERVICE_PREFIXES = ("800", "900", "906", "909", "88", "14")
_MIN_PHONE_TRIES = 100
_PARTICLES = frozenset("van de der den het ten ter te in 't op la le du da di von vander".split())
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")
_SIGN_OFF = re.compile(
    r"(?im)^[^\S\n]*(?:met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|"
    r"hartelijke\s+groet|kind\s+regards|best\s+regards|regards|best|thanks|cheers|"
    r"yours\s+sincerely|\^)\b.*$"
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    path = resource_path("wordlists", "first_names.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def generic_mailboxes() -> frozenset[str]:
    path = resource_path("wordlists", "generic_mailboxes.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def check_phone_numbers(ctx: DraftContext) -> Iterator[Finding]:
    for offset, line in lines(ctx.text):
        for start, end in _personal_numbers(line):
            yield ctx.finding("permanence.phone_number", offset + start, offset + end)


@line_cached
def _personal_numbers(line: str) -> tuple[tuple[int, int], ...]:
    """Phone numbers in one line (a number never spans two), apart from service numbers."""
    if sum(map(str.isdigit, line)) < 5:  # no phone number has fewer digits
        return ()
    found = []
    # phonenumbers tries up to 20 readings of each digit group it finds, so a long phone-like
    # run ("1/1/1/…", "1.1.1.…") costs seconds per 100,000 characters. A real line needs a few
    # tries per number; one per ten characters (at least 100) is ample and keeps a run cheap.
    tries = max(_MIN_PHONE_TRIES, len(line) // 10)
    matcher = phonenumbers.PhoneNumberMatcher(
        line, "NL", leniency=phonenumbers.Leniency.VALID, max_tries=tries
    )
    for match in matcher:
        national = str(match.number.national_number)
        if match.number.country_code == 31 and national.startswith(_SERVICE_PREFIXES):
            continue
        found.append((match.start, match.end))
    return tuple(found)


def check_email(ctx: DraftContext) -> Iterator[Finding]:
    if not may_match(EMAIL_RE, ctx.text):  # no "@"
        return
    for m in EMAIL_RE.finditer(ctx.text):
        local = m.group().split("@", 1)[0].lower()
        if local in generic_mailboxes():
            continue
        yield ctx.finding("permanence.email", m.start(), m.end())


def check_bsn_iban(ctx: DraftContext) -> Iterator[Finding]:
    for start, end in bsn_spans(ctx.text):
        yield ctx.finding("permanence.bsn", start, end)
    for start, end in iban_spans(ctx.text):
        yield ctx.finding("permanence.iban", start, end)


def bsn_spans(text: str) -> Iterator[tuple[int, int]]:
    """Every nine-digit number in the text that passes the BSN eleven-test."""
    for m in _BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) == 9 and bsn.is_valid(digits):
            yield m.start(1), m.end(1)


def iban_spans(text: str) -> Iterator[tuple[int, int]]:
    """Every valid IBAN, compact or in groups ("NL91 ABNA 0417 1643 00"), in any case.

    The longest run of characters that validates wins, so a word after the IBAN ("... 00 AAN")
    is never taken in, and a failing long reading does not hide a valid shorter one.
    """
    pos = 0
    while (m := _IBAN_START.search(text, pos)) is not None:
        chars = [c.upper() for c in m.group()]
        ends = [m.end()]
        at = m.end()
        while len(chars) < _IBAN_MAX and (c := _IBAN_CHAR.match(text, at)) is not None:
            chars.append(c.group(1).upper())
            at = c.end()
            ends.append(at)
        found = None
        for n in range(len(chars), _IBAN_MIN - 1, -1):
            end = ends[n - 4]
            if end < len(text) and text[end].isalnum():
                continue  # "NL91ABNA0417164300X": not a whole IBAN
            if iban.is_valid("".join(chars[:n])):
                found = end
                break
        if found is None:
            pos = m.start() + 1
            continue
        yield m.start(), found
        pos = found


def check_full_names(ctx: DraftContext) -> Iterator[Finding]:
    """A known first name followed by a surname: a colleague's or citizen's full name.

    The writer's own name in the sign-off is fine (the guide asks to be recognisable).
    """
    names = first_names()
    own = ctx.profile.get("name", "")
    closings = _SIGN_OFF.finditer(ctx.text) if may_match(_SIGN_OFF, ctx.text) else ()
    sign_off = [(m.start(), m.end()) for m in closings]
    last_line_start = ctx.text.rstrip().rfind("\n") + 1
    for m in _NAME_WORD.finditer(ctx.text):
        if m.group() not in names:
            continue
        end = _surname_end(ctx.text, m.end())
        if end is None:
            continue
        start = m.start()
        if any(a <= start < b for a, b in sign_off) or start >= last_line_start > 0:
            continue
        if own and ctx.text[start:end] == own:
            continue
        yield ctx.finding("permanence.full_name", start, end, first=m.group())


def _surname_end(text: str, pos: int) -> int | None:
    """End of 'de Vries' / 'Jansen' / 'van der Berg' after a first name, or None."""
    rest = text[pos : pos + 60]
    m = re.match(r" ((?:[a-z']+ ){0,3})([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)", rest)
    if not m:
        return None
    particles = m.group(1).split()
    if any(p not in _PARTICLES for p in particles):
        return None
    surname = m.group(2)
    if surname in first_names() and not particles:
        return None  # "Anna Sanne" is two people, more likely a list
    return pos + m.end()
