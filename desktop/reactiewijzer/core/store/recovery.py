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
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


class StoreBusy(Error):
    """Another program (the CLI next to the app, say) held the database too long."""

    def __init__(self) -> None:
        super().__init__(
            "De lijst met toezeggingen is bezet door een ander venster of de opdrachtregel. "
            "Probeer het over een paar seconden opnieuw; er is niets verloren.",
            "The commitment log is busy in another window or the command line. "
            "Try again in a few seconds; nothing was lost.",
        )


class StoreReadOnly(Error):
    """The log can be read but not changed (a read-only file or folder, another owner)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"De lijst met toezeggingen ({path}) kan alleen gelezen worden: het bestand of de "
            "map is alleen-lezen of van een andere gebruiker. Je ziet alles, maar kunt niets "
            "toevoegen of wijzigen. Vraag zo nodig je beheerder om schrijfrechten.",
            f"The commitment log ({path}) can only be read: the file or its folder is "
            "read-only or belongs to another user. You see everything but cannot add or change "
            "anything. Ask your administrator for write access if needed.",
        )


class StoreFull(Error):
    """The disk is full: the write was rolled back, nothing already saved is lost."""

    def __init__(self) -> None:
        super().__init__(
            "De schijf is vol: deze wijziging is niet opgeslagen. Wat al in de lijst stond, is "
            "er nog. Maak ruimte vrij en probeer het opnieuw.",
            "The disk is full: this change was not saved. Everything already in the log is "
            "still there. Free some space and try again.",
        )


class StoreUnavailable(Error):
    """The log can be neither opened nor created; nothing was changed or moved."""

    def __init__(self, path: Path, reason_nl: str, reason_en: str) -> None:
        super().__init__(
            f"De lijst met toezeggingen ({path}) kan niet worden geopend: {reason_nl}. Er is "
            "niets gewijzigd of verplaatst.",
            f"The commitment log ({path}) cannot be opened: {reason_en}. Nothing was changed "
            "or moved.",
        )


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
    if salvaged:
        nl_new = (
            f"er is een nieuwe lijst begonnen met de {salvaged} toezeggingen die nog leesbaar waren"
        )
        en_new = f"a new log was started with the {salvaged} commitments that could still be read"
    else:
        nl_new = "er is een nieuwe, lege lijst begonnen (er was niets meer leesbaar)"
        en_new = "a new, empty log was started (nothing could be read from it)"
    return StoreCorrupt(
        "De lijst met toezeggingen was beschadigd; het bestand is bewaard als "
        f"{moved_to} en {nl_new}. {nl_backup}",
        f"The commitment log was damaged; the file was kept as {moved_to} and {en_new}. "
        f"{en_backup}",
    )
