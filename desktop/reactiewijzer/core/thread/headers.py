"""Splits copies whose posts start with a header line: transcripts ("Naam: tekst",
"@handle: tekst", WhatsApp "[12-03-24, 10:42] Naam: tekst") and e-participation platforms
("Reactie van Henk Smit · 12 maart 2024"). The templates live in resources/thread/formats.yml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reactiewijzer.core.thread.data import load, template_regex, words_of
from reactiewijzer.core.thread.formats_base import RawPost, plausible_header_name
from reactiewijzer.core.thread.noise import classify, clean_author, strip_tail, time_pattern

# Only the start of a line can be a header; the rest is text.
_HEADER_SPAN = 200


@lru_cache(maxsize=1)
def _slots() -> dict[str, str]:
    return {
        "name": r"[^\s:<>|·@\"\[\]][^:<>|·\"\[\]\n]{0,58}?",
        "time": time_pattern(),
        "email": r"[^<>\s@]+@[^<>\s]+",
        "handle": r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}",
        "text": r".*",
    }


# Which list in formats.yml holds the header templates of each kind of paste.
_HEADER_LISTS = {"eparticipation": "eparticipation_headers", "transcript": "transcript_headers"}


@lru_cache(maxsize=4)
def templates(kind: str) -> tuple[re.Pattern[str], ...]:
    listed = load("formats")[_HEADER_LISTS[kind]]
    return tuple(template_regex(t, _slots()) for t in words_of(listed))


@lru_cache(maxsize=1)
def _eparticipation_hint() -> re.Pattern[str]:
    """Literal words of the e-participation templates: a line without any is no header."""
    words: set[str] = {"|", "·", " - "}
    for t in words_of(load("formats")["eparticipation_headers"]):
        words.update(
            w for w in re.split(r"\{\w+\}", t) if w.strip(" ,:") and w.strip()[:1].isalpha()
        )
    return re.compile("|".join(re.escape(w.strip()) for w in sorted(words)), re.IGNORECASE)


def match_header(line: str, kind: str) -> dict[str, str] | None:
    """The header fields of a line ("name", "time", "handle", "text"), or None."""
    s = line.strip()
    head = s[:_HEADER_SPAN]
    if kind == "transcript" and ":" not in head:
        return None
    if kind == "eparticipation" and (len(s) > _HEADER_SPAN or not _eparticipation_hint().search(s)):
        return None
    for rx in templates(kind):
        m = rx.match(s)
        if not m:
            continue
        found = {k: v.strip() for k, v in m.groupdict().items() if v}
        name = found.get("name")
        if name and not plausible_header_name(name, strict=kind == "transcript"):
            continue
        if kind == "eparticipation" and "time" not in found and not _named_header(rx):
            continue
        return found
    return None


def _named_header(rx: re.Pattern[str]) -> bool:
    # "Reactie van {name}" needs no time: its words say it is a header.
    return not rx.pattern.startswith("^(?P<name>")


def split_headers(lines: list[str], kind: str, limit: int = 10**9) -> list[RawPost]:
    posts: list[RawPost] = []
    cur: RawPost | None = None
    for line in lines:
        if len(posts) > limit:
            break
        s = line.strip()
        if not s:
            if cur is not None:
                cur.lines.append("")
            continue
        found = match_header(s, kind)
        if found:
            if cur is not None:
                posts.append(cur)
            name, org = clean_author(found["name"]) if "name" in found else (None, False)
            handle = found.get("handle")
            cur = RawPost(
                author=name or (handle[1:] if handle else None),
                handle=handle,
                time=found.get("time"),
                lines=[found["text"]] if found.get("text") else [],
                org=org,
            )
            continue
        noise = classify(s)
        if noise is not None:
            if cur is not None and not cur.text and "badge_org" in noise.kinds:
                cur.org = True
            if cur is not None and noise.time and not cur.time:
                cur.time = noise.time
            continue
        if cur is None:
            cur = RawPost()  # text above the first header: the proposal or the page's intro
        cur.lines.append(strip_tail(s))
    if cur is not None:
        posts.append(cur)
    return posts
