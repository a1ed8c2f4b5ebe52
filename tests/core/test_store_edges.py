"""The store at its edges, on real files: read-only and foreign files, a read-only folder,
an empty file, a full disk, a busy log, two processes at once, backups that hold the day.

Permissions mean nothing to root, so where a test runs as root (CI does), the store runs in
a child process that has dropped root's powers over files (CAP_DAC_OVERRIDE and friends):
then a file of root's marked read-only is read-only to it, and a file of `nobody`'s with mode
0600 is another user's file it cannot read, just as for an ordinary user.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from old_log import fill_old_log, make_old_log  # tests/core/old_log.py

from reactiewijzer.core.store import CommitmentStore, StoreBusy, StoreFull, StoreUnavailable
from reactiewijzer.core.store import backup as store_backup

TODAY = date(2025, 11, 12)
IS_ROOT = os.geteuid() == 0


def nobody() -> tuple[int, int]:
    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def _drop_file_powers() -> None:
    """In the child, before exec: leave out of the bounding set the capabilities that let
    root ignore file permissions, so the exec'd program runs by the permission bits."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for cap in (0, 1, 2, 3, 4):  # CHOWN, DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER, FSETID
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folder is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="rw-edges-"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_other_user(code: str, data: Path) -> dict:
    """Run `code` (which sets `result`) in a child process bound by file permissions, as an
    ordinary user is; returns `result` as parsed JSON."""
    script = (
        textwrap.dedent(
            """
        import json, sys
        from pathlib import Path
        from reactiewijzer.core.store import CommitmentStore
        from reactiewijzer.core.errors import Error
        path = Path(sys.argv[1])
        result = {}
        """
        )
        + textwrap.dedent(code)
        + "\nprint(json.dumps(result))\n"
    )
    kwargs = {"preexec_fn": _drop_file_powers} if IS_ROOT else {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("REACTIEWIJZER")}
    env["HOME"] = str(data.parent)
    done = subprocess.run(
        [sys.executable, "-c", script, str(data / "commitments.db")],
        capture_output=True, text=True, timeout=60, env=env, cwd=data.parent, **kwargs,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def make_log(folder: Path, rows: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with CommitmentStore(folder / "commitments.db", today=TODAY, auto_backup=False) as s:
        for i in range(rows):
            s.add(f"Toezegging {i}", person="Anna")
    return folder / "commitments.db"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


READ_AND_TRY_TO_WRITE = """
s = CommitmentStore(path)
result["read_only"] = s.read_only
result["notice"] = s.recovery_message("nl")
result["notice_en"] = s.recovery_message("en")
result["rows"] = [c.text for c in s.list("all")]
result["search"] = len(s.search("toezegging"))
try:
    s.add("Nieuw")
except Error as exc:
    result["add_error"] = exc.message("nl")
s.close()
"""


def test_a_read_only_log_opens_read_only_and_is_never_moved(shared_dir: Path) -> None:
    data = shared_dir / "data"
    path = make_log(data)
    os.chmod(path, 0o444)
    os.chmod(data, 0o555)  # neither the log nor its folder can be written
    before = snapshot(data)
    try:
        result = as_other_user(READ_AND_TRY_TO_WRITE, data)
    finally:
        os.chmod(data, 0o755)
    assert result["read_only"] is True
    assert result["rows"] == ["Toezegging 2", "Toezegging 1", "Toezegging 0"]
    assert result["search"] == 3
    assert "alleen gelezen" in result["notice"] and "can only be read" in result["notice_en"]
    assert "niets" in result["add_error"] and "toevoegen" in result["add_error"]
    assert snapshot(data) == before  # not moved aside, not changed, nothing added


def test_foreign_wal_files_open_read_only_without_a_traceback(shared_dir: Path) -> None:
    data = shared_dir / "data"
    path = make_log(data)
    # The log is the user's, but its -wal and -shm belong to someone else (a sudo run, say).
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("INSERT INTO commitments(text, status, created, updated) "
                 "VALUES ('Alleen in de WAL', 'open', '2025-11-12T10:00:00+01:00', "
                 "'2025-11-12T10:00:00+01:00')")  # fmt: skip
    holder = sqlite3.connect(path)  # keeps the -wal and -shm in place
    holder.execute("SELECT 1").fetchone()
    for suffix in ("-wal", "-shm"):
        if IS_ROOT:
            os.chown(f"{path}{suffix}", *nobody())
        os.chmod(f"{path}{suffix}", 0o644)
    try:
        result = as_other_user(READ_AND_TRY_TO_WRITE, data)
    finally:
        holder.close()
        conn.close()
    assert result["read_only"] is True
    assert "Toezegging 0" in result["rows"]
    assert "add_error" in result
    assert not list(data.glob("*beschadigd*"))


READ_OLD = """
s = CommitmentStore(path)
result["read_only"] = s.read_only
result["excerpts"] = [c.thread_excerpt for c in s.list("all")]
result["search"] = [c.text for c in s.search("brief")]
s.close()
"""


def test_a_read_only_log_of_the_old_schema_is_read_as_it_is(shared_dir: Path) -> None:
    """A log that cannot be written is not migrated: it is read with the schema it has."""
    data = shared_dir / "data"
    data.mkdir()
    path = data / "commitments.db"
    make_old_log(path)
    fill_old_log(path)
    os.chmod(path, 0o444)
    os.chmod(data, 0o555)
    try:
        result = as_other_user(READ_OLD, data)
    finally:
        os.chmod(data, 0o755)
    assert result == {
        "read_only": True,
        "excerpts": [None, None, None],
        "search": ["We sturen een brief."],
    }


def test_a_read_only_folder_without_a_log_says_so(shared_dir: Path) -> None:
    data = shared_dir / "readonly"
    data.mkdir()
    os.chmod(data, 0o555)
    result = as_other_user(
        """
try:
    CommitmentStore(path)
except Error as exc:
    result["error"] = exc.message("nl")
    result["error_en"] = exc.message("en")
""",
        data,
    )
    assert "alleen-lezen" in result["error"] and "read-only" in result["error_en"]
    assert "niets gewijzigd" in result["error"]
    assert list(data.iterdir()) == []


def test_an_unreadable_log_is_left_where_it_is(shared_dir: Path) -> None:
    data = shared_dir / "data"
    path = make_log(data)
    if not IS_ROOT:
        pytest.skip("needs a file of another user")
    os.chown(path, *nobody())  # another user's, unreadable; the folder is ours: we could
    os.chmod(path, 0o600)  # move the log aside, and must not
    before = snapshot(data)
    result = as_other_user(
        """
try:
    CommitmentStore(path)
except Error as exc:
    result["error"] = exc.message("nl")
""",
        data,
    )
    assert "andere gebruiker" in result["error"] and "niets gewijzigd" in result["error"]
    assert snapshot(data) == before


def test_a_zero_length_log_says_it_was_empty(tmp_path: Path) -> None:
    path = tmp_path / "commitments.db"
    path.write_bytes(b"")
    with CommitmentStore(path, today=TODAY) as s:
        assert "leeg (0 bytes)" in s.recovery_message("nl")
        assert "empty (0 bytes)" in s.recovery_message("en")
        assert s.add("Werkt").id == 1


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_loses_nothing_and_says_so(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        store = CommitmentStore(disk / "commitments.db", today=TODAY)
        saved = [store.add(f"Toezegging {i}", reply="x" * 200).id for i in range(20)]
        filler = disk / "filler"
        with filler.open("wb") as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        with pytest.raises(StoreFull) as err:
            for i in range(2_000):
                store.add(f"Nog een {i}", reply="y" * 4000)
        assert "schijf is vol" in err.value.message("nl")
        assert "disk is full" in err.value.message("en")
        assert set(saved) <= {c.id for c in store.list("all")}
        filler.unlink()
        assert store.add("Weer ruimte").text == "Weer ruimte"
        store.close()
        with CommitmentStore(disk / "commitments.db", today=TODAY) as again:
            assert again.recovered_from is None
            assert set(saved) <= {c.id for c in again.list("all")}


def test_opening_on_a_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size="64k") as disk:
        (disk / "filler").write_bytes(b"\0" * 64 * 1024)
        with pytest.raises((StoreUnavailable, StoreFull)) as err:
            CommitmentStore(disk / "commitments.db", today=TODAY)
        assert "vol" in err.value.message("nl")


def test_a_busy_log_is_a_clear_error_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_log(tmp_path / "data")
    with CommitmentStore(path, today=TODAY) as s:
        s.db.execute("PRAGMA busy_timeout = 200")  # not the full five seconds in a test
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreBusy) as err:
                s.add("Tijdens bezet")
            message = err.value.message("nl")
            assert "bezet" in message and "niets verloren" in message
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert s.add("Daarna").text == "Daarna"
        assert len(s.list("all")) == 4


# --- backups ---------------------------------------------------------------------------------


def day_backup_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
    finally:
        conn.close()


def test_the_days_backup_holds_the_days_commitments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_log(tmp_path / "data", rows=1)
    with CommitmentStore(path, today=TODAY) as s:
        backup = s.latest_backup()
        assert day_backup_rows(backup) == 1  # made at open
        monkeypatch.setattr(store_backup, "BACKUP_EVERY", 0.0)
        s.add("Na de eerste back-up van vandaag")
        assert day_backup_rows(backup) == 2  # refreshed after the write
        monkeypatch.setattr(store_backup, "BACKUP_EVERY", 3600.0)
        s.add("Nog een")
        s.add("En nog een")
        assert day_backup_rows(backup) == 2  # not after every write
    assert day_backup_rows(backup) == 4  # but at close
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]  # no temporary files


def test_no_backup_of_a_log_that_replaced_a_damaged_one(tmp_path: Path) -> None:
    path = make_log(tmp_path / "data", rows=5)
    with CommitmentStore(path, today=TODAY) as s:
        good = s.latest_backup()
    path.write_bytes(b"kapot" * 2000)
    with CommitmentStore(path, today=TODAY) as s:
        assert s.recovered_from is not None and s.salvaged == 0
        s.add("In de nieuwe lijst")
        assert s.backup(force=True) is None
    with CommitmentStore(path, today=TODAY) as s:
        infos = s.describe_backups()
    assert [(i.path, i.rows) for i in infos] == [(good, 5)]
    assert "5 toezeggingen" in infos[0].describe("nl")
    assert "5 commitments" in infos[0].describe("en")
    assert infos[0].describe("nl").startswith(infos[0].saved_at.strftime("%d-%m-%Y"))


def test_stale_temporary_files_are_removed_at_open(tmp_path: Path) -> None:
    path = make_log(tmp_path / "data", rows=1)
    backups = tmp_path / "data" / "backups"
    backups.mkdir()
    stale = backups / "commitments-2025-11-12.db.partial-123-abcd"
    journal = backups / "commitments-2025-11-12.db.partial-123-abcd-journal"
    young = backups / "commitments-2025-11-12.db.partial-456-ef01"
    scratch = tmp_path / "data" / ".salvage-old"
    scratch.mkdir()
    for leftover in (stale, journal, young):
        leftover.write_bytes(b"half a copy with Anna in it")
    hour_ago = time.time() - 3600
    for leftover in (stale, journal, scratch):
        os.utime(leftover, (hour_ago, hour_ago))
    with CommitmentStore(path, today=TODAY):
        pass
    assert not stale.exists() and not journal.exists() and not scratch.exists()
    assert young.exists()  # may be another process's copy in progress


OPEN_AND_ADD = """
import sys, time
from datetime import date
from reactiewijzer.core.store import CommitmentStore
start = float(sys.argv[2])
while time.time() < start:
    pass
with CommitmentStore(sys.argv[1], today=date(2025, 11, 12)) as s:
    s.add("Van proces " + sys.argv[3])
"""


def test_two_processes_opening_at_the_first_moment_of_the_day(tmp_path: Path) -> None:
    path = make_log(tmp_path / "data", rows=50)
    for round_ in range(5):
        start = time.time() + 1.5
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN_AND_ADD, str(path), str(start), f"{round_}-{n}"],
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(4)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        for backup in (tmp_path / "data" / "backups").glob("*"):
            backup.unlink()  # the next round is again the day's first opening
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        assert s.recovered_from is None
        assert len(s.list("all")) == 50 + 5 * 4
    assert not list((tmp_path / "data").glob("*beschadigd*"))
    assert not [p for p in (tmp_path / "data").rglob("*") if ".partial" in p.name]


def test_damage_after_the_last_close_is_found_at_the_next_open(tmp_path: Path) -> None:
    path = make_log(tmp_path / "data", rows=300)
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        s.add("Nog een")  # a clean session: the next open may skip the check ...
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\x5a" * 4096  # ... unless the file changed since: same size here
    path.write_bytes(bytes(data))
    with CommitmentStore(path, today=TODAY, auto_backup=False) as s:
        assert s.recovered_from is not None
        assert s.salvaged > 250
