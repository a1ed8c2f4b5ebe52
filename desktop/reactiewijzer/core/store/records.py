"""The value the store hands out: one logged commitment, frozen."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

# Column order of the CSV export and the JSON output (the excerpt next to the reply it was
# answered with; on disk it is the last column: schema.STORED_COLUMNS).
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
    "thread_excerpt",
    "created",
    "done_at",
    "note",
    "updated",
)

# The thread excerpt kept with a commitment: enough to recall what the citizen asked, bounded so
# a pasted wall of text is not stored a second time with every promise.
MAX_EXCERPT = 1_000

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def moment_now() -> datetime:
    """Now as the log stores moments: local time with its UTC offset, whole seconds."""
    return datetime.now().astimezone().replace(microsecond=0)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


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
    thread_excerpt: str | None  # the post of the thread the reply answers, with who wrote it
    created: datetime
    done_at: datetime | None
    note: str | None
    updated: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredCommitment:
        # A damaged page can leave a cell that passes SQLite's checks but is no date: the row
        # is still shown (with the date empty), never a crash of the whole list.
        created = _moment(row.get("created")) or _moment(row.get("updated")) or _EPOCH
        status = row.get("status")
        return cls(
            id=int(row["id"]),
            text=row.get("text") or "",
            due=_day(row.get("due")),
            status=status if status in ("open", "done", "dropped") else "open",
            person=row.get("person"),
            handle=row.get("handle"),
            platform=row.get("platform"),
            thread_ref=row.get("thread_ref"),
            reply=row.get("reply"),
            thread_excerpt=row.get("thread_excerpt"),
            created=created,
            done_at=_moment(row.get("done_at")),
            note=row.get("note"),
            updated=_moment(row.get("updated")) or created,
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
