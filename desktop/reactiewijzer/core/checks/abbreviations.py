"""Abbreviations the reader may not know, unless the draft or the thread explains them.

The lists are resources/wordlists/abbreviations_<lang>.tsv: abbreviation, expansion, known.
An abbreviation counts as explained when its expansion appears in the draft or the thread, or
when it stands in brackets next to words ("Rijkswaterstaat (RWS)", "RWS (Rijkswaterstaat)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.resources import resource_path

# Two or more capitals, optionally with lower-case letters between them (IenW, JenV, NOx).
# "^HE" under a reply is the writer's initials (a webcare convention on X), not an abbreviation.
# The first capital opens the pattern and the look back follows it: the regex engine then jumps
# from capital to capital instead of looking back at every character (three times faster).
_CANDIDATE = re.compile(
    r"([A-Z](?<![\w@#/.^-][A-Z])[A-Za-z]*[A-Z][A-Za-z]*)(?![\w/]|-[A-Z0-9]|\.\w)"
)


class Abbreviation(NamedTuple):
    expansion: str
    known: bool


@lru_cache(maxsize=2)
def abbreviations(lang: str) -> dict[str, Abbreviation]:
    path = resource_path("wordlists", f"abbreviations_{lang}.tsv")
    out: dict[str, Abbreviation] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0].strip().lower() == "abbreviation":
            continue  # header row
        known = len(cols) > 2 and cols[2].strip().lower() in ("yes", "ja", "true", "1")
        out[cols[0].strip()] = Abbreviation(cols[1].strip() if len(cols) > 1 else "", known)
    return out


def _explained(abbr: str, expansion: str, context: str) -> bool:
    if expansion and expansion.lower() in context.lower():
        return True
    esc = re.escape(abbr)
    # "Rijkswaterstaat (RWS)" or "RWS (Rijkswaterstaat)" or "RWS: Rijkswaterstaat"
    return bool(
        re.search(
            rf"\w\s*\(\s*{esc}\s*\)|\b{esc}\s*\(\s*\w{{3,}}|\b{esc}(?::|\s[=–—-])\s*\w{{3,}}",
            context,
        )
    )


def _without_signature(text: str) -> str:
    """The draft without its last line when that is a short sign-off: "Sanne (Rijkswaterstaat)"
    under a reply does not explain the "RWS" in it."""
    body, _, last = text.rstrip().rpartition("\n")
    return body if body and len(last.split()) <= 6 else text


def check_abbreviations(ctx: DraftContext) -> Iterator[Finding]:
    table = abbreviations(ctx.lang)
    context = f"{_without_signature(ctx.text)}\n{ctx.thread_text}"
    seen: set[str] = set()
    unexplained = []
    for m in _CANDIDATE.finditer(ctx.text):
        abbr = m.group(1)
        entry = table.get(abbr)
        if entry is None or entry.known or abbr in seen:
            continue
        seen.add(abbr)  # flag the first use only: that is where it should be explained
        if not _explained(abbr, entry.expansion, context):
            unexplained.append((m, abbr, entry))

    for m, abbr, entry in unexplained:
        suggestion = f"{entry.expansion} ({abbr})" if entry.expansion else ""
        yield ctx.finding(
            "jargon.abbreviation",
            m.start(1),
            m.end(1),
            suggestions=[entry.expansion, suggestion] if entry.expansion else [],
            expansion=entry.expansion or "?",
        )
