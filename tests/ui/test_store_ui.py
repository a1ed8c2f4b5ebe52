"""The store's edges as the user meets them in the real window: a busy log while copying,
choosing a backup to restore (with dates and counts), a log repaired while in view."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.ui.commitments_view import CommitmentsView

TODAY = date(2025, 11, 12)


def test_a_busy_log_still_copies_the_reply_and_says_why_nothing_was_logged(
    qtbot, window, modal
) -> None:
    store = window.services.store
    store.db.execute("PRAGMA busy_timeout = 200")  # not the full five seconds in a test
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    draft = "Hoi Anna, ik laat je vrijdag weten hoe het zit met de brug."
    window.editor.setPlainText(draft)
    QGuiApplication.clipboard().setText("(leeg)")
    try:
        with modal("Kopiëren en toezeggingen vastleggen", "Vastleggen"):
            copied = window.copy_reply()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert copied
    assert QGuiApplication.clipboard().text() == draft
    status = window.statusBar().currentMessage()
    assert "klembord" in status and "bezet" in status
    assert store.list("all") == []  # nothing half-logged


def test_restore_lists_each_backup_with_date_and_count_and_asks(
    qtbot, tmp_path: Path, modal
) -> None:
    path = tmp_path / "c" / "commitments.db"
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        s.add("Eerste")
        s.backup(today=date(2025, 11, 10), force=True)
        s.add("Tweede")
        s.add("Derde")
        s.backup(today=date(2025, 11, 11), force=True)
    path.write_bytes(b"kapot" * 500)
    with CommitmentStore(path, today=TODAY) as s:
        view = CommitmentsView(s, today=lambda: TODAY)
        qtbot.addWidget(view)
        assert s.backups() and len(s.backups()) == 2  # the empty new log was not backed up
        assert view.restore_button.isVisibleTo(view)
        dialog = view.restore_dialog()
        items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert [i.split(" — ")[1] for i in items] == ["3 toezeggingen", "1 toezegging"]
        assert all(i[:2].isdigit() and i[2] == "-" for i in items)  # dd-mm-jjjj first
        dialog.deleteLater()
        with modal(None):  # cancelled: nothing changes
            view.ask_restore()
        assert view.model.rows() == []
        with modal("OK"):
            view.ask_restore()
        assert sorted(r.text for r in view.model.rows()) == ["Derde", "Eerste", "Tweede"]
        assert "teruggezet" in view.message_label.text()
        assert list(path.parent.glob("commitments.voor-herstel-*.db"))
        shiboken6.delete(view)


def test_the_restore_list_speaks_english_in_the_english_ui(qtbot, make_window, data_dir) -> None:
    path = data_dir / "commitments.db"
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        s.add("One")
        s.backup(today=TODAY, force=True)
    path.write_bytes(b"kapot" * 500)
    window = make_window(language="en")
    view = window.commitments.view
    assert "damaged" in view.message_label.text()
    dialog = view.restore_dialog()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Choose the backup to restore") for t in texts), texts
    assert dialog.windowTitle() == "Restore backup"
    assert dialog.list.item(0).text().endswith("— 1 commitment")
    dialog.deleteLater()
