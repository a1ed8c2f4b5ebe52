"""When a promise is due: "vrijdag", "binnen twee weken", "eind van de maand", "next Tuesday".

Our own rules (word lists in resources/commitments/due_dates.yml) run first; dateparser does
the rest. What dateparser 1.5.0 gets wrong or misses in Dutch (checked by hand and pinned in
tests/core/test_commitments.py), and therefore has a rule here:
  - "volgende week vrijdag": split in two, resolves to this week's Friday or next Wednesday.
  - "binnen twee weken", "over drie dagen", "over een week", "binnen een maand": Dutch number
    words in spans are not understood at all ("binnen 10 dagen" works).
  - "eind van de maand", "eind deze week" (and English "end of the month"): missed, or read
    as today.
  - "deze week" / "volgende week": read as today / today + 7; a promise then is due at the end
    of that (working) week.
  - "in mei": a random day in May (we take the last day of the month).
  - "binnen vijf werkdagen": missed (working days skip the weekend).
  - false dates in ordinary words: "We" (Wednesday), "zo" (zondag), "on the 3rd" (March).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.text import line_cached

# Weeks end on Friday for a promise: the last working day.
_WEEK_END = 4


@dataclass(frozen=True, slots=True)
class _Rules:
    numbers: dict[str, int]
    units: dict[str, str]
    weekdays: dict[str, int]
    months: dict[str, int]
    day_words: dict[str, int]
    periods: tuple[tuple[re.Pattern[str], str], ...]
    vague: re.Pattern[str]
    before_words: frozenset[str]
    dateparser_accept: re.Pattern[str]
    span: re.Pattern[str]
    next_weekday: re.Pattern[str]
    month_only: re.Pattern[str]
    day_word: re.Pattern[str]
    weekday: re.Pattern[str]


def _alternation(words: Any) -> str:
    # Longest first so "werkdagen" wins over "werkdag" and "een paar" over "een".
    parts = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    rules = data("commitments/due_dates")
    numbers = {str(k): int(v) for k, v in rules["numbers"].items()}
    units = {str(k): str(v) for k, v in rules["units"].items()}
    weekdays = {str(k): int(v) for k, v in rules["weekdays"].items()}
    months = {str(k): int(v) for k, v in rules["months"].items()}
    day_words = {str(k): int(v) for k, v in rules["day_words"].items()}
    span_words = _alternation(rules["span_words"])
    number = rf"\d{{1,3}}|{_alternation(numbers)}"
    return _Rules(
        numbers=numbers,
        units=units,
        weekdays=weekdays,
        months=months,
        day_words=day_words,
        periods=tuple((re.compile(p["pattern"]), str(p["period"])) for p in rules["periods"]),
        vague=re.compile("|".join(f"(?:{v})" for v in rules["vague"])),
        before_words=frozenset(str(w) for w in rules["before_words"]),
        dateparser_accept=re.compile(rules["dateparser_accept"]),
        span=re.compile(
            rf"\b(?:{span_words})\s+(?:de\s+|the\s+)?(?:komende\s+|next\s+)?(?P<n>{number})\s+"
            rf"(?P<unit>{_alternation(units)})\b"
        ),
        next_weekday=re.compile(
            rf"\b(?:volgende|komende|next)\s+week\s+(?:op\s+|on\s+)?(?P<a>{_alternation(weekdays)})\b"
            rf"|\b(?P<b>{_alternation(weekdays)})\s+(?:van\s+)?(?:volgende|komende|next)\s+week\b"
        ),
        month_only=re.compile(
            rf"\b(?:in|eind|einde|end\s+of)\s+(?P<m>{_alternation(months)})\b"
            r"(?!\s+\d)"
        ),
        day_word=re.compile(rf"(?<!')\b(?P<w>{_alternation(day_words)})\b"),
        # A bare weekday ("ik bel je vrijdag"), not one that opens a date ("vrijdag 12 december").
        weekday=re.compile(
            rf"(?:\b(?P<before>{_alternation(rules['before_words'])})\s+)?"
            rf"\b(?P<w>{_alternation(weekdays)})\b(?!\s+\d)"
        ),
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    position: int
    due: date | None  # None: a vague time, on purpose no due date


def resolve_due(sentence: str, *, written_at: datetime, lang: str) -> date | None:
    """The date `sentence` promises to act by, relative to `written_at`; None if none or vague."""
    # Cached per minute: while someone types, the sentences they are not editing come back
    # unchanged on every check, and dateparser costs about a millisecond a sentence.
    return _resolve_due(sentence, written_at.replace(second=0, microsecond=0), lang)


@line_cached
def _resolve_due(sentence: str, written_at: datetime, lang: str) -> date | None:
    text = sentence.lower()
    today = written_at.date()
    found = _rule_candidates(text, today)
    if not found and _rules().dateparser_accept.search(text):
        # Only worth asking dateparser when an accepted date word is there at all: its
        # other matches are dropped anyway, and it costs about a millisecond a sentence.
        found = _dateparser_candidates(sentence, text, written_at, lang)
    if not found:
        return None
    # The first time mentioned in the sentence is the promise's time.
    first = min(found, key=lambda c: c.position)
    return first.due


def _rule_candidates(text: str, today: date) -> list[_Candidate]:
    rules = _rules()
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], due: date | None) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return  # inside a longer phrase already read ("eind van de volgende week")
        taken.append((m.start(), m.end()))
        out.append(_Candidate(m.start(), due))

    for m in rules.vague.finditer(text):
        add(m, None)
    for m in rules.next_weekday.finditer(text):
        weekday = rules.weekdays[_norm(m.group("a") or m.group("b"))]
        add(m, _plus_days(today, 7 - today.weekday() + weekday))  # that day of next week
    for pattern, period in rules.periods:
        for m in pattern.finditer(text):
            add(m, _within_calendar(_period_end, period, today))
    for m in rules.span.finditer(text):
        n = rules.numbers.get(_norm(m.group("n"))) or int(m.group("n"))
        add(m, _within_calendar(_add_span, today, n, rules.units[_norm(m.group("unit"))]))
    for m in rules.month_only.finditer(text):
        month = rules.months[m.group("m")]
        year = today.year + (1 if month < today.month else 0)
        add(m, _within_calendar(_month_end, year, month))
    for m in rules.day_word.finditer(text):
        add(m, _plus_days(today, rules.day_words[_norm(m.group("w"))]))
    for m in rules.weekday.finditer(text):
        # The next such day after today, as dateparser reads it: "vrijdag" on a Friday is a
        # week later. "voor vrijdag" is due the day before.
        ahead = (rules.weekdays[m.group("w")] - today.weekday()) % 7 or 7
        add(m, _plus_days(today, ahead - (1 if m.group("before") else 0)))
    return out


def _within_calendar(compute: Callable[..., date], *args: Any) -> date | None:
    """`compute(*args)`; a date beyond what the calendar holds ("over 9000 jaar" written in the
    year 2000, anything after 31 December 9999) is no date, not an error."""
    try:
        return compute(*args)
    except (OverflowError, ValueError):
        return None


def _plus_days(day: date, days: int) -> date | None:
    return _within_calendar(lambda: day + timedelta(days=days))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _norm(word: str) -> str:
    return " ".join(word.split())


def _period_end(period: str, today: date) -> date:
    friday = today + timedelta(days=_WEEK_END - today.weekday())
    if period == "this_week":
        return max(friday, today)  # on a Saturday "deze week" means today, not yesterday
    if period == "next_week":
        return friday + timedelta(days=7)
    year, month = today.year, today.month
    if period == "next_month":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_span(today: date, n: int, unit: str) -> date:
    if unit == "day":
        return today + timedelta(days=n)
    if unit == "week":
        return today + timedelta(weeks=n)
    if unit == "workday":
        day = today
        while n > 0:
            day += timedelta(days=1)
            if day.weekday() < 5:
                n -= 1
        return day
    # months: same day n months later, clipped to the month's length (31 Jan + 1 = 28/29 Feb)
    month_index = today.month - 1 + n
    year, month = today.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


DATEPARSER_MAX_CHARS = 300


def _dateparser_candidates(
    sentence: str, text: str, written_at: datetime, lang: str
) -> list[_Candidate]:
    # Imported here: dateparser takes a quarter of a second to import.
    from dateparser.search import search_dates

    rules = _rules()
    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": written_at.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        # dateparser's search grows faster than the text ("morgen1,1,1,…" of 10,000 characters
        # took 7 s): it reads the start of a sentence only, where a promise's date stands.
        head = sentence[:DATEPARSER_MAX_CHARS]
        found = search_dates(head, languages=[lang], settings=settings) or []
    except (OverflowError, ValueError):
        return []  # a date beyond the calendar ("over 99999 jaar"): no date
    out: list[_Candidate] = []
    search_from = 0
    for matched, when in found:
        position = sentence.find(matched, search_from)
        if position < 0:
            position = sentence.find(matched)
        search_from = max(search_from, position + len(matched))
        if not rules.dateparser_accept.search(matched.lower()):
            continue  # "We", "zo", "nu": ordinary words dateparser reads as dates
        due = when.date()
        if due < written_at.date():
            continue  # a promise is never due before it was made
        before = text[:position].split()[-1:] if position > 0 else []
        if before and before[0] in rules.before_words and due > written_at.date():
            due -= timedelta(days=1)  # "voor 1 december": due the day before
        out.append(_Candidate(position, due))
    return out
