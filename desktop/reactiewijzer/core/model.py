"""Plain immutable values that travel from the core to the UI and the CLI.

Offsets (`start`, `end`) are always Python string indices into the draft.
Conversion to UTF-16 (Qt, LanguageTool) lives in `core.text` only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")


Advice = Literal["respond", "observe", "moderate"]

# How a fix changes the draft. Only "replace" touches the writer's words, and only those in the
# finding's span; the inserts add text before or after the span; "none" is information to read
# (the questions still to answer), never applied.
FIX_KINDS: tuple[str, ...] = ("replace", "insert_before", "insert_after", "none")


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to act on a finding: `kind` (FIX_KINDS) and the text it puts in."""

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in FIX_KINDS:
            raise ValueError(f"unknown fix kind {self.kind!r} (one of {', '.join(FIX_KINDS)})")

    @property
    def applicable(self) -> bool:
        return self.kind != "none"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing in the draft worth the writer's attention.

    `fixes` say what may be done and how (Fix.kind). `suggestions` is kept for older callers:
    given alone it means replacements; given with `fixes` it is filled in as the texts of the
    replace fixes only, so nobody reads an insert as a replacement.
    """

    rule: str  # e.g. "jargon.ambtelijk" or "LT:NL_SPELLING_RULE"
    category: str  # one of resources/categories.yml
    severity: str  # one of SEVERITIES
    start: int
    end: int
    match: str
    message: str  # in the draft's language
    suggestions: tuple[str, ...] = ()
    guideline: str = ""  # the guide's section heading this rests on
    source: str = "engine"  # "engine" or "languagetool"
    fixes: tuple[Fix, ...] = ()

    def __post_init__(self) -> None:
        if self.fixes:
            replacements = tuple(f.text for f in self.fixes if f.kind == "replace")
            object.__setattr__(self, "suggestions", replacements)
        elif self.suggestions:
            fixes = tuple(Fix("replace", s) for s in self.suggestions)
            object.__setattr__(self, "fixes", fixes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        data["fixes"] = [f.to_dict() for f in self.fixes]
        return data


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability of the draft, with a B1 verdict."""

    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    syllables_per_word: float
    flesch_douma: float | None  # None for English (then `flesch_reading_ease` is used)
    score: float  # the language's reading-ease score (higher is easier)
    level: str  # "B1" or "boven B1" / "above B1"
    b1: bool
    long_words: int  # words of four or more syllables

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise found in a reply."""

    text: str
    start: int
    end: int
    due: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "due": self.due.isoformat() if self.due else None,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `check()` found in one draft."""

    lang: str  # "nl" or "en"
    findings: tuple[Finding, ...]
    readability: Readability | None
    commitments: tuple[Commitment, ...] = ()
    grammar_status: str | None = None  # one line, user's language: grammar off or skipped

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def counts(self) -> dict[str, int]:
        from reactiewijzer.core.catalogue import categories

        out = dict.fromkeys(categories(), 0)
        for f in self.findings:
            out[f.category] = out.get(f.category, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "findings": [f.to_dict() for f in self.findings],
            "readability": self.readability.to_dict() if self.readability else None,
            "commitments": [c.to_dict() for c in self.commitments],
            "grammar_status": self.grammar_status,
            "counts": self.counts(),
        }


@dataclass(frozen=True, slots=True)
class Post:
    """One message of a pasted thread."""

    author: str | None
    handle: str | None
    time: str | None
    text: str
    signals: tuple[str, ...] = ()  # e.g. "question", "substance", "emotion", "spam"
    questions: tuple[str, ...] = ()
    from_organisation: bool = False  # posted by the organisation (the app's user), not a citizen

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "handle": self.handle,
            "time": self.time,
            "text": self.text,
            "signals": list(self.signals),
            "questions": list(self.questions),
            "from_organisation": self.from_organisation,
        }


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    handle: str | None
    posts: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the thread advice is what it is, quoting the guide."""

    text: str  # in the thread's language
    guideline: str  # section heading
    quote: str  # the guide's own words

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Thread:
    """A pasted thread, read: who speaks, what they ask, whether to reply."""

    posts: tuple[Post, ...]
    format: str  # detected source format, e.g. "x", "facebook", "transcript", "paragraphs"
    lang: str
    participants: tuple[Participant, ...] = ()
    open_questions: tuple[str, ...] = ()
    register: str | None = None  # "je", "u" or None
    advice: str = "respond"  # "respond", "observe" or "moderate"
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    subject_words: tuple[str, ...] = ()  # the citizen's own words for the subject
    notice: str | None = None  # a clear message when input was odd (binary, too long, empty)
    notice_en: str | None = None  # the same message in English

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "lang": self.lang,
            "posts": [p.to_dict() for p in self.posts],
            "participants": [p.to_dict() for p in self.participants],
            "open_questions": list(self.open_questions),
            "register": self.register,
            "advice": self.advice,
            "reasons": [r.to_dict() for r in self.reasons],
            "subject_words": list(self.subject_words),
            "notice": self.notice,
            "notice_en": self.notice_en,
        }


def __getattr__(name: str) -> Any:
    # CATEGORIES (kept for callers of the public API) is data: resources/categories.yml.
    if name == "CATEGORIES":
        from reactiewijzer.core.catalogue import categories

        return categories()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
