"""Opening the log: created owner-only, checked, migrated; or opened read-only and saying so.

Part of `CommitmentStore` (log.py). A damaged file is handed to `_recover` (repair.py); a log
that can be read but not written is never moved aside or changed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.store import backup, salvage
from reactiewijzer.core.store.files import COMPANION_SUFFIXES, looks_like_sqlite, private_file
from reactiewijzer.core.store.guard import full_at_open, os_error
from reactiewijzer.core.store.recovery import (
    StoreBusy,
    StoreNotice,
    StoreReadOnly,
    StoreUnavailable,
    is_access,
    is_busy,
    is_corruption,
    is_full,
)
from reactiewijzer.core.store.schema import TABLE, connect, write_transaction


class Opening:
    """The part of `CommitmentStore` that opens and checks the file."""

    def _open(self) -> None:
        backup.remove_stale_partials(backup.backup_dir(self.path))
        salvage.remove_scratch_leftovers(self.path.parent)
        existed = self.path.exists()
        if existed and not os.access(self.path, os.R_OK):
            raise StoreUnavailable(self.path, *texts("log.reason_foreign_file"))
        if existed and self.path.stat().st_size == 0 and not has_wal(self.path):
            self.notice = StoreNotice(
                *texts("log.was_empty", path=self.path),
            )
        if not self._can_write(existed):
            self._open_read_only()
            return
        try:
            # Which file this is: if it turns out damaged, another process may have replaced
            # it by the time we recover it, and then that one is not ours to move aside.
            self._identity = file_identity(self.path)
            if existed and not looks_like_sqlite(self.path):
                raise sqlite3.DatabaseError("file is not a database")
            if existed and self.path.stat().st_size == 0 and has_wal(self.path):
                # Emptied, yet its write-ahead log holds commitments SQLite would now ignore
                # and overwrite: keep both aside.
                raise sqlite3.DatabaseError("file is not a database")
            private_file(self.path)
            self._identity = self._identity or file_identity(self.path)
            self.db = connect(self.path)
        except OSError as exc:
            raise os_error(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise StoreBusy() from exc
            if is_full(exc):
                raise full_at_open(self.path) from exc
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
            raise StoreUnavailable(self.path, *texts("log.reason_unreadable"))
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


def has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _has_companions(path: Path) -> bool:
    return all(Path(f"{path}{s}").exists() for s in ("-wal", "-shm"))


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino
