"""Entry point of the bundled command-line tool (PyInstaller runs this file as __main__)."""

import sys

from reactiewijzer.cli import main

sys.exit(main())
