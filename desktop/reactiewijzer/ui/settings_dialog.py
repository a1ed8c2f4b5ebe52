"""Extra > Instellingen: UI language, LanguageTool server, the writer's profile, ignored rules,
personal word list."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.server_address import needs_permission
from reactiewijzer.ui.i18n import LANGUAGE_NAMES


@dataclass(frozen=True)
class SettingsChoice:
    ui_language: str
    languagetool_url: str  # "" = local
    ignored_rules: tuple[str, ...]
    words_added: tuple[str, ...]
    words_removed: tuple[str, ...]
    profile: dict[str, str] = field(default_factory=dict)
    allow_plain_http: bool = False  # an http:// organisation server, allowed with the warning


def valid_server_url(url: str) -> bool:
    url = url.strip()
    return url.startswith(("http://", "https://")) and len(url) > len("https://") and " " not in url


class SettingsDialog(QDialog):
    def __init__(
        self,
        *,
        ui_language: str,
        languagetool_url: str,
        ignored_rules: list[str],
        words: list[str] | None,
        words_problem: str | None = None,
        profile: dict[str, str] | None = None,
        allow_plain_http: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self._initial_words = list(words or [])
        tabs = QTabWidget()
        tabs.addTab(
            self._general_tab(ui_language, languagetool_url, allow_plain_http), self.tr("&Algemeen")
        )
        tabs.addTab(self._profile_tab(profile or {}), self.tr("&Profiel"))
        tabs.addTab(self._rules_tab(ignored_rules), self.tr("&Genegeerde regels"))
        tabs.addTab(self._words_tab(words, words_problem), self.tr("&Woordenlijst"))
        tabs.setAccessibleName(self.tr("Onderdelen van de instellingen"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ---- tabs ---------------------------------------------------------------------------------

    def _general_tab(self, ui_language: str, url: str, allow_plain_http: bool) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language)))
        self.language.setAccessibleName(self.tr("Taal van de app"))
        language_label = QLabel(self.tr("&Taal van de app:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.local = QRadioButton(self.tr("LanguageTool op &deze computer (aanbevolen)"))
        self.remote = QRadioButton(self.tr("De LanguageTool-server van mijn &organisatie:"))
        group = QButtonGroup(page)
        group.addButton(self.local)
        group.addButton(self.remote)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://languagetool.example.org")
        self.url.setAccessibleName(self.tr("Adres van de LanguageTool-server"))
        (self.remote if url else self.local).setChecked(True)
        self.url.setEnabled(bool(url))
        self.remote.toggled.connect(self.url.setEnabled)
        note = QLabel(
            self.tr(
                "Met een server van je organisatie gaat de tekst van je reactie naar die server. "
                "Dat adres is dan het enige buiten deze computer waarmee Reactiewijzer contact "
                "maakt; verder verlaat niets je computer."
            )
        )
        note.setWordWrap(True)
        # Plain http:// to another machine sends the draft readable over the network: only
        # when the user ticks this, and the warning is on screen while it is ticked.
        self.allow_http = QCheckBox(self.tr("Onversleutelde verbinding (http://) &toestaan"))
        self.allow_http.setChecked(allow_plain_http)
        self.http_warning = QLabel(
            self.tr(
                "Let op: via http:// gaat de tekst van je reactie, met eventuele "
                "persoonsgegevens, onversleuteld over het netwerk. Anderen op het netwerk kunnen "
                "die meelezen. Gebruik liever een https://-adres."
            )
        )
        self.http_warning.setWordWrap(True)
        self.allow_http.toggled.connect(self._update_http_warning)
        self.remote.toggled.connect(self._update_http_warning)
        self.url.textChanged.connect(self._update_http_warning)
        grammar_label = QLabel(self.tr("Spelling en grammatica:"))
        box = QVBoxLayout()
        box.addWidget(self.local)
        box.addWidget(self.remote)
        box.addWidget(self.url)
        box.addWidget(self.allow_http)
        box.addWidget(self.http_warning)
        box.addWidget(note)
        form.addRow(grammar_label, box)
        self._update_http_warning()
        return page

    def _plain_http(self) -> bool:
        return self.remote.isChecked() and needs_permission(self.url.text())

    def _update_http_warning(self) -> None:
        plain = self._plain_http()
        self.allow_http.setVisible(plain or self.allow_http.isChecked())
        self.http_warning.setVisible(plain and self.allow_http.isChecked())

    def _profile_tab(self, profile: dict[str, str]) -> QWidget:
        """Who signs, and how people reach the organisation: used for personal suggestions."""
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Reactiewijzer stelt hiermee een ondertekening met je eigen naam voor "
                "(„Groet, Sanne (Rijkswaterstaat)”) en echte contactroutes. "
                "Alles blijft op deze computer."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        fields = (
            ("name", self.tr("&Voornaam of initialen:"), "Sanne"),
            ("role", self.tr("&Rol:"), self.tr("omgevingsmanager")),
            ("team", self.tr("&Team:"), "webcare"),
            ("organisation", self.tr("&Organisatie:"), "Rijkswaterstaat"),
            ("phone", self.tr("&Telefoonnummer:"), "0800-8002"),
            ("office_hours", self.tr("&Bereikbaar:"), self.tr("elke dag 6.00-22.30 uur")),
            ("email", self.tr("&E-mailadres:"), "info@organisatie.nl"),
            ("contact_form", self.tr("&Contactformulier:"), "https://..."),
            (
                "walk_in",
                self.tr("&Inloop of bijeenkomst:"),
                self.tr("inloopavond in het dorpshuis"),
            ),
        )
        self.profile_fields: dict[str, QLineEdit] = {}
        for key, label_text, example in fields:
            edit = QLineEdit(profile.get(key, ""))
            edit.setPlaceholderText(example)
            edit.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            label = QLabel(label_text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.profile_fields[key] = edit
        self.register = QComboBox()
        for code, text in (("", self.tr("zoals de persoon schrijft")), ("je", "je"), ("u", "u")):
            self.register.addItem(text, code)
        self.register.setCurrentIndex(max(0, self.register.findData(profile.get("register", ""))))
        self.register.setAccessibleName(self.tr("Standaard aanspreekvorm"))
        register_label = QLabel(self.tr("&Aanspreekvorm:"))
        register_label.setBuddy(self.register)
        form.addRow(register_label, self.register)
        return page

    def _rules_tab(self, rules: list[str]) -> QWidget:
        page = QWidget()
        self.rules = QListWidget()
        self.rules.addItems(rules)
        self.rules.setAccessibleName(self.tr("Genegeerde regels"))
        restore = QPushButton(self.tr("Regel weer &gebruiken"))
        restore.clicked.connect(
            lambda: [self.rules.takeItem(self.rules.row(i)) for i in self.rules.selectedItems()]
        )
        restore.setAccessibleName(self.tr("Geselecteerde regel weer gebruiken"))
        explain = QLabel(self.tr("Regels die je via “Negeer deze regel” hebt uitgezet:"))
        explain.setWordWrap(True)
        explain.setBuddy(self.rules)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.rules, 1)
        layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _words_tab(self, words: list[str] | None, problem: str | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explain = QLabel(
            self.tr(
                "Namen en termen die de spellingcontrole moet accepteren, "
                "zoals “Rijkswaterstaat” of “IenW”:"
            )
        )
        explain.setWordWrap(True)
        self.words = QListWidget()
        self.words.setSortingEnabled(True)
        self.words.addItems(words or [])
        self.words.setAccessibleName(self.tr("Persoonlijke woordenlijst"))
        explain.setBuddy(self.words)
        self.new_word = QLineEdit()
        self.new_word.setAccessibleName(self.tr("Nieuw woord"))
        self.new_word.setPlaceholderText(self.tr("Nieuw woord"))
        add = QPushButton(self.tr("&Toevoegen"))
        remove = QPushButton(self.tr("&Verwijderen"))
        add.clicked.connect(self._add_word)
        self.new_word.returnPressed.connect(self._add_word)
        remove.clicked.connect(
            lambda: [self.words.takeItem(self.words.row(i)) for i in self.words.selectedItems()]
        )
        row = QHBoxLayout()
        row.addWidget(self.new_word, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(explain)
        layout.addWidget(self.words, 1)
        layout.addLayout(row)
        if words is None:
            for w in (self.words, self.new_word, add, remove):
                w.setEnabled(False)
            layout.addWidget(QLabel(problem or ""))
        return page

    def _add_word(self) -> None:
        word = self.new_word.text().strip()
        if word and not self.words.findItems(word, Qt.MatchFlag.MatchFixedString):
            self.words.addItem(word)
        self.new_word.clear()

    # ---- result -------------------------------------------------------------------------------

    def _accept(self) -> None:
        if self.remote.isChecked() and not valid_server_url(self.url.text()):
            self.error.setText(self.tr("Vul een adres in dat begint met http:// of https://."))
            self.error.show()
            self.url.setFocus()
            return
        if self._plain_http() and not self.allow_http.isChecked():
            self.error.setText(
                self.tr(
                    "Dit adres gebruikt http://: de tekst van je reactie zou onversleuteld over "
                    "het netwerk gaan. Gebruik een https://-adres, of vink 'Onversleutelde "
                    "verbinding (http://) toestaan' aan als je dat risico bewust neemt."
                )
            )
            self.error.show()
            self.allow_http.setFocus()
            return
        self.accept()

    def choice(self) -> SettingsChoice:
        words = [self.words.item(i).text() for i in range(self.words.count())]
        initial = {w.casefold() for w in self._initial_words}
        now = {w.casefold() for w in words}
        return SettingsChoice(
            ui_language=str(self.language.currentData()),
            languagetool_url=self.url.text().strip() if self.remote.isChecked() else "",
            ignored_rules=tuple(self.rules.item(i).text() for i in range(self.rules.count())),
            words_added=tuple(w for w in words if w.casefold() not in initial),
            words_removed=tuple(w for w in self._initial_words if w.casefold() not in now),
            profile=self.profile(),
            allow_plain_http=self._plain_http() and self.allow_http.isChecked(),
        )

    def profile(self) -> dict[str, str]:
        values = {k: e.text().strip() for k, e in self.profile_fields.items() if e.text().strip()}
        if self.register.currentData():
            values["register"] = str(self.register.currentData())
        return values
