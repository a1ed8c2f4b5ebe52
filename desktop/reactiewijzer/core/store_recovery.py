"""What counts as a damaged database, and the one-line message that says what happened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reactiewijzer.core.errors import Error, StoreCorrupt

# SQLite's primary result codes for a damaged file (extended codes keep these in the low byte).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


class StoreBusy(Error):
    """Another program (the CLI next to the app, say) held the database too long."""

    def __init__(self) -> None:
        super().__init__(
            "De lijst met toezeggingen is bezet door een ander venster of de opdrachtregel. "
            "Probeer het over een paar seconden opnieuw; er is niets verloren.",
            "The commitment log is busy in another window or the command line. "
            "Try again in a few seconds; nothing was lost.",
        )


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


def corrupt_error(moved_to: Path, latest_backup: Path | None) -> StoreCorrupt:
    """One line per language: what was wrong, where the file is now, what the user can do."""
    if latest_backup is not None:
        nl_backup = (
            f"Laatste back-up: {latest_backup.name} "
            "(terugzetten: 'reactiewijzer commitments restore' of via Toezeggingen in de app)."
        )
        en_backup = (
            f"Latest backup: {latest_backup.name} "
            "(restore: 'reactiewijzer commitments restore' or from Commitments in the app)."
        )
    else:
        nl_backup, en_backup = "Er is nog geen back-up.", "There is no backup yet."
    return StoreCorrupt(
        "De lijst met toezeggingen was beschadigd; het bestand is bewaard als "
        f"{moved_to} en er is een nieuwe, lege lijst begonnen. {nl_backup}",
        "The commitment log was damaged; the file was kept as "
        f"{moved_to} and a new, empty log was started. {en_backup}",
    )
