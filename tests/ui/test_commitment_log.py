"""The commitment log as a civil servant uses it, in the real window on a real SQLite file:
log a promise to the person greeted, edit it by typing, add one by hand, sort, filter and
search together, a follow-up that cannot be copied with its placeholders, English headers."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from reactiewijzer.core.store import CommitmentStore
from reactiewijzer.ui.commitment_dialogs import (
    ConfirmCommitmentsDialog,
    DetailsDialog,
    DueDateDialog,
    EditCommitmentDialog,
    FollowUpDialog,
)
from reactiewijzer.ui.commitments_model import CommitmentsTableModel
from reactiewijzer.ui.confirm_post import ConfirmPostDialog

# Ruud posts last and asks nothing: without a greeting the reply would be for him.
THREAD = (
    "Sandra Bakker\n@sandra_b\n·\n3 u\nDe A27 is dicht.\n\n"
    "Ruud Smit\n@ruudsmit\n·\n1 u\nIk sta er ook al een uur.\n"
)
DRAFT = "Hoi Sandra, ik laat je vrijdag weten wanneer de A27 weer opengaat."
SANDRA_POST = "Sandra Bakker (@sandra_b): De A27 is dicht."


def on_next_dialog(kind, act) -> list:
    """A modal dialog blocks in exec(): act on the next one of `kind` from a timer."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(20, poll)
    return seen


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)


def headers(view) -> list[str]:
    model = view.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def column(view, name: str) -> list[str]:
    model = view.table.model()
    col = CommitmentsTableModel.COLUMNS.index(name)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def log_promise(window, modal, qtbot) -> ConfirmCommitmentsDialog:
    window.thread_view.paste.setPlainText(THREAD)
    window.editor.setPlainText(DRAFT)
    shown = []

    def look(dialog: ConfirmCommitmentsDialog) -> None:
        shown.append((dialog.person_edit.text(), dialog.handle_edit.text()))
        shown.append(dialog.hint.isVisible())
        shown.append(dialog.excerpt_view.toPlainText())
        dialog.save_button.click()

    on_next_dialog(ConfirmPostDialog, lambda d: d.log_button.click())
    on_next_dialog(ConfirmCommitmentsDialog, look)
    assert window.copy_reply()
    return shown


def test_a_promise_is_logged_to_the_person_the_reply_greets(qtbot, window, modal):
    shown = log_promise(window, modal, qtbot)
    assert shown[0] == ("Sandra Bakker", "@sandra_b")  # not Ruud, who posted last
    assert shown[1] is False  # the promise has a date: no "Zonder datum" hint
    assert shown[2] == SANDRA_POST  # what is kept of the thread, shown before it is kept
    [logged] = window.services.store.list("open")
    assert (logged.person, logged.handle) == ("Sandra Bakker", "@sandra_b")
    assert logged.thread_excerpt == SANDRA_POST
    status = window.statusBar().currentMessage()
    assert "Vastgelegd: ‘Hoi Sandra, ik laat je vrijdag weten" in status
    assert logged.due.strftime("%d-%m-%Y") in status and "Sandra Bakker" in status
    # The status bar shares its line with other labels; the bar above the draft says it whole.
    [said] = window.info_bar.texts()
    assert said.startswith("Vastgelegd: ‘Hoi Sandra") and said.endswith("aan Sandra Bakker.")


def test_the_thread_excerpt_follows_the_person_chosen_in_the_log_dialog(qtbot, window, modal):
    window.thread_view.paste.setPlainText(THREAD)
    window.editor.setPlainText(DRAFT)
    seen = []

    def choose(dialog: ConfirmCommitmentsDialog) -> None:
        retype(qtbot, dialog.person_edit, "Ruud Smit")
        retype(qtbot, dialog.handle_edit, "@ruudsmit")
        seen.append(dialog.excerpt_view.toPlainText())
        retype(qtbot, dialog.person_edit, "Pieter")  # not in the thread
        retype(qtbot, dialog.handle_edit, "")
        seen.append(dialog.excerpt_view.toPlainText())
        seen.append(dialog.excerpt_view.placeholderText())
        retype(qtbot, dialog.person_edit, "Ruud Smit")
        dialog.save_button.click()

    on_next_dialog(ConfirmPostDialog, lambda d: d.log_button.click())
    on_next_dialog(ConfirmCommitmentsDialog, choose)
    assert window.copy_reply()
    assert seen[0] == "Ruud Smit (@ruudsmit): Ik sta er ook al een uur."
    assert seen[1] == ""  # nothing of Sandra's kept under another name
    assert "niets uit het gesprek bewaard" in seen[2]
    [logged] = window.services.store.list("open")
    assert (logged.person, logged.thread_excerpt) == ("Ruud Smit", seen[0])


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("nl", ("Uit het gesprek (waar de reactie op antwoordde)", "De reactie met de belofte",
                "Interne notitie (komt nooit in een reactie)")),
        ("en", ("From the thread (what the reply answered)", "The reply with the promise",
                "Internal note (never goes into a reply)")),
    ],
)  # fmt: skip
def test_details_show_the_reply_the_thread_excerpt_and_the_note(
    qtbot, make_window, language, titles
):
    window = make_window(language=language)
    store = window.services.store
    c = store.add(
        "Ik laat je vrijdag weten wanneer de A27 weer opengaat.",
        person="Sandra Bakker",
        reply=DRAFT,
        thread_excerpt=SANDRA_POST,
    )
    store.mark_done(c.id, "Rijkswaterstaat gebeld")
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view
    view.set_filter("all")
    assert view.select_id(c.id)
    shown = []

    def look(dialog: DetailsDialog) -> None:
        shown.append(dialog.body.toPlainText())
        dialog.reject()

    on_next_dialog(DetailsDialog, look)
    view.table.doubleClicked.emit(view.table.currentIndex())
    for title, value in zip(titles, (SANDRA_POST, DRAFT, "Rijkswaterstaat gebeld"), strict=True):
        assert f"{title}\n{value}" in shown[0], title


def test_the_copy_dialog_lists_a_promise_once_with_one_date_format(qtbot, window, modal):
    window.editor.setPlainText(DRAFT)
    with modal("Terug naar de reactie") as watcher:
        window.copy_reply()
    text = watcher.texts[0]
    assert text.count("ik laat je vrijdag weten") == 1
    assert re.search(r"uiterlijk \d{2}-\d{2}-\d{4}\)", text)  # dd-mm-jjjj
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # and no other format


def test_edit_person_and_date_by_typing(qtbot, window, modal):
    log_promise(window, modal, qtbot)
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view
    [row] = view.model.rows()
    assert view.select_id(row.id)

    def edit(dialog: EditCommitmentDialog) -> None:
        retype(qtbot, dialog.person_edit, "Sandra de Boer")
        retype(qtbot, dialog.due_field.date_edit, "09-12-2026")
        dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("facebook"))
        dialog.note_edit.setPlainText("Wegbeheerder gebeld")
        dialog.accept()

    on_next_dialog(EditCommitmentDialog, edit)
    view.ask_edit()
    changed = window.services.store.get(row.id)
    assert changed.person == "Sandra de Boer"
    assert changed.due == date(2026, 12, 9)  # typed '-' no longer jumps to the next field
    assert (changed.platform, changed.note) == ("facebook", "Wegbeheerder gebeld")
    assert column(view, "platform") == ["Facebook"]  # the name, not the key
    assert column(view, "due") == ["09-12-2026"]

    # "Datum wijzigen" takes what people type as well.
    def due(dialog: DueDateDialog) -> None:
        retype(qtbot, dialog.editor.date_edit, "9 dec 2027")
        dialog.accept()

    on_next_dialog(DueDateDialog, due)
    view._ask_due()
    assert window.services.store.get(row.id).due == date(2027, 12, 9)


def test_date_field_reads_what_people_type_and_warns_for_the_past(qtbot):
    today = date(2026, 12, 7)  # a Monday
    dialog = DueDateDialog(None, today=lambda: today)
    qtbot.addWidget(dialog)
    field = dialog.editor
    cases = {
        "09-12-2026": date(2026, 12, 9),
        "9-12": date(2026, 12, 9),
        "vrijdag": date(2026, 12, 11),
        "9 dec": date(2026, 12, 9),
        "3-1": date(2027, 1, 3),  # no year: the next 3 January
    }
    for typed, expected in cases.items():
        retype(qtbot, field.date_edit, typed)
        assert field.due() == expected, typed
        assert field.is_valid() and "voorbij" not in field.feedback.text()
    retype(qtbot, field.date_edit, "01-12-2026")
    assert field.due() == date(2026, 12, 1)
    assert "Let op" in field.feedback.text() and "voorbij" in field.feedback.text()
    retype(qtbot, field.date_edit, "31-02-2027")
    assert not field.is_valid() and "kalender" in field.feedback.text()
    box = dialog.findChild(QDialogButtonBox)
    assert not box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # no wrong date saved


def test_add_by_hand_sort_and_filter_with_search(qtbot, window, modal):
    store = window.services.store
    today = date.today()
    store.add("We sturen de brief.", due=today - timedelta(days=3), person="Piet")
    store.add("We maaien het gras.", due=today + timedelta(days=30), person="Anna")
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view

    def add(dialog: EditCommitmentDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "Ik bel de aannemer over de brief.")
        retype(qtbot, dialog.person_edit, "Bram")
        retype(qtbot, dialog.due_field.date_edit, "over twee weken")
        dialog.accept()

    on_next_dialog(EditCommitmentDialog, add)
    view.ask_add()
    added = store.search("aannemer")[0]
    assert (added.person, added.due) == ("Bram", today + timedelta(days=14))
    assert "Ik bel de aannemer over de brief." in column(view, "text")

    view.set_filter("open")
    who = CommitmentsTableModel.COLUMNS.index("who")
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, who))
    assert column(view, "who") == ["Anna", "Bram", "Piet"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, who))
    assert column(view, "who") == ["Piet", "Bram", "Anna"]

    # Search within the filter: "brief" is in two rows, one of them overdue.
    view.set_filter("overdue")
    qtbot.keyClicks(view.search_edit, "brief")
    assert column(view, "text") == ["We sturen de brief."]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "gras")
    assert column(view, "text") == []
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "Geen toezeggingen gevonden voor ‘gras’ in ‘Te laat’."


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_rows_the_cli_adds_appear_when_the_window_is_activated(qtbot, window, data_dir):
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view
    assert column(view, "text") == []
    with CommitmentStore(data_dir / "commitments.db", auto_backup=False) as cli:
        cli.add("Toegevoegd vanaf de opdrachtregel.", due=date.today() + timedelta(days=2))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    QApplication.sendEvent(view, QEvent(QEvent.Type.ActivationChange))
    assert column(view, "text") == ["Toegevoegd vanaf de opdrachtregel."]


def test_a_follow_up_with_placeholders_cannot_be_copied(qtbot, window, modal):
    store = window.services.store
    c = store.add(
        "Ik laat je vrijdag weten wanneer de A27 weer opengaat.",
        person="Sandra Bakker",
        handle="@sandra_b",
        platform="facebook",
        thread_ref="https://facebook.example/posts/1",
        reply=DRAFT,
    )
    store.mark_done(c.id, "Intern: Rijkswaterstaat gebeld, ticket 4711")
    window.draft.set_platform("x")
    window.thread_view.paste.setPlainText("Een ander gesprek.")
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view
    view.set_filter("done")
    assert view.select_id(c.id)

    seen = on_next_dialog(FollowUpDialog, lambda d: d.accept())  # nothing filled in
    qtbot.mouseClick(view.follow_up_button, Qt.MouseButton.LeftButton)
    assert seen and "ticket 4711" in "".join(
        label.text() for label in seen[0].findChildren(type(view.message_label))
    )  # the internal note is shown to the writer...
    draft = window.editor.toPlainText()
    assert "4711" not in draft  # ...and never goes into the public text
    assert "[vul in wat er gedaan is]" in draft and "[Vertel waarom" in draft
    assert window.draft.platform_key() == "facebook"  # the commitment's, not the last draft's
    assert window.thread_view.paste.toPlainText() == "https://facebook.example/posts/1"

    QGuiApplication.clipboard().setText("(leeg)")
    with modal("Toch kopiëren") as watcher:  # there is no such button: it is refused
        assert not window.copy_reply()
    assert QGuiApplication.clipboard().text() == "(leeg)"
    assert "invulplekken" in watcher.texts[0] and "Toch kopiëren" not in watcher.texts[0]

    # Filled in: it copies, and the quoted old promise is not offered as a new one.
    filled = draft.replace(
        "[vul in wat er gedaan is]", "de A27 is sinds maandag weer open."
    ).replace("[Vertel waarom: ‘… omdat …’]\n", "")
    window.editor.setPlainText(filled)
    with modal("Alleen kopiëren", "Kopiëren") as watcher:
        assert window.copy_reply()
    assert all("Kopiëren en toezeggingen vastleggen" not in t for t in watcher.texts)
    assert QGuiApplication.clipboard().text() == filled


def test_english_ui_headers_statuses_and_platform_names(qtbot, make_window):
    window = make_window(language="en")
    store = window.services.store
    store.add("We send the letter.", due=date.today() - timedelta(days=2), platform="x")
    window.tabs.setCurrentWidget(window.commitments)
    view = window.commitments.view
    view.refresh()
    assert headers(view) == ["Date", "Status", "Commitment", "To", "Platform"]
    assert column(view, "status") == ["overdue"]
    assert column(view, "platform") == ["X (Twitter)"]
    assert view.add_button.text().replace("&", "") == "Add…"
    view.set_filter("done")
    assert view.empty_label.text() == "No commitments in ‘Done’."
    dialog = EditCommitmentDialog(None, view)
    qtbot.addWidget(dialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancel"
    assert dialog.windowTitle() == "Add commitment"
    assert isinstance(dialog, QDialog)


def test_a_long_date_message_makes_the_dialog_taller_not_drawn_over_the_field(qtbot):
    dialog = DueDateDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.editor
    for typed in ("31-02-2027", "als de aannemer klaar is met de brug"):
        retype(qtbot, field.date_edit, typed)
        qtbot.wait(50)  # the layout grows the dialog on its next pass
        assert not field.is_valid()
        feedback = field.feedback
        needed = feedback.heightForWidth(feedback.width())
        assert feedback.height() >= needed > feedback.fontMetrics().lineSpacing()
        box = dialog.findChild(QDialogButtonBox)
        bottom = feedback.mapTo(dialog, feedback.rect().bottomLeft()).y()
        assert bottom < box.mapTo(dialog, box.rect().topLeft()).y()  # above the buttons


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", ("Zoeken in:", "Bestandstype:", "Opslaan")), ("en", ("Look in:", "Files of type:"))],
)
def test_the_export_file_dialog_speaks_the_ui_language(qtbot, make_window, language, expected):
    window = make_window(language=language)
    window.tabs.setCurrentWidget(window.commitments)
    seen = []

    def look(dialog: QFileDialog) -> None:
        # Qt's own words come from qtbase_<lang>; the test session keeps the Dutch one of
        # earlier windows installed, so English is judged on the labels given here.
        labels = (QFileDialog.DialogLabel.LookIn, QFileDialog.DialogLabel.FileType,
                  QFileDialog.DialogLabel.Accept)[: len(expected)]  # fmt: skip
        seen.append(tuple(dialog.labelText(k).replace("&", "") for k in labels))
        dialog.reject()

    on_next_dialog(QFileDialog, look)
    window.commitments.view.export_csv_button.click()
    assert seen == [expected]
