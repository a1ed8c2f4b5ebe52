"""What one post says about itself: questions, substance, emotion, spam, insults, threats.

Signals (Post.signals), in this order:
  question            asks something that is not rhetorical
  substance           backs a view up ("omdat", a source, figures): the guide's "onderbouwing"
  argument, source, figures   which kinds of backing were found
  emotion             emotional (capitals, "!!!", swearing, emotion words or emoji)
  shouting, exclamations, swearing   which signs of emotion were found
  negative_experience one's own incident, told without substance
  criticism           negative about the plan or the organisation
  spam, insult, threat, illegal      content the guide allows to remove
The words behind each signal live in resources/thread/signals.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reactiewijzer.core.text import URL_RE, sentences
from reactiewijzer.core.thread_data import load, words_of, words_regex

# Only the start of a very long post is read for signals: it keeps a 10 MB paste fast.
MAX_SIGNAL_CHARS = 4000

_LEADING_HANDLES = re.compile(r"^(?:@[\w.]+[\s,:]*)+")
_CAPS_WORD = re.compile(r"(?<![\w])[A-ZÀ-Ý]{3,}(?![\w])")
_EXCLAIM = re.compile(r"!{2,}|[!?]{3,}|\?!|!\?")
_REPEAT_WORD = re.compile(r"(?i)\b(\w{2,})\b(?:\W+\1\b){4,}")


@dataclass(frozen=True, slots=True)
class PostSignals:
    signals: tuple[str, ...]
    questions: tuple[str, ...]
    markers: dict[str, list[str]] = field(default_factory=dict)  # signal -> words found


@dataclass(frozen=True, slots=True)
class _Lists:
    question_start: re.Pattern[str]
    rhetorical: re.Pattern[str]
    reasons: re.Pattern[str]
    sources: re.Pattern[str]
    opinion: re.Pattern[str]
    figures: re.Pattern[str]
    weights: dict[str, int]
    substance_threshold: int
    strong: re.Pattern[str]
    mild: re.Pattern[str]
    emoji: tuple[str, ...]
    abbreviations: frozenset[str]
    caps_words: int
    emotion_threshold: int
    exclamation_weight: int
    swearing: re.Pattern[str]
    insult_always: re.Pattern[str]
    insult_directed: re.Pattern[str]
    threats: re.Pattern[str]
    illegal: re.Pattern[str]
    spam: re.Pattern[str]
    spam_threshold: int
    link_hosts: tuple[str, ...]
    first_person: re.Pattern[str]
    incidents: re.Pattern[str]
    criticism: re.Pattern[str]


@lru_cache(maxsize=2)
def lists(lang: str) -> _Lists:
    d = load("signals")
    sub, emo, ins = d["substance"], d["emotion"], d["insults"]
    units = sorted(words_of(sub["figures"]["units"]), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u.lower()) for u in units)
    figures = re.compile(
        rf"(?<![\w.,])(?:€\s?\d[\d.,]*(?:\s?(?:mln|miljoen|miljard|million|billion))?"
        rf"|\d[\d.,]*\s?(?:{unit_alt})(?![\w]))",
        re.IGNORECASE,
    )
    directed_words = [w.rstrip("*") for w in words_of(ins["directed_words"], lang)]
    by = words_of(ins["directed_by"], lang)
    directed = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in sorted(by, key=len, reverse=True))
        + r")\s+(?:[\w-]+\s+){0,2}?(?:"
        + "|".join(re.escape(w) for w in sorted(directed_words, key=len, reverse=True))
        + r")\w*",
        re.IGNORECASE,
    )
    qwords = sorted(words_of(d["question_words"], lang), key=len, reverse=True)
    return _Lists(
        question_start=re.compile(
            r"^(?:" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in qwords) + r")\b", re.I
        ),
        rhetorical=words_regex(words_of(d["rhetorical"], lang)),
        reasons=words_regex(words_of(sub["reasons"], lang)),
        sources=words_regex(words_of(sub["sources"], lang)),
        opinion=words_regex(words_of(sub["opinion"], lang)),
        figures=figures,
        weights={k: int(sub[k]["weight"]) for k in ("reasons", "sources", "figures", "opinion")},
        substance_threshold=int(sub["threshold"]),
        strong=words_regex(words_of(emo["strong"], lang)),
        mild=words_regex(words_of(emo["mild"], lang)),
        emoji=tuple(str(e) for e in emo["emoji"]),
        abbreviations=frozenset(str(a).upper() for a in emo["abbreviations"]),
        caps_words=int(emo["caps_words"]),
        emotion_threshold=int(emo["threshold"]),
        exclamation_weight=int(emo["exclamation_weight"]),
        swearing=words_regex(words_of(d["swearing"], lang)),
        insult_always=words_regex(words_of(ins["always"])),  # insults count in any language
        insult_directed=directed,
        threats=words_regex(words_of(d["threats"], lang)),
        illegal=words_regex(words_of(d["illegal"], lang)),
        spam=words_regex(words_of(d["spam"], lang)),
        spam_threshold=int(d["spam"]["threshold"]),
        link_hosts=tuple(str(h).lower() for h in d["spam"]["link_hosts"]),
        first_person=words_regex(words_of(d["experience"]["first_person"], lang)),
        incidents=words_regex(words_of(d["experience"]["incidents"], lang)),
        criticism=words_regex(words_of(d["criticism"], lang)),
    )


def _found(rx: re.Pattern[str], text: str, limit: int = 4) -> list[str]:
    out: list[str] = []
    for m in rx.finditer(text):
        word = re.sub(r"\s+", " ", m.group().strip().lower())
        if word not in out:
            out.append(word)
            if len(out) >= limit:
                break
    return out


def _is_shouting(text: str, ls: _Lists) -> list[str]:
    caps = [w for w in _CAPS_WORD.findall(text) if w not in ls.abbreviations]
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if len(caps) >= ls.caps_words or (len(letters) >= 12 and upper / len(letters) >= 0.7):
        return caps[:3] or ["HOOFDLETTERS"]
    return []


def _questions(text: str, ls: _Lists) -> list[str]:
    out = []
    for span in sentences(text):
        s = span.text.strip()
        bare = _LEADING_HANDLES.sub("", s).strip()
        asks = s.rstrip(" )\"'”’").endswith("?") or "?" in s[-4:]
        if not asks and ls.question_start.match(bare) and not s.endswith((".", "!")):
            asks = len(bare.split()) >= 3
        if not asks:
            continue
        if ls.rhetorical.search(bare) or ls.swearing.search(bare) or _is_shouting(bare, ls):
            continue
        out.append(s)
    return out


def read_signals(text: str, lang: str, *, repeated: bool = False) -> PostSignals:
    """The signals of one post; `repeated` when the thread shows it (or its link) again."""
    ls = lists(lang)
    text = text[:MAX_SIGNAL_CHARS]
    markers: dict[str, list[str]] = {}
    questions = _questions(text, ls)
    if questions:
        markers["question"] = questions

    links = URL_RE.findall(text)
    spam_words = _found(ls.spam, text)
    spam_words += [h for h in ls.link_hosts if any(h in link.lower() for link in links)][:2]
    if _REPEAT_WORD.search(text):
        spam_words.append("herhaling")
    if repeated:
        spam_words.append("herhaald bericht")
    is_spam = len(spam_words) >= ls.spam_threshold or (links and spam_words) or repeated
    if is_spam:
        markers["spam"] = spam_words

    # Substance: reasons, sources, figures and positions each add their weight.
    found = {
        "argument": _found(ls.reasons, text),
        "source": _found(ls.sources, text) + ([] if is_spam else links[:2]),
        "figures": _found(ls.figures, text),
        "opinion": _found(ls.opinion, text),
    }
    w = ls.weights
    score = (
        (w["reasons"] if found["argument"] else 0)
        + (w["sources"] if found["source"] else 0)
        + (w["figures"] * min(2, len(found["figures"])))
        + (w["opinion"] if found["opinion"] else 0)
    )
    experience = bool(ls.first_person.search(text) and ls.incidents.search(text))
    substance = score >= ls.substance_threshold and (
        not experience or bool(found["opinion"] or found["source"])
    )
    if substance:
        markers["substance"] = found["argument"] + found["source"] + found["figures"]
        markers["substance"] += found["opinion"][:1]
        for key in ("argument", "source", "figures"):
            if found[key]:
                markers[key] = found[key]

    # Emotion: capitals, "!!!", swearing, emotion words and emoji.
    shouting = _is_shouting(text, ls)
    exclaim = _EXCLAIM.findall(text)[:2]
    swearing = _found(ls.swearing, text)
    strong, mild = _found(ls.strong, text), _found(ls.mild, text)
    emoji = [e for e in ls.emoji if e in text][:2]
    emotion = (
        (2 if shouting else 0)
        + (ls.exclamation_weight if exclaim else 0)
        + (2 if swearing else 0)
        + min(4, 2 * len(strong))
        + min(2, len(mild))
        + (1 if emoji else 0)
    )
    if emotion >= ls.emotion_threshold:
        markers["emotion"] = (
            shouting[:1] + exclaim[:1] + swearing[:2] + strong[:2] + mild[:1] + emoji
        )
    if shouting:
        markers["shouting"] = shouting
    if exclaim:
        markers["exclamations"] = exclaim
    if swearing:
        markers["swearing"] = swearing

    if experience and not substance:
        markers["negative_experience"] = _found(ls.incidents, text, 2)
    criticism = _found(ls.criticism, text)
    if criticism or ("emotion" in markers and (strong or swearing)):
        markers["criticism"] = criticism or strong[:1] or swearing[:1]

    insults = _found(ls.insult_always, text) + _found(ls.insult_directed, text)
    if insults:
        markers["insult"] = insults
    threats = _found(ls.threats, text)
    if threats:
        markers["threat"] = threats
    illegal = _found(ls.illegal, text)
    if illegal:
        markers["illegal"] = illegal

    order = (
        "question", "substance", "argument", "source", "figures", "emotion", "shouting",
        "exclamations", "swearing", "negative_experience", "criticism", "spam", "insult",
        "threat", "illegal",
    )  # fmt: skip
    return PostSignals(
        signals=tuple(s for s in order if s in markers),
        questions=tuple(questions),
        markers=markers,
    )
