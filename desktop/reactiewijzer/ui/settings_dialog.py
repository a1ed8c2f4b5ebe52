"""Extra > Instellingen: UI language, spelling on/off and its server, the writer's profile,
what is ignored (checks and words, by their human names), personal word list."""

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
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.dismissals import Dismissals, check_name
from reactiewijzer.core.grammar import needs_permission
from reactiewijzer.ui.i18n import LANGUAGE_NAMES


@dataclass(frozen=True)
class SettingsChoice:
    ui_language: str
    languagetool_url: str  # "" = local
    words_added: tuple[str, ...]
    words_removed: tuple[str, ...]
    profile: dict[str, str] = field(default_factory=dict)
    allow_plain_http: bool = False  # an http:// organisation server, allowed with the warning
    dismissed: Dismissals | None = None  # None: unchanged
    grammar_enabled: bool | None = None  # None: unchanged


def valid_server_url(url: str) -> bool:
    url = url.strip()
    return url.startswith(("http://", "https://")) and len(url) > len("https://") and " " not in url


class SettingsDialog(QDialog):
    def __init__(
        self,
        *,
        ui_language: str,
        languagetool_url: str,
        words: list[str] | None,
        dismissed: Dismissals | None = None,
        grammar_enabled: bool = True,
        words_problem: str | None = None,
        profile: dict[str, str] | None = None,
        allow_plain_http: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self._initial_words = list(words or [])
        self._dismissed = dismissed or Dismissals()
        self._lang = ui_language
        tabs = QTabWidget()
        tabs.addTab(
            self._general_tab(ui_language, languagetool_url, allow_plain_http, grammar_enabled),
            self.tr("&Algemeen"),
        )
        tabs.addTab(self._profile_tab(profile or {}), self.tr("&Profiel"))
        tabs.addTab(self._ignored_tab(), self.tr("&Genegeerd"))
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

    def _general_tab(
        self, ui_language: str, url: str, allow_plain_http: bool, grammar_enabled: bool
    ) -> QWidget:
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
        self.grammar_enabled = QCheckBox(self.tr("Spelling en grammatica &controleren"))
        self.grammar_enabled.setChecked(grammar_enabled)
        box = QVBoxLayout()
        box.addWidget(self.grammar_enabled)
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

    def _ignored_tab(self) -> QWidget:
        """Checks switched off and words ignored, by the names the writer saw."""
        page = QWidget()
        self.ignored = QListWidget()
        self.ignored.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.ignored.setAccessibleName(self.tr("Genegeerde controles en woorden"))
        d = self._dismissed
        for rule in sorted(d.rules, key=lambda r: check_name(r, self._lang, d).casefold()):
            item = QListWidgetItem(
                self.tr("Controle: %1").replace("%1", check_name(rule, self._lang, d))
            )
            item.setData(Qt.ItemDataRole.UserRole, ("rule", rule, ""))
            item.setToolTip(rule)
            self.ignored.addItem(item)
        for rule, word in sorted(d.words, key=lambda rw: rw[1]):
            item = QListWidgetItem(
                self.tr("Woord ‘%1’ bij %2")
                .replace("%1", word)
                .replace("%2", check_name(rule, self._lang, d))
            )
            item.setData(Qt.ItemDataRole.UserRole, ("word", rule, word))
            item.setToolTip(rule)
            self.ignored.addItem(item)
        restore = QPushButton(self.tr("Weer &laten zien"))
        restore.clicked.connect(
            lambda: [
                self.ignored.takeItem(self.ignored.row(i)) for i in self.ignored.selectedItems()
            ]
        )
        restore.setAccessibleName(self.tr("Geselecteerde controle of woord weer laten zien"))
        explain = QLabel(
            self.tr(
                "Controles die je hebt uitgezet en woorden die je negeert. Ze gelden in de app "
                "en in de opdrachtregel. Selecteer ze en kies ‘Weer laten zien’ om ze terug "
                "te zetten."
            )
        )
        explain.setWordWrap(True)
        explain.setBuddy(self.ignored)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.ignored, 1)
        layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def kept_dismissals(self) -> Dismissals:
        kept = {
            self.ignored.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ignored.count())
        }
        d = self._dismissed
        for rule in d.rules:
            if ("rule", rule, "") not in kept:
                d = d.without_rule(rule)
        for rule, word in d.words:
            if ("word", rule, word) not in kept:
                d = d.without_word(rule, word)
        return d

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
            dismissed=self.kept_dismissals(),
            grammar_enabled=self.grammar_enabled.isChecked(),
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
