"""Repair and restore: a damaged log kept aside and its readable rows saved into a fresh one;
a backup put back in place of the log.

Part of `CommitmentStore` (log.py). Nothing here deletes a file the user's data may be in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.store.backup import PARTIAL, copy_database
from reactiewijzer.core.store.files import move_aside, private_file
from reactiewijzer.core.store.opening import file_identity
from reactiewijzer.core.store.recovery import StoreReadOnly, corrupt_error
from reactiewijzer.core.store.salvage import readable_rows, scratch_copy
from reactiewijzer.core.store.schema import TABLE, connect, write_transaction


class Repair:
    """The part of `CommitmentStore` that replaces the file under it."""

    def _recover(self, *, opened: bool = True) -> None:
        """Keep the damaged file aside, start a fresh log, save every readable row into it."""
        known = self._identity
        with _recovery_lock(self.path):
            # Another process may have recovered the log a moment ago: the file at the path
            # is then another one, and sound.
            if known is not None and file_identity(self.path) not in (known, None):
                if opened:
                    self.db.close()
                self.db = connect(self.path)
                return
            # Read before closing: closing folds the write-ahead log into the damaged file,
            # and a fold that fails halfway would lose what only the WAL held.
            with scratch_copy(self.path) as copy:
                rows = readable_rows(copy)
            if opened:
                self.db.close()
            moved = move_aside(self.path, reason="beschadigd")
            private_file(self.path)
            self._identity = file_identity(self.path)
            self.db = connect(self.path)
            if rows:
                with write_transaction(self.db) as db:
                    db[TABLE].insert_all(rows, batch_size=500)
        self.recovered_from = moved
        self.salvaged = len(rows)
        self.recovery_error = corrupt_error(moved, self.latest_backup(), salvaged=len(rows))

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
                raise InputError(*texts("log.backup_damaged", name=backup.name))
            source.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
            # The new log is complete under a temporary name before the current one moves.
            staged = self.path.with_name(f"{self.path.name}{PARTIAL}-restore")
            try:
                copy_database(source, staged)
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
        self._identity = file_identity(self.path)
        self.db = connect(self.path)
        self.recovered_from, self.recovery_error, self.salvaged = None, None, 0
        return kept


def _not_a_backup(backup: Path) -> InputError:
    return InputError(*texts("log.not_a_backup", name=backup.name))


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
