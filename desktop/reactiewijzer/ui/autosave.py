"""Saves the work in progress (thread, reply, platform) as the user types.

The file is replaced atomically, so a crash or kill at any moment leaves either the previous
or the new state on disk, never half of one. The next start restores it.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reactiewijzer.core.paths import atomic_write

FILE_NAME = "concept.json"
DEBOUNCE_MS = 400  # a pause this long in typing saves
MAX_WAIT_MS = 1500  # steady typing saves at least this often (a save takes a few ms more)
CLOSE_FLUSH_S = 2.0  # at close, wait this long at most for the last save


@dataclass(frozen=True, slots=True)
class DraftState:
    thread: str = ""
    reply: str = ""
    platform: str = "x"
    clean_exit: bool = False  # False while the app runs: a restore then follows a crash

    def is_empty(self) -> bool:
        return not (self.thread.strip() or self.reply.strip())


class AutosaveFile:
    """The JSON file in the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def load(self) -> DraftState | None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return DraftState(
                thread=str(raw.get("thread", "")),
                reply=str(raw.get("reply", "")),
                platform=str(raw.get("platform", "x")),
                clean_exit=bool(raw.get("clean_exit", False)),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, AttributeError):
            # Unreadable: keep it for the user (never delete their words), start afresh.
            stamp = time.strftime("%Y%m%d-%H%M%S")
            with contextlib.suppress(OSError):
                self.path.rename(self.path.with_name(f"concept-onleesbaar-{stamp}.json"))
            return None

    def save(self, state: DraftState) -> None:
        payload = dict(asdict(state), saved_at=time.strftime("%Y-%m-%dT%H:%M:%S"))
        atomic_write(self.path, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))


class _Writer:
    """Writes the newest state in a daemon thread: a slow disk (two fsyncs per save) never
    stalls typing, and states that piled up meanwhile collapse into the newest."""

    def __init__(self, file: AutosaveFile) -> None:
        self._file = file
        self._cv = threading.Condition()
        self._pending: DraftState | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self.last_error: OSError | None = None

    def submit(self, state: DraftState) -> None:
        with self._cv:
            self._pending = state
            self._cv.notify()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cv:
                while self._pending is None:
                    self._cv.wait()
                state, self._pending = self._pending, None
                self._busy = True
            error = None
            try:
                self._file.save(state)
            except OSError as exc:
                error = exc
            with self._cv:
                self.last_error = error
                self._busy = False
                self._cv.notify_all()

    def flush(self, timeout: float) -> bool:
        """Wait until everything submitted is on disk (or failed); False on timeout."""
        with self._cv:
            return self._cv.wait_for(lambda: self._pending is None and not self._busy, timeout)


class Autosaver(QObject):
    """Debounces saves: a pause in typing saves soon after, and steady typing still saves at
    least every MAX_WAIT_MS, so a crash or kill loses at most the last two seconds."""

    failed = Signal(str)  # saving went wrong (a full disk, a read-only folder): for the user

    def __init__(self, file: AutosaveFile, snapshot, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self._snapshot = snapshot  # () -> DraftState, taken on the UI thread
        self._writer = _Writer(file)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        self._deadline = QTimer(self)  # not restarted by typing: the longest a change waits
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.save_now)
        self._reported: OSError | None = None

    @property
    def last_error(self) -> OSError | None:
        """Why the last save failed (None when it worked)."""
        return self._writer.last_error

    def schedule(self) -> None:
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def save_now(self, *, clean_exit: bool = False) -> bool:
        """Save the current state in the background; at a clean exit, wait until it is on
        disk. False when that failed (or, in the background, when the previous save did)."""
        self._timer.stop()
        self._deadline.stop()
        state = self._snapshot()
        if clean_exit:
            state = DraftState(state.thread, state.reply, state.platform, clean_exit=True)
        self._writer.submit(state)
        if clean_exit:
            self._writer.flush(CLOSE_FLUSH_S)
        error = self.last_error
        if error is not None and error is not self._reported:
            self.failed.emit(
                self.tr("Je concept kon niet worden opgeslagen: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
        self._reported = error
        return error is None

    def flush(self, timeout: float = CLOSE_FLUSH_S) -> bool:
        return self._writer.flush(timeout)
