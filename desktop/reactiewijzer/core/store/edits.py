"""Writing the log: adding commitments, closing and reopening them, changing their fields.

Part of `CommitmentStore` (log.py). Every write is one short transaction (schema.py); when a
method returns, the change is on disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.model import Commitment
from reactiewijzer.core.store.guard import guarded, writes
from reactiewijzer.core.store.records import MAX_EXCERPT, StoredCommitment, moment_now
from reactiewijzer.core.store.schema import TABLE, write_transaction

MAX_TEXT = 5_000
MAX_REPLY = 100_000
_EDITABLE = frozenset({"text", "due", "person", "handle", "platform", "thread_ref", "note"})


class Edits:
    """The part of `CommitmentStore` that adds and changes commitments."""

    def _new_row(self, text: str, **values: Any) -> dict[str, Any]:
        text = (text or "").strip()
        if not text:
            raise InputError(*texts("log.empty_commitment"))
        if len(text) > MAX_TEXT or len(values.get("reply") or "") > MAX_REPLY:
            raise InputError(*texts("log.too_long", text_limit=MAX_TEXT, reply_limit=MAX_REPLY))
        excerpt = (values.get("thread_excerpt") or "").strip() or None
        if excerpt and len(excerpt) > MAX_EXCERPT:
            raise InputError(*texts("log.excerpt_too_long", limit=MAX_EXCERPT))
        now = moment_now().isoformat()
        due = values.get("due")
        row = {
            "text": text,
            "due": due.isoformat() if isinstance(due, date) else (due or None),
            "status": "open",
            "person": _clean(values.get("person")),
            "handle": _clean(values.get("handle")),
            "platform": _clean(values.get("platform")),
            "thread_ref": _clean(values.get("thread_ref")),
            "reply": values.get("reply") or None,
            "thread_excerpt": excerpt,
            "created": (values.get("created") or moment_now()).isoformat(),
            "done_at": None,
            "note": None,
            "updated": now,
        }
        if row["due"]:
            date.fromisoformat(row["due"])  # a bad date fails here, before the write
        return row

    @writes
    @guarded
    def add(self, text: str, *, due: date | None = None, person: str | None = None,
            handle: str | None = None, platform: str | None = None,
            thread_ref: str | None = None, reply: str | None = None,
            thread_excerpt: str | None = None,
            created: datetime | None = None) -> StoredCommitment:  # fmt: skip
        """Log one commitment; when this returns, it is on disk. `thread_excerpt`: the post the
        reply answers (core/promises/log_context.py), at most MAX_EXCERPT characters."""
        row = self._new_row(
            text, due=due, person=person, handle=handle, platform=platform,
            thread_ref=thread_ref, reply=reply, thread_excerpt=thread_excerpt, created=created,
        )  # fmt: skip
        with write_transaction(self.db) as db:
            new_id = db[TABLE].insert(row).last_pk
        return self.get(new_id)

    @writes
    @guarded
    def add_many(self, commitments: Iterable[Commitment], **common: Any) -> list[StoredCommitment]:
        """Log the commitments found in one reply (after the user confirmed them), at once."""
        rows = [self._new_row(c.text, due=c.due, **common) for c in commitments]
        ids = []
        with write_transaction(self.db) as db:
            for row in rows:
                ids.append(db[TABLE].insert(row).last_pk)
        return [self.get(i) for i in ids]

    def _update(self, commitment_id: int, **values: Any) -> StoredCommitment:
        self.get(commitment_id)  # says clearly when it does not exist
        values["updated"] = moment_now().isoformat()
        with write_transaction(self.db) as db:
            db[TABLE].update(int(commitment_id), values)
        return self.get(commitment_id)

    @writes
    @guarded
    def mark_done(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "done", note)

    @writes
    @guarded
    def drop(self, commitment_id: int, note: str | None = None) -> StoredCommitment:
        return self._close_as(commitment_id, "dropped", note)

    def _close_as(self, commitment_id: int, status: str, note: str | None) -> StoredCommitment:
        values: dict[str, Any] = {"status": status, "done_at": moment_now().isoformat()}
        if note is not None and note.strip():
            values["note"] = note.strip()
        return self._update(commitment_id, **values)

    @writes
    @guarded
    def reopen(self, commitment_id: int) -> StoredCommitment:
        return self._update(commitment_id, status="open", done_at=None)

    @writes
    @guarded
    def set_due(self, commitment_id: int, due: date | None) -> StoredCommitment:
        return self._update(commitment_id, due=due.isoformat() if due else None)

    @writes
    @guarded
    def set_text(self, commitment_id: int, text: str) -> StoredCommitment:
        return self._update(commitment_id, text=self._new_row(text)["text"])

    @writes
    @guarded
    def edit(self, commitment_id: int, **changes: Any) -> StoredCommitment:
        """Change any of text, due, person, handle, platform, thread_ref and note at once; a
        field not given stays as it is, an empty one is cleared (the text cannot be)."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise InputError(*texts("log.fixed_fields", fields=", ".join(sorted(unknown))))
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "text":
                values["text"] = self._new_row(value)["text"]
            elif name == "due":
                values["due"] = value.isoformat() if isinstance(value, date) else None
            elif name == "note":
                values["note"] = (value or "").strip() or None
            else:
                values[name] = _clean(value)
        if not values:
            return self.get(commitment_id)
        return self._update(commitment_id, **values)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
