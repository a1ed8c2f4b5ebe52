"""The checks' worker process: polite to the window, and gone when the window is gone."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

_PARENT_POLL_S = 1.0


def prepare_worker(parent_pid: int, nice: int = 5) -> None:
    """Start-up of the worker process (run there by the window's process pool).

    - A lower priority: when both want the processor, the window wins and typing stays smooth.
      Where the system has no `nice` or refuses, the checks still run, only less politely.
    - A watch on the parent: a pool's worker outlives a window that was killed (SIGKILL, a
      crash), and would sit in memory for nothing. It leaves when its parent is gone.
    - The language layer loaded in the background (core/lexicon).
    - Deaf to Ctrl+C: the terminal sends it to the whole process group, and the window closes
      this process itself (a KeyboardInterrupt here only printed a traceback).
    """
    with contextlib.suppress(AttributeError, OSError):
        os.nice(nice)
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.name == "posix":  # elsewhere there is no cheap, safe test; the pool's pipe is all
        watch = threading.Thread(target=_exit_with, args=(parent_pid,), daemon=True)
        watch.start()
    # The language layer's dictionaries load while the window opens, not on the first keystroke
    # (a check that comes first waits for the same load, behind its lock).
    threading.Thread(target=_warm_up_language_layer, daemon=True).start()


def _warm_up_language_layer() -> None:
    with contextlib.suppress(Exception):  # no dictionaries: the checks say so themselves
        from reactiewijzer.core.checks.emotion import warm_up_tone
        from reactiewijzer.core.lexicon import warm_up

        warm_up()
        warm_up_tone()


def _exit_with(parent_pid: int) -> None:
    # Re-parented (to init or a reaper): the window's process is gone.
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_POLL_S)
    os._exit(0)  # nothing to clean up: the worker holds no files or locks of its own
