"""Promises in the draft, as permanence findings: dated ones to log, vague ones to pin down."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.vocabulary import vocabulary
from reactiewijzer.core.model import Commitment, Finding


@lru_cache(maxsize=2)
def _later(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(vocabulary()["promise_later"][lang]), re.IGNORECASE)


@lru_cache(maxsize=2)
def _markers(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(vocabulary()["promise_markers"][lang]), re.IGNORECASE)


def commitment_findings(
    ctx: DraftContext, commitments: list[Commitment], found: list[Finding]
) -> Iterator[Finding]:
    """One finding per promise, unless a permanence rule already flags those words."""
    permanence = [(f.start, f.end) for f in found if f.category == "permanence"]
    markers = _markers(ctx.lang)
    for c in commitments:
        if any(a < c.end and c.start < b for a, b in permanence):
            continue
        if not markers.search(c.text):
            continue  # "we vervangen de voegen": a plan stated, not a promise to the person
        if c.due is None:
            if _later(ctx.lang).search(c.text):
                yield ctx.finding("permanence.vague_promise", c.start, c.end)
        else:
            yield ctx.finding("permanence.commitment", c.start, c.end, due=c.due.isoformat())
