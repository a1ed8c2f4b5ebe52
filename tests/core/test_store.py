"""The commitment log on a real SQLite file in a temporary data folder."""

from __future__ import annotations

import csv
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from reactiewijzer.core.errors import InputError
from reactiewijzer.core.model import Commitment
from reactiewijzer.core.promises import follow_up_draft
from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.core.store.schema import TABLE, migrate

TODAY = date(2025, 11, 12)  # a Wednesday


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path):
    with CommitmentStore(today=TODAY) as s:
        yield s


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_add_and_get_keep_every_field(store: CommitmentStore) -> None:
    made = store.add(
        "Ik laat je vrijdag weten hoe het zit.",
        due=date(2025, 11, 14),
        person="Anna de Vries",
        handle="@anna_dv",
        platform="x",
        thread_ref="https://x.com/anna_dv/status/1",
        reply="Hoi Anna, ik laat je vrijdag weten hoe het zit. 👋",
    )
    again = store.get(made.id)
    assert again == made
    assert (again.status, again.due, again.handle) == ("open", date(2025, 11, 14), "@anna_dv")
    assert again.reply.endswith("👋")


def test_empty_or_missing_commitments_are_clear_errors(store: CommitmentStore) -> None:
    with pytest.raises(InputError, match="leeg"):
        store.add("   ")
    with pytest.raises(InputError, match="bestaat niet"):
        store.get(999)


def test_filters_show_the_right_commitments(store: CommitmentStore) -> None:
    late = store.add("Te laat", due=TODAY - timedelta(days=3))
    friday = store.add("Vrijdag", due=date(2025, 11, 14))
    sunday = store.add("Zondag", due=date(2025, 11, 16))
    later = store.add("Volgende maand", due=date(2025, 12, 15))
    undated = store.add("Ooit")
    done = store.add("Klaar", due=TODAY)
    dropped = store.add("Vervallen", due=TODAY)
    store.mark_done(done.id, "gedaan")
    store.drop(dropped.id, "niet meer nodig")

    def ids(name: str) -> list[int]:
        return [c.id for c in store.list(name, today=TODAY)]

    assert ids("overdue") == [late.id]
    assert ids("due_this_week") == [friday.id, sunday.id]
    assert ids("open") == [late.id, friday.id, sunday.id, later.id, undated.id]
    assert ids("done") == [done.id]
    assert ids("dropped") == [dropped.id]
    assert sorted(ids("all")) == sorted([late.id, friday.id, sunday.id, later.id, undated.id,
                                         done.id, dropped.id])  # fmt: skip
    assert [c.id for c in store.due_soon(TODAY, days=2)] == [late.id, friday.id]
    assert store.count("overdue", today=TODAY) == 1


def test_mark_done_drop_reopen_and_set_due(store: CommitmentStore) -> None:
    c = store.add("We repareren de lantaarnpaal.", due=TODAY)
    done = store.mark_done(c.id, "De lamp is vervangen.")
    assert (done.status, done.note) == ("done", "De lamp is vervangen.")
    assert done.done_at is not None
    assert store.reopen(c.id).status == "open"
    assert store.set_due(c.id, date(2025, 12, 1)).due == date(2025, 12, 1)
    assert store.set_due(c.id, None).due is None
    assert store.drop(c.id).status == "dropped"


def test_full_text_search(store: CommitmentStore) -> None:
    lamp = store.add("We repareren de lantaarnpaal in de Kerkstraat.", person="Piet Jansen")
    café = store.add("Ik bel het café.", handle="@buurtbewoner", reply="Hoi! Ik bel het café.")
    store.mark_done(lamp.id, "Monteur is langs geweest")

    def found(q: str) -> list[int]:
        return [c.id for c in store.search(q)]

    assert found("lantaarn") == [lamp.id]  # prefix while typing
    assert found("jansen") == [lamp.id]  # person
    assert found("@buurtbewoner") == [café.id]  # handle
    assert found("monteur") == [lamp.id]  # the note, added by an update
    assert found("cafe") == [café.id]  # without the accent
    assert found("kerkstraat lantaarnpaal") == [lamp.id]  # all words
    assert found("kerkstraat café") == []
    # FTS syntax typed by a user is just text, never an error.
    assert found('"AND ( OR NEAR*') == []
    assert found("") == []


def test_search_survives_a_table_transform(store: CommitmentStore) -> None:
    store.add("Voor de verbouwing", person="Vera")
    store.db[TABLE].transform(types={"platform": str})  # drops the FTS triggers with the table
    migrate(store.db)
    after = store.add("Na de verbouwing", person="Vera")
    store.mark_done(after.id, "opgelost")
    assert [c.text for c in store.search("verbouwing")] == ["Voor de verbouwing",
                                                            "Na de verbouwing"]  # fmt: skip
    assert [c.id for c in store.search("opgelost")] == [after.id]


def test_forget_erases_a_person_everywhere(store: CommitmentStore, data_dir: Path) -> None:
    store.add("Ik bel Zwanette morgen.", person="Zwanette Oosterhuis", reply="Hoi Zwanette")
    store.add("We mailen je.", handle="@zwanette_o", reply="Dag Zwanette")
    kept = store.add("We sturen Piet een brief.", person="Piet")
    store.backup(today=TODAY, force=True)
    assert store.forget("zwanette oosterhuis") == 1
    assert store.forget("ZWANETTE_O") == 1  # handle, any case, with or without @
    assert [c.id for c in store.list("all")] == [kept.id]
    assert store.search("zwanette") == []
    store.close()
    # Gone from the bytes of the database, its log and the backups, not just unlinked.
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        assert b"zwanette" not in path.read_bytes().lower(), path  # the index holds lower case


def test_purge_removes_finished_commitments_after_the_retention(data_dir: Path) -> None:
    with CommitmentStore(today=TODAY) as s:
        old_done = s.add("Oud en klaar")
        recent_done = s.add("Recent klaar")
        old_open = s.add("Oud maar open", due=TODAY - timedelta(days=500))
        s.mark_done(old_done.id)
        s.mark_done(recent_done.id)
        # Pretend the first was closed 400 days ago and the second 100 days ago.
        for cid, days in ((old_done.id, 400), (recent_done.id, 100)):
            closed = datetime.combine(TODAY - timedelta(days=days), datetime.min.time())
            s.db[TABLE].update(cid, {"done_at": closed.astimezone().isoformat()})
    # Applied automatically when the log is opened.
    with CommitmentStore(today=TODAY) as s:
        assert sorted(c.id for c in s.list("all")) == [recent_done.id, old_open.id]
        assert s.purge(retention_days=30, today=TODAY) == 1
        assert [c.id for c in s.list("all")] == [old_open.id]


def test_csv_export_neutralises_formulas_and_round_trips(store: CommitmentStore,
                                                         tmp_path: Path) -> None:  # fmt: skip
    texts = [
        '=HYPERLINK("http://evil.example","klik")',
        "+31 6 12345678 bellen",
        "-1 dag",
        "@SUM(A1:A2)",
        "\tgetabd",
        "\rcarriage",
        "'al een apostrof",
        'Gewoon, met "aanhalingstekens"\nen een regel erbij 😀',
    ]
    for i, text in enumerate(texts):
        c = store.add(text, due=TODAY + timedelta(days=i), person="=Mallory", handle="@mal")
        if i % 3 == 0:
            store.mark_done(c.id, "-gedaan")
    path = tmp_path / "toezeggingen.csv"
    assert store.export_csv(path) == len(texts)
    assert mode(path) == 0o600
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    dangerous = ("=", "+", "-", "@", "\t", "\r")
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(dangerous), (column, cell)
    assert {r["text"] for r in rows} >= {
        '\'=HYPERLINK("http://evil.example","klik")',
        "''al een apostrof",
    }

    with CommitmentStore(tmp_path / "other" / "c.db", today=TODAY) as other:
        assert other.import_csv(path) == len(texts)
        assert other.import_csv(path) == 0  # already there: nothing doubled
        assert [c.to_dict() for c in other.list("all")] == [c.to_dict() for c in store.list("all")]


def test_csv_import_reports_every_bad_line_and_imports_nothing(store: CommitmentStore,
                                                               tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "bad.csv"
    path.write_text("text,status,due\nGoed,open,2025-12-01\nFout,klaar,\n,open,\nX,open,morgen\n")
    with pytest.raises(InputError) as err:
        store.import_csv(path)
    message = err.value.message("nl")
    assert "bad.csv:3: onbekende status 'klaar'" in message
    assert "bad.csv:4: de toezegging is leeg" in message
    assert "bad.csv:5: due: 'morgen' is geen datum" in message
    assert store.list("all") == []
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\xff\xfe\x00binary\x00junk")
    with pytest.raises(InputError, match="geen UTF-8"):
        store.import_csv(junk)


def unfold(ics: bytes) -> list[str]:
    text = ics.decode("utf-8")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


@pytest.mark.parametrize("kind", ["VEVENT", "VTODO"])
def test_ics_export_is_valid_icalendar(store: CommitmentStore, tmp_path: Path, kind: str) -> None:
    long_text = "We repareren de lantaarnpaal; daarna, zoals beloofd, de stoep. " * 3 + "✅🚧"
    a = store.add(long_text, due=date(2025, 11, 14), person="Anna", thread_ref="https://x.com/a/1")
    b = store.add("Ik bel je", due=date(2025, 12, 1))
    store.add("Zonder datum")  # no due date: not in the agenda
    path = tmp_path / "agenda.ics"
    assert store.export_ics(path, kind=kind) == 2
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n")
    physical = raw.split(b"\r\n")[:-1]
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare line feeds
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
    assert any(line.startswith(b" ") for line in physical)  # the long summary was folded
    lines = unfold(raw)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert any(line.startswith("PRODID:") for line in lines)
    blocks, current = [], None
    for line in lines[1:-1]:
        if line == f"BEGIN:{kind}":
            current = []
        elif line == f"END:{kind}":
            blocks.append(dict(item.split(":", 1) for item in current))
            current = None
        elif current is not None:
            current.append(line)
    assert len(blocks) == 2
    for block, c in zip(blocks, (a, b), strict=True):
        assert block["UID"].startswith(f"commitment-{c.id}-")
        assert len(block["DTSTAMP"]) == 16 and block["DTSTAMP"].endswith("Z")
        key = "DTSTART;VALUE=DATE" if kind == "VEVENT" else "DUE;VALUE=DATE"
        assert block[key] == c.due.strftime("%Y%m%d")
    assert len({b["UID"] for b in blocks}) == 2
    # TEXT escaping: ; and , escaped, so the value reads back exactly.
    summary = blocks[0]["SUMMARY"]
    assert "\\;" in summary and "\\," in summary
    unescaped = summary.replace("\\;", ";").replace("\\,", ",").replace("\\\\", "\\")
    assert unescaped == f"Toezegging (Anna): {long_text.strip()}"
    assert blocks[0]["URL"] == "https://x.com/a/1"


def test_files_are_owner_only(store: CommitmentStore, data_dir: Path) -> None:
    store.add("Iets")
    assert mode(data_dir) == 0o700
    for name in ("commitments.db", "commitments.db-wal", "commitments.db-shm"):
        assert mode(data_dir / name) == 0o600, name
    assert mode(data_dir / "backups") == 0o700
    for backup in store.backups():
        assert mode(backup) == 0o600


def test_store_is_in_wal_mode_with_foreign_keys(store: CommitmentStore) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_corrupt_file_is_moved_aside_and_a_fresh_log_starts(data_dir: Path) -> None:
    with CommitmentStore(today=TODAY) as s:
        s.add("Van voor de schade")
        s.backup(today=TODAY, force=True)
    db_file = data_dir / "commitments.db"
    junk = b"this is not a database at all " * 200
    db_file.write_bytes(junk)
    with CommitmentStore(today=TODAY + timedelta(days=1), auto_backup=False) as s:
        assert s.recovered_from is not None
        assert s.recovered_from.read_bytes() == junk  # kept, never deleted
        assert "beschadigd" in s.recovery_message("nl")
        assert "commitments-2025-11-12.db" in s.recovery_message("nl")
        assert "damaged" in s.recovery_message("en")
        assert "\n" not in s.recovery_message("nl")
        assert s.latest_backup().name == "commitments-2025-11-12.db"
        assert s.list("all") == []
        s.add("Na de schade")  # the fresh log works
        kept = s.restore_backup(s.latest_backup())
        assert [c.text for c in s.list("all")] == ["Van voor de schade"]
        assert kept.exists()  # the log replaced by the restore is kept too


def test_damaged_pages_behind_a_good_header_are_recovered(data_dir: Path) -> None:
    with CommitmentStore(today=TODAY, auto_backup=False) as s:
        for i in range(300):
            s.add(f"Toezegging {i}", reply="x" * 500)
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_file = data_dir / "commitments.db"
    data = bytearray(db_file.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)  # every page after the first
    db_file.write_bytes(bytes(data))
    with CommitmentStore(today=TODAY, auto_backup=False) as s:
        assert s.recovered_from is not None and s.recovered_from.exists()
        assert "Er is nog geen back-up." in s.recovery_message("nl")
        assert s.add("Opnieuw begonnen").id == 1


def test_backups_keep_the_last_seven(data_dir: Path) -> None:
    with CommitmentStore(today=TODAY, auto_backup=False) as s:
        s.add("Bewaard")
        for day in range(10):
            s.backup(today=TODAY + timedelta(days=day))
        assert s.backup(today=TODAY + timedelta(days=9)) is None  # once a day
        names = [p.name for p in s.backups()]
    expected = [f"commitments-{TODAY + timedelta(days=d)}.db" for d in range(3, 10)]
    assert names == expected
    for path in (data_dir / "backups").iterdir():
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT text FROM commitments").fetchall() == [("Bewaard",)]
        finally:
            conn.close()


def test_opening_makes_the_daily_backup(data_dir: Path) -> None:
    with CommitmentStore(today=TODAY) as s:
        assert s.backups() == []  # an empty log has nothing a backup could give back
        s.add("Iets om te bewaren")
    with CommitmentStore(today=TODAY) as s:
        assert [p.name for p in s.backups()] == ["commitments-2025-11-12.db"]


def test_add_many_logs_confirmed_commitments_together(store: CommitmentStore) -> None:
    found = [Commitment("Ik bel je morgen.", 0, 17, date(2025, 11, 13)),
             Commitment("We sturen een brief.", 18, 38, None)]  # fmt: skip
    saved = store.add_many(found, person="Anna", reply="Ik bel je morgen. We sturen een brief.")
    assert [(c.text, c.due, c.person) for c in saved] == [
        ("Ik bel je morgen.", date(2025, 11, 13), "Anna"),
        ("We sturen een brief.", None, "Anna"),
    ]


def test_follow_up_draft_closes_the_loop(store: CommitmentStore) -> None:
    c = store.add(
        "Ik laat je vrijdag weten wanneer de lantaarnpaal wordt gerepareerd.",
        person="Anna de Vries",
        created=datetime(2025, 11, 12, 10, 0).astimezone(),
        reply="Hoi Anna, ik laat je vrijdag weten wanneer de lantaarnpaal wordt gerepareerd.",
    )
    with pytest.raises(InputError):
        follow_up_draft(c)
    done = store.mark_done(c.id, "intern: ticket 4711, aannemer Jansen gebeld")
    internal = follow_up_draft(done)
    assert "4711" not in internal and "Jansen" not in internal  # the note is internal
    assert "[vul in wat er gedaan is]" in internal
    draft = follow_up_draft(
        done, done_text="de monteur heeft de lamp vervangen omdat die kapot was"
    )
    assert draft.startswith("Hoi Anna,")
    assert "Op 12 november beloofden we je: ‘Ik laat je vrijdag weten" in draft
    assert "Dit hebben we gedaan: de monteur heeft de lamp vervangen omdat die kapot was." in draft
    assert "[Vertel waarom" not in draft  # the note already says why
    english = store.add("I'll call you tomorrow.", handle="@sam", reply="Hi Sam, I'll call you.")
    text = follow_up_draft(store.mark_done(english.id))
    assert text.startswith("Hi @sam,")
    assert "[fill in what was done]" in text and "[Say why" in text


def test_damage_found_while_in_use_is_recovered_at_once(data_dir: Path) -> None:
    path = data_dir / "commitments.db"
    with CommitmentStore(today=TODAY, auto_backup=False) as s:
        for i in range(300):
            s.add(f"Toezegging {i}", reply="x" * 500)
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with CommitmentStore(today=TODAY, auto_backup=False) as s:
        data = bytearray(path.read_bytes())
        data[8192:] = b"Z" * (len(data) - 8192)
        path.write_bytes(bytes(data))
        s.db.execute("PRAGMA shrink_memory")  # the pages read by the check at open
        # Found in use: the readable rows go into a fresh log and the call is answered there.
        rows = s.list("all")
        assert s.recovered_from is not None and s.recovered_from.exists()
        assert "beschadigd" in s.recovery_message("nl")
        assert len(rows) == s.salvaged
        assert s.add("Verder in een nieuwe lijst").text == "Verder in een nieuwe lijst"
