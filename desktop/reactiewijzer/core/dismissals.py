"""What the writer chose not to see: a check switched off, one word of a word list, or one
occurrence in this draft ("negeer hier").

Checks and words are kept in `ignored.yml` beside the profile (the config folder, or
REACTIEWIJZER_CONFIG_DIR), so the app and the CLI hide the same things. Occurrences belong to
one draft and are not saved. The engine's merge policy (`core.engine.merge`) applies them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from reactiewijzer.core.catalogue import category_name, data
from reactiewijzer.core.model import Finding
from reactiewijzer.core.paths import atomic_write

FILE_NAME = "ignored.yml"
# Characters on each side that identify an occurrence: enough to tell two "middels" apart,
# few enough that typing elsewhere in the draft keeps the occurrence ignored.
CONTEXT = 20


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One finding at one place: its rule, its words and what stands around them."""

    rule: str
    match: str
    before: str
    after: str

    @classmethod
    def of(cls, finding: Finding, text: str) -> Occurrence:
        return cls(
            finding.rule,
            finding.match,
            text[max(0, finding.start - CONTEXT) : finding.start],
            text[finding.end : finding.end + CONTEXT],
        )


@dataclass(frozen=True, slots=True)
class Dismissals:
    rules: frozenset[str] = frozenset()
    words: frozenset[tuple[str, str]] = frozenset()  # (rule, word folded)
    here: frozenset[Occurrence] = frozenset()  # this draft only; never saved
    # Names for rules the catalogue cannot name (LanguageTool's), as shown when switched off.
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def hides(self, finding: Finding, text: str | None = None) -> bool:
        if finding.rule in self.rules:
            return True
        if self.words and (finding.rule, fold(finding.match)) in self.words:
            return True
        return bool(self.here) and text is not None and Occurrence.of(finding, text) in self.here

    def __bool__(self) -> bool:
        return bool(self.rules or self.words or self.here)

    # ---- changes (each returns a new value) ---------------------------------------------------

    def with_rule(self, rule: str, label: str | None = None) -> Dismissals:
        labels = {**self.labels, rule: label} if label else self.labels
        return replace(self, rules=self.rules | {rule}, labels=labels)

    def without_rule(self, rule: str) -> Dismissals:
        return replace(self, rules=self.rules - {rule})

    def with_word(self, rule: str, word: str) -> Dismissals:
        return replace(self, words=self.words | {(rule, fold(word))})

    def without_word(self, rule: str, word: str) -> Dismissals:
        return replace(self, words=self.words - {(rule, fold(word))})

    def with_here(self, finding: Finding, text: str) -> Dismissals:
        return replace(self, here=self.here | {Occurrence.of(finding, text)})

    def for_new_draft(self) -> Dismissals:
        return replace(self, here=frozenset())


def fold(word: str) -> str:
    return " ".join(word.casefold().split())


# ---- names ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    return data("check_names")


def check_name(rule: str, lang: str = "nl", dismissals: Dismissals | None = None) -> str:
    """'Ouderwetse ambtelijke woorden' for jargon.ouderwets: what the writer switches off."""
    entry = _names()["names"].get(rule)
    if entry:
        return entry.get(lang) or entry["nl"]
    if dismissals is not None and dismissals.labels.get(rule):
        return dismissals.labels[rule]
    if rule.startswith("LT:"):
        return "LanguageTool: " + rule[3:]
    return rule


def grammar_label(finding: Finding, lang: str = "nl") -> str:
    """A LanguageTool rule named by the first sentence of its message."""
    first = finding.message.split(". ")[0].strip().rstrip(".")
    return f"{category_name('grammar', lang)}: {first[:80]}"


def is_word_rule(rule: str) -> bool:
    """A check that is a list of words: "negeer dit woord" hides one entry, not the list."""
    if rule in _names().get("word_checks", ()):
        return True
    from reactiewijzer.core.rules import load_rules  # cached: the files are read once

    return any(
        r.id == rule and r.extends in ("substitution", "existence")
        for pack in load_rules().values()
        for r in pack
    )


def is_spelling(finding: Finding) -> bool:
    """A LanguageTool spelling finding: the answer is the word list, not ignoring."""
    rule = finding.rule.upper()
    # LanguageTool calls its misspellings "misspelling"; only those are errors (severity_for).
    return finding.source == "languagetool" and (
        finding.severity == "error" or "SPELL" in rule or "MORFOLOGIK" in rule
    )


# ---- the file ---------------------------------------------------------------------------------


def ignored_path() -> Path:
    from reactiewijzer.core.paths import config_dir

    return config_dir() / FILE_NAME


def load_dismissals(path: Path | None = None) -> Dismissals:
    """The saved checks and words; a missing or broken file hides nothing (never an error)."""
    try:
        saved = yaml.safe_load(Path(path or ignored_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return Dismissals()
    if not isinstance(saved, dict):
        return Dismissals()
    rules, labels = set(), {}
    for entry in saved.get("rules") or ():
        if isinstance(entry, str):
            rules.add(entry)
        elif isinstance(entry, dict) and entry.get("id"):
            rules.add(str(entry["id"]))
            if entry.get("name"):
                labels[str(entry["id"])] = str(entry["name"])
    words = {
        (str(e["rule"]), fold(str(e["word"])))
        for e in saved.get("words") or ()
        if isinstance(e, dict) and e.get("rule") and e.get("word")
    }
    return Dismissals(rules=frozenset(rules), words=frozenset(words), labels=labels)


def save_dismissals(dismissals: Dismissals, path: Path | None = None) -> Path:
    """Write the checks and words atomically (a crash never leaves half a file)."""
    target = Path(path or ignored_path())
    target.parent.mkdir(parents=True, exist_ok=True)
    content = {
        "rules": [
            {"id": r, "name": dismissals.labels[r]} if dismissals.labels.get(r) else {"id": r}
            for r in sorted(dismissals.rules)
        ],
        "words": [{"rule": r, "word": w} for r, w in sorted(dismissals.words)],
    }
    header = "# Checks and words Reactiewijzer does not show (Settings > Genegeerd).\n"
    atomic_write(target, header + yaml.safe_dump(content, allow_unicode=True, sort_keys=False))
    return target


def merge_old_rules(dismissals: Dismissals, rules: Iterable[str]) -> Dismissals:
    """Rules ignored by an older version (kept in the app's settings) join the file's."""
    extra = frozenset(rules) - dismissals.rules
    return replace(dismissals, rules=dismissals.rules | extra) if extra else dismissals
