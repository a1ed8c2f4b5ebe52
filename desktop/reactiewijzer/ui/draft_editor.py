"""The reply editor: underlines, the finding card, a context menu with fixes and dismissals."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from reactiewijzer.core.errors import Error
from reactiewijzer.core.fixes import fix_edit
from reactiewijzer.core.model import Fix
from reactiewijzer.core.text import Utf16Map
from reactiewijzer.ui.finding_card import FindingCard, dismiss_options, fix_label
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
    # A finding's dismiss option was chosen: (Mark, "here" | "word" | "rule" | "word_list").
    dismiss_requested = Signal(object, str)

    def __init__(self, guide: GuideText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.highlighter = FindingHighlighter(self)
        self.card = FindingCard(guide, self)
        self.card.fix_chosen.connect(self.apply_fix)
        self.card.dismiss_requested.connect(self.dismiss_requested)
        self._press: tuple[int, int] | None = None
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

    def apply_fix(self, mark: Mark, fix: Fix) -> bool:
        """Apply `fix` where the mark is now: one edit, undone by one Ctrl+Z. The focus comes
        back to the editor, with the cursor after the change, so typing (and Ctrl+Z) go on."""
        text = self.toPlainText()
        umap = Utf16Map(text)
        finding = self.highlighter.live_finding(mark, umap)
        if text[finding.start : finding.end] != finding.match:
            return False  # the words changed since the check; the next check offers anew
        try:
            edit = fix_edit(text, finding, fix)
        except Error:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(umap.to_utf16(edit.start))
        cursor.setPosition(umap.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(edit.text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.card.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def apply_suggestion(self, mark: Mark, replacement: str) -> bool:
        """Replace the finding's span by `replacement` (a replace fix)."""
        return self.apply_fix(mark, Fix("replace", replacement))

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

    def show_card(self, mark: Mark) -> None:
        """The finding card under the mark's first character."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(mark.start)
        rect = self.cursorRect(cursor)
        self.card.show_for(mark, self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)))

    def _mark_at_point(self, pos: QPoint) -> Mark | None:
        cursor = self.cursorForPosition(pos)
        # cursorForPosition rounds to the nearest gap: also look at the character before it.
        position = cursor.position()
        marks = self.highlighter.marks_at(position) or self.highlighter.marks_at(position - 1)
        return marks[0] if marks else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            mark = self._mark_at_point(self.viewport().mapFromGlobal(event.globalPos()))
            if mark is not None:
                if self.card.mark is not mark or not self.card.isVisible():
                    self.show_card(mark)
            else:
                self.card.hide_soon()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        self._press = (event.position().toPoint().x(), event.position().toPoint().y())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        # A plain left click (no drag-select) on an underline opens its card.
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            mark = self._mark_at_point(event.position().toPoint())
            if mark is not None:
                self.show_card(mark)
            else:
                self.card.hide()

    def keyPressEvent(self, event) -> None:
        if self.card.isVisible():
            self.card.hide()  # typing goes on; the card would cover the words
        super().keyPressEvent(event)

    # ---- context menu -------------------------------------------------------------------------

    def context_menu_for(self, position: int) -> QMenu:
        """The menu at a document position: fixes for the findings there, then the usual edits."""
        menu = self.createStandardContextMenu()
        marks = self.highlighter.marks_at(position)
        first = menu.actions()[0] if menu.actions() else None
        lang = self.guide.language()
        for mark in marks:
            f = mark.finding
            for fix in [x for x in f.fixes if x.applicable][:6]:
                action = QAction(fix_label(fix), menu)
                action.triggered.connect(lambda _=False, m=mark, x=fix: self.apply_fix(m, x))
                menu.insertAction(first, action)
            for how, label in dismiss_options(f, lang):
                action = QAction(label, menu)
                action.triggered.connect(
                    lambda _=False, m=mark, h=how: self.dismiss_requested.emit(m, h)
                )
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.card.hide()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = self.cursorForPosition(event.pos()).position()
        else:  # the Menu key: act where the text cursor is
            position = self.textCursor().selectionStart()
        menu = self.context_menu_for(position)
        menu.exec(event.globalPos())
        menu.deleteLater()
