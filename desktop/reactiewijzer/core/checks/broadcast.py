"""Broadcast-only replies: a link or announcement that ignores the person and their point.

"Social media zijn interactief en daarom ongeschikt voor alleen het 'zenden' van een boodschap."
Announcement phrases ("Lees meer op ...") are pattern rules in resources/rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from reactiewijzer.core.checks.base import DraftContext, is_sign_off
from reactiewijzer.core.checks.vocabulary import content_stems, vocabulary
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import URL_RE, words


def check_link_only(ctx: DraftContext) -> Iterator[Finding]:
    """Mostly a link: few words of its own around a URL."""
    urls = list(URL_RE.finditer(ctx.text))
    if not urls:
        return
    greeting = vocabulary()[ctx.lang]["greeting"].match(ctx.text)
    skip = greeting.end() if greeting else 0
    own_words = sum(1 for w in ctx.words if w.start >= skip)
    if own_words <= vocabulary()["max_words_link_only"]:
        m = urls[0]
        yield ctx.finding("broadcast_only.link_only", m.start(), m.end())


def check_invitation(ctx: DraftContext) -> Iterator[Finding]:
    """No question and no invitation to respond: the conversation stops here.

    A reply that directly answers the question the thread asks has done its part.
    """
    if len(ctx.words) < vocabulary()["min_words_for_invitation"]:
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
    person = ctx.addressee
    if (
        (person is not None and _names_person(ctx, person))
        or greets_by_name(ctx)
        or (ctx.text.lstrip().startswith("@"))
    ):
        return  # a reply that turns to the person by name is talking with them
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


def answers_open_question(ctx: DraftContext) -> bool:
    """The reply takes up a question of the thread: it says yes or no, or shares its words."""
    thread = ctx.thread
    if thread is None or not thread.open_questions:
        return False
    if vocabulary()[ctx.lang]["yes_no"].match(ctx.text, _greeting_end(ctx)):
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
    if _names_person(ctx, person) or greets_by_name(ctx):
        return
    theirs = content_stems([w.text for w in words(person.text)], ctx.lang)
    ours = content_stems([w.text for w in ctx.words], ctx.lang)
    if theirs & ours:
        return
    s = ctx.first_sentence()
    yield ctx.finding("broadcast_only.ignores_person", s.start, s.end)
