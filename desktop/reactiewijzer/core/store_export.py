"""Commitments out of and into files: CSV (spreadsheet-safe) and iCalendar (.ics).

CSV: a cell that starts with = + - @ tab or CR would be run as a formula by a spreadsheet
(formula injection), so it gets a leading apostrophe. A cell that starts with an apostrophe
gets one too, so the import can take exactly one off and the round trip is exact.

iCalendar (RFC 5545), written by hand because it is small: CRLF line ends, lines folded at
75 octets without splitting a UTF-8 character, TEXT values escaped, a stable UID per
commitment and a DTSTAMP. One VEVENT (all-day, on the due date: every agenda shows it) or
one VTODO per commitment with a due date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reactiewijzer.core.errors import InputError
from reactiewijzer.core.store_records import COLUMNS, StoredCommitment
from reactiewijzer.core.store_schema import STATUSES

_DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "'")
MAX_IMPORT_BYTES = 50 * 1024 * 1024


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_DANGEROUS_FIRST) else cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` owner-only (exports hold personal data too)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600)


def to_csv(records: Iterable[StoredCommitment]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in records:
        row = record.to_dict()
        writer.writerow(["" if row[c] is None else neutralise(str(row[c])) for c in COLUMNS])
    return out.getvalue()


def write_csv(records: Iterable[StoredCommitment], path: Path) -> int:
    records = list(records)
    # UTF-8 with BOM: spreadsheets then read accents and emoji right.
    write_private(path, ("\ufeff" + to_csv(records)).encode("utf-8"))
    return len(records)


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Rows of an exported CSV as dicts ready for the store; every problem reported at once."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise InputError(
                f"{path.name} is groter dan 50 MB; dat is geen export van Reactiewijzer.",
                f"{path.name} is larger than 50 MB; that is not a Reactiewijzer export.",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"Kan {path} niet lezen: {exc.strerror}", f"Cannot read {path}: {exc.strerror}"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{path.name} is geen UTF-8-tekst.", f"{path.name} is not UTF-8 text."
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(
            f"{path.name}: de kolom 'text' ontbreekt in de eerste regel.",
            f"{path.name}: the first line has no 'text' column.",
        )
    rows, errors = [], []
    for row in reader:
        line = reader.line_num
        clean = {c: restore(row[c]) if row.get(c) else None for c in COLUMNS if c in row}
        problem = _check_row(clean)
        if problem:
            errors.append((line, problem))
        else:
            rows.append(clean)
    if errors:
        nl = "\n".join(f"{path.name}:{line}: {p[0]}" for line, p in errors)
        en = "\n".join(f"{path.name}:{line}: {p[1]}" for line, p in errors)
        raise InputError(f"Niets geïmporteerd:\n{nl}", f"Nothing imported:\n{en}")
    return rows


def _check_row(row: dict[str, Any]) -> tuple[str, str] | None:
    if not (row.get("text") or "").strip():
        return ("de toezegging is leeg", "the commitment is empty")
    status = row.get("status") or "open"
    if status not in STATUSES:
        return (f"onbekende status '{status}'", f"unknown status '{status}'")
    row["status"] = status
    for column, parse in (
        ("due", date.fromisoformat),
        ("created", datetime.fromisoformat),
        ("done_at", datetime.fromisoformat),
        ("updated", datetime.fromisoformat),
    ):
        if row.get(column):
            try:
                parse(row[column])
            except ValueError:
                return (
                    f"{column}: '{row[column]}' is geen datum (JJJJ-MM-DD)",
                    f"{column}: '{row[column]}' is not a date (YYYY-MM-DD)",
                )
    return None


# --- iCalendar -------------------------------------------------------------------------


def ics_escape(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma escaped; line breaks as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line into 75-octet pieces, CRLF + space between, never inside a char."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces, current, size, limit = [], [], 0, 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with one space
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _uid(record: StoredCommitment) -> str:
    # Stable across exports (re-importing the .ics updates the same item in the agenda) and
    # different for different databases' commitment 1, 2, ...
    digest = hashlib.sha256(f"{record.created.isoformat()}|{record.text}".encode()).hexdigest()
    return f"commitment-{record.id}-{digest[:16]}@reactiewijzer.invalid"


def to_ics(records: Iterable[StoredCommitment], *, now: datetime, kind: str = "VEVENT") -> str:
    if kind not in ("VEVENT", "VTODO"):
        raise ValueError(kind)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Reactiewijzer//Toezeggingen//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for r in records:
        if r.due is None:
            continue
        lines += [f"BEGIN:{kind}", f"UID:{_uid(r)}", f"DTSTAMP:{_stamp(now)}"]
        lines.append(f"CREATED:{_stamp(r.created)}")
        lines.append(f"LAST-MODIFIED:{_stamp(r.updated)}")
        if kind == "VEVENT":
            lines.append(f"DTSTART;VALUE=DATE:{r.due:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{r.due + timedelta(days=1):%Y%m%d}")
            lines.append("TRANSP:TRANSPARENT")
            status = {"open": "CONFIRMED", "done": "CONFIRMED", "dropped": "CANCELLED"}[r.status]
        else:
            lines.append(f"DUE;VALUE=DATE:{r.due:%Y%m%d}")
            status = {"open": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}[r.status]
            if r.status == "done" and r.done_at:
                lines.append(f"COMPLETED:{_stamp(r.done_at)}")
        lines.append(f"STATUS:{status}")
        lines.append(f"SUMMARY:{ics_escape(_summary(r))}")
        lines.append(f"DESCRIPTION:{ics_escape(_description(r))}")
        if r.thread_ref and r.thread_ref.startswith(("https://", "http://")):
            lines.append(f"URL:{r.thread_ref}")
        lines.append(f"END:{kind}")
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def _summary(r: StoredCommitment) -> str:
    prefix = {"open": "", "done": "✓ ", "dropped": "✗ "}[r.status]
    who = f" ({r.who})" if r.who else ""
    return f"{prefix}Toezegging{who}: {r.text}"


def _description(r: StoredCommitment) -> str:
    parts = [r.text]
    if r.person or r.handle:
        parts.append("Aan / To: " + " ".join(p for p in (r.person, r.handle) if p))
    if r.platform:
        parts.append(f"Platform: {r.platform}")
    if r.thread_ref:
        parts.append(f"Gesprek / Thread: {r.thread_ref}")
    if r.note:
        parts.append(f"Notitie / Note: {r.note}")
    return "\n".join(parts)


def write_ics(
    records: Iterable[StoredCommitment], path: Path, *, now: datetime, kind: str = "VEVENT"
) -> int:
    records = [r for r in records if r.due is not None]
    write_private(path, to_ics(records, now=now, kind=kind).encode("utf-8"))
    return len(records)
