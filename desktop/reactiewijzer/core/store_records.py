"""The value the store hands out: one logged commitment, frozen."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

# Column order of the table, the CSV export and the JSON output.
COLUMNS = (
    "id",
    "text",
    "due",
    "status",
    "person",
    "handle",
    "platform",
    "thread_ref",
    "reply",
    "created",
    "done_at",
    "note",
    "updated",
)


@dataclass(frozen=True, slots=True)
class StoredCommitment:
    id: int
    text: str
    due: date | None
    status: str  # open | done | dropped
    person: str | None
    handle: str | None
    platform: str | None
    thread_ref: str | None
    reply: str | None
    created: datetime
    done_at: datetime | None
    note: str | None
    updated: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredCommitment:
        return cls(
            id=int(row["id"]),
            text=row["text"],
            due=date.fromisoformat(row["due"]) if row.get("due") else None,
            status=row["status"],
            person=row.get("person"),
            handle=row.get("handle"),
            platform=row.get("platform"),
            thread_ref=row.get("thread_ref"),
            reply=row.get("reply"),
            created=datetime.fromisoformat(row["created"]),
            done_at=datetime.fromisoformat(row["done_at"]) if row.get("done_at") else None,
            note=row.get("note"),
            updated=datetime.fromisoformat(row["updated"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain values (ISO strings for dates) in COLUMNS order, for JSON and CSV."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today

    @property
    def who(self) -> str:
        """The person's name, else their handle, else empty."""
        return self.person or self.handle or ""
