"""Drafts are saved while typing; after a crash or kill the next start brings them back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reactiewijzer.ui.autosave import AutosaveFile


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
    assert "hersteld" in window.info_bar.label.text()
