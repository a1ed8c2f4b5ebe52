"""Typing a draft underlines what the guide would change, at the right place, and fixes undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from reactiewijzer.core.text import to_utf16


def underlines(editor):
    """(start, end, underlined text, rule) as the editor draws them (its extra selections)."""
    marks = {id(m.cursor): m for m in editor.highlighter.visible}
    out = []
    for sel in editor.extraSelections():
        assert sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        c = sel.cursor
        rule = next(
            (
                m.finding.rule
                for m in marks.values()
                if m.start == c.selectionStart() and m.end == c.selectionEnd()
            ),
            None,
        )
        out.append((c.selectionStart(), c.selectionEnd(), c.selectedText(), rule))
    return out


def type_and_wait(qtbot, window, text):
    qtbot.keyClicks(window.editor, text)
    # The debounce fires on its own, about 200 ms after the last key.
    qtbot.waitUntil(lambda: window.live.report_revision == window.live.revision, timeout=3000)


def test_typing_underlines_the_jargon_word(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    type_and_wait(qtbot, window, draft)
    found = [u for u in underlines(window.editor) if u[3] == "jargon.ouderwets"]
    start = draft.index("middels")
    assert found == [(start, start + len("middels"), "middels", "jargon.ouderwets")]


def test_underline_stays_on_the_word_after_emoji(qtbot, window):
    # Emoji outside the BMP take two UTF-16 units in Qt: a naive offset would land two early.
    draft = "😀👍 Wij informeren u middels deze brief."
    window.editor.setPlainText(draft)
    window.live.check_now()
    found = [u for u in underlines(window.editor) if u[3] == "jargon.ouderwets"]
    start16 = to_utf16(draft, draft.index("middels"))
    assert start16 == draft.index("middels") + 2
    assert found == [(start16, start16 + 7, "middels", "jargon.ouderwets")]


def test_underline_colour_follows_severity_and_category(qtbot, window):
    from reactiewijzer.core.model import Finding

    def colour(severity, category):
        f = Finding("r", category, severity, 0, 1, "x", "m")
        return window.editor.highlighter.formats.format_for(f).underlineColor().name()

    assert len({colour(s, "jargon") for s in ("error", "warning", "info")}) == 3
    assert colour("error", "grammar") != colour("error", "jargon")


def test_suggestion_from_context_menu_is_one_undoable_edit(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    type_and_wait(qtbot, window, draft)
    editor = window.editor
    menu = editor.context_menu_for(draft.index("middels") + 2)
    texts = [a.text() for a in menu.actions()]
    assert "Vervang door ‘met’" in texts
    next(a for a in menu.actions() if a.text() == "Vervang door ‘met’").trigger()
    assert editor.toPlainText() == "Wij informeren u met deze brief."
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == draft


def test_ignoring_here_hides_one_occurrence_and_a_word_one_entry_of_the_list(qtbot, window):
    from reactiewijzer.core.dismissals import load_dismissals

    draft = "Wij informeren u middels deze brief. Middels een bericht. Teneinde dat te doen."
    window.editor.setPlainText(draft)
    window.live.check_now()

    def flagged():
        return [u[2].lower() for u in underlines(window.editor) if u[3] == "jargon.ouderwets"]

    assert flagged() == ["middels", "middels", "teneinde"]
    menu = window.editor.context_menu_for(draft.index("middels"))
    labels = [a.text() for a in menu.actions()]
    # The gentlest first; no developer id anywhere.
    assert labels.index("Negeer hier") < labels.index("Negeer het woord ‘middels’")
    assert not any("jargon." in label for label in labels)
    next(a for a in menu.actions() if a.text() == "Negeer hier").trigger()
    assert flagged() == ["middels", "teneinde"]  # only that one place
    menu = window.editor.context_menu_for(draft.index("Middels"))
    next(a for a in menu.actions() if a.text() == "Negeer het woord ‘Middels’").trigger()
    assert flagged() == ["teneinde"]  # the rest of the list still works
    assert ("jargon.ouderwets", "middels") in load_dismissals().words
    window.live.check_now()
    assert flagged() == ["teneinde"]


def test_hover_text_names_the_message_and_the_guideline(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    window.editor.setPlainText(draft)
    window.live.check_now()
    marks = [
        m
        for m in window.editor.highlighter.marks_at(draft.index("middels"))
        if m.finding.category == "jargon"
    ]
    html = window.editor.tooltip_html(marks)
    assert marks[0].finding.message.split("'")[0] in html
    assert "Handreiking: Ken je publiek" in html


def test_clicking_a_finding_in_the_panel_selects_its_words(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    window.editor.setPlainText(draft)
    window.live.check_now()
    tree = window.findings.tree
    items = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    item = next(it for it in items if "middels" in it.text(0).lower())
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.textCursor().selectedText() == "middels"
    assert window.editor.hasFocus()


def test_panel_says_ready_to_post_when_nothing_important_is_left(qtbot, window):
    window.editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    assert not window.findings.ready_to_post
    assert "Klaar om te plaatsen" not in window.findings.banner.text()
    window.editor.setPlainText(
        "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    )
    window.live.check_now()
    # Nothing from the guide, but LanguageTool is off in this window: not "ready".
    assert not window.findings.ready_to_post
    assert "Klaar om te plaatsen" not in window.findings.banner.text()
    assert "Spelling niet gecontroleerd" in window.findings.banner.text()


def test_character_counter_follows_the_platform(qtbot, window):
    window.editor.setPlainText("a" * 300)
    window.draft.set_platform("x")
    assert (
        "300 / 280" in window.draft.counter.text() and "20 te veel" in window.draft.counter.text()
    )
    window.draft.set_platform("instagram")
    assert "300 / 2200" in window.draft.counter.text()
