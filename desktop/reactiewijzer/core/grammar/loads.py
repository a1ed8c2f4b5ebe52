"""Which languages the local LanguageTool server has loaded, and the warm-up that loads Dutch.

LanguageTool loads a language's rules and dictionaries on its first check in it: seconds, far
longer than a warm check. Dutch is loaded right after the server starts, in the background;
English with the first English check (most replies are Dutch, and English alone holds ~100 MB
of the JVM's memory, docs/languagetool.md). While a language loads, `loading` names it, so
that the window can say that spelling is warming up instead of showing a draft as checked.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping

log = logging.getLogger(__name__)

# Checked right after the server starts. It has a typo and a grammar error, so that spelling
# suggestions and the grammar rules load with it too.
WARM_UP = {"nl": "Ik heb het gisteren gezein en hij loop morgen langs."}


class LanguageLoads:
    """The languages (LanguageTool codes: "nl", "en-GB") one server has loaded or is loading."""

    def __init__(self) -> None:
        self._loaded: set[str] = set()
        self._loading: set[str] = set()
        self._warming: dict[str, threading.Event] = {}

    def reset(self) -> None:
        """A new JVM: it has loaded nothing yet."""
        self._loaded.clear()
        self._loading.clear()
        self._warming = {}

    @property
    def loading(self) -> tuple[str, ...]:
        """The languages ("nl", "en") loading now, sorted."""
        return tuple(sorted({code.split("-")[0] for code in self._loading}))

    @property
    def loaded(self) -> tuple[str, ...]:
        """The languages ("nl", "en") loaded, sorted."""
        return tuple(sorted({code.split("-")[0] for code in self._loaded}))

    def warm_up(
        self,
        texts: Mapping[str, str],
        ask: Callable[[str, str], str | None],
        *,
        then: Callable[[], None] = lambda: None,
    ) -> None:
        """In the background: `ask(code, text)` per language (it returns the server's version,
        or None when it did not answer), then `then()`."""
        events = {code: threading.Event() for code in texts}
        self._warming = events
        self._loading.update(texts)

        def run() -> None:
            for code, text in texts.items():
                try:
                    if ask(code, text):
                        self._loaded.add(code)
                except Exception:  # stopped meanwhile; a real check will tell
                    log.debug("LanguageTool warm-up failed", exc_info=True)
                finally:
                    self._loading.discard(code)
                    events[code].set()
            then()

        threading.Thread(target=run, name="languagetool-warm-up", daemon=True).start()

    def warming(self, code: str) -> threading.Event | None:
        """Set once the warm-up of `code` is over; None when there is none."""
        return self._warming.get(code)

    def wait(self, timeout: float) -> bool:
        """Wait for the whole warm-up; False if it still runs after `timeout` s."""
        deadline = time.monotonic() + timeout
        return all(e.wait(max(0.0, deadline - time.monotonic())) for e in self._warming.values())

    @contextlib.contextmanager
    def checking(self, code: str) -> Iterator[None]:
        """Around a check in `code`: the first one loads the language, and says so meanwhile."""
        first = code not in self._loaded
        if first:
            self._loading.add(code)
        try:
            yield
        finally:
            if first:
                self._loading.discard(code)
        self._loaded.add(code)  # only when the check answered
