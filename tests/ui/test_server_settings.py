"""Settings: an organisation's LanguageTool server over plain http:// only when the user ticks
the permission, with the warning on screen; https:// and this computer need no permission."""

from __future__ import annotations

from reactiewijzer.ui.settings_dialog import SettingsDialog


def make_dialog(qtbot, window, url: str = "", allowed: bool = False) -> SettingsDialog:
    dialog = SettingsDialog(
        ui_language="nl",
        languagetool_url=url,
        allow_plain_http=allowed,
        words=[],
        profile={},
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_plain_http_is_refused_until_allowed_with_the_warning_shown(window, qtbot, settings):
    dialog = make_dialog(qtbot, window)
    dialog.remote.setChecked(True)
    dialog.url.setText("http://languagetool.intern.example:8081")
    assert dialog.allow_http.isVisible() and not dialog.allow_http.isChecked()
    assert not dialog.http_warning.isVisible()

    dialog.buttons.accepted.emit()  # OK
    assert dialog.isVisible(), "an http:// server may not be accepted without permission"
    assert "onversleuteld" in dialog.error.text() and "https://" in dialog.error.text()

    dialog.allow_http.setChecked(True)
    assert dialog.http_warning.isVisible()
    assert "persoonsgegevens" in dialog.http_warning.text()
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    choice = dialog.choice()
    assert choice.allow_plain_http and choice.languagetool_url.startswith("http://")

    window.apply_settings(choice)
    assert settings.languagetool_allow_plain_http is True
    assert settings.languagetool_url == "http://languagetool.intern.example:8081"


def test_https_and_this_computer_need_no_permission(window, qtbot):
    for url in ("https://languagetool.intern.example", "http://localhost:8081"):
        dialog = make_dialog(qtbot, window)
        dialog.remote.setChecked(True)
        dialog.url.setText(url)
        assert not dialog.allow_http.isVisible()
        dialog.buttons.accepted.emit()
        assert not dialog.isVisible(), url
        assert dialog.choice().allow_plain_http is False


def test_a_permission_given_earlier_is_shown_and_can_be_taken_back(window, qtbot, settings):
    dialog = make_dialog(qtbot, window, url="http://languagetool.intern.example", allowed=True)
    assert dialog.allow_http.isChecked() and dialog.http_warning.isVisible()
    dialog.allow_http.setChecked(False)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()  # taking it back means the http:// address is refused again
