"""The commitments view: what was promised, what is due, what is done.

It shows a snapshot of the log in a table, and changes the log only through CommitmentStore
(no SQL here). Every call is short (the overdue list of 100,000 commitments takes ~35 ms,
see docs/commitments.md), so it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.errors import Error
from reactiewijzer.core.follow_up import follow_up_draft
from reactiewijzer.core.store_records import StoredCommitment
from reactiewijzer.ui.commitment_dialogs import DueDateDialog, NoteDialog
from reactiewijzer.ui.commitments_model import CommitmentsTableModel

FILTER_KEYS = ("open", "due_this_week", "overdue", "done", "dropped", "all")


def _ui_lang() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


class CommitmentsView(QWidget):
    """Table of commitments with filters, search and the actions on one commitment."""

    follow_up_requested = Signal(str)  # the draft of a follow-up reply

    def __init__(
        self, store: Any, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self.model = CommitmentsTableModel(self)
        self._recovery_shown: object = None

        self.filter_label = QLabel()
        self.filter_combo = QComboBox()
        self.filter_label.setBuddy(self.filter_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            CommitmentsTableModel.COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch
        )
        self.done_button = QPushButton()
        self.due_button = QPushButton()
        self.drop_button = QPushButton()
        self.follow_up_button = QPushButton()
        self.export_csv_button = QPushButton()
        self.export_ics_button = QPushButton()
        self.restore_button = QPushButton()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search_edit, 1)
        actions = QHBoxLayout()
        for button in (self.done_button, self.due_button, self.drop_button, self.follow_up_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_csv_button)
        actions.addWidget(self.export_ics_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(self.restore_button)

        self.retranslate()
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.done_button.clicked.connect(self._ask_done)
        self.due_button.clicked.connect(self._ask_due)
        self.drop_button.clicked.connect(self._ask_drop)
        self.follow_up_button.clicked.connect(self.request_follow_up)
        self.export_csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.export_ics_button.clicked.connect(lambda: self._ask_export("ics"))
        self.restore_button.clicked.connect(self.ask_restore)
        self._show_recovery()
        self.refresh()

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Toon:"))
        current = max(self.filter_combo.currentIndex(), 0)
        names = {
            "open": self.tr("Open"),
            "due_this_week": self.tr("Deze week"),
            "overdue": self.tr("Te laat"),
            "done": self.tr("Gedaan"),
            "dropped": self.tr("Vervallen"),
            "all": self.tr("Alles"),
        }
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for key in FILTER_KEYS:
            self.filter_combo.addItem(names[key], key)
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self.search_edit.setPlaceholderText(self.tr("Zoek in toezeggingen, namen en notities…"))
        texts = {
            self.filter_combo: self.tr("Filter"),
            self.search_edit: self.tr("Zoeken"),
            self.table: self.tr("Toezeggingen"),
            self.done_button: self.tr("Afgerond"),
            self.due_button: self.tr("Datum wijzigen"),
            self.drop_button: self.tr("Laten vervallen"),
            self.follow_up_button: self.tr("Vervolgreactie opstellen"),
            self.export_csv_button: self.tr("Exporteer CSV"),
            self.export_ics_button: self.tr("Exporteer naar agenda"),
            self.restore_button: self.tr("Back-up terugzetten"),
            self.message_label: self.tr("Melding"),
            self.filter_label: self.tr("Toon"),
        }
        for widget, name in texts.items():
            widget.setAccessibleName(name)
        self.done_button.setText(self.tr("&Afgerond…"))
        self.done_button.setToolTip(self.tr("Markeer als gedaan, met een notitie"))
        self.due_button.setText(self.tr("&Datum wijzigen…"))
        self.drop_button.setText(self.tr("&Laten vervallen…"))
        self.follow_up_button.setText(self.tr("&Vervolgreactie opstellen"))
        self.follow_up_button.setToolTip(
            self.tr("Een concept dat laat weten wat er met de vraag gedaan is")
        )
        self.export_csv_button.setText(self.tr("Exporteer &CSV…"))
        self.export_ics_button.setText(self.tr("Exporteer naar a&genda (.ics)…"))
        self.restore_button.setText(self.tr("&Back-up terugzetten"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The cells translate themselves when painted; no need to ask the store again.
            self.model.layoutChanged.emit()
        super().changeEvent(event)

    # --- reading ----------------------------------------------------------------------------

    def current_filter(self) -> str:
        return self.filter_combo.currentData() or "open"

    def set_filter(self, key: str) -> None:
        self.filter_combo.setCurrentIndex(FILTER_KEYS.index(key))

    def refresh(self) -> None:
        query = self.search_edit.text().strip()
        today = self._today()
        rows = self._call(
            lambda: self.store.search(query) if query else self.store.list(
                self.current_filter(), today=today
            )
        )  # fmt: skip
        self.model.set_rows(rows or [], today)
        self._update_buttons()

    def selected(self) -> StoredCommitment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, commitment_id: int) -> bool:
        for row, record in enumerate(self.model.rows()):
            if record.id == commitment_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_: object) -> None:
        r = self.selected()
        is_open = r is not None and r.status == "open"
        self.done_button.setEnabled(is_open)
        self.drop_button.setEnabled(is_open)
        self.due_button.setEnabled(is_open)
        self.follow_up_button.setEnabled(r is not None and r.status == "done")

    # --- changing ---------------------------------------------------------------------------

    def mark_selected_done(self, note: str | None) -> StoredCommitment | None:
        r = self.selected()
        if r is None:
            return None
        return self._change(lambda: self.store.mark_done(r.id, note))

    def drop_selected(self, note: str | None) -> StoredCommitment | None:
        r = self.selected()
        if r is None:
            return None
        return self._change(lambda: self.store.drop(r.id, note))

    def set_selected_due(self, due: date | None) -> StoredCommitment | None:
        r = self.selected()
        if r is None:
            return None
        changed = self._change(lambda: self.store.set_due(r.id, due))
        if changed is not None:
            self.select_id(changed.id)  # it may still be in view
        return changed

    def request_follow_up(self) -> None:
        r = self.selected()
        if r is None or r.status != "done":
            return
        try:
            self.follow_up_requested.emit(follow_up_draft(r))
        except Error as exc:
            self._say(exc.message(_ui_lang()))

    def export_to(self, path: Path, kind: str) -> int | None:
        if kind == "ics":
            count = self._call(lambda: self.store.export(path, kind="ics"))
            done = self.tr("%n toezegging(en) met een datum naar %1.", "", count or 0)
        else:
            # Excel in the user's language: ';' and Dutch headers, or ',' and English ones.
            count = self._call(lambda: self.store.export(path, kind="csv", style=_ui_lang()))
            done = self.tr("%n toezegging(en) naar %1.", "", count or 0)
        if count is not None:
            self._say(done.replace("%1", str(path)))
        return count

    def restore_latest_backup(self) -> None:
        backup = self.store.latest_backup()
        if backup is not None:
            self.restore_from(backup)

    def restore_from(self, backup: Path) -> Path | None:
        """Restore `backup` through the store; the current log is kept aside by it."""
        kept = self._call(lambda: self.store.restore_backup(backup))
        if kept is not None:
            self.restore_button.hide()
            self._say(
                self.tr("Back-up %1 teruggezet; het vorige bestand is bewaard als %2.")
                .replace("%1", backup.name)
                .replace("%2", str(kept))
            )
            self.refresh()
        return kept

    def restore_dialog(self) -> QDialog | None:
        """The list of backups with their date and count, to choose from (None: none)."""
        from reactiewijzer.ui.backup_dialog import RestoreBackupDialog

        backups = self._call(self.store.describe_backups) or []
        if not backups:
            self._say(self.tr("Er is geen back-up."))
            return None
        current = self._call(lambda: self.store.count("all")) or 0
        return RestoreBackupDialog(backups, current, _ui_lang(), self)

    def ask_restore(self) -> None:
        dialog = self.restore_dialog()
        if dialog is None:
            return
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None:
                self.restore_from(dialog.chosen().path)
        finally:
            dialog.deleteLater()

    # --- dialogs (the buttons) ----------------------------------------------------------------

    def _ask_done(self) -> None:
        dialog = NoteDialog(
            self.tr("Afgerond"),
            self.tr("Wat is er gedaan? Dit komt in de vervolgreactie."),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_selected_done(dialog.note() or None)

    def _ask_drop(self) -> None:
        dialog = NoteDialog(
            self.tr("Laten vervallen"), self.tr("Waarom vervalt deze toezegging?"), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.drop_selected(dialog.note() or None)

    def _ask_due(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = DueDateDialog(r.due, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_selected_due(dialog.due())

    def _ask_export(self, kind: str) -> None:
        if kind == "ics":
            title, name, pattern = (
                self.tr("Exporteer naar agenda"),
                "toezeggingen.ics",
                self.tr("iCalendar (*.ics)"),
            )
        else:
            title, name, pattern = (
                self.tr("Exporteer CSV"),
                "toezeggingen.csv",
                self.tr("CSV (*.csv)"),
            )
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if path:
            self.export_to(Path(path), kind)

    # --- plumbing -----------------------------------------------------------------------------

    def _change(self, action: Callable[[], StoredCommitment]) -> StoredCommitment | None:
        result = self._call(action)
        self.refresh()
        return result

    def _call(self, action: Callable[[], Any]) -> Any:
        """Run one store call; a failure becomes one line under the table, never a crash."""
        try:
            result = action()
        except Error as exc:
            self._say(exc.message(_ui_lang()))
            self._show_recovery()
            return None
        if getattr(self.store, "recovery_error", None) is not self._recovery_shown:
            self._show_recovery()  # the store repaired a damaged log during this call
        return result

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def _show_recovery(self) -> None:
        self._recovery_shown = getattr(self.store, "recovery_error", None)
        message = self.store.recovery_message(_ui_lang())
        if message:
            self._say(message)
        damaged = getattr(self.store, "recovered_from", None) is not None
        self.restore_button.setVisible(damaged and self.store.latest_backup() is not None)
