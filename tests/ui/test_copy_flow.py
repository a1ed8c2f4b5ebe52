"""“Kopieer reactie”: a last look when the reply promises something or stays online, then copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


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
