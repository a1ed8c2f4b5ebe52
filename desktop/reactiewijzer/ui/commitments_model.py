"""The table behind the commitments view: a snapshot of frozen records, never the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reactiewijzer.core.store_records import StoredCommitment

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the StoredCommitment of a row


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsTableModel", text)


class CommitmentsTableModel(QAbstractTableModel):
    COLUMNS = ("due", "status", "text", "who", "platform")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StoredCommitment] = []
        self._today = date.today()

    def set_rows(self, rows: list[StoredCommitment], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def record(self, row: int) -> StoredCommitment:
        return self._rows[row]

    def rows(self) -> list[StoredCommitment]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "due": _tr("Datum"),
            "status": _tr("Status"),
            "text": _tr("Toezegging"),
            "who": _tr("Aan"),
            "platform": _tr("Platform"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.FontRole and column == "status" and self._overdue(r):
            font = QFont()
            font.setBold(True)  # overdue stands out in words and weight, not colour alone
            return font
        return None

    def _overdue(self, r: StoredCommitment) -> bool:
        return r.is_overdue(self._today)

    def _display(self, r: StoredCommitment, column: str) -> str:
        if column == "due":
            return f"{r.due.day}-{r.due.month}-{r.due.year}" if r.due else "—"
        if column == "status":
            if self._overdue(r):
                return _tr("te laat")
            return {"open": _tr("open"), "done": _tr("gedaan"), "dropped": _tr("vervallen")}[
                r.status
            ]
        if column == "text":
            return " ".join(r.text.split())
        if column == "who":
            both = [p for p in (r.person, r.handle) if p]
            return " ".join(both)
        return r.platform or ""

    def _tooltip(self, r: StoredCommitment) -> str:
        parts = [r.text]
        if r.note:
            parts.append(_tr("Notitie: %1").replace("%1", r.note))
        if r.thread_ref:
            parts.append(r.thread_ref)
        return "\n".join(parts)
