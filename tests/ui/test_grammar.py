"""Spelling from the real local LanguageTool shows up as underlines, after emoji too."""

from __future__ import annotations

import pytest


@pytest.mark.languagetool
def test_languagetool_underlines_a_typo_after_emoji(qtbot, make_window):
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=60000)
    assert grammar.state == "ready", grammar.status
    assert window.grammar_label.text().startswith("Grammatica: LanguageTool")
    draft = (
        "Hoi Anna 👋🏽, de brug is op 3 maart weer open. Dat is een mooie oplosing. Lukt dat zo?"
    )
    window.editor.setPlainText(draft)
    qtbot.waitUntil(
        lambda: any(m.finding.source == "languagetool" for m in window.editor.highlighter.visible),
        timeout=30000,
    )
    mark = next(m for m in window.editor.highlighter.visible if m.finding.source == "languagetool")
    assert mark.cursor.selectedText() == "oplosing"  # Qt's UTF-16 positions, after two emoji units
    assert mark.start == draft.index("oplosing") + 2
    menu = window.editor.context_menu_for(mark.start)
    assert any(a.text() == "Vervang door ‘oplossing’" for a in menu.actions())
    assert any(a.text() == "Voeg ‘oplosing’ toe aan woordenlijst" for a in menu.actions())


@pytest.mark.languagetool
def test_ready_to_post_only_once_spelling_was_checked(qtbot, make_window):
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=60000)
    assert grammar.state == "ready", grammar.status
    window.editor.setPlainText(
        "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    )
    qtbot.waitUntil(lambda: "Klaar om te plaatsen" in window.findings.banner.text(), timeout=120000)
    assert window.findings.ready_to_post
    assert not window.findings.retry_button.isVisible()
