"""Dismissible bars at the top of the window for things worth knowing now, without a popup.

Several can show at once, one under the other ("your draft was restored" and "two commitments
are due" at the same start): a new message never hides an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reactiewijzer.ui.style import banner_style


class InfoMessage(QFrame):
    """One message: its text, an optional action, and a close button."""

    def __init__(
        self,
        bar: InfoBar,
        text: str,
        state: str,
        action_text: str | None,
        action: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self.setObjectName("banner")
        self._bar = bar
        self.state = state
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action = action
        self.action_button.setVisible(action is not None)
        if action_text:
            self.action_button.setText(action_text)
            self.action_button.setAccessibleName(action_text.replace("&", ""))
        self.action_button.clicked.connect(self._run_action)
        self.setStyleSheet(banner_style(bar.palette(), state).replace("QLabel, ", ""))
        self.retranslate()

    def retranslate(self) -> None:
        tr = QCoreApplication.translate  # the bar's context, as before there were several
        self.close_button.setText(tr("InfoBar", "Sl&uiten"))
        self.close_button.setAccessibleName(tr("InfoBar", "Melding sluiten"))
        self.label.setAccessibleName(tr("InfoBar", "Melding"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
        self.dismiss()

    def dismiss(self) -> None:
        self._bar.remove(self)


class InfoBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[InfoMessage] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.hide()

    @property
    def label(self) -> QLabel | None:
        """The newest message's label (None when nothing shows)."""
        return self.messages[-1].label if self.messages else None

    def texts(self) -> list[str]:
        return [m.label.text() for m in self.messages]

    def show_message(
        self,
        text: str,
        *,
        state: str = "info",
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> InfoMessage:
        """Add a message under those already showing (the same text is not shown twice)."""
        for message in self.messages:
            if message.label.text() == text:
                return message
        message = InfoMessage(self, text, state, action_text, action)
        self.messages.append(message)
        self.layout().addWidget(message)
        message.show()  # at once: a layout would show it only on the next event loop pass
        self.show()
        return message

    def remove(self, message: InfoMessage) -> None:
        if message in self.messages:
            self.messages.remove(message)
            message.hide()
            message.deleteLater()
        if not self.messages:
            self.hide()
