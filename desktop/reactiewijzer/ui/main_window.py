"""The drafting workspace: thread on the left, the reply in the middle, findings on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reactiewijzer.core.dismissals import check_name, grammar_label, merge_old_rules
from reactiewijzer.core.errors import Error
from reactiewijzer.core.model import Report
from reactiewijzer.ui.autosave import AutosaveFile, Autosaver, DraftState
from reactiewijzer.ui.commitments_tab import CommitmentsTab
from reactiewijzer.ui.copy_flow import CopyFlow
from reactiewijzer.ui.draft_pane import DraftPane
from reactiewijzer.ui.file_actions import FileActions
from reactiewijzer.ui.findings_panel import FindingsPanel
from reactiewijzer.ui.guide import GuideText
from reactiewijzer.ui.i18n import Translations
from reactiewijzer.ui.info_bar import InfoBar
from reactiewijzer.ui.labels import grammar_state_text, language_name
from reactiewijzer.ui.live_check import LiveChecker, error_text
from reactiewijzer.ui.menus import build_menus
from reactiewijzer.ui.services import NullGrammar, Services, Unavailable
from reactiewijzer.ui.settings import Settings
from reactiewijzer.ui.thread_view import ThreadView
from reactiewijzer.ui.workers import LatestOnly, Workers

THREAD_DEBOUNCE_MS = 300


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: Settings,
        translations: Translations,
        *,
        synchronous: bool = False,
        workers: Workers | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.translations = translations
        # The workers belong to the application, not to this window: a job that finishes after
        # the window is gone must find its runner still there (and closed).
        self.workers = workers or Workers(synchronous=synchronous)
        self.engine_runner = self.workers.engine
        self.grammar_runner = self.workers.grammar
        self.guide = GuideText(services.guideline, lambda: self.translations.language)
        self.setAcceptDrops(True)

        # ---- panes ----
        self.thread_view = ThreadView(self.guide)
        self.draft = DraftPane(
            services.platforms,
            services.count_length,
            self.guide,
            lambda: self.translations.language,
        )
        self.editor = self.draft.editor
        self.findings = FindingsPanel(self.guide)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.thread_view, self.draft, self.findings):
            pane.setContentsMargins(6, 6, 6, 6)
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)

        self.commitments = CommitmentsTab(services, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.commitments, "")
        self.info_bar = InfoBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        # ---- status bar ----
        self.lang_label, self.readability_label, self.grammar_label = QLabel(), QLabel(), QLabel()
        for label in (self.lang_label, self.readability_label, self.grammar_label):
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)

        # ---- behaviour ----
        self.live = LiveChecker(
            services,
            self.editor,
            engine_runner=self.engine_runner,
            grammar_runner=self.grammar_runner,
            thread_input=self.thread_for_check,
            platform=self.draft.platform_key,
            ui_language=lambda: self.translations.language,
            parent=self,
        )
        self.live.report_ready.connect(self._on_report)
        self.live.grammar_changed.connect(self._update_grammar_status)
        self.live.check_failed.connect(self._on_check_failed)
        self.editor.highlighter.marks_changed.connect(self._refresh_findings)
        if settings.ignored_rules:  # an older version kept ignored rules in the app's settings
            services.dismissed = merge_old_rules(services.dismissed, settings.ignored_rules)
            self._save_dismissed()
            settings.ignored_rules = []
        self.editor.highlighter.set_dismissed(services.dismissed)
        self.editor.dismiss_requested.connect(self.dismiss)
        self.findings.mark_activated.connect(self._select_mark)
        self.findings.fix_chosen.connect(self.editor.apply_fix)
        self.findings.dismiss_requested.connect(self.dismiss)
        self.findings.retry_grammar_requested.connect(self.live.retry_grammar)
        self.draft.platform_changed.connect(self._on_platform_changed)
        self.draft.copy_requested.connect(self.copy_reply)
        self.commitments.follow_up_requested.connect(self.start_follow_up)

        self._thread_revision = 0
        self._parsed_revision = -1
        self._thread_jobs = LatestOnly(self.engine_runner)
        self._thread_timer = QTimer(self)
        self._thread_timer.setSingleShot(True)
        self._thread_timer.setInterval(THREAD_DEBOUNCE_MS)
        self._thread_timer.timeout.connect(self._parse_thread)
        self.thread_view.paste.textChanged.connect(self._on_thread_changed)

        self.autosaver = Autosaver(AutosaveFile(services.data_dir), self.draft_state, self)
        for signal in (self.editor.textChanged, self.thread_view.paste.textChanged):
            signal.connect(self.autosaver.schedule)
        self.autosaver.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))

        self.copy_flow = CopyFlow(
            services, self, lambda: self.translations.language, runner=self.engine_runner
        )
        self.copy_flow.finished.connect(lambda _copied: self.draft.copy_button.setEnabled(True))
        self.files = FileActions(self)
        self.thread_view.paste.file_dropped.connect(lambda p: self.files.open_path("thread", p))
        self.editor.file_dropped.connect(lambda p: self.files.open_path("draft", p))
        self.menus = build_menus(self)
        self.setWindowTitle("Reactiewijzer")
        self.retranslate()
        self._restore_layout()

    # ---- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Schrijven"))
        self.tabs.setTabText(1, self.tr("&Toezeggingen"))
        self.tabs.setAccessibleName(self.tr("Werkruimte"))
        self.splitter.setAccessibleName(self.tr("Gesprek, reactie en bevindingen"))
        self.lang_label.setAccessibleName(self.tr("Gedetecteerde taal"))
        self.readability_label.setAccessibleName(self.tr("Leesniveau"))
        self.grammar_label.setAccessibleName(self.tr("Stand van de grammaticacontrole"))
        if getattr(self, "menus", None) is not None:
            self.menus.retranslate()
        self._on_report(self.live.report)
        self._update_grammar_status()

    # ---- live results -------------------------------------------------------------------------

    def _on_report(self, report: Report | None) -> None:
        if report is None:
            self.lang_label.setText(self.tr("Taal: —"))
            self.readability_label.setText(self.tr("Leesniveau: —"))
        else:
            self.lang_label.setText(self.tr("Taal: %1").replace("%1", language_name(report.lang)))
            r = report.readability
            if r is None:
                self.readability_label.setText(self.tr("Leesniveau: —"))
            elif r.b1:
                self.readability_label.setText(self.tr("Leesniveau: B1 ✓"))
            else:
                self.readability_label.setText(self.tr("Leesniveau: boven B1 — maak zinnen korter"))
        self._update_grammar_status()  # a draft in a language LanguageTool has yet to load
        self._refresh_findings()

    def _refresh_findings(self) -> None:
        self.findings.set_marks(
            self.editor.highlighter.visible, draft_empty=not self.editor.toPlainText().strip()
        )

    def _update_grammar_status(self) -> None:
        grammar = self.services.grammar
        english = self.translations.language == "en"
        notice = getattr(grammar, "notice_en" if english else "notice", None)
        warming = tuple(getattr(grammar, "warming_up", ()))
        text = grammar_state_text(grammar.state, grammar.version, notice, warming)
        why = self.live.grammar_error or (grammar.status_en if english else grammar.status)
        if why and (grammar.state == "off" or self.live.grammar_error):
            text += " — " + why
        self.grammar_label.setText(text)
        self.grammar_label.setToolTip(why or "")
        report = self.live.report
        if grammar.state != "ready" or self.live.grammar_error is not None:
            state = "starting" if grammar.state == "starting" else "off"
        elif getattr(grammar, "skipped", False):
            state, why = "skipped", notice  # LanguageTool skipped or cancelled the last check
        elif report is not None and not self._grammar_has(report.lang):
            state = "starting"  # this draft's language is still loading: not checked yet
        else:
            state = "ready"
        self.findings.set_grammar(state, why)

    def _grammar_has(self, lang: str) -> bool:
        """Whether LanguageTool has loaded `lang` (a first check in it takes seconds)."""
        grammar = self.services.grammar
        loaded = getattr(grammar, "loaded", None)
        return lang not in getattr(grammar, "warming_up", ()) and (loaded is None or lang in loaded)

    def goto_finding(self, *, backwards: bool = False):
        """F8 / Shift+F8: the next (previous) finding in the panel's order, its row selected,
        its words selected in the editor and its card shown."""
        mark = self.findings.step(backwards=backwards)
        if mark is not None:
            self.editor.select_mark(mark)
            self.editor.show_card(mark)
        return mark

    def _select_mark(self, mark, focus_editor: bool) -> None:
        if focus_editor:
            self.editor.select_mark(mark)
        else:
            cursor = self.editor.textCursor()
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, cursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def _on_platform_changed(self, key: str) -> None:
        self.settings.platform = key
        self.live.text_changed()
        self.autosaver.schedule()

    def _on_check_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.findings.show_problem(message)

    # ---- thread -------------------------------------------------------------------------------

    def thread_for_check(self) -> str | None:
        """What the checks get: the pasted thread's text (the checks' process reads it once per
        change and keeps it), or None."""
        if isinstance(self.services.read_thread, Unavailable):
            return None  # without thread analysis the draft is still checked on its own
        text = self.thread_view.paste.toPlainText()
        return text if text.strip() else None

    def thread_as_read(self):
        """The thread as the thread view shows it, when that reading is of the current paste."""
        if self._parsed_revision == self._thread_revision:
            return self.thread_view.thread
        return None

    def _on_thread_changed(self) -> None:
        self._thread_revision += 1
        self._thread_timer.start()
        self.live.text_changed()  # the checks read the thread too

    def _parse_thread(self) -> None:
        read = self.services.read_thread
        if isinstance(read, Unavailable):
            self.thread_view.show_unavailable(
                read.message_en if self.translations.language == "en" else read.message
            )
            return
        text = self.thread_view.paste.toPlainText()
        revision = self._thread_revision
        if not text.strip():
            self.thread_view.show_thread(None)
            return

        def done(thread) -> None:
            if revision == self._thread_revision:
                self._parsed_revision = revision
                self.thread_view.show_thread(thread)

        def failed(exc: Exception) -> None:
            if revision == self._thread_revision:
                self.statusBar().showMessage(error_text(exc, self.translations.language), 8000)

        self._thread_jobs.submit(read, text, on_result=done, on_error=failed)

    # ---- actions ------------------------------------------------------------------------------

    def draft_state(self) -> DraftState:
        return DraftState(
            thread=self.thread_view.paste.toPlainText(),
            reply=self.editor.toPlainText(),
            platform=self.draft.platform_key(),
        )

    def restore_state(self, state: DraftState) -> None:
        self.thread_view.paste.setPlainText(state.thread)
        self.draft.set_platform(state.platform)
        self.editor.setPlainText(state.reply)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def new_draft(self) -> None:
        if self.editor.toPlainText().strip() or self.thread_view.paste.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Nieuw concept"),
                self.tr("Het gesprek en de reactie leegmaken en opnieuw beginnen?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.thread_view.paste.clear()
        self.editor.clear()
        self._set_dismissed(self.services.dismissed.for_new_draft())  # "hier" was that draft
        self.editor.setFocus()

    def copy_reply(self) -> bool | None:
        """True or False when the copy ended at once; None while its last check runs in the
        checks' process (the window stays usable; `copy_flow.finished` tells the end)."""
        draft = self.editor.toPlainText()
        live = self.live
        copied = self.copy_flow.run(
            draft,
            self.thread_for_check(),
            self.draft.platform_key(),
            grammar=self.editor.highlighter.findings_for("languagetool", draft),
            report=live.report if live.report_revision == live.revision else None,
            read_as=self.thread_as_read(),
        )
        if copied is None:
            self.draft.copy_button.setEnabled(False)
        return copied

    # ---- dismissing ----------------------------------------------------------------------------

    def dismiss(self, mark, how: str) -> None:
        """Hide a finding: "here" (this occurrence in this draft), "word" (one word of a word
        list), "rule" (the whole check, after asking) or "word_list" (spelling: add the word)."""
        f = mark.finding
        lang = self.translations.language
        dismissed = self.services.dismissed
        if how == "word_list":
            self.add_word(f.match.strip())
        elif how == "here":
            live = self.editor.highlighter.live_finding(mark)
            self._set_dismissed(dismissed.with_here(live, self.editor.toPlainText()))
            self.statusBar().showMessage(self.tr("Hier genegeerd."), 4000)
        elif how == "word":
            self._set_dismissed(dismissed.with_word(f.rule, f.match))
            self.statusBar().showMessage(
                self.tr("‘%1’ wordt niet meer gemeld. Terugzetten: Extra > Instellingen.").replace(
                    "%1", f.match.strip()
                ),
                6000,
            )
        elif how == "rule":
            label = grammar_label(f, lang) if f.source == "languagetool" else None
            name = label or check_name(f.rule, lang)
            if not self._confirm_switch_off(name):
                return
            self._set_dismissed(dismissed.with_rule(f.rule, label))
            self.statusBar().showMessage(
                self.tr("‘%1’ staat uit. Terugzetten: Extra > Instellingen.").replace("%1", name),
                6000,
            )
        self.editor.setFocus()

    def _confirm_switch_off(self, name: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Controle uitzetten"))
        box.setText(self.tr("De controle ‘%1’ uitzetten?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Je ziet deze controle dan in geen enkele reactie meer. Wil je alleen deze "
                "plek overslaan, kies dan ‘Negeer hier’. Terugzetten kan via Extra > "
                "Instellingen."
            )
        )
        off = box.addButton(self.tr("Zet uit"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        chosen = box.clickedButton() is off
        box.deleteLater()
        return chosen

    def _set_dismissed(self, dismissed) -> None:
        saved = (dismissed.rules, dismissed.words) != (
            self.services.dismissed.rules,
            self.services.dismissed.words,
        )
        self.services.dismissed = dismissed
        self.editor.highlighter.set_dismissed(dismissed)
        if saved:
            self._save_dismissed()

    def _save_dismissed(self) -> None:
        save = self.services.save_dismissals
        if save is None:
            return
        try:
            save(self.services.dismissed)
        except OSError as exc:
            self.show_error_text(
                self.tr("Wat je negeert kon niet worden opgeslagen: {0}").format(
                    exc.strerror or exc
                )
            )

    def add_word(self, word: str) -> None:
        wordlist = self.services.wordlist
        if isinstance(wordlist, Unavailable):
            self.show_error_text(
                wordlist.message_en if self.translations.language == "en" else wordlist.message
            )
            return
        try:
            wordlist.add(word)
        except Error as exc:
            self.show_error(exc)
            return
        self.editor.highlighter.hide_word(word)
        self.statusBar().showMessage(
            self.tr("‘%1’ staat nu in je woordenlijst.").replace("%1", word), 5000
        )
        self.live.check_now()

    def start_follow_up(self, text: str, platform: str = "", thread: str = "") -> None:
        """A follow-up replaces the draft, and opens with the commitment's platform and thread
        (not those of the last draft)."""
        if self.editor.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Vervolgreactie"),
                self.tr(
                    "Je huidige reactie vervangen door een vervolgreactie? (Ctrl+Z zet hem terug.)"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if platform:
            self.draft.set_platform(platform)
        self.thread_view.paste.setPlainText(thread)
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.tabs.setCurrentIndex(0)
        self.editor.setFocus()

    def open_settings(self) -> None:
        from reactiewijzer.ui.settings_dialog import SettingsDialog

        wordlist = self.services.wordlist
        english = self.translations.language == "en"
        unavailable = isinstance(wordlist, Unavailable)
        dialog = SettingsDialog(
            ui_language=self.settings.ui_language,
            languagetool_url=self.settings.languagetool_url,
            allow_plain_http=self.settings.languagetool_allow_plain_http,
            dismissed=self.services.dismissed,
            words=None if unavailable else wordlist.words(),
            words_problem=(wordlist.message_en if english else wordlist.message)
            if unavailable
            else None,
            profile=self.services.profile,
            parent=self,
        )
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.apply_settings(dialog.choice())
        dialog.deleteLater()

    def apply_settings(self, choice) -> None:
        if choice.profile != self.services.profile and self.services.save_profile is not None:
            try:
                self.services.save_profile(choice.profile)
            except OSError as exc:
                self.show_error_text(
                    self.tr("Het profiel kon niet worden opgeslagen: {0}").format(exc.strerror)
                )
            else:
                self.services.profile = dict(choice.profile)
                self.live.text_changed()  # the checks read the profile (name, organisation)
        if choice.dismissed is not None:
            self._set_dismissed(choice.dismissed)
        if choice.grammar_enabled is not None and choice.grammar_enabled != (
            self.settings.grammar_enabled
        ):
            self.settings.grammar_enabled = choice.grammar_enabled
            self.live.replace_grammar(self._grammar_for(self.settings.languagetool_url))
        wordlist = self.services.wordlist
        if not isinstance(wordlist, Unavailable):
            try:
                for word in choice.words_added:
                    wordlist.add(word)
                for word in choice.words_removed:
                    wordlist.remove(word)
            except Error as exc:
                self.show_error(exc)
        if (
            choice.languagetool_url != self.settings.languagetool_url
            or choice.allow_plain_http != self.settings.languagetool_allow_plain_http
        ):
            self.settings.languagetool_url = choice.languagetool_url
            self.settings.languagetool_allow_plain_http = choice.allow_plain_http
            self.live.replace_grammar(self._grammar_for(choice.languagetool_url))
        if (
            choice.ui_language != self.settings.ui_language
            or choice.ui_language != self.translations.language
        ):
            self.settings.ui_language = choice.ui_language
            self.translations.install(choice.ui_language)
        self.live.check_now()

    def _grammar_for(self, url: str):
        if not self.settings.grammar_enabled:
            return NullGrammar(
                "Spelling en grammatica staan uit (Extra > Instellingen).",
                "Spelling and grammar are switched off (Tools > Settings).",
            )
        return self.services.make_grammar(
            url or None, allow_plain_http=self.settings.languagetool_allow_plain_http
        )

    def open_about(self) -> None:
        from reactiewijzer.ui.about import AboutDialog

        grammar = self.services.grammar
        english = self.translations.language == "en"
        lt = grammar.version or (self.tr("niet geïnstalleerd"))
        if grammar.state != "ready":
            lt += f" ({(grammar.status_en if english else grammar.status) or grammar.state})"
        dialog = AboutDialog(
            app_version=self.services.versions.get("app", ""),
            languagetool=lt,
            data_dir=str(self.services.data_dir),
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    def show_error(self, exc: Error) -> None:
        self.show_error_text(exc.message(self.translations.language))

    def show_error_text(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Reactiewijzer"), message)

    # ---- start and stop -----------------------------------------------------------------------

    def start(self, restored: DraftState | None) -> None:
        """After show(): restore the draft, start LanguageTool, remind of due commitments."""
        if restored is not None and not restored.is_empty():
            self.restore_state(restored)
            if not restored.clean_exit:
                self.info_bar.show_message(
                    self.tr(
                        "Je concept is hersteld: Reactiewijzer werd de vorige keer "
                        "onverwacht afgesloten."
                    ),
                    state="info",
                )
        else:
            self.draft.set_platform(self.settings.platform)
        self.autosaver.save_now()  # mark the session as running (clean_exit false)
        self.live.warm_up()
        if not self.settings.grammar_enabled:
            self.services.grammar = self._grammar_for("")
        self.live.start_grammar()
        self.commitments.remind(self.info_bar)
        if isinstance(self.services.read_thread, Unavailable):
            self._parse_thread()
        self.editor.setFocus()

    def _restore_layout(self) -> None:
        geometry, splitter = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.save_now(clean_exit=True)
        self.settings.save_window_state(self.saveGeometry(), self.splitter.saveState())
        self.settings.sync()
        # Drain: no check starts, queued jobs are dropped, results still under way are never
        # delivered, and the checks' process ends. LanguageTool is stopped by the app (main).
        self.live.shutdown()
        self._thread_timer.stop()
        self.workers.close()
        super().closeEvent(event)

    # ---- drag and drop onto the window ---------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event) -> None:
        self.files.drop(event)

    def shortcut(self, name: str) -> QKeySequence:
        return self.menus.by_name[name].shortcut()
