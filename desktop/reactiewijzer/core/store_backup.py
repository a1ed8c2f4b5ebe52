"""Daily copies of the commitment database (SQLite backup API), the last seven kept.

A copy is written to a temporary name and renamed into place, so a crash mid-backup never
leaves a half copy that looks like a good one. Before copying, the database is checked
(`PRAGMA quick_check`): a damaged database must not push the good copies out.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from reactiewijzer.core.store_files import private_dir

KEEP = 7
BACKUP_DIR = "backups"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def backup_name(db_path: Path, day: date) -> str:
    return f"{db_path.stem}-{day.isoformat()}{db_path.suffix}"


def backups(db_path: Path) -> list[Path]:
    """Existing backups, oldest first (names sort by date)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    prefix = f"{db_path.stem}-"
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == db_path.suffix
    )


def latest_backup(db_path: Path) -> Path | None:
    found = backups(db_path)
    return found[-1] if found else None


def write_backup(conn: sqlite3.Connection, db_path: Path, *, day: date, force: bool) -> Path | None:
    """Copy the open database to backups/<stem>-<day>.db unless today's copy exists.

    Returns the new copy, or None when there was nothing to do. Raises sqlite3.DatabaseError
    when the database fails its check (then no copy is made and none is removed).
    """
    target = backup_dir(db_path) / backup_name(db_path, day)
    if target.exists() and not force:
        return None
    verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise sqlite3.DatabaseError(f"quick_check: {verdict}")
    private_dir(backup_dir(db_path))
    partial = target.with_name(target.name + ".partial")
    copy_database(conn, partial)
    os.replace(partial, target)
    prune(db_path)
    return target


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


def prune(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups (only our own dated copies)."""
    found = backups(db_path)
    old = found[:-keep] if len(found) > keep else []
    for path in old:
        path.unlink(missing_ok=True)
    return old
