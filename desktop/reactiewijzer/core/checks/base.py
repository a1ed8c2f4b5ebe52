"""What every coded check shares: the draft's context and its message catalogue.

Coded checks hold logic only. Their ids, levels, messages and guideline headings live in
resources/checks.yml, so a non-programmer can reword a message or change a level.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.model import Finding, Fix, Thread
from reactiewijzer.core.rules.prefilter import may_match
from reactiewijzer.core.text import URL_RE, Span, Token, line_cached, lines, sentences, words

# A closing: "Groet, Sanne", "Met vriendelijke groet,\nTeam X", "Best,\nJoost". Words that also
# open a sentence ("Thanks so much for ...", "Best wishes to ...") only count when a comma or the
# end of the line follows them, and the signature after them is short.
# Linear on any text: a line's leading blanks never reach into the next line (else each of
# 10,000 blank lines re-reads all the others), and each signature word is taken whole
# (possessive), so a long line after a closing is not split into words in every possible way.
SIGN_OFF_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?"
    r"|hartelijke\s+groet|groet(?:en|jes)?|kind\s+regards|best\s+regards|warm\s+regards|regards"
    r"|best\s+wishes|yours\s+sincerely|many\s+thanks|thanks|cheers|best)\b"
    r"(?:[ \t]+(?:van|from)[ \t]+|[ \t]*,[ \t]*(?:\n[ \t]*)?|[.!]?[ \t]*\n[ \t]*|[.!]?[ \t]*$)"
    r"(?P<who>(?:\S++[ \t]*+){0,7})$"
)


def is_sign_off(text: str) -> bool:
    """'Groet, Sanne (Rijkswaterstaat)', 'Kind regards,': the closing, not the message."""
    return bool(SIGN_OFF_LINE.match(text.strip()))


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, Any]]:
    return data("checks")["checks"]


@dataclass(frozen=True, slots=True)
class Addressee:
    name: str | None
    first_name: str | None
    handle: str | None  # with the leading @
    text: str  # everything this person wrote in the thread


@dataclass
class DraftContext:
    """One draft and what we know around it; computed pieces are cached per check run."""

    text: str
    lang: str
    thread: Thread | None = None
    platform: str | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    thread_text: str = ""

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences(self.text)

    @cached_property
    def words(self) -> list[Token]:
        """The words and numbers (no links, addresses, handles, hashtags, emoji or marks)."""
        return words(self.text)

    @cached_property
    def sentence_words(self) -> list[tuple[Span, list[Token]]]:
        """Each sentence with its words, from one pass over the text's words."""
        out: list[tuple[Span, list[Token]]] = []
        ws, i = self.words, 0
        for s in self.sentences:
            while i < len(ws) and ws[i].start < s.start:
                i += 1
            j = i
            while j < len(ws) and ws[j].start < s.end:
                j += 1
            out.append((s, ws[i:j]))
            i = j
        return out

    @cached_property
    def urls(self) -> list[re.Match[str]]:
        """The links in the draft, found once for every check that reads them."""
        # Most drafts hold none of the pieces a link needs ("://", "www.", ".nl/" ...).
        if not may_match(URL_RE, self.text):
            return []
        return list(URL_RE.finditer(self.text))

    @cached_property
    def widest(self) -> str:
        """The draft's highest character: below U+2600 it holds no emoji or symbol letters."""
        return max(self.text, default="")

    @cached_property
    def lower_words(self) -> frozenset[str]:
        return frozenset(w.text.lower() for w in self.words)

    @cached_property
    def addressee(self) -> Addressee | None:
        """The citizen this reply answers, as the thread reader sees them: the one the draft
        greets, else who asked the open question, else the last poster."""
        if self.thread is None:
            return None
        from reactiewijzer.core.thread import addressee, greeting_name

        person = addressee(self.thread, self.text)
        if person is None:
            return None
        handle = person.handle
        if handle and not handle.startswith("@"):
            handle = "@" + handle
        texts = " ".join(
            p.text
            for p in self.thread.posts
            if (p.handle and p.handle == person.handle) or (p.author and p.author == person.name)
        )
        return Addressee(person.name, greeting_name(person), handle, texts)

    def finding(
        self,
        check_id: str,
        start: int,
        end: int,
        *,
        suggestions: Iterable[str] = (),
        level: str | None = None,
        **fields: object,
    ) -> Finding:
        """A Finding for `check_id`, its message from the catalogue in the draft's language.

        The suggestions become fixes of the kind the catalogue gives the check (`fix:`, by
        default "replace"): a sentence-wide check offers text to insert, or information.
        """
        entry = catalogue()[check_id]
        kind = entry.get("fix", "replace")
        template = entry["message_en"] if self.lang == "en" else entry["message"]
        values = {"match": self.text[start:end], **fields}
        message = template.format_map(_Default(values))
        return Finding(
            rule=check_id,
            category=entry["category"],
            severity=level or entry["level"],
            start=start,
            end=end,
            match=self.text[start:end],
            message=message,
            fixes=tuple(Fix(kind, s) for s in suggestions if s),
            guideline=entry["guideline"],
        )

    def search(self, pattern: re.Pattern[str]) -> Span | None:
        """The first match of a phrase pattern, read line by line (kept per line while typing).

        For phrases only: a match that needs two lines, or the start of the text, is not found.
        """
        if not may_match(pattern, self.text):  # no line holds the words the phrases need
            return None
        seen: set[str] = set()
        for offset, line in lines(self.text):
            # An empty line holds no phrase, and a line read before gives the same answer:
            # 100,000 blank or repeated lines cost one look each, not one per pattern call.
            if not line or line in seen:
                continue
            seen.add(line)
            found = _search_line(line, pattern)
            if found is not None:
                start, end = found
                return Span(offset + start, offset + end, line[start:end])
        return None

    def first_sentence(self) -> Span:
        if self.sentences:
            return self.sentences[0]
        return Span(0, len(self.text), self.text)


@line_cached
def _search_line(line: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    m = pattern.search(line)
    return m.span() if m else None


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


Check = Callable[[DraftContext], Iterable[Finding]]
