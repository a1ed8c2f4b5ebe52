"""“Kopieer reactie”: a last look when the reply promises something or stays online, then copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from reactiewijzer.ui.jobs import MAX_CHECK_CHARS


def copy_with(window, modal, *press):
    QGuiApplication.clipboard().setText("(leeg)")
    with modal(*press) as watcher:
        copied = window.copy_reply()
    return copied, watcher


def test_a_promise_asks_for_confirmation_then_copies(qtbot, window, modal):
    draft = "Ik laat je vrijdag weten hoe het zit met de brug."
    window.editor.setPlainText(draft)
    copied, watcher = copy_with(window, modal, "Alleen kopiëren")
    assert len(watcher.seen) == 1
    shown = watcher.texts[0]
    assert "Wat je plaatst, blijft online staan" in shown
    assert draft in shown  # the promise itself is listed
    assert copied
    assert QGuiApplication.clipboard().text() == draft


def test_going_back_copies_nothing(qtbot, window, modal):
    window.editor.setPlainText("Ik laat je vrijdag weten hoe het zit met de brug.")
    copied, watcher = copy_with(window, modal, "Terug naar de reactie")
    assert len(watcher.seen) == 1
    assert not copied
    assert QGuiApplication.clipboard().text() == "(leeg)"


def test_a_reply_without_promises_is_copied_at_once(qtbot, window, modal):
    draft = "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    window.editor.setPlainText(draft)
    copied, watcher = copy_with(window, modal, None)
    assert watcher.seen == []
    assert copied
    assert QGuiApplication.clipboard().text() == draft


def test_an_empty_reply_is_not_copied(qtbot, window, modal):
    copied, watcher = copy_with(window, modal, None)
    assert not copied and watcher.seen == []
    assert "nog geen reactie" in window.statusBar().currentMessage()


def test_confirming_logs_the_promise_with_its_date(qtbot, window, modal):
    draft = "Hoi Anna, ik laat je vrijdag weten hoe het zit met de brug."
    window.editor.setPlainText(draft)
    copied, watcher = copy_with(window, modal, "Kopiëren en toezeggingen vastleggen", "Vastleggen")
    assert len(watcher.seen) == 2  # the last look, then the log's own confirmation
    assert copied
    assert QGuiApplication.clipboard().text() == draft
    logged = window.services.store.list("open")
    assert [c.text for c in logged] == [draft]  # the promising sentence
    assert logged[0].due is not None and logged[0].due.weekday() == 4  # a Friday
    assert logged[0].platform == "x"


def test_logged_promises_show_in_the_commitments_tab(qtbot, window, modal):
    draft = "Hoi Anna, ik laat je vrijdag weten hoe het zit met de brug."
    window.editor.setPlainText(draft)
    copy_with(window, modal, "Kopiëren en toezeggingen vastleggen", "Vastleggen")
    window.tabs.setCurrentWidget(window.commitments)
    table = window.commitments.view.table
    assert table.model().rowCount() == 1
    texts = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert draft in texts


# ---- the last check runs in the checks' process, never on the UI thread --------------------

PROMISE = "Hoi Anna, ik laat je vrijdag weten hoe het zit met de brug.\n"
FILLER = "De brug bij de Dorpsstraat gaat in het voorjaar dicht voor groot onderhoud. "


# Long enough that the checks' process works on it for a good while (about a second here).
LONG = PROMISE + FILLER * (MAX_CHECK_CHARS // len(FILLER) - 10)


def async_window(make_window, qtbot):
    window = make_window(synchronous=False)
    qtbot.waitUntil(lambda: not window.engine_runner.busy(), timeout=60000)  # the warm-up
    return window


def test_a_long_reply_is_checked_in_the_worker_capped_with_a_notice(qtbot, make_window, modal):
    window = async_window(make_window, qtbot)
    draft = LONG + FILLER * 60  # past the cap
    assert len(draft) > MAX_CHECK_CHARS
    window.editor.setPlainText(draft)
    QGuiApplication.clipboard().setText("(leeg)")
    # The reply is far over the platform's limit (an error): copying asks first, then the
    # "stays online" dialog shows the promise.
    with modal("Toch kopiëren", "Alleen kopiëren") as watcher:
        assert window.copy_reply() is None  # under way, not done on the UI thread
        assert not window.draft.copy_button.isEnabled()
        # While the checks' process reads it, the window goes on taking keystrokes.
        qtbot.keyClicks(window.thread_view.paste, "Anna: ")
        assert window.thread_view.paste.toPlainText() == "Anna: "
        assert window.copy_flow.busy
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == draft, timeout=120000)
    assert len(watcher.seen) == 2
    assert "Toch kopiëren" in watcher.texts[0]
    assert PROMISE.strip() in watcher.texts[1]
    assert "Alleen de eerste 50.000 tekens zijn gecontroleerd" in watcher.texts[1]
    assert "Alleen de eerste 50.000 tekens" in window.statusBar().currentMessage()
    assert window.draft.copy_button.isEnabled()


def test_a_slow_last_check_can_be_skipped_and_its_late_answer_is_dropped(qtbot, make_window, modal):
    window = async_window(make_window, qtbot)
    window.copy_flow._patience.setInterval(1)  # "it takes long" at once
    window.editor.setPlainText(LONG)
    QGuiApplication.clipboard().setText("(leeg)")
    with modal("Kopiëren zonder controle") as watcher:
        assert window.copy_reply() is None
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == LONG, timeout=10000)
        qtbot.waitUntil(lambda: not window.engine_runner.busy(), timeout=60000)
        qtbot.wait(200)
    assert len(watcher.seen) == 1  # the late answer opened no "stays online" dialog
    assert "duurt lang" in watcher.texts[0]
    assert "zonder laatste controle" in window.statusBar().currentMessage()
    assert not window.copy_flow.busy


def test_waiting_for_a_slow_last_check_still_shows_the_promise(qtbot, make_window, modal):
    window = async_window(make_window, qtbot)
    window.copy_flow._patience.setInterval(1)
    window.editor.setPlainText(LONG)
    QGuiApplication.clipboard().setText("(leeg)")
    with modal("Wachten", "Toch kopiëren", "Alleen kopiëren") as watcher:
        assert window.copy_reply() is None
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == LONG, timeout=60000)
    assert len(watcher.seen) == 3
    assert "duurt lang" in watcher.texts[0]
    assert PROMISE.strip() in watcher.texts[2]


def test_a_reply_the_live_check_just_read_is_copied_without_waiting(qtbot, make_window, modal):
    window = make_window(synchronous=False)  # the real checks' process
    live = window.live
    draft = "Hoi Anna, goed dat je het vraagt. De brug is op 3 maart weer open. Lukt dat zo?"
    window.editor.setPlainText(draft)
    qtbot.waitUntil(lambda: live.report is not None and live.report_revision == live.revision)
    copied, _seen = copy_with(window, modal, None)
    assert copied is True  # at once: no second check in the checks' process
    assert QGuiApplication.clipboard().text() == draft
    # Once the reply changed, the copy waits for a last check of exactly the new text.
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(" Groet, Pieter")
    copied, _seen = copy_with(window, modal, None)
    assert copied is None
    with qtbot.waitSignal(window.copy_flow.finished, timeout=30000) as ended:
        pass
    assert ended.args == [True]
    assert QGuiApplication.clipboard().text() == draft + " Groet, Pieter"
