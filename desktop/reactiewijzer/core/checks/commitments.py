"""Promises in the draft, as permanence findings: dated ones to log, vague ones to pin down."""

from __future__ import annotations

from collections.abc import Iterator

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Commitment, Finding


def commitment_findings(
    ctx: DraftContext, commitments: list[Commitment], found: list[Finding]
) -> Iterator[Finding]:
    """One finding per promise, unless a permanence rule already flags those words."""
    permanence = [(f.start, f.end) for f in found if f.category == "permanence"]
    for c in commitments:
        if any(a < c.end and c.start < b for a, b in permanence):
            continue
        if c.due is None:
            yield ctx.finding("permanence.vague_promise", c.start, c.end)
        else:
            yield ctx.finding("permanence.commitment", c.start, c.end, due=c.due.isoformat())
