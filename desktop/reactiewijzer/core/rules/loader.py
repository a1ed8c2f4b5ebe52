"""Loads rule packs from resources/rules/<lang>/<category>/<name>.yml, strictly.

Every problem in every file is collected as `path:line: message` and raised at once
(RuleFileErrors), so whoever edits the data sees all mistakes in one go.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from reactiewijzer.core.catalogue import categories
from reactiewijzer.core.errors import RuleFileErrors
from reactiewijzer.core.guideline import headings
from reactiewijzer.core.model import SEVERITIES
from reactiewijzer.core.resources import resource_path
from reactiewijzer.core.rules.types import Rule, compile_rule

LANGS = ("nl", "en")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TYPE_KEYS = {"existence": "tokens", "substitution": "swap", "pattern": "patterns"}
REQUIRED = ("extends", "category", "level", "message", "guideline", "examples")
OPTIONAL = ("message_en", "ignorecase", "exceptions", "suggestions", "source")
ALLOWED = frozenset(REQUIRED + OPTIONAL + tuple(TYPE_KEYS.values()))


def rules_dir() -> Path:
    return resource_path("rules")


def load_rules(root: Path | None = None) -> dict[str, tuple[Rule, ...]]:
    """All rule packs, by language. Cached per folder: the files are read once."""
    return _load(str(root or rules_dir()))


@lru_cache(maxsize=4)
def _load(root: str) -> dict[str, tuple[Rule, ...]]:
    errors: list[str] = []
    packs: dict[str, list[Rule]] = {lang: [] for lang in LANGS}
    base = Path(root)
    known_headings = headings()
    for path in sorted(base.glob("*/*/*.yml")):
        lang, category = path.parent.parent.name, path.parent.name
        rel = path.relative_to(base.parent) if base.parent in path.parents else path
        if lang not in LANGS:
            errors.append(f"{rel}:1: unknown language folder '{lang}' (use {', '.join(LANGS)})")
            continue
        rule = _load_file(path, str(rel), lang, category, known_headings, errors)
        if rule is not None:
            packs[lang].append(rule)
    if errors:
        raise RuleFileErrors(errors)
    return {lang: tuple(rules) for lang, rules in packs.items()}


def _load_file(
    path: Path,
    rel: str,
    lang: str,
    category: str,
    known_headings: frozenset[str],
    errors: list[str],
) -> Rule | None:
    try:
        text = path.read_text(encoding="utf-8")
        # Parse once (with libyaml when present): the node tree gives line numbers for errors.
        node = yaml.compose(text, Loader=_YAML_LOADER)
        data = _YAML_LOADER("").construct_document(node) if node is not None else None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{rel}:1: cannot read: {exc}")
        return None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        errors.append(f"{rel}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}")
        return None
    if not isinstance(data, dict) or node is None:
        errors.append(f"{rel}:1: a rule file must be a mapping of keys")
        return None
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
    before = len(errors)

    def err(key: str | None, message: str) -> None:
        errors.append(f"{rel}:{lines.get(key, 1) if key else 1}: {message}")

    for key in data:
        if key not in ALLOWED:
            err(key, f"unknown key '{key}' (allowed: {', '.join(sorted(ALLOWED))})")
    if lang == "en" and "message_en" in data:
        # An English rule speaks to English drafts only: its message is already English.
        err("message_en", "an English rule has one message, in English: remove 'message_en'")
    for key in REQUIRED:
        if key not in data:
            err(None, f"missing key '{key}'")
    extends = data.get("extends")
    if extends not in TYPE_KEYS:
        err("extends", f"extends must be one of {', '.join(TYPE_KEYS)}, not '{extends}'")
    else:
        body_key = TYPE_KEYS[extends]
        for other in set(TYPE_KEYS.values()) - {body_key}:
            if other in data:
                err(other, f"'{other}' does not belong in a rule that extends {extends}")
        body = data.get(body_key)
        wanted = dict if extends == "substitution" else list
        if not isinstance(body, wanted) or not body:
            err(
                body_key if body_key in data else None,
                f"'{body_key}' must be a non-empty {'mapping' if wanted is dict else 'list'}",
            )
    if data.get("category") != category:
        err("category", f"category '{data.get('category')}' must match its folder '{category}'")
    if category not in categories():
        err("category", f"unknown category '{category}' (use {', '.join(categories())})")
    if data.get("level") not in SEVERITIES:
        err("level", f"level must be one of {', '.join(SEVERITIES)}")
    if "guideline" in data and data["guideline"] not in known_headings:
        err("guideline", f"guideline '{data['guideline']}' is not a heading in guideline.yml")
    examples = data.get("examples")
    if "examples" in data and (
        not isinstance(examples, dict)
        or set(examples) - {"bad", "good"}
        or not examples.get("bad")
        or not examples.get("good")
    ):
        err("examples", "examples needs a non-empty 'bad' and 'good' list, nothing else")
    # With the flags compile_rule gives them, so that it finds them compiled (re's own cache).
    flags = re.IGNORECASE if data.get("ignorecase", True) else 0
    for key, extra in (("exceptions", 0), ("patterns", re.MULTILINE)):
        for pattern in data.get(key) or ():
            try:
                re.compile(str(pattern), flags | extra)
            except re.error as exc:
                err(key, f"invalid regular expression {pattern!r}: {exc}")
    if len(errors) > before:
        return None
    try:
        return compile_rule(rule_id=f"{category}.{path.stem}", lang=lang, data=data, path=rel)
    except re.error as exc:  # pragma: no cover - patterns were compiled above
        err(None, f"invalid regular expression: {exc}")
        return None
