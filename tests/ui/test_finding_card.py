"""The finding card, F8 in the panel's order, focus after a fix, a window that keeps its width,
switching a check off by its name, an honest verdict, and one set of findings everywhere."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from reactiewijzer.core.dismissals import Dismissals, load_dismissals, save_dismissals
from reactiewijzer.core.text import Utf16Map

THREAD = "Marieke de Vries\n@mariekedv\nWanneer gaat de brug bij Zaltbommel weer open?"


def check(window, draft, thread=None):
    if thread is not None:
        window.thread_view.paste.setPlainText(thread)
        window._parse_thread()
    window.editor.setPlainText(draft)
    window.live.check_now()


def point_of(editor, position):
    cursor = editor.textCursor()
    cursor.setPosition(position)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


def card_buttons(window):
    return {b.full_text: b for b in window.editor.card.findChildren(QPushButton)}


def test_left_click_on_an_underline_shows_the_card_and_its_fix_keeps_focus(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    check(window, draft)
    editor = window.editor
    at = point_of(editor, draft.index("middels") + 2)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=at)
    card = editor.card
    qtbot.waitUntil(card.isVisible)
    text = card.text.text()
    assert "ouderwetse ambtelijke taal" in text and "Handreiking: Ken je publiek" in text
    buttons = card_buttons(window)
    assert {"Vervang door ‘met’", "Negeer hier", "Negeer het woord ‘middels’"} <= set(buttons)
    assert "Zet ‘Ouderwetse ambtelijke woorden’ uit…" in buttons
    qtbot.mouseClick(buttons["Vervang door ‘met’"], Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "Wij informeren u met deze brief."
    assert not card.isVisible()
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == draft


def test_a_fix_from_the_panel_returns_focus_to_the_editor(qtbot, window):
    draft = "Wij informeren u middels deze brief."
    check(window, draft)
    row = next(r for r in window.findings.rows() if "middels" in r.text(0).lower())
    window.findings.tree.setFocus()
    window.findings.tree.setCurrentItem(row)
    button = next(
        b
        for b in window.findings.detail_box.findChildren(QPushButton)
        if b.full_text == "Vervang door ‘met’"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == "Wij informeren u met deze brief."
    assert QApplication.focusWidget() is window.editor
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == draft


def test_the_name_goes_in_front_and_the_question_is_only_information(qtbot, window):
    draft = "Bedankt voor je bericht. Meer informatie vind je op onze website."
    check(window, draft, THREAD)
    marks = window.editor.highlighter.visible
    rules = {m.finding.rule for m in marks}
    assert {"personal_tone.no_name", "broadcast_only.unanswered"} <= rules
    menu = window.editor.context_menu_for(0)
    labels = [a.text() for a in menu.actions()]
    assert "Zet ervoor: ‘Hoi Marieke,’" in labels
    # The citizen's question is never offered as a replacement of the writer's sentence.
    assert not any("Wanneer gaat de brug" in label for label in labels)
    next(a for a in menu.actions() if a.text() == "Zet ervoor: ‘Hoi Marieke,’").trigger()
    assert window.editor.toPlainText() == "Hoi Marieke, " + draft


def test_f8_visits_every_finding_in_panel_order_also_at_the_same_start(qtbot, window):
    # "Middels" (a word) and the first sentence (no name) start at the same character.
    draft = "Middels dit bericht laat ik weten dat de brug bij Zaltbommel vrijdag opengaat."
    check(window, draft, THREAD)
    rows = window.findings.rows()
    starts = [r.data(0, Qt.ItemDataRole.UserRole + 1).start for r in rows]
    assert len(rows) >= 2 and len(set(starts)) < len(starts)  # two at the same place
    window.editor.setFocus()
    umap = Utf16Map(draft)
    seen = []
    for _ in rows:
        qtbot.keyClick(window.editor, Qt.Key.Key_F8)
        current = window.findings.tree.currentItem()
        mark = current.data(0, Qt.ItemDataRole.UserRole + 1)
        seen.append(current)
        cursor = window.editor.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (mark.start, mark.end)
        assert umap.from_utf16(mark.start) == mark.finding.start
        assert window.editor.card.isVisible() and window.editor.card.mark is mark
    assert seen == rows  # each row once, in the panel's order
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.findings.tree.currentItem() is rows[0]  # wraps around
    qtbot.keyClick(window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.findings.tree.currentItem() is rows[-1]


def test_selecting_a_finding_with_long_fixes_keeps_the_window_width(qtbot, make_window):
    window = make_window()
    window.services.profile = {
        "phone": "0800-8002 " + "(bereikbaar op werkdagen, behalve op feestdagen) " * 6,
        "contact_form": "https://www.rijkswaterstaat.nl/contact/" + "formulier-" * 30,
        "email": "webcare-" + "x" * 150 + "@rws.nl",
    }
    window.resize(1360, 800)
    qtbot.waitUntil(lambda: window.width() == 1360)
    draft = "Heb je vragen over de brug? Neem contact met ons op. Tot ziens bij de brug!"
    check(window, draft)
    row = next(
        r
        for r in window.findings.rows()
        if r.data(0, Qt.ItemDataRole.UserRole + 1).finding.rule == "broadcast_only.no_route"
    )
    window.findings.tree.setCurrentItem(row)
    buttons = window.findings.detail_box.findChildren(QPushButton)
    assert any("formulier-formulier" in b.full_text for b in buttons)
    for _ in range(5):
        QApplication.processEvents()
    assert window.width() == 1360
    assert window.findings.width() < 700
    assert all(b.width() <= window.findings.width() for b in buttons if b.isVisible())


def test_switching_a_check_off_names_it_asks_first_and_settings_turn_it_back_on(
    qtbot, window, modal
):
    from reactiewijzer.ui.settings_dialog import SettingsDialog

    draft = "Wij informeren u middels deze brief."
    check(window, draft)
    label = "Zet ‘Ouderwetse ambtelijke woorden’ uit…"

    def ouderwets():
        return [
            m for m in window.editor.highlighter.visible if m.finding.rule == "jargon.ouderwets"
        ]

    with modal("Annuleren") as watcher:
        menu = window.editor.context_menu_for(draft.index("middels"))
        next(a for a in menu.actions() if a.text() == label).trigger()
    assert "De controle ‘Ouderwetse ambtelijke woorden’ uitzetten?" in watcher.texts[0]
    assert ouderwets()
    with modal("Zet uit"):
        menu = window.editor.context_menu_for(draft.index("middels"))
        next(a for a in menu.actions() if a.text() == label).trigger()
    assert not ouderwets()
    assert "jargon.ouderwets" in load_dismissals().rules

    dialog = SettingsDialog(
        ui_language="nl",
        languagetool_url="",
        words=[],
        dismissed=window.services.dismissed,
        parent=window,
    )
    qtbot.addWidget(dialog)
    items = [dialog.ignored.item(i) for i in range(dialog.ignored.count())]
    assert [i.text() for i in items] == ["Controle: Ouderwetse ambtelijke woorden"]
    items[0].setSelected(True)
    next(b for b in dialog.findChildren(QPushButton) if "Weer" in b.text()).click()
    window.apply_settings(dialog.choice())
    assert ouderwets()
    assert "jargon.ouderwets" not in load_dismissals().rules


def test_spelling_offers_the_word_list_not_switching_spelling_off(qtbot, window):
    from reactiewijzer.core.model import Finding
    from reactiewijzer.ui.finding_card import dismiss_options

    typo = Finding(
        "LT:MORFOLOGIK_RULE_NL_NL", "grammar", "error", 0, 8, "oplosing", "Spelfout", ("oplossing",)
    )
    typo = Finding(**{**{k: getattr(typo, k) for k in typo.__slots__}, "source": "languagetool"})
    options = dismiss_options(typo, "nl")
    assert options[0] == ("word_list", "Voeg ‘oplosing’ toe aan woordenlijst")
    assert "rule" not in [how for how, _ in options]


def test_without_languagetool_the_banner_says_spelling_was_not_checked(qtbot, window):
    check(window, "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?")
    panel = window.findings
    assert "Spelling niet gecontroleerd" in panel.banner.text()
    assert "Klaar om te plaatsen" not in panel.banner.text()
    assert panel.retry_button.isVisible()
    # The end user reads what to do; the technical reason waits behind "Meer informatie".
    assert "--no-grammar" not in panel.banner.text()
    assert not panel.more_info.isVisible()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.more_info.isVisible() and "--no-grammar" in panel.more_info.text()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)  # stays off, says so again
    assert "Spelling niet gecontroleerd" in panel.banner.text()


def test_copying_with_an_error_left_asks_first(qtbot, window, modal):
    window.editor.setPlainText("Hoi Anna, bel me gerust op 06-12345678. Lukt dat zo?")
    with modal("Terug naar de reactie") as watcher:
        assert not window.copy_reply()
    assert "Er staat nog een fout in je reactie. Toch kopiëren?" in watcher.texts[0]
    QApplication.clipboard().clear()
    with modal("Toch kopiëren", "Kopiëren") as watcher:
        assert window.copy_reply()
    assert QApplication.clipboard().text().startswith("Hoi Anna")


def test_cli_copy_flow_and_window_show_the_same_findings(qtbot, make_window, modal, tmp_path):
    draft = (
        "Hoi Anna, wij informeren u middels deze brief. Teneinde dat te doen, bellen wij "
        "conform afspraak. In het kader van de wet kunt u ons bellen op 06-12345678.\n"
        "Team Webcare"
    )
    save_dismissals(
        Dismissals(
            rules=frozenset({"personal_tone.sign_off"}),
            words=frozenset({("jargon.ouderwets", "middels")}),
        )
    )
    window = make_window()
    window.editor.setPlainText(draft)
    window.draft.set_platform("facebook")
    window.live.check_now()
    umap = Utf16Map(draft)
    in_window = {
        (m.finding.rule, umap.from_utf16(m.start), umap.from_utf16(m.end))
        for m in window.editor.highlighter.visible
    }
    with modal(None):
        window.copy_reply()
    in_copy = {(f.rule, f.start, f.end) for f in window.copy_flow.findings}
    path = tmp_path / "reply.txt"
    path.write_text(draft, encoding="utf-8")
    args = ["check", str(path), "--format", "json", "--no-grammar", "--platform", "facebook"]
    out = subprocess.run(
        [sys.executable, "-m", "reactiewijzer", *args],
        capture_output=True,
        text=True,
    )
    in_cli = {(f["rule"], f["start"], f["end"]) for f in json.loads(out.stdout)["findings"]}
    assert in_window == in_copy == in_cli
    rules = {r for r, _, _ in in_window}
    assert "personal_tone.sign_off" not in rules
    flagged = {draft[s:e].lower() for r, s, e in in_window if r == "jargon.ouderwets"}
    assert "middels" not in flagged and "teneinde" in flagged  # one word, not the whole list


def test_hovering_an_underline_shows_the_card_and_typing_hides_it(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent

    draft = "Wij informeren u middels deze brief."
    check(window, draft)
    editor = window.editor
    at = point_of(editor, draft.index("middels") + 2)
    event = QHelpEvent(QEvent.Type.ToolTip, at, editor.viewport().mapToGlobal(at))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(editor.card.isVisible)
    assert editor.card.mark.finding.rule == "jargon.ouderwets"
    assert "Vervang door ‘met’" in card_buttons(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "x")
    assert not editor.card.isVisible()
