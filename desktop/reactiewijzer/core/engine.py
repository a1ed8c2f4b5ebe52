"""Runs rule packs and coded checks over a draft; merges, sorts and de-duplicates findings.

`merge` is the one merge policy: the CLI (through `check`), the window's underlines and
panel, and the copy flow all show what it keeps.

Data travels one way: text in, immutable findings out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reactiewijzer.core.catalogue import platform_keys, texts
from reactiewijzer.core.checks import CHECKS
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.commitments import commitment_findings
from reactiewijzer.core.checks.readability import measure
from reactiewijzer.core.dismissals import Dismissals
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.language import detect_language
from reactiewijzer.core.merge import (  # noqa: F401  (merge policy, kept importable here)
    covers_same_words,
    dedupe,
    drop_overlapping,
    merge,
    sort_findings,
)
from reactiewijzer.core.model import Commitment, Finding, Report, Thread
from reactiewijzer.core.rules.matching import rule_findings
from reactiewijzer.core.text import Span

LANGS = ("auto", "nl", "en")
# The longest draft the window (ui/live_check.py, MAX_LIVE_CHARS) and the command line check.
# No platform takes a reply over 10,000 characters; a 10 MB file took the CLI 55 s and 495 MB.
MAX_CHECK_CHARS = 50_000


def too_long_message(length: int) -> tuple[str, str]:
    """What to tell the writer (Dutch, English) when a draft is over MAX_CHECK_CHARS."""
    return texts("draft.too_long", length=length)


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
    dismissed: Dismissals | None = None,
) -> Report:
    """Check `draft` against the guide.

    `thread` is the pasted thread (text, or a Thread already read); `grammar=True` adds
    LanguageTool's spelling and grammar findings from the local server (or `languagetool_url`).
    `dismissed` (core.dismissals) hides the checks, words and occurrences the writer ignores.
    """
    if not isinstance(draft, str):
        raise InputError(*texts("draft.not_text"))
    if lang not in LANGS:
        raise InputError(*texts("draft.unknown_language", language=lang))
    if platform is not None and platform not in platform_keys():
        raise InputError(*texts("draft.unknown_platform", platform=platform))
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
    commitments = _commitments(draft, lang, written_at, ctx.sentences)
    findings.extend(commitment_findings(ctx, commitments, findings))
    status = None
    grammar_findings: list[Finding] = []
    if grammar and draft.strip():
        grammar_findings, status = _grammar(draft, lang, languagetool_url)
    # A finding marks words: one with nothing to mark (a check of an empty draft that answers a
    # thread, say) cannot be shown or fixed, so it is not reported.
    findings = [f for f in findings if f.start < f.end]
    grammar_findings = [f for f in grammar_findings if f.start < f.end]
    return Report(
        lang=lang,
        findings=tuple(merge(findings, grammar_findings, dismissed=dismissed, text=draft)),
        readability=measure(ctx),
        commitments=tuple(commitments),
        grammar_status=status,
    )


def check_guidelines(
    draft: str,
    thread: str | Thread | None = None,
    platform: str | None = None,
    profile: dict[str, Any] | None = None,
    dismissed: Dismissals | None = None,
) -> Report:
    """The window's live check: the guide's checks only (LanguageTool runs on its own).

    A module-level function with plain arguments, so the window can run it in a separate
    process.
    """
    return check(
        draft,
        thread=thread or None,
        platform=platform or None,
        profile=profile,
        dismissed=dismissed,
    )


def _read(thread: str | Thread | None) -> tuple[Thread | None, str]:
    if thread is None:
        return None, ""
    if isinstance(thread, Thread):
        return thread, "\n".join(p.text for p in thread.posts)
    if not thread.strip():
        return None, ""
    from reactiewijzer.core.thread import read_thread

    return read_thread(thread), thread


def _commitments(
    draft: str, lang: str, written_at: datetime | None, spans: list[Span]
) -> list[Commitment]:
    from reactiewijzer.core.promises import find_commitments

    when = written_at or datetime.now()
    return find_commitments(draft, written_at=when, lang=lang, spans=spans)


def _grammar(draft: str, lang: str, url: str | None) -> tuple[list[Finding], str | None]:
    from reactiewijzer.core.grammar import get_checker

    checker = get_checker(url)
    found = checker.check(draft, lang)
    # The status is read by the writer of this draft: in the draft's language. A notice says
    # that this draft's spelling went unchecked although LanguageTool runs (too slow, an error).
    if lang == "en":
        return found, checker.status_en or checker.notice_en
    return found, checker.status or checker.notice
