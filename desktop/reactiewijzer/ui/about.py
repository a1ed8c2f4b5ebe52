"""Help > Over Reactiewijzer: versions of the app, Qt and LanguageTool, and where data lives."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(
        self, *, app_version: str, languagetool: str, data_dir: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Reactiewijzer"))
        rows = [
            (self.tr("Reactiewijzer"), app_version),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), pyside_version),
            (self.tr("LanguageTool"), languagetool),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Gegevensmap"), data_dir),
        ]
        table = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        text = (
            "<h3>Reactiewijzer</h3><p>"
            + escape(
                self.tr(
                    "Helpt ambtenaren reacties op social media te schrijven volgens de handreiking "
                    "‘Do’s en dont’s van social media bij participatie’. "
                    "Alles blijft op deze computer."
                )
            )
            + f"</p><table>{table}</table>"
        )
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Versies"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
