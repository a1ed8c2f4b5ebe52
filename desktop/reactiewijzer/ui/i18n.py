"""The UI language: our own English translation plus Qt's translations of its own dialogs.

Source strings are Dutch (`self.tr("...")`); English comes from
resources/translations/reactiewijzer_en.qm, compiled from the .ts file by `make translations`.
reactiewijzer_nl.qm holds only the Dutch plural forms (`lupdate -pluralonly`): "%n punt(en)"
becomes "1 punt" / "3 punten".
Switching installs new translators; widgets retranslate on QEvent.LanguageChange.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language, never translated


class Translations:
    """Installs and swaps the translators of one QApplication."""

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self.language = "nl"
        self.missing: list[str] = []  # translation files that could not be loaded

    def install(self, lang: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.missing.clear()
        self.language = lang if lang in LANGUAGE_NAMES else "nl"
        QLocale.setDefault(
            QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Dutch)
        )
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{self.language}", qt_dir)
        self._load(f"reactiewijzer_{self.language}", str(self._dir))
        # Installing fires LanguageChange; an explicit event covers a switch back to the
        # source language, where nothing new is installed.
        if not self._installed:
            from PySide6.QtCore import QEvent

            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))

    def _load(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            self.missing.append(str(Path(directory) / f"{name}.qm"))
