"""Draft text goes only to the JVM we started, and an organisation's server only over https.

The port race of the privacy issue, reproduced: another process reads the JVM's command line
from /proc, binds the port before the JVM does and answers like LanguageTool. The JVM here is
started through a wrapper that waits 1 s before it runs Java, so the other process wins the race
every time (without the wrapper it won 3 of 3 runs anyway; the wrapper makes it certain).
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from reactiewijzer.core.grammar.address import needs_permission
from reactiewijzer.core.grammar.checker import GrammarChecker
from reactiewijzer.core.grammar.java import find_java
from reactiewijzer.core.grammar.server import LocalServer, languagetool_dir

REPO = Path(__file__).resolve().parents[2]
SECRET = "je BSN 123456782 en je adres Kerkstraat 12 Utrecht"
DRAFT = f"Hoi Sanne, ik heb {SECRET} genoteerd. Ik heb het gisteren gezein. Groet, Tom"

# Polls /proc for a LanguageTool command line, binds its port first and poses as the server:
# it answers the health check, the list of languages and every check, and writes down every
# request it gets (one JSON line each) in the file named by argv[1]. Only command lines with
# argv[3] in them (this test's own Java wrapper), so a LanguageTool that another program on this
# machine runs at the same time is left alone.
IMPOSTOR = textwrap.dedent(
    r"""
    import http.server, json, os, sys, threading, time

    record, deadline = sys.argv[1], time.monotonic() + float(sys.argv[2])
    marker = sys.argv[3].encode()
    lock = threading.Lock()

    def note(**entry):
        with lock, open(record, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, body):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            note(method="GET", path=self.path)
            if self.path.startswith("/v2/languages"):
                self.answer([{"name": "Dutch", "code": "nl", "longCode": "nl"}])
            else:
                self.answer({"status": "ok"})

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            note(method="POST", path=self.path, body=body.decode("utf-8", "replace"))
            self.answer({"software": {"version": "6.8"}, "matches": []})

    taken = set()
    while time.monotonic() < deadline:
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    args = f.read().split(b"\0")
            except OSError:
                continue
            if b"org.languagetool.server.HTTPServer" not in args or b"--port" not in args:
                continue
            if not any(marker in a for a in args):
                continue
            port = int(args[args.index(b"--port") + 1])
            if port in taken:
                continue
            taken.add(port)
            try:
                server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
            except OSError:
                note(method="LOST", path=str(port))
                continue
            note(method="BOUND", path=str(port))
            threading.Thread(target=server.serve_forever, daemon=True).start()
        time.sleep(0.003)
    """
)


def slow_java_home(tmp: Path) -> Path:
    """A JAVA_HOME whose `java` waits a second before starting the real one."""
    real = find_java().path
    home = tmp / "slow-jdk"
    (home / "bin").mkdir(parents=True)
    java = home / "bin" / "java"
    java.write_text(
        "#!/bin/sh\n"
        f'case "$1" in -version) exec "{real}" "$@" ;; esac\n'
        "sleep 1\n"
        f'exec "{real}" "$@"\n'
    )
    java.chmod(0o755)
    return home


def start_impostor(record: Path, seconds: float, java_home: Path) -> subprocess.Popen:
    record.touch()
    args = [str(record), str(seconds), str(java_home)]
    return subprocess.Popen([sys.executable, "-c", IMPOSTOR, *args])


def received(record: Path) -> list[dict]:
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


@pytest.mark.languagetool
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")
def test_a_process_that_takes_the_port_first_gets_no_text_and_grammar_is_off(tmp_path):
    assert (languagetool_dir() / "languagetool-server.jar").is_file(), "run `make languagetool`"
    record = tmp_path / "impostor.jsonl"
    java_home = slow_java_home(tmp_path)
    impostor = start_impostor(record, seconds=60, java_home=java_home)
    try:
        time.sleep(0.5)  # let it start polling
        env = dict(os.environ, JAVA_HOME=str(java_home))
        server = LocalServer(env=env, log_file=tmp_path / "lt.log")
        checker = GrammarChecker(server=server)
        assert checker.check(DRAFT, "nl") == []
        assert checker.state == "off"
        assert "ander programma" in checker.status and "geen tekst verstuurd" in checker.status
        assert "No text was sent" in checker.status_en
    finally:
        impostor.kill()
        impostor.wait()
    got = received(record)
    bound = [e for e in got if e["method"] == "BOUND"]
    assert len(bound) == 3, f"the impostor should have won every race: {got}"
    requests = [e for e in got if e["method"] in ("GET", "POST")]
    assert requests == [], "not even a health check may go to a port our JVM does not hold"
    assert SECRET not in record.read_text(encoding="utf-8")


@pytest.mark.languagetool
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")
def test_the_command_line_tool_says_grammar_is_off_and_sends_nothing(tmp_path):
    record = tmp_path / "impostor.jsonl"
    draft = tmp_path / "reactie.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    java_home = slow_java_home(tmp_path)
    impostor = start_impostor(record, seconds=90, java_home=java_home)
    try:
        time.sleep(0.5)
        env = dict(os.environ, JAVA_HOME=str(java_home))
        env.update(REACTIEWIJZER_CACHE_DIR=str(tmp_path), REACTIEWIJZER_LANG="nl")
        out = subprocess.run(
            [sys.executable, "-m", "reactiewijzer", "check", "--format", "json", str(draft)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            cwd=REPO,
        )
    finally:
        impostor.kill()
        impostor.wait()
    report = json.loads(out.stdout)
    assert "geen tekst verstuurd" in report["grammar_status"]
    assert not any(f["rule"].startswith("LT:") for f in report["findings"])
    assert [e for e in received(record) if e["method"] in ("GET", "POST")] == []
    assert SECRET not in record.read_text(encoding="utf-8")


@pytest.mark.languagetool
def test_our_own_server_is_recognised_as_ours(tmp_path):
    server = LocalServer(log_file=tmp_path / "lt.log")
    try:
        server.start()
        assert server.owns_port()
        # Another listener on another port is not mistaken for it.
        server.port += 1
        assert not server.owns_port()
    finally:
        server.stop()
    assert not server.owns_port()


# ---- an organisation's server: https://, or plain http only on this computer ----------------


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("http://languagetool.intern.example:8081", True),
        ("HTTP://10.0.0.7:8081/", True),
        ("http://localhost.example.org", True),
        ("https://languagetool.intern.example", False),
        ("http://localhost:8081", False),
        ("http://127.0.0.5:8081", False),
        ("http://[::1]:8081", False),
    ],
)
def test_plain_http_needs_permission_unless_it_stays_on_this_computer(url, refused):
    assert needs_permission(url) is refused


class Recorder(http.server.ThreadingHTTPServer):
    """A loopback 'proxy' that answers like LanguageTool and notes every request it gets."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        super().__init__(("127.0.0.1", 0), RecorderHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


class RecorderHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _answer(self, body) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self.server.seen.append(f"GET {self.path}")
        self._answer([{"name": "Dutch", "code": "nl", "longCode": "nl"}])

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append(f"POST {self.path} {body.decode('utf-8', 'replace')}")
        self._answer({"software": {"version": "6.8"}, "matches": []})


@pytest.fixture
def recorder(monkeypatch):
    """Every http request to another machine goes to this recorder (via the proxy variables),
    so a request the app should not make is seen, and no traffic leaves this computer."""
    server = Recorder()
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, proxy)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    yield server
    server.shutdown()
    server.server_close()


URL = "http://languagetool.intern.example:8081"


def test_plain_http_to_another_machine_is_refused_with_the_reason_and_sends_nothing(recorder):
    checker = GrammarChecker(URL)
    assert checker.check(DRAFT, "nl") == []
    assert checker.state == "off"
    assert "http:// zonder versleuteling" in checker.status and "Instellingen" in checker.status
    assert "without encryption" in checker.status_en and "Settings" in checker.status_en
    assert recorder.seen == []


def test_plain_http_is_used_once_the_user_allowed_it(recorder):
    # The control for the test above: the same server, allowed, does receive the draft.
    checker = GrammarChecker(URL, allow_plain_http=True)
    checker.check(DRAFT, "nl")
    assert checker.status is None, checker.status_en
    assert any(SECRET.split()[2] in line for line in recorder.seen if line.startswith("POST"))


def test_the_app_passes_the_users_permission_to_the_checker():
    from reactiewijzer.app import make_grammar

    assert make_grammar(URL, allow_plain_http=True).allow_plain_http is True
    assert make_grammar(URL).allow_plain_http is False
