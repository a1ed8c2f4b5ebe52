"""The local LanguageTool server process: find Java, start on loopback, watch, stop.

The server listens on 127.0.0.1 only (never `--public`), on a port the OS hands out. The port
is on the JVM's command line, which any local user can read, so another program may bind it
first and pose as LanguageTool: no request (not even the health check) goes to the port until
the listening socket is seen to belong to the JVM we started (`owns_port`). Its output goes to a
log file in the user's cache folder. A tiny `sh` watchdog ends the JVM's process group
when this Python process goes away without cleaning up (SIGKILL, crash), so no JVM stays behind.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from reactiewijzer.core.errors import GrammarUnavailable
from reactiewijzer.core.java_runtime import Java, find_java

log = logging.getLogger(__name__)

HEAP_MB = 512  # measured: bench/languagetool.py; keeps RSS under 700 MB
READY_TIMEOUT_S = 60.0  # generous for slow CI machines; the bench shows the real figure
SHUTDOWN_GRACE_S = 1.0  # at quit, the JVM gets this long to leave after SIGTERM, then SIGKILL
MAX_LOG_BYTES = 2_000_000

# Why each flag: a small, single-user server on a 2-core laptop.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseSerialGC",  # one user, small heap: the serial collector uses the least memory
    "-XX:+ExitOnOutOfMemoryError",  # a broken JVM must die so the checker can restart it
    "-Xss1m",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djava.net.preferIPv4Stack=true",  # "localhost" must mean 127.0.0.1, not ::1
)

# The longest one check may run, on the server and for the client waiting for it. The first check
# of a language loads its rules and dictionaries: 18.6 s on a quiet 2-core machine, over 20 s on
# a loaded one (a 20 s limit cancelled every first Dutch check there, and spelling went unchecked).
MAX_CHECK_S = 60

# Server settings, written to the cache folder at start. Without pipeline caching LanguageTool
# builds the Dutch rule pipeline anew for every request (~200 ms even for one word); with it a
# warm 280-character check takes ~25 ms.
SERVER_PROPERTIES = {
    "pipelineCaching": "true",
    "maxPipelinePoolSize": "4",
    "pipelineExpireTimeInSeconds": "86400",
    "maxTextLength": "100000",
    # Another program on this computer can reach the server too: a flood of requests is
    # refused once a few wait, and no check runs longer than the client would wait for it (the
    # JVM stays within its heap instead of running out of memory). The app sends one at a time.
    "maxWorkQueueSize": "8",
    "maxCheckTimeMillis": str(MAX_CHECK_S * 1000),
}

_LOOPBACK = ("127.0.0.1", "localhost")

# The JVM yields the processor to the window: while LanguageTool works through a check, its
# threads (JIT compiler, collector) otherwise take both cores of a laptop and the typing
# stutters (bench/ui.py). All its threads inherit the lower priority from the start.
_NICE = shutil.which("nice") if os.name == "posix" else None
_LOWER_PRIORITY: tuple[str, ...] = (_NICE, "-n", "10") if _NICE else ()

# Ends the JVM's process group when stdin closes without "stop": the parent died unclean.
_WATCHDOG_SH = (
    'IFS= read -r line; if [ "$line" != stop ]; then '
    'kill -TERM "-$1" 2>/dev/null; sleep 5; kill -KILL "-$1" 2>/dev/null; fi'
)  # no "--": dash's kill takes "-PGID" after the signal but rejects "--"


def _off(reason_nl: str, reason_en: str) -> GrammarUnavailable:
    return GrammarUnavailable(
        f"Grammaticacontrole staat uit: {reason_nl}", f"Grammar checks are off: {reason_en}"
    )


# ---- where things are -------------------------------------------------------------------------


def languagetool_dir() -> Path:
    """The jars: REACTIEWIJZER_LANGUAGETOOL_DIR (the bundle sets it) or .cache/languagetool."""
    override = os.environ.get("REACTIEWIJZER_LANGUAGETOOL_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / ".cache" / "languagetool"


def log_path() -> Path:
    """The server's log, for diagnostics: <user cache dir>/languagetool.log."""
    override = os.environ.get("REACTIEWIJZER_CACHE_DIR")
    if override:
        return Path(override) / "languagetool.log"
    import platformdirs

    return Path(platformdirs.user_cache_dir("Reactiewijzer", appauthor=False)) / "languagetool.log"


def installed_version(lt_dir: Path) -> str | None:
    """The LanguageTool version the set-up (fetch.py) wrote beside the jars."""
    try:
        return (lt_dir / "VERSION").read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def allow_loopback_without_proxy() -> None:
    """Make sure an HTTP(S)_PROXY setting can never intercept traffic to the local server."""
    for name in ("NO_PROXY", "no_proxy"):
        present = [p.strip() for p in os.environ.get(name, "").split(",") if p.strip()]
        missing = [h for h in _LOOPBACK if h not in present]
        if missing:
            os.environ[name] = ",".join(present + missing)


# ---- the server ---------------------------------------------------------------------------------


def free_loopback_port() -> int:
    """A port nobody listens on right now: ask the OS by binding 127.0.0.1:0."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float) -> tuple[int, bytes]:
    """GET without any proxy (loopback only)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as response:
        return response.status, response.read()


class LocalServer:
    """One LanguageTool HTTP server process on 127.0.0.1."""

    def __init__(
        self,
        lt_dir: Path | None = None,
        *,
        env: Mapping[str, str] | None = None,
        heap_mb: int = HEAP_MB,
        ready_timeout: float = READY_TIMEOUT_S,
        log_file: Path | None = None,
        jvm_flags: tuple[str, ...] = JVM_FLAGS,
    ) -> None:
        self.jvm_flags = tuple(jvm_flags)
        self.lt_dir = lt_dir or languagetool_dir()
        self.env = dict(os.environ if env is None else env)
        self.heap_mb = heap_mb
        self.ready_timeout = ready_timeout
        self.log_file = log_file or log_path()
        self.port: int | None = None
        self.java: Java | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._watchdog: subprocess.Popen[bytes] | None = None
        # Starting a JVM and shutting down exclude each other: a start that began before the
        # shutdown must not leave a JVM behind it, and none may begin after.
        self._spawn_lock = threading.Lock()
        self.shutting_down = False
        self._log_offset = 0  # where the current start's output begins in the log

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def wait_exit(self, timeout: float) -> bool:
        """True once the JVM has ended (waiting up to `timeout` s), False while it still runs."""
        if self._proc is None:
            return True
        try:
            self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def owns_port(self) -> bool:
        """Whether the JVM we started is the one listening on 127.0.0.1:port.

        On Linux a second listener on the same address and port needs SO_REUSEPORT from the same
        user on both sockets (Java's server socket sets none), so while our JVM listens there,
        every connection to it reaches our JVM. Fails closed: unreadable means not ours."""
        if self._proc is None or self.port is None or self._proc.poll() is not None:
            return False
        try:
            import psutil

            conns = psutil.Process(self._proc.pid).net_connections(kind="tcp4")
        except Exception:  # psutil.Error (gone, access denied) or missing: not provably ours
            log.info("could not read the sockets of the JVM", exc_info=True)
            return False
        return any(
            c.status == psutil.CONN_LISTEN and c.laddr == ("127.0.0.1", self.port) for c in conns
        )

    def command(self, port: int) -> list[str]:
        assert self.java is not None
        return [
            *_LOWER_PRIORITY,
            self.java.path,
            f"-Xmx{self.heap_mb}m",
            *self.jvm_flags,
            "-cp",
            str(self.lt_dir / "languagetool-server.jar"),
            "org.languagetool.server.HTTPServer",
            "--port",
            str(port),
            "--config",
            str(self.config_file),
        ]  # no --public: the server then accepts connections from this computer only

    @property
    def config_file(self) -> Path:
        return self.log_file.with_name("languagetool-server.properties")

    def _write_config(self) -> None:
        lines = [f"{key}={value}\n" for key, value in SERVER_PROPERTIES.items()]
        self.config_file.write_text("".join(lines), encoding="utf-8")

    def start(self) -> None:
        """Start and wait until /v2/healthcheck answers. Raises GrammarUnavailable."""
        self.stop()
        self._refuse_when_shutting_down()
        if not (self.lt_dir / "languagetool-server.jar").is_file():
            raise _off(
                f"LanguageTool is niet geïnstalleerd ({self.lt_dir} ontbreekt). "
                "Voer 'make languagetool' uit.",
                f"LanguageTool is not installed ({self.lt_dir} is missing). "
                "Run 'make languagetool'.",
            )
        self.java = find_java(self.env)
        allow_loopback_without_proxy()
        taken = False
        for _attempt in range(3):  # another program may take the port between bind and start
            if self._start_once(free_loopback_port()):
                return
            taken = self._port_taken()
            self.stop()  # this attempt's JVM and watchdog, before the next one starts
            self._refuse_when_shutting_down()
            if not taken:
                break
        self.stop()
        if taken:
            raise _off(
                "een ander programma op deze computer nam steeds de poort van LanguageTool in. "
                "Uit voorzorg is er geen tekst verstuurd. Start Reactiewijzer opnieuw; blijft dit "
                f"gebeuren, vraag dan je beheerder om hulp (details: {self.log_file}).",
                "another program on this computer kept taking LanguageTool's port. No text was "
                "sent, as a precaution. Restart Reactiewijzer; if this keeps happening, ask your "
                f"administrator for help (details: {self.log_file}).",
            )
        raise _off(
            f"LanguageTool startte niet (details: {self.log_file}).",
            f"LanguageTool did not start (details: {self.log_file}).",
        )

    def _start_once(self, port: int) -> bool:
        self.port = port
        self._open_log()
        self._write_config()
        cmd = self.command(port)
        with self._spawn_lock, self.log_file.open("ab") as log:
            if self.shutting_down:
                return False
            log.write(f"=== {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd)}\n".encode())
            log.flush()
            self._log_offset = log.tell()
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.lt_dir,
                env=self.env,
                start_new_session=True,  # own process group: stop() ends the JVM and its children
            )
            self._start_watchdog()
        deadline = time.monotonic() + self.ready_timeout
        polls = 0
        while time.monotonic() < deadline:
            if not self.alive or self.shutting_down:
                return False
            polls += 1
            if polls % 5 == 0 and self._port_taken():
                # The JVM stays up without its server (its worker threads keep it alive):
                # waiting for it to answer would take the whole ready_timeout.
                self.stop(timeout=1.0)
                return False
            if self.owns_port():  # never ask a listener that is not our JVM
                try:
                    status, _ = http_get(f"{self.url}/v2/healthcheck", timeout=2.0)
                    if status == 200:
                        return True
                except (OSError, urllib.error.URLError):
                    pass
            time.sleep(0.1)
        return False

    def _open_log(self) -> None:
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            if self.log_file.stat().st_size > MAX_LOG_BYTES:
                os.replace(self.log_file, self.log_file.with_suffix(".log.1"))
        except FileNotFoundError:
            pass

    def _port_taken(self) -> bool:
        """Whether this start's own log says another program took the port first."""
        try:
            with self.log_file.open("rb") as log:
                log.seek(self._log_offset)
                text = log.read(200_000).decode("utf-8", "replace")
        except OSError:
            return False
        return "Address already in use" in text or "could not be started on host" in text

    def _start_watchdog(self) -> None:
        if os.name != "posix" or self._proc is None or shutil.which("sh") is None:
            return
        self._watchdog = subprocess.Popen(
            ["sh", "-c", _WATCHDOG_SH, "watchdog", str(self._proc.pid)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C in the terminal must not end the watchdog first
        )

    def _refuse_when_shutting_down(self) -> None:
        if self.shutting_down:
            raise _off("Reactiewijzer wordt afgesloten.", "Reactiewijzer is quitting.")

    def shutdown(self, timeout: float = SHUTDOWN_GRACE_S) -> None:
        """Stop for good: end the JVM now and never start another (the app is quitting).
        Returns within about `timeout` + 0.1 s, also when the JVM hangs or was stopped."""
        self.shutting_down = True
        with self._spawn_lock:
            self.stop(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """End the JVM (its whole process group) and the watchdog. Safe to call twice."""
        proc, self._proc = self._proc, None
        if proc is not None:
            _end_group(proc, timeout)
        dog, self._watchdog = self._watchdog, None
        if dog is not None and dog.stdin is not None:
            try:
                dog.stdin.write(b"stop\n")
                dog.stdin.close()
            except OSError:
                pass
            try:
                dog.wait(timeout=2)
            except subprocess.TimeoutExpired:
                dog.kill()
                dog.wait()

    def warm_up(self, texts: Mapping[str, str], timeout: float = 60.0) -> str | None:
        """Check a sentence per language so the first real check is fast; returns the version.

        LanguageTool loads a language's dictionaries and rules on its first check (seconds)."""
        version = None
        for code, text in texts.items():
            version = server_version(self.url, timeout, use_proxy=False, lang=code, text=text)
        return version


def _end_group(proc: subprocess.Popen[bytes], timeout: float) -> None:
    if proc.poll() is None:
        _signal_group(proc, signal.SIGTERM)
        if os.name == "posix":  # a stopped JVM (SIGSTOP, a debugger) acts on TERM only when let go
            _signal_group(proc, signal.SIGCONT)
        try:
            proc.wait(timeout=timeout)
            return
        except subprocess.TimeoutExpired:
            pass
        _signal_group(proc, signal.SIGKILL if os.name == "posix" else signal.SIGTERM)
    proc.wait()


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, sig)
        else:  # pragma: no cover - Windows has no process groups of this kind
            proc.send_signal(sig)
    except (ProcessLookupError, PermissionError):
        pass


def server_answers(base_url: str, timeout: float = 10.0) -> bool:
    """Whether a LanguageTool server answers at all (its list of languages is cheap to get)."""
    # A new opener each time: urlopen's shared one keeps the proxy settings of its first use.
    opener = urllib.request.build_opener()
    try:
        with opener.open(f"{base_url.rstrip('/')}/v2/languages", timeout=timeout) as r:
            return r.status == 200 and isinstance(json.load(r), list)
    except (OSError, ValueError, urllib.error.URLError):
        return False


def server_version(
    base_url: str,
    timeout: float = 10.0,
    *,
    use_proxy: bool = True,
    lang: str = "en-GB",
    text: str = "Test.",
) -> str | None:
    """LanguageTool's version from a tiny check (the v2 API reports it with every answer)."""
    data = urllib.parse.urlencode({"text": text, "language": lang}).encode()
    handlers = [] if use_proxy else [urllib.request.ProxyHandler({})]
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(f"{base_url.rstrip('/')}/v2/check", data=data, timeout=timeout) as r:
            return json.load(r).get("software", {}).get("version")
    except (OSError, ValueError, urllib.error.URLError):
        return None


if __name__ == "__main__":  # pragma: no cover - a manual check: python -m ...languagetool_server
    server = LocalServer()
    t0 = time.monotonic()
    server.start()
    print(f"ready on {server.url} in {time.monotonic() - t0:.1f} s; log {server.log_file}")
    print("version", server.warm_up({"nl": "Dit is een zin.", "en-GB": "This is a sentence."}))
    server.stop()
    sys.exit(0)
