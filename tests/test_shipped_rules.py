"""Every shipped rule and coded check keeps its own promises: its bad examples are flagged,
its good examples are not."""

from __future__ import annotations

import pytest

from reactiewijzer import check
from reactiewijzer.core.checks.base import catalogue
from reactiewijzer.core.model import FIX_KINDS
from reactiewijzer.core.rules import load_rules
from reactiewijzer.core.rules.matching import findings_of

RULES = [rule for pack in load_rules().values() for rule in pack]
CHECKS = sorted(catalogue().items())


def _ids(items):
    return [getattr(i, "id", None) or i[0] for i in items]


def test_there_are_rules_for_both_languages():
    packs = load_rules()
    assert len(packs["nl"]) >= 10
    assert len(packs["en"]) >= 7


@pytest.mark.parametrize("rule", RULES, ids=_ids(RULES))
def test_rule_examples(rule):
    for example in rule.examples_bad:
        hits = findings_of(rule, example)
        assert hits, f"{rule.path}: bad example not flagged: {example!r}"
        for f in hits:
            assert example[f.start : f.end] == f.match
    for example in rule.examples_good:
        hits = findings_of(rule, example)
        assert not hits, f"{rule.path}: good example flagged ({hits[0].match!r}): {example!r}"


def _as_case(example):
    if isinstance(example, str):
        return {"draft": example}
    return example


@pytest.mark.parametrize(("check_id", "entry"), CHECKS, ids=[c[0] for c in CHECKS])
def test_coded_check_examples(check_id, entry):
    assert entry["guideline"], check_id
    assert entry.get("fix", "replace") in FIX_KINDS, f"{check_id}: unknown fix kind"
    examples = entry.get("examples") or {}
    assert examples.get("bad") and examples.get("good"), f"{check_id} needs examples"
    for kind in ("bad", "good"):
        for example in examples[kind]:
            case = _as_case(example)
            report = check(case["draft"], thread=case.get("thread"), platform=case.get("platform"))
            rules = [f.rule for f in report.findings]
            if kind == "bad":
                assert check_id in rules, f"{check_id}: not flagged: {case['draft']!r}"
            else:
                assert check_id not in rules, f"{check_id}: flagged: {case['draft']!r}"
