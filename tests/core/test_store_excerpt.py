"""The thread excerpt kept with a commitment: what the log keeps of the thread, a log made by
the schema before it upgrading without losing anything, and erasure taking it along.
All on real SQLite files."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from old_log import OLD_ROWS, fill_old_log, make_old_log  # tests/core/old_log.py

from reactiewijzer.cli import main
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.promises import MAX_EXCERPT, excerpt_for, recipient
from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.core.store import salvage as store_salvage
from reactiewijzer.core.store import schema as store_schema
from reactiewijzer.core.store.export import ics_field
from reactiewijzer.core.store.records import COLUMNS
from reactiewijzer.core.thread import addressee, read_thread

TODAY = date(2025, 11, 12)
THREAD = (
    "Sandra Bakker\n@sandra_b\n·\n3 u\nWanneer gaat de A27 weer open? En geldt de omleiding ook "
    "voor vrachtverkeer?\n\n"
    "Ruud Smit\n@ruudsmit\n·\n1 u\nIk sta er ook al een uur. Echt weer typisch.\n"
)
SANDRA_POST = (
    "Sandra Bakker (@sandra_b): Wanneer gaat de A27 weer open? En geldt de omleiding ook voor "
    "vrachtverkeer?"
)


def grep(folder: Path, needle: str) -> list[str]:
    done = subprocess.run(
        ["grep", "-a", "-r", "-i", "-l", needle, str(folder)], capture_output=True, text=True
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.split()


# --- what is kept ---------------------------------------------------------------------------


def test_the_excerpt_is_the_post_of_whom_the_reply_answers():
    greeted = recipient(THREAD, "Hoi Ruud, vervelend dat je vaststond.")
    assert (greeted.name, greeted.handle) == ("Ruud Smit", "@ruudsmit")
    assert greeted.excerpt == "Ruud Smit (@ruudsmit): Ik sta er ook al een uur. Echt weer typisch."
    # No greeting: who asked the open question, not who posted last.
    assert recipient(THREAD, "De A27 is maandag weer open.").excerpt == SANDRA_POST
    # The user names someone else in the log dialog: that person's post, or nothing of anyone's.
    draft = "Hoi Sandra, de A27 is maandag weer open."
    assert excerpt_for(THREAD, draft, "Sandra Bakker", "@sandra_b") == SANDRA_POST
    assert excerpt_for(THREAD, draft, "ruud smit", None).startswith("Ruud Smit (@ruudsmit):")
    assert excerpt_for(THREAD, draft, None, "RUUDSMIT").startswith("Ruud Smit")
    assert excerpt_for(THREAD, draft, "Piet", None) is None
    assert excerpt_for(None, draft, "Sandra Bakker", None) is None
    # A comment pasted on its own, without a name: the reply still answers it.
    alone = "Wanneer gaat de brug weer open? Ik moet morgen naar mijn werk."
    assert recipient(alone, "Hoi, morgen om 8 uur.").excerpt == alone
    assert excerpt_for(alone, "Hoi, morgen om 8 uur.", "Jan", None) == alone


def test_a_long_post_is_cut_at_a_word_within_the_bound():
    words = " ".join(f"woord{i}" for i in range(600))
    thread = f"Sandra Bakker\n@sandra_b\n·\n3 u\n{words}?\n"
    found = recipient(thread, "Hoi Sandra").excerpt
    assert len(found) <= MAX_EXCERPT
    assert found.startswith("Sandra Bakker (@sandra_b): woord0 woord1")
    assert found.endswith(" …")
    last = found[: -len(" …")].split()[-1]
    assert last in words.split()  # a whole word, not a cut one


def test_the_store_keeps_searches_and_bounds_the_excerpt(tmp_path: Path):
    with CommitmentStore(tmp_path / "c.db", today=TODAY) as s:
        made = s.add(
            "Ik laat je vrijdag weten.", person="Sandra Bakker", thread_excerpt=SANDRA_POST
        )
        [many] = s.add_many(
            [type("C", (), {"text": "We bellen je.", "due": None})()],
            person="Ruud Smit",
            thread_excerpt="  Ruud Smit: Ik sta er ook al een uur.\n",
        )
        assert s.get(made.id).thread_excerpt == SANDRA_POST
        assert many.thread_excerpt == "Ruud Smit: Ik sta er ook al een uur."
        assert [c.id for c in s.search("vrachtverkeer")] == [made.id]  # only in the excerpt
        assert [c.id for c in s.search("omleiding", filter="open")] == [made.id]
        with pytest.raises(InputError, match="fragment uit het gesprek"):
            s.add("Te lang.", thread_excerpt="x" * (MAX_EXCERPT + 1))
        assert s.count("all") == 2
        exported = s.list("all")[0].to_dict()
        assert list(exported) == list(COLUMNS) and "thread_excerpt" in exported


def test_the_excerpt_goes_into_the_calendar_and_comes_back(tmp_path: Path):
    excerpt = "Sandra (@s): Gaat de A27 open?\nEn de omleiding; ook voor vrachtverkeer, toch?"
    with CommitmentStore(tmp_path / "c.db", today=TODAY) as s:
        s.add("Ik bel je.", due=TODAY + timedelta(days=2), thread_excerpt=excerpt)
        s.export_ics(tmp_path / "a.ics")
    [event] = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
    assert ics_field(event, "thread_excerpt") == excerpt
    assert "Uit het gesprek / From the thread: Sandra (@s)" in str(event["DESCRIPTION"])


def test_cli_add_takes_the_thread_and_shows_the_excerpt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REACTIEWIJZER_LANG", "nl")
    (tmp_path / "thread.txt").write_text(THREAD, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(
        "Hoi Sandra, ik laat je vrijdag weten wanneer de A27 weer opengaat.", encoding="utf-8"
    )
    argv = ["commitments", "add", "--from-reply", str(tmp_path / "reply.txt")]
    assert main([*argv, "--thread-file", str(tmp_path / "thread.txt")]) == 0
    out = capsys.readouterr().out
    assert "[Sandra Bakker]" in out and f"Uit het gesprek:\n  {SANDRA_POST}" in out
    assert main(["commitments", "add", "Ik mail je.", "--excerpt", "Piet: kan het sneller?"]) == 0
    capsys.readouterr()
    assert main(["commitments", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["person"], r["handle"], r["thread_excerpt"]) for r in rows] == [
        ("Sandra Bakker", "@sandra_b", SANDRA_POST),
        (None, None, "Piet: kan het sneller?"),
    ]
    assert main(["commitments", "search", "sneller", "--format", "json"]) == 0
    assert [r["text"] for r in json.loads(capsys.readouterr().out)] == ["Ik mail je."]


# --- a log made before the excerpt ------------------------------------------------------------


def test_an_old_log_upgrades_without_losing_anything(tmp_path: Path):
    path = tmp_path / "data" / "commitments.db"
    path.parent.mkdir()
    make_old_log(path)
    before = fill_old_log(path)
    old_copy = tmp_path / "old-backup.db"
    old_copy.write_bytes(path.read_bytes())
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        after = s.db.execute(f"SELECT {', '.join(store_schema.COLUMNS_M001)} FROM commitments "
                             "ORDER BY id").fetchall()  # fmt: skip
        assert after == before  # every cell of every row, byte for byte
        columns = [r[1] for r in s.db.execute("PRAGMA table_info(commitments)")]
        assert tuple(columns) == store_schema.STORED_COLUMNS
        assert sorted(columns) == sorted(COLUMNS)
        assert all(c.thread_excerpt is None for c in s.list("all"))
        # The old rows are still found, the new column is searched too.
        assert [c.text for c in s.search("brief")] == ["We sturen een brief."]
        assert [c.text for c in s.search("kenmerk")] == ["We sturen een brief."]
        new = s.add("Ik mail je.", person="Anna de Vries", thread_excerpt="Anna: Hoe zit het?")
        assert [c.id for c in s.search("hoe zit")] == [new.id]
        s.mark_done(new.id, "gemaild")
        assert [c.id for c in s.search("gemaild")] == [new.id]
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        s.db.execute("INSERT INTO commitments_fts(commitments_fts) VALUES ('integrity-check')")
        applied = [m.name for m in store_schema.migrations.applied(s.db)]
        assert applied == [
            "m001_create_commitments",
            "m002_indexes",
            "m003_full_text_search",
            "m004_thread_excerpt",
        ]
    # Opening again changes nothing more.
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        assert len(store_schema.migrations.applied(s.db)) == 4
        assert s.count("all") == 4
        # A backup made before the upgrade restores into the new schema, every row kept.
        s.restore_backup(old_copy)
        assert sorted(c.text for c in s.list("all")) == sorted(r[0] for r in OLD_ROWS)
        assert [c.text for c in s.search("brief")] == ["We sturen een brief."]
        s.add("Na het terugzetten.", thread_excerpt="Anna: nog één vraag")
        assert [c.text for c in s.search("vraag")] == ["Na het terugzetten."]


def test_old_and_new_rows_are_both_read_from_the_raw_pages(tmp_path: Path):
    """A damaged log is salvaged page by page: rows from before the upgrade have 13 cells on
    disk, rows since 14; both are read back with every field."""
    path = tmp_path / "commitments.db"
    make_old_log(path)
    fill_old_log(path)
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        s.add("Nieuw.", person="Ruud", thread_excerpt="Ruud Smit: Echt weer typisch.")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = store_salvage.scan_pages(path)
    texts = {r["text"]: r for r in rows.values()}
    assert set(texts) == {row[0] for row in OLD_ROWS} | {"Nieuw."}
    assert texts["Nieuw."]["thread_excerpt"] == "Ruud Smit: Echt weer typisch."
    assert texts["We sturen een brief."]["note"] == "Verstuurd; ‘kenmerk’ 12"
    assert "thread_excerpt" not in texts["We sturen een brief."]


# --- erasure --------------------------------------------------------------------------------


def test_erasure_takes_the_excerpt_from_the_log_its_index_and_every_backup(tmp_path: Path):
    data = tmp_path / "data"
    path = data / "commitments.db"
    data.mkdir()
    # A backup from before the upgrade: no excerpt column, still cleaned in place.
    make_old_log(path)
    fill_old_log(path)
    with CommitmentStore(path, today=TODAY) as s:
        s.backup(today=TODAY - timedelta(days=2), force=True)
    old_backup = data / "backups" / f"commitments-{TODAY - timedelta(days=2)}.db"
    assert old_backup.exists()
    with CommitmentStore(path, today=TODAY) as s:
        s.add(
            "Ik laat je vrijdag weten wanneer de sluis opengaat.",
            person="Zwanette Oosterhuis",
            handle="@zwanette_o",
            thread_excerpt="Zwanette Oosterhuis (@zwanette_o): Wanneer gaat de sluis bij "
            "Kornwerderzandstraat weer open?",
        )
        # Someone else's promise, whose excerpt quotes her: the excerpt goes, the promise stays.
        other = s.add(
            "We sturen Piet de planning.",
            person="Piet",
            thread_excerpt="Piet: @zwanette_o heeft gelijk, de sluis is al weken dicht.",
        )
        # A mention in the middle of a word is not her.
        kept = s.add("We bellen Ans.", person="Ans", thread_excerpt="Ans: Zwanettedorp is mooi.")
        s.backup(today=TODAY, force=True)
    assert grep(data, "kornwerderzandstraat")  # in the log and the backup

    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        report = s.erase("@zwanette_o")
        assert report.log_rows == 2  # the new promise and the old dropped one
        assert report.excerpts == 1
        assert "1 fragment(en) uit het gesprek" in report.message("nl")
        assert "1 thread excerpt(s)" in report.message("en")
        assert s.get(other.id).thread_excerpt is None
        assert s.get(other.id).text == "We sturen Piet de planning."
        assert s.get(kept.id).thread_excerpt == "Ans: Zwanettedorp is mooi."
        assert s.search("kornwerderzandstraat") == [] and s.search("weken") == []
        assert [c.id for c in s.search("zwanettedorp")] == [kept.id]
        s.db.execute("INSERT INTO commitments_fts(commitments_fts) VALUES ('integrity-check')")
        assert report.rebuilt == []  # the old backup is cleaned in place, not taken for damaged
        assert {p.name for p, _ in report.copies} >= {old_backup.name}
    assert grep(data, "kornwerderzandstraat") == []
    assert grep(data, "weken dicht") == []
    assert grep(data, "zwanette_o") == []


def test_an_excerpt_naming_a_person_in_another_case_goes_too(tmp_path: Path):
    with CommitmentStore(tmp_path / "c.db", today=TODAY, auto_backup=False) as s:
        s.add("Ik bel Zoë.", person="Zoë Özdemir")
        quoted = s.add(
            "We mailen Piet.", person="Piet", thread_excerpt="Piet: ZOË ÖZDEMIR zei het al"
        )
        ascii_case = s.add("We mailen Ans.", person="Ans", thread_excerpt="Ans: zoë özdemir ook")
        other = s.add("We mailen Bo.", person="Bo", thread_excerpt="Bo: Zoë had gelijk")
        report = s.erase("Zoë Özdemir")
        assert (report.log_rows, report.excerpts) == (1, 2)
        assert s.get(quoted.id).thread_excerpt is None
        assert s.get(ascii_case.id).thread_excerpt is None
        assert s.get(other.id).thread_excerpt == "Bo: Zoë had gelijk"  # another Zoë, maybe


def test_a_paste_without_names_has_an_excerpt_but_no_addressee():
    alone = "Wanneer gaat de brug weer open? Ik moet morgen naar mijn werk."
    assert addressee(read_thread(alone)) is None  # the reader names nobody it cannot name
    found = recipient(alone, "Hoi, morgen om 8 uur.")
    assert (found.name, found.handle, found.excerpt) == (None, None, alone)
