"""What counts as a damaged database, and the one-line message that says what happened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reactiewijzer.core.catalogue import PerLanguage, texts
from reactiewijzer.core.errors import Error, StoreCorrupt

# SQLite's primary result codes for a damaged file (extended codes keep these in the low byte).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


class StoreBusy(Error):
    """Another program (the CLI next to the app, say) held the database too long."""

    def __init__(self) -> None:
        super().__init__(*texts("log.busy"))


class StoreReadOnly(Error):
    """The log can be read but not changed (a read-only file or folder, another owner)."""

    def __init__(self, path: Path) -> None:
        super().__init__(*texts("log.read_only", path=path))


class StoreFull(Error):
    """The disk is full: the write was rolled back, nothing already saved is lost."""

    def __init__(self) -> None:
        super().__init__(*texts("log.disk_full"))


class StoreUnavailable(Error):
    """The log can be neither opened nor created; nothing was changed or moved."""

    def __init__(self, path: Path, reason_nl: str, reason_en: str) -> None:
        reason = PerLanguage(reason_nl, reason_en)
        super().__init__(*texts("log.unavailable", path=path, reason=reason))


class StoreNotice(Error):
    """Something about the log the user should know, though it works (not raised)."""


def error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_full(exc: BaseException) -> bool:
    return error_code(exc) == _SQLITE_FULL or "disk is full" in str(exc)


def is_access(exc: BaseException) -> bool:
    """Not allowed to write or open the file (permissions, read-only media, foreign files)."""
    if error_code(exc) in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_IOERR):
        return True
    text = str(exc)
    return "readonly" in text or "unable to open" in text or "disk I/O error" in text


def is_corruption(exc: BaseException) -> bool:
    """True for 'file is not a database' and 'database disk image is malformed'."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError


def is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def corrupt_error(moved_to: Path, latest_backup: Path | None, salvaged: int = 0) -> StoreCorrupt:
    """One line per language: what was wrong, where the file is now, what was saved from it,
    what the user can do."""
    if latest_backup is not None:
        backup = PerLanguage(*texts("log.damaged_latest_backup", name=latest_backup.name))
    else:
        backup = PerLanguage(*texts("log.damaged_no_backup"))
    if salvaged:
        started = PerLanguage(*texts("log.damaged_salvaged", count=salvaged))
    else:
        started = PerLanguage(*texts("log.damaged_nothing_salvaged"))
    return StoreCorrupt(*texts("log.damaged", moved_to=moved_to, started=started, backup=backup))
