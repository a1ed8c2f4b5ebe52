"""Opening text files: UTF-8 works; big, binary or wrongly encoded files get a clear message."""

from __future__ import annotations

import pytest

from reactiewijzer.core.errors import InputError
from reactiewijzer.ui.files import read_text_file, write_text_file


def test_utf8_with_bom_and_windows_line_ends_reads_cleanly(tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_bytes("\ufeffAnna: Waarom? 😀\r\nPiet: Ja!".encode())
    assert read_text_file(path) == "Anna: Waarom? 😀\nPiet: Ja!"


def test_utf16_from_notepad_reads_cleanly(tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_bytes("Anna: Wanneer gaat de brug open?".encode("utf-16"))
    assert read_text_file(path) == "Anna: Wanneer gaat de brug open?"


@pytest.mark.parametrize(
    ("content", "dutch", "english"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "geen tekstbestand",
            "not a text file",
        ),
        (
            "Beste lezer,\nhé".encode("latin-1"),
            "geen UTF-8-tekst (regel 2)",
            "not UTF-8 text (line 2)",
        ),
        (b"a" * (10 * 1024 * 1024), "te groot (10.0 MB)", "too large (10.0 MB)"),
    ],
    ids=["binary", "latin-1", "10MB"],
)
def test_unreadable_files_get_a_message_in_both_languages(tmp_path, content, dutch, english):
    path = tmp_path / "bestand.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert dutch in info.value.message("nl")
    assert english in info.value.message("en")


def test_opening_a_binary_file_shows_a_message_and_keeps_the_draft(qtbot, window, tmp_path, modal):
    window.editor.setPlainText("Mijn concept")
    junk = tmp_path / "foto.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    with modal("OK") as watcher:
        assert not window.files.open_path("draft", str(junk))
    assert "geen tekstbestand" in watcher.texts[0]
    assert window.editor.toPlainText() == "Mijn concept"


def test_open_and_save_round_trip_with_recent_files(qtbot, window, tmp_path, settings):
    source = tmp_path / "gesprek.txt"
    source.write_text("Anna: Wanneer gaat de brug open? 🌉", encoding="utf-8")
    assert window.files.open_path("thread", str(source))
    assert window.thread_view.paste.toPlainText() == "Anna: Wanneer gaat de brug open? 🌉"
    window.editor.setPlainText("Hoi Anna 👋")
    target = tmp_path / "uit" / "reactie.txt"
    assert window.files.save_path("draft", str(target))
    assert target.read_text(encoding="utf-8") == "Hoi Anna 👋"
    assert settings.recent_files()[:2] == [
        ("draft", str(target.resolve())),
        ("thread", str(source.resolve())),
    ]
    labels = [a.text() for a in window.menus.recent_menu.actions()]
    assert labels[0] == "&1 Concept: reactie.txt"
    # Ctrl+Z after opening brings back the old thread in one step.
    window.thread_view.paste.undo()
    assert window.thread_view.paste.toPlainText() == ""


def test_write_is_atomic_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "reactie.txt"
    write_text_file(target, "eerste")
    write_text_file(target, "tweede")
    assert target.read_text(encoding="utf-8") == "tweede"
    assert [p.name for p in tmp_path.iterdir()] == ["reactie.txt"]


def _drop(widget, path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    return event


def test_dropping_text_files_opens_them_as_thread_and_draft(make_window, tmp_path):
    window = make_window()
    thread = tmp_path / "gesprek.txt"
    thread.write_text("Anna de Vries: Wanneer gaat de brug open?", encoding="utf-8")
    draft = tmp_path / "reactie.txt"
    draft.write_text("Hoi Anna, de brug gaat vrijdag open. Lukt dat?", encoding="utf-8")
    assert _drop(window.thread_view.paste, thread).isAccepted()
    assert _drop(window.editor, draft).isAccepted()
    assert window.editor.toPlainText() == "Hoi Anna, de brug gaat vrijdag open. Lukt dat?"
    assert window.thread_view.paste.toPlainText() == "Anna de Vries: Wanneer gaat de brug open?"
