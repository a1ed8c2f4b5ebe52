"""Scores the engine on the labelled corpus in tests/corpus/.

The corpus was written blind from the engine: each case says which of the six guideline
categories a careful reviewer would flag in a draft, and on which words. A category that is
absent from a case's `expect` means a reviewer would not flag it there.

Per category:
- TP: an expected entry overlapped by a finding of that category (anywhere in the draft when
  the entry says `match_any: true`, for whole-reply problems);
- FN: an expected entry with no such finding;
- FP: a case that does not expect the category but gets a finding of it (one per case).
Span accuracy is the share of expected entries (those without `match_any`) whose exact words
are overlapped by a finding of their category.

Run `python -m tests.test_corpus` for the table and every miss, to tune the engine.

tests/corpus_holdout/ is a held-out set in the same format, written later and blind from both
the engine and the rules, with new situations and wording. It is never used for tuning: it
measures how well the engine carries over to replies it was not tuned on, so its thresholds are
lower (`test_holdout_scores`). Run `python -m tests.test_corpus --holdout` for its table and
every miss; read them, but fix the engine for the general case, never for one held-out case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from reactiewijzer.core.catalogue import platform_keys

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
HOLDOUT_DIR = Path(__file__).resolve().parent / "corpus_holdout"

# The six categories the corpus labels completely (grammar is left to LanguageTool).
LABELLED = (
    "personal_tone",
    "broadcast_only",
    "permanence",
    "jargon",
    "platform",
    "accessibility",
)
LANGS = ("nl", "en")
PLATFORMS = platform_keys()
CASE_KEYS = {"id", "lang", "platform", "thread", "draft", "expect", "note"}
EXPECT_KEYS = {"category", "match", "match_any"}

MIN_CASES = {"nl": 80, "en": 30}
MIN_PRECISION = 0.85
MIN_RECALL = 0.85
MIN_SPAN_ACCURACY = 0.85
# A category is only held to the thresholds once it has this many positive cases.
MIN_POSITIVES_TO_ASSERT = 5

# The held-out set: bigger than a token sample, scored the same way, held to a lower bar
# because nothing in the engine was tuned on it.
MIN_HOLDOUT_CASES = {"nl": 60, "en": 25}
MIN_HOLDOUT_POSITIVES = {"nl": 6, "en": 3}  # per category
MIN_HOLDOUT_CLEAN = 15
MIN_HOLDOUT_SCORE = 0.70  # precision, recall and span accuracy, each
HOLDOUT_ID_PREFIX = "ho-"
_MIN_CASES_BY_DIR = {CORPUS_DIR: MIN_CASES, HOLDOUT_DIR: MIN_HOLDOUT_CASES}


@dataclass(frozen=True)
class Expected:
    category: str
    match: str
    match_any: bool


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    platform: str | None
    thread: str | None
    draft: str
    expect: tuple[Expected, ...]
    note: str
    source: str  # "nl/tone.yml" — where to find the case

    @property
    def categories(self) -> set[str]:
        return {e.category for e in self.expect}


# ---------------------------------------------------------------- loading and validation


def _problems_in_case(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: a case must be a mapping, got {type(raw).__name__}"]
    problems = [f"{where}: unknown key {k!r}" for k in raw if k not in CASE_KEYS]
    for key in ("id", "lang", "draft"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}: {key!r} must be a non-empty string")
    if raw.get("lang") not in LANGS:
        problems.append(f"{where}: lang must be one of {LANGS}, got {raw.get('lang')!r}")
    if raw.get("platform") is not None and raw["platform"] not in PLATFORMS:
        problems.append(f"{where}: platform must be one of {PLATFORMS}")
    if raw.get("thread") is not None and not isinstance(raw["thread"], str):
        problems.append(f"{where}: thread must be text")
    expect = raw.get("expect", [])
    if not isinstance(expect, list):
        return [*problems, f"{where}: expect must be a list"]
    draft = raw.get("draft") or ""
    for n, entry in enumerate(expect):
        at = f"{where} expect[{n}]"
        if not isinstance(entry, dict):
            problems.append(f"{at}: must be a mapping")
            continue
        problems += [f"{at}: unknown key {k!r}" for k in entry if k not in EXPECT_KEYS]
        if entry.get("category") not in LABELLED:
            problems.append(f"{at}: category must be one of {LABELLED}")
        match = entry.get("match")
        if not isinstance(match, str) or not match.strip():
            problems.append(f"{at}: match must be non-empty text")
        elif match not in draft:
            problems.append(f"{at}: match {match!r} is not in the draft")
        if not isinstance(entry.get("match_any", False), bool):
            problems.append(f"{at}: match_any must be true or false")
    if raw.get("platform") is None and any(
        isinstance(e, dict) and e.get("category") == "platform" for e in expect
    ):
        problems.append(f"{where}: a platform finding is expected but no platform is set")
    return problems


def load_corpus(root: Path = CORPUS_DIR) -> tuple[list[Case], list[str]]:
    """Every case under `root` (tests/corpus/ unless told), and every problem found."""
    cases: list[Case] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    files = sorted(root.rglob("*.yml"))
    if not files:
        problems.append(f"no corpus files under {root}")
    for path in files:
        source = path.relative_to(root).as_posix()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            problems.append(f"{source}: not valid YAML: {exc}")
            continue
        if not isinstance(data, list):
            problems.append(f"{source}: the file must hold a list of cases")
            continue
        for n, raw in enumerate(data):
            where = f"{source}[{n}] {raw.get('id', '?') if isinstance(raw, dict) else '?'}"
            found = _problems_in_case(raw, where)
            problems += found
            if found:
                continue
            if raw["id"] in seen:
                problems.append(f"{where}: id also used in {seen[raw['id']]}")
            seen[raw["id"]] = source
            expect = tuple(
                Expected(e["category"], e["match"], bool(e.get("match_any", False)))
                for e in raw.get("expect", [])
            )
            cases.append(
                Case(
                    id=raw["id"],
                    lang=raw["lang"],
                    platform=raw.get("platform"),
                    thread=raw.get("thread"),
                    draft=raw["draft"],
                    expect=expect,
                    note=raw.get("note", ""),
                    source=source,
                )
            )
    for lang, minimum in _MIN_CASES_BY_DIR.get(root, MIN_CASES).items():
        count = sum(c.lang == lang for c in cases)
        if count < minimum:
            problems.append(f"only {count} {lang} cases, need at least {minimum}")
    return cases, problems


@cache
def corpus(root: Path = CORPUS_DIR) -> tuple[Case, ...]:
    cases, problems = load_corpus(root)
    if problems:
        raise AssertionError(f"corpus under {root.name}/ is invalid:\n" + "\n".join(problems))
    return tuple(cases)


# ---------------------------------------------------------------- scoring


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, at = [], text.find(needle)
    while at != -1:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def _overlaps(f_start: int, f_end: int, start: int, end: int) -> bool:
    if f_start == f_end:  # a zero-width finding marks a point
        return start <= f_start <= end
    return f_start < end and f_end > start


@dataclass
class Miss:
    case: Case
    category: str
    kind: str  # "FN" (missed), "span" (found elsewhere in the draft), "FP" (false alarm)
    expected: str
    found: list[str]


@dataclass
class Score:
    category: str
    positives: int = 0  # cases expecting the category
    tp: int = 0
    fn: int = 0
    fp: int = 0
    span_hits: int = 0
    span_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def span_accuracy(self) -> float:
        return self.span_hits / self.span_total if self.span_total else 1.0


@cache
def _findings(case: Case) -> tuple[Any, ...]:
    from reactiewijzer import check

    report = check(
        case.draft, thread=case.thread, lang=case.lang, platform=case.platform, grammar=False
    )
    return tuple(report.findings)


def _describe(finding: Any) -> str:
    return f"{finding.rule} [{finding.start}:{finding.end}] {finding.match!r}"


@cache
def score(root: Path = CORPUS_DIR) -> tuple[dict[str, Score], tuple[Miss, ...]]:
    scores = {c: Score(c) for c in LABELLED}
    misses: list[Miss] = []
    for case in corpus(root):
        findings = _findings(case)
        for category in LABELLED:
            mine = [f for f in findings if f.category == category]
            expected = [e for e in case.expect if e.category == category]
            s = scores[category]
            if not expected:
                if mine:
                    s.fp += 1
                    misses.append(Miss(case, category, "FP", "", [_describe(f) for f in mine]))
                continue
            s.positives += 1
            for e in expected:
                spans = _occurrences(case.draft, e.match)
                on_words = any(_overlaps(f.start, f.end, a, b) for f in mine for a, b in spans)
                if not e.match_any:
                    s.span_total += 1
                    s.span_hits += on_words
                if on_words or (e.match_any and mine):
                    s.tp += 1
                    continue
                if mine:  # found, but on other words
                    misses.append(
                        Miss(case, category, "span", e.match, [_describe(f) for f in mine])
                    )
                else:
                    misses.append(Miss(case, category, "FN", e.match, []))
                s.fn += 1
    return scores, tuple(misses)


def table(scores: dict[str, Score]) -> str:
    head = f"{'category':<15} {'cases':>5} {'TP':>4} {'FN':>4} {'FP':>4} "
    head += f"{'precision':>9} {'recall':>6} {'span':>6}"
    lines = [head, "-" * len(head)]
    for s in scores.values():
        lines.append(
            f"{s.category:<15} {s.positives:>5} {s.tp:>4} {s.fn:>4} {s.fp:>4} "
            f"{s.precision:>9.2f} {s.recall:>6.2f} {s.span_accuracy:>6.2f}"
        )
    hits = sum(s.span_hits for s in scores.values())
    total = sum(s.span_total for s in scores.values())
    lines.append(f"span accuracy over all categories: {hits}/{total} = {hits / max(total, 1):.2f}")
    return "\n".join(lines)


def format_misses(misses: list[Miss] | tuple[Miss, ...]) -> str:
    out = []
    for m in misses:
        found = "; ".join(m.found) if m.found else "nothing"
        want = f"expected {m.expected!r}" if m.kind != "FP" else "expected none"
        out.append(f"  {m.kind:<4} {m.case.id:<22} {m.category:<14} {want} | found: {found}")
    return "\n".join(out)


# ---------------------------------------------------------------- tests


def test_corpus_is_valid_and_big_enough():
    cases, problems = load_corpus()
    assert not problems, "\n".join(problems)
    for lang in LANGS:
        for category in LABELLED:
            positives = sum(lang == c.lang and category in c.categories for c in cases)
            assert positives >= 5, f"only {positives} {lang} cases expect {category}"
    clean = sum(not c.expect for c in cases)
    assert clean >= 25, f"only {clean} clean replies"


@pytest.mark.parametrize("category", LABELLED)
def test_category_precision_and_recall(category: str):
    scores, misses = score()
    s = scores[category]
    if s.positives < MIN_POSITIVES_TO_ASSERT:
        pytest.skip(f"{category}: only {s.positives} positive cases, too few to score")
    mine = [m for m in misses if m.category == category and m.kind != "span"]
    mine += [m for m in misses if m.category == category and m.kind == "span"]
    message = f"{category}\n{table(scores)}\nmisses:\n{format_misses(mine)}"
    assert s.precision >= MIN_PRECISION and s.recall >= MIN_RECALL, message


def test_findings_land_on_the_expected_words():
    scores, misses = score()
    hits = sum(s.span_hits for s in scores.values())
    total = sum(s.span_total for s in scores.values())
    off = [m for m in misses if m.kind in ("span", "FN")]
    message = f"{table(scores)}\nexpected words not covered:\n{format_misses(off)}"
    assert total and hits / total >= MIN_SPAN_ACCURACY, message


# ---------------------------------------------------------------- the held-out set


def holdout_problems(cases: list[Case]) -> list[str]:
    """What keeps the held-out set from being a fair, independent measure."""
    problems = [
        f"{c.source} {c.id}: held-out ids start with {HOLDOUT_ID_PREFIX!r}"
        for c in cases
        if not c.id.startswith(HOLDOUT_ID_PREFIX)
    ]
    for lang, minimum in MIN_HOLDOUT_POSITIVES.items():
        for category in LABELLED:
            positives = sum(lang == c.lang and category in c.categories for c in cases)
            if positives < minimum:
                problems.append(f"only {positives} {lang} held-out cases expect {category}")
    clean = sum(not c.expect for c in cases)
    if clean < MIN_HOLDOUT_CLEAN:
        problems.append(f"only {clean} clean held-out replies, need {MIN_HOLDOUT_CLEAN}")
    tuning, _ = load_corpus(CORPUS_DIR)
    tuning_drafts = {c.draft.strip() for c in tuning}
    tuning_ids = {c.id for c in tuning}
    for c in cases:
        if c.draft.strip() in tuning_drafts:
            problems.append(f"{c.source} {c.id}: the same draft is in the tuning corpus")
        if c.id in tuning_ids:
            problems.append(f"{c.source} {c.id}: id also used in the tuning corpus")
    return problems


def holdout_failures(scores: dict[str, Score]) -> list[str]:
    """Every held-out figure under MIN_HOLDOUT_SCORE, as 'category metric value'."""
    failures = []
    for s in scores.values():
        figures = {"precision": s.precision, "recall": s.recall}
        if s.span_total:
            figures["span accuracy"] = s.span_accuracy
        failures += [
            f"{s.category} {name} {value:.2f} < {MIN_HOLDOUT_SCORE:.2f}"
            for name, value in figures.items()
            if value < MIN_HOLDOUT_SCORE
        ]
    hits = sum(s.span_hits for s in scores.values())
    total = sum(s.span_total for s in scores.values())
    if total and hits / total < MIN_HOLDOUT_SCORE:
        failures.append(f"overall span accuracy {hits / total:.2f} < {MIN_HOLDOUT_SCORE:.2f}")
    return failures


def report(root: Path = CORPUS_DIR) -> str:
    """The table and every miss, grouped by kind: what `python -m tests.test_corpus` prints."""
    scores, misses = score(root)
    out = [f"{root.name}/: {len(corpus(root))} cases", table(scores)]
    for kind, title in (("FN", "missed"), ("span", "found on other words"), ("FP", "false")):
        chosen = [m for m in misses if m.kind == kind]
        out.append(f"\n{title} ({len(chosen)}):")
        out.append(format_misses(chosen) or "  none")
    return "\n".join(out)


def test_holdout_is_valid_and_independent():
    cases, problems = load_corpus(HOLDOUT_DIR)
    problems += holdout_problems(cases)
    assert not problems, "\n".join(problems)


def test_holdout_scores():
    scores, _ = score(HOLDOUT_DIR)
    failures = holdout_failures(scores)
    assert not failures, "\n".join([*failures, "", report(HOLDOUT_DIR)])


if __name__ == "__main__":
    import sys

    print(report(HOLDOUT_DIR if "--holdout" in sys.argv[1:] else CORPUS_DIR))
