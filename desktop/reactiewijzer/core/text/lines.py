"""Lines, and results kept per line: while someone types, only the line under the cursor changes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache, wraps
from typing import TypeVar

# Results per line are kept (keyed by the line's text) so a check re-reads one line, not the
# whole draft. A line longer than a few replies is a paste, not typing, and a text of several
# lines is a whole draft (the prefilters read one): only the last few of these are kept, for
# the other checks of the same run (each keystroke makes a new draft; keeping thousands of them
# would only hold memory).
T = TypeVar("T")
LINE_CACHE_SIZE = 4096
LINE_CACHE_MAX_CHARS = 5_000
_LONG_LINES_KEPT = 2
_LINE_CACHES: list[Callable[[], None]] = []


def line_cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Keep `fn(line, *args)`'s results (immutable values) for the last few thousand lines."""
    cached = lru_cache(maxsize=LINE_CACHE_SIZE)(fn)
    recent: dict[tuple, T] = {}
    lock = threading.Lock()
    _LINE_CACHES.append(cached.cache_clear)
    _LINE_CACHES.append(recent.clear)

    @wraps(fn)
    def call(line: str, *args: Hashable) -> T:
        if len(line) <= LINE_CACHE_MAX_CHARS and "\n" not in line:
            return cached(line, *args)
        key = (line, *args)
        with lock:
            found = recent.get(key)
        if found is None:
            found = fn(line, *args)
            with lock:
                while len(recent) >= _LONG_LINES_KEPT:
                    recent.pop(next(iter(recent)))
                recent[key] = found
        return found

    return call


def forget_lines() -> None:
    """Drop every line's kept results: the next check reads each line as new (a fresh paste,
    as bench/peers.py measures it)."""
    for clear in _LINE_CACHES:
        clear()


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of the text, without its line break."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1
