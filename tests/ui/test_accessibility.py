"""Usable by keyboard and screen reader, at 200 % font size and in a high-contrast palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextBrowser, QAbstractItemView)


def test_every_control_has_an_accessible_name(qtbot, window):
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        if w.isVisibleTo(window)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and w.parent() is not None
        and not type(w).__name__.startswith("QTabBar")
    ]
    # Qt's own scroll-area and tab-bar internals are named by Qt; ours must all be named.
    ours = [n for n in nameless if not n.startswith(("QScrollBar", "QToolButton", "QHeaderView"))]
    assert ours == []


def test_keyboard_alone_reaches_thread_draft_and_findings(qtbot, window):
    window.editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.thread_view.paste.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.findings.tree.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.hasFocus()
    # Tab leaves the editor instead of typing a tab character.
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert not window.editor.hasFocus()
    assert "\t" not in window.editor.toPlainText()


def test_fits_a_full_hd_screen_at_200_percent_font(qtbot, qapp, make_window):
    original = qapp.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        window = make_window()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1920 and hint.height() <= 1080, hint
        assert window.draft.copy_button.height() >= window.draft.copy_button.fontMetrics().height()
    finally:
        qapp.setFont(original)


def test_high_contrast_palette_keeps_banner_text_readable(qtbot, qapp, make_window):
    original = qapp.palette()
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("black"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        dark.setColor(role, QColor("white"))
    qapp.setPalette(dark)
    try:
        window = make_window()
        window.editor.setPlainText("Wij informeren u middels deze brief.")
        window.live.check_now()
        style = window.findings.banner.styleSheet()
        assert "background" not in style  # only a coloured border; the text keeps the palette
        assert "border" in style
    finally:
        qapp.setPalette(original)
