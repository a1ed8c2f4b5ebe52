"""Shared fixtures for the UI tests: a real main window on the real engine, with its settings
and data folder in the test's own temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTextBrowser

from reactiewijzer.app import build_services, build_window
from reactiewijzer.ui.settings import Settings

# The offscreen platform cannot resize native windows to size hints; it says so on every
# top-level window (and tooltip). That is the test platform talking, not the app.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(str(tmp_path / "settings.ini"))


@pytest.fixture
def make_window(qapp, qtbot, data_dir, settings):
    """Builds a main window (grammar off unless asked); jobs run inline unless asked."""
    windows = []

    def make(
        *, language: str = "nl", synchronous: bool = True, grammar: bool = False, restore=None
    ):
        services = build_services(data_dir, grammar=grammar)
        window = build_window(qapp, services, settings, language=language, synchronous=synchronous)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.start(restore)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.engine_runner.wait(5000)
        window.grammar_runner.wait(5000)
    if windows:
        windows[-1].translations.install("nl")  # translators belong to the shared QApplication


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def modal():
    """`with modal("Alleen kopiëren") as watcher:` presses that button in the next modal dialog
    (a modal dialog blocks in exec(), so a timer acts on it); None rejects the dialog."""
    watchers = []

    def make(*press):
        watcher = ModalWatcher(*press)
        watchers.append(watcher)
        return watcher

    yield make
    for watcher in watchers:
        watcher.stop()


# ---- acting on modal dialogs -------------------------------------------------------------------


class ModalWatcher:
    """Records each modal dialog that opens and presses the button whose text starts with the
    next of `press` (None, or no such button: the dialog is rejected)."""

    def __init__(self, *press: str | None) -> None:
        self.presses = list(press) or [None]
        self.seen: list[QDialog] = []
        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (self.seen and dialog is self.seen[-1]):
            return
        self.seen.append(dialog)
        self.texts.append(dialog_text(dialog))
        press = self.presses[min(len(self.seen), len(self.presses)) - 1]
        for button in dialog.findChildren(QPushButton):
            if press is not None and button.text().replace("&", "").startswith(press):
                button.click()
                return
        dialog.reject()

    def stop(self) -> None:
        self._timer.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def dialog_text(dialog: QDialog) -> str:
    parts = [w.text() for w in dialog.findChildren(QLabel)]
    parts += [w.toPlainText() for w in dialog.findChildren(QTextBrowser)]
    parts += [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    return "\n".join(parts)
