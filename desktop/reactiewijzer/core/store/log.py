"""CommitmentStore: the commitment log in SQLite.

Opening the store: the file is created owner-only, checked (`integrity_check` and the search
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
import time
import weakref
from datetime import date
from pathlib import Path

from reactiewijzer.core.errors import Error, StoreCorrupt
from reactiewijzer.core.paths import default_data_dir
from reactiewijzer.core.store.backup import Backups
from reactiewijzer.core.store.edits import Edits
from reactiewijzer.core.store.files import DB_NAME, data_dir, private_dir
from reactiewijzer.core.store.guard import os_error
from reactiewijzer.core.store.opening import Opening
from reactiewijzer.core.store.privacy import RETENTION_DAYS, Privacy
from reactiewijzer.core.store.queries import Queries
from reactiewijzer.core.store.recovery import StoreNotice, StoreReadOnly
from reactiewijzer.core.store.repair import Repair
from reactiewijzer.core.store.transfer import Transfer


class CommitmentStore(Opening, Repair, Backups, Queries, Edits, Privacy, Transfer):
    """The commitment log. Methods return frozen `StoredCommitment`s or plain values.

    Each idea is a part of its own: opening and checking (opening.py), repair and restore
    (repair.py), backups (backup.py), reading and search (queries.py), adding and changing
    (edits.py), erasure and retention (privacy.py), export and import (transfer.py). This
    class holds the state they share and the life cycle: open, close.
    """

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
                raise os_error(Path(DB_NAME), exc) from exc
        else:
            self.path = Path(path)
            # Our own folder is made owner-only; a folder the user chose is created so, but
            # an existing one is left as they set it up.
            try:
                private_dir(self.path.parent, tighten=self.path.parent == default_data_dir())
            except OSError as exc:
                if not self.path.parent.is_dir():
                    raise os_error(self.path, exc) from exc
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


def _close_at_exit(ref: weakref.ref) -> None:
    store = ref()
    if store is not None:
        with contextlib.suppress(Exception):
            store.close()
