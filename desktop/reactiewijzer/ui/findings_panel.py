"""The right-hand pane: findings grouped by the guide's categories, and whether to post."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.catalogue import categories
from reactiewijzer.ui.finding_card import ElidedButton, dismiss_options, fix_label
from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.highlighter import SEVERITY_ORDER, Mark
from reactiewijzer.ui.labels import category_name, severity_name
from reactiewijzer.ui.style import banner_style, make_title, set_style

SEVERITY_SYMBOLS = {"error": "●", "warning": "▲", "info": "ℹ"}
MARK_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsTree(QTreeWidget):
    """Rows as tall as their wrapped text at the view's width (Qt does not do this itself).

    The heights are computed when the rows or the width change and stored in the items, so
    painting never calls back into Python: a Python delegate asked for every row on every
    repaint, and while a check ran in the background each call waited for the interpreter
    (bench/ui.py).
    """

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()  # a larger font (200 %) wraps into taller rows

    def fit_rows(self) -> None:
        viewport = self.viewport().width()
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            self.fit(top, 1, viewport)
            for k in range(top.childCount()):
                self.fit(top.child(k), 2, viewport)

    def fit(self, item: QTreeWidgetItem, depth: int, viewport: int | None = None) -> None:
        """Best before the item is in the tree: a new size there lays out the whole window."""
        if viewport is None:
            viewport = self.viewport().width()
        width = max(viewport - self.indentation() * depth - 12, 80)
        rect = QFontMetrics(item.font(0)).boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), item.text(0)
        )
        item.setSizeHint(0, QSize(width, rect.height() + 8))


class LayoutFence(QScrollArea):
    """Holds a word-wrapped label whose new texts must not lay out the whole window.

    A QLabel asks its parents for a new layout on every setText. From the banner that request
    climbed through the splitter to the main window, which then painted all of itself again
    (4-9 ms on the window thread for each new count, bench/ui.py). A scroll area keeps the
    request to itself; the fence takes the label's height and asks for a new layout only when
    that height changes. No scroll bars, no focus: it looks and behaves like the label.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def fit(self) -> None:
        """After the label's text, style or font changed: as tall as its text needs."""
        width = self.viewport().width()
        height = self.label.heightForWidth(width) if width > 0 else -1
        if height < 0:
            height = self.label.sizeHint().height()
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


class FindingsPanel(QWidget):
    mark_activated = Signal(object, bool)  # Mark, whether to move focus to the editor
    fix_chosen = Signal(object, object)  # Mark, Fix
    dismiss_requested = Signal(object, str)  # Mark, "here" | "word" | "rule" | "word_list"
    retry_grammar_requested = Signal()

    def __init__(self, guide: GuideText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self._marks: list[Mark] = []
        self._draft_empty = True
        self._current: Mark | None = None
        self._signature: list | None = None  # what the list shows, to skip needless rebuilds
        # "ready" | "starting" | "off" | "skipped" (ready, but the last check got no answer)
        self._grammar_state = "ready"
        self._grammar_problem: str | None = None  # the details, for "Meer informatie"

        self.title = QLabel()
        make_title(self.title)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_grammar_requested)
        self.more_button = QPushButton()
        self.more_button.setCheckable(True)
        self.more_button.setFlat(True)
        self.more_info = QLabel()
        self.more_info.setWordWrap(True)
        self.more_info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_button.toggled.connect(self.more_info.setVisible)
        self.more_info.hide()
        grammar_row = QHBoxLayout()
        grammar_row.addWidget(self.retry_button)
        grammar_row.addWidget(self.more_button)
        grammar_row.addStretch(1)
        self.grammar_box = QWidget()
        grammar_box_layout = QVBoxLayout(self.grammar_box)
        grammar_box_layout.setContentsMargins(0, 0, 0, 0)
        grammar_box_layout.addLayout(grammar_row)
        grammar_box_layout.addWidget(self.more_info)
        self.grammar_box.hide()

        self.tree = FindingsTree()
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda item, _col: self._activate(item, focus_editor=True))
        self.tree.itemActivated.connect(lambda item, _col: self._activate(item, focus_editor=True))

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ignored: the detail never asks for more width than the pane has (a long quote or
        # fix once widened the whole window).
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.fix_row = QVBoxLayout()
        self.fix_row.setSpacing(4)
        detail_box = QFrame()
        detail_box.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.detail)
        detail_layout.addLayout(self.fix_row)
        self.detail_box = detail_box

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        self.banner_box = LayoutFence(self.banner)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.grammar_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(detail_box)
        self.retranslate()
        self.set_marks([], draft_empty=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bevindingen"))
        self.tree.setAccessibleName(self.tr("Bevindingen per onderdeel van de handreiking"))
        self.banner.setAccessibleName(self.tr("Stand van de reactie"))
        self.detail.setAccessibleName(self.tr("Toelichting bij de bevinding"))
        self.retry_button.setText(self.tr("&Opnieuw proberen"))
        self.retry_button.setAccessibleName(self.tr("Spellingcontrole opnieuw proberen"))
        self.more_button.setText(self.tr("Meer informatie"))
        self._signature = None  # the texts change with the language: rebuild
        self.set_marks(self._marks, draft_empty=self._draft_empty)

    # ---- content ------------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark], *, draft_empty: bool) -> None:
        if self._signature is not None and (marks, draft_empty) == (self._marks, self._draft_empty):
            # The same marks again (a report after its underlines): the list shows them already.
            return
        self._marks = list(marks)
        self._draft_empty = draft_empty
        self._update_banner()
        groups: dict[str, list[Mark]] = {}
        for mark in self._marks:
            groups.setdefault(mark.finding.category, []).append(mark)
        known = categories()
        order = [c for c in known if c in groups] + [c for c in groups if c not in known]
        grouped = [
            (
                category,
                sorted(
                    groups[category],
                    key=lambda m: (SEVERITY_ORDER.get(m.finding.severity, 3), m.start),
                ),
            )
            for category in order
        ]
        signature = [(c, [self._key(m) for m in items]) for c, items in grouped]
        previous, self._signature = self._signature, signature
        # Typing moves the findings and changes few: a group whose findings are the same keeps
        # its items (rebuilding the word-wrapped list on every check made typing stutter) and
        # only learns their new places; a group that changed is filled anew.
        same_groups = previous is not None and [c for c, _ in previous] == order
        current_key = self._key(self._current) if self._current else None
        self.tree.blockSignals(True)
        if not same_groups:
            self.tree.clear()
        restore = None
        for index, (category, items) in enumerate(grouped):
            keep = same_groups and previous[index][1] == signature[index][1]
            title = f"{category_name(category)} ({len(items)})"
            if same_groups:
                top = self.tree.topLevelItem(index)
                if not keep:
                    top.takeChildren()
                    top.setText(0, title)
                    self.tree.fit(top, 1)
            else:
                top = QTreeWidgetItem([title])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.fit(top, 1)
                self.tree.addTopLevelItem(top)
            for child_index, mark in enumerate(items):
                if keep:
                    child = top.child(child_index)
                    child.setData(0, MARK_ROLE, mark)
                else:
                    child = QTreeWidgetItem([self._item_text(mark)])
                    child.setData(0, MARK_ROLE, mark)
                    child.setToolTip(0, self._item_text(mark))
                    self.tree.fit(child, 2)
                    top.addChild(child)
                if current_key is not None and self._key(mark) == current_key:
                    restore = child
            if not keep:
                top.setExpanded(True)
        self.tree.blockSignals(False)
        if restore is None:
            self._show_detail(None)
        elif restore is self.tree.currentItem():
            self._current = restore.data(0, MARK_ROLE)
        else:
            self.tree.setCurrentItem(restore)

    @staticmethod
    def _key(mark: Mark) -> tuple:
        f = mark.finding
        return (f.rule, f.match, f.message)

    def _item_text(self, mark: Mark) -> str:
        f = mark.finding
        symbol = SEVERITY_SYMBOLS.get(f.severity, "•")
        text = f"{symbol} {severity_name(f.severity)}: {f.message}"
        applicable = [x for x in f.fixes if x.applicable]
        if applicable:
            text += "\n" + fix_label(applicable[0])
        return text

    def _update_banner(self) -> None:
        important = sum(1 for m in self._marks if m.finding.severity in ("error", "warning"))
        tips = len(self._marks) - important
        if self._draft_empty:
            state = "idle"
            html = (
                "<b>"
                + escape(self.tr("Nog geen reactie"))
                + "</b><br>"
                + escape(
                    self.tr("Schrijf je reactie in het midden; wat beter kan, verschijnt hier.")
                )
            )
        elif important == 0 and self._grammar_state == "starting":
            state = "todo"
            html = (
                "<b>"
                + escape(self.tr("Spelling wordt nog gecontroleerd…"))
                + "</b><br>"
                + escape(self.tr("Geen belangrijke punten uit de handreiking."))
            )
        elif important == 0 and self._grammar_state != "ready":
            # Not "ready": nobody looked at the spelling (issue: the banner said ready
            # while only the status bar said LanguageTool was missing).
            state = "warn"
            html = (
                "<b>"
                + escape(self.tr("Spelling niet gecontroleerd"))
                + "</b><br>"
                + escape(
                    self.tr(
                        "De handreiking is nagelopen, de spelling nog niet. Lees je reactie "
                        "zelf nog eens na, of probeer de spellingcontrole opnieuw."
                    )
                )
            )
            if tips:
                html += "<br>" + escape(self.tr("En %n tip(s).", "", tips))
        elif important == 0:
            state = "ready"
            sub = (
                self.tr("Geen belangrijke punten meer.")
                if tips == 0
                else self.tr("Geen belangrijke punten meer; %n tip(s) om te overwegen.", "", tips)
            )
            html = "<b>✓ " + escape(self.tr("Klaar om te plaatsen")) + "</b><br>" + escape(sub)
        else:
            state = "todo"
            html = "<b>" + escape(self.tr("%n punt(en) om naar te kijken", "", important)) + "</b>"
            if tips:
                html += "<br>" + escape(self.tr("En %n tip(s).", "", tips))
            if self._grammar_state in ("off", "skipped"):
                html += "<br>" + escape(self.tr("Spelling niet gecontroleerd."))
        self.banner.setText(html)
        self.banner.setProperty("state", state)
        set_style(self.banner, banner_style(self.palette(), state))
        self.banner_box.fit()
        unchecked = self._grammar_state in ("off", "skipped")
        self.grammar_box.setVisible(unchecked and not self._draft_empty)

    def set_grammar(self, state: str, problem: str | None = None) -> None:
        """Whether spelling was checked ("ready"), is starting, is "off", or was "skipped" for
        this draft (too slow, cancelled); `problem` is the detail behind "Meer informatie"."""
        if (state, problem) == (self._grammar_state, self._grammar_problem):
            return
        self._grammar_state = state
        self._grammar_problem = problem
        self.more_info.setText(problem or "")
        self.more_button.setVisible(bool(problem))
        self._update_banner()

    def show_problem(self, message: str) -> None:
        """The checks failed: say so instead of a misleading “klaar om te plaatsen”."""
        html = "<b>" + escape(self.tr("De controle is niet gelukt")) + "</b><br>" + escape(message)
        self._signature = None  # the next marks replace this banner, even the same marks
        self.banner.setText(html)
        self.banner.setProperty("state", "warn")
        set_style(self.banner, banner_style(self.palette(), "warn"))
        self.banner_box.fit()

    @property
    def ready_to_post(self) -> bool:
        return (
            not self._draft_empty
            and self._grammar_state == "ready"
            and all(m.finding.severity == "info" for m in self._marks)
        )

    # ---- F8: every finding, in the order of the list ------------------------------------------

    def rows(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [
            tree.topLevelItem(i).child(k)
            for i in range(tree.topLevelItemCount())
            for k in range(tree.topLevelItem(i).childCount())
        ]

    def step(self, *, backwards: bool = False) -> Mark | None:
        """Move to the next (previous) row, wrapping around; the editor follows the row.

        The list's order, not the text's: two findings on the same words are both visited.
        """
        rows = self.rows()
        if not rows:
            return None
        current = self.tree.currentItem()
        if current in rows:
            i = (rows.index(current) + (-1 if backwards else 1)) % len(rows)
        else:
            i = len(rows) - 1 if backwards else 0
        self.tree.setCurrentItem(rows[i])
        self.tree.scrollToItem(rows[i])
        return rows[i].data(0, MARK_ROLE)

    # ---- detail -------------------------------------------------------------------------------

    def _on_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        mark = item.data(0, MARK_ROLE) if item is not None else None
        self._show_detail(mark)
        if mark is not None:
            self.mark_activated.emit(mark, False)

    def _activate(self, item: QTreeWidgetItem, *, focus_editor: bool) -> None:
        mark = item.data(0, MARK_ROLE)
        if mark is not None:
            self.mark_activated.emit(mark, focus_editor)

    def _show_detail(self, mark: Mark | None) -> None:
        self._current = mark
        while self.fix_row.count():
            widget = self.fix_row.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        if mark is None:
            self.detail_box.setVisible(False)
            return
        f = mark.finding
        parts = [f"<p><b>{escape(f.message)}</b></p>"]
        if f.match:
            parts.append(
                "<p>" + escape(self.tr("In je tekst: ‘%1’").replace("%1", f.match)) + "</p>"
            )
        if f.guideline:
            heading = self.guide.heading(f.guideline)
            quote = self.guide.quote(f.guideline)
            parts.append("<p>" + escape(self.tr("Handreiking — %1").replace("%1", heading)))
            if quote:
                parts.append(f"<br><i>“{escape(quote)}”</i>")
            parts.append("</p>")
        info = [x.text for x in f.fixes if x.kind == "none"]
        if info:
            parts.append("<p>" + escape(self.tr("Ter informatie:")) + "<br>")
            parts.append("<br>".join(f"• {escape(t)}" for t in info) + "</p>")
        self.detail.setText("".join(parts))
        for fix in [x for x in f.fixes if x.applicable][:3]:
            button = ElidedButton(fix_label(fix))
            button.clicked.connect(lambda _=False, m=mark, x=fix: self.fix_chosen.emit(m, x))
            self.fix_row.addWidget(button)
        for how, label in dismiss_options(f, self.guide.language()):
            button = ElidedButton(label)
            button.clicked.connect(lambda _=False, m=mark, h=how: self.dismiss_requested.emit(m, h))
            self.fix_row.addWidget(button)
        self.detail_box.setVisible(True)
