"""Entry point of the bundled desktop app (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The guideline checks run in a worker process that starts this same executable: in that
    # process freeze_support() runs the worker and exits, before any window is made.
    multiprocessing.freeze_support()

    from reactiewijzer.app import main

    sys.exit(main())
