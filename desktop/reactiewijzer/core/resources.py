"""Where the data files (rules, word lists, guideline quotes, translations) live."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML has it: ten times faster on the shipped files, the same values.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resources_dir() -> Path:
    """The `resources/` folder: REACTIEWIJZER_RESOURCES (set by the bundle) or the source tree."""
    override = os.environ.get("REACTIEWIJZER_RESOURCES")
    if override:
        return Path(override)
    return _SOURCE_RESOURCES


_SOURCE_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def read_yaml(path: Path) -> Any:
    """A shipped YAML file (resources/), parsed as yaml.safe_load does."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
