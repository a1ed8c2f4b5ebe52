"""What every subcommand shares: reading a text argument, failing with one clear line."""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path

from reactiewijzer.core.errors import InputError

MAX_INPUT_BYTES = 10 * 1024 * 1024


def ui_lang(fallback: str = "nl") -> str:
    """The user's language for messages: REACTIEWIJZER_LANG, else the locale, else Dutch."""
    chosen = os.environ.get("REACTIEWIJZER_LANG", "")
    if chosen in ("nl", "en"):
        return chosen
    loc = os.environ.get("LC_ALL") or os.environ.get("LANG") or locale.getlocale()[0] or ""
    if loc.lower().startswith("en"):
        return "en"
    return fallback if fallback in ("nl", "en") else "nl"


def fail(message_nl: str, message_en: str) -> int:
    """Print one line in the user's language on stderr; exit code 2."""
    text = message_en if ui_lang("nl") == "en" else message_nl
    first = text.splitlines()[0] if text else ""
    print(f"reactiewijzer: {first}", file=sys.stderr)
    return 2


def read_text_arg(arg: str, *, what: str) -> str:
    """Read a file argument (or - for stdin) as UTF-8 text, with clear errors."""
    what_en = {"reactie": "reply", "thread": "thread"}.get(what, what)
    if arg == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "stdin"
    else:
        path = Path(arg)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"Bestand niet gevonden: {arg}", f"File not found: {arg}") from None
        except IsADirectoryError:
            raise InputError(
                f"Dit is een map, geen bestand: {arg}", f"This is a folder, not a file: {arg}"
            ) from None
        except OSError as exc:
            raise InputError(
                f"Kan {arg} niet lezen: {exc.strerror}", f"Cannot read {arg}: {exc.strerror}"
            ) from None
        name = arg
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"De {what} in {name} is groter dan 10 MB; dat is geen reactie.",
            f"The {what_en} in {name} is larger than 10 MB; that is not a reply.",
        )
    if b"\x00" in data:
        raise InputError(f"{name} is geen tekstbestand.", f"{name} is not a text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is geen UTF-8-tekst (fout bij byte {exc.start}). Sla het op als UTF-8.",
            f"{name} is not UTF-8 text (error at byte {exc.start}). Save it as UTF-8.",
        ) from None
    return text.replace("\r\n", "\n")
