"""The window's menus and keyboard shortcuts, retranslated when the language changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu


class Menus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.by_name: dict[str, QAction] = {}
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.tools_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        w = window
        f = w.files
        self._add(self.file_menu, "new", w.new_draft, QKeySequence.StandardKey.New)
        self._add(self.file_menu, "open_thread", lambda: f.open_dialog("thread"), "Ctrl+Shift+O")
        self._add(
            self.file_menu,
            "open_draft",
            lambda: f.open_dialog("draft"),
            QKeySequence.StandardKey.Open,
        )
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self._add(
            self.file_menu,
            "save_draft",
            lambda: f.save_dialog("draft"),
            QKeySequence.StandardKey.Save,
        )
        self._add(self.file_menu, "save_thread", lambda: f.save_dialog("thread"), "Ctrl+Shift+S")
        self.file_menu.addSeparator()
        self._add(self.file_menu, "quit", w.close, QKeySequence.StandardKey.Quit)

        self._add(self.edit_menu, "next", lambda: w.goto_finding(), "F8")
        self._add(self.edit_menu, "previous", lambda: w.goto_finding(backwards=True), "Shift+F8")
        self.edit_menu.addSeparator()
        self._add(self.edit_menu, "copy_reply", w.copy_reply, "Ctrl+Shift+C")
        self._add(self.edit_menu, "check_now", w.live.check_now, "F5")

        self._add(
            self.view_menu, "focus_thread", lambda: self._focus(w.thread_view.paste), "Ctrl+1"
        )
        self._add(self.view_menu, "focus_draft", lambda: self._focus(w.editor), "Ctrl+2")
        self._add(self.view_menu, "focus_findings", lambda: self._focus(w.findings.tree), "Ctrl+3")
        self._add(self.view_menu, "commitments", w.commitments.reveal, "Ctrl+4")

        self._add(
            self.tools_menu, "settings", w.open_settings, QKeySequence.StandardKey.Preferences
        )
        if not self.by_name["settings"].shortcut().toString():
            self.by_name["settings"].setShortcut(QKeySequence("Ctrl+,"))
        self._add(self.help_menu, "about", w.open_about, None)
        self._add(self.help_menu, "about_qt", QApplication.aboutQt, None)
        self.retranslate()

    def _add(self, menu: QMenu, name: str, slot, shortcut) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(action)
        self.window.addAction(action)
        self.by_name[name] = action
        return action

    def _focus(self, widget) -> None:
        self.window.tabs.setCurrentIndex(0)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.edit_menu.setTitle(self.tr("Be&werken"))
        self.view_menu.setTitle(self.tr("Bee&ld"))
        self.tools_menu.setTitle(self.tr("E&xtra"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("&Recente bestanden"))
        texts = {
            "new": self.tr("&Nieuw concept"),
            "open_thread": self.tr("&Gesprek openen…"),
            "open_draft": self.tr("Concept &openen…"),
            "save_draft": self.tr("Concept op&slaan als…"),
            "save_thread": self.tr("Gesprek opslaan &als…"),
            "quit": self.tr("A&fsluiten"),
            "next": self.tr("&Volgende bevinding"),
            "previous": self.tr("Vo&rige bevinding"),
            "copy_reply": self.tr("&Kopieer reactie…"),
            "check_now": self.tr("Nu &controleren"),
            "focus_thread": self.tr("Naar het &gesprek"),
            "focus_draft": self.tr("Naar de &reactie"),
            "focus_findings": self.tr("Naar de &bevindingen"),
            "commitments": self.tr("&Toezeggingen"),
            "settings": self.tr("&Instellingen…"),
            "about": self.tr("&Over Reactiewijzer"),
            "about_qt": self.tr("Over &Qt"),
        }
        for name, text in texts.items():
            self.by_name[name].setText(text)
        self.rebuild_recent()

    def rebuild_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files()
        for index, (kind, path) in enumerate(recent, start=1):
            label = self.tr("Gesprek") if kind == "thread" else self.tr("Concept")
            action = self.recent_menu.addAction(f"&{index} {label}: {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(
                lambda _=False, k=kind, p=path: self.window.files.open_path(k, p)
            )
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Lijst &wissen"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = self.recent_menu.addAction(self.tr("(nog geen bestanden)"))
            empty.setEnabled(False)

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent_files()
        self.rebuild_recent()


def build_menus(window) -> Menus:
    return Menus(window)
