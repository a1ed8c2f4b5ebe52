"""The centre pane: platform choice, length counter, the editor and “Kopieer reactie”."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.ui.draft_editor import DraftEditor
from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.services import Platform
from reactiewijzer.ui.style import make_title, set_style


class DraftPane(QWidget):
    platform_changed = Signal(str)
    copy_requested = Signal()

    def __init__(
        self,
        platforms: tuple[Platform, ...],
        count_length,
        guide: GuideText,
        ui_language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._platforms = platforms
        self._count_length = count_length
        self._ui_language = ui_language

        self.title = QLabel()
        make_title(self.title)
        self.platform_label = QLabel()
        self.platform = QComboBox()
        self.platform.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.platform_label.setBuddy(self.platform)
        self.counter = SteadyLabel()
        self.counter.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.editor = DraftEditor(guide)
        self.title.setBuddy(self.editor)
        self.copy_button = QPushButton()
        self.copy_button.setDefault(False)
        self.copy_button.clicked.connect(self.copy_requested)

        top = QHBoxLayout()
        top.addWidget(self.platform_label)
        top.addWidget(self.platform)
        top.addStretch(1)
        top.addWidget(self.counter)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)

        self.platform.currentIndexChanged.connect(self._on_platform)
        self.editor.textChanged.connect(self.update_counter)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.counter.release()  # new words may be shorter or longer
        self.title.setText(self.tr("&Reactie"))
        self.platform_label.setText(self.tr("&Platform:"))
        self.platform.setAccessibleName(self.tr("Platform"))
        self.counter.setAccessibleName(self.tr("Aantal tekens"))
        self.copy_button.setText(self.tr("&Kopieer reactie"))
        self.copy_button.setAccessibleName(self.tr("Kopieer reactie"))
        self.copy_button.setToolTip(
            self.tr("Controleer nog één keer en kopieer de reactie (Ctrl+Shift+C)")
        )
        key = self.platform_key()
        english = self._ui_language() == "en"
        self.platform.blockSignals(True)
        self.platform.clear()
        for p in self._platforms:
            self.platform.addItem(p.name_en if english else p.name, p.key)
        self.platform.blockSignals(False)
        self.set_platform(key or "x")
        self.update_counter()

    def platform_key(self) -> str:
        return str(self.platform.currentData() or "")

    def set_platform(self, key: str) -> None:
        index = self.platform.findData(key)
        self.platform.setCurrentIndex(index if index >= 0 else 0)

    def current_platform(self) -> Platform | None:
        key = self.platform_key()
        return next((p for p in self._platforms if p.key == key), None)

    def _on_platform(self, _index: int) -> None:
        self.counter.release()
        self.update_counter()
        self.platform_changed.emit(self.platform_key())

    def update_counter(self) -> None:
        platform = self.current_platform()
        text = self.editor.toPlainText()
        try:
            length = self._count_length(text, platform.key if platform else "")
        except Exception:  # the counter is a help, never a crash
            length = len(text)
        if platform is None or not platform.limit:
            self.counter.setText(self.tr("%n teken(s)", "", length))
            set_style(self.counter, "")
            return
        left = platform.limit - length
        if left >= 0:
            self.counter.setText(
                self.tr("%1 / %2 tekens")
                .replace("%1", str(length))
                .replace("%2", str(platform.limit))
            )
            set_style(self.counter, "")
        else:
            self.counter.setText(
                self.tr("%1 / %2 tekens — %3 te veel")
                .replace("%1", str(length))
                .replace("%2", str(platform.limit))
                .replace("%3", str(-left))
            )
            set_style(self.counter, "QLabel { color: #c62828; font-weight: bold; }")


QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" (not exported by PySide6)


class SteadyLabel(QLabel):
    """A label whose changing text does not make the window lay itself out again.

    A QLabel asks its parents for a new layout on every setText; for the counter that meant
    every keystroke re-laid and repainted the whole window (~4 ms, bench/ui.py). With a fixed
    size Qt skips that; the size grows when a text needs more room, and is let go when the
    words change (language, platform, font).
    """

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        self._fit()

    def setStyleSheet(self, sheet: str) -> None:
        super().setStyleSheet(sheet)
        self._fit()  # bold text is wider

    def release(self) -> None:
        self.setMinimumSize(0, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.release()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if hint.width() > self.minimumWidth() or hint.height() != self.minimumHeight():
            self.setFixedSize(max(hint.width(), self.minimumWidth()), hint.height())
