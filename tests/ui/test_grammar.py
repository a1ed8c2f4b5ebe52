"""Spelling from the real local LanguageTool shows up as underlines, after emoji too."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest


def window_with_languagetool(make_window, qtbot):
    """A window whose local LanguageTool has started (its Dutch may still be loading)."""
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=120000)
    assert grammar.state == "ready", grammar.status
    return window, grammar


@pytest.mark.languagetool
def test_languagetool_underlines_a_typo_after_emoji(qtbot, make_window):
    window, grammar = window_with_languagetool(make_window, qtbot)
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
def test_the_window_says_spelling_is_warming_up_dutch_then_english_then_ready(qtbot, make_window):
    """Dutch loads right after LanguageTool starts, English with the first English draft; each
    time the status bar says so, and the banner never says ready-to-post meanwhile."""
    from reactiewijzer.core.grammar.checker import close_all

    close_all()  # a fresh LanguageTool: one of an earlier test would have Dutch loaded
    window = make_window(grammar=True, synchronous=False)
    window.editor.setPlainText(
        "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    )
    labels: list[str] = []
    banners: list[str] = []

    def watch_until(done) -> None:
        def seen() -> bool:
            labels.append(window.grammar_label.text())
            banners.append(window.findings.banner.text())
            return done()

        qtbot.waitUntil(seen, timeout=240000)  # loading a language takes long on a busy machine

    watch_until(lambda: "klaar" in labels[-1])
    loading = "Grammatica: spelling (Nederlands) wordt geladen…"
    assert loading in labels, sorted(set(labels))
    assert any("Spelling wordt nog gecontroleerd" in b for b in banners)
    assert not any("Klaar om te plaatsen" in b for b in banners[: labels.index(loading) + 1])
    qtbot.waitUntil(lambda: "Klaar om te plaatsen" in window.findings.banner.text(), timeout=60000)

    window.editor.setPlainText("Hi Anna, thanks for your mesage. The bridge opens on 3 March.")
    qtbot.waitUntil(lambda: window.live.report is not None and window.live.report.lang == "en")
    labels.clear()  # from here on the window shows the English draft's own state
    banners.clear()
    english = "Grammatica: spelling (Engels) wordt geladen…"
    watch_until(lambda: english in labels)
    assert not any("Klaar om te plaatsen" in b for b in banners)
    watch_until(lambda: "klaar" in labels[-1])
    qtbot.waitUntil(
        lambda: any(m.finding.match == "mesage" for m in window.editor.highlighter.visible),
        timeout=60000,
    )


@pytest.mark.languagetool
def test_a_check_languagetool_cancels_is_never_ready_to_post(qtbot, make_window, monkeypatch):
    """LanguageTool cancels a check that runs past its limit: the banner says the spelling was
    not checked (with a way to try again) instead of "Klaar om te plaatsen"."""
    from reactiewijzer.core.grammar.checker import close_all
    from reactiewijzer.core.grammar.server import SERVER_PROPERTIES

    close_all()  # a fresh LanguageTool with this setting
    monkeypatch.setitem(SERVER_PROPERTIES, "maxCheckTimeMillis", "1")  # every check cancelled
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    try:
        qtbot.waitUntil(lambda: grammar.state != "starting", timeout=120000)
        assert grammar.state == "ready", grammar.status
        window.editor.setPlainText(
            "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
        )
        qtbot.waitUntil(
            lambda: "niet gecontroleerd" in window.findings.banner.text(), timeout=120000
        )
        assert grammar.skipped
        assert "Klaar om te plaatsen" not in window.findings.banner.text()
        assert not window.findings.ready_to_post
        assert window.findings.retry_button.isVisible()
        assert "spelling is deze keer niet gecontroleerd" in window.grammar_label.text()
    finally:
        close_all()  # no later test may get this server


@pytest.mark.languagetool
def test_ready_to_post_only_once_spelling_was_checked(qtbot, make_window):
    window, _grammar = window_with_languagetool(make_window, qtbot)
    window.editor.setPlainText(
        "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    )
    qtbot.waitUntil(lambda: "Klaar om te plaatsen" in window.findings.banner.text(), timeout=120000)
    assert window.findings.ready_to_post
    assert not window.findings.retry_button.isVisible()


@pytest.mark.slow
def test_the_status_bar_says_when_languagetool_hangs_and_it_is_restarted(qtbot, make_window):
    window, grammar = window_with_languagetool(make_window, qtbot)
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
    window, _grammar = window_with_languagetool(make_window, qtbot)
    qtbot.waitUntil(lambda: not window.engine_runner.busy(), timeout=30000)  # start-up warm-up
    window.editor.setPlainText("Hoi Anna, dat is een mooie oplosing. Lukt dat zo?")
    window.live.check_now()
    assert window.engine_runner.busy() and window.grammar_runner.busy()
    qtbot.waitUntil(
        lambda: any(m.finding.match == "oplosing" for m in window.editor.highlighter.visible),
        timeout=120000,
    )


def test_the_warming_up_status_reads_in_english_too(qtbot, make_window):
    from reactiewijzer.ui.labels import grammar_state_text

    make_window(language="en")  # installs the English translation
    assert grammar_state_text("ready", "6.8", None, ("nl",)) == (
        "Grammar: loading spelling (Dutch)…"
    )
    assert grammar_state_text("ready", "6.8", None, ("en",)) == (
        "Grammar: loading spelling (English)…"
    )
