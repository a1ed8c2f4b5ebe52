"""Choosing a backup to restore: each with its date and number of commitments, then asked.

The list comes from the store (`describe_backups`); this dialog only shows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reactiewijzer.core.store import BackupInfo
from reactiewijzer.ui.date_field import ok_cancel_buttons


class RestoreBackupDialog(QDialog):
    """The backups, newest first; OK restores the chosen one (the current log is kept)."""

    def __init__(
        self, backups: list[BackupInfo], current: int, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self._backups = list(backups)
        intro = QLabel(
            self.tr(
                "Kies de back-up die je wilt terugzetten. De huidige lijst (%n toezegging(en)) "
                "wordt niet gewist maar als kopie bewaard.",
                "",
                current,
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Back-ups"))
        for info in self._backups:
            item = QListWidgetItem(info.describe(lang))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        # The newest readable backup that holds anything is the likely choice.
        preferred = next((i for i, b in enumerate(self._backups) if b.rows), 0)
        self.list.setCurrentRow(preferred)
        intro.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None
