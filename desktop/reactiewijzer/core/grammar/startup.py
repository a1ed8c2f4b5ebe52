"""A start-up archive for the LanguageTool JVM, so that it starts and loads Dutch sooner.

Java 25 and newer: an AOT cache (JEP 483/514/515): LanguageTool's classes already parsed,
verified and linked, with the method profiles of a training run, so the JIT compiles the hot
code sooner. Java 17 to 24: a dynamic AppCDS archive of the same classes, when the runtime has
its base CDS archive. Measured in docs/languagetool.md (bench/languagetool.py).

A training run makes it: a JVM with the same flags and class path as the real one checks Dutch
and English texts and stops; the JVM writes the archive as it exits. The app makes a missing one
in the background, at the lowest priority, half a minute after it loaded Dutch (the next start
uses it); `make languagetool-startup` (`python -m reactiewijzer.core.grammar.startup`) makes
it at once. It lives in <user cache dir>/languagetool-startup/, named by a fingerprint of all it
depends on (the java binary and its runtime, every jar, the JVM flags): another Java or other
jars give another name, and archives unused for a month go.

Never a failure: a missing, stale or damaged archive only makes the start slower. The JVM goes
on without one it cannot use (on Linux the app sees whether it mapped the file); the server
starts again without it if the JVM will not start; such an archive is removed and made again
once. A fingerprint whose archive could not be made, or was refused twice, is not tried again.

CDS and AOT caches accept only jar files on the class path. The server jar's manifest puts the
folder `./` first on its Class-Path, so the server runs from a copy of its jar without Class-Path,
with the jars of that Class-Path named on the command line, in the same order.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import subprocess
import threading
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reactiewijzer.core.grammar.java import Java

log = logging.getLogger(__name__)

FOLDER = "languagetool-startup"
FORMAT = "1"  # part of every fingerprint: bump it when what goes into an archive changes
UNUSED_DAYS = 30  # archives and jar copies unused this long are removed
MIN_AOT_JAVA = 25  # -XX:AOTCacheOutput (one-step training) came with Java 25
TRAINING_EXIT_S = 300.0  # writing the archive at exit took 5-30 s here, on a busy machine
# In the app, a missing archive is made this long after Dutch was loaded, at the lowest priority,
# so that the training run does not compete with the first checks.
TRAINING_DELAY_S = 30.0
_FAILED = ".failed"


@dataclass(frozen=True, slots=True)
class Plan:
    """How to start the JVM: its class path, and the archive to use or to write."""

    class_path: tuple[str, ...]
    archive: Path | None  # None: this Java or this folder cannot have one
    kind: str = ""  # "aot" | "cds" | ""

    @property
    def usable(self) -> bool:
        return self.archive is not None and self.archive.is_file()

    def use_flags(self) -> tuple[str, ...]:
        if not self.usable:
            return ()
        option = "-XX:AOTCache=" if self.kind == "aot" else "-XX:SharedArchiveFile="
        return (f"{option}{self.archive}",)

    def training_flags(self, output: Path) -> tuple[str, ...]:
        option = "-XX:AOTCacheOutput=" if self.kind == "aot" else "-XX:ArchiveClassesAtExit="
        return (f"{option}{output}",)


def user_cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """REACTIEWIJZER_CACHE_DIR, else the platform's cache folder for Reactiewijzer."""
    env = os.environ if env is None else env
    override = env.get("REACTIEWIJZER_CACHE_DIR")
    if override:
        return Path(override)
    from reactiewijzer.core.paths import cache_dir

    return cache_dir()


def manifest_class_path(server_jar: Path) -> list[str]:
    """The Class-Path entries of the server jar's manifest, in order."""
    with zipfile.ZipFile(server_jar) as jar:
        text = jar.read("META-INF/MANIFEST.MF").decode("utf-8")
    text = re.sub(r"\r?\n ", "", text)  # a manifest folds long lines with a leading space
    for line in text.splitlines():
        if line.startswith("Class-Path:"):
            return line.split(":", 1)[1].split()
    return []


def _stat_key(path: Path) -> str:
    st = path.stat()
    return f"{path}|{st.st_size}|{st.st_mtime_ns}"


def jar_only_class_path(lt_dir: Path, folder: Path) -> tuple[str, ...]:
    """A copy of the server jar without Class-Path, then the jars its Class-Path named (those
    present), in order. Raises OSError (a read-only cache folder) or zipfile.BadZipFile."""
    server_jar = lt_dir / "languagetool-server.jar"
    tag = hashlib.sha256(_stat_key(server_jar).encode()).hexdigest()[:16]
    copy = folder / f"languagetool-server-{tag}.jar"
    if not copy.is_file():  # never touched once made: archives depend on its time stamp
        folder.mkdir(parents=True, exist_ok=True)
        _copy_without_class_path(server_jar, copy)
    libs = [lt_dir / entry for entry in manifest_class_path(server_jar) if entry.endswith(".jar")]
    return (str(copy), *(str(p) for p in libs if p.is_file()))


def _copy_without_class_path(source: Path, target: Path) -> None:
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(source) as src, zipfile.ZipFile(tmp, "w") as out:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == "META-INF/MANIFEST.MF":
                    text = re.sub(r"\r?\n ", "", data.decode("utf-8"))
                    kept = [
                        line
                        for line in text.splitlines()
                        if line.strip() and not line.startswith("Class-Path:")
                    ]
                    data = ("\r\n".join(kept) + "\r\n\r\n").encode("utf-8")
                out.writestr(info, data)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def archive_kind(java: Java) -> str:
    """ "aot" (Java 25+), "cds" (Java 17-24 with a base CDS archive) or "" (neither)."""
    if java.version >= MIN_AOT_JAVA:
        return "aot"
    try:  # dynamic archives sit on top of the runtime's own; without it they cannot be made
        probe = subprocess.run(
            [java.path, "-Xshare:on", "-version"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return "cds" if probe.returncode == 0 else ""


def fingerprint(java: Java, class_path: tuple[str, ...], flags: tuple[str, ...]) -> str:
    """Everything an archive depends on; the JVM refuses an archive when any of it changed."""
    parts = [FORMAT, java.path, str(java.version), *flags]
    exe = Path(java.path).resolve()
    for path in (exe, exe.parent.parent / "lib" / "modules", *map(Path, class_path)):
        try:
            parts.append(_stat_key(path))
        except OSError:
            parts.append(f"{path}|missing")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def plan(
    java: Java, lt_dir: Path, flags: tuple[str, ...], folder: Path, *, kind: str | None = None
) -> Plan:
    """The class path and archive for this Java, these jars and flags. Never raises: without a
    usable cache folder the server runs as it always did, from the server jar itself."""
    lt_dir = lt_dir.resolve()  # the JVM runs in that folder: a relative path would miss
    classic = (str(lt_dir / "languagetool-server.jar"),)
    try:
        class_path = jar_only_class_path(lt_dir, folder)
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        log.info("no start-up archive: cannot prepare the class path in %s (%s)", folder, exc)
        return Plan(classic, None)
    kind = archive_kind(java) if kind is None else kind
    if not kind:
        return Plan(class_path, None)
    name = f"{kind}-{fingerprint(java, class_path, flags)}.{'aot' if kind == 'aot' else 'jsa'}"
    return Plan(class_path, folder / name, kind)


def failed_before(archive: Path) -> bool:
    return archive.with_name(archive.name + _FAILED).exists()


def mark_failed(archive: Path, reason: str) -> None:
    with contextlib.suppress(OSError):
        archive.with_name(archive.name + _FAILED).write_text(reason + "\n", encoding="utf-8")


def forget(archive: Path, why: str) -> None:
    """The JVM would not use this archive: remove it. It is made again once; refused a second
    time (this Java will not take what it makes here), never again for this fingerprint."""
    refused_once = archive.with_name(archive.name + ".refused")
    if refused_once.exists():
        mark_failed(archive, f"refused twice: {why}")
    else:
        with contextlib.suppress(OSError):
            refused_once.write_text(why + "\n", encoding="utf-8")
    try:
        archive.unlink(missing_ok=True)
    except OSError:
        log.info("could not remove the start-up archive %s", archive, exc_info=True)


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


def touch(archive: Path) -> None:
    """Used now: keeps it from being removed as unused."""
    _touch(archive)


def prune(folder: Path, keep: tuple[Path, ...] = (), days: float = UNUSED_DAYS) -> None:
    """Remove archives, jar copies and leftovers older than `days` days, except `keep`
    (archives are touched each time they are used)."""
    limit = time.time() - days * 86400
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        if path in keep or not path.is_file():
            continue
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


# What the JVM prints when it goes on without the archive it was given (Java 17-25).
_REFUSED = (
    "Unable to use AOT cache",
    "An error has occurred while processing the AOT cache",
    "Unable to use shared archive",
    "An error has occurred while processing the shared archive",
)


def refused(log_text: str) -> bool:
    """Whether the JVM's output says it did not use its archive."""
    return any(line in log_text for line in _REFUSED)


def taken(pid: int | None, archive: Path, log_text: str) -> bool:
    """Whether the running JVM uses `archive`: it maps the file into its memory (Linux shows
    that in /proc). Elsewhere, whether its output does not say it refused it; Java 17 refuses a
    damaged archive without a word, so only on Linux is that noticed."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return not refused(log_text)
    return str(archive) in maps


# A training run checks these, so that the classes and profiles of loading each language, of
# spelling suggestions and of grammar rules go into the archive.
TRAINING_TEXTS = (
    ("nl", "Ik heb het gisteren gezien."),
    (
        "nl",
        "Hoi Anna, dank je voor je bericht over de brug. Ik heb het gisteren gezein en snap dat "
        "het lastig is. Hij loop morgen met een collega langs. Ik laat je vrijdag weten hoe het "
        "zit. Fijne avond!",
    ),
    ("en-GB", "I saw it yesterday."),
    (
        "en-GB",
        "Hi Anna, thanks for your mesage about the bridge. I has seen the plans and I understand "
        "it is difficult. We will let you know on Friday.",
    ),
)


def train(server, archive: Path, *, cancelled=lambda: False, exit_timeout=TRAINING_EXIT_S) -> bool:
    """Make `archive` with a training run of `server` (a LocalServer, not started). True when
    made. Raises nothing: a run that fails marks the archive as failed, unless `cancelled()`
    (the app quits) stopped it, which is tried again next time."""
    from reactiewijzer.core.grammar.http import server_version

    tmp = archive.with_name(f"{archive.name}.{os.getpid()}.tmp")
    server.train_to = tmp
    started = time.monotonic()
    try:
        server.start()
        plan = server.plan
        if plan is None or plan.archive != archive:
            return False  # the server's own plan differs: another Java or other flags
        for lang, text in TRAINING_TEXTS:
            if cancelled() or not server.alive:
                return False
            server_version(server.url, 120.0, use_proxy=False, lang=lang, text=text)
        server.request_exit()  # the JVM writes the archive as it exits
        deadline = time.monotonic() + exit_timeout
        while not server.wait_exit(0.5):
            if cancelled() or time.monotonic() > deadline:
                return False
        if cancelled():
            return False
        if not tmp.is_file() or tmp.stat().st_size == 0:
            mark_failed(archive, f"the training run wrote no archive (see {server.log_file})")
            return False
        os.replace(tmp, archive)
        log.info("start-up archive %s made in %.0f s", archive, time.monotonic() - started)
        prune(archive.parent, keep=(archive, Path(plan.class_path[0])))
        return True
    except Exception as exc:  # GrammarUnavailable, OSError ...: no archive, nothing else
        if not cancelled():
            mark_failed(archive, f"the training run failed: {exc}")
        log.info("no start-up archive: %s", exc)
        return False
    finally:
        server.stop(timeout=1.0)
        for leftover in (tmp, tmp.with_name(tmp.name + ".config")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


class BackgroundTraining:
    """Makes a missing archive in a second JVM at the lowest priority, a while after the app's
    own server has loaded Dutch; `stop()` ends it at once (the app quits)."""

    def __init__(self) -> None:
        self._stopped = threading.Event()
        self._trainer = None

    def after_warm_up(self, server) -> None:
        """`server` (a started LocalServer) has loaded Dutch: make its archive if it lacks one."""
        archive = server.archive_to_make
        if archive is None or self._stopped.is_set():
            return

        def run() -> None:
            if self._stopped.wait(TRAINING_DELAY_S):
                return
            self._trainer = trainer = server.twin(archive.parent / "training.log", niceness=19)
            if not self._stopped.is_set():  # stop() came first, or it shuts the trainer down
                train(trainer, archive, cancelled=self._stopped.is_set)

        threading.Thread(target=run, name="languagetool-archive", daemon=True).start()

    def stop(self, timeout: float) -> threading.Thread | None:
        """No more training; a running one ends within `timeout` s, in the returned thread
        (the app's own JVM stops meanwhile: quitting waits for both at once)."""
        self._stopped.set()
        trainer = self._trainer
        if trainer is None:
            return None
        ending = threading.Thread(target=trainer.shutdown, args=(timeout,), daemon=True)
        ending.start()
        return ending


def build(lt_dir: Path | None = None, *, force: bool = False) -> str:
    """Make the archive the app's server would use, if it is missing; says what happened."""
    from reactiewijzer.core.grammar.server import LocalServer

    server = LocalServer(lt_dir)
    try:
        server.prepare()
    except Exception as exc:  # no Java, no jars: nothing to make an archive for
        return f"no start-up archive: {getattr(exc, 'message_en', exc)}"
    assert server.plan is not None and server.java is not None
    archive = server.plan.archive
    if archive is None:
        return f"no start-up archive for Java {server.java.version} ({server.java.path})"
    if server.plan.usable and not force:
        touch(archive)
        return f"start-up archive ready: {archive}"
    trainer = LocalServer(lt_dir, log_file=archive.parent / "training.log")
    t0 = time.monotonic()
    if train(trainer, archive):
        size = archive.stat().st_size / 1e6
        return f"start-up archive made: {archive} ({size:.0f} MB, {time.monotonic() - t0:.0f} s)"
    return f"no start-up archive (details: {trainer.log_file})"


if __name__ == "__main__":  # pragma: no cover - `make run` calls this once
    print(build())
