"""Jobs the window runs in its workers. No Qt here: the checks' process imports this module to
unpickle a job, and should not load Qt for it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from reactiewijzer.core.model import Commitment, Report

# No platform takes a reply longer than 10,000 characters (YouTube). Past this, a check would
# keep a core busy for seconds: the live check says so and the copy flow checks only this much.
MAX_CHECK_CHARS = 50_000


def final_check(
    check: Callable[..., Report],
    find_commitments: Any,
    draft: str,
    thread: Any,
    platform: str,
    profile: dict[str, str],
) -> tuple[Report, list[Commitment]]:
    """The copy flow's last look, in the checks' process: the report and the promises."""
    report = check(draft, thread or None, platform or None, profile)
    commitments = list(report.commitments)
    if callable(find_commitments):
        # On failure the engine's own reading of the promises is still there.
        with contextlib.suppress(Exception):
            commitments = list(find_commitments(draft))
    return report, commitments
