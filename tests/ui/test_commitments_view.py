"""The commitments view on a real log: filters, marking done, the follow-up draft."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QWidget

from reactiewijzer.core.model import Commitment
from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.ui.commitment_dialogs import ConfirmCommitmentsDialog, DueDateDialog
from reactiewijzer.ui.commitments_view import CommitmentsView

TODAY = date(2025, 11, 12)  # a Wednesday


@pytest.fixture
def store(tmp_path: Path):
    with CommitmentStore(tmp_path / "log" / "commitments.db", today=TODAY) as s:
        s.add("Ik bel je morgen.", due=TODAY + timedelta(days=1), person="Anna")
        s.add("We sturen de brief.", due=TODAY - timedelta(days=2), person="Piet")
        s.add("We repareren de lantaarnpaal.", due=date(2025, 12, 20), handle="@buurt")
        s.add(
            "Ik laat je weten hoe het zit met de vergunning.",
            person="Sanne Visser",
            created=datetime(2025, 11, 3, 9, 30).astimezone(),
            reply="Hoi Sanne, ik laat je weten hoe het zit met de vergunning.",
        )
        yield s


@pytest.fixture
def view(qtbot, store: CommitmentStore):
    widget = CommitmentsView(store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    shiboken6.delete(widget)  # gone before its store closes


def shown(view: CommitmentsView) -> list[str]:
    return [r.text for r in view.model.rows()]


def column_texts(view: CommitmentsView, column: str) -> list[str]:
    col = view.model.COLUMNS.index(column)
    return [view.model.index(row, col).data() for row in range(view.model.rowCount())]


def test_filters_show_the_right_rows(view: CommitmentsView) -> None:
    assert shown(view) == [
        "We sturen de brief.",
        "Ik bel je morgen.",
        "We repareren de lantaarnpaal.",
        "Ik laat je weten hoe het zit met de vergunning.",
    ]
    assert column_texts(view, "status")[:2] == ["te laat", "open"]
    view.set_filter("overdue")
    assert shown(view) == ["We sturen de brief."]
    view.set_filter("due_this_week")
    assert shown(view) == ["Ik bel je morgen."]
    view.set_filter("done")
    assert shown(view) == []


def test_search_box_finds_by_name_while_typing(qtbot, view: CommitmentsView) -> None:
    qtbot.keyClicks(view.search_edit, "lantaa")
    assert shown(view) == ["We repareren de lantaarnpaal."]
    view.search_edit.clear()
    assert len(shown(view)) == 4


def fill_note_and_accept(text: str) -> None:
    """A modal dialog blocks in exec(): type the note and press OK from a timer."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        dialog.findChild(QPlainTextEdit).setPlainText(text)
        dialog.accept()

    QTimer.singleShot(20, act)


def test_marking_done_moves_the_row(qtbot, view: CommitmentsView, store) -> None:
    assert view.select_id(1)
    assert view.done_button.isEnabled() and not view.follow_up_button.isEnabled()
    fill_note_and_accept("Gebeld en uitgelegd.")
    qtbot.mouseClick(view.done_button, qtbot_left())
    assert "Ik bel je morgen." not in shown(view)
    view.set_filter("done")
    assert shown(view) == ["Ik bel je morgen."]
    assert store.get(1).note == "Gebeld en uitgelegd."


def test_follow_up_signal_carries_the_draft(qtbot, view: CommitmentsView, store) -> None:
    store.mark_done(4, "de vergunning is verleend")
    view.set_filter("done")
    assert view.select_id(4)
    assert view.follow_up_button.isEnabled()
    with qtbot.waitSignal(view.follow_up_requested, timeout=1000) as signal:
        view.request_follow_up("de vergunning is verleend")
    draft = signal.args[0]
    assert draft.startswith("Hoi Sanne,")
    assert (
        "Op 3 november beloofden we je: ‘Ik laat je weten hoe het zit met de vergunning.’" in draft
    )
    assert "Dit hebben we gedaan: de vergunning is verleend." in draft


def test_change_due_date_and_drop(view: CommitmentsView, store) -> None:
    view.select_id(3)
    view.set_selected_due(TODAY + timedelta(days=3))
    assert store.get(3).due == date(2025, 11, 15)
    view.set_filter("due_this_week")
    assert "We repareren de lantaarnpaal." in shown(view)
    view.select_id(3)
    view.drop_selected("Niet meer nodig")
    assert "We repareren de lantaarnpaal." not in shown(view)
    assert store.get(3).status == "dropped"


def test_due_date_dialog_can_take_the_date_away(qtbot) -> None:
    dialog = DueDateDialog(date(2025, 11, 14))
    qtbot.addWidget(dialog)
    assert dialog.due() == date(2025, 11, 14)
    dialog.editor.date_edit.clear()
    assert dialog.due() is None
    assert "Geen datum" in dialog.editor.feedback.text()


def test_exports_write_files(view: CommitmentsView, tmp_path: Path) -> None:
    assert view.export_to(tmp_path / "t.csv", "csv") == 4
    assert view.export_to(tmp_path / "t.ics", "ics") == 3
    assert "t.ics" in view.message_label.text()


def test_confirm_dialog_edits_before_saving(qtbot) -> None:
    found = [
        Commitment("Ik bel je vrijdag.", 0, 18, date(2025, 11, 14)),
        Commitment("We sturen een brief.", 19, 39, None),
    ]
    dialog = ConfirmCommitmentsDialog(found)
    qtbot.addWidget(dialog)
    dialog.text_edits[0].clear()
    qtbot.keyClicks(dialog.text_edits[0], "Ik bel je maandag.")
    dialog.due_edits[0].set_text("17-11-2025")
    dialog.keep_boxes[1].setChecked(False)
    assert dialog.confirmed() == [Commitment("Ik bel je maandag.", 0, 18, date(2025, 11, 17))]


def test_every_control_has_an_accessible_name(view: CommitmentsView) -> None:
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != 0 and widget.isVisibleTo(view) and widget.parent() is view:
            assert widget.accessibleName(), widget


def test_corrupt_log_shows_message_and_offers_backup(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "c" / "commitments.db"
    with CommitmentStore(path, today=TODAY) as s:
        s.add("Bewaar mij")
        s.backup(today=TODAY, force=True)
    path.write_bytes(b"kapot" * 500)
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        view = CommitmentsView(s, today=lambda: TODAY)
        qtbot.addWidget(view)
        assert "beschadigd" in view.message_label.text()
        assert view.restore_button.isVisibleTo(view)
        view.restore_latest_backup()
        assert shown(view) == ["Bewaar mij"]
        shiboken6.delete(view)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
