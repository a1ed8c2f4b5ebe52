"""The last look before a reply leaves the app: the promises in it and what stays online.

The guide: “Een uiting op het internet kan je moeilijk ongedaan maken.” The user copies,
copies and logs the promises, or goes back to the reply.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.model import Commitment, Finding
from reactiewijzer.core.promises import format_date
from reactiewijzer.ui.style import make_title


class ConfirmPostDialog(QDialog):
    """Lists what stays online; the user copies, copies and logs, or goes back."""

    COPY, COPY_AND_LOG = 1, 2

    def __init__(
        self,
        permanence: list[Finding],
        commitments: list[Commitment],
        *,
        can_log: bool,
        note: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reactie kopiëren"))
        self.choice = 0
        title = QLabel(self.tr("Wat je plaatst, blijft online staan"))
        make_title(title)
        intro = QLabel(
            self.tr(
                "Een uiting op het internet kan je moeilijk ongedaan maken. Kijk nog één keer naar "
                "deze zinnen voordat je de reactie plaatst."
            )
        )
        intro.setWordWrap(True)
        body = QTextBrowser()
        body.setAccessibleName(self.tr("Zinnen die online blijven staan"))
        body.setHtml(self._html(permanence, commitments))
        body.setMinimumHeight(body.fontMetrics().lineSpacing() * 8)

        buttons = QDialogButtonBox()
        if commitments:
            self.log_button = QPushButton(self.tr("Kopiëren en toezeggingen &vastleggen…"))
            self.log_button.setEnabled(can_log)
            self.log_button.setAccessibleName(self.tr("Kopiëren en toezeggingen vastleggen"))
            buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.log_button.clicked.connect(lambda: self._choose(self.COPY_AND_LOG))
        else:
            self.log_button = None
        self.copy_button = QPushButton(
            self.tr("Alleen &kopiëren") if commitments else self.tr("&Kopiëren")
        )
        self.copy_button.setAccessibleName(self.tr("Kopiëren"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(lambda: self._choose(self.COPY))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Terug naar de reactie"))
        cancel.setAccessibleName(self.tr("Terug naar de reactie"))
        buttons.rejected.connect(self.reject)
        (self.log_button or self.copy_button).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(body, 1)
        notes = [note] if note else []
        if commitments and not can_log:
            notes.append(
                self.tr("Het toezeggingenlog is nu niet beschikbaar; noteer de toezeggingen zelf.")
            )
        for text in notes:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def _html(self, permanence: list[Finding], commitments: list[Commitment]) -> str:
        out = []
        # Each promise once: the permanence check's note on a promise is the same promise.
        permanence = [f for f in permanence if not _same_promise(f, commitments)]
        if commitments:
            out.append("<p><b>" + escape(self.tr("Toezeggingen")) + "</b></p><ul>")
            for c in commitments:
                due = (
                    self.tr("uiterlijk %1").replace("%1", format_date(c.due))
                    if c.due
                    else self.tr("zonder datum — noem liever een dag")
                )
                out.append(f"<li>{escape(c.text)} <i>({escape(due)})</i></li>")
            out.append("</ul>")
        if permanence:
            out.append("<p><b>" + escape(self.tr("Blijft online staan")) + "</b></p><ul>")
            for f in permanence:
                out.append(f"<li>‘{escape(f.match)}’ — {escape(f.message)}</li>")
            out.append("</ul>")
        return "".join(out)


def _same_promise(finding: Finding, commitments: list[Commitment]) -> bool:
    return finding.rule.endswith(".commitment") and any(
        finding.start < c.end and c.start < finding.end for c in commitments
    )
