"""Erasure that erases (every copy, searched with grep -a) and exports that escape every field."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from reactiewijzer.cli import main
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.core.store.export import HEADERS, ICS_FIELDS, ics_field, restore

TODAY = date(2025, 11, 12)
NAME = "Zwanette Oosterhuis"


def grep(folder: Path, needle: str) -> list[str]:
    """Files under `folder` whose bytes hold `needle`, any case: what `grep -a` finds."""
    done = subprocess.run(
        ["grep", "-a", "-r", "-i", "-l", needle, str(folder)], capture_output=True, text=True
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.split()


def test_forget_erases_the_person_from_every_file_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    path = data / "commitments.db"
    with CommitmentStore(path, today=TODAY) as s:
        for i in range(40):
            s.add(f"Ik bel je {i}.", person=NAME, reply=f"Hoi Zwanette, ik bel je {i}.")
            s.add(f"We sturen een brief {i}.", person="Piet", handle="@piet")
        s.add("We mailen je.", handle="@zwanette_o", reply="Dag @zwanette_o")
        for day in range(3):
            s.backup(today=TODAY - timedelta(days=day), force=True)
    # A damaged log kept aside (with the person in it), and a log replaced by a restore.
    damaged = bytearray(path.read_bytes())
    damaged[8192:12288] = b"\xff" * 4096
    path.write_bytes(bytes(damaged))
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        assert s.recovered_from is not None
        s.restore_backup(s.latest_backup())
    # A backup cut short by a crash.
    (data / "backups" / "commitments-2025-11-12.db.partial-9-ab").write_bytes(path.read_bytes())
    assert len(grep(data, "zwanette")) >= 6

    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        report = s.erase(NAME)
        assert report.log_rows == 40
        handle_report = s.erase("@ZWANETTE_O")
        assert handle_report.log_rows == 1
        assert s.search("zwanette") == []
        assert len(s.list("all")) == 40  # Piet's are all there
        message = report.message("nl")
        assert "40 toezegging(en) over Zwanette Oosterhuis gewist uit de lijst" in message
        assert "beschadigde kopie opnieuw opgebouwd" in message
        assert "tijdelijk bestand verwijderd" in message
        assert "commitments-2025-11-10.db: 40 gewist" in message
    assert grep(data, "zwanette") == []
    assert grep(data, "oosterhuis") == []
    assert handle_report.still_found == []
    assert "in geen enkel bestand" in handle_report.message("nl")
    # The other person survives in every copy.
    for backup in (data / "backups").iterdir():
        with CommitmentStore(tmp_path / "probe" / backup.name, auto_backup=False) as probe:
            probe.restore_backup(backup)
            assert len(probe.about("Piet")) == 40


def test_forget_says_where_the_name_is_still_found(tmp_path: Path) -> None:
    with CommitmentStore(tmp_path / "commitments.db", today=TODAY) as s:
        s.add("Ik bel Anna morgen.", person="Anna")
        s.add("Ik vraag het Anna na.", person="Piet")  # mentions her, is not hers
        report = s.erase("Anna")
    assert report.log_rows == 1
    assert [p.name for p in report.still_found] == ["commitments.db"]
    assert "komt nog voor in" in report.message("nl")
    assert "still occurs in" in report.message("en")


def test_cli_forget_prints_what_it_erased(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REACTIEWIJZER_LANG", "en")
    assert main(["commitments", "add", "I'll call.", "--person", NAME]) == 0
    assert main(["commitments", "forget", NAME, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 commitment(s) about Zwanette Oosterhuis erased from the log." in out
    assert "commitments-" in out  # the day's backup, by name
    assert grep(tmp_path / "data", "zwanette") == []


# --- exports ---------------------------------------------------------------------------------

NASTY = [
    '=HYPERLINK("http://evil.example";"klik")',
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A2)",
    "Regel een\r\nregel twee\rregel drie\nregel vier",
    "Met \"aanhalingstekens\", komma's; en puntkomma's",
    "\tmet tab",
    "'al een apostrof",
    "x\r\nATTENDEE:mailto:evil@example.org\r\nBEGIN:VALARM",
    "emoji 😀 en één accent",
]


def _fields(i: int) -> dict[str, str]:
    pick = lambda k: NASTY[(i + k) % len(NASTY)]  # noqa: E731
    return {"text": pick(0), "person": pick(1), "handle": pick(2), "platform": pick(3),
            "thread_ref": pick(4), "reply": pick(5), "thread_excerpt": pick(8)}  # fmt: skip


@pytest.fixture
def nasty_store(tmp_path: Path):
    with CommitmentStore(tmp_path / "log" / "commitments.db", today=TODAY) as s:
        for i in range(len(NASTY)):
            c = s.add(due=TODAY + timedelta(days=i), **_fields(i))
            if i % 3 == 1:
                s.mark_done(c.id, NASTY[(i + 6) % len(NASTY)])
            if i % 3 == 2:
                s.drop(c.id, NASTY[(i + 7) % len(NASTY)])
        yield s


DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("style", ["nl", "en", "plain"])
def test_csv_for_excel_round_trips_every_field(
    nasty_store: CommitmentStore, tmp_path: Path, style: str
) -> None:
    path = tmp_path / f"toezeggingen-{style}.csv"
    assert nasty_store.export_csv(path, style=style) == len(NASTY)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (style != "plain")  # BOM for Excel only
    text = raw.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if style == "nl" else ",")
    header, *rows = list(reader)
    assert tuple(header) == HEADERS[style]
    if style == "nl":
        assert header[:4] == ["Nr", "Toezegging", "Datum", "Status"]
        assert header[8:10] == ["Reactie", "Uit het gesprek"]
    if style == "en":
        assert header[8:10] == ["Reply", "From the thread"]
    originals = {c.id: c.to_dict() for c in nasty_store.list("all")}
    statuses = {"nl": {"open", "gedaan", "vervallen"}, "en": {"open", "done", "dropped"}}
    for row in rows:
        assert len(row) == len(header)  # no field broke out of its cell
        for cell in row:
            assert not cell.startswith(DANGEROUS), cell  # no formula for a spreadsheet
        record = dict(zip(HEADERS["plain"], row, strict=True))
        original = originals[int(record["id"])]
        if style in statuses:
            assert record["status"] in statuses[style]
        for column in ("text", "person", "handle", "platform", "thread_ref", "reply",
                       "thread_excerpt", "note"):  # fmt: skip
            expected = original[column] or ""
            assert restore(record[column]) == expected, (column, record[column])
    # And the log reads its own export back, whatever the style.
    with CommitmentStore(tmp_path / f"other-{style}" / "c.db", today=TODAY) as other:
        assert other.import_csv(path) == len(NASTY)
        assert [c.to_dict() for c in other.list("all")] == [
            c.to_dict() for c in nasty_store.list("all")
        ]


@pytest.mark.parametrize("kind", ["VEVENT", "VTODO"])
def test_ics_round_trips_every_field_and_nothing_breaks_out(
    nasty_store: CommitmentStore, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "agenda.ics"
    assert nasty_store.export_ics(path, filter="all", kind=kind, alarm=timedelta(days=1)) == 10
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # only CRLF line ends
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a character
    # Unfolded, every line is a property we wrote: no ATTENDEE or VALARM from a field.
    unfolded = raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]
    names = {line.split(":", 1)[0].split(";", 1)[0] for line in unfolded}
    assert "ATTENDEE" not in names
    begins = [line for line in unfolded if line.startswith("BEGIN:")]
    open_count = sum(1 for c in nasty_store.list("all") if c.status == "open")
    assert begins.count("BEGIN:VALARM") == open_count  # a reminder on the open ones only

    calendar = Calendar.from_ical(raw)
    items = calendar.walk(kind)
    assert len(items) == 10
    by_id = {c.id: c for c in nasty_store.list("all")}
    for item in items:
        record = by_id[int(str(item["UID"]).split("-")[1])]
        for name in ICS_FIELDS:
            expected = getattr(record, name)
            expected = expected.replace("\r\n", "\n").replace("\r", "\n") if expected else None
            assert ics_field(item, name) == expected, name  # TEXT has no CR: CR LF -> LF
        start = item["DTSTART" if kind == "VEVENT" else "DUE"].dt
        assert start == record.due
        assert "URL" not in item  # a "link" with line breaks is no link
        alarms = item.walk("VALARM")
        if record.status == "open":
            assert alarms[0]["TRIGGER"].dt == timedelta(days=-1)
            assert alarms[0]["ACTION"] == "DISPLAY"
        else:
            assert alarms == []


def test_ics_url_only_for_a_real_link(tmp_path: Path) -> None:
    with CommitmentStore(tmp_path / "c.db", today=TODAY) as s:
        s.add("Ik bel", due=TODAY, thread_ref="https://x.com/gemeente/status/1")
        s.export_ics(tmp_path / "a.ics")
    item = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")[0]
    assert str(item["URL"]) == "https://x.com/gemeente/status/1"
    assert item.walk("VALARM") == []  # no reminder unless asked


@pytest.mark.parametrize("name", ["out.xlsx", "out.xls", "out.txt", "out", "out.csv.exe"])
def test_export_refuses_unknown_file_types(nasty_store: CommitmentStore, tmp_path: Path,
                                           name: str) -> None:  # fmt: skip
    with pytest.raises(InputError) as err:
        nasty_store.export(tmp_path / name)
    assert "niet ondersteund" in err.value.message("nl")
    assert ".csv" in err.value.message("en")
    assert not (tmp_path / name).exists()
    with pytest.raises(InputError):
        nasty_store.export(tmp_path / "a.ics", kind="csv")  # CSV into an .ics name: no


def test_cli_export_follows_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REACTIEWIJZER_LANG", "nl")
    main(["commitments", "add", "Ik bel je; echt", "--due", "2025-12-01"])
    assert main(["commitments", "export", str(tmp_path / "nl.csv")]) == 0
    first = (tmp_path / "nl.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("Nr;Toezegging;Datum;Status")
    assert main(["commitments", "export", str(tmp_path / "p.csv"), "--style", "plain"]) == 0
    assert (tmp_path / "p.csv").read_text(encoding="utf-8").startswith("id,text,due")
    assert main(["commitments", "export", str(tmp_path / "a.ics"), "--alarm", "2"]) == 0
    assert b"TRIGGER;RELATED=START:-P2D" in (tmp_path / "a.ics").read_bytes()
    capsys.readouterr()
    assert main(["commitments", "export", str(tmp_path / "out.xlsx")]) == 2
    assert "niet ondersteund" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()


def test_import_keeps_every_row_even_with_the_same_text_and_second(tmp_path: Path) -> None:
    moment = datetime(2025, 11, 12, 10, 0, 0).astimezone()
    with CommitmentStore(tmp_path / "a" / "c.db", today=TODAY) as s:
        for person in ("Anna", "Anna", "Piet", None):
            s.add("Ik bel je morgen.", person=person, created=moment)
        s.export_csv(tmp_path / "x.csv", style="nl")
    with CommitmentStore(tmp_path / "b" / "c.db", today=TODAY) as other:
        assert other.import_csv(tmp_path / "x.csv") == 4
        assert other.import_csv(tmp_path / "x.csv") == 0  # the same file again doubles nothing
        assert len(other.list("all")) == 4
