"""Emotional, coarse and insulting words, read from real lexicons (resources/lexicons/).

"Houd rekening met uitspraken voor de toekomst": a reply stays online, and an angry or
denigrating word in it is screenshotted and shared. Four findings, from mild to severe:
- permanence.emotional: a strong, subjective judgment (Pattern's polarity lexicon:
  "belachelijk", "pathetic"), or the writer's own feeling ("wij zijn woedend");
- permanence.generalisation: a group of people made one type ("zulke automobilisten",
  "die types"; LiNT-II's nouns for people);
- permanence.coarse: profanity (LanguageTool's offensive-language rules, LDNOOBW; also
  censored, "k*t");
- permanence.insult: a word that names a person as vile ("klootzak"), a slur, or a judgment
  aimed at a person ("je bent dom", "domme automobilisten").
Words are matched by lemma through the language layer, so inflections count ("belachelijke").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.checks.tone_lexicon import ToneLexicon, tone_lexicon
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import Token, analyse, lexicon, line_cached, readable_sentences

_CLAUSE_PUNCT = frozenset(",;:()!?.")
_CLAUSE_REACH = 12  # words looked back for who speaks in a clause
# A censored word: letters around one or more asterisks ("k*t", "t**fus", "f***").
_CENSORED = re.compile(r"(?<![\w*])[^\W\d_]{1,20}\*{1,10}[^\W\d_]{0,20}(?![\w*])")


@lru_cache(maxsize=2)
def _frames(lang: str) -> dict[str, frozenset[str] | tuple[tuple[str, ...], ...]]:
    frames = data("lexicons/tone_frames")
    words = frames.get(lang) or frames["nl"]
    out: dict = {k: frozenset(str(w).lower() for w in v) for k, v in words.items()}
    out["generalising"] = tuple(tuple(str(p).lower().split()) for p in words["generalising"])
    return out


def check_emotional_words(ctx: DraftContext) -> Iterator[Finding]:
    """Emotional, coarse and insulting words, and groups of people put down."""
    lang = ctx.lang if ctx.lang in ("nl", "en") else "nl"
    forms = _screen(lang)
    roots = tone_lexicon(lang).roots
    # Most sentences hold no word of the lexicons: those are not read word by word. The
    # screen is a superset (every form a lexicon word may take), so nothing is missed.
    readable = {s.start for s in readable_sentences(ctx.sentences)}
    for s, ws in ctx.sentence_words:
        if s.start not in readable:
            continue
        if (
            not any(w.text.lower() in forms for w in ws)
            and "*" not in s.text
            and (roots is None or roots.search(s.text.lower()) is None)
        ):
            continue
        for start, end, kind in _tone_spans(s.text, lang):
            yield ctx.finding(f"permanence.{kind}", s.start + start, s.start + end)


# Endings an adjective or noun of the lexicons may take: "belachelijke", "boze", "domme",
# "klootzakken", "stupidest", "idiots".
_ENDINGS = {
    "nl": ("", "e", "er", "ere", "st", "ste", "s", "en", "'s", "je", "jes"),
    "en": ("", "s", "es", "er", "est", "r", "st", "ed", "ing", "d"),
}


def warm_up_tone(langs: tuple[str, ...] = ("nl", "en")) -> None:
    """Read the tone lexicons now (some 50 ms a language), not on the first check."""
    for lang in langs:
        _screen(lang)


@lru_cache(maxsize=2)
def _screen(lang: str) -> frozenset[str]:
    """Every form a word of the tone lexicons may take, and the words that start a frame."""
    tl = tone_lexicon(lang)
    frames = _frames(lang)
    words = tl.judgments | tl.feelings | tl.coarse.keys() | tl.loose_people
    out: set[str] = set()
    for word in words:
        stems = {word, word + word[-1:], word[:-1] + "i"}
        if len(word) > 3 and word[-2] == word[-3] and word[-2] in "aeiou":
            stems.add(word[:-2] + word[-1])  # "raar" -> "rar" (rare), "boos" -> "bos"
        for stem in list(stems):
            if stem.endswith("f"):
                stems.add(stem[:-1] + "v")
            elif stem.endswith("s"):
                stems.add(stem[:-1] + "z")
        out.update(stem + ending for stem in stems for ending in _ENDINGS[lang])
    out.update(p[-1] for p in frames["generalising"])  # "soort", not "dat"
    return frozenset(out)


@line_cached
def _tone_spans(sentence: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    lang = lang if lang in ("nl", "en") else "nl"
    tokens = analyse(sentence, lang)
    tl = tone_lexicon(lang)
    frames = _frames(lang)
    found: list[tuple[int, int, str]] = []
    for i, tok in enumerate(tokens):
        if not tok.text[:1].isalpha():
            continue
        coarse = _coarse_kind(tok, tl, lang)
        if coarse is not None:
            kind = "insult" if coarse in ("person", "slur") else "coarse"
            found.append((tok.start, tok.end, kind))
            continue
        use = _adjective_use(tok, tl, lang)
        if use is None or _negated(tokens, i, frames):
            continue
        clause = _clause(tokens, i, frames)
        if use == "feeling":
            if _said_by_writer(clause, frames):
                found.append((tok.start, tok.end, "emotional"))
            continue
        target = _person_after(tokens, i, tl, lang)
        if target is not None:
            found.append((tok.start, tokens[target].end, "insult"))
        elif _said_of_reader(clause, frames):
            found.append((tok.start, tok.end, "insult"))
        elif not _reader_clause(clause, frames):
            found.append((tok.start, tok.end, "emotional"))
    found.extend(_generalisations(tokens, tl, frames, lang))
    for m in _CENSORED.finditer(sentence):
        kind = _censored_kind(m.group().lower(), tl)
        found.append((m.start(), m.end(), "insult" if kind in ("person", "slur") else "coarse"))
    return _without_overlaps(found)


def _coarse_kind(tok: Token, tl: ToneLexicon, lang: str) -> str | None:
    kind = tl.coarse_kind(tok.lower)
    if kind is not None:
        return kind
    for lemma in lexicon(lang).lemmas(tok.text):
        kind = tl.coarse.get(lemma.lower())
        if kind is not None:
            return kind
    return None


def _adjective_use(tok: Token, tl: ToneLexicon, lang: str) -> str | None:
    """'judgment' or 'feeling' for an adjective of the lexicon (by form, else by lemma)."""
    forms = {tok.lower}
    # An inflected form counts by its lemma when it cannot be a verb ("gemaakt", "based"), nor
    # in English a noun ("number" of "numb"; Dutch "domme" has a rare noun reading), and only
    # inflects the lemma's end ("boze" of "boos", not "luiers" of "lui").
    if tok.is_("adjective") and not tok.is_("verb") and not (lang == "en" and tok.is_("noun")):
        forms |= {
            lemma.lower()
            for lemma in lexicon(lang).lemmas(tok.text, "adjective")
            if tok.lower.startswith(lemma.lower()[:-2]) and len(tok.text) - len(lemma) <= 3
        }
    if not forms.isdisjoint(tl.judgments):
        return "judgment"
    if not forms.isdisjoint(tl.feelings):
        return "feeling"
    return None


def _negated(tokens: Sequence[Token], i: int, frames) -> bool:
    """'niet belachelijk', 'not bad at all': one or two words before."""
    return any(t.lower in frames["negations"] for t in tokens[max(0, i - 2) : i])


def _clause(tokens: Sequence[Token], i: int, frames) -> Sequence[Token]:
    """The words of the clause before token i (a few at most)."""
    start = i
    while start > 0 and i - start < _CLAUSE_REACH:
        prev = tokens[start - 1]
        if prev.text in _CLAUSE_PUNCT or prev.lower in frames["clause_breaks"]:
            break
        start -= 1
    return tokens[start:i]


def _said_by_writer(clause: Sequence[Token], frames) -> bool:
    """'wij zijn woedend', 'I'm furious': the writer, a copula, and not the reader."""
    words = {t.lower for t in clause}
    return (
        not words.isdisjoint(frames["writer"])
        and not words.isdisjoint(frames["copulas"])
        and words.isdisjoint(frames["reader"])
    )


def _reader_clause(clause: Sequence[Token], frames) -> bool:
    return any(t.lower in frames["reader"] for t in clause)


def _said_of_reader(clause: Sequence[Token], frames) -> bool:
    """'je bent dom', 'wat ben jij arrogant', 'you're pathetic': a reader and a copula."""
    words = [t.lower for t in clause]
    return any(w in frames["reader"] for w in words) and any(w in frames["copulas"] for w in words)


def _person_after(tokens: Sequence[Token], i: int, tl: ToneLexicon, lang: str) -> int | None:
    """The noun for people a judgment describes: 'domme automobilisten', 'stupid drivers'."""
    for k in range(i + 1, min(len(tokens), i + 3)):
        tok = tokens[k]
        if not tok.text[:1].isalpha():
            return None
        if _is_person(tok, tl, lang):
            return k
        if not tok.is_("adjective"):
            return None
    return None


def _is_person(tok: Token, tl: ToneLexicon, lang: str) -> bool:
    if tl.is_person(tok.lower) or tl.coarse.get(tok.lower) in ("person", "slur"):
        return True
    return tok.is_("noun") and any(
        tl.is_person(lemma.lower()) for lemma in lexicon(lang).lemmas(tok.text, "noun")
    )


def _generalisations(tokens: Sequence[Token], tl: ToneLexicon, frames, lang: str):
    """'zulke automobilisten', 'dat soort mensen', 'die types': people as one type."""
    for i, tok in enumerate(tokens):
        if tok.lower in frames["demonstratives"] and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.lower in tl.loose_people:
                yield (tok.start, nxt.end, "generalisation")
                continue
        for phrase in frames["generalising"]:
            if tok.lower != phrase[0]:
                continue
            end = i + len(phrase)
            if [t.lower for t in tokens[i:end]] != list(phrase):
                continue
            k = end
            while k < len(tokens) and k < end + 2 and tokens[k].is_("adjective"):
                k += 1  # "zulke onverantwoordelijke automobilisten"
            if k < len(tokens) and (
                _is_person(tokens[k], tl, lang) or tokens[k].lower in tl.loose_people
            ):
                yield (tok.start, tokens[k].end, "generalisation")
                break


def _censored_kind(word: str, tl: ToneLexicon) -> str:
    """The kind of the coarse word a censored one stands for ('t**fus'); profanity if unknown."""
    shape = re.compile(re.escape(word).replace(r"\*", "."))
    for candidate, kind in tl.coarse.items():
        if len(candidate) == len(word) and shape.fullmatch(candidate):
            return kind
    return "profanity"


_SEVERITY = {"insult": 3, "coarse": 2, "generalisation": 1, "emotional": 0}


def _without_overlaps(found: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """One finding per stretch of words: the most severe, then the first."""
    found.sort(key=lambda f: (f[0], -_SEVERITY[f[2]], -f[1]))
    out: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if out and start < out[-1][1]:
            if _SEVERITY[kind] > _SEVERITY[out[-1][2]]:
                out[-1] = (min(start, out[-1][0]), max(end, out[-1][1]), kind)
            continue
        out.append((start, end, kind))
    return tuple(out)
