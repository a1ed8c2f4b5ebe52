"""Saving what can still be read from a damaged commitment log.

A damaged log is copied (with its write-ahead log, where the newest commitments may still
be) to a private scratch folder, and every row SQLite can still read there is copied into
the fresh log. Reading goes row by row when a whole-table read fails: a broken page then
costs the rows on that page, not every row after it. Text with broken UTF-8 is kept with
U+FFFD in place of the bad bytes; a broken date becomes empty (or the time of salvage for
the required columns), so one bad cell never costs the row.

The damaged file itself is never changed: it is kept aside for whoever wants to look at it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reactiewijzer.core.store.files import COMPANION_SUFFIXES
from reactiewijzer.core.store.records import COLUMNS
from reactiewijzer.core.store.schema import COLUMNS_M001, STATUSES, STORED_COLUMNS, TABLE

# After the last row found, probe this many ids more before concluding there are no more:
# a damaged interior page can hide the true maximum id.
_PROBE_PAST_LAST = 5_000
_MAX_PROBES = 2_000_000
SCRATCH_PREFIX = ".salvage-"


def tolerant_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


@contextlib.contextmanager
def scratch_copy(db_path: Path) -> Iterator[Path]:
    """A private copy of `db_path` and its -wal next to it, removed afterwards.

    SQLite replays the write-ahead log when it opens the copy, so commitments that never
    reached the main file are read too. The original stays byte for byte as it was.
    """
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=db_path.parent))
    try:
        copy = folder / db_path.name
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.is_file():
                shutil.copyfile(source, f"{copy}{suffix}")
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def readable_rows(db_path: Path) -> list[dict[str, Any]]:
    """Every commitment row SQLite can read from the database at `db_path` (a scratch copy:
    opening it may write to it), cleaned so it fits the table again."""
    # The pages first: opening the copy with SQLite may fold its WAL in, or drop it.
    raw = scan_pages(db_path)
    try:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
    except sqlite3.Error:
        conn = None
    rows = _read_with(conn) if conn is not None else {}
    # What SQLite read wins; the raw pages add the rows it could not reach.
    for rowid, row in raw.items():
        rows.setdefault(rowid, row)
    cleaned = (_clean_row(row) for row in sorted(rows.values(), key=lambda r: r["_rowid"]))
    return [row for row in cleaned if row is not None]


def _read_with(conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
    conn.text_factory = tolerant_text
    try:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute(f"SELECT * FROM {TABLE} LIMIT 0")
            rows = _read_all(conn)
        except sqlite3.Error:
            rows = {}  # the schema itself cannot be read: only the pages are left
    finally:
        conn.close()
    return rows


def _read_all(conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    try:
        cursor = conn.execute(f"{_SELECT} ORDER BY rowid")
        for values in cursor:
            row = _named(cursor, values)
            rows[int(row["_rowid"])] = row
        complete = True
    except sqlite3.Error:
        complete = False
    if not complete:
        _walk(conn, rows)
    # In a damaged tree even a read that raised nothing can pass rows by (a bad key on an
    # interior page): ask for every id not found yet, one by one, up to past the last.
    highest = max(rows, default=0)
    with contextlib.suppress(sqlite3.Error, TypeError):
        highest = max(highest, int(conn.execute(f"SELECT max(rowid) FROM {TABLE}").fetchone()[0]))
    limit = min(highest + _PROBE_PAST_LAST, _MAX_PROBES)
    rowid = 1
    while rowid <= limit:
        if rowid not in rows:
            _read_one(conn, rowid, rows)
            if rowid in rows and rowid + _PROBE_PAST_LAST > limit:
                limit = min(rowid + _PROBE_PAST_LAST, _MAX_PROBES)
        rowid += 1
    return rows


def _walk(conn: sqlite3.Connection, rows: dict[int, dict[str, Any]]) -> None:
    """Jump ahead with range reads where the pages are healthy and step one id at a time
    where they are not, so the rows behind a broken page are found too."""
    rowid, steps, misses = 0, 0, 0
    while steps < _MAX_PROBES and misses < _PROBE_PAST_LAST:
        steps += 1
        try:
            ahead = [r[0] for r in conn.execute(
                f"SELECT rowid FROM {TABLE} WHERE rowid > ? ORDER BY rowid LIMIT 500", (rowid,)
            )]  # fmt: skip
        except sqlite3.Error:
            ahead = None
        if ahead:
            for found in ahead:
                _read_one(conn, found, rows)
            rowid, misses = ahead[-1], 0
            continue
        rowid += 1
        misses += 1
        _read_one(conn, rowid, rows)
        if rowid in rows:
            misses = 0


_SELECT = f"SELECT rowid AS _rowid, * FROM {TABLE}"


def _named(cursor: sqlite3.Cursor, values: tuple) -> dict[str, Any]:
    return dict(zip([c[0] for c in cursor.description], values, strict=True))


def _read_one(conn: sqlite3.Connection, rowid: int, rows: dict[int, dict[str, Any]]) -> None:
    if rowid in rows:
        return
    try:
        cursor = conn.execute(f"{_SELECT} WHERE rowid = ?", (rowid,))
        values = cursor.fetchone()
    except sqlite3.Error:
        values = None
        # One damaged cell fails the whole row: read the cells one by one, keep what reads.
        row: dict[str, Any] = {"_rowid": rowid}
        for column in COLUMNS[1:]:
            try:
                found = conn.execute(
                    f"SELECT {column} FROM {TABLE} WHERE rowid = ?", (rowid,)
                ).fetchone()
            except sqlite3.Error:
                continue
            if found is None:
                return  # no such row
            row[column] = found[0]
        if len(row) > 1:
            rows[rowid] = row
        return
    if values is not None:
        rows[rowid] = _named(cursor, values)


def _clean_row(raw: dict[str, Any]) -> dict[str, Any] | None:
    row: dict[str, Any] = {}
    for column in COLUMNS:
        value = raw.get(column)
        if isinstance(value, bytes):
            value = tolerant_text(value)
        elif value is not None and column != "id":
            value = str(value)
        row[column] = value
    row["id"] = int(raw["_rowid"])
    if not (row["text"] or "").strip():
        if not any(row[c] for c in ("reply", "person", "handle", "note", "thread_excerpt")):
            return None  # nothing the user wrote is left in this row
        row["text"] = "?"
    now = datetime.now().astimezone().replace(microsecond=0).isoformat()
    row["due"] = row["due"] if _parses(date.fromisoformat, row["due"]) else None
    row["done_at"] = row["done_at"] if _parses(datetime.fromisoformat, row["done_at"]) else None
    for column in ("created", "updated"):
        if not _parses(datetime.fromisoformat, row[column]):
            row[column] = now
    if row["status"] not in STATUSES:
        row["status"] = "open"  # shown to the user, who can close it again
    return row


def _parses(parse: Any, value: str | None) -> bool:
    if not value:
        return False
    try:
        parse(value)
    except (ValueError, TypeError):
        return False
    return True


def remove_scratch_leftovers(folder: Path, *, older_than: float = 600.0) -> None:
    """Scratch folders of a salvage that was killed midway hold personal data: remove them
    (not one another process may be using right now)."""
    now = time.time()
    for path in folder.glob(f"{SCRATCH_PREFIX}*"):
        with contextlib.suppress(OSError):
            if path.is_dir() and now - path.stat().st_mtime > older_than:
                shutil.rmtree(path, ignore_errors=True)


def companions(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}{s}") for s in COMPANION_SUFFIXES if Path(f"{db_path}{s}").exists()]


# --- reading the pages themselves ----------------------------------------------------------
#
# When SQLite cannot read the table at all (its first page or the schema is damaged, or only
# the write-ahead log is left), the rows are still in the file: a table's leaf pages hold
# them in SQLite's documented record format (https://www.sqlite.org/fileformat.html). This
# reads every leaf page of the file and, over it, the newest copy of each page in the WAL,
# and keeps the records shaped like a commitment. Rows SQLite itself could read win.

_DEFAULT_PAGE = 4096
_LEAF = 0x0D
_WAL_HEADER = 32
_FRAME_HEADER = 24


def scan_pages(db_path: Path) -> dict[int, dict[str, Any]]:
    """Rows shaped like commitments on the raw pages of `db_path` and its -wal."""
    try:
        main = db_path.read_bytes()
    except OSError:
        main = b""
    wal_path = Path(f"{db_path}-wal")
    try:
        wal = wal_path.read_bytes() if wal_path.is_file() else b""
    except OSError:
        wal = b""
    size = _page_size(main[16:18]) or _page_size(wal[8:12]) or _DEFAULT_PAGE
    pages: dict[int, bytes] = {}
    for number in range(len(main) // size):
        pages[number + 1] = main[number * size : (number + 1) * size]
    wal_size = int.from_bytes(wal[8:12], "big") if len(wal) >= _WAL_HEADER else 0
    if wal_size == size:
        offset = _WAL_HEADER
        while offset + _FRAME_HEADER + size <= len(wal):
            number = int.from_bytes(wal[offset : offset + 4], "big")
            if number:
                pages[number] = wal[offset + _FRAME_HEADER : offset + _FRAME_HEADER + size]
            offset += _FRAME_HEADER + size
    rows: dict[int, dict[str, Any]] = {}
    for number in sorted(pages):
        with contextlib.suppress(Exception):  # a damaged page costs its own rows only
            for rowid, values in _leaf_cells(pages, number, size):
                row = _as_commitment(rowid, values)
                if row is not None:
                    rows[rowid] = row
    return rows


def _page_size(raw: bytes) -> int | None:
    if len(raw) == 2:
        value = int.from_bytes(raw, "big")
        value = 65536 if value == 1 else value
    elif len(raw) == 4:
        value = int.from_bytes(raw, "big")
    else:
        return None
    return value if 512 <= value <= 65536 and value & (value - 1) == 0 else None


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise ValueError("varint")


def _leaf_cells(pages: dict[int, bytes], number: int, size: int) -> Iterator[tuple[int, list]]:
    page = pages[number]
    start = 100 if number == 1 else 0
    if page[start] != _LEAF:
        return
    count = int.from_bytes(page[start + 3 : start + 5], "big")
    usable = size  # our databases reserve no bytes at the end of a page
    max_local = usable - 35
    for i in range(min(count, size // 4)):
        at = int.from_bytes(page[start + 8 + 2 * i : start + 10 + 2 * i], "big")
        try:
            length, at = _varint(page, at)
            rowid, at = _varint(page, at)
            if length <= max_local:
                payload = page[at : at + length]
            else:
                payload = _with_overflow(pages, page, at, length, usable, size)
            if len(payload) != length:
                continue
            yield rowid, _record(payload)
        except (ValueError, IndexError, KeyError, UnicodeDecodeError):
            continue


def _with_overflow(
    pages: dict[int, bytes], page: bytes, at: int, length: int, usable: int, size: int
) -> bytes:
    least = (usable - 12) * 32 // 255 - 23
    local = least + (length - least) % (usable - 4)
    if local > usable - 35:
        local = least
    parts = [page[at : at + local]]
    have = local
    following = int.from_bytes(page[at + local : at + local + 4], "big")
    seen = set()
    while have < length and following and following not in seen:
        seen.add(following)
        chunk = pages[following]
        take = min(length - have, size - 4)
        parts.append(chunk[4 : 4 + take])
        have += take
        following = int.from_bytes(chunk[:4], "big")
    return b"".join(parts)


def _record(payload: bytes) -> list:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list = []
    at = header_size
    widths = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in widths:
            values.append(int.from_bytes(payload[at : at + widths[kind]], "big", signed=True))
            at += widths[kind]
        elif kind == 7:
            values.append(None)  # a float: no column of ours holds one
            at += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            width = (kind - 12) // 2
            raw = payload[at : at + width]
            if len(raw) != width:
                raise ValueError("cut short")
            values.append(tolerant_text(raw) if kind % 2 else raw)
            at += width
        else:
            raise ValueError("reserved serial type")
    return values


def _as_commitment(rowid: int, values: list) -> dict[str, Any] | None:
    """A record of the commitments table: the cells of one of its shapes (13 before the thread
    excerpt, 14 since), the first the rowid's NULL, a text, a known status and a creation time.
    Records of the search index or the schema are not."""
    shape = {len(COLUMNS_M001): COLUMNS_M001, len(STORED_COLUMNS): STORED_COLUMNS}
    if len(values) not in shape or values[0] is not None or rowid <= 0:
        return None
    row = dict(zip(shape[len(values)], values, strict=True))
    if not isinstance(row["text"], str) or row["status"] not in STATUSES:
        return None
    if not _parses(
        datetime.fromisoformat, row["created"] if isinstance(row["created"], str) else None
    ):
        return None
    row["_rowid"] = rowid
    return row
