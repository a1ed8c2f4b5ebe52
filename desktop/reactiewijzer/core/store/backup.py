"""Copies of the commitment database (SQLite backup API): one per day, the last seven kept.

The day's copy is refreshed after writes (at most once a minute, BACKUP_EVERY below) and
when the log is closed, so it holds the day's commitments, not only those of the morning.

A copy is written to a temporary name unique to this process and renamed into place, so a
crash mid-backup never leaves a half copy that looks like a good one, and two processes
backing up at once never write into the same file. Before copying, the database is checked
(`PRAGMA quick_check`): a damaged database must not push the good copies out. An empty log is
never copied: it would be the newest backup, and "restore the latest" would restore nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reactiewijzer.core.errors import Error
from reactiewijzer.core.store.files import private_dir
from reactiewijzer.core.store.guard import guarded, os_error
from reactiewijzer.core.store.schema import TABLE

KEEP = 7
# The day's backup is refreshed after a write at most this often (and always at close): a
# burst of writes costs one copy, and a crash loses at most this much from the backup (the
# log itself has every confirmed write).
BACKUP_EVERY = 60.0
BACKUP_DIR = "backups"
PARTIAL = ".partial"
STALE_SECONDS = 600  # a temporary copy this old belongs to a process that died midway


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as the user chooses between them: its day, how many commitments it holds."""

    path: Path
    day: date | None
    saved_at: datetime
    rows: int | None  # None: the copy cannot be read (damaged)

    def describe(self, lang: str = "nl") -> str:
        when = self.saved_at.strftime("%d-%m-%Y %H:%M")
        if self.rows is None:
            return f"{when} — " + ("beschadigd" if lang != "en" else "damaged")
        if lang == "en":
            return f"{when} — {self.rows} commitment" + ("" if self.rows == 1 else "s")
        return f"{when} — {self.rows} " + ("toezegging" if self.rows == 1 else "toezeggingen")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def backup_name(db_path: Path, day: date) -> str:
    return f"{db_path.stem}-{day.isoformat()}{db_path.suffix}"


def backups(db_path: Path) -> list[Path]:
    """Existing backups, oldest first (names sort by date)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        re.escape(db_path.stem) + r"-\d{4}-\d{2}-\d{2}" + re.escape(db_path.suffix)
    )
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def latest_backup(db_path: Path) -> Path | None:
    found = backups(db_path)
    return found[-1] if found else None


def count_rows(path: Path) -> int | None:
    """How many commitments the database at `path` holds, read-only; None when unreadable."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def describe_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup, newest first, with its day and number of commitments."""
    found = []
    for path in reversed(backups(db_path)):
        try:
            day = date.fromisoformat(path.stem[-10:])
            saved_at = datetime.fromtimestamp(path.stat().st_mtime)
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, day, saved_at, count_rows(path)))
    return found


def write_backup(conn: sqlite3.Connection, db_path: Path, *, day: date, force: bool) -> Path | None:
    """Copy the open database to backups/<stem>-<day>.db (unless today's copy exists and not
    `force`). Returns the new copy, or None when there was nothing to do (or nothing to keep:
    an empty log). Raises sqlite3.DatabaseError when the database fails its check (then no
    copy is made and none is removed), OSError when the disk refuses the copy.
    """
    target = private_dir(backup_dir(db_path)) / backup_name(db_path, day)
    if target.exists() and not force:
        return None
    if not conn.execute(f"SELECT 1 FROM {TABLE} LIMIT 1").fetchone():
        return None  # an empty log: nothing a backup could give back
    verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise sqlite3.DatabaseError(f"quick_check: {verdict}")
    copy_atomically(conn, target)
    prune(db_path)
    return target


def copy_atomically(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` to `target` through a temporary name of this process only, then rename:
    `target` is either the old file or the complete new one, never half of either."""
    partial = target.with_name(f"{target.name}{PARTIAL}-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        copy_database(source, partial)
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent, owner-only, fsynced copy of `source` at `target` (overwritten)."""
    fd = os.open(target, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(target, 0o600)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A copy in rollback-journal mode is one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, *, older_than: float = STALE_SECONDS) -> list[Path]:
    """Temporary copies left by a process that was killed mid-copy (they hold personal data).
    A young one may be another process's copy in progress: it is left alone."""
    removed = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for path in folder.iterdir():
        if PARTIAL not in path.name:
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed.append(path)
    return removed


def prune(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups (only our own dated copies)."""
    found = backups(db_path)
    old = found[:-keep] if len(found) > keep else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


class Backups:
    """The part of `CommitmentStore` (log.py) that keeps the day's backup current."""

    @guarded
    def backup(self, *, today: date | None = None, force: bool = False) -> Path | None:
        """The day's backup (made once a day unless forced); keeps the last seven. None when
        there was nothing to do: already made, an empty log, a read-only or recovered log."""
        if self.read_only or self.recovered_from is not None:
            # A log that replaced a damaged one must not push the good backups out.
            return None
        made = write_backup(
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
            self.backup_problem = exc if isinstance(exc, Error) else os_error(self.path, exc)

    def _written(self) -> None:
        self._dirty = True
        if self._auto_backup and time.monotonic() - self._last_backup >= BACKUP_EVERY:
            self._backup_quietly(force=True)

    def latest_backup(self) -> Path | None:
        return latest_backup(self.path)

    def backups(self) -> list[Path]:
        return backups(self.path)

    def describe_backups(self) -> list[BackupInfo]:
        """Every backup, newest first, with its day and number of commitments (to choose)."""
        return describe_backups(self.path)
