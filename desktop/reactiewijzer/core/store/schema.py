"""The commitment database's connection settings, schema and migrations.

Migrations use sqlite-utils' own `Migrations` (4.2.1 has it: a `_sqlite_migrations` table,
each migration applied once inside a transaction). Add a new schema change as a new
function at the end; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

TABLE = "commitments"
FTS_COLUMNS = ("text", "person", "handle", "note", "reply", "thread_excerpt")
# The table's columns in the order they are stored, for each shape a log has had: rows written
# before m004 keep their 13 cells on disk (ADD COLUMN rewrites nothing), so a damaged page is
# read with the shape of its own record (salvage.py).
COLUMNS_M001 = ("id", "text", "due", "status", "person", "handle", "platform", "thread_ref",
                "reply", "created", "done_at", "note", "updated")  # fmt: skip
STORED_COLUMNS = (*COLUMNS_M001, "thread_excerpt")
STATUSES = ("open", "done", "dropped")
BUSY_TIMEOUT_MS = 5000  # another process (app and CLI at once) may hold the write lock briefly

migrations = Migrations("reactiewijzer.commitments")


@migrations()
def m001_create_commitments(db: Database) -> None:
    db[TABLE].create(
        {
            "id": int,
            "text": str,
            "due": str,  # ISO date "2025-11-14", or NULL
            "status": str,  # open | done | dropped
            "person": str,
            "handle": str,
            "platform": str,
            "thread_ref": str,  # link or reference to the thread, if given
            "reply": str,  # the reply the promise came from
            "created": str,  # ISO timestamp with offset
            "done_at": str,  # when it was marked done or dropped
            "note": str,
            "updated": str,
        },
        pk="id",
        not_null={"text", "status", "created", "updated"},
        defaults={"status": "open"},
        strict=True,
    )


@migrations()
def m002_indexes(db: Database) -> None:
    # The lists filter on status and sort by due date; retention looks at done_at;
    # "forget" looks people up without regard to case.
    db.execute(f"CREATE INDEX idx_{TABLE}_status_due ON {TABLE}(status, due)")
    db.execute(f"CREATE INDEX idx_{TABLE}_status_done_at ON {TABLE}(status, done_at)")
    db.execute(f"CREATE INDEX idx_{TABLE}_person ON {TABLE}(person COLLATE NOCASE)")
    db.execute(f"CREATE INDEX idx_{TABLE}_handle ON {TABLE}(handle COLLATE NOCASE)")
    # Import skips rows already logged (same created + text).
    db.execute(f"CREATE INDEX idx_{TABLE}_created ON {TABLE}(created)")


@migrations()
def m003_full_text_search(db: Database) -> None:
    # The columns as m003 shipped them: later migrations change the index themselves.
    _enable_fts(db, ("text", "person", "handle", "note", "reply"))


@migrations()
def m004_thread_excerpt(db: Database) -> None:
    # The citizen's post the reply answers, bounded (core/log_context.py). ADD COLUMN rewrites
    # no row, so a log of any size upgrades at once and every old row stays as it was.
    db[TABLE].add_column("thread_excerpt", str)
    # The index over the new column: replaced (index and triggers) in this same transaction.
    _enable_fts(db, FTS_COLUMNS)


def _enable_fts(db: Database, columns: tuple[str, ...]) -> None:
    db[TABLE].enable_fts(
        columns, create_triggers=True, tokenize="unicode61 remove_diacritics 2", replace=True
    )


def ensure_fts(db: Database) -> None:
    """FTS5 index over the searchable columns, kept current by triggers.

    A table transform (sqlite-utils copies the table and drops the old one) drops the
    triggers with it, so this runs after every migration run: it restores the index and the
    triggers when they are missing and does nothing when they are in place.
    """
    table = db[TABLE]
    expected = {f"{TABLE}_ai", f"{TABLE}_ad", f"{TABLE}_au"}
    if db[f"{TABLE}_fts"].exists() and expected <= {t.name for t in table.triggers}:
        return
    with db.atomic():
        _enable_fts(db, FTS_COLUMNS)


def connect(path: Path) -> Database:
    """Open `path` with the settings every connection needs, and bring the schema up to date.

    Raises sqlite3.DatabaseError when the file is not a (healthy) database.
    """
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,  # no hidden transactions: each write is one short BEGIN..COMMIT
        check_same_thread=False,  # the app hands the store to one worker at a time
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Touch the schema first: a file that is not a database fails here, before any write.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk (WAL fsynced) before we tell the user it is saved.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted rows ("forget this person") are overwritten, not just unlinked.
        conn.execute("PRAGMA secure_delete = ON")
        db = Database(conn, execute_plugins=False)
        migrate(db)
    except BaseException:
        conn.close()
        raise
    return db


def migrate(db: Database) -> None:
    """Apply pending migrations, then make sure full-text search survived any transform."""
    if migrations.pending(db):
        # One writer at a time: two processes starting together must not both migrate.
        with _immediate(db):
            if migrations.pending(db):
                migrations.apply(db)
    ensure_fts(db)


class _immediate:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front (the busy timeout then waits
    for another writer instead of failing halfway through a transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def __enter__(self) -> Database:
        self.db.conn.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.db.conn.execute("COMMIT")
        elif self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")


write_transaction = _immediate
