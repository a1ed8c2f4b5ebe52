"""The catalogue's lists of names that code used to spell out itself: the kinds of findings
(resources/categories.yml) and the platforms a reply can be written for (platforms.yml)."""

from __future__ import annotations

from reactiewijzer.core.catalogue.loading import data


def categories() -> tuple[str, ...]:
    """The finding categories, in the order the findings panel lists them."""
    return tuple(data("categories")["categories"])


def category_name(category: str, lang: str = "nl") -> str:
    """'Persoonlijke toon' for personal_tone (English with lang='en'); unknown: the key."""
    names = data("categories")["categories"].get(category)
    return names["en" if lang == "en" else "nl"] if names else category


def platform_keys() -> tuple[str, ...]:
    """x, facebook, ..., other: what `--platform` and the window's platform menu offer."""
    return tuple(data("platforms")["platforms"])
