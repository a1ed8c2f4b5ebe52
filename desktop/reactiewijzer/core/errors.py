"""One base error; subclasses say what the user can do about it."""

from __future__ import annotations


class Error(Exception):
    """Base of every error Reactiewijzer raises on purpose.

    `message_nl` / `message_en` are shown to the user as they are.
    """

    def __init__(self, message_nl: str, message_en: str | None = None) -> None:
        super().__init__(message_nl)
        self.message_nl = message_nl
        self.message_en = message_en or message_nl

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class InputError(Error):
    """The text or file the user gave cannot be read (empty, not UTF-8, missing)."""


class RuleFileErrors(Error):
    """One or more rule files are invalid; `errors` lists every `path:line: message`."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = list(errors)
        text = "\n".join(self.errors)
        super().__init__(f"Fouten in regelbestanden:\n{text}", f"Errors in rule files:\n{text}")


class GrammarUnavailable(Error):
    """LanguageTool cannot be used; the guideline checks still run."""


class StoreCorrupt(Error):
    """The commitment database could not be opened; it was moved aside."""
