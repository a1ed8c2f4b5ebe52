"""Reactiewijzer: checks social-media replies against the guide, offline.

The public API is importable without Qt:

    from reactiewijzer import check
    report = check("Beste Anna, ...", thread=pasted_thread_text)
    for finding in report.findings:
        for fix in finding.fixes:  # fix.kind: replace, insert_before, insert_after or none
            if fix.kind != "none":
                new_text = apply_fix(draft, finding, fix)
"""

from __future__ import annotations

__version__ = "0.1.0"

from reactiewijzer.core.engine import check
from reactiewijzer.core.fixes import apply_fix
from reactiewijzer.core.model import (
    Commitment,
    Finding,
    Fix,
    Readability,
    Report,
)
from reactiewijzer.core.promises import find_commitments
from reactiewijzer.core.thread import read_thread


def __getattr__(name: str):
    # CATEGORIES is data (resources/categories.yml), read when first asked for.
    if name == "CATEGORIES":
        from reactiewijzer.core.catalogue import categories

        return categories()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATEGORIES",
    "Commitment",
    "Finding",
    "Fix",
    "Readability",
    "Report",
    "__version__",
    "apply_fix",
    "check",
    "find_commitments",
    "read_thread",
]
