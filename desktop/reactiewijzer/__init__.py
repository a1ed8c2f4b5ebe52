"""Reactiewijzer: checks social-media replies against the guide, offline.

The public API is importable without Qt:

    from reactiewijzer import check
    report = check("Beste Anna, ...", thread=pasted_thread_text)
"""

from __future__ import annotations

__version__ = "0.1.0"

from reactiewijzer.core.commitments import find_commitments
from reactiewijzer.core.engine import check
from reactiewijzer.core.model import (
    CATEGORIES,
    Commitment,
    Finding,
    Readability,
    Report,
)
from reactiewijzer.core.thread import read_thread

__all__ = [
    "CATEGORIES",
    "Commitment",
    "Finding",
    "Readability",
    "Report",
    "__version__",
    "check",
    "find_commitments",
    "read_thread",
]
