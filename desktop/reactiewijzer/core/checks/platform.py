"""Length against the platform's limit, counted the way the platform counts it.

X counts every link as 23 characters and weighs emoji and CJK characters as 2
(its "weighted length"); the others count characters (code points).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.resources import read_yaml, resource_path
from reactiewijzer.core.text import URL_RE

# Code-point ranges X weighs as 1; everything else (emoji, CJK) weighs 2.
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
# Zero-width joiners and variation selectors add nothing to an emoji sequence's weight.
_FREE = frozenset({0x200D, 0xFE0E, 0xFE0F}) | frozenset(range(0x1F3FB, 0x1F400))
_FREE_RE = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")


@lru_cache(maxsize=1)
def platforms() -> dict[str, dict[str, Any]]:
    data = read_yaml(resource_path("platforms.yml"))
    return data["platforms"]


def _weight(ch: str) -> int:
    cp = ord(ch)
    if cp < 4352:
        return 1  # the common case first: Latin text
    if cp in _FREE:
        return 0
    return 1 if any(a <= cp <= b for a, b in _LIGHT_RANGES) else 2


def counted_length(text: str, platform: str | None) -> int:
    """The length the platform shows for this text."""
    return _fast_total(text, platforms().get(platform or "", {}))


_HEAVY = re.compile(
    "[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]"
)


def _fast_total(text: str, spec: dict[str, Any]) -> int:
    """The counted length without per-character work (the common case: under the limit)."""
    total = len(text)
    url_len = spec.get("url_length")
    if url_len:
        for m in URL_RE.finditer(text):
            total += url_len - (m.end() - m.start())
    if spec.get("weighted"):
        total += len(_HEAVY.findall(text)) - len(_FREE_RE.findall(text))
    return total


def _overflow_start(text: str, spec: dict[str, Any], limit: int) -> int:
    """Index of the first character that no longer fits within `limit`."""
    url_len = spec.get("url_length")
    weighted = spec.get("weighted", False)
    url_at = {m.start(): m.end() for m in URL_RE.finditer(text)} if url_len else {}
    total, i = 0, 0
    while i < len(text):
        end = url_at.get(i)
        step = url_len if end is not None else (_weight(text[i]) if weighted else 1)
        if total + step > limit:
            return i
        total += step
        i = end if end is not None else i + 1
    return len(text)


def check_length(ctx: DraftContext) -> Iterator[Finding]:
    spec = platforms().get(ctx.platform or "")
    if not spec or not spec.get("limit"):
        return
    limit = int(spec["limit"])
    total = _fast_total(ctx.text, spec)
    if total <= limit:
        return
    # The span is the part that does not fit: from the first character past the limit.
    start = min(_overflow_start(ctx.text, spec, limit), max(0, len(ctx.text) - 1))
    end = len(ctx.text.rstrip()) or len(ctx.text)
    name = spec.get("name_en" if ctx.lang == "en" else "name", spec.get("name", ctx.platform))
    yield ctx.finding(
        "platform.too_long",
        start,
        max(end, start + 1),
        length=total,
        limit=limit,
        platform=name,
        over=total - limit,
    )
