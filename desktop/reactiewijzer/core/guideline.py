"""The guide's sections (resources/guideline.yml): headings every finding cites, with quotes."""

from __future__ import annotations

from functools import lru_cache

from reactiewijzer.core.resources import read_yaml, resource_path


@lru_cache(maxsize=1)
def sections() -> dict[str, dict[str, str]]:
    """heading -> {heading, heading_en, kind, quote, quote_en}."""
    data = read_yaml(resource_path("guideline.yml"))
    return {s["heading"]: s for s in data["sections"]}


def headings() -> frozenset[str]:
    return frozenset(sections())


def section(heading: str) -> dict[str, str]:
    """The section for a heading; an unknown heading gives an empty quote, never an error."""
    return sections().get(heading, {"heading": heading, "heading_en": heading, "quote": ""})


def quote(heading: str, lang: str = "nl") -> str:
    s = section(heading)
    return s.get("quote_en" if lang == "en" else "quote", "") or s.get("quote", "")


def heading_in(heading: str, lang: str = "nl") -> str:
    """The heading in the user's language (the guide is Dutch; English is our translation)."""
    return section(heading).get("heading_en", heading) if lang == "en" else heading
