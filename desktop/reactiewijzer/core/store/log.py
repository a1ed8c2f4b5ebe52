"""CommitmentStore: the commitment log in SQLite. The only code that runs SQL.

Opening the store: the file is created owner-only, checked (`quick_check` and the search
index's own check), migrated. A damaged file is moved aside (never deleted), a fresh log is
started and every row SQLite can still read from the damaged file and its write-ahead log is
saved into it (`recovered_from`, `salvaged`, `recovery_error`). A log that can be read but not
written (read-only file or folder, files of another user) is opened read-only and says so
(`read_only`, `notice`); it is never moved aside. Finished commitments past the retention
period are removed; the day's backup is refreshed after writes and at close.
Every write is one short BEGIN IMMEDIATE ... COMMIT with synchronous=FULL, so a commitment
the caller got back is on disk, and two processes (app and CLI) wait for each other.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import re
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from reactiewijzer.core.errors import Error, InputError, StoreCorrupt
from reactiewijzer.core.model import Commitment
from reactiewijzer.core.paths import default_data_dir
from reactiewijzer.core.store import backup as store_backup
from reactiewijzer.core.store import erase as store_erase
from reactiewijzer.core.store import export as store_export
from reactiewijzer.core.store import salvage as store_salvage
from reactiewijzer.core.store.backup import BackupInfo
from reactiewijzer.core.store.files import (
    COMPANION_SUFFIXES,
    DATA_DIR_ENV,
    DB_NAME,
    data_dir,
    looks_like_sqlite,
    move_aside,
    private_dir,
    private_file,
)
from reactiewijzer.core.store.records import COLUMNS, MAX_EXCERPT, StoredCommitment
from reactiewijzer.core.store.recovery import (
    StoreBusy,
    StoreFull,
    StoreNotice,
    StoreReadOnly,
    StoreUnavailable,
    corrupt_error,
    is_access,
    is_busy,
    is_corruption,
    is_full,
)
from reactiewijzer.core.store.schema import STATUSES, TABLE, connect, write_transaction

FILTERS = ("open", "due_this_week", "overdue", "done", "dropped", "all")
RETENTION_DAYS = 365
MAX_TEXT = 5_000
MAX_REPLY = 100_000
# The day's backup is refreshed after a write at most this often (and always at close): a
# burst of writes costs one copy, and a crash loses at most this much from the backup (the
# log itself has every confirmed write).
BACKUP_EVERY = 60.0

_ORDER = "ORDER BY due IS NULL, due, id"
# One person: their name or handle, any case, with or without the '@'.
_PERSON_MATCH = "person = ? COLLATE NOCASE OR ltrim(handle, '@') = ? COLLATE NOCASE"
_EDITABLE = frozenset({"text", "due", "person", "handle", "platform", "thread_ref", "note"})
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
    "BackupInfo",
    "CommitmentStore",
    "StoreBusy",
    "StoreFull",
    "StoreReadOnly",
    "StoreUnavailable",
    "StoredCommitment",
]

T = TypeVar("T")


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Turn SQLite's failures into errors the user can act on; recover from damage at once."""

    @functools.wraps(method)
    def wrapper(self: CommitmentStore, *args: Any, **kwargs: Any) -> T:
        for attempt in (1, 2):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                if is_busy(exc):
                    raise StoreBusy() from exc
                if is_full(exc):
                    raise StoreFull() from exc
                if is_corruption(exc) and not self.read_only and attempt == 1:
                    # Damage the check at open could not see: save the readable rows into a
                    # fresh log and do it again there (what failed was not committed). The
                    # view keeps working; `recovery_message` says what happened.
                    self._recover()
                    continue
                if is_corruption(exc) and self.recovery_error is not None:
                    raise self.recovery_error from exc
                if is_access(exc):
                    raise StoreReadOnly(self.path) from exc
                raise
            except OSError as exc:
                raise _os_error(self.path, exc) from exc
        raise AssertionError("unreachable")

    return wrapper


def _writes(method: Callable[..., T]) -> Callable[..., T]:
    """A method that changes the log: refused clearly when read-only; backed up after."""

    @functools.wraps(method)
    def wrapper(self: CommitmentStore, *args: Any, **kwargs: Any) -> T:
        if self.read_only:
            raise StoreReadOnly(self.path)
        result = method(self, *args, **kwargs)
        self._written()
        return result

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
            try:
                self.path = data_dir() / DB_NAME
            except OSError as exc:
                raise _os_error(Path(DB_NAME), exc) from exc
        else:
            self.path = Path(path)
            # Our own folder is made owner-only; a folder the user chose is created so, but
            # an existing one is left as they set it up.
            try:
                private_dir(self.path.parent, tighten=self.path.parent == default_data_dir())
            except OSError as exc:
                if not self.path.parent.is_dir():
                    raise _os_error(self.path, exc) from exc
        self.retention_days = retention_days
        self.recovered_from: Path | None = None
        self.recovery_error: StoreCorrupt | None = None
        self.salvaged = 0
        self.read_only = False
        self.notice: StoreNotice | StoreReadOnly | None = None
        self.backup_problem: Error | None = None
        self._today = today
        self._auto_backup = auto_backup
        self._dirty = False
        self._last_backup = 0.0
        self._closed = False
        self._identity: tuple[int, int] | None = None
        self._open()
        if not self.read_only:
            self.purge(retention_days, today=today or date.today())
        if auto_backup:
            self._backup_quietly(force=False)
            self._last_backup = time.monotonic()
        # The day's backup is refreshed at close; a process that ends without closing the
        # store (the app's window just closing) still gets it.
        atexit.register(_close_at_exit, weakref.ref(self))

    # --- opening, closing, damage ---------------------------------------------------------

    def _open(self) -> None:
        store_backup.remove_stale_partials(store_backup.backup_dir(self.path))
        store_salvage.remove_scratch_leftovers(self.path.parent)
        existed = self.path.exists()
        if existed and not os.access(self.path, os.R_OK):
            raise StoreUnavailable(
                self.path,
                "het bestand is van een andere gebruiker en niet leesbaar",
                "the file belongs to another user and cannot be read",
            )
        if existed and self.path.stat().st_size == 0 and not _has_wal(self.path):
            self.notice = StoreNotice(
                f"Het bestand {self.path} was leeg (0 bytes); er stond niets in om te bewaren. "
                "Er is een nieuwe lijst begonnen.",
                f"The file {self.path} was empty (0 bytes); there was nothing in it to keep. "
                "A new log was started.",
            )
        if not self._can_write(existed):
            self._open_read_only()
            return
        try:
            # Which file this is: if it turns out damaged, another process may have replaced
            # it by the time we recover it, and then that one is not ours to move aside.
            self._identity = _identity(self.path)
            if existed and not looks_like_sqlite(self.path):
                raise sqlite3.DatabaseError("file is not a database")
            if existed and self.path.stat().st_size == 0 and _has_wal(self.path):
                # Emptied, yet its write-ahead log holds commitments SQLite would now ignore
                # and overwrite: keep both aside.
                raise sqlite3.DatabaseError("file is not a database")
            private_file(self.path)
            self._identity = self._identity or _identity(self.path)
            self.db = connect(self.path)
        except OSError as exc:
            raise _os_error(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            if is_full(exc):
                raise _full_at_open(self.path) from exc
            if is_corruption(exc) or type(exc) is sqlite3.DatabaseError:
                self._recover(opened=False)
                return
            if existed and is_access(exc):
                self._open_read_only()
                return
            raise
        self._check_integrity()

    def _can_write(self, existed: bool) -> bool:
        """Whether this process may change the log and its companions (checked before SQLite
        would find out halfway through, or take a read-only file for a damaged one)."""
        folder_ok = os.access(self.path.parent, os.W_OK | os.X_OK)
        if not existed:
            return True  # creating it tells: a read-only folder gives a clear error below
        files = [self.path] + [Path(f"{self.path}{s}") for s in COMPANION_SUFFIXES]
        files_ok = all(os.access(p, os.W_OK) for p in files if p.exists())
        # Without a writable folder SQLite cannot make its -wal and -shm files.
        return files_ok and (folder_ok or _has_companions(self.path))

    def _open_read_only(self) -> None:
        """Open the log for reading only and say so; never move it aside or change it."""
        uri = self.path.resolve().as_uri()
        conn = None
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + query, uri=True, check_same_thread=False)
                conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
                break
            except sqlite3.Error:
                if conn is not None:
                    conn.close()
                conn = None
        if conn is None:
            raise StoreUnavailable(
                self.path,
                "het kan niet worden gelezen (geen schrijfrechten en geen leesbare lijst)",
                "it cannot be read (no write access and no readable log)",
            )
        self.db = Database(conn, execute_plugins=False)
        self.read_only = True
        self.notice = StoreReadOnly(self.path)

    def _check_integrity(self) -> None:
        """A damaged log is found here, at open, not by a view that crashes on it later.

        Skipped when the files are exactly as this store left them at its last close after a
        clean check (size, time and inode in `<log>.checked`): then nothing but SQLite's own
        writes touched them, and a 100,000-row log still opens in well under 50 ms.
        """
        if self._unchanged_since_checked():
            return
        verdict = self._integrity()
        if verdict != "ok" and "index" in verdict:
            # Only an index disagrees with its table: indexes are rebuilt from the rows.
            with contextlib.suppress(sqlite3.DatabaseError):
                with write_transaction(self.db) as db:
                    db.execute("REINDEX")
                verdict = self._integrity()
        if verdict != "ok":
            self._recover()
            return
        try:
            self.db.execute(f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            # The index can be rebuilt from the rows: nothing of the user's is in it alone.
            try:
                with write_transaction(self.db) as db:
                    db.execute(f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('rebuild')")
            except sqlite3.DatabaseError:
                self._recover()

    def _file_state(self) -> str:
        parts = []
        for path in (self.path, Path(f"{self.path}-wal")):
            try:
                found = path.stat()
            except OSError:
                found = None
            if found is None or (path != self.path and found.st_size == 0):
                parts.append("-")  # no WAL, or one SQLite just made empty at opening
            else:
                parts.append(f"{found.st_ino}:{found.st_size}:{found.st_mtime_ns}")
        return " ".join(parts)

    def _unchanged_since_checked(self) -> bool:
        try:
            return Path(f"{self.path}.checked").read_text("ascii") == self._file_state()
        except (OSError, UnicodeDecodeError):
            return False

    def _mark_checked(self) -> None:
        """After a clean session: the files as they are now passed the check (see above)."""
        stamp = Path(f"{self.path}.checked")
        with contextlib.suppress(OSError):
            fd = os.open(stamp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(self._file_state())

    def _integrity(self) -> str:
        """SQLite's full check: every page, and every index against its table (a list read
        through a damaged index would silently miss rows). ~10 ms for 2,000 commitments,
        0.5 s for 100,000 with long replies."""
        try:
            problems = [r[0] for r in self.db.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            return str(exc)
        return "ok" if problems == ["ok"] else "; ".join(problems)

    def _recover(self, *, opened: bool = True) -> None:
        """Keep the damaged file aside, start a fresh log, save every readable row into it."""
        identity = self._identity
        with _recovery_lock(self.path):
            # Another process may have recovered the log a moment ago: the file at the path
            # is then another one, and sound.
            if identity is not None and _identity(self.path) not in (identity, None):
                if opened:
                    self.db.close()
                self.db = connect(self.path)
                return
            # Read before closing: closing folds the write-ahead log into the damaged file,
            # and a fold that fails halfway would lose what only the WAL held.
            with store_salvage.scratch_copy(self.path) as copy:
                rows = store_salvage.readable_rows(copy)
            if opened:
                self.db.close()
            moved = move_aside(self.path, reason="beschadigd")
            private_file(self.path)
            self._identity = _identity(self.path)
            self.db = connect(self.path)
            if rows:
                with write_transaction(self.db) as db:
                    db[TABLE].insert_all(rows, batch_size=500)
        self.recovered_from = moved
        self.salvaged = len(rows)
        self.recovery_error = corrupt_error(moved, self.latest_backup(), salvaged=len(rows))

    def recovery_message(self, lang: str = "nl") -> str | None:
        """The one line to show when the log was damaged and started afresh, or when it is
        read-only or was found empty; else None."""
        for problem in (self.recovery_error, self.notice):
            if problem is not None:
                return problem.message(lang)
        return None

    def message(self, lang: str = "nl") -> str | None:
        """The same one line as `recovery_message` (the app's start reminder asks for this)."""
        return self.recovery_message(lang)

    def close(self) -> None:
        """Close the log; the day's backup first takes in what was written since the last."""
        if self._closed:
            return
        self._closed = True
        if self._dirty and self._auto_backup:
            self._backup_quietly(force=True)
        self.db.close()
        if not self.read_only and self.recovery_error is None:
            self._mark_checked()

    def __enter__(self) -> CommitmentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------------

    def _rows(self, sql: str, params: dict[str, Any] | tuple = ()) -> list[StoredCommitment]:
        try:
            return self._read(sql, params)
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise
        # A cell with broken UTF-8 (a damaged page that still passes the checks): read it with
        # U+FFFD for the bad bytes instead of failing the whole list.
        conn = self.db.conn
        conn.text_factory = store_salvage.tolerant_text
        try:
            return self._read(sql, params)
        finally:
            conn.text_factory = str

    def _read(self, sql: str, params: dict[str, Any] | tuple) -> list[StoredCommitment]:
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
    def search(
        self, query: str, *, limit: int = 100, filter: str = "all", today: date | None = None
    ) -> list[StoredCommitment]:
        """Full-text search over text, person, handle, note, the reply and the thread excerpt;
        words as prefixes.
        `filter` (one of FILTERS) narrows the hits: search and filter combine."""
        terms = re.findall(r"\w+", query)
        if not terms:
            return []
        if filter not in _FILTER_SQL:
            raise InputError(
                f"Onbekend filter '{filter}'; kies uit {', '.join(FILTERS)}.",
                f"Unknown filter '{filter}'; choose from {', '.join(FILTERS)}.",
            )
        where, _ = _FILTER_SQL[filter]
        today = today or date.today()
        # Each word quoted (no FTS syntax from the user) and a prefix: "lantaarn" finds
        # "lantaarnpaal", as the user types.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        return self._rows(
            f"SELECT c.* FROM {TABLE}_fts JOIN {TABLE} c ON c.id = {TABLE}_fts.rowid "
            f"WHERE {TABLE}_fts MATCH :match AND ({where}) ORDER BY rank LIMIT :limit",
            {
                "match": match,
                "limit": int(limit),
                "today": today.isoformat(),
                "week_end": (today + timedelta(days=6 - today.weekday())).isoformat(),
            },
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
        excerpt = (values.get("thread_excerpt") or "").strip() or None
        if excerpt and len(excerpt) > MAX_EXCERPT:
            raise InputError(
                f"Te lang: het fragment uit het gesprek mag {MAX_EXCERPT} tekens hebben.",
                f"Too long: the thread excerpt may have {MAX_EXCERPT} characters.",
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
            "thread_excerpt": excerpt,
            "created": (values.get("created") or _now()).isoformat(),
            "done_at": None,
            "note": None,
            "updated": now,
        }
        if row["due"]:
            date.fromisoformat(row["due"])  # a bad date fails here, before the write
        return row

    @_writes
    @_guarded
    def add(self, text: str, *, due: date | None = None, person: str | None = None,
            handle: str | None = None, platform: str | None = None,
            thread_ref: str | None = None, reply: str | None = None,
            thread_excerpt: str | None = None,
            created: datetime | None = None) -> StoredCommitment:  # fmt: skip
        """Log one commitment; when this returns, it is on disk. `thread_excerpt`: the post the
        reply answers (core/log_context.py), at most MAX_EXCERPT characters."""
        row = self._new_row(
            text, due=due, person=person, handle=handle, platform=platform,
            thread_ref=thread_ref, reply=reply, thread_excerpt=thread_excerpt, created=created,
        )  # fmt: skip
        with write_transaction(self.db) as db:
            new_id = db[TABLE].insert(row).last_pk
        return self.get(new_id)

    @_writes
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

    @_writes
    @_guarded
    def mark_done(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "done", note)

    @_writes
    @_guarded
    def drop(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "dropped", note)

    def _close_as(self, commitment_id: int, status: str, note: str | None) -> StoredCommitment:
        values: dict[str, Any] = {"status": status, "done_at": _now().isoformat()}
        if note is not None and note.strip():
            values["note"] = note.strip()
        return self._update(commitment_id, **values)

    @_writes
    @_guarded
    def reopen(self, commitment_id: int) -> StoredCommitment:
        return self._update(commitment_id, status="open", done_at=None)

    @_writes
    @_guarded
    def set_due(self, commitment_id: int, due: date | None) -> StoredCommitment:
        return self._update(commitment_id, due=due.isoformat() if due else None)

    @_writes
    @_guarded
    def set_text(self, commitment_id: int, text: str) -> StoredCommitment:
        return self._update(commitment_id, text=self._new_row(text)["text"])

    @_writes
    @_guarded
    def edit(self, commitment_id: int, **changes: Any) -> StoredCommitment:
        """Change any of text, due, person, handle, platform, thread_ref and note at once; a
        field not given stays as it is, an empty one is cleared (the text cannot be)."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise InputError(
                f"Deze velden kun je niet wijzigen: {', '.join(sorted(unknown))}.",
                f"These fields cannot be changed: {', '.join(sorted(unknown))}.",
            )
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "text":
                values["text"] = self._new_row(value)["text"]
            elif name == "due":
                values["due"] = value.isoformat() if isinstance(value, date) else None
            elif name == "note":
                values["note"] = (value or "").strip() or None
            else:
                values[name] = _clean(value)
        if not values:
            return self.get(commitment_id)
        return self._update(commitment_id, **values)

    # --- privacy --------------------------------------------------------------------------------

    @_guarded
    def about(self, person_or_handle: str) -> list[StoredCommitment]:
        """Every commitment `forget` would erase: to show before asking "are you sure?"."""
        return self._rows(
            f"SELECT * FROM {TABLE} WHERE {_PERSON_MATCH} ORDER BY id",
            store_erase.keys(person_or_handle),
        )

    def forget(self, person_or_handle: str) -> int:
        """Erase one person everywhere (see `erase`); returns how many rows left the log."""
        return self.erase(person_or_handle).log_rows

    @_guarded
    def erase(self, person_or_handle: str) -> store_erase.ErasureReport:
        """Erase every commitment of one person or handle (AVG) from the log, its search
        index, every backup, every copy kept aside, and remove temporary copies.

        Matches the name or the handle without regard to case or a leading '@'. A thread
        excerpt of another commitment that names the person (their post) is cleared. The log is
        VACUUMed and its write-ahead log emptied, so the bytes are gone from the files too.
        The report says what was removed where, and which files still hold the name.
        """
        key, _ = store_erase.keys(person_or_handle)
        if not key:
            raise InputError("Geef een naam of handle.", "Give a name or handle.")
        if self.read_only:
            raise StoreReadOnly(self.path)
        report = store_erase.ErasureReport(key)
        with write_transaction(self.db) as db:
            report.log_rows, report.excerpts = store_erase.erase_rows(db.conn, key)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for path in store_erase.kept_copies(self.path):
            count, rebuilt = store_erase.erase_in_copy(path, key)
            (report.rebuilt if rebuilt else report.copies).append((path, count))
        report.removed = store_erase.remove_temporary(self.path)
        report.still_found = store_erase.files_mentioning(self.path.parent, key)
        # The day's backup now holds no trace of the person either; nothing to refresh.
        return report

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
        if self.read_only:
            return 0
        with write_transaction(self.db) as db:
            count = db.execute(f"DELETE FROM {TABLE} WHERE {where}", (cutoff,)).rowcount
        self._written()
        return count

    # --- files --------------------------------------------------------------------------------

    @_guarded
    def export(
        self,
        path: Path | str,
        *,
        kind: str | None = None,
        filter: str | None = None,
        style: str = "plain",
        alarm: timedelta | None = None,
    ) -> int:
        """Export to `path` by its suffix (.csv or .ics; anything else is refused)."""
        path = Path(path)
        if store_export.export_kind(path, kind) == "ics":
            return self.export_ics(path, filter=filter or "open", alarm=alarm)
        return self.export_csv(path, filter or "all", style=style)

    @_guarded
    def export_csv(self, path: Path | str, filter: str = "all", *, style: str = "plain") -> int:
        """CSV: style "nl" (Dutch Excel), "en" (English Excel) or "plain" (for scripts)."""
        path = Path(path)
        store_export.export_kind(path, "csv")
        return store_export.write_csv(self.list(filter), path, style=style)

    @_writes
    @_guarded
    def import_csv(self, path: Path | str) -> int:
        """Add the rows of a CSV export (any style). Every row of the file is kept: a row is
        only skipped when the log already holds as many identical rows as the file does, so
        importing the same file twice doubles nothing and two equal promises stay two."""
        rows = store_export.read_csv(Path(path))
        added = 0
        seen: dict[tuple, int] = {}
        with write_transaction(self.db) as db:
            # Only a row created at a moment already in the log can be there already.
            before = {c for (c,) in db.execute(f"SELECT DISTINCT created FROM {TABLE}")}
            for row in rows:
                added += _import_row(db, row, seen, before)
        return added

    @_guarded
    def export_ics(
        self,
        path: Path | str,
        *,
        filter: str = "open",
        kind: str = "VEVENT",
        alarm: timedelta | None = None,
    ) -> int:
        """iCalendar; `alarm`: a reminder that long before the due date."""
        path = Path(path)
        store_export.export_kind(path, "ics")
        return store_export.write_ics(self.list(filter), path, now=_now(), kind=kind, alarm=alarm)

    # --- backups ------------------------------------------------------------------------------

    @_guarded
    def backup(self, *, today: date | None = None, force: bool = False) -> Path | None:
        """The day's backup (made once a day unless forced); keeps the last seven. None when
        there was nothing to do: already made, an empty log, a read-only or recovered log."""
        if self.read_only or self.recovered_from is not None:
            # A log that replaced a damaged one must not push the good backups out.
            return None
        made = store_backup.write_backup(
            self.db.conn, self.path, day=today or self._today or date.today(), force=force
        )
        self._dirty = False
        self._last_backup = time.monotonic()
        return made

    def _backup_quietly(self, *, force: bool) -> None:
        """A backup that fails (full disk, say) must not turn a saved write into an error:
        the write is in the log. The problem is kept for the UI to show."""
        try:
            self.backup(force=force)
            self.backup_problem = None
        except (Error, OSError, sqlite3.Error) as exc:
            self.backup_problem = exc if isinstance(exc, Error) else _os_error(self.path, exc)

    def _written(self) -> None:
        self._dirty = True
        if self._auto_backup and time.monotonic() - self._last_backup >= BACKUP_EVERY:
            self._backup_quietly(force=True)

    def latest_backup(self) -> Path | None:
        return store_backup.latest_backup(self.path)

    def backups(self) -> list[Path]:
        return store_backup.backups(self.path)

    def describe_backups(self) -> list[BackupInfo]:
        """Every backup, newest first, with its day and number of commitments (to choose)."""
        return store_backup.describe_backups(self.path)

    def restore_backup(self, backup: Path | str) -> Path:
        """Replace the log by `backup`; the current file is kept aside. Returns where it went."""
        if self.read_only:
            raise StoreReadOnly(self.path)
        backup = Path(backup)
        try:
            source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error:
            raise _not_a_backup(backup) from None
        try:
            verdict = source.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise InputError(
                    f"De back-up {backup.name} is zelf beschadigd.",
                    f"The backup {backup.name} is damaged itself.",
                )
            source.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
            # The new log is complete under a temporary name before the current one moves.
            staged = self.path.with_name(f"{self.path.name}{store_backup.PARTIAL}-restore")
            try:
                store_backup.copy_database(source, staged)
                self.db.close()
                kept = move_aside(self.path, reason="voor-herstel")
                os.replace(staged, self.path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    staged.unlink()
        except sqlite3.DatabaseError:
            raise _not_a_backup(backup) from None
        finally:
            source.close()
        self._identity = _identity(self.path)
        self.db = connect(self.path)
        self.recovered_from, self.recovery_error, self.salvaged = None, None, 0
        return kept


def _not_a_backup(backup: Path) -> InputError:
    return InputError(
        f"{backup.name} is geen back-up van de toezeggingen.",
        f"{backup.name} is not a backup of the commitment log.",
    )


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _has_companions(path: Path) -> bool:
    return all(Path(f"{path}{s}").exists() for s in ("-wal", "-shm"))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


@contextlib.contextmanager
def _recovery_lock(path: Path) -> Iterator[None]:
    """One process at a time decides that the log is damaged and replaces it."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locking is all there is
        yield
        return
    try:
        fd = os.open(f"{path}.lock", os.O_CREAT | os.O_RDWR, 0o600)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _os_error(path: Path, exc: OSError) -> Error:
    import errno

    if exc.errno == errno.ENOSPC:
        return _full_at_open(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreUnavailable(
            path,
            "de map is alleen-lezen of van een andere gebruiker",
            "the folder is read-only or belongs to another user",
        )
    return StoreUnavailable(path, exc.strerror or str(exc), exc.strerror or str(exc))


def _full_at_open(path: Path) -> Error:
    return StoreUnavailable(
        path, "de schijf is vol; maak ruimte vrij", "the disk is full; free some space"
    )


def _close_at_exit(ref: weakref.ref) -> None:
    store = ref()
    if store is not None:
        with contextlib.suppress(Exception):
            store.close()


# The columns that say which promise a row is; two rows equal in all of them are still two
# promises (one to each of two people with the same name, say), so import counts them.
_IDENTITY = ("text", "created", "person", "handle", "platform", "thread_ref", "reply", "due")


def _import_row(db: Any, row: dict[str, Any], seen: dict[tuple, int], before: set[str]) -> int:
    now = _now().isoformat()
    row = {c: row.get(c) for c in COLUMNS}
    row["created"] = row["created"] or now
    row["updated"] = row["updated"] or now
    if row["status"] != "open" and not row["done_at"]:
        row["done_at"] = row["updated"]  # retention counts from here
    identity = tuple(row[c] for c in _IDENTITY)
    seen[identity] = seen.get(identity, 0) + 1
    where = " AND ".join(f"{c} IS ?" for c in _IDENTITY)
    if row["created"] in before:
        here = db.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", identity).fetchone()[0]
    else:
        here = seen[identity] - 1  # only this file's earlier copies, all added
    if here >= seen[identity]:
        return 0  # this copy of the row is already in the log
    wanted = row.pop("id")
    if wanted and str(wanted).isdigit():
        taken = db.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", (int(wanted),)).fetchone()
        if not taken:
            row["id"] = int(wanted)  # an export read back into an empty log keeps its numbers
    db[TABLE].insert(row)
    return 1
