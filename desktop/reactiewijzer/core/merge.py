"""The one merge policy: what the writer sees of the guide's and LanguageTool's findings.

Used by `core.engine.check` (so the CLI), by the window's underlines and panel and by the copy
flow, so all three show the same findings for the same draft and settings. A light module on
purpose: the window imports it without loading the checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from reactiewijzer.core.dismissals import Dismissals
from reactiewijzer.core.model import Finding

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def merge(
    engine: Iterable[Finding],
    grammar: Iterable[Finding] = (),
    *,
    dismissed: Dismissals | None = None,
    text: str | None = None,
) -> list[Finding]:
    """THE merge policy: what the writer sees of the guide's and LanguageTool's findings.

    1. A LanguageTool finding on (about) the words a guide finding flags is dropped: the
       guide's advice wins (`covers_same_words`).
    2. What the writer dismissed is dropped: a switched-off check, one word of a word list,
       one occurrence in this draft (`text` is the draft the offsets index into).
    3. One finding per guideline and span (`dedupe`), sorted by position.
    """
    engine = list(engine)
    kept = engine + drop_overlapping(grammar, engine)
    if dismissed:
        kept = [f for f in kept if not dismissed.hides(f, text)]
    return sort_findings(dedupe(kept))


def covers_same_words(grammar: Finding, engine: Finding) -> bool:
    """The engine flags (about) the same words as LanguageTool: then LanguageTool's finding
    adds only noise. A finding about a whole sentence (a promise, broadcasting) must not
    hide a typo inside it, so the engine's span may be at most a little larger."""
    size = grammar.end - grammar.start
    return (
        grammar.start < engine.end
        and engine.start < grammar.end
        and engine.end - engine.start <= max(2 * size, size + 12)
    )


def drop_overlapping(extra: Iterable[Finding], engine: list[Finding]) -> list[Finding]:
    """LanguageTool findings on the words the engine already flags add nothing but noise."""
    return [f for f in extra if not any(covers_same_words(f, e) for e in engine)]


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per guideline and span: two rules saying the same thing about the same
    words (a rule file and a coded check on "Team Webcare") show once, the severer one."""
    best: dict[tuple[str, str, int, int], Finding] = {}
    for f in findings:
        key = (f.category, f.guideline, f.start, f.end)
        kept = best.get(key)
        # The severer one wins; at equal severity, the one that offers fixes.
        if kept is None or (_SEVERITY_RANK[f.severity], not f.fixes) < (
            _SEVERITY_RANK[kept.severity],
            not kept.fixes,
        ):
            best[key] = f
    return list(best.values())


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, _SEVERITY_RANK[f.severity], f.rule))
