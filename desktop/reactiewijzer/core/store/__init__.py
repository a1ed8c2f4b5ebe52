"""The commitment log: one SQLite file, and the only code in the app that runs SQL.

The front door of `core/store/`: callers import from here, never from the modules behind it.
`log` holds `CommitmentStore`, made of one part per idea: `opening` (create, check, read-only),
`repair` (damage kept aside, rows saved; restoring a backup), `backup` (the daily copies),
`queries` (lists and search), `edits` (add and change), `privacy` (erasure, retention),
`transfer` (export and import). Beneath them: `schema` (connection and migrations), `records`
(the frozen `StoredCommitment`), `recovery` (what SQLite's failures mean), `guard` (turning
them into errors the user can act on), `files` (where the log lives, owner-only), `salvage`
(reading a damaged file), `erase` (erasing a person in every copy), `export` (CSV and
iCalendar). docs/commitments.md describes the whole.
"""

from reactiewijzer.core.store.backup import BackupInfo
from reactiewijzer.core.store.erase import ErasureReport
from reactiewijzer.core.store.files import DB_NAME
from reactiewijzer.core.store.log import CommitmentStore
from reactiewijzer.core.store.queries import FILTERS
from reactiewijzer.core.store.records import MAX_EXCERPT, StoredCommitment
from reactiewijzer.core.store.recovery import (
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreUnavailable,
)

__all__ = [
    "DB_NAME",
    "FILTERS",
    "MAX_EXCERPT",
    "BackupInfo",
    "CommitmentStore",
    "ErasureReport",
    "StoreBusy",
    "StoreFull",
    "StoreReadOnly",
    "StoreUnavailable",
    "StoredCommitment",
]
