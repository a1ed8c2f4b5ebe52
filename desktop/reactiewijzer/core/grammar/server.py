"""The local LanguageTool server process: find Java, start on loopback, watch, stop.

The server listens on 127.0.0.1 only (never `--public`), on a port the OS hands out. The port
is on the JVM's command line, which any local user can read, so another program may bind it
first and pose as LanguageTool: no request (not even the health check) goes to the port until
the listening socket is seen to belong to the JVM we started (`owns_port`). Its output goes to a
log file in the user's cache folder. A tiny `sh` watchdog ends the JVM's process group
when this Python process goes away without cleaning up (SIGKILL, crash), so no JVM stays behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from reactiewijzer.core.catalogue import PerLanguage, texts
from reactiewijzer.core.errors import GrammarUnavailable
from reactiewijzer.core.grammar import startup
from reactiewijzer.core.grammar.http import (
    allow_loopback_without_proxy,
    free_loopback_port,
    http_get,
    server_version,
)
from reactiewijzer.core.grammar.java import Java, find_java
from reactiewijzer.core.grammar.settings import (
    HEAP_MB,
    JVM_FLAGS,
    MAX_CHECK_S,
    SERVER_PROPERTIES,
    jvm_flags_for,
)

log = logging.getLogger(__name__)

READY_TIMEOUT_S = 60.0  # generous for slow CI machines; the bench shows the real figure
SHUTDOWN_GRACE_S = 1.0  # at quit, the JVM gets this long to leave after SIGTERM, then SIGKILL
MAX_LOG_BYTES = 2_000_000

# The JVM yields the processor to the window: while LanguageTool works through a check, its
# threads (JIT compiler, collector) otherwise take both cores of a laptop and the typing
# stutters (bench/ui.py). All its threads inherit the lower priority from the start.
_NICE = shutil.which("nice") if os.name == "posix" else None
NICENESS = 10

# Ends the JVM's process group when stdin closes without "stop": the parent died unclean.
_WATCHDOG_SH = (
    'IFS= read -r line; if [ "$line" != stop ]; then '
    'kill -TERM "-$1" 2>/dev/null; sleep 5; kill -KILL "-$1" 2>/dev/null; fi'
)  # no "--": dash's kill takes "-PGID" after the signal but rejects "--"


def _off(reason_nl: str, reason_en: str) -> GrammarUnavailable:
    return GrammarUnavailable(*texts("grammar.off", reason=PerLanguage(reason_nl, reason_en)))


# ---- where things are -------------------------------------------------------------------------


def languagetool_dir() -> Path:
    """The jars: REACTIEWIJZER_LANGUAGETOOL_DIR (the bundle sets it) or .cache/languagetool."""
    override = os.environ.get("REACTIEWIJZER_LANGUAGETOOL_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[4] / ".cache" / "languagetool"


def log_path() -> Path:
    """The server's log, for diagnostics: <user cache dir>/languagetool.log."""
    return startup.user_cache_dir() / "languagetool.log"


def archive_folder() -> Path:
    """Where start-up archives live (`startup`): in the user cache dir."""
    return startup.user_cache_dir() / startup.FOLDER


def installed_version(lt_dir: Path) -> str | None:
    """The LanguageTool version the set-up (fetch.py) wrote beside the jars."""
    try:
        return (lt_dir / "VERSION").read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


# ---- the server ---------------------------------------------------------------------------------


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
        jvm_flags: tuple[str, ...] | None = None,
        archives: Path | None = None,
        use_archive: bool = True,
        niceness: int = NICENESS,
        properties: Mapping[str, str] | None = None,
    ) -> None:
        self.properties = dict(SERVER_PROPERTIES if properties is None else properties)
        self._jvm_flags = None if jvm_flags is None else tuple(jvm_flags)
        self.lt_dir = lt_dir or languagetool_dir()
        self.env = dict(os.environ if env is None else env)
        self.heap_mb = heap_mb
        self.ready_timeout = ready_timeout
        self.log_file = log_file or log_path()
        # Start-up archives (`startup`): where they live, and whether to use one.
        self.archives = archives or archive_folder()
        self.use_archive = use_archive
        self.niceness = niceness
        self.train_to: Path | None = None  # a training run: write the archive here at exit
        self.archive_used = False  # whether the running JVM started from a start-up archive
        self.plan: startup.Plan | None = None
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

    def twin(self, log_file: Path, *, niceness: int) -> LocalServer:
        """A server like this one (same Java, jars, flags, settings), logging elsewhere: a
        training run for the start-up archive this one would use."""
        return LocalServer(
            self.lt_dir,
            env=self.env,
            heap_mb=self.heap_mb,
            log_file=log_file,
            jvm_flags=self._jvm_flags,
            archives=self.archives,
            niceness=niceness,
            properties=self.properties,
        )

    @property
    def jvm_flags(self) -> tuple[str, ...]:
        """The flags given, else the shipped ones for this Java (known once started)."""
        if self._jvm_flags is not None:
            return self._jvm_flags
        return jvm_flags_for(self.java.version) if self.java else JVM_FLAGS

    @property
    def archive_to_make(self) -> Path | None:
        """The start-up archive this server would use if it existed (None: it does, or this
        Java cannot have one, or it could not be made before)."""
        plan = self.plan
        if plan is None or plan.archive is None or plan.usable or self.train_to is not None:
            return None
        return None if startup.failed_before(plan.archive) else plan.archive

    def _archive_flags(self) -> tuple[str, ...]:
        plan = self.plan
        if plan is None or plan.archive is None:
            return ()
        if self.train_to is not None:
            return plan.training_flags(self.train_to)
        return plan.use_flags() if self.use_archive else ()

    def command(self, port: int) -> list[str]:
        assert self.java is not None
        plan = self.plan or startup.Plan((str(self.lt_dir / "languagetool-server.jar"),), None)
        nice = (_NICE, "-n", str(self.niceness)) if _NICE and self.niceness else ()
        return [
            *nice,
            self.java.path,
            f"-Xmx{self.heap_mb}m",
            *self.jvm_flags,
            *self._archive_flags(),
            "-cp",
            os.pathsep.join(plan.class_path),
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
        lines = [f"{key}={value}\n" for key, value in self.properties.items()]
        self.config_file.write_text("".join(lines), encoding="utf-8")

    def prepare(self) -> None:
        """Find Java and plan the command (class path, start-up archive). Raises
        GrammarUnavailable."""
        self.java = find_java(self.env)
        flags = (f"-Xmx{self.heap_mb}m", *self.jvm_flags)
        self.plan = startup.plan(self.java, self.lt_dir, flags, self.archives)

    def start(self) -> None:
        """Start and wait until /v2/healthcheck answers. Raises GrammarUnavailable."""
        self.stop()
        self._refuse_when_shutting_down()
        if not (self.lt_dir / "languagetool-server.jar").is_file():
            raise _off(*texts("grammar.reason_not_installed", folder=self.lt_dir))
        self.prepare()
        allow_loopback_without_proxy()
        taken = False
        attempts = 3  # another program may take the port between bind and start
        while attempts:
            attempts -= 1
            archive = self._archive_flags()  # to use, or (a training run) to write
            if self._start_once(free_loopback_port()):
                using = bool(archive) and self.train_to is None
                self.archive_used = using and self._check_archive_taken()
                return
            taken = self._port_taken()
            self.stop()  # this attempt's JVM and watchdog, before the next one starts
            self._refuse_when_shutting_down()
            if archive and not taken and self.train_to is None:
                # A JVM that will not start with its archive gets one more try without it.
                self._drop_archive("the JVM did not start with it")
                attempts = 1
                continue
            if not taken:
                break
        self.stop()
        if taken:
            raise _off(*texts("grammar.reason_port_taken", log=self.log_file))
        raise _off(*texts("grammar.reason_did_not_start", log=self.log_file))

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

    def _check_archive_taken(self) -> bool:
        """Whether the JVM took its archive. It goes on without one it cannot use (Java 17
        without a word): then the archive goes, so that a sound one is made again."""
        assert self.plan is not None and self.plan.archive is not None
        if not startup.taken(self.pid, self.plan.archive, self._log_since_start()):
            self._drop_archive("the JVM refused it (see the log)")
            return False
        startup.touch(self.plan.archive)
        return True

    def _drop_archive(self, why: str) -> None:
        self.use_archive = False
        if self.plan is not None and self.plan.archive is not None:
            log.info("start-up archive %s not used: %s", self.plan.archive, why)
            startup.forget(self.plan.archive, why)

    def _log_since_start(self, limit: int = 200_000) -> str:
        try:
            with self.log_file.open("rb") as log_file:
                log_file.seek(self._log_offset)
                return log_file.read(limit).decode("utf-8", "replace")
        except OSError:
            return ""

    def _open_log(self) -> None:
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            if self.log_file.stat().st_size > MAX_LOG_BYTES:
                os.replace(self.log_file, self.log_file.with_suffix(".log.1"))
        except FileNotFoundError:
            pass

    def _port_taken(self) -> bool:
        """Whether this start's own log says another program took the port first."""
        text = self._log_since_start()
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
            raise _off(*texts("grammar.reason_quitting"))

    def shutdown(self, timeout: float = SHUTDOWN_GRACE_S) -> None:
        """Stop for good: end the JVM now and never start another (the app is quitting).
        Returns within about `timeout` + 0.1 s, also when the JVM hangs or was stopped."""
        self.shutting_down = True
        with self._spawn_lock:
            self.stop(timeout)

    def request_exit(self) -> None:
        """Ask the JVM to exit (SIGTERM) and leave it to it: a training run writes its archive
        as it exits. `wait_exit` waits for that; `stop` or `shutdown` end it at once."""
        if self._proc is not None and self._proc.poll() is None:
            _signal_group(self._proc, signal.SIGTERM)

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

    def warm_up(self, texts: Mapping[str, str], timeout: float = MAX_CHECK_S) -> str | None:
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


if (
    __name__ == "__main__"
):  # pragma: no cover - a manual check: python -m reactiewijzer.core.grammar.server
    server = LocalServer()
    t0 = time.monotonic()
    server.start()
    print(f"ready on {server.url} in {time.monotonic() - t0:.1f} s; log {server.log_file}")
    print("version", server.warm_up({"nl": "Dit is een zin.", "en-GB": "This is a sentence."}))
    server.stop()
    sys.exit(0)
