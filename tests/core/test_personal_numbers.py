"""A citizen's BSN or IBAN in a draft is always found, however it is typed; look-alikes are not.

A government laptop must never say "ready to post" on a citizen's BSN: these properties try
every usual grouping, any punctuation around the number and random Dutch text on both sides.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from reactiewijzer import check

WORDS = (
    "je bsn is klopt dat nummer van de gemeente we hebben uw gegevens ontvangen rekening "
    "graag bellen morgen aanvraag toeslag betaald op staat"
).split()
AROUND = ["", " ", ", ", ": ", " (", ") ", ". ", "! ", "? ", "\n", " '", "' ", '"', " - ", ";"]
BSN_GROUPINGS = [(9,), (3, 3, 3), (4, 2, 3), (3, 2, 4), (2, 2, 2, 3), (2, 3, 4)]
BSN_SEPARATORS = [" ", ".", "-"]


def _bsn_check_ok(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def _complete_bsn(eight: str) -> str | None:
    for last in string.digits:
        if _bsn_check_ok(eight + last):
            return eight + last
    return None  # no check digit fits this prefix


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for n in sizes:
        parts.append(digits[i : i + n])
        i += n
    return sep.join(parts)


def _iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits (ISO 13616: mod 97 == 1)."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{country}{98 - number % 97:02d}{bban}"


text_piece = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
around = st.sampled_from(AROUND)


def _embed(before: str, left: str, written: str, right: str, after: str) -> str:
    """The number between text; a word never sticks to it ("111222333je" is not typed)."""
    left = left if left or not before else " "
    right = right if right or not after else " "
    return f"{before}{left}{written}{right}{after}"


def _rules_for(draft: str, rule: str) -> list[str]:
    return [f.match for f in check(draft).findings if f.rule == rule]


@settings(max_examples=150, deadline=None)
@given(
    eight=st.text(string.digits, min_size=8, max_size=8).filter(lambda d: d[0] != "0"),
    grouping=st.sampled_from(BSN_GROUPINGS),
    sep=st.sampled_from(BSN_SEPARATORS),
    before=text_piece,
    after=text_piece,
    left=around,
    right=around,
)
def test_every_valid_bsn_is_found(eight, grouping, sep, before, after, left, right):
    digits = _complete_bsn(eight)
    if digits is None:
        return
    written = _group(digits, grouping, sep)
    draft = _embed(before, left, written, right, after)
    assert written in _rules_for(draft, "permanence.bsn"), draft


@settings(max_examples=150, deadline=None)
@given(
    nine=st.text(string.digits, min_size=9, max_size=9).filter(lambda d: not _bsn_check_ok(d)),
    grouping=st.sampled_from(BSN_GROUPINGS),
    sep=st.sampled_from(BSN_SEPARATORS),
    before=text_piece,
    after=text_piece,
    left=around,
    right=around,
)
def test_a_number_that_fails_the_eleven_test_is_no_bsn(
    nine, grouping, sep, before, after, left, right
):
    draft = _embed(before, left, _group(nine, grouping, sep), right, after)
    assert _rules_for(draft, "permanence.bsn") == [], draft


bban = st.one_of(
    # NL: bank code and ten digits; BE: twelve digits; DE: eighteen digits.
    st.tuples(
        st.just("NL"),
        st.text(string.ascii_uppercase, min_size=4, max_size=4),
        st.text(string.digits, min_size=10, max_size=10),
    ).map(lambda t: (t[0], t[1] + t[2])),
    # BE: a real bank code, seven digits and their own mod-97 check (Belgian accounts check
    # themselves).
    st.tuples(
        st.sampled_from(["001", "068", "363", "735", "979"]),
        st.text(string.digits, min_size=7, max_size=7),
    ).map(lambda t: ("BE", f"{t[0]}{t[1]}{int(t[0] + t[1]) % 97 or 97:02d}")),
    st.tuples(st.just("DE"), st.text(string.digits, min_size=18, max_size=18)),
)


def _written(iban: str, grouped: bool, lower: bool) -> str:
    text = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban
    return text.lower() if lower else text


@settings(max_examples=150, deadline=None)
@given(
    account=bban,
    grouped=st.booleans(),
    lower=st.booleans(),
    before=text_piece,
    after=text_piece,
    left=around,
    right=around,
)
def test_every_valid_iban_is_found(account, grouped, lower, before, after, left, right):
    written = _written(_iban(*account), grouped, lower)
    draft = _embed(before, left, written, right, after)
    assert written in _rules_for(draft, "permanence.iban"), draft


@settings(max_examples=150, deadline=None)
@given(
    account=bban,
    position=st.integers(min_value=4, max_value=15),
    shift=st.integers(min_value=1, max_value=9),
    grouped=st.booleans(),
    before=text_piece,
    after=text_piece,
    left=around,
    right=around,
)
def test_an_iban_with_one_wrong_digit_is_not_found(
    account, position, shift, grouped, before, after, left, right
):
    iban = _iban(*account)
    digits = [i for i, c in enumerate(iban) if c.isdigit() and i >= position]
    at = digits[0]
    broken = iban[:at] + str((int(iban[at]) + shift) % 10) + iban[at + 1 :]
    draft = _embed(before, left, _written(broken, grouped, False), right, after)
    assert _rules_for(draft, "permanence.iban") == [], draft


def test_the_cases_a_new_user_tried_are_blocked():
    for draft in ("BSN 111222333, klopt dat?", "Uw BSN is 111.222.333.", "BSN: 111 22 2333"):
        report = check(draft)
        assert "permanence.bsn" in {f.rule for f in report.findings}, draft
        assert report.counts()["permanence"] >= 1


def test_amounts_and_longer_numbers_are_not_a_bsn():
    for draft in ("Het kost € 111.222.333,00.", "Bel 1 111 222 333 voor info.", "Order 123456789."):
        assert _rules_for(draft, "permanence.bsn") == [], draft
