"""A commitment log as the app made it before the thread excerpt (schema m001 to m003), for
the upgrade tests: a real SQLite file, made by the migrations that shipped then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from reactiewijzer.core.store import schema as store_schema


def make_old_log(path: Path) -> None:
    """A log as the app made it before the excerpt: the migrations that shipped then (m001 to
    m003, never changed since), in the same migration set, with WAL on, as `connect` does."""
    old = Migrations("reactiewijzer.commitments")
    for fn in (
        store_schema.m001_create_commitments,
        store_schema.m002_indexes,
        store_schema.m003_full_text_search,
    ):
        old()(fn)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn)
    old.apply(db)
    assert "thread_excerpt" not in db["commitments"].columns_dict
    conn.close()


OLD_ROWS = [
    ("Ik bel je vrijdag.", "2025-11-14", "open", "Anna de Vries", "@anna", "x",
     "https://x.example/1", "Hoi Anna, ik bel je vrijdag. 👋", "2025-11-10T09:00:00+01:00",
     None, None, "2025-11-10T09:00:00+01:00"),
    ("We sturen een brief.", None, "done", "Piet", None, "facebook", None,
     "Beste Piet,\r\nwe sturen een brief.\n'=1+1", "2025-11-01T10:00:00+01:00",
     "2025-11-05T10:00:00+01:00", "Verstuurd; ‘kenmerk’ 12", "2025-11-05T10:00:00+01:00"),
    ("Zwanette krijgt bericht.", "2025-12-01", "dropped", "Zwanette Oosterhuis", "@zwanette_o",
     None, None, "Dag Zwanette", "2025-11-02T10:00:00+01:00", "2025-11-03T10:00:00+01:00",
     "Niet meer nodig", "2025-11-03T10:00:00+01:00"),
]  # fmt: skip
OLD_NAMES = ("text", "due", "status", "person", "handle", "platform", "thread_ref", "reply",
             "created", "done_at", "note", "updated")  # fmt: skip


def fill_old_log(path: Path) -> list[tuple]:
    conn = sqlite3.connect(str(path), isolation_level=None)
    for row in OLD_ROWS:
        conn.execute(
            f"INSERT INTO commitments ({', '.join(OLD_NAMES)}) VALUES ({', '.join('?' * 12)})", row
        )
    stored = conn.execute("SELECT * FROM commitments ORDER BY id").fetchall()
    conn.close()  # the last connection: its WAL is folded into the file
    return stored
