"""Reading and writing the user's text files, with a clear message for anything odd.

A thread or draft is text of at most a few hundred kilobytes; a big, binary or wrongly
encoded file is refused with a message in both languages, never a crash.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from reactiewijzer.core.errors import InputError
from reactiewijzer.core.paths import atomic_write

MAX_BYTES = 2 * 1024 * 1024  # 2 MB: far more than any thread a person pastes


def read_text_file(path: str | Path) -> str:
    """The file's text (UTF-8, or UTF-16 with a byte-order mark); InputError when unreadable."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            mb = size / (1024 * 1024)
            raise InputError(
                f"‘{name}’ is te groot ({mb:.1f} MB). Open een tekstbestand van maximaal 2 MB.",
                f"‘{name}’ is too large ({mb:.1f} MB). Open a text file of at most 2 MB.",
            )
        data = p.read_bytes()
    except InputError:
        raise
    except IsADirectoryError as exc:
        raise InputError(
            f"‘{name}’ is een map, geen bestand.", f"‘{name}’ is a folder, not a file."
        ) from exc
    except OSError as exc:
        raise InputError(
            f"‘{name}’ kan niet worden gelezen: {exc.strerror or exc}.",
            f"‘{name}’ cannot be read: {exc.strerror or exc}.",
        ) from exc
    return decode_text(data, name)


def decode_text(data: bytes, name: str = "") -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _normalise(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass  # reported below as not-UTF-8
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputError(
            f"‘{name}’ is geen tekstbestand. Open een .txt-bestand of plak de tekst.",
            f"‘{name}’ is not a text file. Open a .txt file or paste the text.",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"‘{name}’ is geen UTF-8-tekst (regel {line}). Sla het bestand op als UTF-8 "
            "en probeer het opnieuw.",
            f"‘{name}’ is not UTF-8 text (line {line}). Save the file as UTF-8 and try again.",
        ) from exc
    return _normalise(text)


def _looks_binary(head: bytes) -> bool:
    # Control characters other than tab, newlines and form feed are rare in real text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_text_file(path: str | Path, text: str) -> None:
    """Write UTF-8 atomically: the old file stays whole until the new one is complete."""
    atomic_write(Path(path), text)
