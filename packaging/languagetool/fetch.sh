#!/usr/bin/env bash
# Fetch a local LanguageTool server (Dutch + English only) with Maven into one folder:
#
#   <dir>/languagetool-server.jar       the server; its manifest Class-Path names libs/<artifactId>.jar
#   <dir>/libs/<artifactId>.jar         every runtime dependency, version stripped
#   <dir>/VERSION                       the LanguageTool version (read by the app's About dialog)
#
# so that `java -cp <dir>/languagetool-server.jar org.languagetool.server.HTTPServer` starts.
# Usage: bash packaging/languagetool/fetch.sh [dir]   (default: .cache/languagetool)
# Idempotent: a complete folder for the pinned version is left alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/pom.xml"
dest="${1:-.cache/languagetool}"

die() {
    echo "fetch.sh: $*" >&2
    exit 1
}

# The pinned version lives in one place: the pom's <lt.version>.
version="$(sed -n 's:.*<lt.version>\(.*\)</lt.version>.*:\1:p' "$pom" | head -n 1)"
[ -n "$version" ] || die "no <lt.version> in $pom"

# The server jar's manifest Class-Path names libs/<artifactId>.jar for every dependency of the
# full distribution (all languages). We fetch only Dutch and English, so the entries of other
# languages stay absent (the JVM skips them). The layout is right when every jar Maven delivered
# is named there (otherwise it would never be loaded) and core, Dutch and English are present.
# Prints what is wrong; silent when the layout is right.
layout_problems() {
    python3 - "$1" <<'PY'
import sys, zipfile
from pathlib import Path

jar = Path(sys.argv[1])
with zipfile.ZipFile(jar) as z:
    text = z.read("META-INF/MANIFEST.MF").decode("utf-8")
# Manifest lines are wrapped at 72 bytes; a continuation line starts with one space.
text = text.replace("\r\n", "\n").replace("\n ", "")
named = set()
for line in text.splitlines():
    if line.startswith("Class-Path:"):
        named = set(line.split(":", 1)[1].split())
libs = jar.parent / "libs"
delivered = {f"libs/{p.name}" for p in libs.glob("*.jar")} if libs.is_dir() else set()
for needed in ("libs/languagetool-core.jar", "libs/language-nl.jar", "libs/language-en.jar"):
    if needed not in delivered:
        print(f"missing {needed}")
for extra in sorted(delivered - named):
    print(f"{extra} is not in the server's Class-Path")
PY
}

command -v python3 >/dev/null 2>&1 || die "python3 is needed to check the downloaded jars."

# A changed pom (another module, an exclusion) must trigger a new fetch even at the same version.
pom_hash="$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$pom")" ||
    die "python3 could not read $pom"

complete() {
    [ -f "$dest/languagetool-server.jar" ] &&
        [ -f "$dest/VERSION" ] &&
        [ "$(cat "$dest/VERSION")" = "$version" ] &&
        [ "$(cat "$dest/.pom-sha256" 2>/dev/null)" = "$pom_hash" ] &&
        [ -z "$(layout_problems "$dest/languagetool-server.jar")" ]
}

if complete; then
    echo "LanguageTool $version is already in $dest"
    exit 0
fi

command -v mvn >/dev/null 2>&1 ||
    die "Maven (mvn) is needed to fetch LanguageTool $version but was not found on PATH. Install Maven (Debian/Ubuntu: apt-get install maven) and run this again."

# Build into a fresh folder next to the destination, then swap it in: an interrupted fetch
# never leaves a half-filled folder that looks complete.
mkdir -p "$(dirname "$dest")"
# Absolute: Maven resolves relative paths against the pom's folder, not ours.
dest="$(cd "$(dirname "$dest")" && pwd)/$(basename "$dest")"
work="$(mktemp -d "${dest%/}.partial.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "Fetching LanguageTool $version (Dutch, English) with Maven into $dest ..."
mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies \
    -DincludeScope=runtime \
    -Dmdep.stripVersion=true \
    -DoutputDirectory="$work/libs" ||
    die "Maven could not fetch LanguageTool $version (see the messages above)."

mv "$work/libs/languagetool-server.jar" "$work/languagetool-server.jar" ||
    die "Maven did not deliver languagetool-server.jar"
echo "$version" >"$work/VERSION"
echo "$pom_hash" >"$work/.pom-sha256"

problems="$(layout_problems "$work/languagetool-server.jar")"
[ -z "$problems" ] || die "the jars do not match the server's manifest: $problems"

rm -rf "$dest"
mv "$work" "$dest"
trap - EXIT
echo "LanguageTool $version is ready in $dest ($(ls "$dest/libs" | wc -l) jars in libs/)"
