#!/bin/sh
# Add Reactiewijzer to your application menu, for you alone (no administrator rights needed).
#
#   ./install.sh              from the unpacked folder: menu entry, icon, `reactiewijzer` command
#   ./install.sh --uninstall  removes those again (the folder itself and your data stay)
#
# The app runs from the folder it was unpacked in, so unpack it somewhere it can stay
# (for example ~/Programma's/Reactiewijzer) before running this.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
desktop="$data/applications/reactiewijzer.desktop"
metainfo="$data/metainfo/nl.reactiewijzer.Reactiewijzer.metainfo.xml"
svg="$data/icons/hicolor/scalable/apps/reactiewijzer.svg"
png="$data/icons/hicolor/256x256/apps/reactiewijzer.png"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop" "$metainfo" "$svg" "$png"
    [ -L "$bin/reactiewijzer" ] && rm -f "$bin/reactiewijzer"
    echo "Reactiewijzer is uit het menu verwijderd. / Reactiewijzer was removed from the menu."
    exit 0
fi

[ -x "$here/reactiewijzer-app" ] || {
    echo "install.sh: run me from the unpacked Reactiewijzer folder" >&2
    exit 1
}
mkdir -p "$(dirname "$desktop")" "$(dirname "$metainfo")" "$(dirname "$svg")" "$(dirname "$png")" "$bin"
# The menu entry must name the program by its full path: the folder is not on PATH.
sed -e "s|^Exec=reactiewijzer-app|Exec=\"$here/reactiewijzer-app\"|" \
    -e "s|^TryExec=reactiewijzer-app|TryExec=$here/reactiewijzer-app|" \
    "$here/share/applications/reactiewijzer.desktop" >"$desktop"
cp "$here/share/metainfo/nl.reactiewijzer.Reactiewijzer.metainfo.xml" "$metainfo"
cp "$here/share/icons/hicolor/scalable/apps/reactiewijzer.svg" "$svg"
cp "$here/share/icons/hicolor/256x256/apps/reactiewijzer.png" "$png"
ln -sf "$here/reactiewijzer" "$bin/reactiewijzer"
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$(dirname "$desktop")" 2>/dev/null || true
echo "Reactiewijzer staat in het menu. / Reactiewijzer is in the application menu."
echo "Command line: $bin/reactiewijzer"
