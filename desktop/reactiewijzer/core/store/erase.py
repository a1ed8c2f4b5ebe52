"""Erasure that erases (AVG art. 17): one person out of the log and every copy of it.

Copies are the daily backups, damaged logs kept aside ("beschadigd"), logs replaced by a
restore ("voor-herstel"), and temporary files of a backup or salvage that was cut short.
Each readable copy gets the same DELETE as the log, then VACUUM, so the bytes are rewritten,
not just unlinked. A copy SQLite cannot read whole is rebuilt from its readable rows without
this person's (its unreadable pages, and whatever they held, are not kept). Temporary files
are removed. Afterwards every file in the data folder is searched for the name, and the
report says where it still occurs (a draft that mentions the person, say), so the user is
never told "erased" while a byte of it is left.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from reactiewijzer.core.catalogue import text
from reactiewijzer.core.store import backup, salvage
from reactiewijzer.core.store.files import COMPANION_SUFFIXES
from reactiewijzer.core.store.schema import TABLE, connect

# One person: their name or handle, any case, with or without the '@'.
PERSON_MATCH = "person = ? COLLATE NOCASE OR ltrim(handle, '@') = ? COLLATE NOCASE"
_SCAN_LIMIT = 256 * 1024 * 1024  # larger files in a shared folder are not ours


@dataclass
class ErasureReport:
    """What `forget` removed, where, and where the name still occurs."""

    who: str
    log_rows: int = 0
    excerpts: int = 0  # thread excerpts of other commitments that named the person, cleared
    copies: list[tuple[Path, int]] = field(default_factory=list)  # cleaned in place
    rebuilt: list[tuple[Path, int]] = field(default_factory=list)  # damaged, rebuilt
    removed: list[Path] = field(default_factory=list)  # temporary files deleted
    still_found: list[Path] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.log_rows + sum(n for _, n in self.copies) + sum(n for _, n in self.rebuilt)

    def message(self, lang: str = "nl") -> str:
        lines = [text("erase.from_log", lang, count=self.log_rows, who=self.who)]
        if self.excerpts:
            lines.append(text("erase.excerpts", lang, count=self.excerpts, who=self.who))
        lines += [text("erase.copy", lang, name=p.name, count=n) for p, n in self.copies]
        lines += [text("erase.rebuilt", lang, name=p.name, count=n) for p, n in self.rebuilt]
        lines += [text("erase.removed", lang, name=p.name) for p in self.removed]
        if self.still_found:
            files = ", ".join(str(p) for p in self.still_found)
            lines.append(text("erase.still_found", lang, who=self.who, files=files))
        else:
            lines.append(text("erase.gone", lang))
        return "\n".join(lines)


def keys(who: str) -> tuple[str, str]:
    key = (who or "").strip()
    return key, key.lstrip("@")


def erase_rows(conn: sqlite3.Connection, who: str) -> tuple[int, int]:
    """DELETE this person's rows in an open transaction, and take the thread excerpt out of
    other rows whose excerpt names them; the search index drops both too.
    Returns (rows erased, excerpts cleared)."""
    count = conn.execute(f"DELETE FROM {TABLE} WHERE {PERSON_MATCH}", keys(who)).rowcount
    cleared = _clear_excerpts(conn, who)
    if count or cleared:
        # FTS5 keeps deleted terms in old segments until they are merged: merge them now.
        conn.execute(f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('optimize')")
    return count, cleared


def mentions(who: str) -> re.Pattern[str]:
    """The name or handle as a word of its own, any case, with or without the '@'."""
    key, bare = keys(who)
    forms = sorted({re.escape(k) for k in (key, bare) if k}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)@?(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


def _clear_excerpts(conn: sqlite3.Connection, who: str) -> int:
    """An excerpt is the citizen's post, not the user's words: one that names the person
    (quoted to someone else, or kept after the person was changed) goes with them."""
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({TABLE})")}
    if "thread_excerpt" not in columns:
        return 0  # a copy from before the log kept excerpts
    pattern = mentions(who)
    conn.create_function(
        "rw_mentions", 1, lambda text: bool(text and pattern.search(text)), deterministic=True
    )
    _, bare = keys(who)
    where, params = "rw_mentions(thread_excerpt)", ()
    if bare.isascii():
        # SQLite's lower() folds ASCII only: for an ASCII name it finds every candidate, and
        # Python then looks at a few rows instead of all (0.9 s for 100,000 excerpts).
        where, params = f"instr(lower(thread_excerpt), lower(?)) > 0 AND {where}", (bare,)
    return conn.execute(f"UPDATE {TABLE} SET thread_excerpt = NULL WHERE {where}", params).rowcount


def kept_copies(db_path: Path) -> list[Path]:
    """Backups and the logs kept aside (damaged, or replaced by a restore)."""
    aside = sorted(
        p
        for p in db_path.parent.glob(f"{db_path.stem}.*{db_path.suffix}")
        if p.is_file() and p != db_path
    )
    return backup.backups(db_path) + aside


def temporary_files(db_path: Path) -> list[Path]:
    folder = backup.backup_dir(db_path)
    found = [p for p in folder.iterdir() if backup.PARTIAL in p.name] if folder.is_dir() else []
    found += list(db_path.parent.glob(f"{salvage.SCRATCH_PREFIX}*"))
    return found


def erase_in_copy(path: Path, who: str) -> tuple[int, bool]:
    """Erase `who` from the database file `path`. Returns (rows erased, rebuilt?)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("damaged")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            count, _ = erase_rows(conn, who)
            conn.execute("COMMIT")
            # One self-contained file: its write-ahead log is folded in and removed.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        return count, False
    except sqlite3.DatabaseError:
        return _rebuild_without(path, who), True


def _rebuild_without(path: Path, who: str) -> int:
    """A damaged copy becomes a healthy one with its readable rows, less this person's."""
    with salvage.scratch_copy(path) as scratch:
        rows = salvage.readable_rows(scratch)
    name, handle = (k.casefold() for k in keys(who))
    pattern = mentions(who)
    kept = [
        r
        for r in rows
        if (r["person"] or "").casefold() != name
        and (r["handle"] or "").lstrip("@").casefold() != handle
    ]
    for r in kept:
        if r.get("thread_excerpt") and pattern.search(r["thread_excerpt"]):
            r["thread_excerpt"] = None
    fresh = path.with_name(f"{path.name}{backup.PARTIAL}-erase-{os.getpid()}")
    fresh.unlink(missing_ok=True)
    fd = os.open(fresh, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    try:
        db = connect(fresh)
        try:
            if kept:
                db[TABLE].insert_all(kept, batch_size=500)
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
        for suffix in COMPANION_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        os.replace(fresh, path)
    finally:
        for leftover in (fresh, *(Path(f"{fresh}{s}") for s in COMPANION_SUFFIXES)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return len(rows) - len(kept)


def remove_temporary(db_path: Path) -> list[Path]:
    removed = []
    for path in temporary_files(db_path):
        with contextlib.suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def files_mentioning(folder: Path, who: str) -> list[Path]:
    """Every file under `folder` whose bytes hold the name or handle, in any ASCII case."""
    needles = {k.lower().encode("utf-8") for k in keys(who) if k}
    found = []
    for path in sorted(folder.rglob("*")):
        try:
            if not path.is_file() or path.stat().st_size > _SCAN_LIMIT:
                continue
            data = path.read_bytes().lower()
        except OSError:
            continue
        if any(n in data for n in needles):
            found.append(path)
    return found
