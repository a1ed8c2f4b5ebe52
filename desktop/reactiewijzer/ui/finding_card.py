"""The finding card: what a click or a hover on an underline shows, as LanguageTool's and
Grammarly's editors do: the message, the guide's words, the fixes and the ways to dismiss.

The labels here are shared with the context menu and the findings panel, so a fix reads the
same everywhere and says what it does (replace, put in front, add after).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.dismissals import check_name, is_spelling, is_word_rule
from reactiewijzer.core.model import Finding, Fix
from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.highlighter import Mark
from reactiewijzer.ui.labels import severity_name

CARD_WIDTH = 380  # the card never grows with its text: long fixes wrap or elide


def fix_label(fix: Fix) -> str:
    """'Vervang door ‘met’', 'Zet ervoor: ‘Hoi Anna,’', 'Voeg toe aan het eind: ‘…’'."""
    if fix.kind == "replace":
        return QCoreApplication.translate("FindingCard", "Vervang door ‘%1’").replace(
            "%1", fix.text
        )
    if fix.kind == "insert_before":
        return QCoreApplication.translate("FindingCard", "Zet ervoor: ‘%1’").replace("%1", fix.text)
    if fix.kind == "insert_after":
        return QCoreApplication.translate("FindingCard", "Voeg erna toe: ‘%1’").replace(
            "%1", fix.text
        )
    return fix.text


def dismiss_options(finding: Finding, lang: str) -> list[tuple[str, str]]:
    """(how, label) for a finding, the gentlest first: "here" is this occurrence only."""
    word = finding.match.strip()
    if is_spelling(finding) and word and " " not in word:
        return [
            (
                "word_list",
                QCoreApplication.translate("FindingCard", "Voeg ‘%1’ toe aan woordenlijst").replace(
                    "%1", word
                ),
            ),
            ("here", QCoreApplication.translate("FindingCard", "Negeer hier")),
        ]
    options = [("here", QCoreApplication.translate("FindingCard", "Negeer hier"))]
    if word and is_word_rule(finding.rule):
        options.append(
            (
                "word",
                QCoreApplication.translate("FindingCard", "Negeer het woord ‘%1’").replace(
                    "%1", word
                ),
            )
        )
    if not is_spelling(finding):
        name = check_name(finding.rule, lang)
        options.append(
            ("rule", QCoreApplication.translate("FindingCard", "Zet ‘%1’ uit…").replace("%1", name))
        )
    return options


class ElidedButton(QPushButton):
    """A button whose long label is cut off with '…' instead of widening the window; the full
    text is its tooltip and accessible name."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), CARD_WIDTH - 24), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = max(20, event.size().width() - 24)
        elided = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if elided != self.text():
            self.setText(elided)


def card_html(finding: Finding, guide: GuideText) -> str:
    parts = [f"<p><b>{escape(severity_name(finding.severity))}</b>: {escape(finding.message)}</p>"]
    if finding.guideline:
        heading = guide.heading(finding.guideline)
        quote = guide.quote(finding.guideline)
        parts.append(
            "<p>"
            + escape(
                QCoreApplication.translate("FindingCard", "Handreiking: %1").replace("%1", heading)
            )
        )
        if quote:
            parts.append(f"<br><i>“{escape(quote)}”</i>")
        parts.append("</p>")
    info = [f.text for f in finding.fixes if f.kind == "none"]
    if info:
        parts.append(
            "<p>" + escape(QCoreApplication.translate("FindingCard", "Ter informatie:")) + "<br>"
        )
        parts.append("<br>".join(f"• {escape(t)}" for t in info) + "</p>")
    return "".join(parts)


class FindingCard(QFrame):
    """A small window at an underline. It takes no focus, so typing goes on in the editor."""

    fix_chosen = Signal(object, object)  # Mark, Fix
    dismiss_requested = Signal(object, str)  # Mark, how ("here", "word", "rule", "word_list")

    def __init__(self, guide: GuideText, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.guide = guide
        self._lang = guide.language
        self.mark: Mark | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        # A fixed width lets the label work out its height, so the card fits its text.
        self.text.setFixedWidth(CARD_WIDTH - 20)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.addWidget(self.text)
        self.buttons: list[QPushButton] = []
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(600)
        self._hide_timer.timeout.connect(self._hide_if_away)

    def show_for(self, mark: Mark, at: QPoint) -> None:
        self.mark = mark
        f = mark.finding
        self.text.setText(card_html(f, self.guide))
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for fix in [x for x in f.fixes if x.applicable][:4]:
            button = ElidedButton(fix_label(fix))
            button.clicked.connect(lambda _=False, m=mark, x=fix: self._fix(m, x))
            self.buttons.append(button)
        for how, label in dismiss_options(f, self._lang()):
            button = ElidedButton(label)
            button.setFlat(True)
            button.clicked.connect(lambda _=False, m=mark, h=how: self._dismiss(m, h))
            self.buttons.append(button)
        for button in self.buttons:
            self._layout.addWidget(button)
        text_height = self.text.heightForWidth(CARD_WIDTH - 20)
        self.text.setFixedHeight(text_height)
        spacing = max(0, self._layout.spacing())
        height = 16 + text_height + sum(b.sizeHint().height() + spacing for b in self.buttons)
        self.setFixedHeight(height + 2 * self.frameWidth())
        self.move(self._on_screen(at))
        self.show()
        self.raise_()

    def _on_screen(self, at: QPoint) -> QPoint:
        screen = QGuiApplication.screenAt(at) or QGuiApplication.primaryScreen()
        if screen is None:
            return at
        area = screen.availableGeometry()
        x = min(max(area.left(), at.x()), area.right() - self.width())
        y = at.y() if at.y() + self.height() <= area.bottom() else at.y() - self.height() - 24
        return QPoint(x, max(area.top(), y))

    def _fix(self, mark: Mark, fix: Fix) -> None:
        self.hide()
        self.fix_chosen.emit(mark, fix)

    def _dismiss(self, mark: Mark, how: str) -> None:
        self.hide()
        self.dismiss_requested.emit(mark, how)

    def hide_soon(self) -> None:
        """The mouse left the underline: hide unless it went onto the card."""
        if self.isVisible():
            self._hide_timer.start()

    def _hide_if_away(self) -> None:
        if not self.geometry().contains(QCursor.pos()):
            self.hide()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.hide_soon()
        elif event.type() == QEvent.Type.Enter:
            self._hide_timer.stop()
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
