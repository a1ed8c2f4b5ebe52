"""Findings drawn as wavy underlines on the draft editor.

Underlines are extra selections whose QTextCursors the document moves along with every edit,
so they stay on their words while the user types until the next check replaces them. The
character formats are built once, per (severity, category); nothing is built per paint.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reactiewijzer.core.catalogue import categories
from reactiewijzer.core.dismissals import Dismissals
from reactiewijzer.core.merge import merge
from reactiewijzer.core.model import SEVERITIES, Finding
from reactiewijzer.core.text import Utf16Map

SEVERITY_COLOURS = {"error": "#c62828", "warning": "#d35400", "info": "#1565c0"}
GRAMMAR_COLOUR = "#7b1fa2"  # spelling and grammar look different from the guide's advice
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class FindingFormats:
    """One QTextCharFormat per (severity, category), made once."""

    def __init__(self, palette: QPalette) -> None:
        light = palette.color(QPalette.ColorRole.Base).lightness() > 128
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        for severity in SEVERITIES:
            for category in (*categories(), ""):
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                colour = GRAMMAR_COLOUR if category == "grammar" else SEVERITY_COLOURS[severity]
                fmt.setUnderlineColor(QColor(colour))
                if category == "permanence" and light:
                    # What stays online deserves a second look: a faint wash behind it.
                    fmt.setBackground(QColor("#fff1dc"))
                self._formats[(severity, category)] = fmt

    def format_for(self, finding: Finding) -> QTextCharFormat:
        return (
            self._formats.get((finding.severity, finding.category))
            or self._formats[(finding.severity if finding.severity in SEVERITIES else "info", "")]
        )


@dataclass(eq=False)
class Mark:
    """A finding tied to a live span of the document (UTF-16 positions that follow edits)."""

    finding: Finding
    cursor: QTextCursor

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()

    def alive(self) -> bool:
        return self.end > self.start


def _place(f: Finding, start16: int, end16: int) -> tuple:
    """A finding at a place in the document, with all it shows (the words there are the
    same): a mark there may be kept for an equal finding."""
    return (start16, end16, f.rule, f.severity, f.category, f.message, f.guideline, f.fixes)


class FindingHighlighter(QObject):
    """Keeps the marks of each source (engine, languagetool) and draws the visible ones."""

    marks_changed = Signal()

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.formats = FindingFormats(editor.palette())
        self._by_source: dict[str, list[Mark]] = {"engine": [], "languagetool": []}
        self._dismissed = Dismissals()
        self._texts: dict[str, str] = {"engine": "", "languagetool": ""}
        self._hidden_words: frozenset[str] = frozenset()
        self.visible: list[Mark] = []
        editor.document().contentsChange.connect(self._prune)

    def set_findings(self, source: str, findings: Iterable[Finding], text: str) -> None:
        """Replace one source's findings; `text` is the snapshot their offsets index into.

        While the user types, most findings come back unchanged at the places their marks
        have moved to: those marks are kept (with the new finding), so that when nothing
        visible changed, nothing is drawn again and the findings list is left alone."""
        umap = Utf16Map(text)
        doc = self._editor.document()
        kept: dict[tuple, list[Mark]] = {}
        for m in self._by_source[source]:
            if m.alive():
                kept.setdefault(_place(m.finding, m.start, m.end), []).append(m)
        marks = []
        for f in findings:
            start, end = umap.to_utf16(f.start), umap.to_utf16(f.end)
            same = kept.get(_place(f, start, end))
            if same:
                mark = same.pop()
                mark.finding = f
            else:
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                mark = Mark(f, cursor)
            marks.append(mark)
        self._by_source[source] = marks
        self._texts[source] = text
        self.render()

    def clear(self, source: str | None = None) -> None:
        for key in self._by_source:
            if source in (None, key):
                self._by_source[key] = []
        self.render()

    def set_dismissed(self, dismissed: Dismissals) -> None:
        self._dismissed = dismissed
        self.render()

    def findings_for(self, source: str, text: str) -> list[Finding]:
        """`source`'s findings if they were made for exactly `text` (else none)."""
        if self._texts.get(source) != text:
            return []
        return [m.finding for m in self._by_source[source]]

    def hide_word(self, word: str) -> None:
        """After "add to word list": drop spelling marks on that word until the next check."""
        self._hidden_words = self._hidden_words | {word.casefold()}
        self.render()

    def reset_hidden_words(self) -> None:
        self._hidden_words = frozenset()

    def render(self) -> None:
        """Draw what the engine's merge policy keeps, judged at the marks' current places."""
        text = self._editor.toPlainText()
        umap = Utf16Map(text)
        marks: dict[int, Mark] = {}

        def live(source: str) -> list[Finding]:
            out = []
            for m in self._by_source[source]:
                if not m.alive():
                    continue
                if source == "languagetool" and m.finding.match.casefold() in self._hidden_words:
                    continue
                f = self.live_finding(m, umap)
                marks[id(f)] = m
                out.append(f)
            return out

        kept = merge(live("engine"), live("languagetool"), dismissed=self._dismissed, text=text)
        visible = [marks[id(f)] for f in kept]
        if len(visible) == len(self.visible) and all(map(operator.is_, visible, self.visible)):
            return  # the same marks: their underlines are drawn and follow the text already
        self.visible = visible
        selections = []
        for mark in visible:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = mark.cursor
            sel.format = self.formats.format_for(mark.finding)
            selections.append(sel)
        self._editor.setExtraSelections(selections)
        self.marks_changed.emit()

    def live_finding(self, mark: Mark, umap: Utf16Map | None = None) -> Finding:
        """The mark's finding at the mark's current place (Python indices into the text now)."""
        if umap is None:
            umap = Utf16Map(self._editor.toPlainText())
        start, end = umap.from_utf16(mark.start), umap.from_utf16(mark.end)
        f = mark.finding
        return f if (f.start, f.end) == (start, end) else replace(f, start=start, end=end)

    def _prune(self, _position: int, removed: int, _added: int) -> None:
        # A mark whose words were deleted disappears at once, not at the next check. Only a
        # removal can empty a mark: typing (inserts only) costs nothing here.
        if removed and any(not m.alive() for m in self.visible):
            self.render()

    # ---- queries used by the editor and the panel ---------------------------------------------

    def marks_at(self, position: int) -> list[Mark]:
        found = [m for m in self.visible if m.start <= position < m.end]
        return sorted(found, key=lambda m: SEVERITY_ORDER.get(m.finding.severity, 3))

    def important_count(self) -> int:
        return sum(1 for m in self.visible if m.finding.severity in ("error", "warning"))
