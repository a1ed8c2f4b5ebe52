"""Spelling from the real local LanguageTool shows up as underlines, after emoji too."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest


@pytest.mark.languagetool
def test_languagetool_underlines_a_typo_after_emoji(qtbot, make_window):
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=120000)
    assert grammar.state == "ready", grammar.status
    assert window.grammar_label.text().startswith("Grammatica: LanguageTool")
    grammar.wait_until_warm(240)  # loading Dutch takes long on a busy machine
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


@pytest.mark.slow
def test_the_status_bar_says_when_languagetool_hangs_and_it_is_restarted(qtbot, make_window):
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=120000)
    assert grammar.state == "ready", grammar.status
    grammar.wait_until_warm(240)
    hung = grammar.server_pid
    os.kill(hung, signal.SIGSTOP)  # takes connections, never answers
    try:
        window.editor.setPlainText("Hoi Anna, dat is een mooie oplosing. Lukt dat zo?")
        labels = []

        def hang_shown() -> bool:
            labels.append(window.grammar_label.text())
            return "reageert niet" in labels[-1]

        qtbot.waitUntil(hang_shown, timeout=20000)
        assert "klaar" not in labels[-1]
        qtbot.waitUntil(
            lambda: grammar.server_pid not in (None, hung) and grammar.state == "ready",
            timeout=240000,
        )
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(hung, signal.SIGCONT)  # if it was not ended, let it end
    qtbot.waitUntil(lambda: "klaar" in window.grammar_label.text(), timeout=240000)
    assert "reageert" not in window.grammar_label.text()


@pytest.mark.languagetool
def test_spelling_is_checked_alongside_the_guides_checks(qtbot, make_window):
    # The spelling check starts with the guide's checks on the same snapshot, not after them.
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=120000)
    assert grammar.state == "ready", grammar.status
    qtbot.waitUntil(lambda: not window.engine_runner.busy(), timeout=30000)  # start-up warm-up
    window.editor.setPlainText("Hoi Anna, dat is een mooie oplosing. Lukt dat zo?")
    window.live.check_now()
    assert window.engine_runner.busy() and window.grammar_runner.busy()
    qtbot.waitUntil(
        lambda: any(m.finding.match == "oplosing" for m in window.editor.highlighter.visible),
        timeout=120000,
    )
