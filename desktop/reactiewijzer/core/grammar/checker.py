"""Spelling and grammar from LanguageTool, as Findings; never raises for server trouble.

`get_checker()` gives the process one shared `GrammarChecker` per server URL. Without a URL it
runs LanguageTool locally (see `server`) and talks to it over loopback only. With a
URL (an organisation's own LanguageTool server) no JVM is started and that URL is the only
other address used. Failures become `status` (one line, Dutch; `status_en` in English) and an
empty list of findings, so the guideline checks always go on.
"""

from __future__ import annotations

import atexit
import logging
import subprocess
import threading
import time
import urllib.error
import urllib.parse

from reactiewijzer.core.catalogue import text, texts
from reactiewijzer.core.errors import GrammarUnavailable
from reactiewijzer.core.grammar.address import needs_permission, plain_http_refused
from reactiewijzer.core.grammar.findings import findings_from
from reactiewijzer.core.grammar.http import (
    allow_loopback_without_proxy,
    client_class,
    http_get,
    server_answers,
    server_version,
)
from reactiewijzer.core.grammar.loads import WARM_UP, LanguageLoads
from reactiewijzer.core.grammar.server import MAX_CHECK_S, LocalServer, installed_version
from reactiewijzer.core.grammar.startup import BackgroundTraining
from reactiewijzer.core.grammar.words import AcceptedWords
from reactiewijzer.core.model import Finding

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = MAX_CHECK_S  # the most one request may take (a cold language loads for long)
# A warm check of a reply takes ~25 ms. After this long without an answer, the local server is
# asked whether it is alive (its health check answers in milliseconds, also while it works on a
# check); slow is fine (the check goes on and the status says so), hung is not: two unanswered
# health checks in a row and it is restarted once, the second time it is reported off.
CHECK_TIMEOUT_S = 3.0
HEALTH_TIMEOUT_S = 2.5
HEALTH_INTERVAL_S = 0.5
REMOTE_RETRY_S = 30.0  # after an organisation server failed, wait this long before trying again
# LanguageTool's codes; English defaults to the UK variant, which suits GOV.UK-style English.
DEFAULT_VARIANTS = {"nl": "nl", "en": "en-GB"}
MAX_TEXT_CHARS = 50_000  # the server refuses more than 100,000; a reply is far shorter


class _Hung(Exception):
    """The local server took the request but does not answer, not even its health check."""


class GrammarChecker:
    """LanguageTool findings for a draft. `start()` may block; `check()` never raises."""

    def __init__(
        self,
        server_url: str | None = None,
        *,
        server: LocalServer | None = None,
        words: AcceptedWords | None = None,
        variants: dict[str, str] | None = None,
        warm_up: bool = True,
        allow_plain_http: bool = False,
        make_archive: bool = False,
    ) -> None:
        self.server_url = server_url.rstrip("/") if server_url else None
        # http:// to another machine only when the user allowed it in Settings (`address`).
        self.allow_plain_http = allow_plain_http
        self._server = None if self.server_url else (server or LocalServer())
        self._words = words
        self.variants = dict(DEFAULT_VARIANTS, **(variants or {}))
        self.warm_up = warm_up
        self.state = "starting"  # "starting" | "ready" | "off"
        self._error: GrammarUnavailable | None = None
        self._clients: dict[str, object] = {}
        self._version: str | None = None
        self._restarts = 0
        self._remote_failed_at: float | None = None
        self._lock = threading.RLock()
        self._closing = False
        self._shut = False  # shutdown(): the app quits; never start LanguageTool again
        self._notice: GrammarUnavailable | None = None  # trouble short of "off"
        # The last check got no answer (too slow, cancelled, a restart): that draft's spelling
        # was not checked, even though LanguageTool is ready; `notice` says why.
        self.skipped = False
        self._loads = LanguageLoads()  # Dutch at start, English with the first English check
        # A missing start-up archive (`startup`) is made in the background.
        self._training = BackgroundTraining() if make_archive else None

    # ---- state the UI shows ----------------------------------------------------------------

    @property
    def status(self) -> str | None:
        return self._status("nl")

    @property
    def status_en(self) -> str | None:
        return self._status("en")

    def _status(self, lang: str) -> str | None:
        if self.state == "ready":
            return None
        if self._error is not None:
            return self._error.message(lang)
        if self._notice is not None:
            return self._notice.message(lang)
        return text("grammar.starting", lang)

    @property
    def warming_up(self) -> tuple[str, ...]:
        """The languages ("nl", "en") LanguageTool is loading now: their first check waits
        for it, seconds. Empty once each language asked for has been loaded."""
        return self._loads.loading if self.state == "ready" else ()

    @property
    def loaded(self) -> tuple[str, ...] | None:
        """The languages ("nl", "en") the local server has loaded: a draft in another is not
        checked until its language is. None: not known (an organisation's server)."""
        return self._loads.loaded if self._server is not None else None

    @property
    def notice(self) -> str | None:
        """Trouble short of "off", for the status bar: LanguageTool hung and is being
        restarted, or was too slow for the last text. None when all is well."""
        return self._notice.message("nl") if self._notice else None

    @property
    def notice_en(self) -> str | None:
        return self._notice.message("en") if self._notice else None

    @property
    def version(self) -> str | None:
        """LanguageTool's version (for the About dialog); None until known."""
        if self._version is None and self._server is not None:
            return installed_version(self._server.lt_dir)
        return self._version

    @property
    def words(self) -> AcceptedWords:
        if self._words is None:
            self._words = AcceptedWords()
        return self._words

    @property
    def server_pid(self) -> int | None:
        """The local JVM's process id (diagnostics, tests, bench)."""
        return self._server.pid if self._server else None

    @property
    def log_file(self):
        """The local server's log (diagnostics); None for an organisation's server."""
        return self._server.log_file if self._server else None

    @property
    def base_url(self) -> str | None:
        if self.server_url:
            return self.server_url
        return self._server.url if self._server and self._server.port else None

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the local server (or reach the organisation's); blocks until ready or off."""
        if self._shut:
            return
        with self._lock:
            if self.state == "ready" and self._reachable():
                return
            self._restarts = 0  # an explicit start (e.g. "try again") earns a fresh restart
            self._start_locked()

    def start_soon(self) -> None:
        """Start in the background now, before the window is up; a `start()` meanwhile waits
        for this one instead of starting a second server."""
        if self.state == "starting" and not self._shut:
            threading.Thread(target=self.start, name="languagetool-start", daemon=True).start()

    def _reachable(self) -> bool:
        return self.server_url is not None or (self._server is not None and self._server.alive)

    def _start_locked(self) -> None:
        self._clients.clear()
        if self._shut:
            return
        self.state = "starting"
        self._loads.reset()
        try:
            if self._server is not None:
                self._server.start()
                if self.warm_up:
                    self._start_warm_up(self._server)
            else:
                if not self.allow_plain_http and needs_permission(self.server_url):
                    raise plain_http_refused(self.server_url)  # before any request is made
                if not server_answers(self.server_url, timeout=10.0):
                    raise GrammarUnavailable(
                        *texts("grammar.server_does_not_answer", url=self.server_url)
                    )
        except GrammarUnavailable as exc:
            self._go_off(exc)
            return
        except (OSError, subprocess.SubprocessError) as exc:  # e.g. the cache folder is read-only
            self._go_off(GrammarUnavailable(*texts("grammar.could_not_start", why=exc)))
            return
        if self._shut:
            return
        self._error = None
        self._notice = None
        self._remote_failed_at = None
        self.state = "ready"
        if self.server_url and self._version is None:
            threading.Thread(
                target=self._ask_version, name="languagetool-version", daemon=True
            ).start()

    def _ask_version(self) -> None:
        # A check answer carries the version; the server may need a while for its first one.
        self._version = server_version(self.server_url, timeout=REQUEST_TIMEOUT_S) or self._version

    def _start_warm_up(self, server: LocalServer) -> None:
        # In the background, so the app is usable while LanguageTool loads Dutch (seconds). A
        # check in Dutch waits for this warm-up rather than building a second pipeline cold in
        # parallel (on two cores both then took > 20 s); a check in English does not wait.
        def ask(code: str, text: str) -> str | None:
            if not server.alive or self._closing:
                return None
            self._version = server.warm_up({code: text}) or self._version
            return self._version

        training = self._training
        texts = {self.variants[lang]: text for lang, text in WARM_UP.items()}
        self._loads.warm_up(
            texts, ask, then=lambda: training.after_warm_up(server) if training else None
        )

    def wait_until_warm(self, timeout: float = MAX_CHECK_S) -> bool:
        """Wait for the background warm-up (Dutch); False if it is still running."""
        return self._loads.wait(timeout)

    def _go_off(self, exc: GrammarUnavailable) -> None:
        log.info("LanguageTool off: %s", exc.message_en)
        self._error = exc
        self.state = "off"
        if self.server_url:
            self._remote_failed_at = time.monotonic()

    def shutdown(self, timeout: float = 1.0) -> None:
        """The app quits: end the JVM within about `timeout` s, even while a check, a start or
        the warm-up runs, and never start one again (a check that fails because of this
        returns no findings instead of restarting the server). Safe to call twice."""
        self._shut = True
        self._closing = True
        training = self._training.stop(timeout) if self._training is not None else None
        if self._server is not None:
            self._server.shutdown(timeout)
        if training is not None:
            training.join(timeout + 0.5)
        self._clients.clear()
        self.state = "off"
        self._error = GrammarUnavailable(*texts("grammar.quitting_stopped"))
        with _checkers_lock:
            for key, checker in list(_checkers.items()):
                if checker is self:
                    del _checkers[key]

    def close(self) -> None:
        # Stop the JVM even while a check or the warm-up holds the lock (at exit we must not
        # wait for it): the request in flight then fails and that check returns no findings.
        self._closing = True
        training = self._training.stop(1.0) if self._training is not None else None
        locked = self._lock.acquire(timeout=1.0)
        try:
            self._clients.clear()
            if self._server is not None:
                self._server.stop()
            if self.state == "ready":
                self.state = "starting"  # a later check starts it again
        finally:
            self._closing = False
            if locked:
                self._lock.release()
            if training is not None:
                training.join(1.5)

    # ---- checking --------------------------------------------------------------------------

    def check(self, text: str, lang: str) -> list[Finding]:
        """LanguageTool's findings for `text` in `lang` ("nl", "en" or a code like "en-US")."""
        if not text.strip():
            return []
        if self._shut:
            return []
        if len(text) > MAX_TEXT_CHARS:
            log.warning(
                "text of %d characters: only the first %d checked", len(text), MAX_TEXT_CHARS
            )
            text = text[:MAX_TEXT_CHARS]
        with self._lock:
            if self._shut or not self._ensure_ready():
                return []
            try:
                matches = self._query(text, lang)
            except Exception as exc:  # the client raises several kinds; all mean "no answer"
                log.info("LanguageTool check failed: %s", exc)
                matches = self._recover(text, lang, exc)
            self.skipped = matches is None
            if matches is None:
                return []
        return findings_from(text, matches, self.words)

    def _ensure_ready(self) -> bool:
        if self.state == "ready":
            if self._reachable():
                return True
            return self._restart_once()
        if self.state == "off":
            # Local: stays off until start() is called again (the user fixed Java, say).
            # An organisation's server may come back by itself: try again after a pause.
            if self.server_url and self._retry_remote_due():
                self._start_locked()
            return self.state == "ready"
        self._start_locked()  # "starting": lazily, on the first check
        return self.state == "ready"

    def _retry_remote_due(self) -> bool:
        failed = self._remote_failed_at
        return failed is None or time.monotonic() - failed >= REMOTE_RETRY_S

    def _restart_once(self, *, hung: bool = False) -> bool:
        """The local JVM died or hung: start it again once; the second time, report it
        unavailable."""
        if self._shut:
            return False
        log_file = self._server.log_file
        if self._restarts >= 1:
            self._server.stop(timeout=1.0)
            if hung:
                off = GrammarUnavailable(*texts("grammar.hung_again", log=log_file))
            else:
                off = GrammarUnavailable(*texts("grammar.stopped_again", log=log_file))
            self._go_off(off)
            return False
        self._restarts += 1
        if hung:
            log.info("LanguageTool does not respond; restarting it once")
            self._notice = GrammarUnavailable(*texts("grammar.restarting"))
            self.state = "starting"
            self._server.stop(timeout=1.0)  # a hung JVM gets no five seconds to think it over
        else:
            log.info("LanguageTool stopped; restarting it once")
        self._start_locked()
        return self.state == "ready"

    def _recover(self, text: str, lang: str, exc: Exception) -> list | None:
        if self._shut:
            return None  # quitting: the server was stopped on purpose
        if self._server is not None:
            hung = isinstance(exc, _Hung)
            if isinstance(exc, TimeoutError):  # alive but took over a minute: skip this one
                self._notice = GrammarUnavailable(*texts("grammar.too_slow_for_text"))
                return None
            # A JVM killed a moment ago may not be reaped yet: give it a moment to show as gone.
            if hung or self._server.wait_exit(2.0):
                if self._restart_once(hung=hung):
                    try:
                        return self._query(text, lang)
                    except Exception as again:
                        log.info("LanguageTool check failed after restart: %s", again)
                        if isinstance(again, _Hung):
                            self._restart_once(hung=True)  # the second time: off
                return None
        if self.server_url:
            self._go_off(
                GrammarUnavailable(*texts("grammar.server_did_not_answer", url=self.server_url))
            )
        else:  # a live local server answered with an error (it cancelled a check, say)
            self._notice = GrammarUnavailable(*texts("grammar.error_for_text"))
        return None  # no findings this time, and the notice says so until a check succeeds

    def _query(self, text: str, lang: str) -> list:
        code = self.variants.get(lang, lang)
        if self._server is None:
            return self._client(code).raw_matches(text)
        allow_loopback_without_proxy()  # cheap; the environment may have changed since
        warming = self._loads.warming(code)
        if warming is not None:
            self._watch(warming, REQUEST_TIMEOUT_S)  # then ask anyway, as before warm-ups
        with self._loads.checking(code):  # the first check in a language loads it
            return self._ask(text, code)

    def _ask(self, text: str, code: str) -> list:
        # The request runs in a thread of its own, so that this one can watch the server while
        # it works: a slow answer is waited for, a hung server is noticed within seconds. Making
        # the client asks the server too (for its languages), so that happens there as well.
        answer: dict[str, object] = {}
        done = threading.Event()

        def request() -> None:
            try:
                client = self._client(code)
                client._TIMEOUT = REQUEST_TIMEOUT_S
                answer["raw"] = client.raw_matches(text)
            except BaseException as exc:  # handed to the caller below
                answer["error"] = exc
            finally:
                done.set()

        threading.Thread(target=request, name="languagetool-request", daemon=True).start()
        if not self._watch(done, REQUEST_TIMEOUT_S + 5):  # the request times out before this
            raise TimeoutError("LanguageTool took too long")
        self._notice = None
        if "error" in answer:
            raise answer["error"]  # type: ignore[misc]
        return answer["raw"]  # type: ignore[return-value]

    def _watch(self, done: threading.Event, limit: float) -> bool:
        """Wait up to `limit` s for `done` (a check, or the warm-up of its language) while the
        server stays alive; False when the time is up, _Hung when it stops answering even its
        health check."""
        deadline = time.monotonic() + limit
        unanswered = 0
        wait = CHECK_TIMEOUT_S
        while not done.wait(wait):
            if self._shut:
                raise GrammarUnavailable("quitting")
            if time.monotonic() > deadline:
                return False
            if self._healthy():
                unanswered = 0
                if not self._loads.loading:  # loading a language is slow; `warming_up` says so
                    self._notice = GrammarUnavailable(*texts("grammar.slow"))
            else:
                unanswered += 1
                self._notice = GrammarUnavailable(*texts("grammar.not_responding"))
                if unanswered >= 2:
                    raise _Hung()
            wait = HEALTH_INTERVAL_S
        return True

    def _healthy(self) -> bool:
        if self._server is None or not self._server.alive:
            return False
        try:
            status, _ = http_get(f"{self._server.url}/v2/healthcheck", timeout=HEALTH_TIMEOUT_S)
        except (OSError, urllib.error.URLError):
            return False
        return status == 200

    def _client(self, code: str):
        client = self._clients.get(code)
        if client is None:
            client = client_class()(code, remote_server=self.base_url)
            self._clients[code] = client
        return client


# ---- one shared checker per server URL -------------------------------------------------------

_checkers: dict[str | tuple[str, bool] | None, GrammarChecker] = {}
_checkers_lock = threading.Lock()


def get_checker(server_url: str | None = None, *, allow_plain_http: bool = False) -> GrammarChecker:
    """The process's checker for `server_url` (None: the local server), created lazily."""
    url = server_url.rstrip("/") if server_url else None
    key = (url, allow_plain_http) if url and allow_plain_http else url
    with _checkers_lock:
        checker = _checkers.get(key)
        if checker is None:
            if not _checkers:
                atexit.register(close_all)
            checker = _checkers[key] = GrammarChecker(
                url, allow_plain_http=allow_plain_http, make_archive=True
            )
        return checker


def close_all() -> None:
    """Stop every local LanguageTool server this process started (runs at exit)."""
    with _checkers_lock:
        checkers = list(_checkers.values())
        _checkers.clear()
    for checker in checkers:
        try:
            checker.shutdown()
        except Exception:  # at exit, one stubborn checker must not keep the others running
            log.exception("closing a LanguageTool checker failed")
