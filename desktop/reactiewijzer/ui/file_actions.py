"""Opening and saving a thread or draft as a text file, recent files, and dropping files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from reactiewijzer.core.errors import Error
from reactiewijzer.ui.draft_editor import dropped_file
from reactiewijzer.ui.files import read_text_file, write_text_file


class FileActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _filter(self) -> str:
        return self.tr("Tekstbestanden (*.txt *.text *.md);;Alle bestanden (*)")

    def _target(self, kind: str):
        return self.window.thread_view.paste if kind == "thread" else self.window.editor

    def open_dialog(self, kind: str) -> None:
        title = self.tr("Gesprek openen") if kind == "thread" else self.tr("Concept openen")
        path, _ = QFileDialog.getOpenFileName(self.window, title, self._start_dir(), self._filter())
        if path:
            self.open_path(kind, path)

    def open_path(self, kind: str, path: str) -> bool:
        """Load the file into the thread or the draft; a clear message when it cannot be read."""
        try:
            text = read_text_file(path)
        except Error as exc:
            self.window.show_error(exc)
            return False
        target = self._target(kind)
        # One undoable edit, so Ctrl+Z brings back what was there before.
        cursor = target.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.window.settings.add_recent_file(kind, str(Path(path).resolve()))
        self.window.menus.rebuild_recent()
        self.window.statusBar().showMessage(
            self.tr("%1 geopend.").replace("%1", Path(path).name), 5000
        )
        return True

    def save_dialog(self, kind: str) -> None:
        title = self.tr("Gesprek opslaan") if kind == "thread" else self.tr("Concept opslaan")
        default = self.tr("gesprek.txt") if kind == "thread" else self.tr("reactie.txt")
        start = str(Path(self._start_dir()) / default)
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, self._filter())
        if path:
            self.save_path(kind, path)

    def save_path(self, kind: str, path: str) -> bool:
        try:
            write_text_file(path, self._target(kind).toPlainText())
        except OSError as exc:
            self.window.show_error_text(
                self.tr("Opslaan is niet gelukt: %1").replace("%1", exc.strerror or str(exc))
            )
            return False
        self.window.settings.add_recent_file(kind, str(Path(path).resolve()))
        self.window.menus.rebuild_recent()
        self.window.statusBar().showMessage(
            self.tr("Opgeslagen als %1.").replace("%1", Path(path).name), 5000
        )
        return True

    def _start_dir(self) -> str:
        recent = self.window.settings.recent_files()
        return str(Path(recent[0][1]).parent) if recent else str(Path.home())

    # ---- dropping a file anywhere on the window: it becomes the draft --------------------------

    def drag_enter(self, event) -> None:
        if dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, event) -> None:
        path = dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_path("draft", path)
