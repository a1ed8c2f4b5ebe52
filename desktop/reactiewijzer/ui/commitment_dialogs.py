"""Small dialogs of the commitment log: confirm what to log, a note, a due date.

`ConfirmCommitmentsDialog` is shown by the "Kopieer reactie" flow: the user sees each promise
found, can edit its text and due date or leave it out, and only then is it logged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.model import Commitment


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DueDateEdit(QWidget):
    """A date field with a "Geen datum" box: a promise may (for now) have no due date."""

    def __init__(self, due: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(_qdate(due or date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.none_box = QCheckBox(self.tr("Geen datum"))
        self.none_box.setAccessibleName(self.tr("Geen datum"))
        self.none_box.setChecked(due is None)
        self.none_box.toggled.connect(lambda none: self.date_edit.setEnabled(not none))
        self.date_edit.setEnabled(due is not None)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 0, 0)
        layout.addWidget(self.none_box, 0, 1)

    def due(self) -> date | None:
        return None if self.none_box.isChecked() else _pydate(self.date_edit.date())


class ConfirmCommitmentsDialog(QDialog):
    """Edit and confirm the promises found in a reply before they are logged."""

    def __init__(self, commitments: list[Commitment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toezeggingen vastleggen"))
        self.setAccessibleName(self.tr("Toezeggingen vastleggen"))
        self._commitments = list(commitments)
        intro = QLabel(
            self.tr(
                "Deze reactie belooft iets. Leg vast wat je belooft, zodat het terugkomt als "
                "het zover is. Pas de tekst of de datum aan waar nodig."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.keep_boxes: list[QCheckBox] = []
        self.text_edits: list[QLineEdit] = []
        self.due_edits: list[DueDateEdit] = []
        for row, c in enumerate(self._commitments):
            keep = QCheckBox()
            keep.setChecked(True)
            keep.setAccessibleName(self.tr("Toezegging %1 vastleggen").replace("%1", str(row + 1)))
            text = QLineEdit(c.text)
            text.setAccessibleName(self.tr("Tekst van toezegging %1").replace("%1", str(row + 1)))
            text.setMinimumWidth(420)
            due = DueDateEdit(c.due)
            due.date_edit.setAccessibleName(
                self.tr("Datum van toezegging %1").replace("%1", str(row + 1))
            )
            keep.toggled.connect(text.setEnabled)
            keep.toggled.connect(due.setEnabled)
            grid.addWidget(keep, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(due, row, 2)
            self.keep_boxes.append(keep)
            self.text_edits.append(text)
            self.due_edits.append(due)
        hint = QLabel(self.tr("Zonder datum komt een belofte niet terug: noem liever een dag."))
        hint.setWordWrap(True)
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
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def confirmed(self) -> list[Commitment]:
        """The commitments the user kept, with their edited text and due date."""
        out = []
        for c, keep, text, due in zip(
            self._commitments, self.keep_boxes, self.text_edits, self.due_edits, strict=True
        ):
            if keep.isChecked() and text.text().strip():
                out.append(replace(c, text=text.text().strip(), due=due.due()))
        return out


class NoteDialog(QDialog):
    """Ask for a note: what was done, or why a promise is dropped."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Notitie"))
        self.note_edit.setTabChangesFocus(True)
        label.setBuddy(self.note_edit)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel with accessible names, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(dialog.tr("OK"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(dialog.tr("Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class DueDateDialog(QDialog):
    """Change a commitment's due date (or take it away)."""

    def __init__(self, due: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datum wijzigen"))
        self.setAccessibleName(self.tr("Datum wijzigen"))
        self.editor = DueDateEdit(due)
        label = QLabel(self.tr("Wanneer moet dit gedaan zijn?"))
        label.setBuddy(self.editor.date_edit)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def due(self) -> date | None:
        return self.editor.due()
