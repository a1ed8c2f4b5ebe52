"""Which site or app a paste comes from, and splitting it into raw posts.

Detection counts each format's telltale lines in a sample (X: "@handle" under a name followed by
"·" and a time; LinkedIn: "• 2e"; e-mail: "Op ... schreef ...:"), picks the format with the most,
and falls back to one post per paragraph when nothing is telling enough.
"""

from __future__ import annotations

import re

from reactiewijzer.core.thread.formats_base import RawPost, known_first_name, looks_like_name
from reactiewijzer.core.thread.headers import match_header, split_headers
from reactiewijzer.core.thread.mail import quote_header, split_email
from reactiewijzer.core.thread.noise import HANDLE_LINE, classify, parse_time, strip_tail
from reactiewijzer.core.thread.social import split_social

FORMATS = (
    "x",
    "facebook",
    "instagram",
    "linkedin",
    "youtube",
    "eparticipation",
    "email",
    "transcript",
    "paragraphs",
)
SOCIAL = frozenset({"x", "facebook", "instagram", "linkedin", "youtube"})
# Detection looks at this many lines: enough to be sure, cheap on a 10 MB paste.
_SAMPLE_LINES = 3000
_MIN_SCORE = 2.0

_AGO = re.compile(r"geleden|ago\b", re.IGNORECASE)
_LIKE = re.compile(
    r"^(?:vind ik leuk|like)$|[·•|]\s*(?:vind ik leuk|like)\b|^(?:vind ik leuk|like)\s", re.I
)
_REPLY = re.compile(r"\b(?:beantwoorden|reply)\b", re.IGNORECASE)
_IG = re.compile(
    r"vind-ik-leuk|\d\s?likes?\b|vertaling bekijken|see translation|antwoorden \(|replies \("
)
# A user name with a dot, underscore or digit; letters first taken whole, so a long line that
# is not one fails at once.
_USERNAME_LINE = re.compile(r"[a-z]*+[._\d][a-z0-9._]*+")
_OUTLOOK_FROM = re.compile(r"^\s*+>?\s*+\*?(?:van|from)\*?\s*+:\s*+\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(
    r"^\s*+>?\s*+\*?(?:verzonden|sent|datum|date)\*?\s*+:\s*+\S", re.IGNORECASE
)


def _scores(lines: list[str]) -> dict[str, float]:
    score = dict.fromkeys(FORMATS, 0.0)
    sample = [line.strip() for line in lines[:_SAMPLE_LINES]]
    nonempty = [s for s in sample if s]
    for k, s in enumerate(nonempty):
        nxt = nonempty[k + 1] if k + 1 < len(nonempty) else ""
        prev = nonempty[k - 1] if k else ""
        noise = classify(s)
        if s.startswith("@") and (HANDLE_LINE.fullmatch(s) or "·" in s or _AGO.search(s)):
            rest = s.split(None, 1)[1] if " " in s else nxt
            if _AGO.search(rest) and not (prev and looks_like_name(prev) and nxt == "·"):
                score["youtube"] += 3
            elif nxt == "·" or parse_time(rest.lstrip("· ")):
                score["x"] += 3 if prev and looks_like_name(prev) and not classify(prev) else 1
        elif re.search(r"\s@\w{1,15}\s*·\s*\S", s) and parse_time(s.rsplit("·", 1)[1]):
            score["x"] += 3
        if noise is not None:
            if "degree" in noise.kinds:
                score["linkedin"] += 5  # "• 2e" exists only on LinkedIn
            if _LIKE.search(s):
                score["facebook"] += 1
            if _REPLY.search(s):
                score["facebook"] += 0.5
                score["instagram"] += 0.5
            if _IG.search(s.lower()):
                score["instagram"] += 2
            if noise.kinds == {"time"}:  # a time on its own line: comments on FB and Instagram
                score["facebook"] += 0.5
                score["instagram"] += 0.5
        elif _USERNAME_LINE.fullmatch(s) and nxt and not classify(nxt):
            score["instagram"] += 1
        if _OUTLOOK_FROM.match(s) and _OUTLOOK_SENT.match(nxt):
            score["email"] += 5
        elif s.startswith(">"):
            score["email"] += 0.5
        elif quote_header(s):
            score["email"] += 5
        if noise is None and match_header(s, "eparticipation"):
            score["eparticipation"] += 3
        elif noise is None and match_header(s, "transcript"):
            score["transcript"] += 1
    if score["transcript"] < 2:
        # One "Name: text" line is a transcript only when it opens the paste with a person's
        # name ("Pieter Jansen: ...", "Sanne: ..."); other words before a colon are labels.
        first = match_header(nonempty[0], "transcript") if nonempty else None
        name = (first or {}).get("name", "").split()
        person = len(name) >= 2 or (len(name) == 1 and known_first_name(name[0]))
        score["transcript"] = 2 if score["transcript"] == 1 and person else 0
    return score


def detect(lines: list[str]) -> str:
    """The most likely source format of the pasted lines."""
    score = _scores(lines)
    best = max(FORMATS, key=lambda f: (score[f], -FORMATS.index(f)))
    return best if score[best] >= _MIN_SCORE else "paragraphs"


def split_paragraphs(lines: list[str], limit: int = 10**9) -> list[RawPost]:
    """Unknown format: one post per paragraph, without interface noise. A paragraph whose first
    line is only a name ("Karin Bos · Adviseur", "noah_van_dam") above its text gets that author."""
    posts: list[RawPost] = []
    cur = RawPost()
    for line in lines:
        if len(posts) > limit:
            break
        s = line.strip()
        if not s:
            if cur.lines:
                posts.append(_with_author(cur))
                cur = RawPost()
            continue
        if classify(s) is None:
            cur.lines.append(strip_tail(s))
    if cur.lines:
        posts.append(_with_author(cur))
    return posts


def _with_author(post: RawPost) -> RawPost:
    if len(post.lines) < 2:
        return post
    head = post.lines[0].split("·")[0].strip()
    if looks_like_name(head) and not head.endswith((".", ":", "!", "?")) and len(head.split()) <= 4:
        if head.startswith("@"):
            post.handle = head
        else:
            post.author = head
        post.lines = post.lines[1:]
    return post


def split(
    lines: list[str], fmt: str | None = None, limit: int = 10**9
) -> tuple[str, list[RawPost]]:
    """(format, raw posts) for the lines of a paste; `fmt` skips detection. Splitting stops once
    more than `limit` posts are found, so a 10 MB paste costs no more than a long thread."""
    fmt = fmt or detect(lines)
    if fmt in SOCIAL:
        posts = split_social(lines, fmt, limit)
    elif fmt == "email":
        posts = split_email(lines, limit)
    elif fmt in ("eparticipation", "transcript"):
        posts = split_headers(lines, fmt, limit)
    else:
        posts = split_paragraphs(lines, limit)
    return fmt, [p for p in posts if p.text or p.author]
