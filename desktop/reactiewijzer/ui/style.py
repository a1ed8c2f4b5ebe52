"""Small, palette-aware styling. Colours only add to text and symbols, never replace them,
and on a dark or high-contrast palette only borders are coloured so text keeps its contrast."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel

_LIGHT = {
    "ready": ("#e8f5e9", "#2e7d32", "#1b5e20"),
    "todo": ("#fff4e5", "#d35400", "#4a2300"),
    "info": ("#e8f0fe", "#1565c0", "#0d2c5a"),
    "warn": ("#fdecea", "#c62828", "#5f1010"),
}
_DARK_BORDER = {"ready": "#81c784", "todo": "#ffb74d", "info": "#90caf9", "warn": "#ef9a9a"}


def is_light(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() > 128


def banner_style(palette: QPalette, state: str) -> str:
    if state not in _LIGHT:
        return "QLabel { border: 1px solid palette(mid); border-radius: 4px; }"
    if is_light(palette):
        background, border, text = _LIGHT[state]
        return (
            f"QLabel, QFrame#banner {{ background: {background}; color: {text}; "
            f"border: 1px solid {border}; border-radius: 4px; }}"
        )
    return (
        f"QLabel, QFrame#banner {{ border: 2px solid {_DARK_BORDER[state]}; border-radius: 4px; }}"
    )


def make_title(label: QLabel) -> None:
    """A pane's title: bold and a little larger, relative to the user's font (200 % stays 200 %)."""
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)


def set_style(widget, sheet: str) -> None:
    """Set a style sheet only when it changes: every call re-polishes the widget, and the
    counter and banners are updated on every keystroke and every check."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
