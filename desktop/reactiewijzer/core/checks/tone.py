"""Personal tone the rule files cannot see: the writer's own voice, the name, je or u.

"Spreek als ambtenaar als 'mens' namens een organisatie, niet als de organisatie."
Sign-offs, stiff letter forms and impersonal passives are pattern rules in resources/rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reactiewijzer.core.checks.base import SIGN_OFF_LINE, DraftContext
from reactiewijzer.core.checks.broadcast import NAME_PLACEHOLDER, greets_by_name
from reactiewijzer.core.checks.personal_data import first_names
from reactiewijzer.core.checks.vocabulary import vocabulary
from reactiewijzer.core.model import Finding
from reactiewijzer.core.profile import sign_off
from reactiewijzer.core.rules.prefilter import may_match
from reactiewijzer.core.text import Token

_U_FORMS = frozenset({"u", "uw", "U", "Uw"})
_JE_FORMS = frozenset({"je", "jij", "jou", "jouw", "Je", "Jij", "Jou", "Jouw"})


def check_sign_off(ctx: DraftContext) -> Iterator[Finding]:
    """'Groet, Team Webcare' or 'Met vriendelijke groet, Klantcontactcentrum': no person signs."""
    suggestions = [s for s in [sign_off(ctx.profile, ctx.lang)] if s]
    closings = list(SIGN_OFF_LINE.finditer(ctx.text)) if may_match(SIGN_OFF_LINE, ctx.text) else []
    if not closings:
        yield from _bare_signature(ctx, suggestions)
    yield from _closing_inside_a_paragraph(ctx, suggestions)
    for m in closings:
        who = m.group("who").strip()
        if not who:
            if ctx.text[m.end() :].strip():
                continue  # the greeting is not the end: the name may follow further on
            # "Met vriendelijke groet," and then nothing: nobody signs.
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = start + len(m.group().strip())
            yield ctx.finding("personal_tone.sign_off", start, end, suggestions=suggestions)
            continue
        if _is_personal_signature(who, ctx.lang):
            continue
        # The span is the signature itself: "Team Webcare", the words to replace.
        start = m.start("who")
        end = start + len(m.group("who").rstrip())
        yield ctx.finding("personal_tone.sign_off", start, end, suggestions=suggestions)


# A closing at the end of a paragraph, after its last sentence, as pasted text often has it:
# "... weer open. Met vriendelijke groet, Team Webcare". The comma keeps "Groeten aan je moeder"
# out; the signature runs to the end of the line (at most 60 characters, so this stays linear).
_INLINE_CLOSING = re.compile(
    r"(?im)(?<=[.!?])[ \t]+(?:met[ \t]+vriendelijke[ \t]+groet(?:en)?"
    r"|vriendelijke[ \t]+groet(?:en)?|hartelijke[ \t]+groet(?:en)?|groet(?:en|jes)?"
    r"|kind[ \t]+regards|best[ \t]+regards|regards"
    r"|best[ \t]+wishes|yours[ \t]+sincerely)[ \t]*,[ \t]*(?P<who>[^\n.!?,]{1,60}?)[ \t.]*$"
)


def _closing_inside_a_paragraph(ctx: DraftContext, suggestions: list[str]) -> Iterator[Finding]:
    if not may_match(_INLINE_CLOSING, ctx.text):
        return
    for m in _INLINE_CLOSING.finditer(ctx.text):
        who = m.group("who").strip()
        if not who or _is_personal_signature(who, ctx.lang):
            continue
        start = m.start("who") + len(m.group("who")) - len(m.group("who").lstrip())
        yield ctx.finding(
            "personal_tone.sign_off", start, start + len(who), suggestions=suggestions
        )


def _bare_signature(ctx: DraftContext, suggestions: list[str]) -> Iterator[Finding]:
    """A last line that is only the organisation: "Team Webcare", "^Webcare", "admin"."""
    body = ctx.text.rstrip()
    start = body.rfind("\n") + 1
    if start == 0:
        return  # a one-line reply has no signature line
    line = body[start:]
    who = line.strip().lstrip("-–—^ ").strip()
    if not who or len(who.split()) > 5 or _is_personal_signature(who, ctx.lang):
        return
    if not _organisation_word().search(who.lower()):
        return
    first = start + line.index(who)
    yield ctx.finding("personal_tone.sign_off", first, first + len(who), suggestions=suggestions)


# "Sanne (Team Verkeer)", "Annelies de Groot, klantcontact": a name, then the organisation.
_NAME_THEN_ORGANISATION = re.compile(
    r"[A-Z][a-zà-ÿ]+(?:\s+(?:[a-z']+\s+){0,3}[A-Z][a-zà-ÿ]+)?\s*[(,–—-]"
)


@lru_cache(maxsize=1)
def _organisation_word() -> re.Pattern[str]:
    """Any organisation word (signature_organisation_words), also at the end of a compound."""
    words = vocabulary()["signature_organisation_words"]
    return re.compile("|".join(f"{re.escape(w)}(?!\\w)" for w in words))


def _is_personal_signature(who: str, lang: str) -> bool:
    """'Sanne (Rijkswaterstaat)', 'Bram – RWS', 'Jan de Vries': a person. 'Team X', 'admin': not."""
    first = re.split(r"[\s,(–—-]+", who, maxsplit=1)[0]
    lowered = who.lower()
    org_words = vocabulary()["signature_organisation_words"]
    if first in first_names():
        return True
    # "Webteam", "communicatieteam": organisation words count inside compounds too.
    if _organisation_word().search(lowered):
        # "Sanne (Team Verkeer)" names a person before the team.
        return bool(_NAME_THEN_ORGANISATION.match(who)) and first.lower() not in org_words
    # One long compound ("Klantcontactcentrum") is a department, not a name.
    return not (len(who.split()) == 1 and len(who) > 12) and first[:1].isupper()


# A reply that opens with an @mention is addressed to that account, as replies on X are.
_OPENS_WITH_MENTION = re.compile(r"\s*(?:\.?@\w)")


def check_greeting_by_name(ctx: DraftContext) -> Iterator[Finding]:
    """The thread tells who wrote; a personal reply uses their name or handle."""
    person = ctx.addressee
    if person is None or not person.first_name:
        return  # an account without a person's name: the handle is enough
    if _OPENS_WITH_MENTION.match(ctx.text) or NAME_PLACEHOLDER.search(ctx.text):
        return  # "@116656 Please DM us", "Hi [naam],": the reply already turns to the person
    first = person.first_name
    lowered = ctx.text.lower()
    if first and re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", lowered):
        return
    if greets_by_name(ctx) or _names_a_participant(ctx):
        return  # turns to someone in the thread by name ("Hoi Klaas", "mevrouw De Vries")
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


def _names_a_participant(ctx: DraftContext) -> bool:
    """The draft uses the first name or the surname of someone in the thread."""
    lowered = ctx.text.lower()
    for person in ctx.thread.participants if ctx.thread is not None else ():
        parts = (person.name or "").split()
        names = [parts[0], " ".join(parts[1:])] if len(parts) > 1 else parts
        for name in names:
            if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered):
                return True
    return False


def check_register(ctx: DraftContext) -> Iterator[Finding]:
    """je or u: consistent within the reply, and matching how the citizen writes."""
    if ctx.lang != "nl":
        return
    # Words of the draft: "U-bocht", "zo'n" or a "u" in a link are no pronoun.
    u_hits = [w for w in ctx.words if w.text in _U_FORMS and not _is_letter_u(ctx.text, w)]
    je_hits = [w for w in ctx.words if w.text in _JE_FORMS]
    if u_hits and je_hits:
        minority = u_hits if len(u_hits) <= len(je_hits) else je_hits
        m = minority[0]
        yield ctx.finding("personal_tone.mixed_register", m.start, m.end)
        return
    citizen = ctx.thread.register if ctx.thread is not None else None
    citizen = citizen or ctx.profile.get(
        "register"
    )  # the writer's default, when the thread is silent
    if citizen == "je" and u_hits:
        m = u_hits[0]
        yield ctx.finding(
            "personal_tone.register_mismatch",
            m.start,
            m.end,
            citizen="je",
            draft="u",
            suggestions=["je" if m.text == "u" else "jouw"],
        )
    elif citizen == "u" and je_hits:
        m = je_hits[0]
        yield ctx.finding(
            "personal_tone.register_mismatch",
            m.start,
            m.end,
            citizen="u",
            draft="je",
            suggestions=["u"],
        )


def _is_letter_u(text: str, word: Token) -> bool:
    """'de letter u', 'een u': not the pronoun."""
    before = text[max(0, word.start - 10) : word.start].lower()
    return before.endswith(("letter ", "de ", "een "))
