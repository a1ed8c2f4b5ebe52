"""CommitmentStore: the commitment log in SQLite. The only code that runs SQL.

Opening the store: the file is created owner-only, checked, migrated; a damaged file is
moved aside (never deleted) and a fresh log started (`recovered_from`, `recovery_error`);
finished commitments past the retention period are removed; once a day a backup is made.
Every write is one short BEGIN IMMEDIATE ... COMMIT with synchronous=FULL, so a commitment
the caller got back is on disk, and two processes (app and CLI) wait for each other.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from reactiewijzer.core import store_backup, store_export
from reactiewijzer.core.errors import InputError, StoreCorrupt
from reactiewijzer.core.model import Commitment
from reactiewijzer.core.store_files import (
    DATA_DIR_ENV,
    DB_NAME,
    data_dir,
    default_data_dir,
    looks_like_sqlite,
    move_aside,
    private_dir,
    private_file,
)
from reactiewijzer.core.store_records import COLUMNS, StoredCommitment
from reactiewijzer.core.store_recovery import StoreBusy, corrupt_error, is_busy, is_corruption
from reactiewijzer.core.store_schema import STATUSES, TABLE, connect, write_transaction

FILTERS = ("open", "due_this_week", "overdue", "done", "dropped", "all")
RETENTION_DAYS = 365
MAX_TEXT = 5_000
MAX_REPLY = 100_000

_ORDER = "ORDER BY due IS NULL, due, id"
# One person: their name or handle, any case, with or without the '@'.
_PERSON_MATCH = "person = ? COLLATE NOCASE OR ltrim(handle, '@') = ? COLLATE NOCASE"
_FILTER_SQL = {
    "open": ("status = 'open'", _ORDER),
    "due_this_week": ("status = 'open' AND due >= :today AND due <= :week_end", _ORDER),
    "overdue": ("status = 'open' AND due < :today", _ORDER),
    "done": ("status = 'done'", "ORDER BY done_at DESC, id DESC"),
    "dropped": ("status = 'dropped'", "ORDER BY done_at DESC, id DESC"),
    "all": ("1", "ORDER BY created DESC, id DESC"),
}

__all__ = [
    "DATA_DIR_ENV",
    "FILTERS",
    "STATUSES",
    "CommitmentStore",
    "StoreBusy",
    "StoredCommitment",
]

T = TypeVar("T")


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Turn SQLite's failures into errors the user can act on; recover from damage at once."""

    @functools.wraps(method)
    def wrapper(self: CommitmentStore, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            if is_corruption(exc):
                self._recover()
                raise self.recovery_error from exc  # type: ignore[misc]
            raise

    return wrapper


class CommitmentStore:
    """The commitment log. Methods return frozen `StoredCommitment`s or plain values."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        retention_days: int = RETENTION_DAYS,
        today: date | None = None,
        auto_backup: bool = True,
    ) -> None:
        if path is None:
            self.path = data_dir() / DB_NAME
        else:
            self.path = Path(path)
            # Our own folder is made owner-only; a folder the user chose is created so, but
            # an existing one is left as they set it up.
            private_dir(self.path.parent, tighten=self.path.parent == default_data_dir())
        self.retention_days = retention_days
        self.recovered_from: Path | None = None
        self.recovery_error: StoreCorrupt | None = None
        self._open()
        today = today or date.today()
        self.purge(retention_days, today=today)
        if auto_backup:
            self.backup(today=today)

    # --- opening, closing, damage ---------------------------------------------------------

    def _open(self) -> None:
        try:
            if not looks_like_sqlite(self.path) and self.path.exists():
                raise sqlite3.DatabaseError("file is not a database")
            private_file(self.path)
            self.db = connect(self.path)
        except PermissionError:
            self._recover(opened=False)  # unreadable: keep it aside, start fresh
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            if not (is_corruption(exc) or type(exc) is sqlite3.DatabaseError):
                raise
            self._recover(opened=False)

    def _recover(self, *, opened: bool = True) -> None:
        if opened:
            self.db.close()
        moved = move_aside(self.path, reason="beschadigd")
        private_file(self.path)
        self.db = connect(self.path)
        self.recovered_from = moved
        self.recovery_error = corrupt_error(moved, self.latest_backup())

    def recovery_message(self, lang: str = "nl") -> str | None:
        """The one line to show when the log was damaged and started afresh, else None."""
        return self.recovery_error.message(lang) if self.recovery_error else None

    def message(self, lang: str = "nl") -> str | None:
        """The same one line as `recovery_message` (the app's start reminder asks for this)."""
        return self.recovery_message(lang)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CommitmentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------------

    def _rows(self, sql: str, params: dict[str, Any] | tuple = ()) -> list[StoredCommitment]:
        cursor = self.db.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [StoredCommitment.from_row(dict(zip(names, row, strict=True))) for row in cursor]

    @_guarded
    def get(self, commitment_id: int) -> StoredCommitment:
        found = self._rows(f"SELECT * FROM {TABLE} WHERE id = ?", (int(commitment_id),))
        if not found:
            raise InputError(
                f"Toezegging {commitment_id} bestaat niet.",
                f"Commitment {commitment_id} does not exist.",
            )
        return found[0]

    @_guarded
    def list(
        self, filter: str = "open", *, today: date | None = None, limit: int | None = None
    ) -> list[StoredCommitment]:
        """Commitments for one of FILTERS. "due_this_week": open, due today up to Sunday."""
        if filter not in _FILTER_SQL:
            raise InputError(
                f"Onbekend filter '{filter}'; kies uit {', '.join(FILTERS)}.",
                f"Unknown filter '{filter}'; choose from {', '.join(FILTERS)}.",
            )
        today = today or date.today()
        where, order = _FILTER_SQL[filter]
        params = {
            "today": today.isoformat(),
            "week_end": (today + timedelta(days=6 - today.weekday())).isoformat(),
        }
        sql = f"SELECT * FROM {TABLE} WHERE {where} {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, params)

    @_guarded
    def count(self, filter: str = "open", *, today: date | None = None) -> int:
        today = today or date.today()
        where, _ = _FILTER_SQL[filter]
        params = {
            "today": today.isoformat(),
            "week_end": (today + timedelta(days=6 - today.weekday())).isoformat(),
        }
        return self.db.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params).fetchone()[0]

    @_guarded
    def due_soon(self, today: date | None = None, days: int = 2) -> list[StoredCommitment]:
        """Open commitments overdue or due within `days` days: the reminder at start."""
        today = today or date.today()
        limit = (today + timedelta(days=days)).isoformat()
        return self._rows(
            f"SELECT * FROM {TABLE} WHERE status = 'open' AND due <= ? {_ORDER}", (limit,)
        )

    @_guarded
    def search(self, query: str, *, limit: int = 100) -> list[StoredCommitment]:
        """Full-text search over text, person, handle, note and the reply; words as prefixes."""
        terms = re.findall(r"\w+", query)
        if not terms:
            return []
        # Each word quoted (no FTS syntax from the user) and a prefix: "lantaarn" finds
        # "lantaarnpaal", as the user types.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        return self._rows(
            f"SELECT c.* FROM {TABLE}_fts JOIN {TABLE} c ON c.id = {TABLE}_fts.rowid "
            f"WHERE {TABLE}_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, int(limit)),
        )

    # --- writing ------------------------------------------------------------------------------

    def _new_row(self, text: str, **values: Any) -> dict[str, Any]:
        text = (text or "").strip()
        if not text:
            raise InputError("Een toezegging kan niet leeg zijn.", "A commitment cannot be empty.")
        if len(text) > MAX_TEXT or len(values.get("reply") or "") > MAX_REPLY:
            raise InputError(
                f"Te lang: een toezegging mag {MAX_TEXT} tekens hebben, de reactie {MAX_REPLY}.",
                f"Too long: a commitment may have {MAX_TEXT} characters, the reply {MAX_REPLY}.",
            )
        now = _now().isoformat()
        due = values.get("due")
        row = {
            "text": text,
            "due": due.isoformat() if isinstance(due, date) else (due or None),
            "status": "open",
            "person": _clean(values.get("person")),
            "handle": _clean(values.get("handle")),
            "platform": _clean(values.get("platform")),
            "thread_ref": _clean(values.get("thread_ref")),
            "reply": values.get("reply") or None,
            "created": (values.get("created") or _now()).isoformat(),
            "done_at": None,
            "note": None,
            "updated": now,
        }
        if row["due"]:
            date.fromisoformat(row["due"])  # a bad date fails here, before the write
        return row

    @_guarded
    def add(self, text: str, *, due: date | None = None, person: str | None = None,
            handle: str | None = None, platform: str | None = None,
            thread_ref: str | None = None, reply: str | None = None,
            created: datetime | None = None) -> StoredCommitment:  # fmt: skip
        """Log one commitment; when this returns, it is on disk."""
        row = self._new_row(
            text, due=due, person=person, handle=handle, platform=platform,
            thread_ref=thread_ref, reply=reply, created=created,
        )  # fmt: skip
        with write_transaction(self.db) as db:
            new_id = db[TABLE].insert(row).last_pk
        return self.get(new_id)

    @_guarded
    def add_many(self, commitments: Iterable[Commitment], **common: Any) -> list[StoredCommitment]:
        """Log the commitments found in one reply (after the user confirmed them), at once."""
        rows = [self._new_row(c.text, due=c.due, **common) for c in commitments]
        ids = []
        with write_transaction(self.db) as db:
            for row in rows:
                ids.append(db[TABLE].insert(row).last_pk)
        return [self.get(i) for i in ids]

    def _update(self, commitment_id: int, **values: Any) -> StoredCommitment:
        self.get(commitment_id)  # says clearly when it does not exist
        values["updated"] = _now().isoformat()
        with write_transaction(self.db) as db:
            db[TABLE].update(int(commitment_id), values)
        return self.get(commitment_id)

    @_guarded
    def mark_done(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "done", note)

    @_guarded
    def drop(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "dropped", note)

    def _close_as(self, commitment_id: int, status: str, note: str | None) -> StoredCommitment:
        values: dict[str, Any] = {"status": status, "done_at": _now().isoformat()}
        if note is not None and note.strip():
            values["note"] = note.strip()
        return self._update(commitment_id, **values)

    @_guarded
    def reopen(self, commitment_id: int) -> StoredCommitment:
        return self._update(commitment_id, status="open", done_at=None)

    @_guarded
    def set_due(self, commitment_id: int, due: date | None) -> StoredCommitment:
        return self._update(commitment_id, due=due.isoformat() if due else None)

    @_guarded
    def set_text(self, commitment_id: int, text: str) -> StoredCommitment:
        return self._update(commitment_id, text=self._new_row(text)["text"])

    # --- privacy --------------------------------------------------------------------------------

    @_guarded
    def about(self, person_or_handle: str) -> list[StoredCommitment]:
        """Every commitment `forget` would erase: to show before asking "are you sure?"."""
        key = (person_or_handle or "").strip()
        return self._rows(
            f"SELECT * FROM {TABLE} WHERE {_PERSON_MATCH} ORDER BY id", (key, key.lstrip("@"))
        )

    @_guarded
    def forget(self, person_or_handle: str) -> int:
        """Erase every commitment of one person or handle (AVG), here and in the backups.

        Matches the name or the handle without regard to case or a leading '@'. The freed
        pages are overwritten (secure_delete), the search index is rewritten without them and
        the write-ahead log is emptied, so the text is gone from the files too.
        """
        key = (person_or_handle or "").strip()
        if not key:
            raise InputError("Geef een naam of handle.", "Give a name or handle.")
        with write_transaction(self.db) as db:
            count = _forget_in(db.conn, key)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for path in store_backup.backups(self.path):
            conn = sqlite3.connect(str(path))
            try:
                conn.execute("PRAGMA secure_delete = ON")
                with conn:
                    _forget_in(conn, key)
                conn.execute("VACUUM")
            finally:
                conn.close()
        return count

    @_guarded
    def purge(self, retention_days: int | None = None, *, today: date | None = None) -> int:
        """Remove done and dropped commitments past the retention period (default 365 days)."""
        days = self.retention_days if retention_days is None else retention_days
        cutoff = ((today or date.today()) - timedelta(days=days)).isoformat()
        where = "status IN ('done', 'dropped') AND done_at < ?"
        if not self.db.execute(
            f"SELECT 1 FROM {TABLE} WHERE {where} LIMIT 1", (cutoff,)
        ).fetchone():
            return 0  # nothing to do: no write lock taken at every start
        with write_transaction(self.db) as db:
            return db.execute(f"DELETE FROM {TABLE} WHERE {where}", (cutoff,)).rowcount

    # --- files --------------------------------------------------------------------------------

    @_guarded
    def export_csv(self, path: Path | str, filter: str = "all") -> int:
        return store_export.write_csv(self.list(filter), Path(path))

    @_guarded
    def import_csv(self, path: Path | str) -> int:
        """Add the rows of a CSV export; rows already here (same text and created) are skipped."""
        rows = store_export.read_csv(Path(path))
        added = 0
        with write_transaction(self.db) as db:
            for row in rows:
                added += _import_row(db, row)
        return added

    @_guarded
    def export_ics(self, path: Path | str, *, filter: str = "open", kind: str = "VEVENT") -> int:
        return store_export.write_ics(self.list(filter), Path(path), now=_now(), kind=kind)

    # --- backups ------------------------------------------------------------------------------

    @_guarded
    def backup(self, *, today: date | None = None, force: bool = False) -> Path | None:
        """Today's backup (made once a day unless forced); keeps the last seven."""
        return store_backup.write_backup(
            self.db.conn, self.path, day=today or date.today(), force=force
        )

    def latest_backup(self) -> Path | None:
        return store_backup.latest_backup(self.path)

    def backups(self) -> list[Path]:
        return store_backup.backups(self.path)

    def restore_backup(self, backup: Path | str) -> Path:
        """Replace the log by `backup`; the current file is kept aside. Returns where it went."""
        source = sqlite3.connect(f"file:{Path(backup)}?mode=ro", uri=True)
        try:
            verdict = source.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise InputError(
                    f"De back-up {Path(backup).name} is zelf beschadigd.",
                    f"The backup {Path(backup).name} is damaged itself.",
                )
            self.db.close()
            kept = move_aside(self.path, reason="voor-herstel")
            store_backup.copy_database(source, self.path)
        except sqlite3.DatabaseError:
            raise InputError(
                f"{Path(backup).name} is geen back-up van de toezeggingen.",
                f"{Path(backup).name} is not a backup of the commitment log.",
            ) from None
        finally:
            source.close()
        self.db = connect(self.path)
        self.recovered_from, self.recovery_error = None, None
        return kept


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _forget_in(conn: sqlite3.Connection, key: str) -> int:
    count = conn.execute(
        f"DELETE FROM {TABLE} WHERE {_PERSON_MATCH}", (key, key.lstrip("@"))
    ).rowcount
    if count:
        # FTS5 keeps deleted terms in old segments until they are merged: merge them now.
        conn.execute(f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('optimize')")
    return count


def _import_row(db: Any, row: dict[str, Any]) -> int:
    now = _now().isoformat()
    row = {c: row.get(c) for c in COLUMNS}
    row["created"] = row["created"] or now
    row["updated"] = row["updated"] or now
    if row["status"] != "open" and not row["done_at"]:
        row["done_at"] = row["updated"]  # retention counts from here
    exists = db.execute(
        f"SELECT 1 FROM {TABLE} WHERE created = ? AND text = ?", (row["created"], row["text"])
    ).fetchone()
    if exists:
        return 0
    wanted = row.pop("id")
    if wanted and str(wanted).isdigit():
        taken = db.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", (int(wanted),)).fetchone()
        if not taken:
            row["id"] = int(wanted)  # an export read back into an empty log keeps its numbers
    db[TABLE].insert(row)
    return 1
