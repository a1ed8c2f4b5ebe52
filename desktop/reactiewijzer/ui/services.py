"""What the widgets may use, handed to them by `app.py` (the composition root).

Widgets never import the engine, LanguageTool or the store themselves: they receive these
callables and objects, which keeps the UI testable and the start-up lean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from reactiewijzer.core.dismissals import Dismissals
from reactiewijzer.core.model import Commitment, Finding, Report, Thread


class GrammarChecker(Protocol):
    """The shape of `core.grammar.get_checker(...)`'s result."""

    state: str  # "starting" | "ready" | "off"
    status: str | None  # Dutch: why it is off
    status_en: str | None
    version: str | None
    warming_up: tuple[str, ...]  # languages ("nl", "en") being loaded after the start
    skipped: bool  # the last check got no answer (too slow, cancelled): spelling unchecked
    loaded: tuple[str, ...] | None  # languages loaded (None: not known)

    def start(self) -> None: ...

    def check(self, text: str, lang: str) -> list[Finding]: ...


class NullGrammar:
    """Stands in when LanguageTool cannot be used at all; says why."""

    version = None
    warming_up: tuple[str, ...] = ()
    skipped = False
    loaded = None

    def __init__(self, status: str, status_en: str) -> None:
        self.state = "off"
        self.status = status
        self.status_en = status_en

    def start(self) -> None:
        return None

    def check(self, text: str, lang: str) -> list[Finding]:
        return []


@dataclass(frozen=True, slots=True)
class Platform:
    key: str  # x, facebook, instagram, linkedin, youtube, other
    name: str
    name_en: str
    limit: int | None


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A part of the app that is not installed or failed to load, with the reason."""

    message: str
    message_en: str


@dataclass
class Services:
    check: Callable[..., Report]  # check(draft, thread=str|None, platform=str|None), no grammar
    grammar: GrammarChecker
    # (server URL or None for the local one, allow_plain_http=False) -> checker
    make_grammar: Callable[..., GrammarChecker]
    read_thread: Callable[[str], Thread] | Unavailable
    find_commitments: Callable[[str], list[Commitment]] | Unavailable
    store: Any  # core.store.CommitmentStore, or Unavailable
    wordlist: Any  # core.grammar.PersonalWordList, or Unavailable
    guideline: Callable[[str], dict | None]  # section heading -> {heading, quote, quote_en, ...}
    platforms: tuple[Platform, ...]
    count_length: Callable[[str, str], int]  # (text, platform key) -> length as the platform counts
    data_dir: Path
    versions: dict[str, str] = field(default_factory=dict)
    # The writer's profile (core.profile): name, organisation, contact routes. Checks use it for
    # personal suggestions; an empty profile just means none.
    profile: dict[str, str] = field(default_factory=dict)
    save_profile: Callable[[dict[str, str]], Any] | None = None
    # What the writer ignores (core.dismissals): the window, the copy flow and the CLI hide the
    # same things. The checks and words are saved; "negeer hier" lives with this draft only.
    dismissed: Dismissals = field(default_factory=Dismissals)
    save_dismissals: Callable[[Dismissals], Any] | None = None
    today: Callable[[], date] = date.today
