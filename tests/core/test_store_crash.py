"""Saving survives SIGKILL at any moment, and two writers at once lose nothing.

The writers are real processes on a real SQLite file. The killed ones are forked by a small
"zygote" process that has the store imported already, so a round costs milliseconds rather
than a Python start-up, and the zygote (single-threaded, no Qt) kills and reaps them.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from reactiewijzer.core.store import CommitmentStore

ROUNDS = 200

# Reads "<label> <output file> <opening|saving> <delay seconds>" lines; for each: forks a
# writer, lets it run (after its first save, for "saving") for the delay, SIGKILLs it, reaps
# it and answers "<pid> <wait status>".
ZYGOTE = """
import os, select, signal, sys, time
from datetime import date, timedelta
from reactiewijzer.core.store import CommitmentStore

TODAY = date(2025, 11, 12)

def write_until_killed(db_path, label, out, first_save):
    store = CommitmentStore(db_path, today=TODAY)
    if store.recovered_from is not None:
        os.write(out, f"recovered {store.recovered_from}\\n".encode())
    i = 0
    while True:
        c = store.add(f"{label} belofte {i}", due=TODAY + timedelta(days=i % 30),
                      person=f"Persoon {i % 7}", reply=f"Hoi, {label} belofte {i}. " * 20)
        # Printed only after add() returned: this is the moment the user is told "saved".
        os.write(out, f"added {c.id}\\n".encode())
        if i == 0:
            os.write(first_save, b".")
        if i % 3 == 2:
            store.mark_done(c.id, f"afgerond {label}")
            os.write(out, f"done {c.id}\\n".encode())
        i += 1

db_path = sys.argv[1]
for line in sys.stdin:
    label, out_path, mode, delay = line.split()
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ready_r)
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            write_until_killed(db_path, label, out, ready_w)
        finally:
            os._exit(3)
    os.close(ready_w)
    if mode == "saving":
        # Wait (however slow the machine) until it saves, then kill it somewhere in the
        # middle of the following saves: inside a transaction, a commit, an fsync.
        select.select([ready_r], [], [], 10)
    time.sleep(float(delay))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(ready_r)
    print(pid, status, flush=True)
"""


def test_sigkill_while_saving_never_loses_a_confirmed_save(tmp_path: Path) -> None:
    db_path = tmp_path / "commitments.db"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    added: set[int] = set()
    done: set[int] = set()
    recovered: list[str] = []
    killed_while_writing = 0
    try:
        for n in range(ROUNDS):
            out = tmp_path / f"round-{n}.out"
            # Mostly in the middle of saving; one round in eight while opening (or before).
            if n % 8 == 0:
                mode, delay = "opening", rng.uniform(0.0, 0.01)
            else:
                mode, delay = "saving", rng.uniform(0.0, 0.02)
            zygote.stdin.write(f"r{n} {out} {mode} {delay:.4f}\n")
            zygote.stdin.flush()
            _, status = zygote.stdout.readline().split()
            assert os.WIFSIGNALED(int(status)), f"round {n} ended by itself (seed {seed})"
            # Only whole lines count: a line cut off by the kill was never shown.
            lines = out.read_text().split("\n")[:-1] if out.exists() else []
            killed_while_writing += any(x.startswith("added") for x in lines)
            for line in lines:
                kind, value = line.split(" ", 1)
                if kind == "added":
                    added.add(int(value))
                elif kind == "done":
                    done.add(int(value))
                else:
                    recovered.append(value)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()

    assert recovered == [], f"a killed save looked like damage (seed {seed})"
    assert killed_while_writing >= ROUNDS * 7 // 8, f"kills missed the saves (seed {seed})"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The full-text index agrees with the table (its triggers run in the same transaction).
        conn.execute("INSERT INTO commitments_fts(commitments_fts) VALUES ('integrity-check')")
        status_of = dict(conn.execute("SELECT id, status FROM commitments"))
    finally:
        conn.close()
    missing = added - status_of.keys()
    assert not missing, f"confirmed saves lost: {sorted(missing)[:10]} (seed {seed})"
    assert all(status_of[i] == "done" for i in done), f"seed {seed}"
    assert len(added) > ROUNDS  # the test really saved many times


APP_WRITER = """
import sys
from datetime import date
from reactiewijzer.core.store import CommitmentStore
store = CommitmentStore()
for i in range(int(sys.argv[1])):
    c = store.add(f"app {i}", due=date(2025, 12, 1), person="App")
    if i % 2:
        store.set_due(c.id, date(2025, 12, 2))
store.close()
"""

CLI_WRITER = """
import sys
from reactiewijzer.cli import main
for i in range(int(sys.argv[1])):
    assert main(["commitments", "add", f"cli {i}", "--person", "Cli", "--due", "2025-12-01"]) == 0
"""


def test_app_and_cli_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, REACTIEWIJZER_DATA_DIR=str(tmp_path / "data"))
    CommitmentStore(tmp_path / "data" / "commitments.db").close()  # both find it migrated
    writers = [
        subprocess.Popen([sys.executable, "-c", APP_WRITER, "150"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE),
        subprocess.Popen([sys.executable, "-c", CLI_WRITER, "60"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE),
    ]  # fmt: skip
    for w in writers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err.decode()
    with CommitmentStore(tmp_path / "data" / "commitments.db") as store:
        rows = store.list("all")
        texts = {c.text for c in rows}
        assert {f"app {i}" for i in range(150)} <= texts
        assert {f"cli {i}" for i in range(60)} <= texts
        assert len(rows) == 210
        assert sum(c.due == date(2025, 12, 2) for c in rows) == 75
