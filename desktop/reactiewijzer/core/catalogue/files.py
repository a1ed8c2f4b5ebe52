"""Which files the catalogue holds and which schema each one answers to."""

from __future__ import annotations

from pathlib import Path

from reactiewijzer.core.resources import resource_path

# Rule packs (resources/rules/) are checked by core.rules.loader; schemas are the schemas.
NOT_IN_CATALOGUE = ("rules", "schemas")


def catalogue_files(root: Path | None = None) -> dict[str, Path]:
    """name -> path of every YAML data file: "thread/signals" for resources/thread/signals.yml."""
    base = root or resource_path()
    out = {}
    for path in sorted(base.rglob("*.yml")):
        rel = path.relative_to(base)
        if rel.parts[0] in NOT_IN_CATALOGUE:
            continue
        out[rel.with_suffix("").as_posix()] = path
    return out


def schema_for(name: str, root: Path | None = None) -> Path:
    """schemas/<name>.yml, else the folder's shared schema (schemas/language.yml serves
    language/nl.yml and language/en.yml)."""
    schemas = (root or resource_path()) / "schemas"
    own = schemas / f"{name}.yml"
    if own.exists() or "/" not in name:
        return own
    return schemas / f"{name.rsplit('/', 1)[0]}.yml"
