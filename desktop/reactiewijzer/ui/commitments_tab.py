"""The “Toezeggingen” tab: the commitment log's own view, and the reminder at start.

The view itself (ui/commitments_view.py) belongs to the commitment log; this tab embeds it, or
says plainly why the log is not available.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reactiewijzer.ui.commitments_view import CommitmentsView
from reactiewijzer.ui.services import Services, Unavailable


class CommitmentsTab(QWidget):
    follow_up_requested = Signal(str, str, str)  # draft, platform key, thread

    def __init__(self, services: Services, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._window = window
        self.view: QWidget | None = None
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        store = services.store
        if isinstance(store, Unavailable):
            self.problem_pair = (store.message, store.message_en)
        else:
            self.problem_pair = None
            self.view = CommitmentsView(store)
            self.view.follow_up_requested.connect(self.follow_up_requested)
            layout.addWidget(self.view)
        if self.view is None:
            layout.addWidget(self.placeholder)
        self.retranslate()

    def showEvent(self, event) -> None:
        # The log changes behind the view's back: the copy flow logs promises, and the CLI may
        # write at the same time. Showing the tab shows the log as it is now.
        if self.view is not None:
            self.view.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.problem_pair:
            nl, en = self.problem_pair
            self.placeholder.setText(en if self._window.translations.language == "en" else nl)
        self.placeholder.setAccessibleName(self.tr("Toezeggingen"))

    def remind(self, info_bar) -> None:
        """On start: what is overdue or due within two days, or what happened to the log."""
        store = self.services.store
        if isinstance(store, Unavailable):
            return
        show = self.reveal if self.view is not None else None
        english = self._window.translations.language == "en"
        text = store.recovery_message("en" if english else "nl")
        if text:
            info_bar.show_message(
                text, state="warn", action_text=self.tr("Toon &toezeggingen"), action=show
            )
            return
        try:
            due = list(store.due_soon(self.services.today(), days=2))
        except Exception as exc:  # the reminder must never keep the app from starting
            info_bar.show_message(str(exc), state="warn")
            return
        if not due:
            return
        today = self.services.today()
        overdue = sum(1 for c in due if c.due is not None and c.due < today)
        soon = len(due) - overdue
        parts = []
        if overdue:
            parts.append(self.tr("%n toezegging(en) over de datum", "", overdue))
        if soon:
            parts.append(self.tr("%n toezegging(en) binnen twee dagen", "", soon))
        info_bar.show_message(
            self.tr("Herinnering: %1.").replace("%1", self.tr(" en ").join(parts)),
            state="todo",
            action_text=self.tr("Toon &toezeggingen"),
            action=show,
        )

    def reveal(self) -> None:
        self._window.tabs.setCurrentWidget(self)
