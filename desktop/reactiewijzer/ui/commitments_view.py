"""The commitments view: what was promised, what is due, what is done.

It shows a snapshot of the log in a table, and changes the log only through CommitmentStore
(no SQL here). Every call is short (the overdue list of 100,000 commitments takes ~35 ms,
see docs/commitments.md), so it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.errors import Error
from reactiewijzer.core.promises import follow_up_draft
from reactiewijzer.core.store import StoredCommitment
from reactiewijzer.ui.commitment_dialogs import (
    DetailsDialog,
    DueDateDialog,
    EditCommitmentDialog,
    FollowUpDialog,
    NoteDialog,
)
from reactiewijzer.ui.commitments_model import CommitmentsTableModel
from reactiewijzer.ui.labels import ui_language

FILTER_KEYS = ("open", "due_this_week", "overdue", "done", "dropped", "all")


class CommitmentsView(QWidget):
    """Table of commitments with filters, search and the actions on one commitment."""

    # The draft of a follow-up reply, the commitment's platform key and its thread (link).
    follow_up_requested = Signal(str, str, str)

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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        # Click a header to sort; until then the filter's own order (due date, newest first).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            CommitmentsTableModel.COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch
        )
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.details_button = QPushButton()
        self.done_button = QPushButton()
        self.due_button = QPushButton()
        self.drop_button = QPushButton()
        self.follow_up_button = QPushButton()
        self.export_csv_button = QPushButton()
        self.export_ics_button = QPushButton()
        self.alarm_box = QCheckBox()
        self.restore_button = QPushButton()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search_edit, 1)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.details_button,
            self.done_button,
            self.due_button,
            self.drop_button,
            self.follow_up_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.export_csv_button)
        exports.addWidget(self.export_ics_button)
        exports.addWidget(self.alarm_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addLayout(exports)
        layout.addWidget(self.message_label)
        layout.addWidget(self.restore_button)

        self.retranslate()
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button.clicked.connect(self.ask_edit)
        self.details_button.clicked.connect(self.show_details)
        self.done_button.clicked.connect(self._ask_done)
        self.due_button.clicked.connect(self._ask_due)
        self.drop_button.clicked.connect(self._ask_drop)
        self.follow_up_button.clicked.connect(lambda: self.request_follow_up())
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
            self.add_button: self.tr("Toevoegen"),
            self.edit_button: self.tr("Wijzigen"),
            self.details_button: self.tr("Details"),
            self.alarm_box: self.tr("Herinnering een dag van tevoren"),
            self.empty_label: self.tr("Lege lijst"),
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
        self.add_button.setText(self.tr("&Toevoegen…"))
        self.add_button.setToolTip(self.tr("Een toezegging met de hand vastleggen"))
        self.edit_button.setText(self.tr("&Wijzigen…"))
        self.details_button.setText(self.tr("D&etails…"))
        self.details_button.setToolTip(
            self.tr("De reactie, het gesprek en de notitie (ook: dubbelklik op een regel)")
        )
        self.alarm_box.setText(self.tr("met &herinnering een dag van tevoren"))
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
        self._update_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The cells translate themselves when painted; no need to ask the store again.
            self.model.layoutChanged.emit()
        elif (
            event.type() == QEvent.Type.ActivationChange
            and self.isVisible()
            and self.isActiveWindow()
        ):
            # Back in the window after working elsewhere: the CLI (or another window) may
            # have written to the log in the meantime.
            self.refresh()
        super().changeEvent(event)

    # --- reading ----------------------------------------------------------------------------

    def current_filter(self) -> str:
        return self.filter_combo.currentData() or "open"

    def set_filter(self, key: str) -> None:
        self.filter_combo.setCurrentIndex(FILTER_KEYS.index(key))

    def refresh(self) -> None:
        """Read the log again (filter and search together), keeping the selected row."""
        query = self.search_edit.text().strip()
        today = self._today()
        chosen = self.current_filter()
        kept = self.selected()
        rows = self._call(
            lambda: self.store.search(query, filter=chosen, today=today) if query
            else self.store.list(chosen, today=today)
        )  # fmt: skip
        self.model.set_rows(rows or [], today)
        if kept is not None:
            self.select_id(kept.id)
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if not empty:
            return
        name = self.filter_combo.currentText()
        query = self.search_edit.text().strip()
        if query:
            text = (
                self.tr("Geen toezeggingen gevonden voor ‘%1’ in ‘%2’.")
                .replace("%1", query)
                .replace("%2", name)
            )
        else:
            text = self.tr("Geen toezeggingen in ‘%1’.").replace("%1", name)
        self.empty_label.setText(text)

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
        self.edit_button.setEnabled(r is not None)
        self.details_button.setEnabled(r is not None)
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

    def add_commitment(self, **values: Any) -> StoredCommitment | None:
        added = self._change(lambda: self.store.add(**values))
        if added is not None:
            if not self.select_id(added.id):
                self.set_filter("all")  # show it, whatever the filter was
                self.select_id(added.id)
            self._say(self.tr("Vastgelegd: ‘%1’.").replace("%1", added.text))
        return added

    def edit_selected(self, **changes: Any) -> StoredCommitment | None:
        r = self.selected()
        if r is None:
            return None
        changed = self._change(lambda: self.store.edit(r.id, **changes))
        if changed is not None:
            self.select_id(changed.id)
            self._say(self.tr("Gewijzigd: ‘%1’.").replace("%1", changed.text))
        return changed

    def request_follow_up(self, done_text: str | None = None) -> None:
        """Ask what to tell the citizen (the internal note is never copied), then hand the
        draft to the window with the commitment's platform and thread."""
        r = self.selected()
        if r is None or r.status != "done":
            return
        if done_text is None:
            dialog = FollowUpDialog(r, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                done_text = dialog.public_text() or ""
            finally:
                dialog.deleteLater()
        try:
            draft = follow_up_draft(r, done_text=done_text or None)
        except Error as exc:
            self._say(exc.message(ui_language()))
            return
        self.follow_up_requested.emit(draft, r.platform or "", r.thread_ref or "")

    def export_to(self, path: Path, kind: str) -> int | None:
        if kind == "ics":
            alarm = timedelta(days=1) if self.alarm_box.isChecked() else None
            count = self._call(lambda: self.store.export(path, kind="ics", alarm=alarm))
            done = self.tr("%n toezegging(en) met een datum naar %1.", "", count or 0)
        else:
            # Excel in the user's language: ';' and Dutch headers, or ',' and English ones.
            count = self._call(lambda: self.store.export(path, kind="csv", style=ui_language()))
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
        return RestoreBackupDialog(backups, current, ui_language(), self)

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

    def ask_add(self) -> None:
        dialog = EditCommitmentDialog(None, self, today=self._today)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                values = dialog.values()
                note = values.pop("note")
                added = self.add_commitment(**values)
                if added is not None and note:
                    self._change(lambda: self.store.edit(added.id, note=note))
                    self.select_id(added.id)
        finally:
            dialog.deleteLater()

    def ask_edit(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = EditCommitmentDialog(r, self, today=self._today)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.edit_selected(**dialog.values())
        finally:
            dialog.deleteLater()

    def show_details(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = DetailsDialog(r, self)
        try:
            wants_edit = dialog.exec() == 2
        finally:
            dialog.deleteLater()
        if wants_edit:
            self.ask_edit()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for button in (
            self.details_button,
            self.edit_button,
            self.due_button,
            self.done_button,
            self.drop_button,
            self.follow_up_button,
            self.add_button,
        ):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _ask_done(self) -> None:
        dialog = NoteDialog(
            self.tr("Afgerond"),
            self.tr("Wat is er gedaan? Voor jezelf en je collega's."),
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
        dialog = DueDateDialog(r.due, self, today=self._today)
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
        path = self.save_dialog(title, str(Path.home() / name), pattern)
        if path:
            self.export_to(Path(path), kind)

    def save_dialog(self, title: str, start: str, pattern: str) -> str | None:
        """Qt's own file dialog, not the desktop's: it speaks the UI language (qtbase_nl/_en).
        Two of its labels changed in Qt 6 ("&Look in:", "Files of &type:") and qtbase_nl has
        no Dutch for them yet: they are given here."""
        dialog = QFileDialog(self, title, start, pattern)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("&Zoeken in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("Bestands&type:"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return dialog.selectedFiles()[0]
        finally:
            dialog.deleteLater()

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
            self._say(exc.message(ui_language()))
            self._show_recovery()
            return None
        if getattr(self.store, "recovery_error", None) is not self._recovery_shown:
            self._show_recovery()  # the store repaired a damaged log during this call
        return result

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def _show_recovery(self) -> None:
        self._recovery_shown = getattr(self.store, "recovery_error", None)
        message = self.store.recovery_message(ui_language())
        if message:
            self._say(message)
        damaged = getattr(self.store, "recovered_from", None) is not None
        self.restore_button.setVisible(damaged and self.store.latest_backup() is not None)
