"""Background jobs: a one-thread runner and a one-process runner whose results come back to
the UI thread as signals.

Jobs receive only snapshots (strings, frozen dataclasses) and return plain values; they never
touch a widget or a document. `synchronous=True` runs every job inline, the one seam tests use
to make the app deterministic.

The guideline checks run in a process of their own (`ProcessRunner`): in a thread they shared
the interpreter lock with the window, and every Qt callback into Python while a check ran could
wait for it; typing then stuttered (bench/ui.py).

Shutting down: `Workers` belongs to the application, not to the window, and `close()` drains
it. After close no result reaches a callback (a job that finishes late is dropped at the gate,
so nothing is emitted into objects the window took with it), queued jobs are cancelled, and
nothing a job still does keeps the process alive: the thread is a daemon and the checks'
process is ended.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import itertools
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import traceback
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reactiewijzer.core.background import prepare_worker

# How long close() lets an idle checks process leave by itself before it is ended.
PROCESS_EXIT_GRACE_S = 0.3


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry results back to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Gate:
    """The only way a result leaves a worker: open until the runner closes.

    A plain Python object (no Qt), so a job that outlives the window can still ask it whether
    to deliver. The lock makes "closed" final: once close() returns, no emit is under way.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._lock = threading.Lock()
        self.open = True

    def deliver(self, ok: bool, job_id: int, value: object) -> None:
        with self._lock:
            if not self.open:
                return
            try:
                (self._relay.finished if ok else self._relay.failed).emit(job_id, value)
            except RuntimeError:  # the relay went without close() (the app is being torn down)
                self.open = False

    def close(self) -> None:
        with self._lock:
            self.open = False


class _Runner(QObject):
    """What both runners share: callbacks by job id, called on the UI thread via queued
    signals, and a gate that closes for good on shutdown."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._gate = _Gate(self._relay)
        self._relay.destroyed.connect(self._gate.close)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)

    @property
    def closed(self) -> bool:
        return not self._gate.open

    def run_in_pool(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `fn(*args)` in the pool; `on_result(value)` or `on_error(exc)` on the UI thread.
        After close() nothing runs and nothing is called back."""
        if self.closed:
            return
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

    def close(self) -> None:
        """No more results, no more jobs. Safe to call twice."""
        self._gate.close()
        self._callbacks.clear()

    def _on_finished(self, job_id: int, value: object) -> None:
        on_result, _ = self._callbacks.pop(job_id, (None, None))
        if on_result is not None:
            on_result(value)

    def _on_failed(self, job_id: int, exc: object) -> None:
        _, on_error = self._callbacks.pop(job_id, (None, None))
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]
        elif not self.closed:
            raise exc  # type: ignore[misc]  # an unhandled failure must be loud


class _JobQueue:
    """A queue served by one daemon thread. Plain Python: the thread never touches a QObject
    except through the gate, and, being a daemon, never keeps a quitting process alive (a
    check blocked on a hung LanguageTool ends with the process)."""

    def __init__(self, gate: _Gate) -> None:
        self._gate = gate
        self._jobs: collections.deque[tuple[int, Callable[..., Any], tuple]] = collections.deque()
        self._cv = threading.Condition()
        self._running = False
        self._stopped = False
        self._thread: threading.Thread | None = None

    def put(self, job_id: int, fn: Callable[..., Any], args: tuple) -> None:
        with self._cv:
            if self._stopped:
                return
            self._jobs.append((job_id, fn, args))
            self._cv.notify()
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="jobs", daemon=True)
                self._thread.start()

    def _serve(self) -> None:
        while True:
            with self._cv:
                while not self._jobs and not self._stopped:
                    self._cv.wait()
                if self._stopped:
                    return
                job_id, fn, args = self._jobs.popleft()
                self._running = True
            try:
                result = fn(*args)
            except Exception as exc:  # travels to the UI as a signal, never swallowed
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._gate.deliver(False, job_id, exc)
            else:
                self._gate.deliver(True, job_id, result)
            finally:
                with self._cv:
                    self._running = False
                    self._cv.notify_all()
            del fn, args  # release the job's arguments while waiting for the next

    def wait(self, timeout: float | None) -> bool:
        with self._cv:
            return self._cv.wait_for(lambda: not self._jobs and not self._running, timeout)

    def stop(self) -> None:
        """Drop queued jobs; the running one finishes (or not) unheard."""
        with self._cv:
            self._stopped = True
            self._jobs.clear()
            self._running = False
            self._cv.notify_all()


class JobRunner(_Runner):
    """A one-thread runner: jobs run in order, one at a time, off the UI thread."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent, synchronous=synchronous)
        self._queue = _JobQueue(self._gate)

    def _start(self, job_id: int, fn: Callable[..., Any], args: tuple) -> None:
        self._queue.put(job_id, fn, args)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for queued and running jobs (tests and benchmarks); False on timeout."""
        return self._queue.wait(None if msecs < 0 else msecs / 1000)

    def close(self) -> None:
        super().close()
        self._queue.stop()


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
        with self._lock, _deaf_to_ctrl_c():
            if self.closed:
                return
            try:
                future = self._pool().submit(fn, *args)
            except BrokenProcessPool:
                self._executor = None
                future = self._pool().submit(fn, *args)
            self._futures[job_id] = future

        gate = self._gate

        def done(fut: concurrent.futures.Future) -> None:  # on the pool's management thread
            if fut.cancelled():
                exc: BaseException | None = concurrent.futures.CancelledError()
            else:
                exc = fut.exception()
            if isinstance(exc, BrokenProcessPool) and retry and gate.open:
                with self._lock:
                    self._executor = None  # the process died: once more in a new one
                self._submit(job_id, fn, args, retry=False)
                return
            with self._lock:
                self._futures.pop(job_id, None)
            if exc is None:
                gate.deliver(True, job_id, fut.result())
            else:
                gate.deliver(False, job_id, exc)

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

    def close(self) -> None:
        """Cancel what waits; end the process, also in the middle of a long check (it holds
        nothing worth keeping). Returns within about PROCESS_EXIT_GRACE_S."""
        super().close()
        with self._lock:
            executor, self._executor = self._executor, None
            self._futures.clear()
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        # An idle worker leaves at once on the pool's own signal. A busy one is ended; never
        # while it could be writing a result (the pool's reader would wait for the rest).
        for process in processes:
            with contextlib.suppress(OSError, ValueError):
                if not multiprocessing.connection.wait([process.sentinel], PROCESS_EXIT_GRACE_S):
                    process.kill()

    shutdown = close  # the name callers used before


@contextlib.contextmanager
def _deaf_to_ctrl_c():
    """While the pool may start its process: a Ctrl+C in the terminal reaches the whole process
    group, and a new interpreter hears it before its initializer can ignore it (a traceback on
    the terminal). Started with SIGINT ignored, it keeps ignoring it. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Workers(QObject):
    """The app's background workers: the checks' process and the LanguageTool thread.

    Owned by the application (not the window), so closing the window never deletes an object a
    job is about to report to; `close()` drains both when the window closes.
    """

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.engine = ProcessRunner(self, synchronous=synchronous)
        self.grammar = JobRunner(self, synchronous=synchronous)

    def close(self) -> None:
        self.grammar.close()
        self.engine.close()


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
