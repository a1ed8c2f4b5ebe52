"""Broadcast-only replies: a link or announcement that ignores the person and their point.

"Social media zijn interactief en daarom ongeschikt voor alleen het 'zenden' van een boodschap."
Announcement phrases ("Lees meer op ...") are pattern rules in resources/rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.vocabulary import content_stems, vocabulary
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import URL_RE, words


def check_link_only(ctx: DraftContext) -> Iterator[Finding]:
    """Mostly a link: few words of its own around a URL."""
    urls = list(URL_RE.finditer(ctx.text))
    if not urls:
        return
    own_words = len(ctx.words)
    if own_words <= vocabulary()["max_words_link_only"]:
        m = urls[0]
        yield ctx.finding("broadcast_only.link_only", m.start(), m.end())


def check_invitation(ctx: DraftContext) -> Iterator[Finding]:
    """No question and no invitation to respond: the conversation stops here."""
    if len(ctx.words) < vocabulary()["min_words_for_invitation"]:
        return
    if vocabulary()[ctx.lang]["invitation"].search(ctx.text):
        return
    # The last sentence with some words: a sign-off such as "Groet, Sanne" is not the point.
    substantial = [s for s in ctx.sentences if len(words(s.text)) > 3]
    last = substantial[-1] if substantial else ctx.first_sentence()
    examples = (
        ["Let me know if this helps.", "Does that answer your question?"]
        if ctx.lang == "en"
        else ["Laat je het me weten als je nog vragen hebt?", "Helpt dit je verder?"]
    )
    yield ctx.finding("broadcast_only.no_invitation", last.start, last.end, suggestions=examples)


def check_questions_answered(ctx: DraftContext) -> Iterator[Finding]:
    """The thread asks questions; a reply that touches none of them broadcasts past them."""
    thread = ctx.thread
    if thread is None or not thread.open_questions:
        return
    draft = content_stems([w.text for w in ctx.words], ctx.lang)
    unanswered = [
        q
        for q in thread.open_questions
        if not (content_stems([w.text for w in words(q)], ctx.lang) & draft)
    ]
    if len(unanswered) < len(thread.open_questions):
        return
    s = ctx.first_sentence()
    yield ctx.finding(
        "broadcast_only.unanswered",
        s.start,
        s.end,
        suggestions=list(unanswered[:3]),
        question=unanswered[0],
    )


def check_ignores_person(ctx: DraftContext) -> Iterator[Finding]:
    """No name or handle and nothing of what the person said."""
    person = ctx.addressee
    if person is None:
        return
    lowered = ctx.text.lower()
    if person.first_name and person.first_name.lower() in lowered:
        return
    if person.handle and person.handle.lower() in lowered:
        return
    theirs = content_stems([w.text for w in words(person.text)], ctx.lang)
    ours = content_stems([w.text for w in ctx.words], ctx.lang)
    if theirs & ours:
        return
    s = ctx.first_sentence()
    yield ctx.finding("broadcast_only.ignores_person", s.start, s.end)
