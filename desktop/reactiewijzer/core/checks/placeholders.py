"""Unfilled placeholders: "[Vertel waarom: ‘… omdat …’]" left in a reply.

The follow-up draft leaves them for the writer to fill in; posted as they are, they tell the
citizen nobody read the reply. The words that mark a placeholder are data:
resources/commitments/placeholders.yml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.resources import read_yaml, resource_path

RULE = "broadcast_only.placeholder"
# Findings of these rules block "Kopieer reactie": there is no "copy anyway".
BLOCKS_COPY = frozenset({RULE})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = read_yaml(resource_path("commitments", "placeholders.yml"))
    words = [w for lang in data["instructions"].values() for w in lang]
    # Brackets on one line, no nested brackets: linear on any text.
    longest = int(data["max_length"])
    bracket = re.compile(rf"\[([^\[\]\n]{{1,{longest}}})\]")
    alternatives = "|".join(re.escape(w) for w in words)
    opens = re.compile(rf"(?i)^\W*(?:{alternatives})\b")
    marks = re.compile(
        "|".join(
            [re.escape(e) for e in data["ellipsis"]]
            + [rf"\b{re.escape(m)}\b" for m in data["markers"]]
        )
    )
    return bracket, opens, marks


def is_placeholder(inner: str) -> bool:
    _, opens, marks = _patterns()
    return bool(opens.search(inner) or marks.search(inner))


def check_placeholders(ctx: DraftContext) -> Iterator[Finding]:
    if "[" not in ctx.text:
        return
    bracket, _, _ = _patterns()
    for m in bracket.finditer(ctx.text):
        if is_placeholder(m.group(1)):
            yield ctx.finding(RULE, m.start(), m.end())
