"""Personal tone the rule files cannot see: the writer's own voice, the name, je or u.

"Spreek als ambtenaar als 'mens' namens een organisatie, niet als de organisatie."
Sign-offs, stiff letter forms and impersonal passives are pattern rules in resources/rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.vocabulary import vocabulary
from reactiewijzer.core.model import Finding

_U_FORMS = re.compile(r"(?<![\w'’-])(u|uw|U|Uw)(?![\w'’-])")
_JE_FORMS = re.compile(r"(?<![\w'’-])(je|jij|jou|jouw|Je|Jij|Jou|Jouw)(?![\w'’-])")


def check_first_person(ctx: DraftContext) -> Iterator[Finding]:
    """A reply of some length in which nobody speaks: no 'ik' or 'we'."""
    if len(ctx.words) < vocabulary()["min_words_for_voice"]:
        return
    if ctx.lower_words & vocabulary()[ctx.lang]["first_person"] or signed_by_a_person(ctx):
        return
    s = ctx.first_sentence()
    yield ctx.finding("personal_tone.no_first_person", s.start, s.end)


_SIGNATURE = re.compile(
    r"(?:groet(?:en|jes)?|regards|cheers|thanks|bedankt|dank)\W{1,4}([A-Z][a-zà-ÿ]+)\b"
    r"|^\s*[-–—^]\s*([A-Z][a-zà-ÿ]+)\b|^\s*([A-Z][a-zà-ÿ]+)\s*(?:\(|$)",
    re.IGNORECASE | re.MULTILINE,
)


def signed_by_a_person(ctx: DraftContext) -> bool:
    """'Groet, Sanne' or a last line '^Sanne' shows a person speaks, even without 'ik'."""
    lines = ctx.text.rstrip().splitlines()
    tail = "\n".join(lines[-2:]) if lines else ""
    for m in _SIGNATURE.finditer(tail):
        name = next(g for g in m.groups() if g)
        if name[:1].isupper() and name.lower() not in vocabulary()[ctx.lang]["organisation_words"]:
            return True
    return False


def check_greeting_by_name(ctx: DraftContext) -> Iterator[Finding]:
    """The thread tells who wrote; a personal reply uses their name or handle."""
    person = ctx.addressee
    if person is None:
        return
    first = person.first_name
    lowered = ctx.text.lower()
    if first and re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", lowered):
        return
    if person.handle and person.handle.lower() in lowered:
        return
    s = ctx.first_sentence()
    greeting = "Hi" if ctx.lang == "en" else "Hoi"
    suggestions = [f"{greeting} {first},"] if first else []
    if person.handle:
        suggestions.append(f"{person.handle} ")
    yield ctx.finding(
        "personal_tone.no_name",
        s.start,
        s.end,
        suggestions=suggestions,
        name=first or person.handle or "",
    )


def check_register(ctx: DraftContext) -> Iterator[Finding]:
    """je or u: consistent within the reply, and matching how the citizen writes."""
    if ctx.lang != "nl":
        return
    u_hits = [m for m in _U_FORMS.finditer(ctx.text) if not _is_letter_u(ctx.text, m)]
    je_hits = list(_JE_FORMS.finditer(ctx.text))
    if u_hits and je_hits:
        minority = u_hits if len(u_hits) <= len(je_hits) else je_hits
        m = minority[0]
        yield ctx.finding("personal_tone.mixed_register", m.start(), m.end())
        return
    citizen = ctx.thread.register if ctx.thread is not None else None
    if citizen == "je" and u_hits:
        m = u_hits[0]
        yield ctx.finding(
            "personal_tone.register_mismatch",
            m.start(),
            m.end(),
            citizen="je",
            draft="u",
            suggestions=["je" if m.group() == "u" else "jouw"],
        )
    elif citizen == "u" and je_hits:
        m = je_hits[0]
        yield ctx.finding(
            "personal_tone.register_mismatch",
            m.start(),
            m.end(),
            citizen="u",
            draft="je",
            suggestions=["u"],
        )


def _is_letter_u(text: str, m: re.Match[str]) -> bool:
    """'de letter u', 'U-bocht', 'u.' in a list: not the pronoun."""
    before = text[max(0, m.start() - 10) : m.start()].lower()
    return before.endswith(("letter ", "de ", "een "))
