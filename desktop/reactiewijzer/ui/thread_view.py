"""The left-hand pane: the pasted thread, read as messages, with advice on whether to reply."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.model import Thread
from reactiewijzer.ui.draft_editor import FileDropEdit
from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.labels import advice_title, signal_name
from reactiewijzer.ui.style import banner_style, make_title

ADVICE_STATE = {"respond": "ready", "observe": "info", "moderate": "warn"}


class ThreadPaste(FileDropEdit):
    """The paste area; a dropped text file is opened as the thread."""


class ThreadView(QWidget):
    def __init__(self, guide: GuideText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.thread: Thread | None = None
        self._unavailable: str | None = None

        self.title = QLabel()
        make_title(self.title)
        self.paste = ThreadPaste()
        self.paste.setTabChangesFocus(True)
        self.title.setBuddy(self.paste)

        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setMargin(8)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages = QTextBrowser()
        self.messages.setOpenLinks(False)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.advice)
        lower_layout.addWidget(self.messages, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.paste)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Gesprek"))
        self.paste.setPlaceholderText(
            self.tr(
                "Plak hier het gesprek waarop je reageert (of sleep een tekstbestand hierheen)…"
            )
        )
        self.paste.setAccessibleName(self.tr("Geplakt gesprek"))
        self.advice.setAccessibleName(self.tr("Advies over reageren"))
        self.messages.setAccessibleName(self.tr("Berichten in het gesprek"))
        self._render()

    # ---- content ------------------------------------------------------------------------------

    def show_thread(self, thread: Thread | None) -> None:
        self.thread = thread
        self._render()

    def show_unavailable(self, message: str) -> None:
        self._unavailable = message
        self._render()

    def _render(self) -> None:
        thread = self.thread
        if self._unavailable:
            self._set_advice("idle", "<b>" + escape(self._unavailable) + "</b>")
            self.messages.setHtml("")
            return
        if thread is None or not self.paste.toPlainText().strip():
            self._set_advice(
                "idle",
                escape(
                    self.tr(
                        "Plak een gesprek om te zien wie er praat, wat er gevraagd wordt "
                        "en of reageren verstandig is."
                    )
                ),
            )
            self.messages.setHtml("")
            return
        notice = thread.notice_en if self._english() and thread.notice_en else thread.notice
        html = f"<b>{escape(advice_title(thread.advice))}</b>"
        if notice:
            html += f"<br>{escape(notice)}"
        self._set_advice(ADVICE_STATE.get(thread.advice, "info"), html)
        self.messages.setHtml(self._posts_html(thread) + self._reasons_html(thread))

    def _set_advice(self, state: str, html: str) -> None:
        self.advice.setText(html)
        self.advice.setStyleSheet(banner_style(self.palette(), state))

    def _english(self) -> bool:
        return self.guide.language() == "en"

    def _reasons_html(self, thread: Thread) -> str:
        if not thread.reasons:
            return ""
        out = [
            "<p><b>"
            + escape(self.tr("Waarom dit advies"))
            + "</b></p><ul style='margin-left:-20px'>"
        ]
        for reason in thread.reasons:
            item = escape(reason.text)
            if reason.quote:
                heading = self.guide.heading(reason.guideline)
                item += f"<br><i>“{escape(reason.quote)}”</i> — {escape(heading)}"
            out.append(f"<li>{item}</li>")
        out.append("</ul>")
        return "".join(out)

    def _posts_html(self, thread: Thread) -> str:
        people = len(thread.participants) or len({p.author for p in thread.posts if p.author})
        who = (
            self.tr("%n deelnemer(s)", "", people)
            if people or not thread.posts
            else self.tr("1 deelnemer (onbekend)")  # a paste without author lines
        )
        head = self.tr("%n bericht(en)", "", len(thread.posts)) + " · " + who
        out = [f"<p><i>{escape(head)}</i></p>"]
        for post in thread.posts:
            who = escape(post.author or post.handle or self.tr("Onbekend"))
            meta = " · ".join(
                escape(x) for x in (post.handle if post.author else None, post.time) if x
            )
            text = escape(post.text).replace("\n", "<br>")
            block = f"<p><b>{who}</b>" + (f" &nbsp;{meta}" if meta else "") + f"<br>{text}"
            if post.signals:
                signals = ", ".join(signal_name(s) for s in post.signals)
                block += "<br><i>" + escape(self.tr("Signalen: %1").replace("%1", signals)) + "</i>"
            out.append(block + "</p><hr>")
        return "".join(out)
