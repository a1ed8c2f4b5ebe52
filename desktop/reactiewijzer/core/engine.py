"""Runs rule packs and coded checks over a draft; sorts and de-duplicates findings."""

from __future__ import annotations

from reactiewijzer.core.errors import InputError
from reactiewijzer.core.model import Report


def check(
    draft: str,
    *,
    thread: str | None = None,
    lang: str = "auto",
    platform: str | None = None,
    grammar: bool = False,
) -> Report:
    """Check `draft` against the guide. Provisional: the engine is being built."""
    if lang not in ("auto", "nl", "en"):
        raise InputError(f"Onbekende taal: {lang}", f"Unknown language: {lang}")
    return Report(lang="nl" if lang == "auto" else lang, findings=(), readability=None)
