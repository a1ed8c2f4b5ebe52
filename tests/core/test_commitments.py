"""Promises found in a reply, with due dates relative to when the reply was written."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reactiewijzer.core.promises import find_commitments, guess_lang, resolve_due

# Wednesday 12 November 2025, 10:00.
WRITTEN = datetime(2025, 11, 12, 10, 0)


def only(reply: str, lang: str = "auto"):
    found = find_commitments(reply, written_at=WRITTEN, lang=lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("Ik laat je vrijdag weten hoe het zit.", date(2025, 11, 14)),
        # dateparser: "volgende week" + "vrijdag" apart -> 14 or 19 Nov; our rule: 21 Nov.
        ("We sturen het volgende week vrijdag.", date(2025, 11, 21)),
        ("We bellen je vrijdag volgende week.", date(2025, 11, 21)),
        # "voor 1 december" = before 1 December: due the day before.
        ("We sturen de brief voor 1 december.", date(2025, 11, 30)),
        ("Ik laat het je uiterlijk 3 december weten.", date(2025, 12, 3)),
        # dateparser misses Dutch number words in spans.
        ("We komen binnen twee weken bij je terug.", date(2025, 11, 26)),
        ("Ik bel je over drie dagen.", date(2025, 11, 15)),
        ("We komen er over een week op terug.", date(2025, 11, 19)),
        ("U ontvangt binnen een maand een brief.", date(2025, 12, 12)),
        ("We komen er binnen 10 dagen op terug.", date(2025, 11, 22)),
        # Wednesday + five working days skips the weekend: Wednesday 19 November.
        ("Mijn collega belt je binnen vijf werkdagen.", date(2025, 11, 19)),
        # dateparser misses "eind van de maand"; reads "eind deze week" as today.
        ("We zoeken het voor het eind van de maand uit.", date(2025, 11, 30)),
        ("We repareren het eind deze week.", date(2025, 11, 14)),
        ("We sturen het deze week.", date(2025, 11, 14)),
        ("Je hoort volgende week van ons.", date(2025, 11, 21)),
        ("Ik bel je morgen.", date(2025, 11, 13)),
        ("Morgenochtend bel ik je.", date(2025, 11, 13)),
        ("Ik bel je overmorgen.", date(2025, 11, 14)),
        ("Ik mail je vandaag nog.", date(2025, 11, 12)),
        ("We zorgen dat het in mei klaar is.", date(2026, 5, 31)),
        ("De gemeente stuurt je op 20-11 een uitnodiging.", date(2025, 11, 20)),
        ("I'll get back to you next Tuesday.", date(2025, 11, 18)),
        ("We will send it by Friday.", date(2025, 11, 14)),
        ("We'll fix it within two weeks.", date(2025, 11, 26)),
        ("I'll call you tomorrow.", date(2025, 11, 13)),
        # A weekday is the next such day after today (read by our rule, as dateparser would):
        # Wednesday "woensdag" is a week later; "voor vrijdag" is due on Thursday.
        ("We bellen je woensdag.", date(2025, 11, 19)),
        ("We bellen je maandag terug.", date(2025, 11, 17)),
        ("We bellen je voor vrijdag.", date(2025, 11, 13)),
        # A weekday that opens a date is that date (dateparser).
        ("We bellen je vrijdag 5 december.", date(2025, 12, 5)),
        ("We will reply by the end of the month.", date(2025, 11, 30)),
        ("You will hear from us in three days.", date(2025, 11, 15)),
    ],
)
def test_due_date_is_resolved_from_the_written_day(reply: str, due: date) -> None:
    assert only(reply).due == due


@pytest.mark.parametrize(
    "reply",
    [
        "In het voorjaar gaan we de lantaarnpaal repareren.",
        "Ik zoek het zo snel mogelijk uit.",  # dateparser reads "zo" as Sunday
        "We komen er binnenkort op terug.",
        "We will send you the details soon.",  # dateparser reads "We" as Wednesday
        "Ik bel je 's morgens even.",  # in the morning, not tomorrow
    ],
)
def test_vague_or_dateless_promise_has_no_due_date(reply: str) -> None:
    assert only(reply).due is None


@pytest.mark.parametrize(
    "reply",
    [
        "Als je wilt, kun je ons bellen.",
        "Als je wilt, bel ik je morgen.",
        "Mocht u vragen hebben, dan kunt u ons mailen.",
        "Zal ik je morgen bellen?",
        "Sturen we je de brief nog een keer?",
        "Je stuurt ons een foto van de lantaarnpaal.",
        "Jij belde ons vorige week.",
        "We sturen geen brieven over dit onderwerp.",
        "Ik kan je helaas niet bellen.",
        "Ik vraag me af of dat klopt.",
        "We sturen elke maand een nieuwsbrief.",
        "We maken ons zorgen over de veiligheid.",
        "Ik ga ervan uit dat het goed komt.",
        "Middels dit bericht informeren wij u dat de werkzaamheden conform planning verlopen.",
        "Hierbij laten we je weten dat de weg weer open is.",
        "Dank voor je bericht over de lantaarnpaal.",
        "If you like, we'll call you.",
        "We won't send a letter.",
        "We'll see.",
        "Can you send us a photo?",
        "You sent us a photo last week.",
    ],
)
def test_non_promises_are_not_found(reply: str) -> None:
    assert find_commitments(reply, written_at=WRITTEN) == []


def test_spans_slice_the_reply_even_after_emoji() -> None:
    reply = (
        "Hoi Anna 👋🏽, dank je wel!\n\n"
        "Ik laat je vrijdag weten wat de wijkbeheerder ervan vindt. "
        "Als je wilt, kun je ook een foto sturen 📷. "
        "De gemeente stuurt je binnen twee weken een brief."
    )
    found = find_commitments(reply, written_at=WRITTEN)
    assert [reply[c.start : c.end] for c in found] == [c.text for c in found]
    assert [c.text for c in found] == [
        "Ik laat je vrijdag weten wat de wijkbeheerder ervan vindt.",
        "De gemeente stuurt je binnen twee weken een brief.",
    ]
    assert [c.due for c in found] == [date(2025, 11, 14), date(2025, 11, 26)]


def test_a_promise_is_never_due_before_it_was_made() -> None:
    # "3 november" lies before the written day; a promise cannot be due in the past.
    assert only("We sturen je de stukken van 3 november morgen.").due == date(2025, 11, 13)


def test_first_time_mentioned_wins() -> None:
    assert only("Ik bel je morgen en stuur de brief eind van de maand.").due == date(2025, 11, 13)


def test_deze_week_on_a_saturday_is_today_not_yesterday() -> None:
    saturday = datetime(2025, 11, 15, 9, 0)
    assert resolve_due("We sturen het deze week.", written_at=saturday, lang="nl") == date(
        2025, 11, 15
    )


def test_language_vote() -> None:
    assert guess_lang("We will get back to you within two weeks.") == "en"
    assert guess_lang("We komen er binnen twee weken op terug.") == "nl"
    assert guess_lang("👍") == "nl"  # nothing to go on: the app's home language


def test_unknown_language_is_a_clear_error() -> None:
    from reactiewijzer.core.errors import InputError

    with pytest.raises(InputError, match="Onbekende taal"):
        find_commitments("Ik bel je.", written_at=WRITTEN, lang="de")


@pytest.mark.parametrize(
    ("phrase", "what_dateparser_does"),
    [
        ("binnen twee weken", None),
        ("over drie dagen", None),
        ("eind van de maand", None),
        ("binnen vijf werkdagen", None),
        ("volgende week vrijdag", [date(2025, 11, 19), date(2025, 11, 14)]),
        ("eind deze week", [date(2025, 11, 12)]),
        ("Ik zoek het zo snel mogelijk uit", [date(2025, 11, 16)]),
    ],
)
def test_dateparser_still_misses_what_our_rules_cover(phrase: str, what_dateparser_does) -> None:
    """Pins dateparser 1.5.0's Dutch gaps that due_dates.py fills. If an upgrade fixes one,
    this fails: then the rule for it may go (and the comment in due_dates.py with it)."""
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": WRITTEN}
    found = search_dates(phrase, languages=["nl"], settings=settings)
    assert (None if found is None else [d.date() for _, d in found]) == what_dateparser_does
