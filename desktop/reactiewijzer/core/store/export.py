"""Commitments out of and into files: CSV (spreadsheet-safe) and iCalendar (.ics).

CSV comes in three styles. "nl" is what Dutch Excel opens in columns: `;`-separated, UTF-8
with a byte-order mark, Dutch headers and status words. "en": `,`-separated with English
headers, for English Excel. "plain": `,`-separated with the column names, no BOM, for
scripts. The import reads all three back.
A cell that starts with = + - @ tab or CR would be run as a formula by a spreadsheet
(formula injection), so it gets a leading apostrophe. A cell that starts with an apostrophe
gets one too, so the import can take exactly one off and the round trip is exact.

iCalendar (RFC 5545) is written by the `icalendar` library: escaping of TEXT values (a line
break, `;` or `,` in a field can never start a property of its own), folding at 75 octets,
CRLF line ends. One VEVENT (all-day, on the due date: every agenda shows it) or one VTODO per
commitment with a due date, optionally with a reminder (VALARM) some days before. Each field
is also written as an X-REACTIEWIJZER-... TEXT property, so a reader gets every field back
as it was (RFC 5545 TEXT has no carriage return: CR LF and CR come back as LF).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reactiewijzer.core.catalogue import PerLanguage, texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.paths import atomic_write
from reactiewijzer.core.store.records import COLUMNS, StoredCommitment
from reactiewijzer.core.store.schema import STATUSES

CSV_STYLES = ("nl", "en", "plain")
SUFFIXES = {".csv": "csv", ".ics": "ics"}
HEADERS = {
    "nl": ("Nr", "Toezegging", "Datum", "Status", "Persoon", "Account", "Platform", "Gesprek",
           "Reactie", "Uit het gesprek", "Aangemaakt", "Afgerond op", "Notitie", "Gewijzigd"),
    "en": ("No.", "Commitment", "Due", "Status", "Person", "Handle", "Platform", "Thread",
           "Reply", "From the thread", "Created", "Closed", "Note", "Updated"),
    "plain": COLUMNS,
}  # fmt: skip
STATUS_WORDS = {
    "nl": {"open": "open", "done": "gedaan", "dropped": "vervallen"},
    "en": {"open": "open", "done": "done", "dropped": "dropped"},
    "plain": {s: s for s in STATUSES},
}
# ICS: each field in a property of its own, read back exactly.
ICS_FIELDS = ("text", "person", "handle", "platform", "thread_ref", "thread_excerpt", "note",
              "status")  # fmt: skip
ICS_PREFIX = "X-REACTIEWIJZER-"


def export_kind(path: Path, kind: str | None = None) -> str:
    """'csv' or 'ics' for `path`; a name the export would not match is refused, so that
    `export out.xlsx` never writes CSV into a file Excel then calls broken."""
    suffix = path.suffix.lower()
    found = SUFFIXES.get(suffix)
    if found is None or (kind is not None and kind != found):
        spreadsheet = suffix in (".xlsx", ".xls", ".ods")
        raise InputError(
            *texts(
                "export.unknown_type",
                name=path.name,
                suffix=suffix or PerLanguage(*texts("export.no_suffix")),
                wanted=f".{kind}" if kind else PerLanguage(*texts("export.csv_or_ics")),
                spreadsheet=PerLanguage(*texts("export.spreadsheet_hint")) if spreadsheet else "",
            )
        )
    return found


_DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "'")
MAX_IMPORT_BYTES = 50 * 1024 * 1024


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_DANGEROUS_FIRST) else cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def to_csv(records: Iterable[StoredCommitment], style: str = "plain") -> str:
    if style not in CSV_STYLES:
        raise ValueError(style)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if style == "nl" else ",", lineterminator="\r\n")
    writer.writerow(HEADERS[style])
    words = STATUS_WORDS[style]
    for record in records:
        row = record.to_dict()
        row["status"] = words.get(row["status"], row["status"])
        writer.writerow(["" if row[c] is None else neutralise(str(row[c])) for c in COLUMNS])
    return out.getvalue()


def write_csv(records: Iterable[StoredCommitment], path: Path, *, style: str = "plain") -> int:
    records = list(records)
    text = to_csv(records, style)
    # UTF-8 with BOM: spreadsheets then read accents and emoji right; scripts want none.
    # Owner-only (exports hold personal data too): atomic_write's temporary file is made 0600
    # and takes the export's place, so it is whole or not there at all.
    atomic_write(path, (text if style == "plain" else "\ufeff" + text).encode("utf-8"))
    return len(records)


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Rows of an exported CSV as dicts ready for the store; every problem reported at once."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise InputError(*texts("import.too_big", name=path.name))
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(*texts("import.cannot_read", path=path, why=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(*texts("import.not_unicode", name=path.name)) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = _column_names(reader.fieldnames or [])
    if "text" not in names.values():
        raise InputError(*texts("import.no_text_column", name=path.name))
    rows, errors = [], []
    for raw in reader:
        line = reader.line_num
        row = {names[k]: v for k, v in raw.items() if k in names}
        clean = {c: restore(row[c]) if row.get(c) else None for c in COLUMNS if c in row}
        if clean.get("status"):
            clean["status"] = _STATUS_BACK.get(clean["status"].strip().lower(), clean["status"])
        problem = _check_row(clean)
        if problem:
            errors.append((line, problem))
        else:
            rows.append(clean)
    if errors:
        nl = "\n".join(f"{path.name}:{line}: {p[0]}" for line, p in errors)
        en = "\n".join(f"{path.name}:{line}: {p[1]}" for line, p in errors)
        raise InputError(*texts("import.nothing_imported", problems=PerLanguage(nl, en)))
    return rows


_STATUS_BACK = {word: key for style in STATUS_WORDS.values() for key, word in style.items()}


def _column_names(fieldnames: list[str]) -> dict[str, str]:
    """Header of the file -> our column, for the plain, Dutch and English headers alike."""
    known = {
        h.casefold(): c for style in HEADERS.values() for h, c in zip(style, COLUMNS, strict=True)
    }
    return {
        f: known[f.strip().casefold()] for f in fieldnames if f and f.strip().casefold() in known
    }


def _check_row(row: dict[str, Any]) -> tuple[str, str] | None:
    if not (row.get("text") or "").strip():
        return texts("import.empty_commitment")
    status = row.get("status") or "open"
    if status not in STATUSES:
        return texts("import.unknown_status", status=status)
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
                return texts("import.not_a_date", column=column, value=row[column])
    return None


# --- iCalendar -------------------------------------------------------------------------

# A link goes in URL only when it is one: no white space or control characters that a
# calendar could read as the start of another property.
_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.ASCII)


def _uid(record: StoredCommitment) -> str:
    # Stable across exports (re-importing the .ics updates the same item in the agenda) and
    # different for different databases' commitment 1, 2, ...
    digest = hashlib.sha256(f"{record.created.isoformat()}|{record.text}".encode()).hexdigest()
    return f"commitment-{record.id}-{digest[:16]}@reactiewijzer.invalid"


def to_ics(
    records: Iterable[StoredCommitment],
    *,
    now: datetime,
    kind: str = "VEVENT",
    alarm: timedelta | None = None,
) -> bytes:
    """The calendar as bytes; `alarm`: a reminder that long before the due date (or None)."""
    if kind not in ("VEVENT", "VTODO"):
        raise ValueError(kind)
    # Imported here: opening the log (every start of the app) does not need it.
    from icalendar import Alarm, Calendar, Event, Todo, vText

    cal = Calendar()
    cal.add("prodid", "-//Reactiewijzer//Toezeggingen//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for r in records:
        if r.due is None:
            continue
        item = Event() if kind == "VEVENT" else Todo()
        item.add("uid", _uid(r))
        item.add("dtstamp", now.astimezone(UTC))
        item.add("created", r.created.astimezone(UTC))
        item.add("last-modified", r.updated.astimezone(UTC))
        if kind == "VEVENT":
            item.add("dtstart", r.due)
            item.add("dtend", r.due + timedelta(days=1))
            item.add("transp", "TRANSPARENT")
            status = {"open": "CONFIRMED", "done": "CONFIRMED", "dropped": "CANCELLED"}[r.status]
        else:
            item.add("due", r.due)
            status = {"open": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}[r.status]
            if r.status == "done" and r.done_at:
                item.add("completed", r.done_at.astimezone(UTC))
        item.add("status", status)
        item.add("summary", _summary(r))
        item.add("description", _description(r))
        if r.thread_ref and _SAFE_URL.fullmatch(r.thread_ref):
            item.add("url", r.thread_ref)
        for name in ICS_FIELDS:
            value = getattr(r, name)
            if value:
                item.add(ICS_PREFIX + name.upper().replace("_", "-"), vText(value),
                         parameters={"VALUE": "TEXT"})  # fmt: skip
        if alarm is not None and r.status == "open":
            reminder = Alarm()
            reminder.add("action", "DISPLAY")
            reminder.add("description", _summary(r))
            # Before the start of the all-day event, or before the to-do's due date.
            related = {"RELATED": "START"} if kind == "VEVENT" else {"RELATED": "END"}
            reminder.add("trigger", -abs(alarm), parameters=related)
            item.add_component(reminder)
        cal.add_component(item)
    return cal.to_ical()


def ics_field(component: Any, name: str) -> str | None:
    """Read back one field written by `to_ics` from a parsed VEVENT/VTODO."""
    value = component.get(ICS_PREFIX + name.upper().replace("_", "-"))
    return None if value is None else str(value)


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
    if r.thread_excerpt:
        parts.append(f"Uit het gesprek / From the thread: {r.thread_excerpt}")
    if r.note:
        parts.append(f"Notitie / Note: {r.note}")
    return "\n".join(parts)


def write_ics(
    records: Iterable[StoredCommitment],
    path: Path,
    *,
    now: datetime,
    kind: str = "VEVENT",
    alarm: timedelta | None = None,
) -> int:
    records = [r for r in records if r.due is not None]
    atomic_write(path, to_ics(records, now=now, kind=kind, alarm=alarm))
    return len(records)
