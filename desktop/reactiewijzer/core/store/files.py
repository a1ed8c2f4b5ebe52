"""Where the commitment database lives on disk, owner-only, and moving a broken one aside.

Nothing here ever deletes a file the user's data may be in: a corrupt database is renamed
with a timestamp, together with its -wal and -shm companions.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from reactiewijzer.core import paths
from reactiewijzer.core.paths import DATA_DIR_ENV

DB_NAME = "commitments.db"
# SQLite keeps uncommitted-to-main-file pages in these; they belong to the database.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


def data_dir() -> Path:
    """The user's data folder: REACTIEWIJZER_DATA_DIR if set, else the platform's one.

    Created owner-only (0700) when missing. An existing folder named by the variable is left
    as the user set it up (it may be the root of an encrypted drive); our own is tightened.
    """
    folder = paths.data_dir()
    private_dir(folder, tighten=not os.environ.get(DATA_DIR_ENV))
    return folder


def private_dir(folder: Path, *, tighten: bool = True) -> Path:
    """Create `folder` (and parents) owner-only; tighten an existing one when asked."""
    existed = folder.is_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if tighten or not existed:
        os.chmod(folder, 0o700)
    return folder


def private_file(path: Path) -> None:
    """Create `path` empty if missing, and make it owner-only (0600) before SQLite opens it.

    SQLite gives the -wal and -shm files the same permissions as the database file.
    """
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def looks_like_sqlite(path: Path) -> bool:
    """False for a file that cannot be a SQLite database (foreign header, cut short)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return True  # SQLite writes the header on first use
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return False
    return len(header) == 100 and header.startswith(SQLITE_HEADER) and size % 512 == 0


def move_aside(path: Path, *, reason: str = "corrupt", now: datetime | None = None) -> Path:
    """Rename `path` (and its companions) to `<stem>.<reason>-<timestamp><suffix>`; never delete.

    Returns the new path of the main file. Another process may have moved it already: then
    nothing is left to move and the name it would have had is returned.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = _free_name(path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}"))
    for suffix in ("", *COMPANION_SUFFIXES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            # A concurrent process may have moved it a moment ago.
            with contextlib.suppress(FileNotFoundError):
                os.replace(source, f"{target}{suffix}")
    return target


def _free_name(candidate: Path) -> Path:
    n = 1
    result = candidate
    while result.exists():
        n += 1
        result = candidate.with_name(f"{candidate.stem}-{n}{candidate.suffix}")
    return result
