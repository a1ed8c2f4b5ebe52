"""A date the user types ("09-12-2026", "9-12", "vrijdag", "9 dec"), read as they type by
core/promises/date_entry.py and shown back as a day of the week; and the OK/Cancel row whose OK
is only enabled while every date in the dialog can be read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.errors import Error
from reactiewijzer.core.promises import format_date, read_typed_date
from reactiewijzer.ui.labels import ui_language

Today = Callable[[], date]


def _weekday(day: date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


class DateField(QWidget):
    """A line to type a date in, with what it was read as (or why not) right below it.

    Empty means no date. A date in the past is kept, with a warning: a late entry is still a
    true entry."""

    changed = Signal()

    def __init__(
        self, due: date | None, parent: QWidget | None = None, *, today: Today = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.date_edit = QLineEdit(format_date(due) if due else "")
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.setPlaceholderText(self.tr("dd-mm-jjjj, ‘vrijdag’ of ‘9 dec’"))
        self.date_edit.setToolTip(
            self.tr(
                "Typ een datum (09-12-2026, 9-12) of een dag (vrijdag, 9 dec). Leeg: geen datum."
            )
        )
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Gelezen datum"))
        # Wide enough for a typed date and for the warning under it on one line: a narrow
        # column cut "11-12-2026" short and wrapped the warning over the field.
        metrics = self.date_edit.fontMetrics()
        self.date_edit.setMinimumWidth(metrics.horizontalAdvance("00-00-00000") + 24)
        warning = self.tr("Let op: %1 is al voorbij.").replace("%1", "woensdag 30-12-2026")
        self.feedback.setMinimumWidth(metrics.horizontalAdvance(warning) + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.feedback)
        self._due: date | None = due
        self._error: str | None = None
        self.date_edit.textChanged.connect(self._read)
        self._read()

    def _read(self, *_: object) -> None:
        try:
            typed = read_typed_date(self.date_edit.text(), today=self._today(), lang=ui_language())
        except Error as exc:
            self._due, self._error = None, exc.message(ui_language())
            self.feedback.setText(self._error)
        else:
            self._error = None
            self._due = typed.day if typed else None
            if typed is None:
                self.feedback.setText(self.tr("Geen datum"))
            elif typed.in_the_past:
                self.feedback.setText(
                    self.tr("Let op: %1 is al voorbij.").replace("%1", self._spoken(typed.day))
                )
            else:
                self.feedback.setText(self._spoken(typed.day))
        self._fit_feedback()
        self.changed.emit()

    def _fit_feedback(self) -> None:
        # A wrapped label does not make its dialog taller by itself: a longer message (a date
        # that does not exist) was drawn over the field below. Its height, asked of the layout
        # as a minimum, grows the dialog instead.
        width = max(self.width(), self.feedback.minimumWidth())  # the label spans the field
        self.feedback.setMinimumHeight(0)  # else the label answers with the old minimum
        self.feedback.setMinimumHeight(self.feedback.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_feedback()

    @staticmethod
    def _spoken(day: date) -> str:
        return f"{_weekday(day)} {format_date(day)}"

    def due(self) -> date | None:
        return self._due

    def is_valid(self) -> bool:
        return self._error is None

    def in_the_past(self) -> bool:
        return self._due is not None and self._due < self._today()

    def set_text(self, text: str) -> None:
        self.date_edit.setText(text)


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel with accessible names, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(QCoreApplication.translate("CommitmentButtons", "OK"))
    ok.setAccessibleName(QCoreApplication.translate("CommitmentButtons", "OK"))
    cancel.setText(QCoreApplication.translate("CommitmentButtons", "&Annuleren"))
    cancel.setAccessibleName(QCoreApplication.translate("CommitmentButtons", "Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def keep_ok_valid(buttons: QDialogButtonBox, fields: list[DateField], more=None) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok) or next(
        (b for b in buttons.buttons() if buttons.buttonRole(b) == buttons.ButtonRole.AcceptRole),
        None,
    )

    def update() -> None:
        valid = all(f.is_valid() or not f.isEnabled() for f in fields)
        if more is not None:
            valid = valid and more()
        if ok is not None:
            ok.setEnabled(valid)

    for f in fields:
        f.changed.connect(update)
    update()
