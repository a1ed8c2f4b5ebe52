"""Drafts are saved while typing; after a crash or kill the next start brings them back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from reactiewijzer.core.store import DB_NAME, CommitmentStore
from reactiewijzer.ui.autosave import MAX_WAIT_MS, AutosaveFile


def saved(data_dir: Path) -> dict:
    try:
        return json.loads((data_dir / "concept.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def test_typing_is_saved_without_pressing_anything(qtbot, window, data_dir):
    qtbot.keyClicks(window.thread_view.paste, "Anna: Waarom is de brug dicht?")
    window.draft.set_platform("facebook")
    qtbot.keyClicks(window.editor, "Hoi Anna ")
    window.editor.insertPlainText(
        "😀"
    )  # as an emoji picker inserts it (QTest types one unit a key)
    qtbot.keyClicks(window.editor, ", ")
    qtbot.waitUntil(lambda: saved(data_dir).get("reply") == "Hoi Anna 😀, ", timeout=3000)
    state = saved(data_dir)
    assert state["thread"] == "Anna: Waarom is de brug dicht?"
    assert state["platform"] == "facebook"
    assert state["clean_exit"] is False


def test_a_clean_close_still_keeps_the_draft_without_a_crash_notice(qtbot, make_window, data_dir):
    window = make_window()
    window.editor.setPlainText("Hoi Anna, ik zoek het uit.")
    window.close()
    assert saved(data_dir)["clean_exit"] is True
    again = make_window(restore=AutosaveFile(data_dir).load())
    assert again.editor.toPlainText() == "Hoi Anna, ik zoek het uit."
    assert again.info_bar.isHidden()


def test_an_unreadable_autosave_file_is_kept_aside(qtbot, data_dir):
    (data_dir / "concept.json").write_bytes(b"\x00\xff{ niet af")
    assert AutosaveFile(data_dir).load() is None
    assert list(data_dir.glob("concept-onleesbaar-*.json"))


@pytest.mark.slow
def test_draft_survives_sigkill(qtbot, make_window, data_dir, tmp_path):
    """A real app process, killed mid-session, gives back the draft on the next start."""
    draft = "Hoi Anna 👋, ik laat je vrijdag weten hoe het zit met de brug."
    source = tmp_path / "concept.txt"
    source.write_text(draft, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REACTIEWIJZER_DATA_DIR=str(data_dir))
    command = [
        sys.executable,
        "-c",
        "import sys; from reactiewijzer.app import main; sys.exit(main())",
        "--data-dir",
        str(data_dir),
        "--settings",
        str(tmp_path / "app-settings.ini"),
        "--no-grammar",
        str(source),  # opened as the draft, as a file manager would
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while saved(data_dir).get("reply") != draft:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the draft was never autosaved"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    window = make_window(restore=AutosaveFile(data_dir).load())
    assert window.editor.toPlainText() == draft
    assert window.info_bar.isVisible()
    assert any("hersteld" in text for text in window.info_bar.texts())


# A real window in its own process types this, one key every TYPE_EVERY_MS, until killed.
TYPED = "Hoi Anna 👋, ik laat je vrijdag weten hoe het zit met de brug en de omleiding. " * 20
TYPE_EVERY_MS = 40
TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from reactiewijzer.app import build_services, build_window, create_application
    from reactiewijzer.ui.autosave import AutosaveFile
    from reactiewijzer.ui.settings import Settings

    data, settings, text, every = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = create_application(["typist"])
    services = build_services(data, grammar=False)
    window = build_window(app, services, Settings.at(settings))
    window.show()
    window.start(AutosaveFile(data).load())
    typed = 0

    def type_one():
        global typed
        if typed < len(text):
            if text[typed] == "👋":  # QTest types one UTF-16 unit a key; an emoji picker inserts
                window.editor.insertPlainText(text[typed])
            else:
                QTest.keyClicks(window.editor, text[typed])
            typed += 1
            print(typed, flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(every)
    app.exec()
    """
)


@pytest.mark.slow
def test_killed_while_typing_steadily_loses_at_most_two_seconds(qtbot, make_window, data_dir):
    """Kill -9 in the middle of six seconds of steady typing: the restart has everything typed
    up to two seconds before the kill, says the draft was restored, and still shows the
    reminder of a commitment that is due."""
    store = CommitmentStore(data_dir / DB_NAME)
    store.add("Ik bel je morgen.", due=date.today() + timedelta(days=1), person="Anna")
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REACTIEWIJZER_DATA_DIR=str(data_dir))
    settings = data_dir.parent / "typist.ini"
    args = [str(data_dir), str(settings), TYPED, str(TYPE_EVERY_MS)]
    process = subprocess.Popen(
        [sys.executable, "-c", TYPIST, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed_at: list[tuple[float, int]] = []  # (when this process read it, characters typed)

    def read() -> None:
        for line in process.stdout:
            typed_at.append((time.monotonic(), int(line)))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not typed_at:
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "the window never started typing"
            time.sleep(0.05)
        time.sleep(6.0)
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    reader.join(5)
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    typed = max(n for _t, n in typed_at)
    must_have = max((n for t, n in typed_at if t <= killed_at - 2.0), default=0)
    assert must_have > 50, "too little was typed to tell"
    reply = saved(data_dir)["reply"]
    assert TYPED[: len(reply)] == reply, "the saved draft is not what was typed"
    assert len(reply) >= must_have, (
        f"lost {typed - len(reply)} of {typed} characters: more than the last 2 s "
        f"({must_have} were typed 2 s before the kill; autosave waits at most {MAX_WAIT_MS} ms)"
    )

    window = make_window(restore=AutosaveFile(data_dir).load())
    assert window.editor.toPlainText() == reply
    texts = window.info_bar.texts()
    assert any("Je concept is hersteld" in text for text in texts), texts
    assert any("Herinnering" in text for text in texts), texts
    assert all(message.isVisible() for message in window.info_bar.messages)


def test_a_failing_save_is_said_in_the_status_bar(qtbot, make_window, data_dir):
    (data_dir / "concept.json").mkdir()  # the file cannot be replaced: saving fails
    window = make_window()
    qtbot.keyClicks(window.editor, "Hoi Anna")
    qtbot.waitUntil(
        lambda: "kon niet worden opgeslagen" in window.statusBar().currentMessage(), timeout=5000
    )
    assert window.autosaver.last_error is not None
