"""Splits an e-mail conversation: "> " quotes under "Op ... schreef ...:" headers, and
Outlook's "Van:/Verzonden:" blocks. Posts come out oldest first, like every other format.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reactiewijzer.core.thread.data import load, template_regex, words_of
from reactiewijzer.core.thread.formats_base import RawPost, is_organisation, looks_like_name
from reactiewijzer.core.thread.noise import strip_tail

_QUOTE = re.compile(r"^((?:\s*>)+)\s?")
_HINT = re.compile(r"^(?:op|on)\s|schreef|wrote|geschreven", re.IGNORECASE)
# An address's parts are bounded (local part 64, domain 255), so a long line without one is
# read once, not once from every position.
_ADDRESS = re.compile(
    r"(?:(?<!\s)\s++)?[<\[(]?\s*+(?:mailto:)?([^<>\s@]{1,64}@[^<>\s\])]{1,255})\s*+[>\])]?\s*+$"
)


@lru_cache(maxsize=1)
def _quote_headers() -> tuple[re.Pattern[str], ...]:
    slots = {
        "name": r"[^<>:\n]{1,80}?",
        "time": r".{4,80}?",
        "email": r"[^<>\s@]+@[^<>\s]+",
    }
    return tuple(template_regex(t, slots) for t in words_of(load("formats")["email_quote_headers"]))


@lru_cache(maxsize=1)
def _fields() -> dict[str, frozenset[str]]:
    f = load("formats")["outlook_fields"]
    return {k: frozenset(w.lower() for w in words_of(v)) for k, v in f.items()}


@lru_cache(maxsize=1)
def _separators() -> frozenset[str]:
    return frozenset(s.strip().lower() for s in words_of(load("formats")["outlook_separators"]))


@lru_cache(maxsize=1)
def _closing_regex() -> re.Pattern[str]:
    words = sorted(words_of(load("formats")["closings"]), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")[\s,.!]*$", re.I)


def quote_header(line: str) -> dict[str, str] | None:
    """ "Op 12 mrt. 2024 om 10:42 schreef Henk <henk@x.nl>:" -> name, email, time."""
    s = line.strip()
    if len(s) > 250 or not _HINT.search(s):
        return None
    for rx in _quote_headers():
        m = rx.match(s)
        if m:
            found = {k: v.strip() for k, v in m.groupdict().items() if v}
            if looks_like_name(found.get("name", "").strip('"')) or "email" in found:
                found["name"] = found.get("name", "").strip('"') or found.get("email", "")
                return found
    return None


def _field(line: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*\*?([A-Za-z]{2,12})\*?\s*:\s*(.*)$", line)
    if not m:
        return None
    key = m.group(1).lower()
    for kind, names in _fields().items():
        if key in names:
            return kind, m.group(2).strip()
    return None


def _name_and_address(value: str) -> tuple[str | None, str | None]:
    m = _ADDRESS.search(value)
    address = m.group(1) if m else None
    name = value[: m.start()].strip(" \"'") if m else value.strip(" \"'")
    return (name or address), address


class _Builder:
    def __init__(self) -> None:
        self.posts: list[tuple[int, RawPost]] = [(0, RawPost())]
        self.current: dict[int, RawPost] = {0: self.posts[0][1]}
        self.pending: dict[int, tuple[str | None, str | None, str | None]] = {}

    def start(self, depth: int, author, handle, time) -> RawPost:
        post = RawPost(author=author, handle=handle, time=time)
        self.posts.append((depth, post))
        self.current[depth] = post
        for d in [d for d in self.current if d > depth]:
            del self.current[d]
        return post

    def add(self, depth: int, text: str) -> None:
        if depth - 1 in self.pending:
            self.start(depth, *self.pending.pop(depth - 1))
        post = self.current.get(depth)
        if post is None:
            post = self.start(depth, None, None, None)
        post.lines.append(text)


def split_email(lines: list[str], limit: int = 10**9) -> list[RawPost]:
    b = _Builder()
    i, n = 0, len(lines)
    while i < n and len(b.posts) <= limit + 1:
        m = _QUOTE.match(lines[i])
        depth = m.group(1).count(">") if m else 0
        text = lines[i][m.end() :] if m else lines[i]
        i += 1
        found = quote_header(text)
        head = text.strip()
        if found is None and i < n and head[:3].lower() in ("op ", "on ") and head[-1:] != ":":
            # Mail programs wrap a long header: "... schreef Hans <" / "hans@x.nl>:"
            glue = "" if head.endswith("<") else " "
            found = quote_header(head + glue + _QUOTE.sub("", lines[i]).strip())
            i += 1 if found else 0
        if found:
            b.pending[depth] = (found.get("name"), found.get("email"), found.get("time"))
            continue
        if text.strip().lower() in _separators():
            continue
        field = _field(text)
        if field and field[0] == "from":
            author, address = _name_and_address(field[1])
            post = b.start(depth, author, address, None)
            while i < n:  # the rest of the block: Verzonden, Aan, Onderwerp
                nxt = _field(_QUOTE.sub("", lines[i]))
                if nxt is None:
                    break
                if nxt[0] == "sent":
                    post.time = nxt[1]
                i += 1
            continue
        b.add(depth, text)
    out = []
    for _, post in reversed(b.posts):
        _signature(post)
        if post.text:
            out.append(post)
    return out


def _signature(post: RawPost) -> None:
    """Cut the closing ("Met vriendelijke groet, Henk") and take the name from it if unknown."""
    lines = [strip_tail(line.rstrip()) for line in post.lines]
    closing = _closing_regex()
    for k in range(len(lines) - 1, -1, -1):
        if closing.match(lines[k].strip()):
            rest = [x.strip() for x in lines[k + 1 :] if x.strip()]
            if len(rest) > 3:
                break
            if rest and post.author is None and looks_like_name(rest[0]):
                post.author = rest[0]
            # "Marieke van Dam / Klantcontactcentrum Gemeente Gouda": signed for the organisation
            post.org = post.org or any(is_organisation(x, None) for x in rest)
            lines = lines[:k]
            break
    post.lines = lines
