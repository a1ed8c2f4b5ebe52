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

from reactiewijzer.core.text import URL_RE
from reactiewijzer.core.thread_data import WordMatcher, load, tokens, words_of

# Only the start of a very long post is read for signals: it keeps a 10 MB paste fast.
MAX_SIGNAL_CHARS = 4000

_LEADING_HANDLES = re.compile(r"^(?:@[\w.]+[\s,:]*)+")
_CAPS_WORD = re.compile(r"(?<![\w])[A-ZÀ-Ý]{3,}(?![\w])")
_EXCLAIM = re.compile(r"!{2,}|[!?]{3,}|\?!|!\?")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-Ý]")
_DIGIT = re.compile(r"\d")
# Sentences end at . ! ? or a line break (social posts use line breaks so).
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_REPEAT_WORD = re.compile(r"(?i)\b(\w{2,})\b(?:\W+\1\b){4,}")


@dataclass(frozen=True, slots=True)
class PostSignals:
    signals: tuple[str, ...]
    questions: tuple[str, ...]
    markers: dict[str, list[str]] = field(default_factory=dict)  # signal -> words found


@dataclass(frozen=True, slots=True)
class _Lists:
    question_start: WordMatcher
    rhetorical: WordMatcher
    reasons: WordMatcher
    sources: WordMatcher
    opinion: WordMatcher
    figures: re.Pattern[str]
    weights: dict[str, int]
    substance_threshold: int
    strong: WordMatcher
    mild: WordMatcher
    emoji: tuple[str, ...]
    abbreviations: frozenset[str]
    caps_words: int
    emotion_threshold: int
    exclamation_weight: int
    swearing: WordMatcher
    insult_always: WordMatcher
    insult_words: WordMatcher
    insult_by: WordMatcher
    threats: WordMatcher
    illegal: WordMatcher
    spam: WordMatcher
    spam_threshold: int
    link_hosts: tuple[str, ...]
    first_person: WordMatcher
    incidents: WordMatcher
    criticism: WordMatcher


@lru_cache(maxsize=2)
def lists(lang: str) -> _Lists:
    d = load("signals")
    sub, emo, ins = d["substance"], d["emotion"], d["insults"]
    units = sorted(words_of(sub["figures"]["units"]), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u.lower()) for u in units)
    figures = re.compile(
        rf"(?:€\s?|(?<![\w.,]))\d[\d.,]*(?:\s?(?:mln|miljoen|miljard|million|billion)\b)?"
        rf"(?:\s?(?:{unit_alt})(?![\w]))?",
        re.IGNORECASE,
    )
    m = lambda key, src=d: WordMatcher(words_of(src[key], lang))  # noqa: E731
    return _Lists(
        question_start=m("question_words"),
        rhetorical=m("rhetorical"),
        reasons=m("reasons", sub),
        sources=m("sources", sub),
        opinion=m("opinion", sub),
        figures=figures,
        weights={k: int(sub[k]["weight"]) for k in ("reasons", "sources", "figures", "opinion")},
        substance_threshold=int(sub["threshold"]),
        strong=m("strong", emo),
        mild=m("mild", emo),
        emoji=tuple(str(e) for e in emo["emoji"]),
        abbreviations=frozenset(str(a).upper() for a in emo["abbreviations"]),
        caps_words=int(emo["caps_words"]),
        emotion_threshold=int(emo["threshold"]),
        exclamation_weight=int(emo["exclamation_weight"]),
        swearing=m("swearing"),
        insult_always=WordMatcher(words_of(ins["always"])),  # insults count in any language
        insult_words=m("directed_words", ins),
        insult_by=m("directed_by", ins),
        threats=m("threats"),
        illegal=m("illegal"),
        spam=WordMatcher(words_of(d["spam"], lang)),
        spam_threshold=int(d["spam"]["threshold"]),
        link_hosts=tuple(str(h).lower() for h in d["spam"]["link_hosts"]),
        first_person=WordMatcher(words_of(d["experience"]["first_person"], lang)),
        incidents=WordMatcher(words_of(d["experience"]["incidents"], lang)),
        criticism=m("criticism"),
    )


def _figures(text: str, ls: _Lists) -> list[str]:
    """Numbers with a unit or a euro sign ("300 meter", "€ 2 miljoen", "18%")."""
    out: list[str] = []
    if not _DIGIT.search(text):
        return out
    for match in ls.figures.finditer(text):
        found = re.sub(r"\s+", " ", match.group().strip().lower())
        if (found.startswith("€") or not found.replace(".", "").replace(",", "").isdigit()) and (
            found not in out
        ):
            out.append(found)
            if len(out) >= 4:
                break
    return out


def _directed_insults(toks: list[str], ls: _Lists) -> list[str]:
    """ "jullie zijn idioten", "stelletje debielen": an insulting word aimed at someone."""
    ends = {b for _, b in ls.insult_by.spans(toks)}
    out = []
    for a, b in ls.insult_words.spans(toks):
        if any(a - k in ends for k in range(0, 3)):
            out.append(" ".join(toks[max(0, a - 2) : b]))
    return out[:3]


def _is_shouting(text: str, ls: _Lists) -> list[str]:
    caps = [w for w in _CAPS_WORD.findall(text) if w not in ls.abbreviations]
    letters = len(_LETTER.findall(text))
    upper = len(_UPPER.findall(text))
    if len(caps) >= ls.caps_words or (letters >= 12 and upper / letters >= 0.7):
        return caps[:3] or ["HOOFDLETTERS"]
    return []


def _questions(text: str, ls: _Lists) -> list[str]:
    out = []
    for raw in _SENTENCE.split(text):
        s = raw.strip()
        if not s or not _LETTER.search(s):
            continue
        bare = _LEADING_HANDLES.sub("", s).strip()
        toks = tokens(bare)
        asks = s.rstrip(" )\"'”’").endswith("?") or "?" in s[-4:]
        if not asks and not s.endswith((".", "!")) and len(toks) >= 3:
            asks = any(a == 0 for a, _ in ls.question_start.spans(toks[:2]))
        if not asks:
            continue
        if ls.rhetorical.find(toks, bare, 1) or ls.swearing.find(toks, "", 1):
            continue
        if _is_shouting(bare, ls):
            continue
        out.append(s)
    return out


def read_signals(text: str, lang: str, *, repeated: bool = False) -> PostSignals:
    """The signals of one post; `repeated` when the thread shows it (or its link) again."""
    ls = lists(lang)
    text = text[:MAX_SIGNAL_CHARS]
    toks = tokens(text)
    markers: dict[str, list[str]] = {}
    questions = _questions(text, ls)
    if questions:
        markers["question"] = questions

    links = URL_RE.findall(text) if ("." in text and ("/" in text or "www" in text)) else []
    spam_words = ls.spam.find(toks, text)
    spam_words += [h for h in ls.link_hosts if any(h in link.lower() for link in links)][:2]
    if _REPEAT_WORD.search(text):
        spam_words.append("herhaling")
    if repeated:
        spam_words.append("herhaald bericht")
    is_spam = len(spam_words) >= ls.spam_threshold or bool(links and spam_words) or repeated
    if is_spam:
        markers["spam"] = spam_words

    # Substance: reasons, sources, figures and positions each add their weight.
    found = {
        "argument": ls.reasons.find(toks, text),
        "source": ls.sources.find(toks, text) + ([] if is_spam else links[:2]),
        "figures": _figures(text, ls),
        "opinion": ls.opinion.find(toks, text),
    }
    w = ls.weights
    score = (
        (w["reasons"] if found["argument"] else 0)
        + (w["sources"] if found["source"] else 0)
        + (w["figures"] * min(2, len(found["figures"])))
        + (w["opinion"] if found["opinion"] else 0)
    )
    experience = bool(ls.first_person.spans(toks) and ls.incidents.spans(toks))
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
    swearing = ls.swearing.find(toks, text)
    strong, mild = ls.strong.find(toks, text), ls.mild.find(toks, text)
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
        markers["negative_experience"] = ls.incidents.find(toks, text, 2)
    criticism = ls.criticism.find(toks, text)
    if criticism or ("emotion" in markers and (strong or swearing)):
        markers["criticism"] = criticism or strong[:1] or swearing[:1]

    insults = ls.insult_always.find(toks, text) + _directed_insults(toks, ls)
    if insults:
        markers["insult"] = insults
    threats = ls.threats.find(toks, text)
    if threats:
        markers["threat"] = threats
    illegal = ls.illegal.find(toks, text)
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
