"""UI responsiveness: the longest event-loop stall while typing, and launch-to-usable time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui.py [--chars 2000] [--rate 10] [--runs 5]
                                                           [--no-grammar] [--launch-runs 5]

Typing: a real main window (real engine, real LanguageTool unless --no-grammar, real one-thread
pools) receives one key event every 1/rate seconds; a 1 ms heartbeat timer measures every gap in
the event loop. Target: longest stall < 16 ms (one frame at 60 Hz) in every run; each run is a
fresh process, and the worst run is the result.

A stall is wall-clock time, so on a loaded machine it also counts the time the scheduler gave the
processor to someone else. Each run therefore also prints what depends little on the load: the
window thread's own processor time in its longest piece of work between two heartbeats, the
processor time of the window process's other threads (each of which holds the interpreter lock
the window thread needs while it runs Python), the checks' process and LanguageTool, and the
load average. `BENCH_DEBUG=1` names the Python that ran in the worst gaps.
Launch: `reactiewijzer-app` started in a fresh process until its window is shown and the event
loop turns (it prints "ready"), without waiting for LanguageTool. Target: < 1 s.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = (
    "Hoi Anna, goed dat je het vraagt 👋. Middels deze reactie laat ik je weten dat de brug "
    "conform planning in maart weer opengaat. Ik begrijp dat omrijden vervelend is. "
    "Ik laat je vrijdag weten hoe het zit met de omleiding voor fietsers. Lukt dat zo?\n"
)


def bench_typing(chars: int, rate: float, grammar: bool) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from reactiewijzer.app import build_services, build_window, create_application
    from reactiewijzer.ui.settings import Settings

    app = create_application(sys.argv[:1])
    tmp = tempfile.TemporaryDirectory(prefix="reactiewijzer-bench-")
    data_dir = Path(tmp.name)
    os.environ["REACTIEWIJZER_DATA_DIR"] = str(data_dir)
    services = build_services(data_dir, grammar=grammar)
    window = build_window(app, services, Settings.at(str(data_dir / "s.ini")), language="nl")
    window.resize(1400, 900)
    window.show()
    window.start(None)
    # Measure typing as a user sees it after start-up: the engine warmed up (rules loaded, the
    # date parser imported) and LanguageTool ready. The start-up itself is `bench_launch`.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        window.engine_runner.busy() or (grammar and services.grammar.state == "starting")
    ):
        app.processEvents()
        time.sleep(0.02)
    text = (SAMPLE * (chars // len(SAMPLE) + 1))[:chars]
    editor = window.editor
    editor.setFocus()

    clock = QElapsedTimer()
    gaps: list[float] = []
    work: list[float] = []  # the window thread's processor time in each gap (ms)
    last = [0.0, time.thread_time()]

    beat_wall = [time.perf_counter()]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        cpu = time.thread_time()
        gaps.append(now - last[0])
        work.append((cpu - last[1]) * 1000)
        last[0], last[1] = now, cpu
        beat_wall[0] = time.perf_counter()

    samples = _StallSampler(beat_wall) if os.environ.get("BENCH_DEBUG") else None

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(beat)

    position = [0]
    key_ms: list[float] = []

    def type_one() -> None:
        if position[0] >= len(text):
            typer.stop()
            QTimer.singleShot(200, finish)  # let the last checks land inside the measurement
            return
        ch = text[position[0]]
        position[0] += 1
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        t0 = time.perf_counter()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        key_ms.append((time.perf_counter() - t0) * 1000)

    final: dict = {}
    finish_by = [0.0]

    def finish() -> None:
        """Once the last text's checks have landed: what the window shows, then quit (quitting
        closes the window, which ends the checks' process and LanguageTool's requests)."""
        if not finish_by[0]:
            finish_by[0] = time.monotonic() + 30
        live = window.live
        settled = live.report_revision == live.revision and not (
            window.engine_runner.busy() or window.grammar_runner.busy()
        )
        if not settled and time.monotonic() < finish_by[0]:
            QTimer.singleShot(50, finish)
            return
        final["processes_cpu"] = others.cpu_ms()
        highlighter = window.editor.highlighter
        shown = (
            *highlighter.findings_for("engine", text),
            *highlighter.findings_for("languagetool", text),
        )
        final["findings"] = sorted((f.rule, f.start, f.end) for f in shown)
        # Quitting closes the window (the last autosave, the workers, LanguageTool) inside
        # exec(): that is shutting down, not typing, and no longer counts as a stall.
        heartbeat.stop()
        beat_wall[0] = float("inf")  # and the stall sampler stops looking
        app.quit()

    typer = QTimer()
    typer.setTimerType(Qt.TimerType.PreciseTimer)
    typer.setInterval(int(1000 / rate))
    typer.timeout.connect(type_one)

    others = _OtherProcesses(services.grammar, window.engine_runner)
    usage_before = _usage()
    load_before = os.getloadavg()[0]
    clock.start()
    heartbeat.start()
    typer.start()
    if samples:
        samples.start()
        gc_log: list[tuple[float, int, float]] = []
        gc_start = [0.0]

        def on_gc(phase: str, info: dict) -> None:
            if phase == "start":
                gc_start[0] = time.perf_counter()
            else:
                took = (time.perf_counter() - gc_start[0]) * 1000
                gc_log.append((clock.nsecsElapsed() / 1e6, info["generation"], took))

        gc.callbacks.append(on_gc)
        entries: list[tuple[float, float, str]] = []  # main-thread Python entered from Qt
        depth = [0, 0.0, ""]

        def trace(frame, event, _arg) -> None:
            if event == "call":
                if depth[0] == 0:
                    depth[1] = clock.nsecsElapsed() / 1e6
                    code = frame.f_code
                    depth[2] = f"{Path(code.co_filename).name}:{code.co_name}"
                depth[0] += 1
            elif event == "return":
                depth[0] -= 1
                if depth[0] == 0:
                    entries.append((depth[1], clock.nsecsElapsed() / 1e6, depth[2]))

        sys.setprofile(trace)
    app.exec()
    heartbeat.stop()
    usage = {k: v - usage_before[k] for k, v in _usage().items()}
    load_after = os.getloadavg()[0]
    if samples:
        sys.setprofile(None)
        samples.report()
        worst_at = sorted(range(1, len(gaps)), key=lambda i: gaps[i])[-5:]
        busiest_at = sorted(range(1, len(work)), key=lambda i: work[i])[-3:]
        for i in worst_at + busiest_at:
            end = sum(gaps[: i + 1])
            begin = end - gaps[i]
            inside = [
                f"{name} {b - begin:+.1f}..{e - begin:+.1f}"
                for b, e, name in entries
                if b < end and e > begin and "beat" not in name
            ]
            print(
                f"  gap {gaps[i]:.1f} ms at {begin:.0f} (window thread working {work[i]:.1f} ms):"
                f" main-thread Python: {inside}"
            )
        gc.callbacks.remove(on_gc)
        slow = sorted(gc_log, key=lambda g: g[2])[-5:]
        print(
            "slowest collections (at ms, generation, ms):",
            [tuple(round(x, 1) for x in g) for g in slow],
        )
    assert editor.toPlainText() == text, "typed text differs"
    findings = final["findings"]
    stalls = sorted(max(0.0, g - 1.0) for g in gaps[1:])
    if os.environ.get("BENCH_DEBUG"):
        at = sorted(range(1, len(gaps)), key=lambda i: gaps[i])[-5:]
        print("worst gaps (ms, at ms):", [(round(gaps[i], 1), round(sum(gaps[:i]))) for i in at])
    longest = max(range(1, len(gaps)), key=lambda i: gaps[i])
    result = {
        "load_before": load_before,
        "load_after": load_after,
        "stall_work_ms": work[longest],
        "longest_work_ms": max(work[1:]),
        "window_thread_cpu_ms": usage["thread"],
        "other_threads_cpu_ms": usage["process"] - usage["thread"],
        "window_preempted": usage["preempted"],
        **final["processes_cpu"],
        "findings": len(findings),
        "findings_digest": hashlib.sha256(repr(findings).encode()).hexdigest()[:12],
        "chars": float(len(text)),
        "checks_shown": float(window.live.report_revision > 0),
        "stale_dropped": float(window.live.stale_dropped),
        "longest_stall_ms": stalls[-1],
        "p99_stall_ms": stalls[int(len(stalls) * 0.99)],
        "median_key_ms": statistics.median(key_ms),
        "max_key_ms": max(key_ms),
        "grammar": services.grammar.state,
    }
    window.close()
    tmp.cleanup()
    return result


def _usage() -> dict[str, float]:
    """Processor time (ms) of the calling thread and of the whole process, and how often the
    scheduler took the processor from the calling thread."""
    thread = resource.getrusage(resource.RUSAGE_THREAD)
    process = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "thread": (thread.ru_utime + thread.ru_stime) * 1000,
        "process": (process.ru_utime + process.ru_stime) * 1000,
        "preempted": float(thread.ru_nivcsw),
    }


class _OtherProcesses:
    """Processor time the checks' process and the LanguageTool JVM spend during the run."""

    def __init__(self, grammar, engine_runner) -> None:
        self.pids = {
            "checks_process_cpu_ms": engine_runner.process_id(),
            "languagetool_cpu_ms": getattr(grammar, "server_pid", None),
        }
        self.before = {name: _cpu_of(pid) for name, pid in self.pids.items()}

    def cpu_ms(self) -> dict[str, float]:
        return {name: _cpu_of(pid) - self.before[name] for name, pid in self.pids.items()}


def _cpu_of(pid: int | None) -> float:
    """User + system time of a process and its reaped children, in ms (0 where unknown)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError, TypeError):
        return 0.0
    return sum(int(f) for f in fields[11:15]) * 1000 / os.sysconf("SC_CLK_TCK")


class _StallSampler(threading.Thread):
    """BENCH_DEBUG: when the heartbeat is late, note what every thread is doing."""

    def __init__(self, beat_wall: list[float]) -> None:
        super().__init__(daemon=True)
        self.beat_wall = beat_wall
        self.main = threading.main_thread().ident
        self.seen: dict[float, tuple[float, str]] = {}

    def run(self) -> None:
        while True:
            time.sleep(0.002)
            beat = self.beat_wall[0]
            late = time.perf_counter() - beat
            if late > 0.008:
                frames = sys._current_frames()
                lines = []
                for ident, frame in frames.items():
                    if ident == self.ident:
                        continue
                    who = "MAIN" if ident == self.main else f"t{ident % 1000}"
                    stack = traceback.extract_stack(frame)[-4:]
                    where = " < ".join(
                        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack)
                    )
                    lines.append(f"    {who}: {where}")
                previous = self.seen.get(beat, (0.0, ""))[1]
                text = "\n".join(lines)
                if text not in previous:
                    text = f"{previous}\n    -- at {late * 1000:.1f} ms:\n{text}"
                self.seen[beat] = (late * 1000, text if text.startswith(previous) else previous)

    def report(self) -> None:
        worst = sorted(self.seen.values(), reverse=True)[:6]
        for late, text in worst:
            print(f"  stall sampled at {late:.1f} ms late:\n{text}")


def bench_launch(runs: int, grammar: bool) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="reactiewijzer-launch-") as tmp:
            command = [
                sys.executable,
                "-c",
                "import sys; from reactiewijzer.app import main; sys.exit(main())",
                "--report-ready",
                "--data-dir",
                tmp,
                "--settings",
                str(Path(tmp) / "s.ini"),
            ]
            if not grammar:
                command.append("--no-grammar")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            t0 = time.perf_counter()
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
            )
            line = process.stdout.readline()
            elapsed = time.perf_counter() - t0
            process.send_signal(signal.SIGTERM)  # closes the window, stops LanguageTool
            process.wait(30)
            process.stdout.close()
            if line.strip() != b"ready":
                raise SystemExit(f"the app did not report ready: {line!r}")
            times.append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="UI responsiveness benchmark")
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=10.0, help="characters per second")
    parser.add_argument("--launch-runs", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5, help="typing runs, each a fresh process")
    parser.add_argument("--no-grammar", action="store_true")
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    grammar = not args.no_grammar
    if args.one_run:  # a child of the runs below: one typing run, its numbers as JSON
        print(json.dumps(bench_typing(args.chars, args.rate, grammar)), flush=True)
        return 0

    launches = bench_launch(args.launch_runs, grammar)
    if launches:
        print(
            f"launch to usable window: median {statistics.median(launches) * 1000:.0f} ms, "
            f"max {max(launches) * 1000:.0f} ms over {len(launches)} runs (target < 1000 ms)"
        )
    runs = []
    for n in range(1, args.runs + 1):
        r = _typing_run(args)
        runs.append(r)
        print(
            f"typing run {n}: {r['chars']:.0f} chars at {args.rate:g}/s (LanguageTool: "
            f"{r['grammar']}), load {r['load_before']:.1f}->{r['load_after']:.1f}: "
            f"longest stall {r['longest_stall_ms']:.1f} ms (window thread working "
            f"{r['stall_work_ms']:.1f} ms of it), p99 {r['p99_stall_ms']:.1f} ms; key handling "
            f"median {r['median_key_ms']:.2f} ms, max {r['max_key_ms']:.1f} ms; stale results "
            f"dropped {r['stale_dropped']:.0f}",
            flush=True,
        )
        print(
            f"  processor time: window thread {r['window_thread_cpu_ms']:.0f} ms (longest piece "
            f"of work {r['longest_work_ms']:.1f} ms, preempted {r['window_preempted']:.0f} times), "
            f"its other threads {r['other_threads_cpu_ms']:.0f} ms, checks' process "
            f"{r['checks_process_cpu_ms']:.0f} ms, LanguageTool {r['languagetool_cpu_ms']:.0f} ms;"
            f" findings at the end: {r['findings']} ({r['findings_digest']})",
            flush=True,
        )
    if runs:
        worst = max(r["longest_stall_ms"] for r in runs)
        print(
            f"typing: worst longest stall {worst:.1f} ms over {len(runs)} runs (target < 16 ms "
            f"in every run); longest window-thread work "
            f"{max(r['longest_work_ms'] for r in runs):.1f} ms"
        )
    return 0


def _typing_run(args: argparse.Namespace) -> dict:
    """One typing run in a fresh process (one QApplication per process; no state carried)."""
    command = [sys.executable, __file__, "--one-run", "--chars", str(args.chars)]
    command += ["--rate", str(args.rate)] + (["--no-grammar"] if args.no_grammar else [])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(command, stdout=subprocess.PIPE, env=env, text=True, check=True)
    lines = done.stdout.splitlines()
    for line in lines[:-1]:  # BENCH_DEBUG's report
        print(line)
    return json.loads(lines[-1])


if __name__ == "__main__":
    sys.exit(main())
