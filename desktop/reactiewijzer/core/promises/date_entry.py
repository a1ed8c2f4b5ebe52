"""A date as people type it in a date field: "09-12-2026", "9-12", "vrijdag", "9 dec".

Numbers are always day first (dd-mm-jjjj), as in the Netherlands: dateparser reads "09-12-2026"
as 12 September, so figures are read here. Words go to the promise reader's own parser
(core/promises/due_dates.py), so "vrijdag" in a date field means what it means in a reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.promises.due_dates import resolve_due

# d-m, d-m-yy, d-m-yyyy with '-', '/', '.' or a space between; ISO yyyy-mm-dd.
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?:\s*[-/.\s]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True, slots=True)
class TypedDate:
    day: date
    in_the_past: bool  # a reason to warn, not to refuse: a late entry is still an entry


def format_date(day: date) -> str:
    """The one way the log writes a date: dd-mm-jjjj."""
    return day.strftime("%d-%m-%Y")


def read_typed_date(text: str, *, today: date, lang: str = "nl") -> TypedDate | None:
    """The date `text` means, relative to `today`; None for an empty field.

    Raises InputError (with both languages) when the text is no date we can read."""
    typed = " ".join(text.split()).strip(" .,")
    if not typed:
        return None
    day = _numeric(typed, today)
    if day is None and not typed.isdigit():
        written_at = datetime(today.year, today.month, today.day, 9)
        day = resolve_due(typed, written_at=written_at, lang=lang if lang == "en" else "nl")
    if day is None:
        raise InputError(*texts("date.unreadable", typed=typed))
    return TypedDate(day, day < today)


def _numeric(typed: str, today: date) -> date | None:
    iso = _ISO.fullmatch(typed)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), typed)
    m = _DAY_FIRST.fullmatch(typed)
    if m is None:
        return None
    d, month = int(m[1]), int(m[2])
    if m[3] is None:
        # No year: the first such day from today on ("9-12" typed in January is this year's).
        this_year = _make(today.year, month, d, typed)
        return this_year if this_year >= today else _make(today.year + 1, month, d, typed)
    year = int(m[3])
    if len(m[3]) == 2:
        year += 2000
    return _make(year, month, d, typed)


def _make(year: int, month: int, day: int, typed: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(*texts("date.not_in_calendar", typed=typed)) from None
