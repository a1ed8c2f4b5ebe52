"""What the core says to people (errors, notices) lives in resources/messages.yml, in Dutch
and English. Code names a message by its key and fills in its {fields}:

    raise InputError(*texts("draft.not_text"))
    hint = text("log.erase_who", lang)

A whole number is written as the language writes it (1.234 in Dutch, 1,234 in English); a
field that differs per language is given as PerLanguage(nl=..., en=...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reactiewijzer.core.catalogue.loading import data


@dataclass(frozen=True, slots=True)
class PerLanguage:
    nl: str
    en: str


def text(key: str, lang: str = "nl", /, **fields: Any) -> str:
    """The message `key` in `lang` ("en", else Dutch), its fields filled in."""
    lang = "en" if lang == "en" else "nl"
    template = data("messages")["messages"][key][lang]
    return template.format_map({k: _shown(v, lang) for k, v in fields.items()})


def texts(key: str, /, **fields: Any) -> tuple[str, str]:
    """(Dutch, English): what an Error takes."""
    return text(key, "nl", **fields), text(key, "en", **fields)


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, PerLanguage):
        return value.en if lang == "en" else value.nl
    if isinstance(value, int) and not isinstance(value, bool):
        written = f"{value:,}"
        return written.replace(",", ".") if lang == "nl" else written
    return value
