"""Checks the draft while the user types.

Each edit bumps the revision. After a short pause (or at least once a second during a long
burst) the guideline checks run on a snapshot in the checks' process and LanguageTool, at the
same time, on the same snapshot in its own thread. A result whose revision is no longer current
is dropped: a newer check is already on its way, and its offsets would point at the wrong words.

The pasted thread travels as text: the checks' process reads it once per change of the paste
(core.thread keeps the last ones read) and never receives or returns a parsed Thread.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from reactiewijzer.core.errors import Error
from reactiewijzer.core.model import Finding, Report
from reactiewijzer.ui.draft_editor import DraftEditor
from reactiewijzer.ui.jobs import MAX_CHECK_CHARS
from reactiewijzer.ui.services import Services
from reactiewijzer.ui.workers import JobRunner, LatestOnly, ProcessRunner

DEBOUNCE_MS = 200
MAX_WAIT_S = 1.0  # during a long burst of typing, still check at least this often
# Past this, live checking would keep a core busy for seconds per keystroke: say so instead, and
# leave the text alone (the copy flow checks the first this many characters).
MAX_LIVE_CHARS = MAX_CHECK_CHARS


def run_grammar_check(grammar, draft: str, lang: str | None = None) -> list[Finding]:
    """LanguageTool's findings on `draft`; without `lang`, in the language the guide's checks
    will find (the same vote, on the same snapshot), so both can run at once."""
    if lang is None:
        from reactiewijzer.core.language import detect_language

        lang = detect_language(draft)
    return list(grammar.check(draft, lang))


IDLE_COLLECT_MS = 3000  # after this long without an edit, tidy memory while nobody types
# While LanguageTool works, its state can change behind the window's back (it hung and is being
# restarted, it went off): the status bar looks this often.
GRAMMAR_POLL_MS = 500


def collect_and_freeze() -> None:
    """Collect garbage now, then move the survivors out of the collector's reach.

    A full collection over everything loaded (Qt wrappers, rules, LanguageTool's client) took
    up to 42 ms with the GIL held: a visible hitch when it fell in the middle of typing
    (bench/ui.py). Done during a pause, and with the survivors frozen, the collections that
    still happen while typing only look at what was made since.
    """
    gc.collect()
    gc.freeze()


def freeze_startup_objects() -> None:
    """Move everything loaded at start (Qt wrappers, rules, date parser tables) out of the
    garbage collector's reach: a full collection over them took ~30 ms with the GIL held,
    a visible hitch while typing (bench/ui.py)."""
    gc.freeze()


def error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, Error):
        return exc.message(lang)
    return f"{type(exc).__name__}: {exc}"


class LiveChecker(QObject):
    report_ready = Signal(object)  # the current revision's Report
    grammar_changed = Signal()  # the checker's state or findings changed
    check_failed = Signal(str)  # a message for the user

    def __init__(
        self,
        services: Services,
        editor: DraftEditor,
        *,
        engine_runner: JobRunner | ProcessRunner,
        grammar_runner: JobRunner,
        thread_input: Callable[[], str | None],
        platform: Callable[[], str],
        ui_language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.editor = editor
        self._engine = LatestOnly(engine_runner)
        self._grammar_runner = grammar_runner
        self._grammar = LatestOnly(grammar_runner)
        self._thread_input = thread_input
        self._platform = platform
        self._ui_language = ui_language
        self.revision = 0
        self.report: Report | None = None
        self.report_revision = -1
        self.stale_dropped = 0
        self.grammar_error: str | None = None
        self._pending_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COLLECT_MS)
        self._idle.timeout.connect(collect_and_freeze)
        self._grammar_poll = QTimer(self)
        self._grammar_poll.setInterval(GRAMMAR_POLL_MS)
        self._grammar_poll.timeout.connect(self._poll_grammar)
        self._grammar_seen: tuple = ()
        self.closed = False
        editor.textChanged.connect(self.text_changed)

    # ---- scheduling ---------------------------------------------------------------------------

    def text_changed(self) -> None:
        """The draft, thread or platform changed: what we showed is now one revision old."""
        if self.closed:
            return
        self.revision += 1
        self._idle.start()
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= MAX_WAIT_S:
            self.check_now()
        else:
            self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self._pending_since = None
        if self.closed:
            return
        revision = self.revision
        draft = self.editor.toPlainText()
        if not draft.strip():
            self.editor.highlighter.clear()
            self.report, self.report_revision = None, revision
            self.report_ready.emit(None)
            return
        if len(draft) > MAX_LIVE_CHARS:
            self.editor.highlighter.clear()
            self.report, self.report_revision = None, revision
            self.check_failed.emit(
                self.tr(
                    "Deze tekst is te lang om te controleren ({0} tekens). Een reactie op "
                    "social media is hooguit 10.000 tekens; kort de tekst in."
                ).format(f"{len(draft):,}".replace(",", "."))
            )
            return
        # The job runs in the checks' own process: strings and a copy of the profile go there,
        # a Report comes back. LanguageTool reads the same snapshot meanwhile.
        self._engine.submit(
            self.services.check,
            draft,
            self._thread_input(),
            self._platform(),
            dict(self.services.profile),
            on_result=lambda report: self._engine_done(revision, draft, report),
            on_error=lambda exc: self._engine_failed(revision, exc),
        )
        self._start_grammar(revision, draft)

    # ---- results ------------------------------------------------------------------------------

    def _engine_done(self, revision: int, draft: str, report: Report) -> None:
        if revision != self.revision:
            self.stale_dropped += 1
            return
        self.report, self.report_revision = report, revision
        self.editor.highlighter.set_findings("engine", report.findings, draft)
        self.report_ready.emit(report)

    def _engine_failed(self, revision: int, exc: Exception) -> None:
        if revision == self.revision:
            self.check_failed.emit(error_text(exc, self._ui_language()))

    def _start_grammar(self, revision: int, draft: str) -> None:
        if self.services.grammar.state != "ready":
            return
        self._grammar.submit(
            run_grammar_check,
            self.services.grammar,
            draft,
            on_result=lambda findings: self._grammar_done(revision, draft, findings),
            on_error=self._grammar_failed,
        )
        self._watch_grammar()

    def _grammar_done(self, revision: int, draft: str, findings: list[Finding]) -> None:
        if self.grammar_error is not None:
            self.grammar_error = None
            self.grammar_changed.emit()
        if revision != self.revision:
            self.stale_dropped += 1
            return
        self.editor.highlighter.reset_hidden_words()
        self.editor.highlighter.set_findings("languagetool", findings, draft)
        self.grammar_changed.emit()

    def _grammar_failed(self, exc: Exception) -> None:
        # The guideline checks go on; the status bar says why grammar is missing.
        self.grammar_error = error_text(exc, self._ui_language())
        self.editor.highlighter.clear("languagetool")
        self.grammar_changed.emit()

    def warm_up(self) -> None:
        """Load the rules and word lists in the pool now, not on the user's first pause."""
        self._engine.submit(
            self.services.check,
            "Hoi, dank je wel. Ik laat je vrijdag weten hoe het zit.",
            None,
            "x",
            on_result=lambda _report: freeze_startup_objects(),
            on_error=lambda _exc: None,  # the real check reports any failure
        )

    # ---- LanguageTool lifecycle ---------------------------------------------------------------

    def start_grammar(self) -> None:
        """Start the server in the grammar pool, so the window is usable at once."""
        grammar = self.services.grammar
        if grammar.state == "off" and grammar.status:
            self.grammar_changed.emit()
            return
        self._grammar_runner.run_in_pool(
            grammar.start, on_result=self._grammar_started, on_error=self._grammar_start_failed
        )
        self.grammar_changed.emit()
        self._watch_grammar()

    def _grammar_state(self) -> tuple:
        grammar = self.services.grammar
        warming = tuple(getattr(grammar, "warming_up", ()))
        return (grammar.state, grammar.status, getattr(grammar, "notice", None), warming)

    def _watch_grammar(self) -> None:
        self._grammar_seen = self._grammar_state()
        if not self._grammar_runner.synchronous:
            self._grammar_poll.start()

    def _poll_grammar(self) -> None:
        seen = self._grammar_state()
        if seen != self._grammar_seen:
            self._grammar_seen = seen
            self.grammar_changed.emit()
        if not self._grammar_runner.busy() and not seen[3]:  # nothing runs, nothing loads
            self._grammar_poll.stop()

    def shutdown(self) -> None:
        """The window closes: no more checks, no more timers."""
        self.closed = True
        for timer in (self._timer, self._idle, self._grammar_poll):
            timer.stop()

    def retry_grammar(self) -> None:
        """ "Opnieuw proberen": start LanguageTool again (the user may have fixed Java)."""
        self.grammar_error = None
        self._grammar_runner.run_in_pool(
            self.services.grammar.start,
            on_result=self._grammar_started,
            on_error=self._grammar_start_failed,
        )
        self.grammar_changed.emit()

    def replace_grammar(self, checker) -> None:
        self.services.grammar = checker
        self.editor.highlighter.clear("languagetool")
        self.start_grammar()

    def _grammar_started(self, _value: object = None) -> None:
        collect_and_freeze()  # LanguageTool's client is loaded now: out of the collector's way
        self.grammar_error = None
        self.grammar_changed.emit()
        self._watch_grammar()  # Dutch loads now: the status bar says so until it is done
        self.check_now()

    def _grammar_start_failed(self, exc: Exception) -> None:
        self.grammar_error = error_text(exc, self._ui_language())
        self.grammar_changed.emit()
