"""The catalogue: every data file in `resources/` (except rule packs, which have their own
strict loader in core.rules) with its declared schema in `resources/schemas/`.

    from reactiewijzer.core.catalogue import data
    signals = data("thread/signals")        # resources/thread/signals.yml, checked

The first `data()` call in a process checks every file against its schema, so whoever edits
the data hears about every mistake at once, as `file:line: message` (RuleFileErrors): unknown
keys, missing keys, a number where words were expected. Files that were checked before and have
not changed since are not checked again (a stamp in the cache folder), so a start costs a few
`stat` calls, not a validation.
"""

from __future__ import annotations

from reactiewijzer.core.catalogue.files import catalogue_files, schema_for
from reactiewijzer.core.catalogue.loading import data, validate_all
from reactiewijzer.core.catalogue.messages import PerLanguage, text, texts
from reactiewijzer.core.catalogue.names import categories, category_name, platform_keys

__all__ = [
    "PerLanguage",
    "catalogue_files",
    "categories",
    "category_name",
    "data",
    "platform_keys",
    "schema_for",
    "text",
    "texts",
    "validate_all",
]
