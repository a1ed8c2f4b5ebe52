"""Closing the window at any moment: no traceback, no late result into a closed window, no
LanguageTool restarted behind the user's back, and the real app's process gone within 2 s.

In-process: the real window, a guideline check in its worker process and a grammar check on the
real LanguageTool, closed at once, 50 times. In a subprocess: the real app, quit by SIGTERM or
Ctrl+C while LanguageTool starts, while it checks, and while it hangs (SIGSTOP).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from reactiewijzer.ui.live_check import run_grammar_check

pytestmark = [pytest.mark.languagetool, pytest.mark.slow]

DRAFT = (
    "Hoi Anna 👋, de werkzaamheeden aan de brug duren tot eind mei. Ik laat je vrijdag weten "
    "hoe het zit met de omleiding. Groet, Tom\n"
)
CLOSES = 50
# Quitting never waits for a check: a hung LanguageTool would keep it forever, a long check
# tens of seconds. The bound leaves room for a busy machine (closing alone takes ~0.3 s quiet).
EXIT_WITHIN_S = 5.0


def test_closing_at_once_while_a_check_and_a_grammar_job_run_50_times(qtbot, make_window, capfd):
    first = make_window(grammar=True, synchronous=False)
    grammar = first.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=90000)
    assert grammar.state == "ready", grammar.status
    jvm = grammar.server_pid
    first.close()

    slowest = 0.0
    for _ in range(CLOSES):
        window = make_window(grammar=True, synchronous=False)
        assert window.services.grammar is grammar  # one LanguageTool for the process
        window.editor.setPlainText(DRAFT)
        window.live.check_now()  # the guideline checks, in the checks' process
        window.grammar_runner.run_in_pool(run_grammar_check, grammar, DRAFT, "nl")
        started = time.monotonic()
        window.close()
        slowest = max(slowest, time.monotonic() - started)
        assert window.workers.engine.closed and window.workers.grammar.closed
        qtbot.wait(10)
    qtbot.wait(1500)  # late results (the grammar checks above) arrive at closed gates

    assert slowest < EXIT_WITHIN_S, f"closing the window took {slowest:.2f} s"
    assert grammar.server_pid == jvm, "LanguageTool was restarted"
    assert grammar.state == "ready"
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert "Signal source has been deleted" not in err


def test_quitting_during_a_grammar_check_never_restarts_languagetool(qtbot, make_window):
    """What main() does after the window closed: the check in flight fails because the JVM
    was stopped on purpose, and must not start a new one."""
    window = make_window(grammar=True, synchronous=False)
    grammar = window.services.grammar
    qtbot.waitUntil(lambda: grammar.state != "starting", timeout=90000)
    assert grammar.state == "ready", grammar.status
    jvm = grammar.server_pid
    long_text = DRAFT * 150  # a few seconds of LanguageTool's work
    window.grammar_runner.run_in_pool(run_grammar_check, grammar, long_text, "nl")
    qtbot.wait(300)
    window.close()
    started = time.monotonic()
    grammar.shutdown()
    assert time.monotonic() - started < EXIT_WITHIN_S
    assert not psutil.pid_exists(jvm) or psutil.Process(jvm).status() == psutil.STATUS_ZOMBIE
    time.sleep(3)  # the failed check has long returned by now
    assert grammar.server_pid is None
    assert grammar.check("Dit is een tekst.", "nl") == []
    assert not _jvms_started_by(os.getpid())


# ---- the real app in its own process --------------------------------------------------------


def _jvms_started_by(pid: int) -> list[int]:
    """LanguageTool JVMs whose command line names this process's cache folder or that are
    children of `pid` (the JVM runs in a session of its own, so look by command line too)."""
    found = []
    for proc in psutil.process_iter(["pid", "cmdline", "ppid"]):
        cmdline = " ".join(proc.info["cmdline"] or ())
        if "org.languagetool.server.HTTPServer" in cmdline and proc.info["ppid"] == pid:
            found.append(proc.info["pid"])
    return found


def _jvms_with(marker: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or ())
        if "org.languagetool.server.HTTPServer" in cmdline and marker in cmdline:
            with_status = proc
            try:
                if with_status.status() != psutil.STATUS_ZOMBIE:
                    found.append(proc)
            except psutil.NoSuchProcess:
                pass
    return found


class App:
    """The real app (reactiewijzer.app.main) on offscreen Qt, with its own folders."""

    def __init__(self, tmp: Path, draft: str = DRAFT, *, grammar: bool = True) -> None:
        self.cache = tmp / "cache"
        self.data = tmp / "data"
        source = tmp / "concept.txt"
        source.write_text(draft, encoding="utf-8")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            REACTIEWIJZER_CACHE_DIR=str(self.cache),
            REACTIEWIJZER_DATA_DIR=str(self.data),
        )
        command = [
            sys.executable,
            "-c",
            "import sys; from reactiewijzer.app import main; sys.exit(main())",
            "--data-dir",
            str(self.data),
            "--settings",
            str(tmp / "settings.ini"),
            "--report-ready",
            *([] if grammar else ["--no-grammar"]),
            str(source),
        ]
        self.process = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, as in a terminal of its own
        )
        assert self.process.stdout.readline().strip() == "ready", self._stderr()

    def _stderr(self) -> str:
        self.process.kill()
        return self.process.communicate(timeout=10)[1]

    def jvms(self) -> list[psutil.Process]:
        return _jvms_with(str(self.cache))

    def wait_for_jvm_ready(self, timeout: float = 240) -> psutil.Process:
        """LanguageTool answered its first check (the warm-up) in this app."""
        log = self.cache / "languagetool.log"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
            if "Check done" in text and self.jvms():
                return self.jvms()[0]
            assert self.process.poll() is None, self._stderr()
            time.sleep(0.1)
        # Not left running after the test: the app, its checks' process and (through its
        # watchdog) the JVM go with the process group.
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.communicate(timeout=10)
        raise AssertionError(f"LanguageTool did not become ready:\n{text[-2000:]}")

    def quit(self, sig: int) -> tuple[float, str]:
        """Send `sig`; seconds until the process was gone, and what it wrote to stderr. Ctrl+C
        in a terminal goes to the whole process group (the checks' process too)."""
        started = time.monotonic()
        if sig == signal.SIGINT:
            os.killpg(self.process.pid, sig)
        else:
            self.process.send_signal(sig)
        try:
            _out, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate(timeout=10)
        return time.monotonic() - started, err


def _assert_quit_cleanly(app: App, sig: int) -> None:
    seconds, err = app.quit(sig)
    print(f"quit by {signal.Signals(sig).name} in {seconds:.2f} s")  # shown with -s
    assert app.process.returncode == 0, (app.process.returncode, err[-3000:])
    assert "Traceback" not in err, err[-3000:]
    assert seconds < EXIT_WITHIN_S, f"the app took {seconds:.2f} s to quit"
    deadline = time.monotonic() + 2
    while app.jvms() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not app.jvms(), "LanguageTool outlived the app"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_the_app_quits_at_once_while_languagetool_starts(tmp_path, sig):
    app = App(tmp_path)
    time.sleep(0.5)  # the JVM is starting, the first guideline check is running
    _assert_quit_cleanly(app, sig)


def test_the_app_quits_at_once_during_a_grammar_check(tmp_path):
    app = App(tmp_path, draft=DRAFT * 150)  # its grammar check keeps LanguageTool busy
    app.wait_for_jvm_ready()
    time.sleep(0.3)
    _assert_quit_cleanly(app, signal.SIGTERM)


def test_the_app_quits_at_once_in_the_middle_of_a_long_check(tmp_path):
    # 45,000 characters: the checks' process works on it for a while (the live check's cap is
    # 50,000); quitting does not wait for it.
    long_draft = (DRAFT * 400)[:45_000]
    app = App(tmp_path, draft=long_draft, grammar=False)
    time.sleep(1.0)
    _assert_quit_cleanly(app, signal.SIGINT)


def test_the_app_quits_at_once_with_languagetool_hung(tmp_path):
    app = App(tmp_path)
    jvm = app.wait_for_jvm_ready()
    jvm.suspend()  # SIGSTOP: the server takes connections but never answers
    try:
        time.sleep(0.5)
        _assert_quit_cleanly(app, signal.SIGINT)
    finally:
        for proc in app.jvms():
            proc.kill()
