"""Files in and out of the log: export to CSV or iCalendar, import a CSV export.

Part of `CommitmentStore` (log.py); the formats themselves are in export.py.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from reactiewijzer.core.store import export as formats
from reactiewijzer.core.store.guard import guarded, writes
from reactiewijzer.core.store.records import COLUMNS, moment_now
from reactiewijzer.core.store.schema import TABLE, write_transaction

# The columns that say which promise a row is; two rows equal in all of them are still two
# promises (one to each of two people with the same name, say), so import counts them.
_IDENTITY = ("text", "created", "person", "handle", "platform", "thread_ref", "reply", "due")


class Transfer:
    """The part of `CommitmentStore` that writes and reads export files."""

    @guarded
    def export(
        self,
        path: Path | str,
        *,
        kind: str | None = None,
        filter: str | None = None,
        style: str = "plain",
        alarm: timedelta | None = None,
    ) -> int:
        """Export to `path` by its suffix (.csv or .ics; anything else is refused)."""
        path = Path(path)
        if formats.export_kind(path, kind) == "ics":
            return self.export_ics(path, filter=filter or "open", alarm=alarm)
        return self.export_csv(path, filter or "all", style=style)

    @guarded
    def export_csv(self, path: Path | str, filter: str = "all", *, style: str = "plain") -> int:
        """CSV: style "nl" (Dutch Excel), "en" (English Excel) or "plain" (for scripts)."""
        path = Path(path)
        formats.export_kind(path, "csv")
        return formats.write_csv(self.list(filter), path, style=style)

    @writes
    @guarded
    def import_csv(self, path: Path | str) -> int:
        """Add the rows of a CSV export (any style). Every row of the file is kept: a row is
        only skipped when the log already holds as many identical rows as the file does, so
        importing the same file twice doubles nothing and two equal promises stay two."""
        rows = formats.read_csv(Path(path))
        added = 0
        seen: dict[tuple, int] = {}
        with write_transaction(self.db) as db:
            # Only a row created at a moment already in the log can be there already.
            before = {c for (c,) in db.execute(f"SELECT DISTINCT created FROM {TABLE}")}
            for row in rows:
                added += _import_row(db, row, seen, before)
        return added

    @guarded
    def export_ics(
        self,
        path: Path | str,
        *,
        filter: str = "open",
        kind: str = "VEVENT",
        alarm: timedelta | None = None,
    ) -> int:
        """iCalendar; `alarm`: a reminder that long before the due date."""
        path = Path(path)
        formats.export_kind(path, "ics")
        return formats.write_ics(self.list(filter), path, now=moment_now(), kind=kind, alarm=alarm)


def _import_row(db: Any, row: dict[str, Any], seen: dict[tuple, int], before: set[str]) -> int:
    now = moment_now().isoformat()
    row = {c: row.get(c) for c in COLUMNS}
    row["created"] = row["created"] or now
    row["updated"] = row["updated"] or now
    if row["status"] != "open" and not row["done_at"]:
        row["done_at"] = row["updated"]  # retention counts from here
    identity = tuple(row[c] for c in _IDENTITY)
    seen[identity] = seen.get(identity, 0) + 1
    where = " AND ".join(f"{c} IS ?" for c in _IDENTITY)
    if row["created"] in before:
        here = db.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", identity).fetchone()[0]
    else:
        here = seen[identity] - 1  # only this file's earlier copies, all added
    if here >= seen[identity]:
        return 0  # this copy of the row is already in the log
    wanted = row.pop("id")
    if wanted and str(wanted).isdigit():
        taken = db.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", (int(wanted),)).fetchone()
        if not taken:
            row["id"] = int(wanted)  # an export read back into an empty log keeps its numbers
    db[TABLE].insert(row)
    return 1
