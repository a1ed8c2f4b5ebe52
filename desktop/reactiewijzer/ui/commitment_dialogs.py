"""Dialogs of the commitment log: confirm what to log, add or edit one, its details, a note,
a due date and the follow-up.

`ConfirmCommitmentsDialog` is shown by the "Kopieer reactie" flow: the user sees each promise
found and whom it was made to, can edit them or leave one out, and only then is it logged.
Dates are typed as people write them ("09-12-2026", "9-12", "vrijdag", "9 dec") and read by
core/promises/date_entry.py, the promise reader's own parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.model import Commitment
from reactiewijzer.core.promises import format_date
from reactiewijzer.core.store import StoredCommitment
from reactiewijzer.ui.commitments_model import platform_keys, platform_name, status_name
from reactiewijzer.ui.date_field import DateField, Today, keep_ok_valid, ok_cancel_buttons


class ConfirmCommitmentsDialog(QDialog):
    """Edit and confirm the promises found in a reply, and whom they are for, before logging."""

    def __init__(
        self,
        commitments: list[Commitment],
        parent: QWidget | None = None,
        *,
        person: str | None = None,
        handle: str | None = None,
        today: Today = date.today,
        excerpt_for: Callable[[str | None, str | None], str | None] | None = None,
    ) -> None:
        """`excerpt_for(name, handle)`: the part of the thread kept with the promises for the
        person in the fields (core/promises/log_context.py); None when there is no thread."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toezeggingen vastleggen"))
        self.setAccessibleName(self.tr("Toezeggingen vastleggen"))
        self._commitments = list(commitments)
        intro = QLabel(
            self.tr(
                "Deze reactie belooft iets. Leg vast wat je belooft, zodat het terugkomt als "
                "het zover is. Pas de tekst, de datum of de persoon aan waar nodig."
            )
        )
        intro.setWordWrap(True)
        who = QFormLayout()
        self.person_edit = QLineEdit(person or "")
        self.person_edit.setAccessibleName(self.tr("Aan (naam)"))
        self.handle_edit = QLineEdit(handle or "")
        self.handle_edit.setAccessibleName(self.tr("Account"))
        who.addRow(self.tr("&Aan:"), self.person_edit)
        who.addRow(self.tr("A&ccount:"), self.handle_edit)
        self._excerpt_for = excerpt_for
        self._excerpt: str | None = None
        self.excerpt_view = QPlainTextEdit()
        self.excerpt_view.setReadOnly(True)
        self.excerpt_view.setTabChangesFocus(True)
        self.excerpt_view.setAccessibleName(self.tr("Uit het gesprek"))
        self.excerpt_view.setMaximumHeight(self.excerpt_view.fontMetrics().lineSpacing() * 4 + 12)
        self.excerpt_view.setPlaceholderText(
            self.tr("Geen bericht van deze persoon in het gesprek: er wordt niets uit het "
                    "gesprek bewaard.")
        )  # fmt: skip
        if excerpt_for is not None:
            who.addRow(self.tr("Uit het gesprek:"), self.excerpt_view)
            self.person_edit.textChanged.connect(self._update_excerpt)
            self.handle_edit.textChanged.connect(self._update_excerpt)
        else:
            self.excerpt_view.hide()
        grid = QGridLayout()
        self.keep_boxes: list[QCheckBox] = []
        self.text_edits: list[QLineEdit] = []
        self.due_edits: list[DateField] = []
        for row, c in enumerate(self._commitments):
            keep = QCheckBox()
            keep.setChecked(True)
            keep.setAccessibleName(self.tr("Toezegging %1 vastleggen").replace("%1", str(row + 1)))
            text = QLineEdit(c.text)
            text.setAccessibleName(self.tr("Tekst van toezegging %1").replace("%1", str(row + 1)))
            text.setMinimumWidth(420)
            due = DateField(c.due, today=today)
            due.date_edit.setAccessibleName(
                self.tr("Datum van toezegging %1").replace("%1", str(row + 1))
            )
            keep.toggled.connect(text.setEnabled)
            keep.toggled.connect(due.setEnabled)
            keep.toggled.connect(self._update_hint)
            due.changed.connect(self._update_hint)
            grid.addWidget(keep, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(due, row, 2)
            self.keep_boxes.append(keep)
            self.text_edits.append(text)
            self.due_edits.append(due)
        self.hint = QLabel(
            self.tr("Zonder datum komt een belofte niet terug: noem liever een dag.")
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Vastleggen"))
        cancel = buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(who)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        keep_ok_valid(buttons, self.due_edits)
        self._update_hint()
        self._update_excerpt()

    def _update_excerpt(self, *_: object) -> None:
        """The excerpt follows the person: another person's post is never kept under a name."""
        if self._excerpt_for is None:
            return
        self._excerpt = self._excerpt_for(self.person(), self.handle())
        # Empty shows the placeholder: what is shown is what is kept.
        self.excerpt_view.setPlainText(self._excerpt or "")

    def excerpt(self) -> str | None:
        """The part of the thread to keep with the promises (None: nothing)."""
        return self._excerpt

    def _update_hint(self, *_: object) -> None:
        # Only when a kept promise has no date: the hint is about that promise.
        undated = any(
            keep.isChecked() and due.is_valid() and due.due() is None
            for keep, due in zip(self.keep_boxes, self.due_edits, strict=True)
        )
        self.hint.setVisible(undated)

    def confirmed(self) -> list[Commitment]:
        """The commitments the user kept, with their edited text and due date."""
        out = []
        for c, keep, text, due in zip(
            self._commitments, self.keep_boxes, self.text_edits, self.due_edits, strict=True
        ):
            if keep.isChecked() and text.text().strip():
                out.append(replace(c, text=text.text().strip(), due=due.due()))
        return out

    def person(self) -> str | None:
        return self.person_edit.text().strip() or None

    def handle(self) -> str | None:
        return self.handle_edit.text().strip() or None


class NoteDialog(QDialog):
    """Ask for a note: what was done, or why a promise is dropped. Notes are internal."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Interne notitie"))
        self.note_edit.setTabChangesFocus(True)
        label.setBuddy(self.note_edit)
        internal = QLabel(self.tr("Interne notitie: komt nooit in een reactie aan de inwoner."))
        internal.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        layout.addWidget(internal)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class DueDateDialog(QDialog):
    """Change a commitment's due date (or take it away: leave the field empty)."""

    def __init__(
        self, due: date | None, parent: QWidget | None = None, *, today: Today = date.today
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datum wijzigen"))
        self.setAccessibleName(self.tr("Datum wijzigen"))
        self.editor = DateField(due, today=today)
        label = QLabel(self.tr("&Wanneer moet dit gedaan zijn?"))
        label.setBuddy(self.editor.date_edit)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        keep_ok_valid(buttons, [self.editor])

    def due(self) -> date | None:
        return self.editor.due()


class EditCommitmentDialog(QDialog):
    """Add a commitment by hand, or change one: text, person, account, date, platform, thread,
    internal note."""

    def __init__(
        self,
        record: StoredCommitment | None,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Toezegging wijzigen") if record else self.tr("Toezegging toevoegen")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text_edit = QPlainTextEdit(record.text if record else "")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Toezegging"))
        self.text_edit.setMaximumHeight(self.text_edit.fontMetrics().lineSpacing() * 5)
        self.person_edit = QLineEdit((record.person if record else None) or "")
        self.person_edit.setAccessibleName(self.tr("Aan (naam)"))
        self.handle_edit = QLineEdit((record.handle if record else None) or "")
        self.handle_edit.setAccessibleName(self.tr("Account"))
        self.due_field = DateField(record.due if record else None, today=today)
        self.platform_combo = QComboBox()
        self.platform_combo.setAccessibleName(self.tr("Platform"))
        self.platform_combo.addItem(self.tr("(geen)"), "")
        current = (record.platform if record else None) or ""
        for key in platform_keys():
            self.platform_combo.addItem(platform_name(key), key)
        if current and self.platform_combo.findData(current) < 0:
            self.platform_combo.addItem(current, current)  # a platform the CLI wrote freely
        self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(current), 0))
        self.thread_edit = QLineEdit((record.thread_ref if record else None) or "")
        self.thread_edit.setAccessibleName(self.tr("Gesprek (link)"))
        self.note_edit = QPlainTextEdit((record.note if record else None) or "")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Interne notitie"))
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        self.note_edit.setPlaceholderText(
            self.tr("Intern: komt nooit in een reactie aan de inwoner.")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Toezegging:"), self.text_edit)
        form.addRow(self.tr("&Aan:"), self.person_edit)
        form.addRow(self.tr("A&ccount:"), self.handle_edit)
        form.addRow(self.tr("&Datum:"), self.due_field)
        form.addRow(self.tr("&Platform:"), self.platform_combo)
        form.addRow(self.tr("&Gesprek (link):"), self.thread_edit)
        form.addRow(self.tr("&Interne notitie:"), self.note_edit)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        keep_ok_valid(
            self.buttons, [self.due_field], lambda: bool(self.text_edit.toPlainText().strip())
        )
        self.text_edit.textChanged.connect(self.due_field.changed)

    def values(self) -> dict[str, Any]:
        """The fields as CommitmentStore.add / edit take them."""
        return {
            "text": self.text_edit.toPlainText().strip(),
            "person": self.person_edit.text().strip() or None,
            "handle": self.handle_edit.text().strip() or None,
            "due": self.due_field.due(),
            "platform": self.platform_combo.currentData() or None,
            "thread_ref": self.thread_edit.text().strip() or None,
            "note": self.note_edit.toPlainText().strip() or None,
        }


class DetailsDialog(QDialog):
    """Everything the log holds on one commitment: the promise, the note, the thread (link and
    excerpt), the reply."""

    def __init__(self, record: StoredCommitment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toezegging"))
        self.setAccessibleName(self.tr("Details van de toezegging"))
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("Details van de toezegging"))
        self.body.setOpenExternalLinks(False)
        self.body.setHtml(self._html(record))
        self.body.setMinimumSize(520, 360)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setAccessibleName(self.tr("Wijzigen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(lambda: self.done(2))
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

    def _html(self, r: StoredCommitment) -> str:
        who = " ".join(p for p in (r.person, r.handle) if p) or "—"
        rows = [
            (self.tr("Toezegging"), r.text),
            (self.tr("Aan"), who),
            (self.tr("Datum"), format_date(r.due) if r.due else self.tr("geen datum")),
            (self.tr("Status"), status_name(r)),
            (self.tr("Platform"), platform_name(r.platform) if r.platform else "—"),
            (self.tr("Vastgelegd"), r.created.strftime("%d-%m-%Y %H:%M")),
        ]
        if r.done_at:
            rows.append((self.tr("Afgesloten"), r.done_at.strftime("%d-%m-%Y %H:%M")))
        out = ["<table cellspacing='4'>"]
        for name, value in rows:
            out.append(f"<tr><th align='left'>{escape(name)}</th><td>{escape(value)}</td></tr>")
        out.append("</table>")
        sections = [
            (self.tr("Interne notitie (komt nooit in een reactie)"), r.note),
            (self.tr("Gesprek"), r.thread_ref),
            (self.tr("Uit het gesprek (waar de reactie op antwoordde)"), r.thread_excerpt),
            (self.tr("De reactie met de belofte"), r.reply),
        ]
        for name, value in sections:
            if value:
                text = escape(value).replace("\n", "<br>")
                out.append(f"<p><b>{escape(name)}</b></p><p>{text}</p>")
        return "".join(out)


class FollowUpDialog(QDialog):
    """What to tell the citizen in the follow-up. The internal note is shown, never copied."""

    def __init__(self, record: StoredCommitment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vervolgreactie opstellen"))
        self.setAccessibleName(self.tr("Vervolgreactie opstellen"))
        promise = QLabel(self.tr("Beloofd: ‘%1’").replace("%1", record.text))
        promise.setWordWrap(True)
        label = QLabel(
            self.tr(
                "&Wat vertel je de inwoner over wat er gedaan is? Dit komt in de "
                "vervolgreactie. Leeg: er komt een invulplek die je nog moet invullen."
            )
        )
        label.setWordWrap(True)
        self.public_edit = QPlainTextEdit()
        self.public_edit.setTabChangesFocus(True)
        self.public_edit.setAccessibleName(self.tr("Voor de inwoner"))
        label.setBuddy(self.public_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(promise)
        layout.addWidget(label)
        layout.addWidget(self.public_edit)
        if record.note:
            internal = QLabel(
                self.tr("Interne notitie (komt niet in de reactie): %1").replace("%1", record.note)
            )
            internal.setWordWrap(True)
            layout.addWidget(internal)
        layout.addWidget(ok_cancel_buttons(self))

    def public_text(self) -> str | None:
        return self.public_edit.toPlainText().strip() or None
