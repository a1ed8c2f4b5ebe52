"""Splits social-media copies (X, Facebook, Instagram, LinkedIn, YouTube) into posts.

These copies carry no markup, only the screen's text: a name, maybe a handle, badge and time,
the message, then buttons and counters. One small state machine reads them all; the format
decides where the handle sits (X: under the name; YouTube: the handle is the name) and whether
a job title follows the name (LinkedIn).
"""

from __future__ import annotations

import re

from reactiewijzer.core.thread.formats_base import RawPost, looks_like_name
from reactiewijzer.core.thread.noise import (
    HANDLE_LINE,
    HANDLES_ONLY,
    classify,
    clean_author,
    parse_time,
    strip_tail,
)

_AUTHOR, _META, _HEADLINE, _TEXT, _TRAILER = range(5)

# "Jan de Vries @jandevries · 3h" (X in a narrow window or the app's web view).
_X_ONE_LINE = re.compile(
    r"^(?P<name>[^@\n]{1,50}?)\s+(?P<handle>@\w{1,15})\s*·\s*(?P<time>.{1,40})$"
)
# "@jandevries · 3h" or "@jan 3 dagen geleden"
_HANDLE_TIME = re.compile(r"^(?P<handle>@[\w.]{1,30})(?:\s*·\s*|\s+)(?P<time>.{1,40})$")
_USERNAME = re.compile(r"[a-z0-9._]{1,30}")
_INLINE_USERNAME = re.compile(r"^(?P<user>[a-z0-9._]{2,30})\s+(?P<text>\S.*)$")


def _next_nonempty(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _handle_and_time(lines: list[str], j: int) -> tuple[str, str | None, int] | None:
    """At line j: "@handle" (+ optional "·" and time lines) -> (handle, time, next index)."""
    if j >= len(lines):
        return None
    line = lines[j].strip()
    m = _HANDLE_TIME.match(line)
    if m and parse_time(m.group("time")):
        return m.group("handle"), parse_time(m.group("time")), j + 1
    if not HANDLE_LINE.fullmatch(line):
        return None
    k = _next_nonempty(lines, j + 1)
    nxt = lines[k].strip() if k < len(lines) else ""
    if nxt == "·":
        k2 = _next_nonempty(lines, k + 1)
        when = parse_time(lines[k2]) if k2 < len(lines) else None
        return (line, when, k2 + 1) if when else (line, None, k + 1)
    when = parse_time(nxt)
    return (line, when, k + 1) if when else None


def _header_at(lines: list[str], i: int, fmt: str):
    """A post header starting at line i: (author, handle, time, next index) or None."""
    line = lines[i].strip()
    if fmt == "x":
        m = _X_ONE_LINE.match(line)
        if m and parse_time(m.group("time")):
            name, _ = clean_author(m.group("name"))
            return name, m.group("handle"), parse_time(m.group("time")), i + 1
        if line.startswith("@") or len(line) > 50 or classify(line):
            return None
        got = _handle_and_time(lines, _next_nonempty(lines, i + 1))
        if got:
            name, _ = clean_author(line)
            return name, got[0], got[1], got[2]
    elif fmt == "youtube" and line.startswith("@"):
        got = _handle_and_time(lines, i)
        if got and got[1]:
            return got[0][1:], got[0], got[1], got[2]
    return None


def _start(line: str, fmt: str) -> RawPost:
    """A new post from its first line: normally the author, sometimes the text itself."""
    name, org = clean_author(line)
    if fmt == "instagram":
        if _USERNAME.fullmatch(name):
            return RawPost(author=name, handle="@" + name, org=org)
        m = _INLINE_USERNAME.match(line)
        if m and (re.search(r"[._\d]", m.group("user")) or not m.group("text")[0].islower()):
            return RawPost(author=m.group("user"), handle="@" + m.group("user"), lines=[m["text"]])
    if fmt == "youtube" and HANDLE_LINE.fullmatch(name):
        return RawPost(author=name[1:], handle=name, org=org)
    if looks_like_name(name):
        return RawPost(author=name, org=org)
    return RawPost(lines=[strip_tail(line)])


def split_social(lines: list[str], fmt: str, limit: int = 10**9) -> list[RawPost]:
    """Posts in order; stops once more than `limit` are found (a very long paste)."""
    posts: list[RawPost] = []
    cur: RawPost | None = None
    state = _AUTHOR
    skip_handles = False
    i, n = 0, len(lines)
    while i < n and len(posts) <= limit:
        line = lines[i].strip()
        i += 1
        if not line:
            if state == _TEXT and cur is not None:
                cur.lines.append("")
            continue
        header = _header_at(lines, i - 1, fmt) if fmt in ("x", "youtube") else None
        if header:
            if cur:
                posts.append(cur)
            cur = RawPost(author=header[0], handle=header[1], time=header[2])
            i, state, skip_handles = header[3], _META, False
            continue
        noise = classify(line)
        if noise is not None:
            skip_handles = skip_handles or "reply_to" in noise.kinds
            if cur is not None and state in (_META, _HEADLINE) and "badge_org" in noise.kinds:
                cur.org = True
            if cur is not None and state != _AUTHOR and noise.time and not cur.time:
                cur.time = noise.time
            if state == _TEXT and noise.ends_post:
                state = _TRAILER
            elif state == _META and "degree" in noise.kinds and fmt == "linkedin":
                state = _HEADLINE
            elif state == _HEADLINE and noise.time:
                state = _META  # no job title shown: the time follows the degree
            continue
        if skip_handles and HANDLES_ONLY.fullmatch(line):
            continue
        skip_handles = False
        if state in (_AUTHOR, _TRAILER) or cur is None:
            if cur:
                posts.append(cur)
            cur = _start(line, fmt)
            state = _TEXT if cur.lines else _META
        elif state == _HEADLINE:
            state = _META  # the job title under a LinkedIn name is not the message
        elif state == _META:
            if line == cur.author or (cur.handle is None and HANDLE_LINE.fullmatch(line)):
                cur.handle = cur.handle or (line if line.startswith("@") else None)
                continue
            cur.lines.append(strip_tail(line))
            state = _TEXT
        else:
            cur.lines.append(strip_tail(line))
    if cur:
        posts.append(cur)
    return posts
