"""Checks one data file against its schema (JSON Schema 2020-12, written as YAML), and says
where each problem is: the line of the key or entry, in words a data editor understands.

jsonschema is imported here only: a start whose files were checked before never loads it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty",
}


def validate_file(path: Path, schema_path: Path, root: Path) -> list[str]:
    rel = path.relative_to(root.parent) if root.parent in path.parents else path
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_LOADER)
        data = _LOADER("").construct_document(node) if node is not None else None
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{rel}:1: cannot read: {exc}"]
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        return [f"{rel}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}"]
    if not schema_path.exists():
        return [f"{rel}:1: no schema for this file (add {schema_path.relative_to(root.parent)})"]
    validator = _validator(str(schema_path), str(root / "schemas"))
    out = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        for line, message in _explain(error, node):
            out.append((line, f"{rel}:{line}: {message}"))
    return [text for _, text in sorted(set(out))]


@cache
def _validator(schema_path: str, schemas_dir: str):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    def load(path: Path) -> Any:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)

    common = Resource.from_contents(load(Path(schemas_dir) / "common.yml"))
    registry = Registry().with_resource("common.yml", common)
    schema = load(Path(schema_path))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry)


def _node_at(node, path) -> Any:
    """The YAML node at a path of keys and list positions (as far as it goes)."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(step)), node)
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value)
        ):
            node = node.value[step]
        else:
            break
    return node


def _key_line(node, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return node.start_mark.line + 1 if node is not None else 1


def _where(path) -> str:
    return ".".join(str(p) for p in path) or "the file"


def _explain(error, root) -> list[tuple[int, str]]:
    node = _node_at(root, error.absolute_path)
    line = node.start_mark.line + 1 if node is not None else 1
    where = _where(error.absolute_path)
    schema, kind = error.schema, error.validator
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        # A badly formed key: point at the key itself, not at the mapping that holds it.
        return [
            (_key_line(node, error.instance), f"key '{error.instance}' in {where}: {error.message}")
        ]
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(schema.get("properties", {}))
        extra = [k for k in error.instance if k not in schema.get("properties", {})]
        hint = f" (allowed: {', '.join(allowed)})" if allowed else ""
        return [(_key_line(node, str(k)), f"unknown key '{k}' in {where}{hint}") for k in extra]
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [(line, f"{where} misses key '{k}'") for k in missing]
    if kind == "type":
        wanted = error.validator_value
        wanted = wanted if isinstance(wanted, list) else [wanted]
        names = " or ".join(_TYPE_NAMES.get(w, w) for w in wanted)
        return [(line, f"{where} must be {names}, not {error.instance!r}")]
    return [(line, f"{where}: {error.message}")]
