"""Reading the log: one commitment, the lists behind each filter, the reminder, and search.

Part of `CommitmentStore` (log.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from typing import Any

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.store.guard import guarded
from reactiewijzer.core.store.records import StoredCommitment
from reactiewijzer.core.store.salvage import tolerant_text
from reactiewijzer.core.store.schema import TABLE

FILTERS = ("open", "due_this_week", "overdue", "done", "dropped", "all")

_ORDER = "ORDER BY due IS NULL, due, id"
_FILTER_SQL = {
    "open": ("status = 'open'", _ORDER),
    "due_this_week": ("status = 'open' AND due >= :today AND due <= :week_end", _ORDER),
    "overdue": ("status = 'open' AND due < :today", _ORDER),
    "done": ("status = 'done'", "ORDER BY done_at DESC, id DESC"),
    "dropped": ("status = 'dropped'", "ORDER BY done_at DESC, id DESC"),
    "all": ("1", "ORDER BY created DESC, id DESC"),
}


class Queries:
    """The part of `CommitmentStore` that reads."""

    def _rows(self, sql: str, params: dict[str, Any] | tuple = ()) -> list[StoredCommitment]:
        try:
            return self._read(sql, params)
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise
        # A cell with broken UTF-8 (a damaged page that still passes the checks): read it with
        # U+FFFD for the bad bytes instead of failing the whole list.
        conn = self.db.conn
        conn.text_factory = tolerant_text
        try:
            return self._read(sql, params)
        finally:
            conn.text_factory = str

    def _read(self, sql: str, params: dict[str, Any] | tuple) -> list[StoredCommitment]:
        cursor = self.db.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [StoredCommitment.from_row(dict(zip(names, row, strict=True))) for row in cursor]

    @guarded
    def get(self, commitment_id: int) -> StoredCommitment:
        found = self._rows(f"SELECT * FROM {TABLE} WHERE id = ?", (int(commitment_id),))
        if not found:
            raise InputError(*texts("log.no_such_commitment", id=str(commitment_id)))
        return found[0]

    @guarded
    def list(
        self, filter: str = "open", *, today: date | None = None, limit: int | None = None
    ) -> list[StoredCommitment]:
        """Commitments for one of FILTERS. "due_this_week": open, due today up to Sunday."""
        where, order, params = _filter(filter, today)
        sql = f"SELECT * FROM {TABLE} WHERE {where} {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, params)

    @guarded
    def count(self, filter: str = "open", *, today: date | None = None) -> int:
        where, _, params = _filter(filter, today)
        return self.db.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params).fetchone()[0]

    @guarded
    def due_soon(self, today: date | None = None, days: int = 2) -> list[StoredCommitment]:
        """Open commitments overdue or due within `days` days: the reminder at start."""
        today = today or date.today()
        limit = (today + timedelta(days=days)).isoformat()
        return self._rows(
            f"SELECT * FROM {TABLE} WHERE status = 'open' AND due <= ? {_ORDER}", (limit,)
        )

    @guarded
    def search(
        self, query: str, *, limit: int = 100, filter: str = "all", today: date | None = None
    ) -> list[StoredCommitment]:
        """Full-text search over text, person, handle, note, the reply and the thread excerpt;
        words as prefixes.
        `filter` (one of FILTERS) narrows the hits: search and filter combine."""
        terms = re.findall(r"\w+", query)
        if not terms:
            return []
        where, _, params = _filter(filter, today)
        # Each word quoted (no FTS syntax from the user) and a prefix: "lantaarn" finds
        # "lantaarnpaal", as the user types.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        return self._rows(
            f"SELECT c.* FROM {TABLE}_fts JOIN {TABLE} c ON c.id = {TABLE}_fts.rowid "
            f"WHERE {TABLE}_fts MATCH :match AND ({where}) ORDER BY rank LIMIT :limit",
            {"match": match, "limit": int(limit), **params},
        )


def _filter(name: str, today: date | None) -> tuple[str, str, dict[str, str]]:
    """The WHERE and ORDER BY of one of FILTERS, and the dates they compare with."""
    if name not in _FILTER_SQL:
        raise InputError(*texts("log.unknown_filter", name=name, choices=", ".join(FILTERS)))
    today = today or date.today()
    where, order = _FILTER_SQL[name]
    # "due_this_week": from today up to and including Sunday.
    week_end = today + timedelta(days=6 - today.weekday())
    return where, order, {"today": today.isoformat(), "week_end": week_end.isoformat()}
