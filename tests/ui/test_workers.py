"""The checks' own process: results reach the window, and a dead worker is replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from reactiewijzer.core.engine import check_guidelines
from reactiewijzer.core.model import Report
from reactiewijzer.ui.workers import ProcessRunner


@pytest.fixture
def runner(qapp):
    runner = ProcessRunner()
    yield runner
    runner.shutdown()


def _run(qtbot, runner, fn, *args):
    results, errors = [], []
    runner.run_in_pool(fn, *args, on_result=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=30000)
    return results, errors


def test_a_check_runs_in_another_process_and_its_report_comes_back(qtbot, runner):
    results, errors = _run(qtbot, runner, check_guidelines, "Wij informeren u middels dit.")
    assert not errors
    report = results[0]
    assert isinstance(report, Report)
    assert any(f.match == "middels" for f in report.findings)
    assert runner.process_id() not in (None, os.getpid())
    assert not runner.busy()


def test_a_killed_worker_is_replaced_and_checks_go_on(qtbot, runner):
    _run(qtbot, runner, check_guidelines, "Hoi Anna.")
    first = runner.process_id()
    os.kill(first, signal.SIGKILL)
    results, errors = _run(qtbot, runner, check_guidelines, "Wij informeren u middels dit.")
    assert not errors, errors
    assert any(f.match == "middels" for f in results[0].findings)
    assert runner.process_id() != first


def test_an_error_in_the_worker_reaches_the_window_as_an_error(qtbot, runner):
    results, errors = _run(qtbot, runner, check_guidelines, "Hoi", None, "myspace")
    assert not results
    assert "myspace" in str(errors[0])


def test_the_worker_leaves_when_the_window_process_is_killed(tmp_path):
    """A killed app must not leave its checks' process behind."""
    script = tmp_path / "app.py"
    script.write_text(
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reactiewijzer.core.engine import check_guidelines\n"
        "from reactiewijzer.ui.workers import ProcessRunner\n"
        "if __name__ == '__main__':\n"
        "    app = QApplication(sys.argv)\n"
        "    runner = ProcessRunner()\n"
        "    runner.run_in_pool(check_guidelines, 'Hoi', on_result=lambda r: app.quit())\n"
        "    app.exec()\n"
        "    print(runner.process_id(), flush=True)\n"
        "    time.sleep(60)\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env
    )
    with app:
        worker = int(app.stdout.readline())
        app.kill()
        app.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running(worker):
        time.sleep(0.1)
    assert not _running(worker)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init) counts as gone.
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        return fh.read().split(") ", 1)[1][0] != "Z"
