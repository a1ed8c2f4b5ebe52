"""A draft reply that closes the loop on a kept promise ("Op 12 november beloofden we je ...").

The wording is data: resources/commitments/follow_up.yml. The draft is a starting point: it
goes through the normal checks before it is sent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reactiewijzer.core.commitments import guess_lang
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.resources import read_yaml, resource_path
from reactiewijzer.core.store import StoredCommitment


@lru_cache(maxsize=1)
def _templates() -> dict[str, dict[str, Any]]:
    path = resource_path("commitments", "follow_up.yml")
    return read_yaml(path)


def follow_up_draft(
    commitment: StoredCommitment, *, lang: str = "auto", done_text: str | None = None
) -> str:
    """The follow-up for a done commitment, in the promise's language unless `lang` is given.

    `done_text` is what the citizen is told was done. The commitment's note is internal and
    never goes into the draft: without `done_text` the draft gets a placeholder, which the
    placeholder check (core/checks/placeholders.py) keeps from being copied unfilled."""
    if commitment.status != "done":
        raise InputError(
            "Een vervolgreactie kan pas als de toezegging is afgerond.",
            "A follow-up can only be drafted once the commitment is done.",
        )
    if lang == "auto":
        lang = guess_lang(commitment.reply or commitment.text)
    t = _templates()[lang]
    name = _first_name(commitment)
    greeting = t["greeting"].format(name=name) if name else t["greeting_without_name"]
    made = commitment.created
    when = f"{made.day} {t['months'][made.month - 1]}"
    note = (done_text or "").strip()
    body = t["body"].format(
        date=when,
        promise=commitment.text.strip(),
        note=_as_sentence(note) if note else t["note_missing"],
    )
    parts = [greeting, "", body]
    if not _says_why(note, t["because_words"]):
        parts.append(t["why"])
    parts += ["", t["closing"]]
    return "\n".join(parts)


def _first_name(c: StoredCommitment) -> str:
    if c.person and c.person.strip():
        return c.person.split()[0]
    return c.handle or ""


def _as_sentence(note: str) -> str:
    return note if note[-1] in ".!?…" else note + "."


def _says_why(note: str, because_words: list[str]) -> bool:
    lowered = note.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in because_words)
