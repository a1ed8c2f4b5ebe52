"""The table behind the commitments view: a snapshot of frozen records, never the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reactiewijzer.core.checks.platform import platforms
from reactiewijzer.core.promises import format_date
from reactiewijzer.core.store import StoredCommitment

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the StoredCommitment of a row


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def platform_keys() -> list[str]:
    return list(platforms())


def platform_name(key: str | None) -> str:
    """The platform's own name ("X (Twitter)"), in the UI language; an unknown key as it is."""
    if not key:
        return ""
    spec = platforms().get(key)
    if spec is None:
        return key
    return spec.get("name_en" if _english() else "name", spec.get("name", key))


def status_name(r: StoredCommitment, today: date | None = None) -> str:
    if today is not None and r.is_overdue(today):
        return QCoreApplication.translate("CommitmentsTableModel", "te laat")
    return {
        "open": QCoreApplication.translate("CommitmentsTableModel", "open"),
        "done": QCoreApplication.translate("CommitmentsTableModel", "gedaan"),
        "dropped": QCoreApplication.translate("CommitmentsTableModel", "vervallen"),
    }[r.status]


def _header(column: str) -> str:
    # Literal calls: pyside6-lupdate only finds strings written inside translate() itself.
    if column == "due":
        return QCoreApplication.translate("CommitmentsTableModel", "Datum")
    if column == "status":
        return QCoreApplication.translate("CommitmentsTableModel", "Status")
    if column == "text":
        return QCoreApplication.translate("CommitmentsTableModel", "Toezegging")
    if column == "who":
        return QCoreApplication.translate("CommitmentsTableModel", "Aan")
    return QCoreApplication.translate("CommitmentsTableModel", "Platform")


class CommitmentsTableModel(QAbstractTableModel):
    COLUMNS = ("due", "status", "text", "who", "platform")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StoredCommitment] = []
        self._today = date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: the store's own order

    def set_rows(self, rows: list[StoredCommitment], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        if self._sort is not None:
            self._sort_rows(*self._sort)
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
        return _header(self.COLUMNS[section])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Clicking a header: sort this snapshot; the next refresh keeps the order."""
        if column < 0:
            self._sort = None
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        name = self.COLUMNS[column]

        def key(r: StoredCommitment) -> tuple:
            if name == "due":
                # No date: after the dates when ascending.
                return (r.due is None, r.due or date.max, r.id)
            if name == "status":
                order_of = {"overdue": 0, "open": 1, "done": 2, "dropped": 3}
                state = "overdue" if r.is_overdue(self._today) else r.status
                return (order_of[state], r.due or date.max, r.id)
            return (self._display(r, name).casefold(), r.id)

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

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
            return format_date(r.due) if r.due else "—"
        if column == "status":
            return status_name(r, self._today)
        if column == "text":
            return " ".join(r.text.split())
        if column == "who":
            both = [p for p in (r.person, r.handle) if p]
            return " ".join(both)
        return platform_name(r.platform)

    def _tooltip(self, r: StoredCommitment) -> str:
        parts = [r.text]
        if r.note:
            parts.append(
                QCoreApplication.translate("CommitmentsTableModel", "Interne notitie: %1").replace(
                    "%1", r.note
                )
            )
        if r.thread_ref:
            parts.append(r.thread_ref)
        return "\n".join(parts)
