"""The reply editor: underlines, tooltips, a context menu with fixes, jumping between findings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.highlighter import FindingHighlighter, Mark
from reactiewijzer.ui.labels import severity_name


def dropped_file(mime: QMimeData) -> str | None:
    """The local file a drag carries, if it carries exactly one."""
    if not mime.hasUrls():
        return None
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return files[0] if len(files) == 1 else None


class FileDropEdit(QPlainTextEdit):
    """A text area onto which one text file can be dropped: it emits `file_dropped(path)`."""

    file_dropped = Signal(str)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.file_dropped.emit(path)
        else:
            super().dropEvent(event)


class DraftEditor(FileDropEdit):
    ignore_rule_requested = Signal(str)
    add_word_requested = Signal(str)

    def __init__(self, guide: GuideText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.highlighter = FindingHighlighter(self)
        self.setTabChangesFocus(True)  # Tab moves on, so keyboard users can leave the editor
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Conceptreactie"))
        self.setAccessibleDescription(
            self.tr(
                "Schrijf hier je reactie. Onderstreepte woorden hebben een bevinding; "
                "F8 gaat naar de volgende."
            )
        )
        self.setPlaceholderText(self.tr("Schrijf hier je reactie…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- findings -----------------------------------------------------------------------------

    def select_mark(self, mark: Mark) -> None:
        cursor = self.textCursor()
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def goto_finding(self, *, backwards: bool = False) -> Mark | None:
        """F8 / Shift+F8: select the next (previous) finding, wrapping around."""
        position = self.textCursor().selectionStart()
        mark = self.highlighter.next_mark(position, backwards=backwards)
        if mark is not None:
            self.select_mark(mark)
            self._show_tip(mark)
        return mark

    def apply_suggestion(self, mark: Mark, replacement: str) -> None:
        """Replace the finding's span: one edit, undone by one Ctrl+Z."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def tooltip_html(self, marks: list[Mark]) -> str:
        parts = []
        for mark in marks:
            f = mark.finding
            heading = self.guide.heading(f.guideline) if f.guideline else ""
            line = f"<b>{escape(severity_name(f.severity))}</b>: {escape(f.message)}"
            if heading:
                line += (
                    "<br><i>" + escape(self.tr("Handreiking: %1").replace("%1", heading)) + "</i>"
                )
            parts.append(line)
        return "<p style='white-space:pre-wrap'>" + "<hr>".join(parts) + "</p>"

    def _show_tip(self, mark: Mark) -> None:
        rect = self.cursorRect()
        QToolTip.showText(
            self.viewport().mapToGlobal(rect.bottomLeft()), self.tooltip_html([mark]), self
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(
                self.viewport().mapFromGlobal(event.globalPos())
            ).position()
            marks = self.highlighter.marks_at(pos)
            if marks:
                QToolTip.showText(event.globalPos(), self.tooltip_html(marks), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ---- context menu -------------------------------------------------------------------------

    def context_menu_for(self, position: int) -> QMenu:
        """The menu at a document position: fixes for the findings there, then the usual edits."""
        menu = self.createStandardContextMenu()
        marks = self.highlighter.marks_at(position)
        first = menu.actions()[0] if menu.actions() else None
        for mark in marks:
            f = mark.finding
            for suggestion in f.suggestions[:6]:
                label = self.tr("Vervang door ‘%1’").replace("%1", suggestion)
                action = QAction(label, menu)
                action.triggered.connect(
                    lambda _=False, m=mark, s=suggestion: self.apply_suggestion(m, s)
                )
                menu.insertAction(first, action)
            ignore = QAction(self.tr("Negeer deze regel (%1)").replace("%1", f.rule), menu)
            ignore.triggered.connect(lambda _=False, r=f.rule: self.ignore_rule_requested.emit(r))
            menu.insertAction(first, ignore)
            if f.category == "grammar" and f.match.strip() and " " not in f.match.strip():
                word = f.match.strip()
                add = QAction(self.tr("Voeg ‘%1’ toe aan woordenlijst").replace("%1", word), menu)
                add.triggered.connect(lambda _=False, w=word: self.add_word_requested.emit(w))
                menu.insertAction(first, add)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = self.cursorForPosition(event.pos()).position()
        else:  # the Menu key: act where the text cursor is
            position = self.textCursor().selectionStart()
        menu = self.context_menu_for(position)
        menu.exec(event.globalPos())
        menu.deleteLater()
