"""Background jobs: a one-thread pool and a one-process pool whose results come back to the
UI thread as signals.

Jobs receive only snapshots (strings, frozen dataclasses) and return plain values; they never
touch a widget or a document. `synchronous=True` runs every job inline, the one seam tests use
to make the app deterministic.

The guideline checks run in a process of their own (`ProcessRunner`): in a thread they shared
the interpreter lock with the window, and every Qt callback into Python while a check ran could
wait for it; typing then stuttered (bench/ui.py).
"""

from __future__ import annotations

import concurrent.futures
import itertools
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reactiewijzer.core.background import prepare_worker


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


class _Runner(QObject):
    """What both pools share: callbacks by job id, called on the UI thread via queued signals."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
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
        self._start(job_id, fn, args)

    def _start(self, job_id: int, fn: Callable[..., Any], args: tuple) -> None:
        raise NotImplementedError

    def busy(self) -> bool:
        return bool(self._callbacks)

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


class JobRunner(_Runner):
    """A one-thread pool: jobs run in order, one at a time, off the UI thread."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent, synchronous=synchronous)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def _start(self, job_id: int, fn: Callable[..., Any], args: tuple) -> None:
        self._pool.start(_Job(job_id, self._relay, fn, args))

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (used on shutdown and in benchmarks)."""
        return self._pool.waitForDone(msecs)


class ProcessRunner(_Runner):
    """A one-process pool with JobRunner's interface: `fn` and its arguments must pickle
    (module-level functions, strings, frozen dataclasses).

    The process starts with the first job and is reused. If it dies (killed, out of memory),
    the next job starts a new one, and the job that was running is tried once more there.
    """

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent, synchronous=synchronous)
        self._futures: dict[int, concurrent.futures.Future] = {}
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # done-callbacks run on the pool's own thread

    def _start(self, job_id: int, fn: Callable[..., Any], args: tuple) -> None:
        self._submit(job_id, fn, args, retry=True)

    def _submit(self, job_id: int, fn: Callable[..., Any], args: tuple, *, retry: bool) -> None:
        try:
            future = self._pool().submit(fn, *args)
        except BrokenProcessPool:
            self._executor = None
            future = self._pool().submit(fn, *args)
        with self._lock:
            self._futures[job_id] = future

        def done(fut: concurrent.futures.Future) -> None:  # on the pool's management thread
            exc = fut.exception()
            if isinstance(exc, BrokenProcessPool) and retry:
                self._executor = None  # the process died: once more in a new one
                self._submit(job_id, fn, args, retry=False)
                return
            with self._lock:
                self._futures.pop(job_id, None)
            if exc is None:
                self._relay.finished.emit(job_id, fut.result())
            else:
                self._relay.failed.emit(job_id, exc)

        future.add_done_callback(done)

    def _pool(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._executor is None:
            # "spawn": a fresh interpreter without Qt's threads (fork would copy them).
            context = multiprocessing.get_context("spawn")
            self._executor = concurrent.futures.ProcessPoolExecutor(
                1, mp_context=context, initializer=prepare_worker, initargs=(os.getpid(),)
            )
        return self._executor

    def wait(self, msecs: int = -1) -> bool:
        with self._lock:
            pending = list(self._futures.values())
        timeout = None if msecs < 0 else msecs / 1000
        _done, not_done = concurrent.futures.wait(pending, timeout=timeout)
        return not not_done

    def process_id(self) -> int | None:
        """The worker's process id (None before the first job); tests end it on purpose."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}
        return next(iter(processes), None)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


class LatestOnly:
    """Coalesces jobs for a one-thread pool: while one runs, only the newest request waits.

    Typing produces a request per pause; running every stale one would only delay the fresh one.
    """

    def __init__(self, runner: JobRunner | ProcessRunner) -> None:
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
