"""Privacy (AVG): every commitment about one person, erasing them everywhere, and the
retention period after which finished commitments leave the log.

Part of `CommitmentStore` (log.py); the erasure in copies and files is in erase.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.store import erase as erasure
from reactiewijzer.core.store.guard import guarded
from reactiewijzer.core.store.records import StoredCommitment
from reactiewijzer.core.store.recovery import StoreReadOnly
from reactiewijzer.core.store.schema import TABLE, write_transaction

RETENTION_DAYS = 365


class Privacy:
    """The part of `CommitmentStore` that finds, erases and expires what is kept of people."""

    @guarded
    def about(self, person_or_handle: str) -> list[StoredCommitment]:
        """Every commitment `forget` would erase: to show before asking "are you sure?"."""
        return self._rows(
            f"SELECT * FROM {TABLE} WHERE {erasure.PERSON_MATCH} ORDER BY id",
            erasure.keys(person_or_handle),
        )

    def forget(self, person_or_handle: str) -> int:
        """Erase one person everywhere (see `erase`); returns how many rows left the log."""
        return self.erase(person_or_handle).log_rows

    @guarded
    def erase(self, person_or_handle: str) -> erasure.ErasureReport:
        """Erase every commitment of one person or handle (AVG) from the log, its search
        index, every backup, every copy kept aside, and remove temporary copies.

        Matches the name or the handle without regard to case or a leading '@'. A thread
        excerpt of another commitment that names the person (their post) is cleared. The log is
        VACUUMed and its write-ahead log emptied, so the bytes are gone from the files too.
        The report says what was removed where, and which files still hold the name.
        """
        key, _ = erasure.keys(person_or_handle)
        if not key:
            raise InputError(*texts("log.erase_who"))
        if self.read_only:
            raise StoreReadOnly(self.path)
        report = erasure.ErasureReport(key)
        with write_transaction(self.db) as db:
            report.log_rows, report.excerpts = erasure.erase_rows(db.conn, key)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for path in erasure.kept_copies(self.path):
            count, rebuilt = erasure.erase_in_copy(path, key)
            (report.rebuilt if rebuilt else report.copies).append((path, count))
        report.removed = erasure.remove_temporary(self.path)
        report.still_found = erasure.files_mentioning(self.path.parent, key)
        # The day's backup now holds no trace of the person either; nothing to refresh.
        return report

    @guarded
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
