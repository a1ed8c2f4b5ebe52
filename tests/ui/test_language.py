"""The UI is Dutch by default; switching to English in the settings changes its texts."""

from __future__ import annotations

import pytest

from reactiewijzer.core.resources import resource_path
from reactiewijzer.ui.settings_dialog import SettingsChoice


@pytest.fixture(autouse=True)
def _compiled_translations():
    for lang in ("en", "nl"):
        qm = resource_path("translations", f"reactiewijzer_{lang}.qm")
        assert qm.exists(), f"{qm} is missing: run `make translations`"


def texts(window):
    return {
        "file_menu": window.menus.file_menu.title(),
        "copy": window.draft.copy_button.text(),
        "tab": window.tabs.tabText(0),
        "findings": window.findings.title.text(),
        "placeholder": window.editor.placeholderText(),
    }


def switch(window, lang):
    window.apply_settings(
        SettingsChoice(
            ui_language=lang,
            languagetool_url=window.settings.languagetool_url,
            words_added=(),
            words_removed=(),
        )
    )


def test_dutch_by_default_english_after_switching(qtbot, window, settings):
    assert texts(window) == {
        "file_menu": "&Bestand",
        "copy": "&Kopieer reactie",
        "tab": "&Schrijven",
        "findings": "Bevindingen",
        "placeholder": "Schrijf hier je reactie…",
    }
    switch(window, "en")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&File", timeout=2000)
    assert texts(window) == {
        "file_menu": "&File",
        "copy": "&Copy reply",
        "tab": "&Write",
        "findings": "Findings",
        "placeholder": "Write your reply here…",
    }
    assert settings.ui_language == "en"
    switch(window, "nl")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Bestand", timeout=2000)


def test_counts_use_proper_plurals_in_both_languages(qtbot, window):
    window.editor.setPlainText("Wij informeren u middels deze brief. Conform afspraak bellen wij.")
    window.live.check_now()
    assert "punten om naar te kijken" in window.findings.banner.text()
    assert "(en)" not in window.findings.banner.text()
    switch(window, "en")
    qtbot.waitUntil(lambda: "points to look at" in window.findings.banner.text(), timeout=2000)


def test_the_english_ui_starts_in_english(qtbot, make_window):
    window = make_window(language="en")
    assert window.menus.file_menu.title() == "&File"
    assert window.draft.platform.itemText(window.draft.platform.findData("other")) == "Own platform"


def test_finding_groups_carry_the_catalogues_names_in_both_languages(qtbot, window):
    from reactiewijzer.core.catalogue import category_name

    window.editor.setPlainText("Wij informeren u middels deze brief.")
    window.live.check_now()

    def titles() -> list[str]:
        tree = window.findings.tree
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    assert any(t.startswith(category_name("jargon", "nl") + " (") for t in titles()), titles()
    switch(window, "en")
    qtbot.waitUntil(
        lambda: any(t.startswith("Jargon and officialese (") for t in titles()), timeout=2000
    )
