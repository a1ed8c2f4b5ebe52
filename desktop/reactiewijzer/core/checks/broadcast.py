"""Broadcast-only replies: a link or announcement that ignores the person and their point.

"Social media zijn interactief en daarom ongeschikt voor alleen het 'zenden' van een boodschap."
Announcement phrases ("Lees meer op ...") are pattern rules in resources/rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reactiewijzer.core.checks.base import DraftContext, is_sign_off
from reactiewijzer.core.checks.engagement import phrases
from reactiewijzer.core.checks.personal_data import first_names
from reactiewijzer.core.checks.vocabulary import content_stems, vocabulary
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import HANDLE_RE, URL_RE, line_cached, words


def check_link_only(ctx: DraftContext) -> Iterator[Finding]:
    """Mostly a link: few words of its own around a URL."""
    urls = ctx.urls
    if not urls:
        return
    greeting = vocabulary()[ctx.lang]["greeting"].match(ctx.text)
    skip = greeting.end() if greeting else 0
    own_words = sum(1 for w in ctx.words if w.start >= skip)
    if own_words <= vocabulary()["max_words_link_only"]:
        m = urls[0]
        yield ctx.finding("broadcast_only.link_only", m.start(), m.end())


def check_invitation(ctx: DraftContext) -> Iterator[Finding]:
    """No question, no name and no invitation to respond: the conversation stops here.

    A tip, and only for a reply that engages with nobody: one that asks something, turns to
    the person by name or handle, or answers the thread's question has done its part (on real
    replies the tip otherwise fired on nearly every good answer).
    """
    if len(ctx.words) < vocabulary()["min_words_for_invitation"]:
        return
    if "?" in ctx.text or ctx.text.lstrip().startswith("@") or greets_by_name(ctx):
        return
    if addresses_by_name(ctx) or opens_with_answer(ctx):
        return  # "..., Anna." / "Nee, dat kan helaas niet.": it talks with someone
    person = ctx.addressee
    if person is not None and _names_person(ctx, person):
        return
    if ctx.search(vocabulary()[ctx.lang]["invitation"]):
        return
    if answers_open_question(ctx):
        return
    # The last sentence with some words: a sign-off such as "Groet, Sanne" is not the point.
    body = [s for s, ws in ctx.sentence_words if len(ws) > 3 and not is_sign_off(s.text)]
    last = body[-1] if body else ctx.first_sentence()
    examples = (
        ["Let me know if this helps.", "Does that answer your question?"]
        if ctx.lang == "en"
        else ["Laat je het me weten als je nog vragen hebt?", "Helpt dit je verder?"]
    )
    yield ctx.finding("broadcast_only.no_invitation", last.start, last.end, suggestions=examples)


# What is not the message in a sentence: handles, a closing initial ("^LG", "-Becky", "*TMB"),
# links, emoji and punctuation around the words.
_SIGNATURE = re.compile(r"(?:\^|\*|(?<=\s)-\s?|(?<=\S)-)[A-Za-z]{1,20}\.?\s*$")
_CARET_INITIALS = re.compile(r"\^[A-Za-z]{1,20}\b")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


_CANNED_MAX_CHARS = 400


def check_referral_only(ctx: DraftContext) -> Iterator[Finding]:
    """A reply that only sends the person elsewhere: a DM, a link, a number, around template
    thanks or empathy, with no answer and no question of its own. Canned text is the clearest
    case ("Send us a DM so we can follow up", "Kijk op onze website").
    """
    referral = phrases(ctx.lang, "referral")
    generic = phrases(ctx.lang, "generic")
    first_referral = None
    for s, ws in ctx.sentence_words:
        if not ws or is_sign_off(s.text):
            continue
        if len(s.text) > _CANNED_MAX_CHARS:
            return  # a canned sentence is short; a wall of text says something of its own
        kind = _sentence_kind(s.text, referral, generic)
        if kind == "own":
            return  # the reply says something of its own, or asks the person something
        if kind == "referral" and first_referral is None:
            first_referral = s
    if first_referral is not None:
        yield ctx.finding("broadcast_only.referral_only", first_referral.start, first_referral.end)


@line_cached
def _sentence_kind(sentence: str, referral: re.Pattern[str], generic: re.Pattern[str]) -> str:
    """'referral', 'generic' (says nothing of its own), 'empty' or 'own'."""
    text = _CARET_INITIALS.sub(" ", HANDLE_RE.sub(" ", sentence))
    link = URL_RE.search(text) is not None
    text = _SIGNATURE.sub("", URL_RE.sub(" ", text).strip())
    if referral.search(text):
        return "referral"
    if "?" in text:
        return "own"
    core = _EDGES.sub("", " ".join(text.split()))
    if not core:
        return "referral" if link else "empty"
    if generic.fullmatch(core):
        return "generic"
    # Each clause must be template text: "Oh no! We are very sorry for the delay" is not.
    parts = [p for p in (_EDGES.sub("", c) for c in re.split(r"[,;:!.]", core)) if p]
    if parts and all(generic.fullmatch(p) for p in parts):
        return "generic"
    return "own"


def check_questions_answered(ctx: DraftContext) -> Iterator[Finding]:
    """The thread asks a question; the reply neither answers it nor touches what was said.

    A reply that names the person is talking with them. A real answer rarely repeats the
    question's words ("Is de A27 dicht?" - "Ja, tot maandag"), so a reply also counts as
    answering when it has a direct answer (yes/no, a time, a date, a number) or shares a
    meaningful word with what the person wrote.
    """
    thread = ctx.thread
    if thread is None or not thread.open_questions:
        return
    if ctx.search(vocabulary()[ctx.lang]["direct_answer"]):
        return
    if "?" in ctx.text:
        return  # a reply that asks the person something is talking with them
    # A name alone is not an answer: "Hoi Sofia, check our website" still leaves her question
    # open. Their words are.
    person = ctx.addressee
    theirs = " ".join(thread.open_questions) + " " + (person.text if person else "")
    if content_stems([w.text for w in words(theirs)], ctx.lang) & content_stems(
        [w.text for w in ctx.words], ctx.lang
    ):
        return
    s = ctx.first_sentence()
    yield ctx.finding(
        "broadcast_only.unanswered",
        s.start,
        s.end,
        suggestions=list(thread.open_questions[:3]),
        question=thread.open_questions[0],
    )


def greets_by_name(ctx: DraftContext) -> bool:
    """'Hoi Anna,' at the start: the reply turns to someone by name, whoever the thread names."""
    return bool(vocabulary()[ctx.lang]["greeting"].match(ctx.text))


# A template's name slot, filled in when sent: "Hi [naam]", "Beste {name}".
NAME_PLACEHOLDER = re.compile(r"[\[{<](?:naam|name|voornaam|first ?name)[\]}>]", re.I)
# A name said to the reader: "..., Anna." at a sentence's end, or "Anna, ..." at its start.
_VOCATIVE = re.compile(r",[ \t]*([A-Z][a-z]{1,20})[ \t]*[.!]|(?:^|[.!?][ \t]+)([A-Z][a-z]{1,20}),")


def addresses_by_name(ctx: DraftContext) -> bool:
    """The reply says the person's name (or its template slot) to them, anywhere."""
    if NAME_PLACEHOLDER.search(ctx.text):
        return True
    names = first_names()
    return any(m.group(1) in names or m.group(2) in names for m in _VOCATIVE.finditer(ctx.text))


def opens_with_answer(ctx: DraftContext) -> bool:
    """It opens (after a greeting) with a yes or a no: it answers what someone asked."""
    return bool(vocabulary()[ctx.lang]["yes_no"].match(ctx.text, _greeting_end(ctx)))


def answers_open_question(ctx: DraftContext) -> bool:
    """The reply takes up a question of the thread: it says yes or no, or shares its words."""
    thread = ctx.thread
    if thread is None or not thread.open_questions:
        return False
    if opens_with_answer(ctx):
        return True
    asked = content_stems([w.text for q in thread.open_questions for w in words(q)], ctx.lang)
    return bool(asked & content_stems([w.text for w in ctx.words], ctx.lang))


def _greeting_end(ctx: DraftContext) -> int:
    m = vocabulary()[ctx.lang]["greeting"].match(ctx.text)
    if not m:
        return 0
    rest = ctx.text[m.end() :]
    return m.end() + len(rest) - len(rest.lstrip(" ,!:-\n"))


def _names_person(ctx: DraftContext, person) -> bool:
    lowered = ctx.text.lower()
    return bool(
        (person.first_name and person.first_name.lower() in lowered)
        or (person.handle and person.handle.lower() in lowered)
    )


def check_ignores_person(ctx: DraftContext) -> Iterator[Finding]:
    """No name or handle and nothing of what the person said."""
    person = ctx.addressee
    if person is None:
        return
    if _names_person(ctx, person) or greets_by_name(ctx) or ctx.text.lstrip().startswith("@"):
        return  # a reply to someone's handle is addressed to them
    theirs = content_stems([w.text for w in words(person.text)], ctx.lang)
    ours = content_stems([w.text for w in ctx.words], ctx.lang)
    if theirs & ours:
        return
    s = ctx.first_sentence()
    yield ctx.finding("broadcast_only.ignores_person", s.start, s.end)
