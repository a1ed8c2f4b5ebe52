"""Pasted thread -> Thread: who speaks, about what, in which words and register, what is
still open, and whether to reply (the guide's "Luister" before "Participeer als jezelf").

    from reactiewijzer import read_thread
    thread = read_thread(pasted_text)
    thread.advice, thread.open_questions, addressee(thread)

Never raises on odd input: empty, binary or very long pastes give a Thread with a `notice`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from reactiewijzer.core.language import detect_language
from reactiewijzer.core.model import Participant, Post, Thread
from reactiewijzer.core.text import URL_RE, sentences, words
from reactiewijzer.core.thread.advice import advise, violation
from reactiewijzer.core.thread.data import WordMatcher, load, message, tokens, words_of, words_regex
from reactiewijzer.core.thread.formats import split
from reactiewijzer.core.thread.formats_base import RawPost, is_organisation, known_first_name
from reactiewijzer.core.thread.noise import HANDLE_RE
from reactiewijzer.core.thread.signals import PostSignals, read_signals

# At most this many posts are read; a longer paste says so in its notice.
MAX_POSTS = 2000
# Only the first million characters (about 5,000 typical posts) are read.
MAX_READ_CHARS = 1_000_000
# Texts longer than this (per post) are cut: nobody answers a 100-page comment line by line.
MAX_POST_CHARS = 20_000
SUBJECT_WORDS = 8
# A question counts as answered only by one of the next this-many posts.
ANSWER_WINDOW = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\u2066-\u2069\u200e\u200f\ufeff\u202a-\u202e]")
_GREETING = re.compile(
    r"^(?:hoi|hallo|hey|hi|hello|dag|beste|dear|goedemorgen|goedemiddag)\b", re.I
)


def _empty(notice: tuple[str, str], fmt: str = "unknown") -> Thread:
    return Thread(
        posts=(), format=fmt, lang="nl", advice="observe", notice=notice[0], notice_en=notice[1]
    )


def _clean(text: str) -> tuple[str, int]:
    """Text without control characters and invisible marks; the number removed."""
    bad = len(_CONTROL.findall(text))
    text = _CONTROL.sub("", text) if bad else text
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return text, bad


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",") if n >= 100_000 else f"{n // 1000} kB"


def detect_lang(texts: list[str], limit: int = 20_000) -> str:
    """'nl' or 'en': the project's function-word vote over the posts' text."""
    return detect_language(" ".join(texts)[:limit], limit=limit)


def _repeated(raws: list[RawPost]) -> set[int]:
    """Posts that repeat one author's earlier text or link: spam by repetition."""
    seen_text: set[tuple[str, str]] = set()
    seen_link: Counter[tuple[str, str]] = Counter()
    out: set[int] = set()
    for i, raw in enumerate(raws):
        who = (raw.author or raw.handle or "").lower()
        norm = re.sub(r"\W+", " ", raw.text.lower()).strip()
        if who and len(norm.split()) >= 4:
            if (who, norm) in seen_text:
                out.add(i)
            seen_text.add((who, norm))
        for link in set(URL_RE.findall(raw.text[:2000])):
            seen_link[(who, link)] += 1
            if seen_link[(who, link)] >= 2:
                out.add(i)
    return out


def _same_person(a: Post, b: Post) -> bool:
    if a.handle and b.handle:
        return a.handle.lower() == b.handle.lower()
    return a.author is not None and a.author == b.author


def _first_name(post: Post) -> str | None:
    name = post.author or ""
    return name.split()[0].lower() if name.split() else None


@lru_cache(maxsize=2)
def _me_too(lang: str) -> WordMatcher:
    return WordMatcher(words_of(load("signals")["me_too"], lang))


def _words_of(post: Post) -> frozenset[str]:
    """Lower-case words and handles (with and without @) of a post's start."""
    toks = tokens(post.text[:2000])
    handles = [h.lower() for h in HANDLE_RE.findall(post.text[:2000])]
    return frozenset(toks + handles + [h.lstrip("@") for h in handles])


def _answers(
    later: Post, said: frozenset[str], asker: Post, question: str, names: set[str], lang: str
) -> bool:
    """Whether `later` (whose words are `said`) answers a question `asker` asked earlier."""
    if violation(later) or (
        later.author is None and later.handle is None and not later.from_organisation
    ):
        # Unknown author (paragraph copy): a greeting that opens a reply is the best hint.
        return bool(_GREETING.match(later.text)) and not later.questions
    if _same_person(later, asker):
        return False
    mentioned = names & said
    own = {x.lower() for x in (asker.handle or "", _first_name(asker) or "") if x}
    own |= {x.lstrip("@") for x in own}
    if mentioned and not mentioned & own:
        return False  # it speaks to someone else
    if later.from_organisation:
        return True
    statements = [s for s in sentences(later.text[:2000]) if not s.text.endswith("?")]
    if not statements or _me_too(lang).find(tokens(later.text[:500]), later.text[:500], 1):
        return False  # "goeie vraag, ik ook" repeats the question, it does not answer it
    if mentioned & own:
        return True
    q_words = {w for w in tokens(question) if len(w) > 3} - _stopwords()
    return bool(q_words & said)


def open_questions(posts: list[Post], lang: str = "nl") -> list[tuple[str, Post]]:
    """(question, asker) for citizens' questions no later post answers."""
    names: set[str] = set()
    for p in posts:
        if p.handle:
            names.update({p.handle.lower(), p.handle.lower().lstrip("@")})
        if _first_name(p) and not p.from_organisation:
            names.add(_first_name(p))
    said: dict[int, frozenset[str]] = {}
    out = []
    for i, p in enumerate(posts):
        if p.from_organisation or violation(p) or not p.questions:
            continue
        window = range(i + 1, min(len(posts), i + 1 + ANSWER_WINDOW))
        for q in p.questions:
            answered = False
            for j in window:
                if j not in said:
                    said[j] = _words_of(posts[j])
                if _answers(posts[j], said[j], p, q, names, lang):
                    answered = True
                    break
            if not answered:
                out.append((q, p))
    return out


@lru_cache(maxsize=1)
def _register_regexes() -> dict[str, tuple[re.Pattern[str], int]]:
    reg = load("words")["register"]
    return {
        side: (words_regex(words_of(reg[side]["words"])), int(reg[side]["weight"]))
        for side in ("u", "je")
    }


def _register(posts: list[Post], lang: str) -> str | None:
    if lang != "nl" or not posts:
        return None
    score = {}
    for side, (rx, weight) in _register_regexes().items():
        score[side] = sum(len(rx.findall(p.text[:4000])) for p in posts) * weight
    if not score["u"] and not score["je"]:
        return None
    return "u" if score["u"] > score["je"] else "je"


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(str(w).lower() for w in words_of(load("words")["stopwords"]))


def _subject_words(posts: list[Post], lang: str) -> tuple[str, ...]:
    stop = _stopwords()
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}
    for p in posts[:500]:
        body = p.text[:4000]
        for w in words(body):
            key = w.text.lower()
            has_digit = any(c.isdigit() for c in key)
            if key in stop or (len(key) < 4 and not has_digit) or key.isdigit():
                continue
            if has_digit and not any(c.isalpha() for c in key):
                continue
            counts[key] += 1
            first.setdefault(key, len(first))
            # A capital at the start of a sentence says nothing; elsewhere it marks a name.
            before = body[: w.start].rstrip()
            initial = not before or before[-1] in ".!?:\n" or before.endswith(("@", "#"))
            forms.setdefault(key, Counter())[key if initial else w.text] += 1
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))[:SUBJECT_WORDS]
    return tuple(forms[k].most_common(1)[0][0] for k in ranked)


# How far into a draft a greeting or handle counts as turning to someone ("Hoi Sandra,").
GREETING_CHARS = 120


def _participant_of(thread: Thread, post: Post) -> Participant:
    for person in thread.participants:
        if (post.handle and person.handle == post.handle) or (
            not post.handle and person.name == post.author
        ):
            return person
    return Participant(name=post.author or post.handle or "", handle=post.handle, posts=1)


def _citizen_posts(thread: Thread) -> list[Post]:
    return [
        p
        for p in thread.posts
        if not p.from_organisation and not violation(p) and (p.author or p.handle)
    ]


def _greeted(thread: Thread, draft: str, posts: list[Post]) -> Post | None:
    """The citizen whose @handle or name the start of the draft names, earliest first."""
    head = draft[:GREETING_CHARS]
    low = head.lower()
    best: tuple[int, Post] | None = None
    for post in reversed(posts):  # on a tie the latest post of that person wins
        marks = []
        if post.handle:
            handle = post.handle.lower().lstrip("@")
            marks.append(re.search(rf"@{re.escape(handle)}(?![\w.])", low))
            if not handle.count("@"):  # an e-mail address is no handle to greet by
                marks.append(re.search(rf"(?<![\w@]){re.escape(handle)}(?![\w])", low))
        name = greeting_name(post if post.author else None)
        if name:
            marks.append(re.search(rf"(?<![\w@]){re.escape(name)}(?![\w])", head))
        found = [m.start() for m in marks if m]
        if found and (best is None or min(found) < best[0]):
            best = (min(found), post)
    return best[1] if best else None


def addressee(thread: Thread, draft: str | None = None) -> Participant | None:
    """Who the reply is for: the citizen the draft greets ("Hoi Sandra", "@sandra_v"), else the
    one who asked the latest open question, else the last citizen who posted (never the
    organisation, nor spam or abuse). None when no citizen has a name or handle."""
    post = _answered(thread, _citizen_posts(thread), draft)
    return None if post is None else _participant_of(thread, post)


def answered_post(thread: Thread, draft: str | None = None) -> Post | None:
    """The post the reply answers: of the citizen `addressee` finds, their latest post with an
    open question, else their latest post. In a paste without names (one comment copied on its
    own) the same choice among the citizens' posts."""
    post = _answered(thread, _citizen_posts(thread), draft)
    if post is None:
        anonymous = [p for p in thread.posts if not p.from_organisation and not violation(p)]
        return _answered(thread, anonymous, None)
    return post_of(thread, post.author, post.handle)


def post_of(thread: Thread, name: str | None, handle: str | None) -> Post | None:
    """The post of this person the reply answers (name or handle, any case, '@' or not): their
    latest with an open question, else their latest. None when they did not post."""
    name = (name or "").strip().casefold()
    handle = (handle or "").strip().lstrip("@").casefold()
    posts = [
        p
        for p in _citizen_posts(thread)
        if (handle and (p.handle or "").lstrip("@").casefold() == handle)
        or (name and (p.author or "").casefold() == name)
    ]
    return _answered(thread, posts, None)


def _answered(thread: Thread, posts: list[Post], draft: str | None) -> Post | None:
    if not posts:
        return None
    if draft:
        greeted = _greeted(thread, draft, posts)
        if greeted is not None:
            return greeted
    open_now = set(thread.open_questions)
    for post in reversed(posts):
        if open_now.intersection(post.questions):
            return post
    return posts[-1]


def greeting_name(person: Participant | Post | None) -> str | None:
    """The name to greet ("Jan" for "Jan de Vries"); None for accounts without a person's name."""
    if person is None:
        return None
    name = (person.name if isinstance(person, Participant) else person.author) or ""
    first = name.split()[0] if name.split() else ""
    if first and not first[0].isupper() and not first.isalpha():
        # A username such as "lisa.rent" or "noah_van_dam": greet by its first part when that
        # is a known first name.
        part = re.split(r"[._\d-]+", first.lstrip("@"))[0].capitalize()
        first = part if known_first_name(part) else ""
    if not first or not first[0].isupper() or not first.isalpha() or len(first) < 2:
        return None
    if is_organisation(name, None):
        return None
    return first


def _participants(posts: list[Post]) -> tuple[Participant, ...]:
    counts: dict[tuple[str, str | None], int] = {}
    for p in posts:
        if p.author or p.handle:
            key = ((p.author or p.handle or ""), p.handle)
            counts[key] = counts.get(key, 0) + 1
    return tuple(Participant(name=k[0], handle=k[1], posts=n) for k, n in counts.items())


def read_thread(text: str | bytes, *, organisation: str | None = None) -> Thread:
    """Read a pasted thread. `organisation` is the user's organisation (profile), whose posts
    count as ours; names with organisation words (Rijkswaterstaat, gemeente, ...) count too.

    The last few texts read are kept (a Thread is immutable): the window's thread view and
    every live check of the draft ask for the same paste in the checks' process, and it is
    read once per change of the paste, not once per keystroke in the reply."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            return _empty(message("binary"))
    if not isinstance(text, str) or not text.strip():
        return _empty(message("empty"))
    return _read_text(text, organisation)


@lru_cache(maxsize=2)
def _read_text(text: str, organisation: str | None) -> Thread:
    text, removed = _clean(text)
    if (removed and removed > 0.1 * (len(text) + removed)) or not text.strip():
        return _empty(message("binary"))
    notices = [message("cleaned", count=removed)] if removed else []

    size = len(text)
    cut = len(text) > MAX_READ_CHARS
    if cut:  # the start only, ending at a line break, so a 10 MB paste takes no longer than 1 MB
        end = text.rfind("\n", 0, MAX_READ_CHARS)
        text = text[: end if end > 0 else MAX_READ_CHARS]
    fmt, raws = split(text.split("\n"), limit=MAX_POSTS)
    if not raws:
        return _empty(message("noise_only"), fmt)
    if cut or len(raws) > MAX_POSTS:
        raws = raws[:MAX_POSTS]
        notices.append(message("too_long", size=_size(size), shown=len(raws)))
    if fmt == "paragraphs" and len(raws) > 1:
        notices.append(message("unknown_format"))
    return _read(fmt, raws, notices, organisation)


def read_posts(
    posts: Iterable[tuple[str | None, str]], *, organisation: str | None = None
) -> Thread:
    """Read a thread that is already split into (author, text) posts, oldest first: an export
    or a labelled corpus. The same reading as `read_thread`, without guessing the format."""
    raws = []
    for author, text in list(posts)[:MAX_POSTS]:
        body, _ = _clean(str(text or ""))
        name = (author or "").strip() or None
        handle = name if name and name.startswith("@") and " " not in name else None
        raws.append(RawPost(author=None if handle else name, handle=handle, lines=[body]))
    if not raws:
        return _empty(message("empty"))
    return _read("posts", raws, [], organisation)


def _read(
    fmt: str, raws: list[RawPost], notices: list[tuple[str, str]], organisation: str | None
) -> Thread:
    lang = detect_lang([r.text for r in raws[:200]])
    repeated = _repeated(raws)
    posts: list[Post] = []
    signals: list[PostSignals] = []
    for i, raw in enumerate(raws):
        body = raw.text[:MAX_POST_CHARS]
        s = read_signals(body, lang, repeated=i in repeated)
        signals.append(s)
        posts.append(
            Post(
                author=raw.author,
                handle=raw.handle,
                time=raw.time,
                text=body,
                signals=s.signals,
                questions=s.questions,
                from_organisation=raw.org or is_organisation(raw.author, raw.handle, organisation),
            )
        )
    if not any(ch.isalnum() for p in posts for ch in p.text[:2000]):
        notices.append(message("no_words"))

    questions = open_questions(posts, lang)
    advice, reasons = advise(posts, signals, questions, lang)
    citizens = [p for p in posts if not p.from_organisation and not violation(p)]
    partial = Thread(
        posts=tuple(posts),
        format=fmt,
        lang=lang,
        participants=_participants(posts),
        open_questions=tuple(q for q, _ in questions),
    )
    person = addressee(partial)
    own = [p for p in citizens if person and (p.author or p.handle) == person.name]
    return Thread(
        posts=tuple(posts),
        format=fmt,
        lang=lang,
        participants=partial.participants,
        open_questions=tuple(q for q, _ in questions),
        register=_register(own, lang) or _register(citizens, lang),
        advice=advice,
        reasons=reasons,
        subject_words=_subject_words(citizens, lang),
        notice=" ".join(n[0] for n in notices) or None,
        notice_en=" ".join(n[1] for n in notices) or None,
    )
