"""What one post says about itself: questions, substance, emotion, spam, insults, threats.

Signals (Post.signals), in this order:
  question            asks something that is not rhetorical
  substance           backs a view up ("omdat", a source, figures): the guide's "onderbouwing"
  argument, source, figures   which kinds of backing were found
  emotion             emotional (capitals, "!!!", swearing, emotion words or emoji)
  shouting, exclamations, swearing   which signs of emotion were found
  negative_experience one's own incident, told without substance
  criticism           negative about the plan or the organisation (also sarcasm and
                      rhetorical questions: "Wie heeft dit bedacht?")
  rhetorical          asks a question that is a verdict, not a request
  sarcasm             praise that means the opposite ("Lekker bezig 🙄")
  compliment          thanks or praise
  to_others           speaks to fellow citizens ("Is er iemand die naar Rotterdam gaat?")
  service             a concrete service request: one's own order, account, application ...
                      with a problem, or a request without a question mark
  addressed_criticism criticism said to the organisation itself ("you", "u", "jullie") about
                      what it did: the guide's "Geef rekenschap"
  spam, insult, threat, illegal      content the guide allows to remove (phishing is spam,
                      wishing harm an insult, incitement and doxing illegal)
The words behind each signal live in resources/thread/signals.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reactiewijzer.core.text import URL_RE, sentences
from reactiewijzer.core.thread.data import WordMatcher, load, tokens, words_of

# Only the start of a very long post is read for signals: it keeps a 10 MB paste fast.
MAX_SIGNAL_CHARS = 4000

_LEADING_HANDLES = re.compile(r"^(?:@[\w.]+[\s,:]*)+")
_CAPS_WORD = re.compile(r"(?<![\w])[A-ZÀ-Ý]{3,}(?![\w])")
_EXCLAIM = re.compile(r"!{2,}|[!?]{3,}|\?!|!\?")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-Ý]")
_DIGIT = re.compile(r"\d")
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
    rhetorical_tags: WordMatcher
    loaded: WordMatcher
    to_others: WordMatcher
    execution: WordMatcher
    violent_acts: WordMatcher
    targets: WordMatcher
    not_violence: WordMatcher
    harm_wishes: WordMatcher
    incitement: WordMatcher
    phishing: WordMatcher
    compliments: WordMatcher
    sarcasm: WordMatcher
    sarcasm_emoji: tuple[str, ...]
    address: WordMatcher
    mine: WordMatcher
    service_objects: WordMatcher
    service_problems: WordMatcher
    service_requests: WordMatcher


@lru_cache(maxsize=2)
def lists(lang: str) -> _Lists:
    d = load("signals")
    sub, emo, ins = d["substance"], d["emotion"], d["insults"]
    vio, srv = d["violence"], d["service"]
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
        threats=WordMatcher(words_of(d["threats"])),  # threats count in any language
        illegal=m("illegal"),
        spam=WordMatcher(words_of(d["spam"], lang)),
        spam_threshold=int(d["spam"]["threshold"]),
        link_hosts=tuple(str(h).lower() for h in d["spam"]["link_hosts"]),
        first_person=WordMatcher(words_of(d["experience"]["first_person"], lang)),
        incidents=WordMatcher(words_of(d["experience"]["incidents"], lang)),
        criticism=m("criticism"),
        rhetorical_tags=m("rhetorical_tags"),
        loaded=WordMatcher(words_of(d["loaded"])),  # "racism" and "racisme" do not collide
        to_others=m("to_others"),
        # Violence, harm and incitement count in any language: "Headshot krijgtie straks."
        execution=WordMatcher(words_of(vio["execution"])),
        violent_acts=WordMatcher(words_of(vio["acts"])),
        targets=WordMatcher(words_of(vio["targets"])),
        not_violence=WordMatcher(words_of(vio["not"])),
        harm_wishes=WordMatcher(words_of(d["harm_wishes"])),
        incitement=WordMatcher(words_of(d["incitement"])),
        phishing=m("phishing"),
        compliments=m("compliments"),
        sarcasm=m("sarcasm"),
        sarcasm_emoji=tuple(str(e) for e in d["sarcasm"]["emoji"]),
        # "you" and "u" cannot be mistaken for each other: both lists, whatever the language.
        address=WordMatcher(words_of(d["address"])),
        mine=WordMatcher(words_of(srv["mine"], lang)),
        service_objects=WordMatcher(words_of(srv["objects"], lang)),
        service_problems=WordMatcher(words_of(srv["problems"], lang)),
        service_requests=m("requests", srv),
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
    words = ls.insult_words.spans(toks)
    if not words:
        return []
    ends = {b for _, b in ls.insult_by.spans(toks)}
    out = []
    for a, b in words:
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


@dataclass(slots=True)
class _Asked:
    questions: list[str] = field(default_factory=list)  # real questions
    rhetorical: list[str] = field(default_factory=list)  # verdicts put as questions
    to_others: list[str] = field(default_factory=list)  # questions to fellow citizens


_FIRST_PERSON = frozenset({"ik", "mijn", "m'n", "me", "mij", "i", "my", "i'm", "we", "our"})


def _questions(text: str, ls: _Lists) -> _Asked:
    out = _Asked()
    for sentence in sentences(text):
        s = sentence.text
        if not _LETTER.search(s):
            continue
        bare = _LEADING_HANDLES.sub("", s).strip()
        toks = tokens(bare)
        asks = s.rstrip(" )\"'”’").endswith("?") or "?" in s[-4:]
        if not asks and not s.endswith((".", "!")) and len(toks) >= 3:
            asks = any(a == 0 for a, _ in ls.question_start.spans(toks[:2]))
        if not asks:
            continue
        if ls.to_others.spans(toks):
            out.to_others.append(s)
            continue
        tail = toks[-2:]
        rhetorical = (
            ls.rhetorical.find(toks, bare, 1)
            or ls.swearing.find(toks, "", 1)
            or any(b == len(tail) for _, b in ls.rhetorical_tags.spans(tail))
            # A judgement in a question without the writer's own need: a verdict.
            or (ls.loaded.spans(toks) and not _FIRST_PERSON & set(toks))
            or _is_shouting(bare, ls)
        )
        if rhetorical:
            out.rhetorical.append(s)
            continue
        out.questions.append(s)
    return out


Spans = list[tuple[int, int]]


def _without(spans: Spans, excluded: Spans) -> Spans:
    return [(a, b) for a, b in spans if not any(x < b and a < y for x, y in excluded)]


_NAME_MID_SENTENCE = re.compile(r"(?<=[\w,] )[A-Z][a-zà-ÿ]{2,}")


def _violence(toks: list[str], text: str, ls: _Lists) -> tuple[list[str], list[str]]:
    """(threats, incitement) found: threatening phrases, words for killing someone, and violent
    acts aimed at a person (a pronoun, a role, a name or an @handle in the post)."""
    said = lambda spans: [" ".join(toks[a:b]) for a, b in spans][:3]  # noqa: E731
    threats = said(ls.threats.spans(toks))
    execution = ls.execution.spans(toks)
    acts = ls.violent_acts.spans(toks)
    if execution or acts:  # sayings only matter when a violent word was found
        sayings = ls.not_violence.spans(toks)
        execution, acts = _without(execution, sayings), _without(acts, sayings)
    aimed = bool(acts) and bool(
        "@" in text or ls.targets.spans(toks) or _NAME_MID_SENTENCE.search(text)
    )
    violent = said(execution) + (said(acts) if aimed else [])
    calls = said(ls.incitement.spans(toks)) if violent else []
    if calls:
        return threats, calls + violent
    return threats + violent, []


def _service(toks: list[str], text: str, ls: _Lists) -> list[str]:
    """A concrete service request: a request without a question mark, something that does not
    work, or one's own order, account or application ("my order", "mijn aanvraag") with a
    problem ("not", "still", "fix", "nog steeds")."""
    found = ls.service_requests.find(toks, text, 2)
    if found:
        return found
    objects = ls.service_objects.spans(toks)
    if not objects:
        return []
    mine = {b for _, b in ls.mine.spans(toks)}
    owned = [(a, b) for a, b in objects if any(a - k in mine for k in range(3))]
    if owned and ls.service_problems.spans(toks):
        return [" ".join(toks[a - 1 : b]) for a, b in owned][:2]
    return []


def read_signals(text: str, lang: str, *, repeated: bool = False) -> PostSignals:
    """The signals of one post; `repeated` when the thread shows it (or its link) again."""
    ls = lists(lang)
    text = text[:MAX_SIGNAL_CHARS]
    toks = tokens(text)
    markers: dict[str, list[str]] = {}
    asked = _questions(text, ls)
    questions = asked.questions
    if questions:
        markers["question"] = questions
    if asked.rhetorical:
        markers["rhetorical"] = asked.rhetorical[:2]
    if asked.to_others:
        markers["to_others"] = asked.to_others[:2]
    elif ls.to_others.spans(toks):
        markers["to_others"] = ls.to_others.find(toks, text, 1)

    links = URL_RE.findall(text) if ("." in text and ("/" in text or "www" in text)) else []
    spam_words = ls.spam.find(toks, text)
    spam_words += [h for h in ls.link_hosts if any(h in link.lower() for link in links)][:2]
    phishing = ls.phishing.find(toks, text, 2)
    if _REPEAT_WORD.search(text):
        spam_words.append("herhaling")
    if repeated:
        spam_words.append("herhaald bericht")
    is_spam = (
        len(spam_words) >= ls.spam_threshold
        or bool(links and spam_words)
        or repeated
        or bool(phishing)
    )
    if is_spam:
        markers["spam"] = phishing + spam_words

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

    # Praise, and praise that means the opposite.
    praise = ls.compliments.find(toks, text, 2)
    sarcasm = ls.sarcasm.find(toks, text, 2)
    if praise and not sarcasm:
        inverting = [e for e in ls.sarcasm_emoji if e in text][:1]
        if inverting:
            sarcasm = praise[:1] + inverting
    if sarcasm:
        markers["sarcasm"] = sarcasm
    elif praise:
        markers["compliment"] = praise

    service = _service(toks, text, ls)
    if service:
        markers["service"] = service
    if experience and not substance and not service:
        markers["negative_experience"] = ls.incidents.find(toks, text, 2)
    criticism = ls.criticism.find(toks, text) + ls.loaded.find(toks, text, 2)
    criticism += sarcasm[:1] + [q for q in asked.rhetorical[:1]]
    if criticism or ("emotion" in markers and (strong or swearing)):
        markers["criticism"] = criticism or strong[:1] or swearing[:1]
    # Criticism said to the organisation itself, about what it did, in a full sentence: the
    # guide's "Geef rekenschap". Venting in three words ("Lekker bezig jullie") is not.
    # Emotion words alone ("ridiculous!! You are clowns") are venting, not a point.
    if criticism and len(toks) >= 8 and "compliment" not in markers:
        addressed = ls.address.find(toks, text, 2)
        if addressed:
            markers["addressed_criticism"] = addressed + markers["criticism"][:1]

    insults = ls.insult_always.find(toks, text) + _directed_insults(toks, ls)
    insults += ls.harm_wishes.find(toks, text, 2)
    if insults:
        markers["insult"] = insults
    threats, incitement = _violence(toks, text, ls)
    if threats:
        markers["threat"] = threats
    illegal = ls.illegal.find(toks, text) + incitement
    if illegal:
        markers["illegal"] = illegal

    order = (
        "question", "substance", "argument", "source", "figures", "service",
        "addressed_criticism", "emotion", "shouting", "exclamations", "swearing",
        "negative_experience", "criticism", "rhetorical", "sarcasm", "compliment", "to_others",
        "spam", "insult", "threat", "illegal",
    )  # fmt: skip
    return PostSignals(
        signals=tuple(s for s in order if s in markers),
        questions=tuple(questions),
        markers=markers,
    )
