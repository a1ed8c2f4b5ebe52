"""The guide's own words for a finding's section heading, in the UI language."""

from __future__ import annotations

from collections.abc import Callable


class GuideText:
    def __init__(self, lookup: Callable[[str], dict | None], language: Callable[[], str]) -> None:
        self._lookup = lookup
        self.language = language

    def _section(self, heading: str) -> dict:
        try:
            return (self._lookup(heading) or {}) if heading else {}
        except Exception:  # a broken guideline file must not break a tooltip
            return {}

    def heading(self, heading: str) -> str:
        section = self._section(heading)
        if self.language() == "en":
            return str(section.get("heading_en") or heading)
        return str(section.get("heading") or heading)

    def quote(self, heading: str) -> str:
        section = self._section(heading)
        if self.language() == "en":
            return str(section.get("quote_en") or section.get("quote") or "")
        return str(section.get("quote") or "")
