"""Promises in a reply: finding them, their due dates, the dates a user types, the follow-up
message, and what the commitment log keeps of the thread they answer.

    from reactiewijzer.core.promises import find_commitments
    find_commitments("Ik bel je vrijdag terug.", written_at=now)

The parts that need the store (follow-ups, the thread excerpt) are loaded when first asked
for: finding promises in a draft must not pay for SQLite.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from reactiewijzer.core.promises.due_dates import resolve_due
from reactiewijzer.core.promises.find import find_commitments, guess_lang, is_promise

# name -> the module (in this package) that holds it, imported on first use.
_LATER = {
    "format_date": "date_entry",
    "read_typed_date": "date_entry",
    "follow_up_draft": "follow_up",
    "MAX_EXCERPT": "log_context",
    "Recipient": "log_context",
    "as_thread": "log_context",
    "excerpt_for": "log_context",
    "recipient": "log_context",
}

__all__ = ["find_commitments", "guess_lang", "is_promise", "resolve_due", *_LATER]


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
