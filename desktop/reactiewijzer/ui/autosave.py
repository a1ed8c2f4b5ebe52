"""Saves the work in progress (thread, reply, platform) as the user types.

The file is replaced atomically, so a crash or kill at any moment leaves either the previous
or the new state on disk, never half of one. The next start restores it.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from reactiewijzer.ui.files import atomic_write

FILE_NAME = "concept.json"
DEBOUNCE_MS = 400


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


class Autosaver(QObject):
    """Debounces saves: a burst of typing becomes one write shortly after it pauses."""

    def __init__(self, file: AutosaveFile, snapshot, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self._snapshot = snapshot  # () -> DraftState, taken on the UI thread
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        self.last_error: OSError | None = None

    def schedule(self) -> None:
        self._timer.start()

    def save_now(self, *, clean_exit: bool = False) -> bool:
        self._timer.stop()
        state = self._snapshot()
        if clean_exit:
            state = DraftState(state.thread, state.reply, state.platform, clean_exit=True)
        try:
            self.file.save(state)
        except OSError as exc:
            self.last_error = exc
            return False
        self.last_error = None
        return True
