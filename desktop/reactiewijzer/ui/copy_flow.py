"""“Kopieer reactie”: a last look at what stays online, log the promises, then copy.

The guide: “Een uiting op het internet kan je moeilijk ongedaan maken.” Before a reply with
promises or lasting statements leaves the app, the user sees them once more and can log the
promises in the commitment log.

That last check runs in the checks' process, like the live check: the window stays responsive
however long it takes, and it reads at most MAX_CHECK_CHARS characters (the whole reply is
still copied, with a notice). If it takes long, the user may copy without it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from reactiewijzer.core.checks.placeholders import BLOCKS_COPY
from reactiewijzer.core.errors import Error
from reactiewijzer.core.merge import merge
from reactiewijzer.core.model import Commitment, Finding, Report, Thread
from reactiewijzer.core.promises import as_thread, excerpt_for, format_date, recipient
from reactiewijzer.ui.confirm_post import ConfirmPostDialog
from reactiewijzer.ui.jobs import MAX_CHECK_CHARS, final_check

PATIENCE_MS = 5000  # the last check takes longer than this: offer to copy without it


def _quoted(text: str, limit: int = 80) -> str:
    """The start of a finding's text, on one line, for a message box."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def addressee(thread, draft: str = "") -> tuple[str | None, str | None]:
    """(name, handle) of whom the reply answers, as the thread reader decides it: the person the
    draft greets, else who asked the open question, else the last citizen who posted."""
    found = recipient(thread, draft)
    return found.name, found.handle


def needs_confirmation(
    findings: list[Finding] | tuple[Finding, ...], commitments: list[Commitment]
) -> bool:
    return bool(commitments) or any(f.category == "permanence" for f in findings)


def findings_to_show(findings, grammar, dismissed, draft: str) -> list[Finding]:
    """The engine's one merge policy, as the window and the CLI apply it."""
    return merge(findings, grammar, dismissed=dismissed, text=draft)


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def exec_dialog(dialog: QDialog) -> int:
    """Modal, window-modal on the main window."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.exec()


class CopyFlow(QObject):
    """Runs the “Kopieer reactie” steps for the main window."""

    finished = Signal(bool)  # True when the reply went to the clipboard

    def __init__(self, services, window: QWidget, ui_language, runner=None) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self._ui_language = ui_language
        self._runner = runner  # the checks' process (None: check here, as a last resort)
        self.last_dialog: QDialog | None = None
        self._job = 0  # the copy in progress (0: none); a late answer for an older one is dropped
        self._pending: tuple | None = None  # (draft, thread, platform, note) of that copy
        self._asking = False  # the "takes long" question is open
        self._arrived: tuple[bool, object] | None = None  # an answer that came meanwhile
        self._outcome: bool | None = None
        self._grammar: tuple[Finding, ...] = ()
        self._log_problem: str | None = None  # why the promises could not be logged
        self._logged_message: str | None = None  # what was logged, said after copying
        self._logged_note = None  # the info bar's line about it
        self.findings: list[Finding] = []  # what the last copy looked at
        self._patience = QTimer(self)
        self._patience.setSingleShot(True)
        self._patience.setInterval(PATIENCE_MS)
        self._patience.timeout.connect(self._offer_to_skip)

    @property
    def busy(self) -> bool:
        return self._job != 0

    def run(
        self,
        draft: str,
        thread: str | None,
        platform: str,
        *,
        grammar: Sequence[Finding] = (),
        report: Report | None = None,
        read_as: Thread | None = None,
    ) -> bool | None:
        """Start copying: True or False when done at once (nothing to copy; jobs that run
        inline), None while the last check runs (`finished` then says how it ended).
        `thread` is the pasted thread's text. `grammar`: LanguageTool's findings on exactly this
        draft, when the window has them; `report`: the live check's report when it is of exactly
        this draft, thread and platform (then it is not checked again); `read_as`: the thread
        as the window read it, when current."""
        if not draft.strip():
            self._status(self.tr("Er is nog geen reactie om te kopiëren."))
            return False
        if self.busy:
            self._status(self.tr("De reactie wordt nog gecontroleerd…"))
            return None
        # Check exactly the text that is copied, not a possibly older live result.
        note = None
        if len(draft) > MAX_CHECK_CHARS:
            note = self.tr(
                "Alleen de eerste %1 tekens zijn gecontroleerd; de hele reactie wordt gekopieerd."
            ).replace("%1", f"{MAX_CHECK_CHARS:,}".replace(",", "."))
        self._job += 1
        job = self._job
        self._pending = (draft, read_as or thread, platform, note)
        self._grammar = tuple(grammar)
        self._outcome = None
        if report is not None and note is None:
            # The live check read exactly this text a moment ago: its promises are the ones
            # the last check would find, without making the writer wait for it.
            self._arrive(job, True, (report, list(report.commitments)))
            return self._outcome if not self.busy else None
        args = (
            self.services.check,
            self.services.find_commitments,
            draft[:MAX_CHECK_CHARS],
            thread,
            platform,
            dict(self.services.profile),
        )
        if self._runner is None:
            try:
                result = final_check(*args)
            except Exception as exc:
                self._arrive(job, False, exc)
            else:
                self._arrive(job, True, result)
        else:
            self._status(self.tr("De reactie wordt nog één keer gecontroleerd…"))
            self._patience.start()
            self._runner.run_in_pool(
                final_check,
                *args,
                on_result=lambda result: self._arrive(job, True, result),
                on_error=lambda exc: self._arrive(job, False, exc),
            )
        return self._outcome if not self.busy else None

    def _arrive(self, job: int, ok: bool, value) -> None:
        if job != self._job:
            return  # copied without it meanwhile
        self._patience.stop()
        if self._asking:
            self._arrived = (ok, value)  # handled once the question is answered
            return
        if ok:
            self._checked(*value)
        else:
            self._check_failed(value)

    def _end(self, copied: bool) -> None:
        self._job = 0
        self._pending = None
        self._arrived = None
        self._patience.stop()
        self._outcome = copied
        self.finished.emit(copied)

    def _checked(self, report, commitments: list[Commitment]) -> None:
        draft, thread, platform, note = self._pending
        self.findings = findings_to_show(
            report.findings, self._grammar, self.services.dismissed, draft
        )
        errors = [f for f in self.findings if f.severity == "error"]
        if errors and not self._confirm_errors(errors):
            self._end(False)
            return
        permanence = [f for f in self.findings if f.category == "permanence"]
        if needs_confirmation(permanence, commitments):
            can_log = self._can_log()
            dialog = ConfirmPostDialog(
                permanence, commitments, can_log=can_log, note=note, parent=self.window
            )
            self.last_dialog = dialog
            accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
            choice = dialog.choice
            dialog.deleteLater()
            self.last_dialog = None
            if not accepted:
                self._end(False)
                return
            # The thread as the window read it, or its text (read here, once).
            read_as = thread
            if choice == ConfirmPostDialog.COPY_AND_LOG and not self._log(
                commitments, draft, read_as, platform
            ):
                self._end(False)
                return
        self._copy(draft, note)

    def _copy(self, draft: str, note: str | None, *, checked: bool = True) -> None:
        copy_to_clipboard(draft)
        if checked:
            message = self.tr("De reactie staat op het klembord.")
        else:
            message = self.tr("De reactie staat op het klembord, zonder laatste controle.")
        if self._logged_message:
            message = f"{message} {self._logged_message}"
            self._announce_logged(self._logged_message)
            self._logged_message = None
        if self._log_problem:
            message = f"{message} {self._log_problem}"
            self._log_problem = None
        self._status(f"{message} {note}" if note else message)
        self._end(True)

    def _check_failed(self, exc: Exception) -> None:
        """The last check failed: say why, and let the user copy anyway (never lose a reply)."""
        lang = self._ui_language()
        why = exc.message(lang) if isinstance(exc, Error) else f"{type(exc).__name__}: {exc}"
        message = self.tr("De laatste controle voor het kopiëren lukte niet (%1).")
        if self._ask_to_copy_unchecked(message.replace("%1", why), keep_waiting=False):
            self._copy(self._pending[0], None, checked=False)
        else:
            self._end(False)

    def _offer_to_skip(self) -> None:
        """The last check takes long (a very long or unusual text): offer to copy without it."""
        if not self.busy:
            return
        message = self.tr("De laatste controle voor het kopiëren duurt lang.")
        self._asking = True
        try:
            copy = self._ask_to_copy_unchecked(message, keep_waiting=True)
        finally:
            self._asking = False
        if not self.busy:
            return
        if copy:
            self._copy(self._pending[0], None, checked=False)
        elif self._arrived is not None:
            ok, value = self._arrived
            self._arrived = None
            self._arrive(self._job, ok, value)

    def _ask_to_copy_unchecked(self, message: str, *, keep_waiting: bool) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Reactie kopiëren"))
        box.setText(message)
        box.setInformativeText(
            self.tr(
                "Je kunt de reactie zonder deze controle kopiëren; kijk dan zelf nog naar "
                "toezeggingen en wat online blijft staan."
            )
        )
        role = QMessageBox.ButtonRole
        copy = box.addButton(self.tr("Kopiëren &zonder controle"), role.AcceptRole)
        back = self.tr("&Wachten") if keep_waiting else self.tr("&Terug naar de reactie")
        box.setDefaultButton(box.addButton(back, role.RejectRole))
        self.last_dialog = box
        exec_dialog(box)
        self.last_dialog = None
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is copy

    def _confirm_errors(self, errors: list[Finding]) -> bool:
        """An error-level finding is left: ask before it goes to the clipboard. An unfilled
        placeholder is refused outright: there is no reply in which it belongs."""
        blocking = [f for f in errors if f.rule in BLOCKS_COPY]
        if blocking:
            self._refuse(blocking)
            return False
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Reactie kopiëren"))
        box.setText(
            self.tr("Er staat nog een fout in je reactie. Toch kopiëren?")
            if len(errors) == 1
            else self.tr("Er staan nog %1 fouten in je reactie. Toch kopiëren?").replace(
                "%1", str(len(errors))
            )
        )
        # A finding on the whole reply ("too long") matches all of it: quote its start only
        # (a label of 50,000 characters took the window a second to lay out).
        box.setInformativeText(
            "\n".join(f"• ‘{_quoted(f.match)}’: {f.message}" for f in errors[:5])
        )
        copy = box.addButton(self.tr("Toch kopiëren"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Terug naar de reactie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        self.last_dialog = box  # type: ignore[assignment]
        exec_dialog(box)
        self.last_dialog = None
        chosen = box.clickedButton() is copy
        box.deleteLater()
        return chosen

    def _refuse(self, blocking: list[Finding]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Reactie kopiëren"))
        box.setText(self.tr("Vul eerst de invulplekken in of haal ze weg; dan kun je kopiëren."))
        box.setInformativeText("\n".join(f"• {_quoted(f.match)}" for f in blocking[:5]))
        box.addButton(self.tr("Terug naar de reactie"), QMessageBox.ButtonRole.RejectRole)
        self.last_dialog = box  # type: ignore[assignment]
        exec_dialog(box)
        self.last_dialog = None
        box.deleteLater()
        self._status(self.tr("Niet gekopieerd: er staan nog invulplekken in de reactie."))

    def _can_log(self) -> bool:
        from reactiewijzer.ui.services import Unavailable

        if isinstance(self.services.store, Unavailable):
            return False
        try:
            import reactiewijzer.ui.commitment_dialogs  # noqa: F401
        except ImportError:
            return False
        return True

    def _log(self, commitments: list[Commitment], draft: str, thread, platform: str) -> bool:
        from reactiewijzer.ui.commitment_dialogs import ConfirmCommitmentsDialog

        thread = as_thread(thread)
        found = recipient(thread, draft)
        dialog = ConfirmCommitmentsDialog(
            commitments,
            parent=self.window,
            person=found.name,
            handle=found.handle,
            excerpt_for=lambda name, handle: excerpt_for(thread, draft, name, handle),
        )
        self.last_dialog = dialog  # type: ignore[assignment]
        try:
            if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
            confirmed = dialog.confirmed()
            person, handle, excerpt = dialog.person(), dialog.handle(), dialog.excerpt()
        finally:
            self.last_dialog = None
            dialog.deleteLater()
        try:
            self.services.store.add_many(
                confirmed,
                person=person,
                handle=handle,
                platform=platform or None,
                reply=draft,
                thread_excerpt=excerpt,
            )
        except Exception as exc:  # the log is busy, full or damaged: the reply still goes out
            lang = self._ui_language()
            why = exc.message(lang) if isinstance(exc, Error) else f"{type(exc).__name__}: {exc}"
            # Said with the copy's own status line: the promise is in the reply the user posts,
            # and nothing of theirs is lost.
            self._log_problem = why
            return True
        self._logged_message = self._logged(confirmed, person or handle)
        return True

    def _announce_logged(self, text: str) -> None:
        """What was logged, also in the bar above the draft: the status bar shares its line
        with the language and grammar labels and cut it after the first words."""
        bar = getattr(self.window, "info_bar", None)
        if bar is None:
            return
        if self._logged_note is not None:
            bar.remove(self._logged_note)  # the previous copy's: one such line at a time
        tab = getattr(self.window, "commitments", None)
        reveal = tab.reveal if getattr(tab, "view", None) is not None else None
        self._logged_note = bar.show_message(
            text,
            state="info",
            action_text=self.tr("Toon &toezeggingen") if reveal else None,
            action=reveal,
        )

    def _logged(self, confirmed: list[Commitment], who: str | None) -> str:
        """What was logged, to say after copying: the promise, its date, to whom."""
        if not confirmed:
            return self.tr("Niets vastgelegd.")
        first = confirmed[0]
        when = format_date(first.due) if first.due else self.tr("zonder datum")
        text = (
            self.tr("Vastgelegd: ‘%1’ (%2) aan %3.").replace("%3", who)
            if who
            else self.tr("Vastgelegd: ‘%1’ (%2).")
        )
        text = text.replace("%1", first.text).replace("%2", when)
        if len(confirmed) > 1:
            more = self.tr("en nog %n toezegging(en).", "", len(confirmed) - 1)
            text = f"{text} {more}"
        return text

    def _lang(self) -> str:
        language = self._ui_language() if callable(self._ui_language) else self._ui_language
        return "en" if language == "en" else "nl"

    def _status(self, message: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 6000)
