"""Words a regex cannot match without: a cheap test that skips most patterns on most lines.

`required_words(r"\\b(?:we|wij)\\s+(?:zullen|zal)\\s+...")` gives ("zal", "zullen"): a line that
contains neither (lower-cased) cannot match, so the pattern need not run. Reading the parsed
pattern (Python's own regex parser) means rule authors write plain regexes and nothing else.
When a pattern is too free to say (only character classes, optional parts), the answer is
None and the pattern always runs.
"""

from __future__ import annotations

import itertools
import re

try:  # the parser behind `re`; private, so a missing one only costs speed
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.11+ has both
    _parser = None

_MAX_SET = 64  # more alternatives than this and the test costs more than it saves
_MIN_LENGTH = 3  # a test on "e" or "ik" skips nothing


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # any trouble: no shortcut, the pattern just runs
        return None
    found = _required(list(parsed))
    if not found or min(map(len, found)) < _MIN_LENGTH:
        return None
    words = {s.lower() for s in found}
    # "verwijs" is in "verwijst": a text holding the longer one holds the shorter one too.
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _required(items: list) -> set[str] | None:
    """Strings one of which a match of this sequence contains; the most selective choice."""
    candidates: list[set[str]] = []
    run: list[set[str]] = []
    for op, av in [*items, (None, None)]:
        exact = _exact(op, av) if op is not None else None
        if exact is not None:
            run.append(exact)
            continue
        candidates.extend(_run_candidates(run))
        run = []
        if op is not None:
            inner = _required_of(op, av)
            if inner:
                candidates.append(inner)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _run_candidates(run: list[set[str]]) -> list[set[str]]:
    if not run:
        return []
    product = _product(run)
    if product is not None:
        return [product]
    return list(run)  # too many combinations: each part on its own


def _required_of(op, av) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _required(list(av[-1]))
    if op is _c.BRANCH:
        return _union(av[1], _required)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _exact(op, av) -> set[str] | None:
    """Every string this item can match, when that is a small finite set."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero width: adds nothing to the matched text
    if op is _c.IN:
        if all(kind is _c.LITERAL for kind, _ in av) and len(av) <= _MAX_SET:
            return {chr(v) for _, v in av}
        return None
    if op is _c.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _c.BRANCH:
        return _union(av[1], _exact_sequence)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[:2] == (0, 1):
        found = _exact_sequence(list(av[2]))
        return None if found is None else found | {""}
    return None


def _union(branches: list, read) -> set[str] | None:
    """`read` of every branch of an alternation, together; None if any branch gives none."""
    out: set[str] = set()
    for branch in branches:
        found = read(list(branch))
        if found is None:
            return None
        out |= found
    return out if len(out) <= _MAX_SET else None


def _exact_sequence(items: list) -> set[str] | None:
    parts = []
    for op, av in items:
        found = _exact(op, av)
        if found is None:
            return None
        parts.append(found)
    return _product(parts)


def _product(parts: list[set[str]]) -> set[str] | None:
    size = 1
    for p in parts:
        size *= len(p)
        if size > _MAX_SET:
            return None
    return {"".join(combo) for combo in itertools.product(*parts)}
