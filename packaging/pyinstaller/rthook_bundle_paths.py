"""PyInstaller runtime hook: point the app at the data, jars and Java runtime inside the bundle.

Runs before the app's own code. The core reads these variables (core/resources.py,
core/grammar/server.py); the source tree needs none of them.
"""

import os
import sys


def _bundle_paths() -> None:
    base = sys._MEIPASS  # the bundle's _internal/ folder (Contents/Frameworks in a macOS .app)
    # An administrator may point these at an organisation's own rules or LanguageTool.
    os.environ.setdefault("REACTIEWIJZER_RESOURCES", os.path.join(base, "resources"))
    os.environ.setdefault("REACTIEWIJZER_LANGUAGETOOL_DIR", os.path.join(base, "languagetool"))
    # The bundled runtime always wins over a JAVA_HOME of the user's: it is the one tested with
    # these jars, and a JAVA_HOME pointing at an old Java would otherwise switch grammar off.
    jre = os.path.join(base, "jre")
    if os.path.isdir(os.path.join(jre, "bin")):
        os.environ["JAVA_HOME"] = jre


_bundle_paths()
del _bundle_paths
