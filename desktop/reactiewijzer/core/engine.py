"""Runs rule packs and coded checks over a draft; sorts and de-duplicates findings.

Data travels one way: text in, immutable findings out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from reactiewijzer.core.checks import CHECKS
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.commitments import commitment_findings
from reactiewijzer.core.checks.readability import measure
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.language import detect_language
from reactiewijzer.core.model import Commitment, Finding, Report, Thread
from reactiewijzer.core.rules.matching import rule_findings

LANGS = ("auto", "nl", "en")
PLATFORMS = ("x", "facebook", "instagram", "linkedin", "youtube", "other")
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# The longest draft the window (ui/live_check.py, MAX_LIVE_CHARS) and the command line check.
# No platform takes a reply over 10,000 characters; a 10 MB file took the CLI 55 s and 495 MB.
MAX_CHECK_CHARS = 50_000


def too_long_message(length: int) -> tuple[str, str]:
    """What to tell the writer (Dutch, English) when a draft is over MAX_CHECK_CHARS."""
    dutch_number = f"{length:,}".replace(",", ".")
    return (
        f"Deze tekst is te lang om te controleren ({dutch_number} tekens). Een reactie op social "
        "media is hooguit 10.000 tekens; kort de tekst in.",
        f"This text is too long to check ({length:,} characters). A reply on social media is "
        "at most 10,000 characters; shorten the text.",
    )


def check(
    draft: str,
    *,
    thread: str | Thread | None = None,
    lang: str = "auto",
    platform: str | None = None,
    grammar: bool = False,
    profile: dict[str, Any] | None = None,
    languagetool_url: str | None = None,
    written_at: datetime | None = None,
) -> Report:
    """Check `draft` against the guide.

    `thread` is the pasted thread (text, or a Thread already read); `grammar=True` adds
    LanguageTool's spelling and grammar findings from the local server (or `languagetool_url`).
    """
    if not isinstance(draft, str):
        raise InputError("De reactie moet tekst zijn.", "The reply must be text.")
    if lang not in LANGS:
        raise InputError(
            f"Onbekende taal: {lang} (kies auto, nl of en).",
            f"Unknown language: {lang} (choose auto, nl or en).",
        )
    if platform is not None and platform not in PLATFORMS:
        raise InputError(f"Onbekend platform: {platform}.", f"Unknown platform: {platform}.")
    if lang == "auto":
        lang = detect_language(draft)
    thread_obj, thread_text = _read(thread)
    ctx = DraftContext(
        text=draft,
        lang=lang,
        thread=thread_obj,
        platform=platform,
        profile=profile or {},
        thread_text=thread_text,
    )
    findings: list[Finding] = []
    findings.extend(rule_findings(draft, lang))
    for run_check in CHECKS:
        findings.extend(run_check(ctx))
    commitments = _commitments(draft, lang, written_at)
    findings.extend(commitment_findings(ctx, commitments, findings))
    status = None
    if grammar and draft.strip():
        grammar_findings, status = _grammar(draft, lang, languagetool_url)
        findings.extend(drop_overlapping(grammar_findings, findings))
    # A finding marks words: one with nothing to mark (a check of an empty draft that answers a
    # thread, say) cannot be shown or fixed, so it is not reported.
    findings = [f for f in findings if f.start < f.end]
    return Report(
        lang=lang,
        findings=tuple(sort_findings(dedupe(findings))),
        readability=measure(ctx),
        commitments=tuple(commitments),
        grammar_status=status,
        thread=thread_obj,
    )


def check_guidelines(
    draft: str,
    thread: str | Thread | None = None,
    platform: str | None = None,
    profile: dict[str, Any] | None = None,
) -> Report:
    """The window's live check: the guide's checks only (LanguageTool runs on its own).

    A module-level function with plain arguments, so the window can run it in a separate
    process.
    """
    return check(draft, thread=thread or None, platform=platform or None, profile=profile)


def _read(thread: str | Thread | None) -> tuple[Thread | None, str]:
    if thread is None:
        return None, ""
    if isinstance(thread, Thread):
        return thread, "\n".join(p.text for p in thread.posts)
    if not thread.strip():
        return None, ""
    from reactiewijzer.core.thread import read_thread

    return read_thread(thread), thread


def _commitments(draft: str, lang: str, written_at: datetime | None) -> list[Commitment]:
    from reactiewijzer.core.commitments import find_commitments

    return find_commitments(draft, written_at=written_at or datetime.now(), lang=lang)


def _grammar(draft: str, lang: str, url: str | None) -> tuple[list[Finding], str | None]:
    from reactiewijzer.core.languagetool import get_checker

    checker = get_checker(url)
    found = checker.check(draft, lang)
    # The status is read by the writer of this draft: in the draft's language.
    return found, (checker.status_en if lang == "en" else checker.status)


def drop_overlapping(extra: Iterable[Finding], engine: list[Finding]) -> list[Finding]:
    """LanguageTool findings on the words the engine already flags add nothing but noise.

    Only the same words count (a character or two of slack for punctuation): a typo inside a
    sentence-wide finding ("this sentence has 27 words") is still worth showing.
    """
    spans = [(f.start, f.end) for f in engine]
    return [
        f for f in extra if not any(abs(a - f.start) <= 2 and abs(b - f.end) <= 2 for a, b in spans)
    ]


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per guideline and span: two rules saying the same thing about the same
    words (a rule file and a coded check on "Team Webcare") show once, the severer one."""
    best: dict[tuple[str, str, int, int], Finding] = {}
    for f in findings:
        key = (f.category, f.guideline, f.start, f.end)
        kept = best.get(key)
        # The severer one wins; at equal severity, the one that offers suggestions.
        if kept is None or (_SEVERITY_RANK[f.severity], not f.suggestions) < (
            _SEVERITY_RANK[kept.severity],
            not kept.suggestions,
        ):
            best[key] = f
    return list(best.values())


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, _SEVERITY_RANK[f.severity], f.rule))
