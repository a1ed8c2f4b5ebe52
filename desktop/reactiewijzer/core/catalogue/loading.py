"""Reads catalogue files once per process, after checking them all against their schemas."""

from __future__ import annotations

import json
import threading
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from reactiewijzer.core.catalogue.files import catalogue_files, schema_for
from reactiewijzer.core.errors import RuleFileErrors
from reactiewijzer.core.resources import resource_path, resources_dir

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
_lock = threading.Lock()
_checked: set[str] = set()  # resource folders checked in this process


def data(name: str) -> Any:
    """The contents of resources/<name>.yml, checked against its schema."""
    root = str(resources_dir())
    if root not in _checked:
        with _lock:
            if root not in _checked:
                _check_once(Path(root))
                _checked.add(root)
    return _read(root, name)


@cache
def _read(root: str, name: str) -> Any:
    path = Path(root) / f"{name}.yml"
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise RuleFileErrors([f"{path}:1: cannot read: {exc.strerror or exc}"]) from exc


def validate_all(root: Path | None = None) -> list[str]:
    """Every problem in every catalogue file, as `path:line: message` (empty when all is well)."""
    from reactiewijzer.core.catalogue.validation import validate_file

    base = root or resource_path()
    errors: list[str] = []
    for name, path in catalogue_files(base).items():
        errors += validate_file(path, schema_for(name, base), base)
    return errors


def _check_once(root: Path) -> None:
    stamp_file, stamp = _stamp(root)
    try:
        if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
            return
    except (OSError, ValueError):
        pass
    errors = validate_all(root)
    if errors:
        raise RuleFileErrors(errors)
    try:
        from reactiewijzer.core.paths import atomic_write

        atomic_write(stamp_file, json.dumps(stamp))
    except OSError:
        pass  # checked again at the next start: slower, never wrong


def _stamp(root: Path) -> tuple[Path, dict]:
    """What the last successful check saw: every data and schema file's size and time."""
    from reactiewijzer import __version__
    from reactiewijzer.core.paths import cache_dir

    files = {}
    for path in sorted(root.rglob("*.yml")):
        rel = path.relative_to(root)
        if rel.parts[0] != "rules":
            st = path.stat()
            files[rel.as_posix()] = [st.st_size, st.st_mtime_ns]
    stamp = {"app": __version__, "resources": str(root.resolve()), "files": files}
    return cache_dir() / "catalogue-checked.json", stamp
