"""Words a regex cannot match without: a cheap test that skips most patterns on most lines.

`required_words(r"\\b(?:we|wij)\\s+(?:zullen|zal)\\s+...")` gives ("zal", "zullen"): a line that
contains neither (lower-cased) cannot match, so the pattern need not run. Reading the parsed
pattern (Python's own regex parser) means rule authors write plain regexes and nothing else.
When a pattern is too free to say (only character classes, optional parts), the answer is
None and the pattern always runs.

core/rules/prefilter.py asks this of many patterns at once.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

try:  # the parser behind `re`; private, so a missing one only costs speed
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.11+ has both
    _parser = None

_MAX_SET = 64  # more alternatives than this and the test costs more than it saves
_MIN_LENGTH = 3  # a test on "e" or "ik" skips nothing; one on "*", "-" or a digit does


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None."""
    parsed = _parsed(pattern.pattern, pattern.flags)
    if parsed is None:
        return None
    found = _required(list(parsed))
    if not found or not all(map(_selective, found)):
        return None
    words = {s.lower() for s in found}
    # "verwijs" is in "verwijst": a text holding the longer one holds the shorter one too.
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=8)  # required_words and whole_words read the same pattern one after the other
def _parsed(pattern: str, flags: int):
    if _parser is None:
        return None
    try:
        return _parser.parse(pattern, flags)
    except Exception:  # any trouble: no shortcut, the pattern just runs
        return None


def _selective(word: str) -> bool:
    """A word worth testing for: long enough, or no letters at all ("*", "!!", a digit)."""
    return len(word) >= _MIN_LENGTH or not any(ch.isalpha() for ch in word)


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
    return max(usable, key=lambda c: (all(map(_selective, c)), min(map(len, c)), -len(c)))


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
        if av[0] >= 2:  # "(?:ha){2,}" holds "haha": its first repeats, side by side
            once = _exact_sequence(list(av[2]))
            if once is not None and "" not in once:
                repeated = _product([once] * av[0])
                if repeated is not None:
                    return repeated
        return _required(list(av[2]))
    return None


def _exact(op, av) -> set[str] | None:
    """Every string this item can match, when that is a small finite set."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero width: adds nothing to the matched text
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_SET:  # "[0-9]"
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negation, "\\d", "\\w": too many characters to list
                return None
        return chars if len(chars) <= _MAX_SET else None
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


# ---- whole words ------------------------------------------------------------------------------

_WORD_CHARS = re.compile(r"\w+")
_NOT_WORD = re.compile(r"\W")


def whole_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of lower-case words every match of `pattern` holds as whole words: one word of each.

    r"\\b(?:we|wij)\\s+(?:zal|ga)\\s+\\w+" gives ({"we", "wij"}, {"zal", "ga"}): each is flanked
    by a word boundary or a space, so a text without "ga" as a word of its own (only in "gaat",
    say) cannot match. Unlike `required_words`, short words count here: a text's words
    are compared whole, not searched for. () when nothing can be said.
    """
    if pattern.flags & (re.ASCII | re.LOCALE):
        return ()  # a word boundary of another kind than the text's words below
    parsed = _parsed(pattern.pattern, pattern.flags)
    if parsed is None:
        return ()
    found = _whole(list(parsed), left=False, right=False)
    return tuple(frozenset(w.lower() for w in words) for words in found)


def _whole(items: list, left: bool, right: bool) -> list[set[str]]:
    """The word sets of a sequence; `left`/`right`: whether what stands just before/after it
    cannot be a word character."""
    out: list[set[str]] = []
    guarded = left  # no word character just before the current position
    i = 0
    while i < len(items):
        j, parts = i, []
        while j < len(items):
            exact = _exact(*items[j])
            if not exact or "" in exact or not all(_WORD_CHARS.fullmatch(s) for s in exact):
                break
            parts.append(exact)
            j += 1
        if j > i:  # a run of words: whole when nothing word-like touches it on either side
            after = right if j == len(items) else _opens_without_word(*items[j])
            words = _product(parts)
            if words is not None and guarded and after:
                out.append(words)
            guarded, i = False, j
            continue
        op, av = items[i]
        after = right if i + 1 == len(items) else _opens_without_word(*items[i + 1])
        if op is _c.SUBPATTERN and not av[1] & (re.ASCII | re.LOCALE):
            out.extend(_whole(list(av[-1]), guarded, after))
        elif op is _c.BRANCH:
            per_branch = [_best(_whole(list(b), guarded, after)) for b in av[1]]
            if all(per_branch):
                union = set().union(*per_branch)
                if len(union) <= _MAX_SET:
                    out.append(union)
        guarded = _closes_without_word(op, av, guarded)
        i += 1
    return out


def _best(sets: list[set[str]]) -> set[str] | None:
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _nonword_item(op, av) -> bool:
    """Whether the item consumes at least one character and never a word character."""
    if op is _c.LITERAL:
        return bool(_NOT_WORD.match(chr(av)))
    if op is _c.IN:
        items = list(av)
        if items and items[0][0] is _c.NEGATE:  # [^\w...]: never a word character
            return any(kind is _c.CATEGORY and v is _c.CATEGORY_WORD for kind, v in items[1:])
        return all(_nonword_member(kind, v) for kind, v in items)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        body = list(av[2])
        return av[0] >= 1 and len(body) == 1 and _nonword_item(*body[0])
    if op is _c.SUBPATTERN:
        body = list(av[-1])
        return len(body) == 1 and _nonword_item(*body[0])
    return False


def _nonword_member(kind, value) -> bool:
    if kind is _c.LITERAL:
        return bool(_NOT_WORD.match(chr(value)))
    if kind is _c.RANGE:
        low, high = value
        return high - low < 256 and all(_NOT_WORD.match(chr(c)) for c in range(low, high + 1))
    if kind is _c.CATEGORY:
        return value in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK)
    return False


def _no_word_lookaround(av) -> bool:
    """`(?<![\\w...])` or `(?![\\w...])`: the character looked at is no word character."""
    body = list(av[1])
    return (
        len(body) == 1
        and body[0][0] is _c.IN
        and any(k is _c.CATEGORY and v is _c.CATEGORY_WORD for k, v in body[0][1])
        and body[0][1][0][0] is not _c.NEGATE
    )


def _closes_without_word(op, av, before: bool) -> bool:
    """After this item: whether the character just before the position is no word character."""
    if op is _c.AT:
        if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY):
            return True  # \b: a word that follows has no word character before it
        return before if av is not _c.AT_NON_BOUNDARY else False
    if op is _c.ASSERT_NOT:
        return True if av[0] == -1 and _no_word_lookaround(av) else before
    if op is _c.ASSERT:
        return before  # zero width: the position does not move
    return _nonword_item(op, av)


def _opens_without_word(op, av) -> bool:
    """Whether the character at the position (where this item starts) is no word character."""
    if op is _c.AT:
        return av in (_c.AT_END, _c.AT_END_STRING, _c.AT_BOUNDARY)
    if op is _c.ASSERT_NOT:
        return av[0] == 1 and _no_word_lookaround(av)
    if op is _c.SUBPATTERN:
        body = list(av[-1])
        return bool(body) and _opens_without_word(*body[0])
    if op is _c.BRANCH:
        return all(b and _opens_without_word(*next(iter(b))) for b in av[1])
    return _nonword_item(op, av)
