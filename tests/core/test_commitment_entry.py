"""Dates as typed in the log, placeholders, quoted promises, editing and searching the log."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reactiewijzer import check
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.promises import find_commitments, format_date, read_typed_date
from reactiewijzer.core.store import CommitmentStore

TODAY = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09-12-2026", date(2026, 12, 9)),  # dateparser alone reads 12 September
        ("9/12/26", date(2026, 12, 9)),
        ("9.12.2026", date(2026, 12, 9)),
        ("2026-12-09", date(2026, 12, 9)),
        ("9-12", date(2026, 12, 9)),
        ("3-1", date(2027, 1, 3)),  # no year: the next 3 January
        ("vrijdag", date(2026, 12, 11)),
        ("9 dec", date(2026, 12, 9)),
        ("morgen", date(2026, 12, 8)),
        ("Friday", date(2026, 12, 11)),
    ],
)
def test_typed_dates_are_read_day_first_and_by_the_promise_reader(typed, expected):
    assert read_typed_date(typed, today=TODAY).day == expected


def test_past_empty_and_impossible_dates():
    assert read_typed_date("01-12-2026", today=TODAY).in_the_past
    assert not read_typed_date("07-12-2026", today=TODAY).in_the_past
    assert read_typed_date("   ", today=TODAY) is None
    for bad in ("31-02-2027", "blabla", "1234"):
        with pytest.raises(InputError):
            read_typed_date(bad, today=TODAY)
    assert format_date(date(2026, 1, 5)) == "05-01-2026"


def test_a_quoted_promise_is_not_a_new_one():
    reply = (
        "Hoi Sanne,\n\nOp 3 november beloofden we je: ‘Ik laat je weten hoe het zit met de "
        "vergunning. We bellen je morgen.’\nIk bel je vrijdag nog even."
    )
    found = find_commitments(reply, written_at=datetime(2026, 12, 7, 10))
    assert [c.text for c in found] == ["Ik bel je vrijdag nog even."]


def test_placeholders_are_errors_and_alt_text_is_not():
    report = check("Hoi Sanne, de lamp is gemaakt.\n[Vertel waarom: ‘… omdat …’]")
    [f] = [f for f in report.findings if f.rule == "broadcast_only.placeholder"]
    assert f.severity == "error" and f.match == "[Vertel waarom: ‘… omdat …’]"
    report = check("Zie de kaart. [Beschrijving: kaart met de omleiding langs de N210.]")
    assert not [f for f in report.findings if f.rule == "broadcast_only.placeholder"]


def test_edit_changes_every_field_and_search_keeps_to_the_filter(tmp_path):
    with CommitmentStore(tmp_path / "c.db", today=TODAY, auto_backup=False) as store:
        a = store.add("We sturen de brief.", due=date(2026, 12, 1), person="Piet")
        store.add("Ik bel over de brief.", due=date(2026, 12, 20), person="Anna")
        changed = store.edit(
            a.id, person="Sandra", handle="@s", due=date(2026, 12, 9), platform="facebook",
            note="intern", thread_ref="https://example.org/t/1", text="We sturen de brief op.",
        )  # fmt: skip
        assert (changed.person, changed.handle, changed.due, changed.platform) == (
            "Sandra",
            "@s",
            date(2026, 12, 9),
            "facebook",
        )
        assert (changed.note, changed.text) == ("intern", "We sturen de brief op.")
        assert store.edit(a.id, person="", note="").person is None
        with pytest.raises(InputError):
            store.edit(a.id, status="done")
        with pytest.raises(InputError):
            store.edit(a.id, text="  ")
        store.edit(a.id, due=date(2026, 12, 1))
        overdue = store.search("brief", filter="overdue", today=TODAY)
        assert [c.id for c in overdue] == [a.id]
        assert len(store.search("brief", today=TODAY)) == 2
