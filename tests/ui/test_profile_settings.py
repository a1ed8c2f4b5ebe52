"""The profile is edited in the settings dialog and used by the live checks at once."""

from __future__ import annotations

from reactiewijzer.core.profile import load_profile
from reactiewijzer.ui.settings_dialog import SettingsDialog


def change_profile(window, qtbot, **fields: str) -> None:
    """Type `fields` into the settings dialog's profile and press OK."""
    dialog = SettingsDialog(
        ui_language="nl",
        languagetool_url="",
        words=[],
        profile=window.services.profile,
        parent=window,
    )
    qtbot.addWidget(dialog)
    for name, value in fields.items():
        dialog.profile_fields[name].setText(value)
    window.apply_settings(dialog.choice())


def test_profile_edited_in_settings_is_saved_and_used(make_window, qtbot):
    window = make_window()
    change_profile(window, qtbot, name="Pieter", organisation="Rijkswaterstaat")
    assert load_profile() == {"name": "Pieter", "organisation": "Rijkswaterstaat"}

    qtbot.keyClicks(window.editor, "Bedankt voor je bericht.")
    window.editor.insertPlainText("\nTeam Webcare")
    window.live.check_now()
    qtbot.waitUntil(
        lambda: (
            window.live.report is not None
            and any(f.rule == "personal_tone.sign_off" for f in window.live.report.findings)
        )
    )
    sign = next(f for f in window.live.report.findings if f.rule == "personal_tone.sign_off")
    assert sign.suggestions == ("Groet, Pieter (Rijkswaterstaat)",)


def test_a_checked_draft_is_checked_again_when_the_profile_changes(make_window, qtbot):
    window = make_window()
    window.services.profile = {"name": "Anna"}
    window.editor.setPlainText("Bedankt voor je bericht.\nTeam Webcare")
    window.live.check_now()
    sign = next(f for f in window.live.report.findings if f.rule == "personal_tone.sign_off")
    assert sign.suggestions == ("Groet, Anna",)
    change_profile(window, qtbot, name="Pieter")
    # No keystroke: the underline's advice follows the new name by itself.
    qtbot.waitUntil(
        lambda: any(
            f.rule == "personal_tone.sign_off" and "Pieter" in " ".join(f.suggestions)
            for f in window.live.report.findings
        ),
        timeout=10000,
    )
