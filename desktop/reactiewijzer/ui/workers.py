"""Background jobs: one-thread pools whose results come back to the UI thread as signals.

Jobs receive only snapshots (strings, frozen dataclasses) and return plain values; they never
touch a widget or a document. `JobRunner(synchronous=True)` runs every job inline, the one seam
tests use to make the app deterministic.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry results back to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, relay: _Relay, fn: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self._id = job_id
        self._relay = relay
        self._fn = fn
        self._args = args

    def run(self) -> None:  # runs in the pool's thread
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # travels to the UI as a signal, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.finished.emit(self._id, result)


class JobRunner(QObject):
    """A one-thread pool: jobs run in order, one at a time, off the UI thread."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)

    def run_in_pool(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `fn(*args)` in the pool; `on_result(value)` or `on_error(exc)` on the UI thread."""
        if self.synchronous:
            try:
                value = fn(*args)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_result is not None:
                    on_result(value)
            return
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_result, on_error)
        self._pool.start(_Job(job_id, self._relay, fn, args))

    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (used on shutdown and in benchmarks)."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, job_id: int, value: object) -> None:
        on_result, _ = self._callbacks.pop(job_id, (None, None))
        if on_result is not None:
            on_result(value)

    def _on_failed(self, job_id: int, exc: object) -> None:
        _, on_error = self._callbacks.pop(job_id, (None, None))
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]
        else:
            raise exc  # type: ignore[misc]  # an unhandled failure must be loud


class LatestOnly:
    """Coalesces jobs for a one-thread pool: while one runs, only the newest request waits.

    Typing produces a request per pause; running every stale one would only delay the fresh one.
    """

    def __init__(self, runner: JobRunner) -> None:
        self._runner = runner
        self._running = False
        self._pending: tuple | None = None

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        if self._running:
            self._pending = (fn, args, on_result, on_error)
            return
        self._start(fn, args, on_result, on_error)

    def _start(self, fn, args, on_result, on_error) -> None:
        self._running = True

        def done(value: Any) -> None:
            self._next()
            on_result(value)

        def failed(exc: Exception) -> None:
            self._next()
            on_error(exc)

        self._runner.run_in_pool(fn, *args, on_result=done, on_error=failed)
        if self._runner.synchronous:
            self._running = False

    def _next(self) -> None:
        self._running = False
        if self._pending is not None:
            fn, args, on_result, on_error = self._pending
            self._pending = None
            self._start(fn, args, on_result, on_error)
