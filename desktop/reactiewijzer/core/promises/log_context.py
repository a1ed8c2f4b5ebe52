"""What the commitment log keeps of the thread a reply answers: whom the promise is for, and
the part of the thread it answers (that person's post), so the log can later show what was
asked without the whole paste.

Whom: the thread reader's `addressee` (the person the draft greets, else who asked the open
question, else the last citizen who posted). The excerpt: their post (`answered_post`),
prefixed with who wrote it, so it stays true when the log's person is changed later, and cut
to MAX_EXCERPT characters at a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from reactiewijzer.core.model import Post, Thread
from reactiewijzer.core.store import MAX_EXCERPT
from reactiewijzer.core.thread import addressee, answered_post, post_of, read_thread

__all__ = ["MAX_EXCERPT", "Recipient", "as_thread", "excerpt", "excerpt_for", "recipient"]

_ELLIPSIS = " …"


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str | None
    handle: str | None
    excerpt: str | None  # their post, with who wrote it; None without a thread


def as_thread(thread: Thread | str | None) -> Thread | None:
    """The thread as read; a pasted text is read here (milliseconds), an empty one is None."""
    if isinstance(thread, str):
        return read_thread(thread) if thread.strip() else None
    return thread if thread is not None and getattr(thread, "posts", ()) else None


def recipient(thread: Thread | str | None, draft: str = "") -> Recipient:
    """Whom the reply's promises are made to, and the post of theirs it answers."""
    thread = as_thread(thread)
    if thread is None:
        return Recipient(None, None, None)
    person = addressee(thread, draft)
    post = excerpt(answered_post(thread, draft))
    if person is None:
        return Recipient(None, None, post)
    name = person.name if person.name and person.name != person.handle else None
    return Recipient(name, person.handle, post)


def excerpt_for(
    thread: Thread | str | None, draft: str, name: str | None, handle: str | None
) -> str | None:
    """The excerpt to keep when the user logs the promise to `name`/`handle`: the reader's own
    choice when they kept it; else that person's post in the thread; else, for a paste without
    names, the post the reply answers (the user named its writer). None when the chosen person
    did not post in a thread with names: nothing of anyone else's is kept under their name."""
    thread = as_thread(thread)
    if thread is None:
        return None
    found = recipient(thread, draft)
    chosen = (_key(name), _key(handle))
    if chosen == (_key(found.name), _key(found.handle)):
        return found.excerpt
    if any(chosen):
        post = post_of(thread, name, handle)
        if post is not None:
            return excerpt(post)
    return found.excerpt if found.name is None and found.handle is None else None


def _key(value: str | None) -> str:
    return (value or "").strip().lstrip("@").casefold()


def excerpt(post: Post | None, limit: int = MAX_EXCERPT) -> str | None:
    """'Sandra Bakker (@sandra_b): <their words>', at most `limit` characters, cut at a word."""
    if post is None:
        return None
    text = "\n".join(line.rstrip() for line in post.text.strip().splitlines()).strip()
    if not text:
        return None
    author, handle = post.author, post.handle
    if author and handle and author != handle:
        who = f"{author} ({handle})"
    else:
        who = author or handle or ""
    out = f"{who}: {text}" if who else text
    if len(out) <= limit:
        return out
    cut = out[: limit - len(_ELLIPSIS)]
    space = cut.rfind(" ", len(who) + 2)
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip() + _ELLIPSIS
