"""Checks run off the UI thread; a result for text that has changed since is never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from reactiewijzer.ui.findings_panel import MARK_ROLE


def test_a_result_for_old_text_is_dropped(qtbot, make_window):
    window = make_window(synchronous=False)  # the real one-thread pools
    editor = window.editor
    qtbot.waitUntil(lambda: not window.engine_runner.busy(), timeout=10000)  # start-up warm-up
    editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()  # the job runs in the pool; its result waits for the event loop
    editor.setPlainText("Hoi Anna, dank je wel.")  # a newer revision before it arrives
    qtbot.waitUntil(lambda: window.live.stale_dropped >= 1, timeout=5000)
    assert all(m.finding.match != "middels" for m in editor.highlighter.visible)
    # The newer text is checked in turn, after the debounce.
    qtbot.waitUntil(lambda: window.live.report_revision == window.live.revision, timeout=5000)
    assert window.live.report is not None
    assert all("middels" not in m.finding.match for m in editor.highlighter.visible)


def test_underlines_follow_the_word_while_typing_before_it(qtbot, window):
    editor = window.editor
    editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Hoi. ")  # no check has run yet for the new text
    mark = next(m for m in editor.highlighter.visible if m.finding.rule == "jargon.ouderwets")
    assert mark.cursor.selectedText() == "middels"
    assert mark.start == len("Hoi. ") + "Wij informeren u middels".index("middels")


def test_deleting_a_flagged_word_removes_its_underline_at_once(qtbot, window):
    editor = window.editor
    editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    start = editor.toPlainText().index("middels")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("middels "), cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert all(m.finding.rule != "jargon.ouderwets" for m in editor.highlighter.visible)


def test_the_status_bar_shows_language_and_reading_level(qtbot, window):
    window.editor.setPlainText("Hoi Anna, de brug is op 3 maart weer open. Lukt dat zo?")
    window.live.check_now()
    assert window.lang_label.text() == "Taal: Nederlands"
    assert window.readability_label.text().startswith("Leesniveau: ")
    assert window.readability_label.text() != "Leesniveau: —"
    assert window.grammar_label.text().startswith("Grammatica: uit")


def test_spelling_marks_defer_to_the_guide_only_on_the_same_words(qtbot, window):
    from reactiewijzer.core.model import Finding

    draft = "Ik laat je vrijdag weten hoe het zit met de omleidng middels een brief."
    window.editor.setPlainText(draft)
    window.live.check_now()  # the whole sentence is a promise; "middels" is jargon

    def lt(word):
        start = draft.index(word)
        end = start + len(word)
        return Finding(
            "LT:X", "grammar", "error", start, end, word, "Spelling", source="languagetool"
        )

    window.editor.highlighter.set_findings("languagetool", [lt("omleidng"), lt("middels")], draft)
    shown = {
        m.finding.match for m in window.editor.highlighter.visible if m.finding.source != "engine"
    }
    assert shown == {"omleidng"}  # inside the promise: shown; on the jargon word: the guide wins


def test_the_selected_finding_stays_selected_while_typing_elsewhere(qtbot, window):
    editor, panel = window.editor, window.findings
    editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    top = panel.tree.topLevelItem(0)
    item = next(
        top.child(i)
        for i in range(top.childCount())
        if "middels" in top.child(i).data(0, MARK_ROLE).finding.match
    )
    panel.tree.setCurrentItem(item)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Groet")
    window.live.check_now()
    current = panel.tree.currentItem()
    assert current is item  # the list was not rebuilt under the user's selection
    mark = current.data(0, MARK_ROLE)
    assert mark.cursor.selectedText() == "middels"


def test_a_ten_megabyte_paste_gets_a_clear_message_and_stays_intact(qtbot, window):
    huge = "De brug is dicht. " * 600_000  # about 10 MB
    window.editor.setPlainText(huge)
    window.live.check_now()
    assert "te lang om te controleren" in window.statusBar().currentMessage()
    assert window.editor.highlighter.visible == []
    assert len(window.editor.toPlainText()) == len(huge)


def test_the_length_counter_shows_its_whole_text_as_it_grows_and_shrinks(qtbot, window):
    counter = window.draft.counter
    window.draft.set_platform("x")
    for text in ("Hoi", "Hoi Anna, " * 40, "Hoi"):
        window.editor.setPlainText(text)
        qtbot.wait(10)
        # Never cut off: the label is at least as wide as its text needs.
        assert counter.width() >= counter.sizeHint().width(), counter.text()
    window.editor.setPlainText("Hoi Anna, " * 40)
    assert "te veel" in counter.text()


def test_findings_rows_are_tall_enough_for_their_wrapped_text(qtbot, window):
    window.resize(900, 700)
    window.editor.setPlainText(
        "Wij informeren u middels deze brief dat de aanvraag in behandeling is genomen "
        "conform de geldende regelgeving. Met vriendelijke groet, Team Webcare"
    )
    window.live.check_now()
    tree = window.findings.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    top = tree.topLevelItem(0)
    item = top.child(0)
    rect = tree.visualItemRect(item)
    needed = tree.fontMetrics().boundingRect(
        0, 0, rect.width() - 12, 100000, int(Qt.TextFlag.TextWordWrap), item.text(0)
    )
    assert rect.height() >= needed.height()
    assert needed.height() > tree.fontMetrics().height()  # the text does wrap here


def test_the_banner_shows_all_of_its_text_as_it_changes_and_wraps(qtbot, qapp, make_window):
    # The banner takes its own height (it must not lay out the whole window on every new
    # count): whatever it says, at whatever width and font size, none of it is cut off.
    window = make_window()
    banner, box = window.findings.banner, window.findings.banner_box

    def fits() -> bool:
        return box.height() >= banner.heightForWidth(box.viewport().width()) > 0

    window.editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()
    assert "punt" in banner.text() and fits()
    window.editor.setPlainText("Hoi Anna, de brug is op 3 maart weer open. Lukt dat zo?")
    window.live.check_now()  # no LanguageTool here: the long "not checked" text, wrapped
    assert "Spelling niet gecontroleerd" in banner.text()
    lines = box.height() // banner.fontMetrics().lineSpacing()
    window.resize(700, 800)
    qtbot.waitUntil(fits)
    assert box.height() // banner.fontMetrics().lineSpacing() > lines  # narrower: more lines
    big = QFont(qapp.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    window.findings.setFont(big)
    qtbot.waitUntil(fits)


def test_a_new_finding_in_one_group_leaves_the_other_rows_as_they_were(qtbot, window):
    editor, panel = window.editor, window.findings
    editor.setPlainText("Wij informeren u middels deze brief. Met vriendelijke groet, Team Webcare")
    window.live.check_now()
    sign_off = next(r for r in panel.rows() if r.data(0, MARK_ROLE).finding.match == "Team Webcare")
    panel.tree.setCurrentItem(sign_off)
    before = len(panel.rows())
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(" Met vriendelijke"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Wij doen dit conform de wet. Lukt dat?")
    window.live.check_now()
    assert len(panel.rows()) == before + 1  # "conform" joined the jargon group
    assert panel.tree.currentItem() is sign_off  # the row the user chose, untouched
    assert panel.detail_box.isVisible() and "Team Webcare" in panel.detail.text()
    assert sign_off.data(0, MARK_ROLE).cursor.selectedText() == "Team Webcare"
